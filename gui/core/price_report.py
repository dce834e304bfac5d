"""Prices under commercial terms as plain data (the JSON, the documents, a saved quote), as terminal lines and as the
sentences the documents say them in (the "included / not included" block is in terms_block.py)."""
from __future__ import annotations

import textwrap
from dataclasses import replace
from typing import Any

from .decide_messages import MONEY
from .decide_report import recommended_route
from .trade_messages import FOR_SEVERAL_ROUTES, country_term
from .landed import KINDS, PriceLine, PriceResult, RoutePrice
from .messages import QT_TRANSLATE_NOOP, Figure, Message, Verbatim, messages_data
from .model import SEA_MODES
from .terms_block import BlockItem, included_block

RISK_LINE = QT_TRANSLATE_NOOP("CoreMessages", "Risk passes to the buyer {risk}.")
# CFR and CIF name the port of destination; the port of shipment, where risk passes, is the route's own
SHIPMENT_PORT = QT_TRANSLATE_NOOP("CoreMessages", "Port of shipment of route {number}: {port}.")
# CPT and CIP name the place of destination too; risk passes where the first carrier takes the goods, the route's start
FIRST_CARRIER = QT_TRANSLATE_NOOP("CoreMessages", "The first carrier of route {number} takes the goods at {place}.")
FIRST_CARRIER_RULES = ("CPT", "CIP")  # Incoterms 2020: delivery on handing over to the first carrier
TERMS_LINE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place} (Incoterms 2020)")
PRICE_LINE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: {per_tonne}/t, {total}; landed in {country}: "
                                               "{landed_per_tonne}/t, {landed}")
PRICE_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: {per_tonne}/t, {total}")
# no import (one country, one customs territory): the buyer's whole cost, with no country to land in
PRICE_LINE_NO_IMPORT = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: {per_tonne}/t, {total}; the buyer's "
                                                         "whole cost: {landed_per_tonne}/t, {landed}")
NO_PRICE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: no price: {reason}")
LANDED_UNKNOWN = QT_TRANSLATE_NOOP("CoreMessages", "landed cost unknown: {reasons}")


def _money_text(value: float | None, currency: str) -> str:
    return "—" if value is None else f"{value:,.2f} {currency}"


def _money(value: float | None, currency: str) -> Message | Verbatim:
    """Money in a sentence, in the reader's number format (``211 084,76 USD`` in Russian); as text, the terminal's."""
    return Verbatim("—") if value is None else Message(MONEY, amount=Figure(value, ",.2f"),
                                                       currency=Verbatim(currency))


def line_to_dict(line: PriceLine) -> dict[str, Any]:
    return {
        "kind": line.kind, "group": line.group, "party": line.party, "label": str(line.label),
        "amount": line.amount, "currency": line.currency, "converted": line.converted,
        "reference": line.reference or None, "sources": list(line.source_ids),
        "estimate": str(line.estimate_note) if line.estimate_note else None,
        "as_of": line.as_of.isoformat() if line.as_of else None,
        # the estimate's structure where it is a what-if's note (report.estimate_data), said in the reader's words
        "said": {"label": messages_data([line.label])[0], "estimate": messages_data([line.estimate_note])[0]},
    }


def route_price_to_dict(route: RoutePrice) -> tuple[dict | None, dict | None]:
    """The route's ``seller_price`` and ``buyer_landed_cost`` entries."""
    if route.reason:
        reason = {"reason": str(route.reason), "said": {"reason": messages_data([route.reason])[0]}}
        return {**reason, "total": None}, {**reason, "total": None}
    seller = [line_to_dict(line) for line in route.lines if line.party == "seller"]
    buyer = [line_to_dict(line) for line in route.lines if line.party == "buyer"]

    def per(value: float | None) -> float | None:
        return None if value is None else round(value / route.tonnes, 2)

    customs = route.customs
    price = {"total": route.seller_price, "per_tonne": per(route.seller_price), "currency": route.currency,
             "lines": seller,
             "by_kind": {kind: route.total(kind, "seller") for kind in KINDS},
             "warnings": [str(w) for w in route.warnings],
             "said": {"warnings": messages_data(route.warnings)}}
    landed = {"total": route.landed, "per_tonne": per(route.landed), "currency": route.currency,
              "price": route.seller_price, "country": route.importing_country or None, "lines": buyer,
              "by_kind": {kind: route.total(kind, "buyer") for kind in KINDS},
              "customs_value": None if customs is None else {
                  "amount": customs.value, "currency": customs.currency, "entry": customs.entry_place,
                  "hs_code": customs.hs_code, "clearance_date": customs.clearance.isoformat()},
              "missing": [str(m) for m in route.missing], "said": {"missing": messages_data(route.missing)}}
    return price, landed


