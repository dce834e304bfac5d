"""Sentences about commercial terms, duties, taxes and fees (table problems, field errors, price lines,
warnings), translatable like the rest of the core's messages."""
from __future__ import annotations

from .countries import COUNTRIES, country_term  # noqa: F401 - the one table of country names, said here too
from .messages import QT_TRANSLATE_NOOP


# the commercial sheets
NOT_AN_INCOTERM = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is not an Incoterms 2020 rule ({known})")
SEA_RULE_NEEDS_LEG = QT_TRANSLATE_NOOP("CoreMessages", "a sea-only rule needs sea_leg: 'from' (a sea leg leaves the "
                                                       "named place) or 'to' (one arrives there)")
INSURANCE_NEEDS_COVER = QT_TRANSLATE_NOOP("CoreMessages", "a rule where the seller must insure needs min_cover and "
                                                          "min_insured_pct")
UNKNOWN_CARGO_ID = QT_TRANSLATE_NOOP("CoreMessages", "unknown cargo '{value}' (not in sheet 'cargo_types')")
NOT_A_TARIFF_CODE = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is not a tariff code (digits, spaces and dots)")
SECOND_LINE = QT_TRANSLATE_NOOP("CoreMessages", "a second tariff line for {cargo} into {country}")
NOT_A_DAY_OF_YEAR = QT_TRANSLATE_NOOP("CoreMessages", "'{value}' is not a day of the year (month-day, e.g. 06-30)")
SEASON_NEEDS_BOTH = QT_TRANSLATE_NOOP("CoreMessages", "a season needs its first and its last day (season_from and "
                                                      "season_to)")
NO_FX_FOR = QT_TRANSLATE_NOOP("CoreMessages", "currency {currency} has no rate in sheet 'fx'")
VALID_TO_BEFORE = QT_TRANSLATE_NOOP("CoreMessages", "valid_to {end} is before valid_from {start}")
SPECIFIC_NEEDS = QT_TRANSLATE_NOOP("CoreMessages", "a duty per quantity needs specific_currency and specific_per (kg "
                                                   "or t)")
PREFERENCE_NEEDS = QT_TRANSLATE_NOOP("CoreMessages", "a preference needs a factor from 0 (no duty) to 1, "
                                                     "and origin_countries")
SLAB_ORDER = QT_TRANSLATE_NOOP("CoreMessages", "when_duty_to {high} is below when_duty_from {low}")
BASE_EMPTY = QT_TRANSLATE_NOOP("CoreMessages", "the base must name what the tax is charged on: {allowed}")
BASE_PART = QT_TRANSLATE_NOOP("CoreMessages", "'{part}' is neither {allowed} nor a tax of an earlier step for the "
                                              "same country")
UNKNOWN_PLACE_ID = QT_TRANSLATE_NOOP("CoreMessages", "unknown place '{value}' (not in sheet 'places')")
UNIT_OVERLAP = QT_TRANSLATE_NOOP("CoreMessages", "a second {unit} value for dates already covered ({start} to {end})")
FEE_CURRENCY = QT_TRANSLATE_NOOP("CoreMessages", "{currency} is neither a currency of sheet 'fx' nor a unit of sheet "
                                                 "'fee_units' for {country}")
TIER_ORDER = QT_TRANSLATE_NOOP("CoreMessages", "value_to {high} must be above value_from {low}")
NO_VALUATION = QT_TRANSLATE_NOOP("CoreMessages", "rows for {country} but no row for it in sheet 'customs_valuation'")
TRADE_SHEETS_MISSING = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}: no commercial sheets ({sheets}): prices under "
                                                         "Incoterms cannot be worked out with it")
TRADE_SHEETS_SOME = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}: commercial sheets missing: {sheets}")
TRADE_INPUTS = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}: {count} rates and fees left blank for the user to give "
                                                 "(duties, import_taxes, fees)")
PCT_AS_FRACTION = QT_TRANSLATE_NOOP("CoreMessages", "{workbook}, sheet '{sheet}', row {row}, column 'rate_pct': "
                                                    "{value} is read as {value} %; if {percent} % was meant (a cell "
                                                    "formatted as a percentage keeps {percent} % as {value}), write "
                                                    "{percent}")

