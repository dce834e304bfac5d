"""A date as typed where an ISO date (2026-12-07) is asked for: read with the spaces around it dropped, and where it
is written the way a language writes dates (07.12.2026, 12/07/2026), the ISO dates it may mean, to suggest, never
to take: 12/07/2026 is 12 July in Pakistan and 7 December in the United States."""
from __future__ import annotations

import datetime as dt
import re

_WRITTEN = re.compile(r"\s*(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*")
_PACKED = re.compile(r"\s*([0-9]{4})([0-9]{2})([0-9]{2})\s*")
_YEAR_FIRST = re.compile(r"\s*(\d{4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,2})\s*")  # 2026/12/07, 2026-12-7


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(text: str) -> dt.date:
    """A date as YYYY-MM-DD, spaces around it dropped (" 2026-12-07" from a shell variable); ValueError for anything
    else: Python reads 2026W49 (a week's Monday, 30 November) and 20261207 as ISO dates too, which the README and
    the messages say are refused."""
    text = text.strip()
    if not _ISO_DAY.fullmatch(text):
        raise ValueError(f"not a date as YYYY-MM-DD: {text!r}")
    return dt.date.fromisoformat(text)


def date_meanings(text: str) -> tuple[str, ...]:
    """The ISO dates a day, month and year written with points, slashes or dashes may be: day first as Russian,
    Kazakh, Urdu and British English write them (07.12.2026), or month first (12/07/2026 in American English)
    where that is a date too and another one. Empty where the text is no such date."""
    found, year_first, packed = _WRITTEN.fullmatch(text), _YEAR_FIRST.fullmatch(text), _PACKED.fullmatch(text)
    if year_first is not None:  # year, month, day, as ISO has them
        year, orders = int(year_first[1]), ((int(year_first[4]), int(year_first[3])),)
    elif packed is not None:  # 20261207: ISO's figures without the dashes
        year, orders = int(packed[1]), ((int(packed[3]), int(packed[2])),)
    elif found is not None:
        first, separator, second, year = int(found[1]), found[2], int(found[3]), int(found[4])
        orders = ((first, second),) if separator == "." else ((first, second), (second, first))  # points: day first
    else:
        return ()
    meanings = []
    for day, month in orders:
        try:
            meanings.append(dt.date(year, month, day).isoformat())
        except ValueError:
            pass
    return tuple(dict.fromkeys(meanings))
