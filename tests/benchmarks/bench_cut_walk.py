"""Benchmark: the walk past the search limits (what the limits keep out of a quote: rule_cuts.hidden_routes), on the
bundled tables and on generated networks of 100 and 1,000 legs, as it is and, side by side in one process, as it
was before 5 December 2026, when a path past a limit was walked to the destination even where it was beaten within
its corridor there (``_Allowed.hopeless`` without ``whole``).

Run: python tests/benchmarks/bench_cut_walk.py [--pairs N] [--rounds N]

Each request is quoted once (wheat 500 t, one engine per network), then its limits are worked out anew
(``QuoteResult.found_limits``), once untimed (what the bounds keep for the request is then there for both ways) and
then each way in turn, alternating; the warnings must be the same both ways. Times are over the requests whose
quote walked past the limits (a quote by the quicker search says at once that a better route may exist).
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEPARTURE = dt.date(2026, 3, 2)


def _requests(legs: int, pairs: int):
    from gui.core.request import QuoteRequest

    if legs:
        from tests.benchmarks.bench_search import generated_network

        tables, ends = generated_network(legs, pairs)
    else:
        from gui.core.tables import load_tables

        tables = load_tables()
        points = [p.place_id for p in tables.places.values() if p.endpoint]
        ends = [(a, b) for a in points for b in points if a != b]
    return tables, [QuoteRequest("wheat", 500, "t", a, b, DEPARTURE, quoted_on=DEPARTURE) for a, b in ends]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=8, help="origin-destination pairs of each generated network")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    from gui.core import rule_cuts, search_messages as smsg
    from gui.core.errors import InputError
    from gui.core.quote import QuoteEngine

    as_it_is = rule_cuts._Allowed.hopeless

    def before(self, labels, cost, days, whole=False):
        return as_it_is(self, labels, cost, days)

    ways = {"as it is": as_it_is, "before (walked to the end)": before}
    print("The walk past the search limits, wheat 500 t: median and slowest ms per quote, the same warnings both ways")
    for legs in (0, 100, 1_000):
        tables, requests = _requests(legs, args.pairs)
        engine = QuoteEngine(tables)
        times: dict[str, list[float]] = {name: [] for name in ways}
        walked = 0
        for request in requests:
            try:
                result = engine.quote(request)
            except InputError:
                continue
            if any(w.template == smsg.QUICKER_SEARCH for w in result.warnings):
                continue
            result.found_limits()  # once untimed: what the bounds keep for the request is there for both ways
            said = {}
            for _ in range(args.rounds):
                for name, hopeless in ways.items():
                    rule_cuts._Allowed.hopeless = hopeless
                    gc.collect()
                    start = time.perf_counter()
                    said[name] = result.found_limits()
                    times[name].append(time.perf_counter() - start)
            rule_cuts._Allowed.hopeless = as_it_is
            if len({tuple(map(repr, warnings)) for warnings in said.values()}) != 1:
                raise SystemExit(f"the warnings differ for {request.origin} → {request.destination}")
            walked += 1
        name_of = f"generated, {legs:,} legs" if legs else "bundled tables"
        print(f"  {name_of} ({walked} of {len(requests)} requests walked past the limits):")
        for name, seconds in times.items():
            if seconds:
                print(f"    {name:28} {statistics.median(seconds) * 1000:9.1f} ms {max(seconds) * 1000:9.1f} ms"
                      f"   total {sum(seconds):6.2f} s")


if __name__ == "__main__":
    main()
