"""One request decided: quoted on the tables as they are and, under a what-if scenario, on the tables as the
scenario has them; the routes that meet the goals found even where the whole quote leaves them out; every route's
odds of arriving by the date asked, its shelf-life flag, its money in transit, whether it meets the goals and
why not; and, under a scenario, each route's change against the tables as they are.

The quote engine is the one the window and the CLI always use: a scenario is a ``Tables`` value laid over the
tables (gui/core/scenario_tables.py), goals and odds are worked out over the result (gui/core/goals.py,
gui/core/deliver.py)."""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, replace

from . import search_messages as smsg
from . import decide_messages as dmsg
from . import quote_messages as qmsg
from .deliver import (RouteOdds, capital_in_transit, goods_value, longest_days, points_between, route_odds,
                      shelf_life_flag)
from .errors import InputError
from .freshness import restate_old
from .goal_reading import check_ends, restricted
from .goal_search import KeptPaths, goal_routes, odds_kept, path_key
from .goals import Goals, Verdict, judge, numbered_route
from .messages import Figure, InSentence, Message
from .quote_messages import OVERRIDE_FAR
from .model import Tables
from .money import WHAT_IF_RATE
from .quote import QuoteEngine, QuoteResult, RouteQuote
from .request import QuoteRequest
from .route_values import WAIT_EVENT
from .scenario import Scenario, describe
from .scenario_fx import fx_overrides, fx_shifts
from .scenario_tables import apply
from .scenario_targets import legs_of, places_of

ENGINES_KEPT = 8  # quote engines of recent scenarios and goals, so that going back to one is instant


@dataclass(frozen=True)
class Delta:
    """A route under the scenario against the same route (same places, same modes) on the tables as they are:
    ``change`` is new, opens, closes, changed or unchanged; the differences are scenario − as is (None where
    either side has no figure)."""

    change: str
    cost: float | None = None
    days: float | None = None
    on_time: float | None = None
    base_cost: float | None = None
    base_days: float | None = None
    base_on_time: float | None = None
    base_usable: bool = False  # open with a price on the tables as they are (else its cost is what-if-reopened)
    usable: bool = False  # open with a price under the scenario
    # the change of odds in percentage points as the two odds are shown, each rounded down (deliver.points_between):
    # what the window, the terminal and the documents say, never the unrounded odds' difference × 100, which could
    # read a point apart from the figures shown (44 % and 24 %: −19 points)
    on_time_said: float | None = None

    @property
    def cost_said(self) -> float | None:
        """The change of cost in whole units as the two costs are said in whole units (formatting.rest_of_whole):
        143,296.70 as the tables are and 142,788.24 under the what-if read 143,297 and 142,788 beside "−508"; now
        "−509". The JSON and the Excel quote keep the cents, which add up."""
        if self.cost is None or self.base_cost is None:
            return self.cost
        from .formatting import rest_of_whole

        return rest_of_whole(self.base_cost + self.cost, self.base_cost)

    @property
    def compared(self) -> bool:
        """Both sides open with a price: their costs compare (otherwise the change is said in words)."""
        return self.usable and self.base_usable


@dataclass(frozen=True)
class RouteDecision:
    odds: RouteOdds | None = None  # with an arrival date asked and a route that can be used
    excluded_reason: Message | None = None  # the goals it misses
    shelf_life: Message | None = None  # it may take longer than the cargo keeps
    capital: float | None = None  # money tied up in transit, in the quote currency
    delta: Delta | None = None  # under a scenario


@dataclass(frozen=True)
class Gone:
    """A route of the tables as they are that the scenario's quote no longer shows. ``now``: the same path priced on
    the scenario's tables (None where they cannot price it): open, the scenario still offers it, only not among the
    routes its corridor shows (``change`` "not_shown"); not open, it "closes" under the scenario (or stays closed);
    "gone" otherwise."""

    route: RouteQuote
    odds: RouteOdds | None
    now: RouteQuote | None = None
    now_odds: RouteOdds | None = None

    @property
    def change(self) -> str:
        """not_shown, closes, still_closed (unavailable on both tables: not a change the what-if makes) or gone."""
        if self.now is None:
            return "gone"
        if self.now.available and self.now.cost is not None:
            return "not_shown"
        return "closes" if self.route.available and self.route.cost is not None else "still_closed"

    @property
    def on_time_said(self) -> float | None:
        """The change of odds in percentage points as the two odds are shown (Delta.on_time_said)."""
        return points_between(self.now_odds.on_time if self.now_odds else None,
                              self.odds.on_time if self.odds else None)


