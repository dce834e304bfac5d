"""The least a path can cost, take and emit before it is priced, and whether it is surely closed: what lets a quote
leave unpriced the paths that cannot be shown (frontier.price_corridor)."""
from __future__ import annotations

import math
from operator import add

from . import model as m
from .equipment_choice import change_least
from .frontier import Bound, bound_order
from .network import Network, Step
from .path_rows import KEPT_ROWS, NUMBERED_FROM, PathRows
from .model import SEA_MODES
from .departure_spans import never_ends
from .path_events import crosses_unmarked, events_between
from .run_costs import RunCosts
from .tariffs import MissingTariff, PricingRequest, Tariffs
from .throughput import passage_days

BOUND_SLACK = 1 - 1e-9  # far above the rounding of a sum of a route's figures, far below any real difference
KEPT_ORDERS = 256  # groups of paths in bound order a request's span keeps, the first dropped past that (~16 KB each)


class PathBounds:
    """Bounds of paths for one request and cargo class; what they share (per leg, per stop) is kept in the
    request's ``bounds``."""

    def __init__(self, network: Network, tariffs: Tariffs, req: PricingRequest, handling_class: str,
                 locked: m.Equipment | None, rows: dict | None = None):
        self.network, self.tariffs, self.req = network, tariffs, req
        self.handling_class, self.locked = handling_class, locked
        # the large groups of paths numbered (path_rows.PathRows), by the group's id: the engine's, kept with its
        # groups from one request to the next
        self._rows = {} if rows is None else rows
        # the last path bounded, and its sums (cost, days, CO2e) before each step and after the last (``bound``)
        self._last: tuple[Step, ...] = ()
        self._sums: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)]

    def bound(self, path: tuple[Step, ...]) -> Bound:
        """The least a path can cost, take and emit (frontier.Bound): its legs, each with its best equipment, and
        the stops its shape decides (borders, ports, changes of mode or gauge) with their dwell and the least fee
        over the equipment that can be there. A change of equipment within a mode is left out: it may not happen,
        and so is a wait for a closure to end (closures.reopening): it only adds days."""
        # this runs for every path of every request, its loop for every step: one look-up per step. The paths of a
        # corridor come depth first (path_search), most sharing their first steps with the one before: its sums
        # after those steps are taken up, the same to the last bit, since they were added in the same order
        last, sums = self._last, self._sums
        shared = 0
        for step, before in zip(path, last):
            if step is not before:
                break
            shared += 1
        del sums[shared + 1:]
        cost, days, co2 = sums[shared]
        before = path[shared - 1] if shared else None
        adds = self.req.step_bounds
        for step in path[shared:]:
            more = adds.get((before, step))
            if more is None:
                more = adds[(before, step)] = self._adds(before, step)
            cost += more[0]
            days += more[1]
            co2 += more[2]
            sums.append((cost, days, co2))
            before = step
        self._last = path
        stop = self.req.bounds.get((before, None)) or self._stop(before, None)  # ``_stop``, kept: a tuple
        # summed in another order than a walk sums the route: a hair lower, so that rounding never lifts the bound
        # above the route (a route 1e-15 days slower is another route)
        return Bound((cost + stop[0]) * BOUND_SLACK, (days + stop[1]) * BOUND_SLACK, co2 * BOUND_SLACK)

    def order(self, paths: tuple[tuple[Step, ...], ...], numbered: bool = True) -> list[list]:
        """frontier.bound_order of a group of paths, kept for the request's span (the group is kept with it, so
        that its id is not another's): a rate card quotes each pair for twelve months, most in one span.
        ``numbered``: a large group is numbered and bounded all at once (``_numbered_order``); not the quicker
        search's paths, found anew for each span, whose numbers would serve one request (on a network of 1,000
        legs, numbering them made those quotes 5 to 15 % slower)."""
        orders = self.req.orders
        kept = orders.get(id(paths))
        if kept is None or kept[0] is not paths:
            if len(orders) >= KEPT_ORDERS:  # the first kept is dropped: a rate card's pair still holds its own
                del orders[next(iter(orders))]
            kept = orders[id(paths)] = (paths, numbered and self._numbered_order(paths)
                                        or bound_order(paths, self.bound))
        return kept[1]

    def _numbered_order(self, paths: tuple[tuple[Step, ...], ...]) -> list[list] | None:
        """``bound_order`` of a large group of paths, bounded all at once (path_rows.PathRows.order): the same
        bounds in the same order, each path with whether it is surely closed (``surely_closed``). None for a small
        group, or where a figure is not a number."""
        if len(paths) < NUMBERED_FROM:
            return None
        kept = self._rows.get(id(paths))
        if kept is None or kept.paths is not paths:
            if len(self._rows) >= KEPT_ROWS:  # the first kept is dropped
                del self._rows[next(iter(self._rows))]
            kept = self._rows[id(paths)] = PathRows(paths)
        return kept.order(self.adds, self._at_end, BOUND_SLACK, self.closes)

    def _at_end(self, last: Step) -> tuple[float, float]:
        """What happens at the destination after a path's last step, as ``bound`` reads it."""
        return self.req.bounds.get((last, None)) or self._stop(last, None)

    def tight(self, path: tuple[Step, ...], bound: Bound) -> Bound:
        """A path's ``bound`` with a cost as high as is sure: a walk takes one equipment type for each run of legs
        (route_pricer.RoutePlan.runs), so the least, over one equipment type per run that every leg of the run
        accepts, of each run's legs and the stops charged with its type (and the change of equipment a run of the
        same mode as the one before begins with: ``_least_on_run``) and of the changes of equipment between runs
        whose types differ (``equipment_choice.change_least``), not each leg and stop with the equipment cheapest
        there. For leaving paths unpriced (frontier.price_corridor asks it only where ``bound`` does not already);
        the order they are priced in stays that of ``bound``.

        Why it is never above the route priced: the walk charges, for the types equipment_choice picks, each run's
        legs and stops with its type and, between two runs whose types are not the same, the change of equipment
        (and nothing else for a change: route_walk.Walk.run); each of those at least the least its rows can cost
        on any day from the departure on, for that type (``_least_on_run``, ``change_least``). So the route costs at
        least the sum of those leasts for the types picked, which is at least their least over every choice of
        types, worked out run by run (the least way to each type of a run from the types of the run before)."""
        runs, hc, locked = self.req.bounds, self.handling_class, self.locked
        options = self.network.equipment_set
        cost, start, count = 0.0, 0, len(path)
        # the least of the runs since the last without options, to each type of the run before (``was``: its types
        # with their least, as ``_least_on_run`` gives them, and their ids; kept so for the request's span)
        ways, was = None, None
        # where a run begins, these turn only on the steps up to there and the one it begins with (a run ends where
        # the next step's mode or equipment does not go on): kept for the request's span by those steps, and taken
        # up at the last such start of a path bounded before that this path shares (most share many first steps)
        starts = self.req.tight_starts
        for first in range(count - 1, 0, -1):
            kept = starts.get(path[:first + 1])
            if kept is not None:
                cost, ways, was = kept
                start = first
                break
        while start < count:  # route_pricer.RoutePricer.plan's runs
            if start:
                key = path[:start + 1]
                if key not in starts:
                    starts[key] = (cost, ways, was)
            mode = path[start].mode
            common = options(path[start].leg, hc, locked)
            end = start + 1
            while end < count and path[end].mode == mode:
                more = common & options(path[end].leg, hc, locked)
                if not more:
                    break
                common, end = more, end + 1
            key = ("run", path[start - 1] if start else None, path[start:end], path[end] if end < count else None)
            run = runs.get(key)
            if run is None:
                costs = self._least_on_run(key[1], key[2], key[3], common)
                run = runs[key] = (costs, tuple(equipment.equipment_id for equipment, _ in costs))
            costs = run[0]
            if not costs:
                cost += min(ways) if ways else 0.0
                ways = None
            elif ways is None:
                ways = [more for _, more in costs]
            else:
                moves = self._moves(path, start, was, run)
                ways = [min(map(add, ways, changes)) + more for changes, (_, more) in zip(moves, costs)]
            was, start = run, end
        cost = (cost + (min(ways) if ways else 0.0)) * BOUND_SLACK
        return bound if cost <= bound.cost else Bound(cost, bound.days, bound.co2e_kg)

    def _moves(self, path: tuple[Step, ...], start: int, was: tuple, run: tuple) -> tuple[tuple[float, ...], ...]:
        """The least changes of equipment (``_change``) before step ``start``, from each type of the run before
        (``was``: its leasts and their types' ids, as ``tight`` keeps them) to each of the run that begins there
        (``run``), per type of this run: kept for the request's span by the stop, its modes and the two runs'
        types, which most paths of a corridor that change there have in common."""
        step, before = path[start], path[start - 1]
        key = ("moves", step.start, before.mode, step.mode, was[1], run[1])
        moves = self.req.bounds.get(key)
        if moves is None:
            moves = self.req.bounds[key] = tuple(
                tuple(self._change(path, start, arriving, leaving) for arriving, _ in was[0]) for leaving, _ in run[0])
        return moves

    def runs(self) -> RunCosts:
        """What the quicker search (label_search) reads to cost a run of legs with one equipment type."""
        return RunCosts(self)

    def _change(self, path: tuple[Step, ...], start: int, arriving: m.Equipment, leaving: m.Equipment) -> float:
        """``_change_at`` before step ``start`` of a path."""
        return self._change_at(path[start - 1], path[start], arriving, leaving)

    def _change_at(self, before: Step, step: Step, arriving: m.Equipment, leaving: m.Equipment) -> float:
        """The least a change of equipment from ``arriving`` to ``leaving`` between two steps can cost
        (equipment_choice.change_least; none where the type goes on), kept for the request's span."""
        if arriving.equipment_id == leaving.equipment_id:
            return 0.0
        key = ("change", step.start, before.mode, step.mode, arriving.equipment_id, leaving.equipment_id)
        least = self.req.bounds.get(key)
        if least is None:
            tariffs, req = self.tariffs, self.req
            least = self.req.bounds[key] = change_least(tariffs, step.start, before.mode, step.mode, arriving,
                                                        tariffs.units(arriving, req), leaving,
                                                        tariffs.units(leaving, req), req)
        return least

    def _least_on_run(self, before: Step | None, run: tuple[Step, ...], after: Step | None,
                      common: frozenset[m.Equipment]) -> tuple[tuple[m.Equipment, float], ...]:
        """The least money of a run of legs that keeps one equipment type, for each type every leg of it accepts
        (``common``): its legs, the stops charged with its equipment (before its first leg those charged with the
        next leg's, after its last those charged with the leg's own) and, after a run of the same mode, the change
        of equipment (a new run of one mode begins where no equipment goes on)."""
        tariffs, req = self.tariffs, self.req
        first = run[0]
        stops = []
        for a, b in zip((before, *run), (*run, after)):
            for event in self._stop_events(a, b):
                if (a is before and not event[6]) or (b is after and event[6]):
                    continue  # charged with the equipment of the run before or after
                stops.append(event)
        if before is not None and before.mode == first.mode:
            stops.append((first.start, "transshipment", first.mode, "both"))
        least = []
        for equipment in common:
            units = tariffs.units(equipment, req)
            # each leg's and stop's least with one equipment type, kept: most are on many runs
            cost = 0.0
            for step in run:
                cost += self.leg_with(step, equipment, units)
            for place_id, event, mode, direction, *_ in stops:
                cost += self.fee_with(place_id, event, mode, direction, equipment, units)
            least.append((equipment, cost))
        return tuple(least)

    def leg_with(self, step: Step, equipment: m.Equipment, units: int) -> float:
        """The least money of a step's leg with one equipment type (infinite: no tariff), kept for the request's
        span."""
        kept = self.req.bounds
        more = kept.get(("leg", step, equipment.equipment_id))
        if more is None:
            try:
                more = self.tariffs.leg_least(step, equipment, units, self.req)
            except MissingTariff:
                more = math.inf
            kept[("leg", step, equipment.equipment_id)] = more
        return more

    def fee_with(self, place_id: str, event: str, mode: str, direction: str, equipment: m.Equipment,
                 units: int) -> float:
        """The least of a stop's fee with one equipment type, kept for the request's span."""
        key = ("stop", place_id, event, mode, equipment.equipment_id, direction)
        more = self.req.bounds.get(key)
        if more is None:
            more = self.req.bounds[key] = self.tariffs.node_least(place_id, event, mode, equipment, units, self.req,
                                                                  direction)
        return more

    def step(self, before: Step | None, step: Step) -> tuple[float, float]:
        """The least cost and days ``step`` adds after ``before`` (None: at the origin): its leg and the stop
        between them."""
        stop, least = self._stop(before, step), self._leg(step)
        return stop[0] + least[0], stop[1] + step.leg.days_typical

    def leg_cost(self, step: Step) -> float:
        """The least cost of a step's leg alone (infinite: no equipment has a tariff on it)."""
        return self._leg(step)[0]

    def _stop(self, before: Step | None, nxt: Step | None) -> tuple[float, float]:
        """``_least_at_stop``, kept for the request."""
        stop = self.req.bounds.get((before, nxt))
        if stop is None:
            stop = self.req.bounds[(before, nxt)] = self._least_at_stop(before, nxt)
        return stop

    def _leg(self, step: Step) -> tuple[float, float]:
        """``_least_on_leg``, kept for the request."""
        least = self.req.bounds.get(step)
        if least is None:
            least = self.req.bounds[step] = self._least_on_leg(step)
        return least

    def _adds(self, before: Step | None, step: Step) -> tuple[float, float, float]:
        """The least cost, days and CO2e ``step`` adds to a path after ``before``: its stop and leg together, kept
        for the request (each added to the path's sums at once, as ``step`` adds them)."""
        stop, least = self._stop(before, step), self._leg(step)
        return stop[0] + least[0], stop[1] + step.leg.days_typical, least[1]

    def surely_closed(self, path: tuple[Step, ...]) -> bool:
        """Whether a path cannot be available whatever its dates and equipment: a planned leg, a leg no equipment
        has a tariff on, or a closure in force since before the departure with no end (never waited out, whatever
        max_wait_days), at a place (for the mode
        the cargo leaves it by) or on a leg, for every equipment that can be there."""
        return any(self.closes(step, False) for step in path[:-1]) or self.closes(path[-1], True)

    def closes(self, step: Step, last: bool) -> bool:
        """``_closed``, kept for the request: most steps are on many paths."""
        kept = self.req.closed_at_end if last else self.req.closed_on_way
        closed = kept.get(step)
        if closed is None:
            closed = kept[step] = self._closed(step, last)
        return closed

    def adds(self, before: Step | None, step: Step) -> tuple[float, float, float]:
        """``_adds``, kept for the request (as ``bound`` keeps it)."""
        more = self.req.step_bounds.get((before, step))
        if more is None:
            more = self.req.step_bounds[(before, step)] = self._adds(before, step)
        return more

    def _closed(self, step: Step, last: bool) -> bool:
        """Whether one step closes every path through it (``last``: the step that ends the path, whose
        destination counts too)."""
        if step.leg.planned or self._leg(step)[0] == math.inf:
            return True
        # as a walk meets them: a place with the mode and equipment the cargo leaves it by (the destination:
        # arrives by), a leg with its own
        req, handling_class = self.req, self.handling_class
        options = self.network.equipment_for(step.leg, handling_class, self.locked)
        targets = [("leg", step.leg.leg_id), ("place", step.start)] + ([("place", step.end)] if last else [])
        return any(
            never_ends(c) and c.start <= req.departure and c.applies_to_mode(step.mode) and c.concerns(handling_class)
            and all(c.concerns_equipment(e.equipment_id) for e in options)
            for target in targets for c in self.tariffs.closures.get(target, ()))

    def _least_at_stop(self, step: Step | None, nxt: Step | None) -> tuple[float, float]:
        """The least fees and the dwell of what happens between ``step`` and ``nxt`` (None: the origin, the
        destination), as a walk charges it: between two legs with the next leg's equipment, at the ends and after a
        border with no border place with the leg's own."""
        tariffs, req = self.tariffs, self.req
        cost = days = 0.0
        for place_id, event, mode, direction, dwell, options, _ in self._stop_events(step, nxt):
            days += dwell
            # the least fees, and the least wait the stop's whole throughput imposes (route_walk adds both for
            # the equipment taken), over the equipment that can be there
            fees, waits = [], []
            for e, throughput in options:
                units = tariffs.units(e, req)
                fees.append(tariffs.node_least(place_id, event, mode, e, units, req, direction))
                waits.append(passage_days(throughput, mode, e, units, req.load.tonnes))
            cost += min(fees, default=0.0)
            days += min(waits, default=0.0)
        return cost, days

    def _stop_events(self, step: Step | None, nxt: Step | None) -> tuple[tuple, ...]:
        """What happens between ``step`` and ``nxt`` whatever the request: per event its place, event, mode,
        direction, typical dwell, the equipment that can be there with the throughput rows that apply to it, and
        whether it is charged with the next leg's equipment (else with ``step``'s).
        Kept by the engine's tariffs (whose dwell rows and throughputs these are): each request bounds the stops
        of its paths anew, and most are those of the requests before."""
        key = (step, nxt, self.handling_class, self.locked.equipment_id if self.locked else None)
        kept = self.tariffs.stop_events.get(key)
        if kept is not None:
            return kept
        places = self.network.tables.places
        if step is None:
            events = [("port_handling", nxt.mode, "outbound", nxt)] if nxt.mode in SEA_MODES else []
        else:
            events = ([(event, mode, direction, step if arriving else nxt)
                       for event, mode, direction, arriving in events_between(step, nxt, places)]
                      if nxt is not None else
                      [("port_handling", step.mode, "inbound", step)] if step.mode in SEA_MODES else [])
            if crosses_unmarked(step, places):
                events.append(("border_crossing", step.mode, "inbound", step))
        tariffs, said = self.tariffs, []
        added = False  # a what-if's days at the place, at the first stop with a dwell row, as route_walk adds them
        for event, mode, direction, leg_step in events:
            place_id = leg_step.start if leg_step is nxt else leg_step.end
            options = tuple((e, tariffs.throughputs.applying(place_id, event, mode, direction, self.handling_class,
                                                             e.equipment_id))
                            for e in self.network.equipment_for(leg_step.leg, self.handling_class, self.locked))
            # the least typical dwell over the equipment that can be there (a row may time one type alone)
            kinds = [e.equipment_id for e, _ in options] or [m.ANY]
            rules = [tariffs.dwell_rule(place_id, event, mode, direction, equipment_id=kind) for kind in kinds]
            if any(rule is not None for rule in rules) and not added and tariffs.adds_days(place_id):
                rules = [tariffs.dwell_rule(place_id, event, mode, direction, True, kind) for kind in kinds]
                added = True
            said.append((place_id, event, mode, direction,
                         min(rule.days_typical if rule else 0.0 for rule in rules), options, leg_step is nxt))
        kept = self.tariffs.stop_events[key] = tuple(said)
        return kept

    def _least_on_leg(self, step: Step) -> tuple[float, float]:
        """The least money (infinite: no tariff for any equipment) and CO2e of one leg over its equipment."""
        cost, co2 = math.inf, math.inf
        leg, tariffs, req = step.leg, self.tariffs, self.req
        for equipment in self.network.equipment_for(leg, self.handling_class, self.locked):
            try:
                cost = min(cost, tariffs.leg_least(step, equipment, tariffs.units(equipment, req), req))
            except MissingTariff:
                pass
            factor = tariffs.transport_factor(leg.mode, equipment)
            co2 = min(co2, req.load.tonnes * leg.km * factor.value / 1000.0 if factor else 0.0)
        return cost, (0.0 if co2 == math.inf else co2)
