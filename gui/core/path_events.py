"""What happens along a path whatever the equipment and the dates: the events where one step ends and the next
begins (a border, a port, a transfer, a change of gauge, each with the direction it is crossed in), a border crossed
with no border place, and the name of the corridor a path belongs to."""
from __future__ import annotations

from . import vocabulary as vocab
from . import model as m
from .model import SEA_MODES
from .network import Step


def events_between(step: Step, nxt: Step, places: dict[str, m.Place]
                   ) -> tuple[tuple[str, str, str, bool], ...]:
    """What happens where ``step`` ends and ``nxt`` begins, whatever the equipment: (event, mode, direction,
    arriving). ``arriving``: the event is the arriving leg's, in its mode and with its equipment — a border entered
    by that leg (a truck from China enters Kazakhstan at Khorgos by road, whatever carries the cargo on) and the
    discharge of a ship; otherwise the leaving leg's."""
    here = []
    crossing = _crossing_direction(places[step.end], places[step.start], places[nxt.end])
    if _is_crossing(step, nxt, places):
        arriving = crossing == "inbound"
        here.append(("border_crossing", step.mode if arriving else nxt.mode, crossing, arriving))
    if step.mode != nxt.mode:
        if step.mode in SEA_MODES or nxt.mode in SEA_MODES:
            loading = nxt.mode in SEA_MODES
            here.append(("port_handling", nxt.mode if loading else step.mode, "outbound" if loading else "inbound",
                         not loading))
        else:
            here.append(("transshipment", nxt.mode, "both", False))
    if (step.mode == nxt.mode == "rail" and step.leg.gauge_mm and nxt.leg.gauge_mm
            and step.leg.gauge_mm != nxt.leg.gauge_mm):
        here.append(("gauge_change", "rail", crossing, False))
    return tuple(here)


def _is_crossing(step: Step, nxt: Step, places: dict[str, m.Place]) -> bool:
    """A border place means a crossing only when the route really passes from one country to another."""
    return (places[step.end].kind == "border_crossing"
            and places[step.start].country != places[nxt.end].country)


def crosses_unmarked(step: Step, places: dict[str, m.Place]) -> bool:
    """A land leg joining two countries with no border-crossing place at either end still crosses a border."""
    a, b = places[step.start], places[step.end]
    return (a.country != b.country and step.mode in ("road", "rail")
            and a.kind != "border_crossing" and b.kind != "border_crossing")


def border_on_leg(event: str, place: m.Place) -> bool:
    """Whether a stop is a border crossed on the leg arriving at ``place`` (crosses_unmarked): a border event
    where the place is no border place, which only such a crossing gives (_is_crossing needs a border place)."""
    return event == "border_crossing" and place.kind != "border_crossing"


def _crossing_direction(place: m.Place, before: m.Place, after: m.Place) -> str:
    """Inbound where the cargo enters the border place's country, outbound where it leaves it."""
    if after.country == place.country != before.country:
        return "inbound"
    if before.country == place.country != after.country:
        return "outbound"
    return "both"


def corridor_name(path: tuple[Step, ...], places: dict[str, m.Place]) -> str:
    # every path a search finds is named (quote.QuoteEngine._find_candidates groups them by it): a loop, not a
    # generator into a dict, reads each step's corridor at a fraction of the cost (a corridor or two a path)
    names: list[str] = []
    for step in path:
        corridor = step.leg.corridor
        if corridor and corridor not in names:
            names.append(corridor)
    if names:
        return " + ".join(names)
    countries = list(dict.fromkeys(places[p].country for s in path for p in (s.start, s.end)))
    template = vocab.DOMESTIC if len(countries) == 1 else vocab.CROSS_BORDER
    return template.format(countries="/".join(countries))
