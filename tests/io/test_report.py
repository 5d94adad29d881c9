"""The PDF report: written atomically, and its text holds the edits, figures, tensions and sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from regio_desktop.cli import main
from tests.conftest import REPO_ROOT

PRESET = REPO_ROOT / "resources" / "scenarios" / "05_kazakhstan_leaves_csto_eaeu.regio.json"


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_report_of_a_preset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "report.pdf"
    assert main(["report", str(PRESET), "--output", str(output)]) == 0
    text = " ".join(_text(output).split())
    assert "Kazakhstan leaves the CSTO and the EAEU" in text
    assert "Collective Security Treaty Organization: founding member → withdrawn" in text
    assert "Security coverage" in text and "Baseline" in text
    assert "Arguments for and against" in text and "References" in text
    assert "Usserova" in text  # a full citation of the seed article
    assert not list(tmp_path.glob(".report-*"))


def test_report_names_tensions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = tmp_path / "s.regio.json"
    scenario.write_text(
        json.dumps(
            {
                "format": "regio-scenario",
                "version": 1,
                "name": "Turn",
                "alignments": {"KAZ": "china-centred"},
            }
        ),
        encoding="utf-8",
    )
    output = tmp_path / "turn.pdf"
    assert main(["report", str(scenario), "--output", str(output)]) == 0
    assert "KAZ is china-centred but a full member of EAEU" in " ".join(_text(output).split())


def test_report_into_a_missing_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["report", str(PRESET), "--output", str(tmp_path / "nowhere" / "r.pdf")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_report_has_summary_notes_spillovers_page_numbers_and_method(tmp_path: Path) -> None:
    """#13 item 7: what a colleague reads first, the analyst's notes, who else moves, numbered
    pages with a running header, and the method inside the report instead of a repository path."""
    scenario = tmp_path / "kaz.regio.json"
    scenario.write_text(
        json.dumps(
            {
                "format": "regio-scenario",
                "version": 1,
                "name": "Kazakhstan leaves the EAEU",
                "memberships": [{"state": "KAZ", "bloc": "EAEU", "action": "leave"}],
                "notes": "Check the CPC exemption again.",
            }
        ),
        encoding="utf-8",
    )
    output = tmp_path / "kaz.pdf"
    assert main(["report", str(scenario), "--output", str(output)]) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(output).pages]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.startswith("Kazakhstan leaves the EAEU ·")  # the running header
    text = " ".join(pages)
    assert "Summary. The scenario makes 1 edit to Kazakhstan." in text
    assert "Check the CPC exemption again." in text
    assert "Who else moves" in text and "Armenia" in text and "Belarus" in text
    assert "Appendix: method" in text and "higher is better for the state" in text
    assert "docs/indicators.md" not in text
