"""Check `counts`: the participant count is the total studied, not an arm, a subgroup or a
follow-up wave ("184 enrolled ... 97 in one arm": the count is 184, not 97)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.numbers import WORD_VALUES
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,]\d)|\b(" + "|".join(WORD_VALUES) + r")\b",
    re.IGNORECASE,
)
_WORDS = r"(?:[\w-]+\s+){0,4}?"
# What follows or precedes a number that is a part of the people studied.
_PART_AFTER = re.compile(
    rf"^\s*(?:\(\s*[\d.]+\s*%\s*\)\s*)?(?:"
    rf"(?:of|out\s+of)\s+(?:the\s+|these\s+|all\s+)?(?P<whole>\d{{1,3}}(?:,\d{{3}})+|\d+)\b|"
    rf"{_WORDS}(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\s+(?:to|into)\s+"
    rf"(?!either\b|one\s+of\b|(?:two|three|four|\d)\b|(?:[\w-]+\s+)?groups\b)|"
    rf"{_WORDS}(?:in|to|into|from)\s+(?:the|each|one)\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:group|arm|cohort|subgroup)s?\b|"
    rf"{_WORDS}(?:completed|finished|remained|returned|responded|attended|were\s+followed|"
    rf"were\s+available|were\s+lost|dropped\s+out|withdrew)\b|"
    rf"{_WORDS}at\s+(?:the\s+)?(?:\d+[- ](?:day|week|month|year)|follow-up|final)|"
    rf"/\s*(?P<slash>\d+)\b)",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"(?:of\s+whom|of\s+these|of\s+them|among\s+(?:them|these|those)|subgroup\s+of|subset\s+of|"
    r"(?:group|arm)\s*(?:\(|,)?\s*[nN]\s*=|(?:group|arm)\s+of|a\s+sample\s+of|only)\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:were|was)\s+(?:enrolled|included|recruited|randomi[sz]ed|"
    r"studied|analy[sz]ed|surveyed|interviewed|screened\s+and\s+included)\b|"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:enrolled|included|recruited|took\s+part)\b|"
    r"^\s*(?:[\w-]+\s+){0,3}?(?:participants|patients|people|persons|individuals|subjects|"
    r"adults|children|respondents|veterans|athletes|volunteers)\b",
    re.IGNORECASE,
)
_TOTAL_BEFORE = re.compile(
    r"(?:total\s+of|overall,?|enrolled|included|recruited|randomi[sz]ed|comprised|involving|"
    r"involved|sample\s+of|cohort\s+of)\s*$",
    re.IGNORECASE,
)


def check_counts(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag a participant count that the paper gives as one arm, a subgroup or a follow-up wave
    of a larger total: an error when the larger total is found, a warning otherwise."""
    count = summary.participant_count
    if count is None:
        return []
    text = f"{paper.title}. {paper.abstract}"
    mentions = [(start, end) for start, end, value in _numbers(text) if value == count]
    if not mentions:
        return []
    parts = [_part_of(text, start, end) for start, end in mentions]
    if not all(part is not None for part in parts):
        return []
    wholes = [w for w in parts if w] + _totals(text)
    larger = [w for w in wholes if w > count]
    if larger:
        total = max(larger)
        message = (
            f"participant count {count} is one group, subgroup or follow-up wave; "
            f"the paper studied {total}"
        )
        return [Finding("error", "participant_count", message, _quote(text, mentions[0]))]
    message = f"participant count {count} reads as one group, subgroup or follow-up wave"
    return [Finding("warning", "participant_count", message, _quote(text, mentions[0]))]


def _numbers(text: str) -> Iterator[tuple[int, int, int]]:
    for match in _NUMBER.finditer(text):
        token = match.group(0)
        value = WORD_VALUES.get(token.lower())
        if value is None:
            value = int(token.replace(",", ""))
        yield match.start(), match.end(), value


def _part_of(text: str, start: int, end: int) -> int | None:
    """None when the number at start:end is not a part; else the whole it is a part of (0
    when the sentence does not say)."""
    after = text[end : end + 90]
    before = text[max(0, start - 40) : start]
    found = _PART_AFTER.match(after)
    if found:
        whole = found.group("whole") or found.group("slash")
        return int(whole.replace(",", "")) if whole else 0
    if _PART_BEFORE.search(before):
        return 0
    return None


def _totals(text: str) -> list[int]:
    """Numbers that the paper gives as the people it studied."""
    out = []
    for start, end, value in _numbers(text):
        after, before = text[end : end + 80], text[max(0, start - 30) : start]
        if _part_of(text, start, end) is not None:
            continue
        if _TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before):
            out.append(value)
    return out


def _quote(text: str, span: tuple[int, int]) -> str:
    start = max(0, text.rfind(". ", 0, span[0]) + 2)
    end = text.find(". ", span[1])
    return text[start : end + 1 if end >= 0 else len(text)].strip()
