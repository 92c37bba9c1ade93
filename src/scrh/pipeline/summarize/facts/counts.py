"""How many were studied: the whole sample, kept apart from arms, subgroups and follow-up waves.

A count is a number followed by a word for people or animals ("A total of 538 patients", "24
adult rats") or an "(n = N)" attached to the whole sample. What a count is:

- total: "a total of N", "in total", "overall"; enrolled: "N ... were enrolled / recruited /
  included / randomized / participated", "we recruited N"; analysed: "N ... were analysed /
  completed the study". The total the summary reports is the enrolled number when stated, else
  the analysed one, else the first plain count in the methods.
- never one arm ("97 in the intervention group", "the control group comprised 31",
  "intervention group (n = 36)"), a subgroup ("of whom", "of these", "among them", "36 of 67",
  "N (45%)"), a follow-up wave ("at 12 months, 64 completed", "64 remained"), people screened,
  invited or excluded, or a number of sessions, sites, years or vertebrae.
- when only arm sizes are given, their sum; two groups joined by "and" in one phrase ("17 people
  with SCI and 13 caregivers") are summed too.
- reviews: the number of included studies, and the people across them when stated.
- a study of one person ("a 45-year-old man", "one participant") counts 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.summarize.facts.model import CountFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.facts.words import animal_words, human_words, not_a_sample
from scrh.pipeline.summarize.numbers import NUMBER, to_int
from scrh.pipeline.summarize.sentences import Sentence

_FILLER = (
    r"(?:(?!(?:of|were|was|and|or|in|at|to|from|for|per|by|on|than|had|have|who|whom|with|"
    r"received|underwent)\b)[A-Za-z'’-]+\s+|\([^()]{0,40}\)\s+){0,6}?"
)
_NOUNS = rf"(?:{human_words()}|{animal_words()})"


def _count_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,-])(?P<num>{NUMBER})\s+{_FILLER}(?P<noun>{_NOUNS})\b", re.I)


_COUNT = _count_pattern()
_SPECIES_NEXT = re.compile(rf"(?:\s+[A-Z][\w-]*|\s+[a-z-]+){{0,2}}?\s+({animal_words()})\b", re.I)
_NOUN_BEFORE = re.compile(rf"(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){{0,4}}(?P<noun>{_NOUNS})\s*$", re.I)
_N_EQUALS = re.compile(r"\(?\s*\b[nN]\s*=\s*(?P<num>\d[\d,]*)(?:\s+(?P<noun>[a-z]+))?\s*\)?")
_NOT_SAMPLE_NEXT = re.compile(
    rf"^\s*(?:{not_a_sample()})\b|^\s*%|^\s*-(?:year|month|week)|"
    r"^\s*(?:k?g|mg|[µμ]g|m?l|cm|mm|km|mmHg|Hz|kHz|bpm|kdyn)\b",  # "a 3,150 g infant"
    re.I,
)
_SKIP_BEFORE = re.compile(
    rf"(\b(than|aged?|over|to|per|under|about)\s+|[-–/:±]|\b(\d+|{NUMBER})\s+(of|out of)\s+"
    r"(the\s+|all\s+)?)$",
    re.I,
)
_TOTAL = re.compile(
    r"\b(a total of|in total|total of|overall,?|altogether|total sample of|sample of|"
    r"cohort of|consisted of|comprised|comprising|included)\s+(?:the\s+)?$",
    re.I,
)
_ENROL_BEFORE = re.compile(
    r"\b(we|study|trial|survey|review)\s+(\w+\s+)?(enrolled|recruited|included|studied|"
    r"randomi[sz]ed|assigned|allocated|interviewed|analy[sz]ed|surveyed|examined|identified|"
    r"evaluated|assessed|followed|investigated|reviewed|involved)\s+"
    r"(?:data (?:from|of|on)\s+|the (?:records|charts|data) of\s+)?(?:a total of\s+)?$",
    re.I,
)
_ENROL_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(were|was|had been)\s+(\w+\s+)?(enrolled|recruited|included|studied|"
    r"randomi[sz]ed|randomly|allocated|assigned|divided|interviewed|surveyed|examined|"
    r"identified|evaluated|assessed|followed|investigated|selected|involved|treated|operated|"
    r"admitted|registered|implanted)\b|^[^.;]{0,60}?\b(participated|took part|enrolled|"
    r"completed (the|a|an) (survey|questionnaire|interview|study|trial)|underwent|received)\b",
    re.I,
)
_ANALYSED = re.compile(
    r"^[^.;]{0,60}?\b((were|was) (included in|available for) (the )?(final )?analys[ie]s|"
    r"(were|was) analy[sz]ed|completed (the )?(study|trial|protocol|intervention|program))",
    re.I,
)
_ARM_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(in|to|into|assigned to|allocated to|randomi[sz]ed to) the\s+"
    r"(?:[\w-]+\s+){0,4}?(group|arm|condition)\b(?![^.;]{0,40}\b(or|and) (the |a )?(\w+ ){0,3}"
    r"(group|arm)s?\b)",
    re.I,
)
_ARM_BEFORE = re.compile(
    r"\b(group|arm|condition)\s*(?:\(\s*)?(?:[,:]\s*|\s(included|comprised|consisted of|had|"
    r"enrolled|contained)\s+)?(?:[nN]\s*=\s*)?$",
    re.I,
)
_SUBGROUP_BEFORE = re.compile(
    r"(\b(of whom|of these|of them|of those|among (them|these|those|whom)|including|of which|"
    r"wherein|whereas|while|only|remaining|but)\s*,?\s*|\bof the \d[\d,]*\s+[^.;]{0,40},\s*)$",
    re.I,
)
_SUBGROUP_AFTER = re.compile(
    r"^\s*(\([^()]*\)\s*)?(of|out of|from) (the |these |those |all )?\d", re.I
)
_PERCENT_AFTER = re.compile(r"^\s*\(\s*\d+(\.\d+)?\s*%")
_WAVE = re.compile(
    r"\b((at|after|by) (the )?(\d+|[a-z]+)[- ](weeks?|months?|years?)|follow-?up (visit|"
    r"assessment|period)|completed (the )?(follow|final|post|second|third|\d)|remained|retained|"
    r"lost to follow|dropped out|withdrew|discontinued|returned (?:for|at)\b)\b",
    re.I,
)
_SCREENED = re.compile(
    r"^[^.;]{0,50}?\b(were|was)\s+(invited|approached|screened|contacted|eligible|assessed for "
    r"eligibility|excluded|lost|referred|considered)|^\s*(potentially )?eligible\b|"
    r"^\s*(\w+\s+)?(screened|assessed for eligibility|approached|invited|contacted|excluded)\b",
    re.I,
)
_SCREENED_BEFORE = re.compile(
    r"\b(screened|assessed|excluded|approached|contacted|invited)\s+$", re.I
)
_ENROLLED_CHILD = re.compile(
    r"^[^.;]{0,40}?\b(were|was)\s+(\w+\s+)?(enrolled|included|recruited|randomi[sz]ed)", re.I
)
_RANK = {"total": 0, "enrolled": 1, "arms": 1, "analysed": 2, "plain": 3}


@dataclass(frozen=True, slots=True)
class Count:
    """One count candidate: the number, its noun, what it is, and where it stands."""

    number: int
    noun: str
    status: str  # total | enrolled | analysed | plain | arm
    sentence: int
    start: int
    end: int


def _status(text: str, start: int, end: int, parent_screened: bool) -> str | None:
    """What the count at text[start:end] is; None when it is not the sample at all."""
    before = text[max(0, start - 70) : start]
    after = text[end : end + 100].split(";")[0]
    total = _TOTAL.search(before)
    if _SCREENED.search(after) or _SCREENED_BEFORE.search(before):
        return None
    if _SUBGROUP_BEFORE.search(before):
        if parent_screened and _ENROLLED_CHILD.search(after):
            return "enrolled"
        return None
    if _SUBGROUP_AFTER.search(after) or _PERCENT_AFTER.search(after):
        return None
    if _ARM_AFTER.search(after) or _ARM_BEFORE.search(before):
        return "arm"
    if _SKIP_BEFORE.search(before) and not total:
        return None
    if total:
        return "total"
    clause_start = max(text.rfind(";", 0, start), text.rfind(". ", 0, start) + 1, start - 150)
    described = re.split(r"\b(?:who|whom|that)\b", after[:60])[0]  # "who had returned to work"
    if _WAVE.search(text[clause_start:start]) or _WAVE.search(described):
        return None
    if _ENROL_BEFORE.search(before) or _ENROL_AFTER.search(after):
        return "analysed" if _ANALYSED.search(after) else "enrolled"
    if _ANALYSED.search(after):
        return "analysed"
    return "plain"


# "Of 27 screened, 16 were enrolled": a number with no noun, told by its verb
_BARE_ENROLLED = re.compile(
    rf"(?<![\d.,])(?P<num>\d[\d,]*|{NUMBER})\s+(?:were|was)\s+(?:then\s+)?"
    r"(?P<verb>enrolled|randomi[sz]ed|included|recruited)\b",
    re.I,
)


def _in_brackets(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


def counts_in(sentence: Sentence) -> list[Count]:
    """The count candidates of one sentence, in order."""
    text = sentence.text
    out: list[Count] = []
    screened = False
    for match in _COUNT.finditer(text):
        if _in_brackets(text, match.start()):
            continue  # "16 were enrolled (11 men; 10 with tetraplegia)": a breakdown
        number = to_int(match.group("num"))
        between = text[match.end("num") : match.start("noun")]
        if number is None or _NOT_SAMPLE_NEXT.search(between) or re.search(r"%", between):
            continue
        status = _status(text, match.start(), match.end(), screened)
        if status is None:
            screened = screened or bool(_SCREENED.search(text[match.end() : match.end() + 100]))
            continue
        noun, end = match.group("noun"), match.end()
        species = _SPECIES_NEXT.match(text, end)
        if species:  # "24 adult female Wistar rats": the noun is the species
            noun, end = species.group(1), species.end()
        out.append(Count(number, noun, status, sentence.index, match.start(), end))
    if not out:
        bare = _BARE_ENROLLED.search(text)
        if bare and not _in_brackets(text, bare.start()):
            number = to_int(bare.group("num"))
            if number is not None:
                status = "analysed" if bare.group("verb").lower() == "completed" else "enrolled"
                out.append(Count(number, "", status, sentence.index, bare.start(), bare.end("num")))
    if not out:
        equals = list(_N_EQUALS.finditer(text))
        for match in equals:
            number = to_int(match.group("num"))
            if number is None:
                continue
            status = _status(text, match.start(), match.end(), screened)
            if status is None:
                continue
            if len(equals) > 1 and status != "total":
                status = "arm"  # "exercise (n = 40) or control (n = 38)"
            noun = _NOUN_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
            start = match.start() - len(noun.group(0)) if noun else match.start()
            out.append(
                Count(
                    number,
                    noun.group("noun") if noun else "",
                    status,
                    sentence.index,
                    start,
                    match.end(),
                )
            )
    return out


_ONE = re.compile(
    r"\b(?:a|an|one|a single)\s+(?:[\w-]+\s+){0,3}?(?P<noun>human|man|woman|boy|girl|patient|"
    r"participant|person|individual|adult|gentleman|lady|male|female|primigravida|"
    r"multigravida|mother|veteran|athlete)(?![\w-])"
    r"(?!\s+(?:groups?|populations?|cohorts?|with (?:a|an) \w+ (?:group|cohort)))",
    re.I,
)


def _arm_sum(counts: list[Count], text: str) -> Count | None:
    """Two or more arms listed in one sentence: their sum is the total."""
    arms = [c for c in counts if c.status == "arm"]
    if len(arms) < 2 or _EVENTS.search(text):
        return None  # "adverse events included migration (n = 1) and pain (n = 2)": events
    first, last = arms[0], arms[-1]
    listed = re.search(r"\b(and|or|vs\.?|versus)\b|,", text[first.end : last.start])
    if not listed and not _CONTROL_ARM.search(text[max(0, first.start - 60) : last.end]):
        return None
    total = sum(c.number for c in arms)
    return Count(total, first.noun, "arms", first.sentence, first.start, last.end)


_EVENTS = re.compile(
    r"\b(adverse|events?|complications?|side effects?|infections?|reasons?|withdr\w+|"
    r"excluded|died|deaths?)\b",
    re.I,
)
_CONTROL_ARM = re.compile(
    r"\b(control|usual care|standard care|sham|placebo|wait-?list|comparison)\b", re.I
)
_AND_N_WITH = re.compile(rf"[^.;]{{0,60}}?\band\s+(?P<num>{NUMBER})\s+(?:with|who|without)\b", re.I)


def _joined_sum(counts: list[Count], text: str) -> Count | None:
    """ "17 people with SCI and 13 family caregivers", "12 participants with complete SCI and 8
    with incomplete SCI": groups named together."""
    if counts and counts[0].status != "arm":
        more = _AND_N_WITH.match(text, counts[0].end)
        number = to_int(more.group("num")) if more else None
        if more and number is not None and (len(counts) < 2 or counts[1].start > more.end()):
            first = counts[0]
            return Count(
                first.number + number,
                first.noun,
                first.status,
                first.sentence,
                first.start,
                more.end("num"),
            )
    if len(counts) < 2 or counts[0].status == "arm" or counts[1].status == "arm":
        return None
    gap = re.sub(r"\s*\([^()]*\)", "", text[counts[0].end : counts[1].start])  # "(10 men)"
    if (
        len(gap) < 60
        and re.fullmatch(r"[^()]*\band\b[^()]*", gap)
        and not re.search(r"\b(of|than|versus|vs)\b", gap)
    ):
        first = counts[0]
        number = counts[0].number + counts[1].number
        return Count(number, first.noun, first.status, first.sentence, first.start, counts[1].end)
    return None


