"""Benchmark: the odds of arriving by a date for every route of a request, against the 20 ms target, beside the
quote itself in the same process. Run: python tests/benchmarks/bench_ontime.py [--rounds N]

Measures, for the booth cases: the quote (every route priced, the baseline), the routes' breakdowns (legs and
dwells, which the odds need), and the odds of all routes (three-point times convolved, closures applied), as the
median and the slowest of the rounds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_MS = 20.0
CASES = (("wheat", "500", "t", "Kostanay", "Karachi"), ("potatoes", "2", "containers", "Lahore", "Almaty"),
         ("citrus", "3", "containers", "Karachi", "Almaty"), ("crude oil", "20000", "t", "Atyrau", "Karachi"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from gui.core.ontime import arrival, route_steps
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables

    engine = QuoteEngine(load_tables())
    departure = dt.date(2026, 12, 7)
    print(f"{'case':<42} {'routes':>6} {'quote ms':>17} {'breakdowns ms':>17} {'odds ms':>17}")
    for cargo, quantity, unit, origin, destination in CASES:
        request = QuoteRequest(cargo, quantity, unit, origin, destination, departure)
        quote, lines, odds = [], [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            result = engine.quote(request)
            quoted = time.perf_counter()
            for route in result.routes:
                route.legs  # noqa: B018 - the breakdown is worked out on first use
            broken = time.perf_counter()
            for route in result.routes:
                arrival(route_steps(route, engine.tables.closures, result.cargo.handling_class), departure)
            done = time.perf_counter()
            quote.append((quoted - start) * 1000)
            lines.append((broken - quoted) * 1000)
            odds.append((done - broken) * 1000)

        def shown(values: list[float]) -> str:
            return f"{statistics.median(values):6.2f} (max {max(values):6.2f})"

        name = f"{quantity} {unit} {cargo}, {origin} → {destination}"
        print(f"{name:<42} {len(result.routes):>6} {shown(quote):>17} {shown(lines):>17} {shown(odds):>17}")
    print(f"target for the odds of every route of a request: {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
