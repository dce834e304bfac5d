"""A closure with a known end that the cargo reaches shortly before it ends is waited out (setting max_wait_days):
the route stays available, takes the days more and says where, how long and until when; the odds hold the cargo by
the same rule. A closure until further notice, or one ending later than the limit allows, still closes the route."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest


from gui.core import quote_messages as qmsg
from gui.core.closures import reopening
from gui.core.deliver import route_arrival
from gui.core.model import Closure, Origin, SearchSettings
from gui.core.ontime import TimedStep, arrival
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario
from gui.core.scenario_tables import apply
from gui.core.scenario_file import scenario_from_data
from gui.core.tables import load_tables
from tests.core.test_settings import with_settings

WAITS = (qmsg.WAITS_FOR_REOPENING, qmsg.WAITS_A_DAY_FOR_REOPENING)
DEC_7 = dt.date(2026, 12, 7)
WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEC_7, quoted_on=DEC_7)


def closure(start: dt.date, end: dt.date | None, every_year: bool = False, closed: bool = True) -> Closure:
    return Closure("c1", "place", "P", closed, start, end, every_year, ("*",), "closed for the test",
                   Origin(("TEST",)))


def test_reopening_is_the_day_after_a_known_end_within_the_limit():
    shut = closure(dt.date(2026, 3, 1), dt.date(2026, 3, 10))
    assert reopening([shut], dt.date(2026, 3, 8), 7) == dt.date(2026, 3, 11)  # 3 days
    assert reopening([shut], dt.date(2026, 3, 11), 7) == dt.date(2026, 3, 11)  # open that day: no wait
    assert reopening([shut], dt.date(2026, 3, 2), 7) is None  # 9 days: past the limit
    assert reopening([shut], dt.date(2026, 3, 2), 9) == dt.date(2026, 3, 11)
    assert reopening([shut], dt.date(2026, 3, 8), None) is None  # blank: never wait
    assert reopening([closure(dt.date(2026, 3, 1), None)], dt.date(2026, 3, 8), 1000) is None  # no known end
    # one closure after another: the wait runs to the end of the second, and counts both
    then = dataclasses.replace(shut, closure_id="c2", start=dt.date(2026, 3, 11), end=dt.date(2026, 3, 12))
    assert reopening([shut, then], dt.date(2026, 3, 8), 7) == dt.date(2026, 3, 13)
    assert reopening([shut, then], dt.date(2026, 3, 8), 4) is None
    # a risk window holds nothing
    assert reopening([closure(dt.date(2026, 3, 1), dt.date(2026, 3, 10), closed=False)], dt.date(2026, 3, 8),
                     None) == dt.date(2026, 3, 8)


def test_a_seasonal_closure_of_months_is_not_waited_out():
    khunjerab = closure(dt.date(2000, 11, 30), dt.date(2000, 4, 1), every_year=True)
    assert reopening([khunjerab], dt.date(2026, 12, 16), 7) is None
    assert reopening([khunjerab], dt.date(2027, 3, 28), 7) == dt.date(2027, 4, 2)  # the last days of it are


def test_the_odds_hold_the_cargo_by_the_same_limit():
    """Cargo reaching the place on day 5 or 6 (3 March + 2–3 days); closed until 8 March: it waits 2–3 days with a
    week's limit, is stopped with a limit of 2 days for the share that would wait 3, and with none at all."""
    reach = [TimedStep(2, 2.5, 3.5)]
    shut = TimedStep(0, 0, 0, (closure(dt.date(2026, 3, 1), dt.date(2026, 3, 7)),))
    departure = dt.date(2026, 3, 3)
    waited = arrival([*reach, shut], departure, 7)
    assert waited.stopped == 0 and waited.within(5) == pytest.approx(0) and waited.within(5.2) == pytest.approx(1)
    assert arrival([*reach, shut], departure, None).stopped == pytest.approx(1)
    short = arrival([*reach, shut], departure, 2)
    assert 0 < short.stopped < 1
    assert reopening(shut.closures, dt.date(2026, 3, 5), 2) is None  # 3 days
    assert reopening(shut.closures, dt.date(2026, 3, 6), 2) == dt.date(2026, 3, 8)


