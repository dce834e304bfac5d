"""A stop's whole throughput: the optional 'throughputs' sheet, read and checked like every other sheet."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.tables import check_workbook, load_tables
from tests.fixture_tables import fixture_sheets, write_fixture

D = dt.date
GATE_WAGONS = {"throughput_id": "gate-wagons", "place_id": "gate", "event": "border_crossing", "mode": "rail",
               "direction": "both", "per_day": 4, "unit": "wagons", "as_of": D(2024, 5, 1),
               "what": "wagons of all traders handed over a day", "source_ids": "SRC1"}
BETA_TONNES = {"throughput_id": "beta-tonnes", "place_id": "beta", "event": "transshipment", "mode": "*",
               "per_day": 1000, "unit": "t", "as_of": D(2025, 12, 31), "what": "tonnes transferred a day",
               "estimate_note": "30,000 t in a month ÷ 30 days"}


def _tables(tmp_path, *rows):
    tmp_path.mkdir(exist_ok=True)
    corridors, tariffs = fixture_sheets()
    if rows:
        corridors["throughputs"] = [dict(row) for row in rows]
    return load_tables(*write_fixture(tmp_path, corridors, tariffs))


@pytest.mark.parametrize("change, column, said", [
    ({"per_day": "four"}, "per_day", "expected a number, found text 'four'"),
    ({"per_day": -3}, "per_day", "expected a number greater than 0, found -3"),
    ({"per_day": 0}, "per_day", "expected a number greater than 0, found 0"),
    ({"unit": "barrels"}, "unit", "expected one of t, road_vehicles, wagons, found 'barrels'"),
    ({"place_id": "nowhere"}, "place_id", "unknown place 'nowhere' (not in sheet 'places')"),
    ({"equipment": "barge"}, "equipment", "unknown equipment 'barge' (not in sheet 'equipment')"),
    ({"unit": "road_vehicles"}, "mode", "a throughput in road vehicles counts what leaves by road: the mode must be "
                                        "road or *"),
    ({"as_of": None}, "as_of", "this cell must be filled"),
    ({"source_ids": None}, "source_ids", "neither source_ids nor estimate_note is filled: every figure needs "
                                         "an origin"),
])
def test_each_problem_is_named_with_sheet_row_and_column(tmp_path, change, column, said):
    with pytest.raises(TablesError) as caught:
        _tables(tmp_path, BETA_TONNES, dict(GATE_WAGONS, **change))
    assert [str(p) for p in caught.value.problems] == [
        f"corridors.xlsx, sheet 'throughputs', row 3, column '{column}': {said}"]


def test_check_names_a_bad_throughput(tmp_path):
    corridors, _ = fixture_sheets()
    corridors["throughputs"] = [dict(GATE_WAGONS, per_day="lots")]
    path, _tariffs = write_fixture(tmp_path, corridors)
    report = check_workbook(path, _tariffs)
    assert not report.usable
    assert [str(p) for p in report.problems] == [
        "corridors.xlsx, sheet 'throughputs', row 2, column 'per_day': expected a number, found text 'lots'"]



def test_the_bundled_rows_are_read_with_their_figures():
    rows = {row.throughput_id: row for row in load_tables().throughputs}
    assert sorted(rows) == ["hairatan-hand-unloading", "khunjerab-sost", "taftan-trucks", "torkham-vehicles"]
    sost = rows["khunjerab-sost"]
    assert (sost.place_id, sost.event, sost.per_day, sost.unit, sost.as_of) == (
        "khunjerab", "border_crossing", 387.1, "t", D(2025, 12, 31))
    assert sost.origin.source_ids == ("INP_2026_SOST", "GREENPOST_2026_SOST")
    assert "÷ 31 days" in sost.origin.estimate_note
    taftan = rows["taftan-trucks"]
    assert (taftan.mode, taftan.per_day, taftan.unit, taftan.as_of) == ("road", 150, "road_vehicles", D(2022, 2, 27))
    hairatan = rows["hairatan-hand-unloading"]
    assert (hairatan.cargo_classes, hairatan.equipment, hairatan.per_day) == (("bulk_grain",), ("truck-bulk",), 5000)


def test_a_workbook_without_the_sheet_reads_as_before(fixture_tables):
    assert fixture_tables.throughputs == ()
