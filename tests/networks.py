"""Random corridor-like networks written in the workbook schema, for the search's oracle tests and benchmarks.

The countries and their borders are those of the Kazakhstan ⇄ Pakistan trade. Each country has hubs (cities and
junctions) joined by roads and a railway with the country's gauge; each border has one or two crossings joined to
the nearest hubs on both sides, and the legs over a border carry the name of the corridor family that uses it
(Trans-Afghan, Iran, China…); Iran and Pakistan have ports joined by sea. Around the hubs hang the places a
forwarder adds of its own — depots, dry ports, rail sidings — each joined to its hub (a few to a second one) by one
to three carriers. Rates and speeds are national, as a railway's tariff is; node fees, dwell, closures and emission
factors follow the bundled tables in kind and size.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

SRC = {"source_ids": "GEN"}
# where each country sits (in units of ~900 km) and its rail gauge
COUNTRIES = {"KZ": (1.5, 0.0, 1520), "TM": (0.0, 1.0, 1520), "UZ": (1.0, 1.0, 1520), "KG": (2.0, 1.0, 1520),
             "CN": (3.0, 1.0, 1435), "IR": (0.0, 2.0, 1435), "AF": (1.0, 2.0, 1435), "PK": (2.0, 3.0, 1676)}
# the corridor family each border belongs to (the name its crossings' legs carry)
BORDERS = {"KZ–UZ": "Trans-Afghan east", "UZ–AF": "Trans-Afghan east", "AF–PK": "Trans-Afghan east",
           "TM–AF": "Trans-Afghan west", "AF–IR": "Trans-Afghan west", "KZ–TM": "Iran", "TM–IR": "Iran",
           "IR–PK": "Iran", "KZ–CN": "China", "CN–PK": "China", "KZ–KG": "Kyrgyz", "KG–CN": "Kyrgyz",
           "UZ–KG": "Kyrgyz", "UZ–TM": "Uzbek–Turkmen"}


@dataclass(frozen=True)
class Shape:
    """How big a network to draw and what it holds."""

    places: int
    legs: int
    hubs_per_country: int = 6
    through: float = 0.05  # share of a forwarder's places joined to two hubs (the rest hang from one)
    dwell: bool = True  # node dwell and fees; without them only legs cost money and time
    closures: bool = True


def corridor_network(shape: Shape, seed: int) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Sheets of a corridors and a tariffs workbook (rows as dicts, as tests/fixture_tables writes them)."""
    rng = random.Random(seed)
    cell = 900.0  # km across a country
    places: list[dict] = []
    position: dict[str, tuple[float, float]] = {}
    country_of: dict[str, str] = {}
    hubs: dict[str, list[str]] = {code: [] for code in COUNTRIES}

    def place(place_id: str, code: str, kind: str, x: float, y: float) -> str:
        column, row, gauge = COUNTRIES[code]
        x, y = (column + x) * cell, (row + y) * cell
        places.append({"place_id": place_id, "name": place_id.replace("-", " ").title(), "country": code,
                       "kind": kind, "lat": round(50 - y / 111, 4), "lon": round(55 + x / 85, 4),
                       "gauge_mm": gauge, "endpoint": "yes", **SRC})
        position[place_id] = (x, y)
        country_of[place_id] = code
        return place_id

    for code in COUNTRIES:
        for i in range(shape.hubs_per_country):
            hubs[code].append(place(f"{code.lower()}-hub-{i}", code, "city" if i % 3 else "junction",
                                    0.1 + 0.8 * rng.random(), 0.1 + 0.8 * rng.random()))

    def km(a: str, b: str) -> float:
        (xa, ya), (xb, yb) = position[a], position[b]
        return round(max(5.0, math.hypot(xa - xb, ya - yb) * 1.25), 1)

    # rates and speeds are national (as a railway's tariff is); a second carrier is dearer and faster
    level = {code: (round(rng.uniform(0.028, 0.05), 4), round(rng.uniform(1.3, 2.2), 3), rng.uniform(330, 450),
                    rng.uniform(480, 600)) for code in COUNTRIES}
    legs: list[dict] = []
    rates: list[dict] = []

    def add(a: str, b: str, mode: str, corridor: str = "", carrier: int = 0, two_way: bool = True) -> None:
        leg_id = f"l{len(legs)}"
        distance = km(a, b)
        rail_rate, road_rate, rail_speed, road_speed = level[country_of[a]]
        speed = {"road": road_speed * (1 + 0.12 * carrier), "rail": rail_speed, "sea": 480}[mode]
        typical = round(max(0.1, distance / speed), 2)
        leg = {"leg_id": leg_id, "from_place": a, "to_place": b, "mode": mode, "corridor": corridor,
               "km": distance, "days_min": round(typical * 0.7, 2), "days_typical": typical,
               "days_max": round(typical * 1.8, 2), "cargo_classes": "*", "equipment": "*",
               "status": "planned" if rng.random() < 0.01 else "operational", "two_way": "yes" if two_way else "no",
               **SRC}
        if mode == "rail":
            leg["gauge_mm"] = COUNTRIES[country_of[a]][2]
        if mode == "sea":
            leg["equipment"] = "c20;c40"
        legs.append(leg)
        rates.extend(_rates(rng, leg_id, mode, rail_rate, round(road_rate * (1 + 0.15 * carrier), 3)))

    # the backbone: hubs to their nearest hubs by road; a railway through the hubs of each country
    for members in hubs.values():
        for a in members:
            for b in sorted((b for b in members if b != a), key=lambda b: km(a, b))[:2]:
                if a < b or a not in sorted(members, key=lambda h: km(b, h))[1:3]:
                    add(a, b, "road")
        line = sorted(members, key=lambda h: position[h][0])
        for a, b in zip(line, line[1:]):
            add(a, b, "rail")
    # border crossings: one or two per border, on the line between the two countries, joined to the nearest hub
    # on each side (and to a second one by road)
    for border, name in BORDERS.items():
        a, b = border.split("–")
        (xa, ya, _), (xb, yb, _) = COUNTRIES[a], COUNTRIES[b]
        for n in range(rng.choice((1, 2))):
            t = rng.uniform(0.35, 0.5)
            x, y = (xa + 0.5 + (xb - xa) * t) - xa, (ya + 0.5 + (yb - ya) * t) - ya
            crossing = place(f"{a.lower()}-{b.lower()}-gate-{n}", a, "border_crossing",
                             x + rng.uniform(-0.1, 0.1), y + rng.uniform(-0.1, 0.1))
            for side in (a, b):
                nearest = sorted(hubs[side], key=lambda h: km(crossing, h))
                add(crossing, nearest[0], "road", name)
                if rng.random() < 0.5:
                    add(crossing, nearest[0], "rail", name)
                if len(nearest) > 1 and rng.random() < 0.5:
                    add(crossing, nearest[1], "road", name)
    ports = []
    for code in ("IR", "PK"):
        port = place(f"{code.lower()}-port", code, "port", rng.uniform(0.2, 0.8), 0.95)
        for hub in sorted(hubs[code], key=lambda h: km(port, h))[:2]:
            add(port, hub, "road")
            add(port, hub, "rail")
        ports.append(port)
    add(ports[0], ports[1], "sea", "Iran sea")
    # what a forwarder adds: depots, dry ports and sidings around the hubs, each with several carriers
    kinds = ("dry_port", "transshipment", "city", "junction")
    index = 0
    while len(legs) < shape.legs and len(places) < shape.places:
        code = rng.choice(list(COUNTRIES))
        hub = rng.choice(hubs[code])
        hx, hy = position[hub]
        column, row, _ = COUNTRIES[code]
        local = place(f"{code.lower()}-site-{index}", code, rng.choice(kinds),
                      min(0.99, max(0.01, hx / cell - column + rng.uniform(-0.08, 0.08))),
                      min(0.99, max(0.01, hy / cell - row + rng.uniform(-0.08, 0.08))))
        index += 1
        joined = [hub]
        if rng.random() < shape.through:  # some sit between two hubs
            joined.append(sorted((h for h in hubs[code] if h != hub), key=lambda h: km(local, h))[0])
        for target in joined:
            for carrier in range(rng.randint(1, 3)):
                add(local, target, "road", carrier=carrier)
            if rng.random() < 0.3:
                add(local, target, "rail")
    corridors = {
        "places": places, "legs": legs,
        "nodes": _nodes(rng, [p["place_id"] for p in places if p["kind"] == "border_crossing"], shape.dwell),
        "closures": _closures(rng, places, legs) if shape.closures else [],
        "cargo_types": CARGO, "equipment": EQUIPMENT, "emission_factors": FACTORS,
        "sources": [{"source_id": "GEN", "title": "Generated network", "date": "2026", "reliability": "DER"}],
    }
    tariffs = {"leg_rates": rates, "node_fees": _fees(rng, places) if shape.dwell else [],
               "fx": [{"currency": "USD", "units_per_usd": 1, "as_of": dt.date(2026, 1, 1), **SRC},
                      {"currency": "KZT", "units_per_usd": 505, "as_of": dt.date(2026, 1, 1), **SRC}],
               "sources": corridors["sources"]}
    return corridors, tariffs


