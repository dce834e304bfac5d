"""A quote as plain data (for --json and scripts) and as a text table (for the terminal)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import formatting as fmt
from . import rate_messages as rmsg
from .formatting import shorten
from .messages import ENGLISH, Figure, Message, Verbatim, Wording, counted, messages_data
from .money import FxUsed
from .request import QuoteRequest
from .search_messages import setting_of
from .quote import Charge, QuoteResult, RouteQuote


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _days(value: float | None) -> float | None:
    """Days as the JSON gives them: to a millionth (fmt.DAY_PLACES), so that 17.54 reads 17.54, not
    17.540000000000003, and a document made from the JSON rounds them as the terminal does (fmt.days)."""
    return None if value is None else round(value, fmt.DAY_PLACES)


def _figures(value: float | None) -> float | None:
    """A rate to ten significant figures: a what-if's × 1.08 of 1.689 reads 1.82412, not 1.8241200000000002."""
    return value if not isinstance(value, float) else float(f"{value:.10g}")


def estimate_data(note: str) -> dict[str, Any]:
    """A line's estimate note in English, and its structure where it is a Message (a what-if's "freight × 1.3: KZ
    rail rates × 1.3, in the what-if …"), so that a document says it in the reader's language (``said``)."""
    data: dict[str, Any] = {"estimate": str(note) if note else None}
    if isinstance(note, Message):
        data["said"] = {"estimate": note.to_data()}
    return data


def _charge(c: Charge) -> dict[str, Any]:
    return {
        "charge": c.charge, "basis": c.basis, "rate": _figures(c.rate), "quantity": _round(c.quantity, 3),
        "amount": _round(c.amount), "currency": c.currency, "converted": _round(c.converted),
        "reference": c.reference, "sources": list(c.source_ids), **estimate_data(c.estimate_note),
        "outside_validity": c.outside_validity, "as_of": c.as_of.isoformat() if c.as_of else None,
    }


def _factor(factor) -> dict[str, Any] | None:
    if factor is None:
        return None
    return {"id": factor.factor_id, "value": factor.value, "unit": factor.unit, "scope": factor.scope,
            "sources": list(factor.origin.source_ids), "estimate": factor.origin.estimate_note or None}


def _throughput(line) -> dict[str, Any] | None:
    """The least time the shipment needs of a stop's whole throughput (in the stop's days), with what it says."""
    if line is None:
        return None
    return {"id": line.throughput_id, "count": _round(line.count, 3), "unit": line.unit, "per_day": line.per_day,
            "as_of": line.as_of.isoformat(), "days": _round(line.days, 4), "what": line.what,
            "sources": list(line.source_ids), "estimate": line.estimate_note or None, "text": str(line.said),
            "said": messages_data([line.said])[0]}


def _oldest(route: RouteQuote) -> dict[str, Any] | None:
    age = route.oldest_figure
    if age is None:
        return None
    return {"as_of": age.as_of.isoformat(), "reference": age.reference, "charge": age.charge,
            "where": str(age.where), "sources": list(age.source_ids)}


def route_to_dict(route: RouteQuote) -> dict[str, Any]:
    # the lines' typical days to a tenth, adding up to the route's to a tenth: what a breakdown shows of them
    shown_legs, shown_nodes = route.days_shown
    return {
        "corridor": route.corridor,
        "path": list(route.path),
        "place_ids": list(route.place_ids),
        "available": route.available,
        "unavailable_reason": route.unavailable_reason or None,
        "cost": _round(route.cost),
        "currency": route.currency,
        "cost_per_tonne": _round(route.cost_per_tonne),
        # to a millionth, as the steps' days: a document rounds them once as it shows them (fmt.days), like the
        # terminal; kept to a tenth, 56.53 days read 56 in the PDF and 57 in the terminal
        "days_min": _days(route.days_min),
        "days_typical": _days(route.days_typical),
        "days_max": _days(route.days_max),
        "km": _round(route.km, 0),
        "co2e_kg": _round(route.co2e_kg, 0),
        "pareto": route.pareto,
        "border_crossings": list(route.border_crossings),
        "uses_estimates": route.uses_estimates,
        "warnings": list(route.warnings),
        "oldest_figure": _oldest(route),
        "undated_figures": route.undated_figures,
        "said": _said(unavailable_reason=route.unavailable_reason, warnings=route.warnings),
        "legs": [{
            "from": leg.from_name, "to": leg.to_name, "from_id": leg.from_id, "to_id": leg.to_id,
            "leg_id": leg.leg_id, "mode": leg.mode, "corridor": leg.corridor or None, "km": leg.km,
            "days_min": _days(leg.days_min), "days_typical": _days(leg.days_typical), "days_max": _days(leg.days_max),
            "days_typical_shown": shown_legs[number],
            "equipment": leg.equipment_id, "equipment_name": leg.equipment_name, "units": leg.units,
            "cost": _round(leg.cost),
            "co2e_kg": _round(leg.co2e_kg, 1), "reached_on": leg.reached_on.isoformat(),
            "co2e_factor": None if leg.emission_factor is None else {
                "id": leg.emission_factor.factor_id, "g_co2e_per_tkm": leg.emission_factor.value,
                "scope": leg.emission_factor.scope, "sources": list(leg.emission_factor.origin.source_ids),
                "estimate": leg.emission_factor.origin.estimate_note or None},
            "charges": [_charge(c) for c in leg.charges], "sources": list(leg.source_ids),
            **estimate_data(leg.estimate_note), "typical_basis": leg.typical_basis or None,
        } for number, leg in enumerate(route.legs)],
        "nodes": [{
            "place": node.place_name, "place_id": node.place_id, "event": node.event, "mode": node.mode,
            "after_leg": node.after_leg, "days_min": _days(node.days_min), "days_typical": _days(node.days_typical),
            "days_max": _days(node.days_max), "days_typical_shown": shown_nodes[number],
            "cost": _round(node.cost), "co2e_kg": _round(node.co2e_kg, 1),
            "co2e_factor": _factor(node.emission_factor), "direction": node.direction,
            "typical_basis": node.typical_basis or None, **({"km_on": _round(node.km_on, 1)} if node.km_on else {}),
            "charges": [_charge(c) for c in node.charges], "sources": list(node.source_ids),
            **estimate_data(node.estimate_note), "throughput": _throughput(node.throughput),
        } for number, node in enumerate(route.nodes)],
    }


