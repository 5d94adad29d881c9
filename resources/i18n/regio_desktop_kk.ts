<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Changed by the scenario</source>
        <translation type="vanished">Сценариймен өзгертілген</translation>
    </message>
    <message>
        <source>pole: {pole}</source>
        <translation type="vanished">полюс: {pole}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation type="vanished">бағдарсыз</translation>
    </message>
    <message>
        <source>Pole: {pole}</source>
        <translation type="vanished">Полюс: {pole}</translation>
    </message>
    <message>
        <source>No alignment recorded</source>
        <translation type="vanished">Бағдар көрсетілмеген</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="vanished">мүше емес</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="vanished">Толық мүше</translation>
    </message>
    <message>
        <source>Associate, partner or observer</source>
        <translation type="vanished">Қауымдастырылған мүше, серіктес немесе бақылаушы</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="vanished">Мүшелігі тоқтатылған</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="vanished">Мүше емес</translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="vanished">мән жоқ</translation>
    </message>
    <message>
        <source>unchanged ({value})</source>
        <translation type="vanished">өзгеріссіз ({value})</translation>
    </message>
    <message>
        <source>{delta} ({baseline} → {value})</source>
        <translation type="vanished">{delta} ({baseline} → {value})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="vanished">Мән жоқ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="vanished">Өзгеріссіз</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation type="vanished">{bloc} мүшелігі</translation>
    </message>
    <message>
        <source>Change in {indicator}</source>
        <translation type="vanished">Өзгеріс: {indicator}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="vanished">Бағдар</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>public domain</source>
        <translation>қоғамдық игілік</translation>
    </message>
    <message>
        <source>copyright of its authors, cited</source>
        <translation>авторларының авторлық құқығы, дәйексөзбен</translation>
    </message>
    <message>
        <source>the project&apos;s own work</source>
        <translation>жобаның өз жұмысы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Scenarios of Eurasian regionalism: memberships, alignments, indicators and the arguments of the literature.&lt;/p&gt;&lt;p&gt;Licence of the program: MIT. Built with Python {python} and Qt {qt} (PySide6 {pyside}, LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;GDP and population: the World Bank, World Development Indicators (CC BY 4.0), in the copy of the Open Knowledge Foundation&apos;s core datasets (ODC-PDDL-1.0).&lt;/li&gt;&lt;li&gt;Country outlines of the map: Natural Earth, 1:110m Admin 0 (public domain).&lt;/li&gt;&lt;li&gt;Memberships, treaties and arguments: the treaties, official texts and the regional-studies literature cited in the Library, each under its own terms; the literature is summarised and cited, not reproduced.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Еуразиялық аймақтану сценарийлері: мүшелік, бағдар, көрсеткіштер және әдебиеттегі дәлелдер.&lt;/p&gt;&lt;p&gt;Бағдарламаның лицензиясы: MIT. Python {python} және Qt {qt} (PySide6 {pyside}, LGPL-3.0) негізінде жасалған.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Деректер&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ЖІӨ және халық саны: Дүниежүзілік банк, World Development Indicators (CC BY 4.0), Open Knowledge Foundation негізгі деректер жиынтықтарының көшірмесінде (ODC-PDDL-1.0).&lt;/li&gt;&lt;li&gt;Картадағы елдердің шекаралары: Natural Earth, 1:110m Admin 0 (қоғамдық игілік).&lt;/li&gt;&lt;li&gt;Мүшелік, шарттар және дәлелдер: Кітапханада көрсетілген шарттар, ресми мәтіндер және аймақтану әдебиеті, әрқайсысы өз шарттарымен; әдебиет қайта жарияланбайды, мазмұндалып, дәйексөзбен келтіріледі.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>The sources of the loaded database, by licence:</source>
        <translation>Жүктелген дерекқордың дереккөздері, лицензия бойынша:</translation>
    </message>
    <message>
        <source>About Regio Desktop</source>
        <translation>Regio Desktop туралы</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <source>Alignment choices</source>
        <translation>Бағдар таңдауы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>Alignment of {state}</source>
        <translation>Бағдар: {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ArgumentEditor</name>
    <message>
        <source>Edit argument {id}</source>
        <translation>Дәлелді өңдеу: {id}</translation>
    </message>
    <message>
        <source>New argument</source>
        <translation>Жаңа дәлел</translation>
    </message>
    <message>
        <source>The argument in your own words, one sentence.</source>
        <translation>Дәлел өз сөзіңізбен, бір сөйлеммен.</translation>
    </message>
    <message>
        <source>The passage describes the choice and argues neither way: shown with the choice, it adds nothing to its balance.</source>
        <translation>Үзінді таңдауды сипаттайды, оны жақтамайды да, оған қарсы да шықпайды: ол таңдаумен бірге көрсетіледі, бірақ дәлелдердің салмағына ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>ISO3 codes, e.g. KAZ, UZB (empty: every state)</source>
        <translation>ISO3 кодтары, мысалы KAZ, UZB (бос: барлық мемлекеттер)</translation>
    </message>
    <message>
        <source>1: weak or passing, 2: argued, 3: central and supported</source>
        <translation>1: әлсіз немесе жанама, 2: негізделген, 3: басты әрі дәлелденген</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Жаңа дереккөз…</translation>
    </message>
    <message>
        <source>Section or page, e.g. Discussion / p. 12</source>
        <translation>Бөлім немесе бет, мысалы Талқылау / 12-б.</translation>
    </message>
    <message>
        <source>A short phrase only, not a passage</source>
        <translation>Тек қысқа тіркес, үзінді емес</translation>
    </message>
    <message>
        <source>Quote a short phrase only (at most {n} words).</source>
        <translation>Тек қысқа тіркесті келтіріңіз (ең көбі {n} сөз).</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Тұжырым:</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>&amp;Ұстаным:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Нысана:</translation>
    </message>
    <message>
        <source>St&amp;ates:</source>
        <translation>&amp;Мемлекеттер:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Тақырыптар:</translation>
    </message>
    <message>
        <source>Bears on:</source>
        <translation>Көрсеткіштерге қатысты:</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>&amp;Күші:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөз:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>&amp;Quotation:</source>
        <translation>&amp;Дәйексөз:</translation>
    </message>
    <message>
        <source>choose a target</source>
        <translation>нысананы таңдаңыз</translation>
    </message>
    <message>
        <source>choose a source (or add a new one)</source>
        <translation>дереккөзді таңдаңыз (немесе жаңасын қосыңыз)</translation>
    </message>
    <message>
        <source>The argument could not be saved.</source>
        <translation type="vanished">Дәлелді сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>ArgumentLibrary</name>
    <message>
        <source>Search arguments</source>
        <translation>Дәлелдерді іздеу</translation>
    </message>
    <message>
        <source>Search claims, quotations and sources (Ctrl+F)</source>
        <translation>Тұжырымдардан, дәйексөздерден және дереккөздерден іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grey rows ship with the program and are read-only; Duplicate makes an editable copy.</source>
        <translation>Сұр жолдар бағдарламамен бірге келеді және тек оқуға арналған; «Көшірме» өңделетін көшірме жасайды.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстаным</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысана</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Arguments and sources</source>
        <translation>Дәлелдер мен дереккөздер</translation>
    </message>
    <message>
        <source>&amp;Find argument…</source>
        <translation>Дәлелді &amp;табу…</translation>
    </message>
    <message>
        <source>&amp;New argument…</source>
        <translation>Жаңа &amp;дәлел…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>&amp;Edit argument…</source>
        <translation>Дәлелді &amp;өңдеу…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>D&amp;uplicate argument…</source>
        <translation>Дәлелдің &amp;көшірмесін жасау…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>&amp;Delete argument</source>
        <translation>Дәлелді &amp;жою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>&amp;Шығу тегі</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <source>&amp;Import arguments…</source>
        <translation>Дәлелдерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>E&amp;xport arguments…</source>
        <translation>Дәлелдерді экспо&amp;рттау…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Жаңа д&amp;ереккөз…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Дереккөзді өңдеу…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Дереккөзді жою</translation>
    </message>
    <message>
        <source>Search the arguments by word, state or bloc</source>
        <translation>Дәлелдерді сөз, мемлекет немесе блок бойынша іздеу</translation>
    </message>
    <message>
        <source>Write a new argument with its citation</source>
        <translation>Жаңа дәлелді сілтемесімен жазу</translation>
    </message>
    <message>
        <source>Change the selected argument</source>
        <translation>Таңдалған дәлелді өзгерту</translation>
    </message>
    <message>
        <source>Start a new argument from a copy of the selected one</source>
        <translation>Таңдалған дәлелдің көшірмесінен жаңа дәлел бастау</translation>
    </message>
    <message>
        <source>Delete the selected argument (undoable)</source>
        <translation>Таңдалған дәлелді жою (болдырмауға болады)</translation>
    </message>
    <message>
        <source>Where the selected argument comes from</source>
        <translation>Таңдалған дәлел қайдан алынған</translation>
    </message>
    <message>
        <source>Add arguments from a JSON or CSV file</source>
        <translation>JSON не CSV файлынан дәлелдер қосу</translation>
    </message>
    <message>
        <source>Write the arguments to a JSON or CSV file</source>
        <translation>Дәлелдерді JSON не CSV файлына жазу</translation>
    </message>
    <message>
        <source>Add a publication that arguments can cite</source>
        <translation>Дәлелдер сілтеме жасай алатын жарияланым қосу</translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation>Таңдалған дереккөзді өзгерту</translation>
    </message>
    <message>
        <source>Delete the selected source if nothing cites it</source>
        <translation>Таңдалған дереккөзге сілтеме болмаса, оны жою</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Бұл дерекқор тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>{shown} of {total} argument(s)</source>
        <translation>Дәлелдер: {total} ішінен {shown}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортталған</translation>
    </message>
    <message>
        <source>{bloc} (in general)</source>
        <translation>{bloc} (жалпы)</translation>
    </message>
</context>
<context>
    <name>ArgumentTransfer</name>
    <message>
        <source>Arguments (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Дәлелдер (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>{arguments} argument(s) and {sources} source(s) imported</source>
        <translation>Импортталған дәлелдер: {arguments}, дереккөздер: {sources}</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>ештеңе импортталмады</translation>
    </message>
    <message>
        <source>Import arguments</source>
        <translation>Дәлелдерді импорттау</translation>
    </message>
    <message>
        <source>{count} row(s) were refused, so nothing was imported.</source>
        <translation>Қабылданбаған жолдар: {count}, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Import the valid rows anyway</source>
        <translation>Дұрыс жолдарды бәрібір импорттау</translation>
    </message>
    <message>
        <source>Importing arguments from {name}…</source>
        <translation>{name} файлынан дәлелдер импортталуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported from {name}.</source>
        <translation>Импорт тоқтатылды: {name} файлынан ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>Cannot import {name}: {reason}</source>
        <translation>{name} импорттау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Export arguments</source>
        <translation>Дәлелдерді экспорттау</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} файлын жазу мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <source>Alignment: {choice}</source>
        <translation>Бағдар: {choice}</translation>
    </message>
    <message>
        <source>Membership: {bloc}</source>
        <translation>Мүшелік: {bloc}</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Select a state to see the arguments.</source>
        <translation>Дәлелдерді көру үшін мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>Context (describes the choice, argues neither way)</source>
        <translation>Контекст (таңдауды сипаттайды, оны жақтамайды да, қарсы да емес)</translation>
    </message>
    <message>
        <source>For leaving the {bloc}</source>
        <translation>Шығу жағында: {bloc}</translation>
    </message>
    <message>
        <source>Against leaving the {bloc}</source>
        <translation>Шығуға қарсы: {bloc}</translation>
    </message>
    <message>
        <source>For joining the {bloc}</source>
        <translation>Кіру жағында: {bloc}</translation>
    </message>
    <message>
        <source>Against joining the {bloc}</source>
        <translation>Кіруге қарсы: {bloc}</translation>
    </message>
    <message>
        <source>For a closer tie with the {bloc} ({status})</source>
        <translation>Тығызырақ байланыс жағында: {bloc} ({status})</translation>
    </message>
    <message>
        <source>Against a closer tie with the {bloc} ({status})</source>
        <translation>Тығызырақ байланысқа қарсы: {bloc} ({status})</translation>
    </message>
    <message>
        <source>For a looser tie with the {bloc} ({status})</source>
        <translation>Әлсіз байланыс жағында: {bloc} ({status})</translation>
    </message>
    <message>
        <source>Against a looser tie with the {bloc} ({status})</source>
        <translation>Әлсіз байланысқа қарсы: {bloc} ({status})</translation>
    </message>
    <message>
        <source>For turning to the {alignment} course</source>
        <translation>Бағытқа көшу жағында: {alignment}</translation>
    </message>
    <message>
        <source>Against turning to the {alignment} course</source>
        <translation>Бағытқа көшуге қарсы: {alignment}</translation>
    </message>
    <message>
        <source>For giving up the {alignment} course</source>
        <translation>Бағыттан бас тарту жағында: {alignment}</translation>
    </message>
    <message>
        <source>Against giving up the {alignment} course</source>
        <translation>Бағыттан бас тартуға қарсы: {alignment}</translation>
    </message>
    <message>
        <source>(an estimate)</source>
        <translation>(бағалау)</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Дереккөз: {source}.</translation>
    </message>
    <message>
        <source>Arguments for {state}</source>
        <translation>Дәлелдер: {state}</translation>
    </message>
    <message>
        <source>{mark} {count} arguments bear on {indicator}.</source>
        <translation>{mark} «{indicator}» көрсеткішіне қатысты дәлелдер: {count}.</translation>
    </message>
    <message>
        <source>No argument here bears on {indicator}.</source>
        <translation>Мұнда «{indicator}» көрсеткішіне қатысты дәлел жоқ.</translation>
    </message>
    <message>
        <source>What the scenario changes</source>
        <translation>Сценарий нені өзгертеді</translation>
    </message>
    <message>
        <source>No arguments recorded for this edit.</source>
        <translation>Бұл өзгеріс үшін дәлелдер жоқ.</translation>
    </message>
    <message>
        <source>The other choices, as they stand</source>
        <translation>Қалған таңдаулар, қазіргі күйінде</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>{mark} The data row of this choice has a note: point at it to read it.</source>
        <translation>{mark} Бұл таңдаудың деректер жолында ескертпе бар: оқу үшін меңзерді апарыңыз.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>(edited: {before} → {after})</source>
        <translation>(өзгертілді: {before} → {after})</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(өзгертілді)</translation>
    </message>
    <message>
        <source>Bears on: {indicators}</source>
        <translation>Көрсеткіштерге қатысты: {indicators}</translation>
    </message>
    <message>
        <source>No arguments recorded for these choices.</source>
        <translation>Бұл таңдаулар үшін дәлелдер жазылмаған.</translation>
    </message>
</context>
<context>
    <name>BaselineBarsChart</name>
    <message>
        <source>{state}: scenario (blue) and baseline {year} (grey)</source>
        <translation type="vanished">{state}: сценарий (көк) және базалық {year} (сұр)</translation>
    </message>
    <message>
        <source>{state}: scenario (blue) and baseline {year} (grey); change ▲ better, ▼ worse for the state</source>
        <translation type="vanished">{state}: сценарий (көк) және базалық {year} (сұр); өзгеріс ▲ мемлекет үшін жақсырақ, ▼ нашарырақ</translation>
    </message>
    <message>
        <source>{state}: scenario (blue), baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation type="vanished">{state}: сценарий (көк), базалық {year} (сұр); ▲ жақсырақ, ▼ нашарырақ</translation>
    </message>
    <message>
        <source>{state}: scenario (dark slate), baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation>{state}: сценарий (қою сұр-күлгін), базалық {year} (сұр); ▲ жақсырақ, ▼ нашарырақ</translation>
    </message>
    <message>
        <source>error bars: 90 % of {draws:,} draws</source>
        <translation>сызықтар: {draws:,} іріктеменің 90 %-ы</translation>
    </message>
    <message>
        <source>0–100: indices, market access in % of world GDP</source>
        <translation>0–100: индекстер, нарыққа қол жеткізу — әлемдік ЖІӨ-нің %-ымен</translation>
    </message>
    <message>
        <source>error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">сызықтар: 1 000 іріктеменің 90 %-ы</translation>
    </message>
    <message>
        <source>; error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">; сызықтар: 1 000 іріктеменің 90 %-ы</translation>
    </message>
    <message>
        <source>Select a state to compare its indices with the baseline.</source>
        <translation>Индекстерін базалықпен салыстыру үшін мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>index (0–100)</source>
        <translation type="vanished">индекс (0–100)</translation>
    </message>
</context>
<context>
    <name>BlocIndicatorsChart</name>
    <message>
        <source>Indicator:</source>
        <translation>Көрсеткіш:</translation>
    </message>
    <message>
        <source>scenario (dark slate) and baseline {year} (grey)</source>
        <translation>сценарий (қою сұр-күлгін) және базалық {year} (сұр)</translation>
    </message>
    <message>
        <source>scenario (blue) and baseline {year} (grey)</source>
        <translation type="vanished">сценарий (көк) және базалық {year} (сұр)</translation>
    </message>
    <message>
        <source>No bloc has full members in this year.</source>
        <translation>Бұл жылы ешбір блоктың толық мүшелері жоқ.</translation>
    </message>
</context>
<context>
    <name>BlocLanesCanvas</name>
    <message>
        <source>Bloc membership diagram</source>
        <translation>Блоктардағы мүшелік диаграммасы</translation>
    </message>
    <message>
        <source>One lane per bloc, one column per state; the arrow keys choose a state.</source>
        <translation>Әр блокқа бір жолақ, әр мемлекетке бір баған; мемлекет бағыт пернелерімен таңдалады.</translation>
    </message>
    <message>
        <source>no bloc</source>
        <translation>блок жоқ</translation>
    </message>
    <message>
        <source>Alignment: {value}</source>
        <translation>Бағдар: {value}</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <source>Changed by the scenario; baseline: {status}</source>
        <translation>Сценариймен өзгертілген; базалық: {status}</translation>
    </message>
    <message>
        <source>Also full members: {names}</source>
        <translation>Толық мүшелері де: {names}</translation>
    </message>
    <message>
        <source>No bloc of the diagram has members in this year.</source>
        <translation>Бұл жылы диаграммадағы ешбір блоктың мүшелері жоқ.</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 мүше</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} мүше</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 серіктес</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} серіктес</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>тағы {n}</translation>
    </message>
    <message>
        <source>full member</source>
        <translation>толық мүше</translation>
    </message>
    <message>
        <source>associate, partner, observer</source>
        <translation>қауымд. мүше, серіктес, бақылаушы</translation>
    </message>
    <message>
        <source>suspended or withdrawn</source>
        <translation>тоқтатылған немесе шыққан</translation>
    </message>
    <message>
        <source>changed by the scenario</source>
        <translation>сценариймен өзгертілген</translation>
    </message>
    <message>
        <source>left in the scenario</source>
        <translation>сценарий бойынша шыққан</translation>
    </message>
</context>
<context>
    <name>BlocOverlapPanel</name>
    <message>
        <source>Blocs and their members</source>
        <translation>Блоктар және олардың мүшелері</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG экспорттау…</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Диаграмманы экспорттау</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation>Диаграмманы PNG суреті ретінде сақтау</translation>
    </message>
    <message>
        <source>Who belongs to which bloc in {year}: one lane per bloc, one column per state. The dot under a name is its alignment, coloured as on the map. Click a state to select it.</source>
        <translation>{year} жылы кім қай блокқа кіреді: әр блокқа бір жолақ, әр мемлекетке бір баған. Атау астындағы нүкте — мемлекеттің бағдары, картадағыдай түспен. Мемлекетті таңдау үшін оны басыңыз.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} файлын жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>Export diagram as PNG</source>
        <translation>Диаграмманы PNG ретінде экспорттау</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>The diagram could not be saved:
{error}</source>
        <translation type="vanished">Диаграмманы сақтау мүмкін болмады:
{error}</translation>
    </message>
