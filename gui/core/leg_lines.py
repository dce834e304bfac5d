"""Checks of how the map will draw the legs (`check`): waypoints in a plausible order, sea legs off the land."""
from __future__ import annotations


from . import file_messages as fmsg
from .geo import Basemap, land_crossing, leg_line, line_km, load_basemap
from .messages import Figure, Message, Verbatim
from .model import SEA_MODES, Tables

LONGER_BY = 1.1  # a line through waypoints this much longer than the leg's km (plus a few km) is suspect
LONGER_PLUS_KM = 5.0


def check_leg_lines(tables: Tables, workbook: str, basemap: Basemap | None = None) -> tuple[Message, ...]:
    """Notes, not problems: a misdrawn leg does not change a price, but the map should not show it wrong."""
    basemap = basemap or load_basemap()
    notes: list[Message] = []
    used = {pid for leg in tables.legs.values() for pid in (leg.from_place, leg.to_place)}
    for place_id in sorted(used):
        place = tables.places[place_id]
        if place.lat is None or place.lon is None:
            notes.append(Message(fmsg.NO_COORDINATES, workbook=Verbatim(workbook), place=Verbatim(place_id)))
    for leg in tables.legs.values():
        points = leg_line(leg, True, tables.places)
        if points is None:
            continue
        if leg.waypoints:
            length = line_km(points)
            if length > leg.km * LONGER_BY + LONGER_PLUS_KM:
                notes.append(Message(fmsg.LINE_LONGER, workbook=Verbatim(workbook), leg=Verbatim(leg.leg_id),
                                     line=Figure(length), km=Figure(leg.km)))
        if leg.mode in SEA_MODES:
            where = land_crossing(points, basemap)
            if where is not None:
                notes.append(Message(fmsg.SEA_OVER_LAND, workbook=Verbatim(workbook), leg=Verbatim(leg.leg_id),
                                     lat=Figure(where[0], ".2f"), lon=Figure(where[1], ".2f")))
    return tuple(notes)