def price_to_dict(price: PriceResult, tables) -> dict[str, Any]:
    """The ``incoterm`` entry of a quote document: the rule, the place and the terms the prices rest on."""
    checked = price.checked
    rule, terms = checked.rule, checked.terms
    insurance = checked.insurance
    sources = set(rule.origin.source_ids)
    imported = tables.trade.imported(price.origin_country, price.destination_country)
    risk = rule.risk_passes
    if not imported and rule.import_clearance == "seller":
        # DDP with no import (one customs territory): its risk passes where DAP's does, and DAP says so with no
        # import clearance in it
        risk = getattr(tables.trade.incoterms.get("DAP"), "risk_passes", risk)
    return {
        "rule": rule.rule, "name": rule.name, "place": checked.place.name, "place_id": checked.place.place_id,
        "origin_country": price.origin_country, "destination_country": price.destination_country,
        "imported": imported,
        "risk_passes": risk, "sea_leg": rule.sea_leg if rule.modes == "sea" else None,  # CFR, CIF: "to"
        "carriage": rule.carriage, "at_named_place": price.at_named_place,
        "export_clearance": rule.export_clearance, "import_clearance": rule.import_clearance,
        "duties_taxes": rule.duties_taxes, "seller_must_insure": rule.insurance == "seller",
        "min_cover": rule.min_cover or None, "min_insured_pct": rule.min_insured_pct,
        "risk_in_transit": rule.risk_in_transit,
        "goods": {"value": checked.goods_value, "basis": terms.goods_basis,
                  "currency": terms.goods_currency.strip().upper(), "origin": checked.goods_origin,
                  "origin_proof": terms.origin_proof},
        "margin": {"value": checked.margin * (100 if terms.margin_basis == "percent" else 1),
                   "basis": terms.margin_basis},
        "insurance": None if insurance is None else {
            "cover": insurance.cover, "rate_pct": round(insurance.rate * 100, 6),
            "insured_pct": round(insurance.insured * 100, 6),
            "party": "seller" if rule.insurance == "seller" else rule.risk_in_transit},
        "importer_of_record": terms.importer_of_record,
        "importer": {"kind": terms.importer, "active_taxpayer": terms.importer_atl, "resale": terms.resale},
        "sources": sorted(sources),
        "warnings": [str(w) for w in price.warnings], "said": {"warnings": messages_data(price.warnings)},
    }


def add_prices(document: dict[str, Any], price: PriceResult | None, tables) -> dict[str, Any]:
    """Put the terms and every route's price into a quote document (see report.result_to_dict)."""
    if price is None:
        return document
    given = tuple(sorted((f"{row}.{column}", value) for (row, column), value in price.checked.inputs.items()))
    document["terms"] = replace(price.terms, inputs=given).to_data()
    document["incoterm"] = price_to_dict(price, tables)
    for route_dict, route in zip(document["routes"], price.routes):
        route_dict["seller_price"], route_dict["buyer_landed_cost"] = route_price_to_dict(route)
    if "sources" in document:  # a quote document: the full titles of the sources the prices rest on
        ids = {s for route in document["routes"] for part in ("seller_price", "buyer_landed_cost")
               for line in (route.get(part) or {}).get("lines", []) for s in line["sources"]}
        ids |= set(document["incoterm"]["sources"])
        have = {source["id"] for source in document["sources"]}
        document["sources"] = sorted([*document["sources"], *(
            {"id": sid, "title": tables.sources[sid].title, "url": tables.sources[sid].url,
             "date": tables.sources[sid].date, "publisher": tables.sources[sid].publisher,
             "reliability": tables.sources[sid].reliability}
            for sid in ids - have if sid in tables.sources)], key=lambda source: source["id"])
    known = {fx["currency"] for fx in document["fx"]}
    for fx in price.fx:
        if fx.currency not in known:
            document["fx"].append({"currency": fx.currency, "units_per_usd": fx.units_per_usd,
                                   "as_of": fx.as_of.isoformat(), "sources": list(fx.source_ids),
                                   "estimate": fx.estimate_note or None,
                                   "table_units_per_usd": fx.table_units_per_usd})
    return document


