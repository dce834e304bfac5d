"""What new tables change against the tables in use: rates, fees, legs, closures, places and exchange rates."""
from __future__ import annotations

from dataclasses import dataclass, fields

from . import change_messages as cmsg
from . import vocabulary as vocab
from . import file_messages as fmsg
from . import model as m
from .rate_records import FxRate, LegRate, NodeFee
from . import rate_messages as rmsg
from .messages import RATE, Figure, Message, Term, Verbatim, counted
from .row_changes import SHEETS, row_change


@dataclass(frozen=True)
class Change:
    kind: str  # "added", "removed" or "changed"
    what: str  # "rate", "node fee", "leg", "closure", "place", "exchange rate"
    key: str
    text: Message  # one line a person can read, in any language

    def __str__(self) -> str:
        return str(self.text)


def _date(value):
    return value if value else Term(fmsg.OPEN_END)


def _rate_text(rate: LegRate | NodeFee) -> Message:
    # written as the sheet has it: six figures hid a change (147.597076 → 147.5974 PKR was no change at all)
    figures = {"amount": Figure(rate.amount, RATE), "currency": Verbatim(rate.currency),
               "basis": Term(vocab.BASES.get(rate.basis, rate.basis.replace("_", " ")))}
    if rate.valid_from or rate.valid_to:
        text = Message(fmsg.RATE_VALID, start=_date(rate.valid_from), end=_date(rate.valid_to), **figures)
    else:
        text = Message(fmsg.RATE_DETAILS, **figures)
    least = getattr(rate, "min_t_per_unit", None)
    if least is not None:
        text = Message(rmsg.RATE_LEAST_PER_UNIT, details=text, tonnes=Figure(least, RATE))
    # the age of a figure is part of what changes: a rate re-dated is news even at the same amount
    return Message(rmsg.RATE_AS_OF, details=text, date=rate.as_of) if rate.as_of else text


def _compare(kind: str, old: dict, new: dict, describe, label) -> list[Change]:
    """Rows added and removed, said whole; rows changed, by the columns that differ where the kind's sheet is known
    (row_changes.SHEETS), else whole, old → new (a search rule, an exchange rate: one value each)."""
    what = Term(fmsg.CHANGED_THINGS.get(kind) or cmsg.CHANGED_THINGS[kind])
    changes = []
    for key in sorted(new.keys() - old.keys()):
        changes.append(Change("added", kind, key, Message(fmsg.CHANGE_ADDED, what=what, item=label(new[key]),
                                                          details=describe(new[key]))))
    for key in sorted(old.keys() - new.keys()):
        changes.append(Change("removed", kind, key, Message(fmsg.CHANGE_REMOVED, what=what, item=label(old[key]),
                                                            details=describe(old[key]))))
    for key in sorted(old.keys() & new.keys()):
        if kind in SHEETS:
            text = row_change(what, kind, label(new[key]), old[key], new[key])
        else:
            before, after = describe(old[key]), describe(new[key])
            text = Message(fmsg.CHANGE_CHANGED, what=what, item=label(new[key]), before=before,
                           after=after) if before != after else None
        if text is not None:
            changes.append(Change("changed", kind, key, text))
    return changes


def _cargo_details(cargo: m.CargoType) -> Message:
    """What a quote reads of a cargo type: how it is handled, its density (tonnes in a volume), how it is kept and
    how long it keeps."""
    shelf = (Term(cmsg.NOT_GIVEN) if cargo.shelf_life_days is None
             else Message(counted(Figure(cargo.shelf_life_days, "g"), cmsg.SHELF_DAY, cmsg.SHELF_DAYS),
                          days=Figure(cargo.shelf_life_days, "g")))
    values = {"handling": vocab.handling_term(cargo.handling_class), "density": Figure(cargo.density_t_per_m3, RATE),
              "shelf": shelf}
    if cargo.temperature:
        return Message(cmsg.CARGO_DETAILS_KEPT, temperature=Verbatim(cargo.temperature), **values)
    return Message(cmsg.CARGO_DETAILS, **values)


def _equipment_details(equipment: m.Equipment) -> Message:
    """What a quote reads of a type of equipment: what one carries, by which modes, for which cargo."""
    values = {"payload": Figure(equipment.payload_t, RATE), "modes": Verbatim(";".join(equipment.modes)),
              "classes": Verbatim(";".join(equipment.handling_classes))}
    if equipment.volume_m3 is None:
        return Message(cmsg.EQUIPMENT_DETAILS_NO_VOLUME, **values)
    return Message(cmsg.EQUIPMENT_DETAILS, volume=Figure(equipment.volume_m3, RATE), **values)


