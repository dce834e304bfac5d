"""Sentences of the change report (gui/core/changes.py) beyond rates, fees, legs, closures, places and exchange
rates: the search rules, the stops, the cargo types and the equipment of new tables."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

CHANGED_THINGS = {
    "setting": QT_TRANSLATE_NOOP("Terms", "search setting"),
    "stop": QT_TRANSLATE_NOOP("Terms", "stop time"), "throughput": QT_TRANSLATE_NOOP("Terms", "throughput"),
}
NO_LIMIT = QT_TRANSLATE_NOOP("Terms", "no limit")
YES = QT_TRANSLATE_NOOP("Terms", "yes")
NO = QT_TRANSLATE_NOOP("Terms", "no")
STOP_LABEL = QT_TRANSLATE_NOOP("CoreMessages", "{id} {place}, {event}, {mode}")
STOP_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{low}/{typical}/{high} days, {direction}")
THROUGHPUT_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {unit} a day, {direction}, as of {date}")
