"""The countries of the region, one table for how their names are shown and how a name a user types is read: the
terms, the goals and the map say a country by its English name here, translated in the Terms context, and a
country to avoid is understood by its code, its English name or its name in any interface language (the
translations of the same names, learnt by the interface with ``learn_local_names``)."""
from __future__ import annotations

import re
import unicodedata
from typing import Callable

from .messages import QT_TRANSLATE_NOOP

# ISO 3166 alpha-2 code → English name (Natural Earth's, as on the map): every country of the basemap and of the
# tables' places
COUNTRIES = {
    "KZ": QT_TRANSLATE_NOOP("Terms", "Kazakhstan"), "PK": QT_TRANSLATE_NOOP("Terms", "Pakistan"),
    "UZ": QT_TRANSLATE_NOOP("Terms", "Uzbekistan"), "AF": QT_TRANSLATE_NOOP("Terms", "Afghanistan"),
    "TM": QT_TRANSLATE_NOOP("Terms", "Turkmenistan"), "IR": QT_TRANSLATE_NOOP("Terms", "Iran"),
    "CN": QT_TRANSLATE_NOOP("Terms", "China"), "AZ": QT_TRANSLATE_NOOP("Terms", "Azerbaijan"),
    "GE": QT_TRANSLATE_NOOP("Terms", "Georgia"), "RU": QT_TRANSLATE_NOOP("Terms", "Russia"),
    "TR": QT_TRANSLATE_NOOP("Terms", "Turkey"), "KG": QT_TRANSLATE_NOOP("Terms", "Kyrgyzstan"),
    "AM": QT_TRANSLATE_NOOP("Terms", "Armenia"), "BY": QT_TRANSLATE_NOOP("Terms", "Belarus"),  # in the EAEU
    "TJ": QT_TRANSLATE_NOOP("Terms", "Tajikistan"), "IN": QT_TRANSLATE_NOOP("Terms", "India"),
    "SA": QT_TRANSLATE_NOOP("Terms", "Saudi Arabia"), "OM": QT_TRANSLATE_NOOP("Terms", "Oman"),
    "AE": QT_TRANSLATE_NOOP("Terms", "United Arab Emirates"), "IQ": QT_TRANSLATE_NOOP("Terms", "Iraq"),
    "SY": QT_TRANSLATE_NOOP("Terms", "Syria"), "EG": QT_TRANSLATE_NOOP("Terms", "Egypt"),
    "YE": QT_TRANSLATE_NOOP("Terms", "Yemen"), "UA": QT_TRANSLATE_NOOP("Terms", "Ukraine"),
    "MN": QT_TRANSLATE_NOOP("Terms", "Mongolia"), "SD": QT_TRANSLATE_NOOP("Terms", "Sudan"),
}

# a country's name in an interface language (as its key) → its code; filled by learn_local_names
_LOCAL: dict[str, str] = {}
# letters one word is typed with in Urdu and Persian (and Arabic) keyboards alike, and marks that change no letter
_SAME_LETTER = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ـ": None, "\u200c": None, "\u200d": None,
                              "\u200f": None, "\u200e": None, "ё": "е"})
# list separators of the interface languages: the comma, the Arabic comma (Urdu) and the semicolon
LIST_SEPARATORS = re.compile(r"[,،;؛]")


def key(text: str) -> str:
    """A name as it is compared: case, spacing, Arabic-script letter variants and ё/е do not matter."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_SAME_LETTER)
    return " ".join(text.split())


def learn_local_names(translate: Callable[[str], str]) -> None:
    """Learn the countries' names in one language: ``translate`` gives the Terms translation of an English name
    (itself where there is none)."""
    for code, english in COUNTRIES.items():
        local = translate(english)
        if local and local != english:
            _LOCAL.setdefault(key(local), code)


def country_code(text: str) -> str | None:
    """The country a text names: its code (``IR``, ``ir``; any two letters, a code the caller checks), its English
    name (``Iran``) or its name in an interface language that was learnt (``Иран``, ``ایران``); else None."""
    text = text.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    wanted = key(text)
    english = next((code for code, name in COUNTRIES.items() if key(name) == wanted), None)
    return english or _LOCAL.get(wanted)


def split_list(text: str) -> tuple[str, ...]:
    """Places or countries typed as a list, separated as any interface language writes a list."""
    return tuple(part.strip() for part in LIST_SEPARATORS.split(text or "") if part.strip())


def country_term(code: str):
    """A country's name, translatable; an unknown code as it is."""
    from .messages import Term, Verbatim

    return Term(COUNTRIES[code]) if code in COUNTRIES else Verbatim(code)

