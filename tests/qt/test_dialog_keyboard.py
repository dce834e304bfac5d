"""The window's dialogs by keyboard, as an exhibitor works them at a booth: Tab goes round each dialog and out of
its tables, and every dialog fits a laptop's screen at 150 %."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from gui.core.request import QuoteRequest
from gui.qt.main_window import MainWindow

from .saving_window import saving_window

BUYER = {"buyer_name": "Ahmed Khan", "buyer_contact": "+92 300 0000000", "valid_until": dt.date(2026, 12, 31),
         "note": ""}


@pytest.fixture
def window(qtbot, fixture_tables, tmp_path, monkeypatch):
    return saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, BUYER)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def tab_round(qtbot, presses: int = 60) -> list:
    """The widgets Tab stops at, from the one with the keyboard until it comes back to it (a table that keeps
    Tab for its cells holds the focus: Tab never gets out)."""
    stops = [QApplication.focusWidget()]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is stops[-1]:
            continue  # a step inside the widget (a table's next cell)
        stops.append(QApplication.focusWidget())
        if stops[-1] is stops[0]:
            return stops
    raise AssertionError(f"Tab never came back: {[type(w).__name__ for w in stops[-8:]]}")


def saved_quotes(window, count: int) -> None:
    for quantity in range(140, 140 + 10 * count, 10):
        window.session.change_request(quantity=str(quantity))
        window.save_quote()


def test_tab_goes_round_the_history_and_out_of_its_list(qtbot, window):
    """With five saved quotes, Tab went from cell to cell of the list and never reached the buttons."""
    saved_quotes(window, 5)
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    stops = tab_round(qtbot)
    assert stops.count(dialog.table) == 1
    assert dialog.search in stops


def test_tab_goes_round_the_what_if_and_out_of_its_routes(qtbot, window):
    window.form.decide.what_if.click()
    dialog = shown(qtbot, window.form.decide.dialog)
    assert dialog.table.rowCount() > 1
    stops = tab_round(qtbot)
    assert stops.count(dialog.table) == 1 and dialog.close_button in stops


def test_tab_goes_round_the_keyboard_shortcuts(qtbot, window):
    from gui.qt.help import ShortcutsDialog

    dialog = shown(qtbot, ShortcutsDialog(window))
    dialog.table.setFocus()
    stops = tab_round(qtbot)
    assert stops[1:].count(dialog.table) == 1 and len(stops) <= 4


def test_tab_comes_into_the_blank_rates_at_the_first_value_and_goes_on(qtbot):
    """Terms → More… for wheat under DAP: the two blank fees are typed in the Value column; Tab went through
    every cell, the names and units too, and round again."""
    from gui.core.tables import load_tables
    from gui.qt.terms_dialog import TermsDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date.today(), "USD")
    window.show()
    window.finish(load_tables())
    window.session.change_terms(incoterm="DAP", goods_value=150000.0)
    dialog = shown(qtbot, TermsDialog(window.session, window))
    table: QTableWidget = dialog.table
    assert table.rowCount() >= 1
    dialog.importer_of_record.setFocus()
    stops = tab_round(qtbot)
    assert stops.count(table) == 1
    table.setFocus()
    assert table.currentColumn() == 2  # the value, the only column to type in
    for key in "4500":  # the first key opens the cell's editor, the others go to it
        qtbot.keyClicks(QApplication.focusWidget(), key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "4500", timeout=2000)  # the editor closes queued


def test_the_dialogs_and_the_map_window_fit_the_screen_they_open_on(qtbot, window, monkeypatch):
    """Quote history opened 1100 × 640 px, the user guide 720 × 620, the map's window 1100 × 720: on a
    1920 × 1080 laptop at 150 % (1280 × 640 px under the taskbar) their buttons lay below the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from gui.qt.help import AboutDialog, GuideDialog, ShortcutsDialog
    from gui.qt.widgets import FRAME_ROOM

    free = QRect(0, 0, 1280, 640)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: free)
    saved_quotes(window, 1)
    window.show_history()
    window.form.decide.what_if.click()
    window.chart_tabs.open_map_window()
    for dialog in (window.history_dialog, window.form.decide.dialog, window.chart_tabs.window_map,
                   GuideDialog(window), ShortcutsDialog(window), AboutDialog(window)):
        qtbot.addWidget(dialog)
        dialog.show()
        # with its title bar and borders (which the window system adds once it is shown)
        assert dialog.width() + FRAME_ROOM[0] <= free.width() and dialog.height() + FRAME_ROOM[1] <= free.height(), \
            type(dialog).__name__


