"""What new commercial sheets change against those in use: duties, import taxes, fees, fee units and tariff lines,
in the words of the other changes (gui/core/changes.py) so that `check --changes` and the window list them alike."""
from __future__ import annotations

from typing import Any, Callable


from . import file_messages as fmsg
from . import rate_messages as rmsg
from .changes import Change, _date
from .messages import QT_TRANSLATE_NOOP, RATE, Figure, Message, Term, Verbatim
from .trade_messages import country_term
from .trade_tables import Duty, Fee, FeeUnit, ImportTax, TariffLine, TradeTables

THINGS = {
    "duty": QT_TRANSLATE_NOOP("Terms", "duty"), "import tax": QT_TRANSLATE_NOOP("Terms", "import tax"),
    "fee": QT_TRANSLATE_NOOP("Terms", "customs fee"), "fee unit": QT_TRANSLATE_NOOP("Terms", "fee unit"),
    "tariff line": QT_TRANSLATE_NOOP("Terms", "tariff line"),
    "commercial sheets": QT_TRANSLATE_NOOP("Terms", "commercial sheets"),
}
BLANK = QT_TRANSLATE_NOOP("Terms", "blank, for the user to give")
PROHIBITED = QT_TRANSLATE_NOOP("Terms", "imports prohibited")
PER = {"per_declaration": QT_TRANSLATE_NOOP("Terms", "per declaration"),
       "per_unit": QT_TRANSLATE_NOOP("Terms", "per unit"),
       "per_consignment": QT_TRANSLATE_NOOP("Terms", "per consignment")}
PERCENT = QT_TRANSLATE_NOOP("CoreMessages", "{rate} %")
PER_QUANTITY = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {currency} per {per}")
AT_LEAST = QT_TRANSLATE_NOOP("CoreMessages", "{rate} %, but not less than {specific}")
TIMES = QT_TRANSLATE_NOOP("CoreMessages", "× {factor} of the rate for {origins}")
FOR_VALUES = QT_TRANSLATE_NOOP("CoreMessages", "{details} for a value from {low} to {high}")
VALID = QT_TRANSLATE_NOOP("CoreMessages", "{details}, valid {start} to {end}")
ITEM = QT_TRANSLATE_NOOP("CoreMessages", "{id} {charge} ({country}, {codes})")
LINE_ITEM = QT_TRANSLATE_NOOP("CoreMessages", "{cargo} into {country}")
SHEETS_ADDED = QT_TRANSLATE_NOOP("CoreMessages", "commercial sheets added: prices under Incoterms with duties, "
                                                 "taxes and fees")
SHEETS_REMOVED = QT_TRANSLATE_NOOP("CoreMessages", "commercial sheets removed: the new tables quote freight only")


def _figure(value: float | None, blank: bool = True):
    return Term(BLANK) if value is None and blank else Figure(value, RATE)


def _dated(row: Any, details: Message | Term) -> Message | Term:
    if row.valid_from or row.valid_to:
        details = Message(VALID, details=details, start=_date(row.valid_from), end=_date(row.valid_to))
    # a figure re-dated is news even when it is the same
    return Message(rmsg.RATE_AS_OF, details=details, date=row.as_of) if row.as_of else details


def duty_details(duty: Duty) -> Message | Term:
    specific = Message(PER_QUANTITY, amount=_figure(duty.specific_amount), currency=Verbatim(duty.specific_currency),
                       per=Verbatim(duty.specific_per))
    if duty.kind == "prohibited":
        details: Message | Term = Term(PROHIBITED)
    elif duty.kind == "specific":
        details = specific
    elif duty.kind == "ad_valorem_min_specific":
        details = Message(AT_LEAST, rate=_figure(duty.rate_pct), specific=specific)
    elif duty.kind == "preference":
        details = Message(TIMES, factor=_figure(duty.factor), origins=Verbatim(", ".join(duty.origin_countries)))
    else:
        details = Message(PERCENT, rate=_figure(duty.rate_pct))
    return _dated(duty, details)


def tax_details(tax: ImportTax) -> Message | Term:
    return _dated(tax, Message(PERCENT, rate=_figure(tax.rate_pct)))


