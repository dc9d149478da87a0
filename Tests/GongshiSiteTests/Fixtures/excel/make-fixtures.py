#!/usr/bin/env python3
"""Writes the Excel fixtures of ImportTests (run from this folder; needs openpyxl).

roster-2026-11.xlsx is a raw export as Excel keeps it: a merged title row above the header, the
village and its code merged down over its households, ID numbers and amounts stored as numbers
(an amount with float noise, 1200.3000000000002), start months as dates, a sheet of notes, and a
sheet 错误示例 whose 记录编号 are ID numbers stored as numbers. roster-2026-11.xls is the same
workbook saved by LibreOffice in the older format (written only when soffice is installed). The
names and numbers are fictional. The file's bytes are fixed (dates of the workbook pinned) so the
fixture only changes when this script does.
"""
import datetime
import shutil
import subprocess
import tempfile
import openpyxl
from openpyxl.styles import Alignment

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "2026年11月名册"
ws.append(["云台县2026年11月城乡低保名册（内部）"])
ws.merge_cells("A1:J1")
ws["A1"].alignment = Alignment(horizontal="center")
ws.append(["序号", "村（社区）", "记录编号", "区划代码", "户主姓名", "身份证号码", "保障人口", "保障类别", "月保障金（元）", "享受起始年月"])
rows = [
    (1, "柳林村", "A001", 410829101201, "张三丰", 410829195001011234, 2, "农村低保", 1100, datetime.date(2024, 1, 15)),
    (2, None, "A002", None, "李四", 410829196505051235, 1, "农村特困", 715.5, datetime.date(2023, 5, 1)),
    (3, None, "A003", None, "欧阳娜娜", 410829198001011236, 3, "农村低保", 3 * 400.1, "2025/02"),
    (4, "杨庄村", "A004", 410829101202, "王五", 410829199001011237, 1, "农村低保", 550, datetime.date(2026, 11, 1)),
]
for row in rows:
    ws.append(list(row))
ws.merge_cells("B3:B5")
ws.merge_cells("D3:D5")
for cell in ws["J"][2:]:
    if isinstance(cell.value, datetime.date):
        cell.number_format = "yyyy-mm-dd"
notes = wb.create_sheet("说明")
notes.append(["本表由社会救助系统导出"])
# A sheet whose 记录编号 are ID numbers typed as numbers: refused where they would be published.
wrong = wb.create_sheet("错误示例")
wrong.append(["记录编号", "区划代码", "户主姓名", "保障人口", "保障类别", "月保障金（元）"])
wrong.append([410829195001011234, 410829101201, "赵六", 1, "农村低保", 550])
wb.properties.created = datetime.datetime(2026, 11, 30, 9, 0, 0)
wb.properties.modified = datetime.datetime(2026, 11, 30, 9, 0, 0)
wb.save("roster-2026-11.xlsx")

if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                        "--outdir", ".", "roster-2026-11.xlsx"], check=True, capture_output=True)