</context>
<context>
    <name>BlocShortNames</name>
    <message>
        <source>CIS</source>
        <translation>ТМД</translation>
    </message>
    <message>
        <source>CIS FTA 1994</source>
        <translation>ТМД ЕСА 1994</translation>
    </message>
    <message>
        <source>CIS FTA 2011</source>
        <translation>ТМД ЕСА 2011</translation>
    </message>
    <message>
        <source>Customs Union 1995</source>
        <translation>Кеден одағы 1995</translation>
    </message>
    <message>
        <source>EurAsEC</source>
        <translation>ЕурАзЭҚ</translation>
    </message>
    <message>
        <source>Customs Union</source>
        <translation>Кеден одағы</translation>
    </message>
    <message>
        <source>Common Economic Space</source>
        <translation>БЭК</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭО</translation>
    </message>
    <message>
        <source>EAEU FTAs</source>
        <translation>ЕАЭО ЕСА</translation>
    </message>
    <message>
        <source>EAEU–Iran interim</source>
        <translation>ЕАЭО–Иран (уақытша)</translation>
    </message>
    <message>
        <source>Ukraine&apos;s FTAs</source>
        <translation>Украинаның ЕСА-лары</translation>
    </message>
    <message>
        <source>Georgia&apos;s FTAs</source>
        <translation>Грузияның ЕСА-лары</translation>
    </message>
    <message>
        <source>UK partnerships</source>
        <translation>Ұлыбритания серіктестіктері</translation>
    </message>
    <message>
        <source>Union State</source>
        <translation>Одақтас мемлекет</translation>
    </message>
    <message>
        <source>CSTO</source>
        <translation>ҰҚШҰ</translation>
    </message>
    <message>
        <source>Shanghai Five</source>
        <translation>Шанхай бестігі</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШЫҰ</translation>
    </message>
    <message>
        <source>BRICS</source>
        <translation>БРИКС</translation>
    </message>
    <message>
        <source>Turkic States</source>
        <translation>ТМҰ</translation>
    </message>
    <message>
        <source>GUAM</source>
        <translation>ГУАМ</translation>
    </message>
    <message>
        <source>CICA</source>
        <translation>АӨСШК</translation>
    </message>
    <message>
        <source>AIIB</source>
        <translation>АИИБ</translation>
    </message>
    <message>
        <source>Belt and Road</source>
        <translation>Белдеу және жол</translation>
    </message>
    <message>
        <source>Eastern Partnership</source>
        <translation>Шығыс әріптестік</translation>
    </message>
    <message>
        <source>ECO</source>
        <translation>ЭЫҰ</translation>
    </message>
    <message>
        <source>WTO</source>
        <translation>ДСҰ</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕО</translation>
    </message>
    <message>
        <source>EU association (DCFTA)</source>
        <translation>ЕО-мен қауымдастық</translation>
    </message>
    <message>
        <source>EU–Turkey customs union</source>
        <translation>ЕО–Түркия кеден одағы</translation>
    </message>
    <message>
        <source>NATO</source>
        <translation>НАТО</translation>
    </message>
    <message>
        <source>Partnership for Peace</source>
        <translation>Бейбітшілік жолындағы әріптестік</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Part</source>
        <translation>Құрамдас</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Indicator to break down</source>
        <translation>Жіктелетін көрсеткіш</translation>
    </message>
    <message>
        <source>Waterfall from the baseline to the scenario</source>
        <translation>Базалық деңгейден сценарийге дейінгі каскад</translation>
    </message>
    <message>
        <source>Steps of the change</source>
        <translation>Өзгерістің қадамдары</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Көрсеткіш:</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Жіктеу</translation>
    </message>
    <message>
        <source>Double-click an indicator, a chart bar or a state on the map to see why its figure moved.</source>
        <translation>Мәннің неге өзгергенін көру үшін көрсеткішті, диаграмма бағанын немесе картадағы мемлекетті екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>the post-Soviet region</source>
        <translation>посткеңестік өңір</translation>
    </message>
    <message>
        <source>{indicator} of {entity}</source>
        <translation>{indicator}: {entity}</translation>
    </message>
    <message>
        <source>Baseline {baseline} → scenario {value}: {change}, {judgement}</source>
        <translation>Базалық деңгей {baseline} → сценарий {value}: {change}, {judgement}</translation>
    </message>
    <message>
        <source>{count} smaller steps</source>
        <translation>кішірек қадамдар: {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық деңгей</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Formula: {formula}</source>
        <translation>Формула: {formula}</translation>
    </message>
    <message>
        <source>Inputs: {inputs}</source>
        <translation>Бастапқы деректер: {inputs}</translation>
    </message>
    <message>
        <source>The scenario does not change this figure.</source>
        <translation>Сценарий бұл мәнді өзгертпейді.</translation>
    </message>
    <message>
        <source>Parts that do not change: {parts}</source>
        <translation>Өзгермейтін құрамдастар: {parts}</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Membership in {bloc}</source>
        <translation>{bloc} мүшелігі</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>бағдарсыз</translation>
    </message>
    <message>
        <source>Differs from “{reference}”: {label}</source>
        <translation>«{reference}» сценарийінен айырмашылығы: {label}</translation>
    </message>
    <message>
        <source>Click to select this state in the main window</source>
        <translation>Бұл мемлекетті негізгі терезеде таңдау үшін басыңыз</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Не өзгереді</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Эталон</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG экспорттау…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVG экспорттау…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Диаграмманы PNG ретінде экспорттау</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Диаграмманы SVG ретінде экспорттау</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="vanished">SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="vanished">{path} файлын жазу мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>Базалықпен салыстыру</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Мемлекет бейіні</translation>
    </message>
    <message>
        <source>Bloc indicators</source>
        <translation>Блок көрсеткіштері</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare scenarios</source>
        <translation>Сценарийлерді салыстыру</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Save the indicator comparison (every level and row) as XLSX or CSV</source>
        <translation>Көрсеткіштер салыстыруын (барлық деңгей мен жол) XLSX не CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>Export the indicator comparison</source>
        <translation>Көрсеткіштер салыстыруын экспорттау</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Салыстырылатын сценарийлер</translation>
    </message>
    <message>
        <source>Check two to four scenarios. The first checked one is the reference: the changes are measured against it.</source>
        <translation type="vanished">Екіден төртке дейін сценарийді белгілеңіз. Бірінші белгіленгені — эталон: өзгерістер соған қатысты өлшенеді.</translation>
    </message>
    <message>
        <source>&amp;Scenarios to compare:</source>
        <translation>&amp;Салыстырылатын сценарийлер:</translation>
    </message>
    <message>
        <source>Make &amp;reference</source>
        <translation>Эталон &amp;ету</translation>
    </message>
    <message>
        <source>Move the highlighted scenario to the top and check it: it becomes the reference</source>
        <translation type="vanished">Ерекшеленген сценарийді жоғарыға жылжытып белгілеу: ол эталон болады</translation>
    </message>
    <message>
        <source>Make the highlighted scenario the reference</source>
        <translation>Ерекшеленген сценарийді эталон ету</translation>
    </message>
    <message>
        <source>Check two to four. The first checked scenario is the reference (★).</source>
        <translation type="vanished">Екіден төртке дейін белгілеңіз. Бірінші белгіленген сценарий — эталон (★).</translation>
    </message>
    <message>
        <source>Comparison message</source>
        <translation>Салыстыру хабарламасы</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Салыстыру</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Arguments that differ</source>
        <translation>Ерекшеленетін дәлелдер</translation>
    </message>
    <message>
        <source>Indicator values per scenario and their change</source>
        <translation>Сценарийлер бойынша көрсеткіш мәндері және олардың өзгерісі</translation>
    </message>
    <message>
        <source>States whose alignment or membership differs between scenarios</source>
        <translation>Бағдары немесе мүшелігі сценарийлер арасында ерекшеленетін мемлекеттер</translation>
    </message>
    <message>
        <source>Arguments of the literature that apply to some scenarios and not others</source>
        <translation>Кейбір сценарийлерге қатысты, ал басқаларына қатысты емес әдебиет дәлелдері</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Таңдалған мемлекет</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық мемлекеттер</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Show indicators of</source>
        <translation>Кімнің көрсеткіштерін көрсету</translation>
    </message>
    <message>
        <source>The state selected in the main window, every state, the blocs or the region</source>
        <translation>Негізгі терезеде таңдалған мемлекет, барлық мемлекеттер, блоктар немесе өңір</translation>
    </message>
    <message>
        <source>Only rows that &amp;differ</source>
        <translation>Тек ерекшеленетін &amp;жолдар</translation>
    </message>
    <message>
        <source>Hide the indicators that are the same in every checked scenario</source>
        <translation>Барлық белгіленген сценарийлерде бірдей көрсеткіштерді жасыру</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Тек ерекшеленетін жолдар</translation>
    </message>
    <message>
        <source>Indicator comparison summary</source>
        <translation>Көрсеткіштер салыстыруының қорытындысы</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Indicator comparison</source>
        <translation>Көрсеткіштерді салыстыру</translation>
    </message>
    <message>
        <source>Green: better for the state than in the reference; red: worse</source>
        <translation>Жасыл: мемлекет үшін эталондағыдан жақсырақ; қызыл: нашарырақ</translation>
    </message>
    <message>
        <source>Changes summary</source>
        <translation>Өзгерістер қорытындысы</translation>
    </message>
    <message>
        <source>Changes of alignment and membership</source>
        <translation>Бағдар мен мүшелік өзгерістері</translation>
    </message>
    <message>
        <source>Highlighted cells differ from the reference; click a row to select the state</source>
        <translation>Ерекшеленген ұяшықтар эталоннан өзгеше; мемлекетті таңдау үшін жолды басыңыз</translation>
    </message>
    <message>
        <source>Arguments summary</source>
        <translation>Дәлелдер қорытындысы</translation>
    </message>
    <message>
        <source>✓ marks the scenarios whose choices an argument speaks to</source>
        <translation>✓ дәлел қатысты таңдаулары бар сценарийлерді белгілейді</translation>
    </message>
    <message>
        <source>Check two to four scenarios. The changes are measured against the one chosen as Reference below.</source>
        <translation>Екіден төртке дейін сценарий белгілеңіз. Өзгерістер төменде эталон ретінде таңдалғанға қатысты өлшенеді.</translation>
    </message>
    <message>
        <source>Reference scenario</source>
        <translation>Эталон сценарий</translation>
    </message>
    <message>
        <source>The checked scenario the others are measured against</source>
        <translation>Қалғандары соған қатысты өлшенетін белгіленген сценарий</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Эталон:</translation>
    </message>
    <message>
        <source>Check the highlighted scenario and make it the reference (the list stays as it is)</source>
        <translation>Ерекшеленген сценарийді белгілеп, оны эталон ету (тізім өзгермейді)</translation>
    </message>
    <message>
        <source>Check two to four. The reference is in bold; the changes are measured against it.</source>
        <translation>Екіден төртке дейін белгілеңіз. Эталон жуан қаріппен; өзгерістер соған қатысты өлшенеді.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Reference: the changes are measured against it</source>
        <translation>Эталон: өзгерістер соған қатысты өлшенеді</translation>
    </message>
    <message>
        <source>The scenario shown in the main window</source>
        <translation>Негізгі терезеде көрсетілген сценарий</translation>
    </message>
    <message>
        <source>Only one scenario is open. Create or open another one (File ▸ New, Duplicate or Open preset scenarios) to compare.</source>
        <translation>Тек бір сценарий ашық. Салыстыру үшін тағы біреуін жасаңыз немесе ашыңыз (Файл ▸ Жаңа, Көшірме немесе Дайын сценарийлерді ашу).</translation>
    </message>
    <message>
        <source>Check at least two scenarios to compare (two to four); {count} checked.</source>
        <translation>Салыстыру үшін кемінде екі сценарийді белгілеңіз (екіден төртке дейін); белгіленгені: {count}.</translation>
    </message>
    <message>
        <source>At most four scenarios can be compared side by side; {count} are checked. Uncheck {extra}.</source>
        <translation>Қатар ең көбі төрт сценарийді салыстыруға болады; белгіленгені: {count}. Артығын алып тастаңыз: {extra}.</translation>
    </message>
    <message>
        <source>These scenarios cannot be compared: {reason}</source>
        <translation>Бұл сценарийлерді салыстыру мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>Өзгерістер ({count})</translation>
    </message>
    <message>
        <source>Arguments that differ ({count})</source>
        <translation>Ерекшеленетін дәлелдер ({count})</translation>
    </message>
    <message>
        <source>Select a state in the main window (map or matrix) to see its figures.</source>
        <translation>Деректерін көру үшін негізгі терезеде (картада немесе матрицада) мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>{state}: {rows} rows; changes against “{reference}”</source>
        <translation>{state}: {rows} жол; өзгерістер «{reference}» сценарийіне қатысты</translation>
    </message>
    <message>
        <source>{rows} rows; changes against “{reference}”</source>
        <translation>{rows} жол; өзгерістер «{reference}» сценарийіне қатысты</translation>
    </message>
    <message>
        <source>The scenarios start from different baseline years ({years}): some differences come from the year, not from the choices.</source>
        <translation>Сценарийлер әртүрлі базалық жылдардан басталады ({years}): кейбір айырмашылықтар таңдаулардан емес, жылдан туындайды.</translation>
    </message>
    <message>
        <source>{states} states differ in {changes} alignments or memberships; highlighted cells differ from “{reference}”.</source>
        <translation>{states} мемлекет {changes} бағдар немесе мүшелік бойынша ерекшеленеді; ерекшеленген ұяшықтар «{reference}» сценарийінен өзгеше.</translation>
    </message>
    <message>
        <source>Every state has the same alignment and memberships in these scenarios.</source>
        <translation>Бұл сценарийлерде әр мемлекеттің бағдары мен мүшелігі бірдей.</translation>
    </message>
    <message>
        <source>{count} arguments of the literature speak to choices made in some of these scenarios and not in others.
{legend}</source>
        <translation>Әдебиеттің {count} дәлелі осы сценарийлердің кейбіріндегі таңдауларға қатысты, ал басқаларындағыға қатысты емес.
{legend}</translation>
    </message>
    <message>
        <source>The same arguments apply to every one of these scenarios.</source>
        <translation>Бұл сценарийлердің бәріне бірдей дәлелдер қатысты.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Салыстыруды экспорттау</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>салыстыру</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} файлын жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>({year})</source>
        <translation>({year})</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Theirs (version {n})</source>
        <translation>Олардың нұсқасы ({n} нұсқа)</translation>
    </message>
    <message>
        <source>Theirs (deleted)</source>
        <translation>Олардың нұсқасы (жойылған)</translation>
    </message>
    <message>
        <source>Yours (read at version {n})</source>
        <translation>Сіздікі ({n} нұсқада оқылған)</translation>
    </message>
    <message>
        <source>The two versions differ here.</source>
        <translation>Мұнда екі нұсқа әртүрлі.</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>State, bloc or region of the condition</source>
        <translation>Шарттағы мемлекет, блок немесе өңір</translation>
    </message>
    <message>
        <source>Indicator of the condition</source>
        <translation>Шарттағы көрсеткіш</translation>
    </message>
    <message>
        <source>Comparison of the condition</source>
        <translation>Шарттағы салыстыру</translation>
    </message>
    <message>
        <source>Number the indicator is compared with</source>
        <translation>Көрсеткіш салыстырылатын сан</translation>
    </message>
    <message>
        <source>Add this part to the condition</source>
        <translation>Бұл бөлікті шартқа қосу</translation>
    </message>
    <message>
        <source>Add this comparison to the condition, with “and”</source>
        <translation>Бұл салыстыруды шартқа «and» арқылы қосу</translation>
    </message>
    <message>
        <source>The region (region)</source>
        <translation>Өңір (region)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Claim</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстаным</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Нысана түрі</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Нысана</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Мемлекеттер</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Күші</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Дереккөздегі орны</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>Bears on</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Библиографиялық сілтеме</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-мекенжай</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Changed by someone else: {id}</source>
        <translation>Басқа біреу өзгертті: {id}</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Олардың нұсқасын қалдыру</translation>
    </message>
    <message>
        <source>Discard your changes and show theirs</source>
        <translation>Өзгерістеріңізді алып тастап, олардың нұсқасын көрсету</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Бәрібір жою</translation>
    </message>
    <message>
        <source>Add yours back</source>
        <translation>Өз нұсқаңызды қайтару</translation>
    </message>
    <message>
        <source>Overwrite with yours</source>
        <translation>Өз нұсқаңызбен ауыстыру</translation>
    </message>
    <message>
        <source>Write yours over theirs</source>
        <translation>Өз нұсқаңызды олардың нұсқасының үстінен жазу</translation>
    </message>
    <message>
        <source>Merge by hand…</source>
        <translation>Қолмен біріктіру…</translation>
    </message>
    <message>
        <source>Edit yours again with theirs shown beside it</source>
        <translation>Олардың нұсқасын қатар көріп, өз нұсқаңызды қайта өңдеу</translation>
    </message>
    <message>
        <source>Last changed by {who} at {time} UTC.</source>
        <translation>Соңғы өзгеріс: {who}, {time} UTC.</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Show the deck full screen to a room, step by step (Esc leaves)</source>
        <translation>Жинақты аудиторияға толық экранда қадам-қадаммен көрсету (Esc — шығу)</translation>
    </message>
    <message>
        <source>&amp;Edit deck…</source>
        <translation>Жинақты &amp;өңдеу…</translation>
    </message>
    <message>
        <source>List, reorder and edit the steps of the deck</source>
        <translation>Жинақ қадамдарының тізімі: реті және өңдеу</translation>
    </message>
    <message>
        <source>&amp;New deck</source>
        <translation>&amp;Жаңа жинақ</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>Жинақты &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Save deck</source>
        <translation>Жинақты &amp;сақтау</translation>
    </message>
    <message>
        <source>Save deck &amp;as…</source>
        <translation>Жинақты &amp;басқаша сақтау…</translation>
    </message>
    <message>
        <source>Start an empty deck</source>
        <translation>Бос жинақ бастау</translation>
    </message>
    <message>
        <source>Open a deck file (.regio-deck.json)</source>
        <translation>Жинақ файлын ашу (.regio-deck.json)</translation>
    </message>
    <message>
        <source>Save the deck with its steps and the room&apos;s tally</source>
        <translation>Жинақты қадамдарымен және аудитория дауыстарымен сақтау</translation>
    </message>
    <message>
        <source>Save the deck under another name</source>
        <translation>Жинақты басқа атпен сақтау</translation>
    </message>
    <message>
        <source>&amp;Add current scenario as step</source>
        <translation>Ағымдағы сценарийді қадам ретінде &amp;қосу</translation>
    </message>
    <message>
        <source>Put the scenario on show at the end of the deck</source>
        <translation>Көрсетілген сценарийді жинақтың соңына қосу</translation>
    </message>
    <message>
        <source>Export the room&apos;s &amp;tally…</source>
        <translation>Аудитория &amp;дауыстарын экспорттау…</translation>
    </message>
    <message>
        <source>Save the counts of every step as a CSV table</source>
        <translation>Әр қадамның дауыстарын CSV кестесіне сақтау</translation>
    </message>
    <message>
        <source>Unsaved deck</source>
        <translation>Сақталмаған жинақ</translation>
    </message>
    <message>
        <source>The deck “{title}” has unsaved changes.</source>
        <translation>«{title}» жинағында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>Жинақты ашу</translation>
    </message>
    <message>
        <source>Decks (*{suffix})</source>
        <translation>Жинақтар (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot open {path}:
{reason}</source>
        <translation>{path} ашу мүмкін емес:
{reason}</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <translation>Жинақты басқаша сақтау</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>Жинақты сақтау</translation>
    </message>
    <message>
        <source>Cannot save: {reason}</source>
        <translation>Сақтау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Export the room&apos;s tally</source>
        <translation>Аудитория дауыстарын экспорттау</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>{number}-қадам: {problem}</translation>
    </message>
    <message>
        <source>preset {id}</source>
        <translation>дайын сценарий {id}</translation>
    </message>
    <message>
        <source>file {path}</source>
        <translation>{path} файлы</translation>
    </message>
    <message>
        <source>written into the deck</source>
        <translation>жинаққа жазылған</translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>Untitled deck</source>
        <translation>Атаусыз жинақ</translation>
    </message>
    <message>
        <source>Add step “{title}”</source>
        <translation>«{title}» қадамын қосу</translation>
    </message>
    <message>
        <source>Remove step “{title}”</source>
        <translation>«{title}» қадамын өшіру</translation>
    </message>
    <message>
        <source>Move step “{title}”</source>
        <translation>«{title}» қадамын жылжыту</translation>
    </message>
    <message>
        <source>Edit step “{title}”</source>
        <translation>«{title}» қадамын өңдеу</translation>
    </message>
    <message>
        <source>Rename deck “{title}”</source>
        <translation>«{title}» жинағының атын өзгерту</translation>
    </message>
    <message>
        <source>Tally “{option}”: {count}</source>
        <translation>«{option}» дауыстары: {count}</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Deck</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Deck title</source>
        <translation>Жинақ атауы</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <source>&amp;Add current scenario</source>
        <translation>Ағымдағы сценарийді &amp;қосу</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ө&amp;шіру</translation>
    </message>
    <message>
        <source>&amp;Present from here</source>
        <translation>Осы қадамнан &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
</context>
<context>
    <name>DeckTexts</name>
    <message>
        <source>From EurAsEC to the EAEU</source>
        <translation>ЕурАзЭҚ-тан ЕАЭО-ға дейін</translation>
    </message>
    <message>
        <source>The Eurasian Economic Community</source>
        <translation>Еуразиялық экономикалық қоғамдастық</translation>
    </message>
    <message>
        <source>Why try again after the CIS?</source>
        <translation>ТМД-дан кейін неге қайта талпыну керек болды?</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <source>Russia&apos;s pull</source>
        <translation>Ресейдің тартымы</translation>
    </message>
    <message>
        <source>Uzbekistan steps in</source>
        <translation>Өзбекстан кіреді</translation>
    </message>
    <message>
        <source>What makes a member step in and out again?</source>
        <translation>Мүше неге кіріп, қайта шығады?</translation>
    </message>
    <message>
        <source>Its own interests</source>
        <translation>Өз мүдделері</translation>
    </message>
    <message>
        <source>Outside pressure</source>
        <translation>Сырттан қысым</translation>
    </message>
    <message>
        <source>The Customs Union</source>
        <translation>Кеден одағы</translation>
    </message>
    <message>
        <source>Was a common tariff with Russia a good bargain for Kazakhstan?</source>
        <translation>Ресеймен ортақ тариф Қазақстан үшін тиімді мәміле болды ма?</translation>
    </message>
    <message>
        <source>A good bargain</source>
        <translation>Тиімді мәміле</translation>
    </message>
    <message>
        <source>A bad bargain</source>
        <translation>Тиімсіз мәміле</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Айтуға әлі ерте</translation>
    </message>
    <message>
        <source>The Common Economic Space</source>
        <translation>Бірыңғай экономикалық кеңістік</translation>
    </message>
    <message>
        <source>Who leads Eurasian integration now?</source>
        <translation>Еуразиялық интеграцияны енді кім бастайды?</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Ешкім</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union</source>
        <translation>Еуразиялық экономикалық одақ</translation>
    </message>
    <message>
        <source>Did the union deliver what the community promised?</source>
        <translation>Одақ қоғамдастық уәде еткенді берді ме?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Ішінара</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Wider: Uzbekistan joins</source>
        <translation>Кеңірек: Өзбекстан қосылады</translation>
    </message>
    <message>
        <source>Should the union widen to Uzbekistan?</source>
        <translation>Одақ Өзбекстанды қосып кеңеюі керек пе?</translation>
    </message>
    <message>
        <source>Deeper: more for the Commission</source>
        <translation>Тереңірек: Комиссияға көбірек өкілеттік</translation>
    </message>
    <message>
        <source>Deeper or wider: which could Kazakhstan accept?</source>
        <translation>Тереңірек пе, кеңірек пе: Қазақстан қайсысын қабылдай алар еді?</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>Тереңірек</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Кеңірек</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ешқайсысы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s choices after 2022</source>
        <translation>2022 жылдан кейінгі Қазақстанның таңдауы</translation>
    </message>
    <message>
        <source>Where Kazakhstan stands</source>
        <translation>Қазақстан қай жерде тұр</translation>
    </message>
    <message>
        <source>Is Kazakhstan&apos;s multi-vector balance still holding?</source>
        <translation>Қазақстанның көпвекторлы тепе-теңдігі әлі сақталып тұр ма?</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Сақталып тұр</translation>
    </message>
    <message>
        <source>Under strain</source>
        <translation>Қысымда</translation>
    </message>
    <message>
        <source>Already lost</source>
        <translation>Әлдеқашан жоғалды</translation>
    </message>
    <message>
        <source>Leaving the EAEU and the CSTO</source>
        <translation>ЕАЭО мен ҰҚШҰ-дан шығу</translation>
    </message>
    <message>
        <source>Should Kazakhstan leave both Russia-led bodies?</source>
        <translation>Қазақстан Ресей бастайтын екі ұйымнан да шығуы керек пе?</translation>
    </message>
    <message>
        <source>Leave both</source>
        <translation>Екеуінен де шығу</translation>
    </message>
    <message>
        <source>Leave the CSTO only</source>
        <translation>Тек ҰҚШҰ-дан шығу</translation>
    </message>
    <message>
        <source>Stay in both</source>
        <translation>Екеуінде де қалу</translation>
    </message>
    <message>
        <source>A BRICS partnership</source>
        <translation>БРИКС-пен әріптестік</translation>
    </message>
    <message>
        <source>Is a BRICS partnership worth the signal it sends?</source>
        <translation>БРИКС-пен әріптестік ол беретін белгіге тұра ма?</translation>
    </message>
    <message>
        <source>Worth it</source>
        <translation>Тұрады</translation>
    </message>
    <message>
        <source>Not worth it</source>
        <translation>Тұрмайды</translation>
    </message>
    <message>
        <source>Makes no difference</source>
        <translation>Ештеңе өзгертпейді</translation>
    </message>
    <message>
        <source>Turning to China</source>
        <translation>Қытайға бет бұру</translation>
    </message>
    <message>
        <source>Would a China-centred course give Kazakhstan more room or less?</source>
        <translation>Қытайға бағытталған бағыт Қазақстанға көбірек еркіндік бере ме, әлде азырақ па?</translation>
    </message>
    <message>
        <source>More room</source>
        <translation>Көбірек еркіндік</translation>
    </message>
    <message>
        <source>Less room</source>
        <translation>Азырақ еркіндік</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Сол күйінде</translation>
    </message>
    <message>
        <source>Armenia&apos;s example</source>
        <translation>Армения мысалы</translation>
    </message>
    <message>
        <source>Is Armenia&apos;s break with the CSTO a model for Kazakhstan?</source>
        <translation>Арменияның ҰҚШҰ-мен қатынасын үзуі Қазақстан үшін үлгі ме?</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Not a model</source>
        <translation>Үлгі емес</translation>
    </message>
</context>
<context>
    <name>DifferingArgumentsModel</name>
    <message>
        <source>Matches a choice of “{name}”</source>
        <translation>«{name}» сценарийіндегі таңдауға сәйкес</translation>
    </message>
    <message>
        <source>Does not apply to “{name}”</source>
        <translation>«{name}» сценарийіне қатысты емес</translation>
    </message>
    <message>
        <source>{id}: {claim}

{citation}</source>
        <translation>{id}: {claim}

{citation}</translation>
    </message>
    <message>
        <source>matches {name}</source>
        <translation>{name}: сәйкес</translation>
    </message>
    <message>
        <source>not {name}</source>
        <translation>{name}: сәйкес емес</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Ұстаным</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>{letter}: {name}
✓: the argument speaks to a choice it makes</source>
        <translation>{letter}: {name}
✓: дәлел осы сценарийдегі таңдауға қатысты</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>better for the state</source>
        <translation>мемлекет үшін жақсырақ</translation>
    </message>
    <message>
        <source>worse for the state</source>
        <translation>мемлекет үшін нашарырақ</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>changed (no better direction)</source>
        <translation>өзгерді (жақсырақ бағыт жоқ)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{better}&apos;&gt;▲ better&lt;/span&gt; · &lt;span style=&apos;color:{worse}&apos;&gt;▼ worse&lt;/span&gt; for the state · no mark: no better direction · double-click a row for its breakdown</source>
        <translation>&lt;span style=&apos;color:{better}&apos;&gt;▲ жақсырақ&lt;/span&gt; · &lt;span style=&apos;color:{worse}&apos;&gt;▼ нашарырақ&lt;/span&gt; мемлекет үшін · белгісіз: жақсырақ бағыт жоқ · жолды екі рет шерту — жіктеу</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ неғұрлым жоғары, соғұрлым жақсы</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ неғұрлым төмен, соғұрлым жақсы</translation>
    </message>
    <message>
        <source>– no better direction</source>
        <translation>– жақсырақ бағыт жоқ</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Condition the boxes should hold</source>
        <translation>Аймақтарда орындалуы тиіс шарт</translation>
    </message>
    <message>
        <source>ENTITY:INDICATOR, one of &gt;, &gt;=, &lt;, &lt;= and a number, joined by “and”; the entity is a state code, a bloc code or “region”</source>
        <translation>НЫСАН:КӨРСЕТКІШ, &gt;, &gt;=, &lt;, &lt;= белгілерінің бірі және сан, бөліктер «and» сөзімен біріктіріледі; нысан — мемлекет коды, блок коды немесе «region»</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Шарт:</translation>
    </message>
    <message>
        <source>&amp;Find boxes</source>
        <translation>Аймақтарды &amp;табу</translation>
    </message>
    <message>
        <source>Find the boxes where the condition holds</source>
        <translation>Шарт орындалатын аймақтарды табу</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Іздеу нені тапты</translation>
    </message>
    <message>
        <source>Box of the trajectory shown</source>
        <translation>Траекторияның көрсетілген аймағы</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Аймақ:</translation>
    </message>
    <message>
        <source>&amp;Show these combinations</source>
        <translation>Бұл комбинацияларды &amp;көрсету</translation>
    </message>
    <message>
        <source>Show the box&apos;s combinations in the table</source>
        <translation>Аймақтың комбинацияларын кестеде көрсету</translation>
    </message>
    <message>
        <source>List only this box&apos;s combinations on the Combinations tab, to read or open one</source>
        <translation>«Комбинациялар» қойындысында тек осы аймақтың комбинацияларын қалдыру, біреуін оқу немесе ашу үшін</translation>
    </message>
    <message>
        <source>The box shown</source>
        <translation>Көрсетілген аймақ</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Kept in the box</source>
        <translation>Аймақта қалады</translation>
    </message>
    <message>
        <source>The choices the box keeps</source>
        <translation>Аймақ қалдыратын таңдаулар</translation>
    </message>
    <message>
        <source>Run an exploration first: the boxes are found among its combinations.</source>
        <translation>Алдымен зерттеуді іске қосыңыз: аймақтар оның комбинацияларынан ізделеді.</translation>
    </message>
    <message>
        <source>Write a condition and find the boxes of choices where it holds.</source>
        <translation>Шартты жазып, ол орындалатын таңдау аймақтарын табыңыз.</translation>
    </message>
    <message>
        <source>Finding boxes…</source>
        <translation>Аймақтар ізделуде…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Іздеу сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <source>The condition holds in {cases:,} of {total:,} combinations; the trajectory has {steps} boxes. Pick one on the chart or with Box.</source>
        <translation>Шарт {total:,} комбинацияның {cases:,} комбинациясында орындалады; траекторияда {steps} аймақ бар. Біреуін графиктен немесе «Аймақ» өрісінен таңдаңыз.</translation>
    </message>
    <message>
        <source>Box {step} of the {count} on the trajectory: {combinations:,} combinations, {hits:,} of them hold the condition (density {density:.0%}); they are {coverage:.0%} of the {cases:,} combinations where it holds (coverage). Higher is better for both.</source>
        <translation>Траекториядағы {count} аймақтың {step}-сі: {combinations:,} комбинация, олардың {hits:,} комбинациясында шарт орындалады (тығыздық {density:.0%}); бұл шарт орындалатын {cases:,} комбинацияның {coverage:.0%} бөлігі (қамту). Екеуі де неғұрлым жоғары болса, соғұрлым жақсы.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>{state} in {bloc}</source>
        <translation>{state} — {bloc} құрамында</translation>
    </message>
    <message>
        <source>{state}: alignment</source>
        <translation>{state}: бағдар</translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="vanished">қалады</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation type="vanished">шығады</translation>
    </message>
    <message>
        <source>joins</source>
        <translation type="vanished">кіреді</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>weight of trade in the ties to a pole</source>
        <translation>полюспен байланыстардағы сауданың салмағы</translation>
    </message>
    <message>
        <source>weight of bloc memberships in the ties to a pole</source>
        <translation>полюспен байланыстардағы блоктарға мүшеліктің салмағы</translation>
    </message>
    <message>
        <source>weight of the declared alignment in the ties to a pole</source>
        <translation>полюспен байланыстардағы жарияланған бағдардың салмағы</translation>
    </message>
    <message>
        <source>weight of trade with sanctioned economies in sanctions exposure</source>
        <translation>санкциялық осалдықтағы санкция салынған экономикалармен сауданың салмағы</translation>
    </message>
    <message>
        <source>weight of blocs with sanctioned members in sanctions exposure</source>
        <translation>санкциялық осалдықтағы санкция салынған мүшелері бар блоктардың салмағы</translation>
    </message>
    <message>
        <source>weight of aligning with a sanctioned pole in sanctions exposure</source>
        <translation>санкциялық осалдықтағы санкция салынған полюсқа бағдардың салмағы</translation>
    </message>
    <message>
        <source>weight of the corridor neighbours&apos; alignments in sanctions exposure</source>
        <translation>санкциялық осалдықтағы дәліз көршілері бағдарларының салмағы</translation>
    </message>
    <message>
        <source>share of delegated autonomy a shared C5 stance wins back</source>
        <translation>C5 ортақ ұстанымы қайтаратын берілген дербестік үлесі</translation>
    </message>
    <message>
        <source>weight of a bloc&apos;s dominant member in the autonomy delegated</source>
        <translation>берілген дербестіктегі блоктың басым мүшесінің салмағы</translation>
    </message>
    <message>
        <source>autonomy given up by a single-pole alignment</source>
        <translation>бір полюсты бағдарда жоғалатын дербестік</translation>
    </message>
    <message>
        <source>weight of a defence obligation in security coverage</source>
        <translation>қауіпсіздікпен қамтылудағы қорғаныс міндеттемесінің салмағы</translation>
    </message>
    <message>
        <source>how far sanctions close a transit corridor</source>
        <translation>санкциялар транзиттік дәлізді қаншалықты жабады</translation>
    </message>
    <message>
        <source>worth of a transit corridor being open</source>
        <translation>ашық транзиттік дәліздің құндылығы</translation>
    </message>
    <message>
        <source>worth of free trade with a corridor&apos;s other states</source>
        <translation>дәліздің басқа мемлекеттерімен еркін сауданың құндылығы</translation>
    </message>
    <message>
        <source>worth of alignment with a corridor&apos;s sponsoring pole</source>
        <translation>дәлізді қолдайтын полюсқа бағдардың құндылығы</translation>
    </message>
    <message>
        <source>open routes at which the transit index reaches 63</source>
        <translation>транзит индексі 63-ке жететін ашық бағыттар саны</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>Add argument {id}</source>
        <translation>{id} дәлелін қосу</translation>
    </message>
    <message>
        <source>Edit argument {id}</source>
        <translation>Дәлелді өңдеу: {id}</translation>
    </message>
    <message>
        <source>Delete argument {id}</source>
        <translation>{id} дәлелін жою</translation>
    </message>
    <message>
        <source>Add source {id}</source>
        <translation>{id} дереккөзін қосу</translation>
    </message>
    <message>
        <source>Edit source {id}</source>
        <translation>Дереккөзді өңдеу: {id}</translation>
    </message>
    <message>
        <source>Delete source {id}</source>
        <translation>{id} дереккөзін жою</translation>
    </message>
    <message>
        <source>Import source {id}</source>
        <translation>{id} дереккөзін импорттау</translation>
    </message>
    <message>
        <source>Import {count} argument(s)</source>
        <translation>Дәлелдерді импорттау: {count}</translation>
    </message>
</context>
<context>
    <name>EvidenceDocument</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Өзгерісті сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Shipped with the program: read-only (duplicate it to make your own).</source>
        <translation>Бағдарламамен бірге келеді: тек оқуға арналған (өзіңіздікін жасау үшін көшірмесін жасаңыз).</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>{partner}: GDP {gdp:,.0f} bn at preferential depth {depth:.2f} through {via}</source>
        <translation>{partner}: ЖІӨ {gdp:,.0f} млрд, {via} арқылы преференция тереңдігі {depth:.2f}</translation>
    </message>
    <message>
        <source>trade share with {pole} {share:.0%} × {weight}</source>
        <translation>сауда үлесі: {pole} {share:.0%} × {weight}</translation>
    </message>
    <message>
        <source>{bloc} ({status}) × {weight}</source>
        <translation>{bloc} ({status}) × {weight}</translation>
    </message>
    <message>
        <source>alignment {choice} × {weight}</source>
        <translation>бағдар: {choice} × {weight}</translation>
    </message>
    <message>
        <source>multi-vector alignment × {weight}, {share:.0%} of it on {pole}: its weight is shared out so that the ties with Russia, China and the West end as even as they can</source>
        <translation>көпвекторлы бағдар × {weight}, оның {share:.0%} үлесі {pole} жағына: оның салмағы Ресеймен, Қытаймен және Батыспен байланыстар барынша тең болатындай бөлінеді</translation>
    </message>
    <message>
        <source>trade with {pole} ({share:.0%}, severity {severity:.2f})</source>
        <translation>сауда: {pole} ({share:.0%}, қатаңдығы {severity:.2f})</translation>
    </message>
    <message>
        <source>{bloc}: {share:.0%} of members&apos; GDP sanctioned</source>
        <translation>{bloc}: мүшелер ЖІӨ-нің {share:.0%} санкцияда</translation>
    </message>
    <message>
        <source>alignment {choice}</source>
        <translation>бағдар: {choice}</translation>
    </message>
    <message>
        <source>sanctions on {state} itself</source>
        <translation>{state} мемлекетінің өзіне қарсы санкциялар</translation>
    </message>
    <message>
        <source>alignments of the states sharing {state}&apos;s corridors</source>
        <translation>{state} дәліздерін бөлісетін мемлекеттердің бағдарлары</translation>
    </message>
    <message>
        <source>starting autonomy</source>
        <translation>бастапқы дербестік</translation>
    </message>
    <message>
        <source>{bloc}: delegation {delegation:.2f}, dominance {dominance:.0%}</source>
        <translation>{bloc}: өкілеттік беру {delegation:.2f}, үстемдік {dominance:.0%}</translation>
    </message>
    <message>
        <source>single-pole alignment ({choice})</source>
        <translation>бір полюсті бағдар ({choice})</translation>
    </message>
    <message>
        <source>autonomy won back by the shared multi-vector stance of {share:.0%} of the other C5 states</source>
        <translation>басқа C5 мемлекеттерінің {share:.0%} үлесінің ортақ көпвекторлы ұстанымы қайтаратын дербестік</translation>
    </message>
    <message>
        <source>{bloc} ({status})</source>
        <translation>{bloc} ({status})</translation>
    </message>
    <message>
        <source>ties with {pole}: {share:.0%} of the state&apos;s ties</source>
        <translation>байланыстар: {pole} — мемлекет байланыстарының {share:.0%}</translation>
    </message>
    <message>
        <source>{corridor}: open {open:.0%}, eased {ease:.0%}</source>
        <translation>{corridor}: {open:.0%} ашық, {ease:.0%} жеңілдетілген</translation>
    </message>
    <message>
        <source>{member}</source>
        <translation>{member}</translation>
    </message>
    <message>
        <source>{member}: {share:.0%} on {pole}</source>
        <translation>{member}: «{pole}» полюсіне {share:.0%}</translation>
    </message>
    <message>
        <source>not explained by the parts</source>
        <translation>құрамдастармен түсіндірілмейді</translation>
    </message>
    <message>
        <source>100·X/(1+X) with X = {x:.2f}: the preferential partners&apos; GDP as a multiple of {state}&apos;s own ({gdp:,.0f} bn, {year}); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100·X/(1+X), X = {x:.2f}: преференциялық серіктестер ЖІӨ-нің {state} мемлекетінің өз ЖІӨ-не қатынасы ({gdp:,.0f} млрд, {year}); құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × (weighted trade share + weighted ties to blocs the pole leads, at most 1 + weighted alignment), at most 100</source>
        <translation>100 × (салмақталған сауда үлесі + полюс бастайтын блоктармен салмақталған байланыстар, ең көбі 1 + салмақталған бағдар), ең көбі 100</translation>
    </message>
    <message>
        <source>100 × min(1, trade with sanctioned poles + blocs with sanctioned members + alignment with a sanctioned pole + corridor neighbours&apos; alignments + own sanctions); the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × min(1, санкциядағы полюстермен сауда + мүшелері санкциядағы блоктар + санкциядағы полюске бағдар + дәліздегі көршілердің бағдарлары + өз санкциялары); құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × product of (1 − delegation × dominance factor) over blocs, less what a shared C5 stance wins back and the cost of a single-pole alignment; the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × блоктар бойынша (1 − өкілеттік беру × үстемдік коэффициенті) көбейтіндісі, C5 ортақ ұстанымы қайтаратын үлес пен бір полюсті бағдардың құны ескеріледі; құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × ({base} + {ease} ease + {affinity} alignment of the states on it with the corridor&apos;s pole); the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × (1 − exp(−Z / {scale:g})), Z = ашық дәліздер бойынша қосынды: ашықтық × ({base} + {ease} × жеңілдету + {affinity} × дәліздегі мемлекеттердің дәліз полюсіне бағдары); құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × min(1, trade with sanctioned poles + blocs with sanctioned members + alignment with a sanctioned pole + own sanctions); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × min(1, санкциядағы полюстермен сауда + мүшелері санкциядағы блоктар + санкциядағы полюске бағдар + өз санкциялары); құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × product of (1 − delegation × dominance factor) over blocs, less the cost of a single-pole alignment; the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × блоктар бойынша (1 − өкілеттік беру × үстемдік коэффициенті) көбейтіндісі, бір полюсті бағдардың құны шегеріледі; құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Y)), Y = sum over blocs of status × security depth × defence multiplier × partners&apos; share of combined GDP; the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × (1 − exp(−Y)), Y = блоктар бойынша қосынды: мәртебе × қауіпсіздік ынтымақтастығының тереңдігі × қорғаныс көбейткіші × серіктестердің жиынтық ЖІӨ-дегі үлесі; құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), q the shares of the state&apos;s ties to the {poles} poles</source>
        <translation>100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), мұндағы q — мемлекеттің {poles} полюспен байланыстарының үлестері</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × ({base} + {ease} ease + {affinity} alignment with the corridor&apos;s pole); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × (1 − exp(−Z / {scale:g})), Z = ашық дәліздер бойынша қосынды: ашықтық × ({base} + {ease} × жеңілдету + {affinity} × дәліз полюсіне бағдар); құрамдастар ең үлкенінен бастап алынады, әрқайсысы алдыңғыларының үстіне өз үлесін қосады</translation>
    </message>
    <message>
        <source>100 × Σ depth × partner&apos;s GDP / GDP of the world outside {state} ({outside:,.0f} bn, each state&apos;s latest figure up to {year}): the % of the world&apos;s economy {state} reaches on preferential terms</source>
        <translation>100 × Σ тереңдік × серіктес ЖІӨ-і / {state} мемлекетінен тыс әлемнің ЖІӨ-і ({outside:,.0f} млрд, әр мемлекеттің {year} жылға дейінгі соңғы деректері): {state} артықшылықты шарттармен қол жеткізетін әлем экономикасының %-ы</translation>
    </message>
    <message>
        <source>count of founding and full members</source>
        <translation>құрылтайшы және толық мүшелер саны</translation>
    </message>
    <message>
        <source>sum of the full members&apos; GDP (US$ bn)</source>
        <translation>толық мүшелер ЖІӨ-нің қосындысы (млрд АҚШ доллары)</translation>
    </message>
    <message>
        <source>sum of the full members&apos; population (million)</source>
        <translation>толық мүшелер халқының қосындысы (млн)</translation>
    </message>
    <message>
        <source>count of the partners with an agreement in force with {hub}; {hub}, the hub of these agreements, is not counted</source>
        <translation>{hub} орталығымен келісімі күшіндегі серіктестер саны; бұл келісімдердің орталығы {hub} есептелмейді</translation>
    </message>
    <message>
        <source>sum of the partners&apos; GDP (US$ bn); {hub}, the hub of these agreements, is not counted</source>
        <translation>серіктестер ЖІӨ-нің қосындысы (млрд АҚШ доллары); бұл келісімдердің орталығы {hub} есептелмейді</translation>
    </message>
    <message>
        <source>sum of the partners&apos; population (million); {hub}, the hub of these agreements, is not counted</source>
        <translation>серіктестер халқының қосындысы (млн); бұл келісімдердің орталығы {hub} есептелмейді</translation>
    </message>
    <message>
        <source>the largest full member&apos;s share of the full members&apos; GDP (%)</source>
        <translation>ең ірі толық мүшенің толық мүшелер ЖІӨ-індегі үлесі (%)</translation>
    </message>
    <message>
        <source>mean over full members with an alignment of the weight of their alignment on the leading pole</source>
        <translation>бағдары белгілі толық мүшелер бойынша орташа: олардың жетекші полюске бағдарының салмағы</translation>
    </message>
    <message>
        <source>mean over full members with an alignment of the weight of their alignment on the pole they weigh most on together (no lead)</source>
        <translation>бағдары белгілі толық мүшелер бойынша орташа: олар бірге ең көп ден қоятын полюске бағдарының салмағы (жетекші жоқ)</translation>
    </message>
    <message>
        <source>share of the post-Soviet states&apos; total in states with this alignment</source>
        <translation>осы бағдардағы мемлекеттердің посткеңестік мемлекеттер жиынтығындағы үлесі</translation>
    </message>
    <message>
        <source>GDP from {year}</source>
        <translation>ЖІӨ: {year} ж.</translation>
    </message>
    <message>
        <source>no GDP figure</source>
        <translation>ЖІӨ туралы дерек жоқ</translation>
    </message>
    <message>
        <source>trade shares from {year}</source>
        <translation>сауда үлестері: {year} ж.</translation>
    </message>
    <message>
        <source>no trade shares</source>
        <translation>сауда туралы дерек жоқ</translation>
    </message>
    <message>
        <source>memberships on {date}</source>
        <translation>{date} күнгі мүшелік</translation>
    </message>
    <message>
        <source>alignments on {date}</source>
        <translation>{date} күнгі бағдарлар</translation>
    </message>
    <message>
        <source>project reading of the literature</source>
        <translation>жоба авторларының әдебиетті оқуы</translation>
    </message>
    <message>
        <source>scenario edit</source>
        <translation>сценарийді түзету</translation>
    </message>
    <message>
        <source>model parameter</source>
        <translation>модель параметрі</translation>
    </message>
    <message>
        <source>corridor data</source>
        <translation>дәліздер туралы деректер</translation>
    </message>
    <message>
        <source>sanctions data</source>
        <translation>санкциялар туралы деректер</translation>
    </message>
    <message>
        <source>own pole</source>
        <translation>өз полюсі</translation>
    </message>
    <message>
        <source>{part} (not in the scenario)</source>
        <translation>{part} (сценарийде жоқ)</translation>
    </message>
    <message>
        <source>{part} (not in the baseline)</source>
        <translation>{part} (базалық деңгейде жоқ)</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>ExplorationChart</name>
    <message>
        <source>{title} (lower is better, axis reversed)</source>
        <translation>{title} (аз болғаны жақсы, ось кері)</translation>
    </message>
    <message>
        <source>{title} (higher is better)</source>
        <translation>{title} (көп болғаны жақсы)</translation>
    </message>
    <message>
        <source>{title} (higher counted as better)</source>
        <translation>{title} (көбі жақсы деп есептеледі)</translation>
    </message>
    <message>
        <source>Scatter plot of the explored combinations</source>
        <translation>Зерттелген комбинациялардың шашырау диаграммасы</translation>
    </message>
    <message>
        <source>Each point is one combination of alignment choices. Blue points are Pareto-efficient on all the objectives run, not only the two shown; click a point to select its combination.</source>
        <translation>Әр нүкте — бағдар таңдауларының бір комбинациясы. Көк нүктелер көрсетілген екеуі ғана емес, есептелген барлық мақсат бойынша Парето-тиімді; комбинациясын таңдау үшін нүктені басыңыз.</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>Озылған</translation>
    </message>
    <message>
        <source>Pareto-efficient (on the objectives that move)</source>
        <translation>Парето-тиімді (өзгеретін мақсаттар бойынша)</translation>
    </message>
    <message>
        <source>Pareto-efficient (on all objectives)</source>
        <translation type="vanished">Парето-тиімді (барлық мақсат бойынша)</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Ағымдағы сценарий</translation>
    </message>
    <message>
        <source>Best under your weights</source>
        <translation>Сіздің салмақтарыңыз бойынша ең үздіктері</translation>
    </message>
    <message>
        <source>Hidden by the filter</source>
        <translation>Сүзгі жасырғандар</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Таңдалған</translation>
    </message>
    <message>
        <source>Run an exploration to see its combinations here.</source>
        <translation>Комбинацияларды осында көру үшін зерттеуді іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ExplorationTable</name>
    <message>
        <source>{title} (constant)</source>
        <translation>{title} (тұрақты)</translation>
    </message>
    <message>
        <source>Takes the same value in every combination: it cannot trade off against anything, so it is left out of the Pareto front and of the weightings</source>
        <translation>Барлық комбинацияда бірдей мән алады: ештеңемен теңгерілмейді, сондықтан Парето шебіне де, салмақ жиынтықтарына да кірмейді</translation>
    </message>
    <message>
        <source>keeps</source>
        <translation>сақтайды</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>шығады</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>кіреді</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>Ranks first under {share:.1%} of the sampled weightings of the objectives</source>
        <translation>Мақсаттардың іріктелген салмақ жиынтықтарының {share:.1%} бөлігінде бірінші орында</translation>
    </message>
    <message>
        <source>Whether {state} keeps its standing in {bloc} or flips it</source>
        <translation>{state} {bloc} ішіндегі жағдайын сақтай ма, әлде керісінше өзгерте ме</translation>
    </message>
    <message>
        <source>Pareto-efficient: no other combination is at least as good on every objective and better on one</source>
        <translation>Парето-тиімді: әр мақсат бойынша кем емес және біреуі бойынша жақсырақ басқа комбинация жоқ</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Тиімді</translation>
    </message>
    <message>
        <source>Share of randomly sampled weightings of the objectives under which this combination ranks first: the robust winners rank first under many</source>
        <translation>Осы комбинация бірінші орын алатын, мақсаттардың кездейсоқ іріктелген салмақ жиынтықтарының үлесі: тұрақты жеңімпаздар олардың көбінде бірінші</translation>
    </message>
    <message>
        <source>Ranks first</source>
        <translation>Бірінші орын</translation>
    </message>
    <message>
        <source>Score under the weights set on the sliders: the weighted mean of the objectives, each scaled from 0 (the worst combination on it) to 1 (the best); higher is better</source>
        <translation>Жүгірткілермен берілген салмақтар бойынша баға: мақсаттардың салмақталған орташасы, әрқайсысы 0-ден (ол бойынша ең нашар комбинация) 1-ге (ең жақсысы) дейінгі шкалаға келтірілген; көбірек болған сайын жақсы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Share of draws of the weights, constants and estimated data over their plausible ranges in which this combination is Pareto-efficient: near 100% it is on the front whatever the estimates</source>
        <translation>Салмақтардың, тұрақтылардың және бағаланған деректердің ықтимал ауқымдарындағы іріктемелерінің осы комбинация Парето-тиімді болатын үлесі: 100%-ға жақын болса, ол кез келген бағалауда шекарада</translation>
    </message>
    <message>
        <source>On the front</source>
        <translation>Шекарада</translation>
    </message>
    <message>
        <source>How many tensions (the warnings of the scenario&apos;s check) the combination holds: 0 is consistent, fewer is better</source>
        <translation>Комбинациядағы қайшылықтар саны (сценарийді тексерудің ескертулері): 0 — үйлесімді, неғұрлым аз болса, соғұрлым жақсы</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Қайшылықтар</translation>
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <source>Explore combinations</source>
        <translation>Комбинацияларды зерттеу</translation>
    </message>
    <message>
        <source>Explore combinations of alignment choices</source>
        <translation>Бағдар таңдауларының комбинацияларын зерттеу</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Мемлекеттер</translation>
    </message>
    <message>
        <source>States to explore</source>
        <translation>Зерттелетін мемлекеттер</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment is evaluated for the checked states (at most {max}).</source>
        <translation type="vanished">Белгіленген мемлекеттер (ең көбі {max}) үшін Ресей бағыты, Қытай бағыты және көпвекторлы бағдардың әр комбинациясы бағаланады.</translation>
    </message>
    <message>
        <source>Number of combinations</source>
        <translation>Комбинациялар саны</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <source>Objective indicators</source>
        <translation>Мақсатты көрсеткіштер</translation>
    </message>
    <message>
        <source>The indicators a combination is judged on, averaged over the checked states (at least {min}).</source>
        <translation type="vanished">Комбинация бағаланатын, белгіленген мемлекеттер бойынша орташаланған көрсеткіштер (кемінде {min}).</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment (and West-oriented, if asked) is evaluated for the checked states (at most {limit:,} combinations). Beyond {max:,} the run is streamed: the results keep the Pareto front and the best combinations on each objective.</source>
        <translation>Белгіленген мемлекеттер үшін Ресей бағыты, Қытай бағыты және көпвекторлы бағыттың (сұралса, Батыс бағытының да) әрбір комбинациясы бағаланады; ең көбі {limit:,} комбинация. {max:,} шегінен асса, есептеу ағынмен жүреді: нәтижелерде Парето шекарасы мен әр мақсат бойынша ең үздік комбинациялар қалады.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <source>Evaluate every combination (Ctrl+Return)</source>
        <translation>Барлық комбинацияны бағалау (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Run the exploration</source>
        <translation>Зерттеуді іске қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop the running exploration (Esc)</source>
        <translation>Орындалып жатқан зерттеуді тоқтату (Esc)</translation>
    </message>
    <message>
        <source>Cancel the exploration</source>
        <translation>Зерттеуден бас тарту</translation>
    </message>
    <message>
        <source>Progress of the exploration</source>
        <translation>Зерттеу барысы</translation>
    </message>
    <message>
        <source>Why the exploration cannot run</source>
        <translation>Зерттеуді неге іске қосуға болмайды</translation>
    </message>
    <message>
        <source>Exploration status</source>
        <translation>Зерттеу күйі</translation>
    </message>
    <message>
        <source>Too many states: at most {max} can be explored at once ({count:,} combinations, about {megabytes:,} MB of memory, would not fit in a readable chart). Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation type="vanished">Мемлекеттер тым көп: бір уақытта ең көбі {max} мемлекетті зерттеуге болады ({count:,} комбинация, шамамен {megabytes:,} МБ жады, оқуға ыңғайлы диаграммаға сыймайды). Оның орнына іріктемені зерттеңіз: бір уақытта азырақ мемлекет алып, қалғандарының таңдауын сценарийде бекітіңіз.</translation>
    </message>
    <message>
        <source>Objective on the horizontal axis</source>
        <translation>Көлденең осьтегі мақсат</translation>
    </message>
    <message>
        <source>Objective on the vertical axis</source>
        <translation>Тік осьтегі мақсат</translation>
    </message>
    <message>
        <source>The objective shown across</source>
        <translation>Көлденең көрсетілетін мақсат</translation>
    </message>
    <message>
        <source>The objective shown upwards</source>
        <translation>Тігінен көрсетілетін мақсат</translation>
    </message>
    <message>
        <source>&amp;Across:</source>
        <translation>&amp;Көлденең:</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>&amp;Тігінен:</translation>
    </message>
    <message>
        <source>&amp;Consistent only</source>
        <translation>Тек &amp;үйлесімділер</translation>
    </message>
    <message>
        <source>Show only the combinations without tensions</source>
        <translation>Тек қайшылықсыз комбинацияларды көрсету</translation>
    </message>
    <message>
        <source>How many combinations are consistent</source>
        <translation>Қанша комбинация үйлесімді</translation>
    </message>
    <message>
        <source>Show only the combinations in the box</source>
        <translation>Тек аймақтағы комбинацияларды көрсету</translation>
    </message>
    <message>
        <source>How the combinations were judged</source>
        <translation>Комбинациялар қалай бағаланды</translation>
    </message>
    <message>
        <source>Combinations, robust winners first</source>
        <translation>Комбинациялар, алдымен тұрақты жеңімпаздар</translation>
    </message>
    <message>
        <source>All combinations, those ranking first under the most weightings of the objectives on top. Click a column header to sort; double-click a row to open it.</source>
        <translation>Барлық комбинация; жоғарыда — мақсаттардың ең көп салмақ жиынтығында бірінші орын алатындары. Сұрыптау үшін баған тақырыбын басыңыз; ашу үшін жолды екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Нәтижелердің көріністері</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Шеп</translation>
    </message>
    <message>
        <source>&amp;Drivers</source>
        <translation>&amp;Факторлар</translation>
    </message>
    <message>
        <source>Which choice moves each objective most (share of its variance)</source>
        <translation>Қай таңдау әр мақсатты ең көп қозғайды (оның дисперсиясының үлесі)</translation>
    </message>
    <message>
        <source>The selected combination</source>
        <translation>Таңдалған комбинация</translation>
    </message>
    <message>
        <source>Open as scenario</source>
        <translation>Сценарий ретінде ашу</translation>
    </message>
    <message>
        <source>Open the selected combination as a scenario</source>
        <translation>Таңдалған комбинацияны сценарий ретінде ашу</translation>
    </message>
    <message>
        <source>Open the selected combination as a new scenario: its alignment choices on top of the scenario that was explored</source>
        <translation>Таңдалған комбинацияны жаңа сценарий ретінде ашу: оның бағдар таңдаулары зерттелген сценарийдің үстіне қойылады</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close the dialog (a running exploration stops)</source>
        <translation>Терезені жабу (орындалып жатқан зерттеу тоқтайды)</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment (and West-oriented, if asked) is evaluated for the checked states (at most {max:,} combinations).</source>
        <translation type="vanished">Белгіленген мемлекеттер үшін Ресей бағыты, Қытай бағыты және көпвекторлы бағыттың (сұралса, Батыс бағытының да) әрбір комбинациясы бағаланады; ең көбі {max:,} комбинация.</translation>
    </message>
    <message>
        <source>The indicators a combination is judged on, combined over the checked states as chosen under Judging (at least {min}).</source>
        <translation>Комбинация бағаланатын көрсеткіштер; белгіленген мемлекеттер бойынша «Бағалау» бөлімінде таңдалғандай біріктіріледі (кемінде {min}).</translation>
    </message>
    <message>
        <source>Lower is better: the exploration minimises it.</source>
        <translation>Аз болғаны жақсы: зерттеу оны азайтады.</translation>
    </message>
    <message>
        <source>Higher is better: the exploration maximises it.</source>
        <translation>Көп болғаны жақсы: зерттеу оны арттырады.</translation>
    </message>
    <message>
        <source>Neither direction is better in itself; the exploration counts higher as better.</source>
        <translation>Ешбір бағыт өздігінен жақсы емес; зерттеу көбін жақсы деп есептейді.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Check at least one state.</source>
        <translation>Кемінде бір мемлекетті белгілеңіз.</translation>
    </message>
    <message>
        <source>Too many states: at most {max} can be explored at once ({count:,} combinations would not fit in a readable chart).</source>
        <translation type="vanished">Мемлекеттер тым көп: бір мезгілде ең көбі {max} мемлекетті зерттеуге болады ({count:,} комбинация оқуға ыңғайлы диаграммаға сыймайды).</translation>
    </message>
    <message>
        <source>Check at least {min} objectives: with fewer there is no trade-off to explore.</source>
        <translation>Кемінде {min} мақсатты белгілеңіз: аз болса, зерттейтін өзара теңгерім болмайды.</translation>
    </message>
    <message>
        <source>Check the states whose alignment may change.</source>
        <translation>Бағдары өзгеруі мүмкін мемлекеттерді белгілеңіз.</translation>
    </message>
    <message>
        <source>{states} states: too many, at most {max}.</source>
        <translation>{states} мемлекет: тым көп, ең көбі {max}.</translation>
    </message>
    <message>
        <source>{count:,} combinations ({choices}^{states} × 2^{toggles})</source>
        <translation>{count:,} комбинация ({choices}^{states} × 2^{toggles})</translation>
    </message>
    <message>
        <source>{count:,} combinations ({choices}^{states})</source>
        <translation>{count:,} комбинация ({choices}^{states})</translation>
    </message>
    <message>
        <source>More than {max:,}: streamed, the results keep the Pareto front and the best on each objective.</source>
        <translation>{max:,} шегінен көп: есептеу ағынмен, нәтижелерде Парето шекарасы мен әр мақсат бойынша ең үздіктері қалады.</translation>
    </message>
    <message>
        <source>Check at least {min} objectives.</source>
        <translation>Кемінде {min} мақсатты белгілеңіз.</translation>
    </message>
    <message>
        <source>{count} objectives</source>
        <translation>{count} мақсат</translation>
    </message>
    <message>
        <source>What to explore</source>
        <translation>Нені зерттеу</translation>
    </message>
    <message>
        <source>Evaluating {count:,} combinations…</source>
        <translation>{count:,} комбинация бағалануда…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Cancelled: no results.</source>
        <translation>Тоқтатылды: нәтиже жоқ.</translation>
    </message>
    <message>
        <source>{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient.</source>
        <translation>{count:,} комбинация {seconds:.1f} с ішінде бағаланды; {front:,} Парето-тиімді.</translation>
    </message>
    <message>
        <source>{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient; front tested against {draws:,} draws of the estimates in {drawn:.1f} s.</source>
        <translation>{count:,} комбинация {seconds:.1f} с ішінде бағаланды; {front:,} Парето бойынша тиімді; фронт бағалаулардың {draws:,} іріктемесінде {drawn:.1f} с ішінде тексерілді.</translation>
    </message>
    <message>
        <source>The exploration failed: {error}</source>
        <translation>Зерттеу сәтсіз аяқталды: {error}</translation>
    </message>
    <message>
        <source>West-oriented was tried besides the three usual choices.</source>
        <translation>Үш әдеттегі нұсқадан бөлек Батыс бағыты да сыналды.</translation>
    </message>
    <message>
        <source>Constant in every combination, so left out of the Pareto front and the weightings: {objectives}.</source>
        <translation>Барлық комбинацияда тұрақты, сондықтан Парето шебі мен салмақ жиынтықтарында ескерілмейді: {objectives}.</translation>
    </message>
    <message>
        <source>Combination {row:,} of {total:,}</source>
        <translation>Комбинация {row:,} / {total:,}</translation>
    </message>
    <message>
        <source>Pareto-efficient</source>
        <translation>Парето-тиімді</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>озылған</translation>
    </message>
    <message>
        <source>ranks first under {share} of weightings</source>
        <translation>салмақ жиынтықтарының {share} бөлігінде бірінші</translation>
    </message>
    <message>
        <source>never ranks first</source>
        <translation>ешқашан бірінші емес</translation>
    </message>
    <message>
        <source>on the front in {share} of the draws of the estimates</source>
        <translation>бағалау іріктемелерінің {share} шекарада</translation>
    </message>
    <message>
        <source>change against the current scenario in brackets</source>
        <translation>жақшада — ағымдағы сценарийге қатысты өзгеріс</translation>
    </message>
    <message>
        <source>Explored: {choices}</source>
        <translation>Зерттелген: {choices}</translation>
    </message>
    <message>
        <source>It is Pareto-efficient</source>
        <translation>Парето-тиімді</translation>
    </message>
    <message>
        <source>It is dominated</source>
        <translation>Озылған</translation>
    </message>
    <message>
        <source>Combination {row} of {total} from an exploration of “{base}” on {objectives}. {efficiency} and ranks first under {share:.1%} of sampled weightings.</source>
        <translation>«{base}» зерттеуінен алынған комбинация {row} / {total}; мақсаттар: {objectives}. {efficiency}; іріктелген салмақ жиынтықтарының {share:.1%} бөлігінде бірінші орында.</translation>
    </message>
    <message>
        <source>The scenario changed since this exploration: run again to explore it. Opening a combination still builds on the scenario explored.</source>
        <translation>Осы зерттеуден кейін сценарий өзгерді: оны зерттеу үшін қайта іске қосыңыз. Ашылған комбинация бұрынғысынша зерттелген сценарийге негізделеді.</translation>
    </message>
    <message>
        <source>Each objective is the value of the state that fares worst on it, among {states} (the worst state may differ from one objective to the next).</source>
        <translation>Әр мақсат — {states} ішінен сол мақсат бойынша ең нашар жағдайдағы мемлекеттің мәні (әр мақсат үшін бұл әртүрлі мемлекет болуы мүмкін).</translation>
    </message>
    <message>
        <source>Each objective is the value for {name} alone; the other states&apos; choices count through the blocs they share with it.</source>
        <translation>Әр мақсат — тек {name} үшін мән; басқа мемлекеттердің таңдауы онымен ортақ блоктар арқылы әсер етеді.</translation>
    </message>
    <message>
        <source>Each objective is the mean over {count} states: {states}.</source>
        <translation>Әр мақсат — мемлекеттер бойынша орташа мән ({count}): {states}.</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>How objectives combine over the states</source>
        <translation>Мақсаттар мемлекеттер бойынша қалай біріктіріледі</translation>
    </message>
    <message>
        <source>How each objective is made from the explored states&apos; values: their mean, the worst state on that objective, or one state&apos;s value alone</source>
        <translation>Әр мақсат зерттелетін мемлекеттердің мәндерінен қалай алынады: олардың орташасы, сол мақсат бойынша ең нашар мемлекет немесе бір мемлекеттің мәні</translation>
    </message>
    <message>
        <source>Also try West-oriented</source>
        <translation>Батыс бағытын да сынау</translation>
    </message>
    <message>
        <source>Also try the West-oriented alignment</source>
        <translation>Батыс бағытын да сынау</translation>
    </message>
    <message>
        <source>Add West-oriented (towards the EU and NATO) to the alignments tried: four choices per state instead of three, so fewer states fit in one run</source>
        <translation>Сыналатын нұсқаларға Батыс бағытын (ЕО мен НАТО-ға қарай) қосу: әр мемлекетке үш емес, төрт нұсқа, сондықтан бір іске қосуға азырақ мемлекет сыяды</translation>
    </message>
    <message>
        <source>Test the front against the estimates</source>
        <translation>Шекараны бағалауларға қарсы тексеру</translation>
    </message>
    <message>
        <source>After the run, draw the weights, constants and estimated data 1,000 times over their plausible ranges and count how often each combination stays Pareto-efficient (slower: every combination is evaluated once per draw)</source>
        <translation>Есептеуден кейін салмақтарды, тұрақтыларды және бағаланған деректерді ықтимал ауқымдарында 1 000 рет іріктеп, әр комбинацияның қаншалықты жиі Парето-тиімді болып қалатынын санау (баяуырақ: әр комбинация әр іріктеме үшін қайта есептеледі)</translation>
    </message>
    <message>
        <source>&amp;Combine by:</source>
        <translation>&amp;Біріктіру:</translation>
    </message>
    <message>
        <source>Mean over the states</source>
        <translation>Мемлекеттер бойынша орташа</translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation>Ең нашар мемлекет</translation>
    </message>
    <message>
        <source>{name} only</source>
        <translation>Тек {name}</translation>
    </message>
    <message>
        <source>Combinations or scenario discovery</source>
        <translation>Комбинациялар немесе сценарийлерді іздеу</translation>
    </message>
    <message>
        <source>Co&amp;mbinations</source>
        <translation>Ко&amp;мбинациялар</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>Аймақтарды &amp;іздеу</translation>
    </message>
    <message>
        <source>{state} leaves or stays in {bloc}</source>
        <translation>{state}: {bloc} құрамынан шығады немесе қалады</translation>
    </message>
    <message>
        <source>{state} joins or stays out of {bloc}</source>
        <translation>{state}: {bloc} құрамына кіреді немесе сырт қалады</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Мүшелік</translation>
    </message>
    <message>
        <source>Membership toggles: each checked toggle doubles the combinations, with the state keeping its standing in the bloc or flipping it (leaving if in, joining if out)</source>
        <translation>Мүшелік ауыстырғыштары: әр белгіленгені комбинациялар санын екі есе арттырады — мемлекет блоктағы жағдайын не сақтайды, не өзгертеді (мүше болса шығады, болмаса кіреді)</translation>
    </message>
    <message>
        <source>State of the membership toggle</source>
        <translation>Мүшелік ауыстырғышының мемлекеті</translation>
    </message>
    <message>
        <source>Bloc of the membership toggle</source>
        <translation>Мүшелік ауыстырғышының блогы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Add the membership toggle</source>
        <translation>Мүшелік ауыстырғышын қосу</translation>
    </message>
    <message>
        <source>Add the chosen state and bloc to the toggles run</source>
        <translation>Таңдалған мемлекет пен блокты есептелетін ауыстырғыштарға қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected membership toggle</source>
        <translation>Таңдалған мүшелік ауыстырғышын алып тастау</translation>
    </message>
    <message>
        <source>Membership toggles</source>
        <translation>Мүшелік ауыстырғыштары</translation>
    </message>
    <message>
        <source>in</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Салмақтар</translation>
    </message>
    <message>
        <source>Drag a weight to rank the combinations by your own weighting of the objectives: the score is the weighted mean of each objective scaled from 0 (the worst combination on it) to 1 (the best)</source>
        <translation>Комбинацияларды мақсаттарды өз салмақтауыңыз бойынша реттеу үшін салмақты жылжытыңыз: баға — мақсаттардың салмақталған орташасы, әрқайсысы 0-ден (ол бойынша ең нашар комбинация) 1-ге (ең жақсысы) дейінгі шкалаға келтірілген</translation>
    </message>
    <message>
        <source>Run an exploration to weigh its objectives.</source>
        <translation>Мақсаттарын салмақтау үшін зерттеуді іске қосыңыз.</translation>
    </message>
    <message>
        <source>Robust winners first</source>
        <translation>Алдымен тұрақты жеңімпаздар</translation>
    </message>
    <message>
        <source>Order the table by the robust winners again</source>
        <translation>Кестені қайтадан тұрақты жеңімпаздар бойынша реттеу</translation>
    </message>
    <message>
        <source>Put the weights back and order the table by the share of weightings ranking first</source>
        <translation>Салмақтарды қайтарып, кестені комбинация бірінші болатын салмақтаулардың үлесі бойынша реттеу</translation>
    </message>
    <message>
        <source>Weight of {objective}</source>
        <translation>«{objective}» мақсатының салмағы</translation>
    </message>
    <message>
        <source>Weight of {objective}: 0 ignores it, 100 counts it most</source>
        <translation>«{objective}» мақсатының салмағы: 0 — ескермеу, 100 — барынша ескеру</translation>
    </message>
</context>
<context>
    <name>ExploreDrivers</name>
    <message>
        <source>{state} (alignment)</source>
        <translation>{state} (бағдар)</translation>
    </message>
    <message>
        <source>{state} in {bloc} (joins or stays out)</source>
        <translation>{state}, {bloc} (кіреді немесе сырт қалады)</translation>
    </message>
    <message>
        <source>{state} in {bloc} (leaves or stays)</source>
        <translation>{state}, {bloc} (шығады немесе қалады)</translation>
    </message>
    <message>
        <source>{factor} → {objective}
Total share of the variance: {total:.0%} (with the interactions it takes part in)
First-order share: {first:.0%} (this choice alone)</source>
        <translation>{factor} → {objective}
Дисперсияның толық үлесі: {total:.0%} (таңдау қатысатын өзара әрекеттермен бірге)
Бірінші ретті үлес: {first:.0%} (тек осы таңдау)</translation>
    </message>
    <message>
        <source>Constant in every combination: no choice moves it.</source>
        <translation>Барлық комбинацияда тұрақты: ешбір таңдау оны қозғамайды.</translation>
    </message>
    <message>
        <source>{title}: constant in every combination, no choice moves it</source>
        <translation type="vanished">{title}: барлық комбинацияда тұрақты, ешбір таңдау оны қозғамайды</translation>
    </message>
    <message>
        <source>{value} ({unit}) in every combination: no choice moves it, so there is no variance to share out and every cell shows –</source>
        <translation>{value} ({unit}) барлық комбинацияда: оны ешбір таңдау қозғамайды, сондықтан бөлетін дисперсия жоқ және әр ұяшықта – тұр</translation>
    </message>
    <message>
        <source>spread {width} ({unit}): from {low} to {high} over the combinations; the shares split this variance</source>
        <translation>шашырау {width} ({unit}): комбинациялар бойынша {low}-ден {high}-ге дейін; үлестер осы дисперсияны бөледі</translation>
    </message>
    <message>
        <source>&amp;Total share</source>
        <translation>&amp;Толық үлес</translation>
    </message>
    <message>
        <source>Each choice&apos;s share with every interaction it takes part in</source>
        <translation>Әр таңдаудың өзі қатысатын барлық өзара әрекеттермен бірге үлесі</translation>
    </message>
    <message>
        <source>&amp;First-order share</source>
        <translation>&amp;Бірінші ретті үлес</translation>
    </message>
    <message>
        <source>Each choice&apos;s share alone, without interactions</source>
        <translation>Әр таңдаудың өз үлесі, өзара әрекеттерсіз</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>Drivers: choices by objectives</source>
        <translation>Факторлар: мақсаттар бойынша таңдаулар</translation>
    </message>
    <message>
        <source>What the colours of the drivers mean</source>
        <translation>Факторлар түстерінің мағынасы</translation>
    </message>
    <message>
        <source>Run an exploration to see which choices drive each objective.</source>
        <translation>Әр мақсатты қай таңдаулар қозғайтынын көру үшін зерттеуді іске қосыңыз.</translation>
    </message>
    <message>
        <source>Colour and number: the choice&apos;s total share of the objective&apos;s variance over all combinations, 0 to 1 (with the interactions it takes part in). Higher means this choice matters more for that objective.</source>
        <translation>Түс пен сан: таңдаудың барлық комбинациялар бойынша мақсат дисперсиясындағы толық үлесі, 0-ден 1-ге дейін (ол қатысатын өзара әрекеттермен бірге). Көбірек болса, бұл таңдау сол мақсат үшін маңыздырақ.</translation>
    </message>
    <message>
        <source>Colour and number: the choice&apos;s first-order share of the objective&apos;s variance over all combinations, 0 to 1 (the choice alone). Higher means this choice matters more for that objective.</source>
        <translation>Түс пен сан: таңдаудың барлық комбинациялар бойынша мақсат дисперсиясындағы бірінші ретті үлесі, 0-ден 1-ге дейін (тек осы таңдау). Көбірек болса, бұл таңдау сол мақсат үшін маңыздырақ.</translation>
    </message>
    <message>
        <source>An objective&apos;s name says, when you point at it, how far the objective moves: a large share of a small spread is still a small effect.</source>
        <translation>Мақсаттың атауына меңзерді апарсаңыз, оның қаншалықты өзгеретіні көрінеді: шағын шашыраудың үлкен үлесі бәрібір шағын әсер.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&lt;b&gt;Memberships:&lt;/b&gt; in the matrix, double-click a state&apos;s cell of a bloc (or press Space) to join or leave it; right-click the cell for every status. Each edit recomputes at once and can be undone (Ctrl+Z).</source>
        <translation>&lt;b&gt;Мүшелік:&lt;/b&gt; мүшелік матрицасында блокқа кіру немесе одан шығу үшін мемлекеттің блок бағанындағы ұяшығын екі рет шертіңіз (немесе Бос орын пернесін басыңыз); ұяшықты оң жақпен шерту барлық мәртебені ұсынады. Әр түзету бірден қайта есептеледі және болдырылмайды (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignments:&lt;/b&gt; in the Alignment panel, choose a state&apos;s alignment (Russia-led, China-centred, multi-vector, West-oriented); the label beside it names the baseline.</source>
        <translation>&lt;b&gt;Бағдарлар:&lt;/b&gt; «Бағдар» тақтасында мемлекеттің бағдарын таңдаңыз (Ресей бағыты, Қытай бағыты, көпвекторлы, Батыс бағыты); қасындағы жазу базалық бағдарды атайды.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators:&lt;/b&gt; the table shows the selected state&apos;s figures, the change coloured by whether it is better (blue ▲) or worse (orange ▼) for the state; Show: switches to all states, the blocs or the region.</source>
        <translation>&lt;b&gt;Көрсеткіштер:&lt;/b&gt; кесте таңдалған мемлекеттің мәндерін көрсетеді, өзгеріс мемлекет үшін жақсырақ (көк ▲) не нашарырақ (қызғылт сары ▼) екеніне қарай боялады; «Көрсету:» барлық мемлекетке, блоктарға немесе өңірге ауыстырады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakdown:&lt;/b&gt; double-click an indicator row, a chart bar or a state on the map to see the change step by step, each step with its inputs and sources.</source>
        <translation>&lt;b&gt;Жіктеу:&lt;/b&gt; өзгерісті қадамдап көру үшін көрсеткіш жолын, диаграмма бағанын немесе картадағы мемлекетті екі рет шертіңіз; әр қадам бастапқы деректерімен және дереккөздерімен беріледі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arguments:&lt;/b&gt; the panel leads with the choices the scenario changes, the arguments for and against them with their strength, source and quote.</source>
        <translation>&lt;b&gt;Дәлелдер:&lt;/b&gt; тақта сценарий өзгертетін таңдаулардан және оларды жақтайтын, қарсы дәлелдерден басталады: күші, дереккөзі және дәйексөзі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who else moves:&lt;/b&gt; the tab behind Indicators lists the other states and blocs the edit moves by at least the smallest move you set.</source>
        <translation>&lt;b&gt;Тағы кімге әсер етеді:&lt;/b&gt; «Көрсеткіштер» артындағы қойынды түзету сіз берген ең кіші өзгерістен кем емес жылжытатын басқа мемлекеттер мен блоктарды тізеді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; (Scenario menu, Ctrl+Shift+C): the open scenarios side by side, measured against the one chosen as Reference.</source>
        <translation>&lt;b&gt;Салыстыру&lt;/b&gt; («Сценарий» мәзірі, Ctrl+Shift+C): ашық сценарийлер қатар, эталон ретінде таңдалғанмен салыстырылады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explore&lt;/b&gt; (Scenario menu, Ctrl+Shift+E): every combination of alignment choices of the states you pick, and the ones no other combination beats.</source>
        <translation>&lt;b&gt;Зерттеу&lt;/b&gt; («Сценарий» мәзірі, Ctrl+Shift+E): сіз таңдаған мемлекеттердің бағдар таңдауларының барлық комбинациясы және ешбір басқа комбинация асып түспейтіндері.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report:&lt;/b&gt; File &amp;gt; Export report (PDF) writes the scenario, its largest changes, who else moves and the breakdowns; Scenario properties (F2) holds the notes it prints.</source>
        <translation>&lt;b&gt;Есеп:&lt;/b&gt; «Файл &amp;gt; Есепті экспорттау (PDF)» сценарийді, оның ең ірі өзгерістерін, тағы кімге әсер ететінін және жіктеулерді жазады; «Сценарий қасиеттері» (F2) есепке шығатын жазбаларды сақтайды.</translation>
    </message>
    <message>
        <source>A scenario is the baseline year plus your edits. Select a state in the matrix, then:</source>
        <translation>Сценарий — базалық жыл және сіздің түзетулеріңіз. Матрицада мемлекетті таңдаңыз, содан кейін:</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Алғашқы қадамдар</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>What changes for {state}</source>
        <translation>{state} үшін не өзгереді</translation>
    </message>
    <message>
        <source>Where {state} stands (this step changes none of its indicators)</source>
        <translation>{state} қай жерде тұр (бұл қадам көрсеткіштердің ешқайсысын өзгертпейді)</translation>
    </message>
    <message>
        <source>Indicator (index 0–100)</source>
        <translation>Көрсеткіш (индекс 0–100)</translation>
    </message>
    <message>
        <source>Baseline {year}</source>
        <translation>{year} базасы</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change (▲ better, ▼ worse)</source>
        <translation>Өзгеріс (▲ жақсы, ▼ нашар)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Жазылмаған.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>The room&apos;s view ({total} votes)</source>
        <translation>Аудитория пікірі ({total} дауыс)</translation>
    </message>
    <message>
        <source>{deck} · step {number} of {count}</source>
        <translation>{deck} · {count} қадамның {number}-сі</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>А&amp;лғашқы қадамдар</translation>
    </message>
    <message>
        <source>The analyst&apos;s loop in a few lines</source>
        <translation>Талдаушының жұмысы бірнеше жолда</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Перне тіркесімдері</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Терезенің барлық перне тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Regio Desktop</source>
        <translation>Regio Desktop &amp;туралы</translation>
    </message>
    <message>
        <source>Version, licence and the sources of the data</source>
        <translation>Нұсқасы, лицензиясы және деректер көздері</translation>
    </message>
    <message>
        <source>About Regio Desktop</source>
        <translation type="vanished">Regio Desktop туралы</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Перне тіркесімдері</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Scenarios of Eurasian regionalism: memberships, alignments, indicators and the arguments of the literature.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Data: GDP and population from the World Bank, World Development Indicators, via the Open Knowledge Foundation (public domain, ODC-PDDL); country outlines from Natural Earth (public domain); memberships, arguments and sources as cited in the library.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Еуразиялық өңірлік интеграция сценарийлері: мүшелік, бағдар, көрсеткіштер және ғылыми әдебиеттегі дәлелдер.&lt;/p&gt;&lt;p&gt;Лицензия: MIT.&lt;/p&gt;&lt;p&gt;Деректер: ЖІӨ мен халық саны — Дүниежүзілік банк, World Development Indicators, Open Knowledge Foundation арқылы (қоғамдық игілік, ODC-PDDL); елдердің контурлары — Natural Earth (қоғамдық игілік); мүшелік, дәлелдер мен дереккөздер — кітапханада көрсетілген сілтемелер бойынша.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} файлын жазу мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>IndicatorComparisonModel</name>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Өлшем бірлігі: {unit}</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”</source>
        <translation>«{reference}» → «{name}» өзгерісі</translation>
    </message>
    <message>
        <source>Better for the state</source>
        <translation>Мемлекет үшін жақсырақ</translation>
    </message>
    <message>
        <source>Worse for the state</source>
        <translation>Мемлекет үшін нашарырақ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>{name}, baseline {year}</source>
        <translation>{name}, базалық {year}</translation>
    </message>
    <message>
        <source>Reference: the changes are measured against it</source>
        <translation>Эталон: өзгерістер соған қатысты өлшенеді</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”: blue ▲ is better for the state, orange ▼ is worse; dependence and bloc figures have no better direction</source>
        <translation>«{reference}» сценарийінен «{name}» сценарийіне өзгеріс: көк ▲ — мемлекет үшін жақсырақ, қызғылт сары ▼ — нашарырақ; тәуелділіктер мен блок көрсеткіштерінің жақсырақ бағыты жоқ</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”: green is better for the state, red is worse; dependence and bloc figures have no better direction</source>
        <translation type="vanished">«{reference}» → «{name}» өзгерісі: жасыл — мемлекет үшін жақсырақ, қызыл — нашарырақ; тәуелділік пен блок көрсеткіштерінің жақсы бағыты жоқ</translation>
    </message>
</context>
<context>
    <name>IndicatorShort</name>
    <message>
        <source>Market access</source>
        <translation>Нарыққа қол жеткізу</translation>
    </message>
    <message>
        <source>Dep. on Russia</source>
        <translation>Ресейге тәуелд.</translation>
    </message>
    <message>
        <source>Dep. on China</source>
        <translation>Қытайға тәуелд.</translation>
    </message>
    <message>
        <source>Dep. on the West</source>
        <translation>Батысқа тәуелд.</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Транзит</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Мүшелер</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>ЖІӨ</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Халық</translation>
    </message>
    <message>
        <source>Dominance</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Үйлесімділік</translation>
    </message>
    <message>
        <source>States: Russia-led</source>
        <translation>Мемлекеттер: Ресей бағыты</translation>
    </message>
    <message>
        <source>States: China-centred</source>
        <translation>Мемлекеттер: Қытай бағыты</translation>
    </message>
    <message>
        <source>States: multi-vector</source>
        <translation>Мемлекеттер: көпвекторлы</translation>
    </message>
    <message>
        <source>States: West-oriented</source>
        <translation>Мемлекеттер: Батыс бағыты</translation>
    </message>
    <message>
        <source>Population: Russia-led</source>
        <translation>Халық: Ресей бағыты</translation>
    </message>
    <message>
        <source>Population: China-centred</source>
        <translation>Халық: Қытай бағыты</translation>
    </message>
    <message>
        <source>Population: multi-vector</source>
        <translation>Халық: көпвекторлы</translation>
    </message>
    <message>
        <source>Population: West-oriented</source>
        <translation>Халық: Батыс бағыты</translation>
    </message>
    <message>
        <source>GDP: Russia-led</source>
        <translation>ЖІӨ: Ресей бағыты</translation>
    </message>
    <message>
        <source>GDP: China-centred</source>
        <translation>ЖІӨ: Қытай бағыты</translation>
    </message>
    <message>
        <source>GDP: multi-vector</source>
        <translation>ЖІӨ: көпвекторлы</translation>
    </message>
    <message>
        <source>GDP: West-oriented</source>
        <translation>ЖІӨ: Батыс бағыты</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <source>m</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Өлшем бірлігі: {unit}</translation>
    </message>
    <message>
        <source>Change: {judgement}</source>
        <translation>Өзгеріс: {judgement}</translation>
    </message>
    <message>
        <source>Double-click for the breakdown of the change.</source>
        <translation>Өзгерісті жіктеу үшін екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>▲ the change is better for the state, ▼ worse; ↑ higher is better, ↓ lower is better, – no better direction (dependences, blocs, the region)</source>
        <translation>▲ өзгеріс мемлекет үшін жақсырақ, ▼ нашарырақ; ↑ неғұрлым жоғары, соғұрлым жақсы, ↓ неғұрлым төмен, соғұрлым жақсы, – жақсырақ бағыт жоқ (тәуелділіктер, блоктар, өңір)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Жақсырақ</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Таңдалған мемлекет</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Барлық мемлекеттер</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>{state}, baseline {year}</source>
        <translation>{state}, базалық {year}</translation>
    </message>
    <message>
        <source>baseline {year}</source>
        <translation>базалық {year}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Preferential market access</source>
        <translation>Нарықтарға артықшылықты қол жеткізу</translation>
    </message>
    <message>
        <source>Dependence on Russia</source>
        <translation>Ресейге тәуелділік</translation>
    </message>
    <message>
        <source>Dependence on China</source>
        <translation>Қытайға тәуелділік</translation>
    </message>
    <message>
        <source>Dependence on the West</source>
        <translation>Батысқа тәуелділік</translation>
    </message>
    <message>
        <source>Sanctions exposure</source>
        <translation>Санкциялық тәуекел</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Дербестік</translation>
    </message>
    <message>
        <source>Security coverage</source>
        <translation>Қауіпсіздік кепілдіктері</translation>
    </message>
    <message>
        <source>Diversification</source>
        <translation>Әртараптандыру</translation>
    </message>
    <message>
        <source>Transit and connectivity</source>
        <translation>Транзит және байланыс</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>Толық мүшелер</translation>
    </message>
    <message>
        <source>Combined GDP</source>
        <translation>Жиынтық ЖІӨ</translation>
    </message>
    <message>
        <source>Combined population</source>
        <translation>Жиынтық халық</translation>
    </message>
    <message>
        <source>Dominance of the largest member</source>
        <translation>Ең ірі мүшенің басымдығы</translation>
    </message>
    <message>
        <source>Cohesion of alignments</source>
        <translation>Бағдарлардың үйлесімділігі</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір мемлекеттері: Ресей бағыты</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір мемлекеттері: Қытай бағыты</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір мемлекеттері: көпвекторлы</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір мемлекеттері: Батыс бағыты</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір халқы: Ресей бағыты</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір халқы: Қытай бағыты</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір халқы: көпвекторлы</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір халқы: Батыс бағыты</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір ЖІӨ: Ресей бағыты</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір ЖІӨ: Қытай бағыты</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір ЖІӨ: көпвекторлы</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір ЖІӨ: Батыс бағыты</translation>
    </message>
    <message>
        <source>Share of the world&apos;s GDP outside the state that it reaches on preferential terms (customs union, free trade), weighted by each agreement&apos;s depth.</source>
        <translation>Мемлекеттен тыс әлемдік ЖІӨ-нің мемлекет артықшылықты шарттармен (кеден одағы, еркін сауда) қол жеткізетін үлесі, әр келісімнің тереңдігімен өлшенген.</translation>
    </message>
    <message>
        <source>GDP of the foreign markets the state reaches on preferential terms (customs union, free trade), relative to its own GDP.</source>
        <translation type="vanished">Мемлекет артықшылықты шарттармен (кеден одағы, еркін сауда) қол жеткізетін шетелдік нарықтардың ЖІӨ-і, мемлекеттің өз ЖІӨ-іне қатынасы.</translation>
    </message>
    <message>
        <source>Trade share with Russia, Russia-led bloc ties and alignment, weighted.</source>
        <translation>Салмақталған қосынды: Ресеймен сауда үлесі, Ресей бастаған блоктар арқылы байланыстар және бағдар.</translation>
    </message>
    <message>
        <source>Trade share with China, China-led bloc ties and alignment, weighted.</source>
        <translation>Салмақталған қосынды: Қытаймен сауда үлесі, Қытай бастаған блоктар арқылы байланыстар және бағдар.</translation>
    </message>
    <message>
        <source>Trade share with the EU, UK and USA, Western bloc ties and alignment, weighted.</source>
        <translation>Салмақталған қосынды: ЕО, Ұлыбритания және АҚШ-пен сауда үлесі, батыстық блоктар арқылы байланыстар және бағдар.</translation>
    </message>
    <message>
        <source>How much of the state&apos;s trade, blocs and alignment tie it to sanctioned partners, plus sanctions on the state itself.</source>
        <translation>Мемлекеттің саудасы, блоктары мен бағдары оны санкциядағы серіктестермен қаншалықты байланыстырады, сондай-ақ мемлекеттің өзіне салынған санкциялар.</translation>
    </message>
    <message>
        <source>Decision-making the state keeps: 100 less what it delegates to blocs, weighted by how dominant each bloc&apos;s largest member is.</source>
        <translation>Мемлекет сақтайтын шешім қабылдау еркіндігі: 100-ден блоктарға берілген өкілеттік шегеріледі, әр блоктың ең ірі мүшесінің қаншалықты басым екені ескеріледі.</translation>
    </message>
    <message>
        <source>Collective-defence commitments and security cooperation the state can rely on, weighted by what its partners bring.</source>
        <translation>Мемлекет сүйене алатын ұжымдық қорғаныс міндеттемелері мен қауіпсіздік саласындағы ынтымақтастық, серіктестерінің қосатын үлесі ескеріледі.</translation>
    </message>
    <message>
        <source>How evenly the state&apos;s ties spread across Russia, China, the West, the Turkic world and others (100 = perfectly even).</source>
        <translation>Мемлекеттің байланыстары Ресей, Қытай, Батыс, түркі әлемі және басқалар арасында қаншалықты біркелкі бөлінген (100 — толық біркелкі).</translation>
    </message>
    <message>
        <source>Transit corridors the state is on, how open sanctions leave them, and how its blocs and alignment ease them.</source>
        <translation>Мемлекет арқылы өтетін транзиттік дәліздер, санкциялар оларды қаншалықты ашық қалдыратыны және мемлекеттің блоктары мен бағдары оларды қаншалықты жеңілдететіні.</translation>
    </message>
    <message>
        <source>Number of founding and full members.</source>
        <translation>Құрылтайшы және толық мүшелер саны.</translation>
    </message>
    <message>
        <source>GDP of the full members, current US dollars.</source>
        <translation>Толық мүшелердің ЖІӨ-і, ағымдағы АҚШ долларымен.</translation>
    </message>
    <message>
        <source>Population of the full members.</source>
        <translation>Толық мүшелердің халқы.</translation>
    </message>
    <message>
        <source>The largest full member&apos;s share of the members&apos; combined GDP.</source>
        <translation>Ең ірі толық мүшенің мүшелердің жиынтық ЖІӨ-індегі үлесі.</translation>
    </message>
    <message>
        <source>How much of the members&apos; alignment points to the bloc&apos;s leading pole (or, without one, to their most common pole).</source>
        <translation>Мүшелер бағдарының қаншалықты бөлігі блоктың жетекші полюсіне (ол болмаса — мүшелер арасында ең жиі кездесетін полюске) бағытталған.</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ішінде бағдары «Ресей бағыты» болатын мемлекеттердің үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ішінде бағдары «Қытай бағыты» болатын мемлекеттердің үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ішінде бағдары «көпвекторлы» болатын мемлекеттердің үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ішінде бағдары «Батыс бағыты» болатын мемлекеттердің үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер халқының бағдары «Ресей бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер халқының бағдары «Қытай бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер халқының бағдары «көпвекторлы» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер халқының бағдары «Батыс бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ЖІӨ-інің бағдары «Ресей бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ЖІӨ-інің бағдары «Қытай бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ЖІӨ-інің бағдары «көпвекторлы» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Посткеңестік мемлекеттер ЖІӨ-інің бағдары «Батыс бағыты» болатын мемлекеттерге тиесілі үлесі (Ресейдің өзі Ресей бағытына жатады).</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Team database: {address}</source>
        <translation>Командалық дерекқор: {address}</translation>
    </message>
    <message>
        <source>Regio Desktop</source>
        <translation>Regio Desktop</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used.</source>
        <translation>Профиліңіздің қалтасын пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>{reason}

You can open Regio Desktop read-only: scenarios and the library work, but arguments and sources you add or change are not saved.</source>
        <translation>{reason}

Regio Desktop бағдарламасын тек оқу үшін ашуға болады: сценарийлер мен кітапхана жұмыс істейді, бірақ сіз қосқан немесе өзгерткен дәлелдер мен дереккөздер сақталмайды.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>The world database cannot be opened.

{reason}</source>
        <translation>Дерекқорды ашу мүмкін емес.

{reason}</translation>
    </message>
    <message>
        <source>The scenario {path} cannot be opened: {reason}</source>
        <translation type="vanished">{path} сценарийін ашу мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Байланыс жоқ</translation>
    </message>
    <message>
        <source>The team database {database} does not announce changes yet, so this window shows others&apos; changes only when it reads again. Its owner can add the announcements with “regio-desktop db upgrade”.</source>
        <translation>{database} командалық дерекқоры әзірге өзгерістер туралы хабарламайды, сондықтан бұл терезе басқалардың өзгерістерін тек келесі оқығанда көрсетеді. Иесі хабарламаларды «regio-desktop db upgrade» командасымен қоса алады.</translation>
    </message>
    <message>
        <source>“{name}” version {version} was saved to the team database by {who}.</source>
        <translation>«{name}» {version}-нұсқасын командалық дерекқорға {who} сақтады.</translation>
    </message>
    <message>
        <source>Updated from the team database: {count} record(s) changed by {who}.</source>
        <translation>Командалық дерекқордан жаңартылды: {count} жазба өзгерді (кім: {who}).</translation>
    </message>
    <message>
        <source>{who} deleted {id} from the team database after you opened it. Your edits here are kept, but saving them is refused: copy what you want to keep.</source>
        <translation>Сіз ашқаннан кейін {who} {id} жазбасын командалық дерекқордан жойды. Мұндағы түзетулеріңіз сақталды, бірақ оларды сақтау мүмкін емес: қажетін көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>{who} changed {id} in the team database after you opened it. Your edits here are kept and nothing was overwritten: check their version before you save.</source>
        <translation>Сіз ашқаннан кейін {who} {id} жазбасын командалық дерекқорда өзгертті. Мұндағы түзетулеріңіз сақталды, ештеңе қайта жазылмады: сақтамас бұрын олардың нұсқасын тексеріңіз.</translation>
    </message>
    <message>
        <source>Offline: the team database server {server} cannot be reached.</source>
        <translation>Байланыс жоқ: командалық дерекқор сервері {server} қолжетімсіз.</translation>
    </message>
    <message>
        <source>Reconnected to the team database server {server}.</source>
        <translation>Командалық дерекқор серверімен {server} байланыс қалпына келді.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="vanished">Сценарийді &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation type="vanished">Сценарийді басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарийлер</translation>
    </message>
    <message>
        <source>Who else moves</source>
        <translation>Тағы кімге әсер етеді</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммалар</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <source>Arguments library</source>
        <translation>Дәлелдер кітапханасы</translation>
    </message>
    <message>
        <source>Source reader</source>
        <translation>Дереккөзді оқу</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Жіктеу</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Close Regio Desktop (asks about unsaved scenarios)</source>
        <translation>Regio Desktop жабу (сақталмаған сценарийлер туралы сұрайды)</translation>
    </message>
    <message>
        <source>Take back the last edit of the scenario</source>
        <translation type="vanished">Сценарийдің соңғы өзгерісін болдырмау</translation>
    </message>
    <message>
        <source>Take back the last edit: of the scenario, or of the arguments in the Library</source>
        <translation>Соңғы өзгерісті болдырмау: сценарийдің немесе кітапханадағы дәлелдердің</translation>
    </message>
    <message>
        <source>Do again the edit last taken back</source>
        <translation>Соңғы болдырылмаған өзгерісті қайталау</translation>
    </message>
    <message>
        <source>Language of the window and of state and bloc names</source>
        <translation>Терезенің және мемлекеттер мен блоктар атауларының тілі</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>Сценарийлерді &amp;салыстыру…</translation>
    </message>
    <message>
        <source>Two to four open scenarios side by side: deltas, changes, arguments</source>
        <translation>Екіден төртке дейін ашық сценарий қатар: айырмалар, өзгерістер, дәлелдер</translation>
    </message>
    <message>
        <source>Compare scenarios (Ctrl+Shift+C)</source>
        <translation type="vanished">Сценарийлерді салыстыру (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>E&amp;xplore combinations…</source>
        <translation>&amp;Комбинацияларды зерттеу…</translation>
    </message>
    <message>
        <source>Evaluate every combination of alignment choices for chosen states</source>
        <translation>Таңдалған мемлекеттер үшін бағдар таңдауларының барлық комбинациясын бағалау</translation>
    </message>
    <message>
        <source>Explore combinations (Ctrl+Shift+E)</source>
        <translation type="vanished">Комбинацияларды зерттеу (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Жүйе бойынша</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <source>Colours of the whole window</source>
        <translation>Бүкіл терезенің түстері</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <source>Team data&amp;base…</source>
        <translation>Командалық дерек&amp;қор…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database your team shares from the next start on</source>
        <translation>Келесі іске қосудан бастап командаңыздың ортақ PostgreSQL дерекқорын ашу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Жинақ</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Дәлелдер</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>«{panel}» панелін көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Show or hide the {bar} toolbar</source>
        <translation>«{bar}» құралдар тақтасын көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Show &amp;outside members</source>
        <translation>&amp;Сыртқы мүшелерді көрсету</translation>
    </message>
    <message>
        <source>List and draw the members of the blocs outside the Eurasian focus states too; bloc totals always count them</source>
        <translation>Негізгі еуразиялық мемлекеттерден тыс блок мүшелерін де тізімде және картада көрсету; блоктардың жиынтықтары оларды әрқашан есептейді</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Орналасуды бастапқы күйге қайтару</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first start</source>
        <translation>Барлық панельді алғашқы іске қосудағы орнына қайтару</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Безендіру</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · өзгерістер: {count} · базалық {year}</translation>
    </message>
    <message>
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>Мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Жаңа тіл Regio Desktop келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Қазір &amp;қайта іске қосу</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Ашу: {path}</translation>
    </message>
    <message>
        <source>No recent scenarios</source>
        <translation>Соңғы сценарийлер жоқ</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="vanished">Сценарийді ашу</translation>
    </message>
    <message>
        <source>Scenarios ({pattern})</source>
        <translation type="vanished">Сценарийлер ({pattern})</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="vanished">{path} ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="vanished">Сценарийді сақтау</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation type="vanished">{path} сақтау мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map of Eurasia</source>
        <translation>Еуразия картасы</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Карта шартты белгілері</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Бояу:</translation>
    </message>
    <message>
        <source>Changed by the scenario</source>
        <translation>Сценариймен өзгертілген</translation>
    </message>
    <message>
        <source>pole: {pole}</source>
        <translation>полюс: {pole}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>бағдарсыз</translation>
    </message>
    <message>
        <source>Pole: {pole}</source>
        <translation>Полюс: {pole}</translation>
    </message>
    <message>
        <source>No alignment recorded</source>
        <translation>Бағдар көрсетілмеген</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Толық мүше</translation>
    </message>
    <message>
        <source>Associate, partner or observer</source>
        <translation>Қауымдастырылған мүше, серіктес немесе бақылаушы</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Мүшелігі тоқтатылған</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Мүше емес</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>мән жоқ</translation>
    </message>
    <message>
        <source>unchanged ({value})</source>
        <translation>өзгеріссіз ({value})</translation>
    </message>
    <message>
        <source>{delta}, {judgement} ({baseline} → {value})</source>
        <translation>{delta}, {judgement} ({baseline} → {value})</translation>
    </message>
    <message>
        <source>{delta} ({baseline} → {value})</source>
        <translation type="vanished">{delta} ({baseline} → {value})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Мән жоқ</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <source>Changed (this indicator has no better direction)</source>
        <translation>Өзгерді (бұл көрсеткіштің жақсырақ бағыты жоқ)</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation>{bloc} мүшелігі</translation>
    </message>
    <message>
        <source>Change in {indicator}</source>
        <translation>Өзгеріс: {indicator}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Membership of a bloc</source>
        <translation>Блоктағы мүшелік</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Көрсеткіш мәні</translation>
    </message>
    <message>
        <source>Indicator change (scenario − baseline)</source>
        <translation>Көрсеткіш өзгерісі (сценарий − базалық)</translation>
    </message>
    <message>
        <source>Colour the map by</source>
        <translation>Картаны бояу негізі</translation>
    </message>
    <message>
        <source>What the colours of the states show</source>
        <translation>Мемлекеттер түстері нені көрсетеді</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>The bloc whose members are coloured</source>
        <translation>Мүшелері боялатын блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>The indicator whose value or change is shown</source>
        <translation>Мәні немесе өзгерісі көрсетілетін көрсеткіш</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйдыру</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Картаны сыйдыру</translation>
    </message>
    <message>
        <source>Show all the states of the world again</source>
        <translation>Әлемнің барлық мемлекеттерін қайта көрсету</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Картаны экспорттау</translation>
    </message>
    <message>
        <source>Save the map with its legend as PNG or SVG</source>
        <translation>Картаны шартты белгілерімен PNG не SVG ретінде сақтау</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>PNG суреті ретінде…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>SVG сызбасы ретінде…</translation>
    </message>
    <message>
        <source>Year {year}. Outlines: Natural Earth 1:110m (public domain).</source>
        <translation>{year} жыл. Контурлар: Natural Earth 1:110m (қоғамдық игілік).</translation>
    </message>
    <message>
        <source>Alignment: {value}</source>
        <translation>Бағдар: {value}</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>Базалық: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Картаны PNG ретінде экспорттау</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Картаны SVG ретінде экспорттау</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">PNG суреттері (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="vanished">SVG сызбалары (*.svg)</translation>
    </message>
    <message>
        <source>The map could not be saved:
{error}</source>
        <translation type="vanished">Картаны сақтау мүмкін болмады:
{error}</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} файлын жазу мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>MatrixLetters</name>
    <message>
        <source>F</source>
        <translation>Қ</translation>
    </message>
    <message>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <source>A</source>
        <translation>А</translation>
    </message>
    <message>
        <source>O</source>
        <translation>Б</translation>
    </message>
    <message>
        <source>D</source>
        <translation>Д</translation>
    </message>
    <message>
        <source>P</source>
        <translation>С</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Т</translation>
    </message>
    <message>
        <source>W</source>
        <translation>Ш</translation>
    </message>
    <message>
        <source>Legend of the status letters</source>
        <translation>Мәртебе әріптерінің түсіндірмесі</translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <source>not a member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <source>{state} in {bloc}: {status}</source>
        <translation>{state}, {bloc}: {status}</translation>
    </message>
    <message>
        <source>Baseline {year}: {status}</source>
        <translation>Базалық {year}: {status}</translation>
    </message>
    <message>
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation>Екі рет басу немесе бос орын ауыстырады; оң жақ батырма — барлық мәртебелер.</translation>
    </message>
    <message>
        <source>Back to baseline ({status})</source>
        <translation>Базалыққа қайту ({status})</translation>
    </message>
    <message>
        <source>Leave {bloc}</source>
        <translation>{bloc} ұйымынан шығу</translation>
    </message>
    <message>
        <source>Membership matrix</source>
        <translation>Мүшелік матрицасы</translation>
    </message>
</context>
<context>
    <name>OpenFromTeamDialog</name>
    <message>
        <source>Open a scenario from the team</source>
        <translation type="vanished">Команданың сценарийін ашу</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="vanished">Сценарий</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Сақтаған</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталған уақыты</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team database password</source>
        <translation>Командалық дерекқор құпиясөзі</translation>
    </message>
    <message>
        <source>The team database server {server} asks for the password of {user} (database {database}).</source>
        <translation>Командалық дерекқор сервері {server} {user} пайдаланушысының құпиясөзін сұрайды ({database} дерекқоры).</translation>
    </message>
    <message>
        <source>The server refused that password. Try again.</source>
        <translation>Сервер бұл құпиясөзді қабылдамады. Қайта көріңіз.</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. To start without typing it, put it in ~/.pgpass.</source>
        <translation>Құпиясөз тек осы сеанста қолданылады және ешқайда сақталмайды. Іске қосқанда енгізбеу үшін оны ~/.pgpass файлына жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Indicator changes</source>
        <translation>Көрсеткіштердің өзгерісі</translation>
    </message>
    <message>
        <source>No indicator of {state} changes in this step.</source>
        <translation type="vanished">Бұл қадамда {state} көрсеткіштерінің ешқайсысы өзгермейді.</translation>
    </message>
    <message>
        <source>index (0–100)</source>
        <translation>индекс (0–100)</translation>
    </message>
    <message>
        <source>{state} in {year}: this step changes none of its indicators; the bars are where it stands</source>
        <translation>{state}, {year} жыл: бұл қадам көрсеткіштердің ешқайсысын өзгертпейді; бағандар мемлекеттің қазіргі орнын көрсетеді</translation>
    </message>
    <message>
        <source>{state}: scenario (dark) beside baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation>{state}: сценарий (қою) {year} базасының (сұр) жанында; ▲ жақсы, ▼ нашар</translation>
    </message>
    <message>
        <source>For this step&apos;s change</source>
        <translation>Осы қадамдағы өзгеріс үшін</translation>
    </message>
    <message>
        <source>Against this step&apos;s change</source>
        <translation>Осы қадамдағы өзгеріске қарсы</translation>
    </message>
    <message>
        <source>For the choice as it stands</source>
        <translation>Қазіргі таңдау үшін</translation>
    </message>
    <message>
        <source>Against the choice as it stands</source>
        <translation>Қазіргі таңдауға қарсы</translation>
    </message>
    <message>
        <source>No argument recorded on this side.</source>
        <translation>Бұл жақта дәлел жоқ.</translation>
    </message>
    <message>
        <source>The room:</source>
        <translation>Аудитория:</translation>
    </message>
    <message>
        <source>One fewer for {option}</source>
        <translation>«{option}» үшін бір дауыс кем</translation>
    </message>
    <message>
        <source>One more for {option}</source>
        <translation>«{option}» үшін бір дауыс артық</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Көрсетілім</translation>
    </message>
    <message>
        <source>The deck is empty</source>
        <translation>Жинақ бос</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Баяндамашы көрінісі</translation>
    </message>
    <message>
        <source>Right, Space, PageDown: next · Left, PageUp: back · B: blank · 1–9: a vote, Alt+1–9: one back · Esc: leave</source>
        <translation>Оңға, Бос орын, PageDown: келесі · Солға, PageUp: артқа · B: бос экран · 1–9: дауыс, Alt+1–9: дауысты алу · Esc: шығу</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Өткен уақыт {time}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>{count} қадамның {number}-сі</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Бұл қадамға жазба жоқ.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Келесі: {title}</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Бұл соңғы қадам.</translation>
    </message>
</context>
<context>
    <name>PresetDescriptions</name>
    <message>
        <source>The world as it stands in the latest year: Kazakhstan in the EAEU and the CSTO while declaring a multi-vector foreign policy. The baseline every other preset is compared with.</source>
        <translation>Соңғы жылдағы әлем: Қазақстан ЕАЭО мен ҰҚШҰ құрамында, бірақ көпвекторлы сыртқы саясатын жариялайды. Қалған барлық нұсқа осы негізгі жағдаймен салыстырылады.</translation>
    </message>
    <message>
        <source>The union deepens and widens: Uzbekistan and Tajikistan become full members and members delegate more regulation to the Commission (EAEU regulation depth 0.8, delegation 0.6 instead of the shipped estimates).</source>
        <translation>Одақ тереңдеп, кеңейеді: Өзбекстан мен Тәжікстан толық мүше болады, ал мүшелер Комиссияға көбірек реттеуді береді (ЕАЭО реттеу тереңдігі 0,8, өкілеттік беру 0,6, деректердегі бағалаудың орнына).</translation>
    </message>
    <message>
        <source>All five Central Asian states turn to a China-centred Greater Asia while keeping their current memberships.</source>
        <translation>Орталық Азияның бес мемлекеті де қазіргі мүшеліктерін сақтай отырып, орталығы Қытай болған Үлкен Азияға бет бұрады.</translation>
    </message>
    <message>
        <source>Kazakhstan, in 2024, keeps its multi-vector balance and becomes a BRICS partner country (which it did from 1 January 2025).</source>
        <translation>Қазақстан 2024 жылы көпвекторлы теңгерімін сақтап, БРИКС серіктес елі болады (бұл 2025 жылғы 1 қаңтардан бастап іс жүзінде болды).</translation>
    </message>
    <message>
        <source>Kazakhstan withdraws from both Russia-led bodies, which critics of membership see as a source of sanctions and sovereignty risk, and keeps a multi-vector alignment.</source>
        <translation>Қазақстан Ресей бастаған екі ұйымнан да шығады, мүшелікті сынаушылар оларды санкциялық тәуекел мен егемендікке қауіп көзі деп санайды, және көпвекторлы бағдарын сақтайды.</translation>
    </message>
    <message>
        <source>Uzbekistan, an observer since December 2020, becomes a full member of the Eurasian Economic Union.</source>
        <translation>2020 жылдың желтоқсанынан бері бақылаушы болып келген Өзбекстан Еуразиялық экономикалық одақтың толық мүшесі болады.</translation>
    </message>
    <message>
        <source>Armenia, in 2023, before it froze its CSTO participation in February 2024, withdraws from the CSTO and keeps the multi-vector balance it already has in the data: it loses the treaty&apos;s security backing and the Russia-led institutional tie.</source>
        <translation>Армения 2023 жылы, 2024 жылғы ақпанда ҰҚШҰ-ға қатысуын тоқтатпас бұрын, ҰҚШҰ-дан шығады және деректерде бұрыннан бар көпвекторлы теңгерімін сақтайды: ол шарттың қауіпсіздік кепілін және Ресей бастаған институционалдық байланысты жоғалтады.</translation>
    </message>
</context>
<context>
    <name>PresetNames</name>
    <message>
        <source>Status quo</source>
        <translation>Қазіргі жағдай</translation>
    </message>
    <message>
        <source>Deeper Russia-led Eurasian Economic Union</source>
        <translation>Ресей бастаған Еуразиялық экономикалық одақтың тереңдеуі</translation>
    </message>
    <message>
        <source>China-centred Central Asia</source>
        <translation>Қытайға бағдарланған Орталық Азия</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s multi-vector balancing with a BRICS partnership</source>
        <translation>Қазақстанның көпвекторлы теңгерімі және БРИКС серіктестігі</translation>
    </message>
    <message>
        <source>Kazakhstan leaves the CSTO and the EAEU</source>
        <translation>Қазақстан ҰҚШҰ мен ЕАЭО-дан шығады</translation>
    </message>
    <message>
        <source>Uzbekistan becomes a full EAEU member</source>
        <translation>Өзбекстан ЕАЭО-ның толық мүшесі болады</translation>
    </message>
    <message>
        <source>Armenia leaves the CSTO</source>
        <translation>Армения ҰҚШҰ-дан шығады</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The year {year} is outside {first}–{latest}, the years with data.</source>
        <translation>{year} жыл деректер бар {first}–{latest} жылдар аралығынан тыс.</translation>
    </message>
    <message>
        <source>Unknown state code “{state}”.</source>
        <translation>Белгісіз мемлекет коды: «{state}».</translation>
    </message>
    <message>
        <source>Unknown bloc code “{bloc}”.</source>
        <translation>Белгісіз блок коды: «{bloc}».</translation>
    </message>
    <message>
        <source>{state} cannot leave {bloc}: it is not a member in {year}.</source>
        <translation>{state} «{bloc}» блогынан шыға алмайды: {year} жылы оның мүшесі емес.</translation>
    </message>
    <message>
        <source>{state} cannot join {bloc}: in {year} it is already “{status}” there.</source>
        <translation>{state} «{bloc}» блогына қосыла алмайды: {year} жылы ондағы мәртебесі онсыз да «{status}».</translation>
    </message>
    <message>
        <source>{state} holds no status in {bloc} in {year} that could be changed; it has to join.</source>
        <translation>{state}: {year} жылы «{bloc}» блогында өзгертуге болатын мәртебесі жоқ; оған қосылу керек.</translation>
    </message>
    <message>
        <source>Unknown state code “{state}” among the alignment choices.</source>
        <translation>Бағдар таңдауында белгісіз мемлекет коды: «{state}».</translation>
    </message>
    <message>
        <source>{state} is itself a pole and has no alignment choice.</source>
        <translation>{state} — өзі полюс, оның бағдар таңдауы жоқ.</translation>
    </message>
    <message>
        <source>“{alignment}” is not an alignment.</source>
        <translation>«{alignment}» — бағдар емес.</translation>
    </message>
    <message>
        <source>Parameter “{name}”: “{field}” is not one of {fields}.</source>
        <translation>«{name}» параметрі: «{field}» мына тізімде жоқ: {fields}.</translation>
    </message>
    <message>
        <source>Parameter “{name}”: unknown bloc code “{bloc}”.</source>
        <translation>«{name}» параметрі: белгісіз блок коды «{bloc}».</translation>
    </message>
    <message>
        <source>Parameter “{name}” = {value} is outside 0–1.</source>
        <translation>«{name}» параметрі = {value}, 0–1 аралығынан тыс.</translation>
    </message>
    <message>
        <source>Unknown parameter “{name}”.</source>
        <translation>Белгісіз параметр: «{name}».</translation>
    </message>
    <message>
        <source>Parameter “{name}” = {value} is outside {low}–{high}.</source>
        <translation>«{name}» параметрі = {value}, {low}–{high} аралығынан тыс.</translation>
    </message>
    <message>
        <source>{state} is a full member of {count} customs or economic unions ({blocs}); a state can apply only one common external tariff.</source>
        <translation>{state} {count} кеден немесе экономикалық одақтың толық мүшесі ({blocs}); мемлекет бір ғана ортақ сыртқы тарифті қолдана алады.</translation>
    </message>
    <message>
        <source>{state} is in collective-defence alliances led by different poles ({blocs}).</source>
        <translation>{state} әртүрлі полюстер бастаған ұжымдық қорғаныс одақтарына кіреді ({blocs}).</translation>
    </message>
    <message>
        <source>{state} is “{alignment}” but a full member of {bloc}, which {pole} leads; deep integration with one pole sits uneasily with aligning to another.</source>
        <translation>{state}: бағдары «{alignment}», бірақ {pole} басқаратын «{bloc}» блогының толық мүшесі; бір полюспен терең интеграция басқа полюске бағдарланумен қиын үйлеседі.</translation>
    </message>
    <message>
        <source>{state} joins {bloc} in {year}, before it existed (founded {founded}).</source>
        <translation>{state} «{bloc}» блогына {year} жылы, ол құрылмай тұрып қосылады (құрылған күні: {founded}).</translation>
    </message>
    <message>
        <source>{state} joins {bloc} in {year}, after it was dissolved (founded {founded}).</source>
        <translation>{state} «{bloc}» блогына {year} жылы, ол таратылғаннан кейін қосылады (құрылған күні: {founded}).</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>Идентификатор бос.</translation>
    </message>
    <message>
        <source>The claim is empty.</source>
        <translation>Тұжырым бос.</translation>
    </message>
    <message>
        <source>The stance “{stance}” is neither “for” nor “against”.</source>
        <translation type="vanished">«{stance}» ұстанымы «жақтайтын» да, «қарсы» да емес.</translation>
    </message>
    <message>
        <source>The stance “{stance}” is not one of: {stances}.</source>
        <translation>«{stance}» ұстанымы мына тізімде жоқ: {stances}.</translation>
    </message>
    <message>
        <source>The target kind “{target_kind}” is not one of: {target_kinds}.</source>
        <translation>«{target_kind}» нысана түрі мына тізімде жоқ: {target_kinds}.</translation>
    </message>
    <message>
        <source>Unknown target “{target}” (target kind: {target_kind}).</source>
        <translation>Белгісіз нысана: «{target}» (нысана түрі: {target_kind}).</translation>
    </message>
    <message>
        <source>Unknown theme “{theme}”.</source>
        <translation>Белгісіз тақырып: «{theme}».</translation>
    </message>
    <message>
        <source>“{indicator}” is not a state indicator.</source>
        <translation>«{indicator}» — мемлекет көрсеткіші емес.</translation>
    </message>
    <message>
        <source>The strength {strength} is not 1, 2 or 3.</source>
        <translation>{strength} күші 1, 2 немесе 3 емес.</translation>
    </message>
    <message>
        <source>Unknown source “{source}”.</source>
        <translation>Белгісіз дереккөз: «{source}».</translation>
    </message>
    <message>
        <source>The quotation is longer than a short phrase (at most {words} words).</source>
        <translation>Дәйексөз қысқа тіркестен ұзын (ең көбі {words} сөз болуы керек).</translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation>Сілтеме бос.</translation>
    </message>
    <message>
        <source>The kind “{kind}” is not one of: {source_kinds}.</source>
        <translation>«{kind}» түрі мына тізімде жоқ: {source_kinds}.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>Дерекқор тек оқу үшін ашылған.</translation>
    </message>
    <message>
        <source>There is no argument “{id}”.</source>
        <translation>«{id}» дәлелі жоқ.</translation>
    </message>
    <message>
        <source>There is no source “{id}”.</source>
        <translation>«{id}» дереккөзі жоқ.</translation>
    </message>
    <message>
        <source>The argument “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>«{id}» дәлелі бағдарламамен бірге келеді, оны өзгертуге болмайды; өз нұсқаңызды жасау үшін оның көшірмесін жасаңыз.</translation>
    </message>
    <message>
        <source>The source “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>«{id}» дереккөзі бағдарламамен бірге келеді, оны өзгертуге болмайды; өз нұсқаңызды жасау үшін оның көшірмесін жасаңыз.</translation>
    </message>
    <message>
        <source>An argument with the id “{id}” already exists.</source>
        <translation>«{id}» идентификаторы бар дәлел бұрыннан бар.</translation>
    </message>
    <message>
        <source>A source with the id “{id}” already exists.</source>
        <translation>«{id}» идентификаторы бар дереккөз бұрыннан бар.</translation>
    </message>
    <message>
        <source>The source “{id}” is cited by {count} argument(s) ({citing}); delete them or cite another source first.</source>
        <translation>«{id}» дереккөзіне дәлелдер сілтеме жасайды ({count}: {citing}); алдымен оларды жойыңыз немесе оларға басқа дереккөз көрсетіңіз.</translation>
    </message>
    <message>
        <source>{file} is read-only, so the change was not saved. Make the file writable, then try again.</source>
        <translation>{file} файлы тек оқуға арналған, сондықтан өзгеріс сақталмады. Файлға жазуға рұқсат беріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so the change was not saved. Give it write permission, then try again.</source>
        <translation>{folder} қалтасына жазу мүмкін емес, сондықтан өзгеріс сақталмады. Оған жазу рұқсатын беріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{file} does not accept changes now ({reason}), so the change was not saved. Check its permissions, then try again.</source>
        <translation>{file} қазір өзгерістерді қабылдамайды ({reason}), сондықтан өзгеріс сақталмады. Қол жеткізу рұқсаттарын тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full, so the change was not saved. Free some space, then try again.</source>
        <translation>{file} орналасқан диск толы, сондықтан өзгеріс сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Another program is writing to {file}, so the change was not saved. Wait for it to finish or close it, then try again.</source>
        <translation>{file} файлына басқа бағдарлама жазып жатыр, сондықтан өзгеріс сақталмады. Оның аяқталуын күтіңіз немесе оны жабыңыз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}), so the change was not saved. Restart Regio Desktop: it moves the file aside and recovers your arguments and sources.</source>
        <translation>{file} зақымдалған ({reason}), сондықтан өзгеріс сақталмады. Regio Desktop-ты қайта іске қосыңыз: ол файлды бөлек қойып, сіздің дәлелдеріңіз бен дереккөздеріңізді қалпына келтіреді.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}), so the change was not saved. Try again.</source>
        <translation>{file} жазылмады ({reason}), сондықтан өзгеріс сақталмады. Қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The argument “{id}” was changed elsewhere since this step (in another window?); the step was dropped so as not to overwrite that change.</source>
        <translation>«{id}» дәлелі осы қадамнан кейін басқа жерде өзгертілді (басқа терезеде ме?); сол өзгерісті өшіріп жібермеу үшін қадам тарихтан алынып тасталды.</translation>
    </message>
    <message>
        <source>The source “{id}” was changed elsewhere since this step (in another window?); the step was dropped so as not to overwrite that change.</source>
        <translation>«{id}» дереккөзі осы қадамнан кейін басқа жерде өзгертілді (басқа терезеде ме?); сол өзгерісті өшіріп жібермеу үшін қадам тарихтан алынып тасталды.</translation>
    </message>
    <message>
        <source>Another Regio Desktop is using your profile, so your arguments and sources are open read-only here. Close the other window and start again to edit them.</source>
        <translation>Сіздің профиліңізді басқа Regio Desktop пайдаланып отыр, сондықтан мұнда дәлелдеріңіз бен дереккөздеріңіз тек оқуға ашылды. Оларды өңдеу үшін басқа терезені жауып, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so your profile database cannot be prepared. Give it write permission, then start again.</source>
        <translation>{folder} қалтасына жазу мүмкін емес, сондықтан профиль дерекқорын дайындау мүмкін емес. Оған жазу рұқсатын беріп, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so your profile database cannot be prepared. Free some space, then start again.</source>
        <translation>{folder} орналасқан диск толы, сондықтан профиль дерекқорын дайындау мүмкін емес. Орын босатып, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so your profile is open read-only: the library can be read, but arguments and sources you add or change are not saved. Give the folder write permission and start again to edit them.</source>
        <translation>{folder} қалтасына жазу мүмкін емес, сондықтан профиліңіз тек оқу үшін ашылды: кітапхананы оқуға болады, бірақ сіз қосқан немесе өзгерткен дәлелдер мен дереккөздер сақталмайды. Оларды өңдеу үшін қалтаға жазу рұқсатын беріп, бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Your profile database was damaged ({reason}). It was moved aside to {moved}, and {arguments} of your arguments and {sources} of your sources were recovered into a fresh one.</source>
        <translation>Профиліңіздің дерекқоры зақымдалған еді ({reason}). Ол {moved} орнына жылжытылды, ал жаңа дерекқорға {arguments} дәлеліңіз бен {sources} дереккөзіңіз қалпына келтірілді.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} — жарамсыз JSON ({line}-жол, {column}-баған).</translation>
    </message>
    <message>
        <source>{file}: its JSON nests {depth} levels deep; at most {limit} are read.</source>
        <translation>{file}: JSON тереңдігі {depth} деңгей; ең көбі {limit} деңгей оқылады.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — файл емес, қалта.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a device, pipe or socket).</source>
        <translation>{file} — қарапайым файл емес (құрылғы, арна немесе сокет).</translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is {limit}.</source>
        <translation>{file} көлемі {size}; шегі — {limit}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte}).</source>
        <translation>{file} — UTF-8 мәтіні емес ({byte}-байт).</translation>
    </message>
    <message>
        <source>{file}: the key “{key}” appears twice in one object.</source>
        <translation>{file}: «{key}» кілті бір нысанда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>{file}: a number of {length} characters is too long to be a figure.</source>
        <translation>{file}: {length} таңбалы сан көрсеткіш үшін тым ұзын.</translation>
    </message>
    <message>
        <source>{file}: the number {number} is out of range.</source>
        <translation>{file}: {number} саны рұқсат етілген аралықтан тыс.</translation>
    </message>
    <message>
        <source>{file}: {name} is not a number this program accepts.</source>
        <translation>{file}: {name} — бағдарлама қабылдайтын сан емес.</translation>
    </message>
    <message>
        <source>{file}: a text holds a lone surrogate (\u{point}), not a character.</source>
        <translation>{file}: мәтінде таңба емес, жалғыз суррогат (\u{point}) бар.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not readable as CSV ({reason}).</source>
        <translation>{file}, {line}-жол: CSV ретінде оқылмайды ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name to save to.</source>
        <translation>{file} — қалта; сақтау үшін файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} is a device or pipe, not a file; nothing was saved.</source>
        <translation>{file} — файл емес, құрылғы немесе арна; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Nothing was saved; choose another folder.</source>
        <translation>{file} жазылмайды: {reason}. Ештеңе сақталмады; басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>{file} could not be written completely (is the disk full?); the old file is kept.</source>
        <translation>{file} толық жазылмады (диск толып қалды ма?); бұрынғы файл сақталды.</translation>
    </message>
    <message>
        <source>{combinations} combinations are more than the {limit} an exploration evaluates. Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation>{combinations} комбинация зерттеу бағалай алатын {limit} шегінен көп. Оның орнына іріктемені зерттеңіз: бір уақытта азырақ мемлекет алып, қалғандарының таңдауын сценарийде бекітіңіз.</translation>
    </message>
    <message>
        <source>Streamed: the table keeps {kept} of the {evaluated} combinations evaluated, the Pareto front ({front}) and the {top} best on each compared objective.</source>
        <translation>Есептеу ағынмен жүрді: кесте бағаланған {evaluated} комбинацияның {kept} жолын сақтайды — Парето шекарасын ({front}) және салыстырылатын әр мақсат бойынша ең үздік {top} комбинацияны.</translation>
    </message>
    <message>
        <source>The Pareto front of these {combinations} combinations has more than {limit} rows, too many to keep. Compare fewer objectives or explore fewer states.</source>
        <translation>Осы {combinations} комбинацияның Парето шекарасында {limit} жолдан көп, оларды сақтау үшін тым көп. Азырақ мақсатты салыстырыңыз немесе азырақ мемлекетті зерттеңіз.</translation>
    </message>
    <message>
        <source>The drivers need every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}. Explore fewer states or toggles to see them.</source>
        <translation>Әсер ету факторларына барлық комбинация керек, бірақ бұл зерттеу ағынмен жүрді: ол {evaluated} комбинацияны бағалап, {kept} жолын сақтады. Оларды көру үшін азырақ мемлекетті немесе ауыстырғышты зерттеңіз.</translation>
    </message>
    <message>
        <source>Scenario discovery needs every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}. Explore fewer states or toggles to find boxes.</source>
        <translation>Сценарийлерді іздеуге барлық комбинация керек, бірақ бұл зерттеу ағынмен жүрді: ол {evaluated} комбинацияны бағалап, {kept} жолын сақтады. Аймақтарды табу үшін азырақ мемлекетті немесе ауыстырғышты зерттеңіз.</translation>
    </message>
    <message>
        <source>The Pareto share needs every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}, so it was not computed.</source>
        <translation>Парето үлесіне барлық комбинация керек, бірақ бұл зерттеу ағынмен жүрді: ол {evaluated} комбинацияны бағалап, {kept} жолын сақтады, сондықтан үлес есептелмеді.</translation>
    </message>
    <message>
        <source>{combinations} combinations would each be valued one by one for {entity}; at most {limit} are. Explore fewer states at a time.</source>
        <translation>{entity} үшін {combinations} комбинацияның әрқайсысын жеке бағалау керек болар еді; ең көбі {limit} рұқсат етіледі. Бір уақытта азырақ мемлекетті зерттеңіз.</translation>
    </message>
    <message>
        <source>{file}: the JSON is nested too deeply.</source>
        <translation type="vanished">{file}: JSON тым терең кірістірілген.</translation>
    </message>
    <message>
        <source>{file}: expected a list of arguments or an object with “arguments”.</source>
        <translation>{file}: дәлелдер тізімі немесе «arguments» өрісі бар объект күтілген еді.</translation>
    </message>
    <message>
        <source>{file}, {where}: expected an object.</source>
        <translation>{file}, {where}: объект күтілген еді.</translation>
    </message>
    <message>
        <source>{file}: the header lacks the columns {columns}.</source>
        <translation>{file}: тақырып жолында мына бағандар жоқ: {columns}.</translation>
    </message>
    <message>
        <source>The strength “{strength}” is not a whole number.</source>
        <translation>«{strength}» күші бүтін сан емес.</translation>
    </message>
    <message>
        <source>The date accessed “{accessed}” is not a date (YYYY-MM-DD).</source>
        <translation>«{accessed}» қаралған күні күн емес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>A source needs an id and a citation.</source>
        <translation>Дереккөздің идентификаторы мен сілтемесі болуы керек.</translation>
    </message>
    <message>
        <source>The id “{id}” already exists.</source>
        <translation>«{id}» идентификаторы бұрыннан бар.</translation>
    </message>
    <message>
        <source>Check at least one state.</source>
        <translation>Кемінде бір мемлекетті белгілеңіз.</translation>
    </message>
    <message>
        <source>{state} is named twice in the states to explore.</source>
        <translation>{state} зерттелетін мемлекеттер арасында екі рет аталған.</translation>
    </message>
    <message>
        <source>The toggle of {state} in {bloc} is named twice.</source>
        <translation>{state} мемлекетінің {bloc} ішіндегі ауыстырғышы екі рет аталған.</translation>
    </message>
    <message>
        <source>{combinations} combinations would need about {needed_gib} GiB of memory, more than the {limit_gib} GiB an exploration may use. Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation type="vanished">{combinations} комбинацияға шамамен {needed_gib} ГиБ жады қажет болар еді, бұл зерттеуге рұқсат етілген {limit_gib} ГиБ-тан көп. Оның орнына іріктемені зерттеңіз: бір уақытта азырақ мемлекет алып, қалғандарының таңдауын сценарийде бекітіңіз.</translation>
    </message>
    <message>
        <source>The condition is empty; write one such as KAZ:autonomy&gt;60.</source>
        <translation>Шарт бос; мысалы, KAZ:autonomy&gt;60 деп жазыңыз.</translation>
    </message>
    <message>
        <source>“{part}” is not ENTITY:INDICATOR, one of &gt;, &gt;=, &lt;, &lt;= and a number (such as KAZ:autonomy&gt;60); join conditions with “and”.</source>
        <translation>«{part}» — НЫСАН:КӨРСЕТКІШ, &gt;, &gt;=, &lt;, &lt;= белгілерінің бірі және сан емес (мысалы, KAZ:autonomy&gt;60); шарттар «and» сөзімен біріктіріледі.</translation>
    </message>
    <message>
        <source>“{entity}” is not a state code, a bloc code or “region”.</source>
        <translation>«{entity}» — мемлекет коды да, блок коды да, «region» де емес.</translation>
    </message>
    <message>
        <source>“{indicator}” is not an indicator.</source>
        <translation>«{indicator}» — көрсеткіш емес.</translation>
    </message>
    <message>
        <source>“{indicator}” is not an indicator of {entity}.</source>
        <translation>«{indicator}» — {entity} үшін көрсеткіш емес.</translation>
    </message>
    <message>
        <source>The condition holds in none of the {combinations} combinations, so there is no box to find.</source>
        <translation>Шарт {combinations} комбинацияның ешқайсысында орындалмайды, сондықтан табатын аймақ жоқ.</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>the West</source>
        <translation>Батыс</translation>
    </message>
    <message>
        <source>the Turkic world</source>
        <translation>түркі әлемі</translation>
    </message>
    <message>
        <source>another pole</source>
        <translation>басқа полюс</translation>
    </message>
    <message>
        <source>A scenario file must hold a JSON object.</source>
        <translation>Сценарий файлында JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>format: “{expected}” expected, found {found}.</source>
        <translation>format: «{expected}» күтілді, табылғаны {found}.</translation>
    </message>
    <message>
        <source>version: this program reads version {expected}, found {found}.</source>
        <translation>version: бағдарлама {expected} нұсқасын оқиды, табылғаны {found}.</translation>
    </message>
    <message>
        <source>{where}: text expected.</source>
        <translation>{where}: мәтін күтілді.</translation>
    </message>
    <message>
        <source>name: {length:,} characters; a name has at most {limit}.</source>
        <translation type="vanished">name: {length:,} таңба; атауда ең көбі {limit} таңба болады.</translation>
    </message>
    <message>
        <source>name: {length} characters; a name has at most {limit}.</source>
        <translation>name: {length} таңба; атауда ең көбі {limit} таңба болады.</translation>
    </message>
    <message>
        <source>year: a whole year such as 2024 expected, found {found}.</source>
        <translation>year: бүтін сан түріндегі жыл күтілді, мысалы 2024, табылғаны {found}.</translation>
    </message>
    <message>
        <source>{where}: a list expected.</source>
        <translation>{where}: тізім күтілді.</translation>
    </message>
    <message>
        <source>{where}: an object with state, bloc and action expected.</source>
        <translation>{where}: «state», «bloc» және «action» өрістері бар нысан күтілді.</translation>
    </message>
    <message>
        <source>{where}: a code expected as text, found {found}.</source>
        <translation>{where}: мәтін түріндегі код күтілді, табылғаны {found}.</translation>
    </message>
    <message>
        <source>{where}: {found} is not a code (Latin letters, digits and _ only).</source>
        <translation>{where}: {found} код емес (тек латын әріптері, сандар және _).</translation>
    </message>
    <message>
        <source>{where}: one of {choices} expected, found {found}.</source>
        <translation>{where}: {choices} мәндерінің бірі күтілді, табылғаны {found}.</translation>
    </message>
    <message>
        <source>{where}: an edit that leaves a bloc takes no status.</source>
        <translation>{where}: блоктан шығу түзетуінің мәртебесі болмайды.</translation>
    </message>
    <message>
        <source>{where}: {found} is not a status a state can hold.</source>
        <translation>{where}: {found} мемлекет ие бола алатын мәртебе емес.</translation>
    </message>
    <message>
        <source>{where}: {state} in {bloc} is edited twice.</source>
        <translation>{where}: {bloc} ішіндегі {state} екі рет өзгертіледі.</translation>
    </message>
    <message>
        <source>alignments: an object from state codes to alignments expected.</source>
        <translation>alignments: мемлекет кодтарына бағдарларды сәйкестендіретін нысан күтілді.</translation>
    </message>
    <message>
        <source>{where}: {state} is given two alignments (the codes differ only in case).</source>
        <translation>{where}: {state} екі бағдар алады (кодтар тек әріп регистрімен ерекшеленеді).</translation>
    </message>
    <message>
        <source>parameters: an object from parameter names to numbers expected.</source>
        <translation>parameters: параметр атауларына сандарды сәйкестендіретін нысан күтілді.</translation>
    </message>
    <message>
        <source>{where}: a number expected, found {found}.</source>
        <translation>{where}: сан күтілді, табылғаны {found}.</translation>
    </message>
    <message>
        <source>motivation: a list of argument ids expected.</source>
        <translation>motivation: дәлел идентификаторларының тізімі күтілді.</translation>
    </message>
    <message>
        <source>A deck file must hold a JSON object.</source>
        <translation>Сценарийлер жинағының файлында JSON нысаны болуы керек.</translation>
    </message>
    <message>
        <source>version: this program reads deck version {expected}, found {found}.</source>
        <translation>version: бағдарлама {expected} нұсқасындағы жинақтарды оқиды, табылғаны {found}.</translation>
    </message>
    <message>
        <source>{where}: must not be empty.</source>
        <translation>{where}: бос болмауы керек.</translation>
    </message>
    <message>
        <source>{where}: {length} characters; at most {limit}.</source>
        <translation>{where}: {length} таңба; ең көбі {limit}.</translation>
    </message>
    <message>
        <source>{where}: {count} entries; at most {limit}.</source>
        <translation>{where}: {count} жазба; ең көбі {limit}.</translation>
    </message>
    <message>
        <source>{where}: an object with a title and a scenario expected.</source>
        <translation>{where}: тақырыбы мен сценарийі бар нысан күтілген.</translation>
    </message>
    <message>
        <source>{where}: an object with one of preset, file or scenario expected.</source>
        <translation>{where}: preset, file немесе scenario кілттерінің бірі бар нысан күтілген.</translation>
    </message>
    <message>
        <source>{where}: name exactly one of preset, file or scenario.</source>
        <translation>{where}: preset, file немесе scenario кілттерінің дәл біреуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>{where}: the scenario written into the deck is not valid.</source>
        <translation>{where}: жинаққа жазылған сценарий жарамсыз.</translation>
    </message>
    <message>
        <source>{where}: an object with a label and a count expected.</source>
        <translation>{where}: белгісі мен саны бар нысан күтілген.</translation>
    </message>
    <message>
        <source>{where}: the option “{label}” is named twice.</source>
        <translation>{where}: «{label}» нұсқасы екі рет аталған.</translation>
    </message>
    <message>
        <source>{where}: a whole number from 0 to {limit} expected, found {found}.</source>
        <translation>{where}: 0-ден {limit} дейінгі бүтін сан күтілген, табылғаны {found}.</translation>
    </message>
    <message>
        <source>There is no preset “{preset}” (the presets are {presets}).</source>
        <translation>«{preset}» дайын сценарийі жоқ (барлары: {presets}).</translation>
    </message>
    <message>
        <source>Its scenario file {file} cannot be used.</source>
        <translation>Оның {file} сценарий файлын пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>Its scenario does not fit the world.</source>
        <translation>Оның сценарийі әлем деректеріне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>“{found}” is not a map colouring: use alignment, a bloc code or a state indicator code.</source>
        <translation>«{found}» картаны бояу тәсілі емес: alignment, блок кодын немесе мемлекет көрсеткішінің кодын көрсетіңіз.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>you have no permission to read it</source>
        <translation>оны оқуға рұқсатыңыз жоқ</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>жүйе бұған рұқсат бермейді</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>оның жолының бір бөлігі қалта емес</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>оның атауы тым ұзын</translation>
    </message>
    <message>
        <source>its links lead round in a circle</source>
        <translation>оның сілтемелері шеңбер бойымен айналады</translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation>диск оқу қатесі туралы хабарлады</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it does not start with postgresql://.</source>
        <translation>«{address}» — командалық дерекқордың мекенжайы емес: ол postgresql:// деп басталмайды.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: the port is not a number between 1 and 65535.</source>
        <translation>«{address}» — командалық дерекқордың мекенжайы емес: порт 1 мен 65535 аралығындағы сан емес.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it names no server.</source>
        <translation>«{address}» — командалық дерекқордың мекенжайы емес: онда сервер көрсетілмеген.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it names no database after the server.</source>
        <translation>«{address}» — командалық дерекқордың мекенжайы емес: серверден кейін дерекқор көрсетілмеген.</translation>
    </message>
    <message>
        <source>The team database server {server} does not answer ({reason}). Check the address and that the server is running.</source>
        <translation>Командалық дерекқор сервері {server} жауап бермейді ({reason}). Мекенжайды және сервердің жұмыс істеп тұрғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The team database server {server} asks for the password of {user}.</source>
        <translation>Командалық дерекқор сервері {server} {user} пайдаланушысының құпиясөзін сұрайды.</translation>
    </message>
    <message>
        <source>{user} may read the team database {database} but not write to it (a viewer role), so adding, editing and importing are off in this window. The administrator can make {user} an editor (regio-desktop db grant URL --user {user} --role editor).</source>
        <translation>{user} {database} командалық дерекқорын оқи алады, бірақ оған жаза алмайды (оқырман рөлі), сондықтан бұл терезеде қосу, түзету және импорттау өшірулі. Әкімші {user} пайдаланушысын редактор ете алады (regio-desktop db grant URL --user {user} --role editor).</translation>
    </message>
    <message>
        <source>The team database server {server} stopped answering: no sign of life within {seconds} s, so the connection counts as lost.</source>
        <translation>{server} командалық дерекқор сервері жауап беруді тоқтатты: {seconds} с ішінде тірі екенінің белгісі келмеді, сондықтан байланыс үзілді деп саналады.</translation>
    </message>
    <message>
        <source>The team database server {server} cannot be reached, so nothing was saved. Your change is kept (in the editor, or in Undo) to try again once the window has reconnected.</source>
        <translation>Командалық дерекқор сервері {server} қолжетімсіз, сондықтан ештеңе сақталмады. Өзгерісіңіз байланыс қалпына келгенде қайталау үшін сақталды (редакторда немесе Болдырмау тарихында).</translation>
    </message>
    <message>
        <source>The team database server {server} refused the login of {user}. Check the user name and the password.</source>
        <translation>Командалық дерекқор сервері {server} {user} пайдаланушысының кіруінен бас тартты. Пайдаланушы атын және құпиясөзді тексеріңіз.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Create it, then prepare it with “regio-desktop db init”.</source>
        <translation>{server} серверінде {database} дерекқоры жоқ. Оны жасаңыз, содан кейін «regio-desktop db init» командасымен дайындаңыз.</translation>
    </message>
    <message>
        <source>The database {database} on {server} is not a Regio Desktop team database. Prepare it with “regio-desktop db init”.</source>
        <translation>{server} серверіндегі {database} дерекқоры Regio Desktop командалық дерекқоры емес. Оны «regio-desktop db init» командасымен дайындаңыз.</translation>
    </message>
    <message>
        <source>The database {database} on {server} is already a Regio Desktop team database (schema {revision}). Bring it up to date with “regio-desktop db upgrade”.</source>
        <translation>{server} серверіндегі {database} дерекқоры қазірдің өзінде Regio Desktop командалық дерекқоры (схема {revision}). Оны «regio-desktop db upgrade» командасымен жаңартыңыз.</translation>
    </message>
    <message>
        <source>The team database {database} was prepared by a newer Regio Desktop (schema {revision}). Please update the program.</source>
        <translation>{database} командалық дерекқорын Regio Desktop-тың жаңарақ нұсқасы дайындаған (схема {revision}). Бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The team database {database} refused the change: {user} may not write {table} (a viewer only reads). Nothing was saved.</source>
        <translation>{database} командалық дерекқоры өзгерісті қабылдамады: {user} {table} кестесін өзгерте алмайды (бақылаушы тек оқиды). Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>{user} may not read the team database {database}: it is neither a viewer nor an editor there. Ask the database&apos;s owner for a role.</source>
        <translation>{user} {database} командалық дерекқорын оқи алмайды: онда ол бақылаушы да, редактор да емес. Дерекқор иесінен рөл сұраңыз.</translation>
    </message>
    <message>
        <source>{user} may not {action} on {server}: that needs the right to create roles and tables. Run it as the database&apos;s owner.</source>
        <translation>{user} {server} серверінде «{action}» әрекетін орындай алмайды: бұл үшін рөлдер мен кестелер жасау құқығы керек. Оны дерекқор иесінің атынан орындаңыз.</translation>
    </message>
    <message>
        <source>There is no login role “{user}” on {server}. Create it first.</source>
        <translation>{server} серверінде «{user}» кіру рөлі жоқ. Алдымен оны жасаңыз.</translation>
    </message>
    <message>
        <source>The team database {database} holds no scenario “{name}” (version {version}).</source>
        <translation>{database} командалық дерекқорында «{name}» сценарийі жоқ (нұсқа {version}).</translation>
    </message>
    <message>
        <source>The team database {database} holds no deck “{name}” (version {version}).</source>
        <translation>{database} командалық дерекқорында «{name}» жинағы жоқ (нұсқа {version}).</translation>
    </message>
    <message>
        <source>A deck is shared under its title: give the deck a title first.</source>
        <translation>Жинақ командаға өз атауымен беріледі: алдымен жинаққа атау беріңіз.</translation>
    </message>
    <message>
        <source>The comment has {length} characters; a version&apos;s comment has at most {limit}.</source>
        <translation>Түсініктемеде {length} таңба бар; нұсқа түсініктемесінде ең көбі {limit} таңба болады.</translation>
    </message>
    <message>
        <source>The backup of {database} before the upgrade failed ({reason}), so nothing was upgraded.</source>
        <translation>Жаңарту алдында {database} дерекқорының сақтық көшірмесі жасалмады ({reason}), сондықтан ештеңе жаңартылмады.</translation>
    </message>
    <message>
        <source>“{id}” was changed by someone else since you opened it (it is at version {theirs} now; you read version {yours}). Nothing was saved.</source>
        <translation>«{id}» сіз ашқаннан кейін басқа біреу өзгертті (қазір {theirs} нұсқа, сіз {yours} нұсқаны оқыдыңыз). Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>“{id}” was deleted by someone else since you opened it (you read version {yours}). Nothing was saved.</source>
        <translation>«{id}» сіз ашқаннан кейін басқа біреу жойды (сіз {yours} нұсқаны оқыдыңыз). Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>The replay starts in {first}, after the year it ends ({last}).</source>
        <translation>Қайталау {first} жылы басталады, бұл оның аяқталатын жылынан ({last}) кейін.</translation>
    </message>
    <message>
        <source>The size “{found}” is not WIDTHxHEIGHT in pixels (such as 1920x1080).</source>
        <translation>«{found}» өлшемі пиксельмен ЕНІxБИІКТІГІ түрінде жазылмаған (мысалы, 1920x1080).</translation>
    </message>
    <message>
        <source>A frame of {width}×{height} pixels is outside the sizes written, {smallest} to {largest}.</source>
        <translation>{width}×{height} пиксельдік кадр жазылатын өлшемдерден тыс: {smallest} бастап {largest} дейін.</translation>
    </message>
    <message>
        <source>Name a folder for the frames, a video file (.mp4 or .gif), or both.</source>
        <translation>Кадрларға арналған қалтаны, бейнефайлды (.mp4 немесе .gif) немесе екеуін де көрсетіңіз.</translation>
    </message>
    <message>
        <source>{file}: a video is written as .mp4 or .gif.</source>
        <translation>{file}: бейне .mp4 немесе .gif түрінде жазылады.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder for the frames.</source>
        <translation>{folder} — файл, кадрларға арналған қалта емес.</translation>
    </message>
    <message>
        <source>{file}: no MP4 encoder is installed ({reason}); write a .gif instead.</source>
        <translation>{file}: MP4 кодтағышы орнатылмаған ({reason}); оның орнына .gif жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>added</source>
        <translation>қосты</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертті</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойды</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Шығу тегі</translation>
    </message>
    <message>
        <source>Provenance of {id}</source>
        <translation>Шығу тегі: {id}</translation>
    </message>
    <message>
        <source>Source {id}</source>
        <translation>Дереккөз {id}</translation>
    </message>
    <message>
        <source>Ships with the program; not changed here.</source>
        <translation>Бағдарламамен бірге келеді; мұнда өзгертілмеген.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Өзгерістер жазылмаған.</translation>
    </message>
    <message>
        <source>{time} UTC: {action} by {who} (version {version})</source>
        <translation>{time} UTC: {who} — {action} ({version} нұсқа)</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>қаралған күні: {date}</translation>
    </message>
    <message>
        <source>Other arguments from this source</source>
        <translation>Осы дереккөздегі басқа дәлелдер</translation>
    </message>
    <message>
        <source>Arguments from this source</source>
        <translation>Осы дереккөздегі дәлелдер</translation>
    </message>
