"""Key findings: the paper's main results, primary first, null results kept, then the
authors' conclusion; 2-5 items of at most 35 words where the paper allows, each citing its
sentences. Background, aims, methods and calls for more research are never findings (see
`finding_kinds`). Narrative reviews give their main points, else what they cover; case
reports what happened and the lesson."""

from __future__ import annotations

import re
from collections.abc import Callable

from scrh.pipeline.summarize.facts.model import ResultFact, StudyFacts
from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.finding_kinds import Kind, kinds, stated_finding
from scrh.pipeline.summarize.writers.grammar import has_clear_verb
from scrh.pipeline.summarize.writers.results import plain_result, ranked

MAX_WORDS = 35
LONG_WORDS = 45  # only when no shorter whole form of a main result exists
LONGEST_WORDS = 60  # a main result left whole rather than lost or cut mid-clause
CONCLUSION_ITEMS = 2  # after two results: the conclusion's main point and one more at most
WANTED = 3  # with fewer stated results, the paper's other points up to three findings
_LISTS_CONTENT = re.compile(r"\b(including|such as|namely)\b|:|,[^,]+,", re.I)
# a review names its points as it covers them; reviews without a sample
_REVIEWS = frozenset({"narrative_review", "other", "guideline", "commentary"})


def key_findings(draft: Draft, limit: int = 5) -> list[KeyFinding]:
    """2-5 findings, each pointing at its source sentences: ranked results that are
    findings, then the conclusion's main point, then the paper's other points."""
    facts = draft.facts
    review = draft.code in _REVIEWS or facts.population.kind == "none"
    kind = kinds(facts.sentences, review=review)
    out: list[KeyFinding] = []
    used: set[int] = set()

    def add(index: int, text: str | None, sources: list[int]) -> None:
        if text and index not in used and not any(f.text == text for f in out):
            out.append(KeyFinding(text=text, sources=sources))
            used.add(index)

    results = _ranked(facts.results, facts)
    cap = limit - 1 if facts.conclusion else limit  # a place kept for the conclusion
    if draft.code == "case_report":  # what happened, in the order it happened
        results = sorted(results, key=lambda r: r.sources[0] if r.sources else -1)
        if len(results) > cap:  # keep the last: the outcome or the lesson
            results = results[: cap - 1] + results[-1:]
    for result in results:
        index = result.sources[0] if result.sources else -1
        if len(out) >= cap or kind.get(index) != "finding":
            continue
        add(index, _short(draft, index, result), list(result.sources))
    if facts.conclusion:
        room = min(limit, len(out) + CONCLUSION_ITEMS) if len(out) >= 2 else limit
        for index in facts.conclusion.sources:
            if len(out) < room and kind.get(index) == "finding":
                add(index, _short(draft, index), [index])
    if draft.code == "case_report" and len(out) < limit:  # the lesson closes a case report
        last = [s.index for s in facts.sentences if kind.get(s.index) == "finding"][-1:]
        for index in last:
            add(index, _short(draft, index), [index])
    if len(out) < WANTED:
        for found in _points(draft, used, kind, WANTED - len(out), review):
            add(found.sources[0], found.text, found.sources)
    if len(out) < 2:
        for found in _fallback(draft, used, kind, 2 - len(out)):
            add(found.sources[0], found.text, found.sources)
    return out[:limit]


# a sentence cut from the clause it belongs to: ". Whose expression ...", ". Which ..."
_CUT_RELATIVE = re.compile(r"(?:^|[.!?]\s+)(?:Whose|Which|Who|Whom|Where|Whereby)\b")


def _whole(text: str | None) -> str | None:
    """`text` unless one of its sentences is a relative clause cut off from its noun."""
    return None if text is None or _CUT_RELATIVE.search(text) else text


