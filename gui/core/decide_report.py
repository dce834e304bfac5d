"""A decision as plain data (the JSON, the quote document, a saved quote) and as terminal lines: the odds of
arriving by the date asked, the what-if scenario and each route's change against the tables as they are, the
goals and why a route misses them, shelf life and money in transit."""
from __future__ import annotations

import datetime as dt
from typing import Any

from . import decide_messages as dmsg
from . import formatting as fmt
from .buyer_copy import FORWARDER_ONLY, for_buyer
from .decide import Decision, Delta, Gone
from .deliver import odds_bound, odds_percent
from .goals import Goals, summary, told_corridor
from .messages import Message, Verbatim, messages_data
from .scenario import Scenario, describe
from .summary import route_may_be_delayed, telling_gone
from .trade_messages import IMPORT_BANNED, IMPORT_BANNED_UNDATED


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _days(value: float | None) -> float | None:
    """Days as the quote's JSON gives them (report._days): to a millionth, never to a tenth."""
    return None if value is None else round(value, fmt.DAY_PLACES)


def _said(message: Message | None) -> Any:
    return messages_data([message])[0] if message is not None else None


def delta_to_dict(delta: Delta | None) -> dict[str, Any] | None:
    if delta is None:
        return None
    # the change of days to a hundredth: 0.04 days added is not 0.0 (decide_report.signed_days)
    return {"change": delta.change, "cost": _round(delta.cost), "days_typical": _round(delta.days, 2),
            "on_time_probability": _round(delta.on_time, 4), "on_time_points": delta.on_time_said,
            "base_cost": _round(delta.base_cost),
            # the route as the tables are, in the figures its own quote gives: days to a millionth (report._days),
            # the odds unrounded (0.9999998 kept to 4 places read 1.0, certain, beside the quote's "> 99.9 %")
            "base_days_typical": _days(delta.base_days), "base_on_time_probability": delta.base_on_time,
            "base_available": delta.base_usable}


def scenario_to_dict(scenario: Scenario, tables=None) -> dict[str, Any] | None:
    """The scenario as a file holds it, with each change said in words (and kept as a message, for the reader's
    language); with ``tables``, each place by its name in them."""
    if not scenario.active:
        return None
    described = [describe(change, tables) for change in scenario.changes]
    return {**scenario.to_data(), "title": scenario.title, "described": [str(d) for d in described],
            "said": {"described": messages_data(described)}}


def add_decision(document: dict[str, Any], decision: Decision | None, tables=None) -> dict[str, Any]:
    """Put the decision into a quote document (see report.result_to_dict), route by route in the same order;
    ``tables`` name the places the scenario's changes were typed as."""
    if decision is None:
        return document
    goals = decision.goals
    document["scenario"] = scenario_to_dict(decision.scenario, tables)
    document["goals"] = goals.to_data() if goals.active or goals.capital_rate_pct is not None else None
    if goals.active:
        said = summary(goals, document["currency"])
        document["goals"]["described"] = [str(s) for s in said]
        document["goals"]["said"] = {"described": messages_data(said)}
    document["arrive_by"] = goals.arrive_by.isoformat() if goals.arrive_by else None
    document["on_time_wanted"] = goals.wanted if goals.arrive_by else None
    document["recommended"] = None if decision.recommended is None else decision.recommended + 1
    document["recommended_over"] = str(decision.passed_over) if decision.passed_over else None
    document["binding"] = str(decision.binding) if decision.binding else None
    document.setdefault("said", {}).update(binding=_said(decision.binding),
                                           recommended_over=_said(decision.passed_over))
    document["goods_value"] = _round(decision.goods_value)
    for index, (route, decided) in enumerate(zip(document["routes"], decision.routes)):
        odds = decided.odds
        # unrounded: shown, the odds are rounded down (deliver.odds_percent); kept to 4 places, 0.99996 read
        # 100 % and 0.89996 the 90 % asked
        route["on_time_probability"] = odds.on_time if odds else None
        route["sure_by"] = odds.sure_by.isoformat() if odds and odds.sure_by else None
        route["stopped_probability"] = _round(odds.stopped, 4) if odds else None
        # a risk window on the way carries no figure for the delay: the odds leave it out (README)
        route["odds_leave_out_risks"] = bool(odds) and route_may_be_delayed(decision.result.routes[index])
        route["excluded_reason"] = str(decided.excluded_reason) if decided.excluded_reason else None
        route["shelf_life"] = str(decided.shelf_life) if decided.shelf_life else None
        route.setdefault("said", {}).update(excluded_reason=_said(decided.excluded_reason),
                                            shelf_life=_said(decided.shelf_life))
        route["capital_in_transit"] = _round(decided.capital)
        route["economic_cost"] = _round(route["cost"] + decided.capital) if (
            decided.capital is not None and route["cost"] is not None) else None
        route["delta"] = delta_to_dict(decided.delta)
    document["gone"] = [_gone_to_dict(gone) for gone in decision.gone]
    return document


