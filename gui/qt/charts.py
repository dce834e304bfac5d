"""Charts: the axes, looks and labels they share (the cost–time chart is cost_time_chart.py, the selected route's
time/cost-distance steps distance_chart.py, the breakdown's waterfall waterfall.py)."""
from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from ..core import formatting as fmt
from .colours import Theme
from .label_places import BAR_END_ROOM, draw_outlined, leader_line, lengthened, place_labels


pg.setConfigOptions(antialias=True, useOpenGL=False)  # the colours follow the window's palette (apply_theme)


def tr(text: str) -> str:
    # lupdate files module-level tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


class ValueAxis(pg.AxisItem):
    """A value axis (cost or days) whose tick labels never overlap: on a low plot (the distance chart, a laptop at
    150 %) pyqtgraph always labels its coarsest ticks, even closer than their labels are tall ("10 k" over "5 k").
    There the step goes up to the next round one (1, 2, 5 × 10ⁿ) that leaves room, with no finer ticks; and where no
    tick of that step falls inside the plot, one tick stands on a round value near the middle."""

    ROOM = 1.2  # label heights from one tick to the next

    # axes that stand one above the other over the same distance take the width of the widest, so that their
    # plots begin at the same x and a km reads at the same place in both (align_widths)
    partners: tuple["ValueAxis", ...] = ()
    _own_width = 0.0

    def _updateWidth(self):  # noqa: N802 - pyqtgraph API
        super()._updateWidth()
        if self.orientation == "right" and self.isVisible() and self.fixedWidth is None and self.label.isVisible():
            # (right to left) the whole height of the turned title, not pyqtgraph's 0.8 of it: Urdu's letters fill
            # their box, and at the plot's right edge the rest was cut off
            width = self.minimumWidth() + 0.2 * self.label.boundingRect().height()
            self.setMaximumWidth(width)
            self.setMinimumWidth(width)
        self._own_width = self.minimumWidth()
        width = max((axis._own_width for axis in self.partners), default=self._own_width)
        for axis in self.partners:
            if axis.minimumWidth() != width:
                axis.setMaximumWidth(width)
                axis.setMinimumWidth(width)
                axis.picture = None

    def resizeEvent(self, ev=None):  # noqa: N802 - pyqtgraph API
        super().resizeEvent(ev)
        if self.orientation == "right" and self.label is not None:
            # pyqtgraph nudges the title 5 px outwards, past the right edge of the plot where nothing shows it
            self.label.setPos(self.size().width() - self.label.boundingRect().height(), self.label.pos().y())

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 - pyqtgraph API
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.orientation not in ("left", "right") or not levels or maxVal <= minVal or size <= 0:
            return levels
        per_unit = size / (maxVal - minVal)
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        sample = self.tickStrings([maxVal], 1.0, levels[0][0])[0]
        tall = max(metrics.boundingRect(sample).height(), metrics.height()) * self.ROOM
        base = spacing = levels[0][0]
        if spacing * per_unit >= tall:  # pyqtgraph labels finer levels only where they fit
            return levels
        while spacing * per_unit < tall:
            spacing = _next_round_step(spacing)
        margin = tall / 2 / per_unit  # a label is drawn only where the whole of it is inside the plot
        if math.floor((maxVal - margin) / spacing) * spacing >= minVal + margin:
            return [(spacing, 0.0)]
        # no multiple of the wider step falls inside: one label, on a round value near the middle
        middle = round((minVal + maxVal) / 2 / base) * base
        return [(spacing, middle % spacing)]


def _next_round_step(step: float) -> float:
    """The next of 1, 2, 5, 10, 20, 50 … times a power of ten."""
    power = 10.0 ** math.floor(math.log10(step))
    for factor in (1.0, 2.0, 5.0, 10.0):
        if factor * power > step * (1 + 1e-9):
            return factor * power
    return 10.0 * power


