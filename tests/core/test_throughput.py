"""A stop's whole throughput bounds how fast a shipment passes it: N units at C a day take at least N / C days."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gui.core.errors import TablesError
from gui.core.quote import QuoteEngine
from gui.core.report import route_to_dict
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.core.workbook_check import check_workbook
from tests.fixture_tables import fixture_sheets, write_fixture

D = dt.date
DEPARTURE = D(2026, 3, 2)
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


def _north(tables, tonnes=500.0):
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", tonnes, "t", "alpha", "omega", DEPARTURE))
    return next(r for r in result.routes if r.place_ids == ("alpha", "gate", "beta", "omega"))


def _node(route, place, event):
    return next(n for n in route.nodes if n.place_id == place and n.event == event)


def test_a_stop_with_a_throughput_takes_the_shipment_over_it(tmp_path):
    plain = _north(_tables(tmp_path / "a"))
    bounded = _north(_tables(tmp_path / "b", GATE_WAGONS, BETA_TONNES))
    wagons = next(leg.units for leg in bounded.legs if leg.mode == "rail")
    assert wagons == 8  # 500 t in 70-t hoppers
    gate, beta = _node(bounded, "gate", "border_crossing"), _node(bounded, "beta", "transshipment")
    # 8 wagons at 4 a day: 2 days; 500 t at 1,000 t a day: half a day; on the minimum, typical and maximum alike
    assert gate.throughput.days == pytest.approx(2.0) and beta.throughput.days == pytest.approx(0.5)
    before = _node(plain, "gate", "border_crossing")
    assert (gate.days_min, gate.days_typical, gate.days_max) == pytest.approx(
        (before.days_min + 2, before.days_typical + 2, before.days_max + 2))
    assert (bounded.days_min, bounded.days_typical, bounded.days_max) == pytest.approx(
        (plain.days_min + 2.5, plain.days_typical + 2.5, plain.days_max + 2.5))
    assert str(gate.throughput.said) == "throughput: 8 wagons at 4 wagons a day (Gate, 2024): +2.00 days"
    assert str(beta.throughput.said) == "throughput: 500 t at 1,000 t a day (Beta, 2025): +0.50 days"
    # its sources and its working are the stop's, and a figure worked out makes the route rest on estimates
    assert "30,000 t in a month ÷ 30 days" in beta.estimate_note and bounded.uses_estimates
    assert route_to_dict(bounded)["nodes"][-1]["throughput"]["text"] == str(beta.throughput.said)


def test_a_stop_without_a_throughput_is_timed_as_before(tmp_path):
    plain = _north(_tables(tmp_path / "a"))
    bounded = _north(_tables(tmp_path / "b", GATE_WAGONS))
    assert all(n.throughput is None for n in plain.nodes)
    for before, after in zip(plain.nodes, bounded.nodes):
        if after.throughput is None:
            assert (after.days_min, after.days_typical, after.days_max) == (
                before.days_min, before.days_typical, before.days_max)
    assert [n.place_id for n in bounded.nodes if n.throughput] == ["gate"]
    assert route_to_dict(plain)["nodes"][0]["throughput"] is None


def test_a_unit_counts_only_what_it_counts(tmp_path):
    # wagons count the rail leg's hoppers; the road leg's containers are not wagons, and trucks are not counted
    # where the cargo leaves by rail
    trucks = dict(GATE_WAGONS, throughput_id="gate-trucks", unit="road_vehicles", mode="*", per_day=1)
    route = _north(_tables(tmp_path, trucks))
    assert _node(route, "gate", "border_crossing").throughput is None


def test_a_warning_over_one_day_and_none_under(tmp_path):
    over = _north(_tables(tmp_path / "over", GATE_WAGONS))
    under = _north(_tables(tmp_path / "under", dict(GATE_WAGONS, per_day=16)))
    said = [w for w in over.warnings if "throughput" in w]
    assert said == ["Gate: 8 wagons are 2.0 days of its whole throughput (4 wagons a day, 2024), the least they wait "
                    "there"]
    assert _node(under, "gate", "border_crossing").throughput.days == pytest.approx(0.5)
    assert not [w for w in under.warnings if "throughput" in w]
    assert over.available and under.available


def test_more_than_a_year_at_one_stop_cannot_be_used(tmp_path):
    route = _north(_tables(tmp_path, dict(GATE_WAGONS, per_day=0.01)))
    gate = _node(route, "gate", "border_crossing")
    assert not route.available
    assert "Gate: 8 wagons are 800 days of its whole throughput (0.01 wagons a day, 2024), more than a year at one " \
           "stop" in route.unavailable_reason
    assert gate.throughput.days == 365.0  # at least a year more: a lower bound still, and a date the calendar has


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


def test_a_large_road_shipment_through_taftan_waits_for_its_trucks(bundled_engine):
    """5,000 t of wheat Kostanay → Quetta: the routes that cross Taftan by road take their trucks over it at 150 a
    day (2022), on top of the same routes' days without the throughputs."""
    tables = bundled_engine.tables
    request = QuoteRequest("wheat", 5000, "t", "kostanay", "quetta", DEPARTURE)
    bounded = bundled_engine.quote(request)
    def legs(route):
        return tuple((leg.leg_id, leg.equipment_id) for leg in route.legs)

    plain = {legs(r): r for r in QuoteEngine(dataclasses.replace(tables, throughputs=())).quote(request).routes}
    checked = 0
    for route in bounded.routes:
        taftan = next((n for n in route.nodes if n.place_id == "taftan" and n.mode == "road"), None)
        if taftan is None or legs(route) not in plain:
            continue
        trucks = route.legs[taftan.after_leg + 1].units
        assert trucks == 188  # 5,000 t in 40' containers of 26.73 t, one on each truck
        assert taftan.throughput.count == trucks and taftan.throughput.per_day == 150
        assert route.days_typical == pytest.approx(plain[legs(route)].days_typical + trucks / 150)
        assert "Taftan / Mirjaveh: 188 road vehicles are 1.3 days of its whole throughput (150 road vehicles a day, " \
               "2022), the least they wait there" in route.warnings
        checked += 1
    assert checked


def test_the_excel_quote_says_it_under_the_stop(tmp_path):
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document

    tables = _tables(tmp_path, GATE_WAGONS)
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", 500, "t", "alpha", "omega", DEPARTURE))
    number = next(i for i, r in enumerate(result.routes, 1) if r.place_ids == ("alpha", "gate", "beta", "omega"))
    path = write_quote_workbook(quote_document(result, tables), tmp_path / "quote.xlsx")
    rows = [r for r in load_workbook(path)["Breakdown"].iter_rows(min_row=2, values_only=True) if r[0] == number]
    said = [r for r in rows if r[7] and str(r[7]).startswith("throughput")]
    assert len(said) == 1
    assert said[0][1:3] == ("at Gate", "border crossing") and said[0][6] is None  # its days are the stop's
    assert said[0][7] == "throughput: 8 wagons at 4 wagons a day (Gate, 2024): +2.00 days"
    assert (said[0][9], said[0][10], said[0][15]) == (4, 8, "SRC1")
    assert said[0][16] == "wagons of all traders handed over a day"


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