</context>
<context>
    <name>RangesControl</name>
    <message>
        <source>depths and delegation of {bloc}</source>
        <translation>тереңдігі мен өкілеттік беруі: {bloc}</translation>
    </message>
    <message>
        <source>weight of the status {status}</source>
        <translation>«{status}» мәртебесінің салмағы</translation>
    </message>
    <message>
        <source>sanctions severities</source>
        <translation>санкциялардың қатаңдығы</translation>
    </message>
    <message>
        <source>corridors&apos; sanctions exposure</source>
        <translation>дәліздердің санкциялық осалдығы</translation>
    </message>
    <message>
        <source>trade shares</source>
        <translation>сауда үлестері</translation>
    </message>
    <message>
        <source>{title}: {value} (range {low}–{high}, 90 % of {draws:,} draws)</source>
        <translation>{title}: {value} (ауқым {low}–{high}, {draws} іріктеменің 90 %-ы)</translation>
    </message>
    <message>
        <source>Moved most by (points across the estimate&apos;s range):</source>
        <translation>Ең көп әсер ететіндер (бағалау ауқымы бойынша пункттер):</translation>
    </message>
    <message>
        <source>No estimate moves it: a recorded figure.</source>
        <translation>Бағалауларға тәуелді емес: тіркелген мән.</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Ауқымдар</translation>
    </message>
    <message>
        <source>Error bars: the range of 90 % of 1,000 draws of the weights, constants and estimated data over their plausible ranges (computed in the background)</source>
        <translation>Қателік сызықтары: салмақтардың, тұрақтылардың және бағаланған деректердің ықтимал ауқымдары бойынша 1 000 іріктемесінің 90 %-ы (фонда есептеледі)</translation>
    </message>
    <message>
        <source>Ranges %p%</source>
        <translation>Ауқымдар %p%</translation>
    </message>
    <message>
        <source>The ranges could not be computed: {reason}</source>
        <translation>Ауқымдарды есептеу мүмкін болмады: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Their version (version {n}) where it differs from yours:</source>
        <translation>Олардың нұсқасы ({n} нұсқа), сіздікінен өзгеше жерлерде:</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>{states} and {count} more</source>
        <translation>{states} және тағы {count}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} және {last}</translation>
    </message>
    <message>
        <source>{bloc} founded</source>
        <translation>{bloc}: құрылуы</translation>
    </message>
    <message>
        <source>{bloc} founded by {states}</source>
        <translation>{bloc}: құрылуы — {states}</translation>
    </message>
    <message>
        <source>{bloc} dissolved</source>
        <translation>{bloc}: таратылуы</translation>
    </message>
    <message>
        <source>{bloc}: joined by {states}</source>
        <translation>{bloc}: кіруі — {states}</translation>
    </message>
    <message>
        <source>{bloc}: {states} given the status “{status}”</source>
        <translation>{bloc}: «{status}» мәртебесі — {states}</translation>
    </message>
    <message>
        <source>{bloc}: {states} from “{before}” to “{status}”</source>
        <translation>{bloc}: {states} — «{before}» орнына «{status}»</translation>
    </message>
    <message>
        <source>{bloc}: membership of {states} suspended</source>
        <translation>{bloc}: мүшелігі тоқтатылды — {states}</translation>
    </message>
    <message>
        <source>{bloc}: left by {states}</source>
        <translation>{bloc}: шығуы — {states}</translation>
    </message>
    <message>
        <source>Sanctions on {states}: severity {severity} of 1 (estimated)</source>
        <translation>Санкциялар — {states}: ауырлығы 1-ден {severity} (бағалау)</translation>
    </message>
    <message>
        <source>Sanctions on {states} lifted (severity was {before} of 1)</source>
        <translation>Санкциялар алынды — {states} (ауырлығы 1-ден {before} болған)</translation>
    </message>
    <message>
        <source>Sanctions on {states} tightened: severity {before} → {severity} of 1</source>
        <translation>Санкциялар күшейтілді — {states}: ауырлығы 1-ден {before} → {severity}</translation>
    </message>
    <message>
        <source>Sanctions on {states} eased: severity {before} → {severity} of 1</source>
        <translation>Санкциялар жұмсартылды — {states}: ауырлығы 1-ден {before} → {severity}</translation>
    </message>
    <message>
        <source>Scenario: {bloc} joined by {states} (“{status}”)</source>
        <translation>Сценарий: {bloc}: кіруі — {states} («{status}»)</translation>
    </message>
    <message>
        <source>Scenario: {bloc}: {states} from “{before}” to “{status}”</source>
        <translation>Сценарий: {bloc}: {states} — «{before}» орнына «{status}»</translation>
    </message>
    <message>
        <source>Scenario: {bloc} left by {states}</source>
        <translation>Сценарий: {bloc}: шығуы — {states}</translation>
    </message>
    <message>
        <source>Scenario: {states} turns {alignment} (was {before})</source>
        <translation>Сценарий: {states} — «{alignment}» бағдары («{before}» болған)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>{states}: alignment turns from {before} to {alignment}</source>
        <translation>{states}: бағдар «{before}» орнына «{alignment}» болады</translation>
    </message>
    <message>
        <source>{states}: alignment {alignment}</source>
        <translation>{states}: бағдары «{alignment}»</translation>
    </message>
    <message>
        <source>Source: the scenario “{name}”</source>
        <translation>Дереккөз: «{name}» сценарийі</translation>
    </message>
    <message>
        <source>{citation} (source row: {source})</source>
        <translation>{citation} (дереккөз жолы: {source})</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Дереккөз: {citation}</translation>
    </message>
    <message>
        <source>{year}: no membership, alignment or sanctions change in the data</source>
        <translation>{year}: деректерде мүшелік, бағдар немесе санкциялар өзгерісі жоқ</translation>
    </message>
    <message>
        <source>{year} · events in the data: {count}</source>
        <translation>{year} · деректердегі оқиғалар: {count}</translation>
    </message>
    <message>
        <source>Scenario “{name}” (its edits apply from {year})</source>
        <translation>«{name}» сценарийі (түзетулері {year} жылдан бастап)</translation>
    </message>
    <message>
        <source>The data as it stood at the end of {year}</source>
        <translation>{year} жылдың соңындағы деректер</translation>
    </message>
    <message>
        <source>Regio Desktop · timeline replay {first}–{last} · map: {colouring}</source>
        <translation>Regio Desktop · хронологияны қайталау {first}–{last} · карта: {colouring}</translation>
    </message>
    <message>
        <source>… and {count} more (the window lists them all)</source>
        <translation>… және тағы {count} (терезеде бәрі көрсетілген)</translation>
    </message>
    <message>
        <source>{state} in {year} (index 0–100; change since the year before: ▲ better, ▼ worse)</source>
        <translation>{state}, {year} жыл (индекс 0–100; алдыңғы жылға қарағандағы өзгеріс: ▲ жақсы, ▼ нашар)</translation>
    </message>
