"""The spans of departures that share what is worked out for a request (``DepartureSpans``): a rate card's months,
a date changed in the window."""
from __future__ import annotations

import bisect
import datetime as dt

from . import model as m
from .rate_rows import last_money_change, row_days

# the fields of a request (pricing_request.PricingRequest) that hold only what is the same for every departure of
# one span of its money (``DepartureSpans``): what PathBounds works out, the equipment chosen for runs of legs
# whose money is settled by then (equipment_choice.choose_equipment) and the paths of the quicker search, which
# reads nothing else of the request (label_search.py); shared by the requests of one cargo load, currency and span
# of money
SHARED_FIELDS = ("bounds", "step_bounds", "closed_on_way", "closed_at_end", "orders", "settled_choices",
                 "tight_starts", "labelled")
# and those that hold what a route shows as well, the same for every departure of one span of money and of the rows
# shown: what a leg or stop adds to a walk (route_walk.Walk.leg, .node: at the departure where its rows are settled
# by then, a stop's with no index unit's value carried (Tariffs.leg_fixed, node_fixed), else by the rows the day
# chooses, at the exchange rates of the span) and the walks of paths that can be replayed on another departure
# (route_walk.replay)
SHOWN_FIELDS = ("parts", "walks")


class DepartureSpans:
    """The days from which something a bound or an equipment choice shared in a span reads can change (``days``):
    the money of a rate's or fee's rows chosen (rate_rows.last_money_change: where a row is followed by one with
    the same amount, currency and basis, no money changes), the span of an index unit's values chosen for good
    (fee_units.unit_settled), an exchange rate (the day it is dated), a closure in force with no end (its start).
    Two departures in one span have the same least money, dwell and CO2e on every leg and stop, at the same
    exchange rates, and the same closures in force with no end: the same bound for every path. And the days from
    which what a walk's part shows can change besides (``shown_days``): the rows chosen (a row's start, the day
    after its end: rate_rows.settled), whose ids, sources, dates and validity a route shows, and the day from which no
    value of an index unit is carried (its warning names the day). A span (``of``) is one of each: a rate renewed
    at the same figure shares the bounds with the months before it, and works out anew what its routes show.

    Why an index unit's other days start no span: what reads its values decides by ``Tariffs.node_settled`` (the
    money: bounds, equipment choices, changes of equipment) or ``Tariffs.node_fixed`` (a walk's part, with the
    warning a carried value gives) whether to read them at the departure, for every day from it, or on the day the
    cargo gets there. Those two days are span days, so every departure of a span decides alike. A stop read at the
    departure reads a value chosen on every later day, with no warning (the day is at least node_fixed); one read
    on the day reads it per day, the part kept by the rows and warning the day gives; a bound before node_settled
    takes the least of every value, whatever the day. So the day a value ends, where the nearest value carried
    after it is the same (the last value of the tables), or a value starts that is not chosen for good, changes
    nothing a span shares. The same holds of a leg's or stop's rows: ``Tariffs.leg_settled`` and ``node_settled``
    (the money) are days of ``days``, ``leg_fixed`` and ``node_fixed`` days of ``shown_days``."""

    def __init__(self, tables: m.Tables):
        from .fee_units import unit_settled

        rows = (*tables.leg_rates, *tables.node_fees)
        shown = row_days(rows)
        # rows that rank alike for every leg or stop that takes one of them (rate_rows.choosable_per_charge): the
        # same leg, or place and event, equipment, direction, mode and charge
        slots: dict[tuple, list] = {}
        for rate in tables.leg_rates:
            slots.setdefault((rate.leg_id, rate.equipment, rate.direction, rate.charge.casefold()), []).append(rate)
        for fee in tables.node_fees:
            slots.setdefault((fee.place_id, fee.event, fee.equipment, fee.direction, fee.mode, fee.charge.casefold()),
                             []).append(fee)
        days = {last_money_change(same) for same in slots.values()} - {dt.date.min}
        units = tables.trade.fee_units if tables.trade is not None else ()
        for unit in {(u.unit, u.country) for u in units}:
            chosen, held = unit_settled(units, *unit)
            days.update(day for day in (chosen,) if dt.date.min < day < dt.date.max)
            shown.update(day for day in (chosen, held) if dt.date.min < day < dt.date.max)
        for more in ((rate.as_of for rate in tables.fx),
                     (closure.start for closure in tables.closures if never_ends(closure))):
            more = set(more)
            days.update(more)
            shown.update(more)
        self.days, self.shown_days = sorted(days), sorted(shown)

    def of(self, departure: dt.date) -> tuple[int, int]:
        """The span a departure falls in: of its money (``days``), and of what its routes show (``shown_days``)."""
        return bisect.bisect_right(self.days, departure), bisect.bisect_right(self.shown_days, departure)


def never_ends(closure: m.Closure) -> bool:
    """A closure decided, not every year, with no end: in force from its start, never waited out."""
    return closure.closed and not closure.proposed and not closure.every_year and closure.end is None
