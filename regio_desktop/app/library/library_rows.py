"""What the library's tables show for each argument and source: labels, short citations, counts.

Pure functions from the store's frames to the rows the table models display (the ids and
``origin`` stay, so the models can mark shipped rows); the words are translated in the
library's context.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from PySide6.QtCore import QCoreApplication

from regio_desktop.app.common.citations import short_citation
from regio_desktop.app.common.vocabulary_labels import (
    alignment_label,
    source_kind_label,
    stance_label,
)


def target_label(kind: str, target: str) -> str:
    """Compact: the alignment's label, or the bloc's code (the tooltip row shows more)."""
    if kind == "alignment":
        return alignment_label(target)
    if kind == "bloc":
        return QCoreApplication.translate("ArgumentLibrary", "{bloc} (in general)").format(
            bloc=target
        )
    return target


def argument_rows(frame: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per argument of ``frame``: id, claim, stance, target and its source's citation."""
    citations = sources["citation"].to_dict() if not sources.empty else {}
    rows = frame[["id", "claim", "origin"]].copy()
    rows["stance_label"] = [stance_label(str(s)) for s in frame["stance"]]
    rows["target_label"] = [
        target_label(str(k), str(t))
        for k, t in zip(frame["target_kind"], frame["target"], strict=True)
    ]
    rows["source_label"] = [short_citation(str(citations.get(s, s)), 40) for s in frame["source"]]
    return rows


def source_rows(
    sources: pd.DataFrame, arguments: pd.DataFrame, with_text: Iterable[str]
) -> pd.DataFrame:
    """One row per source: citation, kind, how many arguments cite it, whether it has a text."""
    counts = arguments["source"].value_counts()
    imported = set(with_text)
    label = QCoreApplication.translate("ArgumentLibrary", "imported")
    rows = sources[["id", "citation", "origin"]].copy()
    rows["kind_label"] = [source_kind_label(str(k)) for k in sources["kind"]]
    rows["count"] = [int(counts.get(i, 0)) for i in sources["id"]]
    rows["text_label"] = [label if i in imported else "" for i in sources["id"]]
    return rows
