"""Sentences the core says to people (input errors, warnings, why a route is unavailable), translatable.

The core speaks English, but keeps each sentence's template and values: a ``Message`` is the English text (so the
CLI, JSON and tests read it as a plain string) that an interface can say again in its own language with
``Message.render``. Templates are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them from the
core into the ``.ts`` sources without the core importing Qt; the window supplies the translating function.
"""
from __future__ import annotations

import datetime as dt
import re
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
        return format(self.value, self.spec)


RATE = "rate"  # the spec of an exchange rate in a message (Figure): written as given, never rounded


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
        return self.term(MODES.get(mode, mode))

    def event(self, event: str) -> str:
        return self.term(EVENTS.get(event, event.replace("_", " ")))

    def basis(self, basis: str) -> str:
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
        if wording.language in RIGHT_TO_LEFT:
            template = _arrows_read_right_to_left(template)
        values = {key: _local(value, wording) for key, value in self.values.items()}
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
            return cls(data["template"], **{key: _value_from(v) for key, v in data["values"].items()})
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


def _value_from(data: Any) -> Any:
    if isinstance(data, str):
        return data
    if "message" in data:
        message = Message.from_data(data["message"])
        if not isinstance(message, Message):
            raise ValueError("damaged message")
        return message
    if "figure" in data:
        return Figure(float(data["figure"]), str(data["spec"]))
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


def messages_data(texts) -> list[Any]:
    """``to_data`` of each message in ``texts`` (None for a plain text)."""
    return [text.to_data() if isinstance(text, Message) else None for text in texts]


# ------------------------------------------------------------------ the fixed words and sentences

MODES = {
    "rail": QT_TRANSLATE_NOOP("Terms", "rail"), "road": QT_TRANSLATE_NOOP("Terms", "road"),
    "sea": QT_TRANSLATE_NOOP("Terms", "sea"), "ferry": QT_TRANSLATE_NOOP("Terms", "ferry"),
    "pipeline": QT_TRANSLATE_NOOP("Terms", "pipeline"),
}
EVENTS = {
    "border_crossing": QT_TRANSLATE_NOOP("Terms", "border crossing"),
    "gauge_change": QT_TRANSLATE_NOOP("Terms", "gauge change"),
    "port_handling": QT_TRANSLATE_NOOP("Terms", "port handling"),
    "transshipment": QT_TRANSLATE_NOOP("Terms", "transshipment"),
}
HANDLING_CLASSES = {
    "bulk_grain": QT_TRANSLATE_NOOP("Terms", "bulk grain"), "liquid_bulk": QT_TRANSLATE_NOOP("Terms", "liquid bulk"),
    "reefer": QT_TRANSLATE_NOOP("Terms", "refrigerated"),
    "temp_controlled": QT_TRANSLATE_NOOP("Terms", "temperature-controlled"),
    "general": QT_TRANSLATE_NOOP("Terms", "general cargo"),
}
EQUIPMENT_KINDS = {
    "container": QT_TRANSLATE_NOOP("Terms", "containers"), "wagon": QT_TRANSLATE_NOOP("Terms", "wagons"),
    "truck": QT_TRANSLATE_NOOP("Terms", "trucks"), "tanker": QT_TRANSLATE_NOOP("Terms", "tankers"),
    "pipeline": QT_TRANSLATE_NOOP("Terms", "pipeline batches"),
}
BASES = {
    "per_tonne": QT_TRANSLATE_NOOP("Terms", "per tonne"), "per_tkm": QT_TRANSLATE_NOOP("Terms", "per tonne-km"),
    "per_unit": QT_TRANSLATE_NOOP("Terms", "per unit"), "per_unit_km": QT_TRANSLATE_NOOP("Terms", "per unit-km"),
    "per_trip": QT_TRANSLATE_NOOP("Terms", "per trip"),
}
DOMESTIC = QT_TRANSLATE_NOOP("Terms", "Domestic {countries}")
# a route that crosses a border on legs no corridor claims (Kashgar → Karachi over the Khunjerab, Almaty → Tashkent)
CROSS_BORDER = QT_TRANSLATE_NOOP("Terms", "Cross-border {countries}")