@pytest.fixture(scope="module")
def torkham(bundled_engine):
    """Wheat leaving 7 December 2026, Torkham open from 16 December in a what-if: the Termez–Torkham route by rail
    to Mazar-i-Sharif and road to Peshawar reaches Torkham on the 14th."""
    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)),
                   DEC_7)
    return tables


def _route(result, cost):
    return next(r for r in result.routes if r.cost is not None and round(r.cost) == cost)


def test_a_route_reaching_torkham_two_days_before_it_reopens_waits_for_it(torkham):
    engine = QuoteEngine(torkham)
    result = engine.quote(WHEAT)
    route = _route(result, 81271)
    assert route.available and route.corridor == "Trans-Afghan east (Termez–Torkham)"
    waits = [w for w in route.warnings if getattr(w, "template", None) in WAITS]
    assert [str(w) for w in waits] == [
        "waits 1.5 days at Torkham for it to reopen on 2026-12-16: closed from 2025-10-12 to 2026-12-15 "
        "(Pakistan–Afghanistan crossings closed to trade after the clashes of 11–13 Oct 2025; trade still suspended "
        "in Feb 2026); the cargo reaches it on 2026-12-14"]
    # the days after Torkham count from the 18th: the stops after it and the leg into Karachi
    legs = route.legs
    after = legs[[leg.to_name for leg in legs].index("Torkham") + 1]
    crossing = sum(n.days_typical for n in route.nodes if n.place_id == "torkham" and n.event != "closure_wait")
    assert after.from_name == "Torkham"
    assert after.reached_on == dt.date(2026, 12, 16) + dt.timedelta(days=int(crossing))
    assert route.days_typical == pytest.approx(19.28, abs=0.05)
    assert route.days_min <= route.days_typical <= route.days_max
    # the odds hold the cargo at Torkham: none of it is in before the route's least days
    timed = route_arrival(route, torkham, "bulk_grain", DEC_7)
    assert timed.within(route.days_min) < 0.01 and timed.stopped < 0.5


