"""Goals the user sets for a quote — the modes allowed, places or countries to avoid, a cost ceiling, a latest
arrival with the certainty asked, the lowest CO2e within a margin of the cheapest — and what they make of its
routes: each route that misses one keeps its place, with the reason; the recommended route is the cheapest that
meets them all (or, with a CO2e margin, the lowest in CO2e of those within it); and when none does, which goal
binds and by how much. What the user typed is read in gui/core/goal_reading.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from typing import Any

from . import decide_messages as dmsg
from .countries import country_term
from .deliver import odds_bound, odds_percent
from .errors import InputError
from .goal_reading import avoided, avoided_list, check_numbers
from .messages import LESS_THAN, Figure, Message, Verbatim
from .vocabulary import mode_term
from .quote_messages import LEG_NAME
from .model import Tables
from .summary import Telling, telling

GOAL_KEYS = ("modes", "avoid", "max_cost", "arrive_by", "co2")


@dataclass(frozen=True)
class Goals:
    """What the buyer asks of a route. Empty fields ask nothing; ``capital_rate_pct`` is not a goal but the
    annual rate at which the money in transit is counted (the economic cost)."""

    arrive_by: dt.date | None = None
    on_time_pct: float = 90.0  # the certainty asked of arriving by ``arrive_by``
    modes: tuple[str, ...] = ()  # the modes allowed (a mode of the tables; empty: any)
    avoid: tuple[str, ...] = ()  # places (any of their names), country codes or English country names
    max_cost: float | None = None  # in the quote currency
    max_cost_per_tonne: bool = False
    co2_within_pct: float | None = None  # the lowest CO2e among routes at most this much dearer than the cheapest
    capital_rate_pct: float | None = None

    @property
    def active(self) -> bool:
        return bool(self.arrive_by or self.modes or self.avoid or self.max_cost is not None
                    or self.co2_within_pct is not None)

    @property
    def wanted(self) -> float:
        return self.on_time_pct / 100.0

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["arrive_by"] = self.arrive_by.isoformat() if self.arrive_by else None
        data["modes"], data["avoid"] = list(self.modes), list(self.avoid)
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> "Goals":
        """Goals saved with a quote (unknown keys are ignored; a damaged entry is dropped, not a crash)."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        try:
            if values.get("arrive_by"):
                values["arrive_by"] = dt.date.fromisoformat(str(values["arrive_by"]))
            for key in ("modes", "avoid"):  # a list; one word where a hand wrote one ("road" read "r, o, a, d")
                listed = values.get(key) or ()
                values[key] = tuple(str(v) for v in ((listed,) if isinstance(listed, str) else listed))
            for key in ("on_time_pct", "max_cost", "co2_within_pct", "capital_rate_pct"):
                if values.get(key) is not None:
                    values[key] = float(values[key])
            return check_numbers(cls(**values))
        except (TypeError, ValueError, InputError):
            return cls()


# ------------------------------------------------------------------ judging the routes

@dataclass(frozen=True)
class Verdict:
    """What the goals make of a quote: per route the goals it misses (goal key → why), the recommended route
    (None: none meets every goal) and, when none does, what binds."""

    misses: tuple[dict[str, Message], ...]
    recommended: int | None
    binding: Message | None
    fresh_over: int | None = None  # the cheaper route the recommendation passed over for the cargo's shelf life
    fresh_typically: bool = False  # chosen as within the shelf life at its typical time only: none is at its longest

    def reason(self, index: int) -> Message | None:
        missed = self.misses[index]
        if not missed:
            return None
        parts = list(missed.values())
        return parts[0] if len(parts) == 1 else Message.joined(parts)


