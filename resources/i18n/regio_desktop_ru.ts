<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Changed by the scenario</source>
        <translation type="vanished">Изменено сценарием</translation>
    </message>
    <message>
        <source>pole: {pole}</source>
        <translation type="vanished">полюс: {pole}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation type="vanished">без ориентации</translation>
    </message>
    <message>
        <source>Pole: {pole}</source>
        <translation type="vanished">Полюс: {pole}</translation>
    </message>
    <message>
        <source>No alignment recorded</source>
        <translation type="vanished">Ориентация не указана</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="vanished">не член</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation type="vanished">Полноправный член</translation>
    </message>
    <message>
        <source>Associate, partner or observer</source>
        <translation type="vanished">Ассоциированный член, партнёр или наблюдатель</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="vanished">Членство приостановлено</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="vanished">Не член</translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="vanished">нет значения</translation>
    </message>
    <message>
        <source>unchanged ({value})</source>
        <translation type="vanished">без изменений ({value})</translation>
    </message>
    <message>
        <source>{delta} ({baseline} → {value})</source>
        <translation type="vanished">{delta} ({baseline} → {value})</translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="vanished">Нет значения</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="vanished">Без изменений</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation type="vanished">Членство в {bloc}</translation>
    </message>
    <message>
        <source>Change in {indicator}</source>
        <translation type="vanished">Изменение: {indicator}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="vanished">Ориентация</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="90"/>
        <source>Alignment choices</source>
        <translation>Выбор ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="108"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="109"/>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="110"/>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="125"/>
        <source>Alignment of {state}</source>
        <translation>Ориентация: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/alignment_panel.py" line="166"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ArgumentEditor</name>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="65"/>
        <source>Edit argument {id}</source>
        <translation>Изменение аргумента {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="67"/>
        <source>New argument</source>
        <translation>Новый аргумент</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="75"/>
        <source>The argument in your own words, one sentence.</source>
        <translation>Аргумент своими словами, одним предложением.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="89"/>
        <source>ISO3 codes, e.g. KAZ, UZB (empty: every state)</source>
        <translation>Коды ISO3, напр. KAZ, UZB (пусто: все государства)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="98"/>
        <source>1: weak or passing, 2: argued, 3: central and supported</source>
        <translation>1: слабый или попутный, 2: обоснованный, 3: центральный и подкреплённый</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="104"/>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="110"/>
        <source>Section or page, e.g. Discussion / p. 12</source>
        <translation>Раздел или страница, напр. Обсуждение / с. 12</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="112"/>
        <source>A short phrase only, not a passage</source>
        <translation>Только короткая фраза, не отрывок</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="114"/>
        <source>Quote a short phrase only (at most {n} words).</source>
        <translation>Цитируйте только короткую фразу (не более {n} слов).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="118"/>
        <source>&amp;Claim:</source>
        <translation>&amp;Тезис:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="119"/>
        <source>S&amp;tance:</source>
        <translation>&amp;Позиция:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="120"/>
        <source>Target:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="121"/>
        <source>St&amp;ates:</source>
        <translation>&amp;Государства:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="122"/>
        <source>Themes:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="123"/>
        <source>St&amp;rength:</source>
        <translation>&amp;Сила:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="124"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="125"/>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="126"/>
        <source>&amp;Quotation:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="214"/>
        <source>choose a target</source>
        <translation>выберите предмет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_editor.py" line="217"/>
        <source>choose a source (or add a new one)</source>
        <translation>выберите источник (или добавьте новый)</translation>
    </message>
    <message>
        <source>The argument could not be saved.</source>
        <translation type="vanished">Не удалось сохранить аргумент.</translation>
    </message>
</context>
<context>
    <name>ArgumentLibrary</name>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="63"/>
        <source>Search arguments</source>
        <translation>Поиск аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="66"/>
        <source>Search claims, quotations and sources (Ctrl+F)</source>
        <translation>Поиск по тезисам, цитатам и источникам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="72"/>
        <source>Grey rows ship with the program and are read-only; Duplicate makes an editable copy.</source>
        <translation>Серые строки поставляются с программой и доступны только для чтения; «Дублировать» создаёт редактируемую копию.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="80"/>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="93"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="81"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="82"/>
        <source>Target</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="83"/>
        <source>Claim</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="84"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="89"/>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="96"/>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="106"/>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="94"/>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="95"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="97"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="102"/>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="107"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="105"/>
        <source>Arguments and sources</source>
        <translation>Аргументы и источники</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="175"/>
        <source>&amp;Find argument…</source>
        <translation>&amp;Найти аргумент…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="178"/>
        <source>&amp;New argument…</source>
        <translation>&amp;Создать аргумент…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="180"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="181"/>
        <source>&amp;Edit argument…</source>
        <translation>&amp;Изменить аргумент…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="182"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="184"/>
        <source>D&amp;uplicate argument…</source>
        <translation>&amp;Дублировать аргумент…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="186"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="188"/>
        <source>&amp;Delete argument</source>
        <translation>&amp;Удалить аргумент</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="190"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="195"/>
        <source>&amp;Provenance</source>
        <translation>&amp;Происхождение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="198"/>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="200"/>
        <source>&amp;Import arguments…</source>
        <translation>Импорт аргу&amp;ментов…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="201"/>
        <source>E&amp;xport arguments…</source>
        <translation>Экспо&amp;рт аргументов…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="202"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="203"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="204"/>
        <source>New &amp;source…</source>
        <translation>Но&amp;вый источник…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="205"/>
        <source>Edit source…</source>
        <translation>Изменить источник…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="206"/>
        <source>Delete source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="208"/>
        <source>Search the arguments by word, state or bloc</source>
        <translation>Искать аргументы по слову, государству или блоку</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="209"/>
        <source>Write a new argument with its citation</source>
        <translation>Написать новый аргумент со ссылкой на источник</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="210"/>
        <source>Change the selected argument</source>
        <translation>Изменить выбранный аргумент</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="211"/>
        <source>Start a new argument from a copy of the selected one</source>
        <translation>Начать новый аргумент с копии выбранного</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="212"/>
        <source>Delete the selected argument (undoable)</source>
        <translation>Удалить выбранный аргумент (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="213"/>
        <source>Where the selected argument comes from</source>
        <translation>Откуда взят выбранный аргумент</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="214"/>
        <source>Add arguments from a JSON or CSV file</source>
        <translation>Добавить аргументы из файла JSON или CSV</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="215"/>
        <source>Write the arguments to a JSON or CSV file</source>
        <translation>Записать аргументы в файл JSON или CSV</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="216"/>
        <source>Add a publication that arguments can cite</source>
        <translation>Добавить публикацию, на которую могут ссылаться аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="217"/>
        <source>Change the selected source</source>
        <translation>Изменить выбранный источник</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="218"/>
        <source>Delete the selected source if nothing cites it</source>
        <translation>Удалить выбранный источник, если на него нет ссылок</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="223"/>
        <source>This database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_library.py" line="255"/>
        <source>{shown} of {total} argument(s)</source>
        <translation>Аргументов: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/library_rows.py" line="53"/>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/library_rows.py" line="28"/>
        <source>{bloc} (in general)</source>
        <translation>{bloc} (в целом)</translation>
    </message>
</context>
<context>
    <name>ArgumentTransfer</name>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="22"/>
        <source>Arguments (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Аргументы (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="31"/>
        <source>{arguments} argument(s) and {sources} source(s) imported</source>
        <translation>Импортировано аргументов: {arguments}, источников: {sources}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="35"/>
        <source>nothing imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="46"/>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="66"/>
        <source>Import arguments</source>
        <translation>Импорт аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="48"/>
        <source>{count} row(s) were refused, so nothing was imported.</source>
        <translation>Отклонено строк: {count}, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="54"/>
        <source>Import the valid rows anyway</source>
        <translation>Всё же импортировать корректные строки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="87"/>
        <source>Cannot import {name}: {reason}</source>
        <translation>Не удаётся импортировать {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="104"/>
        <source>Export arguments</source>
        <translation>Экспорт аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/argument_transfer.py" line="123"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/common/citations.py" line="27"/>
        <source>Alignment: {choice}</source>
        <translation>Ориентация: {choice}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/citations.py" line="31"/>
        <source>Membership: {bloc}</source>
        <translation>Членство: {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/arguments_panel.py" line="76"/>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/arguments_panel.py" line="169"/>
        <source>Select a state to see the arguments.</source>
        <translation>Выберите государство, чтобы увидеть аргументы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/arguments_panel.py" line="175"/>
        <source>Arguments for {state}</source>
        <translation>Аргументы: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/arguments_panel.py" line="181"/>
        <source>No arguments recorded for these choices.</source>
        <translation>Для этих решений аргументы не записаны.</translation>
    </message>
</context>
<context>
    <name>BaselineBarsChart</name>
    <message>
        <location filename="../../regio_desktop/app/common/baseline_bars_chart.py" line="86"/>
        <source>{state}: scenario (blue) and baseline {year} (grey)</source>
        <translation>{state}: сценарий (синий) и база {year} (серый)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/baseline_bars_chart.py" line="112"/>
        <source>Select a state to compare its indices with the baseline.</source>
        <translation>Выберите государство, чтобы сравнить его индексы с базой.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/baseline_bars_chart.py" line="123"/>
        <source>index (0–100)</source>
        <translation>индекс (0–100)</translation>
    </message>
</context>
<context>
    <name>BlocIndicatorsChart</name>
    <message>
        <location filename="../../regio_desktop/app/charts/bloc_indicators.py" line="42"/>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/bloc_indicators.py" line="68"/>
        <source>scenario (blue) and baseline {year} (grey)</source>
        <translation>сценарий (синий) и база {year} (серый)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/bloc_indicators.py" line="74"/>
        <source>No bloc has full members in this year.</source>
        <translation>В этом году ни у одного блока нет полноправных членов.</translation>
    </message>
</context>
<context>
    <name>BlocLanesCanvas</name>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="75"/>
        <source>Bloc membership diagram</source>
        <translation>Диаграмма членства в блоках</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="77"/>
        <source>One lane per bloc, one column per state; the arrow keys choose a state.</source>
        <translation>Одна полоса на блок, один столбец на государство; стрелки выбирают государство.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="198"/>
        <source>no bloc</source>
        <translation>нет блоков</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="202"/>
        <source>Alignment: {value}</source>
        <translation>Ориентация: {value}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="207"/>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="210"/>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="212"/>
        <source>Changed by the scenario; baseline: {status}</source>
        <translation>Изменено сценарием; база: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="222"/>
        <source>Also full members: {names}</source>
        <translation>Также полноправные члены: {names}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="59"/>
        <source>No bloc of the diagram has members in this year.</source>
        <translation>В этом году ни у одного блока диаграммы нет членов.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="122"/>
        <source>1 member</source>
        <translation>1 член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="124"/>
        <source>{n} members</source>
        <translation>членов: {n}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="127"/>
        <source>1 partner</source>
        <translation>1 партнёр</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="129"/>
        <source>{n} partners</source>
        <translation>партнёров: {n}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="142"/>
        <source>+{n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="205"/>
        <source>full member</source>
        <translation>полноправный член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="209"/>
        <source>associate, partner, observer</source>
        <translation>ассоц. член, партнёр, наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="213"/>
        <source>suspended or withdrawn</source>
        <translation>приостановлено или вышел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="217"/>
        <source>changed by the scenario</source>
        <translation>изменено сценарием</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/lane_painting.py" line="221"/>
        <source>left in the scenario</source>
        <translation>вышел по сценарию</translation>
    </message>
</context>
<context>
    <name>BlocOverlapPanel</name>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="244"/>
        <source>Blocs and their members</source>
        <translation>Блоки и их члены</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="249"/>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="297"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="250"/>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="298"/>
        <source>Export the diagram</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="251"/>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="299"/>
        <source>Save the diagram as a PNG image</source>
        <translation>Сохранить диаграмму как изображение PNG</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="273"/>
        <source>Who belongs to which bloc in {year}: one lane per bloc, one column per state. The dot under a name is its alignment, coloured as on the map. Click a state to select it.</source>
        <translation>Кто в каком блоке в {year} г.: одна полоса на блок, один столбец на государство. Точка под названием — ориентация государства, в цветах карты. Щёлкните государство, чтобы выбрать его.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="325"/>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/blocs/overlap_view.py" line="330"/>
        <source>Export diagram as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The diagram could not be saved:
{error}</source>
        <translation type="vanished">Не удалось сохранить диаграмму:
{error}</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="67"/>
        <source>Membership in {bloc}</source>
        <translation>Членство в {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="68"/>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="74"/>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="75"/>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="103"/>
        <source>Differs from “{reference}”: {label}</source>
        <translation>Отличается от «{reference}»: {label}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="108"/>
        <source>Click to select this state in the main window</source>
        <translation>Щёлкните, чтобы выбрать это государство в главном окне</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="118"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="120"/>
        <source>What changes</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/changes_model.py" line="125"/>
        <source>Reference</source>
        <translation>Опорный</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="236"/>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="237"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="240"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="241"/>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="341"/>
        <source>Export chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/chart_canvas.py" line="341"/>
        <source>Export chart as SVG</source>
        <translation>Экспорт диаграммы в SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="vanished">Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="vanished">Не удалось записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/charts/panel.py" line="30"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/panel.py" line="31"/>
        <source>Against the baseline</source>
        <translation>Сравнение с базой</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/panel.py" line="32"/>
        <source>State profile</source>
        <translation>Профиль государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/panel.py" line="33"/>
        <source>Bloc indicators</source>
        <translation>Показатели блоков</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/panel.py" line="34"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="62"/>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="63"/>
        <source>Compare scenarios</source>
        <translation>Сравнение сценариев</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="92"/>
        <source>Save the indicator comparison (every level and row) as XLSX or CSV</source>
        <translation>Сохранить сравнение показателей (все уровни и строки) в XLSX или CSV</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="94"/>
        <source>Export the indicator comparison</source>
        <translation>Экспорт сравнения показателей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="40"/>
        <source>Scenarios to compare</source>
        <translation>Сценарии для сравнения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="45"/>
        <source>Check two to four scenarios. The first checked one is the reference: the changes are measured against it.</source>
        <translation>Отметьте от двух до четырёх сценариев. Первый отмеченный — опорный: изменения отсчитываются от него.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="53"/>
        <source>&amp;Scenarios to compare:</source>
        <translation>&amp;Сценарии для сравнения:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="56"/>
        <source>Make &amp;reference</source>
        <translation>Сделать &amp;опорным</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="59"/>
        <source>Move the highlighted scenario to the top and check it: it becomes the reference</source>
        <translation>Переместить выделенный сценарий наверх и отметить его: он станет опорным</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="65"/>
        <source>Make the highlighted scenario the reference</source>
        <translation>Сделать выделенный сценарий опорным</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="71"/>
        <source>Check two to four. The first checked scenario is the reference (★).</source>
        <translation>Отметьте от двух до четырёх. Первый отмеченный сценарий — опорный (★).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="95"/>
        <source>Comparison message</source>
        <translation>Сообщение сравнения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="37"/>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="100"/>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="102"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="105"/>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="276"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="109"/>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="231"/>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="284"/>
        <source>Arguments that differ</source>
        <translation>Различающиеся аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="113"/>
        <source>Indicator values per scenario and their change</source>
        <translation>Значения показателей по сценариям и их изменение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="119"/>
        <source>States whose alignment or membership differs between scenarios</source>
        <translation>Государства, у которых ориентация или членство различаются между сценариями</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="125"/>
        <source>Arguments of the literature that apply to some scenarios and not others</source>
        <translation>Аргументы из литературы, относящиеся к одним сценариям и не относящиеся к другим</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="143"/>
        <source>Selected state</source>
        <translation>Выбранное государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="144"/>
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="145"/>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="146"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="150"/>
        <source>Show indicators of</source>
        <translation>Чьи показатели показать</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="153"/>
        <source>The state selected in the main window, every state, the blocs or the region</source>
        <translation>Государство, выбранное в главном окне, все государства, блоки или регион</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="160"/>
        <source>Only rows that &amp;differ</source>
        <translation>Только &amp;различающиеся строки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="163"/>
        <source>Hide the indicators that are the same in every checked scenario</source>
        <translation>Скрыть показатели, одинаковые во всех отмеченных сценариях</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="168"/>
        <source>Only rows that differ</source>
        <translation>Только различающиеся строки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="174"/>
        <source>Indicator comparison summary</source>
        <translation>Сводка сравнения показателей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="176"/>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="181"/>
        <source>Indicator comparison</source>
        <translation>Сравнение показателей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="182"/>
        <source>Green: better for the state than in the reference; red: worse</source>
        <translation>Зелёный: лучше для государства, чем в опорном; красный: хуже</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="207"/>
        <source>Changes summary</source>
        <translation>Сводка изменений</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="211"/>
        <source>Changes of alignment and membership</source>
        <translation>Изменения ориентации и членства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="212"/>
        <source>Highlighted cells differ from the reference; click a row to select the state</source>
        <translation>Выделенные ячейки отличаются от опорного; щёлкните строку, чтобы выбрать государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="227"/>
        <source>Arguments summary</source>
        <translation>Сводка аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="232"/>
        <source>✓ marks the scenarios whose choices an argument speaks to</source>
        <translation>✓ отмечает сценарии, к решениям которых относится аргумент</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="129"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="138"/>
        <source>Reference: the changes are measured against it</source>
        <translation>Опорный: изменения отсчитываются от него</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/scenario_checklist.py" line="144"/>
        <source>The scenario shown in the main window</source>
        <translation>Сценарий, показанный в главном окне</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="149"/>
        <source>Only one scenario is open. Create or open another one (File ▸ New, Duplicate or Open preset scenarios) to compare.</source>
        <translation>Открыт только один сценарий. Чтобы сравнивать, создайте или откройте ещё один (Файл ▸ Новый, Дублировать или Открыть готовые сценарии).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="154"/>
        <source>Check at least two scenarios to compare (two to four); {count} checked.</source>
        <translation>Отметьте для сравнения хотя бы два сценария (от двух до четырёх); отмечено: {count}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="160"/>
        <source>At most four scenarios can be compared side by side; {count} are checked. Uncheck {extra}.</source>
        <translation>Рядом можно сравнить не более четырёх сценариев; отмечено: {count}. Снимите лишние: {extra}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/dialog.py" line="172"/>
        <source>These scenarios cannot be compared: {reason}</source>
        <translation>Эти сценарии нельзя сравнить: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="274"/>
        <source>Changes ({count})</source>
        <translation>Изменения ({count})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="280"/>
        <source>Arguments that differ ({count})</source>
        <translation>Различающиеся аргументы ({count})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="297"/>
        <source>Select a state in the main window (map or matrix) to see its figures.</source>
        <translation>Выберите государство в главном окне (на карте или в матрице), чтобы увидеть его данные.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="302"/>
        <source>{state}: {rows} rows; changes against “{reference}”</source>
        <translation>{state}: строк: {rows}; изменения относительно «{reference}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="306"/>
        <source>{rows} rows; changes against “{reference}”</source>
        <translation>Строк: {rows}; изменения относительно «{reference}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="315"/>
        <source>The scenarios start from different baseline years ({years}): some differences come from the year, not from the choices.</source>
        <translation>Сценарии начинаются с разных базовых годов ({years}): часть различий вызвана годом, а не решениями.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="324"/>
        <source>{states} states differ in {changes} alignments or memberships; highlighted cells differ from “{reference}”.</source>
        <translation>Государств с различиями: {states}, различий в ориентации или членстве: {changes}; выделенные ячейки отличаются от «{reference}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="330"/>
        <source>Every state has the same alignment and memberships in these scenarios.</source>
        <translation>Во всех этих сценариях у каждого государства одинаковые ориентация и членство.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="338"/>
        <source>{count} arguments of the literature speak to choices made in some of these scenarios and not in others.
{legend}</source>
        <translation>Аргументов из литературы, относящихся к решениям одних сценариев, но не других: {count}.
{legend}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/result_tabs.py" line="344"/>
        <source>The same arguments apply to every one of these scenarios.</source>
        <translation>Ко всем этим сценариям относятся одни и те же аргументы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="24"/>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="50"/>
        <source>Export comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="25"/>
        <source>comparison</source>
        <translation>сравнение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="26"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_export.py" line="40"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/comparison_cells.py" line="64"/>
        <source>({year})</source>
        <translation>({year})</translation>
    </message>
</context>
<context>
    <name>DifferingArgumentsModel</name>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="113"/>
        <source>Matches a choice of “{name}”</source>
        <translation>Соответствует решению в «{name}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="114"/>
        <source>Does not apply to “{name}”</source>
        <translation>Не относится к «{name}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="115"/>
        <source>{id}: {claim}

{citation}</source>
        <translation>{id}: {claim}

{citation}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="123"/>
        <source>matches {name}</source>
        <translation>соответствует {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="123"/>
        <source>not {name}</source>
        <translation>не {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="133"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="134"/>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="135"/>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="136"/>
        <source>Claim</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="137"/>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/differing_arguments_model.py" line="145"/>
        <source>{letter}: {name}
✓: the argument speaks to a choice it makes</source>
        <translation>{letter}: {name}
✓: аргумент относится к решению этого сценария</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="27"/>
        <source>Add argument {id}</source>
        <translation>Добавление аргумента {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="28"/>
        <source>Edit argument {id}</source>
        <translation>Изменение аргумента {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="29"/>
        <source>Delete argument {id}</source>
        <translation>Удаление аргумента {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="30"/>
        <source>Add source {id}</source>
        <translation>Добавление источника {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="31"/>
        <source>Edit source {id}</source>
        <translation>Изменение источника {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="32"/>
        <source>Delete source {id}</source>
        <translation>Удаление источника {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="124"/>
        <source>Import source {id}</source>
        <translation>Импорт источника {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_commands.py" line="145"/>
        <source>Import {count} argument(s)</source>
        <translation>Импорт аргументов: {count}</translation>
    </message>
</context>
<context>
    <name>EvidenceDocument</name>
    <message>
        <location filename="../../regio_desktop/app/documents/evidence_document.py" line="122"/>
        <source>The change could not be saved.</source>
        <translation>Изменение не удалось сохранить.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <location filename="../../regio_desktop/app/library/evidence_table_model.py" line="118"/>
        <source>Shipped with the program: read-only (duplicate it to make your own).</source>
        <translation>Поставляется с программой: только для чтения (дублируйте, чтобы получить свою копию).</translation>
    </message>
</context>
<context>
    <name>ExplorationChart</name>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="34"/>
        <source>{title} (lower is better, axis reversed)</source>
        <translation>{title} (меньше — лучше, ось обращена)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="38"/>
        <source>{title} (higher is better)</source>
        <translation>{title} (больше — лучше)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="41"/>
        <source>{title} (higher counted as better)</source>
        <translation>{title} (большее считается лучшим)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="84"/>
        <location filename="../../regio_desktop/app/explore/chart.py" line="86"/>
        <source>Scatter plot of the explored combinations</source>
        <translation>Диаграмма рассеяния исследованных комбинаций</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="90"/>
        <source>Each point is one combination of alignment choices. Blue points are Pareto-efficient on all the objectives run, not only the two shown; click a point to select its combination.</source>
        <translation>Каждая точка — одна комбинация решений об ориентации. Синие точки Парето-эффективны по всем рассчитанным целям, а не только по двум показанным; щёлкните точку, чтобы выбрать её комбинацию.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="103"/>
        <source>Dominated</source>
        <translation>Доминируемые</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="109"/>
        <source>Pareto-efficient (on all objectives)</source>
        <translation>Парето-эффективные (по всем целям)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="116"/>
        <source>Current scenario</source>
        <translation>Текущий сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="122"/>
        <source>Selected</source>
        <translation>Выбранная</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/chart.py" line="128"/>
        <source>Run an exploration to see its combinations here.</source>
        <translation>Запустите исследование, чтобы увидеть здесь его комбинации.</translation>
    </message>
</context>
<context>
    <name>ExplorationTable</name>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="35"/>
        <source>&lt;1%</source>
        <translation>&lt;1%</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="36"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="92"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="150"/>
        <source>Ranks first under {share:.1%} of the sampled weightings of the objectives</source>
        <translation>Первая при {share:.1%} случайных наборов весов целей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="178"/>
        <source>Pareto-efficient: no other combination is at least as good on every objective and better on one</source>
        <translation>Парето-эффективная: нет другой комбинации, не худшей по каждой цели и лучшей хотя бы по одной</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="183"/>
        <source>Efficient</source>
        <translation>Эффективна</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="186"/>
        <source>Share of randomly sampled weightings of the objectives under which this combination ranks first: the robust winners rank first under many</source>
        <translation>Доля случайных наборов весов целей, при которых эта комбинация первая: устойчивые победители первые при многих</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/table.py" line="191"/>
        <source>Ranks first</source>
        <translation>Первое место</translation>
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="78"/>
        <source>Explore combinations</source>
        <translation>Исследование комбинаций</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="79"/>
        <source>Explore combinations of alignment choices</source>
        <translation>Исследовать комбинации решений об ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="45"/>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="48"/>
        <source>States to explore</source>
        <translation>Исследуемые государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="51"/>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment is evaluated for the checked states (at most {max}).</source>
        <translation>Для отмеченных государств (не более {max}) оценивается каждая комбинация ориентаций: курс на Россию, курс на Китай, многовекторность.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="61"/>
        <source>Number of combinations</source>
        <translation>Число комбинаций</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="67"/>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="70"/>
        <source>Objective indicators</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="73"/>
        <source>The indicators a combination is judged on, averaged over the checked states (at least {min}).</source>
        <translation>Показатели, по которым оценивается комбинация, усреднённые по отмеченным государствам (не менее {min}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="98"/>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="100"/>
        <source>Evaluate every combination (Ctrl+Return)</source>
        <translation>Оценить все комбинации (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="103"/>
        <source>Run the exploration</source>
        <translation>Запустить исследование</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="105"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="107"/>
        <source>Stop the running exploration (Esc)</source>
        <translation>Остановить выполняемое исследование (Esc)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="110"/>
        <source>Cancel the exploration</source>
        <translation>Отменить исследование</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="121"/>
        <source>Progress of the exploration</source>
        <translation>Ход исследования</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="126"/>
        <source>Exploration status</source>
        <translation>Состояние исследования</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="37"/>
        <source>Objective on the horizontal axis</source>
        <translation>Цель по горизонтальной оси</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="40"/>
        <source>Objective on the vertical axis</source>
        <translation>Цель по вертикальной оси</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="43"/>
        <source>The objective shown across</source>
        <translation>Цель, показанная по горизонтали</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="46"/>
        <source>The objective shown upwards</source>
        <translation>Цель, показанная по вертикали</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="50"/>
        <source>&amp;Across:</source>
        <translation>По &amp;горизонтали:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="52"/>
        <source>&amp;Up:</source>
        <translation>По &amp;вертикали:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="68"/>
        <source>Combinations, robust winners first</source>
        <translation>Комбинации, сначала устойчивые победители</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="71"/>
        <source>All combinations, those ranking first under the most weightings of the objectives on top. Click a column header to sort; double-click a row to open it.</source>
        <translation>Все комбинации; сверху — первые при наибольшем числе наборов весов целей. Щёлкните заголовок столбца для сортировки; дважды щёлкните строку, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="99"/>
        <source>The selected combination</source>
        <translation>Выбранная комбинация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="102"/>
        <source>Open as scenario</source>
        <translation>Открыть как сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="105"/>
        <source>Open the selected combination as a scenario</source>
        <translation>Открыть выбранную комбинацию как сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="110"/>
        <source>Open the selected combination as a new scenario: its alignment choices on top of the scenario that was explored</source>
        <translation>Открыть выбранную комбинацию как новый сценарий: её решения об ориентации поверх исследованного сценария</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="117"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/results_panel.py" line="119"/>
        <source>Close the dialog (a running exploration stops)</source>
        <translation>Закрыть окно (выполняемое исследование остановится)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="143"/>
        <source>Lower is better: the exploration minimises it.</source>
        <translation>Меньше — лучше: исследование минимизирует показатель.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="147"/>
        <source>Higher is better: the exploration maximises it.</source>
        <translation>Больше — лучше: исследование максимизирует показатель.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="151"/>
        <source>Neither direction is better in itself; the exploration counts higher as better.</source>
        <translation>Ни одно направление само по себе не лучше; исследование считает большее лучшим.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="189"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="239"/>
        <source>Check at least one state.</source>
        <translation>Отметьте хотя бы одно государство.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="241"/>
        <source>Too many states: at most {max} can be explored at once ({count:,} combinations would not fit in a readable chart).</source>
        <translation>Слишком много государств: за раз можно исследовать не более {max} ({count:,} комбинаций не уместятся в читаемой диаграмме).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="247"/>
        <source>Check at least {min} objectives: with fewer there is no trade-off to explore.</source>
        <translation>Отметьте не менее {min} целей: при меньшем числе нет компромисса для исследования.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="259"/>
        <source>Check the states whose alignment may change.</source>
        <translation>Отметьте государства, ориентация которых может меняться.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="265"/>
        <source>{states} states: too many, at most {max}.</source>
        <translation>Государств: {states} — слишком много, не более {max}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="270"/>
        <source>{count:,} combinations ({choices}^{states})</source>
        <translation>Комбинаций: {count:,} ({choices}^{states})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="279"/>
        <source>Check at least {min} objectives.</source>
        <translation>Отметьте не менее {min} целей.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/inputs_panel.py" line="286"/>
        <source>{count} objectives</source>
        <translation>Целей: {count}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="175"/>
        <source>Evaluating {count:,} combinations…</source>
        <translation>Оценка комбинаций: {count:,}…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="188"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="198"/>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="225"/>
        <source>Cancelled: no results.</source>
        <translation>Отменено: результатов нет.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="219"/>
        <source>{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient.</source>
        <translation>Оценено комбинаций: {count:,} за {seconds:.1f} с; Парето-эффективных: {front:,}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="229"/>
        <source>The exploration failed: {error}</source>
        <translation>Исследование не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="26"/>
        <source>Combination {row:,} of {total:,}</source>
        <translation>Комбинация {row:,} из {total:,}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="30"/>
        <source>Pareto-efficient</source>
        <translation>Парето-эффективна</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="32"/>
        <source>dominated</source>
        <translation>доминируема</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="33"/>
        <source>ranks first under {share} of weightings</source>
        <translation>первая при {share} наборов весов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="37"/>
        <source>never ranks first</source>
        <translation>никогда не первая</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="52"/>
        <source>change against the current scenario in brackets</source>
        <translation>в скобках — изменение относительно текущего сценария</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="71"/>
        <source>Explored: {choices}</source>
        <translation>Исследовано: {choices}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="75"/>
        <source>It is Pareto-efficient</source>
        <translation>Парето-эффективна</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="77"/>
        <source>It is dominated</source>
        <translation>Доминируема</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/combination_text.py" line="79"/>
        <source>Combination {row} of {total} from an exploration of “{base}” on {objectives}. {efficiency} and ranks first under {share:.1%} of sampled weightings.</source>
        <translation>Комбинация {row} из {total} из исследования «{base}» по целям: {objectives}. {efficiency}; первая при {share:.1%} случайных наборов весов.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/explore/dialog.py" line="331"/>
        <source>The scenario changed since this exploration: run again to explore it. Opening a combination still builds on the scenario explored.</source>
        <translation>Сценарий изменился после этого исследования: запустите его снова. Открытая комбинация по-прежнему строится на исследованном сценарии.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="30"/>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="32"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="36"/>
        <source>Every keyboard shortcut of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="40"/>
        <source>&amp;About Regio Desktop</source>
        <translation>&amp;О программе Regio Desktop</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="44"/>
        <source>Version, licence and the sources of the data</source>
        <translation>Версия, лицензия и источники данных</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="48"/>
        <source>About Regio Desktop</source>
        <translation>О программе Regio Desktop</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="71"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="76"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="77"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/help_menu.py" line="99"/>
        <source>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Scenarios of Eurasian regionalism: memberships, alignments, indicators and the arguments of the literature.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Data: GDP and population from the World Bank, World Development Indicators, via the Open Knowledge Foundation (public domain, ODC-PDDL); country outlines from Natural Earth (public domain); memberships, arguments and sources as cited in the library.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Сценарии евразийского регионализма: членство, ориентация, показатели и аргументы из литературы.&lt;/p&gt;&lt;p&gt;Лицензия: MIT.&lt;/p&gt;&lt;p&gt;Данные: ВВП и население — Всемирный банк, World Development Indicators, через Open Knowledge Foundation (общественное достояние, ODC-PDDL); контуры стран — Natural Earth (общественное достояние); членство, аргументы и источники — по ссылкам, указанным в библиотеке.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../../regio_desktop/app/common/image_export.py" line="18"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/image_export.py" line="19"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/image_export.py" line="38"/>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>IndicatorComparisonModel</name>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="180"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="199"/>
        <source>Unit: {unit}</source>
        <translation>Единица: {unit}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="204"/>
        <source>Change from “{reference}” to “{name}”</source>
        <translation>Изменение от «{reference}» к «{name}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="210"/>
        <source>Better for the state</source>
        <translation>Лучше для государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="212"/>
        <source>Worse for the state</source>
        <translation>Хуже для государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="226"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="228"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="232"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="236"/>
        <source>{name}, baseline {year}</source>
        <translation>{name}, база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="238"/>
        <source>Reference: the changes are measured against it</source>
        <translation>Опорный: изменения отсчитываются от него</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/compare/indicator_comparison_model.py" line="241"/>
        <source>Change from “{reference}” to “{name}”: green is better for the state, red is worse; dependence and bloc figures have no better direction</source>
        <translation>Изменение от «{reference}» к «{name}»: зелёный — лучше для государства, красный — хуже; у зависимостей и показателей блоков нет лучшего направления</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../regio_desktop/app/common/indicator_labels.py" line="53"/>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/indicator_labels.py" line="59"/>
        <source>m</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="188"/>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="286"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="250"/>
        <source>Unit: {unit}</source>
        <translation>Единица: {unit}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="262"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="263"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="264"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="265"/>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="266"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="283"/>
        <source>Selected state</source>
        <translation>Выбранное государство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="284"/>
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="285"/>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="312"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="314"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="381"/>
        <source>{state}, baseline {year}</source>
        <translation>{state}, база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/indicator_table.py" line="385"/>
        <source>baseline {year}</source>
        <translation>база {year}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="14"/>
        <source>Preferential market access</source>
        <translation>Преференциальный доступ к рынкам</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="15"/>
        <source>Dependence on Russia</source>
        <translation>Зависимость от России</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="16"/>
        <source>Dependence on China</source>
        <translation>Зависимость от Китая</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="17"/>
        <source>Dependence on the West</source>
        <translation>Зависимость от Запада</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="18"/>
        <source>Sanctions exposure</source>
        <translation>Санкционные риски</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="19"/>
        <source>Autonomy</source>
        <translation>Автономия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="20"/>
        <source>Security coverage</source>
        <translation>Гарантии безопасности</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="21"/>
        <source>Diversification</source>
        <translation>Диверсификация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="22"/>
        <source>Transit and connectivity</source>
        <translation>Транзит и связанность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="23"/>
        <source>Full members</source>
        <translation>Полноправные члены</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="24"/>
        <source>Combined GDP</source>
        <translation>Совокупный ВВП</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="25"/>
        <source>Combined population</source>
        <translation>Совокупное население</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="26"/>
        <source>Dominance of the largest member</source>
        <translation>Доминирование крупнейшего члена</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="27"/>
        <source>Cohesion of alignments</source>
        <translation>Согласованность ориентаций</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="28"/>
        <source>States of the post-Soviet region, Russia-led</source>
        <translation>Государства постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="29"/>
        <source>States of the post-Soviet region, China-centred</source>
        <translation>Государства постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="30"/>
        <source>States of the post-Soviet region, multi-vector</source>
        <translation>Государства постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="31"/>
        <source>States of the post-Soviet region, West-oriented</source>
        <translation>Государства постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="32"/>
        <source>Population of the post-Soviet region, Russia-led</source>
        <translation>Население постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="33"/>
        <source>Population of the post-Soviet region, China-centred</source>
        <translation>Население постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="34"/>
        <source>Population of the post-Soviet region, multi-vector</source>
        <translation>Население постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="35"/>
        <source>Population of the post-Soviet region, West-oriented</source>
        <translation>Население постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="36"/>
        <source>GDP of the post-Soviet region, Russia-led</source>
        <translation>ВВП постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="37"/>
        <source>GDP of the post-Soviet region, China-centred</source>
        <translation>ВВП постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="38"/>
        <source>GDP of the post-Soviet region, multi-vector</source>
        <translation>ВВП постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="39"/>
        <source>GDP of the post-Soviet region, West-oriented</source>
        <translation>ВВП постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="43"/>
        <source>GDP of the foreign markets the state reaches on preferential terms (customs union, free trade), relative to its own GDP.</source>
        <translation>ВВП зарубежных рынков, доступных государству на преференциальных условиях (таможенный союз, свободная торговля), по отношению к его собственному ВВП.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="47"/>
        <source>Trade share with Russia, Russia-led bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с Россией, связи через блоки во главе с Россией и ориентация.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="50"/>
        <source>Trade share with China, China-led bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с Китаем, связи через блоки во главе с Китаем и ориентация.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="53"/>
        <source>Trade share with the EU, UK and USA, Western bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с ЕС, Великобританией и США, связи через западные блоки и ориентация.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="57"/>
        <source>How much of the state&apos;s trade, blocs and alignment tie it to sanctioned partners, plus sanctions on the state itself.</source>
        <translation>Насколько торговля, блоки и ориентация государства связывают его с партнёрами под санкциями, а также санкции против самого государства.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="61"/>
        <source>Decision-making the state keeps: 100 less what it delegates to blocs, weighted by how dominant each bloc&apos;s largest member is.</source>
        <translation>Свобода решений, которую сохраняет государство: 100 минус то, что оно передаёт блокам, с учётом того, насколько доминирует крупнейший член каждого блока.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="65"/>
        <source>Collective-defence commitments and security cooperation the state can rely on, weighted by what its partners bring.</source>
        <translation>Обязательства коллективной обороны и сотрудничество в сфере безопасности, на которые может опереться государство, с учётом того, что вносят его партнёры.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="69"/>
        <source>How evenly the state&apos;s ties spread across Russia, China, the West, the Turkic world and others (100 = perfectly even).</source>
        <translation>Насколько равномерно связи государства распределены между Россией, Китаем, Западом, тюркским миром и остальными (100 — полностью равномерно).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="73"/>
        <source>Transit corridors the state is on, how open sanctions leave them, and how its blocs and alignment ease them.</source>
        <translation>Транзитные коридоры, проходящие через государство, насколько открытыми их оставляют санкции и насколько их облегчают блоки и ориентация государства.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="77"/>
        <source>Number of founding and full members.</source>
        <translation>Число членов-основателей и полноправных членов.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="78"/>
        <source>GDP of the full members, current US dollars.</source>
        <translation>ВВП полноправных членов в текущих долларах США.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="79"/>
        <source>Population of the full members.</source>
        <translation>Население полноправных членов.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="80"/>
        <source>The largest full member&apos;s share of the members&apos; combined GDP.</source>
        <translation>Доля крупнейшего полноправного члена в совокупном ВВП членов.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="83"/>
        <source>How much of the members&apos; alignment points to the bloc&apos;s leading pole (or, without one, to their most common pole).</source>
        <translation>Какая часть ориентации членов направлена на ведущий полюс блока (а если его нет — на полюс, самый частый среди членов).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="87"/>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="91"/>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="95"/>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="99"/>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="103"/>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="107"/>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="111"/>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="115"/>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="119"/>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="123"/>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="127"/>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="131"/>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../regio_desktop/app/shell/launch.py" line="68"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/launch.py" line="120"/>
        <source>Regio Desktop</source>
        <translation>Regio Desktop</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/launch.py" line="121"/>
        <source>The world database cannot be opened.

{reason}</source>
        <translation>Не удаётся открыть базу данных.

{reason}</translation>
    </message>
    <message>
        <source>The scenario {path} cannot be opened: {reason}</source>
        <translation type="vanished">Не удаётся открыть сценарий {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="42"/>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="43"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="44"/>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="45"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="49"/>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="57"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="53"/>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="58"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="vanished">&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation type="vanished">&amp;Сохранить сценарий как…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="41"/>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="48"/>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="56"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="62"/>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="63"/>
        <source>Arguments library</source>
        <translation>Библиотека аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/dock_layout.py" line="64"/>
        <source>Source reader</source>
        <translation>Чтение источников</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="29"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="68"/>
        <source>Close Regio Desktop (asks about unsaved scenarios)</source>
        <translation>Закрыть Regio Desktop (с вопросом о несохранённых сценариях)</translation>
    </message>
    <message>
        <source>Take back the last edit of the scenario</source>
        <translation type="vanished">Отменить последнее изменение сценария</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="73"/>
        <source>Take back the last edit: of the scenario, or of the arguments in the Library</source>
        <translation>Отменить последнее изменение: сценария или, в библиотеке, аргументов</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="79"/>
        <source>Do again the edit last taken back</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="89"/>
        <source>Language of the window and of state and bloc names</source>
        <translation>Язык окна и названий государств и блоков</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="98"/>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Сравнить сценарии…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="103"/>
        <source>Two to four open scenarios side by side: deltas, changes, arguments</source>
        <translation>От двух до четырёх открытых сценариев рядом: разницы, изменения, аргументы</translation>
    </message>
    <message>
        <source>Compare scenarios (Ctrl+Shift+C)</source>
        <translation type="vanished">Сравнить сценарии (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="109"/>
        <source>E&amp;xplore combinations…</source>
        <translation>&amp;Исследовать комбинации…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="114"/>
        <source>Evaluate every combination of alignment choices for chosen states</source>
        <translation>Оценить все комбинации решений об ориентации для выбранных государств</translation>
    </message>
    <message>
        <source>Explore combinations (Ctrl+Shift+E)</source>
        <translation type="vanished">Исследовать комбинации (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="121"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="122"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="123"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="129"/>
        <source>Colours of the whole window</source>
        <translation>Цвета всего окна</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="139"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="164"/>
        <source>Open &amp;recent</source>
        <translation>Открыть н&amp;едавние</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="175"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="178"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="181"/>
        <source>&amp;Arguments</source>
        <translation>&amp;Аргументы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="207"/>
        <source>Show or hide the {panel} panel</source>
        <translation>Показать или скрыть панель «{panel}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="217"/>
        <source>Show or hide the {bar} toolbar</source>
        <translation>Показать или скрыть панель инструментов «{bar}»</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="224"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="227"/>
        <source>Put every panel back where it was at first start</source>
        <translation>Вернуть все панели туда, где они были при первом запуске</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="230"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="233"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="192"/>
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · изменений: {count} · база {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="197"/>
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="246"/>
        <source>Not possible: {reason}</source>
        <translation>Невозможно: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="290"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="291"/>
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Новый язык будет использован при следующем запуске Regio Desktop.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="297"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/main_window.py" line="299"/>
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="249"/>
        <source>Open {path}</source>
        <translation>Открыть {path}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/window_menus.py" line="254"/>
        <source>No recent scenarios</source>
        <translation>Нет недавних сценариев</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="vanished">Открыть сценарий</translation>
    </message>
    <message>
        <source>Scenarios ({pattern})</source>
        <translation type="vanished">Сценарии ({pattern})</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="vanished">Не удаётся открыть {path}: {reason}</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="vanished">Сохранить сценарий</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation type="vanished">Не удаётся сохранить {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="138"/>
        <location filename="../../regio_desktop/app/map/view.py" line="139"/>
        <source>Map of Eurasia</source>
        <translation>Карта Евразии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="140"/>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="141"/>
        <source>Colour &amp;by:</source>
        <translation>&amp;Раскраска:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="142"/>
        <source>Changed by the scenario</source>
        <translation>Изменено сценарием</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="161"/>
        <source>pole: {pole}</source>
        <translation>полюс: {pole}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="167"/>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="175"/>
        <source>Pole: {pole}</source>
        <translation>Полюс: {pole}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="182"/>
        <source>No alignment recorded</source>
        <translation>Ориентация не указана</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="210"/>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="215"/>
        <source>Full member</source>
        <translation>Полноправный член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="217"/>
        <source>Associate, partner or observer</source>
        <translation>Ассоциированный член, партнёр или наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="219"/>
        <source>Suspended</source>
        <translation>Членство приостановлено</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="220"/>
        <source>Not a member</source>
        <translation>Не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="250"/>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="257"/>
        <source>unchanged ({value})</source>
        <translation>без изменений ({value})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="261"/>
        <source>{delta} ({baseline} → {value})</source>
        <translation>{delta} ({baseline} → {value})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="275"/>
        <source>No value</source>
        <translation>Нет значения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="278"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="293"/>
        <source>Membership of {bloc}</source>
        <translation>Членство в {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="299"/>
        <source>Change in {indicator}</source>
        <translation>Изменение: {indicator}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/colouring.py" line="302"/>
        <location filename="../../regio_desktop/app/map/view.py" line="144"/>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="145"/>
        <source>Membership of a bloc</source>
        <translation>Членство в блоке</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="146"/>
        <source>Indicator value</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="147"/>
        <source>Indicator change (scenario − baseline)</source>
        <translation>Изменение показателя (сценарий − база)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="151"/>
        <source>Colour the map by</source>
        <translation>Раскрасить карту по</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="152"/>
        <source>What the colours of the states show</source>
        <translation>Что показывают цвета государств</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="153"/>
        <source>Bloc</source>
        <translation>Блок</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="154"/>
        <source>The bloc whose members are coloured</source>
        <translation>Блок, члены которого выделены цветом</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="155"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="156"/>
        <source>The indicator whose value or change is shown</source>
        <translation>Показатель, значение или изменение которого показано</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="160"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="161"/>
        <source>Fit the map</source>
        <translation>Вписать карту</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="162"/>
        <source>Show all the states of the world again</source>
        <translation>Снова показать все государства мира</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="163"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="164"/>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="165"/>
        <source>Save the map with its legend as PNG or SVG</source>
        <translation>Сохранить карту с легендой в PNG или SVG</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="166"/>
        <source>As PNG image…</source>
        <translation>Как изображение PNG…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="167"/>
        <source>As SVG drawing…</source>
        <translation>Как рисунок SVG…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="306"/>
        <source>Year {year}. Outlines: Natural Earth 1:110m (public domain).</source>
        <translation>{year} год. Контуры: Natural Earth 1:110m (общественное достояние).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="315"/>
        <location filename="../../regio_desktop/app/map/view.py" line="327"/>
        <source>Alignment: {value}</source>
        <translation>Ориентация: {value}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="319"/>
        <source>Baseline: {value}</source>
        <translation>База: {value}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/view.py" line="320"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/export.py" line="24"/>
        <source>Export map as PNG</source>
        <translation>Экспорт карты в PNG</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/export.py" line="26"/>
        <source>Export map as SVG</source>
        <translation>Экспорт карты в SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="vanished">Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="vanished">Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>The map could not be saved:
{error}</source>
        <translation type="vanished">Не удалось сохранить карту:
{error}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/map/export.py" line="90"/>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="153"/>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="158"/>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="214"/>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="154"/>
        <source>{state} in {bloc}: {status}</source>
        <translation>{state} в {bloc}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="161"/>
        <source>Baseline {year}: {status}</source>
        <translation>База {year}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="167"/>
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation>Двойной щелчок или пробел переключает; правый щелчок — все статусы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="210"/>
        <source>Back to baseline ({status})</source>
        <translation>Вернуть базу ({status})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="217"/>
        <source>Leave {bloc}</source>
        <translation>Выйти из {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/membership_matrix.py" line="248"/>
        <source>Membership matrix</source>
        <translation>Матрица членства</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="27"/>
        <source>The year {year} is outside {first}–{latest}, the years with data.</source>
        <translation>{year} г. вне диапазона {first}–{latest}, за который есть данные.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="30"/>
        <source>Unknown state code “{state}”.</source>
        <translation>Неизвестный код государства «{state}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="31"/>
        <source>Unknown bloc code “{bloc}”.</source>
        <translation>Неизвестный код блока «{bloc}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="32"/>
        <source>{state} cannot leave {bloc}: it is not a member in {year}.</source>
        <translation>{state} не может выйти из блока «{bloc}»: в {year} г. не является его членом.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="35"/>
        <source>{state} cannot join {bloc}: in {year} it is already “{status}” there.</source>
        <translation>{state} не может вступить в блок «{bloc}»: в {year} г. уже имеет в нём статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="38"/>
        <source>{state} holds no status in {bloc} in {year} that could be changed; it has to join.</source>
        <translation>{state}: в {year} г. нет статуса в блоке «{bloc}», который можно было бы изменить; нужно вступить в него.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="42"/>
        <source>Unknown state code “{state}” among the alignment choices.</source>
        <translation>Неизвестный код государства «{state}» в выборе ориентации.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="45"/>
        <source>{state} is itself a pole and has no alignment choice.</source>
        <translation>{state}: это полюс, у полюса нет выбора ориентации.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="48"/>
        <source>“{alignment}” is not an alignment.</source>
        <translation>«{alignment}» не является ориентацией.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="49"/>
        <source>Parameter “{name}”: “{field}” is not one of {fields}.</source>
        <translation>Параметр «{name}»: «{field}» не входит в список {fields}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="52"/>
        <source>Parameter “{name}”: unknown bloc code “{bloc}”.</source>
        <translation>Параметр «{name}»: неизвестный код блока «{bloc}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="55"/>
        <source>Parameter “{name}” = {value} is outside 0–1.</source>
        <translation>Параметр «{name}» = {value} вне диапазона 0–1.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="58"/>
        <source>Unknown parameter “{name}”.</source>
        <translation>Неизвестный параметр «{name}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="59"/>
        <source>Parameter “{name}” = {value} is outside {low}–{high}.</source>
        <translation>Параметр «{name}» = {value} вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="62"/>
        <source>{state} is a full member of {count} customs or economic unions ({blocs}); a state can apply only one common external tariff.</source>
        <translation>{state} — полноправный член сразу нескольких таможенных или экономических союзов ({blocs}); государство может применять только один общий внешний тариф.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="67"/>
        <source>{state} is in collective-defence alliances led by different poles ({blocs}).</source>
        <translation>{state} входит в союзы коллективной обороны во главе с разными полюсами ({blocs}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="70"/>
        <source>{state} is “{alignment}” but a full member of {bloc}, which {pole} leads; deep integration with one pole sits uneasily with aligning to another.</source>
        <translation>{state}: ориентация «{alignment}», но при этом полноправное членство в блоке «{bloc}», которым руководит {pole}; глубокая интеграция с одним полюсом плохо сочетается с ориентацией на другой.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="75"/>
        <source>{state} joins {bloc} in {year}, before it existed (founded {founded}).</source>
        <translation>{state} вступает в блок «{bloc}» в {year} г., до его создания (создан {founded}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="78"/>
        <source>{state} joins {bloc} in {year}, after it was dissolved (founded {founded}).</source>
        <translation>{state} вступает в блок «{bloc}» в {year} г., после его роспуска (создан {founded}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="82"/>
        <source>The id is empty.</source>
        <translation>Идентификатор не заполнен.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="83"/>
        <source>The claim is empty.</source>
        <translation>Тезис не заполнен.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="84"/>
        <source>The stance “{stance}” is neither “for” nor “against”.</source>
        <translation>Позиция «{stance}» — ни «за», ни «против».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="87"/>
        <source>The target kind “{target_kind}” is not one of: {target_kinds}.</source>
        <translation>Вид предмета «{target_kind}» не входит в список: {target_kinds}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="90"/>
        <source>Unknown target “{target}” (target kind: {target_kind}).</source>
        <translation>Неизвестный предмет «{target}» (вид предмета: {target_kind}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="93"/>
        <source>Unknown theme “{theme}”.</source>
        <translation>Неизвестная тема «{theme}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="94"/>
        <source>The strength {strength} is not 1, 2 or 3.</source>
        <translation>Сила {strength} — не 1, не 2 и не 3.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="97"/>
        <source>Unknown source “{source}”.</source>
        <translation>Неизвестный источник «{source}».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="98"/>
        <source>The quotation is longer than a short phrase (at most {words} words).</source>
        <translation>Цитата длиннее короткой фразы (допустимо не более {words} слов).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="101"/>
        <source>The citation is empty.</source>
        <translation>Ссылка не заполнена.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="102"/>
        <source>The kind “{kind}” is not one of: {source_kinds}.</source>
        <translation>Тип «{kind}» не входит в список: {source_kinds}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="105"/>
        <source>This database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="106"/>
        <source>There is no argument “{id}”.</source>
        <translation>Аргумента «{id}» нет.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="107"/>
        <source>There is no source “{id}”.</source>
        <translation>Источника «{id}» нет.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="108"/>
        <source>The argument “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>Аргумент «{id}» поставляется с программой, и изменить его нельзя; создайте дубликат, чтобы получить собственную версию.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="113"/>
        <source>The source “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>Источник «{id}» поставляется с программой, и изменить его нельзя; создайте дубликат, чтобы получить собственную версию.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="118"/>
        <source>An argument with the id “{id}” already exists.</source>
        <translation>Аргумент с идентификатором «{id}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="121"/>
        <source>A source with the id “{id}” already exists.</source>
        <translation>Источник с идентификатором «{id}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="122"/>
        <source>The source “{id}” is cited by {count} argument(s) ({citing}); delete them or cite another source first.</source>
        <translation>На источник «{id}» ссылаются аргументы ({count}: {citing}); сначала удалите их или укажите в них другой источник.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="127"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="128"/>
        <source>{file} is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} — некорректный JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="131"/>
        <source>{file}: its JSON nests {depth} levels deep; at most {limit} are read.</source>
        <translation>{file}: вложенность JSON — {depth} уровней; читается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="134"/>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="135"/>
        <source>{file} is not a regular file (it is a device, pipe or socket).</source>
        <translation>{file} — не обычный файл (это устройство, канал или сокет).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="138"/>
        <source>{file} is {size}; the limit is {limit}.</source>
        <translation>Размер {file} — {size}; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="139"/>
        <source>{file} is not UTF-8 text (byte {byte}).</source>
        <translation>{file} — не текст в UTF-8 (байт {byte}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="140"/>
        <source>{file}: the key “{key}” appears twice in one object.</source>
        <translation>{file}: ключ «{key}» встречается в одном объекте дважды.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="143"/>
        <source>{file}: a number of {length} characters is too long to be a figure.</source>
        <translation>{file}: число из {length} знаков слишком длинное для показателя.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="146"/>
        <source>{file}: the number {number} is out of range.</source>
        <translation>{file}: число {number} вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="149"/>
        <source>{file}: {name} is not a number this program accepts.</source>
        <translation>{file}: {name} — не число, которое принимает программа.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="152"/>
        <source>{file}: a text holds a lone surrogate (\u{point}), not a character.</source>
        <translation>{file}: в тексте одиночный суррогат (\u{point}), а не символ.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="155"/>
        <source>{file}, line {line}: not readable as CSV ({reason}).</source>
        <translation>{file}, строка {line}: не читается как CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="158"/>
        <source>{file} is a folder; choose a file name to save to.</source>
        <translation>{file} — это папка; выберите имя файла для сохранения.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="161"/>
        <source>{file} is a device or pipe, not a file; nothing was saved.</source>
        <translation>{file} — устройство или канал, а не файл; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="164"/>
        <source>{file} could not be written completely (is the disk full?); the old file is kept.</source>
        <translation>{file} не удалось записать полностью (диск заполнен?); прежний файл сохранён.</translation>
    </message>
    <message>
        <source>{file}: the JSON is nested too deeply.</source>
        <translation type="vanished">{file}: слишком глубокая вложенность JSON.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="168"/>
        <source>{file}: expected a list of arguments or an object with “arguments”.</source>
        <translation>{file}: ожидался список аргументов или объект с полем «arguments».</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="171"/>
        <source>{file}, {where}: expected an object.</source>
        <translation>{file}, {where}: ожидался объект.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="172"/>
        <source>{file}: the header lacks the columns {columns}.</source>
        <translation>{file}: в заголовке нет столбцов {columns}.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="175"/>
        <source>The strength “{strength}” is not a whole number.</source>
        <translation>Сила «{strength}» — не целое число.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="178"/>
        <source>The date accessed “{accessed}” is not a date (YYYY-MM-DD).</source>
        <translation>Дата обращения «{accessed}» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="181"/>
        <source>A source needs an id and a citation.</source>
        <translation>У источника должны быть идентификатор и ссылка.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="182"/>
        <source>The id “{id}” already exists.</source>
        <translation>Идентификатор «{id}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="187"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="188"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="189"/>
        <source>the West</source>
        <translation>Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="190"/>
        <source>the Turkic world</source>
        <translation>тюркский мир</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/problem_texts.py" line="191"/>
        <source>another pole</source>
        <translation>другой полюс</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="41"/>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="57"/>
        <source>Provenance of {id}</source>
        <translation>Происхождение: {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="63"/>
        <source>Source {id}</source>
        <translation>Источник {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="106"/>
        <source>accessed {date}</source>
        <translation>дата обращения: {date}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="119"/>
        <source>Other arguments from this source</source>
        <translation>Другие аргументы из этого источника</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/provenance_dialog.py" line="121"/>
        <source>Arguments from this source</source>
        <translation>Аргументы из этого источника</translation>
    </message>
</context>
<context>
    <name>ScenarioFileActions</name>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="33"/>
        <source>&amp;New scenario</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="35"/>
        <source>Start an empty scenario on the latest year</source>
        <translation>Начать пустой сценарий на последний год</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="39"/>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="41"/>
        <source>Open a .regio.json scenario file</source>
        <translation>Открыть файл сценария .regio.json</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="45"/>
        <source>Open &amp;preset scenarios</source>
        <translation>Открыть &amp;готовые сценарии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="47"/>
        <source>Add the scenarios from the literature to the list</source>
        <translation>Добавить в список сценарии из литературы</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="51"/>
        <source>&amp;Save scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="53"/>
        <source>Save the current scenario to its file</source>
        <translation>Сохранить текущий сценарий в его файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="57"/>
        <source>Save scenario &amp;as…</source>
        <translation>Сохранить сценарий &amp;как…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="59"/>
        <source>Save the current scenario to a new file</source>
        <translation>Сохранить текущий сценарий в новый файл</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="63"/>
        <source>&amp;Rename scenario…</source>
        <translation>Пере&amp;именовать сценарий…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="65"/>
        <source>Rename and describe the current scenario</source>
        <translation>Переименовать и описать текущий сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="69"/>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Дублировать сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="71"/>
        <source>Copy the current scenario as a new one</source>
        <translation>Скопировать текущий сценарий как новый</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="75"/>
        <source>&amp;Close scenario</source>
        <translation>&amp;Закрыть сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="77"/>
        <source>Close the current scenario</source>
        <translation>Закрыть текущий сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="81"/>
        <source>Ne&amp;xt scenario</source>
        <translation>С&amp;ледующий сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="83"/>
        <source>Show the next open scenario</source>
        <translation>Показать следующий открытый сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="87"/>
        <source>Pre&amp;vious scenario</source>
        <translation>&amp;Предыдущий сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="89"/>
        <source>Show the previous open scenario</source>
        <translation>Показать предыдущий открытый сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="93"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Экспорт от&amp;чёта (PDF)…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="95"/>
        <source>Write a PDF report of the current scenario</source>
        <translation>Создать отчёт PDF по текущему сценарию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="99"/>
        <source>&amp;Export indicators (CSV, XLSX)…</source>
        <translation>&amp;Экспорт показателей (CSV, XLSX)…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="101"/>
        <source>Save the indicator table with baselines and deltas</source>
        <translation>Сохранить таблицу показателей с базовыми значениями и разницами</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="149"/>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="155"/>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="166"/>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="157"/>
        <source>Scenarios (*{suffix} *.json)</source>
        <translation>Сценарии (*{suffix} *.json)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="167"/>
        <source>Cannot open {path}:
{reason}</source>
        <translation>Не удаётся открыть {path}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="178"/>
        <source>Preset scenarios</source>
        <translation>Готовые сценарии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="191"/>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="193"/>
        <source>Scenarios (*{suffix})</source>
        <translation>Сценарии (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="205"/>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="205"/>
        <source>Cannot save: {reason}</source>
        <translation>Не удаётся сохранить: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="215"/>
        <source>Rename scenario</source>
        <translation>Переименовать сценарий</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="216"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="226"/>
        <source>{name} (copy)</source>
        <translation>{name} (копия)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="251"/>
        <source>Unsaved scenarios</source>
        <translation>Несохранённые сценарии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="252"/>
        <source>These scenarios have unsaved changes:
{names}

Save them first?</source>
        <translation>В этих сценариях есть несохранённые изменения:
{names}

Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="271"/>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="285"/>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="273"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="286"/>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="307"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="295"/>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="306"/>
        <source>Export indicators</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/shell/scenario_file_actions.py" line="297"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_list_panel.py" line="57"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_list_panel.py" line="59"/>
        <source>Preset scenario (read-only file: use Save as)</source>
        <translation>Готовый сценарий (файл только для чтения: используйте «Сохранить как»)</translation>
    </message>
</context>
<context>
    <name>ScenarioListPanel</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_list_panel.py" line="77"/>
        <source>Open scenarios</source>
        <translation>Открытые сценарии</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_list_panel.py" line="78"/>
        <source>Open scenarios: click to switch; • marks unsaved changes</source>
        <translation>Открытые сценарии: щёлкните для переключения; • — несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_toolbar.py" line="21"/>
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation>Базовый год: членство и данные на этот год</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_toolbar.py" line="25"/>
        <location filename="../../regio_desktop/app/workbench/scenario_toolbar.py" line="57"/>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/scenario_toolbar.py" line="52"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
</context>
<context>
    <name>SourceEditor</name>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="42"/>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="44"/>
        <source>Edit source {id}</source>
        <translation>Изменение источника {id}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="49"/>
        <source>Authors (year). Title. Journal or publisher, pages.</source>
        <translation>Авторы (год). Название. Журнал или издательство, страницы.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="58"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>ГГГГ-ММ-ДД (необязательно)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="61"/>
        <source>&amp;Citation:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="62"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="63"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="64"/>
        <source>&amp;Accessed:</source>
        <translation>&amp;Дата обращения:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="65"/>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation type="vanished">Ссылка не заполнена.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="87"/>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_editor.py" line="93"/>
        <source>The date accessed must read YYYY-MM-DD.</source>
        <translation>Дата обращения должна иметь вид ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The source could not be saved.</source>
        <translation type="vanished">Не удалось сохранить источник.</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="65"/>
        <source>Source texts</source>
        <translation>Тексты источников</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="69"/>
        <source>Text of the source</source>
        <translation>Текст источника</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="78"/>
        <source>Import an article (File ▸ Import source text…).</source>
        <translation>Импортируйте статью (Файл ▸ Импорт текста источника…).</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="83"/>
        <source>Import source &amp;text…</source>
        <translation>Импорт &amp;текста источника…</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="86"/>
        <source>Read the text of a source (plain text or Markdown) to cite passages from it</source>
        <translation>Загрузить текст источника (обычный текст или Markdown), чтобы цитировать из него фрагменты</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="88"/>
        <source>&amp;Make argument from selection</source>
        <translation>&amp;Аргумент из выделенного</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="91"/>
        <source>Make an argument from the selected passage (Ctrl+Shift+M)</source>
        <translation>Создать аргумент из выделенного фрагмента (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="94"/>
        <source>Start an argument quoting the passage selected in the reader</source>
        <translation>Начать аргумент с цитатой фрагмента, выделенного в окне чтения</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="159"/>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="169"/>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="174"/>
        <source>Import source text</source>
        <translation>Импорт текста источника</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="161"/>
        <source>Articles ({pattern})</source>
        <translation>Статьи ({pattern})</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="175"/>
        <source>Full citation of the article (authors, year, title, journal):</source>
        <translation>Полная ссылка на статью (авторы, год, название, журнал):</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/library/source_reader.py" line="203"/>
        <source>Location: {location}</source>
        <translation>Место: {location}</translation>
    </message>
</context>
<context>
    <name>StateProfileChart</name>
    <message>
        <location filename="../../regio_desktop/app/charts/state_profile.py" line="35"/>
        <source>Compare with:</source>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/state_profile.py" line="39"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/state_profile.py" line="73"/>
        <source>Select a state to see its profile across the indices.</source>
        <translation>Выберите государство, чтобы увидеть его профиль по индексам.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/state_profile.py" line="107"/>
        <source>index (0–100), scenario {year}</source>
        <translation>индекс (0–100), сценарий {year}</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="82"/>
        <source>{first}–{year}; dashed line: scenario year</source>
        <translation>{first}–{year}; пунктир: год сценария</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="98"/>
        <source>Full members per bloc</source>
        <translation>Полноправные члены по блокам</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="145"/>
        <source>members</source>
        <translation>члены</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="154"/>
        <source>Select a state to see its memberships.</source>
        <translation>Выберите государство, чтобы увидеть его членство.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="177"/>
        <source>Memberships of {state}</source>
        <translation>Членство: {state}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/charts/timeline.py" line="205"/>
        <source>leaves</source>
        <translation>выходит</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="58"/>
        <source>{state} leaves {bloc}</source>
        <translation>{state} выходит из {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="60"/>
        <source>{state} becomes {status} of {bloc}</source>
        <translation>{state}: {status} в {bloc}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="62"/>
        <source>{state} joins {bloc} as {status}</source>
        <translation>{state} вступает в {bloc}: {status}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="70"/>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="71"/>
        <source>{state}: {alignment}</source>
        <translation>{state}: {alignment}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="78"/>
        <source>Baseline year {year}</source>
        <translation>Базовый год {year}</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/documents/scenario_commands.py" line="85"/>
        <source>Rename to “{name}”</source>
        <translation>Переименовать в «{name}»</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="139"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="140"/>
        <source>US$ bn</source>
        <translation>млрд долл. США</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="141"/>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="142"/>
        <source>million</source>
        <translation>млн</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/catalogue_strings.py" line="143"/>
        <source>states</source>
        <translation>государств</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="16"/>
        <source>founding member</source>
        <translation>член-основатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="17"/>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="18"/>
        <source>associate</source>
        <translation>ассоциированный член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="19"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="20"/>
        <source>dialogue partner</source>
        <translation>партнёр по диалогу</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="21"/>
        <source>partner country</source>
        <translation>страна-партнёр</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="22"/>
        <source>suspended</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="23"/>
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="39"/>
        <source>Russia-led</source>
        <translation>Курс на Россию</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="40"/>
        <source>China-centred</source>
        <translation>Курс на Китай</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="41"/>
        <source>Multi-vector</source>
        <translation>Многовекторность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="42"/>
        <source>West-oriented</source>
        <translation>Курс на Запад</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="46"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="47"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="85"/>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="86"/>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="87"/>
        <source>Bloc in general</source>
        <translation>Блок в целом</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="91"/>
        <source>economy</source>
        <translation>экономика</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="92"/>
        <source>trade and transit</source>
        <translation>торговля и транзит</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="93"/>
        <source>security</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="94"/>
        <source>sovereignty</source>
        <translation>суверенитет</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="95"/>
        <source>identity and culture</source>
        <translation>идентичность и культура</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="96"/>
        <source>sanctions risk</source>
        <translation>санкционный риск</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="100"/>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="101"/>
        <source>book</source>
        <translation>книга</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="102"/>
        <source>dataset</source>
        <translation>набор данных</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="103"/>
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="104"/>
        <source>official document</source>
        <translation>официальный документ</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="105"/>
        <source>reference work</source>
        <translation>справочное издание</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="106"/>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
</context>
<context>
    <name>VocabularyShort</name>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="27"/>
        <source>founder</source>
        <translation>основатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="28"/>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="29"/>
        <source>associate</source>
        <translation>ассоц.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="30"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="31"/>
        <source>dialogue</source>
        <translation>диалог</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="32"/>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="33"/>
        <source>suspended</source>
        <translation>приостановл.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/common/vocabulary_labels.py" line="34"/>
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/workbench/warnings_panel.py" line="61"/>
        <source>No warnings: the scenario is consistent.</source>
        <translation>Предупреждений нет: сценарий согласован.</translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/workbench/warnings_panel.py" line="97"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
</TS>
