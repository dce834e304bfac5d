"""Page two of the quote on paper: how the recommended route's price is made, step by step (its charges in their
own currencies and its days adding up to the route's), what the price includes and what it does not, the CO2e
method and its factors, the exchange rates and tables used, and the sources behind it (gui/qt/quote_page.py
lays these out after page one's offer and routes compared)."""
from __future__ import annotations

from ..core import formatting as fmt
from ..core.inclusions import inclusions
from ..core.messages import Message, Wording
from ..core.money import WHAT_IF_RATE
from ..core.report import said, shown_days
from ..core.route_values import WAIT_EVENT, stop_where
from .quote_page import NOWRAP, _e, _Page
from .routes_document import status_lines

# characters a line of the mode or event runs to, unless a word is longer: "border crossing" keeps one line; the
# Kazakh gauge change, "арба ауыстыру (жол ені өзгереді)", on one line left the charges' column a word wide, each
# charge five lines deep, and the wheat what-if quote ran to 5 pages (4 in English)
BY_LINE = 16


def steps(page: _Page, best: dict, number: int, document: dict, say: dict, w: Wording, figure, day,
           finer: bool = False) -> None:
    """The recommended route leg by leg and stop by stop: one row each, its charges in their own currencies; the
    days of the lines and of the total to a tenth, the lines' rounded so that they add up to the total (each
    rounded on its own, route 1 of wheat Kostanay → Karachi read 17.6 over a total of 17.5), and so are the costs in
    whole units (formatting.money_adding_up). ``finer`` is kept for
    callers that pass it: the total is to a tenth anyway."""
    from ..core.export_xlsx import _in_travel_order

    currency = document["currency"]
    page.add(f"<h3>{_e(say['breakdown'].format(number=number))}</h3>")
    columns = (("32%", say["step"], False), ("13%", say["mode"], True), ("6%", say["km"], True),
               ("5%", say["days"], True), ("33%", say["charge"], False),
               ("11%", say["in"].format(currency=currency), True))
    page.add(page.head(columns, table="steps"))
    equipment_shown = ""
    estimated = False
    lines = _in_travel_order(best)
    # each line's cost in whole units as they add up to the total beside them (as the days do)
    costs = fmt.money_adding_up([line["cost"] for _, line in lines], best["cost"])
    for index, ((kind, line), cost) in enumerate(zip(lines, costs), start=1):
        if kind == "leg":
            equipment = f"{line['units']} × " + w.name(line.get("equipment_name") or line["equipment"])
            if equipment != equipment_shown:  # a line of its own where the cargo changes equipment
                page.row("steps", -index, columns, [f"<td colspan='{len(columns)}'><i>{_e(equipment)}</i></td>"])
                equipment_shown = equipment
            step = w.name(line["from"]) + fmt.arrow() + w.name(line["to"])
            by = w.mode(line["mode"])
        else:
            step = w.say(stop_where(line["place"], line["km_on"])) if line.get("km_on") else w.name(line["place"])
            by = w.event(line["event"])
        # in whole units adding up to the cost beside them, where they make it up in the quote's currency
        whole = fmt.charges_adding_up([(c["amount"], c["currency"]) for c in line["charges"]], currency,
                                      line["cost"], cost)
        charges = "<br>".join(f"<span {NOWRAP}>{_e(fmt.money(amount, c['currency']))}</span> "
                              + _e(w.name(c["charge"])) for amount, c in zip(whole, line["charges"])) or "—"
        waits = kind == "node" and line["event"] == WAIT_EVENT
        # a wait of the earliest day alone adds nothing to the typical days or the money: its zero is no estimate
        nothing = waits and not line["charges"] and not shown_days(line) and not line["cost"]
        mark = "≈ " if line.get("estimate") and not nothing and not dates_only(line) else ""
        estimated |= bool(mark)
        flow = line.get("throughput") if kind == "node" else None
        # the least wait at the stop's whole throughput, in its days: said under the stop with its figures
        flow_text = f"<br><span style='font-size:7pt'>{_e(w.say(Message.from_data(flow['said'], flow['text'])))}" \
                    f"</span>" if flow else ""
        if waits and line.get("estimate"):  # who waits there, from when until when (it read "0.0 — ≈0" alone)
            flow_text += f"<br><span style='font-size:7pt'>{_e(said(line, 'estimate', w))}</span>"
        page.row("steps", index, columns, [
            f"<td>{_e(step)}{flow_text}</td>", f"<td {NOWRAP}>{status_lines(by, BY_LINE)}</td>",
            figure(fmt.number(line["km"]) if kind == "leg" else ""),
            figure(fmt.days(shown_days(line), True)), f"<td>{charges}</td>",
            figure(mark + fmt.number(cost) if cost is not None else "—")],
            "" if kind == "leg" else " style='background:#f6f3ea'")
    page.row("steps", len(best["legs"]) + len(best["nodes"]) + 1, columns, [
        f"<td><b>{_e(say['total'])}</b></td>", "<td></td>", figure(fmt.number(best["km"])),
        figure(fmt.days(best["days_typical"], True)),
        "<td></td>", f"<td align='{'left' if page.rtl else 'right'}' {NOWRAP}><b>"
                     f"{_e(fmt.number(best['cost']))}</b></td>"])
    page.add("</table>")
    if estimated:
        page.add(f"<p style='font-size:7pt'>{_e(say['estimate'])}</p>")


def dates_only(line: dict) -> bool:
    """A wait whose fees all come from the tables without an estimate: its note says only where and until when the
    cargo waits, and its money is no estimate (it was marked "≈", its working in the Excel quote the dates alone)."""
    return (line.get("event") == WAIT_EVENT and bool(line.get("charges"))
            and not any(charge.get("estimate") for charge in line["charges"]))


