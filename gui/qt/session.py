"""The window's one link to the core: holds the tables and the request, quotes, and says what changed."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from typing import TYPE_CHECKING

from ..core.errors import InputError
from ..core.request import QuoteRequest
from ..core.terms import Terms
from .i18n import say

if TYPE_CHECKING:  # loaded with the tables, after the window has painted
    from ..core.model import Tables
    from ..core.landed import PriceResult
    from ..core.quote import QuoteEngine, QuoteResult, RouteQuote

REQUEST_FIELDS = ("cargo", "quantity", "unit", "origin", "destination", "departure", "currency", "fx_overrides",
                  "stale_after_days")
# the commercial terms' fields a problem can be about (gui/core/terms.py)
TERMS_FIELDS = ("incoterm", "named_place", "goods_value", "margin", "insurance", "insured_pct", "importer",
                "goods_origin", "inputs")


class QuoteSession(QObject):
    """Views call ``change_*``; they listen to the signals and redraw themselves. No view computes a price."""

    tablesChanged = Signal(object)  # Tables
    quoteChanged = Signal(object)  # QuoteResult, or None when the request cannot be quoted
    problemChanged = Signal(str, str)  # request field, message ("" once the field is fine)
    selectionChanged = Signal(int)  # index into the current result's routes, -1 for none
    requestReplaced = Signal()  # the whole request changed at once: the form shows it again
    priceChanged = Signal(object)  # PriceResult under the terms, or None (no Incoterm chosen, or a term is wrong)
    termsReplaced = Signal()  # the terms changed from outside the terms bar (a saved quote, start-up)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.tables: Tables | None = None
        self.engine: QuoteEngine | None = None
        self.result: QuoteResult | None = None
        self.terms = Terms()
        self.price: PriceResult | None = None
        self.selected = -1
        self.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date.today(), "USD")
        self._problems: dict[str, str] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}

    # ------------------------------------------------------------------ actions (view → model)

    def load_tables(self, tables: Tables) -> None:
        from ..core.quote import QuoteEngine

        self.tables = tables
        self.engine = QuoteEngine(tables)
        self.tablesChanged.emit(tables)
        self._requote()

    def change_request(self, **fields) -> None:
        unknown = set(fields) - set(REQUEST_FIELDS)
        if unknown:
            raise TypeError(f"not a request field: {', '.join(sorted(unknown))}")
        self.request = replace(self.request, **fields)
        self._requote()

    def change_terms(self, **fields) -> None:
        """Change the commercial terms: the routes stay as quoted, only their prices are worked out again."""
        self.terms = replace(self.terms, **fields)
        self._reprice()

    def open_terms(self, terms: Terms) -> None:
        """Price under a whole set of terms at once (a saved quote opened into the form)."""
        self.terms = terms
        self.termsReplaced.emit()
        self._reprice()

    def select_route(self, index: int) -> None:
        routes = self.result.routes if self.result else ()
        index = index if 0 <= index < len(routes) else -1
        if index != self.selected:
            self.selected = index
            self.selectionChanged.emit(index)

    @property
    def selected_route(self) -> RouteQuote | None:
        if self.result and 0 <= self.selected < len(self.result.routes):
            return self.result.routes[self.selected]
        return None

    def problem(self, field: str) -> str:
        return self._problems.get(field, "")

    def suggestions(self, field: str) -> tuple[str, ...]:
        """The names closest to what was typed in a field the core could not place (at most three)."""
        return self._suggestions.get(field, ())

    def open_request(self, request: QuoteRequest) -> None:
        """Quote a whole request at once (a saved quote opened into the form, the last request at start-up)."""
        self.request = request
        self.requestReplaced.emit()
        self._requote()

    # ------------------------------------------------------------------ internals

    def _set_problems(self, problems: dict[str, str]) -> None:
        for field in (*REQUEST_FIELDS, *TERMS_FIELDS):
            old, new = self._problems.get(field, ""), problems.get(field, "")
            if old != new:
                self.problemChanged.emit(field, new)
        self._problems = problems

    def _requote(self) -> None:
        if self.engine is None:
            return
        previous = self.selected_route
        try:
            result = self.engine.quote(self.request)
        except InputError as error:
            self._suggestions = {error.field: error.suggestions}
            self._set_problems({error.field: say(error.message)})
            self.result = None
            self.price = None
            self.quoteChanged.emit(None)
            self.priceChanged.emit(None)
            self.select_route(-1)
            return
        self._suggestions = {}
        self.result = result
        self._set_problems(self._priced())
        # keep the same corridor selected when the quantity or date changes, else the best available route
        index = -1
        if previous is not None:
            index = next((i for i, r in enumerate(result.routes) if r.place_ids == previous.place_ids), -1)
        if index < 0 and result.routes:
            index = 0
        self.selected = -1
        self.quoteChanged.emit(result)
        self.priceChanged.emit(self.price)
        self.select_route(index)

    def _priced(self) -> dict[str, str]:
        """Price the current result under the terms; the problem of a term, if any (the freight quote stands)."""
        from ..core.landed import price_quote

        self.price = None
        if self.result is None or not self.terms.active:
            return {}
        try:
            self.price = price_quote(self.tables, self.engine.fx, self.result, self.terms)
        except InputError as error:
            self._suggestions = {error.field: error.suggestions}
            return {error.field: say(error.message)}
        return {}

    def _reprice(self) -> None:
        if self.engine is None or self.result is None:
            return
        self._suggestions = {}
        self._set_problems(self._priced())
        self.priceChanged.emit(self.price)
