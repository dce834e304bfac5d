"""Route numbers on the cost–time chart: each beside its own point, never read as another route's."""
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
