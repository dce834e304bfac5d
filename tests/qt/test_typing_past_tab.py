"""Keys typed fast after Tab in the open list of names: they go to the next field, and the field left keeps what
was typed in it. Under X11 the list holds the keyboard until Tab has been handled, so the keys typed meanwhile still
come to the list after it closed; here they are sent to the closed list as the X server hands them over."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.core.tables import load_tables

from .test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def _type_with_list_open(qtbot, box, text: str):
    box.setFocus(Qt.FocusReason.TabFocusReason)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    return popup


def test_keys_after_tab_from_the_unit_list_go_to_the_next_field(qtbot, tables):
    """"cont" + Tab in the unit, then Ctrl+A, "Lahore" and Tab at once: the unit read "containersLahore" (or
    "Lahore" after Ctrl+A), the place stayed as it was, and the second Tab went back into the unit and on to the
    place rather than on past it."""
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    popup = _type_with_list_open(qtbot, form.unit, "cont")
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # the list holds the keyboard: Tab comes to it
    assert form.origin.hasFocus() and not popup.isVisible()
    # what was typed before Tab was handled, still sent to the closed list
    qtbot.keyClick(popup, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(popup, "Lahore")
    assert form.unit.currentText() == "containers", form.unit.currentText()
    assert form.origin.currentText().startswith("Lahore"), form.origin.currentText()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # a late Tab to the unit's closed list: on from where the keyboard is
    assert form.destination.hasFocus(), QApplication.focusWidget()
    assert window.session.request.unit == "containers" and window.session.request.origin == "Lahore"


def test_keys_after_tab_from_the_place_list_go_to_the_next_field(qtbot, tables):
    """"Alma" + Tab in To, then "1" typed at once: the departure takes it, not the place ("Almaty1")."""
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    popup = _type_with_list_open(qtbot, form.destination, "Alma")
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert form.departure.hasFocus()
    qtbot.keyClicks(popup, "1")
    assert form.destination.currentText() == "Almaty" and window.session.request.destination == "Almaty"


def test_tab_on_a_name_picked_in_the_list_quotes_that_name(qtbot, tables):
    """"kar", Down to the list's first name, Tab: the place picked is quoted, not "kar"."""
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    popup = _type_with_list_open(qtbot, form.origin, "kar")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    picked = popup.currentIndex().data()
    assert picked and picked.lower() != "kar"
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert form.swap.hasFocus()
    assert form.origin.currentText() == picked and window.session.request.origin == picked


# QApplication.setActiveWindow is deprecated, but no other call makes a closed list the active window as X11 does
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_window_made_active_again_from_the_closed_list_keeps_the_next_field(qtbot, tables):
    """Under X11 the window's activation follows the list's hold on the keyboard late: the closed list was made
    active, then the window again, which put the keyboard back into the unit ("containersLahore")."""
    window = booth_window(qtbot, tables, wheat())
    form = window.form
    popup = _type_with_list_open(qtbot, form.unit, "cont")
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert form.origin.hasFocus()
    QApplication.setActiveWindow(popup)  # as the X server's late focus events do
    QApplication.setActiveWindow(window)
    assert form.origin.hasFocus(), QApplication.focusWidget()
    qtbot.keyClicks(QApplication.focusWidget(), "Lahore")
    assert form.unit.currentText() == "containers", form.unit.currentText()
    assert form.origin.currentText().startswith("Lahore"), form.origin.currentText()
