"""Departures whose bounds cannot differ share them (departure_spans.DepartureSpans): a rate card's months and a
date changed in the window quote as each would alone, and the bound that leaves paths unpriced never passes a
route's price."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from gui.core.bounds import PathBounds
from gui.core.departure_spans import DepartureSpans
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest

D = dt.date
MONTHS = [D(2026, 3, 1), D(2026, 6, 1), D(2026, 9, 1), D(2026, 12, 31), D(2027, 1, 1), D(2027, 2, 1)]


def _figures(result) -> list[tuple]:
    return [(r.corridor, r.place_ids, r.cost, r.days_min, r.days_typical, r.days_max, r.co2e_kg, r.available,
             str(r.unavailable_reason), r.pareto, tuple(str(w) for w in r.warnings)) for r in result.routes] + [
        tuple(str(w) for w in result.warnings)]


def test_months_quoted_one_after_another_equal_each_quoted_alone(bundled_engine):
    """One engine quotes a pair for month after month (the requests of one span share their bounds, the order of
    their paths and the equipment of settled runs); each equals a new engine's quote of that month alone."""
    tables = bundled_engine.tables
    engine = QuoteEngine(tables)
    for cargo, origin, destination in (("wheat", "Kostanay", "Karachi"), ("potatoes", "Karachi", "Almaty")):
        for day in MONTHS:
            request = QuoteRequest(cargo, 500, "t", origin, destination, day, quoted_on=MONTHS[0])
            assert _figures(engine.quote(request)) == _figures(QuoteEngine(tables).quote(request)), (cargo, day)


def test_a_span_ends_where_a_rate_an_exchange_rate_or_a_closure_with_no_end_can_change(bundled_engine):
    tables = bundled_engine.tables
    rate = tables.leg_rates[0]
    closure = next(c for c in tables.closures if c.closed and not c.proposed and not c.every_year and c.end is None)
    day = D(2030, 5, 10)
    moved = replace(tables, leg_rates=(replace(rate, valid_from=None, valid_to=day), *tables.leg_rates[1:]),
                    closures=(replace(closure, start=D(2031, 7, 1)), *tables.closures))
    spans = DepartureSpans(moved)
    # a rate valid to 10 May: from the 11th every day chooses alike (rate_rows.settled)
    assert spans.of(day) == spans.of(D(2030, 1, 1)) != spans.of(day + dt.timedelta(days=1))
    assert spans.of(D(2031, 6, 30)) != spans.of(D(2031, 7, 1))  # a closure with no end in force from its start
    as_of = max(r.as_of for r in tables.fx)
    assert spans.of(as_of - dt.timedelta(days=1)) != spans.of(as_of)  # the exchange rate of the day
    # a proposal, a risk window or a yearly closure changes no bound: no span ends at its start
    others = [c for c in tables.closures if c.proposed or not c.closed or c.every_year]
    plain = DepartureSpans(replace(tables, closures=tuple(others)))
    assert plain.days == DepartureSpans(replace(tables, closures=())).days


def test_the_bound_that_leaves_paths_unpriced_never_passes_a_bundled_route(bundled_engine):
    """Every path of a few bundled requests priced: the bound with one equipment type per run of legs stays at or
    below its cost (infinite only where the route has no price), and at or above the bound per leg."""
    engine, tables = bundled_engine, bundled_engine.tables
    checked = 0
    for cargo, origin, destination, day in (("wheat", "kostanay", "karachi", D(2026, 3, 1)),
                                            ("potatoes", "karachi", "almaty", D(2027, 1, 1)),
                                            ("crude-oil", "atyrau", "karachi", D(2026, 12, 1))):
        cargo_type = tables.cargo_types[cargo]
        result = engine.quote(QuoteRequest(cargo, 500, "t", origin, destination, day, quoted_on=day))
        req = engine._pricing_request(cargo_type, result.load, day, "USD", {}, day)
        handling, locked = cargo_type.handling_class, result.load.locked
        bounds = PathBounds(engine.network, engine.tariffs, req, handling, locked)
        for path in engine.network.routes(result.origin.place_id, result.destination.place_id, handling, locked,
                                          frozenset()):
            bound = bounds.bound(path)
            tight = bounds.tight(path, bound)
            route = engine.route(engine.plan(path, handling, locked), req)
            assert bound.cost <= tight.cost
            assert tight.cost <= route.cost if route.cost is not None else True
            assert route.cost is None or tight.cost < math.inf
            checked += 1
    assert checked > 100


