"""Check `direction`: effects on outcome measures are described the right way round."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.checks.outcomes import (
    MeasureFinder,
    Mention,
    OutcomeMeasure,
    concept_measures,
    is_negated,
    judgement,
    load_outcome_measures,
)
from scrh.pipeline.checks.text import claim_fields, content_stems, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

_GOOD = re.compile(
    r"\b(?:better|improv\w*|benefi\w*|relie\w*|superior|favou?rable|success\w*|enhanc\w*|"
    r"effective)\b",
    re.IGNORECASE,
)
_BAD = re.compile(r"\b(?:worse|worsen\w*|deteriorat\w*|poorer|inferior|harmful)\b", re.IGNORECASE)
_SIGNIFICANT = re.compile(r"\b(?:statistically\s+)?significant(?:ly)?\b", re.IGNORECASE)
_NOT_SIGNIFICANT = re.compile(
    r"\b(?:no|not|non-?|in)\s*(?:statistically\s+)?significant(?:ly)?\b|"
    r"\bdid not (?:differ|change)|\bno (?:\w+\s)?differences?\b|\bp\s*[>≥]\s*0?\.0[5-9]|"
    r"\bsimilar\b|\bcomparable\b",
    re.IGNORECASE,
)
# "a higher score means a better result" explains a scale; it claims nothing about results
_SCALE_NOTE = re.compile(
    r"\b(?:higher|lower) (?:scores?|values?|numbers?|grades?)? ?(?:means?|indicates?|shows?)\b|"
    r"\b(?:higher|lower) is better\b",
    re.IGNORECASE,
)
_OVERLAP_FOR_MATCH = 0.5


def check_direction(
    paper: Paper, summary: Summary, measures: Sequence[OutcomeMeasure] | None = None
) -> list[Finding]:
    """Flag improvement words against a worse result, directions the paper contradicts, and
    "significant" where the paper found no significant difference."""
    named = tuple(measures) if measures is not None else load_outcome_measures()
    finder = MeasureFinder((*named, *concept_measures()))
    paper_sentences = split_sentences(paper.abstract)
    paper_mentions = [finder.mentions(s) for s in paper_sentences]
    findings = []
    for field_name, text in claim_fields(summary):
        for sentence in split_sentences(text):
            if _SCALE_NOTE.search(sentence):
                continue
            mentions = finder.mentions(sentence)
            findings += _valence_findings(field_name, sentence, mentions)
            findings += _contradictions(field_name, sentence, mentions, named, paper_mentions)
            findings += _significance(
                field_name, sentence, mentions, paper_sentences, paper_mentions
            )
    return findings


def _valence_findings(field: str, sentence: str, mentions: list[Mention]) -> list[Finding]:
    """An improvement word whose measure moved the bad way (or the reverse)."""
    findings = []
    for word, claimed in _valence_words(sentence):
        target = _nearest(mentions, word.start())
        if target is None:
            continue
        for mention in mentions:
            verdict = judgement(mention)
            if mention.measure.group != target.measure.group or verdict in (None, claimed):
                continue
            result = "a worse" if verdict == "bad" else "a better"
            findings.append(
                Finding(
                    "error",
                    field,
                    f"{mention.direction_word} {mention.measure.name} means {result} result "
                    f"({mention.measure.better} is better), yet the sentence calls it "
                    f"{word.group(0)!r}",
                    sentence,
                )
            )
    return findings


def _valence_words(sentence: str) -> list[tuple[re.Match[str], str]]:
    words = [(m, "good") for m in _GOOD.finditer(sentence)]
    words += [(m, "bad") for m in _BAD.finditer(sentence)]
    return [(m, v) for m, v in words if not is_negated(sentence, m.start(), reach=12)]


def _nearest(mentions: list[Mention], position: int) -> Mention | None:
    def distance(mention: Mention) -> int:
        if mention.start <= position < mention.end:
            return 0
        return min(abs(position - mention.start), abs(position - mention.end))

    return min(mentions, key=distance, default=None)


def _contradictions(
    field: str,
    sentence: str,
    mentions: list[Mention],
    named: Sequence[OutcomeMeasure],
    paper_mentions: list[list[Mention]],
) -> list[Finding]:
    """A named instrument said to move one way where the paper only says the other."""
    findings = []
    for mention in mentions:
        if mention.direction is None or mention.measure not in named:
            continue
        stated = {
            m.direction
            for ms in paper_mentions
            for m in ms
            if m.measure == mention.measure and m.direction
        }
        if stated and mention.direction not in stated:
            paper_word = "lower" if mention.direction == "up" else "higher"
            findings.append(
                Finding(
                    "error",
                    field,
                    f"the summary says {mention.direction_word!r} {mention.measure.name}; "
                    f"the paper only reports it {paper_word}",
                    sentence,
                )
            )
    return findings


def _significance(
    field: str,
    sentence: str,
    mentions: list[Mention],
    paper_sentences: list[str],
    paper_mentions: list[list[Mention]],
) -> list[Finding]:
    """ "Significant" in the summary where the paper's matching sentences say it was not."""
    claims = [m for m in _SIGNIFICANT.finditer(sentence) if not _is_null(sentence, m)]
    if not claims:
        return []
    groups = {m.measure.group for m in mentions}
    if groups:
        related = [
            s
            for s, ms in zip(paper_sentences, paper_mentions, strict=True)
            if groups & {m.measure.group for m in ms}
        ]
        severity: Severity = "error"
    else:
        related = [s for s in paper_sentences if _overlap(sentence, s) >= _OVERLAP_FOR_MATCH]
        severity = "warning"
    if not related or not all(_NOT_SIGNIFICANT.search(s) for s in related):
        return []
    if any(_claims_significance(s) for s in related):
        return []
    return [
        Finding(
            severity,
            field,
            "the summary says 'significant' but the paper reports no significant difference",
            related[0],
        )
    ]


def _is_null(sentence: str, match: re.Match[str]) -> bool:
    before = sentence[max(0, match.start() - 20) : match.start()].lower()
    prefixed = re.search(r"\b(?:non-?|in)\s*(?:statistically\s*)?$", before)
    return bool(prefixed) or is_negated(sentence, match.start())


def _claims_significance(sentence: str) -> bool:
    return any(not _is_null(sentence, m) for m in _SIGNIFICANT.finditer(sentence))


def _overlap(summary_sentence: str, paper_sentence: str) -> float:
    mine = content_stems(summary_sentence)
    return len(mine & content_stems(paper_sentence)) / len(mine) if mine else 0.0
