"""Checking a workbook someone edited: every problem listed, a change report, a template to start from."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gui.core.changes import compare_tables
from gui.core.errors import TablesError
from gui.core.tables import load_tables
from gui.core.workbook_check import check_workbook, workbook_kind
from gui.core.template import write_template
from tests.fixture_ods import as_rows, write_ods
from tests.fixture_tables import fixture_sheets, write_fixture, write_workbook

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_bundled_workbooks_are_usable():
    for name in ("corridors.xlsx", "tariffs.xlsx"):
        out = run("check", str(ROOT / "resources" / name))
        assert out.returncode == 0, out.stdout + out.stderr
        assert "usable" in out.stdout


def test_check_lists_every_problem_and_exits_non_zero(tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["amount"] = "12,5,0"
    tariffs["leg_rates"][1]["currency"] = "XYZ"
    tariffs["fx"][1]["as_of"] = "someday"
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    out = run("check", str(tariffs_path), "--with", str(corridors_path))
    assert out.returncode == 2
    problems = [line for line in out.stdout.splitlines() if line.startswith("problem:")]
    # every cell that cannot be read, and the references between the rows that could, at once (the currency with no
    # rate was said only once the cells were right)
    assert problems == [
        "problem: tariffs.xlsx, sheet 'leg_rates', row 2, column 'amount': expected a number, found text '12,5,0'",
        "problem: tariffs.xlsx, sheet 'fx', row 3, column 'as_of': expected a date such as 2026-03-01, found "
        "'someday'",
        "problem: tariffs.xlsx, sheet 'leg_rates', row 3, column 'currency': currency XYZ has no rate in sheet 'fx'",
    ]
    tariffs["leg_rates"][0]["amount"] = 0.05
    tariffs["fx"][1]["as_of"] = dt.date(2026, 1, 1)
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    out = run("check", str(tariffs_path), "--with", str(corridors_path))
    assert [line for line in out.stdout.splitlines() if line.startswith("problem:")] == [
        "problem: tariffs.xlsx, sheet 'leg_rates', row 3, column 'currency': currency XYZ has no rate in sheet 'fx'"]


def test_a_row_that_cannot_be_read_is_not_echoed_by_the_rows_that_refer_to_it(tmp_path):
    """The rows that parse are cross-checked while other cells are wrong, but a reference to a row that did not parse
    is that row's problem, not a second one: not "unknown place 'gate'" for the legs, stops, closure and fees at
    Gate, nor "unknown leg 'l1'" for the rates of a leg from it."""
    corridors, tariffs = fixture_sheets()
    corridors["places"][1]["lat"] = "north"  # Gate
    tariffs["leg_rates"][4]["currency"] = "XYZ"
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    assert [str(problem) for problem in raised.value.problems] == [
        "corridors.xlsx, sheet 'places', row 3, column 'lat': expected a number, found text 'north'",
        "tariffs.xlsx, sheet 'leg_rates', row 6, column 'currency': currency XYZ has no rate in sheet 'fx'"]


def test_a_leg_refused_by_its_cross_checks_is_not_echoed_as_unknown(tmp_path):
    """A leg whose cells read but whose days are out of order, or whose place is unknown, is that row's problem: its
    closures and rates are not also told "unknown leg 'l5'", which would send the reader looking for a missing row
    (one wrong cell of the bundled legs made eight such lines, seven of them blaming the tariffs workbook)."""
    corridors, tariffs = fixture_sheets()
    corridors["legs"][4]["days_min"] = 9  # l5: 9 / 4 / 6, closed by sea-winter, priced by r5
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    assert [str(problem) for problem in raised.value.problems] == [
        "corridors.xlsx, sheet 'legs', row 6, column 'days_typical': days must satisfy min ≤ typical ≤ max, found "
        "9 / 4 / 6"]
    corridors, tariffs = fixture_sheets()
    corridors["legs"][4]["to_place"] = "nowhere"
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    assert [str(problem) for problem in raised.value.problems] == [
        "corridors.xlsx, sheet 'legs', row 6, column 'to_place': unknown place 'nowhere' (not in sheet 'places')"]


@pytest.mark.parametrize("folder", [".", "/"])
def test_a_folder_without_a_name_is_named_as_typed(folder):
    """`check .` said "problem: : a folder, a device or a pipe, not a workbook file": the file's name, empty for the
    current folder or the root, is what was typed instead."""
    out = run("check", folder)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stdout.splitlines() == [f"problem: {folder}: a folder, a device or a pipe, not a workbook file",
                                       f"{folder} (unknown workbook): 1 problem(s); not usable"]


def test_kind_is_told_by_the_sheets(fixture_paths):
    corridors, tariffs = fixture_paths
    assert workbook_kind(corridors) == "corridors" and workbook_kind(tariffs) == "tariffs"


def test_change_report_old_to_new(tmp_path, fixture_tables):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["amount"] = 550  # sea freight per 20' box, was 500
    tariffs["leg_rates"].pop(0)
    tariffs["leg_rates"].append({"rate_id": "r8", "leg_id": "l3", "direction": "reverse", "equipment": "truck",
                                 "charge": "toll", "basis": "per_unit", "amount": 15, "currency": "USD",
                                 "source_ids": "SRC1"})
    tariffs["fx"].append({"currency": "KZT", "units_per_usd": 530, "as_of": dt.date(2026, 9, 1),
                          "source_ids": "SRC1"})
    corridors["closures"][0]["end_date"] = dt.date(2026, 6, 15)
    new = load_tables(*write_fixture(tmp_path, corridors, tariffs))
    lines = [str(c) for c in compare_tables(fixture_tables, new)]
    # a changed row by its sheet, its row in the new workbook (r1 taken out above it) and its id, and only the cell
    # that changed
    assert "rate changed: leg_rates row 5, r5 Port One–Port Two (sea), c20, freight: amount: 500 → 550 (+10%)" \
        in lines
    assert "rate removed: r1 Alpha–Gate (rail), *, freight: 0.05 USD per tonne-km" in lines
    assert "rate added: r8 Beta–Omega (road), truck, toll, reverse: 15 USD per unit" in lines
    assert "closure changed: closures row 2, gate-may: end_date: 2026-05-31 → 2026-06-15" in lines
    assert "exchange rate changed: KZT: 520 per USD as of 2026-06-01 → 530 per USD as of 2026-09-01" in lines
    assert "exchange rates as of 2026-06-01 → 2026-09-01" in lines
    assert compare_tables(fixture_tables, fixture_tables) == []


def test_template_has_every_sheet_header_and_lists(tmp_path):
    path = write_template("corridors", tmp_path / "corridors-template.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[0] == "instructions"
    legs = book["legs"]
    assert [c.value for c in legs[1]][:4] == ["leg_id", "from_place", "to_place", "mode"]
    lists = {tuple(str(r) for r in v.sqref.ranges)[0][:1]: v.formula1 for v in legs.data_validations.dataValidation}
    assert lists["D"] == '"road,rail,sea,ferry,pipeline"'
    # an empty template is not usable, and says why
    report = check_workbook(path)
    assert not report.usable
    assert any("the sheet has no usable rows" in str(p) for p in report.problems)


def test_filled_template_is_usable(tmp_path, fixture_paths):
    """The template's headers are exactly what the loader reads: copy the fixture rows into it."""
    path = write_template("tariffs", tmp_path / "tariffs.xlsx")
    _, tariffs = fixture_sheets()
    book = load_workbook(path)
    for name, rows in tariffs.items():
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        for row in rows:
            sheet.append([row.get(column) for column in header])
    book.save(path)
    report = check_workbook(path, fixture_paths[0])
    assert report.usable, report.problems


