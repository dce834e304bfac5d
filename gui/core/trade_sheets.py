"""The commercial sheets of the tariffs workbook: Incoterms rules, tariff lines, duties, import taxes, fees, fee
units and how each country builds the customs value. Read when present (a workbook without them still quotes
freight), each row checked and cross-checked like the other sheets, into the records of gui/core/trade_tables.py."""
from __future__ import annotations

from typing import Any

from . import model as m
from . import validation as v
from . import trade_messages as tmsg
from .messages import Figure, Message, Verbatim
from .cells import as_text, currency_code, identifier, number_cell, one_of, parse_date, shown, split_list
from .sheets import Column
from .tables import _unique
from .tariff_lines import assemble_lines, hs_digits, month_day
from .trade_tables import Duty, Fee, FeeUnit, ImportTax, IncotermRule, TradeTables, Valuation

INCOTERM_RULES = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
PARTIES = ("seller", "buyer")
COVERS = ("icc_a", "icc_b", "icc_c")
DUTY_KINDS = ("ad_valorem", "specific", "ad_valorem_min_specific", "preference", "prohibited")
TAX_BASES = ("customs_value", "duties")  # and the names of taxes worked out in an earlier step
FEE_BASES = ("per_declaration", "per_unit", "per_consignment", "percent_of_value")
FEE_CONDITIONS = ("always", "inland_clearance", "origin_proof")
IMPORTERS = ("company", "other")
SHEETS = ("incoterms", "hs_codes", "duties", "import_taxes", "fees", "fee_units", "customs_valuation")
_ORIGIN = (Column("source_ids", lambda v: tuple(i.upper() for i in split_list(v)), required=False, default=()),
           Column("estimate_note", as_text, required=False, default=""))
_NOTES = Column("notes", as_text, required=False, default="")
_LOCAL = ("ru", "kk", "ur")


def _upper(value: Any) -> str:
    return as_text(value).upper()


def _codes(value: Any) -> tuple[str, ...]:
    """Tariff codes as ``;``-separated prefixes (``0805 29``, ``1001.9900``) or ``*``; spaces and dots dropped."""
    items = split_list(value)
    if "*" in items or not items:
        return ("*",)
    return tuple(hs_digits(item) for item in items)


def _any_or(allowed: tuple[str, ...]):
    return one_of((*allowed, "*"))


def _local_columns(stem: str) -> tuple[Column, ...]:
    return tuple(Column(f"{stem}_{code}", as_text, required=False, default="") for code in _LOCAL)


# ranges that keep every figure a price works out finite, as for the freight sheets (gui/core/validation.py)
_MAX_PCT = 1000.0  # a rate in per cent: Pakistan's duties with regulatory duty reach a few hundred
_MAX_FACTOR = 10.0  # a preference multiplies the duty by this at most
_PCT = number_cell(0, maximum=_MAX_PCT)
_AMOUNT = number_cell(0, maximum=v.AMOUNT)
_VALUE = number_cell(0, maximum=v.AMOUNT * 1000)  # a tier's bound on a customs value, in its own currency
_VALIDITY = (Column("valid_from", parse_date, required=False), Column("valid_to", parse_date, required=False),
             Column("as_of", parse_date, required=False))