def test_the_newest_saved_quote_is_shown_as_soon_as_the_keyboard_reaches_the_list(qtbot, window):
    """Ctrl+H, then ↓ (or Tab) from the search: the newest quote is chosen and shown, ready for Save as PDF…
    ↓ did nothing in the search, Tab reached the list with no quote chosen, and ↓ there chose the second."""
    saved_quotes(window, 3)
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.table.hasFocus() and dialog.selected() is dialog.saved[0]
    assert dialog.saved[0].number in dialog.preview.toPlainText() and dialog.pdf_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected() is dialog.saved[1]
    dialog.accept()
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert dialog.table.hasFocus() and dialog.selected() is dialog.saved[0]


def test_a_search_keeps_the_chosen_quote_or_none_never_another(qtbot, window):
    """The selection stayed on its row number as the search narrowed the list, and the preview and Re-quote took
    whichever quote came to stand there."""
    saved_quotes(window, 3)
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    numbers = [quote.number for quote in dialog.saved]
    dialog.table.selectRow(0)
    chosen = dialog.selected().number
    dialog.search.setText(numbers[2])  # the list narrows to another quote, now on the chosen one's row
    assert [quote.number for quote in dialog.saved] == [numbers[2]]
    assert dialog.selected() is None and not dialog.requote_button.isEnabled()
    dialog.search.setText("")
    dialog.table.selectRow(1)
    chosen = dialog.selected().number
    dialog.search.setText(chosen[:-1])  # every quote still found: the same one chosen
    assert dialog.selected().number == chosen


def test_an_empty_history_says_why_it_is_empty(qtbot, window):
    """In the list itself: the line above it is kept for what the history cannot do (read only, damaged rows)."""
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    assert dialog.table.rowCount() == 0 and not dialog.state.isVisible()
    assert dialog.empty.isVisible() and "Ctrl+S" in dialog.empty.text()
    assert dialog.table.accessibleDescription() == dialog.empty.text()  # a screen reader hears it too
    saved_quotes(window, 1)
    dialog.search.setText("Zanzibar")
    assert dialog.empty.isVisible() and "Zanzibar" in dialog.empty.text()
    dialog.search.setText("")
    assert dialog.table.rowCount() == 1 and not dialog.empty.isVisible() and not dialog.state.isVisible()


@pytest.mark.parametrize("language", ["en", "ru", "ur"])
def test_an_empty_history_s_headers_span_the_list(qtbot, qapp, window, language):
    """Empty, the seven headers stood bunched at the left, a third of the list's width, each cut to its word."""
    from gui.qt.i18n import install

    install(qapp, language)
    window.show_history()
    dialog = shown(qtbot, window.history_dialog)
    header = dialog.table.horizontalHeader()
    sizes = [header.sectionSize(column) for column in range(header.count())]
    assert abs(sum(sizes) - dialog.table.viewport().width()) <= 2, sizes
    metrics = header.fontMetrics()
    for column, size in enumerate(sizes):  # every header whole, with its padding
        said = dialog.table.horizontalHeaderItem(column).text()
        assert size >= metrics.horizontalAdvance(said) + 6, (said, size)
    assert dialog.empty.geometry() == dialog.table.viewport().rect()


