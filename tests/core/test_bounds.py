"""A path's bound with one equipment type per run of legs (bounds.PathBounds.tight) counts what the changes of
equipment between its runs must cost, and never comes above the route priced, which would change a quote: on a
network worked by hand, on the oracle's random networks with transshipment fees that differ by equipment type, mode,
place and day, and on the bundled tables."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import event, given, strategies as st

import gui.core.quote as quoting
from gui.core.bounds import BOUND_SLACK, PathBounds
from gui.core.equipment_choice import change_least
from gui.core.frontier import Bound
from gui.core.network import Step
from gui.core.quote import PricingRequest, QuoteEngine
from gui.core.request import QuoteRequest, find_cargo, resolve_load
from gui.core.equipment_changes import _charges
from tests.core.test_equipment_choice import DAY, change_network
from tests.core.test_search_oracle import ORACLE, PAIRS, REQUESTS, RULE_SETTINGS, check_bounds, each_pair
from tests.networks import small_networks, tables_from_sheets


@pytest.mark.parametrize(("road", "cost"), [
    # only trucks go on by road: the cargo surely changes equipment at Hub. The containers' rail run is the
    # cheaper, 1,800 against 2,400 by hopper, but leaving them costs a lift off each box (1,200); the wheat moved
    # into the trucks (1,400, the stop's own event) is the same either way: 2,400 + 2,800 + 1,400, as priced, where
    # the cheapest run alone said 1,800 + 2,800 + 1,400 = 6,000
    ("truck", 6600),
    # containers may go on by road, and then nothing changes at Hub: 1,800 + 3,120 + the lift onto the chassis
    # (1,200), as priced
    ("truck;c20", 6120),
])
def test_the_bound_counts_what_a_change_of_equipment_must_cost(road, cost):
    tables = change_network(600, road)
    engine = QuoteEngine(tables)
    cargo = find_cargo(tables, "wheat")
    load = resolve_load(tables, cargo, 280, "t")
    req = PricingRequest(cargo, load, DAY, "USD", quoted_on=DAY)
    path = tuple(Step.along(tables.legs[leg_id], True) for leg_id in ("l1", "l2"))
    route = engine.route(engine.plan(path, cargo.handling_class, load.locked), req)
    bounds = PathBounds(engine.network, engine.tariffs, req, cargo.handling_class, load.locked)
    bound = bounds.bound(path)
    assert route.cost == pytest.approx(cost)
    assert bounds.tight(path, bound).cost == pytest.approx(cost)


@ORACLE
@given(small_networks(fees=True, no_tariff=4, changes=True), RULE_SETTINGS, REQUESTS, st.integers(0, 12), PAIRS)
def test_the_bound_is_never_above_the_route_priced_on_random_networks(sheets, rules, request, day, pairs):
    """Every path the rules allow, priced, against its bounds (the oracle's check_bounds), departing before, on and
    after the days the transshipment fees change."""
    for pair in each_pair(sheets, rules, request, day, [(a, min(b, len(sheets[0]["places"]) - 1))
                                                         for a, b in pairs]):
        event(f"paths: {'0' if not pair.paths else '1-9' if len(pair.paths) < 10 else '10+'}")
        check_bounds(pair)


@ORACLE
@given(small_networks(fees=True, changes=True), REQUESTS, st.integers(0, 12))
def test_the_least_a_change_of_equipment_can_cost_is_never_above_what_a_day_charges(sheets, request, day):
    """equipment_choice.change_least, at every place between every two modes and types, against what a walk
    charges for the change (route_walk's charges) on each day of the fortnight from the departure."""
    tables = tables_from_sheets(*sheets)
    engine = QuoteEngine(tables)
    tariffs = engine.tariffs
    cargo = find_cargo(tables, request[0])
    load = resolve_load(tables, cargo, request[1], request[2])
    departure = dt.date(2026, 3, 1) + dt.timedelta(days=day)
    req = PricingRequest(cargo, load, departure, "USD", quoted_on=departure)
    types = [e for e in tables.equipment.values() if cargo.handling_class in e.handling_classes]
    for place_id in tables.places:
        for arriving_mode, leaving_mode in itertools.product(("road", "rail", "sea"), repeat=2):
            for arriving, leaving in itertools.permutations(types, 2):
                if arriving_mode not in arriving.modes or leaving_mode not in leaving.modes:
                    continue
                units = {e.equipment_id: tariffs.units(e, req) for e in (arriving, leaving)}
                least = change_least(tariffs, place_id, arriving_mode, leaving_mode, arriving,
                                     units[arriving.equipment_id], leaving, units[leaving.equipment_id], req)
                for later in range(15):
                    on = departure + dt.timedelta(days=later)
                    charged = sum(tariffs.node_total(place_id, "transshipment", mode, equipment,
                                                     units.get(equipment.equipment_id, units[leaving.equipment_id]),
                                                     req, "both", on)
                                  for mode, equipment in _charges(tariffs, place_id, arriving_mode, leaving_mode,
                                                                  arriving, leaving, on))
                    assert least <= charged * (1 + 1e-12), (place_id, arriving_mode, leaving_mode, arriving, leaving,
                                                            on)
                    if least < charged:
                        event("a day charges more than the least")


def test_the_bound_is_never_above_the_route_priced_on_the_bundled_tables(bundled_engine, monkeypatch):
    """Every path of every corridor of bundled quotes (cargo in hoppers, tank wagons, containers and reefers, long
    hauls both ways, departures a season apart), priced, against the bounds the quote leaves paths unpriced by;
    the bound is below the route on most of them, but the change of equipment makes it meet the route on some."""
    tables = bundled_engine.tables
    ends = [p.place_id for p in tables.places.values() if p.endpoint]
    kz = [p for p in ends if tables.places[p].country == "KZ"]
    pk = [p for p in ends if tables.places[p].country == "PK"]
    pairs = [(kz[0], pk[0]), (pk[-1], kz[-1]), (kz[-1], pk[len(pk) // 2]), (ends[1], ends[-2])]
    cargoes = ("wheat", "crude-oil", "citrus", "garments")
    checked, met = [0], [0]

    def every_path(paths, bound, closed, price, ordered=None, tight=None):
        routes = []
        for path in paths:
            route = price(path)
            least = tight(path, bound(path))
            if route.cost is not None:
                assert least.cost <= route.cost, (route.place_ids, least.cost, route.cost)
                checked[0] += 1
                met[0] += least.cost >= route.cost * (1 - 1e-6)
            routes.append(route)
        return routes

    monkeypatch.setattr(quoting, "price_corridor", every_path)
    engine = QuoteEngine(tables)
    for day in (dt.date(2026, 3, 2), dt.date(2026, 8, 1), dt.date(2026, 12, 20)):
        for cargo in cargoes:
            for a, b in pairs:
                engine.quote(QuoteRequest(cargo, 500, "t", a, b, day, quoted_on=day))
    assert checked[0] > 1000
    assert met[0] > 0


def _least_over_every_choice(bounds: PathBounds, plan) -> float:
    """The least, over every choice of one equipment type per run of legs, of the runs' leasts and the least
    changes between runs whose types differ (PathBounds.tight's sum, each choice written out): the runs of the
    plan, split where a run has no equipment."""
    path, total, group = plan.path, 0.0, []
    for start, end, options, _ in (*plan.runs, (len(path), len(path), (), ())):
        costs = () if start == len(path) else bounds._least_on_run(
            path[start - 1] if start else None, path[start:end], path[end] if end < len(path) else None,
            frozenset(options))
        if costs:
            group.append((start, costs))
            continue
        total += min((sum(more for _, (_, more) in choice)
                      + sum(bounds._change(path, start, was[0], now[0])
                            for (_, was), (start, now) in zip(choice, choice[1:]))
                      for choice in itertools.product(*[[(s, c) for c in costs] for s, costs in group])),
                     default=0.0)
        group = []
    return total


def test_the_bound_is_the_least_over_every_choice_of_equipment_per_run(bundled_engine):
    """PathBounds.tight works out, run by run, the least way to each type of a run from the types of the run
    before, with the changes between two runs kept for both runs: the same as the least over every choice of one
    type per run written out, on bundled paths that change equipment between runs with several types each."""
    tables = bundled_engine.tables
    engine = QuoteEngine(tables)
    several = 0
    for cargo, origin, destination, day in (("wheat", "kostanay", "karachi", dt.date(2026, 3, 2)),
                                            ("crude-oil", "atyrau", "karachi", dt.date(2026, 12, 1)),
                                            ("citrus", "karachi", "almaty", dt.date(2026, 8, 1))):
        cargo_type = tables.cargo_types[cargo]
        load = resolve_load(tables, cargo_type, 500, "t")
        req = PricingRequest(cargo_type, load, day, "USD", quoted_on=day)
        bounds = PathBounds(engine.network, engine.tariffs, req, cargo_type.handling_class, load.locked)
        for path in engine.network.routes(origin, destination, cargo_type.handling_class, load.locked,
                                          frozenset()):
            plan = engine.plan(path, cargo_type.handling_class, load.locked)
            tight = bounds.tight(path, Bound(-1.0, 0.0, 0.0))
            assert tight.cost == pytest.approx(_least_over_every_choice(bounds, plan) * BOUND_SLACK, rel=1e-12)
            several += sum(len(options) > 1 for _, _, options, _ in plan.runs) > 1
    assert several > 20