def name_lookup(local: dict[str, str], translate: Callable[[str, str], str]) -> Callable[[str], str]:
    """A ``Wording.name`` from the tables' local texts: also says joined corridors (``A + B``), domestic and
    cross-border routes."""
    def name(text: str) -> str:
        found = local.get(text)
        if found is not None:
            return found
        if " + " in text:
            # corridors joined by the route, whose own names may hold " + " too: take the longest known first
            parts, said = text.split(" + "), []
            while parts:
                end = next((n for n in range(len(parts), 0, -1) if " + ".join(parts[:n]) in local), 1)
                said.append(name(" + ".join(parts[:end])))  # a known name, or one part on its own
                parts = parts[end:]
            return " + ".join(said)
        for template in (DOMESTIC, CROSS_BORDER):
            prefix = template.split("{")[0]
            if text.startswith(prefix):
                return translate(TERMS, template).format(countries=text[len(prefix):])
        return text
    return name


def mode_term(mode: str) -> Term:
    return Term(MODES.get(mode, mode))


def event_term(event: str) -> Term:
    return Term(EVENTS.get(event, event.replace("_", " ")))


def handling_term(handling_class: str) -> Term:
    return Term(HANDLING_CLASSES.get(handling_class, handling_class.replace("_", " ")))


def kind_term(kind: str) -> Term:
    return Term(EQUIPMENT_KINDS.get(kind, kind + "s"))


FIELDS = {
    "cargo": QT_TRANSLATE_NOOP("Terms", "cargo"), "origin": QT_TRANSLATE_NOOP("Terms", "origin"),
    "destination": QT_TRANSLATE_NOOP("Terms", "destination"), "place": QT_TRANSLATE_NOOP("Terms", "place"),
    "unit": QT_TRANSLATE_NOOP("Terms", "unit"), "quantity": QT_TRANSLATE_NOOP("Terms", "quantity"),
    "currency": QT_TRANSLATE_NOOP("Terms", "currency"),
    "key": QT_TRANSLATE_NOOP("Terms", "key"),  # of a what-if file
    "named_place": QT_TRANSLATE_NOOP("Terms", "named place"),  # of the commercial terms (as terms.WORDS says it)
}


def field_term(name: str) -> Term:
    return Term(FIELDS.get(name, name))


# the request
NOT_GIVEN = QT_TRANSLATE_NOOP("CoreMessages", "no {what} given")
AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}' is ambiguous: {options}")
UNKNOWN_CLOSE = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}'; did you mean {options}?")
UNKNOWN_KNOWN = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}'; known: {known}")
UNKNOWN_FAR = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}': nothing in the tables is spelled like it")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a number, not '{text}'")
NUMBER_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}' could mean {decimal} or {thousands}; type one "
                                                    "of them")
NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a finite number")
NOT_POSITIVE = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be greater than zero, not {number}")
RATE_OF = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate")
NOT_CARRIED_IN = QT_TRANSLATE_NOOP("CoreMessages", "{cargo} is not carried in {kind} in these tables")
CANNOT_CARRY = QT_TRANSLATE_NOOP("CoreMessages", "{equipment} cannot carry {cargo} ({handling})")
WHOLE_UNITS = QT_TRANSLATE_NOOP("CoreMessages", "a number of {kind} must be a whole number, not {number}")
TOO_MUCH = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t is more than this tool quotes ({limit} t)")
TOO_LITTLE = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t is less than this tool quotes (at least {limit} kg)")
DEPARTURE_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "departure {date} is outside what these tables can price: "
                                                    "{first} to {last}, {years} years either side of their rates")
STALE_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "figures are pointed out as old after {low} to {high} days, not {days}")
VALIDITY_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "a quote stays valid for {low} to {high} days, not {days}")
LOAD_TONNES = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t")
LOAD_KG = QT_TRANSLATE_NOOP("CoreMessages", "{kg} kg = {tonnes} t")
LOAD_VOLUME = QT_TRANSLATE_NOOP("CoreMessages", "{volume} m³ × {density} t/m³ = {tonnes} t")
LOAD_UNITS = QT_TRANSLATE_NOOP("CoreMessages", "{count} × {equipment} ({each} t each) = {tonnes} t")
SAME_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "origin and destination are the same place")
# exchange-rate overrides
USD_IS_BASE = QT_TRANSLATE_NOOP("CoreMessages",
                                "USD is the base of the exchange-rate table; set the other currency's rate")
RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate must be a number of {currency} per USD, "
                                                    "not '{text}'")
RATE_NOT_POSITIVE = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate must be a positive number of "
                                                      "{currency} per USD, not {number}")
RATE_TOO_FAR = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate {rate} per USD is more than {factor} times "
                                                 "off the table's {table}: a typing error?")
# the quote
FIGURE_NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "the {figure} of {route} cannot be worked out as a number; "
                                                      "check the quantity, the exchange rates and the tables")
NO_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "no route in these tables carries {cargo} ({handling}) from {origin} "
                                             "to {destination}")
OVERRIDE_FAR = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate you set, {rate} per USD, differs from the "
                                                 "table's {table} (as of {date}) by {change}")
RATE_AFTER = QT_TRANSLATE_NOOP("CoreMessages", "no {currency} rate dated on or before {departure}; used the rate "
                                               "of {date}")
ESTIMATES = QT_TRANSLATE_NOOP("CoreMessages", "rests partly on estimates (see the breakdown)")
NO_DWELL = QT_TRANSLATE_NOOP("CoreMessages", "no dwell time for {event} at {place}")
LEG_NAME = QT_TRANSLATE_NOOP("CoreMessages", "{start}–{end}")
PLANNED = QT_TRANSLATE_NOOP("CoreMessages", "{leg} is a planned line, not in operation")
NO_EMISSION_FACTOR = QT_TRANSLATE_NOOP("CoreMessages", "no emission factor for {mode}; {leg} counted as zero CO2e")
OUTSIDE_VALIDITY = QT_TRANSLATE_NOOP("CoreMessages", "tariff {rate_id} ({charge}) used outside its validity dates "
                                                     "on {leg}")
NO_TARIFF = QT_TRANSLATE_NOOP("CoreMessages", "no tariff for {equipment} on {leg}")
CLOSED_ON = QT_TRANSLATE_NOOP("CoreMessages", "{where} closed {window} ({reason}); the cargo would reach it on "
                                              "{date}")
CLOSED_WHEN = QT_TRANSLATE_NOOP("CoreMessages", "{where} closed {window}; the cargo would reach it on {date}")
# a closure with a known end within the tables' max_wait_days: the cargo waits for it (closures.reopening)
WAITS_FOR_REOPENING = QT_TRANSLATE_NOOP("CoreMessages", "waits {days} days at {where} for it to reopen on {date}: "
                                                        "closed {window} ({reason}); the cargo reaches it on "
                                                        "{reached}")
WAITS_A_DAY_FOR_REOPENING = QT_TRANSLATE_NOOP("CoreMessages", "waits 1 day at {where} for it to reopen on {date}: "
                                                              "closed {window} ({reason}); the cargo reaches it on "
                                                              "{reached}")
MORE_TRADE_OFFS = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: best trade-offs not shown: {count}; the tables "
                                                    "show at most {limit} routes of a corridor (setting "
                                                    "routes_per_corridor)")
# the window's summary line when several corridors keep trade-offs off the screen (the sentences go in its tooltip)
MORE_TRADE_OFFS_IN_SHORT = QT_TRANSLATE_NOOP("CoreMessages", "best trade-offs not shown: {count} (corridors: "
                                                             "{corridors}; setting routes_per_corridor): see the "
                                                             "tooltip")
MAY_CLOSE = QT_TRANSLATE_NOOP("CoreMessages", "{where} may be closed when the cargo passes {passes}: closed "
                                              "{window} ({reason})")
AT_RISK = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, {window}; the cargo passes {passes}")
PROPOSED_UNDECIDED = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no decision "
                                                       "recorded in the tables")
PROPOSED_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no decision "
                                                       "known")  # the buyer's copy: not "in the tables"
PROPOSED_AHEAD = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed from {date}, not decided")
BACK_DATED = QT_TRANSLATE_NOOP("CoreMessages", "departure {departure} is before the quote date {today}: a "
                                               "back-dated quote")
