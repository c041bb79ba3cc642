"""The costing workbook read by independent tools: openpyxl lists its sheets and formulas and
saves a copy without any cached value (so nothing Socle computed survives), LibreOffice opens
that copy and recalculates it, and the recalculated package totals are compared with
`socle cost --json`, to the unit.

usage: check_xlsx.py WORKBOOK COST.json WORKDIR SOFFICE"""
import json, os, subprocess, sys
import openpyxl

workbook, cost_path, workdir, soffice = sys.argv[1:5]
wb = openpyxl.load_workbook(workbook)
formulas = {ws.title: sum(1 for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("="))
            for ws in wb.worksheets}
dates = sum(1 for c in wb["Action plan"]["F"][1:] if c.is_date)
bare = os.path.join(workdir, "bare.xlsx")
wb.save(bare)  # openpyxl keeps the formulas and drops every cached value
# The same workbook with the first measure's take-up doubled in the plan's last year, as a
# finance ministry would try: that year's beneficiaries, benefits, administration and so the
# first scenario's total must follow.
assumptions = wb["Assumptions"]
take_up_row = next(r for r in range(1, assumptions.max_row + 1) if assumptions.cell(r, 1).value == "Take-up")
last_column = assumptions.max_column
assumptions.cell(take_up_row, last_column).value = assumptions.cell(take_up_row, last_column).value * 2
changed = os.path.join(workdir, "changed.xlsx")
wb.save(changed)
out = os.path.join(workdir, "recalculated")
subprocess.run([soffice, "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(workdir, "lo-profile"),
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, bare, changed],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
values = openpyxl.load_workbook(os.path.join(out, "bare.xlsx"), data_only=True)
cost = json.load(open(cost_path))
mismatches, compared = [], 0
for scenario in cost["scenarios"]:
    ws = values[scenario["name"][:31]]
    years = {ws.cell(4, c).value: c for c in range(3, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    for line, key in [("Total cost", "total"), ("Benefits", "benefits"), ("Administration", "administration"),
                      ("Beneficiaries (benefit receipts)", "beneficiaries"), ("% of GDP", "percentOfGDP"),
                      ("% of government expenditure", "percentOfGovernmentExpenditure")]:
        for year in scenario["total"]:
            got = ws.cell(rows[line], years[year["year"]]).value
            want = year[key]
            tolerance = 1e-9 if key.startswith("percent") else 0.5
            compared += 1
            if want is None or got is None or abs(float(got) - float(want)) > tolerance:
                mismatches.append([scenario["name"], line, year["year"], got, want])
# Doubling the take-up adds the first measure's own cost once more to its first scenario's total.
first = cost["scenarios"][0]
moved = openpyxl.load_workbook(os.path.join(out, "changed.xlsx"), data_only=True)[first["name"][:31]]
mrows = {moved.cell(r, 1).value: r for r in range(1, moved.max_row + 1)}
mcols = {moved.cell(4, c).value: c for c in range(3, moved.max_column + 1)}
last = first["total"][-1]
measure = first["measures"][0]["years"][-1]
followed = abs(moved.cell(mrows["Total cost"], mcols[last["year"]]).value - (last["total"] + measure["total"])) <= 1e-6 * last["total"]
print(json.dumps({"sheets": wb.sheetnames, "followed": followed, "formulas": formulas, "dates": dates, "compared": compared,
                  "mismatches": mismatches[:10]}))