CARGO = [
    {"cargo_id": "wheat", "name": "Wheat", "handling_class": "bulk_grain", "density_t_per_m3": 0.75, **SRC},
    {"cargo_id": "general", "name": "General cargo", "handling_class": "general", "density_t_per_m3": 0.4, **SRC},
]
EQUIPMENT = [
    {"equipment_id": "c20", "name": "20' container", "kind": "container", "modes": "road;rail;sea",
     "handling_classes": "bulk_grain;general", "payload_t": 28, "volume_m3": 33, "teu": 1, **SRC},
    {"equipment_id": "c40", "name": "40' container", "kind": "container", "modes": "road;rail;sea",
     "handling_classes": "bulk_grain;general", "payload_t": 26.7, "volume_m3": 67.7, "teu": 2, **SRC},
    {"equipment_id": "hopper", "name": "Hopper wagon", "kind": "wagon", "modes": "rail",
     "handling_classes": "bulk_grain", "payload_t": 70, "volume_m3": 104, **SRC},
    {"equipment_id": "truck", "name": "Truck", "kind": "truck", "modes": "road",
     "handling_classes": "bulk_grain;general", "payload_t": 20, "volume_m3": 90, **SRC},
]
FACTORS = [
    {"factor_id": f"f-{mode}-{equipment}".replace("*", "any"), "element": "transport", "mode_or_event": mode,
     "equipment": equipment, "value": value, "unit": "g_co2e_per_tkm", "scope": "WTW", **SRC}
    for mode, equipment, value in (("road", "*", 95), ("road", "truck", 101), ("rail", "*", 31), ("sea", "*", 43))]


