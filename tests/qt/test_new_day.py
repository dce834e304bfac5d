"""A window left open overnight at a fair (or a laptop woken the next morning): the quote on the screen is made again
on the new day, and a departure of the day before moves to today, as it does when the window opens; what the user
is typing, a date the user sets and a saved quote's date stay as they are."""
from __future__ import annotations

import datetime as dt
import types

import pytest
from PySide6.QtCore import QDate

from gui.core import request as request_module
from gui.core.decide import Decider
from gui.qt import form_note, session as session_module
from tests.core.test_goal_search import Day
from tests.qt.test_booth import LATER, TODAY, booth_window, tables, wheat  # noqa: F401 - ``tables`` is a fixture

NEXT_DAY = TODAY + dt.timedelta(days=1)


@pytest.fixture
def clock(monkeypatch):
    """``datetime.date.today`` as the window and the quote read it, set by the test (``Day.now``)."""
    fake = types.SimpleNamespace(date=Day, datetime=dt.datetime, timedelta=dt.timedelta)
    for module in (session_module, form_note, request_module):  # request: QuoteRequest.day_quoted
        monkeypatch.setattr(module, "dt", fake)
    monkeypatch.setattr(Day, "now", TODAY)
    return Day


def texts(warnings) -> tuple[str, ...]:
    """The warnings as they read in English (with what joined messages hold)."""
    return tuple(map(str, warnings))


def warnings_on(tables, request) -> tuple[str, ...]:  # noqa: F811 - the tables given
    """The warnings of a new decider's quote of the request, on the day the clock says."""
    return texts(Decider(tables).decide(request).result.warnings)


def counted_quotes(window) -> list:
    quotes = []
    window.session.quoteChanged.connect(quotes.append)
    return quotes


def test_a_departure_of_the_day_before_moves_to_today_and_is_quoted_on_it(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=TODAY))
    moved = []
    window.session.departureMoved.connect(lambda before, today: moved.append((before, today)))
    quotes = counted_quotes(window)
    assert window.session._day_look.isActive()  # the minute's look
    clock.now = NEXT_DAY
    window.session._day_look.timeout.emit()
    qtbot.waitUntil(lambda: bool(quotes), timeout=3000)
    assert window.session.request.departure == NEXT_DAY
    assert window.form.departure.date().toPython() == NEXT_DAY  # the form shows the date quoted
    assert window.session.result.request.departure == NEXT_DAY
    assert moved == [(TODAY, NEXT_DAY)]
    assert "A new day: the departure moved from" in window.statusBar().currentMessage()
    assert NEXT_DAY.isoformat() in window.statusBar().currentMessage()
    assert texts(window.session.result.warnings) == warnings_on(tables, window.session.request)
    assert "back-dated" not in window.form.note.text()  # today, as the form reads it on the new day
    assert not window.form.departure.property("caution")


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


def test_what_is_being_typed_stays_when_the_day_moves_the_departure(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=TODAY))
    form = window.form
    form.destination.lineEdit().selectAll()
    qtbot.keyClicks(form.destination.lineEdit(), "Tashk")  # not taken yet: no Enter, no Tab
    form.quantity.selectAll()
    qtbot.keyClicks(form.quantity, "750")  # taken after the typing pause
    clock.now = NEXT_DAY
    window.session.look_at_day()
    assert form.destination.currentText() == "Tashk"
    assert form.quantity.text() == "750"
    qtbot.waitUntil(lambda: window.session.request.quantity == "750", timeout=3000)
    assert window.session.request.departure == NEXT_DAY
    assert form.destination.currentText() == "Tashk"


def test_a_date_the_user_sets_on_the_new_day_is_kept(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=LATER))
    moved = []
    window.session.departureMoved.connect(lambda before, today: moved.append((before, today)))
    clock.now = NEXT_DAY  # past midnight, before the window has looked: the user back-dates to the day before
    window.form.departure.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.waitUntil(lambda: window.session.result.request.departure == TODAY, timeout=3000)
    assert window.session.request.departure == TODAY
    assert moved == []
    assert any("back-dated quote" in warning for warning in window.session.result.warnings)


def test_a_saved_quote_of_the_day_before_keeps_its_date(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=LATER))
    clock.now = NEXT_DAY
    window.session.open_request(wheat(departure=TODAY, quantity="600"))
    qtbot.waitUntil(lambda: window.session.result.request.quantity == "600", timeout=3000)
    assert window.session.request.departure == TODAY
    assert window.form.departure.date().toPython() == TODAY


def test_the_same_day_asks_for_no_quote(qtbot, tables, clock):  # noqa: F811
    window = booth_window(qtbot, tables, wheat(departure=TODAY))
    quotes = counted_quotes(window)
    window.session.look_at_day()
    qtbot.wait(100)
    assert quotes == []
    assert window.session.request.departure == TODAY