def offer_valid_until(document: dict) -> tuple[str, bool]:
    """The day a quote's offer holds to, as its documents give it, and whether that is its departure day: its
    validity (creation + 14 days by default), but never past the departure it is priced for. Saved on 30 November
    to leave on 7 December, the quote read "valid until 14 December", a week after the cargo it prices had left:
    the price is worked out for that day's tariffs, rates and closures, so the offer ends on it. A back-dated
    quote (departure before its creation) keeps its own validity: it is warned about as such."""
    valid = (document.get("quote") or {}).get("valid_until", "") or ""
    created = ((document.get("quote") or {}).get("created", "") or "")[:10]
    departure = (document.get("request") or {}).get("date", "") or ""
    if valid and departure and valid[:10] > departure and (not created or created <= departure):
        return departure, True
    return valid, False


def shown_days(line: dict) -> float:
    """A breakdown line's typical days as shown beside its route's total (report.route_to_dict): rounded so that the
    lines add up; a quote saved before they were kept gives its own days."""
    shown = line.get("days_typical_shown")
    return line["days_typical"] if shown is None else shown


def _said(**texts) -> dict[str, Any]:
    """The structure of each message (see messages.Message.to_data), so a document can be said in any language."""
    return {key: messages_data(value) if isinstance(value, (list, tuple)) else messages_data([value])[0]
            for key, value in texts.items()}


def said(part: dict[str, Any], key: str, wording: Wording = ENGLISH) -> str:
    """The text ``part[key]`` of a quote document in ``wording``'s language (English if saved without structure)."""
    english = part.get(key)
    data = (part.get("said") or {}).get(key)
    return wording.say(Message.from_data(data, english) if data else english)


def said_list(part: dict[str, Any], key: str, wording: Wording = ENGLISH) -> list[str]:
    texts = part.get(key) or []
    data = (part.get("said") or {}).get(key) or [None] * len(texts)
    return [wording.say(Message.from_data(d, t) if d else t) for d, t in zip(data, texts)]


def _oldest_rate(rates) -> str | None:
    """The day of the oldest exchange rate a quote uses: the base currency's row (USD, 1 per USD) is no rate."""
    days = [fx.as_of for fx in rates if fx.currency != "USD"] or [fx.as_of for fx in rates]
    return min(days).isoformat() if days else None


