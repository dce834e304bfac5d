"""The cost–time chart and the route map as two tabs; the map is built when first shown and the tab last chosen
is opened again at the next start."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QToolButton, QVBoxLayout, QWidget

from .table_files import settings
from .widgets import fit_to_screen

SETTING = "view/chart_tab"


class ChartTabs(QTabWidget):
    """Listens to the session like the other views: the map follows the quote and the selection, and a click on
    it selects through the session, so the table and the chart follow."""

    def __init__(self, chart: QWidget, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.route_map = None  # RouteMapPanel, once shown
        self._map_slot = QWidget(self)
        QVBoxLayout(self._map_slot).setContentsMargins(0, 0, 0, 0)
        self.addTab(chart, self.tr("Cost and time"))
        chart.plot.setAccessibleName(self.tr("Cost and time"))  # a Tab stop a screen reader said nothing of
        self.addTab(self._map_slot, self.tr("Map"))
        self.setTabToolTip(1, self.tr("Every route of the quote on the map, with closures on the cargo's dates"))
        self.window_map = None  # RouteMapPanel in a window of its own, once opened
        enlarge = QToolButton(self)
        enlarge.setText("⤢")
        enlarge.setAutoRaise(True)
        enlarge.setToolTip(self.tr("Open the map in a window of its own, as large as the screen allows"))
        enlarge.setAccessibleName(enlarge.toolTip())  # a screen reader read the sign: "⤢", or nothing
        enlarge.clicked.connect(self.open_map_window)
        # the chart's legend sits beside the tabs where their row has room for it (Urdu's short legend at 1280 ×
        # 640: the line it took under them was what made the window scroll), else on a line of its own above the
        # plot; the map shows its own legend
        self.chart = chart
        corner = QWidget(self)
        self._corner = QHBoxLayout(corner)
        self._corner.setContentsMargins(4, 0, 0, 0)
        self._corner.setSpacing(2)
        self._corner.addWidget(enlarge)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self._stale = True
        session.quoteChanged.connect(self._on_quote_change)
        session.selectionChanged.connect(self._on_selection_change)
        self.currentChanged.connect(self._on_tab_change)
        if str(settings().value(SETTING, "chart")) == "map":
            self.setCurrentIndex(1)
        self.place_legend()

    def legend_beside_tabs(self) -> bool:
        return self.chart.legend.parentWidget() is self.cornerWidget()

    def place_legend(self) -> None:
        """The chart's legend beside the tabs while the chart is shown and its line fits there whole, else above
        the plot, where it may wrap."""
        legend = self.chart.legend
        document = QTextDocument()
        document.setDefaultFont(legend.font())
        document.setDocumentMargin(0)
        document.setHtml(self.chart.whole_legend())  # beside the tabs it is never shortened
        margins = self._corner.contentsMargins()
        enlarge = self._corner.itemAt(self._corner.count() - 1).widget()
        room = self._width_unscrolled() - self.tabBar().sizeHint().width() - enlarge.sizeHint().width() \
            - margins.left() - self._corner.spacing() - 2
        beside = self.currentIndex() == 0 and bool(legend.text()) and document.idealWidth() + 2 <= room
        if beside == self.legend_beside_tabs():
            return
        visible = not legend.isHidden()
        if beside:
            legend.setWordWrap(False)
            self._corner.insertWidget(0, legend)
        else:
            legend.setWordWrap(True)
            self.chart.layout().insertWidget(0, legend)
        legend.setVisible(visible)
        self.chart.fit_legend()  # whole beside the tabs; above the plot, shorter where the whole would wrap
        self.chart.updateGeometry()
        self.cornerWidget().adjustSize()
        self.tabBar().updateGeometry()
        self.updateGeometry()

    def _width_unscrolled(self) -> int:
        """The tabs' width with no scroll bar beside the window's content. The legend above the plot can be what
        makes the window scroll, and the bar then takes its share of the width (5 px of the tabs' row in Urdu at
        1280 × 640) that the legend needs beside the tabs: once above, it stayed there, and the window scrolled by
        its line (in the second window of a run, whose first layout had put it above a moment)."""
        from PySide6.QtWidgets import QScrollArea

        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None or not area.verticalScrollBar().isVisible() or area.viewport().width() <= 0:
            return self.width()
        bar = area.verticalScrollBar().width()
        return int(self.width() * (area.viewport().width() + bar) / area.viewport().width())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.place_legend()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.place_legend()

    def show_map(self) -> None:
        """The map tab, with the keyboard on the map (View → Map of the routes, Ctrl+M)."""
        self.setCurrentIndex(1)
        if self.route_map is not None:
            self.route_map.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_map_window(self) -> None:
        """The same map in its own resizable window, following the quote and the selection like the tab."""
        from .route_map import RouteMapPanel

        if self.window_map is None:
            # a window of the main window's: it never keeps the program running once the main window is closed
            self.window_map = RouteMapPanel(self.window())
            self.window_map.setWindowFlag(Qt.WindowType.Window)
            self.window_map.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.window_map.setWindowTitle(self.tr("Corridor Quote — map of the routes"))
            fit_to_screen(self.window_map, 1100, 720)
            self.window_map.routeClicked.connect(self.session.select_route)
        self.window_map.set_result(self.session.result, self.session.tables)
        self.window_map.show_selected(self.session.selected)
        self.window_map.show()
        if QGuiApplication.platformName() != "offscreen":  # (which has no stacking of windows to change)
            self.window_map.raise_()
            self.window_map.activateWindow()

    def _on_tab_change(self, index: int) -> None:
        self.place_legend()
        store = settings()
        store.setValue(SETTING, "map" if index == 1 else "chart")
        if index == 1:
            if self.route_map is None:
                from .route_map import RouteMapPanel

                self.route_map = RouteMapPanel(self._map_slot)
                self._map_slot.layout().addWidget(self.route_map)
                self.route_map.show()  # now, not once the events queued are run: Ctrl+M gives it the keyboard
                self.route_map.routeClicked.connect(self.session.select_route)
            if self._stale:
                self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        self.route_map.set_result(self.session.result, self.session.tables)
        self.route_map.show_selected(self.session.selected)

    def _on_quote_change(self, result) -> None:
        if self.window_map is not None and self.window_map.isVisible():
            self.window_map.set_result(result, self.session.tables)
            self.window_map.show_selected(self.session.selected)
        self.place_legend()  # its mark of a route off the scale comes and goes
        self._stale = True  # a hidden map is brought up to date when it is shown
        if self.route_map is not None and self.currentIndex() == 1:
            self._refresh()

    def _on_selection_change(self, index: int) -> None:
        if self.route_map is not None and not self._stale:
            self.route_map.show_selected(index)
        if self.window_map is not None and self.window_map.isVisible():
            self.window_map.show_selected(index)