def _rates(rng: random.Random, leg_id: str, mode: str, rail_rate: float, road_rate: float) -> list[dict]:
    if mode == "rail":
        rows = [{"rate_id": f"{leg_id}-r", "leg_id": leg_id, "equipment": "*", "charge": "freight",
                 "basis": "per_tkm", "amount": rail_rate, "currency": "USD", **SRC}]
        if rng.random() < 0.5:  # own wagons at a flat rate per wagon·km
            rows.append({"rate_id": f"{leg_id}-w", "leg_id": leg_id, "equipment": "hopper", "charge": "freight",
                         "basis": "per_unit_km", "amount": round(rail_rate * 55, 3), "currency": "USD", **SRC})
        return rows
    if mode == "road":
        rows = [{"rate_id": f"{leg_id}-r", "leg_id": leg_id, "equipment": "*", "charge": "freight",
                 "basis": "per_unit_km", "amount": road_rate, "currency": "USD", **SRC}]
        if rng.random() < 0.3:
            rows.append({"rate_id": f"{leg_id}-t", "leg_id": leg_id, "equipment": "*", "charge": "toll",
                         "basis": "per_unit_km", "amount": 41, "currency": "KZT", **SRC})
        return rows
    return [{"rate_id": f"{leg_id}-r", "leg_id": leg_id, "equipment": "*", "charge": "freight", "basis": "per_unit",
             "amount": round(rng.uniform(250, 900)), "currency": "USD", **SRC}]


