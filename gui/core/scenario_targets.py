"""What a what-if change names in the tables: a place (by any of its names), a leg (its id, or the two places it
joins) or, for a scaling of rates, a country (scenario.Change.target; scenario_tables lays the change over them)."""
from __future__ import annotations

from dataclasses import dataclass

from . import decide_messages as dmsg
from . import model as m
from .countries import country_code
from .errors import InputError
from .messages import Message
from .request import find_place
from .scenario import Change, change_error


@dataclass(frozen=True)
class Target:
    """The places, the legs or the country a change names (one of the three)."""

    places: tuple[str, ...] = ()
    legs: tuple[str, ...] = ()
    country: str = ""


def target_of(tables: m.Tables, text: str, field_number: int, *, country: bool = False) -> Target:
    """A place (by any of its names), a leg (its id, or the two places it joins), or a country: by its code or its
    name in any interface language (countries.country_code), as a place or country to avoid is read."""
    text = text.strip()
    code = country_code(text) if country else None
    if code and any(p.country == code for p in tables.places.values()):
        return Target(country=code)
    if text in tables.legs:
        return Target(legs=(text,))
    try:
        return Target(places=(find_place(tables, text, field="place").place_id,))
    except InputError as error:
        for dash in ("–", "—", "→", ">", " - ", "-"):
            if dash in text:
                first, _, second = text.partition(dash)
                try:
                    a = find_place(tables, first, field="place").place_id
                    b = find_place(tables, second, field="place").place_id
                except InputError:
                    continue
                legs = tuple(leg.leg_id for leg in tables.legs.values() if {leg.from_place, leg.to_place} == {a, b})
                if legs:
                    return Target(legs=legs)
                raise change_error(field_number, Message(dmsg.NO_LEG_BETWEEN, first=tables.places[a].name,
                                                second=tables.places[b].name)) from None
        raise change_error(field_number, error.message, error.suggestions) from None


def places_of(tables: m.Tables, change: Change) -> tuple[str, ...]:
    """The places a change laid over ``tables`` names (none where it names a leg)."""
    return target_of(tables, change.target, 0).places


def legs_of(tables: m.Tables, change: Change) -> tuple[str, ...]:
    """The legs a change laid over ``tables`` names (none where it names a place or a country)."""
    return target_of(tables, change.target, 0, country=change.kind == "scale_rates").legs

