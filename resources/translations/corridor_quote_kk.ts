<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name />
    <message>
        <location filename="../../gui/qt/charts.py" line="70" />
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>Жеткізу мерзімі, күн: әдеттегі, кесінді — мин–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="85" />
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>ең тиімді: әрі арзан, әрі жылдам басқа бағыт жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="87" />
        <source>other available routes</source>
        <translation>басқа қолжетімді бағыттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="88" />
        <source>selected</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="105" />
        <location filename="../../gui/qt/charts.py" line="182" />
        <source>Cost, {currency}</source>
        <translation>Құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="165" />
        <source>Distance from origin, km</source>
        <translation>Жөнелту орнынан қашықтық, км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="166" />
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>Бағыт бойы құн мен уақыт (сатылар: шекаралар, порттар, қайта тиеу)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="167" />
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="32" />
        <source>border crossing</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="32" />
        <source>gauge change</source>
        <translation>жол табанын ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="33" />
        <source>port handling</source>
        <translation>порттық өңдеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="33" />
        <source>transshipment</source>
        <translation>қайта тиеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="78" />
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="78" />
        <location filename="../../gui/qt/models.py" line="186" />
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="78" />
        <source>Cost per t</source>
        <translation>Тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="78" />
        <source>Days min–typ–max</source>
        <translation>Күн мин–әдет–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="78" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="79" />
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="79" />
        <source>Borders</source>
        <translation>Шекаралар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="79" />
        <source>Via</source>
        <translation>Арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="153" />
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="153" />
        <source>risk</source>
        <translation>тәуекел</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="156" />
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="158" />
        <source>planned, not built</source>
        <translation>жоба, салынбаған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="159" />
        <location filename="../../gui/qt/models.py" line="244" />
        <source>no tariff</source>
        <translation>тариф жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="185" />
        <source>Step</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="185" />
        <source>Mode or event</source>
        <translation>Көлік түрі немесе операция</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="185" />
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="185" />
        <source>Days (typ.)</source>
        <translation>Күн (әдет.)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="185" />
        <source>Charges (own currency)</source>
        <translation>Алымдар (өз валютасында)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="186" />
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="186" />
        <source>Estimate</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="233" />
        <source>at {place}</source>
        <translation>{place} пунктінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="250" />
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="27" />
        <source>e.g. 500</source>
        <translation>мысалы 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="32" />
        <source>Swap origin and destination</source>
        <translation>Жөнелту мен баратын жерді ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38" />
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38" />
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39" />
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39" />
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="40" />
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="41" />
        <source>Departure</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="42" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="128" />
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="128" />
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="128" />
        <source>containers</source>
        <translation>контейнерлер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="129" />
        <source>wagons</source>
        <translation>вагондар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="129" />
        <source>trucks</source>
        <translation>жүк көліктері</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="123" />
        <source>Quote history</source>
        <translation>Баға ұсыныстарының тарихы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="126" />
        <source>Search number, buyer, cargo or place</source>
        <translation>Нөмір, сатып алушы, жүк немесе орын бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="129" />
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="129" />
        <source>Saved</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="129" />
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="129" />
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="130" />
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="130" />
        <source>Best price</source>
        <translation>Ең жақсы баға</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="130" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="140" />
        <source>Re-quote on today's tables</source>
        <translation>Бүгінгі кестелер бойынша қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="142" />
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="144" />
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="146" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="172" />
        <source> (expired)</source>
        <translation> (мерзімі өтті)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="204" />
        <source>On today's tables: </source>
        <translation>Бүгінгі кестелер бойынша: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="205" />
        <source>no difference</source>
        <translation>өзгеріс жоқ</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="32" />
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="38" />
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="43" />
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="48" />
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="49" />
        <source>Contacts</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="50" />
        <location filename="../../gui/qt/dialogs.py" line="61" />
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="51" />
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="52" />
        <source>Quotes valid for</source>
        <translation>Баға ұсыныстары жарамды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="61" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="37" />
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>Соңғы кестелер енді жүктелмейді ({file}); кірістірілгендері пайдаланылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="103" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="104" />
        <source>&amp;Open tables…</source>
        <translation>Кестелерді &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="107" />
        <source>Use the &amp;bundled tables</source>
        <translation>&amp;Кірістірілген кестелерді пайдалану</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="112" />
        <source>&amp;Save quote…</source>
        <translation>Баға ұсынысын &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="113" />
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="114" />
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="115" />
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="116" />
        <source>Quote &amp;history…</source>
        <translation>Баға ұсыныстарының &amp;тарихы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="117" />
        <source>&amp;Letterhead…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="125" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="134" />
        <source>Loading tables…</source>
        <translation>Кестелер жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="167" />
        <source>The tables could not be loaded: {problem}</source>
        <translation>Кестелерді жүктеу мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="195" />
        <source>There is no quote to save: correct the request first.</source>
        <translation>Сақтайтын баға ұсынысы жоқ: алдымен сұранысты түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="215" />
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="226" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="226" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="227" />
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="238" />
        <source>Saved {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="280" />
        <source>Saved as {number} in the quote history</source>
        <translation>Тарихта {number} нөмірімен сақталды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="321" />
        <source>Open tables</source>
        <translation>Кестелерді ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="322" />
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="330" />
        <source>Use these tables?</source>
        <translation>Осы кестелерді пайдалану керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="332" />
        <source>{count} change(s) against the tables in use.</source>
        <translation>Қолданыстағы кестелермен салыстырғанда өзгерістер: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="335" />
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>Бұл кестелерде қолданыстағылармен бірдей деректер.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="345" />
        <source>The tables cannot be used</source>
        <translation>Кестелерді пайдалануға болмайды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="346" />
        <source>The tables in use stay as they were.</source>
        <translation>Қолданыстағы кестелер өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="373" />
        <source>Reading {what}…</source>
        <translation>Оқылуда: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="414" />
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>Кестелер: {corridors} ({places} пункт, {legs} учаске, #{corridors_hash}) және {tariffs} ({rates} тариф, #{tariffs_hash}); валюта бағамдары {fx_date} күнгі; желісіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="427" />
        <source>Correct the marked field to see the routes.</source>
        <translation>Бағыттарды көру үшін белгіленген өрісті түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="440" />
        <source>{cargo}: {load}. {available} of {total} routes available on {date}. FX: {rates}</source>
        <translation>{cargo}: {load}. {date} күні {total} бағыттың {available} қолжетімді. Бағамдар: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="474" />
        <source>Select a route to see it leg by leg.</source>
        <translation>Бағытты учаскелер бойынша көру үшін оны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="480" />
        <source>available</source>
        <translation>қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="480" />
        <source>unavailable: </source>
        <translation>қолжетімсіз: </translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="81" />
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="83" />
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="85" />
        <source>phone or e-mail, optional</source>
        <translation>телефон немесе e-mail, міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91" />
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="92" />
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="93" />
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="94" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
</TS>