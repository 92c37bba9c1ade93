"""The swap data files: every plain word has a part of speech that says where it may stand."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from scrh.pipeline.data import load
from scrh.pipeline.summarize.plain import apply_lexicon, safe_swaps

POS = frozenset({"noun", "adj", "verb", "adv", "other"})
CERTAINTY = frozenset({"clearly", "proves", "significant", "definitely", "will"})

# Words that start what follows a noun phrase's head: the head is the last word before the
# first of these ("loss of the coating on nerve fibers" -> "loss", "people who dropped
# out" -> "people").
_PHRASE_END = frozenset(
    {"of", "in", "on", "to", "from", "for", "with", "that", "which", "who", "caused"}
    | {"served", "between", "after", "around", "without", "such", "at", "by", "than", "placed"}
    | {"left", "needed", "getting", "measured", "staying", "affecting", "mostly", "growing"}
    | {"came", "the", "a", "an", "used", "made", "released", "involved", "within", "comparing"}
    | {"into", "over", "as", "taken", "taking", "lacking", "reported", "filled"}
    | {"takes", "outside", "done"}
)
# Plurals that do not end in -s, and words ending in -s that are singular.
_PLURAL = frozenset(
    {"people", "children", "men", "women", "mice", "feet", "teeth", "microglia", "criteria"}
    | {"data", "phenomena", "stimuli", "nuclei", "foci", "ganglia", "bacteria", "sequelae"}
    | {"vertebrae"}
)
_SINGULAR_S = frozenset(["rtms", "diabetes", "series", "species", "means", "news"])


def _swaps() -> list[dict[str, object]]:
    return [e for e in load("lexicon.json") + load("plain_words.json") if e.get("plain")]


def _head(phrase: str) -> str:
    words = re.findall(r"[\w'-]+", phrase.lower())
    for n, word in enumerate(words):
        if n and word in _PHRASE_END:
            return words[n - 1]
    return words[-1]


def number(phrase: str) -> str:
    """ "plural", "singular" or "either" (a noun in -ics such as "kinematics") for the head
    noun of a noun phrase."""
    head = _head(phrase)
    if head in _PLURAL or head.endswith("ae"):
        return "plural"
    if head in _SINGULAR_S or head.endswith(("ss", "us", "is", "'s")):
        return "singular"
    if head.endswith("ics"):
        return "either"
    return "plural" if head.endswith("s") else "singular"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("orthoses", "plural"),
        ("braces", "plural"),
        ("vertebrae", "plural"),
        ("microglia", "plural"),
        ("paraplegia", "singular"),
        ("stenosis", "singular"),
        ("loss of the coating on nerve fibers", "singular"),
        ("people with paralyzed legs", "plural"),
        ("side effects or harms", "plural"),
        ("bladder or kidney infections", "plural"),
        ("times the illness came back", "plural"),
        ("activities of daily living", "plural"),
        ("kinematics", "either"),
    ],
)
def test_the_number_rule_reads_heads_of_noun_phrases(phrase: str, expected: str) -> None:
    assert number(phrase) == expected


def test_every_swap_has_a_part_of_speech():
    assert [e["term"] for e in _swaps() if e.get("pos") not in POS] == []


def test_no_part_of_speech_without_a_plain_word():
    entries = load("lexicon.json") + load("plain_words.json")
    assert [e["term"] for e in entries if "pos" in e and not e.get("plain")] == []


def test_phrases_that_must_follow_their_noun_are_other():
    assert [e["term"] for e in _swaps() if e.get("after") and e["pos"] != "other"] == []


def test_noun_swaps_keep_their_number():
    wrong = [
        (e["term"], e["plain"])
        for e in _swaps()
        if e["pos"] == "noun"
        and "either" not in {number(str(e["term"])), number(str(e["plain"]))}
        and number(str(e["term"])) != number(str(e["plain"]))
    ]
    assert wrong == []


def test_noun_and_adjective_plains_carry_no_article_or_possessive():
    """A plain standing where the term stood takes the term's determiner ("a steroid
    medicine" after "the" would read "the a steroid medicine")."""
    wrong = [
        e["term"]
        for e in _swaps()
        if e["pos"] in {"noun", "adj"} and re.match(r"(a|an|the)\s|\S+'(\s|$)", str(e["plain"]))
    ]
    assert wrong == []


