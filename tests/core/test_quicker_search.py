"""The quicker search (label_search.py), which answers where the search rules allow more paths than a quote can try:
every path it returns keeps every rule (brute force on random networks), a quote that uses it says so and prices
its paths as any other, and on the bundled tables it finds what trying every path finds for the booth's examples."""
from __future__ import annotations

import datetime as dt
import sys
import threading
from dataclasses import replace

import pytest
from hypothesis import event, given, strategies as st

import gui.core.path_search as searching
from gui.core import search_messages as smsg
from gui.core.bounds import PathBounds
from gui.core.errors import InputError
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from tests.core.test_search_oracle import ORACLE, PAIRS, REQUESTS, RULE_SETTINGS, each_pair
from tests.networks import small_networks, tables_from_sheets

DAY = dt.date(2026, 3, 2)


class AskedAfter(threading.Event):
    """A stop event (stopping.stoppable) that says it is set from its ``looks + 1``-th look on; ``where``: the
    function that looked then."""

    def __init__(self, looks: int):
        super().__init__()
        self.looks = looks
        self.where = None

    def is_set(self) -> bool:
        self.looks -= 1
        if self.looks == -1:
            self.where = sys._getframe(1).f_code.co_name
        return self.looks < 0


def quicker(engine: QuoteEngine) -> QuoteEngine:
    """The engine with every request's paths too many to try: each quote takes the quicker search."""
    engine._candidates = lambda *key: None
    return engine


def labelled(pair, request):
    engine = QuoteEngine(pair.tables)
    bounds = PathBounds(engine.network, engine.tariffs, pair.req, pair.cargo.handling_class, pair.load.locked)
    return engine.network.labelled(pair.origin, pair.destination, pair.cargo.handling_class, pair.load.locked,
                                   engine._blocked(pair.departure), bounds.adds, bounds.closes, bounds.runs())


@ORACLE
@given(small_networks(fees=True, no_tariff=4), RULE_SETTINGS, REQUESTS, st.integers(0, 3), PAIRS)
def test_every_path_of_the_quicker_search_keeps_every_rule(sheets, rules, request, day, pairs):
    """Each path it returns is one that trying every path finds the rules allow, once."""
    for pair in each_pair(sheets, rules, request, day, [(a, min(b, len(sheets[0]["places"]) - 1))
                                                         for a, b in pairs]):
        paths = labelled(pair, request)
        allowed = {tuple(id(step.leg) for step in path) + tuple(step.forward for step in path)
                   for path in pair.paths}
        keys = [tuple(id(step.leg) for step in path) + tuple(step.forward for step in path) for path in paths]
        assert len(set(keys)) == len(keys)
        assert set(keys) <= allowed
        event("no path allowed" if not pair.paths else "paths allowed, none kept" if not paths else
              "every path kept" if len(paths) == len(pair.paths) else "some paths kept")


def test_a_quote_past_the_step_budget_takes_the_quicker_search_and_says_so(bundled_engine, monkeypatch):
    """Kostanay → Karachi: trying every path takes 7,032 steps; the quicker search, whose budget is three times the
    walk's, answers from a budget of 1,274 steps. With a budget between, the quote answers with the quicker search's
    routes, says that a better route may exist and how to have every path tried, and says that what the limits hide
    is not known; where the quicker search's own budget is too little as well, it is refused as before."""
    tables = bundled_engine.tables
    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY)
    exact = QuoteEngine(tables).quote(request)
    monkeypatch.setattr(searching, "STEP_BUDGET", 5_000)
    result = QuoteEngine(tables).quote(request)
    said = [w for w in result.warnings if w.template == smsg.QUICKER_SEARCH]
    assert len(said) == 1 and str(said[0]).startswith(
        "the search limits allow too many paths to try every one (over 5,000 steps): these routes keep to the "
        "limits but were found by a quicker search")
    assert [str(w) for w in result.limit_warnings] == [str(smsg.LIMITS_UNKNOWN)]
    assert not any(w.template == smsg.QUICKER_SEARCH for w in exact.warnings)
    close_to_every_path(result, exact)
    monkeypatch.setattr(searching, "STEP_BUDGET", 1_100)  # the quicker search's, three times: 3,300
    with pytest.raises(InputError) as error:
        QuoteEngine(tables).quote(request)
    assert error.value.field == "settings" and "too many paths to try (over 1,100 steps)" in str(error.value.message)


