"""Building small synthetic papers for the fact tests."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.model import Paper, Section


def make_paper(
    title: str,
    abstract: str | tuple[tuple[str, str], ...] = "",
    types: tuple[str, ...] = (),
) -> Paper:
    """A paper from a title and an unlabelled abstract, or (label, text) sections."""
    if isinstance(abstract, str):
        sections = (Section(text=abstract),)
    else:
        sections = tuple(
            Section(text=text, label=label, category=_category(label)) for label, text in abstract
        )
    return Paper(title=title, abstract_sections=sections, publication_types=types)


def _category(label: str) -> str:
    upper = label.upper()
    for word, category in (
        ("BACKGROUND", "BACKGROUND"),
        ("OBJECTIVE", "OBJECTIVE"),
        ("AIM", "OBJECTIVE"),
        ("METHOD", "METHODS"),
        ("DESIGN", "METHODS"),
        ("SETTING", "METHODS"),
        ("PARTICIPANT", "METHODS"),
        ("RESULT", "RESULTS"),
        ("CONCLUSION", "CONCLUSIONS"),
    ):
        if word in upper:
            return category
    return "UNASSIGNED"


@pytest.fixture
def paper():
    return make_paper
