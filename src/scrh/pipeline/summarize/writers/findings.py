"""Key findings: the paper's main results, primary first, null results kept, then the
authors' conclusion; 2-5 items of at most 35 words where the paper allows, each citing its
sentences. Narrative reviews give their main points; case reports what happened and the lesson."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.results import plain_result, ranked

MAX_WORDS = 35
_POINT = re.compile(
    r"\b(is|are|can|may|should|remains?|include\w*|play\w*|involv\w*|requir\w*|need\w*|"
    r"important|key|common|effective|recommend\w*|help\w*)\b",
    re.I,
)
_NOT_A_POINT = re.compile(
    r"\b(we (searched|review|describe|discuss|provide|summari[sz]e)|this (review|article|paper|"
    r"manuscript) (will )?(reviews?|describes|discusses|summari[sz]es|focuses|provides)|"
    r"here,? we|the aim|objective|purpose|were (included|searched|enrolled|recruited|screened)|"
    r"a total of \d+|from inception)\b",
    re.I,
)


def key_findings(draft: Draft, limit: int = 5) -> list[KeyFinding]:
    """2-5 findings, each pointing at its source sentences."""
    out: list[KeyFinding] = []
    used: set[int] = set()
    for result in ranked(draft.facts.results):
        if len(out) >= limit - 1:
            break
        index = result.sources[0] if result.sources else -1
        text = (
            draft.plain(index, max_words=MAX_WORDS, max_grade=22.0, strict=False)
            or draft.loose_technical(index, max_words=MAX_WORDS + 10)
            or plain_result(draft, result, max_words=MAX_WORDS, max_grade=22.0, strict=False)
        )
        if text and not _seen(out, text):
            out.append(KeyFinding(text=text, sources=list(result.sources)))
            used.update(result.sources)
    conclusion = draft.facts.conclusion
    if conclusion:
        for index in conclusion.sources:
            if len(out) >= limit:
                break
            text = draft.plain(index, max_words=MAX_WORDS, max_grade=22, strict=False)
            if index not in used and text and not _seen(out, text):
                out.append(KeyFinding(text=text, sources=[index]))
                used.add(index)
    if len(out) < 2:
        for result in ranked(draft.facts.results):
            index = result.sources[0] if result.sources else -1
            text = draft.loose_technical(index, max_words=MAX_WORDS + 10)
            if len(out) < 2 and index not in used and text and not _seen(out, text):
                out.append(KeyFinding(text=text, sources=list(result.sources)))
                used.add(index)
    if len(out) < 2:
        out += main_points(draft, used, limit - len(out))
    return out[:limit]


def _seen(found: list[KeyFinding], text: str) -> bool:
    return any(f.text == text for f in found)


def main_points(draft: Draft, used: set[int], room: int) -> list[KeyFinding]:
    """For papers without stated results (narrative reviews, case reports, short
    abstracts): the plainest statements of the paper after its opening, in paper order."""
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
        text = draft.plain(sentence.index, max_words=45, max_grade=30, strict=False)
        if text:
            out.append(KeyFinding(text=text, sources=[sentence.index]))
    return sorted(out, key=lambda f: f.sources[0])
