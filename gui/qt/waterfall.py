"""The selected route's price as a waterfall: the steps the seller's price is made of (goods, carriage, insurance,
fees, margin) up to the price under the Incoterm, then what the buyer pays on top (charges after the point, duties,
taxes, fees) up to the landed cost, with the price marked across the chart."""
from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core import formatting as fmt
from .charts import _legend_html, _paint_plot, _plot, _style_axes, value_axis
from .colours import theme
from .i18n import name


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def kind_names() -> dict[str, str]:
    return {"goods": tr("Goods"), "freight": tr("Freight"), "insurance": tr("Insurance"), "duty": tr("Duties"),
            "tax": tr("Taxes"), "fee": tr("Fees"), "margin": tr("Margin"), "total": tr("Landed"),
            "price": tr("Price")}


@dataclass(frozen=True)
class Bar:
    kind: str
    start: float  # where the step begins (the total of the steps before it)
    seller: float  # the part in the seller's price
    buyer: float  # the part the buyer pays on top


MIN_BAR_PX = 2.5  # the least height a step of the price is drawn at, in pixels
SELLER_ORDER = ("goods", "freight", "insurance", "fee", "duty", "tax", "margin")  # what the price is made of
# what the buyer adds to it: "at_place" is carriage's charges at the named place (unloading, a terminal charge
# under CPT), told apart from the carriage after it
BUYER_ORDER = ("at_place", "freight", "insurance", "duty", "tax", "fee")


def waterfall_bars(route) -> list[Bar]:
    """The steps of a route's price (a landed.RoutePrice) as a buyer reads them: what the seller's price is made
    of, the price, what the buyer pays on top, and the landed cost (the price at its foot)."""
    def part(kind: str, party: str) -> float:
        def of(line) -> bool:
            at_place = line.kind == "freight" and line.group == "at_place" and party == "buyer"
            return at_place if kind == "at_place" else line.kind == kind and not at_place

        return sum(line.converted or 0.0 for line in route.lines if of(line) and line.party == party)

    bars, start = [], 0.0
    for kind in SELLER_ORDER:
        seller = part(kind, "seller")
        if seller:
            bars.append(Bar(kind, start, seller, 0.0))
            start += seller
    price = route.seller_price or 0.0
    bars.append(Bar("price", 0.0, price, 0.0))
    start = price
    for kind in BUYER_ORDER:
        buyer = part(kind, "buyer")
        if buyer:
            bars.append(Bar(kind, start, 0.0, buyer))
            start += buyer
    if route.landed is not None:  # with a blank rate still to give the chart ends at what is known
        bars.append(Bar("total", 0.0, price, route.landed - price))
    return bars


