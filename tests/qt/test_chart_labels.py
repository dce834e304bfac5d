"""Route numbers on the cost–time chart: each beside its own point, never read as another route's."""
import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.qt.label_places import place_labels

ASCENT, DESCENT = 11.0, 3.0
AREA = QRectF(0, 0, 400, 300)


def nearest(anchors, box):
    def distance(point):
        dx = max(box.left() - point.x(), 0.0, point.x() - box.right())
        dy = max(box.top() - point.y(), 0.0, point.y() - box.bottom())
        return dx * dx + dy * dy
    return min(range(len(anchors)), key=lambda i: distance(anchors[i]))


def marks(anchors):
    return [QRectF(a.x() - 7, a.y() - 7, 14, 14) for a in anchors]


def test_a_number_pushed_off_its_spot_does_not_land_beside_another_point():
    # routes 4 and 6 of 500 t of wheat Kostanay -> Karachi: the same days, 30 px apart in cost
    anchors = [QPointF(200, 130), QPointF(196, 100)]
    taken = marks(anchors) + [QRectF(205, 90, 30, 14)]  # another number right of route 6
    spots = place_labels(anchors, [(8.0, False)] * 2, ASCENT, DESCENT, AREA, 9, True, taken, keep_all=True)
    for index, (box, joined) in enumerate(spots):
        assert nearest(anchors, box) == index and not joined


def test_a_number_with_no_unambiguous_spot_is_joined_to_its_point():
    # a crowd: every spot around the middle point lies nearer one of its neighbours
    anchors = [QPointF(200, 130), QPointF(196, 100), QPointF(180, 102), QPointF(214, 101), QPointF(196, 76)]
    taken = marks(anchors) + [QRectF(205, 90, 30, 14)]
    spots = place_labels(anchors, [(8.0, False)] * 5, ASCENT, DESCENT, AREA, 9, True, taken, keep_all=True)
    assert all(spot is not None for spot in spots)
    for index, (box, joined) in enumerate(spots):
        assert joined or nearest(anchors, box) == index


def test_a_place_name_with_no_unambiguous_spot_is_left_out_and_a_route_number_never_is():
    anchors = [QPointF(100, 100), QPointF(100, 112)]
    crowded = [QRectF(0, 0, 400, 90), QRectF(0, 122, 400, 200), QRectF(40, 90, 50, 40), QRectF(110, 90, 50, 40)]
    names = place_labels(anchors, [(40.0, False)] * 2, ASCENT, DESCENT, AREA, 4, False, crowded, keep_all=False)
    numbers = place_labels(anchors, [(8.0, False)] * 2, ASCENT, DESCENT, AREA, 9, True, crowded, keep_all=True)
    assert names == [None, None]
    assert all(spot is not None for spot in numbers)


def test_two_numbers_on_a_line_keep_a_space_between_them():
    """Routes 3 and 4 of wheat by Iran, a few pixels apart: their numbers side by side read as "34"."""
    import random

    from gui.qt.label_places import LABEL_SPACE

    rng = random.Random(7)
    apart = LABEL_SPACE * (ASCENT + DESCENT)
    checked = 0
    for _ in range(300):
        anchors = [QPointF(200 + rng.uniform(-25, 25), 150 + rng.uniform(-12, 12)) for _ in range(rng.randint(2, 6))]
        spots = place_labels(anchors, [(8.0, False)] * len(anchors), ASCENT, DESCENT, AREA, 9, True,
                             marks(anchors), keep_all=True)
        boxes = [spot[0] for spot in spots if spot is not None]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a.top() < b.bottom() and b.top() < a.bottom():  # on the same line
                    checked += 1
                    assert b.left() - a.right() >= apart - 1e-9 or a.left() - b.right() >= apart - 1e-9
    assert checked > 50


def test_a_legend_that_wraps_keeps_each_mark_with_its_meaning(qapp):
    """Russian, crude oil Atyrau → Karachi at 150 %: the cost–time legend wrapped after "▲", its meaning "за
    пределами шкалы" beginning the next line."""
    from PySide6.QtGui import QColor, QTextDocument

    from gui.qt.charts import _legend_html

    entries = [(QColor("blue"), "●", "лучший компромисс"), (QColor("grey"), "■", "остальные маршруты"),
               (QColor("orange"), "◯", "выбран"), (QColor("grey"), "▲", "за пределами шкалы")]
    document = QTextDocument()
    document.setHtml(_legend_html(entries))
    wrapped = 0
    for width in range(300, 900, 7):  # the chart is 300 px wide at least
        document.setTextWidth(width)
        document.size()  # laid out
        layout = document.firstBlock().layout()
        text = document.firstBlock().text()
        lines = [text[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].strip()
                 for i in range(layout.lineCount())]
        wrapped += len(lines) > 1
        for line in lines:
            assert line and line[-1] not in "●■◯▲", (width, lines)
            assert line.rstrip("\u00a0\u2002 ").split("\u00a0")[0][:1] in "●■◯▲", (width, lines)  # whole entries
    assert wrapped


