"""What the quicker search (label_search) counts of a run of legs with one equipment type: each leg and each stop's
fee with each type at the least its rows can cost from the departure on, the least change of equipment between two
runs, and the transshipment where a run of one mode ends; read through a path's bounds (bounds.PathBounds), whose
least of a leg and a fee with one type they are."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import model as m

if TYPE_CHECKING:
    from .bounds import PathBounds
    from .network import Step


class RunCosts:
    """A run of legs with one equipment type, as the quicker search (label_search) costs it: each leg with each type
    that can carry the cargo on it, and each fee of a stop with the type of the leg it is charged with (before it or
    after it, as a walk charges it: ``PathBounds._stop_events``), at the least its rows can cost from the departure
    on; the least change of equipment between two runs, and where a run of one mode ends, the transshipment there.
    A route takes one type for each run of legs (route_pricer's runs): a run costs at least the least, over the
    types all its legs accept, of its legs and fees with that type, which is never less than each leg and fee at its
    least with any type. It is a bound below, as ``PathBounds.tight`` is, not the price: a rate or fee is taken on
    no particular day."""

    def __init__(self, bounds: PathBounds):
        self.bounds = bounds
        self.kept = bounds.req.bounds

    def step(self, before: Step | None, step: Step) -> tuple[int, dict[int, float], dict[int, float], dict]:
        """What ``step`` adds after ``before``, by equipment type (a bit each: Network.equipment_bit), kept for the
        request's span: the types that can carry the cargo on its leg; per type of them, its leg and the stop's
        fees charged with its leg's type, where the run goes on, to be added to a run that goes on with that type
        (the fees charged with ``before``'s type too) and, where a run begins with it, its leg and the fees charged
        with it; and per type of ``before``'s leg, the fees charged with that type, which close the run before."""
        key = ("run step", before, step)
        found = self.kept.get(key)
        if found is None:
            leg = self._leg(step)
            after, closing = dict.fromkeys(leg, 0.0), {}
            for place_id, event, mode, direction, _dwell, options, with_next in self.bounds._stop_events(before, step):
                fees = after if with_next else closing
                for equipment, _throughput in options:
                    bit = self.bounds.network.equipment_bit(equipment)
                    fees[bit] = fees.get(bit, 0.0) + self._fee(place_id, event, mode, direction, equipment)
            starting = {bit: leg[bit] + after[bit] for bit in leg}
            going_on = {bit: more + closing.get(bit, 0.0) for bit, more in starting.items()}
            found = self.kept[key] = (sum(leg), going_on, starting, closing)
        return found

    def split(self, step: Step) -> dict[int, float]:
        """Where a run of one mode ends and the next begins with ``step`` (no type goes on), the transshipment
        there with each type of its leg, as ``PathBounds._least_on_run`` charges it, kept for the request's span."""
        key = ("run split", step)
        found = self.kept.get(key)
        if found is None:
            network = self.bounds.network
            found = self.kept[key] = {
                network.equipment_bit(equipment): self._fee(step.start, "transshipment", step.mode, "both", equipment)
                for equipment in network.equipment_for(step.leg, self.bounds.handling_class, self.bounds.locked)}
        return found

    def change(self, before: Step, step: Step, arriving: int, leaving: int) -> float:
        """The least a change from any type of ``arriving`` to any of ``leaving`` (bits) can cost where ``step``
        begins, kept for the request's span."""
        key = ("run change", before, step, arriving, leaving)
        least = self.kept.get(key)
        if least is None:
            bounds, network = self.bounds, self.bounds.network
            least = self.kept[key] = min((bounds._change_at(before, step, a, b)
                                          for a in network.equipment_of_bits(arriving)
                                          for b in network.equipment_of_bits(leaving)), default=0.0)
        return least

    def _leg(self, step: Step) -> dict[int, float]:
        """The least money of a step's leg with each type that can carry the cargo on it (infinite: no tariff)."""
        bounds = self.bounds
        return {bounds.network.equipment_bit(equipment): bounds.leg_with(step, equipment, self._units(equipment))
                for equipment in bounds.network.equipment_for(step.leg, bounds.handling_class, bounds.locked)}

    def _fee(self, place_id: str, event: str, mode: str, direction: str, equipment: m.Equipment) -> float:
        """A stop's fee with one type at its least (``PathBounds.fee_with``)."""
        return self.bounds.fee_with(place_id, event, mode, direction, equipment, self._units(equipment))

    def _units(self, equipment: m.Equipment) -> int:
        return self.bounds.tariffs.units(equipment, self.bounds.req)
