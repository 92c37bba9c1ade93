"""Key findings are the paper's main results: never background, aims, methods or calls for
more research; reviews give their points; each within 35 words where a whole form exists."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.finding_kinds import kind_of, kinds


def _findings(abstract: str, title: str = "A study of spinal cord injury") -> list[str]:
    record = {"id": "t", "title": title, "abstract": abstract}
    return [f.text for f in RulesEngine().summarize(paper_from_record(record)).key_findings]


def _sentence(text: str, role: str = "results", section: str = "UNASSIGNED") -> Sentence:
    return Sentence(index=3, text=text, role=role, section=section)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Due to its high incidence, it has garnered increasing attention from clinicians.",
            "background",
        ),
        (
            "The pathogenesis of neuropathic pain is multifaceted, involving many factors.",
            "background",
        ),
        ("Pressure injury is a common complication of spinal cord injury.", "background"),
        ("Previous studies showed altered activity in the sensorimotor cortex.", "background"),
        ("This study aimed to compare two bladder programmes.", "aim"),
        ("Whether spasms involve excitatory interneurons is unknown.", "aim"),
        ("Forty adults were recruited from two rehabilitation centres.", "method"),
        ("Pain was assessed using a numeric rating scale.", "method"),
        ("Data were collected from hospital records.", "method"),
        ("We further used structural MRI to assess spared tissue bridges.", "method"),
        ("Our system was tested and validated with two patients with paraplegia.", "method"),
        ("Further research is needed to confirm these results.", "future"),
        ("Larger randomized trials are warranted.", "future"),
        ("This article outlines the pathophysiology of autonomic dysfunction.", "coverage"),
        ("Management strategies will be discussed including stretch and surgery.", "coverage"),
        ("Each of these features has clinical implications.", "vague"),
        ("Walking speed improved more in the training group than in the control group.", "finding"),
        ("Pain did not differ between the groups at 12 weeks.", "finding"),
        ("The incidence of urinary tract infection was 49.8%.", "finding"),
        ("We found that hand maps can be activated by attempted finger movements.", "finding"),
        ("We use modelling to demonstrate that a signal recruits ependymal cells.", "finding"),
        (
            "While a cure remains challenging, even modest gains in hand function matter to "
            "patients.",
            "finding",
        ),
    ],
)
def test_each_kind_fires_when_it_should_and_not_otherwise(text, kind):
    assert kind_of(_sentence(text)) == kind


def test_labelled_results_are_never_background_but_methods_stay_methods():
    labelled = Sentence(
        3, "SCI is a common complication in this cohort.", "results", "RESULTS", "Results"
    )
    assert kind_of(labelled) == "finding"
    counted = Sentence(3, "A total of 188 studies were included.", "results", "RESULTS", "Results")
    assert kind_of(counted) == "method"


def test_opening_statements_before_the_study_speaks_are_background_except_in_reviews():
    sentences = [
        Sentence(0, "Spinal cord injury changes bladder control.", "background"),
        Sentence(1, "Bladder care takes hours each day.", "results"),
        Sentence(2, "We enrolled 30 adults.", "methods"),
        Sentence(3, "Catheter use fell by a third.", "results"),
    ]
    primary = kinds(sentences)
    assert primary[1] == "background" and primary[3] == "finding"
    review = kinds(sentences, review=True)
    assert review[1] == "finding"  # a review states its points before saying what it covers


NARRATIVE = (
    "Pathological neuropathic pain is a common complication following spinal cord injury. "
    "Due to its high incidence, prolonged duration and limited therapeutic efficacy, it has "
    "garnered increasing attention from researchers and clinicians. The pathogenesis of "
    "neuropathic pain is multifaceted, involving central changes and inflammation. "
    "Currently, drugs commonly employed in treating this pain include analgesics, "
    "anticonvulsants and antidepressants. Emerging treatments combine drugs with exercise "
    "and stimulation to improve pain control. We provide a comprehensive review of the "
    "mechanisms and clinical interventions."
)


def test_narrative_review_findings_are_its_points_not_its_opening_background():
    found = _findings(NARRATIVE, "Treatment of neuropathic pain after spinal cord injury: a review")
    joined = " ".join(found)
    assert "drugs commonly employed" in joined and "Emerging treatments" in joined
    assert "attention" not in joined and "multifaceted" not in joined
    assert "common complication" not in joined


RCT = (
    "BACKGROUND: Shoulder pain is a common problem after spinal cord injury. "
    "OBJECTIVE: This study aimed to test a home exercise programme. "
    "METHODS: Sixty adults were recruited and randomly assigned to exercise or usual care. "
    "Pain was assessed using a numeric rating scale. "
    "RESULTS: Pain fell significantly more in the exercise group than with usual care "
    "(p = 0.01). Sleep quality did not differ between the groups (p = 0.40). "
    "CONCLUSIONS: Home exercise reduces shoulder pain. Further research is needed to "
    "confirm long-term effects."
)


def test_primary_study_findings_are_results_then_conclusion_without_aims_or_methods():
    found = _findings(RCT, "Home exercise for shoulder pain: a randomized controlled trial")
    joined = " ".join(found)
    assert found[0].startswith("Pain fell")
    assert any("did not" in f and "differ" in f for f in found)  # the null result is kept
    assert "Home exercise reduces shoulder pain." in found
    for excluded in ("aimed", "recruited", "assessed using", "Further research", "common problem"):
        assert excluded not in joined


def test_a_long_result_is_shortened_to_its_main_clause():
    long_result = (
        "Walking speed improved by a third in the training group compared with the control "
        "group, which the authors attribute to daily practice over twelve weeks of supervised "
        "sessions held in the clinic, at home and in the community with family members present."
    )
    abstract = (
        f"METHODS: Forty adults were enrolled. RESULTS: {long_result} "
        "CONCLUSIONS: Training helps walking."
    )
    found = _findings(abstract)
    assert found and all(len(f.split()) <= 35 for f in found)
    assert any(f.startswith("Walking speed improved") for f in found)


def test_case_report_gives_what_happened_and_the_lesson():
    abstract = (
        "Intrathecal baclofen is used for severe spasticity. We describe a 45-year-old man whose "
        "spasticity returned when he sat upright. Imaging showed a catheter kink that opened "
        "when he lay flat. After the catheter was revised, his spasticity improved. This case "
        "shows that catheter position can cause baclofen withdrawal."
    )
    found = _findings(abstract, "Position-dependent catheter failure: a case report")
    joined = " ".join(found)
    assert "spasticity improved" in joined
    assert "catheter position can cause" in joined
    assert "is used for severe spasticity" not in joined


def test_a_long_case_report_keeps_its_outcome_and_lesson_in_the_order_they_happened():
    abstract = (
        "Intrathecal baclofen pumps relieve severe spasticity. We present a man with four years "
        "of episodes of severe spasticity. Multiple dose adjustments were made without relief. "
        "Radiographs of the pump revealed no abnormalities. During surgery it was discovered "
        "that the catheter was kinked against the spine. After surgery, his spasticity improved. "
        "This report highlights that posture can block a catheter."
    )
    found = _findings(abstract, "Catheter failure with posture: a case report")
    joined = " ".join(found)
    assert "discovered" in joined and "spasticity improved" in joined
    assert found[-1].startswith("This report highlights")
    assert joined.index("discovered") < joined.index("spasticity improved")


def test_after_two_results_the_conclusion_adds_at_most_two_sentences():
    abstract = (
        "METHODS: We surveyed 300 adults with spinal cord injury. RESULTS: Most respondents "
        "reported wanting paid work. Pain was linked to lower employment. "
        "CONCLUSIONS: Education matters for work. Pain care matters for work. "
        "Support should cover many needs. Results might help people take part."
    )
    found = _findings(abstract)
    assert len(found) == 4
    assert "Support should cover many needs." not in found


def test_a_review_that_only_lists_its_topics_says_what_it_discusses():
    abstract = (
        "Spasticity is a common comorbidity of spinal cord injury. This manuscript will address "
        "the physiology of reflexes. Spasticity assessment will be discussed in terms of history "
        "and examination. Management strategies will be discussed including stretch, drugs, "
        "nerve blocks, and surgery."
    )
    found = _findings(abstract, "Spasticity management after spinal cord injury: a review")
    assert "The review discusses management strategies, including stretch" in " ".join(found)
    assert not any("will be discussed" in f for f in found)
    assert not any("common comorbidity" in f for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Management strategies will be discussed including stretch and surgery.",
            "The review discusses management strategies, including stretch and surgery.",
        ),
        ("MRI findings will be reviewed.", "The review covers MRI findings."),
        (
            "This manuscript will address the anatomy of reflexes.",
            "The review addresses the anatomy of reflexes.",
        ),
        ("This article outlines the pathophysiology.", "The review outlines the pathophysiology."),
        ("Hydrogels promote repair.", "Hydrogels promote repair."),
    ],
)
def test_coverage_is_told_as_what_the_review_does(text, expected):
    from scrh.pipeline.summarize.writers.findings import as_coverage

    assert as_coverage(text) == expected


def test_a_relative_clause_is_never_a_finding_of_its_own():
    abstract = (
        "METHODS: We analysed gene expression in 30 human spinal cords. RESULTS: Our analyses "
        "converge on a conserved gene subnetwork enriched for genes linked to the injury "
        "response in earlier small experiments, and whose expression rises with injury "
        "severity and falls with recovery. CONCLUSIONS: The subnetwork marks the injury response."
    )
    found = _findings(abstract)
    assert found and not any(". Whose" in f or f.startswith("Whose") for f in found)


def test_a_finding_over_35_words_loses_its_trailing_phrase_not_its_clause():
    from scrh.pipeline.summarize.writers.findings import trimmed

    long = (
        "After a spinal cord injury the influence of the brain on the autonomic nervous system "
        "is disrupted in most people who have an injury above the sixth thoracic level of the "
        "spine, leading to low blood pressure, slow heart rate and poor bladder control."
    )
    assert trimmed(long).endswith("level of the spine.")
    short = "Walking improved, with faster steps."
    assert trimmed(short) == short  # within 35 words: left whole
    no_cut = " ".join(["Pain"] + ["fell"] * 40) + "."
    assert trimmed(no_cut) == no_cut  # no phrase to cut: left whole rather than broken


def test_the_authors_stated_finding_comes_before_a_general_benefit_line():
    abstract = (
        "Bladder problems are universal after spinal cord injury. In this study, we demonstrate "
        "that skin-surface spinal stimulation can restore bladder emptying in five adults. "
        "Stimulation reduced bladder spasms and increased bladder capacity. Restoring bladder "
        "function would significantly benefit patients and lower costs."
    )
    found = _findings(abstract)
    assert found[0].startswith("Stimulation reduced bladder spasms")
    assert any("can restore bladder emptying in five adults" in f for f in found)
    assert not found[0].startswith("Restoring")  # a hoped-for benefit is not a result
