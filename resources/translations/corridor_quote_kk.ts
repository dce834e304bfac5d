<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="40"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>Жеткізу мерзімі, күн: әдеттегі, кесінді — мин–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="153"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>ең тиімді: әрі арзан, әрі жылдам басқа маршрут жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="149"/>
        <source>other available routes</source>
        <translation>басқа маршруттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="148"/>
        <source>selected</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="155"/>
        <source>off the scale</source>
        <translation>шкаладан тыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="158"/>
        <source>off the scale: a route more than three times dearer or slower than the dearest or slowest best trade-off, drawn at the edge (▲ dearer, ▶ slower); its figures are in the table and in the point&apos;s tooltip</source>
        <translation>шкаладан тыс: ең қымбат не ең ұзақ тиімді маршруттан үш еседен артық қымбат не ұзақ маршрут, шетінде көрсетілген (▲ қымбатырақ, ▶ ұзағырақ); оның сандары кестеде және нүктенің қалқымалы кеңесінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Working out the routes…</source>
        <translation>Бағыттар есептелуде…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="228"/>
        <source>Freight + capital in transit, {currency}</source>
        <translation>Фрахт + жолдағы капитал, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="229"/>
        <location filename="../../gui/qt/distance_chart.py" line="124"/>
        <source>Cost, {currency}</source>
        <translation>Құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="247"/>
        <source>No open route to show.</source>
        <translation>Көрсететін ашық маршрут жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Correct the request to see the routes.</source>
        <translation>Маршруттарды көру үшін сұранысты түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="65"/>
        <source>Select a route to see its cost and time along the way.</source>
        <translation>Жол бойындағы құн мен уақытты көру үшін маршрутты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="77"/>
        <source>Distance from origin, km</source>
        <translation>Жөнелту орнынан қашықтық, км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="126"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>Маршрут бойы құн мен уақыт (сатылар: шекаралар, порттар, қайта тиеу)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/distance_chart.py" line="78"/>
        <location filename="../../gui/qt/distance_chart.py" line="129"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>border</source>
        <translation>шекара</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>gauge change</source>
        <translation>жол енінің ауысуы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>transshipment</source>
        <translation>қайта тиеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="107"/>
        <source>wait for a closure to end</source>
        <translation>жабылудың аяқталуын күту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="127"/>
        <source>Cost and time along the route if it reopened</source>
        <translation>Маршрут қайта ашылса, жол бойындағы құн мен уақыт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="36"/>
        <location filename="../../gui/qt/highlights.py" line="259"/>
        <location filename="../../gui/qt/models.py" line="182"/>
        <source>may spoil</source>
        <translation>бүлінуі мүмкін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="69"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/route_cells.py" line="57"/>
        <source>Per t</source>
        <translation>1 т үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <source>Price/t</source>
        <translation>Баға/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <location filename="../../gui/qt/price_cells.py" line="18"/>
        <source>Landed/t</source>
        <translation>Жеткізілгенде/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Δ cost</source>
        <translation>Δ құн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="104"/>
        <source>The cost under the what-if against the tables as they are</source>
        <translation>«Егер» сценарийіндегі құн кестелердегі қазіргі құнмен салыстырғанда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="105"/>
        <source>Door to door: typical days (minimum–maximum)</source>
        <translation>Есіктен есікке: әдетте күн (ең аз–ең көп)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="106"/>
        <source>Tonnes of CO2e, well to wheel (GLEC Framework)</source>
        <translation>CO2e тонна, толық цикл well-to-wheel (GLEC Framework)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="107"/>
        <source>The route&apos;s number on the chart and in the documents</source>
        <translation>Маршруттың графиктегі және құжаттардағы нөмірі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="37"/>
        <source>via {place}</source>
        <translation>{place} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="39"/>
        <source>by {mode} from {place}</source>
        <translation>{place} бастап {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="180"/>
        <source>misses a goal</source>
        <translation>мақсатқа сай емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per container</source>
        <translation>1 контейнер үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per wagon</source>
        <translation>1 вагон үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per truck</source>
        <translation>1 жүк көлігі үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="74"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="76"/>
        <source>planned, not built</source>
        <translation>жоба, салынбаған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="118"/>
        <location filename="../../gui/qt/route_cells.py" line="77"/>
        <source>no tariff</source>
        <translation>тариф жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="83"/>
        <source>Borders: {places}</source>
        <translation>Шекаралар: {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="87"/>
        <source>If it reopened: {cost}</source>
        <translation>Қайта ашылса: {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Step</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Mode or event</source>
        <translation>Көлік түрі немесе операция</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="79"/>
        <location filename="../../gui/qt/price_view.py" line="86"/>
        <source>Sources: {ids}</source>
        <translation>Дереккөздер: {ids}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="84"/>
        <location filename="../../gui/qt/price_view.py" line="90"/>
        <source>Estimate: {note}</source>
        <translation>Бағалау: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Charges</source>
        <translation>Алымдар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="105"/>
        <source>at {place}</source>
        <translation>{place} пунктінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="48"/>
        <source>User &amp;guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="49"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="50"/>
        <source>Show the &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="51"/>
        <source>&amp;About Corridor Quote</source>
        <translation>Corridor Quote &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="52"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt туралы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="94"/>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="115"/>
        <source>Next field / previous field</source>
        <translation>Келесі өріс / алдыңғы өріс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Go to a field of the form</source>
        <translation>Пішін өрісіне өту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + асты сызылған әріп</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="116"/>
        <source>Open a menu</source>
        <translation>Мәзірді ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="117"/>
        <source>Move between routes in the table</source>
        <translation>Кестедегі маршруттар арасында жылжу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="118"/>
        <source>Close a dialog</source>
        <translation>Сұхбат терезесін жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="158"/>
        <source>About Corridor Quote</source>
        <translation>Corridor Quote туралы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="165"/>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="166"/>
        <source>Licences</source>
        <translation>Лицензиялар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="182"/>
        <source>Offline freight quotes for the Kazakhstan ⇄ Pakistan trade. This program never opens a network connection.</source>
        <translation>Қазақстан ⇄ Пәкістан саудасына арналған интернетсіз жүк тасымалы бағасы. Бағдарлама ешқашан желі байланысын ашпайды.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="184"/>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}; {build} on {system}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}; {build}, {system}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>installed build</source>
        <translation>орнатылған жинақ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>source install</source>
        <translation>бастапқы кодтан орнату</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="189"/>
        <source>Tables in use</source>
        <translation>Қолданыстағы кестелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Corridors</source>
        <translation>Дәліздер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Tariffs</source>
        <translation>Тарифтер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="196"/>
        <source>Exchange rates as of {fx}.</source>
        <translation>Валюта бағамдары {fx} бойынша.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="198"/>
        <source>Rates valid from {first} to {last} (the oldest and newest rate dates).</source>
        <translation>Мөлшерлемелер {first} бастап {last} дейін жарамды (ең ескі және ең жаңа мөлшерлеме күні).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="202"/>
        <source>The log is kept in {folder}.</source>
        <translation>Журнал {folder} қалтасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="208"/>
        <source>Corridor Quote ships these components under their own licences:</source>
        <translation>Corridor Quote құрамына өз лицензиялары бар мына құрамдас бөліктер кіреді:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Cheapest</source>
        <translation>Ең арзан</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Meets the goals</source>
        <translation>Мақсаттарға сай</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Within shelf life</source>
        <translation>Сақтау мерзімі ішінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="28"/>
        <source>Typically within shelf life</source>
        <translation>Әдетте сақтау мерзімі ішінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Fastest</source>
        <translation>Ең жылдам</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Lowest CO2e</source>
        <translation>Ең аз CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per container</source>
        <translation>контейнеріне</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per wagon</source>
        <translation>вагонына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per truck</source>
        <translation>жүк көлігіне</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per tanker</source>
        <translation>танкеріне</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per batch</source>
        <translation>партиясына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per unit</source>
        <translation>бірлігіне</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="237"/>
        <source>{kinds} within the goals</source>
        <translation>{kinds} (мақсаттар аясында)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="243"/>
        <source>landed {figure}</source>
        <translation>жеткізілгенде {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="245"/>
        <source>landed: rates to give</source>
        <translation>жеткізілгенде: мөлшерлемелерді беріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="267"/>
        <source>Quote valid until {date}</source>
        <translation>Баға ұсынысы {date} дейін жарамды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="188"/>
        <source>valid until {date}</source>
        <translation>{date} дейін жарамды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="18"/>
        <source>{rule}/t</source>
        <translation>{rule}/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="46"/>
        <source>{rule}: {total} ({per_tonne})</source>
        <translation>{rule}: {total} ({per_tonne})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="51"/>
        <source>Landed cost: {total} ({per_tonne})</source>
        <translation>Жеткізілген құны: {total} ({per_tonne})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Who</source>
        <translation>Кім төлейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Converted</source>
        <translation>Есеп валютасында</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>seller</source>
        <translation>сатушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>buyer</source>
        <translation>сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="49"/>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="55"/>
        <source>customs value into {country}, to {place}</source>
        <translation>кедендік құн ({country}), {place} дейін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="59"/>
        <source>price {rule} {place}</source>
        <translation>баға {rule} {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="60"/>
        <source>landed cost</source>
        <translation>жеткізілген құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="84"/>
        <source>Row: {reference}</source>
        <translation>Кесте жолы: {reference}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="88"/>
        <source>As of {date}</source>
        <translation>{date} күнгі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Included</source>
        <translation>Кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Not included, the buyer&apos;s</source>
        <translation>Кірмейді, сатып алушының есебінен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="216"/>
        <location filename="../../gui/qt/price_view.py" line="218"/>
        <source>Legs and stops</source>
        <translation>Бөліктер мен аялдамалар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="217"/>
        <location filename="../../gui/qt/price_view.py" line="219"/>
        <source>Price lines</source>
        <translation>Баға жолдары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/lower_part.py" line="97"/>
        <location filename="../../gui/qt/lower_part.py" line="166"/>
        <location filename="../../gui/qt/price_view.py" line="246"/>
        <source>Along the route</source>
        <translation>Маршрут бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="247"/>
        <location filename="../../gui/qt/price_view.py" line="248"/>
        <location filename="../../gui/qt/waterfall.py" line="26"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>no insurance</source>
        <translation>сақтандырусыз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>ICC (A)</source>
        <translation>ICC (A)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>ICC (B)</source>
        <translation>ICC (B)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>ICC (C)</source>
        <translation>ICC (C)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="36"/>
        <location filename="../../gui/qt/terms_bar.py" line="38"/>
        <source>goods {value}</source>
        <translation>тауар {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="40"/>
        <source>margin {value}</source>
        <translation>маржа {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="45"/>
        <source>the seller insures</source>
        <translation>сатушы сақтандырады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="46"/>
        <source>the buyer insures</source>
        <translation>сатып алушы сақтандырады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Goods</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Freight</source>
        <translation>Тасымал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Insurance</source>
        <translation>Сақтандыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Duties</source>
        <translation>Баждар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Taxes</source>
        <translation>Салықтар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Fees</source>
        <translation>Алымдар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Landed</source>
        <translation>Жеткізілгенде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="153"/>
        <source>At {place}</source>
        <translation>{place} пунктінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="154"/>
        <source>+ {step}</source>
        <translation>+ {step}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="166"/>
        <source>{currency}, in all</source>
        <translation>{currency}, барлығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="169"/>
        <source>unknown until the blank rates are given</source>
        <translation>бос мөлшерлемелер берілгенше белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="170"/>
        <source>{rule}: {price} ({per_tonne}); landed: {landed}</source>
        <translation>{rule}: {price} ({per_tonne}); жеткізілгенде: {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>in the price</source>
        <translation>бағаға кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>paid by the buyer</source>
        <translation>сатып алушы төлейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="175"/>
        <source>the price, {rule}</source>
        <translation>баға, {rule}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="232"/>
        <source>Choose an Incoterm under the form to see how the price of the selected route is made.</source>
        <translation>Таңдалған маршрут бағасының неден құралатынын көру үшін пішін астынан Инкотермс ережесін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="233"/>
        <source>No price for this route.</source>
        <translation>Бұл маршрутқа баға жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/chart_decide.py" line="58"/>
        <source>by {date}</source>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="58"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>On time</source>
        <translation>Уақытында</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="64"/>
        <source>The odds of arriving on or before the date asked (rounded down)</source>
        <translation>Берілген күнге дейін жету ықтималдығы (төмен қарай дөңгелектелген)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="65"/>
        <source>The odds of arriving on or before {date} (rounded down); {wanted} % asked</source>
        <translation>{date} дейін жету ықтималдығы (төмен қарай дөңгелектелген); талап: {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>opens</source>
        <translation>ашылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>closes</source>
        <translation>жабылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>new in the what-if</source>
        <translation>сценарийде жаңа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>opens in the what-if</source>
        <translation>сценарийде ашылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>closes in the what-if</source>
        <translation>сценарийде жабылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>changed in the what-if</source>
        <translation>сценарийде өзгерді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="95"/>
        <source>as before in the what-if</source>
        <translation>сценарийде бұрынғыдай</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="104"/>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="106"/>
        <source>{points} points on time</source>
        <translation>уақытында жету {points} пайыздық тармақ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="121"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{date} дейін уақытында {odds}; {wanted} % {sure} дейін жетеді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="123"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{odds} {date} дейін уақытында; {wanted} % — ешбір күнге дейін емес: жолдағы жабылулар {rest} %-дан астамын тоқтатады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="126"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>ықтималдыққа төменде аталған жолдағы тәуекелдер кірмейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="128"/>
        <source>Misses a goal: {reason}</source>
        <translation>Мақсатқа сай емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="133"/>
        <source>Capital in transit {capital} ({rate} % a year × {days} days); with freight {total}</source>
        <translation>Жолдағы капитал {capital} (жылдық {rate} % × {days} күн); фрахтпен бірге {total}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} cheaper</source>
        <translation>арзанырақ: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} dearer</source>
        <translation>қымбатырақ: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} open</source>
        <translation>ашылды: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} closed</source>
        <translation>жабылды: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} new</source>
        <translation>жаңа: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="51"/>
        <source>{count} no longer offered</source>
        <translation>енді ұсынылмайды: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="53"/>
        <source>{count} no longer shown</source>
        <translation>{count} енді көрсетілмейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="60"/>
        <source>What if “{name}” ({count} changes)</source>
        <translation>«{name}» «егер» сценарийі (өзгерістер: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="62"/>
        <source>What if “{name}”</source>
        <translation>«{name}» «егер» сценарийі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="64"/>
        <source>What if: {changes}</source>
        <translation>«Егер» сценарийі: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="66"/>
        <source>against the tables as they are: {counts}</source>
        <translation>кестелердің қазіргі күйімен салыстырғанда: {counts}</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>e.g. 500</source>
        <translation>мысалы 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="45"/>
        <source>Swap origin and destination</source>
        <translation>Жөнелту мен баратын жерді ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="96"/>
        <source>departure {date} is before today: a back-dated quote</source>
        <translation>жөнелту {date} бүгіннен ерте: өткен күнмен берілген баға ұсынысы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="126"/>
        <source>{count} × {equipment} on the cheapest route</source>
        <translation>ең арзан маршрутта {count} × {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>containers</source>
        <translation>контейнерлер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Cargo</source>
        <translation>&amp;Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Саны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Unit</source>
        <translation>&amp;Өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Қайдан</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>T&amp;o</source>
        <translation>Қай&amp;да</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>&amp;Departure</source>
        <translation>Жө&amp;нелту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="59"/>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>t (tonnes)</source>
        <translation>т (тонна)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>m³ (cubic metres)</source>
        <translation>м³ (текше метр)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>bbl (barrels of oil)</source>
        <translation>барр. (мұнай баррельдері)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>wagons</source>
        <translation>вагондар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>trucks</source>
        <translation>жүк көліктері</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="25"/>
        <location filename="../../gui/qt/map_tab.py" line="26"/>
        <source>Cost and time</source>
        <translation>Құны мен мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="27"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="28"/>
        <source>Every route of the quote on the map, with closures on the cargo&apos;s dates</source>
        <translation>Есептегі барлық маршрут картада, жүк тасымалы күндеріндегі жабылулармен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="33"/>
        <source>Open the map in a window of its own, as large as the screen allows</source>
        <translation>Картаны жеке терезеде ашу, қаласаңыз бүкіл экранға</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="126"/>
        <source>Corridor Quote — map of the routes</source>
        <translation>Corridor Quote — маршруттар картасы</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="10"/>
        <source>no {what} given</source>
        <translation>{what} көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="11"/>
        <source>{what} &apos;{text}&apos; is ambiguous: {options}</source>
        <translation>{what}: «{text}» бірнеше нұсқаға сәйкес келеді: {options}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="12"/>
        <source>unknown {what} &apos;{text}&apos;; did you mean {options}?</source>
        <translation>{what}: белгісіз мән «{text}»; мүмкін, мынаны айтқыңыз келді: {options}?</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="13"/>
        <source>unknown {what} &apos;{text}&apos;; known: {known}</source>
        <translation>{what}: белгісіз мән «{text}»; белгілі мәндер: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="14"/>
        <source>unknown {what} &apos;{text}&apos;: nothing in the tables is spelled like it</source>
        <translation>{what}: белгісіз мән «{text}»; кестелерде ұқсас ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="15"/>
        <source>{what} &apos;{text}&apos;: {place} is in {country}, not in {named}</source>
        <translation>{what} «{text}»: {place} елі — {country}, {named} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="16"/>
        <source>{what} must be a number, not &apos;{text}&apos;</source>
        <translation>{what} сан болуы керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="17"/>
        <source>{what} &apos;{text}&apos; has a unit in it: give the number ({number}) and the unit ({unit}) apart</source>
        <translation>{what} «{text}» ішінде бірлік бар: санды ({number}) және бірлікті ({unit}) бөлек беріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="19"/>
        <source>{what} &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>{what} «{text}» {decimal} немесе {thousands} болуы мүмкін; біреуін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="21"/>
        <source>{what} must be a finite number</source>
        <translation>{what} ақырлы сан болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="22"/>
        <source>{what} must be greater than zero, not {number}</source>
        <translation>{what} нөлден үлкен болуы керек, {number} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="23"/>
        <source>the {currency} rate</source>
        <translation>{currency} бағамы</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="24"/>
        <source>{cargo} is not carried in {kind} in these tables</source>
        <translation>бұл кестелер бойынша {cargo} мұндай бірлікпен тасымалданбайды: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="25"/>
        <source>{equipment} cannot carry {cargo} ({handling})</source>
        <translation>{equipment} мына жүкке жарамайды: {cargo} ({handling})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="26"/>
        <source>a number of {kind} must be a whole number, not {number}</source>
        <translation>саны ({kind}) бүтін сан болуы керек, {number} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="27"/>
        <source>{tonnes} t is more than this tool quotes ({limit} t)</source>
        <translation>{tonnes} т — бағдарлама есептейтін шектен көп ({limit} т)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="28"/>
        <source>{tonnes} t is less than this tool quotes (at least {limit} kg)</source>
        <translation>{tonnes} т — бағдарлама есептейтін шектен аз (кемінде {limit} кг)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="29"/>
        <source>departure {date} is outside what these tables can price: {first} to {last}, {years} years either side of their rates</source>
        <translation>{date} жөнелту күні бұл кестелер есептей алатын аралықтан тыс: {first} – {last}, олардың мөлшерлемелері күндерінен {years} жыл бұрын және кейін</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="31"/>
        <source>figures are pointed out as old after {low} to {high} days, not {days}</source>
        <translation>сандар {low}–{high} күннен кейін ескі деп белгіленеді, {days} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="32"/>
        <source>a quote stays valid for {low} to {high} days, not {days}</source>
        <translation>баға ұсынысы {low}–{high} күн жарамды, {days} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="33"/>
        <source>{tonnes} t</source>
        <translation>{tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="34"/>
        <source>{kg} kg = {tonnes} t</source>
        <translation>{kg} кг = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="35"/>
        <source>{volume} m³ × {density} t/m³ = {tonnes} t</source>
        <translation>{volume} м³ × {density} т/м³ = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="36"/>
        <source>{barrels} bbl × {per_barrel} m³ (a US oil barrel) × {density} t/m³ = {tonnes} t</source>
        <translation>{barrels} барр. × {per_barrel} м³ (АҚШ мұнай баррелі) × {density} т/м³ = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="38"/>
        <source>barrels measure crude oil and other liquids, not {cargo}: give it in t, kg, m3 or units</source>
        <translation>баррельмен мұнай мен басқа сұйықтар өлшенеді, {cargo} емес: т, кг, м3 немесе данамен беріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="40"/>
        <source>{count} × {equipment} ({each} t each) = {tonnes} t</source>
        <translation>{count} × {equipment} (әрқайсысы {each} т) = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="41"/>
        <source>{count} × {equipment} = {tonnes} t</source>
        <translation>{count} × {equipment} = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="42"/>
        <source>cargo &apos;{text}&apos; read as {cargo}: if another was meant, choose it by name</source>
        <translation>«{text}» жүгі {cargo} ретінде оқылды: басқасы меңзелсе, оны атауымен таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="44"/>
        <source>origin and destination are the same place</source>
        <translation>жөнелту орны мен баратын жер бірдей</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="46"/>
        <source>USD is the base of the exchange-rate table; set the other currency&apos;s rate</source>
        <translation>USD — бағамдар кестесінің базалық валютасы; басқа валютаның бағамын қойыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="48"/>
        <source>the {currency} rate must be a number of {currency} per USD, not &apos;{text}&apos;</source>
        <translation>{currency} бағамы 1 USD үшін {currency} саны болуы керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="50"/>
        <source>the {currency} rate must be a positive number of {currency} per USD, not {number}</source>
        <translation>{currency} бағамы 1 USD үшін {currency} оң саны болуы керек, {number} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="52"/>
        <source>the {currency} rate {rate} per USD is more than {factor} times off the table&apos;s {table}: a typing error?</source>
        <translation>{currency} бағамы 1 USD үшін {rate}, кестедегі {table} мәнінен {factor} еседен артық өзгеше: қате терілген бе?</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="55"/>
        <source>the {figure} of {route} cannot be worked out as a number; check the quantity, the exchange rates and the tables</source>
        <translation>{route} маршруты үшін {figure} мәнін сан ретінде есептеу мүмкін емес; санын, валюта бағамдарын және кестелерді тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="57"/>
        <source>no route in these tables carries {cargo} ({handling}) from {origin} to {destination}</source>
        <translation>бұл кестелерде маршрут жоқ: {cargo} ({handling}), {origin} → {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="59"/>
        <source>the {currency} rate you set, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>қойылған {currency} бағамы (1 USD = {rate}) кестедегі {date} күнгі {table} мәнінен өзгеше, айырмашылық: {change}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="61"/>
        <source>no {currency} rate dated on or before {departure}; used the rate of {date}</source>
        <translation>{departure} күнгі немесе одан бұрынғы {currency} бағамы жоқ; {date} күнгі бағам алынды</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="63"/>
        <source>rests partly on estimates (see the breakdown)</source>
        <translation>ішінара бағалауларға негізделген (есепті қараңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="64"/>
        <source>no dwell time for {event} at {place}</source>
        <translation>{place} пунктінде тұру уақыты жоқ: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="65"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="66"/>
        <source>{leg} is a planned line, not in operation</source>
        <translation>{leg} — жобадағы желі, әлі жұмыс істемейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="67"/>
        <source>no emission factor for {mode}; {leg} counted as zero CO2e</source>
        <translation>көлік түрі үшін шығарынды коэффициенті жоқ: {mode}; {leg} учаскесі үшін CO2e нөл деп алынды</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="68"/>
        <source>tariff {rate_id} ({charge}) used outside its validity dates on {leg}</source>
        <translation>{leg} учаскесінде {rate_id} тарифі ({charge}) қолданылу мерзімінен тыс пайдаланылды</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="70"/>
        <source>no tariff for {equipment} on {leg}</source>
        <translation>{leg} учаскесінде тариф жоқ: {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="71"/>
        <source>{where} closed {window} ({reason}); the cargo would reach it on {date}</source>
        <translation>{where}: жабық {window} ({reason}); жүк ол жерге {date} жетер еді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="73"/>
        <source>{where} closed {window}; the cargo would reach it on {date}</source>
        <translation>{where}: жабық {window}; жүк ол жерге {date} жетер еді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="75"/>
        <source>waits {days} days at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where}: {date} ашылғанша {days} күн күтеді: жабық {window} ({reason}); жүк оған {reached} жетеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="79"/>
        <source>waits at {where} from {reached} until it reopens on {date}; costed at nothing: the tables have no sourced rate for a truck or wagon held at {where}</source>
        <translation>{where}: {reached} бастап {date} ашылғанша күту; құнсыз: кестелерде онда тұрған жүк көлігі немесе вагон үшін дереккөзі бар ставка жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="83"/>
        <source>waits at {where} from {reached} until it reopens on {date}</source>
        <translation>{where}: {reached} бастап {date} ашылғанша күтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="85"/>
        <source>cargo reaching {where} on {reached} waits until it reopens on {date}; on the typical day it is open, so the typical days and the money have no wait</source>
        <translation>{where} жеріне {reached} жеткен жүк ол {date} ашылғанға дейін күтеді; әдеттегі күні ол ашық, сондықтан әдеттегі күндерде де, құнда да күту жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="88"/>
        <source>waits 1 day at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where}: {date} ашылғанша 1 күн күтеді: жабық {window} ({reason}); жүк оған {reached} жетеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="91"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} routes of a corridor</source>
        <translation>{corridor}: баға мен мерзім бойынша үздік маршруттар көрсетілмеді: {count}; кестелер бір дәліздің ең көбі {limit} маршрутын көрсетеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="94"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} route of a corridor</source>
        <translation>{corridor}: баға мен мерзім бойынша үздік маршруттар көрсетілмеді: {count}; кестелер бір дәліздің ең көбі {limit} маршрутын көрсетеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="101"/>
        <source>best trade-offs not shown: {count} (corridors: {corridors}; {limit}): see the tooltip</source>
        <translation>баға мен мерзім бойынша үздік маршруттар көрсетілмеді: {count} (дәліздер: {corridors}; {limit}): толығы қалқымалы кеңесте</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="103"/>
        <source>{where} may be closed when the cargo passes {passes}: closed {window} ({reason})</source>
        <translation>{where}: жүк {passes} өткенде жабық болуы мүмкін: жабық {window} ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="105"/>
        <source>{where}: {reason}, {window}; the cargo passes {passes}</source>
        <translation>{where}: {reason}, {window}; жүк {passes} өтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="106"/>
        <source>{where}: {reason}, proposed for {date}; no decision recorded in the tables</source>
        <translation>{where}: {reason}, {date} бастап ұсынылған; кестелерде шешім жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="108"/>
        <source>{where}: {reason}, proposed for {date}; no decision known</source>
        <translation>{where}: {reason}, {date} бастап ұсынылған; шешім туралы белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="111"/>
        <source>{where}: {reason}, proposed for {date}; no decision found as of {checked}</source>
        <translation>{where}: {reason}, {date} бастап ұсынылған; {checked} күнге шешім табылмады</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="113"/>
        <source>{where}: {reason}, proposed for {date}; no decision known as of {checked}</source>
        <translation>{where}: {reason}, {date} бастап ұсынылған; {checked} күнге шешім туралы белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="115"/>
        <source>{where}: {reason}, proposed from {date}, not decided</source>
        <translation>{where}: {reason}, {date} бастап ұсынылған, шешілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="116"/>
        <source>departure {departure} is before the quote date {today}: a back-dated quote</source>
        <translation>жөнелту {departure} баға ұсынысының күнінен ({today}) ерте: өткен күнмен берілген баға ұсынысы</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="118"/>
        <source>older than {limit} days: {parts}; check them before quoting</source>
        <translation>{limit} күннен ескі: {parts}; баға ұсынар алдында тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="119"/>
        <source>older than {limit} days: {parts}</source>
        <translation>{limit} күннен ескі: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="120"/>
        <source>exchange rate of {pair} of {date} ({days} days old)</source>
        <translation>{pair} бағамы {date} күнгі ({days} күн бұрынғы)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="121"/>
        <source>exchange rates of {pairs} of {date} ({days} days old)</source>
        <translation>{pairs} бағамдары {date} күнгі ({days} күн бұрынғы)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="123"/>
        <source>older than {limit} day: {parts}; check them before quoting</source>
        <translation>{limit} күннен ескі: {parts}; баға ұсынар алдында тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="124"/>
        <source>older than {limit} day: {parts}</source>
        <translation>{limit} күннен ескі: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="125"/>
        <source>exchange rate of {pair} of {date} ({days} day old)</source>
        <translation>{pair} бағамы {date} күнгі ({days} күн бұрынғы)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="126"/>
        <source>exchange rates of {pairs} of {date} ({days} day old)</source>
        <translation>{pairs} бағамдары {date} күнгі ({days} күн бұрынғы)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="127"/>
        <source>{rate}, used only by {route}</source>
        <translation>{rate}; тек {route} маршрутында қолданылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="128"/>
        <source>{rate}, used only by routes {numbers}</source>
        <translation>{rate}; тек {numbers} маршруттарында қолданылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="129"/>
        <source>also {pairs}</source>
        <translation>сондай-ақ {pairs}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="130"/>
        <source>the oldest rate used, {charge} ({where}), of {date}</source>
        <translation>пайдаланылған ең ескі мөлшерлеме, {charge} ({where}), {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="131"/>
        <source>from {start} to {end}</source>
        <translation>{start} бастап {end} дейін</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="132"/>
        <source>since {start}, until further notice</source>
        <translation>{start} бастап, келесі хабарламаға дейін</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="133"/>
        <source>from {start}, until further notice</source>
        <translation>{start} бастап, келесі хабарламаға дейін</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="134"/>
        <source>on {date}</source>
        <translation>{date} күні</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="135"/>
        <source>between {first} and {last}</source>
        <translation>{first} мен {last} аралығында</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="137"/>
        <source>{corridor} via {places}</source>
        <translation>{corridor}, {places} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="138"/>
        <source>{corridor}, direct</source>
        <translation>{corridor}, тікелей</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="139"/>
        <source>new route: {route}</source>
        <translation>жаңа маршрут: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="140"/>
        <source>{route}: now available</source>
        <translation>{route}: енді қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="141"/>
        <source>{route}: now unavailable: {reason}</source>
        <translation>{route}: енді қолжетімсіз: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="142"/>
        <source>{route}: cost {old} → {new} {currency} ({change})</source>
        <translation>{route}: құны {old} → {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="143"/>
        <source>{route}: typical days {old} → {new}</source>
        <translation>{route}: әдеттегі мерзім, күн: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="144"/>
        <source>route no longer offered: {route}</source>
        <translation>маршрут енді ұсынылмайды: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="145"/>
        <source>tables: exchange rates as of {old} → {new}</source>
        <translation>кестелер: валюта бағамдары {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="10"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="11"/>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>&apos;{sheet}&apos; парағы</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="12"/>
        <source>row {row}</source>
        <translation>{row}-жол</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="13"/>
        <source>column &apos;{column}&apos;</source>
        <translation>&apos;{column}&apos; бағаны</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="14"/>
        <source>{first} (and 1 more problem)</source>
        <translation>{first} (және тағы бір қате)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="15"/>
        <source>{first} (and {count} more problems)</source>
        <translation>{first} (және тағы {count} қате)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="16"/>
        <source>expected a number, found &apos;{value}&apos;</source>
        <translation>сан болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="17"/>
        <source>expected a number, found text &apos;{value}&apos;</source>
        <translation>сан болуы керек, ал ұяшықта «{value}» мәтіні жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="18"/>
        <source>text &apos;{value}&apos; could mean {decimal} or {thousands}: enter the figure as a number, not as text</source>
        <translation>«{value}» мәтіні {decimal} немесе {thousands} болуы мүмкін: мәнді мәтін емес, сан ретінде енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="20"/>
        <source>expected a finite number, found &apos;{value}&apos;</source>
        <translation>ақырлы сан болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="21"/>
        <source>expected a date, found the number {value}</source>
        <translation>дата болуы керек, ал ұяшықта {value} саны жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="22"/>
        <source>expected a date such as 2026-03-01, found &apos;{value}&apos;</source>
        <translation>2026-03-01 түріндегі дата болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="23"/>
        <source>&apos;{value}&apos; could be {options}: write the date as 2026-03-01</source>
        <translation>«{value}» {options} болуы мүмкін: күнді 2026-03-01 түрінде жазыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="24"/>
        <source>expected a date such as 2026-03-01, found a time or a duration (&apos;{value}&apos;): a cell formatted as a time, or a number below 1 formatted as a date</source>
        <translation>2026-03-01 сияқты күн күтілді, уақыт немесе ұзақтық табылды (&apos;{value}&apos;): уақыт пішіміндегі ұяшық немесе күн пішіміндегі 1-ден кіші сан</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="27"/>
        <source>expected an identifier of letters a-z, digits, &apos;-&apos; or &apos;_&apos;, found &apos;{value}&apos;</source>
        <translation>a-z әріптерінен, цифрлардан, &apos;-&apos; немесе &apos;_&apos; таңбаларынан тұратын идентификатор болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="29"/>
        <source>expected a number greater than {minimum}, found {value}</source>
        <translation>{minimum} мәнінен үлкен сан болуы керек, ал ұяшықта {value} жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="30"/>
        <source>expected a number at least {minimum}, found {value}</source>
        <translation>{minimum} мәнінен кем емес сан болуы керек, ал ұяшықта {value} жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="31"/>
        <source>expected a number at most {maximum}, found {value}</source>
        <translation>{maximum} мәнінен аспайтын сан күтілген, бірақ {value} табылды</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="32"/>
        <source>expected a date from {first} to {last}, found {value} (leave the cell blank for an open end)</source>
        <translation>{first} – {last} аралығындағы күн күтілген, бірақ {value} табылды (мерзімі ашық болса, ұяшықты бос қалдырыңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="34"/>
        <source>expected a whole number, found {value}</source>
        <translation>бүтін сан болуы керек, ал ұяшықта {value} жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="35"/>
        <source>expected one of {allowed}, found &apos;{value}&apos;</source>
        <translation>мына мәндердің бірі болуы керек: {allowed}; ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="36"/>
        <source>expected at least one value</source>
        <translation>кемінде бір мән болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="37"/>
        <source>expected values from {allowed}, found &apos;{value}&apos;</source>
        <translation>мәндер мына тізімнен болуы керек: {allowed}; ал «{value}» көрсетілген</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="38"/>
        <source>expected at least one identifier, or *</source>
        <translation>кемінде бір идентификатор немесе * болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="39"/>
        <source>expected yes or no, found &apos;{value}&apos;</source>
        <translation>yes немесе no болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="40"/>
        <source>expected a three-letter currency code such as USD, found &apos;{value}&apos;</source>
        <translation>USD сияқты үш әріпті валюта коды болуы керек, ал ұяшықта «{value}» жазылған</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="42"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;</source>
        <translation>KZ сияқты екі әріпті ел коды күтілді, табылғаны: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="44"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;; did you mean {code}?</source>
        <translation>KZ сияқты екі әріпті ел коды күтілді, табылғаны: &apos;{value}&apos;; {code} деп айтқыңыз келді ме?</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="46"/>
        <source>expected points as latitude and longitude separated by &apos;;&apos;, such as 26.4 56.75; 25.45 57.55, found &apos;{value}&apos;</source>
        <translation>&apos;;&apos; арқылы бөлінген ендік пен бойлық нүктелері күтілді, мысалы 26.4 56.75; 25.45 57.55, табылғаны: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="48"/>
        <source>a latitude runs from -90 to 90 and a longitude from -180 to 180, found &apos;{value}&apos;</source>
        <translation>ендік -90-нан 90-ға дейін, бойлық -180-нен 180-ге дейін болады, табылғаны: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="50"/>
        <location filename="../../gui/core/rate_messages.py" line="21"/>
        <source>this cell must be filled</source>
        <translation>бұл ұяшық толтырылуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="51"/>
        <source>the cell holds the formula {formula} but no saved result; open the workbook in Excel or LibreOffice and save it, so the result is stored</source>
        <translation>ұяшықта {formula} формуласы бар, бірақ оның сақталған нәтижесі жоқ; нәтиже жазылуы үшін кітапты Excel немесе LibreOffice бағдарламасында ашып, сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="54"/>
        <source>the cell holds the error {error} instead of a value; correct it in Excel or LibreOffice and save again</source>
        <translation>ұяшықта мәннің орнына {error} қатесі тұр; оны Excel немесе LibreOffice-те түзетіп, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="56"/>
        <source>the cell reads as empty but holds an Excel error or a formula whose result was never saved; correct it in Excel or LibreOffice and save again</source>
        <translation>ұяшық бос көрінеді, бірақ онда Excel қатесі немесе нәтижесі сақталмаған формула бар; оны Excel немесе LibreOffice бағдарламасында түзетіп, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="59"/>
        <source>file not found</source>
        <translation>файл табылмады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="60"/>
        <source>a folder, a device or a pipe, not a workbook file</source>
        <translation>жұмыс кітабының файлы емес, қалта, құрылғы немесе арна</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="61"/>
        <source>cannot read the file ({error})</source>
        <translation>файлды оқу мүмкін болмады ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="62"/>
        <source>it is a device or a pipe, not a file</source>
        <translation>бұл файл емес, құрылғы немесе арна</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="63"/>
        <source>an empty file; save it from Excel or LibreOffice as .xlsx</source>
        <translation>бос файл; оны Excel немесе LibreOffice бағдарламасынан .xlsx форматында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="64"/>
        <source>not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>бұл Excel кітабы (.xlsx) емес; файлды Excel немесе LibreOffice бағдарламасынан .xlsx форматында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="66"/>
        <source>a text (CSV) file with one table; the tables need a workbook with one sheet per table; save it from Excel or LibreOffice as .xlsx</source>
        <translation>бір ғана кестесі бар мәтіндік (CSV) файл; әр кесте жеке парақта тұратын кітап керек; файлды Excel немесе LibreOffice бағдарламасынан .xlsx форматында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="68"/>
        <source>a text file, not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>бұл Excel кітабы (.xlsx) емес, мәтіндік файл; оны Excel немесе LibreOffice бағдарламасынан .xlsx форматында сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="70"/>
        <source>the workbook is damaged or unsafe and was not read ({error})</source>
        <translation>кітап бүлінген немесе қауіпті, сондықтан оқылмады ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="71"/>
        <source>the workbook is damaged and was not read: the reader of {format} files could not make it out; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {format} файлдарын оқу құралы оны таба алмады; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="74"/>
        <source>the workbook is damaged and was not read: the row has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: жолда {attribute}=&quot;{value}&quot;, ал бүтін сан болуы керек; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="77"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығында {attribute}=&quot;{value}&quot;, ал бүтін сан болуы керек; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="80"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығында {attribute}=&quot;{value}&quot;, ал сан болуы керек; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="83"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds {count} texts; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығы {index} ортақ мәтінге сілтейді, ал кітапта {count} мәтін ғана бар; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="87"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds none; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығы {index} ортақ мәтінге сілтейді, ал кітапта ондай мәтін жоқ; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="90"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығында сан тұруы керек жерде «{value}» тұр; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="93"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where true or false belongs; open it in a spreadsheet program and save it again</source>
        <translation>кітап бүлінген және оқылмады: {cell} ұяшығында «ақиқат» не «жалған» тұруы керек жерде «{value}» тұр; оны электрондық кесте бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="96"/>
        <source>a number in its Excel 97–2003 (.xls) structure has thousands of digits</source>
        <translation>оның Excel 97–2003 (.xls) құрылымындағы сан мыңдаған цифрдан тұрады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="99"/>
        <source>the file is {size} MiB; workbooks of at most {limit} MiB are read</source>
        <translation>файл көлемі {size} МиБ; {limit} МиБ-тан аспайтын кітаптар ғана оқылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="100"/>
        <source>the file is made of {count} parts; a workbook has a few dozen (at most {limit} are read)</source>
        <translation>файл {count} бөліктен тұрады; кітапта олар бірнеше ондаған ғана (ең көбі {limit} оқылады)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="102"/>
        <source>its part {part} unpacks to more than {limit} MiB, the most that is read</source>
        <translation>оның {part} бөлігі {limit} МиБ-тан артық болып ашылады — бұл оқылатын шектен көп</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="104"/>
        <source>it unpacks to more than {limit} MiB, the most that is read</source>
        <translation>ол {limit} МиБ-тан артық болып ашылады — бұл оқылатын шектен көп</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="105"/>
        <source>its part {part} unpacks to {ratio} times its packed size (real workbooks: under {limit} times), as files made to exhaust memory do</source>
        <translation>оның {part} бөлігі сығылған көлемінен {ratio} есе үлкен болып ашылады (нақты кітаптарда {limit} еседен аз), жадты тауысуға жасалған файлдардағыдай</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="107"/>
        <source>part {part} holds {size} bytes, not the {declared} its directory says</source>
        <translation>{part} бөлігінде {size} байт бар, каталогта көрсетілгендей {declared} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="109"/>
        <source>a zip file, but not an Excel (.xlsx) or OpenDocument (.ods) workbook</source>
        <translation>zip-архив, бірақ Excel (.xlsx) немесе OpenDocument (.ods) кітабы емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="111"/>
        <source>an Excel binary workbook (.xlsb), which is not read; save it from Excel as an Excel Workbook (.xlsx)</source>
        <translation>Excel екілік кітабы (.xlsb), ол оқылмайды; оны Excel-ден «Excel кітабы» (.xlsx) ретінде сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="113"/>
        <source>an Office file, but not an Excel workbook</source>
        <translation>Office файлы, бірақ Excel кітабы емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="114"/>
        <source>the workbook is protected by a password; open it in Excel or LibreOffice, remove the password and save it again</source>
        <translation>кітап құпиясөзбен қорғалған; оны Excel немесе LibreOffice бағдарламасында ашып, құпиясөзді алып тастап, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="116"/>
        <source>it declares XML entities, which workbooks never do (a way to exhaust memory)</source>
        <translation>онда XML-нысандар жарияланған, кітаптарда бұлай болмайды (жадты тауысу тәсілі)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="118"/>
        <source>it declares {count} shared strings; at most {limit} are read</source>
        <translation>онда {count} ортақ жол жарияланған; ең көбі {limit} оқылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="119"/>
        <source>the sheet reaches row {rows}; sheets of at most {limit} rows below the header are read (delete what lies below the table and save again)</source>
        <translation>парақ {rows}-жолға дейін жетеді; тақырыптан төмен {limit} жолдан аспайтын парақтар ғана оқылады (кестеден төмендегінің бәрін өшіріп, қайта сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="122"/>
        <source>the sheets read reach {rows} rows in all; at most {limit} are read from one workbook</source>
        <translation>оқылатын парақтарда барлығы {rows} жол; бір кітаптан ең көбі {limit} жол оқылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="124"/>
        <source>the sheet spans {rows} rows × {columns} columns; at most {limit} cells are read in all (delete what lies beyond the table and save again)</source>
        <translation>парақ {rows} жол × {columns} бағанды алады; барлығы ең көбі {limit} ұяшық оқылады (кестеден тыс жатқанның бәрін өшіріп, қайта сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="127"/>
        <source>{file} is a workbook the quotes are read from: saving over it would replace it; choose another name</source>
        <translation>{file} — котировкалар оқылатын кітап: оның үстіне сақтау оны ауыстырады; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="129"/>
        <source>{file} is the quote history or one of its files: saving over it would lose the quotes saved; choose another name</source>
        <translation>{file} — котировкалар тарихы немесе оның бір файлы: оның үстіне сақтау сақталған котировкаларды жоғалтады; басқа атау таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="131"/>
        <source>{file} is in the program&apos;s own folder: saving there would replace its bundled tables, fonts or translations; choose another folder</source>
        <translation>{file} бағдарламаның өз қалтасында: онда сақтау оның кірістірілген кестелерін, қаріптерін не аудармаларын ауыстырады; басқа қалта таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="133"/>
        <source>cell {cell} is written twice, or after a cell that follows it (the reader would keep one of its values without a word); open the workbook in Excel or LibreOffice and save it again</source>
        <translation>{cell} ұяшығы екі рет немесе өзінен кейінгі ұяшықтан соң жазылған (оқу құралы оның бір мәнін үнсіз қалдырар еді); кітапты Excel немесе LibreOffice бағдарламасында ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="136"/>
        <source>its cells hold more than {limit} MiB of text once read, far more than any table</source>
        <translation>оның ұяшықтары оқылғаннан кейін {limit} МиБ-тан артық мәтін ұстайды — кез келген кестеден әлдеқайда көп</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="138"/>
        <source>the workbook reader stopped without an answer (exit code {code}); the file may be damaged or made to exhaust memory</source>
        <translation>кітапты оқу жауапсыз тоқтады (шығу коды {code}); файл бүлінген немесе жадты тауысуға жасалған болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="140"/>
        <source>the reading was stopped</source>
        <translation>оқу тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="141"/>
        <source>{workbook}: read as an Excel 97–2003 (.xls) workbook; .xlsx is preferred</source>
        <translation>{workbook}: Excel 97–2003 (.xls) кітабы ретінде оқылды; .xlsx форматы қолайлырақ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="143"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: extra columns ignored: {columns}</source>
        <translation>{workbook}, &apos;{sheet}&apos; парағы: артық бағандар ескерілмеді: {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="144"/>
        <source>sheet &apos;{sheet}&apos; is missing (sheets found: {found})</source>
        <translation>&apos;{sheet}&apos; парағы жоқ (табылған парақтар: {found})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="145"/>
        <source>the sheet could not be read ({error})</source>
        <translation>парақты оқу мүмкін болмады ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="146"/>
        <source>a cell holds a number formatted as a date or a time that no calendar reaches; type the date again or clear the cell&apos;s format</source>
        <translation>ұяшықта ешбір күнтізбеде жоқ күн немесе уақыт пішіміндегі сан бар; күнді қайта енгізіңіз немесе ұяшық пішімін алып тастаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="149"/>
        <source>the sheet is empty; row 1 must hold the column names</source>
        <translation>парақ бос; 1-жолда бағандардың атаулары болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="150"/>
        <source>{problem} (in &apos;{text}&apos;, {letters} only look like Latin letters: they are Cyrillic or Greek; type them again with a Latin keyboard layout)</source>
        <translation>{problem} («{text}» ішіндегі {letters} әріптері тек латын әріптеріне ұқсайды: олар кирилл не грек әріптері; оларды латын пернетақта орналасуымен қайта теріңіз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="153"/>
        <source>column {columns} missing from row 1</source>
        <translation>1-жолда {columns} бағаны жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="154"/>
        <source>columns {columns} missing from row 1</source>
        <translation>1-жолда {columns} бағандары жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="155"/>
        <source>column &apos;{column}&apos; appears twice (columns {first} and {second}); keep one of them</source>
        <translation>&apos;{column}&apos; бағаны екі рет кездеседі ({first} және {second} бағандары); біреуін қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="157"/>
        <source>{count} more problems in the cells of rows {first} to {last}, not listed one by one; are these rows meant for this sheet?</source>
        <translation>{first}–{last} жолдарының ұяшықтарында тағы {count} мәселе, жеке-жеке тізілмеген; бұл жолдар осы параққа арналған ба?</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="159"/>
        <source>cells {cells} are merged: a spreadsheet shows the value of {first} in each, but keeps it only in {first}; unmerge them and fill each cell</source>
        <translation>{cells} ұяшықтары біріктірілген: кесте {first} мәнін әрқайсысында көрсетеді, бірақ оны тек {first} ішінде сақтайды; оларды ажыратып, әр ұяшықты толтырыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="162"/>
        <source>two sheets are both &apos;{sheet}&apos; ({names}); rename or remove one of them</source>
        <translation>екі парақтың екеуі де &apos;{sheet}&apos; ({names}); біреуінің атын өзгертіңіз немесе жойыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="164"/>
        <source>this looks like a tariffs workbook (sheets {sheets}), not a corridors workbook; give it as the tariffs workbook (--tariffs on the command line)</source>
        <translation>бұл дәліздер кітабы емес, тарифтер кітабына ұқсайды (парақтар {sheets}); оны тарифтер кітабы ретінде беріңіз (командалық жолда --tariffs)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="167"/>
        <source>this looks like a corridors workbook (sheets {sheets}), not a tariffs workbook; give it as the corridors workbook (--corridors on the command line)</source>
        <translation>бұл тарифтер кітабы емес, дәліздер кітабына ұқсайды (парақтар {sheets}); оны дәліздер кітабы ретінде беріңіз (командалық жолда --corridors)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="170"/>
        <source>source_ids (or estimate_note)</source>
        <translation>source_ids (немесе estimate_note)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="171"/>
        <source>neither source_ids nor estimate_note is filled: every figure needs an origin</source>
        <translation>source_ids та, estimate_note та толтырылмаған: әр көрсеткіштің дереккөзі болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="173"/>
        <source>unknown source id &apos;{value}&apos; (not in any &apos;sources&apos; sheet)</source>
        <translation>белгісіз дереккөз коды «{value}» (ешбір &apos;sources&apos; парағында жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="174"/>
        <source>duplicate {column} &apos;{value}&apos; (first used in row {row})</source>
        <translation>{column} бағанында қайталану: «{value}» (алғаш рет {row}-жолда)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="175"/>
        <source>source id &apos;{value}&apos; is already used in row {row} for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>&apos;{value}&apos; дереккөз идентификаторы {row}-жолда басқа дереккөз үшін қолданылған; оған сілтейтін сан кез келгенінің күнін алуы мүмкін: біреуіне жаңа идентификатор беріңіз (және ол меңзелген жерде соған сілтеңіз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="178"/>
        <source>source id &apos;{value}&apos; is already used in {workbook}, row {row}, for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>&apos;{value}&apos; дереккөз идентификаторы {workbook}, {row}-жолда басқа дереккөз үшін қолданылған; оған сілтейтін сан екеуінің кез келгенімен күнделуі мүмкін: біреуіне жаңа идентификатор беріңіз (және ол меңзелген жерде соған сілтеңіз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="182"/>
        <source>{workbook}, sheet &apos;sources&apos;, row {row}: source &apos;{value}&apos; is listed again exactly as in row {first}; it is read once</source>
        <translation>{workbook}, &apos;sources&apos; парағы, {row}-жол: &apos;{value}&apos; дереккөзі {first}-жолдағыдай дәл қайталанған; ол бір рет оқылды</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="184"/>
        <source>&apos;{value}&apos; is also a name of place {other} (row {row}); a quote could not tell the two places apart</source>
        <translation>&apos;{value}&apos; — сондай-ақ {other} пунктінің атауы ({row}-жол); есеп бұл екі пунктті ажырата алмас еді</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="186"/>
        <source>&apos;{value}&apos; is also a name of cargo {other} (row {row}); a quote could not tell the two cargo types apart</source>
        <translation>&apos;{value}&apos; — сондай-ақ {other} жүгінің атауы ({row}-жол); есеп бұл екі жүк түрін ажырата алмас еді</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="188"/>
        <source>days must satisfy min ≤ typical ≤ max, found {low} / {typical} / {high}</source>
        <translation>күндер мин ≤ әдеттегі ≤ макс шартына сай болуы керек, ал көрсетілгені {low} / {typical} / {high}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="190"/>
        <location filename="../../gui/core/trade_messages.py" line="31"/>
        <source>unknown place &apos;{value}&apos; (not in sheet &apos;places&apos;)</source>
        <translation>белгісіз пункт «{value}» (&apos;places&apos; парағында жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="191"/>
        <source>unknown equipment &apos;{value}&apos; (not in sheet &apos;equipment&apos;)</source>
        <translation>белгісіз көлік бірлігі «{value}» (&apos;equipment&apos; парағында жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="192"/>
        <source>a leg must join two different places</source>
        <translation>учаске екі түрлі пунктті қосуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="193"/>
        <source>unknown place &apos;{value}&apos;</source>
        <translation>белгісіз пункт «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="194"/>
        <source>unknown leg &apos;{value}&apos;</source>
        <translation>белгісіз учаске «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="195"/>
        <source>end_date {end} is before start_date {start}</source>
        <translation>end_date {end} мәні start_date {start} мәнінен ерте</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="196"/>
        <source>at_km is for a leg&apos;s row (where on the leg it holds); a place&apos;s row holds at the place: leave it blank</source>
        <translation>at_km тек учаске жолына арналған (жабылу учаскенің қай жерінде әрекет етеді); пункт жолы пункттің өзінде әрекет етеді: бос қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="198"/>
        <source>at_km {value} is past the end of leg &apos;{leg}&apos; ({km} km long)</source>
        <translation>at_km {value} — «{leg}» учаскесінің соңынан әрі (ұзындығы {km} км)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="200"/>
        <source>a window that repeats every year needs an end_date</source>
        <translation>жыл сайын қайталанатын кезеңге end_date керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="201"/>
        <source>a {element} factor needs one of {allowed}</source>
        <translation>«{element}» шығарынды коэффициенті үшін мына мәндердің бірі керек: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="202"/>
        <source>a {element} factor is given in {unit}</source>
        <translation>«{element}» шығарынды коэффициенті {unit} бірлігімен беріледі</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="203"/>
        <source>a second {currency} rate for {date} (first in row {row})</source>
        <translation>{date} күнгі {currency} бағамы қайта берілген (біріншісі {row}-жолда)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="204"/>
        <source>USD must be 1 unit per USD</source>
        <translation>USD бағамы 1 USD үшін 1 болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="205"/>
        <location filename="../../gui/core/trade_messages.py" line="21"/>
        <source>currency {currency} has no rate in sheet &apos;fx&apos;</source>
        <translation>{currency} валютасының &apos;fx&apos; парағында бағамы жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="206"/>
        <location filename="../../gui/core/trade_messages.py" line="22"/>
        <source>valid_to {end} is before valid_from {start}</source>
        <translation>valid_to {end} мәні valid_from {start} мәнінен ерте</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="207"/>
        <source>unknown leg &apos;{value}&apos; (not in corridors sheet &apos;legs&apos;)</source>
        <translation>белгісіз учаске «{value}» (дәліздер кестесінің &apos;legs&apos; парағында жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="208"/>
        <source>the sheet has no usable rows</source>
        <translation>парақта жарамды жол жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="209"/>
        <source>unknown setting &apos;{value}&apos;; known: {known}</source>
        <translation>белгісіз баптау «{value}»; белгілілері: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="210"/>
        <source>{workbook}, sheet &apos;places&apos;: the country code {code} ({places}) is not one the map or the tariffs know; check that it is the place&apos;s ISO code</source>
        <translation>{workbook}, &apos;places&apos; парағы: {code} ел коды ({places}) картаға да, тарифтерге де белгісіз; бұл пункттің ISO коды екенін тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="213"/>
        <source>{workbook}, sheet &apos;fx&apos;: {count} rate(s) dated after today (the latest {date}); a quote uses them only when it departs on or after their date</source>
        <translation>{workbook}, &apos;fx&apos; парағы: бүгіннен кейінгі күнмен белгіленген бағамдар: {count} (соңғысы {date}); есеп оларды тек жөнелту сол күні немесе одан кейін болса қолданады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="216"/>
        <source>{workbook}: no &apos;settings&apos; sheet; the default search rules are used</source>
        <translation>{workbook}: «settings» парағы жоқ; әдепкі іздеу ережелері қолданылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="219"/>
        <source>given after --with, this is a tariffs workbook, as is the one checked; give a corridors workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>--with кейін берілген кітап — тарифтер кітабы, тексерілетіні сияқты; --with кейін дәліздер кітабын беріңіз немесе кіріктірілгенімен тексеру үшін --with алып тастаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="222"/>
        <source>given after --with, this is a corridors workbook, as is the one checked; give a tariffs workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>--with кейін берілген кітап — дәліздер кітабы, тексерілетіні сияқты; --with кейін тарифтер кітабын беріңіз немесе кіріктірілгенімен тексеру үшін --with алып тастаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="225"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: cells {cells} take their figures from another workbook, {file}; they are read as last saved in this one (that file is not opened): check them against it</source>
        <translation>{workbook}, &apos;{sheet}&apos; парағы: {cells} ұяшықтары мәндерін басқа кітаптан, {file}, алады; олар осы кітапта соңғы сақталғандай оқылды (ол файл ашылмайды): олармен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="228"/>
        <source>{cells} and {count} more</source>
        <translation>{cells} және тағы {count}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="229"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: the sheet is hidden, yet it is read and its figures count in the quotes; a spreadsheet shows it again with Unhide (right-click a sheet&apos;s tab)</source>
        <translation>{workbook}, «{sheet}» парағы: парақ жасырылған, бірақ оқылады және оның деректері бағаларға кіреді; кесте оны «Көрсету» арқылы қайта көрсетеді (парақ белгісін тінтуірдің оң жағымен басыңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="233"/>
        <source>the disk is full: {file} was not saved (the previous file, if any, is unchanged)</source>
        <translation>диск толы: {file} файлы сақталмады (бұрынғы файл, егер болса, өзгерген жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="235"/>
        <source>{folder} is read-only: {file} was not saved</source>
        <translation>{folder} қалтасы тек оқуға арналған: {file} файлы сақталмады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="236"/>
        <source>{file} cannot be written: the folder is not writable or the file is open in another program (close it and save again)</source>
        <translation>{file} файлын жазу мүмкін емес: қалтаға жазуға рұқсат жоқ немесе файл басқа бағдарламада ашық (оны жауып, қайта сақтаңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="238"/>
        <source>{file} could not be written whole and was not saved (the previous file, if any, is unchanged)</source>
        <translation>{file} толық жазылмады және сақталмады (бұрынғы файл, егер болса, өзгермеді)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="240"/>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} қалтасы жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="241"/>
        <source>{file} was not saved: {error}</source>
        <translation>{file} файлы сақталмады: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="242"/>
        <source>{path} is a folder, a device or a pipe, not a file: nothing was saved there</source>
        <translation>{path} — файл емес, қалта, құрылғы немесе арна: онда ештеңе сақталмады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="244"/>
        <source>the quote history {file} cannot be opened: {error}</source>
        <translation>{file} баға ұсыныстарының тарихын ашу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="245"/>
        <source>the quote history cannot be kept in {folder}: {error}</source>
        <translation>баға ұсыныстарының тарихын {folder} қалтасында сақтау мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="246"/>
        <source>the quote history was written by a newer Corridor Quote (schema {version})</source>
        <translation>баға ұсыныстарының тарихын Corridor Quote бағдарламасының жаңарақ нұсқасы жазған (схема {version})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="248"/>
        <source>the quote history in {folder} is read-only: saved quotes can be looked at, not added</source>
        <translation>{folder} ішіндегі баға ұсыныстарының тарихы тек оқуға арналған: сақталғандарды қарауға болады, қосуға болмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="250"/>
        <source>{count} saved quote(s) cannot be read (damaged); the others are listed</source>
        <translation>оқылмайтын (бүлінген) сақталған баға ұсыныстары: {count}; қалғандары көрсетілген</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="252"/>
        <source>the quote history {path} is a folder, a device or a pipe, not a file</source>
        <translation>баға ұсыныстарының тарихы {path} — файл емес, қалта, құрылғы немесе арна</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="254"/>
        <source>the quote history {file} holds what this program does not make ({objects}): it was not opened, and is left as it is</source>
        <translation>баға ұсыныстарының тарихы {file} бұл бағдарлама жасамайтын нәрсені қамтиды ({objects}): ол ашылмады және сол күйінде қалдырылды</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="257"/>
        <source>the disk is full: the quote was not saved in the quote history {file} (the quotes saved before are kept); free some space and save again</source>
        <translation>диск толы: баға ұсынысы {file} баға ұсыныстарының тарихында сақталмады (бұрын сақталған ұсыныстар қалады); орын босатып, қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="260"/>
        <source>the disk is full: the quote history {file} cannot be opened (nothing saved in it is lost); free some space and try again</source>
        <translation>диск толы: {file} баға ұсыныстарының тарихын ашу мүмкін емес (онда сақталғанның ештеңесі жоғалмайды); орын босатып, қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="262"/>
        <source>the quote was not saved: {error}</source>
        <translation>баға ұсынысы сақталмады: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="263"/>
        <source>the quote was not saved in the quote history {file}: {error}</source>
        <translation>баға ұсынысы {file} тарихына сақталмады: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="265"/>
        <source>the quote was not saved: the quote history {file} is held by another program (another Corridor Quote saving a quote, or a backup or sync tool); save again in a moment</source>
        <translation>баға ұсынысы сақталмады: {file} тарихын басқа бағдарлама ұстап тұр (басқа Corridor Quote ұсынысты сақтап жатыр немесе сақтық көшірме не синхрондау құралы); сәлден соң қайта сақтаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="268"/>
        <source>the quote history {file} cannot be opened: another program holds it (another Corridor Quote saving a quote, or a backup or sync tool); try again in a moment</source>
        <translation>{file} тарихын ашу мүмкін емес: оны басқа бағдарлама ұстап тұр (басқа Corridor Quote ұсынысты сақтап жатыр немесе сақтық көшірме не синхрондау құралы); сәлден соң қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="271"/>
        <source>no saved quote {number}</source>
        <translation>{number} нөмірлі сақталған баға ұсынысы жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="272"/>
        <source>the saved quote {number} is damaged and cannot be opened; it is kept in the history as it is</source>
        <translation>сақталған {number} баға ұсынысы бүлінген және ашылмайды; ол журналда сол күйінде сақталады</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="291"/>
        <source>{what} added: {item}: {details}</source>
        <translation>{what} қосылды: {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="292"/>
        <source>{what} removed: {item}: {details}</source>
        <translation>{what} алынып тасталды: {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="293"/>
        <source>{what} changed: {item}: {before} → {after}</source>
        <translation>{what} өзгерді: {item}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="294"/>
        <source>{amount} {currency} {basis}</source>
        <translation>{amount} {currency} {basis}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="295"/>
        <source>{amount} {currency} {basis}, valid {start} to {end}</source>
        <translation>{amount} {currency} {basis}, жарамдылығы: {start} — {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="296"/>
        <source>{id} {leg}, {equipment}, {charge}</source>
        <translation>{id} {leg}, {equipment}, {charge}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="297"/>
        <source>{id} {leg}, {equipment}, {charge}, {direction}</source>
        <translation>{id} {leg}, {equipment}, {charge}, {direction}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="298"/>
        <source>{id} {place}, {event}, {charge}</source>
        <translation>{id} {place}, {event}, {charge}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="299"/>
        <source>{start}–{end} ({mode})</source>
        <translation>{start}–{end} ({mode})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="300"/>
        <source>{id} {name}</source>
        <translation>{id} {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="301"/>
        <source>{id} ({target})</source>
        <translation>{id} ({target})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="302"/>
        <source>{km} km, {low}/{typical}/{high} days, {status}</source>
        <translation>{km} км, {low}/{typical}/{high} күн, {status}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="303"/>
        <source>{effect} {start} to {end}</source>
        <translation>{effect}, {start} — {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="304"/>
        <source>{effect} {start} to {end} every year</source>
        <translation>{effect}, жыл сайын {start} — {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="305"/>
        <source>{country}, {kind}</source>
        <translation>{country}, {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="306"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{date} күнгі 1 USD = {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="307"/>
        <source>exchange rates as of {old} → {new}</source>
        <translation>валюта бағамдарының күні: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="309"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the line through its waypoints is {line} km, longer than the leg&apos;s {km} km; check the order of the points (latitude first)</source>
        <translation>{workbook}, &apos;legs&apos; парағы, {leg} бөлігі: оның бағдар нүктелері арқылы өтетін сызық {line} км, бөліктің өзінен ({km} км) ұзын; нүктелердің ретін тексеріңіз (алдымен ендік)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="312"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the map draws this sea leg across land near {lat} {lon}; add waypoints round the coast in its waypoints column</source>
        <translation>{workbook}, &apos;legs&apos; парағы, {leg} бөлігі: карта бұл теңіз бөлігін {lat} {lon} маңында құрлықтың үстімен сызады; оның waypoints бағанына жағалауды айналып өтетін нүктелер қосыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="315"/>
        <source>{workbook}, sheet &apos;places&apos;, place {place}: no lat and lon, so the map cannot draw the legs from it</source>
        <translation>{workbook}, &apos;places&apos; парағы, {place} пункті: lat пен lon жоқ, сондықтан карта одан шығатын бөліктерді сыза алмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="6"/>
        <source>CO2e leaves out the stops at {places}: no hub emission factor in the tables fits them</source>
        <translation>CO2e {places} пункттеріндегі аялдамаларды есепке алмайды: кестелерде оларға сәйкес түйін шығарынды коэффициенті жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="8"/>
        <source>oldest figure: {charge} ({where}, {reference}) as of {date}</source>
        <translation>ең ескі көрсеткіш: {charge} ({where}, {reference}), {date} жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="9"/>
        <source>{count} rates or fees carry no date</source>
        <translation>{count} тариф немесе алымның күні жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="10"/>
        <source>{count} rate or fee carries no date</source>
        <translation>{count} тариф немесе алымның күні жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="40"/>
        <location filename="../../gui/core/rate_messages.py" line="11"/>
        <source>{details}, as of {date}</source>
        <translation>{details}, {date} жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="12"/>
        <source>{details}, at least {tonnes} t a unit</source>
        <translation>{details}, бірлікке кемінде {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="13"/>
        <source>oldest {what}: {item}, as of {date}</source>
        <translation>ең ескі ({what}): {item}, {date} жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="14"/>
        <source>{count} {what} rows carry neither as_of nor valid_from: their age cannot be shown</source>
        <translation>{count} жолда ({what}) as_of та, valid_from та жоқ: олардың жасын көрсету мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="16"/>
        <source>{count} {what} row carries neither as_of nor valid_from: its age cannot be shown</source>
        <translation>{count} жолда ({what}) as_of та, valid_from та жоқ: оның жасын көрсету мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="18"/>
        <source>the workbook has no &apos;calibration&apos; sheet of observed shipments</source>
        <translation>кітапта бақыланған тасымалдар бар &apos;calibration&apos; парағы жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="20"/>
        <source>column {column} missing from row 1</source>
        <translation>1-жолда {column} бағаны жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="22"/>
        <source>an observation needs observed_days or observed_cost</source>
        <translation>бақылауға observed_days немесе observed_cost керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="8"/>
        <source>freight by {modes}, {legs} legs</source>
        <translation>тасымал: {modes}, {legs} учаске</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="9"/>
        <source>freight by {modes}, {legs} leg</source>
        <translation>тасымал: {modes}, {legs} учаске</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="10"/>
        <source>{event}: {charges}</source>
        <translation>{event}: {charges}</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="13"/>
        <source>customs duties and import taxes</source>
        <translation>кедендік баждар мен импорт салықтары</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="14"/>
        <location filename="../../gui/core/terms_block.py" line="27"/>
        <source>cargo insurance</source>
        <translation>жүкті сақтандыру</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="15"/>
        <source>demurrage, detention and storage beyond the dwell times shown</source>
        <translation>демередж, контейнерді нормадан тыс пайдалану және көрсетілген тұру уақытынан тыс сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="16"/>
        <source>customs brokerage and documents (certificates of origin, phytosanitary certificates)</source>
        <translation>кеден брокерінің қызметі мен құжаттар (шығу тегі сертификаттары, фитосанитариялық сертификаттар)</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="22"/>
        <source>charges while the cargo waits for a closure to end at {where}: the tables have no rate there</source>
        <translation>жүк жабылудың аяқталуын күткен кездегі шығындар ({where}): кестелерде ол жер үшін ставка жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="24"/>
        <source>{item}: {amount}</source>
        <translation>{item}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="18"/>
        <source>{item} (the part known; {count} not given)</source>
        <translation>{item} (белгілі бөлігі; берілмегені: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="19"/>
        <source>{item} ({count} not given)</source>
        <translation>{item} (берілмегені: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="21"/>
        <source>the goods, {tonnes} t, and the seller&apos;s margin</source>
        <translation>тауар, {tonnes} т, және сатушының маржасы</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="22"/>
        <source>the goods, {tonnes} t</source>
        <translation>тауар, {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="23"/>
        <source>export clearance and documents in {origin_country}</source>
        <translation>экспорттық ресімдеу және құжаттар: {origin_country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="24"/>
        <source>carriage {origin} → {place}, with the stops on the way</source>
        <translation>тасымал {origin} → {place}, жолдағы аялдамалармен</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="25"/>
        <source>loading, unloading and other charges at {place}</source>
        <translation>{place} тиеу, түсіру және басқа алымдар</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="26"/>
        <source>carriage {place} → {destination}</source>
        <translation>тасымал {place} → {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="28"/>
        <source>cargo insurance, {cover} on {percent} % of the value</source>
        <translation>жүкті сақтандыру, {cover}, құнның {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="29"/>
        <source>import clearance in {country}: fees, broker</source>
        <translation>импорттық ресімдеу: {country} — алымдар, брокер</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="30"/>
        <source>duties and import taxes in {country}</source>
        <translation>баждар мен импорт салықтары: {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="17"/>
        <source>Risk passes to the buyer {risk}.</source>
        <translation>Тәуекел сатып алушыға өтеді: {risk}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="19"/>
        <source>Port of shipment of route {number}: {port}.</source>
        <translation>{number}-маршруттың тиеу порты: {port}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="21"/>
        <source>The first carrier of route {number} takes the goods at {place}.</source>
        <translation>{number}-маршруттың бірінші тасымалдаушысы тауарды {place} жерінде қабылдайды.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="23"/>
        <source>{rule} {place} (Incoterms 2020)</source>
        <translation>{rule} {place} (Инкотермс 2020)</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="24"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; landed in {country}: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}; жеткізіліп, ресімделгенде ({country}): {landed_per_tonne}/т, {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="26"/>
        <source>{rule} {place}: {per_tonne}/t, {total}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="28"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; the buyer&apos;s whole cost: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}; сатып алушының барлық шығыны: {landed_per_tonne}/т, {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="30"/>
        <source>{rule} {place}: no price: {reason}</source>
        <translation>{rule} {place}: баға жоқ: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="31"/>
        <source>landed cost unknown: {reasons}</source>
        <translation>жеткізілген құны белгісіз: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="10"/>
        <source>&apos;{value}&apos; is not an Incoterms 2020 rule ({known})</source>
        <translation>«{value}» — Инкотермс 2020 ережесі емес ({known})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="11"/>
        <source>a sea-only rule needs sea_leg: &apos;from&apos; (a sea leg leaves the named place) or &apos;to&apos; (one arrives there)</source>
        <translation>теңіз ережесіне sea_leg керек: &apos;from&apos; (теңіз бөлігі аталған жерден шығады) немесе &apos;to&apos; (сонда келеді)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="13"/>
        <source>a rule where the seller must insure needs min_cover and min_insured_pct</source>
        <translation>сатушы сақтандыруға міндетті ережеге min_cover және min_insured_pct керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="15"/>
        <source>unknown cargo &apos;{value}&apos; (not in sheet &apos;cargo_types&apos;)</source>
        <translation>белгісіз жүк «{value}» (&apos;cargo_types&apos; парағында жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="16"/>
        <source>&apos;{value}&apos; is not a tariff code (digits, spaces and dots)</source>
        <translation>«{value}» — тариф коды емес (сандар, бос орын, нүкте)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="17"/>
        <source>a second tariff line for {cargo} into {country}</source>
        <translation>{cargo} үшін екінші тариф позициясы: {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="18"/>
        <source>&apos;{value}&apos; is not a day of the year (month-day, e.g. 06-30)</source>
        <translation>«{value}» — жыл күні емес (ай-күн, мысалы 06-30)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="19"/>
        <source>a season needs its first and its last day (season_from and season_to)</source>
        <translation>маусымның бірінші және соңғы күні болуы керек (season_from және season_to)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="23"/>
        <source>a duty per quantity needs specific_currency and specific_per (kg or t)</source>
        <translation>мөлшерлік бажға specific_currency және specific_per (kg немесе t) керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="25"/>
        <source>a preference needs a factor from 0 (no duty) to 1, and origin_countries</source>
        <translation>преференцияға 0-ден (бажсыз) 1-ге дейінгі factor және origin_countries керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="27"/>
        <source>when_duty_to {high} is below when_duty_from {low}</source>
        <translation>when_duty_to {high} when_duty_from {low} мәнінен кіші</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="28"/>
        <source>the base must name what the tax is charged on: {allowed}</source>
        <translation>base салық неден алынатынын көрсетуі керек: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="29"/>
        <source>&apos;{part}&apos; is neither {allowed} nor a tax of an earlier step for the same country</source>
        <translation>«{part}» — {allowed} емес және сол елдің алдыңғы қадамындағы салық емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="32"/>
        <source>a second {unit} value for dates already covered ({start} to {end})</source>
        <translation>қамтылған күндерге екінші {unit} мәні ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="33"/>
        <source>{currency} is neither a currency of sheet &apos;fx&apos; nor a unit of sheet &apos;fee_units&apos; for {country}</source>
        <translation>{currency} — &apos;fx&apos; парағының валютасы да, {country} үшін &apos;fee_units&apos; бірлігі де емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="35"/>
        <source>value_to {high} must be above value_from {low}</source>
        <translation>value_to {high} value_from {low} мәнінен үлкен болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="36"/>
        <source>rows for {country} but no row for it in sheet &apos;customs_valuation&apos;</source>
        <translation>{country} үшін жолдар бар, бірақ &apos;customs_valuation&apos; парағында жол жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="37"/>
        <source>{workbook}: no commercial sheets ({sheets}): prices under Incoterms cannot be worked out with it</source>
        <translation>{workbook}: коммерциялық парақтар жоқ ({sheets}): Инкотермс бойынша баға есептелмейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="39"/>
        <source>{workbook}: commercial sheets missing: {sheets}</source>
        <translation>{workbook}: коммерциялық парақтар жетіспейді: {sheets}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="40"/>
        <source>{workbook}: {count} rates and fees left blank for the user to give (duties, import_taxes, fees)</source>
        <translation>{workbook}: {count} мөлшерлеме мен алым бос қалдырылған — оларды пайдаланушы береді (duties, import_taxes, fees)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="42"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;, row {row}, column &apos;rate_pct&apos;: {value} is read as {value} %; if {percent} % was meant (a cell formatted as a percentage keeps {percent} % as {value}), write {percent}</source>
        <translation>{workbook}, «{sheet}» парағы, {row}-жол, «rate_pct» бағаны: {value} мәні {value} % деп оқылады; егер {percent} % меңзелсе (пайыздық пішімдегі ұяшық {percent} % мәнін {value} деп сақтайды), {percent} деп жазыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="48"/>
        <source>the saved terms cannot be read: expected named fields such as incoterm and goods_value, found {value}</source>
        <translation>сақталған шарттар оқылмайды: incoterm және goods_value сияқты аталған өрістер күтілді, табылғаны {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="50"/>
        <source>the saved terms cannot be read: &apos;{key}&apos; cannot be {value}</source>
        <translation>сақталған шарттар оқылмайды: &apos;{key}&apos; {value} бола алмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="51"/>
        <source>the tables in use have no &apos;incoterms&apos; sheet: prices under Incoterms cannot be worked out</source>
        <translation>кестелерде &apos;incoterms&apos; парағы жоқ: Инкотермс бойынша баға есептелмейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="53"/>
        <source>unknown Incoterm &apos;{text}&apos;; known: {known}</source>
        <translation>белгісіз Инкотермс ережесі «{text}»; белгілілері: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="54"/>
        <source>give the value of the goods to price the quote under {rule}</source>
        <translation>{rule} шартымен баға шығару үшін тауар құнын көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="55"/>
        <source>{place} is on none of the routes of this quote; name one of their places</source>
        <translation>{place} ешбір маршрутта жоқ; олардың бір пунктін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="57"/>
        <source>{rule} is for sea transport only, and no route of this quote has a sea leg {way} {place}; use {instead}</source>
        <translation>{rule} — тек теңіз тасымалына, ал ешбір маршрутта теңіз бөлігі жоқ ({way}: {place}); {instead} алыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="61"/>
        <source>{rule} {place}: the seller clears the goods for import and pays the duties at the named place, but {place} is in {place_country}, and the goods are imported into {country} after it; name a place in {country}, or use DAP</source>
        <translation>{rule} {place}: сатушы тауарды импортқа ресімдеп, бажды аталған жерде төлейді, бірақ {place} — {place_country} аумағында, ал тауар {country} еліне одан кейін әкелінеді; {country} ішіндегі жерді атаңыз немесе DAP алыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="67"/>
        <source>under {rule} the seller must insure the goods (at least {cover}, on {percent} % of the price): give the premium rate</source>
        <translation>{rule} шартында сатушы тауарды сақтандыруға міндетті ({cover} кем емес, бағаның {percent} %): сыйлықақы мөлшерлемесін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="70"/>
        <source>give the premium rate of the {cover} cover chosen</source>
        <translation>таңдалған {cover} өтеуінің сыйлықақы мөлшерлемесін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="71"/>
        <source>under {rule} the cover must be at least {cover}</source>
        <translation>{rule} шартында өтеу кемінде {cover} болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="72"/>
        <source>under {rule} the insured value must be at least {percent} % of the price</source>
        <translation>{rule} шартында сақтандыру сомасы бағаның кемінде {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="74"/>
        <source>choose the cover (ICC A, B or C) the premium rate is for</source>
        <translation>мөлшерлеме қай өтеуге екенін таңдаңыз (ICC A, B немесе C)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="75"/>
        <source>a premium rate of {rate} % cannot be right (at most 10 %)</source>
        <translation>{rate} % сыйлықақы мөлшерлемесі дұрыс емес (ең көбі 10 %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="76"/>
        <source>only under DDP is the seller the importer of record</source>
        <translation>тек DDP шартында импорттаушы — сатушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="77"/>
        <source>under DDP the seller is the importer of record, through its own entity or a licensed broker</source>
        <translation>DDP шартында импорттаушы — сатушы, өз заңды тұлғасы не лицензиялы кеден брокері арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="79"/>
        <source>&apos;{key}&apos; is not a blank rate or fee of the tables (see the terms&apos; list of figures to give)</source>
        <translation>«{key}» — кестелердің бос мөлшерлемесі не алымы емес (шарттардағы тізімді қараңыз)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="81"/>
        <source>{charge} into {country}: {what}</source>
        <translation>{charge} ({country}, әкелу): {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="82"/>
        <source>{charge} in {country} (export): {what}</source>
        <translation>{charge} ({country}, әкету): {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="85"/>
        <source>{rule} {place}: this route does not pass {place}</source>
        <translation>{rule} {place}: бұл маршрут {place} арқылы өтпейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="86"/>
        <source>{rule} needs a sea leg {way} {place}; this route has none</source>
        <translation>{rule} теңіз бөлігін қажет етеді ({way}: {place}); бұл маршрутта ол жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="88"/>
        <source>{rule} {place}: these routes do not pass {place}</source>
        <translation>{rule} {place}: бұл маршруттар {place} арқылы өтпейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="89"/>
        <source>{rule} needs a sea leg {way} {place}; these routes have none</source>
        <translation>{rule} теңіз бөлігін қажет етеді ({way}: {place}); бұл маршруттарда ол жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="91"/>
        <source>no tariff line for {cargo} into {country} in sheet &apos;hs_codes&apos;: duties and taxes cannot be worked out</source>
        <translation>&apos;hs_codes&apos; парағында {cargo} үшін тариф позициясы жоқ ({country}): баж бен салық есептелмейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="93"/>
        <source>no row for {country} in sheet &apos;customs_valuation&apos;: the customs value cannot be worked out</source>
        <translation>&apos;customs_valuation&apos; парағында {country} үшін жол жоқ: кедендік құн анықталмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="96"/>
        <source>the tariff line of {cargo} in {country} is not known: duties and taxes are not worked out here</source>
        <translation>{country} елінде «{cargo}» тауар позициясы белгісіз: баждар мен салықтар мұнда есептелмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="98"/>
        <source>how {country} values imports for customs is not known: the customs value is not worked out here</source>
        <translation>{country} импорттың кедендік құнын қалай анықтайтыны белгісіз: кедендік құн мұнда есептелмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="100"/>
        <source>{what} into {country}: not in the tables and not given ({key})</source>
        <translation>{what} ({country}): кестелерде жоқ және берілмеген ({key})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="102"/>
        <source>{what} into {country}: not in the tables and not given</source>
        <translation>{what} ({country}): кестелерде жоқ және берілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="103"/>
        <source>left out, not in the tables and not given: {fees}</source>
        <translation>есепке алынбады (кестелерде жоқ, берілмеген): {fees}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="104"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources}): {notes}</source>
        <translation>{country} әкелуге тыйым салады: {cargo}, {date} бастап ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="106"/>
        <source>{country} prohibits imports of {cargo} ({sources}): {notes}</source>
        <translation>{country} әкелуге тыйым салады: {cargo} ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="107"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources})</source>
        <translation>{country} әкелуге тыйым салады: {cargo}, {date} бастап ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="109"/>
        <source>{country} prohibits imports of {cargo} ({sources})</source>
        <translation>{country} әкелуге тыйым салады: {cargo} ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="111"/>
        <source>{publisher}, {date}</source>
        <translation>{publisher}, {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="112"/>
        <source>with {proof}, the {charge} would be {factor} of the rate ({saving} less)</source>
        <translation>құжат болса ({proof}), {charge} мөлшерлеменің {factor} болар еді ({saving} кем)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="114"/>
        <source>{charge} at {factor} of the rate for goods of {origin} origin, with {proof}</source>
        <translation>{charge}: шығарылған жері {origin} тауар үшін мөлшерлеменің {factor}, құжатпен ({proof})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="117"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value is in the tables</source>
        <translation>{day_year} жылға {year} жылғы {unit} ({value}) алынды: кестелерде {day_year} жылғы мән жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="119"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value known</source>
        <translation>{day_year} жылға {year} жылғы {unit} ({value}) алынды: {day_year} жылғы мән белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="121"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day is in the tables</source>
        <translation>{date} күнге {start}–{end} аралығындағы {unit} ({value}) алынды: кестелерде ол күнгі мән жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="123"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day known</source>
        <translation>{date} күнге {start}–{end} аралығындағы {unit} ({value}) алынды: ол күнгі мән белгісіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="125"/>
        <source>no import tax rows for {country} in the tables</source>
        <translation>кестелерде {country} үшін импорт салықтары жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="126"/>
        <source>the goods&apos; value, {value}, lies outside {low} to {high}, a tenth to {times} times the cheapest carriage ({carriage}): check it, the landed cost rests on it (the tables hold no prices of goods; the range is measured against the carriage)</source>
        <translation>тауар құны, {value}, {low} мен {high} аралығынан тыс (ең арзан тасымалдың, {carriage}, оннан бірінен {times} еселігіне дейін): оны тексеріңіз, жеткізілген құн соған негізделеді (кестелерде тауар бағалары жоқ; аралық тасымалмен өлшенеді)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="130"/>
        <source>under DDP into Kazakhstan the declarant must be a Kazakh entity: the seller needs its own entity there or a licensed broker</source>
        <translation>Қазақстанға DDP шартында декларант қазақстандық тұлға болуы керек: сатушыға сонда өз заңды тұлғасы не лицензиялы брокер керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="135"/>
        <source>goods</source>
        <translation>тауар</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="136"/>
        <source>seller&apos;s margin: {percent} % of {base}</source>
        <translation>сатушы маржасы: {base} сомасының {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="139"/>
        <source>seller&apos;s margin: {percent} % of {base}, its costs before insurance; the duties, import taxes and import fees it pays are passed on at cost</source>
        <translation>сатушы маржасы: {base} сомасының {percent} %, сақтандыруға дейінгі шығындары; ол төлейтін баждар, импорттық салықтар мен алымдар өзіндік құнымен бағаға қосылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="142"/>
        <source>seller&apos;s margin: {rate} per t × {tonnes} t</source>
        <translation>сатушы маржасы: тоннасына {rate} × {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="143"/>
        <source>{charge}, {where}</source>
        <translation>{charge}, {where}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="144"/>
        <source>{charge} {hs}: {working}</source>
        <translation>{charge} {hs}: {working}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="145"/>
        <source>{charge}: {working}</source>
        <translation>{charge}: {working}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="146"/>
        <source>at {place}: {event}</source>
        <translation>{place}: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="147"/>
        <source>{rate} % of {base}</source>
        <translation>{base} сомасының {rate} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="148"/>
        <source>{amount} per {per} × {quantity} {per} = {converted}</source>
        <translation>{per} үшін {amount} × {quantity} {per} = {converted}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="149"/>
        <source>the higher of {first} and {second}</source>
        <translation>үлкені: {first} және {second}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="150"/>
        <source>({working}) × {factor}, preference</source>
        <translation>({working}) × {factor}, преференция</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="152"/>
        <source>none, preference</source>
        <translation>жоқ, преференция</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="153"/>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="154"/>
        <source>{count} × {units} {unit} × {value}</source>
        <translation>{count} × {units} {unit} × {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="155"/>
        <source>{amount} for a declared value of {value}</source>
        <translation>мәлімделген құн {value} болғанда {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="156"/>
        <source>given for this quote</source>
        <translation>осы баға ұсынысына берілген</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="157"/>
        <source>not in the tables; not given</source>
        <translation>кестелерде жоқ; берілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="158"/>
        <source>unloading at {place}</source>
        <translation>{place} пунктында түсіру</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="159"/>
        <source>goods: {tonnes} t × {rate} per t</source>
        <translation>тауар: {tonnes} т × тоннасына {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="160"/>
        <source>insurance, {cover}: {rate} % of {insured} ({percent} % of {value})</source>
        <translation>сақтандыру, {cover}: {insured} сомасының {rate} % ({value} сомасының {percent} %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="162"/>
        <source>{route}: price under the terms {old} → {new} {currency} ({change})</source>
        <translation>{route}: шарттар бойынша баға {old} → {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="163"/>
        <source>no import: {origin} and {destination} are in one customs territory</source>
        <translation>әкелу жоқ: {origin} мен {destination} бір кеден аумағында</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="26"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="27"/>
        <source>{amount} {currency} per {per}</source>
        <translation>{per} үшін {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="28"/>
        <source>{rate} %, but not less than {specific}</source>
        <translation>{rate} %, бірақ {specific} кем емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="29"/>
        <source>× {factor} of the rate for {origins}</source>
        <translation>{origins} үшін мөлшерлеменің × {factor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="30"/>
        <source>{details} for a value from {low} to {high}</source>
        <translation>{low} бастап {high} дейінгі құн үшін {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="31"/>
        <source>{details}, valid {start} to {end}</source>
        <translation>{details}, {start} бастап {end} дейін күшінде</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="32"/>
        <source>{id} {charge} ({country}, {codes})</source>
        <translation>{id} {charge} ({country}, {codes})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="33"/>
        <source>{cargo} into {country}</source>
        <translation>{cargo}, {country} еліне әкелу</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="34"/>
        <source>commercial sheets added: prices under Incoterms with duties, taxes and fees</source>
        <translation>коммерциялық парақтар қосылды: баждар, салықтар мен алымдар бар Инкотермс бағалары</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="36"/>
        <source>commercial sheets removed: the new tables quote freight only</source>
        <translation>коммерциялық парақтар алынып тасталды: жаңа кестелер тек тасымалды есептейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="8"/>
        <source>a scenario is an object with a name and a list of changes</source>
        <translation>сценарий — атауы мен өзгерістер тізімі бар нысан</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="9"/>
        <source>a change is one of close, open, add_days, scale_rates, fx, limit or road_surcharge_pct, with its place, leg, country, currency or setting</source>
        <translation>өзгеріс — close, open, add_days, scale_rates, fx, limit немесе road_surcharge_pct біреуі, орнымен, бөлігімен, елімен, валютасымен немесе баптауымен</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="12"/>
        <source>cannot read the scenario {file}: {error}</source>
        <translation>{file} сценарийін оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="13"/>
        <source>the scenario {file} is not a scenario file (JSON): {error}</source>
        <translation>{file} сценарий файлы (JSON) емес: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="14"/>
        <source>the scenario {file} is {size} KB; a scenario file is at most {limit} KB</source>
        <translation>{file} сценарийі {size} КБ; сценарий файлы ең көбі {limit} КБ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="16"/>
        <source>a number in it is {digits} characters long, too long for a figure</source>
        <translation>ондағы сан {digits} таңбадан тұрады — шама үшін тым ұзын</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="17"/>
        <source>it is nested too deeply</source>
        <translation>оның кірістірілуі тым терең</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="18"/>
        <source>the what-if: {problem}</source>
        <translation>«егер» сценарийі: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="19"/>
        <source>it has {count} changes; at most {limit} are laid over the tables</source>
        <translation>онда {count} өзгеріс бар; кестелерге ең көбі {limit} қолданылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="21"/>
        <source>its name is {length} characters long; at most {limit}</source>
        <translation>оның атауы {length} таңбадан тұрады; ең көбі {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="23"/>
        <source>&apos;{key}&apos; is {length} characters long; a name is at most {limit}</source>
        <translation>«{key}» ұзындығы {length} таңба; атау ең көбі {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="25"/>
        <source>&apos;{key}&apos; holds text that is not valid Unicode</source>
        <translation>&apos;{key}&apos; жарамды Юникод емес мәтінді қамтиды</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="27"/>
        <source>&apos;{key}&apos; is given twice: it takes one value</source>
        <translation>«{key}» екі рет берілген: ол бір ғана мән қабылдайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="28"/>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are two changes; give each its own entry</source>
        <translation>&apos;{first}&apos; және &apos;{second}&apos; — екі өзгеріс; әрқайсысын жеке жазба етіп беріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="29"/>
        <source>&apos;{kind}&apos; needs a name in quotes, such as {example}, not {text}</source>
        <translation>&apos;{kind}&apos; үшін тырнақшадағы атау керек, мысалы {example}, {text} емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="32"/>
        <source>the what-if&apos;s {currency} rate, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>сценарийдегі {currency} бағамы, USD үшін {rate}, кестедегі {table} бағамынан ({date} күнгі) {change} өзгеше</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="34"/>
        <source>the what-if&apos;s exchange rate: {problem}</source>
        <translation>«егер» сценарийіндегі валюта бағамы: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="35"/>
        <source>the what-if&apos;s search limits: {problem}</source>
        <translation>«егер» сценарийіндегі іздеу шектеулері: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="36"/>
        <source>what-if change {number}: {problem}</source>
        <translation>«егер» сценарийінің {number}-өзгерісі: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="37"/>
        <source>expected a number, not &apos;{text}&apos;</source>
        <translation>сан керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="38"/>
        <source>type the change&apos;s value first</source>
        <translation>алдымен өзгерістің мәнін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="39"/>
        <source>&apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>«{text}» {decimal} немесе {thousands} болуы мүмкін; біреуін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="40"/>
        <source>&apos;{kind}&apos; needs &apos;{key}&apos;, a number</source>
        <translation>«{kind}» үшін «{key}» керек — сан</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="41"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;</source>
        <translation>2026-03-10 сияқты күн керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="42"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;; did you mean {options}?</source>
        <translation>2026-03-10 сияқты күн керек, «{text}» емес; {options} меңзелді ме?</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="44"/>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} {low}–{high} аралығынан тыс</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="45"/>
        <source>no leg joins {first} and {second}</source>
        <translation>{first} мен {second} арасын қосатын учаске жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="46"/>
        <source>it ends on {end}, before it starts on {start}</source>
        <translation>ол {end} аяқталады, {start} басталуынан бұрын</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="47"/>
        <source>{target} is not closed in the tables: nothing to open</source>
        <translation>{target} кестелерде жабық емес: ашатын ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="49"/>
        <source>it is the same as change {other}: give a change once</source>
        <translation>ол {other}-өзгеріспен бірдей: өзгерісті бір рет беріңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="52"/>
        <source>it opens {target} on {day}, when change {closed} has it closed: keep one of the two, or date them apart</source>
        <translation>ол {target} нысанын {day} ашады, ал {closed}-өзгеріс оны жабады: екеуінің бірін қалдырыңыз немесе оларды әртүрлі күндерге қойыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="56"/>
        <source>it opens {target} from {day}, when change {other} opens it from {first}: keep one of the two dates, or close it between them</source>
        <translation>ол {target} пунктін {day} бастап ашады, ал {other}-өзгеріс оны {first} бастап ашады: екі күннің бірін қалдырыңыз немесе олардың арасында жабыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="59"/>
        <source>it says {change}, when change {other} says {first}: keep one of the two</source>
        <translation>ол {change} дейді, ал {other}-өзгеріс {first} дейді: екеуінің бірін қалдырыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="61"/>
        <source>unknown mode &apos;{mode}&apos;; known: {known}</source>
        <translation>белгісіз көлік түрі «{mode}»; белгілілері: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="62"/>
        <source>unknown currency &apos;{currency}&apos;; known: {known}</source>
        <translation>белгісіз валюта «{currency}»; белгілілері: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="63"/>
        <source>{target} closed</source>
        <translation>{target} жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="64"/>
        <source>{target} closed from {start}</source>
        <translation>{target} {start} бастап жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="65"/>
        <source>{target} closed until {end}</source>
        <translation>{target} {end} дейін жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="66"/>
        <source>{target} closed from {start} to {end}</source>
        <translation>{target} {start}–{end} жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="67"/>
        <source>{target} open</source>
        <translation>{target} ашық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="68"/>
        <source>{target} open from {start}</source>
        <translation>{target} {start} бастап ашық</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="69"/>
        <source>{target} {days} days</source>
        <translation>{target} {days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="70"/>
        <source>{target} {days} day</source>
        <translation>{target} {days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="72"/>
        <source>{target} {days} days (none below 0)</source>
        <translation>{target} {days} күн (0-ден кем емес)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="73"/>
        <source>{target} {days} day (none below 0)</source>
        <translation>{target} {days} күн (0-ден кем емес)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="74"/>
        <source>{target}{mode} rates × {factor}</source>
        <translation>{target}{mode} тарифтері × {factor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="75"/>
        <source> {mode}</source>
        <translation>, {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="76"/>
        <source>{currency} at {rate} per USD</source>
        <translation>{currency}: 1 USD = {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="77"/>
        <source>{currency} {change} % against the USD</source>
        <translation>{currency} USD-ге қарағанда {change} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="78"/>
        <source>road fuel surcharge {change} %</source>
        <translation>автожол учаскелеріне жанармай үстемесі {change} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="80"/>
        <source>search limit: {limit}</source>
        <translation>іздеу шектеуі: {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="81"/>
        <source>no search limit on {name}</source>
        <translation>іздеу шектеуі жоқ: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="82"/>
        <source>{name}: no limit</source>
        <translation>{name}: шектеусіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="84"/>
        <source>search limit {setting} at {value}</source>
        <translation>іздеу шектеуі {setting}: {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="85"/>
        <source>no search limit {setting}</source>
        <translation>{setting} іздеу шектеуінсіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="87"/>
        <source>waits at most {days} days for a closure to end</source>
        <translation>жабылудың аяқталуын ең көбі {days} күн күтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="88"/>
        <source>waits at most {days} day for a closure to end</source>
        <translation>жабылудың аяқталуын ең көбі {days} күн күтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="89"/>
        <source>never waits for a closure to end</source>
        <translation>жабылудың аяқталуын ешқашан күтпейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="90"/>
        <source>unknown search limit &apos;{setting}&apos;; known: {known}</source>
        <translation>белгісіз іздеу шектеуі «{setting}»; белгілілері: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="91"/>
        <source>expected a whole number, not &apos;{text}&apos;</source>
        <translation>бүтін сан күтілді, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="92"/>
        <source>{change}, in the what-if “{scenario}”</source>
        <translation>{change}, «{scenario}» «егер» сценарийінде</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="93"/>
        <source>what-if “{scenario}”</source>
        <translation>«{scenario}» «егер» сценарийі</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="94"/>
        <source>{charge} × {factor}: {note}</source>
        <translation>{charge} × {factor}: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="95"/>
        <source>what-if change {number}, {change}, changes no route: none of them stops at {place} (days are added where a route stops: at a border, a port, a change of gauge or of mode; not where it only passes, starts or ends without a stop)</source>
        <translation>«егер» сценарийінің {number}-өзгерісі, {change}, ешбір маршрутты өзгертпейді: олардың ешқайсысы {place} пунктінде тоқтамайды (күндер маршрут тоқтайтын жерде қосылады: шекарада, портта, жол ені немесе көлік түрі ауысатын жерде; тек өтетін, басталатын немесе тоқтаусыз аяқталатын жерде емес)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="99"/>
        <source>what-if change {number}, {change}, changes no route: none of them takes the leg {leg}</source>
        <translation>«егер» сценарийінің {number}-өзгерісі, {change}, ешбір маршрутты өзгертпейді: олардың ешқайсысы {leg} учаскесінен өтпейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="101"/>
        <source>what-if “{scenario}”: {changes}; the tables themselves are unchanged</source>
        <translation>«{scenario}» «егер» сценарийі: {changes}; кестелердің өздері өзгермеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="105"/>
        <source>new in the what-if</source>
        <translation>сценарийде жаңа</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="106"/>
        <source>opens in the what-if</source>
        <translation>сценарийде ашылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="107"/>
        <source>closes in the what-if</source>
        <translation>сценарийде жабылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="108"/>
        <source>no longer offered in the what-if</source>
        <translation>сценарийде енді ұсынылмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="110"/>
        <source>no longer among the routes its corridor shows in the what-if</source>
        <translation>сценарийде енді оның дәлізі көрсететін маршруттар қатарында емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="112"/>
        <source>still unavailable in the what-if</source>
        <translation>сценарийде әлі де қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="113"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="114"/>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="117"/>
        <source>goes by {modes} ({legs}); allowed: {allowed}</source>
        <translation>{modes} арқылы жүреді ({legs}); рұқсат: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="118"/>
        <source>passes {avoided}, to be avoided</source>
        <translation>{avoided} арқылы өтеді, ал одан аулақ болу керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="119"/>
        <source>costs {cost}, {over} % over the ceiling of {ceiling}</source>
        <translation>құны {cost}, {ceiling} шегінен {over} % жоғары</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="120"/>
        <source>{odds} % on time by {date}, under the {wanted} % asked</source>
        <translation>{date} дейін уақытында {odds} %, талап етілген {wanted} %-дан аз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="121"/>
        <source>a closure on the way stops it: {odds} % on time by {date}</source>
        <translation>жолдағы жабылу жүкті тоқтатады: {date} дейін уақытында {odds} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="122"/>
        <source>costs {over} % more than the cheapest route meeting the goals ({within} % allowed for lower CO2e)</source>
        <translation>мақсаттарға сай ең арзан маршруттан {over} % қымбат (CO2e азырақ болу үшін {within} % рұқсат)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="124"/>
        <source>no route meets every goal: {binding}</source>
        <translation>бірде-бір маршрут барлық мақсатқа сай емес: {binding}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="125"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>ең ерте ашық маршрут, {route}, {wanted} % ықтималдықпен тек {date} жетеді, {late} күн кешігіп</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="127"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>басқа мақсаттарға сай ең ерте маршрут, {route}, {wanted} % ықтималдықпен тек {date} жетеді, {late} күн кешігіп</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="130"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>ең ерте ашық маршрут, {route}, {wanted} % ықтималдықпен тек {date} жетеді, {late} күн кешігіп</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="132"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>басқа мақсаттарға сай ең ерте маршрут, {route}, {wanted} % ықтималдықпен тек {date} жетеді, {late} күн кешігіп</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="135"/>
        <source>no open route arrives with {wanted} % certainty: closures on the way stop the rest</source>
        <translation>бірде-бір ашық маршрут {wanted} % ықтималдықпен жетпейді: жолдағы жабылулар қалғанын тоқтатады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="137"/>
        <source>the cheapest open route, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>ең арзан ашық маршрут, {route}, құны {cost}, шектен {over} % жоғары</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="139"/>
        <source>the cheapest route meeting the other goals, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>басқа мақсаттарға сай ең арзан маршрут, {route}, құны {cost}, шектен {over} % жоғары</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="141"/>
        <source>no route meeting the other goals arrives with {wanted} % certainty: closures on the way stop them</source>
        <translation>басқа мақсаттарға сай бірде-бір маршрут {wanted} % сенімділікпен жетпейді: оларды жолдағы жабылулар тоқтатады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="143"/>
        <source>no open route of the quote goes by {allowed} only</source>
        <translation>баға ұсынысындағы бірде-бір ашық маршрут тек {allowed} арқылы жүрмейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="144"/>
        <source>the cheapest route meeting the other goals, {route}, goes by {modes} ({legs})</source>
        <translation>басқа мақсаттарға сай ең арзан маршрут, {route}, мына көлікпен жүреді: {modes} ({legs})</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="146"/>
        <source>every open route of the quote passes {avoided}</source>
        <translation>баға ұсынысындағы әр ашық маршрут {avoided} арқылы өтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="147"/>
        <source>every open route of the quote passes one or more of {avoided}</source>
        <translation>баға ұсынысының әрбір ашық маршруты мыналардың кемінде біреуі арқылы өтеді: {avoided}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="148"/>
        <source>the cheapest route meeting the other goals, {route}, passes {avoided}</source>
        <translation>басқа мақсаттарға сай ең арзан маршрут, {route}, {avoided} арқылы өтеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="150"/>
        <source>each route misses more than one goal; dropping one goal is not enough</source>
        <translation>әр маршрут бірнеше мақсатқа сай емес; бір мақсаттан бас тарту жеткіліксіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="152"/>
        <source>no route can be used on the date</source>
        <translation>бұл күні бірде-бір маршрутты пайдалану мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="153"/>
        <source>at most {cost}</source>
        <translation>ең көбі {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="154"/>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="155"/>
        <source>{amount} {currency}/t</source>
        <translation>{amount} {currency}/т</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="156"/>
        <source>{number}. {corridor}</source>
        <translation>{number}. {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="157"/>
        <source>{modes} only</source>
        <translation>тек {modes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="158"/>
        <source>avoiding {places}</source>
        <translation>{places} арқылы өтпей</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="159"/>
        <source>by {date} with {wanted} % certainty</source>
        <translation>{date} дейін {wanted} % ықтималдықпен</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="160"/>
        <source>lowest CO2e within {within} % of the cheapest</source>
        <translation>ең арзаннан {within} % шегінде ең аз CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="161"/>
        <source>allow at least one mode</source>
        <translation>кемінде бір көлік түріне рұқсат етіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="162"/>
        <source>unknown mode &apos;{mode}&apos;; known: road, rail, sea, pipeline</source>
        <translation>белгісіз көлік түрі «{mode}»; белгілілері: road, rail, sea, pipeline</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="163"/>
        <source>&apos;{text}&apos; is neither a place nor a country code of the tables</source>
        <translation>«{text}» кестелердегі пункт те, ел коды да емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="164"/>
        <source>{what} must be a percentage from {low} to {high}, not &apos;{text}&apos;</source>
        <translation>{what}: {low}–{high} аралығындағы пайыз керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="165"/>
        <source>the cost ceiling must be an amount such as 40000 or 80/t, not &apos;{text}&apos;</source>
        <translation>құн шегі 40000 не 80/t сияқты сома болуы керек, «{text}» емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="167"/>
        <source>the cost ceiling &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>құн шегі «{text}» {decimal} немесе {thousands} болуы мүмкін; біреуін енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="169"/>
        <source>no route can avoid {avoided}: the quote goes from {origin} to {destination}</source>
        <translation>ешбір маршрут {avoided} айналып өте алмайды: баға ұсынысы {origin} – {destination} бағытында</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="171"/>
        <source>arrive by {date} is before the departure {departure}</source>
        <translation>жету мерзімі {date} жөнелтуден {departure} бұрын</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="177"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days (in the tables)</source>
        <translation>{days} күнге дейін созылуы мүмкін; {cargo} шамамен {shelf} күн сақталады (кестелердегі сақтау мерзімі)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="180"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{days} күнге дейін созылуы мүмкін; {cargo} шамамен {shelf} күн сақталады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="185"/>
        <source>chosen over {route}, which is cheaper but may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{route} орнына таңдалды: ол арзанырақ, бірақ {days} күнге дейін созылуы мүмкін; {cargo} шамамен {shelf} күн сақталады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="195"/>
        <source>no route available on this date</source>
        <translation>бұл күнге қолжетімді маршрут жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="183"/>
        <source>{corridor} · via {places}</source>
        <translation>{corridor} · {places} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="184"/>
        <source>{corridor} · by {mode} from {place}</source>
        <translation>{corridor} · {place} бастап {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="189"/>
        <source>chosen over {route}, which is cheaper but takes {days} days typically; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{route} орнына таңдалды: ол арзанырақ, бірақ әдетте {days} күн жүреді; {cargo} шамамен {shelf} күн сақталады</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="192"/>
        <source>capital in transit: {value} × {rate} % a year × {days} days ÷ 365 = {amount}</source>
        <translation>жолдағы капитал: {value} × жылдық {rate} % × {days} күн ÷ 365 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="14"/>
        <source>{corridor}: a {better} route exists with {figure} mode changes; the tables allow {limit}</source>
        <translation>{corridor}: көлік түрі {figure} рет ауысатын {better} маршрут бар; кестелер {limit} рет рұқсат етеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="16"/>
        <source>{corridor}: a {better} route exists with {figure} legs; the tables allow {limit}</source>
        <translation>{corridor}: {figure} бөліктен тұратын {better} маршрут бар; кестелер {limit} бөлікке рұқсат етеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="18"/>
        <source>{corridor}: a {better} route exists, over {figure} times as long as the shortest open route; the tables allow {limit}</source>
        <translation>{corridor}: ең қысқа ашық маршруттан {figure} еседен астам ұзын {better} маршрут бар; кестелер {limit} еселікке рұқсат етеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="20"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in different countries; the tables allow {limit}</source>
        <translation>{corridor}: әр елдегі екі аялдамасы арасында ең қысқа жолдан {figure} еседен астам жүретін {better} маршрут бар; кестелер {limit} еселікке рұқсат етеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="23"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in one country; the tables allow {limit}</source>
        <translation>{corridor}: бір елдегі екі аялдамасы арасында ең қысқа жолдан {figure} еседен астам жүретін {better} маршрут бар; кестелер {limit} еселікке рұқсат етеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="33"/>
        <source>route length ≤ {limit} × the shortest</source>
        <translation>маршрут ұзындығы ≤ {limit} × ең қысқасы</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="34"/>
        <source>detour across a border ≤ {limit}×</source>
        <translation>шекара арқылы айналма жол ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="35"/>
        <source>detour within a country ≤ {limit}×</source>
        <translation>ел ішіндегі айналма жол ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="36"/>
        <source>legs ≤ {limit}</source>
        <translation>бөліктер ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="37"/>
        <source>mode changes ≤ {limit}</source>
        <translation>көлік түрін ауыстыру ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="38"/>
        <source>routes a corridor shows ≤ {limit}</source>
        <translation>бір дәліздің маршруттары ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="47"/>
        <source>routes a corridor shows</source>
        <translation>бір дәліздің маршруттары</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="42"/>
        <source>route length</source>
        <translation>маршрут ұзындығы</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="43"/>
        <source>detour across a border</source>
        <translation>шекара арқылы айналма жол</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="44"/>
        <source>detour within a country</source>
        <translation>ел ішіндегі айналма жол</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="45"/>
        <source>legs</source>
        <translation>бөліктер</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="46"/>
        <source>mode changes</source>
        <translation>көлік түрін ауыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="49"/>
        <source>cheaper</source>
        <translation>арзанырақ</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="50"/>
        <source>faster</source>
        <translation>жылдамырақ</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="51"/>
        <source>cheaper and faster</source>
        <translation>арзанырақ әрі жылдамырақ</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="52"/>
        <source>usable</source>
        <translation>қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="53"/>
        <source>the search limits keep out a better route (corridors: {count}; {limits}): see the tooltip</source>
        <translation>іздеу шектеулері тиімдірек маршрутты жасырады (дәліздер: {count}; {limits}): толығы қалқымалы кеңесте</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="55"/>
        <source>whether the search limits keep out a better route is not known: past them lie too many paths to try</source>
        <translation>іздеу шектеулері тиімдірек маршрутты жасыратыны белгісіз: олардан тыс тексеруге тым көп жол бар</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="57"/>
        <source>the search limits allow too many paths to try every one (over {steps} steps): these routes keep to the limits but were found by a quicker search, which walks on only from the best beginnings at each place, and a cheaper or faster route may exist; to have every path tried, tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>іздеу шектеулері әр жолды тексеруге тым көп жолға рұқсат береді ({steps} қадамнан астам): бұл бағыттар шектеулерді сақтайды, бірақ әр пунктте тек ең жақсы жол бастауларын жалғастыратын жылдам іздеумен табылды, сондықтан арзанырақ немесе жылдамырақ бағыт болуы мүмкін; барлық жолды тексеру үшін max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes біреуін қатайтыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="63"/>
        <source>the search limits allow too many paths to try (over {steps} steps): keep or tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>іздеу шектеулері тексеруге тым көп жолға рұқсат береді ({steps} қадамнан астам): max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes біреуін сақтаңыз немесе қатайтыңыз</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="28"/>
        <source>throughput: {count} {unit} at {per_day} {units} a day ({place}, {year}): +{days} days</source>
        <translation>өткізу қабілеті: тәулігіне {per_day} {units} болғанда {count} {unit} ({place}, {year}): +{days} тәул.</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="30"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), the least they wait there</source>
        <translation>{place}: {count} {unit} — оның бүкіл өткізу қабілетінің {days} тәулігі (тәулігіне {per_day} {units}, {year}); олар онда бұдан аз күтпейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="32"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), more than a year at one stop</source>
        <translation>{place}: {count} {unit} — оның бүкіл өткізу қабілетінің {days} тәулігі (тәулігіне {per_day} {units}, {year}): бір аялдамада бір жылдан астам</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="34"/>
        <source>a throughput in {unit} counts what leaves by {mode}: the mode must be {mode} or *</source>
        <translation>«{unit}» бірлігіндегі өткізу қабілеті «{mode}» арқылы кететінді санайды: тасымал түрі {mode} немесе * болуы керек</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="17"/>
        <source>{id} {place}, {event}, {mode}</source>
        <translation>{id} {place}, {event}, {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="18"/>
        <source>{low}/{typical}/{high} days, {direction}</source>
        <translation>{low}/{typical}/{high} күн, {direction}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="19"/>
        <source>{amount} {unit} a day, {direction}, as of {date}</source>
        <translation>тәулігіне {amount} {unit}, {direction}, {date} күнгі</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="20"/>
        <source>{handling}, {density} t per m³, shelf life {shelf}</source>
        <translation>{handling}, {density} т/м³, сақтау мерзімі {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="21"/>
        <source>{handling}, {density} t per m³, kept {temperature}, shelf life {shelf}</source>
        <translation>{handling}, {density} т/м³, {temperature} сақталады, сақтау мерзімі {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="23"/>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="24"/>
        <source>{days} day</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="26"/>
        <source>{payload} t, {volume} m³, by {modes}, for {classes}</source>
        <translation>{payload} т, {volume} м³, {modes}, {classes} үшін</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="27"/>
        <source>{payload} t, by {modes}, for {classes}</source>
        <translation>{payload} т, {modes}, {classes} үшін</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="28"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="29"/>
        <source>{line}, {details}, cargo {classes}, equipment {equipment}, {way}</source>
        <translation>{line}, {details}, жүк {classes}, жабдық {equipment}, {way}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="32"/>
        <source>{name}, {details}, {ends}</source>
        <translation>{name}, {details}, {ends}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="35"/>
        <source>{target}: {details}, modes {modes}, cargo {classes}, equipment {equipment}</source>
        <translation>{target}: {details}, көлік түрлері {modes}, жүк {classes}, жабдық {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="41"/>
        <source>{details}, {km} km along the leg</source>
        <translation>{details}, учаске басынан {km} км</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="45"/>
        <source>{what} changed: {sheet} row {row}, {item}: {changes}</source>
        <translation>{what} өзгерді: {sheet}, {row}-жол, {item}: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="46"/>
        <source>{column}: {before} → {after}</source>
        <translation>{column}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="47"/>
        <source>{column}: {before} → {after} ({change})</source>
        <translation>{column}: {before} → {after} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/route_values.py" line="14"/>
        <source>{km} km on from {place}</source>
        <translation>{place} пунктінен жолда {km} км</translation>
    </message>
</context>
<context>
    <name>DecideBar</name>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="55"/>
        <source>Arrive &amp;by</source>
        <translation>&amp;Жету мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="56"/>
        <source>Each route&apos;s odds of arriving on or before this day, from the minimum, typical and maximum time of every leg and stop and the closures on the way</source>
        <translation>Әр маршруттың осы күнге дейін жету ықтималдығы — әр учаске мен аялдаманың ең аз, әдеттегі және ең көп уақыты мен жолдағы жабылулар бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="62"/>
        <source>on time ≥</source>
        <translation>уақытында ≥</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="64"/>
        <source>The certainty asked: routes less likely to arrive in time miss the goal</source>
        <translation>Талап етілген ықтималдық: уақытында жету ықтималдығы азырақ маршруттар мақсатқа сай емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="67"/>
        <source>Go&amp;als…</source>
        <translation>&amp;Мақсаттар…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="68"/>
        <source>Modes allowed, places or countries to avoid, a cost ceiling, the lowest CO2e within a margin, and the rate for money in transit</source>
        <translation>Рұқсат етілген көлік түрлері, айналып өтетін пункттер не елдер, құн шегі, рұқсат шегіндегі ең аз CO2e және жолдағы капитал мөлшерлемесі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="70"/>
        <source>&amp;What if…</source>
        <translation>«&amp;Егер» сценарийі…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="71"/>
        <source>Lay changes over the tables — a crossing opened or closed, days added, rates scaled, an exchange rate moved — and compare every route</source>
        <translation>Кестелерге өзгерістер енгізу — өткелді ашу не жабу, күн қосу, тарифті не бағамды өзгерту — және барлық маршрутты салыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="74"/>
        <source>Chart: freight + ca&amp;pital</source>
        <translation>Кесте: фрахт + &amp;капитал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="75"/>
        <source>Plot freight plus the goods&apos; value tied up in transit (value × annual rate × typical days ÷ 365); the goods&apos; value is the one under Terms, the rate is set under Goals…</source>
        <translation>Фрахт пен жолда тұрған тауар құнын көрсету (құн × жылдық мөлшерлеме × әдеттегі күндер ÷ 365); тауар құны «Шарттардан», мөлшерлеме «Мақсаттарда…»</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="198"/>
        <source>what if: {name}</source>
        <translation>«егер» сценарийі: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="202"/>
        <source>tables as they are</source>
        <translation>кестелер қазіргі күйінде</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="131"/>
        <source>Exchange rates for this quote</source>
        <translation>Осы баға ұсынысының валюта бағамдары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="137"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>Кесте бойынша: {date} күнгі 1 USD = {rate} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="140"/>
        <source>{currency} per USD</source>
        <translation>1 USD үшін {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Use the table&apos;s rates</source>
        <translation>Кестедегі бағамдар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="148"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>Кестедегі бағамды алу үшін өрісті бос қалдырыңыз (сұр түспен көрсетілген).</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../gui/qt/faults.py" line="80"/>
        <source>Something went wrong</source>
        <translation>Қате орын алды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="81"/>
        <source>Corridor Quote met a fault it did not expect and stopped what it was doing. The window stays open; check the figures on screen before you use them.</source>
        <translation>Corridor Quote күтпеген ақауға тап болып, орындалып жатқан әрекетті тоқтатты. Терезе ашық қалады; экрандағы сандарды пайдаланар алдында тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="84"/>
        <source>What failed: {what}
Where: {where}
The details are in the log: {log}</source>
        <translation>Не сәтсіз болды: {what}
Қай жерде: {where}
Толығырақ журналда: {log}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="36"/>
        <source>Goals</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;road</source>
        <translation>&amp;автожол</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>ra&amp;il</source>
        <translation>т&amp;еміржол</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;sea and ferry</source>
        <translation>&amp;теңіз және паром</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="43"/>
        <source>&amp;pipeline</source>
        <translation>&amp;құбыр</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="51"/>
        <source>Modes allowed</source>
        <translation>Рұқсат етілген түрлер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="53"/>
        <source>places or countries, e.g. Afghanistan, IR, Torkham</source>
        <translation>пункттер немесе елдер, мысалы Ауғанстан, IR, Торхам</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="54"/>
        <source>Avoid</source>
        <translation>Аулақ болу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="57"/>
        <source>no ceiling</source>
        <translation>шексіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="59"/>
        <source>{currency} in total</source>
        <translation>барлығы {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="60"/>
        <source>{currency} per t</source>
        <translation>тоннасына {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="64"/>
        <location filename="../../gui/qt/goals_dialog.py" line="103"/>
        <source>Cost at most</source>
        <translation>Құн ең көбі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="66"/>
        <source>recommend the lowest CO2e among routes at most</source>
        <translation>ең аз CO2e маршрутын ұсыну, ең көбі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="75"/>
        <source>dearer than the cheapest</source>
        <translation>ең арзаннан қымбат</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="78"/>
        <location filename="../../gui/qt/goals_dialog.py" line="104"/>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="83"/>
        <source>not counted</source>
        <translation>есептелмейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="87"/>
        <source>The money tied up while the goods travel: the goods&apos; value × this rate × the typical days ÷ 365</source>
        <translation>Жүк жолда болғанда байланған ақша: тауар құны × осы мөлшерлеме × әдеттегі күндер ÷ 365</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="90"/>
        <source>% a year of the goods&apos; value</source>
        <translation>тауар құнының жылдық %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="93"/>
        <source>Cost of capital</source>
        <translation>Капитал құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="97"/>
        <source>Goods&apos; value: {value}, as given under Terms.</source>
        <translation>Тауар құны: {value}, «Шарттарда» көрсетілгендей.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="99"/>
        <source>Give the goods&apos; value under Terms: without it the cost of capital is not counted.</source>
        <translation>Тауар құнын «Шарттарда» көрсетіңіз: онсыз капитал құны есептелмейді.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="113"/>
        <source>&amp;No goals</source>
        <translation>&amp;Мақсатсыз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="114"/>
        <source>Every mode, nothing avoided, no ceiling, no CO2e margin (the arrival date stays)</source>
        <translation>Барлық көлік түрі, ештеңеден аулақ болмау, шексіз және CO2e рұқсатынсыз (жету күні қалады)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="33"/>
        <source>Quote history</source>
        <translation>Баға ұсыныстарының тарихы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="36"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>Нөмір, сатып алушы, жүк немесе орын бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Saved</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Best price</source>
        <translation>Ең жақсы баға</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="65"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>Бүгінгі кестелер бойынша қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="69"/>
        <source>Export to Excel…</source>
        <translation>Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="71"/>
        <source>Check the history</source>
        <translation>Тарихты тексеру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="72"/>
        <source>SQLite&apos;s own check of every page of the history file</source>
        <translation>тарих файлының әр бетін SQLite өзі тексереді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="76"/>
        <source>Open in the form</source>
        <translation>Пішінде ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="77"/>
        <source>Quote this request again in the window, to change it</source>
        <translation>Өзгерту үшін бұл сұранысты терезеде қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="112"/>
        <source>No saved quote contains “{text}”.</source>
        <translation>Сақталған баға ұсыныстарының ешқайсысында «{text}» жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="114"/>
        <source>No quote saved yet: File → Save quote… (Ctrl+S) keeps the quote on the screen here.</source>
        <translation>Сақталған баға ұсынысы әлі жоқ: Файл → Баға ұсынысын сақтау… (Ctrl+S) экрандағы ұсынысты осында сақтайды.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="130"/>
        <source> (expired)</source>
        <translation> (мерзімі өтті)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="226"/>
        <location filename="../../gui/qt/history_dialog.py" line="229"/>
        <source>On today&apos;s tables: </source>
        <translation>Бүгінгі кестелер бойынша: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="239"/>
        <source>{number} cannot be read (damaged): the form is as it was.</source>
        <translation>{number} оқу мүмкін емес (зақымдалған): пішін бұрынғыдай қалды.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="247"/>
        <source>The history file is sound.</source>
        <translation>Тарих файлы дұрыс.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="248"/>
        <source>The history file is damaged: {problems}</source>
        <translation>Тарих файлы бүлінген: {problems}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="228"/>
        <source>no difference</source>
        <translation>өзгеріс жоқ</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="64"/>
        <source>Letterhead</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="71"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="76"/>
        <location filename="../../gui/qt/dialogs.py" line="80"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="81"/>
        <source>A quote whose exchange rates or rates are older than this says so</source>
        <translation>Валюта бағамдары не мөлшерлемелері осы мерзімнен ескі баға ұсынысы бұл туралы айтады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="86"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="87"/>
        <source>Contacts</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="88"/>
        <location filename="../../gui/qt/dialogs.py" line="89"/>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="90"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Quotes valid for</source>
        <translation>Баға ұсыныстары жарамды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="92"/>
        <source>Warn when rates are older than</source>
        <translation>Мөлшерлемелер ескі болса ескерту, мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="107"/>
        <source>The logo {file} cannot be read as a picture (PNG or JPEG): choose another file, or leave the logo empty.</source>
        <translation>{file} логотипі сурет ретінде оқылмайды (PNG немесе JPEG): басқа файл таңдаңыз немесе логотипті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="32"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>Соңғы кестелер енді жүктелмейді ({file}); кірістірілгендері пайдаланылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="16"/>
        <source>&amp;Open tables…</source>
        <translation>Кестелерді &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="19"/>
        <source>Use the &amp;bundled tables</source>
        <translation>&amp;Кірістірілген кестелерді пайдалану</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="21"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="24"/>
        <source>&amp;Save quote…</source>
        <translation>Баға ұсынысын &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="26"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="29"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="30"/>
        <source>Quote &amp;history…</source>
        <translation>Баға ұсыныстарының &amp;тарихы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="31"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="32"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>Осы баға ұсынысының валюта &amp;бағамдары…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="54"/>
        <source>&amp;Bilingual quotes (English beside this language)</source>
        <translation>&amp;Екі тілді баға ұсыныстары (осы тілдің жанында ағылшынша)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="59"/>
        <source>PDF, printed and Excel quotes carry the English text too</source>
        <translation>PDF, басып шығарылған және Excel баға ұсыныстарында ағылшынша мәтін де болады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="106"/>
        <source>&amp;Map of the routes</source>
        <translation>&amp;Маршруттар картасы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="70"/>
        <source>The quote&apos;s warnings, routes open and exchange rates</source>
        <translation>Баға ұсынысының ескертулері, ашық маршруттар және валюта бағамдары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="75"/>
        <source>Routes</source>
        <translation>Маршруттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="87"/>
        <source>Warnings on the selected route</source>
        <translation>Таңдалған маршрут бойынша ескертулер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="27"/>
        <source>Working out the routes</source>
        <translation>Бағыттар есептелуде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="48"/>
        <location filename="../../gui/qt/quote_summary.py" line="45"/>
        <source>Working out the routes…</source>
        <translation>Бағыттар есептелуде…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="177"/>
        <source>Loading tables…</source>
        <translation>Кестелер жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="197"/>
        <source>A new day: the departure moved from {before} to {today}</source>
        <translation>Жаңа күн: жөнелту {before} күнінен {today} күніне ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="242"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>Кестелерді жүктеу мүмкін болмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="47"/>
        <source>Working out the routes… those shown are for the request before</source>
        <translation>Бағыттар есептелуде… алдыңғы сұраудың бағыттары көрсетілген</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="90"/>
        <source>&amp;Colours</source>
        <translation>&amp;Түстер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="94"/>
        <source>As the &amp;system</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Dark</source>
        <translation>&amp;Күңгірт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="252"/>
        <source>{language} could not be loaded, so the interface stays in English: {problem}</source>
        <translation>«{language}» тілін жүктеу мүмкін болмады, сондықтан интерфейс ағылшын тілінде қалады: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="257"/>
        <source>Language not available</source>
        <translation>Тіл қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="31"/>
        <source>The damaged history was kept as {file}; a new one is started</source>
        <translation>Бүлінген тарих {file} ретінде сақталды; жаңасы басталды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="40"/>
        <source>Quote history</source>
        <translation>Баға ұсыныстарының тарихы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="41"/>
        <source>Keep the damaged file under another name beside it and start a new, empty history? Nothing is deleted.</source>
        <translation>Бүлінген файлды жанында басқа атпен сақтап, жаңа бос тарих бастау керек пе? Ештеңе өшірілмейді.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="52"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>Сақтайтын баға ұсынысы жоқ: алдымен сұранысты түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="71"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="87"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="89"/>
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="103"/>
        <source>Saved {file}</source>
        <translation>Сақталды: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="133"/>
        <source>Saved as {number} in the quote history</source>
        <translation>Тарихта {number} нөмірімен сақталды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="216"/>
        <source>Opened {number} in the form</source>
        <translation>{number} пішінде ашылды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="23"/>
        <source>Open tables</source>
        <translation>Кестелерді ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="24"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="33"/>
        <source>Use these tables?</source>
        <translation>Осы кестелерді пайдалану керек пе?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="35"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>Қолданыстағы кестелермен салыстырғанда өзгерістер: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="39"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>Бұл кестелерде қолданыстағылармен бірдей деректер.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="131"/>
        <source>… and {count} more</source>
        <translation>… және тағы {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="50"/>
        <source>The tables cannot be used</source>
        <translation>Кестелерді пайдалануға болмайды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="51"/>
        <source>The tables in use stay as they were.</source>
        <translation>Қолданыстағы кестелер өзгеріссіз қалады.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="73"/>
        <source>Reading {what}…</source>
        <translation>Оқылуда: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="88"/>
        <source>Notes on reading them:</source>
        <translation>Оқу кезіндегі ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="113"/>
        <source>The tables were read with {count} note(s); the first: {note}</source>
        <translation>Кестелер ескертпелермен оқылды ({count}); біріншісі: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="295"/>
        <source>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · exchange rates as of {fx_date} · offline</source>
        <translation>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · валюта бағамдары {fx_date} бойынша · желісіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>Кестелер: {corridors} ({places} пункт, {legs} учаске, #{corridors_hash}) және {tariffs} ({rates} тариф, #{tariffs_hash}); валюта бағамдары {fx_date} күнгі; офлайн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="46"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>Маршруттарды көру үшін белгіленген өрісті түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="52"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>осы баға ұсынысына қойылған; кестеде {date} күнгі {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="53"/>
        <source>set by the what-if; table {rate} as of {date}</source>
        <translation>сценариймен берілген; кестеде {date} күнгі {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="54"/>
        <source>{change} against the USD by the what-if; table {rate} as of {date}</source>
        <translation>сценарий бойынша USD-ге қарағанда {change}; кестеде {date} күнгі {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="55"/>
        <source>{change} against the USD by the what-if from {start} set for this quote; table {rate} as of {date}</source>
        <translation>сценарий бойынша осы баға ұсынысына берілген {start} бағамынан USD-ге қарағанда {change}; кестеде {date} күнгі {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="78"/>
        <source>{available} of {total} routes open on {date}. FX: {rates}</source>
        <translation>{date} күні {total} маршруттың {available} ашық. Бағамдар: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="79"/>
        <source>{available} of {total} routes open on {date}. Every charge is in US dollars.</source>
        <translation>{date} күні {total} маршруттың {available} ашық. Барлық алымдар АҚШ долларымен.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="62"/>
        <source>freight {cost}</source>
        <translation>тасымал ақысы {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="70"/>
        <source>If it reopened: {cost}, {figures}</source>
        <translation>Қайта ашылса: {cost}, {figures}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="75"/>
        <source>Best open alternative: {number}. {corridor}, {cost}, {days}</source>
        <translation>Ең жақсы ашық балама: {number}. {corridor}, {cost}, {days}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="89"/>
        <source>Oldest rate {date}: {charge} ({where})</source>
        <translation>Ең ескі мөлшерлеме {date}: {charge} ({where})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="91"/>
        <source>The oldest dated rate or fee in this route&apos;s total ({reference}; sources: {sources}).</source>
        <translation>Осы маршруттың құнындағы ең ескі күні бар тариф немесе алым ({reference}; дереккөздер: {sources}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="95"/>
        <source>{count} of its rates or fees carry no date.</source>
        <translation>Оның {count} тарифінің немесе алымының күні жоқ.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="44"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>Маршрутты учаскелер бойынша көру үшін оны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="36"/>
        <source>Map of the routes</source>
        <translation>Маршруттар картасы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="162"/>
        <source>Wheel or + −: zoom; drag or arrow keys: move; double-click or Home: the whole quote</source>
        <translation>Дөңгелек немесе + −: масштаб; сүйреу немесе бағыт пернелері: жылжыту; екі рет шерту немесе Home: бүкіл ұсыныс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="165"/>
        <source>{count} routes share this stretch: click again for the next</source>
        <translation>мұнда {count} маршрут өтеді: келесісін таңдау үшін тағы шертіңіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="183"/>
        <source>unavailable: </source>
        <translation>қолжетімсіз: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="185"/>
        <source>{count} leg(s) not drawn: a place without coordinates</source>
        <translation>сызылмаған бөліктер: {count} (пункттің координаттары жоқ)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="195"/>
        <source>Closed on the day the cargo gets there</source>
        <translation>Жүк жететін күні жабық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="196"/>
        <source>May be closed while the cargo passes</source>
        <translation>Жүк өтіп бара жатқанда жабық болуы мүмкін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="197"/>
        <source>Risk window while the cargo passes</source>
        <translation>Жүк өтіп бара жатқандағы тәуекел кезеңі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="199"/>
        <source>{corridor}: reached on {day} (earliest {first}, latest {last})</source>
        <translation>{corridor}: жүк мұнда {day} (ерте дегенде {first}, кеш дегенде {last})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="202"/>
        <source>(every year)</source>
        <translation>(жыл сайын)</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../gui/qt/problem_label.py" line="18"/>
        <source>Problem: {problem}</source>
        <translation>Қате: {problem}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/qt/i18n.py" line="122"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="122"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="75"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table; ▲ ▶: off the scale)</source>
        <translation>Жеткізу мерзімі, күн (нүкте — әдеттегі; кесінді — мин–макс; сандар — кесте жолдары; ▲ ▶ — шкаладан тыс)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="77"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>Жеткізу мерзімі, күн (нүкте — әдеттегі; кесінді — мин–макс; сандар — кесте жолдары)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="27"/>
        <location filename="../../gui/qt/quote_page.py" line="90"/>
        <source>Cost, {currency}</source>
        <translation>Құны, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="73"/>
        <source>Freight quote {number}</source>
        <translation>Тасымал құнының есебі {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="74"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="75"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="76"/>
        <source>{date} (the departure day)</source>
        <translation>{date} (жөнелту күні)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="77"/>
        <source>For</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="78"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="79"/>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="80"/>
        <source>Departure</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="81"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="82"/>
        <source>Recommended: {corridor}</source>
        <translation>Ұсынылады: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="83"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>(тоннасына {per_tonne}), жолда {days} күн, {co2e} т CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="84"/>
        <source>via {places}</source>
        <translation>{places} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="87"/>
        <source>No route is available on this date</source>
        <translation>Бұл күнге қолжетімді маршрут жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="88"/>
        <source>Routes compared</source>
        <translation>Маршруттарды салыстыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="89"/>
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="92"/>
        <source>By</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="96"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="97"/>
        <source>open ⚠</source>
        <translation>ашық ⚠</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="100"/>
        <source>closed ({note})</source>
        <translation>жабық ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="101"/>
        <source>planned ({note})</source>
        <translation>жоба ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="102"/>
        <source>no tariff ({note})</source>
        <translation>тариф жоқ ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="104"/>
        <source>Routes {routes}: {cause}</source>
        <translation>{routes} маршруттар: {cause}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="105"/>
        <source>★ best trade-off: no other available route is both cheaper and faster. Days: typical (minimum–maximum), door to door.</source>
        <translation>★ ең жақсы теңгерім: бұдан әрі арзан әрі жылдам басқа қолжетімді маршрут жоқ. Күндер: әдетте (ең аз–ең көп), есіктен есікке.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="107"/>
        <source>How the price of route {number} is made</source>
        <translation>{number} маршрут бағасы неден құралады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="111"/>
        <source>Charges, in their own currency</source>
        <translation>Алымдар, тариф валютасында</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="114"/>
        <source>≈ an estimate (its working is in the Excel quote)</source>
        <translation>≈ бағалау (есебі баға ұсынысының Excel файлында)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="118"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode, and the stops by their hub factors. Factors used:</source>
        <translation>GLEC Framework әдістемесі бойынша есептелді (well-to-wheel): тонна × км × әр көлік түрінің коэффициенті, және аялдамалар тораптардың коэффициенттері бойынша. Коэффициенттер:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="122"/>
        <source>{event} {factor} kg CO2e per t</source>
        <translation>{event} {factor} кг CO2e / т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="123"/>
        <source>{event} {factor} kg CO2e per TEU</source>
        <translation>{event} {factor} кг CO2e / TEU</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="124"/>
        <source>{event} {factor} kg CO2e per vehicle and hour</source>
        <translation>{event} {factor} кг CO2e / көлік·сағат</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="129"/>
        <source>{currency}: {rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>{currency}: USD үшін {rate}, сценариймен берілген (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="131"/>
        <source>{currency}: {change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: сценарий бойынша USD-ге қарағанда {change}, USD үшін {rate} (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="133"/>
        <source>{currency}: {change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: сценарий бойынша осы баға ұсынысына берілген {start} бағамынан USD-ге қарағанда {change}, USD үшін {rate} (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="138"/>
        <source>Tables: {corridors} and {tariffs} (content of the tariffs {digest}).</source>
        <translation>Кестелер: {corridors} және {tariffs} (тарифтер мазмұны {digest}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="139"/>
        <source>Sources of route {number}</source>
        <translation>{number} маршрут дереккөздері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="140"/>
        <source>Sources of the exchange rates</source>
        <translation>Валюта бағамдарының дереккөздері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="141"/>
        <source>The other routes compared rest on {count} more sources; all of them, with their addresses, are in the Excel quote.</source>
        <translation>Салыстырылған басқа маршруттар тағы {count} дереккөзге сүйенеді; олардың бәрі мекенжайларымен баға ұсынысының Excel файлында.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="144"/>
        <source>{count} sources, and {others} more for the other routes compared; all of them, with their titles, dates and addresses, are in the Excel quote.</source>
        <translation>{count} дереккөз және салыстырылған басқа маршруттарда тағы {others}; олардың бәрі атауларымен, күндерімен және мекенжайларымен баға ұсынысының Excel файлында.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="147"/>
        <source>{count} sources; with their titles, dates and addresses they are in the Excel quote.</source>
        <translation>{count} дереккөз; атауларымен, күндерімен және мекенжайларымен олар баға ұсынысының Excel файлында.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="150"/>
        <source>{number} · {buyer} · page {page} of {pages}</source>
        <translation>{number} · {buyer} · {pages} беттің {page}-беті</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="151"/>
        <source>{number} · page {page} of {pages}</source>
        <translation>{number} · {pages} беттің {page}-беті</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="85"/>
        <source>via {place}</source>
        <translation>{place} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="86"/>
        <source>by {mode} from {place}</source>
        <translation>{place} бастап {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="91"/>
        <source>Per t</source>
        <translation>1 т үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="94"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="95"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="98"/>
        <source>⚠ a risk on the way (a closure or risk window, a proposed tariff): the recommended route&apos;s are under its name.</source>
        <translation>⚠ жолдағы тәуекел (жабылу не тәуекел кезеңі, ұсынылған тариф): ұсынылған маршруттікі оның атауының астында.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="103"/>
        <source>route {number}: {reason}</source>
        <translation>{number}-маршрут: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="108"/>
        <source>Step</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="109"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="93"/>
        <location filename="../../gui/qt/quote_page.py" line="110"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="53"/>
        <source>Terms of sale</source>
        <translation>Жеткізу шарттары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="54"/>
        <source>{rule}/t</source>
        <translation>{rule}/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="55"/>
        <source>Landed/t</source>
        <translation>Жеткізілгенде/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="56"/>
        <source>{what}: {count} lines of route {number}, step by step above</source>
        <translation>{what}: {number}-маршруттың {count} жолы, қадамдары жоғарыда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="57"/>
        <source>Sources of the price&apos;s other lines</source>
        <translation>Бағаның басқа жолдарының дереккөздері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="58"/>
        <source>The price of route {number} under {terms}, line by line</source>
        <translation>{number}-маршруттың {terms} шартындағы бағасы, жол-жолымен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="59"/>
        <source>Paid by</source>
        <translation>Кім төлейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="60"/>
        <source>Line and its working</source>
        <translation>Жол және есебі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="61"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="62"/>
        <location filename="../../gui/qt/quote_page.py" line="112"/>
        <source>In {currency}</source>
        <translation>{currency} бойынша</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="63"/>
        <source>in the price</source>
        <translation>бағаға кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="64"/>
        <source>the buyer</source>
        <translation>сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="65"/>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="66"/>
        <source>Price {terms}</source>
        <translation>Баға {terms}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="67"/>
        <source>Landed cost</source>
        <translation>Жеткізілген құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="68"/>
        <source>Customs value: {value}, to {place}, tariff line {hs}, cleared on {date}</source>
        <translation>Кедендік құн: {value}, {place} дейін, позиция {hs}, ресімдеу {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="70"/>
        <source>Route {number} has no price under {terms}: {reason}</source>
        <translation>{number}-маршруттың {terms} шартында бағасы жоқ: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="113"/>
        <source>at {place}: {event}</source>
        <translation>{place} пунктінде: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="115"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="116"/>
        <source>The price includes</source>
        <translation>Бағаға кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="117"/>
        <source>The price does not include</source>
        <translation>Бағаға кірмейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="121"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} г CO2e / т·км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="125"/>
        <source>Exchange rates and tables</source>
        <translation>Валюта бағамдары мен кестелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="127"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: 1 USD = {rate}, осы есепке қойылған (кестеде: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="136"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {date} күнгі 1 USD = {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="149"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="26"/>
        <source>What if</source>
        <translation>«Егер» сценарийі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="27"/>
        <source>{title} — the tables with these changes: {changes}</source>
        <translation>{title} — мына өзгерістері бар кестелер: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="28"/>
        <source>the tables with these changes: {changes}</source>
        <translation>мына өзгерістері бар кестелер: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="29"/>
        <source>Goals</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="30"/>
        <source>Arrive by</source>
        <translation>Жету мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="31"/>
        <source>{date}, with {wanted} % certainty</source>
        <translation>{date}, {wanted} % ықтималдықпен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="32"/>
        <source>On time</source>
        <translation>Уақытында</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="33"/>
        <source>misses a goal ({note})</source>
        <translation>мақсатқа сай емес ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="37"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{date} дейін уақытында {odds}; {wanted} % {sure} дейін жетеді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="38"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{odds} {date} дейін уақытында; {wanted} % — ешбір күнге дейін емес: жолдағы жабылулар {rest} %-дан астамын тоқтатады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="40"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>ықтималдыққа төменде аталған жолдағы тәуекелдер кірмейді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="41"/>
        <source>No route meets every goal</source>
        <translation>Бірде-бір маршрут барлық мақсатқа сай емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="43"/>
        <source>Capital in transit</source>
        <translation>Жолдағы капитал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="44"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>тауар құнына жылдық {rate} %, {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="45"/>
        <source>capital in transit {amount} ({rate} % a year for {days} days); freight + capital {economic}</source>
        <translation>жолдағы капитал {amount} ({days} күнге жылдық {rate} %); фрахт + капитал {economic}</translation>
    </message>
</context>
<context>
    <name>QuoteWorkbook</name>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Routes</source>
        <translation>Маршруттар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <source>Breakdown</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Freight quote</source>
        <translation>Тасымал құнының есебі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Quote number</source>
        <translation>Есеп нөмірі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="77"/>
        <source>Price list</source>
        <translation>Бағалар тізімі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="100"/>
        <source>About</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="14"/>
        <source>Price list from {origin}, departures {date}</source>
        <translation>{origin} пунктінен бағалар тізімі, жөнелту {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="15"/>
        <source>The cheapest route open on the departure date for each line (for a perishable, the cheapest that arrives within its shelf life, where one does); see a full quote for the breakdown. Prices to the cent, as the quote&apos;s workbook gives them; per tonne: the price ÷ the tonnes, to the cent.</source>
        <translation>Әр жол үшін жөнелту күні ашық ең арзан маршрут (тез бұзылатын жүк үшін — бар болса, оны сақтау мерзімі ішінде жеткізетін ең арзаны); толық талдауды толық баға ұсынысынан қараңыз. Бағалар центке дейін, баға ұсынысының Excel кітабындағыдай; тоннасына: баға ÷ тонна, центке дейін.</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Cargo</source>
        <translation>Жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <location filename="../../gui/core/export_xlsx.py" line="95"/>
        <source>Departure</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <source>Best route</source>
        <translation>Ең жақсы маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Per tonne</source>
        <translation>Тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Days typical (min–max)</source>
        <translation>Күн (әдет.; ең аз–ең көп)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Made on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Program</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Corridors workbook</source>
        <translation>Дәліздер кітабы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Tariffs workbook</source>
        <translation>Тарифтер кітабы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="28"/>
        <source>Exchange rate</source>
        <translation>Валюта бағамы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="97"/>
        <source>Oldest exchange rate used</source>
        <translation>Пайдаланылған ең ескі валюта бағамы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="98"/>
        <source>the departure day</source>
        <translation>жөнелту күні</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>via {place}</source>
        <translation>{place} арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>by {mode} from {place}</source>
        <translation>{place} бастап {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="127"/>
        <source>{rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>USD үшін {rate}, сценариймен берілген (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="128"/>
        <source>{change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>сценарий бойынша USD-ге қарағанда {change}, USD үшін {rate} (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="130"/>
        <source>{change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>сценарий бойынша осы баға ұсынысына берілген {start} бағамынан USD-ге қарағанда {change}, USD үшін {rate} (кесте: {date} күнгі {table})</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="23"/>
        <location filename="../../gui/core/export_prices.py" line="22"/>
        <location filename="../../gui/core/export_xlsx.py" line="95"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="96"/>
        <source>Corridors table</source>
        <translation>Дәліздер кестесі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="96"/>
        <source>Tariffs table</source>
        <translation>Тарифтер кестесі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="99"/>
        <source>Recommended route</source>
        <translation>Ұсынылған маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="100"/>
        <source>{corridor}: {cost}, {days} days</source>
        <translation>{corridor}: {cost}, {days} күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="102"/>
        <source>Exchange rates used</source>
        <translation>Қолданылған валюта бағамдары</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="126"/>
        <location filename="../../gui/core/export_xlsx.py" line="103"/>
        <source>none: every charge is in US dollars</source>
        <translation>жоқ: барлық алымдар АҚШ долларымен</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{date} күнгі 1 USD = {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <location filename="../../gui/core/export_decide.py" line="182"/>
        <source>What if</source>
        <translation>«Егер» сценарийі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <source>Goals</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Arrive by</source>
        <translation>Жету мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Certainty asked</source>
        <translation>Талап етілген ықтималдық</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="20"/>
        <source>No route meets every goal</source>
        <translation>Бірде-бір маршрут барлық мақсатқа сай емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="21"/>
        <source>On time by the date</source>
        <translation>Күнге дейін уақытында</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="22"/>
        <source>Share asked arrived by</source>
        <translation>Талап етілген үлес жеткен күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Misses a goal</source>
        <translation>Мақсатқа сай емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Shelf life</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Capital in transit</source>
        <translation>Жолдағы капитал</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Economic cost</source>
        <translation>Экономикалық құн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="25"/>
        <source>Change in the what-if</source>
        <translation>Сценарийдегі өзгеріс</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="26"/>
        <source>Cost as the tables are</source>
        <translation>Кестелер бойынша қазіргі құн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ cost</source>
        <translation>Δ құн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ days typical</source>
        <translation>Δ әдеттегі күндер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Δ on time</source>
        <translation>Δ уақытында</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>Corridor</source>
        <translation>Дәліз</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <source>Routes no longer offered</source>
        <translation>Енді ұсынылмайтын маршруттар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Path</source>
        <translation>Жүру жолы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="32"/>
        <source>The tables themselves are unchanged; every figure the what-if alters says so in its estimate note (Breakdown sheet).</source>
        <translation>Кестелердің өздері өзгермеген; сценарий өзгерткен әр мән бағалау ескертпесінде көрсетілген («Есеп» парағы).</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>opens</source>
        <translation>ашылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <location filename="../../gui/core/export_decide.py" line="195"/>
        <source>closes</source>
        <translation>жабылады</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="36"/>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="37"/>
        <source>Routes the what-if no longer shows</source>
        <translation>Сценарий енді көрсетпейтін маршруттар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="38"/>
        <source>Cost in the what-if</source>
        <translation>Сценарийдегі құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="39"/>
        <source>Days typical in the what-if</source>
        <translation>Сценарийдегі әдеттегі күндер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="40"/>
        <source>no longer among those its corridor shows</source>
        <translation>енді оның дәлізі көрсететіндер қатарында емес</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>no longer offered</source>
        <translation>енді ұсынылмайды</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>still closed</source>
        <translation>әлі жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="42"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>тауар құнына жылдық {rate} %, {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Available</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Why not</source>
        <translation>Қолжетімсіздік себебі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Cost</source>
        <translation>Құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Cost per t</source>
        <translation>Тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Days min</source>
        <translation>Күн (мин.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days typical</source>
        <translation>Күн (әдет.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days max</source>
        <translation>Күн (макс.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="110"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="110"/>
        <source>CO2e kg</source>
        <translation>CO2e, кг</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="111"/>
        <source>Best trade-off</source>
        <translation>Үздік теңгерім</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="111"/>
        <source>Borders</source>
        <translation>Шекаралар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <location filename="../../gui/core/export_xlsx.py" line="112"/>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="19"/>
        <location filename="../../gui/core/export_xlsx.py" line="112"/>
        <source>Route #</source>
        <translation>Маршрут №</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="92"/>
        <source>Offered by</source>
        <translation>Ұсынушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="92"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Cost if it reopened</source>
        <translation>Қайта ашылса, құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Step</source>
        <translation>Бөлік</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Mode or event</source>
        <translation>Көлік түрі немесе операция</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Equipment</source>
        <translation>Көлік бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Units</source>
        <translation>Бірлік саны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Charge</source>
        <translation>Алым</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Basis</source>
        <translation>Есептеу негізі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Rate</source>
        <translation>Мөлшерлеме</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="23"/>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <source>Terms of sale</source>
        <translation>Жеткізу шарттары</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="19"/>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <source>Price per t</source>
        <translation>Тоннасының бағасы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Landed per t</source>
        <translation>Жеткізілген құны, тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="22"/>
        <source>Landed cost</source>
        <translation>Жеткізілген құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <source>Why no price</source>
        <translation>Неге баға жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="24"/>
        <source>Included in the price of route {number}</source>
        <translation>{number}-маршрут бағасына не кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>included</source>
        <translation>кіреді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>not included</source>
        <translation>кірмейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Paid by</source>
        <translation>Кім төлейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Converted</source>
        <translation>Есеп валютасында</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <source>Row</source>
        <translation>Кесте жолы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <source>As of</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <source>seller</source>
        <translation>сатушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="120"/>
        <source>Estimate: its working, in English as the tables&apos; sources give it</source>
        <translation>Бағалау: есебі ағылшын тілінде, кесте дереккөздеріндегідей</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="32"/>
        <location filename="../../gui/core/export_xlsx.py" line="121"/>
        <source>Estimate: its working; the tables&apos; notes in English, as their sources give them; a what-if&apos;s in this workbook&apos;s language</source>
        <translation>Бағалау: қалай есептелгені; кестелердің ескертпелері — ағылшынша, дереккөздеріндегідей; «егер» сценарийінің ескертпелері — осы кітаптың тілінде</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>buyer</source>
        <translation>сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>Customs value</source>
        <translation>Кедендік құн</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="35"/>
        <source>Lines of each priced route</source>
        <translation>Бағасы бар әр маршруттың жолдары</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>goods</source>
        <translation>тауар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>freight</source>
        <translation>тасымал</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>insurance</source>
        <translation>сақтандыру</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>duty</source>
        <translation>баж</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>tax</source>
        <translation>салық</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>fee</source>
        <translation>алым</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>Port of shipment</source>
        <translation>Тиеу порты</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Quote currency</source>
        <translation>Есеп валютасы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Estimate</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>at {place}</source>
        <translation>{place} пунктінде</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Publisher</source>
        <translation>Жариялаушы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Reliability</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Address</source>
        <translation>Веб-мекенжай</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="126"/>
        <source>{rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>1 USD = {rate}, осы есепке қойылған (кестеде: {date} күнгі {table})</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="113"/>
        <source>until further notice</source>
        <translation>қосымша хабарламаға дейін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="116"/>
        <source>closed {span}</source>
        <translation>жабық {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="117"/>
        <source>risk {span}</source>
        <translation>тәуекел {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_painter.py" line="355"/>
        <source>Schematic lines, place to place. Borders: Natural Earth</source>
        <translation>Сызықтар сызбалық: пункттен пунктке. Шекаралар: Natural Earth</translation>
    </message>
</context>
<context>
    <name>RouteMapPanel</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>selected</source>
        <translation>таңдалған</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="147"/>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>best trade-off</source>
        <translation>ең тиімді үйлесім</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="152"/>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>other</source>
        <translation>басқалар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>unavailable</source>
        <translation>қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>risk window</source>
        <translation>тәуекел кезеңі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="324"/>
        <source>border</source>
        <translation>шекара</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="325"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="326"/>
        <source>gauge change</source>
        <translation>жол енінің ауысуы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="327"/>
        <source>transshipment</source>
        <translation>қайта тиеу</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="205"/>
        <source>Save quote</source>
        <translation>Баға ұсынысын сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="210"/>
        <source>phone or e-mail, optional</source>
        <translation>телефон немесе e-mail, міндетті емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="217"/>
        <source>Buyer</source>
        <translation>Сатып алушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="218"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="219"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="220"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="237"/>
        <source>A quote cannot be valid until {date}, before today ({today}).</source>
        <translation>Баға ұсынысы бүгіннен ({today}) бұрынғы {date} дейін жарамды бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="254"/>
        <source>Short validity</source>
        <translation>Қысқа жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="255"/>
        <source>This quote would be valid only until {date} ({days} day(s) from today). Save it so?</source>
        <translation>Баға ұсынысы тек {date} дейін жарамды болады (бүгіннен бастап {days} күн). Осылай сақтау керек пе?</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="33"/>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>What if</source>
        <translation>«Егер» сценарийі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="38"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="40"/>
        <source>e.g. Torkham reopens</source>
        <translation>мыс. Торхам ашылды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="46"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="60"/>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="62"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="69"/>
        <source>&amp;Remove</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>Chan&amp;ge</source>
        <translation>Ө&amp;згеріс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>&amp;Value</source>
        <translation>&amp;Мәні</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="90"/>
        <source>Routes, as the tables are and with the changes</source>
        <translation>Маршруттар: кестелер қазіргі күйінде және өзгерістермен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>Аш&amp;у…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="94"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="95"/>
        <source>&amp;Tables as they are</source>
        <translation>&amp;Кестелер қазіргі күйінде</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="96"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Open a crossing or leg</source>
        <translation>Өткелді не учаскені ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Close a crossing or leg</source>
        <translation>Өткелді не учаскені жабу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Add days at a place or leg</source>
        <translation>Пунктте не учаскеде күн қосу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Scale rates (× factor)</source>
        <translation>Тарифтерді өзгерту (× коэффициент)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="137"/>
        <source>A currency&apos;s value, % against the USD</source>
        <translation>Валюта құны, USD-ге қарағанда %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>An exchange rate, per USD</source>
        <translation>1 USD бағамы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>Road fuel surcharge, %</source>
        <translation>Автожолға жанармай үстемесі, %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="139"/>
        <source>A search limit (empty: none)</source>
        <translation>Іздеу шектеуі (бос — шектеусіз)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>As they are</source>
        <translation>Қазіргі күйі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>Δ cost</source>
        <translation>Δ құн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ days</source>
        <translation>Δ күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ on time</source>
        <translation>Δ уақытында</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="41"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="225"/>
        <source>Open a scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="226"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Сценарийлер (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Save the scenario</source>
        <translation>Сценарийді сақтау</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Scenarios (*.json)</source>
        <translation>Сценарийлер (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="280"/>
        <source>days</source>
        <translation>күн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="280"/>
        <source>× factor</source>
        <translation>× коэффициент</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="281"/>
        <source>± %</source>
        <translation>± %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="281"/>
        <source>per USD</source>
        <translation>1 USD үшін</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="283"/>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>factor or count</source>
        <translation>коэффициент не сан</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>days; empty: never wait</source>
        <translation>күндер; бос: ешқашан күтпеу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="25"/>
        <source>The odds under the what-if less the odds as the tables are, each as shown (rounded down; “&gt; 99.9 %” counts as 99.9), in percentage points</source>
        <translation>Сценарий бойынша ықтималдық минус кестелер бойынша ықтималдық, әрқайсысы көрсетілгендей (төмен қарай дөңгелектенген; «&gt; 99,9 %» 99,9 ретінде саналады), пайыздық тармақпен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="50"/>
        <source>pts</source>
        <translation>п. т.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>opens</source>
        <translation>ашылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>closes</source>
        <translation>жабылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>changed</source>
        <translation>өзгерді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="94"/>
        <source>as before</source>
        <translation>бұрынғыдай</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="95"/>
        <source>no longer offered</source>
        <translation>енді ұсынылмайды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="96"/>
        <source>not among those shown</source>
        <translation>көрсетілгендер қатарында емес</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="97"/>
        <source>still closed</source>
        <translation>әлі жабық</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>rail</source>
        <translation>т/ж</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>road</source>
        <translation>автокөлік</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>sea</source>
        <translation>теңіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>ferry</source>
        <translation>паром</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="12"/>
        <source>pipeline</source>
        <translation>құбыр</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <location filename="../../gui/core/vocabulary.py" line="15"/>
        <source>border crossing</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="16"/>
        <source>gauge change</source>
        <translation>жол енінің ауысуы</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="17"/>
        <source>port handling</source>
        <translation>порттық өңдеу</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <location filename="../../gui/core/vocabulary.py" line="18"/>
        <source>transshipment</source>
        <translation>қайта тиеу</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="19"/>
        <source>wait for a closure to end</source>
        <translation>жабылудың аяқталуын күту</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>bulk grain</source>
        <translation>сусымалы астық</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>liquid bulk</source>
        <translation>құйылатын жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="23"/>
        <source>refrigerated</source>
        <translation>рефрижераторлық жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="24"/>
        <source>temperature-controlled</source>
        <translation>температурасы бақыланатын жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="25"/>
        <source>general cargo</source>
        <translation>жалпы жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>containers</source>
        <translation>контейнерлер</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="20"/>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>wagons</source>
        <translation>вагондар</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>trucks</source>
        <translation>жүк көліктері</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>tankers</source>
        <translation>танкерлер</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="30"/>
        <source>pipeline batches</source>
        <translation>құбыр партиялары</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne</source>
        <translation>тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne-km</source>
        <translation>тонна-километріне</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="24"/>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit</source>
        <translation>бірлігіне</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit-km</source>
        <translation>бірлік-километріне</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="35"/>
        <source>per trip</source>
        <translation>рейсіне</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="36"/>
        <source>per tonne-day</source>
        <translation>тонна-тәулігіне</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="37"/>
        <source>per unit-day</source>
        <translation>бірлігіне тәулігіне</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="39"/>
        <source>Domestic {countries}</source>
        <translation>Ішкі маршрут {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="41"/>
        <source>Cross-border {countries}</source>
        <translation>Трансшекаралық {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>cargo</source>
        <translation>жүк</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>origin</source>
        <translation>жөнелту орны</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="99"/>
        <source>destination</source>
        <translation>баратын жер</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="278"/>
        <location filename="../../gui/core/vocabulary.py" line="99"/>
        <source>place</source>
        <translation>пункт</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="100"/>
        <source>unit</source>
        <translation>өлшем бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="100"/>
        <source>quantity</source>
        <translation>саны</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="101"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="102"/>
        <source>key</source>
        <translation>кілт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="276"/>
        <location filename="../../gui/core/terms.py" line="38"/>
        <source>rate</source>
        <translation>тариф</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="276"/>
        <source>node fee</source>
        <translation>пункттегі алым</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>leg</source>
        <translation>учаске</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>closure</source>
        <translation>жабылу</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="278"/>
        <source>exchange rate</source>
        <translation>валюта бағамы</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>dry port</source>
        <translation>құрғақ порт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <source>junction</source>
        <translation>көлік торабы</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="285"/>
        <source>open</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="286"/>
        <source>any place</source>
        <translation>кез келген пункт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="287"/>
        <source>planned</source>
        <translation>жобада</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="288"/>
        <source>operational</source>
        <translation>жұмыс істейді</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="289"/>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="290"/>
        <source>risk</source>
        <translation>тәуекел</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="32"/>
        <source>Incoterm</source>
        <translation>Инкотермс</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="32"/>
        <location filename="../../gui/core/vocabulary.py" line="103"/>
        <source>named place</source>
        <translation>аталған жер</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>goods value</source>
        <translation>тауар құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="34"/>
        <source>premium rate</source>
        <translation>сақтандыру сыйлықақысының мөлшерлемесі</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="35"/>
        <source>insured value</source>
        <translation>сақтандыру сомасы</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="36"/>
        <source>country of origin</source>
        <translation>шығарылған елі</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="37"/>
        <source>figure</source>
        <translation>шама</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="39"/>
        <source>amount per quantity</source>
        <translation>саны бірлігіне сома</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="40"/>
        <source>amount</source>
        <translation>сома</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="41"/>
        <source>ICC (A)</source>
        <translation>ICC (A)</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="41"/>
        <source>ICC (B)</source>
        <translation>ICC (B)</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="42"/>
        <source>ICC (C)</source>
        <translation>ICC (C)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="65"/>
        <source>leaving</source>
        <translation>шығатын</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="66"/>
        <source>arriving at</source>
        <translation>келетін</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Pakistan</source>
        <translation>Пәкістан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Afghanistan</source>
        <translation>Ауғанстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>Azerbaijan</source>
        <translation>Әзірбайжан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Turkey</source>
        <translation>Түркия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="22"/>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="22"/>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="23"/>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="23"/>
        <source>India</source>
        <translation>Үндістан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Saudi Arabia</source>
        <translation>Сауд Арабиясы</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>БАӘ</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="25"/>
        <source>Iraq</source>
        <translation>Ирак</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="26"/>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="26"/>
        <source>Egypt</source>
        <translation>Мысыр</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="27"/>
        <source>Yemen</source>
        <translation>Йемен</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="27"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="28"/>
        <source>Mongolia</source>
        <translation>Моңғолия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="28"/>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>duty</source>
        <translation>баж</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>import tax</source>
        <translation>импорт салығы</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>customs fee</source>
        <translation>кедендік алым</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>fee unit</source>
        <translation>алымдардың есептік бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="18"/>
        <source>tariff line</source>
        <translation>тауар позициясы</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="19"/>
        <source>commercial sheets</source>
        <translation>коммерциялық парақтар</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="21"/>
        <source>blank, for the user to give</source>
        <translation>бос, пайдаланушы көрсетеді</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="22"/>
        <source>imports prohibited</source>
        <translation>әкелуге тыйым салынған</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="23"/>
        <source>per declaration</source>
        <translation>декларация үшін</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="25"/>
        <source>per consignment</source>
        <translation>партия үшін</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="172"/>
        <source>the on-time certainty</source>
        <translation>уақытында жету ықтималдығы</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="173"/>
        <source>the CO2e allowance</source>
        <translation>CO2e рұқсаты</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="174"/>
        <source>the capital cost</source>
        <translation>капитал құны</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>road vehicles</source>
        <translation>көлік бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>road vehicle</source>
        <translation>көлік бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>wagon</source>
        <translation>вагон</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="8"/>
        <source>search setting</source>
        <translation>іздеу баптауы</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>stop time</source>
        <translation>тұру уақыты</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>throughput</source>
        <translation>өткізу қабілеті</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>cargo type</source>
        <translation>жүк түрі</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>equipment</source>
        <translation>көлік бірлігі</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="11"/>
        <source>emission factor</source>
        <translation>шығарынды коэффициенті</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="13"/>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="14"/>
        <source>never wait</source>
        <translation>ешқашан күтпеу</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="15"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="16"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="25"/>
        <source>not given</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="30"/>
        <source>both ways</source>
        <translation>екі бағытта</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="31"/>
        <source>one way</source>
        <translation>бір бағытта</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="33"/>
        <source>quoted from and to</source>
        <translation>жөнелту және межелі пункт ретінде бағаланады</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="34"/>
        <source>passed through only</source>
        <translation>тек транзитпен</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="37"/>
        <source>proposed</source>
        <translation>ұсынылған</translation>
    </message>
</context>
<context>
    <name>TermsBar</name>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="63"/>
        <source>&amp;Terms</source>
        <translation>&amp;Шарттар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="67"/>
        <source>freight only: choose an Incoterm to quote the goods delivered, with the buyer&apos;s landed cost</source>
        <translation>тек тасымал: жеткізілген тауар бағасы мен сатып алушы құнын көру үшін Инкотермс ережесін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="70"/>
        <source>at</source>
        <translation>жері</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="74"/>
        <source>Named place</source>
        <translation>Аталған жер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="78"/>
        <source>&amp;Goods</source>
        <translation>Та&amp;уар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="80"/>
        <source>value</source>
        <translation>құны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="85"/>
        <location filename="../../gui/qt/terms_bar.py" line="97"/>
        <source>per t</source>
        <translation>тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="86"/>
        <source>in total</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="88"/>
        <source>Currency of the goods&apos; value</source>
        <translation>Тауар құнының валютасы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="89"/>
        <source>Goods&apos; value per tonne or in total</source>
        <translation>Тауар құны тоннасына немесе барлығы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="90"/>
        <source>Ma&amp;rgin</source>
        <translation>Ма&amp;ржа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="98"/>
        <source>Margin in % or per tonne</source>
        <translation>Маржа %-бен немесе тоннасына</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="99"/>
        <source>&amp;Insurance</source>
        <translation>С&amp;ақтандыру</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="105"/>
        <source>premium %</source>
        <translation>сыйлықақы %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="108"/>
        <source>Premium in % of the insured value (110 % of the value unless set under More…)</source>
        <translation>Сыйлықақы сақтандыру сомасының %-ы (басқасы «Тағы…» бөлімінде берілмесе, құнның 110 %)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="110"/>
        <source>Mor&amp;e…</source>
        <translation>&amp;Тағы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="111"/>
        <source>Importer, proof of origin, insured value and the rates the tables leave blank</source>
        <translation>Импорттаушы, шығу тегін растау, сақтандыру сомасы және кестелердегі бос мөлшерлемелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="201"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="202"/>
        <source>Freight only</source>
        <translation>Тек тасымал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="212"/>
        <source>these tables have no commercial sheets: freight only</source>
        <translation>бұл кестелерде коммерциялық парақтар жоқ: тек тасымал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="250"/>
        <source>{name}: sea transport only, and no route of this quote has a sea leg</source>
        <translation>{name}: тек теңіз тасымалы, ал ешбір маршрутта теңіз бөлігі жоқ</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="19"/>
        <source>Terms: importer, origin, blank rates</source>
        <translation>Шарттар: импорттаушы, шығу тегі, бос мөлшерлемелер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="26"/>
        <source>the seller, through its own entity there</source>
        <translation>сатушы, сол елдегі өз заңды тұлғасы арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="27"/>
        <source>the seller, through a licensed customs broker</source>
        <translation>сатушы, лицензиялы кеден брокері арқылы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="29"/>
        <source>the buyer (only DDP makes the seller import)</source>
        <translation>сатып алушы (сатушы тек DDP кезінде әкеледі)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="31"/>
        <source>Importer of record</source>
        <translation>Импорттаушы (декларант)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="33"/>
        <source>a company or industrial undertaking</source>
        <translation>компания немесе өнеркәсіп кәсіпорны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="34"/>
        <source>another person (a sole trader, a partnership)</source>
        <translation>басқа тұлға (жеке кәсіпкер, серіктестік)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="36"/>
        <source>The importer is</source>
        <translation>Импорттаушы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="37"/>
        <source>on Pakistan&apos;s Active Taxpayers List (else withholding tax is doubled)</source>
        <translation>Пәкістанның белсенді салық төлеушілер тізімінде (әйтпесе ұсталатын салық екі есе)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="40"/>
        <source>imports for resale (a commercial importer)</source>
        <translation>қайта сату үшін әкеледі (коммерциялық импорттаушы)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="45"/>
        <source>as the route starts ({country})</source>
        <translation>маршруттың басындағыдай ({country})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="50"/>
        <source>Country of origin of the goods</source>
        <translation>Тауардың шығарылған елі</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="51"/>
        <source>a certificate of origin goes with the goods (a tariff preference needs it)</source>
        <translation>тауармен шығарылған жері туралы сертификат бар (тарифтік преференцияға керек)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="56"/>
        <source>Insured value in % of the value insured (goods, margin, carriage); CIF and CIP need at least 110 %</source>
        <translation>Сақтандыру сомасы сақтандырылатын құнның %-ы (тауар, маржа, тасымал); CIF пен CIP кемінде 110 % талап етеді</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="58"/>
        <source>Insured value, %</source>
        <translation>Сақтандыру сомасы, %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="63"/>
        <source>Rates and fees the tables leave blank (the research did not find them): give the ones you know; a blank duty or tax rate keeps the landed cost unknown, a blank fee is left out and said so</source>
        <translation>Кестелерде бос мөлшерлемелер мен алымдар (зерттеу таппаған): білетініңізді беріңіз; баж не салық мөлшерлемесі бос болса, жеткізілген құны белгісіз, бос алым есепке алынбайды және бұл айтылады</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="70"/>
        <source>Rates and fees the tables leave blank</source>
        <translation>Кестелерде толтырылмаған мөлшерлемелер мен алымдар</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/core/formatting.py" line="24"/>
        <source>d</source>
        <translation>күн</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="24"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="25"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="25"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="26"/>
        <source>kg CO2e</source>
        <translation>кг CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="27"/>
        <source>t CO2e</source>
        <translation>т CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="27"/>
        <source>k</source>
        <translation>мың</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="28"/>
        <source>M</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="28"/>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
</context>
</TS>
