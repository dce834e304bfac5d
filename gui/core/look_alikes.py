"""Cyrillic and Greek letters that look like Latin ones, in text that takes Latin letters only: a sheet's name, a
header, an identifier or a code typed with a Russian or Kazakh keyboard layout left on for a letter ("sourсes",
"kоstanay", "РК"). Such text is refused like any other wrong text, but the message names the letters, which the
user cannot tell from the Latin ones by looking."""
from __future__ import annotations

from typing import Any

from . import file_messages as fmsg
from .messages import Message, Verbatim

# each letter and the Latin letter it is taken for
_LATIN_LOOK = str.maketrans({
    **dict(zip("аеорсухіјѕһԁԛԝүіӏ", "aeopcyxijshdqwyil")),
    **dict(zip("АВЕКМНОРСТХУІЈЅҺӀҮԚԜ", "ABEKMHOPCTXYIJSHIYQW")),
    **dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ", "ABEZHIKMNOPTYXoikvptux")),
})


def latin_look(text: str) -> str:
    """The text with each look-alike letter as the Latin letter it looks like."""
    return text.translate(_LATIN_LOOK)


def look_alikes(text: str) -> str | None:
    """The look-alike letters of a text all of whose letters are Latin or look like it ("о, с"); None for text with
    none, or with other letters (a Russian word is no mistyped code)."""
    if text.isascii():
        return None
    letters = [letter for letter in text if letter.isalpha()]
    if not all(letter.isascii() or latin_look(letter) != letter for letter in letters):
        return None
    found = dict.fromkeys(letter for letter in letters if not letter.isascii())
    return ", ".join(found) or None


def with_look_alikes(message: Message, value: Any) -> Message:
    """``message`` about ``value``, with its look-alike letters named if it has any."""
    text = value if isinstance(value, str) else ""
    letters = look_alikes(text.strip())
    if letters is None:
        return message
    return Message(fmsg.LOOK_ALIKE_LETTERS, problem=message, text=Verbatim(text.strip()), letters=Verbatim(letters))
