"""The window's decision on a request whose what-if or goals the tables cannot use: the quote goes on without them,
and the field at fault is said beside it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import InputError
from .goals import Goals
from .scenario import Scenario

if TYPE_CHECKING:
    from .decide import Decider, Decision
    from .request import QuoteRequest
    from .terms import Terms

# the what-if scenario and the goals (scenario.py, goals.py): a problem with one leaves the quote of the tables as
# they are, or without goals, on screen
DECIDE_FIELDS = ("scenario", "arrive_by", "on_time_pct", "modes", "avoid", "max_cost", "co2_within_pct",
                 "capital_rate_pct")


def decide_leaving_out(decider: Decider, request: QuoteRequest, scenario: Scenario, goals: Goals, terms: Terms
                       ) -> tuple[Decision, dict, dict[str, tuple[str, ...]]]:
    """The decision on the request, the problems of the fields left out of it (core messages) and their
    suggestions: a scenario or a goal the tables cannot use is a problem of its field, and the quote goes on
    without it (without the scenario, or without the goals). Reads only what it is given: the window runs it on a
    thread of its own."""
    suggestions, problems = {}, {}
    for _attempt in range(3):
        try:
            return decider.decide(request, scenario, goals, terms), problems, suggestions
        except InputError as error:
            if error.field == "scenario" and scenario.active:
                scenario = Scenario()
            elif error.field in DECIDE_FIELDS and goals != Goals():
                goals = Goals(capital_rate_pct=goals.capital_rate_pct)
            else:
                raise
            suggestions[error.field] = error.suggestions
            problems[error.field] = error.message
    raise AssertionError("unreachable: the request alone either quotes or raises")
