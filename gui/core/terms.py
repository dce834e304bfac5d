"""The commercial terms a seller quotes under: goods value, Incoterms 2020 rule and named place, margin,
insurance, who imports, and the figures the tables leave blank (read in gui/core/blank_figures.py). Checked against
the tables and the routes of a quote; what cannot be used is an error naming the field and the reason."""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from . import decide_messages as dmsg
from . import quote_messages as qmsg
from . import file_messages as fmsg
from . import trade_messages as tmsg
from . import validation as v
from .countries import country_term
from .errors import InputError
from .messages import QT_TRANSLATE_NOOP, Figure, Message, Term, Verbatim
from .model import SEA_MODES
from .request import find_place, parse_quantity

if TYPE_CHECKING:
    from .model import Place, Tables
    from .quote import QuoteResult
    from .trade_tables import IncotermRule

GOODS_BASES = ("per_tonne", "total")
MARGIN_BASES = ("percent", "per_tonne")
COVER_ORDER = {"icc_c": 1, "icc_b": 2, "icc_a": 3}  # Institute Cargo Clauses: (A) covers most, (C) least
IMPORTERS_OF_RECORD = ("buyer", "seller", "broker")  # seller or broker: under DDP only
MAX_PREMIUM_PCT = 10.0  # a cargo premium above this is a typing error (published ranges: 0.05–0.6 %)
WORDS = {
    "incoterm": QT_TRANSLATE_NOOP("Terms", "Incoterm"), "named_place": QT_TRANSLATE_NOOP("Terms", "named place"),
    "goods_value": QT_TRANSLATE_NOOP("Terms", "goods value"), "margin": QT_TRANSLATE_NOOP("Terms", "margin"),
    "insurance": QT_TRANSLATE_NOOP("Terms", "premium rate"),
    "insured_pct": QT_TRANSLATE_NOOP("Terms", "insured value"),
    "goods_origin": QT_TRANSLATE_NOOP("Terms", "country of origin"),
    "input": QT_TRANSLATE_NOOP("Terms", "figure"),
    "rate_pct": QT_TRANSLATE_NOOP("Terms", "rate"),
    "specific_amount": QT_TRANSLATE_NOOP("Terms", "amount per quantity"),
    "amount": QT_TRANSLATE_NOOP("Terms", "amount"),
    "icc_a": QT_TRANSLATE_NOOP("Terms", "ICC (A)"), "icc_b": QT_TRANSLATE_NOOP("Terms", "ICC (B)"),
    "icc_c": QT_TRANSLATE_NOOP("Terms", "ICC (C)"),
}


def word(key: str) -> Term:
    return Term(WORDS.get(key, key))


class TermsUnreadable(InputError, ValueError):
    """Saved terms (a quote's, the last run's) that are not terms: a ValueError too, for readers that set aside
    what they cannot read."""

    def __init__(self, message: Message):
        super().__init__("terms", message)


def _shown(value: Any) -> Verbatim:
    text = repr(value)
    return Verbatim(text if len(text) <= 40 else text[:39] + "…")


