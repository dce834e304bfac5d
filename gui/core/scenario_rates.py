"""What a what-if's scaling of rates touches and how a figure it changes says so: the legs whose rates and the
places whose fees a leg's, a place's or a country's scaling reaches (of one mode or all), the rows scaled with a
note naming the change and the scenario (scenario_tables.apply lays the changes over the tables)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import decide_messages as dmsg
from . import model as m
from .rate_records import NodeFee
from .messages import Figure, Message, joined_notes

if TYPE_CHECKING:
    from .scenario_targets import Target


def noted(origin: m.Origin, note: Message) -> m.Origin:
    return m.Origin(origin.source_ids, joined_notes((origin.estimate_note, note)))


def scaled_targets(tables: m.Tables, target: Target, mode: str) -> tuple[set[str], set[str]]:
    """The legs whose rates and the places whose fees a scaling touches: a leg's own; a place's fees; a
    country's legs that lie wholly inside it (a leg across a border is left alone) and the fees at its places."""
    if target.country:
        places = {pid for pid, p in tables.places.items() if p.country == target.country}
        legs = {leg_id for leg_id, leg in tables.legs.items()
                if leg.from_place in places and leg.to_place in places and (not mode or leg.mode == mode)}
        return legs, places
    legs = {leg_id for leg_id in target.legs if not mode or tables.legs[leg_id].mode == mode}
    return legs, set(target.places)


def scaled_fees(fees: list[NodeFee], place_ids: set[str], mode: str, factor: float,
                 note: Message) -> list[NodeFee]:
    """The fees at the places scaled. Of one mode, it is what a stop of that mode pays there that is scaled: its
    own mode's fees, and the fees for any mode ("*") in a copy for that mode, which such a stop takes before the
    row for any mode (Tariffs picks the row of its own mode first); the row for any mode stays as it is for the
    other modes ("Sarakhs:rail × 2" doubled a road stop's fees there too). A place with no fee of its own for an
    event pays the default fees: it gets a copy of them of its own, so that only its stops cost more."""
    own = {(f.place_id, f.event) for f in fees if f.place_id in place_ids}
    at_places = [f for f in fees if f.place_id in place_ids]
    at_places += [replace(fee, fee_id=f"{fee.fee_id}-what-if-{place_id}", place_id=place_id)
                  for place_id in sorted(place_ids) for fee in fees
                  if fee.place_id == m.ANY and (place_id, fee.event) not in own]
    if not mode:
        scaled = [scaled_row(f, factor, note) for f in at_places]
    else:
        def same_row(fee: NodeFee) -> tuple:
            return fee.place_id, fee.event, fee.charge.casefold(), fee.equipment, fee.direction

        of_mode = {same_row(f) for f in at_places if f.mode == mode}
        scaled = [scaled_row(f, factor, note) if f.mode == mode else f for f in at_places]
        scaled += [scaled_row(replace(f, fee_id=f"{f.fee_id}-what-if-{mode}", mode=mode), factor, note)
                   for f in at_places if f.mode == m.ANY and same_row(f) not in of_mode]
    return [f for f in fees if f.place_id not in place_ids] + scaled


def scaled_row(row, factor: float, note: Message):
    return replace(row, amount=row.amount * factor, origin=noted(row.origin, Message(
        dmsg.SCALED_NOTE, charge=row.charge, factor=Figure(factor, ".4g"), note=note)))
