"""From a freight cost to the price a buyer signs: Incoterms 2020 rules, tariff lines, duties, import taxes, fees.

Every row carries its sources (tools/data/sources.csv) or says how it was derived. A rate the research did not
find is left blank: the program asks the user for it (a field in the window, ``--set ID=VALUE`` on the command
line) and never fills it in by itself.
"""
from __future__ import annotations

import datetime as dt

import terms_uz as UZ  # noqa: N812 - import into Uzbekistan

D = dt.date

# ----------------------------------------------------------------------------------------------- Incoterms 2020
INCOTERM_SOURCES = "ICC_WALLCHART;DUTYTRADE_INCOTERMS"
INSURANCE_SOURCES = "ICC_WALLCHART;DUTYTRADE_INCOTERMS;AKLOG_2020;EBM_INCOTERMS;LAOJIN_INS"

RISK = {
    "exw": ("when the goods are placed at the buyer's disposal at the named place, not loaded",
            "в момент, когда товар предоставлен в распоряжение покупателя в названном месте, без погрузки",
            "тауар аталған жерде тиелмей сатып алушының иелігіне берілгенде",
            "جب مال نامزد مقام پر، لادے بغیر، خریدار کے حوالے کر دیا جائے"),
    "fca": ("on delivery to the buyer's carrier at the named place (loaded, if that is the seller's premises)",
            "при передаче товара перевозчику покупателя в названном месте (с погрузкой, если это помещение "
            "продавца)",
            "тауар аталған жерде сатып алушының тасымалдаушысына тапсырылғанда (сатушының үй-жайында — тиелген "
            "күйде)",
            "نامزد مقام پر خریدار کے کیریئر کے حوالے کرنے پر (فروخت کنندہ کے احاطے میں ہو تو لاد کر)"),
    "carrier": ("on handing the goods over to the first carrier; the seller pays the carriage to the named place",
                "при передаче товара первому перевозчику; продавец оплачивает перевозку до названного места",
                "тауар бірінші тасымалдаушыға тапсырылғанда; сатушы аталған жерге дейінгі тасымалды төлейді",
                "پہلے کیریئر کے حوالے کرنے پر؛ نامزد مقام تک کرایہ فروخت کنندہ ادا کرتا ہے"),
    "dap": ("when the goods are at the buyer's disposal on the arriving means of transport at the named place, "
            "ready for unloading",
            "в момент, когда товар предоставлен в распоряжение покупателя на прибывшем транспортном средстве "
            "в названном месте, готовым к разгрузке",
            "тауар аталған жерде келген көлік құралында түсіруге дайын күйде сатып алушының иелігіне берілгенде",
            "جب مال نامزد مقام پر آنے والی سواری پر، اتارنے کے لیے تیار، خریدار کے حوالے ہو"),
    "dpu": ("when the goods, unloaded, are at the buyer's disposal at the named place",
            "в момент, когда разгруженный товар предоставлен в распоряжение покупателя в названном месте",
            "тауар түсірілген күйде аталған жерде сатып алушының иелігіне берілгенде",
            "جب مال اتار کر نامزد مقام پر خریدار کے حوالے کر دیا جائے"),
    "ddp": ("when the goods, cleared for import, are at the buyer's disposal at the named place, ready for "
            "unloading",
            "в момент, когда товар, прошедший импортную очистку, предоставлен в распоряжение покупателя "
            "в названном месте, готовым к разгрузке",
            "импорттық кедендік ресімдеуден өткен тауар аталған жерде түсіруге дайын күйде сатып алушының "
            "иелігіне берілгенде",
            "جب درآمدی کلیئرنس شدہ مال نامزد مقام پر، اتارنے کے لیے تیار، خریدار کے حوالے ہو"),
    "fas": ("when the goods are placed alongside the ship at the named port of shipment",
            "в момент, когда товар размещён вдоль борта судна в названном порту отгрузки",
            "тауар аталған тиеу портында кеме бортының жанына қойылғанда",
            "جب مال نامزد بندرگاہِ روانگی پر جہاز کے پہلو میں رکھ دیا جائے"),
    "fob": ("when the goods are on board the ship at the named port of shipment",
            "в момент, когда товар погружен на борт судна в названном порту отгрузки",
            "тауар аталған тиеу портында кеме бортына тиелгенде",
            "جب مال نامزد بندرگاہِ روانگی پر جہاز پر لاد دیا جائے"),
    "board": ("when the goods are on board the ship at the port of shipment; the seller pays the freight to the "
              "named port of destination",
              "в момент, когда товар погружен на борт судна в порту отгрузки; продавец оплачивает фрахт до "
              "названного порта назначения",
              "тауар тиеу портында кеме бортына тиелгенде; сатушы аталған межелі портқа дейінгі фрахтты төлейді",
              "جب مال بندرگاہِ روانگی پر جہاز پر لاد دیا جائے؛ نامزد منزل کی بندرگاہ تک کرایہ فروخت کنندہ ادا "
              "کرتا ہے"),
}

NAMES = {
    "EXW": ("Ex Works", "Франко завод", "Зауыттан франко", "ایکس ورکس"),
    "FCA": ("Free Carrier", "Франко перевозчик", "Тасымалдаушыға франко", "فری کیریئر"),
    "CPT": ("Carriage Paid To", "Перевозка оплачена до", "Тасымал төленген жерге дейін", "کیریج پیڈ ٹو"),
    "CIP": ("Carriage and Insurance Paid To", "Перевозка и страхование оплачены до",
            "Тасымал мен сақтандыру төленген жерге дейін", "کیریج اینڈ انشورنس پیڈ ٹو"),
    "DAP": ("Delivered at Place", "Поставка в месте назначения", "Межелі жерде жеткізу", "ڈیلیورڈ ایٹ پلیس"),
    "DPU": ("Delivered at Place Unloaded", "Поставка в месте назначения с разгрузкой",
            "Межелі жерде түсіріп жеткізу", "ڈیلیورڈ ایٹ پلیس اَن لوڈڈ"),
    "DDP": ("Delivered Duty Paid", "Поставка с оплатой пошлин", "Баж төленіп жеткізу", "ڈیلیورڈ ڈیوٹی پیڈ"),
    "FAS": ("Free Alongside Ship", "Франко вдоль борта судна", "Кеме борты жанында франко", "فری الانگ سائیڈ شپ"),
    "FOB": ("Free On Board", "Франко борт", "Бортта франко", "فری آن بورڈ"),
    "CFR": ("Cost and Freight", "Стоимость и фрахт", "Құны және фрахт", "کاسٹ اینڈ فریٹ"),
    "CIF": ("Cost, Insurance and Freight", "Стоимость, страхование и фрахт", "Құны, сақтандыру және фрахт",
            "کاسٹ، انشورنس اینڈ فریٹ"),
}

