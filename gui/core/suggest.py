""""Did you mean …?": the few known names closest to what was typed, for places, cargo, units and currencies.

One mechanism for the command line and the window's form: a mistyped name is answered with at most three
suggestions on one line, never with the whole list.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from . import vocabulary as vocab

from . import quote_messages as qmsg
from .errors import InputError
from .messages import Message, Verbatim

MAX_SUGGESTIONS = 3
CUTOFF = 0.6  # difflib's own default for get_close_matches: "kostanai" → Kostanay scores 0.88, "paris" → none
CLEAR_LEAD = 0.15  # names this far behind the best are left out ("kostanai": Kostanay 0.88, not Astana 0.62)


def fold(text: str) -> str:
    """A name as compared: lower case, letters and digits only (Latin, Cyrillic and Arabic script), each letter in
    one Unicode form: й typed on a Mac as и and a breve, Arabic letters copied from a PDF in their joined shapes,
    full-width Latin letters read as the letters they are."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[^0-9a-z\u0400-\u04ff\u0600-\u06ff]+", "", text.casefold())


def closest(text: str, candidates: dict[str, tuple[str, ...]], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Keys of ``candidates`` (key -> every name it answers to) whose names look most like ``text``, best first."""
    wanted = fold(text)
    if not wanted:
        return []
    scores: dict[str, float] = {}
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for key, names in candidates.items():
        best = 0.0
        for name in names:
            folded = fold(name)
            if not folded:
                continue
            matcher.set_seq1(folded)
            # the cheap upper bounds first, as difflib.get_close_matches does
            if matcher.real_quick_ratio() >= CUTOFF and matcher.quick_ratio() >= CUTOFF:
                # difflib's ratio 2M/(a+b) is kind to short names ("Alat" for "almati"); M/max(a, b) is not
                ratio = matcher.ratio()
                if ratio >= CUTOFF:
                    best = max(best, ratio * (len(folded) + len(wanted)) / (2 * max(len(folded), len(wanted))))
            if folded.startswith(wanted) and len(wanted) >= 3:
                best = max(best, 0.99)  # a typed beginning is nearly a match ("karach" → Karachi)
        if best >= CUTOFF:  # the stricter score must pass the same bar ("cotton" is not "potatoes")
            scores[key] = best
    ranked = sorted(scores, key=lambda key: (-scores[key], key))
    return [key for key in ranked if scores[key] >= scores[ranked[0]] - CLEAR_LEAD][:limit]


def unknown(field: str, text: str, candidates: dict[str, tuple[str, ...]], *, display=None,
            known: list | None = None, what: str | None = None) -> InputError:
    """The error for a name the tables do not know: the closest names as suggestions, or, when nothing is
    close, ``known`` (a short list such as the currencies) or a plain "nothing like it"."""
    display = display or (lambda key: candidates[key][1] if len(candidates[key]) > 1 else key)
    shown = [display(key) for key in closest(text, candidates)]
    typed = Verbatim(text.strip())
    term = vocab.field_term(what or field)
    suggestions = tuple(str(s) for s in shown)
    if shown:
        return InputError(field, Message(qmsg.UNKNOWN_CLOSE, what=term, text=typed, options=shown), suggestions)
    if known:
        return InputError(field, Message(qmsg.UNKNOWN_KNOWN, what=term, text=typed, known=known))
    return InputError(field, Message(qmsg.UNKNOWN_FAR, what=term, text=typed))
