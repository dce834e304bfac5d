"""Workbook checks: every problem is named with its workbook, sheet, row and column."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from gui.core.errors import TablesError
from gui.core.cells import parse_date, parse_number
from gui.core.tables import load_tables
from tests import hostile_files as hostile
from tests.fixture_tables import fixture_sheets, write_fixture, write_workbook


def load_changed(tmp_path, change):
    corridors, tariffs = fixture_sheets()
    change(corridors, tariffs)
    return load_tables(*write_fixture(tmp_path, corridors, tariffs))


def problems_of(tmp_path, change) -> list[str]:
    with pytest.raises(TablesError) as caught:
        load_changed(tmp_path, change)
    return [str(p) for p in caught.value.problems]


def test_fixture_loads(fixture_tables):
    assert len(fixture_tables.legs) == 8
    assert fixture_tables.fx_as_of == dt.date(2026, 6, 1)
    assert fixture_tables.corridors_file.sha256 and len(fixture_tables.corridors_file.sha256) == 64


def test_text_in_number_column_names_sheet_row_column(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["legs"][2].update(km="four hundred"))
    assert problems == ["corridors.xlsx, sheet 'legs', row 4, column 'km': expected a number, "
                        "found text 'four hundred'"]


def test_negative_rate_is_refused(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: t["leg_rates"][0].update(amount=-1))
    assert problems == ["tariffs.xlsx, sheet 'leg_rates', row 2, column 'amount': expected a number at least 0, "
                        "found -1"]


def test_missing_sheet(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c.pop("closures"))
    assert len(problems) == 1 and "sheet 'closures' is missing" in problems[0]


def test_missing_column(tmp_path):
    def drop_km(c, t):
        for row in c["legs"]:
            row.pop("km")
    problems = problems_of(tmp_path, drop_km)
    assert problems == ["corridors.xlsx, sheet 'legs', row 1: column km missing from row 1"]


def test_unknown_place_and_bad_day_order(tmp_path):
    def change(c, t):
        c["legs"][0]["to_place"] = "nowhere"
        c["legs"][1].update(days_min=5, days_typical=2, days_max=3)
    problems = problems_of(tmp_path, change)
    assert "corridors.xlsx, sheet 'legs', row 2, column 'to_place': unknown place 'nowhere'" in problems[0]
    assert "row 3, column 'days_typical': days must satisfy min ≤ typical ≤ max" in problems[1]


def test_figure_without_origin_is_refused(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["legs"][0].pop("source_ids"))
    assert problems == ["corridors.xlsx, sheet 'legs', row 2, column 'source_ids': neither source_ids nor "
                        "estimate_note is filled: every figure needs an origin"]


def test_unknown_source_id(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: t["fx"][1].update(source_ids="NOPE"))
    assert problems == ["tariffs.xlsx, sheet 'fx', row 3, column 'source_ids': unknown source id 'NOPE' "
                        "(not in any 'sources' sheet)"]


def test_currency_without_fx_rate(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: t["leg_rates"][0].update(currency="CNY"))
    assert problems == ["tariffs.xlsx, sheet 'leg_rates', row 2, column 'currency': currency CNY has no rate "
                        "in sheet 'fx'"]


def test_closure_ending_before_it_starts(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["closures"][0].update(end_date=dt.date(2026, 4, 1)))
    assert "end_date 2026-04-01 is before start_date 2026-05-01" in problems[0]


def test_duplicate_ids(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["legs"][1].update(leg_id="l1"))
    assert "row 3, column 'leg_id': duplicate leg_id 'l1' (first used in row 2)" in problems[0]


def test_all_problems_are_listed_at_once(tmp_path):
    def change(c, t):
        c["legs"][0]["km"] = -3
        c["places"][0]["kind"] = "village"
        t["fx"][1]["units_per_usd"] = "abc"
    problems = problems_of(tmp_path, change)
    assert len(problems) == 3


def test_headers_are_matched_without_case_or_spaces(tmp_path):
    def change(c, t):
        c["legs"] = [{(" Days Typical " if k == "days_typical" else k.upper() if k == "km" else k): v
                      for k, v in row.items()} for row in c["legs"]]
    tables = load_changed(tmp_path, change)
    assert tables.legs["l1"].days_typical == 3


def test_extra_columns_are_ignored_with_a_note(tmp_path):
    tables = load_changed(tmp_path, lambda c, t: c["legs"][0].update(comment="check with KTZ"))
    assert any("extra columns ignored: comment" in note for note in tables.notes)


def test_blank_rows_are_skipped(tmp_path):
    def change(c, t):
        c["legs"].insert(3, {key: None for key in c["legs"][0]})
    assert len(load_changed(tmp_path, change).legs) == 8


def test_not_a_workbook(tmp_path):
    corridors, tariffs = write_fixture(tmp_path)
    corridors.write_text("from,to,km\nAlmaty,Tashkent,816\n")
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, tariffs)
    assert str(caught.value.problems[0]) == ("corridors.xlsx: a text (CSV) file with one table; the tables need a "
                                             "workbook with one sheet per table; save it from Excel or LibreOffice "
                                             "as .xlsx")


def test_truncated_workbook(tmp_path):
    corridors, tariffs = write_fixture(tmp_path)
    tariffs.write_bytes(tariffs.read_bytes()[:2000])
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, tariffs)
    assert "tariffs.xlsx: the workbook is damaged or unsafe" in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(TablesError) as caught:
        load_tables(tmp_path / "none.xlsx", tmp_path / "none2.xlsx")
    assert [str(p) for p in caught.value.problems] == ["none.xlsx: file not found", "none2.xlsx: file not found"]


@pytest.mark.parametrize(("text", "number"), [
    (12.5, 12.5), ("12.5", 12.5), ("12,5", 12.5), ("1,234,567", 1234567), ("1 234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.234,5", 1234.5), (" 7 ", 7), ("\u00a01\u00a0000", 1000),
    # a decimal comma after a nought: no thousands are grouped after a leading nought (it read 5 and 125)
    ("0,005", 0.005), ("0,125", 0.125), ("-0,500", -0.5), ("00,250", 0.25),
])
def test_numbers_as_people_type_them(text, number):
    assert parse_number(text) == pytest.approx(number)


@pytest.mark.parametrize(("value", "day"), [
    ("2026-03-01", dt.date(2026, 3, 1)), ("01.03.2026", dt.date(2026, 3, 1)),
    (dt.datetime(2026, 3, 1, 0, 0), dt.date(2026, 3, 1)), (46082, dt.date(2026, 3, 1)),
])
def test_dates_as_people_type_them(value, day):
    assert parse_date(value) == day


def test_workbook_writer_roundtrip(tmp_path):
    # the fixture writer itself: a sheet with no rows still gets a header row
    path = write_workbook(tmp_path / "x.xlsx", {"empty": []})
    assert path.exists()


def test_numbers_and_dates_typed_as_text_in_a_workbook(tmp_path):
    def change(c, t):
        t["node_fees"][1]["amount"] = "5 000,0"  # KZT per tonne, typed with a space and a decimal comma
        t["leg_rates"][5]["amount"] = "28,000.00"  # thousands separator, and the decimal point that tells it
        c["closures"][0]["start_date"] = "01.05.2026"
        c["closures"][0]["end_date"] = "2026-05-31"
    tables = load_changed(tmp_path, change)
    assert next(f for f in tables.node_fees if f.fee_id == "f2").amount == 5000
    assert next(r for r in tables.leg_rates if r.rate_id == "r6").amount == 28000
    assert tables.closures[0].start == dt.date(2026, 5, 1)


# ------------------------------------------------------------------ what cannot be told apart is refused, not guessed

@pytest.mark.parametrize(("sheet", "column", "text", "readings"), [
    ("fx", "units_per_usd", "503,350", "503.35 or 503350"),  # read as 503350 KZT a dollar: quotes 1000 times off
    ("leg_rates", "amount", "28,000", "28 or 28000"), ("leg_rates", "amount", "1.500", "1.5 or 1500")])
def test_a_figure_written_as_text_that_two_languages_read_apart_is_refused(sheet, column, text, readings, tmp_path):
    def change(c, t):
        t[sheet][0][column] = text
    problems = [str(p) for p in problems_of(tmp_path, change)]
    assert problems == [f"tariffs.xlsx, sheet '{sheet}', row 2, column '{column}': text '{text}' could mean "
                        f"{readings}: enter the figure as a number, not as text"]


@pytest.mark.parametrize("second", ["fx ", "FX"])
def test_two_sheets_of_one_name_are_refused(second, tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["copy"] = [{**row, "units_per_usd": row["units_per_usd"] * 10} for row in tariffs["fx"]]
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    hostile.sheet_renamed(tariffs_path, tmp_path / "twice.xlsx", "copy", second)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tmp_path / "twice.xlsx")
    assert [str(p) for p in caught.value.problems] == [
        f"twice.xlsx: two sheets are both 'fx' ('fx', '{second}'); rename or remove one of them"]


def test_a_column_given_twice_is_refused(tmp_path):
    def change(c, t):
        for row in t["leg_rates"]:
            row["AMOUNT"] = row["amount"] * 10  # headers are matched without case: this is 'amount' again
    problems = problems_of(tmp_path, change)
    assert problems == ["tariffs.xlsx, sheet 'leg_rates', row 1: column 'amount' appears twice (columns G and J); "
                        "keep one of them"]


def test_workbooks_given_the_wrong_way_round(tmp_path):
    corridors, tariffs = write_fixture(tmp_path)
    with pytest.raises(TablesError) as caught:
        load_tables(tariffs, corridors)
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.xlsx: this looks like a tariffs workbook (sheets leg_rates, node_fees, fx), not a corridors workbook; "
        "give it as the tariffs workbook (--tariffs on the command line)",
        "corridors.xlsx: this looks like a corridors workbook (sheets places, legs, nodes, …), not a tariffs "
        "workbook; give it as the corridors workbook (--corridors on the command line)"]


def test_a_country_name_is_not_a_country_code(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["places"][0].update(country="Kazakhstan"))
    assert problems == ["corridors.xlsx, sheet 'places', row 2, column 'country': expected a two-letter country code "
                        "such as KZ, found 'Kazakhstan'; did you mean KZ?"]


def test_two_places_or_cargo_types_one_name(tmp_path):
    def change(c, t):
        c["places"][2]["name"] = "ALPHA"
        c["places"][3]["aliases"] = "Omega"
        c["cargo_types"][1]["aliases"] = "wheat"
    assert problems_of(tmp_path, change) == [
        "corridors.xlsx, sheet 'places', row 4, column 'name': 'ALPHA' is also a name of place alpha (row 2); a "
        "quote could not tell the two places apart",
        "corridors.xlsx, sheet 'places', row 5, column 'aliases': 'Omega' is also a name of place omega (row 7); a "
        "quote could not tell the two places apart",
        "corridors.xlsx, sheet 'cargo_types', row 3, column 'aliases': 'wheat' is also a name of cargo wheat (row "
        "2); a quote could not tell the two cargo types apart"]


# ------------------------------------------------------------------ messages that say what the cell or file holds

def test_a_cell_holding_an_excel_error(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: t["leg_rates"][0].update(amount="#DIV/0!"))
    assert problems == ["tariffs.xlsx, sheet 'leg_rates', row 2, column 'amount': the cell holds the error #DIV/0! "
                        "instead of a value; correct it in Excel or LibreOffice and save again"]


def test_a_huge_number_is_shown_compactly(tmp_path):
    problems = problems_of(tmp_path, lambda c, t: c["closures"][0].update(start_date=1e300))
    assert problems == ["corridors.xlsx, sheet 'closures', row 2, column 'start_date': expected a date, found the "
                        "number 1e+300"]


def test_damaged_xls_without_python_advice(tmp_path):
    corridors, _ = write_fixture(tmp_path)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, hostile.ole_noise(tmp_path / "tariffs.xls"))
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.xls: the workbook is damaged or unsafe and was not read (a number in its Excel 97–2003 (.xls) "
        "structure has thousands of digits)"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_is_refused_before_it_is_opened(tmp_path):
    corridors, _ = write_fixture(tmp_path)
    os.mkfifo(tmp_path / "pipe.xlsx")  # open() would wait for a writer for ever
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, tmp_path / "pipe.xlsx")
    assert [str(p) for p in caught.value.problems] == ["pipe.xlsx: a folder, a device or a pipe, not a workbook file"]


def test_a_negative_number_shown_as_a_date_is_named_as_such(tmp_path):
    # the workbook reader turns -5 in a date-formatted cell into a time of day (00:00:00); saying only "found
    # '00:00:00'" leaves the user looking for a time nobody typed
    import openpyxl

    from gui.core.resources import resource_path

    book = openpyxl.load_workbook(resource_path("corridors.xlsx"))
    sheet = book["closures"]
    column = [cell.value for cell in sheet[1]].index("start_date") + 1
    sheet.cell(2, column).value = -5
    sheet.cell(2, column).number_format = "yyyy-mm-dd"
    book.save(tmp_path / "corridors.xlsx")
    with pytest.raises(TablesError) as caught:
        load_tables(tmp_path / "corridors.xlsx", resource_path("tariffs.xlsx"))
    said = [str(p) for p in caught.value.problems]
    assert said == ["corridors.xlsx, sheet 'closures', row 2, column 'start_date': expected a date such as "
                    "2026-03-01, found a time or a duration ('00:00:00'): a cell formatted as a time, or a number "
                    "below 1 formatted as a date"], said


def test_reading_the_bundled_tables_does_not_load_openpyxl():
    """openpyxl (and numpy with it) takes about a third of a second to load: the check for merged cells loaded it
    for every sheet read, though it names only the merges it finds."""
    import subprocess
    import sys
    from pathlib import Path

    code = "from gui.core.tables import load_tables; import sys; load_tables(); print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


def test_one_source_id_given_to_two_sources_is_named_at_the_second(tmp_path):
    """Two rows of one sources sheet with the same id had been read as the first, silently: a figure citing the id
    took the first's title and date, whichever the forwarder meant."""
    def change(c, t):
        c["sources"].append({**c["sources"][0], "title": "Another tariff notice", "date": "2026-05-01"})

    first = fixture_sheets()[0]["sources"][0]["source_id"]
    row = len(fixture_sheets()[0]["sources"]) + 2
    assert problems_of(tmp_path, change) == [
        f"corridors.xlsx, sheet 'sources', row {row}, column 'source_id': source id '{first}' is already used in row 2 "
        f"for a different source; a figure citing it could be dated by either: give one of them a new id (and cite "
        f"that one where it is meant)"]


