"""Workbook checks: every problem is named with its workbook, sheet, row and column."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.cells import parse_date, parse_number
from gui.core.tables import load_tables
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
    (12.5, 12.5), ("12.5", 12.5), ("12,5", 12.5), ("1,234", 1234), ("1 234,5", 1234.5), ("1,234.5", 1234.5),
    ("1.234,5", 1234.5), (" 7 ", 7), ("\u00a01\u00a0000", 1000),
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
        t["leg_rates"][5]["amount"] = "28,000"  # thousands separator
        c["closures"][0]["start_date"] = "01.05.2026"
        c["closures"][0]["end_date"] = "2026-05-31"
    tables = load_changed(tmp_path, change)
    assert next(f for f in tables.node_fees if f.fee_id == "f2").amount == 5000
    assert next(r for r in tables.leg_rates if r.rate_id == "r6").amount == 28000
    assert tables.closures[0].start == dt.date(2026, 5, 1)