def shipment_port(document: dict[str, Any], route: dict[str, Any] | None) -> str | None:
    """Under CFR or CIF, the port where ``route`` loads the goods on board for the named port of destination: the
    first port of the run of sea legs that arrives there (Bandar Abbas for Bandar Abbas → Karachi; Poti, not Aktau,
    for Aktau → Baku by ferry, rail to Poti, sea to Karachi). None under any other rule or off the route."""
    incoterm = document.get("incoterm") or {}
    if incoterm.get("sea_leg") != "to" or not route:
        return None
    legs = route.get("legs") or []
    end = next((i for i, leg in enumerate(legs) if leg["to_id"] == incoterm.get("place_id")
                and leg["mode"] in SEA_MODES), None)
    if end is None:
        return None
    start = end
    while start > 0 and legs[start - 1]["mode"] in SEA_MODES:
        start -= 1
    return legs[start]["from"]


def risk_text(document: dict[str, Any], route: dict[str, Any] | None = None) -> Message | None:
    """Where risk passes, as the rule says it; under CFR and CIF with the port of shipment of ``route`` named
    (Incoterms 2020: on board the vessel at the port of shipment, which the named place does not say), under CPT
    and CIP with the place where its first carrier takes the goods."""
    incoterm = document.get("incoterm")
    if not incoterm:
        return None
    port = shipment_port(document, route)
    if port:
        return Message.joined([Message(RISK_LINE, risk=incoterm["risk_passes"]),
                               Message(SHIPMENT_PORT, port=port,
                                       number=Figure(document["routes"].index(route) + 1, ".0f"))], " ")
    if route and incoterm.get("rule") in FIRST_CARRIER_RULES and route.get("path"):
        # "on handing the goods over to the first carrier" named no place: the buyer bears the risk from the
        # route's first stop (Kostanay), not from the named place of destination the title gives (Karachi)
        return Message.joined([Message(RISK_LINE, risk=incoterm["risk_passes"]),
                               Message(FIRST_CARRIER, place=route["path"][0],
                                       number=Figure(document["routes"].index(route) + 1, ".0f"))], " ")
    return Message(RISK_LINE, risk=incoterm["risk_passes"])


def terms_title(document: dict[str, Any]) -> Message | None:
    incoterm = document.get("incoterm")
    if not incoterm:
        return None
    return Message(TERMS_LINE, rule=Verbatim(incoterm["rule"]), place=incoterm["place"])


def _missing(landed: dict[str, Any], buyer: bool) -> Message:
    """Why the landed cost is not known, each reason as it was said (so that any language says it again); in the
    buyer's words for the buyer's copies (buyer_copy.for_buyer: no sheet, no row id)."""
    from .buyer_copy import for_buyer

    texts = landed.get("missing") or []
    data = (landed.get("said") or {}).get("missing") or [None] * len(texts)
    parts = [Message.from_data(d, t) if d else Verbatim(t) for d, t in zip(data, texts)]
    if buyer:  # without their keys, two blank figures of one line (a duty's rate and its amount) read alike: once
        alike: dict[str, Message] = {}
        for part in parts:
            said = for_buyer(part)
            alike.setdefault(str(said), said)
        parts = list(alike.values())
    return Message(LANDED_UNKNOWN, reasons=Message.joined(parts))


def price_text(document: dict[str, Any], route: dict[str, Any], buyer: bool = False) -> Message | None:
    """One line: the price under the rule and the landed cost, or why there is none (``buyer``: as the buyer's
    copies say it)."""
    incoterm = document.get("incoterm")
    if not incoterm:
        return None
    price, landed = route.get("seller_price") or {}, route.get("buyer_landed_cost") or {}
    rule, place = Verbatim(incoterm["rule"]), incoterm["place"]
    if price.get("total") is None:
        said = (price.get("said") or {}).get("reason")
        reason = (Message.from_data(said, price["reason"]) if said else price.get("reason")) or _missing(landed, buyer)
        return Message(NO_PRICE, rule=rule, place=place, reason=reason)
    currency = price["currency"]
    figures = dict(rule=rule, place=place, per_tonne=_money(price["per_tonne"], currency),
                   total=_money(price["total"], currency))
    if landed.get("total") is None:
        return Message(PRICE_ONLY, **figures)
    landed_figures = dict(landed_per_tonne=_money(landed["per_tonne"], currency),
                          landed=_money(landed["total"], currency))
    if not landed.get("country"):
        return Message(PRICE_LINE_NO_IMPORT, **landed_figures, **figures)
    return Message(PRICE_LINE, country=country_term(landed["country"]), **landed_figures, **figures)


def landed_unknown(route: dict[str, Any]) -> Message | None:
    """Why a priced route has no landed cost (a blank rate still to give, no tariff line), in the words the PDF's
    and the Excel quote's come from; None where the landed cost is known or there is no price at all."""
    price, landed = route.get("seller_price") or {}, route.get("buyer_landed_cost") or {}
    if price.get("total") is None or landed.get("total") is not None or not landed.get("missing"):
        return None
    return _missing(landed, buyer=False)


