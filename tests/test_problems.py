"""Problems are data: a known code, frozen parameters, one English template per code."""

from __future__ import annotations

import pytest

from regio_desktop.problems import ENGLISH, Problem, problem


def test_a_problem_is_its_code_and_params() -> None:
    found = problem("leave_not_member", state="UZB", bloc="CSTO", year=2020)
    assert found == Problem("leave_not_member", {"state": "UZB", "bloc": "CSTO", "year": 2020})
    assert hash(found) == hash(Problem("leave_not_member", dict(found.params)))
    assert found.message == str(found) == "UZB cannot leave CSTO: it is not in it in 2020"


def test_params_cannot_change_after_the_fact() -> None:
    params = {"state": "XXX"}
    found = Problem("unknown_state", params)
    params["state"] = "KAZ"
    assert found.params["state"] == "XXX"
    with pytest.raises(TypeError):
        found.params["state"] = "KAZ"  # type: ignore[index]


def test_a_code_without_an_english_template_is_refused() -> None:
    with pytest.raises(KeyError, match="no_such_problem"):
        Problem("no_such_problem")


def test_tuples_are_listed_in_english() -> None:
    found = problem("rival_alliances", state="KGZ", blocs=("CSTO", "NATO"))
    assert found.message == (
        "KGZ is in collective-defence alliances led by different poles (CSTO, NATO)."
    )


def test_every_template_names_only_plain_fields() -> None:
    # "{state}" and the like, never "{0}" or attribute lookups a translation could not copy
    import string

    for code, template in ENGLISH.items():
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert all(f.isidentifier() for f in fields), code