</context>
<context>
    <name>ReplayActions</name>
    <message>
        <source>&amp;Replay the timeline…</source>
        <translation>&amp;Хронологияны қайталау…</translation>
    </message>
    <message>
        <source>Play the years from 1991 on the map, the bloc lanes and the indicators, with each year&apos;s events and their sources</source>
        <translation>1991 жылдан бергі жылдарды картада, блок жолақтарында және индикаторларда әр жылдың оқиғаларымен және олардың дереккөздерімен ойнату</translation>
    </message>
</context>
<context>
    <name>ReplayControl</name>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>Қайталауды кідірту (Бос орын)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Ойнату (Бос орын)</translation>
    </message>
    <message>
        <source>One year back (Left)</source>
        <translation>Бір жыл артқа (Солға)</translation>
    </message>
    <message>
        <source>One year back</source>
        <translation>Бір жыл артқа</translation>
    </message>
    <message>
        <source>One year on (Right)</source>
        <translation>Бір жыл алға (Оңға)</translation>
    </message>
    <message>
        <source>One year on</source>
        <translation>Бір жыл алға</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>Қайталауды ойнату немесе кідірту</translation>
    </message>
    <message>
        <source>&amp;Years a second:</source>
        <translation>&amp;Секундына жыл:</translation>
    </message>
    <message>
        <source>How many years the replay plays per second</source>
        <translation>Қайталау секундына неше жыл көрсетеді</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>The year shown: drag, or use Left and Right; Space plays and pauses</source>
        <translation>Көрсетілген жыл: сүйреңіз немесе Солға және Оңға пернелерін басыңыз; Бос орын ойнатады және кідіртеді</translation>
    </message>
    <message>
        <source>Replay control</source>
        <translation>Қайталауды басқару</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Timeline replay {first}–{last} — Regio Desktop</source>
        <translation>Хронологияны қайталау {first}–{last} — Regio Desktop</translation>
    </message>
    <message>
        <source>The data year by year, as it stood at the end of each year. Open or edit a scenario in the main window to replay it with its edits.</source>
        <translation>Деректер жылма-жыл, әр жылдың соңындағы күйімен. Сценарийді түзетулерімен қайталау үшін оны негізгі терезеде ашыңыз немесе өзгертіңіз.</translation>
    </message>
    <message>
        <source>Scenario “{name}”: its edits apply from {year} on; before, the data.</source>
        <translation>«{name}» сценарийі: оның түзетулері {year} жылдан бастап қолданылады; оған дейін — деректер.</translation>
    </message>
    <message>
        <source>{state} in {year}</source>
        <translation>{state}, {year} жыл</translation>
    </message>
    <message>
        <source>Indicator ({unit})</source>
        <translation>Индикатор ({unit})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Change: since the year before, ▲ better and ▼ worse for the state; ↑ higher is better, ↓ lower is better, – no better direction. Click a state on the map to follow it.</source>
        <translation>Өзгеріс: алдыңғы жылға қарағанда, ▲ мемлекет үшін жақсы және ▼ нашар; ↑ жоғары болса жақсы, ↓ төмен болса жақсы, – жақсы бағыты жоқ. Бақылау үшін картадағы мемлекетті басыңыз.</translation>
    </message>
