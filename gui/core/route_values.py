"""What a quote says: its routes with their totals, the leg and stop lines behind them, and the charges."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from . import model as m
from .messages import QT_TRANSLATE_NOOP, Figure, Message
from .money import FxUsed
from .request import Load, QuoteRequest

WAIT_ON_THE_WAY = QT_TRANSLATE_NOOP("CoreMessages", "{km} km on from {place}")


def stop_where(place: str, km_on: float | None) -> "str | Message":
    """Where a stop of a route's breakdown is: its place (a name), or for a wait on the way (NodeLine.km_on) the
    km from the place before it, which every breakdown, chart and document says alike."""
    return Message(WAIT_ON_THE_WAY, km=Figure(km_on, ",.0f"), place=place) if km_on else place


@dataclass(frozen=True)
class Charge:
    """One line of money: in its own currency and converted to the quote currency."""

    charge: str
    basis: str
    rate: float
    quantity: float  # what the rate was multiplied by (t, t·km, units, unit·km or 1)
    amount: float
    currency: str
    converted: float
    reference: str  # rate_id or fee_id
    source_ids: tuple[str, ...]
    estimate_note: str
    outside_validity: bool
    as_of: dt.date | None = None  # how old the figure is (as-of date, else start of validity)
    country: str = ""  # a stop's fee: the country that charges it, where it is one side of a border


@dataclass(frozen=True)
class FigureAge:
    """The oldest dated rate or fee a route's total rests on, so a forwarder sees how stale the quote may be."""

    as_of: dt.date
    reference: str  # rate_id or fee_id
    charge: str
    where: str  # leg or place, as a Message
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class LegLine:
    leg_id: str
    from_id: str
    to_id: str
    from_name: str
    to_name: str
    mode: str
    corridor: str
    km: float
    days_min: float
    days_typical: float
    days_max: float
    equipment_id: str
    equipment_name: str
    units: int
    cost: float | None  # quote currency; None when a charge has no tariff
    charges: tuple[Charge, ...]
    co2e_kg: float
    reached_on: dt.date
    source_ids: tuple[str, ...]
    estimate_note: str
    emission_factor: m.EmissionFactor | None = None
    typical_basis: str = ""


@dataclass(frozen=True)
class ThroughputLine:
    """The least time a shipment needs of a stop's whole throughput (gui/core/throughput.py), added to its days."""

    throughput_id: str
    count: float  # the shipment in the row's unit
    unit: str  # t, road_vehicles or wagons
    per_day: float
    as_of: dt.date
    days: float  # count ÷ per_day (at most a year: beyond it ``reason`` says the whole figure)
    what: str  # what the figure counts
    source_ids: tuple[str, ...]
    estimate_note: str
    said: str  # the breakdown's words for it, a Message
    warning: str | None = None  # over a day: a warning of the route
    reason: str | None = None  # over a year: why the route cannot be used


# a stop line's event where the cargo waits for a closure to end (walk_totals.wait_line): its days are in the
# route's, its cost the place's fees of that event for each day waited; the odds hold the cargo at the closure
# themselves (ontime), so they pass it by
WAIT_EVENT = m.CLOSURE_WAIT


@dataclass(frozen=True)
class NodeLine:
    place_id: str
    place_name: str
    event: str
    mode: str
    after_leg: int  # index of the leg this node follows; -1 at the origin
    days_min: float
    days_typical: float
    days_max: float
    cost: float
    charges: tuple[Charge, ...]
    co2e_kg: float
    source_ids: tuple[str, ...]
    estimate_note: str
    direction: str = "both"
    typical_basis: str = ""
    emission_factor: m.EmissionFactor | None = None
    throughput: ThroughputLine | None = None  # its days are in the days above
    # a wait on the way (a leg's closure row held at a point of it, Closure.at_km): the km into the leg after this
    # stop's place where the cargo waits; 0: at the place
    km_on: float = 0.0


