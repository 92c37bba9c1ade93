"""Plain-language rewriting."""

import pytest

from scrh.pipeline.summarize.glossary import rare_words
from scrh.pipeline.summarize.plain import find_abbreviations, plain_sentence, split_long
from scrh.pipeline.summarize.readability import fkgl


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
