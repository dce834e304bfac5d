"""A small network in two workbooks whose prices the tests work out by hand.

    alpha (KZ) --rail 1520, 500 km--> gate (KZ border) --rail 1435, 300 km--> beta (PK) --road 400 km--> omega (PK)
    alpha --rail 200 km--> port1 (KZ) --sea 1000 km--> port2 (PK) --road 100 km--> omega
    alpha --road 1500 km--> omega                (slow and dear: dominated)
    beta  --rail 380 km (planned)--> omega
"""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

D = dt.date
SRC = {"source_ids": "SRC1"}

CORRIDORS: dict[str, list[dict]] = {
    "places": [
        {"place_id": "alpha", "name": "Alpha", "aliases": "Alfa", "country": "KZ", "kind": "city", "lat": 50,
         "lon": 70, "gauge_mm": 1520, "endpoint": "yes", **SRC},
        {"place_id": "gate", "name": "Gate", "country": "KZ", "kind": "border_crossing", "lat": 45, "lon": 70,
         "gauge_mm": 1520, "endpoint": "no", **SRC},
        {"place_id": "beta", "name": "Beta", "country": "PK", "kind": "city", "lat": 40, "lon": 70,
         "endpoint": "no", **SRC},
        {"place_id": "port1", "name": "Port One", "country": "KZ", "kind": "port", "lat": 44, "lon": 50,
         "endpoint": "no", **SRC},
        {"place_id": "port2", "name": "Port Two", "country": "PK", "kind": "port", "lat": 25, "lon": 67,
         "endpoint": "yes", **SRC},
        {"place_id": "omega", "name": "Omega", "country": "PK", "kind": "city", "lat": 30, "lon": 70,
         "endpoint": "yes", "estimate_note": "coordinates approximate"},
    ],
    "legs": [
        {"leg_id": "l1", "from_place": "alpha", "to_place": "gate", "mode": "rail", "corridor": "", "km": 500,
         "days_min": 2, "days_typical": 3, "days_max": 4, "gauge_mm": 1520, "cargo_classes": "*",
         "equipment": "*", "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l2", "from_place": "gate", "to_place": "beta", "mode": "rail", "corridor": "North", "km": 300,
         "days_min": 1, "days_typical": 2, "days_max": 3, "gauge_mm": 1435, "cargo_classes": "*",
         "equipment": "*", "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l3", "from_place": "beta", "to_place": "omega", "mode": "road", "corridor": "North", "km": 400,
         "days_min": 1, "days_typical": 1.5, "days_max": 2, "cargo_classes": "*", "equipment": "*",
         "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l4", "from_place": "alpha", "to_place": "port1", "mode": "rail", "corridor": "", "km": 200,
         "days_min": 1, "days_typical": 1, "days_max": 2, "gauge_mm": 1520, "cargo_classes": "*",
         "equipment": "*", "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l5", "from_place": "port1", "to_place": "port2", "mode": "sea", "corridor": "Sea", "km": 1000,
         "days_min": 3, "days_typical": 4, "days_max": 6, "cargo_classes": "bulk_grain;general",
         "equipment": "c20", "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l6", "from_place": "port2", "to_place": "omega", "mode": "road", "corridor": "", "km": 100,
         "days_min": 0.5, "days_typical": 0.5, "days_max": 1, "cargo_classes": "*", "equipment": "*",
         "status": "operational", "two_way": "yes", **SRC},
        {"leg_id": "l7", "from_place": "alpha", "to_place": "omega", "mode": "road", "corridor": "Direct",
         "km": 1500, "days_min": 10, "days_typical": 12, "days_max": 14, "cargo_classes": "*", "equipment": "*",
         "status": "operational", "two_way": "yes", "estimate_note": "km = great-circle × 1.3"},
        {"leg_id": "l8", "from_place": "beta", "to_place": "omega", "mode": "rail", "corridor": "Planned rail",
         "km": 380, "days_min": 1, "days_typical": 1, "days_max": 2, "gauge_mm": 1676, "cargo_classes": "*",
         "equipment": "*", "status": "planned", "two_way": "yes", **SRC},
    ],
    "nodes": [
        {"node_id": "n-border", "place_id": "*", "event": "border_crossing", "mode": "*", "days_min": 1,
         "days_typical": 1, "days_max": 2, **SRC},
        {"node_id": "n-gauge", "place_id": "gate", "event": "gauge_change", "mode": "rail", "days_min": 0.5,
         "days_typical": 1, "days_max": 2, **SRC},
        {"node_id": "n-port", "place_id": "*", "event": "port_handling", "mode": "*", "days_min": 1,
         "days_typical": 2, "days_max": 3, **SRC},
        {"node_id": "n-trans", "place_id": "*", "event": "transshipment", "mode": "*", "days_min": 0.5,
         "days_typical": 0.5, "days_max": 1, **SRC},
    ],
    "closures": [
        {"closure_id": "gate-may", "target_kind": "place", "target_id": "gate", "effect": "closed",
         "start_date": D(2026, 5, 1), "end_date": D(2026, 5, 31), "every_year": "no", "modes": "*",
         "reason": "test closure", **SRC},
        {"closure_id": "sea-winter", "target_kind": "leg", "target_id": "l5", "effect": "risk",
         "start_date": D(2000, 12, 1), "end_date": D(2000, 2, 28), "every_year": "yes", "modes": "sea",
         "reason": "winter storms", **SRC},
    ],
    "cargo_types": [
        {"cargo_id": "wheat", "name": "Wheat", "aliases": "grain", "handling_class": "bulk_grain",
         "density_t_per_m3": 0.75, **SRC},
        {"cargo_id": "oil", "name": "Crude oil", "handling_class": "liquid_bulk", "density_t_per_m3": 0.85,
         **SRC},
    ],
    "equipment": [
        {"equipment_id": "hopper", "name": "Hopper wagon", "kind": "wagon", "modes": "rail",
         "handling_classes": "bulk_grain", "payload_t": 70, "volume_m3": 104, **SRC},
        {"equipment_id": "c20", "name": "20' container", "kind": "container", "modes": "road;rail;sea",
         "handling_classes": "bulk_grain;general", "payload_t": 28, "volume_m3": 33, "teu": 1, **SRC},
        {"equipment_id": "truck", "name": "Grain truck", "kind": "truck", "modes": "road",
         "handling_classes": "bulk_grain;general", "payload_t": 20, "volume_m3": 90, **SRC},
    ],
    "emission_factors": [
        {"factor_id": "f-rail", "element": "transport", "mode_or_event": "rail", "equipment": "*", "value": 30,
         "unit": "g_co2e_per_tkm", "scope": "WTW", **SRC},
        {"factor_id": "f-road", "element": "transport", "mode_or_event": "road", "equipment": "*", "value": 90,
         "unit": "g_co2e_per_tkm", "scope": "WTW", **SRC},
        {"factor_id": "f-sea", "element": "transport", "mode_or_event": "sea", "equipment": "*", "value": 15,
         "unit": "g_co2e_per_tkm", "scope": "WTW", **SRC},
    ],
    "sources": [
        {"source_id": "SRC1", "title": "Test source", "url": "", "date": "2026", "publisher": "Tests",
         "reliability": "OFF"},
    ],
}

