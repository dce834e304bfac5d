"""Pricing and timing paths for requests: a path's plan (what does not depend on quantity or date: runs of legs
that keep one equipment type, the events between legs, the closures that can touch it), worked out once and kept,
the equipment chosen per run (the cheapest on its legs and stops together: equipment_choice.py), and the route's
totals and warnings from one walk along it (route_walk.py); the leg and stop lines only when the breakdown is asked
for."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from . import quote_messages as qmsg
from . import model as m
from . import rate_messages as rmsg
from .closures import Hit as ClosureHit
from .closures import judge as judge_closures
from .closures import state as closure_state
from .messages import Message
from .network import Network, Step
from .path_events import corridor_name, crosses_unmarked, events_between
from .route_values import LegLine, NodeLine, RouteQuote
from .equipment_choice import choose_equipment, run_stops
from .equipment_changes import changes_settled
from .route_walk import Walk, keep_prefixes, replay, resumed, taken_up
from .walk_totals import WalkTotals
from .tariffs import PricingRequest, Tariffs


# judgements of closure rows met a pricer keeps, then drops all: about 3 KB each (their sentences), so at most some
# 7 MB. A route's set is met again mostly by the quotes of the same dates for other places (a rate card's next
# pair): 2,000 judge a third fewer sets over a rate card's first 240 quotes; kept without limit, 44 % fewer, but
# 260 MB after the whole rate card
KEPT_JUDGEMENTS = 2_000
# rows met on a route's dates with those of them that touch the dates, kept (each a few hundred bytes), all dropped
# past that
KEPT_STATES = 20_000


@dataclass(frozen=True)
class RoutePlan:
    """What about a path does not depend on quantity or date, worked out once and kept with the path."""

    path: tuple[Step, ...]
    # legs that keep one equipment type: the first, past the last, the options, the stops charged with it
    # (equipment_choice.run_stops; none where there is one option)
    runs: tuple[tuple[int, int, tuple[m.Equipment, ...], tuple[tuple[str, str, str, str], ...]], ...]
    # after each leg but the last: (event, mode, direction, whether the arriving leg's equipment is the one charged)
    events: tuple[tuple[tuple[str, str, str, bool], ...], ...]
    unmarked: tuple[bool, ...]  # the leg crosses a border with no border place at either end
    place_closures: tuple[tuple[m.Closure, ...], ...]  # those that concern the cargo's handling class
    leg_closures: tuple[tuple[m.Closure, ...], ...]  # those met where the leg begins
    # per leg, those met on the way (a border or pass the leg runs over: Closure.at_km), as (the share of the leg's
    # days gone when the cargo gets there, the rows met there), in travel order
    leg_points: tuple[tuple[tuple[float, tuple[m.Closure, ...]], ...], ...]
    place_ids: tuple[str, ...]
    names: tuple[str, ...]
    corridor: str
    km: float
    leg_names: tuple[str, ...]  # "Termez–Hairatan", for messages
    kept: bool = True  # kept for later requests (a path past a limit is planned anew each time)
    modes: tuple[str, ...] = ()  # each leg's


@dataclass(frozen=True)
class StepFacts:
    """What a plan needs of a step for a cargo class and locked equipment."""

    options: frozenset[m.Equipment]  # the equipment that can carry the cargo on it
    unmarked: bool  # it crosses a border with no border place at either end
    leg_closures: tuple[m.Closure, ...]  # those of its leg that concern the cargo and the step's mode, met as it begins
    leg_points: tuple[tuple[float, tuple[m.Closure, ...]], ...]  # the others, met on the way (RoutePlan.leg_points)
    start_closures: tuple[m.Closure, ...]  # those of the place it leaves, for the mode it leaves by
    end_closures: tuple[m.Closure, ...]  # those of the place it reaches, for the same mode (the path's last)
    end_name: str  # the name of the place it reaches
    leg_name: Message  # "Termez–Hairatan", for messages (RoutePricer._leg_name)


def _concerning(closures: dict, target: tuple[str, str], mode: str, handling_class: str) -> tuple[m.Closure, ...]:
    """The closure rows of a place or leg that apply to a mode and concern a cargo class."""
    return tuple(c for c in closures.get(target, ()) if c.applies_to_mode(mode) and c.concerns(handling_class))


class RoutePricer:
    """Prices and times paths for requests; plans of paths are kept for any request."""

    def __init__(self, tables: m.Tables, network: Network, tariffs: Tariffs):
        self.tables = tables
        self.network = network
        self.tariffs = tariffs
        self._plans: dict[tuple, RoutePlan] = {}
        self._leg_names: dict[tuple[str, str], Message] = {}  # most legs are on many paths
        self._steps: dict[tuple, StepFacts] = {}
        self._ordered: dict[frozenset, tuple[m.Equipment, ...]] = {}
        self._between: dict[tuple[Step, Step], tuple[tuple[str, str, str], ...]] = {}
        self._judged: dict[tuple, tuple] = {}  # closures.judge of the rows a walk met (``_judge``)
        self._touching: dict[tuple, tuple] = {}  # the rows met that touch the dates they are met on (``_judge``)
        # sentences said of many routes, made once: messages are read, never changed
        self._estimates = Message(qmsg.ESTIMATES)
        self._no_hub_factor: dict[tuple[str, ...], Message] = {}  # by the places

    def _leg_name(self, start: str, end: str) -> Message:
        name = self._leg_names.get((start, end))
        if name is None:
            name = self._leg_names[(start, end)] = Message(qmsg.LEG_NAME, start=start, end=end)
        return name

    def plan(self, path: tuple[Step, ...], handling_class: str, locked: m.Equipment | None,
             keep: bool = True) -> RoutePlan:
        key = (id(path), handling_class, locked.equipment_id if locked else None)
        cached = self._plans.get(key)
        if cached is not None and cached.path is path:
            return cached
        places = self.tables.places
        locked_id = locked.equipment_id if locked else None
        # what each step and each two steps bring, kept (most are on many paths): a look-up each
        kept_facts, between = self._steps, self._between
        facts = [kept_facts.get((step, handling_class, locked_id)) or self._step_facts(step, handling_class, locked,
                                                                                       locked_id) for step in path]
        events = [between.get((step, nxt)) or self._events(step, nxt) for step, nxt in zip(path, path[1:])]
        place_ids = (path[0].start, *(step.end for step in path))
        unmarked = tuple(f.unmarked for f in facts)
        runs = []
        start = 0
        while start < len(path):
            common = facts[start].options
            end = start + 1
            while end < len(path) and path[end].mode == path[start].mode and common & facts[end].options:
                common = common & facts[end].options
                end += 1
            options = self._in_order(common)
            # the stops only matter to a choice: one option is taken whatever they charge
            runs.append((start, end, options,
                         run_stops(path, events, unmarked, place_ids, start, end) if len(options) > 1 else ()))
            start = end
        # closures that can touch this path: per leg, and per place for the mode the cargo leaves it by
        place_closures = [f.start_closures for f in facts] + [facts[-1].end_closures]
        leg_closures = [f.leg_closures for f in facts]
        leg_points = tuple(f.leg_points for f in facts)
        names = (places[path[0].start].name, *(f.end_name for f in facts))
        plan = RoutePlan(path, tuple(runs), tuple(events), unmarked,
                         tuple(place_closures), tuple(leg_closures), leg_points, place_ids,
                         names, corridor_name(path, places), sum(step.leg.km for step in path),
                         tuple(f.leg_name for f in facts), keep, tuple(step.leg.mode for step in path))
        if keep:
            self._plans[key] = plan
        return plan

    def _step_facts(self, step: Step, handling_class: str, locked: m.Equipment | None, locked_id) -> StepFacts:
        """What a plan needs of a step, the same on every path through it (most steps are on many)."""
        key = (step, handling_class, locked_id)
        facts = self._steps.get(key)
        if facts is None:
            closures, mode, places = self.tariffs.closures, step.mode, self.tables.places
            points = m.by_point(_concerning(closures, ("leg", step.leg.leg_id), mode, handling_class), step.start,
                                step.leg.km)
            facts = self._steps[key] = StepFacts(
                frozenset(self.network.equipment_for(step.leg, handling_class, locked)),
                crosses_unmarked(step, places),
                points[0][1] if points and not points[0][0] else (), tuple(p for p in points if p[0]),
                _concerning(closures, ("place", step.start), mode, handling_class),
                _concerning(closures, ("place", step.end), mode, handling_class),
                places[step.end].name, self._leg_name(places[step.start].name, places[step.end].name))
        return facts

    def _in_order(self, options: frozenset[m.Equipment]) -> tuple[m.Equipment, ...]:
        ordered = self._ordered.get(options)
        if ordered is None:
            ordered = self._ordered[options] = tuple(sorted(options, key=lambda e: e.equipment_id))
        return ordered

    def _events(self, step: Step, nxt: Step) -> tuple[tuple[str, str, str, bool], ...]:
        events = self._between.get((step, nxt))
        if events is None:
            events = self._between[(step, nxt)] = events_between(step, nxt, self.tables.places)
        return events

    def route(self, plan: RoutePlan, req: PricingRequest, unsaid: dict | None = None) -> RouteQuote:
        """The route of a plan for a request. ``unsaid``: its warnings and the reasons it is closed are left out
        (the route says only whether it is available) and said by ``said`` once the quote keeps it: judging the
        closures met makes sentences with their dates, and a quote shows a few of the routes it prices; kept in
        ``unsaid`` by the route's id until then."""
        walk, values, replayed = self._walk(plan, req)
        if unsaid is None:
            warnings, reason = self._sentences(walk, req.quoted_on)
            available = not reason
        else:
            warnings, reason = (), ""
            # a walk replayed met no row that holds the cargo on one of its dates (route_walk.replay): none closes it
            available = not walk.reasons and (replayed or not _closes(walk.hits))
        fields = values.copy()
        fields.update(available=available, unavailable_reason=reason, currency=req.currency, warnings=warnings,
                      _breakdown=partial(self.breakdown, plan, req))
        # RouteQuote(**fields), every field given, without its __init__'s call per field (it checks nothing; a
        # test holds the two the same)
        route = object.__new__(RouteQuote)
        object.__setattr__(route, "__dict__", fields)
        if unsaid is not None:
            unsaid[id(route)] = (route, walk, req.quoted_on)
        return route

    def _walk(self, plan: RoutePlan, req: PricingRequest) -> tuple[WalkTotals, dict, bool]:
        """A walk along a plan for a request, the route's fields it decides alone, and whether it was replayed
        (route_walk.replay): where the plan was walked for another departure of the request's span with the
        equipment chosen for the span and nothing that moved its days or changes with the day (a rate card's
        months), or taken up to where a closure row met holds the cargo on this departure's dates and walked on from
        there (route_walk.taken_up); else walked, and kept for the span if it can be replayed."""
        walks = req.walks
        kept = walks.get(id(plan))
        if kept is not None and kept[0] is plan:  # the plan is kept with its walk: its id is not reused
            walk = replay(kept[1], kept[2], req.departure)
            if walk is not None:
                return walk, kept[3], True
            walker, first = taken_up(self.tariffs, plan, req, *kept[1:3], *kept[4:])
        else:  # taken up where a walk of the request began the same way (route_walk.resumed)
            choices = choose_equipment(self.tariffs, plan, req)
            walker = Walk(self.tariffs, plan, req, choices, breakdown=False, record=plan.kept and kept is None)
            first = resumed(walker, req.prefixes, plan.path, choices)
        walk = walker.run(first)
        if walker.marks and kept is None:
            keep_prefixes(req.prefixes, walker, plan.path)
        cost = None if walk.missing_tariff else walk.total
        # in the order of RouteQuote's fields, those a request sets (``route``) None until then
        values = {"corridor": plan.corridor, "place_ids": plan.place_ids, "path": plan.names, "available": None,
                  "unavailable_reason": None, "cost": cost, "currency": req.currency,
                  "cost_per_tonne": None if cost is None else cost / req.load.tonnes, "days_min": walk.days[0],
                  "days_typical": walk.days[1], "days_max": walk.days[2], "km": plan.km, "co2e_kg": walk.co2,
                  "border_crossings": tuple(walk.borders), "uses_estimates": walk.estimates, "warnings": None,
                  "currencies": tuple(sorted(walk.currencies)), "pareto": False, "oldest_figure": walk.oldest,
                  "undated_figures": len(walk.undated), "leg_modes": plan.modes, "_breakdown": None}
        if walker.met is not None and plan.kept and kept is None:
            settled = req.settled_choices  # the equipment of each run the same on every departure of the span
            if all((plan.path[start:end], stops) in settled for start, end, _, stops in plan.runs) and all(
                    changes_settled(self.tariffs, plan, start - 1, plan.runs[number - 1][2], options, req.departure)
                    for number, (start, _, options, _) in enumerate(plan.runs) if number):
                walks[id(plan)] = (plan, walker.met, walk, values, walker.choices, walker.marks)
        return walk, values, False

    def said(self, route: RouteQuote, unsaid: dict) -> dict:
        """The warnings and the reason it is closed of a route priced with ``unsaid`` (``route``), as fields."""
        kept = unsaid.get(id(route))
        if kept is None or kept[0] is not route:
            return {}
        warnings, reason = self._sentences(kept[1], kept[2])
        return {"warnings": warnings, "unavailable_reason": reason}

    def _sentences(self, walk, quoted_on) -> tuple[tuple, str]:
        """A walk's warnings and the reason its route is closed ("": it is available)."""
        closed, at_risk = self._judge(walk.hits, quoted_on)
        warnings = ([self._estimates] if walk.estimates else []) + at_risk + walk.warnings
        if walk.no_hub_factor:
            places = tuple(dict.fromkeys(walk.no_hub_factor))
            said = self._no_hub_factor.get(places)
            if said is None:
                said = self._no_hub_factor[places] = Message(rmsg.NO_HUB_FACTOR, places=Message.joined(places, ", "))
            warnings.append(said)
        # each said once, in the order met (most routes have no reason and at most one warning)
        reasons = tuple(dict.fromkeys(closed + walk.reasons)) if closed or walk.reasons else ()
        reason = reasons[0] if len(reasons) == 1 else Message.joined(reasons) if reasons else ""
        return tuple(dict.fromkeys(warnings) if len(warnings) > 1 else warnings), reason

    def _judge(self, met: list[tuple], quoted_on) -> tuple[list[Message], list[Message]]:
        """closures.judge of the rows a walk met (WalkTotals.hits), kept: many paths of a request meet the same
        rows at the same places on the same dates (a risk across a country is met by most of them), and judging
        makes sentences. A row that does not touch the dates it is met on (closures.state None) says nothing, so
        only those that do are judged and make the key: a route met on other dates by rows that say nothing there
        (a rate card's next month) is judged once. Kept by the ids of the rows and places, with what the walk
        met, so that none is reused; the lists given are only read."""
        touching, said = self._touching, []
        for entry in met:
            rows, when = entry[0], entry[2]
            kept = touching.get((id(rows), when))
            if kept is None or kept[0] is not rows:
                if len(touching) >= KEPT_STATES:
                    touching.clear()
                kept = touching[(id(rows), when)] = (rows, tuple(c for c in rows if closure_state(c, when)))
            if kept[1]:
                said.append((kept[1], entry))
        key = (quoted_on, *[(id(rows), id(where), when, reopens, waited)
                            for _, (rows, where, when, reopens, waited) in said])
        kept = self._judged.get(key)
        if kept is None:
            if len(self._judged) >= KEPT_JUDGEMENTS:
                self._judged.clear()
            hits = [ClosureHit(c, where, when, reopens, waited) for rows, (_, where, when, reopens, waited) in said
                    for c in rows]
            kept = self._judged[key] = (met, judge_closures(hits, quoted_on))
        return kept[1]

    def breakdown(self, plan: RoutePlan, req: PricingRequest) -> tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]:
        """The leg and stop lines of a route, walked again with every charge written out."""
        full = Walk(self.tariffs, plan, req, choose_equipment(self.tariffs, plan, req), breakdown=True).run()
        return tuple(full.legs), tuple(full.nodes)


def _closes(met: list[tuple]) -> bool:
    """Whether closure rows a walk met (WalkTotals.hits) close its route: one closed on the typical day where
    the cargo does not wait for it to reopen (closures.judge says each such row a reason)."""
    for rows, _, when, reopens, _ in met:
        if reopens is None:
            typical = when[1]
            for closure in rows:
                if closure.closed and not closure.proposed and closure.covers(typical):
                    return True
    return False
