"""Benchmark: the route map against the window's 50 ms input-to-repaint budget, beside the cost–time chart doing
the same in the same process. Run: python tests/benchmarks/bench_map.py [--rounds N] [--legs N]

Measures: whether start-up loaded the map (it must not); showing the map tab the first time (imports, basemap,
routes) and again; changing the selected route with the map shown against the chart shown; a new quote with the
map shown; a zoom step (land and borders drawn anew), with nothing else to do and right after a new quote, while
what the search limits keep out is walked on its own thread. The window's thread gets Python back within 1 ms, as
when the program runs (background.window_first). Needs a display or QT_QPA_PLATFORM=offscreen.
With --legs, on a forwarder's network of that many legs (tests/networks.py, as bench_search.py) instead of the
bundled tables: 10,000 legs put 4,000 places on the map.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_MS = 50.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--legs", type=int, default=0, help="a generated network of this many legs (0: bundled)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    import tempfile

    from gui.qt.table_files import keep_settings_in

    # settings of this run only: a map tab remembered from using the program would be shown at start
    keep_settings_in(tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from gui.qt.background import window_first

    window_first()  # as the program starts: the window's thread gets Python back from a quote's within 1 ms
    from gui.core.request import QuoteRequest
    from gui.qt.app import load_into
    from gui.qt.main_window import MainWindow

    window = MainWindow()
    window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1), "USD")
    window.resize(1366, 740)
    window.show()
    if args.legs:
        from tests.benchmarks.bench_search import generated_network

        tables, ((origin, destination),) = generated_network(args.legs, 1)
        window.session.request = QuoteRequest("wheat", "500", "t", origin, destination, dt.date.today(), "USD")
        window.finish(tables)
        window.session.settle()
        print(f"A generated network of {args.legs:,} legs")
    else:
        load_into(window)
    app.processEvents()
    loaded = [name for name in ("gui.qt.route_map", "gui.qt.map_painter") if name in sys.modules]
    from gui.core import geo  # the tables read leg waypoints with it; the basemap is its large part

    if geo.load_basemap.cache_info().currsize:
        loaded.append("the basemap")
    print(f"After start-up and the first quote, map modules loaded: {', '.join(loaded) or 'none'}")

    from tests.benchmarks.paint_clock import PaintClock

    clock = PaintClock()

    def until_painted(widget, began: float) -> float:
        """Until the turn of the event loop in which the widget painted has finished (so the paint is done)."""
        deadline = began + (60 if args.legs else 5)  # a new quote of 10,000 legs takes seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            if clock.painted_since(began, widget):
                return (time.perf_counter() - began) * 1000
        raise RuntimeError(f"no repaint within {deadline - began:.0f} s")

    from gui.qt.quote_summary import LIMITS_AFTER_MS

    def wait(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.002)

    def quiet() -> None:
        """Until what the search limits keep out of the quote shown is known: nothing else runs meanwhile."""
        wait(LIMITS_AFTER_MS / 1000 + 0.05)
        window.session.settle()
        app.processEvents()

    quiet()
    tabs = window.chart_tabs
    chart = window.cost_time_chart.plot.viewport()
    clock.watch(chart)
    began = time.perf_counter()
    tabs.setCurrentIndex(1)
    canvas = tabs.route_map.canvas
    clock.watch(canvas)
    first = until_painted(canvas, began)
    switch_map, switch_chart = [], []
    for _ in range(args.rounds):
        began = time.perf_counter()
        tabs.setCurrentIndex(0)
        switch_chart.append(until_painted(chart, began))
        began = time.perf_counter()
        tabs.setCurrentIndex(1)
        switch_map.append(until_painted(canvas, began))

    routes = len(window.session.result.routes)

    def select_all(widget) -> list[float]:
        times = []
        for i in range(args.rounds):
            began = time.perf_counter()
            window.session.select_route((window.session.selected + 1 + i % 3) % routes)
            times.append(until_painted(widget, began))
        return times

    quiet()
    with_map = select_all(canvas)
    tabs.setCurrentIndex(0)
    quiet()
    with_chart = select_all(chart)
    tabs.setCurrentIndex(1)
    app.processEvents()
    def requote(widget, first: int) -> list[float]:
        times = []
        for i in range(args.rounds):
            began = time.perf_counter()
            window.session.change_request(quantity=str(first + 10 * i))
            times.append(until_painted(widget, began))
        return times

    # a quantity not quoted before on either side: one quoted already is answered from what the engine keeps
    requote_map = requote(canvas, 400)
    tabs.setCurrentIndex(0)
    app.processEvents()
    requote_chart = requote(chart, 405)
    tabs.setCurrentIndex(1)
    app.processEvents()
    def zoom_step(i: int) -> float:
        delta = 120 if i % 2 == 0 else -120  # in, then back out
        event = QWheelEvent(centre, canvas.mapToGlobal(centre), QPoint(), QPoint(0, delta), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        began = time.perf_counter()
        before = canvas.view().bounds()
        app.sendEvent(canvas, event)
        took = until_painted(canvas, began)
        assert canvas.view().bounds() != before, "the wheel did not zoom"
        return took

    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    # right after a new quote's routes are drawn, once what the search limits keep out is walked on its thread
    # (QuoteSession.find_limits, begun quote_summary.LIMITS_AFTER_MS after them: seconds on a network of thousands
    # of legs, a second on one of 100), then with nothing else to do
    quantities = iter(range(600, 10**6, 10))  # each quoted once

    def after_new_quote(widget, act) -> tuple[list[float], int]:
        """``act(i)`` timed after each of ``--rounds`` new quotes painted on ``widget``, and how many times the
        search limits were being walked then."""
        times, walking = [], 0
        for i in range(args.rounds):
            began = time.perf_counter()
            window.session.change_request(quantity=str(next(quantities)))
            until_painted(widget, began)
            wait(LIMITS_AFTER_MS / 1000 + 0.05)
            walking += window.session.finding_limits
            times.append(act(i))
        return times, walking

    def select(widget, i: int) -> float:
        began = time.perf_counter()
        window.session.select_route((window.session.selected + 1 + i % 3) % routes)
        return until_painted(widget, began)

    zoom_busy, walking = after_new_quote(canvas, zoom_step)
    select_busy, _ = after_new_quote(canvas, lambda i: select(canvas, i))
    tabs.setCurrentIndex(0)
    app.processEvents()
    chart_busy, _ = after_new_quote(chart, lambda i: select(chart, i))
    tabs.setCurrentIndex(1)
    app.processEvents()
    quiet()
    zoom = [zoom_step(i) for i in range(args.rounds)]

    def line(label: str, values: list[float]) -> str:
        verdict = "within" if max(values) <= BUDGET_MS else "OVER"
        return (f"  {label:<46} {statistics.median(values):7.1f} ms / {max(values):7.1f} ms   {verdict} the "
                f"{BUDGET_MS:.0f} ms budget")

    print(f"Until repainted ({args.rounds} times each, median / max; {routes} routes, "
          f"{len(canvas.map.places)} places on the map, window 1366 × 740, "
          f"map {canvas.width()} × {canvas.height()} px, platform {app.platformName()}):")
    print(f"  {'map tab shown the first time (loads the map)':<46} {first:7.1f} ms")
    print(line("map tab shown again", switch_map))
    print(line("  baseline: cost–time chart tab shown again", switch_chart))
    print(line("selected route changed, map shown", with_map))
    print(line("  baseline: the same, cost–time chart shown", with_chart))
    print(line("new quote (quantity typed), map shown", requote_map))
    print(line("  baseline: the same, cost–time chart shown", requote_chart))
    print(line("zoom one wheel step (land drawn anew)", zoom))
    print(f"  right after a new quote, while what the search limits keep out is walked ({walking} of "
          f"{args.rounds} times):")
    print(line("  zoom one wheel step", zoom_busy))
    print(line("  selected route changed, map shown", select_busy))
    print(line("    baseline: the same, cost–time chart shown", chart_busy))
    window.close()


if __name__ == "__main__":
    main()