TARIFFS: dict[str, list[dict]] = {
    "leg_rates": [
        {"rate_id": "r1", "leg_id": "l1", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_tkm", "amount": 0.05, "currency": "USD", **SRC},
        {"rate_id": "r2", "leg_id": "l2", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_tkm", "amount": 0.04, "currency": "USD", **SRC},
        {"rate_id": "r3", "leg_id": "l3", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_unit_km", "amount": 2, "currency": "USD", **SRC},
        {"rate_id": "r4", "leg_id": "l4", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_tonne", "amount": 10, "currency": "USD", **SRC},
        {"rate_id": "r5", "leg_id": "l5", "direction": "both", "equipment": "c20", "charge": "freight",
         "basis": "per_unit", "amount": 500, "currency": "USD", **SRC},
        {"rate_id": "r6", "leg_id": "l6", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_unit", "amount": 28000, "currency": "PKR", "valid_to": D(2026, 12, 31), **SRC},
        {"rate_id": "r7", "leg_id": "l7", "direction": "both", "equipment": "*", "charge": "freight",
         "basis": "per_unit_km", "amount": 3, "currency": "USD", "estimate_note": "CPMM-style estimate"},
    ],
    "node_fees": [
        {"fee_id": "f1", "place_id": "gate", "event": "border_crossing", "mode": "*", "equipment": "*",
         "charge": "border fee", "basis": "per_unit", "amount": 20, "currency": "USD", **SRC},
        {"fee_id": "f2", "place_id": "gate", "event": "gauge_change", "mode": "rail", "equipment": "*",
         "charge": "transfer", "basis": "per_tonne", "amount": 5000, "currency": "KZT", **SRC},
        {"fee_id": "f3", "place_id": "*", "event": "port_handling", "mode": "*", "equipment": "*",
         "charge": "handling", "basis": "per_tonne", "amount": 3, "currency": "USD", **SRC},
        {"fee_id": "f4", "place_id": "*", "event": "transshipment", "mode": "*", "equipment": "*",
         "charge": "transshipment", "basis": "per_tonne", "amount": 2, "currency": "USD", **SRC},
    ],
    "fx": [
        {"currency": "USD", "units_per_usd": 1, "as_of": D(2026, 1, 1), **SRC},
        {"currency": "KZT", "units_per_usd": 500, "as_of": D(2026, 1, 1), **SRC},
        {"currency": "KZT", "units_per_usd": 520, "as_of": D(2026, 6, 1), **SRC},
        {"currency": "PKR", "units_per_usd": 280, "as_of": D(2026, 1, 1), **SRC},
    ],
    "sources": [
        {"source_id": "SRC1", "title": "Test source", "url": "", "date": "2026", "publisher": "Tests",
         "reliability": "OFF"},
    ],
}


def write_workbook(path: Path, sheets: dict[str, list[dict]]) -> Path:
    """Write sheets of row dicts; the header is the union of keys, in first-seen order."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        header: list[str] = []
        for row in rows:
            header.extend(key for key in row if key not in header)
        if not header:
            header = ["empty"]
        sheet.append(header)
        for row in rows:
            sheet.append([row.get(key) for key in header])
    workbook.save(path)
    return path


def fixture_sheets() -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """Deep copies that a test may change before writing."""
    return copy.deepcopy(CORRIDORS), copy.deepcopy(TARIFFS)


def write_fixture(folder: Path, corridors: dict | None = None, tariffs: dict | None = None) -> tuple[Path, Path]:
    default_corridors, default_tariffs = fixture_sheets()
    return (write_workbook(folder / "corridors.xlsx", corridors or default_corridors),
            write_workbook(folder / "tariffs.xlsx", tariffs or default_tariffs))
