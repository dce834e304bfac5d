"""The routes table's cells for a decision: the odds of arriving by the date asked, the change under a what-if
scenario, a route muted with the goal it misses, and the lines its tooltip and the detail panel add (odds, goals,
shelf life, money in transit, the change against the tables as they are)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from ..core.decide_report import percent, signed_days, signed_points
from .i18n import local_date, say


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def _decided(decision, row: int):
    return decision.route(row) if decision is not None else None


def misses_goal(decision, row: int) -> bool:
    decided = _decided(decision, row)
    return decided is not None and decided.excluded_reason is not None


def outlasts_cargo(decision, row: int) -> bool:
    """Whether the route may take longer than the cargo keeps (its shelf life in the tables)."""
    decided = _decided(decision, row)
    return decided is not None and decided.shelf_life is not None


def on_time_value(decision, row: int) -> float | None:
    decided = _decided(decision, row)
    return decided.odds.on_time if decided is not None and decided.odds is not None else None


def on_time_cell(decision, row: int) -> str:
    """The odds, marked ⚠ where a risk window on the way is not in them (a closure that may come, they count)."""
    if _decided(decision, row) is None:
        return ""
    return percent(on_time_value(decision, row)) + (" ⚠" if _risk_left_out(decision, row) else "")


def _risk_left_out(decision, row: int) -> bool:
    """Whether the route meets a risk the odds cannot weigh (no figure for the delay it causes: ontime)."""
    from ..core.summary import route_may_be_delayed

    return decision is not None and 0 <= row < len(decision.result.routes) and route_may_be_delayed(
        decision.result.routes[row])


def wanted_text(goals) -> str:
    """The certainty asked as it was set: 99.9 % read "100 %" (whole percents), and 99.5 % "100 %" as well."""
    return fmt.localise(f"{goals.on_time_pct:g}")


def on_time_header(decision) -> str:
    return tr("On time")


def on_time_tip(decision) -> str:
    goals = decision.goals if decision is not None else None
    if goals is None or goals.arrive_by is None:
        return tr("The odds of arriving on or before the date asked (rounded down)")
    return tr("The odds of arriving on or before {date} (rounded down); {wanted} % asked").format(
        date=local_date(goals.arrive_by), wanted=wanted_text(goals))


def delta_value(decision, row: int) -> float | None:
    decided = _decided(decision, row)
    return decided.delta.cost if decided is not None and decided.delta is not None else None


def delta_cell(decision, row: int) -> str:
    """``+1.23 k``, ``−480``, or what happened to the route (new, opens, closes)."""
    decided = _decided(decision, row)
    delta = decided.delta if decided is not None else None
    if delta is None:
        return ""
    if delta.change in ("new", "opens", "closes"):
        return {"new": tr("new"), "opens": tr("opens"), "closes": tr("closes")}[delta.change]
    if not delta.compared:
        return ""
    said = delta.cost_said  # in whole units as the costs either side are said
    if said is None or abs(said) < 0.5:
        return "0"
    sign = "+" if said > 0 else "−"
    return fmt.ltr(sign + fmt.money_short(abs(said), "", figures=3).strip())


def delta_line(delta, currency: str) -> str:
    """The change against the tables as they are, for a tooltip: ``+1,234 USD, +3.0 days, −12 points on time``."""
    words = {"new": tr("new in the what-if"), "opens": tr("opens in the what-if"),
             "closes": tr("closes in the what-if"), "changed": tr("changed in the what-if"),
             "unchanged": tr("as before in the what-if")}
    parts = [words.get(delta.change, delta.change)]
    said = delta.cost_said  # in whole units as the costs either side are said, as the terminal says it
    if said is not None and delta.compared and (abs(said) >= 0.5 or delta.change != "new"):
        # the same cost said as the terminal says it ("±0 USD"), not left out beside the days that changed
        sign = "+" if said >= 0.5 else "−" if said <= -0.5 else "±"
        parts.append(fmt.ltr(sign + fmt.money(abs(said) if abs(said) >= 0.5 else 0.0, currency)))
    if delta.days is not None and abs(delta.days) > 1e-9:  # 0.04 days added: said, as the terminal says it
        # to a tenth as the terminal and the Excel quote give it: 12.4 days more read "+12" as days of a route do
        parts.append(tr("{days} days").format(days=fmt.ltr(signed_days(delta.days))))
    if delta.on_time_said:  # the difference of the two odds as shown, as the terminal says it
        parts.append(tr("{points} points on time").format(points=fmt.ltr(signed_points(delta.on_time_said))))
    return fmt.comma().join(parts)


def decision_lines(decision, row: int) -> list[str]:
    """What the decision says of a route: its odds, the goal it misses, shelf life, money in transit, the
    change under the scenario."""
    decided = _decided(decision, row)
    if decided is None:
        return []
    result, goals = decision.result, decision.goals
    lines = []
    if decided.odds is not None:
        sure = decided.odds.sure_by
        odds, day, wanted = percent(decided.odds.on_time), local_date(goals.arrive_by), wanted_text(goals)
        lines.append(tr("{odds} on time by {date}; {wanted} % arrive by {sure}").format(
            odds=odds, date=day, wanted=wanted, sure=local_date(sure)) if sure else
            tr("{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %").format(
                odds=odds, date=day, wanted=wanted, rest=fmt.localise(f"{100 - goals.on_time_pct:.6g}")))
        if _risk_left_out(decision, row):
            lines.append(tr("the odds leave out the risks on the way named below"))
    if decided.excluded_reason is not None:
        lines.append(tr("Misses a goal: {reason}").format(reason=say(decided.excluded_reason)))
    if decided.shelf_life is not None:
        lines.append(say(decided.shelf_life))
    if decided.capital is not None:
        route = result.routes[row]
        lines.append(tr("Capital in transit {capital} ({rate} % a year × {days} days); with freight {total}").format(
            # in whole units adding up with the freight to the total said (formatting.rest_of_whole)
            capital=fmt.money(fmt.rest_of_whole(decision.economic_cost(row), route.cost) if decision.economic_cost(
                row) is not None else decided.capital, route.currency), rate=fmt.significant(goals.capital_rate_pct),
            # the days to a tenth, as the figure counts them: "× 18 days" beside 519 USD worked out on 17.54
            days=fmt.days(route.days_typical, True), total=fmt.money(decision.economic_cost(row), route.currency)))
    if decided.delta is not None and decided.delta.change != "unchanged":
        lines.append(delta_line(decided.delta, result.currency))
    return lines


def detail_line(decision, row: int) -> str:
    """The same in one line for the selected route's notes (the window has little height to spare): the goal it
    misses or its odds, its shelf life, and its change under the scenario."""
    decided = _decided(decision, row)
    if decided is None:
        return ""
    lines = decision_lines(decision, row)
    if decided.excluded_reason is not None and decided.odds is not None:
        lines = lines[1:]  # the odds are in the reason, or beside it
    return " · ".join(lines)


def status_suffix(decision, row: int) -> str:
    """The routes table's status for a route that misses a goal, or ⚠ for one that may outlast its cargo."""
    decided = _decided(decision, row)
    if decided is None:
        return ""
    return " ⚠" if decided.shelf_life is not None else ""
