"""Sentences about deciding at the booth (what-if scenarios, goals and why a route misses them, the odds of arriving
by a date, shelf life, money in transit), translatable like the rest of the core's messages."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

# a scenario and its changes
SCENARIO_SHAPE = QT_TRANSLATE_NOOP("CoreMessages", "a scenario is an object with a name and a list of changes")
CHANGE_SHAPE = QT_TRANSLATE_NOOP("CoreMessages", "a change is one of close, open, add_days, scale_rates, fx, "
                                                 "limit or road_surcharge_pct, with its place, leg, country, "
                                                 "currency or setting")
SCENARIO_UNREADABLE = QT_TRANSLATE_NOOP("CoreMessages", "cannot read the scenario {file}: {error}")
SCENARIO_NOT_JSON = QT_TRANSLATE_NOOP("CoreMessages", "the scenario {file} is not a scenario file (JSON): {error}")
SCENARIO_TOO_LARGE = QT_TRANSLATE_NOOP("CoreMessages", "the scenario {file} is {size} KB; a scenario file is at most "
                                                       "{limit} KB")
NUMBER_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "a number in it is {digits} characters long, too long for a figure")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("CoreMessages", "it is nested too deeply")
SCENARIO_AT = QT_TRANSLATE_NOOP("CoreMessages", "the what-if: {problem}")
TOO_MANY_CHANGES = QT_TRANSLATE_NOOP("CoreMessages", "it has {count} changes; at most {limit} are laid over the "
                                                     "tables")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "its name is {length} characters long; at most {limit}")
# a name of a change longer than any name: refused rather than repeated whole in a message of 200,000 characters
NAME_OF_CHANGE_TOO_LONG = QT_TRANSLATE_NOOP("CoreMessages", "'{key}' is {length} characters long; a name is at most "
                                                            "{limit}")
NOT_UNICODE = QT_TRANSLATE_NOOP("CoreMessages", "'{key}' holds text that is not valid Unicode")
# a key written twice in one object of a file: JSON keeps the last, and the first was dropped unsaid
KEY_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "'{key}' is given twice: it takes one value")
TWO_CHANGES = QT_TRANSLATE_NOOP("CoreMessages", "'{first}' and '{second}' are two changes; give each its own entry")
CHANGE_NEEDS_NAME = QT_TRANSLATE_NOOP("CoreMessages", "'{kind}' needs a name in quotes, such as {example}, not "
                                                      "{text}")
# a rate the what-if set far from the table's (qmsg.OVERRIDE_FAR says "the rate you set")
WHAT_IF_RATE_FAR = QT_TRANSLATE_NOOP("CoreMessages", "the what-if's {currency} rate, {rate} per USD, differs from "
                                                     "the table's {table} (as of {date}) by {change}")
SCENARIO_RATE = QT_TRANSLATE_NOOP("CoreMessages", "the what-if's exchange rate: {problem}")
SCENARIO_SEARCH = QT_TRANSLATE_NOOP("CoreMessages", "the what-if's search limits: {problem}")
CHANGE_AT = QT_TRANSLATE_NOOP("CoreMessages", "what-if change {number}: {problem}")
NOT_A_FIGURE = QT_TRANSLATE_NOOP("CoreMessages", "expected a number, not '{text}'")
VALUE_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "type the change's value first")
VALUE_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "'{text}' could mean {decimal} or {thousands}; type one of them")
CHANGE_NEEDS = QT_TRANSLATE_NOOP("CoreMessages", "'{kind}' needs '{key}', a number")
NOT_A_DATE = QT_TRANSLATE_NOOP("CoreMessages", "expected a date such as 2026-03-10, not '{text}'")
NOT_A_DATE_MEANT = QT_TRANSLATE_NOOP("CoreMessages", "expected a date such as 2026-03-10, not '{text}'; did you mean "
                                                     "{options}?")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "{value} is outside {low} to {high}")
NO_LEG_BETWEEN = QT_TRANSLATE_NOOP("CoreMessages", "no leg joins {first} and {second}")
END_BEFORE_START = QT_TRANSLATE_NOOP("CoreMessages", "it ends on {end}, before it starts on {start}")
NOTHING_TO_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "{target} is not closed in the tables: nothing to open")
# the same change given twice (Add pressed twice): its days or factor would count twice, its opening find nothing
SAME_AS_CHANGE = QT_TRANSLATE_NOOP("CoreMessages", "it is the same as change {other}: give a change once")
# a place or leg the what-if opens on a day one of its own closures covers: the opening lifts the tables' closures
# only, so the closure stood and the route stayed closed with both changes said
OPENED_WHILE_CLOSED = QT_TRANSLATE_NOOP("CoreMessages", "it opens {target} on {day}, when change {closed} has it "
                                                        "closed: keep one of the two, or date them apart")
# a place or leg the what-if opens from two days with no closure of its own between: the later opening left the
# earlier without effect, or the earlier the later, both said
OPENED_TWICE = QT_TRANSLATE_NOOP("CoreMessages", "it opens {target} from {day}, when change {other} opens it from "
                                                 "{first}: keep one of the two dates, or close it between them")
# a search limit, or an exchange rate set outright, the what-if sets again: the later took the place of the first
SAID_AGAIN = QT_TRANSLATE_NOOP("CoreMessages", "it says {change}, when change {other} says {first}: keep one of the "
                                               "two")
UNKNOWN_MODE = QT_TRANSLATE_NOOP("CoreMessages", "unknown mode '{mode}'; known: {known}")
UNKNOWN_CURRENCY = QT_TRANSLATE_NOOP("CoreMessages", "unknown currency '{currency}'; known: {known}")
DESCRIBE_CLOSE = QT_TRANSLATE_NOOP("CoreMessages", "{target} closed")
DESCRIBE_CLOSE_FROM = QT_TRANSLATE_NOOP("CoreMessages", "{target} closed from {start}")
DESCRIBE_CLOSE_UNTIL = QT_TRANSLATE_NOOP("CoreMessages", "{target} closed until {end}")
DESCRIBE_CLOSE_BETWEEN = QT_TRANSLATE_NOOP("CoreMessages", "{target} closed from {start} to {end}")
DESCRIBE_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "{target} open")
DESCRIBE_OPEN_FROM = QT_TRANSLATE_NOOP("CoreMessages", "{target} open from {start}")
DESCRIBE_ADD_DAYS = QT_TRANSLATE_NOOP("CoreMessages", "{target} {days} days")
DESCRIBE_ADD_DAY = QT_TRANSLATE_NOOP("CoreMessages", "{target} {days} day")  # +1 or -1
# days taken off: no stop or leg goes below 0 days, so "-30 days" at a stop of 1.2 days takes 1.2
DESCRIBE_TAKE_DAYS = QT_TRANSLATE_NOOP("CoreMessages", "{target} {days} days (none below 0)")
DESCRIBE_TAKE_DAY = QT_TRANSLATE_NOOP("CoreMessages", "{target} {days} day (none below 0)")  # -1
DESCRIBE_SCALE = QT_TRANSLATE_NOOP("CoreMessages", "{target}{mode} rates × {factor}")
MODE_ONLY = QT_TRANSLATE_NOOP("CoreMessages", " {mode}")
DESCRIBE_FX = QT_TRANSLATE_NOOP("CoreMessages", "{currency} at {rate} per USD")
DESCRIBE_FX_CHANGE = QT_TRANSLATE_NOOP("CoreMessages", "{currency} {change} % against the USD")
DESCRIBE_SURCHARGE = QT_TRANSLATE_NOOP("CoreMessages", "road fuel surcharge {change} %")
# a search limit in words with its figure (search_messages.LIMIT_LABELS), or lifted (LIMIT_NAMES)
DESCRIBE_LIMIT_SAID = QT_TRANSLATE_NOOP("CoreMessages", "search limit: {limit}")
DESCRIBE_NO_LIMIT_SAID = QT_TRANSLATE_NOOP("CoreMessages", "no search limit on {name}")
LIMIT_NONE = QT_TRANSLATE_NOOP("CoreMessages", "{name}: no limit")
# as the notes of quotes saved before 2026-12 say a search limit, by its setting's name: still read in every language
DESCRIBE_LIMIT = QT_TRANSLATE_NOOP("CoreMessages", "search limit {setting} at {value}")
DESCRIBE_NO_LIMIT = QT_TRANSLATE_NOOP("CoreMessages", "no search limit {setting}")
# a what-if's max_wait_days: the days a cargo waits at a closure for it to end, or (blank) never
DESCRIBE_WAIT = QT_TRANSLATE_NOOP("CoreMessages", "waits at most {days} days for a closure to end")
DESCRIBE_WAIT_DAY = QT_TRANSLATE_NOOP("CoreMessages", "waits at most {days} day for a closure to end")
DESCRIBE_NEVER_WAIT = QT_TRANSLATE_NOOP("CoreMessages", "never waits for a closure to end")
UNKNOWN_LIMIT = QT_TRANSLATE_NOOP("CoreMessages", "unknown search limit '{setting}'; known: {known}")
NOT_A_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "expected a whole number, not '{text}'")
WHAT_IF_NOTE = QT_TRANSLATE_NOOP("CoreMessages", "{change}, in the what-if “{scenario}”")
WHAT_IF_REASON = QT_TRANSLATE_NOOP("CoreMessages", "what-if “{scenario}”")
SCALED_NOTE = QT_TRANSLATE_NOOP("CoreMessages", "{charge} × {factor}: {note}")
DAYS_NOWHERE = QT_TRANSLATE_NOOP("CoreMessages", "what-if change {number}, {change}, changes no route: none of them "
                                                 "stops at {place} (days are added where a route stops: at a border, a "
                                                 "port, a change of gauge or of mode; not where it only passes, starts "
                                                 "or ends without a stop)")
LEG_NOWHERE = QT_TRANSLATE_NOOP("CoreMessages", "what-if change {number}, {change}, changes no route: none of them "
                                                "takes the leg {leg}")
WHAT_IF_QUOTE = QT_TRANSLATE_NOOP("CoreMessages", "what-if “{scenario}”: {changes}; the tables themselves are "
                                                  "unchanged")

# comparing a scenario with the tables as they are
ROUTE_NEW = QT_TRANSLATE_NOOP("CoreMessages", "new in the what-if")
ROUTE_OPENS = QT_TRANSLATE_NOOP("CoreMessages", "opens in the what-if")
ROUTE_CLOSES = QT_TRANSLATE_NOOP("CoreMessages", "closes in the what-if")
ROUTE_GONE = QT_TRANSLATE_NOOP("CoreMessages", "no longer offered in the what-if")
# a route as the tables are that the what-if still offers, at its own price, but no longer among its corridor's few
ROUTE_NOT_SHOWN = QT_TRANSLATE_NOOP("CoreMessages", "no longer among the routes its corridor shows in the what-if")
# unavailable on the tables as they are and under the what-if (its closure's dates moved, say)
ROUTE_STILL_CLOSED = QT_TRANSLATE_NOOP("CoreMessages", "still unavailable in the what-if")
ROUTE_SAME = QT_TRANSLATE_NOOP("CoreMessages", "unchanged")
ROUTE_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "changed")

# goals, and why a route misses them
GOAL_MODES = QT_TRANSLATE_NOOP("CoreMessages", "goes by {modes} ({legs}); allowed: {allowed}")
GOAL_AVOID = QT_TRANSLATE_NOOP("CoreMessages", "passes {avoided}, to be avoided")
GOAL_COST = QT_TRANSLATE_NOOP("CoreMessages", "costs {cost}, {over} % over the ceiling of {ceiling}")
GOAL_ON_TIME = QT_TRANSLATE_NOOP("CoreMessages", "{odds} % on time by {date}, under the {wanted} % asked")
GOAL_NEVER = QT_TRANSLATE_NOOP("CoreMessages", "a closure on the way stops it: {odds} % on time by {date}")
GOAL_CO2 = QT_TRANSLATE_NOOP("CoreMessages", "costs {over} % more than the cheapest route meeting the goals "
                                             "({within} % allowed for lower CO2e)")
NOTHING_QUALIFIES = QT_TRANSLATE_NOOP("CoreMessages", "no route meets every goal: {binding}")
BIND_ON_TIME = QT_TRANSLATE_NOOP("CoreMessages", "the earliest open route, {route}, arrives with {wanted} % "
                                                 "certainty only by {date}, {late} days late")
BIND_ON_TIME_OTHERS = QT_TRANSLATE_NOOP("CoreMessages", "the earliest route meeting the other goals, {route}, arrives "
                                                        "with {wanted} % certainty only by {date}, {late} days late")
# the same, a day late ("1 days late" read wrong)
BIND_ON_TIME_DAY = QT_TRANSLATE_NOOP("CoreMessages", "the earliest open route, {route}, arrives with {wanted} % "
                                                     "certainty only by {date}, {late} day late")
BIND_ON_TIME_OTHERS_DAY = QT_TRANSLATE_NOOP("CoreMessages", "the earliest route meeting the other goals, {route}, "
                                                            "arrives with {wanted} % certainty only by {date}, {late} "
                                                            "day late")
BIND_ON_TIME_NEVER = QT_TRANSLATE_NOOP("CoreMessages", "no open route arrives with {wanted} % certainty: closures "
                                                       "on the way stop the rest")
BIND_COST = QT_TRANSLATE_NOOP("CoreMessages", "the cheapest open route, {route}, costs {cost}, {over} % over "
                                              "the ceiling")
BIND_COST_OTHERS = QT_TRANSLATE_NOOP("CoreMessages", "the cheapest route meeting the other goals, {route}, costs "
                                                     "{cost}, {over} % over the ceiling")
BIND_ON_TIME_NEVER_OTHERS = QT_TRANSLATE_NOOP("CoreMessages", "no route meeting the other goals arrives with "
                                                              "{wanted} % certainty: closures on the way stop them")
BIND_MODES = QT_TRANSLATE_NOOP("CoreMessages", "no open route of the quote goes by {allowed} only")
BIND_MODES_OTHERS = QT_TRANSLATE_NOOP("CoreMessages", "the cheapest route meeting the other goals, {route}, goes by "
                                                      "{modes} ({legs})")
BIND_AVOID = QT_TRANSLATE_NOOP("CoreMessages", "every open route of the quote passes {avoided}")
BIND_AVOID_SOME = QT_TRANSLATE_NOOP("CoreMessages", "every open route of the quote passes one or more of {avoided}")
BIND_AVOID_OTHERS = QT_TRANSLATE_NOOP("CoreMessages", "the cheapest route meeting the other goals, {route}, passes "
                                                      "{avoided}")
BIND_SEVERAL = QT_TRANSLATE_NOOP("CoreMessages", "each route misses more than one goal; dropping one goal is not "
                                                 "enough")
BIND_NONE_OPEN = QT_TRANSLATE_NOOP("CoreMessages", "no route can be used on the date")
GOAL_MAX_COST = QT_TRANSLATE_NOOP("CoreMessages", "at most {cost}")
MONEY = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {currency}")
MONEY_PER_T = QT_TRANSLATE_NOOP("CoreMessages", "{amount} {currency}/t")
ROUTE_NUMBERED = QT_TRANSLATE_NOOP("CoreMessages", "{number}. {corridor}")
GOAL_MODES_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "{modes} only")
GOAL_AVOIDING = QT_TRANSLATE_NOOP("CoreMessages", "avoiding {places}")
GOAL_BY = QT_TRANSLATE_NOOP("CoreMessages", "by {date} with {wanted} % certainty")
GOAL_GREENEST = QT_TRANSLATE_NOOP("CoreMessages", "lowest CO2e within {within} % of the cheapest")
NO_MODE_ALLOWED = QT_TRANSLATE_NOOP("CoreMessages", "allow at least one mode")
BAD_MODE = QT_TRANSLATE_NOOP("CoreMessages", "unknown mode '{mode}'; known: road, rail, sea, pipeline")
BAD_AVOID = QT_TRANSLATE_NOOP("CoreMessages", "'{text}' is neither a place nor a country code of the tables")
BAD_PERCENT = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a percentage from {low} to {high}, not '{text}'")
BAD_CEILING = QT_TRANSLATE_NOOP("CoreMessages", "the cost ceiling must be an amount such as 40000 or 80/t, not "
                                                "'{text}'")
CEILING_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "the cost ceiling '{text}' could mean {decimal} or {thousands}; "
                                                      "type one of them")
AVOID_END = QT_TRANSLATE_NOOP("CoreMessages", "no route can avoid {avoided}: the quote goes from {origin} to "
                                             "{destination}")
ARRIVE_BEFORE = QT_TRANSLATE_NOOP("CoreMessages", "arrive by {date} is before the departure {departure}")
ON_TIME_WORD = QT_TRANSLATE_NOOP("Terms", "the on-time certainty")
CO2_WORD = QT_TRANSLATE_NOOP("Terms", "the CO2e allowance")
CAPITAL_WORD = QT_TRANSLATE_NOOP("Terms", "the capital cost")

# perishables and money in transit
SHELF_LIFE = QT_TRANSLATE_NOOP("CoreMessages", "may take up to {days} days; the shelf life of {cargo} is "
                                               "about {shelf} days (in the tables)")
# the buyer's copy: not "in the tables"
SHELF_LIFE_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "may take up to {days} days; the shelf life of {cargo} "
                                                         "is about {shelf} days")
# a route named apart from the others of its corridor in the same quote (summary.telling)
ROUTE_VIA = QT_TRANSLATE_NOOP("CoreMessages", "{corridor} · via {places}")
ROUTE_BY_MODE_FROM = QT_TRANSLATE_NOOP("CoreMessages", "{corridor} · by {mode} from {place}")
CHOSEN_FOR_SHELF_LIFE = QT_TRANSLATE_NOOP("CoreMessages", "chosen over {route}, which is cheaper but may take up "
                                                          "to {days} days; the shelf life of {cargo} is about "
                                                          "{shelf} days")
# no route arrives within the shelf life at its longest: the cheapest that does at its typical time was chosen
CHOSEN_FOR_SHELF_LIFE_TYPICALLY = QT_TRANSLATE_NOOP("CoreMessages", "chosen over {route}, which is cheaper but "
                                                                    "takes {days} days typically; the shelf life of "
                                                                    "{cargo} is about {shelf} days")
CAPITAL_LINE = QT_TRANSLATE_NOOP("CoreMessages", "capital in transit: {value} × {rate} % a year × {days} days ÷ 365 "
                                                 "= {amount}")
# a line of the price list no route can price on its day
NO_ROUTE_ON_THE_DAY = QT_TRANSLATE_NOOP("CoreMessages", "no route available on this date")