def _whole(result) -> list[str]:
    """Every field of every route (its own words of warning and reason included), and the quote's warnings."""
    return [repr(r) + repr([str(w) for w in r.warnings]) + str(r.unavailable_reason) for r in result.routes] + [
        str(w) for w in result.warnings]


def test_walks_replayed_on_other_departures_of_a_span_equal_walks_walked_anew(bundled_engine, monkeypatch):
    """A path walked for one departure is replayed for the next of its span (route_walk.replay) unless a closure
    moved its days, a part's rows change with the day or a row that closes the way covers one of the new dates:
    the routes equal in every field those of a new engine, which walks each path; days around closures and
    their waits (December at Torkham) among them."""
    import gui.core.route_pricer as route_pricer

    replayed = []

    def counted(*args):
        walk = real(*args)
        replayed.append(walk is not None)
        return walk

    real = route_pricer.replay
    monkeypatch.setattr(route_pricer, "replay", counted)
    tables = bundled_engine.tables
    engine = QuoteEngine(tables)
    days = [D(2026, 4, 1), D(2026, 5, 1), D(2026, 11, 20), D(2026, 12, 7), D(2026, 12, 20), D(2026, 12, 28)]
    for cargo, origin, destination in (("wheat", "Kostanay", "Karachi"), ("citrus", "Karachi", "Almaty")):
        for day in days:
            request = QuoteRequest(cargo, 500, "t", origin, destination, day, quoted_on=days[0])
            assert _whole(engine.quote(request)) == _whole(QuoteEngine(tables).quote(request)), (cargo, day)
    assert any(replayed) and not all(replayed)  # both replayed and walked anew where a closure holds the cargo


def test_a_route_is_made_with_every_field_of_a_route_quote(bundled_engine):
    """RoutePricer.route sets a RouteQuote's fields without its __init__: each field, in order, and nothing else."""
    from dataclasses import fields

    from gui.core.route_values import RouteQuote

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", D(2026, 3, 2))
    route = bundled_engine.price_same(request, bundled_engine.quote(request).routes[:1])[0]  # as route made it
    assert not hasattr(RouteQuote, "__post_init__") and all(f.init for f in fields(RouteQuote))
    assert list(route.__dict__)[:len(fields(RouteQuote))] == [f.name for f in fields(RouteQuote)]
    assert route == RouteQuote(**{f.name: getattr(route, f.name) for f in fields(RouteQuote)})


