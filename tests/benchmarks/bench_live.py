"""Benchmark: whether the window stays live while it quotes on a network of thousands of legs.

Run: python tests/benchmarks/bench_live.py [--legs N] [--pairs N] [--rounds N]

A forwarder's own tables (tests/networks.py, as bench_search.py: 10,000 legs unless told) in the window at
1366 × 728, offscreen. For each round a new window quotes the first of ``--pairs`` origin–destination pairs, then the
request is changed to each of the others in turn (the first quote of that pair on a loaded engine, as at the fair).
From each change until the routes and what the search limits keep out are both on the screen, it measures:

- the event loop: how late a 10 ms timer ran (the gaps between its runs, 90th percentile and longest);
- a key typed every 200 ms into a line edit in the window (posted from a thread of its own, as keys come whatever
  the window is doing): how long from the key's arrival to its paint.

Side by side in one process, runs alternating: the window as it is (as gui/qt/app.py starts it); with the quote's
work not held while the window paints (background.HOLD_MOST_S = 0, as before 5 December 2026); with that and
Python's own switch interval between threads (5 ms, not background.SWITCH_INTERVAL_S); and, as it was before
4 December 2026, with those and the walk past the search limits on the window's own thread
(``QuoteSession.limits_in_line_for = None``).
Needs no display: QT_QPA_PLATFORM=offscreen is set where there is none.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TICK_MS = 10
KEY_EVERY_MS = 200
LIMIT_S = 60  # a change not on the screen by then is said so


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


class Watch:
    """The event loop's lateness and the keys' paint times while a change is worked out."""

    def __init__(self, app, field):
        from PySide6.QtCore import QEvent, QObject, Qt, QTimer
        from PySide6.QtGui import QKeyEvent

        self.app, self.field = app, field
        self.gaps: list[float] = []
        self.keys: list[float] = []
        self._sent: float | None = None
        self.typed = 0
        watch = self

        class Painted(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt API
                if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                    watched.clear()
                if event.type() == QEvent.Type.Paint and watch._sent is not None:
                    watch.keys.append(time.perf_counter() - watch._sent)
                    watch._sent = None
                return False

        # the keyboard's device is made by the first key event: on this thread, not the typing one's
        QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier, "x")
        self._painted = Painted()
        field.installEventFilter(self._painted)
        self._tick = QTimer()
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._last = 0.0
        self._typing: threading.Event | None = None

    def start(self) -> None:
        self.gaps, self.keys, self._sent = [], [], None
        self._last = time.perf_counter()
        self._tick.start()
        self._typing = threading.Event()
        threading.Thread(target=self._type, args=(self._typing,), daemon=True).start()

    def stop(self) -> None:
        self._tick.stop()
        self._typing.set()

    def _type(self, done: threading.Event) -> None:
        while not done.wait(KEY_EVERY_MS / 1000):
            self._send_key()

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def _send_key(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent

        if self._sent is not None:  # the key before not painted yet: counted once it is
            return
        self.typed += 1
        text = "x" if self.typed % 40 else ""  # a line edit kept short: its paint takes the same each time
        key = Qt.Key.Key_X if text else Qt.Key.Key_Escape
        self._sent = time.perf_counter()
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            self.app.postEvent(self.field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _shown(session, request) -> tuple[bool, bool]:
    """Whether the quote of ``request`` is on the screen, and what the search limits keep out of it."""
    result = session.result
    if session.working or result is None or result.request != request:
        return False, False
    return True, result.limits_known


def measure_change(app, window, watch, request) -> dict:
    """One change of the request, watched until its routes and limits are on the screen."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    began = time.perf_counter()
    times: dict[str, float] = {}

    def look() -> None:
        routes, limits = _shown(window.session, request)
        if routes and "routes" not in times:
            times["routes"] = time.perf_counter() - began
        if limits or time.perf_counter() - began > LIMIT_S:
            times["limits"] = time.perf_counter() - began if limits else float("nan")
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(look)
    watch.start()
    poll.start()
    # as the form does once a field is left: the session quotes the request (on its thread where it is slow)
    QTimer.singleShot(0, lambda: window.session.change_request(origin=request.origin,
                                                               destination=request.destination))
    loop.exec()
    poll.stop()
    watch.stop()
    return {**times, "gaps": list(watch.gaps), "keys": list(watch.keys)}


