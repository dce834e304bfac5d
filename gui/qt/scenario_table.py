"""The what-if's table of routes, beside its changes in the What if dialog: each route as the tables are and under
the what-if, Δ cost, Δ typical days, Δ on-time odds (the difference of the two odds as shown) and what became of it
(new, opens, closes…), then the routes the what-if no longer shows. It takes a decision and shows it; it changes
nothing. Its texts keep the dialog's context, where their translations are."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..core import formatting as fmt
from .colours import theme
from .i18n import name

COLUMNS = ("number", "route", "before", "after", "cost", "days", "on_time", "change")


translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the dialog's context


class WhatIfTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(self.headers())
        self.horizontalHeaderItem(COLUMNS.index("on_time")).setToolTip(translate(
            "ScenarioDialog", "The odds under the what-if less the odds as the tables are, each as shown (rounded "
            "down; “> 99.9 %” counts as 99.9), in percentage points"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the routes (it went round their cells for ever)
        header = self.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if COLUMNS[column] == "route"
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def headers(self) -> list[str]:
        return ["#", translate("ScenarioDialog", "Route"), translate("ScenarioDialog", "As they are"),
                translate("ScenarioDialog", "What if"), translate("ScenarioDialog", "Δ cost"),
                translate("ScenarioDialog", "Δ days"), translate("ScenarioDialog", "Δ on time"),
                translate("ScenarioDialog", "Change")]

    def show_decision(self, decision) -> None:
        """The routes of ``decision`` against the tables as they are (none: an empty table)."""
        self.setRowCount(0)
        if decision is None:
            return
        result = decision.result
        currency = result.currency
        points = translate("ScenarioDialog", "pts")
        rows = []
        for index, route in enumerate(result.routes):
            delta = decision.route(index).delta
            after = _cost(route, currency)
            if delta is None:  # no what-if yet: the tables as they are
                rows.append((str(index + 1), route, after, "", "", "", "", ""))
                continue
            before = fmt.money(delta.base_cost, currency) if delta.base_usable else \
                "" if delta.change == "new" else "—"
            rows.append((str(index + 1), route, before, after,
                         _signed_money(delta.cost_said, currency) if delta.compared else "",
                         _signed_days(delta.days) if delta.compared else "",
                         _signed_points(delta.on_time_said, points), self.change_word(delta.change)))
        for gone in decision.gone:  # the what-if's own price where it still offers the same path
            now, was = gone.now, gone.route
            both = gone.change == "not_shown" and was.available and was.cost is not None
            rows.append(("", was, _cost(was, currency), _cost(now, currency) if now is not None else "—",
                         _signed_money(fmt.rest_of_whole(now.cost, was.cost), currency) if both else "",
                         _signed_days(now.days_typical - was.days_typical) if both else "",
                         _signed_points(gone.on_time_said, points), self.change_word(gone.change)))
        from ..core.summary import telling, telling_gone
        from .route_cells import route_name

        told = {index: telling(result, index) for index in range(len(result.routes))}
        gone_told = {id(gone.route): telling_gone(gone.route, result) for gone in decision.gone}
        self.setRowCount(len(rows))
        muted = QBrush(theme().muted)
        self.setWordWrap(False)
        for row, (number, route, *cells) in enumerate(rows):
            apart = told.get(int(number) - 1) if number else gone_told.get(id(route))
            label = route_name(route, apart)  # told apart as in the routes table
            for column, text in enumerate((number, label, *cells)):
                item = QTableWidgetItem(text)
                if COLUMNS[column] not in ("route", "change"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not number or not route.available:
                    item.setForeground(muted)
                item.setToolTip(fmt.arrow().join(map(name, route.path)))
                self.setItem(row, column, item)

    def change_word(self, change: str) -> str:
        return {"new": translate("ScenarioDialog", "new"), "opens": translate("ScenarioDialog", "opens"),
                "closes": translate("ScenarioDialog", "closes"), "changed": translate("ScenarioDialog", "changed"),
                "unchanged": translate("ScenarioDialog", "as before"),
                "gone": translate("ScenarioDialog", "no longer offered"),
                "not_shown": translate("ScenarioDialog", "not among those shown"),
                "still_closed": translate("ScenarioDialog", "still closed")}.get(change, change)


def _cost(route, currency: str) -> str:
    return fmt.money(route.cost, currency) if route.available and route.cost is not None else "—"


def _signed(value: float | None, decimals: int = 0) -> str:
    if value is None or abs(value) < 10 ** -decimals / 2:
        return "" if value is None else "0"
    return fmt.ltr(("+" if value > 0 else "−") + fmt.number(abs(value), decimals))


def _signed_days(value: float | None) -> str:
    """A change of days as the terminal, the tooltip and the Excel quote say it (decide_report.signed_days): 0.04
    days added is "+0.04", not "0"."""
    from ..core.decide_report import signed_days

    if value is None:
        return ""
    return "0" if abs(value) < 1e-9 else fmt.ltr(signed_days(value))


def _signed_money(value: float | None, currency: str) -> str:
    if value is None:
        return ""
    return _signed(value) + ("" if abs(value) < 0.5 else f" {currency}")


def _signed_points(points: float | None, unit: str) -> str:
    """A change of odds in percentage points (``+12 pts``), the difference of the two odds as shown
    (decide_report.signed_points)."""
    from ..core.decide_report import signed_points

    if points is None:
        return ""
    said = signed_points(points)
    return said if said == "0" else fmt.ltr(f"{said} {unit}")
