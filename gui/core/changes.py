"""What new tables change against the tables in use: rates, fees, legs, closures, places and exchange rates."""
from __future__ import annotations

from dataclasses import dataclass

from . import model as m


@dataclass(frozen=True)
class Change:
    kind: str  # "added", "removed" or "changed"
    what: str  # "rate", "node fee", "leg", "closure", "place", "exchange rate"
    key: str
    text: str  # one line a person can read

    def __str__(self) -> str:
        return self.text


def _date(value) -> str:
    return value.isoformat() if value else "open"


def _rate_text(rate: m.LegRate | m.NodeFee) -> str:
    span = f", valid {_date(rate.valid_from)} to {_date(rate.valid_to)}" if rate.valid_from or rate.valid_to else ""
    return f"{rate.amount:,.6g} {rate.currency} {rate.basis.replace('_', ' ')}{span}"


def _percent(old: float, new: float) -> str:
    return f" ({(new - old) / old:+.0%})" if old else ""


def _compare(kind: str, old: dict, new: dict, describe, label) -> list[Change]:
    changes = []
    for key in sorted(new.keys() - old.keys()):
        changes.append(Change("added", kind, key, f"{kind} added: {label(new[key])}: {describe(new[key])}"))
    for key in sorted(old.keys() - new.keys()):
        changes.append(Change("removed", kind, key, f"{kind} removed: {label(old[key])}: {describe(old[key])}"))
    for key in sorted(old.keys() & new.keys()):
        before, after = describe(old[key]), describe(new[key])
        if before != after:
            extra = ""
            if hasattr(old[key], "amount") and old[key].currency == new[key].currency:
                extra = _percent(old[key].amount, new[key].amount)
            changes.append(Change("changed", kind, key, f"{kind} changed: {label(new[key])}: {before} → {after}{extra}"))
    return changes


def compare_tables(old: m.Tables, new: m.Tables) -> list[Change]:
    """Every difference a forwarder should see before new tables replace the ones in use."""
    places = {**old.places, **new.places}
    legs = {**old.legs, **new.legs}

    def leg_name(leg_id: str) -> str:
        leg = legs.get(leg_id)
        if leg is None:
            return leg_id
        return f"{places[leg.from_place].name}–{places[leg.to_place].name} ({leg.mode})"

    changes: list[Change] = []
    changes += _compare(
        "rate", {r.rate_id: r for r in old.leg_rates}, {r.rate_id: r for r in new.leg_rates}, _rate_text,
        lambda r: f"{r.rate_id} {leg_name(r.leg_id)}, {r.equipment}, {r.charge}"
                  + ("" if r.direction == "both" else f", {r.direction}"))
    changes += _compare(
        "node fee", {f.fee_id: f for f in old.node_fees}, {f.fee_id: f for f in new.node_fees}, _rate_text,
        lambda f: f"{f.fee_id} {places[f.place_id].name if f.place_id in places else 'any place'}, "
                  f"{f.event.replace('_', ' ')}, {f.charge}")
    changes += _compare(
        "leg", old.legs, new.legs,
        lambda leg: f"{leg.km:,.0f} km, {leg.days_min:g}/{leg.days_typical:g}/{leg.days_max:g} days, "
                    f"{'planned' if leg.planned else 'operational'}",
        lambda leg: f"{leg.leg_id} {leg_name(leg.leg_id)}")
    changes += _compare(
        "closure", {c.closure_id: c for c in old.closures}, {c.closure_id: c for c in new.closures},
        lambda c: f"{'closed' if c.closed else 'risk'} {_date(c.start)} to {_date(c.end)}"
                  + (" every year" if c.every_year else ""),
        lambda c: f"{c.closure_id} ({c.target_id})")
    changes += _compare("place", old.places, new.places, lambda p: f"{p.country}, {p.kind.replace('_', ' ')}",
                        lambda p: p.name)
    newest_old = {r.currency: r for r in sorted(old.fx, key=lambda r: r.as_of)}
    newest_new = {r.currency: r for r in sorted(new.fx, key=lambda r: r.as_of)}
    changes += _compare("exchange rate", newest_old, newest_new,
                        lambda r: f"{r.units_per_usd:,.4g} per USD as of {r.as_of.isoformat()}", lambda r: r.currency)
    if old.fx_as_of != new.fx_as_of:
        changes.append(Change("changed", "exchange rate", "as_of",
                              f"exchange rates as of {old.fx_as_of.isoformat()} → {new.fx_as_of.isoformat()}"))
    return changes
