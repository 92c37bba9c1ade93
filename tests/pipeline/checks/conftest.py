"""A paper about spinal metastasis surgery and a correct summary of it, for the check tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from scrh.pipeline.checks.readability import fkgl
from scrh.pipeline.checks.text import split_sentences
from scrh.pipeline.papers import jsonl
from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.model import Summary
from tests.conftest import DEMO_PAPERS

ABSTRACT = (
    (
        "BACKGROUND",
        "Spinal metastasis from hepatocellular carcinoma (HCC) often compresses the "
        "spinal cord and causes pain and loss of function.",
    ),
    (
        "METHODS",
        "Sixty patients with HCC spinal metastasis and epidural spinal cord compression "
        "treated between January 2015 and December 2021 were reviewed retrospectively. "
        "Thirty-two patients received a separation operation followed by stereotactic radiosurgery "
        "(SO group) and 28 received radiosurgery alone (RT group). Pain was measured with the "
        "visual analogue scale (VAS), neurological function with the Frankel grade, and quality of "
        "life with the SF-36 and the Karnofsky performance score (KPS).",
    ),
    (
        "RESULTS",
        "Three months after treatment, VAS scores were lower in the SO group than in the "
        "RT group (2.1 vs 4.3, P < 0.05). Frankel grades and KPS scores were higher in the SO "
        "group (P < 0.05). SF-36 scores were better in the SO group in six of eight domains. "
        "There was no significant difference in complication rates between the two groups "
        "(P = 0.42).",
    ),
    (
        "CONCLUSIONS",
        "Separation operation followed by stereotactic radiosurgery relieved pain and "
        "improved neurological function and quality of life more than radiosurgery alone.",
    ),
)

SIMPLE = (
    "Liver cancer can spread to the bones of the spine. There it can press on the spinal cord. "
    "This causes pain and can take away the power to move. Doctors looked back at the records of "
    "60 people with this problem. All of them were treated between 2015 and 2021. One group of 32 "
    "people had an operation first. The surgeon took the tumor away from the spinal cord. Then "
    "they had a strong, focused dose of radiation. The other group of 28 people had only the "
    "radiation. Three months later, the people who had the operation had less pain. Their pain "
    "score was 2.1 out of 10, and it was 4.3 in the other group. They could also move and feel "
    "more, and they rated their daily life as better. The two groups had about the same number of "
    "problems after treatment. This may mean that the operation plus radiation helps some people "
    "more than radiation alone. But this was a look back at past records, so a new study that "
    "follows people forward is needed to be sure."
)

RESEARCH = (
    "This retrospective cohort study compared two treatments for spinal metastasis from "
    "hepatocellular carcinoma with cord compression. In 60 patients, a separation operation was "
    "followed by stereotactic radiosurgery, or radiosurgery was given alone. At three months, "
    "the combined group had lower pain scores on the visual analogue scale. It also had better "
    "Frankel grades and higher Karnofsky scores. Complication rates did not differ."
)


@pytest.fixture
def paper() -> Paper:
    return Paper(
        title="Separation surgery and radiosurgery for spinal metastasis from liver cancer",
        abstract_sections=tuple(Section(text, label, label) for label, text in ABSTRACT),
        journal="Example Spine Journal",
        year=2024,
        doi="10.1000/example.1",
    )


def index_of(sentences: list[str], fragment: str) -> int:
    """The index of the first sentence containing `fragment` (0 when none does)."""
    return next((i for i, s in enumerate(sentences) if fragment in s), 0)


def build_summary(paper: Paper, **changes: Any) -> Summary:
    """A correct summary of `paper`, with some fields replaced."""
    sentences = split_sentences(paper.abstract)
    data: dict[str, Any] = {
        "paper": {
            "title": paper.title,
            "journal": paper.journal,
            "year": paper.year,
            "doi": paper.doi,
        },
        "primary_category": "Oncology",
        "categories": ["Oncology", "Surgery"],
        "simple_explanation": SIMPLE,
        "study_duration": "January 2015 to December 2021",
        "participants": "60 people with liver cancer that had spread to the spine",
        "participant_count": 60,
        "population": "humans",
        "evidence": {
            "design": "Retrospective cohort study",
            "design_code": "retrospective_cohort",
            "level": 3,
            "meaning": "A look back at records of treated patients.",
        },
        "key_findings": [
            {
                "text": "Three months after treatment, the operation group had lower VAS pain "
                "scores than the radiation-only group (2.1 vs 4.3).",
                "sources": [index_of(sentences, "VAS scores were lower")],
            },
            {
                "text": "Frankel grades and Karnofsky scores were higher in the operation group.",
                "sources": [index_of(sentences, "Frankel grades and KPS")],
            },
            {
                "text": "Complication rates did not differ significantly between the groups.",
                "sources": [index_of(sentences, "no significant difference")],
            },
        ],
        "research_summary": RESEARCH,
        "practical_implications": [
            {"title": "Less pain", "text": "Surgery before radiation may ease pain more."},
            {"title": "Better function", "text": "People may keep more movement and feeling."},
        ],
        "limitations": [
            {"text": "The study looked back at past records.", "origin": "design"},
            {"text": "The study was small and at one centre.", "origin": "design"},
        ],
        "glossary": [
            {"term": "radiosurgery", "definition": "A strong, focused dose of radiation."},
            {"term": "metastasis", "definition": "Cancer that has spread."},
            {"term": "VAS", "definition": "A pain score from 0 to 10; lower means less pain."},
        ],
        "reading_grade": {"simple_explanation": fkgl(SIMPLE), "research_summary": fkgl(RESEARCH)},
        "engine": "test",
        "sentences": sentences,
    }
    data.update(changes)
    return Summary.model_validate(data)


@pytest.fixture
def make_summary() -> Callable[..., Summary]:
    """`make_summary(paper, **changes)`: the correct summary with some fields replaced."""
    return build_summary


@pytest.fixture
def summary(paper: Paper) -> Summary:
    return build_summary(paper)


@pytest.fixture(scope="session")
def demo_paper() -> Callable[[str], Paper]:
    """`demo_paper(doi)`: a real paper from the bundled demo set."""
    papers = {p.doi: p for p in jsonl.parse(DEMO_PAPERS.read_bytes(), name="demo")}
    return papers.__getitem__
