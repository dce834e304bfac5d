"""The lines above the routes table under commercial terms say what the terms warn of and the rates they use, as
the terminal and the PDF do: the Kazakh declarant under DDP, the EUR rate a specific duty is converted at."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.core.terms import Terms
from gui.qt.main_window import MainWindow


@pytest.fixture(scope="module")
def tables():
    return load_tables()


@pytest.fixture
def window(qtbot, tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty",
                                          dt.date.today() + dt.timedelta(days=7), "USD")
    window.resize(1366, 728)
    window.show()
    window.finish(tables)
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=5000)
    return window


def said(window) -> str:
    return window.summary.text() + "\n" + window.summary.toolTip()


def test_a_warning_of_the_terms_is_said_above_the_table(qtbot, window):
    window.session.open_terms(Terms("DDP", "Almaty", "600", "per_tonne", "USD", inputs=(
        ("kz-cd-0805-2.rate_pct", 5), ("kz-cd-0805-2.specific_amount", 0.017))))
    assert window.session.price is not None
    assert any("declarant must be a Kazakh entity" in str(w) for w in window.session.price.warnings)
    qtbot.waitUntil(lambda: "declarant must be a Kazakh entity" in said(window), timeout=3000)
    # and the rate of exchange the duty's EUR minimum is converted at, beside the freight's
    assert "EUR/USD" in window.summary.text()
    # freight only again: neither is said
    window.session.open_terms(Terms())
    qtbot.waitUntil(lambda: "declarant" not in said(window), timeout=3000)
    assert "EUR/USD" not in window.summary.text()


def test_an_unlikely_goods_value_is_warned_of_and_said_as_given(qtbot, window):
    """Three reefers of kinnow with the goods at 0.01 USD a tonne: the note line said "goods 0 USD/t" and nothing
    warned of the figure the landed cost rests on."""
    from gui.qt.terms_bar import terms_line

    window.session.open_terms(Terms("DAP", "Almaty", "0.01", "per_tonne", "USD"))
    assert window.session.price is not None
    qtbot.waitUntil(lambda: "the goods' value, 0.01 USD/t, lies outside" in said(window), timeout=3000)
    assert "goods 0.01 USD/t" in terms_line(window.session)
    window.session.open_terms(Terms("DAP", "Almaty", "600.5", "per_tonne", "USD"))
    qtbot.waitUntil(lambda: "goods' value" not in said(window), timeout=3000)
    assert "goods 600.5 USD/t" in terms_line(window.session)