# rule, modes, sea leg at the named place, what the named place is, carriage the seller pays, node charges at the
# named place (at the seller's premises: AT_SELLER_PREMISES), export clearance, import clearance, duties and taxes,
# insurance the seller must buy (cover, % of the price), who bears the risk in the main carriage, risk text, notes
INCOTERMS = [
    ("EXW", "any", "", "shipment", "none", "buyer", "buyer", "buyer", "buyer", "", "", None, "buyer", "exw",
     "The buyer clears the goods for export: awkward where the exporter of record must be local; FCA is "
     "usually preferable."),
    ("FCA", "any", "", "shipment", "to_named_place", "buyer", "seller", "buyer", "buyer", "", "", None, "buyer",
     "fca", "The seller loads at its own premises; at any other named place the goods stay on its vehicle."),
    ("CPT", "any", "", "destination", "to_named_place", "buyer", "seller", "buyer", "buyer", "", "", None,
     "buyer", "carrier", "Risk passes at origin although the seller pays the carriage to the destination."),
    ("CIP", "any", "", "destination", "to_named_place", "buyer", "seller", "buyer", "buyer", "seller", "icc_a",
     110, "buyer", "carrier", "The seller insures at least ICC (A) on 110 % of the price; the recommended "
     "insured term for road, rail and multimodal moves."),
    ("DAP", "any", "", "destination", "to_named_place", "buyer", "seller", "buyer", "buyer", "", "", None,
     "seller", "dap", "Unloading at the named place is the buyer's."),
    ("DPU", "any", "", "destination", "to_named_place", "seller", "seller", "buyer", "buyer", "", "", None,
     "seller", "dpu", "Replaced DAT in 2020: the seller unloads at the named place."),
    ("DDP", "any", "", "destination", "to_named_place", "buyer", "seller", "seller", "seller", "", "", None,
     "seller", "ddp", "The seller clears for import and pays duties and import taxes. Into Kazakhstan the "
     "declarant must be a Kazakh entity through a licensed broker (TRADEGOV_KZ_IMPORT)."),
    ("FAS", "sea", "from", "shipment", "to_named_place", "buyer", "seller", "buyer", "buyer", "", "", None,
     "buyer", "fas", "Sea and inland waterway only."),
    ("FOB", "sea", "from", "shipment", "to_named_place", "seller", "seller", "buyer", "buyer", "", "", None,
     "buyer", "fob", "Sea and inland waterway only; FCA fits containers and land transport."),
    ("CFR", "sea", "to", "destination", "to_named_place", "buyer", "seller", "buyer", "buyer", "", "", None,
     "buyer", "board", "Sea and inland waterway only."),
    ("CIF", "sea", "to", "destination", "to_named_place", "buyer", "seller", "buyer", "buyer", "seller", "icc_c",
     110, "buyer", "board", "Sea and inland waterway only; the seller insures at least ICC (C) on 110 % of the "
     "price."),
]


# who pays the charges at the named place where it is the seller's premises (the route's origin), where that
# differs from anywhere else: under FCA the seller loads the goods there, and elsewhere the buyer unloads them
AT_SELLER_PREMISES = {"FCA": "seller"}


def incoterm_rows() -> list[list]:
    rows = []
    for (rule, modes, sea_leg, place, carriage, at_place, export, import_, duties, insurance, cover, insured,
         risk_bearer, risk, note) in INCOTERMS:
        sources = INSURANCE_SOURCES if insurance else INCOTERM_SOURCES
        if rule == "DDP":
            sources += ";TRADEGOV_KZ_IMPORT"
        rows.append([rule, *NAMES[rule], modes, sea_leg, place, carriage, at_place, AT_SELLER_PREMISES.get(rule, ""),
                     export, import_, duties, insurance, cover, insured, risk_bearer, *RISK[risk], sources, "", note])
    return rows


INCOTERM_HEADER = ["rule", "name", "name_ru", "name_kk", "name_ur", "modes", "sea_leg", "named_place", "carriage",
                   "at_named_place", "at_seller_premises", "export_clearance", "import_clearance", "duties_taxes",
                   "insurance", "min_cover", "min_insured_pct", "risk_in_transit", "risk_passes", "risk_ru",
                   "risk_kk", "risk_ur", "source_ids", "estimate_note", "notes"]

# ----------------------------------------------------------------------------------------------- tariff lines
HS_HEADER = ["cargo_id", "country", "hs_code", "season_from", "season_to", "description", "source_ids",
             "estimate_note", "notes"]
HS_LINE_NOTE = "HS 2022 heading (WCO nomenclature); the national subheading was not retrieved"
NEW_POTATOES = ("the CCT's subheading for new potatoes, 1 January to 30 June, by the day of customs clearance; "
                "Pakistan's spring crop, dug from January, is taken as new: stored potatoes of an older crop cleared "
                "in these months are 0701 90 900 0 (the Explanatory Notes tell new potatoes by their thin skin, "
                "which rubs off)")
# Pakistani rice north is basmati and other long grain: milled, its grains at least three times as long as they are
# wide, the EAEU's long-grain subheadings "with a length/width ratio of 3 or more"
RICE_LINE = "1006 30 980 0"
RICE_LINE_NOTE = ("the 10-digit line is inferred from the nomenclature's numbering: heading 1006 splits each stage by "
                  "short, medium and long grain, long grain by a length/width ratio above 2 and below 3 (…960 0) or "
                  "of 3 or more (…980 0) (PROMTEHTEST_1006, read for 1006 10 and 1006 20), and the additional note "
                  "names 1006 30 920 0 and 1006 30 940 0 as wholly milled short and medium grain (STUDYDOC_TNVED10); "
                  "the text of 1006 30 980 0 itself was not read: confirm the classification with a broker")