def test_formula_without_saved_result_is_named(tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][2]["amount"] = "=0.5*4"  # openpyxl stores the formula and no result
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.xlsx, sheet 'leg_rates', row 4, column 'amount': the cell holds the formula =0.5*4 but no saved "
        "result; open the workbook in Excel or LibreOffice and save it, so the result is stored"]


def test_xml_bomb_is_refused_quickly(tmp_path, fixture_paths):
    corridors, tariffs = fixture_paths
    # a billion laughs: ten levels of ten references each
    entities = ['<!ENTITY a0 "lollollollollollollollollollol">'] + [
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    bomb = ('<?xml version="1.0"?><!DOCTYPE worksheet [' + "".join(entities) + ']>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
            '<c r="A1" t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>')
    target = tmp_path / "tariffs.xlsx"
    with zipfile.ZipFile(tariffs) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            out.writestr(item, bomb.encode() if item.filename == "xl/worksheets/sheet1.xml" else data)
    started = time.perf_counter()
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, target)
    assert time.perf_counter() - started < 10
    assert "tariffs.xlsx" in str(caught.value)


def test_a_workbook_of_the_wrong_kind(tmp_path, fixture_paths):
    corridors, _ = fixture_paths
    wrong = tmp_path / "tariffs.xlsx"
    wrong.write_bytes(corridors.read_bytes())
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, wrong)
    # one sentence saying what it is, not a missing sheet for each tariffs sheet
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.xlsx: this looks like a corridors workbook (sheets places, legs, nodes, …), not a tariffs workbook; "
        "give it as the corridors workbook (--corridors on the command line)"]


