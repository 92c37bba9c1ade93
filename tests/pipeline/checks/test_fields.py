"""Check `fields`: required blocks, counts and "Not specified"."""

from scrh.pipeline.checks.fields import check_fields


def test_complete_summary_passes(paper, summary):
    assert check_fields(paper, summary) == []


def test_empty_required_block_is_an_error(paper, make_summary):
    findings = check_fields(paper, make_summary(paper, research_summary=" "))
    assert [(f.severity, f.field) for f in findings] == [("error", "research_summary")]


def test_counts_outside_design_ranges_are_flagged(paper, summary, make_summary):
    one_finding = summary.key_findings[:1]
    findings = check_fields(paper, make_summary(paper, key_findings=one_finding, limitations=[]))
    assert {(f.severity, f.field) for f in findings} == {
        ("warning", "key_findings"),
        ("error", "limitations"),
    }


def test_short_simple_explanation_is_flagged(paper, make_summary):
    findings = check_fields(paper, make_summary(paper, simple_explanation="Surgery helped."))
    assert [f.message for f in findings] == ["2 words; expected 120 to 220"]


def test_guess_instead_of_not_specified_is_flagged(paper, make_summary):
    summary = make_summary(paper, study_duration="Probably about a year")
    assert [f.field for f in check_fields(paper, summary)] == ["study_duration"]
    assert check_fields(paper, make_summary(paper, study_duration="Not specified")) == []


def test_unspecified_design_must_not_carry_a_level(paper, make_summary):
    evidence = {"design": "Not specified", "design_code": "rct", "level": 2, "meaning": ""}
    findings = check_fields(paper, make_summary(paper, evidence=evidence))
    assert [(f.severity, f.field) for f in findings] == [("error", "evidence")]


def test_animal_study_is_level_five_and_not_about_humans(paper, make_summary):
    evidence = {
        "design": "Animal study",
        "design_code": "animal_study",
        "level": 3,
        "meaning": "A study in rats.",
    }
    findings = check_fields(paper, make_summary(paper, evidence=evidence, population="humans"))
    assert {f.field for f in findings} == {"evidence.level", "population"}
