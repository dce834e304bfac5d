"""The booth's questions answered by the core: what-if scenarios laid over the bundled tables, goals with their
reasons and what binds, shelf life and money in transit; each figure checked against the quote of the tables as
they are, worked out by hand from its lines."""
from __future__ import annotations

import dataclasses
import json
import math
import datetime as dt

import pytest

from gui.core.decide import Decider
from gui.core.goal_search import route_key
from gui.core.decide_report import add_decision, delta_text, price_list_row, signed_points
from gui.core.errors import InputError
from gui.core.goal_reading import parse_ceiling, parse_modes
from gui.core.goals import Goals
from gui.core.report import result_to_dict, result_to_text
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario, describe
from gui.core.scenario_tables import apply
from gui.core.scenario_file import read_scenario
from gui.core.terms import Terms

DEPARTURE = dt.date(2026, 3, 1)
WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEPARTURE)


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


def by_key(result):
    return {route_key(route): route for route in result.routes}


def test_the_sample_scenario_file_reads_and_writes_back_the_same(tmp_path):
    from tests.core.test_cli import ROOT

    scenario = read_scenario(ROOT / "docs" / "what-if-torkham-tenge.json")
    assert scenario.name == "Torkham reopens, tenge −15 %" and len(scenario.changes) == 6
    assert Scenario.from_data(scenario.to_data()) == scenario
    broken = tmp_path / "broken.json"
    broken.write_text('{"changes": [{"open": "Torkham"}, {"add_days": "Bandar Abbas", "days": "three"}]}')
    with pytest.raises(InputError) as error:
        read_scenario(broken)
    assert error.value.field == "scenario" and str(error.value.message) == \
        "what-if change 2: expected a number, not 'three'"
    broken.write_text('{"changes": [{"scale_rates": "KZ", "value": 1.3}]}')  # the key a change needs, named
    with pytest.raises(InputError) as error:
        read_scenario(broken)
    assert str(error.value.message) == "what-if change 1: 'scale_rates' needs 'factor', a number"
    broken.write_text("not json")
    with pytest.raises(InputError, match="broken.json is not a scenario file"):
        read_scenario(broken)


def test_reopening_torkham_brings_back_the_trans_afghan_route_at_its_price(decider):
    decision = decider.decide(WHEAT, Scenario("Torkham reopens", (Change("open", "Torkham"),)))
    base = by_key(decision.base)
    opened = [(i, r) for i, r in enumerate(decision.result.routes) if decision.routes[i].delta.change == "opens"]
    assert opened, "the Termez–Torkham route opens"
    for index, route in opened:
        assert route.available and "Torkham" in route.path
        before = base.get(route_key(route))  # shown as the tables are (closed), or priced on them for the what-if
        assert before is None or not before.available and route.cost == pytest.approx(before.cost)
        # what it would cost if it reopened
        assert decision.routes[index].delta.base_cost == pytest.approx(route.cost)
        assert decision.routes[index].delta.cost == pytest.approx(0.0)
    # the tables themselves are untouched
    assert any(c.target_id == "torkham" and c.closed for c in decider.tables.closures)


def test_an_old_rate_only_a_reopened_route_uses_is_named_with_its_currency_and_route(decider):
    # Torkham reopened: the afghani's rate of 2024 is used by one Trans-Afghan route, not by the one recommended;
    # the quote said "exchange rates of 2024-09-28 (792 days old)" as if of every rate
    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7), quoted_on=dt.date(2026, 11, 29))
    decision = decider.decide(request, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 1)),)))
    routes = decision.result.routes
    afghani = [number for number, route in enumerate(routes, 1) if "AFN" in route.currencies]
    assert len(afghani) == 1 and decision.recommended + 1 not in afghani
    stale = next(str(w) for w in decision.result.warnings if str(w).startswith("older than 90 days: "))
    assert stale.startswith(f"older than 90 days: exchange rate of AFN/USD of 2024-09-28 (792 days old), used only "
                            f"by {afghani[0]}. {routes[afghani[0] - 1].corridor}; also ")


def test_a_road_surcharge_raises_each_route_by_the_surcharge_on_its_road_legs(decider):
    decision = decider.decide(WHEAT, Scenario("diesel", (Change("road_surcharge", value=10.0),)))
    base = by_key(decision.base)
    checked = 0
    for index, route in enumerate(decision.result.routes):
        before = base.get(route_key(route))
        if before is None or route.cost is None or before.cost is None:
            continue
        road = sum(leg.cost for leg in before.legs if leg.mode == "road")
        # each charge is rounded to the cent, with the surcharge and without: half a cent each at most
        cent = 0.01 * max(1, sum(len(leg.charges) for leg in before.legs if leg.mode == "road"))
        assert route.cost - before.cost == pytest.approx(0.10 * road, abs=cent)
        assert decision.routes[index].delta.cost == pytest.approx(0.10 * road, abs=cent)
        checked += bool(road)
        for leg in route.legs:
            if leg.mode == "road":  # the scaled rate says so: marked ≈, with its working
                assert all("road fuel surcharge +10 %" in c.estimate_note for c in leg.charges)
    assert checked >= 3


def test_days_added_at_a_place_with_two_stops_are_added_once(bundled_engine):
    """"+3 days at Sarakhs": a route there stops twice (the border, then the gauge change) and took 6 days more;
    the days go to the first of its stops, once, and a bound of the search still holds them."""
    from gui.core.quote import QuoteEngine

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    before = bundled_engine.quote(request)
    tables = apply(bundled_engine.tables, Scenario("t", (Change("add_days", "Sarakhs", 3.0),)), request.departure)
    after = QuoteEngine(tables).quote(request)

    def key(route):
        return tuple((leg.leg_id, leg.equipment_id) for leg in route.legs)

    pairs = [(o, n) for o in before.routes for n in after.routes if key(o) == key(n) and "sarakhs" in o.place_ids]
    assert pairs
    for old, new in pairs:
        assert [n.event for n in new.nodes if n.place_id == "sarakhs"] == ["border_crossing", "gauge_change"]
        assert (new.days_min, new.days_typical, new.days_max) == pytest.approx(
            (old.days_min + 3, old.days_typical + 3, old.days_max + 3))
        border = {(n.place_id, n.event): n for n in new.nodes}[("sarakhs", "border_crossing")]
        assert "what-if" in border.estimate_note or "+3" in border.estimate_note


def test_days_at_a_port_a_closure_from_a_date_and_a_country_s_rail_rates(decider):
    scenario = Scenario("", (Change("add_days", "Bandar Abbas", 3.0),
                             Change("scale_rates", "KZ", 2.0, mode="rail"),
                             Change("close", "Zahedan", start=dt.date(2026, 3, 1))))
    decision = decider.decide(WHEAT, scenario)
    base = by_key(decision.base)
    sea = next(r for r in decision.result.routes if r.corridor == "Iran rail + sea (Bandar Abbas)")
    before = base[route_key(sea)]
    # one stop at Bandar Abbas (port handling): three days more at its minimum, typical and maximum
    assert (sea.days_min, sea.days_typical, sea.days_max) == pytest.approx(
        (before.days_min + 3, before.days_typical + 3, before.days_max + 3))
    # the Kazakh rail legs cost twice as much; the legs beyond Kazakhstan as before
    kz = {"kostanay", "beineu", "uzen", "bolashak"}
    for leg, old in zip(sea.legs, before.legs):
        factor = 2.0 if leg.mode == "rail" and leg.from_id in kz and leg.to_id in kz else 1.0
        assert leg.cost == pytest.approx(old.cost * factor)
    overland = next(r for r in decision.result.routes if r.corridor.startswith("Iran overland"))
    assert not overland.available and "Zahedan closed since 2026-03-01" in overland.unavailable_reason
    assert "what-if" in overland.unavailable_reason
    assert decision.routes[decision.result.routes.index(overland)].delta.change == "closes"


def test_the_tenge_falling_15_percent_moves_its_rate_and_not_the_users_request(decider):
    request = dataclasses.replace(WHEAT, currency="KZT")
    decision = decider.decide(request, Scenario("tenge", (Change("fx_change", "KZT", -15.0),)))
    table = decider.engine.fx.rate("KZT", DEPARTURE).units_per_usd
    used = next(fx for fx in decision.result.fx if fx.currency == "KZT")
    assert used.units_per_usd == pytest.approx(table / 0.85, abs=0.005) and used.overridden
    assert decision.result.request == request  # a saved quote keeps the user's own rates; the scenario its own
    base = by_key(decision.base)
    route = decision.result.routes[0]
    assert route.cost == pytest.approx(base[route_key(route)].cost / 0.85, rel=1e-5)  # route 1's charges are USD
    # on top of a rate the user set, the shift starts from the user's rate
    own = dataclasses.replace(request, fx_overrides=(("KZT", 500.0),))
    shifted = decider.decide(own, Scenario("tenge", (Change("fx_change", "KZT", -15.0),)))
    assert next(fx for fx in shifted.result.fx if fx.currency == "KZT").units_per_usd == 588.24  # 500 / 0.85


