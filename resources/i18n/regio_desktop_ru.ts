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
        <location filename="../../regio_desktop/app/alignment_panel.py" line="87" />
        <source>Alignment of {state}</source>
        <translation>Ориентация: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="114" />
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
    <name>Launch</name>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="86" />
        <location filename="../../regio_desktop/app/launch.py" line="99" />
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
        <location filename="../../regio_desktop/app/launch.py" line="100" />
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
        <location filename="../../regio_desktop/app/main_window.py" line="154" />
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · изменений: {count} · база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="159" />
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="167" />
        <source>Not possible: {reason}</source>
        <translation>Невозможно: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="176" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="177" />
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Новый язык будет использован при следующем запуске Regio Desktop.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="187" />
        <location filename="../../regio_desktop/app/main_window.py" line="200" />
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="189" />
        <location filename="../../regio_desktop/app/main_window.py" line="213" />
        <source>Scenarios ({pattern})</source>
        <translation>Сценарии ({pattern})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="201" />
        <source>Cannot open {path}: {reason}</source>
        <translation>Не удаётся открыть {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="211" />
        <location filename="../../regio_desktop/app/main_window.py" line="222" />
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="223" />
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
    <name>Vocabulary</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="16" />
        <source>founding member</source>
        <translation>член-основатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="17" />
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="28" />
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="18" />
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="29" />
        <source>associate</source>
        <translation>ассоциированный член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="19" />
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="30" />
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
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="33" />
        <source>suspended</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="23" />
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="34" />
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="27" />
        <source>founder</source>
        <translation>основатель</translation>
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
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="39" />
        <source>Russia-led</source>
        <translation>Под руководством России</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="40" />
        <source>China-centred</source>
        <translation>Китаецентричная</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="41" />
        <source>Multi-vector</source>
        <translation>Многовекторная</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="42" />
        <source>West-oriented</source>
        <translation>Западная</translation>
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