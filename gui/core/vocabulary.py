"""The core's fixed words, said in the Terms context: transport modes, node events, handling classes, equipment
kinds, rate bases and the fields of a request, and the names of joined, domestic and cross-border routes."""
from __future__ import annotations

from typing import Callable

from .messages import QT_TRANSLATE_NOOP, TERMS, Term

MODES = {
    "rail": QT_TRANSLATE_NOOP("Terms", "rail"), "road": QT_TRANSLATE_NOOP("Terms", "road"),
    "sea": QT_TRANSLATE_NOOP("Terms", "sea"), "ferry": QT_TRANSLATE_NOOP("Terms", "ferry"),
    "pipeline": QT_TRANSLATE_NOOP("Terms", "pipeline"),
}
EVENTS = {
    "border_crossing": QT_TRANSLATE_NOOP("Terms", "border crossing"),
    "gauge_change": QT_TRANSLATE_NOOP("Terms", "gauge change"),
    "port_handling": QT_TRANSLATE_NOOP("Terms", "port handling"),
    "transshipment": QT_TRANSLATE_NOOP("Terms", "transshipment"),
    "closure_wait": QT_TRANSLATE_NOOP("Terms", "wait for a closure to end"),  # a breakdown line (route_walk)
}
HANDLING_CLASSES = {
    "bulk_grain": QT_TRANSLATE_NOOP("Terms", "bulk grain"), "liquid_bulk": QT_TRANSLATE_NOOP("Terms", "liquid bulk"),
    "reefer": QT_TRANSLATE_NOOP("Terms", "refrigerated"),
    "temp_controlled": QT_TRANSLATE_NOOP("Terms", "temperature-controlled"),
    "general": QT_TRANSLATE_NOOP("Terms", "general cargo"),
}
EQUIPMENT_KINDS = {
    "container": QT_TRANSLATE_NOOP("Terms", "containers"), "wagon": QT_TRANSLATE_NOOP("Terms", "wagons"),
    "truck": QT_TRANSLATE_NOOP("Terms", "trucks"), "tanker": QT_TRANSLATE_NOOP("Terms", "tankers"),
    "pipeline": QT_TRANSLATE_NOOP("Terms", "pipeline batches"),
}
BASES = {
    "per_tonne": QT_TRANSLATE_NOOP("Terms", "per tonne"), "per_tkm": QT_TRANSLATE_NOOP("Terms", "per tonne-km"),
    "per_unit": QT_TRANSLATE_NOOP("Terms", "per unit"), "per_unit_km": QT_TRANSLATE_NOOP("Terms", "per unit-km"),
    "per_trip": QT_TRANSLATE_NOOP("Terms", "per trip"),
    "per_tonne_day": QT_TRANSLATE_NOOP("Terms", "per tonne-day"),
    "per_unit_day": QT_TRANSLATE_NOOP("Terms", "per unit-day"),
}
DOMESTIC = QT_TRANSLATE_NOOP("Terms", "Domestic {countries}")
# a route that crosses a border on legs no corridor claims (Kashgar → Karachi over the Khunjerab, Almaty → Tashkent)
CROSS_BORDER = QT_TRANSLATE_NOOP("Terms", "Cross-border {countries}")


def name_lookup(local: dict[str, str], translate: Callable[[str, str], str]) -> Callable[[str], str]:
    """A ``Wording.name`` from the tables' local texts: also says joined corridors (``A + B``), domestic and
    cross-border routes."""
    def name(text: str) -> str:
        found = local.get(text)
        if found is not None:
            return found
        if " + " in text:
            # corridors joined by the route, whose own names may hold " + " too: take the longest known first
            parts, said = text.split(" + "), []
            while parts:
                end = next((n for n in range(len(parts), 0, -1) if " + ".join(parts[:n]) in local), 1)
                said.append(name(" + ".join(parts[:end])))  # a known name, or one part on its own
                parts = parts[end:]
            return " + ".join(said)
        for template in (DOMESTIC, CROSS_BORDER):
            prefix = template.split("{")[0]
            if text.startswith(prefix):
                return translate(TERMS, template).format(countries=_countries(text[len(prefix):], translate))
        return text
    return name


def _countries(codes: str, translate: Callable[[str, str], str]) -> str:
    """``PK``, ``CN/PK`` by the countries' names where the language has its own: Latin "PK" in Cyrillic text reads
    as "РК", Kazakhstan, and "Внутренний маршрут PK" said a route in Pakistan was one in Kazakhstan. A code the
    language has no other name for (English) stays a code."""
    from .countries import COUNTRIES

    said = []
    for code in codes.split("/"):
        english = COUNTRIES.get(code)
        local = translate(TERMS, english) if english else ""
        said.append(local if local and local != english else code)
    return "/".join(said)


def mode_term(mode: str) -> Term:
    return Term(MODES.get(mode, mode))


def event_term(event: str) -> Term:
    return Term(EVENTS.get(event, event.replace("_", " ")))


def handling_term(handling_class: str) -> Term:
    return Term(HANDLING_CLASSES.get(handling_class, handling_class.replace("_", " ")))


def kind_term(kind: str) -> Term:
    return Term(EQUIPMENT_KINDS.get(kind, kind + "s"))


FIELDS = {
    "cargo": QT_TRANSLATE_NOOP("Terms", "cargo"), "origin": QT_TRANSLATE_NOOP("Terms", "origin"),
    "destination": QT_TRANSLATE_NOOP("Terms", "destination"), "place": QT_TRANSLATE_NOOP("Terms", "place"),
    "unit": QT_TRANSLATE_NOOP("Terms", "unit"), "quantity": QT_TRANSLATE_NOOP("Terms", "quantity"),
    "currency": QT_TRANSLATE_NOOP("Terms", "currency"),
    "key": QT_TRANSLATE_NOOP("Terms", "key"),  # of a what-if file
    "named_place": QT_TRANSLATE_NOOP("Terms", "named place"),  # of the commercial terms (as terms.WORDS says it)
}


def field_term(name: str) -> Term:
    return Term(FIELDS.get(name, name))
