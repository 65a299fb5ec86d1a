#!/usr/bin/python3
# The 1,000,000-cell workbook of the XLSX comparison, written by third-party
# tools (never committed): ROWS rows × 10 columns of fund_flows as an office
# keeps it (序号, the contract's seven columns, a 填报日期 date, a 备注), from a
# fixed seed, so every run writes the same cells.
#   <out>/fund_flows.csv                the table as CSV (UTF-8)
#   <out>/openpyxl/fund_flows.xlsx      openpyxl, write-only mode: inline strings, dates as serials
#   <out>/libreoffice/fund_flows.xlsx   the CSV converted by LibreOffice Calc: shared strings, numbers and dates detected
# Usage: /usr/bin/python3 big_workbook.py <out> [rows]
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

out = sys.argv[1]
ROWS = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
HEADER = ['序号', '季度', '区划代码', '基金', '收支方向', '项目', '资金来源级次', '金额', '填报日期', '备注']
COUNTIES = [150102, 150103, 150104, 150105, 150121, 150122, 150123, 150124, 150125, 150202, 150203, 150204, 150205, 150206, 150207]
INCOME = ['fiscal_subsidy', 'individual_contribution', 'interest', 'donation', 'lottery', 'other']
EXPENDITURE = ['enrollment_subsidy', 'inpatient', 'outpatient', 'chronic_outpatient', 'critical_illness', 'emergency', 'other']
LEVELS = ['central', 'province', 'city', 'county', 'individual', 'other']
NOTES = ['', '', '', '含上年结转', '待核实', '已对账']

state = 20240615


def rand(n):
    """mulberry-free LCG (Numerical Recipes); deterministic across runs and machines."""
    global state
    state = (state * 1664525 + 1013904223) % 2**32
    return state % n


rows = []
for i in range(ROWS):
    quarter = f'{2022 + rand(3)}Q{1 + rand(4)}'
    income = rand(2) == 0
    item = INCOME[rand(len(INCOME))] if income else EXPENDITURE[rand(len(EXPENDITURE))]
    fen = rand(10**9)
    amount = f'{fen // 100}.{fen % 100:02d}'
    day = datetime.date(2022, 1, 1) + datetime.timedelta(days=rand(1096))
    rows.append([i + 1, quarter, COUNTIES[rand(len(COUNTIES))], 'resident' if rand(2) else 'assistance',
                 'income' if income else 'expenditure', item, LEVELS[rand(len(LEVELS))] if income else '', amount, day, NOTES[rand(len(NOTES))]])

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, 'fund_flows.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8].isoformat(), r[9]])

wb = Workbook(write_only=True)
ws = wb.create_sheet('fund_flows')
ws.append(HEADER)
for r in rows:
    date = WriteOnlyCell(ws, value=r[8])
    date.number_format = 'yyyy-mm-dd'
    ws.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6] or None, float(r[7]), date, r[9] or None])
os.makedirs(os.path.join(out, 'openpyxl'), exist_ok=True)
wb.save(os.path.join(out, 'openpyxl', 'fund_flows.xlsx'))

profile = tempfile.mkdtemp(prefix='fundwatch-lo-')
subprocess.run(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx',
                '--outdir', os.path.join(out, 'libreoffice'), os.path.join(out, 'fund_flows.csv')], check=True, stdout=subprocess.DEVNULL)
shutil.rmtree(profile)
print(f'{ROWS} rows × {len(HEADER)} columns')
