"""Converts Natural Earth's country borders (the world-atlas TopoJSON) into the map's compact basemap.

Run once, with the npm package unpacked anywhere outside the repository:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/build_basemap.py package/countries-50m.json

Writes resources/map/basemap.json: the land (for the fill and for checking that sea legs keep off it), the coastline
and the land borders between countries, cut to the corridors' region and thinned to about two kilometres, and a
label point per country. Coordinates are integers in hundredths of a degree, each line stored as its first point
and then the steps between points. The source file's SHA-256 is kept in the output, so a rebuild can be compared.
The app reads only the output: no TopoJSON package is needed at run time.
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gui.core.clipping import segment_span  # the same clipping as the chart labels

OUT = Path(__file__).resolve().parents[1] / "resources" / "map" / "basemap.json"
# west, south, east, north (degrees): the Caspian, the Gulf and western China, and the sea way through the
# Bosphorus and Suez that the Middle Corridor and the crude tankers take, with room round them for a wide, flat window
BBOX = (-25.0, -5.0, 150.0, 72.0)
LABEL_BOX = (22.0, 8.0, 97.0, 58.0)  # country names go where the routes are: Russia's near the Caspian, not in Siberia
TOLERANCE = 0.02  # degrees (about 2 km): thinning of lines; the map is drawn at most about 3 km per pixel
PRECISION = 100  # stored units per degree
# ISO 3166-1 numeric (the TopoJSON ids) to alpha-2 (the workbooks' country codes), for the countries labelled
# on the map: those the corridors cross and their neighbours
LABELLED = {
    "398": "KZ", "860": "UZ", "795": "TM", "417": "KG", "762": "TJ", "004": "AF", "586": "PK", "364": "IR",
    "156": "CN", "031": "AZ", "268": "GE", "051": "AM", "643": "RU", "792": "TR", "356": "IN", "682": "SA",
    "512": "OM", "784": "AE", "368": "IQ", "760": "SY", "818": "EG", "887": "YE", "804": "UA", "496": "MN",
    "729": "SD",
}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, keeping both ends (so arcs shared by two shapes still meet)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        far, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = (abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length if length
                 else math.hypot(x - x1, y - y1))
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def ring(arc_ids: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in arc_ids:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip_polygon(points, bbox):
    """Sutherland–Hodgman against the box: the fill stays right; its edges along the box are never stroked."""
    west, south, east, north = bbox
    edges = ((lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
             (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
             (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
             (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)))
    for inside, cut in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cut(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cut(previous, point))
            previous = point
        points = result
    return points


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def clip_line(points, bbox) -> list[list[tuple[float, float]]]:
    """The parts of a line inside the box (Liang–Barsky per segment)."""
    pieces: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(points, points[1:]):
        span = segment_span(a, b, bbox)
        if span is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        t0, t1 = span
        dx, dy = b[0] - a[0], b[1] - a[1]
        start = (a[0] + t0 * dx, a[1] + t0 * dy)
        end = (a[0] + t1 * dx, a[1] + t1 * dy)
        if not current:
            current = [start]
        current.append(end)
        if t1 < 1.0:
            pieces.append(current)
            current = []
    if len(current) > 1:
        pieces.append(current)
    return pieces


def encode(points) -> list[int]:
    """First point, then steps, in hundredths of a degree (lon, lat); repeated points dropped."""
    flat: list[int] = []
    last = None
    for lon, lat in points:
        q = (round(lon * PRECISION), round(lat * PRECISION))
        if q == last:
            continue
        flat.extend(q if last is None else (q[0] - last[0], q[1] - last[1]))
        last = q
    return flat


def area(points) -> float:
    return 0.5 * sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))


def label_point(rings) -> tuple[float, float]:
    """The point of the country's largest piece farthest from its edges (searched on a 0.2° grid)."""
    outer = max(rings, key=lambda r: abs(area(r)))
    xs, ys = [p[0] for p in outer], [p[1] for p in outer]
    best, where = -1.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    step = 0.2
    y = min(ys)
    while y <= max(ys):
        x = min(xs)
        while x <= max(xs):
            if _inside((x, y), outer):
                d = min(_segment_distance((x, y), a, b) for a, b in zip(outer, outer[1:] + outer[:1]))
                if d > best:
                    best, where = d, (x, y)
            x += step
        y += step
    return where


def _inside(point, polygon) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _segment_distance(p, a, b) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if not length else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def build(source: Path) -> dict:
    raw = source.read_bytes()
    topology = json.loads(raw)
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    countries = topology["objects"]["countries"]["geometries"]
    land = topology["objects"]["land"]["geometries"]

    def polygons(geometry):
        return geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]

    land_rings, coast = [], []
    coast_arcs = set()
    for geometry in land:
        for polygon in polygons(geometry):
            for arc_ids in polygon:
                coast_arcs.update(i if i >= 0 else ~i for i in arc_ids)
                clipped = clip_polygon(ring(arc_ids, arcs), BBOX)
                if len(clipped) >= 4 and abs(area(clipped)) > 0.01:
                    land_rings.append(encode(clipped))
    for index in sorted(coast_arcs):
        coast.extend(encode(piece) for piece in clip_line(arcs[index], BBOX))
    # an arc two countries share is a border between them
    users: dict[int, set[str]] = {}
    for number, geometry in enumerate(countries):
        for polygon in polygons(geometry):
            for arc_ids in polygon:
                for i in arc_ids:
                    users.setdefault(i if i >= 0 else ~i, set()).add(geometry.get("id") or f"#{number}")
    borders = [encode(piece) for index, who in sorted(users.items()) if len(who) > 1
               for piece in clip_line(arcs[index], BBOX)]
    labels = []
    for geometry in countries:
        code = LABELLED.get(geometry.get("id"))
        if code is None:
            continue
        rings = [clip_polygon(ring(polygon[0], arcs), LABEL_BOX) for polygon in polygons(geometry)]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            lon, lat = label_point(rings)
            labels.append({"code": code, "name": geometry["properties"]["name"],
                           "lat": round(lat, 2), "lon": round(lon, 2)})
    labels.sort(key=lambda c: c["code"])
    return {
        "about": "Natural Earth 1:50m Admin 0 countries (public domain), via the world-atlas 2.0.2 TopoJSON; "
                 "see LICENSE-NaturalEarth.txt",
        "source_file": source.name,
        "source_sha256": hashlib.sha256(raw).hexdigest(),
        "bbox": list(BBOX),
        "precision": PRECISION,
        "land": land_rings,
        "coast": [line for line in coast if len(line) >= 4],
        "borders": [line for line in borders if len(line) >= 4],
        "countries": labels,
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    data = build(Path(sys.argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    points = sum(len(line) // 2 for key in ("land", "coast", "borders") for line in data[key])
    print(f"{OUT.name}: {OUT.stat().st_size:,} bytes, {points:,} points, {len(data['land'])} land rings, "
          f"{len(data['borders'])} border lines, {len(data['countries'])} country labels")