def test_a_saved_quote_s_time_is_given_to_the_minute(qtbot, qapp, window):
    """The list showed the time a quote was saved with its seconds (2026-12-07 10:31:05), unlike the PDF."""
    import re

    from gui.qt.i18n import install

    saved_quotes(window, 1)
    for language, pattern in (("en", r"\d{4}-\d\d-\d\d \d\d:\d\d"), ("ru", r"\d\d\.\d\d\.\d{4} \d\d:\d\d")):
        install(qapp, language)
        window.show_history()
        dialog = shown(qtbot, window.history_dialog)
        assert re.fullmatch(pattern, dialog.table.item(0, 1).text()), dialog.table.item(0, 1).text()
        dialog.close()


def test_the_what_if_and_goals_are_worked_by_alt_and_the_english_letter_in_urdu(qtbot, qapp, bundled_engine):
    """Urdu underlines Arabic letters in What if… and Goals…, which the booth's Latin keyboard cannot type: Alt+G,
    Alt+A or Alt+C typed "g", "a", "c" into the field in focus (the scenario's name read "g"), so a change was
    added only by Tab after Tab."""
    from PySide6.QtGui import QKeySequence

    from gui.qt.goals_dialog import GoalsDialog
    from gui.qt.i18n import install
    from gui.qt.scenario_dialog import ScenarioDialog
    from gui.qt.session import QuoteSession

    session = QuoteSession()
    session.load_tables(bundled_engine.tables)
    english = ScenarioDialog(session)
    qtbot.addWidget(english)
    assert [QKeySequence.mnemonic(b.text()).toString() for b in (english.add_button, english.close_button)] == \
        ["Alt+A", "Alt+C"]  # the letters English underlines
    install(qapp, "ur")
    dialog = ScenarioDialog(session)
    shown(qtbot, dialog)
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Change: the kind of change
    assert dialog.kind.hasFocus() and dialog.name.text() == ""
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    assert dialog.target.lineEdit().hasFocus()
    dialog.target.lineEdit().selectAll()
    qtbot.keyClicks(dialog.target.lineEdit(), "Torkham")
    qtbot.keyClick(dialog.target.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Add
    qtbot.waitUntil(lambda: session.scenario.active, timeout=2000)
    assert session.scenario.changes[0].target == "Torkham"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Close
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    goals = GoalsDialog(session)
    shown(qtbot, goals)
    goals.avoid.setFocus()
    qtbot.keyClick(goals.avoid, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # sea and ferry: off
    qtbot.waitUntil(lambda: not goals.modes["sea"].isChecked(), timeout=2000)
    assert goals.avoid.text() == "" and goals.modes["road"].isChecked()


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ur"])
def test_each_item_of_a_menu_underlines_its_own_letter(qtbot, qapp, language):
    """English underlined P in "Save as &PDF…" and "&Print…": Alt+F then P only moved the highlight between them
    and saved nothing; Russian В twice (встроенные, Выход), Kazakh Б three times, Urdu م and ب twice."""
    from gui.qt.i18n import install
    from gui.qt.mnemonics import underlined

    install(qapp, language)
    window = MainWindow()
    qtbot.addWidget(window)

    def letters(menu) -> list[str]:
        found = []
        for action in menu.actions():
            if action.menu() is not None:
                assert len(set(letters(action.menu()))) == len(letters(action.menu()))
            if underlined(action.text()) is not None:
                found.append(underlined(action.text()))
        return found

    for top in window.menuBar().actions():
        shown = letters(top.menu())
        assert len(set(shown)) == len(shown), (top.text(), shown)
    if language == "en":  # Alt+F, P saves the PDF at once
        assert underlined(window.pdf_action.text()) == "p" and window.print_action.text() == "Pr&int…"
        menu = window.menuBar().actions()[0].menu()
        window.pdf_action.triggered.disconnect()  # the action, not the dialog it opens
        window.show()
        qtbot.waitExposed(window)
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitExposed(menu)
        with qtbot.waitSignal(window.pdf_action.triggered, timeout=2000):
            qtbot.keyClick(menu, Qt.Key.Key_P)
