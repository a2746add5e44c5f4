#!/usr/bin/env python3
# Writes the workbooks of fixtures/xlsx made by Python's openpyxl (the writer behind pandas'
# to_excel), from the canonical twin fixtures/2019.csv. openpyxl links its sheets as
# "/xl/worksheets/sheetN.xml" and stores no result for the formulas it writes.
# Run: python3 -m venv /tmp/venv && /tmp/venv/bin/pip install openpyxl
#      /tmp/venv/bin/python test/fixtures-src/make-openpyxl.py   (commit the output)
#
#   python-writer/bao-cao-2019.xlsx      the canonical columns as numbers, a notes sheet second
#   bad/formula-no-result-2019.xlsx      the same with a "Tổng cộng" row of SUM formulas
import csv
import datetime
import os

import openpyxl
from openpyxl.utils import get_column_letter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
with open(os.path.join(ROOT, 'fixtures', '2019.csv'), encoding='utf-8') as f:
    rows = list(csv.reader(f))


def book(with_sums):
    wb = openpyxl.Workbook()
    # Fixed document dates: the same bytes on every run.
    wb.properties.created = wb.properties.modified = datetime.datetime(2019, 10, 15)
    ws = wb.active
    ws.title = 'Biểu 07'
    ws.append(rows[0])
    for r in rows[1:]:
        ws.append([r[0], r[1]] + [float(x) if '.' in x else int(x) for x in r[2:]])
    if with_sums:
        last = len(rows)
        ws.append(['', 'Tổng cộng'] + [f'=SUM({get_column_letter(c)}2:{get_column_letter(c)}{last})' for c in range(3, len(rows[0]) + 1)])
    wb.create_sheet('Ghi chú').append(['Số liệu năm 2019, tiền tính bằng đồng.'])
    return wb


for folder, name, with_sums in [('python-writer', 'bao-cao-2019.xlsx', False), ('bad', 'formula-no-result-2019.xlsx', True)]:
    os.makedirs(os.path.join(ROOT, 'fixtures', 'xlsx', folder), exist_ok=True)
    book(with_sums).save(os.path.join(ROOT, 'fixtures', 'xlsx', folder, name))
print('wrote fixtures/xlsx (openpyxl)')
