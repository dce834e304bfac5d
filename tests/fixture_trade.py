"""Commercial sheets for the small test network (tests/fixture_tables.py), with figures easy to work by hand:
goods enter Pakistan at beta (by rail through gate) or at port2 (by sea), and are cleared at omega."""
from __future__ import annotations

import datetime as dt

D = dt.date
SRC = {"source_ids": "SRC1"}


def rule(code, modes="any", sea_leg="", place="destination", carriage="to_named_place", at="buyer",
         export="seller", import_="buyer", duties="buyer", insurance="", cover="", insured=None, risk="buyer",
         premises=""):
    return {"rule": code, "name": code, "modes": modes, "sea_leg": sea_leg, "named_place": place,
            "carriage": carriage, "at_named_place": at, "at_seller_premises": premises,
            "export_clearance": export, "import_clearance": import_,
            "duties_taxes": duties, "insurance": insurance, "min_cover": cover, "min_insured_pct": insured,
            "risk_in_transit": risk, "risk_passes": f"{code} risk", **SRC}


TRADE: dict[str, list[dict]] = {
    "incoterms": [
        rule("EXW", place="shipment", carriage="none", export="buyer"),
        rule("FCA", place="shipment", premises="seller"),
        rule("DPU", at="seller", risk="seller"),
        rule("CPT"),
        rule("CIP", insurance="seller", cover="icc_a", insured=110),
        rule("DAP", risk="seller"),
        rule("DDP", import_="seller", duties="seller", risk="seller"),
        rule("FOB", modes="sea", sea_leg="from", place="shipment", at="seller"),
        rule("CIF", modes="sea", sea_leg="to", insurance="seller", cover="icc_c", insured=110),
    ],
    "hs_codes": [
        {"cargo_id": "wheat", "country": "PK", "hs_code": "1001.9900", **SRC},
    ],
    "duties": [
        {"duty_id": "cd", "country": "PK", "hs_codes": "1001", "charge": "customs duty", "kind": "ad_valorem",
         "rate_pct": 10, **SRC},
        {"duty_id": "rd", "country": "PK", "hs_codes": "10", "charge": "regulatory duty",
         "kind": "ad_valorem_min_specific", "rate_pct": 1, "specific_amount": 2, "specific_currency": "USD",
         "specific_per": "t", **SRC},
        {"duty_id": "acd-low", "country": "PK", "hs_codes": "*", "charge": "additional customs duty",
         "kind": "ad_valorem", "rate_pct": 0, "when_duty_from": 0, "when_duty_to": 10, **SRC},
        {"duty_id": "acd-high", "country": "PK", "hs_codes": "*", "charge": "additional customs duty",
         "kind": "ad_valorem", "rate_pct": 4, "when_duty_from": 10.01, "when_duty_to": 100, **SRC},
        {"duty_id": "gsp", "country": "PK", "hs_codes": "1001", "charge": "customs duty", "kind": "preference",
         "factor": 0.5, "origin_countries": "KZ", "proof": "a certificate of origin", **SRC},
        {"duty_id": "ban", "country": "PK", "hs_codes": "1001", "charge": "import prohibition",
         "kind": "prohibited", "valid_from": D(2027, 1, 1), "notes": "test ban", **SRC},
    ],
    "import_taxes": [
        {"tax_id": "st", "country": "PK", "tax": "sales tax", "rate_pct": 20, "base": "customs_value;duties",
         "step": 1, **SRC},
        {"tax_id": "wht", "country": "PK", "tax": "withholding tax", "rate_pct": 5,
         "base": "customs_value;duties;sales tax", "step": 2, "importer": "company", **SRC},
        {"tax_id": "wht-other", "country": "PK", "tax": "withholding tax", "base": "customs_value;duties;sales tax",
         "step": 2, "importer": "other", "estimate_note": "left blank for the tests"},
        {"tax_id": "cess", "country": "PK", "tax": "port cess", "rate_pct": 1, "base": "customs_value",
         "entry_places": "port2", **SRC},
    ],
    "fees": [
        {"fee_id": "gd-low", "country": "PK", "side": "import", "charge": "declaration", "basis": "per_declaration",
         "amount": 280, "currency": "PKR", "value_from": 0, "value_to": 10_000_000, **SRC},
        {"fee_id": "gd-high", "country": "PK", "side": "import", "charge": "declaration",
         "basis": "per_declaration", "amount": 560, "currency": "PKR", "value_from": 10_000_000, **SRC},
        {"fee_id": "broker", "country": "PK", "side": "import", "charge": "broker", "basis": "per_declaration",
         "currency": "PKR", "estimate_note": "left blank for the tests"},
        {"fee_id": "phyto", "country": "KZ", "side": "export", "charge": "phyto certificate", "basis": "per_unit",
         "amount": 1, "currency": "IDX", "hs_codes": "10", **SRC},
    ],
    "fee_units": [
        {"unit": "IDX", "country": "KZ", "value": 1000, "currency": "KZT", "valid_from": D(2026, 1, 1),
         "valid_to": D(2026, 12, 31), **SRC},
    ],
    "customs_valuation": [
        {"country": "PK", "territory": "PK", "currency": "PKR", "entry_handling": "yes", **SRC},
    ],
}