@dataclass(frozen=True)
class Terms:
    """What the seller offers; an empty ``incoterm`` means a freight quote only. Numbers may be given as typed
    (``"1 234,5"``); ``inputs`` holds figures for blank cells of the commercial sheets, by ``row_id`` (the row's
    only blank figure) or ``row_id.column``."""

    incoterm: str = ""
    named_place: str = ""  # a place of the routes; blank: the rule's usual place (origin or destination)
    goods_value: float | str | None = None
    goods_basis: str = "per_tonne"
    goods_currency: str = "USD"
    margin: float | str = 0
    margin_basis: str = "percent"  # of the seller's costs before insurance; or per tonne, in the goods currency
    insurance_cover: str = ""  # "", icc_a, icc_b, icc_c
    insurance_rate_pct: float | str | None = None
    insured_pct: float | str = 110
    importer_of_record: str = ""  # buyer; seller or broker (DDP only); blank: as the rule has it
    importer: str = "company"  # company or other person (Pakistan's withholding tax)
    importer_atl: bool = True  # on Pakistan's Active Taxpayers List
    resale: bool = False  # a commercial importer, buying for resale
    origin_proof: bool = False  # a certificate of origin for a tariff preference
    goods_origin: str = ""  # ISO country of origin of the goods; blank: the country the route starts in
    inputs: tuple[tuple[str, float], ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.incoterm.strip())

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["inputs"] = {key: value for key, value in self.inputs}
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any] | None) -> "Terms":
        """Terms saved with a quote (unknown keys are ignored, so an older or newer program's quotes open); terms
        of the wrong shape (a list, a margin that is a list, a yes/no that is text) are refused in one line
        (TermsUnreadable)."""
        if data is None or data == {} or data == "":
            return cls()
        if not isinstance(data, dict):
            raise TermsUnreadable(Message(tmsg.TERMS_SHAPE, value=_shown(data)))
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "inputs" or f.name not in data:
                continue
            value = data[f.name]
            if isinstance(f.default, bool):
                fits = isinstance(value, bool)
            elif isinstance(f.default, str):
                fits = isinstance(value, str)
            else:  # a figure, as a number or as typed
                fits = value is None or isinstance(value, (int, float, str)) and not isinstance(value, bool)
            if not fits:
                raise TermsUnreadable(Message(tmsg.TERMS_FIELD, key=Verbatim(f.name), value=_shown(value)))
            values[f.name] = value if isinstance(f.default, (bool, str)) else v.as_saved(value)  # "1.500": 1.5
        inputs = data.get("inputs") or {}
        if not isinstance(inputs, dict):
            raise TermsUnreadable(Message(tmsg.TERMS_FIELD, key=Verbatim("inputs"), value=_shown(inputs)))
        figures = []
        for key, value in inputs.items():
            try:
                figure = float(value) if not isinstance(value, bool) and isinstance(value, (int, float, str)) else None
            except ValueError:
                figure = None
            if figure is None or not math.isfinite(figure):
                raise TermsUnreadable(Message(tmsg.TERMS_FIELD, key=Verbatim(f"inputs.{key}"), value=_shown(value)))
            figures.append((str(key), figure))
        values["inputs"] = tuple(sorted(figures))
        return cls(**values)

    def with_input(self, key: str, value: float | None) -> "Terms":
        kept = tuple((k, v) for k, v in self.inputs if k != key)
        return replace(self, inputs=tuple(sorted(kept + (((key, value),) if value is not None else ()))))


@dataclass(frozen=True)
class Insurance:
    cover: str
    rate: float  # premium as a fraction of the insured value
    insured: float  # insured value as a fraction of the value insured (1.1 = 110 %)


@dataclass(frozen=True)
class CheckedTerms:
    """Terms as numbers, with the rule and the named place looked up."""

    terms: Terms
    rule: IncotermRule
    place: Place
    goods_value: float  # in goods currency, per tonne or in total as ``terms.goods_basis`` says
    margin: float  # a fraction (percent basis) or an amount per tonne in the goods currency
    insurance: Insurance | None
    goods_origin: str
    inputs: dict[tuple[str, str], float]


