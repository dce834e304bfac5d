"""The quicker search (label_search.py), which answers where the search rules allow more paths than a quote can try:
every path it returns keeps every rule (brute force on random networks), a quote that uses it says so and prices
its paths as any other, and on the bundled tables it finds what trying every path finds for the booth's examples."""
from __future__ import annotations

import datetime as dt
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


def quicker(engine: QuoteEngine) -> QuoteEngine:
    """The engine with every request's paths too many to try: each quote takes the quicker search."""
    engine._candidates = lambda *key: None
    return engine


def labelled(pair, request):
    engine = QuoteEngine(pair.tables)
    bounds = PathBounds(engine.network, engine.tariffs, pair.req, pair.cargo.handling_class, pair.load.locked)
    return engine.network.labelled(pair.origin, pair.destination, pair.cargo.handling_class, pair.load.locked,
                                   engine._blocked(pair.departure), bounds.adds, bounds.closes)


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
    """Kostanay → Karachi: trying every path takes 7,032 steps, the quicker search 3,740. With a budget between,
    the quote answers with the quicker search's routes, says that a better route may exist and how to have every
    path tried, and says that what the limits hide is not known; with less than either, it is refused as before."""
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
    monkeypatch.setattr(searching, "STEP_BUDGET", 3_000)
    with pytest.raises(InputError) as error:
        QuoteEngine(tables).quote(request)
    assert error.value.field == "settings" and "too many paths to try (over 3,000 steps)" in str(error.value.message)


def close_to_every_path(result, exact) -> None:
    """What the quicker search is measured by (tests/benchmarks/bench_search.py prints it for every bundled pair):
    each corridor that trying every path shows with an available route, with its cheapest route at most 1 % dearer
    (a beginning's least cost leaves out a change of equipment within a mode: at Bafq for Kostanay → Karachi, the
    one by Etrek is 703 USD less at the least than the one by Sarakhs, whose route prices 297 USD less) and its
    fastest at most the search's margin of days slower (label_search.DAYS_WITHIN, twice)."""
    from gui.core.label_search import DAYS_WITHIN

    for corridor in {r.corridor for r in exact.routes if r.available}:
        theirs = [r for r in exact.routes if r.corridor == corridor and r.available]
        ours = [r for r in result.routes if r.corridor == corridor and r.available]
        assert ours, corridor
        assert min(r.cost for r in theirs) <= min(r.cost for r in ours) <= 1.01 * min(r.cost for r in theirs)
        assert min(r.days_typical for r in ours) <= min(r.days_typical for r in theirs) + 2 * DAYS_WITHIN


@pytest.mark.parametrize("origin, destination", [("Tashkent", "Islamabad"), ("Pavlodar", "Tehran"),
                                                 ("Karachi", "Almaty"), ("Kostanay", "Gwadar")])
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
