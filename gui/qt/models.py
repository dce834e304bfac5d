"""The table model of a quote's routes, one row per route with its figures, and the proxy that sorts them by
value (a route's own words: route_cells.py; one route line by line: breakdown_model.py)."""
from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from typing import TYPE_CHECKING

from ..core import formatting as fmt
from .colours import theme
from .route_cells import days_text, per_unit_header, route_name, route_tooltip, short_telling, status_text, tr
from .rows_model import RowsModel

if TYPE_CHECKING:
    from ..core.quote import QuoteResult, RouteQuote

SORT_ROLE = Qt.ItemDataRole.UserRole  # raw numbers, so columns sort by value and not by text
ROUTE_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_TELLING_ROLE = Qt.ItemDataRole.UserRole + 2  # what tells a route apart, in the fewest words (a cramped cell)


class RoutesModel(RowsModel):
    """One row per route of the current quote, in the order the core returns them. A route's number is the one
    it has on the chart and in the documents; routes that cannot be used show no total (only why)."""

    COLUMNS = ("number", "route", "cost", "delta", "per_unit", "price", "landed", "days", "on_time", "co2e", "status")
    FIGURES = ("cost", "delta", "per_unit", "price", "landed", "days", "on_time", "co2e", "status")  # never cut off
    PRICE_COLUMNS = ("price", "landed")  # shown once commercial terms are set (gui/qt/price_cells.py)
    DECISION_COLUMNS = ("delta", "on_time")  # under a what-if; with an arrival date (gui/qt/decide_cells.py)

    def __init__(self, parent=None):
        super().__init__((tr("#"), tr("Route"), tr("Cost"), tr("Δ cost"), tr("Per t"), tr("Price/t"), tr("Landed/t"),
                          tr("Days"), tr("On time"), tr("CO2e"), tr("Status")),
                         parent)
        self.result: QuoteResult | None = None
        self._telling: dict = {}  # route index -> Telling
        self._finer: list[bool] = []  # per route: typical days to a tenth (fmt.days_told_apart)
        self._co2e_tonnes = False  # the CO2e column in tonnes (a route of a tonne or more) or in kilograms
        self._per: tuple[str, float] | None = None  # counted unit ("container"…) and how many, else per tonne
        self.compact_cost = False  # costs as 6.92 M KZT when the full figures do not fit
        self.prices = None  # PriceResult under the commercial terms, if set
        self.decision = None  # Decision: odds, goals, what-if (gui/core/decide.py)

    def days_finer(self, row: int) -> bool:
        """Whether a route's typical days are given to a tenth (fmt.days_told_apart), as the table gives them."""
        return self._finer[row] if 0 <= row < len(self._finer) else False

    def set_result(self, result: QuoteResult | None) -> None:
        from ..core.summary import telling

        routes = result.routes if result else ()
        same = len(routes) == len(self._items) and all(
            a.place_ids == b.place_ids for a, b in zip(routes, self._items))
        self.result = result
        self._telling = {i: telling(result, i) for i in range(len(routes))} if result else {}
        self._finer = fmt.days_told_apart([route.days_typical for route in routes])
        self._co2e_tonnes = any(route.co2e_kg >= 1000 for route in routes)  # one unit down the column
        per = _counted(result)
        if per != self._per:
            self._per = per
            at = self.COLUMNS.index("per_unit")
            self._headers = (*self._headers[:at], per_unit_header(per[0] if per else None), *self._headers[at + 1:])
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, at, at)
        self._replace(routes, same)

    def route(self, row: int) -> RouteQuote:
        return self._items[row]

    def set_prices(self, prices) -> None:
        """The routes' prices under the terms (None: freight only, the price columns hide)."""
        from .price_cells import price_headers

        unchanged = prices is None and self.prices is None  # freight only, as before: nothing to redraw
        self.prices = prices
        first = self.COLUMNS.index("price")
        headers = (*self._headers[:first], *price_headers(prices), *self._headers[first + 2:])
        if headers != self._headers:  # (each signal refits the table's columns: only when something changed)
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, first + 1)
        if self._items and not unchanged:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._items) - 1, first + 1))

    def set_decision(self, decision) -> None:
        """The odds, the goals and the what-if changes of the routes (None: none)."""
        from .decide_cells import on_time_header

        self.decision = decision if decision is not None and decision.result is self.result else None
        at = self.COLUMNS.index("on_time")
        headers = (*self._headers[:at], on_time_header(self.decision), *self._headers[at + 1:])
        if headers != self._headers:
            self._headers = headers
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, at, at)
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            from .decide_cells import on_time_tip

            return {"on_time": on_time_tip(self.decision),
                    "delta": tr("The cost under the what-if against the tables as they are"),
                    "days": tr("Door to door: typical days (minimum–maximum)"),
                    "co2e": tr("Tonnes of CO2e, well to wheel (GLEC Framework)"),
                    "number": tr("The route's number on the chart and in the documents")}.get(self.COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        route = self._item(index)
        if route is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), column)
        if role == SORT_ROLE:
            return self._sort_value(index.row(), route, column)
        if role == ROUTE_INDEX_ROLE:
            return index.row()
        if role == SHORT_TELLING_ROLE and column == "route":
            return short_telling(self._telling.get(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole:
            from .decide_cells import misses_goal

            if not route.available or misses_goal(self.decision, index.row()):
                return QBrush(theme().muted)
            if route.pareto and column in ("number", "route"):
                return QBrush(theme().frontier)
            return None
        if role == Qt.ItemDataRole.FontRole and route.pareto and column in ("number", "route"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("number", "cost", "delta", "per_unit", "price",
                                                                      "landed", "days", "on_time", "co2e"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in self.PRICE_COLUMNS:
                from .price_cells import price_tip

                return price_tip(self.prices, index.row())
            from .decide_cells import decision_lines

            return "\n".join([route_tooltip(route), *decision_lines(self.decision, index.row())])
        return None

    def display(self, row: int, column: str) -> str:
        route = self._items[row]
        usable = route.available and route.cost is not None
        if column == "number":
            return str(row + 1)
        if column == "route":
            return ("★ " if route.pareto else "") + route_name(route, self._telling.get(row))
        if column == "cost":
            if not usable:
                return "—"
            return fmt.money_short(route.cost, route.currency, figures=3) if self.compact_cost else \
                fmt.money(route.cost, route.currency)
        if column == "per_unit":
            if not usable:
                return "—"
            return fmt.money(route.cost / self._per[1], route.currency) if self._per else \
                fmt.money(route.cost_per_tonne, route.currency)
        if column in self.PRICE_COLUMNS:
            from .price_cells import price_cell

            return price_cell(self.prices, row, column)
        if column == "days":
            return days_text(route, self.days_finer(row))
        if column == "co2e":
            return fmt.co2e_short(route.co2e_kg, self._co2e_tonnes)
        from . import decide_cells as cells

        if column == "on_time":
            return cells.on_time_cell(self.decision, row)
        if column == "delta":
            return cells.delta_cell(self.decision, row)
        if route.available and cells.misses_goal(self.decision, row):
            return tr("misses a goal") + cells.status_suffix(self.decision, row)
        if route.available and cells.outlasts_cargo(self.decision, row):
            return tr("may spoil") + " ⚠"  # short, as "misses a goal": the tooltip says how long it may take
        return status_text(route)

    def _sort_value(self, row: int, route: RouteQuote, column: str):
        missing = math.inf
        usable = route.available and route.cost is not None
        if column in self.PRICE_COLUMNS:
            from .price_cells import price_value

            value = price_value(self.prices, row, column)
            return missing if value is None else value
        if column in self.DECISION_COLUMNS:
            from .decide_cells import delta_value, on_time_value

            value = on_time_value(self.decision, row) if column == "on_time" else delta_value(self.decision, row)
            return (-value if column == "on_time" else value) if value is not None else missing
        return {
            "number": row, "route": route.corridor,
            "cost": route.cost if usable else missing,
            "per_unit": route.cost_per_tonne if usable else missing,
            "days": route.days_typical, "co2e": route.co2e_kg, "status": 0 if route.available else 1,
        }[column]


def _counted(result: QuoteResult | None) -> tuple[str, float] | None:
    """The equipment kind and count when the user asked in containers, wagons or trucks (costs are then shown
    per unit counted), else None (per tonne)."""
    counted = result.load.counted if result is not None else None
    return (counted[0], float(counted[1])) if counted and counted[1] > 0 else None


class RoutesSortProxy(QSortFilterProxyModel):
    """Sorts by the raw values; routes that cannot be used stay at the bottom in either order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        a, b = model.route(left.row()), model.route(right.row())
        if a.available != b.available:
            # Qt reverses the comparison for a descending sort: flip it back for availability
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return a.available if ascending else b.available
        return super().lessThan(left, right)
