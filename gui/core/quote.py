"""A quote for a request: the paths the search rules allow, bounded, the few that can be shown priced, and the
routes each corridor keeps, with what the quote must say about them."""
from __future__ import annotations

import datetime as dt
import heapq
from functools import lru_cache, partial
from typing import Callable, Iterable, Iterator

from . import messages as msg
from . import vocabulary as vocab

from . import quote_messages as qmsg
from . import model as m
from . import search_messages as smsg
from .bounds import PathBounds
from .departure_spans import SHARED_FIELDS, SHOWN_FIELDS, DepartureSpans
from .collector import collector_paused, full_passes_rare
from .customs import ban_warnings, clearance_date
from .errors import InputError
from .freshness import quote_warnings
from .frontier import Bound, mark_frontier, pareto, price_corridor, select_corridor_routes, trade_offs_not_shown
from .messages import Figure, InSentence, Message, Verbatim
from .money import FxTable
from .network import Network, Step
from . import path_search as searching
from .path_search import TooManyPaths
from .request import QuoteRequest, cargo_read_as, find_cargo, find_place, parse_quantity, resolve_load
from .route_values import Charge, FigureAge, LegLine, NodeLine, QuoteResult, RouteQuote
from .path_events import corridor_name
from .route_pricer import RoutePlan, RoutePricer
from .rule_cuts import hidden_routes
from .stopping import stops_before
from .tariffs import PricingRequest, Tariffs
from .validation import FX_WARN, check_departure, check_fx_override, check_stale_days, check_route_figures, \
    departure_window

# cargo loads, dates and currencies whose leg and stop money an engine keeps: a cargo over a year of months
KEPT_REQUESTS = 16
# departures whose closed places and legs an engine keeps, all dropped past that
KEPT_DAYS = 400
# places and closures whose quicker-search paths a span of money keeps (``_quote``), the first dropped past that
KEPT_LABELLED = 64

__all__ = ["Charge", "FigureAge", "LegLine", "NodeLine", "PricingRequest", "QuoteEngine", "QuoteResult",
           "RouteQuote"]