def close_to_every_path(result, exact) -> None:
    """What the quicker search is measured by (tests/benchmarks/bench_search.py prints it for every bundled pair):
    each corridor that trying every path shows with an available route, with the same cheapest route (a beginning's
    money counts one equipment type for each run of legs, as the route takes it: at Bafq for Kostanay → Karachi,
    the beginning by Etrek was less at each leg's and stop's least than the one by Sarakhs, whose route prices
    297 USD less, and beat it) and its fastest at most the search's margin of days slower (label_search.DAYS_WITHIN,
    twice)."""
    from gui.core.label_search import DAYS_WITHIN

    for corridor in {r.corridor for r in exact.routes if r.available}:
        theirs = [r for r in exact.routes if r.corridor == corridor and r.available]
        ours = [r for r in result.routes if r.corridor == corridor and r.available]
        assert ours, corridor
        assert min(r.cost for r in theirs) <= min(r.cost for r in ours) <= (1 + 1e-9) * min(r.cost for r in theirs)
        assert min(r.days_typical for r in ours) <= min(r.days_typical for r in theirs) + 2 * DAYS_WITHIN


# Atyrau → Islamabad and Aktau → Lahore: the China corridor's one route, by Astana, was not found where a beginning
# with less room under the detour limits of its stops could beat it (label_search.beaten)
@pytest.mark.parametrize("origin, destination", [("Tashkent", "Islamabad"), ("Pavlodar", "Tehran"),
                                                 ("Karachi", "Almaty"), ("Kostanay", "Gwadar"),
                                                 ("Atyrau", "Islamabad"), ("Aktau", "Lahore")])
def test_on_the_bundled_tables_the_quicker_search_finds_each_corridors_cheapest_and_fastest(
        bundled_engine, origin, destination):
    request = QuoteRequest("wheat", 500, "t", origin, destination, DAY, quoted_on=DAY)
    exact = QuoteEngine(bundled_engine.tables).quote(request)
    result = quicker(QuoteEngine(bundled_engine.tables)).quote(request)
    assert any(w.template == smsg.QUICKER_SEARCH for w in result.warnings)
    close_to_every_path(result, exact)


def test_a_quicker_search_that_finds_nothing_refuses_rather_than_says_no_route(bundled_engine, monkeypatch):
    """No path found by the quicker search is not "no route in these tables": the paths it did not walk on may
    hold one. The quote is refused as too many paths to try."""
    import gui.core.network as network

    monkeypatch.setattr(network, "labelled_paths", lambda *args: ())
    with pytest.raises(InputError) as error:
        quicker(QuoteEngine(bundled_engine.tables)).quote(
            QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY))
    assert error.value.field == "settings" and "too many paths to try" in str(error.value.message)


def test_the_quicker_search_answers_a_network_of_a_thousand_legs_that_trying_every_path_cannot():
    """The generated network of 1,000 legs of the benchmark: Kazakh depot to Pakistani depot, refused before."""
    from tests.networks import Shape, corridor_network, endpoints

    corridors, tariffs = corridor_network(Shape(400, 1_000, hubs_per_country=3), seed=7)
    tables = tables_from_sheets(corridors, tariffs)
    origin, destination = endpoints(corridors, 3, 3)[0]
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", 500, "t", origin, destination, DAY, quoted_on=DAY))
    assert any(w.template == smsg.QUICKER_SEARCH for w in result.warnings)
    assert len({r.corridor for r in result.routes}) >= 10 and all(r.cost > 0 for r in result.routes if r.available)