SCHEMAS: dict[str, tuple[Column, ...]] = {
    "incoterms": (
        Column("rule", _upper), Column("name", as_text), *_local_columns("name"),
        Column("modes", one_of(("any", "sea"))), Column("sea_leg", one_of(("from", "to")), required=False,
                                                         default=""),
        Column("named_place", one_of(("shipment", "destination"))),
        Column("carriage", one_of(("none", "to_named_place"))), Column("at_named_place", one_of(PARTIES)),
        Column("at_seller_premises", one_of(PARTIES), required=False, default=""),
        Column("export_clearance", one_of(PARTIES)), Column("import_clearance", one_of(PARTIES)),
        Column("duties_taxes", one_of(PARTIES)),
        Column("insurance", one_of(("seller",)), required=False, default=""),
        Column("min_cover", one_of(COVERS), required=False, default=""),
        Column("min_insured_pct", number_cell(v.INSURED_PCT[0], maximum=v.INSURED_PCT[1]), required=False),
        Column("risk_in_transit", one_of(PARTIES)), Column("risk_passes", as_text), *_local_columns("risk"),
        *_ORIGIN, _NOTES,
    ),
    "hs_codes": (
        Column("cargo_id", identifier), Column("country", _upper), Column("hs_code", as_text),
        # a seasonal line: the first and last day of the year it applies, by the date of customs clearance
        Column("season_from", month_day, required=False), Column("season_to", month_day, required=False),
        Column("description", as_text, required=False, default=""), *_ORIGIN, _NOTES,
    ),
    "duties": (
        Column("duty_id", identifier), Column("country", _upper), Column("hs_codes", _codes),
        Column("charge", as_text), *_local_columns("charge"), Column("kind", one_of(DUTY_KINDS)),
        Column("rate_pct", _PCT, required=False), Column("specific_amount", _AMOUNT, required=False),
        Column("specific_currency", currency_code, required=False, default=""),
        Column("specific_per", one_of(("kg", "t")), required=False, default=""),
        Column("factor", number_cell(0, maximum=_MAX_FACTOR), required=False),  # 0: no duty (a free trade area)
        Column("origin_countries", lambda v: tuple(c.upper() for c in split_list(v)), required=False, default=()),
        Column("proof", as_text, required=False, default=""), *_local_columns("proof"),
        Column("when_duty_from", _PCT, required=False), Column("when_duty_to", _PCT, required=False),
        *_VALIDITY, *_ORIGIN, _NOTES,
    ),
    "import_taxes": (
        Column("tax_id", identifier), Column("country", _upper), Column("tax", as_text), *_local_columns("tax"),
        Column("rate_pct", _PCT, required=False),
        Column("base", lambda v: tuple(p.strip() for p in split_list(v))),
        Column("step", number_cell(1, integer=True, maximum=v.AMOUNT), required=False, default=1),
        Column("hs_codes", _codes, required=False, default=("*",)),
        Column("importer", _any_or(IMPORTERS), required=False, default="*"),
        Column("atl", _any_or(("yes", "no")), required=False, default="*"),
        Column("resale", _any_or(("yes", "no")), required=False, default="*"),
        Column("entry_places", lambda v: tuple(p.lower() for p in split_list(v)) or ("*",), required=False,
               default=("*",)),
        *_VALIDITY, *_ORIGIN, _NOTES,
    ),
    "fees": (
        Column("fee_id", identifier), Column("country", _upper), Column("side", one_of(("export", "import"))),
        Column("charge", as_text), *_local_columns("charge"), Column("basis", one_of(FEE_BASES)),
        Column("amount", _AMOUNT, required=False), Column("currency", _upper),
        Column("value_from", _VALUE, required=False), Column("value_to", _VALUE, required=False),
        Column("hs_codes", _codes, required=False, default=("*",)),
        Column("condition", one_of(FEE_CONDITIONS), required=False, default="always"),
        *_VALIDITY, *_ORIGIN, _NOTES,
    ),
    "fee_units": (
        Column("unit", _upper), Column("country", _upper),
        Column("value", number_cell(0, exclusive=True, maximum=v.AMOUNT)),
        Column("currency", currency_code), Column("valid_from", parse_date), Column("valid_to", parse_date),
        *_ORIGIN,
    ),
    "customs_valuation": (
        Column("country", _upper), Column("territory", lambda v: tuple(c.upper() for c in split_list(v))),
        Column("currency", currency_code), Column("entry_handling", one_of(("yes", "no"))), *_ORIGIN, _NOTES,
    ),
}


def _local(row, stem: str) -> tuple[tuple[str, str], ...]:
    return tuple((code, row[f"{stem}_{code}"]) for code in _LOCAL if row[f"{stem}_{code}"])


def _dates(reader, sheet: str, row) -> bool:
    start, end = row["valid_from"], row["valid_to"]
    if start and end and end < start:
        reader.problem(Message(tmsg.VALID_TO_BEFORE, end=end, start=start), sheet, row.number, "valid_to")
        return False
    return True


