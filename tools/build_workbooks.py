"""Builds the bundled workbooks (resources/corridors.xlsx, resources/tariffs.xlsx) from the researched facts.

Run: python tools/build_workbooks.py

Every figure below carries the ids of its sources (tools/data/sources.csv) and, where it is derived, an
estimate note that the script writes from the same numbers it computes with. The output is byte-stable: running
the script twice gives identical files.
"""
from __future__ import annotations

import csv
from calendar import month_name
import datetime as dt
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))
import names as NAMES  # noqa: E402, N812 - place and cargo names in Russian, Kazakh and Urdu
from waypoints import waypoints  # noqa: E402 - where the map draws a leg other than straight
import terms_data as TERMS  # noqa: E402, N812 - Incoterms, tariff lines, duties, import taxes and fees
sys.path.insert(0, str(ROOT))
from gui.core.settings import settings_rows  # noqa: E402 - the search rules and what each does

OUT = ROOT / "resources"
D = dt.date

# ----------------------------------------------------------------------------------------------- methods
# Detour factors calibrated on pairs with both a sourced and a great-circle distance (gaps_filled.md):
ROAD_PLAIN, ROAD_MOUNTAIN, RAIL, SEA = 1.25, 1.40, 1.24, 1.17
FACTOR_TEXT = {
    ROAD_PLAIN: "road detour factor 1.25 (plain roads, calibrated 1.05–1.26)",
    ROAD_MOUNTAIN: "road detour factor 1.40 (mountain roads, calibrated 1.31–1.59)",
    RAIL: "rail detour factor 1.24 (median of 10 sourced rail pairs; low confidence)",
    SEA: "sea routing factor 1.17 (Aktau–Baku calibration)",
}
COORD_NOTE = "approximate coordinates (general knowledge, not sourced)"
SPREAD_NOTE = "max = 1.5 × typical (assumed spread; no sourced maximum)"

# CPMM speeds, km/h: (speed with delay, speed without delay, sources). Uzbekistan's road speed with delay is of 2023
# (33.2 km/h; 29.6 in 2022), its speed without delay of 2022: the stored copy of the 2023 table (CPMM23_UZ) breaks off
# before that row and before the rail speeds of 2023, so Uzbek rail keeps 2022's two speeds
SPEEDS = {
    "KZ road": (31.2, 51.1, "CPMM22_KZ"),
    "UZ road": (33.2, 45.6, "CPMM23_UZ;CPMM22_UZ"),
    "AF road": (12.4, 33.7, "CPMM20_AF"),
    "PK road": (11.4, 24.8, "CPMM23_PK"),
    "KZ rail": (10.4, 57.9, "CPMM22_KZ"),
    "UZ rail": (11.8, 13.1, "CPMM22_UZ"),
    "CN road": (31.4, 80.5, "CPMM23_CN"),
    "CN rail": (15.0, 80.2, "CPMM23_CN"),
}
# Observed average speeds where CPMM has no figure (km/h): value, how it was worked out, sources
# A whole trip's time holds the waits at its borders; the nodes add those waits again, so the trip's time less
# the waits the nodes add there gives the speed on the legs (as with CPMM's speeds, see days_cpmm).
# leaving Kazakhstan at Bolashak: Kazakh outbound rail 6.8 h (CPMM 2022) + Turkmen rail border 3.9 h (CPMM 2023)
TM_RAIL_BORDER_H = 3.9  # CPMM 2023, all Turkmen rail crossings (CPMM23_TM); no figure for one crossing is published
BOLASHAK_OUT_D = round((6.8 + TM_RAIL_BORDER_H) / 24, 2)
# The change of gauge between Turkmenistan (1520) and Iran (1435): no time for it at Etrek / Inche Burun or Sarakhs
# was found, only how many wagons a day each crossing passes; a train's time there is its wagons over that rate.
#  - Inche Burun: "the capacity to transit 50 to 200 wagons per day", the head of Iran Railways, June 2022
#    (MEHR_2022_RAI_WAGONS); at its busiest, November 2022, it loaded and unloaded a record average of 40-65 wagons a
#    day (IRNA_2022_INCHE), so the low end, 50, is the typical rate and 200 the quickest.
#  - Sarakhs: rail transit "has increased to 200 wagons per day", with the capacity for 400 (the same statement).
#  - A train of 50 wagons: the Chinese freight train that entered Iran at Incheh-Burun in August 2018 had 50 cars
#    (MEHR_2018_INCHE); the test trains of July 2024 carried 45 and 50 forty-foot containers (NEWSAZ_2024_CKTI).
# max = double the typical (assumed, as the default gauge change has it): a train that finds another ahead of it.
GAUGE_TRAIN_WAGONS = 50
GAUGE_WAGONS_A_DAY = {"etrek": (200, 50), "sarakhs": (400, 200)}  # (the most, typical) wagons a day


def tm_ir_gauge_days(place: str) -> tuple[float, float, float]:
    most, typical = GAUGE_WAGONS_A_DAY[place]
    return (round(GAUGE_TRAIN_WAGONS / most, 2), round(GAUGE_TRAIN_WAGONS / typical, 2),
            round(2 * GAUGE_TRAIN_WAGONS / typical, 2))


# the border formalities there, beside the change of gauge: the Turkmen rail border time of the CAREC survey, and
# for the Iranian side, which the survey does not cover and no source times, the same again (assumed); min one side,
# max double (assumed)
TM_IR_BORDER_D = (round(TM_RAIL_BORDER_H / 24, 2), round(2 * TM_RAIL_BORDER_H / 24, 2),
                  round(4 * TM_RAIL_BORDER_H / 24, 2))
# each country's road border average of the CAREC survey's latest year found: Kazakhstan and Uzbekistan 2023 (4.3 and
# 4.2 h in 2022), Afghanistan 2020, Pakistan 2023 (CPMM23_KZ, CPMM23_UZ, CPMM20_AF, CPMM23_PK); the median of the
# middle two is each side of the default road border (nodes, below), which the IR road speed takes off the NLC truck's
# days
CPMM_ROAD_BCP_H = {"KZ": 4.2, "UZ": 4.7, "AF": 19.5, "PK": 33.1}
MEDIAN_ROAD_BCP_H = sum(sorted(CPMM_ROAD_BCP_H.values())[1:3]) / 2
ROAD_DEFAULT_D = (round(2 * min(CPMM_ROAD_BCP_H.values()) / 24, 2), round(2 * MEDIAN_ROAD_BCP_H / 24, 2),
                  round(2 * max(CPMM_ROAD_BCP_H.values()) / 24, 2))  # both sides: least, median, most
OBSERVED = {
    "PK rail": (732 / 33, "Quetta–Zahedan 732 km in 33 h", "DAWN_2018_ZAHEDAN"),
    "IR road": (3680 / ((8 - 1.38 - 2 * MEDIAN_ROAD_BCP_H / 24) * 24),
                "NLC TIR Taftan–Baku 3,680 km in 8 days, less the waits the nodes add on that trip: Taftan 1.38 d "
                f"and the default road border (Astara) {ROAD_DEFAULT_D[1]:.2f} d", "JABBLI_NLC_TAFTAN"),
    "CN mountain road": (920 / (31 - 3.5),
                         "Tashkent–Osh–Irkeshtam–Kashgar 920 km over the mountains in 31 h (2017 pilot), less about "
                         "3.5 h at the Dustlik and Irkeshtam borders", "KABAR_2018_IRKESHTAM"),
}

# Khunjerab's waits, which the nodes add (see NODES) and the Karakoram Highway's speed below takes off its trip.
# The Chinese side (the port of entry at Tashkurgan): no figure of its own, so the PRC's road border time of the
# CAREC survey (2023, all its road crossings) by direction; min half (assumed), max the highest of the four national
# averages the road default takes (Pakistan, 33.1 h), as in that default (hours: min, typical, max)
CN_OUT_H = (8.5, 17.0, 33.1)  # leaving China, into Pakistan
CN_IN_H = (1.05, 2.1, 33.1)  # entering China
# the Chinese port at Khunjerab opens on weekdays only: a truck reaching it at any moment of the week waits, on
# average, 1.5 days if it comes on a Saturday and 0.5 on a Sunday, (1.5 + 0.5) / 7 days in all; at most 2 days
WEEKEND_WAIT_D = (0.0, round((1.5 + 0.5) / 7, 2), 2.0)
# The Tashkent–Kashgar road over Irkeshtam holds its two borders (Dustlik and Irkeshtam) in its days, which were
# timed going into China: the 2017 pilot's 31 h and 'Uzbekistan→China 2 days' (2018). Kyrgyzstan's road checkpoints
# with China, Irkeshtam and Torugart, work on weekdays only, Monday to Friday (the Kyrgyz Border Service, Dec 2023):
# WEEKEND_WAIT_D is added both ways. Coming out of China the Chinese side takes the PRC's outbound road border time
# instead of its inbound one (CAREC 2023, as at Khunjerab: CN_OUT_H and CN_IN_H), the difference added: min the
# difference of the two mins, max that of the two maxes (none: both 33.1 h) (days: min, typical, max; the wait where
# the leg ends)
IRKESHTAM_IN_LEG_D = {
    "tashkent": (tuple(round((out - into) / 24 + wait, 2)
                       for out, into, wait in zip(CN_OUT_H, CN_IN_H, WEEKEND_WAIT_D)),
                 f"; leaving China (Kashgar → Tashkent) the PRC's outbound road border time, {CN_OUT_H[1]} h, less "
                 f"its inbound {CN_IN_H[1]} h, which the days going into China hold (CPMM 2023, all the PRC's road "
                 f"crossings: no figure for Irkeshtam alone), {(CN_OUT_H[1] - CN_IN_H[1]) / 24:.2f} days, added "
                 f"(min {(CN_OUT_H[0] - CN_IN_H[0]) / 24:.2f}, the difference of the mins, half each typical "
                 f"assumed; the maxima are the same {CN_OUT_H[2]} h both ways, so the max adds the weekend alone)"),
    "kashgar": (WEEKEND_WAIT_D, "; entering China (Tashkent → Kashgar): the days were timed this way, none else"),
}
IRKESHTAM_IN_LEG_SRC = ("KABAR_2018_IRKESHTAM;TCA_2018_IRKESHTAM;KAKTUS_2023_IRKESHTAM_WEEKDAYS;CPMM23_CN;"
                        "CPMM23_KG;CPMM23_UZ;CPMM20_KG")
IRKESHTAM_IN_LEG_NOTE = ("the Tashkent–Kashgar road's two borders (Dustlik about 1.5 h, Irkeshtam about 2 h, 2017 "
                         "pilot) are inside its days (31 h on the pilot, 2 days typical, both timed going into "
                         "China); the Kyrgyz checkpoints with China, Irkeshtam and Torugart, work Monday to Friday "
                         "and stop on Saturdays and Sundays (Kyrgyz Border Service, Dec 2023): a truck arriving at "
                         "any time of the week waits (1.5 + 0.5) / 7 = 0.29 days on average for the weekend, at "
                         "most 2 days, added; cross-check by the CAREC survey's road border times of 2023 (no "
                         "figure for either crossing alone; inbound trucks at Irkeshtam took 1.8 h in 2020): "
                         "going into China Uzbek 4.9 h leaving + Kyrgyz 1.4 entering + 1.0 leaving + Chinese 2.1 "
                         "entering = 9.4 h, coming out Chinese 17.0 + Kyrgyz 1.4 + 1.0 + Uzbek 4.4 entering = 23.8 "
                         "h: 14.4 h more out of China than into it, against the 17.0 less 2.1 = 14.9 h added for the "
                         "Chinese sides alone coming out of China (the Kyrgyz sides, entered and left either way, "
                         "cancel out)")
# Pakistan's outbound road border average, standing in for Sost leaving Pakistan as it does for Taftan (CPMM 2023,
# Table 6.6: 33.1 h in 2023, 28.2 h in 2022; the survey has no Khunjerab outbound figure)
PK_ROAD_OUT_H = 33.1
KHUNJERAB_OUT_D = round((PK_ROAD_OUT_H + CN_IN_H[1]) / 24 + WEEKEND_WAIT_D[1], 2)  # typical, leaving Pakistan
SOST_DEC_2025_T = 12000  # tonnes through the Sost dry port in December 2025 (THROUGHPUTS)

# The Karakoram Highway over the pass has an observed truck of its own, which no calibration row cites: NLC's first
# reefer truck of cherries, 6 t, left Gilgit-Baltistan and reached Tashkurgan over Khunjerab in three days (June
# 2024: APP's report of NLC's statement, Nawa-i-Waqt, INP citing Gwadar Pro). The place it left from is not named
# (a packing plant "in Gilgit-Baltistan"): Gilgit, where the KKH turns north to Sost, is taken. Its road is Gilgit –
# Sost 195 km, Sost – Khunjerab 75 and Khunjerab – Tashkurgan 146 (the legs below); its waits, as the nodes count
# them, are Khunjerab leaving Pakistan (KHUNJERAB_OUT_D: 33.1 h + 2.1 h + the weekend) and the 6 t at Sost's
# throughput; what is left of the three days is the road's.
CHERRY_DAYS, CHERRY_T, CHERRY_KM = 3, 6, 195 + 75 + 146
CHERRY_WAIT_D = KHUNJERAB_OUT_D + CHERRY_T / round(SOST_DEC_2025_T / 31, 1)
OBSERVED["KKH mountain road"] = (
    CHERRY_KM / ((CHERRY_DAYS - CHERRY_WAIT_D) * 24),
    f"NLC's reefer truck of cherries, Gilgit-Baltistan → Khunjerab → Tashkurgan, {CHERRY_KM} km from Gilgit in "
    f"{CHERRY_DAYS} days (June 2024; the place it left is not named, Gilgit taken), less the waits the nodes add on "
    f"that trip: Khunjerab leaving Pakistan {KHUNJERAB_OUT_D} d and {CHERRY_T} t at Sost's throughput "
    f"{CHERRY_WAIT_D - KHUNJERAB_OUT_D:.2f} d",
    ["APP_2024_CHERRY", "NAWAIWAQT_2024_CHERRY", "INP_2024_CHERRY"])
# South of Gilgit the KKH (N-35, 806 km from Hassan Abdal to Khunjerab) runs as a mountain road down the Indus to
# Thakot, at its km 190, and from there as the Hazara motorway and the plain to Islamabad (NHA, 2015). The section
# Thakot – Raikot (km 190–370) was never rebuilt as Raikot – Khunjerab was (2013) and is the route's bottleneck
# (capacity study, 2025): Gilgit – Thakot takes the KKH's observed speed, the rest Pakistan's CPMM road speed.
N35_KM, THAKOT_KM_POST, KHUNJERAB_GILGIT_KM = 806, 190, 270
GILGIT_THAKOT_KM = N35_KM - THAKOT_KM_POST - KHUNJERAB_GILGIT_KM

# Transit of wagons across Turkmenistan, border station to border station, as Demiryollary announced it for
# February 2024 (DEMIRYOLLARY_2024_TRANSIT): hours now, hours before. Each is published for one direction only
# and used both ways; the legs of a section share its hours by km.
TM_TRANSIT = {
    "Etrek → Serhetyaka": (17.75, 72.0),  # the Turkmen section of the Kazakhstan–Turkmenistan–Iran line
    "Serhetyaka → Serhetabat": (60.5, 96.0),  # to the Afghan border at Torghundi, via Bereket, Tejen and Mary
    "Farap → Sarakhs": (17 + 38 / 60, 48.0),  # from the Uzbek border to the Iranian, via Türkmenabat, Mary and Tejen
}
# the sections Demiryollary gave both ways: the other way's name and hours now (Sarakhs → Farap, 48 h before)
TM_TRANSIT_OTHER_WAY = {"Farap → Sarakhs": ("Sarakhs → Farap", 35.0)}
TM_TRANSIT_KM = 700  # the Turkmen section Serhetyaka–Etrek (MEHR_2018_INCHE), as the tables measure it
# Farap → Sarakhs by rail: the Trans-Caspian's kilometre posts, Türkmenabat 1171 less Paharat 852, where the line to
# Sarakhs leaves it east of Tejen (WIKI_DE_TRANSCASPIAN), and Paharat–Sarahs 122 km (WIKI_DE_PAHARAT_SARAHS). Farap
# is the station across the Amu Darya from Türkmenabat, whose few km are not counted: the section is at least this.
TURKMENABAT_KM_POST, PAHARAT_KM_POST, PAHARAT_SARAHS_KM = 1171, 852, 122
FARAP_SARAKHS_KM = TURKMENABAT_KM_POST - PAHARAT_KM_POST + PAHARAT_SARAHS_KM


def days_tm_transit(km: float, section: str, section_km: float, km_before: float = 0.0, hours_before: float = 0.0,
                    km_how: str = "") -> tuple[tuple[float, float, float], list[str], str]:
    """A Turkmen rail leg's share by km of its section's published transit time. ``km_before``/``hours_before``:
    the start of the section that a leg timed on another section's figure takes (Serhetyaka–Bereket, on the
    Etrek section's own), taken off before the rest is shared. ``km_how``: where the section's km come from, when
    not from these tables."""
    now, before = TM_TRANSIT[section]
    hours = km / (section_km - km_before) * (now - hours_before)
    ratio = before / now
    taken_off = (f"; less {hours_before:.1f} h for the first {km_before:,.0f} km, to Bereket, timed on the Etrek "
                 f"section" if hours_before else "")
    if section in TM_TRANSIT_OTHER_WAY:
        other, other_hours = TM_TRANSIT_OTHER_WAY[section]
        ways = f"used both ways (the other way, {other}, {other_hours:g} h, lies between the typical and the max)"
    else:
        ways = "published for that direction only, used both ways"
    note = (f"days: typical = min = this leg's share by km of Demiryollary's {section} wagon transit, {now:.4g} h "
            f"over {section_km:,.0f} km{km_how} (Feb 2024{taken_off}); {ways}; "
            f"max = typical × {ratio:.2f}, the section's {before:g} h before that month's reductions")
    typical = hours / 24
    return (round(typical, 2), round(typical, 2), round(typical * ratio, 2)), ["DEMIRYOLLARY_2024_TRANSIT"], note


# Rail where the CPMM's speed without delay is a train in motion (Kazakhstan 57.9 km/h, 1,390 km a day; China
# 80.2 km/h, 1,925 km a day), with none of the stops a freight train makes on its way (crews, locomotives, passing
# loops, yards): the typical is a published speed of trains over the whole run, the speed without delay the minimum
# and the speed with delay the maximum, border waits counted at the borders. Both are block or timetabled container
# trains; wagons that do not travel in one are slower, and no sourced average for them was found.
#  - Kazakhstan: KTZ's average route speed of container trains across the country, China → Europe, January–July
#    2021: 1,134 km a day (SEANEWS_2021_KTZ_SPEED), used both ways.
#  - China: the first timetabled container train Urumqi → Almaty, March 2024, 35 h 24 min, of which at most 5 h at
#    Khorgos (CNS_2024_URUMQI_ALMATY), over the 1,048 km of the Urumqi–Almaty line via Khorgos (CNCN_K9795): at
#    least 30.4 h moving, 1,048 / 30.4 × 24 = 827 km a day.
CN_TIMETABLE_KM_PER_DAY = round(1048 / (35 + 24 / 60 - 5) * 24)
RAIL_PER_DAY = {
    "KZ rail": (1134, "KTZ's average route speed of container trains across Kazakhstan (China → Europe, Jan–Jul "
                      "2021)", ["SEANEWS_2021_KTZ_SPEED"], "mean"),
    "CN rail": (CN_TIMETABLE_KM_PER_DAY, "the timetabled container train Urumqi → Almaty (March 2024): 1,048 km in "
                "35 h 24 min less at most 5 h at Khorgos", ["CNS_2024_URUMQI_ALMATY", "CNCN_K9795"], "timetable"),
}


def days_rail_per_day(km: float, profile: str) -> tuple[tuple[float, float, float], list[str], str]:
    swd, swod, source = SPEEDS[profile]
    per_day, what, sources, _ = RAIL_PER_DAY[profile]
    source = source.split(";")
    low, typical, high = km / swod / 24, km / per_day, km / swd / 24
    note = (f"days: typical = km / {per_day:,} km a day, {what}; min = km / CPMM speed without delay {swod} km/h "
            f"(in motion); max = km / CPMM speed with delay {swd} km/h; border waits are added at the borders; "
            f"wagons not in a block train are slower (no sourced average)")
    return (round(low, 2), round(typical, 2), round(high, 2)), sources + source, note


# Iranian rail: the head of Iran's railways (RAI), Feb 2024: goods move from the Turkmen border at Sarakhs to Bandar
# Abbas in 3-5 days (NCA_2024_RAI), over Sarakhs-Mashhad-Bafq-Bandar Abbas, 1,603 km in these tables (IRNA: "about
# 1,600 km"). Read as the train's time in Iran: the wait at the border is the border's own (a node).
IR_RAIL_DAYS = (3.0, 4.0, 5.0)  # min, typical (the middle of the range announced), max
IR_RAIL_KM = 165 + 812 + 626


def days_iran_rail(km: float) -> tuple[tuple[float, float, float], list[str], str]:
    low, typical, high = (km / IR_RAIL_KM * days for days in IR_RAIL_DAYS)
    note = (f"days: this leg's share by km of Iran Railways' 3–5 days from the Turkmen border at Sarakhs to Bandar "
            f"Abbas (Feb 2024; {IR_RAIL_KM:,} km in these tables): min 3, max 5, typical 4, the middle of the range "
            f"(estimate); read as the train's time in Iran, the border's wait counted at the border")
    return (round(low, 2), round(typical, 2), round(high, 2)), ["NCA_2024_RAI"], note


# CPMM TFI3: USD per 500 km per 20-t load, i.e. per truck (or 20-t lot)
# What grain pays, as KTZ's managing director for finance told the Majilis agrarian committee in 2025: Kazakh grain
# over 2,100 km to Saryagash "around $12" a tonne; across Uzbekistan, 882 km from Keles to Galaba on the Afghan
# border, $26 (ORDA_2025_KTZGRAIN). Per t·km, for grain in hopper wagons on Kazakh lines and for Kazakh grain in
# transit through Uzbekistan towards Afghanistan; the other countries' rates stay derived from the 2010 rate
KZ_GRAIN_USD, KZ_GRAIN_KM = 12, 2100
UZ_GRAIN_USD, UZ_GRAIN_KM = 26, 882

TFI3 = {"KZ": (1493, "CPMM22_KZ", 2022), "UZ": (568, "CPMM23_UZ", 2023), "AF": (1002, "CPMM20_AF", 2020),
        "PK": (569, "CPMM23_PK", 2023)}
TFI3_MEDIAN = sorted(v[0] for v in TFI3.values())[1:3]
TFI3_MEDIAN = sum(TFI3_MEDIAN) / 2  # stands in for Iran, which the survey leaves out
TFI3_MEDIAN_SOURCES = [v[1] for v in TFI3.values()]
TFI3["CN"] = (2042, "CPMM23_CN", 2023)  # the PRC's own corridors (Xinjiang and Inner Mongolia)
# Kyrgyzstan: 2022 (2,194 in 2021, 1,346 in 2020); the stored copy of the 2023 table breaks off before the road cost
TFI3["KG"] = (1888, "CPMM22_KG", 2022)
# The Tashkent–Kashgar road over Irkeshtam (920 km, KABAR_2018_IRKESHTAM) runs through three countries, each with its
# own CAREC road cost: its km in each, from the distances found. Irkeshtam is 240 km from Osh and 285 km from Andijan
# (GAZETAKG_2017_ANDIJAN_IRKESHTAM), so Andijan – Osh is 45 km, which the Dustlik/Dostuk border cuts at a point no
# source places: half of it taken as Kyrgyz (assumed); Kashgar – Irkeshtam 234 km (a traveller's figure,
# ENDLESSROADS_KASHGAR_IRKESHTAM); Uzbekistan the rest, Tashkent – Andijan and on to Dustlik
IRK_KM = {"KG": 240 + (285 - 240) / 2, "CN": 234}
IRK_KM["UZ"] = 920 - sum(IRK_KM.values())
# where on the road the crossing lies, for the closures held there (Closure.at_km): the road's km less Kashgar –
# Irkeshtam, counted from the leg's from_place, Tashkent
IRKESHTAM_AT_KM = 920 - IRK_KM["CN"]
IRKESHTAM_AT_KM_NOTE = (f"met at Irkeshtam, {IRKESHTAM_AT_KM} km from Tashkent: the road's 920 km less Kashgar – "
                        f"Irkeshtam {IRK_KM['CN']} km (a traveller's figure)")
IRK_TFI3 = sum(km * TFI3[c][0] for c, km in IRK_KM.items()) / 920  # USD per 500 km per 20 t, weighted by km
IRK_TFI3_SOURCES = [TFI3[c][1] for c in ("UZ", "KG", "CN")] + ["GAZETAKG_2017_ANDIJAN_IRKESHTAM",
                                                                "ENDLESSROADS_KASHGAR_IRKESHTAM"]
IRK_TFI3_NOTE = (
    f"CPMM road costs of the three countries the road crosses, weighted by their km: Uzbekistan {IRK_KM['UZ']:.1f} "
    f"km at USD {TFI3['UZ'][0]:,} (2023), Kyrgyzstan {IRK_KM['KG']:.1f} km at USD {TFI3['KG'][0]:,} (2022; no 2023 "
    f"figure found) and China {IRK_KM['CN']} km at USD {TFI3['CN'][0]:,} (2023) per 500 km per 20 t = USD "
    f"{IRK_TFI3:,.1f} per 500 km, ÷ 500; km: Osh – Irkeshtam 240 and Andijan – Irkeshtam 285 (2017 news report), "
    f"half of Andijan – Osh's 45 km on the Kyrgyz side of Dustlik (assumed: no source places the border on it), "
    f"Kashgar – Irkeshtam 234 (a traveller's figure), Uzbekistan the rest of the 920")