</context>
<context>
    <name>SaveToTeamDialog</name>
    <message>
        <source>Save “{name}” to the team</source>
        <translation>«{name}» сценарийін командаға сақтау</translation>
    </message>
    <message>
        <source>Saved as the next version of this name; another name starts a new series</source>
        <translation>Осы атаудың келесі нұсқасы ретінде сақталады; басқа атау жаңа серияны бастайды</translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation>Бұл нұсқада не өзгерді және неге</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
</context>
<context>
    <name>ScenarioFileActions</name>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Жаңа сценарий</translation>
    </message>
    <message>
        <source>Start an empty scenario on the latest year</source>
        <translation>Соңғы жылға бос сценарий бастау</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Сценарийді &amp;ашу…</translation>
    </message>
    <message>
        <source>Open a .regio.json scenario file</source>
        <translation>.regio.json сценарий файлын ашу</translation>
    </message>
    <message>
        <source>Open &amp;preset scenarios</source>
        <translation>&amp;Дайын сценарийлерді ашу</translation>
    </message>
    <message>
        <source>Add the scenarios from the literature to the list</source>
        <translation>Әдебиеттегі сценарийлерді тізімге қосу</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>Сценарийді &amp;сақтау</translation>
    </message>
    <message>
        <source>Save the current scenario to its file</source>
        <translation>Ағымдағы сценарийді өз файлына сақтау</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Сценарийді басқаша са&amp;қтау…</translation>
    </message>
    <message>
        <source>Save the current scenario to a new file</source>
        <translation>Ағымдағы сценарийді жаңа файлға сақтау</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation type="vanished">Сценарий атын &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Rename and describe the current scenario</source>
        <translation type="vanished">Ағымдағы сценарийдің атын өзгерту және сипаттау</translation>
    </message>
    <message>
        <source>Scenario &amp;properties…</source>
        <translation>Сценарий &amp;қасиеттері…</translation>
    </message>
    <message>
        <source>Name, describe and annotate the current scenario</source>
        <translation>Ағымдағы сценарийдің атауы, сипаттамасы және жазбалары</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>Сценарийдің &amp;көшірмесін жасау</translation>
    </message>
    <message>
        <source>Copy the current scenario as a new one</source>
        <translation>Ағымдағы сценарийді жаңа сценарий ретінде көшіру</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>Сценарийді жа&amp;бу</translation>
    </message>
    <message>
        <source>Close the current scenario</source>
        <translation>Ағымдағы сценарийді жабу</translation>
    </message>
    <message>
        <source>Ne&amp;xt scenario</source>
        <translation>Ке&amp;лесі сценарий</translation>
    </message>
    <message>
        <source>Show the next open scenario</source>
        <translation>Келесі ашық сценарийді көрсету</translation>
    </message>
    <message>
        <source>Pre&amp;vious scenario</source>
        <translation>Алдың&amp;ғы сценарий</translation>
    </message>
    <message>
        <source>Show the previous open scenario</source>
        <translation>Алдыңғы ашық сценарийді көрсету</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>&amp;Есепті экспорттау (PDF)…</translation>
    </message>
    <message>
        <source>Write a PDF report of the current scenario</source>
        <translation>Ағымдағы сценарий бойынша PDF есеп жазу</translation>
    </message>
    <message>
        <source>&amp;Export indicators (CSV, XLSX)…</source>
        <translation>Көрсеткіштерді экс&amp;порттау (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>Save the indicator table with baselines and deltas</source>
        <translation>Көрсеткіштер кестесін базалық мәндер мен айырмалармен сақтау</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <source>Scenarios (*{suffix} *.json)</source>
        <translation>Сценарийлер (*{suffix} *.json)</translation>
    </message>
    <message>
        <source>Cannot open {path}:
{reason}</source>
        <translation>{path} ашу мүмкін емес:
{reason}</translation>
    </message>
    <message>
        <source>Preset scenarios</source>
        <translation>Дайын сценарийлер</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сценарийді басқаша сақтау</translation>
    </message>
    <message>
        <source>Scenarios (*{suffix})</source>
        <translation>Сценарийлер (*{suffix})</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Сценарийді сақтау</translation>
    </message>
    <message>
        <source>Cannot save: {reason}</source>
        <translation>Сақтау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation type="vanished">Сценарий атын өзгерту</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Атауы:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (көшірме)</translation>
    </message>
    <message>
        <source>Unsaved scenarios</source>
        <translation>Сақталмаған сценарийлер</translation>
    </message>
    <message>
        <source>These scenarios have unsaved changes:
{names}

Save them first?</source>
        <translation>Бұл сценарийлерде сақталмаған өзгерістер бар:
{names}

Алдымен оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} файлын жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Көрсеткіштерді экспорттау</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Preset scenario (read-only file: use Save as)</source>
        <translation>Дайын сценарий (файл тек оқуға арналған: «Басқаша сақтау» пәрменін пайдаланыңыз)</translation>
    </message>
