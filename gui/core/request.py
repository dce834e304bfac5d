"""What the user asks for, and turning names and quantities into table records and tonnes."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from typing import TYPE_CHECKING

from . import messages as msg
from . import suggest
from .errors import InputError
from .messages import Figure, Message, Verbatim
from .suggest import fold

if TYPE_CHECKING:  # the window builds a request before the tables (and their record types) are loaded
    from .model import CargoType, Equipment, Place, Tables

# Kinds of equipment a user may count in; the exact unit is picked per cargo (see resolve_load).
COUNTABLE_KINDS = {
    "container": "container", "containers": "container",
    "wagon": "wagon", "wagons": "wagon",
    "truck": "truck", "trucks": "truck",
}
TONNE_UNITS = {"t": 1.0, "tonne": 1.0, "tonnes": 1.0, "ton": 1.0, "tons": 1.0, "mt": 1.0, "kg": 0.001}
VOLUME_UNITS = {"m3", "m³", "cbm", "cubic_metres", "cubic_meters"}
MAX_TONNES = 5_000_000.0  # more than a year of Kazakh grain by rail to the south: surely a typing error


@dataclass(frozen=True)
class QuoteRequest:
    cargo: str
    quantity: float | str
    unit: str
    origin: str
    destination: str
    departure: dt.date
    currency: str = "USD"
    # (currency, units per USD) pairs the user set for this quote instead of the table's rate, e.g. the
    # rate agreed with the buyer's bank; kept with a saved quote so it prices the same when reopened
    fx_overrides: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Load:
    """The consignment in tonnes; ``locked`` equipment travels door to door (the user counted containers)."""

    tonnes: float
    locked: Equipment | None
    locked_units: int | None
    description: str


_FOLDED: dict[int, tuple[dict, dict]] = {}  # id of a candidates dict -> (it, its names folded)


def _find(kind: str, text: str, candidates: dict[str, tuple[str, ...]]) -> str:
    """Match a typed name against ids, names and aliases: exactly, then as a unique prefix."""
    wanted = fold(text)
    if not wanted:
        raise InputError(kind, Message(msg.NOT_GIVEN, what=msg.field_term(kind)))
    cached = _FOLDED.get(id(candidates))
    if cached is None or cached[0] is not candidates:
        cached = _FOLDED[id(candidates)] = (candidates, {key: {fold(n) for n in names}
                                                         for key, names in candidates.items()})
    folded = cached[1]
    exact = [key for key, names in folded.items() if wanted in names]
    if len(exact) == 1:
        return exact[0]
    prefix = [key for key, names in folded.items() if any(n.startswith(wanted) for n in names)]
    if len(prefix) == 1:
        return prefix[0]
    if len(prefix) > 1 or len(exact) > 1:
        options = sorted(candidates[key][1] for key in (exact or prefix))
        raise InputError(kind, Message(msg.AMBIGUOUS, what=msg.field_term(kind), text=Verbatim(text.strip()),
                                       options=options))
    raise suggest.unknown(kind, text, candidates)


_NAMES: dict[tuple[int, str], tuple[dict, dict]] = {}  # (id of a table's dict, kind) -> (it, names per key)


def _names(records: dict, kind: str) -> dict[str, tuple[str, ...]]:
    """Ids, names and aliases of a table's records, built once per table (the window looks them up a lot)."""
    cached = _NAMES.get((id(records), kind))
    if cached is None or cached[0] is not records:
        cached = _NAMES[(id(records), kind)] = (records, {
            key: (key, r.name, *r.aliases, *(name for _, name in r.local_names)) for key, r in records.items()})
    return cached[1]


def find_cargo(tables: Tables, text: str) -> CargoType:
    return tables.cargo_types[_find("cargo", text, _names(tables.cargo_types, "cargo"))]


def find_place(tables: Tables, text: str, *, field: str = "place") -> Place:
    return tables.places[_find(field, text, _names(tables.places, "place"))]