RICE_LINE_NOTES = ("the usual Pakistani export, white basmati and other long grain of length/width 3 or more, wholly "
                   "milled; sella (parboiled basmati) is 1006 30 670 0 and pays the same long-grain rate; rice of a "
                   "length/width ratio below 3, husked or broken rice are other lines with other rates")
# Pakistani onions north are bulb onions for eating, not the sets grown for planting
ONION_LINE = "0703 10 190 0"
MANGO_LINE_NOTE = ("the EAEU nomenclature splits guavas, mangoes and mangosteens into 0804 50 000 1 and 0804 50 000 9 "
                   "(IFCG_0804); which of the two fresh mangoes fall in was not read: confirm the line with a broker")
FLOUR_LINE_NOTES = ("Pakistan's notice of 12 July 2024 bans wheat imports and flour exports (DAILYPAK_2024_WHEATBAN), "
                    "and the wheat ban here (pk-ban-1001) is for heading 1001 only: a ban on imports of flour was not "
                    "found, though the Kazakh Grain Union speaks of a ban on wheat 'and all products obtained from "
                    "it' (GRAINUNION_PK_BAN, undated), not applied; Kazakh flour goes south mostly to Afghanistan, "
                    "whose customs rules are not in the tables")
# cargo, country of import, tariff line, season (first and last day of the year, by the day of customs clearance;
# blank: all year), description, sources, estimate note, notes
HS_CODES = [
    ("wheat", "PK", "1001.9900", "", "", "Wheat and meslin, other than durum and seed", "DAILYTIMES_2020_WHEAT", "",
     "durum wheat is 1001.1900"),
    ("barley", "PK", "1003", "", "", "Barley", "", HS_LINE_NOTE, ""),
    ("oats", "PK", "1004", "", "", "Oats", "", HS_LINE_NOTE, ""),
    ("lentils", "PK", "0713", "", "", "Dried leguminous vegetables, shelled (lentils, chickpeas)", "PKTAXBOOK_2023",
     "", ""),
    ("flax-seed", "PK", "1204", "", "", "Linseed", "", HS_LINE_NOTE, ""),
    ("crude-oil", "PK", "2709", "", "", "Petroleum oils, crude", "PKTAXBOOK_2023", "", ""),
    ("potatoes", "KZ", "0701 90 500 0", "01-01", "06-30", "Potatoes, fresh or chilled, new, 1 January to 30 June",
     "ZAKONBASE_CCT_0701;TNVEDINFO_2020_0701", "", NEW_POTATOES + "; the same 15 % as other potatoes in the "
     "edition read"),
    ("potatoes", "KZ", "0701 90 900 0", "07-01", "12-31", "Potatoes, fresh or chilled, other (ware potatoes)",
     "ZAKONBASE_CCT_0701", "", "from 1 July to 31 December; in January to June new potatoes are 0701 90 500 0"),
    ("citrus", "KZ", "0805 29", "", "", "Mandarin hybrids (kinnow), fresh", "KODTNVED_0805;CUSTOMNEWS_2015_RD",
     "kinnow is a King × Willowleaf mandarin hybrid, classed here with 'wilkings and similar citrus hybrids' "
     "(HS 2017 0805 29); Pakistan lists it as PCT 0805.2010 'Kino (fresh)'; the 10-digit EAEU line was not "
     "retrieved: confirm the classification with a broker", ""),
    ("rice", "KZ", RICE_LINE, "", "", "Rice, wholly milled, long-grain, length/width 3 or more (basmati)",
     "PROMTEHTEST_1006;STUDYDOC_TNVED10", RICE_LINE_NOTE, RICE_LINE_NOTES),
    ("rice", "PK", "1006", "", "", "Rice", "", HS_LINE_NOTE, ""),
    ("wheat-flour", "PK", "1101", "", "", "Wheat or meslin flour",
     "PKTAXBOOK_2023;DAILYPAK_2024_WHEATBAN;GRAINUNION_PK_BAN", HS_LINE_NOTE,
     FLOUR_LINE_NOTES),
    ("onions", "KZ", ONION_LINE, "", "", "Onions, fresh or chilled, other than sets", "HANTEST_0703", "",
     "onion sets for planting are 0703 10 110 0, shallots 0703 10 900 0"),
    ("mangoes", "KZ", "0804 50 000", "", "", "Guavas, mangoes and mangosteens, fresh or dried", "IFCG_0804",
     MANGO_LINE_NOTE, ""),
    ("pharmaceuticals", "KZ", "3004", "", "", "Medicaments in measured doses or packed for retail sale",
     "CONSULTANT_KZ59_2018", "", ""),
    ("garments", "KZ", "6109", "", "", "T-shirts, singlets and vests, knitted", "", HS_LINE_NOTE,
     "woven garments are 6203/6204"),
    *UZ.HS_CODES_UZ,
]

# ----------------------------------------------------------------------------------------------- duties
DUTY_HEADER = ["duty_id", "country", "hs_codes", "charge", "charge_ru", "charge_kk", "charge_ur", "kind",
               "rate_pct", "specific_amount", "specific_currency", "specific_per", "factor", "origin_countries",
               "proof", "proof_ru", "proof_kk", "proof_ur", "when_duty_from", "when_duty_to", "valid_from",
               "valid_to", "as_of", "source_ids", "estimate_note", "notes"]