def test_the_settings_of_a_quicker_search_are_the_tables_own(bundled_engine, monkeypatch):
    """A rule set in the tables holds in the quicker search too: no route shown has more mode changes or legs."""
    tables = replace(bundled_engine.tables, settings=replace(bundled_engine.tables.settings, max_mode_changes=1,
                                                             max_legs=6))
    result = quicker(QuoteEngine(tables)).quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY,
                                                             quoted_on=DAY))
    assert result.routes
    for route in result.routes:
        modes = [leg.mode for leg in route.legs]
        assert len(modes) <= 6 and sum(a != b for a, b in zip(modes, modes[1:])) <= 1


def line_network(legs: list[tuple[str, str, str, float, float]], **rules):
    """Tables of one country's road legs (id, from, to, km, typical days; one way, 2 USD a unit-km) under ``rules``."""
    from tests.networks import CARGO, EQUIPMENT, FACTORS, SRC

    names = sorted({place for _, a, b, _, _ in legs for place in (a, b)})
    places = [{"place_id": p, "name": p.upper(), "country": "AA", "kind": "city", "endpoint": "yes", **SRC}
              for p in names]
    rows = [{"leg_id": i, "from_place": a, "to_place": b, "mode": "road", "corridor": "", "km": km,
             "days_min": days / 2, "days_typical": days, "days_max": days * 2, "cargo_classes": "*",
             "equipment": "*", "status": "operational", "two_way": "no", **SRC} for i, a, b, km, days in legs]
    sources = [{"source_id": "GEN", "title": "Generated network", "reliability": "DER"}]
    corridors = {"places": places, "legs": rows, "nodes": [], "closures": [], "cargo_types": CARGO,
                 "equipment": EQUIPMENT, "emission_factors": FACTORS, "sources": sources}
    tariffs = {"leg_rates": [{"rate_id": f"r{i}", "leg_id": i, "equipment": "*", "charge": "freight",
                              "basis": "per_unit_km", "amount": 2.0, "currency": "USD", **SRC}
                             for i, *_ in legs],
               "node_fees": [], "fx": [{"currency": "USD", "units_per_usd": 1, "as_of": dt.date(2026, 1, 1), **SRC}],
               "sources": sources}
    tables = tables_from_sheets(corridors, tariffs)
    return replace(tables, settings=replace(tables.settings, **rules))


@pytest.mark.parametrize("legs, rules", [
    # at x the beginning o-y-x (cheaper, shorter, 2 legs) must not beat o-x, which alone reaches d within 3 legs
    ([("l1", "o", "x", 100, 1), ("l2", "o", "y", 40, .5), ("l3", "y", "x", 40, .5), ("l4", "x", "z", 50, 1),
      ("l5", "z", "d", 50, 1)], {"max_legs": 3}),
    # a route exactly on max_detour 1.0, whose ways' km sum to the limit in one order and past it by rounding in
    # another: the ways on are not left on a sum taken in another order than the check's
    ([("l1", "o", "s", .1, 1), ("l2", "s", "x1", .1, 1), ("l3", "s", "x2", .4, 1), ("l4", "x1", "d", .4, 1),
      ("l5", "x2", "d", .1, 1)], {"max_detour": 1.0}),
    # 0.8 + 2.9 less 0.8 is 2.9000000000000004 km, past the allowance of 2.9 that the walk checks: the shortcut on
    # the km to the destination (the same sum) must not let it pass
    ([("l1", "o", "s", .8, 1), ("l2", "s", "a", 2.9, 1), ("l3", "a", "d", .8, 1)], {"max_domestic_detour": 1.0}),
])
def test_the_quicker_search_finds_what_trying_every_path_finds_on_a_limit(legs, rules):
    from gui.core.pricing_request import PricingRequest
    from gui.core.request import find_cargo, resolve_load

    tables = line_network(legs, **rules)
    engine = QuoteEngine(tables)
    cargo = find_cargo(tables, "wheat")
    load = resolve_load(tables, cargo, 500, "t")
    bounds = PathBounds(engine.network, engine.tariffs, PricingRequest(cargo, load, DAY, "USD", quoted_on=DAY),
                        cargo.handling_class, load.locked)
    every = engine.network.routes("o", "d", cargo.handling_class, load.locked)
    found = engine.network.labelled("o", "d", cargo.handling_class, load.locked, frozenset(), bounds.adds,
                                    bounds.closes, bounds.runs())
    assert [[s.leg.leg_id for s in p] for p in found] == [[s.leg.leg_id for s in p] for p in every]


