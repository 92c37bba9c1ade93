"""What kind of question a paper answers, which decides what its result could mean for a
reader: a treatment that helped, a treatment that made no clear difference, a link or risk
factors, people's views, whether a device is practical, lab work, a review, one person's story."""

from __future__ import annotations

import re
from typing import Literal

from scrh.pipeline.summarize.writers.designs import is_pilot
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.words import is_null, main_result, tested
from scrh.pipeline.summarize.writers.study import REVIEWS
from scrh.pipeline.summarize.writers.subject import one_person

Question = Literal[
    "commentary",
    "model",
    "lab",
    "protocol",
    "guideline",
    "overview",
    "review",
    "case",
    "usability",
    "views",
    "risk",
    "link",
    "helped",
    "no_difference",
    "tested",
    "other",
]

TRIALS = ("rct", "non_randomized_trial", "case_series")
LINKS = ("prospective_cohort", "retrospective_cohort", "case_control", "cross_sectional")
_RISK = re.compile(
    r"\b(risks?|predict\w*|factors?|complications?|associated|determinants?|prognos\w*)\b", re.I
)
_VIEWS = re.compile(
    r"\b(experiences?|perceptions?|perspectives?|views?|attitudes?|needs|satisfaction|"
    r"barriers?|facilitators?|beliefs?|knowledge|opinions?|priorities)\b",
    re.I,
)
_USABILITY = re.compile(r"\b(usability|user experience|acceptability|usable|user-friendly)\b", re.I)
_BENEFIT = re.compile(
    r"\b(improv\w*|reduc\w*|eas(e|es|ed|ing)|effective|benefi\w+|help(s|ed|ful)?|enhanc\w*|"
    r"restor\w*|promot\w*|better|reliev\w*|alleviat\w*)\b",
    re.I,
)
_NEGATED = re.compile(r"\b(no|not|neither|nor|without|failed|ineffective|unlikely)\b", re.I)
NO_LINK_FOUND = re.compile(
    r"\b(no clear|no|not|none|neither|nor)\b[^.;]{0,60}\b(factors?|links?|associations?|"
    r"differences?|relationships?|predictors?|effects?)\b|\bdid not (differ|predict)",
    re.I,
)
NULL_WORDS = re.compile(
    r"\b(no|not|non-?)\s*(statistically\s+)?significant|\bdid not (significantly )?(differ|"
    r"change|improve|reduce)|\bno (clear |significant )?differences?\b|\bsimilar between\b",
    re.I,
)
_TESTED = re.compile(
    r"\bstatistically significant|\bsignificantly (higher|lower|more|less|greater|smaller|"
    r"better|worse|improv\w*|reduc\w*|increas\w*|decreas\w*|differ\w*|fell|rose)\b|"
    r"\bsignificant (difference|improvement|"
    r"increase|decrease|reduction|change|effect|gain|correlation|association)|\b[pP]\s*[<=≤]",
    re.I,
)


def question(draft: Draft) -> Question:
    """The kind of question this paper answers, from its design, who it studied, its title
    and aim, and whether its main result was a clear change, a clear null or neither."""
    code = draft.code
    if draft.facts.design.variant == "commentary":
        return "commentary"  # an opinion on research by others, whoever that research studied
    if draft.facts.design.variant == "modelling_study":
        return "model"  # an estimate from numbers put into a model, not people followed
    if draft.animals or draft.cells:
        return "lab"
    if code in ("protocol", "guideline"):
        return code  # type: ignore[return-value]
    if code == "narrative_review":
        return "overview"
    if code in REVIEWS:
        return "review"
    if code == "case_report" or one_person(draft):
        return "case"
    if draft.facts.population.kind != "humans":
        return "other"
    asked = f"{draft.facts.title} {draft.facts.text(draft.facts.aim)}"
    if _USABILITY.search(asked):
        return "usability"
    if code == "qualitative" or (code == "cross_sectional" and _VIEWS.search(draft.facts.title)):
        return "views"
    if code in TRIALS and tested(draft) or code == "other" and (tested(draft) or is_pilot(draft)):
        return _trial_answer(draft)
    if code in LINKS + ("case_series",):
        said = f"{asked} {_conclusion(draft)}" if code == "case_series" else asked
        return "risk" if _RISK.search(said) else "link"
    if code in TRIALS:
        return "tested"
    return "other"


def no_link_found(draft: Draft) -> bool:
    """The main result says no link or difference was found ("No clear factors predicting
    depression were found.")."""
    first = main_result(draft)
    if first is None:
        return False
    return is_null(first) or bool(NO_LINK_FOUND.search(draft.facts.text(first.sources[:1])))


def _conclusion(draft: Draft) -> str:
    """The authors' conclusion: its fact, else the sentences in the conclusion role."""
    conclusion = draft.facts.conclusion
    if conclusion is not None:
        return draft.facts.text(conclusion.sources)
    return " ".join(s.text for s in draft.facts.sentences if s.role == "conclusion")


def _authors_positive(draft: Draft) -> bool:
    """The authors' conclusion reads as a benefit ("may reduce pain"), with no "not"."""
    text = _conclusion(draft)
    return bool(_BENEFIT.search(text)) and not _NEGATED.search(text)


def _trial_answer(draft: Draft) -> Question:
    """ "helped" when the main result changed for the better and its own sentence says so
    with a test (a trial needs the test; a one-group study its stated change); "no_difference"
    when its sentence says there was no clear difference; else "tested"."""
    first = main_result(draft)
    if first is None:  # no result the facts could read: the authors' own reading decides
        return "helped" if draft.code != "rct" and _authors_positive(draft) else "tested"
    sentence = draft.facts.text(first.sources[:1])
    roles = {
        draft.facts.sentences[i].role
        for i in first.sources[:1]
        if 0 <= i < len(draft.facts.sentences)
    }
    if roles & {"background", "objective"}:
        return "tested"  # a sentence about the field, not this study's result
    null_said = not sentence or bool(NULL_WORDS.search(sentence))
    if is_null(first) and null_said and (first.primary or first.outcome):
        return "no_difference"
    if not sentence:
        return "tested"
    null_said = bool(NULL_WORDS.search(sentence))
    shown = bool(_TESTED.search(sentence)) and not null_said
    if null_said or first.direction in ("worse", "no_difference"):
        return "tested"
    better = first.direction == "better" or _authors_positive(draft)
    if better and first.significant is True and shown:
        return "helped"
    if better and first.significant is None and draft.code != "rct":
        return "helped"  # a one-group change the paper states; told only as an early sign
    return "tested"