CD, ACD, RD = "customs duty", "additional customs duty", "regulatory duty"
CHARGE_NAMES = {
    CD: ("таможенная пошлина", "кедендік баж", "کسٹمز ڈیوٹی"),
    ACD: ("дополнительная таможенная пошлина", "қосымша кедендік баж", "اضافی کسٹمز ڈیوٹی"),
    RD: ("регулирующая пошлина", "реттеуші баж", "ریگولیٹری ڈیوٹی"),
    "import prohibition": ("запрет ввоза", "әкелуге тыйым", "درآمد پر پابندی"),
    "import VAT": ("НДС при импорте", "импорттағы ҚҚС", "درآمد پر ویلیو ایڈڈ ٹیکس"),
    "sales tax": ("налог с продаж", "сатудан алынатын салық", "سیلز ٹیکس"),
    "withholding income tax (s.148)": ("подоходный налог у источника (ст. 148)",
                                       "көзден ұсталатын табыс салығы (148-бап)", "ود ہولڈنگ انکم ٹیکس (دفعہ 148)"),
    "minimum value-addition sales tax": ("минимальный налог с продаж на добавленную стоимость",
                                         "қосылған құнға ең төменгі сату салығы", "کم از کم ویلیو ایڈیشن سیلز ٹیکس"),
    "Sindh infrastructure cess": ("сбор на инфраструктуру Синда", "Синд инфрақұрылым алымы",
                                  "سندھ انفراسٹرکچر سیس"),
    "customs declaration fee": ("таможенный сбор за декларирование", "декларациялау үшін кедендік алым",
                                "کسٹمز ڈیکلریشن فیس"),
    "transit declaration fee": ("таможенный сбор за транзитную декларацию", "транзиттік декларация алымы",
                                "ٹرانزٹ ڈیکلریشن فیس"),
    "customs broker": ("таможенный представитель (брокер)", "кеден өкілі (брокер)", "کسٹمز بروکر"),
    "PSW goods declaration fee": ("сбор PSW за декларацию", "PSW декларация алымы", "پی ایس ڈبلیو جی ڈی فیس"),
    "clearing agent": ("агент по таможенному оформлению", "кедендік ресімдеу агенті", "کلیئرنگ ایجنٹ"),
    "phytosanitary certificate": ("фитосанитарный сертификат", "фитосанитариялық сертификат",
                                  "فائٹو سینیٹری سرٹیفکیٹ"),
    "import quarantine permit": ("карантинное разрешение на ввоз", "әкелуге карантиндік рұқсат",
                                 "درآمدی قرنطینہ اجازت نامہ"),
    "certificate of origin": ("сертификат происхождения", "шығарылған жері туралы сертификат",
                              "سرٹیفکیٹ آف اوریجن"),
    "export development surcharge": ("сбор на развитие экспорта", "экспортты дамыту алымы",
                                     "ایکسپورٹ ڈیولپمنٹ سرچارج"),
}
GSP_SOURCES = ("ABIPA_2021_EAEUGSP;FINTRIB_2021_EAEUGSP;EEC_GSP_JLS;INFORM_2017_EAEUGSPLIST;PROPAK_2023_RUPK;"
               "CUSTOMBY_GSP_2025;EEC_RO_DEV_2018")
GSP_PROOF = ("a certificate of origin (Form A) or origin declaration under EEC Council Decision 60 of 14 June 2018; "
             "its direct-consignment conditions were not checked for goods passing Afghanistan, Uzbekistan, China "
             "or Iran")
PROOF_NAMES = {
    "": ("", "", ""),
    GSP_PROOF: (
        "сертификат о происхождении (форма A) или декларация о происхождении по решению Совета ЕЭК № 60 от 14 июня "
        "2018 года; условия прямой поставки для товаров, следующих через Афганистан, Узбекистан, Китай или Иран, не "
        "проверены",
        "шығарылған жері туралы сертификат (А нысаны) немесе ЕЭК Кеңесінің 2018 жылғы 14 маусымдағы № 60 шешімі "
        "бойынша шығарылған жері туралы декларация; Ауғанстан, Өзбекстан, Қытай немесе Иран арқылы өтетін тауарлар "
        "үшін тікелей жеткізу шарттары тексерілмеген",
        "سرٹیفکیٹ آف اوریجن (فارم اے) یا یوریشین اکنامک کمیشن کونسل کے 14 جون 2018 کے فیصلہ نمبر 60 کے تحت اوریجن "
        "ڈیکلریشن؛ افغانستان، ازبکستان، چین یا ایران سے گزرنے والے سامان کے لیے براہِ راست ترسیل کی شرائط جانچی "
        "نہیں گئیں"),
    UZ.FTA_PROOF: UZ.FTA_PROOF_NAMES,
}
NOT_FOUND = "NOT FOUND in the research: the rate is left to the user"
RICE_CCT_CARRIED = ("carried forward: no newer text of the EAEU CCT for 1006 was found (the current tariff, EEC "
                    "Council Decision 80 of 14 September 2021 as amended, was looked for; its group 10 rates were "
                    "not retrieved), and Kazakhstan's own lower WTO-list rates (CONSULTANT_KZ59_2018) were not "
                    "checked for rice: confirm the rate with a broker")
PK_LINE_NOT_FOUND = NOT_FOUND + " (Pakistan's First Schedule line was not retrieved)"

