<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/charts.py" line="70"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>Срок доставки, дни: типичный, отрезок — мин–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="85"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>лучший компромисс: нет маршрута и дешевле, и быстрее</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="87"/>
        <source>other available routes</source>
        <translation>другие доступные маршруты</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="88"/>
        <source>selected</source>
        <translation>выбран</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="105"/>
        <location filename="../../gui/qt/charts.py" line="182"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="165"/>
        <source>Distance from origin, km</source>
        <translation>Расстояние от пункта отправления, км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="166"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>Стоимость и время по маршруту (ступени: границы, порты, перевалки)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="167"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>border crossing</source>
        <translation>пересечение границы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>gauge change</source>
        <translation>смена колеи</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>port handling</source>
        <translation>портовая обработка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>transshipment</source>
        <translation>перевалка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>rail</source>
        <translation>ж/д</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>road</source>
        <translation>авто</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>sea</source>
        <translation>море</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>ferry</source>
        <translation>паром</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="43"/>
        <source>pipeline</source>
        <translation>трубопровод</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Cost per t</source>
        <translation>За тонну</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Days min–typ–max</source>
        <translation>Дни мин–тип–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Borders</source>
        <translation>Границы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Via</source>
        <translation>Через</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>risk</source>
        <translation>риск</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="167"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="169"/>
        <source>planned, not built</source>
        <translation>проект, не построен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="170"/>
        <location filename="../../gui/qt/models.py" line="257"/>
        <source>no tariff</source>
        <translation>нет тарифа</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Step</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Mode or event</source>
        <translation>Вид транспорта или операция</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Days (typ.)</source>
        <translation>Дни (тип.)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Charges (own currency)</source>
        <translation>Сборы (в своей валюте)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Estimate</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="246"/>
        <source>at {place}</source>
        <translation>в пункте {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="263"/>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="27"/>
        <source>e.g. 500</source>
        <translation>напр. 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="32"/>
        <source>Swap origin and destination</source>
        <translation>Поменять отправление и назначение</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="41"/>
        <source>Departure</source>
        <translation>Отправление</translation>
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
        <translation>контейнеры</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>wagons</source>
        <translation>вагоны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>trucks</source>
        <translation>грузовики</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="85"/>
        <source>Exchange rates for this quote</source>
        <translation>Курсы валют для этого расчёта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>По таблице: {rate} {currency} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="94"/>
        <source>{currency} per USD</source>
        <translation>{currency} за USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Use the table&apos;s rates</source>
        <translation>Курсы из таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="103"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>Оставьте поле пустым, чтобы взять курс из таблицы (показан серым).</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="185"/>
        <source>Quote history</source>
        <translation>История котировок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="188"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>Поиск по номеру, покупателю, грузу или пункту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Best price</source>
        <translation>Лучшая цена</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="202"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>Пересчитать по сегодняшним таблицам</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="204"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="206"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="234"/>
        <source> (expired)</source>
        <translation> (истекло)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="266"/>
        <source>On today&apos;s tables: </source>
        <translation>По сегодняшним таблицам: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="267"/>
        <source>no difference</source>
        <translation>без изменений</translation>
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
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="44"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="49"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="50"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
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
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="53"/>
        <source>Quotes valid for</source>
        <translation>Котировки действительны</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="62"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="37"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>Последние таблицы больше не загружаются ({file}); используются встроенные</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="105"/>
        <source>&amp;Open tables…</source>
        <translation>&amp;Открыть таблицы…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="108"/>
        <source>Use the &amp;bundled tables</source>
        <translation>Использовать &amp;встроенные таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="113"/>
        <source>&amp;Save quote…</source>
        <translation>&amp;Сохранить котировку…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="114"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="116"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="117"/>
        <source>Quote &amp;history…</source>
        <translation>&amp;История котировок…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="118"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;Бланк…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="119"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>&amp;Курсы валют для этого расчёта…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="139"/>
        <source>Loading tables…</source>
        <translation>Загрузка таблиц…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="172"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>Не удалось загрузить таблицы: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="212"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>Нечего сохранять: сначала исправьте запрос.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="232"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="244"/>
        <source>Save quote</source>
        <translation>Сохранить котировку</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="255"/>
        <source>Saved {file}</source>
        <translation>Сохранено: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Saved as {number} in the quote history</source>
        <translation>Сохранено в истории под номером {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="333"/>
        <source>Open tables</source>
        <translation>Открыть таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="334"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="342"/>
        <source>Use these tables?</source>
        <translation>Использовать эти таблицы?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="344"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>Изменений относительно текущих таблиц: {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="347"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>В этих таблицах те же данные, что и в текущих.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="357"/>
        <source>The tables cannot be used</source>
        <translation>Таблицы нельзя использовать</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="358"/>
        <source>The tables in use stay as they were.</source>
        <translation>Текущие таблицы остаются без изменений.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="385"/>
        <source>Reading {what}…</source>
        <translation>Чтение: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="435"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>Таблицы: {corridors} ({places} пунктов, {legs} участков, #{corridors_hash}) и {tariffs} ({rates} тарифов, #{tariffs_hash}); курсы валют на {fx_date}; без сети</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="448"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>Исправьте отмеченное поле, чтобы увидеть маршруты.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="458"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>задан для этого расчёта; по таблице {rate} на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="466"/>
        <source>{cargo}: {load}. {available} of {total} routes available on {date}. FX: {rates}</source>
        <translation>{cargo}: {load}. Доступно маршрутов на {date}: {available} из {total}. Курсы: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="500"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>Выберите маршрут, чтобы увидеть его по участкам.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>unavailable: </source>
        <translation>недоступен: </translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/documents.py" line="76"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>Срок доставки, дни (точка — типичный; отрезок — мин–макс; числа — строки таблицы)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="82"/>
        <source>Cost, {currency}</source>
        <translation>Стоимость, {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="113"/>
        <source>Freight quote {number}</source>
        <translation>Расчёт стоимости перевозки {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="114"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="115"/>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="116"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="117"/>
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="118"/>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="119"/>
        <source>Departure</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="120"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="121"/>
        <source>Recommended: {corridor}</source>
        <translation>Рекомендуется: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="122"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>({per_tonne} за тонну), в пути {days} дн., {co2e} т CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="123"/>
        <source>via {places}</source>
        <translation>через {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="124"/>
        <source>No route is available on this date</source>
        <translation>На эту дату нет доступного маршрута</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="125"/>
        <source>Routes compared</source>
        <translation>Сравнение маршрутов</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="126"/>
        <source>Corridor</source>
        <translation>Коридор</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="127"/>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="128"/>
        <source>Per t</source>
        <translation>За т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="129"/>
        <source>Days min–typ–max</source>
        <translation>Дни мин–тип–макс</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="130"/>
        <source>CO2e t</source>
        <translation>CO2e, т</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="131"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="132"/>
        <source>available</source>
        <translation>доступен</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="133"/>
        <source>unavailable ({note})</source>
        <translation>недоступен ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="134"/>
        <source>route {number}: {reason}</source>
        <translation>маршрут {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="135"/>
        <source>★ best trade-off: no other available route is both cheaper and faster.</source>
        <translation>★ лучший компромисс: нет доступного маршрута, который и дешевле, и быстрее.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="136"/>
        <source>Breakdown of the recommended route</source>
        <translation>Расчёт по рекомендуемому маршруту</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="137"/>
        <source>Step</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="138"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="139"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="140"/>
        <source>Charge</source>
        <translation>Сбор</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="141"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="142"/>
        <source>In {currency}</source>
        <translation>В {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="143"/>
        <source>at {place}: {event}</source>
        <translation>в пункте {place}: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="144"/>
        <source>at {rate}/USD ({date})</source>
        <translation>по курсу {rate}/USD ({date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="145"/>
        <source>(estimate)</source>
        <translation>(оценка)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="146"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="147"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode. Factors used:</source>
        <translation>Рассчитано по методике GLEC Framework (well-to-wheel): тонны × км × коэффициент каждого вида транспорта. Коэффициенты:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="149"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} г CO2e на т·км</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="150"/>
        <source>Exchange rates and tables</source>
        <translation>Курсы валют и таблицы</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="151"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: {rate} за USD, задан для этого расчёта (по таблице: {table} на {date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="153"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {rate} за USD на {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="154"/>
        <source>Tables: {corridors} and {tariffs}, exchange rates as of {date} (content {digest}).</source>
        <translation>Таблицы: {corridors} и {tariffs}, курсы валют на {date} (содержимое {digest}).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="156"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="157"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Save quote</source>
        <translation>Сохранить котировку</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="145"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="147"/>
        <source>phone or e-mail, optional</source>
        <translation>телефон или e-mail, необязательно</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="153"/>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="154"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="155"/>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="156"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
</TS>