def test_a_quicker_quote_keeps_no_plan_of_its_paths(bundled_engine):
    """Its paths are found anew for each span of money: a plan kept for each would pile up in the window's engine."""
    engine = quicker(QuoteEngine(bundled_engine.tables))
    for _ in range(3):
        engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY))
    assert len(engine.pricer._plans) == 0


def test_a_decision_on_a_quicker_quote_keeps_no_plan_of_its_paths(bundled_engine):
    """The goals' search prices the quicker search's paths as the quote does (goal_search.py): no plan kept."""
    from gui.core.decide import Decider
    from gui.core.goals import Goals

    engine = quicker(QuoteEngine(bundled_engine.tables))
    decider = Decider(engine.tables, engine)
    for tonnes in (500, 501, 502):
        decision = decider.decide(QuoteRequest("wheat", tonnes, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY),
                                  goals=Goals(arrive_by=DAY + dt.timedelta(days=12)))
        assert decision.result.routes
    assert len(engine.pricer._plans) == 0


def test_routes_a_goal_adds_from_a_quicker_search_say_so(bundled_engine, monkeypatch):
    """Peshawar → Pavlodar avoiding Uzbekistan: the whole tables take 4,839 steps to try every path, the legs the
    goal allows 8,293 (the shortest route is longer, and so the detour limit): with a budget between, the routes
    the goal's search adds came from the quicker search, and the decision says so."""
    from gui.core.decide import Decider
    from gui.core.goals import Goals

    monkeypatch.setattr(searching, "STEP_BUDGET", 6_500)
    request = QuoteRequest("wheat", 500, "t", "Peshawar", "Pavlodar", DAY, quoted_on=DAY)
    assert not any(w.template == smsg.QUICKER_SEARCH for w in QuoteEngine(bundled_engine.tables).quote(
        request).warnings)
    decision = Decider(bundled_engine.tables, QuoteEngine(bundled_engine.tables)).decide(
        request, None, Goals(avoid=("UZ",)))
    assert [getattr(w, "template", None) for w in decision.result.warnings].count(smsg.QUICKER_SEARCH) == 1


def _shown_routes(result) -> list[tuple]:
    return [(r.corridor, r.cost, r.days_typical, r.days_min, r.days_max, r.co2e_kg, r.available, r.place_ids,
             [str(w) for w in r.warnings]) for r in result.routes]


def counted_searches(engine: QuoteEngine, monkeypatch) -> list:
    """The quicker searches the engine runs from now on, each as its origin and destination."""
    searched: list = []
    labelled_of = engine.network.labelled
    monkeypatch.setattr(engine.network, "labelled", lambda *args: searched.append(args[:2]) or labelled_of(*args))
    return searched


