// A labelled drop-down: the quarter, the fund, a filter, a city. The label
// wraps the select, so a click on the words opens it and a screen reader
// names it.
import type { ReactNode } from 'react';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

interface SelectFieldProps {
  label: string;
  /** `field` (the default) in a toolbar, `control` in the header. */
  className?: string;
  testId: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
}

export function SelectField({ label, className = 'field', testId, value, options, onChange, disabled }: SelectFieldProps) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
