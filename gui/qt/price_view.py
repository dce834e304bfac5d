"""The selected route's price in the window: its lines (what the price includes, then what the buyer pays on top,
each in its own currency and converted), what is included and what is not, and the waterfall. Each sits in a tab
beside the freight's own view, chosen by itself once a price appears."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from ..core import formatting as fmt
from ..core.trade_messages import country_term
from .colours import theme
from .i18n import name, say
from .rows_model import RowsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class PriceLinesModel(RowsModel):
    """Rows: the lines in the price, the price, the customs value, the lines the buyer pays, the landed cost."""

    COLUMNS = ("who", "line", "own", "converted")

    def __init__(self, parent=None):
        super().__init__((tr("Who"), tr("Line"), tr("Amount"), tr("Converted")), parent)
        self.route = None

    def set_route(self, route) -> None:
        self.route = route
        rows: list[tuple] = []
        if route is not None and route.seller_price is not None:
            rows += [("line", line) for line in route.lines if line.party == "seller"]
            rows.append(("price", route))
            if route.customs is not None:
                rows.append(("customs", route))
            rows += [("line", line) for line in route.lines if line.party == "buyer"]
            rows.append(("landed", route))
        self._replace(rows, False)

    def cell_text(self, row: int, column: str) -> str:
        kind, item = self._items[row]
        currency = self.route.currency if self.route is not None else ""
        if kind == "line":
            return {"who": tr("seller") if item.party == "seller" else tr("buyer"), "line": say(item.label),
                    "own": tr("not given") if item.amount is None else fmt.money(item.amount, item.currency,
                                                                                 decimals=2),
                    "converted": "—" if item.converted is None else fmt.money(item.converted, currency,
                                                                              decimals=2)}[column]
        if kind == "customs":
            customs = item.customs
            return {"who": "", "line": tr("customs value into {country}, to {place}").format(
                country=say(country_term(customs.country)), place=name(customs.entry_place)),
                "own": fmt.money(customs.value, customs.currency, decimals=2), "converted": ""}[column]
        total = item.seller_price if kind == "price" else item.landed
        label = (tr("price {rule} {place}").format(rule=item.rule, place=name(item.place_name)) if kind == "price"
                 else tr("landed cost"))
        figure = "—" if total is None else fmt.money(total, currency, decimals=2)
        per_tonne = "" if total is None else fmt.money_per(total / item.tonnes, currency)
        return {"who": "", "line": label, "own": per_tonne, "converted": figure}[column]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        item = self._item(index)
        if item is None:
            return None
        kind, line = item
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), column)
        if role == Qt.ItemDataRole.FontRole and kind in ("price", "landed"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and kind == "line" and line.amount is None:
            return QBrush(theme().caution)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("own", "converted"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and kind == "line":
            tips = [say(line.label)]
            if line.reference:
                tips.append(tr("Row: {reference}").format(reference=line.reference))
            if line.source_ids:
                tips.append(tr("Sources: {ids}").format(ids=", ".join(line.source_ids)))
            if line.as_of:
                tips.append(tr("As of {date}").format(date=line.as_of.isoformat()))
            if line.estimate_note:
                tips.append(tr("Estimate: {note}").format(note=say(line.estimate_note)))  # a what-if's: translated
            return "\n".join(tips)
        return None


def block_html(items) -> str:
    """The included / not included block as two short paragraphs."""
    colours = theme()
    parts = []
    for included, title in ((True, tr("Included")), (False, tr("Not included, the buyer's"))):
        chosen = [item for item in items if item.included == included]
        if chosen:
            texts = [html.escape(say(item.text)) for item in chosen]
            mark = "✓" if included else "✗"
            colour = colours.frontier if included else colours.selected
            parts.append(f"<b style='color:{colour.name()}'>{mark} {html.escape(title)}:</b> " + "; ".join(texts))
    return "<br>".join(parts)


class BlockLine(QLabel):
    """The included / not included block in two lines that never push the price lines out of sight: each part
    shortened to the width, the whole block in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 4)
        self._items: list = []
        self._otherwise = ""

    def set_items(self, items, otherwise: str = "") -> None:
        self._items, self._otherwise = list(items), otherwise
        self.setToolTip(block_html(self._items).replace("<br>", "<br><br>") if self._items else otherwise)
        self._show()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        if not self._items:
            self.setText(html.escape(self._otherwise))
            return
        colours = theme()
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        heads = QFontMetrics(bold)  # the heads are bold: measured so, or the line ran past the label, its "…" cut
        lines = []
        for included, title in ((True, tr("Included")), (False, tr("Not included, the buyer's"))):
            texts = "; ".join(say(item.text) for item in self._items if item.included == included)
            if not texts:
                continue
            head = f"{'✓' if included else '✗'} {title}: "
            room = max(40, self.width() - heads.horizontalAdvance(head) - 12)
            shown = metrics.elidedText(texts, Qt.TextElideMode.ElideRight, room)
            colour = colours.frontier if included else colours.selected
            lines.append(f"<b style='color:{colour.name()}'>{html.escape(head)}</b>{html.escape(shown)}")
        self.setText("<br>".join(lines))