def _figure(value: Any, field: str, what: str, *, zero: bool = False, percent: bool = False) -> float:
    """A number as typed in any interface language; ``zero``: nought (or a blank) is allowed too; ``percent``: a
    per cent sign after it ("5%", "5 %") says what the field means, and is dropped. ``what``: a key of WORDS, or a
    Verbatim name (a row id)."""
    if percent and isinstance(value, str) and value.strip().endswith("%"):
        value = value.strip()[:-1]
    if zero:
        if value is None or (isinstance(value, str) and not value.strip()):
            return 0.0
        try:
            if float(str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")) == 0:
                return 0.0
        except ValueError:
            pass
    return parse_quantity(value if value is not None else "", what=what if isinstance(what, Verbatim) else word(what),
                          field=field)


def rule_fits(rule: IncotermRule, legs, place_id: str) -> bool:
    """Whether a sea-only rule has its sea leg at the named place on a route (any-mode rules always fit)."""
    if rule.modes != "sea":
        return True
    if rule.sea_leg == "from":
        return any(leg.mode in SEA_MODES and leg.from_id == place_id for leg in legs)
    return any(leg.mode in SEA_MODES and leg.to_id == place_id for leg in legs)


def default_place(rule: IncotermRule, result: QuoteResult) -> str:
    """The place a rule usually names: the first port a sea leg leaves (FAS, FOB) or the last it reaches (CFR,
    CIF), else the origin for shipment rules and the destination for the others."""
    if rule.modes == "sea":
        for route in result.routes:
            if not (route.available and route.cost is not None):
                continue
            legs = [leg for leg in route.legs if leg.mode in SEA_MODES]
            if legs:
                return legs[0].from_id if rule.sea_leg == "from" else legs[-1].to_id
    return result.origin.place_id if rule.named_place == "shipment" else result.destination.place_id


def check_terms(tables: Tables, result: QuoteResult, terms: Terms) -> CheckedTerms:
    """Terms checked against the tables and the routes of ``result``; an InputError names the field at fault."""
    trade = tables.trade
    if trade is None or not trade.incoterms:
        raise InputError("incoterm", Message(tmsg.NO_TERMS_TABLES))
    code = terms.incoterm.strip().upper()
    rule = trade.incoterms.get(code)
    if rule is None:
        raise InputError("incoterm", Message(tmsg.UNKNOWN_INCOTERM, text=Verbatim(terms.incoterm.strip()),
                                             known=Verbatim(", ".join(trade.incoterms))))
    place = (find_place(tables, terms.named_place, field="named_place") if terms.named_place.strip()
             else tables.places[default_place(rule, result)])
    routes = [r for r in result.routes if r.cost is not None]
    on_routes = [r for r in routes if place.place_id in r.place_ids]
    if routes and not on_routes:
        raise InputError("named_place", Message(tmsg.PLACE_NOT_ON_ROUTES, place=place.name))
    if rule.modes == "sea" and on_routes and not any(rule_fits(rule, r.legs, place.place_id) for r in on_routes):
        instead = {"from": "FCA", "to": "CIP" if rule.insurance else "CPT"}[rule.sea_leg]
        raise InputError("incoterm", Message(tmsg.SEA_RULE_NO_SEA, rule=Verbatim(rule.rule), place=place.name,
                                             way=Term(tmsg.SEA_LEG_FROM if rule.sea_leg == "from"
                                                      else tmsg.SEA_LEG_TO), instead=Verbatim(instead)))
    importing = result.destination.country
    if rule.import_clearance == "seller" and trade.imported(result.origin.country, importing) and \
            trade.imported(place.country, importing) and not _enters_at(tables, on_routes, place, importing):
        raise InputError("named_place", Message(tmsg.DUTY_PAID_PLACE_BEFORE_IMPORT, rule=Verbatim(rule.rule),
                                                place=place.name, place_country=country_term(place.country),
                                                country=country_term(importing)))
    if terms.goods_value is None or (isinstance(terms.goods_value, str) and not terms.goods_value.strip()):
        raise InputError("goods_value", Message(tmsg.GOODS_VALUE_NEEDED, rule=Verbatim(rule.rule)))
    goods = checked_goods_value(tables, result, terms)
    margin = _figure(terms.margin, "margin", "margin", zero=True, percent=terms.margin_basis == "percent")
    if terms.margin_basis == "percent":
        if margin > v.MARGIN_PCT:
            raise InputError("margin", Message(dmsg.BAD_PERCENT, what=word("margin"), low=Figure(0, "g"),
                                               high=Figure(v.MARGIN_PCT, "g"), text=Verbatim(f"{margin:g}")))
        margin /= 100.0
    else:
        _per_tonne_at_most(tables, result, terms, margin, 1.0, "margin")
    insurance = _insurance(rule, terms)
    importer = terms.importer_of_record or ("seller" if rule.duties_taxes == "seller" else "buyer")
    if importer not in IMPORTERS_OF_RECORD or (importer != "buyer" and rule.duties_taxes != "seller"):
        raise InputError("importer", Message(tmsg.IMPORTER_SELLER_ONLY_DDP))
    if importer == "buyer" and rule.duties_taxes == "seller":
        raise InputError("importer", Message(tmsg.IMPORTER_SELLER_UNDER_DDP))
    terms = replace(terms, importer_of_record=importer)
    origin = (terms.goods_origin.strip().upper() or result.origin.country)
    known = origin_countries(tables)
    if origin not in known:  # a typo ("PJ") would silently lose a preference
        raise InputError("goods_origin", Message(qmsg.UNKNOWN_KNOWN, what=word("goods_origin"),
                                                 text=Verbatim(terms.goods_origin.strip()),
                                                 known=Verbatim(", ".join(known))))
    from .blank_figures import given_inputs  # (which reads a figure as this module does)

    return CheckedTerms(terms, rule, place, goods, margin, insurance, origin, given_inputs(trade, terms))


def _enters_at(tables: Tables, routes: list, place, importing: str) -> bool:
    """Whether the goods enter the importing country's customs territory at ``place``: a border crossing the tables
    give one country of its pair (Saryagash / Keles, in Kazakhstan) from which a route goes on into it."""
    if place.kind != "border_crossing":
        return False
    for route in routes:
        ids = route.place_ids
        at = ids.index(place.place_id)
        if at + 1 < len(ids) and not tables.trade.imported(tables.places[ids[at + 1]].country, importing):
            return True
    return False


def origin_countries(tables: Tables) -> list[str]:
    """The countries the goods may come from, as the tables know them: their places' and those their customs rules
    name (a preference's origins, a customs territory's members)."""
    known = {place.country for place in tables.places.values()}
    trade = tables.trade
    if trade is not None:
        known.update(country for duty in trade.duties for country in duty.origin_countries)
        known.update(country for _, country in trade.tariff_lines)
        known.update(country for valuation in trade.valuation.values() for country in valuation.territory)
    return sorted(known)


def checked_goods_value(tables: Tables, result: QuoteResult, terms: Terms) -> float:
    """The goods' value as given (per tonne or in total, as ``terms.goods_basis`` says), in a currency of the
    tables and at most GOODS_USD_PER_T a tonne; an InputError on ``goods_value`` says what is wrong."""
    goods = _figure(terms.goods_value, "goods_value", "goods_value")
    if terms.goods_currency.strip().upper() not in tables.currencies:
        from .money import FxTable

        raise FxTable(tables.fx).unknown_currency(terms.goods_currency.strip(), "goods_value")
    tonnes = result.load.tonnes if terms.goods_basis == "total" else 1.0
    _per_tonne_at_most(tables, result, terms, goods, tonnes, "goods_value")
    return goods


def _per_tonne_at_most(tables: Tables, result: QuoteResult, terms: Terms, value: float, tonnes: float,
                       field: str) -> None:
    """An amount in the goods' currency for ``tonnes`` (1: per tonne) worth at most GOODS_USD_PER_T a tonne, at the
    quote's rates."""
    from .landed import Rates
    from .money import FxTable

    currency = terms.goods_currency.strip().upper()
    limit = v.GOODS_USD_PER_T * tonnes * float(Rates(FxTable(tables.fx), result).factor("USD", currency))
    if value > limit:
        unit = dmsg.MONEY_PER_T if terms.goods_basis != "total" or field != "goods_value" else dmsg.MONEY
        raise InputError(field, Message.joined([word(field), Message(
            fmsg.CELL_ABOVE, maximum=Message(unit, amount=Figure(limit, ",.0f"), currency=Verbatim(currency)),
            value=Message(unit, amount=Figure(value, ",.10g"), currency=Verbatim(currency)))], ": "))


def _insurance(rule: IncotermRule, terms: Terms) -> Insurance | None:
    rate_given = terms.insurance_rate_pct not in (None, "") and not (
        isinstance(terms.insurance_rate_pct, str) and not terms.insurance_rate_pct.strip())
    cover = terms.insurance_cover
    if rule.insurance == "seller":
        wanted = rule.min_cover or "icc_c"
        if not rate_given:
            raise InputError("insurance", Message(tmsg.INSURANCE_REQUIRED, rule=Verbatim(rule.rule),
                                                  cover=word(wanted), percent=Figure(rule.min_insured_pct or 110,
                                                                                      "g")))
        cover = cover or wanted
        if COVER_ORDER.get(cover, 0) < COVER_ORDER[wanted]:
            raise InputError("insurance", Message(tmsg.COVER_TOO_LOW, rule=Verbatim(rule.rule), cover=word(wanted)))
    elif not cover:
        return None
    elif not rate_given:  # insurance by choice: the rule obliges no one to it
        raise InputError("insurance", Message(tmsg.INSURANCE_RATE_NEEDED, cover=word(cover)))
    if cover not in COVER_ORDER:
        raise InputError("insurance", Message(tmsg.RATE_NEEDS_COVER))
    rate = _figure(terms.insurance_rate_pct, "insurance", "insurance", percent=True)
    if rate > MAX_PREMIUM_PCT:
        raise InputError("insurance", Message(tmsg.PREMIUM_TOO_HIGH, rate=Figure(rate, "g")))
    insured = _figure(terms.insured_pct, "insured_pct", "insured_pct", percent=True)
    minimum = rule.min_insured_pct if rule.insurance == "seller" else None
    if minimum is not None and insured < minimum:
        raise InputError("insured_pct", Message(tmsg.INSURED_TOO_LOW, rule=Verbatim(rule.rule),
                                                percent=Figure(minimum, "g")))
    low, high = v.INSURED_PCT
    if not math.isfinite(insured) or insured < low:
        raise InputError("insured_pct", Message(tmsg.INSURED_TOO_LOW, rule=Verbatim(rule.rule),
                                                percent=Figure(low, "g")))
    if insured > high:  # also keeps the premium's gross-up from dividing by zero (validation.INSURED_PCT)
        raise InputError("insured_pct", Message(dmsg.BAD_PERCENT, what=word("insured_pct"),
                                                low=Figure(minimum or low, "g"), high=Figure(high, "g"),
                                                text=Verbatim(f"{insured:g}")))
    return Insurance(cover, rate / 100.0, insured / 100.0)


def place_choices(tables: Tables, result: QuoteResult, rule: IncotermRule | None) -> list[str]:
    """The places a rule may name on this quote's routes, in travel order of the cheapest route first: for a
    sea rule only the ports its sea leg leaves or reaches."""
    order: list[str] = []
    for route in result.routes:
        if not (route.available and route.cost is not None):
            continue
        for place_id in route.place_ids:
            if place_id in order:
                continue
            if rule is None or rule.modes != "sea" or rule_fits(rule, route.legs, place_id):
                order.append(place_id)
    return order
