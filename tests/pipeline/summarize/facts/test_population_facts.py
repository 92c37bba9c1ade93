"""Population and species, groups and setting, and the Evidence built from the design table."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts import evidence_from, extract_facts
from scrh.pipeline.summarize.facts.designs import design_rows
from scrh.pipeline.summarize.facts.evidence import design_limitations
from scrh.pipeline.summarize.model import DESIGN_CODES


@pytest.mark.parametrize(
    ("title", "abstract", "kind", "species"),
    [
        pytest.param(
            "Walking after incomplete injury",
            "We enrolled 40 adults with incomplete injury. Walking improved.",
            "humans",
            "people",
            id="people",
        ),
        pytest.param(
            "Stepping in the adult rat after contusion",
            "Spinal cord injury affects many people. Rats stepped better after training.",
            "animals",
            "rats",
            id="rats-despite-background-people",
        ),
        pytest.param(
            "Grafts in non-human primates",
            "Six macaques received grafts. Grafted macaques used their hands more.",
            "animals",
            "macaques",
            id="primates",
        ),
        pytest.param(
            "Scar formation after contusion",
            "Mice received a contusion and cultured astrocytes were studied in vitro. Mice with "
            "less scar walked better.",
            "animals",
            "mice",
            id="animals-with-cells-are-animals",
        ),
        pytest.param(
            "Neurite growth on a new scaffold",
            "Cultured neurons grew longer neurites in vitro on the scaffold.",
            "cells",
            "cells",
            id="cells",
        ),
        pytest.param(
            "Spinal cord injury care: a narrative review",
            "This review describes how patients are treated.",
            "none",
            "",
            id="narrative-review-has-no-sample",
        ),
        pytest.param(
            "Stem cells in animal models of spinal cord injury: a systematic review and "
            "meta-analysis",
            "We included 40 studies. Animals treated with stem cells walked better.",
            "animals",
            "animals",
            id="review-of-animal-studies",
        ),
    ],
)
def test_population(paper, title, abstract, kind, species):
    facts = extract_facts(paper(title, abstract))
    assert facts.population.kind == kind
    assert facts.population.species == species


def test_animal_evidence_names_the_species_and_level_five(paper):
    facts = extract_facts(paper("Stepping in the adult rat", "Twenty rats were trained."))
    evidence = evidence_from(facts)
    assert (evidence.design_code, evidence.level) == ("animal_study", 5)
    assert "rats" in evidence.meaning


def test_a_review_of_animal_studies_is_mechanism_level_evidence(paper):
    facts = extract_facts(
        paper(
            "Stem cells in animal models: a systematic review and meta-analysis",
            "We included 40 studies. Animals treated with stem cells walked better.",
        )
    )
    evidence = evidence_from(facts)
    assert (evidence.design_code, evidence.level) == ("systematic_review_meta_analysis", 5)
    assert "animals" in evidence.meaning and "strongest" not in evidence.meaning
    assert "animals" in design_limitations(facts)[0]


@pytest.mark.parametrize(
    ("title", "code", "level"),
    [
        ("Cycling: a randomized controlled trial", "rct", 2),
        ("Sleep after injury: a prospective cohort study", "prospective_cohort", 3),
        ("Pain at work: a cross-sectional study", "cross_sectional", 4),
        ("Exercise for fatigue: a systematic review", "systematic_review", 1),
        ("Returning home: a qualitative study", "qualitative", None),
        ("Thoughts on the future of care", "other", None),
    ],
)
def test_evidence_levels_come_from_the_table(paper, title, code, level):
    evidence = evidence_from(extract_facts(paper(title, "Forty adults took part.")))
    assert (evidence.design_code, evidence.level) == (code, level)


def test_uncontrolled_trials_are_level_four_and_say_so(paper):
    facts = extract_facts(
        paper("An open-label pilot trial of a drug for pain", "Fifteen people received it.")
    )
    evidence = evidence_from(facts)
    assert (evidence.design_code, evidence.level) == ("non_randomized_trial", 4)
    assert design_limitations(facts) == (
        "No comparison group is described, so other things could explain the changes.",
    )
    assert "no comparison group is described" in evidence.meaning


def test_commentary_from_its_publication_type(paper):
    facts = extract_facts(paper("Regaining touch", "New work restores touch.", ("Insight",)))
    evidence = evidence_from(facts)
    assert (evidence.design, evidence.design_code, evidence.level) == ("Commentary", "other", 5)
    assert facts.population.kind == "none"


def test_the_table_has_a_row_for_every_design_code_with_meaning_and_limitations():
    rows = {row.key: row for row in design_rows()}
    assert set(DESIGN_CODES) <= set(rows)
    for row in rows.values():
        assert row.code in DESIGN_CODES
        assert row.name and row.meaning and row.limitations
        assert row.level in (None, 1, 2, 3, 4, 5)


def test_the_tables_own_words_are_plain():
    from scrh.pipeline.summarize.glossary import rare_words

    texts = [t for row in design_rows() for t in (row.meaning, *row.limitations)]
    assert [(text, rare_words(text)) for text in texts if rare_words(text)] == []


def test_groups_with_sizes_and_controls(paper):
    facts = extract_facts(
        paper(
            "Coaching after discharge: a randomized controlled trial",
            "Participants were randomly assigned to the coaching group (n = 20) or the usual "
            "care group (n = 18).",
        )
    )
    groups = {g.name: (g.size, g.is_control) for g in facts.groups}
    assert groups == {"coaching group": (20, False), "usual care group": (18, True)}
    assert facts.count.total == 38


def test_named_groups_keep_what_each_received(paper):
    facts = extract_facts(
        paper(
            "A mobile app after spinal cord injury: randomized controlled trial",
            "Overall, 38 participants were randomized into either the intervention group who "
            "used the app and received standard care or the control group who received "
            "standard care alone.",
        )
    )
    assert [(g.name, g.received, g.is_control) for g in facts.groups] == [
        ("intervention group", "used the app and received standard care", False),
        ("control group", "received standard care alone", True),
    ]
    assert facts.count.total == 38


def test_received_either_names_two_groups(paper):
    facts = extract_facts(
        paper(
            "Adding stimulation to standing practice: a pilot study",
            "Nine people took part. Participants received either stimulation with standing "
            "practice or standing practice alone.",
        )
    )
    assert [(g.name, g.is_control) for g in facts.groups] == [
        ("stimulation with standing practice", False),
        ("standing practice alone", True),
    ]
    assert facts.design.controlled is True


def test_one_allocated_treatment_is_not_a_group(paper):
    facts = extract_facts(
        paper("Training after injury", "Six people were assigned to receive gait training.")
    )
    assert facts.groups == ()


def test_groups_from_an_allocation_sentence(paper):
    facts = extract_facts(
        paper(
            "Mirror therapy: a randomized trial",
            "Thirty participants were randomly assigned to mirror therapy or sham therapy.",
        )
    )
    assert [(g.name, g.is_control) for g in facts.groups] == [
        ("mirror therapy", False),
        ("sham therapy", True),
    ]


@pytest.mark.parametrize(
    ("abstract", "centres", "retrospective", "country"),
    [
        (
            "We retrospectively reviewed 300 patients at a single centre in Brazil.",
            "single",
            True,
            "Brazil",
        ),
        (
            "This prospective multicentre study enrolled 500 adults in Canada.",
            "multi",
            False,
            "Canada",
        ),
        ("Walking improved.", None, None, ""),
    ],
)
def test_setting(paper, abstract, centres, retrospective, country):
    setting = extract_facts(paper("Outcomes after injury", abstract)).setting
    assert (setting.centres, setting.retrospective, setting.country) == (
        centres,
        retrospective,
        country,
    )


@pytest.mark.parametrize(
    ("abstract", "kind", "count"),
    [
        pytest.param(
            "Blood samples from 50 patients with acute spinal cord injury were sequenced. "
            "Patients with high expression of the gene signature recovered less motor function. "
            "We validated the signature in rats and mice: rat and mouse spinal cords confirmed "
            "the upregulation after contusion.",
            "humans",
            50,
            id="people-with-a-rodent-validation",
        ),
        pytest.param(
            "We gave the drug to 20 rats. Histology confirmed more spared tissue in treated rats. "
            "These results may help patients with spinal cord injury.",
            "animals",
            None,
            id="rats-with-hope-for-patients",
        ),
        pytest.param(
            "Twelve patients were treated with stem cells. In parallel, 30 rats received the same "
            "cells; treated rats and mice walked better than untreated rats.",
            "animals",
            30,
            id="animal-experiment-that-is-not-a-validation",
        ),
    ],
)
def test_human_data_with_an_animal_validation_is_a_study_of_people(abstract, kind, count):
    from scrh.pipeline.papers.jsonl import paper_from_record

    facts = extract_facts(paper_from_record({"id": "m", "title": "Recovery", "abstract": abstract}))
    assert facts.population.kind == kind
    assert facts.count.total == count


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Neurological recovery did not occur in any patient.", "no_difference"),
        ("Walking did not improve after training.", "no_difference"),
        ("Walking improved after training.", "better"),
    ],
)
def test_a_change_that_did_not_happen_is_no_change(text, direction):
    from scrh.pipeline.summarize.facts.findings import direction_of

    assert direction_of(text) == direction


def test_the_first_result_with_a_direction_is_primary_before_a_null_one():
    from scrh.pipeline.summarize.facts.findings import find_results
    from scrh.pipeline.summarize.sentences import Sentence

    sentences = [
        Sentence(0, "Ten adults trained with both devices.", "methods"),
        Sentence(1, "Gait kinematics improved with the exoskeleton.", "results"),
        Sentence(2, "Walking tests did not differ significantly between devices.", "results"),
        Sentence(3, "Bed sores were present in 46% of patients.", "results"),
    ]
    results = find_results(sentences)
    assert [r.sources for r in results] == [(1,), (2,), (3,)]  # prevalence is a result
    assert [r.primary for r in results] == [True, False, False]
