"""Commercial terms through the form, as an exhibitor sets them: the Incoterm, the goods' value and margin typed
in, the price per route in the table and the best routes, the waterfall and the price lines of the selected
route, field errors framed and said, More…, a saved quote that keeps its terms, and the PDF's block."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.qt.dialogs import SaveQuoteDialog
from gui.qt.main_window import MainWindow
from gui.qt.terms_dialog import TermsDialog
from tests.fixture_tables import fixture_sheets, write_fixture
from tests.fixture_trade import TRADE
from tests.qt.test_window_documents import pdf_text


@pytest.fixture(scope="module")
def trade_tables(tmp_path_factory):
    corridors, tariffs = fixture_sheets()
    tariffs.update(TRADE)
    return load_tables(*write_fixture(tmp_path_factory.mktemp("trade"), corridors, tariffs))


@pytest.fixture
def window(qtbot, trade_tables, tmp_path, monkeypatch):
    monkeypatch.setattr(SaveQuoteDialog, "ask", classmethod(lambda cls, parent=None: {
        "buyer_name": "Ahmed Khan", "buyer_contact": "", "valid_until": dt.date(2026, 12, 31), "note": ""}))
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.history_path = tmp_path / "history.sqlite"
    window.resize(1366, 728)
    window.show()
    window.finish(trade_tables)
    return window


def choose(qtbot, box, data) -> None:
    """Pick an entry of a list by the keyboard, as a user does: focus, then the arrow keys to it."""
    box.setFocus()
    target = box.findData(data)
    assert target >= 0, data
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up)


def type_into(qtbot, line, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def set_dap_omega(qtbot, window) -> None:
    bar = window.form.terms
    choose(qtbot, bar.incoterm, "DAP")
    type_into(qtbot, bar.goods, "200")
    type_into(qtbot, bar.margin, "10")


def test_terms_set_through_the_form_price_every_route(qtbot, window):
    bar = window.form.terms
    # freight only until an Incoterm is chosen: one short field, the note line beside it (no height taken)
    assert not bar.goods.isVisible() and bar.layout().indexOf(window.form.note) >= 0
    price_column = window.routes_model.COLUMNS.index("price")
    assert window.routes_view.isColumnHidden(price_column)
    set_dap_omega(qtbot, window)
    price = window.session.price
    assert price is not None and price.checked.place.place_id == "omega"  # the rule's usual place: the destination
    sea = price.routes[0]
    assert (sea.seller_price, sea.landed) == (37237.20, 52209.16)  # as tests/core/test_terms.py works it by hand
    assert not window.routes_view.isColumnHidden(price_column)
    assert window.routes_model.headerData(price_column, Qt.Orientation.Horizontal) == "DAP/t"
    assert window.routes_model.display(0, "price") == "266 USD/t"  # 37,237.20 ÷ 140 t
    assert window.routes_model.display(0, "landed") == "373 USD/t"
    assert window.routes_view.figures_fit()
    assert "DAP 266 USD/t" in window.highlights.cards[0].lines[1]
    assert "DAP Omega · goods 200 USD/t · margin 10 %" in window.form.note.text()
    assert bar.layout().indexOf(window.form.note) < 0  # the note now has a row of its own under the terms
    qtbot.waitUntil(lambda: window.below_tabs.currentIndex() == 1)  # the waterfall comes forward by itself
    shown = window.below_tabs.waterfall.bars  # what the price is made of, the price, the buyer's steps, landed
    assert [bar.kind for bar in shown] == ["goods", "freight", "fee", "margin", "price", "duty", "tax", "fee", "total"]
    assert shown[4].seller == pytest.approx(37237.20) and shown[5].start == pytest.approx(37237.20)
    bars = {bar.kind: bar for bar in shown}
    assert bars["goods"].seller == 28000 and bars["margin"].seller == pytest.approx(3385.20)
    assert bars["total"].seller == pytest.approx(37237.20) and bars["total"].buyer == pytest.approx(52209.16 - 37237.20)
    # what the buyer adds reads "+ Fees", never as a second "Fees" of the price; a step of a few dollars beside
    # tens of thousands is drawn a couple of pixels high, where it stands, so that it is seen
    chart = window.below_tabs.waterfall
    assert chart._labels == ["Goods", "Freight", "Fees", "Margin", "Price", "+ Duties", "+ Taxes", "+ Fees", "Landed"]
    from gui.qt.waterfall import MIN_BAR_PX

    box = chart.plot.getViewBox()
    per_pixel = (box.viewRange()[1][1] - box.viewRange()[1][0]) / box.height()
    assert any(0 < value < MIN_BAR_PX * per_pixel for bar in shown for value in (bar.seller, bar.buyer))
    drawn = list(chart.seller_bars.opts["height"]) + list(chart.buyer_bars.opts["height"])
    assert min(h for h in drawn if h > 0) >= MIN_BAR_PX * per_pixel * 0.99
    lines = window.detail_tabs.lines
    assert [lines.cell_text(row, "line") for row in range(lines.rowCount())][-1] == "landed cost"
    assert "Included" in window.detail_tabs.block.text()


def test_a_term_that_cannot_be_used_is_framed_and_said(qtbot, window):
    bar = window.form.terms
    set_dap_omega(qtbot, window)
    choose(qtbot, bar.incoterm, "CIF")  # the seller must insure: the premium rate is asked for
    assert window.session.price is None and window.session.result is not None  # the freight quote stands
    assert bar.rate.property("problem") is True
    assert "under CIF the seller must insure the goods" in window.form.note.text()
    assert bar.place.currentData() == "port2"  # CIF names the port a sea leg reaches, not Omega
    type_into(qtbot, bar.rate, "0.5")
    assert window.session.price is not None and not bar.rate.property("problem")
    assert window.session.price.routes[1].reason  # the rail route has no sea leg into Port Two: no price
    assert window.routes_model.display(1, "price") == "—"
    window.session.change_terms(named_place="alpha")  # no route sails into Alpha
    assert "sea transport only" in window.form.note.text() and bar.incoterm.property("problem") is True


def test_a_figure_out_of_its_range_is_a_field_problem_and_the_window_goes_on(qtbot, window, monkeypatch):
    bar = window.form.terms
    set_dap_omega(qtbot, window)
    type_into(qtbot, bar.margin, "1e30")  # was a decimal.InvalidOperation out of the pricing
    assert window.session.price is None and window.session.result is not None
    assert bar.margin.property("problem") is True
    assert "margin must be a percentage from 0 to 100, not &#x27;1e+30" in window.form.note.text()  # the note is HTML
    type_into(qtbot, bar.margin, "10")
    assert window.session.price is not None and not bar.margin.property("problem")
    choose(qtbot, bar.cover, "icc_a")
    type_into(qtbot, bar.rate, "10")
    monkeypatch.setattr(TermsDialog, "ask", classmethod(lambda cls, session, parent=None: {"insured_pct": "1000"}))
    window.form.terms.more.click()  # was a division by zero (10 % × 1000 %), or below it negative prices
    assert window.session.price is None and bar.more.property("problem") is True
    assert "insured value must be a percentage from 100 to 200" in window.form.note.text()
    monkeypatch.setattr(TermsDialog, "ask", classmethod(lambda cls, session, parent=None: {"insured_pct": "200"}))
    window.form.terms.more.click()
    assert window.session.price is not None and not bar.more.property("problem")


def test_more_gives_the_blank_rates_and_the_importer(qtbot, window, monkeypatch):
    set_dap_omega(qtbot, window)
    monkeypatch.setattr(TermsDialog, "ask", classmethod(lambda cls, session, parent=None: {
        "importer": "other", "inputs": (("wht-other.rate_pct", "6"), ("broker.amount", "2800"))}))
    window.form.terms.more.click()
    sea = window.session.price.routes[0]
    assert sea.landed == pytest.approx(52209.16 - 2440.04 + 2928.05 + 10.00)
    dialog = TermsDialog(window.session, window)  # the real dialog lists the blank figures this quote needs
    qtbot.addWidget(dialog)
    keys = [figure.key for figure in dialog.figures]
    assert keys == ["wht-other.rate_pct", "broker.amount"]
    assert dialog.values()["inputs"] == (("broker.amount", "2800"), ("wht-other.rate_pct", "6"))


def test_a_saved_quote_keeps_its_terms_and_its_pdf_says_what_is_included(qtbot, window, tmp_path):
    set_dap_omega(qtbot, window)
    window.ask_save_path = lambda title, suggested, pattern: tmp_path / suggested
    pdf = window.save_pdf()
    text = pdf_text(pdf)
    assert "DAP Omega (Incoterms 2020)" in text and "The price includes" in text
    assert "37,237.20" in text and "52,209.16" in text
    history = window._history()
    saved = history.find()[0]
    history.close()
    assert saved.document["terms"]["incoterm"] == "DAP"
    window.session.change_terms(incoterm="")  # back to freight only
    assert window.session.price is None and window.routes_view.isColumnHidden(
        window.routes_model.COLUMNS.index("price"))
    window.open_saved(saved)
    assert window.form.terms.incoterm.currentData() == "DAP" and window.form.terms.goods.text() == "200"
    assert window.session.price.routes[0].seller_price == 37237.20
    assert window.requote(saved) == []  # the same tables: nothing changed, the price neither


def test_the_buyers_charge_at_the_named_place_is_not_a_second_freight(qapp, bundled_engine):
    """Under CPT Karachi the buyer pays the Karachi terminal charge (unloading at the named place, 20 boxes × 73 USD):
    the waterfall
    says "+ At Karachi", not "+ Freight" beside the carriage in the price, which read as freight paid twice."""
    from gui.core.landed import price_quote
    from gui.core.terms import Terms
    from gui.qt.waterfall import waterfall_bars

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1)))
    terms = Terms("CPT", "Karachi", "180", "per_tonne", "USD", "5", "percent", "icc_a", "0.3")
    route = price_quote(bundled_engine.tables, bundled_engine.fx, result, terms).routes[0]
    bars = waterfall_bars(route)
    # the seller's fee is Kazakhstan's export goods declaration, in the price before its margin
    assert [bar.kind for bar in bars] == ["goods", "freight", "fee", "margin", "price", "at_place", "insurance",
                                          "duty", "tax", "fee", "total"]
    assert next(bar for bar in bars if bar.kind == "at_place").buyer == pytest.approx(1460.00, abs=0.01)
