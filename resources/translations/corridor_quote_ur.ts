<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="40"/>
        <source>Delivery time in days: typical, whisker min–max</source>
        <translation>ترسیل کا وقت، دن: عام، لکیر — کم از کم تا زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="153"/>
        <source>best trade-off: nothing else is both cheaper and faster</source>
        <translation>بہترین توازن: کوئی اور راستہ سستا اور تیز دونوں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="149"/>
        <source>other available routes</source>
        <translation>دیگر دستیاب راستے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="148"/>
        <source>selected</source>
        <translation>منتخب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="155"/>
        <source>off the scale</source>
        <translation>پیمانے سے باہر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="158"/>
        <source>off the scale: a route more than three times dearer or slower than the dearest or slowest best trade-off, drawn at the edge (▲ dearer, ▶ slower); its figures are in the table and in the point&apos;s tooltip</source>
        <translation>پیمانے سے باہر: وہ راستہ جو سب سے مہنگے یا سب سے سست بہترین توازن سے تین گنا سے زیادہ مہنگا یا سست ہو، کنارے پر دکھایا گیا ہے (▲ زیادہ مہنگا، ▶ زیادہ سست)؛ اس کے اعداد جدول میں اور نقطے کے ٹول ٹپ میں ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Working out the routes…</source>
        <translation>راستوں کا حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="228"/>
        <source>Freight + capital in transit, {currency}</source>
        <translation>کرایہ + راستے میں سرمایہ، {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="229"/>
        <location filename="../../gui/qt/distance_chart.py" line="124"/>
        <source>Cost, {currency}</source>
        <translation>لاگت، {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="247"/>
        <source>No open route to show.</source>
        <translation>دکھانے کے لیے کوئی کھلا راستہ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="202"/>
        <source>Correct the request to see the routes.</source>
        <translation>راستے دیکھنے کے لیے درخواست درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="65"/>
        <source>Select a route to see its cost and time along the way.</source>
        <translation>راستہ منتخب کریں تاکہ راستے بھر کی لاگت اور وقت دیکھ سکیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="77"/>
        <source>Distance from origin, km</source>
        <translation>روانگی کے مقام سے فاصلہ، کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="126"/>
        <source>Cost and time along the route (steps: borders, ports, transfers)</source>
        <translation>راستے کے ساتھ لاگت اور وقت (مراحل: سرحدیں، بندرگاہیں، منتقلی)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/distance_chart.py" line="78"/>
        <location filename="../../gui/qt/distance_chart.py" line="129"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>border</source>
        <translation>سرحد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="104"/>
        <source>port</source>
        <translation>بندرگاہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>gauge change</source>
        <translation>گیج کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="105"/>
        <source>transshipment</source>
        <translation>سامان کی منتقلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="107"/>
        <source>wait for a closure to end</source>
        <translation>بندش ختم ہونے کا انتظار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/distance_chart.py" line="127"/>
        <source>Cost and time along the route if it reopened</source>
        <translation>راستہ دوبارہ کھلنے کی صورت میں لاگت اور وقت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>Status</source>
        <translation>کیفیت</translation>
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
        <translation>خراب ہو سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="69"/>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>#</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/route_cells.py" line="57"/>
        <source>Per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <source>Price/t</source>
        <translation>قیمت/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <location filename="../../gui/qt/price_cells.py" line="17"/>
        <location filename="../../gui/qt/price_cells.py" line="18"/>
        <source>Landed/t</source>
        <translation>پہنچ کر/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="35"/>
        <source>Δ cost</source>
        <translation>Δ لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="104"/>
        <source>The cost under the what-if against the tables as they are</source>
        <translation>«اگر» منظرنامے میں لاگت، جدولوں کی موجودہ حالت کے مقابلے میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="105"/>
        <source>Door to door: typical days (minimum–maximum)</source>
        <translation>دروازے سے دروازے تک: عام دن (کم از کم–زیادہ سے زیادہ)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="106"/>
        <source>Tonnes of CO2e, well to wheel (GLEC Framework)</source>
        <translation>CO2e ٹن، ویل ٹو وہیل (GLEC Framework)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="107"/>
        <source>The route&apos;s number on the chart and in the documents</source>
        <translation>چارٹ اور دستاویزات میں راستے کا نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="37"/>
        <source>via {place}</source>
        <translation>براستہ {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="39"/>
        <source>by {mode} from {place}</source>
        <translation>{place} سے {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="180"/>
        <source>misses a goal</source>
        <translation>ہدف پورا نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per container</source>
        <translation>فی کنٹینر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per wagon</source>
        <translation>فی ویگن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="56"/>
        <source>Per truck</source>
        <translation>فی ٹرک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="74"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="76"/>
        <source>planned, not built</source>
        <translation>منصوبہ، تعمیر نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="118"/>
        <location filename="../../gui/qt/route_cells.py" line="77"/>
        <source>no tariff</source>
        <translation>کوئی ٹیرف نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="83"/>
        <source>Borders: {places}</source>
        <translation>سرحدیں: {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_cells.py" line="87"/>
        <source>If it reopened: {cost}</source>
        <translation>دوبارہ کھلنے کی صورت میں: {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Mode or event</source>
        <translation>ذریعہ یا عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="79"/>
        <location filename="../../gui/qt/price_view.py" line="86"/>
        <source>Sources: {ids}</source>
        <translation>ماخذ: {ids}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="84"/>
        <location filename="../../gui/qt/price_view.py" line="90"/>
        <source>Estimate: {note}</source>
        <translation>تخمینہ: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="39"/>
        <source>Charges</source>
        <translation>چارجز</translation>
    </message>
    <message>
        <location filename="../../gui/qt/breakdown_model.py" line="105"/>
        <source>at {place}</source>
        <translation>{place} پر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="46"/>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="48"/>
        <source>User &amp;guide</source>
        <translation>صارف کی &amp;رہنمائی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="49"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="50"/>
        <source>Show the &amp;log folder</source>
        <translation>&amp;لاگ فولڈر دکھائیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="51"/>
        <source>&amp;About Corridor Quote</source>
        <translation>Corridor Quote کے &amp;بارے میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="52"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="94"/>
        <source>User guide</source>
        <translation>صارف کی رہنمائی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="109"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="115"/>
        <source>Next field / previous field</source>
        <translation>اگلا خانہ / پچھلا خانہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Go to a field of the form</source>
        <translation>فارم کے کسی خانے پر جائیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="121"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + اس کا خط کشیدہ حرف</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="116"/>
        <source>Open a menu</source>
        <translation>مینو کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="117"/>
        <source>Move between routes in the table</source>
        <translation>جدول میں راستوں کے درمیان جائیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="118"/>
        <source>Close a dialog</source>
        <translation>ڈائیلاگ بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Command</source>
        <translation>کمانڈ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="127"/>
        <source>Keys</source>
        <translation>کیز</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="158"/>
        <source>About Corridor Quote</source>
        <translation>Corridor Quote کے بارے میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="165"/>
        <source>About</source>
        <translation>تعارف</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="166"/>
        <source>Licences</source>
        <translation>لائسنس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="182"/>
        <source>Offline freight quotes for the Kazakhstan ⇄ Pakistan trade. This program never opens a network connection.</source>
        <translation>قازقستان ⇄ پاکستان تجارت کے لیے آف لائن فریٹ کوٹیشن۔ یہ پروگرام کبھی نیٹ ورک کنکشن نہیں کھولتا۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="184"/>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}; {build} on {system}</source>
        <translation>Python {python}، Qt {qt}، PySide6 {pyside}؛ {build}، {system}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>installed build</source>
        <translation>انسٹال شدہ بلڈ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="186"/>
        <source>source install</source>
        <translation>سورس کوڈ سے انسٹال</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="189"/>
        <source>Tables in use</source>
        <translation>زیرِ استعمال جدول</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Corridors</source>
        <translation>راہداریاں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="191"/>
        <source>Tariffs</source>
        <translation>ٹیرف</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="196"/>
        <source>Exchange rates as of {fx}.</source>
        <translation>شرحِ مبادلہ بمطابق {fx}۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="198"/>
        <source>Rates valid from {first} to {last} (the oldest and newest rate dates).</source>
        <translation>نرخ {first} سے {last} تک نافذ (سب سے پرانے اور سب سے نئے نرخ کی تاریخ)۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="202"/>
        <source>The log is kept in {folder}.</source>
        <translation>لاگ {folder} میں محفوظ ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/help.py" line="208"/>
        <source>Corridor Quote ships these components under their own licences:</source>
        <translation>Corridor Quote کے ساتھ یہ اجزا اپنے اپنے لائسنس کے تحت شامل ہیں:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Cheapest</source>
        <translation>سب سے سستا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Meets the goals</source>
        <translation>اہداف پر پورا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="27"/>
        <source>Within shelf life</source>
        <translation>مدتِ استعمال کے اندر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="28"/>
        <source>Typically within shelf life</source>
        <translation>عام طور پر مدتِ استعمال کے اندر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Fastest</source>
        <translation>سب سے تیز</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="29"/>
        <source>Lowest CO2e</source>
        <translation>سب سے کم CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per container</source>
        <translation>فی کنٹینر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per wagon</source>
        <translation>فی ویگن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="33"/>
        <source>per truck</source>
        <translation>فی ٹرک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per tanker</source>
        <translation>فی ٹینکر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per batch</source>
        <translation>فی کھیپ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="34"/>
        <source>per unit</source>
        <translation>فی یونٹ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="237"/>
        <source>{kinds} within the goals</source>
        <translation>{kinds} (اہداف کے اندر)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="243"/>
        <source>landed {figure}</source>
        <translation>پہنچ کر {figure}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="245"/>
        <source>landed: rates to give</source>
        <translation>پہنچ کر: شرحیں دیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="267"/>
        <source>Quote valid until {date}</source>
        <translation>کوٹیشن {date} تک قابلِ عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/highlights.py" line="188"/>
        <source>valid until {date}</source>
        <translation>{date} تک قابلِ عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="18"/>
        <source>{rule}/t</source>
        <translation>{rule}/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="46"/>
        <source>{rule}: {total} ({per_tonne})</source>
        <translation>{rule}: {total} ({per_tonne})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_cells.py" line="51"/>
        <source>Landed cost: {total} ({per_tonne})</source>
        <translation>پہنچ کر لاگت: {total} ({per_tonne})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Who</source>
        <translation>کون ادا کرے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Line</source>
        <translation>مد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="29"/>
        <source>Converted</source>
        <translation>تبدیل شدہ رقم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>seller</source>
        <translation>فروخت کنندہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="48"/>
        <source>buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="49"/>
        <source>not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="55"/>
        <source>customs value into {country}, to {place}</source>
        <translation>{country} میں کسٹمز ویلیو، {place} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="59"/>
        <source>price {rule} {place}</source>
        <translation>قیمت {rule} {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="60"/>
        <source>landed cost</source>
        <translation>پہنچ کر لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="84"/>
        <source>Row: {reference}</source>
        <translation>جدول کی قطار: {reference}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="88"/>
        <source>As of {date}</source>
        <translation>{date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Included</source>
        <translation>شامل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="99"/>
        <location filename="../../gui/qt/price_view.py" line="141"/>
        <source>Not included, the buyer&apos;s</source>
        <translation>شامل نہیں، خریدار کے ذمے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="216"/>
        <location filename="../../gui/qt/price_view.py" line="218"/>
        <source>Legs and stops</source>
        <translation>حصے اور پڑاؤ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="217"/>
        <location filename="../../gui/qt/price_view.py" line="219"/>
        <source>Price lines</source>
        <translation>قیمت کی تفصیل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/lower_part.py" line="97"/>
        <location filename="../../gui/qt/lower_part.py" line="166"/>
        <location filename="../../gui/qt/price_view.py" line="246"/>
        <source>Along the route</source>
        <translation>راستے کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_view.py" line="247"/>
        <location filename="../../gui/qt/price_view.py" line="248"/>
        <location filename="../../gui/qt/waterfall.py" line="26"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="24"/>
        <source>no insurance</source>
        <translation>بیمہ نہیں</translation>
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
        <translation>مال {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="40"/>
        <source>margin {value}</source>
        <translation>منافع {value}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="45"/>
        <source>the seller insures</source>
        <translation>بیمہ فروخت کنندہ کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="46"/>
        <source>the buyer insures</source>
        <translation>بیمہ خریدار کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Goods</source>
        <translation>مال</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Freight</source>
        <translation>کرایہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Insurance</source>
        <translation>بیمہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="24"/>
        <source>Duties</source>
        <translation>ڈیوٹیاں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Taxes</source>
        <translation>ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Fees</source>
        <translation>فیسیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Margin</source>
        <translation>منافع</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="25"/>
        <source>Landed</source>
        <translation>پہنچ کر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="153"/>
        <source>At {place}</source>
        <translation>{place} پر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="154"/>
        <source>+ {step}</source>
        <translation>+ {step}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="166"/>
        <source>{currency}, in all</source>
        <translation>{currency}، کل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="169"/>
        <source>unknown until the blank rates are given</source>
        <translation>خالی شرحیں دیے جانے تک نامعلوم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="170"/>
        <source>{rule}: {price} ({per_tonne}); landed: {landed}</source>
        <translation>{rule}: {price} ({per_tonne})؛ پہنچ کر: {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>in the price</source>
        <translation>قیمت میں شامل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="174"/>
        <source>paid by the buyer</source>
        <translation>خریدار ادا کرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="175"/>
        <source>the price, {rule}</source>
        <translation>قیمت، {rule}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="232"/>
        <source>Choose an Incoterm under the form to see how the price of the selected route is made.</source>
        <translation>منتخب راستے کی قیمت کیسے بنتی ہے یہ دیکھنے کے لیے فارم کے نیچے انکوٹرم چنیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/waterfall.py" line="233"/>
        <source>No price for this route.</source>
        <translation>اس راستے کی کوئی قیمت نہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/chart_decide.py" line="58"/>
        <source>by {date}</source>
        <translation>{date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="58"/>
        <location filename="../../gui/qt/models.py" line="36"/>
        <source>On time</source>
        <translation>بروقت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="64"/>
        <source>The odds of arriving on or before the date asked (rounded down)</source>
        <translation>مطلوبہ تاریخ تک یا اس سے پہلے پہنچنے کا امکان (نیچے کی طرف گول)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="65"/>
        <source>The odds of arriving on or before {date} (rounded down); {wanted} % asked</source>
        <translation>{date} تک یا اس سے پہلے پہنچنے کا امکان (نیچے کی طرف گول)؛ مطلوب {wanted} %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>new</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>opens</source>
        <translation>کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="81"/>
        <source>closes</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>new in the what-if</source>
        <translation>منظرنامے میں نیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="93"/>
        <source>opens in the what-if</source>
        <translation>منظرنامے میں کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>closes in the what-if</source>
        <translation>منظرنامے میں بند ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="94"/>
        <source>changed in the what-if</source>
        <translation>منظرنامے میں تبدیل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="95"/>
        <source>as before in the what-if</source>
        <translation>منظرنامے میں پہلے جیسا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="104"/>
        <source>{days} days</source>
        <translation>{days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="106"/>
        <source>{points} points on time</source>
        <translation>بروقت پہنچنے میں {points} پوائنٹس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="121"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{date} تک بروقت {odds}؛ {wanted} % {sure} تک پہنچتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="123"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{date} تک {odds} بروقت؛ {wanted} % کسی تاریخ تک نہیں: راستے کی بندشیں {rest} % سے زیادہ کو روکتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="126"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>امکان میں نیچے درج راستے کے خطرات شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="128"/>
        <source>Misses a goal: {reason}</source>
        <translation>ہدف پورا نہیں: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_cells.py" line="133"/>
        <source>Capital in transit {capital} ({rate} % a year × {days} days); with freight {total}</source>
        <translation>راستے میں سرمایہ {capital} ({rate} % سالانہ × {days} دن)؛ کرائے سمیت {total}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} cheaper</source>
        <translation>{count} سستے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} dearer</source>
        <translation>{count} مہنگے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="42"/>
        <source>{count} open</source>
        <translation>{count} کھلے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} closed</source>
        <translation>{count} بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="43"/>
        <source>{count} new</source>
        <translation>{count} نئے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="51"/>
        <source>{count} no longer offered</source>
        <translation>{count} اب پیش نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="53"/>
        <source>{count} no longer shown</source>
        <translation>{count} اب نہیں دکھائے گئے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="60"/>
        <source>What if “{name}” ({count} changes)</source>
        <translation>«اگر» منظرنامہ «{name}» ({count} تبدیلیاں)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="62"/>
        <source>What if “{name}”</source>
        <translation>«اگر» منظرنامہ «{name}»</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="64"/>
        <source>What if: {changes}</source>
        <translation>«اگر» منظرنامہ: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_view.py" line="66"/>
        <source>against the tables as they are: {counts}</source>
        <translation>جدولوں کی موجودہ حالت کے مقابلے میں: {counts}</translation>
    </message>
</context>
<context>
    <name>CargoForm</name>
    <message>
        <location filename="../../gui/qt/form.py" line="40"/>
        <source>e.g. 500</source>
        <translation>مثلاً 500</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="45"/>
        <source>Swap origin and destination</source>
        <translation>روانگی اور منزل بدلیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="96"/>
        <source>departure {date} is before today: a back-dated quote</source>
        <translation>روانگی {date} آج سے پہلے ہے: پچھلی تاریخ کی کوٹیشن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form_note.py" line="126"/>
        <source>{count} × {equipment} on the cheapest route</source>
        <translation>سب سے سستے راستے پر {count} × {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>containers</source>
        <translation>کنٹینر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="57"/>
        <source>&amp;Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>Fro&amp;m</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>T&amp;o</source>
        <translation>کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="58"/>
        <source>&amp;Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="59"/>
        <source>Curre&amp;ncy</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>t (tonnes)</source>
        <translation>ٹن (t)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>m³ (cubic metres)</source>
        <translation>m³ (مکعب میٹر)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="357"/>
        <source>bbl (barrels of oil)</source>
        <translation>بیرل (تیل کے بیرل)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>wagons</source>
        <translation>ویگنیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/form.py" line="358"/>
        <source>trucks</source>
        <translation>ٹرک</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="25"/>
        <location filename="../../gui/qt/map_tab.py" line="26"/>
        <source>Cost and time</source>
        <translation>لاگت اور وقت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="27"/>
        <source>Map</source>
        <translation>نقشہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="28"/>
        <source>Every route of the quote on the map, with closures on the cargo&apos;s dates</source>
        <translation>کوٹیشن کے تمام راستے نقشے پر، مال کی تاریخوں پر بندشوں کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="33"/>
        <source>Open the map in a window of its own, as large as the screen allows</source>
        <translation>نقشہ الگ ونڈو میں کھولیں، جتنی بڑی اسکرین اجازت دے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_tab.py" line="126"/>
        <source>Corridor Quote — map of the routes</source>
        <translation>Corridor Quote — راستوں کا نقشہ</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="10"/>
        <source>no {what} given</source>
        <translation>{what} کا اندراج نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="11"/>
        <source>{what} &apos;{text}&apos; is ambiguous: {options}</source>
        <translation>{what} &quot;{text}&quot; مبہم ہے؛ ممکنہ انتخاب: {options}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="12"/>
        <source>unknown {what} &apos;{text}&apos;; did you mean {options}?</source>
        <translation>{what}: نامعلوم اندراج &quot;{text}&quot;؛ کیا آپ کا مطلب {options} تھا؟</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="13"/>
        <source>unknown {what} &apos;{text}&apos;; known: {known}</source>
        <translation>{what}: نامعلوم اندراج &quot;{text}&quot;؛ دستیاب: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="14"/>
        <source>unknown {what} &apos;{text}&apos;: nothing in the tables is spelled like it</source>
        <translation>{what}: نامعلوم اندراج &quot;{text}&quot;؛ جدولوں میں اس سے ملتا جلتا کچھ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="15"/>
        <source>{what} &apos;{text}&apos;: {place} is in {country}, not in {named}</source>
        <translation>{what} &quot;{text}&quot;: {place} کا ملک {country} ہے، {named} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="16"/>
        <source>{what} must be a number, not &apos;{text}&apos;</source>
        <translation>{what}: عدد درکار ہے، &quot;{text}&quot; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="17"/>
        <source>{what} &apos;{text}&apos; has a unit in it: give the number ({number}) and the unit ({unit}) apart</source>
        <translation>{what} &apos;{text}&apos; میں اکائی شامل ہے: عدد ({number}) اور اکائی ({unit}) الگ الگ دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="19"/>
        <source>{what} &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>{what} &apos;{text}&apos; کا مطلب {decimal} یا {thousands} ہو سکتا ہے؛ ان میں سے ایک لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="21"/>
        <source>{what} must be a finite number</source>
        <translation>{what}: محدود عدد درکار ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="22"/>
        <source>{what} must be greater than zero, not {number}</source>
        <translation>{what}: صفر سے بڑا عدد درکار ہے، {number} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="23"/>
        <source>the {currency} rate</source>
        <translation>{currency} کی شرح</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="24"/>
        <source>{cargo} is not carried in {kind} in these tables</source>
        <translation>ان جدولوں میں {cargo} کی ترسیل اس طرح نہیں ہوتی: {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="25"/>
        <source>{equipment} cannot carry {cargo} ({handling})</source>
        <translation>{equipment} اس سامان کے لیے موزوں نہیں: {cargo} ({handling})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="26"/>
        <source>a number of {kind} must be a whole number, not {number}</source>
        <translation>تعداد ({kind}) مکمل عدد ہونی چاہیے، {number} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="27"/>
        <source>{tonnes} t is more than this tool quotes ({limit} t)</source>
        <translation>{tonnes} ٹن اس پروگرام کی کوٹیشن کی حد ({limit} ٹن) سے زیادہ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="28"/>
        <source>{tonnes} t is less than this tool quotes (at least {limit} kg)</source>
        <translation>{tonnes} ٹن اس سے کم ہے جس کا یہ پروگرام حساب لگاتا ہے (کم از کم {limit} کلو)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="29"/>
        <source>departure {date} is outside what these tables can price: {first} to {last}, {years} years either side of their rates</source>
        <translation>روانگی {date} ان جدولوں کی قیمت کی حد سے باہر ہے: {first} سے {last} تک، ان کی شرحوں سے {years} سال پہلے اور بعد</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="31"/>
        <source>figures are pointed out as old after {low} to {high} days, not {days}</source>
        <translation>اعداد {low} سے {high} دن کے بعد پرانے بتائے جاتے ہیں، {days} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="32"/>
        <source>a quote stays valid for {low} to {high} days, not {days}</source>
        <translation>کوٹیشن {low} سے {high} دن تک قابلِ عمل رہتی ہے، {days} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="33"/>
        <source>{tonnes} t</source>
        <translation>{tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="34"/>
        <source>{kg} kg = {tonnes} t</source>
        <translation>{kg} کلوگرام = {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="35"/>
        <source>{volume} m³ × {density} t/m³ = {tonnes} t</source>
        <translation>{volume} مکعب میٹر × {density} ٹن فی مکعب میٹر = {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="36"/>
        <source>{barrels} bbl × {per_barrel} m³ (a US oil barrel) × {density} t/m³ = {tonnes} t</source>
        <translation>{barrels} بیرل × {per_barrel} m³ (امریکی تیل بیرل) × {density} t/m³ = {tonnes} t</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="38"/>
        <source>barrels measure crude oil and other liquids, not {cargo}: give it in t, kg, m3 or units</source>
        <translation>بیرل خام تیل اور دیگر مائعات کی پیمائش ہے، {cargo} کی نہیں: اسے t، kg، m3 یا اکائیوں میں دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="40"/>
        <source>{count} × {equipment} ({each} t each) = {tonnes} t</source>
        <translation>{count} × {equipment} (ہر ایک {each} ٹن) = {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="41"/>
        <source>{count} × {equipment} = {tonnes} t</source>
        <translation>{count} × {equipment} = {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="42"/>
        <source>cargo &apos;{text}&apos; read as {cargo}: if another was meant, choose it by name</source>
        <translation>سامان &apos;{text}&apos; کو {cargo} سمجھا گیا: اگر کوئی اور مراد تھا تو اسے نام سے منتخب کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="44"/>
        <source>origin and destination are the same place</source>
        <translation>روانگی کا مقام اور منزل ایک ہی جگہ ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="46"/>
        <source>USD is the base of the exchange-rate table; set the other currency&apos;s rate</source>
        <translation>USD شرحِ مبادلہ کے جدول کی بنیادی کرنسی ہے؛ دوسری کرنسی کی شرح مقرر کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="48"/>
        <source>the {currency} rate must be a number of {currency} per USD, not &apos;{text}&apos;</source>
        <translation>{currency} کی شرح فی USD {currency} کی تعداد ہونی چاہیے، &quot;{text}&quot; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="50"/>
        <source>the {currency} rate must be a positive number of {currency} per USD, not {number}</source>
        <translation>{currency} کی شرح فی USD {currency} کی مثبت تعداد ہونی چاہیے، {number} نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="52"/>
        <source>the {currency} rate {rate} per USD is more than {factor} times off the table&apos;s {table}: a typing error?</source>
        <translation>{currency} کی شرح فی USD {rate} جدول کی شرح {table} سے {factor} گنا سے زیادہ مختلف ہے: کیا یہ ٹائپ کی غلطی ہے؟</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="55"/>
        <source>the {figure} of {route} cannot be worked out as a number; check the quantity, the exchange rates and the tables</source>
        <translation>{route} کا {figure} عدد کے طور پر نکالا نہیں جا سکتا؛ مقدار، شرحِ مبادلہ اور جدول جانچیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="57"/>
        <source>no route in these tables carries {cargo} ({handling}) from {origin} to {destination}</source>
        <translation>ان جدولوں میں {origin} سے {destination} تک {cargo} ({handling}) کے لیے کوئی راستہ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="59"/>
        <source>the {currency} rate you set, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>آپ کی مقرر کردہ {currency} کی شرح، فی USD {rate}، جدول کی شرح {table} ({date} تک) سے {change} مختلف ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="61"/>
        <source>no {currency} rate dated on or before {departure}; used the rate of {date}</source>
        <translation>{departure} یا اس سے پہلے کی {currency} کی کوئی شرح نہیں؛ {date} کی شرح استعمال کی گئی</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="63"/>
        <source>rests partly on estimates (see the breakdown)</source>
        <translation>جزوی طور پر تخمینوں پر مبنی (تفصیل دیکھیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="64"/>
        <source>no dwell time for {event} at {place}</source>
        <translation>{place} پر ٹھہراؤ کا وقت موجود نہیں: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="65"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="66"/>
        <source>{leg} is a planned line, not in operation</source>
        <translation>{leg} منصوبہ بند لائن ہے، ابھی فعال نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="67"/>
        <source>no emission factor for {mode}; {leg} counted as zero CO2e</source>
        <translation>{mode} کے لیے اخراج کا عامل موجود نہیں؛ {leg} کا CO2e صفر شمار کیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="68"/>
        <source>tariff {rate_id} ({charge}) used outside its validity dates on {leg}</source>
        <translation>{leg} پر ٹیرف {rate_id} ({charge}) اپنی مدتِ نفاذ سے باہر استعمال ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="70"/>
        <source>no tariff for {equipment} on {leg}</source>
        <translation>{leg} پر {equipment} کے لیے کوئی ٹیرف نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="71"/>
        <source>{where} closed {window} ({reason}); the cargo would reach it on {date}</source>
        <translation>{where} {window} بند ({reason})؛ سامان وہاں {date} کو پہنچتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="73"/>
        <source>{where} closed {window}; the cargo would reach it on {date}</source>
        <translation>{where} {window} بند؛ سامان وہاں {date} کو پہنچتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="75"/>
        <source>waits {days} days at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where} پر {days} دن انتظار، {date} کو کھلنے تک: بند {window} ({reason})؛ سامان وہاں {reached} کو پہنچتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="79"/>
        <source>waits at {where} from {reached} until it reopens on {date}; costed at nothing: the tables have no sourced rate for a truck or wagon held at {where}</source>
        <translation>{where} پر {reached} سے {date} کو کھلنے تک انتظار؛ بغیر لاگت: جدولوں میں {where} پر رکے ٹرک یا ویگن کی کوئی مستند شرح نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="83"/>
        <source>waits at {where} from {reached} until it reopens on {date}</source>
        <translation>{where} پر {reached} سے انتظار، {date} کو کھلنے تک</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="85"/>
        <source>cargo reaching {where} on {reached} waits until it reopens on {date}; on the typical day it is open, so the typical days and the money have no wait</source>
        <translation>{reached} کو {where} پہنچنے والا سامان {date} کو دوبارہ کھلنے تک انتظار کرتا ہے؛ عام دن یہ کھلا ہوتا ہے، اس لیے عام دنوں اور رقم میں کوئی انتظار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="88"/>
        <source>waits 1 day at {where} for it to reopen on {date}: closed {window} ({reason}); the cargo reaches it on {reached}</source>
        <translation>{where} پر 1 دن انتظار، {date} کو کھلنے تک: بند {window} ({reason})؛ سامان وہاں {reached} کو پہنچتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="91"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} routes of a corridor</source>
        <translation>{corridor}: لاگت اور وقت کے بہترین راستے نہیں دکھائے گئے: {count}؛ جدولیں ایک راہداری کے زیادہ سے زیادہ {limit} راستے دکھاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="94"/>
        <source>{corridor}: best trade-offs not shown: {count}; the tables show at most {limit} route of a corridor</source>
        <translation>{corridor}: لاگت اور وقت کے بہترین راستے نہیں دکھائے گئے: {count}؛ جدولیں ایک راہداری کا زیادہ سے زیادہ {limit} راستہ دکھاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="101"/>
        <source>best trade-offs not shown: {count} (corridors: {corridors}; {limit}): see the tooltip</source>
        <translation>لاگت اور وقت کے بہترین راستے نہیں دکھائے گئے: {count} (راہداریاں: {corridors}؛ {limit}): تفصیل ٹول ٹپ میں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="103"/>
        <source>{where} may be closed when the cargo passes {passes}: closed {window} ({reason})</source>
        <translation>{where} اس وقت بند ہو سکتا ہے جب سامان {passes} گزرے: {window} بند ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="105"/>
        <source>{where}: {reason}, {window}; the cargo passes {passes}</source>
        <translation>{where}: {reason}، {window}؛ سامان {passes} گزرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="106"/>
        <source>{where}: {reason}, proposed for {date}; no decision recorded in the tables</source>
        <translation>{where}: {reason}، {date} سے تجویز کردہ؛ جدولوں میں کوئی فیصلہ درج نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="108"/>
        <source>{where}: {reason}, proposed for {date}; no decision known</source>
        <translation>{where}: {reason}، {date} سے تجویز کردہ؛ کسی فیصلے کا علم نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="111"/>
        <source>{where}: {reason}, proposed for {date}; no decision found as of {checked}</source>
        <translation>{where}: {reason}، {date} سے تجویز کردہ؛ {checked} تک کوئی فیصلہ نہیں ملا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="113"/>
        <source>{where}: {reason}, proposed for {date}; no decision known as of {checked}</source>
        <translation>{where}: {reason}، {date} سے تجویز کردہ؛ {checked} تک کسی فیصلے کا علم نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="115"/>
        <source>{where}: {reason}, proposed from {date}, not decided</source>
        <translation>{where}: {reason}، {date} سے تجویز کردہ، ابھی فیصلہ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="116"/>
        <source>departure {departure} is before the quote date {today}: a back-dated quote</source>
        <translation>روانگی {departure} کوٹیشن کی تاریخ {today} سے پہلے ہے: پچھلی تاریخ کی کوٹیشن</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="118"/>
        <source>older than {limit} days: {parts}; check them before quoting</source>
        <translation>{limit} دن سے پرانے: {parts}؛ کوٹیشن دینے سے پہلے جانچ لیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="119"/>
        <source>older than {limit} days: {parts}</source>
        <translation>{limit} دن سے پرانے: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="120"/>
        <source>exchange rate of {pair} of {date} ({days} days old)</source>
        <translation>{pair} کی شرحِ مبادلہ بتاریخ {date} ({days} دن پرانی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="121"/>
        <source>exchange rates of {pairs} of {date} ({days} days old)</source>
        <translation>{pairs} کی شرحِ مبادلہ بتاریخ {date} ({days} دن پرانی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="123"/>
        <source>older than {limit} day: {parts}; check them before quoting</source>
        <translation>{limit} دن سے پرانے: {parts}؛ کوٹیشن دینے سے پہلے جانچ لیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="124"/>
        <source>older than {limit} day: {parts}</source>
        <translation>{limit} دن سے پرانے: {parts}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="125"/>
        <source>exchange rate of {pair} of {date} ({days} day old)</source>
        <translation>{pair} کی شرحِ مبادلہ بتاریخ {date} ({days} دن پرانی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="126"/>
        <source>exchange rates of {pairs} of {date} ({days} day old)</source>
        <translation>{pairs} کی شرحِ مبادلہ بتاریخ {date} ({days} دن پرانی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="127"/>
        <source>{rate}, used only by {route}</source>
        <translation>{rate}؛ صرف {route} میں استعمال</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="128"/>
        <source>{rate}, used only by routes {numbers}</source>
        <translation>{rate}؛ صرف راستوں {numbers} میں استعمال</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="129"/>
        <source>also {pairs}</source>
        <translation>نیز {pairs}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="130"/>
        <source>the oldest rate used, {charge} ({where}), of {date}</source>
        <translation>استعمال شدہ سب سے پرانا نرخ، {charge} ({where})، مورخہ {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="131"/>
        <source>from {start} to {end}</source>
        <translation>{start} سے {end} تک</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="132"/>
        <source>since {start}, until further notice</source>
        <translation>{start} سے، تاحکمِ ثانی</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="133"/>
        <source>from {start}, until further notice</source>
        <translation>{start} سے، تاحکمِ ثانی</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="134"/>
        <source>on {date}</source>
        <translation>{date} کو</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="135"/>
        <source>between {first} and {last}</source>
        <translation>{first} اور {last} کے درمیان</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="137"/>
        <source>{corridor} via {places}</source>
        <translation>{corridor} براستہ {places}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="138"/>
        <source>{corridor}, direct</source>
        <translation>{corridor}، براہِ راست</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="139"/>
        <source>new route: {route}</source>
        <translation>نیا راستہ: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="140"/>
        <source>{route}: now available</source>
        <translation>{route}: اب دستیاب</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="141"/>
        <source>{route}: now unavailable: {reason}</source>
        <translation>{route}: اب دستیاب نہیں: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="142"/>
        <source>{route}: cost {old} → {new} {currency} ({change})</source>
        <translation>{route}: لاگت {old} ← {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="143"/>
        <source>{route}: typical days {old} → {new}</source>
        <translation>{route}: عام دن: {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="144"/>
        <source>route no longer offered: {route}</source>
        <translation>یہ راستہ اب پیش نہیں کیا جاتا: {route}</translation>
    </message>
    <message>
        <location filename="../../gui/core/quote_messages.py" line="145"/>
        <source>tables: exchange rates as of {old} → {new}</source>
        <translation>جدول: شرحِ مبادلہ بتاریخ {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="10"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="11"/>
        <source>sheet &apos;{sheet}&apos;</source>
        <translation>شیٹ &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="12"/>
        <source>row {row}</source>
        <translation>قطار {row}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="13"/>
        <source>column &apos;{column}&apos;</source>
        <translation>کالم &apos;{column}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="14"/>
        <source>{first} (and 1 more problem)</source>
        <translation>{first} (اور ایک مزید غلطی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="15"/>
        <source>{first} (and {count} more problems)</source>
        <translation>{first} (اور {count} مزید غلطیاں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="16"/>
        <source>expected a number, found &apos;{value}&apos;</source>
        <translation>عدد درکار ہے، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="17"/>
        <source>expected a number, found text &apos;{value}&apos;</source>
        <translation>عدد درکار ہے، لیکن سیل میں متن &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="18"/>
        <source>text &apos;{value}&apos; could mean {decimal} or {thousands}: enter the figure as a number, not as text</source>
        <translation>متن &apos;{value}&apos; کا مطلب {decimal} یا {thousands} ہو سکتا ہے: یہ رقم متن کے بجائے عدد کے طور پر درج کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="20"/>
        <source>expected a finite number, found &apos;{value}&apos;</source>
        <translation>محدود عدد درکار ہے، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="21"/>
        <source>expected a date, found the number {value}</source>
        <translation>تاریخ درکار ہے، لیکن سیل میں عدد {value} ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="22"/>
        <source>expected a date such as 2026-03-01, found &apos;{value}&apos;</source>
        <translation>تاریخ درکار ہے، مثلاً 2026-03-01، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="23"/>
        <source>&apos;{value}&apos; could be {options}: write the date as 2026-03-01</source>
        <translation>&apos;{value}&apos; {options} ہو سکتی ہے: تاریخ 2026-03-01 کی طرح لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="24"/>
        <source>expected a date such as 2026-03-01, found a time or a duration (&apos;{value}&apos;): a cell formatted as a time, or a number below 1 formatted as a date</source>
        <translation>2026-03-01 جیسی تاریخ متوقع تھی، وقت یا دورانیہ ملا (&apos;{value}&apos;): وقت کی شکل والا خانہ، یا تاریخ کی شکل میں 1 سے کم عدد</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="27"/>
        <source>expected an identifier of letters a-z, digits, &apos;-&apos; or &apos;_&apos;, found &apos;{value}&apos;</source>
        <translation>حروف a-z، ہندسوں، &apos;-&apos; یا &apos;_&apos; پر مشتمل آئی ڈی درکار ہے، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="29"/>
        <source>expected a number greater than {minimum}, found {value}</source>
        <translation>{minimum} سے بڑا عدد درکار ہے، لیکن سیل میں {value} ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="30"/>
        <source>expected a number at least {minimum}, found {value}</source>
        <translation>کم از کم {minimum} کا عدد درکار ہے، لیکن سیل میں {value} ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="31"/>
        <source>expected a number at most {maximum}, found {value}</source>
        <translation>زیادہ سے زیادہ {maximum} کا عدد درکار ہے، لیکن سیل میں {value} ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="32"/>
        <source>expected a date from {first} to {last}, found {value} (leave the cell blank for an open end)</source>
        <translation>{first} سے {last} تک کی تاریخ درکار ہے، لیکن سیل میں {value} ہے (کھلی مدت کے لیے سیل خالی چھوڑیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="34"/>
        <source>expected a whole number, found {value}</source>
        <translation>مکمل عدد درکار ہے، لیکن سیل میں {value} ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="35"/>
        <source>expected one of {allowed}, found &apos;{value}&apos;</source>
        <translation>ان میں سے ایک درکار ہے: {allowed}؛ لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="36"/>
        <source>expected at least one value</source>
        <translation>کم از کم ایک اندراج درکار ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="37"/>
        <source>expected values from {allowed}, found &apos;{value}&apos;</source>
        <translation>اس فہرست سے اندراجات درکار ہیں: {allowed}؛ لیکن &quot;{value}&quot; درج ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="38"/>
        <source>expected at least one identifier, or *</source>
        <translation>کم از کم ایک آئی ڈی، یا * درکار ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="39"/>
        <source>expected yes or no, found &apos;{value}&apos;</source>
        <translation>yes یا no درکار ہے، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="40"/>
        <source>expected a three-letter currency code such as USD, found &apos;{value}&apos;</source>
        <translation>تین حرفی کرنسی کوڈ درکار ہے، مثلاً USD، لیکن سیل میں &quot;{value}&quot; ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="42"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;</source>
        <translation>دو حرفی ملکی کوڈ متوقع تھا جیسے KZ، ملا &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="44"/>
        <source>expected a two-letter country code such as KZ, found &apos;{value}&apos;; did you mean {code}?</source>
        <translation>دو حرفی ملکی کوڈ متوقع تھا جیسے KZ، ملا &apos;{value}&apos;؛ کیا آپ کا مطلب {code} تھا؟</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="46"/>
        <source>expected points as latitude and longitude separated by &apos;;&apos;, such as 26.4 56.75; 25.45 57.55, found &apos;{value}&apos;</source>
        <translation>&apos;;&apos; سے الگ عرض بلد اور طول بلد کے نقاط متوقع تھے، مثلاً 26.4 56.75; 25.45 57.55، ملا &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="48"/>
        <source>a latitude runs from -90 to 90 and a longitude from -180 to 180, found &apos;{value}&apos;</source>
        <translation>عرض بلد -90 سے 90 اور طول بلد -180 سے 180 تک ہوتا ہے، ملا &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="50"/>
        <location filename="../../gui/core/rate_messages.py" line="21"/>
        <source>this cell must be filled</source>
        <translation>اس سیل کو پُر کرنا لازمی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="51"/>
        <source>the cell holds the formula {formula} but no saved result; open the workbook in Excel or LibreOffice and save it, so the result is stored</source>
        <translation>سیل میں فارمولا {formula} ہے مگر اس کا محفوظ شدہ نتیجہ نہیں؛ ورک بک کو Excel یا LibreOffice میں کھول کر محفوظ کریں تاکہ نتیجہ محفوظ ہو جائے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="54"/>
        <source>the cell holds the error {error} instead of a value; correct it in Excel or LibreOffice and save again</source>
        <translation>خانے میں قدر کے بجائے خرابی {error} ہے؛ اسے Excel یا LibreOffice میں درست کر کے دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="56"/>
        <source>the cell reads as empty but holds an Excel error or a formula whose result was never saved; correct it in Excel or LibreOffice and save again</source>
        <translation>سیل خالی پڑھا جاتا ہے لیکن اس میں Excel کی غلطی یا ایسا فارمولا ہے جس کا نتیجہ کبھی محفوظ نہیں ہوا؛ اسے Excel یا LibreOffice میں درست کر کے دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="59"/>
        <source>file not found</source>
        <translation>فائل نہیں ملی</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="60"/>
        <source>a folder, a device or a pipe, not a workbook file</source>
        <translation>ورک بک فائل نہیں بلکہ فولڈر، ڈیوائس یا پائپ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="61"/>
        <source>cannot read the file ({error})</source>
        <translation>فائل پڑھی نہیں جا سکی ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="62"/>
        <source>it is a device or a pipe, not a file</source>
        <translation>یہ فائل نہیں بلکہ ڈیوائس یا پائپ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="63"/>
        <source>an empty file; save it from Excel or LibreOffice as .xlsx</source>
        <translation>فائل خالی ہے؛ اسے Excel یا LibreOffice سے .xlsx کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="64"/>
        <source>not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>یہ Excel ورک بک (.xlsx) نہیں؛ اسے Excel یا LibreOffice سے .xlsx کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="66"/>
        <source>a text (CSV) file with one table; the tables need a workbook with one sheet per table; save it from Excel or LibreOffice as .xlsx</source>
        <translation>ایک جدول والی ٹیکسٹ (CSV) فائل؛ جدولوں کے لیے ایسی ورک بک درکار ہے جس میں ہر جدول الگ شیٹ پر ہو؛ اسے Excel یا LibreOffice سے .xlsx کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="68"/>
        <source>a text file, not an Excel workbook (.xlsx); save it from Excel or LibreOffice as .xlsx</source>
        <translation>یہ ٹیکسٹ فائل ہے، Excel ورک بک (.xlsx) نہیں؛ اسے Excel یا LibreOffice سے .xlsx کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="70"/>
        <source>the workbook is damaged or unsafe and was not read ({error})</source>
        <translation>ورک بک خراب یا غیر محفوظ ہے، اس لیے پڑھی نہیں گئی ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="71"/>
        <source>the workbook is damaged and was not read: the reader of {format} files could not make it out; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: {format} فائلوں کا ریڈر اسے سمجھ نہیں سکا؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="74"/>
        <source>the workbook is damaged and was not read: the row has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: قطار میں {attribute}=&quot;{value}&quot; ہے، جہاں پورا عدد ہونا چاہیے؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="77"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a whole number belongs; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: خانہ {cell} میں {attribute}=&quot;{value}&quot; ہے، جہاں پورا عدد ہونا چاہیے؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="80"/>
        <source>the workbook is damaged and was not read: cell {cell} has {attribute}=&quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: خانہ {cell} میں {attribute}=&quot;{value}&quot; ہے، جہاں عدد ہونا چاہیے؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="83"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds {count} texts; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: سیل {cell} مشترکہ متن {index} کا حوالہ دیتا ہے، جبکہ ورک بک میں {count} متن ہیں؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="87"/>
        <source>the workbook is damaged and was not read: cell {cell} refers to shared text {index}, where the workbook holds none; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: سیل {cell} مشترکہ متن {index} کا حوالہ دیتا ہے، جبکہ ورک بک میں کوئی متن نہیں؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="90"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where a number belongs; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: سیل {cell} میں &quot;{value}&quot; ہے، جہاں عدد ہونا چاہیے؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="93"/>
        <source>the workbook is damaged and was not read: cell {cell} holds &quot;{value}&quot;, where true or false belongs; open it in a spreadsheet program and save it again</source>
        <translation>ورک بک خراب ہے اور پڑھی نہیں گئی: سیل {cell} میں &quot;{value}&quot; ہے، جہاں درست یا غلط ہونا چاہیے؛ اسے اسپریڈشیٹ پروگرام میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="96"/>
        <source>a number in its Excel 97–2003 (.xls) structure has thousands of digits</source>
        <translation>اس کے Excel 97–2003 (.xls) ڈھانچے میں ایک عدد ہزاروں ہندسوں کا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="99"/>
        <source>the file is {size} MiB; workbooks of at most {limit} MiB are read</source>
        <translation>فائل {size} MiB کی ہے؛ زیادہ سے زیادہ {limit} MiB کی ورک بک پڑھی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="100"/>
        <source>the file is made of {count} parts; a workbook has a few dozen (at most {limit} are read)</source>
        <translation>فائل {count} حصوں پر مشتمل ہے؛ ورک بک میں چند درجن ہوتے ہیں (زیادہ سے زیادہ {limit} پڑھے جاتے ہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="102"/>
        <source>its part {part} unpacks to more than {limit} MiB, the most that is read</source>
        <translation>اس کا حصہ {part} کھلنے پر {limit} MiB سے زیادہ ہو جاتا ہے، جو پڑھی جانے والی حد سے زیادہ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="104"/>
        <source>it unpacks to more than {limit} MiB, the most that is read</source>
        <translation>یہ کھلنے پر {limit} MiB سے زیادہ ہو جاتی ہے، جو پڑھی جانے والی حد سے زیادہ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="105"/>
        <source>its part {part} unpacks to {ratio} times its packed size (real workbooks: under {limit} times), as files made to exhaust memory do</source>
        <translation>اس کا حصہ {part} کھلنے پر اپنے دبے ہوئے سائز سے {ratio} گنا بڑا ہو جاتا ہے (اصل ورک بک میں {limit} گنا سے کم)، جیسا کہ میموری ختم کرنے کے لیے بنائی گئی فائلوں میں ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="107"/>
        <source>part {part} holds {size} bytes, not the {declared} its directory says</source>
        <translation>حصہ {part} میں {size} بائٹ ہیں، نہ کہ {declared} جیسا کہ اس کی فہرست میں لکھا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="109"/>
        <source>a zip file, but not an Excel (.xlsx) or OpenDocument (.ods) workbook</source>
        <translation>zip فائل، لیکن Excel (.xlsx) یا OpenDocument (.ods) کی ورک بک نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="111"/>
        <source>an Excel binary workbook (.xlsb), which is not read; save it from Excel as an Excel Workbook (.xlsx)</source>
        <translation>ایکسل بائنری ورک بک (.xlsb)، جو پڑھی نہیں جاتی؛ اسے ایکسل سے Excel Workbook (.xlsx) کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="113"/>
        <source>an Office file, but not an Excel workbook</source>
        <translation>Office کی فائل، لیکن Excel کی ورک بک نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="114"/>
        <source>the workbook is protected by a password; open it in Excel or LibreOffice, remove the password and save it again</source>
        <translation>ورک بک پاس ورڈ سے محفوظ ہے؛ اسے Excel یا LibreOffice میں کھولیں، پاس ورڈ ہٹائیں اور دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="116"/>
        <source>it declares XML entities, which workbooks never do (a way to exhaust memory)</source>
        <translation>اس میں XML entities کا اعلان ہے، جو ورک بک میں کبھی نہیں ہوتا (میموری ختم کرنے کا ایک طریقہ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="118"/>
        <source>it declares {count} shared strings; at most {limit} are read</source>
        <translation>اس میں {count} مشترکہ عبارتوں کا اعلان ہے؛ زیادہ سے زیادہ {limit} پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="119"/>
        <source>the sheet reaches row {rows}; sheets of at most {limit} rows below the header are read (delete what lies below the table and save again)</source>
        <translation>شیٹ قطار {rows} تک جاتی ہے؛ سرخی کے نیچے زیادہ سے زیادہ {limit} قطاروں کی شیٹ پڑھی جاتی ہے (جدول کے نیچے جو کچھ ہے اسے حذف کریں اور دوبارہ محفوظ کریں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="122"/>
        <source>the sheets read reach {rows} rows in all; at most {limit} are read from one workbook</source>
        <translation>پڑھی جانے والی شیٹوں میں کل {rows} قطاریں ہیں؛ ایک ورک بک سے زیادہ سے زیادہ {limit} پڑھی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="124"/>
        <source>the sheet spans {rows} rows × {columns} columns; at most {limit} cells are read in all (delete what lies beyond the table and save again)</source>
        <translation>شیٹ {rows} قطاروں × {columns} کالموں پر پھیلی ہے؛ کل زیادہ سے زیادہ {limit} خانے پڑھے جاتے ہیں (جدول سے باہر جو کچھ ہے اسے حذف کریں اور دوبارہ محفوظ کریں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="127"/>
        <source>{file} is a workbook the quotes are read from: saving over it would replace it; choose another name</source>
        <translation>{file} وہ ورک بک ہے جس سے کوٹیشنز پڑھی جاتی ہیں: اس پر محفوظ کرنے سے یہ بدل جائے گی؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="129"/>
        <source>{file} is the quote history or one of its files: saving over it would lose the quotes saved; choose another name</source>
        <translation>{file} کوٹیشن کی تاریخ یا اس کی کوئی فائل ہے: اس پر محفوظ کرنے سے محفوظ کوٹیشنز ضائع ہو جائیں گی؛ کوئی اور نام چنیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="131"/>
        <source>{file} is in the program&apos;s own folder: saving there would replace its bundled tables, fonts or translations; choose another folder</source>
        <translation>{file} پروگرام کے اپنے فولڈر میں ہے: وہاں محفوظ کرنے سے اس کے ساتھ آنے والے جدول، فونٹس یا تراجم بدل جائیں گے؛ کوئی اور فولڈر چنیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="133"/>
        <source>cell {cell} is written twice, or after a cell that follows it (the reader would keep one of its values without a word); open the workbook in Excel or LibreOffice and save it again</source>
        <translation>سیل {cell} دو بار لکھا گیا ہے، یا اپنے بعد والے سیل کے بعد (ریڈر خاموشی سے اس کی ایک قدر رکھ لیتا)؛ ورک بک کو Excel یا LibreOffice میں کھول کر دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="136"/>
        <source>its cells hold more than {limit} MiB of text once read, far more than any table</source>
        <translation>پڑھنے کے بعد اس کے خانوں میں {limit} MiB سے زیادہ متن ہوتا ہے، جو کسی بھی جدول سے کہیں زیادہ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="138"/>
        <source>the workbook reader stopped without an answer (exit code {code}); the file may be damaged or made to exhaust memory</source>
        <translation>ورک بک پڑھنے والا بغیر جواب کے رک گیا (ایگزٹ کوڈ {code})؛ فائل خراب ہو سکتی ہے یا میموری ختم کرنے کے لیے بنائی گئی ہو</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="140"/>
        <source>the reading was stopped</source>
        <translation>پڑھنا روک دیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="141"/>
        <source>{workbook}: read as an Excel 97–2003 (.xls) workbook; .xlsx is preferred</source>
        <translation>{workbook}: Excel 97–2003 (.xls) ورک بک کے طور پر پڑھی گئی؛ .xlsx بہتر ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="143"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: extra columns ignored: {columns}</source>
        <translation>{workbook}، شیٹ &apos;{sheet}&apos;: اضافی کالم نظرانداز کیے گئے: {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="144"/>
        <source>sheet &apos;{sheet}&apos; is missing (sheets found: {found})</source>
        <translation>شیٹ &apos;{sheet}&apos; موجود نہیں (موجود شیٹس: {found})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="145"/>
        <source>the sheet could not be read ({error})</source>
        <translation>شیٹ پڑھی نہیں جا سکی ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="146"/>
        <source>a cell holds a number formatted as a date or a time that no calendar reaches; type the date again or clear the cell&apos;s format</source>
        <translation>ایک خانے میں تاریخ یا وقت کی شکل میں ایسا عدد ہے جو کسی کیلنڈر میں نہیں آتا؛ تاریخ دوبارہ لکھیں یا خانے کی شکل ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="149"/>
        <source>the sheet is empty; row 1 must hold the column names</source>
        <translation>شیٹ خالی ہے؛ قطار 1 میں کالموں کے نام ہونے چاہئیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="150"/>
        <source>{problem} (in &apos;{text}&apos;, {letters} only look like Latin letters: they are Cyrillic or Greek; type them again with a Latin keyboard layout)</source>
        <translation>{problem} (&apos;{text}&apos; میں {letters} صرف لاطینی حروف جیسے دکھتے ہیں: یہ سیریلک یا یونانی ہیں؛ انہیں لاطینی کی بورڈ لے آؤٹ سے دوبارہ ٹائپ کریں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="153"/>
        <source>column {columns} missing from row 1</source>
        <translation>قطار 1 میں کالم {columns} موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="154"/>
        <source>columns {columns} missing from row 1</source>
        <translation>قطار 1 میں یہ کالم موجود نہیں: {columns}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="155"/>
        <source>column &apos;{column}&apos; appears twice (columns {first} and {second}); keep one of them</source>
        <translation>کالم &apos;{column}&apos; دو بار آیا ہے (کالم {first} اور {second})؛ ان میں سے ایک رکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="157"/>
        <source>{count} more problems in the cells of rows {first} to {last}, not listed one by one; are these rows meant for this sheet?</source>
        <translation>قطار {first} تا {last} کے خانوں میں مزید {count} مسائل، ایک ایک کر کے درج نہیں؛ کیا یہ قطاریں اسی شیٹ کے لیے ہیں؟</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="159"/>
        <source>cells {cells} are merged: a spreadsheet shows the value of {first} in each, but keeps it only in {first}; unmerge them and fill each cell</source>
        <translation>خانے {cells} ملا دیے گئے ہیں: اسپریڈشیٹ ہر ایک میں {first} کی قدر دکھاتی ہے مگر اسے صرف {first} میں رکھتی ہے؛ انہیں الگ کریں اور ہر خانہ بھریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="162"/>
        <source>two sheets are both &apos;{sheet}&apos; ({names}); rename or remove one of them</source>
        <translation>دو شیٹس دونوں &apos;{sheet}&apos; ہیں ({names})؛ ان میں سے ایک کا نام بدلیں یا اسے ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="164"/>
        <source>this looks like a tariffs workbook (sheets {sheets}), not a corridors workbook; give it as the tariffs workbook (--tariffs on the command line)</source>
        <translation>یہ راہداریوں کی ورک بک نہیں بلکہ ٹیرف کی ورک بک لگتی ہے (شیٹس {sheets})؛ اسے ٹیرف کی ورک بک کے طور پر دیں (کمانڈ لائن پر --tariffs)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="167"/>
        <source>this looks like a corridors workbook (sheets {sheets}), not a tariffs workbook; give it as the corridors workbook (--corridors on the command line)</source>
        <translation>یہ ٹیرف کی ورک بک نہیں بلکہ راہداریوں کی ورک بک لگتی ہے (شیٹس {sheets})؛ اسے راہداریوں کی ورک بک کے طور پر دیں (کمانڈ لائن پر --corridors)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="170"/>
        <source>source_ids (or estimate_note)</source>
        <translation>source_ids (یا estimate_note)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="171"/>
        <source>neither source_ids nor estimate_note is filled: every figure needs an origin</source>
        <translation>نہ source_ids پُر ہے نہ estimate_note: ہر عدد کا ماخذ ہونا ضروری ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="173"/>
        <source>unknown source id &apos;{value}&apos; (not in any &apos;sources&apos; sheet)</source>
        <translation>نامعلوم ماخذ آئی ڈی &quot;{value}&quot; (کسی بھی &apos;sources&apos; شیٹ میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="174"/>
        <source>duplicate {column} &apos;{value}&apos; (first used in row {row})</source>
        <translation>{column} میں دہرا اندراج: &quot;{value}&quot; (پہلی بار قطار {row} میں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="175"/>
        <source>source id &apos;{value}&apos; is already used in row {row} for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>ماخذ کی شناخت &apos;{value}&apos; قطار {row} میں کسی اور ماخذ کے لیے پہلے سے استعمال ہے؛ اس کا حوالہ دینے والا عدد دونوں میں سے کسی کی تاریخ لے سکتا ہے: ان میں سے ایک کو نئی شناخت دیں (اور جہاں وہ مراد ہو وہاں اسی کا حوالہ دیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="178"/>
        <source>source id &apos;{value}&apos; is already used in {workbook}, row {row}, for a different source; a figure citing it could be dated by either: give one of them a new id (and cite that one where it is meant)</source>
        <translation>ماخذ کی شناخت &apos;{value}&apos; پہلے ہی {workbook}، قطار {row} میں کسی دوسرے ماخذ کے لیے استعمال ہو چکی ہے؛ اس کا حوالہ دینے والے عدد کی تاریخ کسی سے بھی لی جا سکتی ہے: ان میں سے ایک کو نئی شناخت دیں (اور جہاں وہ مراد ہو وہاں اسی کا حوالہ دیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="182"/>
        <source>{workbook}, sheet &apos;sources&apos;, row {row}: source &apos;{value}&apos; is listed again exactly as in row {first}; it is read once</source>
        <translation>{workbook}، شیٹ &apos;sources&apos;، قطار {row}: ماخذ &apos;{value}&apos; قطار {first} کی طرح ہوبہو دوبارہ درج ہے؛ اسے ایک بار پڑھا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="184"/>
        <source>&apos;{value}&apos; is also a name of place {other} (row {row}); a quote could not tell the two places apart</source>
        <translation>&apos;{value}&apos; مقام {other} کا بھی نام ہے (قطار {row})؛ کوٹیشن ان دونوں مقامات میں فرق نہ کر پاتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="186"/>
        <source>&apos;{value}&apos; is also a name of cargo {other} (row {row}); a quote could not tell the two cargo types apart</source>
        <translation>&apos;{value}&apos; سامان {other} کا بھی نام ہے (قطار {row})؛ کوٹیشن ان دونوں اقسام کے سامان میں فرق نہ کر پاتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="188"/>
        <source>days must satisfy min ≤ typical ≤ max, found {low} / {typical} / {high}</source>
        <translation>دنوں میں کم از کم ≤ عام ≤ زیادہ سے زیادہ ہونا چاہیے، لیکن درج ہے {low} / {typical} / {high}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="190"/>
        <location filename="../../gui/core/trade_messages.py" line="31"/>
        <source>unknown place &apos;{value}&apos; (not in sheet &apos;places&apos;)</source>
        <translation>نامعلوم مقام &quot;{value}&quot; (&apos;places&apos; شیٹ میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="191"/>
        <source>unknown equipment &apos;{value}&apos; (not in sheet &apos;equipment&apos;)</source>
        <translation>نامعلوم یونٹ کی قسم &quot;{value}&quot; (&apos;equipment&apos; شیٹ میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="192"/>
        <source>a leg must join two different places</source>
        <translation>حصے کو دو مختلف مقامات کو ملانا چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="193"/>
        <source>unknown place &apos;{value}&apos;</source>
        <translation>نامعلوم مقام &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="194"/>
        <source>unknown leg &apos;{value}&apos;</source>
        <translation>نامعلوم حصہ &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="195"/>
        <source>end_date {end} is before start_date {start}</source>
        <translation>end_date {end}، start_date {start} سے پہلے ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="196"/>
        <source>at_km is for a leg&apos;s row (where on the leg it holds); a place&apos;s row holds at the place: leave it blank</source>
        <translation>at_km صرف کسی حصے (leg) کی قطار کے لیے ہے (حصے پر کہاں لاگو ہوتی ہے)؛ کسی مقام کی قطار اسی مقام پر لاگو ہوتی ہے: اسے خالی چھوڑیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="198"/>
        <source>at_km {value} is past the end of leg &apos;{leg}&apos; ({km} km long)</source>
        <translation>at_km {value} حصے &apos;{leg}&apos; کے اختتام سے آگے ہے (لمبائی {km} کلومیٹر)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="200"/>
        <source>a window that repeats every year needs an end_date</source>
        <translation>ہر سال دہرائی جانے والی مدت کے لیے end_date درکار ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="201"/>
        <source>a {element} factor needs one of {allowed}</source>
        <translation>&quot;{element}&quot; قسم کے اخراج کے عامل کے لیے ان میں سے ایک درکار ہے: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="202"/>
        <source>a {element} factor is given in {unit}</source>
        <translation>&quot;{element}&quot; قسم کے اخراج کا عامل {unit} میں دیا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="203"/>
        <source>a second {currency} rate for {date} (first in row {row})</source>
        <translation>{date} کے لیے {currency} کی دوسری شرح (پہلی قطار {row} میں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="204"/>
        <source>USD must be 1 unit per USD</source>
        <translation>USD کی شرح فی USD 1 ہونی چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="205"/>
        <location filename="../../gui/core/trade_messages.py" line="21"/>
        <source>currency {currency} has no rate in sheet &apos;fx&apos;</source>
        <translation>کرنسی {currency} کی شرح &apos;fx&apos; شیٹ میں موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="206"/>
        <location filename="../../gui/core/trade_messages.py" line="22"/>
        <source>valid_to {end} is before valid_from {start}</source>
        <translation>valid_to {end}، valid_from {start} سے پہلے ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="207"/>
        <source>unknown leg &apos;{value}&apos; (not in corridors sheet &apos;legs&apos;)</source>
        <translation>نامعلوم حصہ &quot;{value}&quot; (راہداریوں کے جدول کی &apos;legs&apos; شیٹ میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="208"/>
        <source>the sheet has no usable rows</source>
        <translation>شیٹ میں کوئی قابلِ استعمال قطار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="209"/>
        <source>unknown setting &apos;{value}&apos;; known: {known}</source>
        <translation>نامعلوم سیٹنگ &quot;{value}&quot;؛ معلوم: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="210"/>
        <source>{workbook}, sheet &apos;places&apos;: the country code {code} ({places}) is not one the map or the tariffs know; check that it is the place&apos;s ISO code</source>
        <translation>{workbook}، شیٹ &apos;places&apos;: ملکی کوڈ {code} ({places}) نہ نقشے کو معلوم ہے نہ ٹیرف کو؛ تصدیق کریں کہ یہ مقام کا ISO کوڈ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="213"/>
        <source>{workbook}, sheet &apos;fx&apos;: {count} rate(s) dated after today (the latest {date}); a quote uses them only when it departs on or after their date</source>
        <translation>{workbook}، شیٹ &apos;fx&apos;: آج کے بعد کی تاریخ والے نرخ: {count} (آخری {date})؛ کوٹیشن انہیں صرف اس وقت استعمال کرتی ہے جب روانگی اس تاریخ کو یا اس کے بعد ہو</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="216"/>
        <source>{workbook}: no &apos;settings&apos; sheet; the default search rules are used</source>
        <translation>{workbook}: &quot;settings&quot; شیٹ نہیں؛ تلاش کے طے شدہ اصول استعمال ہو رہے ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="219"/>
        <source>given after --with, this is a tariffs workbook, as is the one checked; give a corridors workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>--with کے بعد دی گئی یہ ٹیرف ورک بک ہے، جانچی جانے والی کی طرح؛ --with کے بعد راہداریوں کی ورک بک دیں، یا ساتھ آنے والی سے جانچنے کے لیے --with ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="222"/>
        <source>given after --with, this is a corridors workbook, as is the one checked; give a tariffs workbook after --with, or leave --with out to check it with the bundled one</source>
        <translation>--with کے بعد دی گئی یہ راہداریوں کی ورک بک ہے، جانچی جانے والی کی طرح؛ --with کے بعد ٹیرف ورک بک دیں، یا ساتھ آنے والی سے جانچنے کے لیے --with ہٹا دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="225"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: cells {cells} take their figures from another workbook, {file}; they are read as last saved in this one (that file is not opened): check them against it</source>
        <translation>{workbook}، شیٹ &apos;{sheet}&apos;: خانے {cells} اپنے اعداد ایک اور ورک بک، {file}، سے لیتے ہیں؛ انہیں اس میں آخری بار محفوظ کیے گئے کی طرح پڑھا گیا (وہ فائل نہیں کھولی جاتی): ان کا اس سے موازنہ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="228"/>
        <source>{cells} and {count} more</source>
        <translation>{cells} اور مزید {count}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="229"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;: the sheet is hidden, yet it is read and its figures count in the quotes; a spreadsheet shows it again with Unhide (right-click a sheet&apos;s tab)</source>
        <translation>{workbook}، شیٹ &apos;{sheet}&apos;: شیٹ چھپی ہوئی ہے، پھر بھی پڑھی جاتی ہے اور اس کے اعداد قیمتوں میں شامل ہوتے ہیں؛ اسپریڈشیٹ اسے Unhide سے دوبارہ دکھاتی ہے (شیٹ کے ٹیب پر دایاں کلک)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="233"/>
        <source>the disk is full: {file} was not saved (the previous file, if any, is unchanged)</source>
        <translation>ڈسک بھر چکی ہے: فائل {file} محفوظ نہیں ہوئی (پچھلی فائل، اگر تھی، تبدیل نہیں ہوئی)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="235"/>
        <source>{folder} is read-only: {file} was not saved</source>
        <translation>فولڈر {folder} صرف پڑھنے کے لیے ہے: فائل {file} محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="236"/>
        <source>{file} cannot be written: the folder is not writable or the file is open in another program (close it and save again)</source>
        <translation>فائل {file} لکھی نہیں جا سکتی: فولڈر میں لکھنے کی اجازت نہیں یا فائل کسی اور پروگرام میں کھلی ہے (اسے بند کر کے دوبارہ محفوظ کریں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="238"/>
        <source>{file} could not be written whole and was not saved (the previous file, if any, is unchanged)</source>
        <translation>{file} مکمل نہیں لکھی جا سکی اور محفوظ نہیں ہوئی (پچھلی فائل، اگر تھی، تو ویسی ہی ہے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="240"/>
        <source>the folder {folder} does not exist</source>
        <translation>فولڈر {folder} موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="241"/>
        <source>{file} was not saved: {error}</source>
        <translation>فائل {file} محفوظ نہیں ہوئی: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="242"/>
        <source>{path} is a folder, a device or a pipe, not a file: nothing was saved there</source>
        <translation>{path} فائل نہیں بلکہ فولڈر، ڈیوائس یا پائپ ہے: وہاں کچھ محفوظ نہیں کیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="244"/>
        <source>the quote history {file} cannot be opened: {error}</source>
        <translation>کوٹیشن کی تاریخ {file} کھولی نہیں جا سکتی: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="245"/>
        <source>the quote history cannot be kept in {folder}: {error}</source>
        <translation>کوٹیشن کی تاریخ {folder} میں نہیں رکھی جا سکتی: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="246"/>
        <source>the quote history was written by a newer Corridor Quote (schema {version})</source>
        <translation>کوٹیشن کی تاریخ Corridor Quote کے نئے ورژن نے لکھی ہے (اسکیما {version})</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="248"/>
        <source>the quote history in {folder} is read-only: saved quotes can be looked at, not added</source>
        <translation>{folder} میں کوٹیشن کی تاریخ صرف پڑھنے کے لیے ہے: محفوظ کوٹیشنز دیکھی جا سکتی ہیں، نئی شامل نہیں کی جا سکتیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="250"/>
        <source>{count} saved quote(s) cannot be read (damaged); the others are listed</source>
        <translation>{count} محفوظ کوٹیشن پڑھی نہیں جا سکتیں (خراب ہیں)؛ باقی دکھائی گئی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="252"/>
        <source>the quote history {path} is a folder, a device or a pipe, not a file</source>
        <translation>کوٹیشن کی تاریخ {path} فائل نہیں بلکہ فولڈر، ڈیوائس یا پائپ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="254"/>
        <source>the quote history {file} holds what this program does not make ({objects}): it was not opened, and is left as it is</source>
        <translation>کوٹیشن کی تاریخ {file} میں وہ کچھ ہے جو یہ پروگرام نہیں بناتا ({objects}): اسے کھولا نہیں گیا اور جوں کا توں چھوڑ دیا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="257"/>
        <source>the disk is full: the quote was not saved in the quote history {file} (the quotes saved before are kept); free some space and save again</source>
        <translation>ڈسک بھری ہوئی ہے: کوٹیشن کوٹیشن کی تاریخ {file} میں محفوظ نہیں ہوئی (پہلے محفوظ کی گئی کوٹیشنز باقی ہیں)؛ کچھ جگہ خالی کر کے دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="260"/>
        <source>the disk is full: the quote history {file} cannot be opened (nothing saved in it is lost); free some space and try again</source>
        <translation>ڈسک بھری ہوئی ہے: کوٹیشن کی تاریخ {file} نہیں کھل سکتی (اس میں محفوظ کچھ بھی ضائع نہیں ہوا)؛ کچھ جگہ خالی کر کے دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="262"/>
        <source>the quote was not saved: {error}</source>
        <translation>کوٹیشن محفوظ نہیں ہوئی: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="263"/>
        <source>the quote was not saved in the quote history {file}: {error}</source>
        <translation>کوٹیشن کوٹیشن کی تاریخ {file} میں محفوظ نہیں ہوئی: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="265"/>
        <source>the quote was not saved: the quote history {file} is held by another program (another Corridor Quote saving a quote, or a backup or sync tool); save again in a moment</source>
        <translation>کوٹیشن محفوظ نہیں ہوئی: کوٹیشن کی تاریخ {file} کسی اور پروگرام کے پاس ہے (کوئی اور Corridor Quote کوٹیشن محفوظ کر رہا ہے، یا بیک اپ یا ہم آہنگی کا ٹول)؛ تھوڑی دیر میں دوبارہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="268"/>
        <source>the quote history {file} cannot be opened: another program holds it (another Corridor Quote saving a quote, or a backup or sync tool); try again in a moment</source>
        <translation>کوٹیشن کی تاریخ {file} کھولی نہیں جا سکتی: یہ کسی اور پروگرام کے پاس ہے (کوئی اور Corridor Quote کوٹیشن محفوظ کر رہا ہے، یا بیک اپ یا ہم آہنگی کا ٹول)؛ تھوڑی دیر میں دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="271"/>
        <source>no saved quote {number}</source>
        <translation>{number} نمبر کی کوئی محفوظ کوٹیشن نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="272"/>
        <source>the saved quote {number} is damaged and cannot be opened; it is kept in the history as it is</source>
        <translation>محفوظ کوٹیشن {number} خراب ہے اور کھل نہیں سکتی؛ اسے ریکارڈ میں جوں کا توں رکھا گیا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="291"/>
        <source>{what} added: {item}: {details}</source>
        <translation>{what} (اضافہ): {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="292"/>
        <source>{what} removed: {item}: {details}</source>
        <translation>{what} (حذف): {item}: {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="293"/>
        <source>{what} changed: {item}: {before} → {after}</source>
        <translation>{what} (تبدیلی): {item}: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="294"/>
        <source>{amount} {currency} {basis}</source>
        <translation>{amount} {currency} {basis}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="295"/>
        <source>{amount} {currency} {basis}, valid {start} to {end}</source>
        <translation>{amount} {currency} {basis}، {start} سے {end} تک نافذ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="296"/>
        <source>{id} {leg}, {equipment}, {charge}</source>
        <translation>{id} {leg}، {equipment}، {charge}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="297"/>
        <source>{id} {leg}, {equipment}, {charge}, {direction}</source>
        <translation>{id} {leg}، {equipment}، {charge}، {direction}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="298"/>
        <source>{id} {place}, {event}, {charge}</source>
        <translation>{id} {place}، {event}، {charge}</translation>
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
        <translation>{km} کلومیٹر، {low}/{typical}/{high} دن، {status}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="303"/>
        <source>{effect} {start} to {end}</source>
        <translation>{start} سے {end} تک {effect}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="304"/>
        <source>{effect} {start} to {end} every year</source>
        <translation>ہر سال {start} سے {end} تک {effect}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="305"/>
        <source>{country}, {kind}</source>
        <translation>{country}، {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="306"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{date} تک فی USD {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="307"/>
        <source>exchange rates as of {old} → {new}</source>
        <translation>شرحِ مبادلہ بتاریخ {old} ← {new}</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="309"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the line through its waypoints is {line} km, longer than the leg&apos;s {km} km; check the order of the points (latitude first)</source>
        <translation>{workbook}، شیٹ &apos;legs&apos;، حصہ {leg}: اس کے راستے کے نقاط سے گزرتی لکیر {line} کلومیٹر ہے، حصے کے {km} کلومیٹر سے لمبی؛ نقاط کی ترتیب دیکھیں (پہلے عرض بلد)</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="312"/>
        <source>{workbook}, sheet &apos;legs&apos;, leg {leg}: the map draws this sea leg across land near {lat} {lon}; add waypoints round the coast in its waypoints column</source>
        <translation>{workbook}، شیٹ &apos;legs&apos;، حصہ {leg}: نقشہ اس سمندری حصے کو {lat} {lon} کے قریب خشکی کے اوپر سے کھینچتا ہے؛ اس کے waypoints کالم میں ساحل کے گرد نقاط شامل کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="315"/>
        <source>{workbook}, sheet &apos;places&apos;, place {place}: no lat and lon, so the map cannot draw the legs from it</source>
        <translation>{workbook}، شیٹ &apos;places&apos;، مقام {place}: lat اور lon نہیں، اس لیے نقشہ اس سے نکلنے والے حصے نہیں کھینچ سکتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="6"/>
        <source>CO2e leaves out the stops at {places}: no hub emission factor in the tables fits them</source>
        <translation>CO2e میں {places} پر رکنے کا اخراج شامل نہیں: جدولوں میں ان کے لیے کوئی ہب اخراجی عامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="8"/>
        <source>oldest figure: {charge} ({where}, {reference}) as of {date}</source>
        <translation>سب سے پرانا عدد: {charge} ({where}، {reference})، بتاریخ {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="9"/>
        <source>{count} rates or fees carry no date</source>
        <translation>{count} نرخوں یا فیسوں پر کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="10"/>
        <source>{count} rate or fee carries no date</source>
        <translation>{count} نرخ یا فیس پر کوئی تاریخ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="40"/>
        <location filename="../../gui/core/rate_messages.py" line="11"/>
        <source>{details}, as of {date}</source>
        <translation>{details}، بتاریخ {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="12"/>
        <source>{details}, at least {tonnes} t a unit</source>
        <translation>{details}، فی یونٹ کم از کم {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="13"/>
        <source>oldest {what}: {item}, as of {date}</source>
        <translation>سب سے پرانا ({what}): {item}، بتاریخ {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="14"/>
        <source>{count} {what} rows carry neither as_of nor valid_from: their age cannot be shown</source>
        <translation>{count} قطاروں ({what}) میں نہ as_of ہے نہ valid_from: ان کی عمر نہیں دکھائی جا سکتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="16"/>
        <source>{count} {what} row carries neither as_of nor valid_from: its age cannot be shown</source>
        <translation>{count} قطار ({what}) میں نہ as_of ہے نہ valid_from: اس کی عمر نہیں دکھائی جا سکتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="18"/>
        <source>the workbook has no &apos;calibration&apos; sheet of observed shipments</source>
        <translation>ورک بک میں مشاہدہ شدہ ترسیلات کی &apos;calibration&apos; شیٹ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="20"/>
        <source>column {column} missing from row 1</source>
        <translation>قطار 1 میں کالم {column} موجود نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/rate_messages.py" line="22"/>
        <source>an observation needs observed_days or observed_cost</source>
        <translation>مشاہدے کے لیے observed_days یا observed_cost ضروری ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="8"/>
        <source>freight by {modes}, {legs} legs</source>
        <translation>کرایہ: {modes}، {legs} حصے</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="9"/>
        <source>freight by {modes}, {legs} leg</source>
        <translation>کرایہ: {modes}، {legs} حصہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="10"/>
        <source>{event}: {charges}</source>
        <translation>{event}: {charges}</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="13"/>
        <source>customs duties and import taxes</source>
        <translation>کسٹم ڈیوٹی اور درآمدی ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="14"/>
        <location filename="../../gui/core/terms_block.py" line="27"/>
        <source>cargo insurance</source>
        <translation>سامان کا بیمہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="15"/>
        <source>demurrage, detention and storage beyond the dwell times shown</source>
        <translation>ڈیمرج، ڈیٹینشن اور دکھائے گئے رکنے کے وقت سے زیادہ ذخیرہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="16"/>
        <source>customs brokerage and documents (certificates of origin, phytosanitary certificates)</source>
        <translation>کسٹم بروکریج اور دستاویزات (سرٹیفکیٹ آف اوریجن، فائٹو سینیٹری سرٹیفکیٹ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="22"/>
        <source>charges while the cargo waits for a closure to end at {where}: the tables have no rate there</source>
        <translation>جب سامان {where} پر بندش ختم ہونے کا انتظار کرتا ہے تو اس دوران کے چارجز: جدولوں میں وہاں کی کوئی شرح نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/inclusions.py" line="24"/>
        <source>{item}: {amount}</source>
        <translation>{item}: {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="18"/>
        <source>{item} (the part known; {count} not given)</source>
        <translation>{item} (معلوم حصہ؛ {count} نہیں دیے گئے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="19"/>
        <source>{item} ({count} not given)</source>
        <translation>{item} ({count} نہیں دیے گئے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="21"/>
        <source>the goods, {tonnes} t, and the seller&apos;s margin</source>
        <translation>مال، {tonnes} ٹن، اور فروخت کنندہ کا منافع</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="22"/>
        <source>the goods, {tonnes} t</source>
        <translation>مال، {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="23"/>
        <source>export clearance and documents in {origin_country}</source>
        <translation>{origin_country} میں برآمدی کلیئرنس اور دستاویزات</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="24"/>
        <source>carriage {origin} → {place}, with the stops on the way</source>
        <translation>کرایہ {origin} ← {place}، راستے کے پڑاؤ سمیت</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="25"/>
        <source>loading, unloading and other charges at {place}</source>
        <translation>{place} پر لادنے، اتارنے اور دیگر اخراجات</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="26"/>
        <source>carriage {place} → {destination}</source>
        <translation>کرایہ {place} ← {destination}</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="28"/>
        <source>cargo insurance, {cover} on {percent} % of the value</source>
        <translation>مال کا بیمہ، {cover}، مالیت کے {percent} % پر</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="29"/>
        <source>import clearance in {country}: fees, broker</source>
        <translation>{country} میں درآمدی کلیئرنس: فیسیں، بروکر</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms_block.py" line="30"/>
        <source>duties and import taxes in {country}</source>
        <translation>{country} میں ڈیوٹیاں اور درآمدی ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="17"/>
        <source>Risk passes to the buyer {risk}.</source>
        <translation>خطرہ خریدار کو منتقل ہوتا ہے: {risk}۔</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="19"/>
        <source>Port of shipment of route {number}: {port}.</source>
        <translation>راستہ {number} کی بندرگاہِ روانگی: {port}۔</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="21"/>
        <source>The first carrier of route {number} takes the goods at {place}.</source>
        <translation>راستہ {number} کا پہلا کیریئر مال {place} پر وصول کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="23"/>
        <source>{rule} {place} (Incoterms 2020)</source>
        <translation>{rule} {place} (انکوٹرمز 2020)</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="24"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; landed in {country}: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/ٹن، {total}؛ {country} میں پہنچ کر: {landed_per_tonne}/ٹن، {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="26"/>
        <source>{rule} {place}: {per_tonne}/t, {total}</source>
        <translation>{rule} {place}: {per_tonne}/ٹن، {total}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="28"/>
        <source>{rule} {place}: {per_tonne}/t, {total}; the buyer&apos;s whole cost: {landed_per_tonne}/t, {landed}</source>
        <translation>{rule} {place}: {per_tonne}/ٹن، {total}؛ خریدار کی کل لاگت: {landed_per_tonne}/ٹن، {landed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="30"/>
        <source>{rule} {place}: no price: {reason}</source>
        <translation>{rule} {place}: کوئی قیمت نہیں: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/core/price_report.py" line="31"/>
        <source>landed cost unknown: {reasons}</source>
        <translation>پہنچ کر لاگت معلوم نہیں: {reasons}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="10"/>
        <source>&apos;{value}&apos; is not an Incoterms 2020 rule ({known})</source>
        <translation>&apos;{value}&apos; انکوٹرمز 2020 کا قاعدہ نہیں ({known})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="11"/>
        <source>a sea-only rule needs sea_leg: &apos;from&apos; (a sea leg leaves the named place) or &apos;to&apos; (one arrives there)</source>
        <translation>صرف سمندری قاعدے کو sea_leg چاہیے: &apos;from&apos; (سمندری حصہ نامزد مقام سے روانہ ہو) یا &apos;to&apos; (وہاں پہنچے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="13"/>
        <source>a rule where the seller must insure needs min_cover and min_insured_pct</source>
        <translation>جس قاعدے میں فروخت کنندہ پر بیمہ لازم ہو اسے min_cover اور min_insured_pct چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="15"/>
        <source>unknown cargo &apos;{value}&apos; (not in sheet &apos;cargo_types&apos;)</source>
        <translation>نامعلوم مال &apos;{value}&apos; (شیٹ &apos;cargo_types&apos; میں نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="16"/>
        <source>&apos;{value}&apos; is not a tariff code (digits, spaces and dots)</source>
        <translation>&apos;{value}&apos; ٹیرف کوڈ نہیں (ہندسے، خالی جگہیں اور نقطے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="17"/>
        <source>a second tariff line for {cargo} into {country}</source>
        <translation>{country} میں درآمد کے لیے {cargo} کی دوسری ٹیرف لائن</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="18"/>
        <source>&apos;{value}&apos; is not a day of the year (month-day, e.g. 06-30)</source>
        <translation>&apos;{value}&apos; سال کا کوئی دن نہیں (مہینہ-دن، مثلاً 06-30)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="19"/>
        <source>a season needs its first and its last day (season_from and season_to)</source>
        <translation>موسم کا پہلا اور آخری دن دونوں چاہییں (season_from اور season_to)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="23"/>
        <source>a duty per quantity needs specific_currency and specific_per (kg or t)</source>
        <translation>مقدار پر ڈیوٹی کو specific_currency اور specific_per (kg یا t) چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="25"/>
        <source>a preference needs a factor from 0 (no duty) to 1, and origin_countries</source>
        <translation>ترجیح کو 0 (کوئی ڈیوٹی نہیں) سے 1 تک کا factor اور origin_countries چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="27"/>
        <source>when_duty_to {high} is below when_duty_from {low}</source>
        <translation>when_duty_to {high} ، when_duty_from {low} سے کم ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="28"/>
        <source>the base must name what the tax is charged on: {allowed}</source>
        <translation>base میں لکھیں کہ ٹیکس کس پر لگتا ہے: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="29"/>
        <source>&apos;{part}&apos; is neither {allowed} nor a tax of an earlier step for the same country</source>
        <translation>&apos;{part}&apos; نہ {allowed} ہے نہ اسی ملک کے پہلے مرحلے کا ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="32"/>
        <source>a second {unit} value for dates already covered ({start} to {end})</source>
        <translation>پہلے سے شامل تاریخوں ({start} تا {end}) کے لیے {unit} کی دوسری قدر</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="33"/>
        <source>{currency} is neither a currency of sheet &apos;fx&apos; nor a unit of sheet &apos;fee_units&apos; for {country}</source>
        <translation>{currency} نہ شیٹ &apos;fx&apos; کی کرنسی ہے نہ {country} کے لیے شیٹ &apos;fee_units&apos; کی اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="35"/>
        <source>value_to {high} must be above value_from {low}</source>
        <translation>value_to {high} کو value_from {low} سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="36"/>
        <source>rows for {country} but no row for it in sheet &apos;customs_valuation&apos;</source>
        <translation>{country} کی قطاریں ہیں مگر شیٹ &apos;customs_valuation&apos; میں اس کی قطار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="37"/>
        <source>{workbook}: no commercial sheets ({sheets}): prices under Incoterms cannot be worked out with it</source>
        <translation>{workbook}: تجارتی شیٹیں نہیں ({sheets}): اس سے انکوٹرمز کے تحت قیمت نہیں نکل سکتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="39"/>
        <source>{workbook}: commercial sheets missing: {sheets}</source>
        <translation>{workbook}: تجارتی شیٹیں غائب: {sheets}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="40"/>
        <source>{workbook}: {count} rates and fees left blank for the user to give (duties, import_taxes, fees)</source>
        <translation>{workbook}: {count} شرحیں اور فیسیں خالی چھوڑی گئیں، صارف دے گا (duties, import_taxes, fees)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="42"/>
        <source>{workbook}, sheet &apos;{sheet}&apos;, row {row}, column &apos;rate_pct&apos;: {value} is read as {value} %; if {percent} % was meant (a cell formatted as a percentage keeps {percent} % as {value}), write {percent}</source>
        <translation>{workbook}، شیٹ &apos;{sheet}&apos;، قطار {row}، کالم &apos;rate_pct&apos;: {value} کو {value} % پڑھا گیا؛ اگر {percent} % مراد تھا (فیصد کی صورت والا خانہ {percent} % کو {value} کے طور پر رکھتا ہے) تو {percent} لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="48"/>
        <source>the saved terms cannot be read: expected named fields such as incoterm and goods_value, found {value}</source>
        <translation>محفوظ شرائط پڑھی نہیں جا سکتیں: incoterm اور goods_value جیسے نامزد خانے متوقع تھے، ملا {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="50"/>
        <source>the saved terms cannot be read: &apos;{key}&apos; cannot be {value}</source>
        <translation>محفوظ شرائط پڑھی نہیں جا سکتیں: &apos;{key}&apos; {value} نہیں ہو سکتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="51"/>
        <source>the tables in use have no &apos;incoterms&apos; sheet: prices under Incoterms cannot be worked out</source>
        <translation>زیرِ استعمال جدولوں میں &apos;incoterms&apos; شیٹ نہیں: انکوٹرمز کے تحت قیمت نہیں نکل سکتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="53"/>
        <source>unknown Incoterm &apos;{text}&apos;; known: {known}</source>
        <translation>نامعلوم انکوٹرم &apos;{text}&apos;؛ معلوم: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="54"/>
        <source>give the value of the goods to price the quote under {rule}</source>
        <translation>{rule} کے تحت قیمت کے لیے مال کی مالیت دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="55"/>
        <source>{place} is on none of the routes of this quote; name one of their places</source>
        <translation>{place} اس کوٹیشن کے کسی راستے پر نہیں؛ ان کا کوئی مقام دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="57"/>
        <source>{rule} is for sea transport only, and no route of this quote has a sea leg {way} {place}; use {instead}</source>
        <translation>{rule} صرف سمندری نقل و حمل کے لیے ہے، اور کسی راستے پر {place} {way} سمندری حصہ نہیں؛ {instead} استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="61"/>
        <source>{rule} {place}: the seller clears the goods for import and pays the duties at the named place, but {place} is in {place_country}, and the goods are imported into {country} after it; name a place in {country}, or use DAP</source>
        <translation>{rule} {place}: بیچنے والا نامزد مقام پر مال کی درآمدی کلیئرنس کرتا اور ڈیوٹیاں ادا کرتا ہے، لیکن {place} {place_country} میں ہے، اور مال اس کے بعد {country} میں درآمد ہوتا ہے؛ {country} میں کوئی مقام بتائیں، یا DAP لیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="67"/>
        <source>under {rule} the seller must insure the goods (at least {cover}, on {percent} % of the price): give the premium rate</source>
        <translation>{rule} کے تحت فروخت کنندہ پر مال کا بیمہ لازم ہے (کم از کم {cover}، قیمت کے {percent} % پر): پریمیم کی شرح دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="70"/>
        <source>give the premium rate of the {cover} cover chosen</source>
        <translation>منتخب کردہ {cover} کوریج کی پریمیم شرح دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="71"/>
        <source>under {rule} the cover must be at least {cover}</source>
        <translation>{rule} کے تحت کور کم از کم {cover} ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="72"/>
        <source>under {rule} the insured value must be at least {percent} % of the price</source>
        <translation>{rule} کے تحت بیمہ شدہ مالیت قیمت کا کم از کم {percent} % ہو</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="74"/>
        <source>choose the cover (ICC A, B or C) the premium rate is for</source>
        <translation>وہ کور چنیں (ICC A، B یا C) جس کی یہ پریمیم شرح ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="75"/>
        <source>a premium rate of {rate} % cannot be right (at most 10 %)</source>
        <translation>{rate} % پریمیم کی شرح درست نہیں ہو سکتی (زیادہ سے زیادہ 10 %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="76"/>
        <source>only under DDP is the seller the importer of record</source>
        <translation>صرف DDP کے تحت فروخت کنندہ درآمد کنندۂ ریکارڈ ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="77"/>
        <source>under DDP the seller is the importer of record, through its own entity or a licensed broker</source>
        <translation>DDP کے تحت درآمد کنندۂ ریکارڈ فروخت کنندہ ہے، اپنے ادارے یا لائسنس یافتہ کسٹمز بروکر کے ذریعے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="79"/>
        <source>&apos;{key}&apos; is not a blank rate or fee of the tables (see the terms&apos; list of figures to give)</source>
        <translation>&apos;{key}&apos; جدولوں کی خالی شرح یا فیس نہیں (شرائط میں دی جانے والی قدروں کی فہرست دیکھیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="81"/>
        <source>{charge} into {country}: {what}</source>
        <translation>{country} میں درآمد پر {charge}: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="82"/>
        <source>{charge} in {country} (export): {what}</source>
        <translation>{country} میں برآمد پر {charge}: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="85"/>
        <source>{rule} {place}: this route does not pass {place}</source>
        <translation>{rule} {place}: یہ راستہ {place} سے نہیں گزرتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="86"/>
        <source>{rule} needs a sea leg {way} {place}; this route has none</source>
        <translation>{rule} کو {place} {way} سمندری حصہ چاہیے؛ اس راستے میں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="88"/>
        <source>{rule} {place}: these routes do not pass {place}</source>
        <translation>{rule} {place}: یہ راستے {place} سے نہیں گزرتے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="89"/>
        <source>{rule} needs a sea leg {way} {place}; these routes have none</source>
        <translation>{rule} کو {place} {way} سمندری حصہ چاہیے؛ ان راستوں میں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="91"/>
        <source>no tariff line for {cargo} into {country} in sheet &apos;hs_codes&apos;: duties and taxes cannot be worked out</source>
        <translation>شیٹ &apos;hs_codes&apos; میں {country} کے لیے {cargo} کی ٹیرف لائن نہیں: ڈیوٹیاں اور ٹیکس نہیں نکل سکتے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="93"/>
        <source>no row for {country} in sheet &apos;customs_valuation&apos;: the customs value cannot be worked out</source>
        <translation>شیٹ &apos;customs_valuation&apos; میں {country} کی قطار نہیں: کسٹمز ویلیو نہیں نکل سکتی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="96"/>
        <source>the tariff line of {cargo} in {country} is not known: duties and taxes are not worked out here</source>
        <translation>{country} میں {cargo} کی ٹیرف لائن معلوم نہیں: ڈیوٹیاں اور ٹیکس یہاں شمار نہیں کیے گئے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="98"/>
        <source>how {country} values imports for customs is not known: the customs value is not worked out here</source>
        <translation>{country} درآمدات کی کسٹمز ویلیو کیسے طے کرتا ہے، معلوم نہیں: کسٹمز ویلیو یہاں شمار نہیں کی گئی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="100"/>
        <source>{what} into {country}: not in the tables and not given ({key})</source>
        <translation>{country} میں {what}: جدولوں میں نہیں اور دیا نہیں گیا ({key})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="102"/>
        <source>{what} into {country}: not in the tables and not given</source>
        <translation>{country} میں {what}: جدولوں میں نہیں اور دیا نہیں گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="103"/>
        <source>left out, not in the tables and not given: {fees}</source>
        <translation>شامل نہیں (جدولوں میں نہیں اور دیا نہیں گیا): {fees}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="104"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources}): {notes}</source>
        <translation>{country} نے {date} سے {cargo} کی درآمد پر پابندی لگا رکھی ہے ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="106"/>
        <source>{country} prohibits imports of {cargo} ({sources}): {notes}</source>
        <translation>{country} نے {cargo} کی درآمد پر پابندی لگا رکھی ہے ({sources}): {notes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="107"/>
        <source>{country} prohibits imports of {cargo} since {date} ({sources})</source>
        <translation>{country} نے {date} سے {cargo} کی درآمد پر پابندی لگا رکھی ہے ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="109"/>
        <source>{country} prohibits imports of {cargo} ({sources})</source>
        <translation>{country} نے {cargo} کی درآمد پر پابندی لگا رکھی ہے ({sources})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="111"/>
        <source>{publisher}, {date}</source>
        <translation>{publisher}، {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="112"/>
        <source>with {proof}, the {charge} would be {factor} of the rate ({saving} less)</source>
        <translation>{proof} کے ساتھ {charge} شرح کا {factor} ہوتی ({saving} کم)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="114"/>
        <source>{charge} at {factor} of the rate for goods of {origin} origin, with {proof}</source>
        <translation>{charge}: {origin} کے مال کے لیے شرح کا {factor}، {proof} کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="117"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value is in the tables</source>
        <translation>{day_year} کے لیے {year} کا {unit} ({value}) استعمال ہوا: جدولوں میں {day_year} کی قدر نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="119"/>
        <source>the {year} {unit} ({value}) is used for {day_year}: no {day_year} value known</source>
        <translation>{day_year} کے لیے {year} کا {unit} ({value}) استعمال ہوا: {day_year} کی قدر معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="121"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day is in the tables</source>
        <translation>{date} کے لیے {start} تا {end} کا {unit} ({value}) استعمال ہوا: جدولوں میں اس دن کی قدر نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="123"/>
        <source>the {unit} of {start} to {end} ({value}) is used on {date}: no value for that day known</source>
        <translation>{date} کے لیے {start} تا {end} کا {unit} ({value}) استعمال ہوا: اس دن کی قدر معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="125"/>
        <source>no import tax rows for {country} in the tables</source>
        <translation>جدولوں میں {country} کے درآمدی ٹیکس کی قطاریں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="126"/>
        <source>the goods&apos; value, {value}, lies outside {low} to {high}, a tenth to {times} times the cheapest carriage ({carriage}): check it, the landed cost rests on it (the tables hold no prices of goods; the range is measured against the carriage)</source>
        <translation>مال کی قیمت، {value}، {low} سے {high} کی حد سے باہر ہے (سب سے سستی ترسیل، {carriage}، کے دسویں حصے سے {times} گنا تک): اسے جانچیں، درآمدی لاگت اسی پر مبنی ہے (جدولوں میں مال کی قیمتیں نہیں؛ حد ترسیل کے مقابلے میں ناپی گئی ہے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="130"/>
        <source>under DDP into Kazakhstan the declarant must be a Kazakh entity: the seller needs its own entity there or a licensed broker</source>
        <translation>قازقستان میں DDP کے تحت ڈیکلیرنٹ قازق ادارہ ہونا چاہیے: فروخت کنندہ کو وہاں اپنا ادارہ یا لائسنس یافتہ بروکر چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="135"/>
        <source>goods</source>
        <translation>مال</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="136"/>
        <source>seller&apos;s margin: {percent} % of {base}</source>
        <translation>فروخت کنندہ کا منافع: {base} کا {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="139"/>
        <source>seller&apos;s margin: {percent} % of {base}, its costs before insurance; the duties, import taxes and import fees it pays are passed on at cost</source>
        <translation>فروخت کنندہ کا منافع: {base} کا {percent} %، بیمے سے پہلے اس کے اخراجات؛ جو محصولات، درآمدی ٹیکس اور درآمدی فیسیں وہ ادا کرتا ہے وہ لاگت پر ہی آگے منتقل ہوتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="142"/>
        <source>seller&apos;s margin: {rate} per t × {tonnes} t</source>
        <translation>فروخت کنندہ کا منافع: {rate} فی ٹن × {tonnes} ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="143"/>
        <source>{charge}, {where}</source>
        <translation>{charge}، {where}</translation>
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
        <translation>{place} پر: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="147"/>
        <source>{rate} % of {base}</source>
        <translation>{base} کا {rate} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="148"/>
        <source>{amount} per {per} × {quantity} {per} = {converted}</source>
        <translation>{amount} فی {per} × {quantity} {per} = {converted}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="149"/>
        <source>the higher of {first} and {second}</source>
        <translation>{first} اور {second} میں سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="150"/>
        <source>({working}) × {factor}, preference</source>
        <translation>({working}) × {factor}، ترجیح</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="152"/>
        <source>none, preference</source>
        <translation>کوئی نہیں، ترجیح</translation>
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
        <translation>{value} کی اعلان کردہ مالیت پر {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="156"/>
        <source>given for this quote</source>
        <translation>اس کوٹیشن کے لیے دیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="157"/>
        <source>not in the tables; not given</source>
        <translation>جدولوں میں نہیں؛ دیا نہیں گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="158"/>
        <source>unloading at {place}</source>
        <translation>{place} پر اتارنا</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="159"/>
        <source>goods: {tonnes} t × {rate} per t</source>
        <translation>مال: {tonnes} ٹن × {rate} فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="160"/>
        <source>insurance, {cover}: {rate} % of {insured} ({percent} % of {value})</source>
        <translation>بیمہ، {cover}: {insured} کا {rate} % ({value} کا {percent} %)</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="162"/>
        <source>{route}: price under the terms {old} → {new} {currency} ({change})</source>
        <translation>{route}: شرائط کے تحت قیمت {old} ← {new} {currency} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="163"/>
        <source>no import: {origin} and {destination} are in one customs territory</source>
        <translation>کوئی درآمد نہیں: {origin} اور {destination} ایک ہی کسٹمز علاقے میں ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="26"/>
        <source>{rate} %</source>
        <translation>{rate} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="27"/>
        <source>{amount} {currency} per {per}</source>
        <translation>{amount} {currency} فی {per}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="28"/>
        <source>{rate} %, but not less than {specific}</source>
        <translation>{rate} %، مگر {specific} سے کم نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="29"/>
        <source>× {factor} of the rate for {origins}</source>
        <translation>{origins} کے لیے شرح کا × {factor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="30"/>
        <source>{details} for a value from {low} to {high}</source>
        <translation>{low} سے {high} تک کی مالیت پر {details}</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="31"/>
        <source>{details}, valid {start} to {end}</source>
        <translation>{details}، {start} سے {end} تک نافذ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="32"/>
        <source>{id} {charge} ({country}, {codes})</source>
        <translation>{id} {charge} ({country}، {codes})</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="33"/>
        <source>{cargo} into {country}</source>
        <translation>{cargo}، {country} میں درآمد</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="34"/>
        <source>commercial sheets added: prices under Incoterms with duties, taxes and fees</source>
        <translation>تجارتی شیٹس شامل ہوئیں: ڈیوٹیوں، ٹیکسوں اور فیسوں کے ساتھ انکوٹرمز کے تحت قیمتیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="36"/>
        <source>commercial sheets removed: the new tables quote freight only</source>
        <translation>تجارتی شیٹس ہٹا دی گئیں: نئی جدولیں صرف کرایہ بتاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="8"/>
        <source>a scenario is an object with a name and a list of changes</source>
        <translation>منظرنامہ ایک نام اور تبدیلیوں کی فہرست پر مشتمل ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="9"/>
        <source>a change is one of close, open, add_days, scale_rates, fx, limit or road_surcharge_pct, with its place, leg, country, currency or setting</source>
        <translation>تبدیلی close، open، add_days، scale_rates، fx، limit یا road_surcharge_pct میں سے ایک ہے، اپنی جگہ، حصے، ملک، کرنسی یا سیٹنگ کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="12"/>
        <source>cannot read the scenario {file}: {error}</source>
        <translation>منظرنامہ {file} پڑھا نہیں جا سکا: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="13"/>
        <source>the scenario {file} is not a scenario file (JSON): {error}</source>
        <translation>{file} منظرنامے کی فائل (JSON) نہیں ہے: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="14"/>
        <source>the scenario {file} is {size} KB; a scenario file is at most {limit} KB</source>
        <translation>منظرنامہ {file} کا سائز {size} KB ہے؛ منظرنامے کی فائل زیادہ سے زیادہ {limit} KB ہو سکتی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="16"/>
        <source>a number in it is {digits} characters long, too long for a figure</source>
        <translation>اس میں ایک عدد {digits} حروف لمبا ہے، کسی رقم کے لیے بہت لمبا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="17"/>
        <source>it is nested too deeply</source>
        <translation>اس میں نیسٹنگ بہت گہری ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="18"/>
        <source>the what-if: {problem}</source>
        <translation>«اگر» منظرنامہ: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="19"/>
        <source>it has {count} changes; at most {limit} are laid over the tables</source>
        <translation>اس میں {count} تبدیلیاں ہیں؛ جدولوں پر زیادہ سے زیادہ {limit} لاگو کی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="21"/>
        <source>its name is {length} characters long; at most {limit}</source>
        <translation>اس کا نام {length} حروف لمبا ہے؛ زیادہ سے زیادہ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="23"/>
        <source>&apos;{key}&apos; is {length} characters long; a name is at most {limit}</source>
        <translation>&apos;{key}&apos; کی لمبائی {length} حروف ہے؛ نام زیادہ سے زیادہ {limit} کا ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="25"/>
        <source>&apos;{key}&apos; holds text that is not valid Unicode</source>
        <translation>&apos;{key}&apos; میں ایسا متن ہے جو درست یونیکوڈ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="27"/>
        <source>&apos;{key}&apos; is given twice: it takes one value</source>
        <translation>&apos;{key}&apos; دو بار دیا گیا ہے: یہ ایک ہی قدر لیتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="28"/>
        <source>&apos;{first}&apos; and &apos;{second}&apos; are two changes; give each its own entry</source>
        <translation>&apos;{first}&apos; اور &apos;{second}&apos; دو تبدیلیاں ہیں؛ ہر ایک کو الگ اندراج میں دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="29"/>
        <source>&apos;{kind}&apos; needs a name in quotes, such as {example}, not {text}</source>
        <translation>&apos;{kind}&apos; کے لیے کوٹیشن میں نام چاہیے، جیسے {example}، نہ کہ {text}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="32"/>
        <source>the what-if&apos;s {currency} rate, {rate} per USD, differs from the table&apos;s {table} (as of {date}) by {change}</source>
        <translation>منظرنامے کی {currency} شرح، {rate} فی USD، جدول کی {table} ({date} تک) سے {change} مختلف ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="34"/>
        <source>the what-if&apos;s exchange rate: {problem}</source>
        <translation>«اگر» منظرنامے کی شرحِ مبادلہ: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="35"/>
        <source>the what-if&apos;s search limits: {problem}</source>
        <translation>«اگر» منظرنامے کی تلاش کی حدیں: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="36"/>
        <source>what-if change {number}: {problem}</source>
        <translation>«اگر» کی تبدیلی {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="37"/>
        <source>expected a number, not &apos;{text}&apos;</source>
        <translation>عدد درکار ہے، &apos;{text}&apos; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="38"/>
        <source>type the change&apos;s value first</source>
        <translation>پہلے تبدیلی کی قدر لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="39"/>
        <source>&apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>&apos;{text}&apos; کا مطلب {decimal} یا {thousands} ہو سکتا ہے؛ ان میں سے ایک لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="40"/>
        <source>&apos;{kind}&apos; needs &apos;{key}&apos;, a number</source>
        <translation>&apos;{kind}&apos; کے لیے &apos;{key}&apos; درکار ہے، ایک عدد</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="41"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;</source>
        <translation>2026-03-10 جیسی تاریخ درکار ہے، &apos;{text}&apos; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="42"/>
        <source>expected a date such as 2026-03-10, not &apos;{text}&apos;; did you mean {options}?</source>
        <translation>2026-03-10 جیسی تاریخ درکار ہے، &apos;{text}&apos; نہیں؛ کیا آپ کا مطلب {options} تھا؟</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="44"/>
        <source>{value} is outside {low} to {high}</source>
        <translation>{value}، {low} سے {high} کی حد سے باہر ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="45"/>
        <source>no leg joins {first} and {second}</source>
        <translation>کوئی حصہ {first} اور {second} کو نہیں جوڑتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="46"/>
        <source>it ends on {end}, before it starts on {start}</source>
        <translation>یہ {end} کو ختم ہوتی ہے، {start} کو شروع ہونے سے پہلے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="47"/>
        <source>{target} is not closed in the tables: nothing to open</source>
        <translation>{target} جدولوں میں بند نہیں: کھولنے کو کچھ نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="49"/>
        <source>it is the same as change {other}: give a change once</source>
        <translation>یہ تبدیلی {other} جیسی ہی ہے: تبدیلی ایک بار دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="52"/>
        <source>it opens {target} on {day}, when change {closed} has it closed: keep one of the two, or date them apart</source>
        <translation>یہ {target} کو {day} کو کھولتی ہے، جبکہ تبدیلی {closed} اسے بند رکھتی ہے: دونوں میں سے ایک رکھیں، یا انہیں الگ تاریخیں دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="56"/>
        <source>it opens {target} from {day}, when change {other} opens it from {first}: keep one of the two dates, or close it between them</source>
        <translation>یہ {target} کو {day} سے کھولتی ہے، جبکہ تبدیلی {other} اسے {first} سے کھولتی ہے: دونوں تاریخوں میں سے ایک رکھیں، یا ان کے درمیان اسے بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="59"/>
        <source>it says {change}, when change {other} says {first}: keep one of the two</source>
        <translation>یہ {change} کہتی ہے، جبکہ تبدیلی {other} {first} کہتی ہے: دونوں میں سے ایک رکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="61"/>
        <source>unknown mode &apos;{mode}&apos;; known: {known}</source>
        <translation>نامعلوم ذریعہ &apos;{mode}&apos;؛ معلوم: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="62"/>
        <source>unknown currency &apos;{currency}&apos;; known: {known}</source>
        <translation>نامعلوم کرنسی &apos;{currency}&apos;؛ معلوم: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="63"/>
        <source>{target} closed</source>
        <translation>{target} بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="64"/>
        <source>{target} closed from {start}</source>
        <translation>{target} {start} سے بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="65"/>
        <source>{target} closed until {end}</source>
        <translation>{target} {end} تک بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="66"/>
        <source>{target} closed from {start} to {end}</source>
        <translation>{target} {start} سے {end} تک بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="67"/>
        <source>{target} open</source>
        <translation>{target} کھلا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="68"/>
        <source>{target} open from {start}</source>
        <translation>{target} {start} سے کھلا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="69"/>
        <source>{target} {days} days</source>
        <translation>{target} {days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="70"/>
        <source>{target} {days} day</source>
        <translation>{target} {days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="72"/>
        <source>{target} {days} days (none below 0)</source>
        <translation>{target} {days} دن (0 سے کم نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="73"/>
        <source>{target} {days} day (none below 0)</source>
        <translation>{target} {days} دن (0 سے کم نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="74"/>
        <source>{target}{mode} rates × {factor}</source>
        <translation>{target}{mode} کے نرخ × {factor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="75"/>
        <source> {mode}</source>
        <translation>، {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="76"/>
        <source>{currency} at {rate} per USD</source>
        <translation>{currency} فی USD {rate} پر</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="77"/>
        <source>{currency} {change} % against the USD</source>
        <translation>{currency} USD کے مقابلے میں {change} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="78"/>
        <source>road fuel surcharge {change} %</source>
        <translation>سڑک کے حصوں پر ایندھن سرچارج {change} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="80"/>
        <source>search limit: {limit}</source>
        <translation>تلاش کی حد: {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="81"/>
        <source>no search limit on {name}</source>
        <translation>تلاش کی کوئی حد نہیں: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="82"/>
        <source>{name}: no limit</source>
        <translation>{name}: کوئی حد نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="84"/>
        <source>search limit {setting} at {value}</source>
        <translation>تلاش کی حد {setting}: {value}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="85"/>
        <source>no search limit {setting}</source>
        <translation>تلاش کی حد {setting} کے بغیر</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="87"/>
        <source>waits at most {days} days for a closure to end</source>
        <translation>بندش ختم ہونے کا زیادہ سے زیادہ {days} دن انتظار</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="88"/>
        <source>waits at most {days} day for a closure to end</source>
        <translation>بندش ختم ہونے کا زیادہ سے زیادہ {days} دن انتظار</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="89"/>
        <source>never waits for a closure to end</source>
        <translation>بندش ختم ہونے کا کبھی انتظار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="90"/>
        <source>unknown search limit &apos;{setting}&apos;; known: {known}</source>
        <translation>نامعلوم تلاش کی حد &apos;{setting}&apos;؛ معلوم: {known}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="91"/>
        <source>expected a whole number, not &apos;{text}&apos;</source>
        <translation>مکمل عدد درکار ہے، &apos;{text}&apos; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="92"/>
        <source>{change}, in the what-if “{scenario}”</source>
        <translation>{change}، «اگر» منظرنامہ «{scenario}» میں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="93"/>
        <source>what-if “{scenario}”</source>
        <translation>«اگر» منظرنامہ «{scenario}»</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="94"/>
        <source>{charge} × {factor}: {note}</source>
        <translation>{charge} × {factor}: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="95"/>
        <source>what-if change {number}, {change}, changes no route: none of them stops at {place} (days are added where a route stops: at a border, a port, a change of gauge or of mode; not where it only passes, starts or ends without a stop)</source>
        <translation>«اگر» کی تبدیلی {number}، {change}، کسی راستے کو نہیں بدلتی: ان میں سے کوئی {place} پر نہیں رکتا (دن وہاں جوڑے جاتے ہیں جہاں راستہ رکتا ہے: سرحد، بندرگاہ، گیج یا ذریعۂ نقل و حمل کی تبدیلی پر؛ وہاں نہیں جہاں سے وہ صرف گزرتا، شروع ہوتا یا بغیر رکے ختم ہوتا ہے)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="99"/>
        <source>what-if change {number}, {change}, changes no route: none of them takes the leg {leg}</source>
        <translation>«اگر» کی تبدیلی {number}، {change}، کسی راستے کو نہیں بدلتی: ان میں سے کوئی بھی حصہ {leg} سے نہیں گزرتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="101"/>
        <source>what-if “{scenario}”: {changes}; the tables themselves are unchanged</source>
        <translation>«اگر» منظرنامہ «{scenario}»: {changes}؛ جدول خود تبدیل نہیں ہوئے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="105"/>
        <source>new in the what-if</source>
        <translation>منظرنامے میں نیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="106"/>
        <source>opens in the what-if</source>
        <translation>منظرنامے میں کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="107"/>
        <source>closes in the what-if</source>
        <translation>منظرنامے میں بند ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="108"/>
        <source>no longer offered in the what-if</source>
        <translation>منظرنامے میں اب پیش نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="110"/>
        <source>no longer among the routes its corridor shows in the what-if</source>
        <translation>منظرنامے میں اب اپنی راہداری کے دکھائے گئے راستوں میں شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="112"/>
        <source>still unavailable in the what-if</source>
        <translation>منظرنامے میں اب بھی دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="113"/>
        <source>unchanged</source>
        <translation>بلا تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="114"/>
        <source>changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="117"/>
        <source>goes by {modes} ({legs}); allowed: {allowed}</source>
        <translation>{modes} سے جاتا ہے ({legs})؛ اجازت: {allowed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="118"/>
        <source>passes {avoided}, to be avoided</source>
        <translation>{avoided} سے گزرتا ہے، جس سے بچنا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="119"/>
        <source>costs {cost}, {over} % over the ceiling of {ceiling}</source>
        <translation>لاگت {cost}، حد {ceiling} سے {over} % زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="120"/>
        <source>{odds} % on time by {date}, under the {wanted} % asked</source>
        <translation>{date} تک بروقت {odds} %، مطلوبہ {wanted} % سے کم</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="121"/>
        <source>a closure on the way stops it: {odds} % on time by {date}</source>
        <translation>راستے کی بندش اسے روک دیتی ہے: {date} تک بروقت {odds} %</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="122"/>
        <source>costs {over} % more than the cheapest route meeting the goals ({within} % allowed for lower CO2e)</source>
        <translation>اہداف پر پورا اترنے والے سب سے سستے راستے سے {over} % مہنگا (کم CO2e کے لیے {within} % کی اجازت)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="124"/>
        <source>no route meets every goal: {binding}</source>
        <translation>کوئی راستہ تمام اہداف پر پورا نہیں اترتا: {binding}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="125"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>سب سے جلد کھلا راستہ، {route}، {wanted} % یقین کے ساتھ صرف {date} تک پہنچتا ہے، {late} دن تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="127"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} days late</source>
        <translation>باقی اہداف پر پورا اترنے والا سب سے جلد راستہ، {route}، {wanted} % یقین کے ساتھ صرف {date} تک پہنچتا ہے، {late} دن تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="130"/>
        <source>the earliest open route, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>سب سے جلد کھلا راستہ، {route}، {wanted} % یقین کے ساتھ صرف {date} تک پہنچتا ہے، {late} دن تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="132"/>
        <source>the earliest route meeting the other goals, {route}, arrives with {wanted} % certainty only by {date}, {late} day late</source>
        <translation>باقی اہداف پر پورا اترنے والا سب سے جلد راستہ، {route}، {wanted} % یقین کے ساتھ صرف {date} تک پہنچتا ہے، {late} دن تاخیر سے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="135"/>
        <source>no open route arrives with {wanted} % certainty: closures on the way stop the rest</source>
        <translation>کوئی کھلا راستہ {wanted} % یقین سے نہیں پہنچتا: راستے کی بندشیں باقی کو روک دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="137"/>
        <source>the cheapest open route, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>سب سے سستا کھلا راستہ، {route}، لاگت {cost}، حد سے {over} % زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="139"/>
        <source>the cheapest route meeting the other goals, {route}, costs {cost}, {over} % over the ceiling</source>
        <translation>باقی اہداف پر پورا اترنے والا سب سے سستا راستہ، {route}، لاگت {cost}، حد سے {over} % زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="141"/>
        <source>no route meeting the other goals arrives with {wanted} % certainty: closures on the way stop them</source>
        <translation>دیگر اہداف پر پورا اترنے والا کوئی راستہ {wanted} % یقین سے نہیں پہنچتا: راستے کی بندشیں انہیں روکتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="143"/>
        <source>no open route of the quote goes by {allowed} only</source>
        <translation>اس کوٹیشن کا کوئی کھلا راستہ صرف {allowed} سے نہیں جاتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="144"/>
        <source>the cheapest route meeting the other goals, {route}, goes by {modes} ({legs})</source>
        <translation>دیگر اہداف پر پورا اترنے والا سب سے سستا راستہ، {route}، {modes} سے جاتا ہے ({legs})</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="146"/>
        <source>every open route of the quote passes {avoided}</source>
        <translation>اس کوٹیشن کا ہر کھلا راستہ {avoided} سے گزرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="147"/>
        <source>every open route of the quote passes one or more of {avoided}</source>
        <translation>کوٹیشن کا ہر کھلا راستہ ان میں سے ایک یا زیادہ سے گزرتا ہے: {avoided}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="148"/>
        <source>the cheapest route meeting the other goals, {route}, passes {avoided}</source>
        <translation>دیگر اہداف پر پورا اترنے والا سب سے سستا راستہ، {route}، {avoided} سے گزرتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="150"/>
        <source>each route misses more than one goal; dropping one goal is not enough</source>
        <translation>ہر راستہ ایک سے زیادہ اہداف پورے نہیں کرتا؛ ایک ہدف چھوڑنا کافی نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="152"/>
        <source>no route can be used on the date</source>
        <translation>اس تاریخ پر کوئی راستہ استعمال نہیں ہو سکتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="153"/>
        <source>at most {cost}</source>
        <translation>زیادہ سے زیادہ {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="154"/>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="155"/>
        <source>{amount} {currency}/t</source>
        <translation>{amount} {currency}/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="156"/>
        <source>{number}. {corridor}</source>
        <translation>‏{number}. {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="157"/>
        <source>{modes} only</source>
        <translation>صرف {modes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="158"/>
        <source>avoiding {places}</source>
        <translation>{places} سے بچتے ہوئے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="159"/>
        <source>by {date} with {wanted} % certainty</source>
        <translation>{date} تک {wanted} % یقین کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="160"/>
        <source>lowest CO2e within {within} % of the cheapest</source>
        <translation>سب سے سستے سے {within} % کے اندر کم ترین CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="161"/>
        <source>allow at least one mode</source>
        <translation>کم از کم ایک ذریعے کی اجازت دیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="162"/>
        <source>unknown mode &apos;{mode}&apos;; known: road, rail, sea, pipeline</source>
        <translation>نامعلوم ذریعہ &apos;{mode}&apos;؛ معلوم: road، rail، sea، pipeline</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="163"/>
        <source>&apos;{text}&apos; is neither a place nor a country code of the tables</source>
        <translation>&apos;{text}&apos; جدولوں کا نہ مقام ہے نہ ملک کا کوڈ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="164"/>
        <source>{what} must be a percentage from {low} to {high}, not &apos;{text}&apos;</source>
        <translation>{what} {low} سے {high} تک فیصد ہونا چاہیے، &apos;{text}&apos; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="165"/>
        <source>the cost ceiling must be an amount such as 40000 or 80/t, not &apos;{text}&apos;</source>
        <translation>لاگت کی حد 40000 یا 80/t جیسی رقم ہونی چاہیے، &apos;{text}&apos; نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="167"/>
        <source>the cost ceiling &apos;{text}&apos; could mean {decimal} or {thousands}; type one of them</source>
        <translation>لاگت کی حد &apos;{text}&apos; کا مطلب {decimal} یا {thousands} ہو سکتا ہے؛ ان میں سے ایک لکھیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="169"/>
        <source>no route can avoid {avoided}: the quote goes from {origin} to {destination}</source>
        <translation>کوئی راستہ {avoided} سے نہیں بچ سکتا: کوٹیشن {origin} سے {destination} تک ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="171"/>
        <source>arrive by {date} is before the departure {departure}</source>
        <translation>پہنچنے کی تاریخ {date} روانگی {departure} سے پہلے ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="177"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days (in the tables)</source>
        <translation>{days} دن تک لگ سکتے ہیں؛ {cargo} تقریباً {shelf} دن ٹھیک رہتا ہے (جدولوں میں مدتِ استعمال)</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="180"/>
        <source>may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{days} دن تک لگ سکتے ہیں؛ {cargo} تقریباً {shelf} دن ٹھیک رہتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="185"/>
        <source>chosen over {route}, which is cheaper but may take up to {days} days; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{route} کے بجائے منتخب: وہ سستا ہے مگر {days} دن تک لگ سکتے ہیں؛ {cargo} تقریباً {shelf} دن ٹھیک رہتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="195"/>
        <source>no route available on this date</source>
        <translation>اس تاریخ پر کوئی راستہ دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="183"/>
        <source>{corridor} · via {places}</source>
        <translation>{corridor} · براستہ {places}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="184"/>
        <source>{corridor} · by {mode} from {place}</source>
        <translation>{corridor} · {place} سے {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="189"/>
        <source>chosen over {route}, which is cheaper but takes {days} days typically; the shelf life of {cargo} is about {shelf} days</source>
        <translation>{route} کے بجائے منتخب: وہ سستا ہے مگر عام طور پر {days} دن لیتا ہے؛ {cargo} تقریباً {shelf} دن ٹھیک رہتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="192"/>
        <source>capital in transit: {value} × {rate} % a year × {days} days ÷ 365 = {amount}</source>
        <translation>راستے میں سرمایہ: {value} × {rate} % سالانہ × {days} دن ÷ 365 = {amount}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="14"/>
        <source>{corridor}: a {better} route exists with {figure} mode changes; the tables allow {limit}</source>
        <translation>{corridor}: ایک {better} راستہ موجود ہے جس میں ذریعۂ نقل و حمل {figure} بار بدلتا ہے؛ جدولیں {limit} کی اجازت دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="16"/>
        <source>{corridor}: a {better} route exists with {figure} legs; the tables allow {limit}</source>
        <translation>{corridor}: {figure} حصوں والا ایک {better} راستہ موجود ہے؛ جدولیں {limit} کی اجازت دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="18"/>
        <source>{corridor}: a {better} route exists, over {figure} times as long as the shortest open route; the tables allow {limit}</source>
        <translation>{corridor}: ایک {better} راستہ موجود ہے جو سب سے چھوٹے کھلے راستے سے {figure} گنا سے زیادہ لمبا ہے؛ جدولیں {limit} کی اجازت دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="20"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in different countries; the tables allow {limit}</source>
        <translation>{corridor}: ایک {better} راستہ موجود ہے جو مختلف ممالک میں اپنے دو پڑاؤ کے درمیان مختصر ترین راستے سے {figure} گنا سے زیادہ چلتا ہے؛ جدولیں {limit} کی اجازت دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="23"/>
        <source>{corridor}: a {better} route exists that goes over {figure} times the shortest way between two of its stops in one country; the tables allow {limit}</source>
        <translation>{corridor}: ایک {better} راستہ موجود ہے جو ایک ہی ملک میں اپنے دو پڑاؤ کے درمیان مختصر ترین راستے سے {figure} گنا سے زیادہ چلتا ہے؛ جدولیں {limit} کی اجازت دیتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="33"/>
        <source>route length ≤ {limit} × the shortest</source>
        <translation>راستے کی لمبائی ≤ {limit} × مختصر ترین</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="34"/>
        <source>detour across a border ≤ {limit}×</source>
        <translation>سرحد کے پار چکر ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="35"/>
        <source>detour within a country ≤ {limit}×</source>
        <translation>ملک کے اندر چکر ≤ {limit}×</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="36"/>
        <source>legs ≤ {limit}</source>
        <translation>حصے ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="37"/>
        <source>mode changes ≤ {limit}</source>
        <translation>ذریعۂ نقل و حمل کی تبدیلیاں ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="38"/>
        <source>routes a corridor shows ≤ {limit}</source>
        <translation>ایک راہداری کے راستے ≤ {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="47"/>
        <source>routes a corridor shows</source>
        <translation>ایک راہداری کے راستے</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="42"/>
        <source>route length</source>
        <translation>راستے کی لمبائی</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="43"/>
        <source>detour across a border</source>
        <translation>سرحد کے پار چکر</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="44"/>
        <source>detour within a country</source>
        <translation>ملک کے اندر چکر</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="45"/>
        <source>legs</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="46"/>
        <source>mode changes</source>
        <translation>ذریعۂ نقل و حمل کی تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="49"/>
        <source>cheaper</source>
        <translation>سستا</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="50"/>
        <source>faster</source>
        <translation>تیز</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="51"/>
        <source>cheaper and faster</source>
        <translation>سستا اور تیز</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="52"/>
        <source>usable</source>
        <translation>قابلِ استعمال</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="53"/>
        <source>the search limits keep out a better route (corridors: {count}; {limits}): see the tooltip</source>
        <translation>تلاش کی حدیں ایک بہتر راستہ باہر رکھتی ہیں (راہداریاں: {count}؛ {limits}): تفصیل ٹول ٹپ میں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="55"/>
        <source>whether the search limits keep out a better route is not known: past them lie too many paths to try</source>
        <translation>معلوم نہیں کہ تلاش کی حدیں کوئی بہتر راستہ باہر رکھتی ہیں یا نہیں: ان سے آگے آزمانے کو بہت زیادہ راستے ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="57"/>
        <source>the search limits allow too many paths to try every one (over {steps} steps): these routes keep to the limits but were found by a quicker search, which walks on only from the best beginnings at each place, and a cheaper or faster route may exist; to have every path tried, tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>تلاش کی حدیں ہر راستہ آزمانے کے لیے بہت زیادہ راستوں کی اجازت دیتی ہیں ({steps} سے زیادہ قدم): یہ راستے حدوں کے اندر ہیں لیکن ایک تیز تر تلاش سے ملے ہیں، جو ہر مقام سے صرف بہترین ابتدائی حصوں کو آگے بڑھاتی ہے، اس لیے کوئی سستا یا تیز راستہ موجود ہو سکتا ہے؛ ہر راستہ آزمانے کے لیے max_detour، max_stretch_detour، max_domestic_detour، max_legs، max_mode_changes میں سے ایک کو سخت کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/search_messages.py" line="63"/>
        <source>the search limits allow too many paths to try (over {steps} steps): keep or tighten one of max_detour, max_stretch_detour, max_domestic_detour, max_legs, max_mode_changes</source>
        <translation>تلاش کی حدیں آزمانے کے لیے بہت زیادہ راستوں کی اجازت دیتی ہیں ({steps} سے زیادہ قدم): max_detour، max_stretch_detour، max_domestic_detour، max_legs، max_mode_changes میں سے ایک برقرار رکھیں یا سخت کریں</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="28"/>
        <source>throughput: {count} {unit} at {per_day} {units} a day ({place}, {year}): +{days} days</source>
        <translation>گنجائش: {count} {unit}، روزانہ {per_day} {units} کی شرح پر ({place}، {year}): +{days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="30"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), the least they wait there</source>
        <translation>{place}: {count} {unit} اس کی پوری گنجائش کے {days} دن ہیں (روزانہ {per_day} {units}، {year})، وہاں کم از کم اتنا انتظار</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="32"/>
        <source>{place}: {count} {unit} are {days} days of its whole throughput ({per_day} {units} a day, {year}), more than a year at one stop</source>
        <translation>{place}: {count} {unit} اس کی پوری گنجائش کے {days} دن ہیں (روزانہ {per_day} {units}، {year})، ایک ہی پڑاؤ پر ایک سال سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="34"/>
        <source>a throughput in {unit} counts what leaves by {mode}: the mode must be {mode} or *</source>
        <translation>{unit} میں گنجائش وہ گنتی ہے جو {mode} سے روانہ ہو: ذریعہ {mode} یا * ہونا چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="17"/>
        <source>{id} {place}, {event}, {mode}</source>
        <translation>{id} {place}، {event}، {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="18"/>
        <source>{low}/{typical}/{high} days, {direction}</source>
        <translation>{low}/{typical}/{high} دن، {direction}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="19"/>
        <source>{amount} {unit} a day, {direction}, as of {date}</source>
        <translation>{amount} {unit} روزانہ، {direction}، {date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="20"/>
        <source>{handling}, {density} t per m³, shelf life {shelf}</source>
        <translation>{handling}، {density} ٹن فی m³، مدتِ استعمال {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="21"/>
        <source>{handling}, {density} t per m³, kept {temperature}, shelf life {shelf}</source>
        <translation>{handling}، {density} ٹن فی m³، {temperature} پر رکھا جائے، مدتِ استعمال {shelf}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="23"/>
        <source>{days} days</source>
        <translation>{days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="24"/>
        <source>{days} day</source>
        <translation>{days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="26"/>
        <source>{payload} t, {volume} m³, by {modes}, for {classes}</source>
        <translation>{payload} ٹن، {volume} m³، بذریعہ {modes}، برائے {classes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="27"/>
        <source>{payload} t, by {modes}, for {classes}</source>
        <translation>{payload} ٹن، بذریعہ {modes}، برائے {classes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="28"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="29"/>
        <source>{line}, {details}, cargo {classes}, equipment {equipment}, {way}</source>
        <translation>{line}، {details}، سامان {classes}، آلات {equipment}، {way}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="32"/>
        <source>{name}, {details}, {ends}</source>
        <translation>{name}، {details}، {ends}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="35"/>
        <source>{target}: {details}, modes {modes}, cargo {classes}, equipment {equipment}</source>
        <translation>{target}: {details}، ذرائع {modes}، سامان {classes}، آلات {equipment}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="41"/>
        <source>{details}, {km} km along the leg</source>
        <translation>{details}، حصے کے آغاز سے {km} کلومیٹر پر</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="45"/>
        <source>{what} changed: {sheet} row {row}, {item}: {changes}</source>
        <translation>{what} (تبدیلی): {sheet}، قطار {row}، {item}: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="46"/>
        <source>{column}: {before} → {after}</source>
        <translation>{column}: {before} ← {after}</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="47"/>
        <source>{column}: {before} → {after} ({change})</source>
        <translation>{column}: {before} ← {after} ({change})</translation>
    </message>
    <message>
        <location filename="../../gui/core/route_values.py" line="14"/>
        <source>{km} km on from {place}</source>
        <translation>{place} سے آگے راستے میں {km} کلومیٹر</translation>
    </message>
</context>
<context>
    <name>DecideBar</name>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="55"/>
        <source>Arrive &amp;by</source>
        <translation>&amp;تک پہنچے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="56"/>
        <source>Each route&apos;s odds of arriving on or before this day, from the minimum, typical and maximum time of every leg and stop and the closures on the way</source>
        <translation>ہر راستے کا اس دن تک یا اس سے پہلے پہنچنے کا امکان — ہر حصے اور پڑاؤ کے کم سے کم، عام اور زیادہ سے زیادہ وقت اور راستے کی بندشوں سے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="62"/>
        <source>on time ≥</source>
        <translation>بروقت ≥</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="64"/>
        <source>The certainty asked: routes less likely to arrive in time miss the goal</source>
        <translation>مطلوبہ یقین: جن راستوں کے بروقت پہنچنے کا امکان کم ہے وہ ہدف پورا نہیں کرتے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="67"/>
        <source>Go&amp;als…</source>
        <translation>&amp;اہداف…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="68"/>
        <source>Modes allowed, places or countries to avoid, a cost ceiling, the lowest CO2e within a margin, and the rate for money in transit</source>
        <translation>اجازت یافتہ ذرائع، جن مقامات یا ممالک سے بچنا ہے، لاگت کی حد، گنجائش کے اندر کم ترین CO2e، اور راستے میں سرمائے کی شرح</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="70"/>
        <source>&amp;What if…</source>
        <translation>«&amp;اگر» منظرنامہ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="71"/>
        <source>Lay changes over the tables — a crossing opened or closed, days added, rates scaled, an exchange rate moved — and compare every route</source>
        <translation>جدولوں پر تبدیلیاں لاگو کریں — گزرگاہ کھولیں یا بند کریں، دن بڑھائیں، نرخ یا شرحِ مبادلہ بدلیں — اور ہر راستے کا موازنہ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="74"/>
        <source>Chart: freight + ca&amp;pital</source>
        <translation>چارٹ: کرایہ + &amp;سرمایہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="75"/>
        <source>Plot freight plus the goods&apos; value tied up in transit (value × annual rate × typical days ÷ 365); the goods&apos; value is the one under Terms, the rate is set under Goals…</source>
        <translation>کرایہ اور راستے میں پھنسی مال کی قیمت دکھائیں (قیمت × سالانہ شرح × عام دن ÷ 365)؛ مال کی قیمت «شرائط» سے، شرح «اہداف…» میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="198"/>
        <source>what if: {name}</source>
        <translation>«اگر» منظرنامہ: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_bar.py" line="202"/>
        <source>tables as they are</source>
        <translation>جدول موجودہ حالت میں</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="131"/>
        <source>Exchange rates for this quote</source>
        <translation>اس کوٹیشن کے لیے شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="137"/>
        <source>Table: {rate} {currency} per USD as of {date}</source>
        <translation>جدول: {date} تک فی USD {rate} {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="140"/>
        <source>{currency} per USD</source>
        <translation>فی USD {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="143"/>
        <source>Use the table&apos;s rates</source>
        <translation>جدول کی شرحیں استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="148"/>
        <source>Leave a field empty to use the table&apos;s rate (shown in grey).</source>
        <translation>جدول کی شرح استعمال کرنے کے لیے خانہ خالی چھوڑ دیں (سرمئی میں دکھائی گئی ہے)۔</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <location filename="../../gui/qt/faults.py" line="80"/>
        <source>Something went wrong</source>
        <translation>کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="81"/>
        <source>Corridor Quote met a fault it did not expect and stopped what it was doing. The window stays open; check the figures on screen before you use them.</source>
        <translation>Corridor Quote کو ایک غیر متوقع خرابی پیش آئی اور جاری کام رک گیا۔ ونڈو کھلی رہے گی؛ اسکرین کے اعداد استعمال کرنے سے پہلے ان کی جانچ کر لیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/faults.py" line="84"/>
        <source>What failed: {what}
Where: {where}
The details are in the log: {log}</source>
        <translation>کیا ناکام ہوا: {what}
کہاں: {where}
تفصیل لاگ میں ہے: {log}</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="36"/>
        <source>Goals</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;road</source>
        <translation>&amp;سڑک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>ra&amp;il</source>
        <translation>&amp;ریل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="42"/>
        <source>&amp;sea and ferry</source>
        <translation>&amp;سمندر اور فیری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="43"/>
        <source>&amp;pipeline</source>
        <translation>&amp;پائپ لائن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="51"/>
        <source>Modes allowed</source>
        <translation>اجازت یافتہ ذرائع</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="53"/>
        <source>places or countries, e.g. Afghanistan, IR, Torkham</source>
        <translation>مقامات یا ممالک، مثلاً افغانستان، IR، طورخم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="54"/>
        <source>Avoid</source>
        <translation>بچیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="57"/>
        <source>no ceiling</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="59"/>
        <source>{currency} in total</source>
        <translation>کل {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="60"/>
        <source>{currency} per t</source>
        <translation>فی ٹن {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="64"/>
        <location filename="../../gui/qt/goals_dialog.py" line="103"/>
        <source>Cost at most</source>
        <translation>لاگت زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="66"/>
        <source>recommend the lowest CO2e among routes at most</source>
        <translation>کم ترین CO2e والا راستہ تجویز کریں، زیادہ سے زیادہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="75"/>
        <source>dearer than the cheapest</source>
        <translation>سب سے سستے سے مہنگا</translation>
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
        <translation>شمار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="87"/>
        <source>The money tied up while the goods travel: the goods&apos; value × this rate × the typical days ÷ 365</source>
        <translation>مال کے سفر کے دوران رکی ہوئی رقم: مال کی قیمت × یہ شرح × عام دن ÷ 365</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="90"/>
        <source>% a year of the goods&apos; value</source>
        <translation>% سالانہ، مال کی قیمت پر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="93"/>
        <source>Cost of capital</source>
        <translation>سرمائے کی لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="97"/>
        <source>Goods&apos; value: {value}, as given under Terms.</source>
        <translation>مال کی قیمت: {value}، جیسا کہ «شرائط» میں دی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="99"/>
        <source>Give the goods&apos; value under Terms: without it the cost of capital is not counted.</source>
        <translation>مال کی قیمت «شرائط» میں دیں: اس کے بغیر سرمائے کی لاگت شمار نہیں ہوتی۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="113"/>
        <source>&amp;No goals</source>
        <translation>&amp;کوئی ہدف نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/goals_dialog.py" line="114"/>
        <source>Every mode, nothing avoided, no ceiling, no CO2e margin (the arrival date stays)</source>
        <translation>ہر ذریعہ، کسی سے بچنا نہیں، کوئی حد نہیں، CO2e کی گنجائش نہیں (پہنچنے کی تاریخ برقرار)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="33"/>
        <source>Quote history</source>
        <translation>کوٹیشن کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="36"/>
        <source>Search number, buyer, cargo or place</source>
        <translation>نمبر، خریدار، سامان یا مقام تلاش کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Saved</source>
        <translation>محفوظ کیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="39"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>From → to</source>
        <translation>کہاں سے ← کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Best price</source>
        <translation>بہترین قیمت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="40"/>
        <source>Valid until</source>
        <translation>قابلِ عمل تا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="65"/>
        <source>Re-quote on today&apos;s tables</source>
        <translation>آج کی جدولوں پر دوبارہ حساب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="67"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="69"/>
        <source>Export to Excel…</source>
        <translation>Excel میں برآمد کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="71"/>
        <source>Check the history</source>
        <translation>تاریخ کی جانچ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="72"/>
        <source>SQLite&apos;s own check of every page of the history file</source>
        <translation>تاریخ کی فائل کے ہر صفحے کی SQLite کی اپنی جانچ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="74"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="76"/>
        <source>Open in the form</source>
        <translation>فارم میں کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="77"/>
        <source>Quote this request again in the window, to change it</source>
        <translation>اس درخواست کو تبدیل کرنے کے لیے ونڈو میں دوبارہ کوٹ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="112"/>
        <source>No saved quote contains “{text}”.</source>
        <translation>کسی محفوظ کوٹیشن میں “{text}” نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="114"/>
        <source>No quote saved yet: File → Save quote… (Ctrl+S) keeps the quote on the screen here.</source>
        <translation>ابھی کوئی کوٹیشن محفوظ نہیں: فائل ← کوٹیشن محفوظ کریں… (Ctrl+S) اسکرین والی کوٹیشن یہاں رکھتا ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="130"/>
        <source> (expired)</source>
        <translation> (میعاد ختم)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="226"/>
        <location filename="../../gui/qt/history_dialog.py" line="229"/>
        <source>On today&apos;s tables: </source>
        <translation>آج کی جدولوں پر: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="239"/>
        <source>{number} cannot be read (damaged): the form is as it was.</source>
        <translation>{number} پڑھا نہیں جا سکتا (خراب): فارم جیسا تھا ویسا ہی ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="247"/>
        <source>The history file is sound.</source>
        <translation>تاریخ کی فائل درست ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="248"/>
        <source>The history file is damaged: {problems}</source>
        <translation>تاریخ کی فائل خراب ہے: {problems}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/history_dialog.py" line="228"/>
        <source>no difference</source>
        <translation>کوئی فرق نہیں</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="64"/>
        <source>Letterhead</source>
        <translation>لیٹر ہیڈ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="71"/>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="76"/>
        <location filename="../../gui/qt/dialogs.py" line="80"/>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="81"/>
        <source>A quote whose exchange rates or rates are older than this says so</source>
        <translation>جس کوٹیشن کی شرحِ مبادلہ یا نرخ اس سے پرانے ہوں، وہ اس کا ذکر کرتی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="86"/>
        <source>Company</source>
        <translation>کمپنی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="87"/>
        <source>Contacts</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="88"/>
        <location filename="../../gui/qt/dialogs.py" line="89"/>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="90"/>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="91"/>
        <source>Quotes valid for</source>
        <translation>کوٹیشن کی میعاد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="92"/>
        <source>Warn when rates are older than</source>
        <translation>خبردار کریں جب نرخ اس سے پرانے ہوں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="107"/>
        <source>The logo {file} cannot be read as a picture (PNG or JPEG): choose another file, or leave the logo empty.</source>
        <translation>لوگو {file} تصویر کے طور پر پڑھا نہیں جا سکتا (PNG یا JPEG): کوئی اور فائل چنیں، یا لوگو خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/app.py" line="32"/>
        <source>Your last tables no longer load ({file}); using the bundled ones</source>
        <translation>آپ کی پچھلی جدولیں اب لوڈ نہیں ہوتیں ({file})؛ شامل جدولیں استعمال ہو رہی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="15"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="16"/>
        <source>&amp;Open tables…</source>
        <translation>جدولیں &amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="19"/>
        <source>Use the &amp;bundled tables</source>
        <translation>&amp;شامل جدولیں استعمال کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="21"/>
        <source>&amp;Quit</source>
        <translation>&amp;باہر نکلیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="24"/>
        <source>&amp;Save quote…</source>
        <translation>کوٹیشن &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="26"/>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="27"/>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="29"/>
        <source>&amp;Export to Excel…</source>
        <translation>Excel میں &amp;برآمد…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="30"/>
        <source>Quote &amp;history…</source>
        <translation>کوٹیشن کی &amp;تاریخ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="31"/>
        <source>&amp;Letterhead…</source>
        <translation>&amp;لیٹر ہیڈ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="32"/>
        <source>Exchange &amp;rates for this quote…</source>
        <translation>اس کوٹیشن کے لیے شرحِ &amp;مبادلہ…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="54"/>
        <source>&amp;Bilingual quotes (English beside this language)</source>
        <translation>&amp;دو لسانی کوٹیشنز (اس زبان کے ساتھ انگریزی بھی)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="59"/>
        <source>PDF, printed and Excel quotes carry the English text too</source>
        <translation>PDF، پرنٹ شدہ اور Excel کوٹیشنز میں انگریزی متن بھی شامل ہوتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="106"/>
        <source>&amp;Map of the routes</source>
        <translation>&amp;راستوں کا نقشہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="70"/>
        <source>The quote&apos;s warnings, routes open and exchange rates</source>
        <translation>کوٹیشن کی تنبیہات، کھلے راستے اور شرح مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="75"/>
        <source>Routes</source>
        <translation>راستے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="87"/>
        <source>Warnings on the selected route</source>
        <translation>منتخب راستے کی تنبیہات</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="27"/>
        <source>Working out the routes</source>
        <translation>راستوں کا حساب ہو رہا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="48"/>
        <location filename="../../gui/qt/quote_summary.py" line="45"/>
        <source>Working out the routes…</source>
        <translation>راستوں کا حساب ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="177"/>
        <source>Loading tables…</source>
        <translation>جدولیں لوڈ ہو رہی ہیں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="197"/>
        <source>A new day: the departure moved from {before} to {today}</source>
        <translation>نیا دن: روانگی {before} سے {today} پر منتقل کر دی گئی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="242"/>
        <source>The tables could not be loaded: {problem}</source>
        <translation>جدولیں لوڈ نہیں ہو سکیں: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/busy_sign.py" line="47"/>
        <source>Working out the routes… those shown are for the request before</source>
        <translation>راستوں کا حساب ہو رہا ہے… دکھائے گئے راستے پچھلی درخواست کے ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="90"/>
        <source>&amp;Colours</source>
        <translation>&amp;رنگ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="94"/>
        <source>As the &amp;system</source>
        <translation>&amp;سسٹم کے مطابق</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Light</source>
        <translation>&amp;ہلکے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/window_menus.py" line="95"/>
        <source>&amp;Dark</source>
        <translation>&amp;گہرے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="252"/>
        <source>{language} could not be loaded, so the interface stays in English: {problem}</source>
        <translation>{language} لوڈ نہیں ہو سکی، اس لیے انٹرفیس انگریزی میں رہے گا: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="257"/>
        <source>Language not available</source>
        <translation>زبان دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="31"/>
        <source>The damaged history was kept as {file}; a new one is started</source>
        <translation>خراب تاریخ {file} کے نام سے رکھ لی گئی؛ نئی شروع کی گئی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="40"/>
        <source>Quote history</source>
        <translation>کوٹیشن کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="41"/>
        <source>Keep the damaged file under another name beside it and start a new, empty history? Nothing is deleted.</source>
        <translation>خراب فائل کو اس کے ساتھ دوسرے نام سے رکھ کر نئی، خالی تاریخ شروع کریں؟ کچھ حذف نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="52"/>
        <source>There is no quote to save: correct the request first.</source>
        <translation>محفوظ کرنے کے لیے کوئی کوٹیشن نہیں: پہلے درخواست درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="71"/>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="87"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="89"/>
        <source>Save quote</source>
        <translation>کوٹیشن محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="103"/>
        <source>Saved {file}</source>
        <translation>محفوظ ہو گیا: {file}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="133"/>
        <source>Saved as {number} in the quote history</source>
        <translation>تاریخ میں {number} کے طور پر محفوظ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/document_actions.py" line="216"/>
        <source>Opened {number} in the form</source>
        <translation>{number} فارم میں کھل گئی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="23"/>
        <source>Open tables</source>
        <translation>جدولیں کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="24"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ورک بکس (*.xlsx);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="33"/>
        <source>Use these tables?</source>
        <translation>کیا یہ جدولیں استعمال کریں؟</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="35"/>
        <source>{count} change(s) against the tables in use.</source>
        <translation>موجودہ جدولوں کے مقابلے میں {count} تبدیلیاں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="39"/>
        <source>These tables hold the same figures as the ones in use.</source>
        <translation>ان جدولوں میں وہی اعداد ہیں جو استعمال میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="131"/>
        <source>… and {count} more</source>
        <translation>… اور {count} مزید</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="50"/>
        <source>The tables cannot be used</source>
        <translation>یہ جدولیں استعمال نہیں ہو سکتیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="51"/>
        <source>The tables in use stay as they were.</source>
        <translation>استعمال میں موجود جدولیں ویسی ہی رہیں گی۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="73"/>
        <source>Reading {what}…</source>
        <translation>پڑھا جا رہا ہے: {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="88"/>
        <source>Notes on reading them:</source>
        <translation>پڑھتے وقت نوٹس:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/table_actions.py" line="113"/>
        <source>The tables were read with {count} note(s); the first: {note}</source>
        <translation>جدول {count} نوٹس کے ساتھ پڑھے گئے؛ پہلا: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="295"/>
        <source>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · exchange rates as of {fx_date} · offline</source>
        <translation>{corridors} #{corridors_hash} · {tariffs} #{tariffs_hash} · شرحِ مبادلہ بمطابق {fx_date} · آف لائن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/main_window.py" line="297"/>
        <source>Tables: {corridors} ({places} places, {legs} legs, #{corridors_hash}) and {tariffs} ({rates} rates, #{tariffs_hash}); exchange rates as of {fx_date}; offline</source>
        <translation>جدولیں: {corridors} ({places} مقامات، {legs} حصے، #{corridors_hash}) اور {tariffs} ({rates} شرحیں، #{tariffs_hash})؛ شرح تبادلہ بتاریخ {fx_date}؛ آف لائن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="46"/>
        <source>Correct the marked field to see the routes.</source>
        <translation>راستے دیکھنے کے لیے نشان زدہ خانہ درست کریں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="52"/>
        <source>set for this quote; table {rate} as of {date}</source>
        <translation>اس کوٹیشن کے لیے مقرر؛ جدول میں {date} تک {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="53"/>
        <source>set by the what-if; table {rate} as of {date}</source>
        <translation>منظرنامے نے مقرر کیا؛ جدول میں {rate}، {date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="54"/>
        <source>{change} against the USD by the what-if; table {rate} as of {date}</source>
        <translation>منظرنامے کے مطابق USD کے مقابلے میں {change}؛ جدول میں {rate}، {date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="55"/>
        <source>{change} against the USD by the what-if from {start} set for this quote; table {rate} as of {date}</source>
        <translation>منظرنامے کے مطابق اس کوٹیشن کے لیے مقرر {start} سے USD کے مقابلے میں {change}؛ جدول میں {rate}، {date} تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="78"/>
        <source>{available} of {total} routes open on {date}. FX: {rates}</source>
        <translation>{date} کو {total} میں سے {available} راستے کھلے۔ شرحِ مبادلہ: {rates}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_summary.py" line="79"/>
        <source>{available} of {total} routes open on {date}. Every charge is in US dollars.</source>
        <translation>{date} کو {total} میں سے {available} راستے کھلے۔ تمام چارجز امریکی ڈالر میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="62"/>
        <source>freight {cost}</source>
        <translation>کرایہ {cost}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="70"/>
        <source>If it reopened: {cost}, {figures}</source>
        <translation>دوبارہ کھلنے کی صورت میں: {cost}، {figures}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="75"/>
        <source>Best open alternative: {number}. {corridor}, {cost}, {days}</source>
        <translation>بہترین کھلا متبادل: {number}۔ {corridor}، {cost}، {days}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="89"/>
        <source>Oldest rate {date}: {charge} ({where})</source>
        <translation>سب سے پرانا نرخ {date}: {charge} ({where})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="91"/>
        <source>The oldest dated rate or fee in this route&apos;s total ({reference}; sources: {sources}).</source>
        <translation>اس راستے کی کل لاگت میں سب سے پرانا تاریخ والا نرخ یا فیس ({reference}؛ ماخذ: {sources})۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="95"/>
        <source>{count} of its rates or fees carry no date.</source>
        <translation>اس کے {count} نرخوں یا فیسوں پر کوئی تاریخ نہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_detail.py" line="44"/>
        <source>Select a route to see it leg by leg.</source>
        <translation>راستہ منتخب کریں تاکہ اسے حصہ بہ حصہ دیکھ سکیں۔</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="36"/>
        <source>Map of the routes</source>
        <translation>راستوں کا نقشہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="162"/>
        <source>Wheel or + −: zoom; drag or arrow keys: move; double-click or Home: the whole quote</source>
        <translation>وہیل یا + −: زوم؛ گھسیٹیں یا تیر والی کلیدیں: منتقل کریں؛ ڈبل کلک یا Home: پوری کوٹیشن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="165"/>
        <source>{count} routes share this stretch: click again for the next</source>
        <translation>اس حصے پر {count} راستے ہیں: اگلے کے لیے دوبارہ کلک کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="183"/>
        <source>unavailable: </source>
        <translation>دستیاب نہیں: </translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="185"/>
        <source>{count} leg(s) not drawn: a place without coordinates</source>
        <translation>{count} حصے نہیں کھینچے گئے: ایک مقام کے نقاط نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="195"/>
        <source>Closed on the day the cargo gets there</source>
        <translation>جس دن مال وہاں پہنچے گا اس دن بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="196"/>
        <source>May be closed while the cargo passes</source>
        <translation>مال کے گزرنے کے دوران بند ہو سکتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="197"/>
        <source>Risk window while the cargo passes</source>
        <translation>مال کے گزرنے کے دوران خطرے کا دورانیہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="199"/>
        <source>{corridor}: reached on {day} (earliest {first}, latest {last})</source>
        <translation>{corridor}: مال یہاں {day} کو (جلد از جلد {first}، زیادہ سے زیادہ {last})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="202"/>
        <source>(every year)</source>
        <translation>(ہر سال)</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <location filename="../../gui/qt/problem_label.py" line="18"/>
        <source>Problem: {problem}</source>
        <translation>مسئلہ: {problem}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/qt/i18n.py" line="122"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="122"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="123"/>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="124"/>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/i18n.py" line="125"/>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="75"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table; ▲ ▶: off the scale)</source>
        <translation>ترسیل کا وقت، دن (نقطہ: عام؛ لکیر: کم از کم–زیادہ سے زیادہ؛ اعداد: جدول کی قطاریں؛ ▲ ▶: پیمانے سے باہر)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="77"/>
        <source>Delivery time in days (point: typical; line: min–max; numbers: rows of the table)</source>
        <translation>ترسیل کا وقت، دن (نقطہ: عام؛ لکیر: کم از کم–زیادہ سے زیادہ؛ اعداد: جدول کی قطاریں)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/paper_chart.py" line="27"/>
        <location filename="../../gui/qt/quote_page.py" line="90"/>
        <source>Cost, {currency}</source>
        <translation>لاگت، {currency}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="73"/>
        <source>Freight quote {number}</source>
        <translation>مال برداری کوٹیشن {number}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="74"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="75"/>
        <source>Valid until</source>
        <translation>قابلِ عمل تا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="76"/>
        <source>{date} (the departure day)</source>
        <translation>{date} (روانگی کا دن)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="77"/>
        <source>For</source>
        <translation>برائے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="78"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="79"/>
        <source>From → to</source>
        <translation>کہاں سے ← کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="80"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="81"/>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="82"/>
        <source>Recommended: {corridor}</source>
        <translation>تجویز کردہ: {corridor}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="83"/>
        <source>({per_tonne} per tonne), transit {days} days, {co2e} t CO2e</source>
        <translation>({per_tonne} فی ٹن)، راستے میں {days} دن، {co2e} ٹن CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="84"/>
        <source>via {places}</source>
        <translation>براستہ {places}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="87"/>
        <source>No route is available on this date</source>
        <translation>اس تاریخ پر کوئی راستہ دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="88"/>
        <source>Routes compared</source>
        <translation>راستوں کا موازنہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="89"/>
        <source>Corridor</source>
        <translation>راہداری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="92"/>
        <source>By</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="96"/>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="97"/>
        <source>open ⚠</source>
        <translation>کھلا ⚠</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="100"/>
        <source>closed ({note})</source>
        <translation>بند ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="101"/>
        <source>planned ({note})</source>
        <translation>منصوبہ ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="102"/>
        <source>no tariff ({note})</source>
        <translation>کوئی ٹیرف نہیں ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="104"/>
        <source>Routes {routes}: {cause}</source>
        <translation>راستے {routes}: {cause}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="105"/>
        <source>★ best trade-off: no other available route is both cheaper and faster. Days: typical (minimum–maximum), door to door.</source>
        <translation>★ بہترین توازن: کوئی اور دستیاب راستہ سستا اور تیز دونوں نہیں۔ دن: عام (کم از کم–زیادہ سے زیادہ)، دروازے سے دروازے تک۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="107"/>
        <source>How the price of route {number} is made</source>
        <translation>راستہ {number} کی قیمت کیسے بنتی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="111"/>
        <source>Charges, in their own currency</source>
        <translation>چارجز، اپنی کرنسی میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="114"/>
        <source>≈ an estimate (its working is in the Excel quote)</source>
        <translation>≈ تخمینہ (اس کا حساب ایکسل کوٹیشن میں ہے)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="118"/>
        <source>Calculated following the GLEC Framework (well-to-wheel): tonnes × km × the factor of each mode, and the stops by their hub factors. Factors used:</source>
        <translation>GLEC Framework (well-to-wheel) کے مطابق حساب: ٹن × کلومیٹر × ہر ذریعۂ نقل و حمل کا عامل، اور رکنے کے مقامات اپنے مرکزی عوامل کے مطابق۔ استعمال شدہ عوامل:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="122"/>
        <source>{event} {factor} kg CO2e per t</source>
        <translation>{event} {factor} کلوگرام CO2e فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="123"/>
        <source>{event} {factor} kg CO2e per TEU</source>
        <translation>{event} {factor} کلوگرام CO2e فی TEU</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="124"/>
        <source>{event} {factor} kg CO2e per vehicle and hour</source>
        <translation>{event} {factor} کلوگرام CO2e فی گاڑی فی گھنٹہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="129"/>
        <source>{currency}: {rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>{currency}: {rate} فی USD، منظرنامے نے مقرر کیا (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="131"/>
        <source>{currency}: {change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: منظرنامے کے مطابق USD کے مقابلے میں {change}، {rate} فی USD (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="133"/>
        <source>{currency}: {change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>{currency}: منظرنامے کے مطابق اس کوٹیشن کے لیے مقرر {start} سے USD کے مقابلے میں {change}، {rate} فی USD (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="138"/>
        <source>Tables: {corridors} and {tariffs} (content of the tariffs {digest}).</source>
        <translation>جدول: {corridors} اور {tariffs} (ٹیرف کا مواد {digest})۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="139"/>
        <source>Sources of route {number}</source>
        <translation>راستہ {number} کے ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="140"/>
        <source>Sources of the exchange rates</source>
        <translation>شرحِ مبادلہ کے ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="141"/>
        <source>The other routes compared rest on {count} more sources; all of them, with their addresses, are in the Excel quote.</source>
        <translation>موازنہ کیے گئے باقی راستے مزید {count} ماخذ پر مبنی ہیں؛ یہ سب اپنے پتوں سمیت ایکسل کوٹیشن میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="144"/>
        <source>{count} sources, and {others} more for the other routes compared; all of them, with their titles, dates and addresses, are in the Excel quote.</source>
        <translation>{count} ماخذ، اور موازنہ کیے گئے باقی راستوں کے مزید {others}؛ یہ سب اپنے عنوانات، تاریخوں اور پتوں سمیت ایکسل کوٹیشن میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="147"/>
        <source>{count} sources; with their titles, dates and addresses they are in the Excel quote.</source>
        <translation>{count} ماخذ؛ اپنے عنوانات، تاریخوں اور پتوں سمیت یہ ایکسل کوٹیشن میں ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="150"/>
        <source>{number} · {buyer} · page {page} of {pages}</source>
        <translation>{number} · {buyer} · صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="151"/>
        <source>{number} · page {page} of {pages}</source>
        <translation>{number} · صفحہ {page} از {pages}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="85"/>
        <source>via {place}</source>
        <translation>براستہ {place}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="86"/>
        <source>by {mode} from {place}</source>
        <translation>{place} سے {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="91"/>
        <source>Per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="94"/>
        <source>CO2e t</source>
        <translation>CO2e ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="95"/>
        <source>Status</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="98"/>
        <source>⚠ a risk on the way (a closure or risk window, a proposed tariff): the recommended route&apos;s are under its name.</source>
        <translation>⚠ راستے میں خطرہ (بندش یا خطرے کی مدت، مجوزہ ٹیرف): تجویز کردہ راستے کے خطرات اس کے نام کے نیچے ہیں۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="103"/>
        <source>route {number}: {reason}</source>
        <translation>راستہ {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="108"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="109"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="93"/>
        <location filename="../../gui/qt/quote_page.py" line="110"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="53"/>
        <source>Terms of sale</source>
        <translation>فروخت کی شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="54"/>
        <source>{rule}/t</source>
        <translation>{rule}/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="55"/>
        <source>Landed/t</source>
        <translation>پہنچ کر/ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="56"/>
        <source>{what}: {count} lines of route {number}, step by step above</source>
        <translation>{what}: راستہ {number} کی {count} مدیں، مرحلہ وار اوپر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="57"/>
        <source>Sources of the price&apos;s other lines</source>
        <translation>قیمت کی دیگر مدوں کے ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="58"/>
        <source>The price of route {number} under {terms}, line by line</source>
        <translation>راستہ {number} کی {terms} کے تحت قیمت، مد بہ مد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="59"/>
        <source>Paid by</source>
        <translation>کون ادا کرے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="60"/>
        <source>Line and its working</source>
        <translation>مد اور اس کا حساب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="61"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="62"/>
        <location filename="../../gui/qt/quote_page.py" line="112"/>
        <source>In {currency}</source>
        <translation>{currency} میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="63"/>
        <source>in the price</source>
        <translation>قیمت میں شامل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="64"/>
        <source>the buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="65"/>
        <source>not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="66"/>
        <source>Price {terms}</source>
        <translation>قیمت {terms}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="67"/>
        <source>Landed cost</source>
        <translation>پہنچ کر لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="68"/>
        <source>Customs value: {value}, to {place}, tariff line {hs}, cleared on {date}</source>
        <translation>کسٹمز ویلیو: {value}، {place} تک، ٹیرف لائن {hs}، کلیئرنس {date}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/price_document.py" line="70"/>
        <source>Route {number} has no price under {terms}: {reason}</source>
        <translation>راستہ {number} کی {terms} کے تحت کوئی قیمت نہیں: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="113"/>
        <source>at {place}: {event}</source>
        <translation>{place} پر: {event}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="115"/>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="116"/>
        <source>The price includes</source>
        <translation>قیمت میں شامل ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="117"/>
        <source>The price does not include</source>
        <translation>قیمت میں شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="121"/>
        <source>{mode} {factor} g CO2e per t·km</source>
        <translation>{mode} {factor} گرام CO2e فی ٹن·کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="125"/>
        <source>Exchange rates and tables</source>
        <translation>شرحِ مبادلہ اور جدول</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="127"/>
        <source>{currency}: {rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>{currency}: فی USD {rate}، اس کوٹیشن کے لیے مقرر (جدول: {date} تک {table})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="136"/>
        <source>{currency}: {rate} per USD as of {date}</source>
        <translation>{currency}: {date} تک فی USD {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="149"/>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="26"/>
        <source>What if</source>
        <translation>منظرنامہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="27"/>
        <source>{title} — the tables with these changes: {changes}</source>
        <translation>{title} — ان تبدیلیوں کے ساتھ جدول: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="28"/>
        <source>the tables with these changes: {changes}</source>
        <translation>ان تبدیلیوں کے ساتھ جدول: {changes}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="29"/>
        <source>Goals</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="30"/>
        <source>Arrive by</source>
        <translation>پہنچنے کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="31"/>
        <source>{date}, with {wanted} % certainty</source>
        <translation>{date}، {wanted} % یقین کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="32"/>
        <source>On time</source>
        <translation>بروقت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="33"/>
        <source>misses a goal ({note})</source>
        <translation>ہدف پورا نہیں ({note})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="37"/>
        <source>{odds} on time by {date}; {wanted} % arrive by {sure}</source>
        <translation>{date} تک بروقت {odds}؛ {wanted} % {sure} تک پہنچتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="38"/>
        <source>{odds} on time by {date}; {wanted} % by no date: closures on the way stop more than {rest} %</source>
        <translation>{date} تک {odds} بروقت؛ {wanted} % کسی تاریخ تک نہیں: راستے کی بندشیں {rest} % سے زیادہ کو روکتی ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="40"/>
        <source>the odds leave out the risks on the way named below</source>
        <translation>امکان میں نیچے درج راستے کے خطرات شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="41"/>
        <source>No route meets every goal</source>
        <translation>کوئی راستہ تمام اہداف پر پورا نہیں اترتا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="43"/>
        <source>Capital in transit</source>
        <translation>راستے میں سرمایہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="44"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>مال کی مالیت، {value} {currency}، پر {rate} % سالانہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/decide_document.py" line="45"/>
        <source>capital in transit {amount} ({rate} % a year for {days} days); freight + capital {economic}</source>
        <translation>راستے میں سرمایہ {amount} ({days} دن کے لیے {rate} % سالانہ)؛ کرایہ + سرمایہ {economic}</translation>
    </message>
</context>
<context>
    <name>QuoteWorkbook</name>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="87"/>
        <source>Routes</source>
        <translation>راستے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <source>Breakdown</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <location filename="../../gui/core/export_xlsx.py" line="88"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Sources</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Freight quote</source>
        <translation>مال برداری کوٹیشن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="89"/>
        <source>Quote number</source>
        <translation>کوٹیشن نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="90"/>
        <source>Valid until</source>
        <translation>قابلِ عمل تا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="91"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="77"/>
        <source>Price list</source>
        <translation>قیمتوں کی فہرست</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="13"/>
        <location filename="../../gui/core/export_price_list.py" line="100"/>
        <source>About</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="14"/>
        <source>Price list from {origin}, departures {date}</source>
        <translation>{origin} سے قیمتوں کی فہرست، روانگی {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="15"/>
        <source>The cheapest route open on the departure date for each line (for a perishable, the cheapest that arrives within its shelf life, where one does); see a full quote for the breakdown. Prices to the cent, as the quote&apos;s workbook gives them; per tonne: the price ÷ the tonnes, to the cent.</source>
        <translation>ہر سطر کے لیے روانگی کی تاریخ پر کھلا سب سے سستا راستہ (جلد خراب ہونے والے مال کے لیے، جہاں ممکن ہو، وہ سب سے سستا جو اسے میعاد کے اندر پہنچائے)؛ تفصیل کے لیے مکمل کوٹیشن دیکھیں۔ قیمتیں سینٹ تک، جیسے کوٹیشن کی ورک بک میں؛ فی ٹن: قیمت ÷ ٹن، سینٹ تک۔</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="93"/>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>From</source>
        <translation>کہاں سے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="21"/>
        <location filename="../../gui/core/export_xlsx.py" line="94"/>
        <source>To</source>
        <translation>کہاں تک</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <location filename="../../gui/core/export_xlsx.py" line="95"/>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="22"/>
        <source>Best route</source>
        <translation>بہترین راستہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Per tonne</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="24"/>
        <source>Days typical (min–max)</source>
        <translation>دن (عام؛ کم از کم–زیادہ سے زیادہ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>CO2e t</source>
        <translation>CO2e ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="25"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Made on</source>
        <translation>تیاری کی تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="26"/>
        <source>Program</source>
        <translation>پروگرام</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Corridors workbook</source>
        <translation>راہداریوں کی ورک بک</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="27"/>
        <source>Tariffs workbook</source>
        <translation>ٹیرف کی ورک بک</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="28"/>
        <source>Exchange rate</source>
        <translation>شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="97"/>
        <source>Oldest exchange rate used</source>
        <translation>استعمال شدہ سب سے پرانا شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="98"/>
        <source>the departure day</source>
        <translation>روانگی کا دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>via {place}</source>
        <translation>براستہ {place}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="101"/>
        <source>by {mode} from {place}</source>
        <translation>{place} سے {mode}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="127"/>
        <source>{rate} per USD, set by the what-if (table: {table} as of {date})</source>
        <translation>{rate} فی USD، منظرنامے نے مقرر کیا (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="128"/>
        <source>{change} against the USD by the what-if, {rate} per USD (table: {table} as of {date})</source>
        <translation>منظرنامے کے مطابق USD کے مقابلے میں {change}، {rate} فی USD (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="130"/>
        <source>{change} against the USD by the what-if from {start} set for this quote, {rate} per USD (table: {table} as of {date})</source>
        <translation>منظرنامے کے مطابق اس کوٹیشن کے لیے مقرر {start} سے USD کے مقابلے میں {change}، {rate} فی USD (جدول: {table}، {date} تک)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="23"/>
        <location filename="../../gui/core/export_prices.py" line="22"/>
        <location filename="../../gui/core/export_xlsx.py" line="95"/>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="96"/>
        <source>Corridors table</source>
        <translation>راہداریوں کا جدول</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="96"/>
        <source>Tariffs table</source>
        <translation>ٹیرف کا جدول</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="99"/>
        <source>Recommended route</source>
        <translation>تجویز کردہ راستہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="100"/>
        <source>{corridor}: {cost}, {days} days</source>
        <translation>{corridor}: {cost}، {days} دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="102"/>
        <source>Exchange rates used</source>
        <translation>استعمال شدہ شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/quote_page.py" line="126"/>
        <location filename="../../gui/core/export_xlsx.py" line="103"/>
        <source>none: every charge is in US dollars</source>
        <translation>کوئی نہیں: ہر چارج امریکی ڈالر میں ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>{rate} per USD as of {date}</source>
        <translation>{date} تک فی USD {rate}</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="104"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <location filename="../../gui/core/export_decide.py" line="182"/>
        <source>What if</source>
        <translation>منظرنامہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="18"/>
        <source>Goals</source>
        <translation>اہداف</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Arrive by</source>
        <translation>پہنچنے کی آخری تاریخ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="19"/>
        <source>Certainty asked</source>
        <translation>مطلوبہ یقین</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="20"/>
        <source>No route meets every goal</source>
        <translation>کوئی راستہ تمام اہداف پر پورا نہیں اترتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="21"/>
        <source>On time by the date</source>
        <translation>تاریخ تک بروقت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="22"/>
        <source>Share asked arrived by</source>
        <translation>مطلوبہ حصہ اس تاریخ تک پہنچا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Misses a goal</source>
        <translation>ہدف پورا نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="23"/>
        <source>Shelf life</source>
        <translation>مدتِ استعمال</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Capital in transit</source>
        <translation>راستے میں سرمایہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="24"/>
        <source>Economic cost</source>
        <translation>معاشی لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="25"/>
        <source>Change in the what-if</source>
        <translation>منظرنامے میں تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="26"/>
        <source>Cost as the tables are</source>
        <translation>جدولوں کی موجودہ حالت میں لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ cost</source>
        <translation>Δ لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="27"/>
        <source>Δ days typical</source>
        <translation>Δ عام دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Δ on time</source>
        <translation>Δ بروقت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="28"/>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <location filename="../../gui/core/export_xlsx.py" line="105"/>
        <source>Corridor</source>
        <translation>راہداری</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="29"/>
        <source>Routes no longer offered</source>
        <translation>راستے جو اب پیش نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Path</source>
        <translation>راستے کے مقامات</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="32"/>
        <source>The tables themselves are unchanged; every figure the what-if alters says so in its estimate note (Breakdown sheet).</source>
        <translation>جدول خود تبدیل نہیں ہوئے؛ منظرنامے سے بدلا ہر عدد اپنے تخمینی نوٹ میں یہ بتاتا ہے (تفصیل کی شیٹ)۔</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>new</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="34"/>
        <source>opens</source>
        <translation>کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <location filename="../../gui/core/export_decide.py" line="195"/>
        <source>closes</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="35"/>
        <source>changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="36"/>
        <source>unchanged</source>
        <translation>بلا تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="37"/>
        <source>Routes the what-if no longer shows</source>
        <translation>راستے جو منظرنامہ اب نہیں دکھاتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="38"/>
        <source>Cost in the what-if</source>
        <translation>منظرنامے میں لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="39"/>
        <source>Days typical in the what-if</source>
        <translation>منظرنامے میں عام دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="40"/>
        <source>no longer among those its corridor shows</source>
        <translation>اب اپنی راہداری کے دکھائے گئے راستوں میں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>no longer offered</source>
        <translation>اب پیش نہیں کیا جاتا</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="41"/>
        <source>still closed</source>
        <translation>اب بھی بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="42"/>
        <source>{rate} % a year on the goods&apos; value, {value} {currency}</source>
        <translation>مال کی مالیت، {value} {currency}، پر {rate} % سالانہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="106"/>
        <source>Available</source>
        <translation>دستیاب</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Why not</source>
        <translation>دستیاب نہ ہونے کی وجہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="107"/>
        <source>Cost</source>
        <translation>لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Cost per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="108"/>
        <source>Days min</source>
        <translation>دن (کم از کم)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_decide.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days typical</source>
        <translation>دن (عام)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="109"/>
        <source>Days max</source>
        <translation>دن (زیادہ سے زیادہ)</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="110"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="110"/>
        <source>CO2e kg</source>
        <translation>CO2e کلوگرام</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="111"/>
        <source>Best trade-off</source>
        <translation>بہترین توازن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="111"/>
        <source>Borders</source>
        <translation>سرحدیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <location filename="../../gui/core/export_xlsx.py" line="112"/>
        <source>Warnings</source>
        <translation>انتباہات</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="19"/>
        <location filename="../../gui/core/export_xlsx.py" line="112"/>
        <source>Route #</source>
        <translation>راستہ نمبر</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="92"/>
        <source>Offered by</source>
        <translation>پیشکش کنندہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="92"/>
        <source>Terms</source>
        <translation>شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="113"/>
        <source>Cost if it reopened</source>
        <translation>دوبارہ کھلنے پر لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Step</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="114"/>
        <source>Mode or event</source>
        <translation>ذریعہ یا عمل</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Equipment</source>
        <translation>یونٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="115"/>
        <source>Units</source>
        <translation>یونٹس کی تعداد</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Charge</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="116"/>
        <source>Basis</source>
        <translation>محصول کی بنیاد</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Rate</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_price_list.py" line="23"/>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="18"/>
        <source>Terms of sale</source>
        <translation>فروخت کی شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="19"/>
        <source>Risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="20"/>
        <source>Price per t</source>
        <translation>قیمت فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="21"/>
        <source>Landed per t</source>
        <translation>پہنچ کر فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="22"/>
        <source>Landed cost</source>
        <translation>پہنچ کر لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="23"/>
        <source>Why no price</source>
        <translation>قیمت کیوں نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="24"/>
        <source>Included in the price of route {number}</source>
        <translation>راستہ {number} کی قیمت میں کیا شامل ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>included</source>
        <translation>شامل</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="25"/>
        <source>not included</source>
        <translation>شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Paid by</source>
        <translation>کون ادا کرے</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="26"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <location filename="../../gui/core/export_xlsx.py" line="117"/>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="27"/>
        <source>Line</source>
        <translation>مد</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Converted</source>
        <translation>تبدیل شدہ رقم</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="28"/>
        <source>Row</source>
        <translation>جدول کی قطار</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="29"/>
        <source>As of</source>
        <translation>تاریخ تک</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <source>seller</source>
        <translation>فروخت کنندہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="31"/>
        <location filename="../../gui/core/export_xlsx.py" line="120"/>
        <source>Estimate: its working, in English as the tables&apos; sources give it</source>
        <translation>تخمینہ: اس کا حساب انگریزی میں، جیسا جدولوں کے ماخذ دیتے ہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="32"/>
        <location filename="../../gui/core/export_xlsx.py" line="121"/>
        <source>Estimate: its working; the tables&apos; notes in English, as their sources give them; a what-if&apos;s in this workbook&apos;s language</source>
        <translation>تخمینہ: اس کا طریقہ؛ جدولوں کے نوٹس انگریزی میں، جیسے ان کے ماخذ دیتے ہیں؛ «اگر» منظرنامے کے نوٹس اس ورک بک کی زبان میں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="34"/>
        <source>Customs value</source>
        <translation>کسٹمز ویلیو</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="35"/>
        <source>Lines of each priced route</source>
        <translation>ہر قیمت والے راستے کی مدیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>goods</source>
        <translation>مال</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="36"/>
        <source>freight</source>
        <translation>کرایہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>insurance</source>
        <translation>بیمہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="37"/>
        <source>duty</source>
        <translation>ڈیوٹی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>tax</source>
        <translation>ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="38"/>
        <source>fee</source>
        <translation>فیس</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>margin</source>
        <translation>منافع</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="39"/>
        <source>Port of shipment</source>
        <translation>بندرگاہِ روانگی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="118"/>
        <source>Quote currency</source>
        <translation>کوٹیشن کی کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_prices.py" line="30"/>
        <location filename="../../gui/core/export_xlsx.py" line="119"/>
        <source>Estimate</source>
        <translation>تخمینہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>at {place}</source>
        <translation>{place} پر</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="123"/>
        <source>Id</source>
        <translation>آئی ڈی</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="124"/>
        <source>Publisher</source>
        <translation>ناشر</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Reliability</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="125"/>
        <source>Address</source>
        <translation>ویب ایڈریس</translation>
    </message>
    <message>
        <location filename="../../gui/core/export_xlsx.py" line="126"/>
        <source>{rate} per USD, set for this quote (table: {table} as of {date})</source>
        <translation>فی USD {rate}، اس کوٹیشن کے لیے مقرر (جدول: {date} تک {table})</translation>
    </message>
</context>
<context>
    <name>RouteMap</name>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="113"/>
        <source>until further notice</source>
        <translation>تا اطلاع ثانی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="116"/>
        <source>closed {span}</source>
        <translation>بند {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_marks.py" line="117"/>
        <source>risk {span}</source>
        <translation>خطرہ {span}</translation>
    </message>
    <message>
        <location filename="../../gui/qt/map_painter.py" line="355"/>
        <source>Schematic lines, place to place. Borders: Natural Earth</source>
        <translation>لکیریں خاکہ ہیں، مقام سے مقام تک۔ سرحدیں: Natural Earth</translation>
    </message>
</context>
<context>
    <name>RouteMapPanel</name>
    <message>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>selected</source>
        <translation>منتخب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="147"/>
        <location filename="../../gui/qt/route_map.py" line="321"/>
        <source>best trade-off</source>
        <translation>بہترین توازن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/cost_time_chart.py" line="152"/>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="322"/>
        <source>unavailable</source>
        <translation>دستیاب نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="323"/>
        <source>risk window</source>
        <translation>خطرے کا دورانیہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="324"/>
        <source>border</source>
        <translation>سرحد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="325"/>
        <source>port</source>
        <translation>بندرگاہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="326"/>
        <source>gauge change</source>
        <translation>گیج کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/route_map.py" line="327"/>
        <source>transshipment</source>
        <translation>سامان کی منتقلی</translation>
    </message>
</context>
<context>
    <name>SaveQuoteDialog</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="205"/>
        <source>Save quote</source>
        <translation>کوٹیشن محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="208"/>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="210"/>
        <source>phone or e-mail, optional</source>
        <translation>فون یا ای میل، اختیاری</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="217"/>
        <source>Buyer</source>
        <translation>خریدار</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="218"/>
        <source>Contact</source>
        <translation>رابطہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="219"/>
        <source>Valid until</source>
        <translation>قابلِ عمل تا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="220"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="237"/>
        <source>A quote cannot be valid until {date}, before today ({today}).</source>
        <translation>کوٹیشن {date} تک قابلِ عمل نہیں ہو سکتی، یہ آج ({today}) سے پہلے ہے۔</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="254"/>
        <source>Short validity</source>
        <translation>مختصر مدتِ قابلِ عمل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="255"/>
        <source>This quote would be valid only until {date} ({days} day(s) from today). Save it so?</source>
        <translation>یہ کوٹیشن صرف {date} تک قابلِ عمل ہوگی (آج سے {days} دن)۔ کیا ایسے ہی محفوظ کریں؟</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="33"/>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>What if</source>
        <translation>منظرنامہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="38"/>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="40"/>
        <source>e.g. Torkham reopens</source>
        <translation>مثلاً طورخم کھل گیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="46"/>
        <source>Changes</source>
        <translation>تبدیلیاں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="60"/>
        <source>from</source>
        <translation>سے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="62"/>
        <source>to</source>
        <translation>تک</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="68"/>
        <source>&amp;Add</source>
        <translation>&amp;شامل کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="69"/>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>Chan&amp;ge</source>
        <translation>&amp;تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="70"/>
        <source>&amp;Value</source>
        <translation>&amp;قدر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="90"/>
        <source>Routes, as the tables are and with the changes</source>
        <translation>راستے، جدول جیسے ہیں اور تبدیلیوں کے ساتھ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="93"/>
        <source>&amp;Open…</source>
        <translation>&amp;کھولیں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="94"/>
        <source>&amp;Save…</source>
        <translation>&amp;محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="95"/>
        <source>&amp;Tables as they are</source>
        <translation>&amp;جدول موجودہ حالت میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="96"/>
        <source>&amp;Close</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Open a crossing or leg</source>
        <translation>گزرگاہ یا حصہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="135"/>
        <source>Close a crossing or leg</source>
        <translation>گزرگاہ یا حصہ بند کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Add days at a place or leg</source>
        <translation>کسی مقام یا حصے پر دن بڑھائیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="136"/>
        <source>Scale rates (× factor)</source>
        <translation>نرخ بدلیں (× ضرب)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="137"/>
        <source>A currency&apos;s value, % against the USD</source>
        <translation>کرنسی کی قدر، USD کے مقابلے میں %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>An exchange rate, per USD</source>
        <translation>شرحِ مبادلہ، فی USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="138"/>
        <source>Road fuel surcharge, %</source>
        <translation>سڑک پر ایندھن سرچارج، %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="139"/>
        <source>A search limit (empty: none)</source>
        <translation>تلاش کی حد (خالی: کوئی حد نہیں)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="38"/>
        <source>As they are</source>
        <translation>موجودہ حالت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="39"/>
        <source>Δ cost</source>
        <translation>Δ لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ days</source>
        <translation>Δ دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="40"/>
        <source>Δ on time</source>
        <translation>Δ بروقت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="41"/>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="225"/>
        <source>Open a scenario</source>
        <translation>منظرنامہ کھولیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="226"/>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>منظرنامے (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Save the scenario</source>
        <translation>منظرنامہ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="235"/>
        <source>Scenarios (*.json)</source>
        <translation>منظرنامے (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="280"/>
        <source>days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="280"/>
        <source>× factor</source>
        <translation>× ضرب</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="281"/>
        <source>± %</source>
        <translation>± %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="281"/>
        <source>per USD</source>
        <translation>فی USD</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="283"/>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>factor or count</source>
        <translation>ضرب یا تعداد</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_dialog.py" line="318"/>
        <source>days; empty: never wait</source>
        <translation>دن؛ خالی: کبھی انتظار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="25"/>
        <source>The odds under the what-if less the odds as the tables are, each as shown (rounded down; “&gt; 99.9 %” counts as 99.9), in percentage points</source>
        <translation>منظرنامے میں امکان منفی جدولوں کے مطابق امکان، ہر ایک جیسا دکھایا گیا (نیچے کی طرف گول؛ “&gt; 99.9 %” کو 99.9 گنا جاتا ہے)، فیصد پوائنٹس میں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="50"/>
        <source>pts</source>
        <translation>پوائنٹس</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>new</source>
        <translation>نیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="92"/>
        <source>opens</source>
        <translation>کھلتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>closes</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="93"/>
        <source>changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="94"/>
        <source>as before</source>
        <translation>پہلے جیسا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="95"/>
        <source>no longer offered</source>
        <translation>اب پیش نہیں کیا جاتا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="96"/>
        <source>not among those shown</source>
        <translation>دکھائے گئے میں شامل نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/scenario_table.py" line="97"/>
        <source>still closed</source>
        <translation>اب بھی بند</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>rail</source>
        <translation>ریل</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="10"/>
        <source>road</source>
        <translation>سڑک</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>sea</source>
        <translation>سمندر</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="11"/>
        <source>ferry</source>
        <translation>فیری</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="12"/>
        <source>pipeline</source>
        <translation>پائپ لائن</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <location filename="../../gui/core/vocabulary.py" line="15"/>
        <source>border crossing</source>
        <translation>سرحد پار کرنا</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="16"/>
        <source>gauge change</source>
        <translation>گیج کی تبدیلی</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="17"/>
        <source>port handling</source>
        <translation>بندرگاہی ہینڈلنگ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <location filename="../../gui/core/vocabulary.py" line="18"/>
        <source>transshipment</source>
        <translation>سامان کی منتقلی</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="19"/>
        <source>wait for a closure to end</source>
        <translation>بندش ختم ہونے کا انتظار</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>bulk grain</source>
        <translation>بلک اناج</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="22"/>
        <source>liquid bulk</source>
        <translation>مائع بلک کارگو</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="23"/>
        <source>refrigerated</source>
        <translation>ریفریجریٹڈ کارگو</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="24"/>
        <source>temperature-controlled</source>
        <translation>درجۂ حرارت کنٹرول کارگو</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="25"/>
        <source>general cargo</source>
        <translation>جنرل کارگو</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>containers</source>
        <translation>کنٹینر</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="20"/>
        <location filename="../../gui/core/vocabulary.py" line="28"/>
        <source>wagons</source>
        <translation>ویگنیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>trucks</source>
        <translation>ٹرک</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="29"/>
        <source>tankers</source>
        <translation>ٹینکر</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="30"/>
        <source>pipeline batches</source>
        <translation>پائپ لائن کی کھیپیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="33"/>
        <source>per tonne-km</source>
        <translation>فی ٹن-کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="24"/>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit</source>
        <translation>فی یونٹ</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="34"/>
        <source>per unit-km</source>
        <translation>فی یونٹ-کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="35"/>
        <source>per trip</source>
        <translation>فی ٹرپ</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="36"/>
        <source>per tonne-day</source>
        <translation>فی ٹن-دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="37"/>
        <source>per unit-day</source>
        <translation>فی یونٹ-دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="39"/>
        <source>Domestic {countries}</source>
        <translation>اندرونِ ملک راستہ {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="41"/>
        <source>Cross-border {countries}</source>
        <translation>سرحد پار {countries}</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>cargo</source>
        <translation>سامان</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="98"/>
        <source>origin</source>
        <translation>روانگی کا مقام</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="99"/>
        <source>destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="278"/>
        <location filename="../../gui/core/vocabulary.py" line="99"/>
        <source>place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="100"/>
        <source>unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="100"/>
        <source>quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="101"/>
        <source>currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/core/vocabulary.py" line="102"/>
        <source>key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="276"/>
        <location filename="../../gui/core/terms.py" line="38"/>
        <source>rate</source>
        <translation>ٹیرف</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="276"/>
        <source>node fee</source>
        <translation>مقام کا چارج</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>leg</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="277"/>
        <source>closure</source>
        <translation>بندش</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="278"/>
        <source>exchange rate</source>
        <translation>شرحِ مبادلہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="281"/>
        <source>city</source>
        <translation>شہر</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>port</source>
        <translation>بندرگاہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="282"/>
        <source>dry port</source>
        <translation>ڈرائی پورٹ</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="283"/>
        <source>junction</source>
        <translation>جنکشن</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="285"/>
        <source>open</source>
        <translation>غیر معینہ مدت</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="286"/>
        <source>any place</source>
        <translation>کوئی بھی مقام</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="287"/>
        <source>planned</source>
        <translation>منصوبہ بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="288"/>
        <source>operational</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="289"/>
        <source>closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <location filename="../../gui/core/file_messages.py" line="290"/>
        <source>risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="32"/>
        <source>Incoterm</source>
        <translation>انکوٹرم</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="32"/>
        <location filename="../../gui/core/vocabulary.py" line="103"/>
        <source>named place</source>
        <translation>نامزد مقام</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>goods value</source>
        <translation>مال کی مالیت</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="33"/>
        <source>margin</source>
        <translation>منافع</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="34"/>
        <source>premium rate</source>
        <translation>پریمیم کی شرح</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="35"/>
        <source>insured value</source>
        <translation>بیمہ شدہ مالیت</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="36"/>
        <source>country of origin</source>
        <translation>ملکِ اصل</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="37"/>
        <source>figure</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="39"/>
        <source>amount per quantity</source>
        <translation>فی مقدار رقم</translation>
    </message>
    <message>
        <location filename="../../gui/core/terms.py" line="40"/>
        <source>amount</source>
        <translation>رقم</translation>
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
        <translation>سے روانہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_messages.py" line="66"/>
        <source>arriving at</source>
        <translation>پر پہنچنے والا</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Kazakhstan</source>
        <translation>قازقستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="16"/>
        <source>Pakistan</source>
        <translation>پاکستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Uzbekistan</source>
        <translation>ازبکستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="17"/>
        <source>Afghanistan</source>
        <translation>افغانستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Turkmenistan</source>
        <translation>ترکمانستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="18"/>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>China</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="19"/>
        <source>Azerbaijan</source>
        <translation>آذربائیجان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Georgia</source>
        <translation>جارجیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="20"/>
        <source>Russia</source>
        <translation>روس</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Turkey</source>
        <translation>ترکی</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="21"/>
        <source>Kyrgyzstan</source>
        <translation>کرغزستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="22"/>
        <source>Armenia</source>
        <translation>آرمینیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="22"/>
        <source>Belarus</source>
        <translation>بیلاروس</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="23"/>
        <source>Tajikistan</source>
        <translation>تاجکستان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="23"/>
        <source>India</source>
        <translation>بھارت</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Saudi Arabia</source>
        <translation>سعودی عرب</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="24"/>
        <source>Oman</source>
        <translation>عمان</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="25"/>
        <source>United Arab Emirates</source>
        <translation>متحدہ عرب امارات</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="25"/>
        <source>Iraq</source>
        <translation>عراق</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="26"/>
        <source>Syria</source>
        <translation>شام</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="26"/>
        <source>Egypt</source>
        <translation>مصر</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="27"/>
        <source>Yemen</source>
        <translation>یمن</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="27"/>
        <source>Ukraine</source>
        <translation>یوکرین</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="28"/>
        <source>Mongolia</source>
        <translation>منگولیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/countries.py" line="28"/>
        <source>Sudan</source>
        <translation>سوڈان</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>duty</source>
        <translation>ڈیوٹی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="16"/>
        <source>import tax</source>
        <translation>درآمدی ٹیکس</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>customs fee</source>
        <translation>کسٹمز فیس</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="17"/>
        <source>fee unit</source>
        <translation>فیس کی اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="18"/>
        <source>tariff line</source>
        <translation>ٹیرف لائن</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="19"/>
        <source>commercial sheets</source>
        <translation>تجارتی شیٹس</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="21"/>
        <source>blank, for the user to give</source>
        <translation>خالی، صارف درج کرے</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="22"/>
        <source>imports prohibited</source>
        <translation>درآمد ممنوع</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="23"/>
        <source>per declaration</source>
        <translation>فی ڈیکلریشن</translation>
    </message>
    <message>
        <location filename="../../gui/core/trade_changes.py" line="25"/>
        <source>per consignment</source>
        <translation>فی کھیپ</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="172"/>
        <source>the on-time certainty</source>
        <translation>بروقت پہنچنے کا یقین</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="173"/>
        <source>the CO2e allowance</source>
        <translation>CO2e کی گنجائش</translation>
    </message>
    <message>
        <location filename="../../gui/core/decide_messages.py" line="174"/>
        <source>the capital cost</source>
        <translation>سرمائے کی لاگت</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>t</source>
        <translation>ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="19"/>
        <source>road vehicles</source>
        <translation>سڑک گاڑیاں</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>road vehicle</source>
        <translation>سڑک گاڑی</translation>
    </message>
    <message>
        <location filename="../../gui/core/throughput.py" line="22"/>
        <source>wagon</source>
        <translation>ویگن</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="8"/>
        <source>search setting</source>
        <translation>تلاش کی ترتیب</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>stop time</source>
        <translation>ٹھہراؤ کا وقت</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="9"/>
        <source>throughput</source>
        <translation>گنجائش</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>cargo type</source>
        <translation>سامان کی قسم</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="10"/>
        <source>equipment</source>
        <translation>یونٹ کی قسم</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="11"/>
        <source>emission factor</source>
        <translation>اخراج کا عامل</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="13"/>
        <source>no limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="14"/>
        <source>never wait</source>
        <translation>کبھی انتظار نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="15"/>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="16"/>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="25"/>
        <source>not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="30"/>
        <source>both ways</source>
        <translation>دونوں طرف</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="31"/>
        <source>one way</source>
        <translation>ایک طرف</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="33"/>
        <source>quoted from and to</source>
        <translation>یہاں سے اور یہاں تک قیمت دی جاتی ہے</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="34"/>
        <source>passed through only</source>
        <translation>صرف گزرگاہ</translation>
    </message>
    <message>
        <location filename="../../gui/core/change_messages.py" line="37"/>
        <source>proposed</source>
        <translation>تجویز کردہ</translation>
    </message>
</context>
<context>
    <name>TermsBar</name>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="63"/>
        <source>&amp;Terms</source>
        <translation>&amp;شرائط</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="67"/>
        <source>freight only: choose an Incoterm to quote the goods delivered, with the buyer&apos;s landed cost</source>
        <translation>صرف کرایہ: پہنچائے گئے مال کی قیمت اور خریدار کی لاگت کے لیے انکوٹرم چنیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="70"/>
        <source>at</source>
        <translation>مقام</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="74"/>
        <source>Named place</source>
        <translation>نامزد مقام</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="78"/>
        <source>&amp;Goods</source>
        <translation>&amp;مال</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="80"/>
        <source>value</source>
        <translation>مالیت</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="85"/>
        <location filename="../../gui/qt/terms_bar.py" line="97"/>
        <source>per t</source>
        <translation>فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="86"/>
        <source>in total</source>
        <translation>کل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="88"/>
        <source>Currency of the goods&apos; value</source>
        <translation>مال کی قیمت کی کرنسی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="89"/>
        <source>Goods&apos; value per tonne or in total</source>
        <translation>مال کی قیمت فی ٹن یا کل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="90"/>
        <source>Ma&amp;rgin</source>
        <translation>منا&amp;فع</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="98"/>
        <source>Margin in % or per tonne</source>
        <translation>منافع % میں یا فی ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="99"/>
        <source>&amp;Insurance</source>
        <translation>&amp;بیمہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="105"/>
        <source>premium %</source>
        <translation>پریمیم %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="108"/>
        <source>Premium in % of the insured value (110 % of the value unless set under More…)</source>
        <translation>بیمہ شدہ مالیت کا % پریمیم (مالیت کا 110 % جب تک «مزید…» میں کچھ اور نہ دیا جائے)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="110"/>
        <source>Mor&amp;e…</source>
        <translation>&amp;مزید…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="111"/>
        <source>Importer, proof of origin, insured value and the rates the tables leave blank</source>
        <translation>درآمد کنندہ، اصل کا ثبوت، بیمہ شدہ مالیت اور جدولوں کی خالی شرحیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="201"/>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="202"/>
        <source>Freight only</source>
        <translation>صرف کرایہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="212"/>
        <source>these tables have no commercial sheets: freight only</source>
        <translation>ان جدولوں میں تجارتی شیٹیں نہیں: صرف کرایہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_bar.py" line="250"/>
        <source>{name}: sea transport only, and no route of this quote has a sea leg</source>
        <translation>{name}: صرف سمندری نقل و حمل، اور کسی راستے میں سمندری حصہ نہیں</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="19"/>
        <source>Terms: importer, origin, blank rates</source>
        <translation>شرائط: درآمد کنندہ، اصل، خالی شرحیں</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="26"/>
        <source>the seller, through its own entity there</source>
        <translation>فروخت کنندہ، وہاں اپنے ادارے کے ذریعے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="27"/>
        <source>the seller, through a licensed customs broker</source>
        <translation>فروخت کنندہ، لائسنس یافتہ کسٹمز بروکر کے ذریعے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="29"/>
        <source>the buyer (only DDP makes the seller import)</source>
        <translation>خریدار (صرف DDP میں فروخت کنندہ درآمد کرتا ہے)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="31"/>
        <source>Importer of record</source>
        <translation>درآمد کنندۂ ریکارڈ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="33"/>
        <source>a company or industrial undertaking</source>
        <translation>کمپنی یا صنعتی ادارہ</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="34"/>
        <source>another person (a sole trader, a partnership)</source>
        <translation>کوئی اور شخص (واحد تاجر، شراکت)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="36"/>
        <source>The importer is</source>
        <translation>درآمد کنندہ ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="37"/>
        <source>on Pakistan&apos;s Active Taxpayers List (else withholding tax is doubled)</source>
        <translation>پاکستان کی ایکٹو ٹیکس پیئرز لسٹ میں (ورنہ ود ہولڈنگ ٹیکس دگنا)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="40"/>
        <source>imports for resale (a commercial importer)</source>
        <translation>دوبارہ فروخت کے لیے درآمد (تجارتی درآمد کنندہ)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="45"/>
        <source>as the route starts ({country})</source>
        <translation>جہاں سے راستہ شروع ہو ({country})</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="50"/>
        <source>Country of origin of the goods</source>
        <translation>مال کا ملکِ اصل</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="51"/>
        <source>a certificate of origin goes with the goods (a tariff preference needs it)</source>
        <translation>مال کے ساتھ سرٹیفکیٹ آف اوریجن ہے (ٹیرف ترجیح کے لیے ضروری)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="56"/>
        <source>Insured value in % of the value insured (goods, margin, carriage); CIF and CIP need at least 110 %</source>
        <translation>بیمہ شدہ مالیت، بیمہ کی جانے والی مالیت کا % (مال، منافع، کرایہ)؛ CIF اور CIP کو کم از کم 110 % چاہیے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="58"/>
        <source>Insured value, %</source>
        <translation>بیمہ شدہ مالیت، %</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="63"/>
        <source>Rates and fees the tables leave blank (the research did not find them): give the ones you know; a blank duty or tax rate keeps the landed cost unknown, a blank fee is left out and said so</source>
        <translation>جدولوں کی خالی شرحیں اور فیسیں (تحقیق میں نہیں ملیں): جو معلوم ہوں دیں؛ خالی ڈیوٹی یا ٹیکس کی شرح سے پہنچ کر لاگت نامعلوم رہتی ہے، خالی فیس شامل نہیں ہوتی اور یہ بتایا جاتا ہے</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="69"/>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <location filename="../../gui/qt/terms_dialog.py" line="70"/>
        <source>Rates and fees the tables leave blank</source>
        <translation>شرحیں اور فیسیں جو جدولوں میں خالی ہیں</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/core/formatting.py" line="24"/>
        <source>d</source>
        <translation>دن</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="24"/>
        <source>t</source>
        <translation>ٹن</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="25"/>
        <source>km</source>
        <translation>کلومیٹر</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="25"/>
        <source>kg</source>
        <translation>کلوگرام</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="26"/>
        <source>kg CO2e</source>
        <translation>کلوگرام CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="27"/>
        <source>t CO2e</source>
        <translation>ٹن CO2e</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="27"/>
        <source>k</source>
        <translation>ہزار</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="28"/>
        <source>M</source>
        <translation>ملین</translation>
    </message>
    <message>
        <location filename="../../gui/core/formatting.py" line="28"/>
        <source>bn</source>
        <translation>ارب</translation>
    </message>
</context>
</TS>
