<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="40"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>Срок доставки, дни: типичный, отрезок — мин–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="153"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>лучший компромисс: нет варианта дешевле и быстрее сразу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="149"/>
        <source>other available routes</source>
        <translation>остальные маршруты</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="148"/>
        <source>selected</source>
        <translation>выбран</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="155"/>
        <source>off the scale</source>
        <translation>за пределами шкалы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="158"/>
        <source>off the scale: a route more than three times dearer or slower than the dearest or slowest best trade-off, drawn at the edge (▲ dearer, ▶ slower); its figures are in the table and in the point&apos;s tooltip</source>
        <translation>за пределами шкалы: маршрут более чем втрое дороже или дольше самого дорогого или самого долгого лучшего компромисса, показан у края (▲ дороже, ▶ дольше); его цифры — в таблице и во всплывающей подсказке точки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Working out the routes…</source>
        <translation>Расчёт маршрутов…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="228"/>
        <source>Freight + capital in transit, {currency}</source>
        <translation>Фрахт + капитал в пути, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="229"/>
        <location filename="../../gui/qt/distance_chart.py" line="124"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="247"/>
        <source>No open route to show.</source>
        <translation>Нет открытых маршрутов.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Correct the request to see the routes.</source>
        <translation>Исправьте запрос, чтобы увидеть маршруты.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="65"/>
        <source>Select a route to see its cost and time along the way.</source>
        <translation>Выберите маршрут, чтобы увидеть стоимость и время по пути.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="77"/>
        <source>Distance from origin, km</source>
        <translation>Расстояние от пункта отправления, км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="126"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>Стоимость и время по маршруту (этапы: границы, порты, перевалки)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/distance_chart.py" line="78"/>
        <location filename="../../gui/qt/distance_chart.py" line="129"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>border</source>
        <translation>граница</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>gauge change</source>
        <translation>смена колеи</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>transshipment</source>
        <translation>перевалка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="107"/>
        <source>wait for a closure to end</source>
        <translation>ожидание окончания закрытия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="127"/>
        <source>Cost and time along the route if it reopened</source>
        <translation>Стоимость и время по маршруту, если его откроют</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>может испортиться</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="69"/>
        <source>open</source>
        <translation>открыт</translation>
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
        <translation>За т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <source>Price/t</source>
        <translation>Цена/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <location filename="../../gui/qt/price_cells.py" line="18"/>
        <source>Landed/t</source>
        <translation>С доставкой/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Δ cost</source>
        <translation>Δ стоимости</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="104"/>
        <source>The cost under the what-if against the tables as they are</source>
        <translation>Стоимость в сценарии «что если» против таблиц как есть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="105"/>
        <source>Door to door: typical days (minimum–maximum)</source>
        <translation>От двери до двери: обычно дней (минимум–максимум)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="106"/>
        <source>Tonnes of CO2e, well to wheel (GLEC Framework)</source>
        <translation>Тонн CO2e, полный цикл well-to-wheel (GLEC Framework)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="107"/>
        <source>The route&apos;s number on the chart and in the documents</source>
        <translation>Номер маршрута на графике и в документах</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="37"/>
        <source>via {place}</source>
        <translation>через {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="39"/>
        <source>by {mode} from {place}</source>
        <translation>{mode} от {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="180"/>
        <source>misses a goal</source>
        <translation>не отвечает цели</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per container</source>
        <translation>За контейнер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per wagon</source>
        <translation>За вагон</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per truck</source>
        <translation>За грузовик</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="74"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="76"/>
        <source>planned, not built</source>
        <translation>проект, не построен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="118"/>
        <location filename="../../gui/qt/route_cells.py" line="77"/>
        <source>no tariff</source>
        <translation>нет тарифа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="83"/>
        <source>Borders: {places}</source>
        <translation>Границы: {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="87"/>
        <source>If it reopened: {cost}</source>
        <translation>Если его откроют: {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Step</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Mode or event</source>
        <translation>Транспорт или операция</translation>
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
        <translation>Источники: {ids}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="84"/>
        <location filename="../../gui/qt/price_view.py" line="90"/>
        <source>Estimate: {note}</source>
        <translation>Оценка: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Charges</source>
        <translation>Сборы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="105"/>
        <source>at {place}</source>
        <translation>в пункте {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="48"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="49"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="50"/>
        <source>Show the &amp;log folder</source>
        <translation>Открыть папку с &amp;журналом</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="51"/>
        <source>&amp;About Corridor Quote</source>
        <translation>&amp;О программе Corridor Quote</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="52"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="94"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="115"/>
        <source>Next field / previous field</source>
        <translation>Следующее поле / предыдущее поле</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Go to a field of the form</source>
        <translation>Перейти к полю формы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="116"/>
        <source>Open a menu</source>
        <translation>Открыть меню</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="117"/>
        <source>Move between routes in the table</source>
        <translation>Переход между маршрутами в таблице</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="118"/>
        <source>Close a dialog</source>
        <translation>Закрыть диалоговое окно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="158"/>
        <source>About Corridor Quote</source>
        <translation>О программе Corridor Quote</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="165"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="166"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="182"/>
        <source>Offline freight quotes for the Kazakhstan ⇄ Pakistan trade. This program never opens a network connection.</source>
        <translation>Расчёт фрахта без интернета для торговли Казахстан ⇄ Пакистан. Программа никогда не открывает сетевых соединений.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="184"/>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}; {build} on {system}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}; {build}, {system}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>installed build</source>
        <translation>установленная сборка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>source install</source>
        <translation>установка из исходного кода</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="189"/>
        <source>Tables in use</source>
        <translation>Используемые таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Tariffs</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="196"/>
        <source>Exchange rates as of {fx}.</source>
        <translation>Курсы валют на {fx}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="198"/>
        <source>Rates valid from {first} to {last} (the oldest and newest rate dates).</source>
        <translation>Ставки действуют с {first} по {last} (даты самой старой и самой новой ставки).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="202"/>
        <source>The log is kept in {folder}.</source>
        <translation>Журнал хранится в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="208"/>
        <source>Corridor Quote ships these components under their own licences:</source>
        <translation>В состав Corridor Quote входят следующие компоненты со своими лицензиями:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Cheapest</source>
        <translation>Дешевле всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Meets the goals</source>
        <translation>Отвечает целям</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Within shelf life</source>
        <translation>В пределах срока хранения</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="28"/>
        <source>Typically within shelf life</source>
        <translation>Обычно в пределах срока хранения</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Fastest</source>
        <translation>Быстрее всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Lowest CO2e</source>
        <translation>Меньше всего CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per container</source>
        <translation>за контейнер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per wagon</source>
        <translation>за вагон</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per truck</source>
        <translation>за грузовик</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per tanker</source>
        <translation>за танкер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per batch</source>
        <translation>за партию</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="237"/>
        <source>{kinds} within the goals</source>
        <translation>{kinds} в рамках целей</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="243"/>
        <source>landed {figure}</source>
        <translation>с доставкой {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="245"/>
        <source>landed: rates to give</source>
        <translation>с доставкой: укажите ставки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="267"/>
        <source>Quote valid until {date}</source>
        <translation>Котировка действительна до {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="188"/>
        <source>valid until {date}</source>
        <translation>действительна до {date}</translation>
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
        <translation>С доставкой и растаможкой: {total} ({per_tonne})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Who</source>
        <translation>Кто платит</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Converted</source>
        <translation>В валюте расчёта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>seller</source>
        <translation>продавец</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>buyer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="49"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="55"/>
        <source>customs value into {country}, to {place}</source>
        <translation>таможенная стоимость ({country}), до пункта {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="59"/>
        <source>price {rule} {place}</source>
        <translation>цена {rule} {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="60"/>
        <source>landed cost</source>
        <translation>стоимость с доставкой и растаможкой</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="84"/>
        <source>Row: {reference}</source>
        <translation>Строка таблицы: {reference}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="88"/>
        <source>As of {date}</source>
        <translation>На дату {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Not included, the buyer&apos;s</source>
        <translation>Не включено, за счёт покупателя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="216"/>
        <location filename="../../gui/qt/price_view.py" line="218"/>
        <source>Legs and stops</source>
        <translation>Участки и остановки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="217"/>
        <location filename="../../gui/qt/price_view.py" line="219"/>
        <source>Price lines</source>
        <translation>Строки цены</translation>
    </message>
    <message>
        <location filename="../../gui/qt/lower_part.py" line="97"/>
        <location filename="../../gui/qt/lower_part.py" line="166"/>
        <location filename="../../gui/qt/price_view.py" line="246"/>
        <source>Along the route</source>
        <translation>По маршруту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="247"/>
        <location filename="../../gui/qt/price_view.py" line="248"/>
        <location filename="../../gui/qt/waterfall.py" line="26"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>no insurance</source>
        <translation>без страхования</translation>
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
        <translation>товар {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="40"/>
        <source>margin {value}</source>
        <translation>маржа {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="45"/>
        <source>the seller insures</source>
        <translation>страхует продавец</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="46"/>
        <source>the buyer insures</source>
        <translation>страхует покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Goods</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Freight</source>
        <translation>Перевозка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Insurance</source>
        <translation>Страхование</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Duties</source>
        <translation>Пошлины</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Taxes</source>
        <translation>Налоги</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Fees</source>
        <translation>Сборы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Margin</source>
        <translation>Маржа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Landed</source>
        <translation>С доставкой</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="153"/>
        <source>At {place}</source>
        <translation>В пункте {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="154"/>
        <source>+ {step}</source>
        <translation>+ {step}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="166"/>
        <source>{currency}, in all</source>
        <translation>{currency}, всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="169"/>
        <source>unknown until the blank rates are given</source>
        <translation>неизвестна, пока не указаны пустые ставки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="170"/>
        <source>{rule}: {price} ({per_tonne}); landed: {landed}</source>
        <translation>{rule}: {price} ({per_tonne}); с доставкой: {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>in the price</source>
        <translation>в цене</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>paid by the buyer</source>
        <translation>платит покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="175"/>
        <source>the price, {rule}</source>
        <translation>цена, {rule}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="232"/>
        <source>Choose an Incoterm under the form to see how the price of the selected route is made.</source>
        <translation>Выберите правило Инкотермс под формой, чтобы увидеть, из чего складывается цена выбранного маршрута.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="233"/>
        <source>No price for this route.</source>
        <translation>Для этого маршрута цены нет.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/chart_decide.py" line="58"/>
        <source>by {date}</source>
        <translation>к {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="58"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="64"/>
        <source>The odds of arriving on or before the date asked (rounded down)</source>
        <translation>Вероятность прибыть не позже заданной даты (с округлением вниз)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="65"/>
        <source>The odds of arriving on or before {date} (rounded down); {wanted} % asked</source>
        <translation>Вероятность прибыть не позже {date} (с округлением вниз); требуется {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>opens</source>
        <translation>открывается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>closes</source>
        <translation>закрывается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>new in the what-if</source>
        <translation>новый в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>opens in the what-if</source>
        <translation>открывается в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>closes in the what-if</source>
        <translation>закрывается в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>changed in the what-if</source>
        <translation>изменён в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="95"/>
        <source>as before in the what-if</source>
        <translation>в сценарии без изменений</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="104"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="106"/>
        <source>{points} points on time</source>
        <translation>{points} п. п. вероятности вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="121"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{odds} вовремя к {date}; {wanted} % прибывает к {sure}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="123"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{odds} вовремя к {date}; {wanted} % — ни к какой дате: закрытия на пути останавливают более {rest} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="126"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>в вероятность не входят риски в пути, названные ниже</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="128"/>
        <source>Misses a goal: {reason}</source>
        <translation>Не отвечает цели: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="133"/>
        <source>Capital in transit {capital} ({rate} % a year × {days} days); with freight {total}</source>
        <translation>Капитал в пути {capital} ({rate} % годовых × {days} дн.); вместе с фрахтом {total}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} cheaper</source>
        <translation>дешевле: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} dearer</source>
        <translation>дороже: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} open</source>
        <translation>открыто: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} closed</source>
        <translation>закрыто: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} new</source>
        <translation>новых: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="51"/>
        <source>{count} no longer offered</source>
        <translation>больше не предлагается: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="53"/>
        <source>{count} no longer shown</source>
        <translation>{count} больше не показаны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="60"/>
        <source>What if “{name}” ({count} changes)</source>
        <translation>Что если «{name}» (изменений: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="62"/>
        <source>What if “{name}”</source>
        <translation>Что если «{name}»</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="64"/>
        <source>What if: {changes}</source>
        <translation>Что если: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="66"/>
        <source>against the tables as they are: {counts}</source>
        <translation>против таблиц как есть: {counts}</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>e.g. 500</source>
        <translation>напр. 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="45"/>
        <source>Swap origin and destination</source>
        <translation>Поменять отправление и назначение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="96"/>
        <source>departure {date} is before today: a back-dated quote</source>
        <translation>отправление {date} раньше сегодняшнего дня: котировка задним числом</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="126"/>
        <source>{count} × {equipment} on the cheapest route</source>
        <translation>{count} × {equipment} на самом дешёвом маршруте</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>containers</source>
        <translation>контейнеры</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Cargo</source>
        <translation>&amp;Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Количество</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Откуда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>T&amp;o</source>
        <translation>К&amp;уда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>&amp;Departure</source>
        <translation>От&amp;правление</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="59"/>
        <source>Curre&amp;ncy</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>t (tonnes)</source>
        <translation>т (тонны)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>m³ (cubic metres)</source>
        <translation>м³ (кубометры)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>bbl (barrels of oil)</source>
        <translation>барр. (баррели нефти)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>wagons</source>
        <translation>вагоны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>trucks</source>
        <translation>грузовики</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="25"/>
        <location filename="../../gui/qt/map_tab.py" line="26"/>
        <source>Cost and time</source>
        <translation>Стоимость и срок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="27"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="28"/>
        <source>Every route of the quote on the map, with closures on the cargo&apos;s dates</source>
        <translation>Все маршруты расчёта на карте, с закрытиями на даты перевозки груза</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="33"/>
        <source>Open the map in a window of its own, as large as the screen allows</source>
        <translation>Открыть карту в отдельном окне, во весь экран при желании</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="126"/>
        <source>Corridor Quote — map of the routes</source>
        <translation>Corridor Quote — карта маршрутов</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="10"/>
        <source>no {what} given</source>
        <translation>не указано: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="11"/>
        <source>{what} &apos;{text}&apos; is ambiguous: {options}</source>
        <translation>{what}: «{text}» — неоднозначно, варианты: {options}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="12"/>
        <source>unknown {what} &apos;{text}&apos;; did you mean {options}?</source>
        <translation>{what}: неизвестное значение «{text}»; возможно, имелось в виду: {options}?</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="13"/>
        <source>unknown {what} &apos;{text}&apos;; known: {known}</source>
        <translation>{what}: неизвестное значение «{text}»; известные: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="14"/>
        <source>unknown {what} &apos;{text}&apos;: nothing in the tables is spelled like it</source>
        <translation>{what}: неизвестное значение «{text}»; в таблицах нет ничего похожего</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="15"/>
        <source>{what} &apos;{text}&apos;: {place} is in {country}, not in {named}</source>
        <translation>{what} «{text}»: страна пункта {place} — {country}, а не {named}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="16"/>
        <source>{what} must be a number, not &apos;{text}&apos;</source>
        <translation>{what}: нужно число, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="17"/>
        <source>{what} &apos;{text}&apos; has a unit in it: give the number ({number}) and the unit ({unit}) apart</source>
        <translation>{what} «{text}» содержит единицу: укажите число ({number}) и единицу ({unit}) отдельно</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="19"/>
        <source>{what} &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>{what} «{text}» может означать {decimal} или {thousands}; введите одно из них</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="21"/>
        <source>{what} must be a finite number</source>
        <translation>{what}: нужно конечное число</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="22"/>
        <source>{what} must be greater than zero, not {number}</source>
        <translation>{what}: нужно число больше нуля, а не {number}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="23"/>
        <source>the {currency} rate</source>
        <translation>курс {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="24"/>
        <source>{cargo} is not carried in {kind} in these tables</source>
        <translation>по этим таблицам {cargo} не перевозится в таких единицах: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="25"/>
        <source>{equipment} cannot carry {cargo} ({handling})</source>
        <translation>{equipment} не подходит для груза: {cargo} ({handling})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="26"/>
        <source>a number of {kind} must be a whole number, not {number}</source>
        <translation>количество ({kind}) должно быть целым числом, а не {number}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="27"/>
        <source>{tonnes} t is more than this tool quotes ({limit} t)</source>
        <translation>{tonnes} т — больше предела расчёта в этой программе ({limit} т)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="28"/>
        <source>{tonnes} t is less than this tool quotes (at least {limit} kg)</source>
        <translation>{tonnes} т — меньше, чем рассчитывает программа (не меньше {limit} кг)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="29"/>
        <source>departure {date} is outside what these tables can price: {first} to {last}, {years} years either side of their rates</source>
        <translation>отправление {date} вне того, что можно рассчитать по этим таблицам: с {first} по {last}, {years} лет до и после дат их ставок</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="31"/>
        <source>figures are pointed out as old after {low} to {high} days, not {days}</source>
        <translation>цифры отмечаются как устаревшие через {low}–{high} дней, а не {days}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="32"/>
        <source>a quote stays valid for {low} to {high} days, not {days}</source>
        <translation>котировка действует от {low} до {high} дней, а не {days}</translation>
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
        <translation>{barrels} барр. × {per_barrel} м³ (нефтяной баррель США) × {density} т/м³ = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="38"/>
        <source>barrels measure crude oil and other liquids, not {cargo}: give it in t, kg, m3 or units</source>
        <translation>в баррелях измеряют нефть и другие жидкости, а не {cargo}: укажите в т, кг, м3 или штуках</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="40"/>
        <source>{count} × {equipment} ({each} t each) = {tonnes} t</source>
        <translation>{count} × {equipment} (по {each} т) = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="41"/>
        <source>{count} × {equipment} = {tonnes} t</source>
        <translation>{count} × {equipment} = {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="42"/>
        <source>cargo &apos;{text}&apos; read as {cargo}: if another was meant, choose it by name</source>
        <translation>груз «{text}» понят как {cargo}: если имелся в виду другой, выберите его по названию</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="44"/>
        <source>origin and destination are the same place</source>
        <translation>пункты отправления и назначения совпадают</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="46"/>
        <source>USD is the base of the exchange-rate table; set the other currency&apos;s rate</source>
        <translation>USD — базовая валюта таблицы курсов; задайте курс другой валюты</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="48"/>
        <source>the {currency} rate must be a number of {currency} per USD, not &apos;{text}&apos;</source>
        <translation>курс {currency} должен быть числом {currency} за USD, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="50"/>
        <source>the {currency} rate must be a positive number of {currency} per USD, not {number}</source>
        <translation>курс {currency} должен быть положительным числом {currency} за USD, а не {number}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="52"/>
        <source>the {currency} rate {rate} per USD is more than {factor} times off the table&apos;s {table}: a typing error?</source>
        <translation>курс {currency} {rate} за USD отличается от табличного {table} более чем в {factor} раз: опечатка?</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="55"/>
        <source>the {figure} of {route} cannot be worked out as a number; check the quantity, the exchange rates and the tables</source>
        <translation>{figure} для маршрута {route} не удаётся вычислить как число; проверьте количество, курсы валют и таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="57"/>
        <source>no route in these tables carries {cargo} ({handling}) from {origin} to {destination}</source>
        <translation>в этих таблицах нет маршрута: {cargo} ({handling}), {origin} → {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="59"/>
        <source>the {currency} rate you set, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>заданный курс {currency}, {rate} за USD, отличается от табличного {table} (на {date}) на {change}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="61"/>
        <source>no {currency} rate dated on or before {departure}; used the rate of {date}</source>
        <translation>нет курса {currency} на {departure} или ранее; взят курс на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="63"/>
        <source>rests partly on estimates (see the breakdown)</source>
        <translation>частично на основе оценок (см. расчёт)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="64"/>
        <source>no dwell time for {event} at {place}</source>
        <translation>нет времени простоя в пункте {place}: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="65"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="66"/>
        <source>{leg} is a planned line, not in operation</source>
        <translation>{leg} — проектируемая линия, не действует</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="67"/>
        <source>no emission factor for {mode}; {leg} counted as zero CO2e</source>
        <translation>нет коэффициента выбросов для вида транспорта: {mode}; для участка {leg} принят нулевой CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="68"/>
        <source>tariff {rate_id} ({charge}) used outside its validity dates on {leg}</source>
        <translation>тариф {rate_id} ({charge}) применён вне срока действия на участке {leg}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="70"/>
        <source>no tariff for {equipment} on {leg}</source>
        <translation>нет тарифа на участке {leg}: {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="71"/>
        <source>{where} closed {window} ({reason}); the cargo would reach it on {date}</source>
        <translation>{where}: закрыто {window} ({reason}); груз прибыл бы туда {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="73"/>
        <source>{where} closed {window}; the cargo would reach it on {date}</source>
        <translation>{where}: закрыто {window}; груз прибыл бы туда {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="75"/>
        <source>waits {days} days at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where}: ждёт {days} дн., пока не откроется {date}: закрыто {window} ({reason}); груз прибывает туда {reached}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="79"/>
        <source>waits at {where} from {reached} until it reopens on {date}; costed at nothing: the tables have no sourced rate for a truck or wagon held at {where}</source>
        <translation>{where}: ожидание с {reached} до открытия {date}; без стоимости: в таблицах нет подтверждённой ставки за простой грузовика или вагона там</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="83"/>
        <source>waits at {where} from {reached} until it reopens on {date}</source>
        <translation>{where}: ждёт с {reached}, пока не откроется {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="85"/>
        <source>cargo reaching {where} on {reached} waits until it reopens on {date}; on the typical day it is open, so the typical days and the money have no wait</source>
        <translation>груз, прибывающий в {where} {reached}, ждёт до открытия {date}; в типичный день там открыто, поэтому в типичных днях и в стоимости ожидания нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="88"/>
        <source>waits 1 day at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where}: ждёт 1 день, пока не откроется {date}: закрыто {window} ({reason}); груз прибывает туда {reached}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="91"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} routes of a corridor</source>
        <translation>{corridor}: не показаны лучшие по цене и сроку маршруты: {count}; таблицы показывают не более {limit} маршрутов коридора</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="94"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} route of a corridor</source>
        <translation>{corridor}: не показаны лучшие по цене и сроку маршруты: {count}; таблицы показывают не более {limit} маршрута коридора</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="101"/>
        <source>best trade-offs not shown: {count} (corridors: {corridors}; {limit}): see the tooltip</source>
        <translation>не показаны лучшие по цене и сроку маршруты: {count} (коридоров: {corridors}; {limit}): подробности — во всплывающей подсказке</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="103"/>
        <source>{where} may be closed when the cargo passes {passes}: closed {window} ({reason})</source>
        <translation>{where}: может быть закрыто, когда груз проходит {passes}: закрыто {window} ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="105"/>
        <source>{where}: {reason}, {window}; the cargo passes {passes}</source>
        <translation>{where}: {reason}, {window}; груз проходит {passes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="106"/>
        <source>{where}: {reason}, proposed for {date}; no decision recorded in the tables</source>
        <translation>{where}: {reason}, предложено с {date}; решения в таблицах нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="108"/>
        <source>{where}: {reason}, proposed for {date}; no decision known</source>
        <translation>{where}: {reason}, предложено с {date}; о решении не известно</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="111"/>
        <source>{where}: {reason}, proposed for {date}; no decision found as of {checked}</source>
        <translation>{where}: {reason}, предложено с {date}; решения не найдено на {checked}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="113"/>
        <source>{where}: {reason}, proposed for {date}; no decision known as of {checked}</source>
        <translation>{where}: {reason}, предложено с {date}; о решении не известно на {checked}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="115"/>
        <source>{where}: {reason}, proposed from {date}, not decided</source>
        <translation>{where}: {reason}, предложено с {date}, не решено</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="116"/>
        <source>departure {departure} is before the quote date {today}: a back-dated quote</source>
        <translation>отправление {departure} раньше даты котировки {today}: котировка задним числом</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="118"/>
        <source>older than {limit} days: {parts}; check them before quoting</source>
        <translation>старше {limit} дн.: {parts}; проверьте перед котировкой</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="119"/>
        <source>older than {limit} days: {parts}</source>
        <translation>старше {limit} дн.: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="120"/>
        <source>exchange rate of {pair} of {date} ({days} days old)</source>
        <translation>курс {pair} от {date} (ему {days} дн.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="121"/>
        <source>exchange rates of {pairs} of {date} ({days} days old)</source>
        <translation>курсы {pairs} от {date} (им {days} дн.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="123"/>
        <source>older than {limit} day: {parts}; check them before quoting</source>
        <translation>старше {limit} дн.: {parts}; проверьте перед котировкой</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="124"/>
        <source>older than {limit} day: {parts}</source>
        <translation>старше {limit} дн.: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="125"/>
        <source>exchange rate of {pair} of {date} ({days} day old)</source>
        <translation>курс {pair} от {date} (ему {days} дн.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="126"/>
        <source>exchange rates of {pairs} of {date} ({days} day old)</source>
        <translation>курсы {pairs} от {date} (им {days} дн.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="127"/>
        <source>{rate}, used only by {route}</source>
        <translation>{rate}; используется только маршрутом {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="128"/>
        <source>{rate}, used only by routes {numbers}</source>
        <translation>{rate}; используется только маршрутами {numbers}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="129"/>
        <source>also {pairs}</source>
        <translation>также {pairs}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="130"/>
        <source>the oldest rate used, {charge} ({where}), of {date}</source>
        <translation>самая старая из использованных ставок, {charge} ({where}), от {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="131"/>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="132"/>
        <source>since {start}, until further notice</source>
        <translation>с {start} до дальнейшего уведомления</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="133"/>
        <source>from {start}, until further notice</source>
        <translation>с {start} до дальнейшего уведомления</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="134"/>
        <source>on {date}</source>
        <translation>{date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="135"/>
        <source>between {first} and {last}</source>
        <translation>между {first} и {last}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="137"/>
        <source>{corridor} via {places}</source>
        <translation>{corridor} через {places}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="138"/>
        <source>{corridor}, direct</source>
        <translation>{corridor}, напрямую</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="139"/>
        <source>new route: {route}</source>
        <translation>новый маршрут: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="140"/>
        <source>{route}: now available</source>
        <translation>{route}: теперь доступен</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="141"/>
        <source>{route}: now unavailable: {reason}</source>
        <translation>{route}: теперь недоступен: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="142"/>
        <source>{route}: cost {old} → {new} {currency} ({change})</source>
        <translation>{route}: стоимость {old} → {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="143"/>
        <source>{route}: typical days {old} → {new}</source>
        <translation>{route}: типичный срок, дн.: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="144"/>
        <source>route no longer offered: {route}</source>
        <translation>маршрут больше не предлагается: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="145"/>
        <source>tables: exchange rates as of {old} → {new}</source>
        <translation>таблицы: курсы валют на {old} → на {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="10"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="11"/>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>лист &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="12"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="13"/>
        <source>column &apos;{column}&apos;</source>
        <translation>столбец &apos;{column}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="14"/>
        <source>{first} (and 1 more problem)</source>
        <translation>{first} (и ещё одна ошибка)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="15"/>
        <source>{first} (and {count} more problems)</source>
        <translation>{first} (и ещё ошибок: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="16"/>
        <source>expected a number, found &apos;{value}&apos;</source>
        <translation>ожидалось число, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="17"/>
        <source>expected a number, found text &apos;{value}&apos;</source>
        <translation>ожидалось число, а в ячейке текст «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="18"/>
        <source>text &apos;{value}&apos; could mean {decimal} or {thousands}: enter the figure as a number, not as text</source>
        <translation>текст «{value}» может означать {decimal} или {thousands}: введите значение числом, а не текстом</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="20"/>
        <source>expected a finite number, found &apos;{value}&apos;</source>
        <translation>ожидалось конечное число, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="21"/>
        <source>expected a date, found the number {value}</source>
        <translation>ожидалась дата, а в ячейке число {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="22"/>
        <source>expected a date such as 2026-03-01, found &apos;{value}&apos;</source>
        <translation>ожидалась дата вида 2026-03-01, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="23"/>
        <source>&apos;{value}&apos; could be {options}: write the date as 2026-03-01</source>
        <translation>«{value}» может быть {options}: запишите дату как 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="24"/>
        <source>expected a date such as 2026-03-01, found a time or a duration (&apos;{value}&apos;): a cell formatted as a time, or a number below 1 formatted as a date</source>
        <translation>ожидалась дата, например 2026-03-01, а найдено время или длительность (&apos;{value}&apos;): ячейка в формате времени или число меньше 1 в формате даты</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="27"/>
        <source>expected an identifier of letters a-z, digits, &apos;-&apos; or &apos;_&apos;, found &apos;{value}&apos;</source>
        <translation>ожидался идентификатор из букв a-z, цифр, &apos;-&apos; или &apos;_&apos;, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="29"/>
        <source>expected a number greater than {minimum}, found {value}</source>
        <translation>ожидалось число больше {minimum}, а в ячейке {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="30"/>
        <source>expected a number at least {minimum}, found {value}</source>
        <translation>ожидалось число не меньше {minimum}, а в ячейке {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="31"/>
        <source>expected a number at most {maximum}, found {value}</source>
        <translation>ожидалось число не больше {maximum}, а найдено {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="32"/>
        <source>expected a date from {first} to {last}, found {value} (leave the cell blank for an open end)</source>
        <translation>ожидалась дата с {first} по {last}, а найдено {value} (для открытого срока оставьте ячейку пустой)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="34"/>
        <source>expected a whole number, found {value}</source>
        <translation>ожидалось целое число, а в ячейке {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="35"/>
        <source>expected one of {allowed}, found &apos;{value}&apos;</source>
        <translation>ожидалось одно из значений ({allowed}), а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="36"/>
        <source>expected at least one value</source>
        <translation>ожидалось хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="37"/>
        <source>expected values from {allowed}, found &apos;{value}&apos;</source>
        <translation>ожидались значения из списка ({allowed}), а указано «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="38"/>
        <source>expected at least one identifier, or *</source>
        <translation>ожидался хотя бы один идентификатор или *</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="39"/>
        <source>expected yes or no, found &apos;{value}&apos;</source>
        <translation>ожидалось yes или no, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="40"/>
        <source>expected a three-letter currency code such as USD, found &apos;{value}&apos;</source>
        <translation>ожидался трёхбуквенный код валюты, например USD, а в ячейке «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="42"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;</source>
        <translation>ожидался двухбуквенный код страны, например KZ, найдено &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="44"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;; did you mean {code}?</source>
        <translation>ожидался двухбуквенный код страны, например KZ, найдено &apos;{value}&apos;; вы имели в виду {code}?</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="46"/>
        <source>expected points as latitude and longitude separated by &apos;;&apos;, such as 26.4 56.75; 25.45 57.55, found &apos;{value}&apos;</source>
        <translation>ожидались точки: широта и долгота, разделённые &apos;;&apos;, например 26.4 56.75; 25.45 57.55, найдено &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="48"/>
        <source>a latitude runs from -90 to 90 and a longitude from -180 to 180, found &apos;{value}&apos;</source>
        <translation>широта — от -90 до 90, долгота — от -180 до 180, найдено &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="50"/>
        <location filename="../../gui/core/rate_messages.py" line="21"/>
        <source>this cell must be filled</source>
        <translation>ячейка должна быть заполнена</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="51"/>
        <source>the cell holds the formula {formula} but no saved result; open the workbook in Excel or LibreOffice and save it, so the result is stored</source>
        <translation>в ячейке формула {formula}, но нет сохранённого результата; откройте книгу в Excel или LibreOffice и сохраните её, чтобы результат был записан</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="54"/>
        <source>the cell holds the error {error} instead of a value; correct it in Excel or LibreOffice and save again</source>
        <translation>в ячейке ошибка {error} вместо значения; исправьте её в Excel или LibreOffice и сохраните снова</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="56"/>
        <source>the cell reads as empty but holds an Excel error or a formula whose result was never saved; correct it in Excel or LibreOffice and save again</source>
        <translation>ячейка выглядит пустой, но содержит ошибку Excel или формулу, результат которой не был сохранён; исправьте её в Excel или LibreOffice и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="59"/>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="60"/>
        <source>a folder, a device or a pipe, not a workbook file</source>
        <translation>папка, устройство или канал, а не файл рабочей книги</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="61"/>
        <source>cannot read the file ({error})</source>
        <translation>не удалось прочитать файл ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="62"/>
        <source>it is a device or a pipe, not a file</source>
        <translation>это устройство или канал, а не файл</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="63"/>
        <source>an empty file; save it from Excel or LibreOffice as .xlsx</source>
        <translation>пустой файл; сохраните его из Excel или LibreOffice в формате .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="64"/>
        <source>not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>это не книга Excel (.xlsx); сохраните файл из Excel или LibreOffice в формате .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="66"/>
        <source>a text (CSV) file with one table; the tables need a workbook with one sheet per table; save it from Excel or LibreOffice as .xlsx</source>
        <translation>текстовый файл (CSV) с одной таблицей; нужна книга, в которой каждая таблица на отдельном листе; сохраните файл из Excel или LibreOffice в формате .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="68"/>
        <source>a text file, not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>текстовый файл, а не книга Excel (.xlsx); сохраните его из Excel или LibreOffice в формате .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="70"/>
        <source>the workbook is damaged or unsafe and was not read ({error})</source>
        <translation>книга повреждена или небезопасна и не была прочитана ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="71"/>
        <source>the workbook is damaged and was not read: the reader of {format} files could not make it out; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: программа чтения файлов {format} не смогла его разобрать; откройте его в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="74"/>
        <source>the workbook is damaged and was not read: the row has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: в строке {attribute}=&quot;{value}&quot;, а должно быть целое число; откройте его в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="77"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: в ячейке {cell} {attribute}=&quot;{value}&quot;, а должно быть целое число; откройте его в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="80"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: в ячейке {cell} {attribute}=&quot;{value}&quot;, а должно быть число; откройте его в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="83"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds {count} texts; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: ячейка {cell} ссылается на общий текст {index}, а в книге всего {count} текстов; откройте её в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="87"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds none; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: ячейка {cell} ссылается на общий текст {index}, а в книге нет ни одного; откройте её в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="90"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: в ячейке {cell} стоит «{value}», где должно быть число; откройте её в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="93"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where true or false belongs; open it in a spreadsheet program and save it again</source>
        <translation>книга повреждена и не прочитана: в ячейке {cell} стоит «{value}», где должно быть «истина» или «ложь»; откройте её в программе электронных таблиц и сохраните заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="96"/>
        <source>a number in its Excel 97–2003 (.xls) structure has thousands of digits</source>
        <translation>число в его структуре Excel 97–2003 (.xls) содержит тысячи цифр</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="99"/>
        <source>the file is {size} MiB; workbooks of at most {limit} MiB are read</source>
        <translation>файл занимает {size} МиБ; читаются книги не больше {limit} МиБ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="100"/>
        <source>the file is made of {count} parts; a workbook has a few dozen (at most {limit} are read)</source>
        <translation>файл состоит из {count} частей; в книге их несколько десятков (читается не больше {limit})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="102"/>
        <source>its part {part} unpacks to more than {limit} MiB, the most that is read</source>
        <translation>её часть {part} распаковывается в более чем {limit} МиБ — больше, чем читается</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="104"/>
        <source>it unpacks to more than {limit} MiB, the most that is read</source>
        <translation>она распаковывается в более чем {limit} МиБ — больше, чем читается</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="105"/>
        <source>its part {part} unpacks to {ratio} times its packed size (real workbooks: under {limit} times), as files made to exhaust memory do</source>
        <translation>её часть {part} распаковывается в {ratio} раз больше своего сжатого размера (у настоящих книг — меньше чем в {limit} раз), как у файлов, созданных, чтобы исчерпать память</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="107"/>
        <source>part {part} holds {size} bytes, not the {declared} its directory says</source>
        <translation>часть {part} содержит {size} байт, а не {declared}, как указано в её каталоге</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="109"/>
        <source>a zip file, but not an Excel (.xlsx) or OpenDocument (.ods) workbook</source>
        <translation>zip-архив, но не книга Excel (.xlsx) или OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="111"/>
        <source>an Excel binary workbook (.xlsb), which is not read; save it from Excel as an Excel Workbook (.xlsx)</source>
        <translation>двоичная книга Excel (.xlsb), которая не читается; сохраните её из Excel как «Книга Excel» (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="113"/>
        <source>an Office file, but not an Excel workbook</source>
        <translation>файл Office, но не книга Excel</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="114"/>
        <source>the workbook is protected by a password; open it in Excel or LibreOffice, remove the password and save it again</source>
        <translation>книга защищена паролем; откройте её в Excel или LibreOffice, снимите пароль и сохраните снова</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="116"/>
        <source>it declares XML entities, which workbooks never do (a way to exhaust memory)</source>
        <translation>в ней объявлены XML-сущности, чего в книгах не бывает (способ исчерпать память)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="118"/>
        <source>it declares {count} shared strings; at most {limit} are read</source>
        <translation>в ней объявлено {count} общих строк; читается не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="119"/>
        <source>the sheet reaches row {rows}; sheets of at most {limit} rows below the header are read (delete what lies below the table and save again)</source>
        <translation>лист доходит до строки {rows}; читаются листы не длиннее {limit} строк под заголовком (удалите всё, что ниже таблицы, и сохраните снова)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="122"/>
        <source>the sheets read reach {rows} rows in all; at most {limit} are read from one workbook</source>
        <translation>в читаемых листах всего {rows} строк; из одной книги читается не больше {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="124"/>
        <source>the sheet spans {rows} rows × {columns} columns; at most {limit} cells are read in all (delete what lies beyond the table and save again)</source>
        <translation>лист занимает {rows} строк × {columns} столбцов; всего читается не больше {limit} ячеек (удалите всё, что за пределами таблицы, и сохраните снова)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="127"/>
        <source>{file} is a workbook the quotes are read from: saving over it would replace it; choose another name</source>
        <translation>{file} — книга, из которой берутся котировки: сохранение поверх неё заменит её; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="129"/>
        <source>{file} is the quote history or one of its files: saving over it would lose the quotes saved; choose another name</source>
        <translation>{file} — история котировок или один из её файлов: сохранение поверх него потеряет сохранённые котировки; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="131"/>
        <source>{file} is in the program&apos;s own folder: saving there would replace its bundled tables, fonts or translations; choose another folder</source>
        <translation>{file} находится в собственной папке программы: сохранение туда заменит её встроенные таблицы, шрифты или переводы; выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="133"/>
        <source>cell {cell} is written twice, or after a cell that follows it (the reader would keep one of its values without a word); open the workbook in Excel or LibreOffice and save it again</source>
        <translation>ячейка {cell} записана дважды или после следующей за ней ячейки (программа чтения молча оставила бы одно из её значений); откройте книгу в Excel или LibreOffice и сохраните её заново</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="136"/>
        <source>its cells hold more than {limit} MiB of text once read, far more than any table</source>
        <translation>её ячейки после чтения содержат больше {limit} МиБ текста — намного больше, чем в любой таблице</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="138"/>
        <source>the workbook reader stopped without an answer (exit code {code}); the file may be damaged or made to exhaust memory</source>
        <translation>чтение книги прервалось без ответа (код выхода {code}); файл может быть повреждён или создан, чтобы исчерпать память</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="140"/>
        <source>the reading was stopped</source>
        <translation>чтение остановлено</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="141"/>
        <source>{workbook}: read as an Excel 97–2003 (.xls) workbook; .xlsx is preferred</source>
        <translation>{workbook}: прочитана как книга Excel 97–2003 (.xls); предпочтителен формат .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="143"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: extra columns ignored: {columns}</source>
        <translation>{workbook}, лист &apos;{sheet}&apos;: лишние столбцы не учитываются: {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="144"/>
        <source>sheet &apos;{sheet}&apos; is missing (sheets found: {found})</source>
        <translation>нет листа &apos;{sheet}&apos; (найдены листы: {found})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="145"/>
        <source>the sheet could not be read ({error})</source>
        <translation>не удалось прочитать лист ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="146"/>
        <source>a cell holds a number formatted as a date or a time that no calendar reaches; type the date again or clear the cell&apos;s format</source>
        <translation>в ячейке число в формате даты или времени, которого нет ни в одном календаре; введите дату заново или снимите формат ячейки</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="149"/>
        <source>the sheet is empty; row 1 must hold the column names</source>
        <translation>лист пуст; в строке 1 должны быть названия столбцов</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="150"/>
        <source>{problem} (in &apos;{text}&apos;, {letters} only look like Latin letters: they are Cyrillic or Greek; type them again with a Latin keyboard layout)</source>
        <translation>{problem} (в «{text}» буквы {letters} лишь похожи на латинские: это кириллица или греческие буквы; наберите их заново в латинской раскладке)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="153"/>
        <source>column {columns} missing from row 1</source>
        <translation>в строке 1 нет столбца {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="154"/>
        <source>columns {columns} missing from row 1</source>
        <translation>в строке 1 нет столбцов {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="155"/>
        <source>column &apos;{column}&apos; appears twice (columns {first} and {second}); keep one of them</source>
        <translation>столбец &apos;{column}&apos; встречается дважды (столбцы {first} и {second}); оставьте один из них</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="157"/>
        <source>{count} more problems in the cells of rows {first} to {last}, not listed one by one; are these rows meant for this sheet?</source>
        <translation>ещё проблем в ячейках строк {first}–{last}: {count}, по отдельности не перечислены; эти строки точно для этого листа?</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="159"/>
        <source>cells {cells} are merged: a spreadsheet shows the value of {first} in each, but keeps it only in {first}; unmerge them and fill each cell</source>
        <translation>ячейки {cells} объединены: таблица показывает значение {first} в каждой, но хранит его только в {first}; разъедините их и заполните каждую ячейку</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="162"/>
        <source>two sheets are both &apos;{sheet}&apos; ({names}); rename or remove one of them</source>
        <translation>два листа оба называются &apos;{sheet}&apos; ({names}); переименуйте или удалите один из них</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="164"/>
        <source>this looks like a tariffs workbook (sheets {sheets}), not a corridors workbook; give it as the tariffs workbook (--tariffs on the command line)</source>
        <translation>это похоже на книгу тарифов (листы {sheets}), а не на книгу коридоров; укажите её как книгу тарифов (--tariffs в командной строке)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="167"/>
        <source>this looks like a corridors workbook (sheets {sheets}), not a tariffs workbook; give it as the corridors workbook (--corridors on the command line)</source>
        <translation>это похоже на книгу коридоров (листы {sheets}), а не на книгу тарифов; укажите её как книгу коридоров (--corridors в командной строке)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="170"/>
        <source>source_ids (or estimate_note)</source>
        <translation>source_ids (или estimate_note)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="171"/>
        <source>neither source_ids nor estimate_note is filled: every figure needs an origin</source>
        <translation>не заполнены ни source_ids, ни estimate_note: у каждой цифры должен быть источник</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="173"/>
        <source>unknown source id &apos;{value}&apos; (not in any &apos;sources&apos; sheet)</source>
        <translation>неизвестный код источника «{value}» (его нет ни на одном листе &apos;sources&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="174"/>
        <source>duplicate {column} &apos;{value}&apos; (first used in row {row})</source>
        <translation>повтор в столбце {column}: «{value}» (впервые — в строке {row})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="175"/>
        <source>source id &apos;{value}&apos; is already used in row {row} for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>идентификатор источника &apos;{value}&apos; уже использован в строке {row} для другого источника; цифра со ссылкой на него может получить дату любого из них: дайте одному из них новый идентификатор (и ссылайтесь на него там, где он имеется в виду)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="178"/>
        <source>source id &apos;{value}&apos; is already used in {workbook}, row {row}, for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>идентификатор источника &apos;{value}&apos; уже использован в {workbook}, строка {row}, для другого источника; цифру, ссылающуюся на него, можно датировать по любому из них: дайте одному из них новый идентификатор (и ссылайтесь на него там, где он имеется в виду)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="182"/>
        <source>{workbook}, sheet &apos;sources&apos;, row {row}: source &apos;{value}&apos; is listed again exactly as in row {first}; it is read once</source>
        <translation>{workbook}, лист &apos;sources&apos;, строка {row}: источник &apos;{value}&apos; указан повторно точно как в строке {first}; он прочитан один раз</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="184"/>
        <source>&apos;{value}&apos; is also a name of place {other} (row {row}); a quote could not tell the two places apart</source>
        <translation>&apos;{value}&apos; — также название пункта {other} (строка {row}); расчёт не смог бы различить эти два пункта</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="186"/>
        <source>&apos;{value}&apos; is also a name of cargo {other} (row {row}); a quote could not tell the two cargo types apart</source>
        <translation>&apos;{value}&apos; — также название груза {other} (строка {row}); расчёт не смог бы различить эти два вида груза</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="188"/>
        <source>days must satisfy min ≤ typical ≤ max, found {low} / {typical} / {high}</source>
        <translation>по дням должно быть мин ≤ тип ≤ макс, а указано {low} / {typical} / {high}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="190"/>
        <location filename="../../gui/core/trade_messages.py" line="31"/>
        <source>unknown place &apos;{value}&apos; (not in sheet &apos;places&apos;)</source>
        <translation>неизвестный пункт «{value}» (нет на листе &apos;places&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="191"/>
        <source>unknown equipment &apos;{value}&apos; (not in sheet &apos;equipment&apos;)</source>
        <translation>неизвестная транспортная единица «{value}» (нет на листе &apos;equipment&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="192"/>
        <source>a leg must join two different places</source>
        <translation>участок должен соединять два разных пункта</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="193"/>
        <source>unknown place &apos;{value}&apos;</source>
        <translation>неизвестный пункт «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="194"/>
        <source>unknown leg &apos;{value}&apos;</source>
        <translation>неизвестный участок «{value}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="195"/>
        <source>end_date {end} is before start_date {start}</source>
        <translation>end_date {end} раньше start_date {start}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="196"/>
        <source>at_km is for a leg&apos;s row (where on the leg it holds); a place&apos;s row holds at the place: leave it blank</source>
        <translation>at_km — только для строки участка (где на участке действует закрытие); строка пункта действует в самом пункте: оставьте поле пустым</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="198"/>
        <source>at_km {value} is past the end of leg &apos;{leg}&apos; ({km} km long)</source>
        <translation>at_km {value} — дальше конца участка «{leg}» (его длина {km} км)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="200"/>
        <source>a window that repeats every year needs an end_date</source>
        <translation>для периода, который повторяется каждый год, нужна end_date</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="201"/>
        <source>a {element} factor needs one of {allowed}</source>
        <translation>для коэффициента выбросов «{element}» нужно одно из значений: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="202"/>
        <source>a {element} factor is given in {unit}</source>
        <translation>коэффициент выбросов «{element}» задаётся в единицах {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="203"/>
        <source>a second {currency} rate for {date} (first in row {row})</source>
        <translation>второй курс {currency} на {date} (первый — в строке {row})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="204"/>
        <source>USD must be 1 unit per USD</source>
        <translation>курс USD должен быть равен 1 за USD</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="205"/>
        <location filename="../../gui/core/trade_messages.py" line="21"/>
        <source>currency {currency} has no rate in sheet &apos;fx&apos;</source>
        <translation>для валюты {currency} нет курса на листе &apos;fx&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="206"/>
        <location filename="../../gui/core/trade_messages.py" line="22"/>
        <source>valid_to {end} is before valid_from {start}</source>
        <translation>valid_to {end} раньше valid_from {start}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="207"/>
        <source>unknown leg &apos;{value}&apos; (not in corridors sheet &apos;legs&apos;)</source>
        <translation>неизвестный участок «{value}» (нет на листе &apos;legs&apos; таблицы коридоров)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="208"/>
        <source>the sheet has no usable rows</source>
        <translation>на листе нет пригодных строк</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="209"/>
        <source>unknown setting &apos;{value}&apos;; known: {known}</source>
        <translation>неизвестная настройка «{value}»; известные: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="210"/>
        <source>{workbook}, sheet &apos;places&apos;: the country code {code} ({places}) is not one the map or the tariffs know; check that it is the place&apos;s ISO code</source>
        <translation>{workbook}, лист &apos;places&apos;: код страны {code} ({places}) не известен ни карте, ни тарифам; проверьте, что это ISO-код страны пункта</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="213"/>
        <source>{workbook}, sheet &apos;fx&apos;: {count} rate(s) dated after today (the latest {date}); a quote uses them only when it departs on or after their date</source>
        <translation>{workbook}, лист &apos;fx&apos;: курсов с датой позже сегодняшней: {count} (последний {date}); расчёт применяет их, только если отправление в эту дату или позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="216"/>
        <source>{workbook}: no &apos;settings&apos; sheet; the default search rules are used</source>
        <translation>{workbook}: нет листа «settings»; действуют правила поиска по умолчанию</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="219"/>
        <source>given after --with, this is a tariffs workbook, as is the one checked; give a corridors workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>указанная после --with книга — книга тарифов, как и проверяемая; укажите после --with книгу коридоров или уберите --with, чтобы проверить со встроенной</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="222"/>
        <source>given after --with, this is a corridors workbook, as is the one checked; give a tariffs workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>указанная после --with книга — книга коридоров, как и проверяемая; укажите после --with книгу тарифов или уберите --with, чтобы проверить со встроенной</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="225"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: cells {cells} take their figures from another workbook, {file}; they are read as last saved in this one (that file is not opened): check them against it</source>
        <translation>{workbook}, лист &apos;{sheet}&apos;: ячейки {cells} берут значения из другой книги, {file}; они прочитаны так, как последний раз сохранены в этой (тот файл не открывается): сверьте их с ним</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="228"/>
        <source>{cells} and {count} more</source>
        <translation>{cells} и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="229"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: the sheet is hidden, yet it is read and its figures count in the quotes; a spreadsheet shows it again with Unhide (right-click a sheet&apos;s tab)</source>
        <translation>{workbook}, лист «{sheet}»: лист скрыт, но читается, и его данные учитываются в котировках; таблица покажет его снова командой «Показать» (правый щелчок по ярлыку листа)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="233"/>
        <source>the disk is full: {file} was not saved (the previous file, if any, is unchanged)</source>
        <translation>диск заполнен: файл {file} не сохранён (прежний файл, если он был, не изменён)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="235"/>
        <source>{folder} is read-only: {file} was not saved</source>
        <translation>папка {folder} доступна только для чтения: файл {file} не сохранён</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="236"/>
        <source>{file} cannot be written: the folder is not writable or the file is open in another program (close it and save again)</source>
        <translation>не удаётся записать файл {file}: папка недоступна для записи или файл открыт в другой программе (закройте его и сохраните снова)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="238"/>
        <source>{file} could not be written whole and was not saved (the previous file, if any, is unchanged)</source>
        <translation>{file} не удалось записать полностью, и файл не сохранён (прежний файл, если он был, не изменён)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="240"/>
        <source>the folder {folder} does not exist</source>
        <translation>папка {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="241"/>
        <source>{file} was not saved: {error}</source>
        <translation>файл {file} не сохранён: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="242"/>
        <source>{path} is a folder, a device or a pipe, not a file: nothing was saved there</source>
        <translation>{path} — это папка, устройство или канал, а не файл: туда ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="244"/>
        <source>the quote history {file} cannot be opened: {error}</source>
        <translation>не удаётся открыть историю котировок {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="245"/>
        <source>the quote history cannot be kept in {folder}: {error}</source>
        <translation>историю котировок нельзя хранить в папке {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="246"/>
        <source>the quote history was written by a newer Corridor Quote (schema {version})</source>
        <translation>история котировок записана более новой версией Corridor Quote (схема {version})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="248"/>
        <source>the quote history in {folder} is read-only: saved quotes can be looked at, not added</source>
        <translation>история котировок в {folder} доступна только для чтения: сохранённые котировки можно смотреть, но не добавлять</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="250"/>
        <source>{count} saved quote(s) cannot be read (damaged); the others are listed</source>
        <translation>сохранённых котировок, которые не читаются (повреждены): {count}; остальные показаны</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="252"/>
        <source>the quote history {path} is a folder, a device or a pipe, not a file</source>
        <translation>история котировок {path} — это папка, устройство или канал, а не файл</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="254"/>
        <source>the quote history {file} holds what this program does not make ({objects}): it was not opened, and is left as it is</source>
        <translation>история котировок {file} содержит то, чего эта программа не создаёт ({objects}): она не открыта и оставлена как есть</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="257"/>
        <source>the disk is full: the quote was not saved in the quote history {file} (the quotes saved before are kept); free some space and save again</source>
        <translation>диск заполнен: котировка не сохранена в истории котировок {file} (сохранённые ранее котировки не потеряны); освободите место и сохраните снова</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="260"/>
        <source>the disk is full: the quote history {file} cannot be opened (nothing saved in it is lost); free some space and try again</source>
        <translation>диск заполнен: историю котировок {file} нельзя открыть (ничего сохранённого в ней не потеряно); освободите место и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="262"/>
        <source>the quote was not saved: {error}</source>
        <translation>котировка не сохранена: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="263"/>
        <source>the quote was not saved in the quote history {file}: {error}</source>
        <translation>котировка не сохранена в истории котировок {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="265"/>
        <source>the quote was not saved: the quote history {file} is held by another program (another Corridor Quote saving a quote, or a backup or sync tool); save again in a moment</source>
        <translation>котировка не сохранена: история котировок {file} занята другой программой (другой Corridor Quote сохраняет котировку, или программа резервного копирования или синхронизации); сохраните ещё раз чуть позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="268"/>
        <source>the quote history {file} cannot be opened: another program holds it (another Corridor Quote saving a quote, or a backup or sync tool); try again in a moment</source>
        <translation>историю котировок {file} нельзя открыть: она занята другой программой (другой Corridor Quote сохраняет котировку, или программа резервного копирования или синхронизации); попробуйте чуть позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="271"/>
        <source>no saved quote {number}</source>
        <translation>нет сохранённой котировки {number}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="272"/>
        <source>the saved quote {number} is damaged and cannot be opened; it is kept in the history as it is</source>
        <translation>сохранённая котировка {number} повреждена и не открывается; она сохранена в журнале как есть</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="291"/>
        <source>{what} added: {item}: {details}</source>
        <translation>{what} (добавлено): {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="292"/>
        <source>{what} removed: {item}: {details}</source>
        <translation>{what} (удалено): {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="293"/>
        <source>{what} changed: {item}: {before} → {after}</source>
        <translation>{what} (изменено): {item}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="294"/>
        <source>{amount} {currency} {basis}</source>
        <translation>{amount} {currency} {basis}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="295"/>
        <source>{amount} {currency} {basis}, valid {start} to {end}</source>
        <translation>{amount} {currency} {basis}, действует {start} — {end}</translation>
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
        <translation>{km} км, {low}/{typical}/{high} дн., {status}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="303"/>
        <source>{effect} {start} to {end}</source>
        <translation>{effect} {start} — {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="304"/>
        <source>{effect} {start} to {end} every year</source>
        <translation>{effect} {start} — {end}, ежегодно</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="305"/>
        <source>{country}, {kind}</source>
        <translation>{country}, {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="306"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{rate} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="307"/>
        <source>exchange rates as of {old} → {new}</source>
        <translation>курсы валют на {old} → на {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="309"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the line through its waypoints is {line} km, longer than the leg&apos;s {km} km; check the order of the points (latitude first)</source>
        <translation>{workbook}, лист &apos;legs&apos;, участок {leg}: линия через его точки маршрута — {line} км, длиннее самого участка ({km} км); проверьте порядок точек (сначала широта)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="312"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the map draws this sea leg across land near {lat} {lon}; add waypoints round the coast in its waypoints column</source>
        <translation>{workbook}, лист &apos;legs&apos;, участок {leg}: карта рисует этот морской участок по суше около {lat} {lon}; добавьте точки в обход побережья в его столбец waypoints</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="315"/>
        <source>{workbook}, sheet &apos;places&apos;, place {place}: no lat and lon, so the map cannot draw the legs from it</source>
        <translation>{workbook}, лист &apos;places&apos;, пункт {place}: нет lat и lon, поэтому карта не может нарисовать участки от него</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="6"/>
        <source>CO2e leaves out the stops at {places}: no hub emission factor in the tables fits them</source>
        <translation>CO2e не учитывает остановки в пунктах {places}: в таблицах нет подходящего коэффициента выбросов для узла</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="8"/>
        <source>oldest figure: {charge} ({where}, {reference}) as of {date}</source>
        <translation>самая старая цифра: {charge} ({where}, {reference}) на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="9"/>
        <source>{count} rates or fees carry no date</source>
        <translation>у {count} тарифов или сборов нет даты</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="10"/>
        <source>{count} rate or fee carries no date</source>
        <translation>у {count} тарифа или сбора нет даты</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="40"/>
        <location filename="../../gui/core/rate_messages.py" line="11"/>
        <source>{details}, as of {date}</source>
        <translation>{details}, на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="12"/>
        <source>{details}, at least {tonnes} t a unit</source>
        <translation>{details}, не менее {tonnes} т на единицу</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="13"/>
        <source>oldest {what}: {item}, as of {date}</source>
        <translation>самый старый элемент ({what}): {item}, на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="14"/>
        <source>{count} {what} rows carry neither as_of nor valid_from: their age cannot be shown</source>
        <translation>{count} строк ({what}) без as_of и valid_from: их возраст показать нельзя</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="16"/>
        <source>{count} {what} row carries neither as_of nor valid_from: its age cannot be shown</source>
        <translation>{count} строка ({what}) без as_of и valid_from: её возраст показать нельзя</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="18"/>
        <source>the workbook has no &apos;calibration&apos; sheet of observed shipments</source>
        <translation>в книге нет листа &apos;calibration&apos; с наблюдёнными перевозками</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="20"/>
        <source>column {column} missing from row 1</source>
        <translation>в строке 1 нет столбца {column}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="22"/>
        <source>an observation needs observed_days or observed_cost</source>
        <translation>для наблюдения нужны observed_days или observed_cost</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="8"/>
        <source>freight by {modes}, {legs} legs</source>
        <translation>провоз: {modes}, участков: {legs}</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="9"/>
        <source>freight by {modes}, {legs} leg</source>
        <translation>провоз: {modes}, участков: {legs}</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="10"/>
        <source>{event}: {charges}</source>
        <translation>{event}: {charges}</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="13"/>
        <source>customs duties and import taxes</source>
        <translation>таможенные пошлины и импортные налоги</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="14"/>
        <location filename="../../gui/core/terms_block.py" line="27"/>
        <source>cargo insurance</source>
        <translation>страхование груза</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="15"/>
        <source>demurrage, detention and storage beyond the dwell times shown</source>
        <translation>демередж, сверхнормативное пользование контейнером и хранение сверх указанных сроков стоянки</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="16"/>
        <source>customs brokerage and documents (certificates of origin, phytosanitary certificates)</source>
        <translation>услуги таможенного брокера и документы (сертификаты происхождения, фитосанитарные сертификаты)</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="22"/>
        <source>charges while the cargo waits for a closure to end at {where}: the tables have no rate there</source>
        <translation>расходы, пока груз ждёт окончания закрытия ({where}): в таблицах нет ставки для этого места</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="24"/>
        <source>{item}: {amount}</source>
        <translation>{item}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="18"/>
        <source>{item} (the part known; {count} not given)</source>
        <translation>{item} (известная часть; не указано: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="19"/>
        <source>{item} ({count} not given)</source>
        <translation>{item} (не указано: {count})</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="21"/>
        <source>the goods, {tonnes} t, and the seller&apos;s margin</source>
        <translation>товар, {tonnes} т, и маржа продавца</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="22"/>
        <source>the goods, {tonnes} t</source>
        <translation>товар, {tonnes} т</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="23"/>
        <source>export clearance and documents in {origin_country}</source>
        <translation>экспортное оформление и документы в стране: {origin_country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="24"/>
        <source>carriage {origin} → {place}, with the stops on the way</source>
        <translation>перевозка {origin} → {place}, с остановками в пути</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="25"/>
        <source>loading, unloading and other charges at {place}</source>
        <translation>погрузка, разгрузка и другие сборы в пункте {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="26"/>
        <source>carriage {place} → {destination}</source>
        <translation>перевозка {place} → {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="28"/>
        <source>cargo insurance, {cover} on {percent} % of the value</source>
        <translation>страхование груза, {cover}, на {percent} % стоимости</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="29"/>
        <source>import clearance in {country}: fees, broker</source>
        <translation>импортное оформление в стране: {country} — сборы, брокер</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="30"/>
        <source>duties and import taxes in {country}</source>
        <translation>пошлины и ввозные налоги в стране: {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="17"/>
        <source>Risk passes to the buyer {risk}.</source>
        <translation>Риск переходит к покупателю {risk}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="19"/>
        <source>Port of shipment of route {number}: {port}.</source>
        <translation>Порт отгрузки маршрута {number}: {port}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="21"/>
        <source>The first carrier of route {number} takes the goods at {place}.</source>
        <translation>Первый перевозчик маршрута {number} принимает товар в {place}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="23"/>
        <source>{rule} {place} (Incoterms 2020)</source>
        <translation>{rule} {place} (Инкотермс 2020)</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="24"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; landed in {country}: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}; с доставкой и растаможкой ({country}): {landed_per_tonne}/т, {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="26"/>
        <source>{rule} {place}: {per_tonne}/t, {total}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="28"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; the buyer&apos;s whole cost: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/т, {total}; все расходы покупателя: {landed_per_tonne}/т, {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="30"/>
        <source>{rule} {place}: no price: {reason}</source>
        <translation>{rule} {place}: цены нет: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="31"/>
        <source>landed cost unknown: {reasons}</source>
        <translation>стоимость с доставкой и растаможкой неизвестна: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="10"/>
        <source>&apos;{value}&apos; is not an Incoterms 2020 rule ({known})</source>
        <translation>«{value}» — не правило Инкотермс 2020 ({known})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="11"/>
        <source>a sea-only rule needs sea_leg: &apos;from&apos; (a sea leg leaves the named place) or &apos;to&apos; (one arrives there)</source>
        <translation>морскому правилу нужен sea_leg: &apos;from&apos; (морское плечо уходит из названного места) или &apos;to&apos; (приходит туда)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="13"/>
        <source>a rule where the seller must insure needs min_cover and min_insured_pct</source>
        <translation>правилу, где продавец обязан страховать, нужны min_cover и min_insured_pct</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="15"/>
        <source>unknown cargo &apos;{value}&apos; (not in sheet &apos;cargo_types&apos;)</source>
        <translation>неизвестный груз «{value}» (нет на листе &apos;cargo_types&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="16"/>
        <source>&apos;{value}&apos; is not a tariff code (digits, spaces and dots)</source>
        <translation>«{value}» — не код ТН ВЭД (цифры, пробелы и точки)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="17"/>
        <source>a second tariff line for {cargo} into {country}</source>
        <translation>вторая тарифная позиция для {cargo} при ввозе: {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="18"/>
        <source>&apos;{value}&apos; is not a day of the year (month-day, e.g. 06-30)</source>
        <translation>«{value}» — не день года (месяц-день, например 06-30)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="19"/>
        <source>a season needs its first and its last day (season_from and season_to)</source>
        <translation>у сезона должны быть первый и последний день (season_from и season_to)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="23"/>
        <source>a duty per quantity needs specific_currency and specific_per (kg or t)</source>
        <translation>специфической пошлине нужны specific_currency и specific_per (kg или t)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="25"/>
        <source>a preference needs a factor from 0 (no duty) to 1, and origin_countries</source>
        <translation>преференции нужны factor от 0 (без пошлины) до 1 и origin_countries</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="27"/>
        <source>when_duty_to {high} is below when_duty_from {low}</source>
        <translation>when_duty_to {high} меньше when_duty_from {low}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="28"/>
        <source>the base must name what the tax is charged on: {allowed}</source>
        <translation>в base должно быть указано, с чего взимается налог: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="29"/>
        <source>&apos;{part}&apos; is neither {allowed} nor a tax of an earlier step for the same country</source>
        <translation>«{part}» — не {allowed} и не налог более раннего шага для той же страны</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="32"/>
        <source>a second {unit} value for dates already covered ({start} to {end})</source>
        <translation>второе значение {unit} для уже покрытых дат ({start}–{end})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="33"/>
        <source>{currency} is neither a currency of sheet &apos;fx&apos; nor a unit of sheet &apos;fee_units&apos; for {country}</source>
        <translation>{currency} — не валюта листа &apos;fx&apos; и не единица листа &apos;fee_units&apos; для {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="35"/>
        <source>value_to {high} must be above value_from {low}</source>
        <translation>value_to {high} должно быть больше value_from {low}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="36"/>
        <source>rows for {country} but no row for it in sheet &apos;customs_valuation&apos;</source>
        <translation>есть строки для {country}, но нет строки на листе &apos;customs_valuation&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="37"/>
        <source>{workbook}: no commercial sheets ({sheets}): prices under Incoterms cannot be worked out with it</source>
        <translation>{workbook}: нет коммерческих листов ({sheets}): цены по Инкотермс с ним не рассчитать</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="39"/>
        <source>{workbook}: commercial sheets missing: {sheets}</source>
        <translation>{workbook}: не хватает коммерческих листов: {sheets}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="40"/>
        <source>{workbook}: {count} rates and fees left blank for the user to give (duties, import_taxes, fees)</source>
        <translation>{workbook}: {count} ставок и сборов оставлены пустыми — их задаёт пользователь (duties, import_taxes, fees)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="42"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;, row {row}, column &apos;rate_pct&apos;: {value} is read as {value} %; if {percent} % was meant (a cell formatted as a percentage keeps {percent} % as {value}), write {percent}</source>
        <translation>{workbook}, лист «{sheet}», строка {row}, столбец «rate_pct»: {value} читается как {value} %; если имелось в виду {percent} % (ячейка в процентном формате хранит {percent} % как {value}), запишите {percent}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="48"/>
        <source>the saved terms cannot be read: expected named fields such as incoterm and goods_value, found {value}</source>
        <translation>сохранённые условия не читаются: ожидались именованные поля, например incoterm и goods_value, найдено {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="50"/>
        <source>the saved terms cannot be read: &apos;{key}&apos; cannot be {value}</source>
        <translation>сохранённые условия не читаются: &apos;{key}&apos; не может быть {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="51"/>
        <source>the tables in use have no &apos;incoterms&apos; sheet: prices under Incoterms cannot be worked out</source>
        <translation>в таблицах нет листа &apos;incoterms&apos;: цены по Инкотермс не рассчитать</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="53"/>
        <source>unknown Incoterm &apos;{text}&apos;; known: {known}</source>
        <translation>неизвестное правило Инкотермс «{text}»; известны: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="54"/>
        <source>give the value of the goods to price the quote under {rule}</source>
        <translation>укажите стоимость товара, чтобы рассчитать цену на условиях {rule}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="55"/>
        <source>{place} is on none of the routes of this quote; name one of their places</source>
        <translation>{place} нет ни на одном маршруте; укажите один из их пунктов</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="57"/>
        <source>{rule} is for sea transport only, and no route of this quote has a sea leg {way} {place}; use {instead}</source>
        <translation>{rule} — только для морской перевозки, а ни у одного маршрута нет морского плеча ({way}: {place}); возьмите {instead}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="61"/>
        <source>{rule} {place}: the seller clears the goods for import and pays the duties at the named place, but {place} is in {place_country}, and the goods are imported into {country} after it; name a place in {country}, or use DAP</source>
        <translation>{rule} {place}: продавец выполняет импортную очистку и платит пошлины в названном месте, но {place} находится в стране {place_country}, а ввоз товара в страну {country} происходит после него; назовите место в стране {country} или выберите DAP</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="67"/>
        <source>under {rule} the seller must insure the goods (at least {cover}, on {percent} % of the price): give the premium rate</source>
        <translation>на условиях {rule} продавец обязан застраховать товар (не ниже {cover}, на {percent} % цены): укажите ставку премии</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="70"/>
        <source>give the premium rate of the {cover} cover chosen</source>
        <translation>укажите ставку премии выбранного покрытия {cover}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="71"/>
        <source>under {rule} the cover must be at least {cover}</source>
        <translation>на условиях {rule} покрытие должно быть не ниже {cover}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="72"/>
        <source>under {rule} the insured value must be at least {percent} % of the price</source>
        <translation>на условиях {rule} страховая сумма — не менее {percent} % цены</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="74"/>
        <source>choose the cover (ICC A, B or C) the premium rate is for</source>
        <translation>выберите покрытие (ICC A, B или C), к которому относится ставка</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="75"/>
        <source>a premium rate of {rate} % cannot be right (at most 10 %)</source>
        <translation>ставка премии {rate} % не может быть верной (не более 10 %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="76"/>
        <source>only under DDP is the seller the importer of record</source>
        <translation>импортёром продавец бывает только на условиях DDP</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="77"/>
        <source>under DDP the seller is the importer of record, through its own entity or a licensed broker</source>
        <translation>на условиях DDP импортёр — продавец, через своё юрлицо или лицензированного таможенного брокера</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="79"/>
        <source>&apos;{key}&apos; is not a blank rate or fee of the tables (see the terms&apos; list of figures to give)</source>
        <translation>«{key}» — не пустая ставка или сбор таблиц (см. список величин в условиях)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="81"/>
        <source>{charge} into {country}: {what}</source>
        <translation>{charge} ({country}, ввоз): {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="82"/>
        <source>{charge} in {country} (export): {what}</source>
        <translation>{charge} ({country}, вывоз): {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="85"/>
        <source>{rule} {place}: this route does not pass {place}</source>
        <translation>{rule} {place}: этот маршрут не проходит через {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="86"/>
        <source>{rule} needs a sea leg {way} {place}; this route has none</source>
        <translation>{rule} требует морского плеча ({way}: {place}); у этого маршрута его нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="88"/>
        <source>{rule} {place}: these routes do not pass {place}</source>
        <translation>{rule} {place}: эти маршруты не проходят через {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="89"/>
        <source>{rule} needs a sea leg {way} {place}; these routes have none</source>
        <translation>{rule} требует морского плеча ({way}: {place}); у этих маршрутов его нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="91"/>
        <source>no tariff line for {cargo} into {country} in sheet &apos;hs_codes&apos;: duties and taxes cannot be worked out</source>
        <translation>нет тарифной позиции для {cargo} при ввозе ({country}) на листе &apos;hs_codes&apos;: пошлины и налоги не рассчитать</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="93"/>
        <source>no row for {country} in sheet &apos;customs_valuation&apos;: the customs value cannot be worked out</source>
        <translation>нет строки для {country} на листе &apos;customs_valuation&apos;: таможенную стоимость не определить</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="96"/>
        <source>the tariff line of {cargo} in {country} is not known: duties and taxes are not worked out here</source>
        <translation>товарная позиция для «{cargo}» в стране {country} неизвестна: пошлины и налоги здесь не рассчитаны</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="98"/>
        <source>how {country} values imports for customs is not known: the customs value is not worked out here</source>
        <translation>как {country} определяет таможенную стоимость импорта, неизвестно: таможенная стоимость здесь не рассчитана</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="100"/>
        <source>{what} into {country}: not in the tables and not given ({key})</source>
        <translation>{what} ({country}): нет в таблицах и не указано ({key})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="102"/>
        <source>{what} into {country}: not in the tables and not given</source>
        <translation>{what} ({country}): нет в таблицах и не указано</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="103"/>
        <source>left out, not in the tables and not given: {fees}</source>
        <translation>не учтено (нет в таблицах и не указано): {fees}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="104"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources}): {notes}</source>
        <translation>{country} запрещает ввоз: {cargo}, с {date} ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="106"/>
        <source>{country} prohibits imports of {cargo} ({sources}): {notes}</source>
        <translation>{country} запрещает ввоз: {cargo} ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="107"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources})</source>
        <translation>{country} запрещает ввоз: {cargo}, с {date} ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="109"/>
        <source>{country} prohibits imports of {cargo} ({sources})</source>
        <translation>{country} запрещает ввоз: {cargo} ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="111"/>
        <source>{publisher}, {date}</source>
        <translation>{publisher}, {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="112"/>
        <source>with {proof}, the {charge} would be {factor} of the rate ({saving} less)</source>
        <translation>при наличии документа ({proof}) {charge} составила бы {factor} ставки (на {saving} меньше)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="114"/>
        <source>{charge} at {factor} of the rate for goods of {origin} origin, with {proof}</source>
        <translation>{charge}: {factor} ставки для товара происхождения {origin}, при наличии документа ({proof})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="117"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value is in the tables</source>
        <translation>для {day_year} г. взят {unit} {year} г. ({value}): значения на {day_year} г. в таблицах нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="119"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value known</source>
        <translation>для {day_year} г. взят {unit} {year} г. ({value}): значение на {day_year} г. неизвестно</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="121"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day is in the tables</source>
        <translation>на {date} взят {unit} с {start} по {end} ({value}): значения на этот день в таблицах нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="123"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day known</source>
        <translation>на {date} взят {unit} с {start} по {end} ({value}): значение на этот день неизвестно</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="125"/>
        <source>no import tax rows for {country} in the tables</source>
        <translation>в таблицах нет ввозных налогов для {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="126"/>
        <source>the goods&apos; value, {value}, lies outside {low} to {high}, a tenth to {times} times the cheapest carriage ({carriage}): check it, the landed cost rests on it (the tables hold no prices of goods; the range is measured against the carriage)</source>
        <translation>стоимость товара, {value}, лежит вне диапазона от {low} до {high} (от десятой доли до {times}-кратной стоимости самой дешёвой перевозки, {carriage}): проверьте её, на ней основана стоимость с доставкой и пошлинами (в таблицах нет цен товаров; диапазон отмеряется от перевозки)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="130"/>
        <source>under DDP into Kazakhstan the declarant must be a Kazakh entity: the seller needs its own entity there or a licensed broker</source>
        <translation>на условиях DDP в Казахстан декларантом должно быть казахстанское лицо: продавцу нужно своё юрлицо там или лицензированный брокер</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="135"/>
        <source>goods</source>
        <translation>товар</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="136"/>
        <source>seller&apos;s margin: {percent} % of {base}</source>
        <translation>маржа продавца: {percent} % от {base}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="139"/>
        <source>seller&apos;s margin: {percent} % of {base}, its costs before insurance; the duties, import taxes and import fees it pays are passed on at cost</source>
        <translation>маржа продавца: {percent} % от {base}, его затрат до страхования; уплачиваемые им пошлины, ввозные налоги и сборы переносятся в цену по себестоимости</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="142"/>
        <source>seller&apos;s margin: {rate} per t × {tonnes} t</source>
        <translation>маржа продавца: {rate} за т × {tonnes} т</translation>
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
        <translation>{rate} % от {base}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="148"/>
        <source>{amount} per {per} × {quantity} {per} = {converted}</source>
        <translation>{amount} за {per} × {quantity} {per} = {converted}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="149"/>
        <source>the higher of {first} and {second}</source>
        <translation>большее из: {first} и {second}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="150"/>
        <source>({working}) × {factor}, preference</source>
        <translation>({working}) × {factor}, преференция</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="152"/>
        <source>none, preference</source>
        <translation>нет, преференция</translation>
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
        <translation>{amount} при заявленной стоимости {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="156"/>
        <source>given for this quote</source>
        <translation>указано для этой котировки</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="157"/>
        <source>not in the tables; not given</source>
        <translation>нет в таблицах; не указано</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="158"/>
        <source>unloading at {place}</source>
        <translation>выгрузка в {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="159"/>
        <source>goods: {tonnes} t × {rate} per t</source>
        <translation>товар: {tonnes} т × {rate} за т</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="160"/>
        <source>insurance, {cover}: {rate} % of {insured} ({percent} % of {value})</source>
        <translation>страхование, {cover}: {rate} % от {insured} ({percent} % от {value})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="162"/>
        <source>{route}: price under the terms {old} → {new} {currency} ({change})</source>
        <translation>{route}: цена на условиях {old} → {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="163"/>
        <source>no import: {origin} and {destination} are in one customs territory</source>
        <translation>ввоза нет: {origin} и {destination} — в одной таможенной территории</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="26"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="27"/>
        <source>{amount} {currency} per {per}</source>
        <translation>{amount} {currency} за {per}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="28"/>
        <source>{rate} %, but not less than {specific}</source>
        <translation>{rate} %, но не менее {specific}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="29"/>
        <source>× {factor} of the rate for {origins}</source>
        <translation>× {factor} ставки для {origins}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="30"/>
        <source>{details} for a value from {low} to {high}</source>
        <translation>{details} при стоимости от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="31"/>
        <source>{details}, valid {start} to {end}</source>
        <translation>{details}, действует с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="32"/>
        <source>{id} {charge} ({country}, {codes})</source>
        <translation>{id} {charge} ({country}, {codes})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="33"/>
        <source>{cargo} into {country}</source>
        <translation>{cargo}, ввоз в {country}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="34"/>
        <source>commercial sheets added: prices under Incoterms with duties, taxes and fees</source>
        <translation>добавлены коммерческие листы: цены по Инкотермс с пошлинами, налогами и сборами</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="36"/>
        <source>commercial sheets removed: the new tables quote freight only</source>
        <translation>коммерческие листы удалены: новые таблицы считают только перевозку</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="8"/>
        <source>a scenario is an object with a name and a list of changes</source>
        <translation>сценарий — это объект с названием и списком изменений</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="9"/>
        <source>a change is one of close, open, add_days, scale_rates, fx, limit or road_surcharge_pct, with its place, leg, country, currency or setting</source>
        <translation>изменение — одно из close, open, add_days, scale_rates, fx, limit или road_surcharge_pct, с местом, участком, страной, валютой или настройкой</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="12"/>
        <source>cannot read the scenario {file}: {error}</source>
        <translation>не удаётся прочитать сценарий {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="13"/>
        <source>the scenario {file} is not a scenario file (JSON): {error}</source>
        <translation>{file} — не файл сценария (JSON): {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="14"/>
        <source>the scenario {file} is {size} KB; a scenario file is at most {limit} KB</source>
        <translation>сценарий {file} занимает {size} КБ; файл сценария — не более {limit} КБ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="16"/>
        <source>a number in it is {digits} characters long, too long for a figure</source>
        <translation>число в нём длиной {digits} знаков — слишком длинное для величины</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="17"/>
        <source>it is nested too deeply</source>
        <translation>в нём слишком глубокая вложенность</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="18"/>
        <source>the what-if: {problem}</source>
        <translation>сценарий «что если»: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="19"/>
        <source>it has {count} changes; at most {limit} are laid over the tables</source>
        <translation>в нём {count} изменений; к таблицам применяется не более {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="21"/>
        <source>its name is {length} characters long; at most {limit}</source>
        <translation>его название длиной {length} знаков; не более {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="23"/>
        <source>&apos;{key}&apos; is {length} characters long; a name is at most {limit}</source>
        <translation>«{key}» длиной {length} знаков; имя — не более {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="25"/>
        <source>&apos;{key}&apos; holds text that is not valid Unicode</source>
        <translation>&apos;{key}&apos; содержит текст, не являющийся допустимым Юникодом</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="27"/>
        <source>&apos;{key}&apos; is given twice: it takes one value</source>
        <translation>«{key}» указан дважды: он принимает одно значение</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="28"/>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are two changes; give each its own entry</source>
        <translation>&apos;{first}&apos; и &apos;{second}&apos; — два изменения; задайте каждое отдельной записью</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="29"/>
        <source>&apos;{kind}&apos; needs a name in quotes, such as {example}, not {text}</source>
        <translation>&apos;{kind}&apos; требует название в кавычках, например {example}, а не {text}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="32"/>
        <source>the what-if&apos;s {currency} rate, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>курс {currency} в сценарии, {rate} за USD, отличается от табличного {table} (на {date}) на {change}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="34"/>
        <source>the what-if&apos;s exchange rate: {problem}</source>
        <translation>курс валюты в сценарии «что если»: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="35"/>
        <source>the what-if&apos;s search limits: {problem}</source>
        <translation>ограничения поиска в сценарии «что если»: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="36"/>
        <source>what-if change {number}: {problem}</source>
        <translation>изменение {number} сценария «что если»: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="37"/>
        <source>expected a number, not &apos;{text}&apos;</source>
        <translation>нужно число, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="38"/>
        <source>type the change&apos;s value first</source>
        <translation>сначала введите значение изменения</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="39"/>
        <source>&apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>«{text}» может означать {decimal} или {thousands}; введите одно из них</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="40"/>
        <source>&apos;{kind}&apos; needs &apos;{key}&apos;, a number</source>
        <translation>для «{kind}» нужно «{key}» — число</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="41"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;</source>
        <translation>нужна дата вида 2026-03-10, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="42"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;; did you mean {options}?</source>
        <translation>нужна дата вида 2026-03-10, а не «{text}»; возможно, имелось в виду {options}?</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="44"/>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value} вне пределов от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="45"/>
        <source>no leg joins {first} and {second}</source>
        <translation>ни один участок не соединяет {first} и {second}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="46"/>
        <source>it ends on {end}, before it starts on {start}</source>
        <translation>оно кончается {end}, раньше начала {start}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="47"/>
        <source>{target} is not closed in the tables: nothing to open</source>
        <translation>{target} не закрыт в таблицах: открывать нечего</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="49"/>
        <source>it is the same as change {other}: give a change once</source>
        <translation>оно совпадает с изменением {other}: укажите изменение один раз</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="52"/>
        <source>it opens {target} on {day}, when change {closed} has it closed: keep one of the two, or date them apart</source>
        <translation>оно открывает {target} {day}, когда изменение {closed} его закрывает: оставьте одно из двух или разнесите их по датам</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="56"/>
        <source>it opens {target} from {day}, when change {other} opens it from {first}: keep one of the two dates, or close it between them</source>
        <translation>оно открывает {target} с {day}, а изменение {other} открывает его с {first}: оставьте одну из двух дат или закройте его между ними</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="59"/>
        <source>it says {change}, when change {other} says {first}: keep one of the two</source>
        <translation>оно задаёт {change}, а изменение {other} — {first}: оставьте одно из двух</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="61"/>
        <source>unknown mode &apos;{mode}&apos;; known: {known}</source>
        <translation>неизвестный вид транспорта «{mode}»; известны: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="62"/>
        <source>unknown currency &apos;{currency}&apos;; known: {known}</source>
        <translation>неизвестная валюта «{currency}»; известны: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="63"/>
        <source>{target} closed</source>
        <translation>{target} закрыт</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="64"/>
        <source>{target} closed from {start}</source>
        <translation>{target} закрыт с {start}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="65"/>
        <source>{target} closed until {end}</source>
        <translation>{target} закрыт по {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="66"/>
        <source>{target} closed from {start} to {end}</source>
        <translation>{target} закрыт с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="67"/>
        <source>{target} open</source>
        <translation>{target} открыт</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="68"/>
        <source>{target} open from {start}</source>
        <translation>{target} открыт с {start}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="69"/>
        <source>{target} {days} days</source>
        <translation>{target} {days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="70"/>
        <source>{target} {days} day</source>
        <translation>{target} {days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="72"/>
        <source>{target} {days} days (none below 0)</source>
        <translation>{target} {days} дн. (не меньше 0)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="73"/>
        <source>{target} {days} day (none below 0)</source>
        <translation>{target} {days} день (не меньше 0)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="74"/>
        <source>{target}{mode} rates × {factor}</source>
        <translation>тарифы {target}{mode} × {factor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="75"/>
        <source> {mode}</source>
        <translation>, {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="76"/>
        <source>{currency} at {rate} per USD</source>
        <translation>{currency} по {rate} за USD</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="77"/>
        <source>{currency} {change} % against the USD</source>
        <translation>{currency} {change} % к USD</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="78"/>
        <source>road fuel surcharge {change} %</source>
        <translation>топливная надбавка на автоучастках {change} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="80"/>
        <source>search limit: {limit}</source>
        <translation>ограничение поиска: {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="81"/>
        <source>no search limit on {name}</source>
        <translation>без ограничения поиска: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="82"/>
        <source>{name}: no limit</source>
        <translation>{name}: без ограничения</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="84"/>
        <source>search limit {setting} at {value}</source>
        <translation>ограничение поиска {setting}: {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="85"/>
        <source>no search limit {setting}</source>
        <translation>без ограничения поиска {setting}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="87"/>
        <source>waits at most {days} days for a closure to end</source>
        <translation>ждёт окончания закрытия не более {days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="88"/>
        <source>waits at most {days} day for a closure to end</source>
        <translation>ждёт окончания закрытия не более {days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="89"/>
        <source>never waits for a closure to end</source>
        <translation>никогда не ждёт окончания закрытия</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="90"/>
        <source>unknown search limit &apos;{setting}&apos;; known: {known}</source>
        <translation>неизвестное ограничение поиска «{setting}»; известные: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="91"/>
        <source>expected a whole number, not &apos;{text}&apos;</source>
        <translation>ожидалось целое число, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="92"/>
        <source>{change}, in the what-if “{scenario}”</source>
        <translation>{change}, в сценарии «что если» «{scenario}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="93"/>
        <source>what-if “{scenario}”</source>
        <translation>сценарий «что если» «{scenario}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="94"/>
        <source>{charge} × {factor}: {note}</source>
        <translation>{charge} × {factor}: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="95"/>
        <source>what-if change {number}, {change}, changes no route: none of them stops at {place} (days are added where a route stops: at a border, a port, a change of gauge or of mode; not where it only passes, starts or ends without a stop)</source>
        <translation>изменение {number} сценария «что если», {change}, не меняет ни одного маршрута: ни один из них не останавливается в пункте {place} (дни добавляются там, где маршрут останавливается: на границе, в порту, при смене колеи или вида транспорта; а не там, где он только проходит, начинается или заканчивается без остановки)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="99"/>
        <source>what-if change {number}, {change}, changes no route: none of them takes the leg {leg}</source>
        <translation>изменение {number} сценария «что если», {change}, не меняет ни одного маршрута: ни один из них не проходит участок {leg}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="101"/>
        <source>what-if “{scenario}”: {changes}; the tables themselves are unchanged</source>
        <translation>сценарий «что если» «{scenario}»: {changes}; сами таблицы не изменены</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="105"/>
        <source>new in the what-if</source>
        <translation>новый в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="106"/>
        <source>opens in the what-if</source>
        <translation>открывается в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="107"/>
        <source>closes in the what-if</source>
        <translation>закрывается в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="108"/>
        <source>no longer offered in the what-if</source>
        <translation>в сценарии больше не предлагается</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="110"/>
        <source>no longer among the routes its corridor shows in the what-if</source>
        <translation>в сценарии больше не среди маршрутов, которые показывает его коридор</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="112"/>
        <source>still unavailable in the what-if</source>
        <translation>в сценарии по-прежнему недоступен</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="113"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="114"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="117"/>
        <source>goes by {modes} ({legs}); allowed: {allowed}</source>
        <translation>идёт по видам: {modes} ({legs}); разрешено: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="118"/>
        <source>passes {avoided}, to be avoided</source>
        <translation>проходит через {avoided}, чего нужно избегать</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="119"/>
        <source>costs {cost}, {over} % over the ceiling of {ceiling}</source>
        <translation>стоит {cost}, на {over} % выше предела {ceiling}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="120"/>
        <source>{odds} % on time by {date}, under the {wanted} % asked</source>
        <translation>{odds} % вовремя к {date}, меньше требуемых {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="121"/>
        <source>a closure on the way stops it: {odds} % on time by {date}</source>
        <translation>закрытие на пути останавливает груз: {odds} % вовремя к {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="122"/>
        <source>costs {over} % more than the cheapest route meeting the goals ({within} % allowed for lower CO2e)</source>
        <translation>стоит на {over} % дороже самого дешёвого маршрута, отвечающего целям (для меньшего CO2e допускается {within} %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="124"/>
        <source>no route meets every goal: {binding}</source>
        <translation>ни один маршрут не отвечает всем целям: {binding}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="125"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>самый ранний открытый маршрут, {route}, с вероятностью {wanted} % прибывает лишь к {date}, на {late} дн. позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="127"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>самый ранний маршрут, отвечающий остальным целям, {route}, с вероятностью {wanted} % прибывает лишь к {date}, на {late} дн. позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="130"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>самый ранний открытый маршрут, {route}, с вероятностью {wanted} % прибывает лишь к {date}, на {late} дн. позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="132"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>самый ранний маршрут, отвечающий остальным целям, {route}, с вероятностью {wanted} % прибывает лишь к {date}, на {late} дн. позже</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="135"/>
        <source>no open route arrives with {wanted} % certainty: closures on the way stop the rest</source>
        <translation>ни один открытый маршрут не прибывает с вероятностью {wanted} %: закрытия на пути задерживают остальное</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="137"/>
        <source>the cheapest open route, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>самый дешёвый открытый маршрут, {route}, стоит {cost}, на {over} % выше предела</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="139"/>
        <source>the cheapest route meeting the other goals, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>самый дешёвый маршрут, отвечающий остальным целям, {route}, стоит {cost}, на {over} % выше предела</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="141"/>
        <source>no route meeting the other goals arrives with {wanted} % certainty: closures on the way stop them</source>
        <translation>ни один маршрут, отвечающий остальным целям, не прибывает с вероятностью {wanted} %: их останавливают закрытия на пути</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="143"/>
        <source>no open route of the quote goes by {allowed} only</source>
        <translation>ни один открытый маршрут расчёта не идёт только по видам: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="144"/>
        <source>the cheapest route meeting the other goals, {route}, goes by {modes} ({legs})</source>
        <translation>самый дешёвый маршрут, отвечающий остальным целям, {route}, идёт видами транспорта: {modes} ({legs})</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="146"/>
        <source>every open route of the quote passes {avoided}</source>
        <translation>каждый открытый маршрут расчёта проходит через {avoided}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="147"/>
        <source>every open route of the quote passes one or more of {avoided}</source>
        <translation>каждый открытый маршрут котировки проходит хотя бы через одно из: {avoided}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="148"/>
        <source>the cheapest route meeting the other goals, {route}, passes {avoided}</source>
        <translation>самый дешёвый маршрут, отвечающий остальным целям, {route}, проходит через {avoided}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="150"/>
        <source>each route misses more than one goal; dropping one goal is not enough</source>
        <translation>каждый маршрут не отвечает более чем одной цели; отказа от одной цели недостаточно</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="152"/>
        <source>no route can be used on the date</source>
        <translation>на эту дату нельзя воспользоваться ни одним маршрутом</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="153"/>
        <source>at most {cost}</source>
        <translation>не дороже {cost}</translation>
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
        <translation>только {modes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="158"/>
        <source>avoiding {places}</source>
        <translation>в обход: {places}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="159"/>
        <source>by {date} with {wanted} % certainty</source>
        <translation>к {date} с вероятностью {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="160"/>
        <source>lowest CO2e within {within} % of the cheapest</source>
        <translation>наименьший CO2e в пределах {within} % от самого дешёвого</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="161"/>
        <source>allow at least one mode</source>
        <translation>разрешите хотя бы один вид транспорта</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="162"/>
        <source>unknown mode &apos;{mode}&apos;; known: road, rail, sea, pipeline</source>
        <translation>неизвестный вид транспорта «{mode}»; известны: road, rail, sea, pipeline</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="163"/>
        <source>&apos;{text}&apos; is neither a place nor a country code of the tables</source>
        <translation>«{text}» — ни пункт, ни код страны из таблиц</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="164"/>
        <source>{what} must be a percentage from {low} to {high}, not &apos;{text}&apos;</source>
        <translation>{what}: нужен процент от {low} до {high}, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="165"/>
        <source>the cost ceiling must be an amount such as 40000 or 80/t, not &apos;{text}&apos;</source>
        <translation>предел стоимости — сумма вида 40000 или 80/t, а не «{text}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="167"/>
        <source>the cost ceiling &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>предел стоимости «{text}» может означать {decimal} или {thousands}; введите одно из них</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="169"/>
        <source>no route can avoid {avoided}: the quote goes from {origin} to {destination}</source>
        <translation>ни один маршрут не может обойти {avoided}: котировка идёт из {origin} в {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="171"/>
        <source>arrive by {date} is before the departure {departure}</source>
        <translation>срок прибытия {date} раньше отправления {departure}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="177"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days (in the tables)</source>
        <translation>может занять до {days} дн.; {cargo}: срок хранения около {shelf} дн. (срок хранения из таблиц)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="180"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>может занять до {days} дн.; {cargo}: срок хранения около {shelf} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="185"/>
        <source>chosen over {route}, which is cheaper but may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>выбран вместо {route}: он дешевле, но может занять до {days} дн.; {cargo}: срок хранения около {shelf} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="195"/>
        <source>no route available on this date</source>
        <translation>на эту дату нет доступного маршрута</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="183"/>
        <source>{corridor} · via {places}</source>
        <translation>{corridor} · через {places}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="184"/>
        <source>{corridor} · by {mode} from {place}</source>
        <translation>{corridor} · {mode} от {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="189"/>
        <source>chosen over {route}, which is cheaper but takes {days} days typically; the shelf life of {cargo} is about {shelf} days</source>
        <translation>выбран вместо {route}: он дешевле, но обычно идёт {days} дн.; {cargo}: срок хранения около {shelf} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="192"/>
        <source>capital in transit: {value} × {rate} % a year × {days} days ÷ 365 = {amount}</source>
        <translation>капитал в пути: {value} × {rate} % годовых × {days} дн. ÷ 365 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="14"/>
        <source>{corridor}: a {better} route exists with {figure} mode changes; the tables allow {limit}</source>
        <translation>{corridor}: существует {better} маршрут со сменами вида транспорта: {figure}; таблицы допускают {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="16"/>
        <source>{corridor}: a {better} route exists with {figure} legs; the tables allow {limit}</source>
        <translation>{corridor}: существует {better} маршрут из участков: {figure}; таблицы допускают {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="18"/>
        <source>{corridor}: a {better} route exists, over {figure} times as long as the shortest open route; the tables allow {limit}</source>
        <translation>{corridor}: существует {better} маршрут длиннее кратчайшего открытого маршрута более чем в {figure} раза; таблицы допускают {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="20"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in different countries; the tables allow {limit}</source>
        <translation>{corridor}: существует {better} маршрут, который между двумя своими остановками в разных странах проходит более чем в {figure} раза больше кратчайшего пути; таблицы допускают {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="23"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in one country; the tables allow {limit}</source>
        <translation>{corridor}: существует {better} маршрут, который между двумя своими остановками в одной стране проходит более чем в {figure} раза больше кратчайшего пути; таблицы допускают {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="33"/>
        <source>route length ≤ {limit} × the shortest</source>
        <translation>длина маршрута ≤ {limit} × кратчайший</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="34"/>
        <source>detour across a border ≤ {limit}×</source>
        <translation>объезд через границу ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="35"/>
        <source>detour within a country ≤ {limit}×</source>
        <translation>объезд внутри страны ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="36"/>
        <source>legs ≤ {limit}</source>
        <translation>участков ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="37"/>
        <source>mode changes ≤ {limit}</source>
        <translation>смен вида транспорта ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="38"/>
        <source>routes a corridor shows ≤ {limit}</source>
        <translation>маршрутов коридора ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="47"/>
        <source>routes a corridor shows</source>
        <translation>маршруты коридора</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="42"/>
        <source>route length</source>
        <translation>длина маршрута</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="43"/>
        <source>detour across a border</source>
        <translation>объезд через границу</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="44"/>
        <source>detour within a country</source>
        <translation>объезд внутри страны</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="45"/>
        <source>legs</source>
        <translation>участки</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="46"/>
        <source>mode changes</source>
        <translation>смены вида транспорта</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="49"/>
        <source>cheaper</source>
        <translation>более дешёвый</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="50"/>
        <source>faster</source>
        <translation>более быстрый</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="51"/>
        <source>cheaper and faster</source>
        <translation>более дешёвый и быстрый</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="52"/>
        <source>usable</source>
        <translation>доступный</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="53"/>
        <source>the search limits keep out a better route (corridors: {count}; {limits}): see the tooltip</source>
        <translation>ограничения поиска скрывают более выгодный маршрут (коридоров: {count}; {limits}): подробности — во всплывающей подсказке</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="55"/>
        <source>whether the search limits keep out a better route is not known: past them lie too many paths to try</source>
        <translation>неизвестно, скрывают ли ограничения поиска более выгодный маршрут: за ними слишком много путей для перебора</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="57"/>
        <source>the search limits allow too many paths to try every one (over {steps} steps): these routes keep to the limits but were found by a quicker search, which walks on only from the best beginnings at each place, and a cheaper or faster route may exist; to have every path tried, tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>ограничения поиска допускают слишком много путей, чтобы перебрать каждый (более {steps} шагов): эти маршруты соблюдают ограничения, но найдены быстрым поиском, который в каждом пункте продолжает только лучшие начала путей, и может существовать более дешёвый или быстрый маршрут; чтобы перебрать все пути, ужесточите одно из max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="63"/>
        <source>the search limits allow too many paths to try (over {steps} steps): keep or tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>ограничения поиска допускают слишком много путей для перебора (более {steps} шагов): сохраните или ужесточите одно из max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="28"/>
        <source>throughput: {count} {unit} at {per_day} {units} a day ({place}, {year}): +{days} days</source>
        <translation>пропускная способность: {count} {unit} при {per_day} {units} в сутки ({place}, {year}): +{days} сут.</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="30"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), the least they wait there</source>
        <translation>{place}: {count} {unit} — это {days} сут. всей его пропускной способности ({per_day} {units} в сутки, {year}); меньше они там не прождут</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="32"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), more than a year at one stop</source>
        <translation>{place}: {count} {unit} — это {days} сут. всей его пропускной способности ({per_day} {units} в сутки, {year}): больше года на одной остановке</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="34"/>
        <source>a throughput in {unit} counts what leaves by {mode}: the mode must be {mode} or *</source>
        <translation>пропускная способность в единицах «{unit}» считает то, что уходит видом транспорта «{mode}»: вид транспорта должен быть {mode} или *</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="17"/>
        <source>{id} {place}, {event}, {mode}</source>
        <translation>{id} {place}, {event}, {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="18"/>
        <source>{low}/{typical}/{high} days, {direction}</source>
        <translation>{low}/{typical}/{high} дн., {direction}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="19"/>
        <source>{amount} {unit} a day, {direction}, as of {date}</source>
        <translation>{amount} {unit} в сутки, {direction}, на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="20"/>
        <source>{handling}, {density} t per m³, shelf life {shelf}</source>
        <translation>{handling}, {density} т/м³, срок хранения {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="21"/>
        <source>{handling}, {density} t per m³, kept {temperature}, shelf life {shelf}</source>
        <translation>{handling}, {density} т/м³, хранится {temperature}, срок хранения {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="23"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="24"/>
        <source>{days} day</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="26"/>
        <source>{payload} t, {volume} m³, by {modes}, for {classes}</source>
        <translation>{payload} т, {volume} м³, {modes}, для {classes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="27"/>
        <source>{payload} t, by {modes}, for {classes}</source>
        <translation>{payload} т, {modes}, для {classes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="28"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="29"/>
        <source>{line}, {details}, cargo {classes}, equipment {equipment}, {way}</source>
        <translation>{line}, {details}, груз {classes}, оборудование {equipment}, {way}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="32"/>
        <source>{name}, {details}, {ends}</source>
        <translation>{name}, {details}, {ends}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="35"/>
        <source>{target}: {details}, modes {modes}, cargo {classes}, equipment {equipment}</source>
        <translation>{target}: {details}, виды транспорта {modes}, груз {classes}, оборудование {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="41"/>
        <source>{details}, {km} km along the leg</source>
        <translation>{details}, в {km} км от начала участка</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="45"/>
        <source>{what} changed: {sheet} row {row}, {item}: {changes}</source>
        <translation>{what} (изменено): {sheet}, строка {row}, {item}: {changes}</translation>
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
        <translation>в {km} км от пункта {place} по пути</translation>
    </message>
</context>
<context>
    <name>DecideBar</name>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="55"/>
        <source>Arrive &amp;by</source>
        <translation>При&amp;быть к</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="56"/>
        <source>Each route&apos;s odds of arriving on or before this day, from the minimum, typical and maximum time of every leg and stop and the closures on the way</source>
        <translation>Вероятность для каждого маршрута прибыть не позже этого дня — по минимальному, типичному и максимальному времени каждого участка и стоянки и закрытиям на пути</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="62"/>
        <source>on time ≥</source>
        <translation>вовремя ≥</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="64"/>
        <source>The certainty asked: routes less likely to arrive in time miss the goal</source>
        <translation>Требуемая вероятность: маршруты с меньшей вероятностью прибыть вовремя не отвечают цели</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="67"/>
        <source>Go&amp;als…</source>
        <translation>&amp;Цели…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="68"/>
        <source>Modes allowed, places or countries to avoid, a cost ceiling, the lowest CO2e within a margin, and the rate for money in transit</source>
        <translation>Разрешённые виды транспорта, пункты или страны, которых избегать, предел стоимости, наименьший CO2e в пределах допуска и ставка для капитала в пути</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="70"/>
        <source>&amp;What if…</source>
        <translation>&amp;Что если…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="71"/>
        <source>Lay changes over the tables — a crossing opened or closed, days added, rates scaled, an exchange rate moved — and compare every route</source>
        <translation>Наложить изменения на таблицы — открыть или закрыть переход, добавить дни, изменить тарифы или курс — и сравнить все маршруты</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="74"/>
        <source>Chart: freight + ca&amp;pital</source>
        <translation>График: фрахт + &amp;капитал</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="75"/>
        <source>Plot freight plus the goods&apos; value tied up in transit (value × annual rate × typical days ÷ 365); the goods&apos; value is the one under Terms, the rate is set under Goals…</source>
        <translation>Показать фрахт плюс стоимость товара, замороженную в пути (стоимость × годовая ставка × типичные дни ÷ 365); стоимость товара — из «Условий», ставка — в «Целях…»</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="198"/>
        <source>what if: {name}</source>
        <translation>что если: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="202"/>
        <source>tables as they are</source>
        <translation>таблицы как есть</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="131"/>
        <source>Exchange rates for this quote</source>
        <translation>Курсы валют для этой котировки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="137"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>По таблице: {rate} {currency} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="140"/>
        <source>{currency} per USD</source>
        <translation>{currency} за USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Use the table&apos;s rates</source>
        <translation>Курсы из таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="148"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>Оставьте поле пустым, чтобы взять курс из таблицы (показан серым).</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../gui/qt/faults.py" line="80"/>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="81"/>
        <source>Corridor Quote met a fault it did not expect and stopped what it was doing. The window stays open; check the figures on screen before you use them.</source>
        <translation>В Corridor Quote произошёл непредвиденный сбой, и выполнявшееся действие прервано. Окно остаётся открытым; проверьте цифры на экране, прежде чем их использовать.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="84"/>
        <source>What failed: {what}
Where: {where}
The details are in the log: {log}</source>
        <translation>Что не удалось: {what}
Где: {where}
Подробности в журнале: {log}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="36"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;road</source>
        <translation>&amp;авто</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>ra&amp;il</source>
        <translation>&amp;ж/д</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;sea and ferry</source>
        <translation>&amp;море и паром</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="43"/>
        <source>&amp;pipeline</source>
        <translation>&amp;трубопровод</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="51"/>
        <source>Modes allowed</source>
        <translation>Разрешённые виды</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="53"/>
        <source>places or countries, e.g. Afghanistan, IR, Torkham</source>
        <translation>пункты или страны, напр. Афганистан, IR, Торхам</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="54"/>
        <source>Avoid</source>
        <translation>Избегать</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="57"/>
        <source>no ceiling</source>
        <translation>без предела</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="59"/>
        <source>{currency} in total</source>
        <translation>{currency} всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="60"/>
        <source>{currency} per t</source>
        <translation>{currency} за т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="64"/>
        <location filename="../../gui/qt/goals_dialog.py" line="103"/>
        <source>Cost at most</source>
        <translation>Стоимость не выше</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="66"/>
        <source>recommend the lowest CO2e among routes at most</source>
        <translation>рекомендовать наименьший CO2e среди маршрутов не более чем на</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="75"/>
        <source>dearer than the cheapest</source>
        <translation>дороже самого дешёвого</translation>
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
        <translation>не учитывается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="87"/>
        <source>The money tied up while the goods travel: the goods&apos; value × this rate × the typical days ÷ 365</source>
        <translation>Деньги, замороженные на время перевозки: стоимость товара × эта ставка × обычные дни ÷ 365</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="90"/>
        <source>% a year of the goods&apos; value</source>
        <translation>% в год от стоимости товара</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="93"/>
        <source>Cost of capital</source>
        <translation>Стоимость капитала</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="97"/>
        <source>Goods&apos; value: {value}, as given under Terms.</source>
        <translation>Стоимость товара: {value}, как указано в «Условиях».</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="99"/>
        <source>Give the goods&apos; value under Terms: without it the cost of capital is not counted.</source>
        <translation>Укажите стоимость товара в «Условиях»: без неё стоимость капитала не учитывается.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="113"/>
        <source>&amp;No goals</source>
        <translation>&amp;Без целей</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="114"/>
        <source>Every mode, nothing avoided, no ceiling, no CO2e margin (the arrival date stays)</source>
        <translation>Все виды транспорта, ничего не избегать, без предела и допуска по CO2e (дата прибытия остаётся)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="33"/>
        <source>Quote history</source>
        <translation>История котировок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="36"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>Поиск по номеру, покупателю, грузу или пункту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Best price</source>
        <translation>Лучшая цена</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="65"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>Пересчитать по сегодняшним таблицам</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="69"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="71"/>
        <source>Check the history</source>
        <translation>Проверить историю</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="72"/>
        <source>SQLite&apos;s own check of every page of the history file</source>
        <translation>собственная проверка SQLite каждой страницы файла истории</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="76"/>
        <source>Open in the form</source>
        <translation>Открыть в форме</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="77"/>
        <source>Quote this request again in the window, to change it</source>
        <translation>Рассчитать этот запрос в окне заново, чтобы изменить его</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="112"/>
        <source>No saved quote contains “{text}”.</source>
        <translation>Ни одна сохранённая котировка не содержит «{text}».</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="114"/>
        <source>No quote saved yet: File → Save quote… (Ctrl+S) keeps the quote on the screen here.</source>
        <translation>Сохранённых котировок пока нет: Файл → Сохранить котировку… (Ctrl+S) сохраняет сюда котировку с экрана.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="130"/>
        <source> (expired)</source>
        <translation> (истекло)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="226"/>
        <location filename="../../gui/qt/history_dialog.py" line="229"/>
        <source>On today&apos;s tables: </source>
        <translation>По сегодняшним таблицам: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="239"/>
        <source>{number} cannot be read (damaged): the form is as it was.</source>
        <translation>{number} невозможно прочитать (повреждена): форма осталась как была.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="247"/>
        <source>The history file is sound.</source>
        <translation>Файл истории в порядке.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="248"/>
        <source>The history file is damaged: {problems}</source>
        <translation>Файл истории повреждён: {problems}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="228"/>
        <source>no difference</source>
        <translation>без изменений</translation>
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
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="76"/>
        <location filename="../../gui/qt/dialogs.py" line="80"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="81"/>
        <source>A quote whose exchange rates or rates are older than this says so</source>
        <translation>Котировка, в которой курсы валют или ставки старше этого срока, сообщает об этом</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="86"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="87"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
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
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Quotes valid for</source>
        <translation>Котировки действительны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="92"/>
        <source>Warn when rates are older than</source>
        <translation>Предупреждать, если ставки старше</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="107"/>
        <source>The logo {file} cannot be read as a picture (PNG or JPEG): choose another file, or leave the logo empty.</source>
        <translation>Логотип {file} не читается как изображение (PNG или JPEG): выберите другой файл или оставьте логотип пустым.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="32"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>Последние таблицы больше не загружаются ({file}); используются встроенные</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="16"/>
        <source>&amp;Open tables…</source>
        <translation>&amp;Открыть таблицы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="19"/>
        <source>Use the &amp;bundled tables</source>
        <translation>Использовать &amp;встроенные таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="21"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="24"/>
        <source>&amp;Save quote…</source>
        <translation>&amp;Сохранить котировку…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="26"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="29"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="30"/>
        <source>Quote &amp;history…</source>
        <translation>&amp;История котировок…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="31"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="32"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>&amp;Курсы валют для этой котировки…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="54"/>
        <source>&amp;Bilingual quotes (English beside this language)</source>
        <translation>&amp;Двуязычные котировки (английский рядом с этим языком)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="59"/>
        <source>PDF, printed and Excel quotes carry the English text too</source>
        <translation>Котировки в PDF, на печати и в Excel содержат также текст на английском</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="106"/>
        <source>&amp;Map of the routes</source>
        <translation>&amp;Карта маршрутов</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="70"/>
        <source>The quote&apos;s warnings, routes open and exchange rates</source>
        <translation>Предупреждения котировки, открытые маршруты и курсы валют</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="75"/>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="87"/>
        <source>Warnings on the selected route</source>
        <translation>Предупреждения по выбранному маршруту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="27"/>
        <source>Working out the routes</source>
        <translation>Расчёт маршрутов</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="48"/>
        <location filename="../../gui/qt/quote_summary.py" line="45"/>
        <source>Working out the routes…</source>
        <translation>Расчёт маршрутов…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="177"/>
        <source>Loading tables…</source>
        <translation>Загрузка таблиц…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="197"/>
        <source>A new day: the departure moved from {before} to {today}</source>
        <translation>Новый день: отправление перенесено с {before} на {today}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="242"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>Не удалось загрузить таблицы: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="47"/>
        <source>Working out the routes… those shown are for the request before</source>
        <translation>Расчёт маршрутов… показаны маршруты прежнего запроса</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="90"/>
        <source>&amp;Colours</source>
        <translation>&amp;Цвета</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="94"/>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлые</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмные</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="252"/>
        <source>{language} could not be loaded, so the interface stays in English: {problem}</source>
        <translation>Не удалось загрузить язык «{language}», поэтому интерфейс остаётся на английском: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="257"/>
        <source>Language not available</source>
        <translation>Язык недоступен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="31"/>
        <source>The damaged history was kept as {file}; a new one is started</source>
        <translation>Повреждённая история сохранена как {file}; начата новая</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="40"/>
        <source>Quote history</source>
        <translation>История котировок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="41"/>
        <source>Keep the damaged file under another name beside it and start a new, empty history? Nothing is deleted.</source>
        <translation>Сохранить повреждённый файл рядом под другим именем и начать новую, пустую историю? Ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="52"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>Нечего сохранять: сначала исправьте запрос.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="71"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="87"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="89"/>
        <source>Save quote</source>
        <translation>Сохранить котировку</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="103"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="133"/>
        <source>Saved as {number} in the quote history</source>
        <translation>Сохранено в истории под номером {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="216"/>
        <source>Opened {number} in the form</source>
        <translation>Котировка {number} открыта в форме</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="23"/>
        <source>Open tables</source>
        <translation>Открыть таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="24"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="33"/>
        <source>Use these tables?</source>
        <translation>Использовать эти таблицы?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="35"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>Изменений относительно текущих таблиц: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="39"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>В этих таблицах те же данные, что и в текущих.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="131"/>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="50"/>
        <source>The tables cannot be used</source>
        <translation>Таблицы нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="51"/>
        <source>The tables in use stay as they were.</source>
        <translation>Текущие таблицы остаются без изменений.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="73"/>
        <source>Reading {what}…</source>
        <translation>Чтение: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="88"/>
        <source>Notes on reading them:</source>
        <translation>Замечания при чтении:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="113"/>
        <source>The tables were read with {count} note(s); the first: {note}</source>
        <translation>Таблицы прочитаны с замечаниями ({count}); первое: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="295"/>
        <source>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · exchange rates as of {fx_date} · offline</source>
        <translation>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · курсы валют на {fx_date} · без сети</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>Таблицы: {corridors} (пунктов: {places}, участков: {legs}, #{corridors_hash}) и {tariffs} (тарифов: {rates}, #{tariffs_hash}); курсы валют на {fx_date}; офлайн</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="46"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>Исправьте отмеченное поле, чтобы увидеть маршруты.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="52"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>задан для этой котировки; по таблице {rate} на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="53"/>
        <source>set by the what-if; table {rate} as of {date}</source>
        <translation>задан сценарием; в таблице {rate} на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="54"/>
        <source>{change} against the USD by the what-if; table {rate} as of {date}</source>
        <translation>{change} к USD по сценарию; в таблице {rate} на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="55"/>
        <source>{change} against the USD by the what-if from {start} set for this quote; table {rate} as of {date}</source>
        <translation>{change} к USD по сценарию от {start}, заданного для этой котировки; в таблице {rate} на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="78"/>
        <source>{available} of {total} routes open on {date}. FX: {rates}</source>
        <translation>Открыто маршрутов на {date}: {available} из {total}. Курсы: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="79"/>
        <source>{available} of {total} routes open on {date}. Every charge is in US dollars.</source>
        <translation>Открыто маршрутов на {date}: {available} из {total}. Все сборы — в долларах США.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="62"/>
        <source>freight {cost}</source>
        <translation>фрахт {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="70"/>
        <source>If it reopened: {cost}, {figures}</source>
        <translation>Если его откроют: {cost}, {figures}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="75"/>
        <source>Best open alternative: {number}. {corridor}, {cost}, {days}</source>
        <translation>Лучшая открытая альтернатива: {number}. {corridor}, {cost}, {days}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="89"/>
        <source>Oldest rate {date}: {charge} ({where})</source>
        <translation>Самая старая ставка {date}: {charge} ({where})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="91"/>
        <source>The oldest dated rate or fee in this route&apos;s total ({reference}; sources: {sources}).</source>
        <translation>Самый старый датированный тариф или сбор в стоимости этого маршрута ({reference}; источники: {sources}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="95"/>
        <source>{count} of its rates or fees carry no date.</source>
        <translation>У {count} его тарифов или сборов нет даты.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="44"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>Выберите маршрут, чтобы увидеть его по участкам.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="36"/>
        <source>Map of the routes</source>
        <translation>Карта маршрутов</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="162"/>
        <source>Wheel or + −: zoom; drag or arrow keys: move; double-click or Home: the whole quote</source>
        <translation>Колесо или + −: масштаб; перетаскивание или стрелки: сдвиг; двойной щелчок или Home: вся котировка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="165"/>
        <source>{count} routes share this stretch: click again for the next</source>
        <translation>здесь проходят маршрутов: {count}; щёлкните ещё раз, чтобы выбрать следующий</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="183"/>
        <source>unavailable: </source>
        <translation>недоступен: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="185"/>
        <source>{count} leg(s) not drawn: a place without coordinates</source>
        <translation>не нарисовано участков: {count} (у пункта нет координат)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="195"/>
        <source>Closed on the day the cargo gets there</source>
        <translation>Закрыто в день прибытия груза</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="196"/>
        <source>May be closed while the cargo passes</source>
        <translation>Может быть закрыто, пока груз в пути здесь</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="197"/>
        <source>Risk window while the cargo passes</source>
        <translation>Период риска, пока груз в пути здесь</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="199"/>
        <source>{corridor}: reached on {day} (earliest {first}, latest {last})</source>
        <translation>{corridor}: груз здесь {day} (не раньше {first}, не позже {last})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="202"/>
        <source>(every year)</source>
        <translation>(каждый год)</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../gui/qt/problem_label.py" line="18"/>
        <source>Problem: {problem}</source>
        <translation>Ошибка: {problem}</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="75"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table; ▲ ▶: off the scale)</source>
        <translation>Срок доставки, дни (точка — типичный; отрезок — мин–макс; числа — строки таблицы; ▲ ▶ — за пределами шкалы)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="77"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>Срок доставки, дни (точка — типичный; отрезок — мин–макс; числа — строки таблицы)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="27"/>
        <location filename="../../gui/qt/quote_page.py" line="90"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="73"/>
        <source>Freight quote {number}</source>
        <translation>Расчёт стоимости перевозки {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="74"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="75"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="76"/>
        <source>{date} (the departure day)</source>
        <translation>{date} (день отправления)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="77"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="78"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="79"/>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="80"/>
        <source>Departure</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="81"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="82"/>
        <source>Recommended: {corridor}</source>
        <translation>Рекомендуется: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="83"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>({per_tonne} за тонну), в пути {days} дн., {co2e} т CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="84"/>
        <source>via {places}</source>
        <translation>через {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="87"/>
        <source>No route is available on this date</source>
        <translation>На эту дату нет доступного маршрута</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="88"/>
        <source>Routes compared</source>
        <translation>Сравнение маршрутов</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="89"/>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="92"/>
        <source>By</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="96"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="97"/>
        <source>open ⚠</source>
        <translation>открыт ⚠</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="100"/>
        <source>closed ({note})</source>
        <translation>закрыт ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="101"/>
        <source>planned ({note})</source>
        <translation>проект ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="102"/>
        <source>no tariff ({note})</source>
        <translation>нет тарифа ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="104"/>
        <source>Routes {routes}: {cause}</source>
        <translation>Маршруты {routes}: {cause}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="105"/>
        <source>★ best trade-off: no other available route is both cheaper and faster. Days: typical (minimum–maximum), door to door.</source>
        <translation>★ лучший компромисс: нет другого доступного маршрута, одновременно более дешёвого и быстрого. Дни: обычно (минимум–максимум), от двери до двери.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="107"/>
        <source>How the price of route {number} is made</source>
        <translation>Из чего складывается цена маршрута {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="111"/>
        <source>Charges, in their own currency</source>
        <translation>Сборы, в валюте тарифа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="114"/>
        <source>≈ an estimate (its working is in the Excel quote)</source>
        <translation>≈ оценка (расчёт — в Excel-файле котировки)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="118"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode, and the stops by their hub factors. Factors used:</source>
        <translation>Рассчитано по методике GLEC Framework (well-to-wheel): тонны × км × коэффициент каждого вида транспорта, и остановки по их коэффициентам для узлов. Коэффициенты:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="122"/>
        <source>{event} {factor} kg CO2e per t</source>
        <translation>{event} {factor} кг CO2e на т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="123"/>
        <source>{event} {factor} kg CO2e per TEU</source>
        <translation>{event} {factor} кг CO2e на ДФЭ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="124"/>
        <source>{event} {factor} kg CO2e per vehicle and hour</source>
        <translation>{event} {factor} кг CO2e на машину в час</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="129"/>
        <source>{currency}: {rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>{currency}: {rate} за USD, задан сценарием (таблица: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="131"/>
        <source>{currency}: {change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: {change} к USD по сценарию, {rate} за USD (таблица: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="133"/>
        <source>{currency}: {change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: {change} к USD по сценарию от {start}, заданного для этой котировки, {rate} за USD (таблица: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="138"/>
        <source>Tables: {corridors} and {tariffs} (content of the tariffs {digest}).</source>
        <translation>Таблицы: {corridors} и {tariffs} (содержимое тарифов {digest}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="139"/>
        <source>Sources of route {number}</source>
        <translation>Источники маршрута {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="140"/>
        <source>Sources of the exchange rates</source>
        <translation>Источники курсов валют</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="141"/>
        <source>The other routes compared rest on {count} more sources; all of them, with their addresses, are in the Excel quote.</source>
        <translation>Остальные сравниваемые маршруты опираются ещё на {count} источников; все они с адресами — в Excel-файле котировки.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="144"/>
        <source>{count} sources, and {others} more for the other routes compared; all of them, with their titles, dates and addresses, are in the Excel quote.</source>
        <translation>{count} источников и ещё {others} у остальных сравниваемых маршрутов; все они с названиями, датами и адресами — в Excel-файле котировки.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="147"/>
        <source>{count} sources; with their titles, dates and addresses they are in the Excel quote.</source>
        <translation>{count} источников; с названиями, датами и адресами они — в Excel-файле котировки.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="150"/>
        <source>{number} · {buyer} · page {page} of {pages}</source>
        <translation>{number} · {buyer} · стр. {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="151"/>
        <source>{number} · page {page} of {pages}</source>
        <translation>{number} · стр. {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="85"/>
        <source>via {place}</source>
        <translation>через {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="86"/>
        <source>by {mode} from {place}</source>
        <translation>{mode} от {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="91"/>
        <source>Per t</source>
        <translation>За т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="94"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="95"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="98"/>
        <source>⚠ a risk on the way (a closure or risk window, a proposed tariff): the recommended route&apos;s are under its name.</source>
        <translation>⚠ риск в пути (закрытие или период риска, предложенный тариф): риски рекомендуемого маршрута — под его названием.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="103"/>
        <source>route {number}: {reason}</source>
        <translation>маршрут {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="108"/>
        <source>Step</source>
        <translation>Участок</translation>
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
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="53"/>
        <source>Terms of sale</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="54"/>
        <source>{rule}/t</source>
        <translation>{rule}/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="55"/>
        <source>Landed/t</source>
        <translation>С доставкой/т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="56"/>
        <source>{what}: {count} lines of route {number}, step by step above</source>
        <translation>{what}: маршрут {number}, строк: {count}, по шагам выше</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="57"/>
        <source>Sources of the price&apos;s other lines</source>
        <translation>Источники остальных строк цены</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="58"/>
        <source>The price of route {number} under {terms}, line by line</source>
        <translation>Цена маршрута {number} на условиях {terms}, построчно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="59"/>
        <source>Paid by</source>
        <translation>Кто платит</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="60"/>
        <source>Line and its working</source>
        <translation>Строка и расчёт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="61"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="62"/>
        <location filename="../../gui/qt/quote_page.py" line="112"/>
        <source>In {currency}</source>
        <translation>В {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="63"/>
        <source>in the price</source>
        <translation>в цене</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="64"/>
        <source>the buyer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="65"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="66"/>
        <source>Price {terms}</source>
        <translation>Цена {terms}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="67"/>
        <source>Landed cost</source>
        <translation>Стоимость с доставкой и растаможкой</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="68"/>
        <source>Customs value: {value}, to {place}, tariff line {hs}, cleared on {date}</source>
        <translation>Таможенная стоимость: {value}, до пункта {place}, позиция {hs}, оформление {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="70"/>
        <source>Route {number} has no price under {terms}: {reason}</source>
        <translation>У маршрута {number} нет цены на условиях {terms}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="113"/>
        <source>at {place}: {event}</source>
        <translation>в пункте {place}: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="115"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="116"/>
        <source>The price includes</source>
        <translation>В цену входит</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="117"/>
        <source>The price does not include</source>
        <translation>В цену не входит</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="121"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} г CO2e на т·км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="125"/>
        <source>Exchange rates and tables</source>
        <translation>Курсы валют и таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="127"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: {rate} за USD, задан для этого расчёта (по таблице: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="136"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {rate} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="149"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="26"/>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="27"/>
        <source>{title} — the tables with these changes: {changes}</source>
        <translation>{title} — таблицы с такими изменениями: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="28"/>
        <source>the tables with these changes: {changes}</source>
        <translation>таблицы с такими изменениями: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="29"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="30"/>
        <source>Arrive by</source>
        <translation>Прибыть к</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="31"/>
        <source>{date}, with {wanted} % certainty</source>
        <translation>{date}, с вероятностью {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="32"/>
        <source>On time</source>
        <translation>Вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="33"/>
        <source>misses a goal ({note})</source>
        <translation>не отвечает цели ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="37"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{odds} вовремя к {date}; {wanted} % прибывает к {sure}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="38"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{odds} вовремя к {date}; {wanted} % — ни к какой дате: закрытия на пути останавливают более {rest} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="40"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>в вероятность не входят риски в пути, названные ниже</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="41"/>
        <source>No route meets every goal</source>
        <translation>Ни один маршрут не отвечает всем целям</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="43"/>
        <source>Capital in transit</source>
        <translation>Капитал в пути</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="44"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>{rate} % годовых на стоимость товара, {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="45"/>
        <source>capital in transit {amount} ({rate} % a year for {days} days); freight + capital {economic}</source>
        <translation>капитал в пути {amount} ({rate} % годовых за {days} дн.); фрахт + капитал {economic}</translation>
    </message>
</context>
<context>
    <name>QuoteWorkbook</name>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <source>Breakdown</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Freight quote</source>
        <translation>Расчёт стоимости перевозки</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Quote number</source>
        <translation>Номер расчёта</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="77"/>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="100"/>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="14"/>
        <source>Price list from {origin}, departures {date}</source>
        <translation>Прайс-лист из пункта {origin}, отправка {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="15"/>
        <source>The cheapest route open on the departure date for each line (for a perishable, the cheapest that arrives within its shelf life, where one does); see a full quote for the breakdown. Prices to the cent, as the quote&apos;s workbook gives them; per tonne: the price ÷ the tonnes, to the cent.</source>
        <translation>Для каждой строки — самый дешёвый маршрут, открытый на дату отправки (для скоропортящегося груза — самый дешёвый из тех, что доставляют его в пределах срока годности, если такой есть); разбивку см. в полной котировке. Цены с точностью до цента, как в книге Excel котировки; за тонну: цена ÷ тонны, до цента.</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <location filename="../../gui/core/export_xlsx.py" line="95"/>
        <source>Departure</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <source>Best route</source>
        <translation>Лучший маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Per tonne</source>
        <translation>За тонну</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Days typical (min–max)</source>
        <translation>Дни (тип.; мин.–макс.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Made on</source>
        <translation>Составлено</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Corridors workbook</source>
        <translation>Книга коридоров</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Tariffs workbook</source>
        <translation>Книга тарифов</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="28"/>
        <source>Exchange rate</source>
        <translation>Курс валюты</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="97"/>
        <source>Oldest exchange rate used</source>
        <translation>Самый старый из использованных курсов валют</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="98"/>
        <source>the departure day</source>
        <translation>день отправления</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>via {place}</source>
        <translation>через {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>by {mode} from {place}</source>
        <translation>{mode} от {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="127"/>
        <source>{rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>{rate} за USD, задан сценарием (таблица: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="128"/>
        <source>{change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>{change} к USD по сценарию, {rate} за USD (таблица: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="130"/>
        <source>{change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>{change} к USD по сценарию от {start}, заданного для этой котировки, {rate} за USD (таблица: {table} на {date})</translation>
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
        <translation>Таблица коридоров</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="96"/>
        <source>Tariffs table</source>
        <translation>Таблица тарифов</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="99"/>
        <source>Recommended route</source>
        <translation>Рекомендуемый маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="100"/>
        <source>{corridor}: {cost}, {days} days</source>
        <translation>{corridor}: {cost}, {days} дн.</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="102"/>
        <source>Exchange rates used</source>
        <translation>Применённые курсы валют</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="126"/>
        <location filename="../../gui/core/export_xlsx.py" line="103"/>
        <source>none: every charge is in US dollars</source>
        <translation>нет: все сборы в долларах США</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{rate} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <location filename="../../gui/core/export_decide.py" line="182"/>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Arrive by</source>
        <translation>Прибыть к</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Certainty asked</source>
        <translation>Требуемая вероятность</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="20"/>
        <source>No route meets every goal</source>
        <translation>Ни один маршрут не отвечает всем целям</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="21"/>
        <source>On time by the date</source>
        <translation>Вовремя к дате</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="22"/>
        <source>Share asked arrived by</source>
        <translation>Требуемая доля прибыла к</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Misses a goal</source>
        <translation>Не отвечает цели</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Shelf life</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Capital in transit</source>
        <translation>Капитал в пути</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Economic cost</source>
        <translation>Экономическая стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="25"/>
        <source>Change in the what-if</source>
        <translation>Изменение в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="26"/>
        <source>Cost as the tables are</source>
        <translation>Стоимость по таблицам как есть</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ cost</source>
        <translation>Δ стоимости</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ days typical</source>
        <translation>Δ типичных дней</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Δ on time</source>
        <translation>Δ вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <source>Routes no longer offered</source>
        <translation>Маршруты, которых больше нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Path</source>
        <translation>Путь следования</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="32"/>
        <source>The tables themselves are unchanged; every figure the what-if alters says so in its estimate note (Breakdown sheet).</source>
        <translation>Сами таблицы не изменены; каждое значение, изменённое сценарием, отмечено в его примечании к оценке (лист «Расчёт»).</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>opens</source>
        <translation>открывается</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <location filename="../../gui/core/export_decide.py" line="195"/>
        <source>closes</source>
        <translation>закрывается</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="36"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="37"/>
        <source>Routes the what-if no longer shows</source>
        <translation>Маршруты, которые сценарий больше не показывает</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="38"/>
        <source>Cost in the what-if</source>
        <translation>Стоимость в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="39"/>
        <source>Days typical in the what-if</source>
        <translation>Обычно дней в сценарии</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="40"/>
        <source>no longer among those its corridor shows</source>
        <translation>больше не среди показанных его коридором</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>no longer offered</source>
        <translation>больше не предлагается</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>still closed</source>
        <translation>по-прежнему закрыт</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="42"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>{rate} % годовых на стоимость товара, {value} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Why not</source>
        <translation>Причина недоступности</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Cost per t</source>
        <translation>За тонну</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Days min</source>
        <translation>Дни (мин.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days typical</source>
        <translation>Дни (тип.)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days max</source>
        <translation>Дни (макс.)</translation>
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
        <translation>Лучший компромисс</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="111"/>
        <source>Borders</source>
        <translation>Границы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <location filename="../../gui/core/export_xlsx.py" line="112"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
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
        <translation>Предлагает</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="92"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Cost if it reopened</source>
        <translation>Стоимость, если откроют</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Step</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Mode or event</source>
        <translation>Транспорт или операция</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Equipment</source>
        <translation>Транспортная единица</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Units</source>
        <translation>Кол-во единиц</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Charge</source>
        <translation>Сбор</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Basis</source>
        <translation>Основа начисления</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="23"/>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <source>Terms of sale</source>
        <translation>Условия поставки</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="19"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <source>Price per t</source>
        <translation>Цена за т</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Landed per t</source>
        <translation>С доставкой за т</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="22"/>
        <source>Landed cost</source>
        <translation>Стоимость с доставкой и растаможкой</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <source>Why no price</source>
        <translation>Почему нет цены</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="24"/>
        <source>Included in the price of route {number}</source>
        <translation>Что входит в цену маршрута {number}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>included</source>
        <translation>включено</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>not included</source>
        <translation>не включено</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Paid by</source>
        <translation>Кто платит</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Converted</source>
        <translation>В валюте расчёта</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <source>Row</source>
        <translation>Строка таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <source>seller</source>
        <translation>продавец</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="120"/>
        <source>Estimate: its working, in English as the tables&apos; sources give it</source>
        <translation>Оценка: расчёт на английском, как в источниках таблиц</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="32"/>
        <location filename="../../gui/core/export_xlsx.py" line="121"/>
        <source>Estimate: its working; the tables&apos; notes in English, as their sources give them; a what-if&apos;s in this workbook&apos;s language</source>
        <translation>Оценка: как она получена; примечания таблиц — на английском, как в их источниках; примечания сценария «что если» — на языке этой книги</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>buyer</source>
        <translation>покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>Customs value</source>
        <translation>Таможенная стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="35"/>
        <source>Lines of each priced route</source>
        <translation>Строки каждого маршрута с ценой</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>goods</source>
        <translation>товар</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>freight</source>
        <translation>перевозка</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>insurance</source>
        <translation>страхование</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>duty</source>
        <translation>пошлина</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>tax</source>
        <translation>налог</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>fee</source>
        <translation>сбор</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>Port of shipment</source>
        <translation>Порт отгрузки</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Quote currency</source>
        <translation>Валюта расчёта</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>at {place}</source>
        <translation>в пункте {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="126"/>
        <source>{rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{rate} за USD, задан для этого расчёта (по таблице: {table} на {date})</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="113"/>
        <source>until further notice</source>
        <translation>до особого уведомления</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="116"/>
        <source>closed {span}</source>
        <translation>закрыто {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="117"/>
        <source>risk {span}</source>
        <translation>риск {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_painter.py" line="355"/>
        <source>Schematic lines, place to place. Borders: Natural Earth</source>
        <translation>Линии схематичны: от пункта к пункту. Границы: Natural Earth</translation>
    </message>
</context>
<context>
    <name>RouteMapPanel</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>selected</source>
        <translation>выбранный</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="147"/>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>best trade-off</source>
        <translation>лучший компромисс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="152"/>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>unavailable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>risk window</source>
        <translation>период риска</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="324"/>
        <source>border</source>
        <translation>граница</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="325"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="326"/>
        <source>gauge change</source>
        <translation>смена колеи</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="327"/>
        <source>transshipment</source>
        <translation>перевалка</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="205"/>
        <source>Save quote</source>
        <translation>Сохранить котировку</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="210"/>
        <source>phone or e-mail, optional</source>
        <translation>телефон или e-mail, необязательно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="217"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="218"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="219"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="220"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="237"/>
        <source>A quote cannot be valid until {date}, before today ({today}).</source>
        <translation>Котировка не может действовать до {date} — это раньше сегодняшнего дня ({today}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="254"/>
        <source>Short validity</source>
        <translation>Короткий срок действия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="255"/>
        <source>This quote would be valid only until {date} ({days} day(s) from today). Save it so?</source>
        <translation>Котировка будет действовать только до {date} (дней от сегодня: {days}). Сохранить так?</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="33"/>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>What if</source>
        <translation>Что если</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="38"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="40"/>
        <source>e.g. Torkham reopens</source>
        <translation>напр. Торхам открылся</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="46"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="60"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="62"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="69"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>Chan&amp;ge</source>
        <translation>&amp;Изменение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>&amp;Value</source>
        <translation>Зн&amp;ачение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="90"/>
        <source>Routes, as the tables are and with the changes</source>
        <translation>Маршруты: по таблицам как есть и с изменениями</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="94"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="95"/>
        <source>&amp;Tables as they are</source>
        <translation>&amp;Таблицы как есть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="96"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Open a crossing or leg</source>
        <translation>Открыть переход или участок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Close a crossing or leg</source>
        <translation>Закрыть переход или участок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Add days at a place or leg</source>
        <translation>Добавить дни в пункте или на участке</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Scale rates (× factor)</source>
        <translation>Изменить тарифы (× коэффициент)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="137"/>
        <source>A currency&apos;s value, % against the USD</source>
        <translation>Курс валюты, % к USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>An exchange rate, per USD</source>
        <translation>Курс за USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>Road fuel surcharge, %</source>
        <translation>Топливная надбавка на авто, %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="139"/>
        <source>A search limit (empty: none)</source>
        <translation>Ограничение поиска (пусто — без ограничения)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>As they are</source>
        <translation>Как есть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>Δ cost</source>
        <translation>Δ стоимости</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ days</source>
        <translation>Δ дней</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ on time</source>
        <translation>Δ вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="41"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="225"/>
        <source>Open a scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="226"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Сценарии (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Save the scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Scenarios (*.json)</source>
        <translation>Сценарии (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="280"/>
        <source>days</source>
        <translation>дни</translation>
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
        <translation>за USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="283"/>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>factor or count</source>
        <translation>коэффициент или число</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>days; empty: never wait</source>
        <translation>дни; пусто: никогда не ждать</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="25"/>
        <source>The odds under the what-if less the odds as the tables are, each as shown (rounded down; “&gt; 99.9 %” counts as 99.9), in percentage points</source>
        <translation>Вероятность по сценарию минус вероятность по таблицам как есть, каждая как показана (с округлением вниз; «&gt; 99,9 %» считается как 99,9), в процентных пунктах</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="50"/>
        <source>pts</source>
        <translation>п. п.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>opens</source>
        <translation>открывается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>closes</source>
        <translation>закрывается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>changed</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="94"/>
        <source>as before</source>
        <translation>как было</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="95"/>
        <source>no longer offered</source>
        <translation>больше не предлагается</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="96"/>
        <source>not among those shown</source>
        <translation>не среди показанных</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="97"/>
        <source>still closed</source>
        <translation>по-прежнему закрыт</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>road</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>sea</source>
        <translation>море</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>ferry</source>
        <translation>паром</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="12"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <location filename="../../gui/core/vocabulary.py" line="15"/>
        <source>border crossing</source>
        <translation>пересечение границы</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="16"/>
        <source>gauge change</source>
        <translation>смена колеи</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="17"/>
        <source>port handling</source>
        <translation>портовая обработка</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <location filename="../../gui/core/vocabulary.py" line="18"/>
        <source>transshipment</source>
        <translation>перевалка</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="19"/>
        <source>wait for a closure to end</source>
        <translation>ожидание окончания закрытия</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>bulk grain</source>
        <translation>зерно насыпью</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>liquid bulk</source>
        <translation>наливной груз</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="23"/>
        <source>refrigerated</source>
        <translation>рефрижераторный груз</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="24"/>
        <source>temperature-controlled</source>
        <translation>груз с контролем температуры</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="25"/>
        <source>general cargo</source>
        <translation>генеральный груз</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>containers</source>
        <translation>контейнеры</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="20"/>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>wagons</source>
        <translation>вагоны</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>trucks</source>
        <translation>грузовики</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>tankers</source>
        <translation>танкеры</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="30"/>
        <source>pipeline batches</source>
        <translation>партии по трубопроводу</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne</source>
        <translation>за тонну</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne-km</source>
        <translation>за тонно-км</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="24"/>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit</source>
        <translation>за единицу</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit-km</source>
        <translation>за единицу на км</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="35"/>
        <source>per trip</source>
        <translation>за рейс</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="36"/>
        <source>per tonne-day</source>
        <translation>за тонно-сутки</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="37"/>
        <source>per unit-day</source>
        <translation>за единицу в сутки</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="39"/>
        <source>Domestic {countries}</source>
        <translation>Внутренний маршрут {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="41"/>
        <source>Cross-border {countries}</source>
        <translation>Трансграничный {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>cargo</source>
        <translation>груз</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>origin</source>
        <translation>пункт отправления</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="99"/>
        <source>destination</source>
        <translation>пункт назначения</translation>
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
        <translation>единица</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="100"/>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="101"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="102"/>
        <source>key</source>
        <translation>ключ</translation>
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
        <translation>сбор в пункте</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>leg</source>
        <translation>участок</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>closure</source>
        <translation>закрытие</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="278"/>
        <source>exchange rate</source>
        <translation>курс валюты</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>dry port</source>
        <translation>сухой порт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <source>junction</source>
        <translation>узловой пункт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="285"/>
        <source>open</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="286"/>
        <source>any place</source>
        <translation>любой пункт</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="287"/>
        <source>planned</source>
        <translation>в проекте</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="288"/>
        <source>operational</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="289"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="290"/>
        <source>risk</source>
        <translation>риск</translation>
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
        <translation>названное место</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>goods value</source>
        <translation>стоимость товара</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>margin</source>
        <translation>маржа</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="34"/>
        <source>premium rate</source>
        <translation>ставка страховой премии</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="35"/>
        <source>insured value</source>
        <translation>страховая сумма</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="36"/>
        <source>country of origin</source>
        <translation>страна происхождения</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="37"/>
        <source>figure</source>
        <translation>величина</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="39"/>
        <source>amount per quantity</source>
        <translation>сумма за единицу количества</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="40"/>
        <source>amount</source>
        <translation>сумма</translation>
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
        <translation>из пункта</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="66"/>
        <source>arriving at</source>
        <translation>в пункт</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Pakistan</source>
        <translation>Пакистан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Afghanistan</source>
        <translation>Афганистан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
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
        <translation>Таджикистан</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="23"/>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Oman</source>
        <translation>Оман</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
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
        <translation>Египет</translation>
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
        <translation>Монголия</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="28"/>
        <source>Sudan</source>
        <translation>Судан</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>duty</source>
        <translation>пошлина</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>import tax</source>
        <translation>импортный налог</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>customs fee</source>
        <translation>таможенный сбор</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>fee unit</source>
        <translation>расчётная единица сборов</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="18"/>
        <source>tariff line</source>
        <translation>товарная позиция</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="19"/>
        <source>commercial sheets</source>
        <translation>коммерческие листы</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="21"/>
        <source>blank, for the user to give</source>
        <translation>пусто, указывает пользователь</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="22"/>
        <source>imports prohibited</source>
        <translation>ввоз запрещён</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="23"/>
        <source>per declaration</source>
        <translation>за декларацию</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="25"/>
        <source>per consignment</source>
        <translation>за партию</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="172"/>
        <source>the on-time certainty</source>
        <translation>вероятность прибытия вовремя</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="173"/>
        <source>the CO2e allowance</source>
        <translation>допуск по CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="174"/>
        <source>the capital cost</source>
        <translation>стоимость капитала</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>road vehicles</source>
        <translation>ед. автотранспорта</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>road vehicle</source>
        <translation>ед. автотранспорта</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>wagon</source>
        <translation>вагон</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="8"/>
        <source>search setting</source>
        <translation>настройка поиска</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>stop time</source>
        <translation>время стоянки</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>throughput</source>
        <translation>пропускная способность</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>cargo type</source>
        <translation>вид груза</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>equipment</source>
        <translation>транспортная единица</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="11"/>
        <source>emission factor</source>
        <translation>коэффициент выбросов</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="13"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="14"/>
        <source>never wait</source>
        <translation>никогда не ждать</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="15"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="16"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="25"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="30"/>
        <source>both ways</source>
        <translation>в обе стороны</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="31"/>
        <source>one way</source>
        <translation>в одну сторону</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="33"/>
        <source>quoted from and to</source>
        <translation>котируется как пункт отправления и назначения</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="34"/>
        <source>passed through only</source>
        <translation>только транзитом</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="37"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
</context>
<context>
    <name>TermsBar</name>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="63"/>
        <source>&amp;Terms</source>
        <translation>&amp;Условия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="67"/>
        <source>freight only: choose an Incoterm to quote the goods delivered, with the buyer&apos;s landed cost</source>
        <translation>только перевозка: выберите правило Инкотермс, чтобы назвать цену товара с поставкой и стоимость для покупателя</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="70"/>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="74"/>
        <source>Named place</source>
        <translation>Названное место</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="78"/>
        <source>&amp;Goods</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="80"/>
        <source>value</source>
        <translation>стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="85"/>
        <location filename="../../gui/qt/terms_bar.py" line="97"/>
        <source>per t</source>
        <translation>за т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="86"/>
        <source>in total</source>
        <translation>всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="88"/>
        <source>Currency of the goods&apos; value</source>
        <translation>Валюта стоимости товара</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="89"/>
        <source>Goods&apos; value per tonne or in total</source>
        <translation>Стоимость товара за тонну или всего</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="90"/>
        <source>Ma&amp;rgin</source>
        <translation>Ма&amp;ржа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="98"/>
        <source>Margin in % or per tonne</source>
        <translation>Маржа в % или за тонну</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="99"/>
        <source>&amp;Insurance</source>
        <translation>Стра&amp;хование</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="105"/>
        <source>premium %</source>
        <translation>премия %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="108"/>
        <source>Premium in % of the insured value (110 % of the value unless set under More…)</source>
        <translation>Премия в % от страховой суммы (110 % стоимости, если не задано в «Ещё…»)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="110"/>
        <source>Mor&amp;e…</source>
        <translation>&amp;Ещё…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="111"/>
        <source>Importer, proof of origin, insured value and the rates the tables leave blank</source>
        <translation>Импортёр, подтверждение происхождения, страховая сумма и ставки, пустые в таблицах</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="201"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="202"/>
        <source>Freight only</source>
        <translation>Только перевозка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="212"/>
        <source>these tables have no commercial sheets: freight only</source>
        <translation>в этих таблицах нет коммерческих листов: только перевозка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="250"/>
        <source>{name}: sea transport only, and no route of this quote has a sea leg</source>
        <translation>{name}: только для морской перевозки, а ни у одного маршрута нет морского плеча</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="19"/>
        <source>Terms: importer, origin, blank rates</source>
        <translation>Условия: импортёр, происхождение, пустые ставки</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="26"/>
        <source>the seller, through its own entity there</source>
        <translation>продавец, через своё юрлицо в стране ввоза</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="27"/>
        <source>the seller, through a licensed customs broker</source>
        <translation>продавец, через лицензированного таможенного брокера</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="29"/>
        <source>the buyer (only DDP makes the seller import)</source>
        <translation>покупатель (продавец ввозит только при DDP)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="31"/>
        <source>Importer of record</source>
        <translation>Импортёр (декларант)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="33"/>
        <source>a company or industrial undertaking</source>
        <translation>компания или промышленное предприятие</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="34"/>
        <source>another person (a sole trader, a partnership)</source>
        <translation>иное лицо (ИП, товарищество)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="36"/>
        <source>The importer is</source>
        <translation>Импортёр — это</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="37"/>
        <source>on Pakistan&apos;s Active Taxpayers List (else withholding tax is doubled)</source>
        <translation>в списке активных налогоплательщиков Пакистана (иначе налог у источника удваивается)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="40"/>
        <source>imports for resale (a commercial importer)</source>
        <translation>ввозит для перепродажи (коммерческий импортёр)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="45"/>
        <source>as the route starts ({country})</source>
        <translation>по началу маршрута ({country})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="50"/>
        <source>Country of origin of the goods</source>
        <translation>Страна происхождения товара</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="51"/>
        <source>a certificate of origin goes with the goods (a tariff preference needs it)</source>
        <translation>с товаром идёт сертификат происхождения (нужен для тарифной преференции)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="56"/>
        <source>Insured value in % of the value insured (goods, margin, carriage); CIF and CIP need at least 110 %</source>
        <translation>Страховая сумма в % от страхуемой стоимости (товар, маржа, перевозка); CIF и CIP требуют не менее 110 %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="58"/>
        <source>Insured value, %</source>
        <translation>Страховая сумма, %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="63"/>
        <source>Rates and fees the tables leave blank (the research did not find them): give the ones you know; a blank duty or tax rate keeps the landed cost unknown, a blank fee is left out and said so</source>
        <translation>Ставки и сборы, пустые в таблицах (исследование их не нашло): укажите известные; без ставки пошлины или налога стоимость с доставкой неизвестна, пустой сбор не учитывается, и об этом сказано</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="70"/>
        <source>Rates and fees the tables leave blank</source>
        <translation>Ставки и сборы, не заполненные в таблицах</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/core/formatting.py" line="24"/>
        <source>d</source>
        <translation>дн.</translation>
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
        <translation>тыс.</translation>
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
