"""Map geometry without Qt: the bundled basemap, the projection, leg waypoints and the line each leg is drawn as."""
from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import resource_path

LatLon = tuple[float, float]
EARTH_KM = 6371.0
# The map is a plate carrée stretched to true shape at 38° N, the middle of the corridors (Karachi 25° N,
# Kostanay 53° N): simple, and east–west distances are off by at most a fifth at the region's edges.
STANDARD_PARALLEL = 38.0
X_SCALE = math.cos(math.radians(STANDARD_PARALLEL))
# The view the map opens on when a quote has no routes: the Caspian and the Gulf to western China
REGION = (44.0, 22.0, 90.0, 55.0)  # west, south, east, north
# Waterways narrower than the basemap can show, which sea legs may pass through
CANALS = (("Suez Canal", (29.85, 32.15, 31.35, 32.65)),)  # (name, (south, west, north, east))
LAND_ALLOWANCE_KM = 20.0  # a sea line may touch land this far at a time (coarse coast, ports just inland)

_PAIR = re.compile(r"\s*([+-]?\d+(?:[.,]\d+)?)\s*[\s,]\s*([+-]?\d+(?:[.,]\d+)?)\s*")


class WaypointError(ValueError):
    """A waypoints cell that cannot be read; args[0] is "format" or "range", args[1] the offending part."""


def parse_waypoints(text: str) -> tuple[LatLon, ...]:
    """``"26.6 56.3; 25.3 58.9"`` (latitude then longitude, decimal degrees; a decimal comma is fine) as points."""
    points = []
    for part in (p for p in str(text).split(";") if p.strip()):
        match = _PAIR.fullmatch(part)
        if not match:
            raise WaypointError("format", part.strip())
        lat, lon = (float(value.replace(",", ".")) for value in match.groups())
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise WaypointError("range", part.strip())
        points.append((lat, lon))
    return tuple(points)


def format_waypoints(points: tuple[LatLon, ...]) -> str:
    return "; ".join(f"{lat:g} {lon:g}" for lat, lon in points)


def project(lat: float, lon: float) -> tuple[float, float]:
    """Map units: x grows east, y grows south (as on a screen); one unit is a degree of latitude."""
    return lon * X_SCALE, -lat


def unproject(x: float, y: float) -> LatLon:
    return -y, x / X_SCALE


def km_between(a: LatLon, b: LatLon) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def line_km(points: tuple[LatLon, ...] | list[LatLon]) -> float:
    return sum(km_between(a, b) for a, b in zip(points, points[1:]))


def leg_line(leg, forward: bool, places) -> tuple[LatLon, ...] | None:
    """The points a leg is drawn through, in the direction travelled: its places and its waypoints between them.
    None when either place has no coordinates."""
    a, b = places[leg.from_place], places[leg.to_place]
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    points = ((a.lat, a.lon), *getattr(leg, "waypoints", ()), (b.lat, b.lon))
    return points if forward else tuple(reversed(points))


def point_along(points: tuple[LatLon, ...], fraction: float) -> LatLon:
    """The point a fraction of the way along a line (by map distance): where a leg's marks sit."""
    projected = [project(*p) for p in points]
    lengths = [math.dist(a, b) for a, b in zip(projected, projected[1:])]
    target = sum(lengths) * fraction
    for (a, b), length in zip(zip(points, points[1:]), lengths):
        if target <= length and length > 0:
            t = target / length
            return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        target -= length
    return points[-1]


def distance_to_polyline(point: tuple[float, float], line: list[tuple[float, float]]) -> float:
    """Plane distance from a point to a polyline (screen pixels, for hovering and clicking a route)."""
    px, py = point
    best = math.inf
    for (x1, y1), (x2, y2) in zip(line, line[1:]):
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if not length else max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length))
        best = min(best, math.hypot(px - x1 - t * dx, py - y1 - t * dy))
    if len(line) == 1:
        best = math.hypot(px - line[0][0], py - line[0][1])
    return best


# ---------------------------------------------------------------------------------------------- basemap

