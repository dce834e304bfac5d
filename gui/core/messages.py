"""Sentences the core says to people (input errors, warnings, why a route is unavailable), translatable.

The core speaks English, but keeps each sentence's template and values: a ``Message`` is the English text (so the
CLI, JSON and tests read it as a plain string) that an interface can say again in its own language with
``Message.render``. Templates are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them from the
core into the ``.ts`` sources without the core importing Qt; the window supplies the translating function.
"""
from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Callable

CONTEXT = "CoreMessages"
RIGHT_TO_LEFT = {"ur"}  # languages written right to left (layout of the window, PDF and Excel sheets)
ARABIC_SEPARATORS = {"; ": "؛ ", ", ": "، "}  # joined parts in right-to-left text
TERMS = "Terms"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context``; the text itself is returned unchanged."""
    return text


@dataclass(frozen=True)
class Figure:
    """A number in a message with its format (``,.4g``, ``+.0%``…), written with the reader's separators."""

    value: float
    spec: str = ",.0f"

    def __str__(self) -> str:
        if self.spec == RATE:  # as formatting.rate: the figures a conversion uses, no trailing zeros
            return f"{Decimal(f'{self.value:.10g}').normalize():,f}"
        if self.spec.startswith(LESS_THAN):
            return "< " + format(self.value, self.spec[len(LESS_THAN):])
        if self.spec.startswith(("+", "-")):  # signed (+: always): the minus sign (−15 %), as every change is said
            return signed(format(self.value, self.spec))
        return format(self.value, self.spec)


def signed(text: str) -> str:
    """A signed figure's hyphen as the minus sign U+2212 (``-15`` → ``−15``), as the changes of cost, days and odds
    beside it are written; a scenario's name typed "tenge −15 %" read beside "KZT -15 %"."""
    return "\u2212" + text[1:] if text.startswith("-") else text


RATE = "rate"  # the spec of an exchange rate in a message (Figure): written as given, never rounded
LESS_THAN = "less than:"  # before a spec: a bound the figure is under ("< 0.1" for odds that are not nil)


def counted(figure: Figure, one: str, other: str) -> str:
    """The template for a figure that counts something: ``one`` where it reads 1 (or ±1), ``other`` for any other
    (0, 2, 1.5, 1.0). Translations keep each in its language's form; "1 days" read wrong."""
    return one if str(figure).lstrip("+-\u2212") == "1" else other


class Verbatim(str):
    """Text quoted as the user typed it: never looked up as a name to translate."""


class InSentence(str):
    """A cargo name said within a sentence ("prohibits imports of wheat"): its first letter goes to lower case
    where a capital is followed by a small letter, in every language that has capitals, while a list or a
    heading says it as the tables write it ("Wheat"). For common nouns only: a place keeps its capital."""


def in_sentence(text: str) -> str:
    """``text`` as InSentence says it."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and text[1].islower() else text


@dataclass
class Wording:
    """How to say things in one language: translate a template, a name, a date and a number's separators.

    The default is English as the core writes it. A bilingual wording keeps the English alongside.
    """

    translate: Callable[[str, str], str] = lambda context, text: text
    name: Callable[[str], str] = lambda text: text  # place, cargo, equipment, corridor or closure text
    date: Callable[[dt.date], str] = dt.date.isoformat
    number: Callable[[str], str] = lambda text: text  # English-formatted figure -> reader's separators
    language: str = "en"
    bilingual: bool = False
    stacked: bool = False  # bilingual texts on two lines (a PDF table cell) rather than on one

    @property
    def english(self) -> bool:
        return self.language == "en"

    def term(self, text: str) -> str:
        """A fixed word of the core (a transport mode, a node event) in this language."""
        return self.translate(TERMS, text)

    def mode(self, mode: str) -> str:
        from .vocabulary import MODES  # imported when called: vocabulary.py imports this module

        return self.term(MODES.get(mode, mode))

    def event(self, event: str) -> str:
        from .vocabulary import EVENTS

        return self.term(EVENTS.get(event, event.replace("_", " ")))

    def basis(self, basis: str) -> str:
        from .vocabulary import BASES

        return self.term(BASES.get(basis, basis.replace("_", " ")))

    def label(self, context: str, text: str) -> str:
        """A heading or label; bilingual wording gives ``local / English`` where they differ. A template (with
        ``{placeholders}``) stays in one language: its values carry their own English."""
        local = self.translate(context, text)
        if self.bilingual and local != text and "{" not in text:
            return f"{local}\n{text}" if self.stacked else f"{local} / {text}"
        return local

    def both(self, local: str, english: str) -> str:
        """A value in the reader's language, with the English after it in a bilingual document."""
        if self.bilingual and local != english:
            return f"{local}\n{english}" if self.stacked else f"{local} ({english})"
        return local

    def one_language(self) -> "Wording":
        """This wording without the English beside it."""
        return replace(self, bilingual=False)

    def say(self, text: Any) -> str:
        """A core message in this language (plain text is passed through)."""
        if isinstance(text, Message):
            local = text.render(self)
            return self.both(local, str(text)) if self.bilingual else local
        return "" if text is None else str(text)


