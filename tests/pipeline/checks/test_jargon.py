"""Check `jargon`: rare words are explained inline or in the glossary."""

from scrh.pipeline.checks.jargon import check_jargon, is_rare

SRS_SENTENCE = "They then had stereotactic radiosurgery to the spine."
VAS = {"term": "VAS", "definition": "A pain score from 0 to 10."}


def test_rare_medical_words_are_rare_and_everyday_words_are_not():
    assert is_rare("stereotactic") and is_rare("laminectomy")
    assert not is_rare("walking") and not is_rare("treatment")


def test_glossed_terms_pass(paper, summary):
    assert check_jargon(paper, summary) == []


def test_unexplained_rare_word_is_flagged(paper, make_summary):
    summary = make_summary(paper, simple_explanation=SRS_SENTENCE, glossary=[VAS])
    findings = check_jargon(paper, summary)
    assert [f.evidence for f in findings] == ["stereotactic", "radiosurgery"]
    assert all(f.severity == "warning" for f in findings)


def test_inline_explanation_counts(paper, make_summary):
    text = (
        "They then had stereotactic radiosurgery (a strong, focused dose of radiation) "
        "to the spine."
    )
    glossary = [{"term": "stereotactic", "definition": "Aimed very precisely."}, VAS]
    summary = make_summary(paper, simple_explanation=text, glossary=glossary)
    assert check_jargon(paper, summary) == []


def test_unexplained_abbreviation_is_flagged(paper, make_summary):
    summary = make_summary(paper, simple_explanation="The SO group did better.", glossary=[])
    assert "SO" not in [f.evidence for f in check_jargon(paper, summary)]  # a common word
    summary = make_summary(paper, simple_explanation="The HCC had spread.", glossary=[])
    assert [f.evidence for f in check_jargon(paper, summary)][:1] == ["HCC"]
