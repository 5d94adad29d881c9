"""How a deck that cannot be opened is worded: the file's problem (with the scenario problem
behind it) or every step's problems, one a line, numbered as the deck editor lists the steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from regio_desktop import api
from regio_desktop.app.common.problem_texts import error_text, problem_text


def deck_error_text(error: Exception, name: Callable[[str], str]) -> str:
    if isinstance(error, api.DeckFileError):
        text = problem_text(error.problem, name)
        if error.cause is not None:
            text += " " + problem_text(error.cause, name)
        return f"{error.file}: {text}" if error.file else text
    if isinstance(error, api.DeckError):
        lines = []
        for found in error.problems:
            text = problem_text(found.problem, name)
            if found.cause is not None:
                text += " " + problem_text(found.cause, name)
            lines.append(
                QCoreApplication.translate("DeckActions", "Step {number}: {problem}").format(
                    number=found.step + 1, problem=text
                )
            )
        return "\n".join(lines)
    return error_text(error, name)


def source_text(ref: api.ScenarioRef) -> str:
    """Where a step's scenario comes from, as the deck editor lists it."""
    if ref.kind == "preset":
        return QCoreApplication.translate("DeckActions", "preset {id}").format(id=ref.preset)
    if ref.kind == "file":
        return QCoreApplication.translate("DeckActions", "file {path}").format(path=ref.path)
    return QCoreApplication.translate("DeckActions", "written into the deck")