def test_a_rate_the_what_if_shifts_from_the_tables_is_still_named_as_old(decider):
    # quoted on 30 November 2026, the tenge's rate in the tables is of 23 January: the warning named KZT/USD first
    # (311 days old), but under "the tenge falls 15 %" only PKR/USD and CHF/USD, though 592.18 is 503.35 shifted
    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7), quoted_on=dt.date(2026, 11, 30))
    old = "older than 90 days: exchange rate of KZT/USD of 2026-01-23 (311 days old)"
    base = [str(w) for w in decider.decide(request).result.warnings]
    assert any(w.startswith(old) for w in base)
    shifted = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -15.0),))).result.warnings
    said = [str(w) for w in shifted]
    assert any(w.startswith(old) for w in said), said
    assert [w for w in said if w.startswith("older than")] == [w for w in base if w.startswith("older than")]
    assert said.index(next(w for w in said if w.startswith("older"))) == base.index(next(
        w for w in base if w.startswith("older")))  # in the same place among the warnings
    # a rate the what-if sets outright is its own figure, not the table's: not old
    outright = decider.decide(request, Scenario("", (Change("fx", "KZT", 600.0),))).result.warnings
    assert not any("KZT/USD of 2026-01-23" in str(w) for w in outright)


def test_a_change_on_a_leg_no_route_takes_is_said_as_one_at_a_place_is(decider):
    # wheat Kostanay → Almaty: no route takes the Caspian ferry, and "Aktau–Baku +3 days" left every route as before
    # with no word why, where "Aktau +3 days" says that none of them stops there
    request = dataclasses.replace(WHEAT, destination="Almaty", departure=dt.date(2026, 12, 7))
    for change, said in ((Change("add_days", "Aktau–Baku", 3.0), "Aktau–Baku +3 days"),
                         (Change("scale_rates", "Aktau–Baku", 3.0), "Aktau–Baku rates × 3")):
        decision = decider.decide(request, Scenario("", (change,)))
        assert all(d.delta.change == "unchanged" for d in decision.routes)
        assert f"what-if change 1, {said}, changes no route: none of them takes the leg Aktau–Baku (Alat)" in \
            [str(w) for w in decision.result.warnings]
    # a leg a route takes is not said so
    taken = decider.decide(request, Scenario("", (Change("add_days", "Astana–Almaty", 1.0),)))
    assert not any("changes no route" in str(w) for w in taken.result.warnings)


def test_a_wrong_change_names_its_number_and_the_closest_place(decider):
    with pytest.raises(InputError) as error:
        decider.decide(WHEAT, Scenario("", (Change("open", "Torkham"), Change("close", "Torkam"))))
    assert error.value.field == "scenario" and "what-if change 2: unknown place 'Torkam'" in str(error.value)
    assert error.value.suggestions == ("Torkham",)
    with pytest.raises(InputError, match="what-if change 1: Bandar Abbas is not closed in the tables"):
        decider.decide(WHEAT, Scenario("", (Change("open", "Bandar Abbas"),)))
    with pytest.raises(InputError, match="what-if change 1: 0 is outside 0.01 to 100"):
        apply(decider.tables, Scenario("", (Change("scale_rates", "KZ", 0.0),)), DEPARTURE)


def test_a_change_given_twice_is_refused_naming_the_first(decider):
    """The What if dialog's Add pressed twice, or a flag repeated: "open Torkham" twice said "what-if change 2:
    Torkham is not closed in the tables: nothing to open" (it is: change 1 had opened it), and "+2 days at
    Sarakhs" twice quoted 4 days, both listed with nothing said."""
    for change in (Change("open", "Torkham"), Change("add_days", "Sarakhs", 2.0),
                   Change("scale_rates", "KZ", 1.1), Change("close", "Khunjerab", start=dt.date(2026, 3, 5))):
        with pytest.raises(InputError) as error:
            decider.decide(WHEAT, Scenario("", (change, Change("road_surcharge", value=5.0), change)))
        assert str(error.value) == "what-if change 3: it is the same as change 1: give a change once"
    # the same place with other figures is another change
    assert decider.decide(WHEAT, Scenario("", (Change("add_days", "Sarakhs", 2.0),
                                               Change("add_days", "Sarakhs", 1.0)))).scenario.active


def test_a_place_closed_and_opened_on_the_same_day_is_refused_naming_it(decider):
    # "--close Torkham --open Torkham" said both changes and left Torkham closed: the opening lifts only the
    # tables' closures, not the scenario's own
    for changes in ((Change("close", "Torkham"), Change("open", "Torkham")),
                    (Change("open", "Torkham"), Change("close", "Torkham"))):
        with pytest.raises(InputError) as error:
            decider.decide(WHEAT, Scenario("", changes))
        number, closed = (2, 1) if changes[0].kind == "close" else (1, 2)
        assert str(error.value) == (f"what-if change {number}: it opens Torkham on 2026-03-01, when change {closed} "
                                    "has it closed: keep one of the two, or date them apart")
    # opened from the departure (no date) while the what-if has it closed since before; or on the day it closes
    for changes in ((Change("close", "Torkham", start=dt.date(2026, 2, 20)), Change("open", "Torkham")),
                    (Change("close", "Torkham", start=dt.date(2026, 3, 10)),
                     Change("open", "Torkham", start=dt.date(2026, 3, 10)))):
        day = changes[1].start or DEPARTURE
        with pytest.raises(InputError, match=f"it opens Torkham on {day.isoformat()}, when change 1 has it closed"):
            apply(decider.tables, Scenario("", changes), DEPARTURE)
    # open now and close again from a later day (as --open's help says), or open after the closure ends: kept
    for changes in ((Change("open", "Torkham"), Change("close", "Torkham", start=dt.date(2026, 4, 1))),
                    (Change("close", "Torkham", start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 9)),
                     Change("open", "Torkham", start=dt.date(2026, 3, 10)))):
        apply(decider.tables, Scenario("", changes), DEPARTURE)
    # closed now, reopening on a later day: the what-if's own closure ends the day before, whichever comes first
    for changes in ((Change("close", "Khunjerab"), Change("open", "Khunjerab", start=dt.date(2026, 3, 20))),
                    (Change("open", "Khunjerab", start=dt.date(2026, 3, 20)), Change("close", "Khunjerab"))):
        closures = apply(decider.tables, Scenario("", changes), DEPARTURE).closures
        own = [c for c in closures if c.closure_id.startswith("what-if-")]
        assert [(c.target_id, c.start, c.end) for c in own] == [("khunjerab", DEPARTURE, dt.date(2026, 3, 19))]


def test_a_place_opened_from_two_days_is_refused_naming_both(decider):
    # "--open Torkham:2026-12-18 --open Torkham:2026-12-14" opened Torkham from the 14th, both listed
    for first, second in ((dt.date(2026, 3, 18), dt.date(2026, 3, 14)), (None, dt.date(2026, 3, 14))):
        changes = (Change("open", "Torkham", start=first), Change("open", "Torkham", start=second))
        with pytest.raises(InputError) as error:
            apply(decider.tables, Scenario("", changes), DEPARTURE)
        assert str(error.value) == (f"what-if change 2: it opens Torkham from 2026-03-14, when change 1 opens it "
                                    f"from {(first or DEPARTURE).isoformat()}: keep one of the two dates, or close it "
                                    "between them")
    # open now, closed from the 15th, open again from the 20th: the second opening ends the what-if's closure
    for changes in ((Change("open", "Torkham"), Change("close", "Torkham", start=dt.date(2026, 3, 15)),
                     Change("open", "Torkham", start=dt.date(2026, 3, 20))),
                    (Change("open", "Torkham"), Change("open", "Torkham", start=dt.date(2026, 3, 20)),
                     Change("close", "Torkham", start=dt.date(2026, 3, 15)))):
        closed = [c for c in apply(decider.tables, Scenario("", changes), DEPARTURE).closures
                  if c.closure_id.startswith("what-if-")]
        assert [(c.start, c.end) for c in closed] == [(dt.date(2026, 3, 15), dt.date(2026, 3, 19))]


@pytest.mark.parametrize(("first", "second"), [
    (Change("open", "Torkham"), Change("open", "torkham")),
    (Change("open", "Torkham"), Change("open", "Торхам")),  # its Russian name
    (Change("close", "Khunjerab"), Change("close", "Khunjerab", start=DEPARTURE)),  # closed from the departure
    (Change("add_days", "Sarakhs", 2.0), Change("add_days", " SARAKHS ", 2.0)),
    (Change("scale_rates", "KZ", 1.1), Change("scale_rates", "Kazakhstan", 1.1)),
])
def test_a_change_said_again_in_other_words_is_the_same_change(decider, first, second):
    # "--close Torkham --close torkham" added two closures where "--close Torkham" twice was refused; "+2 days at
    # Sarakhs" and at "SARAKHS" quoted 4 days
    with pytest.raises(InputError) as error:
        apply(decider.tables, Scenario("", (first, second)), DEPARTURE)
    assert str(error.value) == "what-if change 2: it is the same as change 1: give a change once"


@pytest.mark.parametrize(("first", "second", "said"), [
    (Change("limit", "max_detour", 2.0), Change("limit", "max_detour", 3.0),
     "it says search limit: route length ≤ 3 × the shortest, when change 1 says search limit: route length ≤ 2 × "
     "the shortest"),
    (Change("limit", "max_detour", 2.0), Change("limit", "max_detour", None),
     "it says no search limit on route length, when change 1 says search limit: route length ≤ 2 × the shortest"),
    (Change("fx", "KZT", 500.0), Change("fx", "KZT", 520.0),
     "it says KZT at 520 per USD, when change 1 says KZT at 500 per USD"),
    (Change("fx_change", "KZT", -15.0), Change("fx", "KZT", 520.0),
     "it says KZT at 520 per USD, when change 1 says KZT −15 % against the USD"),
])
def test_a_limit_or_a_rate_set_twice_is_refused_naming_both(decider, first, second, said):
    # the later took the place of the first, both listed: max_detour 3, KZT at 520 with the −15 % dropped
    with pytest.raises(InputError) as error:
        apply(decider.tables, Scenario("", (first, second)), DEPARTURE)
    assert str(error.value) == f"what-if change 2: {said}: keep one of the two"
    # a shift from a rate the what-if sets moves that rate; two shifts add up (scenario_fx.fx_shifts)
    for changes in ((Change("fx", "KZT", 500.0), Change("fx_change", "KZT", -10.0)),
                    (Change("fx_change", "KZT", -15.0), Change("fx_change", "KZT", 10.0))):
        apply(decider.tables, Scenario("", changes), DEPARTURE)


