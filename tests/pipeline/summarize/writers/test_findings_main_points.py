"""Key findings that are a paper's main points, on short synthetic abstracts, each rule with a
case where it fires and one where it must not: a narrative review stating few points of its
own gives what it covers (its list of topics before its framing statements); a null result in
a leading side clause and a "partly" the paper puts on a recovery are kept; a tool paper tells
what its tool gave; a case report's treatment comes with what followed; a slipped possessive
apostrophe is mended."""

from __future__ import annotations

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.finding_hedges import (
    null_lead,
    with_null_lead,
    with_qualifier,
    without_stray_possessive,
)
from scrh.pipeline.summarize.writers.finding_kinds import kind_of
from scrh.pipeline.summarize.writers.findings import as_coverage

_REVIEW_TITLE = "Living with a spinal cord injury: a narrative review"


def _findings(abstract: str, title: str = _REVIEW_TITLE) -> list[KeyFinding]:
    paper = paper_from_record({"id": "t", "title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).key_findings


def _texts(abstract: str, title: str = _REVIEW_TITLE) -> list[str]:
    return [f.text for f in _findings(abstract, title)]


# (1) a narrative review's content

_TOPICS = (
    "A spinal cord injury changes far more than movement. "
    "Spinal cord injury is a physical injury with many social consequences. "
    "This narrative review is divided into the following sections: housing and transport in "
    "the city; work, money and benefits after discharge; friendship, dating and family life; "
    "leisure, travel and sport; mood, stress and coping with pain; sexual health and "
    "intimacy; aging with the injury over decades; self-harm and suicide risk; brain injury "
    "at the same time; and concludes with a "
    "brief discussion about hope. "
    "Knowing these consequences may help clinicians plan care."
)


def test_a_review_with_a_list_of_topics_gives_them_not_its_framing():
    found = _findings(_TOPICS)
    texts = " ".join(f.text for f in found)
    assert "housing and transport" in texts and "leisure, travel and sport" in texts
    assert "hope" in texts
    assert "far more than movement" not in texts
    assert "many social consequences" not in texts
    assert all(2 in f.sources for f in found if "housing" in f.text)


_COVERS = (
    "Spinal cord injury harms many young people. "
    "Gels are soft and safe in the body. "
    "Gels can carry drugs to the injured cord. "
    "This review discusses the making of gels, as well as expounds on the progress of gel "
    "therapy alone or with cells."
)


def test_a_review_stating_two_points_also_says_what_it_covers():
    texts = _texts(_COVERS, "Gels for spinal cord injury: a narrative review")
    assert texts[:2] == [
        "Gels are soft and safe in the body.",
        "Gels can carry drugs to the injured cord.",
    ]
    assert texts[2].startswith("The review discusses the making of gels and the progress")


def test_a_review_stating_three_points_keeps_them_without_its_scope():
    abstract = _COVERS.replace(
        "This review",
        "Gels also reduce scarring in animal models. Gels with cells work better than gels "
        "alone. Gels with drugs ease pain in rats. This review",
    )
    texts = _texts(abstract, "Gels for spinal cord injury: a narrative review")
    assert "Gels with cells work better than gels alone." in texts
    assert len(texts) >= 3
    assert not any(t.startswith("The review") for t in texts)


def test_a_scope_left_in_the_authors_words_is_not_added():
    abstract = (
        "Spinal cord injury harms many young people. Gels are soft and safe in the body. "
        "Gels can carry drugs to the injured cord. "
        "In addition, we discuss prospects of gels and give new ideas."
    )
    texts = _texts(abstract, "Gels for spinal cord injury: a narrative review")
    assert not any("we discuss" in t.lower() or "new ideas" in t for t in texts)


def test_a_second_verb_saying_the_first_again_is_joined():
    assert as_coverage("This review discusses A, as well as expounds on B.") == (
        "The review discusses A and B."
    )
    assert as_coverage("This review discusses A as well as B.") == (
        "The review discusses A as well as B."
    )


# (2) a null result in a leading side clause, and a qualifier on a recovery


def test_a_null_result_in_a_leading_clause_is_told_plainly():
    source = (
        "Although no quality of life scores changed significantly, pain fell slightly in "
        "the treated group."
    )
    assert null_lead(source) == "No quality of life scores changed significantly."
    assert with_null_lead(source, "Pain fell slightly in the treated group.") == (
        "No quality of life scores changed significantly; pain fell slightly in the treated group."
    )


def test_a_leading_clause_without_a_null_result_adds_nothing():
    source = "Although pain was common, no one stopped the program."
    assert null_lead(source) == ""
    assert with_null_lead(source, "No one stopped the program.") == "No one stopped the program."


def test_a_null_result_in_an_rct_abstract_reaches_the_findings():
    abstract = (
        "BACKGROUND: Infections are common after spinal cord injury. METHODS: Forty adults "
        "were randomly assigned to an app or usual care for 9 months. RESULTS: The app group "
        "had fewer bladder infections (p = 0.03). Although no mood scores changed "
        "significantly, there was a nonsignificant trend toward less worry in the app group. "
        "CONCLUSIONS: An app may help prevent infections."
    )
    title = "An app for self-care: a randomized controlled trial"
    texts = _texts(abstract, title)
    assert any(t.startswith("No mood scores changed significantly") for t in texts)


def test_a_recovery_the_paper_calls_partial_keeps_its_qualifier():
    sentences = [
        "Rats can recover unassisted stepping after a full cut of the cord.",
        "Rats thus partly recover unassisted stepping through a new brain circuit.",
    ]
    text, index = with_qualifier(sentences[0], sentences)
    assert text == "Rats can partly recover unassisted stepping after a full cut of the cord."
    assert index == 1


def test_a_recovery_the_paper_never_qualifies_stays_as_it_is():
    sentences = [
        "Rats can recover unassisted stepping after a full cut of the cord.",
        "Rats partly recover bladder control as well.",
    ]
    assert with_qualifier(sentences[0], sentences) == (sentences[0], None)
    done = "Rats partly recover unassisted stepping."
    assert with_qualifier(done, [done]) == (done, None)


# (3) a lab paper that built a tool; a case report's treatment and what followed


_ATLAS_TITLE = "A brain-wide atlas of neurons projecting to the spinal cord in mice"


def test_a_tool_paper_tells_what_the_tool_gave_not_that_it_was_built():
    abstract = (
        "Neurons in the brain send many projections to the spinal cord. "
        "Here we assemble a workflow to map all neurons that project to the spinal cord in mice. "
        "Optimized viral labeling and 3D imaging assigned thousands of neurons to 60 regions. "
        "We demonstrate the ability of this approach to measure how injury spares each region."
    )
    texts = _texts(abstract, _ATLAS_TITLE)
    assert not any("workflow" in t for t in texts)
    assert any("60 regions" in t for t in texts)


def test_a_tool_paper_with_one_other_line_keeps_what_was_built():
    abstract = (
        "Neurons in the brain send many projections to the spinal cord. "
        "Here we assemble a workflow to map all neurons that project to the spinal cord in mice. "
        "Optimized viral labeling and 3D imaging assigned thousands of neurons to 60 regions."
    )
    texts = _texts(abstract, _ATLAS_TITLE)
    assert any("workflow" in t for t in texts)


_CASE_TITLE = "Anaesthesia for caesarean section in a woman with paraplegia: a case report"


def _case(given: str = "with light sedation") -> str:
    return (
        "Anaesthesia is hard in women with paraplegia. This report describes the anaesthesia of "
        "a woman with paraplegia who had a caesarean section. Spinal anaesthesia was "
        f"administered {given}. Stable blood pressure was achieved without complications. We "
        "conclude that spinal anaesthesia is the preferred choice for such women."
    )


def test_a_case_reports_treatment_is_told_with_what_followed():
    found = _findings(_case(), _CASE_TITLE)
    assert found[0].text == (
        "Spinal anaesthesia was given with light sedation. Stable blood pressure was achieved "
        "without complications."
    )
    assert found[0].sources == [2, 3]


def test_a_treatment_too_long_to_tell_with_its_outcome_stays_apart():
    given = (
        "at the level of the third lumbar vertebra with a low dose of ropivacaine, together "
        "with a slow infusion of dexmedetomidine for light sedation and warm fluids through a "
        "large vein in the left arm"
    )
    found = _findings(_case(given), _CASE_TITLE)
    assert [f.sources for f in found][:2] == [[2], [3]]


# (4) a slipped possessive apostrophe


def test_a_possessive_before_an_adjective_loses_its_apostrophe():
    assert without_stray_possessive("It can reengage the spinal circuits' active in voiding.") == (
        "It can reengage the spinal circuits active in voiding."
    )


def test_a_possessive_before_a_noun_stays():
    text = "It restored the patients' bladder function and the nerves' activity in voiding."
    assert without_stray_possessive(text) == text


def test_the_slip_is_mended_in_a_key_finding():
    abstract = (
        "BACKGROUND: Bladder problems are common after spinal cord injury. METHODS: Ten adults "
        "received skin-surface spinal stimulation. RESULTS: We demonstrate that stimulation can "
        "reengage the spinal circuits' active in bladder function in these adults. Stimulation "
        "increased bladder capacity (p = 0.01)."
    )
    texts = _texts(abstract, "Spinal stimulation for bladder function after spinal cord injury")
    assert any("spinal circuits active in bladder function" in t for t in texts)


# (5) a review's aim told as what it covers


def test_a_review_aim_in_the_future_tense_is_told_as_what_it_covers():
    abstract = (
        "Spinal cord injury places people at high risk of pressure injuries. "
        "Many other conditions make it even more likely that pressure injuries will occur. "
        "This manuscript will review the structure of the skin, and address the team approach "
        "needed to prevent pressure injuries."
    )
    texts = _texts(abstract, "Pressure injuries after spinal cord injury: a narrative review")
    assert texts[-1] == (
        "The review covers the structure of the skin, and addresses the team approach needed "
        "to prevent pressure injuries."
    )


def test_a_second_verb_split_off_as_a_sentence_is_joined_back():
    assert as_coverage("This manuscript will review the skin. Address the team approach.") == (
        "The review covers the skin, and addresses the team approach."
    )
    assert as_coverage("This review covers the skin. Pressure is common.") == (
        "The review covers the skin. Pressure is common."
    )


# (6) who was studied told with "we report"; the authors' closing statement; a stated limit


def test_we_report_outcomes_in_a_sample_is_method_not_a_finding():
    sentence = Sentence(
        index=1,
        text="We report outcomes in eight consecutive individuals who received a stimulator.",
        role="results",
    )
    assert kind_of(sentence) == "method"
    tuned = Sentence(
        index=2, text="Settings were individually optimised during a 2-week stay.", role="results"
    )
    assert kind_of(tuned) == "method"


def test_we_report_a_result_stays_a_finding():
    sentence = Sentence(
        index=1, text="We report that blood pressure rose in all eight people.", role="results"
    )
    assert kind_of(sentence) == "finding"


_SERIES = (
    "Low blood pressure is common after spinal cord injury. "
    "We report outcomes in eight consecutive adults who received a spinal stimulator. "
    "Five people stopped midodrine. "
    "Two people had wound infections. "
    "No episodes of dysreflexia were recorded. "
    "These early observations suggest that stimulation can stabilise blood pressure."
)


def test_the_authors_closing_statement_is_among_the_findings():
    found = _findings(_SERIES, "Spinal stimulation for low blood pressure: a case series")
    assert any(f.sources == [5] for f in found)
    assert not any(f.sources == [1] for f in found)


def test_without_a_closing_statement_the_results_fill_the_list():
    abstract = _SERIES.replace(
        "These early observations suggest that stimulation can stabilise blood pressure.",
        "Blood pressure rose in seven people.",
    )
    found = _findings(abstract, "Spinal stimulation for low blood pressure: a case series")
    assert {2, 3, 4} <= {i for f in found for i in f.sources}


def test_a_sentence_stating_the_studys_limits_is_not_a_finding():
    abstract = (
        "OBJECTIVE: To find factors linked with work after spinal cord injury. METHODS: A "
        "survey of 600 adults. RESULTS: A university degree was associated with employment "
        "(OR 3.2, 95% CI 2.1-4.9). Pain was associated with lower odds of employment (OR 0.8, "
        "95% CI 0.7-0.97). CONCLUSIONS: Pain care may help people work. The cross-sectional "
        "design precludes causal inference, and the modest response rate may limit "
        "generalisability."
    )
    texts = _texts(abstract, "Employment after spinal cord injury: a cross-sectional survey")
    assert not any("generalisability" in t or "causal inference" in t for t in texts)
