<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlignmentPanel</name>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="53"/>
        <source>Alignment choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="71"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="72"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="73"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="87"/>
        <source>Alignment of {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/alignment_panel.py" line="114"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgumentsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="32"/>
        <source>Alignment: {choice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="36"/>
        <source>Membership: {bloc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="50"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="66"/>
        <source>Select a state to see the arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="72"/>
        <source>Arguments for {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/arguments_panel.py" line="77"/>
        <source>No arguments recorded for these choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="75"/>
        <source>bn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="81"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="163"/>
        <location filename="../../regio_desktop/app/indicator_table.py" line="225"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="189"/>
        <source>Unit: {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="201"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="202"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="203"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="204"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="205"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="222"/>
        <source>Selected state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="223"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="224"/>
        <source>Blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="244"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="246"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="266"/>
        <source>{state}, baseline {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/indicator_table.py" line="270"/>
        <source>baseline {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="86"/>
        <location filename="../../regio_desktop/app/launch.py" line="99"/>
        <source>Regio Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="87"/>
        <source>The world database cannot be opened.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/launch.py" line="100"/>
        <source>The scenario {path} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="52"/>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="58"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="64"/>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="70"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="99"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="101"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="103"/>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="106"/>
        <source>&amp;Save scenario as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="131"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="138"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="154"/>
        <source>Scenario: {name} · {count} edit(s) · baseline {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="159"/>
        <source>Regio Desktop — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="167"/>
        <source>Not possible: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="176"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="177"/>
        <source>The new language will be used when you start Regio Desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="187"/>
        <location filename="../../regio_desktop/app/main_window.py" line="200"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="189"/>
        <location filename="../../regio_desktop/app/main_window.py" line="213"/>
        <source>Scenarios ({pattern})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="201"/>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="211"/>
        <location filename="../../regio_desktop/app/main_window.py" line="222"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/main_window.py" line="223"/>
        <source>Cannot save {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipMatrix</name>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="106"/>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="111"/>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="167"/>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="107"/>
        <source>{state} in {bloc}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="114"/>
        <source>Baseline {year}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="120"/>
        <source>Double-click or Space toggles; right-click for every status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="163"/>
        <source>Back to baseline ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="170"/>
        <source>Leave {bloc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/membership_matrix.py" line="197"/>
        <source>Membership matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioToolbar</name>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="21"/>
        <source>Baseline year: memberships and figures as they stood that year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="25"/>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="52"/>
        <source>Baseline year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/scenario_toolbar.py" line="47"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="58"/>
        <source>{state} leaves {bloc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="60"/>
        <source>{state} becomes {status} of {bloc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="62"/>
        <source>{state} joins {bloc} as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="70"/>
        <source>no alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="71"/>
        <source>{state}: {alignment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/undo_commands.py" line="78"/>
        <source>Baseline year {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="16"/>
        <source>founding member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="17"/>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="28"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="18"/>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="29"/>
        <source>associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="19"/>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="30"/>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="20"/>
        <source>dialogue partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="21"/>
        <source>partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="22"/>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="33"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="23"/>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="34"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="27"/>
        <source>founder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="31"/>
        <source>dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="32"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="39"/>
        <source>Russia-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="40"/>
        <source>China-centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="41"/>
        <source>Multi-vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="42"/>
        <source>West-oriented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="46"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/vocabulary_labels.py" line="47"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="43"/>
        <source>No warnings: the scenario is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../regio_desktop/app/warnings_panel.py" line="78"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
