"""Who was studied and for how long, as short phrases built from the facts."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.design_rules import ANIMAL
from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.numbers import NUMBER, to_int
from scrh.pipeline.summarize.plain import expand_abbreviations
from scrh.pipeline.summarize.writers.draft import Draft

REVIEWS = ("systematic_review_meta_analysis", "systematic_review", "scoping_review")
NO_SAMPLE = ("narrative_review", "guideline", "protocol")
_LEADING_NUMBER = re.compile(rf"^(?:{NUMBER})\b", re.I)
_PLURAL = {"mouse": "mice", "murine": "mice", "rat": "rats", "rodent": "rodents"}


def count_text(number: int) -> str:
    """A count as digits with thousands separators ("1,479")."""
    return f"{number:,}"


def who_phrase(draft: Draft) -> str:
    """The studied sample in the paper's words, count included, abbreviations written out
    ("60 adults with chronic spinal cord injury"), or ""."""
    facts = draft.facts
    description = facts.population.description.strip()
    if re.fullmatch(r"\d[\d,]*", description) and facts.population.kind not in ("animals", "cells"):
        return f"{description} people"  # "16 were enrolled": a number the paper gives alone
    if not re.search(r"[A-Za-z]{3,}", description) or re.search(r"[=<>]|^\W*n\b", description):
        return ""  # "n = 22": not words a reader can use
    phrase = lower_first(expand_abbreviations(description, facts.abbreviations))
    total = total_words(draft)
    if (
        total
        and _UNCOUNTED.match(phrase)
        and not _LEADING_NUMBER.match(phrase)
        and facts.count.analysed is None
    ):
        phrase = f"{total} {phrase}"  # "adults (N=611) aged 18-64": the count left its place
    if _CHILDREN.search(facts.title) and not _ADULTS.search(facts.title):
        # "47 patients" of a paper on children are children: the reader should know
        phrase = re.sub(
            r"\b(?:pediatric |paediatric )?(patients|people|individuals|participants|cases)\b",
            "children",
            phrase,
            count=1,
        )
    return phrase


# a plural group with no number of its own: "community-dwelling adults with SCI"
_UNCOUNTED = re.compile(
    r"^(?!(?:the|a|an|all|some|most|many|several|both|each|these|those|their|our)\b)"
    r"(?:[a-z][\w-]*\s+){0,3}(?:adults|people|persons|individuals|patients|participants|"
    r"children|men|women|veterans|athletes|users|residents|inpatients|outpatients)\b(?![^,;]*\d)"
)
_CHILDREN = re.compile(r"\b(children|child|pediatric|paediatric|infants?|kids)\b", re.I)
_ADULTS = re.compile(r"\b(adults?|adolescents?|young people|elderly|older)\b", re.I)


_CASE_PERSON = re.compile(
    r"\b(?:a|an)\s+(?P<person>(?:[\w-]+\s+){0,3}?"
    r"(?:man|woman|boy|girl|male|female|patient|child|adult|human|person|adolescent|infant|"
    r"primigravida|multigravida|mother|veteran|athlete)"
    r"(?:\s+(?:with|who|aged)\b[^.;:,()]*)?)",
    re.I,
)
CASE_PERSON_WORDS = 22
_CASE_VERB = re.compile(
    r"\s+(?:(?!(?:injured|paralyzed|paralysed|aged|affected|disabled)\b)[a-z]{3,}ed|was|were|"
    r"had|has|presented|underwent|came|fell)\b"
)


def case_person(draft: Draft) -> tuple[str, int, bool] | None:
    """The person a case report is about, as its case sentence introduces them ("one woman
    with paraplegia from a T6 injury who underwent a cesarean section"), with that sentence's
    index and whether the phrase tells all of it (not when the sentence goes on to what
    happened); None when no sentence introduces one person that way. Worked out once per
    summary (three writers ask)."""
    return draft.remember("case person", lambda: _case_person(draft))


def _case_person(draft: Draft) -> tuple[str, int, bool] | None:
    facts = draft.facts
    for index in facts.population.sources[:1]:
        sentence = expand_abbreviations(facts.sentences[index].text, facts.abbreviations)
        found = _CASE_PERSON.search(sentence)
        if found and len(found.group("person").split()) <= CASE_PERSON_WORDS:
            # "a 34-year-old man with C6 tetraplegia developed ...": the person, not the story
            # (a verb after "who" describes the person: "who developed constipation")
            person = found.group("person")
            verb = _CASE_VERB.search(person)
            whole = True
            if verb and not re.search(r"\bwho\b", person[: verb.start()]):
                person, whole = person[: verb.start()], False
            return f"one {person.strip()}", index, whole
    return None


def total_words(draft: Draft, total: int | None = None) -> str:
    """The total as the paper writes it ("nine", "3,832"), or "" when the paper never
    states that number (a total we added up ourselves is not repeated as a figure)."""
    facts = draft.facts
    total = facts.count.total if total is None else total
    if total is None:
        return ""
    leading = _LEADING_NUMBER.match(facts.population.description.strip())
    if leading and to_int(leading.group(0)) == total and not leading.group(0)[0].isdigit():
        return leading.group(0).lower()
    text = facts.title + " " + " ".join(s.text for s in facts.sentences)
    for written in (str(total), count_text(total), f"{total:,}".replace(",", ".")):
        if re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", text):
            return count_text(total)
    return ""


_COMPLETED = re.compile(r"\b(completed|finished)\b", re.I)


def completers_only(draft: Draft) -> bool:
    """The paper gives its count only as those who completed ("Ten patients completed the
    program"), so "included" would claim more than it says."""
    count = draft.facts.count
    if count.enrolled is not None or not count.sources:
        return False
    return bool(_COMPLETED.search(draft.facts.text(count.sources[:1])))


def participants_field(draft: Draft) -> str:
    """The summary's participants field: "60 people with ...", "12 studies (480 people)",
    "Rats with a spinal cord injury", or "Not specified"."""
    phrase = who_phrase(draft)
    if phrase:
        return upper_first(phrase)
    total = draft.facts.count.total
    if total is not None:
        written = total_words(draft) or count_text(total)
        unit = draft.facts.count.unit or (species(draft) if draft.animals else "participants")
        return upper_first(f"{written} {unit}")
    if draft.animals:
        return upper_first(species(draft))
    return NOT_SPECIFIED


def duration_field(draft: Draft) -> str:
    """The study period, treatment length or follow-up as the paper states it."""
    texts = [d.text for d in draft.facts.duration if d.text]
    return "; ".join(dict.fromkeys(texts)) if texts else NOT_SPECIFIED


def species(draft: Draft) -> str:
    """The animals studied as a plural noun ("rats", "mice"), "animals" when unnamed."""
    named = draft.facts.population.species.strip().lower()
    if named and named not in ("people", "patients", "participants"):
        return named
    text = draft.facts.title + " " + " ".join(s.text for s in draft.facts.sentences)
    match = ANIMAL.search(text)
    if not match:
        return "animals"
    word = match.group(1).lower()
    plural = _PLURAL.get(word, word)
    if not plural.endswith("s") and plural not in ("mice", "sheep", "swine", "xenopus"):
        plural += "s"
    return plural


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is a short form ("SCI")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1:2].isupper() or any(c.isdigit() for c in first)):
        return text
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]
