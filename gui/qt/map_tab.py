"""The cost–time chart and the route map as two tabs; the map is built when first shown and the tab last chosen
is opened again at the next start."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTabWidget, QToolButton, QVBoxLayout, QWidget

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
        self.addTab(self._map_slot, self.tr("Map"))
        self.setTabToolTip(1, self.tr("Every route of the quote on the map, with closures on the cargo's dates"))
        self.window_map = None  # RouteMapPanel in a window of its own, once opened
        enlarge = QToolButton(self)
        enlarge.setText("⤢")
        enlarge.setAutoRaise(True)
        enlarge.setToolTip(self.tr("Open the map in a window of its own, as large as the screen allows"))
        enlarge.clicked.connect(self.open_map_window)
        self.setCornerWidget(enlarge, Qt.Corner.TopRightCorner)
        self._stale = True
        session.quoteChanged.connect(self._on_quote_change)
        session.selectionChanged.connect(self._on_selection_change)
        self.currentChanged.connect(self._on_tab_change)
        if str(settings().value(SETTING, "chart")) == "map":
            self.setCurrentIndex(1)

    def show_map(self) -> None:
        self.setCurrentIndex(1)

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
        store = settings()
        store.setValue(SETTING, "map" if index == 1 else "chart")
        if index == 1:
            if self.route_map is None:
                from .route_map import RouteMapPanel

                self.route_map = RouteMapPanel(self._map_slot)
                self._map_slot.layout().addWidget(self.route_map)
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
        self._stale = True  # a hidden map is brought up to date when it is shown
        if self.route_map is not None and self.currentIndex() == 1:
            self._refresh()

    def _on_selection_change(self, index: int) -> None:
        if self.route_map is not None and not self._stale:
            self.route_map.show_selected(index)
        if self.window_map is not None and self.window_map.isVisible():
            self.window_map.show_selected(index)
