"""Immutable records read from the workbooks: places, legs, nodes, closures, cargo, equipment, and the tables they
make together; the tariffs workbook's prices (leg rates, node fees, exchange rates) are rate_records'."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rate_records import FxRate, LegRate, NodeFee
    from .trade_tables import TradeTables

MODES = ("road", "rail", "sea", "ferry", "pipeline")
SEA_MODES = ("sea", "ferry")  # the modes that load and unload at ports
PLACE_KINDS = ("city", "border_crossing", "port", "dry_port", "transshipment", "junction")
HANDLING_CLASSES = ("bulk_grain", "liquid_bulk", "reefer", "temp_controlled", "general")
EQUIPMENT_KINDS = ("container", "wagon", "truck", "tanker", "pipeline")
NODE_EVENTS = ("border_crossing", "gauge_change", "transshipment", "port_handling")
# a fee of this event is charged for each day the cargo waits at the place for a closure to end (route_walk)
CLOSURE_WAIT = "closure_wait"
FEE_EVENTS = (*NODE_EVENTS, CLOSURE_WAIT)
RATE_BASES = ("per_tonne", "per_tkm", "per_unit", "per_unit_km", "per_trip")
# a wait's fees (event closure_wait) are charged per day waited: a tonne-day or unit-day, and only they
WAIT_FEE_BASES = ("per_tonne_day", "per_unit_day")
NODE_FEE_BASES = ("per_tonne", "per_unit", "per_trip", *WAIT_FEE_BASES)
DIRECTIONS = ("both", "forward", "reverse")
NODE_DIRECTIONS = ("both", "inbound", "outbound")  # into / out of the place's country (ports: ashore / to sea)
TYPICAL_BASES = ("mean", "median", "observation", "timetable", "estimate")  # what a "typical" time is
HUB_UNITS = ("kg_co2e_per_t", "kg_co2e_per_teu", "kg_co2e_per_unit_hour")
THROUGHPUT_UNITS = ("t", "road_vehicles", "wagons")  # what a stop's daily throughput counts
ANY = "*"


@dataclass(frozen=True)
class Origin:
    """Where a figure comes from: source ids, and how it was estimated if it was."""

    source_ids: tuple[str, ...] = ()
    estimate_note: str = ""
    # the spreadsheet row it was read from (None: not read from a sheet), for a change report to point at; two
    # figures of one source are the same origin wherever they sit
    row: int | None = field(default=None, compare=False)

    @property
    def is_estimate(self) -> bool:
        return bool(self.estimate_note)


@dataclass(frozen=True)
class Source:
    source_id: str
    title: str
    url: str
    date: str
    publisher: str
    reliability: str


@dataclass(frozen=True)
class Place:
    place_id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    kind: str
    lat: float | None
    lon: float | None
    gauge_mm: int | None
    endpoint: bool
    origin: Origin
    local_names: tuple[tuple[str, str], ...] = ()  # (language code, name)

    def name_in(self, language: str) -> str:
        return dict(self.local_names).get(language, self.name)


@dataclass(frozen=True)
class Leg:
    leg_id: str
    from_place: str
    to_place: str
    mode: str
    corridor: str
    km: float
    days_min: float
    days_typical: float
    days_max: float
    gauge_mm: int | None
    cargo_classes: tuple[str, ...]
    equipment: tuple[str, ...]
    planned: bool
    two_way: bool
    origin: Origin
    notes: str = ""
    local_corridors: tuple[tuple[str, str], ...] = ()  # (language code, corridor name)
    typical_basis: str = ""  # one of TYPICAL_BASES, or "" where the tables do not say
    waypoints: tuple[tuple[float, float], ...] = ()  # (lat, lon) the map draws the leg through, from_place first


@dataclass(frozen=True)
class NodeRule:
    node_id: str
    place_id: str
    event: str
    mode: str
    days_min: float
    days_typical: float
    days_max: float
    origin: Origin
    notes: str = ""
    direction: str = "both"  # one of NODE_DIRECTIONS
    typical_basis: str = ""
    equipment: str = ANY  # the equipment type the row times, or ANY (Tariffs.dwell_rule: its own before ANY)


@dataclass(frozen=True)
class Throughput:
    """All that a stop passes in a day, of every trader, in the unit its source counts (gui/core/throughput.py):
    no shipment passes faster than its whole size over this."""

    throughput_id: str
    place_id: str
    event: str
    mode: str  # of the outgoing leg, as on a dwell row, or ANY
    direction: str  # one of NODE_DIRECTIONS
    cargo_classes: tuple[str, ...]
    equipment: tuple[str, ...]  # the equipment the cargo leaves the stop in, or ANY
    per_day: float
    unit: str  # one of THROUGHPUT_UNITS
    as_of: dt.date
    what: str  # what the figure counts: whose traffic, observed or a capacity, over which period
    origin: Origin


def _in_year(day: dt.date, year: int) -> dt.date:
    """``day``'s month and day in ``year`` (29 February becomes the 28th in other years)."""
    year = min(max(year, dt.MINYEAR), dt.MAXYEAR)
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