def _tangles(anchors, spots) -> int:
    """How many times a number's line crosses another number or another line, or two numbers overlap."""
    from gui.qt.label_places import _crosses, _nearest, _segments_cross

    boxes = [(spot[0].left(), spot[0].top(), spot[0].right(), spot[0].bottom()) if spot else None for spot in spots]
    lines = [((a.x(), a.y()), _nearest(box, (a.x(), a.y()))) if spot and spot[1] else None
             for a, box, spot in zip(anchors, boxes, spots)]
    found = 0
    for i, line in enumerate(lines):
        for j, box in enumerate(boxes):
            if i != j and line and box and _crosses(line, box):
                found += 1
        for j, other in enumerate(lines):
            if i < j and line and other and _segments_cross(line, other):
                found += 1
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a and b and a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                found += 1
    return found


def test_in_a_crowd_the_window_leaves_out_a_number_rather_than_tangle_its_line():
    """Wheat Kostanay → Karachi at 150 %: a dozen routes within 60 px; the lines of 8, 12 and 13 crossed each other
    and the numbers beside them. The window's chart (each point's tooltip names its route) now leaves such a
    number out; the lowest numbers (the cheapest routes) are placed first."""
    import random

    rng = random.Random(3)
    tangled_before = tangled_after = left_out = 0
    for _ in range(150):
        anchors = [QPointF(200 + rng.uniform(-30, 30), 150 + rng.uniform(-30, 30)) for _ in range(rng.randint(5, 12))]
        sizes = [(rng.choice((8.0, 15.0, 26.0)), False)] * len(anchors)
        before = place_labels(anchors, sizes, ASCENT, DESCENT, AREA, 9, True, marks(anchors), keep_all=True)
        after = place_labels(anchors, sizes, ASCENT, DESCENT, AREA, 9, True, marks(anchors), keep_all=True,
                             untangled=True)
        tangled_before += _tangles(anchors, before)
        tangled_after += _tangles(anchors, after)
        left_out += sum(spot is None for spot in after)
    assert tangled_before > 20  # the fault: lines across numbers and lines
    assert tangled_after == 0
    assert left_out > 0


def test_untangled_numbers_with_room_are_all_shown_as_before():
    anchors = [QPointF(60, 60), QPointF(200, 150), QPointF(330, 240)]
    before = place_labels(anchors, [(8.0, False)] * 3, ASCENT, DESCENT, AREA, 9, True, marks(anchors), keep_all=True)
    after = place_labels(anchors, [(8.0, False)] * 3, ASCENT, DESCENT, AREA, 9, True, marks(anchors), keep_all=True,
                         untangled=True)
    assert after == before and all(spot is not None and not spot[1] for spot in after)


def test_route_numbers_read_left_to_right_in_urdu_and_place_names_keep_their_script():
    """"1, 4" stood as "4 ,1" on the Urdu chart: the painter took the interface's direction."""
    from gui.qt.charts import _right_to_left

    assert not _right_to_left("1, 4") and not _right_to_left("12")
    assert _right_to_left("کراچی") and _right_to_left("بولاشک / سرحت یاکا")
    assert not _right_to_left("Bandar Abbas")


@pytest.mark.parametrize("size", [(1366, 728), (1280, 640)])
def test_no_route_number_touches_the_ring_round_the_selected_route(qtbot, size):
    """Wheat Kostanay → Karachi at 1366 × 768: route 3's number stood on the orange ring round route 1, the
    selected one. The ring now takes its room from the numbers as the points do."""
    from gui.core.tables import load_tables
    from gui.qt.cost_time_chart import CostTimeChart

    from .test_booth import booth_window, wheat

    window = booth_window(qtbot, load_tables(), wheat(), size)
    window.chart_tabs.setCurrentIndex(0)
    chart = window.cost_time_chart
    for index in range(4):  # the cheapest first, then routes among the crowd
        window.session.select_route(index)
        chart.plot.grab()  # painted: the numbers are placed as drawn
        xs, ys = chart.selected.getData()
        assert len(xs) == 1 and chart.numbers.placed
        middle = QPointF(chart.plot.mapFromScene(chart.plot.getViewBox().mapViewToScene(QPointF(xs[0], ys[0]))))
        for text, box in chart.numbers.placed:
            dx = max(box.left() - middle.x(), 0.0, middle.x() - box.right())
            dy = max(box.top() - middle.y(), 0.0, middle.y() - box.bottom())
            assert (dx * dx + dy * dy) ** 0.5 >= CostTimeChart.RING_RADIUS + 2, (index, text)


