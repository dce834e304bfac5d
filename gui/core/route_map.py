"""What the route map shows for a quote, without Qt: every route's line, the places, and the closures and risk
windows the cargo meets on its dates. Kept as plain data in a quote document, so a saved quote draws the same map."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import model as m
from .closures import state as closure_state
from .geo import LatLon, leg_line, point_along

NODE_EVENTS_SHOWN = ("border_crossing", "port_handling", "gauge_change", "transshipment")


@dataclass(frozen=True)
class MapPlace:
    place_id: str
    name: str  # English; an interface says it in its language
    kind: str
    country: str
    lat: float
    lon: float
    endpoint: bool


@dataclass(frozen=True)
class MapStop:
    """Something that happens at a place of the route: a border, a port, a gauge change, a transshipment."""

    place_id: str
    event: str


@dataclass(frozen=True)
class MapRoute:
    index: int  # into the quote's routes
    corridor: str
    available: bool
    pareto: bool
    lines: tuple[tuple[LatLon, ...], ...]  # one per leg drawn, in travel order
    modes: tuple[str, ...]  # of each line
    stops: tuple[MapStop, ...]
    place_ids: tuple[str, ...] = ()  # every place passed, origin first
    undrawn: int = 0  # legs left out: a place without coordinates


@dataclass(frozen=True)
class MapPass:
    """When one route's cargo is at a closure, and what the closure means for it then."""

    route: int
    first: dt.date
    typical: dt.date
    last: dt.date
    state: str  # "closed" (on the typical date: the route is unavailable), "may_close" or "risk"


@dataclass(frozen=True)
class MapMark:
    closure_id: str
    closed: bool  # a closure; False: a risk window
    where: str  # the place or leg it is on (English)
    lat: float
    lon: float
    reason: str  # English; an interface says it in its language
    start: dt.date
    end: dt.date | None
    every_year: bool
    passes: tuple[MapPass, ...]

    def state_for(self, route: int) -> str | None:
        return next((p.state for p in self.passes if p.route == route), None)

    @property
    def worst(self) -> str:
        states = {p.state for p in self.passes}
        return next(s for s in ("closed", "may_close", "risk") if s in states)


