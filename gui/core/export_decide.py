"""The Excel quote with the booth's questions answered: the scenario, the goals and the arrival date on the summary,
each route's odds, the goal it misses, its shelf life, money in transit and change under the scenario as columns
of the routes sheet (figures stay numbers), and a sheet of the scenario's changes and the routes it no longer
offers."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from . import formatting as fmt
from .deliver import odds_bound, odds_percent
from .export_xlsx import MONEY  # (export_xlsx imports this module only when it writes)
from .messages import QT_TRANSLATE_NOOP, RIGHT_TO_LEFT, Message, Wording
from .xlsx_print import DATE

TEXTS = frozenset((
    QT_TRANSLATE_NOOP("QuoteWorkbook", "What if"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Goals"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Arrive by"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Certainty asked"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "No route meets every goal"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "On time by the date"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Share asked arrived by"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Misses a goal"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Shelf life"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Capital in transit"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Economic cost"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Change in the what-if"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost as the tables are"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Δ cost"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Δ days typical"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Δ on time"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Changes"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Routes no longer offered"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Corridor"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Path"), QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Days typical"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "The tables themselves are unchanged; every figure the what-if alters says "
                                       "so in its estimate note (Breakdown sheet)."),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "new"), QT_TRANSLATE_NOOP("QuoteWorkbook", "opens"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "closes"), QT_TRANSLATE_NOOP("QuoteWorkbook", "changed"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "unchanged"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Routes the what-if no longer shows"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Cost in the what-if"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "Days typical in the what-if"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "no longer among those its corridor shows"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "no longer offered"), QT_TRANSLATE_NOOP("QuoteWorkbook", "still closed"),
    QT_TRANSLATE_NOOP("QuoteWorkbook", "{rate} % a year on the goods' value, {value} {currency}"),
))
PERCENT = "0%"


def _known(text: str) -> str:
    if text not in TEXTS:
        raise KeyError(f"workbook text not marked for translation: {text!r}")
    return text


def _said(part: dict, key: str, w: Wording) -> str:
    data = (part.get("said") or {}).get(key)
    text = part.get(key)
    return w.say(Message.from_data(data, text)) if data else str(text or "")


def _said_list(part: dict, key: str, w: Wording) -> list[str]:
    texts = part.get(key) or []
    data = ((part.get("said") or {}).get(key)) or [None] * len(texts)
    return [w.say(Message.from_data(d, t)) if d else t for d, t in zip(data, texts)]


def summary_rows(document: dict[str, Any], w: Wording) -> list[tuple[str, Any]]:
    """(label, value) rows for the summary sheet: the scenario, the goals, the arrival date and the certainty
    asked, what binds when no route meets the goals."""
    def say(text: str) -> str:
        return w.label("QuoteWorkbook", _known(text))

    rows: list[tuple[str, Any]] = []
    scenario = document.get("scenario")
    if scenario:
        changes = "; ".join(_said_list(scenario, "described", w))
        rows.append((say("What if"), f"{scenario.get('name') or changes}: {changes}" if scenario.get("name")
                     else changes))
    goals = document.get("goals")
    if goals and goals.get("described"):
        said = [text for text, data in zip(_said_list(goals, "described", w),
                                           (goals.get("said") or {}).get("described") or [])
                if not (data and str(data.get("template", "")).startswith("by {date}"))]  # a row of its own
        if said:
            rows.append((say("Goals"), " · ".join(said)))
    if document.get("arrive_by"):
        rows.append((say("Arrive by"), dt.date.fromisoformat(document["arrive_by"])))
        rows.append((say("Certainty asked"), document.get("on_time_wanted")))
    if goals and goals.get("capital_rate_pct") is not None and document.get("goods_value") is not None:
        rows.append((say("Capital in transit"), w.translate("QuoteWorkbook", _known(
            "{rate} % a year on the goods' value, {value} {currency}")).format(
            rate=fmt.significant(goals["capital_rate_pct"]), value=fmt.number(document["goods_value"]),
            currency=document["currency"])))
    if document.get("binding"):
        rows.append((say("No route meets every goal"), _said(document, "binding", w)))
    return rows


SIGNED_MONEY = "+#,##0.00;-#,##0.00;0.00"  # a change of money, to the cent as the costs beside it


def _odds_shown(probability: float | None) -> float | None:
    """The odds as every document says them, rounded down (deliver.odds_percent), as a fraction: a cell formatted
    to a tenth read 90.0 % for odds of 89.95 %, beside "89 % … under the 90 % asked". Odds below a tenth of a
    percent that are not nil stay as they are, said "<0.1%" by their format (decide_report.percent)."""
    if probability is None:
        return None
    return probability if odds_bound(probability) == "<" else round(odds_percent(probability) / 100, 3)


def _odds_format(shown: float) -> str:
    """Whole percents, a tenth where the odds keep one (0.3 %, 99.9 %), as ``decide_report.percent`` writes them;
    ">99.9%" for odds above it that are not certain (100 % only for a route whose longest time is within the date)
    and "<0.1%" for odds below a tenth of a percent that are not nil."""
    if 0 < shown < 0.001:
        return '"<0.1%"'
    if 0.999 <= shown < 1:
        return '">"0.0%'
    return "0%" if round(shown * 100, 1).is_integer() else "0.0%"


def _points_format(shown: float) -> str:
    """A change of odds as the window and the terminal say it: whole points, a tenth where the odds keep one."""
    return "+0%;-0%;0%" if round(shown * 100, 1).is_integer() else "+0.0%;-0.0%;0%"


def _days_format(days: float) -> str:
    """A change of days as the terminal and the window say it (decide_report.signed_days): to a tenth, 1.13 days
    "+1.1"; below a tenth to the figure that is there, "+0.04"."""
    return "+0.0;-0.0;0" if round(abs(days), 1) >= 0.1 else "+0.0#;-0.0#;0"


def route_columns(document: dict[str, Any], w: Wording) -> list[tuple[str, list[Any], str | Callable | None]]:
    """Columns to add to the routes sheet, each (heading, one value per route, number format, or a function giving
    a value's): only those the quote has (odds with an arrival date, Δ under a scenario…)."""
    def say(text: str) -> str:
        return w.label("QuoteWorkbook", _known(text))

    routes = document["routes"]
    columns: list[tuple[str, list[Any], str | Callable | None]] = []
    if document.get("arrive_by"):
        columns.append((say("On time by the date"), [_odds_shown(r.get("on_time_probability")) for r in routes],
                        _odds_format))
        columns.append((say("Share asked arrived by"), [dt.date.fromisoformat(r["sure_by"]) if r.get("sure_by")
                                                        else None for r in routes], DATE))
    if any(r.get("excluded_reason") for r in routes):
        columns.append((say("Misses a goal"), [_said(r, "excluded_reason", w) if r.get("excluded_reason") else ""
                                                 for r in routes], None))
    if any(r.get("shelf_life") for r in routes):
        columns.append((say("Shelf life"), [_said(r, "shelf_life", w) if r.get("shelf_life") else ""
                                              for r in routes], None))
    if any(r.get("capital_in_transit") is not None for r in routes):
        columns.append((say("Capital in transit"), [r.get("capital_in_transit") for r in routes], MONEY))
        columns.append((say("Economic cost"), [r.get("economic_cost") for r in routes], MONEY))
    if document.get("scenario"):
        words = {key: w.translate("QuoteWorkbook", _known(key))
                 for key in ("new", "opens", "closes", "changed", "unchanged")}
        deltas = [r.get("delta") or {} for r in routes]
        columns.append((say("Change in the what-if"), [words.get(d.get("change"), "") for d in deltas], None))
        columns.append((say("Cost as the tables are"), [d.get("base_cost") if d.get("base_available") else None
                                                        for d in deltas], MONEY))
        columns.append((say("Δ cost"), [d.get("cost") if d.get("base_available") and r["available"] else None
                                        for d, r in zip(deltas, routes)], SIGNED_MONEY))
        columns.append((say("Δ days typical"), [d.get("days_typical") for d in deltas], _days_format))
        if document.get("arrive_by"):
            # the difference of the two odds as shown (deliver.points_between), a tenth where they keep one
            points = [d.get("on_time_points") for d in deltas]
            columns.append((say("Δ on time"), [None if p is None else round(p / 100, 3) for p in points],
                            _points_format))
    return columns


def write_what_if_sheet(book, document: dict[str, Any], w: Wording, put, append, header, widths) -> None:
    """A sheet of the scenario's changes and the routes of the tables as they are that it no longer offers."""
    from openpyxl.styles import Font

    scenario = document.get("scenario")
    if not scenario:
        return

    def say(text: str) -> str:
        return w.label("QuoteWorkbook", _known(text))

    sheet = book.create_sheet(w.translate("QuoteWorkbook", "What if")[:31])
    put(sheet, 1, 1, scenario.get("name") or say("What if")).font = Font(bold=True, size=14)
    put(sheet, 2, 1, w.translate("QuoteWorkbook", _known(
        "The tables themselves are unchanged; every figure the what-if alters says so in its estimate note "
        "(Breakdown sheet).")))
    put(sheet, 4, 1, say("Changes")).font = Font(bold=True)
    for row, text in enumerate(_said_list(scenario, "described", w), start=5):
        put(sheet, row, 1, text)
    row = 5 + len(scenario.get("described") or []) + 1
    gone = document.get("gone") or []
    if gone:
        # a route pushed out of its corridor's few is still offered, at the what-if's own price beside the old one
        words = {"not_shown": w.translate("QuoteWorkbook", _known("no longer among those its corridor shows")),
                 "closes": w.translate("QuoteWorkbook", "closes"),
                 "still_closed": w.translate("QuoteWorkbook", _known("still closed")),
                 "gone": w.translate("QuoteWorkbook", _known("no longer offered"))}
        put(sheet, row, 1, say("Routes the what-if no longer shows")).font = Font(bold=True)
        headings = (say("Corridor"), say("Path"), say("Cost"), say("Days typical"), say("Change in the what-if"),
                    say("Cost in the what-if"), say("Days typical in the what-if"))
        for offset, heading in enumerate(headings, start=1):
            put(sheet, row + 1, offset, heading).font = Font(bold=True)
        for number, route in enumerate(gone, start=row + 2):
            change = route.get("change", "gone")
            word = words.get(change, "")
            if change in ("closes", "still_closed") and route.get("scenario_reason"):
                # why, as the terminal, the window and the PDF say it: "closes" alone left the reader to guess
                word = f"{word}: {_said(route, 'scenario_reason', w)}"
            arrow = " ← " if w.language in RIGHT_TO_LEFT else " → "  # as the Routes sheet's paths
            values = (w.name(route["corridor"]), arrow.join(map(w.name, route["path"])),
                      route["cost"] if route["available"] else None, route["days_typical"],
                      word, route.get("scenario_cost") if route.get("scenario_available") else None,
                      # a route the what-if closes has no days there, as it has no cost (it read its old days)
                      route.get("scenario_days_typical") if change != "gone" and route.get("scenario_available")
                      else None)
            for offset, value in enumerate(values, start=1):
                cell = put(sheet, number, offset, value)
                if value is not None and offset in (3, 4, 6, 7):  # the costs and the days, as on the Routes sheet
                    cell.number_format = MONEY if offset in (3, 6) else "0.0"
    widths(sheet, {"A": 60, "B": 70})
