<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>The Arabic text was written by the project&apos;s engineers and has not yet been reviewed by a native-speaking translator. Corrections are welcome: edit {ts_file} with Qt Linguist (or any text editor) and send it to the Factsheet project.</source>
        <translation>كتب مهندسو المشروع النص العربي، ولم يراجعه بعدُ مترجمٌ لغته الأم العربية. نرحّب بالتصحيحات: عدّل الملف {ts_file} باستخدام Qt Linguist (أو أي محرر نصوص) وأرسله إلى مشروع Factsheet.</translation>
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
    <name>Application</name>
    <message>
        <source>Something went wrong inside Factsheet; your file is untouched. The details were written to {log_file}.</source>
        <translation>حدث خطأ غير متوقع داخل Factsheet، وملفك لم يُمَسّ. دُوِّنت التفاصيل في {log_file}.</translation>
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
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
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
</TS>
