"""Benchmark: the route search and pricing on the bundled tables and on generated networks of 100 / 1,000 / 10,000
legs, side by side with trying every path (the enumeration baseline), and a rate card on the bundled tables.

Run: python tests/benchmarks/bench_search.py [--rounds N] [--pairs N] [--limit S] [--skip-rate-card]

Networks (tests/networks.py): the countries and corridor families of the Kazakhstan ⇄ Pakistan trade with hubs,
border crossings and ports, and around the hubs the depots, dry ports and sidings a forwarder adds, each joined by
one to three carriers; origins in Kazakhstan, destinations in Pakistan (every other pair at random). The quote is
the program's (QuoteEngine.quote, tables loaded once, a new engine per request so that no search is reused). The
baseline tries every simple path of at most 8 legs (networkx.all_simple_edge_paths) and prices each with the same
engine. Either is stopped after --limit seconds per request. Times are medians in one process; memory is the peak
traced by tracemalloc during one quote (a second run of it: tracing slows it). "paths": the paths the rules allow,
every one bounded and the few that could be shown priced. Where they are too many to try (over the step budget),
the quote takes the quicker search (label_search.py): how many did is said, and what that search misses is measured
on the bundled tables against trying every path.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import signal
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEPARTURE = dt.date(2026, 3, 2)
SIZES = ((100, 40, 2), (1_000, 400, 3), (10_000, 4_000, 3))  # legs, places at most, hubs per country


def generated_network(legs: int, pairs: int) -> tuple:
    """The tables of a generated network of ``legs`` legs (shaped as in ``SIZES``, else a place per 2.5 legs) and
    ``pairs`` origin–destination pairs of it (tests/networks.py), as every benchmark on a forwarder's network
    builds them."""
    from tests.networks import Shape, corridor_network, endpoints, tables_from_sheets

    places, hubs = next(((p, h) for n, p, h in SIZES if n == legs), (max(40, legs * 2 // 5), 3))
    corridors, tariffs = corridor_network(Shape(places, legs, hubs_per_country=hubs), seed=7)
    return tables_from_sheets(corridors, tariffs), endpoints(corridors, 3, pairs)


class _TooLong(Exception):
    pass


REFUSED = "refused"  # the search rules allowed more paths than a quote tries (path_search.STEP_BUDGET)


def _limited(seconds: float, work):
    """``work()`` and the seconds it took, or None where it ran past ``seconds``."""
    def stop(*_):
        raise _TooLong

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    from gui.core.errors import InputError

    start = time.perf_counter()
    try:
        work()
        return time.perf_counter() - start
    except _TooLong:
        return None
    except InputError as error:  # too many paths: said after this long
        if error.field != "settings":
            raise
        return (REFUSED, time.perf_counter() - start)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _ms(seconds: float | None, limit: float) -> str:
    return f"> {limit:.0f} s" if seconds is None else f"{seconds * 1000:.1f} ms"


def bundled(rounds: int) -> None:
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables

    tables = load_tables()
    ends = [p.place_id for p in tables.places.values() if p.endpoint]
    requests = [QuoteRequest("wheat", 500, "t", a, b, DEPARTURE) for a in ends for b in ends if a != b]
    print(f"Bundled tables ({len(tables.places)} places, {len(tables.legs)} legs): the first quote of a request, "
          f"500 t of wheat, all {len(requests)} endpoint pairs")
    cold, warm, limits, paths = [], [], [], []
    for _ in range(rounds):
        for request in requests:  # a new engine each time: nothing of an earlier request is reused
            engine = QuoteEngine(tables)
            gc.collect()
            start = time.perf_counter()
            engine.quote(request)
            cold.append(time.perf_counter() - start)
            paths.append(sum(len(group) for group in engine._candidates(
                request.origin, request.destination, "bulk_grain", None, frozenset())))
        # as in the window: one engine, each request quoted for the first time (what does not depend on the
        # request, such as the shortest km between places, is kept from the ones before), then what the search
        # limits hide, worked out once the routes are on the screen
        engine = QuoteEngine(tables)
        engine.quote(QuoteRequest("barley", 500, "t", ends[0], ends[1], DEPARTURE))
        for request in requests:
            gc.collect()
            start = time.perf_counter()
            result = engine.quote(request)
            warm.append(time.perf_counter() - start)
            start = time.perf_counter()
            result.limit_warnings  # noqa: B018 - timed
            limits.append(time.perf_counter() - start)
    for name, times in (("new engine each time", cold), ("one engine, the request new to it", warm),
                        ("then what the limits hide", limits)):
        times.sort()
        print(f"  {name}: median {times[len(times) // 2] * 1000:.1f} ms, 90th percentile "
              f"{times[int(len(times) * .9)] * 1000:.1f} ms, slowest {times[-1] * 1000:.1f} ms")
    print(f"  paths the rules allow per request: median {statistics.median(paths):.0f}, most {max(paths)}")


def generated(pairs: int, limit: float) -> None:
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from tests.networks import Shape, corridor_network, endpoints, tables_from_sheets

    print(f"\nGenerated networks: wheat 500 t, {pairs} origin-destination pairs each, median (stopped after "
          f"{limit:.0f} s)")
    print("  quote: on a new engine, which first works out the network's tables for the cargo class; "
          "loaded: on an engine that has quoted\n  another pair, as in the window once the tables are loaded, "
          "the median of the pairs answered (how many); +30 d: then the same request\n  30 days later (a date "
          "changed in the window)")
    print(f"  {'legs':>6} {'places':>6}  {'quote':>12} {'loaded':>16} {'+30 d':>16} {'peak memory':>12} {'paths':>8}  "
          f"{'baseline (8 legs)':>18}  refused (too many paths); answered by the quicker search")
    medians = {}
    for legs, places, hubs in SIZES:
        corridors, tariffs = corridor_network(Shape(places, legs, hubs_per_country=hubs), seed=7)
        tables = tables_from_sheets(corridors, tariffs)
        requests = [QuoteRequest("wheat", 500, "t", a, b, DEPARTURE, quoted_on=DEPARTURE)
                    for a, b in endpoints(corridors, 3, pairs)]
        times, peaks, counts, baseline, refused, quicker = [], [], [], [], [], []
        loaded, later = _loaded_times(tables, requests, corridors, limit)
        for request in requests:
            engine = QuoteEngine(tables)
            gc.collect()
            results = []
            seconds = _limited(limit, lambda: results.append(engine.quote(request)))  # noqa: B023 - called at once
            if isinstance(seconds, tuple):  # the quote said the rules allow too many paths, after this long
                refused.append(seconds[1])
                seconds = None
            else:
                times.append(seconds)
            if seconds is not None:  # memory on a second run: tracing slows Python several times over
                traced = QuoteEngine(tables)
                gc.collect()
                tracemalloc.start()
                _limited(limit * 10, lambda: traced.quote(request))  # noqa: B023 - called at once
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
                if _took_quicker(results[0]):
                    quicker.append(seconds)
                else:
                    counts.append(sum(len(g) for g in engine._candidates(
                        *_search_key(engine, request))))
            baseline.append(_limited(limit, lambda: _enumerate(tables, request)))  # noqa: B023 - called at once
        medians[legs] = _median(times) if times and len(times) >= len(refused) else None
        memory = f"{max(peaks) / 2**20:.1f} MB" if peaks else "?"
        said = (f"{len(refused)} of {len(requests)}, after {statistics.median(refused) * 1000:.0f} ms"
                if refused else "none")
        said += f"; by the quicker search {len(quicker)} of {len(requests)}" if quicker else ""
        quoted = _ms(_median(times), limit) if times else "—"  # none answered: all refused
        print(f"  {len(tables.legs):>6} {len(tables.places):>6}  {quoted:>12} {_answered(loaded, limit):>16} "
              f"{_answered(later, limit):>16} "
              f"{memory:>12} {statistics.median(counts) if counts else '?':>8}  "
              f"{_ms(_median(baseline), limit):>18}  {said}")
    if medians.get(1_000) and medians.get(10_000):
        print(f"  growth from 1,000 to 10,000 legs: time ~ legs^{math.log(medians[10_000] / medians[1_000], 10):.2f}")
    else:
        print("  growth from 1,000 to 10,000 legs: not measured (a median ran past the limit or was refused)")


def _loaded_times(tables, requests, corridors, limit: float) -> tuple[list, list]:
    """Each request's first quote on one engine that has quoted another pair before (its network's tables for the
    cargo class worked out, as in the window once the tables are loaded), and then the same request a month later
    (a date changed in the window): seconds, or None where it was refused or ran past ``limit``."""
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from tests.networks import endpoints

    engine = QuoteEngine(tables)
    asked = {(r.origin, r.destination) for r in requests}
    first = next(pair for pair in endpoints(corridors, 11, 50) if pair not in asked)
    _limited(limit, lambda: engine.quote(QuoteRequest("wheat", 500, "t", *first, DEPARTURE, quoted_on=DEPARTURE)))
    times, later = [], []
    for request in requests:
        month_later = replace(request, departure=DEPARTURE + dt.timedelta(days=30))
        for quoted, kept in ((request, times), (month_later, later)):
            gc.collect()
            seconds = _limited(limit, lambda: engine.quote(quoted))  # noqa: B023 - called at once
            kept.append(None if isinstance(seconds, tuple) else seconds)
    return times, later


def _took_quicker(result) -> bool:
    from gui.core import search_messages as smsg

    return any(w.template == smsg.QUICKER_SEARCH for w in result.warnings)


def quicker_against_every_path() -> None:
    """The quicker search (label_search.py) on the bundled tables, for every endpoint pair and 500 t of wheat,
    against trying every path: what a quote on a network too large to try would miss. Each corridor's cheapest,
    fastest and lowest-CO2e available route, and the time of each quote on one engine."""
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables

    tables = load_tables()
    ends = [p.place_id for p in tables.places.values() if p.endpoint]
    requests = [QuoteRequest("wheat", 500, "t", a, b, DEPARTURE, quoted_on=DEPARTURE) for a in ends for b in ends
                if a != b]
    exact, quick = QuoteEngine(tables), QuoteEngine(tables)
    quick._candidates = lambda *key: None  # every request's paths too many to try
    same = corridors = missing = 0
    worst = [0.0, 0.0, 0.0]  # cheapest (share dearer), fastest (days slower), lowest CO2e (share more)
    times: dict[str, list[float]] = {"every path": [], "quicker": []}
    for request in requests:
        results = []
        for name, engine in (("every path", exact), ("quicker", quick)):
            start = time.perf_counter()
            results.append(engine.quote(request))
            times[name].append(time.perf_counter() - start)
        theirs, ours = (_corridor_bests(r.routes) for r in results)
        same += [_shown(r) for r in results[0].routes] == [_shown(r) for r in results[1].routes]
        corridors += len(theirs)
        for corridor, best in theirs.items():
            if corridor not in ours:
                missing += 1
                continue
            found = ours[corridor]
            worst = [max(worst[0], found[0] / best[0] - 1), max(worst[1], found[1] - best[1]),
                     max(worst[2], found[2] / best[2] - 1 if best[2] else 0.0)]
    print(f"\nThe quicker search against trying every path, bundled tables, 500 t of wheat, {len(requests)} pairs:")
    print(f"  the same routes shown in {same} quotes; of {corridors} corridors with an available route, {missing} "
          f"not found; the cheapest of a corridor at most {worst[0]:.1%} dearer, its fastest at most "
          f"{worst[1]:.2f} days slower, its lowest CO2e at most {worst[2]:.1%} more")
    print("  a quote on one engine: " + ", ".join(
        f"{name} median {statistics.median(values) * 1000:.1f} ms" for name, values in times.items()))


def _shown(route) -> tuple:
    return route.corridor, route.cost, route.days_typical, route.place_ids


def _corridor_bests(routes) -> dict[str, list[float]]:
    bests: dict[str, list[float]] = {}
    for route in routes:
        if route.available and route.cost is not None:
            best = bests.setdefault(route.corridor, [math.inf] * 3)
            best[:] = [min(best[0], route.cost), min(best[1], route.days_typical), min(best[2], route.co2e_kg or 0.0)]
    return bests


def _answered(times: list, limit: float) -> str:
    """The median of the times of the pairs answered, and how many of them were."""
    answered = [t for t in times if t is not None]
    return f"{_ms(statistics.median(answered), limit)} ({len(answered)})" if answered else "none"


def _median(values):
    """The median, where a run past the limit counts as longer than any that finished (None if it is one)."""
    ordered = sorted(values, key=lambda v: math.inf if v is None else v)
    return ordered[len(ordered) // 2]


def _search_key(engine, request):
    from gui.core.request import find_cargo, find_place

    cargo = find_cargo(engine.tables, request.cargo)
    return (find_place(engine.tables, request.origin).place_id,
            find_place(engine.tables, request.destination).place_id, cargo.handling_class, None, frozenset())


def _enumerate(tables, request) -> None:
    """Every simple path of at most 8 legs, each priced by the engine (the enumeration baseline)."""
    import networkx as nx

    from gui.core.network import Step
    from gui.core.quote import PricingRequest, QuoteEngine
    from gui.core.request import find_cargo, resolve_load

    engine = QuoteEngine(tables)
    cargo = find_cargo(tables, request.cargo)
    load = resolve_load(tables, cargo, float(request.quantity), request.unit)
    graph = nx.MultiDiGraph()
    for leg in tables.legs.values():
        if engine.network.equipment_for(leg, cargo.handling_class, load.locked):
            for forward in (True, False) if leg.two_way else (True,):
                step = Step.along(leg, forward)
                graph.add_edge(step.start, step.end, key=(leg.leg_id, forward), step=step)
    req = PricingRequest(cargo, load, request.departure, "USD", quoted_on=request.departure)
    for edges in nx.all_simple_edge_paths(graph, request.origin, request.destination, cutoff=8):
        path = tuple(graph.edges[e]["step"] for e in edges)
        engine.route(engine.plan(path, cargo.handling_class, load.locked), req)


def rate_card() -> None:
    """Every cargo type × 20 origin–destination pairs × the first day of each of the next 12 months, in processor
    time, with the garbage collector's share of it and the months apart: each pair's first, the first of a new span
    of departures (departure_spans.DepartureSpans: what a span shares, bounds, walks to replay, is worked out
    again), and the others, which take up what the month before worked out."""
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables

    tables = load_tables()
    engine = QuoteEngine(tables)
    # the long hauls the tables are for: each Kazakh endpoint to each Pakistani one and back, in table order
    ends = [p for p in tables.places.values() if p.endpoint]
    kz = [p.place_id for p in ends if p.country == "KZ"]
    pk = [p.place_id for p in ends if p.country == "PK"]
    pairs = [pair for a in kz for b in pk for pair in ((a, b), (b, a))][:20]
    months = [dt.date(2026 + (2 + i) // 12, (2 + i) % 12 + 1, 1) for i in range(12)]
    spans = [engine._spans.of(day) for day in months]
    kinds = ["first"] + ["new span" if spans[i] != spans[i - 1] else "other" for i in range(1, 12)]
    requests = [QuoteRequest(cargo, 500, "t", a, b, day, quoted_on=months[0])
                for cargo in tables.cargo_types for a, b in pairs for day in months]
    collector = {0: [0, 0.0], 1: [0, 0.0], 2: [0, 0.0]}  # per generation: passes, seconds
    began = [0.0]

    def timed(phase: str, info: dict) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            collector[info["generation"]][0] += 1
            collector[info["generation"]][1] += time.process_time() - began[0]

    by_kind = dict.fromkeys(kinds, 0.0)
    gc.callbacks.append(timed)
    try:
        start = time.process_time()
        for number, request in enumerate(requests):
            before = time.process_time()
            engine.quote(request)
            by_kind[kinds[number % 12]] += time.process_time() - before
        seconds = time.process_time() - start
    finally:
        gc.callbacks.remove(timed)
    print(f"\nRate card: {len(tables.cargo_types)} cargo types × {len(pairs)} pairs × 12 months = {len(requests)} "
          f"quotes on one engine: {seconds:.1f} s processor time ({seconds / len(requests) * 1000:.1f} ms a quote)")
    print("  by month: " + ", ".join(f"{kind} {by_kind[kind]:.1f} s ({kinds.count(kind)} a pair)" for kind in by_kind))
    print("  the garbage collector: " + ", ".join(
        f"{name} {collector[generation][0]} passes {collector[generation][1]:.2f} s"
        for generation, name in ((0, "young"), (1, "middle"), (2, "full"))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--limit", type=float, default=30.0)
    parser.add_argument("--skip-rate-card", action="store_true")
    args = parser.parse_args()
    bundled(args.rounds)
    quicker_against_every_path()
    generated(args.pairs, args.limit)
    if not args.skip_rate_card:
        rate_card()


if __name__ == "__main__":
    main()
