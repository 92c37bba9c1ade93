"""The count: the whole sample, never an arm, a subgroup, a follow-up wave or people screened."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.facts.counts import find_count
from scrh.pipeline.summarize.sentences import Sentence


def _sentences(*texts: str, role: str = "methods") -> list[Sentence]:
    return [Sentence(i, t, role, "METHODS") for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "total"),
    [
        pytest.param(("A total of 184 patients were enrolled.",), 184, id="a-total-of"),
        pytest.param(("We recruited 67 adults with chronic paraplegia.",), 67, id="we-recruited"),
        pytest.param(
            ("Forty-two participants were included in the analysis.",), 42, id="number-words"
        ),
        pytest.param(("Patients with acute injury (n = 121) were studied.",), 121, id="n-equals"),
        pytest.param(
            ("The records of 1,479 persons were reviewed.",), 1479, id="thousands-separator"
        ),
        pytest.param(
            (
                "A total of 184 patients were randomized.",
                "97 patients in the intervention group received coaching.",
            ),
            184,
            id="arm-after-total",
        ),
        pytest.param(
            (
                "Ninety-seven participants were allocated to the intervention group and 87 to "
                "the control group.",
            ),
            None,
            id="arm-alone-is-not-the-total",
        ),
        pytest.param(
            ("The intervention group (n = 20) and the control group (n = 18) were compared.",),
            38,
            id="all-arms-summed",
        ),
        pytest.param(
            (
                "We enrolled 67 people with spinal cord injury.",
                "Of these, 36 patients had complete injuries.",
            ),
            67,
            id="of-these-subgroup",
        ),
        pytest.param(
            ("We studied 67 people with spinal cord injury, of whom 36 patients had pain.",),
            67,
            id="of-whom-subgroup",
        ),
        pytest.param(
            ("Thirty-six of the 67 participants reported pain.",), None, id="n-of-m-alone"
        ),
        pytest.param(
            (
                "A total of 121 adults were recruited.",
                "At 12 months, 64 participants completed the questionnaire.",
            ),
            121,
            id="follow-up-wave",
        ),
        pytest.param(
            (
                "We screened 300 patients for eligibility.",
                "Forty patients were enrolled.",
            ),
            40,
            id="screened-not-enrolled",
        ),
        pytest.param(
            ("Of 150 patients screened, 40 patients were randomized.",),
            40,
            id="screened-then-enrolled",
        ),
        pytest.param(
            ("Participants attended 24 sessions at 3 sites over 12 weeks.",),
            None,
            id="sessions-sites-weeks",
        ),
        pytest.param(
            ("Twelve people with injuries more than 1 year ago took part.",),
            12,
            id="time-since-injury-is-no-count",
        ),
        pytest.param(
            (
                "In this qualitative study, 17 SCI persons and 13 family caregivers were "
                "interviewed.",
            ),
            30,
            id="two-groups-joined",
        ),
        pytest.param(("Twenty-four adult female Sprague-Dawley rats were used.",), 24, id="rats"),
        pytest.param(("Two hundred patients were included.",), 200, id="hundreds-in-words"),
        pytest.param(
            ("The intervention group (n = 36) gained more than the control group (n = 31).",),
            67,
            id="intervention-and-control-arms",
        ),
        pytest.param(
            ("Participants were randomly assigned to exercise (n = 40) or control (n = 38).",),
            78,
            id="n-equals-list-of-arms",
        ),
        pytest.param(
            ("Twelve participants with complete SCI and 8 with incomplete SCI were tested.",),
            20,
            id="and-n-with",
        ),
        pytest.param(
            ("At baseline, 240 participants were assessed; 180 remained at 2 years.",),
            240,
            id="wave-after-semicolon",
        ),
        pytest.param(
            ("Sixty-four participants (32 per group) were randomised.",), 64, id="per-group"
        ),
        pytest.param(
            ("Of the 184 participants randomised, 97 were allocated to coaching.",),
            184,
            id="randomised-then-arm",
        ),
    ],
)
def test_total(texts, total):
    assert find_count(_sentences(*texts), review=False, case_report=False).total == total


def test_enrolled_and_analysed_are_kept_apart():
    found = find_count(
        _sentences(
            "Forty participants were enrolled.",
            "Thirty-two participants completed the study and were analysed.",
        ),
        review=False,
        case_report=False,
    )
    assert (found.total, found.enrolled, found.analysed) == (40, 40, 32)
    assert found.sources == (0, 1)


def test_analysed_alone_is_the_total():
    found = find_count(
        _sentences("Data from 88 patients were analysed."), review=False, case_report=False
    )
    assert (found.total, found.enrolled, found.analysed) == (88, None, 88)


def test_background_numbers_are_not_the_sample():
    sentences = [
        Sentence(
            0,
            "Spinal cord injury affects 300,000 people in the United States.",
            "background",
            "BACKGROUND",
        ),
        Sentence(1, "Walking improved after training.", "results", "RESULTS"),
    ]
    assert find_count(sentences, review=False, case_report=False).total is None


def test_animals_are_counted_as_the_species():
    found = find_count(_sentences("We used 24 adult mice."), review=False, case_report=False)
    assert (found.total, found.unit) == (24, "mice")


@pytest.mark.parametrize(
    ("text", "studies", "pooled"),
    [
        ("We included 12 trials involving 438 participants.", 12, 438),
        ("Twenty-eight studies were included.", 28, None),
        ("Of 2,310 records screened, 14 studies met the inclusion criteria.", 14, None),
    ],
)
def test_reviews_count_studies_and_people_across_them(text, studies, pooled):
    found = find_count(_sentences(text, role="results"), review=True, case_report=False)
    assert (found.studies, found.pooled, found.total) == (studies, pooled, pooled)


def test_a_case_report_counts_one_person(paper):
    facts = extract_facts(
        paper(
            "Autonomic dysreflexia during labour: a case report",
            "A 31-year-old woman with paraplegia presented in labour.",
        )
    )
    assert facts.count.total == 1
    assert facts.count.unit == "people"


def test_narrative_reviews_have_no_count(paper):
    facts = extract_facts(
        paper("Spinal cord repair: a narrative review", "Trials in 300 patients are described.")
    )
    assert facts.count.total is None
    assert facts.population.kind == "none"


def test_count_cites_its_sentence_and_describes_who(paper):
    facts = extract_facts(
        paper(
            "Arm cycling: a randomized controlled trial",
            (
                ("BACKGROUND", "Arm weakness is common."),
                ("METHODS", "Sixty adults with tetraplegia were enrolled."),
            ),
        )
    )
    assert facts.count.total == 60
    assert facts.count.sources == (1,)
    assert facts.population.description == "Sixty adults with tetraplegia"


def test_we_randomly_assigned_names_the_sample_even_where_an_unlabelled_abstract_opens(paper):
    made = paper(
        "Arm cycling with electrical stimulation after spinal cord injury: a randomized trial",
        "We randomly assigned 24 adults with tetraplegia to arm cycling with stimulation or arm "
        "cycling alone. Arm strength improved more with stimulation. Two people had brief skin "
        "redness under the pads.",
    )
    assert extract_facts(made).count.total == 24
