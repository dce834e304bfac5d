"""How old the figures of a table set are: the oldest dated rate and fee, and the rows that carry no date."""
from __future__ import annotations

from . import vocabulary as vocab

from . import file_messages as fmsg
from . import model as m
from . import rate_messages as rmsg
from .messages import Figure, Message, Term, Verbatim, counted


def oldest_figures(tables: m.Tables) -> list[Message]:
    """One line for the oldest leg rate, one for the oldest node fee, and one per sheet with undated rows."""
    lines = []
    for kind, rows, label in (("rate", tables.leg_rates, lambda r: Message(
            fmsg.RATE_LABEL, id=Verbatim(r.rate_id), leg=Verbatim(r.leg_id), equipment=Verbatim(r.equipment),
            charge=r.charge)), ("node fee", tables.node_fees, lambda f: Message(
            fmsg.FEE_LABEL, id=Verbatim(f.fee_id), place=Verbatim(f.place_id), event=vocab.event_term(f.event),
            charge=f.charge))):
        what = Term(fmsg.CHANGED_THINGS[kind])
        dated = [row for row in rows if row.dated is not None and row.amount]
        if dated:
            oldest = min(dated, key=lambda row: row.dated)
            lines.append(Message(rmsg.OLDEST_IN_TABLES, what=what, item=label(oldest), date=oldest.dated))
        undated = sum(1 for row in rows if row.dated is None)
        if undated:
            count = Figure(undated)
            lines.append(Message(counted(count, rmsg.UNDATED_IN_TABLES_ONE, rmsg.UNDATED_IN_TABLES), count=count,
                                 what=what))
    return lines
