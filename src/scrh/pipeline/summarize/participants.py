"""Who took part and how many: people, animals, or studies in a review."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.summarize.design_rules import ANIMALS
from scrh.pipeline.summarize.numbers import NUMBER, to_int
from scrh.pipeline.summarize.sentences import Sentence

PEOPLE = (
    r"patients?|participants?|people|persons?|individuals?|subjects?|adults?|children|"
    r"adolescents?|men|women|males?|females?|volunteers?|veterans?|inpatients?|outpatients?|"
    r"paraplegics?|tetraplegics?|quadriplegics?|survivors?|respondents?|users?|athletes?|"
    r"caregivers?|carers?|athletes|cases|humans?|soldiers?|boys?|girls?|infants?"
)
_FILLER = r"(?:[A-Za-z'’-]+\s+|\([^()]{0,40}\)\s+){0,6}?"
_COUNT = re.compile(
    rf"(?<![\w.,-])(?P<num>{NUMBER})\s+{_FILLER}(?P<noun>{PEOPLE}|{ANIMALS})\b", re.I
)
_ONE = re.compile(
    r"\b(?:a|an|one|a single)\s+(?:[\w-]+\s+){0,3}?(?P<noun>human|man|woman|boy|girl|patient|"
    r"participant|person|individual|adult)(?![\w-])(?!\s+(?:groups?|populations?|cohorts?))",
    re.I,
)
_N_EQUALS = re.compile(r"\b[nN]\s*=\s*(?P<num>\d[\d,]*)")
_STUDIES = re.compile(
    rf"\b(?P<num>{NUMBER})(?!\s+of\b)\s+(?:[\w-]+,?\s+|\([^()]{{0,30}}\)\s+){{0,4}}?"
    rf"(?P<noun>studies|study|trials|RCTs|articles|papers|"
    rf"reports)\b(?:[^.;]{{0,40}}?\b(?:involving|with|including|of|enrolling|and|totalling|comprising|"
    rf"totaling)\s+(?:a total of\s+)?(?P<people>[\d,]+)\s+(?:\w+\s+){{0,2}}?(?:{PEOPLE}))?",
    re.I,
)
_SKIP_BEFORE = re.compile(
    r"(\b(than|aged?|over|to|per|under|about)\s+|[-–/:]|\d+\s+(of|out of)\s+)$", re.I
)
_NOT_ENROLLED = re.compile(
    r"^[^.;]{0,40}?\b(were|was)\s+(invited|approached|screened|contacted|eligible|assessed for "
    r"eligibility|excluded|lost)",
    re.I,
)
_INCLUDED = re.compile(r"\b(included|identified|retrieved|involving|eligible|met)\b", re.I)
_TOTAL_CUE = re.compile(r"\b(a total of|in total|overall|altogether|total)\b", re.I)


@dataclass(frozen=True, slots=True)
class Participants:
    """A count, who they are, their kind, and (for reviews) the number of studies."""

    count: int | None
    who: str
    population: str | None
    studies: int | None = None


def find_participants(
    sentences: list[Sentence], *, review: bool, case_report: bool
) -> Participants:
    """The participants of the study in plain words; count None when the paper does not say."""
    usable = [s for s in sentences if s.role not in ("other",)]
    if review:
        return _review_participants(usable)
    found = _first_count(usable) or _single_person(usable)
    if found is None and case_report:
        return Participants(1, "One person", "humans")
    return found or Participants(None, "", None)


def _single_person(sentences: list[Sentence]) -> Participants | None:
    """ "a tetraplegic human", "a 25-year-old woman": a study of one person."""
    for sentence in sentences:
        match = _ONE.search(sentence.text)
        if match and (sentence.role != "background" or re.search(r"\bwe\b", sentence.text, re.I)):
            return Participants(1, "One " + match.group(0).split(None, 1)[1], "humans")
    return None


def _first_count(sentences: list[Sentence]) -> Participants | None:
    """The enrolled sample: a "total" phrase first, then the earliest count in methods."""
    ranked = sorted(sentences, key=lambda s: (_rank(s), s.index))
    for sentence in ranked:
        counts = _counts_in(sentence.text)
        if not counts:
            continue
        if len(counts) > 1 and _is_sum(sentence.text, counts):
            total = sum(c[0] for c in counts)
            return Participants(total, _who(sentence.text, counts[0], total), _kind(counts[0][1]))
        number, noun, match = counts[0]
        return Participants(number, _who(sentence.text, counts[0], number), _kind(noun))
    return None


def _rank(sentence: Sentence) -> int:
    if _TOTAL_CUE.search(sentence.text) and _counts_in(sentence.text):
        return 0
    return {"methods": 1, "objective": 2, "background": 4}.get(sentence.role, 3)


def _counts_in(text: str) -> list[tuple[int, str, re.Match[str]]]:
    """(number, noun, match) for each "N people"-like phrase a count could come from."""
    out = []
    for match in _COUNT.finditer(text):
        raw = match.group("num")
        before = text[: match.start()]
        if _SKIP_BEFORE.search(before) and not _TOTAL_CUE.search(before[-25:]):
            continue
        if re.search(r"(%|years?|months?|weeks?|days?|hours?|times?|sessions?)\s*$", before):
            continue
        if _NOT_ENROLLED.search(text[match.end() :]):
            continue
        number = to_int(raw)
        between = re.sub(r"\([^()]*\)", "", match.group(0)[len(raw) :])
        if number is None or re.search(r"\b(years?|months?|weeks?|days?|%|per)\b", between):
            continue
        animal = re.match(rf"\s+({ANIMALS})\b", text[match.end() :], re.I)
        out.append((number, animal.group(1) if animal else match.group("noun"), match))
    if not out:
        for match in _N_EQUALS.finditer(text):
            out.append((int(match.group("num").replace(",", "")), "participants", match))
            break
    return out


def _is_sum(text: str, counts: list[tuple[int, str, re.Match[str]]]) -> bool:
    """Two groups joined by "and" ("17 people with SCI and 13 family caregivers")."""
    first, second = counts[0][2], counts[1][2]
    gap = text[first.end() : second.start()]
    return bool(re.search(r"\band\b", gap)) and len(gap) < 60 and "(" not in gap


def _kind(noun: str) -> str:
    return "animals" if re.fullmatch(ANIMALS, noun.lower()) else "humans"


_QUALIFIER = re.compile(
    r"\s+(?:with|after|undergoing|living with|from|who had)\s+"
    r"(?:(?!(?:who|whose|were|was|that|and|to|at|in)\b)[A-Za-z'’-]+\s*){1,8}"
)
_STOP = re.compile(
    r"^(.*?)\s+\b(were|was|who|whose|and|had|have|underwent|participated|completed|received|"
    r"took|met|engaged|performed|showed|did|could|would|in order)\b.*$"
)
_MORE_NOUN = re.compile(r"\s+(participants|patients|subjects|volunteers|individuals)\b")


def _who(text: str, count: tuple[int, str, re.Match[str]], total: int) -> str:
    """The count phrase as the paper wrote it, with a short "with ..." qualifier; for a sum,
    both groups (no new number is made up)."""
    phrase = _phrase(text, count[2])
    if total != count[0]:
        second = _COUNT.search(text, count[2].end())
        if second:
            phrase += " and " + _phrase(text, second)
    return phrase[0].upper() + phrase[1:]


def _phrase(text: str, match: re.Match[str]) -> str:
    end = match.end()
    more = _MORE_NOUN.match(text, end)
    end = more.end() if more else end
    phrase = text[match.start() : end]
    rest = _QUALIFIER.match(text, end)
    if rest:
        phrase += rest.group(0)
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
    stopped = _STOP.match(phrase)
    phrase = stopped.group(1) if stopped else phrase
    return re.sub(r"\s+(a|an|the|of|with|to|for)$", "", phrase)


_INCLUDED_VERB = re.compile(
    r"\b(?P<passive>(?:were|was|are|been)\s+)?(?:included|identified)\b|\bmet\b", re.I
)


def _included_count(text: str) -> re.Match[str] | None:
    """The study count that goes with "included" in its own clause: the one after an active
    verb ("we included 12 trials"), the one before a passive one ("28 studies were included");
    otherwise the first count of the sentence."""
    for verb in _INCLUDED_VERB.finditer(text):
        start = text.rfind(";", 0, verb.start()) + 1
        end = text.find(";", verb.end())
        end = len(text) if end < 0 else end
        passive = verb.group("passive") or verb.group(0).lower() == "met"
        if passive:
            before = list(_STUDIES.finditer(text, start, verb.start()))
            if before:
                return _STUDIES.match(text, before[-1].start())
        else:
            after = _STUDIES.search(text, verb.end(), end)
            if after:
                return after
    return _STUDIES.search(text)


def _review_participants(sentences: list[Sentence]) -> Participants:
    """Reviews: number of included studies and pooled participants when given."""

    def rank(s: Sentence) -> tuple[int, int, int]:
        included = 0 if _INCLUDED.search(s.text) else 1
        role = 0 if included == 0 else {"methods": 0, "results": 1}.get(s.role, 2)
        return included, role, s.index

    for sentence in sorted(sentences, key=rank):
        match = _included_count(sentence.text)
        if not match:
            continue
        studies = to_int(match.group("num"))
        if studies is None or studies < 2:
            continue
        people = match.group("people")
        noun = "RCTs" if match.group("noun").lower() == "rcts" else match.group("noun").lower()
        if people:
            pooled = to_int(people)
            return Participants(
                pooled, f"{match.group('num')} {noun} ({people} people)", "humans", studies
            )
        return Participants(None, f"{match.group('num')} {noun}", "humans", studies)
    return Participants(None, "", None)