@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2, as in the places sheet
    name: str  # English (Natural Earth)
    lat: float
    lon: float


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one is loaded, and it is large
class Basemap:
    """Natural Earth land, coastline and borders of the region, as (lon, lat) lines in degrees."""

    land: tuple[tuple[tuple[float, float], ...], ...]
    coast: tuple[tuple[tuple[float, float], ...], ...]
    borders: tuple[tuple[tuple[float, float], ...], ...]
    countries: tuple[Country, ...]
    bbox: tuple[float, float, float, float]  # west, south, east, north
    about: str

    def on_land(self, lat: float, lon: float) -> bool:
        return _land_index(self).on_land(lat, lon)


def _decode(flat: list[int], precision: int) -> tuple[tuple[float, float], ...]:
    points = []
    x = y = 0
    for i in range(0, len(flat) - 1, 2):
        x, y = (flat[0], flat[1]) if i == 0 else (x + flat[i], y + flat[i + 1])
        points.append((x / precision, y / precision))
    return tuple(points)


@lru_cache(maxsize=4)
def load_basemap(path: Path | None = None) -> Basemap:
    """The bundled basemap (resources/map/basemap.json, made by tools/build_basemap.py); read once."""
    data = json.loads((path or resource_path("map", "basemap.json")).read_text(encoding="utf-8"))
    precision = data["precision"]
    return Basemap(tuple(_decode(r, precision) for r in data["land"]),
                   tuple(_decode(r, precision) for r in data["coast"]),
                   tuple(_decode(r, precision) for r in data["borders"]),
                   tuple(Country(c["code"], c["name"], c["lat"], c["lon"]) for c in data["countries"]),
                   tuple(data["bbox"]), data["about"])


class _LandIndex:
    """Land crossings per band of latitude, so 'is this point on land?' is a bisection, not a walk of every
    coast point (the check of the sea legs asks it thousands of times)."""

    BAND = 0.05  # degrees of latitude

    def __init__(self, basemap: Basemap):
        self.south = basemap.bbox[1]
        rows: dict[int, list[float]] = {}
        for ring in basemap.land:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
                if y1 == y2:
                    continue
                low, high = min(y1, y2), max(y1, y2)
                first = math.ceil((low - self.south) / self.BAND - 0.5)
                last = math.floor((high - self.south) / self.BAND - 0.5)
                for row in range(first, last + 1):
                    y = self.south + (row + 0.5) * self.BAND
                    if low <= y < high:
                        rows.setdefault(row, []).append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
        self.rows = {row: sorted(xs) for row, xs in rows.items()}

    def on_land(self, lat: float, lon: float) -> bool:
        crossings = self.rows.get(math.floor((lat - self.south) / self.BAND))
        return bool(crossings) and bisect.bisect_left(crossings, lon) % 2 == 1


@lru_cache(maxsize=4)
def _land_index(basemap: Basemap) -> _LandIndex:
    return _LandIndex(basemap)


def land_crossing(points: tuple[LatLon, ...], basemap: Basemap, step_km: float = 5.0) -> LatLon | None:
    """Where a sea line runs over land for more than LAND_ALLOWANCE_KM (outside the canals), or None.
    The first and last LAND_ALLOWANCE_KM are not looked at: ports sit on the coast, some a little inland."""
    total = line_km(points)
    walked = 0.0
    on_land_since: float | None = None
    for a, b in zip(points, points[1:]):
        length = km_between(a, b)
        steps = max(1, math.ceil(length / step_km))
        for i in range(steps):
            t = i / steps
            lat, lon = a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
            at = walked + t * length
            inland = (LAND_ALLOWANCE_KM < at < total - LAND_ALLOWANCE_KM and basemap.on_land(lat, lon)
                      and not any(s <= lat <= n and w <= lon <= e for _, (s, w, n, e) in CANALS))
            if not inland:
                on_land_since = None
            elif on_land_since is None:
                on_land_since = at
            elif at - on_land_since > LAND_ALLOWANCE_KM:
                return round(lat, 2), round(lon, 2)
        walked += length
    return None