@dataclass(frozen=True)
class RouteMap:
    places: tuple[MapPlace, ...]
    routes: tuple[MapRoute, ...]
    marks: tuple[MapMark, ...]
    origin: str
    destination: str
    departure: dt.date

    @property
    def place_by_id(self) -> dict[str, MapPlace]:
        return {p.place_id: p for p in self.places}

    def route(self, index: int) -> MapRoute | None:
        return next((r for r in self.routes if r.index == index), None)

    def to_data(self) -> dict[str, Any]:
        return {
            "origin": self.origin, "destination": self.destination, "departure": self.departure.isoformat(),
            "places": [[p.place_id, p.name, p.kind, p.country, p.lat, p.lon, p.endpoint] for p in self.places],
            "routes": [{"index": r.index, "corridor": r.corridor, "available": r.available, "pareto": r.pareto,
                        "lines": [[list(point) for point in line] for line in r.lines], "modes": list(r.modes),
                        "stops": [[s.place_id, s.event] for s in r.stops], "places": list(r.place_ids),
                        "undrawn": r.undrawn}
                       for r in self.routes],
            "marks": [{"closure": k.closure_id, "closed": k.closed, "where": k.where, "lat": k.lat, "lon": k.lon,
                       "reason": k.reason, "start": k.start.isoformat(),
                       "end": k.end.isoformat() if k.end else None, "every_year": k.every_year,
                       "passes": [[p.route, p.first.isoformat(), p.typical.isoformat(), p.last.isoformat(), p.state]
                                  for p in k.passes]} for k in self.marks],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "RouteMap":
        day = dt.date.fromisoformat
        return cls(
            tuple(MapPlace(pid, name, kind, country, float(lat), float(lon), bool(endpoint))
                  for pid, name, kind, country, lat, lon, endpoint in data["places"]),
            tuple(MapRoute(r["index"], r["corridor"], r["available"], r["pareto"],
                           tuple(tuple((float(a), float(b)) for a, b in line) for line in r["lines"]),
                           tuple(r["modes"]), tuple(MapStop(p, e) for p, e in r["stops"]), tuple(r["places"]),
                           r["undrawn"])
                  for r in data["routes"]),
            tuple(MapMark(k["closure"], k["closed"], k["where"], float(k["lat"]), float(k["lon"]), k["reason"],
                          day(k["start"]), day(k["end"]) if k["end"] else None, k["every_year"],
                          tuple(MapPass(r, day(a), day(b), day(c), s) for r, a, b, c, s in k["passes"]))
                  for k in data["marks"]),
            data["origin"], data["destination"], day(data["departure"]))


def route_map(result, tables: m.Tables) -> RouteMap:
    """The map of a quote result: each route drawn leg by leg through the legs' waypoints, and each closure or risk
    window on a route checked on the dates that route's cargo reaches it, as the quote itself checks them."""
    places = tables.places
    by_target: dict[tuple[str, str], list[m.Closure]] = {}
    for closure in tables.closures:
        by_target.setdefault((closure.target_kind, closure.target_id), []).append(closure)
    routes: list[MapRoute] = []
    marks: dict[tuple[str, str], dict[str, Any]] = {}
    departure = result.request.departure
    handling = result.cargo.handling_class
    for index, route in enumerate(result.routes):
        legs = route.legs
        lines, modes, undrawn = [], [], 0
        for leg_line_item in legs:
            leg = tables.legs.get(leg_line_item.leg_id)
            line = leg_line(leg, leg.from_place == leg_line_item.from_id, places) if leg else None
            if line is None:
                undrawn += 1
                continue
            lines.append(line)
            modes.append(leg_line_item.mode)
        stops = tuple(dict.fromkeys(MapStop(n.place_id, n.event) for n in route.nodes
                                    if n.event in NODE_EVENTS_SHOWN))
        routes.append(MapRoute(index, route.corridor, route.available, route.pareto, tuple(lines), tuple(modes),
                               stops, tuple(route.place_ids), undrawn))
        place_days, leg_days = _days_along(route)
        for position, (place_id, when) in enumerate(place_days):
            leaving = legs[min(position, len(legs) - 1)].mode if legs else ""
            place = places.get(place_id)
            if place is None or place.lat is None or place.lon is None:
                continue
            for closure in by_target.get(("place", place_id), ()):
                if closure.applies_to_mode(leaving) and closure.concerns(handling):
                    _add_pass(marks, closure, place.name, (place.lat, place.lon), index, departure, when)
        for line_item, (before_waits, waits) in zip(legs, leg_days):
            leg = tables.legs.get(line_item.leg_id)
            closures = [c for c in by_target.get(("leg", line_item.leg_id), ())
                        if c.applies_to_mode(line_item.mode) and c.concerns(handling)
                        and c.concerns_equipment(line_item.equipment_id)]
            line = leg_line(leg, leg.from_place == line_item.from_id, places) if leg and closures else None
            for closure in closures if line else ():
                # a row met on the way (Closure.at_km) where it holds (its share of the drawn line stands for its
                # share of the km), on the days the cargo gets there, before it waits there (after any wait at a
                # point before it), as a place's row is checked on the days the cargo reaches the place; one met as
                # the leg begins, mid-line, on the days it sets off, before any wait on the way
                share = closure.point_on(line_item.from_id, line_item.km)
                earlier = [n for n in waits if n.km_on < share * line_item.km]
                days = (before_waits[0] + share * line_item.days_min + sum(n.days_min for n in earlier),
                        before_waits[1] + share * line_item.days_typical + sum(n.days_typical for n in earlier),
                        before_waits[2] + share * line_item.days_max + sum(n.days_max for n in earlier))
                _add_pass(marks, closure, f"{line_item.from_name}–{line_item.to_name}",
                          point_along(line, share or 0.5), index, departure, days)
    shown = tuple(MapPlace(p.place_id, p.name, p.kind, p.country, p.lat, p.lon, p.endpoint)
                  for p in places.values() if p.lat is not None and p.lon is not None)
    made = tuple(MapMark(k["closure"].closure_id, k["closure"].closed, k["where"], k["at"][0], k["at"][1],
                         k["closure"].reason, k["closure"].start, k["closure"].end, k["closure"].every_year,
                         tuple(k["passes"])) for k in marks.values())
    return RouteMap(shown, tuple(routes), made, result.origin.place_id, result.destination.place_id, departure)


def _days_along(route) -> tuple[list[tuple[str, tuple[float, float, float]]], list[tuple[tuple, list]]]:
    """Days (min, typical, max) after departure at which the cargo reaches each place and starts each leg:
    the origin at 0, a place when the leg into it ends (before its own dwell), a leg after the dwell before it
    (without the waits on the way, NodeLine.km_on, which come after it sets off), with those waits."""
    after: dict[int, list] = {}
    for node in route.nodes:
        after.setdefault(node.after_leg, []).append(node)
    days = [0.0, 0.0, 0.0]

    def dwell(index: int) -> None:
        for node in after.get(index, ()):
            days[0] += node.days_min
            days[1] += node.days_typical
            days[2] += node.days_max

    places = [(route.place_ids[0], (0.0, 0.0, 0.0))] if route.place_ids else []
    legs = []
    dwell(-1)
    for index, leg in enumerate(route.legs):
        waits = [n for n in after.get(index - 1, ()) if n.km_on]
        legs.append(((days[0] - sum(n.days_min for n in waits), days[1] - sum(n.days_typical for n in waits),
                      days[2] - sum(n.days_max for n in waits)), waits))
        days[0] += leg.days_min
        days[1] += leg.days_typical
        days[2] += leg.days_max
        places.append((leg.to_id, tuple(days)))
        dwell(index)
    return places, legs


def _dates(departure: dt.date, days: tuple[float, float, float]) -> tuple[dt.date, dt.date, dt.date]:
    start = departure.toordinal()
    return (dt.date.fromordinal(start + m.whole_days(days[0])), dt.date.fromordinal(start + m.whole_days(days[1])),
            dt.date.fromordinal(start + m.whole_days_up(days[2])))


def _add_pass(marks: dict, closure: m.Closure, where: str, at: LatLon, route: int, departure: dt.date,
              days: tuple[float, float, float]) -> None:
    first, typical, last = _dates(departure, days)
    state = closure_state(closure, (first, typical, last))
    if state is None or state == "proposed":  # a proposal is not a place on the map
        return
    entry = marks.setdefault((closure.closure_id, where), {"closure": closure, "where": where, "at": at,
                                                           "passes": []})
    if not any(p.route == route for p in entry["passes"]):
        entry["passes"].append(MapPass(route, first, typical, last, state))