def test_road_only_finds_the_road_routes_and_says_why_the_others_miss(decider):
    decision = decider.decide(WHEAT, goals=Goals(modes=parse_modes("road")))
    result = decision.result
    road_only = [i for i, r in enumerate(result.routes) if r.available and all(leg.mode == "road" for leg in r.legs)]
    assert len(road_only) >= 2  # one the quote of all modes shows, one the goal's own search adds
    plain = decider.engine.quote(WHEAT)
    assert len(result.routes) > len(plain.routes)
    assert decision.recommended == min(road_only, key=lambda i: result.routes[i].cost)
    for index, route in enumerate(result.routes):
        reason = decision.routes[index].excluded_reason
        if index in road_only or not route.available:
            assert reason is None
        else:
            assert str(reason).startswith("goes by ") and str(reason).endswith("; allowed: road")
    assert parse_modes("no-sea") == ("road", "rail", "pipeline")
    for nothing in ("road,no-road", "", " , "):  # no mode left is an error, never "any mode"
        with pytest.raises(InputError, match="allow at least one mode"):
            parse_modes(nothing)


def test_a_route_a_day_late_is_said_one_day_late(decider):
    """By 26 March at 90 %, for at most 56,000 USD (23 March before the change of gauge at Etrek and Sarakhs was
    timed on its own, 21 March before a box landed at Karachi stayed a week instead of 2 days): the earliest route
    within the ceiling is a day late, and the binding goal read "…, 1 days late"; a what-if's one day more read
    "Sarakhs +1 days"."""
    from gui.core.scenario import describe

    decision = decider.decide(WHEAT, goals=Goals(arrive_by=dt.date(2026, 3, 26), max_cost=56_000))
    binding = str(decision.binding)
    assert ", 1 day late" in binding and "1 days late" not in binding
    assert str(describe(Change("add_days", "Sarakhs", 1.0))) == "Sarakhs +1 day"
    # days taken off stop at 0 for each stop and leg: "-30 days" at a stop of a day takes a day, and says so
    assert str(describe(Change("add_days", "Sarakhs", -1.0))) == "Sarakhs −1 day (none below 0)"
    assert str(describe(Change("add_days", "Khunjerab", -30.0))) == "Khunjerab −30 days (none below 0)"
    assert str(describe(Change("add_days", "Sarakhs", 1.5))) == "Sarakhs +1.5 days"


def test_nothing_qualifies_says_which_goal_binds_and_by_how_much(decider):
    arrive_by = dt.date(2026, 3, 12)
    decision = decider.decide(WHEAT, goals=Goals(arrive_by=arrive_by, max_cost=57_000))
    assert decision.recommended is None
    # of the routes within the ceiling, the one sure to arrive first
    within = [i for i, r in enumerate(decision.result.routes) if r.available and r.cost <= 57_000]
    earliest = min(within, key=lambda i: decision.routes[i].odds.sure_by)
    first = decision.routes[earliest].odds
    late = (first.sure_by - arrive_by).days
    assert late > 0 and len(within) >= 2
    assert str(decision.binding) == (
        f"no route meets every goal: the earliest route meeting the other goals, {earliest + 1}. "
        f"{decision.result.routes[earliest].corridor}, arrives with 90 % certainty only by "
        f"{first.sure_by.isoformat()}, {late} days late")
    # the ceiling binds once the date is easy: the cheapest route arriving in time, and how far over
    easy = decider.decide(WHEAT, goals=Goals(arrive_by=dt.date(2026, 4, 30), max_cost=30_000))
    cheapest = easy.result.routes[0]
    over = round((cheapest.cost / 30_000 - 1) * 100)
    assert str(easy.binding) == ("no route meets every goal: the cheapest route meeting the other goals, 1. Iran "
                                 f"rail + sea (Bandar Abbas), costs {cheapest.cost:,.0f} USD, {over} % over the "
                                 "ceiling")
    alone = decider.decide(WHEAT, goals=Goals(max_cost=30_000))
    assert str(alone.binding).startswith("no route meets every goal: the cheapest open route, 1. Iran rail")


def test_a_goal_no_open_route_meets_says_what_the_limits_keep_out_of_the_goal_s_own_search(decider):
    # garments Lahore → Tashkent in December: the open routes all cross China, the Afghan ones are closed; a
    # search on the legs outside China finds routes through Iran only past max_stretch_detour, and says so
    garments = QuoteRequest("garments", "1", "containers", "Lahore", "Tashkent", dt.date(2026, 12, 7))
    decision = decider.decide(garments, goals=Goals(avoid=("CN",)))
    assert decision.recommended is None
    assert str(decision.binding) == "no route meets every goal: every open route of the quote passes China"
    hidden = [str(w) for w in decision.result.limit_warnings]
    assert any(w.startswith("Iran rail + sea (Bandar Abbas): a usable route exists") and "in different countries" in w
               for w in hidden)
    assert len(hidden) == len(set(hidden))
    # the quote without the goal says it too since its one open route, the road over Irkeshtam, is charged at the
    # Uzbek, Kyrgyz and Chinese CAREC costs (6,707 USD, 6,064 before): the Iranian routes past the limit are cheaper
    plain = [str(w) for w in decider.engine.quote(garments).limit_warnings if "Iran" in str(w)]
    assert plain and all(w in hidden for w in plain)


def test_a_goal_is_said_to_keep_every_route_out_only_where_no_open_route_meets_it(decider):
    # road only at most 400 USD/t, garments Karachi → Almaty: road routes are open but too dear, and cheap routes
    # miss only the mode goal; "no open route goes by road only" was said of them all the same
    garments = QuoteRequest("garments", "20", "t", "Karachi", "Almaty", dt.date(2026, 12, 10))
    decision = decider.decide(garments, goals=Goals(modes=("road",), max_cost=400, max_cost_per_tonne=True))
    routes, misses = decision.result.routes, [d.excluded_reason for d in decision.routes]
    usable = [i for i, r in enumerate(routes) if r.available and r.cost is not None]
    road = [i for i in usable if all(leg.mode == "road" for leg in routes[i].legs)]
    assert decision.recommended is None and road
    binding = str(decision.binding)
    assert "no open route of the quote goes by road only" not in binding
    by_mode = min((i for i in usable if str(misses[i]).startswith("goes by ") and "costs" not in str(misses[i])),
                  key=lambda i: routes[i].cost)
    modes = str(misses[by_mode]).removeprefix("goes by ").removesuffix("; allowed: road")
    too_dear = min(road, key=lambda i: routes[i].cost)
    assert binding == (f"no route meets every goal: the cheapest route meeting the other goals, {by_mode + 1}. "
                       f"{routes[by_mode].corridor}, goes by {modes}; the cheapest route meeting the other goals, "
                       f"{too_dear + 1}. {routes[too_dear].corridor}, costs {routes[too_dear].cost_per_tonne:,.2f} "
                       f"USD/t, {round((routes[too_dear].cost_per_tonne / 400 - 1) * 100)} % over the ceiling")
    # avoiding Iran for at most 56,000 USD: the cheap Iranian routes miss only the avoiding, others only the ceiling
    decision = decider.decide(WHEAT, goals=Goals(avoid=("IR",), max_cost=56_000))
    routes = decision.result.routes
    assert any(r.available and "IR" not in {decider.tables.places[p].country for p in r.place_ids} for r in routes)
    assert str(decision.binding).startswith("no route meets every goal: the cheapest route meeting the other goals, "
                                            f"1. {routes[0].corridor}, passes Iran; ")
    # each open route crosses China or Iran, none both: "passes China, Iran" would say each passes both
    garments = QuoteRequest("garments", "1", "containers", "Lahore", "Tashkent", dt.date(2026, 12, 7))
    decision = decider.decide(garments, goals=Goals(avoid=("CN", "IR")))
    assert str(decision.binding) == "no route meets every goal: every open route of the quote passes one or more " \
                                    "of China, Iran"


@pytest.mark.parametrize(("avoid", "said", "suggested"), [
    ("Torkam", "unknown place 'Torkam'; did you mean Torkham?", ("Torkham",)),  # was: is neither a place nor …
    ("stana", "place 'stana' is ambiguous: Astana, Kostanay", ("Astana", "Kostanay")),  # was: is neither …
    ("XX", "'XX' is neither a place nor a country code of the tables", ()),
])
def test_a_place_to_avoid_mistyped_is_answered_as_every_place_field(decider, avoid, said, suggested):
    from gui.core.goal_reading import avoided

    with pytest.raises(InputError) as raised:
        avoided(decider.tables, Goals(avoid=(avoid,)))
    assert (raised.value.field, str(raised.value.message), raised.value.suggestions) == ("avoid", said, suggested)


