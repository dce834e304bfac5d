"""Messages from the core: every one a user can see is a translatable Message, said again in another language
with its values (names, dates, figures) in that language, and kept with a saved quote."""
from __future__ import annotations

import ast
import datetime as dt
import json
from pathlib import Path

import pytest

from gui.core import messages as msg
from gui.core import vocabulary as vocab

from gui.core import quote_messages as qmsg

from gui.core import file_messages as fmsg
from gui.core.errors import InputError
from gui.core.messages import Figure, InSentence, Message, Verbatim, Wording
from gui.core.report import quote_document, said, said_list
from gui.core.request import QuoteRequest

CORE = Path(__file__).resolve().parents[2] / "gui" / "core"


def _message_call(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
            and (getattr(node.func, "id", None) == "Message" or getattr(node.func, "attr", None) == "joined"))


def test_every_user_message_of_the_core_is_translatable():
    """Input errors, route warnings and reasons, workbook problems and save and history errors are Messages,
    never plain (f-)strings."""
    plain = []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "InputError" and len(node.args) >= 2 and not _message_call(node.args[1]):
                plain.append(f"{path.name}:{node.lineno}")
            if name in ("_CellError", "SaveError", "HistoryError", "problem") and node.args \
                    and isinstance(node.args[0], (ast.JoinedStr, ast.Constant)):
                plain.append(f"{path.name}:{node.lineno}")
            target = node.func.value if isinstance(node.func, ast.Attribute) else None
            owner = getattr(target, "id", None) or getattr(target, "attr", None)
            if name == "append" and owner in ("warnings", "reasons", "notes") and node.args \
                    and isinstance(node.args[0], (ast.JoinedStr, ast.Constant)):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_templates_are_marked_and_their_placeholders_are_simple():
    import string

    from gui.core import file_messages, quote_messages

    templates = [value for module in (msg, quote_messages, file_messages) for name, value in vars(module).items()
                 if name.isupper() and isinstance(value, str) and name not in ("CONTEXT", "TERMS")]
    assert len(templates) > 150
    for template in templates:
        for _, _field, spec, conversion in string.Formatter().parse(template):
            assert not spec and not conversion, template  # figures carry their own format (Figure)


RUSSIAN = {
    ("CoreMessages", "{where} closed {window} ({reason}); the cargo would reach it on {date}"):
        "{where} закрыт {window} ({reason}); груз прибудет туда {date}",
    ("CoreMessages", "from {start} to {end}"): "с {start} по {end}",
    ("CoreMessages", "{start}–{end}"): "{start}–{end}",
    ("CoreMessages", "{what} must be greater than zero, not {number}"): "{what}: нужно больше нуля, а не {number}",
    ("Terms", "quantity"): "количество",
}


def russian() -> Wording:
    return Wording(translate=lambda context, text: RUSSIAN.get((context, text), text),
                   name={"Gate": "Ворота", "test closure": "тестовое закрытие"}.get,
                   date=lambda day: day.strftime("%d.%m.%Y"),
                   number=lambda text: text.replace(",", " ").replace(".", ","), language="ru")


def gate_closed(reason: str = "test closure") -> Message:
    """The fixture's closure of Gate (1–31 May 2026), met by cargo reaching it on 1 May."""
    return Message(qmsg.CLOSED_ON, where="Gate", reason=reason, date=dt.date(2026, 5, 1),
                   window=Message(qmsg.WINDOW_BETWEEN, start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31)))


GATE_CLOSED = "Gate closed from 2026-05-01 to 2026-05-31 (test closure); the cargo would reach it on 2026-05-01"
GATE_CLOSED_RU = "Ворота закрыт с 01.05.2026 по 31.05.2026 (тестовое закрытие); груз прибудет туда 01.05.2026"


def test_a_message_is_said_in_another_language_with_its_values():
    closed = gate_closed()
    assert closed == GATE_CLOSED  # English, as the CLI and JSON read it
    assert closed.render(russian()) == GATE_CLOSED_RU
    negative = Message(qmsg.NOT_POSITIVE, what=vocab.field_term("quantity"), number=Figure(-1234.5, ",g"))
    assert negative == "quantity must be greater than zero, not -1,234.5"
    assert russian().say(negative) == "количество: нужно больше нуля, а не -1 234,5"
    typed = Message(qmsg.UNKNOWN_KNOWN, what=vocab.field_term("cargo"), text=Verbatim("Gate"), known=["Gate"])
    assert "'Gate'" in typed.render(russian()) and "Ворота" in typed.render(russian())  # typed text kept as is