def _gone_to_dict(gone: Gone) -> dict[str, Any]:
    """A route the what-if no longer shows: as the tables are, and the same path under the what-if (``change``:
    not_shown, it is still offered at ``scenario_cost``; closes, with ``scenario_reason``; gone)."""
    now = gone.now
    return {"corridor": gone.route.corridor, "path": list(gone.route.path), "available": gone.route.available,
            "cost": _round(gone.route.cost), "days_typical": _days(gone.route.days_typical),
            "on_time_probability": gone.odds.on_time if gone.odds else None, "change": gone.change,
            "scenario_available": bool(now and now.available and now.cost is not None),
            "scenario_cost": _round(now.cost) if now else None,
            "scenario_days_typical": _days(now.days_typical) if now else None,
            "scenario_on_time_probability": gone.now_odds.on_time if gone.now_odds else None,
            "on_time_points": gone.on_time_said,
            "scenario_reason": (str(now.unavailable_reason) or None) if now else None,
            # the reason said again in the reader's language (the Excel quote's What if sheet)
            "said": {"scenario_reason": _said(now.unavailable_reason if now else None)}}


def scenario_from_document(document: dict[str, Any]) -> Scenario:
    """The scenario a saved quote was made under (none for the tables as they are; a damaged one is dropped)."""
    from .errors import InputError

    try:
        return Scenario.from_data(document.get("scenario"))
    except InputError:
        return Scenario()


def goals_from_document(document: dict[str, Any]) -> Goals:
    return Goals.from_data(document.get("goals"))


def percent(probability: float | None) -> str:
    """``85 %``, rounded down (see deliver.odds_percent), with the reader's decimal sign (``99,9 %`` in Russian,
    as the days beside it: ``15,4``); ``—`` for none. Odds neither certain nor nil but beyond a tenth of a percent
    of either read ``> 99.9 %`` and ``< 0.1 %`` (deliver.odds_bound): a route whose longest time passes the date
    read 100 %, and one that may just make it 0 %."""
    if probability is None:
        return "—"
    bound = odds_bound(probability)
    return fmt.localise(f"{bound} {odds_percent(probability) if bound == '>' else 0.1:g} %" if bound
                        else f"{odds_percent(probability):g} %")


def _money_change(value: float | None, currency: str) -> str:
    return "—" if value is None else ("+" if value > 0 else "−" if value < 0 else "±") + fmt.money(abs(value),
                                                                                                 currency)


def signed_days(days: float) -> str:
    """A change of days as the routes give days, to a tenth (``+2.0``, ``−0.5``), but never ``+0.0`` for a change
    that is there: 0.04 days added reads ``+0.04``. The terminal, the window and the Excel quote say it alike."""
    size = abs(days)
    return ("+" if days > 0 else "−") + fmt.localise(f"{size:.1f}" if round(size, 1) >= 0.1 else f"{size:.2g}")


def signed_points(points: float) -> str:
    """A change of odds in percentage points, the difference of the two odds as shown (deliver.points_between):
    ``+9``, ``−3.6`` (a tenth where the odds keep one, near certain or nil), ``0``; with the reader's decimal sign.
    The terminal, the window and the documents say it alike."""
    if abs(points) < 0.05:
        return "0"
    return ("+" if points > 0 else "−") + fmt.localise(f"{abs(points):g}")


