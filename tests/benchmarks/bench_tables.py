"""Benchmark: checking a 10,000-row tariff sheet against a raw read of the same file.

Run: python tests/benchmarks/bench_tables.py [--rows N] [--rounds N]
Writes the workbook to a temporary folder (rates copied from the bundled ones, with new ids).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def build(path: Path, rows: int) -> None:
    from openpyxl import Workbook, load_workbook

    from gui.core.resources import bundled_tariffs

    source = load_workbook(bundled_tariffs(), read_only=True)
    book = Workbook(write_only=True)
    for name in source.sheetnames:
        sheet = book.create_sheet(name)
        lines = list(source[name].iter_rows(values_only=True))
        sheet.append(lines[0])
        body = lines[1:]
        if name == "leg_rates":
            for i in range(rows):
                row = list(body[i % len(body)])
                row[0] = f"r{i:06d}"
                sheet.append(row)
        else:
            for row in body:
                sheet.append(row)
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    import pandas as pd
    from python_calamine import CalamineWorkbook

    from gui.core.resources import bundled_corridors
    from gui.core.tables import load_tables

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tariffs.xlsx"
        build(path, args.rows)

        def calamine():
            book = CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()

        contenders = {
            "raw read, python-calamine": calamine,
            "raw read, pandas.read_excel(engine='calamine')":
                lambda: pd.read_excel(path, sheet_name=None, engine="calamine"),
            "load_tables: read + check + cross-check": lambda: load_tables(bundled_corridors(), path),
        }
        times = {name: [] for name in contenders}
        for fn in contenders.values():
            fn()
        for _ in range(args.rounds):
            for name, fn in contenders.items():
                started = time.perf_counter()
                fn()
                times[name].append((time.perf_counter() - started) * 1000)
        fastest = statistics.median(times["raw read, python-calamine"])
        print(f"Tariffs workbook with {args.rows:,} leg-rate rows ({path.stat().st_size / 1024:.0f} KiB), "
              f"{args.rounds} rounds, median:")
        for name, values in times.items():
            value = statistics.median(values)
            print(f"  {name:<48} {value:8.1f} ms   {value / fastest:5.2f}x the python-calamine read")
        print("  (load_tables also reads and checks the bundled corridors workbook)")


if __name__ == "__main__":
    main()