def test_template_command_and_unwritable_folder(tmp_path):
    out = run("template", str(tmp_path / "forms"))
    assert out.returncode == 0
    assert (tmp_path / "forms" / "tariffs-template.xlsx").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run("template", str(blocker / "sub"))
    assert out.returncode == 73 and out.stderr.startswith("error: cannot write to")
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("target", ["file", "/dev/null"])
def test_template_into_a_file_or_device_says_it_is_not_a_folder(tmp_path, target):
    """`template report.txt` or `template /dev/full`: the folder named is a file or a device, said as such, not the
    system's "File exists"; nothing is written beside it."""
    path = tmp_path / target if target == "file" else Path(target)
    if target == "file":
        path.write_text("x")
    elif not path.exists():
        pytest.skip("no /dev/null")
    out = run("template", str(path))
    assert out.returncode == 73 and "Traceback" not in out.stderr
    assert out.stderr == f"error: {path} is not a folder: no template was written\n"
    assert sorted(item.name for item in tmp_path.iterdir()) == (["file"] if target == "file" else [])


def test_changes_option_prints_the_report(tmp_path):
    corridors, tariffs = fixture_sheets()
    path = write_workbook(tmp_path / "tariffs.xlsx", tariffs)
    out = run("check", str(ROOT / "resources" / "tariffs.xlsx"), "--changes")
    assert out.returncode == 0 and "0 change(s) against the bundled tables" in out.stdout
    assert path.exists()


def test_formula_with_a_saved_result_is_read(tmp_path, fixture_paths):
    """A workbook saved by Excel or LibreOffice keeps each formula's result: that result is used."""
    corridors, tariffs = write_fixture(tmp_path)
    target = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(tariffs) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="G2" t="n"><v>0.05</v></c>', b'<c r="G2"><f>0.1/2</f><v>0.05</v></c>')
                assert b"<f>0.1/2</f>" in data
            out.writestr(item, data)
    tables = load_tables(corridors, target)
    assert next(r for r in tables.leg_rates if r.rate_id == "r1").amount == 0.05


def test_a_damaged_xls_file_is_named(tmp_path, fixture_paths):
    corridors, _ = fixture_paths
    old = tmp_path / "tariffs.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, old)
    assert str(caught.value.problems[0]).startswith("tariffs.xls: the workbook is damaged or unsafe")