def load_coordinates() -> dict[str, tuple[float, float]]:
    coords = {}
    with open(DATA / "coordinates_approx.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            coords[row["place"]] = (float(row["lat"]), float(row["lon"]))
    return coords


COORDS = load_coordinates()


def gc_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ----------------------------------------------------------------------------------------------- places
@dataclass
class Place:
    place_id: str
    name: str
    country: str
    kind: str
    coord_key: str | None  # row of coordinates_approx.csv, or None when given here
    gauge: int | None = None
    endpoint: bool = False
    aliases: str = ""
    latlon: tuple[float, float] | None = None
    extra_note: str = ""

    @property
    def position(self) -> tuple[float, float]:
        return COORDS[self.coord_key] if self.coord_key else self.latlon


P = Place
PLACES = [
    # Kazakhstan
    P("kostanay", "Kostanay", "KZ", "city", "Kostanay", 1520, True, "Qostanay;Kustanai"),
    P("astana", "Astana", "KZ", "city", "Astana", 1520, True, "Nur-Sultan;Akmola;Nursultan"),
    P("pavlodar", "Pavlodar", "KZ", "city", "Pavlodar", 1520, True),
    P("almaty", "Almaty", "KZ", "city", "Almaty", 1520, True, "Alma-Ata;Zhetygen"),
    P("shymkent", "Shymkent", "KZ", "city", "Shymkent", 1520, True, "Chimkent"),
    P("aktau", "Aktau", "KZ", "port", "Aktau", 1520, True, "Aqtau"),
    P("atyrau", "Atyrau", "KZ", "city", None, 1520, True, "Tengiz", latlon=(47.11, 51.92)),
    P("kuryk", "Kuryk", "KZ", "port", "Kuryk", 1520, False, "Quryq"),
    P("beineu", "Beineu", "KZ", "junction", None, 1520, latlon=(45.32, 55.20)),
    P("uzen", "Uzen (Zhanaozen)", "KZ", "junction", "Uzen (Zhanaozen)", 1520, aliases="Zhanaozen"),
    P("bolashak", "Bolashak / Serhetyaka", "KZ", "border_crossing", None, 1520, latlon=(42.30, 53.60),
      aliases="Serhetyaka"),
    P("saryagash", "Saryagash / Keles", "KZ", "border_crossing", "Saryagash", 1520, aliases="Keles"),
    P("gisht-kuprik", "Zhibek Zholy / Gisht Kuprik", "KZ", "border_crossing", None, None, latlon=(41.42, 69.20),
      aliases="Zhibek Zholy;Gisht Kuprik"),
    P("khorgos", "Khorgos / Altynkol", "KZ", "border_crossing", "Altynkol / Khorgos", 1520,
      aliases="Altynkol;Nur Zholy;Khorgos"),
    # Uzbekistan
    P("tashkent", "Tashkent", "UZ", "city", "Tashkent", 1520),
    P("termez", "Termez", "UZ", "city", "Termez", 1520),
    # Afghanistan
    P("hairatan", "Hairatan (Friendship Bridge)", "AF", "border_crossing", "Hairatan", 1520),
    P("mazar", "Mazar-i-Sharif", "AF", "city", "Mazar-i-Sharif", 1520, aliases="Mazar"),
    P("kabul", "Kabul", "AF", "city", "Kabul"),
    P("jalalabad", "Jalalabad", "AF", "city", "Jalalabad"),
    P("herat", "Herat", "AF", "city", "Herat"),
    P("kandahar", "Kandahar", "AF", "city", "Kandahar"),
    P("torghundi", "Serhetabat / Torghundi", "AF", "border_crossing", "Torghundi", 1520, aliases="Serhetabat"),
    # Turkmenistan
    P("bereket", "Bereket", "TM", "junction", None, 1520, latlon=(39.24, 55.52)),
    P("tejen", "Tejen", "TM", "junction", None, 1520, latlon=(37.38, 60.51)),
    P("etrek", "Etrek / Inche Burun", "TM", "border_crossing", "Inche Burun / Etrek", 1520,
      aliases="Inche Burun;Incheh Borun"),
    # Iran
    P("sarakhs", "Sarakhs", "IR", "border_crossing", "Sarakhs", 1435),
    P("gorgan", "Gorgan", "IR", "city", "Gorgan", 1435),
    P("tehran", "Tehran", "IR", "city", "Tehran", 1435),
    P("mashhad", "Mashhad", "IR", "city", "Mashhad", 1435),
    P("bafq", "Bafq", "IR", "junction", "Bafq", 1435),
    P("kerman", "Kerman", "IR", "city", "Kerman", 1435),
    P("zahedan", "Zahedan", "IR", "transshipment", "Zahedan", 1435),
    P("bandar-abbas", "Bandar Abbas", "IR", "port", "Bandar Abbas", 1435),
    P("amirabad", "Amirabad", "IR", "port", "Amirabad", 1435),
    # China
    P("urumqi", "Urumqi", "CN", "city", "Urumqi", 1435),
    P("kashgar", "Kashgar", "CN", "city", "Kashgar", 1435, aliases="Kashi"),
    P("tashkurgan", "Tashkurgan", "CN", "city", "Tashkurgan"),
    # Pakistan
    P("khunjerab", "Khunjerab Pass", "PK", "border_crossing", "Khunjerab Pass"),
    P("sost", "Sost dry port", "PK", "dry_port", "Sost"),
    P("gilgit", "Gilgit", "PK", "city", "Gilgit"),
    P("islamabad", "Islamabad / Rawalpindi", "PK", "city", "Islamabad", 1676, True, "Rawalpindi;Pindi"),
    P("peshawar", "Peshawar", "PK", "city", "Peshawar", 1676, True),
    P("lahore", "Lahore", "PK", "city", "Lahore", 1676, True),
    P("karachi", "Karachi", "PK", "port", "Karachi", 1676, True),
    P("port-qasim", "Port Qasim", "PK", "port", None, 1676, True, "Bin Qasim;Muhammad Bin Qasim",
      latlon=(24.78, 67.35)),
    P("gwadar", "Gwadar", "PK", "port", "Gwadar", None, True),
    P("quetta", "Quetta", "PK", "city", "Quetta", 1676, True),
    P("rohri", "Rohri (Sukkur)", "PK", "junction", "Sukkur / Rohri", 1676, aliases="Sukkur"),
    P("torkham", "Torkham", "PK", "border_crossing", "Torkham"),
    P("chaman", "Chaman / Spin Boldak", "PK", "border_crossing", "Spin Boldak / Chaman", 1676,
      aliases="Spin Boldak"),
    P("taftan", "Taftan / Mirjaveh", "PK", "border_crossing", "Taftan / Mirjaveh", 1676,
      aliases="Mirjaveh;Koh-e-Taftan"),
    P("kharlachi", "Kharlachi", "PK", "border_crossing", None, None, latlon=(33.93, 69.93)),
    # Caspian, Black Sea and Mediterranean
    P("baku", "Baku (Alat)", "AZ", "port", "Baku", 1520, aliases="Alat"),
    P("poti", "Poti", "GE", "port", "Poti", 1520, aliases="Batumi"),
    P("novorossiysk", "Novorossiysk (CPC terminal)", "RU", "port", "Novorossiysk"),
    P("ceyhan", "Ceyhan", "TR", "port", "Ceyhan"),
]
PLACE = {p.place_id: p for p in PLACES}


def km_between(a: str, b: str) -> float:
    return gc_km(PLACE[a].position, PLACE[b].position)


def derived_km(a: str, b: str, factor: float) -> tuple[float, str]:
    gc = km_between(a, b)
    km = round(gc * factor)
    return km, f"km = great-circle {gc:,.0f} km × {FACTOR_TEXT[factor]}"


# ----------------------------------------------------------------------------------------------- legs
@dataclass
class LegRow:
    leg_id: str
    a: str
    b: str
    mode: str
    corridor: str
    km: float
    days: tuple[float, float, float]
    tariff: str  # tariff profile key, see RATE PROFILES below
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # estimate notes
    gauge: int | None = None
    classes: str = "*"
    equipment: str = "*"
    planned: bool = False
    two_way: bool = True
    remark: str = ""
    basis: str = "estimate"  # what the typical time is: mean, median, observation, timetable or estimate


LEGS: list[LegRow] = []

C_EAST = "Trans-Afghan east (Termez–Torkham)"
C_WEST = "Trans-Afghan west (Turkmenistan–Herat–Chaman)"
C_IRAN_SEA = "Iran rail + sea (Bandar Abbas)"
C_IRAN_LAND = "Iran overland (Zahedan–Taftan–Quetta)"
C_CHINA = "China (Khorgos–Kashgar–Khunjerab–KKH)"
C_IRKESHTAM = "China (Irkeshtam–Kashgar–KKH)"
C_KKH = ""  # Kashgar–Khunjerab–Islamabad is shared by both China corridors
# Feeders shared by two corridors carry no corridor name of their own, so that a route is named by the legs that
# tell it apart and not after places it never passes: Tashkent–Termez leads to Torkham (Trans-Afghan east) and to
# the planned railway through Kharlachi; the Aktau and Kuryk ferries to Baku carry boxes on to Poti and tank wagons
# on to the BTC pipeline at Ceyhan.
C_TASHKENT_TERMEZ = ""
C_CASPIAN_FERRY = ""
C_MIDDLE = "Caspian / Middle Corridor + sea (Baku–Poti–Suez)"
C_CASPIAN_IRAN = "Caspian + Iran (Kuryk–Amirabad)"
C_CPC = "CPC pipeline + tanker (Novorossiysk)"
C_BTC = "Aktau–Baku–BTC pipeline + tanker (Ceyhan)"
C_UAP = "Uzbekistan–Afghanistan–Pakistan railway (planned)"

BOXES = "c20;c40;c40hc;r20;r40"
DRY_REEFER_CLASSES = "bulk_grain;general;reefer;temp_controlled"


# Driving hours a day on the road legs of the countries bound by the AETR (UNECE_AETR, Art. 6: a daily driving
# period of at most 9 h, extendable to 10 h twice a week; at most 56 h in a week, then a weekly rest of 45 h):
# Kazakhstan and Uzbekistan (and Turkmenistan, which has no road leg in these tables). The AETR lets two drivers
# crew a truck (Art. 1(v), multi-manning; Art. 8(3): each must take a daily rest of at least 9 h within 30 h), and
# Uzbek long-haul drivers run one or two to a cab, as each chooses (SPUTNIK_UZ_2016_TRUCKER: the pay is for the
# whole cab, so many think hard whether to take a partner); no source gives the share of either. One driver a truck
# is the typical and the max, a crew of two the min. A leg takes its share of the day: km / speed hours at the
# wheel, spread at 9 h a day (typical, one driver), 16 h (min: two drivers of 56 h a week each, 2 × 56 / 7; in
# each 30 h at most 2 × 10 h, the same 16 h a day) or 8 h (max, one driver's 56 h over the 7 days of a week with
# its weekly rest), and the delays inside CPMM's speed with delay added round the clock to the max.
# China: the only limit a sourced text sets on the driver of a goods vehicle is a stop of at least 20 minutes after
# 4 h of continuous driving (CN_RTSL_REGS_ART62: Art. 62(7) of the Implementing Regulations of the Road Traffic
# Safety Law, binding on every motor vehicle), so a truck is at the wheel at most 24 × 4 / (4 + 20/60) = 22.2 h a
# day. The 8 h in 24 h (4 h continuous, 2 h at night) of the Ministry of Transport's dynamic-supervision Measures
# (CN_MOT_2014_DYNAMIC) and of the passenger-transport safety norms bind drivers of passenger vehicles only and are
# not applied. The road Kashgar – Tashkurgan over the Pamirs (CN mountain road) and the Karakoram Highway over the
# pass (KKH mountain road) take an observed trip's time, which holds whatever stops its driver made, and are left as
# they are; so are the Iranian (IR road, an observed trip).
# Afghanistan and Pakistan: no sourced driving limit for goods vehicles was found; those legs run round the clock.
AETR_HOURS = {"typical": 9, "min": 2 * 56 / 7, "max": 56 / 7}
AETR_PROFILES = {"KZ road", "UZ road"}
CN_DRIVE_H, CN_STOP_H = 4, 20 / 60  # CN_RTSL_REGS_ART62: at most 4 h at the wheel, then a stop of at least 20 min
CN_HOURS_A_DAY = 24 * CN_DRIVE_H / (CN_DRIVE_H + CN_STOP_H)
CN_STOP_PROFILES = {"CN road"}


def days_cpmm(km: float, profile: str) -> tuple[tuple[float, float, float], list[str], str]:
    """CPMM's speed with delay already holds the border and port waits that the nodes add; moving at the speed
    without delay and waiting at the nodes counts them once (CPMM's own alternative, corridor_facts.md §3)."""
    swd, swod, source = SPEEDS[profile]
    source = source.split(";")
    if profile in AETR_PROFILES:
        driving = km / swod
        waits = km / swd - driving
        days = (driving / AETR_HOURS["min"], driving / AETR_HOURS["typical"],
                driving / AETR_HOURS["max"] + waits / 24)
        note = (f"days: {driving:.1f} h at the wheel (km / {profile} speed without delay {swod} km/h, CPMM) at the "
                f"AETR's 9 h of driving a day, one driver (typical); min 16 h a day, a crew of two, which the AETR "
                f"allows (multi-manning: 56 h a week each, a daily rest of 9 h within 30 h) and Uzbek long-haul "
                f"drivers take or not as they choose (no share published); max 8 h a day, one driver's 56 h a "
                f"week with the 45-h weekly rest, plus the delays of CPMM's speed with delay {swd} km/h round the "
                f"clock; border and port waits are added at the nodes")
        return tuple(round(d, 2) for d in days), [*source, "UNECE_AETR", "SPUTNIK_UZ_2016_TRUCKER"], note
    if profile in CN_STOP_PROFILES:
        driving = km / swod
        waits = km / swd - driving
        at_the_wheel = driving / CN_HOURS_A_DAY
        days = (at_the_wheel, at_the_wheel, at_the_wheel + waits / 24)
        note = (f"days: {driving:.1f} h at the wheel (km / {profile} speed without delay {swod} km/h, CPMM) with "
                f"the stop of at least 20 min after 4 h of continuous driving that Art. 62(7) of China's Road "
                f"Traffic Safety Law Implementing Regulations requires: {CN_HOURS_A_DAY:.1f} h at the wheel a day "
                f"(min = typical); no daily driving limit binds goods vehicles in China (the 8 h in 24 h of the "
                f"Ministry of Transport's 2014 Measures binds passenger drivers only), so the truck otherwise runs "
                f"round the clock; max adds the delays of CPMM's speed with delay {swd} km/h; border and port "
                f"waits are added at the nodes")
        return tuple(round(d, 2) for d in days), [*source, "CN_RTSL_REGS_ART62", "CN_MOT_2014_DYNAMIC"], note
    moving = km / swod / 24
    delayed = km / swd / 24
    round_the_clock = ("; driven round the clock: no sourced driving limit for this country"
                       if profile.endswith("road") else "")
    note = (f"days: min = typical = km / {profile} speed without delay {swod} km/h; max = km / speed with delay "
            f"{swd} km/h (CPMM): border and port waits are added at the nodes, so the delays inside the speed with "
            f"delay are not counted twice{round_the_clock}")
    return (round(moving, 2), round(moving, 2), round(delayed, 2)), source, note


def days_observed(km: float, profile: str) -> tuple[tuple[float, float, float], list[str], str]:
    speed, how, source = OBSERVED[profile]
    typical = km / speed / 24
    note = (f"days: typical = km / {speed:.1f} km/h ({how}); min = 0.67 × typical, {SPREAD_NOTE} "
            f"(assumed spread)")
    sources = source if isinstance(source, list) else [source]
    return (round(typical * 0.67, 2), round(typical, 2), round(typical * 1.5, 2)), sources, note


def days_gilgit_islamabad(km: float) -> tuple[tuple[float, float, float], list[str], str]:
    """Gilgit – Islamabad: the mountain road to Thakot at the KKH's observed speed, the rest at Pakistan's CPMM
    road speed (as the other Pakistani road legs)."""
    speed, _, sources = OBSERVED["KKH mountain road"]
    swd, swod, cpmm = SPEEDS["PK road"]
    rest = km - GILGIT_THAKOT_KM
    mountain = GILGIT_THAKOT_KM / speed / 24
    days = (0.67 * mountain + rest / swod / 24, mountain + rest / swod / 24, 1.5 * mountain + rest / swd / 24)
    note = (f"days: Gilgit – Thakot {GILGIT_THAKOT_KM} km (N-35 {N35_KM} km from Hassan Abdal to Khunjerab, less "
            f"Thakot's km post {THAKOT_KM_POST} and Khunjerab – Gilgit {KHUNJERAB_GILGIT_KM}) at the KKH's observed "
            f"{speed:.1f} km/h (NLC's cherry truck, Gilgit-Baltistan → Tashkurgan, June 2024; see Gilgit – Sost), "
            f"min 0.67 ×, max 1.5 × (assumed spread): the unrebuilt Thakot – Raikot section, the route's bottleneck, "
            f"is on it; the other {rest:.0f} km, Thakot – Islamabad by the Hazara motorway, at Pakistan's CPMM road "
            f"speed without delay {swod} km/h (max with delay {swd} km/h), round the clock as the other Pakistani "
            f"road legs")
    return (tuple(round(d, 2) for d in days), sources + ["THENEWS_2015_NHA_KKH", "PND_2023_KKH_THAKOT_RAIKOT",
                                                         "ROSAP_2025_BURHAN_KHUNJERAB", cpmm], note)


def days_sea(km: float) -> tuple[tuple[float, float, float], list[str], str]:
    nm = km / 1.852
    low, typical = nm / 14 / 24, nm / 12 / 24
    note = (f"days: sailing {nm:,.0f} nm at 14 kn (min) or 12 kn (typical); max = typical + 7 days "
            f"(assumed wait for a weekly sailing; no schedule found)")
    return (round(low, 2), round(typical, 2), round(typical + 7, 2)), [], note


def add(leg_id, a, b, mode, corridor, km, km_src, days_kind, tariff, *, km_note="", days=None, days_src=(),
        days_note="", gauge=None, classes="*", equipment="*", planned=False, two_way=True, remark="",
        basis="estimate"):
    """One leg. ``km`` is sourced (km_src) or derived (km_note); days come from a speed profile or are given."""
    sources, notes = list(km_src), []
    if km_note:
        notes.append(km_note)
    if days is None:
        if days_kind in RAIL_PER_DAY:
            days, extra_src, note = days_rail_per_day(km, days_kind)
            basis = RAIL_PER_DAY[days_kind][3]
        elif days_kind in SPEEDS:
            days, extra_src, note = days_cpmm(km, days_kind)
            basis = "mean"  # CPMM speeds are averages over the year's sampled shipments
        elif days_kind in OBSERVED:
            days, extra_src, note = days_observed(km, days_kind)
            basis = "observation"
        elif days_kind == "IR rail":
            days, extra_src, note = days_iran_rail(km)  # basis: estimate (the middle of a range announced)
        elif days_kind == "sea":
            days, extra_src, note = days_sea(km)
        else:
            raise ValueError(days_kind)
        sources += extra_src
        notes.append(note)
    else:
        sources += list(days_src)
        if days_note:
            notes.append(days_note)
    LEGS.append(LegRow(leg_id, a, b, mode, corridor, km, tuple(days), tariff, sorted(set(sources)), notes,
                       gauge, classes, equipment, planned, two_way, remark, basis))


def add_derived(leg_id, a, b, mode, corridor, factor, days_kind, tariff, **kw):
    km, note = derived_km(a, b, factor)
    add(leg_id, a, b, mode, corridor, km, [], days_kind, tariff, km_note=note, **kw)


# --- Kazakhstan, rail (1520 mm)
add("kz-rail-kostanay-saryagash", "kostanay", "saryagash", "rail", "", 1700, [], "KZ rail", "KZ rail",
    km_note="km = 1,700: great-circle 1,372 km × rail factor 1.24 (gaps_filled.md, DER-LOW; range 1,560–2,000)",
    gauge=1520)
add("kz-rail-astana-saryagash", "astana", "saryagash", "rail", "", 1360, [], "KZ rail", "KZ rail",
    km_note="km = 1,360: great-circle 1,095 km × rail factor 1.24 (gaps_filled.md, DER-LOW; range 1,250–1,600)",
    gauge=1520)
add("kz-rail-almaty-saryagash", "almaty", "saryagash", "rail", "", 825, [], "KZ rail", "KZ rail",
    km_note="km = 825: great-circle 665 km × rail factor 1.24 (gaps_filled.md, DER-LOW; range 760–970)",
    gauge=1520)
add_derived("kz-rail-shymkent-saryagash", "shymkent", "saryagash", "rail", "", RAIL, "KZ rail", "KZ rail",
            gauge=1520)
# the Turksib runs from Arys through Shymkent and Taraz to Almaty: without this leg a train from the west to Almaty
# went on to Saryagash and back along the same line
TURKSIB_KM, TURKSIB_NOTE = derived_km("shymkent", "almaty", RAIL)
add("kz-rail-shymkent-almaty", "shymkent", "almaty", "rail", "", TURKSIB_KM, ["WIKI_TURKSIB"], "KZ rail", "KZ rail",
    km_note=TURKSIB_NOTE, gauge=1520, remark="Turksib: Shymkent–Taraz–Almaty")
add_derived("kz-rail-pavlodar-astana", "pavlodar", "astana", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)
# the lines north to south through the capital: without them grain from Kostanay, Astana or Pavlodar bound for the
# Chinese border at Altynkol went by truck to Almaty (a road leg each exists) or by rail round through Saryagash
add_derived("kz-rail-kostanay-astana", "kostanay", "astana", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)
add_derived("kz-rail-astana-almaty", "astana", "almaty", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520,
            remark="via Karaganda")
# Kostanay → Beineu runs Arkalyk–Shubarkol–Zhezkazgan–Beineu, the lines opened in 2014 (Zhezkazgan–Beineu 988 km,
# Arkalyk–Shubarkol 214 km: UIC_2014_KTZ_LINES), far from the straight line; KTZ gave its grain route Kostanay →
# Bolashak → Serhetabat as "more than 3,500 km" (KAZINFORM_2018_KOSTANAY): these tables' own km beyond Beineu are
# taken off that, a lower bound (great-circle × 1.24 gave 1,324 km)
BEINEU_UZEN_KM, BEINEU_UZEN_NOTE = derived_km("beineu", "uzen", RAIL)
UZEN_BOLASHAK_KM = 140
TM_KM = {leg: derived_km(a, b, RAIL) for leg, a, b in (("bolashak-bereket", "bolashak", "bereket"),
                                                          ("bereket-tejen", "bereket", "tejen"),
                                                          ("tejen-torghundi", "tejen", "torghundi"))}
TM_SERHETABAT_KM = sum(km for km, _ in TM_KM.values())
KOSTANAY_SERHETABAT_KM = 3500
KOSTANAY_BEINEU_KM = KOSTANAY_SERHETABAT_KM - (BEINEU_UZEN_KM + UZEN_BOLASHAK_KM + TM_SERHETABAT_KM)
add("kz-rail-kostanay-beineu", "kostanay", "beineu", "rail", "", KOSTANAY_BEINEU_KM,
    ["KAZINFORM_2018_KOSTANAY", "UIC_2014_KTZ_LINES"], "KZ rail", "KZ rail",
    km_note=f"km = at least {KOSTANAY_BEINEU_KM:,}: KTZ's 'more than 3,500 km' Kostanay → Bolashak → Serhetabat "
            f"(2018) less these tables' {BEINEU_UZEN_KM + UZEN_BOLASHAK_KM + TM_SERHETABAT_KM:,} km from Beineu "
            f"to Serhetabat; the line runs via Arkalyk, Shubarkol and Zhezkazgan (Zhezkazgan–Beineu 988 km and "
            f"Arkalyk–Shubarkol 214 km, KTZ 2014); great-circle × 1.24 gave "
            f"{km_between('kostanay', 'beineu') * 1.24:,.0f}",
    gauge=1520, remark="via Arkalyk, Shubarkol and Zhezkazgan")
add_derived("kz-rail-astana-beineu", "astana", "beineu", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)
add_derived("kz-rail-shymkent-beineu", "shymkent", "beineu", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520,
            remark="via Kyzylorda and Saksaulskaya")
add_derived("kz-rail-atyrau-beineu", "atyrau", "beineu", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)
add("kz-rail-beineu-uzen", "beineu", "uzen", "rail", "", BEINEU_UZEN_KM, [], "KZ rail", "KZ rail",
    km_note=BEINEU_UZEN_NOTE, gauge=1520)
add_derived("kz-rail-aktau-uzen", "aktau", "uzen", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)
add("kz-rail-uzen-bolashak", "uzen", "bolashak", "rail", "", UZEN_BOLASHAK_KM, ["MEHR_2018_INCHE"], "KZ rail",
    "KZ rail",
    km_note="km = Kazakh section of the 908-km Uzen–Gorgan line", gauge=1520)
add("kz-rail-almaty-khorgos", "almaty", "khorgos", "rail", "", 293, ["UNESCAP_2016_KZ"], "KZ rail", "KZ rail",
    gauge=1520, remark="Zhetygen–Altynkol; 700 km via Dostyk")
add("kz-rail-saryagash-tashkent", "saryagash", "tashkent", "rail", "", 22, [], "UZ rail", "UZ rail grain-af",
    km_note="km = great-circle 18 km × 1.2 (gaps_filled.md)", gauge=1520)

# --- Kazakhstan, road
add("kz-road-astana-almaty", "astana", "almaty", "road", "", 1276,
    ["CARAVAN_2014_CENTRSOUTH", "KAZ24_CENTRSOUTH"], "KZ road", "KZ road")
add("kz-road-kostanay-astana", "kostanay", "astana", "road", "", 720, [], "KZ road", "KZ road",
    km_note="km = 720: great-circle 579 km × road factor 1.20–1.30 (gaps_filled.md)")
add("kz-road-pavlodar-almaty", "pavlodar", "almaty", "road", "", 1330, [], "KZ road", "KZ road",
    km_note="km = 1,330: great-circle 1,006 km × road factor 1.20–1.45 (gaps_filled.md; routing uncertain)")
add_derived("kz-road-pavlodar-astana", "pavlodar", "astana", "road", "", ROAD_PLAIN, "KZ road", "KZ road")
add_derived("kz-road-astana-shymkent", "astana", "shymkent", "road", "", ROAD_PLAIN, "KZ road", "KZ road")
add_derived("kz-road-almaty-shymkent", "almaty", "shymkent", "road", "", ROAD_PLAIN, "KZ road", "KZ road")
add("kz-road-shymkent-gisht-kuprik", "shymkent", "gisht-kuprik", "road", "", 125, ["TREND_2018_BUS145"],
    "KZ road", "KZ road toll", km_note="km = Shymkent–Tashkent 145 km minus the 20 km on the Uzbek side "
    "(great-circle 18 km × 1.1)")
add("kz-road-almaty-khorgos", "almaty", "khorgos", "road", "", 335, ["INFRA_ALMATY_KHORGOS"], "KZ road",
    "KZ road toll", km_note="km = 335: midpoint of 320–350 km (WE-WC chainage ends at km 304, its start is "
    "not stated; great-circle 303 km)")
add("kz-road-aktau-beineu", "aktau", "beineu", "road", "", 470, ["TCA_2016_KZROADS"], "KZ road", "KZ road")
add_derived("kz-road-atyrau-beineu", "atyrau", "beineu", "road", "", ROAD_PLAIN, "KZ road", "KZ road")
add_derived("kz-road-aktau-kuryk", "aktau", "kuryk", "road", "", ROAD_PLAIN, "KZ road", "KZ road")

# --- Trans-Afghan east
add("uz-road-gisht-kuprik-tashkent", "gisht-kuprik", "tashkent", "road", "", 20, ["TREND_2018_BUS145"],
    "UZ road", "UZ road", km_note="km = 20 (great-circle 18 km × 1.1) of the 145-km Shymkent–Tashkent route")
add("uz-road-tashkent-termez", "tashkent", "termez", "road", C_TASHKENT_TERMEZ, 708, ["BES_UZTRAKT"], "UZ road",
    "UZ road")
# Tashkent – Termez by rail moves at the CAREC survey's Uzbek rail speeds, as every Uzbek rail leg does: min = typical
# without delay, max with delay. Its min and max were once the 2 days of Uzbekistan Railways' express to Hairatan and
# the 5–6 days before it (April 2020): the announcement the calibration sheet holds as Tashkent → Hairatan, which no
# table may be built from.
add("uz-rail-tashkent-termez", "tashkent", "termez", "rail", C_TASHKENT_TERMEZ, UZ_GRAIN_KM - 22 - 15,
    ["GAZETAUZ_2023_TERMEZ", "ORDA_2025_KTZGRAIN"], "UZ rail", "UZ rail grain-af",
    km_note=f"km = {UZ_GRAIN_KM - 37}: Keles → Galaba {UZ_GRAIN_KM} km by rail (KTZ, 2025) less Keles–Tashkent 22 "
            f"and the 15-km Termez–Hairatan shunt, so that Keles → Hairatan is the {UZ_GRAIN_KM} km KTZ gives to "
            f"Galaba, the Uzbek border station a few km short of Hairatan: this line is a few km short (was 600, "
            f"great-circle × 1.24)",
    gauge=1520)
add("uz-road-termez-hairatan", "termez", "hairatan", "road", C_EAST, 15, [], "UZ road", "UZ road",
    km_note="km = great-circle 13 km × 1.15 (gaps_filled.md)")
add("uz-rail-termez-hairatan", "termez", "hairatan", "rail", C_EAST, 15, ["NATIONSENC_AF"], "UZ rail",
    "UZ rail grain-af", days=(0.1, 0.2, 0.5), days_note="days: 15 km shunt; 0.1–0.5 days assumed", gauge=1520)
add("af-road-hairatan-mazar", "hairatan", "mazar", "road", C_EAST, 80, ["ROADSTRAVEL_HAIRATAN"], "AF road",
    "AF road")
add("af-rail-hairatan-mazar", "hairatan", "mazar", "rail", C_EAST, 75, ["SPUTNIK_2022_HAIRATAN"], "UZ rail",
    "AF rail", gauge=1520, remark="Afghan Railway Authority since May 2022; transshipment to trucks")
add("af-road-mazar-kabul", "mazar", "kabul", "road", C_EAST, 425, ["FA_WIKI_AF_ROADS"], "AF road", "AF road",
    km_note="km = 425: great-circle 306 km × mountain factor 1.30–1.50 (range 400–460; gaps_filled.md)",
    remark="Salang pass and tunnel")
add("af-road-kabul-jalalabad", "kabul", "jalalabad", "road", C_EAST, 139, ["NHA_2016_PESH_KABUL"], "AF road",
    "AF road")
add("af-road-jalalabad-torkham", "jalalabad", "torkham", "road", C_EAST, 75,
    ["BR_2015_TORKHAM_JLB", "NHA_2016_PESH_KABUL"], "AF road", "AF road")
add("pk-road-torkham-peshawar", "torkham", "peshawar", "road", C_EAST, 47,
    ["ARABNEWS_PESH_TORKHAM", "NHA_2016_PESH_KABUL"], "PK road", "PK road")

# --- Trans-Afghan west (Kazakh rail via Turkmenistan to the Afghan border)
# Turkmen rail legs are timed on Demiryollary's transit times by section (TM_TRANSIT)
TM_TO_BEREKET_HOURS = TM_KM["bolashak-bereket"][0] / TM_TRANSIT_KM * TM_TRANSIT["Etrek → Serhetyaka"][0]


def add_tm_rail(leg, a, b, corridor, tariff, section, section_km, km_before=0.0, hours_before=0.0, **kw):
    km, km_note = TM_KM[leg]
    days, days_src, days_note = days_tm_transit(km, section, section_km, km_before, hours_before)
    add(f"tm-rail-{leg}", a, b, "rail", corridor, km, [], None, tariff, km_note=km_note, days=days,
        days_src=days_src, days_note=days_note, basis="timetable", gauge=1520, **kw)


add_tm_rail("bolashak-bereket", "bolashak", "bereket", "", "TM rail", "Etrek → Serhetyaka", TM_TRANSIT_KM)
add_tm_rail("bereket-tejen", "bereket", "tejen", "", "TM rail", "Serhetyaka → Serhetabat", TM_SERHETABAT_KM,
            TM_KM["bolashak-bereket"][0], TM_TO_BEREKET_HOURS)
add_tm_rail("tejen-torghundi", "tejen", "torghundi", C_WEST, "TM rail", "Serhetyaka → Serhetabat",
            TM_SERHETABAT_KM, TM_KM["bolashak-bereket"][0], TM_TO_BEREKET_HOURS, remark="via Mary and Serhetabat")
add("af-road-torghundi-herat", "torghundi", "herat", "road", C_WEST, 120, [], "AF road", "AF road",
    km_note="km = 120: great-circle 101 km × 1.15–1.30 (gaps_filled.md)")
add("af-road-herat-kandahar", "herat", "kandahar", "road", C_WEST, 557, ["WIKI_KANDAHAR_HERAT"], "AF road",
    "AF road")
add("af-road-kandahar-chaman", "kandahar", "chaman", "road", C_WEST, 105, [], "AF road", "AF road",
    km_note="km = 105: great-circle 94 km × 1.05–1.20 (gaps_filled.md)")
add("pk-road-chaman-quetta", "chaman", "quetta", "road", C_WEST, 125, [], "PK road", "PK road",
    km_note="km = 125: great-circle 97 km × 1.25–1.45 (gaps_filled.md); ML-3 railway 142 km")
# the Rohri–Chaman line (ML-3) runs on from Quetta (its km 381) over the Khojak pass to Chaman (km 523), in service
# (the Chaman Passenger ran on it in April 2022, on track mostly over 100 years old with engineering speed
# restrictions on stretches): without this leg a train from Karachi or Rohri to the Afghan border at Chaman had to
# leave its boxes at Quetta for a truck. Its days take Pakistan Railways' observed speed (PK rail: the Quetta–Zahedan
# train's scheduled run, on the same old Balochistan track), the same both ways.
add("pk-rail-quetta-chaman", "quetta", "chaman", "rail", C_WEST, 523 - 381,
    ["WIKI_ML3", "WIKI_2017_ML3", "URDUPOINT_2022_PR_BALOCHISTAN"], "PK rail", "PK rail km",
    km_note="km = the line's kilometre posts, Chaman 523 less Quetta 381 (Rohri–Chaman line, Aug 2017); in service, "
            "the Chaman Passenger running on it (April 2022), with engineering speed restrictions on stretches of "
            "track mostly over 100 years old", gauge=1676, remark="ML-3 over the Khojak pass")

# --- Uzbekistan–Afghanistan–Pakistan railway (planned; never quoted as available)
add("uap-rail-termez-kharlachi", "termez", "kharlachi", "rail", C_UAP, 647, ["TASS_2025_UAP"], "", "planned",
    days=(3, 4, 5), days_src=["TASS_2025_UAP"], days_note="days: projected Uzbekistan→Pakistan 3–5 days",
    gauge=1520, planned=True, remark="feasibility study stage (framework agreement 17 Jul 2025)")
add_derived("uap-rail-kharlachi-peshawar", "kharlachi", "peshawar", "rail", C_UAP, RAIL, "PK rail", "planned",
            gauge=1676, planned=True, remark="link to Pakistan Railways via Kohat (planned)")

# --- Iran: Etrek / Sarakhs to Bandar Abbas and Zahedan (1435 mm)
TM_BEREKET_ETREK_KM = round(TM_TRANSIT_KM - km_between("bolashak", "bereket") * RAIL)
add("tm-rail-bereket-etrek", "bereket", "etrek", "rail", "", TM_BEREKET_ETREK_KM, ["MEHR_2018_INCHE"], None,
    "TM rail akyayla", gauge=1520,
    km_note=f"km = Turkmen section {TM_TRANSIT_KM} km minus Bolashak–Bereket "
            f"({km_between('bolashak', 'bereket') * RAIL:,.0f} km derived)", basis="timetable",
    **dict(zip(("days", "days_src", "days_note"),
               days_tm_transit(TM_BEREKET_ETREK_KM, "Etrek → Serhetyaka", TM_TRANSIT_KM))))
add("ir-rail-etrek-gorgan", "etrek", "gorgan", "rail", "", 88, ["MEHR_2018_INCHE"], "IR rail",
    "IR rail", gauge=1435, remark="gauge change 1520/1435 at Etrek (wheelsets or container reload)")
add("ir-rail-gorgan-tehran", "gorgan", "tehran", "rail", "", 375, [], "IR rail", "IR rail",
    km_note="km = 375: great-circle 302 km × rail factor 1.24 (DER-LOW; range 345–440)", gauge=1435)
add("ir-rail-tehran-bafq", "tehran", "bafq", "rail", "", 740, ["WIKI_IRAN_NS_RAIL", "ROGER_IRAN_RAIL"],
    "IR rail", "IR rail", km_note="km = Tehran–Qom ~150 (derived) + Qom–Badrud 162 + Badrud–Bafq 428",
    gauge=1435)
add("ir-rail-bafq-bandar-abbas", "bafq", "bandar-abbas", "rail", C_IRAN_SEA, 626, ["ROGER_IRAN_RAIL"], "IR rail",
    "IR rail", gauge=1435)
# Tejen – Sarakhs is timed on Demiryollary's Farap → Sarakhs transit, over the section's km from the lines' own posts
TEJEN_SARAKHS_KM, TEJEN_SARAKHS_KM_NOTE = derived_km("tejen", "sarakhs", RAIL)
_TS_DAYS, _TS_SRC, _TS_NOTE = days_tm_transit(
    TEJEN_SARAKHS_KM, "Farap → Sarakhs", FARAP_SARAKHS_KM,
    km_how=f" at least, Türkmenabat (km {TURKMENABAT_KM_POST}) – Paharat (km {PAHARAT_KM_POST}) on the Trans-Caspian "
           f"and Paharat – Sarakhs {PAHARAT_SARAHS_KM} km, the few km over the Amu Darya to Farap not counted")
add("tm-rail-tejen-sarakhs", "tejen", "sarakhs", "rail", "", TEJEN_SARAKHS_KM, [], None, "TM rail",
    km_note=TEJEN_SARAKHS_KM_NOTE, days=_TS_DAYS, days_src=_TS_SRC + ["WIKI_DE_TRANSCASPIAN", "WIKI_DE_PAHARAT_SARAHS"],
    days_note=_TS_NOTE,
    basis="timetable", gauge=1520, remark="containers transshipped 1520→1435 at Sarakhs")
add("ir-rail-sarakhs-mashhad", "sarakhs", "mashhad", "rail", "", 165, ["ROGER_IRAN_RAIL"], "IR rail",
    "IR rail", gauge=1435)
add("ir-rail-mashhad-bafq", "mashhad", "bafq", "rail", "", 812, ["WIKI_IRAN_NS_RAIL", "ROGER_IRAN_RAIL"],
    "IR rail", "IR rail", gauge=1435)
add_derived("ir-rail-bafq-kerman", "bafq", "kerman", "rail", C_IRAN_LAND, RAIL, "IR rail", "IR rail",
            gauge=1435)
add("ir-rail-kerman-zahedan", "kerman", "zahedan", "rail", C_IRAN_LAND, 545, ["RG_BAM_ZAHEDAN"], "IR rail",
    "IR rail", km_note="km = Kerman–Bam 225 + Bam–Zahedan ~320 (great-circle 245 × 1.3)", gauge=1435)
# the line's own kilometre posts: Quetta 0, Koh-e-Taftan 615.1, Mirjaveh 627.8, Zahedan 721.6 (the 680 km that
# OTIF gave for the track Quetta–Taftan to be mended, less from 732, left 52 km to Zahedan: under the 89 km of a
# straight line from Taftan, and half the 112 km of the road beside it)
QUETTA_TAFTAN_KM, QUETTA_ZAHEDAN_KM = 615.1, 721.6
QZ_HOURS = 33  # the former Quetta–Zahedan mixed train, scheduled (DAWN_2018_ZAHEDAN)
add("pk-rail-zahedan-taftan", "zahedan", "taftan", "rail", C_IRAN_LAND, round(QUETTA_ZAHEDAN_KM - QUETTA_TAFTAN_KM, 1),
    ["WIKI_DE_ZAHEDAN_QUETTA"], "PK rail", "PK rail km",
    km_note=f"km = the line's kilometre posts, Zahedan {QUETTA_ZAHEDAN_KM} less Koh-e-Taftan {QUETTA_TAFTAN_KM}",
    days=(0.1, round((QUETTA_ZAHEDAN_KM - QUETTA_TAFTAN_KM) / (QUETTA_ZAHEDAN_KM / QZ_HOURS) / 24, 2), 0.5),
    days_src=["DAWN_2018_ZAHEDAN"],
    days_note=f"days: {QUETTA_ZAHEDAN_KM - QUETTA_TAFTAN_KM:.1f} km at the Quetta–Zahedan train's average of "
              f"{QUETTA_ZAHEDAN_KM / QZ_HOURS:.1f} km/h ({QZ_HOURS} h scheduled for {QUETTA_ZAHEDAN_KM} km); min "
              f"and max assumed", gauge=1676, remark="Pakistan broad gauge reaches Zahedan")
add("pk-rail-taftan-quetta", "taftan", "quetta", "rail", C_IRAN_LAND, QUETTA_TAFTAN_KM,
    ["WIKI_DE_ZAHEDAN_QUETTA", "OTIF_ECO_TRAIN"], "PK rail", "PK rail km",
    km_note="km = Koh-e-Taftan's kilometre post from Quetta; OTIF gave 680 km of track to be mended (c. 2013)",
    days=(round(0.9 * QZ_HOURS * QUETTA_TAFTAN_KM / QUETTA_ZAHEDAN_KM / 24, 2),
          round(QZ_HOURS * QUETTA_TAFTAN_KM / QUETTA_ZAHEDAN_KM / 24, 2), 3),
    days_src=["DAWN_2018_ZAHEDAN"], basis="timetable",
    days_note=f"days: Quetta–Zahedan {QZ_HOURS} h scheduled × {QUETTA_TAFTAN_KM}/{QUETTA_ZAHEDAN_KM} km; min 0.9 × "
              f"that; max 3 days (assumed; line in poor repair)", gauge=1676)
add_derived("ir-road-zahedan-taftan", "zahedan", "taftan", "road", C_IRAN_LAND, ROAD_PLAIN, "IR road", "IR road")
add("pk-road-taftan-quetta", "taftan", "quetta", "road", C_IRAN_LAND, 610, ["NHA_LIST_SCRIBD", "DAWN_2011_TAFTAN"],
    "PK road", "PK road")
add_derived("ir-road-tehran-zahedan", "tehran", "zahedan", "road", C_IRAN_LAND, ROAD_PLAIN, "IR road", "IR road")
add_derived("ir-road-tehran-bandar-abbas", "tehran", "bandar-abbas", "road", "", ROAD_PLAIN, "IR road", "IR road")

# --- Sea to Pakistan's ports
add("sea-bandar-abbas-karachi", "bandar-abbas", "karachi", "sea", C_IRAN_SEA, 1173, [], "sea", "sea box",
    km_note="km = 633 nm by waypoints Hormuz–Jask–Chabahar (gaps_filled.md, DER)", classes=DRY_REEFER_CLASSES,
    equipment=BOXES)
add("sea-bandar-abbas-port-qasim", "bandar-abbas", "port-qasim", "sea", C_IRAN_SEA,
    round(1173 + km_between("karachi", "port-qasim") * SEA), [], "sea", "sea box",
    km_note="km = Bandar Abbas–Karachi 1,173 + Karachi–Port Qasim great-circle × 1.17",
    classes=DRY_REEFER_CLASSES, equipment=BOXES)
add("sea-bandar-abbas-gwadar", "bandar-abbas", "gwadar", "sea", C_IRAN_SEA, 723, [], "sea", "sea box",
    km_note="km = 390 nm via Hormuz and Jask (gaps_filled.md, DER)", classes=DRY_REEFER_CLASSES, equipment=BOXES)
add("sea-gwadar-karachi", "gwadar", "karachi", "sea", "", 467, [], "sea", "sea box",
    km_note="km = ~252 nm straight line (gaps_filled.md, DER)", classes=DRY_REEFER_CLASSES, equipment=BOXES)
add("sea-tanker-bandar-abbas-karachi", "bandar-abbas", "karachi", "sea", C_IRAN_SEA, 1173, [], "sea", "tanker",
    km_note="km = 633 nm by waypoints (gaps_filled.md, DER)", classes="liquid_bulk", equipment="tanker")

# --- China: Khorgos – Kashgar – Khunjerab – Karakoram Highway
add("cn-road-khorgos-urumqi", "khorgos", "urumqi", "road", C_CHINA, 700, [], "CN road", "CN road",
    km_note="km = 700: great-circle 578 km × 1.15–1.30 (gaps_filled.md)")
add("cn-road-urumqi-kashgar", "urumqi", "kashgar", "road", C_CHINA, 1480, ["WIKI_G314"], "CN road", "CN road")
add_derived("cn-rail-khorgos-urumqi", "khorgos", "urumqi", "rail", C_CHINA, RAIL, "CN rail", "CN rail",
            gauge=1435)
# Urumqi → Turpan on the Lanzhou–Xinjiang line, then the Southern Xinjiang line by Korla to Kashgar: 1,446 km as
# built (Turpan–Korla 457 km), 123 km less since the second Turpan–Korla line (334 km, double-tracked and
# electrified, December 2014): the straight line × 1.24 (1,339 km) made it shorter than the road beside it (1,480)
URUMQI_TURPAN_KM, TURPAN_KASHGAR_KM, TURPAN_KORLA_CUT_KM = 143, 1446, 123
add("cn-rail-urumqi-kashgar", "urumqi", "kashgar", "rail", C_CHINA,
    URUMQI_TURPAN_KM + TURPAN_KASHGAR_KM - TURPAN_KORLA_CUT_KM, ["WIKI_S_XINJIANG", "WIKI_RU_S_XINJIANG"],
    "CN rail", "CN rail",
    km_note=f"km = Urumqi–Turpan {URUMQI_TURPAN_KM} + Turpan–Kashgar {TURPAN_KASHGAR_KM:,} less the "
            f"{TURPAN_KORLA_CUT_KM} km the second Turpan–Korla line (2014) saves; by the first line, 1,588 km",
    gauge=1435, remark="via Turpan and Korla")
add("cn-road-kashgar-tashkurgan", "kashgar", "tashkurgan", "road", C_KKH, 322, ["WIKI_G314"], "CN mountain road",
    "CN road")
add("cn-road-tashkurgan-khunjerab", "tashkurgan", "khunjerab", "road", C_KKH, 146,
    ["WIKI_G314", "WIKI_KHUNJERAB"], "KKH mountain road", "CN road",
    km_note="km = 146 (G314 table; the Khunjerab article gives 130)")
add("pk-road-khunjerab-sost", "khunjerab", "sost", "road", C_KKH, 75, ["WIKI_KHUNJERAB", "MOTOGPS_KHUNJERAB"],
    "KKH mountain road", "PK road")
add("pk-road-sost-gilgit", "sost", "gilgit", "road", C_KKH, 195, ["WIKI_KHUNJERAB"], "KKH mountain road", "PK road",
    km_note="km = Khunjerab–Gilgit 270 minus Khunjerab–Sost 75")
GILGIT_ISLAMABAD_KM = 870 - KHUNJERAB_GILGIT_KM
GILGIT_ISLAMABAD_DAYS, GILGIT_ISLAMABAD_SRC, GILGIT_ISLAMABAD_NOTE = days_gilgit_islamabad(GILGIT_ISLAMABAD_KM)
add("pk-road-gilgit-islamabad", "gilgit", "islamabad", "road", C_KKH, GILGIT_ISLAMABAD_KM, ["WIKI_KHUNJERAB"], "",
    "PK road", km_note="km = Khunjerab–Islamabad 870 minus Khunjerab–Gilgit 270", days=GILGIT_ISLAMABAD_DAYS,
    days_src=GILGIT_ISLAMABAD_SRC, days_note=GILGIT_ISLAMABAD_NOTE, basis="estimate")
add("irk-road-tashkent-kashgar", "tashkent", "kashgar", "road", C_IRKESHTAM, 920, ["KABAR_2018_IRKESHTAM"],
    "", "CAREC road", days=(1.3, 2.0, 3.5), days_src=["KABAR_2018_IRKESHTAM", "TCA_2018_IRKESHTAM"],
    basis="observation",
    days_note="days: 31 h on the 2017 pilot (min); typical 2 days ('Uzbekistan→China 2 days'); max assumed 3.5",
    remark="via Andijan, Osh and Irkeshtam; border times included in the pilot's 31 h")

# --- Caspian, Middle Corridor, crude
# A Caspian leg is the sailing alone: the wait for a sailing is the port's (the *-port-ferry-out stops below, from
# the Aktau–Baku feeders' five departures a week, 2022). Until December 2026 each ferry leg's typical also held a
# wait of its own, ~2.2 days for "a ferry that sails when loaded, every 4–5 days" (a traveller's passenger crossing
# of July 2014), so a crossing waited twice.
# The sailing: ASCO's Ro-Pax ferry Zarifa Aliyeva, leaving Kuryk for Baku (Alat) in the evening, "expected to arrive
# in about 20–22 hours" (May 2022), over the 470 km these tables give Kuryk – Alat; Aktau – Baku takes the same
# speed over its 508 km.
# The max of a crossing is its sailing's most held by the longest run of storm closure found: ASCO's ships lay at
# anchor or in shelter for five days in February 2025 (strong north-west winds; AzerNews, 10 Feb 2025). The Kazakh
# ports' closures are counted by the month, not by the run: 11 days closed to ship calls in October 2025 and 9 in
# October 2024 (KTZ), and Kuryk closed by weather about half the time in November and December (its director, Dec
# 2024); they date the storm window (the caspian-weather rows), not one crossing's wait. A queue of more than 1,000
# wagons for Kuryk's export ferry against 47 a day (May 2025) was congestion, not weather, and is not counted. Until
# December 2026 each max was assumed: 5.8 days Aktau – Baku, 5.7 Kuryk – Baku, 6.5 Kuryk – Amirabad, 4 by tanker.
CASPIAN_FERRY_H = (20, 21, 22)  # least, typical (the middle), most hours Kuryk → Alat, May 2022
KURYK_ALAT_KM = 470
CASPIAN_CLOSURE_D = 5  # the longest run of storm closure found, ASCO's fleet at anchor, February 2025
CASPIAN_CLOSURE_SRC = ["AZERNEWS_2025_ASCO_STORM"]
KZ_PORTS_CLOSED_IN_OCTOBER_D = {2025: 11, 2024: 9}  # days the Kazakh ports were closed to ship calls (KTZ)
CASPIAN_CLOSURE_NOTE = (f"max = the sailing's most + {CASPIAN_CLOSURE_D} days, the longest run of storm closure "
                        f"found (ASCO's ships at anchor or in shelter {CASPIAN_CLOSURE_D} days, Feb 2025; the Kazakh "
                        f"ports' {KZ_PORTS_CLOSED_IN_OCTOBER_D[2025]} days closed in Oct 2025 are a month's count, not "
                        f"a run)")


def caspian_sailing_days(km: float, was_max: float) -> tuple[tuple[float, float, float], str]:
    least, typical, most = (h * km / KURYK_ALAT_KM / 24 for h in CASPIAN_FERRY_H)
    scaled = "" if km == KURYK_ALAT_KM else f" × {km:g} / {KURYK_ALAT_KM} km"
    note = (f"days: the sailing alone, at ASCO's Ro-Pax ferry from Kuryk to Baku (Alat), "
            f"'about {CASPIAN_FERRY_H[0]}–{CASPIAN_FERRY_H[2]} hours' "
            f"(May 2022){scaled}: min {CASPIAN_FERRY_H[0]} h, typical {CASPIAN_FERRY_H[1]} h (the middle); the wait "
            f"for a sailing is the port's (was also added here, ~2.2 days from a passenger crossing of 2014); "
            f"{CASPIAN_CLOSURE_NOTE}: {CASPIAN_FERRY_H[2]} h{scaled} + {CASPIAN_CLOSURE_D} days (was {was_max:g}, "
            f"assumed)")
    return (round(least, 2), round(typical, 2), round(most + CASPIAN_CLOSURE_D, 2)), note


_AB_DAYS, _AB_NOTE = caspian_sailing_days(508, 5.8)
add("ferry-aktau-baku", "aktau", "baku", "ferry", C_CASPIAN_FERRY, 508, ["SILKROUTE_2025_TITR"], "", "ferry",
    days=_AB_DAYS, days_src=["REPORT_2022_ZARIFA_KURYK", *CASPIAN_CLOSURE_SRC], days_note=_AB_NOTE, basis="estimate")
_KB_DAYS, _KB_NOTE = caspian_sailing_days(KURYK_ALAT_KM, 5.7)
add("ferry-kuryk-baku", "kuryk", "baku", "ferry", C_CASPIAN_FERRY, KURYK_ALAT_KM, [], "", "ferry",
    km_note="km = great-circle 403 km × 1.17 (gaps_filled.md)", days=_KB_DAYS,
    days_src=["REPORT_2022_ZARIFA_KURYK", *CASPIAN_CLOSURE_SRC], days_note=_KB_NOTE, basis="timetable")
KURYK_AMIRABAD_D = (1.2, 1.5)  # the sailing alone, least and most days (gaps_filled.md)
_KA_TYPICAL = round(sum(KURYK_AMIRABAD_D) / 2, 2)
add("ferry-kuryk-amirabad", "kuryk", "amirabad", "ferry", C_CASPIAN_IRAN, 840, ["XINHUA_2020_KURYK"], "", "roro",
    km_note="km = great-circle 717 km × 1.17 (upper end of 720–840; gaps_filled.md)",
    days=(KURYK_AMIRABAD_D[0], _KA_TYPICAL, KURYK_AMIRABAD_D[1] + CASPIAN_CLOSURE_D), days_src=CASPIAN_CLOSURE_SRC,
    days_note=f"days: the sailing alone, {KURYK_AMIRABAD_D[0]:g}–{KURYK_AMIRABAD_D[1]:g} days (gaps_filled.md), "
              f"typical {_KA_TYPICAL:g} the middle; the wait for a sailing is the port's at Kuryk (was also added "
              f"here, ~2.2 days assumed, typical 3.6); {CASPIAN_CLOSURE_NOTE}: {KURYK_AMIRABAD_D[1]:g} + "
              f"{CASPIAN_CLOSURE_D} days (was 6.5, assumed)",
    equipment="truck-bulk;truck-reefer;truck-tanker;c20;c40;c40hc;r20;r40",
    remark="RoRo, 32 trucks up to 17 m; a container crosses on its own truck (a 40' rig is about 16.5 m), one "
           "truck per box")
add_derived("ir-road-amirabad-tehran", "amirabad", "tehran", "road", C_CASPIAN_IRAN, ROAD_MOUNTAIN, "IR road",
            "IR road")
# Baku – Poti by rail, timed by the two railways' own figures for their sections, none of them a shipment of the
# calibration sheet: Azerbaijan Railways' container train from the port of Baku (Alat) to Böyük Kəsik, the border
# station, has a normative time of 24 h (a Xi'an – Izmit train took a record 14 h, June/July 2020: ADY Container,
# RailFreight.com and AZERTAC via Konkret.az); Georgian Railway's transit across Georgia, to the Black Sea ports,
# takes 24 h including the customs clearance at the border (its director general at the Tbilisi Silk Road Forum,
# October 2025, aiming at 12 h from 2026 once the Kvishkheti – Zestafoni line is in service, Vestnik Kavkaza).
# The border between them, Böyük Kəsik – Gardabani, is taken to be in those hours and is not added at a node (the
# in-leg rows below): no time for the Azerbaijani side's formalities of its own was found (CPMM times only the two
# countries' road borders).
# The least: the Silk Bridge block train of Georgian Railway's terminal company, Poti – Baku in 34 h (July 2014).
AZ_RAIL_H, GE_RAIL_H, SILK_BRIDGE_H = 24, 24, 34
BAKU_POTI_TYPICAL_D = (AZ_RAIL_H + GE_RAIL_H) / 24
BAKU_POTI_SRC = ["RAILFREIGHT_2020_ADY_RECORD", "KONKRET_2020_ADY_RECORD", "VESTIKAVKAZA_2025_GR_TRANSIT",
                 "AGENDA_2014_SILK_BRIDGE"]
add_derived("azge-rail-baku-poti", "baku", "poti", "rail", C_MIDDLE, RAIL, "", "AZGE rail",
            days=(round(SILK_BRIDGE_H / 24, 2), round(BAKU_POTI_TYPICAL_D, 2), round(1.5 * BAKU_POTI_TYPICAL_D, 2)),
            days_src=BAKU_POTI_SRC, basis="timetable",
            days_note=f"days: typical = Azerbaijan Railways' normative {AZ_RAIL_H} h from the port of Baku (Alat) to "
                      f"Böyük Kəsik on the Georgian border (ADY Container, 2020; a record train took 14 h) + Georgian "
                      f"Railway's {GE_RAIL_H} h across Georgia to the Black Sea ports, customs clearance at the border "
                      f"included (Oct 2025; 12 h announced from 2026, not yet taken) = "
                      f"{BAKU_POTI_TYPICAL_D:g} days; the border Böyük Kəsik – Gardabani is taken to be inside these "
                      f"hours, none added at a node (no time of the Azerbaijani side's own was found: CAREC's survey "
                      f"times the two countries' road borders only); min = the Silk Bridge block train Poti – Baku, "
                      f"{SILK_BRIDGE_H} h (Georgian Railway's terminal company, July 2014); {SPREAD_NOTE}", gauge=1520)
add("sea-poti-karachi", "poti", "karachi", "sea", C_MIDDLE, 7920, [], "sea", "sea box",
    km_note="km = ~4,280 nm via Bosporus and Suez (gaps_filled.md, DER ±5%)", classes=DRY_REEFER_CLASSES,
    equipment=BOXES)
add("pipe-atyrau-novorossiysk", "atyrau", "novorossiysk", "pipeline", C_CPC, 1511, ["TPORTAL_2026_CPC"], "",
    "pipeline", days=(8.7, 11.7, 17.5),
    days_note="days: flow at 2.0 / 1.5 / 1.0 m/s assumed (no transit time found)", classes="liquid_bulk",
    equipment="pipeline", two_way=False, remark="Tengiz–Novorossiysk")
add("sea-tanker-novorossiysk-karachi", "novorossiysk", "karachi", "sea", C_CPC, 7679, [], "", "tanker",
    km_note="km = ~4,150 nm via Bosporus, Suez, Bab-el-Mandeb (gaps_filled.md, DER ±5%)",
    days=(12.3, 14.4, 51), days_src=["THENEWS_2023_RUSCRUDE"],
    days_note="days: 12.3–14.4 sailing at 14–12 kn; max 51 = the 2023 Urals analog with a 12-day Suez queue "
              "and lightering", classes="liquid_bulk", equipment="tanker", two_way=False)
# a tanker's sailing Aktau → Baku takes under this many hours, as the leg's note has said since the first tables
# (the figure's own source is not named there; the Kazakh ferry's 20–22 h over 470 km is of the same order)
CASPIAN_TANKER_H = 20
add("sea-tanker-aktau-baku", "aktau", "baku", "sea", C_BTC, 508, ["SILKROUTE_2025_TITR", "HELM_2024_AKTAU_OIL"],
    "", "tanker", days=(0.8, 1.5, round(CASPIAN_TANKER_H / 24 + CASPIAN_CLOSURE_D, 2)), days_src=CASPIAN_CLOSURE_SRC,
    days_note=f"days: <{CASPIAN_TANKER_H} h sailing (min); typical assumed; {CASPIAN_CLOSURE_NOTE}: "
              f"{CASPIAN_TANKER_H} h + {CASPIAN_CLOSURE_D} days (was 4, assumed)",
    classes="liquid_bulk", equipment="caspian-tanker", two_way=False)
add_derived("pipe-baku-ceyhan", "baku", "ceyhan", "pipeline", C_BTC, RAIL, "", "pipeline",
            days=(8, 11, 16), days_note="days: flow at 2.0 / 1.5 / 1.0 m/s assumed (no transit time found)",
            classes="liquid_bulk", equipment="pipeline", two_way=False)
add("sea-tanker-ceyhan-karachi", "ceyhan", "karachi", "sea", C_BTC, 6058, [], "", "tanker",
    km_note="km = ~3,270 nm via Suez (gaps_filled.md, DER)", days=(9.7, 11.4, 25),
    days_note="days: 9.7–11.4 sailing at 14–12 kn; max assumed 25 (Suez queue)", classes="liquid_bulk",
    equipment="tanker", two_way=False)
add_derived("kz-rail-atyrau-aktau", "atyrau", "aktau", "rail", "", RAIL, "KZ rail", "KZ rail", gauge=1520)

# --- Pakistan, domestic road
add("pk-road-karachi-lahore", "karachi", "lahore", "road", "", 1132,
    ["SAHAFAT_2019_M5", "WIKI_KLM", "PAKWHEELS_2013_KLM"], "PK road", "PK road karachi-lahore",
    km_note="km = Karachi–Sukkur 432 (derived) + Sukkur–Lahore 700 by motorway; range 1,130–1,400")
add("pk-road-lahore-islamabad", "lahore", "islamabad", "road", "", 367, ["NHA_FAQ", "WIKI_KLM", "WIKI_PR_TRAINS"],
    "PK road", "PK road lahore-islamabad")
add("pk-road-islamabad-peshawar", "islamabad", "peshawar", "road", "", 155, ["NHA_FAQ", "WIKI_KLM"], "PK road",
    "PK road islamabad-peshawar")
add("pk-road-karachi-quetta", "karachi", "quetta", "road", "", 688, ["NHA_LIST_SCRIBD"], "PK road", "PK road",
    km_note="km = Karachi–Chaman 813 (NHA) minus Quetta–Chaman ~125 (derived); range 660–695")
add("pk-road-karachi-gwadar", "karachi", "gwadar", "road", "", 653, ["NHA_LIST_SCRIBD"], "PK road", "PK road")
# Gwadar from the north by the CPEC western route, as the first CPEC convoy went (2016): N-25 Quetta – Surab, N-85
# Surab – Hoshab and M-8 Hoshab – Turbat – Gwadar, each completed and operational (CPEC Authority, May 2021; APP's
# copy calls the N-85 'Quetta to Hoshab', The Express Tribune of July 2020 'Hoshab-Surab': it runs from the N-25 at
# Surab, so the Quetta – Surab section is added to it)
QUETTA_GWADAR_KM = {"N-25 Quetta–Surab": 235, "N-85 Surab–Hoshab": 449, "M-8 Hoshab–Gwadar": 193}
add("pk-road-quetta-gwadar", "quetta", "gwadar", "road", "", sum(QUETTA_GWADAR_KM.values()),
    ["BR_2021_CPEC_ROADS", "THENEWS_2021_CPEC_ROADS"], "PK road", "PK road",
    km_note="km = " + " + ".join(f"{road} {km}" for road, km in QUETTA_GWADAR_KM.items())
            + " (CPEC Authority, May 2021: each completed and operational)")
add_derived("pk-road-karachi-port-qasim", "karachi", "port-qasim", "road", "", ROAD_PLAIN, "PK road", "PK road",
            days=(0.1, 0.2, 0.5), days_note="days: city drive, assumed")

# --- Pakistan Railways (1676 mm)
add("pk-rail-karachi-lahore", "karachi", "lahore", "rail", "", 1231, ["WIKI_PR_TRAINS"], "PK rail", "PK rail flat",
    km_note="km = Green Line Karachi–Islamabad 1,521 minus Lahore–Islamabad 290", days=(1.33, 2.3, 3.5),
    days_src=["BR_2021_PCT", "DAWN_2018_ZAHEDAN"],
    days_note="days: premium container train 32 h (min); typical at the Quetta–Zahedan average 22 km/h; "
              "max = 1.5 × typical (assumed)", gauge=1676)
add("pk-rail-karachi-islamabad", "karachi", "islamabad", "rail", "", 1521, ["WIKI_PR_TRAINS"], "PK rail",
    "PK rail flat", gauge=1676)
add("pk-rail-karachi-peshawar", "karachi", "peshawar", "rail", "", 1687, ["PROPK_2023_ML1"], "PK rail",
    "PK rail flat", gauge=1676)
add("pk-rail-karachi-quetta", "karachi", "quetta", "rail", "", 851, ["WIKI_ML3"], "PK rail", "PK rail km",
    km_note="km = Karachi–Rohri ~470 (great-circle 366 × 1.28) + Rohri–Quetta 381 (DER-LOW)", gauge=1676)
# Rohri is where the line to Quetta (ML-3) leaves the main line (ML-1): trains from Lahore or Islamabad to Quetta
# and Taftan turn there rather than going round by Karachi (Karachi–Quetta above already runs through it)
add("pk-rail-rohri-quetta", "rohri", "quetta", "rail", "", 381, ["WIKI_ML3"], "PK rail", "PK rail km", gauge=1676)
add("pk-rail-lahore-rohri", "lahore", "rohri", "rail", "", 1231 - 470, ["WIKI_PR_TRAINS"], "PK rail", "PK rail km",
    km_note="km = Karachi–Lahore 1,231 minus Karachi–Rohri ~470 (great-circle 366 × 1.28, DER-LOW)", gauge=1676)
add("pk-rail-islamabad-rohri", "islamabad", "rohri", "rail", "", 1521 - 470, ["WIKI_PR_TRAINS"], "PK rail",
    "PK rail km", km_note="km = Karachi–Islamabad 1,521 minus Karachi–Rohri ~470 (great-circle 366 × 1.28, DER-LOW)",
    gauge=1676)


# ----------------------------------------------------------------------------------------------- equipment
EQUIPMENT = [
    # id, name, kind, modes, classes, payload t, volume m3, teu, sources, note
    ("c20", "20' dry container", "container", "road;rail;sea;ferry", "bulk_grain;general", 28.18, 33.2, 1,
     "FREIGHTUTILS_CONT", ""),
    ("c40", "40' dry container", "container", "road;rail;sea;ferry", "bulk_grain;general", 26.73, 67.7, 2,
     "FREIGHTUTILS_CONT", ""),
    ("c40hc", "40' high-cube container", "container", "road;rail;sea;ferry", "general", 26.54, 76.3, 2,
     "FREIGHTUTILS_CONT", ""),
    ("r20", "20' reefer container", "container", "road;rail;sea;ferry", "reefer;temp_controlled", 27.4, 27.0, 1,
     "FREIGHTUTILS_CONT", ""),
    ("r40", "40' reefer container", "container", "road;rail;sea;ferry", "reefer;temp_controlled", 25.68, 57.8, 2,
     "FREIGHTUTILS_CONT", ""),
    ("hopper", "Grain hopper wagon", "wagon", "rail;ferry", "bulk_grain", 70, 104, None,
     "RG_2022_HOPPER;RZDPARTNER_HOPPER",
     "payload and volume of the 1520 mm hopper of the CIS railways; the wagons of the 1435 mm (Iran, China) and "
     "1676 mm (Pakistan) lines the grain moves into at a change of gauge are counted alike: no figure for them "
     "was found"),
    ("tank-wagon", "Tank wagon", "wagon", "rail;ferry", "liquid_bulk", 73, 88, None, "RJ_TANKWAGON", ""),
    ("truck-bulk", "Truck (tilt or grain trailer)", "truck", "road;ferry", "bulk_grain;general", 20, 91, None,
     "CPMM23_INTRO;KTZ_PILOT_2024",
     "payload = CPMM's 20-t load (the KTZ pilot trucks carried 21 t); volume = 13.6 × 2.48 × 2.7 m trailer "
     "(assumed standard curtain-sider)"),
    ("truck-reefer", "Reefer truck", "truck", "road;ferry", "reefer;temp_controlled", 20, 57.8, None,
     "CPMM23_INTRO;FREIGHTUTILS_CONT", "payload = CPMM's 20-t load; volume assumed equal to a 40' reefer box"),
    ("truck-tanker", "Road tanker", "truck", "road;ferry", "liquid_bulk", 20, 25, None, "CPMM23_INTRO",
     "payload = CPMM's 20-t load; volume 25 m³ assumed (crude at 0.80 t/m³)"),
    ("tanker", "Crude/products tanker (Karachi size)", "tanker", "sea", "liquid_bulk", 50000, None, None,
     "THENEWS_2023_RUSCRUDE", "payload = ~50,000 t, the largest oil cargo Karachi port took in 2023"),
    # the Caspian is too shallow for sea-going tankers: its crude crosses in small ones
    ("caspian-tanker", "Caspian tanker", "tanker", "sea", "liquid_bulk", 12400, None, None,
     "DARYO_2023_KMTF;NCA_2023_KMTF_TANKERS",
     "payload = 12,400 t, the deadweight of Kazmortransflot's largest Caspian tankers (Astana, Aktau, Almaty; its "
     "2023 tankers take 8,000 t): the deadweight stands in for the cargo, its fuel and stores not deducted (no "
     "figure found)"),
    ("pipeline", "Pipeline batch", "pipeline", "pipeline", "liquid_bulk", 1000000, None, None, "UPSTREAM_2022_CPC",
     "payload set far above any consignment: a pipeline batch is not a unit limit"),
]

ONION_SHELF_DAYS = 6 * 30

# how long a perishable keeps, where a carrier's reefer table gives it: the shorter end of the range it reports, so
# that a route that may take longer is pointed out (the longer end is said in the note)
SHELF_LIFE = {
    "potatoes": (56, "shelf life = the shorter end of the 56–140 days maximum storage time at +10 to +12 °C "
                     "(Utopia Logistics' chart)"),
    "citrus": (21, "shelf life = the shorter end of the 21–56 days approximate storage of mandarin oranges at +4 "
                   "to +8 °C (Agile Shipping's reefer table); an exporter's page gives 50–60 days for kinnow "
                   "(CLUBENSAYOS_KINNOW, low reliability)"),
    "onions": (ONION_SHELF_DAYS, "shelf life = 6 months, counted as 180 days, the shorter end of the 6–9 months' "
                                 "storage life of dry onions at 0 °C and 65–75 % RH (Cargo Handbook); uncooled, at "
                                 "12–20 °C, onions keep up to 50 days (GARD_ONIONS): a reefer that fails shortens it"),
    "mangoes": (14, "shelf life = the shorter end of the 14–21 days approximate storage of mangoes at +10 to +14 °C "
                    "(Agile Shipping's reefer table)"),
}

# milled white rice in bags: 1.39–1.45 m³/t (Cargo Handbook, white rice in bags or bulk; HandyBulk, white (polished)
# rice bagged 50/52 ft³ per long ton = 1.39–1.45 m³/t), the middle of the range
RICE_SF = (1.39 + 1.45) / 2
RICE_DENSITY = round(1 / RICE_SF, 3)
RICE_NOTE = (f"density = 1 / {RICE_SF:.2f} m³/t, the middle of the 1.39–1.45 m³/t stowage factor of white rice in "
             f"bags (Cargo Handbook; HandyBulk's 50/52 ft³ per long ton); a ship's stowage factor counts the space "
             f"lost between bags, so a 20' box ({33.2 * RICE_DENSITY:.1f} t of its 33.2 m³) may take a little more: "
             f"a trader's page speaks of 20–25 t of bagged rice in a 20' (AMETHEUS_RICE_LOAD, not used); no shelf "
             f"life: milled rice keeps for months when dry, and the risks the handbook names are moisture, heating "
             f"and insects, not time; Pakistani rice goes north in containers (rice was in the first Pakistan → "
             f"Kazakhstan consignment by the Quetta–Zahedan line, April 2017)")

# wheat flour in bags: 51/59 ft³ per long ton (HandyBulk, wheat flour bagged), the middle of the range in m³/t
FT3_PER_LONG_TON = 0.028316846592 / 1.0160469088  # m³ per t for one cubic foot per long ton
FLOUR_SF = (51 + 59) / 2 * FT3_PER_LONG_TON
FLOUR_DENSITY = round(1 / FLOUR_SF, 3)
FLOUR_NOTE = (f"density = 1 / {FLOUR_SF:.3f} m³/t, the middle of the 51/59 ft³ per long ton "
              f"({51 * FT3_PER_LONG_TON:.2f}–{59 * FT3_PER_LONG_TON:.2f} m³/t) stowage factor of bagged wheat flour "
              f"(HandyBulk), so a 20' box takes {33.2 * FLOUR_DENSITY:.1f} t of its 33.2 m³; no shelf life: flour in "
              f"transit spoils by damp, heat, taint or insects (Cargo Handbook), not by days; Kazakh flour goes south "
              f"mostly to Afghanistan (2 million t in 2023, WORLDNAN_2024_AFFLOUR) and, by the Grain Union's "
              f"account, not directly to Pakistan (GRAINUNION_PK_BAN); the covered wagons it often travels in are not "
              f"in the tables, so it is priced in containers and tilt trucks")
# onions in 25 kg mesh bags in 40' reefers: a Karachi exporter speaks of containers of 25 t (BDREPORTS_2015_ONION);
# 25 t is under a 40' reefer's 25.68 t payload, so the box is full by volume: 25 t / 57.8 m³
ONION_T_PER_BOX = 25
ONION_DENSITY = round(ONION_T_PER_BOX / 57.8, 3)
ONION_NOTE = (f"density = {ONION_T_PER_BOX} t per container ('containers of 25 tons each', a Karachi exporter, "
              f"2015, BDREPORTS_2015_ONION, low reliability) / 57.8 m³ of a 40' reefer, the box the tonnage is taken "
              f"to be of (the source does not name it; 25 t would not fit the 27 m³ of a 20'); cross-check: 90 "
              f"containers of Indian onions landed at Karachi held 1,170 t, 13 t each, in boxes of an unstated size "
              f"(PFVA_2013_ONION); carried at 0 °C, vents open (Cargo Handbook: 10 m³/h; Gard: onions must be "
              f"carried refrigerated)")
# mangoes in cartons on pallets: 180 cartons of 4.5 kg net a pallet (an importer's packing protocol), 20 standard
# pallets in a 40' box (a shipping agent's guidance): 16.2 t in the 57.8 m³ of a 40' reefer
MANGO_T_PER_BOX = 20 * 180 * 4.5 / 1000
MANGO_DENSITY = round(MANGO_T_PER_BOX / 57.8, 3)
MANGO_NOTE = (f"density = {MANGO_T_PER_BOX:.1f} t per 40' reefer / 57.8 m³: 20 standard pallets (a 40' takes "
              f"20–21, PILJORDAN_PALLETS) × 180 cartons × 4.5 kg net (an importer's pallet of Kent mangoes, "
              f"ORIGINFRUIT_MANGO_PACK); an estimate from two low-reliability pages, for cartons of another size or "
              f"pallets stacked otherwise the load differs; no figure for Pakistani mango loads was found; mangoes "
              f"were in the first Pakistan → Kazakhstan consignment by the Quetta–Zahedan line (April 2017)")

CARGO = [
    # id, name, aliases, class, density t/m3, temperature, sources, note (a shelf life is added from SHELF_LIFE)
    ("wheat", "Wheat", "grain;bread wheat;durum", "bulk_grain", 0.774, "", "DEERE_DENSITY", ""),
    ("oats", "Oats", "", "bulk_grain", 0.413, "", "DEERE_DENSITY", ""),
    ("barley", "Barley", "", "bulk_grain", 0.619, "", "DEERE_DENSITY", ""),
    ("flax-seed", "Flax seed", "flax;linseed;flaxseed", "bulk_grain", 0.722, "", "DEERE_DENSITY", ""),
    ("lentils", "Lentils and chickpeas", "lentils;chickpeas;pulses;peas;chana", "bulk_grain", 0.69, "",
     "SHIPPINGWHALE_SF;HVMTL_PEAS_SF", "density = proxy: haricot beans 1.45 m³/t and yellow peas 1.42–1.47 m³/t "
     "in bulk (no lentil or chickpea figure found)"),
    ("crude-oil", "Crude oil", "crude;oil;CPC Blend;KEBCO", "liquid_bulk", 0.802, "", "ARGUS_2021_SIBLIGHT",
     "density = 141.5 / (131.5 + 45) for an assumed 45° API light crude (CPC Blend is 'light sour'; its API "
     "gravity was not found)"),
    ("potatoes", "Potatoes", "potato", "reefer", 0.65, "+10 to +12 °C", "UTOPIA_TEMP",
     "density 0.65 t/m³ assumed (no sourced figure); any value above 0.44 t/m³ fills a 40' reefer by weight "
     "first, as the kinnow loads show"),
    ("citrus", "Citrus (kinnow)", "kinnow;mandarin;mandarins;oranges;tangerines", "reefer", 0.483,
     "+4 to +8 °C, RH 90–95 %", "ASALMEDIA_2013_KINNOW;AGILE_REEFER;CLUBENSAYOS_KINNOW",
     "density = 27.9 t per container (39,000 t in 1,400 containers, Dec 2012) / 57.8 m³ of a 40' reefer"),
    # bagged milled rice, 25–50 kg bags in dry containers or tilt trucks: general cargo, not the grain class, whose
    # hopper wagons and grain tariffs are for bulk grain (no milled rice in hoppers on these corridors was found)
    ("rice", "Rice (basmati, long-grain)", "basmati;basmati rice;sella;chawal;рис;күріш;چاول", "general",
     RICE_DENSITY, "",
     "CARGOHB_RICE;HANDYBULK_RICE;AMETHEUS_RICE_LOAD;DPT_2017_ZAHEDAN", RICE_NOTE),
    # bagged wheat flour (50 kg bags), Kazakhstan's great export south: general cargo, like bagged rice
    ("wheat-flour", "Wheat flour", "flour;muka;мука;ұн;آٹا;atta", "general", FLOUR_DENSITY, "",
     "HANDYBULK_WHEAT;CARGOHB_FLOUR;WORLDNAN_2024_AFFLOUR;GRAINUNION_PK_BAN", FLOUR_NOTE),
    ("onions", "Onions", "onion;piyaz;лук;пияз;پیاز", "reefer", ONION_DENSITY, "0 °C, RH 65–75 %",
     "BDREPORTS_2015_ONION;PFVA_2013_ONION;CARGOHB_ONIONS;GARD_ONIONS", ONION_NOTE),
    ("mangoes", "Mangoes", "mango;aam;манго;آم", "reefer", MANGO_DENSITY, "+10 to +14 °C, RH 85–95 %",
     "PILJORDAN_PALLETS;ORIGINFRUIT_MANGO_PACK;AGILE_REEFER;DPT_2017_ZAHEDAN", MANGO_NOTE),
    ("pharmaceuticals", "Pharmaceuticals", "medicines;pharma;drugs", "temp_controlled", 0.3, "+2 to +8 °C (label)",
     "WHO_TRS961", "density 0.3 t/m³ assumed (light cartons; volume-bound); no sourced figure"),
    ("garments", "Garments and knitwear", "knitwear;clothing;textiles;apparel", "general", 0.32, "",
     "SHIPPINGWHALE_SF", "density = proxy: bath towels in cases 3.10 m³/t (no garment figure found)"),
    ("general", "General containerised cargo", "general cargo;containerised;containerized", "general", 0.32, "",
     "SHIPPINGWHALE_SF", "density = the garments proxy (3.10 m³/t), for cargo counted in containers"),
]

# ----------------------------------------------------------------------------------------------- rates
# Kazakh rail, from KTZ's published grain rates Kostanay→Dostyk (Feb 2010) over the derived distance.
KOSTANAY_DOSTYK_KM = round(gc_km(COORDS["Kostanay"], COORDS["Dostyk"]) * RAIL)
KTZ_NOTE = (f"KTZ rate Kostanay→Dostyk, Feb 2010 ÷ {KOSTANAY_DOSTYK_KM:,} km (great-circle × rail factor 1.24); "
            f"carried forward in US dollars because no later absolute tariff for this wagon on this railway was "
            f"found (the reports of KTZ's rises since give percentages without a base, and a 2026 rise is only "
            f"proposed); the one later absolute KTZ figure, for grain in 2025 (USD {KZ_GRAIN_USD} a tonne for "
            f"{KZ_GRAIN_KM:,} km, USD {KZ_GRAIN_USD / KZ_GRAIN_KM:.4f} per t·km, ORDA_2025_KTZGRAIN), is about half "
            f"the carried-forward grain rate, USD {23.94 / KOSTANAY_DOSTYK_KM:.4f}: the tenge fell from 148 to about "
            f"505 per dollar faster than the tariffs rose, so this figure may be high; cross-check: the 2023 "
            f"track-only grain export tariff of 4.13 KZT/t·km on DTJ lines is USD {4.13 / 503:.4f} per t·km at "
            f"503 KZT/USD")
# The CIS railways (KZH, UTI, TRK, AZ, GR among the parties to the Tariff Agreement) charge international transit
# under the CIS Tariff Policy in Swiss francs; China, Iran and Afghanistan are not parties, so their rows do not say it.
CIS_TP_PARTIES = {"KZ rail", "UZ rail", "TM rail", "TM rail akyayla", "AZGE rail"}
CIS_TP_NOTE = ("; international transit on this railway is charged under the CIS Tariff Policy in Swiss francs "
               "(base rates per tonne by distance and wagon load, times each railway's coefficients), but no copy of "
               "its base-rate tables (Section 3) for any freight year was found, only the headings of the 2015, 2017 "
               "and 2024 texts, nor its CHF coefficients after June 2024, so a national rate stands in")
# The 2010 KTZ rate on another railway: why not KTZ's 2025 grain figure, and what a transit tariff of the region
# charges for grain (RZD's figure for Russian grain across Kazakhstan in 2022 in rubles, at the table's ruble rate)
KZ_TRANSIT_RUB_T, KZ_TRANSIT_KM = 2500, 2000
OTHER_RAILWAY_NOTE = ("; this railway's own tariff for the wagon was not found, so KTZ's 2010 rate stands in for it; "
                      f"KTZ's 2025 grain figure (USD {KZ_GRAIN_USD / KZ_GRAIN_KM:.4f} per t·km) is not used on another "
                      f"railway: it is KTZ's regulated tariff for Kazakh grain on Kazakh lines, on which KTZ reports "
                      f"a loss (ORDA_2025_KTZGRAIN)")
TM_TRANSIT_NOTE = ("; Kazakh grain crosses Turkmenistan in transit, and transit tariffs for grain found in the region "
                   f"are higher than this rate: Kazakh grain across Uzbekistan to Galaba USD {UZ_GRAIN_USD} a tonne "
                   f"for {UZ_GRAIN_KM} km, USD {UZ_GRAIN_USD / UZ_GRAIN_KM:.4f} per t·km (2025, ORDA_2025_KTZGRAIN), "
                   f"and Russian grain across Kazakhstan 'about {KZ_TRANSIT_RUB_T:,} rubles' a tonne for 'about "
                   f"{KZ_TRANSIT_KM:,} km' under a transit tariff tied to the Swiss franc (Russian Railways, November "
                   f"2022, TAJNEWS_2022_KZTRANSIT), RUB {KZ_TRANSIT_RUB_T / KZ_TRANSIT_KM:.2f} per t·km = USD "
                   "{kz_transit_usd:.4f} at the table's {rub:.2f} RUB/USD; set against those transit tariffs this "
                   "rate is more likely low than high, though it is twice KTZ's own 2025 grain figure; no Turkmen "
                   "grain tariff later than the 2010 base was found (searched: Turkmen transit tariffs and discounts "
                   "for grain to Iran and Afghanistan, 2016–2026)")
KZ_RAIL = {
    "hopper": ("per_tkm", 23.94 / KOSTANAY_DOSTYK_KM, f"USD 23.94/t hopper wagon: {KTZ_NOTE}"),
    "tank-wagon": ("per_tkm", 23.94 / KOSTANAY_DOSTYK_KM,
                   f"not a tank-wagon rate: KTZ's February 2010 grain rate for hopper wagons, USD 23.94/t, stands in "
                   f"for tank wagons, as no rate for oil or other liquids in tank wagons was found (the one KTZ oil "
                   f"figure, a 0.42 reduction index for crude Makhambet → Aktau port, Sep–Dec 2024, applies to a "
                   f"regulated tariff whose base was not found, KTZ_2024_OILINDEX): {KTZ_NOTE}"),
    "c20": ("per_unit_km", 46.98 * 21 / KOSTANAY_DOSTYK_KM, f"USD 46.98/t × 21 t per 20' box: {KTZ_NOTE}"),
    "r20": ("per_unit_km", 46.98 * 21 / KOSTANAY_DOSTYK_KM, f"dry 20' rate: USD 46.98/t × 21 t: {KTZ_NOTE}"),
    "c40": ("per_unit_km", 68.60 * 24 / KOSTANAY_DOSTYK_KM, f"USD 68.60/t × 24 t per 40' box: {KTZ_NOTE}"),
    "c40hc": ("per_unit_km", 68.60 * 24 / KOSTANAY_DOSTYK_KM, f"USD 68.60/t × 24 t per 40' box: {KTZ_NOTE}"),
    "r40": ("per_unit_km", 68.60 * 24 / KOSTANAY_DOSTYK_KM, f"dry 40' rate: USD 68.60/t × 24 t: {KTZ_NOTE}"),
}
REEFERS = ("r20", "r40")
# A reefer box on the CIS railways: the CIS railways' transit tariff (MTT, section 34, as amended by change 115 in
# force from 15 August 2012) charges a refrigerated container, loaded or empty, the universal container's rate of
# its size × 1.35. No reefer rate of KTZ's own for a carrier's or shipper's box was found: KTZ's 1.7 (Apr–Dec 2024)
# is for its own 40' reefers on its own platforms, so it is named, not used. China, Iran and Afghanistan are not
# parties to the MTT, and no reefer coefficient of theirs was found: their reefer rows stay at the dry box's rate.
MTT_REEFER = 1.35
MTT_REEFER_NOTE = (f"; × {MTT_REEFER} for a reefer: the CIS railways' transit tariff (MTT, §34, in force from 15 Aug "
                   f"2012) charges a refrigerated container, loaded or empty, the universal container's rate × "
                   f"{MTT_REEFER}; no reefer rate of this railway's own for a carrier's box was found, so the "
                   f"MTT's ratio, not its rate, is put on the dry box's rate above")
KTZ_REEFER_NOTE = ("; KTZ's own coefficient, 1.7 (Apr–Dec 2024), is for its own 40' reefers on its own platforms, "
                   "not a carrier's box, so it is not used: it would be higher")
NO_REEFER_RAIL_NOTE = ("; a reefer at the dry box's rate: no reefer rate or coefficient of this railway's own was "
                       "found, and the CIS railways' 1.35 for a reefer (MTT) is not applied, this railway not being "
                       "a party to that tariff")
KZ_GRAIN_NOTE = (f"KTZ: grain over {KZ_GRAIN_KM:,} km to Saryagash costs 'around $12' a tonne (2025; the month is "
                 f"not published), USD {KZ_GRAIN_USD / KZ_GRAIN_KM:.6f} per t·km on every Kazakh line; 'around' "
                 f"is KTZ's own rounding. The regulated tariffs rise 24 % a year 2024–2026 and KTZ has applied for "
                 f"more in 2026 (see the closures' warning on the Kazakh lines)")
UZ_GRAIN_NOTE = (f"the Uzbek tariff on Kazakh grain in transit to Galaba (Afghan border), USD {UZ_GRAIN_USD} a tonne "
                 f"over {UZ_GRAIN_KM} km from Keles (KTZ, 2025, after the Uzbek cut of March 2025), "
                 f"USD {UZ_GRAIN_USD / UZ_GRAIN_KM:.6f} per t·km")

# Turkmenistan's Serhetyaka coefficient excludes oil and oil products in tank wagons (GNG chapter 27): a tank wagon
# there takes the carried-forward Kazakh rate as it is
TM_TANK_NOTE = ("no Turkmen coefficient: the 0.70 via Serhetyaka (Q1 2026, TRK_2026Q1_TARIFF; Q3 2025, "
                "TRK_2025Q3_TARIFF) is for goods other than oil and oil products carried in tank wagons, and no "
                "coefficient for those was found, so the carried-forward Kazakh rate is used unscaled")
TM_TANK_SOURCES = ["IDK_2010_KTZ_GRAIN", "TRK_2026Q1_TARIFF", "TRK_2025Q3_TARIFF"]
# Bolashak–Bereket leads both to Akyayla and on to Sarakhs or Serhetabat. Demiryollary's notice for Q1 2026
# (TRK_2026Q1_TARIFF, item 15.2) gives 0.50 to goods in transit via Akyayla (exp.) in any wagon and in containers,
# and takes the sections Serhetyaka (exp.)–Akyayla (exp.) out of the 0.70 via Serhetyaka: a wagon leaving by
# Akyayla pays 0.50 on the whole Turkmen section, Bolashak–Bereket included. One rate per leg cannot know where the
# wagon goes on, so Bolashak–Bereket keeps the 0.70 of the wagons that go on to Sarakhs or Serhetabat, and
# Bereket–Etrek, which only a wagon leaving by Akyayla takes, charges the rest of the section's 0.50: the two legs
# together come to 0.50 × the section's km, as the notice says.
TM_SHARED_LEG = "tm-rail-bolashak-bereket"
TM_SERHETYAKA_COEF, TM_AKYAYLA_COEF = 0.70, 0.50
TM_AKYAYLA_LEG_FACTOR = ((TM_AKYAYLA_COEF * TM_TRANSIT_KM - TM_SERHETYAKA_COEF * TM_KM["bolashak-bereket"][0])
                         / TM_BEREKET_ETREK_KM)
TM_SHARED_TANK_NOTE = ("for oil in tank wagons the 0.70 is a compromise on this leg: oil going on to Sarakhs or "
                       "Serhetabat takes no coefficient (the 0.70 excludes oil in tank wagons, and its other legs take "
                       "none); oil leaving by Akyayla pays 0.50 on the whole section, which the Bereket–Etrek leg "
                       "settles")

RAIL_FACTORS = {
    # profile: (multiplier on the Kazakh rate, sources, how)
    "KZ rail": (1.0, ["IDK_2010_KTZ_GRAIN", "ZHAUN_2025_KTZ", "DTJ_2023_TARIFF", "RAILFREIGHT_2025_KTZ",
                      "TREND_2024_KTZEXPORT"], ""),
    "UZ rail": (626 / 883, ["IDK_2010_KTZ_GRAIN", "CPMM23_UZ", "CPMM22_KZ"],
                "× 0.71 = CPMM rail cost Uzbekistan USD 626 (2023; 635 in 2022) / Kazakhstan USD 883 (2022; no 2023 "
                "figure found) per 500 km per 20 t"),
    "AF rail": (626 / 883, ["IDK_2010_KTZ_GRAIN", "CPMM23_UZ", "CPMM22_KZ"],
                "Uzbek rate as proxy (Afghan line built and long run by Uzbekistan Railways): × 0.71 CPMM UZ/KZ"),
    "TM rail": (TM_SERHETYAKA_COEF, ["IDK_2010_KTZ_GRAIN", "TRK_2026Q1_TARIFF", "TRK_2025Q3_TARIFF"],
                "× 0.70 Turkmen transit coefficient via Serhetyaka (private wagons, Q1 2026; the same for Q3 2025, "
                "TRK_2025Q3_TARIFF; carried forward past March 2026, no later notice found) on the Kazakh rate: the "
                "coefficient applies to CIS Tariff Policy base rates set in Swiss francs, whose tables were not "
                "retrievable, so it is applied to the carried-forward Kazakh rate instead; a wagon that leaves by "
                "Akyayla pays 0.50 on the whole section from Serhetyaka, which the Bereket–Etrek leg settles"),
    "TM rail akyayla": (TM_AKYAYLA_LEG_FACTOR, ["IDK_2010_KTZ_GRAIN", "TRK_2026Q1_TARIFF"],
                        f"× {TM_AKYAYLA_LEG_FACTOR:.3f}: the Turkmen transit coefficient via Akyayla towards Iran is "
                        f"0.50 on the whole section from Serhetyaka, in any wagon and in containers (Q1 2026, "
                        f"item 15.2.1.1; the section Serhetyaka–Akyayla is taken out of the 0.70 via Serhetyaka), "
                        f"0.50 × {TM_TRANSIT_KM} km = {TM_AKYAYLA_COEF * TM_TRANSIT_KM:g}; Bolashak–Bereket, "
                        f"shared with the wagons going on to Sarakhs and Serhetabat, already charges "
                        f"0.70 × {TM_KM['bolashak-bereket'][0]} km = "
                        f"{TM_SERHETYAKA_COEF * TM_KM['bolashak-bereket'][0]:g}, so this leg's "
                        f"{TM_BEREKET_ETREK_KM} km charge the rest (exact for a wagon from Bolashak; a wagon from "
                        f"Tejen pays 0.70 before Bereket); on the Kazakh rate (Tariff Policy base rates in CHF not "
                        f"retrievable, see the other Turkmen legs)"),
    "IR rail": (1.0, ["IDK_2010_KTZ_GRAIN", "NCA_2024_RAI"],
                "Kazakh rate stands in for Iran for containers: Iranian Railways says transit gets discounts (Feb "
                "2024) but publishes no figure; its one tariff found is per tonne in bulk wagons (2021)"),
    "CN rail": (612 / 883, ["IDK_2010_KTZ_GRAIN", "CPMM23_CN", "CPMM22_KZ"],
                "no Chinese rail tariff found: × 0.69 = CPMM rail cost PRC USD 612 (2023) / Kazakhstan USD 883 "
                "(2022) per 500 km per 20 t, as for Uzbekistan"),
    "AZGE rail": (1.0, ["IDK_2010_KTZ_GRAIN", "TENGRI_2025_TARIFF"],
                  "Kazakh rate stands in for Azerbaijan and Georgia: the unified Middle Corridor tariff agreed in "
                  "Oct 2025 was not published"),
}

# Iranian Railways' transit tariff in bulk wagons, Sarakhs → Bandar Abbas: the one absolute Iranian rail rate found
RAI_TRANSIT_CHF = 35.0
RAI_TRANSIT_NOTE = (f"Iranian Railways transit tariff Sarakhs → Bandar Abbas in bulk wagons, CHF 35 per tonne in its "
                    f"own wagons (28 in private wagons; at least 55 t charged a wagon, or what the wagon can carry "
                    f"of the cargo where that is less, assumed for a light cargo), valid 11 Mar–21 Jun 2021, "
                    f"published for transit sulphur; ÷ {IR_RAIL_KM:,} km Sarakhs–Mashhad–Bafq–Bandar Abbas in these "
                    f"tables = CHF {RAI_TRANSIT_CHF / IR_RAIL_KM:.5f} per t·km, applied per km on every Iranian "
                    f"line; carried forward in Swiss francs: no later transit tariff and no grain rate was found")
RAI_TRANSIT = {"hopper": RAI_TRANSIT_NOTE,
               "tank-wagon": f"the bulk-wagon rate used for tank wagons (no oil rate found): {RAI_TRANSIT_NOTE}"}

# Pakistan Railways: Rs 160,000 per container Karachi→Lahore/Rawalpindi/Peshawar, escalated by the 2023–24 hikes
PK_RAIL_BOX = round(160000 * 1.05 * 1.05 * 1.03)
PK_RAIL_WAGON = round(185000 * 1.05 * 1.05 * 1.03)
PK_HIKES = "× 1.05 (Sep 2023) × 1.05 (Dec 2023) × 1.03 (Jul 2024)"
PK_RAIL_SOURCES = ["SOCIETYNEWS_PR_CUT", "PROPK_2023_PRHIKE", "NATION_2023_PRHIKE", "PROPK_2024_PRHIKE"]

BLACK_SEA_FAK = {1: 2750, 2: 4100}  # MSC, Far East → Black Sea ports, USD per 20' / 40', 1–14 Apr 2025
KURYK_AMIRABAD_KM = next(leg.km for leg in LEGS if leg.leg_id == "ferry-kuryk-amirabad")
BBL_PER_T = 1 / 0.802 / 0.158987  # barrels in a tonne of crude at 0.802 t/m³ (the crude's density below)
BTC_USD_T = 3.5 * BBL_PER_T
GULF_FEEDERS = {"sea-bandar-abbas-karachi", "sea-bandar-abbas-port-qasim", "sea-bandar-abbas-gwadar",
                "sea-gwadar-karachi"}
IACI_FEU = 573  # Drewry Intra-Asia Container Index, USD per 40', 1 Nov 2024
TANKER_KM_BLACKSEA_MED = round(gc_km(COORDS["Novorossiysk"], (37.23, 15.22)) * SEA)
TANKER_USD_TKM = 22.14 / 2 / TANKER_KM_BLACKSEA_MED
CASPIAN_TANKER_USD_T = 30  # REPORTAZ_CASPIAN_FREIGHT


@dataclass
class Rate:
    leg_id: str
    direction: str
    equipment: str
    charge: str
    basis: str
    amount: float
    currency: str
    sources: list[str]
    note: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    remark: str = ""
    as_of: dt.date | None = None  # blank: the date of the oldest source it rests on
    min_t_per_unit: float | None = None  # a rate per tonne or t·km: the least tonnes charged a wagon


# A wagon is charged for at least a minimum weight. Iranian Railways' transit tariff says so, 55 t a wagon (its
# rows carry it as sourced); the CIS railways charge the actual weight but not less than a minimum weight norm set
# per cargo (Tariff Guide No. 1, Price List 10-01, section 2.3.1), whose figures for grain were not found, so the
# Iranian 55 t stands in for them. A wagon that cannot hold that much of a light cargo (oats fill a hopper at 43 t)
# is charged for what it can hold (assumed: a norm above what the wagon takes would bar the cargo from it).
WAGON_MIN_T = 55.0
WAGON_MIN_NOTE = ("; a wagon is charged for at least 55 t, or what it can carry of the cargo where that is less: "
                  "Iranian Railways' minimum a wagon (AHVAZCCIM_2021_RAI), the one minimum charged weight found, "
                  "stands in for this railway's minimum weight norm (the CIS railways charge the actual weight but "
                  "not less than a norm set per cargo, Tariff Guide No. 1 section 2.3.1; no figure for grain found)")
WAGON_MIN_SOURCES = ["AHVAZCCIM_2021_RAI", "RZD_TR1_MVN"]
WAGONS = ("hopper", "tank-wagon")


def _other_railway_note(profile: str, equipment: str) -> str:
    """What a rate derived from KTZ's 2010 rate says beyond its working: the Tariff Policy for the CIS railways, why
    KTZ's 2025 grain figure is not used on another railway, and, on the Turkmen lines, the transit tariffs found."""
    note = CIS_TP_NOTE if profile in CIS_TP_PARTIES else ""
    if profile == "KZ rail" or profile == "IR rail" and equipment in RAI_TRANSIT:
        return note
    note += OTHER_RAILWAY_NOTE if equipment == "hopper" else ("; this railway's own tariff for the wagon was not "
                                                             "found, so KTZ's 2010 rate stands in for it")
    if profile.startswith("TM rail") and equipment == "hopper":
        note += TM_TRANSIT_NOTE.format(kz_transit_usd=KZ_TRANSIT_RUB_T / KZ_TRANSIT_KM / RUB_PER_USD,
                                       rub=RUB_PER_USD)
    return note


def rates_for(leg: LegRow) -> list[Rate]:
    t = leg.tariff
    rates: list[Rate] = []
    if t == "planned":
        return rates
    if t in RAIL_FACTORS or t == "UZ rail grain-af":
        profile = "UZ rail" if t == "UZ rail grain-af" else t
        for equipment, (basis, amount, what) in KZ_RAIL.items():
            if t == "IR rail" and equipment in RAI_TRANSIT:
                rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_tkm", RAI_TRANSIT_CHF / IR_RAIL_KM,
                                  "CHF", ["AHVAZCCIM_2021_RAI"], RAI_TRANSIT[equipment],
                                  valid_from=D(2021, 3, 11), as_of=D(2021, 5, 15), min_t_per_unit=WAGON_MIN_T))
                continue
            factor, sources, how = RAIL_FACTORS[profile]
            if t == "TM rail" and equipment == "tank-wagon":
                if leg.leg_id == TM_SHARED_LEG:
                    how = f"{how}; {TM_SHARED_TANK_NOTE}"
                else:
                    factor, sources, how = 1.0, TM_TANK_SOURCES, TM_TANK_NOTE
            if equipment == "hopper" and profile not in ("KZ rail", "IR rail"):  # the figures its note compares
                sources = [*sources, "ORDA_2025_KTZGRAIN"] + (["TAJNEWS_2022_KZTRANSIT"]
                                                              if profile.startswith("TM rail") else [])
            note = what + (f"; {how}" if how else "") + _other_railway_note(profile, equipment)
            if equipment in REEFERS and profile in CIS_TP_PARTIES:
                kz = profile == "KZ rail"
                factor, note = factor * MTT_REEFER, note + MTT_REEFER_NOTE + (KTZ_REEFER_NOTE if kz else "")
                sources = [*sources, "MTT_2012_REEFER"] + (["KTZ_2024_REEFER17"] if kz else [])
            elif equipment in REEFERS:
                note += NO_REEFER_RAIL_NOTE
            if t == "KZ rail" and equipment == "tank-wagon":
                note = (f"{note}; on Kazakh lines it is {amount / (KZ_GRAIN_USD / KZ_GRAIN_KM):.1f} × the 2025 "
                        f"grain rate hopper wagons are charged here (USD {amount:.6f} against "
                        f"{KZ_GRAIN_USD / KZ_GRAIN_KM:.6f} per t·km, ORDA_2025_KTZGRAIN): a tonne in a tank wagon "
                        f"costs about twice a tonne of grain in a hopper because its source is 15 years older, not "
                        f"for any sourced difference between the wagons")
            more, extra = (WAGON_MIN_NOTE, WAGON_MIN_SOURCES) if equipment in WAGONS else ("", [])

            def wagon(rate_sources: list[str], equipment: str = equipment) -> dict:
                """A wagon's least weight; the rate as old as its own sources, not the minimum's."""
                return ({"min_t_per_unit": WAGON_MIN_T, "as_of": source_date(rate_sources)}
                        if equipment in WAGONS else {})

            if t == "KZ rail" and equipment == "hopper":
                rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_tkm", KZ_GRAIN_USD / KZ_GRAIN_KM,
                                  "USD", ["ORDA_2025_KTZGRAIN", *extra], KZ_GRAIN_NOTE + more,
                                  **wagon(["ORDA_2025_KTZGRAIN"])))
            elif t == "UZ rail grain-af" and equipment == "hopper":
                grain = ["ORDA_2025_KTZGRAIN", "ORDA_2025_GRAINTARIFF"]
                rates.append(Rate(leg.leg_id, "forward", equipment, "freight", "per_tkm", UZ_GRAIN_USD / UZ_GRAIN_KM,
                                  "USD", grain + extra, UZ_GRAIN_NOTE + more, valid_from=D(2025, 3, 1),
                                  **wagon(grain)))
                rates.append(Rate(leg.leg_id, "reverse", equipment, "freight", basis, amount * factor, "USD",
                                  sources + extra, note + "; towards Kazakhstan: no Uzbek grain rate found" + more,
                                  **wagon(sources)))
            else:
                rates.append(Rate(leg.leg_id, "both", equipment, "freight", basis, amount * factor, "USD",
                                  sources + extra, note + more, **wagon(sources)))
        return rates
    if t in ("KZ road", "KZ road toll", "UZ road", "AF road", "PK road", "CN road", "IR road", "CAREC road") or \
            t.startswith("PK road "):
        country = t[:2]
        if t == "CAREC road":  # the road over Irkeshtam, through Uzbekistan, Kyrgyzstan and China
            # dated by the costs it averages, not by the distances that weight them
            rates.append(Rate(leg.leg_id, "both", "*", "freight", "per_unit_km", IRK_TFI3 / 500, "USD",
                              IRK_TFI3_SOURCES, IRK_TFI3_NOTE + "; dated by its costs, not by the km",
                              as_of=source_date([TFI3[c][1] for c in IRK_KM])))
        elif country in TFI3:
            value, source, year = TFI3[country]
            rates.append(Rate(leg.leg_id, "both", "*", "freight", "per_unit_km", value / 500, "USD", [source],
                              f"CPMM {country} road cost USD {value:,} per 500 km per 20-t truck ({year}) ÷ 500"))
        else:
            rates.append(Rate(leg.leg_id, "both", "*", "freight", "per_unit_km", TFI3_MEDIAN / 500, "USD",
                              TFI3_MEDIAN_SOURCES,
                              "no Iranian road rate found (Iran is not in the CAREC survey): median of CPMM road "
                              f"costs KZ/UZ/AF/PK (USD {TFI3_MEDIAN:,.1f} per 500 km per 20 t) ÷ 500"))
        if t == "KZ road toll":
            rates.append(Rate(leg.leg_id, "both", "*", "toll (category-I road, truck over 15 t)", "per_unit_km", 41,
                              "KZT", ["KZ_TOLL_2026"], "", valid_from=D(2026, 1, 1),
                              remark="48 KZT/km if paid afterwards"))
        fares = PK_FARES.get(leg.leg_id)
        if fares:
            rates.pop(0)  # a sourced fare replaces the CPMM average
            rates[0:0] = fares
        return rates
    if t.startswith("PK rail"):
        if t == "PK rail flat":
            for equipment, amount, what in (("*", PK_RAIL_BOX, f"Rs 160,000 per container {PK_HIKES}"),
                                            ("hopper", PK_RAIL_WAGON, f"Rs 185,000 big goods wagon {PK_HIKES}"),
                                            ("tank-wagon", PK_RAIL_WAGON, f"Rs 185,000 big goods wagon {PK_HIKES}")):
                rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_unit", amount, "PKR",
                                  PK_RAIL_SOURCES, f"{what}; one rate Karachi to Lahore, Rawalpindi or Peshawar"))
        else:
            for equipment, amount, what in (("*", PK_RAIL_BOX, "container"), ("hopper", PK_RAIL_WAGON, "wagon"),
                                            ("tank-wagon", PK_RAIL_WAGON, "wagon")):
                rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_unit_km", amount / 1231, "PKR",
                                  PK_RAIL_SOURCES, f"Pakistan Railways Karachi–Lahore {what} rate Rs {amount:,} "
                                                   f"÷ 1,231 km, applied per km"))
        return rates
    if t == "sea box" and leg.leg_id in GULF_FEEDERS:
        for equipment in BOXES.split(";"):
            teu = 2 if "40" in equipment else 1
            rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_unit", IACI_FEU * teu / 2, "USD",
                              ["DREWRY_IACI_2024"],
                              f"no rate for this Gulf feeder lane found: Drewry's intra-Asia spot index, USD "
                              f"{IACI_FEU} per 40' (1 Nov 2024), the average of 18 intra-Asia lanes (incl. "
                              f"Shanghai–Jebel Ali), used per box" + ("" if teu == 2 else "; half for a 20' (assumed)")
                              + ("; no reefer surcharge found" if equipment.startswith("r") else "")))
    elif t == "sea box":
        for equipment in BOXES.split(";"):
            teu = 2 if "40" in equipment else 1
            rates.append(Rate(leg.leg_id, "both", equipment, "freight", "per_unit", BLACK_SEA_FAK[teu], "USD",
                              ["MSC_2025_FE_BLACKSEA"],
                              f"no Poti–Karachi rate found (the lane has no direct service): MSC's published rate "
                              f"from the Far East to Black Sea ports, USD {BLACK_SEA_FAK[teu]:,} per "
                              f"{'40' if teu == 2 else '20'}' (freight all kinds, fuel surcharge included, 1–14 Apr "
                              f"2025), used per box both ways: a sea rate on a longer lane ending in the Black Sea, so "
                              f"an upper bound for Poti–Karachi; carried forward unchanged after its fortnight"
                              + ("; no reefer surcharge found" if equipment.startswith("r") else ""),
                              valid_from=D(2025, 4, 1), as_of=D(2025, 3, 15)))
    if t == "sea box":
        # on Pakistan's exports, not on a box moved along its own coast (Karachi → Gwadar)
        # USD 300 a box to Asia, up to 800 to Europe and Africa (Jang, May 2025): a box for Poti sails the Black Sea
        # trade, a Europe lane, so the upper figure
        ends = {PLACE_COUNTRY[leg.a], PLACE_COUNTRY[leg.b]}
        if ends != {"PK"}:
            europe = "GE" in ends
            rates.append(Rate(leg.leg_id, "reverse", "*", "surcharge (Pakistan exports to Europe)" if europe else
                              "surcharge (Pakistan exports to Asia)", "per_unit", 800 if europe else 300,
                              "USD", ["JANG_2025_FREIGHT"],
                              "the source gives USD 300 a box to Asia and up to 800 to Europe and Africa; Poti, on "
                              "the Black Sea, is on a Europe lane: the upper figure, 800" if europe else "",
                              valid_from=D(2025, 5, 1),
                              remark="added by shipping lines after the India–Pakistan link was suspended"))
        return rates
    if t == "tanker" and leg.leg_id == "sea-tanker-aktau-baku":
        # the Caspian's own figure: a Black Sea Aframax rate scaled by km is a lower bound for its 8–12 kt tankers
        rates.append(Rate(leg.leg_id, "both", "*", "freight", "per_tonne", CASPIAN_TANKER_USD_T, "USD",
                          ["REPORTAZ_CASPIAN_FREIGHT", "SLSHIP_2020_CASPIAN"],
                          f"the average freight of oil and oil products on the Caspian, about USD "
                          f"{CASPIAN_TANKER_USD_T:g} a tonne, as the head of Baku's Oil Research Center gave it "
                          f"(Report.az, 14 November, the year not shown: 2014 or 2015 by the oil glut it speaks of, "
                          f"so as of 2014), the only Caspian tanker rate found, carried forward unchanged; "
                          f"cross-check: 3,000 t of corn from Astrakhan to Iran's Caspian ports, a dry-cargo ship on a "
                          f"longer voyage, USD 36 a tonne in January 2020 (SL Ship); the Black Sea Aframax rate "
                          f"scaled by km would be USD {TANKER_USD_TKM * leg.km:.2f} a tonne, a lower bound for "
                          f"tankers of 8,000–12,400 t",
                          as_of=D(2014, 11, 14)))
        return rates
    if t == "tanker":
        rates.append(Rate(leg.leg_id, "both", "*", "freight", "per_tkm", TANKER_USD_TKM, "USD",
                          ["PLATTS_2014_BSMED", "BALTIC_2021_W47"],
                          f"Aframax Black Sea–Med 80 kt: WS200 = USD 22.14/t (Nov 2014), halved to WS100 = USD "
                          f"11.07/t, ÷ {TANKER_KM_BLACKSEA_MED:,} km Novorossiysk–Augusta (great-circle × 1.17); "
                          f"carried forward from 2014 because no later Worldscale flat rate was found; the Baltic "
                          f"Exchange assessed Black Sea/Med at WS65 (Suezmax) and Ceyhan/Lavera at WS98 (Aframax) in "
                          f"Nov 2021, so WS100 is an upper bound"))
        return rates
    if t == "pipeline" and leg.leg_id == "pipe-atyrau-novorossiysk":
        rates.append(Rate(leg.leg_id, "both", "*", "pipeline tariff", "per_tonne", 38.0, "USD",
                          ["INFORM_CPC_TARIFF", "ROSINVEST_2004_CPC"],
                          "CPC's tariff Tengiz–Novorossiysk as its general director gave it, USD 38 a tonne, "
                          "'unchanged for several years' (Kazinform, undated: about 2017, the expansion to 67 Mt "
                          "that was completed in 2018 being described as under way), the latest figure found, "
                          "carried forward unchanged; it was USD 27.19 from Jul 2004, indexed yearly to producer "
                          "prices (the 2004 figure is history, not the rate: as of 2017, the year inferred)",
                          as_of=D(2017, 1, 1)))
        return rates
    if t == "pipeline":
        rates.append(Rate(leg.leg_id, "both", "*", "pipeline tariff", "per_tonne", BTC_USD_T, "USD",
                          ["TODAYAZ_BTC_TARIFF", "ARGUS_2021_SIBLIGHT"],
                          f"BTC's own average tariff USD 3–4 per barrel (midpoint 3.5, the last figure found, c. "
                          f"2006) × {BBL_PER_T:.2f} barrels per tonne of a 0.802 t/m³ crude; carried forward "
                          f"unindexed in US dollars: the source gives it as the average over the pipeline's "
                          f"operating period, and no later BTC tariff was found"))
        return rates
    if t == "ferry":
        rates.append(Rate(leg.leg_id, "both", "*", "ferry freight", "per_unit_km", 1650 / KURYK_AMIRABAD_KM, "USD",
                          ["XINHUA_2020_KURYK"],
                          f"no tariff for this crossing found (the Caspian lines publish none): Kuryk–Amirabad RoRo "
                          f"USD 1,650 per truck (Nov 2020) ÷ {KURYK_AMIRABAD_KM} km, per unit-km"))
        return rates
    if t == "roro":
        rates.append(Rate(leg.leg_id, "both", "*", "RoRo freight", "per_unit", 1650, "USD",
                          ["XINHUA_2020_KURYK", "ALMATYBIZ_KURYK"],
                          "USD 1,650 = midpoint of 1,600–1,700 per truck one way", valid_from=D(2020, 11, 25)))
        return rates
    raise ValueError(f"no tariff profile {t!r} for {leg.leg_id}")