# the terms the user gives
TERMS_SHAPE = QT_TRANSLATE_NOOP("CoreMessages", "the saved terms cannot be read: expected named fields such as "
                                                "incoterm and goods_value, found {value}")
TERMS_FIELD = QT_TRANSLATE_NOOP("CoreMessages", "the saved terms cannot be read: '{key}' cannot be {value}")
NO_TERMS_TABLES = QT_TRANSLATE_NOOP("CoreMessages", "the tables in use have no 'incoterms' sheet: prices under "
                                                    "Incoterms cannot be worked out")
UNKNOWN_INCOTERM = QT_TRANSLATE_NOOP("CoreMessages", "unknown Incoterm '{text}'; known: {known}")
GOODS_VALUE_NEEDED = QT_TRANSLATE_NOOP("CoreMessages", "give the value of the goods to price the quote under {rule}")
PLACE_NOT_ON_ROUTES = QT_TRANSLATE_NOOP("CoreMessages", "{place} is on none of the routes of this quote; name one of "
                                                        "their places")
SEA_RULE_NO_SEA = QT_TRANSLATE_NOOP("CoreMessages", "{rule} is for sea transport only, and no route of this quote "
                                                    "has a sea leg {way} {place}; use {instead}")
# DDP's import clearance and duties are due where the goods enter the buyer's customs territory; a named place
# before that border would put duties in the price that no carriage in it reaches
DUTY_PAID_PLACE_BEFORE_IMPORT = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: the seller clears the goods for "
                                                  "import and pays the duties at the named place, but {place} is in "
                                                  "{place_country}, and the goods are imported into {country} after "
                                                  "it; name a place in {country}, or use DAP")
SEA_LEG_FROM = QT_TRANSLATE_NOOP("Terms", "leaving")  # Terms: said as a Term, looked up there
SEA_LEG_TO = QT_TRANSLATE_NOOP("Terms", "arriving at")
INSURANCE_REQUIRED = QT_TRANSLATE_NOOP("CoreMessages", "under {rule} the seller must insure the goods (at least "
                                                       "{cover}, on {percent} % of the price): give the premium rate")
# a cover chosen where the rule asks none (DAP, CPT): the rate it needs, and no word of an obligation
INSURANCE_RATE_NEEDED = QT_TRANSLATE_NOOP("CoreMessages", "give the premium rate of the {cover} cover chosen")
COVER_TOO_LOW = QT_TRANSLATE_NOOP("CoreMessages", "under {rule} the cover must be at least {cover}")
INSURED_TOO_LOW = QT_TRANSLATE_NOOP("CoreMessages", "under {rule} the insured value must be at least {percent} % of "
                                                    "the price")
RATE_NEEDS_COVER = QT_TRANSLATE_NOOP("CoreMessages", "choose the cover (ICC A, B or C) the premium rate is for")
PREMIUM_TOO_HIGH = QT_TRANSLATE_NOOP("CoreMessages", "a premium rate of {rate} % cannot be right (at most 10 %)")
IMPORTER_SELLER_ONLY_DDP = QT_TRANSLATE_NOOP("CoreMessages", "only under DDP is the seller the importer of record")
IMPORTER_SELLER_UNDER_DDP = QT_TRANSLATE_NOOP("CoreMessages", "under DDP the seller is the importer of record, "
                                                               "through its own entity or a licensed broker")
UNKNOWN_INPUT = QT_TRANSLATE_NOOP("CoreMessages", "'{key}' is not a blank rate or fee of the tables (see the terms' "
                                                  "list of figures to give)")
FIGURE_IMPORT = QT_TRANSLATE_NOOP("CoreMessages", "{charge} into {country}: {what}")
FIGURE_EXPORT = QT_TRANSLATE_NOOP("CoreMessages", "{charge} in {country} (export): {what}")

