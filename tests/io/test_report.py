"""The PDF report: written atomically, and its text holds the edits, figures, tensions and sources."""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import pytest
from pypdf import PdfReader

from regio_desktop import api
from regio_desktop.cli import main
from regio_desktop.input_files import SCENARIO_LIMIT
from regio_desktop.world.loaded_world import World
from tests.conftest import REPO_ROOT

WORLD = api.load_world()
LEAVE = api.Scenario(name="Kazakhstan leaves the EAEU").with_membership(
    api.MembershipEdit("KAZ", "EAEU", "leave")
)
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
    assert "In brackets: the range of 90 % of 1,000 draws" in text  # the default report
    # The charts carry the error bars of the report's analysis, and the rankings name each
    # estimate in words, never by its code.
    assert "scenario (dark slate) and baseline (grey); error bars: 90 % of the draws" in text
    for code in api.ESTIMATE_NAMES:
        assert code not in text.split("Method")[0], code
    assert "weight of the declared alignment in the ties to a pole" in text
    # A figure no estimate reaches prints no range: '4.00 (4.00–4.00)' said nothing.
    assert re.search(r"(\d+\.?\d*) \(\1–\1\)", text) is None
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


def test_a_fall_in_sanctions_exposure_is_marked_better(tiny_world: World) -> None:
    """The report colours and marks a change by its judgement, not its sign: Kazakhstan out of
    the EAEU in 2023 (sanctions on Russia in force) is less exposed, which is better."""
    scenario = api.Scenario(year=2023).with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))
    html = api.report_html(
        tiny_world, scenario, judgement_colours={"better": "#0000ff", "worse": "#ff8800"}
    )
    row = html[html.index("<td>Sanctions exposure</td>") :].split("</tr>")[0]
    assert 'class="num better"' in row and "▲" in row and "▼" not in row
    assert "↓ lower" in row
    assert ".better { color: #0000ff }" in html
    autonomy = html[html.index("<td>Autonomy</td>") :].split("</tr>")[0]
    assert 'class="num better"' in autonomy and "↑ higher" in autonomy


def test_the_largest_changes_are_broken_down_in_the_report(tiny_world: World) -> None:
    """The report's breakdown is ``explain_change``: the same steps, in the same words."""
    scenario = api.Scenario(year=2023).with_membership(api.MembershipEdit("KAZ", "EAEU", "leave"))
    html = api.report_html(tiny_world, scenario)
    section = html[html.index("Why the largest changes moved") :]
    change = api.explain_change(tiny_world, scenario, "autonomy", "KAZ")
    assert change.steps and escape(change.steps[0].worded(tiny_world.name)) in section
    assert "Formula: " + change.formula.english.split(";")[0] in section
    assert section.count("<h3>") >= 1
    assert api.report_html(tiny_world, api.Scenario(year=2023)).count("Why the largest") == 0


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