def result_to_dict(result: QuoteResult) -> dict[str, Any]:
    request = result.request
    return {
        "request": {
            "cargo": result.cargo.cargo_id, "cargo_name": result.cargo.name,
            "handling_class": result.cargo.handling_class, "quantity": request.quantity, "unit": request.unit,
            "tonnes": round(result.load.tonnes, 3), "load": result.load.description,
            "from": result.origin.name, "to": result.destination.name,
            "date": request.departure.isoformat(), "currency": result.currency,
            "fx_overrides": {code: value for code, value in request.fx_overrides},
            "said": _said(load=result.load.description),
        },
        "currency": result.currency,
        "fx": [{"currency": fx.currency, "units_per_usd": fx.units_per_usd, "as_of": fx.as_of.isoformat(),
                "sources": list(fx.source_ids), "estimate": fx.estimate_note or None,
                "table_units_per_usd": fx.table_units_per_usd,
                # a rate set for this quote: ``as_of`` is then the date of the table's rate beside it
                "overridden": fx.overridden,
                # the what-if's shift of the currency's value against the USD that gave the rate (-15), if any
                "what_if_change_pct": fx.what_if_pct, "what_if_from": fx.what_if_from} for fx in result.fx],
        "tables": {
            "corridors": {"file": Path(result.corridors_file.path).name, "sha256": result.corridors_file.sha256},
            "tariffs": {"file": Path(result.tariffs_file.path).name, "sha256": result.tariffs_file.sha256},
            "fx_as_of": max(fx.as_of for fx in result.fx).isoformat() if result.fx else None,
            "fx_oldest": _oldest_rate(result.fx),
        },
        "warnings": list(result.all_warnings),
        "said": _said(warnings=result.all_warnings),
        "routes": [route_to_dict(route) | _told_apart(result, index) for index, route in enumerate(result.routes)],
    }


def _told_apart(result: QuoteResult, index: int) -> dict[str, Any]:
    """What tells a route from others of its corridor in the same quote (places only it passes, or the mode it
    takes from a place), so that a document names two "China (Irkeshtam–Kashgar–KKH)" routes apart."""
    from .summary import telling

    apart = telling(result, index)
    if not apart:
        return {}
    return {"told_apart": {"places": list(apart.places), "mode": apart.mode, "from": apart.from_place}}


def told_apart_parts(route: dict, w: Wording, via: str, by_from: str, comma: str) -> list[str]:
    """A document route's ``told_apart`` in words ("via Saryagash", "by rail from Termez"), from the templates
    ``via`` ({place}) and ``by_from`` ({mode}, {place}) in the reader's language; none when its corridor's name is
    its own in the quote."""
    apart = route.get("told_apart") or {}
    parts = [via.format(place=comma.join(map(w.name, apart["places"])))] if apart.get("places") else []
    if apart.get("mode"):
        parts.append(by_from.format(mode=w.mode(apart["mode"]), place=w.name(apart["from"])))
    return parts


def _money(value: float | None, currency: str) -> str:
    return "—" if value is None else f"{value:,.0f} {currency}"


def request_from_document(document: dict[str, Any]) -> QuoteRequest:
    """The request a saved quote document was made from, with any exchange rates the user set for it."""
    from .validation import as_saved

    request = document["request"]  # "1.500" saved when it was read as 1.5 t: 1.5, as its tonnes say
    return QuoteRequest(request["cargo"], as_saved(request["quantity"]), request["unit"], request["from"],
                        request["to"], dt.date.fromisoformat(request["date"]), request["currency"],
                        tuple(sorted((request.get("fx_overrides") or {}).items())))


def fx_text(fx: FxUsed) -> str:
    """``503.35 KZT/USD (2026-01-23)``, or for a rate the user set, the table's rate beside it; for one a what-if
    worked out, the shift it came from (``592.18 KZT/USD (-15 % against the USD by the what-if; table …)``), and
    the user's rate it shifted where there is one (``594.12 KZT/USD (-15 % against the USD by the what-if from 505
    set for this quote; table 503.35 …)``: beside the table's alone, the figures did not agree)."""
    if fx.overridden:
        how = "set for this quote"
        if fx.by_what_if:
            how = "set by the what-if" if fx.what_if_pct is None else \
                f"{fmt.shift(fx.what_if_pct)} against the USD by the what-if"
            if fx.what_if_pct is not None and fx.what_if_from is not None:  # the rate shifted is the user's
                how += f" from {fmt.rate(fx.what_if_from)} set for this quote"
        return (f"{fmt.rate(fx.units_per_usd)} {fx.currency}/USD ({how}; table "
                f"{fmt.rate(fx.table_units_per_usd)} as of {fx.as_of.isoformat()})")
    return f"{fmt.rate(fx.units_per_usd)} {fx.currency}/USD ({fx.as_of.isoformat()})"


def oldest_figure_text(route: RouteQuote) -> Message:
    """``oldest figure: terminal charge (Karachi, karachi-terminal) as of 2024-02-01``, and undated figures."""
    age = route.oldest_figure
    text = Message(rmsg.OLDEST_FIGURE, charge=age.charge, where=age.where, reference=Verbatim(age.reference),
                   date=age.as_of)
    if route.undated_figures:
        count = Figure(route.undated_figures)
        text = Message.joined([text, Message(counted(count, rmsg.UNDATED_FIGURE, rmsg.UNDATED_FIGURES), count=count)],
                              "; ")
    return text


