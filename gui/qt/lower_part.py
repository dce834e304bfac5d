"""The window's lower part, laid out for the screen's height. Where there is room, the routes sit beside the
cost–time chart and the chosen route's detail beside the chart along the route, one pair over the other. On a
short screen (1366 × 768 at 150 % leaves 911 × 462 under the menu) those four at their least heights stood 350 px
tall, and the whole window scrolled by 100 px: there the routes stand over the route's detail in a column, and the
charts take the whole height beside it, the chart along the route as a tab beside the cost–time chart and the map."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QWidget

# px the window must have to spare beyond the stacked layout's least height before it goes back to it: a window
# being resized by a pixel or two around the limit does not move its tables back and forth
HYSTERESIS = 12
# px the stacked layout may lack before the column replaces it: a line's worth it makes up itself (the chart's
# legend goes beside its tabs once they are laid out, Urdu at 1280 × 640), or scrolls by, as it did before
TOLERANCE = 32
# rows of the routes table the column beside the charts shows where the route's detail has room above its least
# height to give: split half and half, the routes fell a pixel short of their second row in Urdu at 911 × 512
ROUTE_ROWS = 3


def least(widget: QWidget) -> int:
    """The least height a layout or splitter gives a widget (its minimum height where it has one, else its hint)."""
    return widget.minimumHeight() or max(0, widget.minimumSizeHint().height())


class LowerPart:
    """Holds the routes table, the chart's slot, the route's detail and the slot of the chart along the route, and
    puts them in the stacked splitters (``middle`` over ``top`` and ``bottom``) or, on a short screen, in ``side``
    (``column`` of the routes over the detail, beside the chart's slot)."""

    def __init__(self, window, top: QSplitter, bottom: QSplitter, middle: QSplitter):
        self.window, self.top, self.bottom, self.middle = window, top, bottom, middle
        self.routes, self.chart_slot = top.widget(0), top.widget(1)
        self.detail, self.distance_slot = bottom.widget(0), bottom.widget(1)
        self.column = QSplitter(Qt.Orientation.Vertical)
        self.column.setChildrenCollapsible(False)
        self.side = QSplitter(Qt.Orientation.Horizontal)
        self.side.setChildrenCollapsible(False)
        self.side.addWidget(self.column)
        self.side.setStretchFactor(0, 5)
        self.side.setStretchFactor(1, 3)
        self.side.hide()
        self.short = False
        self.user_sized = False  # the user moved the line between the routes and the detail: the sizes are theirs
        self.column.splitterMoved.connect(self._moved_by_user)

    def shown(self) -> QSplitter:
        """The splitter in the window's layout now."""
        return self.side if self.short else self.middle

    def stacked_least(self) -> int:
        """The least height of the four panes one pair over the other, wherever they are now."""
        return (max(least(self.routes), least(self.chart_slot)) + self.middle.handleWidth()
                + max(least(self.detail), least(self.distance_slot)))

    def fit(self, room: int) -> None:
        """The stacked layout where ``room`` (px under the best routes and the lines above the table) holds it,
        else the column beside the charts."""
        need = self.stacked_least()
        if not self.short and need > room + TOLERANCE:
            self._to_side()
        elif self.short and need + HYSTERESIS <= room:
            self._to_stacked()
        if self.short:
            self.give_routes_rows()

    def _moved_by_user(self, *_) -> None:
        self.user_sized = True

    def routes_wanted(self) -> int:
        """The routes table's height with its header and ROUTE_ROWS rows (fewer where it has fewer)."""
        view = self.routes
        model = view.model()
        rows = max(1, min(ROUTE_ROWS, model.rowCount() if model is not None else ROUTE_ROWS))
        scroll = view.horizontalScrollBar()
        return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth() + (scroll.sizeHint().height() if scroll.isVisible() else 0))

    def give_routes_rows(self) -> None:
        """In the column, the routes grow towards ROUTE_ROWS rows from what the route's detail has above its least
        height, unless the user has set the sizes."""
        sizes = self.column.sizes()
        if self.user_sized or len(sizes) != 2 or min(sizes) <= 0:
            return
        grow = min(self.routes_wanted() - sizes[0], sizes[1] - least(self.detail))
        if grow > 0:
            self.column.setSizes([sizes[0] + grow, sizes[1] - grow])

    def _to_side(self) -> None:
        width = max(1, self.middle.width())
        self.column.addWidget(self.routes)
        self.column.addWidget(self.detail)
        self.side.addWidget(self.chart_slot)
        tabs = getattr(self.window, "chart_tabs", None)
        if tabs is not None:
            tabs.addTab(self.distance_slot, QCoreApplication.translate("", "Along the route"))
        else:  # before the charts are made the slot is empty: kept aside until they are (add_chart_tab)
            self.distance_slot.setParent(self.side)
            self.distance_slot.hide()
        for widget in (self.routes, self.detail, self.chart_slot):
            widget.show()
        self.short = True
        self._least_detail(short=True)
        self._swap(self.middle, self.side)
        self.column.setSizes([1, 1])
        self._share(width)

    def _share(self, width: int) -> None:
        """The table's columns first, the charts' three tabs whole (Russian's were cut to scroll arrows)."""
        tabs = getattr(self.window, "chart_tabs", None)
        charts = width - width * 5 // 8
        if tabs is not None:
            corner = tabs.cornerWidget()  # the button that opens the map's window (and the legend, where it fits)
            button = min(40, corner.sizeHint().width()) if corner is not None else 0
            charts = min(width // 2, max(charts, tabs.tabBar().sizeHint().width() + 8 + button))
        self.side.setSizes([width - charts, charts])

    def _to_stacked(self) -> None:
        tabs = getattr(self.window, "chart_tabs", None)
        if tabs is not None and tabs.indexOf(self.distance_slot) >= 0:
            tabs.removeTab(tabs.indexOf(self.distance_slot))
        self.top.insertWidget(0, self.routes)
        self.top.insertWidget(1, self.chart_slot)
        self.bottom.insertWidget(0, self.detail)
        self.bottom.insertWidget(1, self.distance_slot)
        for widget in (self.routes, self.detail, self.chart_slot, self.distance_slot):
            widget.show()
        self.short = False
        self._least_detail(short=False)
        self._swap(self.side, self.middle)

    def _least_detail(self, short: bool) -> None:
        """Beside the charts, the route's detail keeps its title on a line, a line of its warnings and a row of its
        legs at least (each scrolls to the rest), so that Urdu, whose lines stand taller, fits too; stacked, two of
        each and the title whole."""
        window = self.window
        # the title on one line ("…", the whole of it a tooltip): the routes above it kept one row and a half in Urdu
        window.detail_title.set_one_line(short)
        window.detail_notes.least_lines = 1 if short else window.detail_notes.LEAST_LINES
        window.detail_notes.updateGeometry()
        view = window.breakdown_view
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * (2 if short else 3) + 12)
        tabs = window.detail_tabs  # its least height is set from its pages' (price_view.DetailTabs)
        tabs.setMinimumHeight(0)
        tabs.setMinimumHeight(tabs.minimumSizeHint().height())
        # the gaps between the form's rows and above the table close up too: Urdu, at 911 × 454 under its taller
        # menu, was 20 px short
        form = window.form.layout()
        margins = form.contentsMargins()
        margins.setTop(1 if short else 4)
        form.setContentsMargins(margins)
        form.setVerticalSpacing(0 if short else 2)
        for bar in (window.form.terms, window.form.decide):
            bar.layout().setContentsMargins(0, 0 if short else 2, 0, 0)
        window.highlights.set_margin(0 if short else 2)
        content = self.middle.parentWidget().layout() if self.middle.parentWidget() is not None else None
        if content is not None:
            content.setContentsMargins(4, 0 if short else 2, 4, 0 if short else 2)
            content.setSpacing(1 if short else 2)

    def add_chart_tab(self) -> None:
        """The charts are made once the tables load: on a short screen the chart along the route joins the tabs."""
        tabs = getattr(self.window, "chart_tabs", None)
        if self.short and tabs is not None and tabs.indexOf(self.distance_slot) < 0:
            tabs.addTab(self.distance_slot, QCoreApplication.translate("", "Along the route"))
            self.distance_slot.show()
            self._share(sum(self.side.sizes()) or self.side.width())

    def _swap(self, old: QSplitter, new: QSplitter) -> None:
        layout = old.parentWidget().layout()
        index = layout.indexOf(old)
        layout.removeWidget(old)
        old.hide()
        layout.insertWidget(index, new, 1)
        new.show()
        self.window._middle = new