STALE = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} days: {parts}; check them before quoting")
STALE_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} days: {parts}")  # the buyer's copy
STALE_FX = QT_TRANSLATE_NOOP("CoreMessages", "exchange rate of {pair} of {date} ({days} days old)")
STALE_FX_SEVERAL = QT_TRANSLATE_NOOP("CoreMessages", "exchange rates of {pairs} of {date} ({days} days old)")
STALE_FX_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "{rate}, used only by {route}")
STALE_FX_ROUTES = QT_TRANSLATE_NOOP("CoreMessages", "{rate}, used only by routes {numbers}")
STALE_FX_ALSO = QT_TRANSLATE_NOOP("CoreMessages", "also {pairs}")  # the other rates past the limit, newer
STALE_RATE = QT_TRANSLATE_NOOP("CoreMessages", "the oldest rate used, {charge} ({where}), of {date}")
WINDOW_BETWEEN = QT_TRANSLATE_NOOP("CoreMessages", "from {start} to {end}")
WINDOW_SINCE = QT_TRANSLATE_NOOP("CoreMessages", "since {start}, until further notice")
WINDOW_FROM = QT_TRANSLATE_NOOP("CoreMessages", "from {start}, until further notice")
ON_DAY = QT_TRANSLATE_NOOP("CoreMessages", "on {date}")
BETWEEN_DAYS = QT_TRANSLATE_NOOP("CoreMessages", "between {first} and {last}")
# re-quoting a saved quote on today's tables
ROUTE_VIA = QT_TRANSLATE_NOOP("CoreMessages", "{corridor} via {places}")
ROUTE_DIRECT = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}, direct")
NEW_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "new route: {route}")
NOW_AVAILABLE = QT_TRANSLATE_NOOP("CoreMessages", "{route}: now available")
NOW_UNAVAILABLE = QT_TRANSLATE_NOOP("CoreMessages", "{route}: now unavailable: {reason}")
COST_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{route}: cost {old} → {new} {currency} ({change})")
DAYS_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{route}: typical days {old} → {new}")
ROUTE_GONE = QT_TRANSLATE_NOOP("CoreMessages", "route no longer offered: {route}")
TABLES_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "tables: exchange rates as of {old} → {new}")
# reading workbooks: where a problem is, and what it is
PROBLEM_AT = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {problem}")
SHEET_AT = QT_TRANSLATE_NOOP("CoreMessages", "sheet '{sheet}'")
ROW_AT = QT_TRANSLATE_NOOP("CoreMessages", "row {row}")
COLUMN_AT = QT_TRANSLATE_NOOP("CoreMessages", "column '{column}'")
ONE_MORE_PROBLEM = QT_TRANSLATE_NOOP("CoreMessages", "{first} (and 1 more problem)")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("CoreMessages", "{first} (and {count} more problems)")
CELL_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, found '{value}'")
CELL_TEXT_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, found text '{value}'")
CELL_NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "expected a finite number, found '{value}'")
CELL_DATE_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a date, found the number {value}")
CELL_NOT_DATE = QT_TRANSLATE_NOOP("CoreMessages", "expected a date such as 2026-03-01, found '{value}'")
CELL_DATE_TIME = QT_TRANSLATE_NOOP("CoreMessages", "expected a date such as 2026-03-01, found a time or a duration "
                                                   "('{value}'): a cell formatted as a time, or a number below 1 "
                                                   "formatted as a date")
CELL_NOT_ID = QT_TRANSLATE_NOOP("CoreMessages", "expected an identifier of letters a-z, digits, '-' or '_', "
                                                "found '{value}'")
CELL_NOT_ABOVE = QT_TRANSLATE_NOOP("CoreMessages", "expected a number greater than {minimum}, found {value}")
CELL_BELOW = QT_TRANSLATE_NOOP("CoreMessages", "expected a number at least {minimum}, found {value}")
CELL_ABOVE = QT_TRANSLATE_NOOP("CoreMessages", "expected a number at most {maximum}, found {value}")
CELL_DATE_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "expected a date from {first} to {last}, found {value} (leave "
                                                    "the cell blank for an open end)")
