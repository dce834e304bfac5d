"""One request's inputs and the figures worked out for it, shared by all its paths (``PricingRequest``)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import model as m
from .money import FxUsed
from .request import Load

if TYPE_CHECKING:
    from .tariffs import MissingTariff


@dataclass
class PricingRequest:
    """One request's inputs and the figures worked out for it, shared by all its paths."""

    cargo: m.CargoType
    load: Load
    departure: dt.date
    currency: str
    rates: dict[str, FxUsed] = field(default_factory=dict)  # rates the user set for this quote, by currency
    quoted_on: dt.date = field(default_factory=dt.date.today)  # whether a closure or proposal has begun
    factors: dict[str, Decimal] = field(default_factory=dict)  # currency -> multiplier into the quote currency
    totals: dict[tuple, float | "MissingTariff"] = field(default_factory=dict)  # money per leg or node
    units: dict[str, int] = field(default_factory=dict)  # equipment id -> units needed
    choices: dict = field(default_factory=dict)  # equipment chosen per path and per run of steps
    settled_choices: dict = field(default_factory=dict)  # per run of steps whose rates are settled (route_pricer)
    choice_starts: dict = field(default_factory=dict)  # per first steps of a path: choose_equipment's sums
    bounds: dict = field(default_factory=dict)  # per step: the least money and CO2e of its leg (bounds.PathBounds)
    step_bounds: dict = field(default_factory=dict)  # per step after another: what it adds to a path's bound
    tight_starts: dict = field(default_factory=dict)  # per first steps of a path: PathBounds.tight's sums
    closed_on_way: dict = field(default_factory=dict)  # per step: whether it closes every path (bounds.PathBounds)
    closed_at_end: dict = field(default_factory=dict)  # the same for a path's last step, its destination included
    orders: dict = field(default_factory=dict)  # per group of paths: frontier.bound_order (bounds.PathBounds.order)
    labelled: dict = field(default_factory=dict)  # per origin, destination and closures: the quicker search's paths
    parts: dict = field(default_factory=dict)  # what each leg or stop adds to a walk (walk_totals.Part)
    walks: dict = field(default_factory=dict)  # per plan: a walk to replay on another departure (route_walk.replay)
    prefixes: dict = field(default_factory=dict)  # per first steps of a path: a walk to take up (route_walk.resumed)
    changes: dict = field(default_factory=dict)  # the money of changes of equipment (equipment_choice)
