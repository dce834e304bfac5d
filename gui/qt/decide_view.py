"""What the window says above the table of a decision: the what-if scenario in use and what it changes, and when
no route meets the goals, which goal binds and by how much."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..core.scenario import describe
from .colours import theme
from .i18n import say


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def decision_notes(decision) -> list[tuple[str, str]]:
    """(colour key, text) lines for the summary above the table (none: the form's row names the scenario and what
    it changes, and the best routes' place says what binds)."""
    return []


def scenario_line(decision) -> str:
    """The scenario in use and what it changes among the routes: ``what if “Torkham reopens” — against the tables
    as they are: 6 dearer, 1 open``."""
    if decision is None:
        return ""
    notes = []
    scenario = decision.scenario
    if scenario.active:
        changes = "; ".join(say(describe(change)) for change in scenario.changes)
        counts = {key: 0 for key in ("cheaper", "dearer", "opens", "closes", "new")}
        for decided in decision.routes:
            delta = decided.delta
            if delta is None:
                continue
            if delta.change in ("opens", "closes", "new"):
                counts[delta.change] += 1
            elif delta.cost is not None and abs(delta.cost) >= 0.5:
                counts["cheaper" if delta.cost < 0 else "dearer"] += 1
        words = {"cheaper": tr("{count} cheaper"), "dearer": tr("{count} dearer"), "opens": tr("{count} open"),
                 "closes": tr("{count} closed"), "new": tr("{count} new")}
        # a route pushed out of its corridor's few is still offered: not counted as one the what-if takes away
        not_shown = sum(gone.change == "not_shown" for gone in decision.gone)
        closed = sum(gone.change == "closes" for gone in decision.gone)
        counts["closes"] += closed
        parts = [words[key].format(count=count) for key, count in counts.items() if count]
        gone = sum(gone.change == "gone" for gone in decision.gone)  # one closed on both tables is no change
        if gone:
            parts.append(tr("{count} no longer offered").format(count=gone))
        if not_shown:
            parts.append(tr("{count} no longer shown").format(count=not_shown))
        # one line: the scenario's name and what it changes among the routes (its changes are in the tooltip and
        # beside What if… in the form)
        # a name says what the user meant, not all the scenario does: how many changes it makes is said with it
        # (the changes themselves in the tooltip), so "tenge −15 %" does not hide a rail tariff ×1.3
        count = len(scenario.changes)
        if scenario.name.strip() and count > 1:
            text = tr("What if “{name}” ({count} changes)").format(name=scenario.name.strip(), count=count)
        elif scenario.name.strip():
            text = tr("What if “{name}”").format(name=scenario.name.strip())
        else:
            text = tr("What if: {changes}").format(changes=changes)
        if parts:
            text += " — " + tr("against the tables as they are: {counts}").format(counts=", ".join(parts))
        notes.append(text)
    return " ".join(notes)


def decision_tips(decision) -> list[str]:
    """The summary's tooltip lines: the scenario's changes in full, and what binds."""
    if decision is None:
        return []
    tips = []
    if decision.scenario.active:
        tips.append("; ".join(say(describe(change)) for change in decision.scenario.changes))
    if decision.binding is not None:
        tips.append(say(decision.binding))
    return tips


def notes_html(notes: list[tuple[str, str]]) -> str:
    colours = theme()
    return "<br>".join(f"<span style='color:{colours.css(key)}'>{html.escape(text)}</span>" for key, text in notes)