PK_FARE_SOURCES = ["DAILYPK_2025_FARES"]
PK_FARES = {
    "pk-road-karachi-lahore": [
        Rate("pk-road-karachi-lahore", "forward", "*", "freight", "per_unit", 350000, "PKR", PK_FARE_SOURCES, "",
             valid_from=D(2025, 7, 17), remark="Pakistan Goods Transporters Association fare, Karachi→Lahore"),
        Rate("pk-road-karachi-lahore", "reverse", "*", "freight", "per_unit", 120000, "PKR", PK_FARE_SOURCES, "",
             valid_from=D(2025, 7, 17), remark="Lahore→Karachi: back-haul direction"),
    ],
    "pk-road-lahore-islamabad": [
        Rate("pk-road-lahore-islamabad", "forward", "*", "freight", "per_unit", 72000, "PKR", PK_FARE_SOURCES, "",
             valid_from=D(2025, 7, 17), remark="Lahore→Rawalpindi"),
        Rate("pk-road-lahore-islamabad", "reverse", "*", "freight", "per_unit", 72000, "PKR", PK_FARE_SOURCES,
             "no Rawalpindi→Lahore fare found: assumed equal to Lahore→Rawalpindi", valid_from=D(2025, 7, 17)),
    ],
    "pk-road-islamabad-peshawar": [
        Rate("pk-road-islamabad-peshawar", "both", "*", "freight", "per_unit", 24000, "PKR", PK_FARE_SOURCES,
             "Lahore→Peshawar Rs 96,000 minus Lahore→Rawalpindi Rs 72,000; same both ways (assumed)",
             valid_from=D(2025, 7, 17)),
    ],
}