def _restored(text: str, template: str | None, values: dict, parts: tuple, separator: str) -> "Message":
    """A Message as it was pickled (tables and problems cross from the reading process to the window)."""
    restored = str.__new__(Message, text)
    restored.template, restored.values, restored.parts, restored.separator = template, values, parts, separator
    return restored


ENGLISH = Wording()


class Message(str):
    """An English sentence from the core that can be said again in another language."""

    template: str | None
    values: dict[str, Any]
    parts: tuple["Message | str", ...]
    separator: str

    def __new__(cls, template: str, **values: Any) -> "Message":
        text = super().__new__(cls, template.format(**{key: _english(value) for key, value in values.items()}))
        text.template, text.values, text.parts, text.separator = template, values, (), ""
        return text

    def __reduce__(self):
        # the English text may hold braces (a cell's content): rebuild from the parts, never by formatting again
        return _restored, (str(self), self.template, self.values, self.parts, self.separator)

    @classmethod
    def joined(cls, parts, separator: str = "; ") -> "Message":
        """Several messages read as one (the reasons a route is unavailable)."""
        parts = tuple(parts)
        text = str.__new__(cls, separator.join(str(p) for p in parts))
        text.template, text.values, text.parts, text.separator = None, {}, parts, separator
        return text

    def render(self, wording: Wording) -> str:
        if self.template is None:
            # in right-to-left text the Arabic comma and semicolon: as strong right-to-left letters they keep the
            # parts in their order; the Latin ones, weak, let two set-apart parts be laid out left to right
            separator = ARABIC_SEPARATORS.get(self.separator, self.separator) \
                if wording.language in RIGHT_TO_LEFT else self.separator
            return separator.join(_local(p, wording) for p in self.parts)
        template = wording.translate(CONTEXT, self.template)
        values = {key: _local(value, wording) for key, value in self.values.items()}
        if wording.language in RIGHT_TO_LEFT:
            template = _arrows_read_right_to_left(template)
            template, values = _percent_with_figure(template, values, self.values)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: say it in English
            return self.template.format(**values)

    def to_data(self) -> dict[str, Any]:
        """Plain data for a saved quote, so a quote reopened later can still be said in any language."""
        if self.template is None:
            return {"parts": [_value_data(p) for p in self.parts], "separator": self.separator}
        return {"template": self.template, "values": {key: _value_data(v) for key, v in self.values.items()}}

    @classmethod
    def from_data(cls, data: Any, text: str | None = None) -> "Message | str | None":
        """The message saved by ``to_data``; the saved English ``text`` if the data is missing or damaged."""
        try:
            if "parts" in data:
                return cls.joined((_value_from(p) for p in data["parts"]), data.get("separator", "; "))
            return cls(_saved_template(data["template"]), **{key: _value_from(v) for key, v in data["values"].items()})
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            return text