def test_no_route_meeting_the_other_goals_arrives_is_not_said_of_every_open_route():
    from types import SimpleNamespace

    from gui.core.deliver import RouteOdds
    from gui.core.goals import judge

    def route(corridor, cost):
        return SimpleNamespace(corridor=corridor, available=True, cost=cost, cost_per_tonne=cost / 10, legs=(),
                               place_ids=(), days_typical=10.0, days_max=12.0)

    # the cheap route never arrives with 90 % certainty (a closure stops it); the dear one arrives, a day late
    result = SimpleNamespace(routes=(route("Cheap", 100.0), route("Dear", 900.0)), currency="USD",
                             cargo=SimpleNamespace(shelf_life_days=None))
    goals = Goals(arrive_by=dt.date(2026, 3, 10), max_cost=500)
    odds = (RouteOdds(0.2, None, 0.8), RouteOdds(0.5, dt.date(2026, 3, 11), 0.0))
    verdict = judge(result, None, goals, odds)
    assert str(verdict.binding) == ("no route meets every goal: no route meeting the other goals arrives with 90 % "
                                    "certainty: closures on the way stop them")
    alone = judge(result, None, Goals(arrive_by=dt.date(2026, 3, 10)), (odds[0], RouteOdds(0.2, None, 0.8)))
    assert str(alone.binding) == ("no route meets every goal: no open route arrives with 90 % certainty: closures on "
                                  "the way stop the rest")


def test_the_cheapest_with_90_percent_on_time_is_recommended(decider):
    arrive_by = dt.date(2026, 3, 20)
    decision = decider.decide(WHEAT, goals=Goals(arrive_by=arrive_by))
    routes = decision.result.routes
    meeting = [i for i, d in enumerate(decision.routes) if d.odds is not None and d.odds.on_time >= 0.9]
    assert decision.recommended == min(meeting, key=lambda i: routes[i].cost)
    for decided in decision.routes:
        if decided.odds is not None and decided.odds.on_time < 0.9:
            assert "on time by 2026-03-20, under the 90 % asked" in str(decided.excluded_reason)
    with pytest.raises(InputError) as error:
        decider.decide(WHEAT, goals=Goals(arrive_by=DEPARTURE - dt.timedelta(days=1)))
    assert error.value.field == "arrive_by"


def test_lowest_co2e_within_a_margin_of_the_cheapest(decider):
    decision = decider.decide(WHEAT, goals=Goals(co2_within_pct=200))
    routes = decision.result.routes
    cheapest = min((r.cost for r in routes if r.available and r.cost is not None))
    within = [i for i, r in enumerate(routes) if r.available and r.cost is not None and r.cost <= 3 * cheapest]
    assert decision.recommended == min(within, key=lambda i: routes[i].co2e_kg)
    for index, route in enumerate(routes):
        if route.available and route.cost is not None and index not in within:
            assert "% more than the cheapest route meeting the goals (200 % allowed" in \
                str(decision.routes[index].excluded_reason)


def test_perishables_are_flagged_and_money_in_transit_counted(decider):
    citrus = QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", DEPARTURE)
    terms = Terms(goods_value="600", goods_basis="per_tonne", goods_currency="USD")
    decision = decider.decide(citrus, goals=Goals(capital_rate_pct=12.0), terms=terms)
    tonnes = decision.result.load.tonnes
    assert decision.goods_value == pytest.approx(600 * tonnes)
    flagged = 0
    for index, route in enumerate(decision.result.routes):
        decided = decision.routes[index]
        if route.days_max > 21:
            flagged += 1
            # whole days, or a tenth rounded up where whole days would read no longer than the fruit keeps
            longest = f"{route.days_max:,.0f}" if round(route.days_max) > 21 else \
                f"{math.ceil(route.days_max * 10) / 10:.1f}"
            assert str(decided.shelf_life) == (f"may take up to {longest} days; the shelf life of citrus "
                                               "(kinnow) is about 21 days (in the tables)")
            assert not str(decided.shelf_life).startswith("may take up to 21 days")
        else:
            assert decided.shelf_life is None
        if route.cost is not None:
            assert decided.capital == pytest.approx(600 * tonnes * 0.12 * route.days_typical / 365)
            assert decision.economic_cost(index) == pytest.approx(route.cost + decided.capital)
    assert flagged


def test_a_perishable_is_recommended_the_cheapest_route_it_keeps_over(decider):
    """With no goals, the cheapest route may outlast the fruit: the recommendation is the cheapest that does not,
    and says which cheaper route it was chosen over and why; a cargo without a shelf life gets the cheapest."""
    citrus = decider.decide(QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", dt.date(2026, 12, 7)))
    routes = citrus.result.routes
    usable = [i for i, r in enumerate(routes) if r.available and r.cost is not None]
    cheapest = min(usable, key=lambda i: routes[i].cost)
    fresh = min((i for i in usable if routes[i].days_max <= 21), key=lambda i: routes[i].cost)
    assert routes[cheapest].days_max > 21 and citrus.recommended == fresh != cheapest
    # named apart from another route of its corridor through the same places, by the mode it leaves them by
    assert any(i != cheapest and r.corridor == routes[cheapest].corridor and r.place_ids == routes[cheapest].place_ids
               for i, r in enumerate(routes))
    assert str(citrus.passed_over) == (f"chosen over {cheapest + 1}. {routes[cheapest].corridor} · by rail from "
                                       f"Kashgar, which is cheaper but may take up to "
                                       f"{routes[cheapest].days_max:,.0f} days; the shelf life of citrus (kinnow) is "
                                       "about 21 days")
    document = add_decision(result_to_dict(citrus.result), citrus)
    assert document["recommended"] == fresh + 1 and document["recommended_over"] == str(citrus.passed_over)
    wheat = decider.decide(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEPARTURE))
    usable = [i for i, r in enumerate(wheat.result.routes) if r.available and r.cost is not None]
    assert wheat.recommended == min(usable, key=lambda i: wheat.result.routes[i].cost)
    assert wheat.passed_over is None
    # the price list quotes the same route, and says why
    line = price_list_row(citrus)
    assert (line["route"], line["cost"]) == (routes[fresh].corridor, round(routes[fresh].cost, 2))
    assert line["note"].endswith(str(citrus.passed_over))
    assert price_list_row(wheat)["cost"] == round(min(wheat.result.routes[i].cost for i in usable), 2)
    # the ban on importing wheat into Pakistan comes first in the note, as in the quote
    assert price_list_row(wheat)["note"].startswith("Pakistan prohibits imports of wheat since 2024-07-12")
    assert "prohibits" not in line["note"]


def test_the_json_carries_the_decision(decider):
    goals = Goals(arrive_by=dt.date(2026, 3, 20), max_cost=140_000)
    decision = decider.decide(WHEAT, Scenario("Torkham reopens", (Change("open", "Torkham"),)), goals)
    data = add_decision(result_to_dict(decision.result), decision)
    assert data["scenario"]["name"] == "Torkham reopens" and data["scenario"]["described"] == ["Torkham open"]
    assert data["goals"]["max_cost"] == 140_000 and data["arrive_by"] == "2026-03-20"
    for route, decided in zip(data["routes"], decision.routes):
        assert route["on_time_probability"] == (decided.odds.on_time if decided.odds else None)
        assert route["excluded_reason"] == (str(decided.excluded_reason) if decided.excluded_reason else None)
        assert route["delta"]["change"] in ("new", "opens", "closes", "changed", "unchanged")
    assert data["recommended"] == decision.recommended + 1
    opened = next(r for r in data["routes"] if r["delta"]["change"] == "opens")
    assert delta_text(decision.routes[data["routes"].index(opened)].delta, "USD").startswith("opens in the what-if")


def test_goals_and_ceilings_as_typed():
    assert parse_ceiling("40000", "USD") == (40000.0, False)
    assert parse_ceiling("80/t", "USD") == (80.0, True)
    with pytest.raises(InputError, match="cost ceiling"):
        parse_ceiling("40000 KZT", "USD")
    goals = Goals(dt.date(2026, 3, 20), 80, ("road",), ("AF",), 40000, False, 10, 12)
    assert Goals.from_data(goals.to_data()) == goals
    assert Goals.from_data({"arrive_by": "soon", "modes": ["road"]}) == Goals()  # damaged: dropped, not a crash


def test_every_sentence_of_a_decision_is_kept_whole_in_a_saved_quote(decider):
    """A saved quote says its reasons again in any language: each message survives its plain data."""
    from gui.core.messages import Message
    from gui.core.scenario import describe

    scenario = Scenario("", (Change("open", "Torkham"), Change("close", "Zahedan", start=DEPARTURE),
                             Change("add_days", "Bandar Abbas", 2.0), Change("scale_rates", "KZ", 1.5, mode="rail"),
                             Change("fx_change", "KZT", -15.0), Change("fx", "PKR", 300.0),
                             Change("road_surcharge", value=5.0)))
    citrus = QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", DEPARTURE)
    said = [describe(change) for change in scenario.changes]
    for request, goals in ((WHEAT, Goals(arrive_by=dt.date(2026, 3, 12), max_cost=40_000, avoid=("AF",))),
                           (citrus, Goals(modes=("road",), co2_within_pct=10))):
        decision = decider.decide(request, scenario if request is WHEAT else None, goals)
        said += [m for d in decision.routes for m in (d.excluded_reason, d.shelf_life) if m is not None]
        said += [decision.binding] if decision.binding else []
    assert len(said) > 20
    for message in said:
        assert Message.from_data(message.to_data()) == message