class _FollowingTabs(QTabWidget):
    """Tabs over the freight's own view and the price's: the price tab comes forward when a price first appears
    and goes back when the terms are cleared."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._had_price = False
        session.priceChanged.connect(self._on_price_change)
        session.selectionChanged.connect(lambda _index: self.refresh())

    def _on_price_change(self, price) -> None:
        priced = price is not None
        self.setTabEnabled(1, priced)
        self.show_tabs(priced)  # a freight quote keeps its room: no tabs until there is a price
        self.setMinimumHeight(self.minimumSizeHint().height())
        if priced != self._had_price:
            self.setCurrentIndex(1 if priced else 0)
        self._had_price = priced
        self.refresh()

    def show_tabs(self, shown: bool) -> None:
        """The tabs, or none; with none, Tab passes over the tab widget to the page (it gave its focus to the hidden
        tab bar, and the keyboard went no further: Tab stayed on the route's warnings above it)."""
        self.tabBar().setVisible(shown)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if shown else Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        # Qt counts the tab bar even while it is hidden (no price yet), and the least height of every page, the
        # price's too, which cannot be reached then (its table and its two lines of what is included: 41 px more
        # than the legs and stops need, which pushed Urdu at 1366 × 689 into a scroll bar): that room goes to the
        # window's own
        hint = super().minimumSizeHint()
        if self.tabBar().isHidden() and self.count():
            pages = [self.widget(at) for at in range(self.count())]
            least = [max(page.minimumSizeHint().height(), page.minimumHeight()) for page in pages]
            shown = least[self.currentIndex()] if self.currentIndex() >= 0 else max(least)
            hint.setHeight(hint.height() - self.tabBar().sizeHint().height() - max(least) + shown)
        return hint

    def selected_price(self):
        price = self.session.price
        return price.route(self.session.selected) if price is not None else None

    def refresh(self) -> None:  # overridden
        pass


class DetailTabs(_FollowingTabs):
    """The route's legs and stops (the breakdown table), and its price lines with what they include."""

    def __init__(self, breakdown: QWidget, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        from .main_window import MainWindow

        self.lines = PriceLinesModel(self)
        self.lines_view = MainWindow._table(self.lines)
        self.block = BlockLine(self)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.block)
        self.addTab(breakdown, tr("Legs and stops"))
        self.addTab(page, tr("Price lines"))
        breakdown.setAccessibleName(tr("Legs and stops"))  # the tables as their tabs: a screen reader said "table"
        self.lines_view.setAccessibleName(tr("Price lines"))
        self.setTabEnabled(1, False)
        self.show_tabs(False)
        # the route's warnings above take the lines they need first; the table gets the rest, down to its least
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(self.minimumSizeHint().height())

    def refresh(self) -> None:
        from ..core.price_report import included_for

        route = self.selected_price()
        self.lines.set_route(route)
        fit_price_columns(self.lines_view, self.lines)
        price, result = self.session.price, self.session.result
        items = (included_for(price, result, self.session.selected, self.session.tables)
                 if price is not None and route is not None and route.seller_price is not None else [])
        self.block.set_items(items, say(route.reason) if route is not None and route.reason else "")


class ChartTabsBelow(_FollowingTabs):
    """The cost and time along the route, and the waterfall of its price."""

    def __init__(self, distance_chart: QWidget, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        from .waterfall import WaterfallChart

        self.waterfall = WaterfallChart(self)
        self.addTab(distance_chart, tr("Along the route"))
        self.addTab(self.waterfall, tr("Price"))
        self.waterfall.plot.setAccessibleName(tr("Price"))  # a Tab stop a screen reader said nothing of
        self.setTabEnabled(1, False)
        self.show_tabs(False)

    def refresh(self) -> None:
        self.waterfall.set_route(self.selected_price())


def fit_price_columns(view, model) -> None:
    """The line takes what room the figures leave."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = QFontMetrics(view.font())
    for column, key in enumerate(model.COLUMNS):
        if key == "line":
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max([metrics.horizontalAdvance(title) + metrics.averageCharWidth() * 2]
                     + [metrics.horizontalAdvance(model.cell_text(row, key)) for row in range(model.rowCount())])
        view.setColumnWidth(column, widest + 18)