def test_the_breakdown_has_a_line_for_the_wait_and_its_lines_add_up_to_the_route(torkham):
    """The wait at Torkham is a line of the breakdown of its own, after the leg into Torkham: the days it adds,
    where and until when, and its money: each truck's holding charge and each box's detention for every typical
    day waited (PAJCCI, Torkham closed in February 2023). Without the line the route's lines came to fewer typical
    days than the route's; the wait cost nothing, though the chamber gave 6,000 PKR a truck and USD 160 a
    container a day."""
    from gui.core.route_values import WAIT_EVENT

    route = _route(QuoteEngine(torkham).quote(WHEAT), 81271)
    [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
    into = [leg.to_id for leg in route.legs].index("torkham")
    assert (wait.place_id, wait.after_leg, wait.co2e_kg) == ("torkham", into, 0.0)
    assert wait.days_typical == pytest.approx(1.48, abs=0.005) and wait.source_ids
    [leg] = [leg for leg in route.legs if leg.to_id == "torkham"]
    assert (leg.equipment_id, leg.units) == ("c40", 19)
    unit_days = 19 * wait.days_typical
    assert [(c.charge, c.basis, c.rate, c.currency) for c in wait.charges] == [
        ("truck holding charge", "per_unit_day", 6000.0, "PKR"), ("container detention", "per_unit_day", 160.0, "USD")]
    assert all(c.quantity == pytest.approx(unit_days) for c in wait.charges)
    assert wait.cost == pytest.approx(sum(c.converted for c in wait.charges)) == pytest.approx(5102.09, abs=0.01)
    assert "THENEWS_2023_TORKHAM_HOLD" in wait.source_ids
    assert "shipper-owned container pays no detention" in str(wait.estimate_note)
    for which in ("days_min", "days_typical", "days_max"):
        parts = [getattr(line, which) for line in (*route.legs, *route.nodes)]
        assert sum(parts) == pytest.approx(getattr(route, which)), which
    assert sum(line.cost for line in (*route.legs, *route.nodes)) == pytest.approx(route.cost)
    # the map draws no stop for it
    from gui.core.route_map import NODE_EVENTS_SHOWN

    assert WAIT_EVENT not in NODE_EVENTS_SHOWN


def test_a_wait_where_the_tables_have_no_fee_for_it_costs_nothing_and_says_why(torkham):
    """Without fees of a wait at the place, the line keeps its days, no money, and a note saying why."""
    from gui.core.route_values import WAIT_EVENT

    bare = dataclasses.replace(torkham, node_fees=tuple(f for f in torkham.node_fees if f.event != WAIT_EVENT))
    route = _route(QuoteEngine(bare).quote(WHEAT), 76169)
    [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
    assert (wait.cost, wait.charges) == (0.0, ())
    assert str(wait.estimate_note) == ("waits at Torkham from 2026-12-14 until it reopens on 2026-12-16; costed at "
                                       "nothing: the tables have no sourced rate for a truck or wagon held at "
                                       "Torkham")


def test_a_fee_of_a_wait_is_charged_by_the_day_and_only_it(tmp_path):
    """A fee of event closure_wait in a basis per trip would be charged once whatever the wait; a port's fee per
    unit-day would cost nothing: both are refused, naming sheet, row and column."""
    from gui.core.errors import TablesError
    from tests.fixture_tables import fixture_sheets, write_fixture

    corridors, tariffs = fixture_sheets()
    fee = dict(tariffs["node_fees"][0])
    tariffs["node_fees"] += [dict(fee, fee_id="wait-per-trip", event="closure_wait", basis="per_trip"),
                             dict(fee, fee_id="port-per-day", event="port_handling", basis="per_unit_day")]
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    said = [str(p) for p in raised.value.problems if p.sheet == "node_fees" and p.column == "basis"]
    assert len(said) == 2
    assert "expected one of per_tonne_day, per_unit_day, found 'per_trip'" in said[0]
    assert "expected one of per_tonne, per_unit, per_trip, found 'per_unit_day'" in said[1]


def test_with_the_setting_blank_the_route_is_closed_as_before(torkham):
    waiting = _route(QuoteEngine(torkham).quote(WHEAT), 81271)
    blank = dataclasses.replace(torkham, settings=dataclasses.replace(torkham.settings, max_wait_days=None))
    legs = tuple(leg.leg_id for leg in waiting.legs)
    [route] = QuoteEngine(blank).quote_paths(WHEAT, lambda path: tuple(s.leg.leg_id for s in path) == legs)
    assert not route.available and route.days_typical < waiting.days_typical
    assert "Torkham closed from 2025-10-12 to 2026-12-15" in str(route.unavailable_reason)
    assert "the cargo would reach it on 2026-12-14" in str(route.unavailable_reason)


def test_a_closure_a_month_long_stays_a_reason_the_route_cannot_be_used(bundled_engine):
    """The sample what-if closes the Khunjerab for March 2026: the China routes reach it in its first fortnight,
    weeks before it reopens, and stay closed."""
    sample = Path(__file__).resolve().parents[2] / "docs" / "what-if-torkham-tenge.json"
    data = json.loads(sample.read_text(encoding="utf-8"))
    day = dt.date(2026, 3, 1)
    tables = apply(bundled_engine.tables, scenario_from_data(data), day)
    result = QuoteEngine(tables).quote(dataclasses.replace(WHEAT, departure=day, quoted_on=day))
    china = [r for r in result.routes if "Khunjerab Pass" in r.path]
    assert china and not any(r.available for r in china)
    assert all("Khunjerab Pass closed from 2026-03-01 to 2026-04-01" in str(r.unavailable_reason) for r in china)
    assert not any(getattr(w, "template", None) in WAITS for r in result.routes for w in r.warnings)


def test_the_setting_is_read_and_a_blank_never_waits(tmp_path):
    tables = load_tables(*with_settings(tmp_path, [{"setting": "max_wait_days", "value": None}]))
    assert tables.settings == SearchSettings(max_wait_days=None)
    tables = load_tables(*with_settings(tmp_path, [{"setting": "Max Wait Days", "value": "2,5"}]))
    assert tables.settings.max_wait_days == 2.5
    assert SearchSettings().max_wait_days == 7


def test_a_blank_limit_is_said_as_never_waiting_among_the_changes(tmp_path, fixture_tables):
    from gui.core.changes import compare_tables
    from tests.fixture_tables import fixture_sheets, write_fixture

    corridors, tariffs = fixture_sheets()
    corridors["settings"] = [{"setting": "max_wait_days", "value": None}]
    lines = [str(c) for c in compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    assert lines == ["search setting changed: max_wait_days: 7 → never wait"]


def test_a_what_if_sets_the_wait_at_a_closure_as_it_sets_a_search_limit(torkham, bundled_engine):
    """max_wait_days is a what-if's limit like the search limits (it was refused: "unknown search limit"): a day
    is too short for the 2 days at Torkham, and blank never waits; each said as what it does."""
    from gui.core.scenario import LIMITS, describe

    assert "max_wait_days" in LIMITS
    opened = Change("open", "Torkham", start=dt.date(2026, 12, 16))
    for value, said, waits in ((14, "waits at most 14 days for a closure to end", True),
                               (1, "waits at most 1 day for a closure to end", False),
                               (None, "never waits for a closure to end", False)):
        change = Change("limit", "max_wait_days", value)
        assert str(describe(change)) == said
        assert scenario_from_data(Scenario("", (change,)).to_data()).changes == (change,)
        tables = apply(bundled_engine.tables, Scenario("", (opened, change)), DEC_7)
        assert tables.settings.max_wait_days == value
        routes = QuoteEngine(tables).quote(WHEAT).routes
        # the route reaching Torkham 2 days before it reopens (routes reaching it a day before wait a day)
        assert any(r.available and round(r.cost) == 81271 for r in routes) is waits
        if value is None:  # a route reaching Torkham once it is open still goes, with no wait
            assert not any(getattr(w, "template", None) in WAITS for r in routes for w in r.warnings)
    with pytest.raises(Exception, match="outside 0 to 365"):
        apply(bundled_engine.tables, Scenario("", (Change("limit", "max_wait_days", 400),)), DEC_7)


def test_a_closure_that_holds_only_the_earliest_day_moves_that_day_alone(bundled_engine):
    """Torkham open from 14 December: the route by Saryagash gets there on the 14th on its typical day, open, but
    as early as the 13th, closed. Its least days counted the cargo through a closed Torkham (9.87 days, while the
    odds held that cargo there); they now run to the day it reopens (10.73), with a line for the wait that adds
    nothing to the typical days or the money and says so. (Tashkent – Termez by rail at least 2.69 days, no longer
    the 2 of the express the calibration sheet holds: the cargo got there as early as the 12th, and waited 1.52.)"""
    from gui.core.route_values import WAIT_EVENT

    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 14)),)),
                   DEC_7)
    route = _route(QuoteEngine(tables).quote(WHEAT), 76169)
    [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
    assert route.days_min == pytest.approx(10.73, abs=0.005) and route.days_typical == pytest.approx(17.80, abs=0.005)
    assert (wait.days_typical, wait.days_max, wait.cost, wait.charges) == (0.0, 0.0, 0.0, ())
    assert wait.days_min == pytest.approx(0.86, abs=0.005)
    assert str(wait.estimate_note) == ("cargo reaching Torkham on 2026-12-13 waits until it reopens on 2026-12-14; on "
                                       "the typical day it is open, so the typical days and the money have no wait")
    for which in ("days_min", "days_typical", "days_max"):
        assert sum(getattr(line, which) for line in (*route.legs, *route.nodes)) == pytest.approx(getattr(route, which))
    assert not any(getattr(w, "template", None) in WAITS for w in route.warnings)  # "may be closed" says it


def test_the_warning_says_the_days_the_wait_adds_as_the_breakdown_does(bundled_engine):
    """3 containers of kinnow leaving Lahore on 7 December 2026, Torkham open from the 10th: the cargo reaches
    Torkham on the 7th, most of a day out, and waits 2.0 days, the days its breakdown line adds and charges. The
    warning said "waits 3 days" (the days between the dates), a day more than the route takes or pays for."""
    from gui.core.route_values import WAIT_EVENT

    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 10)),)),
                   DEC_7)
    kinnow = QuoteRequest("kinnow", "3", "containers", "Lahore", "Almaty", DEC_7, quoted_on=DEC_7)
    routes = [r for r in QuoteEngine(tables).quote(kinnow).routes
              if r.available and any(getattr(w, "template", None) in WAITS for w in r.warnings)]
    assert routes
    for route in routes:
        [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
        [said] = [str(w) for w in route.warnings if getattr(w, "template", None) in WAITS]
        assert said.startswith(f"waits {wait.days_typical:.1f} days at Torkham for it to reopen on 2026-12-10: ")
        assert said.endswith("the cargo reaches it on 2026-12-07")


def test_a_wait_the_tables_have_no_rate_for_is_said_not_included(bundled_engine):
    """Wheat leaving Kostanay on 7 December 2026, Sarakhs closed from 1 to 12 December (what-if): the Iranian routes
    wait 1.8 days at Sarakhs, where the tables have no rate for a wagon held at a closure; the line costs nothing.
    The price said it included its freight and stops and left out only "demurrage, detention and storage beyond the
    dwell times shown", as if the wait shown were paid for. It now says that the charges of that wait are not in
    it; a wait the tables price (Torkham) is said included, as before."""
    from gui.core.inclusions import inclusions
    from gui.core.report import result_to_dict

    closed = Change("close", "Sarakhs", start=dt.date(2026, 12, 1), end=dt.date(2026, 12, 12))
    tables = apply(bundled_engine.tables, Scenario("", (closed,)), DEC_7)
    document = result_to_dict(QuoteEngine(tables).quote(WHEAT))
    route = next(r for r in document["routes"] if any(n["event"] == "closure_wait" and n["days_typical"] > 0
                                                      for n in r["nodes"]))
    included, excluded = inclusions(route)
    assert "charges while the cargo waits for a closure to end at Sarakhs: the tables have no rate there" in [
        str(m) for m in excluded]
    assert not any("closure" in str(m) for m in included)
    torkham = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)),
                    DEC_7)
    document = result_to_dict(QuoteEngine(torkham).quote(WHEAT))
    route = next(r for r in document["routes"] if round(r["cost"] or 0) == 81271)
    included, excluded = inclusions(route)
    assert "wait for a closure to end: truck holding charge, container detention" in [str(m) for m in included]
    assert not any("closure" in str(m) for m in excluded)


