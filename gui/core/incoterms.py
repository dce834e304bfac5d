"""Where a route's charges are split under an Incoterms 2020 rule: which legs and stops the seller pays and which
the buyer, as the rule's row of the ``incoterms`` sheet says; nothing about the rules themselves is written here."""
from __future__ import annotations

from . import vocabulary as vocab

from . import quote_messages as qmsg
from . import trade_messages as tmsg
from .messages import Message, Term, Verbatim
from .model import SEA_MODES
from .trade_tables import IncotermRule

# where a charge stands against the named place, for the "included / not included" block
BEFORE, AT, AFTER = "carriage_to_place", "at_place", "carriage_after"
# the side of a border crossed at a place that a stop's fee is charged on: of the country the goods leave, of the
# one they enter, or "" (a fee for both sides, a charge of the place itself, no border crossed there)
LEAVING, ENTERING = "leaving", "entering"


def named_index(place_ids: tuple[str, ...], place_id: str) -> int | None:
    """The position of the named place on a route (its first passage), or None when the route does not pass it."""
    try:
        return place_ids.index(place_id)
    except ValueError:
        return None


def misfit(route, rule: IncotermRule, place_id: str, place_name: str) -> Message | None:
    """Why ``rule`` at ``place_id`` cannot be used on this route (not passed; no sea leg there), else None."""
    index = named_index(route.place_ids, place_id)
    if index is None:
        return Message(tmsg.NOT_ON_ROUTE, rule=Verbatim(rule.rule), place=place_name)
    if rule.modes == "sea":
        legs = route.legs
        leg = (legs[index] if index < len(legs) else None) if rule.sea_leg == "from" else (
            legs[index - 1] if index > 0 else None)
        if leg is None or leg.mode not in SEA_MODES:
            return Message(tmsg.NO_SEA_LEG_HERE, rule=Verbatim(rule.rule), place=place_name,
                           way=Term(tmsg.SEA_LEG_FROM if rule.sea_leg == "from" else tmsg.SEA_LEG_TO))
    return None


def leg_share(rule: IncotermRule, named: int, leg_index: int) -> tuple[str, str]:
    """(who pays, where it stands) for leg ``leg_index``, which runs from place ``leg_index`` to the next."""
    if leg_index < named:
        return ("seller" if rule.carriage == "to_named_place" else "buyer"), BEFORE
    return "buyer", AFTER


def node_share(rule: IncotermRule, named: int, place_index: int, side: str = "") -> tuple[str, str]:
    """(who pays, where it stands) for a charge at the route's place ``place_index``; at the named place a border
    fee of the side the goods leave is part of getting them there, and one of the side they enter follows their
    delivery, as the carriage after it does; loading, unloading and the rest go as the rule says."""
    if place_index < named or (place_index == named and side == LEAVING):
        return ("seller" if rule.carriage == "to_named_place" else "buyer"), BEFORE
    if place_index == named and side != ENTERING:
        return rule.at_place(premises=named == 0), AT
    return "buyer", AFTER


def border_side(countries: tuple[str, ...], place_index: int, country: str) -> str:
    """Which side of the border crossed at place ``place_index`` (at a border place, or on the leg arriving there)
    a fee charged by ``country`` is on; ``countries``: the country of each place of the route."""
    left = countries[place_index - 1] if place_index > 0 else countries[place_index]
    entered = next((c for c in countries[place_index:place_index + 2] if c != left), None)
    if not country or entered is None:
        return ""
    return LEAVING if country == left else ENTERING if country == entered else ""


def leg_where(leg) -> Message:
    return Message(qmsg.LEG_NAME, start=leg.from_name, end=leg.to_name)


def node_where(node) -> Message:
    return Message(tmsg.AT_EVENT, place=node.place_name, event=vocab.event_term(node.event))