def delta_text(delta: Delta | None, currency: str) -> str:
    """``+1,234 USD, +2.0 days, −12 points on time`` or the change's word (new, opens, closes)."""
    if delta is None:
        return ""
    words = {"new": dmsg.ROUTE_NEW, "opens": dmsg.ROUTE_OPENS, "closes": dmsg.ROUTE_CLOSES,
             "unchanged": dmsg.ROUTE_SAME}
    if delta.change == "unchanged" or delta.change == "new" and not delta.compared:
        return words[delta.change]
    parts = [words[delta.change]] if delta.change in words else []
    # a route only shown under the what-if at the same price is "new", not "new, ±0 USD"
    if delta.cost is not None and delta.compared and (delta.change != "new" or delta.cost_said):
        parts.append(_money_change(delta.cost_said, currency))  # in whole units as the costs are said
    if delta.days is not None and abs(delta.days) > 1e-9:
        parts.append(f"{signed_days(delta.days)} days")
    if delta.on_time_said:  # as the two odds are shown (deliver.points_between)
        parts.append(f"{signed_points(delta.on_time_said)} points on time")
    if not parts:  # changed in words only (a closure's dates, on both sides unavailable): said, not left blank
        parts.append(dmsg.ROUTE_STILL_CLOSED if not delta.usable and not delta.base_usable else dmsg.ROUTE_CHANGED)
    return ", ".join(parts)


def text_lines(decision: Decision) -> tuple[list[str], dict[int, list[str]], list[str]]:
    """For the terminal: lines before the routes (the scenario, the goals), lines under each route (its index),
    and lines after (the recommendation or what binds, the routes the scenario no longer offers)."""
    result, goals = decision.result, decision.goals
    head: list[str] = []
    if decision.scenario.active:
        head.append(str(Message(dmsg.WHAT_IF_QUOTE, scenario=Verbatim(decision.scenario.title), changes=Message.joined(
            [describe(c) for c in decision.scenario.changes], "; "))))
    if goals.active:
        head.append("Goals: " + "; ".join(str(s) for s in summary(goals, result.currency)))
    under: dict[int, list[str]] = {}
    for index, decided in enumerate(decision.routes):
        lines = []
        if decided.odds is not None:
            sure = decided.odds.sure_by
            # "90 % arrive by never (closures on the way)" read as nonsense, and translated word for word as worse
            lines.append(f"on time by {goals.arrive_by.isoformat()}: {percent(decided.odds.on_time)}; "
                         + (f"{goals.on_time_pct:g} % arrive by {sure.isoformat()}" if sure else
                            f"{goals.on_time_pct:g} % by no date: closures on the way stop more than "
                            f"{100 - goals.on_time_pct:g} %")
                         + ("; the odds leave out the risks on the way named above"
                            if route_may_be_delayed(result.routes[index]) else ""))
        if decided.excluded_reason:
            lines.append(f"misses a goal: {decided.excluded_reason}")
        if decided.shelf_life:
            lines.append(f"! {decided.shelf_life}")
        if decided.capital is not None:
            economic = decision.economic_cost(index)
            # in whole units adding up with the freight to the economic cost, as said (formatting.rest_of_whole)
            capital = fmt.rest_of_whole(economic, result.routes[index].cost) if economic else decided.capital
            lines.append(f"capital in transit {fmt.money(capital, result.currency)} at "
                         f"{goals.capital_rate_pct:g} % a year"
                         + (f"; economic cost {fmt.money(economic, result.currency)}" if economic else ""))
        if decided.delta is not None and decided.delta.change != "unchanged":
            lines.append(f"what-if against the tables as they are: {delta_text(decided.delta, result.currency)}")
        if lines:
            under[index] = lines
    tail: list[str] = []
    if decision.recommended is not None:  # as the JSON and the documents say it, with or without goals
        route = result.routes[decision.recommended]
        # the typical days as the routes' table above gives them: 17.5 where another route reads 18, not "18"
        finer = fmt.days_told_apart([r.days_typical for r in result.routes])[decision.recommended]
        tail.append(f"recommended: {decision.recommended + 1}. {route.corridor}, "
                    f"{fmt.money(route.cost, route.currency)}, {fmt.days(route.days_typical, finer)} days typical"
                    + (f"; {decision.passed_over}" if decision.passed_over else ""))
    elif not decision.binding and result.routes:  # every route closed, planned or without a tariff, as the PDF says
        tail.append(f"recommended: none: no route is available on {result.request.departure.isoformat()}")
    if decision.binding:
        tail.append(str(decision.binding))
    for gone in decision.gone:
        tail.append(gone_line(gone, result))
    return head, under, tail