CELL_NOT_WHOLE = QT_TRANSLATE_NOOP("CoreMessages", "expected a whole number, found {value}")
CELL_NOT_ONE_OF = QT_TRANSLATE_NOOP("CoreMessages", "expected one of {allowed}, found '{value}'")
CELL_NO_VALUE = QT_TRANSLATE_NOOP("CoreMessages", "expected at least one value")
CELL_NOT_FROM = QT_TRANSLATE_NOOP("CoreMessages", "expected values from {allowed}, found '{value}'")
CELL_NO_ID = QT_TRANSLATE_NOOP("CoreMessages", "expected at least one identifier, or *")
CELL_NOT_YES_NO = QT_TRANSLATE_NOOP("CoreMessages", "expected yes or no, found '{value}'")
CELL_NOT_CURRENCY = QT_TRANSLATE_NOOP("CoreMessages", "expected a three-letter currency code such as USD, "
                                                      "found '{value}'")
CELL_NOT_COUNTRY = QT_TRANSLATE_NOOP("CoreMessages", "expected a two-letter country code such as KZ, found "
                                                     "'{value}'")
CELL_NOT_COUNTRY_MEANT = QT_TRANSLATE_NOOP("CoreMessages", "expected a two-letter country code such as KZ, found "
                                                           "'{value}'; did you mean {code}?")
CELL_NOT_WAYPOINTS = QT_TRANSLATE_NOOP("CoreMessages", "expected points as latitude and longitude separated by "
                                                       "';', such as 26.4 56.75; 25.45 57.55, found '{value}'")
CELL_WAYPOINT_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "a latitude runs from -90 to 90 and a longitude from -180 "
                                                        "to 180, found '{value}'")
CELL_EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "this cell must be filled")
CELL_FORMULA = QT_TRANSLATE_NOOP("CoreMessages", "the cell holds the formula {formula} but no saved result; open "
                                                 "the workbook in Excel or LibreOffice and save it, so the result "
                                                 "is stored")
CELL_ERROR_VALUE = QT_TRANSLATE_NOOP("CoreMessages", "the cell holds the error {error} instead of a value; correct "
                                                     "it in Excel or LibreOffice and save again")
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("CoreMessages", "file not found")
NOT_A_REGULAR_FILE = QT_TRANSLATE_NOOP("CoreMessages", "a folder, a device or a pipe, not a workbook file")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "cannot read the file ({error})")
NOT_A_FILE_TO_READ = QT_TRANSLATE_NOOP("CoreMessages", "it is a device or a pipe, not a file")
EMPTY_FILE = QT_TRANSLATE_NOOP("CoreMessages", "an empty file; save it from Excel or LibreOffice as .xlsx")
NOT_XLSX = QT_TRANSLATE_NOOP("CoreMessages", "not an Excel workbook (.xlsx); save it from Excel or LibreOffice "
                                             "as .xlsx")
CSV_FILE = QT_TRANSLATE_NOOP("CoreMessages", "a text (CSV) file with one table; the tables need a workbook with "
                                             "one sheet per table; save it from Excel or LibreOffice as .xlsx")
TEXT_FILE = QT_TRANSLATE_NOOP("CoreMessages", "a text file, not an Excel workbook (.xlsx); save it from Excel or "
                                              "LibreOffice as .xlsx")
WORKBOOK_DAMAGED = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged or unsafe and was not read ({error})")
XLS_NUMBER_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "a number in its Excel 97–2003 (.xls) structure has "
                                                        "thousands of digits")
# a workbook past the limits on what is read (gui/core/workbook_limits.py)
FILE_TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "the file is {size} MiB; workbooks of at most {limit} MiB are read")
TOO_MANY_PARTS = QT_TRANSLATE_NOOP("CoreMessages", "the file is made of {count} parts; a workbook has a few dozen "
                                                   "(at most {limit} are read)")
PART_TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "its part {part} unpacks to more than {limit} MiB, the most "
                                                   "that is read")
PARTS_TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "it unpacks to more than {limit} MiB, the most that is read")
PART_RATIO = QT_TRANSLATE_NOOP("CoreMessages", "its part {part} unpacks to {ratio} times its packed size (real "
                                               "workbooks: under {limit} times), as files made to exhaust memory do")
PART_SIZE_DIFFERS = QT_TRANSLATE_NOOP("CoreMessages", "part {part} holds {size} bytes, not the {declared} its "
                                                      "directory says")
NOT_A_SPREADSHEET_ZIP = QT_TRANSLATE_NOOP("CoreMessages", "a zip file, but not an Excel (.xlsx) or OpenDocument "
                                                          "(.ods) workbook")
