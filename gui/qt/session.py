"""The window's one link to the core: holds the tables and the request, quotes, and says what changed."""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from typing import TYPE_CHECKING

from ..core.decide_leaving_out import DECIDE_FIELDS, decide_leaving_out
from ..core.errors import InputError
from ..core.goals import Goals
from ..core.request import QuoteRequest
from ..core.scenario import Scenario
from ..core.terms import Terms
from .background import POLL_MS, QUICK_S, Job
from .i18n import say
from .limits_walk import LimitsWalk

if TYPE_CHECKING:  # loaded with the tables, after the window has painted
    from ..core.decide import Decider, Decision
    from ..core.model import Tables
    from ..core.landed import PriceResult
    from ..core.quote import QuoteEngine, QuoteResult, RouteQuote

REQUEST_FIELDS = ("cargo", "quantity", "unit", "origin", "destination", "departure", "currency", "fx_overrides",
                  "stale_after_days")
# what a quote of the request alone can find wrong: its fields, an exchange rate, the search limits (too many paths)
QUOTE_FIELDS = (*REQUEST_FIELDS, "fx", "settings")
# the commercial terms' fields a problem can be about (gui/core/terms.py)
TERMS_FIELDS = ("incoterm", "named_place", "goods_value", "margin", "insurance", "insured_pct", "importer",
                "goods_origin", "inputs")
# how often a window left alone looks whether the date has changed (past midnight, or a laptop woken the next
# morning at the fair): within a minute of waking, and a request typed sooner is quoted on the new day at once
DAY_LOOK_MS = 60_000