def assemble_trade(reader, sheets: dict[str, list], places: dict, cargo_types: dict,
                   currencies: set[str]) -> TradeTables | None:
    """The commercial tables from the parsed rows of the tariffs workbook (None when it has none of the sheets);
    every problem is told to ``reader`` with its sheet, row and column."""
    present = frozenset(name for name in SHEETS if name in sheets)
    if not present:
        return None
    problem = reader.problem

    incoterms: dict[str, IncotermRule] = {}
    for rule, r in _unique(reader, "incoterms", sheets.get("incoterms", []), "rule").items():
        ok = True
        if rule not in INCOTERM_RULES:
            problem(Message(tmsg.NOT_AN_INCOTERM, value=shown(rule), known=Verbatim(", ".join(INCOTERM_RULES))),
                    "incoterms", r.number, "rule")
            ok = False
        if r["modes"] == "sea" and not r["sea_leg"]:
            problem(Message(tmsg.SEA_RULE_NEEDS_LEG), "incoterms", r.number, "sea_leg")
            ok = False
        if r["insurance"] and (not r["min_cover"] or r["min_insured_pct"] is None):
            problem(Message(tmsg.INSURANCE_NEEDS_COVER), "incoterms", r.number,
                    "min_cover" if not r["min_cover"] else "min_insured_pct")
            ok = False
        if ok:
            incoterms[rule] = IncotermRule(
                rule, r["name"], r["modes"], r["sea_leg"], r["named_place"], r["carriage"], r["at_named_place"],
                r["export_clearance"], r["import_clearance"], r["duties_taxes"], r["insurance"], r["min_cover"],
                r["min_insured_pct"], r["risk_in_transit"], r["risk_passes"], r.origin(), _local(r, "name"),
                _local(r, "risk"), r["notes"], r["at_seller_premises"])

    lines = assemble_lines(problem, sheets.get("hs_codes", []), cargo_types)

    def known_currency(sheet, r, column) -> bool:
        if not r[column] or r[column] in currencies:
            return True
        problem(Message(tmsg.NO_FX_FOR, currency=Verbatim(r[column])), sheet, r.number, column)
        return False

    duties = []
    for r in _unique(reader, "duties", sheets.get("duties", []), "duty_id").values():
        ok = _dates(reader, "duties", r) & known_currency("duties", r, "specific_currency")
        kind = r["kind"]
        if kind in ("specific", "ad_valorem_min_specific") and not (r["specific_currency"] and r["specific_per"]):
            problem(Message(tmsg.SPECIFIC_NEEDS), "duties", r.number,
                    "specific_currency" if not r["specific_currency"] else "specific_per")
            ok = False
        if kind == "preference" and (r["factor"] is None or r["factor"] > 1 or not r["origin_countries"]):
            problem(Message(tmsg.PREFERENCE_NEEDS), "duties", r.number,
                    "origin_countries" if r["factor"] is not None and r["factor"] <= 1 else "factor")
            ok = False
        low, high = r["when_duty_from"], r["when_duty_to"]
        if low is not None and high is not None and high < low:
            problem(Message(tmsg.SLAB_ORDER, low=Figure(low, "g"), high=Figure(high, "g")), "duties", r.number,
                    "when_duty_to")
            ok = False
        if ok:
            duties.append(Duty(r["valid_from"], r["valid_to"], r["as_of"], r["duty_id"], r["country"],
                               r["hs_codes"], r["charge"], kind, r["rate_pct"], r["specific_amount"],
                               r["specific_currency"], r["specific_per"], r["factor"], r["origin_countries"],
                               r["proof"], low, high, r.origin(), _local(r, "charge"), r["notes"],
                               _local(r, "proof")))

    taxes = []
    for r in _unique(reader, "import_taxes", sheets.get("import_taxes", []), "tax_id").values():
        ok = _dates(reader, "import_taxes", r)
        if not r["base"]:
            problem(Message(tmsg.BASE_EMPTY, allowed=Verbatim(", ".join(TAX_BASES))), "import_taxes", r.number,
                    "base")
            ok = False
        earlier = {x["tax"] for x in sheets.get("import_taxes", []) if x["country"] == r["country"]
                   and x["step"] < r["step"]}
        for part in r["base"]:
            if part not in TAX_BASES and part not in earlier:
                problem(Message(tmsg.BASE_PART, part=shown(part), allowed=Verbatim(", ".join(TAX_BASES))),
                        "import_taxes", r.number, "base")
                ok = False
        unknown = [p for p in r["entry_places"] if p != "*" and p not in places]
        for place in unknown:
            problem(Message(tmsg.UNKNOWN_PLACE_ID, value=shown(place)), "import_taxes", r.number, "entry_places")
        if ok and not unknown:
            taxes.append(ImportTax(r["valid_from"], r["valid_to"], r["as_of"], r["tax_id"], r["country"], r["tax"],
                                   r["rate_pct"], r["base"], r["step"], r["hs_codes"], r["importer"], r["atl"],
                                   r["resale"], r["entry_places"], r.origin(), _local(r, "tax"), r["notes"]))

    _fractions_of_a_percent(reader, sheets)

    units = []
    for r in sheets.get("fee_units", []):
        if not known_currency("fee_units", r, "currency"):
            continue
        if r["valid_to"] < r["valid_from"]:
            problem(Message(tmsg.VALID_TO_BEFORE, end=r["valid_to"], start=r["valid_from"]), "fee_units", r.number,
                    "valid_to")
            continue
        overlap = next((u for u in units if (u.unit, u.country) == (r["unit"], r["country"])
                        and u.valid_from <= r["valid_to"] and r["valid_from"] <= u.valid_to), None)
        if overlap is not None:
            problem(Message(tmsg.UNIT_OVERLAP, unit=Verbatim(r["unit"]), start=overlap.valid_from,
                            end=overlap.valid_to), "fee_units", r.number, "valid_from")
            continue
        units.append(FeeUnit(r["unit"], r["country"], r["value"], r["currency"], r["valid_from"], r["valid_to"],
                             r.origin()))
    unit_names = {(u.unit, u.country) for u in units}

    fees = []
    for r in _unique(reader, "fees", sheets.get("fees", []), "fee_id").values():
        ok = _dates(reader, "fees", r)
        if r["currency"] not in currencies and (r["currency"], r["country"]) not in unit_names:
            problem(Message(tmsg.FEE_CURRENCY, currency=Verbatim(r["currency"]), country=Verbatim(r["country"])),
                    "fees", r.number, "currency")
            ok = False
        low, high = r["value_from"], r["value_to"]
        if low is not None and high is not None and high <= low:
            problem(Message(tmsg.TIER_ORDER, low=Figure(low, ",g"), high=Figure(high, ",g")), "fees", r.number,
                    "value_to")
            ok = False
        if ok:
            fees.append(Fee(r["valid_from"], r["valid_to"], r["as_of"], r["fee_id"], r["country"], r["side"],
                            r["charge"], r["basis"], r["amount"], r["currency"], low, high, r["hs_codes"],
                            r["condition"], r.origin(), _local(r, "charge"), r["notes"]))

    valuation: dict[str, Valuation] = {}
    for country, r in _unique(reader, "customs_valuation", sheets.get("customs_valuation", []), "country").items():
        if not known_currency("customs_valuation", r, "currency"):
            continue
        territory = r["territory"] if country in r["territory"] else (country, *r["territory"])
        valuation[country] = Valuation(country, territory, r["currency"], r["entry_handling"] == "yes", r.origin(),
                                       r["notes"])
    for sheet, rows in (("duties", duties), ("import_taxes", taxes), ("fees", [f for f in fees
                                                                                if f.side == "import"])):
        for country in sorted({row.country for row in rows} - set(valuation)):
            problem(Message(tmsg.NO_VALUATION, country=Verbatim(country)), sheet)
    return TradeTables(incoterms, lines, tuple(duties), tuple(taxes), tuple(fees), tuple(units), valuation, present)


