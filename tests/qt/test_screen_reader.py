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


def test_every_table_says_what_it_lists(qtbot, tables, fixture_tables, tmp_path, monkeypatch):
    """The routes, the legs and stops, the price lines, the what-if's changes and routes, the blank rates and the
    saved quotes were each read as "table" (or "list") and nothing more."""
    window = booth_window(qtbot, tables, wheat())
    window.session.change_terms(incoterm="DAP", goods_value=150000.0)
    from gui.qt.scenario_dialog import ScenarioDialog
    from gui.qt.terms_dialog import TermsDialog

    what_if = ScenarioDialog(window.session, window)
    terms = TermsDialog(window.session, window)
    qtbot.addWidget(what_if)
    qtbot.addWidget(terms)
    names = {view: said(view) for view in (window.routes_view, window.breakdown_view, window.detail_tabs.lines_view,
                                           what_if.changes, what_if.table, terms.table)}
    assert all(names.values()), names
    assert len(set(names.values())) == len(names), names  # each its own
    saving = saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, BUYER)
    saved_quotes(saving, 1)
    saving.show_history()
    assert said(saving.history_dialog.table)


def test_the_charts_are_named(qtbot, tables):
    """Tab stops at the cost–time chart, the cost and days along the route and the price's waterfall: each was
    read as nothing."""
    window = booth_window(qtbot, tables, wheat())
    window.session.change_terms(incoterm="DAP", goods_value=150000.0)
    window.session.select_route(0)
    qtbot.waitUntil(lambda: window.distance_chart.cost_plot.isVisibleTo(window.distance_chart), timeout=3000)
    plots = [window.cost_time_chart.plot, window.distance_chart.cost_plot, window.distance_chart.time_plot,
             window.below_tabs.waterfall.plot]
    names = [said(plot) for plot in plots]
    assert all(names) and len(set(names)) == len(names), names
    assert "USD" in said(window.distance_chart.cost_plot)  # the axis as the chart says it, with its currency
    assert "along the route" in said(window.distance_chart.time_plot, QAccessible.Text.Description)


def test_the_warnings_tab_stops_at_read_their_lines(qtbot, tables):
    """The lines above the routes and the selected route's warnings take the keyboard (to scroll them) but a
    screen reader said nothing of them: no name, and the lines in a label it is not told about."""
    window = booth_window(qtbot, tables, wheat())
    window.session.select_route(0)
    qtbot.waitUntil(lambda: bool(window.detail_notes.text()), timeout=3000)
    for area in (window.summary_lines, window.detail_notes):
        assert said(area)
        assert area.label.text() and said(area, QAccessible.Text.Description)
    assert "⚠" in said(window.detail_notes, QAccessible.Text.Description)
    assert "<" not in said(window.summary_lines, QAccessible.Text.Description)  # the text, not its markup


def test_the_goals_and_letterhead_fields_beside_their_label_are_named(qtbot, tables):
    """The cost ceiling, the CO2e margin, the rate for money in transit and the logo's file sit in a row beside
    their label, which Qt ties to no field: each was read as an unnamed field."""
    window = booth_window(qtbot, tables, wheat())
    from gui.qt.dialogs import LetterheadDialog
    from gui.qt.goals_dialog import GoalsDialog

    goals = GoalsDialog(window.session, window)
    letterhead = LetterheadDialog(window)
    qtbot.addWidget(goals)
    qtbot.addWidget(letterhead)
    assert said(goals.max_cost) == "Cost at most"
    assert said(goals.capital) == "Cost of capital"
    assert said(goals.co2_pct) == "CO2e"
    assert "dearer than the cheapest" in said(goals.co2_pct, QAccessible.Text.Description)
    assert said(letterhead.logo) == "Logo"


def test_a_goal_refused_takes_the_keyboard_to_its_field_and_says_why_there(qtbot, tables):
    """A ceiling of "abc" and Return: the red line under the fields said why, but the keyboard stayed on OK and a
    screen reader heard nothing."""
    window = booth_window(qtbot, tables, wheat())
    from gui.qt.goals_dialog import GoalsDialog

    dialog = shown(qtbot, GoalsDialog(window.session, window))
    dialog.max_cost.setFocus()
    qtbot.keyClicks(dialog.max_cost, "abc")
    qtbot.keyClick(dialog.max_cost, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.text()
    assert QApplication.focusWidget() is dialog.max_cost
    assert said(dialog.max_cost, QAccessible.Text.Description) == dialog.problem.text()
    dialog.avoid.setText("Atlantis")
    dialog.max_cost.clear()
    qtbot.keyClick(dialog.max_cost, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.avoid
    assert said(dialog.avoid, QAccessible.Text.Description) == dialog.problem.text()
    assert "abc" not in said(dialog.max_cost, QAccessible.Text.Description)  # the old problem gone from its field


def test_a_validity_refused_is_said_on_its_field(qtbot):
    """Save quote, valid until yesterday: the keyboard went back to the date and the red line said why, but the
    date read only "Valid until, 2026-…"."""
    from gui.qt.dialogs import SaveQuoteDialog

    dialog = shown(qtbot, SaveQuoteDialog())
    yesterday = dt.date.today() - dt.timedelta(days=1)
    dialog.valid_until.setDate(yesterday)
    dialog.accept()
    assert dialog.problem.text() and QApplication.focusWidget() is dialog.valid_until
    assert said(dialog.valid_until, QAccessible.Text.Description) == dialog.problem.text()


def test_the_arrival_date_and_the_premium_are_named(qtbot, tables):
    """Arrive by ticked: Tab went on from the box to the date, read as an unnamed spin box (the box beside it is not
    its label); the insurance premium beside the cover was an unnamed field too."""
    window = booth_window(qtbot, tables, wheat())
    decide, terms = window.form.decide, window.form.terms
    decide.arrive.setFocus()
    qtbot.keyClick(decide.arrive, Qt.Key.Key_Space)
    qtbot.keyClick(decide.arrive, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is decide.date
    assert said(decide.date) == "Arrive by"
    assert said(terms.rate) == "premium %"