OLE_NOT_WORKBOOK = QT_TRANSLATE_NOOP("CoreMessages", "an Office file, but not an Excel workbook")
PASSWORD_PROTECTED = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is protected by a password; open it in Excel "
                                                       "or LibreOffice, remove the password and save it again")
XML_DTD = QT_TRANSLATE_NOOP("CoreMessages", "it declares XML entities, which workbooks never do (a way to exhaust "
                                            "memory)")
TOO_MANY_STRINGS = QT_TRANSLATE_NOOP("CoreMessages", "it declares {count} shared strings; at most {limit} are read")
SHEET_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "the sheet reaches row {rows}; sheets of at most {limit} "
                                                        "rows below the header are read (delete what lies below the "
                                                        "table and save again)")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "the sheets read reach {rows} rows in all; at most {limit} are read "
                                                  "from one workbook")
SHEET_TOO_MANY_CELLS = QT_TRANSLATE_NOOP("CoreMessages", "the sheet spans {rows} rows × {columns} columns; at most "
                                                         "{limit} cells are read in all (delete what lies beyond the "
                                                         "table and save again)")
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "its cells hold more than {limit} MiB of text once read, far more "
                                                  "than any table")
READER_FAILED = QT_TRANSLATE_NOOP("CoreMessages", "the workbook reader stopped without an answer (exit code {code}); "
                                                  "the file may be damaged or made to exhaust memory")
READING_STOPPED = QT_TRANSLATE_NOOP("CoreMessages", "the reading was stopped")
XLS_NOTE = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}: read as an Excel 97–2003 (.xls) workbook; .xlsx is "
                                             "preferred")
EXTRA_COLUMNS = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet '{sheet}': extra columns ignored: {columns}")
SHEET_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "sheet '{sheet}' is missing (sheets found: {found})")
SHEET_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "the sheet could not be read ({error})")
SHEET_DATE_BEYOND_CALENDAR = QT_TRANSLATE_NOOP("CoreMessages", "a cell holds a number formatted as a date or a time "
                                                          "that no calendar reaches; type the date again or clear "
                                                          "the cell's format")
SHEET_EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "the sheet is empty; row 1 must hold the column names")
COLUMN_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "column {columns} missing from row 1")
COLUMNS_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "columns {columns} missing from row 1")
COLUMN_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "column '{column}' appears twice (columns {first} and {second}); "
                                                 "keep one of them")
MERGED_CELLS = QT_TRANSLATE_NOOP("CoreMessages", "cells {cells} are merged: a spreadsheet shows the value of {first} "
                                                "in each, but keeps it only in {first}; unmerge them and fill each "
                                                "cell")
SHEET_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "two sheets are both '{sheet}' ({names}); rename or remove one of "
                                                "them")
LOOKS_LIKE_TARIFFS = QT_TRANSLATE_NOOP("CoreMessages", "this looks like a tariffs workbook (sheets {sheets}), not "
                                                      "a corridors workbook; give it as the tariffs workbook "
                                                      "(--tariffs on the command line)")
LOOKS_LIKE_CORRIDORS = QT_TRANSLATE_NOOP("CoreMessages", "this looks like a corridors workbook (sheets {sheets}), "
                                                         "not a tariffs workbook; give it as the corridors workbook "
                                                         "(--corridors on the command line)")
SOURCE_OR_ESTIMATE = QT_TRANSLATE_NOOP("CoreMessages", "source_ids (or estimate_note)")
NO_ORIGIN = QT_TRANSLATE_NOOP("CoreMessages", "neither source_ids nor estimate_note is filled: every figure needs "
                                              "an origin")
UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("CoreMessages", "unknown source id '{value}' (not in any 'sources' sheet)")
DUPLICATE = QT_TRANSLATE_NOOP("CoreMessages", "duplicate {column} '{value}' (first used in row {row})")
PLACE_NAME_TAKEN = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is also a name of place {other} (row {row}); a "
                                                     "quote could not tell the two places apart")
CARGO_NAME_TAKEN = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is also a name of cargo {other} (row {row}); a "
                                                     "quote could not tell the two cargo types apart")
DAY_ORDER = QT_TRANSLATE_NOOP("CoreMessages", "days must satisfy min ≤ typical ≤ max, found {low} / {typical} / "
                                              "{high}")
