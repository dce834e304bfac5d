"""What the buyer's copies of a quote (the PDF, the Excel quote) say otherwise than the forwarder's screen: the
tables' words in the buyer's, and no warning about the search's own limits."""
from __future__ import annotations

from typing import Any

from . import decide_messages as dmsg
from . import quote_messages as qmsg
from . import trade_messages as tmsg
from .messages import Message, Wording
from .search_messages import FORMER_TEMPLATES, TEMPLATES


def for_buyer(message):
    """A message as the buyer's copy says it: what speaks of the forwarder's tables ("check them before quoting",
    "no decision recorded in the tables", "shelf life in the tables", "no 2027 value is in the tables") in the
    buyer's words; a sheet of the tables named ("no row for Uzbekistan in sheet 'customs_valuation'") neither, nor
    the id a blank rate is given under ("(kz-cd-3004.rate_pct)"), nor a ban's notes from the research."""
    wording = {qmsg.STALE: qmsg.STALE_FOR_BUYER, qmsg.STALE_DAY: qmsg.STALE_DAY_FOR_BUYER,
               qmsg.PROPOSED_UNDECIDED: qmsg.PROPOSED_FOR_BUYER,
               qmsg.PROPOSED_NONE_FOUND: qmsg.PROPOSED_NONE_FOUND_FOR_BUYER,
               dmsg.SHELF_LIFE: dmsg.SHELF_LIFE_FOR_BUYER, tmsg.FEE_UNIT_CARRIED: tmsg.FEE_UNIT_CARRIED_FOR_BUYER,
               tmsg.FEE_UNIT_CARRIED_YEAR: tmsg.FEE_UNIT_CARRIED_YEAR_FOR_BUYER,
               tmsg.NO_TARIFF_LINE: tmsg.NO_TARIFF_LINE_FOR_BUYER,
               tmsg.NO_VALUATION_RULE: tmsg.NO_VALUATION_RULE_FOR_BUYER, tmsg.NOT_ENTERED: tmsg.NOT_ENTERED_FOR_BUYER}
    if isinstance(message, Message) and message.template in wording:
        return Message(wording[message.template], **message.values)
    if isinstance(message, Message) and message.template in (tmsg.PROHIBITED, tmsg.PROHIBITED_UNDATED):
        # a ban as the quote's own warning says it: the row's notes are the research's, in English in every language
        banned = tmsg.IMPORT_BANNED if message.values.get("date") else tmsg.IMPORT_BANNED_UNDATED
        return Message(banned, **{key: value for key, value in message.values.items() if key != "notes"})
    return message


# what speaks to the forwarder (which setting to raise: the search's limits, the routes a corridor leaves off the
# screen, setting routes_per_corridor), who has it in the window, the terminal and the JSON, not to the buyer
FORWARDER_ONLY = frozenset(TEMPLATES.values()) | {qmsg.MORE_TRADE_OFFS, qmsg.MORE_TRADE_OFFS_ONE} \
    | frozenset(FORMER_TEMPLATES.values()) | qmsg.FORMER_TRADE_OFFS  # and as quotes saved before 2026-12 say them


def said_to_buyer(part: dict[str, Any], key: str, w: Wording, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """The texts ``part[key]`` of a quote document (a list) as the buyer's copy says them, but those of a template
    in ``leave_out``."""
    texts = part.get(key) or []
    data = (part.get("said") or {}).get(key) or [None] * len(texts)
    return [w.say(for_buyer(Message.from_data(d, t) if d else t)) for d, t in zip(data, texts)
            if not (isinstance(d, dict) and d.get("template") in leave_out)]


def buyer_warnings(document: dict[str, Any], w: Wording) -> list[str]:
    """The whole quote's warnings as the buyer's copy says them, without those for the forwarder only."""
    return said_to_buyer(document, "warnings", w, FORWARDER_ONLY)