class QuoteEngine:
    """Holds the indexed tables; ``quote`` is the one entry point the CLI and the window call."""

    def __init__(self, tables: m.Tables, like: "QuoteEngine | None" = None):
        full_passes_rare()  # the collector's full passes go over all an engine keeps and find nothing (collector.py)
        self.tables = tables
        # ``like``: an engine of tables with the same legs and search rules (a what-if's): its network and its
        # search for the paths the rules allow are shared (only closures, dwell, rates or exchange rates differ)
        same_legs = like is not None and like.tables.legs == tables.legs and like.tables.places is tables.places \
            and like.tables.equipment is tables.equipment and like.tables.settings == tables.settings
        self.network = like.network if same_legs else Network(tables)
        self.fx = FxTable(tables.fx)
        self.departures = departure_window(tables)  # the dates these tables can price
        self.tariffs = Tariffs(tables, self.fx)
        self.pricer = RoutePricer(tables, self.network, self.tariffs)
        self._candidates_of = lru_cache(maxsize=256)(self._find_candidates)
        self._path_rows: dict[int, object] = {}  # large groups of paths numbered (path_rows.PathRows), by id
        self._requests: dict[tuple, PricingRequest] = {}
        self._spans = DepartureSpans(tables)
        self._shared: dict[tuple, dict[str, dict]] = {}  # per cargo load, currency and span: what bounds, walks keep
        self._blocked_on: dict[dt.date, frozenset[str]] = {}  # by departure (``_blocked``)
        if same_legs:  # the paths do not depend on rates: every one of them is priced for each request
            self._candidates_of, self._path_rows = like._candidates_of, like._path_rows

    # ------------------------------------------------------------------ entry points

    def quote(self, request: QuoteRequest) -> QuoteResult:
        """The quote of a request, with Python's cyclic garbage collector held off while it is worked out (it makes
        none: collector.py)."""
        with collector_paused():
            return self._quote(request)

    def check(self, request: QuoteRequest) -> None:
        """Raise the InputError the request's own fields make (a place not in the tables, a quantity that is no
        number …), as ``quote`` would, without searching: milliseconds."""
        self._checked(request)

    def _checked(self, request: QuoteRequest) -> tuple:
        cargo = find_cargo(self.tables, request.cargo)
        origin = find_place(self.tables, request.origin, field="origin")
        destination = find_place(self.tables, request.destination, field="destination")
        if origin.place_id == destination.place_id:
            raise InputError("destination", Message(qmsg.SAME_PLACE))
        currency = request.currency.strip().upper()
        if currency not in self.fx.currencies:
            raise self.fx.unknown_currency(currency)
        check_departure(request.departure, self.departures)
        check_stale_days(request.stale_after_days)
        quantity = parse_quantity(request.quantity)
        load = resolve_load(self.tables, cargo, quantity, request.unit)
        return cargo, origin, destination, currency, load, self._overrides(request)

    def _prepared(self, request: QuoteRequest) -> tuple:
        """What a quote of the request and ``every_path`` start from: its checked fields, the day it is quoted on,
        its PricingRequest, the places and legs closed on the departure, its paths' bounds and its paths grouped by
        corridor (``_candidates``: once for the cargo classes that can take the same steps, network.Network.
        same_steps; None: the rules allow too many paths to try, and the quicker search finds the routes)."""
        cargo, origin, destination, currency, load, overrides = self._checked(request)
        quoted_on = request.day_quoted()
        req = self._pricing_request(cargo, load, request.departure, currency, overrides, quoted_on)
        blocked = self._blocked(request.departure)
        bounds = PathBounds(self.network, self.tariffs, req, cargo.handling_class, load.locked, self._path_rows)
        candidates = self._candidates(origin.place_id, destination.place_id, cargo.handling_class, load.locked,
                                      blocked)
        return cargo, origin, destination, currency, load, overrides, quoted_on, req, blocked, bounds, candidates

    def _quote(self, request: QuoteRequest) -> QuoteResult:
        (cargo, origin, destination, currency, load, overrides, quoted_on, req, blocked, bounds,
         candidates) = self._prepared(request)
        handling, locked = cargo.handling_class, load.locked
        quicker = candidates is None
        if quicker:
            # its paths, or that it ran past its budget, turn only on what the bounds read, the same for every
            # departure of a span of the request's money, and on the closures of the day: kept with the span (a date
            # changed in the window, a rate card's months), as the bounds are
            where = (origin.place_id, destination.place_id, blocked)
            candidates = req.labelled.get(where)
            if candidates is None:
                try:
                    candidates = self._grouped(self.network.labelled(
                        origin.place_id, destination.place_id, handling, locked, blocked, bounds.adds, bounds.closes,
                        bounds.runs()))
                except TooManyPaths as error:
                    candidates = TooManyPaths(*error.args)  # without its traceback, which holds the search's labels
                if len(req.labelled) >= KEPT_LABELLED:  # the first kept is dropped (hundreds of paths each)
                    del req.labelled[next(iter(req.labelled))]
                req.labelled[where] = candidates
            if isinstance(candidates, TooManyPaths):
                raise _too_many(candidates) from None
            if not candidates:  # not "no route": the paths it did not walk on may hold one
                raise _too_many(TooManyPaths(searching.STEP_BUDGET))
        unsaid: dict = {}  # the routes priced, their sentences said only of those the quote keeps
        # the quicker search's paths are found anew for each span of money: none is worth keeping a plan for
        # stopped before the next path when no one waits for the quote any more (a newer request, stopping.py)
        price = stops_before(partial(self._price_path, req, handling, locked, keep=not quicker, unsaid=unsaid))
        groups = [price_corridor(group, bounds.bound, bounds.surely_closed, price, bounds.order(group, not quicker),
                                 bounds.tight) for group in candidates]
        per_corridor = self.tables.settings.routes_per_corridor
        shown = [route for group in groups for route in select_corridor_routes(group, per_corridor)]
        front = pareto([r for group in groups for r in group if r.available and r.cost is not None])
        routes = mark_frontier(shown, front, partial(self.pricer.said, unsaid=unsaid))
        check_route_figures(routes)
        used = {code for route in routes for code in route.currencies} | {currency, "USD"} | set(overrides)
        fx = tuple(self.tariffs.rate(code, req) for code in sorted(used))
        # that a better route may exist before the figures' age: the first lines are all the window shows at 150 %
        warnings = [Message(smsg.QUICKER_SEARCH, steps=Figure(searching.STEP_BUDGET, ",.0f"))] if quicker else []
        warnings += quote_warnings(request.departure, quoted_on, request.stale_after_days, fx, routes, currency)
        warnings.extend(trade_offs_not_shown(front, shown, per_corridor))
        arrivals = [clearance_date(request.departure, r.days_typical) for r in routes if r.available] or [
            request.departure]
        warnings[:0] = ban_warnings(self.tables.trade, cargo, origin.country, destination.country,
                                    arrivals, self.tables.sources)  # the buyer's first
        warnings[:0] = filter(None, [cargo_read_as(cargo, request.cargo)])  # before it, which cargo was taken
        if quicker:  # not every path was tried: a route past the limits would be weighed against some of them
            limits = partial(list, [Message(smsg.LIMITS_UNKNOWN)])
        else:
            limits = partial(hidden_routes, self.network.search(origin.place_id, destination.place_id, handling,
                                                                locked, blocked),
                             [r for group in groups for r in group], self.tables.settings, bounds,
                             partial(corridor_name, places=self.tables.places),
                             partial(self._price_path, req, handling, locked, keep=False))
        if not routes:
            warnings.append(Message(qmsg.NO_ROUTE, cargo=InSentence(cargo.name),
                                    handling=vocab.handling_term(cargo.handling_class),
                                    origin=origin.name, destination=destination.name))
        for rate in fx:
            if rate.overridden and abs(rate.units_per_usd / rate.table_units_per_usd - 1) > FX_WARN:
                warnings.append(Message(qmsg.OVERRIDE_FAR, currency=Verbatim(rate.currency),
                                        rate=Figure(rate.units_per_usd, msg.RATE),
                                        table=Figure(rate.table_units_per_usd, msg.RATE), date=rate.as_of,
                                        change=Figure(rate.units_per_usd / rate.table_units_per_usd - 1, "+.0%")))
            if rate.after_departure and rate.currency != "USD":  # the table's base: 1 per USD on every date
                warnings.append(Message(qmsg.RATE_AFTER, currency=Verbatim(rate.currency), departure=request.departure,
                                        date=rate.as_of))
        return QuoteResult(request, cargo, origin, destination, load, currency, fx, routes,
                           self.tables.corridors_file, self.tables.tariffs_file, tuple(warnings), limits)

    def _pricing_request(self, cargo: m.CargoType, load, departure: dt.date, currency: str,
                         overrides: dict[str, float], quoted_on: dt.date) -> PricingRequest:
        """The request's inputs with what is worked out for them (the money of each leg and stop, the equipment
        of each run of legs, the least a leg or stop can add): the same for any two places, so kept for the last
        few cargo loads, dates and currencies asked for. A quote for another destination of the same cargo prices
        the legs it shares with the last one once."""
        key = (cargo.cargo_id, load, departure, currency, tuple(sorted(overrides.items())), quoted_on)
        req = self._requests.pop(key, None)
        if req is None:
            # the bounds of paths are the same for every departure of a span of money, the parts and walks for
            # every one of a span of what routes show as well (departure_spans.DepartureSpans): the requests of
            # one span share them, as a rate card's months or a date changed in the window do
            money, shown = self._spans.of(departure)
            of_money = (*key[:2], *key[3:5], money)  # the cargo, load, currency and overrides, in the span of money
            fields = {}
            for span, names in ((of_money, SHARED_FIELDS), ((*of_money, shown), SHOWN_FIELDS)):
                shared = self._shared.pop(span, None)
                if shared is None:
                    shared = {name: {} for name in names}
                    if len(self._shared) >= 2 * KEPT_REQUESTS:
                        del self._shared[next(iter(self._shared))]
                self._shared[span] = shared
                fields.update(shared)
            req = PricingRequest(cargo, load, departure, currency, self.fx.with_overrides(overrides, departure),
                                 quoted_on=quoted_on, **fields)
            if len(self._requests) >= KEPT_REQUESTS:
                del self._requests[next(iter(self._requests))]
        self._requests[key] = req  # last asked for last: the first is the one to drop
        return req

    def every_path(self, request: QuoteRequest
                   ) -> Iterator[tuple[Bound, Callable[[], Bound], Callable[[], RouteQuote], tuple[Step, ...]]]:
        """Every path of a request's quote that can be used (those surely closed left out), over all its corridors,
        least cost bound first (then least days): each as its bound (frontier.Bound), a function giving its tighter
        bound (bounds.PathBounds.tight), one pricing it as the quote would, warnings and all, and the path (the
        same tuple for every request of the span: goal_search.KeptPaths keeps its route by it). For the goals a
        quote's few routes per corridor can miss (goal_search.py): a path beaten on cost and typical days may be
        the cheapest to arrive in time. Where the quote took the quicker search, its paths (a better route may
        exist, and the quote says so); none where it was refused. Call after ``quote``: it reads what the quote
        kept (its paths, their bounds in order), the same for the request's span."""
        cargo, origin, destination, _, load, _, _, req, blocked, bounds, candidates = self._prepared(request)
        quicker = candidates is None
        if quicker:
            candidates = req.labelled.get((origin.place_id, destination.place_id, blocked))
            if candidates is None or isinstance(candidates, TooManyPaths):
                return
        # as ``_quote``: no plan kept of the quicker search's paths, found anew for each span of money; stopped
        # before the next path when a newer request came (stopping.py)
        price = stops_before(partial(self._price_path, req, cargo.handling_class, load.locked, keep=not quicker))
        # the groups' bound orders, kept for the span (the quote's own), merged: ``[bound, index, path, tight,
        # closed]`` each, the last two filled as price_corridor does when first asked
        for item in heapq.merge(*(bounds.order(group, not quicker) for group in candidates),
                                key=lambda item: (item[0].cost, item[0].days)):
            if item[4] is None:
                item[4] = bounds.surely_closed(item[2])
            if not item[4]:
                yield item[0], partial(_tight, bounds, item), partial(price, item[2]), item[2]

    def quote_paths(self, request: QuoteRequest, keep: Callable[[tuple[Step, ...]], bool]) -> tuple[RouteQuote, ...]:
        """Every path the search finds for a request that ``keep`` accepts, each priced: the calibration measures
        the model on the path a reported shipment took, not only on the trade-offs a quote keeps."""
        cargo = find_cargo(self.tables, request.cargo)
        origin = find_place(self.tables, request.origin, field="origin")
        destination = find_place(self.tables, request.destination, field="destination")
        load = resolve_load(self.tables, cargo, parse_quantity(request.quantity), request.unit)
        req = PricingRequest(cargo, load, request.departure, request.currency.strip().upper())
        blocked = self._blocked(request.departure)
        try:
            paths = self.network.routes(origin.place_id, destination.place_id, cargo.handling_class, load.locked,
                                        blocked)
        except TooManyPaths as error:
            raise _too_many(error) from None
        return tuple(self.route(self.plan(path, cargo.handling_class, load.locked), req) for path in paths
                     if keep(path))

    def price_same(self, request: QuoteRequest, routes: tuple[RouteQuote, ...]) -> tuple[RouteQuote | None, ...]:
        """Routes quoted on other tables (those as they are, beside a what-if's) priced on these for the same
        request, leg by leg on the same legs, as ``quote`` prices a path: whether the what-if still offers each and at
        what price, when its corridor no longer shows it. None: these tables lack one of its legs."""
        cargo = find_cargo(self.tables, request.cargo)
        load = resolve_load(self.tables, cargo, parse_quantity(request.quantity), request.unit)
        req = self._pricing_request(cargo, load, request.departure, request.currency.strip().upper(),
                                    self._overrides(request), request.day_quoted())
        priced: list[RouteQuote | None] = []
        for route in routes:
            legs = [self.tables.legs.get(line.leg_id) for line in route.legs]
            if not legs or None in legs:
                priced.append(None)
                continue
            path = tuple(Step.along(leg, leg.from_place == start) for leg, start in zip(legs, route.place_ids))
            priced.append(self._price_path(req, cargo.handling_class, load.locked, path, keep=False))
        return tuple(priced)

    # ------------------------------------------------------------------ one path

    def plan(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None) -> RoutePlan:
        return self.pricer.plan(path, handling_class, locked)

    def route(self, plan: RoutePlan, req: PricingRequest) -> RouteQuote:
        return self.pricer.route(plan, req)

    def _price_path(self, req: PricingRequest, handling_class: str, locked: m.Equipment | None,
                    path: tuple[Step, ...], keep: bool = True, unsaid: dict | None = None) -> RouteQuote:
        """``keep``: keep the path's plan for later requests (not for paths past a limit, walked anew each time);
        ``unsaid``: RoutePricer.route's."""
        return self.pricer.route(self.pricer.plan(path, handling_class, locked, keep), req, unsaid)

    # ------------------------------------------------------------------ candidate paths

    def _candidates(self, origin: str, destination: str, handling_class: str, locked: m.Equipment | None,
                    blocked: frozenset[str]) -> tuple[tuple[tuple[Step, ...], ...], ...] | None:
        """``_find_candidates``, kept by what the search reads (network.Network.search_key): departures whose
        closures leave the same km to measure the detour limit from share the same groups, and so the bounds in
        order kept for each group (bounds.PathBounds.order, by its id), as a rate card's months with other
        closures do."""
        return self._candidates_of(self.network.search_key(origin, destination, handling_class, locked, blocked))

    def _find_candidates(self, key: tuple) -> tuple[tuple[tuple[Step, ...], ...], ...] | None:
        """Every path the search rules allow (the search of ``key``: network.Network.search_key), grouped by
        corridor: each is bounded for a request, so that no corridor loses its cheapest, fastest or lowest-CO2e
        route to an estimate made before pricing. None where the rules allow too many paths to try (kept as the
        paths are: the walk would stop there again)."""
        try:
            return self._grouped(self.network.searched(key).paths)
        except TooManyPaths:
            return None

    def _grouped(self, paths: Iterable[tuple[Step, ...]]) -> tuple[tuple[tuple[Step, ...], ...], ...]:
        """Paths grouped by corridor, in the order of each corridor's first."""
        places = self.tables.places
        groups: dict[str, list[tuple[Step, ...]]] = {}
        for path in paths:
            groups.setdefault(corridor_name(path, places), []).append(path)
        return tuple(tuple(group) for group in groups.values())

    def _blocked(self, departure: dt.date) -> frozenset[str]:
        """The places and legs a closure row holds on the departure: the search leaves paths through them out.
        Kept by the day (a rate card asks for a few days, each for many places)."""
        blocked = self._blocked_on.get(departure)
        if blocked is None:
            if len(self._blocked_on) >= KEPT_DAYS:
                self._blocked_on.clear()
            blocked = self._blocked_on[departure] = frozenset(
                c.target_id for c in self.tables.closures if c.closed and c.covers(departure))
        return blocked

    def _overrides(self, request: QuoteRequest) -> dict[str, float]:
        overrides = {}
        for code, value in request.fx_overrides:
            code = code.strip().upper()
            if code not in self.fx.currencies:
                raise self.fx.unknown_currency(code, "fx")
            if code == "USD":
                raise InputError("fx", Message(qmsg.USD_IS_BASE))
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise InputError("fx", Message(qmsg.RATE_NOT_NUMBER, currency=Verbatim(code),
                                               text=Verbatim(str(value)))) from None
            check_fx_override(code, value, self.fx.rate(code, request.departure).units_per_usd)
            overrides[code] = value
        return overrides


def _too_many(error: TooManyPaths) -> InputError:
    """The search rules allow too many paths: a problem of the tables' settings, said with the ones to keep."""
    return InputError("settings", Message(smsg.TOO_MANY_PATHS, steps=Figure(error.args[0], ",.0f")))


def _tight(bounds: PathBounds, item: list) -> Bound:
    """The tighter bound of a path of a bound order (``[bound, index, path, tight, closed]``), kept in it."""
    if item[3] is None:
        item[3] = bounds.tight(item[2], item[0])
    return item[3]