def priced_route(document: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The route the price lines describe, and whether it is the recommended one: the route the documents
    recommend (decide_report.recommended_route), else, where none is (no route meets the goals), the first with a
    price. The terminal and the Excel quote both go through it, so that they describe the same route."""
    route = recommended_route(document)
    if route is not None:
        return route, True
    return next((r for r in document["routes"] if (r.get("seller_price") or {}).get("total") is not None),
                None), False


def text_lines(document: dict[str, Any]) -> list[str]:
    """For the terminal: the terms, then the recommended route line by line, as the PDF has it (see
    decide_report.recommended_route; when no route is recommended, the first priced route, said as such)."""
    incoterm = document.get("incoterm")
    if not incoterm:
        return []
    route, recommended = priced_route(document)
    lines = [f"Terms: {terms_title(document)}; {risk_text(document, route)}"]
    lines += [f"warning: {w}" for w in incoterm.get("warnings", [])]
    which = "the recommended route" if recommended else "the first priced route; no route is recommended"
    if route is None:
        return lines
    number = document["routes"].index(route) + 1
    price = route.get("seller_price") or {}
    if price.get("total") is None:
        lines.append(f"Route {number}, {which}: {price_text(document, route)}")
        return lines
    landed = route.get("buyer_landed_cost") or {}
    lines.append(f"Route {number} line by line, {which} ({price['currency']}; P = in the price, B = the buyer's):")
    for line in [*price["lines"], *landed.get("lines", [])]:
        mark = "P" if line["party"] == "seller" else "B"
        own = "not given" if line["amount"] is None else f"{line['amount']:,.2f} {line['currency']}"
        converted = "—" if line["converted"] is None else f"{line['converted']:,.2f}"
        # a long working runs on under it, whole, as the PDF says it (cut at 92 characters, a duty lost its
        # "× 0.75, preference"); the figures stay on its first row
        first, *rest = textwrap.wrap(line["label"], 92, break_on_hyphens=False) or [""]
        lines.append(f"  {mark} {first:<92} {own:>22} {converted:>14}")
        lines += [f"      {part}" for part in rest]
    lines.append(f"  {'price':<94} {'':>22} {_money_text(price['total'], '')[:-1]:>14}")
    unknown = landed_unknown(route)
    if landed.get("total") is not None or unknown:
        lines.append(f"  {'landed cost':<94} {'':>22} {_money_text(landed.get('total'), '').strip():>14}")
    if unknown:
        lines.append(f"  ! {unknown}")
    for item in included_block(document, route):
        mark = "included:    " if item.included else "not included:"
        lines.append(f"  {mark} {item.text}")
    return lines


def route_price_lines(document: dict[str, Any]) -> dict[int, list[str]]:
    """For the terminal: each route's price line (with its warnings), by the route's index."""
    if not document.get("incoterm"):
        return {}
    lines = {}
    for index, route in enumerate(document["routes"]):
        price = route.get("seller_price") or {}
        unknown = landed_unknown(route)
        said = set(route.get("warnings", []))  # printed just above, with the route (an MRP carried past its year)
        lines[index] = [f"{price_text(document, route)}",
                        *(f"! {w}" for w in price.get("warnings", []) if w not in said),
                        *([f"! {unknown}"] if unknown else [])]
    return lines


def included_for(price: PriceResult, result, index: int, tables) -> list[BlockItem]:
    """The "included / not included" block of one route, straight from a price (the window's)."""
    route = price.route(index)
    if route is None:
        return []
    seller, landed = route_price_to_dict(route)
    document = {"incoterm": price_to_dict(price, tables),
                "request": {"from": result.origin.name, "to": result.destination.name,
                            "tonnes": round(result.load.tonnes, 3)}}
    return included_block(document, {"seller_price": seller, "buyer_landed_cost": landed,
                                     "place_ids": list(result.routes[index].place_ids)})


def terms_from_document(document: dict[str, Any]):
    """The terms a saved quote was priced under (none for a freight quote)."""
    from .terms import Terms

    return Terms.from_data(document.get("terms"))


def for_several_routes(price: dict[str, Any]) -> Message | str:
    """Why a route has no price under the terms (a document's ``seller_price``), said of several routes at once
    where the reason speaks of "this route" ("Routes 6, 7, 9–16: … these routes have none")."""
    data = (price.get("said") or {}).get("reason")
    reason = Message.from_data(data, price["reason"]) if data else price["reason"]
    plural = FOR_SEVERAL_ROUTES.get(getattr(reason, "template", None))
    return Message(plural, **reason.values) if plural else reason
