<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="53" />
        <source>Alignment choices</source>
        <translation>Выбор ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="71" />
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="72" />
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="73" />
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="88" />
        <source>Alignment of {state}</source>
        <translation>Ориентация: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="116" />
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="32" />
        <source>Alignment: {choice}</source>
        <translation>Ориентация: {choice}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="36" />
        <source>Membership: {bloc}</source>
        <translation>Членство: {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="50" />
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="66" />
        <source>Select a state to see the arguments.</source>
        <translation>Выберите государство, чтобы увидеть аргументы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="72" />
        <source>Arguments for {state}</source>
        <translation>Аргументы: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="77" />
        <source>No arguments recorded for these choices.</source>
        <translation>Для этих решений аргументы не записаны.</translation>
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
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="189" />
        <source>Unit: {unit}</source>
        <translation>Единица: {unit}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="201" />
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="202" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="203" />
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="204" />
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="205" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="222" />
        <source>Selected state</source>
        <translation>Выбранное государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="223" />
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="224" />
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="244" />
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="246" />
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="266" />
        <source>{state}, baseline {year}</source>
        <translation>{state}, база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="270" />
        <source>baseline {year}</source>
        <translation>база {year}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="13" />
        <source>Preferential market access</source>
        <translation>Преференциальный доступ к рынкам</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="14" />
        <source>Dependence on Russia</source>
        <translation>Зависимость от России</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="15" />
        <source>Dependence on China</source>
        <translation>Зависимость от Китая</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="16" />
        <source>Dependence on the West</source>
        <translation>Зависимость от Запада</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="17" />
        <source>Sanctions exposure</source>
        <translation>Санкционные риски</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="18" />
        <source>Autonomy</source>
        <translation>Автономия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="19" />
        <source>Security coverage</source>
        <translation>Гарантии безопасности</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="20" />
        <source>Diversification</source>
        <translation>Диверсификация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="21" />
        <source>Transit and connectivity</source>
        <translation>Транзит и связанность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="22" />
        <source>Full members</source>
        <translation>Полноправные члены</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="23" />
        <source>Combined GDP</source>
        <translation>Совокупный ВВП</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="24" />
        <source>Combined population</source>
        <translation>Совокупное население</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="25" />
        <source>Dominance of the largest member</source>
        <translation>Доминирование крупнейшего члена</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="26" />
        <source>Cohesion of alignments</source>
        <translation>Согласованность ориентаций</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="27" />
        <source>States of the post-Soviet region, Russia-led</source>
        <translation>Государства постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="28" />
        <source>States of the post-Soviet region, China-centred</source>
        <translation>Государства постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="29" />
        <source>States of the post-Soviet region, multi-vector</source>
        <translation>Государства постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="30" />
        <source>States of the post-Soviet region, West-oriented</source>
        <translation>Государства постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="31" />
        <source>Population of the post-Soviet region, Russia-led</source>
        <translation>Население постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="32" />
        <source>Population of the post-Soviet region, China-centred</source>
        <translation>Население постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="33" />
        <source>Population of the post-Soviet region, multi-vector</source>
        <translation>Население постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="34" />
        <source>Population of the post-Soviet region, West-oriented</source>
        <translation>Население постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="35" />
        <source>GDP of the post-Soviet region, Russia-led</source>
        <translation>ВВП постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="36" />
        <source>GDP of the post-Soviet region, China-centred</source>
        <translation>ВВП постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="37" />
        <source>GDP of the post-Soviet region, multi-vector</source>
        <translation>ВВП постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/catalogue_strings.py" line="38" />
        <source>GDP of the post-Soviet region, West-oriented</source>
        <translation>ВВП постсоветского региона: курс на Запад</translation>
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
        <translation>Не удаётся открыть базу данных.

{reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="104" />
        <source>The scenario {path} cannot be opened: {reason}</source>
        <translation>Не удаётся открыть сценарий {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="52" />
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="58" />
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="64" />
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="70" />
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="99" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="101" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="103" />
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="106" />
        <source>&amp;Save scenario as…</source>
        <translation>&amp;Сохранить сценарий как…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="126" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="131" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="134" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="138" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="158" />
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · изменений: {count} · база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="163" />
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="171" />
        <source>Not possible: {reason}</source>
        <translation>Невозможно: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="180" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="181" />
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Новый язык будет использован при следующем запуске Regio Desktop.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="191" />
        <location filename="../../regio_desktop/app/main_window.py" line="204" />
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="193" />
        <location filename="../../regio_desktop/app/main_window.py" line="217" />
        <source>Scenarios ({pattern})</source>
        <translation>Сценарии ({pattern})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="205" />
        <source>Cannot open {path}: {reason}</source>
        <translation>Не удаётся открыть {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="215" />
        <location filename="../../regio_desktop/app/main_window.py" line="226" />
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="227" />
        <source>Cannot save {path}: {reason}</source>
        <translation>Не удаётся сохранить {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="106" />
        <location filename="../../regio_desktop/app/membership_matrix.py" line="111" />
        <location filename="../../regio_desktop/app/membership_matrix.py" line="167" />
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="107" />
        <source>{state} in {bloc}: {status}</source>
        <translation>{state} в {bloc}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="114" />
        <source>Baseline {year}: {status}</source>
        <translation>База {year}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="120" />
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation>Двойной щелчок или пробел переключает; правый щелчок — все статусы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="163" />
        <source>Back to baseline ({status})</source>
        <translation>Вернуть базу ({status})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="170" />
        <source>Leave {bloc}</source>
        <translation>Выйти из {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="197" />
        <source>Membership matrix</source>
        <translation>Матрица членства</translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="21" />
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation>Базовый год: членство и данные на этот год</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="25" />
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="52" />
        <source>Baseline year</source>
        <translation>Базовый год</translation>
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
        <translation>{state} выходит из {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="60" />
        <source>{state} becomes {status} of {bloc}</source>
        <translation>{state}: {status} в {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="62" />
        <source>{state} joins {bloc} as {status}</source>
        <translation>{state} вступает в {bloc}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="70" />
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="71" />
        <source>{state}: {alignment}</source>
        <translation>{state}: {alignment}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="78" />
        <source>Baseline year {year}</source>
        <translation>Базовый год {year}</translation>
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
        <translation>млрд долл. США</translation>
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
        <translation>государств</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="16" />
        <source>founding member</source>
        <translation>член-основатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="17" />
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="18" />
        <source>associate</source>
        <translation>ассоциированный член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="19" />
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="20" />
        <source>dialogue partner</source>
        <translation>партнёр по диалогу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="21" />
        <source>partner country</source>
        <translation>страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="22" />
        <source>suspended</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="23" />
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="39" />
        <source>Russia-led</source>
        <translation>Курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="40" />
        <source>China-centred</source>
        <translation>Курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="41" />
        <source>Multi-vector</source>
        <translation>Многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="42" />
        <source>West-oriented</source>
        <translation>Курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="46" />
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="47" />
        <source>Against</source>
        <translation>Против</translation>
    </message>
</context>
<context>
    <name>VocabularyShort</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="27" />
        <source>founder</source>
        <translation>основатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="28" />
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="29" />
        <source>associate</source>
        <translation>ассоц.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="30" />
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="31" />
        <source>dialogue</source>
        <translation>диалог</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="32" />
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="33" />
        <source>suspended</source>
        <translation>приостановл.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="34" />
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="43" />
        <source>No warnings: the scenario is consistent.</source>
        <translation>Предупреждений нет: сценарий согласован.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="78" />
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
</TS>