# per route
NOT_ON_ROUTE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: this route does not pass {place}")
NO_SEA_LEG_HERE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} needs a sea leg {way} {place}; this route has none")
# the same, said once for several routes ("Routes 6, 7, 9–16: …")
NOT_ON_ROUTES = QT_TRANSLATE_NOOP("CoreMessages", "{rule} {place}: these routes do not pass {place}")
NO_SEA_LEG_THESE = QT_TRANSLATE_NOOP("CoreMessages", "{rule} needs a sea leg {way} {place}; these routes have none")
FOR_SEVERAL_ROUTES = {NOT_ON_ROUTE: NOT_ON_ROUTES, NO_SEA_LEG_HERE: NO_SEA_LEG_THESE}
NO_TARIFF_LINE = QT_TRANSLATE_NOOP("CoreMessages", "no tariff line for {cargo} into {country} in sheet 'hs_codes': "
                                                   "duties and taxes cannot be worked out")
NO_VALUATION_RULE = QT_TRANSLATE_NOOP("CoreMessages", "no row for {country} in sheet 'customs_valuation': the "
                                                      "customs value cannot be worked out")
# the same, as the buyer's copies say them: no sheet names, which speak of the forwarder's tables
NO_TARIFF_LINE_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "the tariff line of {cargo} in {country} is not "
                                                             "known: duties and taxes are not worked out here")
NO_VALUATION_RULE_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "how {country} values imports for customs is not "
                                                                "known: the customs value is not worked out here")
NOT_ENTERED = QT_TRANSLATE_NOOP("CoreMessages", "{what} into {country}: not in the tables and not given ({key})")
# the same for the buyer: without the key the forwarder gives it under (--set), an id of the tables' rows
NOT_ENTERED_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "{what} into {country}: not in the tables and not given")
FEES_LEFT_OUT = QT_TRANSLATE_NOOP("CoreMessages", "left out, not in the tables and not given: {fees}")
PROHIBITED = QT_TRANSLATE_NOOP("CoreMessages", "{country} prohibits imports of {cargo} since {date} ({sources}): "
                                               "{notes}")
PROHIBITED_UNDATED = QT_TRANSLATE_NOOP("CoreMessages", "{country} prohibits imports of {cargo} ({sources}): {notes}")
IMPORT_BANNED = QT_TRANSLATE_NOOP("CoreMessages", "{country} prohibits imports of {cargo} since {date} "
                                                  "({sources})")
IMPORT_BANNED_UNDATED = QT_TRANSLATE_NOOP("CoreMessages", "{country} prohibits imports of {cargo} ({sources})")
# a source as a reader knows it, in the ({sources}) above: its publisher and date ("Dawn, 2024-07-13"), not its id
SOURCE_SAID = QT_TRANSLATE_NOOP("CoreMessages", "{publisher}, {date}")
PREFERENCE_UNCLAIMED = QT_TRANSLATE_NOOP("CoreMessages", "with {proof}, the {charge} would be {factor} of the rate "
                                                         "({saving} less)")
PREFERENCE_CLAIMED = QT_TRANSLATE_NOOP("CoreMessages", "{charge} at {factor} of the rate for goods of {origin} "
                                                       "origin, with {proof}")
# an index unit (MRP) of a year, or of a span of dates, used on a day no value of the tables holds for (fee_units.py)
FEE_UNIT_CARRIED_YEAR = QT_TRANSLATE_NOOP("CoreMessages", "the {year} {unit} ({value}) is used for {day_year}: no "
                                                          "{day_year} value is in the tables")
FEE_UNIT_CARRIED_YEAR_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "the {year} {unit} ({value}) is used for "
                                                                    "{day_year}: no {day_year} value known")
FEE_UNIT_CARRIED = QT_TRANSLATE_NOOP("CoreMessages", "the {unit} of {start} to {end} ({value}) is used on {date}: no "
                                                     "value for that day is in the tables")
FEE_UNIT_CARRIED_FOR_BUYER = QT_TRANSLATE_NOOP("CoreMessages", "the {unit} of {start} to {end} ({value}) is used on "
                                                               "{date}: no value for that day known")
