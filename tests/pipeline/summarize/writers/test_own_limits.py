"""Limitations the authors state in words the stated-limitation facts do not read, on short
synthetic abstracts, each rule with a case where it fires and one where it must not; and the
generic lines that give way to the paper's own."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.own_limits import caveats


def _limits(title: str, abstract: str) -> list[str]:
    paper = paper_from_record({"id": "t", "title": title, "abstract": abstract})
    return [limit.text for limit in RulesEngine().summarize(paper).limitations]


_ANIMAL_REVIEW = (
    "Stem cells for spinal cord injury in animals: a systematic review and meta-analysis"
)


def _animal_review(closing: str) -> str:
    return (
        "OBJECTIVE: To find the best stem cell treatment in animal models of spinal cord "
        "injury. METHODS: PubMed and Embase were searched from inception to 2021. RESULTS: A "
        "total of 88 studies were included. Stem cells improved walking scores in rats "
        f"(p < 0.01). {closing}"
    )


def test_a_review_judging_its_animal_studies_of_limited_quality_says_so():
    limits = _limits(
        _ANIMAL_REVIEW,
        _animal_review(
            "However, the evidence of current animal studies is of limited quality, and the "
            "design and reporting of animal studies need to be improved."
        ),
    )
    assert limits[0] == (
        "The authors say the animal studies it brings together are of limited quality, so the "
        "results are less sure."
    )
    assert limits[1].startswith("The authors say the design and reporting of such studies")
    assert "only as strong as the studies it includes" not in " ".join(limits)


def test_a_review_that_does_not_judge_its_studies_keeps_the_design_line():
    limits = _limits(_ANIMAL_REVIEW, _animal_review("Earlier timing worked best (p = 0.02)."))
    assert not any(line.startswith("The authors say") for line in limits)
    assert "A review is only as strong as the studies it includes." in limits


_CASES = "Epidural stimulation for low blood pressure after spinal cord injury: a case series"


def _cases(closing: str) -> str:
    return (
        "METHODS: Eight adults with chronic cervical spinal cord injury received epidural "
        "stimulation at a single centre. RESULTS: Systolic blood pressure rose in all eight "
        f"people. CONCLUSIONS: Stimulation may stabilise blood pressure, {closing}"
    )


def test_trials_the_authors_say_are_needed_to_rule_something_out_are_told():
    limits = _limits(
        _CASES, _cases("although controlled trials are needed to exclude placebo effects.")
    )
    assert (
        "The authors say controlled trials are still needed to rule out placebo effects, so the "
        "results are not yet sure."
    ) in limits


def test_a_call_for_trials_without_what_they_must_rule_out_adds_no_line():
    limits = _limits(_CASES, _cases("and it is well tolerated."))
    assert not any("still needed" in line for line in limits)


def test_previous_trials_being_small_is_background_not_a_limit_of_this_study():
    abstract = (
        "BACKGROUND: Previous trials, however, have been small and of limited quality. "
        "METHODS: We randomly assigned 300 adults with spinal cord injury to walking practice "
        "or usual care. RESULTS: Walking speed rose more with practice (p < 0.01)."
    )
    limits = _limits("Walking practice: a randomized controlled trial", abstract)
    assert not any("limited quality" in line for line in limits)


_RATS = "Cortical rewiring after complete spinal cord injury in rats"


def test_a_recovery_the_authors_call_partial_is_a_limit():
    abstract = (
        "Rats with a complete spinal cord cut were trained on a treadmill. Trained rats "
        "stepped without help. Rats can thus partly recover stepping through a new circuit."
    )
    assert (
        "The recovery was only partial, so function did not return to what it was before the "
        "injury."
    ) in _limits(_RATS, abstract)


def test_a_full_recovery_adds_no_partial_line():
    abstract = (
        "Rats with a complete spinal cord cut were trained on a treadmill. Trained rats "
        "stepped without help. Rats can thus recover stepping through a new circuit."
    )
    assert not any("only partial" in line for line in _limits(_RATS, abstract))


def _trial(measured: str) -> str:
    return (
        "BACKGROUND: Infections are common after spinal cord injury. METHODS: Forty adults with "
        "spinal cord injury were randomly assigned to a phone app or usual care for 9 months. "
        f"Participants completed surveys every 3 months{measured}. RESULTS: The app group had "
        "fewer bladder infections (p = 0.03). CONCLUSIONS: The app may prevent infections."
    )


_TRIAL_TITLE = "A phone app for self-care: a randomized controlled trial"


def test_a_self_report_line_names_what_the_surveys_measured():
    limits = _limits(_TRIAL_TITLE, _trial(" to measure psychosocial outcomes"))
    assert any(
        line.startswith("The psychosocial outcomes rest on what people said") for line in limits
    )
    assert not any(line.startswith("Some results rest") for line in limits)


def test_a_self_report_line_without_what_was_measured_stays_general():
    limits = _limits(_TRIAL_TITLE, _trial(""))
    assert any(line.startswith("Some results rest on what people said") for line in limits)


def test_one_trial_needs_repeating_only_fills_a_short_list():
    limits = _limits(_TRIAL_TITLE, _trial(" to measure psychosocial outcomes"))
    assert len(limits) >= 2
    assert "One trial needs to be repeated by others before its results are sure." not in limits


_CASE_TITLE = "Anaesthesia for caesarean section in a woman with paraplegia: a case report"


def test_a_case_report_reviewing_literature_without_a_search_says_so():
    abstract = (
        "We report anaesthesia in a woman with paraplegia who had a caesarean section. Spinal "
        "anaesthesia was given with sedation. Blood pressure stayed stable. Based on the case "
        "and a literature review, spinal anaesthesia is the preferred choice."
    )
    assert (
        "Its look at earlier published cases does not say how they were found, so some may be "
        "missing."
    ) in _limits(_CASE_TITLE, abstract)


def test_a_case_report_that_says_how_it_searched_has_no_such_line():
    abstract = (
        "We report anaesthesia in a woman with paraplegia who had a caesarean section. Spinal "
        "anaesthesia was given with sedation. Blood pressure stayed stable. A literature review "
        "searched PubMed for similar cases."
    )
    assert not any("earlier published cases" in line for line in _limits(_CASE_TITLE, abstract))


_SURVEY_TITLE = "Employment after spinal cord injury: a cross-sectional survey"


def _survey(closing: str) -> str:
    return (
        "OBJECTIVE: To find factors linked with work after spinal cord injury. METHODS: A "
        "survey of 600 adults. RESULTS: A university degree was associated with employment "
        f"(OR 3.2, 95% CI 2.1-4.9). CONCLUSIONS: Education may help people work. {closing}"
    )


def test_what_the_authors_say_limits_generalisability_is_told():
    limits = _limits(_SURVEY_TITLE, _survey("The modest response rate may limit generalisability."))
    assert limits[0] == (
        "The authors say the modest response rate may limit how far the results apply to others."
    )


def test_no_generalisability_line_when_the_paper_names_none():
    limits = _limits(_SURVEY_TITLE, _survey("The response rate was 38%."))
    assert not any("apply to others" in line for line in limits)


def test_a_stated_small_sample_is_told_once_with_its_number():
    abstract = (
        "METHODS: Six adults with spinal cord injury received cell transplants and were "
        "followed for three years. RESULTS: No harms were seen. CONCLUSIONS: The procedure "
        "appears safe, but this study is limited by its small sample size."
    )
    limits = _limits("Cell transplants after spinal cord injury: a phase 1 trial", abstract)
    assert any(line.startswith("Only six people") for line in limits)
    assert not any("was small" in line for line in limits)


def _phase1(closing: str) -> str:
    return (
        "METHODS: Six adults with spinal cord injury received cell transplants and were "
        "followed for three years. RESULTS: No harms were seen. CONCLUSIONS: The procedure "
        f"appears safe. {closing}"
    )


def test_efficacy_the_authors_say_cannot_be_judged_is_told_beside_the_count():
    limits = _limits(
        "Cell transplants after spinal cord injury: a phase 1 trial",
        _phase1("Efficacy cannot be judged from this small study."),
    )
    assert sum("cannot be judged" in line for line in limits) == 1
    assert not any("was small" in line for line in limits)
    assert any(line.startswith("Only six people") for line in limits)


def test_efficacy_the_authors_judge_adds_no_such_line():
    limits = _limits(
        "Cell transplants after spinal cord injury: a phase 1 trial",
        _phase1("Walking improved in two people."),
    )
    assert not any("cannot be judged" in line for line in limits)


def test_the_not_judged_line_reads_the_authors_words():
    assert caveats("Efficacy cannot be judged from this small study.") == [
        "The authors say whether it works cannot be judged from a study this small."
    ]
    assert caveats("Efficacy was judged by a blinded assessor.") == []


def test_questionnaires_that_only_rated_the_device_are_no_limit_of_measured_results():
    abstract = (
        "In a randomized crossover trial, ten adults with spinal cord injury completed gait "
        "training with each device, followed by user satisfaction questionnaires. Step length "
        "increased by 25% with the exoskeleton. Walking tests did not differ."
    )
    limits = _limits("An exoskeleton or braces after spinal cord injury", abstract)
    assert not any("what people said" in line for line in limits)
    rated = abstract.replace("Walking tests did not differ.", "Satisfaction was higher with it.")
    limits = _limits("An exoskeleton or braces after spinal cord injury", rated)
    assert any("what people said" in line for line in limits)


def test_a_descriptive_case_series_is_not_said_to_miss_the_cause_of_changes():
    abstract = (
        "We reviewed the records of 47 children with spinal cord injury. Most were girls aged 4 "
        "to 12 years. Dance practice caused 70% of the injuries."
    )
    limits = _limits("Spinal cord injury in children: a case series", abstract)
    assert any("point to patterns but not prove causes" in line for line in limits)
    assert not any("what caused the changes" in line for line in limits)


def test_a_review_that_judges_its_studies_is_not_said_to_leave_their_strength_out():
    abstract = (
        "This narrative review summarises treatments for spasticity after spinal cord injury. "
        "Baclofen and tizanidine reduce muscle tone. Most drug studies are small, short and "
        "rely on one rating scale."
    )
    limits = _limits("Treating spasticity after spinal cord injury: a narrative review", abstract)
    assert not any("does not say how strong the studies" in line for line in limits)


def test_a_review_saying_its_studies_are_small_and_short_gets_that_limit_first():
    abstract = (
        "This narrative review summarises treatments for spasticity after spinal cord injury. "
        "Baclofen and tizanidine reduce muscle tone. Most drug studies are small, short and "
        "rely on one rating scale."
    )
    limits = _limits("Treating spasticity after spinal cord injury: a narrative review", abstract)
    assert (
        limits[0]
        == "The authors say most drug studies are small and short, so the evidence is thin."
    )
    background = abstract.replace("Most drug studies are", "Previous drug studies were")
    title = "Treating spasticity after spinal cord injury: a narrative review"
    assert not any("evidence is thin" in line for line in _limits(title, background))


def test_a_last_check_at_a_follow_up_point_is_not_told_as_how_long_people_were_followed():
    abstract = (
        "In a randomized trial, 42 adults with tetraplegia did 30 sessions of hand training "
        "over 10 weeks with stimulation or sham. Grasp improved more with stimulation. Gains "
        "were partly kept at the 3-month follow-up."
    )
    limits = _limits("Stimulation and hand training after spinal cord injury", abstract)
    assert (
        "The last check was at a 3-month follow-up, so what happens after that is not known."
        in limits
    )
    assert not any("followed for 3 months" in line for line in limits)


def test_a_check_months_after_training_is_a_later_check():
    abstract = (
        "In a randomized trial, 12 men with spinal cord injury did one year of stimulated "
        "cycling or usual care. Bone density rose with cycling (p = 0.02). Six months after "
        "training ended, the gains were lost."
    )
    limits = _limits("Cycling for bone after spinal cord injury", abstract)
    assert not any("gives no later check" in line for line in limits)