needs_libreoffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def _libreoffice(source: Path, kind: str, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                    "--convert-to", kind, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / (source.stem + "." + kind)


@needs_libreoffice
def test_workbooks_saved_by_libreoffice(tmp_path):
    """LibreOffice saves the result of each formula: a rate typed as =0.5*4 is read as 2.0. It also writes .ods
    and .xls, which are read too (with a note for .xls)."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][2]["amount"] = "=0.5*4"
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    saved = _libreoffice(tariffs_path, "xlsx", tmp_path / "saved")
    tables = load_tables(corridors_path, saved)
    assert next(r for r in tables.leg_rates if r.rate_id == "r3").amount == pytest.approx(2.0)
    ods = _libreoffice(saved, "ods", tmp_path / "ods")
    assert len(load_tables(corridors_path, ods).leg_rates) == 7
    xls = _libreoffice(saved, "xls", tmp_path / "xls")
    loaded = load_tables(corridors_path, xls)
    assert len(loaded.leg_rates) == 7 and any("Excel 97–2003" in note for note in loaded.notes)


def test_rates_dated_after_today_are_named_not_taken_for_the_date(tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["fx"].append({"currency": "KZT", "units_per_usd": 999, "as_of": dt.date(2099, 1, 1),
                          "source_ids": "SRC1"})
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    out = run("check", str(tariffs_path), "--with", str(corridors_path))
    assert out.returncode == 0, out.stdout + out.stderr
    assert ("note: tariffs.xlsx, sheet 'fx': 1 rate(s) dated after today (the latest 2099-01-01); a quote uses them "
            "only when it departs on or after their date") in out.stdout.splitlines()
    assert "exchange rates as of 2026-06-01" in out.stdout and "as of 2099" not in out.stdout


def test_a_country_code_nothing_knows_is_pointed_out(tmp_path):
    corridors, tariffs = fixture_sheets()
    corridors["places"][0]["country"] = "KS"  # KZ mistyped: every route from Alpha would cross a border
    report = check_workbook(*write_fixture(tmp_path, corridors, tariffs))
    assert report.usable
    assert [str(n) for n in report.notes if "country" in str(n)] == [
        "corridors.xlsx, sheet 'places': the country code KS (Alpha) is not one the map or the tariffs know; check "
        "that it is the place's ISO code"]


def test_a_change_past_the_sixth_figure_is_reported_as_the_sheet_has_it(tmp_path, fixture_tables):
    """A rate of 147.597076 PKR changed to 147.5974 was no change at all (both read "147.597"), and 1,350,000.5
    read "1.35e+06": the report now gives each figure as the sheet has it."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["amount"] = 500.0004  # sea freight per 20' box, was 500
    tariffs["leg_rates"][0]["amount"] = 1350000.5  # rail per tonne-km, was 0.05
    new = load_tables(*write_fixture(tmp_path, corridors, tariffs))
    lines = [str(c) for c in compare_tables(fixture_tables, new)]
    assert "rate changed: leg_rates row 6, r5 Port One–Port Two (sea), c20, freight: amount: 500 → 500.0004 (+0%)" \
        in lines
    assert any(line.startswith("rate changed: leg_rates row 2, r1 ") and line.endswith("amount: 0.05 → 1,350,000.5 "
                                                                                       "(+2700000900%)")
               for line in lines), lines


def test_a_percentage_typed_in_a_percent_cell_is_pointed_out(tmp_path):
    """"15%" typed in LibreOffice or Excel is kept as 0.15 in a cell formatted as a percentage: the duty read 0.15 %
    where 15 % was meant, and `check` said nothing. It is now a note naming the cell (the workbook stays usable: a
    duty of 0.15 % is possible)."""
    book = load_workbook(ROOT / "resources" / "tariffs.xlsx")
    sheet = book["duties"]
    column = [cell.value for cell in sheet[1]].index("rate_pct") + 1
    assert sheet.cell(3, column).value == 15
    sheet.cell(3, column).value = 0.15
    sheet.cell(3, column).number_format = "0%"
    book.save(tmp_path / "tariffs.xlsx")
    report = check_workbook(tmp_path / "tariffs.xlsx")
    assert report.usable
    assert ("tariffs.xlsx, sheet 'duties', row 3, column 'rate_pct': 0.15 is read as 0.15 %; if 15 % was meant (a "
            "cell formatted as a percentage keeps 15 % as 0.15), write 15") in [str(note) for note in report.notes]
    assert not any("rate_pct" in str(note) for note in check_workbook(ROOT / "resources" / "tariffs.xlsx").notes)


def test_merged_cells_over_rows_are_named_not_read_as_blanks(tmp_path):
    """valid_from merged over two rate rows shows 2026-01-01 in both, but the file keeps it only in the first: the
    second rate was read as valid from any date and `check` called the workbook usable; merged currency cells read
    "this cell must be filled" for a cell the user sees filled. Each merged range is now named."""
    book = load_workbook(ROOT / "resources" / "tariffs.xlsx")
    sheet = book["leg_rates"]
    header = [cell.value for cell in sheet[1]]
    valid_from = header.index("valid_from") + 1
    sheet.cell(5, valid_from).value = dt.datetime(2026, 1, 1)
    sheet.merge_cells(start_row=5, end_row=6, start_column=valid_from, end_column=valid_from)
    sheet.merge_cells(start_row=1, end_row=1, start_column=len(header) + 1, end_column=len(header) + 3)  # no column
    book.save(tmp_path / "tariffs.xlsx")
    report = check_workbook(tmp_path / "tariffs.xlsx")
    assert not report.usable
    assert [str(p) for p in report.problems] == [
        "tariffs.xlsx, sheet 'leg_rates', row 5, column 'valid_from': cells L5:L6 are merged: a spreadsheet shows the "
        "value of L5 in each, but keeps it only in L5; unmerge them and fill each cell"]


def test_merged_cells_of_an_ods_are_named_as_those_of_an_xlsx(tmp_path):
    """python-calamine tells the merged ranges of an .xlsx but not those of an .ods: valid_from merged over two rate
    rows of an .ods was read as blank in the second, and `check` called the workbook usable. The ranges are now found
    while the file is measured, and named in the same words."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][1]["valid_from"] = dt.date(2026, 1, 1)
    header = as_rows(tariffs["leg_rates"])[0]
    column = header.index("valid_from")
    merges = {"leg_rates": [(2, column, 2, 1), (0, len(header), 1, 3)],  # the second: in no column read
              "fx": [(1, 0, 1, 2)]}  # across currency and units_per_usd in one row
    corridors_path, _ = write_fixture(tmp_path, corridors, tariffs)
    target = write_ods(tmp_path / "tariffs.ods", tariffs, merges)
    report = check_workbook(target, corridors_path)
    assert not report.usable
    assert [str(p) for p in report.problems] == [
        "tariffs.ods, sheet 'leg_rates', row 3, column 'valid_from': cells J3:J4 are merged: a spreadsheet shows the "
        "value of J3 in each, but keeps it only in J3; unmerge them and fill each cell",
        "tariffs.ods, sheet 'fx', row 2, column 'currency': cells A2:B2 are merged: a spreadsheet shows the value of "
        "A2 in each, but keeps it only in A2; unmerge them and fill each cell",
        "tariffs.ods, sheet 'fx', row 2, column 'units_per_usd': this cell must be filled"]
    assert check_workbook(write_ods(tmp_path / "tariffs.ods", tariffs), corridors_path).usable


def test_invisible_marks_in_a_header_or_a_sheet_name_are_looked_past(tmp_path):
    """A header copied from a web page with a zero-width space, or typed beside Urdu text with a right-to-left mark,
    looks like 'amount' and read as another column: "column amount missing", and the same name said as an extra
    column; a sheet named so was "missing" beside a sheet of the same name. The marks are now looked past."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"] = [{("\u200b" + key if key == "amount" else "\u200f" + key + "\u200f" if key == "rate_id"
                              else key): value for key, value in row.items()} for row in tariffs["leg_rates"]]
    tariffs["\ufefffx"] = tariffs.pop("fx")
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    report = check_workbook(tariffs_path, corridors_path)
    assert report.usable and not any("extra" in note for note in report.notes), [str(p) for p in report.problems]
    assert len(report.tables.leg_rates) == len(tariffs["leg_rates"])


