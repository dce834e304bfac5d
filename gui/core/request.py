"""What the user asks for, and turning names and quantities into table records and tonnes."""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from typing import TYPE_CHECKING

from . import messages as msg
from . import vocabulary as vocab

from . import quote_messages as qmsg
from . import suggest
from .countries import COUNTRIES, country_code, country_term
from .errors import InputError
from .messages import Figure, InSentence, Message, Verbatim
from .suggest import fold
from .validation import ambiguous_separator, ascii_digits, check_tonnes, number_text

if TYPE_CHECKING:  # the window builds a request before the tables (and their record types) are loaded
    from .model import CargoType, Equipment, Place, Tables

# What people type for a unit (after folding: lower case, no spaces) -> the general unit the core counts in.
# A count of containers, wagons or trucks becomes the equipment that suits the cargo (see resolve_load).
UNIT_WORDS = {
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons", "mt", "т", "тонна", "тонн", "тонны", "ٹن"), "t"),
    **dict.fromkeys(("kg", "kgs", "кг", "کلوگرام"), "kg"),
    **dict.fromkeys(("m3", "m³", "cbm", "cubicmetres", "cubicmeters", "м3", "м³"), "m3"),
    **dict.fromkeys(("bbl", "bbls", "barrel", "barrels", "баррель", "баррелей", "барреля", "بیرل"), "bbl"),
    **dict.fromkeys(("container", "containers", "ctr", "контейнер", "контейнеры", "контейнеров"), "containers"),
    **dict.fromkeys(("wagon", "wagons", "railcar", "railcars", "вагон", "вагоны", "вагонов"), "wagons"),
    **dict.fromkeys(("truck", "trucks", "lorry", "lorries", "грузовик", "грузовики", "фура", "фуры"), "trucks"),
}
TONNES_PER_UNIT = {"t": 1.0, "kg": 0.001}
# a US oil barrel, as crude is counted: 42 US gallons of 231 cubic inches, 2.54 cm each, by definition (the US
# gallon by the Mendenhall order and the inch by the 1959 yard and pound agreement): 0.158987294928 m³ exactly
M3_PER_BARREL = 42 * 231 * 2.54 ** 3 / 1e6
BARREL_CLASSES = ("liquid_bulk",)  # barrels measure a liquid; a barrel of wheat is no measure a tariff knows
COUNTED = {"containers": "container", "wagons": "wagon", "trucks": "truck"}
# container sizes by what a shipper writes: 20' or TEU is one twenty-foot unit, 40' or FEU two
CONTAINER_SIZES = {**dict.fromkeys(("teu", "20'", "20ft", "20foot", "20feet"), 1.0),
                   **dict.fromkeys(("feu", "40'", "40ft", "40foot", "40feet"), 2.0)}
REEFER_WORDS = ("reefer", "reefers", "рефконтейнер", "рефрижератор")


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
    quoted_on: dt.date | None = None  # the day the quote is made (today unless set): back-dated? closed yet?
    stale_after_days: int = 90  # exchange rates and rates older than this are pointed out

    def day_quoted(self) -> dt.date:
        """The day the request is quoted on: its own ``quoted_on``, else today (the window's and the command
        line's requests: a window left open past midnight quotes on the new day)."""
        return self.quoted_on or dt.date.today()


@dataclass(frozen=True)
class Load:
    """The consignment in tonnes; ``locked`` equipment travels door to door (the user counted containers)."""

    tonnes: float
    locked: Equipment | None
    locked_units: int | None
    description: str
    unit: str = "t"  # what the quantity counts: t, kg, m3, bbl, containers, wagons, trucks or an equipment id
    counted: tuple[str, int] | None = None  # (equipment kind, how many) when the user counted units


MIN_PART = 3  # letters a typed part of a name needs before it is looked for inside names ("an" is in too many)
_FOLDED: dict[int, tuple[dict, dict]] = {}  # id of a candidates dict -> (it, its names folded)