def parse_quantity(value: float | str, *, what: str | None = None, field: str = "quantity") -> float:
    """A positive number as typed in any of the interface languages (``1 234,5`` or ``1234.5``); ``what`` names
    it in messages (default: the quantity)."""
    what = what or msg.field_term("quantity")
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")  # decimal comma, as typed in Russian or Kazakh
        try:
            number = float(text)
        except ValueError:
            raise InputError(field, Message(msg.NOT_A_NUMBER, what=what, text=Verbatim(value.strip()))) from None
    else:
        number = float(value)
    if not math.isfinite(number):
        raise InputError(field, Message(msg.NOT_FINITE, what=what))
    if number <= 0:
        raise InputError(field, Message(msg.NOT_POSITIVE, what=what, number=Figure(number, "g")))
    return number


GENERIC_UNITS = ("t", "kg", "m3", "containers", "wagons", "trucks")


def _unknown_unit(unit: str, equipment_names: dict[str, tuple[str, ...]]) -> InputError:
    """A unit nobody knows: the closest unit words or equipment ids, else the generic units."""
    words = {"tonnes": tuple(u for u in TONNE_UNITS if u != "kg"), "kg": ("kg",), "m3": tuple(VOLUME_UNITS),
             **{f"{kind}s": tuple(w for w, k in COUNTABLE_KINDS.items() if k == kind)
                for kind in set(COUNTABLE_KINDS.values())}}
    words.update(equipment_names)
    return suggest.unknown("unit", unit, words, display=lambda key: Verbatim(key),
                           known=[Verbatim(u) for u in GENERIC_UNITS])


def _suitable(tables: Tables, cargo: CargoType, kind: str | None = None) -> list[Equipment]:
    return [e for e in tables.equipment.values()
            if cargo.handling_class in e.handling_classes and (kind is None or e.kind == kind)]


def resolve_load(tables: Tables, cargo: CargoType, quantity: float, unit: str) -> Load:
    """Convert the user's quantity and unit to tonnes, and say which equipment a count refers to."""
    key = unit.strip().casefold().replace(" ", "_")
    if key in TONNE_UNITS:
        tonnes = quantity * TONNE_UNITS[key]
        description = (Message(msg.LOAD_KG, kg=Figure(quantity, ",g"), tonnes=Figure(tonnes, ",g")) if key == "kg"
                       else Message(msg.LOAD_TONNES, tonnes=Figure(tonnes, ",g")))
        locked = None
        units = None
    elif key in VOLUME_UNITS:
        tonnes = quantity * cargo.density_t_per_m3
        description = Message(msg.LOAD_VOLUME, volume=Figure(quantity, ",g"),
                              density=Figure(cargo.density_t_per_m3, "g"), tonnes=Figure(tonnes, ",.1f"))
        locked = None
        units = None
    else:
        kind = COUNTABLE_KINDS.get(key)
        if kind is not None:
            options = _suitable(tables, cargo, kind)
            if not options:
                raise InputError("unit", Message(msg.NOT_CARRIED_IN, cargo=cargo.name, kind=msg.kind_term(kind)))
            # the largest unit that suits the cargo: what a shipper means by "a container of potatoes"
            equipment = max(options, key=lambda e: (e.capacity_t(cargo.density_t_per_m3), e.equipment_id))
        else:
            names = {eid: (eid, e.name) for eid, e in tables.equipment.items()}
            try:
                equipment = tables.equipment[_find("unit", unit, names)]
            except InputError:
                raise _unknown_unit(unit, names) from None
            if cargo.handling_class not in equipment.handling_classes:
                raise InputError("unit", Message(msg.CANNOT_CARRY, equipment=equipment.name, cargo=cargo.name,
                                                 handling=msg.handling_term(cargo.handling_class)))
            kind = equipment.kind
        if not float(quantity).is_integer():
            raise InputError("quantity", Message(msg.WHOLE_UNITS, kind=msg.kind_term(kind),
                                                 number=Figure(quantity, "g")))
        count = int(quantity)
        per_unit = equipment.capacity_t(cargo.density_t_per_m3)
        tonnes = count * per_unit
        description = Message(msg.LOAD_UNITS, count=Figure(count, ",.0f"), equipment=equipment.name,
                              each=Figure(per_unit, ",.2f"), tonnes=Figure(tonnes, ",.1f"))
        # containers stay closed door to door; wagons and trucks are only a way of saying how much
        locked = equipment if kind == "container" else None
        units = count if locked else None
    if tonnes > MAX_TONNES:
        raise InputError("quantity", Message(msg.TOO_MUCH, tonnes=Figure(tonnes), limit=Figure(MAX_TONNES)))
    return Load(tonnes, locked, units, description)
