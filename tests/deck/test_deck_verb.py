"""`regio-desktop deck`: the handout has one page per step with the step's texts, the full
citations and the room's tally; the tally goes to CSV; a bad deck is refused, nothing written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from regio_desktop import api
from regio_desktop.cli import main
from tests.deck.test_shipped_decks import DECKS

KAZAKHSTAN = next(p for p in DECKS if p.name.startswith("kazakhstan"))


def tallied_copy(tmp_path: Path) -> Path:
    """The shipped deck with the room's view of its second step recorded."""
    deck = api.read_deck(KAZAKHSTAN).with_count(1, 0, 7).with_count(1, 2, 13)
    deck = dataclasses.replace(deck, steps=deck.steps[:3])
    path = tmp_path / "tallied.regio-deck.json"
    api.write_deck(deck, path)
    return path


def test_the_handout_has_a_page_per_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck_path = tallied_copy(tmp_path)
    out = tmp_path / "handout.pdf"
    assert main(["deck", str(deck_path), "--output", str(out)]) == 0
    assert "(3 pages)" in capsys.readouterr().out
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert len(pages) == 3
    deck = api.read_deck(deck_path)
    for text, step in zip(pages, deck.steps, strict=True):
        flat = " ".join(text.split())
        assert step.title in flat and step.question in flat
        assert "Sources" in flat
    second = " ".join(pages[1].split())
    assert "Usserova, Karlygash K." in second  # the full citation, not the short one
    assert "The room's view (20 votes)" in second and "35 %" in second and "65 %" in second
    assert "The room's view" not in " ".join(pages[0].split())


def test_the_tally_goes_to_csv(tmp_path: Path) -> None:
    out = tmp_path / "tally.csv"
    assert main(["deck", str(tallied_copy(tmp_path)), "--tally", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "deck,step,title,question,option,count"
    assert (
        "2,Leaving the EAEU and the CSTO,Should Kazakhstan leave both Russia-led bodies?,Leave both,7"
        in lines[4]
    )


def test_a_deck_that_does_not_fit_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "unfit.regio-deck.json"
    api.write_deck(api.Deck(steps=(api.Step("A", api.ScenarioRef.of_preset("nope")),)), path)
    out = tmp_path / "handout.pdf"
    assert main(["deck", str(path), "--output", str(out)]) == 2
    err = capsys.readouterr().err
    assert "unfit.regio-deck.json" in err and "step 1: there is no preset 'nope'" in err
    assert not out.exists()


def test_checking_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deck", str(KAZAKHSTAN)]) == 0
    assert "5 steps, all fit the world" in capsys.readouterr().out


def test_the_map_picture_fits_the_page(qapp: object) -> None:
    """A short page is drawn at full size: a picture wider than the page's text width was cut
    at its right edge, and the legend's long titles with it ('Membership of Collecti')."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument

    from regio_desktop.app.present.handout import _sized

    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 12, 15, 12),
        QPageLayout.Unit.Millimeter,
    )
    room = layout.paintRectPixels(96).width() - 2 * QTextDocument().documentMargin()
    picture = _sized(QImage(2400, 1200, QImage.Format.Format_RGB32), room)
    assert picture.width() / picture.devicePixelRatio() <= room