def _find(kind: str, text: str, candidates: dict[str, tuple[str, ...]]) -> str:
    """Match a typed name against ids, names and aliases: exactly, then as a unique prefix, then (three letters or
    more) as a unique part of one ("pindi", "kinnow"). Several matches are an error that names them all, as
    suggestions an interface can offer."""
    wanted = fold(text)
    if not wanted:
        if text.strip():  # typed in a script no name is written in ("乌鲁木齐"): unknown, not missing
            raise suggest.unknown(kind, text, candidates)
        raise InputError(kind, Message(qmsg.NOT_GIVEN, what=vocab.field_term(kind)))
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
    inside = [key for key, names in folded.items() if any(wanted in n for n in names)] \
        if len(wanted) >= MIN_PART and not (exact or prefix) else []
    if len(inside) == 1:
        return inside[0]
    if exact or prefix or inside:
        options = sorted(candidates[key][1] for key in (exact or prefix or inside))
        raise InputError(kind, Message(qmsg.AMBIGUOUS, what=vocab.field_term(kind), text=Verbatim(text.strip()),
                                       options=options), tuple(options))
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


def cargo_read_as(cargo: CargoType, typed: str) -> Message | None:
    """What a quote says where the cargo was found by a word its name does not hold in any language ("grain":
    Wheat, "chana": Lentils and chickpeas): which cargo it took, never taken without a word. A word of the name
    ("kinnow" for Citrus (kinnow), "potato", "oil" for Crude oil) is plain from the name the quote shows."""
    wanted = fold(typed)
    if any(wanted in fold(name) for name in (cargo.cargo_id, cargo.name, *(name for _, name in cargo.local_names))):
        return None
    return Message(qmsg.CARGO_READ_AS, text=Verbatim(typed.strip()), cargo=cargo.name)


def find_place(tables: Tables, text: str, *, field: str = "place") -> Place:
    """A place by its name; "Karachi, Pakistan" (or "Алматы، KZ") as the place of that country, as an address is
    written: a country that is not the place's is refused, never dropped."""
    names = _names(tables.places, "place")
    try:
        return tables.places[_find(field, text, names)]
    except InputError:
        head, sep, tail = text.rpartition(",") if "," in text else text.rpartition("\u060c")  # the Arabic comma
        country = country_code(tail) if sep and head.strip() else None
        if country not in COUNTRIES:
            raise
    place = tables.places[_find(field, head, names)]
    if place.country != country:
        raise InputError(field, Message(qmsg.IN_OTHER_COUNTRY, what=vocab.field_term(field),
                                        text=Verbatim(text.strip()), place=place.name,
                                        country=country_term(place.country), named=country_term(country)))
    return place


def parse_quantity(value: float | str, *, what: str | None = None, field: str = "quantity",
                   points: bool = True) -> float:
    """A positive number as typed in any of the interface languages (``1 234,5``, ``1,234.5``, ``1,000,000``; see
    ``validation.number_text``); one comma or point before exactly three figures ("1,500", "1.500") is asked
    about, not guessed (a point is not, with ``points=False``: an exchange rate). ``what`` names it in messages
    (default: the quantity)."""
    what = what or vocab.field_term("quantity")
    if isinstance(value, str):
        ambiguous = ambiguous_separator(value, points=points)
        if ambiguous is not None:  # "1,500", "1.500": 1.5 or 1500, as one language or another writes it
            raise InputError(field, Message(qmsg.NUMBER_AMBIGUOUS, what=what, text=Verbatim(value.strip()),
                                            decimal=Verbatim(ambiguous[0]), thousands=Verbatim(ambiguous[1])))
        try:
            number = float(number_text(value))
        except ValueError:
            raise _not_a_number(value, what, field) from None
    else:
        number = float(value)
    if not math.isfinite(number):
        raise InputError(field, Message(qmsg.NOT_FINITE, what=what))
    if number <= 0:
        raise InputError(field, Message(qmsg.NOT_POSITIVE, what=what, number=Figure(number, "g")))
    return number


_WITH_UNIT = re.compile(r"\s*(\d[\d\s.,'’\u066b\u066c]*?)\s*([^\d\s.,'’].*?)\s*")


def _not_a_number(value: str, what, field: str) -> InputError:
    """No number: where a unit follows the figures ("500 tons", "500т", "2 containers"), said so, with the two
    parts to give apart, never read as one of them."""
    found = _WITH_UNIT.fullmatch(ascii_digits(value))
    if found:
        key = _unit_key(found[2])
        if key in UNIT_WORDS or key in CONTAINER_SIZES or key in REEFER_WORDS or _unit_begun(key):
            return InputError(field, Message(qmsg.NUMBER_WITH_UNIT, what=what, text=Verbatim(value.strip()),
                                             number=Verbatim(found[1].strip()), unit=Verbatim(found[2])))
    return InputError(field, Message(qmsg.NOT_A_NUMBER, what=what, text=Verbatim(value.strip())))


