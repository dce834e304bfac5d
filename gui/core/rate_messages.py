"""Sentences about the age and origin of figures (rate dates, hub emission factors, calibration), translatable."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

NO_HUB_FACTOR = QT_TRANSLATE_NOOP("CoreMessages", "CO2e leaves out the stops at {places}: no hub emission factor "
                                                  "in the tables fits them")
OLDEST_FIGURE = QT_TRANSLATE_NOOP("CoreMessages", "oldest figure: {charge} ({where}, {reference}) as of {date}")
UNDATED_FIGURES = QT_TRANSLATE_NOOP("CoreMessages", "{count} rates or fees carry no date")
UNDATED_FIGURE = QT_TRANSLATE_NOOP("CoreMessages", "{count} rate or fee carries no date")  # one
RATE_AS_OF = QT_TRANSLATE_NOOP("CoreMessages", "{details}, as of {date}")
RATE_LEAST_PER_UNIT = QT_TRANSLATE_NOOP("CoreMessages", "{details}, at least {tonnes} t a unit")
OLDEST_IN_TABLES = QT_TRANSLATE_NOOP("CoreMessages", "oldest {what}: {item}, as of {date}")
UNDATED_IN_TABLES = QT_TRANSLATE_NOOP("CoreMessages", "{count} {what} rows carry neither as_of nor valid_from: "
                                                      "their age cannot be shown")
UNDATED_IN_TABLES_ONE = QT_TRANSLATE_NOOP("CoreMessages", "{count} {what} row carries neither as_of nor valid_from: "
                                                          "its age cannot be shown")
NO_CALIBRATION_SHEET = QT_TRANSLATE_NOOP("CoreMessages", "the workbook has no 'calibration' sheet of observed "
                                                         "shipments")
CALIBRATION_COLUMN = QT_TRANSLATE_NOOP("CoreMessages", "column {column} missing from row 1")
CALIBRATION_EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "this cell must be filled")
CALIBRATION_NOTHING_OBSERVED = QT_TRANSLATE_NOOP("CoreMessages", "an observation needs observed_days or "
                                                                 "observed_cost")
