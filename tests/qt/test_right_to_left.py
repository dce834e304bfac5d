"""Urdu reads right to left, and a figure, a date or a Latin name inside it keeps its own order: each is an
isolate (FSI or LRI … PDI). Checked in the logical text and where the glyphs land when it is laid out."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from gui.core import formatting as fmt
from gui.core import quote_messages as qmsg
from gui.core.messages import Figure, Message, Verbatim
from gui.core.request import QuoteRequest
from gui.qt.i18n import install, wording
from gui.qt.charts import value_axis
from gui.qt.main_window import MainWindow

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.fixture
def urdu(qapp):
    install(qapp, "ur")
    yield
    install(qapp, "en")


def quoted_window(qtbot, tables) -> MainWindow:
    """The window at 1366 × 768 with 140 t of wheat quoted on the test tables."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.resize(1366, 768)
    window.show()
    window.finish(tables)
    qtbot.waitUntil(lambda: window.session.result is not None, timeout=3000)
    return window


def x_of(text: str, part: str) -> float:
    """Where the first letter of ``part`` is drawn when ``text`` is laid out as a right-to-left paragraph.

    Measured just after that letter: the cursor before it sits on a run boundary, where the two sides disagree."""
    layout = QTextLayout(text, QFont("DejaVu Sans"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    return line.cursorToX(text.index(part) + 1)[0]


def test_figures_and_dates_are_isolates(urdu):
    assert fmt.money(40098, "USD") == f"{LRI}40,098 USD{PDI}"
    assert fmt.money_per(80, "USD") == f"{LRI}80 USD/ٹن{PDI}"  # the unit stays with its figure
    said = wording().say(Message(qmsg.BACK_DATED, departure=dt.date(2025, 12, 29), today=dt.date(2026, 11, 29)))
    assert f"{FSI}{FSI}29/12/2025{PDI}{PDI}" in said or f"{FSI}29/12/2025{PDI}" in said
    stale = wording().say(Message(qmsg.STALE_FX, pair=Verbatim("KZT/USD"), date=dt.date(2026, 1, 23), days=Figure(310)))
    assert f"{FSI}310{PDI}" in stale


def test_the_exchange_rates_line_keeps_each_rate_in_order(qtbot, urdu, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD",
                                          quoted_on=dt.date(2026, 2, 1))
    window.finish(fixture_tables)
    line = window.summary.toolTip().splitlines()[-1]  # the routes-open line, as written (no markup)
    assert f"{LRI}500 KZT/USD{PDI}" in line
    # laid out right to left: the rate's figure stays left of its currency pair, the pair one run
    assert x_of(line, "500 ") < x_of(line, "KZT/USD")
    # and the Urdu words before it in the sentence stand to its right, as Urdu reads
    label = line[:line.index(LRI)].split()[-1]
    assert x_of(line, label) > x_of(line, "KZT/USD")


def test_a_route_title_keeps_cost_per_tonne_together(qtbot, urdu, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.finish(fixture_tables)
    qtbot.waitUntil(lambda: window.session.selected_route is not None and "USD" in window.detail_title.text(),
                    timeout=2000)
    title = window.detail_title.text()
    per_tonne = next(part for part in title.split(LRI) if "/ٹن" in part)
    assert per_tonne.endswith(PDI) or PDI in per_tonne  # "41.71 USD/ٹن" one isolate
    assert x_of(title, per_tonne.split()[0]) < x_of(title, "/ٹن")


def test_excel_cells_carry_no_direction_marks(qapp, tmp_path, engine):
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document

    install(qapp, "ur")
    try:
        result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
        path = write_quote_workbook(quote_document(result, engine.tables, number="CQ-1"), tmp_path / "q.xlsx",
                                    wording())
    finally:
        install(qapp, "en")
    book = load_workbook(path)
    texts = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert texts and not any(mark in text for text in texts for mark in fmt.BIDI_CONTROLS)
    assert all(sheet.sheet_view.rightToLeft for sheet in book)


def test_every_isolate_of_the_urdu_quote_document_is_closed(urdu, bundled_engine):
    """An isolate left open runs to the end of its paragraph: the recommended route's days range lost its PDI,
    and "days, 21.0 t CO2e" after it were laid out left to right ("… راستے میں CO2e دن، 21.0 ٹن 6.9–12–33")."""
    import re

    from gui.core.report import quote_document
    from gui.qt.quote_page import quote_html

    result = bundled_engine.quote(QuoteRequest("citrus", 3, "containers", "Lahore", "Almaty", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 11, 29)))
    html = quote_html(quote_document(result, bundled_engine.tables), {}, wording())
    first = result.routes[0]
    finer = fmt.days_told_apart([route.days_typical for route in result.routes])[0]
    assert fmt.days_span(first.days_min, first.days_typical, first.days_max, finer) in html.replace("\xa0", " ")
    for paragraph in re.split(r"<p[ >]|<td[ >]|<br>", html):
        opened = paragraph.count(LRI) + paragraph.count(FSI) + paragraph.count("\u2067")
        assert opened == paragraph.count(PDI), paragraph


def test_parts_of_an_urdu_warning_keep_their_order(urdu, bundled_engine):
    """Two parts set apart and joined by a Latin "; " were laid out left to right, so an Urdu reader met the
    second first; joined by the Arabic semicolon, the first part stands to the right of the second."""
    from gui.qt.i18n import say

    result = bundled_engine.quote(QuoteRequest("citrus", 3, "containers", "Lahore", "Almaty", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 11, 29)))
    stale = next(w for w in result.warnings if getattr(w, "template", None) == qmsg.STALE)
    text = say(stale)
    first, second = (say(part) for part in stale.values["parts"].parts)
    assert "؛ " in text and "; " not in text
    assert x_of(text, first.strip(LRI + FSI + PDI)[:6]) > x_of(text, second.strip(LRI + FSI + PDI)[:6])


def test_a_chart_reads_from_the_right_with_its_value_axis_outside_on_the_right(qtbot, urdu, fixture_tables):
    """Urdu: distance and days run from right to left and the figures of cost stand on the right, outside the
    plot. pyqtgraph's grid of axes took the application's direction and put the 'right' axis on the left, its
    figures turned inwards under the grid lines."""
    window = quoted_window(qtbot, fixture_tables)
    plots = (window.cost_time_chart.plot, window.distance_chart.cost_plot, window.distance_chart.time_plot)
    qtbot.waitUntil(lambda: all(plot.isVisible() for plot in plots), timeout=3000)  # as drawn, not before
    qtbot.wait(50)
    for plot in plots:
        box = plot.getViewBox()
        axis = plot.getAxis("right")
        assert box.xInverted() and axis.isVisible() and not plot.getAxis("left").isVisible()
        assert axis.geometry().left() >= box.geometry().right() - 1  # both in the plot item's own places


def test_a_value_axis_title_on_the_right_stands_whole_inside_its_axis(qtbot, urdu, fixture_tables):
    """The turned title of a right-hand value axis ("دن", "لاگت، USD") lies inside the axis: pyqtgraph gave it 0.8
    of its height and nudged it 5 px past the plot's right edge, which cut Urdu's letters off."""
    window = quoted_window(qtbot, fixture_tables)
    titled = [axis for axis in (plot.getAxis("right") for plot in (
        window.cost_time_chart.plot, window.distance_chart.cost_plot, window.distance_chart.time_plot))
        if axis.label.isVisible()]  # (the distance chart's costs are titled beside the plot)
    assert len(titled) >= 2
    for axis in titled:
        title = axis.label.mapRectToParent(axis.label.boundingRect())
        assert title.right() <= axis.size().width() + 0.5


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_distance_charts_put_one_km_at_one_x(qtbot, qapp, fixture_tables, language):
    """The cost and the days along the route share their km axis: the plots begin and end at the same x, though
    their value axes' figures differ in width ("20 k" against "10"; "ہزار 20" in Urdu). They stood 13 px apart in
    English, 25 px in Urdu."""
    from PySide6.QtCore import QPoint

    install(qapp, language)
    try:
        window = quoted_window(qtbot, fixture_tables)
        chart = window.distance_chart
        chart.set_route(window.session.result.routes[0])
        qtbot.wait(50)

        def extent(plot):
            box = plot.getViewBox().sceneBoundingRect()
            return (plot.mapToGlobal(QPoint(round(box.left()), 0)).x(),
                    plot.mapToGlobal(QPoint(round(box.right()), 0)).x())

        assert extent(chart.cost_plot) == extent(chart.time_plot)
        widths = {round(value_axis(p).width(), 3) for p in (chart.cost_plot, chart.time_plot)}
        assert len(widths) == 1
    finally:
        install(qapp, "en")


def test_a_best_route_card_keeps_its_kinds_apart_from_the_route_number(qtbot, urdu, fixture_tables):
    """"سب سے کم CO2e" ends in Latin letters: unset apart, they took the colon and the number into their
    left-to-right run ("1 :CO2e")."""
    window = quoted_window(qtbot, fixture_tables)
    card = window.highlights.cards[0]
    assert card.lines[0].startswith(FSI) and f"{PDI}: {card.index + 1}. " in card.lines[0]


def test_the_pdf_s_exchange_rates_keep_each_rate_apart(urdu, bundled_engine):
    """"… USD 503.35" and the next rate's "PKR" made one left-to-right run in the Urdu PDF: each rate is set apart,
    the rates joined by the Arabic semicolon, and the first stands to the right of the second."""
    import re

    from gui.core.report import quote_document
    from gui.qt.quote_page import quote_html

    result = bundled_engine.quote(QuoteRequest("citrus", 3, "containers", "Lahore", "Almaty", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 11, 29)))
    html = quote_html(quote_document(result, bundled_engine.tables), {}, wording())
    line = next(p for p in re.split(r"<p[ >]", html) if "KZT" in p and "PKR" in p and "503" in p)
    text = re.sub(r"<[^>]+>", "", line.split("—", 1)[1]).replace("&nbsp;", " ")
    assert "؛ " in text and "; " not in text.split(".")[0]
    assert x_of(text, "KZT") > x_of(text, "PKR")  # read from the right: the first rate first


