"""Benchmark: bundled-table load + checks against a raw read of the same files, and quote time.

Run: python tests/benchmarks/bench_core.py [--rounds N]
All timings are taken in this one process, alternating the contenders each round; medians are printed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    import openpyxl
    import pandas as pd
    from python_calamine import CalamineWorkbook

    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.resources import bundled_corridors, bundled_tariffs
    from gui.core.tables import load_tables

    files = [bundled_corridors(), bundled_tariffs()]

    def pandas_calamine():
        for path in files:
            pd.read_excel(path, sheet_name=None, engine="calamine")

    def bare_calamine():
        for path in files:
            book = CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()

    def openpyxl_read():
        for path in files:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for sheet in book.worksheets:
                list(sheet.iter_rows(values_only=True))
            book.close()

    contenders = {
        "raw read, pandas.read_excel(engine='calamine')": pandas_calamine,
        "raw read, python-calamine alone": bare_calamine,
        "raw read, openpyxl (read-only)": openpyxl_read,
        "load_tables (read + check + cross-check)": lambda: load_tables(),
    }
    for fn in contenders.values():  # warm imports and file cache
        fn()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.rounds):
        for name, fn in contenders.items():
            times[name].append(_time(fn))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline = medians["raw read, pandas.read_excel(engine='calamine')"]
    fastest = medians["raw read, python-calamine alone"]
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 1024:.0f} KiB" for p in files)
    print(f"Bundled workbooks: {sizes}; {args.rounds} rounds, median ms")
    for name, value in medians.items():
        print(f"  {name:<50} {value:8.2f} ms   {value / baseline:5.2f}x of pandas+calamine, "
              f"{value / fastest:5.2f}x of python-calamine")

    tables = load_tables()
    engine_ms = [_time(lambda: QuoteEngine(tables)) for _ in range(10)]
    print(f"  {'QuoteEngine(tables) index build':<50} {statistics.median(engine_ms):8.2f} ms")

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 3, 1), "USD")
    cold, warm = [], []
    for _ in range(args.rounds):
        engine = QuoteEngine(tables)
        cold.append(_time(lambda engine=engine: engine.quote(request)))
        warm.extend(_time(lambda engine=engine: engine.quote(request)) for _ in range(5))
    full = []
    for _ in range(args.rounds):
        def quote_and_breakdown(engine=engine):
            for route in engine.quote(request).routes:
                route.legs  # noqa: B018 - the breakdown is worked out on first read
        full.append(_time(quote_and_breakdown))
    result = engine.quote(request)
    print(f"Quote 500 t wheat Kostanay -> Karachi: {len(result.routes)} routes shown")
    print(f"  first quote of a request (route search + pricing)   median {statistics.median(cold):8.2f} ms")
    print(f"  repeated quote (route search cached, pricing only)  median {statistics.median(warm):8.2f} ms")
    print(f"  repeated quote + leg-by-leg breakdown of every route median {statistics.median(full):8.2f} ms")
    other = QuoteRequest("potatoes", 2, "containers", "Lahore", "Almaty", dt.date(2026, 3, 1), "USD")
    mixed = []
    for _ in range(args.rounds):
        engine = QuoteEngine(tables)
        mixed.append(_time(lambda engine=engine: engine.quote(other)))
    print(f"  first quote, 2 reefer containers potatoes Lahore -> Almaty  median {statistics.median(mixed):8.2f} ms")

    # the price under commercial terms, on top of the quote (the window prices again on every change of a term)
    from gui.core.landed import price_quote
    from gui.core.terms import Terms

    terms = Terms("CPT", "Karachi", "180", margin="5", insurance_cover="icc_a", insurance_rate_pct="0.3")
    fresh, again = [], []
    for _ in range(args.rounds):
        engine = QuoteEngine(tables)
        result = engine.quote(request)
        fresh.append(_time(lambda engine=engine, result=result: price_quote(tables, engine.fx, result, terms)))
        again.extend(_time(lambda engine=engine, result=result: price_quote(tables, engine.fx, result, terms))
                     for _ in range(5))
    print(f"  price of every route under CPT Karachi, first (breakdowns worked out) median "
          f"{statistics.median(fresh):8.2f} ms")
    print(f"  price of every route again (a term changed, the quote kept)          median "
          f"{statistics.median(again):8.2f} ms   beside a repeated quote {statistics.median(warm):.2f} ms")


if __name__ == "__main__":
    main()
