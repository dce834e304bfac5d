"""While the window paints, a quote's work on its own thread waits at its next stop sign: a paint makes hundreds of
calls into Qt, and at each the other thread could take the interpreter for a switch interval (a zoom step of a
map of 100 legs took 144 ms, not 15 ms, while the walk past the search limits ran)."""
from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from gui.core.stopping import stop_event
from gui.core.tables import load_tables
from gui.qt import background
from gui.qt.background import Job, painting, work_on_hold

from .test_booth import booth_window, wheat


class Counting:
    """A job's work that counts how often it has looked at its stop sign, until asked to stop."""

    def __init__(self):
        self.looked = 0
        self.started = threading.Event()

    def __call__(self) -> int:
        sign = stop_event()
        self.started.set()
        while not sign.is_set():
            self.looked += 1
            time.sleep(0.001)  # a step of work between two looks
        return self.looked


@pytest.fixture
def counting():
    work = Counting()
    job = Job(work)
    assert work.started.wait(5)
    yield work, job
    job.ask_to_stop()
    assert job.wait(5)


def looks_while(work: Counting, seconds: float) -> int:
    before = work.looked
    time.sleep(seconds)
    return work.looked - before


def test_work_waits_at_its_stop_sign_while_the_window_paints_and_goes_on_after(counting):
    work, job = counting
    assert looks_while(work, 0.1) >= 10  # running: a look about every millisecond
    with painting():
        assert work_on_hold()
        time.sleep(0.01)  # the look under way when the paint began
        assert looks_while(work, 0.15) == 0
        assert not job.stop_asked  # the window's own thread is not held by its paint
    assert not work_on_hold()
    assert looks_while(work, 0.1) >= 10


def test_a_paint_within_a_paint_holds_the_work_until_the_outer_one_ends(counting):
    work, _ = counting
    with painting():
        with painting():
            pass
        time.sleep(0.01)
        assert looks_while(work, 0.1) == 0
    assert looks_while(work, 0.1) >= 10


def test_a_paint_longer_than_the_hold_lets_the_work_go_on_a_step_at_a_time(counting, monkeypatch):
    work, _ = counting
    monkeypatch.setattr(background, "HOLD_MOST_S", 0.05)
    with painting():
        looked = looks_while(work, 0.4)
    assert 2 <= looked <= 20  # a step every 50 ms (8 in 0.4 s), not every millisecond (hundreds)


def test_work_asked_to_stop_while_the_window_paints_stops_without_waiting_for_the_paint(counting):
    work, job = counting
    with painting():
        time.sleep(0.01)
        job.ask_to_stop()
        assert job.wait(0.1)  # seen while held, not after HOLD_MOST_S (0.25 s)
    assert job.outcome() == work.looked


class PaintSeen(QWidget):
    """Whether work was held while the widget painted, each time it did."""

    def __init__(self, parent):
        super().__init__(parent)
        self.held: list[bool] = []

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.held.append(work_on_hold())


def test_every_widget_of_the_window_paints_with_the_work_held(qtbot):
    window = booth_window(qtbot, load_tables(), wheat())
    seen = PaintSeen(window.routes_view)
    seen.setGeometry(0, 0, 40, 20)
    seen.show()
    qtbot.waitUntil(lambda: bool(seen.held), timeout=3000)
    seen.held.clear()
    seen.update()
    qtbot.waitUntil(lambda: bool(seen.held), timeout=3000)
    assert seen.held == [True]
    assert not work_on_hold()
