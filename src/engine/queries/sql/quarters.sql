-- Quarters that hold any enrollment, roster or fund-flow data, oldest first.
SELECT quarter FROM fund_flows
UNION
SELECT quarter FROM assistance_enrollment
UNION
SELECT quarter FROM roster
UNION
SELECT quarter FROM resident_enrollment
ORDER BY quarter;
