"""The arguments panel shows for and against with sources, for the selected state."""

from __future__ import annotations

from regio_desktop.app.common.citations import short_citation
from regio_desktop.app.documents.scenario_document import ScenarioDocument
from regio_desktop.app.workbench.arguments_panel import ArgumentsPanel


def test_for_and_against_with_sources(document: ScenarioDocument) -> None:
    panel = ArgumentsPanel(document)
    assert not panel.rows.empty
    assert set(panel.rows["stance"]) == {"for", "against"}
    text = panel.toPlainText()
    assert "Arguments for Kazakhstan" in text
    assert "Balancing keeps every door open for a landlocked state." in text
    assert "Alignment: Multi-vector" in text
    assert "Membership: Eurasian Economic Union" in text
    assert "For" in text and "Against" in text
    assert "Made-up figures for tests, not real data" in text
    assert "[1]" in text


def test_follows_the_selection(document: ScenarioDocument) -> None:
    panel = ArgumentsPanel(document)
    document.select_state("USA")
    assert panel.rows.empty
    assert "No arguments recorded" in panel.toPlainText()
    document.select_state("")
    assert "Select a state" in panel.toPlainText()


def test_short_citation() -> None:
    assert short_citation("Usserova, K. K. (2024). A long title.") == "Usserova, K. K. (2024)"
    assert short_citation("x" * 200).endswith("…")
    # cut at a word's end, never inside a word or a number
    long = "Agreement on the Customs Union, Minsk, 6 January 1995, and the Agreement of 20 Jan 1995"
    assert short_citation(long, 52) == "Agreement on the Customs Union, Minsk, 6 January…"
    assert short_citation(long, 53) == "Agreement on the Customs Union, Minsk, 6 January 1995…"
    assert len(short_citation("x" * 200, 50)) == 51
