"""Plain-language rewriting."""

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.glossary import rare_words
from scrh.pipeline.summarize.plain import (
    apply_lexicon,
    expand_abbreviations,
    find_abbreviations,
    plain_sentence,
    split_long,
)
from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.writers.draft import with_list_and, without_significance


def test_defined_abbreviations_are_expanded_once():
    text = (
        "Children with spinal cord injury (SCI) without radiographic abnormality (SCIWORA) "
        "differ from adults with SCI."
    )
    found = find_abbreviations(text)
    assert found["SCIWORA"] == "spinal cord injury without radiographic abnormality"
    assert "SCI" not in plain_sentence(text, found)


def test_statistics_parentheticals_are_dropped_and_key_numbers_kept():
    text = "Speed improved (pooled mean difference = 0.07 m/s, 95% CI 0.01 to 0.12, P = 0.01)."
    assert plain_sentence(text, {}) == "Speed improved."
    assert plain_sentence("The incidence of UTI was 49.8% (p < 0.05).", {}).endswith("49.8%.")


def test_lexicon_replaces_jargon():
    assert plain_sentence("Tetraplegia after cervical injury.", {}).startswith(
        "Paralysis of the arms and legs after neck injury"
    )


def test_long_sentences_are_split_at_clauses():
    text = (
        "Physical activity is a protective factor that can reduce this risk, but those with "
        "spinal cord injury meet many barriers to activity and are less likely to be active."
    )
    assert len(split_long(text)) == 2


def test_rare_words_and_grade():
    assert "hypoproteinemia" in rare_words("Hypoproteinemia was a risk factor.")
    assert fkgl("The cat sat on the mat.") < 3
    assert fkgl("") == 0.0


def test_rare_words_without_a_lexicon_entry_get_no_guessed_definition():
    from scrh.pipeline.summarize.glossary import glossary_for, undefined_rare_words

    text = "Tramadol eased postherpetic neuralgia in some people."
    terms = {e.term: e.definition for e in glossary_for(text, {})}
    assert "tramadol" not in terms and "neuralgia" not in terms
    assert "neuralgia" in undefined_rare_words(text)
    assert "postherpetic" in undefined_rare_words(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The primary outcome was American spinal injury association impairment scale (AIS) "
            "improvement.",
            {"AIS": "American spinal injury association impairment scale"},
        ),
        (
            "We used the American Spinal Injury Association Impairment Scale (AIS).",
            {"AIS": "American Spinal Injury Association Impairment Scale"},
        ),
        ("Severe spinal cord injury (SCI) is common.", {"SCI": "spinal cord injury"}),
        ("Adults in the American spinal cord injury (SCI) group.", {"SCI": "spinal cord injury"}),
        ("Pain was rated on a scale (VAS).", {}),
    ],
)
def test_a_long_form_is_matched_back_through_its_words_whatever_their_case(text, expected):

    assert find_abbreviations(text) == expected


def test_a_title_word_never_joins_the_first_long_form_of_the_abstract():
    paper = paper_from_record(
        {
            "title": "Anxiety after Spinal Cord Injury: A Cross-Sectional Study",
            "abstract": "Spinal cord injury (SCI) changes life. We studied 40 adults with SCI.",
        }
    )
    assert extract_facts(paper).abbreviations["SCI"].lower() == "spinal cord injury"


def test_a_long_form_must_start_its_words_with_the_short_forms_capitals():
    text = "We used questionnaires to study depression (BDI) and anxiety (STAI) in adults."
    assert "STAI" not in find_abbreviations(text)
    assert find_abbreviations("Intrathecal baclofen (ITB) eased spasms.")["ITB"] == (
        "Intrathecal baclofen"
    )
    assert find_abbreviations("Electromyography (EMG) was recorded.")["EMG"] == "Electromyography"


def test_a_plural_long_form_gives_a_real_singular():
    found = {"SCIs": "spinal cord injuries"}
    assert expand_abbreviations("Each SCI is different.", found) == (
        "Each spinal cord injury is different."
    )


