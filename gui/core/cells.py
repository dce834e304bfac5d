"""Reading one cell: a number, a date, an identifier, a choice from a list…; a failure says what was expected."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any


from . import file_messages as fmsg
from . import model as m
from .messages import Figure, Message, Verbatim
from .typed_dates import date_meanings
from .validation import FIRST_DATE, LAST_DATE, ambiguous_separator, number_text

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


class CellError(ValueError):
    """A single cell could not be read; the message says what was expected."""


def shown(value: Any) -> Verbatim:
    """A cell's content quoted in a message as it was written, never translated."""
    return Verbatim(as_text(value) if not isinstance(value, bool) else str(value))


# ---------------------------------------------------------------- cell parsers

def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_number(value: Any) -> float:
    """A number from a cell: real numbers, or text with spaces, thousands separators or a decimal comma; a text
    with one separator before three figures ("503,350", "1.500") is refused with both readings."""
    if isinstance(value, bool):
        raise CellError(Message(fmsg.CELL_NOT_NUMBER, value=shown(value)))
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        # a text "1,500" or "1.500" is 1.5 in one language and 1500 in another: a workbook does not say which
        ambiguous = ambiguous_separator(value)
        if ambiguous is not None:
            raise CellError(Message(fmsg.CELL_NUMBER_AMBIGUOUS, value=shown(value), decimal=Verbatim(ambiguous[0]),
                                    thousands=Verbatim(ambiguous[1])))
        try:
            number = float(number_text(value))
        except ValueError:
            raise CellError(Message(fmsg.CELL_TEXT_NOT_NUMBER, value=shown(value))) from None
    else:
        raise CellError(Message(fmsg.CELL_NOT_NUMBER, value=shown(value)))
    if number != number or number in (float("inf"), float("-inf")):
        raise CellError(Message(fmsg.CELL_NOT_FINITE, value=shown(value)))
    return number


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d")


def parse_date(value: Any) -> dt.date:
    """A date from a cell, within the years any table can mean (a quote walks on from it by days)."""
    day = _any_date(value)
    if not FIRST_DATE <= day <= LAST_DATE:
        raise CellError(Message(fmsg.CELL_DATE_RANGE, first=FIRST_DATE, last=LAST_DATE, value=day))
    return day


def _any_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial day numbers up to 9999-12-31
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise CellError(Message(fmsg.CELL_DATE_NUMBER, value=shown(value)))
    if isinstance(value, str):
        text = value.strip()
        meanings = date_meanings(text)
        if len(meanings) > 1:  # 12/07/2026: 12 July as Pakistan writes it, 7 December as the United States does
            raise CellError(Message(fmsg.CELL_DATE_AMBIGUOUS, value=shown(text),
                                    options=[Verbatim(m) for m in meanings]))
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
        raise CellError(Message(fmsg.CELL_NOT_DATE, value=shown(text)))
    if isinstance(value, (dt.time, dt.timedelta)):  # the reader gives these for a negative number shown as a date
        raise CellError(Message(fmsg.CELL_DATE_TIME, value=shown(value)))
    raise CellError(Message(fmsg.CELL_NOT_DATE, value=shown(value)))


def as_text(value: Any) -> str:
    if value.__class__ is str:  # by far the most common cell: keep it quick
        return value.strip()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:  # larger: 1e+300, not 301 digits
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).strip()


def identifier(value: Any) -> str:
    text = as_text(value).lower()
    if not _SLUG.match(text):
        raise CellError(Message(fmsg.CELL_NOT_ID, value=shown(value)))
    return text


def split_list(value: Any) -> tuple[str, ...]:
    if is_blank(value):
        return ()
    return tuple(part.strip() for part in as_text(value).split(";") if part.strip())




