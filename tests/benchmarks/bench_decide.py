"""Benchmark: deciding a request (odds, goals, what-if) beside the plain quote, and a what-if change in the window
until its table and chart have repainted, against the window's 50 ms budget. Run:
python tests/benchmarks/bench_decide.py [--rounds N]

Core, for the booth cases, median and slowest of the rounds, in one process: the quote alone (the baseline), the
decision with an arrival date (every route's odds), with a sooner date next (the paths priced and their arrivals
kept for the request: goal_search.KeptPaths) and the same on a decider that kept nothing (its baseline, on the same
engine), the first date again, with road only (a second search on the road legs), and under
a what-if scenario the first time (a new engine searches its network) and again (its engine kept). Window: a
scenario changed (Torkham reopened, then closed again: each time the other), from a settled window, until the routes
table and the cost–time chart have painted. Needs a display or QT_QPA_PLATFORM=offscreen (set here when there is no
DISPLAY).
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
CASES = (("wheat", "500", "t", "Kostanay", "Karachi"), ("citrus", "3", "containers", "Lahore", "Almaty"),
         ("crude oil", "20000", "t", "Atyrau", "Karachi"))


def shown(values: list[float]) -> str:
    return f"{statistics.median(values):6.1f} (max {max(values):6.1f})"


def core(rounds: int) -> None:
    from gui.core.decide import Decider
    from gui.core.goals import Goals
    from gui.core.request import QuoteRequest
    from gui.core.scenario import Change, Scenario
    from gui.core.tables import load_tables

    tables = load_tables()
    departure = dt.date(2026, 12, 7)
    arrive = Goals(arrive_by=departure + dt.timedelta(days=25))
    sooner = Goals(arrive_by=departure + dt.timedelta(days=18))
    road = Goals(modes=("road",))
    print(f"{'case':<36} {'quote ms':>17} {'arrive-by ms':>17} {'sooner next ms':>17} {'sooner anew ms':>17} "
          f"{'first date again':>17} "
          f"{'road only ms':>17} {'what-if, new ms':>17} {'what-if again ms':>17}")
    for cargo, quantity, unit, origin, destination in CASES:
        request = QuoteRequest(cargo, quantity, unit, origin, destination, departure)
        times: dict[str, list[float]] = {key: [] for key in ("quote", "arrive", "sooner", "anew", "back", "road",
                                                             "new", "again")}
        for round_ in range(rounds):
            decider = Decider(tables)  # a fresh engine each round: the first what-if builds its own
            decider.engine.quote(request)  # the search of the tables as they are, done once at start-up
            keeps_nothing = Decider(tables, decider.engine)
            keeps_nothing.decide(request)  # its quote
            scenario = Scenario("", (Change("add_days", "Karachi" if destination != "Karachi" else "Almaty",
                                            round_ % 3 + 1.0),))
            # the calls run inside this round, so binding the round's decider, request and scenario late is meant
            for key, call in (("quote", lambda: decider.engine.quote(request)),  # noqa: B023
                              ("arrive", lambda: decider.decide(request, goals=arrive)),  # noqa: B023
                              ("sooner", lambda: decider.decide(request, goals=sooner)),  # noqa: B023
                              ("anew", lambda: keeps_nothing.decide(request, goals=sooner)),  # noqa: B023
                              ("back", lambda: decider.decide(request, goals=arrive)),  # noqa: B023
                              ("road", lambda: decider.decide(request, goals=road)),  # noqa: B023
                              ("new", lambda: decider.decide(request, scenario, arrive)),  # noqa: B023
                              ("again", lambda: decider.decide(request, scenario, arrive))):  # noqa: B023
                began = time.perf_counter()
                call()
                times[key].append((time.perf_counter() - began) * 1000)
        name = f"{quantity} {unit} {cargo}, {origin} → {destination}"
        print(f"{name:<36} " + " ".join(f"{shown(times[key]):>17}" for key in times))


def settle(app, seconds: float = 0.25) -> None:
    """The window as a user finds it before the next change: the last change's later work done (the route detail, the
    summary's line on the search limits after LIMITS_AFTER_MS), not still pending."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()


def window(rounds: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.core.goals import Goals
    from gui.core.request import QuoteRequest
    from gui.core.scenario import Change, Scenario
    from gui.core.tables import load_tables
    from gui.qt.main_window import MainWindow
    from tests.benchmarks.paint_clock import PaintClock

    main = MainWindow()
    main.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))
    main.session.goals = Goals(arrive_by=dt.date(2027, 1, 5))
    main.resize(1366, 740)
    main.show()
    main.finish(load_tables())
    main.chart_tabs.setCurrentIndex(0)  # the cost–time chart, whichever tab the last session left open
    app.processEvents()

    watched = [main.routes_view.viewport(), main.cost_time_chart.plot.viewport()]
    clock = PaintClock(*watched)
    scenarios = [Scenario("Torkham reopens", (Change("open", "Torkham"),)), Scenario()]
    timings: dict[str, list[float]] = {"first time": [], "again": []}
    for i in range(rounds * 2):
        scenario = scenarios[i % 2]
        if i % 4 == 0:  # a new scenario each other time: its engine is built and its network searched
            scenario = Scenario("Torkham reopens", (Change("open", "Torkham"), Change("add_days", "Karachi",
                                                                                          float(i % 7 + 1))))
        settle(app)
        began = time.perf_counter()
        main.session.change_scenario(scenario)
        elapsed = clock.wait(app, began, *watched) * 1000
        timings["first time" if i % 4 == 0 else "again"].append(elapsed)
    print(f"What-if change until the table and chart repainted (wheat, arrival date set; budget {BUDGET_MS:.0f} ms):")
    for kind, values in timings.items():
        print(f"  {kind:<11} {shown(values)} ms over {len(values)} changes")
    main.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    core(args.rounds)
    window(args.rounds)


if __name__ == "__main__":
    main()