def test_a_short_form_followed_by_its_own_words_is_not_written_out_twice():
    found = {"iMHere": "Interactive Mobile Health and Rehabilitation"}
    text = expand_abbreviations("The iMHere mobile health system was used. iMHere helped.", found)
    assert text == (
        "The iMHere mobile health system was used. Interactive Mobile Health and "
        "Rehabilitation helped."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Participants did not exhibit significantly better results, nor significant "
            "reductions in energy use.",
            "Participants did not exhibit clearly better results, nor clear reductions in "
            "energy use.",
        ),
        ("Pain fell significantly after training.", "Pain fell after training."),
        (
            "Groups did not differ at baseline but improved significantly after training.",
            "Groups did not differ at baseline but improved after training.",
        ),
    ],
)
def test_a_negated_significant_stays_a_null_result(sentence, expected):
    assert without_significance(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There was a significant increase in pain.", "There was an increase in pain."),
        (
            "A and B grades were common after a significant fall.",
            "A and B grades were common after a fall.",
        ),
    ],
)
def test_only_the_article_before_a_removed_significant_changes(sentence, expected):
    assert without_significance(sentence) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The Interactive Mobile Health and Rehabilitation (iMHere) mobile health (mHealth) "
         "system was developed.", "The Interactive Mobile Health and Rehabilitation system was"),
        ("The Spinal Cord Independence Measure (SCIM) measure was used.",
         "The Spinal Cord Independence Measure was used."),
        ("Spinal Cord Injury Model Systems and the clinics took part.",
         "Spinal Cord Injury Model Systems and the clinics took part."),
    ],
)  # fmt: skip
def test_a_name_is_not_followed_by_its_own_words_again(text, told):
    abbreviations = {
        "iMHere": "Interactive Mobile Health and Rehabilitation",
        "mHealth": "mobile health",
        "SCIM": "Spinal Cord Independence Measure",
    }
    assert told in expand_abbreviations(text, abbreviations)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Sex, low protein, bladder irrigation were risk factors.",
         "Sex, low protein and bladder irrigation were risk factors."),
        ("Age, sex and injury level were recorded.", "Age, sex and injury level were recorded."),
        ("Male sex, a fracture, and complications were risk factors.",
         "Male sex, a fracture, and complications were risk factors."),
        ("In this study, pain was worse.", "In this study, pain was worse."),
    ],
)  # fmt: skip
def test_a_subject_list_gets_its_and(sentence, told):
    assert with_list_and(sentence) == told


def test_a_verb_that_shares_the_subject_before_it_is_not_split_off_as_a_sentence():
    from scrh.pipeline.summarize.writers.draft import clause_sentences

    shared = (
        "Combined treatment reduced lesion volume by 41% in treated rats, decreased scar "
        "molecules in the lesion border and increased fibre density below the injury."
    )
    assert clause_sentences(shared) is None
    joined = "Pain fell by a third in the treated group, and sleep improved in both groups."
    assert clause_sentences(joined) == [
        "Pain fell by a third in the treated group.",
        "Sleep improved in both groups.",
    ]


def test_a_swap_never_echoes_a_word_that_starts_the_same():
    from scrh.pipeline.summarize.plain import swap_phrases

    assert "robot wearable robot" not in swap_phrases("Training with robotic exoskeleton helped.")
    assert "robotic wearable robot" not in swap_phrases("Training with robotic exoskeleton helped.")
    assert "a wearable robot" in swap_phrases("Training with an exoskeleton helped.")


def test_our_understanding_is_the_fields_not_the_authors():
    from scrh.pipeline.summarize.plain import third_person

    assert third_person("Advances in our understanding of injury") == (
        "Advances in the understanding of injury"
    )
    assert third_person("We measured our patients") == "The authors measured their patients"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Scores at baseline were low.", "Scores at the start of the study were low."),
        # a modifier keeps the term (the glossary explains it): never "Her start of the study
        # blood pressure"
        (
            "Her baseline blood pressure was 96/58 mmHg.",
            "Her baseline blood pressure was 96/58 mmHg.",
        ),
        ("The baseline was measured.", "The start of the study was measured."),
    ],
)
def test_baseline_is_the_start_of_the_study_only_where_a_noun_can_stand(sentence, expected):
    assert apply_lexicon(sentence) == expected


def test_predominant_reads_most_common_before_a_noun_and_after_are():
    assert apply_lexicon("Falls are predominant.") == ("Falls are most common.")
    assert apply_lexicon("Falls were the predominant cause.") == (
        "Falls were the most common cause."
    )
