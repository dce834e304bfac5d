"""A problem with what was typed in a dialog (an exchange rate, a what-if's change) is not said by its red alone: a
warning sign stands before it, a screen reader is told it is a problem and reads it with the field it is about, and
its red stays readable when the window turns dark while the dialog is open."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QPalette

from gui.core.contrast import TEXT_MINIMUM, ratio
from gui.core.tables import load_tables
from gui.qt.colours import apply_scheme

from .test_booth import booth_window, wheat


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def said(widget, text=QAccessible.Text.Name) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(text)


def rgb(colour) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def shown_problem(label) -> None:
    """The words of the problem and something besides their colour that says it is one."""
    assert label.text()
    label.ensurePolished()
    sign = label.contentsMargins()
    assert max(sign.left(), sign.right()) >= label.fontMetrics().height(), "no room for the warning sign"
    assert said(label).startswith("Problem: ") and said(label).endswith(label.text())


def readable_in_light_and_dark(qapp, label, dialog) -> None:
    """The label's text keeps the contrast text needs on its dialog in the light and the dark palette."""
    try:
        for scheme in ("light", "dark"):
            apply_scheme(qapp, scheme)
            qapp.processEvents()
            label.ensurePolished()
            text = label.palette().color(QPalette.ColorRole.WindowText)
            background = dialog.palette().color(QPalette.ColorRole.Window)
            assert ratio(rgb(text), rgb(background)) >= TEXT_MINIMUM, (scheme, text.name(), background.name())
    finally:
        qapp.setPalette(QPalette())


def test_a_refused_exchange_rate_is_marked_as_a_problem_and_said_on_its_field(qtbot, tables):
    from gui.qt.dialogs import ExchangeRatesDialog

    window = booth_window(qtbot, tables, wheat())
    dialog = ExchangeRatesDialog([fx for fx in window.session.result.fx if fx.currency != "USD"], {}, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.fields["KZT"].setText("abc")
    dialog._accept_if_valid()
    shown_problem(dialog.problem)
    assert said(dialog.fields["KZT"], QAccessible.Text.Description) == dialog.problem.text()
    assert dialog.focusWidget() is dialog.fields["KZT"]
    problem = dialog.problem.text()
    dialog.fields["KZT"].setText("505")
    dialog._accept_if_valid()
    assert problem not in said(dialog.fields["KZT"], QAccessible.Text.Description)  # its own again


def test_a_what_if_problem_stays_readable_when_the_window_turns_dark(qtbot, qapp, tables):
    from gui.qt.scenario_dialog import ScenarioDialog

    window = booth_window(qtbot, tables, wheat())
    dialog = ScenarioDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("scale_rates"))
    dialog.value.setText("")
    dialog.add_change()
    assert dialog.problem.text() == "type the change's value first"
    shown_problem(dialog.problem)
    assert said(dialog.value, QAccessible.Text.Description) == dialog.problem.text()
    readable_in_light_and_dark(qapp, dialog.problem, dialog)


def test_what_the_history_cannot_do_stays_readable_on_a_dark_window(qtbot, qapp, fixture_tables, tmp_path,
                                                                     monkeypatch):
    """The history's line on what it cannot do (read only, quotes it cannot read) kept its light amber, 2.1:1 on the
    dark window."""
    import datetime as dt

    from .saving_window import saving_window

    buyer = {"buyer_name": "Ahmed Khan", "buyer_contact": "", "valid_until": dt.date(2026, 12, 31), "note": ""}
    window = saving_window(qtbot, fixture_tables, tmp_path, monkeypatch, buyer)
    assert window.save_quote()
    window.show_history()
    dialog = window.history_dialog
    qtbot.addWidget(dialog)
    readable_in_light_and_dark(qapp, dialog.state, dialog)
