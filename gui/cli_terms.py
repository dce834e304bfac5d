"""The command line's commercial terms: `quote ... --incoterm CPT --place Karachi --goods-value "180 USD/t"`."""
from __future__ import annotations

import argparse
import re

from .cli_output import written_over
from .core.files import same_file
from .core.terms import Terms

COVERS = {"a": "icc_a", "b": "icc_b", "c": "icc_c", "icc_a": "icc_a", "icc_b": "icc_b", "icc_c": "icc_c",
          "icca": "icc_a", "iccb": "icc_b", "iccc": "icc_c", "none": ""}
_GOODS = re.compile(r"^\s*(?P<number>[0-9][0-9\s.,\u00a0]*(?:[eE][+-]?[0-9]+)?)"  # an exponent as --quantity takes
                    r"\s*(?P<currency>[A-Za-z]{3})?\s*(?P<per>/\s*t)?\s*$")


def _cover(text: str) -> str:
    key = text.strip().lower().replace(" ", "").replace("(", "").replace(")", "")
    if key not in COVERS:
        raise argparse.ArgumentTypeError(f"expected ICC A, B or C (or none), got {text!r}")
    return COVERS[key]


def _setting(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise argparse.ArgumentTypeError(f"expected ID=VALUE such as pk-clearing-agent=25000, got {text!r}")
    return key.strip(), value.strip()


def add_terms_arguments(quote: argparse.ArgumentParser) -> None:
    terms = quote.add_argument_group("commercial terms (a price under an Incoterm, and the buyer's landed cost)")
    terms.add_argument("--incoterm", default="", metavar="RULE",
                       help="Incoterms 2020 rule: EXW, FCA, CPT, CIP, DAP, DPU, DDP; FAS, FOB, CFR, CIF by sea")
    terms.add_argument("--place", default="", help="the named place, one of the routes' places (default: the "
                                                   "rule's usual one, the origin or the destination)")
    terms.add_argument("--goods-value", default=None, metavar="VALUE",
                       help="value of the goods: '180 USD/t' per tonne or '90000 USD' in total (the currency "
                            "defaults to --currency)")
    terms.add_argument("--margin", default=None, help="seller's margin: '5%%' of its costs before insurance (under "
                                                     "DDP the duties, taxes and import fees are passed on at cost), "
                                                     "or '12/t' per tonne in the goods' currency")
    terms.add_argument("--insurance", type=_cover, default=None, metavar="COVER",
                       help="cargo insurance cover: ICC A, B or C (CIP needs at least A, CIF at least C)")
    terms.add_argument("--insurance-rate", default=None, metavar="PCT", help="premium, %% of the insured value")
    terms.add_argument("--insured", default=None, metavar="PCT", help="insured value, %% of the CIF/CIP value, "
                                                                     "100 to 200 (default 110)")
    terms.add_argument("--importer-of-record", choices=("buyer", "seller", "broker"), default=None,
                       help="who imports: the buyer, or under DDP the seller's own entity or a broker for it")
    terms.add_argument("--importer", choices=("company", "other"), default=None,
                       help="the importer's kind, for Pakistan's withholding tax (default company)")
    terms.add_argument("--not-active-taxpayer", action="store_true",
                       help="the importer is not on Pakistan's Active Taxpayers List (withholding tax doubles)")
    terms.add_argument("--resale", action="store_true", help="a commercial importer, buying for resale")
    terms.add_argument("--origin-proof", action="store_true",
                       help="a certificate of origin goes with the goods, for a tariff preference")
    terms.add_argument("--goods-origin", default="", metavar="CC",
                       help="country of origin of the goods (ISO code; default: the origin place's country)")
    terms.add_argument("--set", dest="settings", action="append", type=_setting, default=[], metavar="ID=VALUE",
                       help="a rate or fee the tables leave blank, e.g. --set pk-clearing-agent=25000 or "
                            "--set kz-cd-0805-2.rate_pct=5; repeat for several")


# options that change nothing in a freight quote (no --incoterm), as the user typed them
PRICE_OPTIONS = {"place": "--place", "margin": "--margin", "insurance": "--insurance",
                 "insurance_rate": "--insurance-rate", "insured": "--insured",
                 "importer_of_record": "--importer-of-record", "importer": "--importer",
                 "not_active_taxpayer": "--not-active-taxpayer", "resale": "--resale", "origin_proof": "--origin-proof",
                 "goods_origin": "--goods-origin", "settings": "--set"}


def need(given: list[str]) -> str:
    """``--a needs``, ``--a and --b need``, ``--a, --b and --c need``."""
    named = " and ".join([", ".join(given[:-1]), given[-1]] if len(given) > 1 else given)
    return f"{named} {'needs' if len(given) == 1 else 'need'}"


def unused_options(args: argparse.Namespace) -> str:
    """An option given with nothing to read in it, or without the one it depends on, which would be ignored, or two
    documents to one file, which would leave only the last: a usage error naming them (or "")."""
    for key, flag, example in (("margin", "--margin", "'5%' or '12/t'"), ("insured", "--insured", "110"),
                               ("max_cost", "--max-cost", "40000 or 80/t")):
        value = getattr(args, key, None)
        if isinstance(value, str) and not value.replace("%", "").replace("/t", "").strip():
            # typed with nothing to read ("--margin %", a shell variable left empty): it read as none or 0 %
            return f"{flag} {'is empty' if not value.strip() else f'{value.strip()!r} holds no figure'}: give one " \
                   f"such as {example}, or leave the option out"
    if any(not text.strip(" ,;") for text in getattr(args, "avoid", ())):
        return "--avoid is empty: give a place or a country such as AF, or leave the option out"
    if not args.incoterm:
        given = [flag for key, flag in PRICE_OPTIONS.items() if getattr(args, key) not in (None, "", False, [])]
        if given:
            return f"{need(given)} --incoterm: without an Incoterm the quote is freight only"
        if args.goods_value is not None and args.capital_rate is None:
            return "--goods-value needs --incoterm, to price the goods, or --capital-rate, to count them in transit"
    if args.capital_rate is not None and args.goods_value is None:
        return "--capital-rate needs --goods-value: the value tied up in transit"
    if args.on_time is not None and args.arrive_by is None:
        return "--on-time needs --arrive-by: the day it is the certainty of arriving by"
    if not (args.pdf or args.xlsx):  # what goes on the documents only (their defaults cannot be told from a choice)
        given = [flag for flag, used in (("--buyer", bool(args.buyer)), ("--history", args.history is not None),
                                         ("--language", args.language != "en"), ("--bilingual", args.bilingual),
                                         ("--valid-days", args.valid_days != 14)) if used]
        if given:
            they = "it goes" if len(given) == 1 else "they go"
            return f"{need(given)} --pdf or --xlsx: {they} on the documents only"
    if args.pdf and args.xlsx and same_file(args.pdf, args.xlsx):
        return "--pdf and --xlsx name the same file: the PDF would replace the workbook"
    return written_over(args, "quote")


def _per_cent(text: str | None) -> str | None:
    """A percentage as typed, its per cent sign dropped ("0.3%", "110 %"), as --margin's is; the core reads the
    figure."""
    return text.strip().removesuffix("%").strip() if text is not None else None


def terms_from_args(args: argparse.Namespace) -> Terms:
    value, basis, currency = None, "per_tonne", args.currency.strip().upper()
    if args.goods_value is not None:
        match = _GOODS.match(args.goods_value)
        if match:
            value = match["number"].strip()
            currency = (match["currency"] or currency).upper()
            basis = "per_tonne" if match["per"] else "total"
        else:
            value = args.goods_value  # the core says what is wrong with it
    if not args.incoterm:  # a freight quote; the goods' value counts only the money in transit
        return Terms(goods_value=value, goods_basis=basis, goods_currency=currency)
    margin, margin_basis = (args.margin or "0").strip(), "percent"
    if margin.endswith("%"):
        margin = margin[:-1]
    elif margin.replace(" ", "").endswith("/t"):
        margin, margin_basis = margin.replace(" ", "")[:-2], "per_tonne"
    return Terms(incoterm=args.incoterm, named_place=args.place, goods_value=value, goods_basis=basis,
                 goods_currency=currency, margin=margin, margin_basis=margin_basis,
                 insurance_cover=args.insurance or "",
                 insurance_rate_pct=_per_cent(args.insurance_rate), insured_pct=_per_cent(args.insured) or "110",
                 importer_of_record=args.importer_of_record or "",
                 importer=args.importer or "company", importer_atl=not args.not_active_taxpayer, resale=args.resale,
                 origin_proof=args.origin_proof, goods_origin=args.goods_origin,
                 inputs=tuple(args.settings))
