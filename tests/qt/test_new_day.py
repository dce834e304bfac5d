"""A window left open overnight at a fair (or a laptop woken the next morning): the quote on the screen is made again
on the new day, and a departure of the day before moves to today, as it does when the window opens."""
from __future__ import annotations

import datetime as dt
import types

import pytest

from gui.core import decide, freshness, quote
from gui.core.decide import Decider
from gui.qt import session as session_module
from tests.core.test_goal_search import Day
from tests.qt.test_booth import LATER, TODAY, booth_window, tables, wheat  # noqa: F401 - ``tables`` is a fixture

NEXT_DAY = TODAY + dt.timedelta(days=1)


@pytest.fixture
def clock(monkeypatch):
    """``datetime.date.today`` as the window and the quote read it, set by the test (``Day.now``)."""
    fake = types.SimpleNamespace(date=Day, datetime=dt.datetime, timedelta=dt.timedelta)
    for module in (session_module, decide, quote, freshness):
        monkeypatch.setattr(module, "dt", fake)
    monkeypatch.setattr(Day, "now", TODAY)
    return Day


def texts(warnings) -> tuple[str, ...]:
    """The warnings as they read in English (with what joined messages hold)."""
    return tuple(map(str, warnings))


def warnings_on(tables, request) -> tuple[str, ...]:  # noqa: F811 - the tables given
    """The warnings of a new decider's quote of the request, on the day the clock says."""
    return texts(Decider(tables).decide(request).result.warnings)


def test_a_departure_of_the_day_before_moves_to_today_and_is_quoted_on_it(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=TODAY))
    moved = []
    window.session.departureMoved.connect(lambda before, today: moved.append((before, today)))
    first = window.session.result
    clock.now = NEXT_DAY
    window.session.look_at_day()  # as its timer does each minute
    qtbot.waitUntil(lambda: window.session.result is not first, timeout=3000)
    assert window.session.request.departure == NEXT_DAY
    assert window.form.departure.date().toPython() == NEXT_DAY  # the form shows the date quoted
    assert window.session.result.request.departure == NEXT_DAY
    assert moved == [(TODAY, NEXT_DAY)]
    assert "A new day: the departure moved from" in window.statusBar().currentMessage()
    assert NEXT_DAY.isoformat() in window.statusBar().currentMessage()
    assert texts(window.session.result.warnings) == warnings_on(tables, window.session.request)
    assert "back-dated" not in window.form.note.text()


def test_a_departure_chosen_ahead_stays_and_the_quote_is_made_on_the_new_day(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=LATER))
    moved = []
    window.session.departureMoved.connect(lambda before, today: moved.append((before, today)))
    before = texts(window.session.result.warnings)
    # the exchange rates' ages are said in days: a day older the next morning
    clock.now = NEXT_DAY
    window.session.look_at_day()
    qtbot.waitUntil(lambda: texts(window.session.result.warnings) != before, timeout=3000)
    assert window.session.request.departure == LATER
    assert moved == []
    assert texts(window.session.result.warnings) == warnings_on(tables, window.session.request)


def test_the_same_day_asks_for_no_quote(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=TODAY))
    first = window.session.result
    window.session.look_at_day()
    qtbot.wait(50)
    assert window.session.result is first
    assert window.session.request.departure == TODAY
