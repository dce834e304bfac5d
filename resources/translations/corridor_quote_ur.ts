<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/charts.py" line="70"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>ترسیل کا وقت، دن: عام، لکیر — کم از کم تا زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="85"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>بہترین توازن: کوئی اور راستہ سستا اور تیز دونوں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="87"/>
        <source>other available routes</source>
        <translation>دیگر دستیاب راستے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="88"/>
        <source>selected</source>
        <translation>منتخب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="105"/>
        <location filename="../../gui/qt/charts.py" line="182"/>
        <source>Cost, {currency}</source>
        <translation>لاگت، {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="165"/>
        <source>Distance from origin, km</source>
        <translation>روانگی کے مقام سے فاصلہ، کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="166"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>راستے کے ساتھ لاگت اور وقت (سیڑھیاں: سرحدیں، بندرگاہیں، منتقلی)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/charts.py" line="167"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>border crossing</source>
        <translation>سرحد پار کرنا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="40"/>
        <source>gauge change</source>
        <translation>گیج کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>port handling</source>
        <translation>بندرگاہی ہینڈلنگ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="41"/>
        <source>transshipment</source>
        <translation>سامان کی منتقلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>rail</source>
        <translation>ریل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>road</source>
        <translation>سڑک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>sea</source>
        <translation>سمندر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="42"/>
        <source>ferry</source>
        <translation>فیری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="43"/>
        <source>pipeline</source>
        <translation>پائپ لائن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Corridor</source>
        <translation>راہداری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Cost per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Days min–typ–max</source>
        <translation>دن کم–عام–زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="88"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>CO2e</source>
        <translation>CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Borders</source>
        <translation>سرحدیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="89"/>
        <source>Via</source>
        <translation>براستہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="164"/>
        <source>risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="167"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="169"/>
        <source>planned, not built</source>
        <translation>منصوبہ، تعمیر نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="170"/>
        <location filename="../../gui/qt/models.py" line="257"/>
        <source>no tariff</source>
        <translation>کوئی ٹیرف نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Mode or event</source>
        <translation>ذریعہ یا عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Days (typ.)</source>
        <translation>دن (عام)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="196"/>
        <source>Charges (own currency)</source>
        <translation>چارجز (اپنی کرنسی میں)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="197"/>
        <source>Estimate</source>
        <translation>تخمینہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="246"/>
        <source>at {place}</source>
        <translation>{place} پر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="263"/>
        <source>estimate</source>
        <translation>تخمینہ</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="27"/>
        <source>e.g. 500</source>
        <translation>مثلاً 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="32"/>
        <source>Swap origin and destination</source>
        <translation>روانگی اور منزل بدلیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="38"/>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="39"/>
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>To</source>
        <translation>کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="41"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="42"/>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>t</source>
        <translation>ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>m³</source>
        <translation>مکعب میٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="133"/>
        <source>containers</source>
        <translation>کنٹینر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>wagons</source>
        <translation>ویگنیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="134"/>
        <source>trucks</source>
        <translation>ٹرک</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="85"/>
        <source>Exchange rates for this quote</source>
        <translation>اس کوٹیشن کے لیے شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>جدول: {date} تک فی USD {rate} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="94"/>
        <source>{currency} per USD</source>
        <translation>فی USD {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Use the table&apos;s rates</source>
        <translation>جدول کی شرحیں استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="103"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>جدول کی شرح استعمال کرنے کے لیے خانہ خالی چھوڑ دیں (سرمئی میں دکھائی گئی ہے)۔</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="185"/>
        <source>Quote history</source>
        <translation>کوٹیشن کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="188"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>نمبر، خریدار، سامان یا مقام تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Saved</source>
        <translation>محفوظ کیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="191"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>From → to</source>
        <translation>کہاں سے → کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Best price</source>
        <translation>بہترین قیمت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="192"/>
        <source>Valid until</source>
        <translation>تک درست</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="202"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>آج کی جدولوں پر دوبارہ حساب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="204"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="206"/>
        <source>Export to Excel…</source>
        <translation>Excel میں برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="234"/>
        <source> (expired)</source>
        <translation> (میعاد ختم)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="266"/>
        <source>On today&apos;s tables: </source>
        <translation>آج کی جدولوں پر: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="267"/>
        <source>no difference</source>
        <translation>کوئی فرق نہیں</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="33"/>
        <source>Letterhead</source>
        <translation>لیٹر ہیڈ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="39"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="44"/>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="49"/>
        <source>Company</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="50"/>
        <source>Contacts</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="51"/>
        <location filename="../../gui/qt/dialogs.py" line="62"/>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="52"/>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="53"/>
        <source>Quotes valid for</source>
        <translation>کوٹیشن کی میعاد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="62"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="37"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>آپ کی پچھلی جدولیں اب لوڈ نہیں ہوتیں ({file})؛ شامل جدولیں استعمال ہو رہی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="105"/>
        <source>&amp;Open tables…</source>
        <translation>جدولیں &amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="108"/>
        <source>Use the &amp;bundled tables</source>
        <translation>&amp;شامل جدولیں استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;باہر نکلیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="113"/>
        <source>&amp;Save quote…</source>
        <translation>کوٹیشن &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="114"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="116"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel میں &amp;برآمد…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="117"/>
        <source>Quote &amp;history…</source>
        <translation>کوٹیشن کی &amp;تاریخ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="118"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;لیٹر ہیڈ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="119"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>اس کوٹیشن کے لیے شرحِ &amp;مبادلہ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="129"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="139"/>
        <source>Loading tables…</source>
        <translation>جدولیں لوڈ ہو رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="172"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>جدولیں لوڈ نہیں ہو سکیں: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="212"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>محفوظ کرنے کے لیے کوئی کوٹیشن نہیں: پہلے درخواست درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="232"/>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="243"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="244"/>
        <source>Save quote</source>
        <translation>کوٹیشن محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="255"/>
        <source>Saved {file}</source>
        <translation>محفوظ ہو گیا: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Saved as {number} in the quote history</source>
        <translation>تاریخ میں {number} کے طور پر محفوظ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="333"/>
        <source>Open tables</source>
        <translation>جدولیں کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="334"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ورک بکس (*.xlsx);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="342"/>
        <source>Use these tables?</source>
        <translation>کیا یہ جدولیں استعمال کریں؟</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="344"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>موجودہ جدولوں کے مقابلے میں {count} تبدیلیاں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="347"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>ان جدولوں میں وہی اعداد ہیں جو استعمال میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="357"/>
        <source>The tables cannot be used</source>
        <translation>یہ جدولیں استعمال نہیں ہو سکتیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="358"/>
        <source>The tables in use stay as they were.</source>
        <translation>استعمال میں موجود جدولیں ویسی ہی رہیں گی۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="385"/>
        <source>Reading {what}…</source>
        <translation>پڑھا جا رہا ہے: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="435"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>جدولیں: {corridors} ({places} مقامات، {legs} حصے، #{corridors_hash}) اور {tariffs} ({rates} شرحیں، #{tariffs_hash})؛ شرح تبادلہ بتاریخ {fx_date}؛ آف لائن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="448"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>راستے دیکھنے کے لیے نشان زدہ خانہ درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="458"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>اس کوٹیشن کے لیے مقرر؛ جدول میں {date} تک {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="466"/>
        <source>{cargo}: {load}. {available} of {total} routes available on {date}. FX: {rates}</source>
        <translation>{cargo}: {load}۔ {date} کو {total} میں سے {available} راستے دستیاب۔ شرح تبادلہ: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="500"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>راستہ منتخب کریں تاکہ اسے حصہ بہ حصہ دیکھ سکیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>available</source>
        <translation>دستیاب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="506"/>
        <source>unavailable: </source>
        <translation>دستیاب نہیں: </translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/documents.py" line="76"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>ترسیل کا وقت، دن (نقطہ: عام؛ لکیر: کم از کم–زیادہ سے زیادہ؛ اعداد: جدول کی قطاریں)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="82"/>
        <source>Cost, {currency}</source>
        <translation>لاگت، {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="113"/>
        <source>Freight quote {number}</source>
        <translation>مال برداری کوٹیشن {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="114"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="115"/>
        <source>Valid until</source>
        <translation>تک قابلِ عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="116"/>
        <source>For</source>
        <translation>برائے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="117"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="118"/>
        <source>From → to</source>
        <translation>کہاں سے → کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="119"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="120"/>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="121"/>
        <source>Recommended: {corridor}</source>
        <translation>تجویز کردہ: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="122"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>({per_tonne} فی ٹن)، راستے میں {days} دن، {co2e} ٹن CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="123"/>
        <source>via {places}</source>
        <translation>براستہ {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="124"/>
        <source>No route is available on this date</source>
        <translation>اس تاریخ پر کوئی راستہ دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="125"/>
        <source>Routes compared</source>
        <translation>راستوں کا موازنہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="126"/>
        <source>Corridor</source>
        <translation>راہداری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="127"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="128"/>
        <source>Per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="129"/>
        <source>Days min–typ–max</source>
        <translation>دن کم–عام–زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="130"/>
        <source>CO2e t</source>
        <translation>CO2e ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="131"/>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="132"/>
        <source>available</source>
        <translation>دستیاب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="133"/>
        <source>unavailable ({note})</source>
        <translation>غیر دستیاب ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="134"/>
        <source>route {number}: {reason}</source>
        <translation>راستہ {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="135"/>
        <source>★ best trade-off: no other available route is both cheaper and faster.</source>
        <translation>★ بہترین توازن: کوئی اور دستیاب راستہ بیک وقت سستا اور تیز نہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="136"/>
        <source>Breakdown of the recommended route</source>
        <translation>تجویز کردہ راستے کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="137"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="138"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="139"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="140"/>
        <source>Charge</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="141"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="142"/>
        <source>In {currency}</source>
        <translation>{currency} میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="143"/>
        <source>at {place}: {event}</source>
        <translation>{place} پر: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="144"/>
        <source>at {rate}/USD ({date})</source>
        <translation>{rate}/USD کی شرح پر ({date})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="145"/>
        <source>(estimate)</source>
        <translation>(تخمینہ)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="146"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="147"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode. Factors used:</source>
        <translation>GLEC Framework (well-to-wheel) کے مطابق حساب: ٹن × کلومیٹر × ہر ذریعۂ نقل و حمل کا عامل۔ استعمال شدہ عوامل:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="149"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} گرام CO2e فی ٹن·کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="150"/>
        <source>Exchange rates and tables</source>
        <translation>شرحِ مبادلہ اور جدول</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="151"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: فی USD {rate}، اس کوٹیشن کے لیے مقرر (جدول: {date} تک {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="153"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {date} تک فی USD {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="154"/>
        <source>Tables: {corridors} and {tariffs}, exchange rates as of {date} (content {digest}).</source>
        <translation>جدول: {corridors} اور {tariffs}، شرحِ مبادلہ {date} تک (مواد {digest})۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="156"/>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/documents.py" line="157"/>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Save quote</source>
        <translation>کوٹیشن محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="145"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="147"/>
        <source>phone or e-mail, optional</source>
        <translation>فون یا ای میل، اختیاری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="153"/>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="154"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="155"/>
        <source>Valid until</source>
        <translation>تک درست</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="156"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
</context>
</TS>