def test_no_whisker_runs_through_a_route_number(qtbot):
    """Citrus Lahore → Almaty: the whiskers of routes 3, 5 and 9 (14 to 57 days) ran through the numbers placed
    among them, "3" struck through at 1366 × 768. Each number's figures have an outline of the plot's background:
    no whisker's pixel touches a figure's (a patch of background behind the whole number had stood as a white box
    on the arrival band)."""
    from PySide6.QtGui import QColor

    from gui.core.tables import load_tables

    from .test_booth import booth_window, citrus

    window = booth_window(qtbot, load_tables(), citrus(), (1366, 728))
    window.chart_tabs.setCurrentIndex(0)
    chart = window.cost_time_chart
    image = chart.plot.grab().toImage()  # painted: the numbers are placed as drawn
    whisker, background = QColor(chart.colours.dominated), QColor(chart.colours.chart_background)

    def near(seen: QColor, colour: QColor, within: int) -> bool:
        return max(abs(seen.red() - colour.red()), abs(seen.green() - colour.green()),
                   abs(seen.blue() - colour.blue())) < within

    touching = 0
    for _text, box in chart.numbers.placed:
        pixels = {(x, y): image.pixelColor(x, y) for x in range(int(box.left()) + 1, int(box.right()))
                  for y in range(int(box.top()) + 1, int(box.bottom()))}  # inside: not a leader line's start
        ink = {at for at, seen in pixels.items() if not near(seen, background, 90) and not near(seen, whisker, 40)}
        struck = {at for at, seen in pixels.items() if near(seen, whisker, 12)}
        touching += sum(1 for x, y in struck if any((x + dx, y + dy) in ink for dx in (-1, 0, 1) for dy in (-1, 0, 1)))
    # 22 pixels touched a figure's without the outline; a few may, where two antialiased edges meet (3 since the
    # Chinese side of the Khorgos rail border moved the points: looked at, no figure struck through)
    assert chart.numbers.placed and touching <= 3, touching


def _mark_gaps(text: str, rtl: bool) -> list[int]:
    """px of bare paper between each legend mark's ink and its word's, the line drawn as the legend draws it (the
    marks in red, so that a grey mark is told from black letters)."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
    from PySide6.QtWidgets import QApplication

    document = QTextDocument()
    document.setDefaultFont(QApplication.font())
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    document.setDefaultTextOption(option)
    document.setHtml(re.sub(r"color:#[0-9a-fA-F]{6}", "color:#e00000", text))
    image = QImage(int(document.idealWidth()) + 4, int(document.size().height()) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    columns = ""
    for x in range(image.width()):
        kind = "."
        for y in range(image.height()):
            colour = QColor(image.pixel(x, y))
            red, green, blue = colour.red(), colour.green(), colour.blue()
            if red - max(green, blue) > 25:
                kind = "M"
                break
            if max(red, green, blue) - min(red, green, blue) < 20 and red < 190:
                kind = "T"
        columns += kind
    runs = [(found.group()[0], found.end() - found.start()) for found in re.finditer(r"M+|T+|\.+", columns)]
    gaps = []
    for index, (kind, _) in enumerate(runs):
        if kind == "M":
            beside = index - 1 if rtl else index + 1  # the word follows the mark in reading order
            gaps.append(runs[beside][1] if 0 <= beside < len(runs) and runs[beside][0] == "." else 0)
    return gaps


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ur"])
def test_each_legend_mark_stands_a_space_from_its_word(qapp, language):
    """Russian and Urdu at 911 × 462: the shorter legend above the plot read "●лучший компромисс ■прочие
    ◯выбран", 0–1 px between a mark and its word, where the whole one beside the tabs kept a space."""
    from gui.qt.cost_time_chart import CostTimeChart
    from gui.qt.i18n import install

    install(qapp, language)
    chart = CostTimeChart()
    chart._show_legend()
    whole, shorter = chart._legends
    gaps = {form: _mark_gaps(text, language == "ur") for form, text in (("whole", whole), ("shorter", shorter))}
    assert all(len(found) == 3 for found in gaps.values()), gaps
    every = gaps["whole"] + gaps["shorter"]
    assert min(every) >= 3 and max(every) <= 8, gaps  # a space of the interface's font, give or take the letters
    # the same in both forms, but for where a glyph's edge falls on the pixel grid
    assert all(abs(a - b) <= 1 for a, b in zip(gaps["whole"], gaps["shorter"])), gaps