def fx_details(rate: FxRate) -> Message:
    return Message(fmsg.FX_DETAILS, rate=Figure(rate.units_per_usd, RATE), date=rate.as_of)


def _settings(settings: m.SearchSettings) -> dict[str, tuple[str, object]]:
    return {field.name: (field.name, getattr(settings, field.name)) for field in fields(settings)}


def _setting_value(value, name: str = "") -> Term | Verbatim | Figure:
    """A search rule's value as the settings sheet has it: a blank is no limit (max_wait_days: never wait)."""
    if value is None:
        return Term(cmsg.NEVER_WAIT if name == "max_wait_days" else cmsg.NO_LIMIT)
    if isinstance(value, bool):
        return Term(cmsg.YES if value else cmsg.NO)
    return Figure(value, "g")


def compare_tables(old: m.Tables, new: m.Tables) -> list[Change]:
    """Every difference a forwarder should see before new tables replace the ones in use."""
    places = {**old.places, **new.places}
    legs = {**old.legs, **new.legs}

    def leg_name(leg_id: str):
        leg = legs.get(leg_id)
        if leg is None:
            return Verbatim(leg_id)
        return Message(fmsg.LEG_WITH_MODE, start=places[leg.from_place].name, end=places[leg.to_place].name,
                       mode=vocab.mode_term(leg.mode))

    def rate_label(r: LegRate) -> Message:
        parts = {"id": Verbatim(r.rate_id), "leg": leg_name(r.leg_id), "equipment": Verbatim(r.equipment),
                 "charge": r.charge}
        if r.direction == "both":
            return Message(fmsg.RATE_LABEL, **parts)
        return Message(fmsg.RATE_LABEL_DIRECTION, direction=Verbatim(r.direction), **parts)

    def place_name(place_id: str):
        return places[place_id].name if place_id in places else Term(fmsg.ANY_PLACE)

    def fee_label(f: NodeFee) -> Message:
        return Message(fmsg.FEE_LABEL, id=Verbatim(f.fee_id), place=place_name(f.place_id),
                       event=vocab.event_term(f.event), charge=f.charge)

    def leg_details(leg: m.Leg) -> Message:
        """All a route reads of a leg: its ends and mode, length, days, status, the cargo and equipment it takes,
        and whether it runs both ways (a leg turned one-way, or closed to a cargo, loses routes)."""
        details = Message(fmsg.LEG_DETAILS, km=Figure(leg.km, RATE), low=Figure(leg.days_min, "g"),
                          typical=Figure(leg.days_typical, "g"), high=Figure(leg.days_max, "g"),
                          status=Term(fmsg.PLANNED_LINE if leg.planned else fmsg.OPERATIONAL_LINE))
        line = Message(fmsg.LEG_WITH_MODE, start=place_name(leg.from_place), end=place_name(leg.to_place),
                       mode=vocab.mode_term(leg.mode))
        return Message(cmsg.LEG_FULL, line=line, details=details, classes=Verbatim(";".join(leg.cargo_classes)),
                       equipment=Verbatim(";".join(leg.equipment)),
                       way=Term(cmsg.BOTH_WAYS if leg.two_way else cmsg.ONE_WAY))

    def closure_details(c: m.Closure) -> Message:
        effect = fmsg.CLOSED if c.closed else cmsg.PROPOSED if c.proposed else fmsg.RISK
        details = Message(fmsg.CLOSURE_YEARLY if c.every_year else fmsg.CLOSURE_SPAN, effect=Term(effect),
                          start=_date(c.start), end=_date(c.end))
        target = place_name(c.target_id) if c.target_kind == "place" else leg_name(c.target_id)
        text = Message(cmsg.CLOSURE_FULL, target=target, details=details, modes=Verbatim(";".join(c.modes)),
                       classes=Verbatim(";".join(c.cargo_classes)), equipment=Verbatim(";".join(c.equipment)))
        if c.at_km is not None:  # where on its leg it holds (closures.at_km, from the leg's from_place)
            text = Message(cmsg.CLOSURE_AT_KM, details=text, km=Figure(c.at_km, ",.0f"))
        # the day a pending decision was last looked for is what a proposal's warning says "as of"
        return Message(cmsg.CLOSURE_CHECKED, details=text, date=c.checked) if c.checked is not None else text

    changes: list[Change] = []
    changes += _compare("rate", {r.rate_id: r for r in old.leg_rates}, {r.rate_id: r for r in new.leg_rates},
                        _rate_text, rate_label)
    changes += _compare("node fee", {f.fee_id: f for f in old.node_fees}, {f.fee_id: f for f in new.node_fees},
                        _rate_text, fee_label)
    # a leg, a closure or a place by its id: its ends, target or name are among what may change
    changes += _compare("leg", old.legs, new.legs, leg_details, lambda leg: Verbatim(leg.leg_id))
    changes += _compare("closure", {c.closure_id: c for c in old.closures}, {c.closure_id: c for c in new.closures},
                        closure_details, lambda c: Verbatim(c.closure_id))
    changes += _compare("place", old.places, new.places,
                        lambda p: Message(cmsg.PLACE_FULL, name=p.name,
                                          details=Message(fmsg.PLACE_DETAILS, country=Verbatim(p.country),
                                                          kind=Term(fmsg.PLACE_KINDS.get(p.kind, p.kind))),
                                          ends=Term(cmsg.ENDPOINT if p.endpoint else cmsg.PASSED_ONLY)),
                        lambda p: Verbatim(p.place_id))
    newest_old = {r.currency: r for r in sorted(old.fx, key=lambda r: r.as_of)}
    newest_new = {r.currency: r for r in sorted(new.fx, key=lambda r: r.as_of)}
    changes += _compare("exchange rate", newest_old, newest_new, fx_details, lambda r: Verbatim(r.currency))
    # the earlier rows convert quotes that depart before the newest: each by its currency and date, but for the
    # newest rows, already compared above
    newest = {(r.currency, r.as_of) for r in (*newest_old.values(), *newest_new.values())}
    changes += [change for change in _compare("exchange rate", {(r.currency, r.as_of): r for r in old.fx},
                                              {(r.currency, r.as_of): r for r in new.fx}, fx_details,
                                              lambda r: Message(fmsg.ID_AND_NAME, id=Verbatim(r.currency),
                                                                name=r.as_of))
                if change.key not in newest]
    if old.fx_as_of != new.fx_as_of:
        changes.append(Change("changed", "exchange rate", "as_of",
                              Message(fmsg.FX_DATE_CHANGED, old=old.fx_as_of, new=new.fx_as_of)))
    changes += _compare("stop", {n.node_id: n for n in old.nodes}, {n.node_id: n for n in new.nodes},
                        lambda n: Message(cmsg.STOP_DETAILS, low=Figure(n.days_min, "g"),
                                          typical=Figure(n.days_typical, "g"), high=Figure(n.days_max, "g"),
                                          direction=Verbatim(n.direction)),
                        lambda n: Message(cmsg.STOP_LABEL, id=Verbatim(n.node_id), place=place_name(n.place_id),
                                          event=vocab.event_term(n.event), mode=vocab.mode_term(n.mode)))
    changes += _compare("throughput", {t.throughput_id: t for t in old.throughputs},
                        {t.throughput_id: t for t in new.throughputs},
                        lambda t: Message(cmsg.THROUGHPUT_DETAILS, amount=Figure(t.per_day, RATE),
                                          unit=Verbatim(t.unit.replace("_", " ")), direction=Verbatim(t.direction),
                                          date=t.as_of),
                        lambda t: Message(fmsg.ID_AND_NAME, id=Verbatim(t.throughput_id), name=place_name(t.place_id)))
    changes += _compare("cargo", old.cargo_types, new.cargo_types, _cargo_details,
                        lambda c: Message(fmsg.ID_AND_NAME, id=Verbatim(c.cargo_id), name=c.name))
    changes += _compare("equipment", old.equipment, new.equipment, _equipment_details,
                        lambda e: Message(fmsg.ID_AND_NAME, id=Verbatim(e.equipment_id), name=e.name))
    changes += _compare("emission factor", {f.factor_id: f for f in old.emission_factors},
                        {f.factor_id: f for f in new.emission_factors},
                        lambda f: Message(cmsg.FACTOR_DETAILS, value=Figure(f.value, RATE),
                                          unit=Verbatim(f.unit)),  # as the sheet writes it
                        lambda f: Verbatim(f.factor_id))
    changes += _compare("setting", _settings(old.settings), _settings(new.settings),
                        lambda item: _setting_value(item[1], item[0]), lambda item: Verbatim(item[0]))
    from .trade_changes import compare_trade  # duties, taxes and fees of the commercial sheets

    return changes + compare_trade(old.trade, new.trade)
