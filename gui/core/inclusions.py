"""What a quoted price includes and what it does not, from the charges actually priced on the route; the one place
this list is made, for the PDF, the print-out and the Excel quote."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Figure, Message, Term, counted
from .route_values import stop_where

INCLUDED_FREIGHT = QT_TRANSLATE_NOOP("CoreMessages", "freight by {modes}, {legs} legs")
INCLUDED_FREIGHT_ONE_LEG = QT_TRANSLATE_NOOP("CoreMessages", "freight by {modes}, {legs} leg")
INCLUDED_CHARGES = QT_TRANSLATE_NOOP("CoreMessages", "{event}: {charges}")
# what a freight quote from these tables never prices; a Message each, so the documents say them in any language
NOT_INCLUDED = (
    QT_TRANSLATE_NOOP("CoreMessages", "customs duties and import taxes"),
    QT_TRANSLATE_NOOP("CoreMessages", "cargo insurance"),
    QT_TRANSLATE_NOOP("CoreMessages", "demurrage, detention and storage beyond the dwell times shown"),
    QT_TRANSLATE_NOOP("CoreMessages", "customs brokerage and documents (certificates of origin, phytosanitary "
                                      "certificates)"),
)


# a wait for a closure to end at a place whose tables have no fee for it (event closure_wait): its line costs nothing
WAIT_NOT_PRICED = QT_TRANSLATE_NOOP("CoreMessages", "charges while the cargo waits for a closure to end at {where}: "
                                                    "the tables have no rate there")
WITH_AMOUNT = QT_TRANSLATE_NOOP("CoreMessages", "{item}: {amount}")
BEYOND_TERMS = NOT_INCLUDED[2]  # what no price under terms includes either
CROSSING_ONLY = (NOT_INCLUDED[0], NOT_INCLUDED[3])  # said only of a route that crosses a border


def inclusions(route: dict, document: dict | None = None) -> tuple[list[Message], list[Message]]:
    """(included, not included) for a route of a quote document: its freight by mode and, per kind of stop, the
    charges it pays there (by their names in the tables); then what no line of the quote prices. Under commercial
    terms (a document with an Incoterm, the route priced), what the Incoterm puts in the price and what it leaves
    to the buyer instead, each with its amount (gui/core/terms_block.py)."""
    from .vocabulary import MODES, event_term

    if document is not None and document.get("incoterm") and (route.get("seller_price") or {}).get("total") is not None:
        from . import formatting as fmt
        from .messages import Verbatim
        from .terms_block import included_block

        chosen: tuple[list[Message], list[Message]] = ([], [])
        for item in included_block(document, route):
            text = item.text if item.amount is None else Message(
                WITH_AMOUNT, item=item.text, amount=Verbatim(fmt.money(item.amount, document["currency"])))
            chosen[0 if item.included else 1].append(text)
        chosen[1].append(Message(BEYOND_TERMS))
        chosen[1].extend(_waits_not_priced(route))
        return chosen

    modes = list(dict.fromkeys(leg["mode"] for leg in route.get("legs", [])))
    included = []
    if modes:
        legs = Figure(len(route["legs"]), ".0f")
        included.append(Message(counted(legs, INCLUDED_FREIGHT_ONE_LEG, INCLUDED_FREIGHT),
                                modes=[Term(MODES.get(mode, mode)) for mode in modes], legs=legs))
    by_event: dict[str, list[str]] = {}
    for node in route.get("nodes", []):
        names = by_event.setdefault(node["event"], [])
        for charge in node.get("charges", []):
            if charge["charge"] not in names:
                names.append(charge["charge"])
    for event, names in by_event.items():
        if names:
            included.append(Message(INCLUDED_CHARGES, event=event_term(event), charges=names))
    # a route that crosses no border (Kostanay → Almaty) has no duties, import taxes or customs documents to leave
    # out; a document saved before routes listed their borders keeps them
    crosses = bool(route.get("border_crossings", True))
    return included, [Message(text) for text in NOT_INCLUDED if crosses or text not in CROSSING_ONLY] + \
        _waits_not_priced(route)


def _waits_not_priced(route: dict) -> list[Message]:
    """A wait for a closure to end that adds typical days but no money (no closure_wait fee at the place): its
    charges are not in the price, though its days are (a wait of the earliest day alone adds no typical day)."""
    places = list(dict.fromkeys(stop_where(node["place"], node.get("km_on")) for node in route.get("nodes", [])
                                if node["event"] == "closure_wait" and (node.get("days_typical") or 0) > 0
                                and not node.get("charges")))
    return [Message(WAIT_NOT_PRICED, where=Message.joined(places, ", "))] if places else []
