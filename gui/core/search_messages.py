"""Sentences a quote says when a search limit keeps out a route that would have been a best one, translatable."""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP, Figure, Message

# the limits that can keep a best route out, by their settings' names
MAX_DETOUR, MAX_STRETCH, MAX_DOMESTIC = "max_detour", "max_stretch_detour", "max_domestic_detour"
MAX_LEGS, MAX_CHANGES = "max_legs", "max_mode_changes"
ROUTES_PER_CORRIDOR = "routes_per_corridor"  # a what-if may raise it too (scenario.LIMITS)

# each sentence says the limit in words with its figure ("the tables allow 3"); the setting's name, which the
# window's summary line had shown a buyer at the booth ("(setting max_mode_changes)"), is said only where the
# forwarder raises it: the terminal's report (setting_of) and the what-if's list of limits
HIDDEN_BY_MODE_CHANGES = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: a {better} route exists with {figure} mode "
                                                           "changes; the tables allow {limit}")
HIDDEN_BY_LEGS = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: a {better} route exists with {figure} legs; the "
                                                   "tables allow {limit}")
HIDDEN_BY_DETOUR = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: a {better} route exists, over {figure} times as "
                                                     "long as the shortest open route; the tables allow {limit}")
HIDDEN_BY_STRETCH = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: a {better} route exists that goes over {figure} "
                                                      "times the shortest way between two of its stops in different "
                                                      "countries; the tables allow {limit}")
HIDDEN_BY_DOMESTIC = QT_TRANSLATE_NOOP("CoreMessages", "{corridor}: a {better} route exists that goes over {figure} "
                                                       "times the shortest way between two of its stops in one "
                                                       "country; the tables allow {limit}")
# the same sentences as quotes saved before 2026-12 keep them, each ending in its setting's name: still the
# forwarder's, never the buyer's (buyer_copy.FORWARDER_ONLY)
FORMER_TEMPLATES = {rule: f"{template} (setting {rule})" for rule, template in (
    (MAX_CHANGES, HIDDEN_BY_MODE_CHANGES), (MAX_LEGS, HIDDEN_BY_LEGS), (MAX_DETOUR, HIDDEN_BY_DETOUR),
    (MAX_STRETCH, HIDDEN_BY_STRETCH), (MAX_DOMESTIC, HIDDEN_BY_DOMESTIC))}
# each limit in a few words with its figure, for the window's summary line (a detour: times the shortest way)
LIMIT_LABELS = {
    MAX_DETOUR: QT_TRANSLATE_NOOP("CoreMessages", "route length ≤ {limit} × the shortest"),
    MAX_STRETCH: QT_TRANSLATE_NOOP("CoreMessages", "detour across a border ≤ {limit}×"),
    MAX_DOMESTIC: QT_TRANSLATE_NOOP("CoreMessages", "detour within a country ≤ {limit}×"),
    MAX_LEGS: QT_TRANSLATE_NOOP("CoreMessages", "legs ≤ {limit}"),
    MAX_CHANGES: QT_TRANSLATE_NOOP("CoreMessages", "mode changes ≤ {limit}"),
    ROUTES_PER_CORRIDOR: QT_TRANSLATE_NOOP("CoreMessages", "routes a corridor shows ≤ {limit}"),
}
# each limit in a word or two, for a limit lifted ("no limit on detour across a border")
LIMIT_NAMES = {
    MAX_DETOUR: QT_TRANSLATE_NOOP("CoreMessages", "route length"),
    MAX_STRETCH: QT_TRANSLATE_NOOP("CoreMessages", "detour across a border"),
    MAX_DOMESTIC: QT_TRANSLATE_NOOP("CoreMessages", "detour within a country"),
    MAX_LEGS: QT_TRANSLATE_NOOP("CoreMessages", "legs"),
    MAX_CHANGES: QT_TRANSLATE_NOOP("CoreMessages", "mode changes"),
    ROUTES_PER_CORRIDOR: QT_TRANSLATE_NOOP("CoreMessages", "routes a corridor shows"),
}
CHEAPER = QT_TRANSLATE_NOOP("CoreMessages", "cheaper")
FASTER = QT_TRANSLATE_NOOP("CoreMessages", "faster")
CHEAPER_AND_FASTER = QT_TRANSLATE_NOOP("CoreMessages", "cheaper and faster")
USABLE = QT_TRANSLATE_NOOP("CoreMessages", "usable")
LIMITS_IN_SHORT = QT_TRANSLATE_NOOP("CoreMessages", "the search limits keep out a better route (corridors: {count}; "
                                                    "{limits}): see the tooltip")
LIMITS_UNKNOWN = QT_TRANSLATE_NOOP("CoreMessages", "whether the search limits keep out a better route is not known: "
                                                   "past them lie too many paths to try")
QUICKER_SEARCH = QT_TRANSLATE_NOOP("CoreMessages", "the search limits allow too many paths to try every one (over "
                                                   "{steps} steps): these routes keep to the limits but were found by "
                                                   "a quicker search, which walks on only from the best beginnings at "
                                                   "each place, and a cheaper or faster route may exist; to have "
                                                   "every path tried, tighten one of max_detour, max_stretch_detour, "
                                                   "max_domestic_detour, max_legs, max_mode_changes")
TOO_MANY_PATHS = QT_TRANSLATE_NOOP("CoreMessages", "the search limits allow too many paths to try (over {steps} "
                                                   "steps): keep or tighten one of max_detour, max_stretch_detour, "
                                                   "max_domestic_detour, max_legs, max_mode_changes")


TEMPLATES = {MAX_CHANGES: HIDDEN_BY_MODE_CHANGES, MAX_LEGS: HIDDEN_BY_LEGS, MAX_DETOUR: HIDDEN_BY_DETOUR,
             MAX_STRETCH: HIDDEN_BY_STRETCH, MAX_DOMESTIC: HIDDEN_BY_DOMESTIC}


def in_short(warnings) -> Message | None:
    """The warnings of rule_cuts.hidden_routes in one line (the window's summary; the sentences go in its
    tooltip): how many corridors, which limits, each in words with the tables' figure. Here, not beside the search,
    so that the window can say it without loading the search before its first paint."""
    said = [w for w in warnings if getattr(w, "template", None) in TEMPLATES.values()]
    if not said:
        return None
    limits = [Message(LIMIT_LABELS[rule], limit=next(w.values["limit"] for w in said if w.template == template))
              for rule, template in TEMPLATES.items() if any(w.template == template for w in said)]
    return Message(LIMITS_IN_SHORT, count=Figure(len({w.values["corridor"] for w in said}), ".0f"),
                   limits=Message.joined(limits, ", "))


def setting_of(warning) -> str | None:
    """The setting a warning of a limit names in words (``max_stretch_detour``, ``routes_per_corridor``), for the
    terminal's report, whose reader raises it with ``--limit``; None for any other warning."""
    from .quote_messages import MORE_TRADE_OFFS, MORE_TRADE_OFFS_ONE

    template = getattr(warning, "template", None)
    if template in (MORE_TRADE_OFFS, MORE_TRADE_OFFS_ONE):
        return ROUTES_PER_CORRIDOR
    return next((rule for rule, said in TEMPLATES.items() if said == template), None)