GENERIC_UNITS = ("t", "kg", "m3", "bbl", "containers", "wagons", "trucks")


def _unit_key(unit: str) -> str:
    return unit.strip().casefold().replace(" ", "").replace("’", "'").replace("′", "'").replace("_", "")


def _unknown_unit(unit: str, equipment_names: dict[str, tuple[str, ...]]) -> InputError:
    """A unit nobody knows: the closest unit words or equipment ids, else the general units."""
    words: dict[str, tuple[str, ...]] = {}
    for word, general in UNIT_WORDS.items():
        words.setdefault("tonnes" if general == "t" else general, ())
        words["tonnes" if general == "t" else general] += (word,)
    words.update(equipment_names)
    return suggest.unknown("unit", unit, words, display=lambda key: Verbatim(key),
                           known=[Verbatim(u) for u in GENERIC_UNITS])


def _unit_begun(key: str) -> str | None:
    """The unit whose words alone begin with the first three letters or more of ``key`` ("cont", "ваг", "tru"),
    as a cargo or place is found by part of its name; None where no word or words of two units do."""
    if len(key) < 3:
        return None
    units = {general for word, general in UNIT_WORDS.items() if word.startswith(key)}
    return units.pop() if len(units) == 1 else None


def _counted_equipment(tables: Tables, cargo: CargoType, key: str) -> tuple[Equipment, str] | None:
    """The equipment a counted unit stands for, and the unit as the load names it: the largest that suits the
    cargo (what a shipper means by "a container of potatoes"), of the size or kind the words name."""
    if key in UNIT_WORDS and UNIT_WORDS[key] in COUNTED:
        general = UNIT_WORDS[key]
        kind, size, reefer = COUNTED[general], None, False
    elif key in CONTAINER_SIZES or key in REEFER_WORDS:
        general, kind, size, reefer = None, "container", CONTAINER_SIZES.get(key), key in REEFER_WORDS
    else:
        return None
    def asked(e: Equipment) -> bool:
        return (size is None or e.teu == size) and (not reefer or "reefer" in e.handling_classes)

    options = [e for e in _suitable(tables, cargo, kind) if asked(e)]
    if not options:
        # carried in such units, but not in the size or the reefers asked for: say which cannot carry it
        others = [e for e in tables.equipment.values() if e.kind == kind and asked(e)] \
            if _suitable(tables, cargo, kind) else []
        if others:
            largest = max(others, key=lambda e: (e.teu or 0.0, e.equipment_id))
            raise InputError("unit", Message(qmsg.CANNOT_CARRY, equipment=largest.name, cargo=InSentence(cargo.name),
                                             handling=vocab.handling_term(cargo.handling_class)))
        raise InputError("unit", Message(qmsg.NOT_CARRIED_IN, cargo=cargo.name, kind=vocab.kind_term(kind)))
    equipment = max(options, key=lambda e: (e.capacity_t(cargo.density_t_per_m3), e.equipment_id))
    return equipment, general or equipment.equipment_id


def _suitable(tables: Tables, cargo: CargoType, kind: str | None = None) -> list[Equipment]:
    return [e for e in tables.equipment.values()
            if cargo.handling_class in e.handling_classes and (kind is None or e.kind == kind)]