def test_a_search_limit_raised_in_a_what_if_shows_the_route_the_quote_said_it_kept_out(decider, tmp_path):
    """Kinnow Lahore → Almaty: the quote says max_stretch_detour keeps out a cheaper and faster route through Iran
    (the Kazakh line Beineu–Shymkent–Almaty: Lahore to Shymkent is over 2.5 times the shortest way); a what-if that
    raises the limit shows it (new), cheaper than every such route of the tables as they are, and the tables' own
    settings are untouched."""
    request = QuoteRequest("kinnow", "3", "containers", "Lahore", "Almaty", DEPARTURE)
    as_they_are = decider.engine.quote(request)
    corridor = "Iran rail + sea (Bandar Abbas)"
    said = [w for w in as_they_are.all_warnings if "in different countries; the tables allow" in w]
    assert f"{corridor}: a cheaper and faster route exists that goes over 3.14 times the shortest way between two " \
           f"of its stops in different countries; the tables allow 2.50" in said, said
    raised = Scenario("", (Change("limit", "max_stretch_detour", 3.5),))
    assert str(describe(raised.changes[0])) == "search limit: detour across a border ≤ 3.5×"
    decision = decider.decide(request, raised)
    before = min(r.cost for r in as_they_are.routes if r.corridor == corridor and r.available)
    new = [r for i, r in enumerate(decision.result.routes)
           if r.corridor == corridor and r.available and decision.routes[i].delta.change == "new"]
    assert new and min(r.cost for r in new) < before
    assert min(new, key=lambda r: r.cost).place_ids[-3:] == ("beineu", "shymkent", "almaty")
    assert decider.tables.settings.max_stretch_detour == 2.5
    # a file keeps it; none lifts a limit; a wrong setting or count is said with the change's number
    path = tmp_path / "limits.json"
    lifted = Scenario("wide", (Change("limit", "max_detour", None), Change("limit", "max_mode_changes", 4.0)))
    path.write_text(json.dumps(lifted.to_data()))
    assert read_scenario(path) == lifted
    assert apply(decider.tables, lifted, DEPARTURE).settings.max_detour is None
    assert apply(decider.tables, lifted, DEPARTURE).settings.max_mode_changes == 4
    for change, said in ((Change("limit", "max_detours", 3.0), "what-if change 1: unknown search limit "
                          "'max_detours'; known: max_detour, max_stretch_detour, max_domestic_detour, max_legs, "
                          "max_mode_changes, routes_per_corridor, max_wait_days"),
                         (Change("limit", "routes_per_corridor", 0.0), "what-if change 1: 0 is outside 1 to 100"),
                         (Change("limit", "max_legs", 4.5), "what-if change 1: expected a whole number, not '4.5'"),
                         (Change("limit", "max_stretch_detour", 0.5), "what-if change 1: 0.5 is outside 1 to 100")):
        with pytest.raises(InputError) as error:
            apply(decider.tables, Scenario("", (change,)), DEPARTURE)
        assert str(error.value.message) == said


def test_the_terminal_and_the_json_say_when_the_odds_leave_out_a_risk_on_the_way(decider):
    """Citrus over Khunjerab in December: the winter closure window carries no figure for the delay, so the odds
    leave it out, as the window and the PDF say; so do the sanctions on the routes over Iran. In June the routes
    over China meet no such window and say nothing."""
    from gui.core.decide_report import text_lines
    from gui.core.summary import route_may_be_delayed

    said = {True: 0, False: 0}
    for departure, arrive_by in ((dt.date(2026, 12, 7), dt.date(2026, 12, 31)),
                                 (dt.date(2026, 6, 7), dt.date(2026, 6, 30))):
        citrus = QuoteRequest("citrus", "3", "containers", "Lahore", "Almaty", departure)
        decision = decider.decide(citrus, goals=Goals(arrive_by=arrive_by))
        _, under, _ = text_lines(decision)
        data = add_decision(result_to_dict(decision.result), decision)
        for index, route in enumerate(decision.result.routes):
            if decision.routes[index].odds is None:
                continue
            delayed = route_may_be_delayed(route)
            said[delayed] += 1
            if "Iran" in route.corridor:
                assert delayed  # the sanctions
            odds_line = next(line for line in under[index] if line.startswith("on time by"))
            assert odds_line.endswith("; the odds leave out the risks on the way named above") == delayed
            assert data["routes"][index]["odds_leave_out_risks"] == delayed
    assert said[True] and said[False]


def test_days_added_where_no_route_stops_are_said_to_change_nothing(decider):
    """'+2 days at Kostanay' (loading, say): no route stops there with a dwell (it is where they start), so no
    route's days changed, and nothing said so: every route read unchanged. '+3 days at Bandar Abbas', where the
    routes by sea stop at the port, says nothing more."""
    said = "what-if change 1, Kostanay +2 days, changes no route: none of them stops at Kostanay"
    nowhere = decider.decide(WHEAT, Scenario("", (Change("add_days", "Kostanay", 2.0),)))
    assert all(decided.delta.change == "unchanged" for decided in nowhere.routes)
    assert [str(w) for w in nowhere.result.warnings if "changes no route" in str(w)] == [
        said + " (days are added where a route stops: at a border, a port, a change of gauge or of mode; not where "
               "it only passes, starts or ends without a stop)"]
    assert said in result_to_text(nowhere.result)
    port = decider.decide(WHEAT, Scenario("", (Change("add_days", "Bandar Abbas", 3.0),)))
    assert not any("changes no route" in str(w) for w in port.result.warnings)


def test_the_terminal_says_why_the_share_asked_never_arrives(decider):
    """Saryagash closed from 10 December stops 20 % of the rail route's cargo: 90 % never arrive. The terminal read
    '90 % arrive by never', then '90 % arrive by never (closures on the way)'; it says it in a sentence, as the window
    and the PDF do."""
    from gui.core.decide_report import text_lines

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Tashkent", dt.date(2026, 12, 7))
    closed = Scenario("", (Change("close", "Saryagash", start=dt.date(2026, 12, 10)),))
    decision = decider.decide(request, closed, Goals(arrive_by=dt.date(2026, 12, 20)))
    index = next(i for i, route in enumerate(decision.result.routes)
                 if route.available and route.place_ids == ("kostanay", "saryagash", "tashkent"))
    assert decision.routes[index].odds.sure_by is None
    _, under, _ = text_lines(decision)
    assert under[index][0] == "on time by 2026-12-20: 79 %; 90 % by no date: closures on the way stop more than 10 %"


def test_opening_a_place_lifts_the_tables_closures_not_the_what_ifs_own(decider):
    """Torkham open from 1 December, and closed again from 10 December, in either order (the command line puts its
    --close changes before its --open ones): the route by Torkham, there on 16 December, is closed by the what-if.
    Opening lifted the what-if's own closure too, and the route read open."""
    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    opened = Change("open", "Torkham", start=dt.date(2026, 12, 1))
    closed = Change("close", "Torkham", start=dt.date(2026, 12, 10))

    def by_torkham(scenario: Scenario):
        result = decider.decide(request, scenario).result
        return [route for route in result.routes if "torkham" in route.place_ids and route.cost is not None]

    assert any(route.available for route in by_torkham(Scenario("", (opened,))))
    for changes in ((closed, opened), (opened, closed)):
        routes = by_torkham(Scenario("", changes))
        assert routes and not any(route.available for route in routes)
        assert all("closed from 2026-12-10" in str(route.unavailable_reason) for route in routes)


def test_the_odds_do_not_say_they_leave_out_a_closure_they_count(decider):
    """Wheat Kostanay → Tashkent by rail through Saryagash, with Saryagash closed from 10 December in a what-if: the
    cargo may get there on or after that day, and the odds stop that share (79 % on time by 20 December, no more).
    They count the closure, so they do not say they leave it out; the route meets no risk window."""
    from gui.core import quote_messages as qmsg
    from gui.core.decide_report import text_lines

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Tashkent", dt.date(2026, 12, 7))
    closed = Scenario("", (Change("close", "Saryagash", start=dt.date(2026, 12, 10)),))
    decision = decider.decide(request, closed, Goals(arrive_by=dt.date(2026, 12, 20)))
    index = next(i for i, route in enumerate(decision.result.routes)
                 if route.available and route.place_ids == ("kostanay", "saryagash", "tashkent"))
    route, odds = decision.result.routes[index], decision.routes[index].odds
    assert [getattr(w, "template", None) for w in route.warnings].count(qmsg.MAY_CLOSE) == 1
    assert 0.05 < odds.stopped < 0.5 and odds.on_time == pytest.approx(1 - odds.stopped, abs=1e-6)
    _, under, _ = text_lines(decision)
    assert not any("leave out" in line for line in under[index])
    assert add_decision(result_to_dict(decision.result), decision)["routes"][index]["odds_leave_out_risks"] is False


def test_the_terminal_ends_by_saying_when_no_route_can_be_used(decider):
    """Every route closed (Karachi closed in a what-if): the window says "0 of 9 routes open", the PDF "No route is
    available on this date"; the terminal said nothing after its warnings unless goals were set."""
    from gui.core.decide_report import text_lines

    request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    closed = Scenario("", (Change("close", "Karachi"),))
    decision = decider.decide(request, closed)
    assert decision.result.routes and not any(route.available for route in decision.result.routes)
    _, _, tail = text_lines(decision)
    assert tail[0] == "recommended: none: no route is available on 2026-12-07"
    _, _, tail = text_lines(decider.decide(request, closed, Goals(max_cost=10**6)))  # goals: what binds, as before
    assert tail[0] == "no route meets every goal: no route can be used on the date"


def test_the_odds_of_the_quote_a_what_if_is_compared_with_are_worked_out_once(decider, monkeypatch):
    """With goals that search the allowed legs too (avoiding a country), the quote as the tables are stays the same
    object from one what-if change to the next, so its odds (a walk over every route) are kept, not redone."""
    from gui.core import decide as decide_module

    worked_out = []
    real = decide_module.route_odds

    def counted(result, tables, *args):
        worked_out.append(tables is decider.tables)
        return real(result, tables, *args)

    monkeypatch.setattr(decide_module, "route_odds", counted)
    goals = Goals(avoid=("AF",), arrive_by=dt.date(2026, 3, 25))
    for surcharge in (5.0, 8.0, 12.0):
        decider.decide(WHEAT, Scenario("road", (Change("road_surcharge", value=surcharge),)), goals)
    assert worked_out.count(True) == 1  # the tables as they are: once; the what-if's own: each time