@dataclass(frozen=True)
class Decision:
    result: QuoteResult  # the routes shown: the scenario's, with those found for the goals
    scenario: Scenario
    goals: Goals
    routes: tuple[RouteDecision, ...]  # one per route of ``result``
    recommended: int | None  # the cheapest route meeting every goal (see goals.judge); None: none does
    binding: Message | None  # when no route meets every goal: which goal binds, and by how much
    base: QuoteResult | None = None  # the tables as they are, under a scenario
    gone: tuple[Gone, ...] = ()
    goods_value: float | None = None  # the goods' value in the quote currency, for the money in transit
    passed_over: Message | None = None  # why the recommendation is not the cheapest route meeting the goals
    fresh_typically: bool = False  # recommended as within the shelf life at its typical time (goals.Verdict)

    def route(self, index: int) -> RouteDecision:
        return self.routes[index] if 0 <= index < len(self.routes) else RouteDecision()

    def economic_cost(self, index: int) -> float | None:
        """Freight plus the money tied up in transit (None where either is not known)."""
        route, decided = self.result.routes[index], self.route(index)
        if route.cost is None or decided.capital is None:
            return None
        return route.cost + decided.capital


class Decider:
    """Holds the tables and their quote engine, and engines for recent scenarios and goals (a new engine searches
    its network once; the same scenario again is answered from the cache)."""

    def __init__(self, tables: Tables, engine: QuoteEngine | None = None):
        self.tables = tables
        self.engine = engine or QuoteEngine(tables)
        self._engines: OrderedDict[tuple, tuple[Tables, QuoteEngine]] = OrderedDict()
        self._base: tuple[tuple, QuoteResult, tuple] | None = None  # the last quote as the tables are, and its odds
        self._paths = KeptPaths()  # the paths the goals' search priced, and their arrivals, for the last request

    def decide(self, request: QuoteRequest, scenario: Scenario | None = None, goals: Goals | None = None,
               terms=None) -> Decision:
        """An InputError names the field at fault: a request field, ``scenario``, or a goal (``arrive_by``,
        ``avoid``, ``modes``, ``max_cost``). ``terms``: the commercial terms, whose goods value counts the money in
        transit."""
        scenario = scenario or Scenario()
        goals = goals or Goals()
        if goals.arrive_by is not None and goals.arrive_by < request.departure:
            raise InputError("arrive_by", Message(dmsg.ARRIVE_BEFORE, date=goals.arrive_by,
                                                  departure=request.departure))
        quoted_on = request.day_quoted()  # as the engine takes it
        base = self._base_quote(request, quoted_on)
        self._paths.start(request, quoted_on)
        check_ends(self.tables, goals, request.origin, request.destination)
        tables, result, engine, quoted = self.tables, base, self.engine, request
        if scenario.active:
            tables, engine = self._engine(("scenario", scenario, request.departure),
                                          lambda: apply(self.tables, scenario, request.departure))
            rates = fx_overrides(scenario, lambda code, day: engine.fx.rate(code, day).units_per_usd,
                                 request.departure, request.fx_overrides)
            quoted = replace(request, fx_overrides=rates)
            try:
                result = engine.quote(quoted)
            except InputError as error:
                if error.field == "settings":  # the scenario's search limits allow too many paths
                    raise InputError("scenario", Message(dmsg.SCENARIO_SEARCH, problem=error.message)) from None
                if error.field != "fx":
                    raise
                raise InputError("scenario", Message(dmsg.SCENARIO_RATE, problem=error.message)) from None
            result = replace(result, request=request)  # a saved quote keeps the user's own rates and the scenario
            # a rate the what-if set is said as the what-if's, not as one "set by the user for this quote"
            moved = {change.target for change in scenario.changes if change.kind in ("fx", "fx_change")}
            shifts = fx_shifts(scenario)  # said as the shift it is: "-15 % against the USD: 592.18 per USD"
            users = {code.strip().upper(): rate for code, rate in request.fx_overrides}  # a shift moves the user's
            result = replace(result, fx=tuple(replace(fx, estimate_note=WHAT_IF_RATE,
                                                      what_if_pct=shifts.get(fx.currency),
                                                      what_if_from=users.get(fx.currency)
                                                      if fx.currency in shifts else None)
                                              if fx.currency in moved and fx.overridden else fx
                                              for fx in result.fx),
                             warnings=tuple(_what_if_rate(w, moved) for w in result.warnings))
            if shifts:  # a rate shifted from the table's is as old as the table's: named among the old ones
                result = replace(result, warnings=restate_old(result.warnings, request, result.fx, result.routes,
                                                              result.currency))
        if goals.modes or goals.avoid:
            result = self._with_goal_routes(result, tables, goals, scenario)
            if scenario.active:
                base = self._with_goal_routes(base, self.tables, goals, Scenario(), say_limits=False)
        if scenario.active and (nowhere := _days_nowhere(scenario, tables, result)):
            result = replace(result, warnings=(*result.warnings, *nowhere))
        odds_of_route = odds_kept(tables, result, goals, self._paths)
        if goals.arrive_by or goals.co2_within_pct is not None or result.cargo.shelf_life_days is not None:
            result = self._with_routes_for_goals(result, tables, engine, quoted, goals, scenario, odds_of_route)
        odds = tuple(map(odds_of_route, result.routes)) if goals.arrive_by else (None,) * len(result.routes)
        verdict: Verdict = judge(result, tables, goals, odds)
        value = goods_value(terms, result, self.engine.fx, tables)
        deltas, gone = self._deltas(base, result, goals, odds) if scenario.active else ((None,) * len(odds), ())
        if gone:
            gone = _priced_again(gone, engine, quoted, result, tables, goals)
        decided = []
        for index, route in enumerate(result.routes):
            capital = None
            if value is not None and goals.capital_rate_pct is not None and route.cost is not None:
                capital = capital_in_transit(value, goals.capital_rate_pct, route.days_typical)
            decided.append(RouteDecision(odds[index], verdict.reason(index), shelf_life_flag(route, result.cargo),
                                         capital, deltas[index]))
        return Decision(result, scenario, goals, tuple(decided), verdict.recommended, verdict.binding,
                        base if scenario.active else None, gone, value,
                        passed_over=_passed_over(result, verdict.fresh_over, verdict.fresh_typically),
                        fresh_typically=verdict.fresh_typically)

    # ------------------------------------------------------------------ internals

    def _base_quote(self, request: QuoteRequest, quoted_on: dt.date) -> QuoteResult:
        """The quote of the tables as they are: the same while only the scenario changes (its routes keep their
        breakdowns and odds worked out), and quoted again on another day (a window left open past midnight: the
        figures' ages and what a closure says turn on the day a quote is made)."""
        if self._base is not None and self._base[0] == (request, quoted_on):
            return self._base[1]
        result = self.engine.quote(request)
        self._base = ((request, quoted_on), result, {})
        return result

    def _base_odds(self, base: QuoteResult, goals: Goals) -> tuple:
        """The odds of the routes of the tables as they are (kept with their quote, by arrival date asked)."""
        kept = self._base[2] if self._base is not None and self._base[1] is base else {}
        key = (goals.arrive_by, goals.wanted)
        if key not in kept:
            kept[key] = route_odds(base, self.tables, goals.arrive_by, goals.wanted)
        return kept[key]

    def _engine(self, key: tuple, make) -> tuple[Tables, QuoteEngine]:
        found = self._engines.get(key)
        if found is None:
            tables = make()
            found = self._engines[key] = (tables, QuoteEngine(tables, like=self.engine))
            while len(self._engines) > ENGINES_KEPT:
                self._engines.popitem(last=False)
        self._engines.move_to_end(key)
        return found

    def _with_goal_routes(self, result: QuoteResult, tables: Tables, goals: Goals, scenario: Scenario,
                          say_limits: bool = True) -> QuoteResult:
        """The quote with the routes a search on the legs the goals allow finds (road only, not through
        Afghanistan…) that it does not already show."""
        _, engine = self._engine(("goals", scenario, result.request.departure, goals.modes, goals.avoid),
                                 lambda: restricted(tables, goals))
        request = result.request
        if scenario.active:
            request = replace(request, fx_overrides=fx_overrides(
                scenario, lambda code, day: engine.fx.rate(code, day).units_per_usd, request.departure,
                request.fx_overrides))
        found = engine.quote(request)
        shown = {path_key(route) for route in result.routes}
        added = [route for route in found.routes if path_key(route) not in shown]
        # what the limits keep out of the search on the allowed legs is said too: where no route meets the goals,
        # it may be the only way to learn that one exists past a limit (a route avoiding China, for instance)
        # a search on the allowed legs that took the quicker search (label_search.py) says so with the quote
        warnings = result.warnings + tuple(w for w in found.warnings if w.template == smsg.QUICKER_SEARCH
                                           and w not in result.warnings)
        if not say_limits:  # the quote a what-if is compared with: the same object while nothing is added, so
            # that its odds, kept with it, are not worked out again on each change
            return replace(result, routes=_frontier([*result.routes, *added]), warnings=warnings) if added else \
                result
        limits = _joined_limits(result, found)
        return replace(result, routes=_frontier([*result.routes, *added]) if added else result.routes,
                       _limits=limits, warnings=warnings)

    def _with_routes_for_goals(self, result: QuoteResult, tables: Tables, engine: QuoteEngine,
                               request: QuoteRequest, goals: Goals, scenario: Scenario, odds) -> QuoteResult:
        """The quote with the routes of every path that the goals' recommendation, and what binds when none meets
        them, are chosen from (goal_search.py): the cheapest route that arrives in time may be one its corridor does
        not show. Searched on the legs the goals allow where they rule some out (``_with_goal_routes``)."""
        if goals.modes or goals.avoid:
            _, engine = self._engine(("goals", scenario, request.departure, goals.modes, goals.avoid),
                                     lambda: restricted(tables, goals))
        added = goal_routes(engine, tables, request, result, goals, odds, self._paths)
        return replace(result, routes=_frontier([*result.routes, *added])) if added else result

    def _deltas(self, base: QuoteResult, result: QuoteResult, goals: Goals, odds) -> tuple[tuple, tuple[Gone, ...]]:
        base_odds = self._base_odds(base, goals) if goals.arrive_by else (None,) * len(base.routes)
        before = {path_key(route): (route, base_odds[i]) for i, route in enumerate(base.routes)}
        deltas = []
        for index, route in enumerate(result.routes):
            found = before.pop(path_key(route), None)
            deltas.append(_delta(route, odds[index], found))
        # a route the quote as it is did not show may be one it could not use (a corridor with nothing open shows
        # one closed route): opening Torkham called the other Termez–Torkham routes "new"; priced on the tables as
        # they are, such a route opens under the scenario
        new = [i for i, delta in enumerate(deltas) if delta.change == "new" and delta.usable]
        if new:
            priced = self.engine.price_same(base.request, tuple(result.routes[i] for i in new))
            # one the tables as they are can use but did not show (its corridor's few were others) is still new
            # to the screen, with its figures as they are: a closure's toll on its odds was hidden behind "new"
            usable = [old for old in priced if old is not None and old.available and old.cost is not None]
            chances = iter(route_odds(replace(base, routes=tuple(usable)), self.tables, goals.arrive_by,
                                      goals.wanted) if goals.arrive_by and usable else (None,) * len(usable))
            for index, old in zip(new, priced):
                if old is None:
                    continue
                if not (old.available and old.cost is not None):
                    deltas[index] = _delta(result.routes[index], odds[index], (old, None))
                else:
                    deltas[index] = replace(_delta(result.routes[index], odds[index], (old, next(chances))),
                                            change="new")
        return tuple(deltas), tuple(Gone(route, chance) for route, chance in before.values())