class QuoteSession(QObject):
    """Views call ``change_*``; they listen to the signals and redraw themselves. No view computes a price."""

    in_line_for: float | None = QUICK_S  # a quote answered within this is shown at once (None: every one)
    # what the limits keep out, found within this, is said at once (None: always); it comes after the routes are
    # on the screen, so the window waits for it less than for a quote (``find_limits``)
    limits_in_line_for: float | None = 0.03

    tablesChanged = Signal(object)  # Tables
    quoteChanged = Signal(object)  # QuoteResult, or None when the request cannot be quoted
    problemChanged = Signal(str, str)  # request field, message ("" once the field is fine)
    selectionChanged = Signal(int)  # index into the current result's routes, -1 for none
    requestReplaced = Signal()  # the whole request changed at once: the form shows it again
    priceChanged = Signal(object)  # PriceResult under the terms, or None (no Incoterm chosen, or a term is wrong)
    termsReplaced = Signal()  # the terms changed from outside the terms bar (a saved quote, start-up)
    decisionChanged = Signal(object)  # Decision (odds, goals, what-if deltas) for the current result, or None
    goalsReplaced = Signal()  # the goals changed from outside the form's row (a saved quote, the dialog)
    scenarioChanged = Signal(object)  # the what-if scenario in use (an empty one: the tables as they are)
    busyChanged = Signal(bool)  # a quote has taken longer than a moment (True) / is done (False): background.py
    departureMoved = Signal(object, object)  # the day before, today: a new day moved the departure (``_take_today``)
    limitsFound = Signal(object)  # QuoteResult shown, whose limit_warnings are now known (``find_limits``)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.tables: Tables | None = None
        self.engine: QuoteEngine | None = None
        self.result: QuoteResult | None = None
        self.terms = Terms()
        self.price: PriceResult | None = None
        self.scenario = Scenario()
        self.goals = Goals()
        self.decider: Decider | None = None
        self.decision: Decision | None = None
        self.selected = -1
        # whether the user chose the selected route (kept through requotes) or the session did (the recommended
        # route, which follows the goals, the what-if and the request); and whether the views are following the
        # session's own choice, so that what they echo back is not taken for the user's
        self.route_chosen = False
        self._following = 0
        # a new quote's signals are under way (quoteChanged, decisionChanged, then priceChanged): a view that
        # shows all three (the best routes, the chart) may draw once, at the last (``replacing``)
        self.replacing = False
        self.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date.today(), "USD")
        self._problems: dict[str, str] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self.job: Job | None = None  # a quote worked out on a thread of its own (``_requote``)
        self._again = False  # and something it answers changed meanwhile: quote again once it is done
        self._busy = False  # as ``busyChanged`` last said
        self._route_to_keep: RouteQuote | None = None  # ``keep_route``
        self._poll = QTimer(self)  # looks whether it is done
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look_at_job)
        self._today = dt.date.today()  # the day the window quotes on (``_take_today``)
        # what the search limits keep out of the quote shown, worked out on a thread of its own (``find_limits``)
        self._limits = LimitsWalk(self)
        self._limits.found.connect(self._limits_found)
        self._day_look = QTimer(self)
        self._day_look.setInterval(DAY_LOOK_MS)
        self._day_look.timeout.connect(self.look_at_day)
        self._day_look.start()

    # ------------------------------------------------------------------ actions (view → model)

    def load_tables(self, tables: Tables) -> None:
        from ..core.decide import Decider

        self.drop()  # its answer would be of the tables before: the new ones are quoted at once
        self.tables = tables
        self.decider = Decider(tables)
        self.engine = self.decider.engine
        self.tablesChanged.emit(tables)
        self._requote()

    def change_request(self, **fields) -> None:
        unknown = set(fields) - set(REQUEST_FIELDS)
        if unknown:
            raise TypeError(f"not a request field: {', '.join(sorted(unknown))}")
        self._take_today(move="departure" not in fields)  # a date the user sets is the user's, whatever the day
        self.request = replace(self.request, **fields)
        self._requote()

    def change_terms(self, **fields) -> None:
        """Change the commercial terms: the routes stay as quoted, only their prices are worked out again."""
        self.terms = replace(self.terms, **fields)
        self._reprice()

    def change_goals(self, **fields) -> None:
        """Change the goals (the arrival date, the modes allowed…): the routes are judged again."""
        self.goals = replace(self.goals, **fields)
        self._requote()

    def open_goals(self, goals: Goals) -> None:
        self.goals = goals
        self.goalsReplaced.emit()
        self._requote()

    def change_scenario(self, scenario: Scenario) -> None:
        """Quote under a what-if scenario (an empty one: the tables as they are)."""
        self.scenario = scenario
        self.scenarioChanged.emit(scenario)
        self._requote()

    def open_terms(self, terms: Terms) -> None:
        """Price under a whole set of terms at once (a saved quote opened into the form)."""
        self.terms = terms
        self.termsReplaced.emit()
        self._reprice()

    def select_route(self, index: int) -> None:
        """The user chose this route (-1: none): kept through requotes while it is among the routes."""
        self._select(index)
        if not self._following:
            self.route_chosen = self.selected >= 0

    def _select(self, index: int) -> None:
        routes = self.result.routes if self.result else ()
        index = index if 0 <= index < len(routes) else -1
        if index != self.selected:
            self.selected = index
            with self._views_following():
                self.selectionChanged.emit(index)

    @contextmanager
    def _views_following(self):
        """While the views show what the session chose: a route they select meanwhile is not the user's choice."""
        self._following += 1
        try:
            yield
        finally:
            self._following -= 1

    @contextmanager
    def _replacing(self):
        """While a new quote's first two signals go out: its price under the terms is told last, with ``replacing``
        False again."""
        self.replacing = True
        try:
            yield
        finally:
            self.replacing = False

    @property
    def selected_route(self) -> RouteQuote | None:
        if self.result and 0 <= self.selected < len(self.result.routes):
            return self.result.routes[self.selected]
        return None

    @property
    def goods_value(self) -> float | None:
        """The goods' whole value under the terms as they are now, in the quote currency (None: not given, or not
        one the tables can use). The decision's is that of the last quote, which a change of terms leaves as it
        was while no rate for the money in transit is set."""
        from ..core.deliver import goods_value

        if self.result is None or self.engine is None:
            return None
        return goods_value(self.terms, self.result, self.engine.fx, self.tables)

    def problem(self, field: str) -> str:
        return self._problems.get(field, "")

    def suggestions(self, field: str) -> tuple[str, ...]:
        """The names closest to what was typed in a field the core could not place (at most three)."""
        return self._suggestions.get(field, ())

    def open_request(self, request: QuoteRequest) -> None:
        """Quote a whole request at once (a saved quote opened into the form, the last request at start-up)."""
        self._take_today(move=False)  # its departure is its own
        self.request = request
        self.requestReplaced.emit()
        self._requote()

    def look_at_day(self) -> None:
        """Quote again when the date has changed since the window last quoted: the quote on the screen was made on
        the day before (``_take_today``)."""
        if dt.date.today() != self._today:
            self._requote()

    # ------------------------------------------------------------------ internals

    def _take_today(self, move: bool = True) -> None:
        """The date as it is now. On a new day a departure of the day before (the day the window took for today)
        moves to today, as a departure saved before today does when the window opens (window_state.
        remembered_request), and ``departureMoved`` says so (the form shows the new date alone: what is being
        typed elsewhere stays); one chosen before that stays, and the form says it is before today, as does one
        the user sets or a saved quote brings (``move`` False). The quote is then made on the new day: the
        figures' ages, the offer's validity and the odds turn on it (decide.Decider keeps its quote by the day)."""
        today = dt.date.today()
        if today == self._today:
            return
        before, self._today = self._today, today
        if move and self.request.departure == before and today > before:
            self.request = replace(self.request, departure=today)
            self.departureMoved.emit(before, today)

    def _set_problems(self, problems: dict[str, str]) -> None:
        for field in (*REQUEST_FIELDS, *TERMS_FIELDS, *DECIDE_FIELDS):
            old, new = self._problems.get(field, ""), problems.get(field, "")
            if old != new:
                self.problemChanged.emit(field, new)
        self._problems = problems

    def _requote(self) -> None:
        """Quote the request as it is now: in line when the answer comes within ``in_line_for`` seconds (always on
        the bundled tables), else on a thread of its own while the window stays live (``busyChanged``)."""
        if self.engine is None:
            return
        self._limits.stop()
        self._take_today()
        if self.job is not None:  # a quote is being worked out: stopped, and quoted again as things are then
            self._again = True
            self.job.ask_to_stop()
            return
        decider, request, scenario, goals, terms = self.decider, self.request, self.scenario, self.goals, self.terms
        job = Job(lambda: decide_leaving_out(decider, request, scenario, goals, terms))
        if job.wait(self.in_line_for):
            self._show(job)
            return
        self.job = job
        self._clear_request_problems(request)
        self._set_busy(True)
        self._poll.start()

    def _clear_request_problems(self, request: QuoteRequest) -> None:
        """A field marked wrong for the request before is unmarked while the request, whose own fields are right,
        is worked out: "unknown destination 'Karachi'" stood beside a field that read "Pk Site 2511". So are an
        exchange rate's problem and the refusal of the request before (too many paths to try)."""
        if not any(self._problems.get(field) for field in QUOTE_FIELDS):
            return
        try:
            self.engine.check(request)
        except InputError:
            return  # the quote under way will say which (its checks come first: milliseconds)
        self._suggestions = {field: said for field, said in self._suggestions.items() if field not in QUOTE_FIELDS}
        self._set_problems({field: problem for field, problem in self._problems.items() if field not in QUOTE_FIELDS})

    @property
    def chosen_route(self) -> RouteQuote | None:
        """The route the user chose: selected, or kept to be chosen in the next quote shown (``keep_route``; a
        request the form cannot take for a moment, a new window's first quote not yet shown)."""
        if self.route_chosen and self.selected_route is not None:
            return self.selected_route
        return self._route_to_keep

    def follow_recommendation(self) -> None:
        """Forget the route the user chose: the next quote shown selects its recommended route (a saved quote opened
        into the form is a request of its own, whatever was chosen under the one before)."""
        self.route_chosen = False
        self._route_to_keep = None

    def keep_route(self, route: RouteQuote | None) -> None:
        """Choose this route (of another window's quote, chosen there by the user) in the next quote shown, where
        it is among its routes, as a requote keeps the one chosen (``same_route``): a new window's first quote,
        however long it takes."""
        self._route_to_keep = route

    def drop(self) -> None:
        """Forget the quote under way, asked to stop: another will answer (new tables, a new window)."""
        self._limits.stop()
        if self.job is not None:
            self.job.ask_to_stop()
            self.job = None
            self._again = False
            self._poll.stop()
            self._set_busy(False)

    def settle(self) -> None:
        """Wait for the quote being worked out, if any, and show it: what a document or a saved quote is made of
        is the request as the form shows it."""
        while self.job is not None:
            self.job.wait(None)
            self._look_at_job()
        self._limits.settle()  # read by the document: walked once, not again on this thread meanwhile

    def find_limits(self, result: QuoteResult) -> None:
        """Work out what the search limits keep out of the quote shown (a second walk, past the limits: tens of ms
        on the bundled tables, seconds on tables of thousands of legs), on a thread of its own so that the window
        stays live; ``limitsFound`` once known, at once when within ``limits_in_line_for``. Not
        for a quote no longer shown, nor while a new one is worked out (the two would share the engine's caches:
        a new quote stops this walk, ``LimitsWalk.stop``). Known already (a document made before, which read them on
        this thread): said at once."""
        if result is not self.result or self.working or self._limits.busy:
            return
        if result.limits_known:
            self.limitsFound.emit(result)
            return
        self._limits.start(result, self.limits_in_line_for)

    def _limits_found(self, result: QuoteResult) -> None:
        if result is self.result:
            self.limitsFound.emit(result)

    @property
    def finding_limits(self) -> bool:
        """Whether what the search limits keep out is being walked on a thread of its own (``find_limits``)."""
        return self._limits.busy

    @property
    def working(self) -> bool:
        """Whether a quote is being worked out on a thread of its own (the window shows the one before)."""
        return self.job is not None

    def _look_at_job(self) -> None:
        if self.job is None or not self.job.wait(0):
            return
        job, self.job = self.job, None
        self._poll.stop()
        try:
            if self._again:  # what it answers has changed meanwhile
                self._again = False
                self._requote()
            else:
                self._show(job)
        finally:  # not busy once no quote is worked out, whatever the last one raised
            self._set_busy(self.job is not None)

    def _set_busy(self, busy: bool) -> None:
        """``busyChanged`` when it changes: once for a quote and those that follow it while it is worked out."""
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _show(self, job: Job) -> None:
        with self._views_following():
            self._show_outcome(job)

    def _show_outcome(self, job: Job) -> None:
        # the route the user chose stays selected when the quantity, date or goals change; a route the session
        # chose gives way to the new recommendation
        previous = self.chosen_route
        self._route_to_keep = None
        try:
            decision, problems, suggestions = job.outcome()
        except InputError as error:
            self._suggestions = {error.field: error.suggestions}
            self._set_problems({error.field: say(error.message)})
            self.result = None
            self.price = None
            self.decision = None
            with self._replacing():
                self.quoteChanged.emit(None)
                self.decisionChanged.emit(None)
            self.priceChanged.emit(None)
            self._select(-1)
            self._route_to_keep = previous  # chosen again once the request quotes, where it is found
            return
        result = decision.result
        self.result = result
        self.decision = decision
        self._suggestions = suggestions
        self._set_problems({**{field: say(message) for field, message in problems.items()}, **self._priced()})
        from ..core.goal_search import same_route

        index = -1 if previous is None else same_route(result.routes, previous)
        self.route_chosen = index >= 0
        if index < 0 and result.routes:
            index = decision.recommended if decision.recommended is not None else 0
        self.selected = -1
        with self._replacing():
            self.quoteChanged.emit(result)
            self.decisionChanged.emit(decision)
        self.priceChanged.emit(self.price)
        self._select(index)

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
        if self.job is not None:  # the quote under way is priced under the terms as they are once it is done
            if self.goals.capital_rate_pct is not None:  # but the goods' value, money in transit, is in the quote
                self._requote()
            return
        if self.engine is None or self.result is None:
            return
        if self.goals.capital_rate_pct is not None:  # the goods' value counts the money in transit
            self._requote()
            return
        self._suggestions = {}
        problems = {field: self._problems[field] for field in DECIDE_FIELDS if self._problems.get(field)}
        self._set_problems({**problems, **self._priced()})
        self.priceChanged.emit(self.price)