def test_a_route_the_what_if_no_longer_offers_is_told_from_the_ones_of_its_corridor_it_still_offers(decider):
    """Closing Sarakhs takes away the Iran routes by Tejen and Sarakhs, not the corridor (the routes by Etrek stay):
    the terminal names the places only the gone route passed."""
    from gui.core.decide_report import text_lines

    decision = decider.decide(WHEAT, Scenario("", (Change("close", "Sarakhs", start=DEPARTURE),)))
    gone = [g.route for g in decision.gone if g.route.corridor == "Iran rail + sea (Bandar Abbas)"]
    assert gone and any(r.corridor == "Iran rail + sea (Bandar Abbas)" for r in decision.result.routes)
    tail = text_lines(decision)[2]
    assert any(line.startswith("closes in the what-if: Iran rail + sea (Bandar Abbas) · via Tejen, "
                               "Sarakhs (Sarakhs closed") and "as they are:" in line for line in tail), tail


def test_days_added_at_a_place_are_added_to_the_row_each_stop_there_takes(bundled_engine):
    """"+2 days at Khunjerab" replaced Khunjerab's own border time by a copy of the default road border's that
    outranked it, then added 2: the route came out 1.4 days slower (and 0.5 days made it 0.1 days faster), its
    worst case shorter."""
    from gui.core.quote import QuoteEngine

    request = QuoteRequest("potatoes", "2", "containers", "Lahore", "Astana", dt.date(2026, 12, 7))
    before = bundled_engine.quote(request)
    for days in (0.5, 2):
        scenario = Scenario("t", (Change("add_days", "Khunjerab", days),))
        tables = apply(bundled_engine.tables, scenario, request.departure)
        after = QuoteEngine(tables).quote(request)
        def key(route):
            return tuple((leg.leg_id, leg.equipment_id) for leg in route.legs)

        pairs = [(o, n) for o in before.routes for n in after.routes
                 if key(o) == key(n) and "khunjerab" in o.place_ids]
        assert pairs
        for old, new in pairs:
            stop = {(n.place_id, n.event): n for n in old.nodes}[("khunjerab", "border_crossing")]
            moved = {(n.place_id, n.event): n for n in new.nodes}[("khunjerab", "border_crossing")]
            assert (moved.days_min, moved.days_typical, moved.days_max) == pytest.approx(
                (stop.days_min + days, stop.days_typical + days, stop.days_max + days))
            assert new.days_typical == pytest.approx(old.days_typical + days)


def test_a_perishable_no_route_keeps_at_its_longest_goes_by_one_that_keeps_at_its_typical_time(decider):
    """Mangoes (14 days) Karachi → Almaty: no route arrives within the shelf life at its longest, and the cheapest,
    17.6 days typically, was recommended beside routes of 9 to 13 days: the likeliest to spoil. The cheapest route
    that keeps within the shelf life at its typical time is recommended, and says the one it passed over. Since a
    box entering Kazakhstan at Khorgos takes the container train's change of gauge, the cheapest to Almaty keeps
    (13.1 days): Karachi → Astana, whose cheapest takes 17.7, is the case."""
    from gui.core import summary

    decision = decider.decide(QuoteRequest("mango", "2", "containers", "Karachi", "Astana", dt.date(2026, 11, 30)))
    routes, shelf = decision.result.routes, decision.result.cargo.shelf_life_days
    usable = [i for i, r in enumerate(routes) if r.available and r.cost is not None]
    assert shelf == 14 and all(routes[i].days_max > shelf for i in usable)
    cheapest = min(usable, key=lambda i: routes[i].cost)
    assert routes[cheapest].days_typical > shelf
    keeping = [i for i in usable if routes[i].days_typical <= shelf]
    assert decision.recommended == min(keeping, key=lambda i: routes[i].cost) and decision.fresh_typically
    assert str(decision.passed_over).endswith(f"which is cheaper but takes {routes[cheapest].days_typical:.1f} days "
                                              "typically; the shelf life of mangoes is about 14 days")
    kinds = [h.kinds for h in summary.highlights(decision.result, None, decision)]
    assert (summary.FRESH_TYPICALLY,) == kinds[0][:1]


def test_a_route_pushed_out_of_its_corridors_few_by_a_fee_is_still_offered_at_the_what_ifs_price(decider, tmp_path):
    """Sarakhs fees × 2: the Iran route by Tejen and Sarakhs left its corridor's three, and was listed "no longer
    offered" at its old 52,639 USD, though the what-if still offered the same path, at 59,968 USD. Since the change
    of gauge at Sarakhs is timed on its own that route is the quickest of its corridor, and its fees × 6 push it
    out."""
    from gui.core.decide_report import text_lines

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("scale_rates", "Sarakhs", 6.0),)))
    gone = [g for g in decision.gone if "Sarakhs" in g.route.path]
    assert gone and all(g.change == "not_shown" for g in gone)
    scaled = decider._engine(("scenario", decision.scenario, request.departure), None)[1].quote_paths(
        request, lambda path: True)
    for g in gone:
        same = next(r for r in scaled if route_key(r) == route_key(g.route))
        assert g.now.cost == pytest.approx(same.cost) and g.now.cost > g.route.cost + 1000
    tail = "\n".join(text_lines(decision)[2])
    assert "no longer offered" not in tail
    assert ("no longer among the routes its corridor shows in the what-if: Iran rail + sea (Bandar Abbas) · via "
            f"Tejen, Sarakhs (the what-if: {gone[0].now.cost:,.0f} USD") in tail
    document = add_decision(result_to_dict(decision.result), decision)
    row = next(g for g in document["gone"] if "Sarakhs" in g["path"])
    assert row["change"] == "not_shown" and row["scenario_available"]
    assert row["scenario_cost"] == pytest.approx(gone[0].now.cost, abs=0.01)
    # closing Sarakhs still says the route closes, with why
    closed = decider.decide(request, Scenario("", (Change("close", "Sarakhs"),)))
    assert {g.change for g in closed.gone if "Sarakhs" in g.route.path} == {"closes"}
    assert any(line.startswith("closes in the what-if: Iran rail + sea (Bandar Abbas) · via Tejen, Sarakhs (Sarakhs "
                               "closed") for line in text_lines(closed)[2])


def test_a_route_closed_on_both_tables_is_not_said_to_close_nor_left_blank(decider):
    """Torkham opened only from 2027-01-08, more than the week a cargo waits for a closure to end (max_wait_days)
    after the Termez–Torkham routes reach it: they are closed as the tables are and in the what-if (opened from
    2026-12-25, as first written, the routes reaching it from 12-18 now wait for it). The terminal printed
    "what-if against the tables as they are: " and nothing more for the one shown, and a route pushed off the screen
    read as one the what-if closes."""
    from gui.core.decide_report import text_lines

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    for start in (dt.date(2026, 12, 18), dt.date(2027, 1, 8)):
        decision = decider.decide(request, Scenario("", (Change("open", "Torkham", start=start),)))
        head, under, tail = text_lines(decision)
        lines = [line for lines in under.values() for line in lines] + tail
        assert not any(line.rstrip().endswith(":") for line in lines), lines
        assert not any(line.startswith("closes in the what-if: Trans-Afghan east") for line in tail), tail
    shown = [i for i, r in enumerate(decision.result.routes) if "Torkham" in r.path and not r.available]
    assert shown and all("what-if against the tables as they are: still unavailable in the what-if" in under[i]
                         for i in shown)


def test_the_terminals_recommendation_gives_the_typical_days_its_table_gives(decider):
    """Wheat leaving 7 December 2026: route 1 read 17.5 typical days in the table (beside 17.6 and 18.2), and the
    recommendation under it said "18 days typical". Now 15.06 days (15.05 before Tejen – Sarakhs took Demiryollary's
    transit time), beside 15.12: both read 15.1. A box landed at Karachi now stays a week, not 2 days: 20.06
    beside 20.12, both 20.1."""
    from gui.core.decide_report import text_lines

    decision = decider.decide(dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7)))
    route = decision.result.routes[decision.recommended]
    assert route.days_typical == pytest.approx(20.06, abs=0.005)
    line = next(line for line in text_lines(decision)[2] if line.startswith("recommended: "))
    assert line.endswith(", 20.1 days typical"), line
    assert "  20.1  " in result_to_text(decision.result) or "–20.1–" in result_to_text(decision.result)


def test_reopening_a_crossing_says_every_route_through_it_opens_not_that_it_is_new(decider):
    """Torkham opened, 7 December 2026: the quote as the tables are shows one Termez–Torkham route, closed (a corridor
    with nothing open shows one); the what-if's other two by Torkham (73,551 and 206,561 USD) read "new in the
    what-if", as if the scenario had built them, not reopened them."""
    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("open", "Torkham"),)))
    through = [(route, decision.routes[i].delta) for i, route in enumerate(decision.result.routes)
               if "Torkham" in route.path]
    assert len(through) >= 2
    assert {delta.change for _, delta in through} == {"opens"}
    closed_before = by_key(decider.engine.quote(request))
    for route, delta in through:
        assert not delta.base_usable and delta.base_cost is not None and delta.days is not None
        if route_key(route) in closed_before:
            assert delta.base_cost == pytest.approx(closed_before[route_key(route)].cost)
    assert "opens in the what-if" == delta_text(through[-1][1], "USD")