class WaterfallChart(QWidget):
    """Items made once and updated with setOpts; the chart is tested through ``bars``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = _plot(None, money=True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        _style_axes(self.plot)
        self.seller_bars = pg.BarGraphItem(x=[], height=[], width=0.6, y0=[])
        self.buyer_bars = pg.BarGraphItem(x=[], height=[], width=0.6, y0=[])
        self.price_line = pg.InfiniteLine(angle=0, movable=False)
        self.price_line.setZValue(5)
        for item in (self.seller_bars, self.buyer_bars, self.price_line):
            self.plot.addItem(item)
        self.values: list[pg.TextItem] = []
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty, 1)
        self.setMinimumSize(300, 130)  # as the distance chart beside it (main_window: a screen of 640 px)
        self.bars: list[Bar] = []
        self._labels: list[str] = []
        self._top = 0.0
        self.staggered = False  # the step names on two lines, every other one lower
        self._route = None
        self.apply_theme()
        self.set_route(None)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()

    def apply_theme(self) -> None:
        self.colours = colours = theme()
        _paint_plot(self.plot, colours)
        self.seller_bars.setOpts(brush=pg.mkBrush(colours.frontier), pen=pg.mkPen(colours.chart_background))
        self.buyer_bars.setOpts(brush=pg.mkBrush(colours.selected), pen=pg.mkPen(colours.chart_background))
        self.price_line.setPen(pg.mkPen(colours.chart_text, width=1.5, style=Qt.PenStyle.DashLine))
        self.set_route(self._route)

    def set_route(self, route) -> None:
        """Show a route's price (a landed.RoutePrice), or say why there is none."""
        self._route = route
        priced = route is not None and route.seller_price is not None
        self.plot.setVisible(priced)
        self.legend.setVisible(priced)
        self.empty.setVisible(not priced)
        for item in self.values:
            self.plot.removeItem(item)
        self.values = []
        if not priced:
            self.bars = []
            self._labels = []
            self._place_labels()
            self.title.setText("")
            self.empty.setText(self._why(route))
            self.seller_bars.setOpts(x=[], height=[], y0=[])
            self.buyer_bars.setOpts(x=[], height=[], y0=[])
            return
        currency = route.currency
        self.bars = bars = waterfall_bars(route)
        names = kind_names()
        # what the buyer adds on top of the price reads "+ Duties", "+ At Karachi": never a second "Freight"
        names["at_place"] = tr("At {place}").format(place=name(route.place_name))
        self._labels = [tr("+ {step}").format(step=names[bar.kind]) if bar.buyer and not bar.seller
                        else names[bar.kind] for bar in bars]
        self._place_labels()
        self.price_line.setPos(route.seller_price)
        for bar in bars:
            text = pg.TextItem(fmt.money_short(bar.seller + bar.buyer, "", figures=3).strip(),
                               color=self.colours.chart_text, anchor=(0.5, 1.0),
                               fill=pg.mkBrush(self.colours.chart_background))
            text.setZValue(10)  # over the price's dashed line, which its background breaks
            text.textItem.document().setDocumentMargin(1)  # close over its bar (Qt's 4 px lifted it off, on the line)
            self.plot.addItem(text)
            self.values.append(text)
        value_axis(self.plot).setLabel(tr("{currency}, in all").format(currency=currency))
        place = f"{route.rule} {name(route.place_name)}"
        landed = (fmt.money_per(route.landed_per_tonne, currency) if route.landed is not None
                  else tr("unknown until the blank rates are given"))
        self.title.setText(tr("{rule}: {price} ({per_tonne}); landed: {landed}").format(
            rule=place, price=fmt.money(route.seller_price, currency),
            per_tonne=fmt.money_per(route.seller_per_tonne, currency), landed=landed))
        self.legend.setText(_legend_html((
            (self.colours.frontier, "■", tr("in the price")), (self.colours.selected, "■", tr("paid by the buyer")),
            (self.colours.chart_text, "- -", tr("the price, {rule}").format(rule=place)))))
        self._top = max((bar.start + bar.seller + bar.buyer for bar in bars), default=0.0)
        self._place_labels()  # again: the range's edges make room for the outer figures (and draws the bars)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_labels()

    def _place_labels(self) -> None:
        """Each step's name under its bar; where the names are wider than a bar's room (ten steps in a narrow
        window, or longer words in Russian) every other one goes a line lower, so that none runs into the next.
        The outer bars stand far enough from the edges for their names and figures to show whole."""
        labels = self._labels
        axis = self.plot.getAxis("bottom")
        if not labels:
            axis.setTicks([[]])
            return
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        count = len(labels)
        width = max(self.plot.getViewBox().width(), 1.0)
        room = width / count
        crowded = max(metrics.horizontalAdvance(label) for label in labels) > room - metrics.averageCharWidth()
        if crowded != self.staggered:  # the axis grows a line for the lower names (it does not measure two)
            axis.setHeight(2 * metrics.height() + 12 if crowded else None)
        self.staggered = crowded
        axis.setTicks([[(i, f"\n{label}" if crowded and i % 2 else label) for i, label in enumerate(labels)]])
        figures = QFontMetrics(self.font())
        outer = [metrics.horizontalAdvance(labels[i]) for i in (0, -1)]
        outer += [figures.horizontalAdvance(self.values[i].toPlainText()) for i in (0, -1) if self.values]
        edge = max(0.6, (max(outer) / 2 + 6) / (width / (count + 0.2)))  # in bars, from pixels
        self.plot.setXRange(-edge, count - 1 + edge, padding=0)
        height = max(self.plot.getViewBox().height(), 1.0)
        headroom = min(0.5, (figures.height() + 8) / height)  # the tallest bar's figure above it, whole
        top = self._top / (1 - headroom) or 1.0
        self.plot.setYRange(0, top, padding=0)
        self._draw_bars(MIN_BAR_PX * top / height)

    def _draw_bars(self, least: float) -> None:
        """The bars at their heights, a step of a few dollars beside six-figure ones drawn ``least`` high (a couple
        of pixels) so that it is seen where it stands; its figure above it says how much it is."""
        bars = self.bars
        x = list(range(len(bars)))

        def shown(value: float) -> float:
            return max(value, least) if value > 0 else value

        self.seller_bars.setOpts(x=x, y0=[bar.start for bar in bars], height=[shown(bar.seller) for bar in bars])
        self.buyer_bars.setOpts(x=x, y0=[bar.start + bar.seller for bar in bars],
                                height=[shown(bar.buyer) for bar in bars])
        for i, (bar, text) in enumerate(zip(bars, self.values)):
            text.setPos(i, max(bar.start + bar.seller + bar.buyer, bar.start + shown(bar.seller) + shown(bar.buyer)))

    @staticmethod
    def _why(route) -> str:
        from .i18n import say

        if route is None:
            return tr("Choose an Incoterm under the form to see how the price of the selected route is made.")
        return say(route.reason) or tr("No price for this route.")
