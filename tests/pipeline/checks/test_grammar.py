"""Check `grammar`: the link-grammar parser's signal on sentences it cannot link."""

import pytest

from scrh.pipeline.checks.grammar import check_grammar, sentence_parser


@pytest.fixture(scope="module")
def parses():
    parser = sentence_parser()
    assert parser is not None, "install Debian's python3-link-grammar (make grammar)"
    return parser


@pytest.mark.parametrize(
    "sentence",
    [
        "People in the in the weeks after injury improved.",
        "Statistical significance was set at.",
        "This paper is about finger maps is preserved after paralysis.",
    ],
)
def test_garbled_sentences_do_not_parse(parses, sentence):
    assert not parses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Walking speed rose in 14 of 20 people.",
        "This may help people with a spinal cord injury walk further.",
    ],
)
def test_plain_sentences_parse(parses, sentence):
    assert parses(sentence)


def test_a_garbled_sentence_in_the_explanation_is_a_warning(parses, paper, make_summary):
    text = (
        "Walking speed rose in 14 of 20 people. People in the in the weeks after injury improved."
    )
    findings = check_grammar(paper, make_summary(paper, simple_explanation=text))
    (finding,) = [f for f in findings if f.field == "simple_explanation"]
    assert (finding.severity, finding.field) == ("warning", "simple_explanation")
    assert finding.evidence == "People in the in the weeks after injury improved."
