"""Limitations from the facts: each line appears when it is true for the study and never when
it is not (people for a rat study, "small" for thousands, "not randomised" for a trial)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.design import evidence_for
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.facts.model import DesignFact
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.limitations import limitations


def _limits(title: str, abstract: str) -> list[str]:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return [limit.text for limit in RulesEngine().summarize(paper).limitations]


def _joined(title: str, abstract: str) -> str:
    return " ".join(_limits(title, abstract))


def _trial(people: str, weeks: str = "12-week ") -> str:
    return (
        f"BACKGROUND: Pain is common after spinal cord injury. METHODS: {people} adults with "
        f"chronic spinal cord injury were randomly assigned to a {weeks}home exercise program "
        "or usual care. RESULTS: Pain scores fell more in the exercise group than in the usual "
        "care group (p = 0.01). CONCLUSIONS: Home exercise may reduce pain."
    )


_RCT_TITLE = "Home exercise for pain: a randomized controlled trial"
_RETRO = (
    "We retrospectively reviewed the records of {n} patients with spinal cord injury treated "
    "between 2003 and 2011. Pressure injuries were more common in older patients (p < 0.01). "
    "Older age may be a risk factor for pressure injuries."
)
_RETRO_TITLE = "Risk factors for pressure injuries after spinal cord injury: a retrospective study"
_RATS = (
    "Axons do not regrow after spinal cord injury. Adult rats with a thoracic contusion "
    "received chondroitinase or saline. Treated rats stepped better than saline rats at 6 "
    "weeks (p < 0.05). Chondroitinase may help repair the spinal cord."
)


@pytest.mark.parametrize(("people", "small"), [("17", True), ("Sixty", False)])
def test_a_small_sample_is_named_with_its_real_number(people, small):
    text = _joined(_RCT_TITLE, _trial(people))
    assert ("Only 17 people took part, so the results may not hold" in text) is small
    if not small:
        assert "small" not in text.lower() and "only" not in text.lower()


def test_thousands_of_patients_are_never_small():
    limits = _limits(_RETRO_TITLE, _RETRO.format(n="3,832"))
    text = " ".join(limits).lower()
    assert "small" not in text and "few" not in text and "only" not in text
    assert 2 <= len(limits) <= 5


def test_a_randomised_trial_is_never_called_not_randomised_or_uncontrolled():
    text = _joined(_RCT_TITLE, _trial("Forty")).lower()
    for wrong in ("not put into groups by chance", "not randomi", "no comparison group"):
        assert wrong not in text
    assert "looked back" not in text  # a trial follows people forward


def test_a_rat_study_speaks_of_rats_and_never_of_people_taking_part():
    limits = _limits("Chondroitinase improves stepping in adult rats", _RATS)
    text = " ".join(limits)
    assert limits[0].startswith("It was done in rats, not people")
    assert "people took part" not in text and "few people" not in text
    assert "how many rats were studied" in text


def test_a_rat_study_with_its_count_does_not_claim_the_count_is_missing():
    abstract = _RATS.replace("Adult rats", "Twenty-four adult rats")
    assert "how many" not in _joined("Chondroitinase improves stepping in adult rats", abstract)


@pytest.mark.parametrize(
    ("n", "retro", "said"),
    [
        ("538", True, "looked back at existing records"),
        ("538", False, "looked back at existing records"),
    ],
)
def test_retrospective_records_only_when_the_study_looked_back(n, retro, said):
    abstract = _RETRO.format(n=n)
    title = _RETRO_TITLE
    if not retro:
        abstract = (
            f"We followed {n} adults with spinal cord injury for two years after discharge. "
            "Pressure injuries were more common in older adults. Age may matter."
        )
        title = "Pressure injuries after spinal cord injury: a prospective cohort study"
    assert (said in _joined(title, abstract)) is retro


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("This single-centre study", "It was done at a single centre, so results may differ"),
        ("This multicentre study", None),
    ],
)
def test_single_centre_only_when_the_paper_says_so(setting, said):
    abstract = (
        f"Bladder infections are common after spinal cord injury. {setting} surveyed 300 adults "
        "with spinal cord injury. Infections were more common with indwelling catheters."
    )
    text = _joined("Bladder infections after spinal cord injury", abstract)
    if said:
        assert said in text
    else:
        assert "single centre" not in text


def test_the_country_of_the_study_is_named():
    abstract = (
        "We used a cross-sectional design. We included 412 adults with spinal cord injury "
        "living in Germany. Infections were more common with indwelling catheters."
    )
    text = _joined("Bladder infections after spinal cord injury: a cross-sectional study", abstract)
    assert "in Germany" in text
    assert "one point in time, so it cannot show cause and effect" in text


@pytest.mark.parametrize(("method", "said"), [("an online survey", True), ("blood tests", False)])
def test_self_report_only_when_people_answered_a_survey(method, said):
    abstract = (
        f"This cross-sectional study used {method} in 412 adults with spinal cord injury. "
        "Infections were more common with indwelling catheters."
    )
    text = _joined("Bladder infections after spinal cord injury: a cross-sectional study", abstract)
    assert ("what people said in a survey" in text) is said


@pytest.mark.parametrize(("pilot", "said"), [("pilot ", True), ("", False)])
def test_a_pilot_study_is_called_one(pilot, said):
    abstract = (
        f"This {pilot}trial tested arm cycling in 12 adults with paraplegia for 8 weeks. "
        "Shoulder pain fell after cycling. Arm cycling may help."
    )
    text = _joined(f"Arm cycling for shoulder pain: a {pilot}study", abstract)
    assert ("It was a pilot study" in text) is said


def test_follow_up_is_told_with_its_length_and_missing_only_when_missing():
    with_length = _joined(_RCT_TITLE, _trial("Forty"))
    assert "The treatment lasted 12 weeks" in with_length
    assert "does not say how long" not in with_length
    without = _joined(_RCT_TITLE, _trial("Forty", weeks=""))
    assert "does not say how long people were followed" in without


def test_a_length_anywhere_in_the_abstract_stops_the_missing_follow_up_line():
    abstract = _trial("Forty", weeks="").replace("usual care.", "usual care for 10 weeks.", 1)
    assert "does not say how long" not in _joined(_RCT_TITLE, abstract)


def test_a_narrative_review_says_it_had_no_set_search_and_has_no_participants():
    abstract = (
        "Bowel problems are common after spinal cord injury. This narrative review summarises "
        "current approaches to bowel care. Regular routines and diet changes are widely used."
    )
    text = _joined("Bowel care after spinal cord injury: a narrative review", abstract)
    assert "did not use a set way to find and judge studies" in text
    assert "people took part" not in text and "how many" not in text


def test_the_papers_own_limit_comes_first_and_a_design_description_is_not_one():
    abstract = _trial("Forty") + " Limitations include the lack of blinding of assessors."
    paper = paper_from_record({"title": _RCT_TITLE, "abstract": abstract})
    first = RulesEngine().summarize(paper).limitations[0]
    assert first.origin == "paper" and "blinding" in first.text
    described = (
        "METHODS: This single-centre cross-sectional study used an online survey of 412 adults "
        "with spinal cord injury. RESULTS: Infections were more common with catheters."
    )
    paper = paper_from_record({"title": "Bladder infections", "abstract": described})
    assert all(limit.origin == "design" for limit in RulesEngine().summarize(paper).limitations)


def _draft(code: str, controlled: bool | None, variant: str = "", cue: str = "") -> Draft:
    abstract = (
        "We studied 20 adults with chronic spinal cord injury who did 8 weeks of walking "
        "training. Walking speed improved after training. Training may help walking."
    )
    paper = paper_from_record({"title": "Walking training", "abstract": abstract})
    facts = extract_facts(paper)
    design = DesignFact(
        code=code,
        declared_in="title",
        randomised=False,
        controlled=controlled,
        variant=variant,
        cue=cue,
    )
    facts = replace(facts, design=design)
    return Draft(facts, evidence_for(paper, facts.count.total))


@pytest.mark.parametrize(
    ("controlled", "variant", "cue", "said"),
    [
        (False, "", "", True),
        (None, "single_arm_trial", "", True),
        (True, "", "single-arm", True),
        (None, "", "", False),
        (True, "", "", False),
    ],
)
def test_no_comparison_group_only_when_the_facts_say_so(controlled, variant, cue, said):
    draft = _draft("non_randomized_trial", controlled, variant, cue)
    text = " ".join(limit.text for limit in limitations(draft))
    assert ("There was no comparison group" in text) is said
    assert ("not put into groups by chance" in text) is (not said)