</context>
<context>
    <name>ScenarioListPanel</name>
    <message>
        <source>Open scenarios</source>
        <translation>Ашық сценарийлер</translation>
    </message>
    <message>
        <source>Open scenarios: click to switch; • marks unsaved changes</source>
        <translation>Ашық сценарийлер: ауысу үшін басыңыз; • — сақталмаған өзгерістер</translation>
    </message>
</context>
<context>
    <name>ScenarioPropertiesDialog</name>
    <message>
        <source>Scenario properties</source>
        <translation>Сценарий қасиеттері</translation>
    </message>
    <message>
        <source>One or two sentences: what is assumed</source>
        <translation>Бір-екі сөйлем: не болжанады</translation>
    </message>
    <message>
        <source>Your reasoning, caveats, what to check next (printed in the report)</source>
        <translation>Сіздің пайымдауларыңыз, ескертпелер, әрі қарай не тексеру керек (есепте басылады)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
</context>
<context>
    <name>ScenarioSession</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Атаусыз сценарий</translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation>Базалық жыл: сол жылғы мүшелік пен деректер</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Базалық жыл</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <source>New source</source>
        <translation>Жаңа дереккөз</translation>
    </message>
    <message>
        <source>Edit source {id}</source>
        <translation>Дереккөзді өңдеу: {id}</translation>
    </message>
    <message>
        <source>Authors (year). Title. Journal or publisher, pages.</source>
        <translation>Авторлар (жыл). Атауы. Журнал немесе баспа, беттер.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>ЖЖЖЖ-АА-КК (міндетті емес)</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Сілтеме:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Қаралған күні:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation type="vanished">Сілтеме бос.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL http:// немесе https:// деп басталуы керек.</translation>
    </message>
    <message>
        <source>The date accessed must read YYYY-MM-DD.</source>
        <translation>Қаралған күні ЖЖЖЖ-АА-КК түрінде болуы керек.</translation>
    </message>
    <message>
        <source>The source could not be saved.</source>
        <translation type="vanished">Дереккөзді сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>Source texts</source>
        <translation>Дереккөз мәтіндері</translation>
    </message>
    <message>
        <source>Text of the source</source>
        <translation>Дереккөз мәтіні</translation>
    </message>
    <message>
        <source>Import an article (File ▸ Import source text…).</source>
        <translation>Мақаланы импорттаңыз (Файл ▸ Дереккөз мәтінін импорттау…).</translation>
    </message>
    <message>
        <source>Import source &amp;text…</source>
        <translation>Дереккөз &amp;мәтінін импорттау…</translation>
    </message>
    <message>
        <source>Read the text of a source (plain text or Markdown) to cite passages from it</source>
        <translation>Үзінділер келтіру үшін дереккөз мәтінін (қарапайым мәтін не Markdown) жүктеу</translation>
    </message>
    <message>
        <source>&amp;Make argument from selection</source>
        <translation>Белгіленгеннен дәлел &amp;құру</translation>
    </message>
    <message>
        <source>Make an argument from the selected passage (Ctrl+Shift+M)</source>
        <translation>Белгіленген үзіндіден дәлел құру (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Start an argument quoting the passage selected in the reader</source>
        <translation>Оқу терезесінде белгіленген үзіндіні келтіретін дәлел бастау</translation>
    </message>
    <message>
        <source>Import source text</source>
        <translation>Дереккөз мәтінін импорттау</translation>
    </message>
    <message>
        <source>Articles ({pattern})</source>
        <translation>Мақалалар ({pattern})</translation>
    </message>
    <message>
        <source>Full citation of the article (authors, year, title, journal):</source>
        <translation>Мақаланың толық сілтемесі (авторлар, жыл, атауы, журнал):</translation>
    </message>
    <message>
        <source>Location: {location}</source>
        <translation>Орны: {location}</translation>
    </message>
</context>
<context>
    <name>Spillovers</name>
    <message>
        <source>State or bloc</source>
        <translation>Мемлекет немесе блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>For the state</source>
        <translation>Мемлекет үшін</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ жақсырақ</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ нашарырақ</translation>
    </message>
    <message>
        <source>no better direction</source>
        <translation>жақсы бағыты жоқ</translation>
    </message>
    <message>
        <source>Smallest move shown</source>
        <translation>Көрсетілетін ең кіші өзгеріс</translation>
    </message>
    <message>
        <source>Points of an index or share (0-100); per cent of the baseline for a sum such as GDP. A change of members always counts.</source>
        <translation>Индекс немесе үлес тармақтары (0–100); ЖІӨ сияқты сома үшін — базалық мәннің пайызы. Мүшелер санының өзгерісі әрқашан ескеріледі.</translation>
    </message>
    <message>
        <source>Who else moves</source>
        <translation>Тағы кімге әсер етеді</translation>
    </message>
    <message>
        <source>Smallest move:</source>
        <translation>Ең кіші өзгеріс:</translation>
    </message>
    <message>
        <source>The scenario makes no edit yet.</source>
        <translation>Сценарийде әзірге өзгеріс жоқ.</translation>
    </message>
    <message>
        <source>{count} states and blocs besides the edited states move by at least the smallest move.</source>
        <translation>Өзгертілген мемлекеттерден басқа, кемінде ең кіші өзгеріске ұшыраған мемлекеттер мен блоктар: {count}.</translation>
    </message>
    <message>
        <source>No other state or bloc moves by that much.</source>
        <translation>Басқа бірде-бір мемлекет не блок осыншалық өзгермейді.</translation>
    </message>
</context>
<context>
    <name>StateProfileChart</name>
    <message>
        <source>Compare with:</source>
        <translation>Салыстыру:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Select a state to see its profile across the indices.</source>
        <translation>Индекстер бойынша бейінін көру үшін мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>0–100: indices, market access in % of world GDP; scenario {year}</source>
        <translation>0–100: индекстер, нарыққа қол жеткізу — әлемдік ЖІӨ-нің %-ымен; сценарий {year}</translation>
    </message>
    <message>
        <source>index (0–100), scenario {year}</source>
        <translation type="vanished">индекс (0–100), сценарий {year}</translation>
    </message>
    <message>
        <source>error bars: 90 % of 1,000 draws</source>
        <translation>сызықтар: 1 000 іріктеменің 90 %-ы</translation>
    </message>
    <message>
        <source>; error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">; сызықтар: 1 000 іріктеменің 90 %-ы</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Қадамды өңдеу</translation>
    </message>
    <message>
        <source>Only you see these, not the room</source>
        <translation>Мұны аудитория емес, тек сіз көресіз</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation>{bloc} мүшелігі</translation>
    </message>
    <message>
        <source>Change against the baseline</source>
        <translation>Базаға қатысты өзгеріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>The first state the scenario edits</source>
        <translation>Сценарий өзгертетін алғашқы мемлекет</translation>
    </message>
    <message>
        <source>One answer a line, such as Yes and No</source>
        <translation>Әр жолға бір жауап, мысалы «Иә» және «Жоқ»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <source>&amp;Question to the room:</source>
        <translation>Аудиторияға &amp;сұрақ:</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>Баяндамашы &amp;жазбалары:</translation>
    </message>
    <message>
        <source>The &amp;map shows:</source>
        <translation>&amp;Карта көрсетеді:</translation>
    </message>
    <message>
        <source>An indicator&apos;s:</source>
        <translation>Көрсеткіш үшін:</translation>
    </message>
    <message>
        <source>&amp;Arguments of:</source>
        <translation>&amp;Дәлелдер:</translation>
    </message>
    <message>
        <source>The room&apos;s &amp;options:</source>
        <translation>Аудитория &amp;нұсқалары:</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Write the change that failed once more</source>
        <translation>Сақталмаған өзгерісті қайта жазу</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жасыру</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation>Қазір &amp;қайталау</translation>
    </message>
    <message>
        <source>Try to reach the team database server at once</source>
        <translation>Командалық дерекқор серверіне дереу қосылып көру</translation>
    </message>
    <message>
        <source>Offline: the team database server {server} cannot be reached ({reason}).</source>
        <translation>Байланыс жоқ: командалық дерекқор сервері {server} қолжетімсіз ({reason}).</translation>
    </message>
    <message>
        <source>Read-only on the world and the arguments already loaded until the window reconnects: a change is refused, and kept.</source>
        <translation>Байланыс қалпына келгенше — жүктелген әлем деректері мен дәйектерді тек оқу: өзгеріс қабылданбайды, бірақ сақталады.</translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation>Келесі әрекет: {time}.</translation>
    </message>
    <message>
        <source>Reconnected to the team database server {server}; the library is up to date.</source>
        <translation>Командалық дерекқор серверімен {server} байланыс қалпына келді; кітапхана жаңартылды.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Командалық дерекқор</translation>
    </message>
    <message>
        <source>Open the world and the arguments from a PostgreSQL database your team shares, from the next start on. Leave it empty to work on your own profile. Keep the password in ~/.pgpass, not here.</source>
        <translation>Келесі іске қосудан бастап әлем мен дәлелдерді командаңыз ортақ пайдаланатын PostgreSQL дерекқорынан ашу. Өз профиліңізбен жұмыс істеу үшін бос қалдырыңыз. Құпиясөзді осында емес, ~/.pgpass файлында сақтаңыз.</translation>
    </message>
    <message>
        <source>Leave the password out: put it in ~/.pgpass, where it is not stored in the program&apos;s settings.</source>
        <translation>Құпиясөзді мұнда жазбаңыз: оны ~/.pgpass файлына жазыңыз, сонда ол бағдарлама баптауларында сақталмайды.</translation>
    </message>
    <message>
        <source>The team database will be opened when you start Regio Desktop again.</source>
        <translation>Командалық дерекқор Regio Desktop келесі рет іске қосылғанда ашылады.</translation>
    </message>
    <message>
        <source>Your own profile will be opened when you start Regio Desktop again.</source>
        <translation>Regio Desktop келесі рет іске қосылғанда өз профиліңіз ашылады.</translation>
    </message>
</context>
<context>
    <name>TeamDecks</name>
    <message>
        <source>Save dec&amp;k to team…</source>
        <translation>Жинақты ко&amp;мандаға сақтау…</translation>
    </message>
    <message>
        <source>Save this deck as a new version in the team database, with a comment</source>
        <translation>Бұл жинақты командалық дерекқорға жаңа нұсқа ретінде түсініктемемен сақтау</translation>
    </message>
    <message>
        <source>Open deck from tea&amp;m…</source>
        <translation>Команданың жинағын аш&amp;у…</translation>
    </message>
    <message>
        <source>Open a saved version of a team deck, to present or to work on</source>
        <translation>Команда жинағының сақталған нұсқасын көрсету не жұмыс істеу үшін ашу</translation>
    </message>
    <message>
        <source>Open a deck from the team</source>
        <translation>Команданың жинағын ашу</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Жинақ</translation>
    </message>
    <message>
        <source>Team decks</source>
        <translation>Команда жинақтары</translation>
    </message>
    <message>
        <source>Saved deck “{name}” as version {version} in the team database.</source>
        <translation>«{name}» жинағы командалық дерекқорда {version}-нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <source>Opened deck “{name}” version {version} from the team database.</source>
        <translation>«{name}» жинағының {version}-нұсқасы командалық дерекқордан ашылды.</translation>
    </message>
</context>
<context>
    <name>TeamScenarios</name>
    <message>
        <source>Save to &amp;team…</source>
        <translation>&amp;Командаға сақтау…</translation>
    </message>
    <message>
        <source>Save this scenario as a new version in the team database, with a comment</source>
        <translation>Бұл сценарийді командалық дерекқорға жаңа нұсқа ретінде түсініктемемен сақтау</translation>
    </message>
    <message>
        <source>&amp;Open from team…</source>
        <translation>Командадан &amp;ашу…</translation>
    </message>
    <message>
        <source>Open a saved version of a team scenario, to work on or to compare</source>
        <translation>Команда сценарийінің сақталған нұсқасын жұмыс істеу не салыстыру үшін ашу</translation>
    </message>
    <message>
        <source>Open a scenario from the team</source>
        <translation>Команданың сценарийін ашу</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Team scenarios</source>
        <translation>Команда сценарийлері</translation>
    </message>
    <message>
        <source>Saved “{name}” as version {version} in the team database.</source>
        <translation>«{name}» командалық дерекқорда {version}-нұсқа ретінде сақталды.</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name} ({version}-нұсқа)</translation>
    </message>
