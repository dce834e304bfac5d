"""Import into Uzbekistan: tariff lines, customs duties, import VAT and the customs value rule.

The Uzbek tariff is the one of Presidential resolution PP-3818 of 29 June 2018 as amended (TRADEGOV_UZ_CCG); its
own line-by-line text was not read. What is here comes from the decrees that changed single lines since, as
reported with their dates, and from the Customs Code. A rate the research did not find is left blank: the program
asks the user for it, as for Kazakhstan and Pakistan. Rows have the layout of terms_data.py's tables.
"""
from __future__ import annotations

import datetime as dt

D = dt.date
CD = "customs duty"
NOT_FOUND = "NOT FOUND in the research: the rate is left to the user"
TARIFF_NOT_READ = ("the lines of PP-3818 of 29 June 2018 (the Uzbek import tariff, TRADEGOV_UZ_CCG) were not read "
                   "for this heading")
ZERO_2027 = "KUN_2026_ZERODUTY;SPUTNIK_2026_ZERODUTY;FRESHPLAZA_2026_ZERODUTY"
ZERO_2027_NOTE = ("the zero rate of customs duty on socially significant goods, first set by decree UP-145 of "
                  "31 May 2022 and extended each year, runs to 1 January 2027 under the presidential decree "
                  "reported on 1–2 January 2026")
RATE_2023 = ("the rate the zero rate suspends, as the decree of 23 March 2023 printed it (GAZETA_2023_ZERODUTY); "
             "carried forward: whether the tariff changed it since (PP-181 of 14 May 2025 re-set rates with the "
             "new nomenclature) was not checked, nor whether the zero rate is extended again")
FTA_PROOF = ("a certificate of origin of a party to the CIS free trade area, the goods exported by a resident of that "
             "party and imported by a resident of Uzbekistan (Customs Code article 300)")
FTA_PROOF_NAMES = (
    "сертификат о происхождении товара из государства — участника зоны свободной торговли СНГ; товар вывозит "
    "резидент этого государства и ввозит резидент Узбекистана (статья 300 Таможенного кодекса)",
    "ТМД еркін сауда аймағына қатысушы мемлекеттен шығарылған жері туралы сертификат; тауарды сол мемлекеттің "
    "резиденті шығарады және Өзбекстан резиденті әкеледі (Кеден кодексінің 300-бабы)",
    "سی آئی ایس آزاد تجارتی علاقے کے رکن ملک کا سرٹیفکیٹ آف اوریجن؛ مال اُس ملک کا رہائشی برآمد کرے اور ازبکستان "
    "کا رہائشی درآمد کرے (کسٹمز کوڈ کی دفعہ 300)",
)

# cargo, country of import, tariff line, season, description, sources, estimate note, notes (as HS_CODES)
UZ_LINE_NOTE = ("the Uzbek nomenclature follows the HS to six digits; its ten-digit line was not read: confirm the "
                "line with a broker")
HS_CODES_UZ = [
    ("wheat", "UZ", "1001 99", "", "", "Wheat and meslin, other than durum and seed", "", UZ_LINE_NOTE, ""),
    ("wheat-flour", "UZ", "1101", "", "", "Wheat or meslin flour", "", UZ_LINE_NOTE, ""),
    ("potatoes", "UZ", "0701 90", "", "", "Potatoes, fresh or chilled, other than seed", "", UZ_LINE_NOTE, ""),
    ("citrus", "UZ", "0805 29", "", "", "Mandarin hybrids (kinnow), fresh", "", UZ_LINE_NOTE,
     "kinnow is classed with 'wilkings and similar citrus hybrids' (HS 2017 0805 29), as for Kazakhstan"),
    ("rice", "UZ", "1006 30", "", "", "Rice, semi-milled or wholly milled", "", UZ_LINE_NOTE, ""),
    ("onions", "UZ", "0703 10", "", "", "Onions and shallots, fresh or chilled", "", UZ_LINE_NOTE, ""),
    ("mangoes", "UZ", "0804 50", "", "", "Guavas, mangoes and mangosteens, fresh or dried", "", UZ_LINE_NOTE, ""),
    ("pharmaceuticals", "UZ", "3004", "", "", "Medicaments in measured doses or packed for retail sale",
     "CAB_2025_UZPHARMA", "", "serums, vaccines and blood products (3002) and dressings (3005, 3006) are other "
     "headings"),
    ("garments", "UZ", "6109", "", "", "T-shirts, singlets and vests, knitted", "", UZ_LINE_NOTE,
     "woven garments are 6203/6204"),
]