def test_the_quicker_searchs_paths_are_kept_for_the_departures_of_a_span_of_money(bundled_engine, monkeypatch):
    """A date changed in the window, a rate card's months: a departure in the span of money of one quoted before,
    with the same closures on the day, takes up that quote's paths (the search reads nothing else of the request),
    and its quote is the one a new engine gives; a departure in another span, or in the same span with other
    closures on the day, searches anew. A search past its budget is refused again without searching."""
    engine = quicker(QuoteEngine(bundled_engine.tables))
    searched = counted_searches(engine, monkeypatch)
    first, same = DAY, DAY + dt.timedelta(days=1)
    assert engine._spans.of(first)[0] == engine._spans.of(same)[0] and engine._blocked(first) == engine._blocked(same)
    other = next(DAY - dt.timedelta(days=n) for n in range(1, 400)  # the tables' last rate change is before DAY
                 if engine._spans.of(DAY - dt.timedelta(days=n))[0] != engine._spans.of(DAY)[0])
    for day, searches in ((first, 1), (same, 1), (other, 2)):
        request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", day, quoted_on=DAY)
        shown = _shown_routes(engine.quote(request))
        assert len(searched) == searches
        assert shown == _shown_routes(quicker(QuoteEngine(bundled_engine.tables)).quote(request)) and shown
    # one span of money, other closures on the day (Torkham closed on 1 March 2025, not on 1 April): searched anew
    opened, closed = dt.date(2025, 4, 1), dt.date(2025, 3, 1)
    assert engine._spans.of(opened)[0] == engine._spans.of(closed)[0]
    assert engine._blocked(opened) != engine._blocked(closed)
    for day, searches in ((opened, 3), (closed, 4)):
        request = QuoteRequest("wheat", 500, "t", "Tashkent", "Karachi", day, quoted_on=day)
        shown = _shown_routes(engine.quote(request))
        assert len(searched) == searches
        assert shown == _shown_routes(quicker(QuoteEngine(bundled_engine.tables)).quote(request)) and shown
    monkeypatch.setattr(searching, "STEP_BUDGET", 1_100)
    engine = quicker(QuoteEngine(bundled_engine.tables))
    searched = counted_searches(engine, monkeypatch)
    for day in (first, same):
        with pytest.raises(InputError) as error:
            engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", day, quoted_on=DAY))
        assert "too many paths to try (over 1,100 steps)" in str(error.value.message)
    assert len(searched) == 1


@pytest.mark.parametrize("walked", [0, 40])
def test_a_quicker_search_asked_to_stop_stops_and_leaves_the_engine_whole(bundled_engine, walked):
    """The window asks a quote no one waits for any more to stop (a newer request came while a network of
    thousands of legs was searched): it stops, at once or after ``walked`` beginnings walked on, and the same
    engine then quotes the request as a new one does."""
    from gui.core.stopping import Stopped, stoppable

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY)
    engine = quicker(QuoteEngine(bundled_engine.tables))
    stop = AskedAfter(walked)
    with stoppable(stop), pytest.raises(Stopped):
        engine.quote(request)
    assert stop.looks == -1  # it stopped the first time it was asked
    shown = [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in engine.quote(request).routes]
    fresh = quicker(QuoteEngine(bundled_engine.tables)).quote(request)
    assert shown == [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in fresh.routes] and shown
    with stoppable(threading.Event()):  # not asked: it ends as it would
        assert [r.cost for r in quicker(QuoteEngine(bundled_engine.tables)).quote(request).routes] == \
            [r.cost for r in fresh.routes]


def test_a_walk_asked_to_stop_stops_and_leaves_the_engine_whole(bundled_engine):
    """Every path tried (the bundled tables' longest walk, Pavlodar → Tehran for grain, some 26,000 steps) stops
    too, within ``LOOK_EVERY`` steps of being asked, and the engine then quotes the request as a new one does."""
    from gui.core.stopping import Stopped, stoppable

    request = QuoteRequest("wheat", 500, "t", "Pavlodar", "Tehran", DAY, quoted_on=DAY)
    engine = QuoteEngine(bundled_engine.tables)
    stop = threading.Event()
    stop.set()
    with stoppable(stop), pytest.raises(Stopped):
        engine.quote(request)
    shown = [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in engine.quote(request).routes]
    fresh = QuoteEngine(bundled_engine.tables).quote(request)
    assert shown == [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in fresh.routes] and shown
    assert not any(w.template == smsg.QUICKER_SEARCH for w in fresh.warnings)  # every path tried


