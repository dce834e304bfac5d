"""The routes table as a view: every figure column exactly as wide as its widest text, the route names taking
what is left (shortened at the end, but the place that tells two routes of a corridor apart stays visible).
Costs switch to a compact form (6.92 M KZT) only when the full figures would not leave the names room."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView, QWidget

from .models import SHORT_TELLING_ROLE, RoutesModel

PADDING = 18  # cell margins and the sort arrow's room
ROUTE_NAMES_AT_LEAST = 250  # px the route column keeps before costs go compact
# px below which a name says little ("Иран… · ж/д Т…"): with an arrival date, a what-if and a price in Russian at
# 1366 px, compact costs still left the names 69 px. A landed cost with no figure in any row gives way first (the
# cards and the price panel say why), then the figure per container (the cards say it), then, beside the price
# per tonne that holds it, the freight
ROUTE_NAMES_LEAST = 150
ROW_ROOM = 6  # px above and below a row's line, together
GIVE_WAY = ("landed", "per_unit", "cost")


class RoutesView(QTableView):
    def __init__(self, model: RoutesModel, proxy, parent: QWidget | None = None):
        super().__init__(parent)
        self.routes = model
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table (the arrows choose the route), not cell by cell
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(RoutesModel.COLUMNS.index("route"), RouteNameDelegate(self))
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        # the columns are as wide as fit_columns makes them: Qt's own least width, from the height of the font,
        # was 90 px in Urdu's, and the last column, the status, ran off the table's left edge at 911 px
        header.setMinimumSectionSize(QFontMetrics(self.font()).horizontalAdvance("00") + 6)
        for column in range(len(RoutesModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if RoutesModel.COLUMNS[column] == "route" else QHeaderView.ResizeMode.Fixed)
        self._widths: dict[int, int] = {}
        model.modelReset.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)
        model.headerDataChanged.connect(self.fit_columns)

    def needed_widths(self) -> dict[int, int]:
        """Pixels each fixed column needs to show its header and every cell whole."""
        model = self.routes
        plain = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header = QFontMetrics(self.horizontalHeader().font())
        widths = {}
        for column, key in enumerate(model.COLUMNS):
            if key == "route" or self.isColumnHidden(column):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            texts = [model.display(row, key) for row in range(model.rowCount())]
            metrics = bold if key == "number" else plain
            # a digit's room beside the heading: the font's average letter was 72 px wide in Urdu's, and every short
            # column stood 90 px wide, the route names squeezed to a place or two
            widths[column] = max([header.horizontalAdvance(title) + bold.horizontalAdvance("0")]
                                 + [metrics.horizontalAdvance(t) for t in texts]) + PADDING
        return widths

    def fit_rows(self) -> None:
        """Rows as tall as a line of their text and a little room: the style's 30 px left seven rows at 1366 × 768,
        so that a recommended route 8 scrolled route 1 off the top."""
        height = self.fontMetrics().lineSpacing() + ROW_ROOM
        if self.verticalHeader().defaultSectionSize() != height:
            self.verticalHeader().setMinimumSectionSize(min(height, self.verticalHeader().minimumSectionSize()))
            self.verticalHeader().setDefaultSectionSize(height)

    def show_row(self, row: int) -> None:
        """Bring a row chosen elsewhere (a new quote's recommended route, a point on the chart) into view with the
        top of the table, route 1, where both fit; else the row at the table's foot, the routes before it above.
        Once the table has laid out the quote's rows: a quote with fewer routes before it left them unmeasured, and
        route 8 of the new one looked as if it fitted with route 1."""
        QTimer.singleShot(0, self, lambda: self._show_row_now(row))

    def _show_row_now(self, row: int) -> None:
        if self.currentIndex().isValid():
            row = self.currentIndex().row()  # the route chosen since, if another quote came in between
        if not 0 <= row < self.model().rowCount():
            return
        self.updateGeometries()  # the scroll bar's range too: it still had the room of the last quote's rows
        index = self.model().index(row, 0)
        top, bottom = self.rowViewportPosition(row), self.rowViewportPosition(row) + self.rowHeight(row)
        if top >= 0 and bottom <= self.viewport().height():
            return  # in view already: the table does not move under the pointer
        if sum(self.rowHeight(r) for r in range(row + 1)) <= self.viewport().height():
            self.scrollToTop()
        else:
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def fit_columns(self, *_args) -> None:
        self.fit_rows()
        model = self.routes
        for key in model.PRICE_COLUMNS:  # prices only once commercial terms are set
            self.setColumnHidden(model.COLUMNS.index(key), model.prices is None)
        # then the price per tonne says more than the freight's: its column gives the route names room
        self.setColumnHidden(model.COLUMNS.index("per_unit"), model.prices is not None)
        self.setColumnHidden(model.COLUMNS.index("cost"), False)
        decision = model.decision  # the odds with an arrival date asked, the change under a what-if
        self.setColumnHidden(model.COLUMNS.index("on_time"), decision is None or decision.goals.arrive_by is None)
        self.setColumnHidden(model.COLUMNS.index("delta"), decision is None or not decision.scenario.active)
        for compact in (False, True):
            model.compact_cost = compact
            widths = self.needed_widths()
            if sum(widths.values()) + ROUTE_NAMES_AT_LEAST <= self.viewport().width() or compact:
                break
        for key in GIVE_WAY:
            column = model.COLUMNS.index(key)
            if sum(widths.values()) + ROUTE_NAMES_LEAST <= self.viewport().width():
                break
            if column in widths and (key != "cost" or model.prices is not None) and \
                    (key != "landed" or all(model.display(row, key) == "—" for row in range(model.rowCount()))):
                self.setColumnHidden(column, True)
                del widths[column]
        if widths != self._widths:
            self._widths = widths
            for column, width in widths.items():
                self.setColumnWidth(column, width)
        if compact != getattr(self, "_compact", None):
            self._compact = compact
            self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()
        current = self.currentIndex()
        if current.isValid() and event.size().height() < event.oldSize().height():
            # a line added above the table once the routes are shown (what the search limits keep out) made it
            # shorter, and the recommended route 8 went off its foot (Urdu at 1366 × 768)
            self.show_row(current.row())

    def figures_fit(self) -> bool:
        """Every figure cell shows its whole text inside the visible part of the table (for the tests and the
        self-test)."""
        model = self.routes
        metrics = QFontMetrics(self.font())
        right = self.viewport().width()
        for column, key in enumerate(model.COLUMNS):
            if key not in model.FIGURES or self.isColumnHidden(column):
                continue
            x = self.columnViewportPosition(column)
            width = self.columnWidth(column)
            if x < 0 or x + width > right:
                return False
            for row in range(model.rowCount()):
                if metrics.horizontalAdvance(model.display(row, key)) > width - 6:
                    return False
        return True


_BRACKETED_STOPS = re.compile(r"\(([^()–]+)–[^()]*\)")


def first_stop_only(corridor: str) -> str:
    """'China (Irkeshtam–Kashgar–KKH)' → 'China (Irkeshtam…)'; a name without a bracketed list stays as it is."""
    return _BRACKETED_STOPS.sub(lambda found: f"({found.group(1)}…)", corridor)


# between a corridor and what tells a route apart, and between the parts of that ("stops · rail Shymkent")
ROUTE_SEPARATOR = " · "


def join_route_name(corridor: str, telling: str) -> str:
    return f"{corridor}{ROUTE_SEPARATOR}{telling}" if telling else corridor


class RouteNameDelegate(QStyledItemDelegate):
    """Route names shortened at the end, except that "· via Sost", which tells two routes of one corridor apart,
    always stays whole: the corridor's name gives way first."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        text = option.text
        room = option.rect.width() - 12
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(text) <= room:
            return
        # before a word of the corridor's own goes, its bracketed stops shrink to the first, which still tells
        # China (Irkeshtam…) from China (Khorgos…)
        corridor, _, telling = text.partition(ROUTE_SEPARATOR)
        corridor = first_stop_only(corridor)
        tail = ROUTE_SEPARATOR + telling if telling else ""
        if metrics.horizontalAdvance(corridor + tail) <= room or not tail:
            option.text = metrics.elidedText(corridor + tail, Qt.TextElideMode.ElideRight, room)
            return
        # what tells the route apart loses its joining words ("by road from Urumqi" → "road Urumqi")
        option.text = fit_route_name(corridor, index.data(SHORT_TELLING_ROLE) or telling, room, metrics)


def fit_route_name(corridor: str, telling: str, room: int, metrics) -> str:
    """A route's name in ``room`` pixels (the table's cells, the best-route cards). The corridor keeps its shortened
    name whole when it takes at most half the room (its first words and first stop say which it is), the rest
    goes to what tells the route apart. Where that is stops and a mode ("Zhibek Zholy / Gisht Kuprik · rail
    Shymkent") and does not fit, the stops shrink, then go, before the mode does: two routes through the same
    stops differ only in it (the stops stay in the tooltip); only then does the corridor yield, to a third of the
    room and, in a column too narrow even for that, to its first word (the mode is cut instead), and in the
    narrowest, entirely."""
    width = metrics.horizontalAdvance
    tail = ROUTE_SEPARATOR + telling
    floor = min(width(corridor), room // 2)
    if ROUTE_SEPARATOR in telling and width(tail) > room - floor:
        stops, _, mode = telling.rpartition(ROUTE_SEPARATOR)
        for share, letters in ((2, 4), (2, 0), (3, 2), (3, 0), (0, 0)):
            floor = min(width(corridor), room // share) if share else 0
            space = room - floor - width(ROUTE_SEPARATOR * 2 + mode)
            if letters and space >= width(stops[:letters] + "…"):
                tail = ROUTE_SEPARATOR + metrics.elidedText(stops, Qt.TextElideMode.ElideRight, space) + \
                    ROUTE_SEPARATOR + mode
                break
            if not letters and width(ROUTE_SEPARATOR + mode) < room - floor:
                tail = ROUTE_SEPARATOR + mode
                break
        else:  # not even the mode fits whole: it is what is shortened, never the stops
            floor, tail = 0, ROUTE_SEPARATOR + mode
    # a pixel to spare: widths measured apart round differently from the text drawn whole
    shown = metrics.elidedText(corridor, Qt.TextElideMode.ElideRight, max(floor, room - width(tail) - 1))
    head = _first_word(corridor)
    if shown.startswith(head.rstrip("…")):
        if width(shown + tail) <= room:
            return shown + tail
        return shown + metrics.elidedText(tail, Qt.TextElideMode.ElideRight, room - width(shown))
    # the corridor would keep less than its first word ("И… · rail Taftan / Mirjaveh"), or nothing, leaving
    # " · rail Taftan / Mirja…" on a card: it keeps that word, and what tells the route apart only its mode, cut at
    # its end with its first word whole; in a column too narrow for that, the mode alone
    mode = tail.rpartition(ROUTE_SEPARATOR)[2]
    rest = room - width(head + ROUTE_SEPARATOR) - 1
    if width(mode.split(" ", 1)[0] + "…") <= rest:
        return head + ROUTE_SEPARATOR + metrics.elidedText(mode, Qt.TextElideMode.ElideRight, rest)
    return metrics.elidedText(mode, Qt.TextElideMode.ElideRight, room)


def _first_word(corridor: str) -> str:
    """'★ China (Irkeshtam…)' → '★ China…'; a name of one word stays whole."""
    found = re.match(r"(★ )?[^\s(]+", corridor)
    word = found.group(0).rstrip(":,;") if found else corridor
    return corridor if word == corridor else word + "…"


# px the step and what happens there keep each before they stop stretching and shorten instead
STEP_LEAST = 90


def fit_breakdown_columns(view: QTableView, model) -> None:
    """The selected route's lines: figures (km, days, charges, cost) as wide as their widest text, sources kept
    short (the full list is in the cell's tooltip), and the step and what happens there taking the rest. Where
    the figures leave them less than STEP_LEAST each, those two share what is left, shortened (their tooltips say
    them whole): stretching, they kept 86 px each beside the route's column at 911 px, and the cost ran off the
    table's edge behind a scroll bar ("≈ 4,531 U"). Fitted again as the table is resized."""
    header = view.horizontalHeader()
    metrics = QFontMetrics(view.font())
    head = QFontMetrics(header.font())
    header.setMinimumSectionSize(metrics.horizontalAdvance("00") + 6)  # Qt's own: 90 px from Urdu's tall font
    header.setStretchLastSection(False)  # the step and what happens there take the rest, not the cost
    fixed = 0
    for column, key in enumerate(model.COLUMNS):
        if key in ("step", "what"):
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # a digit's room beside the heading (the font's average letter: 72 px in Urdu's)
        widest = max([head.horizontalAdvance(title) + head.horizontalAdvance("0")]
                     + [metrics.horizontalAdvance(model.cell_text(row, key)) for row in range(model.rowCount())])
        size = min(widest + PADDING, 150 if key == "sources" else 10_000)
        view.setColumnWidth(column, size)
        fixed += 0 if view.isColumnHidden(column) else size
    left = view.viewport().width() - fixed
    steps = [column for column, key in enumerate(model.COLUMNS) if key in ("step", "what")]
    narrow = left < STEP_LEAST * len(steps)
    for column in steps:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed if narrow else
                                    QHeaderView.ResizeMode.Stretch)
        if narrow:
            view.setColumnWidth(column, max(header.minimumSectionSize(), left // len(steps)))
    if not view.property("refitted"):
        view.setProperty("refitted", True)
        view.viewport().installEventFilter(_Refit(view))


class _Refit(QObject):
    """Fits a breakdown table's columns again when its viewport is resized (a divider moved, the window's layout,
    a scroll bar come or gone)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        view = self.parent()
        if event.type() == QEvent.Type.Resize and view.model() is not None and \
                event.size().width() != event.oldSize().width():
            fit_breakdown_columns(view, view.model())
        return False
