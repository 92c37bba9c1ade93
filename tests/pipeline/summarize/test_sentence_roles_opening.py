"""Roles in abstracts without headings: general statements before the abstract speaks of its
own study are background, even with a results word in them; what happened stays a result."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.sentences import paper_sentences, tells_past


def _roles(abstract: str) -> list[str]:
    paper = Paper(title="A study", abstract_sections=(Section(text=abstract),))
    return [s.role for s in paper_sentences(paper)]


def test_general_statements_before_the_study_speaks_are_background():
    roles = _roles(
        "Spasms after spinal cord injury are painful contractions that have been associated "
        "with increased motor neuron excitability and decreased inhibition. "
        "Bladder dysfunction is universal among patients and significantly impacts their health. "
        "In this study, we demonstrate that skin-surface stimulation restores bladder emptying. "
        "Stimulation reduced bladder spasms and increased bladder capacity."
    )
    assert roles[:2] == ["background", "background"]
    assert roles[3] == "results"


def test_an_opening_that_tells_what_happened_stays_a_result():
    roles = _roles(
        "Walking speed improved by 20% in thirty adults after treadmill training. "
        "Pain scores were lower at twelve weeks. "
        "We conclude that training helps walking in people with paraplegia."
    )
    assert roles[0] == "results" and roles[1] == "results"


def test_without_a_sentence_about_its_own_study_the_roles_are_left_alone():
    roles = _roles(
        "Electrical stimulation significantly increased hand strength in every patient. "
        "Grip and pinch both improved significantly."
    )
    assert "background" not in roles


def test_a_review_keeps_its_opening_statements_as_points():
    roles = _roles(
        "Hydrogels have good biocompatibility and low immunogenicity. "
        "Hydrogels can release drugs slowly and support cell growth. "
        "Loaded hydrogels significantly improve axon growth in animal models. "
        "This review discusses the characteristics of hydrogels for repair."
    )
    assert roles[2] == "results"


def test_a_sentence_showing_a_finding_is_a_result_even_early():
    roles = _roles(
        "After injury the adult nervous system is assumed unable to form new circuits. "
        "We challenge this assumption, showing that spinalized rats can recover stepping. "
        "Lesioning the new cortical area reverses the recovery. "
        "Rats can thus develop a new circuit that bypasses the lesion."
    )
    assert roles[0] == "background" and roles[1] == "results"


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("After training, all ten people walked faster than before.", True),
        ("Pain improved by 20%.", True),
        ("Pain was lower at twelve weeks.", True),
        ("Spasms have been associated with increased excitability.", False),
        ("It is commonly assumed that walking is the main goal.", False),
        ("Infection caused by injury can have significant morbidity.", False),
        ("Patients treated with baclofen often need higher doses.", False),
        ("Limited data exist on bladder care.", False),
        ("Three hundred people live with it.", False),
    ],
)
def test_the_past_tense_is_told_apart_from_adjectives_and_the_perfect(text, past):
    assert tells_past(text) is past