# ----------------------------------------------------------------------------------------------- throughputs
# What a stop passes a day, of all traders, where a source counts it; a stop without a row is timed by its dwell
# alone. Left out: the Afghanistan–Pakistan total (1,200–1,400 trucks a day, 2013, CPMM13_PK: all crossings
# together), trains a day at Khorgos and Saryagash (no wagons a train in the sources), Alakol, Kazygurt and Dostyk
# (not places of the tables) and Zhibek Zholy's 2,000 vehicles a day (a plan for Jul 2026).
HAIRATAN_HAND_T = {"flour": 3500, "wheat": 1500}
THROUGHPUTS = [
    # id, place, event, mode, direction, cargo classes, equipment, per day, unit, as of, what, sources, note
    ("taftan-trucks", "taftan", "border_crossing", "road", "both", "*", "*", 150, "road_vehicles", D(2022, 2, 27),
     "trucks of all traders using the Mirjaveh crossing a day, both ways, 'more than 150' (2022): an observed use, "
     "not a capacity", "MEHR_2022_MIRJAVEH", ""),
    ("torkham-vehicles", "torkham", "border_crossing", "road", "both", "*", "*", 1000, "road_vehicles",
     D(2019, 7, 31),
     "cargo vehicles of all traders crossing a day, both ways, 'more than 1,000' (2019, when a 24/7 opening was "
     "planned): an observed use, not a capacity", "THENEWS_2019_TORKHAM", ""),
    ("khunjerab-sost", "khunjerab", "border_crossing", "*", "both", "*", "*", round(SOST_DEC_2025_T / 31, 1), "t",
     D(2025, 12, 31),
     "tonnes of all traders handled at the Sost dry port, where goods crossing the Khunjerab clear Pakistani "
     "customs, in December 2025: observed in winter, both ways together",
     "INP_2026_SOST;GREENPOST_2026_SOST",
     f"{SOST_DEC_2025_T:,} t in December 2025 ÷ 31 days = {SOST_DEC_2025_T / 31:,.1f} t a day; the first half of "
     f"January 2026 is reported as about 11,000 t (GREENPOST_2026_SOST) or 4,860 t (INP_2026_SOST): the sources "
     f"conflict, so the whole month of December stands"),
    ("hairatan-hand-unloading", "hairatan", "transshipment", "road", "both", "bulk_grain", "truck-bulk",
     sum(HAIRATAN_HAND_T.values()), "t", None,
     "grain and flour of all traders unloaded by hand from wagons a day at Hairatan, for the trucks south",
     "NAAN_HAIRATAN",
     f"{HAIRATAN_HAND_T['flour']:,} t of flour + {HAIRATAN_HAND_T['wheat']:,} t of wheat unloaded by hand a day = "
     f"{sum(HAIRATAN_HAND_T.values()):,} t: all of it taken as what one shipment of grain could have; dated by its "
     f"source (c. 2022)"),
]