UNKNOWN_PLACE_ID = QT_TRANSLATE_NOOP("CoreMessages", "unknown place '{value}' (not in sheet 'places')")
UNKNOWN_EQUIPMENT_ID = QT_TRANSLATE_NOOP("CoreMessages", "unknown equipment '{value}' (not in sheet 'equipment')")
LEG_SAME_PLACES = QT_TRANSLATE_NOOP("CoreMessages", "a leg must join two different places")
UNKNOWN_TARGET_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "unknown place '{value}'")
UNKNOWN_TARGET_LEG = QT_TRANSLATE_NOOP("CoreMessages", "unknown leg '{value}'")
END_BEFORE_START = QT_TRANSLATE_NOOP("CoreMessages", "end_date {end} is before start_date {start}")
YEARLY_NEEDS_END = QT_TRANSLATE_NOOP("CoreMessages", "a window that repeats every year needs an end_date")
FACTOR_NEEDS = QT_TRANSLATE_NOOP("CoreMessages", "a {element} factor needs one of {allowed}")
FACTOR_UNIT = QT_TRANSLATE_NOOP("CoreMessages", "a {element} factor is given in {unit}")
SECOND_FX = QT_TRANSLATE_NOOP("CoreMessages", "a second {currency} rate for {date} (first in row {row})")
USD_IS_ONE = QT_TRANSLATE_NOOP("CoreMessages", "USD must be 1 unit per USD")
NO_FX_FOR = QT_TRANSLATE_NOOP("CoreMessages", "currency {currency} has no rate in sheet 'fx'")
VALID_TO_BEFORE = QT_TRANSLATE_NOOP("CoreMessages", "valid_to {end} is before valid_from {start}")
UNKNOWN_LEG_ID = QT_TRANSLATE_NOOP("CoreMessages", "unknown leg '{value}' (not in corridors sheet 'legs')")
NO_USABLE_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "the sheet has no usable rows")
UNKNOWN_SETTING = QT_TRANSLATE_NOOP("CoreMessages", "unknown setting '{value}'; known: {known}")
COUNTRY_UNKNOWN = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'places': the country code {code} ({places}) "
                                                    "is not one the map or the tariffs know; check that it is the "
                                                    "place's ISO code")
FX_AFTER_TODAY = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'fx': {count} rate(s) dated after today (the "
                                                   "latest {date}); a quote uses them only when it departs on or "
                                                   "after their date")
NO_SETTINGS_SHEET = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}: no 'settings' sheet; the default search rules "
                                                      "are used")
# saving files and the quote history
DISK_FULL = QT_TRANSLATE_NOOP("CoreMessages", "the disk is full: {file} was not saved (the previous file, if any, "
                                              "is unchanged)")
READ_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "{folder} is read-only: {file} was not saved")
NOT_WRITABLE = QT_TRANSLATE_NOOP("CoreMessages", "{file} cannot be written: the folder is not writable or the file "
                                                 "is open in another program (close it and save again)")
NOT_WHOLE = QT_TRANSLATE_NOOP("CoreMessages", "{file} could not be written whole and was not saved (the previous "
                                              "file, if any, is unchanged)")
NO_FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist")
NOT_SAVED = QT_TRANSLATE_NOOP("CoreMessages", "{file} was not saved: {error}")
NOT_A_FILE = QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder, a device or a pipe, not a file: nothing was "
                                               "saved there")
HISTORY_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "the quote history {file} cannot be opened: {error}")
HISTORY_NO_FOLDER = QT_TRANSLATE_NOOP("CoreMessages", "the quote history cannot be kept in {folder}: {error}")
HISTORY_NEWER = QT_TRANSLATE_NOOP("CoreMessages", "the quote history was written by a newer Corridor Quote "
                                                  "(schema {version})")
HISTORY_READ_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "the quote history in {folder} is read-only: saved quotes "
                                                      "can be looked at, not added")
HISTORY_UNREADABLE_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "{count} saved quote(s) cannot be read (damaged); the "
                                                            "others are listed")
HISTORY_NOT_A_FILE = QT_TRANSLATE_NOOP("CoreMessages", "the quote history {path} is a folder, a device or a pipe, "
                                                      "not a file")
HISTORY_FOREIGN = QT_TRANSLATE_NOOP("CoreMessages", "the quote history {file} holds what this program does not make "
                                                    "({objects}): it was not opened, and is left as it is")