class MoneyAxis(ValueAxis):
    """Ticks in plain money (45 k, 1.2 M): SI prefixes on a currency read badly."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        # one scale for every tick of the axis, set by the largest it shows: 5 k, 10 k, 15 k (never 5,000 beside
        # 10 k, nor a lone 5,000 on an axis that runs to 11 k while the chart beside it reads 10 k)
        largest = max([abs(v) for v in values] + [abs(end) for end in self.range])
        return [fmt.money_short(v, "", like=largest).strip() for v in values]


def _paint_plot(plot: pg.PlotWidget, colours: Theme) -> None:
    """A plot in the window's colours: dark on a dark desktop, light on a light one."""
    plot.setBackground(colours.chart_background)
    for side in ("left", "right", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(pg.mkPen(colours.chart_text))
        axis.setTextPen(pg.mkPen(colours.chart_text))
    plot.getPlotItem().titleLabel.setAttr("color", colours.chart_text.name())


def _legend_html(entries, narrow: bool = False) -> str:
    """Coloured marks and their meaning, for a chart's legend line; an en space between entries (the mark sets
    them apart), so that the cost and time legend stays one line in Russian at 1366 × 768. Where the line is too
    short all the same, it wraps between entries, never inside one: a mark stood alone at the end of the first line
    and its meaning began the second (Russian, crude oil Atyrau → Karachi at 150 %: "▲" / "за пределами шкалы")."""
    # each mark a no-break space from its word in every form and language: the shorter legend set them against
    # each other (Russian and Urdu at 911 × 462, "●лучший компромисс", 0–1 px of ink between them); ``narrow``
    # saves its width between entries instead, a plain space after the no-break one, for a legend that must hold
    # one line in as little width as it can (the narrow spaces are as wide as a space in the fonts of a Linux
    # desktop, and a word joiner, from a fallback font, made the line 3 px taller)
    gap = "&nbsp; " if narrow else "&nbsp;\u2002"
    return gap.join(f"<span style='color:{colour.name()}'>{mark}</span>&nbsp;"
                    + html.escape(text).replace(" ", "&nbsp;") for colour, mark, text in entries)


def _plot(parent: QWidget | None, money: bool) -> pg.PlotWidget:
    """A plot that reads the way the interface does: in a right-to-left language (Urdu) the distance or days run
    from right to left and the value axis stands on the right."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = "right" if rtl else "left"
    plot = pg.PlotWidget(parent, axisItems={side: (MoneyAxis if money else ValueAxis)(orientation=side)})
    from .widgets import FocusFrame

    FocusFrame(plot)  # Tab stops at the plot, which draws no focus of its own
    if rtl:
        # laid out left to right by hand: in a right-to-left application pyqtgraph's grid of axes is mirrored (a
        # QGraphicsWidget takes the application's direction) but not the axes' own drawing, so the value axis stood
        # at the left with its figures turned inwards, under the grid lines
        plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.showAxis("right")
        plot.hideAxis("left")
        plot.getViewBox().invertX(True)
    return plot


def align_widths(plots) -> None:
    """Give the value axes of plots that share their distance axis one width, the widest one's."""
    axes = tuple(value_axis(plot) for plot in plots)
    for axis in axes:
        axis.partners = axes
    for axis in axes:
        axis._updateWidth()


def value_axis(plot: pg.PlotWidget):
    """The axis of costs or days, on the left or (right to left) the right."""
    return plot.getAxis("right" if plot.getViewBox().xInverted() else "left")


def set_value_title(plot: pg.PlotWidget, full: str, short: str) -> None:
    """The value axis's title, or its short form ("USD") when the plot is too low for the whole of it: a
    vertical title longer than its axis is cut at both ends."""
    axis = value_axis(plot)
    if getattr(axis, "titles", None) is None:
        plot.getViewBox().sigResized.connect(lambda *_: _fit_value_title(plot))
    axis.titles = (full, short)
    _fit_value_title(plot)


def _fit_value_title(plot: pg.PlotWidget) -> None:
    axis = value_axis(plot)
    full, short = axis.titles
    room = plot.getViewBox().height()
    axis.setLabel(full)
    if room > 0 and axis.label.boundingRect().width() > room:
        axis.setLabel(short)
    # pyqtgraph centres the title only when the axis is resized: a title that grew from "USD" to "Cost, USD" kept
    # the short one's place, its end cut off above the plot ("Cost, US")
    axis.resizeEvent()


def set_time_title(plot: pg.PlotWidget, full: str) -> None:
    """The time axis's title, or its words before the colon ("Delivery time in days") where the plot is too
    narrow for the whole of it: it ran past the plot's right edge ("…min–ma" at 1366 × 768 and 150 %; in Russian
    "…отрезок — мин", its "–макс" gone). Each point's tooltip still gives its days as typical (minimum–maximum)."""
    axis = plot.getAxis("bottom")
    if getattr(axis, "titles", None) is None:
        plot.getViewBox().sigResized.connect(lambda *_: _fit_time_title(plot))
    axis.titles = (full, full.split(":")[0].rstrip())
    _fit_time_title(plot)


def _fit_time_title(plot: pg.PlotWidget) -> None:
    axis = plot.getAxis("bottom")
    full, short = axis.titles
    room = plot.getViewBox().width()
    axis.setLabel(full)
    if room > 0 and axis.label.boundingRect().width() > room:
        axis.setLabel(short)
    axis.resizeEvent()  # centred again under the plot


def _settle_range(plot: pg.PlotWidget) -> None:
    """Fit the axes to the data now, not when the plot is next painted: pyqtgraph fits them at the start of the
    paint, and the new range then asks for a second paint of the whole plot."""
    plot.enableAutoRange()
    box = plot.getViewBox()
    box.updateAutoRange()
    (_, (low, high)) = box.childrenBounds()
    if low is not None and low == high and low > 0:
        # one cost (a single route): pyqtgraph centres a range on it that reads "−20 k"; show it from zero
        box.setYRange(0, 2 * low)
    box.updateMatrix()


def _style_axes(plot: pg.PlotWidget) -> None:
    """Readable ticks from a metre away, and only major grid lines (minor ones clutter and cost paint time);
    room at the edges so labels near the last point are not cut off."""
    plot.getViewBox().setDefaultPadding(0.08)
    for side in ("left", "right", "bottom"):
        axis = plot.getAxis(side)
        axis.setTickFont(_axis_font())
        axis.setStyle(maxTickLevel=1)


def _axis_font() -> QFont:
    font = QFont()
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    return font


class StepLabels(pg.GraphicsObject):
    """Place names drawn straight onto the plot in screen pixels: one item for all of them, because a
    pyqtgraph TextItem per name costs several milliseconds each time the chart is redrawn."""

    def __init__(self, gap: float = 4.0, beside: bool = False, clear: float = 0.0, untangled: bool = False):
        super().__init__()
        self._untangled = untangled  # a number with no spot clear of the others' lines is left out (its tooltip)
        self._clear = clear  # half the size of the marks at the labelled points, which no label may cover
        self._beside = beside  # first try level with the point (a short number), then above and below
        self._labels: list[tuple[float, float, str, QColor, bool]] = []  # x, y, text, colour, left of the point
        self._gap = gap  # pixels between a point and its label
        self._font = _axis_font()
        self._ring: tuple[float, float, float] | None = None  # x, y and the px a ring drawn round a point takes
        self.placed: list[tuple[str, QRectF]] = []  # each label drawn and its box, in the view's pixels (last paint)
        self._asked: tuple | None = None  # what the last places were worked out of (``paint``), and those places
        self._boxes: list[tuple[QRectF, bool] | None] = []
        self.anchors: dict[str, QPointF] = {}  # each label drawn and its point, in the same pixels
        self.lines: dict[str, tuple[QPointF, QPointF]] = {}  # each label joined to its point and the line drawn
        # the plot's background as an outline round each label's figures, where a chart sets it: the cost–time
        # chart's whiskers ran through the route numbers placed among them ("3", "9" and "5" struck through,
        # citrus Lahore → Almaty); a patch of it stood as a white box on the arrival band
        self.halo: QColor | None = None
        # other items on the plot no label may cover, where visible (the cost–time chart's arrival date: route 12's
        # number stood over its "by", English at 1366 × 768 and 150 %)
        self.avoid: list = []
        # a line of the plot (a PlotDataItem) no label may lie across: the distance chart's days, whose place names
        # stood on the line ("Kashgar" and "Khorgos / Altynkol" struck through, potatoes Lahore → Almaty)
        self.curve = None
        # bars of the plot (a pg.ErrorBarItem) no label may lie on or touch: the cost–time chart's whiskers, on
        # which a number level with its point read as a negative ("−1", "−3, 4"; potatoes Lahore → Almaty)
        self.bars = None
        self.setZValue(20)
        self.mirrored = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def set_labels(self, labels: list[tuple[float, float, str, QColor, bool]]) -> None:
        self.prepareGeometryChange()
        self._labels = labels
        self.update()

    def set_ring(self, ring: tuple[float, float, float] | None) -> None:
        """A ring drawn round a point (the selected route's) at x, y, ``radius`` px out: no label is placed across
        it (route 3's number touched the ring round route 1, wheat at 1366 × 768)."""
        if ring != self._ring:
            self._ring = ring
            self.update()

    def texts(self) -> list[str]:
        return [label[2] for label in self._labels]

    def dataBounds(self, axis, frac=1.0, orthoRange=None):  # noqa: N802, N803 - pyqtgraph API
        return (None, None)  # labels never widen the auto-range

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        box = self.getViewBox()
        return box.viewRect() if box is not None and self._labels else QRectF()

    def paint(self, painter: QPainter, *args) -> None:
        if not self._labels:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        metrics = painter.fontMetrics()
        anchors = [transform.map(QPointF(x, y)) for x, y, *_ in self._labels]
        taken: list[QRectF] = [QRectF(p.x() - self._clear, p.y() - self._clear, 2 * self._clear, 2 * self._clear)
                               for p in anchors] if self._clear else []
        if self._ring is not None:
            at, radius = transform.map(QPointF(self._ring[0], self._ring[1])), self._ring[2]
            taken.append(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius))
        view = self.getViewBox()
        # the plot's scene is its widget's pixels, as the painter's are here
        taken += [item.mapRectToScene(item.boundingRect()) for item in self.avoid if item.isVisible()]
        area = transform.mapRect(view.viewRect()) if view is not None else None
        ascent, descent = metrics.ascent(), metrics.descent()
        if self._clear:  # route numbers: the figures' own height, not the line's (Urdu's line, 22 px, found no
            # room between whiskers 6 px apart for a figure 10 px high)
            ink = metrics.tightBoundingRect("0123456789,")
            ascent, descent = min(ascent, 1 - ink.top()), min(descent, ink.bottom() + 1)
        sizes = [(metrics.horizontalAdvance(text), left != self.mirrored) for _x, _y, text, _colour, left in
                 self._labels]
        drawn = self._drawn(transform)
        # a repaint with nothing moved (the tab shown again, a tooltip, the plot painted twice for one selection)
        # takes the places worked out last time: tens of ms for 67 routes
        asked = (tuple((a.x(), a.y()) for a in anchors), tuple(sizes), ascent, descent,
                 None if area is None else area.getRect(), self._gap, self._beside,
                 tuple(box.getRect() for box in taken), bool(self._clear), self._untangled, tuple(drawn))
        if asked != self._asked:
            self._boxes = place_labels(anchors, sizes, ascent, descent, area, self._gap, self._beside, taken,
                                       keep_all=bool(self._clear), untangled=self._untangled, drawn=drawn)
            self._asked = asked
        boxes = self._boxes
        self.placed, self.anchors, self.lines = [], {}, {}
        for (_x, _y, text, colour, _left), anchor, spot in zip(self._labels, anchors, boxes):
            if spot is not None:
                box, joined = spot
                self.placed.append((text, box))
                self.anchors[text] = anchor
                painter.setPen(colour)
                # route numbers read left to right in Urdu too ("1, 4" had stood as "4 ,1"); a place name in its
                # own script keeps its direction
                painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if _right_to_left(text)
                                           else Qt.LayoutDirection.LeftToRight)
                at = QPointF(box.left(), box.top() + ascent)
                if self.halo is not None and not _right_to_left(text):  # an outline round the figures
                    draw_outlined(painter, at, self._font, text, self.halo, 3.5)
                else:
                    painter.drawText(at, text)
                if joined:  # it stands off its point, or no free spot is plainly its point's: a line says whose
                    self.lines[text] = leader_line(box, anchor, self._clear)  # in the number's colour, thin
                    painter.drawLine(*self.lines[text])
        painter.restore()

    def _drawn(self, transform) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """The segments of ``curve`` and of ``bars`` in the painter's pixels (they share the labels' view, so
        their transform)."""
        segments = _bar_segments(self.bars, transform)
        if self.curve is None or not self.curve.isVisible():
            return segments
        xs, ys = self.curve.getData()
        if xs is None or len(xs) < 2:
            return segments
        points = [transform.map(QPointF(float(x), float(y))) for x, y in zip(xs, ys)]
        return segments + [((a.x(), a.y()), (b.x(), b.y())) for a, b in zip(points, points[1:])]


