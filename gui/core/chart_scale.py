"""Where the cost–time chart draws its points, when a few routes lie far beyond the rest.

100,000 t of crude oil from Atyrau to Karachi has trucking routes of about 270 days and 100 M USD beside pipeline
and tanker routes of 15–30 days and 8–18 M USD: scaled to hold them all, the best trade-offs shared a corner of
a few pixels. A route more than ``FAR`` times the dearest (or slowest) best trade-off is therefore drawn at the
edge of the frame, marked as lying beyond it; its figures stay in the table and the tooltip. The window and the
documents draw with the same scale.
"""
from __future__ import annotations

from dataclasses import dataclass

# a route this many times dearer or slower than the dearest or slowest best trade-off lies off the scale: the
# frontier and the routes near it then fill the frame
FAR = 3.0

INSIDE, BEYOND_DAYS, BEYOND_COST, BEYOND_BOTH = "", "days", "cost", "both"


@dataclass(frozen=True)
class ChartScale:
    """The edges of the frame (None: every route inside on that axis)."""

    days_edge: float | None = None
    cost_edge: float | None = None

    @property
    def clips(self) -> bool:
        return self.days_edge is not None or self.cost_edge is not None

    def days(self, days: float) -> float:
        return days if self.days_edge is None else min(days, self.days_edge)

    def cost(self, cost: float) -> float:
        return cost if self.cost_edge is None else min(cost, self.cost_edge)

    def beyond(self, days: float, cost: float) -> str:
        """Which edge a point lies past: INSIDE, BEYOND_DAYS, BEYOND_COST or BEYOND_BOTH."""
        late = self.days_edge is not None and days > self.days_edge
        dear = self.cost_edge is not None and cost > self.cost_edge
        return BEYOND_BOTH if late and dear else BEYOND_DAYS if late else BEYOND_COST if dear else INSIDE


def chart_scale(points: list[tuple[float, float, bool]]) -> ChartScale:
    """The frame for points (typical days, cost, best trade-off): an axis is cut only where some point lies more
    than FAR times beyond the farthest best trade-off on it."""
    best = [(days, cost) for days, cost, is_best in points if is_best]
    if not best:
        return ChartScale()
    days_edge = FAR * max(days for days, _ in best)
    cost_edge = FAR * max(cost for _, cost in best)
    return ChartScale(
        days_edge=days_edge if days_edge > 0 and any(days > days_edge for days, _, _ in points) else None,
        cost_edge=cost_edge if cost_edge > 0 and any(cost > cost_edge for _, cost, _ in points) else None)
