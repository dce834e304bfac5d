"""Duties and import taxes as the country of import works them out: the customs value built up to the place the
goods enter its customs territory, then each duty (ad valorem, per quantity, "X % but not less than Y per kg",
preferences with the proof they need, slabs that follow the customs duty), then each tax on its base."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from . import trade_messages as tmsg
from .cents import cents, exact, money, product, rate_money
from .messages import Figure, InSentence, Message, Verbatim
from .model import whole_days
from .trade_messages import country_term
from .trade_tables import Duty, ImportTax, hs_matches


# the stops at the place of entry whose charges go with the carriage to it (unloading at the port, the border
# post), where the country counts them; a transshipment there is for the carriage onwards. The fees of the side of
# the border the goods leave (the Uzbek post at Zhibek Zholy) go with it in any case (landed.Placed.before)
ARRIVAL_EVENTS = ("port_handling", "border_crossing")


@dataclass(frozen=True)
class Customs:
    """The customs value (in the importing country's currency) and where the goods enter its territory."""

    value: float
    currency: str
    entry_index: int
    entry_place: str
    country: str
    clearance: dt.date
    hs_code: str


def _pick(rows, code: str, day: dt.date, key) -> dict[str, object]:
    """Per ``key`` (a charge or a tax): the row whose tariff codes match ``code`` most closely, valid on ``day``;
    among equally close rows, the one that began last."""
    best: dict[str, tuple] = {}
    for row in rows:
        if not row.valid_on(day):
            continue
        match = hs_matches(row.hs_codes, code)
        if match < 0:
            continue
        rank = (match, *key(row)[1:], row.valid_from or dt.date.min)
        name = key(row)[0]
        if name not in best or rank > best[name][0]:
            best[name] = (rank, row)
    return {name: item[1] for name, item in best.items()}


def customs_lines(tables, rates, checked, result, route, line, lines, freight, rule):
    """The customs value of a route's goods and the duty and tax lines on it: (customs, lines, warnings,
    missing); ``missing`` lists the figures the tables leave blank that the user has not given."""

    trade = tables.trade
    country = result.destination.country
    warnings: list[Message] = []
    missing: list[Message] = []
    valuation = trade.valuation.get(country)
    if valuation is None:
        return None, [], [], [Message(tmsg.NO_VALUATION_RULE, country=country_term(country))]
    places = tables.places
    entry = next(i for i, pid in enumerate(route.place_ids) if places[pid].country in valuation.territory)
    day = clearance_date(result.request.departure, route.days_typical)
    national = valuation.currency
    if line is None:
        return None, [], [], [Message(tmsg.NO_TARIFF_LINE, cargo=InSentence(result.cargo.name),
                                      country=country_term(country))]

    # the customs value: goods, margin, export fees, carriage to the place of entry with the fees of the side of the
    # border left there (and the handling there, where the country counts it), and the insurance premium
    parts = [p for p in lines if p.kind in ("goods", "margin", "insurance") or p.group == "export_clearance"]
    arrival = ARRIVAL_EVENTS if valuation.entry_handling else ()
    parts += [item.line for item in freight if item.before(entry, at=arrival)]
    value = rates.total(parts, national)
    customs = Customs(value, national, entry, places[route.place_ids[entry]].name, country, day, line.hs_code)
    party = rule.duties_taxes
    out = []

    def add(kind: str, label: Message, amount: float, currency: str, row, working, also=None) -> None:
        # a preference's row (``also``) changes the amount as much as the rate's: its sources and note go with it
        origins = [row.origin, *([also.origin] if also is not None else [])]
        out.append(rates.line(kind, "duties_taxes", party, label, amount, currency, reference=row_id(row),
                              source_ids=tuple(dict.fromkeys(s for o in origins for s in o.source_ids)),
                              estimate_note="; ".join(o.estimate_note for o in origins if o.estimate_note),
                              as_of=row.dated, working=working))

    def given(working, row) -> Message:
        # a rate the tables leave blank, given by the user: said so, as a fee given for the quote is
        return Message.joined([working, Message(tmsg.W_GIVEN)], "; ") if row.inputs else working

    # duties
    rows = [d for d in trade.duties if d.country == country]
    warnings.extend(_ban_said(ban, result.cargo.name, tables.sources) for ban in import_bans(trade, line, day))
    chosen = _pick([d for d in rows if d.kind not in ("prohibited", "preference") and d.when_duty_from is None
                    and d.when_duty_to is None], line.hs_code, day, lambda d: (d.charge,))
    preferences = _pick([d for d in rows if d.kind == "preference"], line.hs_code, day, lambda d: (d.charge,))
    tonnes = round(result.load.tonnes, 6)
    kg = product(tonnes, 1000)
    duty_rates: dict[str, float | None] = {}
    unknown_duty = False
    duties_total = Decimal(0)
    for charge, duty in chosen.items():
        figures = {name: getattr(duty, name) if getattr(duty, name) is not None
                   else checked.inputs.get((duty.duty_id, name)) for name in ("rate_pct", "specific_amount")}
        absent = [name for name in duty.inputs if checked.inputs.get((duty.duty_id, name)) is None]
        preference = preferences.get(charge)
        if absent and _takes_all(preference, checked):
            # a preference that takes the whole duty off (a free trade area) needs no rate of the tariff
            duty_rates[charge] = 0.0
            warnings.append(Message(tmsg.PREFERENCE_CLAIMED, charge=charge, factor=Figure(0, ".0%"),
                                    origin=Verbatim(checked.goods_origin), proof=preference.proof))
            working = Message(tmsg.W_PREFERENCE_FREE)
            add("duty", Message(tmsg.LINE_DUTY, charge=charge, hs=Verbatim(line.hs_code), working=working), 0.0,
                national, duty, working, preference)
            continue
        if absent:
            missing.extend(Message(tmsg.NOT_ENTERED, what=charge, country=country_term(country),
                                   key=Verbatim(f"{duty.duty_id}.{name}")) for name in absent)
            duty_rates[charge] = None
            unknown_duty = True
            continue
        amount, working = _duty_amount(duty, figures, value, national, kg, tonnes, rates)
        duty_rates[charge] = figures["rate_pct"]
        applied = None
        if preference is not None and checked.goods_origin in preference.origin_countries:
            if checked.terms.origin_proof:
                applied = preference
                working = Message(tmsg.W_PREFERENCE, working=working, factor=Figure(preference.factor, "g"))
                amount = cents(product(amount, preference.factor))
                warnings.append(Message(tmsg.PREFERENCE_CLAIMED, charge=charge, factor=Figure(preference.factor,
                                                                                              ".0%"),
                                        origin=Verbatim(checked.goods_origin), proof=preference.proof))
            else:
                saving = cents(exact(amount) - exact(cents(product(amount, preference.factor))))
                warnings.append(Message(tmsg.PREFERENCE_UNCLAIMED, proof=preference.proof, charge=charge,
                                        factor=Figure(preference.factor, ".0%"), saving=money(saving, national)))
        amount = cents(amount)
        duties_total += exact(amount)
        working = given(working, duty)
        add("duty", Message(tmsg.LINE_DUTY, charge=charge, hs=Verbatim(line.hs_code), working=working), amount,
            national, duty, working, applied)
    # duties that follow the customs duty's rate (Pakistan's additional customs duty by slab)
    slabbed = [d for d in rows if d.kind == "ad_valorem" and (d.when_duty_from is not None
                                                             or d.when_duty_to is not None)]
    for charge in dict.fromkeys(d.charge for d in slabbed):
        base_rate = duty_rates.get("customs duty")
        if base_rate is None:
            continue
        fits = [d for d in slabbed if d.charge == charge and d.valid_on(day) and hs_matches(d.hs_codes, line.hs_code)
                >= 0 and (d.when_duty_from or 0) <= base_rate <= (d.when_duty_to if d.when_duty_to is not None
                                                                   else math.inf)]
        if not fits:
            continue
        duty = max(fits, key=lambda d: (hs_matches(d.hs_codes, line.hs_code), d.valid_from or dt.date.min))
        amount = cents(product(duty.rate_pct, value) / 100)
        duties_total += exact(amount)
        working = Message(tmsg.W_AD_VALOREM, rate=Figure(duty.rate_pct, "g"), base=money(value, national))
        add("duty", Message(tmsg.LINE_DUTY, charge=charge, hs=Verbatim(line.hs_code), working=working), amount,
            national, duty, working)

    # import taxes, in their steps: each on the customs value, the duties and the taxes of earlier steps
    terms = checked.terms
    entry_id = route.place_ids[entry]
    importer = terms.importer
    candidates = [t for t in trade.taxes if t.country == country
                  and t.importer in ("*", importer) and t.atl in ("*", "yes" if terms.importer_atl else "no")
                  and t.resale in ("*", "yes" if terms.resale else "no")
                  and ("*" in t.entry_places or entry_id in t.entry_places)]
    taxes = _pick(candidates, line.hs_code, day, lambda t: (t.tax, t.importer != "*", t.atl != "*"))
    if not taxes:
        warnings.append(Message(tmsg.NO_TAX_ROWS, country=country_term(country)))
    taxed: dict[str, float] = {}  # tax name -> amount, for the bases of later steps
    if unknown_duty:
        taxes = {}  # a duty is unknown: so is every tax on it
    for name, tax in sorted(taxes.items(), key=lambda item: (item[1].step, item[0])):
        rate = tax.rate_pct if tax.rate_pct is not None else checked.inputs.get((tax.tax_id, "rate_pct"))
        if rate is None:
            missing.append(Message(tmsg.NOT_ENTERED, what=name, country=country_term(country),
                                   key=Verbatim(f"{tax.tax_id}.rate_pct")))
            continue
        base = cents((exact(value) if "customs_value" in tax.base else 0) + (duties_total if "duties" in tax.base
                                                                             else 0)
                     + sum(exact(taxed.get(part, 0.0)) for part in tax.base))
        amount = cents(product(rate, base) / 100)
        taxed[name] = amount
        working = given(Message(tmsg.W_AD_VALOREM, rate=Figure(rate, "g"), base=money(base, national)), tax)
        add("tax", Message(tmsg.LINE_FEE, charge=name, working=working), amount, national, tax, working)
    return customs, out, warnings, missing


def _takes_all(preference: Duty | None, checked) -> bool:
    """Whether a preference the goods have, with their proof of origin, takes the whole duty off."""
    return (preference is not None and preference.factor == 0 and checked.terms.origin_proof
            and checked.goods_origin in preference.origin_countries)


def row_id(row) -> str:
    return getattr(row, "duty_id", "") or getattr(row, "tax_id", "")


def _duty_amount(duty: Duty, figures: dict, value: float, national: str, kg, tonnes: float,
                 rates) -> tuple[float, Message]:
    """A duty's amount in the national currency before any preference, and how it was worked out."""

    ad_valorem = None
    if duty.kind in ("ad_valorem", "ad_valorem_min_specific"):
        ad_valorem = cents(product(figures["rate_pct"], value) / 100)
        ad_working = Message(tmsg.W_AD_VALOREM, rate=Figure(figures["rate_pct"], "g"), base=money(value, national))
    specific = None
    if duty.kind in ("specific", "ad_valorem_min_specific"):
        quantity = kg if duty.specific_per == "kg" else tonnes
        specific = rates.convert(product(figures["specific_amount"], quantity), duty.specific_currency, national)
        spec_working = Message(tmsg.W_SPECIFIC, amount=rate_money(figures["specific_amount"], duty.specific_currency),
                               per=Verbatim(duty.specific_per), quantity=Figure(float(quantity), ",.10g"),
                               converted=money(specific, national))
    if ad_valorem is not None and specific is not None:
        return max(ad_valorem, specific), Message(tmsg.W_HIGHER, first=ad_working, second=spec_working)
    if specific is not None:
        return specific, spec_working
    return ad_valorem, ad_working


__all__ = ["Customs", "customs_lines", "ImportTax"]


def clearance_date(departure: dt.date, days_typical: float) -> dt.date:
    """The day the goods are declared at import: the departure plus a route's typical days, whole days."""
    return departure + dt.timedelta(days=whole_days(days_typical))


def _line_bans(trade, line) -> list[Duty]:
    """The bans on imports of the goods of a tariff line (``duties`` rows of kind prohibited), on any date."""
    return [d for d in trade.duties if d.country == line.country and d.kind == "prohibited"
            and hs_matches(d.hs_codes, line.hs_code) >= 0]


def import_bans(trade, line, day: dt.date) -> list[Duty]:
    """The bans on imports of the goods of a tariff line in force on a day."""
    return [ban for ban in _line_bans(trade, line) if ban.valid_on(day)]


def sources_said(ids: tuple[str, ...], sources: dict | None) -> Message | str:
    """Sources as a reader knows them, by publisher and date ("Dawn, 2024-07-13; Daily Pakistan, 2024-07-13"):
    a warning line read "(DAWN_2024_WHEATBAN)". An id the tables do not list (or with no ``sources``) as it is."""
    said: list[Message | str] = []
    for source_id in ids:
        source = (sources or {}).get(source_id)
        if source is None or not source.publisher.strip():
            said.append(Verbatim(source_id))
            continue
        try:  # a full date is said in the reader's way; "2023-08 (briefing 31 Jul 2023)" as the table writes it
            date: dt.date | str = dt.date.fromisoformat(source.date.strip())
        except ValueError:
            date = Verbatim(source.date.strip())
        said.append(Message(tmsg.SOURCE_SAID, publisher=Verbatim(source.publisher.strip()), date=date)
                    if source.date.strip() else Verbatim(source.publisher.strip()))
    return said[0] if len(said) == 1 else Message.joined(said, "; ")


def _ban_said(ban: Duty, cargo: str, sources: dict | None = None) -> Message:
    # a ban row with no first day is said without one (it read "since None")
    return Message(tmsg.PROHIBITED if ban.valid_from else tmsg.PROHIBITED_UNDATED, country=country_term(ban.country),
                   cargo=InSentence(cargo), date=ban.valid_from, sources=sources_said(ban.origin.source_ids, sources),
                   notes=Verbatim(ban.notes))


def ban_warnings(trade, cargo, origin_country: str, destination_country: str,
                 arrivals: list[dt.date], sources: dict | None = None) -> list[Message]:
    """A quote's word, once, on a ban on importing its cargo where it goes, in force when a route would arrive:
    a freight quote for goods that may not enter, whether or not a price under terms is asked for. Nothing for a
    move within one customs territory (Karachi → Lahore, Kostanay → Bishkek), which is no import."""
    lines = trade.tariff_lines.get((cargo.cargo_id, destination_country), ()) if trade is not None else ()
    if not lines:
        return []
    if not trade.imported(origin_country, destination_country):
        return []
    # the bans on the lines first, then their dates (this runs for every quote: most lines have none); a seasonal
    # line is the one of the day the goods would arrive
    banned = {line.hs_code: _line_bans(trade, line) for line in lines}
    bans: list[Duty] = []
    for day in sorted(set(arrivals)) if any(banned.values()) else ():
        line = trade.tariff_line(cargo.cargo_id, destination_country, day)
        for ban in banned[line.hs_code] if line is not None else ():
            if ban.valid_on(day) and ban not in bans:
                bans.append(ban)
    # in short: the notes are the price line's (under terms), and the window's warning line has little room
    return [Message(tmsg.IMPORT_BANNED if ban.valid_from else tmsg.IMPORT_BANNED_UNDATED,
                    country=country_term(ban.country), cargo=InSentence(cargo.name), date=ban.valid_from,
                    sources=sources_said(ban.origin.source_ids, sources)) for ban in bans]