def _ranked(results: tuple[ResultFact, ...], facts: StudyFacts) -> list[ResultFact]:
    """Main results first: the primary result, then in paper order the results with a
    direction or a test and those the authors tell as their finding ("we demonstrate that"),
    then the rest (`results.ranked`)."""
    order = ranked(results)
    first = [r for r in order if r.primary]

    def told(result: ResultFact) -> bool:
        return bool(result.sources) and stated_finding(facts.text(result.sources[:1]))

    main = sorted(
        (
            r
            for r in order
            if not r.primary and (r.significant is not None or r.direction != "unknown" or told(r))
        ),
        key=lambda r: r.sources[0] if r.sources else -1,
    )
    return first + main + [r for r in order if r not in first and r not in main]


def _short(draft: Draft, index: int, result: object = None) -> str | None:
    """The sentence in plain words within 35 words (its main clause when the whole is
    longer); a longer technical form only when no short one reads whole."""
    forms: list[Callable[[], str | None]] = [
        lambda: draft.plain(index, max_words=MAX_WORDS, max_grade=22.0, strict=False),
        lambda: draft.loose_technical(index, max_words=MAX_WORDS),
    ]
    if isinstance(result, ResultFact):
        forms.append(
            lambda: plain_result(draft, result, max_words=MAX_WORDS, max_grade=22.0, strict=False)
        )
    forms += [
        lambda: draft.loose_technical(index, max_words=LONG_WORDS),
        lambda: draft.plain(index, max_words=LONG_WORDS, max_grade=30.0, strict=False),
    ]
    if isinstance(result, ResultFact):
        forms.append(lambda: draft.loose_technical(index, LONGEST_WORDS, max_grade=30.0))
    for form in forms:
        text = _whole(form())
        if text:
            return trimmed(text)
    return None


# a trailing phrase that adds detail to a whole clause before it
_TAIL = re.compile(
    r",\s+(?:leading|resulting|providing|suggesting|indicating|emphasi[sz]ing|highlighting|"
    r"demonstrating|showing|posing|offering|which|while|whereas|with|as well as|although|"
    r"though|even though|all the while|thereby|consequently)\b"
)


def trimmed(text: str) -> str:
    """A finding over 35 words without its trailing phrases (", leading to ...", ", which
    ...", ", while ..."), cut at the latest point that leaves a whole clause within 35 words;
    the text as it is when no such cut exists."""
    if len(text.split()) <= MAX_WORDS:
        return text
    for match in reversed(list(_TAIL.finditer(text))):
        head = text[: match.start()].rstrip(" ,;") + "."
        if 8 <= len(head.split()) <= MAX_WORDS and has_clear_verb(head):
            return head
    return text


def _points(
    draft: Draft, used: set[int], kind: dict[int, Kind], room: int, review: bool
) -> list[KeyFinding]:
    """For papers without enough stated results (narrative reviews, case reports, short
    abstracts): the sentences that state a point of this paper, results and conclusion
    sections first; for a review without points, what it covers when it names the content
    ("Management strategies will be discussed, including ...")."""
    facts = draft.facts
    points = [s for s in facts.sentences if s.index not in used and kind.get(s.index) == "finding"]
    points.sort(key=lambda s: (s.role not in ("results", "conclusion"), s.index))
    covers = [
        s
        for s in facts.sentences
        if s.index not in used and kind.get(s.index) == "coverage" and _LISTS_CONTENT.search(s.text)
    ]
    out: list[KeyFinding] = []
    for sentence in points + covers:
        if len(out) >= room:
            break
        text = _short(draft, sentence.index)
        if text and has_clear_verb(text):  # never a list cut out of its sentence
            text = as_coverage(text) if sentence in covers else text
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out, key=lambda f: f.sources[0])