# ----------------------------------------------------------------------------------------------- nodes
# Kazakhstan's road border by direction: leaving 3.9 h (2023; 4.0 h in 2022), entering 4.6 h (2022: no later figure
# by direction found); Kazakhstan's outbound rail border 6.8 h (2022, likewise) and Uzbekistan's inbound 6.7 h (2023;
# 6.8 h in 2022), both sides of the rail default
KZ_ROAD_OUT_H, KZ_ROAD_IN_H = 3.9, 4.6
RAIL_DEFAULT_D = round((6.8 + 6.7) / 24, 2)
# the CAREC survey's border costs, USD: Kazakhstan 2022 (no 2023 figure found: the stored copy of its 2023 table breaks
# off before the costs), Uzbekistan 2023 (road 50, leaving 49, entering 53; rail 132, entering; 74 and 133 in 2022),
# Afghanistan 2020, Pakistan 2023
CPMM_ROAD_BCP_USD = {"KZ": 317, "UZ": 50, "AF": 240, "PK": 238}
MEDIAN_ROAD_BCP_USD = sum(sorted(CPMM_ROAD_BCP_USD.values())[1:3]) / 2
CPMM_RAIL_BCP_USD = {"KZ": 297, "UZ": 132}
# The Tashkent–Kashgar road's two borders, charged where the leg ends: each side at its country's CAREC road border
# cost in that direction, 2023 (Uzbekistan 49 leaving, 53 entering: CPMM23_UZ; the Kyrgyz Republic 19 leaving, 186
# entering: CPMM23_KG; the PRC 358 leaving, 266 entering: CPMM23_CN); no figure for either crossing alone is published
IRK_BORDER_USD = (
    ("tashkent", "out of China (Kashgar → Tashkent)",
     {"Chinese side leaving China at Irkeshtam": 358, "Kyrgyz side entering at Irkeshtam": 186,
      "Kyrgyz side leaving at Dostuk": 19, "Uzbek side entering at Dustlik": 53}),
    ("kashgar", "into China (Tashkent → Kashgar)",
     {"Uzbek side leaving at Dustlik": 49, "Kyrgyz side entering at Dostuk": 186,
      "Kyrgyz side leaving at Irkeshtam": 19, "Chinese side entering China at Irkeshtam": 266}),
)
MEDIAN_RAIL_BCP_USD = sum(CPMM_RAIL_BCP_USD.values()) / 2
GAUGE_DAYS = 69.7 / 24
# The Chinese side of Khunjerab: CN_OUT_H and CN_IN_H, with the methods above
CN_SIDE_NOTE = ("Chinese side (Tashkurgan port of entry: customs and inspection sit in the county seat, 126 km "
                "before the border, China Daily 2023): no figure of its own, the PRC's road border time (CPMM "
                "2023, all its road crossings) stands in, {hours} h {way}; min half (assumed), max 33.1 h (the "
                "highest of the four national averages the default takes, Pakistan's), as in the default for a road "
                "border")
# the Chinese port at Khunjerab's weekend: WEEKEND_WAIT_D, with the methods above
WEEKEND_NOTE = ("; the Chinese port opens on weekdays only (2023; 'closed on weekends' after it opened all year, "
                "Dec 2024): a truck arriving at any time of the week waits (1.5 + 0.5) / 7 = 0.29 days on average "
                "for the weekend (1.5 if it comes on a Saturday, 0.5 on a Sunday), at most 2 days, added")
GRAIN_LAB = "; grain entering China waits 5–10 more days for laboratory checks (Oct 2025), included in max"
# Hairatan – Termez (Friendship Bridge). The Uzbek side by direction, as the CAREC survey gives it for all Uzbek
# road crossings (CPMM 2023, Table 6.10; no figure for Ayritom / Termez alone is published): leaving Uzbekistan
# 4.9 h, entering it 4.4 h (2023; 3.5 and 5.5 h in 2022); at most the same in 2020, the slowest year of 2020–2023
# (7.6 h leaving, 14.0 h entering, CPMM 2022, Table 3.19). The Uzbek rail side: 6.0 h leaving (2021; no figure for
# 2022 or 2023), 6.7 h entering (2023; 6.8 h in 2022). The Afghan side: the
# survey's Afghan road border average, 19.5 h (2020; 19.9 h in 2019, the max): no later figure, for Hairatan or the
# country, was found (the 2023 round lists an Afghan partner, AAFFCO, but its Afghan chapter was not found). Hours:
# (leaving Uzbekistan, entering)
UZ_ROAD_OUT_IN_H, UZ_ROAD_OUT_IN_MAX_H = (4.9, 4.4), (7.6, 14.0)
UZ_RAIL_OUT_IN_H = (6.0, 6.7)
AF_ROAD_BCP_H, AF_ROAD_BCP_MAX_H = 19.5, 19.9
# the Afghan acceptance of a train at Hairatan, beside the Uzbek rail side: no figure found, assumed so that the
# typical crossing is half a day (as it was with the Uzbek 6.8 h of 2022; with 2023's 6.7 h it still rounds to 0.5)
# and the most a day
AF_RAIL_ACCEPT_D, RAIL_BORDER_MAX_D = round(0.5 - 6.8 / 24, 2), 1.0


def hairatan_road_days(uz_side: int) -> tuple[float, float, float]:
    """Hairatan by road, the Uzbek side by its direction (0: leaving Uzbekistan, into Afghanistan; 1: entering it);
    min the Afghan side alone (one side only, as at Torkham), max both sides at their slowest year."""
    return (round(AF_ROAD_BCP_H / 24, 2), round((UZ_ROAD_OUT_IN_H[uz_side] + AF_ROAD_BCP_H) / 24, 2),
            round((UZ_ROAD_OUT_IN_MAX_H[uz_side] + AF_ROAD_BCP_MAX_H) / 24, 2))


def hairatan_rail_days(uz_side: int) -> tuple[float, float, float]:
    """Hairatan by rail: the Uzbek rail side by its direction plus the Afghan acceptance (assumed); min the Uzbek
    side alone."""
    uz = UZ_RAIL_OUT_IN_H[uz_side] / 24
    return round(uz, 2), round(uz + AF_RAIL_ACCEPT_D, 2), RAIL_BORDER_MAX_D


HAIRATAN_ROAD_NOTE = ("{way}: Uzbek side {uz} h ({uz_way} Uzbekistan, CPMM 2023, all Uzbek road crossings; no "
                      "Termez figure published) + Afghan side 19.5 h (CPMM 2020, the Afghan road average; no later "
                      "Afghan figure found); min the Afghan side alone (one side only, as at Torkham); max Uzbek "
                      "{uz_max} h (2020, the slowest of 2020–2023) + Afghan 19.9 h (2019)")
HAIRATAN_RAIL_NOTE = ("{way}: Uzbek rail side {uz} h ({uz_way} Uzbekistan, CPMM {year}, all Uzbek rail crossings) "
                      "plus the Afghan acceptance of the train, {af} d (assumed: no figure found); min the Uzbek "
                      "side alone; max 1 day (assumed)")


# A Caspian vessel's call at a port. The TITR ports' protocol allows a vessel at most 30 h to be loaded and unloaded;
# the Port of Baku averaged 20.1 h a vessel in 2024 (its head of strategic planning at Baku Energy Week, June 2025).
# A box waits through its vessel's whole call (the unloading is not timed apart from the loading, and a block train
# leaves with the vessel's boxes), so Baku's average is the typical stop at Baku and, standing in (no figure of their
# own found), at Aktau, Kuryk and Amirabad; min the four hours the minister of transport gave for unloading a ship at
# Baku (March 2023; twelve before), max the protocol's 30 h. Until December 2026 the call was Baku's ~6 h of
# transloading (December 2020).
VESSEL_CALL_H = (4, 20.1, 30)  # least, typical, most hours
CASPIAN_FEEDERS_A_WEEK = 5  # the Aktau–Baku container feeders' departures a week (2022, INDEX1520_2022_FEEDERS)
VESSEL_CALL_SRC = "TREND_2025_BAKU_PROTOCOL;TREND_2023_BAKU_UNLOAD;AZERNEWS_2020_TITR"


def vessel_call_days() -> tuple[float, float, float]:
    return tuple(round(h / 24, 2) for h in VESSEL_CALL_H)  # type: ignore[return-value]


# A Caspian crossing is a border crossing: the cargo leaves Kazakhstan at Aktau or Kuryk and enters Azerbaijan at Baku
# (Alat), or the other way. The ports are no border places, so until December 2026 no clearance was counted there;
# their stops now hold it, from the CAREC survey (CPMM), hours (least, typical, most):
#  - Kuryk, leaving Kazakhstan by road, the trucks' ferry: 69.7 h on average in 2020 (CPMM20_ROAD), the survey's one
#    figure for a Kazakh Caspian port. It is a truck's whole time at the port's checkpoint, its wait for a ferry held,
#    so it is Kuryk's boarding stop entire, in place of the Aktau feeders' interval and Baku's call that stood in
#    there (the tables have no railway to Kuryk: what boards there comes by road). 2020 was a year of COVID-19 border
#    restrictions; the other end of the line, the Port of Baku, took 68.7 h outbound in 2018 (CPMM 2018), of the same
#    size. min a 4 h call without a wait, as before; max twice the typical (assumed spread).
#  - Aktau, leaving Kazakhstan: no figure for the port; Kazakhstan's outbound rail average, 6.8 h (2022: the TITR's
#    boxes reach Aktau by rail; no later figure by direction found), is added to the boarding; min its outbound road
#    average, 3.9 h (2023); max its slowest outbound rail year of 2020–2022, 11.4 h (2021).
#  - Baku (Alat), the port's own row, by road (CPMM 2022, Azerbaijan, Table 3.2): leaving 1.7 / 7.2 / 1.8 h and
#    entering 1.6 / 0.5 / 0.2 h in 2020 / 2021 / 2022; typical 2022, least and most of the three years. The survey
#    times no rail or container crossing in Azerbaijan: the trucks' stand in.
#  - Aktau and Kuryk, entering Kazakhstan: Kazakhstan's inbound road average, 4.6 h (2022; 9.5 h in 2021, the most):
#    its inbound rail average (78 h, 2022) is the change of gauge at the Chinese border and does not stand in.
#  - Amirabad: Iran is outside the survey and no figure was found: none added.
KURYK_OUT_H = 69.7  # CPMM 2020, road, leaving Kazakhstan at Kuryk
KZ_RAIL_OUT_H = (3.9, 6.8, 11.4)  # Aktau: KZ outbound road 2023 (least), outbound rail 2022, outbound rail 2021
KZ_PORT_IN_H = (4.6, 4.6, 9.5)  # Aktau, Kuryk: KZ inbound road 2022, 2022, 2021
BAKU_PORT_H = {"outbound": (1.7, 1.8, 7.2), "inbound": (0.2, 0.2, 1.6)}  # CPMM 2022 Table 3.2, the Baku row
CASPIAN_CLEARANCE_SRC = {"kuryk": "CPMM20_ROAD;NEWSAZ_2019_CPMM18", "aktau": "CPMM22_KZ;CPMM23_KZ",
                         "baku": "CPMM22_AZ"}


def _plus(hours: tuple[float, float, float], days: tuple[float, float, float]) -> tuple[float, float, float]:
    return tuple(round(d + h / 24, 2) for h, d in zip(hours, days))  # type: ignore[return-value]


