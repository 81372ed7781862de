<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>LGPL-3.0 (via Qt for Python)</source>
        <translation>LGPL-3.0 (عبر Qt for Python)</translation>
    </message>
    <message>
        <source>The Arabic text was written by the project&apos;s engineers and has not yet been reviewed by a native-speaking translator. Corrections are welcome: edit {ts_file} with Qt Linguist (or any text editor) and send it to the Factsheet project.</source>
        <translation>كتب مهندسو المشروع النص العربي، ولم يراجعه بعدُ مترجمٌ لغته الأم العربية. نرحّب بالتصحيحات: عدّل الملف {ts_file} باستخدام Qt Linguist (أو أي محرر نصوص) وأرسله إلى مشروع Factsheet.</translation>
    </message>
    <message>
        <source>Fonts: {fonts}</source>
        <translation>الخطوط: {fonts}</translation>
    </message>
    <message>
        <source>Reads incident files of format version {version}. Works offline: it never connects to the internet.</source>
        <translation>يقرأ ملفات الحوادث بإصدار الصيغة {version}. يعمل دون اتصال: لا يتصل بالإنترنت أبداً.</translation>
    </message>
    <message>
        <source>The fonts&apos; licence, OFL.txt, ships beside them. Running on {system}, Python {python}.</source>
        <translation>ترخيص الخطوط، OFL.txt، مرفق بها. يعمل على {system}، Python {python}.</translation>
    </message>
    <message>
        <source>Factsheet {version}</source>
        <translation>Factsheet، الإصدار {version}</translation>
    </message>
    <message>
        <source>Factsheet is free software under the MIT licence. It bundles:</source>
        <translation>Factsheet برنامج حر بموجب ترخيص MIT. ويضم:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>About Factsheet</source>
        <translation>حول Factsheet</translation>
    </message>
</context>
<context>
    <name>ActorKind</name>
    <message>
        <source>State</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>A state acting as such (Russia, the United States).</source>
        <translation>دولة تتصرف بصفتها دولة (روسيا، الولايات المتحدة).</translation>
    </message>
    <message>
        <source>State forces</source>
        <translation>قوات حكومية</translation>
    </message>
    <message>
        <source>Armed or security forces of a state.</source>
        <translation>قوات مسلحة أو أمنية تابعة لدولة.</translation>
    </message>
    <message>
        <source>Non-state armed group</source>
        <translation>جماعة مسلحة من غير الدول</translation>
    </message>
    <message>
        <source>An organised armed group outside state control.</source>
        <translation>جماعة مسلحة منظمة خارج سيطرة الدولة.</translation>
    </message>
    <message>
        <source>Militia</source>
        <translation>ميليشيا</translation>
    </message>
    <message>
        <source>An irregular armed group, often allied with a state or a party.</source>
        <translation>جماعة مسلحة غير نظامية، كثيراً ما تكون حليفة لدولة أو لطرف ما.</translation>
    </message>
    <message>
        <source>Coalition of forces</source>
        <translation>تحالف قوات</translation>
    </message>
    <message>
        <source>Several actors referred to together (&quot;pro-regime forces&quot;); members are part-of it.</source>
        <translation>عدة أطراف يُشار إليها معاً («القوات الموالية للنظام»)؛ ويرتبط بها أعضاؤها بعلاقة part-of.</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <source>A ministry, agency or state-run outlet.</source>
        <translation>وزارة أو هيئة أو وسيلة إعلام حكومية.</translation>
    </message>
    <message>
        <source>Monitoring group</source>
        <translation>جهة رصد</translation>
    </message>
    <message>
        <source>Documents violations and casualties (SOHR).</source>
        <translation>توثّق الانتهاكات والخسائر البشرية (كالمرصد السوري لحقوق الإنسان).</translation>
    </message>
    <message>
        <source>Activist group</source>
        <translation>مجموعة ناشطين</translation>
    </message>
    <message>
        <source>Local activists or a coordination committee.</source>
        <translation>ناشطون محليون أو تنسيقية محلية.</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>A non-governmental organisation.</source>
        <translation>منظمة لا تتبع أي حكومة.</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <source>UN agencies and the like.</source>
        <translation>وكالات الأمم المتحدة وما شابهها.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>A news outlet or broadcaster.</source>
        <translation>وسيلة إخبارية أو جهة بث.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>An individual: a spokesperson, reporter, witness or victim.</source>
        <translation>فرد: متحدث أو مراسل أو شاهد أو ضحية.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>مجتمع محلي</translation>
    </message>
    <message>
        <source>A population group (the town&apos;s Christian residents).</source>
        <translation>فئة من السكان (كسكان البلدة المسيحيين).</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>جهة غير محددة</translation>
    </message>
    <message>
        <source>Speakers or actors the source does not name (&quot;activists said&quot;).</source>
        <translation>متحدثون أو أطراف لا يسمّيهم المصدر («قال ناشطون»).</translation>
    </message>
</context>
<context>
    <name>Actors</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم العربي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>{relation} {actor}</source>
        <comment>backed by Russia</comment>
        <translation>{relation} {actor}</translation>
    </message>
    <message>
        <source>{relation} {actor} ({date})</source>
        <comment>backed by Russia (April 2016)</comment>
        <translation>{relation} {actor} ({date})</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <source>Filter actors: any name or alias (Daesh, ISIS, ISIL…)</source>
        <translation>تصفية الأطراف: أي اسم أو اسم آخر (داعش، ISIS، ISIL…)</translation>
    </message>
    <message>
        <source>Filter actors</source>
        <translation>تصفية الأطراف</translation>
    </message>
    <message>
        <source>Select an actor to see its events, claims and sources.</source>
        <translation>اختر طرفاً لترى أحداثه وادعاءاته ومصادره.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Factsheet; your file is untouched. The details were written to {log_file}.</source>
        <translation>حدث خطأ غير متوقع داخل Factsheet، وملفك لم يُمَسّ. دُوِّنت التفاصيل في {log_file}.</translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exporting {incidents}…</source>
        <translation>جارٍ تصدير {incidents}…</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>جارٍ تصدير {file}…</translation>
    </message>
    <message>
        <source>Export selected</source>
        <translation>تصدير المحدد</translation>
    </message>
    <message>
        <source>Print {sheets}</source>
        <translation>طباعة {sheets}</translation>
    </message>
    <message>
        <source>Printing {sheets}…</source>
        <translation>جارٍ طباعة {sheets}…</translation>
    </message>
    <message>
        <source>Print selected</source>
        <translation>طباعة المحدد</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>لم يُطبع:</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>{publisher} ({author})</source>
        <comment>a source&apos;s publisher and author</comment>
        <translation>{publisher} ({author})</translation>
    </message>
    <message>
        <source>{source}; not consulted directly, known through {carriers}</source>
        <translation>{source}؛ لم يُطّلع عليه مباشرة، معروف عبر {carriers}</translation>
    </message>
    <message>
        <source>{source}; not consulted directly</source>
        <translation>{source}؛ لم يُطّلع عليه مباشرة</translation>
    </message>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <comment>claim numbers: C1, C2 and 988 more</comment>
        <translation>
            <numerusform>{first}</numerusform>
            <numerusform>{first} وادعاء آخر</numerusform>
            <numerusform>{first} وادعاءان آخران</numerusform>
            <numerusform>{first} و%n ادعاءات أخرى</numerusform>
            <numerusform>{first} و%n ادعاءً آخر</numerusform>
            <numerusform>{first} و%n ادعاء آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every figure in this record is known through one source only, {source}; for {count} of the %n claim(s), the claimant&apos;s own statement was not consulted directly.</source>
        <translation>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من الادعاءات.</numerusform>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من أصل ادعاء واحد.</numerusform>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من أصل ادعاءين.</numerusform>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من أصل %n ادعاءات.</numerusform>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من أصل %n ادعاءً.</numerusform>
            <numerusform>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}؛ ولم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها في {count} من أصل %n ادعاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure in this record is known through one source only, {source}.</source>
        <translation>كل رقم في هذا السجل معروف عبر مصدر واحد فقط، {source}.</translation>
    </message>
    <message>
        <source>{claims} is known only second-hand: the claimant&apos;s own statement was not consulted directly.</source>
        <translation>لا يُعرف {claims} إلا بالواسطة: لم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها.</translation>
    </message>
    <message>
        <source>{claims} are known only second-hand: the claimant&apos;s own statement was not consulted directly.</source>
        <translation>لا تُعرف {claims} إلا بالواسطة: لم يُطّلع مباشرة على بيان الجهة المصرّحة نفسها.</translation>
    </message>
    <message>
        <source>{claims} cites no source.</source>
        <translation>لا يستشهد {claims} بأي مصدر.</translation>
    </message>
    <message>
        <source>{claims} cite no source.</source>
        <translation>لا تستشهد {claims} بأي مصدر.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No casualty figures in this file.</source>
        <extracomment>What the chart says when the file has no claim to draw.</extracomment>
        <translation>لا أرقام للضحايا في هذا الملف.</translation>
    </message>
    <message>
        <source>part of {whole}</source>
        <extracomment>A part drawn away from the claim it belongs to says which one: &quot;part of C1&quot;.</extracomment>
        <translation>جزء من {whole}</translation>
    </message>
    <message>
        <source>revises {figure}</source>
        <comment>this claim replaces an earlier figure</comment>
        <translation>يعدّل {figure}</translation>
    </message>
    <message>
        <source>later revised</source>
        <translation>عُدّل لاحقاً</translation>
    </message>
    <message>
        <source>Each row is one source&apos;s figure as reported</source>
        <translation>كل صف رقمُ مصدرٍ واحد كما ورد</translation>
    </message>
    <message>
        <source>arrows mean &apos;at least&apos;</source>
        <translation>الأسهم تعني «على الأقل»</translation>
    </message>
    <message>
        <source>lines are reported ranges, not confidence intervals</source>
        <translation>الخطوط نطاقات كما وردت، وليست فترات ثقة</translation>
    </message>
    <message>
        <source>figures are not added together</source>
        <translation>الأرقام لا تُجمع</translation>
    </message>
    <message>
        <source>arrows to the left mean &apos;at most&apos;</source>
        <translation>الأسهم نحو اليمين تعني «على الأكثر»</translation>
    </message>
    <message>
        <source>open dots mean &apos;about&apos;</source>
        <translation>النقاط المفرغة تعني «نحو»</translation>
    </message>
    <message>
        <source>Showing {shown_of}: the filters above the table hide the rest.</source>
        <translation>يُعرض {shown_of}: عوامل التصفية فوق الجدول تخفي الباقي.</translation>
    </message>
    <message>
        <source>Other claims</source>
        <translation>ادعاءات أخرى</translation>
    </message>
    <message>
        <source>people reported {outcomes}</source>
        <comment>the axis: people reported killed</comment>
        <translation>عدد من أُفيد بأنهم {outcomes}</translation>
    </message>
    <message>
        <source>{claimant}: {claim}; {independence}</source>
        <comment>a chart row&apos;s tooltip</comment>
        <translation>{claimant}: {claim}؛ {independence}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Casualty claims range chart</source>
        <translation>مخطط نطاقات ادعاءات الضحايا</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Claimant</source>
        <translation>الجهة المصرّحة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Counting basis</source>
        <translation>أساس العدّ</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>تاريخ التصريح</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>نُشر في</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>الاستقلالية</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Linked claims</source>
        <translation>ادعاءات مرتبطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A source is independent when someone other than the claimant published it and it does not merely repeat what the claimant published.</source>
        <translation>يكون المصدر مستقلاً إذا نشره طرف غير الجهة المصرّحة ولم يكتفِ بتكرار ما نشرته.</translation>
    </message>
    <message>
        <source>part of {claim}</source>
        <translation>جزء من {claim}</translation>
    </message>
    <message>
        <source>revises {claim}</source>
        <translation>يعدّل {claim}</translation>
    </message>
    <message>
        <source>includes {claim}</source>
        <translation>يشمل {claim}</translation>
    </message>
    <message>
        <source>revised by {claim}</source>
        <translation>عدّله {claim}</translation>
    </message>
    <message>
        <source>{date} — in the source&apos;s words: {words}</source>
        <translation>{date} — بعبارة المصدر: {words}</translation>
    </message>
    <message>
        <source>(Double-click to go to that claim.)</source>
        <translation>(انقر نقراً مزدوجاً للانتقال إلى ذلك الادعاء.)</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>Filter claims: claimant, figure, basis, any name…</source>
        <translation>تصفية الادعاءات: الجهة المصرّحة، الرقم، أساس العدّ، أي اسم…</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>تصفية الادعاءات</translation>
    </message>
    <message>
        <source>Select a claim to see it in full.</source>
        <translation>اختر ادعاءً لتراه كاملاً.</translation>
    </message>
    <message>
        <source>Casualty claims</source>
        <translation>ادعاءات الضحايا</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>Attributed to:</source>
        <translation>منسوب إلى:</translation>
    </message>
    <message>
        <source>anyone or nobody</source>
        <translation>أي طرف أو لا أحد</translation>
    </message>
    <message>
        <source>all outcomes</source>
        <translation>كل المآلات</translation>
    </message>