# id, country, hs codes, charge, kind, rate %, specific amount, its currency, per, factor, origin countries, proof,
# when the customs duty rate is from, to, valid from, valid to, as of, sources, estimate note, notes
DUTIES = [
    # --- into Kazakhstan: the EAEU Common Customs Tariff
    ("kz-cd-0701-10", "KZ", "0701 10", CD, "ad_valorem", 5, None, "", "", None, "", "", None, None, None, None,
     None, "ZAKONBASE_CCT_0701", "", "seed potatoes; CCT text copy, edition not identified"),
    ("kz-cd-0701-90", "KZ", "0701 90", CD, "ad_valorem", 15, None, "", "", None, "", "", None, None, None, None,
     None, "ZAKONBASE_CCT_0701", "", "CCT text copy, edition not identified; Kazakhstan applies lower WTO-list "
     "rates on about 3,500 lines (CONSULTANT_KZ59_2018): check the line"),
    ("kz-cd-0805-10", "KZ", "0805 10", CD, "ad_valorem_min_specific", 5, 0.017, "EUR", "kg", None, "", "", None,
     None, None, None, D(2022, 2, 1), "KODTNVED_0805", "", "oranges"),
    ("kz-cd-0805-2", "KZ", "0805 2", CD, "ad_valorem_min_specific", None, None, "EUR", "kg", None, "", "", None,
     None, None, None, None, "KODTNVED_0805",
     NOT_FOUND + ": the EAEU lines for mandarins and their hybrids (0805 21, 0805 22, 0805 29) were not retrieved. "
     "The oranges line 0805 10 80 pays 5 %, but not less than EUR 0.017 per kg (KODTNVED_0805)", ""),
    ("kz-cd-3004", "KZ", "3004", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "TRADEGOV_KZ_TA;CONSULTANT_KZ59_2018", NOT_FOUND + "; Kazakhstan's WTO list (lower than the CCT) includes "
     "pharmaceuticals", ""),
    ("kz-cd-6109", "KZ", "6109", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", NOT_FOUND, "garments are probably not on the preference list"),
    ("kz-cd-1006-30", "KZ", "1006 30", CD, "ad_valorem_min_specific", 15, 0.045, "EUR", "kg", None, "", "", None,
     None, D(2012, 8, 23), None, None, "AFNFN_2012_RICE", "",
     "semi- or wholly milled rice: the CU CCT from 23 August 2012 (Russia's WTO accession), as reported in July "
     "2012; " + RICE_CCT_CARRIED),
    ("kz-cd-1006-lw3", "KZ", "1006 30 27;1006 30 48;1006 30 67;1006 30 98", CD, "specific", None, 0.12, "EUR", "kg",
     None, "", "", None, None, D(2012, 8, 23), None, None, "AFNFN_2012_RICE;PROMTEHTEST_1006",
     "the long-grain subheadings of 1006 30 with a length/width ratio of 3 or more (semi- and wholly milled, "
     "parboiled or not) are read from the nomenclature's numbering; the source says 'rice with a length/width "
     "ratio of 3 or more' without naming them, and whether husked or paddy rice of that ratio pays it too was not "
     "read",
     "rice of a length/width ratio of 3 or more (basmati, long grain) kept EUR 0.12 a kg when the rest of milled "
     "rice went to 15 % but not less than EUR 0.045 on 23 August 2012; " + RICE_CCT_CARRIED),
    ("kz-cd-1006-20-15", "KZ", "1006 20 150 0", CD, "ad_valorem_min_specific", 10, 0.03, "EUR", "kg", None, "", "",
     None, None, None, None, None, "TNVEDAI_1006", "",
     "husked parboiled long-grain rice, length/width above 2 and below 3; a commercial look-up site, undated (the "
     "VAT it shows is Russia's)"),
    ("kz-cd-0703-10", "KZ", "0703 10", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None,
     None, "ZAKONBASE_CCT_0701;HANTEST_0703;CONSULTANT_KZ59_2018",
     NOT_FOUND + ": the rate of 0703 10 190 0 (onions other than sets) was not retrieved; the CCT text copy read "
     "for potatoes (ZAKONBASE_CCT_0701, edition not identified) gives 15 % for onion sets, 0703 10 110 0, and "
     "breaks off before the next line", "Kazakhstan applies lower WTO-list rates on about 3,500 lines "
     "(CONSULTANT_KZ59_2018): check the line"),
    ("kz-cd-0804-50", "KZ", "0804 50", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None,
     None, "IFCG_0804", NOT_FOUND + ": the EAEU rate for guavas, mangoes and mangosteens was not retrieved", ""),
    ("kz-gsp-developing", "KZ", "0701;0703;0804;0805;1006", CD, "preference", None, None, "", "", 0.75, "PK",
     GSP_PROOF, None, None, D(2021, 10, 12), None, None, GSP_SOURCES,
     "Pakistan's status as a developing-country user of the EAEU preferences is inferred from the 2023 "
     "Pakistan–Russia protocol on administrative cooperation (the 2021 country list itself was not seen); onions "
     "(0703) and mangoes (0804) are taken as listed with the vegetables and fruit the research names, the list "
     "itself not having been read heading by heading",
     "developing countries pay 75 % of the CCT rate on listed goods (vegetables, fruit, rice: EEC Council "
     "Decision 8 of 13 January 2017); both the ad valorem rate and a specific minimum are reduced (how the "
     "minimum is reduced was not checked)"),
    # --- into Pakistan: First Schedule customs duty, additional customs duty, regulatory duty
    ("pk-cd-1001-2020", "PK", "1001", CD, "ad_valorem", 11, None, "", "", None, "", "", None, None, None,
     D(2025, 6, 30), D(2020, 7, 17), "SAMAA_2020_WHEAT;DAILYTIMES_2020_WHEAT", "",
     "statutory rate as reported in 2020; not levied on private-sector imports from June 2020 (ECC): whether "
     "that waiver still holds was not verified"),
    ("pk-cd-1001", "PK", "1001", CD, "ad_valorem", 10, None, "", "", None, "", "", None, None, D(2025, 7, 1), None,
     D(2025, 5, 20), "PROFIT_2025_NTP;SAMAA_2020_WHEAT",
     "DER: wheat's 11 % slab became 10 % from FY2025-26 (EDB circular of 17 May 2025, PROFIT_2025_NTP); "
     "wheat's own line was not re-read", "the 2020 waiver for private imports was not verified"),
    ("pk-rd-1001", "PK", "1001", RD, "ad_valorem", 60, None, "", "", None, "", "", None, None, None, None,
     D(2020, 7, 17), "SAMAA_2020_WHEAT;FAO_2020_WHEAT", "",
     "in place since September 2016; lifted for private imports in June 2020; the National Tariff Policy "
     "2025-30 phases regulatory duties out: current status not verified"),
    ("pk-ban-1001", "PK", "1001", "import prohibition", "prohibited", None, None, "", "", None, "", "", None, None,
     D(2024, 7, 12), None, D(2024, 7, 13), "DAWN_2024_WHEATBAN", "",
     "the Ministry of Commerce banned wheat imports (amendment to the Import Policy Order 2022, notified "
     "12 July 2024); no lifting was found"),
    ("pk-cd-1003", "PK", "1003", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-rd-1003", "PK", "1003", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-1004", "PK", "1004", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-rd-1004", "PK", "1004", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-0713", "PK", "0713", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "PKTAXBOOK_2023", PK_LINE_NOT_FOUND, ""),
    ("pk-rd-0713", "PK", "0713", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-1204", "PK", "1204", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-rd-1204", "PK", "1204", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-1006", "PK", "1006", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, "rice moves the other way: Pakistan exports it"),
    ("pk-rd-1006", "PK", "1006", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-1101", "PK", "1101", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "GRAINUNION_PK_BAN", PK_LINE_NOT_FOUND,
     "wheat flour; Kazakh flour goes to Afghanistan rather than Pakistan (GRAINUNION_PK_BAN)"),
    ("pk-rd-1101", "PK", "1101", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-cd-2709", "PK", "2709", CD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "PKTAXBOOK_2023", PK_LINE_NOT_FOUND, ""),
    ("pk-rd-2709", "PK", "2709", RD, "ad_valorem", None, None, "", "", None, "", "", None, None, None, None, None,
     "", PK_LINE_NOT_FOUND, ""),
    ("pk-acd-0-10", "PK", "*", ACD, "ad_valorem", 0, None, "", "", None, "", "", 0, 10, D(2025, 7, 1), None,
     D(2025, 6, 10), "BRECORDER_2025_TARIFF", "", "95 lines in these slabs still carry 2 %"),
    ("pk-acd-15", "PK", "*", ACD, "ad_valorem", 2, None, "", "", None, "", "", 10.01, 15, D(2025, 7, 1), None,
     D(2025, 6, 10), "BRECORDER_2025_TARIFF", "", "was 4 %"),
    ("pk-acd-20", "PK", "*", ACD, "ad_valorem", 4, None, "", "", None, "", "", 15.01, 20, D(2025, 7, 1), None,
     D(2025, 6, 10), "BRECORDER_2025_TARIFF", "", "was 6 %"),
    ("pk-acd-over-20", "PK", "*", ACD, "ad_valorem", 6, None, "", "", None, "", "", 20.01, 1000, D(2025, 7, 1),
     None, D(2025, 6, 10), "BRECORDER_2025_TARIFF", "", "was 7 %; the FY2026-27 budget proposes cuts "
     "(NUKTA_2026_BUDGET), not enacted as far as was found"),
    # --- into Uzbekistan
    *UZ.DUTIES_UZ,
]


def duty_rows() -> list[list]:
    return [[i, c, hs, ch, *CHARGE_NAMES[ch], kind, rate, amount, cur, per, factor, origins, proof,
             *PROOF_NAMES[proof], low, high, vf, vt, as_of, src, note, notes]
            for (i, c, hs, ch, kind, rate, amount, cur, per, factor, origins, proof, low, high, vf, vt, as_of, src,
                 note, notes) in DUTIES]


# ----------------------------------------------------------------------------------------------- import taxes
TAX_HEADER = ["tax_id", "country", "tax", "tax_ru", "tax_kk", "tax_ur", "rate_pct", "base", "step", "hs_codes",
              "importer", "atl", "resale", "entry_places", "valid_from", "valid_to", "as_of", "source_ids",
              "estimate_note", "notes"]
KZ_VAT_SOURCES = "ENBEK_2026_VAT;PAGERO_KZ_2025;INVESTKOSTANAY_VATBASE"
PK_ST_SOURCES = "EY_2023_PKST;VULEARN_2023_GST18;TRADEGOV_PK_TARIFFS"
ST_BASE_NOTE = "the base takes in every customs duty (CD, ACD, RD): standard practice, not confirmed by a source"
WHT = "withholding income tax (s.148)"
# id, country, tax, rate %, base, step, hs codes, importer, on the Active Taxpayers List, for resale, entry places,
# valid from, valid to, as of, sources, estimate note, notes
IMPORT_TAXES = [
    ("kz-vat-2025", "KZ", "import VAT", 12, "customs_value;duties", 1, "*", "*", "*", "*", "*", None,
     D(2025, 12, 31), None, "PAGERO_KZ_2025;INVESTKOSTANAY_VATBASE", "", "before 1 January 2026"),
    ("kz-vat", "KZ", "import VAT", 16, "customs_value;duties", 1, "*", "*", "*", "*", "*", D(2026, 1, 1), None,
     D(2026, 2, 12), KZ_VAT_SOURCES, "", "the new Tax Code (signed 18 July 2025); base: customs value + duty + "
     "excise; VAT-registered importers recover it; an exemption for socially significant food awaits a "
     "government list (MOORE_KZ_2025), not applied"),
    ("kz-vat-medicines-2026", "KZ", "import VAT", 5, "customs_value;duties", 1, "3004", "*", "*", "*", "*",
     D(2026, 1, 1), D(2026, 12, 31), D(2025, 10, 14), "PAGERO_KZ_2025;KURSIV_2025_TAXCODE;ENBEK_2025_FAQ", "",
     "the sources speak of sales of medicines: that the reduced rate applies at import is not confirmed"),
    ("kz-vat-medicines", "KZ", "import VAT", 10, "customs_value;duties", 1, "3004", "*", "*", "*", "*",
     D(2027, 1, 1), None, D(2025, 10, 14), "PAGERO_KZ_2025;KURSIV_2025_TAXCODE;ENBEK_2025_FAQ", "",
     "scheduled step-up"),
    ("pk-st", "PK", "sales tax", 18, "customs_value;duties", 1, "*", "*", "*", "*", "*", D(2023, 2, 24), None,
     D(2023, 3, 15), PK_ST_SOURCES, ST_BASE_NOTE, "SRO 179(I)/2023 raised 17 % to 18 %"),
    ("pk-st-exempt", "PK", "sales tax", 0, "customs_value;duties", 1, "1001;1006;1101;0713", "*", "*", "*", "*",
     None, None, D(2023, 1, 1), "PKTAXBOOK_2023", "", "Sixth Schedule: wheat, rice, wheat flour and pulses"),
    ("pk-wht-company", "PK", WHT, 5.5, "customs_value;duties;sales tax", 2, "*", "company", "yes", "*", "*", None, None,
     D(2023, 1, 1), "PKTAXBOOK_2023", "", "companies and industrial undertakings; rates of tax year 2024, not "
     "re-checked against the Finance Acts 2024 and 2025"),
    ("pk-wht-company-non-atl", "PK", WHT, 11, "customs_value;duties;sales tax", 2, "*", "company", "no", "*", "*",
     None, None, D(2023, 1, 1), "PKTAXBOOK_2023", "DER: 5.5 % doubled for persons not on the Active Taxpayers "
     "List", ""),
    ("pk-wht-other", "PK", WHT, 6, "customs_value;duties;sales tax", 2, "*", "other", "yes", "*", "*", None, None,
     D(2023, 1, 1), "PKTAXBOOK_2023", "", "persons other than companies; final tax for commercial importers"),
    ("pk-wht-other-non-atl", "PK", WHT, 12, "customs_value;duties;sales tax", 2, "*", "other", "no", "*", "*", None,
     None, D(2023, 1, 1), "PKTAXBOOK_2023", "DER: 6 % doubled for persons not on the Active Taxpayers List", ""),
    ("pk-wht-medicines", "PK", WHT, 4, "customs_value;duties;sales tax", 2, "3004", "*", "yes", "*", "*", None, None,
     D(2023, 1, 1), "PKTAXBOOK_2023", "", "finished pharmaceuticals not made in Pakistan (DRAP-certified)"),
    ("pk-wht-exempt", "PK", WHT, 0, "customs_value;duties;sales tax", 2, "1001;0713", "*", "*", "*", "*", None, None,
     D(2023, 1, 1), "PKTAXBOOK_2023", "", "Second Schedule Part IV clauses 12C (pulses) and 12F (wheat)"),
    ("pk-min-value-addition-st", "PK", "minimum value-addition sales tax", None, "customs_value;duties", 1, "*",
     "*", "*", "yes", "*", None, None, None, "KCCI_MINVA_ST", NOT_FOUND,
     "Twelfth Schedule of the Sales Tax Act: commercial importers (goods for resale); the base is assumed"),
    ("pk-sindh-cess", "PK", "Sindh infrastructure cess", 1.85, "customs_value", 1, "*", "*", "*", "*",
     "karachi;port-qasim", None, None, D(2025, 9, 5), "PKREVENUE_2025_IDC;ZAMEEN_2026_IDC",
     "base assumed to be the customs value (the sources give only the rate)",
     "levied on goods entering Sindh through its ports; a cut to 0.80–0.85 % was announced (ZAMEEN_2026_IDC, "
     "undated) with no effective date found"),
    *UZ.IMPORT_TAXES_UZ,
]


def tax_rows() -> list[list]:
    return [[i, c, tax, *CHARGE_NAMES[tax], rate, base, step, hs, importer, atl, resale, places, vf, vt, as_of, src,
             note, notes]
            for (i, c, tax, rate, base, step, hs, importer, atl, resale, places, vf, vt, as_of, src, note, notes)
            in IMPORT_TAXES]


# ----------------------------------------------------------------------------------------------- fees
FEE_HEADER = ["fee_id", "country", "side", "charge", "charge_ru", "charge_kk", "charge_ur", "basis", "amount",
              "currency", "value_from", "value_to", "hs_codes", "condition", "valid_from", "valid_to", "as_of",
              "source_ids", "estimate_note", "notes"]
PLANTS = "07;08;10;12"
PSW_TIERS = [(0, 50_000, 0), (50_000, 100_000, 500), (100_000, 1_000_000, 750), (1_000_000, 5_000_000, 1000),
             (5_000_000, 10_000_000, 1250), (10_000_000, 25_000_000, 1500), (25_000_000, None, 2000)]
# id, country, side, charge, basis, amount, currency, value from, to, hs codes, condition, as of, sources,
# estimate note, notes
FEES = [
    ("kz-declaration", "KZ", "import", "customs declaration fee", "per_declaration", 20_000, "KZT", None, None, "*",
     "always", None, "EGOV_KZ_CUSTOMSCLEAR;ALTA_KZ171", "",
     "the e-government service card (undated) gives 20,000 tenge per goods declaration; the rate table of "
     "Government decree 171 itself was not read, so an MRP re-setting after 2023 is not ruled out; the same card "
     "lists 0.2 % of the customs value for 'customs clearance', not charged here (its scope was not confirmed)"),
    ("kz-export-declaration", "KZ", "export", "customs declaration fee", "per_declaration", 20_000, "KZT", None,
     None, "*", "always", None, "EGOV_KZ_CUSTOMSCLEAR", "",
     "the same 20,000 tenge per goods declaration as on import: the service card covers goods declarations "
     "without naming the procedure"),
    ("kz-transit-declaration", "KZ", "import", "transit declaration fee", "per_declaration", 6, "MRP", None, None,
     "*", "inland_clearance", D(2023, 8, 15), "ASMAP_2023_KZFEES", "",
     "Government decree 631 of 2 August 2023; the goods travel under customs transit from the border to an "
     "inland customs post"),
    ("kz-broker", "KZ", "import", "customs broker", "per_declaration", 60_000, "KZT", None, None, "*", "always",
     D(2024, 1, 1), "DHL_KZ_2024_BROKER;TRADEGOV_KZ_IMPORT",
     "ESTIMATE: one published customs-representative tariff (DHL International Kazakhstan, from 1 January 2024, "
     "VAT included) for a goods declaration of goods not carried by DHL: 40,000 tenge to prepare and print it "
     "plus 20,000 tenge to register it; a courier's broker, not a bulk-freight broker's quote",
     "a licensed Kazakh broker or declarant is compulsory for foreign principals"),
    ("kz-quarantine-permit", "KZ", "import", "import quarantine permit", "per_declaration", None, "KZT", None, None,
     PLANTS, "always", None, "EOKNO_KZ_PHYTO", NOT_FOUND, "issued by the Ministry of Agriculture's territorial "
     "inspections"),
    ("kz-phyto-export", "KZ", "export", "phytosanitary certificate", "per_declaration", None, "KZT", None, None,
     PLANTS, "always", None, "EOKNO_KZ_PHYTO", NOT_FOUND, "issued within 5 working days"),
    *[(f"pk-psw-gd-{n}", "PK", "import", "PSW goods declaration fee", "per_declaration", amount, "PKR", low, high,
       "*", "always", D(2025, 1, 1), "JANG_PSW_FEE", "", "tier by declared value, PKR")
      for n, (low, high, amount) in enumerate(PSW_TIERS, start=1)],
    ("pk-clearing-agent", "PK", "import", "clearing agent", "per_declaration", None, "PKR", None, None, "*",
     "always", None, "", NOT_FOUND, ""),
    ("pk-phyto-export", "PK", "export", "phytosanitary certificate", "per_unit", 2500, "PKR", None, None, PLANTS,
     "always", D(2020, 1, 1), "SARDAR_PHYTO;DPP_PK_EXPORT", "",
     "per container the goods leave Pakistan in (one certificate for each, as the source says); goods leaving "
     "in trucks, wagons or a ship's hold take one for the consignment (the source speaks only of containers); "
     "raised from PKR 300 about 2020–21; not re-verified"),
    ("pk-eds", "PK", "export", "export development surcharge", "percent_of_value", 0.25, "PKR", None, None, "*",
     "always", D(2025, 12, 2), "EDF_GOV_EDS;PROPK_2022_EDS;PROFIT_2025_EDS",
     "the base: the surcharge is collected by the banks on the rupee value of the export proceeds as they come in; "
     "the goods' value stands in for the proceeds (freight invoiced on top under C and D rules is not counted) and "
     "the departure day for the day they come in",
     "0.25 % of the value of all exports from 1 July 1991 (Finance Act 1991, s. 11(1); SRO 10(1)/2003 and SBP "
     "circular 2 of 2003), for the Export Development Fund; all exports exempted by the Finance Division's "
     "notification of 1 December 2025, with immediate effect (SBP circular of 2 December 2025): not charged from "
     "that day"),
    ("pk-origin-certificate", "PK", "export", "certificate of origin", "per_declaration", None, "PKR", None, None,
     "*", "origin_proof", None, "", NOT_FOUND, "the proof of origin that a preference abroad needs: charged only "
     "where one goes with the goods (the EAEU asks for none without a preference)"),
    *UZ.FEES_UZ,
]


# the dates a fee is charged between, where it is not for ever
FEE_VALIDITY = {"pk-eds": (D(1991, 7, 1), D(2025, 11, 30))}


def fee_rows() -> list[list]:
    return [[i, c, side, ch, *CHARGE_NAMES[ch], basis, amount, cur, low, high, hs, condition,
             *FEE_VALIDITY.get(i, (None, None)), as_of, src, note, notes]
            for (i, c, side, ch, basis, amount, cur, low, high, hs, condition, as_of, src, note, notes) in FEES]


# index units a fee may be set in: Kazakhstan's monthly calculation index (MRP), re-set every 1 January
FEE_UNIT_HEADER = ["unit", "country", "value", "currency", "valid_from", "valid_to", "source_ids", "estimate_note"]
FEE_UNITS = [
    ["MRP", "KZ", 3692, "KZT", D(2024, 1, 1), D(2024, 12, 31), "LITER_2026_MCI", ""],
    ["MRP", "KZ", 3932, "KZT", D(2025, 1, 1), D(2025, 12, 31), "LITER_2026_MCI", ""],
    ["MRP", "KZ", 4325, "KZT", D(2026, 1, 1), D(2026, 12, 31), "LITER_2026_MCI;MGOROD_2026_MCI", ""],
]

# ----------------------------------------------------------------------------------------------- customs value
VALUATION_HEADER = ["country", "territory", "currency", "entry_handling", "source_ids", "estimate_note", "notes"]
VALUATION = [
    ["KZ", "KZ;KG;RU;BY;AM", "KZT", "no", "EEC_2023_RAILCV;EEC_2023_RAILCV_NEWS", "",
     "the EAEU customs value takes in carriage, loading and insurance up to the place where the goods cross the "
     "Union's border; carriage inside the Union is left out where it is shown apart (EEC Board decision 11 of "
     "24 January 2023, for rail; the same rule of Customs Code article 40 for other modes)"],
    ["PK", "PK", "PKR", "yes", "FBR_S25", "",
     "the customs value takes in carriage to the port or place of importation, the loading, unloading and "
     "handling that go with it, and insurance (Customs Act 1969, section 25(2)(a)); inland freight after "
     "importation is left out"],
    UZ.VALUATION_UZ,
]


def sheets(src, source_date) -> dict[str, tuple[list[str], list[list]]]:
    """The commercial sheets of tariffs.xlsx; ``src`` checks and joins source ids, ``source_date`` dates a row by
    its oldest source where the row gives no as-of date of its own."""
    def sourced(header: list[str], rows: list[list]) -> list[list]:
        at = header.index("source_ids")
        dated = header.index("as_of") if "as_of" in header else None
        out = []
        for row in rows:
            row = list(row)
            row[at] = src(row[at])
            if dated is not None and row[dated] is None and row[at]:
                row[dated] = source_date(row[at])
            out.append(row)
        return out

    return {
        "incoterms": (INCOTERM_HEADER, sourced(INCOTERM_HEADER, incoterm_rows())),
        "hs_codes": (HS_HEADER, sourced(HS_HEADER, [[value or None if column.startswith("season") else value
                                                      for column, value in zip(HS_HEADER, row)]
                                                     for row in HS_CODES])),
        "duties": (DUTY_HEADER, sourced(DUTY_HEADER, duty_rows())),
        "import_taxes": (TAX_HEADER, sourced(TAX_HEADER, tax_rows())),
        "fees": (FEE_HEADER, sourced(FEE_HEADER, fee_rows())),
        "fee_units": (FEE_UNIT_HEADER, sourced(FEE_UNIT_HEADER, FEE_UNITS)),
        "customs_valuation": (VALUATION_HEADER, sourced(VALUATION_HEADER, VALUATION)),
    }
