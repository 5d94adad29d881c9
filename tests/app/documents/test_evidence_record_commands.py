"""One undoable command family for every kind of record: an argument and a source go through the
same add, edit and delete of the EvidenceDocument, and undo and redo put the store back."""

from __future__ import annotations

from typing import Any

import pytest

from regio_desktop import api
from regio_desktop.app.documents.evidence_document import EvidenceDocument
from tests.record_samples import EDITED, KINDS, NEW


@pytest.fixture(params=sorted(KINDS))
def noun(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _stored(evidence: EvidenceDocument, noun: str) -> Any:
    """The record as the store has it now, or None when it is not there."""
    frame = evidence.store.records(KINDS[noun])
    return evidence.store.record(KINDS[noun], NEW[noun].id) if NEW[noun].id in frame.index else None


def test_add_edit_delete_with_undo_and_redo(evidence: EvidenceDocument, noun: str) -> None:
    kind, stack = KINDS[noun], evidence.undo_stack
    assert evidence.add_record(kind, NEW[noun])
    assert _stored(evidence, noun) == NEW[noun]
    assert stack.undoText() == f"Add {noun} {NEW[noun].id}"
    stack.undo()
    assert _stored(evidence, noun) is None
    stack.redo()
    assert _stored(evidence, noun) == NEW[noun]

    assert evidence.update_record(kind, EDITED[noun])
    assert _stored(evidence, noun) == EDITED[noun]
    assert stack.undoText() == f"Edit {noun} {NEW[noun].id}"
    stack.undo()
    assert _stored(evidence, noun) == NEW[noun]
    stack.redo()
    assert _stored(evidence, noun) == EDITED[noun]

    assert evidence.delete_record(kind, NEW[noun].id)
    assert _stored(evidence, noun) is None
    assert stack.undoText() == f"Delete {noun} {NEW[noun].id}"
    stack.undo()
    assert _stored(evidence, noun) == EDITED[noun]
    stack.redo()
    assert _stored(evidence, noun) is None
    assert stack.count() == 3


def test_the_named_methods_are_the_same_path(evidence: EvidenceDocument, noun: str) -> None:
    add, update, delete = (
        getattr(evidence, f"{verb}_{noun}") for verb in ("add", "update", "delete")
    )
    stack = evidence.undo_stack
    assert add(NEW[noun]) and update(EDITED[noun]) and delete(NEW[noun].id)
    assert [stack.text(i) for i in range(stack.count())] == [
        f"{verb} {noun} {NEW[noun].id}" for verb in ("Add", "Edit", "Delete")
    ]
    stack.undo()
    assert _stored(evidence, noun) == EDITED[noun]


def test_refused_and_unchanged_edits_stay_out_of_the_history(
    evidence: EvidenceDocument, noun: str
) -> None:
    kind, stack = KINDS[noun], evidence.undo_stack
    refusals: list[str] = []
    evidence.refused.connect(refusals.append)
    assert evidence.add_record(kind, NEW[noun])
    assert not evidence.add_record(kind, NEW[noun])
    assert not evidence.update_record(kind, NEW[noun])  # unchanged: no edit
    assert not evidence.delete_record(kind, "no_such_id")
    assert stack.count() == 1
    # the window's words for the store's refusals (problem_texts.py), not the core's English
    assert refusals == [
        f"{kind.article.capitalize()} {noun} with the id “{NEW[noun].id}” already exists.",
        f"There is no {noun} “no_such_id”.",
    ]


def test_a_deleted_source_comes_back_with_its_text(evidence: EvidenceDocument) -> None:
    record = NEW["source"]
    text = api.parse_source("# Notes\n\nTransit matters.", "markdown")
    assert evidence.import_source_text(record, text)
    assert evidence.delete_source(record.id)
    assert evidence.store.source_text(record.id) is None
    evidence.undo_stack.undo()
    assert evidence.store.source(record.id) == record
    assert evidence.store.source_text(record.id) == ("markdown", "# Notes\n\nTransit matters.")
