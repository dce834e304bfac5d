"""The command line's grammar: the program's name as typed, the check of each value an option takes, and the parser
that says a mistake with the usage exit code."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import unicodedata
from pathlib import Path

EXIT_USAGE = 2  # bad input or a workbook that cannot be used, as argparse does


def program_name() -> str:
    """The command as the user typed it: ``python -m gui``, ``corridor-quote`` or ``CorridorQuote-console``."""
    called = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if called in ("", "-c", "-m", "__main__.py"):
        return "python -m gui"
    return Path(called).stem if called.lower().endswith(".exe") else called


def _date(text: str) -> dt.date:
    """YYYY-MM-DD; a date written another way (07.12.2026, 12/07/2026) is refused with the dates it may mean."""
    from .core.typed_dates import date_meanings, iso_date

    try:
        return iso_date(text)
    except ValueError:
        meanings = date_meanings(text)
        hint = f"; did you mean {' or '.join(meanings)}?" if meanings else ""
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}{hint}") from None


def _file(text: str) -> str:
    """A file name: an empty one is a mistake (an unset variable in a script), not "no file"."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a file name, got {text!r}")
    return text


def _folder(text: str) -> str:
    """A folder name: an empty one would write into the current folder unasked."""
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected a folder name, got {text!r}")
    return text


def _fx_override(text: str) -> tuple[str, float]:
    """CUR=RATE, the rate read as the window's exchange-rate dialog reads it ("12 950", "505,5"); "12,950", 12.95
    in Russian and 12950 in English, is asked about rather than read as either."""
    from .core import quote_messages as qmsg
    from .core.messages import Message, Verbatim
    from .core.validation import ambiguous_separator, number_text

    code, _, rate = text.partition("=")
    ambiguous = ambiguous_separator(rate, points=False)  # 505.125: a rate's decimals
    if ambiguous is not None:
        what = Message(qmsg.RATE_OF, currency=Verbatim(code.strip().upper()))
        raise argparse.ArgumentTypeError(str(Message(qmsg.NUMBER_AMBIGUOUS, what=what, text=Verbatim(rate.strip()),
                                                     decimal=Verbatim(ambiguous[0]),
                                                     thousands=Verbatim(ambiguous[1]))))
    try:
        return code.strip().upper(), float(number_text(rate))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected CUR=RATE such as KZT=505, got {text!r}") from None


def _valid_days(text: str, check=None) -> int:
    from .core.errors import InputError
    from .core.validation import check_valid_days

    try:
        return (check or check_valid_days)(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of days, got {text!r}") from None
    except InputError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _shown(text: str) -> str:
    """Text as the terminal may show it, on one line: a control character (an escape sequence in a mistyped name
    would recolour the terminal or move its cursor, a newline split the error in two) and a byte that is not text
    are written as escapes, such as \\x1b or \\n."""
    def escaped(character: str) -> str:
        if 0xDC80 <= ord(character) <= 0xDCFF:  # a byte the file system's encoding could not decode
            return f"\\x{ord(character) - 0xDC00:02x}"
        return character.encode("unicode_escape", "backslashreplace").decode("ascii")

    return "".join(escaped(c) if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def free_text(text: str) -> str:
    """Free text for the documents and the history (the buyer's name, a what-if's name): no byte that is not text,
    no control character."""
    if any(unicodedata.category(c) == "Cs" for c in text):
        raise argparse.ArgumentTypeError(f"expected text, got bytes the terminal's encoding cannot read: "
                                         f"'{_shown(text)}'")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise argparse.ArgumentTypeError(f"expected text without control characters, got '{_shown(text)}'")
    return text.strip()  # "    " is no name: the documents printed a footer "CQ-… ·      · page 1"


def _stale_days(text: str) -> int:
    from .core.validation import check_stale_days

    return _valid_days(text, check_stale_days)


class _StoreOnce(argparse._StoreAction):
    """An option that takes one value, given twice: argparse kept the last silently ("pricelist --from Kostanay
    --from Lahore" priced from Lahore alone); it is a usage error naming the option."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = namespace.__dict__.setdefault("_given_once", set())
        if self.dest in given:
            parser.error(f"{option_string} is given twice: it takes one value")
        given.add(self.dest)
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line, like every other error here; an option that takes one
    value is refused when given twice (_StoreOnce)."""

    def add_argument(self, *names, **kwargs):
        if kwargs.get("action", "store") == "store" and names and names[0].startswith("-"):
            kwargs["action"] = _StoreOnce
        return super().add_argument(*names, **kwargs)

    def error(self, message: str) -> None:
        self.exit(EXIT_USAGE, f"error: {message} (see {self.prog} --help)\n")

    def exit(self, status: int = 0, message: str | None = None):
        if status == 0:
            sys.stdout.flush()  # --help or --version onto a full disk says so, not a silent 0
        super().exit(status, message)
