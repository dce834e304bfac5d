"""Benchmark: start-up to the first painted window against a bare PySide6 window, input-to-update latency,
and peak memory. Run: python tests/benchmarks/bench_window.py [--rounds N]

Each start-up is a fresh process; the two programs alternate, and the medians are printed side by side.
Needs a display or QT_QPA_PLATFORM=offscreen (set here when there is no DISPLAY).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PAINT_PROBE = '''
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, started):
        super().__init__()
        self.started = started
        self.painted = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted is None:
            self.painted = time.time()
        return False

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")
'''

BARE = _PAINT_PROBE + '''
from PySide6.QtWidgets import QLabel
app = QApplication([])
probe = FirstPaint(None)
window = QLabel("Corridor Quote")
window.resize(1366, 740)
window.installEventFilter(probe)
window.show()
QTimer.singleShot(0, lambda: None)
while probe.painted is None:
    app.processEvents()
print(json.dumps({"painted": probe.painted, "peak_mb": peak_mb()}))
'''

OURS = _PAINT_PROBE + '''
sys.path.insert(0, sys.argv[1])
app = QApplication([])
from gui.qt.app import load_into
from gui.qt.main_window import MainWindow
probe = FirstPaint(None)
window = MainWindow()
window.installEventFilter(probe)
window.show()
while probe.painted is None:
    app.processEvents()
painted = probe.painted
load_into(window)  # what run() does right after the first paint
app.processEvents()
quoted = time.time()
print(json.dumps({"painted": painted, "quoted": quoted, "peak_mb": peak_mb(),
                  "routes": len(window.session.result.routes)}))
'''


def start(code: str) -> dict:
    began = time.time()
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True,
                         env=os.environ)
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["paint_ms"] = (data["painted"] - began) * 1000
    if "quoted" in data:
        data["quote_ms"] = (data["quoted"] - began) * 1000
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start(BARE), start(OURS)  # warm the file cache
    bare, ours = [], []
    for _ in range(args.rounds):
        bare.append(start(BARE))
        ours.append(start(OURS))
    bare_ms = statistics.median(r["paint_ms"] for r in bare)
    ours_ms = statistics.median(r["paint_ms"] for r in ours)
    print(f"Start-up, process start to first painted window ({args.rounds} runs each, median; "
          f"platform {os.environ.get('QT_QPA_PLATFORM', 'xcb')}):")
    print(f"  bare PySide6 window with one label      {bare_ms:8.0f} ms")
    print(f"  Corridor Quote main window              {ours_ms:8.0f} ms   {ours_ms / bare_ms:4.2f}x the bare window")
    print(f"  ... until the first quote is shown      {statistics.median(r['quote_ms'] for r in ours):8.0f} ms"
          f"   ({ours[-1]['routes']} routes)")
    print(f"  peak resident memory: bare {statistics.median(r['peak_mb'] for r in bare):.0f} MB, "
          f"Corridor Quote {max(r['peak_mb'] for r in ours):.0f} MB")

    # input change to updated table and chart, in this process
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.qt.app import load_into
    from gui.qt.main_window import MainWindow

    window = MainWindow()
    window.show()
    load_into(window)
    app.processEvents()
    import datetime as dt

    from tests.benchmarks.paint_clock import PaintClock

    watched = {"table": window.routes_view.viewport(), "chart": window.cost_time_chart.plot.viewport(),
               "detail": window.distance_chart.time_plot.viewport()}
    clock = PaintClock(*watched.values())

    timings = {field: {"table and chart": [], "with route detail": []} for field in ("quantity", "currency", "date")}
    for i in range(30):
        for field, change in (("quantity", {"quantity": str(400 + 10 * i)}),
                              ("currency", {"currency": ("KZT", "USD")[i % 2]}),
                              ("date", {"departure": dt.date(2026, 4, 1) + dt.timedelta(days=i)})):
            began = time.perf_counter()
            window.session.change_request(**change)
            clock.wait(app, began, watched["table"], watched["chart"])
            timings[field]["table and chart"].append((clock.last[id(watched["chart"])] - began) * 1000)
            clock.wait(app, began, watched["detail"])
            timings[field]["with route detail"].append((clock.last[id(watched["detail"])] - began) * 1000)
    print("Input change until repainted (30 changes each, median / max):")
    for field, kinds in timings.items():
        for kind, values in kinds.items():
            print(f"  {field:<9} {kind:<18} {statistics.median(values):7.1f} ms / {max(values):7.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
