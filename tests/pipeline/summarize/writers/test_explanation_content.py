"""The simple explanation tells this paper's result, not stock text, on synthetic abstracts."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts.findings import direction_of, find_results
from scrh.pipeline.summarize.sentences import paper_sentences
from scrh.pipeline.summarize.writers.defined import first_uses

SINGLE_ARM = (
    "Walking is often lost after spinal cord injury. Ten adults with chronic paraplegia "
    "trained for 6 months with a robotic exoskeleton. This program combined treadmill walking "
    "with a lower limb exoskeleton and visual feedback. After training, all ten people walked "
    "faster than before. As a result, 40% of these patients were upgraded to a less severe "
    "injury grade. These findings suggest that exoskeleton training may help walking."
)

STOCK = (
    "The authors word their conclusion carefully",
    "This summary is based on the abstract",
    "Talk with your care team",
    "This paper is called",
    "Spinal cord injury means",
    "Recovery means",
)


def _explanation(abstract: str, title: str = "Exoskeleton training after spinal cord injury"):
    paper = paper_from_record({"title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).simple_explanation


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The device was a lower limb exoskeleton with motors.", "unknown"),
        ("Pain in the upper extremity was reduced after training.", "lower"),
        ("Upper body strength increased after training.", "higher"),
    ],
)
def test_body_parts_named_lower_or_upper_are_not_a_direction(text, direction):
    assert direction_of(text) == direction


def test_a_method_sentence_naming_a_lower_limb_is_not_a_result():
    paper = paper_from_record({"title": "Exoskeleton training", "abstract": SINGLE_ARM})
    sentences = paper_sentences(paper)
    results = find_results(sentences)
    texts = [sentences[r.sources[0]].text for r in results]
    assert not any(t.startswith("This program combined") for t in texts)
    assert any("upgraded" in t for t in texts)
    assert results[0].primary


def test_the_main_result_comes_first_and_no_stock_lines():
    explanation = _explanation(SINGLE_ARM)
    assert "all ten people walked faster" in explanation
    found = explanation.index("Here is what they found.")
    assert explanation.index("walked faster") > found
    for stock in STOCK:
        assert stock not in explanation


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        ("People with spinal cord injury had better recovery.", False),
        ("Many people with paraplegia took part.", True),
    ],
)
def test_only_hard_terms_are_defined_in_the_explanation(text, defined):
    assert bool(first_uses([text])) is defined


@pytest.mark.parametrize(
    "lead", ["As a result, ", "In addition, ", "Furthermore, ", "Also, ", "Further, "]
)
def test_no_result_sentence_starts_with_a_link_to_nothing(lead):
    abstract = (
        "Pressure sores are common after spinal cord injury. Forty adults used a new cushion "
        f"for 8 weeks. Skin redness fell in 30 of the 40 people. {lead}sitting time rose "
        "by two hours a day. The cushion may help protect the skin."
    )
    explanation = _explanation(abstract, "A cushion for pressure sores")
    assert lead.strip() not in explanation


def test_limitations_never_fall_back_to_the_abstract_note():
    abstract = (
        "Pressure sores are common after spinal cord injury. Adults used a new cushion for 8 "
        "weeks. Skin redness fell with the cushion. The cushion may help protect the skin."
    )
    paper = paper_from_record({"title": "A cushion for pressure sores", "abstract": abstract})
    limits = [limit.text for limit in RulesEngine().summarize(paper).limitations]
    assert not any("rests on the abstract" in text for text in limits)
    assert "The abstract does not say how many people took part." in limits


@pytest.mark.parametrize(
    "sentence",
    [
        "This review seeks to summarize trials of new drugs.",
        "Main outcome measures were pain and walking speed.",
        "Little is known about bladder care at home.",
    ],
)
def test_aims_and_methods_are_not_main_points(sentence):
    from scrh.pipeline.summarize.writers.findings import _NOT_A_POINT

    assert _NOT_A_POINT.search(sentence)


@pytest.mark.parametrize(
    ("methods", "named"),
    [
        ("Twelve adults trained with a robotic exoskeleton for 8 weeks.", "robotic exoskeleton"),
        ("Twelve adults were treated with arm cycling three times a week.", "arm cycling"),
        ("Twelve adults trained with this program for 8 weeks.", None),
    ],
)
def test_what_was_done_names_the_treatment(methods, named):
    abstract = (
        "Walking is often hard after spinal cord injury. This non-randomized trial tested a new "
        f"program. {methods} Walking speed improved after training. The program may help walking."
    )
    explanation = _explanation(abstract, "A walking program after spinal cord injury")
    if named:
        assert f"The treatment used {named}" in explanation or (
            f"The treatment used a {named}" in explanation
        )
    else:
        assert "The treatment used" not in explanation


def test_a_result_is_told_once_even_in_two_wordings():
    abstract = (
        "Bladder infections are common after spinal cord injury. We reviewed the records of 300 "
        "patients from 2015 to 2020. The incidence of urinary tract infection was 40%. Older age "
        "was associated with infection. Careful bladder care may lower the risk of infection."
    )
    explanation = _explanation(abstract, "Bladder infections after spinal cord injury")
    assert explanation.count("40%") == 1


def test_key_findings_of_a_review_leave_out_background_once_there_are_points():
    abstract = (
        "Spinal cord injury is a devastating condition with no cure. Many treatments have been "
        "tried over the past decades. This review seeks to summarize trials of nerve repair. "
        "Early surgery appears to give better recovery. Cell therapies have shown safety but "
        "little benefit so far. Modest gains in feeling can matter greatly to patients."
    )
    title = "Nerve repair after spinal cord injury: a review"
    paper = paper_from_record({"title": title, "abstract": abstract})
    findings = [f.text for f in RulesEngine().summarize(paper).key_findings]
    assert len(findings) >= 2
    assert not any("devastating" in text or "seeks to" in text for text in findings)


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        ("The potential long-term sequelae of these influences following the injury.", False),
        ("The pain scores fell in the exercise group.", True),
        ("Walking speed improved after training.", True),
    ],
)
def test_a_clause_cut_from_a_sentence_needs_a_clear_verb(clause, verb):
    from scrh.pipeline.summarize.writers.grammar import has_clear_verb

    assert has_clear_verb(clause) is verb


@pytest.mark.parametrize(
    ("text", "short", "long_form"),
    [
        (
            "The American Spinal Injury Association Impairment Scale (AIS) grade was used.",
            "AIS",
            "American Spinal Injury Association Impairment Scale",
        ),
        ("Using Functional Independence Measure (FIM) scores, we", "FIM", None),
        ("Walking Index for Spinal Cord Injury (WISCI) rose.", "WISCI", None),
        ("We studied spinal cord injury (SCI) in adults.", "SCI", "spinal cord injury"),
    ],
)
def test_a_capitalised_long_form_is_the_whole_name(text, short, long_form):
    from scrh.pipeline.summarize.plain import find_abbreviations

    expected = long_form or {"FIM": "Functional Independence Measure"}.get(
        short, "Walking Index for Spinal Cord Injury"
    )
    assert find_abbreviations(text)[short] == expected


def test_naming_the_primary_outcome_is_not_a_result():
    abstract = (
        "Walking often returns slowly after spinal cord injury. We reviewed 200 patients. The "
        "primary outcome was walking improvement, with a secondary focus on bladder care. Results "
        "showed 41% regained walking. Early surgery was linked to better walking."
    )
    paper = paper_from_record({"title": "Walking after spinal cord injury", "abstract": abstract})
    sentences = paper_sentences(paper)
    texts = [sentences[r.sources[0]].text for r in find_results(sentences)]
    assert not any(t.startswith("The primary outcome") for t in texts)
    assert any("41%" in t for t in texts)


@pytest.mark.parametrize(
    ("setting", "line"),
    [
        ("This single-centre study was done in China.", "It took place in China"),
        ("This multicentre study", "It took place at several centres"),
    ],
)
def test_the_setting_is_told_when_the_paper_states_it(setting, line):
    abstract = (
        f"Bladder infections are common after spinal cord injury. {setting} We surveyed 300 "
        "adults with spinal cord injury. Infections were more common with indwelling catheters."
    )
    explanation = _explanation(abstract, "Bladder infections after spinal cord injury")
    assert line in explanation
    assert "took place," not in explanation


@pytest.mark.parametrize(("people", "few"), [("Twelve", True), ("Two hundred", False)])
def test_a_small_trial_says_its_result_needs_a_bigger_study(people, few):
    abstract = (
        "Balance is often poor after spinal cord injury. This non-randomized trial tested "
        f"balance training. {people} adults trained with a balance board for 8 weeks. The "
        "Berg Balance Scale improved after training. Balance training may help."
    )
    paper = paper_from_record({"title": "Balance training", "abstract": abstract})
    texts = " ".join(i.text for i in RulesEngine().summarize(paper).practical_implications)
    assert ("a bigger study is needed to be sure" in texts) is few