def _caspian_port_rows() -> list[tuple]:
    """Boarding a Caspian sailing at each port, and landing at the ports of Kazakhstan and Azerbaijan, each with its
    border's clearance (the method above)."""
    least, call, most = VESSEL_CALL_H
    wait = 0.5 * 7 / CASPIAN_FEEDERS_A_WEEK
    boarding = (round(least / 24, 2), round(call / 24 + wait, 2), round(most / 24 + 2 * 7 / CASPIAN_FEEDERS_A_WEEK, 2))
    feeders = (f"the wait for the next sailing, half the interval between the Aktau–Baku container feeders' "
               f"{CASPIAN_FEEDERS_A_WEEK} departures a week (2022), {wait:g} days")
    call_note = (f"the vessel's call, {call:g} h (the Port of Baku's 2024 average for loading and unloading a vessel "
                 f"under the TITR ports' protocol; was ~6 h of transloading, Dec 2020)")
    rows = []
    for place, name in (("aktau", "Aktau"), ("baku", "Baku"), ("kuryk", "Kuryk"), ("amirabad", "Amirabad")):
        if place == "kuryk":
            days = (boarding[0], round(KURYK_OUT_H / 24, 2), round(2 * KURYK_OUT_H / 24, 2))
            note = (f"boarding a Caspian sailing at Kuryk, leaving Kazakhstan: {KURYK_OUT_H:g} h, the CAREC survey's "
                    f"average for a truck leaving Kazakhstan by Kuryk's ferry (CPMM 2020, its one figure for a Kazakh "
                    f"Caspian port): its whole time at the port's checkpoint, the clearance and the wait for a ferry "
                    f"held, so neither the Aktau feeders' interval nor Baku's call is added (they stood in here, "
                    f"{boarding[1]:g} days, until December 2026, with no clearance); 2020 was a year of COVID-19 "
                    f"border restrictions, and the Port of Baku's 68.7 h outbound of 2018 is of the same size; min a "
                    f"{least:g} h call without a wait; max twice the typical (assumed spread)")
            rows.append((f"{place}-port-ferry-out", place, "port_handling", "ferry", days,
                         VESSEL_CALL_SRC + ";" + CASPIAN_CLEARANCE_SRC[place], note, "outbound", "mean"))
            continue
        note = (f"boarding a Caspian sailing: {feeders}, standing in for every sailing (the rail and truck ferries "
                f"keep no published timetable), + {call_note}; min a {least:g} h call without a wait (the unloading "
                f"of a ship at Baku, March 2023); max the protocol's {most:g} h + two intervals (a sailing missed, "
                f"assumed)"
                + ("" if place == "baku" else f"; no call time for {name} found: Baku's stands in")
                + ("" if place in ("aktau", "baku") else f"; no sailing frequency for {name} found: the Aktau–Baku "
                                                            f"feeders' stands in"))
        days, sources = boarding, VESSEL_CALL_SRC + ";INDEX1520_2022_FEEDERS"
        if place == "aktau":
            days = _plus(KZ_RAIL_OUT_H, boarding)
            note += (f"; + leaving Kazakhstan (no figure for the port): its outbound rail average, "
                     f"{KZ_RAIL_OUT_H[1]:g} h (CPMM 2022; the TITR's boxes come by rail), min its outbound road "
                     f"{KZ_RAIL_OUT_H[0]:g} h (2023), max its outbound rail {KZ_RAIL_OUT_H[2]:g} h (2021, the "
                     f"slowest of 2020–2022)")
        elif place == "baku":
            days = _plus(BAKU_PORT_H["outbound"], boarding)
            note += (f"; + leaving Azerbaijan at the Port of Baku, {BAKU_PORT_H['outbound'][1]:g} h (CPMM 2022, the "
                     f"port's road row; {BAKU_PORT_H['outbound'][0]:g} h in 2020, {BAKU_PORT_H['outbound'][2]:g} h in "
                     f"2021, the least and most), trucks standing in for boxes and wagons")
        else:
            note += "; no border clearance added: Iran is outside the CAREC survey and no figure was found"
        if place in CASPIAN_CLEARANCE_SRC:
            sources += ";" + CASPIAN_CLEARANCE_SRC[place]
        rows.append((f"{place}-port-ferry-out", place, "port_handling", "ferry", days, sources, note, "outbound",
                     "estimate"))
    for place, name, hours, way in (("aktau", "Aktau", KZ_PORT_IN_H, "entering Kazakhstan"),
                                    ("kuryk", "Kuryk", KZ_PORT_IN_H, "entering Kazakhstan"),
                                    ("baku", "Baku", BAKU_PORT_H["inbound"], "entering Azerbaijan")):
        if place == "baku":
            whose = (f"at the Port of Baku, {hours[1]:g} h (CPMM 2022, the port's road row; {hours[2]:g} h in 2020, "
                     f"the most of 2020–2022), trucks standing in for boxes and wagons")
        else:
            whose = (f"(no figure for {name}): Kazakhstan's inbound road average, {hours[1]:g} h (2022; "
                     f"{hours[2]:g} h in 2021, the most), its inbound rail average being the change of gauge at the "
                     f"Chinese border")
        rows.append((f"{place}-port-ferry-in", place, "port_handling", "ferry", _plus(hours, vessel_call_days()),
                     VESSEL_CALL_SRC + (";CPMM22_AZ" if place == "baku" else ";CPMM22_KZ"),
                     f"landing from a Caspian sailing: {call_note}" + ("" if place == "baku" else
                                                                       f"; no call time for {name} found: Baku's "
                                                                       f"stands in")
                     + f"; + {way} {whose}; min a {least:g} h call, max the protocol's {most:g} h, each with the "
                       f"clearance's least and most", "inbound", "estimate"))
    return rows


# A box's dwell at a Pakistani seaport (Karachi, Port Qasim, Gwadar): the Ministry of Maritime Affairs said on
# 8 July 2025 that container dwell at Pakistani ports "averages around a week" (target: two days), the typical of a
# box landed (inbound); the least is the low end of the "three to six days" that cargo typically stays in clearance at
# Karachi Port, Port Qasim and Gwadar (WealthPk, 29 Aug 2025); the most 1.5 × the typical (assumed spread). No export
# dwell of its own was found: a box loaded for export (outbound) takes the same figures scaled by the ratio of the
# World Bank's border-compliance times at the port, export 75 h to import 120 h (Doing Business 2018–2019), as the
# targets (under 48 h for imports, under 24 h for exports) also have exports the quicker. All of these are container
# figures: no dwell for bulk grain at Port Qasim's grain terminal or for a tanker's crude was found, and the
# container figure stands in for them. No Gwadar figure of its own was found: the country's stands in there.
# The dwell is the sailing's: a route that starts or ends at the port by land takes none (path_events). A box landed
# for Afghan transit waited "up to 5–12 days" for clearance, domestic cargo under four (a PAJCCI member, June 2020,
# during 100 % examination: AVA_2020_ATT_CLEARANCE): no route of the tables lands a box at Karachi for transit, so
# it is not used; Pakistan Customs' Karachi → Torkham average, a calibration row, starts after the port.
PK_PORT_IN_D = (3.0, 7.0, 10.5)  # days: least, typical, most for a box landed
PK_PORT_OUT_RATIO = 75 / 120  # export / import border compliance hours (World Bank, Doing Business 2018–2019)
PK_PORT_SRC = "ARABNEWS_2025_DWELL;TRIBUNE_2025_DWELL;WEALTHPK_2025_CLEARANCE"
PK_PORTS = (("karachi", "Karachi"), ("port-qasim", "Port Qasim"), ("gwadar", "Gwadar"))
PK_PORT_BULK = ("a container figure: no dwell for bulk grain (Port Qasim's grain terminal) or for a tanker's crude "
                "was found, so it stands in for them too (estimate)")


def pk_port_out_days() -> tuple[float, float, float]:
    return tuple(round(d * PK_PORT_OUT_RATIO, 2) for d in PK_PORT_IN_D)  # type: ignore[return-value]


def _pk_port_rows() -> list[tuple]:
    """Each Pakistani seaport's dwell, a box landed (inbound) and a box loaded for export (outbound)."""
    rows = []
    least, typical, _ = PK_PORT_IN_D
    for place, name in PK_PORTS:
        own = "" if place != "gwadar" else "; no Gwadar figure of its own found: the country's stands in"
        rows.append((f"{place}-port-in", place, "port_handling", "sea", PK_PORT_IN_D, PK_PORT_SRC,
                     f"a box landed at {name}: container dwell at Pakistani ports 'averages around a week' "
                     f"(Ministry of Maritime Affairs, 8 Jul 2025; target 2 days), the typical {typical:g} days, a "
                     f"mean; min {least:g} days, the low end of the 'three to six days' cargo typically stays in "
                     f"clearance at Karachi Port, Port Qasim and Gwadar (WealthPk, Aug 2025); max 1.5 × "
                     f"typical (assumed spread); {PK_PORT_BULK}{own}; was 2 days assumed (1–5)", "inbound", "mean"))
        out = pk_port_out_days()
        landed = " / ".join(f"{d:g}" for d in PK_PORT_IN_D)
        rows.append((f"{place}-port-out", place, "port_handling", "sea", out,
                     PK_PORT_SRC + ";COMCEC_2018_DB_PK",
                     f"a box loaded at {name} for export: no export dwell found; the landed box's {landed} days × "
                     f"75 / 120, the World Bank's border-compliance hours for export to import in Pakistan (Doing "
                     f"Business 2018–2019; the 2025 targets, under 24 h for exports and 48 h for imports, also have "
                     f"exports the quicker) = {out[0]:g} / {out[1]:g} / {out[2]:g} days; {PK_PORT_BULK}{own}; was 2 "
                     f"days assumed (1–5)", "outbound", "estimate"))
    return rows


# A box entering Kazakhstan from China at Khorgos (estimate, method in the note): typical 5 h, min 1 h, max the
# survey's inbound average of all rail traffic, 78.0 h (2022).
BOX_TYPES = [e[0] for e in EQUIPMENT if e[2] == "container"]
KHORGOS_BOX_IN_D = (round(1 / 24, 2), round(5 / 24, 2), round(78.0 / 24, 2))
KHORGOS_BOX_IN_NOTE = (
    "entering Kazakhstan from China in a container on a container train: the box is lifted between the Chinese and "
    "Kazakh wagons at the Khorgos Gateway dry port, whose average handling of a container KTZ gives as 5 h before "
    "its 2025 works and 1 h after (Feb 2026); the first train there, in 2015, was transshipped and cleared in 1 h 11 "
    "min; the timetabled container train Urumqi → Almaty holds all its work at Khorgos to at most 5 h (March 2024) "
    "and runs the whole way in 35 h 24 min; typical 5 h (assumed: the longer of the dry port's two averages, the "
    "time Kazakh clearance and the train's making-up take not being published apart), min 1 h (the dry port's "
    "2025 average), max 78.0 h, the CAREC survey's Kazakh inbound rail average of all traffic (2022), which a box "
    "that misses its train waits as a wagon does: in that average, regular trains at Horgos are side-tracked to let "
    "the container express trains pass (2022); the locomotive's turnaround is the border crossing's. Wagonload and "
    "bulk keep that average; no CPMM figure of Altynkol's own was found (the 2023 report names Dostyk and "
    "Altynkol for the longer rail delays, without their hours in the stored copy)")

NODES = [
    # id, place, event, mode, (min, typical, max) days, sources, note
    ("default-border-road", "*", "border_crossing", "road", ROAD_DEFAULT_D,
     "CPMM23_KZ;CPMM23_UZ;CPMM20_AF;CPMM23_PK",
     f"default for a road border: both sides at the median CPMM border time {MEDIAN_ROAD_BCP_H:.1f} h (KZ "
     f"{CPMM_ROAD_BCP_H['KZ']}, UZ {CPMM_ROAD_BCP_H['UZ']} h, 2023; AF {CPMM_ROAD_BCP_H['AF']} h, 2020; PK "
     f"{CPMM_ROAD_BCP_H['PK']} h, 2023); min 2 × {min(CPMM_ROAD_BCP_H.values())} h, max 2 × "
     f"{max(CPMM_ROAD_BCP_H.values())} h"),
    ("default-border-rail", "*", "border_crossing", "rail", (0.28, RAIL_DEFAULT_D, 2.9),
     "CPMM22_KZ;CPMM23_UZ;CPMM23_KZ",
     "default for a rail border: Kazakh outbound 6.8 h (2022; no later figure by direction found) + Uzbek 6.7 h "
     "(2023; 6.8 h in 2022) (typical); min one side; max = Kazakh "
     "all-rail-border average 69.7 h (2023)"),
    ("default-border-any", "*", "border_crossing", "*", ROAD_DEFAULT_D,
     "CPMM23_KZ;CPMM23_UZ;CPMM20_AF;CPMM23_PK", "as the road default"),
    ("default-gauge", "*", "gauge_change", "*", (round(GAUGE_DAYS / 2, 2), round(GAUGE_DAYS, 2),
                                                  round(GAUGE_DAYS * 2, 2)), "CPMM23_KZ",
     "Kazakh rail border average 69.7 h (2023), dominated by gauge changes at the Chinese border; min/max "
     "half/double (assumed)"),
    ("default-port", "*", "port_handling", "sea", (1, 2, 5), "",
     "no port dwell figure found: 2 days assumed for discharge and customs (1–5)", "both", "estimate"),
    *_pk_port_rows(),
    ("default-port-ferry", "*", "port_handling", "ferry", vessel_call_days(), VESSEL_CALL_SRC,
     f"ship to train or road: the vessel's call, {VESSEL_CALL_H[1]:g} h, the Port of Baku's 2024 average for loading "
     f"and unloading a Caspian vessel (the TITR ports' protocol allows at most {VESSEL_CALL_H[2]:g} h, the max), "
     f"taken whole: the unloading is not timed apart from the loading, and a block train leaves with the vessel's "
     f"boxes (was ~6 h of transloading, Dec 2020); min {VESSEL_CALL_H[0]:g} h, the minister of transport's time "
     f"to unload a ship at Baku (March 2023); no figure for the other Caspian ports found: Baku's stands in",
     "both", "estimate"),
    *_caspian_port_rows(),
    # a border crossed on a leg with no border place (path_events.crosses_unmarked) is waited at where the leg
    # ends; these legs' days are whole trips, their borders inside them: no wait is added again
    *[(f"{place}-border-{mode}-in-leg", place, "border_crossing", mode, (0, 0, 0), sources, note, "both",
       "estimate")
      for place, mode, sources, note in [
          (place, "rail", ";".join(BAKU_POTI_SRC[:3]),
           "the Baku–Poti rail leg's days (Azerbaijan Railways' 24 h to Böyük Kəsik, 2020, and Georgian Railway's "
           "24 h across Georgia with the customs clearance at the border, 2025) hold its border between Azerbaijan "
           "and Georgia, Böyük Kəsik – Gardabani: none added here") for place in ("baku", "poti")]],
    # the Tashkent–Kashgar road's two borders, waited at where the leg ends: IRKESHTAM_IN_LEG_D, with the methods
    *[(f"{place}-border-road-in-leg", place, "border_crossing", "road", days, IRKESHTAM_IN_LEG_SRC,
       IRKESHTAM_IN_LEG_NOTE + extra, "both", "estimate")
      for place, (days, extra) in IRKESHTAM_IN_LEG_D.items()],
    ("default-transshipment", "*", "transshipment", "*", (0.5, 1, 2), "",
     "no figure found: 1 day assumed to transfer a consignment between modes (0.5–2)", "both", "estimate"),
    ("saryagash-border", "saryagash", "border_crossing", "rail", (0.28, RAIL_DEFAULT_D, 1.5), "CPMM22_KZ;CPMM23_UZ",
     "Kazakh outbound 6.8 h (CPMM 2022; no later figure by direction found) + Uzbek inbound 6.7 h (CPMM 2023; 6.8 h "
     "in 2022); max 1.5 days assumed (grain congestion seen Nov 2025)"),
    ("gisht-kuprik-border", "gisht-kuprik", "border_crossing", "road",
     (0.1, round((KZ_ROAD_OUT_H + CPMM_ROAD_BCP_H["UZ"]) / 24, 2), 0.61),
     "CPMM23_KZ;CPMM23_UZ;CPMM22_KZ;CPMM22_UZ;TREND_2025_KAZYGURT",
     f"leaving Kazakhstan: Kazakh outbound {KZ_ROAD_OUT_H} h + Uzbek {CPMM_ROAD_BCP_H['UZ']} h, the Uzbek road "
     f"average (2023; 4.0 and 4.2 h in 2022); min ~30-min queues after the Dec 2025 upgrade plus clearance "
     f"(assumed 0.1 d); max Kazakh inbound {KZ_ROAD_IN_H} h (2022) + Uzbek 2020 10.1 h", "outbound"),
    ("gisht-kuprik-border-in", "gisht-kuprik", "border_crossing", "road",
     (0.1, round((CPMM_ROAD_BCP_H["UZ"] + KZ_ROAD_IN_H) / 24, 2), 0.61),
     "CPMM23_UZ;CPMM22_KZ;CPMM22_UZ;TREND_2025_KAZYGURT",
     f"entering Kazakhstan: Uzbek {CPMM_ROAD_BCP_H['UZ']} h (2023; 4.2 h in 2022) + Kazakh inbound {KZ_ROAD_IN_H} h "
     f"(2022; no later figure by direction found); min and max as leaving", "inbound"),
    # Hairatan is Afghan: inbound is into Afghanistan, leaving Uzbekistan (HAIRATAN_ROAD_NOTE, above)
    ("hairatan-border", "hairatan", "border_crossing", "road", hairatan_road_days(0),
     "CPMM23_UZ;CPMM22_UZ;CPMM20_AF",
     HAIRATAN_ROAD_NOTE.format(way="entering Afghanistan", uz=UZ_ROAD_OUT_IN_H[0], uz_way="leaving",
                               uz_max=UZ_ROAD_OUT_IN_MAX_H[0]), "inbound"),
    ("hairatan-border-out", "hairatan", "border_crossing", "road", hairatan_road_days(1),
     "CPMM23_UZ;CPMM22_UZ;CPMM20_AF",
     HAIRATAN_ROAD_NOTE.format(way="leaving Afghanistan", uz=UZ_ROAD_OUT_IN_H[1], uz_way="entering",
                               uz_max=UZ_ROAD_OUT_IN_MAX_H[1]), "outbound"),
    ("hairatan-border-rail", "hairatan", "border_crossing", "rail", hairatan_rail_days(0), "CPMM22_UZ",
     HAIRATAN_RAIL_NOTE.format(way="entering Afghanistan", uz=UZ_RAIL_OUT_IN_H[0], uz_way="leaving",
                               year="2021, the latest",
                               af=AF_RAIL_ACCEPT_D), "inbound", "estimate"),
    ("hairatan-border-rail-out", "hairatan", "border_crossing", "rail", hairatan_rail_days(1), "CPMM23_UZ",
     HAIRATAN_RAIL_NOTE.format(way="leaving Afghanistan", uz=UZ_RAIL_OUT_IN_H[1], uz_way="entering", year="2023",
                               af=AF_RAIL_ACCEPT_D), "outbound", "estimate"),
    ("hairatan-transshipment", "hairatan", "transshipment", "*", (0.5, 1, 3), "NAAN_HAIRATAN",
     "rail to truck with hand unloading (3,500 t flour + 1,500 t wheat a day); 0.5–3 days assumed", "both",
     "estimate"),
    ("torkham-border", "torkham", "border_crossing", "*", (1.01, 2.02, 6.0),
     "CPMM22_PK;CPMM20_AF;TRIBUNE_2025_CLOSURE",
     "leaving Pakistan: Pakistani outbound 24.2 h (2022, CPMM's 'Peshawar' row; no later figure for the crossing "
     "found: Pakistan's outbound average of 2023, 33.1 h, is not Torkham's) + Afghan side 24.2 h (2020); min one "
     "side only; max Pakistani inbound 120 h (2021) + 24.2 h", "outbound"),
    ("torkham-border-in", "torkham", "border_crossing", "*", (1.01, 6.01, 6.01),
     "CPMM22_PK;CPMM23_PK;CPMM20_ROAD;CPMM20_AF;TRIBUNE_2025_CLOSURE",
     "entering Pakistan: Afghan side 24.2 h (2020) + Pakistani inbound 120.0 h (2021, CPMM's latest inbound "
     "figure: its 2023 report has none for 2022 or 2023, and its 2020 report's 4.2 h inbound at Torkham is the "
     "year before; 120 h is also the max); min one side only", "inbound"),
    ("chaman-border", "chaman", "border_crossing", "*", (2.33, 3.09, 3.79), "CPMM22_PK;CPMM20_AF",
     "Spin Boldak 20.2 h (2020) + Chaman 54.0 h (2022, outbound; no later figure for the crossing found); min with "
     "35.7 h, max with 70.7 h (conflicting 2020 figures)"),
    ("khorgos-border-road", "khorgos", "border_crossing", "road", (1.07, 2.14, 14.3), "CPMM23_BCP;BAQ_2025_ALTYNKOL",
     "Khorgos road crossing 51.4 h (2023) incl. transloading between Chinese and Kazakh trucks; min half "
     "(assumed)" + GRAIN_LAB, "outbound"),
    ("khorgos-border-road-in", "khorgos", "border_crossing", "road", (1.07, 2.14, 4.28), "CPMM23_BCP",
     "entering Kazakhstan: Khorgos road crossing 51.4 h (2023) incl. transloading between Chinese and Kazakh "
     "trucks; min half, max double (assumed): the laboratory checks that can hold grain for days are China's, on "
     "grain entering it", "inbound"),
    ("khorgos-border-rail", "khorgos", "border_crossing", "rail", (0.1, 0.2, 0.5), "RAILNEWS_2019_ALTYNKOL",
     "locomotive turnaround 2–5.5 h; the wait is counted in the gauge change"),
    ("khorgos-gauge", "khorgos", "gauge_change", "rail", (1.45, 2.9, 15.8), "CPMM23_KZ;BAQ_2025_ALTYNKOL",
     "leaving Kazakhstan for China: Kazakh rail border average 69.7 h (2023, both ways, worst at Dostyk and "
     "Altynkol); min half (assumed)" + GRAIN_LAB, "outbound"),
    ("khorgos-gauge-in", "khorgos", "gauge_change", "rail", (1.45, 3.25, round(2 * 78.0 / 24, 2)),
     "CPMM22_KZ;CPMM23_KZ",
     "entering Kazakhstan from China: Kazakh rail inbound border time 78.0 h (2022); min as leaving, max double "
     "(assumed, as the gauge default): the laboratory checks that can hold grain for days are China's, on grain "
     "entering it; wagons and bulk: a box takes the container train's time (the rows below)", "inbound"),
    # a box entering Kazakhstan at Khorgos rides a container train, as the Kazakh and Chinese rail legs' speeds
    # assume (RAIL_PER_DAY): its gauge change is a gantry's lift at the dry port, not the survey's average of all
    # rail traffic, in which regular trains are side-tracked to let the container express trains pass (CPMM22_RAIL)
    *[(f"khorgos-gauge-in-{box}", "khorgos", "gauge_change", "rail", KHORGOS_BOX_IN_D,
       "ASTANATIMES_2026_KHORGOS_GW;CNS_2024_URUMQI_ALMATY;KHORGOSGW_2015_FIRST;CPMM22_RAIL;CPMM22_KZ",
       KHORGOS_BOX_IN_NOTE, "inbound", "estimate", box) for box in BOX_TYPES],
    ("khunjerab-border", "khunjerab", "border_crossing", "*",
     (round(0.1 + CN_OUT_H[0] / 24 + WEEKEND_WAIT_D[0], 2), round(0.5 + CN_OUT_H[1] / 24 + WEEKEND_WAIT_D[1], 2),
      round(2.0 + CN_OUT_H[2] / 24 + WEEKEND_WAIT_D[2], 2)),
     "CPMM22_PK;INP_2026_SOST;CPMM23_CN;ECNS_2023_KHUNJERAB;APP_2024_KHUNJERAB;TRIBUNE_2020_SOST;"
     "DAWN_2017_KHUNJERAB;NATION_2023_NLC_KASHGAR",
     f"entering Pakistan: Pakistani side = Khunjerab inbound 2.3 h (2020, one sample) plus Sost customs: 0.5 d "
     f"(0.1–2) assumed; a Chinese truck goes no further than Sost, where its goods are unloaded for clearance and go "
     f"on in a Pakistani truck, the empty container back to the Chinese side (2017, 2020), while a through truck "
     f"under TIR (NLC's, since 2023) is not unloaded: no time for that transfer was found, it is inside the 0.5 d "
     f"assumed; {CN_SIDE_NOTE.format(hours=CN_OUT_H[1], way='leaving China')}{WEEKEND_NOTE}", "inbound"),
    ("khunjerab-border-out", "khunjerab", "border_crossing", "*",
     (round(0.1 + CN_IN_H[0] / 24 + WEEKEND_WAIT_D[0], 2),
      KHUNJERAB_OUT_D,
      round((53.3 + CN_IN_H[2]) / 24 + WEEKEND_WAIT_D[2], 2)),
     "CPMM23_PK;CPMM22_PK;INP_2026_SOST;CPMM23_CN;ECNS_2023_KHUNJERAB;APP_2024_KHUNJERAB",
     f"leaving Pakistan: CPMM has no outbound figure for Khunjerab, so Pakistan's outbound road border average "
     f"stands in for the Pakistani side, {PK_ROAD_OUT_H} h (2023; 28.2 h in 2022; max 53.3 h, 2020), as at Taftan; "
     f"min 0.1 d (Sost) and the Chinese side's; "
     f"{CN_SIDE_NOTE.format(hours=CN_IN_H[1], way='entering China')}{WEEKEND_NOTE}",
     "outbound"),
    ("taftan-border", "taftan", "border_crossing", "*", (0.5, 1.38, 14), "CPMM23_PK;QUETTAVOICE_TAFTAN",
     "Pakistani average road border time 33.1 h (2023); max 14 days: clearance was held up 'for weeks' in "
     "episodes"),
    *[(f"{place}-border-rail", place, "border_crossing", "rail", TM_IR_BORDER_D, "CPMM23_TM",
       f"Turkmen rail border {TM_RAIL_BORDER_H} h (2023; all Turkmen rail crossings, no figure for this one "
       f"published) and the Iranian side, which the CAREC survey does not cover and no source times, the same "
       f"again (assumed); min one side, max double (assumed); the change of gauge is timed on its own",
       "both", "estimate") for place in ("etrek", "sarakhs")],
    ("bolashak-border", "bolashak", "border_crossing", "rail", (0.28, BOLASHAK_OUT_D, 2.9),
     "CPMM22_KZ;CPMM23_TM",
     "leaving Kazakhstan: Kazakh outbound rail 6.8 h (2022) + Turkmen rail border 3.9 h (2023; all Turkmen rail "
     "crossings, no Serhetyaka figure published); min one side, max as the rail default", "outbound"),
    ("bolashak-border-in", "bolashak", "border_crossing", "rail", (0.28, RAIL_DEFAULT_D, 2.9),
     "CPMM22_KZ;CPMM23_UZ",
     "entering Kazakhstan: as the rail default, Kazakh 6.8 h and Uzbek 6.7 h (the Kazakh inbound rail average, "
     "78.0 h in 2022, is the Chinese border's, where the gauge changes); min one side", "inbound"),
    ("zahedan-gauge", "zahedan", "gauge_change", "*", (1, 2, 4), "DAWN_2022_RELIEF;RG_BAM_ZAHEDAN",
     "'a couple of days' to transship 1435/1676 at the Zahedan exchange yard; 1–4 days", "both", "observation"),
    ("etrek-gauge", "etrek", "gauge_change", "rail", tm_ir_gauge_days("etrek"),
     "MEHR_2022_RAI_WAGONS;IRNA_2022_INCHE;MEHR_2018_INCHE;RAME_2021_INCHE;NEWSAZ_2024_CKTI",
     f"bogies changed at Inche Burun (until the broad-gauge link of March 2021 reached it) or containers reloaded "
     f"at Etrek (2024); no time for it found: a train of {GAUGE_TRAIN_WAGONS} wagons (one that entered Iran here, "
     f"2018) at the 50 wagons a day Iran Railways gives as the low end of Inche Burun's capacity (June 2022; it "
     f"handled a record 40–65 a day in November 2022); min at its 200 a day; max double (assumed)",
     "both", "estimate"),
    ("sarakhs-gauge", "sarakhs", "gauge_change", "rail", tm_ir_gauge_days("sarakhs"),
     "MEHR_2022_RAI_WAGONS;MEHR_2018_INCHE;TCA_GOV_TM_NS",
     f"loads transferred 1520→1435 at Sarakhs (containers by crane, 2022); no time for it found: a train of "
     f"{GAUGE_TRAIN_WAGONS} wagons at the 200 wagons a day that Iran Railways said passed Sarakhs in June 2022; min "
     f"at its capacity, 400 a day; max double (assumed)", "both", "estimate"),
]

KGTL = 480  # PKR per tonne, Karachi Gateway Terminal charge from Feb 2024
ZHETYGEN_LIFT = 44900  # KZT per container, Zhetygen terminal handling (receive or dispatch by rail)
CONTAINERS = ("c20", "c40", "c40hc", "r20", "r40")


# The Iranian Ports and Maritime Organization's terminal handling charge for a full container in foreign transit
# (the class of Kazakh goods through Iran to Pakistan and of Pakistani goods to Central Asia), USD per box, for the
# Iranian year 1399 (from 20 March 2020; unchanged from 1398); the northern (Caspian) ports charge 70 % of it
PMO_TRANSIT_THC = {"c20": 129.21, "c40": 162.26, "c40hc": 162.26, "r20": 129.21, "r40": 162.26}
PMO_NORTHERN_SHARE = 0.70


def _iranian_thc(place: str, northern: bool) -> list[tuple]:
    """Per container, the Iranian port tariff's handling charge for foreign transit (PMO_TRANSIT_THC)."""
    share = PMO_NORTHERN_SHARE if northern else 1.0
    rows = []
    for e, usd in PMO_TRANSIT_THC.items():
        notes = []
        if northern:
            notes.append(f"a northern (Caspian) port: 70 % of the southern ports' USD {usd:g} (PMO tariff)")
        if e.startswith("r"):
            notes.append("a reefer at the standard container's rate: the tariff's non-standard class (120 %) is "
                         "not known to include reefers")
        rows.append((f"{place}-port-{e}", place, "port_handling", "*", e, "port handling", "per_unit",
                     round(usd * share, 2), "USD",
                     "PMO_1399_THC" + (";HANSANAV_PMO_THC" if northern else ""), "; ".join(notes), D(2020, 3, 20)))
    return rows


# Gwadar's container tariff (China Overseas Ports Holding Company), USD a box, as reported in September 2025:
# discharged (import) 20' 73 and 40' 104, each the sum of terminal service, weighment, documents and wharfage;
# loaded (export) 20' 88.5; the loaded 40' was not in the report
GWADAR_IN = {"c20": 73.0, "c40": 104.0}
GWADAR_OUT_20 = 88.5


def _gwadar_fees(place: str = "gwadar", charge: str = "port handling", key: str = "",
                 stand_in: str = "") -> list[tuple]:
    """Per container at Gwadar, by the way it passes the quay (ashore: inbound; to sea: outbound). At another
    Pakistani port (``place``), where no container tariff of its own was found, the same figures stand in,
    ``stand_in`` saying so, under that port's own name for the charge (so that a box pays them in place of the
    per-tonne row, not on top of it)."""
    key = key or f"{place}-port"
    sources = "INP_2025_GWADAR"  # a stand-in's note names its 2009 cross-check, which does not date the figure
    rows = []
    for e in CONTAINERS:
        size = "c20" if e.endswith("20") else "c40"
        reefer = "; a reefer at the dry box's rate (no reefer rate reported)" if e.startswith("r") else ""
        rows.append((f"{key}-{e}", place, "port_handling", "*", e, charge, "per_unit",
                     GWADAR_IN[size], "USD", sources, _join_notes(stand_in, reefer.lstrip("; ")), None, "inbound"))
        out = GWADAR_OUT_20 if size == "c20" else round(GWADAR_OUT_20 * GWADAR_IN["c40"] / GWADAR_IN["c20"], 2)
        note = ("" if size == "c20" else "no loaded 40' rate reported: the loaded 20' rate USD 88.5 × 104 / 73, the "
                "ratio of the discharged 40' to 20'") + reefer
        rows.append((f"{key}-{e}-out", place, "port_handling", "*", e, charge, "per_unit", out,
                     "USD", sources, _join_notes(stand_in, note.lstrip("; ")), None, "outbound"))
    return rows