QUOTE_NOT_SAVED = QT_TRANSLATE_NOOP("CoreMessages", "the quote was not saved: {error}")
NO_SAVED_QUOTE = QT_TRANSLATE_NOOP("CoreMessages", "no saved quote {number}")
# what new tables change
CHANGED_THINGS = {
    "rate": QT_TRANSLATE_NOOP("Terms", "rate"), "node fee": QT_TRANSLATE_NOOP("Terms", "node fee"),
    "leg": QT_TRANSLATE_NOOP("Terms", "leg"), "closure": QT_TRANSLATE_NOOP("Terms", "closure"),
    "place": QT_TRANSLATE_NOOP("Terms", "place"), "exchange rate": QT_TRANSLATE_NOOP("Terms", "exchange rate"),
}
PLACE_KINDS = {
    "city": QT_TRANSLATE_NOOP("Terms", "city"), "border_crossing": QT_TRANSLATE_NOOP("Terms", "border crossing"),
    "port": QT_TRANSLATE_NOOP("Terms", "port"), "dry_port": QT_TRANSLATE_NOOP("Terms", "dry port"),
    "transshipment": QT_TRANSLATE_NOOP("Terms", "transshipment"), "junction": QT_TRANSLATE_NOOP("Terms", "junction"),
}
OPEN_END = QT_TRANSLATE_NOOP("Terms", "open")
ANY_PLACE = QT_TRANSLATE_NOOP("Terms", "any place")
PLANNED_LINE = QT_TRANSLATE_NOOP("Terms", "planned")
OPERATIONAL_LINE = QT_TRANSLATE_NOOP("Terms", "operational")
CLOSED = QT_TRANSLATE_NOOP("Terms", "closed")
RISK = QT_TRANSLATE_NOOP("Terms", "risk")
CHANGE_ADDED = QT_TRANSLATE_NOOP("CoreMessages", "{what} added: {item}: {details}")
CHANGE_REMOVED = QT_TRANSLATE_NOOP("CoreMessages", "{what} removed: {item}: {details}")
CHANGE_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{what} changed: {item}: {before} → {after}")
CHANGE_CHANGED_BY = QT_TRANSLATE_NOOP("CoreMessages", "{what} changed: {item}: {before} → {after} ({change})")
RATE_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {currency} {basis}")
RATE_VALID = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {currency} {basis}, valid {start} to {end}")
RATE_LABEL = QT_TRANSLATE_NOOP("CoreMessages", "{id} {leg}, {equipment}, {charge}")
RATE_LABEL_DIRECTION = QT_TRANSLATE_NOOP("CoreMessages", "{id} {leg}, {equipment}, {charge}, {direction}")
FEE_LABEL = QT_TRANSLATE_NOOP("CoreMessages", "{id} {place}, {event}, {charge}")
LEG_WITH_MODE = QT_TRANSLATE_NOOP("CoreMessages", "{start}–{end} ({mode})")
ID_AND_NAME = QT_TRANSLATE_NOOP("CoreMessages", "{id} {name}")
ID_AND_TARGET = QT_TRANSLATE_NOOP("CoreMessages", "{id} ({target})")
LEG_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{km} km, {low}/{typical}/{high} days, {status}")
CLOSURE_SPAN = QT_TRANSLATE_NOOP("CoreMessages", "{effect} {start} to {end}")
CLOSURE_YEARLY = QT_TRANSLATE_NOOP("CoreMessages", "{effect} {start} to {end} every year")
PLACE_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{country}, {kind}")
FX_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{rate} per USD as of {date}")
FX_DATE_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "exchange rates as of {old} → {new}")
# the map's checks of leg lines (`check`): notes, the tables stay usable
LINE_LONGER = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'legs', leg {leg}: the line through its waypoints "
                                                "is {line} km, longer than the leg's {km} km; check the order of "
                                                "the points (latitude first)")
SEA_OVER_LAND = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'legs', leg {leg}: the map draws this sea leg "
                                                  "across land near {lat} {lon}; add waypoints round the coast in "
                                                  "its waypoints column")
NO_COORDINATES = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'places', place {place}: no lat and lon, so "
                                                   "the map cannot draw the legs from it")
