"""A row of a sheet changed in new tables, said by its sheet, row number and id and the columns that differ, old →
new: a closure whose reason alone was reworded read as the whole closure twice, every column, and a forwarder
could not see what changed (gui/core/changes.py lists the rows; added and removed ones are said whole)."""
from __future__ import annotations

from typing import Any, Callable

from . import change_messages as cmsg
from . import file_messages as fmsg
from . import vocabulary as vocab
from .messages import RATE, Figure, Message, Term, Verbatim
from .sheets import LANGUAGE_CODES

# a column of a sheet and what the report says of a record's value in it; columns a quote does not read (notes,
# sources, the names in other languages) are left out: changed alone, they change no quote
Columns = tuple[tuple[str, Callable[[Any], Any]], ...]


def _given(value, spec: str = RATE):
    return Term(cmsg.NOT_GIVEN) if value is None else Figure(value, spec)


def _day(value, blank: str = cmsg.NOT_GIVEN):
    return value if value else Term(blank)


def _open(value):  # a rate's validity or a closure's end left blank: open-ended
    return _day(value, fmsg.OPEN_END)


def _listed(values) -> Verbatim:
    return Verbatim(";".join(values))


def _yes(value: bool) -> Term:
    return Term(cmsg.YES if value else cmsg.NO)


def _text(value: str):  # a cell as typed; one left empty is said so ("reason_ru: " read as if cut off)
    return Verbatim(value) if value else Term(cmsg.NOT_GIVEN)


def _basis(record) -> Term:
    return Term(vocab.BASES.get(record.basis, record.basis.replace("_", " ")))


_DAYS: Columns = tuple((name, lambda r, name=name: Figure(getattr(r, name), "g"))
                       for name in ("days_min", "days_typical", "days_max"))
_PRICE: Columns = (("basis", _basis), ("amount", lambda r: Figure(r.amount, RATE)),
                   ("currency", lambda r: Verbatim(r.currency)),
                   ("valid_from", lambda r: _open(r.valid_from)), ("valid_to", lambda r: _open(r.valid_to)))


def _effect(closure) -> Term:
    return Term(fmsg.CLOSED if closure.closed else cmsg.PROPOSED if closure.proposed else fmsg.RISK)


def _reason_in(code: str) -> Callable[[Any], Any]:
    return lambda closure: _text(dict(closure.local_reasons).get(code, ""))


# each kind of row by its sheet and the columns compared, in the sheet's order
SHEETS: dict[str, tuple[str, Columns]] = {
    "rate": ("leg_rates", (
        ("leg_id", lambda r: Verbatim(r.leg_id)), ("direction", lambda r: Verbatim(r.direction)),
        ("equipment", lambda r: Verbatim(r.equipment)), ("charge", lambda r: Verbatim(r.charge)), *_PRICE,
        ("as_of", lambda r: _day(r.as_of)), ("min_t_per_unit", lambda r: _given(r.min_t_per_unit)))),
    "node fee": ("node_fees", (
        ("place_id", lambda f: Verbatim(f.place_id)), ("event", lambda f: vocab.event_term(f.event)),
        ("mode", lambda f: vocab.mode_term(f.mode)), ("equipment", lambda f: Verbatim(f.equipment)),
        ("charge", lambda f: Verbatim(f.charge)), *_PRICE, ("direction", lambda f: Verbatim(f.direction)),
        ("as_of", lambda f: _day(f.as_of)), ("country", lambda f: _text(f.country)))),
    "leg": ("legs", (
        ("from_place", lambda leg: Verbatim(leg.from_place)), ("to_place", lambda leg: Verbatim(leg.to_place)),
        ("mode", lambda leg: vocab.mode_term(leg.mode)), ("km", lambda leg: Figure(leg.km, RATE)), *_DAYS,
        ("cargo_classes", lambda leg: _listed(leg.cargo_classes)), ("equipment", lambda leg: _listed(leg.equipment)),
        ("status", lambda leg: Term(fmsg.PLANNED_LINE if leg.planned else fmsg.OPERATIONAL_LINE)),
        ("two_way", lambda leg: _yes(leg.two_way)))),
    "stop": ("nodes", (
        ("place_id", lambda n: Verbatim(n.place_id)), ("event", lambda n: vocab.event_term(n.event)),
        ("mode", lambda n: vocab.mode_term(n.mode)), *_DAYS, ("direction", lambda n: Verbatim(n.direction)),
        ("equipment", lambda n: Verbatim(n.equipment)))),
    "closure": ("closures", (
        ("target_kind", lambda c: Verbatim(c.target_kind)), ("target_id", lambda c: Verbatim(c.target_id)),
        ("effect", _effect), ("start_date", lambda c: c.start), ("end_date", lambda c: _open(c.end)),
        ("every_year", lambda c: _yes(c.every_year)), ("modes", lambda c: _listed(c.modes)),
        ("cargo_classes", lambda c: _listed(c.cargo_classes)), ("equipment", lambda c: _listed(c.equipment)),
        # the reason is the words of the quote's warning, in each language the sheet gives it
        ("reason", lambda c: _text(c.reason)), *((f"reason_{code}", _reason_in(code)) for code in LANGUAGE_CODES),
        ("checked_date", lambda c: _day(c.checked)), ("at_km", lambda c: _given(c.at_km)))),
    "place": ("places", (
        ("name", lambda p: Verbatim(p.name)), ("country", lambda p: Verbatim(p.country)),
        ("kind", lambda p: Term(fmsg.PLACE_KINDS.get(p.kind, p.kind))), ("endpoint", lambda p: _yes(p.endpoint)))),
    "throughput": ("throughputs", (
        ("place_id", lambda t: Verbatim(t.place_id)), ("direction", lambda t: Verbatim(t.direction)),
        ("per_day", lambda t: Figure(t.per_day, RATE)), ("unit", lambda t: Verbatim(t.unit)),
        ("as_of", lambda t: t.as_of))),
    "cargo": ("cargo_types", (
        ("name", lambda c: Verbatim(c.name)), ("handling_class", lambda c: vocab.handling_term(c.handling_class)),
        ("density_t_per_m3", lambda c: Figure(c.density_t_per_m3, RATE)),
        ("temperature", lambda c: _text(c.temperature)),
        ("shelf_life_days", lambda c: _given(c.shelf_life_days, "g")))),
    "equipment": ("equipment", (
        ("name", lambda e: Verbatim(e.name)), ("modes", lambda e: _listed(e.modes)),
        ("handling_classes", lambda e: _listed(e.handling_classes)), ("payload_t", lambda e: Figure(e.payload_t, RATE)),
        ("volume_m3", lambda e: _given(e.volume_m3)))),
    "emission factor": ("emission_factors", (
        ("value", lambda f: Figure(f.value, RATE)), ("unit", lambda f: Verbatim(f.unit)))),
}


