"""Counts in a problem's parameters (the core writes them grouped in English for the command
line) are grouped as the window's locale groups them: "177,147" reads as a fraction in Russian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from regio_desktop import api
from regio_desktop.app.common.indicator_labels import localized_count
from regio_desktop.app.common.problem_texts import problem_text


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_a_count_in_a_problem_is_grouped_as_the_locale_groups(russian: None) -> None:
    problem = api.Problem("where_holds_nowhere", {"combinations": "177,147"})
    assert "177\N{NO-BREAK SPACE}147" in problem_text(problem, str)
    assert "177,147" in problem.message  # the command line keeps the English grouping


@pytest.mark.parametrize("text", ["2015", "1,2", "0.5", "KAZ", "12,34,567", ""])
def test_other_text_is_left_as_it_is(russian: None, text: str) -> None:
    assert localized_count(text) == text