@dataclass(frozen=True)
class Closure:
    closure_id: str
    target_kind: str  # "place" or "leg"
    target_id: str
    closed: bool  # False: a risk window, quoted with a warning
    start: dt.date
    end: dt.date | None
    every_year: bool
    modes: tuple[str, ...]
    reason: str
    origin: Origin
    local_reasons: tuple[tuple[str, str], ...] = ()  # (language code, reason)
    proposed: bool = False  # a change announced for ``start`` but not decided (a tariff increase): a warning
    cargo_classes: tuple[str, ...] = (ANY,)  # handling classes it concerns (a grain tariff: bulk_grain)
    equipment: tuple[str, ...] = (ANY,)  # equipment ids it concerns
    checked: dt.date | None = None  # a proposal: the day the tables' maker last looked for a decision and found none
    # a leg's: the km from the leg's from_place to where it holds (a border or a pass on the way); None: where the
    # leg begins. The cargo meets it on the day it gets there, not the day it sets off on the leg
    at_km: float | None = None
    at_from: str = ""  # the place ``at_km`` is counted from: the leg's from_place

    def point_on(self, start_id: str, leg_km: float) -> float:
        """How far along its leg, travelled from ``start_id``, the cargo meets this row, as a share of the leg's
        km: 0 where the leg begins."""
        if self.at_km is None or leg_km <= 0:
            return 0.0
        share = min(self.at_km / leg_km, 1.0)
        return share if start_id == self.at_from else 1.0 - share

    @property
    def effect(self) -> str:
        return "closed" if self.closed else "proposed" if self.proposed else "risk"

    def concerns(self, handling_class: str) -> bool:
        """Whether the row applies to this cargo's handling class (a grain tariff: bulk grain only)."""
        return ANY in self.cargo_classes or handling_class in self.cargo_classes

    def concerns_equipment(self, equipment_id: str) -> bool:
        return ANY in self.equipment or equipment_id in self.equipment

    def occurrence(self, day: dt.date) -> tuple[dt.date, dt.date | None]:
        """The window's real dates around ``day`` (a yearly window is placed in the right year)."""
        if not self.every_year:
            return self.start, self.end
        end = self.end or self.start
        start = _in_year(self.start, day.year)
        if (start.month, start.day) > (end.month, end.day):  # runs over New Year
            if (day.month, day.day) <= (end.month, end.day):
                start = _in_year(self.start, day.year - 1)
            return start, _in_year(end, start.year + 1)
        if (day.month, day.day) > (end.month, end.day):
            start = _in_year(self.start, day.year + 1)
        return start, _in_year(end, start.year)

    def covers(self, day: dt.date) -> bool:
        if not self.every_year:
            return self.start <= day and (self.end is None or day <= self.end)
        end = self.end or self.start
        start_md, end_md, day_md = (self.start.month, self.start.day), (end.month, end.day), (day.month, day.day)
        if start_md <= end_md:
            return start_md <= day_md <= end_md
        return day_md >= start_md or day_md <= end_md  # window runs over New Year

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        if not self.every_year:
            return first <= (self.end or dt.date.max) and self.start <= last
        if (last - first).days >= 366 or self.covers(first):
            return True
        # outside the window on the first day: the next day it covers is one of its starts (a window from 29
        # February begins on 1 March in other years, a day after the one _in_year gives, or never if it ends then)
        for year in (first.year, first.year + 1):
            start = _in_year(self.start, year)
            if not self.covers(start):
                start += dt.timedelta(days=1)
                if not self.covers(start):
                    continue
            if start >= first:
                return start <= last
        return False

    def applies_to_mode(self, mode: str) -> bool:
        return ANY in self.modes or mode in self.modes


