"""Short phrases the implication items share: who was studied ("38 people"), what was tested,
the main result's outcome in plain words, and small text helpers."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import ResultFact
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE
from scrh.pipeline.summarize.writers.results import ranked
from scrh.pipeline.summarize.writers.subject import (
    OUTCOME_TOPICS,
    as_written,
    topic,
    topic_of,
    treatment,
)

CARE = "care team"
_DEVICE = re.compile(
    r"\b(?:(?!a\b|an\b|the\b)[A-Za-z-]+\s){0,2}?(?:app|application|device|exoskeleton|website|robot|"
    r"wheelchair|platform|glove|brace|interface)\b",
    re.I,
)
_REVIEWED = re.compile(r"^(?P<x>[A-Za-z][\w-]*(?: [\w-]+){0,3}?) (?:for|after|to treat) ", re.I)
_GENERIC_LEAD = re.compile(
    r"(?:\w+ )?(interventions?|treatments?|therap(y|ies)|approaches|management|strategies|"
    r"options|care|drugs|medicines)",
    re.I,
)
_BARE = re.compile(r"(drug|treatment|therapy|compound|molecule|intervention|device)s?")


def people(draft: Draft) -> str:
    """ "38 people", "one person", else ""."""
    total = draft.facts.count.total
    written = as_written(draft, total)
    if not total or not written or draft.facts.population.kind != "humans" or draft.animals:
        return ""
    return "one person" if total == 1 else f"{written} people"


def few(draft: Draft) -> bool:
    """A small group of people: more than two, fewer than a small-sample cut-off."""
    total = draft.facts.count.total or 0
    return bool(people(draft)) and 2 < total < SMALL_SAMPLE


def tested(draft: Draft) -> str:
    """The treatment or approach tested as the title names it ("a powered knee brace",
    "the treatment" when the title only says "drug"); "" when the paper names none."""
    text = treatment(draft)
    return f"the {text}" if _BARE.fullmatch(text) else text


def reviewed(draft: Draft) -> str:
    """What a review's title leads with before "for" or "after" ("Acupuncture for nerve pain
    ..." gives "acupuncture"), in one to four plain words, or ""."""
    match = _REVIEWED.match(draft.facts.title.split(":")[0].strip())
    if not match or _GENERIC_LEAD.fullmatch(match.group("x")):
        return ""
    words = match.group("x").split()
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)


def device(draft: Draft) -> str:
    """The device or app the title names ("the smartphone app"), or ""."""
    match = _DEVICE.search(draft.facts.title)
    return f"the {match.group(0).lower()}" if match else ""


def main_result(draft: Draft) -> ResultFact | None:
    """The first ranked result that names its outcome, else the first."""
    results = ranked(draft.facts.results)
    return next((r for r in results if r.outcome), results[0] if results else None)


def outcome(draft: Draft, result: ResultFact | None) -> str:
    """What the main result was measured on, as a plain topic ("pain", "bladder infections"),
    from the result's named outcome or what its sentence says changed, else (for a primary
    result) the title; "" when none is plain."""
    if result is not None:
        found = topic_of(result.outcome, outcomes_only=True) or _changed(
            draft.facts.text(result.sources[:1])
        )
        if found:
            return found
    if result is not None and not result.primary:
        return ""  # the title's topic is what a primary result was measured on, no other
    subject = topic(draft)
    return subject if subject in OUTCOME_TOPICS else ""


_CHANGE = re.compile(
    r"\b(?:reduc\w*|improv\w*|increas\w*|decreas\w*|fewer|less|lower|higher|better|worse|"
    r"drop\w*|fell|rose|gains?)\s+(?:in|of|on)?\s*(?:the\s+)?(?:number of\s+)?"
    r"(?P<what>(?:[\w-]+\s*){1,3})",
    re.I,
)


def _changed(sentence: str) -> str:
    """The plain topic of what a result sentence says changed ("a reduction in UTIs" gives
    "bladder infections"), looking only at the words right after the change word."""
    bare = re.sub(r"\s*\([^()]*\)", "", sentence)
    for match in _CHANGE.finditer(bare):
        found = topic_of(match.group("what"), outcomes_only=True)
        if found:
            return found
    return ""


def about(draft: Draft) -> str:
    """ " on robot-assisted gait training" / " on bladder infections" / ""."""
    what = treatment(draft) or topic(draft)
    return f" on {what}" if what else ""


def is_null(result: ResultFact | None) -> bool:
    return result is not None and (
        result.direction == "no_difference" or result.significant is False
    )


def upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def short(text: str, words: int = 6) -> bool:
    return 0 < len(text.split()) <= words
