"""Waypoints of the legs for the map (the legs sheet's `waypoints` column): where a leg is not drawn straight.

Sea legs keep to the sea: round the Absheron peninsula into Baku, through the Strait of Hormuz along the Makran
coast, and for the Middle Corridor and the crude tankers through the Bosphorus, the Dardanelles, the Aegean, the
Suez Canal, the Red Sea and Bab-el-Mandeb. Land legs go through the places their own notes name ("via Mary and
Serhetabat", "via Andijan, Osh and Irkeshtam"…); the others are drawn straight. Positions are approximate
(general knowledge, not sourced) and used only to draw the map: no distance, time or price is worked out from
them. `tests/core/test_geo.py` checks that no bundled sea leg is drawn across land.
"""
from __future__ import annotations

# approximate positions, latitude and longitude in decimal degrees
POINTS = {
    # Caspian
    "absheron-east": (40.55, 50.65), "absheron-south": (40.2, 50.2),
    # Strait of Hormuz, Gulf of Oman, Makran coast
    "bandar-abbas-roads": (26.95, 56.4), "hormuz": (26.4, 56.75), "gulf-of-oman": (25.45, 57.55),
    "off-jask": (25.3, 58.2), "off-chabahar": (25.05, 60.6), "off-gwadar": (24.9, 62.4),
    "off-ormara": (24.9, 64.6), "off-karachi": (24.6, 66.6),
    # Black Sea, Bosphorus, Dardanelles, Aegean
    "off-poti": (42.2, 41.2), "black-sea-east": (42.6, 38.0), "off-sinop": (42.4, 34.0), "black-sea-west": (41.6, 30.5),
    "off-novorossiysk": (44.4, 37.5), "kerch-south": (43.6, 36.6),
    "bosphorus-north": (41.25, 29.12), "bosphorus-south": (40.98, 29.0), "marmara": (40.75, 28.0),
    "dardanelles-east": (40.4, 26.7), "dardanelles-west": (40.02, 26.2), "north-aegean": (39.3, 25.4),
    "west-of-chios": (38.3, 25.3), "mykonos-ikaria": (37.5, 25.75), "karpathos-rhodes": (35.95, 27.45),
    "levant-sea": (33.5, 30.5),
    # Ceyhan, east of Cyprus
    "iskenderun-gulf": (36.5, 35.4), "east-of-cyprus": (35.0, 34.6),
    # Suez Canal, Red Sea, Gulf of Aden, Arabian Sea
    "port-said": (31.35, 32.35), "ismailia": (30.6, 32.33), "suez": (29.9, 32.57), "gulf-of-suez": (28.5, 33.1),
    "shadwan": (27.4, 34.05), "red-sea-north": (24.5, 36.1), "red-sea-middle": (19.0, 39.3),
    "red-sea-south": (15.0, 41.9), "bab-el-mandeb": (12.6, 43.35), "gulf-of-aden": (12.5, 46.5),
    "north-of-socotra": (13.6, 52.5), "arabian-sea": (19.0, 60.5), "off-karachi-south": (23.8, 66.2),
    # land: the places the legs' notes name
    "kyzylorda": (44.85, 65.51), "saksaulskaya": (47.08, 61.16),
    "zhetygen": (43.70, 77.10),
    "andijan": (40.78, 72.34), "osh": (40.53, 72.80), "irkeshtam": (39.68, 73.93),
    "korla": (41.76, 86.15), "aksu": (41.17, 80.26),
    "pul-e-khumri": (35.94, 68.71), "salang": (35.32, 69.03),
    "mary": (37.60, 61.83), "serhetabat": (35.28, 62.34),
    "sukkur": (27.70, 68.86), "kohat": (33.58, 71.44),
    "tbilisi": (41.72, 44.78), "erzurum": (39.90, 41.27),
}

_HORMUZ = ("bandar-abbas-roads", "hormuz", "gulf-of-oman", "off-jask", "off-chabahar")
_TO_SUEZ = ("bosphorus-north", "bosphorus-south", "marmara", "dardanelles-east", "dardanelles-west", "north-aegean",
            "west-of-chios", "mykonos-ikaria", "karpathos-rhodes", "levant-sea")
_SUEZ_TO_KARACHI = ("port-said", "ismailia", "suez", "gulf-of-suez", "shadwan", "red-sea-north", "red-sea-middle",
                    "red-sea-south", "bab-el-mandeb", "gulf-of-aden", "north-of-socotra", "arabian-sea",
                    "off-karachi-south")
_INTO_BAKU = ("absheron-east", "absheron-south")

# leg id: the named points from its from_place to its to_place
LEGS = {
    "sea-bandar-abbas-karachi": (*_HORMUZ, "off-gwadar", "off-ormara", "off-karachi"),
    "sea-tanker-bandar-abbas-karachi": (*_HORMUZ, "off-gwadar", "off-ormara", "off-karachi"),
    "sea-bandar-abbas-port-qasim": (*_HORMUZ, "off-gwadar", "off-ormara", "off-karachi"),
    "sea-bandar-abbas-gwadar": _HORMUZ,
    "sea-gwadar-karachi": ("off-gwadar", "off-ormara", "off-karachi"),
    "ferry-aktau-baku": _INTO_BAKU,
    "ferry-kuryk-baku": _INTO_BAKU,
    "sea-tanker-aktau-baku": _INTO_BAKU,
    "sea-poti-karachi": ("off-poti", "black-sea-east", "off-sinop", "black-sea-west", *_TO_SUEZ, *_SUEZ_TO_KARACHI),
    "sea-tanker-novorossiysk-karachi": ("off-novorossiysk", "kerch-south", "off-sinop", "black-sea-west", *_TO_SUEZ,
                                        *_SUEZ_TO_KARACHI),
    "sea-tanker-ceyhan-karachi": ("iskenderun-gulf", "east-of-cyprus", *_SUEZ_TO_KARACHI),
    "kz-rail-shymkent-beineu": ("kyzylorda", "saksaulskaya"),
    "kz-rail-almaty-khorgos": ("zhetygen",),
    "irk-road-tashkent-kashgar": ("andijan", "osh", "irkeshtam"),
    "cn-rail-urumqi-kashgar": ("korla", "aksu"),
    "cn-road-urumqi-kashgar": ("korla", "aksu"),
    "af-road-mazar-kabul": ("pul-e-khumri", "salang"),
    "tm-rail-tejen-torghundi": ("mary", "serhetabat"),
    "pk-road-karachi-lahore": ("sukkur",),
    "uap-rail-kharlachi-peshawar": ("kohat",),
    "pipe-baku-ceyhan": ("tbilisi", "erzurum"),
}


def waypoints(leg_id: str) -> str:
    """The `waypoints` cell of a leg: `lat lon` pairs separated by `;` (blank: drawn straight)."""
    return "; ".join(f"{POINTS[name][0]:g} {POINTS[name][1]:g}" for name in LEGS.get(leg_id, ()))