def _nodes(rng: random.Random, borders: list[str], dwell: bool) -> list[dict]:
    rows = [{"node_id": f"n-{event}", "place_id": "*", "event": event, "mode": "*", "days_min": low * dwell,
             "days_typical": typical * dwell, "days_max": high * dwell, **SRC}
            for event, low, typical, high in (("border_crossing", 0.3, 1.0, 3.0), ("gauge_change", 1.0, 2.5, 6.0),
                                              ("transshipment", 0.5, 1.0, 2.0), ("port_handling", 1.0, 2.0, 5.0))]
    for place in rng.sample(borders, k=max(1, len(borders) // 3)) if dwell else ():
        typical = round(rng.uniform(0.3, 3.0), 2)
        rows.append({"node_id": f"n-{place}", "place_id": place, "event": "border_crossing", "mode": "*",
                     "days_min": round(typical / 2, 2), "days_typical": typical, "days_max": round(typical * 3, 2),
                     **SRC})
    return rows


def _fees(rng: random.Random, places: list[dict]) -> list[dict]:
    rows = [{"fee_id": f"f-{event}", "place_id": "*", "event": event, "mode": "*", "equipment": "*",
             "charge": event.replace("_", " "), "basis": basis, "amount": amount, "currency": "USD", **SRC}
            for event, basis, amount in (("border_crossing", "per_unit", 40), ("gauge_change", "per_tonne", 9),
                                         ("transshipment", "per_tonne", 3), ("port_handling", "per_tonne", 6))]
    borders = [p["place_id"] for p in places if p["kind"] == "border_crossing"]
    for place in rng.sample(borders, k=max(1, len(borders) // 3)):
        rows.append({"fee_id": f"f-{place}", "place_id": place, "event": "border_crossing", "mode": "*",
                     "equipment": "*", "charge": "border fee", "basis": "per_unit",
                     "amount": round(rng.uniform(10, 150)), "currency": "USD", **SRC})
    return rows


def _closures(rng: random.Random, places: list[dict], legs: list[dict]) -> list[dict]:
    borders = [p["place_id"] for p in places if p["kind"] == "border_crossing"]
    return [
        {"closure_id": "c-closed", "target_kind": "place", "target_id": rng.choice(borders), "effect": "closed",
         "start_date": dt.date(2025, 10, 12), "modes": "*", "reason": "crossing closed", **SRC},
        {"closure_id": "c-winter", "target_kind": "leg", "target_id": rng.choice(legs)["leg_id"], "effect": "risk",
         "start_date": dt.date(2000, 12, 1), "end_date": dt.date(2000, 3, 1), "every_year": "yes", "modes": "*",
         "reason": "winter", **SRC},
    ]


def endpoints(corridors: dict[str, list[dict]], seed: int, count: int) -> list[tuple[str, str]]:
    """Origin–destination pairs: from a place in Kazakhstan to one in Pakistan (the long hauls a forwarder
    quotes), every other one between two places at random."""
    rng = random.Random(seed)
    places = [p for p in corridors["places"] if p["kind"] != "border_crossing"]
    first = [p["place_id"] for p in places if p["country"] == "KZ"]
    last = [p["place_id"] for p in places if p["country"] == "PK"]
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        if len(pairs) % 2 == 0:
            pairs.append((rng.choice(first), rng.choice(last)))
        else:
            a, b = rng.sample(places, 2)
            pairs.append((a["place_id"], b["place_id"]))
    return pairs


# ------------------------------------------------------------------ small networks for the oracle (hypothesis)

def tables_from_sheets(corridors: dict[str, list[dict]], tariffs: dict[str, list[dict]]):
    """Tables from workbook sheets held as rows, parsed and cross-checked by the same code as a workbook file
    (without writing one: the oracle tests read hundreds)."""
    from pathlib import Path

    from gui.core import tables as reading
    from gui.core.errors import TablesError
    from gui.core.model import WorkbookInfo
    from gui.core.sheets import SCHEMAS, optional_sheets, parse_sheet
    from gui.core.table_reader import TableReader

    problems: list = []
    notes: list = []
    readers, parsed = {}, {}
    for label, sheets in (("corridors", corridors), ("tariffs", tariffs)):
        reader = TableReader(Path(f"{label}.xlsx"), label, problems, notes)
        parsed[label] = {}
        for name, columns in {**SCHEMAS[label], **optional_sheets(label)}.items():
            rows = sheets.get(name)
            if rows is None:
                continue
            header = list(dict.fromkeys(key for row in rows for key in row)) or [c.name for c in columns]
            cells = [header] + [[row.get(key) for key in header] for row in rows]
            sheet = parse_sheet(cells, columns)
            for found in sheet.problems:
                reader.problem(found.message, name, found.row, found.column)
            parsed[label][name] = sheet.rows
        readers[label] = reader
    if problems:
        raise TablesError(problems)
    info = WorkbookInfo("memory", "")
    return reading._assemble(readers["corridors"], readers["tariffs"], info, info, parsed["corridors"],
                             parsed["tariffs"], problems, notes)


def small_networks(fees: bool, no_tariff: int = 15, changes: bool = False):
    """A hypothesis strategy: (corridors sheets, tariffs sheets) of a network of 5 to 8 places in 1 to 3
    countries, with road, rail and sea legs, corridor names, border places and unmarked borders, gauges, missing
    tariffs (one leg in ``no_tariff``), planned legs, closures that start, end or repeat, rates that change after
    the departure, and (with ``fees``) dwell and node fees at random; without ``fees`` nodes take no time and cost
    nothing. ``changes`` (with ``fees``): transshipment fees of their own by equipment type, mode and place, per
    unit or per tonne, some from or until a day near the departure, so that what a change of equipment charges
    differs by its types and its day."""
    from hypothesis import strategies as st

    @st.composite
    def draw_network(draw):
        countries = ["AA", "BB", "CC"][:draw(st.integers(1, 3))]
        count = draw(st.integers(5, 8))
        places = []
        for i in range(count):
            places.append({"place_id": f"p{i}", "name": f"P{i}", "country": draw(st.sampled_from(countries)),
                           "kind": draw(st.sampled_from(("city", "city", "border_crossing", "port", "junction"))),
                           "endpoint": "yes", **SRC})
        legs, rates = [], []
        for i in range(draw(st.integers(2 * count, 4 * count))):
            a, b = draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True))
            mode = draw(st.sampled_from(("road", "road", "rail", "rail", "sea")))
            typical = draw(st.sampled_from((0.5, 1.0, 1.25, 2.0, 3.5)))
            leg = {"leg_id": f"l{i}", "from_place": f"p{a}", "to_place": f"p{b}", "mode": mode,
                   "corridor": draw(st.sampled_from(("", "", "North", "South", "East"))),
                   # tenths of a km, as the tables give them: sums that binary fractions round
                   "km": draw(st.sampled_from((100, 150, 230.5, 400, 610, 1000, 27.8, 32.4, 811.8))),
                   "days_min": typical / 2, "days_typical": typical, "days_max": typical * 2,
                   "cargo_classes": "*", "equipment": draw(st.sampled_from(("*", "*", "c20", "c20;truck"))),
                   "status": "planned" if draw(st.integers(0, 20)) == 0 else "operational",
                   "two_way": "yes" if draw(st.integers(0, 7)) else "no", **SRC}
            if mode == "rail":
                leg["gauge_mm"] = draw(st.sampled_from((1520, 1435)))
            legs.append(leg)
            basis = {"road": "per_unit_km", "rail": "per_tkm", "sea": "per_unit"}[mode]
            amount = {"road": 2.0, "rail": 0.04, "sea": 500.0}[mode] * draw(st.sampled_from((0.5, 1, 1.5)))
            if draw(st.integers(0, 3)) == 0:  # a second carrier on the same leg: faster and dearer, or not
                other = draw(st.sampled_from((0.5, 2.0)))
                legs.append({**leg, "leg_id": f"l{i}b", "days_typical": typical * other,
                             "days_min": typical * other / 2, "days_max": typical * other * 2})
                rates.append({"rate_id": f"r{i}b", "leg_id": f"l{i}b", "equipment": "*", "charge": "freight",
                              "basis": basis, "amount": amount / other, "currency": "USD", **SRC})
            if draw(st.integers(1, no_tariff)) == 1:
                continue  # no tariff: routes over it are shown unpriced
            rates.append({"rate_id": f"r{i}", "leg_id": f"l{i}", "equipment": "*", "charge": "freight",
                          "basis": basis, "amount": amount, "currency": "USD", **SRC})
            if mode == "rail" and draw(st.booleans()):
                rates.append({"rate_id": f"r{i}h", "leg_id": f"l{i}", "equipment": "hopper", "charge": "freight",
                              "basis": "per_unit", "amount": draw(st.sampled_from((50, 120, 300))),
                              "currency": "KZT" if draw(st.booleans()) else "USD", **SRC})
            if draw(st.integers(0, 6)) == 0:  # a new rate from a day after the departure
                rates.append({"rate_id": f"r{i}n", "leg_id": f"l{i}", "equipment": "*", "charge": "freight",
                              "basis": basis, "amount": amount * 0.6, "currency": "USD",
                              "valid_from": dt.date(2026, 3, draw(st.integers(2, 12))), **SRC})
        nodes, fees_rows = [], []
        for event in ("border_crossing", "gauge_change", "transshipment", "port_handling"):
            dwell = draw(st.sampled_from((0.25, 1.0, 2.5))) if fees else 0
            nodes.append({"node_id": f"n-{event}", "place_id": "*", "event": event, "mode": "*",
                          "days_min": dwell / 2, "days_typical": dwell, "days_max": dwell * 2, **SRC})
            if fees:
                fees_rows.append({"fee_id": f"f-{event}", "place_id": "*", "event": event, "mode": "*",
                                  "equipment": "*", "charge": "fee", "basis": draw(st.sampled_from(
                                      ("per_unit", "per_tonne", "per_trip"))),
                                  "amount": draw(st.sampled_from((2, 15, 300))), "currency": "USD", **SRC})
        if fees and draw(st.booleans()):
            place = draw(st.sampled_from(places))["place_id"]
            nodes.append({"node_id": "n-own", "place_id": place, "event": "transshipment", "mode": "*",
                          "days_min": 3, "days_typical": 4, "days_max": 6, **SRC})
            fees_rows.append({"fee_id": "f-own", "place_id": place, "event": "border_crossing", "mode": "*",
                              "equipment": "*", "charge": "fee", "basis": "per_unit", "amount": 900,
                              "currency": "USD", "valid_from": dt.date(2026, 3, 3), **SRC})
        for i, equipment in enumerate(("c20", "hopper", "truck", "*") if fees and changes else ()):
            if draw(st.booleans()):
                continue
            row = {"fee_id": f"f-t{i}", "place_id": draw(st.sampled_from(("*", "*", "p0", "p1", "p2"))),
                   "event": "transshipment", "mode": draw(st.sampled_from(("*", "road", "rail", "sea"))),
                   "equipment": equipment, "charge": "fee",
                   "basis": draw(st.sampled_from(("per_unit", "per_tonne", "per_trip"))),
                   "amount": draw(st.sampled_from((1, 6, 80, 400))), "currency": "USD", **SRC}
            fees_rows.append(row)
            if draw(st.booleans()):  # from a day near the departure, another fee in its place
                fees_rows.append({**row, "fee_id": f"f-t{i}n", "valid_from": dt.date(2026, 3, draw(st.integers(2, 12))),
                                  "basis": draw(st.sampled_from(("per_unit", "per_tonne", "per_trip"))),
                                  "amount": draw(st.sampled_from((1, 6, 80, 400)))})
        closures = []
        for i in range(draw(st.integers(0, 2))):
            kind = draw(st.sampled_from(("place", "leg")))
            target = draw(st.sampled_from(places if kind == "place" else legs))
            start = dt.date(2026, 3, 1) + dt.timedelta(days=draw(st.integers(-5, 8)))
            row = {"closure_id": f"c{i}", "target_kind": kind,
                   "target_id": target["place_id" if kind == "place" else "leg_id"],
                   "effect": draw(st.sampled_from(("closed", "closed", "risk"))), "start_date": start,
                   "modes": draw(st.sampled_from(("*", "road", "rail"))), "reason": "test", **SRC}
            shape = draw(st.sampled_from(("open", "ends", "yearly")))
            if shape != "open":
                row["end_date"] = start + dt.timedelta(days=draw(st.integers(0, 6)))
            if shape == "yearly":
                row["every_year"] = "yes"
            closures.append(row)
        corridors = {"places": places, "legs": legs, "nodes": nodes, "closures": closures,
                     "cargo_types": CARGO, "equipment": EQUIPMENT, "emission_factors": FACTORS,
                     "sources": [{"source_id": "GEN", "title": "Generated network", "reliability": "DER"}]}
        tariffs = {"leg_rates": rates or [{"rate_id": "r-none", "leg_id": "l0", "basis": "per_trip", "amount": 1,
                                           "currency": "USD", **SRC}],
                   "node_fees": fees_rows,
                   "fx": [{"currency": "USD", "units_per_usd": 1, "as_of": dt.date(2026, 1, 1), **SRC},
                          {"currency": "KZT", "units_per_usd": 505, "as_of": dt.date(2026, 1, 1), **SRC}],
                   "sources": corridors["sources"]}
        return corridors, tariffs

    return draw_network()