</context>
<context>
    <name>CountingBasis</name>
    <message>
        <source>bodies found</source>
        <translation>جثث عُثر عليها</translation>
    </message>
    <message>
        <source>Bodies recovered or seen, identified or not.</source>
        <translation>جثث انتُشلت أو شوهدت، سواء عُرفت هويتها أم لا.</translation>
    </message>
    <message>
        <source>bodies identified</source>
        <translation>جثث معروفة الهوية</translation>
    </message>
    <message>
        <source>Bodies whose identity was established.</source>
        <translation>جثث ثبتت هوية أصحابها.</translation>
    </message>
    <message>
        <source>names listed</source>
        <translation>قائمة أسماء</translation>
    </message>
    <message>
        <source>A published list of named victims.</source>
        <translation>قائمة منشورة بأسماء الضحايا.</translation>
    </message>
    <message>
        <source>documented deaths</source>
        <translation>وفيات موثّقة</translation>
    </message>
    <message>
        <source>Deaths the claimant says it recorded case by case.</source>
        <translation>وفيات تقول الجهة المصرّحة إنها وثّقتها حالةً حالة.</translation>
    </message>
    <message>
        <source>hospital records</source>
        <translation>سجلات المستشفيات</translation>
    </message>
    <message>
        <source>Counts from hospitals or morgues.</source>
        <translation>أعداد صادرة عن المستشفيات أو المشارح.</translation>
    </message>
    <message>
        <source>witness accounts</source>
        <translation>روايات شهود</translation>
    </message>
    <message>
        <source>Figures from people present.</source>
        <translation>أرقام يذكرها أشخاص كانوا حاضرين.</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>تقدير</translation>
    </message>
    <message>
        <source>An estimate, not a count.</source>
        <translation>تقدير وليس إحصاءً.</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>بيان رسمي</translation>
    </message>
    <message>
        <source>A figure announced by an authority.</source>
        <translation>رقم أعلنته سلطة ما.</translation>
    </message>
    <message>
        <source>basis not stated</source>
        <translation>أساس العدّ غير مذكور</translation>
    </message>
    <message>
        <source>The source does not say how it counted.</source>
        <translation>لا يذكر المصدر كيف أحصى.</translation>
    </message>
</context>
<context>
    <name>DetailToggle</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <source>Show or hide the pane with the selected item in full (or drag its edge)</source>
        <translation>إظهار أو إخفاء اللوحة التي تعرض العنصر المحدد كاملاً (أو اسحب حافتها)</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>{value} — {more}</source>
        <comment>a value, then what qualifies it</comment>
        <translation>{value} — {more}</translation>
    </message>
    <message>
        <source>For the recorder — not printed</source>
        <translation>للموثِّق — لا يُطبع</translation>
    </message>
    <message>
        <source>for the recorder — not printed</source>
        <comment>inside a line, after a dash</comment>
        <translation>للموثِّق — لا يُطبع</translation>
    </message>
    <message>
        <source>{claimant}: {claim}</source>
        <comment>a linked claim: who says it, what it says</comment>
        <translation>{claimant}: {claim}</translation>
    </message>
    <message>
        <source>{date}: {text}</source>
        <comment>an event named by its date and opening words</comment>
        <translation>{date}: {text}</translation>
    </message>
    <message>
        <source>none</source>
        <comment>nothing cites the source</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>{outcome}, unquantified</source>
        <comment>a claim&apos;s heading: missing, unquantified</comment>
        <translation>{outcome}، دون رقم</translation>
    </message>
    <message>
        <source>{figure} {outcome}</source>
        <comment>a claim&apos;s heading: at least 128 killed</comment>
        <translation>{outcome}: {figure}</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>الجهة المصرّحة</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>الجهات المصرّحة</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Counting basis</source>
        <translation>أساس العدّ</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>تاريخ التصريح</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>نُشر في</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>الاستقلالية</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <source>Revises</source>
        <translation>يعدّل</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>عدّله</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>Attributed to:</source>
        <translation>منسوب إلى:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>تواريخ أخرى</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>{other} {relation} {actor}</source>
        <comment>Hezbollah leads Local militia</comment>
        <translation>{other} {relation} {actor}</translation>
    </message>
    <message>
        <source>{other} is {relation} {actor}</source>
        <comment>X is backed by Russia</comment>
        <translation>{other} {relation} {actor}</translation>
    </message>
    <message>
        <source>{date}: {event} ({roles})</source>
        <comment>an actor&apos;s event: date, text, its roles</comment>
        <translation>{date}: {event} ({roles})</translation>
    </message>
    <message>
        <source>{source} (author)</source>
        <translation>{source} (كاتباً)</translation>
    </message>
    <message>
        <source>{kind} — {definition}</source>
        <comment>an actor&apos;s kind and what it means</comment>
        <translation>{kind} — {definition}</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Related by others</source>
        <translation>علاقات يذكرها غيره</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Claims made</source>
        <translation>ادعاءات صرّح بها</translation>
    </message>
    <message>
        <source>Claims attributing casualties to it</source>
        <translation>ادعاءات تنسب إليه ضحايا</translation>
    </message>
    <message>
        <source>Sources published or written</source>
        <translation>مصادر نشرها أو كتبها</translation>
    </message>
    <message>
        <source>Others&apos; claims in sources it published</source>
        <translation>ادعاءات غيره في مصادر نشرها</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان العربي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>اطُّلع عليه</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>consulted</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no — known only through another source</source>
        <translation>لا — معروف فقط عبر مصدر آخر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>نسخة مؤرشفة</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>ينقل عن</translation>
    </message>
    <message>
        <source>Relayed by</source>
        <translation>ينقل عنه</translation>
    </message>
    <message>
        <source>Events citing it</source>
        <translation>أحداث تستشهد به</translation>
    </message>
    <message>
        <source>Claims citing it</source>
        <translation>ادعاءات تستشهد به</translation>
    </message>
    <message>
        <source>Actor relations</source>
        <translation>علاقات بين الأطراف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>{untitled} ({id})</source>
        <comment>a source without a title, and its id</comment>
        <translation>{untitled} ({id})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Incident files (*.yaml *.yml);;All files (*)</source>
        <translation>ملفات الحوادث (*.yaml *.yml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open incident file</source>
        <translation>فتح ملف حادثة</translation>
    </message>
    <message>
        <source>New incident file</source>
        <translation>ملف حادثة جديد</translation>
    </message>
    <message>
        <source>Brief: one or two pages</source>
        <translation>الموجز: صفحة أو صفحتان</translation>
    </message>
    <message>
        <source>Full dossier: the brief and every table as an annex</source>
        <translation>الملف الكامل: الموجز وكل الجداول ملحقاً</translation>
    </message>
    <message>
        <source>Fact sheet, brief, {language} (*.pdf)</source>
        <translation>ورقة حقائق، موجز، {language} (*.pdf)</translation>
    </message>
    <message>
        <source>Fact sheet, full dossier, {language} (*.pdf)</source>
        <translation>ورقة حقائق، ملف كامل، {language} (*.pdf)</translation>
    </message>
    <message>
        <source>Open folder of incident files</source>
        <translation>فتح مجلد ملفات حوادث</translation>
    </message>
    <message>
        <source>PDF fact sheets, brief (one .pdf each)</source>
        <translation>أوراق حقائق PDF، موجز (ملف ‎.pdf لكل حادثة)</translation>
    </message>
    <message>
        <source>PDF fact sheets, full dossier (one .pdf each)</source>
        <translation>أوراق حقائق PDF، ملف كامل (ملف ‎.pdf لكل حادثة)</translation>
    </message>
    <message>
        <source>JSON (one .json each)</source>
        <translation>JSON (ملف ‎.json لكل حادثة)</translation>
    </message>
    <message>
        <source>Export selected incidents</source>
        <translation>تصدير الحوادث المحددة</translation>
    </message>
    <message>
        <source>Export {incidents} as:</source>
        <translation>تصدير {incidents} بصيغة:</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>The language of the fact sheet (the window&apos;s stays as it is)</source>
        <translation>لغة ورقة الحقائق (تبقى لغة النافذة كما هي)</translation>
    </message>
    <message>
        <source>Which fact sheet to print</source>
        <translation>أي ورقة حقائق تُطبع</translation>
    </message>
    <message>
        <source>The command that opens an incident file at a line. {file}, {line} and {column} are filled in; leave it empty to use the system&apos;s default application (which opens the file at its start).</source>
        <translation>الأمر الذي يفتح ملف حادثة عند سطر معيّن. تُملأ {file} و{line} و{column}؛ اتركه فارغاً لاستخدام التطبيق الافتراضي للنظام (الذي يفتح الملف من بدايته).</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>مثلاً:</translation>
    </message>
    <message>
        <source>External Editor</source>
        <translation>المحرر الخارجي</translation>
    </message>
    <message>
        <source>Open web address</source>
        <translation>فتح عنوان ويب</translation>
    </message>
    <message>
        <source>Factsheet cannot open this address: it is not a web address with a valid host.</source>
        <translation>لا يستطيع Factsheet فتح هذا العنوان: ليس عنوان ويب بمضيف صالح.</translation>
    </message>
    <message>
        <source>Shown encoded, as your browser will receive it: letters other than English ones and any hidden characters appear as xn--… and %XX.</source>
        <translation>يُعرض مرمَّزاً كما سيتلقاه متصفحك: تظهر الحروف غير الإنجليزية وأي محارف مخفية بصيغة xn--… و%XX.</translation>
    </message>
    <message>
        <source>Your browser will connect to the internet; Factsheet itself stays offline.</source>
        <translation>سيتصل متصفحك بالإنترنت؛ أما Factsheet نفسه فيبقى دون اتصال.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>فتح هذا العنوان في متصفح الويب؟</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>The file that could not be opened</source>
        <translation>الملف الذي تعذّر فتحه</translation>
    </message>
    <message>
        <source>T&amp;ry Again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>Read the file again (F5)</source>
        <translation>قراءة الملف من جديد (F5)</translation>
    </message>
    <message>
        <source>Show Prob&amp;lems</source>
        <translation>&amp;عرض المشكلات</translation>
    </message>
    <message>
        <source>Show problems and warnings</source>
        <translation>عرض المشكلات والتحذيرات</translation>
    </message>
    <message>
        <source>Show the errors in this file</source>
        <translation>عرض الأخطاء في هذا الملف</translation>
    </message>
    <message>
        <source>Show the warnings about this file</source>
        <translation>عرض التحذيرات بشأن هذا الملف</translation>
    </message>
</context>
<context>
    <name>ExternalEditor</name>
    <message>
        <source>Open in Editor</source>
        <translation>فتح في المحرر</translation>
    </message>
    <message>
        <source>No application is set to open this kind of file. Choose an editor in Edit ▸ External Editor….</source>
        <translation>لا يوجد تطبيق مضبوط لفتح هذا النوع من الملفات. اختر محرراً من تحرير ◂ المحرر الخارجي….</translation>
    </message>
    <message>
        <source>The editor could not be started. Check the command in Edit ▸ External Editor….</source>
        <translation>تعذّر تشغيل المحرر. تحقّق من الأمر في تحرير ◂ المحرر الخارجي….</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>{figure} ({claimants}) — part of {whole}</source>
        <extracomment>A part of another claim: &quot;at least 35 bodies found (TRT World; PCC) — part of C1 (at least 80)&quot;.</extracomment>
        <translation>{figure} ({claimants}) — جزء من {whole}</translation>
    </message>
    <message>
        <source>{figures} · {attribution}</source>
        <extracomment>A line whose figures come first: &quot;67 named (PCC) · killed, blamed on Daesh (alleged)&quot;.</extracomment>
        <translation>{figures} · {attribution}</translation>
    </message>
    <message>
        <source>{number} ({figure})</source>
        <comment>the claim a part is of: C1 (at least 80)</comment>
        <translation>{number} ({figure})</translation>
    </message>
</context>
<context>
    <name>FileLines</name>
    <message>
        <source>Lines of the file</source>
        <translation>أسطر الملف</translation>
    </message>
    <message>
        <source>Open in &amp;Editor at This Line</source>
        <translation>&amp;فتح في المحرر عند هذا السطر</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Line:col</source>
        <extracomment>The column of a problem&apos;s line and column in the file (&quot;12:3&quot;).</extracomment>
        <translation>السطر:العمود</translation>
    </message>
    <message>
        <source>Where in the data</source>
        <translation>الموضع في البيانات</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Could not open {file}: {problems}.</source>
        <translation>تعذّر فتح {file}: {problems}.</translation>
    </message>
    <message>
        <source>Could not reload {file}: {problems}.</source>
        <translation>تعذّرت إعادة تحميل {file}: {problems}.</translation>
    </message>
    <message>
        <source>No problems in {file}.</source>
        <translation>لا مشكلات في {file}.</translation>
    </message>
    <message numerus="yes">
        <source>{file} loaded with %n warning(s); the incident is shown. The Overview&apos;s data notes list them too.</source>
        <translation>
            <numerusform>فُتح {file} دون تحذيرات؛ الحادثة معروضة.</numerusform>
            <numerusform>فُتح {file} مع تحذير واحد؛ الحادثة معروضة. وتذكره أيضاً ملاحظات البيانات في النظرة العامة.</numerusform>
            <numerusform>فُتح {file} مع تحذيرين؛ الحادثة معروضة. وتذكرهما أيضاً ملاحظات البيانات في النظرة العامة.</numerusform>
            <numerusform>فُتح {file} مع %n تحذيرات؛ الحادثة معروضة. وتذكرها أيضاً ملاحظات البيانات في النظرة العامة.</numerusform>
            <numerusform>فُتح {file} مع %n تحذيراً؛ الحادثة معروضة. وتذكرها أيضاً ملاحظات البيانات في النظرة العامة.</numerusform>
            <numerusform>فُتح {file} مع %n تحذير؛ الحادثة معروضة. وتذكرها أيضاً ملاحظات البيانات في النظرة العامة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened {file}: {counts}.</source>
        <translation>فُتح {file}: {counts}.</translation>
    </message>
    <message>
        <source>Reloaded {file}: {counts}.</source>
        <translation>أُعيد تحميل {file}: {counts}.</translation>
    </message>
    <message>
        <source>Reloaded {file} (changed on disk): {counts}.</source>
        <translation>أُعيد تحميل {file} (تغيّر على القرص): {counts}.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>جارٍ فتح {file}…</translation>
    </message>
    <message>
        <source>Reloading {file}…</source>
        <translation>جارٍ إعادة تحميل {file}…</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <source>{file} could not be opened: {problems}, listed below. It opens by itself once the file is fixed and saved; F5 tries again.</source>
        <translation>تعذّر فتح {file}: {problems}، مدرجة أدناه. يُفتح تلقائياً حين يُصلَح الملف ويُحفظ؛ F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>Showing {file} as it was last read without errors ({title}): the file now has {problems}. It reloads by itself once the file is fixed and saved; F5 tries again.</source>
        <translation>يُعرض {file} كما قُرئ آخر مرة دون أخطاء ({title}): في الملف الآن {problems}. يُعاد تحميله تلقائياً حين يُصلَح ويُحفظ؛ F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>Showing the previous file, {previous} ({title}): {file} could not be opened ({problems}). It opens by itself once the file is fixed and saved; F5 tries again.</source>
        <translation>يُعرض الملف السابق، {previous} ({title}): تعذّر فتح {file} ({problems}). يُفتح تلقائياً حين يُصلَح الملف ويُحفظ؛ F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {problems}. F5 tries again.</source>
        <translation>تعذّر فتح {file}: {problems}. F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>Showing {file} as it was last read ({title}): it cannot be read now: {problems}. F5 tries again.</source>
        <translation>يُعرض {file} كما قُرئ آخر مرة ({title}): تتعذّر قراءته الآن: {problems}. F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>Showing the previous file, {previous} ({title}): {file} could not be opened: {problems}. F5 tries again.</source>
        <translation>يُعرض الملف السابق، {previous} ({title}): تعذّر فتح {file}: {problems}. F5 يعيد المحاولة.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}، السطر {line}</translation>
    </message>