def judge(result, tables: Tables, goals: Goals, odds) -> Verdict:
    """``odds``: per route a deliver.RouteOdds (or None) when an arrival date is asked."""
    places, countries = avoided(tables, goals) if goals.avoid else (frozenset(), frozenset())
    currency = result.currency
    misses: list[dict[str, Message]] = []
    usable = []
    for index, route in enumerate(result.routes):
        missed: dict[str, Message] = {}
        if route.available and route.cost is not None:
            usable.append(index)
            missed = route_misses(route, tables, goals, currency, odds[index], (places, countries))
        misses.append(missed)
    qualifying = [i for i in usable if not misses[i]]
    recommended = fresh_over = None
    fresh: list[int] = []
    typically: list[int] = []
    if qualifying:
        def by_cost(i: int) -> tuple:
            return result.routes[i].cost, result.routes[i].days_typical

        # a perishable cargo is recommended a route that arrives within its shelf life even at its longest, when
        # one meets the goals: the cheapest that does (the rest keep their places, each with its flag); when none
        # does, the cheapest that arrives within it at its typical time: mangoes (14 days) were recommended a
        # route of 17.6 typical days, likely to spoil, beside one of 9.3
        shelf = result.cargo.shelf_life_days
        fresh = [i for i in qualifying if shelf is None or result.routes[i].days_max <= shelf]
        typically = [] if fresh else [i for i in qualifying if result.routes[i].days_typical <= shelf]
        cheapest_of_all = min(qualifying, key=by_cost)
        qualifying = fresh or typically or qualifying
        recommended = cheapest = min(qualifying, key=by_cost)
        fresh_over = cheapest_of_all if cheapest_of_all != cheapest else None
        if goals.co2_within_pct is not None:
            limit = result.routes[cheapest].cost * (1 + goals.co2_within_pct / 100.0)
            for i in qualifying:
                if result.routes[i].cost > limit + 1e-9:
                    misses[i]["co2"] = Message(dmsg.GOAL_CO2, over=Figure(
                        (result.routes[i].cost / result.routes[cheapest].cost - 1) * 100, ",.0f"),
                        within=Figure(goals.co2_within_pct, "g"))
            within = [i for i in qualifying if "co2" not in misses[i]]
            recommended = min(within, key=lambda i: (result.routes[i].co2e_kg, result.routes[i].cost))
    binding = None if recommended is not None or not goals.active else _binding(
        result, goals, odds, usable, misses, len(places) + len(countries))
    return Verdict(tuple(misses), recommended, binding, fresh_over,
                   fresh_over is not None and not fresh and bool(typically))


def route_misses(route, tables: Tables, goals: Goals, currency: str, odds, shunned: tuple | None = None
                 ) -> dict[str, Message]:
    """The goals a route that can be used misses (goal key → why): a mode not allowed, a place or country avoided
    (``shunned``: goal_reading.avoided, worked out once for many routes), a cost over the ceiling, odds of arriving
    in time under the certainty asked (``odds``: its deliver.RouteOdds, None where no date is asked)."""
    missed: dict[str, Message] = {}
    _modes(route, goals, missed)
    if goals.avoid:
        places, countries = shunned if shunned is not None else avoided(tables, goals)
        _avoid(route, tables, places, countries, missed)
    if goals.max_cost is not None:
        cost = route.cost_per_tonne if goals.max_cost_per_tonne else route.cost
        if cost > goals.max_cost:
            missed["max_cost"] = Message(dmsg.GOAL_COST, **_over_ceiling(cost, currency, goals))
    if goals.arrive_by is not None and odds is not None and odds.on_time < goals.wanted:
        missed["arrive_by"] = _late(odds, goals)
    return missed


def _late(odds, goals: Goals) -> Message:
    """A route under the certainty asked, with its odds as the routes give them: "< 0.1 %", not "0 %", for odds
    that are not nil (deliver.odds_bound)."""
    below = odds_bound(odds.on_time) == "<"
    return Message(dmsg.GOAL_NEVER if odds.sure_by is None else dmsg.GOAL_ON_TIME,
                   odds=Figure(0.1, LESS_THAN + "g") if below else Figure(odds_percent(odds.on_time), "g"),
                   date=goals.arrive_by, wanted=Figure(goals.on_time_pct, "g"))


def _modes(route, goals: Goals, missed: dict[str, Message]) -> None:
    if not goals.modes:
        return
    wrong = _wrong_modes(route, goals)
    if wrong:
        missed["modes"] = Message(dmsg.GOAL_MODES, **wrong,
                                  allowed=[mode_term(m) for m in _shown_modes(goals.modes)])


def _wrong_modes(route, goals: Goals) -> dict[str, Any]:
    """The modes of a route the goals do not allow, and its first legs by them (empty: it goes by allowed modes)."""
    wrong = [leg for leg in route.legs if leg.mode not in goals.modes]
    if not wrong:
        return {}
    legs = [Message(LEG_NAME, start=leg.from_name, end=leg.to_name) for leg in wrong[:2]]
    return {"modes": list(dict.fromkeys(mode_term(leg.mode) for leg in wrong)),
            "legs": Message.joined(legs, ", ") if len(wrong) <= 2 else Message.joined([*legs, "…"], ", ")}