def test_a_route_shown_only_under_the_what_if_keeps_its_figures_as_the_tables_are(decider):
    """Khunjerab closed from 15 December 2026 to 1 April 2027, arrive by 10 January: a Khorgos route the quote as it
    is did not show (its corridor's three were others) comes in with 48 % on time, and read only "new in the
    what-if", hiding that the closure took some 50 points off its odds; its cost as the tables are was blank."""
    from gui.core.decide_report import text_lines

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("close", "Khunjerab", start=dt.date(2026, 12, 15),
                                                            end=dt.date(2027, 4, 1)),)),
                              Goals(arrive_by=dt.date(2027, 1, 10)))
    new = [i for i, d in enumerate(decision.routes) if d.delta.change == "new"]
    assert new
    under = text_lines(decision)[1]
    for index in new:
        delta, route = decision.routes[index].delta, decision.result.routes[index]
        assert delta.base_usable and delta.base_cost == pytest.approx(route.cost)
        assert delta.on_time is not None and delta.on_time < -0.3
        # the difference of the two odds as shown (> 99.9 % counts as 99.9: 4 % under it is −95.9 points)
        assert f"what-if against the tables as they are: new in the what-if, {signed_points(delta.on_time_said)} " \
               "points on time" in under[index] and delta.on_time_said < -30
    document = add_decision(result_to_dict(decision.result), decision)
    assert all(document["routes"][i]["delta"]["base_cost"] == pytest.approx(decision.result.routes[i].cost, abs=0.01)
               for i in new)
    # a search limit raised: the routes it shows are new, at the figures they have as the tables are
    raised = decider.decide(request, Scenario("", (Change("limit", "routes_per_corridor", 6),)))
    assert {delta_text(d.delta, "USD") for d in raised.routes if d.delta.change == "new"} == {"new in the what-if"}


def test_a_rate_the_what_if_sets_is_said_as_the_what_ifs_not_the_users(decider, tmp_path):
    """Tenge −50 % in a what-if, PKR 600 set by the user: the quote said of the tenge "the KZT rate you set, 1,006.7
    per USD, differs …", its FX line "set for this quote" and the JSON "set by the user for this quote", as if the
    user had typed it."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import fx_text, quote_document

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7), fx_overrides=(("PKR", 600.0),))
    decision = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -50.0),)))
    said = [str(w) for w in decision.result.warnings]
    assert "the what-if's KZT rate, 1,006.7 per USD, differs from the table's 503.35 (as of 2026-01-23) by +100%" \
        in said and not any(line.startswith("the KZT rate you set") for line in said)
    assert any(line.startswith("the PKR rate you set, 600 per USD") for line in said)
    rates = {fx.currency: fx for fx in decision.result.fx}
    assert "(−50 % against the USD by the what-if; table 503.35 as of 2026-01-23)" in fx_text(rates["KZT"])
    assert "(set for this quote; table 279.85" in fx_text(rates["PKR"])
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1", created="2026-11-27",
                                           valid_until="2026-12-11"), decision)
    assert {fx["currency"]: fx["estimate"] for fx in document["fx"] if fx["overridden"]} == {
        "KZT": "set by the what-if for this quote", "PKR": "set by the user for this quote"}
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    texts = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value in ("KZT", "PKR")}
    assert texts["KZT"].startswith("−50 % against the USD by the what-if, 1,006.7 per USD (table: 503.35")
    assert texts["PKR"].startswith("600 per USD, set for this quote (table: 279.85")


def test_a_user_s_rate_a_what_if_shifts_is_said_with_the_rate_it_shifted(decider):
    """The user sets 505 KZT per USD and the what-if takes 15 % off the tenge: 594.12 per USD, said "-15 % against
    the USD by the what-if; table 503.35", which does not come to 594.12 (503.35 ÷ 0.85 is 592.18). It now names
    the rate shifted, the user's 505, beside the table's; the JSON gives it as ``fx[].what_if_from``."""
    from gui.core.report import fx_text, result_to_dict

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7), fx_overrides=(("KZT", 505.0),))
    decision = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -15.0),)))
    kzt = next(fx for fx in decision.result.fx if fx.currency == "KZT")
    assert (kzt.units_per_usd, kzt.what_if_pct, kzt.what_if_from) == (594.12, -15.0, 505.0)
    assert fx_text(kzt) == ("594.12 KZT/USD (−15 % against the USD by the what-if from 505 set for this quote; "
                            "table 503.35 as of 2026-01-23)")
    fx = {entry["currency"]: entry for entry in result_to_dict(decision.result)["fx"]}
    assert fx["KZT"]["what_if_from"] == 505.0 and fx["PKR"]["what_if_from"] is None
    # the table's rate shifted, or a rate the what-if sets outright, names no rate of the user's
    alone = decider.decide(dataclasses.replace(request, fx_overrides=()), Scenario("", (Change("fx_change", "KZT",
                                                                                               -15.0),)))
    assert next(fx for fx in alone.result.fx if fx.currency == "KZT").what_if_from is None
    outright = decider.decide(request, Scenario("", (Change("fx", "KZT", 600.0),)))
    assert next(fx for fx in outright.result.fx if fx.currency == "KZT").what_if_from is None


def test_a_rate_a_what_if_shifts_is_said_by_its_shift_at_the_figures_it_converts_at(decider, tmp_path):
    """The tenge −15 % in a what-if: the terminal, the window and the documents said "592.1764706 per USD, set for
    this quote" (the PDF), a derived figure to seven decimals with nothing of how it came about. The rate is now
    rounded to the figures of the rate it shifts (503.35: 592.18), converts at that, and is said by its shift."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import fx_text, quote_document, result_to_dict
    from gui.core.scenario_fx import fx_shifts, shifted_rate

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("fx_change", "KZT", -15.0),)))
    kzt = next(fx for fx in decision.result.fx if fx.currency == "KZT")
    assert kzt.units_per_usd == 592.18 and kzt.what_if_pct == -15.0
    assert fx_text(kzt) == "592.18 KZT/USD (−15 % against the USD by the what-if; table 503.35 as of 2026-01-23)"
    fx = {entry["currency"]: entry for entry in result_to_dict(decision.result)["fx"]}
    assert fx["KZT"]["what_if_change_pct"] == -15.0 and fx["PKR"]["what_if_change_pct"] is None
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1", created="2026-11-27",
                                           valid_until="2026-12-11"), decision)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    texts = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value == "KZT"}
    assert texts["KZT"] == "−15 % against the USD by the what-if, 592.18 per USD (table: 503.35 as of 2026-01-23)"
    # the figures of the rate shifted, at least five; two shifts are one, worked out once
    assert (shifted_rate(0.7672, 1.1), shifted_rate(505.0, 0.85), shifted_rate(11952.24, 0.85)) == (
        0.69745, 594.12, 14061.46)
    twice = Scenario("", (Change("fx_change", "KZT", -15.0), Change("fx_change", "KZT", 10.0)))
    assert fx_shifts(twice) == {"KZT": -6.5}
    assert fx_shifts(Scenario("", (*twice.changes, Change("fx", "KZT", 600.0)))) == {}  # set outright: no shift
    shifted = decider.decide(request, twice)
    assert next(fx for fx in shifted.result.fx if fx.currency == "KZT").units_per_usd == 538.34  # 503.35 / 0.935