def _potatoes_to_astana_html(bundled_engine) -> str:
    """The Urdu PDF's HTML of 2 reefers of potatoes Lahore → Astana, DAP Astana at 300 USD/t and a 5 % margin,
    leaving 2026-12-07: route 1 goes by sea Karachi–Bandar Abbas and by rail through Iran (their warnings name
    legs and lists of places), and clears customs at Bolashak."""
    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.report import quote_document
    from gui.core.terms import Terms
    from gui.qt.i18n import LOCAL_TEXTS
    from gui.qt.quote_page import quote_html

    tables = bundled_engine.tables
    LOCAL_TEXTS.update(tables.local_texts("ur"))  # the places' Urdu names, as in the command line's documents
    result = bundled_engine.quote(QuoteRequest("potatoes", 2, "containers", "Lahore", "Astana", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 11, 30)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("DAP", goods_value="300", margin="5"))
    return quote_html(add_prices(quote_document(result, tables, number="CQ-9"), price, tables), {}, wording())


def _plain(html_part: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", html_part)).replace("\xa0", " ").replace("\u2060", "")


def test_leg_names_and_lists_in_an_urdu_quote_read_from_the_right(urdu, bundled_engine):
    """A leg "Karachi–Bandar Abbas" and a list "Bandar Abbas, Etrek / Inche Burun" are messages within a warning,
    their places each set apart: an FSI around them found no letter of its own, took left to right, and the Urdu
    reader met "بندر عباس" first. Laid out right to left, the first place stands to the right of the second."""
    import re

    html = _potatoes_to_astana_html(bundled_engine)
    lines = [_plain(part) for part in re.split(r"<br>|<p[^>]*>", html)]
    leg = next(line for line in lines if line.startswith("⚠ ") and "کراچی" in line.split(":")[0])
    assert "–" in leg.split(":")[0]
    assert x_of(leg, "کراچی") > x_of(leg, "بندر عباس")
    listed = next(line for line in lines if line.startswith("⚠ ") and "، " in line.split(":")[0]
                  and "اترک" in line.split(":")[0])
    assert x_of(listed, "بندر عباس") > x_of(listed, "اترک") > x_of(listed, "اینچہ برون")
    assert x_of(listed, "،") < x_of(listed, "بندر عباس")  # the comma after the first place, on its left


def test_the_urdu_customs_value_row_reads_from_the_right_with_its_date_as_the_reader_writes_it(urdu,
                                                                                                bundled_engine):
    """The row under the price, across the table, gave its tariff line and an ISO date in the sentence unset apart
    (the date's parts laid out from the right, "25-12-2026"), and had no direction of its own."""
    import re

    html = _potatoes_to_astana_html(bundled_engine)
    cell = next(td for td in re.findall(r"<td colspan='4'[^>]*>.*?</td>", html) if "0701" in td)
    assert "dir='rtl'" in cell and "align='right'" in cell
    text = _plain(cell)
    # the clearance at Bolashak on 26 December (25th before the change of gauge at Etrek was timed on its own, 24th
    # before a box loaded at Karachi stayed 4.4 days, not 2)
    assert "2026-12-26" not in text and f"{FSI}26/12/2026{PDI}" in text  # as the dates around it
    assert x_of(text, "0701") < x_of(text, "900 0")  # the tariff line reads left to right
    assert x_of(text, "کسٹمز") > x_of(text, "بولاشک") > x_of(text, "0701") > x_of(text, "26/12")


def test_the_urdu_included_block_points_its_arrows_the_way_it_reads(urdu, bundled_engine):
    """The Urdu translation of "carriage {origin} → {place}" kept the arrow pointing right, to the origin, while
    the route's arrows (and the Excel quote's path column) point left, the way Urdu reads."""
    import re

    html = _potatoes_to_astana_html(bundled_engine)
    parts = [_plain(part) for part in re.split(r"<br>|<td[^>]*>|</td>", html)]
    carriage = [part for part in parts if part.startswith(("کرایہ", "• ")) and "کرایہ" in part and "لاہور" in part]
    assert len(carriage) == 2  # in the price line by line, and in what the price includes
    for line in carriage:
        assert "→" not in line
        assert x_of(line, "لاہور") > x_of(line, "←") > x_of(line, "آستانہ")


def test_the_urdu_notes_under_the_routes_join_their_parts_as_urdu_does(urdu, bundled_engine):
    """Route 14's reasons were joined by a Latin "; " and the routes closed for one cause listed as "12, 13, 14" in
    the Urdu PDF, where the core's own lists take the Arabic semicolon and comma."""
    import re

    html = _potatoes_to_astana_html(bundled_engine)
    notes = [_plain(note) for note in re.findall(r"<p style='color:#555; font-size:7pt[^>]*>(.*?)</p>", html)]
    assert any(re.search(r"\d، \d", note) for note in notes)  # routes 12، 13، 14
    assert not any("; " in note or re.search(r"\d, \d", note) for note in notes)


def test_the_odds_in_an_urdu_routes_table_keep_the_percent_after_the_figure():
    """The Urdu PDF's "On time" column read "% 44" for 44 %: the figure and its sign, with a space between, were
    laid out right to left. They are a left-to-right isolate, as the days beside them are."""
    from gui.core import formatting as fmt
    from gui.qt.decide_document import odds_cell

    document, route = {"arrive_by": "2026-12-30"}, {"on_time_probability": 0.44}
    fmt.set_direction(True)
    try:
        assert odds_cell(document, route, lambda text: text) == [f"{LRI}44 %{PDI}"]
    finally:
        fmt.set_direction(False)
    assert odds_cell(document, route, lambda text: text) == ["44 %"]


def test_urdu_letters_the_interface_font_lacks_come_from_the_bundled_urdu_font(qapp, urdu):
    """Urdu's own letters (ہ ے ٹ), which the interface's font may lack where it has the Arabic ones, are drawn in the
    bundled Noto Naskh Arabic, not in whatever font the system finds first (Noto Kufi Arabic: a word's letters in
    two typefaces, each line taller); in English the font is as it was."""
    from PySide6.QtWidgets import QApplication

    font = QApplication.font()
    assert font.families()[-1] == "Noto Naskh Arabic"
    layout = QTextLayout("اہداف تک پہنچے", font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    drawn = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert drawn <= set(font.families()) | {QFont(font.families()[0]).defaultFamily()} and "Noto Naskh Arabic" in drawn
    install(qapp, "en")
    assert "Noto Naskh Arabic" not in QApplication.font().families()


def test_the_per_cent_sign_of_an_urdu_what_if_stays_after_its_figure(urdu):
    """The Urdu PDF's what-if box read "% -15" for the tenge falling 15 %: the figure was an isolate, and the per cent
    sign after it, outside, was laid out right to left, on the figure's left. It is taken into the isolate."""
    from gui.core.scenario import Change, describe

    shift = wording().say(describe(Change("fx_change", "KZT", -15.0)))
    assert f"{FSI}−15 %{PDI}" in shift and shift.count("%") == 1
    assert x_of(shift, "1") < x_of(shift, " %")  # the sign right of the figure, as in "-15 %"
    surcharge = wording().say(describe(Change("road_surcharge", "", 8.0)))
    assert f"{FSI}+8 %{PDI}" in surcharge
    days = wording().say(describe(Change("add_days", "Sarakhs", 3.0)))
    assert f"{FSI}+3{PDI}" in days  # a figure with no per cent sign after it as before