# days summed along a route carry the floating point's error: the legs and stops of one route, 20.00 typical days
# to the start of a leg, summed to 19.999999999999996, and the leg was dated a day early. Within this of a whole day,
# the days are that whole day (the figures are kept to a millionth: formatting.DAY_PLACES)
DAY_SLACK = 1e-9


def whole_days(days: float) -> int:
    """The whole days after the departure that a point ``days`` on falls on: the day it is dated."""
    return math.floor(days + DAY_SLACK)


def whole_days_up(days: float) -> int:
    """``whole_days`` rounded up: the last day a point ``days`` on can still be under way (the latest dates)."""
    return math.ceil(days - DAY_SLACK)


def by_point(closures, start_id: str, leg_km: float) -> list[tuple[float, tuple[Closure, ...]]]:
    """A leg's closure rows grouped by where on it the cargo meets them (Closure.point_on), in travel order: those
    met where it begins (share 0) first."""
    points: dict[float, list[Closure]] = {}
    for closure in closures:
        points.setdefault(closure.point_on(start_id, leg_km), []).append(closure)
    return [(share, tuple(rows)) for share, rows in sorted(points.items())]


@dataclass(frozen=True)
class CargoType:
    cargo_id: str
    name: str
    aliases: tuple[str, ...]
    handling_class: str
    density_t_per_m3: float
    temperature: str
    origin: Origin
    local_names: tuple[tuple[str, str], ...] = ()
    shelf_life_days: float | None = None  # how long it keeps in transit (None: not perishable, or not known)

    def name_in(self, language: str) -> str:
        return dict(self.local_names).get(language, self.name)


@dataclass(frozen=True)
class Equipment:
    equipment_id: str
    name: str
    kind: str
    modes: tuple[str, ...]
    handling_classes: tuple[str, ...]
    payload_t: float
    volume_m3: float | None
    teu: float | None
    origin: Origin
    local_names: tuple[tuple[str, str], ...] = ()

    def name_in(self, language: str) -> str:
        return dict(self.local_names).get(language, self.name)

    def capacity_t(self, density_t_per_m3: float) -> float:
        """Tonnes one unit can carry: the payload, or less where the cargo fills the volume first."""
        if self.volume_m3 is None or density_t_per_m3 <= 0:
            return self.payload_t
        return min(self.payload_t, self.volume_m3 * density_t_per_m3)


@dataclass(frozen=True)
class EmissionFactor:
    factor_id: str
    element: str  # "transport" or "hub"
    mode_or_event: str
    equipment: str
    value: float
    unit: str
    scope: str
    origin: Origin
    mode: str = ANY  # hub factors: the mode of the node they apply to

    def hub_kg(self, tonnes: float, units: int, teu: float | None, dwell_days: float) -> float | None:
        """CO2e of one hub visit in kg by this factor's unit; None where the unit does not fit the equipment."""
        if self.unit == "kg_co2e_per_teu":
            return None if not teu else units * teu * self.value
        if self.unit == "kg_co2e_per_unit_hour":
            return units * dwell_days * 24.0 * self.value
        return tonnes * self.value


