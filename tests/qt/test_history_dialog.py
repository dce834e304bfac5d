"""The history dialog on saved quotes edited by hand so that only showing, exporting or re-quoting them finds what is
missing: each such quote is counted among those that cannot be read and left out of the list, never a fault report;
the other quotes stay as they were."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from gui.core.errors import InputError

from .saving_window import saving_window

BUYER = {"buyer_name": "Ahmed Khan", "buyer_contact": "", "valid_until": dt.date(2026, 12, 31), "note": ""}
NOT_READ = "1 saved quote(s) cannot be read (damaged); the others are listed"


@pytest.fixture
def window(qtbot, fixture_tables, tmp_path, monkeypatch):
    window = saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, BUYER)
    assert window.save_quote() and window.save_quote()
    return window


def _edit(window, number: str, change) -> None:
    raw = sqlite3.connect(window.history_path)
    document = json.loads(raw.execute("SELECT document FROM quotes WHERE number = ?", (number,)).fetchone()[0])
    change(document)
    raw.execute("UPDATE quotes SET document = ? WHERE number = ?", (json.dumps(document), number))
    raw.commit()
    raw.close()


def _dialog(qtbot, window):
    window.show_history()
    dialog = window.history_dialog
    qtbot.addWidget(dialog)
    return dialog


def _row_of(dialog, number: str) -> int:
    return next(row for row in range(dialog.table.rowCount()) if dialog.table.item(row, 0).text() == number)


SHOWN = {  # still a quote to the history, not to the preview (the chart, or the text)
    "a route without its slowest days": lambda d: d["routes"][0].pop("days_max"),
    "a source without its id": lambda d: d["sources"][0].pop("id"),
    "a route's legs a number": lambda d: d["routes"][0].__setitem__("legs", 5),
}


@pytest.mark.parametrize("edit", sorted(SHOWN))
def test_a_quote_the_preview_cannot_read_is_counted_not_a_fault(edit, qtbot, window):
    first = "CQ-" + str(dt.date.today().year) + "-00001"
    _edit(window, first, SHOWN[edit])
    dialog = _dialog(qtbot, window)
    assert dialog.table.rowCount() == 2 and not dialog.state.isVisibleTo(dialog)  # listed: the history reads it
    dialog.table.selectRow(_row_of(dialog, first))
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [first[:-1] + "2"]
    assert dialog.state.text() == NOT_READ and dialog.preview.toPlainText() == ""
    dialog.table.selectRow(0)  # the other quote still shows
    assert first[:-1] + "2" in dialog.preview.toPlainText()
    dialog.search.setText("ahmed")  # and the count holds through a search
    assert dialog.table.rowCount() == 1 and dialog.state.text() == NOT_READ
    dialog.accept()


def test_a_quote_an_export_cannot_read_is_counted_and_no_file_is_left(qtbot, window, tmp_path):
    first = "CQ-" + str(dt.date.today().year) + "-00001"
    _edit(window, first, lambda d: d["sources"][0].pop("reliability"))  # only the workbook reads it
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(_row_of(dialog, first))
    assert first in dialog.preview.toPlainText()
    out = tmp_path / "out"
    out.mkdir()
    window.ask_save_path = lambda title, suggested, pattern: out / suggested
    dialog.xlsx_button.click()
    assert dialog.table.rowCount() == 1 and dialog.state.text() == NOT_READ
    assert list(out.iterdir()) == []
    dialog.accept()


def test_a_requote_that_cannot_read_the_quote_is_counted_and_one_today_cannot_quote_is_said(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)

    def not_quotable(saved):
        raise InputError("cargo", "unknown cargo 'wheat'")

    dialog.requote = not_quotable
    dialog.requote_button.click()
    assert dialog.differences.text() == "On today's tables: unknown cargo 'wheat'" and dialog.table.rowCount() == 2

    def unreadable(saved):
        raise KeyError("legs")

    dialog.requote = unreadable
    dialog.requote_button.click()
    assert dialog.table.rowCount() == 1 and dialog.state.text() == NOT_READ
    dialog.accept()


def test_a_quote_opening_in_the_form_cannot_read_is_counted(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)

    def unreadable(saved):
        raise TypeError("'int' object is not iterable")

    dialog.open_in_form = unreadable
    dialog.open_button.click()
    assert dialog.table.rowCount() == 1 and dialog.state.text() == NOT_READ and dialog.isVisible()
    dialog.accept()


def test_a_damaged_quote_opened_in_the_form_changes_nothing_and_says_so(qtbot, window):
    """Its terms, goals and what-if read, its request not (the file changed on the disk after it was listed, or
    a reading the listing does not make): the window took the saved terms, goals and what-if under the request on
    the screen, then failed. Every part is now read first; the form keeps what it had, and the dialog says so."""
    first = "CQ-" + str(dt.date.today().year) + "-00001"
    _edit(window, first, lambda d: d.__setitem__("goals", {"max_cost": 1000.0}))
    session = window.session
    before = (session.request, session.goals, session.scenario, session.terms)
    dialog = _dialog(qtbot, window)
    row = _row_of(dialog, first)
    dialog.table.selectRow(row)
    del dialog.saved[row].document["request"]["date"]
    dialog.open_button.click()
    assert (session.request, session.goals, session.scenario, session.terms) == before
    assert dialog.isVisible() and dialog.state.text() == NOT_READ
    assert dialog.differences.text() == f"{first} cannot be read (damaged): the form is as it was."
    dialog.accept()


def test_a_slow_history_is_searched_once_typing_pauses(qtbot, window):
    """A history of 200 quotes of some 1 MB each takes 6-10 s to read, and the search read it at every key: a
    buyer's name of five letters froze the window for some 30-50 s. Where the list took longer than a tenth of a
    second to read, it is read once the typing pauses; a quick one still narrows at every key."""
    import time

    from gui.qt.history_dialog import SEARCH_PAUSE_MS

    dialog = _dialog(qtbot, window)
    reads = []
    listing = dialog.history.listing

    def slow(text=""):
        reads.append(text)
        time.sleep(0.12)
        return listing(text)

    dialog.history.listing = slow
    dialog.search.setText("a")  # the quick history before: read at once, and found slow
    assert reads == ["a"]
    for typed in ("ah", "ahm", "ahme", "ahmed"):
        dialog.search.setText(typed)
    assert reads == ["a"]  # not read at every key
    qtbot.waitUntil(lambda: reads == ["a", "ahmed"], timeout=SEARCH_PAUSE_MS * 5)
    assert dialog.table.rowCount() == 2
    dialog.history.listing = listing
    dialog.accept()
