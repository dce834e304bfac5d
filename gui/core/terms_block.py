"""The "included / not included" block of a price under commercial terms: what the price of a route includes and
what it leaves to the buyer, following the Incoterm; the PDF, the printed and the Excel quotes and the window all
take it from here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .messages import QT_TRANSLATE_NOOP, Figure, Message
from .terms import word
from .trade_messages import country_term

# the groups of the block, in the order a buyer reads them
CROSSING_ONLY = ("export_clearance", "import_clearance", "duties_taxes")
GROUPS = ("goods", "export_clearance", "carriage_to_place", "at_place", "carriage_after", "insurance",
          "import_clearance", "duties_taxes")
# a group of which some lines have an amount and some are the user's to give: its total is only the part known
PART_KNOWN = QT_TRANSLATE_NOOP("CoreMessages", "{item} (the part known; {count} not given)")
NONE_KNOWN = QT_TRANSLATE_NOOP("CoreMessages", "{item} ({count} not given)")  # no line of the group has an amount
BLOCK = {
    "goods": QT_TRANSLATE_NOOP("CoreMessages", "the goods, {tonnes} t, and the seller's margin"),
    "goods_only": QT_TRANSLATE_NOOP("CoreMessages", "the goods, {tonnes} t"),  # no margin asked for
    "export_clearance": QT_TRANSLATE_NOOP("CoreMessages", "export clearance and documents in {origin_country}"),
    "carriage_to_place": QT_TRANSLATE_NOOP("CoreMessages", "carriage {origin} → {place}, with the stops on the way"),
    "at_place": QT_TRANSLATE_NOOP("CoreMessages", "loading, unloading and other charges at {place}"),
    "carriage_after": QT_TRANSLATE_NOOP("CoreMessages", "carriage {place} → {destination}"),
    "insurance": QT_TRANSLATE_NOOP("CoreMessages", "cargo insurance"),
    "insurance_cover": QT_TRANSLATE_NOOP("CoreMessages", "cargo insurance, {cover} on {percent} % of the value"),
    "import_clearance": QT_TRANSLATE_NOOP("CoreMessages", "import clearance in {country}: fees, broker"),
    "duties_taxes": QT_TRANSLATE_NOOP("CoreMessages", "duties and import taxes in {country}"),
}


@dataclass(frozen=True)
class BlockItem:
    """One line of the "included / not included" block: what it is, whether the price includes it, and its
    amount in the quote currency (None where nothing of it is priced)."""

    group: str
    included: bool
    text: Message
    amount: float | None


def included_block(document: dict[str, Any], route: dict[str, Any]) -> list[BlockItem]:
    """What the price of ``route`` includes and what it leaves to the buyer, following the Incoterm of the
    document; the PDF, the printed and the Excel quotes and the window all take it from here."""
    incoterm = document.get("incoterm")
    price, landed = route.get("seller_price"), route.get("buyer_landed_cost")
    if not incoterm or not price or price.get("total") is None:
        return []
    request = document["request"]
    lines = [*price.get("lines", []), *(landed or {}).get("lines", [])]
    place = incoterm["place"]
    values = {"tonnes": Figure(request.get("tonnes") or 0, ",.6g"), "origin": request["from"],
              "destination": request["to"], "place": place,
              "origin_country": country_term(incoterm["origin_country"]),
              "country": country_term(incoterm["destination_country"])}
    insurance = incoterm.get("insurance")
    party = {
        "goods": "seller", "export_clearance": incoterm["export_clearance"],
        "carriage_to_place": "seller" if incoterm["carriage"] == "to_named_place" else "buyer",
        "at_place": incoterm["at_named_place"], "carriage_after": "buyer",
        "insurance": insurance["party"] if insurance else ("seller" if incoterm["seller_must_insure"] else "buyer"),
        "import_clearance": incoterm["import_clearance"], "duties_taxes": incoterm["duties_taxes"],
    }
    at_end = route["place_ids"][-1] == incoterm["place_id"]
    at_start = route["place_ids"][0] == incoterm["place_id"]  # FCA at the seller's premises: no carriage to it
    items = []
    for group in GROUPS:
        members = [line for line in lines if line["group"] == group or (group == "goods" and line["group"] ==
                                                                          "margin")]
        if group == "carriage_after" and at_end and not members:
            continue
        if group == "at_place" and not members:
            continue
        if group in CROSSING_ONLY and not members and not incoterm.get("imported", True):
            continue  # one country or customs territory: nothing is exported or imported
        if group == "carriage_to_place" and (incoterm["carriage"] == "none" or at_start) and not members:
            continue
        if group == "insurance" and insurance:
            text = Message(BLOCK["insurance_cover"], cover=word(insurance["cover"]),
                           percent=Figure(insurance["insured_pct"], "g"))
        else:
            said = ("goods_only" if group == "goods" and not any(line["group"] == "margin" for line in members)
                    else group)
            text = Message(BLOCK[said], **{k: v for k, v in values.items() if "{" + k + "}" in BLOCK[said]})
        known = [line["converted"] for line in members if line["converted"] is not None]
        if len(known) < len(members):
            text = Message(PART_KNOWN if known else NONE_KNOWN, item=text,
                           count=Figure(len(members) - len(known), ".0f"))
        items.append(BlockItem(group, party[group] == "seller", text, round(sum(known), 2) if known else None))
    return items