NO_TAX_ROWS = QT_TRANSLATE_NOOP("CoreMessages", "no import tax rows for {country} in the tables")
GOODS_VALUE_UNLIKELY = QT_TRANSLATE_NOOP("CoreMessages", "the goods' value, {value}, lies outside {low} to {high}, a "
                                         "tenth to {times} times the cheapest carriage ({carriage}): check it, the "
                                         "landed cost rests on it (the tables hold no prices of goods; the range is "
                                         "measured against the carriage)")
KZ_DDP_DECLARANT = QT_TRANSLATE_NOOP("CoreMessages", "under DDP into Kazakhstan the declarant must be a Kazakh "
                                                     "entity: the seller needs its own entity there or a licensed "
                                                     "broker")

# the lines of a price (labels for the breakdown, the JSON and the documents)
LINE_GOODS_TOTAL = QT_TRANSLATE_NOOP("CoreMessages", "goods")
LINE_MARGIN_PCT = QT_TRANSLATE_NOOP("CoreMessages", "seller's margin: {percent} % of {base}")
# under DDP the seller also pays the duties, import taxes and import fees: they are passed on at cost, not marked up
# (they are the importing country's, worked out on a customs value that already holds the margin)
LINE_MARGIN_PCT_AT_COST = QT_TRANSLATE_NOOP("CoreMessages", "seller's margin: {percent} % of {base}, its costs "
                                                            "before insurance; the duties, import taxes and import "
                                                            "fees it pays are passed on at cost")
LINE_MARGIN_T = QT_TRANSLATE_NOOP("CoreMessages", "seller's margin: {rate} per t × {tonnes} t")
LINE_FREIGHT = QT_TRANSLATE_NOOP("CoreMessages", "{charge}, {where}")
LINE_DUTY = QT_TRANSLATE_NOOP("CoreMessages", "{charge} {hs}: {working}")
LINE_FEE = QT_TRANSLATE_NOOP("CoreMessages", "{charge}: {working}")
AT_EVENT = QT_TRANSLATE_NOOP("CoreMessages", "at {place}: {event}")
W_AD_VALOREM = QT_TRANSLATE_NOOP("CoreMessages", "{rate} % of {base}")
W_SPECIFIC = QT_TRANSLATE_NOOP("CoreMessages", "{amount} per {per} × {quantity} {per} = {converted}")
W_HIGHER = QT_TRANSLATE_NOOP("CoreMessages", "the higher of {first} and {second}")
W_PREFERENCE = QT_TRANSLATE_NOOP("CoreMessages", "({working}) × {factor}, preference")
# a duty a preference takes off whole (goods of a free trade area): no rate of the tariff is needed for it
W_PREFERENCE_FREE = QT_TRANSLATE_NOOP("CoreMessages", "none, preference")
W_COUNT = QT_TRANSLATE_NOOP("CoreMessages", "{count} × {amount}")
W_INDEX = QT_TRANSLATE_NOOP("CoreMessages", "{count} × {units} {unit} × {value}")
W_TIER = QT_TRANSLATE_NOOP("CoreMessages", "{amount} for a declared value of {value}")
W_GIVEN = QT_TRANSLATE_NOOP("CoreMessages", "given for this quote")
W_NOT_GIVEN = QT_TRANSLATE_NOOP("CoreMessages", "not in the tables; not given")
UNLOADING_AT = QT_TRANSLATE_NOOP("CoreMessages", "unloading at {place}")
LINE_GOODS_T = QT_TRANSLATE_NOOP("CoreMessages", "goods: {tonnes} t × {rate} per t")
LINE_INSURANCE_WORKING = QT_TRANSLATE_NOOP("CoreMessages", "insurance, {cover}: {rate} % of {insured} ({percent} % "
                                                           "of {value})")
PRICE_CHANGED = QT_TRANSLATE_NOOP("CoreMessages", "{route}: price under the terms {old} → {new} {currency} ({change})")
NO_IMPORT = QT_TRANSLATE_NOOP("CoreMessages", "no import: {origin} and {destination} are in one customs territory")
