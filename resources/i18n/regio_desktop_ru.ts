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
    <name>AboutDialog</name>
    <message>
        <source>public domain</source>
        <translation>общественное достояние</translation>
    </message>
    <message>
        <source>copyright of its authors, cited</source>
        <translation>авторское право авторов, с цитированием</translation>
    </message>
    <message>
        <source>the project&apos;s own work</source>
        <translation>собственная работа проекта</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Scenarios of Eurasian regionalism: memberships, alignments, indicators and the arguments of the literature.&lt;/p&gt;&lt;p&gt;Licence of the program: MIT. Built with Python {python} and Qt {qt} (PySide6 {pyside}, LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;GDP and population: the World Bank, World Development Indicators (CC BY 4.0), in the copy of the Open Knowledge Foundation&apos;s core datasets (ODC-PDDL-1.0).&lt;/li&gt;&lt;li&gt;Country outlines of the map: Natural Earth, 1:110m Admin 0 (public domain).&lt;/li&gt;&lt;li&gt;Memberships, treaties and arguments: the treaties, official texts and the regional-studies literature cited in the Library, each under its own terms; the literature is summarised and cited, not reproduced.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Сценарии евразийского регионализма: членство, ориентация, показатели и аргументы из литературы.&lt;/p&gt;&lt;p&gt;Лицензия программы: MIT. Создана на Python {python} и Qt {qt} (PySide6 {pyside}, LGPL-3.0).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Данные&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ВВП и население: Всемирный банк, World Development Indicators (CC BY 4.0), в копии базовых наборов данных Open Knowledge Foundation (ODC-PDDL-1.0).&lt;/li&gt;&lt;li&gt;Контуры стран на карте: Natural Earth, 1:110m Admin 0 (общественное достояние).&lt;/li&gt;&lt;li&gt;Членство, договоры и аргументы: договоры, официальные тексты и литература по регионоведению, указанные в Библиотеке, каждый источник на своих условиях; литература пересказывается и цитируется, а не воспроизводится.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The sources of the loaded database, by licence:</source>
        <translation>Источники загруженной базы данных по лицензиям:</translation>
    </message>
    <message>
        <source>About Regio Desktop</source>
        <translation>О программе Regio Desktop</translation>
    </message>
</context>
<context>
    <name>AlignmentPanel</name>
    <message>
        <source>Alignment choices</source>
        <translation>Выбор ориентации</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Alignment of {state}</source>
        <translation>Ориентация: {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ArgumentEditor</name>
    <message>
        <source>Edit argument {id}</source>
        <translation>Изменение аргумента {id}</translation>
    </message>
    <message>
        <source>New argument</source>
        <translation>Новый аргумент</translation>
    </message>
    <message>
        <source>The argument in your own words, one sentence.</source>
        <translation>Аргумент своими словами, одним предложением.</translation>
    </message>
    <message>
        <source>The passage describes the choice and argues neither way: shown with the choice, it adds nothing to its balance.</source>
        <translation>Фрагмент описывает выбор и не приводит доводов ни за, ни против: он показан вместе с выбором и не влияет на перевес доводов.</translation>
    </message>
    <message>
        <source>ISO3 codes, e.g. KAZ, UZB (empty: every state)</source>
        <translation>Коды ISO3, напр. KAZ, UZB (пусто: все государства)</translation>
    </message>
    <message>
        <source>1: weak or passing, 2: argued, 3: central and supported</source>
        <translation>1: слабый или попутный, 2: обоснованный, 3: центральный и подкреплённый</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>Section or page, e.g. Discussion / p. 12</source>
        <translation>Раздел или страница, напр. Обсуждение / с. 12</translation>
    </message>
    <message>
        <source>A short phrase only, not a passage</source>
        <translation>Только короткая фраза, не отрывок</translation>
    </message>
    <message>
        <source>Quote a short phrase only (at most {n} words).</source>
        <translation>Цитируйте только короткую фразу (не более {n} слов).</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Тезис:</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>&amp;Позиция:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <source>St&amp;ates:</source>
        <translation>&amp;Государства:</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Темы:</translation>
    </message>
    <message>
        <source>Bears on:</source>
        <translation>Относится к показателям:</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>&amp;Сила:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Quotation:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>choose a target</source>
        <translation>выберите предмет</translation>
    </message>
    <message>
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
        <source>Search arguments</source>
        <translation>Поиск аргументов</translation>
    </message>
    <message>
        <source>Search claims, quotations and sources (Ctrl+F)</source>
        <translation>Поиск по тезисам, цитатам и источникам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grey rows ship with the program and are read-only; Duplicate makes an editable copy.</source>
        <translation>Серые строки поставляются с программой и доступны только для чтения; «Дублировать» создаёт редактируемую копию.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Arguments and sources</source>
        <translation>Аргументы и источники</translation>
    </message>
    <message>
        <source>&amp;Find argument…</source>
        <translation>&amp;Найти аргумент…</translation>
    </message>
    <message>
        <source>&amp;New argument…</source>
        <translation>&amp;Создать аргумент…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>&amp;Edit argument…</source>
        <translation>&amp;Изменить аргумент…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>D&amp;uplicate argument…</source>
        <translation>&amp;Дублировать аргумент…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete argument</source>
        <translation>&amp;Удалить аргумент</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation>&amp;Происхождение</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>&amp;Import arguments…</source>
        <translation>Импорт аргу&amp;ментов…</translation>
    </message>
    <message>
        <source>E&amp;xport arguments…</source>
        <translation>Экспо&amp;рт аргументов…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>New &amp;source…</source>
        <translation>Но&amp;вый источник…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Изменить источник…</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Search the arguments by word, state or bloc</source>
        <translation>Искать аргументы по слову, государству или блоку</translation>
    </message>
    <message>
        <source>Write a new argument with its citation</source>
        <translation>Написать новый аргумент со ссылкой на источник</translation>
    </message>
    <message>
        <source>Change the selected argument</source>
        <translation>Изменить выбранный аргумент</translation>
    </message>
    <message>
        <source>Start a new argument from a copy of the selected one</source>
        <translation>Начать новый аргумент с копии выбранного</translation>
    </message>
    <message>
        <source>Delete the selected argument (undoable)</source>
        <translation>Удалить выбранный аргумент (можно отменить)</translation>
    </message>
    <message>
        <source>Where the selected argument comes from</source>
        <translation>Откуда взят выбранный аргумент</translation>
    </message>
    <message>
        <source>Add arguments from a JSON or CSV file</source>
        <translation>Добавить аргументы из файла JSON или CSV</translation>
    </message>
    <message>
        <source>Write the arguments to a JSON or CSV file</source>
        <translation>Записать аргументы в файл JSON или CSV</translation>
    </message>
    <message>
        <source>Add a publication that arguments can cite</source>
        <translation>Добавить публикацию, на которую могут ссылаться аргументы</translation>
    </message>
    <message>
        <source>Change the selected source</source>
        <translation>Изменить выбранный источник</translation>
    </message>
    <message>
        <source>Delete the selected source if nothing cites it</source>
        <translation>Удалить выбранный источник, если на него нет ссылок</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>{shown} of {total} argument(s)</source>
        <translation>Аргументов: {shown} из {total}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>{bloc} (in general)</source>
        <translation>{bloc} (в целом)</translation>
    </message>
</context>
<context>
    <name>ArgumentTransfer</name>
    <message>
        <source>Arguments (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Аргументы (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>{arguments} argument(s) and {sources} source(s) imported</source>
        <translation>Импортировано аргументов: {arguments}, источников: {sources}</translation>
    </message>
    <message>
        <source>nothing imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>Import arguments</source>
        <translation>Импорт аргументов</translation>
    </message>
    <message>
        <source>{count} row(s) were refused, so nothing was imported.</source>
        <translation>Отклонено строк: {count}, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Import the valid rows anyway</source>
        <translation>Всё же импортировать корректные строки</translation>
    </message>
    <message>
        <source>Importing arguments from {name}…</source>
        <translation>Импорт аргументов из {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported from {name}.</source>
        <translation>Импорт отменён: из {name} ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cannot import {name}: {reason}</source>
        <translation>Не удаётся импортировать {name}: {reason}</translation>
    </message>
    <message>
        <source>Export arguments</source>
        <translation>Экспорт аргументов</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <source>Alignment: {choice}</source>
        <translation>Ориентация: {choice}</translation>
    </message>
    <message>
        <source>Membership: {bloc}</source>
        <translation>Членство: {bloc}</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>Select a state to see the arguments.</source>
        <translation>Выберите государство, чтобы увидеть аргументы.</translation>
    </message>
    <message>
        <source>Context (describes the choice, argues neither way)</source>
        <translation>Контекст (описывает выбор, не выступая ни за, ни против)</translation>
    </message>
    <message>
        <source>For leaving the {bloc}</source>
        <translation>За выход: {bloc}</translation>
    </message>
    <message>
        <source>Against leaving the {bloc}</source>
        <translation>Против выхода: {bloc}</translation>
    </message>
    <message>
        <source>For joining the {bloc}</source>
        <translation>За вступление: {bloc}</translation>
    </message>
    <message>
        <source>Against joining the {bloc}</source>
        <translation>Против вступления: {bloc}</translation>
    </message>
    <message>
        <source>For a closer tie with the {bloc} ({status})</source>
        <translation>За более тесную связь: {bloc} ({status})</translation>
    </message>
    <message>
        <source>Against a closer tie with the {bloc} ({status})</source>
        <translation>Против более тесной связи: {bloc} ({status})</translation>
    </message>
    <message>
        <source>For a looser tie with the {bloc} ({status})</source>
        <translation>За более слабую связь: {bloc} ({status})</translation>
    </message>
    <message>
        <source>Against a looser tie with the {bloc} ({status})</source>
        <translation>Против более слабой связи: {bloc} ({status})</translation>
    </message>
    <message>
        <source>For turning to the {alignment} course</source>
        <translation>За переход к курсу: {alignment}</translation>
    </message>
    <message>
        <source>Against turning to the {alignment} course</source>
        <translation>Против перехода к курсу: {alignment}</translation>
    </message>
    <message>
        <source>For giving up the {alignment} course</source>
        <translation>За отказ от курса: {alignment}</translation>
    </message>
    <message>
        <source>Against giving up the {alignment} course</source>
        <translation>Против отказа от курса: {alignment}</translation>
    </message>
    <message>
        <source>(an estimate)</source>
        <translation>(оценка)</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translation>Источник: {source}.</translation>
    </message>
    <message>
        <source>Arguments for {state}</source>
        <translation>Аргументы: {state}</translation>
    </message>
    <message>
        <source>{mark} {count} arguments bear on {indicator}.</source>
        <translation>{mark} Аргументов о показателе «{indicator}»: {count}.</translation>
    </message>
    <message>
        <source>No argument here bears on {indicator}.</source>
        <translation>Здесь нет аргументов о показателе «{indicator}».</translation>
    </message>
    <message>
        <source>What the scenario changes</source>
        <translation>Что меняет сценарий</translation>
    </message>
    <message>
        <source>No arguments recorded for this edit.</source>
        <translation>Для этого изменения аргументов нет.</translation>
    </message>
    <message>
        <source>The other choices, as they stand</source>
        <translation>Остальные решения, как они есть</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>{mark} The data row of this choice has a note: point at it to read it.</source>
        <translation>{mark} У строки данных этого решения есть примечание: наведите на него указатель, чтобы прочитать.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(edited: {before} → {after})</source>
        <translation>(изменено: {before} → {after})</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>Bears on: {indicators}</source>
        <translation>Относится к показателям: {indicators}</translation>
    </message>
    <message>
        <source>No arguments recorded for these choices.</source>
        <translation>Для этих решений аргументы не записаны.</translation>
    </message>
</context>
<context>
    <name>BaselineBarsChart</name>
    <message>
        <source>{state}: scenario (blue) and baseline {year} (grey)</source>
        <translation type="vanished">{state}: сценарий (синий) и база {year} (серый)</translation>
    </message>
    <message>
        <source>{state}: scenario (blue) and baseline {year} (grey); change ▲ better, ▼ worse for the state</source>
        <translation type="vanished">{state}: сценарий (синий) и база {year} (серый); изменение ▲ лучше, ▼ хуже для государства</translation>
    </message>
    <message>
        <source>{state}: scenario (blue), baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation type="vanished">{state}: сценарий (синий), база {year} (серый); ▲ лучше, ▼ хуже</translation>
    </message>
    <message>
        <source>{state}: scenario (dark slate), baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation>{state}: сценарий (тёмно-сизый), база {year} (серый); ▲ лучше, ▼ хуже</translation>
    </message>
    <message>
        <source>error bars: 90 % of {draws:,} draws</source>
        <translation>планки: 90 % из {draws:,} выборок</translation>
    </message>
    <message>
        <source>0–100: indices, market access in % of world GDP</source>
        <translation>0–100: индексы, доступ к рынкам — в % мирового ВВП</translation>
    </message>
    <message>
        <source>error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">планки: 90 % из 1 000 выборок</translation>
    </message>
    <message>
        <source>; error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">; планки: 90 % из 1 000 выборок</translation>
    </message>
    <message>
        <source>Select a state to compare its indices with the baseline.</source>
        <translation>Выберите государство, чтобы сравнить его индексы с базой.</translation>
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
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>scenario (dark slate) and baseline {year} (grey)</source>
        <translation>сценарий (тёмно-сизый) и база {year} (серый)</translation>
    </message>
    <message>
        <source>scenario (blue) and baseline {year} (grey)</source>
        <translation type="vanished">сценарий (синий) и база {year} (серый)</translation>
    </message>
    <message>
        <source>No bloc has full members in this year.</source>
        <translation>В этом году ни у одного блока нет полноправных членов.</translation>
    </message>
</context>
<context>
    <name>BlocLanesCanvas</name>
    <message>
        <source>Bloc membership diagram</source>
        <translation>Диаграмма членства в блоках</translation>
    </message>
    <message>
        <source>One lane per bloc, one column per state; the arrow keys choose a state.</source>
        <translation>Одна полоса на блок, один столбец на государство; стрелки выбирают государство.</translation>
    </message>
    <message>
        <source>no bloc</source>
        <translation>нет блоков</translation>
    </message>
    <message>
        <source>Alignment: {value}</source>
        <translation>Ориентация: {value}</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <source>Changed by the scenario; baseline: {status}</source>
        <translation>Изменено сценарием; база: {status}</translation>
    </message>
    <message>
        <source>Also full members: {names}</source>
        <translation>Также полноправные члены: {names}</translation>
    </message>
    <message>
        <source>No bloc of the diagram has members in this year.</source>
        <translation>В этом году ни у одного блока диаграммы нет членов.</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 член</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>членов: {n}</translation>
    </message>
    <message>
        <source>1 partner</source>
        <translation>1 партнёр</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>партнёров: {n}</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>и ещё {n}</translation>
    </message>
    <message>
        <source>full member</source>
        <translation>полноправный член</translation>
    </message>
    <message>
        <source>associate, partner, observer</source>
        <translation>ассоц. член, партнёр, наблюдатель</translation>
    </message>
    <message>
        <source>suspended or withdrawn</source>
        <translation>приостановлено или вышел</translation>
    </message>
    <message>
        <source>changed by the scenario</source>
        <translation>изменено сценарием</translation>
    </message>
    <message>
        <source>left in the scenario</source>
        <translation>вышел по сценарию</translation>
    </message>
</context>
<context>
    <name>BlocOverlapPanel</name>
    <message>
        <source>Blocs and their members</source>
        <translation>Блоки и их члены</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image</source>
        <translation>Сохранить диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Who belongs to which bloc in {year}: one lane per bloc, one column per state. The dot under a name is its alignment, coloured as on the map. Click a state to select it.</source>
        <translation>Кто в каком блоке в {year} г.: одна полоса на блок, один столбец на государство. Точка под названием — ориентация государства, в цветах карты. Щёлкните государство, чтобы выбрать его.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
    <message>
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
    <name>BlocShortNames</name>
    <message>
        <source>CIS</source>
        <translation>СНГ</translation>
    </message>
    <message>
        <source>CIS FTA 1994</source>
        <translation>ЗСТ СНГ 1994</translation>
    </message>
    <message>
        <source>CIS FTA 2011</source>
        <translation>ЗСТ СНГ 2011</translation>
    </message>
    <message>
        <source>Customs Union 1995</source>
        <translation>Таможенный союз 1995</translation>
    </message>
    <message>
        <source>EurAsEC</source>
        <translation>ЕврАзЭС</translation>
    </message>
    <message>
        <source>Customs Union</source>
        <translation>Таможенный союз</translation>
    </message>
    <message>
        <source>Common Economic Space</source>
        <translation>ЕЭП</translation>
    </message>
    <message>
        <source>EAEU</source>
        <translation>ЕАЭС</translation>
    </message>
    <message>
        <source>EAEU FTAs</source>
        <translation>ЗСТ ЕАЭС</translation>
    </message>
    <message>
        <source>EAEU–Iran interim</source>
        <translation>ЕАЭС–Иран (временное)</translation>
    </message>
    <message>
        <source>Ukraine&apos;s FTAs</source>
        <translation>ЗСТ Украины</translation>
    </message>
    <message>
        <source>Georgia&apos;s FTAs</source>
        <translation>ЗСТ Грузии</translation>
    </message>
    <message>
        <source>UK partnerships</source>
        <translation>Партнёрства Великобритании</translation>
    </message>
    <message>
        <source>Union State</source>
        <translation>Союзное государство</translation>
    </message>
    <message>
        <source>CSTO</source>
        <translation>ОДКБ</translation>
    </message>
    <message>
        <source>Shanghai Five</source>
        <translation>Шанхайская пятёрка</translation>
    </message>
    <message>
        <source>SCO</source>
        <translation>ШОС</translation>
    </message>
    <message>
        <source>BRICS</source>
        <translation>БРИКС</translation>
    </message>
    <message>
        <source>Turkic States</source>
        <translation>ОТГ</translation>
    </message>
    <message>
        <source>GUAM</source>
        <translation>ГУАМ</translation>
    </message>
    <message>
        <source>CICA</source>
        <translation>СВМДА</translation>
    </message>
    <message>
        <source>AIIB</source>
        <translation>АБИИ</translation>
    </message>
    <message>
        <source>Belt and Road</source>
        <translation>Пояс и путь</translation>
    </message>
    <message>
        <source>Eastern Partnership</source>
        <translation>Восточное партнёрство</translation>
    </message>
    <message>
        <source>ECO</source>
        <translation>ОЭС</translation>
    </message>
    <message>
        <source>WTO</source>
        <translation>ВТО</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>ЕС</translation>
    </message>
    <message>
        <source>EU association (DCFTA)</source>
        <translation>Ассоциация с ЕС (УВЗСТ)</translation>
    </message>
    <message>
        <source>EU–Turkey customs union</source>
        <translation>Таможенный союз ЕС–Турция</translation>
    </message>
    <message>
        <source>NATO</source>
        <translation>НАТО</translation>
    </message>
    <message>
        <source>Partnership for Peace</source>
        <translation>Партнёрство ради мира</translation>
    </message>
</context>
<context>
    <name>BreakdownPanel</name>
    <message>
        <source>Part</source>
        <translation>Составляющая</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Indicator to break down</source>
        <translation>Показатель для разложения</translation>
    </message>
    <message>
        <source>Waterfall from the baseline to the scenario</source>
        <translation>Каскад от базового уровня к сценарию</translation>
    </message>
    <message>
        <source>Steps of the change</source>
        <translation>Шаги изменения</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разложение</translation>
    </message>
    <message>
        <source>Double-click an indicator, a chart bar or a state on the map to see why its figure moved.</source>
        <translation>Дважды щёлкните показатель, столбец диаграммы или государство на карте, чтобы увидеть, почему изменилось значение.</translation>
    </message>
    <message>
        <source>the post-Soviet region</source>
        <translation>постсоветский регион</translation>
    </message>
    <message>
        <source>{indicator} of {entity}</source>
        <translation>{indicator}: {entity}</translation>
    </message>
    <message>
        <source>Baseline {baseline} → scenario {value}: {change}, {judgement}</source>
        <translation>Базовый уровень {baseline} → сценарий {value}: {change}, {judgement}</translation>
    </message>
    <message>
        <source>{count} smaller steps</source>
        <translation>ещё шагов поменьше: {count}</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый уровень</translation>
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
        <translation>Исходные данные: {inputs}</translation>
    </message>
    <message>
        <source>The scenario does not change this figure.</source>
        <translation>Сценарий не меняет это значение.</translation>
    </message>
    <message>
        <source>Parts that do not change: {parts}</source>
        <translation>Неизменные составляющие: {parts}</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Membership in {bloc}</source>
        <translation>Членство в {bloc}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <source>Differs from “{reference}”: {label}</source>
        <translation>Отличается от «{reference}»: {label}</translation>
    </message>
    <message>
        <source>Click to select this state in the main window</source>
        <translation>Щёлкните, чтобы выбрать это государство в главном окне</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Опорный</translation>
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
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Экспорт SVG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
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
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>Сравнение с базой</translation>
    </message>
    <message>
        <source>State profile</source>
        <translation>Профиль государства</translation>
    </message>
    <message>
        <source>Bloc indicators</source>
        <translation>Показатели блоков</translation>
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
        <translation>Сравнение сценариев</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the indicator comparison (every level and row) as XLSX or CSV</source>
        <translation>Сохранить сравнение показателей (все уровни и строки) в XLSX или CSV</translation>
    </message>
    <message>
        <source>Export the indicator comparison</source>
        <translation>Экспорт сравнения показателей</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Сценарии для сравнения</translation>
    </message>
    <message>
        <source>Check two to four scenarios. The first checked one is the reference: the changes are measured against it.</source>
        <translation type="vanished">Отметьте от двух до четырёх сценариев. Первый отмеченный — опорный: изменения отсчитываются от него.</translation>
    </message>
    <message>
        <source>&amp;Scenarios to compare:</source>
        <translation>&amp;Сценарии для сравнения:</translation>
    </message>
    <message>
        <source>Make &amp;reference</source>
        <translation>Сделать &amp;опорным</translation>
    </message>
    <message>
        <source>Move the highlighted scenario to the top and check it: it becomes the reference</source>
        <translation type="vanished">Переместить выделенный сценарий наверх и отметить его: он станет опорным</translation>
    </message>
    <message>
        <source>Make the highlighted scenario the reference</source>
        <translation>Сделать выделенный сценарий опорным</translation>
    </message>
    <message>
        <source>Check two to four. The first checked scenario is the reference (★).</source>
        <translation type="vanished">Отметьте от двух до четырёх. Первый отмеченный сценарий — опорный (★).</translation>
    </message>
    <message>
        <source>Comparison message</source>
        <translation>Сообщение сравнения</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Arguments that differ</source>
        <translation>Различающиеся аргументы</translation>
    </message>
    <message>
        <source>Indicator values per scenario and their change</source>
        <translation>Значения показателей по сценариям и их изменение</translation>
    </message>
    <message>
        <source>States whose alignment or membership differs between scenarios</source>
        <translation>Государства, у которых ориентация или членство различаются между сценариями</translation>
    </message>
    <message>
        <source>Arguments of the literature that apply to some scenarios and not others</source>
        <translation>Аргументы из литературы, относящиеся к одним сценариям и не относящиеся к другим</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Выбранное государство</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Show indicators of</source>
        <translation>Чьи показатели показать</translation>
    </message>
    <message>
        <source>The state selected in the main window, every state, the blocs or the region</source>
        <translation>Государство, выбранное в главном окне, все государства, блоки или регион</translation>
    </message>
    <message>
        <source>Only rows that &amp;differ</source>
        <translation>Только &amp;различающиеся строки</translation>
    </message>
    <message>
        <source>Hide the indicators that are the same in every checked scenario</source>
        <translation>Скрыть показатели, одинаковые во всех отмеченных сценариях</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Только различающиеся строки</translation>
    </message>
    <message>
        <source>Indicator comparison summary</source>
        <translation>Сводка сравнения показателей</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message>
        <source>Indicator comparison</source>
        <translation>Сравнение показателей</translation>
    </message>
    <message>
        <source>Green: better for the state than in the reference; red: worse</source>
        <translation>Зелёный: лучше для государства, чем в опорном; красный: хуже</translation>
    </message>
    <message>
        <source>Changes summary</source>
        <translation>Сводка изменений</translation>
    </message>
    <message>
        <source>Changes of alignment and membership</source>
        <translation>Изменения ориентации и членства</translation>
    </message>
    <message>
        <source>Highlighted cells differ from the reference; click a row to select the state</source>
        <translation>Выделенные ячейки отличаются от опорного; щёлкните строку, чтобы выбрать государство</translation>
    </message>
    <message>
        <source>Arguments summary</source>
        <translation>Сводка аргументов</translation>
    </message>
    <message>
        <source>✓ marks the scenarios whose choices an argument speaks to</source>
        <translation>✓ отмечает сценарии, к решениям которых относится аргумент</translation>
    </message>
    <message>
        <source>Check two to four scenarios. The changes are measured against the one chosen as Reference below.</source>
        <translation>Отметьте от двух до четырёх сценариев. Изменения отсчитываются от того, что выбран ниже как опорный.</translation>
    </message>
    <message>
        <source>Reference scenario</source>
        <translation>Опорный сценарий</translation>
    </message>
    <message>
        <source>The checked scenario the others are measured against</source>
        <translation>Отмеченный сценарий, от которого отсчитываются остальные</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Опорный:</translation>
    </message>
    <message>
        <source>Check the highlighted scenario and make it the reference (the list stays as it is)</source>
        <translation>Отметить выделенный сценарий и сделать его опорным (список остаётся как есть)</translation>
    </message>
    <message>
        <source>Check two to four. The reference is in bold; the changes are measured against it.</source>
        <translation>Отметьте от двух до четырёх. Опорный выделен жирным; изменения отсчитываются от него.</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Reference: the changes are measured against it</source>
        <translation>Опорный: изменения отсчитываются от него</translation>
    </message>
    <message>
        <source>The scenario shown in the main window</source>
        <translation>Сценарий, показанный в главном окне</translation>
    </message>
    <message>
        <source>Only one scenario is open. Create or open another one (File ▸ New, Duplicate or Open preset scenarios) to compare.</source>
        <translation>Открыт только один сценарий. Чтобы сравнивать, создайте или откройте ещё один (Файл ▸ Новый, Дублировать или Открыть готовые сценарии).</translation>
    </message>
    <message>
        <source>Check at least two scenarios to compare (two to four); {count} checked.</source>
        <translation>Отметьте для сравнения хотя бы два сценария (от двух до четырёх); отмечено: {count}.</translation>
    </message>
    <message>
        <source>At most four scenarios can be compared side by side; {count} are checked. Uncheck {extra}.</source>
        <translation>Рядом можно сравнить не более четырёх сценариев; отмечено: {count}. Снимите лишние: {extra}.</translation>
    </message>
    <message>
        <source>These scenarios cannot be compared: {reason}</source>
        <translation>Эти сценарии нельзя сравнить: {reason}</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>Изменения ({count})</translation>
    </message>
    <message>
        <source>Arguments that differ ({count})</source>
        <translation>Различающиеся аргументы ({count})</translation>
    </message>
    <message>
        <source>Select a state in the main window (map or matrix) to see its figures.</source>
        <translation>Выберите государство в главном окне (на карте или в матрице), чтобы увидеть его данные.</translation>
    </message>
    <message>
        <source>{state}: {rows} rows; changes against “{reference}”</source>
        <translation>{state}: строк: {rows}; изменения относительно «{reference}»</translation>
    </message>
    <message>
        <source>{rows} rows; changes against “{reference}”</source>
        <translation>Строк: {rows}; изменения относительно «{reference}»</translation>
    </message>
    <message>
        <source>The scenarios start from different baseline years ({years}): some differences come from the year, not from the choices.</source>
        <translation>Сценарии начинаются с разных базовых годов ({years}): часть различий вызвана годом, а не решениями.</translation>
    </message>
    <message>
        <source>{states} states differ in {changes} alignments or memberships; highlighted cells differ from “{reference}”.</source>
        <translation>Государств с различиями: {states}, различий в ориентации или членстве: {changes}; выделенные ячейки отличаются от «{reference}».</translation>
    </message>
    <message>
        <source>Every state has the same alignment and memberships in these scenarios.</source>
        <translation>Во всех этих сценариях у каждого государства одинаковые ориентация и членство.</translation>
    </message>
    <message>
        <source>{count} arguments of the literature speak to choices made in some of these scenarios and not in others.
{legend}</source>
        <translation>Аргументов из литературы, относящихся к решениям одних сценариев, но не других: {count}.
{legend}</translation>
    </message>
    <message>
        <source>The same arguments apply to every one of these scenarios.</source>
        <translation>Ко всем этим сценариям относятся одни и те же аргументы.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>сравнение</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
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
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs (version {n})</source>
        <translation>Их версия (версия {n})</translation>
    </message>
    <message>
        <source>Theirs (deleted)</source>
        <translation>Их версия (удалено)</translation>
    </message>
    <message>
        <source>Yours (read at version {n})</source>
        <translation>Ваша (прочитана в версии {n})</translation>
    </message>
    <message>
        <source>The two versions differ here.</source>
        <translation>Здесь версии различаются.</translation>
    </message>
</context>
<context>
    <name>ConditionBuilder</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>State, bloc or region of the condition</source>
        <translation>Государство, блок или регион в условии</translation>
    </message>
    <message>
        <source>Indicator of the condition</source>
        <translation>Показатель в условии</translation>
    </message>
    <message>
        <source>Comparison of the condition</source>
        <translation>Сравнение в условии</translation>
    </message>
    <message>
        <source>Number the indicator is compared with</source>
        <translation>Число, с которым сравнивается показатель</translation>
    </message>
    <message>
        <source>Add this part to the condition</source>
        <translation>Добавить эту часть к условию</translation>
    </message>
    <message>
        <source>Add this comparison to the condition, with “and”</source>
        <translation>Добавить это сравнение к условию через «and»</translation>
    </message>
    <message>
        <source>The region (region)</source>
        <translation>Регион (region)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Target kind</source>
        <translation>Вид цели</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Сила</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место в источнике</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Bears on</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Библиографическая ссылка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Changed by someone else: {id}</source>
        <translation>Изменено другим пользователем: {id}</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их версию</translation>
    </message>
    <message>
        <source>Discard your changes and show theirs</source>
        <translation>Отбросить ваши изменения и показать их версию</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>Всё равно удалить</translation>
    </message>
    <message>
        <source>Add yours back</source>
        <translation>Вернуть вашу версию</translation>
    </message>
    <message>
        <source>Overwrite with yours</source>
        <translation>Заменить вашей версией</translation>
    </message>
    <message>
        <source>Write yours over theirs</source>
        <translation>Записать вашу версию поверх их версии</translation>
    </message>
    <message>
        <source>Merge by hand…</source>
        <translation>Объединить вручную…</translation>
    </message>
    <message>
        <source>Edit yours again with theirs shown beside it</source>
        <translation>Снова править вашу версию, видя рядом их версию</translation>
    </message>
    <message>
        <source>Last changed by {who} at {time} UTC.</source>
        <translation>Последнее изменение: {who}, {time} UTC.</translation>
    </message>
</context>
<context>
    <name>DeckActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показ</translation>
    </message>
    <message>
        <source>Show the deck full screen to a room, step by step (Esc leaves)</source>
        <translation>Показать набор аудитории на весь экран, шаг за шагом (Esc — выход)</translation>
    </message>
    <message>
        <source>&amp;Edit deck…</source>
        <translation>&amp;Изменить набор…</translation>
    </message>
    <message>
        <source>List, reorder and edit the steps of the deck</source>
        <translation>Список шагов набора: порядок и правка</translation>
    </message>
    <message>
        <source>&amp;New deck</source>
        <translation>&amp;Новый набор</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>&amp;Открыть набор…</translation>
    </message>
    <message>
        <source>&amp;Save deck</source>
        <translation>&amp;Сохранить набор</translation>
    </message>
    <message>
        <source>Save deck &amp;as…</source>
        <translation>Сохранить набор &amp;как…</translation>
    </message>
    <message>
        <source>Start an empty deck</source>
        <translation>Начать пустой набор</translation>
    </message>
    <message>
        <source>Open a deck file (.regio-deck.json)</source>
        <translation>Открыть файл набора (.regio-deck.json)</translation>
    </message>
    <message>
        <source>Save the deck with its steps and the room&apos;s tally</source>
        <translation>Сохранить набор с шагами и подсчётом голосов аудитории</translation>
    </message>
    <message>
        <source>Save the deck under another name</source>
        <translation>Сохранить набор под другим именем</translation>
    </message>
    <message>
        <source>&amp;Add current scenario as step</source>
        <translation>&amp;Добавить текущий сценарий как шаг</translation>
    </message>
    <message>
        <source>Put the scenario on show at the end of the deck</source>
        <translation>Добавить показанный сценарий в конец набора</translation>
    </message>
    <message>
        <source>Export the room&apos;s &amp;tally…</source>
        <translation>Экспорт &amp;голосов аудитории…</translation>
    </message>
    <message>
        <source>Save the counts of every step as a CSV table</source>
        <translation>Сохранить голоса по каждому шагу в таблицу CSV</translation>
    </message>
    <message>
        <source>Unsaved deck</source>
        <translation>Несохранённый набор</translation>
    </message>
    <message>
        <source>The deck “{title}” has unsaved changes.</source>
        <translation>В наборе «{title}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>Открыть набор</translation>
    </message>
    <message>
        <source>Decks (*{suffix})</source>
        <translation>Наборы (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot open {path}:
{reason}</source>
        <translation>Не удаётся открыть {path}:
{reason}</translation>
    </message>
    <message>
        <source>Save deck as</source>
        <translation>Сохранить набор как</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>Сохранить набор</translation>
    </message>
    <message>
        <source>Cannot save: {reason}</source>
        <translation>Не удаётся сохранить: {reason}</translation>
    </message>
    <message>
        <source>Export the room&apos;s tally</source>
        <translation>Экспорт голосов аудитории</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Шаг {number}: {problem}</translation>
    </message>
    <message>
        <source>preset {id}</source>
        <translation>готовый сценарий {id}</translation>
    </message>
    <message>
        <source>file {path}</source>
        <translation>файл {path}</translation>
    </message>
    <message>
        <source>written into the deck</source>
        <translation>записан в набор</translation>
    </message>
</context>
<context>
    <name>DeckDocument</name>
    <message>
        <source>Untitled deck</source>
        <translation>Набор без названия</translation>
    </message>
    <message>
        <source>Add step “{title}”</source>
        <translation>Добавить шаг «{title}»</translation>
    </message>
    <message>
        <source>Remove step “{title}”</source>
        <translation>Удалить шаг «{title}»</translation>
    </message>
    <message>
        <source>Move step “{title}”</source>
        <translation>Переместить шаг «{title}»</translation>
    </message>
    <message>
        <source>Edit step “{title}”</source>
        <translation>Изменить шаг «{title}»</translation>
    </message>
    <message>
        <source>Rename deck “{title}”</source>
        <translation>Переименовать набор «{title}»</translation>
    </message>
    <message>
        <source>Tally “{option}”: {count}</source>
        <translation>Голоса «{option}»: {count}</translation>
    </message>
</context>
<context>
    <name>DeckEditor</name>
    <message>
        <source>Deck</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Deck title</source>
        <translation>Название набора</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>&amp;Add current scenario</source>
        <translation>&amp;Добавить текущий сценарий</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Present from here</source>
        <translation>&amp;Показ с этого шага</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
</context>
<context>
    <name>DeckTexts</name>
    <message>
        <source>From EurAsEC to the EAEU</source>
        <translation>От ЕврАзЭС к ЕАЭС</translation>
    </message>
    <message>
        <source>The Eurasian Economic Community</source>
        <translation>Евразийское экономическое сообщество</translation>
    </message>
    <message>
        <source>Why try again after the CIS?</source>
        <translation>Зачем новая попытка после СНГ?</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Russia&apos;s pull</source>
        <translation>Притяжение России</translation>
    </message>
    <message>
        <source>Uzbekistan steps in</source>
        <translation>Узбекистан вступает</translation>
    </message>
    <message>
        <source>What makes a member step in and out again?</source>
        <translation>Почему член вступает и снова выходит?</translation>
    </message>
    <message>
        <source>Its own interests</source>
        <translation>Собственные интересы</translation>
    </message>
    <message>
        <source>Outside pressure</source>
        <translation>Давление извне</translation>
    </message>
    <message>
        <source>The Customs Union</source>
        <translation>Таможенный союз</translation>
    </message>
    <message>
        <source>Was a common tariff with Russia a good bargain for Kazakhstan?</source>
        <translation>Был ли общий тариф с Россией выгодной сделкой для Казахстана?</translation>
    </message>
    <message>
        <source>A good bargain</source>
        <translation>Выгодная сделка</translation>
    </message>
    <message>
        <source>A bad bargain</source>
        <translation>Невыгодная сделка</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Рано судить</translation>
    </message>
    <message>
        <source>The Common Economic Space</source>
        <translation>Единое экономическое пространство</translation>
    </message>
    <message>
        <source>Who leads Eurasian integration now?</source>
        <translation>Кто теперь ведёт евразийскую интеграцию?</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>The Eurasian Economic Union</source>
        <translation>Евразийский экономический союз</translation>
    </message>
    <message>
        <source>Did the union deliver what the community promised?</source>
        <translation>Дал ли союз то, что обещало сообщество?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Отчасти</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Wider: Uzbekistan joins</source>
        <translation>Шире: Узбекистан вступает</translation>
    </message>
    <message>
        <source>Should the union widen to Uzbekistan?</source>
        <translation>Стоит ли союзу расшириться за счёт Узбекистана?</translation>
    </message>
    <message>
        <source>Deeper: more for the Commission</source>
        <translation>Глубже: больше полномочий Комиссии</translation>
    </message>
    <message>
        <source>Deeper or wider: which could Kazakhstan accept?</source>
        <translation>Глубже или шире: что мог бы принять Казахстан?</translation>
    </message>
    <message>
        <source>Deeper</source>
        <translation>Глубже</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>Шире</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ни то ни другое</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s choices after 2022</source>
        <translation>Выбор Казахстана после 2022 года</translation>
    </message>
    <message>
        <source>Where Kazakhstan stands</source>
        <translation>Где стоит Казахстан</translation>
    </message>
    <message>
        <source>Is Kazakhstan&apos;s multi-vector balance still holding?</source>
        <translation>Держится ли ещё многовекторный баланс Казахстана?</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Держится</translation>
    </message>
    <message>
        <source>Under strain</source>
        <translation>Под давлением</translation>
    </message>
    <message>
        <source>Already lost</source>
        <translation>Уже утрачен</translation>
    </message>
    <message>
        <source>Leaving the EAEU and the CSTO</source>
        <translation>Выход из ЕАЭС и ОДКБ</translation>
    </message>
    <message>
        <source>Should Kazakhstan leave both Russia-led bodies?</source>
        <translation>Стоит ли Казахстану выйти из обеих организаций во главе с Россией?</translation>
    </message>
    <message>
        <source>Leave both</source>
        <translation>Выйти из обеих</translation>
    </message>
    <message>
        <source>Leave the CSTO only</source>
        <translation>Выйти только из ОДКБ</translation>
    </message>
    <message>
        <source>Stay in both</source>
        <translation>Остаться в обеих</translation>
    </message>
    <message>
        <source>A BRICS partnership</source>
        <translation>Партнёрство с БРИКС</translation>
    </message>
    <message>
        <source>Is a BRICS partnership worth the signal it sends?</source>
        <translation>Стоит ли партнёрство с БРИКС сигнала, который оно подаёт?</translation>
    </message>
    <message>
        <source>Worth it</source>
        <translation>Стоит</translation>
    </message>
    <message>
        <source>Not worth it</source>
        <translation>Не стоит</translation>
    </message>
    <message>
        <source>Makes no difference</source>
        <translation>Ничего не меняет</translation>
    </message>
    <message>
        <source>Turning to China</source>
        <translation>Поворот к Китаю</translation>
    </message>
    <message>
        <source>Would a China-centred course give Kazakhstan more room or less?</source>
        <translation>Даст ли курс на Китай Казахстану больше свободы или меньше?</translation>
    </message>
    <message>
        <source>More room</source>
        <translation>Больше свободы</translation>
    </message>
    <message>
        <source>Less room</source>
        <translation>Меньше свободы</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Столько же</translation>
    </message>
    <message>
        <source>Armenia&apos;s example</source>
        <translation>Пример Армении</translation>
    </message>
    <message>
        <source>Is Armenia&apos;s break with the CSTO a model for Kazakhstan?</source>
        <translation>Пример ли для Казахстана разрыв Армении с ОДКБ?</translation>
    </message>
    <message>
        <source>A model</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Not a model</source>
        <translation>Не пример</translation>
    </message>
</context>
<context>
    <name>DifferingArgumentsModel</name>
    <message>
        <source>Matches a choice of “{name}”</source>
        <translation>Соответствует решению в «{name}»</translation>
    </message>
    <message>
        <source>Does not apply to “{name}”</source>
        <translation>Не относится к «{name}»</translation>
    </message>
    <message>
        <source>{id}: {claim}

{citation}</source>
        <translation>{id}: {claim}

{citation}</translation>
    </message>
    <message>
        <source>matches {name}</source>
        <translation>соответствует {name}</translation>
    </message>
    <message>
        <source>not {name}</source>
        <translation>не {name}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Тезис</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>{letter}: {name}
✓: the argument speaks to a choice it makes</source>
        <translation>{letter}: {name}
✓: аргумент относится к решению этого сценария</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>better for the state</source>
        <translation>лучше для государства</translation>
    </message>
    <message>
        <source>worse for the state</source>
        <translation>хуже для государства</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>changed (no better direction)</source>
        <translation>изменилось (лучшего направления нет)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{better}&apos;&gt;▲ better&lt;/span&gt; · &lt;span style=&apos;color:{worse}&apos;&gt;▼ worse&lt;/span&gt; for the state · no mark: no better direction · double-click a row for its breakdown</source>
        <translation>&lt;span style=&apos;color:{better}&apos;&gt;▲ лучше&lt;/span&gt; · &lt;span style=&apos;color:{worse}&apos;&gt;▼ хуже&lt;/span&gt; для государства · без знака: лучшего направления нет · двойной щелчок по строке — разложение</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ чем выше, тем лучше</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ чем ниже, тем лучше</translation>
    </message>
    <message>
        <source>– no better direction</source>
        <translation>– лучшего направления нет</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Condition the boxes should hold</source>
        <translation>Условие, которое должно выполняться в областях</translation>
    </message>
    <message>
        <source>ENTITY:INDICATOR, one of &gt;, &gt;=, &lt;, &lt;= and a number, joined by “and”; the entity is a state code, a bloc code or “region”</source>
        <translation>ОБЪЕКТ:ПОКАЗАТЕЛЬ, один из знаков &gt;, &gt;=, &lt;, &lt;= и число, части соединяются словом «and»; объект — код государства, код блока или «region»</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>&amp;Find boxes</source>
        <translation>&amp;Найти области</translation>
    </message>
    <message>
        <source>Find the boxes where the condition holds</source>
        <translation>Найти области, где выполняется условие</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Что нашёл поиск</translation>
    </message>
    <message>
        <source>Box of the trajectory shown</source>
        <translation>Показанная область траектории</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>&amp;Область:</translation>
    </message>
    <message>
        <source>&amp;Show these combinations</source>
        <translation>&amp;Показать эти комбинации</translation>
    </message>
    <message>
        <source>Show the box&apos;s combinations in the table</source>
        <translation>Показать комбинации области в таблице</translation>
    </message>
    <message>
        <source>List only this box&apos;s combinations on the Combinations tab, to read or open one</source>
        <translation>Оставить на вкладке «Комбинации» только комбинации этой области, чтобы прочитать или открыть одну из них</translation>
    </message>
    <message>
        <source>The box shown</source>
        <translation>Показанная область</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Kept in the box</source>
        <translation>Остаётся в области</translation>
    </message>
    <message>
        <source>The choices the box keeps</source>
        <translation>Варианты выбора, которые оставляет область</translation>
    </message>
    <message>
        <source>Run an exploration first: the boxes are found among its combinations.</source>
        <translation>Сначала запустите исследование: области ищутся среди его комбинаций.</translation>
    </message>
    <message>
        <source>Write a condition and find the boxes of choices where it holds.</source>
        <translation>Напишите условие и найдите области выбора, где оно выполняется.</translation>
    </message>
    <message>
        <source>Finding boxes…</source>
        <translation>Поиск областей…</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <source>The condition holds in {cases:,} of {total:,} combinations; the trajectory has {steps} boxes. Pick one on the chart or with Box.</source>
        <translation>Условие выполняется в {cases:,} из {total:,} комбинаций; в траектории {steps} областей. Выберите одну на графике или в поле «Область».</translation>
    </message>
    <message>
        <source>Box {step} of the {count} on the trajectory: {combinations:,} combinations, {hits:,} of them hold the condition (density {density:.0%}); they are {coverage:.0%} of the {cases:,} combinations where it holds (coverage). Higher is better for both.</source>
        <translation>Область {step} из {count} на траектории: {combinations:,} комбинаций, в {hits:,} из них условие выполняется (плотность {density:.0%}); это {coverage:.0%} из {cases:,} комбинаций, где оно выполняется (охват). Для обоих чем выше, тем лучше.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>{state} in {bloc}</source>
        <translation>{state} в {bloc}</translation>
    </message>
    <message>
        <source>{state}: alignment</source>
        <translation>{state}: ориентация</translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="vanished">остаётся</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation type="vanished">выходит</translation>
    </message>
    <message>
        <source>joins</source>
        <translation type="vanished">вступает</translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>weight of trade in the ties to a pole</source>
        <translation>вес торговли в связях с полюсом</translation>
    </message>
    <message>
        <source>weight of bloc memberships in the ties to a pole</source>
        <translation>вес членства в блоках в связях с полюсом</translation>
    </message>
    <message>
        <source>weight of the declared alignment in the ties to a pole</source>
        <translation>вес заявленной ориентации в связях с полюсом</translation>
    </message>
    <message>
        <source>weight of trade with sanctioned economies in sanctions exposure</source>
        <translation>вес торговли с экономиками под санкциями в санкционной уязвимости</translation>
    </message>
    <message>
        <source>weight of blocs with sanctioned members in sanctions exposure</source>
        <translation>вес блоков с членами под санкциями в санкционной уязвимости</translation>
    </message>
    <message>
        <source>weight of aligning with a sanctioned pole in sanctions exposure</source>
        <translation>вес ориентации на полюс под санкциями в санкционной уязвимости</translation>
    </message>
    <message>
        <source>weight of the corridor neighbours&apos; alignments in sanctions exposure</source>
        <translation>вес ориентаций соседей по коридорам в санкционной уязвимости</translation>
    </message>
    <message>
        <source>share of delegated autonomy a shared C5 stance wins back</source>
        <translation>доля делегированной автономии, которую возвращает общая позиция C5</translation>
    </message>
    <message>
        <source>weight of a bloc&apos;s dominant member in the autonomy delegated</source>
        <translation>вес доминирующего члена блока в делегированной автономии</translation>
    </message>
    <message>
        <source>autonomy given up by a single-pole alignment</source>
        <translation>автономия, утрачиваемая при однополюсной ориентации</translation>
    </message>
    <message>
        <source>weight of a defence obligation in security coverage</source>
        <translation>вес обязательства обороны в обеспеченности безопасностью</translation>
    </message>
    <message>
        <source>how far sanctions close a transit corridor</source>
        <translation>насколько санкции закрывают транзитный коридор</translation>
    </message>
    <message>
        <source>worth of a transit corridor being open</source>
        <translation>ценность открытого транзитного коридора</translation>
    </message>
    <message>
        <source>worth of free trade with a corridor&apos;s other states</source>
        <translation>ценность свободной торговли с другими государствами коридора</translation>
    </message>
    <message>
        <source>worth of alignment with a corridor&apos;s sponsoring pole</source>
        <translation>ценность ориентации на полюс, поддерживающий коридор</translation>
    </message>
    <message>
        <source>open routes at which the transit index reaches 63</source>
        <translation>число открытых маршрутов, при котором индекс транзита достигает 63</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <source>Add argument {id}</source>
        <translation>Добавление аргумента {id}</translation>
    </message>
    <message>
        <source>Edit argument {id}</source>
        <translation>Изменение аргумента {id}</translation>
    </message>
    <message>
        <source>Delete argument {id}</source>
        <translation>Удаление аргумента {id}</translation>
    </message>
    <message>
        <source>Add source {id}</source>
        <translation>Добавление источника {id}</translation>
    </message>
    <message>
        <source>Edit source {id}</source>
        <translation>Изменение источника {id}</translation>
    </message>
    <message>
        <source>Delete source {id}</source>
        <translation>Удаление источника {id}</translation>
    </message>
    <message>
        <source>Import source {id}</source>
        <translation>Импорт источника {id}</translation>
    </message>
    <message>
        <source>Import {count} argument(s)</source>
        <translation>Импорт аргументов: {count}</translation>
    </message>
</context>
<context>
    <name>EvidenceDocument</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Изменение не удалось сохранить.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Shipped with the program: read-only (duplicate it to make your own).</source>
        <translation>Поставляется с программой: только для чтения (дублируйте, чтобы получить свою копию).</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <source>{partner}: GDP {gdp:,.0f} bn at preferential depth {depth:.2f} through {via}</source>
        <translation>{partner}: ВВП {gdp:,.0f} млрд, глубина преференций {depth:.2f} через {via}</translation>
    </message>
    <message>
        <source>trade share with {pole} {share:.0%} × {weight}</source>
        <translation>доля торговли: {pole} {share:.0%} × {weight}</translation>
    </message>
    <message>
        <source>{bloc} ({status}) × {weight}</source>
        <translation>{bloc} ({status}) × {weight}</translation>
    </message>
    <message>
        <source>alignment {choice} × {weight}</source>
        <translation>ориентация: {choice} × {weight}</translation>
    </message>
    <message>
        <source>multi-vector alignment × {weight}, {share:.0%} of it on {pole}: its weight is shared out so that the ties with Russia, China and the West end as even as they can</source>
        <translation>многовекторная ориентация × {weight}, из неё {share:.0%} на {pole}: её вес распределяется так, чтобы связи с Россией, Китаем и Западом вышли как можно ровнее</translation>
    </message>
    <message>
        <source>trade with {pole} ({share:.0%}, severity {severity:.2f})</source>
        <translation>торговля: {pole} ({share:.0%}, жёсткость {severity:.2f})</translation>
    </message>
    <message>
        <source>{bloc}: {share:.0%} of members&apos; GDP sanctioned</source>
        <translation>{bloc}: под санкциями {share:.0%} ВВП членов</translation>
    </message>
    <message>
        <source>alignment {choice}</source>
        <translation>ориентация: {choice}</translation>
    </message>
    <message>
        <source>sanctions on {state} itself</source>
        <translation>санкции против самого государства {state}</translation>
    </message>
    <message>
        <source>alignments of the states sharing {state}&apos;s corridors</source>
        <translation>ориентации государств, с которыми {state} делит коридоры</translation>
    </message>
    <message>
        <source>starting autonomy</source>
        <translation>исходная автономия</translation>
    </message>
    <message>
        <source>{bloc}: delegation {delegation:.2f}, dominance {dominance:.0%}</source>
        <translation>{bloc}: делегирование {delegation:.2f}, доминирование {dominance:.0%}</translation>
    </message>
    <message>
        <source>single-pole alignment ({choice})</source>
        <translation>однополюсная ориентация ({choice})</translation>
    </message>
    <message>
        <source>autonomy won back by the shared multi-vector stance of {share:.0%} of the other C5 states</source>
        <translation>автономия, которую возвращает общая многовекторная позиция {share:.0%} других государств C5</translation>
    </message>
    <message>
        <source>{bloc} ({status})</source>
        <translation>{bloc} ({status})</translation>
    </message>
    <message>
        <source>ties with {pole}: {share:.0%} of the state&apos;s ties</source>
        <translation>связи: {pole} — {share:.0%} связей государства</translation>
    </message>
    <message>
        <source>{corridor}: open {open:.0%}, eased {ease:.0%}</source>
        <translation>{corridor}: открыт на {open:.0%}, облегчён на {ease:.0%}</translation>
    </message>
    <message>
        <source>{member}</source>
        <translation>{member}</translation>
    </message>
    <message>
        <source>{member}: {share:.0%} on {pole}</source>
        <translation>{member}: {share:.0%} на полюс «{pole}»</translation>
    </message>
    <message>
        <source>not explained by the parts</source>
        <translation>не объясняется составляющими</translation>
    </message>
    <message>
        <source>100·X/(1+X) with X = {x:.2f}: the preferential partners&apos; GDP as a multiple of {state}&apos;s own ({gdp:,.0f} bn, {year}); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100·X/(1+X), X = {x:.2f}: ВВП преференциальных партнёров, делённый на собственный ВВП государства {state} ({gdp:,.0f} млрд, {year}); составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × (weighted trade share + weighted ties to blocs the pole leads, at most 1 + weighted alignment), at most 100</source>
        <translation>100 × (взвешенная доля торговли + взвешенные связи с блоками во главе с полюсом, не более 1 + взвешенная ориентация), не более 100</translation>
    </message>
    <message>
        <source>100 × min(1, trade with sanctioned poles + blocs with sanctioned members + alignment with a sanctioned pole + corridor neighbours&apos; alignments + own sanctions); the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × min(1, торговля с полюсами под санкциями + блоки с членами под санкциями + ориентация на полюс под санкциями + ориентации соседей по коридорам + собственные санкции); составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × product of (1 − delegation × dominance factor) over blocs, less what a shared C5 stance wins back and the cost of a single-pole alignment; the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × произведение (1 − делегирование × коэффициент доминирования) по блокам за вычетом того, что возвращает общая позиция C5, и цены однополюсной ориентации; составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × ({base} + {ease} ease + {affinity} alignment of the states on it with the corridor&apos;s pole); the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × (1 − exp(−Z / {scale:g})), Z = сумма по открытым коридорам: открытость × ({base} + {ease} × облегчение + {affinity} × ориентация государств на коридоре на его полюс); составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × min(1, trade with sanctioned poles + blocs with sanctioned members + alignment with a sanctioned pole + own sanctions); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × min(1, торговля с полюсами под санкциями + блоки с членами под санкциями + ориентация на полюс под санкциями + собственные санкции); составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × product of (1 − delegation × dominance factor) over blocs, less the cost of a single-pole alignment; the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × произведение (1 − делегирование × коэффициент доминирования) по блокам за вычетом цены однополюсной ориентации; составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Y)), Y = sum over blocs of status × security depth × defence multiplier × partners&apos; share of combined GDP; the parts are taken largest first, each adding what it adds on top</source>
        <translation>100 × (1 − exp(−Y)), Y = сумма по блокам: статус × глубина сотрудничества в сфере безопасности × оборонный множитель × доля партнёров в совокупном ВВП; составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), q the shares of the state&apos;s ties to the {poles} poles</source>
        <translation>100 × Σ q·(1 − q) / (1 − 1/{poles}) = 100 × (1 − Σ q²) / (1 − 1/{poles}), где q — доли связей государства с {poles} полюсами</translation>
    </message>
    <message>
        <source>100 × (1 − exp(−Z / {scale:g})), Z = sum over open corridors of openness × ({base} + {ease} ease + {affinity} alignment with the corridor&apos;s pole); the parts are taken largest first, each adding what it adds on top</source>
        <translation type="vanished">100 × (1 − exp(−Z / {scale:g})), Z = сумма по открытым коридорам: открытость × ({base} + {ease} × облегчение + {affinity} × ориентация на полюс коридора); составляющие берутся от наибольшей, каждая добавляет свой вклад сверх предыдущих</translation>
    </message>
    <message>
        <source>100 × Σ depth × partner&apos;s GDP / GDP of the world outside {state} ({outside:,.0f} bn, each state&apos;s latest figure up to {year}): the % of the world&apos;s economy {state} reaches on preferential terms</source>
        <translation>100 × Σ глубина × ВВП партнёра / ВВП мира за пределами государства {state} ({outside:,.0f} млрд, последние данные каждого государства по {year} г.): доля мировой экономики в %, доступная государству {state} на преференциальных условиях</translation>
    </message>
    <message>
        <source>count of founding and full members</source>
        <translation>число членов-основателей и полноправных членов</translation>
    </message>
    <message>
        <source>sum of the full members&apos; GDP (US$ bn)</source>
        <translation>сумма ВВП полноправных членов (млрд долл. США)</translation>
    </message>
    <message>
        <source>sum of the full members&apos; population (million)</source>
        <translation>сумма населения полноправных членов (млн)</translation>
    </message>
    <message>
        <source>count of the partners with an agreement in force with {hub}; {hub}, the hub of these agreements, is not counted</source>
        <translation>число партнёров, у которых действует соглашение с {hub}; {hub}, центр этих соглашений, не учитывается</translation>
    </message>
    <message>
        <source>sum of the partners&apos; GDP (US$ bn); {hub}, the hub of these agreements, is not counted</source>
        <translation>сумма ВВП партнёров (млрд долл. США); {hub}, центр этих соглашений, не учитывается</translation>
    </message>
    <message>
        <source>sum of the partners&apos; population (million); {hub}, the hub of these agreements, is not counted</source>
        <translation>сумма населения партнёров (млн); {hub}, центр этих соглашений, не учитывается</translation>
    </message>
    <message>
        <source>the largest full member&apos;s share of the full members&apos; GDP (%)</source>
        <translation>доля крупнейшего полноправного члена в ВВП полноправных членов (%)</translation>
    </message>
    <message>
        <source>mean over full members with an alignment of the weight of their alignment on the leading pole</source>
        <translation>среднее по полноправным членам с известной ориентацией: вес их ориентации на ведущий полюс</translation>
    </message>
    <message>
        <source>mean over full members with an alignment of the weight of their alignment on the pole they weigh most on together (no lead)</source>
        <translation>среднее по полноправным членам с известной ориентацией: вес их ориентации на полюс, к которому они вместе тяготеют больше всего (ведущего нет)</translation>
    </message>
    <message>
        <source>share of the post-Soviet states&apos; total in states with this alignment</source>
        <translation>доля постсоветских государств с этой ориентацией в общем итоге</translation>
    </message>
    <message>
        <source>GDP from {year}</source>
        <translation>ВВП за {year} г.</translation>
    </message>
    <message>
        <source>no GDP figure</source>
        <translation>нет данных о ВВП</translation>
    </message>
    <message>
        <source>trade shares from {year}</source>
        <translation>доли торговли за {year} г.</translation>
    </message>
    <message>
        <source>no trade shares</source>
        <translation>нет данных о торговле</translation>
    </message>
    <message>
        <source>memberships on {date}</source>
        <translation>членство на {date}</translation>
    </message>
    <message>
        <source>alignments on {date}</source>
        <translation>ориентации на {date}</translation>
    </message>
    <message>
        <source>project reading of the literature</source>
        <translation>прочтение литературы авторами проекта</translation>
    </message>
    <message>
        <source>scenario edit</source>
        <translation>правка сценария</translation>
    </message>
    <message>
        <source>model parameter</source>
        <translation>параметр модели</translation>
    </message>
    <message>
        <source>corridor data</source>
        <translation>данные о коридорах</translation>
    </message>
    <message>
        <source>sanctions data</source>
        <translation>данные о санкциях</translation>
    </message>
    <message>
        <source>own pole</source>
        <translation>собственный полюс</translation>
    </message>
    <message>
        <source>{part} (not in the scenario)</source>
        <translation>{part} (нет в сценарии)</translation>
    </message>
    <message>
        <source>{part} (not in the baseline)</source>
        <translation>{part} (нет в базовом уровне)</translation>
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
        <translation>{title} (меньше — лучше, ось обращена)</translation>
    </message>
    <message>
        <source>{title} (higher is better)</source>
        <translation>{title} (больше — лучше)</translation>
    </message>
    <message>
        <source>{title} (higher counted as better)</source>
        <translation>{title} (большее считается лучшим)</translation>
    </message>
    <message>
        <source>Scatter plot of the explored combinations</source>
        <translation>Диаграмма рассеяния исследованных комбинаций</translation>
    </message>
    <message>
        <source>Each point is one combination of alignment choices. Blue points are Pareto-efficient on all the objectives run, not only the two shown; click a point to select its combination.</source>
        <translation>Каждая точка — одна комбинация решений об ориентации. Синие точки Парето-эффективны по всем рассчитанным целям, а не только по двум показанным; щёлкните точку, чтобы выбрать её комбинацию.</translation>
    </message>
    <message>
        <source>Dominated</source>
        <translation>Доминируемые</translation>
    </message>
    <message>
        <source>Pareto-efficient (on the objectives that move)</source>
        <translation>Парето-эффективные (по меняющимся целям)</translation>
    </message>
    <message>
        <source>Pareto-efficient (on all objectives)</source>
        <translation type="vanished">Парето-эффективные (по всем целям)</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Текущий сценарий</translation>
    </message>
    <message>
        <source>Best under your weights</source>
        <translation>Лучшие при ваших весах</translation>
    </message>
    <message>
        <source>Hidden by the filter</source>
        <translation>Скрытые фильтром</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Выбранная</translation>
    </message>
    <message>
        <source>Run an exploration to see its combinations here.</source>
        <translation>Запустите исследование, чтобы увидеть здесь его комбинации.</translation>
    </message>
</context>
<context>
    <name>ExplorationTable</name>
    <message>
        <source>{title} (constant)</source>
        <translation>{title} (постоянна)</translation>
    </message>
    <message>
        <source>Takes the same value in every combination: it cannot trade off against anything, so it is left out of the Pareto front and of the weightings</source>
        <translation>Принимает одно и то же значение во всех комбинациях: ничем не уравновешивается, поэтому не входит ни в расчёт фронта Парето, ни в наборы весов</translation>
    </message>
    <message>
        <source>keeps</source>
        <translation>сохраняет</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>выходит</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>вступает</translation>
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
        <translation>да</translation>
    </message>
    <message>
        <source>Ranks first under {share:.1%} of the sampled weightings of the objectives</source>
        <translation>Первая при {share:.1%} случайных наборов весов целей</translation>
    </message>
    <message>
        <source>Whether {state} keeps its standing in {bloc} or flips it</source>
        <translation>Сохраняет ли {state} своё положение в {bloc} или меняет его на противоположное</translation>
    </message>
    <message>
        <source>Pareto-efficient: no other combination is at least as good on every objective and better on one</source>
        <translation>Парето-эффективная: нет другой комбинации, не худшей по каждой цели и лучшей хотя бы по одной</translation>
    </message>
    <message>
        <source>Efficient</source>
        <translation>Эффективна</translation>
    </message>
    <message>
        <source>Share of randomly sampled weightings of the objectives under which this combination ranks first: the robust winners rank first under many</source>
        <translation>Доля случайных наборов весов целей, при которых эта комбинация первая: устойчивые победители первые при многих</translation>
    </message>
    <message>
        <source>Ranks first</source>
        <translation>Первое место</translation>
    </message>
    <message>
        <source>Score under the weights set on the sliders: the weighted mean of the objectives, each scaled from 0 (the worst combination on it) to 1 (the best); higher is better</source>
        <translation>Оценка при весах, заданных ползунками: взвешенное среднее целей, каждая приведена к шкале от 0 (худшая комбинация по ней) до 1 (лучшая); больше — лучше</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Share of draws of the weights, constants and estimated data over their plausible ranges in which this combination is Pareto-efficient: near 100% it is on the front whatever the estimates</source>
        <translation>Доля выборок весов, констант и оценочных данных в пределах их правдоподобных диапазонов, в которых эта комбинация Парето-эффективна: около 100% — она на границе при любых оценках</translation>
    </message>
    <message>
        <source>On the front</source>
        <translation>На границе</translation>
    </message>
    <message>
        <source>How many tensions (the warnings of the scenario&apos;s check) the combination holds: 0 is consistent, fewer is better</source>
        <translation>Сколько противоречий (предупреждений проверки сценария) в комбинации: 0 — согласованная, чем меньше, тем лучше</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Противоречия</translation>
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <source>Explore combinations</source>
        <translation>Исследование комбинаций</translation>
    </message>
    <message>
        <source>Explore combinations of alignment choices</source>
        <translation>Исследовать комбинации решений об ориентации</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>States to explore</source>
        <translation>Исследуемые государства</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment is evaluated for the checked states (at most {max}).</source>
        <translation type="vanished">Для отмеченных государств (не более {max}) оценивается каждая комбинация ориентаций: курс на Россию, курс на Китай, многовекторность.</translation>
    </message>
    <message>
        <source>Number of combinations</source>
        <translation>Число комбинаций</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Objective indicators</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <source>The indicators a combination is judged on, averaged over the checked states (at least {min}).</source>
        <translation type="vanished">Показатели, по которым оценивается комбинация, усреднённые по отмеченным государствам (не менее {min}).</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment (and West-oriented, if asked) is evaluated for the checked states (at most {limit:,} combinations). Beyond {max:,} the run is streamed: the results keep the Pareto front and the best combinations on each objective.</source>
        <translation>Для отмеченных государств оценивается каждая комбинация курсов на Россию, на Китай и многовекторного (и курса на Запад, если он выбран); не более {limit:,} комбинаций. Свыше {max:,} расчёт идёт потоком: в результатах остаются граница Парето и лучшие комбинации по каждой цели.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Evaluate every combination (Ctrl+Return)</source>
        <translation>Оценить все комбинации (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Run the exploration</source>
        <translation>Запустить исследование</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the running exploration (Esc)</source>
        <translation>Остановить выполняемое исследование (Esc)</translation>
    </message>
    <message>
        <source>Cancel the exploration</source>
        <translation>Отменить исследование</translation>
    </message>
    <message>
        <source>Progress of the exploration</source>
        <translation>Ход исследования</translation>
    </message>
    <message>
        <source>Why the exploration cannot run</source>
        <translation>Почему исследование нельзя запустить</translation>
    </message>
    <message>
        <source>Exploration status</source>
        <translation>Состояние исследования</translation>
    </message>
    <message>
        <source>Too many states: at most {max} can be explored at once ({count:,} combinations, about {megabytes:,} MB of memory, would not fit in a readable chart). Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation type="vanished">Слишком много государств: одновременно можно исследовать не более {max} ({count:,} комбинаций, около {megabytes:,} МБ памяти, не уместятся в читаемой диаграмме). Исследуйте выборку: меньше государств за раз, закрепив выбор остальных в сценарии.</translation>
    </message>
    <message>
        <source>Objective on the horizontal axis</source>
        <translation>Цель по горизонтальной оси</translation>
    </message>
    <message>
        <source>Objective on the vertical axis</source>
        <translation>Цель по вертикальной оси</translation>
    </message>
    <message>
        <source>The objective shown across</source>
        <translation>Цель, показанная по горизонтали</translation>
    </message>
    <message>
        <source>The objective shown upwards</source>
        <translation>Цель, показанная по вертикали</translation>
    </message>
    <message>
        <source>&amp;Across:</source>
        <translation>По &amp;горизонтали:</translation>
    </message>
    <message>
        <source>&amp;Up:</source>
        <translation>По &amp;вертикали:</translation>
    </message>
    <message>
        <source>&amp;Consistent only</source>
        <translation>Только &amp;согласованные</translation>
    </message>
    <message>
        <source>Show only the combinations without tensions</source>
        <translation>Показывать только комбинации без противоречий</translation>
    </message>
    <message>
        <source>How many combinations are consistent</source>
        <translation>Сколько комбинаций согласованы</translation>
    </message>
    <message>
        <source>Show only the combinations in the box</source>
        <translation>Показывать только комбинации области</translation>
    </message>
    <message>
        <source>How the combinations were judged</source>
        <translation>Как оценивались комбинации</translation>
    </message>
    <message>
        <source>Combinations, robust winners first</source>
        <translation>Комбинации, сначала устойчивые победители</translation>
    </message>
    <message>
        <source>All combinations, those ranking first under the most weightings of the objectives on top. Click a column header to sort; double-click a row to open it.</source>
        <translation>Все комбинации; сверху — первые при наибольшем числе наборов весов целей. Щёлкните заголовок столбца для сортировки; дважды щёлкните строку, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Представления результатов</translation>
    </message>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Фронт</translation>
    </message>
    <message>
        <source>&amp;Drivers</source>
        <translation>&amp;Факторы</translation>
    </message>
    <message>
        <source>Which choice moves each objective most (share of its variance)</source>
        <translation>Какой выбор сильнее всего сдвигает каждую цель (доля её дисперсии)</translation>
    </message>
    <message>
        <source>The selected combination</source>
        <translation>Выбранная комбинация</translation>
    </message>
    <message>
        <source>Open as scenario</source>
        <translation>Открыть как сценарий</translation>
    </message>
    <message>
        <source>Open the selected combination as a scenario</source>
        <translation>Открыть выбранную комбинацию как сценарий</translation>
    </message>
    <message>
        <source>Open the selected combination as a new scenario: its alignment choices on top of the scenario that was explored</source>
        <translation>Открыть выбранную комбинацию как новый сценарий: её решения об ориентации поверх исследованного сценария</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the dialog (a running exploration stops)</source>
        <translation>Закрыть окно (выполняемое исследование остановится)</translation>
    </message>
    <message>
        <source>Every combination of Russia-led, China-centred and multi-vector alignment (and West-oriented, if asked) is evaluated for the checked states (at most {max:,} combinations).</source>
        <translation type="vanished">Для отмеченных государств оценивается каждая комбинация курсов на Россию, на Китай и многовекторного (и курса на Запад, если он выбран); не более {max:,} комбинаций.</translation>
    </message>
    <message>
        <source>The indicators a combination is judged on, combined over the checked states as chosen under Judging (at least {min}).</source>
        <translation>Показатели, по которым оценивается комбинация; по отмеченным государствам они сводятся так, как выбрано в разделе «Оценка» (не меньше {min}).</translation>
    </message>
    <message>
        <source>Lower is better: the exploration minimises it.</source>
        <translation>Меньше — лучше: исследование минимизирует показатель.</translation>
    </message>
    <message>
        <source>Higher is better: the exploration maximises it.</source>
        <translation>Больше — лучше: исследование максимизирует показатель.</translation>
    </message>
    <message>
        <source>Neither direction is better in itself; the exploration counts higher as better.</source>
        <translation>Ни одно направление само по себе не лучше; исследование считает большее лучшим.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Check at least one state.</source>
        <translation>Отметьте хотя бы одно государство.</translation>
    </message>
    <message>
        <source>Too many states: at most {max} can be explored at once ({count:,} combinations would not fit in a readable chart).</source>
        <translation type="vanished">Слишком много государств: за раз можно исследовать не более {max} ({count:,} комбинаций не уместятся в читаемой диаграмме).</translation>
    </message>
    <message>
        <source>Check at least {min} objectives: with fewer there is no trade-off to explore.</source>
        <translation>Отметьте не менее {min} целей: при меньшем числе нет компромисса для исследования.</translation>
    </message>
    <message>
        <source>Check the states whose alignment may change.</source>
        <translation>Отметьте государства, ориентация которых может меняться.</translation>
    </message>
    <message>
        <source>{states} states: too many, at most {max}.</source>
        <translation>Государств: {states} — слишком много, не более {max}.</translation>
    </message>
    <message>
        <source>{count:,} combinations ({choices}^{states} × 2^{toggles})</source>
        <translation>{count:,} комбинаций ({choices}^{states} × 2^{toggles})</translation>
    </message>
    <message>
        <source>{count:,} combinations ({choices}^{states})</source>
        <translation>Комбинаций: {count:,} ({choices}^{states})</translation>
    </message>
    <message>
        <source>More than {max:,}: streamed, the results keep the Pareto front and the best on each objective.</source>
        <translation>Больше {max:,}: расчёт потоком, в результатах остаются граница Парето и лучшие по каждой цели.</translation>
    </message>
    <message>
        <source>Check at least {min} objectives.</source>
        <translation>Отметьте не менее {min} целей.</translation>
    </message>
    <message>
        <source>{count} objectives</source>
        <translation>Целей: {count}</translation>
    </message>
    <message>
        <source>What to explore</source>
        <translation>Что исследовать</translation>
    </message>
    <message>
        <source>Evaluating {count:,} combinations…</source>
        <translation>Оценка комбинаций: {count:,}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled: no results.</source>
        <translation>Отменено: результатов нет.</translation>
    </message>
    <message>
        <source>{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient.</source>
        <translation>Оценено комбинаций: {count:,} за {seconds:.1f} с; Парето-эффективных: {front:,}.</translation>
    </message>
    <message>
        <source>{count:,} combinations evaluated in {seconds:.1f} s; {front:,} are Pareto-efficient; front tested against {draws:,} draws of the estimates in {drawn:.1f} s.</source>
        <translation>{count:,} комбинаций оценено за {seconds:.1f} с; {front:,} эффективны по Парето; фронт проверен на {draws:,} выборках оценок за {drawn:.1f} с.</translation>
    </message>
    <message>
        <source>The exploration failed: {error}</source>
        <translation>Исследование не удалось: {error}</translation>
    </message>
    <message>
        <source>West-oriented was tried besides the three usual choices.</source>
        <translation>Помимо трёх обычных вариантов опробован курс на Запад.</translation>
    </message>
    <message>
        <source>Constant in every combination, so left out of the Pareto front and the weightings: {objectives}.</source>
        <translation>Постоянны во всех комбинациях и потому не учитываются во фронте Парето и наборах весов: {objectives}.</translation>
    </message>
    <message>
        <source>Combination {row:,} of {total:,}</source>
        <translation>Комбинация {row:,} из {total:,}</translation>
    </message>
    <message>
        <source>Pareto-efficient</source>
        <translation>Парето-эффективна</translation>
    </message>
    <message>
        <source>dominated</source>
        <translation>доминируема</translation>
    </message>
    <message>
        <source>ranks first under {share} of weightings</source>
        <translation>первая при {share} наборов весов</translation>
    </message>
    <message>
        <source>never ranks first</source>
        <translation>никогда не первая</translation>
    </message>
    <message>
        <source>on the front in {share} of the draws of the estimates</source>
        <translation>на границе в {share} выборок оценок</translation>
    </message>
    <message>
        <source>change against the current scenario in brackets</source>
        <translation>в скобках — изменение относительно текущего сценария</translation>
    </message>
    <message>
        <source>Explored: {choices}</source>
        <translation>Исследовано: {choices}</translation>
    </message>
    <message>
        <source>It is Pareto-efficient</source>
        <translation>Парето-эффективна</translation>
    </message>
    <message>
        <source>It is dominated</source>
        <translation>Доминируема</translation>
    </message>
    <message>
        <source>Combination {row} of {total} from an exploration of “{base}” on {objectives}. {efficiency} and ranks first under {share:.1%} of sampled weightings.</source>
        <translation>Комбинация {row} из {total} из исследования «{base}» по целям: {objectives}. {efficiency}; первая при {share:.1%} случайных наборов весов.</translation>
    </message>
    <message>
        <source>The scenario changed since this exploration: run again to explore it. Opening a combination still builds on the scenario explored.</source>
        <translation>Сценарий изменился после этого исследования: запустите его снова. Открытая комбинация по-прежнему строится на исследованном сценарии.</translation>
    </message>
    <message>
        <source>Each objective is the value of the state that fares worst on it, among {states} (the worst state may differ from one objective to the next).</source>
        <translation>Каждая цель — значение того государства из {states}, которому по ней хуже всего (для разных целей это могут быть разные государства).</translation>
    </message>
    <message>
        <source>Each objective is the value for {name} alone; the other states&apos; choices count through the blocs they share with it.</source>
        <translation>Каждая цель — значение только для государства {name}; выбор остальных влияет через общие с ним блоки.</translation>
    </message>
    <message>
        <source>Each objective is the mean over {count} states: {states}.</source>
        <translation>Каждая цель — среднее по государствам ({count}): {states}.</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>How objectives combine over the states</source>
        <translation>Как цели сводятся по государствам</translation>
    </message>
    <message>
        <source>How each objective is made from the explored states&apos; values: their mean, the worst state on that objective, or one state&apos;s value alone</source>
        <translation>Как каждая цель получается из значений исследуемых государств: их среднее, худшее государство по этой цели или значение одного государства</translation>
    </message>
    <message>
        <source>Also try West-oriented</source>
        <translation>Пробовать и курс на Запад</translation>
    </message>
    <message>
        <source>Also try the West-oriented alignment</source>
        <translation>Пробовать также курс на Запад</translation>
    </message>
    <message>
        <source>Add West-oriented (towards the EU and NATO) to the alignments tried: four choices per state instead of three, so fewer states fit in one run</source>
        <translation>Добавить курс на Запад (к ЕС и НАТО) к пробуемым вариантам: четыре варианта на государство вместо трёх, поэтому за один запуск помещается меньше государств</translation>
    </message>
    <message>
        <source>Test the front against the estimates</source>
        <translation>Проверить границу на устойчивость к оценкам</translation>
    </message>
    <message>
        <source>After the run, draw the weights, constants and estimated data 1,000 times over their plausible ranges and count how often each combination stays Pareto-efficient (slower: every combination is evaluated once per draw)</source>
        <translation>После расчёта 1 000 раз выбрать веса, константы и оценочные данные в пределах их правдоподобных диапазонов и подсчитать, как часто каждая комбинация остаётся Парето-эффективной (медленнее: каждая комбинация вычисляется заново для каждой выборки)</translation>
    </message>
    <message>
        <source>&amp;Combine by:</source>
        <translation>&amp;Сводить:</translation>
    </message>
    <message>
        <source>Mean over the states</source>
        <translation>Среднее по государствам</translation>
    </message>
    <message>
        <source>Worst state</source>
        <translation>Худшее государство</translation>
    </message>
    <message>
        <source>{name} only</source>
        <translation>Только {name}</translation>
    </message>
    <message>
        <source>Combinations or scenario discovery</source>
        <translation>Комбинации или поиск сценариев</translation>
    </message>
    <message>
        <source>Co&amp;mbinations</source>
        <translation>Ко&amp;мбинации</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Поиск областей</translation>
    </message>
    <message>
        <source>{state} leaves or stays in {bloc}</source>
        <translation>{state}: выходит из {bloc} или остаётся</translation>
    </message>
    <message>
        <source>{state} joins or stays out of {bloc}</source>
        <translation>{state}: вступает в {bloc} или остаётся вне</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Membership toggles: each checked toggle doubles the combinations, with the state keeping its standing in the bloc or flipping it (leaving if in, joining if out)</source>
        <translation>Переключатели членства: каждый отмеченный удваивает число комбинаций — государство либо сохраняет своё положение в блоке, либо меняет его (выходит, если состоит, вступает, если нет)</translation>
    </message>
    <message>
        <source>State of the membership toggle</source>
        <translation>Государство переключателя членства</translation>
    </message>
    <message>
        <source>Bloc of the membership toggle</source>
        <translation>Блок переключателя членства</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the membership toggle</source>
        <translation>Добавить переключатель членства</translation>
    </message>
    <message>
        <source>Add the chosen state and bloc to the toggles run</source>
        <translation>Добавить выбранные государство и блок к переключателям расчёта</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected membership toggle</source>
        <translation>Убрать выбранный переключатель членства</translation>
    </message>
    <message>
        <source>Membership toggles</source>
        <translation>Переключатели членства</translation>
    </message>
    <message>
        <source>in</source>
        <translation>в</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Drag a weight to rank the combinations by your own weighting of the objectives: the score is the weighted mean of each objective scaled from 0 (the worst combination on it) to 1 (the best)</source>
        <translation>Передвиньте вес, чтобы упорядочить комбинации по вашему взвешиванию целей: оценка — взвешенное среднее целей, каждая приведена к шкале от 0 (худшая комбинация по ней) до 1 (лучшая)</translation>
    </message>
    <message>
        <source>Run an exploration to weigh its objectives.</source>
        <translation>Запустите исследование, чтобы взвесить его цели.</translation>
    </message>
    <message>
        <source>Robust winners first</source>
        <translation>Сначала устойчивые лидеры</translation>
    </message>
    <message>
        <source>Order the table by the robust winners again</source>
        <translation>Снова упорядочить таблицу по устойчивым лидерам</translation>
    </message>
    <message>
        <source>Put the weights back and order the table by the share of weightings ranking first</source>
        <translation>Вернуть веса и упорядочить таблицу по доле взвешиваний, при которых комбинация первая</translation>
    </message>
    <message>
        <source>Weight of {objective}</source>
        <translation>Вес цели «{objective}»</translation>
    </message>
    <message>
        <source>Weight of {objective}: 0 ignores it, 100 counts it most</source>
        <translation>Вес цели «{objective}»: 0 — не учитывать, 100 — учитывать сильнее всего</translation>
    </message>
</context>
<context>
    <name>ExploreDrivers</name>
    <message>
        <source>{state} (alignment)</source>
        <translation>{state} (ориентация)</translation>
    </message>
    <message>
        <source>{state} in {bloc} (joins or stays out)</source>
        <translation>{state} в {bloc} (вступает или остаётся вне)</translation>
    </message>
    <message>
        <source>{state} in {bloc} (leaves or stays)</source>
        <translation>{state} в {bloc} (выходит или остаётся)</translation>
    </message>
    <message>
        <source>{factor} → {objective}
Total share of the variance: {total:.0%} (with the interactions it takes part in)
First-order share: {first:.0%} (this choice alone)</source>
        <translation>{factor} → {objective}
Полная доля дисперсии: {total:.0%} (вместе с взаимодействиями, в которых участвует выбор)
Доля первого порядка: {first:.0%} (только этот выбор)</translation>
    </message>
    <message>
        <source>Constant in every combination: no choice moves it.</source>
        <translation>Постоянна во всех комбинациях: никакой выбор её не сдвигает.</translation>
    </message>
    <message>
        <source>{title}: constant in every combination, no choice moves it</source>
        <translation type="vanished">{title}: постоянна во всех комбинациях, никакой выбор её не сдвигает</translation>
    </message>
    <message>
        <source>{value} ({unit}) in every combination: no choice moves it, so there is no variance to share out and every cell shows –</source>
        <translation>{value} ({unit}) во всех комбинациях: ни один выбор её не меняет, делить нечего — дисперсии нет, и в каждой ячейке стоит –</translation>
    </message>
    <message>
        <source>spread {width} ({unit}): from {low} to {high} over the combinations; the shares split this variance</source>
        <translation>разброс {width} ({unit}): от {low} до {high} по всем комбинациям; доли делят именно эту дисперсию</translation>
    </message>
    <message>
        <source>&amp;Total share</source>
        <translation>&amp;Полная доля</translation>
    </message>
    <message>
        <source>Each choice&apos;s share with every interaction it takes part in</source>
        <translation>Доля каждого выбора вместе со всеми взаимодействиями, в которых он участвует</translation>
    </message>
    <message>
        <source>&amp;First-order share</source>
        <translation>Доля &amp;первого порядка</translation>
    </message>
    <message>
        <source>Each choice&apos;s share alone, without interactions</source>
        <translation>Доля каждого выбора самого по себе, без взаимодействий</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Drivers: choices by objectives</source>
        <translation>Факторы: выборы по целям</translation>
    </message>
    <message>
        <source>What the colours of the drivers mean</source>
        <translation>Что означают цвета факторов</translation>
    </message>
    <message>
        <source>Run an exploration to see which choices drive each objective.</source>
        <translation>Запустите исследование, чтобы увидеть, какие выборы движут каждой целью.</translation>
    </message>
    <message>
        <source>Colour and number: the choice&apos;s total share of the objective&apos;s variance over all combinations, 0 to 1 (with the interactions it takes part in). Higher means this choice matters more for that objective.</source>
        <translation>Цвет и число: полная доля выбора в дисперсии цели по всем комбинациям, от 0 до 1 (вместе с взаимодействиями, в которых он участвует). Больше — значит, этот выбор важнее для этой цели.</translation>
    </message>
    <message>
        <source>Colour and number: the choice&apos;s first-order share of the objective&apos;s variance over all combinations, 0 to 1 (the choice alone). Higher means this choice matters more for that objective.</source>
        <translation>Цвет и число: доля первого порядка выбора в дисперсии цели по всем комбинациям, от 0 до 1 (только этот выбор). Больше — значит, этот выбор важнее для этой цели.</translation>
    </message>
    <message>
        <source>An objective&apos;s name says, when you point at it, how far the objective moves: a large share of a small spread is still a small effect.</source>
        <translation>Наведите указатель на название цели, чтобы увидеть, насколько она меняется: большая доля малого разброса — всё равно малый эффект.</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>&lt;b&gt;Memberships:&lt;/b&gt; in the matrix, double-click a state&apos;s cell of a bloc (or press Space) to join or leave it; right-click the cell for every status. Each edit recomputes at once and can be undone (Ctrl+Z).</source>
        <translation>&lt;b&gt;Членство:&lt;/b&gt; в матрице членства дважды щёлкните ячейку государства в столбце блока (или нажмите Пробел), чтобы вступить в блок или выйти из него; правый щелчок по ячейке предлагает все статусы. Каждая правка пересчитывается сразу и отменяется (Ctrl+Z).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignments:&lt;/b&gt; in the Alignment panel, choose a state&apos;s alignment (Russia-led, China-centred, multi-vector, West-oriented); the label beside it names the baseline.</source>
        <translation>&lt;b&gt;Ориентации:&lt;/b&gt; на панели «Ориентация» выберите ориентацию государства (курс на Россию, курс на Китай, многовекторность, курс на Запад); подпись рядом называет базовую.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators:&lt;/b&gt; the table shows the selected state&apos;s figures, the change coloured by whether it is better (blue ▲) or worse (orange ▼) for the state; Show: switches to all states, the blocs or the region.</source>
        <translation>&lt;b&gt;Показатели:&lt;/b&gt; таблица показывает значения выбранного государства, изменение окрашено по тому, лучше (синий ▲) или хуже (оранжевый ▼) оно для государства; «Показать:» переключает на все государства, блоки или регион.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakdown:&lt;/b&gt; double-click an indicator row, a chart bar or a state on the map to see the change step by step, each step with its inputs and sources.</source>
        <translation>&lt;b&gt;Разложение:&lt;/b&gt; дважды щёлкните строку показателя, столбик диаграммы или государство на карте, чтобы увидеть изменение по шагам, каждый шаг с исходными данными и источниками.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arguments:&lt;/b&gt; the panel leads with the choices the scenario changes, the arguments for and against them with their strength, source and quote.</source>
        <translation>&lt;b&gt;Аргументы:&lt;/b&gt; панель начинается с выборов, которые меняет сценарий, и аргументов за и против них с силой, источником и цитатой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who else moves:&lt;/b&gt; the tab behind Indicators lists the other states and blocs the edit moves by at least the smallest move you set.</source>
        <translation>&lt;b&gt;Кого ещё затрагивает:&lt;/b&gt; вкладка за «Показателями» перечисляет другие государства и блоки, которые правка сдвигает не меньше заданного наименьшего изменения.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; (Scenario menu, Ctrl+Shift+C): the open scenarios side by side, measured against the one chosen as Reference.</source>
        <translation>&lt;b&gt;Сравнение&lt;/b&gt; (меню «Сценарий», Ctrl+Shift+C): открытые сценарии рядом, измеренные относительно выбранного опорным.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Explore&lt;/b&gt; (Scenario menu, Ctrl+Shift+E): every combination of alignment choices of the states you pick, and the ones no other combination beats.</source>
        <translation>&lt;b&gt;Исследование&lt;/b&gt; (меню «Сценарий», Ctrl+Shift+E): все комбинации ориентаций выбранных государств и те, которые не превосходит ни одна другая.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report:&lt;/b&gt; File &amp;gt; Export report (PDF) writes the scenario, its largest changes, who else moves and the breakdowns; Scenario properties (F2) holds the notes it prints.</source>
        <translation>&lt;b&gt;Отчёт:&lt;/b&gt; «Файл &amp;gt; Экспорт отчёта (PDF)» записывает сценарий, его крупнейшие изменения, кого ещё затрагивает и разложения; «Свойства сценария» (F2) хранят заметки, которые попадут в отчёт.</translation>
    </message>
    <message>
        <source>A scenario is the baseline year plus your edits. Select a state in the matrix, then:</source>
        <translation>Сценарий — это базовый год плюс ваши правки. Выберите государство в матрице, затем:</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Первые шаги</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>What changes for {state}</source>
        <translation>Что меняется для: {state}</translation>
    </message>
    <message>
        <source>Where {state} stands (this step changes none of its indicators)</source>
        <translation>Где находится {state} (этот шаг не меняет ни одного показателя)</translation>
    </message>
    <message>
        <source>Indicator (index 0–100)</source>
        <translation>Показатель (индекс 0–100)</translation>
    </message>
    <message>
        <source>Baseline {year}</source>
        <translation>База {year}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change (▲ better, ▼ worse)</source>
        <translation>Изменение (▲ лучше, ▼ хуже)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Не записано.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The room&apos;s view ({total} votes)</source>
        <translation>Мнение аудитории (голосов: {total})</translation>
    </message>
    <message>
        <source>{deck} · step {number} of {count}</source>
        <translation>{deck} · шаг {number} из {count}</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Первые шаги</translation>
    </message>
    <message>
        <source>The analyst&apos;s loop in a few lines</source>
        <translation>Работа аналитика в нескольких строках</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>&amp;About Regio Desktop</source>
        <translation>&amp;О программе Regio Desktop</translation>
    </message>
    <message>
        <source>Version, licence and the sources of the data</source>
        <translation>Версия, лицензия и источники данных</translation>
    </message>
    <message>
        <source>About Regio Desktop</source>
        <translation type="vanished">О программе Regio Desktop</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Scenarios of Eurasian regionalism: memberships, alignments, indicators and the arguments of the literature.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Data: GDP and population from the World Bank, World Development Indicators, via the Open Knowledge Foundation (public domain, ODC-PDDL); country outlines from Natural Earth (public domain); memberships, arguments and sources as cited in the library.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Regio Desktop {version}&lt;/h3&gt;&lt;p&gt;Сценарии евразийского регионализма: членство, ориентация, показатели и аргументы из литературы.&lt;/p&gt;&lt;p&gt;Лицензия: MIT.&lt;/p&gt;&lt;p&gt;Данные: ВВП и население — Всемирный банк, World Development Indicators, через Open Knowledge Foundation (общественное достояние, ODC-PDDL); контуры стран — Natural Earth (общественное достояние); членство, аргументы и источники — по ссылкам, указанным в библиотеке.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
</context>
<context>
    <name>IndicatorComparisonModel</name>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Единица: {unit}</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”</source>
        <translation>Изменение от «{reference}» к «{name}»</translation>
    </message>
    <message>
        <source>Better for the state</source>
        <translation>Лучше для государства</translation>
    </message>
    <message>
        <source>Worse for the state</source>
        <translation>Хуже для государства</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>{name}, baseline {year}</source>
        <translation>{name}, база {year}</translation>
    </message>
    <message>
        <source>Reference: the changes are measured against it</source>
        <translation>Опорный: изменения отсчитываются от него</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”: blue ▲ is better for the state, orange ▼ is worse; dependence and bloc figures have no better direction</source>
        <translation>Изменение от «{reference}» к «{name}»: синий ▲ — лучше для государства, оранжевый ▼ — хуже; у зависимостей и показателей блоков лучшего направления нет</translation>
    </message>
    <message>
        <source>Change from “{reference}” to “{name}”: green is better for the state, red is worse; dependence and bloc figures have no better direction</source>
        <translation type="vanished">Изменение от «{reference}» к «{name}»: зелёный — лучше для государства, красный — хуже; у зависимостей и показателей блоков нет лучшего направления</translation>
    </message>
</context>
<context>
    <name>IndicatorShort</name>
    <message>
        <source>Market access</source>
        <translation>Доступ к рынкам</translation>
    </message>
    <message>
        <source>Dep. on Russia</source>
        <translation>Завис. от России</translation>
    </message>
    <message>
        <source>Dep. on China</source>
        <translation>Завис. от Китая</translation>
    </message>
    <message>
        <source>Dep. on the West</source>
        <translation>Завис. от Запада</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Транзит</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>GDP</source>
        <translation>ВВП</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <source>Dominance</source>
        <translation>Доминирование</translation>
    </message>
    <message>
        <source>Cohesion</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>States: Russia-led</source>
        <translation>Государства: на Россию</translation>
    </message>
    <message>
        <source>States: China-centred</source>
        <translation>Государства: на Китай</translation>
    </message>
    <message>
        <source>States: multi-vector</source>
        <translation>Государства: многовект.</translation>
    </message>
    <message>
        <source>States: West-oriented</source>
        <translation>Государства: на Запад</translation>
    </message>
    <message>
        <source>Population: Russia-led</source>
        <translation>Население: на Россию</translation>
    </message>
    <message>
        <source>Population: China-centred</source>
        <translation>Население: на Китай</translation>
    </message>
    <message>
        <source>Population: multi-vector</source>
        <translation>Население: многовект.</translation>
    </message>
    <message>
        <source>Population: West-oriented</source>
        <translation>Население: на Запад</translation>
    </message>
    <message>
        <source>GDP: Russia-led</source>
        <translation>ВВП: на Россию</translation>
    </message>
    <message>
        <source>GDP: China-centred</source>
        <translation>ВВП: на Китай</translation>
    </message>
    <message>
        <source>GDP: multi-vector</source>
        <translation>ВВП: многовект.</translation>
    </message>
    <message>
        <source>GDP: West-oriented</source>
        <translation>ВВП: на Запад</translation>
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
        <translation>Регион</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Единица: {unit}</translation>
    </message>
    <message>
        <source>Change: {judgement}</source>
        <translation>Изменение: {judgement}</translation>
    </message>
    <message>
        <source>Double-click for the breakdown of the change.</source>
        <translation>Дважды щёлкните, чтобы разложить изменение.</translation>
    </message>
    <message>
        <source>▲ the change is better for the state, ▼ worse; ↑ higher is better, ↓ lower is better, – no better direction (dependences, blocs, the region)</source>
        <translation>▲ изменение лучше для государства, ▼ хуже; ↑ чем выше, тем лучше, ↓ чем ниже, тем лучше, – лучшего направления нет (зависимости, блоки, регион)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>Selected state</source>
        <translation>Выбранное государство</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>{state}, baseline {year}</source>
        <translation>{state}, база {year}</translation>
    </message>
    <message>
        <source>baseline {year}</source>
        <translation>база {year}</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Preferential market access</source>
        <translation>Преференциальный доступ к рынкам</translation>
    </message>
    <message>
        <source>Dependence on Russia</source>
        <translation>Зависимость от России</translation>
    </message>
    <message>
        <source>Dependence on China</source>
        <translation>Зависимость от Китая</translation>
    </message>
    <message>
        <source>Dependence on the West</source>
        <translation>Зависимость от Запада</translation>
    </message>
    <message>
        <source>Sanctions exposure</source>
        <translation>Санкционные риски</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Автономия</translation>
    </message>
    <message>
        <source>Security coverage</source>
        <translation>Гарантии безопасности</translation>
    </message>
    <message>
        <source>Diversification</source>
        <translation>Диверсификация</translation>
    </message>
    <message>
        <source>Transit and connectivity</source>
        <translation>Транзит и связанность</translation>
    </message>
    <message>
        <source>Full members</source>
        <translation>Полноправные члены</translation>
    </message>
    <message>
        <source>Combined GDP</source>
        <translation>Совокупный ВВП</translation>
    </message>
    <message>
        <source>Combined population</source>
        <translation>Совокупное население</translation>
    </message>
    <message>
        <source>Dominance of the largest member</source>
        <translation>Доминирование крупнейшего члена</translation>
    </message>
    <message>
        <source>Cohesion of alignments</source>
        <translation>Согласованность ориентаций</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, Russia-led</source>
        <translation>Государства постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, China-centred</source>
        <translation>Государства постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, multi-vector</source>
        <translation>Государства постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <source>States of the post-Soviet region, West-oriented</source>
        <translation>Государства постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, Russia-led</source>
        <translation>Население постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, China-centred</source>
        <translation>Население постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, multi-vector</source>
        <translation>Население постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <source>Population of the post-Soviet region, West-oriented</source>
        <translation>Население постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, Russia-led</source>
        <translation>ВВП постсоветского региона: курс на Россию</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, China-centred</source>
        <translation>ВВП постсоветского региона: курс на Китай</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, multi-vector</source>
        <translation>ВВП постсоветского региона: многовекторность</translation>
    </message>
    <message>
        <source>GDP of the post-Soviet region, West-oriented</source>
        <translation>ВВП постсоветского региона: курс на Запад</translation>
    </message>
    <message>
        <source>Share of the world&apos;s GDP outside the state that it reaches on preferential terms (customs union, free trade), weighted by each agreement&apos;s depth.</source>
        <translation>Доля мирового ВВП за пределами государства, доступная ему на преференциальных условиях (таможенный союз, свободная торговля), с учётом глубины каждого соглашения.</translation>
    </message>
    <message>
        <source>GDP of the foreign markets the state reaches on preferential terms (customs union, free trade), relative to its own GDP.</source>
        <translation type="vanished">ВВП зарубежных рынков, доступных государству на преференциальных условиях (таможенный союз, свободная торговля), по отношению к его собственному ВВП.</translation>
    </message>
    <message>
        <source>Trade share with Russia, Russia-led bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с Россией, связи через блоки во главе с Россией и ориентация.</translation>
    </message>
    <message>
        <source>Trade share with China, China-led bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с Китаем, связи через блоки во главе с Китаем и ориентация.</translation>
    </message>
    <message>
        <source>Trade share with the EU, UK and USA, Western bloc ties and alignment, weighted.</source>
        <translation>Взвешенная сумма: доля торговли с ЕС, Великобританией и США, связи через западные блоки и ориентация.</translation>
    </message>
    <message>
        <source>How much of the state&apos;s trade, blocs and alignment tie it to sanctioned partners, plus sanctions on the state itself.</source>
        <translation>Насколько торговля, блоки и ориентация государства связывают его с партнёрами под санкциями, а также санкции против самого государства.</translation>
    </message>
    <message>
        <source>Decision-making the state keeps: 100 less what it delegates to blocs, weighted by how dominant each bloc&apos;s largest member is.</source>
        <translation>Свобода решений, которую сохраняет государство: 100 минус то, что оно передаёт блокам, с учётом того, насколько доминирует крупнейший член каждого блока.</translation>
    </message>
    <message>
        <source>Collective-defence commitments and security cooperation the state can rely on, weighted by what its partners bring.</source>
        <translation>Обязательства коллективной обороны и сотрудничество в сфере безопасности, на которые может опереться государство, с учётом того, что вносят его партнёры.</translation>
    </message>
    <message>
        <source>How evenly the state&apos;s ties spread across Russia, China, the West, the Turkic world and others (100 = perfectly even).</source>
        <translation>Насколько равномерно связи государства распределены между Россией, Китаем, Западом, тюркским миром и остальными (100 — полностью равномерно).</translation>
    </message>
    <message>
        <source>Transit corridors the state is on, how open sanctions leave them, and how its blocs and alignment ease them.</source>
        <translation>Транзитные коридоры, проходящие через государство, насколько открытыми их оставляют санкции и насколько их облегчают блоки и ориентация государства.</translation>
    </message>
    <message>
        <source>Number of founding and full members.</source>
        <translation>Число членов-основателей и полноправных членов.</translation>
    </message>
    <message>
        <source>GDP of the full members, current US dollars.</source>
        <translation>ВВП полноправных членов в текущих долларах США.</translation>
    </message>
    <message>
        <source>Population of the full members.</source>
        <translation>Население полноправных членов.</translation>
    </message>
    <message>
        <source>The largest full member&apos;s share of the members&apos; combined GDP.</source>
        <translation>Доля крупнейшего полноправного члена в совокупном ВВП членов.</translation>
    </message>
    <message>
        <source>How much of the members&apos; alignment points to the bloc&apos;s leading pole (or, without one, to their most common pole).</source>
        <translation>Какая часть ориентации членов направлена на ведущий полюс блока (а если его нет — на полюс, самый частый среди членов).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; number in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля постсоветских государств с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; population in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля населения постсоветских государств, приходящаяся на государства с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is Russia-led (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Россию» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is China-centred (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Китай» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is multi-vector (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «многовекторность» (сама Россия относится к курсу на Россию).</translation>
    </message>
    <message>
        <source>Share of the post-Soviet states&apos; GDP in states whose alignment is West-oriented (Russia itself counts as Russia-led).</source>
        <translation>Доля ВВП постсоветских государств, приходящаяся на государства с ориентацией «курс на Запад» (сама Россия относится к курсу на Россию).</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Team database: {address}</source>
        <translation>Командная база данных: {address}</translation>
    </message>
    <message>
        <source>Regio Desktop</source>
        <translation>Regio Desktop</translation>
    </message>
    <message>
        <source>Your profile folder cannot be used.</source>
        <translation>Папка вашего профиля недоступна.</translation>
    </message>
    <message>
        <source>{reason}

You can open Regio Desktop read-only: scenarios and the library work, but arguments and sources you add or change are not saved.</source>
        <translation>{reason}

Regio Desktop можно открыть только для чтения: сценарии и библиотека работают, но добавленные или изменённые вами аргументы и источники не сохраняются.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
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
    <name>LiveWindow</name>
    <message>
        <source>⚠ Offline</source>
        <translation>⚠ Нет связи</translation>
    </message>
    <message>
        <source>The team database {database} does not announce changes yet, so this window shows others&apos; changes only when it reads again. Its owner can add the announcements with “regio-desktop db upgrade”.</source>
        <translation>Командная база данных {database} пока не сообщает об изменениях, поэтому это окно показывает чужие изменения только при следующем чтении. Её владелец может включить оповещения командой «regio-desktop db upgrade».</translation>
    </message>
    <message>
        <source>“{name}” version {version} was saved to the team database by {who}.</source>
        <translation>«{name}», версия {version}, сохранён в командной базе данных пользователем {who}.</translation>
    </message>
    <message>
        <source>Updated from the team database: {count} record(s) changed by {who}.</source>
        <translation>Обновлено из командной базы данных: изменено записей — {count} (кем: {who}).</translation>
    </message>
    <message>
        <source>{who} deleted {id} from the team database after you opened it. Your edits here are kept, but saving them is refused: copy what you want to keep.</source>
        <translation>{who} удалил(а) {id} из командной базы данных после того, как вы открыли запись. Ваши правки здесь сохранены, но сохранить их не получится: скопируйте то, что хотите оставить.</translation>
    </message>
    <message>
        <source>{who} changed {id} in the team database after you opened it. Your edits here are kept and nothing was overwritten: check their version before you save.</source>
        <translation>{who} изменил(а) {id} в командной базе данных после того, как вы открыли запись. Ваши правки здесь сохранены, ничего не перезаписано: сверьтесь с их версией, прежде чем сохранять.</translation>
    </message>
    <message>
        <source>Offline: the team database server {server} cannot be reached.</source>
        <translation>Нет связи: сервер командной базы данных {server} недоступен.</translation>
    </message>
    <message>
        <source>Reconnected to the team database server {server}.</source>
        <translation>Связь с сервером командной базы данных {server} восстановлена.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Аргументы</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
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
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Who else moves</source>
        <translation>Кого ещё затрагивает</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Arguments library</source>
        <translation>Библиотека аргументов</translation>
    </message>
    <message>
        <source>Source reader</source>
        <translation>Чтение источников</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разложение</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close Regio Desktop (asks about unsaved scenarios)</source>
        <translation>Закрыть Regio Desktop (с вопросом о несохранённых сценариях)</translation>
    </message>
    <message>
        <source>Take back the last edit of the scenario</source>
        <translation type="vanished">Отменить последнее изменение сценария</translation>
    </message>
    <message>
        <source>Take back the last edit: of the scenario, or of the arguments in the Library</source>
        <translation>Отменить последнее изменение: сценария или, в библиотеке, аргументов</translation>
    </message>
    <message>
        <source>Do again the edit last taken back</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <source>Language of the window and of state and bloc names</source>
        <translation>Язык окна и названий государств и блоков</translation>
    </message>
    <message>
        <source>&amp;Compare scenarios…</source>
        <translation>&amp;Сравнить сценарии…</translation>
    </message>
    <message>
        <source>Two to four open scenarios side by side: deltas, changes, arguments</source>
        <translation>От двух до четырёх открытых сценариев рядом: разницы, изменения, аргументы</translation>
    </message>
    <message>
        <source>Compare scenarios (Ctrl+Shift+C)</source>
        <translation type="vanished">Сравнить сценарии (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>E&amp;xplore combinations…</source>
        <translation>&amp;Исследовать комбинации…</translation>
    </message>
    <message>
        <source>Evaluate every combination of alignment choices for chosen states</source>
        <translation>Оценить все комбинации решений об ориентации для выбранных государств</translation>
    </message>
    <message>
        <source>Explore combinations (Ctrl+Shift+E)</source>
        <translation type="vanished">Исследовать комбинации (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Colours of the whole window</source>
        <translation>Цвета всего окна</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть н&amp;едавние</translation>
    </message>
    <message>
        <source>Team data&amp;base…</source>
        <translation>Командная &amp;база данных…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database your team shares from the next start on</source>
        <translation>Со следующего запуска открывать общую базу данных PostgreSQL вашей команды</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Набор</translation>
    </message>
    <message>
        <source>&amp;Arguments</source>
        <translation>&amp;Аргументы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show or hide the {panel} panel</source>
        <translation>Показать или скрыть панель «{panel}»</translation>
    </message>
    <message>
        <source>Show or hide the {bar} toolbar</source>
        <translation>Показать или скрыть панель инструментов «{bar}»</translation>
    </message>
    <message>
        <source>Show &amp;outside members</source>
        <translation>Показывать &amp;внешних участников</translation>
    </message>
    <message>
        <source>List and draw the members of the blocs outside the Eurasian focus states too; bloc totals always count them</source>
        <translation>Показывать в списках и на карте и участников блоков за пределами основных евразийских государств; итоги по блокам всегда учитывают их</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first start</source>
        <translation>Вернуть все панели туда, где они были при первом запуске</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation>Сценарий: {name} · изменений: {count} · база {year}</translation>
    </message>
    <message>
        <source>Regio Desktop — {name}</source>
        <translation>Regio Desktop — {name}</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>Невозможно: {reason}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation>Новый язык будет использован при следующем запуске Regio Desktop.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Перезапустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>Открыть {path}</translation>
    </message>
    <message>
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
        <source>Map of Eurasia</source>
        <translation>Карта Евразии</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Раскраска:</translation>
    </message>
    <message>
        <source>Changed by the scenario</source>
        <translation>Изменено сценарием</translation>
    </message>
    <message>
        <source>pole: {pole}</source>
        <translation>полюс: {pole}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <source>Pole: {pole}</source>
        <translation>Полюс: {pole}</translation>
    </message>
    <message>
        <source>No alignment recorded</source>
        <translation>Ориентация не указана</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <source>Full member</source>
        <translation>Полноправный член</translation>
    </message>
    <message>
        <source>Associate, partner or observer</source>
        <translation>Ассоциированный член, партнёр или наблюдатель</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Членство приостановлено</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не член</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>unchanged ({value})</source>
        <translation>без изменений ({value})</translation>
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
        <translation>Нет значения</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Changed (this indicator has no better direction)</source>
        <translation>Изменилось (у этого показателя нет лучшего направления)</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation>Членство в {bloc}</translation>
    </message>
    <message>
        <source>Change in {indicator}</source>
        <translation>Изменение: {indicator}</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Membership of a bloc</source>
        <translation>Членство в блоке</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Indicator change (scenario − baseline)</source>
        <translation>Изменение показателя (сценарий − база)</translation>
    </message>
    <message>
        <source>Colour the map by</source>
        <translation>Раскрасить карту по</translation>
    </message>
    <message>
        <source>What the colours of the states show</source>
        <translation>Что показывают цвета государств</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>The bloc whose members are coloured</source>
        <translation>Блок, члены которого выделены цветом</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>The indicator whose value or change is shown</source>
        <translation>Показатель, значение или изменение которого показано</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Вписать карту</translation>
    </message>
    <message>
        <source>Show all the states of the world again</source>
        <translation>Снова показать все государства мира</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Save the map with its legend as PNG or SVG</source>
        <translation>Сохранить карту с легендой в PNG или SVG</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Как изображение PNG…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Как рисунок SVG…</translation>
    </message>
    <message>
        <source>Year {year}. Outlines: Natural Earth 1:110m (public domain).</source>
        <translation>{year} год. Контуры: Natural Earth 1:110m (общественное достояние).</translation>
    </message>
    <message>
        <source>Alignment: {value}</source>
        <translation>Ориентация: {value}</translation>
    </message>
    <message>
        <source>Baseline: {value}</source>
        <translation>База: {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Export map as PNG</source>
        <translation>Экспорт карты в PNG</translation>
    </message>
    <message>
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
        <source>Could not write {path}</source>
        <translation>Не удалось записать {path}</translation>
    </message>
</context>
<context>
    <name>MatrixLetters</name>
    <message>
        <source>F</source>
        <translation>О</translation>
    </message>
    <message>
        <source>M</source>
        <translation>Ч</translation>
    </message>
    <message>
        <source>A</source>
        <translation>А</translation>
    </message>
    <message>
        <source>O</source>
        <translation>Н</translation>
    </message>
    <message>
        <source>D</source>
        <translation>Д</translation>
    </message>
    <message>
        <source>P</source>
        <translation>П</translation>
    </message>
    <message>
        <source>S</source>
        <translation>З</translation>
    </message>
    <message>
        <source>W</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Legend of the status letters</source>
        <translation>Пояснение букв статусов</translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <source>not a member</source>
        <translation>не член</translation>
    </message>
    <message>
        <source>{state} in {bloc}: {status}</source>
        <translation>{state} в {bloc}: {status}</translation>
    </message>
    <message>
        <source>Baseline {year}: {status}</source>
        <translation>База {year}: {status}</translation>
    </message>
    <message>
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation>Двойной щелчок или пробел переключает; правый щелчок — все статусы.</translation>
    </message>
    <message>
        <source>Back to baseline ({status})</source>
        <translation>Вернуть базу ({status})</translation>
    </message>
    <message>
        <source>Leave {bloc}</source>
        <translation>Выйти из {bloc}</translation>
    </message>
    <message>
        <source>Membership matrix</source>
        <translation>Матрица членства</translation>
    </message>
</context>
<context>
    <name>OpenFromTeamDialog</name>
    <message>
        <source>Open a scenario from the team</source>
        <translation type="vanished">Открыть сценарий команды</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="vanished">Сценарий</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Сохранил</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Team database password</source>
        <translation>Пароль командной базы данных</translation>
    </message>
    <message>
        <source>The team database server {server} asks for the password of {user} (database {database}).</source>
        <translation>Сервер командной базы данных {server} запрашивает пароль пользователя {user} (база данных {database}).</translation>
    </message>
    <message>
        <source>The server refused that password. Try again.</source>
        <translation>Сервер не принял этот пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. To start without typing it, put it in ~/.pgpass.</source>
        <translation>Пароль используется только в этом сеансе и нигде не сохраняется. Чтобы не вводить его при запуске, запишите его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Indicator changes</source>
        <translation>Изменения показателей</translation>
    </message>
    <message>
        <source>No indicator of {state} changes in this step.</source>
        <translation type="vanished">На этом шаге ни один показатель ({state}) не меняется.</translation>
    </message>
    <message>
        <source>index (0–100)</source>
        <translation>индекс (0–100)</translation>
    </message>
    <message>
        <source>{state} in {year}: this step changes none of its indicators; the bars are where it stands</source>
        <translation>{state} в {year} году: этот шаг не меняет ни одного показателя; столбцы показывают, где государство находится</translation>
    </message>
    <message>
        <source>{state}: scenario (dark) beside baseline {year} (grey); ▲ better, ▼ worse</source>
        <translation>{state}: сценарий (тёмный) рядом с базой {year} (серый); ▲ лучше, ▼ хуже</translation>
    </message>
    <message>
        <source>For this step&apos;s change</source>
        <translation>За изменение на этом шаге</translation>
    </message>
    <message>
        <source>Against this step&apos;s change</source>
        <translation>Против изменения на этом шаге</translation>
    </message>
    <message>
        <source>For the choice as it stands</source>
        <translation>За нынешний выбор</translation>
    </message>
    <message>
        <source>Against the choice as it stands</source>
        <translation>Против нынешнего выбора</translation>
    </message>
    <message>
        <source>No argument recorded on this side.</source>
        <translation>Доводов с этой стороны нет.</translation>
    </message>
    <message>
        <source>The room:</source>
        <translation>Аудитория:</translation>
    </message>
    <message>
        <source>One fewer for {option}</source>
        <translation>На один голос меньше за «{option}»</translation>
    </message>
    <message>
        <source>One more for {option}</source>
        <translation>На один голос больше за «{option}»</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>The deck is empty</source>
        <translation>Набор пуст</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Вид докладчика</translation>
    </message>
    <message>
        <source>Right, Space, PageDown: next · Left, PageUp: back · B: blank · 1–9: a vote, Alt+1–9: one back · Esc: leave</source>
        <translation>Вправо, Пробел, PageDown: дальше · Влево, PageUp: назад · B: пустой экран · 1–9: голос, Alt+1–9: снять голос · Esc: выход</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Прошло {time}</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Шаг {number} из {count}</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Заметок к этому шагу нет.</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Далее: {title}</translation>
    </message>
    <message>
        <source>This is the last step.</source>
        <translation>Это последний шаг.</translation>
    </message>
</context>
<context>
    <name>PresetDescriptions</name>
    <message>
        <source>The world as it stands in the latest year: Kazakhstan in the EAEU and the CSTO while declaring a multi-vector foreign policy. The baseline every other preset is compared with.</source>
        <translation>Мир таким, каков он в последнем году: Казахстан в ЕАЭС и ОДКБ и при этом заявляет многовекторную внешнюю политику. С этим базовым вариантом сравниваются все остальные.</translation>
    </message>
    <message>
        <source>The union deepens and widens: Uzbekistan and Tajikistan become full members and members delegate more regulation to the Commission (EAEU regulation depth 0.8, delegation 0.6 instead of the shipped estimates).</source>
        <translation>Союз углубляется и расширяется: Узбекистан и Таджикистан становятся полноправными членами, а члены передают больше регулирования Комиссии (глубина регулирования ЕАЭС 0,8, делегирование 0,6 вместо оценок в данных).</translation>
    </message>
    <message>
        <source>All five Central Asian states turn to a China-centred Greater Asia while keeping their current memberships.</source>
        <translation>Все пять государств Центральной Азии поворачиваются к Большой Азии с центром в Китае, сохраняя нынешнее членство.</translation>
    </message>
    <message>
        <source>Kazakhstan, in 2024, keeps its multi-vector balance and becomes a BRICS partner country (which it did from 1 January 2025).</source>
        <translation>Казахстан в 2024 году сохраняет многовекторный баланс и становится страной-партнёром БРИКС (что и произошло с 1 января 2025 года).</translation>
    </message>
    <message>
        <source>Kazakhstan withdraws from both Russia-led bodies, which critics of membership see as a source of sanctions and sovereignty risk, and keeps a multi-vector alignment.</source>
        <translation>Казахстан выходит из обеих организаций под руководством России, которые критики членства считают источником санкционных рисков и рисков для суверенитета, и сохраняет многовекторную ориентацию.</translation>
    </message>
    <message>
        <source>Uzbekistan, an observer since December 2020, becomes a full member of the Eurasian Economic Union.</source>
        <translation>Узбекистан, наблюдатель с декабря 2020 года, становится полноправным членом Евразийского экономического союза.</translation>
    </message>
    <message>
        <source>Armenia, in 2023, before it froze its CSTO participation in February 2024, withdraws from the CSTO and keeps the multi-vector balance it already has in the data: it loses the treaty&apos;s security backing and the Russia-led institutional tie.</source>
        <translation>Армения в 2023 году, до заморозки своего участия в ОДКБ в феврале 2024 года, выходит из ОДКБ и сохраняет многовекторный баланс, который у неё уже есть в данных: она теряет поддержку безопасности по договору и институциональную связь с Россией.</translation>
    </message>
</context>
<context>
    <name>PresetNames</name>
    <message>
        <source>Status quo</source>
        <translation>Статус-кво</translation>
    </message>
    <message>
        <source>Deeper Russia-led Eurasian Economic Union</source>
        <translation>Углубление Евразийского экономического союза под руководством России</translation>
    </message>
    <message>
        <source>China-centred Central Asia</source>
        <translation>Центральная Азия, ориентированная на Китай</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s multi-vector balancing with a BRICS partnership</source>
        <translation>Многовекторный баланс Казахстана и партнёрство в БРИКС</translation>
    </message>
    <message>
        <source>Kazakhstan leaves the CSTO and the EAEU</source>
        <translation>Казахстан выходит из ОДКБ и ЕАЭС</translation>
    </message>
    <message>
        <source>Uzbekistan becomes a full EAEU member</source>
        <translation>Узбекистан становится полноправным членом ЕАЭС</translation>
    </message>
    <message>
        <source>Armenia leaves the CSTO</source>
        <translation>Армения выходит из ОДКБ</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The year {year} is outside {first}–{latest}, the years with data.</source>
        <translation>{year} г. вне диапазона {first}–{latest}, за который есть данные.</translation>
    </message>
    <message>
        <source>Unknown state code “{state}”.</source>
        <translation>Неизвестный код государства «{state}».</translation>
    </message>
    <message>
        <source>Unknown bloc code “{bloc}”.</source>
        <translation>Неизвестный код блока «{bloc}».</translation>
    </message>
    <message>
        <source>{state} cannot leave {bloc}: it is not a member in {year}.</source>
        <translation>{state} не может выйти из блока «{bloc}»: в {year} г. не является его членом.</translation>
    </message>
    <message>
        <source>{state} cannot join {bloc}: in {year} it is already “{status}” there.</source>
        <translation>{state} не может вступить в блок «{bloc}»: в {year} г. уже имеет в нём статус «{status}».</translation>
    </message>
    <message>
        <source>{state} holds no status in {bloc} in {year} that could be changed; it has to join.</source>
        <translation>{state}: в {year} г. нет статуса в блоке «{bloc}», который можно было бы изменить; нужно вступить в него.</translation>
    </message>
    <message>
        <source>Unknown state code “{state}” among the alignment choices.</source>
        <translation>Неизвестный код государства «{state}» в выборе ориентации.</translation>
    </message>
    <message>
        <source>{state} is itself a pole and has no alignment choice.</source>
        <translation>{state}: это полюс, у полюса нет выбора ориентации.</translation>
    </message>
    <message>
        <source>“{alignment}” is not an alignment.</source>
        <translation>«{alignment}» не является ориентацией.</translation>
    </message>
    <message>
        <source>Parameter “{name}”: “{field}” is not one of {fields}.</source>
        <translation>Параметр «{name}»: «{field}» не входит в список {fields}.</translation>
    </message>
    <message>
        <source>Parameter “{name}”: unknown bloc code “{bloc}”.</source>
        <translation>Параметр «{name}»: неизвестный код блока «{bloc}».</translation>
    </message>
    <message>
        <source>Parameter “{name}” = {value} is outside 0–1.</source>
        <translation>Параметр «{name}» = {value} вне диапазона 0–1.</translation>
    </message>
    <message>
        <source>Unknown parameter “{name}”.</source>
        <translation>Неизвестный параметр «{name}».</translation>
    </message>
    <message>
        <source>Parameter “{name}” = {value} is outside {low}–{high}.</source>
        <translation>Параметр «{name}» = {value} вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <source>{state} is a full member of {count} customs or economic unions ({blocs}); a state can apply only one common external tariff.</source>
        <translation>{state} — полноправный член сразу нескольких таможенных или экономических союзов ({blocs}); государство может применять только один общий внешний тариф.</translation>
    </message>
    <message>
        <source>{state} is in collective-defence alliances led by different poles ({blocs}).</source>
        <translation>{state} входит в союзы коллективной обороны во главе с разными полюсами ({blocs}).</translation>
    </message>
    <message>
        <source>{state} is “{alignment}” but a full member of {bloc}, which {pole} leads; deep integration with one pole sits uneasily with aligning to another.</source>
        <translation>{state}: ориентация «{alignment}», но при этом полноправное членство в блоке «{bloc}», которым руководит {pole}; глубокая интеграция с одним полюсом плохо сочетается с ориентацией на другой.</translation>
    </message>
    <message>
        <source>{state} joins {bloc} in {year}, before it existed (founded {founded}).</source>
        <translation>{state} вступает в блок «{bloc}» в {year} г., до его создания (создан {founded}).</translation>
    </message>
    <message>
        <source>{state} joins {bloc} in {year}, after it was dissolved (founded {founded}).</source>
        <translation>{state} вступает в блок «{bloc}» в {year} г., после его роспуска (создан {founded}).</translation>
    </message>
    <message>
        <source>The id is empty.</source>
        <translation>Идентификатор не заполнен.</translation>
    </message>
    <message>
        <source>The claim is empty.</source>
        <translation>Тезис не заполнен.</translation>
    </message>
    <message>
        <source>The stance “{stance}” is neither “for” nor “against”.</source>
        <translation type="vanished">Позиция «{stance}» — ни «за», ни «против».</translation>
    </message>
    <message>
        <source>The stance “{stance}” is not one of: {stances}.</source>
        <translation>Позиция «{stance}» не входит в список: {stances}.</translation>
    </message>
    <message>
        <source>The target kind “{target_kind}” is not one of: {target_kinds}.</source>
        <translation>Вид предмета «{target_kind}» не входит в список: {target_kinds}.</translation>
    </message>
    <message>
        <source>Unknown target “{target}” (target kind: {target_kind}).</source>
        <translation>Неизвестный предмет «{target}» (вид предмета: {target_kind}).</translation>
    </message>
    <message>
        <source>Unknown theme “{theme}”.</source>
        <translation>Неизвестная тема «{theme}».</translation>
    </message>
    <message>
        <source>“{indicator}” is not a state indicator.</source>
        <translation>«{indicator}» — не показатель государства.</translation>
    </message>
    <message>
        <source>The strength {strength} is not 1, 2 or 3.</source>
        <translation>Сила {strength} — не 1, не 2 и не 3.</translation>
    </message>
    <message>
        <source>Unknown source “{source}”.</source>
        <translation>Неизвестный источник «{source}».</translation>
    </message>
    <message>
        <source>The quotation is longer than a short phrase (at most {words} words).</source>
        <translation>Цитата длиннее короткой фразы (допустимо не более {words} слов).</translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation>Ссылка не заполнена.</translation>
    </message>
    <message>
        <source>The kind “{kind}” is not one of: {source_kinds}.</source>
        <translation>Тип «{kind}» не входит в список: {source_kinds}.</translation>
    </message>
    <message>
        <source>This database is open read-only.</source>
        <translation>База данных открыта только для чтения.</translation>
    </message>
    <message>
        <source>There is no argument “{id}”.</source>
        <translation>Аргумента «{id}» нет.</translation>
    </message>
    <message>
        <source>There is no source “{id}”.</source>
        <translation>Источника «{id}» нет.</translation>
    </message>
    <message>
        <source>The argument “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>Аргумент «{id}» поставляется с программой, и изменить его нельзя; создайте дубликат, чтобы получить собственную версию.</translation>
    </message>
    <message>
        <source>The source “{id}” comes with the program and cannot be changed; duplicate it to make your own version.</source>
        <translation>Источник «{id}» поставляется с программой, и изменить его нельзя; создайте дубликат, чтобы получить собственную версию.</translation>
    </message>
    <message>
        <source>An argument with the id “{id}” already exists.</source>
        <translation>Аргумент с идентификатором «{id}» уже существует.</translation>
    </message>
    <message>
        <source>A source with the id “{id}” already exists.</source>
        <translation>Источник с идентификатором «{id}» уже существует.</translation>
    </message>
    <message>
        <source>The source “{id}” is cited by {count} argument(s) ({citing}); delete them or cite another source first.</source>
        <translation>На источник «{id}» ссылаются аргументы ({count}: {citing}); сначала удалите их или укажите в них другой источник.</translation>
    </message>
    <message>
        <source>{file} is read-only, so the change was not saved. Make the file writable, then try again.</source>
        <translation>Файл {file} доступен только для чтения, поэтому изменение не сохранено. Разрешите запись в файл и повторите попытку.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so the change was not saved. Give it write permission, then try again.</source>
        <translation>В папку {folder} нельзя записывать, поэтому изменение не сохранено. Дайте права на запись и повторите попытку.</translation>
    </message>
    <message>
        <source>{file} does not accept changes now ({reason}), so the change was not saved. Check its permissions, then try again.</source>
        <translation>Файл {file} сейчас не принимает изменений ({reason}), поэтому изменение не сохранено. Проверьте права доступа и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk holding {file} is full, so the change was not saved. Free some space, then try again.</source>
        <translation>Диск, на котором находится {file}, заполнен, поэтому изменение не сохранено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>Another program is writing to {file}, so the change was not saved. Wait for it to finish or close it, then try again.</source>
        <translation>Другая программа записывает в {file}, поэтому изменение не сохранено. Дождитесь её завершения или закройте её и повторите попытку.</translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}), so the change was not saved. Restart Regio Desktop: it moves the file aside and recovers your arguments and sources.</source>
        <translation>Файл {file} повреждён ({reason}), поэтому изменение не сохранено. Перезапустите Regio Desktop: программа отложит файл и восстановит ваши аргументы и источники.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}), so the change was not saved. Try again.</source>
        <translation>Не удалось записать {file} ({reason}), поэтому изменение не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>The argument “{id}” was changed elsewhere since this step (in another window?); the step was dropped so as not to overwrite that change.</source>
        <translation>Аргумент «{id}» был изменён в другом месте после этого шага (в другом окне?); шаг удалён из истории, чтобы не затереть это изменение.</translation>
    </message>
    <message>
        <source>The source “{id}” was changed elsewhere since this step (in another window?); the step was dropped so as not to overwrite that change.</source>
        <translation>Источник «{id}» был изменён в другом месте после этого шага (в другом окне?); шаг удалён из истории, чтобы не затереть это изменение.</translation>
    </message>
    <message>
        <source>Another Regio Desktop is using your profile, so your arguments and sources are open read-only here. Close the other window and start again to edit them.</source>
        <translation>Ваш профиль уже использует другой экземпляр Regio Desktop, поэтому здесь ваши аргументы и источники открыты только для чтения. Закройте другое окно и запустите программу снова, чтобы их редактировать.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so your profile database cannot be prepared. Give it write permission, then start again.</source>
        <translation>В папку {folder} нельзя записывать, поэтому базу данных профиля нельзя подготовить. Дайте права на запись и запустите программу снова.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so your profile database cannot be prepared. Free some space, then start again.</source>
        <translation>Диск, на котором находится {folder}, заполнен, поэтому базу данных профиля нельзя подготовить. Освободите место и запустите программу снова.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written, so your profile is open read-only: the library can be read, but arguments and sources you add or change are not saved. Give the folder write permission and start again to edit them.</source>
        <translation>В папку {folder} нельзя записывать, поэтому ваш профиль открыт только для чтения: библиотеку можно читать, но добавленные или изменённые вами аргументы и источники не сохраняются. Дайте папке право на запись и запустите программу снова, чтобы их редактировать.</translation>
    </message>
    <message>
        <source>Your profile database was damaged ({reason}). It was moved aside to {moved}, and {arguments} of your arguments and {sources} of your sources were recovered into a fresh one.</source>
        <translation>База данных вашего профиля была повреждена ({reason}). Она перемещена в {moved}, а в новую базу восстановлено ваших аргументов: {arguments}, ваших источников: {sources}.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} — некорректный JSON (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>{file}: its JSON nests {depth} levels deep; at most {limit} are read.</source>
        <translation>{file}: вложенность JSON — {depth} уровней; читается не более {limit}.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a device, pipe or socket).</source>
        <translation>{file} — не обычный файл (это устройство, канал или сокет).</translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is {limit}.</source>
        <translation>Размер {file} — {size}; предел — {limit}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte}).</source>
        <translation>{file} — не текст в UTF-8 (байт {byte}).</translation>
    </message>
    <message>
        <source>{file}: the key “{key}” appears twice in one object.</source>
        <translation>{file}: ключ «{key}» встречается в одном объекте дважды.</translation>
    </message>
    <message>
        <source>{file}: a number of {length} characters is too long to be a figure.</source>
        <translation>{file}: число из {length} знаков слишком длинное для показателя.</translation>
    </message>
    <message>
        <source>{file}: the number {number} is out of range.</source>
        <translation>{file}: число {number} вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>{file}: {name} is not a number this program accepts.</source>
        <translation>{file}: {name} — не число, которое принимает программа.</translation>
    </message>
    <message>
        <source>{file}: a text holds a lone surrogate (\u{point}), not a character.</source>
        <translation>{file}: в тексте одиночный суррогат (\u{point}), а не символ.</translation>
    </message>
    <message>
        <source>{file}, line {line}: not readable as CSV ({reason}).</source>
        <translation>{file}, строка {line}: не читается как CSV ({reason}).</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name to save to.</source>
        <translation>{file} — это папка; выберите имя файла для сохранения.</translation>
    </message>
    <message>
        <source>{file} is a device or pipe, not a file; nothing was saved.</source>
        <translation>{file} — устройство или канал, а не файл; ничего не сохранено.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Nothing was saved; choose another folder.</source>
        <translation>Не удаётся записать {file}: {reason}. Ничего не сохранено; выберите другую папку.</translation>
    </message>
    <message>
        <source>{file} could not be written completely (is the disk full?); the old file is kept.</source>
        <translation>{file} не удалось записать полностью (диск заполнен?); прежний файл сохранён.</translation>
    </message>
    <message>
        <source>{combinations} combinations are more than the {limit} an exploration evaluates. Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation>{combinations} комбинаций — больше, чем {limit}, которые может оценить исследование. Исследуйте выборку: меньше государств за раз, закрепив выбор остальных в сценарии.</translation>
    </message>
    <message>
        <source>Streamed: the table keeps {kept} of the {evaluated} combinations evaluated, the Pareto front ({front}) and the {top} best on each compared objective.</source>
        <translation>Расчёт шёл потоком: таблица сохраняет {kept} из {evaluated} оценённых комбинаций — границу Парето ({front}) и {top} лучших по каждой сравниваемой цели.</translation>
    </message>
    <message>
        <source>The Pareto front of these {combinations} combinations has more than {limit} rows, too many to keep. Compare fewer objectives or explore fewer states.</source>
        <translation>Граница Парето этих {combinations} комбинаций содержит больше {limit} строк — слишком много, чтобы их сохранить. Сравнивайте меньше целей или исследуйте меньше государств.</translation>
    </message>
    <message>
        <source>The drivers need every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}. Explore fewer states or toggles to see them.</source>
        <translation>Для факторов влияния нужны все комбинации, но это исследование шло потоком: оно оценило {evaluated} и сохранило {kept}. Чтобы увидеть их, исследуйте меньше государств или переключателей.</translation>
    </message>
    <message>
        <source>Scenario discovery needs every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}. Explore fewer states or toggles to find boxes.</source>
        <translation>Для поиска сценариев нужны все комбинации, но это исследование шло потоком: оно оценило {evaluated} и сохранило {kept}. Чтобы найти области, исследуйте меньше государств или переключателей.</translation>
    </message>
    <message>
        <source>The Pareto share needs every combination, but this exploration was streamed: it evaluated {evaluated} and kept {kept}, so it was not computed.</source>
        <translation>Для доли Парето нужны все комбинации, но это исследование шло потоком: оно оценило {evaluated} и сохранило {kept}, поэтому доля не рассчитана.</translation>
    </message>
    <message>
        <source>{combinations} combinations would each be valued one by one for {entity}; at most {limit} are. Explore fewer states at a time.</source>
        <translation>Для {entity} пришлось бы по одной оценить каждую из {combinations} комбинаций; допускается не более {limit}. Исследуйте меньше государств за раз.</translation>
    </message>
    <message>
        <source>{file}: the JSON is nested too deeply.</source>
        <translation type="vanished">{file}: слишком глубокая вложенность JSON.</translation>
    </message>
    <message>
        <source>{file}: expected a list of arguments or an object with “arguments”.</source>
        <translation>{file}: ожидался список аргументов или объект с полем «arguments».</translation>
    </message>
    <message>
        <source>{file}, {where}: expected an object.</source>
        <translation>{file}, {where}: ожидался объект.</translation>
    </message>
    <message>
        <source>{file}: the header lacks the columns {columns}.</source>
        <translation>{file}: в заголовке нет столбцов {columns}.</translation>
    </message>
    <message>
        <source>The strength “{strength}” is not a whole number.</source>
        <translation>Сила «{strength}» — не целое число.</translation>
    </message>
    <message>
        <source>The date accessed “{accessed}” is not a date (YYYY-MM-DD).</source>
        <translation>Дата обращения «{accessed}» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>A source needs an id and a citation.</source>
        <translation>У источника должны быть идентификатор и ссылка.</translation>
    </message>
    <message>
        <source>The id “{id}” already exists.</source>
        <translation>Идентификатор «{id}» уже существует.</translation>
    </message>
    <message>
        <source>Check at least one state.</source>
        <translation>Отметьте хотя бы одно государство.</translation>
    </message>
    <message>
        <source>{state} is named twice in the states to explore.</source>
        <translation>{state} указано дважды среди исследуемых государств.</translation>
    </message>
    <message>
        <source>The toggle of {state} in {bloc} is named twice.</source>
        <translation>Переключатель {state} в {bloc} указан дважды.</translation>
    </message>
    <message>
        <source>{combinations} combinations would need about {needed_gib} GiB of memory, more than the {limit_gib} GiB an exploration may use. Explore a sample instead: fewer states at a time, with the other states&apos; choices fixed in the scenario.</source>
        <translation type="vanished">Для {combinations} комбинаций потребовалось бы около {needed_gib} ГиБ памяти, больше допустимых для исследования {limit_gib} ГиБ. Исследуйте выборку: меньше государств за раз, закрепив выбор остальных в сценарии.</translation>
    </message>
    <message>
        <source>The condition is empty; write one such as KAZ:autonomy&gt;60.</source>
        <translation>Условие пусто; напишите, например, KAZ:autonomy&gt;60.</translation>
    </message>
    <message>
        <source>“{part}” is not ENTITY:INDICATOR, one of &gt;, &gt;=, &lt;, &lt;= and a number (such as KAZ:autonomy&gt;60); join conditions with “and”.</source>
        <translation>«{part}» — не ОБЪЕКТ:ПОКАЗАТЕЛЬ, один из знаков &gt;, &gt;=, &lt;, &lt;= и число (например, KAZ:autonomy&gt;60); условия соединяются словом «and».</translation>
    </message>
    <message>
        <source>“{entity}” is not a state code, a bloc code or “region”.</source>
        <translation>«{entity}» — не код государства, не код блока и не «region».</translation>
    </message>
    <message>
        <source>“{indicator}” is not an indicator.</source>
        <translation>«{indicator}» — не показатель.</translation>
    </message>
    <message>
        <source>“{indicator}” is not an indicator of {entity}.</source>
        <translation>«{indicator}» — не показатель для {entity}.</translation>
    </message>
    <message>
        <source>The condition holds in none of the {combinations} combinations, so there is no box to find.</source>
        <translation>Условие не выполняется ни в одной из {combinations} комбинаций, поэтому искать область нечего.</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>the West</source>
        <translation>Запад</translation>
    </message>
    <message>
        <source>the Turkic world</source>
        <translation>тюркский мир</translation>
    </message>
    <message>
        <source>another pole</source>
        <translation>другой полюс</translation>
    </message>
    <message>
        <source>A scenario file must hold a JSON object.</source>
        <translation>Файл сценария должен содержать объект JSON.</translation>
    </message>
    <message>
        <source>format: “{expected}” expected, found {found}.</source>
        <translation>format: ожидалось «{expected}», найдено {found}.</translation>
    </message>
    <message>
        <source>version: this program reads version {expected}, found {found}.</source>
        <translation>version: программа читает версию {expected}, найдено {found}.</translation>
    </message>
    <message>
        <source>{where}: text expected.</source>
        <translation>{where}: ожидался текст.</translation>
    </message>
    <message>
        <source>name: {length:,} characters; a name has at most {limit}.</source>
        <translation type="vanished">name: {length:,} знаков; в названии не больше {limit}.</translation>
    </message>
    <message>
        <source>name: {length} characters; a name has at most {limit}.</source>
        <translation>name: {length} знаков; в названии не больше {limit}.</translation>
    </message>
    <message>
        <source>year: a whole year such as 2024 expected, found {found}.</source>
        <translation>year: ожидался год целым числом, например 2024, найдено {found}.</translation>
    </message>
    <message>
        <source>{where}: a list expected.</source>
        <translation>{where}: ожидался список.</translation>
    </message>
    <message>
        <source>{where}: an object with state, bloc and action expected.</source>
        <translation>{where}: ожидался объект с полями «state», «bloc» и «action».</translation>
    </message>
    <message>
        <source>{where}: a code expected as text, found {found}.</source>
        <translation>{where}: ожидался код в виде текста, найдено {found}.</translation>
    </message>
    <message>
        <source>{where}: {found} is not a code (Latin letters, digits and _ only).</source>
        <translation>{where}: {found} — не код (только латинские буквы, цифры и _).</translation>
    </message>
    <message>
        <source>{where}: one of {choices} expected, found {found}.</source>
        <translation>{where}: ожидалось одно из значений {choices}, найдено {found}.</translation>
    </message>
    <message>
        <source>{where}: an edit that leaves a bloc takes no status.</source>
        <translation>{where}: у правки о выходе из блока не бывает статуса.</translation>
    </message>
    <message>
        <source>{where}: {found} is not a status a state can hold.</source>
        <translation>{where}: {found} — не статус, который может иметь государство.</translation>
    </message>
    <message>
        <source>{where}: {state} in {bloc} is edited twice.</source>
        <translation>{where}: {state} в {bloc} изменяется дважды.</translation>
    </message>
    <message>
        <source>alignments: an object from state codes to alignments expected.</source>
        <translation>alignments: ожидался объект, сопоставляющий кодам государств ориентации.</translation>
    </message>
    <message>
        <source>{where}: {state} is given two alignments (the codes differ only in case).</source>
        <translation>{where}: {state} получает две ориентации (коды различаются только регистром).</translation>
    </message>
    <message>
        <source>parameters: an object from parameter names to numbers expected.</source>
        <translation>parameters: ожидался объект, сопоставляющий именам параметров числа.</translation>
    </message>
    <message>
        <source>{where}: a number expected, found {found}.</source>
        <translation>{where}: ожидалось число, найдено {found}.</translation>
    </message>
    <message>
        <source>motivation: a list of argument ids expected.</source>
        <translation>motivation: ожидался список идентификаторов аргументов.</translation>
    </message>
    <message>
        <source>A deck file must hold a JSON object.</source>
        <translation>Файл сценарного набора должен содержать объект JSON.</translation>
    </message>
    <message>
        <source>version: this program reads deck version {expected}, found {found}.</source>
        <translation>version: программа читает наборы версии {expected}, найдено {found}.</translation>
    </message>
    <message>
        <source>{where}: must not be empty.</source>
        <translation>{where}: не может быть пустым.</translation>
    </message>
    <message>
        <source>{where}: {length} characters; at most {limit}.</source>
        <translation>{where}: символов: {length}; допустимо не больше {limit}.</translation>
    </message>
    <message>
        <source>{where}: {count} entries; at most {limit}.</source>
        <translation>{where}: записей: {count}; допустимо не больше {limit}.</translation>
    </message>
    <message>
        <source>{where}: an object with a title and a scenario expected.</source>
        <translation>{where}: ожидался объект с заголовком и сценарием.</translation>
    </message>
    <message>
        <source>{where}: an object with one of preset, file or scenario expected.</source>
        <translation>{where}: ожидался объект с одним из ключей preset, file или scenario.</translation>
    </message>
    <message>
        <source>{where}: name exactly one of preset, file or scenario.</source>
        <translation>{where}: укажите ровно один из ключей preset, file или scenario.</translation>
    </message>
    <message>
        <source>{where}: the scenario written into the deck is not valid.</source>
        <translation>{where}: сценарий, записанный в набор, недействителен.</translation>
    </message>
    <message>
        <source>{where}: an object with a label and a count expected.</source>
        <translation>{where}: ожидался объект с подписью и числом.</translation>
    </message>
    <message>
        <source>{where}: the option “{label}” is named twice.</source>
        <translation>{where}: вариант «{label}» указан дважды.</translation>
    </message>
    <message>
        <source>{where}: a whole number from 0 to {limit} expected, found {found}.</source>
        <translation>{where}: ожидалось целое число от 0 до {limit}, найдено {found}.</translation>
    </message>
    <message>
        <source>There is no preset “{preset}” (the presets are {presets}).</source>
        <translation>Готового сценария «{preset}» нет (есть: {presets}).</translation>
    </message>
    <message>
        <source>Its scenario file {file} cannot be used.</source>
        <translation>Его файл сценария {file} нельзя использовать.</translation>
    </message>
    <message>
        <source>Its scenario does not fit the world.</source>
        <translation>Его сценарий не соответствует данным мира.</translation>
    </message>
    <message>
        <source>“{found}” is not a map colouring: use alignment, a bloc code or a state indicator code.</source>
        <translation>«{found}» — не раскраска карты: укажите alignment, код блока или код показателя государства.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <source>you have no permission to read it</source>
        <translation>нет прав на его чтение</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>система этого не разрешает</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>часть пути к нему — не папка</translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation>его имя слишком длинное</translation>
    </message>
    <message>
        <source>its links lead round in a circle</source>
        <translation>его ссылки ведут по кругу</translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation>диск сообщил об ошибке чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it does not start with postgresql://.</source>
        <translation>«{address}» — не адрес командной базы данных: он не начинается с postgresql://.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: the port is not a number between 1 and 65535.</source>
        <translation>«{address}» — не адрес командной базы данных: порт не является числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it names no server.</source>
        <translation>«{address}» — не адрес командной базы данных: в нём не указан сервер.</translation>
    </message>
    <message>
        <source>“{address}” is not a team database address: it names no database after the server.</source>
        <translation>«{address}» — не адрес командной базы данных: после сервера не указана база данных.</translation>
    </message>
    <message>
        <source>The team database server {server} does not answer ({reason}). Check the address and that the server is running.</source>
        <translation>Сервер командной базы данных {server} не отвечает ({reason}). Проверьте адрес и работает ли сервер.</translation>
    </message>
    <message>
        <source>The team database server {server} asks for the password of {user}.</source>
        <translation>Сервер командной базы данных {server} запрашивает пароль пользователя {user}.</translation>
    </message>
    <message>
        <source>{user} may read the team database {database} but not write to it (a viewer role), so adding, editing and importing are off in this window. The administrator can make {user} an editor (regio-desktop db grant URL --user {user} --role editor).</source>
        <translation>{user} может читать командную базу данных {database}, но не писать в неё (роль читателя), поэтому добавление, правка и импорт в этом окне отключены. Администратор может сделать {user} редактором (regio-desktop db grant URL --user {user} --role editor).</translation>
    </message>
    <message>
        <source>The team database server {server} stopped answering: no sign of life within {seconds} s, so the connection counts as lost.</source>
        <translation>Сервер командной базы данных {server} перестал отвечать: за {seconds} с не пришло ни одного признака жизни, поэтому соединение считается потерянным.</translation>
    </message>
    <message>
        <source>The team database server {server} cannot be reached, so nothing was saved. Your change is kept (in the editor, or in Undo) to try again once the window has reconnected.</source>
        <translation>Сервер командной базы данных {server} недоступен, поэтому ничего не сохранено. Ваше изменение сохранено (в редакторе или в истории отмены), чтобы повторить его после восстановления связи.</translation>
    </message>
    <message>
        <source>The team database server {server} refused the login of {user}. Check the user name and the password.</source>
        <translation>Сервер командной базы данных {server} отказал во входе пользователю {user}. Проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Create it, then prepare it with “regio-desktop db init”.</source>
        <translation>На {server} нет базы данных {database}. Создайте её, затем подготовьте командой «regio-desktop db init».</translation>
    </message>
    <message>
        <source>The database {database} on {server} is not a Regio Desktop team database. Prepare it with “regio-desktop db init”.</source>
        <translation>База данных {database} на {server} не является командной базой Regio Desktop. Подготовьте её командой «regio-desktop db init».</translation>
    </message>
    <message>
        <source>The database {database} on {server} is already a Regio Desktop team database (schema {revision}). Bring it up to date with “regio-desktop db upgrade”.</source>
        <translation>База данных {database} на {server} уже является командной базой Regio Desktop (схема {revision}). Обновите её командой «regio-desktop db upgrade».</translation>
    </message>
    <message>
        <source>The team database {database} was prepared by a newer Regio Desktop (schema {revision}). Please update the program.</source>
        <translation>Командная база данных {database} подготовлена более новой версией Regio Desktop (схема {revision}). Обновите программу.</translation>
    </message>
    <message>
        <source>The team database {database} refused the change: {user} may not write {table} (a viewer only reads). Nothing was saved.</source>
        <translation>Командная база данных {database} отклонила изменение: {user} не может изменять {table} (наблюдатель только читает). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>{user} may not read the team database {database}: it is neither a viewer nor an editor there. Ask the database&apos;s owner for a role.</source>
        <translation>{user} не может читать командную базу данных {database}: у этой роли нет прав ни наблюдателя, ни редактора. Попросите владельца базы выдать роль.</translation>
    </message>
    <message>
        <source>{user} may not {action} on {server}: that needs the right to create roles and tables. Run it as the database&apos;s owner.</source>
        <translation>{user} не может выполнить «{action}» на {server}: для этого нужно право создавать роли и таблицы. Выполните это от имени владельца базы.</translation>
    </message>
    <message>
        <source>There is no login role “{user}” on {server}. Create it first.</source>
        <translation>На {server} нет роли входа «{user}». Сначала создайте её.</translation>
    </message>
    <message>
        <source>The team database {database} holds no scenario “{name}” (version {version}).</source>
        <translation>В командной базе данных {database} нет сценария «{name}» (версия {version}).</translation>
    </message>
    <message>
        <source>The team database {database} holds no deck “{name}” (version {version}).</source>
        <translation>В командной базе данных {database} нет набора «{name}» (версия {version}).</translation>
    </message>
    <message>
        <source>A deck is shared under its title: give the deck a title first.</source>
        <translation>Набор передаётся команде под своим названием: сначала дайте набору название.</translation>
    </message>
    <message>
        <source>The comment has {length} characters; a version&apos;s comment has at most {limit}.</source>
        <translation>В комментарии {length} знаков; у комментария к версии их не больше {limit}.</translation>
    </message>
    <message>
        <source>The backup of {database} before the upgrade failed ({reason}), so nothing was upgraded.</source>
        <translation>Резервная копия {database} перед обновлением не удалась ({reason}), поэтому ничего не обновлено.</translation>
    </message>
    <message>
        <source>“{id}” was changed by someone else since you opened it (it is at version {theirs} now; you read version {yours}). Nothing was saved.</source>
        <translation>«{id}» изменил другой пользователь после того, как вы это открыли (сейчас версия {theirs}, вы читали версию {yours}). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>“{id}” was deleted by someone else since you opened it (you read version {yours}). Nothing was saved.</source>
        <translation>«{id}» удалил другой пользователь после того, как вы это открыли (вы читали версию {yours}). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The replay starts in {first}, after the year it ends ({last}).</source>
        <translation>Повтор начинается в {first} году, позже года, которым он заканчивается ({last}).</translation>
    </message>
    <message>
        <source>The size “{found}” is not WIDTHxHEIGHT in pixels (such as 1920x1080).</source>
        <translation>Размер «{found}» не записан как ШИРИНАxВЫСОТА в пикселях (например, 1920x1080).</translation>
    </message>
    <message>
        <source>A frame of {width}×{height} pixels is outside the sizes written, {smallest} to {largest}.</source>
        <translation>Кадр {width}×{height} пикселей вне записываемых размеров: от {smallest} до {largest}.</translation>
    </message>
    <message>
        <source>Name a folder for the frames, a video file (.mp4 or .gif), or both.</source>
        <translation>Укажите папку для кадров, видеофайл (.mp4 или .gif) или и то и другое.</translation>
    </message>
    <message>
        <source>{file}: a video is written as .mp4 or .gif.</source>
        <translation>{file}: видео записывается в формате .mp4 или .gif.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder for the frames.</source>
        <translation>{folder} — это файл, а не папка для кадров.</translation>
    </message>
    <message>
        <source>{file}: no MP4 encoder is installed ({reason}); write a .gif instead.</source>
        <translation>{file}: кодировщик MP4 не установлен ({reason}); запишите вместо него .gif.</translation>
    </message>
</context>
<context>
    <name>ProvenanceDialog</name>
    <message>
        <source>added</source>
        <translation>добавил(а)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменил(а)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалил(а)</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Provenance of {id}</source>
        <translation>Происхождение: {id}</translation>
    </message>
    <message>
        <source>Source {id}</source>
        <translation>Источник {id}</translation>
    </message>
    <message>
        <source>Ships with the program; not changed here.</source>
        <translation>Поставляется с программой; здесь не изменялось.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
    <message>
        <source>{time} UTC: {action} by {who} (version {version})</source>
        <translation>{time} UTC: {who} — {action} (версия {version})</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>дата обращения: {date}</translation>
    </message>
    <message>
        <source>Other arguments from this source</source>
        <translation>Другие аргументы из этого источника</translation>
    </message>
    <message>
        <source>Arguments from this source</source>
        <translation>Аргументы из этого источника</translation>
    </message>
</context>
<context>
    <name>RangesControl</name>
    <message>
        <source>depths and delegation of {bloc}</source>
        <translation>глубина и делегирование: {bloc}</translation>
    </message>
    <message>
        <source>weight of the status {status}</source>
        <translation>вес статуса «{status}»</translation>
    </message>
    <message>
        <source>sanctions severities</source>
        <translation>жёсткость санкций</translation>
    </message>
    <message>
        <source>corridors&apos; sanctions exposure</source>
        <translation>санкционная уязвимость коридоров</translation>
    </message>
    <message>
        <source>trade shares</source>
        <translation>доли торговли</translation>
    </message>
    <message>
        <source>{title}: {value} (range {low}–{high}, 90 % of {draws:,} draws)</source>
        <translation>{title}: {value} (диапазон {low}–{high}, 90 % из {draws} выборок)</translation>
    </message>
    <message>
        <source>Moved most by (points across the estimate&apos;s range):</source>
        <translation>Сильнее всего влияют (пункты на всём диапазоне оценки):</translation>
    </message>
    <message>
        <source>No estimate moves it: a recorded figure.</source>
        <translation>Не зависит от оценок: зарегистрированное значение.</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Диапазоны</translation>
    </message>
    <message>
        <source>Error bars: the range of 90 % of 1,000 draws of the weights, constants and estimated data over their plausible ranges (computed in the background)</source>
        <translation>Планки погрешностей: диапазон 90 % из 1 000 выборок весов, констант и оценочных данных в пределах их правдоподобных диапазонов (вычисляется в фоне)</translation>
    </message>
    <message>
        <source>Ranges %p%</source>
        <translation>Диапазоны %p%</translation>
    </message>
    <message>
        <source>The ranges could not be computed: {reason}</source>
        <translation>Не удалось вычислить диапазоны: {reason}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Their version (version {n}) where it differs from yours:</source>
        <translation>Их версия (версия {n}) там, где она отличается от вашей:</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>{states} and {count} more</source>
        <translation>{states} и ещё {count}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>{bloc} founded</source>
        <translation>{bloc}: основание</translation>
    </message>
    <message>
        <source>{bloc} founded by {states}</source>
        <translation>{bloc}: основание — {states}</translation>
    </message>
    <message>
        <source>{bloc} dissolved</source>
        <translation>{bloc}: роспуск</translation>
    </message>
    <message>
        <source>{bloc}: joined by {states}</source>
        <translation>{bloc}: вступление — {states}</translation>
    </message>
    <message>
        <source>{bloc}: {states} given the status “{status}”</source>
        <translation>{bloc}: статус «{status}» — {states}</translation>
    </message>
    <message>
        <source>{bloc}: {states} from “{before}” to “{status}”</source>
        <translation>{bloc}: {states} — с «{before}» на «{status}»</translation>
    </message>
    <message>
        <source>{bloc}: membership of {states} suspended</source>
        <translation>{bloc}: членство приостановлено — {states}</translation>
    </message>
    <message>
        <source>{bloc}: left by {states}</source>
        <translation>{bloc}: выход — {states}</translation>
    </message>
    <message>
        <source>Sanctions on {states}: severity {severity} of 1 (estimated)</source>
        <translation>Санкции — {states}: тяжесть {severity} из 1 (оценка)</translation>
    </message>
    <message>
        <source>Sanctions on {states} lifted (severity was {before} of 1)</source>
        <translation>Санкции сняты — {states} (тяжесть была {before} из 1)</translation>
    </message>
    <message>
        <source>Sanctions on {states} tightened: severity {before} → {severity} of 1</source>
        <translation>Санкции ужесточены — {states}: тяжесть {before} → {severity} из 1</translation>
    </message>
    <message>
        <source>Sanctions on {states} eased: severity {before} → {severity} of 1</source>
        <translation>Санкции смягчены — {states}: тяжесть {before} → {severity} из 1</translation>
    </message>
    <message>
        <source>Scenario: {bloc} joined by {states} (“{status}”)</source>
        <translation>Сценарий: {bloc}: вступление — {states} («{status}»)</translation>
    </message>
    <message>
        <source>Scenario: {bloc}: {states} from “{before}” to “{status}”</source>
        <translation>Сценарий: {bloc}: {states} — с «{before}» на «{status}»</translation>
    </message>
    <message>
        <source>Scenario: {bloc} left by {states}</source>
        <translation>Сценарий: {bloc}: выход — {states}</translation>
    </message>
    <message>
        <source>Scenario: {states} turns {alignment} (was {before})</source>
        <translation>Сценарий: {states} — ориентация «{alignment}» (была «{before}»)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{states}: alignment turns from {before} to {alignment}</source>
        <translation>{states}: ориентация меняется с «{before}» на «{alignment}»</translation>
    </message>
    <message>
        <source>{states}: alignment {alignment}</source>
        <translation>{states}: ориентация «{alignment}»</translation>
    </message>
    <message>
        <source>Source: the scenario “{name}”</source>
        <translation>Источник: сценарий «{name}»</translation>
    </message>
    <message>
        <source>{citation} (source row: {source})</source>
        <translation>{citation} (строка источника: {source})</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Источник: {citation}</translation>
    </message>
    <message>
        <source>{year}: no membership, alignment or sanctions change in the data</source>
        <translation>{year}: в данных нет изменений членства, ориентации или санкций</translation>
    </message>
    <message>
        <source>{year} · events in the data: {count}</source>
        <translation>{year} · событий в данных: {count}</translation>
    </message>
    <message>
        <source>Scenario “{name}” (its edits apply from {year})</source>
        <translation>Сценарий «{name}» (правки действуют с {year} года)</translation>
    </message>
    <message>
        <source>The data as it stood at the end of {year}</source>
        <translation>Данные на конец {year} года</translation>
    </message>
    <message>
        <source>Regio Desktop · timeline replay {first}–{last} · map: {colouring}</source>
        <translation>Regio Desktop · повтор хронологии {first}–{last} · карта: {colouring}</translation>
    </message>
    <message>
        <source>… and {count} more (the window lists them all)</source>
        <translation>… и ещё {count} (в окне перечислены все)</translation>
    </message>
    <message>
        <source>{state} in {year} (index 0–100; change since the year before: ▲ better, ▼ worse)</source>
        <translation>{state} в {year} году (индекс 0–100; изменение к предыдущему году: ▲ лучше, ▼ хуже)</translation>
    </message>
</context>
<context>
    <name>ReplayActions</name>
    <message>
        <source>&amp;Replay the timeline…</source>
        <translation>&amp;Повтор хронологии…</translation>
    </message>
    <message>
        <source>Play the years from 1991 on the map, the bloc lanes and the indicators, with each year&apos;s events and their sources</source>
        <translation>Проиграть годы с 1991-го на карте, в полосах блоков и в индикаторах, с событиями каждого года и их источниками</translation>
    </message>
</context>
<context>
    <name>ReplayControl</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Pause the replay (Space)</source>
        <translation>Приостановить повтор (Пробел)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Запустить повтор (Пробел)</translation>
    </message>
    <message>
        <source>One year back (Left)</source>
        <translation>На год назад (Влево)</translation>
    </message>
    <message>
        <source>One year back</source>
        <translation>На год назад</translation>
    </message>
    <message>
        <source>One year on (Right)</source>
        <translation>На год вперёд (Вправо)</translation>
    </message>
    <message>
        <source>One year on</source>
        <translation>На год вперёд</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>Запустить или приостановить повтор</translation>
    </message>
    <message>
        <source>&amp;Years a second:</source>
        <translation>&amp;Лет в секунду:</translation>
    </message>
    <message>
        <source>How many years the replay plays per second</source>
        <translation>Сколько лет повтор показывает за секунду</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>The year shown: drag, or use Left and Right; Space plays and pauses</source>
        <translation>Показанный год: перетащите или нажимайте Влево и Вправо; Пробел запускает и приостанавливает</translation>
    </message>
    <message>
        <source>Replay control</source>
        <translation>Управление повтором</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Timeline replay {first}–{last} — Regio Desktop</source>
        <translation>Повтор хронологии {first}–{last} — Regio Desktop</translation>
    </message>
    <message>
        <source>The data year by year, as it stood at the end of each year. Open or edit a scenario in the main window to replay it with its edits.</source>
        <translation>Данные год за годом, как они были на конец каждого года. Откройте или измените сценарий в главном окне, чтобы повторить его с правками.</translation>
    </message>
    <message>
        <source>Scenario “{name}”: its edits apply from {year} on; before, the data.</source>
        <translation>Сценарий «{name}»: его правки действуют с {year} года; до этого — данные.</translation>
    </message>
    <message>
        <source>{state} in {year}</source>
        <translation>{state} в {year} году</translation>
    </message>
    <message>
        <source>Indicator ({unit})</source>
        <translation>Индикатор ({unit})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change: since the year before, ▲ better and ▼ worse for the state; ↑ higher is better, ↓ lower is better, – no better direction. Click a state on the map to follow it.</source>
        <translation>Изменение: к предыдущему году, ▲ лучше и ▼ хуже для государства; ↑ чем выше, тем лучше, ↓ чем ниже, тем лучше, – нет лучшего направления. Щёлкните государство на карте, чтобы следить за ним.</translation>
    </message>
</context>
<context>
    <name>SaveToTeamDialog</name>
    <message>
        <source>Save “{name}” to the team</source>
        <translation>Сохранить «{name}» для команды</translation>
    </message>
    <message>
        <source>Saved as the next version of this name; another name starts a new series</source>
        <translation>Сохраняется как следующая версия с этим именем; другое имя начинает новую серию</translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation>Что изменилось в этой версии и почему</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>ScenarioFileActions</name>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Новый сценарий</translation>
    </message>
    <message>
        <source>Start an empty scenario on the latest year</source>
        <translation>Начать пустой сценарий на последний год</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <source>Open a .regio.json scenario file</source>
        <translation>Открыть файл сценария .regio.json</translation>
    </message>
    <message>
        <source>Open &amp;preset scenarios</source>
        <translation>Открыть &amp;готовые сценарии</translation>
    </message>
    <message>
        <source>Add the scenarios from the literature to the list</source>
        <translation>Добавить в список сценарии из литературы</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Сохранить сценарий</translation>
    </message>
    <message>
        <source>Save the current scenario to its file</source>
        <translation>Сохранить текущий сценарий в его файл</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Сохранить сценарий &amp;как…</translation>
    </message>
    <message>
        <source>Save the current scenario to a new file</source>
        <translation>Сохранить текущий сценарий в новый файл</translation>
    </message>
    <message>
        <source>&amp;Rename scenario…</source>
        <translation type="vanished">Пере&amp;именовать сценарий…</translation>
    </message>
    <message>
        <source>Rename and describe the current scenario</source>
        <translation type="vanished">Переименовать и описать текущий сценарий</translation>
    </message>
    <message>
        <source>Scenario &amp;properties…</source>
        <translation>&amp;Свойства сценария…</translation>
    </message>
    <message>
        <source>Name, describe and annotate the current scenario</source>
        <translation>Название, описание и заметки текущего сценария</translation>
    </message>
    <message>
        <source>&amp;Duplicate scenario</source>
        <translation>&amp;Дублировать сценарий</translation>
    </message>
    <message>
        <source>Copy the current scenario as a new one</source>
        <translation>Скопировать текущий сценарий как новый</translation>
    </message>
    <message>
        <source>&amp;Close scenario</source>
        <translation>&amp;Закрыть сценарий</translation>
    </message>
    <message>
        <source>Close the current scenario</source>
        <translation>Закрыть текущий сценарий</translation>
    </message>
    <message>
        <source>Ne&amp;xt scenario</source>
        <translation>С&amp;ледующий сценарий</translation>
    </message>
    <message>
        <source>Show the next open scenario</source>
        <translation>Показать следующий открытый сценарий</translation>
    </message>
    <message>
        <source>Pre&amp;vious scenario</source>
        <translation>&amp;Предыдущий сценарий</translation>
    </message>
    <message>
        <source>Show the previous open scenario</source>
        <translation>Показать предыдущий открытый сценарий</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Экспорт от&amp;чёта (PDF)…</translation>
    </message>
    <message>
        <source>Write a PDF report of the current scenario</source>
        <translation>Создать отчёт PDF по текущему сценарию</translation>
    </message>
    <message>
        <source>&amp;Export indicators (CSV, XLSX)…</source>
        <translation>&amp;Экспорт показателей (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>Save the indicator table with baselines and deltas</source>
        <translation>Сохранить таблицу показателей с базовыми значениями и разницами</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Scenarios (*{suffix} *.json)</source>
        <translation>Сценарии (*{suffix} *.json)</translation>
    </message>
    <message>
        <source>Cannot open {path}:
{reason}</source>
        <translation>Не удаётся открыть {path}:
{reason}</translation>
    </message>
    <message>
        <source>Preset scenarios</source>
        <translation>Готовые сценарии</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Сохранить сценарий как</translation>
    </message>
    <message>
        <source>Scenarios (*{suffix})</source>
        <translation>Сценарии (*{suffix})</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <source>Cannot save: {reason}</source>
        <translation>Не удаётся сохранить: {reason}</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation type="vanished">Переименовать сценарий</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Название:</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (копия)</translation>
    </message>
    <message>
        <source>Unsaved scenarios</source>
        <translation>Несохранённые сценарии</translation>
    </message>
    <message>
        <source>These scenarios have unsaved changes:
{names}

Save them first?</source>
        <translation>В этих сценариях есть несохранённые изменения:
{names}

Сохранить их?</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Экспорт показателей</translation>
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
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Preset scenario (read-only file: use Save as)</source>
        <translation>Готовый сценарий (файл только для чтения: используйте «Сохранить как»)</translation>
    </message>
</context>
<context>
    <name>ScenarioListPanel</name>
    <message>
        <source>Open scenarios</source>
        <translation>Открытые сценарии</translation>
    </message>
    <message>
        <source>Open scenarios: click to switch; • marks unsaved changes</source>
        <translation>Открытые сценарии: щёлкните для переключения; • — несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>ScenarioPropertiesDialog</name>
    <message>
        <source>Scenario properties</source>
        <translation>Свойства сценария</translation>
    </message>
    <message>
        <source>One or two sentences: what is assumed</source>
        <translation>Одно-два предложения: что предполагается</translation>
    </message>
    <message>
        <source>Your reasoning, caveats, what to check next (printed in the report)</source>
        <translation>Ваши рассуждения, оговорки, что проверить дальше (печатается в отчёте)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>ScenarioSession</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Сценарий без названия</translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation>Базовый год: членство и данные на этот год</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Базовый год</translation>
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
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Edit source {id}</source>
        <translation>Изменение источника {id}</translation>
    </message>
    <message>
        <source>Authors (year). Title. Journal or publisher, pages.</source>
        <translation>Авторы (год). Название. Журнал или издательство, страницы.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>ГГГГ-ММ-ДД (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Accessed:</source>
        <translation>&amp;Дата обращения:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>The citation is empty.</source>
        <translation type="vanished">Ссылка не заполнена.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL должен начинаться с http:// или https://.</translation>
    </message>
    <message>
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
        <source>Source texts</source>
        <translation>Тексты источников</translation>
    </message>
    <message>
        <source>Text of the source</source>
        <translation>Текст источника</translation>
    </message>
    <message>
        <source>Import an article (File ▸ Import source text…).</source>
        <translation>Импортируйте статью (Файл ▸ Импорт текста источника…).</translation>
    </message>
    <message>
        <source>Import source &amp;text…</source>
        <translation>Импорт &amp;текста источника…</translation>
    </message>
    <message>
        <source>Read the text of a source (plain text or Markdown) to cite passages from it</source>
        <translation>Загрузить текст источника (обычный текст или Markdown), чтобы цитировать из него фрагменты</translation>
    </message>
    <message>
        <source>&amp;Make argument from selection</source>
        <translation>&amp;Аргумент из выделенного</translation>
    </message>
    <message>
        <source>Make an argument from the selected passage (Ctrl+Shift+M)</source>
        <translation>Создать аргумент из выделенного фрагмента (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Start an argument quoting the passage selected in the reader</source>
        <translation>Начать аргумент с цитатой фрагмента, выделенного в окне чтения</translation>
    </message>
    <message>
        <source>Import source text</source>
        <translation>Импорт текста источника</translation>
    </message>
    <message>
        <source>Articles ({pattern})</source>
        <translation>Статьи ({pattern})</translation>
    </message>
    <message>
        <source>Full citation of the article (authors, year, title, journal):</source>
        <translation>Полная ссылка на статью (авторы, год, название, журнал):</translation>
    </message>
    <message>
        <source>Location: {location}</source>
        <translation>Место: {location}</translation>
    </message>
</context>
<context>
    <name>Spillovers</name>
    <message>
        <source>State or bloc</source>
        <translation>Государство или блок</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовый</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>For the state</source>
        <translation>Для государства</translation>
    </message>
    <message>
        <source>▲ better</source>
        <translation>▲ лучше</translation>
    </message>
    <message>
        <source>▼ worse</source>
        <translation>▼ хуже</translation>
    </message>
    <message>
        <source>no better direction</source>
        <translation>без лучшего направления</translation>
    </message>
    <message>
        <source>Smallest move shown</source>
        <translation>Наименьшее показываемое изменение</translation>
    </message>
    <message>
        <source>Points of an index or share (0-100); per cent of the baseline for a sum such as GDP. A change of members always counts.</source>
        <translation>Пункты индекса или доли (0–100); для суммы, например ВВП, — процент от базового значения. Изменение числа членов учитывается всегда.</translation>
    </message>
    <message>
        <source>Who else moves</source>
        <translation>Кого ещё затрагивает</translation>
    </message>
    <message>
        <source>Smallest move:</source>
        <translation>Наименьшее изменение:</translation>
    </message>
    <message>
        <source>The scenario makes no edit yet.</source>
        <translation>В сценарии пока нет изменений.</translation>
    </message>
    <message>
        <source>{count} states and blocs besides the edited states move by at least the smallest move.</source>
        <translation>Помимо изменённых государств, затронуто государств и блоков: {count} (не меньше наименьшего изменения).</translation>
    </message>
    <message>
        <source>No other state or bloc moves by that much.</source>
        <translation>Больше ни одно государство или блок не меняется настолько.</translation>
    </message>
</context>
<context>
    <name>StateProfileChart</name>
    <message>
        <source>Compare with:</source>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Select a state to see its profile across the indices.</source>
        <translation>Выберите государство, чтобы увидеть его профиль по индексам.</translation>
    </message>
    <message>
        <source>0–100: indices, market access in % of world GDP; scenario {year}</source>
        <translation>0–100: индексы, доступ к рынкам — в % мирового ВВП; сценарий {year}</translation>
    </message>
    <message>
        <source>index (0–100), scenario {year}</source>
        <translation type="vanished">индекс (0–100), сценарий {year}</translation>
    </message>
    <message>
        <source>error bars: 90 % of 1,000 draws</source>
        <translation>планки: 90 % из 1 000 выборок</translation>
    </message>
    <message>
        <source>; error bars: 90 % of 1,000 draws</source>
        <translation type="vanished">; планки: 90 % из 1 000 выборок</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Изменить шаг</translation>
    </message>
    <message>
        <source>Only you see these, not the room</source>
        <translation>Их видите только вы, не аудитория</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Membership of {bloc}</source>
        <translation>Членство в {bloc}</translation>
    </message>
    <message>
        <source>Change against the baseline</source>
        <translation>Изменение относительно базы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>The first state the scenario edits</source>
        <translation>Первое государство, которое меняет сценарий</translation>
    </message>
    <message>
        <source>One answer a line, such as Yes and No</source>
        <translation>По одному ответу в строке, например «Да» и «Нет»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Question to the room:</source>
        <translation>&amp;Вопрос аудитории:</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>&amp;Заметки докладчика:</translation>
    </message>
    <message>
        <source>The &amp;map shows:</source>
        <translation>&amp;Карта показывает:</translation>
    </message>
    <message>
        <source>An indicator&apos;s:</source>
        <translation>Для показателя:</translation>
    </message>
    <message>
        <source>&amp;Arguments of:</source>
        <translation>&amp;Доводы для:</translation>
    </message>
    <message>
        <source>The room&apos;s &amp;options:</source>
        <translation>&amp;Варианты для аудитории:</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Write the change that failed once more</source>
        <translation>Ещё раз записать изменение, которое не удалось сохранить</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <source>Try to reach the team database server at once</source>
        <translation>Сразу попробовать связаться с сервером командной базы данных</translation>
    </message>
    <message>
        <source>Offline: the team database server {server} cannot be reached ({reason}).</source>
        <translation>Нет связи: сервер командной базы данных {server} недоступен ({reason}).</translation>
    </message>
    <message>
        <source>Read-only on the world and the arguments already loaded until the window reconnects: a change is refused, and kept.</source>
        <translation>До восстановления связи — только чтение уже загруженных данных мира и аргументов: изменение не принимается, но сохраняется.</translation>
    </message>
    <message>
        <source>Next attempt at {time}.</source>
        <translation>Следующая попытка в {time}.</translation>
    </message>
    <message>
        <source>Reconnected to the team database server {server}; the library is up to date.</source>
        <translation>Связь с сервером командной базы данных {server} восстановлена; библиотека обновлена.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>Командная база данных</translation>
    </message>
    <message>
        <source>Open the world and the arguments from a PostgreSQL database your team shares, from the next start on. Leave it empty to work on your own profile. Keep the password in ~/.pgpass, not here.</source>
        <translation>Со следующего запуска открывать мир и аргументы из общей базы данных PostgreSQL вашей команды. Оставьте поле пустым, чтобы работать со своим профилем. Храните пароль в ~/.pgpass, а не здесь.</translation>
    </message>
    <message>
        <source>Leave the password out: put it in ~/.pgpass, where it is not stored in the program&apos;s settings.</source>
        <translation>Не указывайте пароль здесь: запишите его в ~/.pgpass, тогда он не попадёт в настройки программы.</translation>
    </message>
    <message>
        <source>The team database will be opened when you start Regio Desktop again.</source>
        <translation>Командная база данных откроется при следующем запуске Regio Desktop.</translation>
    </message>
    <message>
        <source>Your own profile will be opened when you start Regio Desktop again.</source>
        <translation>При следующем запуске Regio Desktop откроется ваш собственный профиль.</translation>
    </message>
</context>
<context>
    <name>TeamDecks</name>
    <message>
        <source>Save dec&amp;k to team…</source>
        <translation>Сохранить набор для ко&amp;манды…</translation>
    </message>
    <message>
        <source>Save this deck as a new version in the team database, with a comment</source>
        <translation>Сохранить этот набор новой версией в командной базе данных, с комментарием</translation>
    </message>
    <message>
        <source>Open deck from tea&amp;m…</source>
        <translation>Открыть набор ком&amp;анды…</translation>
    </message>
    <message>
        <source>Open a saved version of a team deck, to present or to work on</source>
        <translation>Открыть сохранённую версию набора команды, чтобы показать его или работать с ним</translation>
    </message>
    <message>
        <source>Open a deck from the team</source>
        <translation>Открыть набор команды</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Team decks</source>
        <translation>Наборы команды</translation>
    </message>
    <message>
        <source>Saved deck “{name}” as version {version} in the team database.</source>
        <translation>Набор «{name}» сохранён как версия {version} в командной базе данных.</translation>
    </message>
    <message>
        <source>Opened deck “{name}” version {version} from the team database.</source>
        <translation>Открыт набор «{name}», версия {version}, из командной базы данных.</translation>
    </message>
</context>
<context>
    <name>TeamScenarios</name>
    <message>
        <source>Save to &amp;team…</source>
        <translation>Сохранить для &amp;команды…</translation>
    </message>
    <message>
        <source>Save this scenario as a new version in the team database, with a comment</source>
        <translation>Сохранить этот сценарий новой версией в командной базе данных, с комментарием</translation>
    </message>
    <message>
        <source>&amp;Open from team…</source>
        <translation>&amp;Открыть из командной базы…</translation>
    </message>
    <message>
        <source>Open a saved version of a team scenario, to work on or to compare</source>
        <translation>Открыть сохранённую версию сценария команды, чтобы работать с ней или сравнить</translation>
    </message>
    <message>
        <source>Open a scenario from the team</source>
        <translation>Открыть сценарий команды</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Team scenarios</source>
        <translation>Сценарии команды</translation>
    </message>
    <message>
        <source>Saved “{name}” as version {version} in the team database.</source>
        <translation>«{name}» сохранён как версия {version} в командной базе данных.</translation>
    </message>
    <message>
        <source>{name} (version {version})</source>
        <translation>{name} (версия {version})</translation>
    </message>
</context>
<context>
    <name>TensionFilter</name>
    <message>
        <source>Hide the combinations whose scenario holds any tension (the warnings of the scenario&apos;s check); the chart still shows them all</source>
        <translation type="vanished">Скрыть комбинации, в сценарии которых есть хотя бы одно противоречие (предупреждение проверки сценария); на графике по-прежнему видны все</translation>
    </message>
    <message>
        <source>Hide the combinations whose scenario holds any tension (the warnings of the scenario&apos;s check); the chart draws them faint</source>
        <translation>Скрыть комбинации, в сценарии которых есть хотя бы одно противоречие (предупреждение проверки сценария); на графике они показаны бледно</translation>
    </message>
    <message>
        <source>Counting tensions…</source>
        <translation>Подсчёт противоречий…</translation>
    </message>
    <message>
        <source>Only bo&amp;x {step}</source>
        <translation>Только о&amp;бласть {step}</translation>
    </message>
    <message>
        <source>Show only the {count:,} combinations of box {step} of the Discover tab</source>
        <translation>Показывать только {count:,} комбинаций области {step} с вкладки «Поиск областей»</translation>
    </message>
    <message>
        <source>Tensions could not be counted: {error}</source>
        <translation>Не удалось подсчитать противоречия: {error}</translation>
    </message>
    <message>
        <source>{consistent:,} of {count:,} consistent</source>
        <translation>согласованы {consistent:,} из {count:,}</translation>
    </message>
    <message>
        <source>Combinations whose scenario holds no tension (the warnings of its check); the Tensions column counts them in each</source>
        <translation>Комбинации, в сценарии которых нет противоречий (предупреждений проверки); столбец «Противоречия» считает их в каждой</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>{first}–{year}; dashed line: scenario year</source>
        <translation>{first}–{year}; пунктир: год сценария</translation>
    </message>
    <message>
        <source>Full members per bloc</source>
        <translation>Полноправные члены по блокам</translation>
    </message>
    <message>
        <source>members</source>
        <translation>члены</translation>
    </message>
    <message>
        <source>Select a state to see its memberships.</source>
        <translation>Выберите государство, чтобы увидеть его членство.</translation>
    </message>
    <message>
        <source>Memberships of {state}</source>
        <translation>Членство: {state}</translation>
    </message>
    <message>
        <source>leaves</source>
        <translation>выходит</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>Peeling trajectory: coverage against density of each box</source>
        <translation>Траектория отсечения: охват и плотность каждой области</translation>
    </message>
    <message>
        <source>Each point is one box of the peeling trajectory, from all combinations (right, low) to the smallest box (left, high). Click a point to pick its box.</source>
        <translation>Каждая точка — одна область траектории отсечения, от всех комбинаций (справа внизу) до самой малой области (слева вверху). Щёлкните точку, чтобы выбрать её область.</translation>
    </message>
    <message>
        <source>Coverage: share of the cases inside the box (%, higher is better)</source>
        <translation>Охват: доля искомых случаев внутри области (%, чем выше, тем лучше)</translation>
    </message>
    <message>
        <source>Density: share of the box that are cases (%, higher is better)</source>
        <translation>Плотность: доля искомых случаев в области (%, чем выше, тем лучше)</translation>
    </message>
    <message>
        <source>Find boxes to see the trajectory here.</source>
        <translation>Найдите области, чтобы увидеть здесь траекторию.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>{state} leaves {bloc}</source>
        <translation>{state} выходит из {bloc}</translation>
    </message>
    <message>
        <source>{state} becomes {status} of {bloc}</source>
        <translation>{state}: {status} в {bloc}</translation>
    </message>
    <message>
        <source>{state} joins {bloc} as {status}</source>
        <translation>{state} вступает в {bloc}: {status}</translation>
    </message>
    <message>
        <source>no alignment</source>
        <translation>без ориентации</translation>
    </message>
    <message>
        <source>{state}: {alignment}</source>
        <translation>{state}: {alignment}</translation>
    </message>
    <message>
        <source>Baseline year {year}</source>
        <translation>Базовый год {year}</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>Переименовать в «{name}»</translation>
    </message>
    <message>
        <source>Edit the scenario&apos;s description or notes</source>
        <translation>Изменение описания или заметок сценария</translation>
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
        <translation>% мирового ВВП за пределами государства</translation>
    </message>
    <message>
        <source>US$ bn</source>
        <translation>млрд долл. США</translation>
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
        <translation>государств</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>founding member</source>
        <translation>член-основатель</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>ассоциированный член</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>dialogue partner</source>
        <translation>партнёр по диалогу</translation>
    </message>
    <message>
        <source>partner country</source>
        <translation>страна-партнёр</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановлено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
    <message>
        <source>Russia-led</source>
        <translation>Курс на Россию</translation>
    </message>
    <message>
        <source>China-centred</source>
        <translation>Курс на Китай</translation>
    </message>
    <message>
        <source>Multi-vector</source>
        <translation>Многовекторность</translation>
    </message>
    <message>
        <source>West-oriented</source>
        <translation>Курс на Запад</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Членство</translation>
    </message>
    <message>
        <source>Bloc in general</source>
        <translation>Блок в целом</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>экономика</translation>
    </message>
    <message>
        <source>trade and transit</source>
        <translation>торговля и транзит</translation>
    </message>
    <message>
        <source>security</source>
        <translation>безопасность</translation>
    </message>
    <message>
        <source>sovereignty</source>
        <translation>суверенитет</translation>
    </message>
    <message>
        <source>identity and culture</source>
        <translation>идентичность и культура</translation>
    </message>
    <message>
        <source>sanctions risk</source>
        <translation>санкционный риск</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>book</source>
        <translation>книга</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>набор данных</translation>
    </message>
    <message>
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <source>official document</source>
        <translation>официальный документ</translation>
    </message>
    <message>
        <source>reference work</source>
        <translation>справочное издание</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>оценка</translation>
    </message>
</context>
<context>
    <name>VocabularyShort</name>
    <message>
        <source>founder</source>
        <translation>основатель</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>ассоц.</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>диалог</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>приостановл.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>вышел</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>No warnings: the scenario is consistent.</source>
        <translation>Предупреждений нет: сценарий согласован.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
</context>
</TS>