def _fractions_of_a_percent(reader, sheets: dict[str, list]) -> None:
    """A rate in per cent between 0 and 1 is most often a percentage typed in a cell formatted as one (15 % is kept
    as 0.15): a note naming the cell, since a duty of 0.15 % is possible but rare, and one 100 times too small is a
    quote silently wrong."""
    for sheet in ("duties", "import_taxes"):
        for r in sheets.get(sheet, []):
            rate = r["rate_pct"]
            if rate is not None and 0 < rate < 1:
                reader.notes.append(Message(tmsg.PCT_AS_FRACTION, workbook=Verbatim(reader.path.name),
                                            sheet=Verbatim(sheet), row=Figure(r.number, ".0f"),
                                            value=Figure(rate, "g"), percent=Figure(rate * 100, "g")))


def trade_notes(tables: m.Tables, workbook: str) -> tuple[Message, ...]:
    """What `check` says of a tariffs workbook's commercial sheets: missing ones, and the figures left blank for
    the user to give."""
    trade = tables.trade
    if trade is None:
        return (Message(tmsg.TRADE_SHEETS_MISSING, workbook=Verbatim(workbook), sheets=Verbatim(", ".join(SHEETS))),)
    notes = []
    missing = [name for name in SHEETS if name not in trade.sheets]
    if missing:
        notes.append(Message(tmsg.TRADE_SHEETS_SOME, workbook=Verbatim(workbook), sheets=Verbatim(", ".join(missing))))
    if trade.user_inputs():
        notes.append(Message(tmsg.TRADE_INPUTS, workbook=Verbatim(workbook), count=Figure(trade.user_inputs())))
    return tuple(notes)
