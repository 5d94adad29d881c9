"""Help > Getting started: the analyst's loop in a few lines, for a first session.

The program has many panels; a newcomer needs the order in which they answer the usual
questions (what did I change, why did it move, is that better, who else moves, what do the
sources say). The guide names the panels and menus as the window shows them, in the user's
language, and says nothing the window does not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QTextBrowser

from regio_desktop.app.shell.info_dialog import info_dialog

if TYPE_CHECKING:
    from regio_desktop.app.shell.main_window import MainWindow

_STEPS = (
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Memberships:</b> in the matrix, double-click a state's cell of a bloc (or press Space) "
        "to join or leave it; right-click the cell for every status. Each edit recomputes at once "
        "and can be undone (Ctrl+Z).",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Alignments:</b> in the Alignment panel, choose a state's alignment (Russia-led, "
        "China-centred, multi-vector, West-oriented); the label beside it names the baseline.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Indicators:</b> the table shows the selected state's figures, the change coloured by "
        "whether it is better (blue ▲) or worse (orange ▼) for the state; Show: switches to all "
        "states, the blocs or the region.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Breakdown:</b> double-click an indicator row, a chart bar or a state on the map to see "
        "the change step by step, each step with its inputs and sources.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Arguments:</b> the panel leads with the choices the scenario changes, the arguments "
        "for and against them with their strength, source and quote.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Who else moves:</b> the tab behind Indicators lists the other states and blocs the "
        "edit moves by at least the smallest move you set.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Compare</b> (Scenario menu, Ctrl+Shift+C): the open scenarios side by side, measured "
        "against the one chosen as Reference.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Explore</b> (Scenario menu, Ctrl+Shift+E): every combination of alignment choices of "
        "the states you pick, and the ones no other combination beats.",
    ),
    QT_TRANSLATE_NOOP(
        "GettingStarted",
        "<b>Report:</b> File &gt; Export report (PDF) writes the scenario, its largest changes, "
        "who else moves and the breakdowns; Scenario properties (F2) holds the notes it prints.",
    ),
)


def getting_started_html() -> str:
    """The guide as rich text, translated ("GettingStarted" context)."""
    intro = QCoreApplication.translate(
        "GettingStarted",
        "A scenario is the baseline year plus your edits. Select a state in the matrix, then:",
    )
    steps = "".join(
        f"<li>{QCoreApplication.translate('GettingStarted', step)}</li>" for step in _STEPS
    )
    return f"<p>{intro}</p><ol>{steps}</ol>"


def getting_started_dialog(window: MainWindow) -> QDialog:
    """A non-modal dialog with the guide (not shown: the caller shows it)."""
    title = QCoreApplication.translate("GettingStarted", "Getting started")
    browser = QTextBrowser()
    browser.setOpenExternalLinks(False)
    browser.setHtml(getting_started_html())
    browser.setAccessibleName(title)
    dialog = info_dialog(window, title, browser, (560, 520))
    dialog.browser = browser  # type: ignore[attr-defined]
    return dialog
