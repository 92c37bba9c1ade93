"""Checks `counts`, `design`, `limitations` and `certainty` against the paper's own words."""

import pytest

from scrh.pipeline.checks.certainty import check_certainty
from scrh.pipeline.checks.counts import check_counts
from scrh.pipeline.checks.declared import check_design, declared_design
from scrh.pipeline.checks.limitations import check_limitations
from scrh.pipeline.papers.model import Paper, Section

TRIAL = Paper(
    title="Arm cycling after spinal cord injury: a randomized controlled trial",
    abstract_sections=(
        Section("We enrolled 184 adults with chronic spinal cord injury.", "METHODS", "METHODS"),
        Section(
            "Of these, 97 were randomized to arm cycling and 87 to usual care. At 12 months, "
            "64 of 121 responders completed the survey. Arm strength may improve with cycling, "
            "but fatigue did not differ significantly between groups.",
            "RESULTS",
            "RESULTS",
        ),
    ),
)
RCT = {
    "design": "Randomized controlled trial",
    "design_code": "rct",
    "level": 2,
    "meaning": "People were put into groups by chance.",
}


def test_the_correct_summary_passes_these_checks(paper, summary):
    for check in (check_counts, check_design, check_limitations, check_certainty):
        assert check(paper, summary) == [], check.__name__


@pytest.mark.parametrize(("count", "total"), [(97, 184), (64, 184)])
def test_a_count_that_is_one_arm_or_a_follow_up_wave_is_an_error(make_summary, count, total):
    summary = make_summary(TRIAL, participant_count=count, evidence=RCT)
    (finding,) = check_counts(TRIAL, summary)
    assert finding.severity == "error"
    assert f"the paper studied {total}" in finding.message


def test_completers_given_as_the_total_are_an_error(make_summary):
    paper = Paper(
        title="A walking programme",
        abstract_sections=(Section("Of 121 adults enrolled, 64 completed the 12-month visit."),),
    )
    (finding,) = check_counts(paper, make_summary(paper, participant_count=64))
    assert "the paper studied 121" in finding.message


def test_the_total_count_passes(make_summary):
    assert check_counts(TRIAL, make_summary(TRIAL, participant_count=184, evidence=RCT)) == []


def test_a_subgroup_count_without_a_stated_total_is_a_warning(make_summary):
    paper = Paper(
        title="Pain after injury",
        abstract_sections=(Section("Pain fell in the intervention group (n = 36)."),),
    )
    (finding,) = check_counts(paper, make_summary(paper, participant_count=36))
    assert finding.severity == "warning"


def test_randomizing_everyone_into_groups_is_the_total(make_summary):
    paper = Paper(
        title="An app for self-care",
        abstract_sections=(
            Section("Overall, 38 participants were randomized into either the app or care."),
        ),
    )
    assert check_counts(paper, make_summary(paper, participant_count=38, evidence=RCT)) == []


@pytest.mark.parametrize(
    ("title", "code", "label_text"),
    [
        ("Yoga for pain: a randomized waitlist control trial", "prospective_cohort", None),
        ("Neuropathic pain after spinal cord injury: A Narrative Review", "guideline", None),
        ("Bladder care in the community", "guideline", "Cross-sectional survey."),
        ("Walking robots: a systematic review and meta-analysis", "narrative_review", None),
    ],
)
def test_a_design_that_contradicts_the_declared_one_is_an_error(
    make_summary, title, code, label_text
):
    sections = [Section("We studied people with spinal cord injury.")]
    if label_text:
        sections.insert(0, Section(f"Study design: {label_text} Setting: Two clinics."))
    paper = Paper(title=title, abstract_sections=tuple(sections))
    evidence = {"design": "Some design", "design_code": code, "level": 4, "meaning": "m"}
    (finding,) = check_design(paper, make_summary(paper, evidence=evidence))
    assert (finding.severity, finding.field) == ("error", "evidence.design_code")


def test_a_design_named_as_earlier_work_is_not_the_papers():
    paper = Paper(title="Lessons from previous randomized trials of walking")
    assert declared_design(paper) is None
    review = Paper(title="A systematic review of randomized controlled trials")
    assert declared_design(review)[1] == {"systematic_review", "systematic_review_meta_analysis"}


def test_the_declared_design_passes(make_summary):
    assert check_design(TRIAL, make_summary(TRIAL, participant_count=184, evidence=RCT)) == []


def test_a_limitation_about_people_in_a_rat_study_is_an_error(make_summary):
    paper = Paper(
        title="Silencing neurons improves stepping in the adult rat",
        abstract_sections=(Section("Adult rats with spinal cord injury were trained daily."),),
    )
    animal = {"design": "Animal study", "design_code": "animal_study", "level": 5, "meaning": "m"}
    limitations = [
        {"text": "The number of people in the study was small.", "origin": "design"},
        {"text": "It was done in rats; results in people may differ.", "origin": "design"},
    ]
    summary = make_summary(paper, evidence=animal, population="animals", limitations=limitations)
    (finding,) = check_limitations(paper, summary)
    assert (finding.severity, finding.field) == ("error", "limitations[0].text")


def test_no_comparison_group_for_a_randomised_trial_is_an_error(make_summary):
    limitations = [
        {"text": "A treatment was tried without a comparison group.", "origin": "design"},
        {"text": "The study lasted one year.", "origin": "design"},
    ]
    summary = make_summary(TRIAL, evidence=RCT, participant_count=184, limitations=limitations)
    (finding,) = check_limitations(TRIAL, summary)
    assert finding.field == "limitations[0].text"
    assert "randomised trial" in finding.message


def test_small_for_thousands_of_people_is_an_error(paper, make_summary):
    limitations = [{"text": "Only a small number of people took part.", "origin": "design"}] * 2
    summary = make_summary(paper, participant_count=3832, limitations=limitations)
    assert [f.field for f in check_limitations(paper, summary)] == [
        "limitations[0].text",
        "limitations[1].text",
    ]


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("This proves that arm cycling builds strength.", "error"),
        ("Arm cycling cures weakness.", "error"),
        ("Arm cycling clearly improved strength.", "warning"),
        ("Arm cycling will help you get stronger.", "warning"),
    ],
)
def test_wording_surer_than_the_paper_is_flagged(make_summary, sentence, severity):
    summary = make_summary(TRIAL, evidence=RCT, participant_count=184, simple_explanation=sentence)
    (finding,) = check_certainty(TRIAL, summary)
    assert (finding.severity, finding.field) == (severity, "simple_explanation")


@pytest.mark.parametrize(
    "text",
    [
        "Arm cycling may help people get stronger. It did not clearly change tiredness.",
        "The authors word their conclusion carefully, so it is a hint rather than proof.",
        "A study like this can show links, but it cannot prove that one thing causes another.",
        "It is a first step, not proof that arm cycling works.",
    ],
)
def test_hedged_or_negated_wording_passes(make_summary, text):
    summary = make_summary(TRIAL, evidence=RCT, participant_count=184, simple_explanation=text)
    assert check_certainty(TRIAL, summary) == []


def test_a_link_reported_as_a_cause_is_a_warning(make_summary):
    paper = Paper(
        title="Sleep and pain after injury",
        abstract_sections=(Section("Poor sleep was associated with more pain in 300 adults."),),
    )
    summary = make_summary(paper, simple_explanation="Poor sleep causes more pain.")
    (finding,) = check_certainty(paper, summary)
    assert finding.message == "reports a link as a cause"