def test_verb_swaps_keep_their_form():
    """An "-ing" verb has an "-ing" plain, a third-person "-s" verb an "-s" plain."""
    wrong = []
    for e in _swaps():
        if e["pos"] != "verb":
            continue
        term, plain = str(e["term"]).split()[0], str(e["plain"]).split()[0]
        third_person = term.endswith("s") and not term.endswith("ss")
        if term.endswith("ing") != plain.endswith("ing") or third_person != plain.endswith("s"):
            wrong.append(term)
    assert wrong == []


def test_past_forms_marked_verb_read_the_same_as_participles():
    """ "was utilized" -> "was used" holds; "was demonstrated" -> "was showed" would not, so a
    past form whose plain changes between past tense and participle is not a "verb" swap."""
    irregular = {"showed", "saw", "gave", "took", "began", "grew", "rose", "fell", "went"}
    wrong = [
        e["term"]
        for e in _swaps()
        if e["pos"] == "verb" and str(e["plain"]).split()[0] in irregular
    ]
    assert wrong == []


def test_every_term_appears_once_across_the_swap_files():
    terms = Counter(str(e["term"]).lower() for e in load("lexicon.json") + load("plain_words.json"))
    assert [term for term, count in terms.items() if count > 1] == []


def test_no_plain_word_raises_certainty():
    wrong = [
        (e["term"], e["plain"])
        for e in _swaps()
        if set(re.findall(r"[a-z]+", str(e["plain"]).lower())) & CERTAINTY
    ]
    assert wrong == []


def test_glossary_terms_appear_once():
    glossary = [str(e["term"]).lower() for e in load("glossary.json")]
    assert len(glossary) == len(set(glossary))


def test_every_entry_is_well_formed():
    allowed = {
        "lexicon.json": {"term", "plain", "pos", "definition", "after", "instead"},
        "plain_words.json": {"term", "plain", "pos", "safe"},
    }
    wrong = [
        (name, e.get("term"))
        for name, keys in allowed.items()
        for e in load(name)
        if not set(e) <= keys
        or not str(e.get("term", "")).strip()
        or e["term"] != e["term"].strip()
        or any(not isinstance(e[k], str) for k in e if k in {"plain", "definition"})
    ]
    assert wrong == []


def test_definitions_are_one_plain_sentence():
    wrong = [
        e["term"]
        for e in load("lexicon.json") + load("glossary.json")
        if e.get("definition")
        and not (
            e["definition"][:1].isupper()
            and e["definition"].endswith(".")
            and e["definition"].count(". ") == 0
        )
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mortality rate was 5%.", "The death rate was 5%."),
        ("A regression analysis was run.", "A statistical analysis was run."),
        ("Stem cell transplantation helped.", "Stem cell transplant helped."),
        ("Bladder compliance fell.", "How easily the bladder stretches fell."),
        ("Our primary outcome measure was pain.", "Our main measure was pain."),
        ("The lesion site was small.", "The injury site was small."),
        ("Patients underwent surgery.", "Patients had surgery."),
    ],
)
def test_a_phrase_is_swapped_whole_not_word_by_word(sentence: str, expected: str) -> None:
    assert apply_lexicon(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Bladder spasms were fewer.",  # not "bladder sudden muscle jerks"
        "After 2 years of follow-up, pain was lower.",  # not "years of check-up period"
        "The risk of fracture was higher.",  # not "risk of bone break"
        "Neurological and motor function improved.",  # not "neurological and movement"
        "The pot was split longitudinally.",  # not "split over time"
    ],
)
def test_no_swap_without_a_parser_where_the_plain_would_misread(sentence: str) -> None:
    assert safe_swaps(sentence) == sentence


def test_a_lesion_is_not_called_an_injury():
    """A lesion may be a tumor or a plaque, not only an injury."""
    assert "injur" not in apply_lexicon("Osteolytic lesions were seen; the lesion grew.")


def test_mendelian_randomization_is_not_group_assignment():
    assert "assignment" not in apply_lexicon("We used Mendelian randomization.")
