"""The commercial tables, as read and checked from the tariffs workbook (gui/core/trade_sheets.py): Incoterms rules,
tariff lines, duties, import taxes, fees, fee units and how each country builds the customs value; and what a quote
asks of them (a row valid on a day, the tariff line into a country, whether a move is an import)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from . import model as m
from .tariff_lines import TariffLine, hs_digits


def hs_matches(prefixes: tuple[str, ...], code: str) -> int:
    """How specific the best matching prefix is (its length; 0 for ``*``), or -1 when none matches."""
    digits = hs_digits(code)
    best = -1
    for prefix in prefixes:
        if prefix == "*":
            best = max(best, 0)
        elif digits.startswith(prefix):
            best = max(best, len(prefix))
    return best


@dataclass(frozen=True)
class Dated:
    """Validity dates and the date a figure was published, shared by duties, taxes and fees."""

    valid_from: dt.date | None
    valid_to: dt.date | None
    as_of: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    @property
    def dated(self) -> dt.date | None:
        return self.as_of or self.valid_from


@dataclass(frozen=True)
class IncotermRule:
    rule: str
    name: str
    modes: str  # "any" or "sea"
    sea_leg: str  # sea rules: "from" (a sea leg leaves the named place) or "to" (arrives there)
    named_place: str  # "shipment" or "destination": where the named place usually is
    carriage: str  # "none" or "to_named_place": the carriage the seller pays
    at_named_place: str  # who pays the charges at the named place (loading, unloading, transfer)
    export_clearance: str
    import_clearance: str
    duties_taxes: str
    insurance: str  # "seller" where the seller must insure, else ""
    min_cover: str
    min_insured_pct: float | None
    risk_in_transit: str  # who bears the risk in the main carriage, and so would insure it by choice
    risk_passes: str
    origin: m.Origin
    local_names: tuple[tuple[str, str], ...] = ()
    local_risks: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    at_seller_premises: str = ""  # who pays them where the named place is the seller's premises; "": as elsewhere

    def at_place(self, premises: bool) -> str:
        """Who pays the loading, unloading and handling at the named place: at the seller's premises (the route's
        origin) the party the row names for them (FCA: the seller loads), elsewhere its party at the named place
        (FCA: the goods arrive on the seller's vehicle, and the buyer unloads them)."""
        return (self.at_seller_premises if premises else "") or self.at_named_place


@dataclass(frozen=True)
class Duty(Dated):
    duty_id: str = ""
    country: str = ""
    hs_codes: tuple[str, ...] = ("*",)
    charge: str = ""
    kind: str = "ad_valorem"
    rate_pct: float | None = None
    specific_amount: float | None = None
    specific_currency: str = ""
    specific_per: str = ""
    factor: float | None = None
    origin_countries: tuple[str, ...] = ()
    proof: str = ""
    when_duty_from: float | None = None
    when_duty_to: float | None = None
    origin: m.Origin = field(default_factory=m.Origin)
    local_charges: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    local_proofs: tuple[tuple[str, str], ...] = ()  # (language code, the proof a preference needs)

    @property
    def inputs(self) -> tuple[str, ...]:
        """The figures this row leaves to the user (blank cells the computation needs)."""
        needed = {"ad_valorem": ("rate_pct",), "specific": ("specific_amount",),
                  "ad_valorem_min_specific": ("rate_pct", "specific_amount")}.get(self.kind, ())
        return tuple(name for name in needed if getattr(self, name) is None)


@dataclass(frozen=True)
class ImportTax(Dated):
    tax_id: str = ""
    country: str = ""
    tax: str = ""
    rate_pct: float | None = None
    base: tuple[str, ...] = ("customs_value",)
    step: int = 1
    hs_codes: tuple[str, ...] = ("*",)
    importer: str = "*"
    atl: str = "*"
    resale: str = "*"
    entry_places: tuple[str, ...] = ("*",)
    origin: m.Origin = field(default_factory=m.Origin)
    local_charges: tuple[tuple[str, str], ...] = ()
    notes: str = ""

    @property
    def inputs(self) -> tuple[str, ...]:
        return ("rate_pct",) if self.rate_pct is None else ()


@dataclass(frozen=True)
class Fee(Dated):
    fee_id: str = ""
    country: str = ""
    side: str = "import"
    charge: str = ""
    basis: str = "per_declaration"
    amount: float | None = None
    currency: str = ""
    value_from: float | None = None
    value_to: float | None = None
    hs_codes: tuple[str, ...] = ("*",)
    condition: str = "always"
    origin: m.Origin = field(default_factory=m.Origin)
    local_charges: tuple[tuple[str, str], ...] = ()
    notes: str = ""

    @property
    def inputs(self) -> tuple[str, ...]:
        return ("amount",) if self.amount is None else ()


@dataclass(frozen=True)
class FeeUnit:
    """An index a fee is set in (Kazakhstan's MRP): its value in money for a span of dates."""

    unit: str
    country: str
    value: float
    currency: str
    valid_from: dt.date
    valid_to: dt.date
    origin: m.Origin


@dataclass(frozen=True)
class Valuation:
    """How an importing country builds the customs value: up to the place the goods enter ``territory`` (a customs
    union counts as one), with the handling at that place (``entry_handling``) or without it."""

    country: str
    territory: tuple[str, ...]
    currency: str
    entry_handling: bool
    origin: m.Origin
    notes: str = ""


@dataclass(frozen=True)
class TradeTables:
    incoterms: dict[str, IncotermRule]
    tariff_lines: dict[tuple[str, str], tuple[TariffLine, ...]]  # (cargo id, importing country): its lines
    duties: tuple[Duty, ...]
    taxes: tuple[ImportTax, ...]
    fees: tuple[Fee, ...]
    fee_units: tuple[FeeUnit, ...]
    valuation: dict[str, Valuation]
    sheets: frozenset[str]  # the sheets the workbook has

    def export_code(self, cargo_id: str, origin: str, destination: str) -> str:
        """The goods' HS code for the export side's fees (a phytosanitary certificate for plants): the origin
        country's line for the cargo, else the importing country's, else any country's — the first six digits
        are the same everywhere, so a destination with no line of its own does not hide the exporter's fees."""
        for country in (origin, destination):
            lines = self.tariff_lines.get((cargo_id, country))
            if lines:
                return lines[0].hs_code
        return next((lines[0].hs_code for (cargo, _), lines in sorted(self.tariff_lines.items()) if cargo == cargo_id),
                    "")

    def imported(self, origin_country: str, destination_country: str) -> bool:
        """Whether goods moving from one country to the other cross a customs border: not within one country, nor
        within the customs territory the destination's valuation row names (Kostanay → Bishkek, in the EAEU)."""
        if origin_country == destination_country:
            return False
        valuation = self.valuation.get(destination_country)
        return valuation is None or origin_country not in valuation.territory

    def tariff_line(self, cargo_id: str, country: str, day: dt.date) -> TariffLine | None:
        """The cargo's tariff line into ``country`` for goods cleared on ``day`` (a seasonal line by its season)."""
        return next((line for line in self.tariff_lines.get((cargo_id, country), ()) if line.in_season(day)), None)

    def local_texts(self, language: str) -> dict[str, str]:
        texts: dict[str, str] = {}
        for row in (*self.duties, *self.taxes, *self.fees):
            local = dict(row.local_charges).get(language)
            if local:
                texts.setdefault(getattr(row, "charge", "") or getattr(row, "tax", ""), local)
        for duty in self.duties:
            local = dict(duty.local_proofs).get(language)
            if local:
                texts.setdefault(duty.proof, local)
        for rule in self.incoterms.values():
            for english, pairs in ((rule.name, rule.local_names), (rule.risk_passes, rule.local_risks)):
                local = dict(pairs).get(language)
                if local:
                    texts.setdefault(english, local)
        return texts

    def user_inputs(self) -> int:
        return sum(len(row.inputs) for row in (*self.duties, *self.taxes, *self.fees))