</context>
<context>
    <name>Firmness</name>
    <message>
        <source>alleged</source>
        <translation>مزعوم</translation>
    </message>
    <message>
        <source>The claimant says this actor was responsible.</source>
        <translation>تقول الجهة المصرّحة إن هذا الطرف مسؤول.</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>مشتبه به</translation>
    </message>
    <message>
        <source>The claimant hedges: suggested, suspected, possibly, apparently.</source>
        <translation>تتحفّظ الجهة المصرّحة: «يُرجَّح»، «يُشتبه»، «ربما»، «على ما يبدو».</translation>
    </message>
    <message>
        <source>implied</source>
        <translation>ضمني</translation>
    </message>
    <message>
        <source>The source does not name a perpetrator; the context points to this actor.</source>
        <translation>لا يسمّي المصدر مرتكباً؛ لكن السياق يشير إلى هذا الطرف.</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>مُتبنّى</translation>
    </message>
    <message>
        <source>The actor itself claimed responsibility.</source>
        <translation>تبنّى الطرف نفسه المسؤولية.</translation>
    </message>
    <message>
        <source>conceded</source>
        <translation>مُعترف به</translation>
    </message>
    <message>
        <source>The actor admitted responsibility when accused.</source>
        <translation>اعترف الطرف بالمسؤولية عندما اتُّهم.</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>The attribution is disputed or denied.</source>
        <translation>نسبة الفعل إليه موضع خلاف أو نفي.</translation>
    </message>
</context>
<context>
    <name>FormatGuide</name>
    <message>
        <source>The format guide is missing</source>
        <translation>دليل الصيغة مفقود</translation>
    </message>
    <message>
        <source>This installation of Factsheet lacks its guide ({reason}). It is `docs/format.md` in Factsheet&apos;s source.</source>
        <translation>ينقص هذا التثبيتَ من Factsheet دليلُه ({reason}). وهو الملف `docs/format.md` في مصدر Factsheet.</translation>
    </message>
    <message>
        <source>Format guide</source>
        <translation>دليل الصيغة</translation>
    </message>
    <message>
        <source>Writing incident files — Factsheet</source>
        <translation>كتابة ملفات الحوادث — Factsheet</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to where you were before the last link ({keys})</source>
        <translation>الرجوع إلى حيث كنت قبل آخر رابط ({keys})</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>البحث في الدليل (Enter: التالي، Shift+Enter: السابق)</translation>
    </message>
</context>
<context>
    <name>GoToProblem</name>
    <message>
        <source>Show the Line</source>
        <translation>عرض السطر</translation>
    </message>
    <message>
        <source>The file cannot be shown: {reason}.</source>
        <translation>لا يمكن عرض الملف: {reason}.</translation>
    </message>
</context>
<context>
    <name>Handling</name>
    <message>
        <source>May be shared without restriction.</source>
        <translation>يجوز تداوله دون قيود.</translation>
    </message>
    <message>
        <source>May be shared within the community, not publicly.</source>
        <translation>يجوز تداوله داخل المجتمع المعني، لا علناً.</translation>
    </message>
    <message>
        <source>Recipients&apos; organisations only, on a need-to-know basis.</source>
        <translation>لمؤسسات المستلمين فقط، وعلى أساس الحاجة إلى المعرفة.</translation>
    </message>
    <message>
        <source>Recipients&apos; organisation only.</source>
        <translation>لمؤسسة المستلم فقط.</translation>
    </message>
    <message>
        <source>Named recipients only; not to be passed on.</source>
        <translation>للمستلمين المسمَّين فقط؛ ولا يجوز تمريره إلى غيرهم.</translation>
    </message>