def _usable(sentences: list[Sentence]) -> list[Sentence]:
    return [s for s in sentences if is_own(s)]


_OWN_SAMPLE = re.compile(
    r"\b(?:we|the authors)\s+(?:retrospectively\s+|prospectively\s+|randomly\s+)?(?:describe|"
    r"report|present|studied|examined|included|enrolled|recruited|followed|interviewed|surveyed|"
    r"reviewed|analy[sz]ed|assessed|evaluated|treated|randomi[sz]ed|assigned|allocated)\s+"
    r"(?:the\s+(?:records|data|cases)\s+of\s+)?"
    r"(?:a\s+(?:total|series|cohort|group)\s+of\s+)?(?:\d|[a-z]+\s)",
    re.I,
)


def _part_of_larger(count: Count, candidates: list[tuple[int, int, int, Count]]) -> bool:
    """A count in the results that a larger count of the same people elsewhere contains."""
    noun = count.noun.lower().rstrip("s")
    return any(
        other.number > count.number and other.noun.lower().rstrip("s") == noun
        for *_, other in candidates
    )


def find_count(sentences: list[Sentence], *, review: bool, case_report: bool) -> CountFact:
    """The count fact of a primary study or a review."""
    return counted(sentences, review=review, case_report=case_report)[0]


def counted(sentences: list[Sentence], *, review: bool, case_report: bool) -> tuple[CountFact, str]:
    """The count fact and the paper's words for who was counted ("24 adult female rats",
    "Nine people with chronic SCI", "six studies (438 people)")."""
    usable = _usable(sentences)
    if review:
        return _review_count(usable)
    best: Count | None = None
    analysed: Count | None = None
    role_rank = {"methods": 0, "objective": 1, "results": 2, "background": 3, "conclusion": 4}
    candidates: list[tuple[int, int, int, Count]] = []
    for sentence in usable:
        counts = counts_in(sentence)
        summed = _arm_sum(counts, sentence.text) or _joined_sum(counts, sentence.text)
        if summed is not None:
            counts = [summed]
        for count in counts:
            if count.status == "arm":
                continue
            rank = _RANK[count.status]
            role = role_rank.get(sentence.role, 3)
            if _OWN_SAMPLE.search(sentence.text):
                role = 0  # "We describe nine children ..." in an unlabelled abstract
            candidates.append((rank, role, sentence.index, count))
            break
    candidates.sort(key=lambda item: item[:3])
    for rank, role, _, count in candidates:
        if rank == 3 and role >= 2 and best is None and any(c[0] < 3 for c in candidates):
            continue  # "12 patients improved" in the results when the sample is stated
        if rank == 3 and role >= 2 and _part_of_larger(count, candidates):
            continue  # "Two children did not walk" when nine were described
        if count.status == "analysed" and analysed is None:
            analysed = count
        elif best is None and count.status != "analysed":
            best = count
    if best is None and analysed is None:
        numbered = _numbered(usable)
        if numbered is not None:
            return numbered
        one = _single(usable)
        if one is not None or case_report:
            who = one[1] if one is not None else "One person"
            return CountFact(total=1, enrolled=1, unit="people", sources=one[0] if one else ()), who
        return CountFact(), ""
    chosen = best or analysed
    assert chosen is not None
    sources = tuple(sorted({c.sentence for c in (best, analysed) if c is not None}))
    enrolled = (
        best.number if best is not None and best.status in ("total", "enrolled", "arms") else None
    )
    fact = CountFact(
        total=chosen.number,
        enrolled=enrolled,
        analysed=analysed.number if analysed else None,
        unit=_unit(chosen.noun),
        sources=sources,
    )
    text = next(s.text for s in sentences if s.index == chosen.sentence)
    if chosen.status == "arms":
        return fact, ""  # a sum of arms: the paper has no words for the whole sample
    return fact, describe(text, chosen.start, chosen.end)