def via_text(route: RouteQuote) -> str:
    """The places a route passes, each run of legs by one mode and equipment named where it begins:
    ``rail, Grain hopper wagon: Kostanay → … → Zahedan; road, 40' container: → Taftan / Mirjaveh → Quetta; …``.
    Two routes of a corridor through the same places differ in these alone."""
    runs: list[tuple[str, list[str]]] = []  # (mode and equipment, the places the run reaches)
    for leg in route.legs:
        kind = f"{leg.mode}, {leg.equipment_name}"
        if not runs or runs[-1][0] != kind:
            runs.append((kind, []))
        runs[-1][1].append(leg.to_name)
    if not runs:
        return " → ".join(route.path)
    start = route.legs[0].from_name + " "
    return "; ".join(f"{kind}: {start if index == 0 else ''}→ {' → '.join(places)}"
                     for index, (kind, places) in enumerate(runs))


def result_to_text(result: QuoteResult, route_lines: dict[int, list[str]] | None = None,
                   price_fx: tuple[FxUsed, ...] = ()) -> str:
    """The quote for a terminal; ``route_lines`` adds lines under a route (its index in the result), such as its
    price under commercial terms; ``price_fx``, the rates the prices use beyond the freight's (a duty in EUR),
    named after them as the documents do."""
    request = result.request
    freight = {fx.currency for fx in result.fx}
    rates = [*result.fx, *(fx for fx in price_fx if fx.currency not in freight)]
    lines = [
        f"{result.cargo.name}: {result.load.description}, {result.origin.name} → {result.destination.name}, "
        f"departing {request.departure.isoformat()}",
        "FX: " + (", ".join(fx_text(fx) for fx in rates if fx.currency != "USD")
                  or "none (every charge is in US dollars)"),
        "",
    ]
    # numbered as in the documents: the warnings, "recommended: 1." and the price lines name routes by number
    header = (f"{'#':>3} {'':2}{'corridor':<58} {'cost':>16} {'per t':>10} {'days min–typ–max':>18} {'t CO2e':>8}"
              "  status")
    lines.append(header)
    lines.append("-" * len(header))
    # days as the window and the documents give them (17.5, not 18, beside a PDF that says 17.5)
    finer = fmt.days_told_apart([route.days_typical for route in result.routes])
    for number, route in enumerate(result.routes, start=1):
        mark = "* " if route.pareto else "  "
        days = (f"{fmt.days(route.days_min)}–{fmt.days(route.days_typical, finer[number - 1])}"
                f"–{fmt.days(route.days_max)}")
        per_t = "—" if route.cost_per_tonne is None else f"{route.cost_per_tonne:,.0f}"
        status = "available" if route.available else f"unavailable: {route.unavailable_reason}"
        lines.append(f"{number:>3} {mark}{shorten(route.corridor, 58):<58} {_money(route.cost, route.currency):>16} "
                     f"{per_t:>10} {days:>18} {fmt.co2e_tonnes_text(route.co2e_kg):>8}  {status}")
        lines.append(f"{'':8}via {via_text(route)}")
        for warning in route.warnings:
            lines.append(f"{'':8}! {warning}")
        if route.oldest_figure is not None:
            lines.append(f"{'':8}{oldest_figure_text(route)}")
        lines += [f"{'':8}{text}" for text in (route_lines or {}).get(number - 1, [])]
    lines.append("")
    lines.append("* on the cost–time frontier: no other available route is both cheaper and faster.")
    for warning in result.all_warnings:  # a limit's warning with the setting to raise (--limit SETTING=VALUE)
        setting = setting_of(warning)
        lines.append(f"warning: {warning}" + (f" (setting {setting})" if setting else ""))
    return "\n".join(lines)


def quote_document(result: QuoteResult, tables, *, number: str = "", created: str = "", valid_until: str = "",
                   buyer: dict | None = None) -> dict[str, Any]:
    """Everything a quote document (PDF, workbook, saved history) shows, as plain data: the quote itself, who it
    is for, its validity, and the full title of every source it rests on. Saved as is, so a later change of the
    tables never changes a saved quote."""
    document = result_to_dict(result)
    ids = set()
    for route in document["routes"]:
        for line in (*route["legs"], *route["nodes"]):
            ids.update(line["sources"])
            for charge in line["charges"]:
                ids.update(charge["sources"])
            factor = line.get("co2e_factor")
            if factor:
                ids.update(factor["sources"])
    for fx in document["fx"]:
        ids.update(fx["sources"])
    document["sources"] = [
        {"id": sid, "title": tables.sources[sid].title, "url": tables.sources[sid].url,
         "date": tables.sources[sid].date, "publisher": tables.sources[sid].publisher,
         "reliability": tables.sources[sid].reliability}
        for sid in sorted(ids) if sid in tables.sources]
    document["quote"] = {"number": number, "created": created, "valid_until": valid_until,
                         "buyer": buyer or {}}
    from .route_map import route_map

    document["map"] = route_map(result, tables).to_data()  # the documents draw the map from this, as saved
    return document
