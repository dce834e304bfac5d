"""Sentences of the change report (gui/core/changes.py) beyond rates, fees, legs, closures, places and exchange
rates: the search rules, the stops, the cargo types and the equipment of new tables."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

CHANGED_THINGS = {
    "setting": QT_TRANSLATE_NOOP("Terms", "search setting"),
    "stop": QT_TRANSLATE_NOOP("Terms", "stop time"), "throughput": QT_TRANSLATE_NOOP("Terms", "throughput"),
    "cargo": QT_TRANSLATE_NOOP("Terms", "cargo type"), "equipment": QT_TRANSLATE_NOOP("Terms", "equipment"),
    "emission factor": QT_TRANSLATE_NOOP("Terms", "emission factor"),
}
NO_LIMIT = QT_TRANSLATE_NOOP("Terms", "no limit")
NEVER_WAIT = QT_TRANSLATE_NOOP("Terms", "never wait")  # a blank max_wait_days: a closure on the day closes the route
YES = QT_TRANSLATE_NOOP("Terms", "yes")
NO = QT_TRANSLATE_NOOP("Terms", "no")
STOP_LABEL = QT_TRANSLATE_NOOP("CoreMessages", "{id} {place}, {event}, {mode}")
STOP_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{low}/{typical}/{high} days, {direction}")
THROUGHPUT_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {unit} a day, {direction}, as of {date}")
CARGO_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{handling}, {density} t per m³, shelf life {shelf}")
CARGO_DETAILS_KEPT = QT_TRANSLATE_NOOP("CoreMessages", "{handling}, {density} t per m³, kept {temperature}, shelf "
                                                       "life {shelf}")
SHELF_DAYS = QT_TRANSLATE_NOOP("CoreMessages", "{days} days")
SHELF_DAY = QT_TRANSLATE_NOOP("CoreMessages", "{days} day")  # a shelf life of one day
NOT_GIVEN = QT_TRANSLATE_NOOP("Terms", "not given")
EQUIPMENT_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{payload} t, {volume} m³, by {modes}, for {classes}")
EQUIPMENT_DETAILS_NO_VOLUME = QT_TRANSLATE_NOOP("CoreMessages", "{payload} t, by {modes}, for {classes}")
FACTOR_DETAILS = QT_TRANSLATE_NOOP("CoreMessages", "{value} {unit}")
LEG_FULL = QT_TRANSLATE_NOOP("CoreMessages", "{line}, {details}, cargo {classes}, equipment {equipment}, {way}")
BOTH_WAYS = QT_TRANSLATE_NOOP("Terms", "both ways")
ONE_WAY = QT_TRANSLATE_NOOP("Terms", "one way")
PLACE_FULL = QT_TRANSLATE_NOOP("CoreMessages", "{name}, {details}, {ends}")
ENDPOINT = QT_TRANSLATE_NOOP("Terms", "quoted from and to")
PASSED_ONLY = QT_TRANSLATE_NOOP("Terms", "passed through only")
CLOSURE_FULL = QT_TRANSLATE_NOOP("CoreMessages", "{target}: {details}, modes {modes}, cargo {classes}, equipment "
                                                 "{equipment}")
PROPOSED = QT_TRANSLATE_NOOP("Terms", "proposed")
# a closures row's checked_date, the day the tables' maker last looked for a decision on it: the "as of" of the
# proposal's warning ("no decision found as of …"), in the words and translation of a rate's date
CLOSURE_CHECKED = QT_TRANSLATE_NOOP("CoreMessages", "{details}, as of {date}")
CLOSURE_AT_KM = QT_TRANSLATE_NOOP("CoreMessages", "{details}, {km} km along the leg")
# a row of new tables changed: its sheet, row number and id, then only the columns that differ (a closure whose
# reason alone was reworded read as the whole closure twice), each "{column}: {before} → {after}" joined by "; ";
# the sheet and its columns are named as the workbook heads them
ROW_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{what} changed: {sheet} row {row}, {item}: {changes}")
COLUMN_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{column}: {before} → {after}")
COLUMN_CHANGED_BY = QT_TRANSLATE_NOOP("CoreMessages", "{column}: {before} → {after} ({change})")  # an amount