def included(page: _Page, best: dict, say: dict, w: Wording, document: dict | None = None) -> None:
    included, excluded = inclusions(best, document)
    cells = [f"<td width='50%' valign='top' style='font-size:7pt'><b>{_e(title)}</b><br>"
             + "<br>".join("• " + _e(w.say(m)) for m in items) + "</td>"
             for title, items in ((say["included"], included), (say["excluded"], excluded))]
    page.layout_table(cells, "inclusions")


def co2e(page: _Page, best: dict, say: dict, w: Wording) -> None:
    factors = {}
    for leg in best["legs"]:
        factor = leg.get("co2e_factor")
        if factor:
            factors[factor["id"]] = (leg["mode"], factor)
    # their sources are in the route's list of sources below, with their titles
    used = [say["factor"].format(mode=w.mode(mode), factor=fmt.significant(factor["g_co2e_per_tkm"]))
            for mode, factor in factors.values()]
    # the stops' factors, each once (a factor kept from a quote saved before stops named theirs is left out)
    hubs = {}
    for node in best.get("nodes", ()):
        factor = node.get("co2e_factor")
        if factor and f"hub_{factor.get('unit')}" in say:
            hubs.setdefault(factor["id"], (f"{w.event(node['event'])} ({w.mode(node['mode'])})", factor))
    used += [say[f"hub_{factor['unit']}"].format(event=stop, factor=fmt.significant(factor["value"]))
             for stop, factor in hubs.values()]
    page.add(f"<p style='font-size:7pt'><b>CO2e</b> — {_e(say['glec'])} {_e('; '.join(used))}.</p>")


def rates_used(page: _Page, document: dict, tables: dict, say: dict, day) -> None:
    rates = []
    for fx in document["fx"]:
        if fx["currency"] == "USD":
            continue
        figures = {"currency": fmt.isolate(fx["currency"]), "rate": fmt.ltr(fmt.rate(fx["units_per_usd"])),
                   "date": day(fx["as_of"])}
        # each rate set apart: in Urdu "… USD 503.35" and the next rate's "PKR" made one left-to-right run
        if fx.get("table_units_per_usd"):
            # a what-if's rate said as the what-if's, and one it worked out by the shift it came from
            shift = fx.get("what_if_change_pct") if fx.get("estimate") == WHAT_IF_RATE else None
            start = fx.get("what_if_from") if shift is not None else None  # the user's rate the what-if shifted
            text = say["rate_shifted_from"] if start is not None else say["rate_shifted"] if shift is not None \
                else say["rate_what_if"] if fx.get("estimate") == WHAT_IF_RATE else say["rate_set"]
            rates.append(fmt.isolate(text.format(table=fmt.ltr(fmt.rate(fx["table_units_per_usd"])),
                                                 change=fmt.shift(shift) if shift is not None else "",
                                                 start=fmt.ltr(fmt.rate(start)) if start is not None else "",
                                                 **figures)))
        else:
            rates.append(fmt.isolate(say["rate"].format(**figures)))
    table_line = say["tables"].format(corridors=fmt.isolate(tables["corridors"]["file"]),
                                      tariffs=fmt.isolate(tables["tariffs"]["file"]),
                                      digest=tables["tariffs"]["sha256"][:12])
    if not rates:  # as the Excel quote says it (and translated there): not an empty list and a lone full stop
        rates = [say["no_rates"]]
    page.add(f"<p style='font-size:7pt'><b>{_e(say['rates'])}</b> — {_e(fmt.semicolon().join(rates))}. "
             f"{_e(table_line)}</p>")


def _route_sources(route: dict) -> list[str]:
    ids: list[str] = []
    for line in (*route["legs"], *route["nodes"]):
        ids += line["sources"]
        for charge in line["charges"]:
            ids += charge["sources"]
        factor = line.get("co2e_factor")
        if factor:
            ids += factor["sources"]
    return list(dict.fromkeys(ids))


def sources(page: _Page, document: dict, best: dict | None, number: int, say: dict) -> None:
    """The sources behind the recommended route in full (counted, in a quote that would run past two pages), the
    others compared counted (all of them, with their addresses, are in the Excel quote)."""
    known = {source["id"]: source for source in document.get("sources", [])}
    mine = [sid for sid in (_route_sources(best) if best else []) + [i for fx in document["fx"] for i in fx["sources"]]
            if sid in known]
    mine = list(dict.fromkeys(mine))
    others = sorted({sid for route in document["routes"] for sid in _route_sources(route)} - set(mine))
    heading = f"<b>{_e(say['sources'].format(number=number) if best else say['sources_rates'])}:</b>"
    if page.compact and mine:
        counted = (say["sources_counted"].format(count=len(mine), others=len(others)) if others else
                   say["sources_counted_alone"].format(count=len(mine)))
        page.add(f"<p style='font-size:6.5pt'>{heading} {_e(counted)}</p>")
        return
    entries = [page.source_entry(known[s], 36) for s in mine]
    closing = " " + _e(say["other_sources"].format(count=len(others))) if others else ""
    if entries or closing:
        # the titles are in the language of each source (mostly English): in Urdu they are a left-to-right
        # paragraph of their own under the Urdu heading, not Latin runs reordered inside an Urdu line
        listing = "; ".join(entries) + "."
        if page.rtl:
            page.add(f"<p style='font-size:6.5pt'>{heading}{closing}</p>"
                     f"<p dir='ltr' align='left' style='font-size:6.5pt'>{listing}</p>")
        else:
            page.add(f"<p style='font-size:6.5pt'>{heading} {listing}{closing}</p>")
