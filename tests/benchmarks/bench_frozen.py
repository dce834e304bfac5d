"""Benchmark: start-up of the frozen build against running from source, side by side in one run.

Run after `pyinstaller --noconfirm build.spec`:  python tests/benchmarks/bench_frozen.py [--rounds N]
Each run is a fresh process that prints the time of its first painted window (the app's own probe) and quits.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "CorridorQuote" / ("CorridorQuote-console.exe" if os.name == "nt" else "CorridorQuote-console")


def first_paint_ms(command: list[str]) -> float:
    env = dict(os.environ, CORRIDOR_QUOTE_FIRST_PAINT_PROBE="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    began = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    line = next(row for row in out.stdout.splitlines() if row.startswith("first-paint "))
    return (float(line.split()[1]) - began) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    if not FROZEN.exists():
        sys.exit(f"build first: pyinstaller --noconfirm build.spec ({FROZEN} is missing)")
    source, frozen = [sys.executable, "-m", "gui"], [str(FROZEN)]
    first_paint_ms(source), first_paint_ms(frozen)  # warm the file cache
    times = {"from source": [], "frozen": []}
    for _ in range(args.rounds):
        times["from source"].append(first_paint_ms(source))
        times["frozen"].append(first_paint_ms(frozen))
    base = statistics.median(times["from source"])
    print(f"Process start to first painted window ({args.rounds} runs each, median):")
    for name, values in times.items():
        value = statistics.median(values)
        print(f"  {name:<12} {value:7.0f} ms   {value / base:4.2f}x running from source")
    started = time.perf_counter()
    subprocess.run([str(FROZEN), "--self-test"], capture_output=True, check=True, timeout=120,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    print(f"Frozen --self-test: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
