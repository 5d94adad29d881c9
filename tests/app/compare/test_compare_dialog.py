"""The Compare dialog driven through its widgets: which scenarios are checked, the deltas and their
colours, the Changes and Arguments tabs, the filters, the 2-to-4 rule, following the session, and
the export. Expected figures come from ``api.evaluate`` directly, never from the comparison."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import SHOW_ALL_STATES, SHOW_BLOCS, format_number
from regio_desktop.app.compare.comparison_cells import BETTER_COLOUR, WORSE_COLOUR
from regio_desktop.app.compare.dialog import ARGUMENTS_TAB, CHANGES_TAB, CompareDialog
from regio_desktop.app.shell.main_window import MainWindow

STATE_INDICATORS = [info.code for info in api.INDICATORS if info.level == "state"]


@pytest.fixture
def two_scenarios(window: MainWindow) -> MainWindow:
    """'Base' (no edits) and 'China' (Kazakhstan China-centred), the latter current."""
    window.files.rename("Base")
    window.files.new_action.trigger()
    window.files.rename("China")
    window.document.set_alignment("KAZ", "china-centred")
    window.document.select_state("KAZ")
    assert [e.scenario.name for e in window.session.entries] == ["Base", "China"]
    return window


def _dialog(window: MainWindow, qtbot: QtBot) -> CompareDialog:
    dialog = CompareDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _items(dialog: CompareDialog) -> list[QListWidgetItem]:
    return [dialog.scenario_list.item(r) for r in range(dialog.scenario_list.count())]


def _check(dialog: CompareDialog, rows: list[int]) -> None:
    """Tick exactly these rows of the list, one item at a time, as a user would."""
    for row, item in enumerate(_items(dialog)):
        state = Qt.CheckState.Checked if row in rows else Qt.CheckState.Unchecked
        if item.checkState() != state:
            item.setCheckState(state)


def _cells(model: QAbstractItemModel, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def _header(model: QAbstractItemModel, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal))


def _row_of(model: QAbstractItemModel, column: int, text: str) -> int:
    cells = _cells(model, column)
    assert text in cells, f"{text!r} not in {cells}"
    return cells.index(text)


def test_the_current_and_next_scenarios_are_checked_and_the_first_is_the_reference(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    assert not dialog.isModal()
    assert [i.checkState() for i in _items(dialog)] == [Qt.CheckState.Checked] * 2
    assert dialog.checked_indices() == [0, 1]
    assert dialog.comparison is not None and dialog.comparison.names == ("Base", "China")
    assert dialog.reference_combo.currentText().startswith("Base")
    assert _items(dialog)[0].font().bold() and not _items(dialog)[1].font().bold()
    assert dialog.message_label.isHidden() and dialog.tabs.isEnabled()
    assert dialog.scenario_list.accessibleName() and dialog.export_button.toolTip()


def test_delta_cells_show_the_difference_of_the_evaluations(
    two_scenarios: MainWindow, qtbot: QtBot, tiny_world: api.World
) -> None:
    base, china = (e.scenario for e in two_scenarios.session.entries)
    expected = {}
    for scenario in (base, china):
        table = api.evaluate(tiny_world, scenario).indicators
        kaz = table[(table["level"] == "state") & (table["entity"] == "KAZ")]
        expected[scenario.name] = dict(zip(kaz["indicator"], kaz["value"], strict=True))
    dialog = _dialog(two_scenarios, qtbot)
    view = dialog.indicator_view.model()
    model = dialog.indicator_model
    assert view.rowCount() == len(STATE_INDICATORS)
    assert [_header(view, c) for c in range(2, 5)] == ["Base", "China", "Change"]
    for code in STATE_INDICATORS:
        title = model.data(model.index(model.find_row(code, "KAZ"), 0))
        row = _row_of(view, 0, title)
        before, after = expected["Base"][code], expected["China"][code]
        assert view.index(row, 2).data() == format_number(before)
        assert view.index(row, 3).data() == format_number(after)
        delta = view.index(row, 4)
        higher_is = api.indicator_info(code).higher_is
        brush = delta.data(Qt.ItemDataRole.ForegroundRole)
        if abs(after - before) > 1e-9 and higher_is in ("better", "worse"):
            better = (after > before) == (higher_is == "better")
            mark = "▲" if better else "▼"  # the colour is never the only sign
            assert delta.data() == f"{format_number(after - before, signed=True)} {mark}"
            assert brush.color() == (BETTER_COLOUR if better else WORSE_COLOUR), code
            assert ("Better" if better else "Worse") in delta.data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert delta.data() == format_number(after - before, signed=True)
            assert brush is None or brush.color() not in (BETTER_COLOUR, WORSE_COLOUR), code
    # The tiny world moves autonomy down when Kazakhstan turns to China, and transit down too:
    # a multi-vector Kazakhstan keeps every pole's route open, a China-centred one not Russia's.
    assert expected["China"]["autonomy"] < expected["Base"]["autonomy"]
    assert expected["China"]["transit_connectivity"] < expected["Base"]["transit_connectivity"]


def test_selected_state_filter_follows_the_main_window(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    assert "Kazakhstan" in dialog.indicator_caption.text()
    two_scenarios.document.select_state("KGZ")
    assert set(dialog.indicator_model.rows["entity"]) == {"KGZ"}
    assert "Kyrgyzstan" in dialog.indicator_caption.text()
    dialog.set_mode(SHOW_BLOCS)
    assert set(dialog.indicator_model.rows["level"]) == {"bloc"}
    assert not dialog.indicator_view.isColumnHidden(1)


def test_only_rows_that_differ_reduces_the_rows(two_scenarios: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    dialog.set_mode(SHOW_ALL_STATES)
    view = dialog.indicator_view.model()
    every = view.rowCount()
    qtbot.mouseClick(dialog.only_differing, Qt.MouseButton.LeftButton)
    assert dialog.only_differing.isChecked()
    differing = view.rowCount()
    assert 0 < differing < every
    deltas = [float(view.index(r, 4).data(Qt.ItemDataRole.UserRole + 1)) for r in range(differing)]
    assert all(abs(d) > 1e-9 for d in deltas)
    # Kazakhstan's own figures, and Russia's: a multi-vector Kazakhstan kept Russia's route
    # open, a China-centred one obstructs it (China's route it kept open already, so UZB and
    # CHN on the fixture's China-Central Asia route do not move).
    assert set(dialog.indicator_model.rows["entity"]) == {"KAZ", "RUS"}
    qtbot.mouseClick(dialog.only_differing, Qt.MouseButton.LeftButton)
    assert view.rowCount() == every


def test_changes_tab_lists_kazakhstans_alignment_change(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    dialog.tabs.setCurrentIndex(CHANGES_TAB)
    view = dialog.changes_view.model()
    assert dialog.tabs.tabText(CHANGES_TAB) == "Changes (1)"
    assert view.rowCount() == 1
    assert [view.index(0, c).data() for c in range(4)] == [
        "Kazakhstan",
        "Alignment",
        "Multi-vector",
        "China-centred",
    ]
    assert view.index(0, 3).data(Qt.ItemDataRole.FontRole).bold()
    assert view.index(0, 2).data(Qt.ItemDataRole.FontRole) is None
    # A membership change is listed with translated status labels and the bloc's name.
    two_scenarios.document.set_membership("KAZ", "CSTO", None)
    assert view.rowCount() == 2
    row = _row_of(view, 1, "Membership in Collective Security Treaty Organization")
    assert view.index(row, 2).data() == "founding member"
    assert view.index(row, 3).data() in ("withdrawn", "not a member")
    # Clicking a row selects its state in the main window.
    two_scenarios.document.select_state("UZB")
    rect = dialog.changes_view.visualRect(view.index(0, 0))
    qtbot.mouseClick(dialog.changes_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert two_scenarios.document.selected_state == "KAZ"


def test_arguments_tab_shows_which_scenarios_an_argument_applies_to(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    dialog.tabs.setCurrentIndex(ARGUMENTS_TAB)
    view = dialog.arguments_view.model()
    model = dialog.arguments_model
    ids = list(model.rows["id"])
    assert set(ids) == {"t_001", "t_002", "t_005"}
    assert dialog.tabs.tabText(ARGUMENTS_TAB) == "Arguments that differ (3)"
    assert [_header(view, c) for c in range(7)] == [
        "State",
        "Choice",
        "Stance",
        "Claim",
        "Citation",
        "A",
        "B",
    ]
    assert "A: Base" in dialog.arguments_caption.text()
    claim = "Balancing keeps every door open for a landlocked state."
    row = _row_of(view, 3, claim)
    assert view.index(row, 1).data() == "Alignment: Multi-vector"
    assert view.index(row, 2).data() == "For"
    assert view.index(row, 4).data()  # the citation
    assert (view.index(row, 5).data(), view.index(row, 6).data()) == ("✓", "")
    china = _row_of(view, 1, "Alignment: China-centred")
    assert (view.index(china, 5).data(), view.index(china, 6).data()) == ("", "✓")


def test_one_or_five_checked_scenarios_show_a_message_and_compute_nothing(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    for _ in range(3):
        two_scenarios.files.new_action.trigger()
    dialog = _dialog(two_scenarios, qtbot)
    assert dialog.scenario_list.count() == 5
    _check(dialog, [0])
    assert dialog.comparison is None
    assert dialog.message_label.isVisible() and "at least two" in dialog.message_label.text()
    assert not dialog.tabs.isEnabled() and not dialog.export_button.isEnabled()
    assert dialog.indicator_view.model().rowCount() == 0
    _check(dialog, [0, 1, 2, 3, 4])
    assert dialog.comparison is None
    assert "At most four" in dialog.message_label.text()
    # Unticking one with the keyboard (Space on the current item) brings the comparison back.
    dialog.scenario_list.setFocus()
    dialog.scenario_list.setCurrentRow(4)
    qtbot.keyClick(dialog.scenario_list, Qt.Key.Key_Space)
    assert _items(dialog)[4].checkState() == Qt.CheckState.Unchecked
    assert dialog.comparison is not None and len(dialog.comparison.names) == 4
    assert dialog.message_label.isHidden() and dialog.export_button.isEnabled()


def test_a_single_open_scenario_asks_for_another(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.comparison is None
    assert "Only one scenario is open" in dialog.message_label.text()
    window.files.duplicate_action.trigger()
    assert dialog.scenario_list.count() == 2
    _check(dialog, [0, 1])
    assert dialog.comparison is not None


def test_make_reference_negates_the_deltas_and_moves_nothing(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    before = dialog.comparison
    assert before is not None
    dialog.scenario_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.reference_button, Qt.MouseButton.LeftButton)
    after = dialog.comparison
    assert after is not None and after.names == ("China", "Base")
    assert [i.text().split("  (")[0] for i in _items(dialog)] == ["Base", "China"]
    assert dialog.reference_combo.currentText().startswith("China")
    assert _items(dialog)[1].font().bold() and not _items(dialog)[0].font().bold()
    pd.testing.assert_series_equal(
        after.values["delta: Base"], -before.values["delta: China"], check_names=False
    )


def test_the_dialog_follows_the_session(two_scenarios: MainWindow, qtbot: QtBot) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    # An edit of a compared scenario (China is current) is compared at once.
    two_scenarios.document.set_alignment("KGZ", "china-centred")
    assert set(dialog.changes_model.rows["state"]) == {"KAZ", "KGZ"}
    # A new scenario joins the list unchecked; the comparison stays as it was.
    compared = dialog.comparison
    two_scenarios.files.new_action.trigger()
    assert dialog.scenario_list.count() == 3
    assert dialog.checked_indices() == [0, 1] and dialog.comparison is compared
    # Renaming shows in the list and the headers.
    two_scenarios.files.previous_action.trigger()
    two_scenarios.files.rename("China and Kyrgyzstan")
    assert dialog.comparison is not None
    assert dialog.comparison.names == ("Base", "China and Kyrgyzstan")
    # Closing a compared scenario leaves one checked: the message comes back.
    two_scenarios.files.close_action.trigger()
    assert dialog.scenario_list.count() == 2
    assert dialog.checked_indices() == [0] and dialog.comparison is None
    assert dialog.message_label.isVisible()


def test_export_writes_the_comparison(
    two_scenarios: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    assert dialog.export(tmp_path / "comparison.xlsx")
    frame = pd.read_excel(tmp_path / "comparison.xlsx")
    assert list(frame.columns) == [
        "level",
        "entity",
        "indicator",
        "unit",
        "Base",
        "China",
        "delta: China",
    ]
    assert set(frame["level"]) == {"state", "bloc", "region"}
    kaz = frame[(frame["entity"] == "KAZ") & (frame["indicator"] == "autonomy")].iloc[0]
    assert math.isclose(kaz["delta: China"], kaz["China"] - kaz["Base"], abs_tol=1e-9)
    assert dialog.export(tmp_path / "comparison.csv")
    assert pd.read_csv(tmp_path / "comparison.csv").shape == frame.shape
    # A format the program cannot write is reported without a blocking dialog.
    assert not dialog.export(tmp_path / "comparison.txt")
    assert "comparison.txt" in dialog.last_warning
    _check(dialog, [0])
    assert not dialog.export(tmp_path / "nothing.xlsx")
    assert not (tmp_path / "nothing.xlsx").exists()


def test_different_baseline_years_are_named(
    two_scenarios: MainWindow, qtbot: QtBot, tiny_world: api.World
) -> None:
    year = tiny_world.latest_year - 1
    assert two_scenarios.document.set_year(year)
    dialog = _dialog(two_scenarios, qtbot)
    view = dialog.indicator_view.model()
    assert _header(view, 2) == f"Base\n({tiny_world.latest_year})"
    assert _header(view, 3) == f"China\n({year})"
    assert "different baseline years" in dialog.changes_caption.text()


def test_every_focusable_control_has_an_accessible_name(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    unnamed = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        for widget in dialog.findChildren(QWidget):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name):
                unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == []


def test_a_closed_dialog_catches_up_when_shown_again(
    two_scenarios: MainWindow, qtbot: QtBot
) -> None:
    dialog = _dialog(two_scenarios, qtbot)
    dialog.close()
    two_scenarios.document.set_alignment("KGZ", "china-centred")
    assert set(dialog.changes_model.rows["state"]) == {"KAZ"}
    dialog.show()
    assert set(dialog.changes_model.rows["state"]) == {"KAZ", "KGZ"}


def test_delta_colours_come_from_indicator_judge(
    two_scenarios: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compare table asks ``IndicatorInfo.judge``: a judge that calls every change worse
    turns every moved delta red, whatever the indicator's direction."""
    real = api.IndicatorInfo.judge

    def gloomy(self: api.IndicatorInfo, delta: float) -> str:
        return "same" if real(self, delta) == "same" else "worse"

    monkeypatch.setattr(api.IndicatorInfo, "judge", gloomy)
    dialog = _dialog(two_scenarios, qtbot)
    view = dialog.indicator_view.model()
    moved = 0
    for row in range(view.rowCount()):
        delta = view.index(row, 4)
        brush = delta.data(Qt.ItemDataRole.ForegroundRole)
        if brush is not None and brush.color() == WORSE_COLOUR:
            moved += 1
            assert "Worse" in delta.data(Qt.ItemDataRole.ToolTipRole)
        assert brush is None or brush.color() != BETTER_COLOUR
    assert moved >= 2  # KAZ's turn to China moves several indicators, better ones included
