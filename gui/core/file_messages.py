"""Sentences about files: reading workbooks (where a problem is and what it is, the limits on what is
read), saving files and the quote history, what new tables change, and the map's checks of leg lines.

Templates only (see messages.py for how a Message says them in the reader's language)."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

# reading workbooks: where a problem is, and what it is
PROBLEM_AT = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {problem}")
SHEET_AT = QT_TRANSLATE_NOOP("CoreMessages", "sheet '{sheet}'")
ROW_AT = QT_TRANSLATE_NOOP("CoreMessages", "row {row}")
COLUMN_AT = QT_TRANSLATE_NOOP("CoreMessages", "column '{column}'")
ONE_MORE_PROBLEM = QT_TRANSLATE_NOOP("CoreMessages", "{first} (and 1 more problem)")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("CoreMessages", "{first} (and {count} more problems)")
CELL_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, found '{value}'")
CELL_TEXT_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, found text '{value}'")
CELL_NUMBER_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "text '{value}' could mean {decimal} or {thousands}: "
                                                         "enter the figure as a number, not as text")
CELL_NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "expected a finite number, found '{value}'")
CELL_DATE_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "expected a date, found the number {value}")
CELL_NOT_DATE = QT_TRANSLATE_NOOP("CoreMessages", "expected a date such as 2026-03-01, found '{value}'")
CELL_DATE_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' could be {options}: write the date as 2026-03-01")
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
CELL_NOT_READ = QT_TRANSLATE_NOOP("CoreMessages", "the cell reads as empty but holds an Excel error or a formula "
                                                  "whose result was never saved; correct it in Excel or "
                                                  "LibreOffice and save again")
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
WORKBOOK_DAMAGED_UNSAID = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: the reader of "
                                                            "{format} files could not make it out; open it in a "
                                                            "spreadsheet program and save it again")
ODS_ROW_NOT_A_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: the row has "
                                                        "{attribute}=\"{value}\", where a whole number belongs; "
                                                        "open it in a spreadsheet program and save it again")
ODS_CELL_NOT_A_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} has "
                                                         "{attribute}=\"{value}\", where a whole number belongs; "
                                                         "open it in a spreadsheet program and save it again")
ODS_CELL_NOT_A_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} has "
                                                          "{attribute}=\"{value}\", where a number belongs; open "
                                                          "it in a spreadsheet program and save it again")
XLSX_SHARED_TEXT_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} "
                                                             "refers to shared text {index}, where the workbook holds "
                                                             "{count} texts; open it in a spreadsheet program and save "
                                                             "it again")
XLSX_NO_SHARED_TEXT = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} refers "
                                                        "to shared text {index}, where the workbook holds none; open "
                                                        "it in a spreadsheet program and save it again")
XLSX_NOT_A_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} holds "
                                                      "\"{value}\", where a number belongs; open it in a spreadsheet "
                                                      "program and save it again")
XLSX_NOT_TRUE_OR_FALSE = QT_TRANSLATE_NOOP("CoreMessages", "the workbook is damaged and was not read: cell {cell} "
                                                           "holds \"{value}\", where true or false belongs; open it "
                                                           "in a spreadsheet program and save it again")
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
XLSB_FILE = QT_TRANSLATE_NOOP("CoreMessages", "an Excel binary workbook (.xlsb), which is not read; save it from "
                                              "Excel as an Excel Workbook (.xlsx)")
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
OWN_TABLES = QT_TRANSLATE_NOOP("CoreMessages", "{file} is a workbook the quotes are read from: saving over it would "
                                               "replace it; choose another name")
OWN_HISTORY = QT_TRANSLATE_NOOP("CoreMessages", "{file} is the quote history or one of its files: saving over it "
                                                "would lose the quotes saved; choose another name")
OWN_PROGRAM = QT_TRANSLATE_NOOP("CoreMessages", "{file} is in the program's own folder: saving there would replace "
                                                "its bundled tables, fonts or translations; choose another folder")
CELL_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "cell {cell} is written twice, or after a cell that follows it (the "
                                               "reader would keep one of its values without a word); open the "
                                               "workbook in Excel or LibreOffice and save it again")
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
LOOK_ALIKE_LETTERS = QT_TRANSLATE_NOOP("CoreMessages", "{problem} (in '{text}', {letters} only look like Latin "
                                                       "letters: they are Cyrillic or Greek; type them again with a "
                                                       "Latin keyboard layout)")
COLUMN_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "column {columns} missing from row 1")
COLUMNS_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "columns {columns} missing from row 1")
COLUMN_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "column '{column}' appears twice (columns {first} and {second}); "
                                                 "keep one of them")
MORE_CELL_PROBLEMS = QT_TRANSLATE_NOOP("CoreMessages", "{count} more problems in the cells of rows {first} to {last}, "
                                                      "not listed one by one; are these rows meant for this sheet?")
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
SOURCE_ID_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "source id '{value}' is already used in row {row} for a "
                                                    "different source; a figure citing it could be dated by either: "
                                                    "give one of them a new id (and cite that one where it is meant)")
SOURCE_ID_IN_OTHER_WORKBOOK = QT_TRANSLATE_NOOP("CoreMessages", "source id '{value}' is already used in {workbook}, "
                                                "row {row}, for a different source; a figure citing it could be "
                                                "dated by either: give one of them a new id (and cite that one where "
                                                "it is meant)")
SOURCE_LISTED_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet 'sources', row {row}: source '{value}' is "
                                                        "listed again exactly as in row {first}; it is read once")
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
AT_KM_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "at_km is for a leg's row (where on the leg it holds); a place's "
                                                "row holds at the place: leave it blank")
AT_KM_PAST_LEG = QT_TRANSLATE_NOOP("CoreMessages", "at_km {value} is past the end of leg '{leg}' ({km} km "
                                                   "long)")
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
# check A --with B, B of A's kind
WITH_TARIFFS_TOO = QT_TRANSLATE_NOOP("CoreMessages", "given after --with, this is a tariffs workbook, as is the one "
                                                    "checked; give a corridors workbook after --with, or leave "
                                                    "--with out to check it with the bundled one")
WITH_CORRIDORS_TOO = QT_TRANSLATE_NOOP("CoreMessages", "given after --with, this is a corridors workbook, as is the "
                                                      "one checked; give a tariffs workbook after --with, or leave "
                                                      "--with out to check it with the bundled one")
LINKED_CELLS = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet '{sheet}': cells {cells} take their figures from "
                                                 "another workbook, {file}; they are read as last saved in this one "
                                                 "(that file is not opened): check them against it")
CELLS_AND_MORE = QT_TRANSLATE_NOOP("CoreMessages", "{cells} and {count} more")
HIDDEN_SHEET = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet '{sheet}': the sheet is hidden, yet it is read "
                                                 "and its figures count in the quotes; a spreadsheet shows it again "
                                                 "with Unhide (right-click a sheet's tab)")
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
# a full disk: what was saved before is kept, and the user is told what to do
HISTORY_FULL = QT_TRANSLATE_NOOP("CoreMessages", "the disk is full: the quote was not saved in the quote history "
                                                 "{file} (the quotes saved before are kept); free some space and "
                                                 "save again")
HISTORY_FULL_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "the disk is full: the quote history {file} cannot be opened "
                                                      "(nothing saved in it is lost); free some space and try again")
QUOTE_NOT_SAVED = QT_TRANSLATE_NOOP("CoreMessages", "the quote was not saved: {error}")
QUOTE_NOT_SAVED_IN = QT_TRANSLATE_NOOP("CoreMessages", "the quote was not saved in the quote history {file}: {error}")
# SQLite's "database is locked": another program held the file past the wait (saving, backing it up, syncing it)
HISTORY_BUSY = QT_TRANSLATE_NOOP("CoreMessages", "the quote was not saved: the quote history {file} is held by "
                                                 "another program (another Corridor Quote saving a quote, or a "
                                                 "backup or sync tool); save again in a moment")
HISTORY_BUSY_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "the quote history {file} cannot be opened: another program "
                                                      "holds it (another Corridor Quote saving a quote, or a backup "
                                                      "or sync tool); try again in a moment")
NO_SAVED_QUOTE = QT_TRANSLATE_NOOP("CoreMessages", "no saved quote {number}")
SAVED_QUOTE_DAMAGED = QT_TRANSLATE_NOOP("CoreMessages", "the saved quote {number} is damaged and cannot be opened; "
                                                        "it is kept in the history as it is")
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