def _shown_modes(modes: tuple[str, ...]) -> tuple[str, ...]:
    """The modes as a user names them: sea stands for the ferries too."""
    return tuple(m for m in modes if not (m == "ferry" and "sea" in modes))


def _avoid(route, tables: Tables, places: frozenset[str], countries: frozenset[str],
           missed: dict[str, Message]) -> None:
    if not places and not countries:
        return
    hit = [tables.places[p].name for p in dict.fromkeys(route.place_ids) if p in places and p in tables.places]
    hit += [country_term(c) for c in dict.fromkeys(tables.places[p].country for p in route.place_ids
                                                    if p in tables.places) if c in countries]
    if hit:
        missed["avoid"] = Message(dmsg.GOAL_AVOID, avoided=hit)


def _money(amount: float, currency: str, goals: Goals, decimals: int | None = None) -> Message:
    """An amount of the quote currency, per tonne where the ceiling is set per tonne: in whole units (to the cent
    per tonne) unless ``decimals`` says more."""
    if decimals is None:
        decimals = _decimals(goals)
    return Message(dmsg.MONEY_PER_T if goals.max_cost_per_tonne else dmsg.MONEY,
                   amount=Figure(amount, f",.{decimals}f"), currency=Verbatim(currency))


def _decimals(goals: Goals, amount: float | None = None) -> int:
    """Whole units for a total, cents per tonne; two places more for an amount that has them (a ceiling typed
    52638.5 read "52,638")."""
    base = 2 if goals.max_cost_per_tonne else 0
    return base + 2 if amount is not None and round(amount, base) != amount else base


def _over_ceiling(cost: float, currency: str, goals: Goals) -> dict[str, Message | Figure]:
    """A cost over the ceiling and by how much, never reading as the ceiling itself: with a ceiling of 52,639 USD,
    "costs 52,639 USD, 0 % over the ceiling of 52,639 USD" for a route of 52,639.23 USD; it costs 52,639.23 USD,
    "< 1 %" over."""
    ceiling = goals.max_cost
    decimals = max(_decimals(goals), _decimals(goals, ceiling))
    while round(cost, decimals) <= ceiling and decimals < _decimals(goals) + 4:
        decimals += 2  # the figures that tell it from the ceiling
    over = (cost / ceiling - 1) * 100
    return {"cost": _money(cost, currency, goals, decimals),
            "over": Figure(1, LESS_THAN + "g") if round(over) < 1 else Figure(over, ",.0f"),
            "ceiling": _money(ceiling, currency, goals, _decimals(goals, ceiling))}


def _binding(result, goals: Goals, odds, usable: list[int], misses, shunned: int) -> Message:
    """Which goal keeps every route out, and by how much: dropping it alone would leave routes in. Each clause is
    true of the quote's routes: "no open route …" only where none does, else what the routes meeting the other
    goals give. ``shunned``: how many places and countries the goals avoid."""
    if not usable:
        return Message(dmsg.NOTHING_QUALIFIES, binding=Message(dmsg.BIND_NONE_OPEN))
    said: list[Message] = []
    routes = result.routes
    alone_goal = len(active_goals(goals)) == 1  # "the cheapest open route", not "… meeting the other goals"
    for key in GOAL_KEYS:
        alone = [i for i in usable if misses[i] and set(misses[i]) == {key}]
        if not alone:
            continue
        everywhere = all(key in misses[i] for i in usable)  # no open route meets this goal
        cheapest = min(alone, key=lambda i: routes[i].cost)
        if key == "arrive_by":
            sure = [i for i in alone if odds[i] is not None and odds[i].sure_by is not None]
            if not sure:
                never = all(odds[i] is None or odds[i].sure_by is None for i in usable)
                said.append(Message(dmsg.BIND_ON_TIME_NEVER if never else dmsg.BIND_ON_TIME_NEVER_OTHERS,
                                    wanted=Figure(goals.on_time_pct, "g")))
                continue
            best = min(sure, key=lambda i: (odds[i].sure_by, routes[i].cost))
            late = odds[best].late_days(goals.arrive_by)
            template = (dmsg.BIND_ON_TIME_DAY if late == 1 else dmsg.BIND_ON_TIME) if alone_goal else \
                (dmsg.BIND_ON_TIME_OTHERS_DAY if late == 1 else dmsg.BIND_ON_TIME_OTHERS)
            said.append(Message(template, route=numbered_route(result, best), wanted=Figure(goals.on_time_pct, "g"),
                                date=odds[best].sure_by, late=Figure(late, ".0f")))
        elif key == "max_cost":
            cost = routes[cheapest].cost_per_tonne if goals.max_cost_per_tonne else routes[cheapest].cost
            over = _over_ceiling(cost, result.currency, goals)
            said.append(Message(dmsg.BIND_COST if alone_goal else dmsg.BIND_COST_OTHERS,
                                route=numbered_route(result, cheapest), cost=over["cost"], over=over["over"]))
        elif key == "modes":
            said.append(Message(dmsg.BIND_MODES, allowed=[mode_term(m) for m in _shown_modes(goals.modes)])
                        if everywhere else Message(dmsg.BIND_MODES_OTHERS, route=numbered_route(result, cheapest),
                                                   **_wrong_modes(routes[cheapest], goals)))
        elif key == "avoid":
            if not everywhere:
                said.append(Message(dmsg.BIND_AVOID_OTHERS, route=numbered_route(result, cheapest),
                                    avoided=misses[cheapest]["avoid"].values["avoided"]))
            elif all(len(misses[i]["avoid"].values["avoided"]) == shunned for i in usable):
                said.append(Message(dmsg.BIND_AVOID, avoided=avoided_list(goals.avoid)))
            else:  # each passes some of them: "passes A, B" would say each passes both
                said.append(Message(dmsg.BIND_AVOID_SOME, avoided=avoided_list(goals.avoid)))
    if not said:
        said.append(Message(dmsg.BIND_SEVERAL))
    return Message(dmsg.NOTHING_QUALIFIES, binding=Message.joined(said))