</context>
<context>
    <name>Independence</name>
    <message>
        <source>no source given</source>
        <extracomment>A claim that cites no source at all (the loader warns about it too).</extracomment>
        <translation>لم يُذكر مصدر</translation>
    </message>
    <message>
        <source>{relaying} ← {relayed}</source>
        <extracomment>A chain of relays, the source read first: &apos;[4] ← [3]&apos; is [4] repeating [3].</extracomment>
        <translation>{relaying} عن {relayed}</translation>
    </message>
    <message>
        <source>via {chains}; {unread} not consulted directly</source>
        <translation>عبر {chains}؛ لم يُطّلع على {unread} مباشرة</translation>
    </message>
    <message>
        <source>via {sources}, not consulted directly — {count}</source>
        <translation>عبر {sources}، لم يُطّلع عليه مباشرة — {count}</translation>
    </message>
    <message>
        <source>via {own}, published by a claimant, and {relaying}, relayed — no independent source</source>
        <translation>عبر {own}، من إحدى الجهات المصرّحة، و{relaying}، منقول — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>via {own}, published by the claimant, and {relaying}, relayed — no independent source</source>
        <translation>عبر {own}، من الجهة المصرّحة، و{relaying}، منقول — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>via {sources}, published by a claimant — no independent source</source>
        <translation>عبر {sources}، من إحدى الجهات المصرّحة — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>via {sources}, published by the claimant — no independent source</source>
        <translation>عبر {sources}، من الجهة المصرّحة — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>via {sources}, relayed — no independent source</source>
        <translation>عبر {sources}، منقول — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>{route} — no independent source</source>
        <extracomment>After chain_words: the chain of relays, then why none of it is independent.</extracomment>
        <translation>{route} — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>via {sources}, not consulted directly — no independent source</source>
        <translation>عبر {sources}، لم يُطّلع عليه مباشرة — لا مصدر مستقلاً</translation>
    </message>
    <message>
        <source>claimant&apos;s own</source>
        <extracomment>A chart row&apos;s mark: only the claimant&apos;s own publication carries the figure.</extracomment>
        <translation>من الجهة نفسها</translation>
    </message>
    <message>
        <source>relayed</source>
        <extracomment>A chart row&apos;s mark: only sources repeating what the claimant published carry the figure.</extracomment>
        <translation>منقول</translation>
    </message>
    <message>
        <source>not consulted</source>
        <extracomment>A chart row&apos;s mark: no source of the figure was read directly.</extracomment>
        <translation>لم يُطّلع عليه</translation>
    </message>
    <message numerus="yes">
        <source>%n independent</source>
        <extracomment>A chart row&apos;s mark: how many sources independent of the claimant carry the figure.</extracomment>
        <translation>
            <numerusform>لا مستقل</numerusform>
            <numerusform>مستقل واحد</numerusform>
            <numerusform>مستقلان</numerusform>
            <numerusform>%n مستقلة</numerusform>
            <numerusform>%n مستقلاً</numerusform>
            <numerusform>%n مستقل</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{mark}&apos;</source>
        <extracomment>A chart mark quoted in the caption&apos;s explanation of it.</extracomment>
        <translation>«{mark}»</translation>
    </message>
    <message>
        <source>{marks}: no source independent of the claimant</source>
        <translation>{marks}: لا مصدر مستقلاً عن الجهة المصرّحة</translation>
    </message>
    <message>
        <source>{example}: sources independent of the claimant</source>
        <translation>{example}: مصادر مستقلة عن الجهة المصرّحة</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;Digits (١٢٣)</source>
        <translation>&amp;الأرقام الهندية (١٢٣)</translation>
    </message>
    <message>
        <source>Write the program&apos;s own numbers and dates in Arabic-Indic digits; figures and text from the incident file stay as written.</source>
        <translation>كتابة أرقام البرنامج وتواريخه بالأرقام الهندية (١٢٣)؛ أما الأرقام والنصوص الواردة في ملف الحادثة فتبقى كما كُتبت.</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Incident files</source>
        <translation>ملفات الحوادث</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>تقدّم الفهرسة</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show the incident in the tabs (Enter, or double-click)</source>
        <translation>عرض الحادثة في الألسنة (Enter، أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;تصدير المحدد…</translation>
    </message>
    <message>
        <source>&amp;Print Selected…</source>
        <translation>&amp;طباعة المحدد…</translation>
    </message>
    <message>
        <source>Reading {files}…</source>
        <translation>جارٍ قراءة {files}…</translation>
    </message>
    <message>
        <source>Reading {done} of {files}…</source>
        <translation>جارٍ قراءة {done} من أصل {files}…</translation>
    </message>
    <message>
        <source>Indexing stopped: {message}</source>
        <translation>توقفت الفهرسة: {message}</translation>
    </message>
    <message>
        <source>{count} with errors (listed with the first one)</source>
        <translation>{count} فيها أخطاء (مع أولها)</translation>
    </message>
    <message>
        <source>{field}: expected {hint}</source>
        <translation>{field}: المتوقع {hint}</translation>
    </message>
</context>
<context>
    <name>LibraryColumns</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Arabic title</source>
        <translation>العنوان العربي</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>المرتكبون</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>الجهات المصرّحة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>{words} ({date})</source>
        <comment>a date in words, then as written</comment>
        <translation>{words} ({date})</translation>
    </message>
    <message numerus="yes">
        <source>and %n more figure(s) (in the tooltip)</source>
        <translation>
            <numerusform>(في التلميح)</numerusform>
            <numerusform>ورقم آخر (في التلميح)</numerusform>
            <numerusform>ورقمان آخران (في التلميح)</numerusform>
            <numerusform>و%n أرقام أخرى (في التلميح)</numerusform>
            <numerusform>و%n رقماً آخر (في التلميح)</numerusform>
            <numerusform>و%n رقم آخر (في التلميح)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryFilters</name>
    <message>
        <source>a year, month or day: 2017, 2017-10, 2017-10-21, October 2017 or 21 October 2017</source>
        <translation>سنة أو شهر أو يوم: 2017 أو 2017-10 أو 2017-10-21 أو تشرين الأول 2017 أو 21 تشرين الأول 2017</translation>
    </message>
    <message>
        <source>Not a date this filter can read: {text}. It expects {hint}; until then it filters nothing.</source>
        <translation>ليس تاريخاً يقرؤه عامل التصفية هذا: {text}. المتوقع {hint}؛ وإلى أن يُكتب كذلك لا يصفّي شيئاً.</translation>
    </message>
    <message>
        <source>Search every file: titles, summaries, quotes, notes, names, places, sources…</source>
        <translation>البحث في كل الملفات: العناوين، الملخصات، الاقتباسات، الملاحظات، الأسماء، الأماكن، المصادر…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date filter</comment>
        <translation>من</translation>
    </message>
    <message>
        <source>Incidents from this date on: {hint}</source>
        <translation>الحوادث من هذا التاريخ فصاعداً: {hint}</translation>
    </message>
    <message>
        <source>To</source>
        <comment>a date filter</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Incidents up to this date: {hint}</source>
        <translation>الحوادث حتى هذا التاريخ: {hint}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>A place name, in any script or spelling given</source>
        <translation>اسم مكان، بأي كتابة أو تهجئة واردة</translation>
    </message>
    <message>
        <source>Actor (any role)</source>
        <translation>طرف (أي دور)</translation>
    </message>
    <message>
        <source>Any actor named in the file</source>
        <translation>أي طرف مذكور في الملف</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>الجهة المصرّحة</translation>
    </message>
    <message>
        <source>An actor that gives a figure</source>
        <translation>طرف يذكر رقماً</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Any handling</source>
        <translation>أي تداول</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>دون علامة</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>LibraryMenu</name>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>فتح &amp;مجلد…</translation>
    </message>
    <message>
        <source>Open Recent F&amp;older</source>
        <translation>&amp;المجلدات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <source>The files of the open folder (Ctrl+L)</source>
        <translation>ملفات المجلد المفتوح (Ctrl+L)</translation>
    </message>
    <message>
        <source>◀ Back to Library</source>
        <translation>▶ العودة إلى المكتبة</translation>
    </message>
    <message>
        <source>Back to the folder&apos;s list of incidents (Ctrl+L)</source>
        <translation>العودة إلى قائمة حوادث المجلد (Ctrl+L)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>لا مجلدات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation>&amp;مسح المجلدات الأخيرة</translation>
    </message>
    <message>
        <source>{folder} is not a folder (or is gone).</source>
        <translation>{folder} ليس مجلداً (أو لم يعد موجوداً).</translation>
    </message>
    <message>
        <source>Exported {written} of {incidents} into {folder}.</source>
        <translation>صُدّر {written} من أصل {incidents} إلى {folder}.</translation>
    </message>
    <message>
        <source>Sent {sheets} to print.</source>
        <translation>أُرسلت {sheets} إلى الطباعة.</translation>
    </message>
</context>
<context>
    <name>LibrarySummary</name>
    <message>
        <source>{errors} — {first}</source>
        <comment>3 errors — the first of them</comment>
        <translation>{errors} — {first}</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>a file without problems</comment>
        <translation>سليم</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Loading progress</source>
        <translation>تقدّم التحميل</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>جارٍ قراءة الملف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop opening this file (Esc)</source>
        <translation>إيقاف فتح هذا الملف (Esc)</translation>
    </message>
</context>
<context>
    <name>LocationPrecision</name>
    <message>
        <source>exact location</source>
        <translation>موقع دقيق</translation>
    </message>
    <message>
        <source>A site known to within about 100 m.</source>
        <translation>موقع معروف بدقة تقارب 100 متر.</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>حي</translation>
    </message>
    <message>
        <source>A part of a town.</source>
        <translation>جزء من مدينة أو بلدة.</translation>
    </message>
    <message>
        <source>town or village</source>
        <translation>بلدة أو قرية</translation>
    </message>
    <message>
        <source>Somewhere in or near the named town.</source>
        <translation>مكان ما في البلدة المذكورة أو قربها.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>Somewhere in the district.</source>
        <translation>مكان ما في المنطقة الإدارية.</translation>
    </message>
    <message>
        <source>governorate or province</source>
        <translation>محافظة أو إقليم</translation>
    </message>
    <message>
        <source>Somewhere in the first-level region.</source>
        <translation>مكان ما في وحدة التقسيم الإداري الأولى.</translation>
    </message>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>Only the country is known.</source>
        <translation>لا يُعرف سوى البلد.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>The source does not say where.</source>
        <translation>لا يذكر المصدر المكان.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Back to where you were ({keys})</source>
        <translation>الرجوع إلى حيث كنت ({keys})</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدّم</translation>
    </message>
    <message>
        <source>Forward again ({keys})</source>
        <translation>التقدّم من جديد ({keys})</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Navigation</source>
        <comment>the toolbar of Back and Forward</comment>
        <translation>التنقّل</translation>
    </message>
</context>
<context>
    <name>NewIncident</name>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Factsheet {reason}.</source>
        <comment>reason: cannot create x.yaml: …</comment>
        <translation>تعذّر إنشاء ملف الحادثة الجديدة (Factsheet {reason}).</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>{first}; also {others}</source>
        <comment>a date, then the other dates sources give</comment>
        <translation>{first}؛ وأيضاً {others}</translation>
    </message>
    <message>
        <source>Sources date {event} differently: {dates}.</source>
        <translation>تختلف المصادر في تاريخ {event}: {dates}.</translation>
    </message>
    <message>
        <source>claimed {date}</source>
        <translation>صُرّح به {date}</translation>
    </message>
    <message>
        <source>Dates known only approximately, with doubt, or from one end: {items}.</source>
        <translation>تواريخ لا تُعرف إلا تقريباً أو مع شك أو من طرف واحد: {items}.</translation>
    </message>
    <message>
        <source>{claims} reports casualties without a figure: the reported figures list it as unquantified.</source>
        <translation>يذكر {claims} وقوع ضحايا دون رقم: تدرجه الأرقام المذكورة على أنه دون رقم.</translation>
    </message>
    <message>
        <source>{claims} report casualties without a figure: the reported figures list them as unquantified.</source>
        <translation>تذكر {claims} وقوع ضحايا دون رقم: تدرجها الأرقام المذكورة على أنها دون رقم.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n source(s) was not consulted directly and is known only through another source: {sources}.</source>
        <translation>
            <numerusform>{count} من أصل لا مصادر لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدر واحد لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدرين لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصادر لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدراً لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدر لم يُطّلع عليه مباشرة ولا يُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n source(s) were not consulted directly and are known only through another source: {sources}.</source>
        <translation>
            <numerusform>{count} من أصل لا مصادر لم يُطّلع عليها مباشرة ولا تُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدر واحد لم يُطّلع عليها مباشرة ولا تُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدرين لم يُطّلع عليهما مباشرة ولا يُعرفان إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصادر لم يُطّلع عليها مباشرة ولا تُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدراً لم يُطّلع عليها مباشرة ولا تُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدر لم يُطّلع عليها مباشرة ولا تُعرف إلا عبر مصدر آخر: {sources}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n source(s) was not consulted directly, and the record does not say through which source it is known: {sources}.</source>
        <translation>
            <numerusform>{count} من أصل لا مصادر لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدر واحد لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدرين لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصادر لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدراً لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدر لم يُطّلع عليه مباشرة، ولا يذكر السجل عبر أي مصدر عُرف: {sources}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n source(s) were not consulted directly, and the record does not say through which sources they are known: {sources}.</source>
        <translation>
            <numerusform>{count} من أصل لا مصادر لم يُطّلع عليها مباشرة، ولا يذكر السجل عبر أي مصادر عُرفت: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدر واحد لم يُطّلع عليها مباشرة، ولا يذكر السجل عبر أي مصادر عُرفت: {sources}.</numerusform>
            <numerusform>{count} من أصل مصدرين لم يُطّلع عليهما مباشرة، ولا يذكر السجل عبر أي مصدرين عُرفا: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصادر لم يُطّلع عليها مباشرة، ولا يذكر السجل عبر أي مصادر عُرفت: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدراً لم يُطّلع عليها مباشرة، ولا يذكر السجل عبر أي مصادر عُرفت: {sources}.</numerusform>
            <numerusform>{count} من أصل %n مصدر لم يُطّلع عليها مباشرة، ولا يذكر السجل عبر أي مصادر عُرفت: {sources}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{items} and %n more</source>
        <translation>
            <numerusform>{items}</numerusform>
            <numerusform>{items} وعنصر آخر</numerusform>
            <numerusform>{items} وعنصران آخران</numerusform>
            <numerusform>{items} و%n عناصر أخرى</numerusform>
            <numerusform>{items} و%n عنصراً آخر</numerusform>
            <numerusform>{items} و%n عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>السطر {line}</translation>
    </message>
    <message>
        <source>event {item}</source>
        <translation>الحدث {item}</translation>
    </message>
    <message>
        <source>claim {item}</source>
        <translation>الادعاء {item}</translation>
    </message>
    <message>
        <source>actor {item}</source>
        <translation>الطرف {item}</translation>
    </message>
    <message>
        <source>source {item}</source>
        <translation>المصدر {item}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <source>Deaths.</source>
        <translation>الوفيات.</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>جرحى</translation>
    </message>
    <message>
        <source>People wounded.</source>
        <translation>أشخاص أُصيبوا بجروح.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>People whose fate is unknown.</source>
        <translation>أشخاص مجهولو المصير.</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>معتقلون</translation>
    </message>
    <message>
        <source>People held by an authority.</source>
        <translation>أشخاص تحتجزهم سلطة ما.</translation>
    </message>
    <message>
        <source>abducted</source>
        <translation>مختطفون</translation>
    </message>
    <message>
        <source>People taken by a non-state actor.</source>
        <translation>أشخاص اختطفتهم جهة من غير الدول.</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>نازحون</translation>
    </message>
    <message>
        <source>People who fled or were expelled.</source>
        <translation>أشخاص فرّوا أو هُجّروا.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>to the day</source>
        <translation>باليوم</translation>
    </message>
    <message>
        <source>to the month</source>
        <translation>بالشهر</translation>
    </message>
    <message>
        <source>to the season</source>
        <translation>بالفصل</translation>
    </message>
    <message>
        <source>to the year</source>
        <translation>بالسنة</translation>
    </message>
    <message>
        <source>to the decade</source>
        <translation>بالعقد</translation>
    </message>
    <message>
        <source>to the century</source>
        <translation>بالقرن</translation>
    </message>
    <message>
        <source>a span of dates</source>
        <translation>فترة زمنية</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>Each figure is one claim&apos;s, as reported, with its claimant; claimants separated by semicolons made separate claims. Figures are never added together; claims blaming different actors are shown apart, and a part of another claim says so.</source>
        <translation>كل رقم هو رقم ادعاء واحد كما ورد، مع الجهة المصرّحة به؛ والجهات المفصولة بفاصلة منقوطة أدلت بادعاءات منفصلة. لا تُجمع الأرقام أبداً؛ وتُعرض الادعاءات التي تنسب المسؤولية إلى أطراف مختلفة منفصلةً، ويُذكر ما كان جزءاً من ادعاء آخر.</translation>
    </message>
    <message>
        <source>No claim in this file gives a figure.</source>
        <translation>لا يذكر أي ادعاء في هذا الملف رقماً.</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Also written: {names}</source>
        <translation>يُكتب أيضاً: {names}</translation>
    </message>
    <message>
        <source>No data notes: no warnings, conflicting or uncertain dates, unquantified claims or sources known only at second hand.</source>
        <translation>لا ملاحظات على البيانات: لا تحذيرات، ولا تواريخ متعارضة أو غير مؤكدة، ولا ادعاءات دون رقم، ولا مصادر معروفة بالواسطة فقط.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more: the problems list (View ▸ Problems and Warnings) has every warning, the Timeline every date.</source>
        <translation>
            <numerusform>…: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
            <numerusform>… وملاحظة أخرى: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
            <numerusform>… وملاحظتان أخريان: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
            <numerusform>… و%n ملاحظات أخرى: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
            <numerusform>… و%n ملاحظةً أخرى: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
            <numerusform>… و%n ملاحظة أخرى: قائمة المشكلات (عرض ◂ المشكلات والتحذيرات) فيها كل التحذيرات، والتسلسل الزمني فيه كل التواريخ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reported perpetrators</source>
        <translation>المرتكبون المذكورون</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>التداول</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>وثّقها</translation>
    </message>
    <message>
        <source>Reported figures</source>
        <translation>الأرقام المذكورة</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>ملاحظات على البيانات</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>No incident open. Use File ▸ Open… to open one.</source>
        <translation>لا حادثة مفتوحة. استخدم ملف ◂ فتح… لفتح واحدة.</translation>
    </message>
    <message>
        <source>Incident overview</source>
        <translation>نظرة عامة على الحادثة</translation>
    </message>
    <message>
        <source>Find in overview</source>
        <translation>البحث في النظرة العامة</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Find text in the overview ({keys})</source>
        <translation>البحث عن نص في النظرة العامة ({keys})</translation>
    </message>
    <message>
        <source>{file} could not be opened, so no incident is shown. Its problems are listed under the tabs (View ▸ Problems and Warnings).</source>
        <translation>تعذّر فتح {file}، فلا حادثة معروضة. مشكلاته مدرجة في القائمة أسفل النافذة (عرض ◂ المشكلات والتحذيرات).</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثاً</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>لا أطراف</numerusform>
            <numerusform>طرف واحد</numerusform>
            <numerusform>طرفان</numerusform>
            <numerusform>%n أطراف</numerusform>
            <numerusform>%n طرفاً</numerusform>
            <numerusform>%n طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدراً</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تحذيرات</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيراً</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>لا علاقات</numerusform>
            <numerusform>علاقة واحدة</numerusform>
            <numerusform>علاقتان</numerusform>
            <numerusform>%n علاقات</numerusform>
            <numerusform>%n علاقةً</numerusform>
            <numerusform>%n علاقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>لا مصادر مستقلة</numerusform>
            <numerusform>مصدر مستقل واحد</numerusform>
            <numerusform>مصدران مستقلان</numerusform>
            <numerusform>%n مصادر مستقلة</numerusform>
            <numerusform>%n مصدراً مستقلاً</numerusform>
            <numerusform>%n مصدر مستقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفاً</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثةً</numerusform>
            <numerusform>%n حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact sheet(s)</source>
        <translation>
            <numerusform>لا أوراق حقائق</numerusform>
            <numerusform>ورقة حقائق واحدة</numerusform>
            <numerusform>ورقتا حقائق</numerusform>
            <numerusform>%n أوراق حقائق</numerusform>
            <numerusform>%n ورقةَ حقائق</numerusform>
            <numerusform>%n ورقة حقائق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <extracomment>&quot;3 of 17 actors&quot;: the noun agrees with the total, as Arabic&apos;s does too.</extracomment>
        <translation>
            <numerusform>{shown} من أصل %n</numerusform>
            <numerusform>{shown} من أصل حدث واحد</numerusform>
            <numerusform>{shown} من أصل حدثين</numerusform>
            <numerusform>{shown} من أصل %n أحداث</numerusform>
            <numerusform>{shown} من أصل %n حدثاً</numerusform>
            <numerusform>{shown} من أصل %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n claim(s)</source>
        <translation>
            <numerusform>{shown} من أصل %n</numerusform>
            <numerusform>{shown} من أصل ادعاء واحد</numerusform>
            <numerusform>{shown} من أصل ادعاءين</numerusform>
            <numerusform>{shown} من أصل %n ادعاءات</numerusform>
            <numerusform>{shown} من أصل %n ادعاءً</numerusform>
            <numerusform>{shown} من أصل %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n actor(s)</source>
        <translation>
            <numerusform>{shown} من أصل %n</numerusform>
            <numerusform>{shown} من أصل طرف واحد</numerusform>
            <numerusform>{shown} من أصل طرفين</numerusform>
            <numerusform>{shown} من أصل %n أطراف</numerusform>
            <numerusform>{shown} من أصل %n طرفاً</numerusform>
            <numerusform>{shown} من أصل %n طرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n source(s)</source>
        <translation>
            <numerusform>{shown} من أصل %n</numerusform>
            <numerusform>{shown} من أصل مصدر واحد</numerusform>
            <numerusform>{shown} من أصل مصدرين</numerusform>
            <numerusform>{shown} من أصل %n مصادر</numerusform>
            <numerusform>{shown} من أصل %n مصدراً</numerusform>
            <numerusform>{shown} من أصل %n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n file(s)</source>
        <translation>
            <numerusform>{shown} من أصل %n</numerusform>
            <numerusform>{shown} من أصل ملف واحد</numerusform>
            <numerusform>{shown} من أصل ملفين</numerusform>
            <numerusform>{shown} من أصل %n ملفات</numerusform>
            <numerusform>{shown} من أصل %n ملفاً</numerusform>
            <numerusform>{shown} من أصل %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>The sheet could not be printed: {reason}</source>
        <translation>تعذّرت طباعة الورقة: {reason}</translation>
    </message>
    <message>
        <source>Print preview — {file}</source>
        <translation>معاينة الطباعة — {file}</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>ورقة الحقائق</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Print fact sheet</source>
        <translation>طباعة ورقة الحقائق</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>تعذّرت كتابة {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Problems in the incident file</source>
        <translation>المشكلات في ملف الحادثة</translation>
    </message>
    <message>
        <source>The current problem in full</source>
        <translation>المشكلة الحالية كاملةً</translation>
    </message>
    <message>
        <source>O&amp;pen in Editor</source>
        <translation>&amp;فتح في المحرر</translation>
    </message>
    <message>
        <source>Open the file in your editor at the current problem&apos;s line (Edit ▸ External Editor… chooses the editor)</source>
        <translation>فتح الملف في محررك عند سطر المشكلة الحالية (تحرير ◂ المحرر الخارجي… يحدد المحرر)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected problems (or all) as text</source>
        <translation>نسخ المشكلات المحددة (أو كلها) نصاً</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;إخفاء</translation>
    </message>
    <message>
        <source>Hide this list (View ▸ Problems and Warnings shows it again)</source>
        <translation>إخفاء هذه القائمة (عرض ◂ المشكلات والتحذيرات يعيد إظهارها)</translation>
    </message>
    <message>
        <source>&amp;Go to It</source>
        <translation>&amp;الانتقال إليها</translation>
    </message>
    <message>
        <source>Show the &amp;Line</source>
        <translation>&amp;عرض السطر</translation>
    </message>
    <message>
        <source>Open in &amp;Editor at Line</source>
        <translation>&amp;فتح في المحرر عند السطر</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <source>exactly</source>
        <translation>بالضبط</translation>
    </message>
    <message>
        <source>The source gives the figure without qualification.</source>
        <translation>يذكر المصدر الرقم دون تحفّظ.</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>A floor: the true figure may be higher.</source>
        <translation>حدّ أدنى: قد يكون الرقم الحقيقي أعلى.</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <source>A ceiling: the true figure may be lower.</source>
        <translation>حدّ أعلى: قد يكون الرقم الحقيقي أدنى.</translation>
    </message>
    <message>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>An approximation (&quot;some&quot;, &quot;around&quot;).</source>
        <translation>رقم تقريبي («نحو»، «حوالي»).</translation>
    </message>
    <message>
        <source>between</source>
        <translation>بين</translation>
    </message>
    <message>
        <source>The source gives a lowest and a highest figure.</source>
        <translation>يذكر المصدر رقماً أدنى ورقماً أعلى.</translation>
    </message>
    <message>
        <source>unquantified</source>
        <translation>دون رقم</translation>
    </message>
    <message>
        <source>The source reports casualties without a figure.</source>
        <translation>يذكر المصدر وقوع ضحايا دون أن يذكر عددهم.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Factsheet failed unexpectedly while reading this file; the details are in Factsheet&apos;s log file</source>
        <translation>أخفق Factsheet على نحو غير متوقع أثناء قراءة هذا الملف؛ التفاصيل في ملف سجل Factsheet</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;أحدث الملفات</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;مسح الملفات الأخيرة</translation>
    </message>
</context>
<context>
    <name>RelationType</name>
    <message>
        <source>backed by</source>
        <translation>مدعوم من</translation>
    </message>
    <message>
        <source>Receives military, financial or political support from.</source>
        <translation>يتلقى دعماً عسكرياً أو مالياً أو سياسياً من.</translation>
    </message>
    <message>
        <source>allied with</source>
        <translation>متحالف مع</translation>
    </message>
    <message>
        <source>Fights or acts alongside.</source>
        <translation>يقاتل أو يعمل إلى جانب.</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Is a unit or member of a larger actor.</source>
        <translation>وحدة أو عضو في طرف أكبر.</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>يقود</translation>
    </message>
    <message>
        <source>Heads or directs.</source>
        <translation>يرأس أو يدير.</translation>
    </message>
    <message>
        <source>works for</source>
        <translation>يعمل لدى</translation>
    </message>
    <message>
        <source>Is employed by or reports for.</source>
        <translation>موظف لدى أو يعدّ التقارير لصالح.</translation>
    </message>
    <message>
        <source>run by</source>
        <translation>يخضع لإدارة</translation>
    </message>
    <message>
        <source>Is controlled or operated by.</source>
        <translation>يخضع لسيطرة أو إدارة.</translation>
    </message>
    <message>
        <source>opposed to</source>
        <translation>مناهض لـ</translation>
    </message>
    <message>
        <source>Fights or opposes.</source>
        <translation>يقاتل أو يعارض.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>Completely reliable</source>
        <translation>موثوق تماماً</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>موثوق عادةً</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>موثوق إلى حد ما</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>غير موثوق عادةً</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>غير موثوق</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>لا يمكن الحكم على موثوقيته</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>perpetrator</source>
        <translation>مرتكب</translation>
    </message>
    <message>
        <source>Carried out the act, as the source states it.</source>
        <translation>نفّذ الفعل، بحسب ما يذكر المصدر.</translation>
    </message>
    <message>
        <source>alleged perpetrator</source>
        <translation>مرتكب مزعوم</translation>
    </message>
    <message>
        <source>Said by someone to have carried it out.</source>
        <translation>يقول طرفٌ ما إنه نفّذ الفعل.</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>ضحية</translation>
    </message>
    <message>
        <source>Killed, injured or otherwise harmed.</source>
        <translation>قُتل أو أُصيب أو لحق به أذى آخر.</translation>
    </message>
    <message>
        <source>affected</source>
        <translation>متضرر</translation>
    </message>
    <message>
        <source>Displaced or otherwise affected, not directly harmed.</source>
        <translation>نزح أو تضرر بطريقة أخرى، دون أن يلحق به أذى مباشر.</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>جهة مصرّحة</translation>
    </message>
    <message>
        <source>Made a statement or figure about the event.</source>
        <translation>أدلى ببيان أو رقم بشأن الحدث.</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Saw or heard the event.</source>
        <translation>رأى الحدث أو سمعه.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Took part (for example, in fighting).</source>
        <translation>شارك فيه (في القتال مثلاً).</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>داعم</translation>
    </message>
    <message>
        <source>Backed a participant.</source>
        <translation>دعم أحد المشاركين.</translation>
    </message>
    <message>
        <source>accuser</source>
        <translation>متّهِم</translation>
    </message>
    <message>
        <source>Accused another actor.</source>
        <translation>اتّهم طرفاً آخر.</translation>
    </message>
    <message>
        <source>accused</source>
        <translation>متّهَم</translation>
    </message>
    <message>
        <source>Was accused by another actor.</source>
        <translation>اتّهمه طرف آخر.</translation>
    </message>
    <message>
        <source>spokesperson</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <source>Spoke for an actor.</source>
        <translation>تحدّث باسم أحد الأطراف.</translation>
    </message>
</context>
<context>
    <name>SheetAnnex</name>
    <message>
        <source>Annex B — Timeline</source>
        <translation>الملحق ب — التسلسل الزمني</translation>
    </message>
    <message>
        <source>This record holds no timeline.</source>
        <translation>لا تسلسل زمنياً في هذا السجل.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no source cited</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>also dated {date}</source>
        <translation>وأُرّخ أيضاً {date}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Annex C — Actors</source>
        <translation>الملحق ج — الأطراف</translation>
    </message>
    <message>
        <source>This record names no actors.</source>
        <translation>لا يسمّي هذا السجل أي طرف.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>يُعرف أيضاً باسم</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>ملاحظات على البيانات</translation>
    </message>
    <message>
        <source>Annex D — Data notes</source>
        <translation>الملحق د — ملاحظات على البيانات</translation>
    </message>
    <message>
        <source>No data notes: no conflicting or doubtful dates, no unquantified claims.</source>
        <translation>لا ملاحظات على البيانات: لا تواريخ متعارضة أو مشكوك فيها، ولا ادعاءات دون رقم.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more data note(s): the full dossier gives every one.</source>
        <translation>
            <numerusform>…: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… وملاحظة أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… وملاحظتان أخريان: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n ملاحظات أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n ملاحظةً أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n ملاحظة أخرى: الملف الكامل يذكرها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{publisher}, by {author}</source>
        <translation>{publisher}، بقلم {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>نُشر {date}</translation>
    </message>
    <message>
        <source>URL: {address}</source>
        <translation>الرابط: {address}</translation>
    </message>
    <message>
        <source>Archived copy: {address}</source>
        <translation>نسخة مؤرشفة: {address}</translation>
    </message>
    <message>
        <source>Accessed {date}</source>
        <translation>اطُّلع عليه {date}</translation>
    </message>
    <message>
        <source>Reliability {grade} — {meaning}</source>
        <translation>الموثوقية {grade} — {meaning}</translation>
    </message>
    <message>
        <source>Not consulted directly</source>
        <translation>لم يُطّلع عليه مباشرة</translation>
    </message>
    <message>
        <source>{not_consulted} — known through {sources}</source>
        <translation>{not_consulted} — معروف عبر {sources}</translation>
    </message>
    <message>
        <source>Repeats {sources}</source>
        <translation>يكرّر {sources}</translation>
    </message>
    <message>
        <source>{parts}.</source>
        <comment>a source&apos;s particulars, one sentence</comment>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>. </source>
        <comment>between a source&apos;s particulars</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Annex E — Sources</source>
        <translation>الملحق هـ — المصادر</translation>
    </message>
    <message>
        <source>This record lists no sources.</source>
        <translation>لا يذكر هذا السجل أي مصدر.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Annex F — Method and definitions</source>
        <translation>الملحق و — المنهج والتعريفات</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>المآل</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>التحفّظ على الرقم</translation>
    </message>
    <message>
        <source>counting basis</source>
        <translation>أساس العدّ</translation>
    </message>
    <message>
        <source>victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>نسبة المسؤولية</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>source reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Every figure on this sheet is one claim&apos;s, as a source reported it, with the claimant&apos;s qualifier, counting basis and date; a claim several claimants make together names them all (“X and Y”), claimants of separate claims stating the same figure are separated by semicolons. Figures are never added, averaged or merged. The reported figures list every figure for each outcome and attribution, lowest first, unquantified ones last; a claim is only ever listed or drawn under the attribution it makes itself: a part of another claim is drawn under it when it blames the same actors, and otherwise under its own attribution, marked “part of” that claim. A source is independent of a claim when someone other than its claimants published it and it does not merely repeat, directly or through other sources, what a claimant published; independent sources are counted once per publisher. Dates are written in words with their precision: “about” marks an approximate date, “possibly” an uncertain one, “by” and “onwards” a date known from one end only.</source>
        <translation>كل رقم في هذه الورقة هو رقم ادعاء واحد كما أورده مصدر، مع تحفّظ الجهة المصرّحة وأساس العدّ والتاريخ؛ والادعاء الذي تدلي به عدة جهات معاً يسمّيها كلها («س وص»)، أما الجهات التي تذكر الرقم نفسه في ادعاءات منفصلة فتفصل بينها فاصلة منقوطة. لا تُجمع الأرقام أبداً ولا يؤخذ متوسطها ولا تُدمج. تسرد الأرقام المذكورة كل رقم لكل مآل ونسبة مسؤولية، من الأدنى إلى الأعلى، وما كان دون رقم في الآخر؛ ولا يُدرج ادعاء أو يُرسم إلا تحت نسبة المسؤولية التي يذكرها هو نفسه: يُرسم الجزء من ادعاء آخر تحته إن نسب المسؤولية إلى الأطراف نفسها، وإلا فتحت نسبته هو، مع الإشارة إلى أنه «جزء من» ذلك الادعاء. يكون المصدر مستقلاً عن ادعاء إذا نشره طرف غير الجهات المصرّحة به ولم يكتفِ بتكرار ما نشرته إحداها، مباشرة أو عبر مصادر أخرى؛ وتُعدّ المصادر المستقلة مرة واحدة لكل ناشر. تُكتب التواريخ بالكلمات مع درجة دقتها: «نحو» لتاريخ تقريبي، و«ربما» لتاريخ غير مؤكد، و«بحلول» و«ابتداءً من» لتاريخ لا يُعرف إلا أحد طرفيه.</translation>
    </message>
    <message>
        <source>{provenance} Made from the file {file} ({size} bytes, SHA-256 {sha256}) on {stamp} by Factsheet {version}, incident format version {format}. To check that a copy of the file is the one this sheet was made from, compute its SHA-256 (for example {linux} on Linux, {macos} on macOS, {windows} on Windows) and compare.</source>
        <translation>{provenance} أُعدّت من الملف {file} ({size} بايت، SHA-256 {sha256}) في {stamp} بواسطة Factsheet {version}، بإصدار صيغة الحوادث {format}. للتحقق من أن نسخةً من الملف هي التي أُعدّت منها هذه الورقة، احسب قيمة SHA-256 لها (مثلاً {linux} على Linux، و{macos} على macOS، و{windows} على Windows) وقارن بينهما.</translation>
    </message>
    <message>
        <source>Provenance.</source>
        <translation>منشأ الورقة.</translation>
    </message>
</context>
<context>
    <name>SheetBrief</name>
    <message>
        <source>Main events</source>
        <translation>أبرز الأحداث</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no source cited</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>The full dossier&apos;s timeline has all {events}.</source>
        <translation>في التسلسل الزمني للملف الكامل {events} كلها.</translation>
    </message>
    <message>
        <source>The full dossier lists all {sources}.</source>
        <translation>يسرد الملف الكامل {sources} كلها.</translation>
    </message>
</context>
<context>
    <name>SheetHeadline</name>
    <message>
        <source>Figures are given as each claimant reported them, with the claimant&apos;s own qualifier, counting basis and date. They have not been independently verified by the compiler of this sheet, may be revised, and overlap: they are never added together or averaged. The highest figure is the highest reported, not an upper bound on the truth.</source>
        <translation>تُذكر الأرقام كما أوردتها كل جهة مصرّحة، بتحفّظها وأساس عدّها وتاريخها. لم يتحقق منها معدّ هذه الورقة تحققاً مستقلاً، وقد تُعدَّل، وهي متداخلة: لا تُجمع أبداً ولا يؤخذ متوسطها. وأعلى رقم هو أعلى ما ذُكر، لا حدٌّ أعلى للحقيقة.</translation>
    </message>
    <message>
        <source>Incident {id}</source>
        <translation>الحادثة {id}</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>حتى {date}</translation>
    </message>
    <message>
        <source>Status: {status} — {meaning}</source>
        <translation>الحالة: {status} — {meaning}</translation>
    </message>
    <message>
        <source>Handling: {marking} — {meaning}</source>
        <translation>التداول: {marking} — {meaning}</translation>
    </message>
    <message>
        <source>Recorded by {recorder}</source>
        <translation>وثّقها {recorder}</translation>
    </message>
    <message>
        <source>{label} {date} ({precision})</source>
        <comment>When: October 2017 (to the month)</comment>
        <translation>{label} {date} ({precision})</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>{date} — {words}</source>
        <comment>a date, then the source&apos;s words</comment>
        <translation>{date} — {words}</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>أين:</translation>
    </message>
    <message>
        <source>Reported perpetrators:</source>
        <translation>المرتكبون المذكورون:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>at {latitude}, {longitude}</source>
        <translation>عند {latitude}، {longitude}</translation>
    </message>
    <message>
        <source>also written {names}</source>
        <translation>ويُكتب أيضاً {names}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Reported figures</source>
        <translation>الأرقام المذكورة</translation>
    </message>
    <message>
        <source>No claim in this record gives a figure.</source>
        <translation>لا يذكر أي ادعاء في هذا السجل رقماً.</translation>
    </message>
    <message>
        <source>Reported {heading}</source>
        <comment>Reported killed — attributed to Daesh (alleged)</comment>
        <translation>{heading}</translation>
    </message>
    <message>
        <source>{heading}: {figures}</source>
        <comment>a line of figures under its heading</comment>
        <translation>{heading}: {figures}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s) of figures: the full dossier gives every one.</source>
        <translation>
            <numerusform>…: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… ومجموعة أرقام أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… ومجموعتا أرقام أخريان: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n مجموعات أرقام أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n مجموعةَ أرقام أخرى: الملف الكامل يذكرها كلها.</numerusform>
            <numerusform>… و%n مجموعة أرقام أخرى: الملف الكامل يذكرها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims chart is left out: this record has too many claims for one page.</source>
        <translation>أُغفل مخطط الادعاءات: في هذا السجل ادعاءات أكثر مما تتسع له صفحة واحدة.</translation>
    </message>
    <message>
        <source>part of {claim}</source>
        <translation>جزء من {claim}</translation>
    </message>
    <message>
        <source>revises {claim}</source>
        <translation>يعدّل {claim}</translation>
    </message>
    <message>
        <source>revises an earlier claim</source>
        <translation>يعدّل ادعاءً سابقاً</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no source cited</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>of which: {parts}</source>
        <translation>منها: {parts}</translation>
    </message>
    <message>
        <source>Figure as stated</source>
        <translation>الرقم كما ورد</translation>
    </message>
    <message>
        <source>Claimant, date</source>
        <translation>الجهة المصرّحة، التاريخ</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>منسوب إلى</translation>
    </message>
    <message>
        <source>From</source>
        <comment>where a figure comes from</comment>
        <translation>المصدر</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more top-level claim(s): the full dossier lists every claim.</source>
        <translation>
            <numerusform>…: الملف الكامل يسرد كل الادعاءات.</numerusform>
            <numerusform>… وادعاء رئيسي آخر: الملف الكامل يسرد كل الادعاءات.</numerusform>
            <numerusform>… وادعاءان رئيسيان آخران: الملف الكامل يسرد كل الادعاءات.</numerusform>
            <numerusform>… و%n ادعاءات رئيسية أخرى: الملف الكامل يسرد كل الادعاءات.</numerusform>
            <numerusform>… و%n ادعاءً رئيسياً آخر: الملف الكامل يسرد كل الادعاءات.</numerusform>
            <numerusform>… و%n ادعاء رئيسي آخر: الملف الكامل يسرد كل الادعاءات.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annex A — Claims, side by side</source>
        <extracomment>How firmly a claim blames where the brief adds the note on the attribution: the firm levels, where a name alone would overstate a note such as &quot;many, not all&quot;; the weaker ones (suspected, implied, contested) already say the blame is uncertain, and the brief has room for no more (the dossier prints every note).</extracomment>
        <translation>الملحق أ — الادعاءات جنباً إلى جنب</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>الجهة المصرّحة</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>أساس العدّ</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>تاريخ التصريح</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Sources: {independence}</source>
        <translation>المصادر: {independence}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>الفترة: {period}</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <source>On {actor}: {note}</source>
        <translation>عن {actor}: {note}</translation>
    </message>
    <message>
        <source>Credibility {grade} (1 confirmed … 6 cannot be judged)</source>
        <translation>المصداقية {grade} (1 مؤكد … 6 لا يمكن الحكم)</translation>
    </message>
    <message>
        <source>This record holds no casualty claims.</source>
        <translation>لا ادعاءات عن ضحايا في هذا السجل.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Page {page} of {pages} · printed {moment}</source>
        <translation>صفحة {page} من {pages} · طُبعت {moment}</translation>
    </message>
    <message>
        <source>{file} · SHA-256 {sha256} · format version {format} · Factsheet {version}</source>
        <translation>{file} · SHA-256 {sha256} · إصدار الصيغة {format} · Factsheet {version}</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>news report</source>
        <translation>تقرير إخباري</translation>
    </message>
    <message>
        <source>An article by a news outlet.</source>
        <translation>مقال صادر عن وسيلة إخبارية.</translation>
    </message>
    <message>
        <source>video report</source>
        <translation>تقرير مصوّر</translation>
    </message>
    <message>
        <source>A broadcast or video piece.</source>
        <translation>مادة مبثوثة أو مصوّرة.</translation>
    </message>
    <message>
        <source>monitor report</source>
        <translation>تقرير جهة رصد</translation>
    </message>
    <message>
        <source>A report or statement by a monitoring group.</source>
        <translation>تقرير أو بيان صادر عن جهة رصد.</translation>
    </message>
    <message>
        <source>NGO report</source>
        <translation>تقرير منظمة غير حكومية</translation>
    </message>
    <message>
        <source>A report by a non-governmental organisation.</source>
        <translation>تقرير صادر عن منظمة غير حكومية.</translation>
    </message>
    <message>
        <source>activist publication</source>
        <translation>منشور ناشطين</translation>
    </message>
    <message>
        <source>A post, list or statement by activists.</source>
        <translation>منشور أو قائمة أو بيان صادر عن ناشطين.</translation>
    </message>
    <message>
        <source>official statement</source>
        <translation>بيان رسمي</translation>
    </message>
    <message>
        <source>A statement by a government or armed actor.</source>
        <translation>بيان صادر عن حكومة أو طرف مسلح.</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>إعلام رسمي</translation>
    </message>
    <message>
        <source>An outlet run by a state or a party to the conflict.</source>
        <translation>وسيلة إعلام تديرها دولة أو طرف في النزاع.</translation>
    </message>
    <message>
        <source>social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>A post on a social network.</source>
        <translation>منشور على شبكة تواصل اجتماعي.</translation>
    </message>
    <message>
        <source>testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>A first-hand account taken by the recorder.</source>
        <translation>رواية مباشرة دوّنها الموثِّق.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Anything else; say what in the note.</source>
        <translation>أي نوع آخر؛ يُذكر ما هو في الملاحظة.</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>No.</source>
        <extracomment>The column of the sources&apos; note numbers ([4]).</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>اطُّلع عليه</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>ينقل عن</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>Source reliability, Admiralty grade A (reliable) to F (cannot be judged)</source>
        <translation>موثوقية المصدر بدرجات الأميرالية من A (موثوق) إلى F (لا يمكن الحكم)</translation>
    </message>
    <message>
        <source>nothing cites it</source>
        <translation>لا شيء يستشهد به</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>The recorder read this source.</source>
        <translation>اطّلع الموثِّق على هذا المصدر.</translation>
    </message>
    <message>
        <source>The recorder knows this source only through another one that relays it.</source>
        <translation>لا يعرف الموثِّق هذا المصدر إلا عبر مصدر آخر ينقل عنه.</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>consulted</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no, relayed</source>
        <translation>لا، منقول</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Filter sources: publisher, title, kind…</source>
        <translation>تصفية المصادر: الناشر، العنوان، النوع…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>تصفية المصادر</translation>
    </message>
    <message>
        <source>Select a source to see what it supports.</source>
        <translation>اختر مصدراً لترى ما يدعمه.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>developing</source>
        <translation>قيد التطور</translation>
    </message>
    <message>
        <source>Figures are still coming in and likely to change.</source>
        <translation>ما زالت الأرقام تَرِد ومن المرجح أن تتغير.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <source>The events are still happening.</source>
        <translation>ما زالت الأحداث جارية.</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>The events are over; figures may still be revised.</source>
        <translation>انتهت الأحداث؛ وقد تُعدَّل الأرقام لاحقاً.</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>The record is being checked.</source>
        <translation>يجري التحقق من السجل.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>متحقَّق منه</translation>
    </message>
    <message>
        <source>The recorder has checked the record against its sources.</source>
        <translation>تحقّق الموثِّق من السجل بمقارنته بمصادره.</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>Key facts are contested between sources.</source>
        <translation>الوقائع الأساسية موضع خلاف بين المصادر.</translation>
    </message>
</context>
<context>
    <name>TabTitles</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;تسلسل زمني</translation>
    </message>
    <message>
        <source>&amp;Claims by source</source>
        <translation>&amp;ادعاءات حسب المصدر</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;أطراف</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;مصادر</translation>
    </message>
    <message>
        <source>Incident views</source>
        <translation>عروض الحادثة</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>تواريخ أخرى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>الشهر فقط</translation>
    </message>
    <message>
        <source>season only</source>
        <translation>الفصل فقط</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>السنة فقط</translation>
    </message>
    <message>
        <source>decade only</source>
        <translation>العقد فقط</translation>
    </message>
    <message>
        <source>century only</source>
        <translation>القرن فقط</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>التاريخ غير معروف</translation>
    </message>
    <message>
        <source>↔ span, open start</source>
        <translation>↔ فترة، بدايتها مفتوحة</translation>
    </message>
    <message>
        <source>↔ span, open end</source>
        <translation>↔ فترة، نهايتها مفتوحة</translation>
    </message>
    <message>
        <source>↔ span</source>
        <translation>↔ فترة</translation>
    </message>
    <message>
        <source>~ approximate</source>
        <translation>~ تقريبي</translation>
    </message>
    <message>
        <source>? uncertain</source>
        <translation>؟ غير مؤكد</translation>
    </message>
    <message>
        <source>In the source&apos;s words: {words}</source>
        <translation>بعبارة المصدر: {words}</translation>
    </message>
    <message>
        <source>{actor} ({role})</source>
        <comment>an actor and its role in the event</comment>
        <translation>{actor} ({role})</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Filter events: words, places, actors, dates…</source>
        <translation>تصفية الأحداث: كلمات، أماكن، أطراف، تواريخ…</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>تصفية الأحداث</translation>
    </message>
    <message>
        <source>Select an event to see it in full.</source>
        <translation>اختر حدثاً لتراه كاملاً.</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>أحداث التسلسل الزمني</translation>
    </message>
    <message>
        <source>Show events of actor</source>
        <translation>عرض أحداث طرف</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>الطرف:</translation>
    </message>
    <message>
        <source>all actors</source>
        <translation>كل الأطراف</translation>
    </message>
</context>
<context>
    <name>Victims</name>
    <message>
        <source>civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <source>The source says the victims were civilians.</source>
        <translation>يقول المصدر إن الضحايا مدنيون.</translation>
    </message>
    <message>
        <source>combatants</source>
        <translation>مقاتلون</translation>
    </message>
    <message>
        <source>The source says the victims were fighters.</source>
        <translation>يقول المصدر إن الضحايا مقاتلون.</translation>
    </message>
    <message>
        <source>civilians and combatants</source>
        <translation>مدنيون ومقاتلون</translation>
    </message>
    <message>
        <source>The source counts both together.</source>
        <translation>يعدّ المصدر الفئتين معاً.</translation>
    </message>
    <message>
        <source>people (status not stated)</source>
        <translation>أشخاص (لم تُذكر صفتهم)</translation>
    </message>
    <message>
        <source>The source does not say who the victims were.</source>
        <translation>لا يذكر المصدر من هم الضحايا.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>حادثة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;إعادة التحميل</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>إلغاء &amp;التحميل</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print &amp;Without Preview…</source>
        <translation>طباعة &amp;دون معاينة…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Incident</source>
        <translation>فتح &amp;حادثة نموذجية</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>External &amp;Editor…</source>
        <translation>المحرر &amp;الخارجي…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Problems and Warnings</source>
        <translation>&amp;المشكلات والتحذيرات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Writing Incident Files</source>
        <translation>&amp;كتابة ملفات الحوادث</translation>
    </message>
    <message>
        <source>&amp;About Factsheet</source>
        <translation>&amp;حول Factsheet</translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>أُلغي الفتح.</translation>
    </message>
    <message>
        <source>{file} was moved or deleted; still showing the version last read.</source>
        <translation>نُقل {file} أو حُذف؛ ما زالت النسخة المقروءة آخر مرة معروضة.</translation>
    </message>
    <message>
        <source>No event {id} in this incident.</source>
        <translation>لا حدث {id} في هذه الحادثة.</translation>
    </message>
    <message>
        <source>No claim {id} in this incident.</source>
        <translation>لا ادعاء {id} في هذه الحادثة.</translation>
    </message>
    <message>
        <source>No actor {id} in this incident.</source>
        <translation>لا طرف {id} في هذه الحادثة.</translation>
    </message>
    <message>
        <source>No source {id} in this incident.</source>
        <translation>لا مصدر {id} في هذه الحادثة.</translation>
    </message>
    <message>
        <source>No item {id} in this incident.</source>
        <translation>لا عنصر {id} في هذه الحادثة.</translation>
    </message>
    <message>
        <source>Saved the fact sheet as {file}.</source>
        <translation>حُفظت ورقة الحقائق باسم {file}.</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>undated</source>
        <extracomment>A claim (or a source) without a date.</extracomment>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>none named</source>
        <extracomment>A claim that blames nobody.</extracomment>
        <translation>لم يُسمَّ أحد</translation>
    </message>
    <message>
        <source>unquantified</source>
        <extracomment>A claim without a figure (model/wording.py&apos;s figure_words says the same, for its messages).</extracomment>
        <translation>دون رقم</translation>
    </message>
    <message>
        <source>none named in the claims or the timeline</source>
        <extracomment>What the reported perpetrators line says when nobody is blamed.</extracomment>
        <translation>لم يُسمَّ أحد في الادعاءات أو التسلسل الزمني</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <extracomment>The source&apos;s own words in quotation marks; Arabic uses « ».</extracomment>
        <translation>«{words}»</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between items that may hold commas</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>بين {low} و{high}</translation>
    </message>
    <message>
        <source>at least {figure}</source>
        <translation>{figure} على الأقل</translation>
    </message>
    <message>
        <source>at most {figure}</source>
        <translation>{figure} على الأكثر</translation>
    </message>
    <message>
        <source>about {figure}</source>
        <translation>نحو {figure}</translation>
    </message>
    <message>
        <source>{claimant}: {figure}</source>
        <translation>{claimant}: {figure}</translation>
    </message>
    <message>
        <source>{name} ({firmness})</source>
        <comment>an actor blamed, and how firmly</comment>
        <translation>{name} ({firmness})</translation>
    </message>
    <message>
        <source>{name} ({english})</source>
        <comment>an actor&apos;s Arabic name, its English name beside</comment>
        <translation>{name} ({english})</translation>
    </message>
    <message>
        <source>{named}; and {count} more</source>
        <comment>the reported perpetrators past a sheet&apos;s limit</comment>
        <translation>{named}؛ و{count} غيرهم</translation>
    </message>
    <message>
        <source>{victims} — {detail}</source>
        <comment>who the victims were — the source&apos;s detail</comment>
        <translation>{victims} — {detail}</translation>
    </message>
    <message>
        <source>people</source>
        <comment>victims whose status the source does not state</comment>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>an unquantified number of {victims} {outcome} ({basis})</source>
        <translation>{outcome}: دون رقم ({victims}، {basis})</translation>
    </message>
    <message>
        <source>{figure} {victims} {outcome} ({basis})</source>
        <comment>at least 80 civilians killed (bodies found)</comment>
        <translation>{outcome}: {figure} ({victims}، {basis})</translation>
    </message>
    <message>
        <source>{figure} bodies found</source>
        <extracomment>The counting basis after a figure: &quot;67 named&quot;, &quot;at least 128 documented&quot;.</extracomment>
        <translation>{figure} بحسب الجثث التي عُثر عليها</translation>
    </message>
    <message>
        <source>{figure} bodies identified</source>
        <translation>{figure} بحسب الجثث المعروفة الهوية</translation>
    </message>
    <message>
        <source>{figure} named</source>
        <translation>{figure} بالاسم</translation>
    </message>
    <message>
        <source>{figure} documented</source>
        <translation>{figure} بحسب التوثيق</translation>
    </message>
    <message>
        <source>{figure} in hospital records</source>
        <translation>{figure} بحسب سجلات المستشفيات</translation>
    </message>
    <message>
        <source>{figure} by witness accounts</source>
        <translation>{figure} بحسب روايات الشهود</translation>
    </message>
    <message>
        <source>{figure} estimated</source>
        <translation>{figure} تقديراً</translation>
    </message>
    <message>
        <source>{figure} officially stated</source>
        <translation>{figure} بحسب بيان رسمي</translation>
    </message>
    <message>
        <source>{basis}, unquantified</source>
        <translation>{basis}، دون رقم</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <comment>the last two names of a list</comment>
        <translation>{names} و{last}</translation>
    </message>
    <message>
        <source>{claimant}, {firmness}</source>
        <comment>a claimant, and how firmly it blames</comment>
        <translation>{claimant}، {firmness}</translation>
    </message>
    <message>
        <source>{outcome} — no perpetrator named</source>
        <translation>{outcome} — لم يُسمَّ مرتكب</translation>
    </message>
    <message>
        <source>{outcome} — attributed to {actors}</source>
        <translation>{outcome} — المسؤولية منسوبة إلى {actors}</translation>
    </message>
    <message>
        <source>{outcome} — attributed to {actors} ({firmness})</source>
        <translation>{outcome} — المسؤولية منسوبة إلى {actors} ({firmness})</translation>
    </message>
    <message>
        <source>{outcome}, no one blamed</source>
        <translation>{outcome}، دون اتهام أحد</translation>
    </message>
    <message>
        <source>{outcome}, blamed on {actors}</source>
        <translation>{outcome}، تُنسب إلى {actors}</translation>
    </message>
    <message>
        <source>{outcome}, blamed on {actors} ({firmness})</source>
        <translation>{outcome}، تُنسب إلى {actors} ({firmness})</translation>
    </message>
</context>
</TS>