def test_one_wait_is_said_once_though_two_closures_end_with_it(bundled_engine):
    """`--close Torkham --open Torkham:2026-12-20`, wheat leaving Kostanay on 7 December 2026: the tables' closure
    (since 12 October 2025) and the what-if's (from the 7th) both end on the 19th, and the cargo waits once, its
    breakdown one line of 2.8 days. The route said two waits: "waits 2.8 days at Torkham … closed from 2025-10-12
    to 2026-12-19 (Pakistan–Afghanistan crossings …)" and "waits 2.8 days at Torkham … closed from 2026-12-07 to
    2026-12-19 (what-if …)". It says one, of the closure that began first."""
    from gui.core.route_values import WAIT_EVENT

    scenario = Scenario("", (Change("close", "Torkham"), Change("open", "Torkham", start=dt.date(2026, 12, 20))))
    tables = apply(bundled_engine.tables, scenario, DEC_7)
    routes = [r for r in QuoteEngine(tables).quote(WHEAT).routes if r.available and "Torkham" in r.path]
    assert routes
    for route in routes:
        [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
        said = [str(w) for w in route.warnings if getattr(w, "template", None) in WAITS]
        assert len(said) == 1, said
        assert said[0].startswith(f"waits {wait.days_typical:.1f} days at Torkham for it to reopen on 2026-12-20: "
                                  "closed from 2025-10-12 to 2026-12-19 (Pakistan–Afghanistan crossings")


def test_a_wait_with_fees_keeps_its_dates_in_its_note(torkham):
    """The note of a wait the tables have fees for gave the fees' notes and lost where and until when it waits."""
    from gui.core.route_values import WAIT_EVENT

    route = _route(QuoteEngine(torkham).quote(WHEAT), 81271)
    [wait] = [n for n in route.nodes if n.event == WAIT_EVENT]
    assert str(wait.estimate_note) == ("waits at Torkham from 2026-12-14 until it reopens on 2026-12-16; a shipping "
                                       "line's box: a shipper-owned container pays no detention")


def test_a_yearly_closure_the_cargo_may_meet_is_said_in_the_year_it_meets_it():
    """A holiday closing a crossing one day a year (1 May): the cargo passes between 1 and 15 May 2027, typically
    on the 3rd, when it is open. The warning gave the next closure after the typical day, 1 May 2028; it is the
    one the cargo may meet, on 1 May 2027, said as one day."""
    from gui.core.closures import _warning_said

    holiday = closure(dt.date(2000, 5, 1), dt.date(2000, 5, 1), every_year=True)
    said = str(_warning_said(holiday, ("Khorgos",), dt.date(2027, 5, 1), dt.date(2027, 5, 3),
                             dt.date(2027, 5, 15), DEC_7))
    assert "closed on 2027-05-01" in said and "2028" not in said, said
    winter = closure(dt.date(2000, 11, 30), dt.date(2000, 4, 1), every_year=True, closed=False)  # over New Year
    said = str(_warning_said(winter, ("Khunjerab",), dt.date(2027, 3, 28), dt.date(2027, 4, 3),
                             dt.date(2027, 4, 20), DEC_7))
    assert "from 2026-11-30 to 2027-04-01" in said, said
    said = str(_warning_said(winter, ("Khunjerab",), dt.date(2027, 1, 5), dt.date(2027, 1, 9),
                             dt.date(2027, 1, 20), DEC_7))
    assert "from 2026-11-30 to 2027-04-01" in said, said


def test_rows_of_one_reason_met_on_several_days_are_one_warning():
    """Three yearly one-day closures of one reason at one crossing (1, 7 and 9 May), all within the days the cargo
    may pass: one line with the three days in order, not three lines that differ in a date; a row of another reason
    keeps its own line."""
    from gui.core.closures import Hit, judge

    when = (dt.date(2027, 5, 1), dt.date(2027, 5, 3), dt.date(2027, 5, 15))
    days = [dataclasses.replace(closure(dt.date(2000, 5, day), dt.date(2000, 5, day), every_year=True),
                                closure_id=f"may-{day}", reason="holiday") for day in (9, 1, 7)]
    other = dataclasses.replace(closure(dt.date(2027, 5, 10), dt.date(2027, 5, 11)), reason="works")
    reasons, warnings = judge([Hit(c, "Khorgos", when) for c in (*days, other)], DEC_7)
    said = [str(w) for w in warnings]
    assert not reasons and len(said) == 2, said
    assert "closed on 2027-05-01, on 2027-05-07, on 2027-05-09 (holiday)" in said[0], said
    assert "from 2027-05-10 to 2027-05-11 (works)" in said[1], said