# id, country, hs codes, charge, kind, rate %, specific amount, its currency, per, factor, origin countries, proof,
# when the customs duty rate is from, to, valid from, valid to, as of, sources, estimate note, notes (as DUTIES)
DUTIES_UZ = [
    ("uz-cd-0805-zero", "UZ", "0805 10;0805 2", CD, "ad_valorem", 0, None, "", "", None, "", "", None, None,
     D(2022, 5, 1), D(2026, 12, 31), D(2026, 1, 2), ZERO_2027, "",
     ZERO_2027_NOTE + "; citrus fruit other than lemons is named in the list"),
    ("uz-cd-0805", "UZ", "0805 10;0805 2", CD, "ad_valorem", None, None, "", "", None, "", "", None, None,
     D(2027, 1, 1), None, None, "TRADEGOV_UZ_CCG", NOT_FOUND + ": " + TARIFF_NOT_READ,
     "the rate after the zero rate ends"),
    ("uz-cd-0703-zero", "UZ", "0703 10", CD, "ad_valorem", 0, None, "", "", None, "", "", None, None,
     D(2023, 3, 23), D(2026, 12, 31), D(2026, 1, 2), ZERO_2027 + ";GAZETA_2023_ZERODUTY", "",
     ZERO_2027_NOTE + "; onions are named in the list"),
    ("uz-cd-0703", "UZ", "0703 10", CD, "ad_valorem", 20, None, "", "", None, "", "", None, None,
     D(2027, 1, 1), None, D(2023, 3, 23), "GAZETA_2023_ZERODUTY", RATE_2023, ""),
    ("uz-cd-0804-zero", "UZ", "0804", CD, "ad_valorem", 0, None, "", "", None, "", "", None, None,
     D(2023, 3, 23), D(2026, 12, 31), D(2026, 1, 1), ZERO_2027 + ";GAZETA_2023_ZERODUTY",
     "heading 0804 (dates, figs, pineapples, avocados, guavas, mangoes) is on the list of 36 kinds of goods of the "
     "decree of 23 March 2023; the decree reported on 1 January 2026 keeps the zero rate for 36 kinds of goods "
     "(SPUTNIK_2026_ZERODUTY) and the reports name dried dates from the heading, not mangoes: that mangoes stayed "
     "on the list is inferred",
     ZERO_2027_NOTE),
    ("uz-cd-0804", "UZ", "0804", CD, "ad_valorem_min_specific", 10, 0.20, "USD", "kg", None, "", "", None, None,
     D(2027, 1, 1), None, D(2023, 3, 23), "GAZETA_2023_ZERODUTY", RATE_2023, ""),
    ("uz-cd-3004", "UZ", "3004", CD, "ad_valorem", 2, None, "", "", None, "", "", None, None, D(2025, 4, 1), None,
     D(2025, 3, 13), "CAB_2025_UZPHARMA;CAB_2025_UZPHARMA_APR", "",
     "presidential decree of 28 January 2025 on the pharmaceutical industry, amending PP-3818: 3004 went from 0 % "
     "to 2 %, charged from 1 April 2025; the 1.2 % clearance fee on medicines ended on 1 January 2025"),
    ("uz-cd-0701", "UZ", "0701 90", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None,
     None, "FRUCTIDOR_2025_ZERODUTY;KUN_2026_ZERODUTY",
     NOT_FOUND + ": potatoes were reported on the zero-rate list to 1 January 2026 (FRUCTIDOR_2025_ZERODUTY); the "
     "reports of the extension to 1 January 2027 do not name them, and the tariff rate itself was not found", ""),
    ("uz-cd-1001", "UZ", "1001", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "TRADEGOV_UZ_CCG", NOT_FOUND + ": " + TARIFF_NOT_READ, "Kazakh wheat with proof of origin pays none: see "
                                                             "uz-fta-cis"),
    ("uz-cd-1101", "UZ", "1101", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "KUN_2026_ZERODUTY;GAZETA_2023_ZERODUTY",
     NOT_FOUND + ": an English report of the 2026 decree names wheat flour among the zero-rate goods "
                 "(KUN_2026_ZERODUTY), but the list of 2023 exempts flour of cereals other than wheat or rye "
                 "(GAZETA_2023_ZERODUTY): the sources conflict", ""),
    ("uz-cd-1006", "UZ", "1006", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "TRADEGOV_UZ_CCG", NOT_FOUND + ": " + TARIFF_NOT_READ, ""),
    ("uz-cd-6109", "UZ", "6109", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "TRADEGOV_UZ_CCG", NOT_FOUND + ": " + TARIFF_NOT_READ,
     "children's clothing pays no duty to 1 January 2027 (KUN_2026_ZERODUTY); other garments were not found"),
    ("uz-fta-cis", "UZ", "*", CD, "preference", None, None, "", "", 0, "KZ;KG;RU;TJ", FTA_PROOF, None, None,
     D(2014, 6, 20), None, None, "UZ_CUSTOMS_CODE;ZAKONPRAVO_2014_UZFTA", "",
     "goods originating in a party to the CIS free trade area pay no customs duty (Customs Code article 300); "
     "Uzbekistan's protocol to the agreement of 18 October 2011 came into force for Kazakhstan on 20 June 2014; "
     "goods the parties withdrew from free trade were not checked"),
]

