"""The command line's questions of the booth: `quote ... --arrive-by 2026-03-20 --on-time 90`, what-if changes
(`--scenario what-if.json`, `--open Torkham`, `--fx-change KZT=-15`…) and goals (`--modes road`, `--max-cost`…)."""
from __future__ import annotations

import argparse

from .core import decide_messages as dmsg
from .core.countries import split_list
from .core.errors import InputError
from .core.goal_reading import check_numbers, parse_ceiling, parse_modes
from .core.goals import Goals
from .core.messages import Message, Verbatim
from .core.scenario import Change, Scenario
from .core.scenario_file import read_scenario
from .cli_arguments import _date
from .core.validation import ambiguous_separator, number_text




def _percent(text: str) -> float:
    try:
        return float(text.strip().rstrip("%").replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a percentage such as 90, got {text!r}") from None


def _modes(text: str) -> tuple[str, ...]:
    try:
        return parse_modes(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(f"{error} (got {text!r})") from None


def _dated(text: str) -> Change:
    """``Torkham``, ``Torkham:2026-03-10`` or ``Torkham:2026-03-10:2026-04-01`` (a place or leg, from, to)."""
    target, *dates = text.split(":")
    if not target.strip() or len(dates) > 2:
        raise argparse.ArgumentTypeError(f"expected PLACE[:FROM[:TO]] such as Torkham:2026-03-10, got {text!r}")
    start, end = ([_date(d.strip()) if d.strip() else None for d in dates] + [None, None])[:2]
    return Change("", target.strip(), start=start, end=end)


def _opening(text: str) -> Change:
    """``Torkham`` or ``Torkham:2026-03-10``: an opening has no end (a third part was dropped unsaid)."""
    change = _dated(text)
    if change.end is not None:
        raise argparse.ArgumentTypeError(f"expected PLACE[:FROM] such as Torkham:2026-03-10, got {text!r}; to open it "
                                         "for a time, close it again from the day after")
    return change


def _valued(example: str):
    """A NAME=NUMBER option's reader, whose error shows an example of that option."""
    def read(text: str) -> tuple[str, float]:
        target, sep, value = text.rpartition("=")
        figure = value.strip().rstrip("%").replace("\u2212", "-")
        ambiguous = ambiguous_separator(figure) if sep and target.strip() else None
        if ambiguous is not None:  # "1,500": 1.5 or 1500, as the window asks
            said = Message(dmsg.VALUE_AMBIGUOUS, text=Verbatim(figure), decimal=Verbatim(ambiguous[0]),
                           thousands=Verbatim(ambiguous[1]))
            raise argparse.ArgumentTypeError(f"{said} (got {text!r})")
        try:
            if not sep or not target.strip():
                raise ValueError
            return target.strip(), float(number_text(figure))
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected NAME=NUMBER such as {example}, got {text!r}") from None
    return read


def _limit(text: str) -> tuple[str, float | None]:
    """SETTING=VALUE, VALUE a number or none (no limit)."""
    setting, sep, value = text.rpartition("=")
    if sep and setting.strip() and value.strip().lower() == "none":
        return setting.strip(), None
    return _valued("max_stretch_detour=3.5")(text)


def add_decide_arguments(quote: argparse.ArgumentParser) -> None:
    from .cli_arguments import free_text  # the command line's own check of text for the documents

    when = quote.add_argument_group("deliver by (the odds of arriving by a date)")
    when.add_argument("--arrive-by", type=_date, metavar="DATE",
                      help="the latest arrival, YYYY-MM-DD: each route gets its odds of arriving on or before it")
    when.add_argument("--on-time", type=_percent, default=None, metavar="PCT",
                      help="the certainty asked of arriving by --arrive-by (default 90): routes below it miss the "
                           "goal, and the recommendation is the cheapest route that meets it")
    what_if = quote.add_argument_group("what-if changes, laid over the tables without editing them")
    from .cli_arguments import _file

    what_if.add_argument("--scenario", type=_file, metavar="FILE",
                         help="a what-if scenario file (JSON; see the README)")
    what_if.add_argument("--scenario-name", default="", type=free_text, metavar="NAME",
                         help="the scenario's name in the documents")
    what_if.add_argument("--close", action="append", type=_dated, default=[], metavar="PLACE[:FROM[:TO]]",
                         help="close a place or leg (e.g. Khunjerab:2026-03-01); repeat for more")
    what_if.add_argument("--open", dest="reopen", action="append", type=_opening, default=[], metavar="PLACE[:FROM]",
                         help="lift the closures of a place or leg (from a date, if given)")
    what_if.add_argument("--add-days", action="append", type=_valued("Bandar Abbas=3"), default=[], metavar="PLACE=N",
                         help="days more (or fewer, negative) at every stop of a place or on a leg")
    what_if.add_argument("--scale-rates", action="append", type=_valued("KZ=1.3"), default=[], metavar="TARGET=F",
                         help="rates × F of a country (KZ or its name in any language of the interface; KZ:rail "
                              "for one mode), a leg or a place's fees")
    what_if.add_argument("--fx-change", action="append", type=_valued("KZT=-15"), default=[], metavar="CUR=PCT",
                         help="the currency's value against the USD changes by PCT %% (KZT=-15: the tenge falls 15 %%)")
    what_if.add_argument("--road-surcharge", type=_percent, metavar="PCT",
                         help="a fuel surcharge on every road leg, %%")
    what_if.add_argument("--limit", action="append", type=_limit, default=[], metavar="SETTING=VALUE",
                         help="a search limit raised or lifted (none), to see a route the quote says it keeps out: "
                              "max_stretch_detour=3.5, max_mode_changes=4, max_detour=none, "
                              "routes_per_corridor=none; or the days a cargo waits at a closure for it to end: "
                              "max_wait_days=14 (none: never wait)")
    goals = quote.add_argument_group("goals (routes that miss one are kept, with the reason)")
    goals.add_argument("--modes", type=_modes, default=(),
                       help="the modes allowed: road, rail, sea (with the Caspian ferries), pipeline; e.g. road, or "
                            "no-sea")
    goals.add_argument("--avoid", action="append", default=[], metavar="PLACE|CC",
                       help="a place or a country to avoid: its code or its name in any language of the "
                            "interface (e.g. AF, Afghanistan, Афганистан); repeat for more")
    goals.add_argument("--max-cost", default=None, metavar="AMOUNT",
                       help="the cost ceiling in the quote currency: 40000 in total or 80/t per tonne")
    goals.add_argument("--co2-within", type=_percent, metavar="PCT",
                       help="recommend the lowest CO2e among routes at most PCT %% dearer than the cheapest")
    goals.add_argument("--capital-rate", type=_percent, metavar="PCT",
                       help="count the goods' value tied up in transit at this annual rate (needs --goods-value): "
                            "the economic cost = freight + value × rate × days ÷ 365")


def scenario_from_args(args: argparse.Namespace) -> Scenario:
    """The scenario file's changes, then the flags' (an unreadable file is an error naming it)."""
    scenario = read_scenario(args.scenario) if args.scenario else Scenario()
    if args.scale_rates or scenario.active:  # a country's rates scaled, named in any language of the interface
        from .qt.i18n import learn_country_names

        learn_country_names()
    changes = list(scenario.changes)
    changes += [Change("close", c.target, start=c.start, end=c.end) for c in args.close]
    changes += [Change("open", c.target, start=c.start) for c in args.reopen]
    changes += [Change("add_days", target, days) for target, days in args.add_days]
    for target, factor in args.scale_rates:
        country, _, mode = target.partition(":")
        changes.append(Change("scale_rates", country.strip() if mode else target, factor, mode=mode.strip()))
    changes += [Change("fx_change", code.upper(), pct) for code, pct in args.fx_change]
    if args.road_surcharge is not None:
        changes.append(Change("road_surcharge", value=args.road_surcharge))
    changes += [Change("limit", setting, value) for setting, value in args.limit]
    return Scenario(args.scenario_name or scenario.name, tuple(changes))


def goals_from_args(args: argparse.Namespace) -> Goals:
    max_cost, per_tonne = (parse_ceiling(args.max_cost, args.currency) if args.max_cost else (None, False))
    avoid = tuple(part for text in args.avoid for part in split_list(text))
    if avoid:  # a country named in Russian, Kazakh or Urdu as well as in English
        from .qt.i18n import learn_country_names

        learn_country_names()
    return check_numbers(Goals(arrive_by=args.arrive_by, on_time_pct=90.0 if args.on_time is None else args.on_time,
                               modes=args.modes,
                               avoid=avoid, max_cost=max_cost, max_cost_per_tonne=per_tonne,
                               co2_within_pct=args.co2_within, capital_rate_pct=args.capital_rate))
