"""What a screen reader says of the window's stops: every button, table, chart and field Tab reaches has a name that
says what it is (not a symbol, not nothing), and a problem is said on the field it is about, not only in red."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QToolButton

from gui.core.tables import load_tables

from .saving_window import saving_window
from .test_booth import booth_window, wheat
from .test_dialog_keyboard import BUYER, saved_quotes, shown


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def said(widget, text=QAccessible.Text.Name) -> str:
    """What the accessibility interface gives a screen reader for ``widget``."""
    return QAccessible.queryAccessibleInterface(widget).text(text)


def test_the_swap_and_the_map_window_buttons_are_named_by_what_they_do(qtbot, tables):
    """The buttons drawn as a sign only were read as that sign: "⇄" and "⤢", or nothing at all."""
    window = booth_window(qtbot, tables, wheat())
    enlarge = window.chart_tabs.cornerWidget().findChild(QToolButton)
    assert said(window.form.swap) == window.form.swap.toolTip() == "Swap origin and destination"
    assert said(enlarge) == enlarge.toolTip()
    assert "⤢" not in said(enlarge)
