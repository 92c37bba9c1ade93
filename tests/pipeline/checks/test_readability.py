"""Check `readability`: Flesch-Kincaid grade per field."""

from scrh.pipeline.checks.readability import check_readability, fkgl, reading_grades

HARD = (
    "Postoperative stereotactic radiosurgery following circumferential decompression "
    "demonstrated statistically significant amelioration of neurological functionality, "
    "ambulatory capacity and health-related quality-of-life parameters."
)


def test_plain_fields_within_their_targets_pass(paper, summary):
    assert check_readability(paper, summary) == []
    grades = reading_grades(summary)
    assert grades["simple_explanation"] <= 8 and grades["research_summary"] <= 12


def test_hard_simple_explanation_is_flagged(paper, make_summary):
    summary = make_summary(
        paper,
        simple_explanation=HARD,
        reading_grade={"simple_explanation": fkgl(HARD), "research_summary": 9.3},
    )
    findings = check_readability(paper, summary)
    assert [(f.field, f.severity) for f in findings] == [("simple_explanation", "warning")]


def test_stored_grade_that_does_not_match_the_text_is_flagged(paper, make_summary):
    summary = make_summary(paper, reading_grade={"simple_explanation": 2, "research_summary": 20})
    fields = {f.field for f in check_readability(paper, summary)}
    assert fields == {"reading_grade.simple_explanation", "reading_grade.research_summary"}