_QUALIFIER = re.compile(
    r"\s+(?:with|after|undergoing|living with|from|who had)\s+"
    r"(?:(?!(?:who|whose|were|was|that|and|to|at|in)\b)[A-Za-z'’-]+\s*){1,8}"
)
_STOP = re.compile(
    r"^(.*?)\s+\b(were|was|who|whose|had|have|underwent|participated|completed|received|"
    r"took|met|engaged|performed|showed|did|could|would|in order|used|using|about|regarding|"
    # any other verb in the past tense ("60 adults with SCI exercised or rested"), but not a
    # participle that describes the people ("injured", "paralyzed", "aged")
    r"(?!(?:injured|paralyzed|paralysed|related|associated|based|acquired|impaired|induced|"
    r"matched|aged|limited|untreated|selected|diagnosed|hospitali[sz]ed|admitted|affected|"
    r"disabled|complicated|locali[sz]ed|isolated|treated|operated|enrolled|recruited|"
    r"registered|insured|married|employed|unemployed|retired)\b)[a-z]{3,}ed)\b.*$"
)
_MORE_NOUN = re.compile(r"\s+(participants|patients|subjects|volunteers|individuals)\b")


def describe(text: str, start: int, end: int) -> str:
    """The count phrase as the paper wrote it, with a short "with ..." qualifier."""
    more = _MORE_NOUN.match(text, end)
    end = more.end() if more else end
    phrase = text[start:end]
    rest = _QUALIFIER.match(text, end)
    if rest:
        phrase += rest.group(0)
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
    phrase = re.sub(r"^(?:a total of|in total|overall,?)\s+", "", phrase, flags=re.I)
    stopped = _STOP.match(phrase)
    phrase = stopped.group(1) if stopped else phrase
    phrase = re.sub(r"\s+(a|an|the|of|with|to|for|and)$", "", phrase)
    phrase = re.sub(r"(?<=\w{3})\s+[a-z]+ed$", "", phrase)  # "... injury treated" (at two centres)
    phrase = re.sub(
        r"\s+with\s+[a-z]+(?:ic|al|ive|ous|ete)$", "", phrase
    )  # "... with chronic" (...)
    return phrase[:1].upper() + phrase[1:]