def test_a_cargo_name_within_a_sentence_is_not_capitalised_and_stays_so_when_saved():
    """"Pakistan prohibits imports of Wheat" read as a misprint on the first line of a quote; a name heading a
    list keeps its capital, an acronym its capitals, in English and in the reader's language."""
    from gui.core import trade_messages as tmsg

    wording = Wording(name=lambda text: {"Wheat": "Пшеница", "KTZ grain": "КТЖ зерно"}.get(text, text))
    for name, english, russian_name in (("Wheat", "wheat", "пшеница"), ("KTZ grain", "KTZ grain", "КТЖ зерно")):
        said = Message(tmsg.PROHIBITED_UNDATED, country="Pakistan", cargo=InSentence(name), sources=Verbatim("S"),
                       notes=Verbatim("n"))
        assert said == f"Pakistan prohibits imports of {english} (S): n"
        assert f"imports of {russian_name} " in said.render(wording)
        again = Message.from_data(json.loads(json.dumps(said.to_data())))
        assert again == said and again.render(wording) == said.render(wording)
    assert Message(qmsg.NO_ROUTE, cargo="Wheat", handling="bulk", origin="A", destination="B").startswith(
        "no route in these tables carries Wheat")  # a plain name is said as the tables write it


def test_a_bilingual_wording_keeps_the_english():
    wording = russian()
    wording.bilingual = True
    assert wording.say(gate_closed()) == f"{GATE_CLOSED_RU} ({GATE_CLOSED})"


def test_a_translation_with_a_broken_placeholder_falls_back_to_english():
    broken = Wording(translate=lambda context, text: "{wrong} закрыт" if context == "CoreMessages" else text)
    assert broken.say(gate_closed("r")) == GATE_CLOSED.replace("test closure", "r")


def test_input_errors_carry_messages(engine):
    with pytest.raises(InputError) as caught:
        engine.quote(QuoteRequest("wheat", "-5", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    assert isinstance(caught.value.message, Message)
    assert russian().say(caught.value.message) == "количество: нужно больше нуля, а не -5"


def test_a_saved_quote_keeps_its_messages_sayable(engine):
    """Reasons and warnings survive JSON (the quote history) with their structure, so a quote saved in English
    prints later in Russian; a document saved before messages had structure still shows its English text."""
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 4, 28), "USD"))
    document = json.loads(json.dumps(quote_document(result, engine.tables)))
    north = next(r for r in document["routes"] if r["corridor"] == "North")
    assert north["unavailable_reason"] == GATE_CLOSED
    assert said(north, "unavailable_reason", russian()) == GATE_CLOSED_RU
    assert said_list(north, "warnings") == north["warnings"]
    del north["said"]
    assert said(north, "unavailable_reason", russian()) == north["unavailable_reason"]
    north["said"] = {"unavailable_reason": {"template": "{gone}", "values": {}}}  # damaged: the English stays
    assert said(north, "unavailable_reason", russian()) == north["unavailable_reason"]


def test_joined_corridor_names_are_said_part_by_part():
    """A route over two corridors is named "A + B", and a corridor's own name may hold " + " too."""
    local = {"Caspian + Iran (Kuryk–Amirabad)": "Каспий + Иран (Курык–Амирабад)", "Sea": "Море"}
    russian = {"Domestic {countries}": "Внутренний {countries}",
               "Cross-border {countries}": "Трансграничный {countries}",
               "Kazakhstan": "Казахстан", "Uzbekistan": "Узбекистан", "China": "Китай", "Pakistan": "Пакистан"}
    name = vocab.name_lookup(local, lambda context, text: russian.get(text, text))
    assert name("Caspian + Iran (Kuryk–Amirabad) + Sea") == "Каспий + Иран (Курык–Амирабад) + Море"
    assert name("Domestic KZ/UZ + Sea + Unknown") == "Внутренний Казахстан/Узбекистан + Море + Unknown"
    assert name("Cross-border CN/PK") == "Трансграничный Китай/Пакистан"
    assert name("Sea") == "Море" and name("Gate") == "Gate"
    english = vocab.name_lookup({}, lambda context, text: text)
    assert english("Domestic PK") == "Domestic PK" and english("Cross-border CN/PK") == "Cross-border CN/PK"