def test_a_tariffs_workbook_of_own_legs_checked_alone_says_to_give_its_corridors(tmp_path):
    """A forwarder's tariffs with a rate for its own depot's leg, checked (or quoted) without its corridors
    workbook, read "unknown leg 'my-road' (not in corridors sheet 'legs')" and nothing of the bundled corridors
    workbook it had been checked with, nor how to give its own."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["leg_id"] = "my-road"
    _, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    out = run("check", str(tariffs_path))
    assert out.returncode == 2
    assert out.stdout.splitlines()[-1] == (
        f"hint: it was checked with the bundled corridors workbook; rates of legs and places of your own need yours: "
        f"python -m gui check {tariffs_path} --with YOUR-CORRIDORS.xlsx")
    out = run("quote", "--cargo", "wheat", "--quantity", "1", "--from", "alpha", "--to", "omega", "--tariffs",
              str(tariffs_path))
    assert out.returncode == 2 and out.stderr.splitlines()[-1] == (
        "hint: the tariffs were read with the bundled corridors workbook; rates of legs and places of your own need "
        "yours: --corridors YOUR-CORRIDORS.xlsx")


def test_a_companion_of_the_same_kind_is_named_as_the_one_after_with(fixture_paths):
    """check TARIFFS --with TARIFFS said "this looks like a tariffs workbook …; give it as the tariffs workbook
    (--tariffs on the command line)", an option check does not take, of a problem in the workbook after --with."""
    corridors, tariffs = fixture_paths
    out = run("check", str(tariffs), "--with", str(tariffs))
    assert out.returncode == 2 and "--tariffs on the command line" not in out.stdout
    assert (f"problem: {tariffs.name}: given after --with, this is a tariffs workbook, as is the one checked; give a "
            "corridors workbook after --with, or leave --with out to check it with the bundled one") in out.stdout
    report = check_workbook(corridors, corridors)
    assert not report.usable and "give a tariffs workbook after --with" in str(report.problems[0])
    assert check_workbook(tariffs, corridors).usable  # the right kind, as before


