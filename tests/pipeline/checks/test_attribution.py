"""Check `attribution`: key findings rest on sentences of the paper."""

from scrh.pipeline.checks.attribution import check_attribution


def finding(text, sources):
    return {"text": text, "sources": sources}


def test_correct_findings_are_supported(paper, summary):
    assert check_attribution(paper, summary) == []


def test_finding_without_sources_is_an_error(paper, summary, make_summary):
    changed = make_summary(paper, key_findings=[finding("Pain was lower.", [])])
    [found] = check_attribution(paper, changed)
    assert (found.severity, found.field) == ("error", "key_findings[0].sources")


def test_source_outside_the_sentences_is_an_error(paper, summary, make_summary):
    changed = make_summary(paper, key_findings=[finding("Pain was lower.", [99])])
    [found] = check_attribution(paper, changed)
    assert "outside" in found.message


def test_finding_its_source_does_not_support_is_an_error(paper, summary, make_summary):
    # Cites the methods sentence about enrolment for a claim about survival.
    unrelated = finding("Survival doubled after the operation.", [1])
    [found] = check_attribution(paper, make_summary(paper, key_findings=[unrelated]))
    assert (found.severity, found.field) == ("error", "key_findings[0].text")


def test_plain_rewrite_with_the_same_numbers_is_supported(paper, summary, make_summary):
    index = next(i for i, s in enumerate(summary.sentences) if "2.1 vs 4.3" in s)
    rewrite = finding(
        "Three months on, people who had surgery hurt less: 2.1 against 4.3.", [index]
    )
    assert check_attribution(paper, make_summary(paper, key_findings=[rewrite])) == []


def test_sentences_not_taken_from_the_paper_are_errors(paper, summary, make_summary):
    invented = [*summary.sentences, "All patients walked again within a week."]
    findings = check_attribution(paper, make_summary(paper, sentences=invented))
    assert [f.field for f in findings] == [f"sentences[{len(invented) - 1}]"]
