"""What a quoted price includes and what it does not, from the charges actually priced on the route; the one place
this list is made, for the PDF, the print-out and the Excel quote."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Figure, Message, Term

INCLUDED_FREIGHT = QT_TRANSLATE_NOOP("CoreMessages", "freight by {modes}, {legs} legs")
INCLUDED_CHARGES = QT_TRANSLATE_NOOP("CoreMessages", "{event}: {charges}")
# what a freight quote from these tables never prices; a Message each, so the documents say them in any language
NOT_INCLUDED = (
    QT_TRANSLATE_NOOP("CoreMessages", "customs duties and import taxes"),
    QT_TRANSLATE_NOOP("CoreMessages", "cargo insurance"),
    QT_TRANSLATE_NOOP("CoreMessages", "demurrage, detention and storage beyond the dwell times shown"),
    QT_TRANSLATE_NOOP("CoreMessages", "customs brokerage and documents (certificates of origin, phytosanitary "
                                      "certificates)"),
)


def inclusions(route: dict) -> tuple[list[Message], list[Message]]:
    """(included, not included) for a route of a quote document: its freight by mode and, per kind of stop, the
    charges it pays there (by their names in the tables); then what no line of the quote prices."""
    from .messages import MODES, event_term

    modes = list(dict.fromkeys(leg["mode"] for leg in route.get("legs", [])))
    included = []
    if modes:
        included.append(Message(INCLUDED_FREIGHT, modes=[Term(MODES.get(mode, mode)) for mode in modes],
                                legs=Figure(len(route["legs"]), ".0f")))
    by_event: dict[str, list[str]] = {}
    for node in route.get("nodes", []):
        names = by_event.setdefault(node["event"], [])
        for charge in node.get("charges", []):
            if charge["charge"] not in names:
                names.append(charge["charge"])
    for event, names in by_event.items():
        if names:
            included.append(Message(INCLUDED_CHARGES, event=event_term(event), charges=names))
    return included, [Message(text) for text in NOT_INCLUDED]
