"""Check `attribution`: key findings cite sentences of the paper that support them."""

from __future__ import annotations

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.checks.numbers import extract_numbers
from scrh.pipeline.checks.text import content_stems
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import KeyFinding, Summary

# Share of a finding's content words that its sources must contain.
SUPPORT_ERROR_BELOW = 0.2
SUPPORT_WARNING_BELOW = 0.35


def check_attribution(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag findings without sources, sources out of range, and findings their sources do not
    support; and `sentences` that are not the paper's own."""
    findings = _foreign_sentences(paper, summary)
    for index, finding in enumerate(summary.key_findings):
        findings += _check_finding(f"key_findings[{index}]", finding, summary.sentences)
    return findings


def support(finding_text: str, sources: list[str]) -> float:
    """Share of the finding's content words (and numbers) found in its source sentences."""
    cited = " ".join(sources)
    mine = content_stems(finding_text)
    mine |= {n.text for n in extract_numbers(finding_text) if not n.as_word}
    if not mine:
        return 1.0
    theirs = content_stems(cited) | {n.text for n in extract_numbers(cited)}
    return len(mine & theirs) / len(mine)


def _check_finding(field: str, finding: KeyFinding, sentences: list[str]) -> list[Finding]:
    if not finding.sources:
        return [Finding("error", f"{field}.sources", "the finding cites no sentence of the paper")]
    bad = [i for i in finding.sources if not 0 <= i < len(sentences)]
    if bad:
        message = f"source indices {bad} are outside the {len(sentences)} sentences"
        return [Finding("error", f"{field}.sources", message, str(bad))]
    cited = [sentences[i] for i in finding.sources]
    score = support(finding.text, cited)
    if score >= SUPPORT_WARNING_BELOW or _numbers_match(finding.text, cited):
        return []
    severity: Severity = "error" if score < SUPPORT_ERROR_BELOW else "warning"
    message = f"the cited sentences share only {score:.0%} of the finding's words"
    return [Finding(severity, f"{field}.text", message, finding.text)]


def _numbers_match(finding_text: str, cited: list[str]) -> bool:
    """True when the finding states numbers and every one of them is in its sources."""
    mine = {n.value for n in extract_numbers(finding_text) if not n.as_word}
    return bool(mine) and mine <= {n.value for n in extract_numbers(" ".join(cited))}


def _foreign_sentences(paper: Paper, summary: Summary) -> list[Finding]:
    if not summary.sentences:
        return [Finding("error", "sentences", "the summary carries no sentences of the paper")]
    source = _letters(paper_source_text(paper))
    return [
        Finding("error", f"sentences[{i}]", "this sentence is not in the paper", sentence)
        for i, sentence in enumerate(summary.sentences)
        if _letters(sentence) not in source
    ]


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def paper_source_text(paper: Paper) -> str:
    """The text `sentences` are taken from: the abstract, and full text when present."""
    return " ".join([paper.title, paper.abstract, *(s.text for s in paper.full_text)])
