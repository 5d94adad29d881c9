"""Translated labels for the closed vocabularies (membership statuses, alignment choices).

The core keeps codes such as ``founding_member`` or ``china-centred``; the window shows them in the
user's language. Strings are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from regio_desktop.api import ACTIVE_STATUSES, FULL_STATUSES

CONTEXT = "Vocabulary"

_STATUS_LABELS: dict[str, str] = {
    "founding_member": QT_TRANSLATE_NOOP("Vocabulary", "founding member"),
    "member": QT_TRANSLATE_NOOP("Vocabulary", "member"),
    "associate": QT_TRANSLATE_NOOP("Vocabulary", "associate"),
    "observer": QT_TRANSLATE_NOOP("Vocabulary", "observer"),
    "dialogue_partner": QT_TRANSLATE_NOOP("Vocabulary", "dialogue partner"),
    "partner_country": QT_TRANSLATE_NOOP("Vocabulary", "partner country"),
    "suspended": QT_TRANSLATE_NOOP("Vocabulary", "suspended"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "withdrawn"),
}

_SHORT_STATUS_LABELS: dict[str, str] = {
    "founding_member": QT_TRANSLATE_NOOP("VocabularyShort", "founder"),
    "member": QT_TRANSLATE_NOOP("VocabularyShort", "member"),
    "associate": QT_TRANSLATE_NOOP("VocabularyShort", "associate"),
    "observer": QT_TRANSLATE_NOOP("VocabularyShort", "observer"),
    "dialogue_partner": QT_TRANSLATE_NOOP("VocabularyShort", "dialogue"),
    "partner_country": QT_TRANSLATE_NOOP("VocabularyShort", "partner"),
    "suspended": QT_TRANSLATE_NOOP("VocabularyShort", "suspended"),
    "withdrawn": QT_TRANSLATE_NOOP("VocabularyShort", "withdrawn"),
}
"""Compact labels for the matrix cells; the tooltip gives the full one."""

_ALIGNMENT_LABELS: dict[str, str] = {
    "russia-led": QT_TRANSLATE_NOOP("Vocabulary", "Russia-led"),
    "china-centred": QT_TRANSLATE_NOOP("Vocabulary", "China-centred"),
    "multi-vector": QT_TRANSLATE_NOOP("Vocabulary", "Multi-vector"),
    "west-oriented": QT_TRANSLATE_NOOP("Vocabulary", "West-oriented"),
}

_STANCE_LABELS: dict[str, str] = {
    "for": QT_TRANSLATE_NOOP("Vocabulary", "For"),
    "against": QT_TRANSLATE_NOOP("Vocabulary", "Against"),
    "context": QT_TRANSLATE_NOOP("Vocabulary", "Context"),
}


def status_label(status: str | None) -> str:
    """The user's-language label of a membership status; empty for no membership."""
    if not status:
        return ""
    return QCoreApplication.translate(CONTEXT, _STATUS_LABELS.get(status, status))


def short_status_label(status: str | None) -> str:
    if not status:
        return ""
    return QCoreApplication.translate("VocabularyShort", _SHORT_STATUS_LABELS.get(status, status))


def alignment_label(alignment: str | None) -> str:
    """The user's-language label of an alignment choice; empty for none."""
    if not alignment:
        return ""
    return QCoreApplication.translate(CONTEXT, _ALIGNMENT_LABELS.get(alignment, alignment))


def stance_label(stance: str) -> str:
    """For, Against or Context (a row that describes a choice and argues neither way)."""
    return QCoreApplication.translate(CONTEXT, _STANCE_LABELS.get(stance, stance))


def is_full_member(status: str | None) -> bool:
    return bool(status) and status in FULL_STATUSES


def is_active(status: str | None) -> bool:
    """True when the status means taking part in the bloc at all (not suspended or withdrawn)."""
    return bool(status) and status in ACTIVE_STATUSES


_TARGET_KIND_LABELS: dict[str, str] = {
    "alignment": QT_TRANSLATE_NOOP("Vocabulary", "Alignment"),
    "membership": QT_TRANSLATE_NOOP("Vocabulary", "Membership"),
    "bloc": QT_TRANSLATE_NOOP("Vocabulary", "Bloc in general"),
}

_THEME_LABELS: dict[str, str] = {
    "economy": QT_TRANSLATE_NOOP("Vocabulary", "economy"),
    "trade_transit": QT_TRANSLATE_NOOP("Vocabulary", "trade and transit"),
    "security": QT_TRANSLATE_NOOP("Vocabulary", "security"),
    "sovereignty": QT_TRANSLATE_NOOP("Vocabulary", "sovereignty"),
    "identity_culture": QT_TRANSLATE_NOOP("Vocabulary", "identity and culture"),
    "sanctions_risk": QT_TRANSLATE_NOOP("Vocabulary", "sanctions risk"),
}

_SOURCE_KIND_LABELS: dict[str, str] = {
    "article": QT_TRANSLATE_NOOP("Vocabulary", "article"),
    "book": QT_TRANSLATE_NOOP("Vocabulary", "book"),
    "dataset": QT_TRANSLATE_NOOP("Vocabulary", "dataset"),
    "treaty": QT_TRANSLATE_NOOP("Vocabulary", "treaty"),
    "official": QT_TRANSLATE_NOOP("Vocabulary", "official document"),
    "reference": QT_TRANSLATE_NOOP("Vocabulary", "reference work"),
    "estimate": QT_TRANSLATE_NOOP("Vocabulary", "estimate"),
}


def target_kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, _TARGET_KIND_LABELS.get(kind, kind))


def theme_label(theme: str) -> str:
    return QCoreApplication.translate(CONTEXT, _THEME_LABELS.get(theme, theme))


def source_kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, _SOURCE_KIND_LABELS.get(kind, kind))