</context>
<context>
    <name>TensionFilter</name>
    <message>
        <source>Hide the combinations whose scenario holds any tension (the warnings of the scenario&apos;s check); the chart still shows them all</source>
        <translation type="vanished">Сценарийінде кемінде бір қайшылық (сценарийді тексерудің ескертуі) бар комбинацияларды жасыру; графикте бәрі көрсетіле береді</translation>
    </message>
    <message>
        <source>Hide the combinations whose scenario holds any tension (the warnings of the scenario&apos;s check); the chart draws them faint</source>
        <translation>Сценарийінде кемінде бір қайшылық (сценарийді тексерудің ескертуі) бар комбинацияларды жасыру; графикте олар бозғылт көрсетіледі</translation>
    </message>
    <message>
        <source>Counting tensions…</source>
        <translation>Қайшылықтар саналуда…</translation>
    </message>
    <message>
        <source>Only bo&amp;x {step}</source>
        <translation>Тек {step}-а&amp;ймақ</translation>
    </message>
    <message>
        <source>Show only the {count:,} combinations of box {step} of the Discover tab</source>
        <translation>«Аймақтарды іздеу» қойындысындағы {step}-аймақтың {count:,} комбинациясын ғана көрсету</translation>
    </message>
    <message>
        <source>Tensions could not be counted: {error}</source>
        <translation>Қайшылықтарды санау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>{consistent:,} of {count:,} consistent</source>
        <translation>{count:,} ішінен {consistent:,} үйлесімді</translation>
    </message>
    <message>
        <source>Combinations whose scenario holds no tension (the warnings of its check); the Tensions column counts them in each</source>
        <translation>Сценарийінде қайшылық (тексеру ескертуі) жоқ комбинациялар; «Қайшылықтар» бағаны әрқайсысындағы санын көрсетеді</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{first}–{year}; dashed line: scenario year</source>
        <translation>{first}–{year}; үзік сызық: сценарий жылы</translation>
    </message>
    <message>
        <source>Full members per bloc</source>
        <translation>Блоктар бойынша толық мүшелер</translation>
    </message>
    <message>
        <source>members</source>
        <translation>мүшелер</translation>
    </message>
    <message>
        <source>Select a state to see its memberships.</source>
        <translation>Мүшелігін көру үшін мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>Memberships of {state}</source>
        <translation>Мүшелік: {state}</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>шығады</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Peeling trajectory: coverage against density of each box</source>
        <translation>Кесу траекториясы: әр аймақтың қамтуы мен тығыздығы</translation>
    </message>
    <message>
        <source>Each point is one box of the peeling trajectory, from all combinations (right, low) to the smallest box (left, high). Click a point to pick its box.</source>
        <translation>Әр нүкте — кесу траекториясының бір аймағы, барлық комбинациялардан (оң жақ, төмен) ең кіші аймаққа дейін (сол жақ, жоғары). Аймағын таңдау үшін нүктені басыңыз.</translation>
    </message>
    <message>
        <source>Coverage: share of the cases inside the box (%, higher is better)</source>
        <translation>Қамту: ізделген жағдайлардың аймақ ішіндегі үлесі (%, жоғары болған жақсы)</translation>
    </message>
    <message>
        <source>Density: share of the box that are cases (%, higher is better)</source>
        <translation>Тығыздық: аймақтағы ізделген жағдайлар үлесі (%, жоғары болған жақсы)</translation>
    </message>
    <message>
        <source>Find boxes to see the trajectory here.</source>
        <translation>Траекторияны осында көру үшін аймақтарды табыңыз.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>{state} leaves {bloc}</source>
        <translation>{state} {bloc} ұйымынан шығады</translation>
    </message>
    <message>
        <source>{state} becomes {status} of {bloc}</source>
        <translation>{state}: {bloc} ұйымында {status}</translation>
    </message>
    <message>
        <source>{state} joins {bloc} as {status}</source>
        <translation>{state} {bloc} ұйымына қосылады: {status}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>бағдарсыз</translation>
    </message>
    <message>
        <source>{state}: {alignment}</source>
        <translation>{state}: {alignment}</translation>
    </message>
    <message>
        <source>Baseline year {year}</source>
        <translation>Базалық жыл {year}</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>Атауын «{name}» деп өзгерту</translation>
    </message>
    <message>
        <source>Edit the scenario&apos;s description or notes</source>
        <translation>Сценарийдің сипаттамасын немесе жазбаларын өзгерту</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>% of world GDP outside the state</source>
        <translation>мемлекеттен тыс әлемдік ЖІӨ-нің %-ы</translation>
    </message>
    <message>
        <source>US$ bn</source>
        <translation>млрд АҚШ доллары</translation>
    </message>
    <message>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>million</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>states</source>
        <translation>мемлекет</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>founding member</source>
        <translation>құрылтайшы мүше</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>қауымдастырылған мүше</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>dialogue partner</source>
        <translation>диалог серіктесі</translation>
    </message>
    <message>
        <source>partner country</source>
        <translation>серіктес ел</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>шыққан</translation>
    </message>
    <message>
        <source>Russia-led</source>
        <translation>Ресей бағыты</translation>
    </message>
    <message>
        <source>China-centred</source>
        <translation>Қытай бағыты</translation>
    </message>
    <message>
        <source>Multi-vector</source>
        <translation>Көпвекторлы</translation>
    </message>
    <message>
        <source>West-oriented</source>
        <translation>Батыс бағыты</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Жақтайтын</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Мүшелік</translation>
    </message>
    <message>
        <source>Bloc in general</source>
        <translation>Блок жалпы</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>экономика</translation>
    </message>
    <message>
        <source>trade and transit</source>
        <translation>сауда және транзит</translation>
    </message>
    <message>
        <source>security</source>
        <translation>қауіпсіздік</translation>
    </message>
    <message>
        <source>sovereignty</source>
        <translation>егемендік</translation>
    </message>
    <message>
        <source>identity and culture</source>
        <translation>бірегейлік және мәдениет</translation>
    </message>
    <message>
        <source>sanctions risk</source>
        <translation>санкциялық тәуекел</translation>
    </message>
    <message>
        <source>article</source>
        <translation>мақала</translation>
    </message>
    <message>
        <source>book</source>
        <translation>кітап</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>деректер жинағы</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>шарт</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>ресми құжат</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>анықтамалық басылым</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>бағалау</translation>
    </message>
</context>
<context>
    <name>VocabularyShort</name>
    <message>
        <source>founder</source>
        <translation>құрылтайшы</translation>
    </message>
    <message>
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>қауымд.</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>диалог</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>шыққан</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>No warnings: the scenario is consistent.</source>
        <translation>Ескертулер жоқ: сценарий үйлесімді.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
</context>
</TS>
