"""How long: the study period, the treatment's length, the follow-up, only as the paper states.

Never time since injury ("chronic SCI > 1 year post-injury", "3-13 years after injury"), age,
the search window of a review ("studies published 2000-2020"), or the length of a study the
paper cites (background sentences are read only when they speak of this study). When several
are stated, trials list follow-up and treatment length first, record reviews the study period.
"""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import DurationFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.numbers import NUMBER_WORD
from scrh.pipeline.summarize.sentences import Sentence

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d"
_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?P<a>{_DATE})\s+(?:and|to|until|till|through|-|–)\s+(?P<b>{_DATE})"
    rf"|\b(?:during|over|in|covering)\s+(?:the\s+(?:study\s+)?period\s+)?(?P<c>(?:19|20)\d\d)"
    rf"\s*[-–]\s*(?P<d>(?:19|20)\d\d)\b",
    re.I,
)
_SEARCH_WINDOW = re.compile(
    r"\b(published|search(ed)?|inception|databases?|literature)\b[^.;]{0,60}$",
    re.I,
)
_QTY = rf"(?:\d+(?:\.\d+)?|{NUMBER_WORD})"
_UNIT = r"(?:days?|weeks?|months?|years?)"
_TREATMENT = (
    r"(?:intervention|program(?:me)?|training|treatment|course|protocol|therapy|rehabilitation|"
    r"exercise|stimulation|regimen|supplementation|trial|sessions?|walking|practice|use)"
)
_LENGTHS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "follow_up",
        re.compile(
            rf"\b(?:weekly|daily|monthly|every (?:day|week|month|other week))\s+(?:for|over)\s+"
            rf"(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "follow_up",
        re.compile(
            rf"\bfollowed(?: up)? (?:at|until|to|over)\s+(?:\d+(?:\.\d+)?,?\s+(?:and\s+)?)*"
            rf"(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "follow_up",
        re.compile(
            rf"\bat baseline(?:,?\s+(?:and\s+)?(?:\d+(?:\.\d+)?[- ]{_UNIT}|post-?\w+|"
            rf"discharge))*,?\s+(?:and\s+)?(?P<q>{_QTY})[- ](?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "follow_up",
        re.compile(
            rf"\b(?:(?:median|mean|average)\s+)?follow-?up\s+(?:period\s+|duration\s+|time\s+)?"
            rf"(?:of|was|lasted|for|at)\s+(?:about\s+|up to\s+|approximately\s+)?"
            rf"(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "follow_up",
        re.compile(
            rf"\b(?:followed(?: up)?|observed|monitored|tracked)\s+(?:for|over|during)\s+"
            rf"(?:a\s+(?:mean|median)\s+(?:of\s+)?|up to\s+|at least\s+)?(?P<q>{_QTY})\s+"
            rf"(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "follow_up",
        re.compile(
            rf"\b(?P<q>{_QTY})[- ](?P<u>{_UNIT})\s+(?:post-?intervention\s+)?follow-?up\b", re.I
        ),
    ),
    (
        "study_period",
        re.compile(
            rf"\b(?P<q>{_QTY})[- ](?P<u>{_UNIT})\s+(?:(?:study|observation|trial)\s+)?period\b",
            re.I,
        ),
    ),
    (
        "intervention",
        re.compile(
            rf"\b(?P<q>{_QTY})[- ](?P<u>{_UNIT})\s+(?:[\w-]+\s+){{0,3}}?{_TREATMENT}\b",
            re.I,
        ),
    ),
    (
        "intervention",
        re.compile(
            rf"\b(?P<q>{_QTY})\s+(?P<u>{_UNIT})\s+of\s+(?:[\w-]+\s+){{0,2}}?{_TREATMENT}\b", re.I
        ),
    ),
    (
        "intervention",
        re.compile(
            rf"\b{_TREATMENT}\s+(?:(?:ran|continued|was delivered|was given|was provided|took "
            rf"place)\s+)?(?:lasted|lasting|for|over|of|during)\s+(?P<q>{_QTY})\s+"
            rf"(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "intervention",
        re.compile(
            rf"\b(?:trained|received|underwent|performed|completed|participated in|used|wore|"
            rf"practi[sc]ed)\b[^.;]{{0,60}}?\b(?:for|over)\s+(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    (
        "study_period",
        re.compile(rf"\bduring the (?P<q>{_QTY}) (?P<u>{_UNIT}) of the (?:study|trial)\b", re.I),
    ),
    (
        "intervention",
        re.compile(
            rf"\b(?:per|a|each|every) (?:day|week)\s+(?:for|over)\s+(?P<q>{_QTY})\s+(?P<u>{_UNIT})",
            re.I,
        ),
    ),
    ("other", re.compile(rf"\b(?:study period|period) of\s+(?P<q>{_QTY})\s+(?P<u>{_UNIT})", re.I)),
)
_NOT_STUDY_AFTER = re.compile(
    r"^[^.;]{0,25}?\b((post|after|since|from)[- ]?(the\s+)?(injury|SCI|onset|trauma|lesion|"
    r"diagnosis|stroke|surgery\b(?! and))|old|of age|ago|prior)\b",
    re.I,
)
_NOT_STUDY_BEFORE = re.compile(
    r"\b(aged?|age of|mean age|injury duration|time since|duration of (injury|SCI|paralysis|"
    r"symptoms|disease)|injured|living with|chronic|history of|>|≥|within)\s*(\w+\s+)?$",
    re.I,
)
_TRIALS_FIRST = {"follow_up": 0, "intervention": 1, "study_period": 2, "other": 3}
_RECORDS_FIRST = {"study_period": 0, "follow_up": 1, "intervention": 2, "other": 3}
_RECORD_DESIGNS = frozenset(
    {"retrospective_cohort", "case_series", "cross_sectional", "case_control"}
)


_MAX_PHRASE_WORDS = 9
_KIND_WORDS = {
    "intervention": " of treatment",
    "follow_up": " of follow-up",
    "study_period": "",
    "other": "",
}


def find_durations(
    sentences: list[Sentence], design_code: str = "other"
) -> tuple[DurationFact, ...]:
    """Each duration the paper states for its own study, most useful first."""
    found: list[DurationFact] = []
    keys: set[str] = set()
    for sentence in sentences:
        if not is_own(sentence):
            continue
        for fact, key in _in_sentence(sentence):
            if key not in keys:
                keys.add(key)
                found.append(fact)
    order = _RECORDS_FIRST if design_code in _RECORD_DESIGNS else _TRIALS_FIRST
    return tuple(sorted(found, key=lambda f: (order[f.kind], f.sources)))


_ANY_TIME = re.compile(r"(day|week|month|year|session)s?\b|\b(19|20)\d\d\b", re.I)


def _in_sentence(sentence: Sentence) -> list[tuple[DurationFact, str]]:
    text = sentence.text
    out: list[tuple[DurationFact, str]] = []
    if not _ANY_TIME.search(text):
        return out
    for match in _PERIOD.finditer(text):
        if _SEARCH_WINDOW.search(text[max(0, match.start() - 80) : match.start()]):
            continue
        a, b = match.group("a") or match.group("c"), match.group("b") or match.group("d")
        out.append((DurationFact(f"{a} to {b}", "study_period", (sentence.index,)), f"{a}-{b}"))
    taken: list[tuple[int, int]] = []
    for kind, pattern in _LENGTHS:
        for match in pattern.finditer(text):
            if any(s <= match.start("q") < e for s, e in taken):
                continue
            span = re.search(r"\b(for|over|during|lasted|lasting)\s+$", text[: match.start("q")])
            if not span and _NOT_STUDY_AFTER.search(text[match.end("u") : match.end("u") + 40]):
                continue
            if _NOT_STUDY_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            taken.append(match.span())
            phrase = match.group(0).strip()
            if len(phrase.split()) > _MAX_PHRASE_WORDS:  # "received training for 45 minutes
                # five times a week for 6 weeks" is told as "6 weeks of treatment"
                phrase = f"{match.group('q')} {match.group('u')}{_KIND_WORDS[kind]}"
            if not phrase[:2].isupper():
                phrase = phrase[0].lower() + phrase[1:]
            key = f"{match.group('q').lower()} {match.group('u').lower().rstrip('s')}"
            out.append((DurationFact(phrase, kind, (sentence.index,)), key))  # type: ignore[arg-type]
    return out