def _priced_again(gone: tuple[Gone, ...], engine: QuoteEngine, request: QuoteRequest, result: QuoteResult,
                  tables: Tables, goals: Goals) -> tuple[Gone, ...]:
    """The routes the scenario's quote no longer shows, each with the same path priced under the scenario (and its
    odds): a fee scaled up can push a route out of its corridor's few while the scenario still offers it, at a
    new price that "as they are" would misstate."""
    nows = engine.price_same(request, tuple(g.route for g in gone))
    priced = [now for now in nows if now is not None]
    odds = iter(route_odds(replace(result, routes=tuple(priced)), tables, goals.arrive_by, goals.wanted)
                if goals.arrive_by and priced else (None,) * len(priced))
    return tuple(replace(g, now=now, now_odds=next(odds) if now is not None else None) for g, now in zip(gone, nows))


def _delta(route: RouteQuote, odds: RouteOdds | None, before: tuple[RouteQuote, RouteOdds | None] | None) -> Delta:
    if before is None:
        return Delta("new", usable=route.available and route.cost is not None)
    old, old_odds = before
    usable, was_usable = route.available and route.cost is not None, old.available and old.cost is not None
    change = "opens" if usable and not was_usable else "closes" if was_usable and not usable else None

    def minus(a, b):
        return None if a is None or b is None else a - b

    cost = minus(route.cost, old.cost)
    days = route.days_typical - old.days_typical
    on_time = minus(odds.on_time if odds else None, old_odds.on_time if old_odds else None)
    if change is None:
        moved = any(abs(x) > 1e-9 for x in (cost or 0.0, days, on_time or 0.0))
        change = "changed" if moved or route.unavailable_reason != old.unavailable_reason else "unchanged"
    return Delta(change, cost, days, on_time, old.cost, old.days_typical, old_odds.on_time if old_odds else None,
                 was_usable, usable, points_between(odds.on_time if odds else None,
                                                    old_odds.on_time if old_odds else None))