def test_the_longest_accepted_description_is_cut_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """#18 item 6: a report of a scenario with a description of megabytes ran for minutes
    (thousands of pages); the report prints about a page of it and says it was cut."""
    scenario = tmp_path / "long.regio.json"
    head = {"format": "regio-scenario", "version": 1, "name": "Long", "description": ""}
    room = SCENARIO_LIMIT - len(json.dumps(head).encode())
    sentence = "Kazakhstan balances between Russia and China. "
    head["description"] = (sentence * (room // len(sentence) + 1))[: room - 3] + "END"
    scenario.write_text(json.dumps(head), encoding="utf-8")
    assert scenario.stat().st_size <= SCENARIO_LIMIT  # the largest the reader accepts
    output = tmp_path / "long.pdf"
    assert main(["report", str(scenario), "--output", str(output)]) == 0
    pages = PdfReader(output).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    length = len(head["description"])
    assert f"The description is cut here: it runs to {length:,} characters" in text
    assert "END" not in text.split("The description is cut")[0]
    assert "Kazakhstan balances between Russia and China. Kazakhstan" in text
    assert "What the scenario changes" in text
    assert len(pages) < 40  # the rest of the report, not thousands of pages of description


def test_a_report_onto_a_folder_that_refuses_files_says_so_in_one_line(
    capfd: pytest.CaptureFixture[str],
) -> None:
    assert main(["report", str(PRESET), "--output", "/proc/version"]) == 2
    err = capfd.readouterr().err
    assert "/proc/version cannot be written" in err
    assert "QPainter" not in err and len(err.splitlines()) == 1


def _section(html: str, start: str, end: str) -> str:
    return html[html.index(start) : html.index(end, html.index(start))]


def test_breakdown_steps_name_states_and_blocs_instead_of_codes() -> None:
    """#13 item 7 review: the steps name blocs and states as the window words them
    ("Eurasian Economic Union: ..."), not by their codes ("EAEU:", "RUS:")."""
    section = _section(api.report_html(WORLD, LEAVE), "Why the largest changes moved", "</h2>")
    # Since market access is a share of world GDP, leaving the EAEU moves it by about 1 point,
    # so the largest changes are autonomy, exposure and dependence: blocs by their names.
    assert "Eurasian Economic Union: delegation" in section
    assert "Autonomy, Kazakhstan:" in section
    for code in ("RUS:", "through EAEU", "CIS_FTA", "KAZ&#x27;s own", "EAEU:"):
        assert code not in section, code


def test_arguments_lead_with_the_edit_worded_as_the_edit() -> None:
    """The edited EAEU choice comes first, its sides "For leaving" / "Against leaving" as the
    core's ``framed_arguments`` decides them; the other choices follow as they stand."""
    html = api.report_html(WORLD, LEAVE)
    section = _section(html, "Arguments for and against", "<h2>References")
    framed = api.framed_arguments(WORLD, LEAVE, "KAZ")
    edited = framed[0]
    assert edited[0].choice == "membership:EAEU" and edited[0].move == "leave"
    leaving = sum(r["on_move"] == "for" for r in edited[1])
    staying = sum(r["on_move"] == "against" for r in edited[1])
    first = section.index("Kazakhstan: what the scenario changes")
    assert first < section.index("<h4>Membership: Eurasian Economic Union (edited: founding")
    assert f"<h4>For leaving the Eurasian Economic Union <span class='muted'>({leaving})" in section
    assert f"<h4>Against leaving the Eurasian Economic Union <span class='muted'>({staying})" in (
        section
    )
    others = section.index("Kazakhstan: the other choices, as they stand")
    assert section.index("Against leaving") < others < section.index("Alignment: multi-vector")
    # an argument for membership is printed under "Against leaving"
    for_membership = next(r for r in edited[1] if r["stance"] == "for")
    against = section[section.index("Against leaving") : others]
    assert escape(str(for_membership["claim"])) in against


def test_references_without_an_address_print_none(tmp_path: Path) -> None:
    """A source with no URL (NaN in the table, which is truthy) printed "nan" after it."""
    html = api.report_html(WORLD, LEAVE)
    references = _section(html, "<h2>References", "</ol>")
    assert not re.search(r"\bnan\b", references)
    without = WORLD.sources.index[WORLD.sources["url"].isna()]
    cited = [s for s in without if escape(WORLD.source_citation(s)) in references]
    assert cited, "the report cites a source without an address"
    assert "https://doi.org/10.1093/ia/iiaa061" in references  # one with an address keeps it


def test_who_else_moves_lists_the_cores_spillovers_of_states_and_blocs() -> None:
    """The table is ``api.spillovers``, the window's tab's function: states and blocs, in its
    order, each change with the window's precision (two decimals below 10)."""
    section = _section(api.report_html(WORLD, LEAVE), "Who else moves</h2>", "<h2")
    moves = api.spillovers(api.evaluate(WORLD, LEAVE))
    assert {m.level for m in moves} == {"state", "bloc"}
    rows = section.split("<tr>")[2:]  # after the header row
    assert len(rows) == len(moves)
    for row, move in zip(rows, moves, strict=True):
        assert f"<td>{escape(WORLD.name(move.entity))}</td>" in row
    armenia = next(r for r in rows if "<td>Armenia</td>" in r and "Autonomy" in r)
    assert "−2.54" in armenia or "-2.54" in armenia
    assert "<thead>" in section  # the header row repeats on a new page
    eaeu = next(r for r in rows if "Eurasian Economic Union" in r and "Full members" in r)
    assert "-1.0" in eaeu


def test_data_notes_of_the_rows_the_edit_departs_from(tmp_path: Path) -> None:
    """The note of Kazakhstan's EAEU row (``api.data_notes``) is printed in the PDF."""
    (note,) = api.data_notes(WORLD, LEAVE)
    assert (note.state, note.target) == ("KAZ", "EAEU")
    scenario = tmp_path / "kaz.regio.json"
    api.write_scenario(LEAVE, scenario)
    output = tmp_path / "kaz.pdf"
    assert main(["report", str(scenario), "--output", str(output)]) == 0
    text = " ".join(_text(output).split())
    section = text[text.index("2. Data notes") : text.index("3. Indicators against")]
    assert "Kazakhstan, Eurasian Economic Union (founding member from 2015-01-01)" in section
    assert note.note in section
    assert "Data notes" not in api.report_html(WORLD, api.Scenario())


def test_an_alignment_edit_is_argued_as_turning_to_one_course_and_giving_up_another() -> None:
    turn = api.Scenario(name="Turn").with_alignment("KAZ", "china-centred")
    section = _section(api.report_html(WORLD, turn), "Arguments for and against", "<h2>References")
    adopt = section.index("<h4>For turning to the china-centred course")
    abandon = section.index("<h4>For giving up the multi-vector course")
    assert adopt < abandon < section.index("Kazakhstan: the other choices, as they stand")


@pytest.mark.parametrize("edit", [False, True])
def test_context_is_printed_under_its_own_heading_on_no_side(edit: bool) -> None:
    """arg_020 lists the SCO among the region's security bodies and argues nothing (#12 item
    5): under the SCO choice it follows both sides as context, whether or not Kazakhstan
    leaves the SCO, and no edit turns it into an argument for or against the move."""
    scenario = api.Scenario(name="SCO")
    if edit:
        scenario = scenario.with_membership(api.MembershipEdit("KAZ", "SCO", "leave"))
    section = _section(
        api.report_html(WORLD, scenario), "Arguments for and against", "<h2>References"
    )
    heading = "Context (describes the choice, argues neither way)"
    choice = section.index("Membership: Shanghai Cooperation Organisation")
    context = section.index(f"<h4>{heading} <span class='muted'>(2)</span>", choice)
    claim = section.index("The article lists the SCO, beside the CSTO", choice)
    against = "Against leaving the Shanghai" if edit else "<h4>Against <span"
    assert choice < section.index(against, choice) < context < claim


def test_megabytes_of_notes_are_cut_with_a_note(tmp_path: Path) -> None:
    """3 MB of notes (150,000 lines) ran past two minutes; they are cut as a description is."""
    scenario = tmp_path / "notes.regio.json"
    notes = "Line of notes here.\n" * 150_000
    scenario.write_text(
        json.dumps({"format": "regio-scenario", "version": 1, "name": "N", "notes": notes}),
        encoding="utf-8",
    )
    output = tmp_path / "notes.pdf"
    assert main(["report", str(scenario), "--output", str(output)]) == 0
    pages = PdfReader(output).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert f"The notes is cut here: it runs to {len(notes):,} characters" not in text
    assert f"The notes are cut here: it runs to {len(notes):,} characters" in text
    assert len(pages) < 40


def test_each_figure_shows_its_range_and_what_moves_it_most() -> None:
    turn = api.Scenario(name="Turn").with_alignment("KAZ", "china-centred")
    spread = api.uncertainty(WORLD, turn, draws=200, seed=0, trajectories=4)
    html = api.report_html(WORLD, turn, uncertainty=spread)
    value, low, high = spread.interval("autonomy", "KAZ")
    assert low < high
    from regio_desktop.io.report_moves import figure

    assert f'{figure(value)} <span class="muted">({figure(low)}–{figure(high)})</span>' in html
    assert "In brackets: the range of 90 % of 200 draws" in html
    section = _section(html, "Which estimates matter most", "</table>")
    assert "depths and delegation of Eurasian Economic Union" in section
    assert "<h3>Ranges</h3>" in html and "trade shares ±2 percentage points" in html
    assert "In brackets" not in api.report_html(WORLD, turn)  # no analysis, no ranges
