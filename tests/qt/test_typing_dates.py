"""Dates typed as a buyer says them, at the booth's keyboard: "2027-03-15", "15.03.2027", "15/3/2027" into the
departure and the arrival date, in the interface language's order, whether the field was reached by Tab or its
text selected with Ctrl+A first."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.qt.i18n import install
from tests.qt.test_booth import LATER, activate, booth_window, tables, wheat  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("tables")


def type_date(qtbot, field, typed: str, how: str) -> None:
    if how == "tab":  # from the field before it, as the keyboard goes through the form
        field.previousInFocusChain().setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    else:  # clicked into, then everything selected to be typed over
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()
    for char in typed:  # each key to the field in focus then, as a keyboard sends it
        qtbot.keyClicks(QApplication.focusWidget(), char)
    assert field.hasFocus()  # every key stayed in the date: none went on to the next field
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()  # Tab leaves it whole


@pytest.mark.parametrize("how", ["tab", "select all"])
@pytest.mark.parametrize("language, typed", [("en", "{y}-03-15"), ("en", "{y}-3-5"), ("ru", "15.03.{y}"),
                                             ("ru", "5.1.{y}"), ("ur", "15/3/{y}"), ("ur", "1/1/{y}")])
def test_a_departure_typed_as_written_is_the_day_typed(qtbot, qapp, tables, language, typed, how):  # noqa: F811
    """The separator after each part went to the next field ("2027-03-15" left "03-15" for the currency); where a
    part was full ("2027"), its separator skipped the part after it."""
    install(qapp, language)
    window = booth_window(qtbot, tables, wheat())
    year = LATER.year + 1
    text = typed.format(y=year)
    type_date(qtbot, window.form.departure, text, how)
    numbers = [int(part) for part in text.replace("-", " ").replace(".", " ").replace("/", " ").split()]
    wanted = dt.date(*numbers) if language == "en" else dt.date(numbers[2], numbers[1], numbers[0])
    qtbot.waitUntil(lambda: window.session.request.departure == wanted, timeout=3000)
    assert window.form.currency.currentData() == "USD"  # the next field took no keys


def test_the_save_dialogs_validity_takes_a_typed_date(qtbot):
    from gui.qt.dialogs import SaveQuoteDialog

    dialog = SaveQuoteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    until = dt.date.today() + dt.timedelta(days=40)
    type_date(qtbot, dialog.valid_until, until.isoformat(), "tab")
    assert dialog.values()["valid_until"] == until
    assert dialog.note.hasFocus() and dialog.note.text() == ""


@pytest.mark.parametrize("language, written", [("en", "{y}-12-20"), ("ru", "20.12.{y}")])
def test_an_arrival_typed_in_the_year_of_departure_is_kept(qtbot, qapp, tables, language, written):  # noqa: F811
    """Leaving 7 December, the arrival field offers 6 January of the next year; typing 20 December over it passes
    through a day before the departure ("2026" then, 2026-01-06), which the field put back to 6 January at once:
    the date became 20 December of the next year, and every route 100 % on time."""
    install(qapp, language)
    departure = dt.date(dt.date.today().year + 1, 12, 7)
    window = booth_window(qtbot, tables, wheat(departure=departure))
    bar = window.form.decide
    bar.arrive.setFocus()
    qtbot.keyClick(bar.arrive, Qt.Key.Key_Space)  # ticked: a month after leaving
    qtbot.waitUntil(lambda: window.session.goals.arrive_by == departure + dt.timedelta(days=30), timeout=2000)
    type_date(qtbot, bar.date, written.format(y=departure.year), "tab")
    wanted = dt.date(departure.year, 12, 20)
    qtbot.waitUntil(lambda: window.session.goals.arrive_by == wanted, timeout=3000)
    qtbot.waitUntil(lambda: window.session.decision is not None
                    and window.session.decision.goals.arrive_by == wanted, timeout=3000)
    assert not window.session.problem("arrive_by") and not bar.date.property("problem")
    assert bar.sure.value() == 90  # the keys went to the date, none to the certainty beside it


def test_the_departure_shows_the_requests_date_while_the_tables_load(qtbot):
    """Before the tables had loaded, the departure read 1/1/2000 (Qt's own first date) for the first seconds of
    every start, under the other fields still empty; it shows the request's date from the first paint."""
    from gui.qt.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.form.departure.date().toPython() == window.session.request.departure == dt.date.today()


@pytest.mark.parametrize("how", ["tab", "select all"])
@pytest.mark.parametrize("language", ["ru", "kk", "ur"])
@pytest.mark.parametrize("typed, month, day", [("{y}-09-30", 9, 30), ("{y}-3-5", 3, 5), ("{y}-12-07", 12, 7),
                                               ("{y}.11.2", 11, 2), ("{y}/1/31", 1, 31)])
def test_an_iso_date_typed_where_the_day_comes_first_is_the_day_typed(qtbot, qapp, tables, language, typed,  # noqa: F811
                                                                      month, day, how):
    """"2027-09-30" typed into the Russian departure, which writes 30.09.2027, went part by part into its day and
    month and read 20.02.7093; four digits and a dash can only be a year, and the date is read as ISO."""
    install(qapp, language)
    window = booth_window(qtbot, tables, wheat())
    year = LATER.year + 1
    type_date(qtbot, window.form.departure, typed.format(y=year), how)
    qtbot.waitUntil(lambda: window.session.request.departure == dt.date(year, month, day), timeout=3000)
    assert window.form.currency.currentData() == "USD"  # the next field took no keys


def test_a_digit_that_makes_no_day_of_the_month_is_dropped(qtbot, qapp, tables):  # noqa: F811
    install(qapp, "ru")
    window = booth_window(qtbot, tables, wheat())
    year = LATER.year + 1
    type_date(qtbot, window.form.departure, f"{year}-02-31", "select all")
    qtbot.waitUntil(lambda: window.session.request.departure == dt.date(year, 2, 3), timeout=3000)


@pytest.mark.parametrize("typed, wanted", [
    ("1506.{y}", (6, 15)),  # day and month typed without their point: 15 June, as before
    ("{y}-09-3\b1", (9, 1)),  # Backspace takes back the last key of an ISO date
    ("{y}-09-30{z}-01-15", (1, 15)),  # a second date typed after a whole one begins anew
    ("{y}-0²9-30", (9, 30)),  # a superscript digit (a key of its own on AZERTY) belongs in no date
])
def test_an_iso_date_typed_in_russian_takes_corrections_and_leaves_a_date_written_day_first_alone(
        qtbot, qapp, tables, typed, wanted):  # noqa: F811
    install(qapp, "ru")
    window = booth_window(qtbot, tables, wheat())
    year = LATER.year + 1
    field = window.form.departure
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in typed.format(y=year, z=year + 1):
        if char == "\b":
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(QApplication.focusWidget(), char)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    day = dt.date(year + (1 if "{z}" in typed else 0), *wanted)
    qtbot.waitUntil(lambda: window.session.request.departure == day, timeout=3000)


def test_a_year_typed_into_its_own_part_is_no_iso_date(qtbot, qapp, tables):  # noqa: F811
    """In Russian, the year part reached by the arrow keys and typed over, then a point: the year typed, the day
    and month as they were."""
    install(qapp, "ru")
    window = booth_window(qtbot, tables, wheat())
    field = window.form.departure
    before = window.session.request.departure
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.setCurrentSectionIndex(2)
    field.setSelectedSection(field.sectionAt(2))
    qtbot.keyClick(field, Qt.Key.Key_Right)
    field.setCurrentSectionIndex(2)
    field.setSelectedSection(field.sectionAt(2))
    year = LATER.year + 1
    qtbot.keyClicks(field, f"{year}.")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.session.request.departure == before.replace(year=year), timeout=3000)