def _what_if_rate(warning, moved: set[str]):
    """A warning of a rate far from the table's, said as the what-if's where the what-if set it."""
    if getattr(warning, "template", None) != OVERRIDE_FAR or str(warning.values.get("currency")) not in moved:
        return warning
    return Message(dmsg.WHAT_IF_RATE_FAR, **warning.values)


def _days_nowhere(scenario: Scenario, tables: Tables, result: QuoteResult) -> list[Message]:
    """A what-if's days at a place where none of the quote's routes stops (a route takes them at its stops there),
    or days or rates on a leg none of them takes: said, since every route reads unchanged."""
    stops = {node.place_id for route in result.routes for node in route.nodes if node.event != WAIT_EVENT}
    taken = {leg.leg_id for route in result.routes for leg in route.legs}
    said = []
    for number, change in enumerate(scenario.changes, 1):
        places = places_of(tables, change) if change.kind == "add_days" else ()
        if places and not stops.intersection(places):
            said.append(Message(dmsg.DAYS_NOWHERE, number=Figure(number, ".0f"), change=describe(change),
                                place=tables.places[places[0]].name))
        legs = legs_of(tables, change) if change.kind in ("add_days", "scale_rates") else ()
        if legs and not taken.intersection(legs):  # "Aktau–Baku +3 days" with no route by the ferry: said nothing
            leg = tables.legs[legs[0]]
            said.append(Message(dmsg.LEG_NOWHERE, number=Figure(number, ".0f"), change=describe(change),
                                leg=Message(qmsg.LEG_NAME, start=tables.places[leg.from_place].name,
                                            end=tables.places[leg.to_place].name)))
    return said