def fee_details(fee: Fee) -> Message | Term:
    details = Message(PERCENT, rate=_figure(fee.amount)) if fee.basis == "percent_of_value" else Message(
        fmsg.RATE_DETAILS, amount=_figure(fee.amount), currency=Verbatim(fee.currency),
        basis=Term(PER.get(fee.basis, fee.basis)))
    if fee.value_from is not None or fee.value_to is not None:
        details = Message(FOR_VALUES, details=details, low=Figure(fee.value_from or 0, RATE),
                          high=_date(None) if fee.value_to is None else Figure(fee.value_to, RATE))
    return _dated(fee, details)


def _item(row: Any, key: str, charge: str) -> Message:
    return Message(ITEM, id=Verbatim(getattr(row, key)), charge=charge, country=country_term(row.country),
                   codes=Verbatim("; ".join(getattr(row, "hs_codes", ("*",)))))


def _compare(kind: str, old: dict, new: dict, describe: Callable[[Any], Message],
             label: Callable[[Any], Message]) -> list[Change]:
    what = Term(THINGS[kind])
    changes = []
    for key in sorted(new.keys() - old.keys(), key=str):
        changes.append(Change("added", kind, str(key), Message(fmsg.CHANGE_ADDED, what=what, item=label(new[key]),
                                                               details=describe(new[key]))))
    for key in sorted(old.keys() - new.keys(), key=str):
        changes.append(Change("removed", kind, str(key), Message(fmsg.CHANGE_REMOVED, what=what,
                                                                 item=label(old[key]), details=describe(old[key]))))
    for key in sorted(old.keys() & new.keys(), key=str):
        before, after = describe(old[key]), describe(new[key])
        if before != after:
            changes.append(Change("changed", kind, str(key), Message(fmsg.CHANGE_CHANGED, what=what,
                                                                     item=label(new[key]), before=before,
                                                                     after=after)))
    return changes


def compare_trade(old: TradeTables | None, new: TradeTables | None) -> list[Change]:
    """Every difference in the commercial sheets a forwarder should see before new tables replace those in use."""
    if old is None and new is None:
        return []
    if old is None or new is None:
        text = SHEETS_ADDED if old is None else SHEETS_REMOVED
        return [Change("added" if old is None else "removed", "commercial sheets", "", Message(text))]

    def line_label(line: TariffLine) -> Message:
        return Message(LINE_ITEM, cargo=Verbatim(line.cargo_id), country=country_term(line.country))

    def unit_details(unit: FeeUnit) -> Message:
        return Message(VALID, details=Message(PER_QUANTITY, amount=Figure(unit.value, RATE),
                                              currency=Verbatim(unit.currency), per=Verbatim(unit.unit)),
                       start=unit.valid_from, end=unit.valid_to)

    changes = _compare("duty", {d.duty_id: d for d in old.duties}, {d.duty_id: d for d in new.duties},
                       duty_details, lambda d: _item(d, "duty_id", d.charge))
    changes += _compare("import tax", {t.tax_id: t for t in old.taxes}, {t.tax_id: t for t in new.taxes},
                        tax_details, lambda t: _item(t, "tax_id", t.tax))
    changes += _compare("fee", {f.fee_id: f for f in old.fees}, {f.fee_id: f for f in new.fees}, fee_details,
                        lambda f: _item(f, "fee_id", f.charge))
    changes += _compare("fee unit", {(u.unit, u.country, u.valid_from): u for u in old.fee_units},
                        {(u.unit, u.country, u.valid_from): u for u in new.fee_units}, unit_details,
                        lambda u: Message(fmsg.ID_AND_NAME, id=Verbatim(u.unit), name=country_term(u.country)))
    def by_season(trade: TradeTables) -> dict:
        return {(*key, line.season_text): line for key, lines in trade.tariff_lines.items() for line in lines}

    changes += _compare("tariff line", by_season(old), by_season(new),
                        lambda line: Verbatim(" ".join(filter(None, (line.hs_code, line.season_text)))), line_label)
    return changes
