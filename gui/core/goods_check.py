"""Whether the goods' value given for a quote is plausible: no more than a warning, with the figure per tonne and
the range it was held against.

The tables hold no prices of goods (no sourced unit value of any cargo), so the range is not a market price: it is
held against the quote's own carriage, the cheapest open route's cost per tonne, and its bounds are a judgement,
neither sourced nor fitted to any observation. A tenth: goods whose carriage costs ten times their worth are
seldom shipped at all. 500 times: room for the dearest cargo of the tables by the tonne (medicines), whose
carriage is still some hundreds of US dollars a tonne. Outside them the figure is more likely a slip (a total
given per tonne, a figure short of its thousands, or 90000/t where 90000 in all was meant) than a price, and the
landed cost rests on it, so the quote says so, and says what the range was measured against.
"""
from __future__ import annotations

from . import decide_messages as dmsg
from . import trade_messages as tmsg
from .messages import Figure, Message, Verbatim

LOW_SHARE = 0.1  # the goods a tonne worth less than a tenth of the cheapest carriage a tonne ...
HIGH_TIMES = 500.0  # ... or more than 500 times it: warned of


def goods_value_warning(result, checked, rates) -> Message | None:
    """A warning where the goods' value per tonne (as the checked terms give it, per tonne or for the whole load)
    lies outside LOW_SHARE to HIGH_TIMES times the cheapest open route's carriage per tonne; None
    where it lies within, or where no open route has a price to hold it against."""
    currency = checked.terms.goods_currency.strip().upper()
    total = checked.terms.goods_basis == "total"
    carried = [route.cost_per_tonne for route in result.routes
               if route.available and route.cost_per_tonne is not None and route.cost_per_tonne > 0]
    if not carried or result.load.tonnes <= 0:
        return None
    carriage = float(rates.factor(result.currency, currency)) * min(carried)  # in the goods' currency
    per_tonne = checked.goods_value / result.load.tonnes if total else checked.goods_value
    low, high = LOW_SHARE * carriage, HIGH_TIMES * carriage
    if low <= per_tonne <= high:
        return None

    def money(amount: float) -> Message:
        return Message(dmsg.MONEY_PER_T, amount=Figure(amount, ".2g" if amount < 1 else ",.2f" if amount < 100
                                                       else ",.0f"), currency=Verbatim(currency))

    return Message(tmsg.GOODS_VALUE_UNLIKELY, value=money(per_tonne), low=money(low), high=money(high),
                   carriage=money(carriage), times=Figure(HIGH_TIMES, ",.0f"))