def active_goals(goals: Goals) -> list[str]:
    """The keys of the goals set (the CO2e margin only ranks the routes that meet the others)."""
    values = {"modes": goals.modes, "avoid": goals.avoid, "max_cost": goals.max_cost is not None,
              "arrive_by": goals.arrive_by is not None}
    return [key for key in GOAL_KEYS if values.get(key)]


def numbered_route(result, index: int, told: bool = False) -> Message:
    """``2. China (Khorgos–Kashgar–Khunjerab–KKH)``; ``told``: with what tells it from the quote's other routes of
    its corridor (`` · by road from Urumqi``), where one route is named beside another of the same corridor."""
    corridor = result.routes[index].corridor
    if told:
        corridor = told_corridor(corridor, telling(result, index))
    return numbered(index, corridor)


def numbered(index: int, corridor: str | Message) -> Message:
    """``2. China (Khorgos–Kashgar–Khunjerab–KKH)``: the route at ``index`` by its number in the quote."""
    return Message(dmsg.ROUTE_NUMBERED, number=Figure(index + 1, ".0f"), corridor=corridor)


def told_corridor(corridor: str, apart: Telling) -> str | Message:
    """A corridor's name with what tells one of its routes apart (`` · via Sarakhs``, `` · by road from Urumqi``)."""
    if apart.places:
        corridor = Message(dmsg.ROUTE_VIA, corridor=corridor, places=Message.joined(list(apart.places), ", "))
    if apart.mode:
        corridor = Message(dmsg.ROUTE_BY_MODE_FROM, corridor=corridor, mode=mode_term(apart.mode),
                           place=apart.from_place)
    return corridor


def summary(goals: Goals, currency: str) -> list[Message]:
    """The goals in a few words, for the form's row and the documents: ``road only · at most 40,000 USD``."""
    parts: list[Message] = []
    if goals.modes:
        parts.append(Message(dmsg.GOAL_MODES_ONLY, modes=[mode_term(m) for m in _shown_modes(goals.modes)]))
    if goals.avoid:
        parts.append(Message(dmsg.GOAL_AVOIDING, places=avoided_list(goals.avoid)))
    if goals.max_cost is not None:
        parts.append(Message(dmsg.GOAL_MAX_COST, cost=_money(goals.max_cost, currency, goals,
                                                             _decimals(goals, goals.max_cost))))
    if goals.arrive_by is not None:
        parts.append(Message(dmsg.GOAL_BY, date=goals.arrive_by, wanted=Figure(goals.on_time_pct, "g")))
    if goals.co2_within_pct is not None:
        parts.append(Message(dmsg.GOAL_GREENEST, within=Figure(goals.co2_within_pct, "g")))
    return parts