@dataclass(frozen=True)
class SearchSettings:
    """The rules of the route search, from the corridors workbook's ``settings`` sheet (README: "How a quote is
    worked out"). ``None`` means no limit."""

    max_detour: float | None = 3.6  # whole route: km against the shortest route open on the departure date
    max_stretch_detour: float | None = 2.5  # between two stops in different countries (not to the destination)
    max_domestic_detour: float | None = 1.5  # between two stops in the same country
    max_legs: int | None = 18
    max_mode_changes: int | None = 3
    routes_per_corridor: int | None = 3
    reenter_countries: bool = False
    # a closure with a known end that the cargo reaches within this many days of its reopening is waited out
    # (closures.reopening); None: never waited (README: "How a quote is worked out", why a week)
    max_wait_days: float | None = 7


@dataclass(frozen=True)
class WorkbookInfo:
    """Which file a table set came from, for the quote's footer and the status bar."""

    path: str
    sha256: str


@dataclass(frozen=True)
class Tables:
    """Everything the engine needs, validated and cross-checked."""

    places: dict[str, Place]
    legs: dict[str, Leg]
    nodes: tuple[NodeRule, ...]
    closures: tuple[Closure, ...]
    cargo_types: dict[str, CargoType]
    equipment: dict[str, Equipment]
    emission_factors: tuple[EmissionFactor, ...]
    leg_rates: tuple[LegRate, ...]
    node_fees: tuple[NodeFee, ...]
    fx: tuple[FxRate, ...]
    sources: dict[str, Source]
    corridors_file: WorkbookInfo
    tariffs_file: WorkbookInfo
    notes: tuple[str, ...] = field(default=())  # harmless findings, e.g. ignored extra columns
    trade: "TradeTables | None" = None  # Incoterms, duties, taxes and fees (gui/core/trade_tables.py), if given
    settings: SearchSettings = field(default=SearchSettings())  # the search rules (corridors sheet 'settings')
    throughputs: tuple[Throughput, ...] = ()  # what stops pass a day (corridors sheet 'throughputs', optional)
    # a what-if's "every stop at this place takes N days more": (place_id, days, note), laid on whichever dwell row a
    # stop there takes (the place's own or the default), so that no row outranks another because of it
    stop_days: tuple[tuple[str, float, str], ...] = ()

    def local_texts(self, language: str) -> dict[str, str]:
        """English names and texts of the tables (places, cargo, equipment, corridors, charges, closure reasons)
        to their ``language`` versions, where the workbook gives one."""
        texts: dict[str, str] = {}
        for records in (self.places, self.cargo_types, self.equipment):
            texts.update({r.name: r.name_in(language) for r in records.values() if r.local_names})
        for leg in self.legs.values():
            local = dict(leg.local_corridors).get(language)
            if local and leg.corridor:
                texts.setdefault(leg.corridor, local)
        for rate in (*self.leg_rates, *self.node_fees):
            local = dict(rate.local_charges).get(language)
            if local:
                texts.setdefault(rate.charge, local)
        for closure in self.closures:
            local = dict(closure.local_reasons).get(language)
            if local:
                texts.setdefault(closure.reason, local)
        if self.trade is not None:
            for english, local in self.trade.local_texts(language).items():
                texts.setdefault(english, local)
        return texts

    @property
    def fx_as_of(self) -> dt.date:
        return max(rate.as_of for rate in self.fx)

    @property
    def fx_dates(self) -> tuple[dt.date, dt.date]:
        """The oldest and the newest of each currency's latest rate (USD, the base, left out): the table is only as
        fresh as its oldest currency, whatever the date of its newest row."""
        latest: dict[str, dt.date] = {}
        for rate in self.fx:
            if rate.currency != "USD":
                latest[rate.currency] = max(rate.as_of, latest.get(rate.currency, rate.as_of))
        dates = latest.values() or [self.fx_as_of]
        return min(dates), max(dates)

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted({rate.currency for rate in self.fx}))
