"""The replay's captions: each event of a year (``api.YearEvent``, a kind and its parameters) as
a sentence in the user's language, and the source it cites.

English puts the bloc first ("EAEU: joined by Armenia") so that the translations can keep to
nominal phrases that need no agreement with one state or several.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from regio_desktop import api
from regio_desktop.app.common.bloc_labels import bloc_short_name
from regio_desktop.app.common.citations import short_citation
from regio_desktop.app.common.vocabulary_labels import alignment_label, status_label

Namer = Callable[[str], str]
CITATION_LIMIT = 110
"""Characters of a citation a caption shows (the tooltip has it whole)."""


@dataclass(frozen=True)
class Caption:
    """One event as the room reads it: ``text``, the short ``source`` it cites (for a frame),
    and the whole ``citation`` with the source row's id (for the window)."""

    text: str
    source: str
    citation: str
    from_scenario: bool = False


def _states(event: api.YearEvent, name: Namer) -> str:
    names = [name(code) for code in event.states]
    if event.others:
        return QCoreApplication.translate("Replay", "{states} and {count} more").format(
            states=", ".join(names), count=event.others
        )
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("Replay", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def _severity(value: float) -> str:
    return QLocale().toString(value, "f", 2)


def _membership_text(event: api.YearEvent, states: str, bloc: str) -> str:
    kind, status, before = event.kind, status_label(event.status), status_label(event.before)
    if kind == "bloc_founded":
        if not states:
            return QCoreApplication.translate("Replay", "{bloc} founded").format(bloc=bloc)
        return QCoreApplication.translate("Replay", "{bloc} founded by {states}").format(
            bloc=bloc, states=states
        )
    if kind == "bloc_dissolved":
        return QCoreApplication.translate("Replay", "{bloc} dissolved").format(bloc=bloc)
    if kind == "joined":
        if event.status in api.FULL_STATUSES:
            return QCoreApplication.translate("Replay", "{bloc}: joined by {states}").format(
                bloc=bloc, states=states
            )
        return QCoreApplication.translate(
            "Replay", "{bloc}: {states} given the status “{status}”"
        ).format(bloc=bloc, states=states, status=status)
    if kind == "status_changed":
        return QCoreApplication.translate(
            "Replay", "{bloc}: {states} from “{before}” to “{status}”"
        ).format(bloc=bloc, states=states, before=before, status=status)
    if kind == "suspended":
        return QCoreApplication.translate(
            "Replay", "{bloc}: membership of {states} suspended"
        ).format(bloc=bloc, states=states)
    return QCoreApplication.translate("Replay", "{bloc}: left by {states}").format(
        bloc=bloc, states=states
    )


def _sanctions_text(event: api.YearEvent, states: str) -> str:
    now, before = _severity(event.severity), _severity(event.before_severity)
    if event.kind == "sanctions_imposed":
        return QCoreApplication.translate(
            "Replay", "Sanctions on {states}: severity {severity} of 1 (estimated)"
        ).format(states=states, severity=now)
    if event.kind == "sanctions_lifted":
        return QCoreApplication.translate(
            "Replay", "Sanctions on {states} lifted (severity was {before} of 1)"
        ).format(states=states, before=before)
    if event.severity > event.before_severity:
        text = QCoreApplication.translate(
            "Replay", "Sanctions on {states} tightened: severity {before} → {severity} of 1"
        )
    else:
        text = QCoreApplication.translate(
            "Replay", "Sanctions on {states} eased: severity {before} → {severity} of 1"
        )
    return text.format(states=states, before=before, severity=now)


def _scenario_text(event: api.YearEvent, states: str, bloc: str) -> str:
    status, before = status_label(event.status), status_label(event.before)
    if event.kind == "scenario_joined":
        return QCoreApplication.translate(
            "Replay", "Scenario: {bloc} joined by {states} (“{status}”)"
        ).format(bloc=bloc, states=states, status=status)
    if event.kind == "scenario_status":
        return QCoreApplication.translate(
            "Replay", "Scenario: {bloc}: {states} from “{before}” to “{status}”"
        ).format(bloc=bloc, states=states, before=before, status=status)
    if event.kind == "scenario_left":
        return QCoreApplication.translate("Replay", "Scenario: {bloc} left by {states}").format(
            bloc=bloc, states=states
        )
    return QCoreApplication.translate(
        "Replay", "Scenario: {states} turns {alignment} (was {before})"
    ).format(
        states=states,
        alignment=alignment_label(event.status),
        before=alignment_label(event.before) or QCoreApplication.translate("Replay", "none"),
    )


def event_text(event: api.YearEvent, name: Namer) -> str:
    """The event as a sentence (states named by ``name``, blocs by their short names)."""
    states, bloc = _states(event, name), bloc_short_name(event.bloc) if event.bloc else ""
    if event.from_scenario:
        return _scenario_text(event, states, bloc)
    if event.kind.startswith("sanctions_"):
        return _sanctions_text(event, states)
    if event.kind == "alignment_changed":
        alignment = alignment_label(event.status)
        if event.before:
            return QCoreApplication.translate(
                "Replay", "{states}: alignment turns from {before} to {alignment}"
            ).format(states=states, before=alignment_label(event.before), alignment=alignment)
        return QCoreApplication.translate("Replay", "{states}: alignment {alignment}").format(
            states=states, alignment=alignment
        )
    return _membership_text(event, states, bloc)


def caption(event: api.YearEvent, name: Namer) -> Caption:
    """The event's sentence with what it cites: the source row's citation, or the scenario."""
    if event.from_scenario:
        cited = QCoreApplication.translate("Replay", "Source: the scenario “{name}”").format(
            name=QCoreApplication.translate("PresetNames", event.citation)
        )
        return Caption(event_text(event, name), cited, cited, True)
    citation = event.citation or event.source
    whole = QCoreApplication.translate("Replay", "{citation} (source row: {source})").format(
        citation=citation, source=event.source
    )
    short = QCoreApplication.translate("Replay", "Source: {citation}").format(
        citation=short_citation(citation, CITATION_LIMIT)
    )
    return Caption(event_text(event, name), short, whole)


def captions(events: tuple[api.YearEvent, ...], name: Namer) -> list[Caption]:
    return [caption(event, name) for event in events]


def year_heading(year: int, count: int) -> str:
    """What the captions' heading says: the year and how many events it had."""
    if not count:
        return QCoreApplication.translate(
            "Replay", "{year}: no membership, alignment or sanctions change in the data"
        ).format(year=year)
    return QCoreApplication.translate("Replay", "{year} · events in the data: {count}").format(
        year=year, count=count
    )