def test_a_change_of_days_below_a_tenth_is_said_not_rounded_away(decider, tmp_path):
    """0.04 days added at Bandar Abbas: the terminal said "+0.0 days", the window said nothing of the days, the JSON
    gave 0.0 and the Excel quote +0.0; 2 days fewer read "-2.0 days" and "-x points" with a hyphen beside "−3,664
    USD". Now "+0.04 days" everywhere, and "−2.0 days"."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document
    from gui.qt.decide_cells import delta_line

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("add_days", "Bandar Abbas", 0.04),)))
    moved = [d.delta for d in decision.routes if d.delta.change == "changed"]
    assert moved and all(d.days == pytest.approx(0.04) for d in moved)
    assert delta_text(moved[0], "USD") == "±0 USD, +0.04 days"
    assert delta_line(moved[0], "USD").endswith("+0.04 days")
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1", created="2026-11-27",
                                           valid_until="2026-12-11"), decision)
    assert {r["delta"]["days_typical"] for r in document["routes"] if r["delta"]["change"] == "changed"} == {0.04}
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    rows = list(book["Routes"].iter_rows())
    column = [cell.value for cell in rows[0]].index("Δ days typical")
    assert {row[column].number_format for row in rows[1:] if row[column].value} == {"+0.0#;-0.0#;0"}
    fewer = decider.decide(request, Scenario("", (Change("add_days", "Bandar Abbas", -2.0),)),
                           Goals(arrive_by=dt.date(2026, 12, 30)))
    said = [delta_text(d.delta, "USD") for d in fewer.routes if d.delta.change == "changed"]
    assert said and all("−2.0 days, +" in text and "-" not in text for text in said), said


def test_a_place_typed_by_part_of_its_name_is_said_in_the_reader_s_language(bundled_engine):
    """`--close Khunjerab:2026-03-01:2026-04-01` read "Khunjerab закрыт с 01.03.2026 …" in the Russian PDF beside
    "Торхам открыт": "Khunjerab" is part of the place's name, Khunjerab Pass, which is what the tables translate.
    With the tables, a change names the place they know; an unknown name stays as typed."""
    from gui.core.messages import Wording

    tables = bundled_engine.tables
    names = tables.local_texts("ru")
    russian = Wording(name=lambda text: names.get(text, text), language="ru")
    closed = Change("close", "Khunjerab", start=dt.date(2026, 3, 1), end=dt.date(2026, 4, 1))
    assert str(describe(closed)).startswith("Khunjerab closed")  # without the tables: as typed
    assert str(describe(closed, tables)).startswith("Khunjerab Pass closed from 2026-03-01")
    assert names["Khunjerab Pass"] in russian.say(describe(closed, tables))
    leg = Change("add_days", "Termez–Hairatan", value=2)
    assert str(describe(leg, tables)) == "Termez–Hairatan (Friendship Bridge) +2 days"
    assert str(describe(Change("scale_rates", "KZ", value=1.3), tables)) == "Kazakhstan rates × 1.3"
    assert str(describe(Change("close", "Nowhere"), tables)) == "Nowhere closed"
    from gui.core.decide_report import scenario_to_dict

    said = scenario_to_dict(Scenario("x", (closed,)), tables)
    assert said["described"] == ["Khunjerab Pass closed from 2026-03-01 to 2026-04-01"]


def test_closing_a_crossing_the_tables_close_says_it_closed_once(decider):
    """Torkham, closed in the tables since October 2025, closed again by a what-if: route 17 read "Torkham closed
    since 2025-10-12 … (…); the cargo would reach it on 2026-03-10; Torkham closed since 2026-03-01 … (what-if
    …); the cargo would reach it on 2026-03-10", and counted as changed. A closure within one already said is not
    said again; one lasting longer is (it says when the place reopens)."""
    from gui.core.closures import Hit, judge
    from gui.core.model import Closure, Origin

    decision = decider.decide(WHEAT, Scenario("", (Change("close", "Torkham"),)))
    index, route = next((i, r) for i, r in enumerate(decision.result.routes)
                        if "Torkham closed" in (r.unavailable_reason or ""))
    assert str(route.unavailable_reason).count("Torkham closed") == 1
    assert "2025-10-12" in route.unavailable_reason and "what-if" not in route.unavailable_reason
    assert decision.routes[index].delta.change == "unchanged"

    def closure(start, end, reason):
        return Closure(reason, "place", "torkham", True, start, end, False, (), reason, Origin())

    day = dt.date(2026, 3, 10)
    when = (day, day, day)
    hits = [Hit(closure(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "floods"), "Torkham", when),
            Hit(closure(dt.date(2026, 3, 5), dt.date(2026, 3, 20), "what-if"), "Torkham", when),
            Hit(closure(dt.date(2026, 3, 5), dt.date(2026, 5, 1), "longer"), "Torkham", when)]
    reasons, _ = judge(hits, day)
    assert [("floods" in r, "what-if" in r, "longer" in r) for r in map(str, reasons)] == [
        (True, False, False), (False, False, True)]


def test_the_json_gives_days_and_rates_without_float_noise(decider):
    """Wheat Kostanay → Karachi with road fuel +8 %: the JSON read "days_typical": 17.540000000000003, the stops'
    days 2.7916559028674763 and a rate 1.8241200000000002. Days are given to a millionth, rates to ten figures; the
    terminal and a document made from the JSON still show the same days."""
    from gui.core import formatting as fmt
    from gui.core.report import result_to_dict

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    result = decider.decide(request, Scenario("", (Change("road_surcharge", "", 8.0),))).result
    data = result_to_dict(result)
    days = [part[key] for route in data["routes"] for part in (route, *route["legs"], *route["nodes"])
            for key in ("days_min", "days_typical", "days_max")]
    rates = [charge["rate"] for route in data["routes"] for part in (*route["legs"], *route["nodes"])
             for charge in part["charges"] if isinstance(charge["rate"], float)]
    assert days and all(len(repr(value).split(".")[-1]) <= 6 for value in days)
    assert rates and all(len(repr(value).replace(".", "").lstrip("0")) <= 10 for value in rates)
    noisy = [(route, said) for route, said in zip(result.routes, data["routes"])
             if route.days_typical != said["days_typical"]]
    assert noisy  # the quote has days the JSON rounds
    assert all(fmt.days(route.days_typical) == fmt.days(said["days_typical"]) for route, said in noisy)
    assert fmt.days(12.450000000000001) == fmt.days(12.45)


def test_scaling_a_place_s_fees_of_one_mode_leaves_the_other_modes_fees(decider):
    """"Sarakhs:rail × 2" scaled the Sarakhs fees for any mode ("*") in place, so a road stop there paid twice as
    well. A rail stop pays twice its fees, those for any mode included; a road stop pays what it paid."""
    from gui.core.tariffs import Tariffs

    hopper = decider.tables.equipment["hopper"]
    day = dt.date(2026, 12, 7)

    def fees(tables, mode: str, place: str = "sarakhs", event: str = "gauge_change") -> dict[str, float]:
        picked = Tariffs(tables, decider.engine.fx).node_picked(place, event, mode, hopper, day)
        return {row.charge: row.amount for row in picked.rows}

    scaled = apply(decider.tables, Scenario("", (Change("scale_rates", "Sarakhs", 2.0, mode="rail"),)), day)
    before_rail, before_road = fees(decider.tables, "rail"), fees(decider.tables, "road")
    assert before_rail and before_rail == before_road  # the Sarakhs fees are for any mode
    assert fees(scaled, "rail") == {charge: amount * 2 for charge, amount in before_rail.items()}
    assert fees(scaled, "road") == before_road
    # a place's default fees (for any place and any mode) likewise, in copies of its own
    event = next(f.event for f in decider.tables.node_fees if f.place_id == "*" and f.mode == "*")
    defaults_rail, defaults_road = fees(decider.tables, "rail", "sarakhs", event), fees(decider.tables, "road",
                                                                                      "sarakhs", event)
    assert fees(scaled, "rail", "sarakhs", event) == {c: a * 2 for c, a in defaults_rail.items()}
    assert fees(scaled, "road", "sarakhs", event) == defaults_road
    # of every mode, as before: each row scaled
    every = apply(decider.tables, Scenario("", (Change("scale_rates", "Sarakhs", 2.0),)), day)
    assert fees(every, "road") == {charge: amount * 2 for charge, amount in before_road.items()}


@pytest.mark.parametrize("typed, amount", [("52638,5", 52638.5), ("40,000,000", 4e7), ("1 250 000", 1250000.0),
                                           ("40 000", 40000.0), ("1.250.000", 1250000.0), ("۴۰۰۰۰", 40000.0),
                                           ("1.234,5 USD", 1234.5), ("1,234.5/t", 1234.5), ("250000.50", 250000.5)])
def test_a_cost_ceiling_is_read_as_a_quantity_is(typed, amount):
    """A ceiling typed with a decimal comma, "52638,5", read as 526,385: every comma was dropped."""
    assert parse_ceiling(typed, "USD")[0] == amount


@pytest.mark.parametrize("typed, said", [
    ("1,500", "the cost ceiling '1,500' could mean 1.5 or 1500; type one of them"),
    ("1.500", "the cost ceiling '1.500' could mean 1.5 or 1500; type one of them"),
    ("40,000/t", "the cost ceiling '40,000/t' could mean 40 or 40000; type one of them")])
def test_a_cost_ceiling_with_one_separator_before_three_figures_is_asked_about(typed, said):
    """`--max-cost "1,500"` was read as 1500 and "1.500" as 1.5, without a word, where a quantity asks."""
    with pytest.raises(InputError) as raised:
        parse_ceiling(typed, "USD")
    assert str(raised.value) == said


@pytest.mark.parametrize("typed", ["1,2,3", "1..5", "5,5,5,5"])
def test_a_cost_ceiling_that_is_no_number_is_refused_in_words(typed):
    with pytest.raises(InputError):
        parse_ceiling(typed, "USD")


def test_the_excel_quote_says_the_users_rate_a_what_if_shifted(decider, tmp_path):
    """The Excel quote said "-15 % against the USD by the what-if, 588.24 per USD (table: 503.35 …)": 503.35 less
    15 % is not 588.24; the rate shifted was the user's 500, which it now names, as the terminal does."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document

    own = dataclasses.replace(WHEAT, currency="KZT", fx_overrides=(("KZT", 500.0),))
    shifted = decider.decide(own, Scenario("tenge", (Change("fx_change", "KZT", -15.0),)))
    path = write_quote_workbook(quote_document(shifted.result, decider.tables), tmp_path / "quote.xlsx")
    rows = {row[0]: row[1] for row in load_workbook(path).worksheets[0].iter_rows(values_only=True)}
    assert rows["KZT"].startswith("−15 % against the USD by the what-if from 500 set for this quote, 588.24 per USD")


def test_a_wait_s_change_of_days_reads_to_a_tenth_in_the_excel_quote_as_in_the_terminal(decider, tmp_path):
    """Torkham open from 16 December (what-if), wheat leaving on the 7th: the route by Astana waits 1.15 days
    there, "+1.2 days" in the terminal and the window, but the Excel quote's format "+0.0#" showed "+1.15". A
    change of a tenth or more now shows a tenth there too; 0.04 days still "+0.04"."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document

    request = dataclasses.replace(WHEAT, departure=dt.date(2026, 12, 7))
    decision = decider.decide(request, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)))
    waited = [d.delta for d in decision.routes if d.delta.change == "opens" and d.delta.days
              and round(d.delta.days, 2) == 1.15]
    assert waited and delta_text(waited[0], "USD") == "opens in the what-if, +1.2 days"
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1", created="2026-11-27",
                                           valid_until="2026-12-11"), decision)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    rows = list(book["Routes"].iter_rows())
    column = [cell.value for cell in rows[0]].index("Δ days typical")
    formats = {row[column].value: row[column].number_format for row in rows[1:] if row[column].value}
    assert formats[1.15] == "+0.0;-0.0;0"