def test_a_walk_taken_up_to_a_closure_on_another_departure_equals_one_walked_anew(bundled_engine, monkeypatch):
    """Where a walk kept for the span cannot be replayed whole (a row met closes the way on one of the new
    dates), it is taken up to the start of the leg where that row is met and walked on from there
    (route_walk.taken_up): every total, part and closure row met equals a walk from the origin on that departure,
    for paths whose first such row is met at the origin, at a leg or place mid-path, or near their end."""
    import gui.core.route_pricer as route_pricer
    from gui.core.equipment_choice import choose_equipment
    from gui.core.route_walk import Walk

    taken: list[int] = []

    def counted(*args):
        walker, first = real(*args)
        taken.append(first)
        return walker, first

    real = route_pricer.taken_up
    monkeypatch.setattr(route_pricer, "taken_up", counted)
    tables = bundled_engine.tables
    engine = QuoteEngine(tables)
    spans = DepartureSpans(tables)
    days = [D(2026, 11, 20), D(2026, 12, 7), D(2026, 12, 20), D(2026, 12, 28), D(2026, 4, 1), D(2026, 5, 1)]
    compared = 0
    for cargo, origin, destination in (("wheat", "kostanay", "karachi"), ("citrus", "karachi", "almaty")):
        cargo_type = tables.cargo_types[cargo]
        load = engine.quote(QuoteRequest(cargo, 500, "t", origin, destination, days[0], quoted_on=days[0])).load
        handling, locked = cargo_type.handling_class, load.locked
        paths = engine.network.routes(origin, destination, handling, locked, frozenset())
        first_day = {}
        for day in days:
            first_day.setdefault(spans.of(day), day)
            req = engine._pricing_request(cargo_type, load, day, "USD", {}, days[0])
            for path in paths:
                plan = engine.plan(path, handling, locked)
                before = len(taken)
                walk, _, _ = engine.pricer._walk(plan, req)
                if len(taken) == before:
                    continue
                assert first_day[spans.of(day)] != day  # taken up only from a walk of another departure
                fresh = Walk(engine.tariffs, plan, req, choose_equipment(engine.tariffs, plan, req), False).run()
                assert walk == fresh, (cargo, day, plan.names, taken[-1])
                compared += 1
    assert compared > 50
    assert any(0 < first < 3 for first in taken) and any(first >= 5 for first in taken)


def test_departures_with_other_closures_and_the_same_search_share_its_groups_and_their_order(bundled_engine,
                                                                                             monkeypatch):
    """Khorgos is closed on 1 May 2026 and not on 1 March; Kostanay → Karachi measures its detour limit from the
    same km on both (the shortest open route does not pass Khorgos), so the two departures have the same paths:
    grouped by corridor once, each group put in bound order once for the span, and each quote as a new engine's."""
    import gui.core.bounds as bounds

    ordered = []

    def counted(paths, bound):
        ordered.append(paths)
        return real(paths, bound)

    tables = bundled_engine.tables
    march, may = D(2026, 3, 1), D(2026, 5, 1)
    requests = [QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", day, quoted_on=march) for day in (march, may)]
    alone = [_figures(QuoteEngine(tables).quote(request)) for request in requests]
    real = bounds.bound_order
    monkeypatch.setattr(bounds, "bound_order", counted)
    engine = QuoteEngine(tables)
    assert engine._blocked(march) != engine._blocked(may) and engine._spans.of(march) == engine._spans.of(may)
    groups = []
    for request, figures in zip(requests, alone):
        assert _figures(engine.quote(request)) == figures, request.departure
        groups.append(engine._candidates("kostanay", "karachi", "bulk_grain", None, engine._blocked(request.departure)))
    assert groups[0] is groups[1]
    assert len(ordered) == len(groups[0]) == len({id(paths) for paths in ordered})


def test_past_its_limit_a_span_drops_the_first_group_it_put_in_order_and_keeps_the_rest(bundled_engine,
                                                                                         monkeypatch):
    """The groups in bound order a span keeps (bounds.PathBounds.order): past KEPT_ORDERS the first is dropped,
    not all, so that the groups of the request being quoted stay."""
    import gui.core.bounds as bounds

    monkeypatch.setattr(bounds, "KEPT_ORDERS", 2)
    engine = bundled_engine
    cargo = engine.tables.cargo_types["wheat"]
    result = engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", D(2026, 3, 2)))
    req = engine._pricing_request(cargo, result.load, D(2026, 3, 2), "USD", {}, D(2026, 3, 2))
    path_bounds = PathBounds(engine.network, engine.tariffs, req, cargo.handling_class, result.load.locked)
    req.orders.clear()
    groups = engine._candidates("kostanay", "karachi", "bulk_grain", None, frozenset())
    assert len(groups) >= 3
    first, second = path_bounds.order(groups[0]), path_bounds.order(groups[1])
    path_bounds.order(groups[2])
    assert path_bounds.order(groups[1]) is second and path_bounds.order(groups[0]) is not first
    assert len(req.orders) == 2