VAT_SOURCES = "KUN_2022_VAT12;PWC_UZ_2024;TRADEGOV_UZ_CCG;MAZARS_2024_UZ"
# id, country, tax, rate %, base, step, hs codes, importer, atl, resale, entry places, valid from, valid to, as of,
# sources, estimate note, notes (as IMPORT_TAXES)
IMPORT_TAXES_UZ = [
    ("uz-vat", "UZ", "import VAT", 12, "customs_value;duties", 1, "*", "*", "*", "*", "*", D(2023, 1, 1), None,
     D(2024, 2, 6), VAT_SOURCES, "",
     "cut from 15 % on 1 January 2023; base: customs value + customs duty + excise (excise is on alcohol, tobacco, "
     "oil and gas products and motor vehicles, none of the goods with an Uzbek line here); a VAT "
     "exemption at import for medicines was not checked"),
]

# id, country, side, charge, basis, amount, currency, value from, to, hs codes, condition, as of, sources, estimate
# note, notes (as FEES)
FEES_UZ = [
    ("uz-declaration", "UZ", "import", "customs declaration fee", "per_declaration", None, "UZS", None, None, "*",
     "always", D(2025, 2, 5), "TASHTIMES_2025_UZFEES",
     NOT_FOUND + ": the fee is set in basic calculation units (BCU) by the customs value in US dollars, which the "
                 "tables cannot yet tier; the schedule of the Cabinet of Ministers' resolution of January 2025 "
                 "(in force three months after publication): up to USD 10,000 1 BCU; to 20,000 1.5; to 40,000 2.5; "
                 "to 60,000 4; to 100,000 7; to 200,000 10; to 500,000 15; to 1,000,000 20; above 25 BCU; 1 BCU = "
                 "375,000 UZS then (25 % = 93,750 UZS); a preliminary declaration takes 20 % off",
     "enter the fee for the consignment's customs value"),
]

# country, customs territory, national currency, handling at the place of entry in the value, sources, estimate
# note, notes (as VALUATION)
VALUATION_UZ = ["UZ", "UZ", "UZS", "no", "UZ_CUSTOMS_CODE", "",
                "the transaction value is the price paid for the goods as they cross the customs border (Customs "
                "Code of 2016, article 303); carriage after the goods enter Uzbekistan is left out where it is "
                "shown apart (article 305); whether the handling at the place of entry counts (article 304) was not "
                "read"]