def run(legs: int, pairs: int, rounds: int) -> None:
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication([])
    from gui.core.request import QuoteRequest
    from gui.qt.main_window import MainWindow
    from gui.qt.session import QuoteSession
    from tests.benchmarks.bench_search import generated_network

    tables, ends = generated_network(legs, pairs)
    today = dt.date.today()
    requests = [QuoteRequest("wheat", "500", "t", a, b, today, "USD") for a, b in ends]
    from gui.qt import background

    python_s, hold_s = sys.getswitchinterval(), background.HOLD_MOST_S
    in_line = QuoteSession.limits_in_line_for
    ways = {"as it is": (in_line, background.SWITCH_INTERVAL_S, hold_s),
            "work not held while the window paints": (in_line, background.SWITCH_INTERVAL_S, 0.0),
            f"and switch interval {python_s * 1000:.0f} ms": (in_line, python_s, 0.0),
            "and limits walked on the window's thread": (None, python_s, 0.0)}
    seen: dict[str, list[dict]] = {name: [] for name in ways}
    print(f"Generated network: {legs:,} legs, {len(tables.places):,} places; wheat 500 t, {pairs} pairs, "
          f"{rounds} round(s); a {TICK_MS} ms timer, a key every {KEY_EVERY_MS} ms")
    for _ in range(rounds):
        for name, (in_line, switch_s, hold_s) in ways.items():  # alternating, so that the moods of the machine
            QuoteSession.limits_in_line_for = in_line            # fall on all
            sys.setswitchinterval(switch_s)
            background.HOLD_MOST_S = hold_s
            window = MainWindow()
            window.session.request = requests[0]
            window.resize(1366, 728)
            field = QLineEdit(window)  # painted with the window, over its corner
            field.setGeometry(0, 0, 300, 30)
            window.show()
            field.raise_()
            window.finish(tables)
            window.session.settle()
            app.processEvents()
            watch = Watch(app, field)
            for request in requests[1:]:
                seen[name].append(measure_change(app, window, watch, request))
            window.session.drop()
            window.close()
            window.deleteLater()
            app.processEvents()
    QuoteSession.limits_in_line_for, _, background.HOLD_MOST_S = ways["as it is"]
    sys.setswitchinterval(python_s)
    print(f"  {'':42} {'routes shown':>13} {'limits shown':>13} {'loop late, 90th':>16} {'longest':>9} "
          f"{'key to paint, median':>21} {'90th':>8} {'longest':>9}")
    for name, changes in seen.items():
        gaps = [gap - TICK_MS / 1000 for change in changes for gap in change["gaps"]]
        keys = [key for change in changes for key in change["keys"]]
        routes = statistics.median(change.get("routes", float("nan")) for change in changes)
        limits = statistics.median(change["limits"] for change in changes)
        said = f"  {name:42} {routes * 1000:>10.0f} ms {limits * 1000:>10.0f} ms "
        if gaps:
            said += f"{_percentile(gaps, .9) * 1000:>13.0f} ms {max(gaps) * 1000:>6.0f} ms "
        if keys:
            said += (f"{statistics.median(keys) * 1000:>18.1f} ms {_percentile(keys, .9) * 1000:>5.1f} ms "
                     f"{max(keys) * 1000:>6.0f} ms")
        print(said)
    print("  (times in the medians of the changes; the loop's lateness and the keys over all of them)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--legs", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(args.legs, args.pairs, args.rounds)


if __name__ == "__main__":
    main()
