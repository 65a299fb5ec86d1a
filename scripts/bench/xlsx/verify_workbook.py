#!/usr/bin/python3
# Reads a written workbook back with openpyxl (a third party) and compares
# every cell with the CSV it was written from: text equal, numbers equal as
# decimals, empty as empty. Prints one JSON line: rows, cells that differ, the first.
# Usage: /usr/bin/python3 verify_workbook.py <book.xlsx> <table.csv>
import csv
import json
import sys
from decimal import Decimal

from openpyxl import load_workbook

book, table = sys.argv[1], sys.argv[2]
with open(table, encoding='utf-8') as f:
    expected = list(csv.reader(f))
ws = load_workbook(book, read_only=True).worksheets[0]
differ = 0
first = None
rows = 0
for r, row in enumerate(ws.iter_rows(values_only=True)):
    rows += 1
    want = expected[r] if r < len(expected) else []
    for c in range(max(len(row), len(want))):
        got = row[c] if c < len(row) else None
        text = want[c] if c < len(want) else ''
        if isinstance(got, (int, float)) and not isinstance(got, bool):
            same = text != '' and Decimal(repr(got)) == Decimal(text)
        else:
            same = (got or '') == text
        if not same:
            differ += 1
            if first is None:
                first = {'row': r + 1, 'column': c + 1, 'expected': text, 'got': repr(got)}
print(json.dumps({'rows': rows, 'differ': differ, 'first': first}, ensure_ascii=False))