def _unit(noun: str) -> str:
    """ "people", the species' plural, or "" when the paper names no one ("(n = 30)")."""
    from scrh.pipeline.summarize.facts.words import animal_pattern, species_plural

    if not noun:
        return ""
    if animal_pattern().fullmatch(noun):
        return species_plural(noun)
    return "people"


_NUMBERED = re.compile(r"\b(?P<noun>Patient|Participant|Subject|Case)\s+(?P<num>[1-9])\b")


def _numbered(sentences: list[Sentence]) -> tuple[CountFact, str] | None:
    """A few people told one by one ("Patient 1, a 24-year-old man, …; Patient 2 and Patient
    3 had …"): as many as the highest number, when every number up to it is there."""
    found: dict[int, int] = {}
    noun = ""
    for sentence in sentences:
        for match in _NUMBERED.finditer(sentence.text):
            found.setdefault(int(match.group("num")), sentence.index)
            noun = noun or match.group("noun").lower()
    highest = max(found, default=0)
    if highest < 2 or set(found) != set(range(1, highest + 1)):
        return None
    words = {"case": "people"}.get(noun, f"{noun}s")
    sources = tuple(sorted(set(found.values())))
    fact = CountFact(total=highest, enrolled=highest, unit="people", sources=sources)
    return fact, f"{_WORDS[highest]} {words}"


_WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"}


def _single(sentences: list[Sentence]) -> tuple[tuple[int, ...], str] | None:
    """A study of one person: "a 25-year-old woman", "one participant with tetraplegia"."""
    for sentence in sentences:
        if sentence.role == "conclusion":
            continue
        match = _ONE.search(sentence.text)
        if match:
            return (sentence.index,), "One " + match.group(0).split(None, 1)[1]
    return None


_STUDIES = re.compile(
    rf"\b(?P<num>{NUMBER})(?!\s+of\b)\s+(?:[A-Za-z-]+,?\s+|\([^()]{{0,30}}\)\s+){{0,4}}?"
    rf"(?P<noun>studies|study|trials|RCTs|articles|papers|reports|publications)\b"
    rf"(?:[^.;]{{0,40}}?\b(?:involving|with|including|of|enrolling|and|totalling|comprising|"
    rf"totaling)\s+(?:a total of\s+)?(?P<people>[\d,]+)\s+(?:\w+\s+){{0,2}}?(?:{_NOUNS}))?",
    re.I,
)
_INCLUDED = re.compile(r"\b(included|identified|retrieved|involving|eligible|met)\b", re.I)
_INCLUDED_VERB = re.compile(
    r"\b(?P<passive>(?:were|was|are|been)\s+)?(?:included|identified)\b|\bmet\b", re.I
)