def _english(value: Any) -> str:
    if isinstance(value, InSentence):
        return in_sentence(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(_english(v) for v in value)
    return str(value)


def _local(value: Any, wording: Wording) -> str:
    text = _said_value(value, wording)
    # in right-to-left text every value is an isolate (FSI…PDI): a date, a figure or a Latin name keeps its
    # own order and leaves the sentence around it in its order
    if wording.language in RIGHT_TO_LEFT and text and not isinstance(value, (list, tuple)):
        # a message within the sentence (a leg "{start}–{end}", a list of places) holds isolates of its own, which
        # an FSI looks past for its direction: finding no letter, it laid the parts out left to right, so that
        # "کراچی–بندر عباس" read backwards from the right. With a letter written right to left anywhere in it, it
        # is a right-to-left isolate (RLI); money, figures and Latin names stay FSI, left to right
        opener = "\u2067" if isinstance(value, Message) and _right_to_left(text) else "\u2068"
        return opener + text + "\u2069"
    return text


def _percent_with_figure(template: str, values: dict[str, str], raw: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """A per cent sign after a figure ("{change} %") taken into the figure's isolate, which keeps them in their
    left-to-right order: left outside it, right-to-left text put the sign before the figure ("% -15")."""
    for key, value in raw.items():
        text = values.get(key, "")
        if not (isinstance(value, Figure) and text.endswith("\u2069")):
            continue
        gap = next((gap for gap in (" ", "\xa0", "") if f"{{{key}}}{gap}%" in template), None)
        if gap is not None:
            template = template.replace(f"{{{key}}}{gap}%", f"{{{key}}}")
            values = {**values, key: f"{text[:-1]}{gap}%\u2069"}
    return template, values


def _arrows_read_right_to_left(template: str) -> str:
    """A translated template's arrows pointing the way right-to-left text reads ("کرایہ {origin} ← {place}"), as
    the route's own arrows do; a template left in English (no translation) keeps its "→"."""
    classes = {unicodedata.bidirectional(char) for char in re.sub(r"\{[^{}]*\}", "", template)}
    return template.replace("→", "←") if classes & {"R", "AL"} or "L" not in classes else template


def _right_to_left(text: str) -> bool:
    """Whether ``text`` holds a letter written right to left (Urdu, Arabic, Hebrew)."""
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _said_value(value: Any, wording: Wording) -> str:
    if isinstance(value, Message):
        return value.render(wording)
    if isinstance(value, Verbatim):
        return str(value)
    if isinstance(value, Figure):
        return wording.number(str(value))
    if isinstance(value, dt.date):
        return wording.date(value)
    if isinstance(value, (list, tuple)):
        separator = ARABIC_SEPARATORS[", "] if wording.language in RIGHT_TO_LEFT else ", "
        return separator.join(_local(v, wording) for v in value)
    if isinstance(value, Term):
        return wording.term(str(value))
    if isinstance(value, InSentence):
        return in_sentence(wording.name(str(value)))
    return wording.name(str(value))


class Term(str):
    """A fixed word of the core, translated in the Terms context (a mode, an event, a handling class)."""


def _value_data(value: Any) -> Any:
    if isinstance(value, Message):
        return {"message": value.to_data()}
    if isinstance(value, Figure):
        return {"figure": value.value, "spec": value.spec}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, Verbatim):
        return {"verbatim": str(value)}
    if isinstance(value, Term):
        return {"term": str(value)}
    if isinstance(value, InSentence):
        return {"in_sentence": str(value)}
    if isinstance(value, (list, tuple)):
        return {"list": [_value_data(v) for v in value]}
    return str(value)


# a saved message's template names its values, {name}, and nothing else: the program's own templates do no more,
# and one read from a history file is formatted (``"{a:>99999999999}"`` asked for a field of 100 billion characters:
# MemoryError; ``{a.__class__}`` read an attribute)
SAVED_TEMPLATE_MOST = 4_000  # characters; the longest of the program's templates is some 400
# a saved figure's spec: a sign, a thousands separator, a precision of at most two digits and a type (",.10g",
# "+.0%"), or the rate's; ``".1000000f"`` wrote a million digits
SAVED_SPEC = re.compile(r"[+-]?,?(?:\.\d{1,2})?[defg%]?")


def _saved_template(template: Any) -> str:
    if not isinstance(template, str) or len(template) > SAVED_TEMPLATE_MOST:
        raise ValueError("damaged template")
    for _literal, field, spec, conversion in string.Formatter().parse(template):
        if field is not None and (not field.isidentifier() or spec or conversion):
            raise ValueError("damaged template")
    return template


def _saved_spec(spec: Any) -> str:
    spec = str(spec)
    bare = spec[len(LESS_THAN):] if spec.startswith(LESS_THAN) else spec
    if spec != RATE and not SAVED_SPEC.fullmatch(bare):
        raise ValueError("damaged figure")
    return spec


def _value_from(data: Any) -> Any:
    if isinstance(data, str):
        return data
    if "message" in data:
        message = Message.from_data(data["message"])
        if not isinstance(message, Message):
            raise ValueError("damaged message")
        return message
    if "figure" in data:
        return Figure(float(data["figure"]), _saved_spec(data["spec"]))
    if "date" in data:
        return dt.date.fromisoformat(data["date"])
    if "verbatim" in data:
        return Verbatim(data["verbatim"])
    if "term" in data:
        return Term(data["term"])
    if "in_sentence" in data:
        return InSentence(data["in_sentence"])
    if "list" in data:
        return [_value_from(v) for v in data["list"]]
    raise ValueError("unknown value")


def joined_notes(notes) -> str:
    """Estimate notes read as one, ``; `` between them: a Message where any of them is one (a what-if's note,
    said in the reader's language; the tables' notes kept as written), else plain text as before."""
    parts = [note for note in notes if note]
    if not any(isinstance(note, Message) for note in parts):
        return "; ".join(parts)
    if len(parts) == 1:
        return parts[0]
    return Message.joined([note if isinstance(note, Message) else Verbatim(note) for note in parts], "; ")


def messages_data(texts) -> list[Any]:
    """``to_data`` of each message in ``texts`` (None for a plain text)."""
    return [text.to_data() if isinstance(text, Message) else None for text in texts]
