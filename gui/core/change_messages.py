"""Sentences of the change report (gui/core/changes.py) beyond rates, fees, legs, closures, places and exchange
rates: the search rules, the stops, the cargo types and the equipment of new tables."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

CHANGED_THINGS = {
    "setting": QT_TRANSLATE_NOOP("Terms", "search setting"),
}
NO_LIMIT = QT_TRANSLATE_NOOP("Terms", "no limit")
YES = QT_TRANSLATE_NOOP("Terms", "yes")
NO = QT_TRANSLATE_NOOP("Terms", "no")
