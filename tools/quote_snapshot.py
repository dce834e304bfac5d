"""Every bundled cargo type between every pair of bundled endpoints, quoted and written as JSON, so that two
versions of the program can be compared route by route: what a change to the search or the pricing altered.

Run from a checkout: python tools/quote_snapshot.py OUT.json [--departure 2026-03-02] [--tonnes 500]
Compare two snapshots: python tools/quote_snapshot.py --compare BEFORE.json AFTER.json
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def snapshot(departure: dt.date, tonnes: float) -> dict[str, list[dict]]:
    sys.path.insert(0, str(ROOT))
    from gui.core.quote import QuoteEngine
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables

    tables = load_tables()
    engine = QuoteEngine(tables)
    ends = [p.place_id for p in tables.places.values() if p.endpoint]
    quotes: dict[str, list[dict]] = {}
    for cargo in tables.cargo_types:
        for origin in ends:
            for destination in ends:
                if origin == destination:
                    continue
                result = engine.quote(QuoteRequest(cargo, tonnes, "t", origin, destination, departure,
                                                   quoted_on=departure))
                quotes[f"{cargo} {origin} → {destination}"] = [
                    {"corridor": r.corridor, "path": " – ".join(r.place_ids),
                     "legs": " ".join(f"{leg.leg_id}/{leg.mode}/{leg.equipment_id}" for leg in r.legs),
                     "available": r.available,
                     "cost": None if r.cost is None else round(r.cost, 2), "days": round(r.days_typical, 2),
                     "co2e_kg": round(r.co2e_kg, 1), "pareto": r.pareto} for r in result.routes]
    return quotes


def said(route: dict) -> str:
    modes = "/".join(dict.fromkeys(part.split("/")[1] for part in route["legs"].split()))
    figures = f"{route['cost']} USD, {route['days']} d, {route['co2e_kg']} kg CO2e"
    flags = (", best trade-off" if route["pareto"] else "") + ("" if route["available"] else ", unavailable")
    return f"{route['corridor']}: {route['path']} ({modes}), {figures}{flags}"


def compare(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> list[str]:
    """One line per route shown in one snapshot and not the other (same legs, modes and equipment), and per route
    whose figures or best-trade-off mark changed."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old = {r["legs"]: r for r in before.get(key, [])}
        new = {r["legs"]: r for r in after.get(key, [])}
        for legs in sorted(set(old) | set(new)):
            a, b = old.get(legs), new.get(legs)
            if a == b:
                continue
            if a is None:
                lines.append(f"{key}: added {said(b)}")
            elif b is None:
                lines.append(f"{key}: removed {said(a)}")
            else:
                lines.append(f"{key}: changed {said(a)} → {said(b)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--departure", type=dt.date.fromisoformat, default=dt.date(2026, 3, 2))
    parser.add_argument("--tonnes", type=float, default=500.0)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        for line in compare(before, after):
            print(line)
        return
    if args.out is None:
        parser.error("say where to write the snapshot, or --compare two")
    args.out.write_text(json.dumps(snapshot(args.departure, args.tonnes), ensure_ascii=False, indent=0),
                        encoding="utf-8")


if __name__ == "__main__":
    main()