def test_the_same_source_pasted_twice_is_read_once_with_a_note(tmp_path):
    tables = load_changed(tmp_path, lambda c, t: t["sources"].insert(1, dict(t["sources"][0])))
    first = fixture_sheets()[1]["sources"][0]["source_id"]
    assert [str(note) for note in tables.notes if "sources" in str(note)] == [
        f"tariffs.xlsx, sheet 'sources', row 3: source '{first}' is listed again exactly as in row 2; it is read once"]
    assert first in tables.sources


def test_one_source_id_given_a_different_source_in_each_workbook_is_named(tmp_path):
    """The tariffs workbook's source of an id both workbooks list was read as the corridors one, silently: its rows
    took the other source's title and date. Listed alike in both, as each workbook carries the sources it cites,
    it is read once without a word."""
    def change(c, t):
        t["sources"][0]["date"] = "2019"

    assert problems_of(tmp_path, change) == [
        "tariffs.xlsx, sheet 'sources', row 2, column 'source_id': source id 'SRC1' is already used in corridors.xlsx, "
        "row 2, for a different source; a figure citing it could be dated by either: give one of them a new id (and "
        "cite that one where it is meant)"]
    assert not [n for n in load_changed(tmp_path, lambda c, t: None).notes if "SRC1" in str(n)]


@pytest.mark.parametrize("name", ["tariffs.xlsb", "tariffs.xlsx"])
def test_an_excel_binary_workbook_is_named_as_one(tmp_path, name):
    """Excel's binary workbook (.xlsb, "Excel Binary Workbook" in Save As) was "a zip file, but not an Excel (.xlsx)
    or OpenDocument (.ods) workbook": the user, who saved it from Excel, is told what it is and how to save it."""
    import zipfile

    corridors, _ = write_fixture(tmp_path)
    binary = tmp_path / name
    with zipfile.ZipFile(binary, "w") as book:  # the parts that make an .xlsb (its records are binary)
        book.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                                             'types"><Override PartName="/xl/workbook.bin" ContentType="application/'
                                             'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>')
        book.writestr("xl/workbook.bin", b"\x83\x01\x00\x84\x01\x00")
        book.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00\x82\x01\x00")
    with pytest.raises(TablesError) as caught:
        load_tables(corridors, binary)
    assert str(caught.value.problems[0]) == (f"{name}: an Excel binary workbook (.xlsb), which is not read; save it "
                                             "from Excel as an Excel Workbook (.xlsx)")