def resolve_load(tables: Tables, cargo: CargoType, quantity: float, unit: str) -> Load:
    """Convert the user's quantity and unit to tonnes, and say which equipment a count refers to."""
    key = _unit_key(unit)
    general = UNIT_WORDS.get(key)
    if general is None and key not in {_unit_key(e) for e in tables.equipment}:
        general = _unit_begun(key)
        key = general or key
    if general in TONNES_PER_UNIT:
        tonnes = quantity * TONNES_PER_UNIT[general]
        # the quantity as typed, never cut to six figures (123,456.7 t read "123,457 t", 1,234,567 "1.23457e+06")
        description = (Message(qmsg.LOAD_KG, kg=Figure(quantity, msg.RATE), tonnes=Figure(tonnes, msg.RATE))
                       if general == "kg" else Message(qmsg.LOAD_TONNES, tonnes=Figure(tonnes, msg.RATE)))
        locked = None
        units = None
        named = general
        counted = None
    elif general == "bbl":
        if cargo.handling_class not in BARREL_CLASSES:
            raise InputError("unit", Message(qmsg.BARRELS_LIQUID_ONLY, cargo=InSentence(cargo.name)))
        tonnes = quantity * M3_PER_BARREL * cargo.density_t_per_m3
        # the conversion said in the quote: barrels to cubic metres by definition, cubic metres to tonnes by the
        # cargo table's density (whose source and method its row gives)
        description = Message(qmsg.LOAD_BARRELS, barrels=Figure(quantity, msg.RATE),
                              per_barrel=Figure(M3_PER_BARREL, ".12g"), density=Figure(cargo.density_t_per_m3, "g"),
                              tonnes=_tonnes_figure(tonnes))
        locked = None
        units = None
        named = general
        counted = None
    elif general == "m3":
        tonnes = quantity * cargo.density_t_per_m3
        # the tonnes priced, to the kilogram as a count of units says them (2 m³ of garments: 0.64 t, not "0.6 t")
        description = Message(qmsg.LOAD_VOLUME, volume=Figure(quantity, msg.RATE),
                              density=Figure(cargo.density_t_per_m3, "g"), tonnes=_tonnes_figure(tonnes))
        locked = None
        units = None
        named = general
        counted = None
    else:
        counted = _counted_equipment(tables, cargo, key)
        if counted is not None:
            equipment, named = counted
        else:
            names = {eid: (eid, e.name, *(n for _, n in e.local_names)) for eid, e in tables.equipment.items()}
            try:
                equipment = tables.equipment[_find("unit", unit, names)]
            except InputError:
                raise _unknown_unit(unit, names) from None
            if cargo.handling_class not in equipment.handling_classes:
                raise InputError("unit", Message(qmsg.CANNOT_CARRY, equipment=equipment.name,
                                                 cargo=InSentence(cargo.name),
                                                 handling=vocab.handling_term(cargo.handling_class)))
            named = equipment.equipment_id
        kind = equipment.kind
        if not float(quantity).is_integer():
            raise InputError("quantity", Message(qmsg.WHOLE_UNITS, kind=vocab.kind_term(kind),
                                                 number=Figure(quantity, "g")))
        count = int(quantity)
        per_unit = equipment.capacity_t(cargo.density_t_per_m3)
        tonnes = count * per_unit
        each, total = _load_figures(count, per_unit)
        description = Message(qmsg.LOAD_UNITS if count != 1 else qmsg.LOAD_ONE_UNIT, count=Figure(count, ",.0f"),
                              equipment=equipment.name, each=each, tonnes=total)
        # containers stay closed door to door; wagons and trucks are only a way of saying how much
        locked = equipment if kind == "container" else None
        units = count if locked else None
        counted = (kind, count)
    check_tonnes(tonnes)
    return Load(tonnes, locked, units, description, named, counted)


def _load_figures(count: int, per_unit: float) -> tuple[Figure, Figure]:
    """The tonnes each unit carries and the load's, said so that they multiply out: the load's to the kilogram
    without trailing zeros, as the price lines count them (24 boxes of flour: 519.514 t, "519.514 t × 300 USD per
    t"), each unit's to the hundredth or to as many places more as that product needs ("(21.6464 t each) = 519.514
    t"; 21.65 t each multiplied out to 519.6 t, and 500 × 25.70 t to 12,850 t where the load is 12,848.4 t)."""
    tonnes = count * per_unit
    total = round(tonnes, 3)
    places = next((d for d in range(2, 10) if round(count * round(per_unit, d), 3) == total), 10)
    return Figure(per_unit, f",.{places}f"), _tonnes_figure(tonnes)


def _tonnes_figure(tonnes: float) -> Figure:
    """A load's tonnes to the kilogram, without trailing zeros (519.514 t, 0.64 t, 3 t)."""
    total = round(tonnes, 3)
    return Figure(tonnes, f",.{next(d for d in range(4) if round(tonnes, d) == total)}f")
