"""The main window: cargo form, every route in a table and on the cost–time chart, and the chosen route's detail."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QMainWindow, QSizePolicy,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from .. import APP_NAME, __version__
from typing import TYPE_CHECKING

from ..core import formatting as fmt
from .colours import theme
from .document_actions import DocumentActions
from .form import CargoForm
from .i18n import local_date as _local_date
from .i18n import local_dates as _local_dates
from .highlights import HighlightsBar
from .background import painting
from .breakdown_model import BreakdownModel
from .models import RoutesModel, RoutesSortProxy
from .quote_summary import LIMITS_AFTER_MS, QuoteSummary
from .route_detail import RouteDetail
from .routes_view import RoutesView
from .session import QuoteSession
from .table_actions import TableActions
from .widgets import ElidedLabel, LinesAbove

if TYPE_CHECKING:  # loaded with the tables, after the first paint
    from ..core.model import Tables
    from ..core.quote import QuoteResult


class MainWindow(QuoteSummary, RouteDetail, DocumentActions, TableActions, QMainWindow):
    """Built in two steps so the window paints at once: the frame and form first, then (``finish``) the tables
    and the charts, whose imports are the slow part of starting."""

    languageChosen = Signal(str)  # the application rebuilds the window in that language

    def __init__(self, session: QuoteSession | None = None):
        super().__init__()
        self.session = session or QuoteSession(self)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))  # read from a metre away at a booth
        self.setFont(font)
        from .window_state import remembered_request

        from .dialogs import stale_after_days

        self.session.request = replace(remembered_request(self.session.request),
                                       stale_after_days=stale_after_days())
        from .window_state import remembered_terms

        self.session.terms = remembered_terms()
        from .window_state import remembered_goals

        self.session.goals = remembered_goals()
        self.form = CargoForm(self.session, self)
        self.highlights = HighlightsBar(self)
        self.highlights.routeChosen.connect(self.session.select_route)
        # two lines of fixed height: what the whole quote warns of (old rates, back-dated), then the routes open,
        # the date and the exchange rates; the full text is in the tooltip
        self.summary_lines = LinesAbove(self)
        self.summary = self.summary_lines.label
        self.summary_lines.setAccessibleName(self.tr("The quote's warnings, routes open and exchange rates"))
        self.routes_model = RoutesModel(self)
        self.routes_proxy = RoutesSortProxy(self)
        self.routes_proxy.setSourceModel(self.routes_model)
        self.routes_view = RoutesView(self.routes_model, self.routes_proxy, self)
        self.routes_view.setAccessibleName(self.tr("Routes"))  # a screen reader said "table" and nothing more
        self.routes_view.setSortingEnabled(True)
        self.routes_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the core's order: available, cheapest
        from .widgets import TitleLine

        self.detail_title = TitleLine(self)  # on one line where the window is short (gui/qt/lower_part.py)
        bold = QFont(self.font())
        bold.setBold(True)
        self.detail_title.setFont(bold)
        from .widgets import NotesArea

        self.detail_notes = NotesArea(self)
        self.detail_notes.setAccessibleName(self.tr("Warnings on the selected route"))  # its lines: the description
        self._paint_notes()
        self.breakdown_model = BreakdownModel(self)
        self.breakdown_view = self._table(self.breakdown_model)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(self._update_detail)
        self._fitted_detail: tuple[str, ...] = ()
        self.cost_time_chart: QWidget | None = None
        self.distance_chart: QWidget | None = None
        self._chart_slot = QWidget(self)
        self._distance_slot = QWidget(self)
        for slot in (self._chart_slot, self._distance_slot):
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.routes_view)
        top.addWidget(self._chart_slot)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        top.setSizes([880, 480])  # the routes first: a corridor and the place that tells its routes apart
        from .widgets import WrappingColumn

        detail = WrappingColumn(self)  # the route's title may wrap: the legs and stops stay whole below it
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_notes)
        from .price_view import DetailTabs

        self.detail_tabs = DetailTabs(self.breakdown_view, self.session, detail)  # legs and stops | price lines
        detail_layout.addWidget(self.detail_tabs, 1)  # the room the title and the warnings leave
        for label in (self.detail_title, self.detail_notes):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(detail)
        bottom.addWidget(self._distance_slot)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([780, 580])
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(top)
        middle.addWidget(bottom)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        middle.setSizes([330, 300])  # the routes a little ahead of the route's detail, at any height
        from .lower_part import LowerPart

        self._middle = middle  # the splitter of the lower part shown: this one, or on a short screen lower_part.side
        self.lower_part = LowerPart(self, top, bottom, middle)
        self._splitters = {"routes": top, "detail": bottom, "middle": middle, "side": self.lower_part.side,
                           "column": self.lower_part.column}
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.form)
        layout.addWidget(self.highlights)
        layout.addWidget(self.summary_lines)
        layout.addWidget(middle, 1)
        from .window_state import restore_window, scrolling

        self.setCentralWidget(scrolling(central, self))
        restore_window(self, self._splitters)
        self._placed = False  # within the screen's free area, once shown (window_state.keep_on_screen)
        self.history_path: Path | None = None  # where saved quotes live; the user's data folder unless set
        self._saved: tuple | None = None  # (the quote result, its numbered document) once saved
        from .window_menus import add_menus

        add_menus(self)  # File, Language, View and Help
        self._load = None  # the background load under way, if any
        # which tables are in use (hidden while a passing message shows), and how old the figures behind the
        # selected route are (always shown)
        # ends in "…" where the oldest figure on the right leaves it short of room (Russian at 150 %), rather than
        # being cut off against it
        self.tables_info = ElidedLabel(self)
        self.statusBar().addWidget(self.tables_info, 1)
        # hidden while a passing message shows, one shown before the window too (Qt hides only a widget then
        # visible: at start-up the tables' notes were painted over the tables' line)
        self.statusBar().messageChanged.connect(lambda message: self.tables_info.setHidden(bool(message)))
        self.figure_age = QLabel(self)
        self.figure_age.setObjectName("figureAge")
        from .busy_sign import BusySign

        self.busy = BusySign(self)  # a quote worked out on a thread of its own
        self.working = self.busy.bar
        self.statusBar().addPermanentWidget(self.working)
        self.statusBar().addPermanentWidget(self.figure_age)
        # a passing message hides the tables' line until it ends (the line must be there before the first one)
        self.statusBar().showMessage(self.tr("Loading tables…"))

        # model → view
        self.session.quoteChanged.connect(self._on_quote_change)
        self.session.selectionChanged.connect(self._on_selection_change)
        self.session.tablesChanged.connect(self._on_tables_change)
        self.session.priceChanged.connect(self._on_price_change)
        self.session.decisionChanged.connect(self._on_decision_change)
        self.session.busyChanged.connect(self.busy.show)
        self.session.departureMoved.connect(self._on_departure_moved)
        self.session.limitsFound.connect(self._on_limits_found)
        # view → model
        self.routes_view.selectionModel().currentRowChanged.connect(self.change_selection_from_table)
        # a click or Enter on the row already current changes no row, but is the user's choice of that route
        self.routes_view.clicked.connect(self.change_selection_from_table)
        self.routes_view.activated.connect(self.change_selection_from_table)

    def _on_departure_moved(self, before, today) -> None:
        """A new day moved the departure under the user's eyes (the window left open overnight): said for a
        minute, in the status bar the figures' age stands beside."""
        self.statusBar().showMessage(self.tr("A new day: the departure moved from {before} to {today}").format(
            before=_local_date(before), today=_local_date(today)), 60_000)

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)  # Tab leaves the table, the arrows move in it
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # a heading wider than its column ends in "…": it was cut at both ends ("анспорт или операц", Russian at
        # 1920 × 1080 and 150 %), which reads as another word
        view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # the header and two rows at least, so that the window shrinks to a screen of 640 px (window_state)
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * 3 + 12)
        return view

    def finish(self, tables: Tables | None, problem: str = "") -> None:
        """Second step of starting: charts, then the tables (which quote the default request)."""
        from .distance_chart import DistanceChart
        from .cost_time_chart import CostTimeChart

        self.cost_time_chart = CostTimeChart(self._chart_slot)
        # the route map: a tab beside the chart, built when first shown (gui/qt/map_tab.py)
        from .map_tab import ChartTabs

        self.chart_tabs = ChartTabs(self.cost_time_chart, self.session, self._chart_slot)
        self._chart_slot.layout().addWidget(self.chart_tabs)
        self.distance_chart = DistanceChart(self._distance_slot)
        from .price_view import ChartTabsBelow

        self.below_tabs = ChartTabsBelow(self.distance_chart, self.session, self._distance_slot)  # | waterfall
        self._distance_slot.layout().addWidget(self.below_tabs)
        self.lower_part.add_chart_tab()  # the chart along the route beside the others, where the screen is short
        self._fit_lower()  # the charts' least heights now count
        self.cost_time_chart.routeClicked.connect(self.session.select_route)
        self.form.decide.economicChanged.connect(
            lambda economic: self.cost_time_chart.set_decision(self.session.decision, economic))
        if tables is None:
            self.statusBar().showMessage(self.tr("The tables could not be loaded: {problem}").format(problem=problem))
            return
        self.session.load_tables(tables)
        self.say_table_notes(tables)

    def report_language_problem(self, code: str, problem: str, *, ask: bool = False) -> None:
        """Say why a language's translation is missing (the interface stays in English): in a dialog when the
        user just chose it, in the status bar at start-up."""
        from .i18n import LANGUAGES

        text = self.tr("{language} could not be loaded, so the interface stays in English: {problem}").format(
            language=LANGUAGES.get(code, code), problem=problem)
        if ask:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Language not available"), text)
        else:
            self.statusBar().showMessage(text, 30000)

    def edit_exchange_rates(self) -> None:
        from .dialogs import ExchangeRatesDialog

        engine = self.session.engine
        if engine is None:
            return
        day = self.session.request.departure
        table_rates = [engine.fx.rate(code, day) for code in engine.fx.currencies if code != "USD"]
        chosen = ExchangeRatesDialog.ask(table_rates, dict(self.session.request.fx_overrides), self)
        if chosen is not None:
            self.session.change_request(fx_overrides=tuple(sorted(chosen.items())))

    # ------------------------------------------------------------------ view → model

    def change_selection_from_table(self, current: QModelIndex, previous: QModelIndex = QModelIndex()) -> None:
        if current.isValid():
            self.session.select_route(self.routes_proxy.mapToSource(current).row())

    # ------------------------------------------------------------------ model → view

    def _on_tables_change(self, tables: Tables) -> None:
        from .i18n import LOCAL_TEXTS, current_language

        LOCAL_TEXTS.clear()
        LOCAL_TEXTS.update(tables.local_texts(current_language()))
        # a hash is an isolate too: in Urdu "0b4c6078 · tariffs.xlsx" ran on as one left-to-right stretch, the
        # corridors' hash shown beside the tariffs' file
        values = dict(corridors=fmt.isolate(Path(tables.corridors_file.path).name), places=len(tables.places),
                      legs=len(tables.legs), corridors_hash=fmt.isolate(tables.corridors_file.sha256[:8]),
                      tariffs=fmt.isolate(Path(tables.tariffs_file.path).name), rates=len(tables.leg_rates),
                      tariffs_hash=fmt.isolate(tables.tariffs_file.sha256[:8]), fx_date=_local_dates(*tables.fx_dates))
        if not self.busy.on or self.statusBar().currentMessage() != self.busy.said:  # a quote worked out says so
            self.statusBar().clearMessage()
        self.tables_info.set_full_text(
            self.tr("{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · exchange rates as of {fx_date} · "
                    "offline").format(**values),
            self.tr("Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} "
                    "rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline").format(**values))

    def _on_quote_change(self, result: QuoteResult | None) -> None:
        with QSignalBlocker(self.routes_view.selectionModel()):
            self.routes_model.set_result(result)
        if not self.session.replacing:  # else drawn once with the quote's decision and price, which follow
            if self.cost_time_chart is not None:
                self.cost_time_chart.set_result(result)
            self._show_summary(result)
        if result is not None and not result.limits_known:
            # what the search limits keep out takes a second walk (tens of ms, seconds on thousands of legs, on a
            # thread of its own): said once the routes are on the screen, and not at all for a quote replaced
            # before then (typing, a what-if being built)
            QTimer.singleShot(LIMITS_AFTER_MS, self, lambda: self._show_limits(result))  # gone with the window

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        """Tab and Shift+Tab walk the tables and charts in reading order (gui/qt/reading_order.py)."""
        from .reading_order import step

        return step(self, forward) or super().focusNextPrevChild(forward)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_summary()  # the lower part's layout first (_fit_lower), then the lines above it

    def _fit_lower(self) -> None:
        """The routes, the charts and the route's detail laid out for the height the window leaves them
        (gui/qt/lower_part.py)."""
        area = self.centralWidget()
        layout = self._middle.parentWidget().layout() if self._middle.parentWidget() is not None else None
        if area is None or layout is None:
            return
        margins = layout.contentsMargins()
        taken = (margins.top() + margins.bottom() + 3 * layout.spacing() + self.form.minimumSizeHint().height()
                 + (self.highlights.height() if not self.highlights.isHidden() else 0)
                 + self.summary_lines.least())
        self.lower_part.fit(area.height() - taken)
        # the best routes' figures on a second line of their own where the cards are too narrow for them on one
        # and the window has the height for it (English and Russian at 911 × 462; Urdu, taller, has not)
        cards = self.highlights
        spare = area.height() - taken - self._middle.minimumSizeHint().height()
        line = cards.cards[0].fontMetrics().height()
        if cards.cards[0].figure_lines == 1 and cards.figures_cut() and spare >= line:
            cards.set_figure_lines(2)
        elif cards.cards[0].figure_lines == 2 and (spare < 0 or not cards.figures_cut()):
            cards.set_figure_lines(1)

    def _on_price_change(self, price) -> None:
        """Prices under the commercial terms: the table's price columns and the best routes follow."""
        self.routes_model.set_prices(price)
        self._show_summary(self.session.result)  # the best routes, and what the terms warn of above the table

    def _on_decision_change(self, decision) -> None:
        """The odds, the goals and the what-if: the table's columns, muted rows, the chart's band, the best routes
        and the lines above the table follow."""
        with QSignalBlocker(self.routes_view.selectionModel()):
            self.routes_model.set_decision(decision)
        if self.cost_time_chart is not None:
            economic = self.form.decide.economic.isChecked()
            if self.session.replacing:  # a new quote: its routes and decision drawn at once
                self.cost_time_chart.set_result(self.session.result, decision, economic)
            else:
                self.cost_time_chart.set_decision(decision, economic)
        if not self.session.replacing:  # a new quote's best routes are shown with its price, told next
            self._show_summary(self.session.result)
        self._detail_timer.start()

    def valid_until(self) -> dt.date:
        """How long a quote made now holds (the letterhead's validity), never past the departure it is priced for,
        as its documents say (report.offer_valid_until); a back-dated quote keeps its own validity."""
        from .dialogs import validity_days

        today = dt.date.today()
        valid = today + dt.timedelta(days=validity_days())
        departure = getattr(self.session.request, "departure", None)
        return departure if isinstance(departure, dt.date) and today <= departure < valid else valid

    def event(self, event) -> bool:
        """The widgets of the window painted on an update request (Qt paints all those marked for it in one go: a
        change, a resize; not the first paint after the window is shown again) with the work of a quote's thread on
        hold (background.painting)."""
        if event.type() == QEvent.Type.UpdateRequest:
            with painting():
                return super().event(event)
        return super().event(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A desktop switched between light and dark: every colour of the window follows."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_notes()
            self.form.apply_theme()
            self.highlights.apply_theme()
            for chart in (self.cost_time_chart, self.distance_chart):
                if chart is not None:
                    chart.apply_theme()
            self._on_quote_change(self.session.result)
            self._on_decision_change(self.session.decision)
            self.routes_view.viewport().update()
            self.breakdown_view.viewport().update()

    def _paint_notes(self) -> None:
        self.detail_notes.setStyleSheet(f"color: {theme().css('caution')};")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._placed:  # the frame is known once the window is on the screen
            from .window_state import keep_on_screen

            self._placed = True
            QTimer.singleShot(0, lambda: keep_on_screen(self))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Remember the size, the dividers and the request for the next start."""
        from .window_state import remember_request, save_window

        save_window(self, self._splitters)
        remember_request(self.session.request)
        from .window_state import remember_terms

        remember_terms(self.session.terms)
        from .window_state import remember_goals

        remember_goals(self.session.goals)
        self.busy.show(False)  # a quote still worked out is left to end unseen; the cursor is the desktop's again
        super().closeEvent(event)