def test_a_hidden_sheet_that_is_read_is_noted(tmp_path, fixture_paths):
    """A sheet hidden in the workbook was read without a word: a forwarder may not know that a sheet it cannot see
    prices its quotes."""
    corridors, tariffs = fixture_paths
    book = load_workbook(tariffs)
    book["node_fees"].sheet_state = "hidden"
    book.save(tmp_path / "tariffs.xlsx")
    report = check_workbook(tmp_path / "tariffs.xlsx", corridors)
    assert report.usable
    assert [str(n) for n in report.notes if "hidden" in n] == [
        "tariffs.xlsx, sheet 'node_fees': the sheet is hidden, yet it is read and its figures count in the quotes; a "
        "spreadsheet shows it again with Unhide (right-click a sheet's tab)"]
    assert not any("hidden" in n for n in check_workbook(tariffs, corridors).notes)


def test_a_workbook_is_told_by_its_own_sheets_not_by_its_sources():
    """Both kinds have a sources sheet: a quote's own workbook (Summary, Routes, Breakdown, Sources) was called a
    corridors workbook, and given as --tariffs "this looks like a corridors workbook (sheets ), not …"."""
    from gui.core.table_reader import kind_of

    assert kind_of({"summary", "routes", "breakdown", "sources"}) is None
    assert kind_of({"sources"}) is None
    assert kind_of({"places", "legs", "sources"}) == "corridors"
    assert kind_of({"leg_rates", "fx", "sources"}) == "tariffs"
    assert kind_of({"places", "legs", "nodes", "fx"}) == "corridors"