def _bar_segments(bars, transform) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The bars of an error-bar item as drawn, in the painter's pixels: x − left to x + right at y, and y − bottom
    to y + top at x (each half the width or height where only that is set); a bar of no length is not drawn."""
    if bars is None or not bars.isVisible() or bars.opts.get("x") is None or bars.opts.get("y") is None:
        return []
    opts = bars.opts
    xs, ys = np.asarray(opts["x"], dtype=float), np.asarray(opts["y"], dtype=float)

    def reach(side: str, whole: str) -> np.ndarray:
        value = opts.get(side)
        if value is None:
            value = 0.0 if opts.get(whole) is None else np.asarray(opts[whole], dtype=float) / 2
        return np.broadcast_to(np.asarray(value, dtype=float), xs.shape)

    segments = []
    for x, y, lo, hi, down, up in zip(xs, ys, reach("left", "width"), reach("right", "width"),
                                      reach("bottom", "height"), reach("top", "height")):
        for (x0, y0), (x1, y1) in (((x - lo, y), (x + hi, y)), ((x, y - down), (x, y + up))):
            if (x0, y0) != (x1, y1):
                a, b = transform.map(QPointF(float(x0), float(y0))), transform.map(QPointF(float(x1), float(y1)))
                segments.append(lengthened(((a.x(), a.y()), (b.x(), b.y())), BAR_END_ROOM))
    return segments


def _right_to_left(text: str) -> bool:
    """Whether a label's first strong letter is of a right-to-left script."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