@dataclass(frozen=True)
class RouteQuote:
    """One route's totals; its leg-by-leg breakdown is worked out when first asked for."""

    corridor: str
    place_ids: tuple[str, ...]
    path: tuple[str, ...]
    available: bool
    unavailable_reason: str
    cost: float | None
    currency: str
    cost_per_tonne: float | None
    days_min: float
    days_typical: float
    days_max: float
    km: float
    co2e_kg: float
    border_crossings: tuple[str, ...]
    uses_estimates: bool
    warnings: tuple[str, ...]
    currencies: tuple[str, ...] = ()  # the currencies its charges are set in
    pareto: bool = False
    oldest_figure: FigureAge | None = None  # the oldest dated rate or fee in its total
    undated_figures: int = 0  # rates and fees in its total that carry no date
    # each leg's mode, as its breakdown gives it: what tells apart routes on the same places (summary.telling) is
    # known without pricing each leg and stop of theirs
    leg_modes: tuple[str, ...] = ()
    _breakdown: Callable[[], tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]] | None = field(
        default=None, repr=False, compare=False)

    @cached_property
    def _lines(self) -> tuple[tuple[LegLine, ...], tuple[NodeLine, ...]]:
        return self._breakdown() if self._breakdown else ((), ())

    @property
    def legs(self) -> tuple[LegLine, ...]:
        return self._lines[0]

    @property
    def nodes(self) -> tuple[NodeLine, ...]:
        return self._lines[1]

    @cached_property
    def days_shown(self) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """The typical days of the legs and of the stops to a tenth, adding up to the route's typical days to a
        tenth (formatting.days_adding_up): what a breakdown shows beside its total."""
        from .formatting import days_adding_up

        legs, nodes = self.legs, self.nodes
        shown = days_adding_up([line.days_typical for line in (*legs, *nodes)], self.days_typical)
        return tuple(shown[:len(legs)]), tuple(shown[len(legs):])

    @cached_property
    def costs_shown(self) -> tuple[tuple[float | None, ...], tuple[float | None, ...]]:
        """The costs of the legs and of the stops in whole units, adding up to the route's cost in whole units
        (formatting.money_adding_up): what a breakdown shows beside its total."""
        from .formatting import money_adding_up

        legs, nodes = self.legs, self.nodes
        shown = money_adding_up([line.cost for line in (*legs, *nodes)], self.cost)
        return tuple(shown[:len(legs)]), tuple(shown[len(legs):])


@dataclass(frozen=True)
class QuoteResult:
    request: QuoteRequest
    cargo: m.CargoType
    origin: m.Place
    destination: m.Place
    load: Load
    currency: str
    fx: tuple[FxUsed, ...]
    routes: tuple[RouteQuote, ...]
    corridors_file: m.WorkbookInfo
    tariffs_file: m.WorkbookInfo
    warnings: tuple[str, ...] = field(default=())
    # what the search limits keep out (rule_cuts.hidden_routes): a second walk past the limits, so worked out
    # when first asked for (the window paints the routes first, then says it)
    _limits: Callable[[], list] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def limit_warnings(self) -> tuple[str, ...]:
        return self.found_limits()

    def found_limits(self) -> tuple[str, ...]:
        """What the search limits keep out, worked out anew and not kept: on any thread (the window walks it on a
        thread of its own, as it takes seconds on tables of thousands of legs), then ``keep_limits``."""
        return tuple(self._limits()) if self._limits else ()

    def keep_limits(self, warnings: tuple[str, ...]) -> None:
        """``limit_warnings`` as ``found_limits`` worked them out, unless they are known already."""
        self.__dict__.setdefault("limit_warnings", warnings)

    @property
    def limits_known(self) -> bool:
        return self._limits is None or "limit_warnings" in self.__dict__

    @property
    def all_warnings(self) -> tuple[str, ...]:
        """The quote's warnings and what the search limits keep out."""
        return self.warnings + self.limit_warnings
