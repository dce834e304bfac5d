"""The figures the commercial sheets (duties, import taxes, fees) leave blank: which of them bear on a quote, and
the figures a user gives for them (``--set kz-cd-0805-2.rate_pct=5``, or More… in the window), each checked as the
tables' own cell would be."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import trade_messages as tmsg
from .cells import CellError
from .errors import InputError
from .messages import Message, Verbatim
from .terms import _figure, word

if TYPE_CHECKING:
    from .model import Tables
    from .quote import QuoteResult
    from .terms import Terms


def blank_figures(trade) -> dict[str, tuple[object, str]]:
    """Every figure the commercial sheets leave blank, as ``row_id.column`` -> (row, column)."""
    found = {}
    for row in (*trade.duties, *trade.taxes, *trade.fees):
        row_id = getattr(row, "duty_id", "") or getattr(row, "tax_id", "") or getattr(row, "fee_id", "")
        for column in row.inputs:
            found[f"{row_id}.{column}"] = (row, column)
    return found


def given_inputs(trade, terms: Terms) -> dict[tuple[str, str], float]:
    """The figures given for blank cells (``--set pk-clearing-agent=25000``), by row id and column, each read as the
    tables' own cell would be; an unknown key or a figure out of the cell's range is an InputError."""
    blanks = blank_figures(trade)
    by_row: dict[str, list[str]] = {}
    for key in blanks:
        row_id, _, column = key.partition(".")
        by_row.setdefault(row_id, []).append(column)
    given: dict[tuple[str, str], float] = {}
    for key, value in terms.inputs:
        row_id, _, column = key.partition(".")
        if not column and len(by_row.get(row_id, ())) == 1:
            column = by_row[row_id][0]
        if f"{row_id}.{column}" not in blanks:
            raise InputError("inputs", Message(tmsg.UNKNOWN_INPUT, key=Verbatim(key)))
        figure = _figure(value, "inputs", Verbatim(key), zero=True)
        try:  # within the range the tables' own cell would have to be in
            _blank_column(blanks[f"{row_id}.{column}"][0], column).parse(figure)
        except CellError as error:
            raise InputError("inputs", Message.joined([Verbatim(key), error.args[0]], ": ")) from None
        given[(row_id, column)] = figure
    return given


def _blank_column(row, column: str):
    """The column of the commercial sheets a blank figure of ``row`` belongs to (trade_sheets.SCHEMAS)."""
    from .trade_sheets import SCHEMAS

    sheet = "duties" if hasattr(row, "duty_id") else "import_taxes" if hasattr(row, "tax_id") else "fees"
    return next(c for c in SCHEMAS[sheet] if c.name == column)


@dataclass(frozen=True)
class BlankFigure:
    """A figure the commercial sheets leave blank that a quote may need: the key to give it under (``--set``),
    what it is, its unit, and the row's note on why it is blank."""

    key: str
    what: Message
    unit: str
    note: str
    source_ids: tuple[str, ...]


def blank_figures_for(tables: Tables, result: QuoteResult, terms: Terms | None = None) -> list[BlankFigure]:
    """The blank figures that bear on this quote: duties and taxes on the cargo's tariff line into the country of
    import, import fees there, export fees in the country of origin."""
    from .trade_messages import country_term
    from .trade_tables import hs_matches

    trade = tables.trade
    if trade is None:
        return []
    origin, destination = result.origin.country, result.destination.country
    # every line of the cargo into the country: a seasonal one is chosen by each route's day of clearance
    codes = {"import": [line.hs_code for line in trade.tariff_lines.get((result.cargo.cargo_id, destination), ())],
             "export": [trade.export_code(result.cargo.cargo_id, origin, destination)]}

    def fits(row, side: str) -> bool:
        return row.hs_codes == ("*",) or any(code and hs_matches(row.hs_codes, code) >= 0 for code in codes[side])

    found = []
    for row in (*trade.duties, *trade.taxes, *trade.fees):
        side = getattr(row, "side", "import")
        country = origin if side == "export" else destination
        if row.country != country or not row.inputs or not fits(row, side):
            continue
        if getattr(row, "resale", "*") == "yes" and not (terms and terms.resale):
            continue
        row_id = getattr(row, "duty_id", "") or getattr(row, "tax_id", "") or getattr(row, "fee_id", "")
        charge = getattr(row, "charge", "") or getattr(row, "tax", "")
        for column in row.inputs:
            if column == "rate_pct":
                unit = "%"
            elif column == "specific_amount":
                unit = f"{row.specific_currency}/{row.specific_per}"
            else:
                unit = row.currency
            template = tmsg.FIGURE_EXPORT if side == "export" else tmsg.FIGURE_IMPORT
            found.append(BlankFigure(f"{row_id}.{column}", Message(template, charge=charge,
                                                                   country=country_term(country),
                                                                   what=word(column)),
                                     unit, row.origin.estimate_note or row.notes, row.origin.source_ids))
    return found