def number_cell(minimum: float | None = None, exclusive: bool = False, integer: bool = False,
                maximum: float | None = None):
    """A number at least (or, ``exclusive``, above) ``minimum`` and at most ``maximum``: each column's range is
    in gui/core/validation.py."""
    def parse(value: Any) -> float | int:
        number = parse_number(value)
        if minimum is not None and (number <= minimum if exclusive else number < minimum):
            raise CellError(Message(fmsg.CELL_NOT_ABOVE if exclusive else fmsg.CELL_BELOW,
                                     minimum=Figure(minimum, "g"), value=Figure(number, "g")))
        if maximum is not None and number > maximum:
            spec = ",.0f" if float(maximum).is_integer() and maximum < 1e15 else "g"
            raise CellError(Message(fmsg.CELL_ABOVE, maximum=Figure(maximum, spec), value=Figure(number, "g")))
        if integer:
            if not float(number).is_integer():
                raise CellError(Message(fmsg.CELL_NOT_WHOLE, value=Figure(number, "g")))
            return int(number)
        return number
    return parse


def one_of(allowed: tuple[str, ...]):
    def parse(value: Any) -> str:
        text = as_text(value).lower().replace(" ", "_")
        if text not in allowed:
            raise CellError(Message(fmsg.CELL_NOT_ONE_OF, allowed=Verbatim(", ".join(allowed)), value=shown(value)))
        return text
    parse.allowed = allowed  # read by the template writer for its drop-down lists
    return parse


def several_of(allowed: tuple[str, ...], allow_any: bool = True):
    def parse(value: Any) -> tuple[str, ...]:
        items = tuple(item.lower().replace(" ", "_") for item in split_list(value))
        if not items:
            raise CellError(Message(fmsg.CELL_NO_VALUE))
        for item in items:
            if item == m.ANY and allow_any:
                continue
            if item not in allowed:
                raise CellError(Message(fmsg.CELL_NOT_FROM, allowed=Verbatim(", ".join(allowed)), value=shown(item)))
        return (m.ANY,) if m.ANY in items else items
    parse.allowed_list = allowed  # several values separated by ';'
    return parse


def identifiers(value: Any) -> tuple[str, ...]:
    items = split_list(value)
    if not items:
        raise CellError(Message(fmsg.CELL_NO_ID))
    if m.ANY in items:
        return (m.ANY,)
    return tuple(identifier(item) for item in items)


def identifier_or_any(value: Any) -> str:
    return m.ANY if as_text(value) == m.ANY else identifier(value)


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = as_text(value).lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("no", "n", "false", "0"):
        return False
    raise CellError(Message(fmsg.CELL_NOT_YES_NO, value=shown(value)))


yes_no.allowed = ("yes", "no")


def currency_code(value: Any) -> str:
    text = as_text(value).upper()
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise CellError(Message(fmsg.CELL_NOT_CURRENCY, value=shown(value)))
    return text


def country_code(value: Any) -> str:
    """An ISO 3166 alpha-2 code; a country's name ("Kazakhstan") is refused with the code it likely means."""
    text = as_text(value).upper()
    if re.fullmatch(r"[A-Z]{2}", text):
        return text
    from .geo import load_basemap
    from .suggest import closest

    names = {country.code: (country.code, country.name) for country in load_basemap().countries}
    meant = closest(as_text(value), names, limit=1)
    if meant:
        raise CellError(Message(fmsg.CELL_NOT_COUNTRY_MEANT, value=shown(value), code=Verbatim(meant[0])))
    raise CellError(Message(fmsg.CELL_NOT_COUNTRY, value=shown(value)))


def waypoints(value: Any) -> tuple[tuple[float, float], ...]:
    from .geo import WaypointError, parse_waypoints

    try:
        return parse_waypoints(as_text(value))
    except WaypointError as error:
        template = fmsg.CELL_WAYPOINT_RANGE if error.args[0] == "range" else fmsg.CELL_NOT_WAYPOINTS
        raise CellError(Message(template, value=Verbatim(error.args[1]))) from None


def source_ids_of(value: Any) -> tuple[str, ...]:
    return tuple(item.upper() for item in split_list(value))