# Karachi's container terminals (KICT and PICT at the West Wharf, SAPT at Keamari, KGTL at the East Wharf) charge a
# box by its size, not by its tonnes: KGTL's Rs 480 a tonne (Feb 2024) is its charge for general cargo over the
# quay (LCCI: "general cargo delivery", Rs 50 → 480 a ton), for cargo not in containers. No current per-box tariff
# of a Karachi or Port Qasim terminal was found (searched: KICT, PICT, SAPT, QICT and KGTL tariffs and terminal
# handling charges, 2019–2026), so the per-box tariff of Gwadar, Pakistan's other container port, stands in
PK_BOX_STAND_IN = ("no current container tariff of this port found (searched: the KICT, PICT, SAPT, QICT and KGTL "
                   "terminals' per-box charges, 2019–2026): Gwadar's per-box tariff (COPHC, as reported in "
                   "September 2025) stands in, another Pakistani port's; cross-check: the shipping lines' terminal "
                   "handling charge at Karachi was Rs 7,550 a 20' and Rs 11,350 a 40' box from April 2009 "
                   "(TURKMAR_KHI_THC), the one Karachi per-box figure found, too old to carry forward")


def _wait_fees(place: str, stand_in: str) -> list[tuple]:
    """What a day's wait at a closed crossing costs (PAJCCI, Torkham closed February 2023): each truck a holding
    charge, and each container a shipping line's detention on top (the Loadstar's USD 130-170 a day for boxes held
    on the road to Chaman in 2022 brackets it); a box on the road rides a truck of its own (CPMM's 20-t load is a
    truck's, and the tables put one 40' box on it)."""
    sources = "THENEWS_2023_TORKHAM_HOLD"
    return [(f"{place}-wait-truck", place, "closure_wait", "road", "*", "truck holding charge", "per_unit_day", 6000,
             "PKR", sources, stand_in, None),
            *[(f"{place}-wait-detention-{e}", place, "closure_wait", "road", e, "container detention", "per_unit_day",
               160, "USD", f"{sources};LOADSTAR_2022_PK_DND",
               _join_notes(stand_in, "a shipping line's box: a shipper-owned container pays no detention"), None)
              for e in CONTAINERS]]