def _included_count(text: str) -> re.Match[str] | None:
    """The study count that goes with "included" in its own clause: after an active verb ("we
    included 12 trials"), before a passive one ("28 studies were included"); otherwise the
    first count of the sentence."""
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


def review_match(sentences: list[Sentence]) -> tuple[re.Match[str], Sentence] | None:
    """The sentence and match giving a review's included studies."""

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
        return match, sentence
    return None


_ANIMAL_WORD = re.compile(
    r"(?:animals?|rats?|mice|mouse|rodents?|dogs?|pigs?|primates?|monkeys?|cats?|rabbits?|"
    r"sheep|zebrafish)$",
    re.I,
)


def _review_count(sentences: list[Sentence]) -> tuple[CountFact, str]:
    found = review_match(sentences)
    if found is None:
        return CountFact(), ""
    match, sentence = found
    studies = to_int(match.group("num"))
    people = match.group("people")
    pooled = to_int(people) if people else None
    noun = "RCTs" if match.group("noun").lower() == "rcts" else match.group("noun").lower()
    pooled_noun = "people"
    if people:
        after = re.match(r"\s+(?:[\w-]+\s+){0,2}?([\w-]+)", sentence.text[match.end("people") :])
        if after and _ANIMAL_WORD.match(after.group(1)):
            pooled, pooled_noun = None, "animals"  # "612 animals" are not people
    who = f"{match.group('num')} {noun}" + (f" ({people} {pooled_noun})" if people else "")
    fact = CountFact(
        total=pooled, studies=studies, pooled=pooled, unit="studies", sources=(sentence.index,)
    )
    return fact, who
