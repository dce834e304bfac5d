<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/charts.py" line="70"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>Жеткізу мерзімі, күн: әдеттегі, кесінді — мин–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="85"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>ең тиімді: әрі арзан, әрі жылдам басқа бағыт жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="87"/>
        <source>other available routes</source>
        <translation>басқа қолжетімді бағыттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="88"/>
        <source>selected</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="105"/>
        <location filename="../../gui/qt/charts.py" line="182"/>
        <source>Cost, {currency}</source>
        <translation>Құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="165"/>
        <source>Distance from origin, km</source>
        <translation>Жөнелту орнынан қашықтық, км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="166"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>Бағыт бойы құн мен уақыт (сатылар: шекаралар, порттар, қайта тиеу)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="167"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>border crossing</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>gauge change</source>
        <translation>жол табанын ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>port handling</source>
        <translation>порттық өңдеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>transshipment</source>
        <translation>қайта тиеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>rail</source>
        <translation>т/ж</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>road</source>
        <translation>автокөлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>sea</source>
        <translation>теңіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>ferry</source>
        <translation>паром</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="43"/>
        <source>pipeline</source>
        <translation>құбыр</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Cost per t</source>
        <translation>Тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Days min–typ–max</source>
        <translation>Күн мин–әдет–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Borders</source>
        <translation>Шекаралар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Via</source>
        <translation>Арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>risk</source>
        <translation>тәуекел</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="167"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="169"/>
        <source>planned, not built</source>
        <translation>жоба, салынбаған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="170"/>
        <location filename="../../gui/qt/models.py" line="257"/>
        <source>no tariff</source>
        <translation>тариф жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Step</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Mode or event</source>
        <translation>Көлік түрі немесе операция</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Days (typ.)</source>
        <translation>Күн (әдет.)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Charges (own currency)</source>
        <translation>Алымдар (өз валютасында)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Estimate</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="246"/>
        <source>at {place}</source>
        <translation>{place} пунктінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="263"/>
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="27"/>
        <source>e.g. 500</source>
        <translation>мысалы 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="32"/>
        <source>Swap origin and destination</source>
        <translation>Жөнелту мен баратын жерді ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="41"/>
        <source>Departure</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="42"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>containers</source>
        <translation>контейнерлер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>wagons</source>
        <translation>вагондар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>trucks</source>
        <translation>жүк көліктері</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="85"/>
        <source>Exchange rates for this quote</source>
        <translation>Осы есептің валюта бағамдары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>Кесте бойынша: {date} күнгі 1 USD = {rate} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="94"/>
        <source>{currency} per USD</source>
        <translation>1 USD үшін {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Use the table&apos;s rates</source>
        <translation>Кестедегі бағамдар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="103"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>Кестедегі бағамды алу үшін өрісті бос қалдырыңыз (сұр түспен көрсетілген).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="185"/>
        <source>Quote history</source>
        <translation>Баға ұсыныстарының тарихы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="188"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>Нөмір, сатып алушы, жүк немесе орын бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Saved</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Best price</source>
        <translation>Ең жақсы баға</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="202"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>Бүгінгі кестелер бойынша қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="204"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="206"/>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="234"/>
        <source> (expired)</source>
        <translation> (мерзімі өтті)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="266"/>
        <source>On today&apos;s tables: </source>
        <translation>Бүгінгі кестелер бойынша: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="267"/>
        <source>no difference</source>
        <translation>өзгеріс жоқ</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="33"/>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="39"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="44"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="49"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="50"/>
        <source>Contacts</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="51"/>
        <location filename="../../gui/qt/dialogs.py" line="62"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="52"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="53"/>
        <source>Quotes valid for</source>
        <translation>Баға ұсыныстары жарамды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="62"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="37"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>Соңғы кестелер енді жүктелмейді ({file}); кірістірілгендері пайдаланылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="105"/>
        <source>&amp;Open tables…</source>
        <translation>Кестелерді &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="108"/>
        <source>Use the &amp;bundled tables</source>
        <translation>&amp;Кірістірілген кестелерді пайдалану</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="113"/>
        <source>&amp;Save quote…</source>
        <translation>Баға ұсынысын &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="114"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="116"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="117"/>
        <source>Quote &amp;history…</source>
        <translation>Баға ұсыныстарының &amp;тарихы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="118"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="119"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>Осы есептің валюта &amp;бағамдары…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="139"/>
        <source>Loading tables…</source>
        <translation>Кестелер жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="172"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>Кестелерді жүктеу мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="212"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>Сақтайтын баға ұсынысы жоқ: алдымен сұранысты түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="232"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="244"/>
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="255"/>
        <source>Saved {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Saved as {number} in the quote history</source>
        <translation>Тарихта {number} нөмірімен сақталды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="333"/>
        <source>Open tables</source>
        <translation>Кестелерді ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="334"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="342"/>
        <source>Use these tables?</source>
        <translation>Осы кестелерді пайдалану керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="344"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>Қолданыстағы кестелермен салыстырғанда өзгерістер: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="347"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>Бұл кестелерде қолданыстағылармен бірдей деректер.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="357"/>
        <source>The tables cannot be used</source>
        <translation>Кестелерді пайдалануға болмайды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="358"/>
        <source>The tables in use stay as they were.</source>
        <translation>Қолданыстағы кестелер өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="385"/>
        <source>Reading {what}…</source>
        <translation>Оқылуда: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="435"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>Кестелер: {corridors} ({places} пункт, {legs} учаске, #{corridors_hash}) және {tariffs} ({rates} тариф, #{tariffs_hash}); валюта бағамдары {fx_date} күнгі; желісіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="448"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>Бағыттарды көру үшін белгіленген өрісті түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="458"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>осы есепке қойылған; кестеде {date} күнгі {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="466"/>
        <source>{cargo}: {load}. {available} of {total} routes available on {date}. FX: {rates}</source>
        <translation>{cargo}: {load}. {date} күні {total} бағыттың {available} қолжетімді. Бағамдар: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="500"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>Бағытты учаскелер бойынша көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>available</source>
        <translation>қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>unavailable: </source>
        <translation>қолжетімсіз: </translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/documents.py" line="76"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>Жеткізу мерзімі, күн (нүкте — әдеттегі; кесінді — мин–макс; сандар — кесте жолдары)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="82"/>
        <source>Cost, {currency}</source>
        <translation>Құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="113"/>
        <source>Freight quote {number}</source>
        <translation>Тасымал құнының есебі {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="114"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="115"/>
        <source>Valid until</source>
        <translation>Жарамды мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="116"/>
        <source>For</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="117"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="118"/>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="119"/>
        <source>Departure</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="120"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="121"/>
        <source>Recommended: {corridor}</source>
        <translation>Ұсынылады: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="122"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>(тоннасына {per_tonne}), жолда {days} күн, {co2e} т CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="123"/>
        <source>via {places}</source>
        <translation>{places} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="124"/>
        <source>No route is available on this date</source>
        <translation>Бұл күнге қолжетімді маршрут жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="125"/>
        <source>Routes compared</source>
        <translation>Маршруттарды салыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="126"/>
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="127"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="128"/>
        <source>Per t</source>
        <translation>1 т үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="129"/>
        <source>Days min–typ–max</source>
        <translation>Күн мин–әдет–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="130"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="131"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="132"/>
        <source>available</source>
        <translation>қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="133"/>
        <source>unavailable ({note})</source>
        <translation>қолжетімсіз ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="134"/>
        <source>route {number}: {reason}</source>
        <translation>{number}-маршрут: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="135"/>
        <source>★ best trade-off: no other available route is both cheaper and faster.</source>
        <translation>★ үздік теңгерім: одан әрі арзан әрі жылдам қолжетімді маршрут жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="136"/>
        <source>Breakdown of the recommended route</source>
        <translation>Ұсынылған маршрут бойынша есеп</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="137"/>
        <source>Step</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="138"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="139"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="140"/>
        <source>Charge</source>
        <translation>Алым</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="141"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="142"/>
        <source>In {currency}</source>
        <translation>{currency} бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="143"/>
        <source>at {place}: {event}</source>
        <translation>{place} пунктінде: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="144"/>
        <source>at {rate}/USD ({date})</source>
        <translation>{rate}/USD бағамымен ({date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="145"/>
        <source>(estimate)</source>
        <translation>(бағалау)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="146"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="147"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode. Factors used:</source>
        <translation>GLEC Framework әдістемесі бойынша есептелді (well-to-wheel): тонна × км × әр көлік түрінің коэффициенті. Коэффициенттер:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="149"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} г CO2e / т·км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="150"/>
        <source>Exchange rates and tables</source>
        <translation>Валюта бағамдары мен кестелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="151"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: 1 USD = {rate}, осы есепке қойылған (кестеде: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="153"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {date} күнгі 1 USD = {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="154"/>
        <source>Tables: {corridors} and {tariffs}, exchange rates as of {date} (content {digest}).</source>
        <translation>Кестелер: {corridors} және {tariffs}, валюта бағамдары {date} күнгі (мазмұны {digest}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="156"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="157"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="145"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="147"/>
        <source>phone or e-mail, optional</source>
        <translation>телефон немесе e-mail, міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="153"/>
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="154"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="155"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="156"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
</TS>