def _join_notes(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _port_fees(place: str, country: str, stand_in: str) -> list[tuple]:
    """A port's handling where no tariff of its own was found: per container the Kazakh terminal's lift fee in
    KZT (1520-mm side of the Caspian) or the Iranian ports' tariff (``ir-south``, ``ir-north``), otherwise
    Karachi's per-tonne charge in PKR, each saying what stands in. One charge, so that a container pays its own
    row and not the per-tonne row as well."""
    rows = []
    if stand_in.startswith("ir-"):
        rows += _iranian_thc(place, northern=stand_in == "ir-north")
    elif stand_in == "gwadar":
        rows += _gwadar_fees()
    elif stand_in == "pk-box":
        rows += _gwadar_fees(place, stand_in=PK_BOX_STAND_IN)
    elif stand_in == "kz":
        rows += [(f"{place}-port-{e}", place, "port_handling", "*", e, "port handling", "per_unit", ZHETYGEN_LIFT,
                  "KZT", "ZHETYGEN_KLO_TARIFF",
                  f"no {country} port tariff found: the Zhetygen (Kazakhstan) terminal fee for one container lift "
                  f"stands in", None) for e in CONTAINERS]
    missing = (f"no dated {country} port charge for cargo not in containers found"
               if stand_in.startswith("ir-") or stand_in in ("gwadar", "pk-box")
               else f"no {country} port tariff found")
    rows.append((f"{place}-port", place, "port_handling", "*", "*", "port handling", "per_tonne", KGTL, "PKR",
                 "TRIBUNE_2024_KGTL", f"{missing}: the Karachi Gateway Terminal charge Rs 480/t (Pakistan) stands in",
                 None))
    return rows


# An elevator's price for grain received from rail wagons and shipped on in rail wagons (Ipatovo, Russia, for the
# 2024 harvest, including 20 % VAT), and for the use of its sidings per wagon: the one dated wagon-to-wagon grain
# price found; no price at a change of gauge was found in any of the corridor's countries
ELEVATOR_RAIL_TRANSIT = 522.18  # RUB per tonne
ELEVATOR_SIDING = 2162.40  # RUB per wagon
RUB_PER_USD = 76.04  # CBR, 23 Jan 2026: the FX table's row, and the notes' conversion


def _grain_transfer_fees(place: str, country: str, event: str, key: str = "") -> list[tuple]:
    """Grain in hopper wagons moved into the wagons of the other gauge, priced as an elevator's rail-to-rail
    transit (in place of the per-tonne row of the same charge), with its sidings for the wagon emptied and the wagon
    filled. ``key``: the start of the rows' ids, where ``place`` is not (the default rows, for any place)."""
    whose = f"{country} " if country else ""
    stand_in = (f"no {whose}price found for moving grain from wagon to wagon: a Russian elevator's charge for "
                f"grain received from and shipped on in rail wagons (Ipatovo, 2024 harvest, including 20 % VAT) "
                f"stands in, USD {ELEVATOR_RAIL_TRANSIT / RUB_PER_USD:.2f}/t at {RUB_PER_USD} RUB; cross-check: a "
                f"Kazakh state elevator's charges for grain received from and loaded into wagons add up to "
                f"3,160–3,800 KZT/t (Astyk Koymalary, Food Contract Corporation, fcc.kz; undated, about "
                f"2019/20), USD {3160 / 505:.1f}–{3800 / 505:.1f}/t at 505 KZT")
    key = f"{key or place}-{event.replace('_', '-')}-hopper"
    return [(key, place, event, "*", "hopper", "gauge change / transfer", "per_tonne", ELEVATOR_RAIL_TRANSIT,
             "RUB", "IPATOVO_2024_ELEVATOR", stand_in, None),
            (f"{key}-sidings", place, event, "*", "hopper", "siding use (wagon in and out)", "per_unit",
             2 * ELEVATOR_SIDING, "RUB", "IPATOVO_2024_ELEVATOR",
             f"no {whose}price found: the Ipatovo (Russia) elevator's charge for the use "
             f"of its sidings stands in, {ELEVATOR_SIDING:,.2f} RUB per wagon (2024, including 20 % VAT), twice: "
             f"for the wagon emptied and the wagon of the other gauge filled (counted at the same payload)", None)]


def _transfer_fees(place: str, country: str, event: str) -> list[tuple]:
    """A gauge change or transfer where no price was found: per container two Kazakh terminal lifts (off one
    wagon, onto the other), per hopper wagon an elevator's rail-to-rail transit (``_grain_transfer_fees``),
    otherwise Karachi's per-tonne charge, each saying what stands in."""
    return [*[(f"{place}-{event.replace('_', '-')}-{e}", place, event, "*", e, "gauge change / transfer", "per_unit",
               2 * ZHETYGEN_LIFT, "KZT", "ZHETYGEN_KLO_TARIFF",
               f"no {country} transfer price found: two Zhetygen (Kazakhstan) container lifts, off one wagon and onto "
               f"the other, stand in", None) for e in CONTAINERS],
            *_grain_transfer_fees(place, country, event),
            (f"{place}-{event.replace('_', '-')}", place, event, "*", "*", "gauge change / transfer", "per_tonne",
             KGTL, "PKR", "TRIBUNE_2024_KGTL",
             f"no {country} transfer price found: the Karachi terminal charge (one lift, Pakistan) stands in", None)]


def _other_side_rail(country: str) -> str:
    """The estimate for a rail border's side whose cost was not found, as the default row's for each side."""
    return (f"no {country} rail border cost for this crossing found: the mean of the CAREC survey's Kazakh "
            f"({CPMM_RAIL_BCP_USD['KZ']}, 2022) and Uzbek ({CPMM_RAIL_BCP_USD['UZ']}, 2023) rail border costs, USD "
            f"{MEDIAN_RAIL_BCP_USD:g}, stands in, as for each side of a crossing with no figures "
            f"(default-border-rail)")


NODE_FEES = [
    # id, place, event, mode, equipment, charge, basis, amount, currency, sources, note, valid_from[, direction[, the
    # country that charges it: the side of the border, where the fee is one side's]]
    # a box pays by its size (stood in for by Gwadar's tariff); cargo not in containers the Gateway Terminal's
    # Rs 480 a tonne for general cargo over its quay
    ("karachi-terminal", "karachi", "port_handling", "*", "*", "terminal charge", "per_tonne", KGTL, "PKR",
     "TRIBUNE_2024_KGTL;URDUPOINT_2024_LCCI_KGTL", "", D(2024, 2, 1)),
    *_gwadar_fees("karachi", "terminal charge", "karachi-terminal", PK_BOX_STAND_IN),
    # crude is discharged at the oil piers, not over the Gateway Terminal's quay: the same figure, said to stand in
    ("karachi-terminal-tanker", "karachi", "port_handling", "*", "tanker", "terminal charge", "per_tonne", KGTL,
     "PKR", "TRIBUNE_2024_KGTL", "no charge found for crude discharged at Karachi's oil piers: the Karachi Gateway "
     "Terminal's charge for cargo over its quay (East Wharf, Rs 480/t from Feb 2024) stands in", D(2024, 2, 1)),
    ("default-port", "*", "port_handling", "*", "*", "port handling", "per_tonne", KGTL, "PKR", "TRIBUNE_2024_KGTL",
     "no charge found for this port: the Karachi Gateway Terminal charge Rs 480/t (Pakistan) stands in", None),
    *_port_fees("port-qasim", "Port Qasim", "pk-box"), *_port_fees("gwadar", "Gwadar", "gwadar"),
    *_port_fees("bandar-abbas", "Iranian", "ir-south"), *_port_fees("amirabad", "Iranian", "ir-north"),
    *_port_fees("aktau", "Aktau", "kz"), *_port_fees("kuryk", "Kuryk", "kz"), *_port_fees("baku", "Azerbaijani", "kz"),
    *_port_fees("poti", "Georgian", "kz"), *_port_fees("novorossiysk", "Russian", "pk"),
    *_port_fees("ceyhan", "Turkish", "pk"),
    *_transfer_fees("khorgos", "Kazakh", "gauge_change"), *_transfer_fees("etrek", "Turkmen", "gauge_change"),
    *_transfer_fees("sarakhs", "Iranian", "gauge_change"), *_transfer_fees("zahedan", "Iranian", "gauge_change"),
    *[(f"default-transshipment-{e}", "*", "transshipment", "*", e, "transshipment", "per_unit", ZHETYGEN_LIFT, "KZT",
       "ZHETYGEN_KLO_TARIFF", "no transshipment price found for this place: one Zhetygen (Kazakhstan) container lift, "
       "from the one vehicle onto the other, stands in", None) for e in CONTAINERS],
    ("default-transshipment", "*", "transshipment", "*", "*", "transshipment", "per_tonne", KGTL, "PKR",
     "TRIBUNE_2024_KGTL", "no transshipment price found for this place: the Karachi terminal charge (one lift, "
     "Pakistan) stands in", None),
    *_grain_transfer_fees("*", "", "gauge_change", key="default"),
    ("default-gauge", "*", "gauge_change", "*", "*", "gauge change / transfer", "per_tonne", KGTL, "PKR",
     "TRIBUNE_2024_KGTL", "no gauge-change price found for this place: the Karachi terminal charge (one lift, "
     "Pakistan) stands in", None),
    # a wait at a closed Pakistan–Afghanistan crossing (event closure_wait: per day waited, README step 4)
    *_wait_fees("torkham", ""), *_wait_fees("chaman", "no figure found for Chaman: those of Torkham (February 2023) "
                                            "stand in, for the same Pakistani trucks and shipping lines' boxes"),
    ("default-border-road", "*", "border_crossing", "road", "*", "border crossing (both sides)", "per_unit",
     2 * MEDIAN_ROAD_BCP_USD, "USD", "CPMM22_KZ;CPMM23_UZ;CPMM20_AF;CPMM23_PK",
     f"no road border cost for this crossing found: the median of the CAREC survey's road border costs (KZ "
     f"{CPMM_ROAD_BCP_USD['KZ']}, 2022; UZ {CPMM_ROAD_BCP_USD['UZ']}, 2023; AF {CPMM_ROAD_BCP_USD['AF']}, 2020; PK "
     f"{CPMM_ROAD_BCP_USD['PK']}, 2023), USD {MEDIAN_ROAD_BCP_USD:g}, stands in for each of its two sides",
     None),
    ("default-border-rail", "*", "border_crossing", "rail", "*", "border crossing (both sides)", "per_unit",
     2 * MEDIAN_RAIL_BCP_USD, "USD", "CPMM22_KZ;CPMM23_UZ",
     f"no rail border cost for this crossing found: the mean of the CAREC survey's Kazakh ({CPMM_RAIL_BCP_USD['KZ']}, "
     f"2022) and Uzbek ({CPMM_RAIL_BCP_USD['UZ']}, 2023) rail border costs, USD {MEDIAN_RAIL_BCP_USD:g}, stands in for "
     f"each of its two sides", None),
    # the Tashkent–Kashgar road crosses two borders, China–Kyrgyzstan at Irkeshtam and Kyrgyzstan–Uzbekistan at
    # Dustlik, with no border place of the tables on it: charged where the leg ends, both of them
    *[(f"{place}-irkeshtam-dustlik", place, "border_crossing", "road", "*", "two border crossings (both sides each)",
       "per_unit", sum(sides.values()), "USD", "CPMM23_UZ;CPMM23_KG;CPMM23_CN",
       f"{way}: no figure for Irkeshtam or Dustlik alone found: each side the CAREC survey's road border cost of its "
       f"country in that direction (2023, all of that country's road crossings): "
       + " + ".join(f"{side} USD {usd}" for side, usd in sides.items())
       + f" = USD {sum(sides.values())}; the Kyrgyz inbound figure, 186, was 34 in 2022, the survey "
         f"putting the rise down to inconsistent fee structures", None)
      for place, way, sides in IRK_BORDER_USD],
    ("saryagash-kz", "saryagash", "border_crossing", "rail", "*", "Kazakh rail border", "per_unit", 297, "USD",
     "CPMM22_KZ", "", None, "both", "KZ"),
    ("saryagash-uz", "saryagash", "border_crossing", "rail", "*", "Uzbek rail border", "per_unit",
     CPMM_RAIL_BCP_USD["UZ"], "USD", "CPMM23_UZ", "", None, "both", "UZ"),
    ("gisht-kuprik-kz", "gisht-kuprik", "border_crossing", "road", "*", "Kazakh road border", "per_unit", 19,
     "USD", "CPMM22_KZ", "", None, "outbound", "KZ"),
    ("gisht-kuprik-kz-in", "gisht-kuprik", "border_crossing", "road", "*", "Kazakh road border", "per_unit", 504,
     "USD", "CPMM22_KZ", "", None, "inbound", "KZ"),
    ("gisht-kuprik-uz", "gisht-kuprik", "border_crossing", "road", "*", "Uzbek road border", "per_unit",
     CPMM_ROAD_BCP_USD["UZ"], "USD", "CPMM23_UZ", "", None, "both", "UZ"),
    # the slot costs one monthly calculation index (MRP), which the budget law sets each year: the tariffs sheet
    # 'fee_units' gives its value for the day, as it does for the Kazakh declaration fees set in MRP
    # a slot a truck: "12,975 KZT e-queue slot (1 MRP)" for three trucks read as if one MRP were 12,975 KZT, beside
    # "6 MRP × 4,325.00 KZT" in the same quote
    ("gisht-kuprik-queue", "gisht-kuprik", "border_crossing", "road", "*", "e-queue slot (1 MRP a truck)", "per_unit",
     1, "MRP", "STATUS_2024_KZBORDERFEE", "", D(2024, 3, 18), "both", "KZ"),
    ("hairatan-uz", "hairatan", "border_crossing", "road", "*", "Uzbek road border", "per_unit",
     CPMM_ROAD_BCP_USD["UZ"], "USD", "CPMM23_UZ", "", None, "both", "UZ"),
    ("hairatan-af", "hairatan", "border_crossing", "road", "*", "Afghan road border", "per_unit", 240, "USD",
     "CPMM20_AF", "", None, "both", "AF"),
    ("hairatan-bridge", "hairatan", "border_crossing", "road", "*", "Friendship Bridge fee", "per_unit", 7000, "AFN",
     "VZGLYAD_2024_FEES", "", D(2024, 9, 28), "both", "AF"),
    ("hairatan-entry", "hairatan", "border_crossing", "road", "*", "truck entry fee", "per_unit", 3500, "AFN",
     "VZGLYAD_2024_FEES", "", D(2024, 9, 28), "both", "AF"),
    ("hairatan-rail-uz", "hairatan", "border_crossing", "rail", "*", "Uzbek rail border", "per_unit",
     CPMM_RAIL_BCP_USD["UZ"], "USD", "CPMM23_UZ", "", None, "both", "UZ"),
    ("hairatan-rail-termez", "hairatan", "border_crossing", "rail", "*", "Termez wagon fee", "per_unit", 100, "USD",
     "AFGHANAN_2024_TARIFF", "USD 200 per 40-t wagon cut 50% in May 2024", D(2024, 5, 1), "both", "UZ"),
    ("hairatan-rail-af", "hairatan", "border_crossing", "rail", "*", "Afghan rail border", "per_unit",
     MEDIAN_RAIL_BCP_USD, "USD", "CPMM22_KZ;CPMM23_UZ", _other_side_rail("Afghan"), None, "both", "AF"),
    ("torkham-af", "torkham", "border_crossing", "*", "*", "Afghan road border", "per_unit", 240, "USD", "CPMM20_AF",
     "", None, "both", "AF"),
    ("torkham-pk", "torkham", "border_crossing", "*", "*", "Pakistani border clearance", "per_unit", 267, "USD",
     "CPMM22_PK", "", None, "outbound", "PK"),
    ("torkham-pk-in", "torkham", "border_crossing", "*", "*", "Pakistani border clearance", "per_unit", 525, "USD",
     "CPMM22_PK", "", None, "inbound", "PK"),
    ("chaman-af", "chaman", "border_crossing", "*", "*", "Afghan road border", "per_unit", 240, "USD", "CPMM20_AF",
     "", None, "both", "AF"),
    ("chaman-pk", "chaman", "border_crossing", "*", "*", "Pakistani border (Chaman)", "per_unit", 50, "USD",
     "CPMM22_PK", "", None, "both", "PK"),
    ("khorgos-road", "khorgos", "border_crossing", "road", "*", "Kazakh road border", "per_unit", 19, "USD",
     "CPMM22_KZ", "", None, "outbound", "KZ"),
    ("khorgos-road-in", "khorgos", "border_crossing", "road", "*", "Kazakh road border", "per_unit", 504, "USD",
     "CPMM22_KZ", "", None, "inbound", "KZ"),
    ("khorgos-rail", "khorgos", "border_crossing", "rail", "*", "Kazakh rail border", "per_unit", 297, "USD",
     "CPMM22_KZ", "", None, "both", "KZ"),
    ("khorgos-rail-cn", "khorgos", "border_crossing", "rail", "*", "Chinese rail border", "per_unit",
     MEDIAN_RAIL_BCP_USD, "USD", "CPMM22_KZ;CPMM23_UZ", _other_side_rail("Chinese"), None, "both", "CN"),
    # the Chinese side of the road crossing, as at Khunjerab: the PRC's averages over its road crossings, of which
    # Khorgos is one; no rail figure of the PRC's side was found (khorgos-rail-cn: the default's side)
    ("khorgos-cn", "khorgos", "border_crossing", "road", "*", "Chinese road border (Khorgos)", "per_unit", 358,
     "USD", "CPMM23_CN", "the PRC's road border cost leaving China (CPMM 2023, the average of all its road crossings, "
     "Khorgos among them)", None, "inbound", "CN"),
    ("khorgos-cn-out", "khorgos", "border_crossing", "road", "*", "Chinese road border (Khorgos)", "per_unit", 266,
     "USD", "CPMM23_CN", "the PRC's road border cost entering China (CPMM 2023, the average of all its road "
     "crossings, Khorgos among them)", None, "outbound", "CN"),
    ("khunjerab-cn", "khunjerab", "border_crossing", "*", "*", "Chinese border (Tashkurgan)", "per_unit", 358,
     "USD", "CPMM23_CN", "no Khunjerab charge of its own found: the PRC's road border cost leaving China (CPMM 2023, "
     "all its road crossings) stands in", None, "inbound", "CN"),
    ("khunjerab-cn-out", "khunjerab", "border_crossing", "*", "*", "Chinese border (Tashkurgan)", "per_unit", 266,
     "USD", "CPMM23_CN", "no Khunjerab charge of its own found: the PRC's road border cost entering China (CPMM "
     "2023, all its road crossings) stands in", None, "outbound", "CN"),
    ("khunjerab-pk", "khunjerab", "border_crossing", "*", "*", "Pakistani border (Sost)", "per_unit", 238, "USD",
     "CPMM23_PK", "Pakistani average road border cost (2023); no Sost schedule found", None, "both", "PK"),
    ("bolashak-kz", "bolashak", "border_crossing", "rail", "*", "Kazakh rail border", "per_unit", 297, "USD",
     "CPMM22_KZ", "", None, "both", "KZ"),
    ("bolashak-tm", "bolashak", "border_crossing", "rail", "*", "Turkmen rail border", "per_unit",
     MEDIAN_RAIL_BCP_USD, "USD", "CPMM22_KZ;CPMM23_UZ", _other_side_rail("Turkmen"), None, "both", "TM"),
]

# ----------------------------------------------------------------------------------------------- closures
KZ_RAIL_LEGS = [leg.leg_id for leg in LEGS if leg.leg_id.startswith("kz-rail")]
KTZ_DECISION_CHECKED = D(2026, 12, 1)  # the day the sources were last searched for a decision on KTZ's proposal
IRAN_WAR = ("war with the US and Israel since 28 Feb 2026; a ceasefire since 7 Apr and a memorandum in June, but "
            "strikes may resume: transit through Iran may stop or be delayed")
HORMUZ_RISK = ("Strait of Hormuz: shut by Iran in March 2026, a US naval blockade of Iranian ports from mid-April to "
               "June; since then passage with Iran's permission and traffic about half of normal; war-risk insurance "
               "and surcharges are not in the rates here")
# the Caspian's storm window, every year: its first and last day (the caspian-weather rows below)
CASPIAN_STORM_WINDOW = (D(2000, 10, 1), D(2000, 3, 31))
HORMUZ_LEGS = ("sea-bandar-abbas-karachi", "sea-bandar-abbas-port-qasim", "sea-bandar-abbas-gwadar",
               "sea-tanker-bandar-abbas-karachi")
IRK_HOLIDAYS = {kind: f"Irkeshtam closed for {holiday}, at the Chinese side's initiative" for kind, holiday in (
    ("spring", "the Spring Festival in China"), ("national", "China's National Day"), ("new-year", "the New Year"),
    ("dragon-boat", "the Dragon Boat Festival in China"), ("mid-autumn", "the Mid-Autumn Festival in China"))}
# Khorgos by road: name, reason, first and last day closed, every year, sources, note
KZ_CN_HOLIDAY = "the Kazakh–Chinese road checkpoints do not work on Kazakhstan's holidays; the rail crossings do"
KZ_CN_SPRING = "the Kazakh–Chinese road checkpoints closed for the Spring Festival in China; the rail crossings work"
KZ_CN_CHINA = "the Kazakh–Chinese road checkpoints closed for China's holidays; the rail crossings work"
KHORGOS_ROAD_CLOSURES = [
    *[(f"may-{day}", KZ_CN_HOLIDAY, D(2000, 5, day), D(2000, 5, day), "yes", "KT_2021_KZCN_MAY;TREND_2024_KZCN_MAY",
       "1, 7 and 9 May 2021 and 2024, under the intergovernmental agreement on the checkpoints; assumed every year")
      for day in (1, 7, 9)],
    ("national-day", KZ_CN_CHINA, D(2000, 10, 1), D(2000, 10, 3), "yes", "TRANSRU_2023_KZCN_NATIONALDAY",
     "1-3 October 2023, China's National Day; assumed every year, as at Irkeshtam"),
    ("mid-autumn-2023", KZ_CN_CHINA, D(2023, 9, 29), D(2023, 9, 29), "no", "TRANSRU_2023_KZCN_NATIONALDAY",
     "the Mid-Autumn Festival's day"),
    ("mid-autumn-2027", KZ_CN_CHINA, D(2027, 9, 15), D(2027, 9, 15), "no", "TRANSRU_2023_KZCN_NATIONALDAY",
     "estimate, not yet announced: the festival's day, as in 2023"),
    ("dragon-boat-2023", KZ_CN_CHINA, D(2023, 6, 22), D(2023, 6, 22), "no", "AQSHAM_2023_KZCN_DRAGONBOAT",
     "the Dragon Boat Festival's day"),
    ("dragon-boat-2027", KZ_CN_CHINA, D(2027, 6, 9), D(2027, 6, 9), "no", "AQSHAM_2023_KZCN_DRAGONBOAT",
     "estimate, not yet announced: the festival's day, as in 2023"),
    ("spring-2026", KZ_CN_SPRING, D(2026, 2, 16), D(2026, 2, 18), "no", "QAZAQ24_2026_KZCN_SPRING",
     "the festival's eve (16 February) and its first two days"),
    ("spring-2027", KZ_CN_SPRING, D(2027, 2, 5), D(2027, 2, 7), "no", "QAZAQ24_2026_KZCN_SPRING",
     "estimate, not yet announced: the days closed in 2026 (the festival's eve and first two), for the festival on "
     "6 February 2027"),
]
# name, holiday, first and last day closed, every year, sources, note. The closures of 2027 are estimates: the days
# of the recent closures for the same holiday, relative to its day in 2027 (the Spring Festival on 6 February, the
# Dragon Boat Festival on 9 June, the Mid-Autumn Festival on 15 September)
IRKESHTAM_CLOSURES = [
    ("new-year", "new-year", D(2000, 1, 1), D(2000, 1, 1), "yes",
     "KAKTUS_2023_IRKESHTAM_WEEKDAYS;KG24_2025_IRK_NEWYEAR",
     "closed on 1 January 2024 and 2026 (in 2026 until 10 p.m.); assumed every year"),
    ("national-day", "national", D(2000, 10, 1), D(2000, 10, 3), "yes", "TREND_2025_IRK_NATIONALDAY",
     "closed 1-3 October 2025 (freight only on 4-5 October); the notice calls the closures for China's festivals "
     "recurrent; assumed every year"),
    ("spring-2018", "spring", D(2018, 2, 15), D(2018, 2, 21), "no", "KG24_2018_IRK_SPRING", ""),
    ("spring-2024", "spring", D(2024, 2, 10), D(2024, 2, 12), "no", "KG24_2024_IRK_SPRING",
     "the festival's first three days (10 February 2024)"),
    ("spring-2026", "spring", D(2026, 2, 16), D(2026, 2, 18), "no", "ASIATV_2026_IRK_SPRING",
     "from 8 p.m. on 15 February to 8 a.m. on 19 February: the festival's eve (16 February) and its first two days"),
    ("spring-2027", "spring", D(2027, 2, 5), D(2027, 2, 8), "no",
     "KG24_2024_IRK_SPRING;ASIATV_2026_IRK_SPRING;KG24_2018_IRK_SPRING",
     "estimate, not yet announced: the days closed in 2024 (the festival's first three) and in 2026 (its eve and "
     "first two) together, for the festival on 6 February 2027; in 2018 the crossing closed for seven days"),
    ("dragon-boat-2025", "dragon-boat", D(2025, 5, 31), D(2025, 5, 31), "no", "QAZINFORM_2025_IRK_DRAGONBOAT",
     "the festival's day"),
    ("dragon-boat-2027", "dragon-boat", D(2027, 6, 9), D(2027, 6, 9), "no", "QAZINFORM_2025_IRK_DRAGONBOAT",
     "estimate, not yet announced: the festival's day, as in 2025"),
    ("mid-autumn-2025", "mid-autumn", D(2025, 10, 6), D(2025, 10, 6), "no", "TREND_2025_IRK_NATIONALDAY",
     "the festival's day"),
    ("mid-autumn-2027", "mid-autumn", D(2027, 9, 15), D(2027, 9, 15), "no", "TREND_2025_IRK_NATIONALDAY",
     "estimate, not yet announced: the festival's day, as in 2025"),
]
CLOSURES = [
    # id, kind, target, effect, start, end, every_year, modes, reason, sources, note[, cargo classes[, the day a
    # proposal's decision was last looked for]]
    *[(f"pk-af-closure-{p}", "place", p, "closed", D(2025, 10, 12), None, "no", "*",
       "Pakistan–Afghanistan crossings closed to trade after the clashes of 11–13 Oct 2025; trade still "
       "suspended in Feb 2026", "TRIBUNE_2025_CLOSURE;IANS_2025_CLOSURE;TOI_2026_QTTA;MNN_2025_CLOSURE", "")
      for p in ("torkham", "chaman", "kharlachi")],
    ("torkham-closure-2025-02", "place", "torkham", "closed", D(2025, 2, 21), D(2025, 3, 21), "no", "*",
     "Torkham shut from 21 Feb 2025 for weeks; more than 5,000 trucks stranded", "PROFIT_2025_TORKHAM",
     "end date assumed four weeks after the start ('weeks')"),
    ("khunjerab-winter", "place", "khunjerab", "risk", D(2000, 11, 30), D(2000, 4, 1), "yes", "road",
     "Khunjerab winter: open all year since 1 Dec 2024 (closed 30 Nov–1 Apr under the 1985 protocol before); snow "
     "and ice can still hold trucks on the pass",
     "DAWN_2024_KHUNJERAB_YEAR_ROUND;XINHUA_2024_KHUNJERAB_YEAR_ROUND;APP_2024_KHUNJERAB;INP_2026_SOST;"
     "DAILYPK_2024_KHUNJERAB;BR_2020_KHUNJERAB;THENEWS_2024_SOSTWINTER;BR_2024_KHUNJERAB_SNOW",
     "open all year: the port of entry in Tashkurgan turned from seasonal (1 Apr–30 Nov) to year-round by a "
     "decision in force from 20 Sep 2024 (Xinhua, 24 Sep 2024), and the crossing opened so on 1 Dec 2024 (Pakistan's "
     "Foreign Office, under Art. 2(3) of the 2013 border ports agreement: 40 Chinese containers reached Sost on 2 "
     "Dec, Dawn, 3 Dec 2024), closed on weekends only (Khunjerab Customs, Dec 2024); the closure 'for four months' "
     "reported on 29 Nov 2024 (Daily Pakistan) came before that statement, and the Sost dry port has since "
     "worked two winters (INP, Jan 2026); before Dec 2024 the pass closed 30 Nov–1 Apr with openings for stranded "
     "cargo (e.g. 15–25 Dec 2020); kept as a risk for the winter: a convoy of 27 Chinese trucks reached Sost "
     "over two days in snow and one overturned (March 2024); the window is the protocol's, every year"),
    # the winter's reported closures: cargo trucks stopped 14–15 Nov 2020, the highway closed indefinitely 25 Jan
    # 2025 and blocked by snow 11 Mar 2020 (no shipment of the calibration sheet: the TIR truck held by snow in
    # Feb–Mar 2022, which once stood here, is the sheet's Tashkent → Torkham row)
    # Irkeshtam, within the Tashkent – Kashgar road: the Kyrgyz Border Service's notices of the days it closes at
    # the Chinese side's initiative for China's holidays (recent years: the first days of the holiday only). Met on
    # the day the cargo reaches the crossing (at_km), about three quarters of the leg's days from Tashkent; waited
    # out (max_wait_days), since each ends within days
    *[(f"irkeshtam-{name}", "leg", "irk-road-tashkent-kashgar", "closed", start, end, yearly, "road",
       IRK_HOLIDAYS[holiday], f"{sources};ENDLESSROADS_KASHGAR_IRKESHTAM", f"{note}; {IRKESHTAM_AT_KM_NOTE}", "*",
       None, IRKESHTAM_AT_KM)
      for name, holiday, start, end, yearly, sources, note in IRKESHTAM_CLOSURES],
    # Khorgos by road (Nur Zholy): the Kazakh–Chinese road checkpoints stop on the two countries' holidays (the rail
    # crossing works); those of 2027 estimated as Irkeshtam's
    *[(f"khorgos-road-{name}", "place", "khorgos", "closed", start, end, yearly, "road", reason, sources, note)
      for name, reason, start, end, yearly, sources, note in KHORGOS_ROAD_CLOSURES],
    ("salang-winter", "leg", "af-road-mazar-kabul", "risk", D(2000, 11, 1), D(2000, 3, 31), "yes", "road",
     "Salang pass and tunnel: winter snow closures (e.g. closed indefinitely 25 Jan 2025)",
     "DAWAT_2025_SALANG;TKG_2020_SALANG;REPORTERLY_2020_SALANG",
     "window November–March assumed from the reported winter closures: cargo trucks stopped 14–15 Nov 2020, "
     "closed indefinitely 25 Jan 2025, blocked 11 Mar 2020"),
    *[(f"caspian-weather-{leg}", "leg", leg, "risk", *CASPIAN_STORM_WINDOW, "yes", "*",
       "Caspian sailings are weather-dependent; winter storms delay ferries",
       "EURASIATRAVEL_FERRY;LADA_2025_KTZ_CASPIAN;EVRIMAGACI_2024_KURYK;AZERNEWS_2025_ASCO_STORM;"
       "NEWSAZ_2018_ASCO_STORM",
       f"window {month_name[CASPIAN_STORM_WINDOW[0].month]}–{month_name[CASPIAN_STORM_WINDOW[1].month]} from the "
       f"dated closures: the Kazakh ports closed to ship calls {KZ_PORTS_CLOSED_IN_OCTOBER_D[2025]} days in October "
       f"2025 and {KZ_PORTS_CLOSED_IN_OCTOBER_D[2024]} in October 2024 (KTZ), Kuryk closed by weather about half the "
       f"time in November and December (its director, Dec 2024), ASCO's fleet at anchor {CASPIAN_CLOSURE_D} days in "
       f"February 2025 and its sailings stopped by a storm on 30 March 2018; was November–March, assumed")
      for leg in ("ferry-aktau-baku", "ferry-kuryk-baku", "ferry-kuryk-amirabad", "sea-tanker-aktau-baku")],
    # every route through Iran is told once, at the places it enters and leaves by: a forwarder's first caveat
    *[(f"iran-sanctions-{place}", "place", place, "risk", D(2018, 11, 5), None, "no", "*",
       "US sanctions on Iran's banks, ports and shipping: payment through banks restricted; carriers, insurers and "
       "banks may refuse Iranian transit",
       "MEES_2018_IRAN;STANDARD_2018_IRAN;ARABNEWS_2025_BARTER", "")
      for place in ("sarakhs", "etrek", "taftan", "amirabad", "bandar-abbas")],
    # the war of 2026: every route through Iran is told at the places it enters and leaves by, and the sailings
    # from Bandar Abbas cross the Strait of Hormuz
    *[(f"iran-war-{place}", "place", place, "risk", D(2026, 2, 28), None, "no", "*", IRAN_WAR,
       "INTERFAX_2026_HORMUZ;ARAGHCHI_2026_CEASEFIRE;ECHOHARBOR_2026_BLOCKADE", "")
      for place in ("sarakhs", "etrek", "taftan", "amirabad", "bandar-abbas")],
    *[(f"hormuz-risk-{leg}", "leg", leg, "risk", D(2026, 3, 1), None, "no", "*", HORMUZ_RISK,
       "NATIONTHAILAND_2026_HORMUZ;GEO_2026_HORMUZ;ARAGHCHI_2026_CEASEFIRE;CHRISTIANCORNER_2026_BLOCKADE;"
       "ECHOHARBOR_2026_BLOCKADE;JARAYID_2026_HORMUZ", "")
      for leg in HORMUZ_LEGS],
    ("red-sea-sea-poti-karachi", "leg", "sea-poti-karachi", "risk", D(2024, 1, 1), None, "no", "*",
     "Red Sea security risk: diversion round the Cape adds weeks and up to USD 3,000 per container",
     "FRESHPLAZA_2024_REDSEA;ASSTRA_2024", ""),
    # a tanker pays no box rate: its sources give the container figure only, so the tanker's row says weeks alone
    *[(f"red-sea-{leg}", "leg", leg, "risk", D(2024, 1, 1), None, "no", "*",
       "Red Sea security risk: diversion round the Cape adds weeks of sailing and its cost",
       "FRESHPLAZA_2024_REDSEA;ASSTRA_2024", "no tanker figure in the sources: the container surcharge is not said")
      for leg in ("sea-tanker-novorossiysk-karachi", "sea-tanker-ceyhan-karachi")],
    # at the terminal, so that the dates said are the days the crude reaches it, not the day it enters the pipe
    ("cpc-disruption", "place", "novorossiysk", "risk", D(2025, 11, 1), None, "no", "*",
     "CPC terminal disruptions; facilities attacked in late 2025", "VORTEXA_2022_CPC;UPSTREAM_2022_CPC",
     "start date assumed (reported 'late 2025')"),
    # a proposal, not a decision: said only to grain shippers whose cargo travels after the date. KTZ applied on
    # 14 Apr 2026 to the Committee for the Regulation of Natural Monopolies for it from 1 Jun 2026
    # (KTZ_2026_TARIFFPLAN); no decision on it, approval or refusal, was found in the sources on KTZ_DECISION_CHECKED
    # (Russian and English: the Committee, the Ministry of National Economy, KTZ, Atameken, the grain press), so a
    # quote after 1 Jun 2026 says none was found as of that day
    *[(f"ktz-tariff-{leg}", "leg", leg, "proposed", D(2026, 6, 1), None, "no", "rail",
       "a ×2.6 rise of KTZ's grain rail tariff, not in the rates here",
       "KTZ_2026_TARIFFPLAN;LOGISTAN_KTZ_TARIFF", "", "bulk_grain", KTZ_DECISION_CHECKED)
      for leg in KZ_RAIL_LEGS],
]

# ----------------------------------------------------------------------------------------------- CO2
WTT_UPLIFT = 1 + 0.01800 / 0.08473  # diesel WTT/TTW from DEFRA 2012 artic >33 t
IDLE_L_PER_H = 0.49 * 3.785411784  # DOE Fact #861: combination truck idling, US gallons per hour → litres
DIESEL_WTW_KG_PER_L = round(2.57082 + 0.62665, 5)  # DEFRA 2025 diesel (B7), tank-to-wheel + well-to-tank
MARINE_WTW = 1 / (1 - 38.7 / 262.1)  # WTT share of WTW for marine fuel, GLEC RoPax 2,000–4,999 GT VLSFO
FACTORS = [
    # id, element, mode/event, equipment, value, sources, note
    ("road", "transport", "road", "*", 95.0, "DESNZ_2026_CODE;DEFRA_2012",
     "HGV articulated >33 t 78.35 g TTW × 1.212 (DEFRA 2012 well-to-tank uplift)"),
    *[(f"road-{e}", "transport", "road", e, round(90.61 * WTT_UPLIFT, 1), "DESNZ_2026_CODE;DEFRA_2012",
       "refrigerated HGV >33 t 90.61 g TTW × 1.212 (well-to-tank uplift)")
      for e in ("truck-reefer", "r20", "r40")],
    ("rail", "transport", "rail", "*", 31.3, "DESNZ_2026_CODE;DEFRA_2012",
     "freight train 25.83 g TTW × 1.212 (diesel well-to-tank uplift); diesel proxy for all lines"),
    ("sea", "transport", "sea", "*", round(36.75 * MARINE_WTW, 1),
     "DESNZ_2026_CODE;CLIMATIQ_GLEC_ROPAX2K_VLSFO_WTT;CLIMATIQ_GLEC_ROPAX2K_VLSFO_TTW",
     f"container feeder 0–999 TEU 36.75 g TTW × {MARINE_WTW:.3f} (marine well-to-tank share 14.8 %)"),
    ("sea-tanker", "transport", "sea", "tanker", round(7.59 * MARINE_WTW, 1),
     "DESNZ_2026_CODE;CLIMATIQ_GLEC_ROPAX2K_VLSFO_WTT;CLIMATIQ_GLEC_ROPAX2K_VLSFO_TTW",
     f"crude tanker 60–80 kt 7.59 g TTW × {MARINE_WTW:.3f} (marine well-to-tank share 14.8 %)"),
    ("sea-caspian-tanker", "transport", "sea", "caspian-tanker", round(18.93 * MARINE_WTW, 1),
     "DESNZ_2026_CODE;CLIMATIQ_GLEC_ROPAX2K_VLSFO_WTT;CLIMATIQ_GLEC_ROPAX2K_VLSFO_TTW",
     f"products tanker 10,000–19,999 dwt 18.93 g TTW × {MARINE_WTW:.3f} (marine well-to-tank share 14.8 %): the "
     f"size class of a 12,400 t Caspian tanker"),
    ("ferry", "transport", "ferry", "*", 202.9, "CLIMATIQ_GLEC_ROPAX5K_VLSFO_WTW", ""),
    # hubs: no GLEC default hub intensity could be retrieved; published operator and fuel figures instead
    *[(f"hub-{event.replace('_', '-')}-container", "hub", event, "*", 12.65, "HUTCHISON_2022_INTENSITY",
       "Hutchison Ports' group container-terminal intensity, Scope 1 + 2 per TEU handled (2022)"
       + ("" if event == "port_handling" else ", standing in for a rail/road container transfer (no transfer-terminal "
                                               "figure found)")
       + "; well-to-tank of the fuels not included", "kg_co2e_per_teu", "*")
      for event in ("port_handling", "transshipment", "gauge_change")],
    # the rest of the cargo GLEC's default hub intensities per tonne (v3, Part 3), as transcribed by a third party
    # (the PDF could not be read here): ambient transshipment 0.6, mixed 2.2, liquid bulk terminals 3.1 kg CO2e/t
    *[(f"hub-{event.replace('_', '-')}-ambient", "hub", event, "*", 0.6, "GLEC_V3_2024;MMOBIR_GLEC_HUBS",
       "GLEC v3 default for a transshipment site, ambient, 0.6 kg CO2e per tonne handled (transcribed by a third "
       "party, not read from the GLEC PDF)" + {
           "gauge_change": "; a change of gauge counted as a transfer of the cargo (by crane, or into other wagons)",
           "port_handling": "; the cargo is handled once through the port (storage in its silos or yards not counted)",
       }.get(event, ""))
      for event in ("transshipment", "gauge_change", "port_handling")],
    ("hub-port-handling-reefer-truck", "hub", "port_handling", "truck-reefer", 2.2, "GLEC_V3_2024;MMOBIR_GLEC_HUBS",
     "GLEC v3 default for a transshipment site, mixed ambient and temperature-controlled, 2.2 kg CO2e per tonne "
     "(no temperature-controlled figure in the table; transcribed by a third party, not read from the GLEC PDF)",
     "kg_co2e_per_t", "*"),
    *[(f"hub-{event.replace('_', '-')}-{equipment}", "hub", event, equipment, 3.1, "GLEC_V3_2024;MMOBIR_GLEC_HUBS",
       "GLEC v3 default for a liquid bulk terminal, ambient, 3.1 kg CO2e per tonne (transcribed by a third party, "
       "not read from the GLEC PDF)" + ("; at sea ports: on a ferry the wagons and trucks roll on and off"
                                        if event == "port_handling" else ""),
       "kg_co2e_per_t", "sea" if event == "port_handling" else "*")
      for event in ("transshipment", "gauge_change", "port_handling")
      for equipment in ("tank-wagon", "truck-tanker", "tanker", "caspian-tanker", "pipeline")],
    ("hub-border-rail", "hub", "border_crossing", "*", 0.0, "RAILNEWS_2019_ALTYNKOL",
     "a train waits at a rail border without its line locomotive: the railways change locomotives there (as the "
     "dwell rows say), so no idling is counted; the shunting of the wagons is not counted (no figure found)",
     "kg_co2e_per_t", "rail"),
    ("hub-border-idling", "hub", "border_crossing", "*", round(IDLE_L_PER_H * DIESEL_WTW_KG_PER_L, 2),
     "DOE_2015_IDLE;GREENCALCULUS_DEFRA2025_DIESEL",
     f"a combination truck idling burns 0.49 US gal/h = {IDLE_L_PER_H:.3f} L/h (DOE) × diesel {DIESEL_WTW_KG_PER_L} "
     f"kg CO2e/L WTW (DEFRA 2025: 2.57082 TTW + 0.62665 WTT); engine assumed running for the whole typical wait, "
     f"an upper bound", "kg_co2e_per_unit_hour", "road"),
]

# ----------------------------------------------------------------------------------------------- FX
FX = [
    ("USD", 1.0, D(2026, 1, 1), "", "base currency"),
    ("KZT", 509.84, D(2026, 1, 13), "INFORM_NBK_13JAN", "year inferred as 2026 (not printed in the source)"),
    ("KZT", 503.35, D(2026, 1, 23), "INFORM_NBK_23JAN", "year inferred as 2026 (not printed in the source)"),
    ("PKR", 280.0, D(2026, 1, 7), "PKREVENUE_SBP_7JAN2026", ""),
    ("PKR", 279.85, D(2026, 1, 26), "ARY_SBP_26JAN2026", ""),
    ("RUB", RUB_PER_USD, D(2026, 1, 23), "VEDOMOSTI_CBR_23JAN2026", ""),
    ("CNY", 7.0, D(2026, 1, 23), "VEDOMOSTI_CBR_23JAN2026;PKREVENUE_SBP_7JAN2026",
     "cross rate: CBR 76.04 RUB/USD ÷ 10.86 RUB/CNY = 7.00"),
    ("EUR", round(1 / 1.168, 4), D(2026, 1, 23), "VEDOMOSTI_CBR_23JAN2026",
     "cross rate: CBR 76.04 RUB/USD ÷ 88.79 RUB/EUR"),
    ("UZS", 12344.61, D(2025, 9, 16), "ZAMON_CBU_16SEP", "year inferred as 2025 (not printed in the source)"),
    ("UZS", 11952.24, D(2026, 1, 6), "FRANK_UZ_CBU_6JAN",
     "year inferred as 2026 (not printed in the source): its euro rate, 13,963.80 UZS, makes 1.168 USD per EUR, "
     "the CBR's cross rate of 23 January 2026 in this table"),
    ("AFN", round(7000 / 106, 2), D(2024, 9, 28), "VZGLYAD_2024_FEES",
     "implied by the source's conversion 7,000 AFN ≈ USD 106; no dated rate of Da Afghanistan Bank found since"),
    ("CHF", 0.7672, D(2026, 1, 28), "TRADINGPEDIA_2026_USDCHF;DAILYFOREX_2026_USDCHF",
     "market rate on 28 January 2026, after a 14½-year low of 0.7601 that day (about 0.80 on 19 January): the "
     "rate Iranian Railways' transit tariff in francs is converted at; a CIS Tariff Policy rate in francs converts "
     "at the Policy's own quarterly coefficient instead (0.87 CHF per USD for April–June 2024, RAILAGENT_3115, the "
     "latest found): enter it with --fx CHF=0.87 for such a rate"),
]


# ----------------------------------------------------------------------------------------------- writing
def _write(path: Path, sheets: dict[str, tuple[list[str], list[list]]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(header, start=1):
            width = max([len(column)] + [len(str(r[index - 1])) for r in rows if r[index - 1] is not None])
            sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
            for cells in sheet.iter_cols(min_col=index, max_col=index, min_row=2):
                for cell in cells:
                    if isinstance(cell.value, dt.date):
                        cell.number_format = "yyyy-mm-dd"
    fixed = dt.datetime(2026, 2, 15, 0, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "Corridor Quote"
    book.save(path)
    _normalise_zip(path)


def _normalise_zip(path: Path) -> None:
    """openpyxl stamps the current time into the zip entries; rewrite them with a fixed time for stable bytes."""
    import zipfile

    entries = []
    with zipfile.ZipFile(path) as source:
        for info in source.infolist():
            entries.append((info.filename, source.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-02-15T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def _data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file under tools/data, refusing a row with more or fewer fields than its header (a comma
    left unquoted in a title shifts the address into the date column)."""
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        records = csv.reader(handle)
        header = next(records)
        rows = []
        for line, fields in enumerate(records, start=2):
            if not fields:  # a blank line
                continue
            if len(fields) != len(header):
                raise ValueError(f"{name}, line {line}: {len(fields)} fields, the header has {len(header)}: quote "
                                 f"a field that holds a comma")
            rows.append(dict(zip(header, fields)))
    return rows


def _sources() -> list[list]:
    return [[r["id"], r["title"], r["url"], r["date"], r["publisher"], r["reliability"]]
            for r in _data_rows("sources.csv")]


def _calibration() -> list[list]:
    """End-to-end shipments reported in public sources (tools/data/calibration.csv), for the calibration sheet.
    Which of them are held back is not written here: it follows from each id by the fixed rule in
    gui/core/calibration.py."""
    def number(text: str):
        return _round(float(text)) if text else None

    return [[r["calibration_id"], r["corridor"], r["origin"], r["destination"], r["via"], r["modes"], r["cargo"],
             number(r["quantity"]), r["unit"], dt.date.fromisoformat(r["departure"]), number(r["observed_days"]),
             number(r["observed_cost"]), r["cost_currency"], r["what"], r["source_ids"], r["estimate_note"]]
            for r in _data_rows("calibration.csv")]


_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?!\d))?(?:-(0[1-9]|[12]\d|3[01])(?!\d))?")


def _source_dates() -> dict[str, dt.date]:
    """The publication date of each source as far as its date column says (a year alone: 1 January)."""
    dates = {}
    for row in _data_rows("sources.csv"):
        found = _DATE.search(row["date"])
        if found:
            year, month, day = (int(part) if part else 1 for part in found.groups())
            try:
                dates[row["id"]] = D(year, month, day)
            except ValueError:  # a day the month does not have: keep the month
                dates[row["id"]] = D(year, month, 1)
    return dates


SOURCE_DATES = _source_dates()


def source_date(ids) -> dt.date | None:
    """A figure is as old as the oldest source it rests on."""
    ids = ids.split(";") if isinstance(ids, str) else ids
    found = [SOURCE_DATES[i] for i in ids if i in SOURCE_DATES]
    return min(found) if found else None


def _node_row(row: tuple) -> tuple:
    """Node rows may end with a direction, what the typical time is and the equipment they time; the defaults are
    both ways, a mean, any equipment."""
    return row + ("both", "mean", "*")[len(row) - 7:]


def _fee_row(row: tuple) -> tuple:
    """Fee rows may end with a direction and the country that charges them; the defaults are both ways, and no
    country (a charge of the place itself, or one for both sides of a border)."""
    return row + ("both", "")[len(row) - 12:]


def _node_fees_by_place() -> list[tuple]:
    """The fee rows, with the defaults written out for the places of a country whose own price a default is (a
    Kazakh lift at Beineu, Karachi's charge at Quetta): there it keeps its currency, while the default row, for
    any other place, is fixed in US dollars. A place takes the whole set of defaults of an event, as a place's own
    rows replace the defaults entirely; a place with rows of its own for the event keeps them alone."""
    rows = [_fee_row(row) for row in NODE_FEES]
    own = {(row[1], row[2]) for row in rows if row[1] != "*"}
    defaults: dict[str, list[tuple]] = {}
    for row in rows:
        if row[1] == "*":
            defaults.setdefault(row[2], []).append(row)
    written = []
    for event, event_rows in defaults.items():
        homes = {CURRENCY_COUNTRY.get(row[8]) for row in event_rows} - {None}
        for place in PLACES:
            if place.country in homes and (place.place_id, event) not in own \
                    and (event != "port_handling" or place.kind == "port"):  # only a port sees ships
                written += [(f"{place.place_id}-{row[0].removeprefix('default-')}", place.place_id, *row[2:])
                            for row in event_rows]
    return rows + written


PLACE_COUNTRY = {place.place_id: place.country for place in PLACES}
# the country whose prices a currency's stand-ins come from (a Kazakh lift in KZT, Karachi's charge in PKR…)
CURRENCY_COUNTRY = {"KZT": "KZ", "PKR": "PK", "RUB": "RU", "UZS": "UZ", "CNY": "CN", "AFN": "AF"}


def _foreign_stand_in_in_dollars(row: tuple) -> tuple:
    """A fee of one country standing in for another's (or for any place's) is fixed in US dollars at the table's
    rate: a Kazakh lift at Baku must not follow the tenge, nor show as tenge on an Azerbaijani quay, nor move in a
    what-if that changes the tenge."""
    fee_id, place, event, mode, equipment, charge, basis, amount, currency, sources, note, valid_from, way, side = row
    home = CURRENCY_COUNTRY.get(currency)
    country = PLACE_COUNTRY.get(place)
    if home is None or country == home:
        return row
    if "stand" not in note:  # a real fee charged in a neighbour's currency would need its own rule
        raise ValueError(f"{fee_id}: {currency} at a place of {country or 'any country'}, and its note does not say "
                         f"what stands in")
    rate, day = max(((v, d) for c, v, d, _, _ in FX if c == currency), key=lambda item: item[1])
    usd = amount / rate
    unit = {"per_tonne": "/t", "per_unit": " a unit"}.get(basis, "")
    shown = f"{amount:,.2f}".rstrip("0").rstrip(".")
    note = (f"{note}; {shown} {currency}{unit} at {rate:,.2f} {currency}/USD ({day.isoformat()}, the "
            f"table's rate) = USD {usd:,.4f}{unit}, fixed in US dollars: a price of another country does not follow "
            f"its currency here")
    return (fee_id, place, event, mode, equipment, charge, basis, round(usd, 6), "USD", sources, note, valid_from, way,
            side)


def _factor_row(row: tuple) -> tuple:
    """Factor rows may end with a unit and a mode; transport factors are per t·km, hub factors per t by default."""
    unit = "g_co2e_per_tkm" if row[1] == "transport" else "kg_co2e_per_t"
    return row + (unit, "*")[len(row) - 7:]


def _join(items) -> str:
    return ";".join(dict.fromkeys(i for i in items if i))


def _round(value: float, digits: int = 6) -> float:
    rounded = round(value, digits)
    return int(rounded) if float(rounded).is_integer() else rounded


def build(out: Path = OUT) -> None:
    sources = _sources()
    known = {row[0] for row in sources}
    used: set[str] = set()

    def src(text) -> str:
        ids = text.split(";") if isinstance(text, str) else list(text)
        ids = [i for i in ids if i]
        missing = [i for i in ids if i not in known]
        if missing:
            raise SystemExit(f"unknown source ids: {missing}")
        used.update(ids)
        return _join(ids)

    places = []
    for p in PLACES:
        lat, lon = p.position
        note = COORD_NOTE if p.coord_key is None else f"{COORD_NOTE}; coordinates_approx.csv"
        places.append([p.place_id, p.name, *NAMES.PLACES[p.place_id], p.aliases, p.country, p.kind, lat, lon,
                       p.gauge, "yes" if p.endpoint else "no", "", note])
    legs = []
    for leg in LEGS:
        legs.append([leg.leg_id, leg.a, leg.b, leg.mode, leg.corridor,
                     *NAMES.CORRIDORS.get(leg.corridor, ("", "", "")), leg.km,
                     *(_round(d, 2) for d in leg.days), leg.gauge,
                     leg.classes, leg.equipment, "planned" if leg.planned else "operational",
                     "yes" if leg.two_way else "no", src(leg.sources), "; ".join(leg.notes), leg.remark, leg.basis,
                     waypoints(leg.leg_id)])
    nodes = [[i, p, e, m, *d, src(s), n, "", *rest] for i, p, e, m, d, s, n, *rest in map(_node_row, NODES)]
    throughputs = [[i, p, e, m, way, c, eq, per_day, unit, as_of or source_date(s), what, src(s), n]
                   for i, p, e, m, way, c, eq, per_day, unit, as_of, what, s, n in THROUGHPUTS]

    def closure_row(i, k, t, e, s, end, y, m, r, so, n, cargo_classes="*", checked=None, at_km=None) -> list:
        return [i, k, t, e, s, end, y, m, cargo_classes, r, *NAMES.CLOSURE_REASONS[r], src(so), n, checked, at_km]
    closures = [closure_row(*row) for row in CLOSURES]
    cargo = [[i, n, *NAMES.CARGO[i], a, c, d, t, src(s), "; ".join(filter(None, (note, SHELF_LIFE.get(i, (0, ""))[1]))),
              SHELF_LIFE.get(i, (None,))[0]] for i, n, a, c, d, t, s, note in CARGO]
    equipment = [[i, n, *NAMES.EQUIPMENT[i], k, m, c, p, v, teu, src(s), note]
                 for i, n, k, m, c, p, v, teu, s, note in EQUIPMENT]
    factors = [[i, el, me, eq, v, unit, "WTW", src(s), n, mode]
               for i, el, me, eq, v, s, n, unit, mode in map(_factor_row, FACTORS)]
    rates = []
    for leg in LEGS:
        for n, r in enumerate(rates_for(leg), start=1):
            rates.append([f"{leg.leg_id}-{n}", r.leg_id, r.direction, r.equipment, r.charge, *NAMES.CHARGES[r.charge],
                          r.basis, _round(r.amount), r.currency, r.valid_from, r.valid_to, src(r.sources), r.note,
                          r.remark, r.as_of or source_date(r.sources), r.min_t_per_unit])
    fee_rows = map(_foreign_stand_in_in_dollars, _node_fees_by_place())
    fees = [[i, p, e, m, eq, c, *NAMES.CHARGES[c], b, _round(a), cur, vf, None, src(s), n, "", way,
             source_date(s), side] for i, p, e, m, eq, c, b, a, cur, s, n, vf, way, side in fee_rows]
    fx = [[c, v, d, src(s), n] for c, v, d, s, n in FX]
    trade = TERMS.sheets(src, source_date)
    calibration = [[*row[:14], src(row[14]), row[15]] for row in _calibration()]
    source_header = ["source_id", "title", "url", "date", "publisher", "reliability"]

    def cited(*sheets) -> list[list]:
        """The sources a workbook's own rows cite: each workbook carries the list it needs."""
        ids = {i for rows in sheets for row in rows for cell in row if isinstance(cell, str)
               for i in cell.split(";") if i in known}
        return [row for row in sources if row[0] in ids]

    origin = ["source_ids", "estimate_note"]
    _write(out / "corridors.xlsx", {
        "places": (["place_id", "name", "name_ru", "name_kk", "name_ur", "aliases", "country", "kind", "lat", "lon",
                    "gauge_mm", "endpoint", *origin], places),
        "legs": (["leg_id", "from_place", "to_place", "mode", "corridor", "corridor_ru", "corridor_kk", "corridor_ur",
                  "km", "days_min", "days_typical",
                  "days_max", "gauge_mm", "cargo_classes", "equipment", "status", "two_way", *origin, "notes",
                  "typical_basis", "waypoints"], legs),
        "nodes": (["node_id", "place_id", "event", "mode", "days_min", "days_typical", "days_max", *origin, "notes",
                   "direction", "typical_basis", "equipment"], nodes),
        # a sheet of its own: a figure with its own date and sources, for a stop, a mode and the cargo it counts
        "throughputs": (["throughput_id", "place_id", "event", "mode", "direction", "cargo_classes", "equipment",
                         "per_day", "unit", "as_of", "what", *origin], throughputs),
        "closures": (["closure_id", "target_kind", "target_id", "effect", "start_date", "end_date", "every_year",
                      "modes", "cargo_classes", "reason", "reason_ru", "reason_kk", "reason_ur", *origin,
                      "checked_date", "at_km"], closures),
        "cargo_types": (["cargo_id", "name", "name_ru", "name_kk", "name_ur", "aliases", "handling_class",
                         "density_t_per_m3", "temperature", *origin, "shelf_life_days"], cargo),
        "equipment": (["equipment_id", "name", "name_ru", "name_kk", "name_ur", "kind", "modes", "handling_classes",
                       "payload_t", "volume_m3", "teu", *origin], equipment),
        "emission_factors": (["factor_id", "element", "mode_or_event", "equipment", "value", "unit", "scope",
                              *origin, "mode"], factors),
        "calibration": (["calibration_id", "corridor", "origin", "destination", "via", "modes", "cargo", "quantity",
                         "unit", "departure", "observed_days", "observed_cost", "cost_currency", "what",
                         "source_ids", "estimate_note"], calibration),
        "sources": (source_header, cited(places, legs, nodes, throughputs, closures, cargo, equipment, factors,
                                         calibration)),
        # the search rules at their defaults, with what each does (README: "How a quote is worked out")
        "settings": (["setting", "value", "meaning"], settings_rows()),
    })
    _write(out / "tariffs.xlsx", {
        "leg_rates": (["rate_id", "leg_id", "direction", "equipment", "charge", "charge_ru", "charge_kk", "charge_ur",
                       "basis", "amount", "currency",
                       "valid_from", "valid_to", *origin, "notes", "as_of", "min_t_per_unit"], rates),
        "node_fees": (["fee_id", "place_id", "event", "mode", "equipment", "charge", "charge_ru", "charge_kk",
                       "charge_ur", "basis", "amount", "currency",
                       "valid_from", "valid_to", *origin, "notes", "direction", "as_of", "country"], fees),
        "fx": (["currency", "units_per_usd", "as_of", *origin], fx),
        **trade,
        "sources": (source_header, cited(rates, fees, fx, *(rows for _, rows in trade.values()))),
    })
    print(f"corridors.xlsx: {len(places)} places, {len(legs)} legs, {len(nodes)} nodes, "
          f"{len(throughputs)} throughputs, {len(closures)} closures, "
          f"{len(cargo)} cargo types, {len(equipment)} equipment, {len(factors)} emission factors")
    print("tariffs.xlsx, commercial sheets: " + ", ".join(f"{name} {len(rows)}" for name, (_, rows) in trade.items()))
    print(f"tariffs.xlsx: {len(rates)} leg rates, {len(fees)} node fees, {len(fx)} FX rows; "
          f"{len(used)} of {len(sources)} sources cited")


if __name__ == "__main__":
    build()