def _joined_limits(result: QuoteResult, goal_result: QuoteResult):
    """The warnings of both quotes' limits, each once, worked out when first asked for (as a quote's own)."""
    return lambda: list(dict.fromkeys([*result.limit_warnings, *goal_result.limit_warnings]))


def _frontier(routes: list[RouteQuote]) -> tuple[RouteQuote, ...]:
    """The routes in the engine's order (open first, cheapest first), the cost–time frontier marked again over
    all of them: nothing else both cheaper and faster."""
    usable = [r for r in routes if r.available and r.cost is not None]

    def beaten(r: RouteQuote) -> bool:
        return any(o.cost <= r.cost and o.days_typical <= r.days_typical
                   and (o.cost < r.cost or o.days_typical < r.days_typical) for o in usable if o is not r)

    front = {id(r) for r in usable if not beaten(r)}
    marked = [replace(r, pareto=id(r) in front) for r in routes]
    marked.sort(key=lambda r: (not r.available, r.cost is None, r.cost or 0.0, r.days_typical))
    return tuple(marked)


def _passed_over(result: QuoteResult, index: int | None, typically: bool = False) -> Message | None:
    """The cheaper route the recommendation passed over for the cargo's shelf life, said with its longest time, or
    its typical time where the recommendation keeps within the shelf life only at its own (``typically``)."""
    if index is None:
        return None
    route, shelf = result.routes[index], result.cargo.shelf_life_days
    # the typical days to a tenth, as the route's row gives them when they are so close (17.6 beside 14)
    days = Figure(route.days_typical, ",.1f") if typically else longest_days(route.days_max, shelf)
    return Message(dmsg.CHOSEN_FOR_SHELF_LIFE_TYPICALLY if typically else dmsg.CHOSEN_FOR_SHELF_LIFE,
                   route=numbered_route(result, index, told=True), days=days,
                   cargo=InSentence(result.cargo.name), shelf=Figure(shelf, ",.0f"))
