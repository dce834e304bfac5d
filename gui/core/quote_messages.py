"""Sentences about a request and its quote: input errors, exchange rates set for a quote, why a route
is unavailable, closures and stale figures, and re-quoting a saved quote.

Templates only (see messages.py for how a Message says them in the reader's language)."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

# the request
NOT_GIVEN = QT_TRANSLATE_NOOP("CoreMessages", "no {what} given")
AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}' is ambiguous: {options}")
UNKNOWN_CLOSE = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}'; did you mean {options}?")
UNKNOWN_KNOWN = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}'; known: {known}")
UNKNOWN_FAR = QT_TRANSLATE_NOOP("CoreMessages", "unknown {what} '{text}': nothing in the tables is spelled like it")
IN_OTHER_COUNTRY = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}': {place} is in {country}, not in {named}")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a number, not '{text}'")
NUMBER_WITH_UNIT = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}' has a unit in it: give the number ({number}) "
                                                    "and the unit ({unit}) apart")
NUMBER_AMBIGUOUS = QT_TRANSLATE_NOOP("CoreMessages", "{what} '{text}' could mean {decimal} or {thousands}; type one "
                                                    "of them")
NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be a finite number")
NOT_POSITIVE = QT_TRANSLATE_NOOP("CoreMessages", "{what} must be greater than zero, not {number}")
RATE_OF = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate")
NOT_CARRIED_IN = QT_TRANSLATE_NOOP("CoreMessages", "{cargo} is not carried in {kind} in these tables")
CANNOT_CARRY = QT_TRANSLATE_NOOP("CoreMessages", "{equipment} cannot carry {cargo} ({handling})")
WHOLE_UNITS = QT_TRANSLATE_NOOP("CoreMessages", "a number of {kind} must be a whole number, not {number}")
TOO_MUCH = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t is more than this tool quotes ({limit} t)")
TOO_LITTLE = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t is less than this tool quotes (at least {limit} kg)")
DEPARTURE_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "departure {date} is outside what these tables can price: "
                                                    "{first} to {last}, {years} years either side of their rates")
STALE_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "figures are pointed out as old after {low} to {high} days, not {days}")
VALIDITY_RANGE = QT_TRANSLATE_NOOP("CoreMessages", "a quote stays valid for {low} to {high} days, not {days}")
LOAD_TONNES = QT_TRANSLATE_NOOP("CoreMessages", "{tonnes} t")
LOAD_KG = QT_TRANSLATE_NOOP("CoreMessages", "{kg} kg = {tonnes} t")
LOAD_VOLUME = QT_TRANSLATE_NOOP("CoreMessages", "{volume} m³ × {density} t/m³ = {tonnes} t")
LOAD_BARRELS = QT_TRANSLATE_NOOP("CoreMessages", "{barrels} bbl × {per_barrel} m³ (a US oil barrel) × {density} t/m³ = "
                                                "{tonnes} t")
BARRELS_LIQUID_ONLY = QT_TRANSLATE_NOOP("CoreMessages", "barrels measure crude oil and other liquids, not {cargo}: "
                                                       "give it in t, kg, m3 or units")
LOAD_UNITS = QT_TRANSLATE_NOOP("CoreMessages", "{count} × {equipment} ({each} t each) = {tonnes} t")
LOAD_ONE_UNIT = QT_TRANSLATE_NOOP("CoreMessages", "{count} × {equipment} = {tonnes} t")  # "(25.68 t each)" of one
CARGO_READ_AS = QT_TRANSLATE_NOOP("CoreMessages", "cargo '{text}' read as {cargo}: if another was meant, choose it by "
                                                 "name")
SAME_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "origin and destination are the same place")
# exchange-rate overrides
USD_IS_BASE = QT_TRANSLATE_NOOP("CoreMessages",
                                "USD is the base of the exchange-rate table; set the other currency's rate")
RATE_NOT_NUMBER = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate must be a number of {currency} per USD, "
                                                    "not '{text}'")
RATE_NOT_POSITIVE = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate must be a positive number of "
                                                      "{currency} per USD, not {number}")
RATE_TOO_FAR = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate {rate} per USD is more than {factor} times "
                                                 "off the table's {table}: a typing error?")
# the quote
FIGURE_NOT_FINITE = QT_TRANSLATE_NOOP("CoreMessages", "the {figure} of {route} cannot be worked out as a number; "
                                                      "check the quantity, the exchange rates and the tables")
NO_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "no route in these tables carries {cargo} ({handling}) from {origin} "
                                             "to {destination}")
OVERRIDE_FAR = QT_TRANSLATE_NOOP("CoreMessages", "the {currency} rate you set, {rate} per USD, differs from the "
                                                 "table's {table} (as of {date}) by {change}")
RATE_AFTER = QT_TRANSLATE_NOOP("CoreMessages", "no {currency} rate dated on or before {departure}; used the rate "
                                               "of {date}")
ESTIMATES = QT_TRANSLATE_NOOP("CoreMessages", "rests partly on estimates (see the breakdown)")
NO_DWELL = QT_TRANSLATE_NOOP("CoreMessages", "no dwell time for {event} at {place}")
LEG_NAME = QT_TRANSLATE_NOOP("CoreMessages", "{start}–{end}")
PLANNED = QT_TRANSLATE_NOOP("CoreMessages", "{leg} is a planned line, not in operation")
NO_EMISSION_FACTOR = QT_TRANSLATE_NOOP("CoreMessages", "no emission factor for {mode}; {leg} counted as zero CO2e")
OUTSIDE_VALIDITY = QT_TRANSLATE_NOOP("CoreMessages", "tariff {rate_id} ({charge}) used outside its validity dates "
                                                     "on {leg}")
NO_TARIFF = QT_TRANSLATE_NOOP("CoreMessages", "no tariff for {equipment} on {leg}")
CLOSED_ON = QT_TRANSLATE_NOOP("CoreMessages", "{where} closed {window} ({reason}); the cargo would reach it on "
                                              "{date}")
CLOSED_WHEN = QT_TRANSLATE_NOOP("CoreMessages", "{where} closed {window}; the cargo would reach it on {date}")
# a closure with a known end within the tables' max_wait_days: the cargo waits for it (closures.reopening)
WAITS_FOR_REOPENING = QT_TRANSLATE_NOOP("CoreMessages", "waits {days} days at {where} for it to reopen on {date}: "
                                                        "closed {window} ({reason}); the cargo reaches it on "
                                                        "{reached}")
# the breakdown's line of such a wait where the tables have no fee for waiting there (its days are the line's own)
WAIT_LINE_NOTE = QT_TRANSLATE_NOOP("CoreMessages", "waits at {where} from {reached} until it reopens on {date}; "
                                                   "costed at nothing: the tables have no sourced rate for a truck "
                                                   "or wagon held at {where}")
# the same where the tables have fees for waiting there: the dates, then the fees' own notes after it
WAIT_LINE_DATES = QT_TRANSLATE_NOOP("CoreMessages", "waits at {where} from {reached} until it reopens on {date}")
# a wait of the earliest (or latest) day alone: the cargo passes open on the typical day
WAIT_LINE_OFF_TYPICAL = QT_TRANSLATE_NOOP("CoreMessages", "cargo reaching {where} on {reached} waits until it reopens "
                                                          "on {date}; on the typical day it is open, so the typical "
                                                          "days and the money have no wait")
WAITS_A_DAY_FOR_REOPENING = QT_TRANSLATE_NOOP("CoreMessages", "waits 1 day at {where} for it to reopen on {date}: "
                                                              "closed {window} ({reason}); the cargo reaches it on "
                                                              "{reached}")
MORE_TRADE_OFFS = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: best trade-offs not shown: {count}; the tables "
                                                    "show at most {limit} routes of a corridor")
# the same where a corridor shows one route (a what-if's routes_per_corridor of 1)
MORE_TRADE_OFFS_ONE = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: best trade-offs not shown: {count}; the tables "
                                                        "show at most {limit} route of a corridor")
# the two as quotes saved before 2026-12 keep them, ending in the setting's name: still the forwarder's alone
FORMER_TRADE_OFFS = frozenset(f"{template} (setting routes_per_corridor)"
                              for template in (MORE_TRADE_OFFS, MORE_TRADE_OFFS_ONE))
# the window's summary line when several corridors keep trade-offs off the screen (the sentences go in its tooltip)
# ({limit}: search_messages.LIMIT_LABELS' "routes a corridor shows ≤ 3")
MORE_TRADE_OFFS_IN_SHORT = QT_TRANSLATE_NOOP("CoreMessages", "best trade-offs not shown: {count} (corridors: "
                                                             "{corridors}; {limit}): see the tooltip")
MAY_CLOSE = QT_TRANSLATE_NOOP("CoreMessages", "{where} may be closed when the cargo passes {passes}: closed "
                                              "{window} ({reason})")
AT_RISK = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, {window}; the cargo passes {passes}")
PROPOSED_UNDECIDED = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no decision "
                                                       "recorded in the tables")
PROPOSED_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no decision "
                                                       "known")  # the buyer's copy: not "in the tables"
# a proposal whose date has passed, where the tables say the day a decision was last looked for and none found
PROPOSED_NONE_FOUND = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no decision found "
                                                        "as of {checked}")
PROPOSED_NONE_FOUND_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed for {date}; no "
                                                                  "decision known as of {checked}")
PROPOSED_AHEAD = QT_TRANSLATE_NOOP("CoreMessages", "{where}: {reason}, proposed from {date}, not decided")
BACK_DATED = QT_TRANSLATE_NOOP("CoreMessages", "departure {departure} is before the quote date {today}: a "
                                               "back-dated quote")
STALE = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} days: {parts}; check them before quoting")
STALE_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} days: {parts}")  # the buyer's copy
STALE_FX = QT_TRANSLATE_NOOP("CoreMessages", "exchange rate of {pair} of {date} ({days} days old)")
STALE_FX_SEVERAL = QT_TRANSLATE_NOOP("CoreMessages", "exchange rates of {pairs} of {date} ({days} days old)")
# the same of a single day (messages.counted: "1 days" read wrong)
STALE_DAY = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} day: {parts}; check them before quoting")
STALE_DAY_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "older than {limit} day: {parts}")
STALE_FX_DAY = QT_TRANSLATE_NOOP("CoreMessages", "exchange rate of {pair} of {date} ({days} day old)")
STALE_FX_SEVERAL_DAY = QT_TRANSLATE_NOOP("CoreMessages", "exchange rates of {pairs} of {date} ({days} day old)")
STALE_FX_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "{rate}, used only by {route}")
STALE_FX_ROUTES = QT_TRANSLATE_NOOP("CoreMessages", "{rate}, used only by routes {numbers}")
STALE_FX_ALSO = QT_TRANSLATE_NOOP("CoreMessages", "also {pairs}")  # the other rates past the limit, newer
STALE_RATE = QT_TRANSLATE_NOOP("CoreMessages", "the oldest rate used, {charge} ({where}), of {date}")
WINDOW_BETWEEN = QT_TRANSLATE_NOOP("CoreMessages", "from {start} to {end}")
WINDOW_SINCE = QT_TRANSLATE_NOOP("CoreMessages", "since {start}, until further notice")
WINDOW_FROM = QT_TRANSLATE_NOOP("CoreMessages", "from {start}, until further notice")
ON_DAY = QT_TRANSLATE_NOOP("CoreMessages", "on {date}")
BETWEEN_DAYS = QT_TRANSLATE_NOOP("CoreMessages", "between {first} and {last}")
# re-quoting a saved quote on today's tables
ROUTE_VIA = QT_TRANSLATE_NOOP("CoreMessages", "{corridor} via {places}")
ROUTE_DIRECT = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}, direct")
NEW_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "new route: {route}")
NOW_AVAILABLE = QT_TRANSLATE_NOOP("CoreMessages", "{route}: now available")
NOW_UNAVAILABLE = QT_TRANSLATE_NOOP("CoreMessages", "{route}: now unavailable: {reason}")
COST_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{route}: cost {old} → {new} {currency} ({change})")
DAYS_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{route}: typical days {old} → {new}")
ROUTE_GONE = QT_TRANSLATE_NOOP("CoreMessages", "route no longer offered: {route}")
TABLES_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "tables: exchange rates as of {old} → {new}")