_WILL_BE = re.compile(
    r"^(?P<what>[A-Z][^,]{3,80}?) will be (?P<verb>discussed|addressed|reviewed|described|"
    r"covered|presented)\b,?\s*(?P<rest>.*)$"
)
_THIS_PAPER = re.compile(
    r"^(?:this|the) (?:manuscript|article|paper|review|chapter) (?:will )?(?P<verb>address|"
    r"outline|discuss|review|describe|cover|present|summari[sz]e)(?:s|es)?\s+(?P<rest>.+)$",
    re.I,
)
_PRESENT = {"address": "addresses", "discuss": "discusses", "review": "covers"}
_ACTIVE = {
    "discussed": "discusses",
    "addressed": "addresses",
    "reviewed": "covers",
    "described": "describes",
    "covered": "covers",
    "presented": "presents",
}


def as_coverage(text: str) -> str:
    """What a review covers, told as a statement about the review: "Management strategies
    will be discussed including stretch" becomes "The review discusses management strategies,
    including stretch"; other sentences are returned as they are."""
    will = _WILL_BE.match(text)
    if will:
        what = will.group("what")
        what = what[0].lower() + what[1:] if what[1:2].islower() else what
        verb = _ACTIVE[will.group("verb")]
        rest = will.group("rest").rstrip(".")
        joint = ", " if rest.lower().startswith(("including", "such as")) else " "
        return f"The review {verb} {what}{joint + rest if rest else ''}."
    this = _THIS_PAPER.match(text)
    if this:
        verb = this.group("verb").lower()
        verb = _PRESENT.get(verb, verb + "s")
        return f"The review {verb} {this.group('rest').rstrip('.')}."
    return text


def _fallback(draft: Draft, used: set[int], kind: dict[int, Kind], need: int) -> list[KeyFinding]:
    """When the abstract states fewer than two points: its statements about the topic after
    the opening sentence, never an aim, a method or a call for more research."""
    facts = draft.facts
    allowed = ("background", "vague", "coverage")
    later = [
        s
        for s in facts.sentences
        if s.index not in used and s.role != "other" and kind.get(s.index) in allowed
    ]
    later.sort(key=lambda s: (s.index == 0, kind.get(s.index) != "background", s.index))
    out: list[KeyFinding] = []
    for sentence in later:
        if len(out) >= need:
            break
        text = _short(draft, sentence.index)
        if text:
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return out


_NOT_A_POINT = re.compile(
    r"\b(we (searched|review|describe|discuss|provide|summari[sz]e)|this (review|article|paper|"
    r"manuscript) (will )?(reviews?|describes|discusses|summari[sz]es|focuses|provides)|"
    r"here,? we|the aim|objective|purpose|were (included|searched|enrolled|recruited|screened)|"
    r"a total of \d+|from inception|(it|this review|this article|this paper|we) (also )?(seeks?|"
    r"sought|aims?|intends?) to|main outcome measures?|little is known|"
    r"remains? (unknown|unclear))\b",
    re.I,
)
# a sentence telling the paper's own finding, whatever its position
_OWN = re.compile(r"\bwe (report|found|find|show|demonstrate|observed|identified)\b", re.I)


def main_points(draft: Draft, used: set[int], room: int, need: int = 2) -> list[KeyFinding]:
    """For papers without stated results (narrative reviews, case reports, short
    abstracts): the plainest statements of the paper after its opening, in paper order.
    Background sentences only while fewer than `need` points were found."""
    facts = draft.facts
    candidates = [
        s
        for s in facts.sentences
        if s.index not in used
        and s.role not in ("other", "objective", "methods")
        and not _NOT_A_POINT.search(s.text)
    ]
    candidates.sort(key=lambda s: (s.role not in ("results", "conclusion"), s.index))
    later = [s for s in candidates if s.index > 0] or candidates
    out: list[KeyFinding] = []
    for sentence in later + [s for s in candidates if s not in later]:
        if len(out) >= room:
            break
        if sentence.role == "background" and len(out) >= need and not _OWN.search(sentence.text):
            continue
        text = draft.plain(sentence.index, max_words=45, max_grade=30, strict=False)
        if text:
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out, key=lambda f: f.sources[0])
