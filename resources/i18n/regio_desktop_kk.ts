<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="53" />
        <source>Alignment choices</source>
        <translation>Бағдар таңдауы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="71" />
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="72" />
        <source>Choice</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="73" />
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="88" />
        <source>Alignment of {state}</source>
        <translation>Бағдар: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="116" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="32" />
        <source>Alignment: {choice}</source>
        <translation>Бағдар: {choice}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="36" />
        <source>Membership: {bloc}</source>
        <translation>Мүшелік: {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="50" />
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="66" />
        <source>Select a state to see the arguments.</source>
        <translation>Дәлелдерді көру үшін мемлекетті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="72" />
        <source>Arguments for {state}</source>
        <translation>Дәлелдер: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="77" />
        <source>No arguments recorded for these choices.</source>
        <translation>Бұл таңдаулар үшін дәлелдер жазылмаған.</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="75" />
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="81" />
        <source>m</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="163" />
        <location filename="../../regio_desktop/app/indicator_table.py" line="225" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="189" />
        <source>Unit: {unit}</source>
        <translation>Өлшем бірлігі: {unit}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="201" />
        <source>Entity</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="202" />
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="203" />
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="204" />
        <source>Baseline</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="205" />
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="222" />
        <source>Selected state</source>
        <translation>Таңдалған мемлекет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="223" />
        <source>All states</source>
        <translation>Барлық мемлекеттер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="224" />
        <source>Blocs</source>
        <translation>Блоктар</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="244" />
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="246" />
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="266" />
        <source>{state}, baseline {year}</source>
        <translation>{state}, базалық {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="270" />
        <source>baseline {year}</source>
        <translation>базалық {year}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="13" />
        <source>Preferential market access</source>
        <translation>Нарықтарға артықшылықты қол жеткізу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="14" />
        <source>Dependence on Russia</source>
        <translation>Ресейге тәуелділік</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="15" />
        <source>Dependence on China</source>
        <translation>Қытайға тәуелділік</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="16" />
        <source>Dependence on the West</source>
        <translation>Батысқа тәуелділік</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="17" />
        <source>Sanctions exposure</source>
        <translation>Санкциялық тәуекел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="18" />
        <source>Autonomy</source>
        <translation>Дербестік</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="19" />
        <source>Security coverage</source>
        <translation>Қауіпсіздік кепілдіктері</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="20" />
        <source>Diversification</source>
        <translation>Әртараптандыру</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="21" />
        <source>Transit and connectivity</source>
        <translation>Транзит және байланыс</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="22" />
        <source>Full members</source>
        <translation>Толық мүшелер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="23" />
        <source>Combined GDP</source>
        <translation>Жиынтық ЖІӨ</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="24" />
        <source>Combined population</source>
        <translation>Жиынтық халық</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="25" />
        <source>Dominance of the largest member</source>
        <translation>Ең ірі мүшенің басымдығы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="26" />
        <source>Cohesion of alignments</source>
        <translation>Бағдарлардың үйлесімділігі</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="27" />
        <source>States of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір мемлекеттері: Ресей бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="28" />
        <source>States of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір мемлекеттері: Қытай бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="29" />
        <source>States of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір мемлекеттері: көпвекторлы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="30" />
        <source>States of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір мемлекеттері: Батыс бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="31" />
        <source>Population of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір халқы: Ресей бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="32" />
        <source>Population of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір халқы: Қытай бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="33" />
        <source>Population of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір халқы: көпвекторлы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="34" />
        <source>Population of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір халқы: Батыс бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="35" />
        <source>GDP of the post-Soviet region, Russia-led</source>
        <translation>Посткеңестік өңір ЖІӨ: Ресей бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="36" />
        <source>GDP of the post-Soviet region, China-centred</source>
        <translation>Посткеңестік өңір ЖІӨ: Қытай бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="37" />
        <source>GDP of the post-Soviet region, multi-vector</source>
        <translation>Посткеңестік өңір ЖІӨ: көпвекторлы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="38" />
        <source>GDP of the post-Soviet region, West-oriented</source>
        <translation>Посткеңестік өңір ЖІӨ: Батыс бағыты</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="86" />
        <location filename="../../regio_desktop/app/launch.py" line="103" />
        <source>Regio Desktop</source>
        <translation>Regio Desktop</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="87" />
        <source>The world database cannot be opened.

{reason}</source>
        <translation>Дерекқорды ашу мүмкін емес.

{reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="104" />
        <source>The scenario {path} cannot be opened: {reason}</source>
        <translation>{path} сценарийін ашу мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="52" />
        <source>Alignment</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="58" />
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="64" />
        <source>Arguments</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="70" />
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="99" />
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="101" />
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="103" />
        <source>&amp;Open scenario…</source>
        <translation>Сценарийді &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="106" />
        <source>&amp;Save scenario as…</source>
        <translation>Сценарийді басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="126" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="131" />
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="134" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="138" />
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="158" />
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · өзгерістер: {count} · базалық {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="163" />
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="171" />
        <source>Not possible: {reason}</source>
        <translation>Мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="180" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="181" />
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Жаңа тіл Regio Desktop келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="191" />
        <location filename="../../regio_desktop/app/main_window.py" line="204" />
        <source>Open scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="193" />
        <location filename="../../regio_desktop/app/main_window.py" line="217" />
        <source>Scenarios ({pattern})</source>
        <translation>Сценарийлер ({pattern})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="205" />
        <source>Cannot open {path}: {reason}</source>
        <translation>{path} ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="215" />
        <location filename="../../regio_desktop/app/main_window.py" line="226" />
        <source>Save scenario</source>
        <translation>Сценарийді сақтау</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="227" />
        <source>Cannot save {path}: {reason}</source>
        <translation>{path} сақтау мүмкін емес: {reason}</translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="106" />
        <location filename="../../regio_desktop/app/membership_matrix.py" line="111" />
        <location filename="../../regio_desktop/app/membership_matrix.py" line="167" />
        <source>not a member</source>
        <translation>мүше емес</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="107" />
        <source>{state} in {bloc}: {status}</source>
        <translation>{state}, {bloc}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="114" />
        <source>Baseline {year}: {status}</source>
        <translation>Базалық {year}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="120" />
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation>Екі рет басу немесе бос орын ауыстырады; оң жақ батырма — барлық мәртебелер.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="163" />
        <source>Back to baseline ({status})</source>
        <translation>Базалыққа қайту ({status})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="170" />
        <source>Leave {bloc}</source>
        <translation>{bloc} ұйымынан шығу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="197" />
        <source>Membership matrix</source>
        <translation>Мүшелік матрицасы</translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="21" />
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation>Базалық жыл: сол жылғы мүшелік пен деректер</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="25" />
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="52" />
        <source>Baseline year</source>
        <translation>Базалық жыл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="47" />
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="58" />
        <source>{state} leaves {bloc}</source>
        <translation>{state} {bloc} ұйымынан шығады</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="60" />
        <source>{state} becomes {status} of {bloc}</source>
        <translation>{state}: {bloc} ұйымында {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="62" />
        <source>{state} joins {bloc} as {status}</source>
        <translation>{state} {bloc} ұйымына қосылады: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="70" />
        <source>no alignment</source>
        <translation>бағдарсыз</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="71" />
        <source>{state}: {alignment}</source>
        <translation>{state}: {alignment}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="78" />
        <source>Baseline year {year}</source>
        <translation>Базалық жыл {year}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="42" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="43" />
        <source>US$ bn</source>
        <translation>млрд АҚШ доллары</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="44" />
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="45" />
        <source>million</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="46" />
        <source>states</source>
        <translation>мемлекет</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="16" />
        <source>founding member</source>
        <translation>құрылтайшы мүше</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="17" />
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="18" />
        <source>associate</source>
        <translation>қауымдастырылған мүше</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="19" />
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="20" />
        <source>dialogue partner</source>
        <translation>диалог серіктесі</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="21" />
        <source>partner country</source>
        <translation>серіктес ел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="22" />
        <source>suspended</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="23" />
        <source>withdrawn</source>
        <translation>шыққан</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="39" />
        <source>Russia-led</source>
        <translation>Ресей бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="40" />
        <source>China-centred</source>
        <translation>Қытай бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="41" />
        <source>Multi-vector</source>
        <translation>Көпвекторлы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="42" />
        <source>West-oriented</source>
        <translation>Батыс бағыты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="46" />
        <source>For</source>
        <translation>Жақтайтын</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="47" />
        <source>Against</source>
        <translation>Қарсы</translation>
    </message>
</context>
<context>
    <name>VocabularyShort</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="27" />
        <source>founder</source>
        <translation>құрылтайшы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="28" />
        <source>member</source>
        <translation>мүше</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="29" />
        <source>associate</source>
        <translation>қауымд.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="30" />
        <source>observer</source>
        <translation>бақылаушы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="31" />
        <source>dialogue</source>
        <translation>диалог</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="32" />
        <source>partner</source>
        <translation>серіктес</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="33" />
        <source>suspended</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="34" />
        <source>withdrawn</source>
        <translation>шыққан</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="43" />
        <source>No warnings: the scenario is consistent.</source>
        <translation>Ескертулер жоқ: сценарий үйлесімді.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="78" />
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
</context>
</TS>