def test_a_domestic_route_in_russian_names_its_country_not_a_code_read_as_kazakhstan():
    """Latin "PK" in Russian text reads as "РК", the Republic of Kazakhstan: Lahore → Gwadar's cheapest route
    read "Внутренний маршрут РК" at a fair in Almaty. The route names the country in the reader's language."""
    russian = {"Domestic {countries}": "Внутренний маршрут {countries}", "Pakistan": "Пакистан"}
    name = vocab.name_lookup({}, lambda context, text: russian.get(text, text))
    assert name("Domestic PK") == "Внутренний маршрут Пакистан"


def test_requote_differences_are_said_in_the_readers_language(engine):
    from gui.core.requote import compare_quotes

    def document(day):
        result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", day, "USD"))
        return json.loads(json.dumps(quote_document(result, engine.tables)))

    lines = compare_quotes(document(dt.date(2026, 3, 1)), document(dt.date(2026, 5, 10)))
    assert lines == ["North via Gate → Beta: now unavailable: " + GATE_CLOSED.replace("it on 2026-05-01",
                                                                                       "it on 2026-05-13")]
    wording = russian()
    words = {qmsg.ROUTE_VIA: "{corridor} через {places}", qmsg.NOW_UNAVAILABLE: "{route}: теперь недоступен: {reason}"}
    wording.translate = lambda context, text: words.get(text) or RUSSIAN.get((context, text), text)
    wording.name = {"Gate": "Ворота", "Beta": "Бета", "North": "Север", "test closure": "тестовое закрытие"}.get
    assert wording.say(lines[0]) == ("Север через Ворота → Бета: теперь недоступен: "
                                     + GATE_CLOSED_RU.replace("туда 01.05.2026", "туда 13.05.2026"))


def test_a_rate_in_a_sentence_is_written_as_the_conversion_uses_it():
    from gui.core.messages import RATE, Figure

    assert [str(Figure(value, RATE)) for value in (503.35, 1200.125, 0.7672, 11952.24, 592.1764705882)] == [
        "503.35", "1,200.125", "0.7672", "11,952.24", "592.1764706"]


URDU_NAMES = {"Karachi": "کراچی", "Bandar Abbas": "بندر عباس", "Etrek / Inche Burun": "اترک / اینچہ برون"}


def urdu(templates: dict[str, str] | None = None) -> Wording:
    return Wording(translate=lambda context, text: (templates or {}).get(text, text),
                   name=lambda text: URDU_NAMES.get(text, text), language="ur")


def test_in_right_to_left_text_a_message_within_a_message_is_a_right_to_left_isolate():
    """A leg "{start}–{end}" inside a warning: its places are isolates, which an FSI around the leg looks past for
    its direction; finding no letter, it took left to right and put Karachi on the left, read last in Urdu. An Urdu
    leg or list is a right-to-left isolate (RLI); money and Latin names stay FSI, left to right."""
    rli, fsi, pdi = "\u2067", "\u2068", "\u2069"
    leg = Message(qmsg.LEG_NAME, start="Karachi", end="Bandar Abbas")
    planned = Message(qmsg.PLANNED, leg=leg)
    assert planned == "Karachi–Bandar Abbas is a planned line, not in operation"  # English unchanged
    assert urdu().say(planned).startswith(f"{rli}{fsi}کراچی{pdi}–{fsi}بندر عباس{pdi}{pdi} ")
    places = Message(qmsg.PLANNED, leg=Message("{places}", places=["Bandar Abbas", "Etrek / Inche Burun"]))
    assert urdu().say(places).startswith(f"{rli}{fsi}بندر عباس{pdi}، {fsi}اترک / اینچہ برون{pdi}{pdi} ")
    latin = Message(qmsg.PLANNED, leg=Message(qmsg.LEG_NAME, start="Kostanay", end="Dostyk"))
    assert urdu().say(latin).startswith(f"{fsi}{fsi}Kostanay{pdi}–{fsi}Dostyk{pdi}{pdi} ")  # no Urdu letter in it
    assert Wording(language="ru").say(planned) == str(planned)  # left-to-right languages: no isolates at all