def test_the_pricing_asked_to_stop_stops_before_the_next_path_and_leaves_the_engine_whole(bundled_engine):
    """Asked to stop once the search is done, the quote stops before it prices another path (on a network of
    10,000 legs the pricing of some 660 paths takes a few tenths of a second), and the engine then quotes the
    request as a new one does: a plan kept is a whole path's."""
    from gui.core.stopping import Stopped, stoppable

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY)
    engine = QuoteEngine(bundled_engine.tables)
    stop = threading.Event()
    priced = []
    price = engine._price_path

    def price_then_ask(*args, **kwargs):
        priced.append(args)
        stop.set()  # as the window does when the request changes
        return price(*args, **kwargs)

    engine._price_path = price_then_ask
    with stoppable(stop), pytest.raises(Stopped):
        engine.quote(request)
    assert len(priced) == 1
    del engine._price_path
    shown = [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in engine.quote(request).routes]
    fresh = QuoteEngine(bundled_engine.tables).quote(request)
    assert shown == [(r.corridor, r.cost, r.days_typical, r.place_ids) for r in fresh.routes] and shown


@pytest.mark.parametrize(("looks", "where"), [(0, "_least_to"), (60, "_least_to"), (2_000, "walk"),
                                             (5_000, "hidden_routes")])
def test_the_walk_past_the_limits_asked_to_stop_stops_and_finds_the_same_after(bundled_engine, looks, where):
    """What the search limits keep out is a second walk, seconds long on a network of thousands of legs, which the
    window walks on a thread of its own and asks to stop when the request changes. It stops the first time it is
    asked, wherever it is: Kostanay → Karachi looks 5,381 times, at the least cost (0–54) and days (55–108) to the
    destination from each place, in the walk (109–4,966) and before each path found past a limit is priced (the
    rest). The same quote then finds the warnings a new one does, and none is kept from the walk stopped."""
    from gui.core.stopping import Stopped, stoppable

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", DAY, quoted_on=DAY)
    result = QuoteEngine(bundled_engine.tables).quote(request)
    stop = AskedAfter(looks)
    with stoppable(stop), pytest.raises(Stopped):
        result.found_limits()
    assert stop.looks == -1 and stop.where == where  # it stopped the first time it was asked
    assert not result.limits_known
    fresh = [str(w) for w in QuoteEngine(bundled_engine.tables).quote(request).limit_warnings]
    with stoppable(threading.Event()):  # not asked: it ends as it would
        assert [str(w) for w in result.found_limits()] == fresh and fresh
    assert not result.limits_known  # found, not kept: the window keeps them once it has them (keep_limits)
    result.keep_limits(tuple(fresh))
    assert result.limits_known and list(result.limit_warnings) == fresh


def test_a_span_keeps_the_quicker_searchs_paths_of_so_many_pairs_the_first_dropped_past_that(bundled_engine,
                                                                                             monkeypatch):
    """The paths kept per span of money (``req.labelled``) have a limit of their own: past KEPT_LABELLED pairs, the
    first quoted is dropped and searched anew when asked again; the last stays."""
    import gui.core.quote as quote

    monkeypatch.setattr(quote, "KEPT_LABELLED", 2)
    engine = quicker(QuoteEngine(bundled_engine.tables))
    searched = counted_searches(engine, monkeypatch)
    pairs = [("Kostanay", "Karachi"), ("Almaty", "Karachi"), ("Karachi", "Almaty"), ("Karachi", "Almaty"),
             ("Kostanay", "Karachi")]
    for origin, destination in pairs:
        engine.quote(QuoteRequest("wheat", 500, "t", origin, destination, DAY, quoted_on=DAY))
    assert searched == [("kostanay", "karachi"), ("almaty", "karachi"), ("karachi", "almaty"),
                        ("kostanay", "karachi")]
    assert max(len(req.labelled) for req in engine._requests.values()) == 2
