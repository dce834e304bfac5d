"""The goals' recommendation chosen as from every path: against judging every path of a request priced (an oracle
that takes no part of goal_search.py), on the bundled tables where the corridors' few routes missed it, and on
random networks with dwell, fees and closures."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from gui.core import goal_search
from gui.core.decide import Decider, _frontier
from gui.core.goal_search import path_key
from gui.core.deliver import route_odds
from gui.core.errors import InputError
from gui.core.goals import Goals, judge
from gui.core.messages import Figure, Message
from gui.core.request import QuoteRequest
from tests.networks import small_networks, tables_from_sheets

DEPARTURE = dt.date(2026, 3, 2)
ORACLE = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def judged_over_every_path(decider: Decider, request: QuoteRequest, goals: Goals):
    """The quote with every path of the request priced beside its routes, and goals.judge of it."""
    engine = decider.engine
    quoted = engine.quote(request)
    routes, seen = [], set()
    for route in (*quoted.routes, *engine.quote_paths(request, keep=lambda path: True)):
        if path_key(route) not in seen:
            seen.add(path_key(route))
            routes.append(route)
    every = replace(quoted, routes=_frontier(routes))
    odds = route_odds(every, decider.tables, goals.arrive_by, goals.wanted) if goals.arrive_by else \
        (None,) * len(routes)
    return every, judge(every, decider.tables, goals, odds)


def figures(route) -> tuple | None:
    return None if route is None else (route.cost, route.days_typical, route.co2e_kg)


def said(message):
    """What a message says, the route numbers aside (two quotes number their routes apart)."""
    if isinstance(message, Message):
        return message.template, tuple((key, said(value)) for key, value in sorted(message.values.items())
                                       if key != "route")
    if isinstance(message, Figure):
        return message.value
    if isinstance(message, (list, tuple)):
        return tuple(map(said, message))
    return message


def assert_as_over_every_path(decider: Decider, request: QuoteRequest, goals: Goals):
    decision = decider.decide(request, goals=goals)
    every, verdict = judged_over_every_path(decider, request, goals)
    recommended = decision.result.routes[decision.recommended] if decision.recommended is not None else None
    best = every.routes[verdict.recommended] if verdict.recommended is not None else None
    assert figures(recommended) == pytest.approx(figures(best)) if best else recommended is None
    assert said(decision.binding) == said(verdict.binding)
    return decision, recommended


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


def test_the_cheapest_route_in_time_is_found_where_its_corridor_shows_others(decider):
    # 90 % by 20 March: every route the quote showed that arrives in time went by Irkeshtam for 226,491 USD; a
    # route by Khorgos that its corridor did not show arrives in time for 143,487 USD
    request = QuoteRequest("wheat", 500, "t", "Gwadar", "Almaty", DEPARTURE, quoted_on=DEPARTURE)
    goals = Goals(arrive_by=dt.date(2026, 3, 20))
    shown = decider.engine.quote(request).routes
    decision, recommended = assert_as_over_every_path(decider, request, goals)
    assert recommended.cost == pytest.approx(145_203, abs=1)
    assert "Khorgos" in recommended.corridor
    assert path_key(recommended) not in {path_key(route) for route in shown}
    assert decision.routes[decision.recommended].odds.on_time >= 0.9


def test_a_route_in_time_is_found_where_none_shown_arrives_in_time(decider):
    request = QuoteRequest("wheat", 500, "t", "Karachi", "Astana", DEPARTURE, quoted_on=DEPARTURE)
    goals = Goals(arrive_by=dt.date(2026, 3, 19))
    odds = route_odds(decider.engine.quote(request), decider.tables, goals.arrive_by, goals.wanted)
    assert all(chance is None or chance.on_time < 0.9 for chance in odds)  # the quote alone: none in time
    decision, recommended = assert_as_over_every_path(decider, request, goals)
    assert decision.binding is None and recommended is not None


@pytest.mark.parametrize("origin, destination", [("Astana", "Islamabad"), ("Islamabad", "Astana")])
def test_a_perishable_is_recommended_the_cheapest_route_within_its_shelf_life_of_every_path(decider, origin,
                                                                                           destination):
    # 3 reefers of kinnow (21 days): no route the quote showed arrived within them at its longest, so the cheapest
    # that did at its typical time was recommended, 20,871 USD up to 29 days; a route the corridor's few left out
    # arrives within them at its longest
    request = QuoteRequest("citrus", 3, "containers", origin, destination, DEPARTURE, quoted_on=DEPARTURE)
    _, recommended = assert_as_over_every_path(decider, request, Goals())
    assert recommended.days_max <= 21


def test_the_lowest_co2e_within_the_margin_is_of_every_path(decider):
    # 3 reefers of kinnow, the lowest CO2e within 10 % of the cheapest: by road through Karachi, 9,272 kg, which
    # the quote does not show (it recommended 18,220 kg)
    request = QuoteRequest("citrus", 3, "containers", "Islamabad", "Gwadar", DEPARTURE, quoted_on=DEPARTURE)
    shown = {path_key(route) for route in decider.engine.quote(request).routes}
    _, recommended = assert_as_over_every_path(decider, request, Goals(co2_within_pct=10))
    assert recommended.co2e_kg == pytest.approx(9_272.3, abs=0.1)
    assert path_key(recommended) not in shown


def test_a_decision_with_another_date_prices_no_path_again_and_says_what_a_new_one_says(decider, monkeypatch):
    # the window decides again at each date, certainty or ceiling typed: the paths the goals' search priced, and
    # their arrivals, are kept for the request (before, each decision priced them all again, 55 ms a decision at
    # the median of the bundled pairs, 630 ms at the most)
    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DEPARTURE, quoted_on=DEPARTURE)
    decider.decide(request, goals=Goals(arrive_by=dt.date(2026, 3, 10)))  # none in time: every path priced
    priced, timed = [], []
    price, arrival = decider.engine._price_path, goal_search.route_arrival
    monkeypatch.setattr(decider.engine, "_price_path", lambda *args, **kw: priced.append(args) or price(*args, **kw))
    monkeypatch.setattr(goal_search, "route_arrival", lambda *args: timed.append(args) or arrival(*args))

    def told(decision):
        return ([(r.cost, r.days_typical, r.co2e_kg, path_key(r)) for r in decision.result.routes],
                [(d.odds.on_time, d.odds.sure_by) if d.odds else None for d in decision.routes],
                decision.recommended, said(decision.binding))

    for goals in (Goals(arrive_by=dt.date(2026, 3, 9)), Goals(arrive_by=dt.date(2026, 3, 24), on_time_pct=50),
                  Goals(arrive_by=dt.date(2026, 3, 30), max_cost=60_000), Goals(arrive_by=dt.date(2026, 3, 12))):
        again = decider.decide(request, goals=goals)
        assert not priced and not timed
        monkeypatch.undo()  # a new decider with a new engine: priced anew
        assert told(again) == told(Decider(decider.tables).decide(request, goals=goals))
        monkeypatch.setattr(decider.engine, "_price_path",
                            lambda *args, **kw: priced.append(args) or price(*args, **kw))
        monkeypatch.setattr(goal_search, "route_arrival", lambda *args: timed.append(args) or arrival(*args))
    assert again.binding is not None  # none in time by 12 March: what binds is said of every path


class Day(dt.date):
    """``datetime.date`` whose ``today`` is the day a test sets: a window left open past midnight."""

    now = DEPARTURE

    @classmethod
    def today(cls) -> dt.date:
        return cls.now


def test_a_decision_on_the_next_day_is_made_anew_for_that_day(decider, monkeypatch):
    # the window's request has no date of its own (quoted_on None): it is quoted on the day. Left open past
    # midnight, the same request was answered from what was kept the day before: its figures' ages a day short
    from gui.core import request as request_module
    import types

    clock = types.SimpleNamespace(date=Day, datetime=dt.datetime, timedelta=dt.timedelta)
    monkeypatch.setattr(request_module, "dt", clock)  # QuoteRequest.day_quoted
    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DEPARTURE)
    goals = Goals(arrive_by=dt.date(2026, 3, 10))  # none in time: every path priced and kept

    def told(decision):
        return (tuple(map(str, decision.result.warnings)),  # as they read, joined messages and all
                [(r.cost, r.days_typical, path_key(r), tuple(map(str, r.warnings))) for r in decision.result.routes],
                [(d.odds.on_time, d.odds.sure_by) if d.odds else None for d in decision.routes],
                decision.recommended, said(decision.binding))

    monkeypatch.setattr(Day, "now", dt.date(2026, 5, 1))  # a January exchange rate is over 90 days old: its age is said
    first = told(decider.decide(request, goals=goals))
    monkeypatch.setattr(Day, "now", dt.date(2026, 5, 2))
    next_day = told(decider.decide(request, goals=goals))
    assert next_day == told(Decider(decider.tables).decide(request, goals=goals))
    assert next_day[0] != first[0]
    assert "(99 days old)" in next_day[0][2] and "(98 days old)" in first[0][2]  # KZT/USD of 2026-01-23


def test_the_paths_kept_for_a_request_are_dropped_on_another_day():
    kept = goal_search.KeptPaths()
    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DEPARTURE)
    kept.start(request, dt.date(2026, 3, 1))
    kept._routes["engine"] = (object(), {"path": "route"})
    kept._arrivals["tables"] = (object(), {"route": "arrival"})
    kept.start(request, dt.date(2026, 3, 1))  # the same day: another date, certainty or ceiling
    assert kept._routes and kept._arrivals
    kept.start(request, dt.date(2026, 3, 2))  # past midnight: closures' wording ("since", "from") turns on the day
    assert not kept._routes and not kept._arrivals


@pytest.mark.parametrize("goals", [Goals(arrive_by=dt.date(2026, 3, 16), max_cost=60_000),
                                   Goals(arrive_by=dt.date(2026, 3, 14), on_time_pct=50),
                                   Goals(max_cost=40_000, co2_within_pct=5)])
def test_what_binds_is_said_of_every_path(decider, goals):
    for origin, destination in (("Kostanay", "Karachi"), ("Karachi", "Almaty"), ("Shymkent", "Lahore")):
        request = QuoteRequest("wheat", 500, "t", origin, destination, DEPARTURE, quoted_on=DEPARTURE)
        assert_as_over_every_path(decider, request, goals)


def with_surer_twins(corridors: dict, tariffs: dict, twinned: list[bool]) -> tuple[dict, dict]:
    """Each leg chosen (by its number, ``twinned``) given a second carrier's: dearer and slower as a rule, but sure
    of its time where the first may take six times its typical one. A route by it is beaten on cost and typical
    days by the same route by the first, and so not shown, yet may be the one that arrives in time."""
    legs, rates = [], list(tariffs["leg_rates"])
    for number, leg in enumerate(corridors["legs"]):
        if not twinned[number % len(twinned)]:
            legs.append(leg)
            continue
        typical = leg["days_typical"]
        legs.append({**leg, "days_max": typical * 6})
        legs.append({**leg, "leg_id": f"{leg['leg_id']}-sure", "days_min": typical * 0.9,
                     "days_typical": typical * 1.1, "days_max": typical * 1.2})
        rates += [{**rate, "rate_id": f"{rate['rate_id']}-sure", "leg_id": f"{leg['leg_id']}-sure",
                   "amount": rate["amount"] * 1.2} for rate in tariffs["leg_rates"] if rate["leg_id"] == leg["leg_id"]]
    return {**corridors, "legs": legs}, {**tariffs, "leg_rates": rates}


@ORACLE
@given(small_networks(fees=True, no_tariff=4), st.lists(st.booleans(), min_size=5, max_size=5), st.integers(0, 3),
       st.integers(1, 8), st.sampled_from((50, 90)), st.sampled_from((None, 6.0, 3.0)), st.sampled_from((None, 10.0)),
       st.sampled_from((None, 2_000.0)))
def test_the_recommendation_is_that_of_every_path_on_random_networks(sheets, twinned, day, within, certainty, shelf,
                                                                     co2, ceiling):
    corridors, tariffs = with_surer_twins(*sheets, twinned)
    if shelf is not None:
        corridors = {**corridors, "cargo_types": [{**row, "shelf_life_days": shelf} for row in
                                                  corridors["cargo_types"]]}
    decider = Decider(tables_from_sheets(corridors, tariffs))
    departure = DEPARTURE + dt.timedelta(days=day)
    goals = Goals(arrive_by=departure + dt.timedelta(days=within), on_time_pct=certainty, co2_within_pct=co2,
                  max_cost=ceiling)
    places = sorted(decider.tables.places)
    for origin, destination in zip(places, reversed(places)):
        request = QuoteRequest("wheat", 40, "t", origin, destination, departure, quoted_on=departure)
        try:
            decider.engine.quote(request)
        except InputError:
            continue
        assert_as_over_every_path(decider, request, goals)
