"""A leg's closure that holds at a point on the way (a border or a pass within the leg: the closures sheet's
``at_km``) is met on the day the cargo gets there, not the day it sets off on the leg, in the quote, its breakdown,
the odds and the map; ``check`` names a misplaced figure by sheet, row and column."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.deliver import route_arrival
from gui.core.model import Closure, Origin
from gui.core.ontime import route_steps
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.route_map import route_map
from gui.core.route_values import WAIT_EVENT
from tests.core import test_tables

MARCH_2 = dt.date(2026, 3, 2)
# alpha → gate → beta → omega: l1 alpha – gate 500 km by rail in 2 / 3 / 4 days, leaving alpha on the departure
NORTH = QuoteRequest("wheat", 140, "t", "alpha", "omega", MARCH_2, quoted_on=MARCH_2)
BACK = QuoteRequest("wheat", 140, "t", "gate", "alpha", MARCH_2, quoted_on=MARCH_2)


def load_changed(folder, change):
    folder.mkdir()
    return test_tables.load_changed(folder, change)


def problems_of(folder, change):
    folder.mkdir()
    return test_tables.problems_of(folder, change)


def _closed_on_l1(day: dt.date, at_km: float | None):
    """A one-day closure of leg l1 on ``day``, held ``at_km`` from alpha (None: where the leg begins)."""
    def change(corridors, tariffs):
        corridors["closures"].append({
            "closure_id": "l1-bridge", "target_kind": "leg", "target_id": "l1", "effect": "closed",
            "start_date": day, "end_date": day, "every_year": "no", "modes": "*",
            "reason": "bridge works", "source_ids": "SRC1", "at_km": at_km})
    return change


def _on_l1(result):
    return next(r for r in result.routes if r.legs[0].leg_id == "l1" or r.legs[-1].leg_id == "l1")


def test_a_closure_at_a_point_of_a_leg_is_met_when_the_cargo_gets_there(tmp_path):
    """400 km of l1's 500 from alpha: the cargo gets there 2.4 typical days after setting off (2 March), on 4 March,
    closed that day; it waits until the 5th, 0.6 day, and the route is that much longer. Met where the leg begins
    (2 March), the same row holds nothing."""
    plain = _on_l1(QuoteEngine(load_changed(tmp_path / "plain", lambda c, t: None)).quote(NORTH))
    at_point = _on_l1(QuoteEngine(load_changed(tmp_path / "point", _closed_on_l1(dt.date(2026, 3, 4), 400))
                                  ).quote(NORTH))
    at_start = _on_l1(QuoteEngine(load_changed(tmp_path / "start", _closed_on_l1(dt.date(2026, 3, 4), None))
                                  ).quote(NORTH))
    assert at_start.days_typical == pytest.approx(plain.days_typical)
    [wait] = [n for n in at_point.nodes if n.event == WAIT_EVENT]
    assert wait.days_typical == pytest.approx(3 - 2.4)
    assert at_point.days_typical == pytest.approx(plain.days_typical + 0.6)
    # the earliest day gets there 1.6 days on (the 3rd, open) and the latest 3.2 (the 5th, open again)
    assert at_point.days_min == pytest.approx(plain.days_min)
    assert at_point.days_max == pytest.approx(plain.days_max)
    said = " ".join(str(w) for w in at_point.warnings)
    assert "reopen on 2026-03-05" in said and "reaches it on 2026-03-04" in said
    for which in ("days_min", "days_typical", "days_max"):  # the lines still add up to the route
        assert sum(getattr(line, which) for line in (*at_point.legs, *at_point.nodes)) == pytest.approx(
            getattr(at_point, which))


def test_the_point_is_counted_from_the_end_the_cargo_sets_off_from(tmp_path):
    """Travelled gate → alpha, the point 400 km from alpha is 100 km on: the cargo gets there 0.6 typical days after
    setting off, on 2 March, and a closure of the 4th holds nothing; one of the 2nd holds it until the 3rd."""
    tables = load_changed(tmp_path / "fourth", _closed_on_l1(dt.date(2026, 3, 4), 400))
    assert not any(n.event == WAIT_EVENT for n in _on_l1(QuoteEngine(tables).quote(BACK)).nodes)
    tables = load_changed(tmp_path / "second", _closed_on_l1(MARCH_2, 400))
    [wait] = [n for n in _on_l1(QuoteEngine(tables).quote(BACK)).nodes if n.event == WAIT_EVENT]
    assert wait.days_typical == pytest.approx(1 - 0.6)
    row = next(c for c in tables.closures if c.closure_id == "l1-bridge")
    assert row.point_on("alpha", 500) == pytest.approx(0.8) and row.point_on("gate", 500) == pytest.approx(0.2)


def test_the_odds_and_the_map_meet_it_where_the_quote_does(tmp_path):
    """The odds cut the leg at the point (0.8 of its days, then the rest) and hold the cargo there by the same rule;
    the map marks the row on the line where it holds, not mid-line."""
    tables = load_changed(tmp_path / "tables", _closed_on_l1(dt.date(2026, 3, 4), 400))
    result = QuoteEngine(tables).quote(NORTH)
    route = _on_l1(result)
    steps = route_steps(route, tables.closures, "bulk_grain")
    cut = [s for s in steps if s.closures and s.closures[0].closure_id == "l1-bridge"]
    assert len(cut) == 1 and (cut[0].days_min, cut[0].days_typical, cut[0].days_max) == (0.0, 0.0, 0.0)
    before = steps[steps.index(cut[0]) - 1]
    assert before.days_typical == pytest.approx(2.4) and steps[steps.index(cut[0]) + 1].days_typical == \
        pytest.approx(0.6)
    odds = route_arrival(route, tables, "bulk_grain", MARCH_2)
    assert odds.stopped == 0
    # on the map, on the days the cargo gets there (as a place's rows), before it waits: closed on the typical one
    [mark] = [k for k in route_map(result, tables).marks if k.closure_id == "l1-bridge"]
    passed = next(p for p in mark.passes if p.route == result.routes.index(route))
    assert (passed.first, passed.typical, passed.last, passed.state) == (
        dt.date(2026, 3, 3), dt.date(2026, 3, 4), dt.date(2026, 3, 6), "closed")
    assert mark.lat == pytest.approx(45 + 0.2 * 5, abs=0.3)  # four fifths of the way from alpha (50) to gate (45)


def test_check_names_a_misplaced_at_km_by_sheet_row_and_column(tmp_path):
    def on_place(corridors, tariffs):
        corridors["closures"][0]["at_km"] = 10

    [problem] = problems_of(tmp_path / "place", on_place)
    assert "sheet 'closures', row 2, column 'at_km'" in problem and "a place's row holds at the place" in problem
    [problem] = problems_of(tmp_path / "past", _closed_on_l1(MARCH_2, 650))
    assert "column 'at_km'" in problem and "at_km 650 is past the end of leg 'l1' (500 km long)" in problem
    [problem] = problems_of(tmp_path / "text", _closed_on_l1(MARCH_2, "half way"))
    assert "column 'at_km': expected a number" in problem


def test_irkeshtam_is_met_at_the_crossing_686_km_from_tashkent(bundled_engine):
    """Wheat leaving Tashkent on 30 September 2027 for Islamabad over Irkeshtam reaches the crossing 1.49 days on
    (686 of the road's 920 km, 2 days), on 1 October, when it closes for China's National Day until the 3rd: it
    waits until the 4th. A day earlier it passes on the 30th, open. Met where the road begins, as before, the cargo
    leaving on the 30th had no wait: it set off on the road on the 30th, open, and the holiday held nothing."""
    def irkeshtam_route(day: dt.date):
        result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Tashkent", "Islamabad", day,
                                                   quoted_on=dt.date(2026, 12, 2)))
        return next(r for r in result.routes if any(line.leg_id == "irk-road-tashkent-kashgar" for line in r.legs))

    before, held = irkeshtam_route(dt.date(2027, 9, 29)), irkeshtam_route(dt.date(2027, 9, 30))
    assert [line.leg_id for line in before.legs] == [line.leg_id for line in held.legs]
    # its latest day gets there on 2 October: that share of the cargo waits, not the typical day
    assert all(n.days_typical == 0 for n in before.nodes if n.event == WAIT_EVENT)
    [wait] = [n for n in held.nodes if n.event == WAIT_EVENT]
    assert wait.days_typical == pytest.approx(4 - 2.0 * 686 / 920)
    assert held.days_typical == pytest.approx(before.days_typical + wait.days_typical)


def test_a_row_with_no_point_is_met_where_the_leg_begins():
    row = Closure("c", "leg", "l", True, MARCH_2, MARCH_2, False, ("*",), "r", Origin(("S",)))
    assert row.point_on("a", 100) == 0.0 and row.point_on("b", 100) == 0.0


def _rows_on_l1(*rows):
    """Closures of leg l1: (id, first day, last day, at_km)."""
    def change(corridors, tariffs):
        corridors["closures"].extend({
            "closure_id": closure_id, "target_kind": "leg", "target_id": "l1", "effect": "closed",
            "start_date": first, "end_date": last, "every_year": "no", "modes": "*", "reason": "works",
            "source_ids": "SRC1", "at_km": at_km} for closure_id, first, last, at_km in rows)
    return change


def test_the_map_checks_each_row_of_a_leg_on_the_days_the_cargo_meets_it(tmp_path):
    """A row met as l1 begins (2 March) is checked on that day, not after a wait on the way (it read closed on the
    7th); a second point is reached after the wait at the first: 100 km on, closed 2–3 March, the cargo waits
    there until the 4th and gets to 400 km on the 5th (3.8 days), closed that day."""
    tables = load_changed(tmp_path / "start", _rows_on_l1(("start", dt.date(2026, 3, 7), dt.date(2026, 3, 7), None),
                                                          ("far", dt.date(2026, 3, 4), dt.date(2026, 3, 9), 400)))
    result = QuoteEngine(tables).quote(NORTH)
    route = _on_l1(result)
    said = " ".join(str(w) for w in route.warnings)
    assert "reopen on 2026-03-10" in said and "2026-03-07" not in said  # held at 400 km, not met at the start
    marks = {k.closure_id: k for k in route_map(result, tables).marks}
    assert "start" not in marks  # met on 2 March, open: no mark
    tables = load_changed(tmp_path / "two", _rows_on_l1(("near", dt.date(2026, 3, 2), dt.date(2026, 3, 3), 100),
                                                        ("far", dt.date(2026, 3, 5), dt.date(2026, 3, 5), 400)))
    result = QuoteEngine(tables).quote(NORTH)
    route = _on_l1(result)
    assert [round(n.km_on) for n in route.nodes if n.event == WAIT_EVENT] == [100, 400]
    far = next(k for k in route_map(result, tables).marks if k.closure_id == "far")
    passed = next(p for p in far.passes if p.route == result.routes.index(route))
    assert (passed.typical, passed.state) == (dt.date(2026, 3, 5), "closed")


def test_a_leg_is_dated_by_the_day_the_cargo_sets_off_on_it_though_it_waits_on_the_way(bundled_engine):
    """Tashkent – Kashgar, leaving Tashkent on 30 September 2027 and waiting at Irkeshtam until 4 October: the
    leg's line is dated the 30th (its rates too), not the 2nd, the day the walk's days move its start to."""
    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Tashkent", "Islamabad", dt.date(2027, 9, 30),
                                               quoted_on=dt.date(2026, 12, 2)))
    route = next(r for r in result.routes if any(line.leg_id == "irk-road-tashkent-kashgar" for line in r.legs))
    line = next(line for line in route.legs if line.leg_id == "irk-road-tashkent-kashgar")
    assert line.reached_on == dt.date(2027, 9, 30)
