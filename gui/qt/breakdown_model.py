"""The table model of one route, leg by leg and node by node in travel order, each line's days and cost as they
add up to the route's, and each cell's tooltip the working behind it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush

from ..core import formatting as fmt
from ..core import messages as msg
from ..core import vocabulary as vocab
from ..core.route_values import WAIT_EVENT, stop_where
from .colours import theme
from .i18n import name, say
from .route_cells import mode_name, tr
from .rows_model import RowsModel

if TYPE_CHECKING:
    from ..core.quote import RouteQuote


def event_name(event: str) -> str:
    return QCoreApplication.translate(msg.TERMS, str(vocab.event_term(event)))


def basis_name(basis: str) -> str:
    return QCoreApplication.translate(msg.TERMS, vocab.BASES.get(basis, basis.replace("_", " ")))



class BreakdownModel(RowsModel):
    """The selected route leg by leg and node by node, in travel order. A cost that rests on an estimate is
    marked ≈; every cell's tooltip gives the charges worked out, the sources and how an estimate was made."""

    COLUMNS = ("step", "what", "km", "days", "own", "converted")

    def __init__(self, parent=None):
        super().__init__((tr("Step"), tr("Mode or event"), tr("km"), tr("Days"), tr("Charges"), tr("Cost")),
                         parent)
        self._currency = ""

    def set_route(self, route: RouteQuote | None) -> None:
        rows = self._lines(route)
        self._currency = route.currency if route else ""
        same = len(rows) == len(self._items) and all(a[0] == b[0] for a, b in zip(rows, self._items))
        self._replace(rows, same)

    @staticmethod
    def _lines(route: RouteQuote | None) -> list[tuple]:
        rows: list[tuple] = []
        if route is not None:
            # each line's days to a tenth as they add up to the route's typical days (route.days_shown)
            # and each line's cost in whole units as they add up to the route's (route.costs_shown)
            leg_days, node_days = route.days_shown
            leg_costs, node_costs = route.costs_shown
            nodes_after: dict[int, list] = {}
            for node, shown, cost in zip(route.nodes, node_days, node_costs):
                nodes_after.setdefault(node.after_leg, []).append(("node", node, (shown, cost)))
            rows += nodes_after.get(-1, [])
            for index, (leg, shown, cost) in enumerate(zip(route.legs, leg_days, leg_costs)):
                rows.append(("leg", leg, (shown, cost)))
                rows += nodes_after.get(index, [])
        return rows

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        item = self._item(index)
        if item is None:
            return None
        kind, line, shown = item
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(kind, line, column, shown)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{name(c.charge)}: {fmt.significant(c.rate)} {c.currency} {basis_name(c.basis)} × "
                     f"{fmt.significant(c.quantity)} = {fmt.money(c.amount, c.currency, decimals=2)}"
                     for c in line.charges]
            if line.source_ids:
                lines.append(tr("Sources: {ids}").format(ids=", ".join(line.source_ids)))
            flow = getattr(line, "throughput", None)
            if flow is not None:  # the least wait at the stop's whole throughput, and what the figure counts
                lines[:0] = [say(flow.said), flow.what]
            if line.estimate_note:
                lines.append(tr("Estimate: {note}").format(note=say(line.estimate_note)))
            if column in ("step", "what"):  # whole, where a narrow table shortens it (fit_breakdown_columns)
                lines.insert(0, self._display(kind, line, column, shown).strip())
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("km", "days", "converted"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and kind == "node":
            return QBrush(theme().node_row)
        return None

    def cell_text(self, row: int, column: str) -> str:
        kind, line, shown = self._items[row]
        return self._display(kind, line, column, shown)

    def _display(self, kind: str, line, column: str, shown: tuple[float, float | None]) -> str:
        shown_days, shown_cost = shown
        if column == "step":
            if kind == "leg":
                return name(line.from_name) + fmt.arrow() + name(line.to_name)
            if line.km_on:  # a wait on the way: the km from the place before it
                return "   " + say(stop_where(line.place_name, line.km_on))
            return "   " + tr("at {place}").format(place=name(line.place_name))
        if column == "what":
            if kind == "leg":
                return f"{mode_name(line.mode)}{fmt.comma()}{line.units} × {name(line.equipment_name)}"
            if line.throughput is not None:  # its days include the least wait at the stop's whole throughput
                return f"{event_name(line.event)}{fmt.semicolon()}{say(line.throughput.said)}"
            return event_name(line.event)
        if column == "km":
            return fmt.km(line.km) if kind == "leg" else ""
        if column == "days":  # to a tenth, as the lines add up to the route's days
            return fmt.days(shown_days, finer=True)
        if column == "own":
            if kind == "leg" and line.cost is None:
                return tr("no tariff")
            # in whole units adding up to the cost beside them, where they make it up in the quote's currency
            whole = fmt.charges_adding_up([(c.amount, c.currency) for c in line.charges], self._currency,
                                          line.cost, shown_cost)
            return "; ".join(fmt.money(amount, c.currency) for amount, c in zip(whole, line.charges)) or "—"
        # a wait whose fees have no estimate note: its note is where and until when, its money no estimate
        dates_only = getattr(line, "event", "") == WAIT_EVENT and line.charges and \
            not any(c.estimate_note for c in line.charges)
        return ("≈ " if line.estimate_note and line.cost is not None and not dates_only else "") + \
            fmt.money(shown_cost, self._currency)