def _column_change(column: str, old, new, before, after) -> Message:
    """One column old → new; a rate's amount in one currency with its change by a share of itself."""
    if column == "amount" and old.currency == new.currency and old.amount:
        return Message(cmsg.COLUMN_CHANGED_BY, column=Verbatim(column), before=before, after=after,
                       change=Figure((new.amount - old.amount) / old.amount, "+.0%"))
    return Message(cmsg.COLUMN_CHANGED, column=Verbatim(column), before=before, after=after)


LONG = 80  # characters of a text beyond which the words it shares with the other at either end are left out
KEPT = 3  # words kept either side of what differs


def _shortened(before: str, after: str) -> tuple[Verbatim, Verbatim]:
    """Two long texts (a closure's reason, reworded) without the words they share at either end, a few kept for
    context and "…" for the rest: a reason of 150 characters with two words added read twice, whole."""
    old, new = before.split(" "), after.split(" ")
    shortest = min(len(old), len(new))
    start = next((i for i in range(shortest) if old[i] != new[i]), shortest)
    end = next((i for i in range(shortest - start) if old[-1 - i] != new[-1 - i]), shortest - start)
    lead, tail = max(0, start - KEPT), max(0, end - KEPT)

    def cut(words: list[str]) -> Verbatim:
        return Verbatim(("… " if lead else "") + " ".join(words[lead:len(words) - tail]) + (" …" if tail else ""))

    return cut(old), cut(new)


def row_change(what: Term, kind: str, item, old, new) -> Message | None:
    """``old`` → ``new`` said by the new row's sheet, number and ``item`` (its id), with the columns that differ;
    None where none does."""
    sheet, columns = SHEETS[kind]
    parts = []
    for column, value in columns:
        before, after = value(old), value(new)
        if str(before) != str(after):
            if isinstance(before, Verbatim) and isinstance(after, Verbatim) and max(len(before), len(after)) > LONG:
                before, after = _shortened(before, after)
            parts.append(_column_change(column, old, new, before, after))
    if not parts:
        return None
    # tables are compared as read from their sheets: a row always has its number ("?" for one made otherwise)
    row = Verbatim("?") if new.origin.row is None else Figure(new.origin.row, ".0f")
    return Message(cmsg.ROW_CHANGED, what=what, sheet=Verbatim(sheet), row=row, item=item,
                   changes=Message.joined(parts, "; "))
