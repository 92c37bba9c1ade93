"""Key findings on short synthetic abstracts: background and forecasts never listed when a
paper states results, figures from a closing bracket kept in words, heading-like fragments
refused, a review's topics told, a case report's treatment kept."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.facts.evidence import evidence_from
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.explanation import _found as explanation_parts
from scrh.pipeline.summarize.writers.finding_kinds import kind_of
from scrh.pipeline.summarize.writers.findings import as_coverage, is_fragment


def _summary(abstract: str, title: str = "A study of spinal cord injury") -> Summary:
    return RulesEngine().summarize(
        paper_from_record({"id": "t", "title": title, "abstract": abstract})
    )


def _findings(abstract: str, title: str = "A study of spinal cord injury") -> list[str]:
    return [f.text for f in _summary(abstract, title).key_findings]


MOUSE = (
    "Spasms after spinal cord injury are debilitating involuntary muscle contractions that "
    "have been associated with increased motor neuron excitability and decreased inhibition. "
    "However, whether spasms involve excitatory interneurons is unknown. "
    "Here we use mouse genetics and imaging to target spinal interneurons in injured mice. "
    "We find that excitatory interneurons are recruited by touch to keep firing during spasms. "
    "Inhibitory interneurons cut the spasms short."
)


def test_a_definition_of_the_condition_is_never_a_finding_of_a_paper_with_results():
    found = _findings(MOUSE, "Interneurons drive spasms after spinal cord injury in mice")
    joined = " ".join(found)
    assert "recruited by touch" in joined
    assert "debilitating" not in joined and "have been associated" not in joined


def test_a_review_without_results_may_still_give_its_opening_statements():
    abstract = (
        "Spinal cord injury results in paralysis and sensory loss that places people at high "
        "risk of pressure injuries. Many other conditions make it more likely that pressure "
        "injuries will occur. This manuscript will review the structure of the skin."
    )
    found = _findings(abstract, "Pressure injuries after spinal cord injury: a review")
    assert len(found) == 2
    assert any("pressure injuries will occur" in f for f in found)  # no forecast: a risk


@pytest.mark.parametrize(
    "text",
    [
        "This work will spur progress by broadening understanding of these populations.",
        "These tools could lead to new treatments for people with paralysis.",
        "This approach opens new avenues for bladder care.",
        "Preventive measures are anticipated to result in fewer infections.",
    ],
)
def test_forecasts_are_future_not_findings(text):
    assert kind_of(Sentence(5, text, "results")) == "future"


def test_a_study_designed_to_determine_something_states_an_aim():
    text = "The present investigation was designed to determine the extent of depression."
    assert kind_of(Sentence(3, text, "background")) == "aim"


def test_a_finding_with_a_trailing_forecast_stays_a_finding():
    text = "Our study reveals new mechanisms of spasms, opening up new targets for treatment."
    assert kind_of(Sentence(5, text, "results")) == "finding"


def test_the_forecast_closing_an_abstract_is_not_listed():
    abstract = (
        "Here we assemble a workflow to map brain cells that send fibres to the spinal cord in "
        "mice. Viral labelling assigned thousands of neurons to 69 brain regions. We show that "
        "the map measures which populations survive a spinal injury. This work will spur "
        "progress by broadening understanding of these populations."
    )
    found = _findings(abstract, "A brain-wide map of spinal projections in mice")
    assert found and not any("will spur" in f for f in found)


def test_key_numbers_given_only_in_a_closing_bracket_are_kept_in_words():
    abstract = (
        "METHODS: Ten adults with paraplegia walked with an exoskeleton and with braces. "
        "RESULTS: Walking with the exoskeleton improved gait compared to the braces "
        "(38% reduction of circumduction, 25% increase of step length, p = 0.02). "
        "Energy use did not differ significantly between devices. "
        "CONCLUSIONS: The exoskeleton gives a more natural gait."
    )
    found = _findings(abstract, "Exoskeleton or braces: a randomized crossover trial")
    first = next(f for f in found if f.startswith("Walking with the exoskeleton"))
    assert "a 38% reduction of circumduction and a 25% increase of step length" in first
    assert "p =" not in first and "0.02" not in first


def test_a_rate_in_a_closing_bracket_follows_the_change_it_measures():
    abstract = (
        "METHODS: Forty adults were randomly assigned to a self-care app or usual care. "
        "RESULTS: The app group had a significant reduction in urinary infections "
        "(0.47 events per person; P=.03). Mood did not change significantly. "
        "CONCLUSIONS: The app may help prevent infections."
    )
    found = _findings(abstract, "A self-care app: a randomized controlled trial")
    assert any(
        f.endswith("reduction in urinary infections of 0.47 events per person.") for f in found
    )


def test_a_result_without_bracket_figures_is_left_as_it_is():
    abstract = (
        "METHODS: Forty adults were enrolled. RESULTS: Pain fell in the training group "
        "(p = 0.01). CONCLUSIONS: Training eases pain."
    )
    found = _findings(abstract)
    assert "Pain fell in the training group." in found


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Factors associated with mood and coping.", True),
        ("Issues related to the person's living situation.", True),
        ("Effects of traumatic brain injury.", True),
        ("Self-harm behaviors ranging from nonadherence to suicide.", True),
        ("Pain fell more in the exercise group.", False),
        ("Training improves walking in most people.", False),
        ("Stable blood pressure was kept without complications.", False),
        ("Age predicts recovery.", False),
    ],
)
def test_heading_like_lines_are_fragments_and_sentences_are_not(text, fragment):
    assert is_fragment(text) is fragment


REVIEW = (
    "Consequences of a spinal cord injury entail much more than damage to the cord. "
    "The objective of this review is to present psychosocial challenges after injury, "
    "beginning with the effects of ableism and stigma. "
    "Included in this review are qualitative studies and systematic reviews on outcomes. "
    "This paper attempts to structure this information by dividing it into the following "
    "sections: relationships and family; changes in finances and employment; community "
    "reintegration; factors associated with mood and coping (e.g., depression and anxiety); "
    "effects of traumatic brain injury; considerations regarding sexual health; aging with "
    "injury; and concludes with a brief discussion about post-traumatic growth. "
    "Understanding these consequences may help providers keep care person-centred."
)


def test_a_narrative_review_gives_its_aim_and_topics_not_its_opening_background():
    found = _findings(REVIEW, "Psychosocial consequences of spinal cord injury: a narrative review")
    joined = " ".join(found)
    assert "The review presents psychosocial challenges" in joined
    assert "The review covers relationships and family" in joined
    assert "post-traumatic growth" in joined and "e.g." not in joined
    assert "concludes with" not in joined
    assert "entail much more" not in joined
    assert "qualitative studies" not in joined  # what was included is a method, not a point
    assert not any(f.startswith("Factors associated") for f in found)
    assert [f for f in found if f.startswith("The review")] == found[:-1]  # paper order


def test_a_review_research_summary_never_shows_a_list_item_as_a_sentence():
    summary = _summary(
        REVIEW, "Psychosocial consequences of spinal cord injury: a narrative review"
    )
    assert "Factors associated with mood and coping." not in summary.research_summary
    sentences = summary.research_summary.split(". ")
    assert len(sentences) == len(set(sentences))  # the conclusion is told once


def test_what_they_found_never_opens_on_the_background_of_a_paper_with_results():
    abstract = (
        "It is commonly assumed that walking is the main goal after spinal cord injury. "
        "However, bladder dysfunction is universal among patients and significantly impacts "
        "their health. In this study, we demonstrate that transcutaneous electrical spinal "
        "stimulation for lower urinary tract functional augmentation can reengage spinal "
        "circuits and normalize detrusor and urethral sphincter function in individuals. "
        "Specifically, stimulation reduced detrusor overactivity, decreased detrusor-sphincter "
        "dyssynergia and increased bladder capacity."
    )
    title = "Spinal stimulation for bladder function after injury"
    summary = _summary(abstract, title)
    facts = extract_facts(paper_from_record({"title": title, "abstract": abstract}))
    found = [line.text for line in explanation_parts(Draft(facts, evidence_from(facts)))]
    assert found == [] or found[0] == "Here is what they found."
    assert not any("universal" in text or "commonly assumed" in text for text in found)
    assert "too big to be likely due to chance" not in summary.simple_explanation  # no test
    assert not any("universal" in f.text for f in summary.key_findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The objective of this review is to present challenges after injury.",
            "The review presents challenges after injury.",
        ),
        (
            "This review aims to summarize advances in hydrogels.",
            "The review summarizes advances in hydrogels.",
        ),
        (
            "The authors provide a comprehensive review of the causes of injury, and present an "
            "algorithm for care.",
            "The review covers the causes of injury, and presents an algorithm for care.",
        ),
        (
            "In this review, the authors discuss drugs that calm inflammation.",
            "The review discusses drugs that calm inflammation.",
        ),
        ("The objective of this study was to compare two drugs.", None),
    ],
)
def test_a_review_aim_is_told_as_what_the_review_does(text, expected):
    assert as_coverage(text) == (expected or text)


def test_a_case_report_keeps_what_was_done_between_the_case_and_the_outcome():
    abstract = (
        "Autonomic hyperreflexia complicates anaesthesia during caesarean sections. "
        "This study reports the anaesthesia of a woman with a T6 injury who underwent a "
        "caesarean section. Spinal anaesthesia with low-dose ropivacaine was administered "
        "along with dexmedetomidine for sedation. Stable blood pressure was achieved without "
        "complications. We conclude that spinal anaesthesia is a good choice for such women."
    )
    found = _findings(abstract, "Anaesthesia for caesarean section in paraplegia: a case report")
    joined = " ".join(found)
    assert "ropivacaine" in joined
    assert joined.index("ropivacaine") < joined.index("Stable blood pressure")
    assert found[-1].startswith("The authors conclude")
    assert "complicates anaesthesia" not in joined


def test_a_literature_search_in_a_case_report_is_not_what_was_done():
    abstract = (
        "We describe a man whose spasticity returned when he sat upright. "
        "PubMed was searched for similar cases and 12 reports were reviewed. "
        "The catheter was revised under general anaesthesia. His spasticity improved. "
        "This case shows that posture can block a catheter."
    )
    found = _findings(abstract, "Catheter failure with posture: a case report")
    joined = " ".join(found)
    assert "catheter was revised" in joined.lower()
    assert "searched" not in joined


def test_a_link_word_never_opens_a_finding():
    abstract = (
        "METHODS: Twelve adults received stimulation. RESULTS: Bladder capacity increased in "
        "all twelve adults. Specifically, stimulation reduced bladder spasms and enabled "
        "voiding. CONCLUSIONS: Stimulation helps bladder control."
    )
    found = _findings(abstract)
    assert any(f.startswith("Stimulation reduced bladder") for f in found)
    assert not any(f.startswith("Specifically") for f in found)


def test_a_subgroup_contrast_is_a_result():
    abstract = (
        "The objective of this study was to assess depression after spinal cord injury. "
        "We used questionnaires on depression and anxiety in adults. "
        "The assessment revealed depression and anxiety in many participants. "
        "No clear predisposing factors were found. "
        "In addition, people in the subacute and chronic stages differed in their scores."
    )
    found = _findings(abstract, "Depression after spinal cord injury: a cross-sectional study")
    assert any("subacute and chronic stages differed" in f for f in found)


def test_a_short_narrative_review_keeps_its_general_statements_as_points():
    paper = paper_from_record(
        {
            "title": "Hydrogels in spinal cord injury repair: a narrative review",
            "abstract": (
                "This narrative review summarises hydrogel research for spinal cord repair. "
                "Hydrogels can fill the injury cavity and release drugs slowly. Most evidence "
                "comes from experiments in rats and mice."
            ),
        }
    )
    texts = [f.text for f in RulesEngine().summarize(paper).key_findings]
    assert "Hydrogels can fill the injury cavity and release drugs slowly." in texts
    assert "Most evidence comes from experiments in rats and mice." in texts


def test_topics_lose_the_words_that_only_introduce_them():
    found = " ".join(
        _findings(REVIEW, "Psychosocial consequences of spinal cord injury: a narrative review")
    )
    assert "finances and employment" in found and "changes in finances" not in found
    assert "sexual health" in found and "considerations regarding" not in found
    assert "mood and coping" in found and "factors associated with mood" not in found
