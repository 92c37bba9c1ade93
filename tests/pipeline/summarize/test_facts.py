"""Participants, duration and outcome measures on real sentences."""

import pytest

from scrh.pipeline.summarize.duration import find_duration
from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.participants import find_participants
from scrh.pipeline.summarize.sentences import Sentence


def _methods(*texts: str) -> list[Sentence]:
    return [Sentence(i, t, "methods") for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A total of 538 patients were included in this study.", 538),
        (
            "Nine people with chronic SCI (six motor complete; three motor incomplete) "
            "participated in an 8-week intervention.",
            9,
        ),
        (
            "Eight chronic (3–13 years) spinal cord injury (SCI) paraplegics were subjected to "
            "long-term training (12 months).",
            8,
        ),
        (
            "A retrospective study was performed by reviewing the medical records of "
            "3,832 patients with spinal cord injuries.",
            3832,
        ),
        (
            "In this qualitative study, 17 SCI persons and 13 family caregivers were selected by a "
            "purposeful sampling.",
            30,
        ),
        (
            "Intra-operative monitoring records and outcome data were extracted (n=118 patients).",
            118,
        ),
        ("Forty-four adult female rats received a contusion injury.", 44),
    ],
)
def test_participant_counts(text, count):
    found = find_participants(_methods(text), review=False, case_report=False)
    assert found.count == count


def test_invited_people_are_not_the_sample():
    sentences = _methods(
        "A total of 10 individuals with SCI were invited to participate in meetings.",
        "A total of 7 individuals with SCI met on 2 occasions.",
    )
    assert find_participants(sentences, review=False, case_report=False).count == 7


def test_review_counts_studies_and_pooled_people():
    sentences = _methods("This review included 10 trials involving 502 participants.")
    found = find_participants(sentences, review=True, case_report=False)
    assert (found.studies, found.count) == (10, 502)


def test_animals_are_counted_as_animals():
    found = find_participants(_methods("We used 24 adult rats."), review=False, case_report=False)
    assert (found.count, found.population) == (24, "animals")


def test_no_count_means_none():
    sentences = _methods("People with SCI answered an online questionnaire.")
    assert find_participants(sentences, review=False, case_report=False).count is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patients hospitalized between August 2014 and August 2023 were reviewed.",
            "August 2014 to August 2023",
        ),
        ("Participants took part in an 8-week intervention.", "8-week intervention"),
        ("Over a median follow-up of 3.7 years, 51% walked.", "median follow-up of 3.7 years"),
    ],
)
def test_duration_is_quoted_from_the_paper(text, expected):
    assert find_duration(_methods(text)) == expected


def test_findings_and_years_since_injury_are_not_a_duration():
    sentences = _methods(
        "Regeneration took 4 days in the axolotl.",
        "Participants were 3–13 years after injury.",
    )
    assert find_duration(sentences) == NOT_SPECIFIED


def test_pain_scales_lower_is_better_and_independence_higher():
    measures = {m.name: m.better for m in find_measures("VAS pain fell while SCIM III rose.")}
    assert measures["Visual Analogue Scale for pain"] == "lower"
    assert measures["Spinal Cord Independence Measure"] == "higher"


def test_review_counts_the_included_studies_and_their_people():
    from scrh.pipeline.summarize.participants import find_participants
    from scrh.pipeline.summarize.sentences import Sentence

    texts = [
        "We retrieved 12,490 citations, obtained full texts for 58 studies and included 12 "
        "trials (three from the 2008 search and nine from the update).",
        "We identified six randomised, double-blind studies involving 438 participants with "
        "suitably characterised neuropathic pain.",
        "We considered that seven of the 10 included RCTs had a low risk of bias.",
    ]
    found = [
        find_participants([Sentence(0, t, "results")], review=True, case_report=False)
        for t in texts
    ]
    assert [p.studies for p in found] == [12, 6, 10]
    assert found[1].who == "six studies (438 people)" and found[1].count == 438
    assert found[2].who == "10 RCTs"


def test_review_wording_names_a_systematic_review_unless_the_title_says_narrative():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.design_rules import design_code

    cochrane = paper_from_record(
        {
            "title": "Multidisciplinary rehabilitation after botulinum toxin for spasticity",
            "abstract": "We included three RCTs involving 91 participants. All three studies "
            "scored 'low quality' on the methodological quality assessment.",
        }
    )
    narrative = paper_from_record(
        {
            "title": "Psychosocial consequences of spinal cord injury: a narrative review",
            "abstract": "Studies included in this review describe depression and anxiety.",
        }
    )
    assert design_code(cochrane) == "systematic_review"
    assert design_code(narrative) == "narrative_review"
