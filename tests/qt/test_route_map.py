"""The route map: its lines and marks match the quote, clicks select both ways, and the documents carry it."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from PySide6.QtCore import QPointF, Qt
from pypdf import PdfReader

from gui.core.export_xlsx import write_quote_workbook
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.qt import map_marks, map_painter as mp
from gui.qt.documents import write_quote_pdf
from gui.qt.main_window import MainWindow
from gui.qt.map_document import map_png

MARCH = dt.date(2026, 3, 1)


@pytest.fixture
def window(qtbot, bundled_engine):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", MARCH, "USD")
    window.resize(1366, 740)
    window.show()
    window.finish(bundled_engine.tables)
    return window


def bitmaps(path) -> int:
    """Image objects in a PDF (read from its resources, without pypdf's image decoding)."""
    count = 0
    for page in PdfReader(path).pages:
        objects = page.get("/Resources", {}).get("/XObject", {})
        count += sum(1 for ref in objects.values() if ref.get_object().get("/Subtype") == "/Image")
    return count


def shown_map(window):
    assert window.chart_tabs.route_map is None  # not built until first shown
    window.chart_tabs.show_map()
    canvas = window.chart_tabs.route_map.canvas
    canvas.grab()  # paint once: the lines on screen are what a click is matched against
    return canvas


def test_map_draws_every_route_of_the_quote(window):
    canvas = shown_map(window)
    result = window.session.result
    assert [r.index for r in canvas.map.routes] == list(range(len(result.routes)))
    assert sorted(canvas._lines) == list(range(len(result.routes)))  # one line per route, all drawn
    selected = window.session.selected
    styles = {r.index: mp.route_style(r, selected) for r in canvas.map.routes}
    assert styles[selected][0] == mp.SELECTED and styles[selected][1] == max(s[1] for s in styles.values())
    for route in canvas.map.routes:
        if route.index != selected:
            expected = mp.FRONTIER if route.pareto and route.available else (
                mp.DOMINATED if route.available else mp.UNAVAILABLE)
            assert styles[route.index][0] == expected


def test_closed_crossings_are_marked_on_the_cargos_dates(window):
    canvas = shown_map(window)
    result = window.session.result
    east = next(i for i, r in enumerate(result.routes) if r.corridor.startswith("Trans-Afghan east"))
    marks = [m for m in canvas.map.marks if m.state_for(east) == "closed"]
    assert [m.where for m in marks] == ["Torkham"]
    passed = next(p for p in marks[0].passes if p.route == east)
    assert passed.typical.isoformat() in result.routes[east].unavailable_reason
    window.session.select_route(east)
    canvas.grab()
    box = next(box for box, mark in canvas._marks if mark is marks[0])
    tip = canvas.tooltip_at(box.center())
    assert "Closed on the day the cargo gets there" in tip and passed.typical.isoformat() in tip
    assert "Torkham" in tip and "2025-10-12" in tip  # the closure's own dates
    # a date before the closure: nothing to mark there
    window.form.departure.setDate(dt.date(2025, 6, 2))
    window.session.change_request(departure=dt.date(2025, 6, 2))
    canvas.grab()
    assert not [m for m in canvas.map.marks if m.closure_id == "pk-af-closure-torkham"]


def test_clicking_a_route_on_the_map_selects_its_row_and_back(qtbot, window):
    canvas = shown_map(window)
    # a point on a line only one route takes: the middle of the Bandar Abbas–Karachi sea leg or the like
    target = None
    # (halfway along a stretch of it, clear of the places' dots, which have tooltips of their own)
    for index, lines in canvas._lines.items():
        for line in lines:
            for k in range(line.size() - 1):
                middle = (line.at(k) + line.at(k + 1)) / 2
                clear = all((at - middle).manhattanLength() > 12 for at, _place in canvas._dots)
                if clear and canvas.routes_at(middle) == [index] and index != window.session.selected:
                    target = (index, middle)
                    break
            if target:
                break
        if target:
            break
    assert target is not None
    index, point = target
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert window.session.selected == index
    row = window.routes_view.currentIndex().row()
    assert window.routes_proxy.mapToSource(window.routes_proxy.index(row, 0)).row() == index
    assert canvas.selected == index
    # and the other way: a row chosen in the table is the route emphasised on the map
    other = next(i for i in range(len(window.session.result.routes)) if i != index)
    window.routes_view.selectRow(window.routes_proxy.mapFromSource(window.routes_model.index(other, 0)).row())
    assert canvas.selected == other
    assert window.session.result.routes[index].corridor.split(" (")[0] in canvas.tooltip_at(point)


def test_shared_track_clicks_step_through_its_routes(window):
    canvas = shown_map(window)
    kostanay = canvas.view().point(53.21, 63.63)  # every route starts here; just off the dot, on the lines
    near = [i for i in canvas.routes_at(kostanay)]
    assert len(near) > 1
    window.session.select_route(near[0])
    assert canvas.route_to_select(kostanay) != near[0]


def test_the_chosen_tab_is_remembered(qtbot, window, bundled_engine):
    window.chart_tabs.show_map()
    again = MainWindow()
    qtbot.addWidget(again)
    again.finish(bundled_engine.tables)
    assert again.chart_tabs.currentIndex() == 1 and again.chart_tabs.route_map is not None
    again.chart_tabs.setCurrentIndex(0)


def test_pdf_draws_the_map_as_vectors_and_excel_shows_a_picture(qapp, tmp_path, bundled_engine):
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", MARCH, "USD"))
    document = quote_document(result, bundled_engine.tables, created="2026-02-01")
    path = write_quote_pdf(document, tmp_path / "quote.pdf")
    first = PdfReader(path).pages[0]
    text = " ".join(first.extract_text().split())
    assert "Schematic lines, place to place. Borders: Natural Earth" in text and "Bandar Abbas" in text
    assert bitmaps(path) == 1  # the cost–time chart; the map is no bitmap
    png = map_png(document)
    assert png.startswith(b"\x89PNG")
    book = write_quote_workbook(document, tmp_path / "quote.xlsx", map_png=png)
    with zipfile.ZipFile(book) as saved:
        assert saved.read("xl/media/image1.png") == png
        assert b"<drawing" in saved.read("xl/worksheets/sheet1.xml")  # on the summary sheet
    saved_quote = dict(document)
    del saved_quote["map"]  # a quote saved before documents kept a map is still written, without one
    assert map_png(saved_quote) is None
    write_quote_pdf(saved_quote, tmp_path / "old.pdf")


def test_map_words_follow_the_interface_language(qapp, bundled_engine):
    from gui.qt.i18n import install

    try:
        assert not install(qapp, "ru")  # "" when the translation is in place
        assert mp.country_names()["Kazakhstan"] == "Казахстан"
        # one table for the map, the terms and the goals: a country the map alone named keeps its Russian name,
        # and is read in it as a country to avoid
        assert mp.country_names()["Tajikistan"] == "Таджикистан"
        from gui.core.countries import country_code

        assert (country_code("Таджикистан"), country_code("КАЗАХСТАН")) == ("TJ", "KZ")
        assert mp.translate("RouteMap", "Schematic lines, place to place. Borders: Natural Earth") != \
            "Schematic lines, place to place. Borders: Natural Earth"
    finally:
        install(qapp, "en")


def test_tip_names_the_route_and_its_figures(window):
    canvas = shown_map(window)
    selected = window.session.selected
    route = window.session.result.routes[selected]
    line = canvas._lines[selected][0]
    tip = canvas.tooltip_at(QPointF(line.at(0) + (line.at(1) - line.at(0)) * 0.5))
    assert route.corridor in tip and f"{route.cost:,.0f} USD" in tip


def test_map_opens_in_a_window_of_its_own_and_follows(window):
    window.chart_tabs.open_map_window()
    panel = window.chart_tabs.window_map
    assert panel.isWindow() and panel.isVisible()
    assert len(panel.canvas.map.routes) == len(window.session.result.routes)
    window.session.select_route(2)
    assert panel.canvas.selected == 2
    panel.canvas.routeClicked.emit(3)
    assert window.session.selected == 3
    panel.close()


def test_the_ends_of_a_quote_are_named_where_a_risk_s_dates_take_the_room(qapp, bundled_engine):
    """Karachi's ringed dot stood unnamed beside a risk's dates, and "Port Qasim", named beside it, read as the
    destination; an end of the quote is now always named."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter

    from gui.core.route_map import route_map

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", MARCH, "USD"))
    drawn = route_map(result, bundled_engine.tables)
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    view = mp.MapView(mp.fitted_bounds(drawn), QRectF(0, 0, 800, 600))
    karachi = drawn.place_by_id["karachi"]
    at = view.point(karachi.lat, karachi.lon)
    covered = [QRectF(at.x() - 200, at.y() - 200, 400, 400)]  # every spot round it taken, as by a risk's dates

    class Recording(QPainter):
        texts: list = []

        def drawText(self, *args):  # noqa: N802 - Qt API
            self.texts.append(args[-1])
            return super().drawText(*args)

    painter = Recording(image)
    font = QFont()
    mp.draw_places(painter, view, drawn, 0, 1.0, mp.Words(), font, font, covered)
    painter.end()
    assert "Karachi" in Recording.texts and "Port Qasim" not in Recording.texts


def test_a_risk_s_dates_never_cover_an_end_of_the_quote(qapp, bundled_engine):
    """The Strait of Hormuz risk's dates lay over Karachi's ringed dot; they now go to the other side of their
    mark, or to the tooltip."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter

    from gui.core.route_map import route_map

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    drawn = route_map(result, bundled_engine.tables)
    image = QImage(1100, 720, QImage.Format.Format_ARGB32)
    view = mp.MapView(mp.fitted_bounds(drawn), QRectF(0, 0, 1100, 720))
    painter = QPainter(image)
    placed = map_marks.draw_marks(painter, view, drawn, 0, 1.0, mp.Words(), QFont())
    painter.end()
    labels = [box for box, _ in placed if box.width() > 2 * box.height()]
    assert labels
    for pid in (drawn.origin, drawn.destination):
        at = view.point(drawn.place_by_id[pid].lat, drawn.place_by_id[pid].lon)
        dot = QRectF(at.x() - 7, at.y() - 7, 14, 14)
        assert not any(label.intersects(dot) for label in labels)


def test_the_map_legend_keeps_each_mark_with_its_meaning(qtbot):
    """At 1366 × 768 the map's legend wrapped between the border's "●" and the word "border"; it wraps between
    entries only, as the charts' legends do."""
    import re

    from gui.qt.route_map import RouteMapPanel

    panel = RouteMapPanel()
    qtbot.addWidget(panel)
    text = panel.legend.text()
    entries = re.findall(r"</span>(.*?)(?=<span|$)", text)
    assert len(entries) == 10
    for entry in entries:  # the mark, then its meaning with no space a line could break at
        meaning = entry.split("&nbsp;\u2002")[0]
        assert meaning.startswith("&nbsp;") and " " not in meaning, entry


def test_a_risk_s_dates_never_lie_under_a_place_s_dot(qapp, bundled_engine):
    """The dots of the places are drawn after the marks: a risk's dates placed over one were cut by it (Urdu at
    150 %, wheat Kostanay → Karachi: "خطرہ" under the dots by Tashkent). The dates go where no dot is, or only
    into the tooltip."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter

    from gui.core.route_map import route_map

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    drawn = route_map(result, bundled_engine.tables)
    labelled = 0
    for width, height in ((340, 200), (520, 300), (1100, 720)):
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        view = mp.MapView(mp.fitted_bounds(drawn), QRectF(0, 0, width, height))
        painter = QPainter(image)
        placed = map_marks.draw_marks(painter, view, drawn, 0, 1.0, mp.Words(), QFont())
        painter.end()
        labels = [box for box, _ in placed if box.width() > 2 * box.height()]
        labelled += len(labels)
        dots = [QRectF(at.x() - 2, at.y() - 2, 4, 4) for at in (view.point(p.lat, p.lon) for p in drawn.places)]
        assert not [label for label in labels if any(label.intersects(dot) for dot in dots)], (width, height)
    assert labelled  # a risk's dates are still written where there is room