def gone_line(gone: Gone, result) -> str:
    """``no longer among the routes its corridor shows in the what-if: Iran rail + sea (Bandar Abbas) · via Tejen,
    Sarakhs (the what-if: 53,853 USD, 17.5 days typical; as they are: 52,639 USD)``: the what-if's own price of a
    route it still offers, its reason where it closes it."""
    name = told_corridor(gone.route.corridor, telling_gone(gone.route, result))
    before = fmt.money(gone.route.cost, gone.route.currency) if gone.route.cost is not None else "—"
    now = gone.now
    if gone.change == "not_shown":
        return (f"{dmsg.ROUTE_NOT_SHOWN}: {name} (the what-if: {fmt.money(now.cost, now.currency)}, "
                f"{now.days_typical:.1f} days typical; as they are: {before})")
    if gone.change in ("closes", "still_closed"):
        word = dmsg.ROUTE_CLOSES if gone.change == "closes" else dmsg.ROUTE_STILL_CLOSED
        return f"{word}: {name} ({now.unavailable_reason}; as they are: {before})"
    return f"{dmsg.ROUTE_GONE}: {name} (as they are: {before})"


def document_title(document: dict[str, Any]) -> str:
    """The scenario's title from a document (empty: the tables as they are)."""
    scenario = document.get("scenario") or {}
    return scenario.get("title", "")


def recommended_route(document: dict[str, Any]) -> dict[str, Any] | None:
    """The route a quote document recommends: the one its goals chose (or, with none set, the cheapest a
    perishable keeps over), else the cheapest on the cost–time frontier; none when goals were set and no route
    meets them. The terminal, the PDF, the Excel quote and the window's documents all describe this one."""
    number = document.get("recommended")
    if number:
        return document["routes"][number - 1]
    if document.get("binding"):
        return None
    return next((r for r in document["routes"] if r["available"] and r["pareto"]), None)


def arrive_by(document: dict[str, Any]) -> dt.date | None:
    text = document.get("arrive_by")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def price_list_row(decision: Decision) -> dict[str, Any]:
    """A line of the price list: the route the quote recommends (the cheapest, or for a perishable the cheapest
    that arrives within its shelf life, where one does), with its warnings and why a cheaper one was passed over."""
    result, index = decision.result, decision.recommended
    best = result.routes[index] if index is not None else None
    # a ban on importing the cargo first, as the quote says it (the buyer's first question), then the route's own
    bans = [w for w in result.warnings if getattr(w, "template", None) in (IMPORT_BANNED, IMPORT_BANNED_UNDATED)]
    said = [*bans, *best.warnings, decision.route(index).shelf_life, decision.passed_over] if best else []
    notes = [for_buyer(m) for m in said if m and getattr(m, "template", None) not in FORWARDER_ONLY]
    return {"cargo": result.cargo.name, "quantity": result.load.description, "from": result.origin.name,
            "to": result.destination.name, "date": result.request.departure.isoformat(),
            "route": best.corridor if best else "—", "cost": round(best.cost, 2) if best else None,
            "currency": result.currency, "per_tonne": round(best.cost_per_tonne, 2) if best else None,
            # as the quote of the same request gives them ("17.5 (12–46)", to a tenth where another route would
            # read the same), not "12–18–46"
            "days": fmt.days_span(*span) if (span := _best_days(result, index)) else "",
            # the same figures, said again in the price list's language ("17,5 (12–46)" in a Russian list)
            "days_span": span,
            "co2e_t": fmt.co2e_tonnes(best.co2e_kg) if best else None,
            # the buyer's words, as the PDF and the Excel quote say them: the price list is sent to buyers too ("no
            # decision recorded in the tables", "(in the tables)" spoke of the forwarder's tables)
            "note": "; ".join(str(note) for note in notes) if best else "no route available on this date",
            # the same, and the quantity, as messages: said again in the price list's language
            "notes": notes if best else [Message(dmsg.NO_ROUTE_ON_THE_DAY)], "load": result.load.description}


def _best_days(result, index: int | None) -> tuple[float, float, float, bool] | None:
    """The recommended route's days (earliest, typical, latest) and whether they are told apart to a tenth."""
    if index is None:
        return None
    best = result.routes[index]
    return (best.days_min, best.days_typical, best.days_max,
            fmt.days_told_apart([r.days_typical for r in result.routes])[index])


def unpriced_row(cargo: str, quantity: str, origin: str, destination: str, day: dt.date, currency: str,
                 reason) -> dict[str, Any]:
    """A line of the price list that no route can price, with the reason (potatoes in grain wagons): listed, so
    that the list says what it leaves out rather than losing the line or every other one."""
    return {"cargo": cargo, "quantity": quantity, "from": origin, "to": destination, "date": day.isoformat(),
            "route": "—", "cost": None, "currency": currency, "per_tonne": None, "days": "", "co2e_t": None,
            "note": str(reason), "notes": [reason]}