def test_in_right_to_left_text_a_translation_s_arrows_point_the_way_it_reads():
    """The Urdu translation of "carriage {origin} → {place}" kept its arrow, pointing right, to the origin, while the
    route's own arrows point left; a template left in English (no translation yet) keeps its "→"."""
    from gui.core.terms_block import BLOCK

    template = BLOCK["carriage_after"]
    carriage = Message(template, place="Karachi", destination="Bandar Abbas")
    assert carriage == "carriage Karachi → Bandar Abbas"
    said = urdu({template: "کرایہ {place} → {destination}"}).say(carriage)
    assert "→" not in said and "\u2069 ← \u2068" in said
    assert "→" in urdu().say(carriage) and "←" not in urdu().say(carriage)  # untranslated: English, left to right
    bare = Message(fmsg.CHANGE_CHANGED, what="x", item="y", before=Figure(1), after=Figure(2))
    assert "←" in urdu({fmsg.CHANGE_CHANGED: "{what}: {item}: {before} → {after}"}).say(bare)  # no letter either way
    assert "→" in Wording(language="ru", translate=lambda c, t: "перевозка {place} → {destination}").say(carriage)


def test_a_count_of_one_is_said_in_the_singular():
    """Templates that say "{n} days" (and legs, routes, rates) read "1 days": each has its form for one, chosen by
    the figure as it reads ("1", "+1", "-1"; "1.0" and "0" stay plural, as English writes them)."""
    import datetime as dt

    from gui.core import quote_messages as qmsg
    from gui.core.freshness import quote_warnings
    from gui.core.frontier import trade_offs_not_shown
    from gui.core.inclusions import inclusions
    from gui.core.messages import Figure, counted
    from gui.core.money import FxUsed

    assert [counted(Figure(v, spec), "one", "other") for v, spec in (
        (1, ",.0f"), (1, "+g"), (-1, "+g"), (1.0, ".1f"), (0, ",.0f"), (2, ",.0f"), (1.04, ".0f"))] == [
        "one", "one", "one", "other", "other", "other", "one"]
    day = dt.date(2026, 3, 2)
    rate = FxUsed("KZT", 503.35, day - dt.timedelta(days=1), (), "", False)
    [stale] = quote_warnings(day, day, 0, [rate], [])
    assert str(stale).startswith("older than 0 days: exchange rate of KZT/USD of 2026-03-01 (1 day old)")
    stale = quote_warnings(day - dt.timedelta(days=1), day + dt.timedelta(days=1), 1, [rate], [])[-1]
    assert str(stale).startswith("older than 1 day: exchange rate of KZT/USD of 2026-03-01 (2 days old)")
    included, _ = inclusions({"legs": [{"mode": "rail"}], "nodes": []})
    assert str(included[0]) == "freight by rail, 1 leg"

    class Route:
        corridor = "China"

    [hidden] = trade_offs_not_shown([Route(), Route()], [], 1)
    assert str(hidden).endswith("the tables show at most 1 route of a corridor")
    assert hidden.template == qmsg.MORE_TRADE_OFFS_ONE


@pytest.mark.parametrize("template, value", [
    ("{a:>99999999999}", "x"),  # a field of 100 billion characters: MemoryError
    ("{a:X>300000}", "x"),  # 300,000 characters laid out: minutes
    ("{a.__class__.__mro__}", "x"),  # an attribute read
    ("{a[0]}", "x"),
    ("{a!r}", "x"),
    ("{a}", {"figure": 1.5, "spec": ",.999999f"}),  # a million decimals
    ("{a}", {"figure": 1.5, "spec": ">99999999999"}),
    ("{a}", {"figure": 1.5, "spec": "less than:.999999f"}),
    ("x" * 5000 + "{a}", "x"),
])
def test_a_saved_message_formats_only_names_and_the_figures_the_program_writes(template, value):
    """A saved quote's messages come from its file, and were formatted as they were: a history sent by another
    with ``{a:>99999999999}`` in a warning crashed the preview and both exports (MemoryError), and a figure saved
    with a million decimals froze the window for minutes. Such a message is said as its saved English text."""
    from gui.core.messages import Message

    assert Message.from_data({"template": template, "values": {"a": value}}, "the saved text") == "the saved text"


def test_the_figures_the_program_writes_are_read_back():
    from gui.core.messages import LESS_THAN, RATE, Figure, Message

    for spec in (",.0f", ",.10g", "+.0%", "g", "+g", "-g", ",g", ".0%", ".12g", ",.2f", RATE, LESS_THAN + "g"):
        saved = Message("{a} and {{b}}", a=Figure(12, spec)).to_data()
        back = Message.from_data(saved)
        assert isinstance(back, Message) and back == Message("{a} and {{b}}", a=Figure(12, spec)), spec
