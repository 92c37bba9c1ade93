"""Check `design`: the summary's design agrees with the one the paper declares in its title or
in a design heading ("Study design: Cross-sectional survey"); reporting guidelines ask authors
to name it there."""

from __future__ import annotations

import re
from typing import cast

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.summarize.sentences import paper_sentences

_REVIEWS = frozenset(
    {"systematic_review_meta_analysis", "systematic_review", "scoping_review", "narrative_review"}
)
# (phrase, design codes that agree with it, severity of a contradiction), most specific first:
# "a systematic review of randomized trials" is a review; "protocol for a trial" a protocol.
_DECLARED: tuple[tuple[re.Pattern[str], frozenset[str], Severity], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), frozenset(codes), cast(Severity, severity))
    for pattern, codes, severity in (
        (r"\b(?:study|trial|review)\s+protocol\b|\bprotocol\s+for\b", {"protocol"}, "error"),
        (
            r"\b(?:clinical\s+practice\s+)?guidelines?\b|\bconsensus\s+statement\b",
            {"guideline"},
            "error",
        ),
        (
            r"\bmeta-?analys[ie]s\b",
            {"systematic_review_meta_analysis", "systematic_review"},
            "error",
        ),
        (
            r"\bsystematic\s+(?:literature\s+)?review\b",
            {"systematic_review", "systematic_review_meta_analysis"},
            "error",
        ),
        (r"\bscoping\s+review\b", {"scoping_review"}, "error"),
        (r"\bnarrative\s+review\b", {"narrative_review"}, "error"),
        (r"\b(?:literature\s+)?review\b", _REVIEWS, "warning"),
        (r"\bcase\s+reports?\b|\ba\s+case\s+of\b", {"case_report", "case_series"}, "error"),
        (r"\bcase\s+series\b", {"case_series", "case_report"}, "error"),
        (r"\bcase[-\s]control\b", {"case_control"}, "error"),
        (
            r"\bnon-?randomi[sz]ed\b|\bquasi-experimental\b|\bsingle[-\s]arm\b",
            {"non_randomized_trial"},
            "error",
        ),
        (
            r"\brandomi[sz]ed(?:[\s,-]+[\w-]+){0,3}\s+(?:trial|study)\b|\bRCT\b",
            {"rct"},
            "error",
        ),
        (r"\bcross-?sectional\b", {"cross_sectional"}, "error"),
        (r"\bprospective\s+cohort\b", {"prospective_cohort"}, "error"),
        (r"\bretrospective\s+cohort\b", {"retrospective_cohort"}, "error"),
        (
            r"\bretrospective\b",
            {"retrospective_cohort", "case_series", "cross_sectional", "case_control"},
            "warning",
        ),
        (r"\bcohort\s+study\b", {"prospective_cohort", "retrospective_cohort"}, "warning"),
        (r"\bmixed[-\s]methods?\b", {"mixed_methods"}, "error"),
        (
            r"\bqualitative\b|\bfocus\s+groups?\b|\binterview\s+study\b",
            {"qualitative", "mixed_methods"},
            "error",
        ),
    )
)
# A design named as what others did, not this study: "previous randomized trials".
_NOT_THIS_STUDY = re.compile(
    r"\b(?:previous|prior|earlier|existing|published|of|from|in|using|on)\s+"
    r"(?:(?:a|an|the|two|three|several|many|\w+ed)\s+)?$",
    re.IGNORECASE,
)
_DESIGN_LABEL = re.compile(r"\bdesign\b|\btype\s+of\s+study\b", re.IGNORECASE)


def check_design(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag a design code that contradicts the design the paper declares."""
    declared = declared_design(paper)
    if declared is None:
        return []
    phrase, codes, severity = declared
    code = summary.evidence.design_code
    if code in codes:
        return []
    message = (
        f"the paper calls itself {phrase!r}, but the summary's design is {code!r} "
        f"(expected {' or '.join(sorted(codes))})"
    )
    return [Finding(severity, "evidence.design_code", message, phrase)]


def declared_design(paper: Paper) -> tuple[str, frozenset[str], Severity] | None:
    """(phrase, agreeing design codes, severity) for the design named in the title or a
    design heading of the abstract, else None."""
    places = [paper.title]
    places += [s.text for s in paper_sentences(paper) if s.label and _DESIGN_LABEL.search(s.label)]
    for place in places:
        found = _first_declared(place)
        if found is not None:
            return found
    return None


def _first_declared(text: str) -> tuple[str, frozenset[str], Severity] | None:
    for pattern, codes, severity in _DECLARED:
        for match in pattern.finditer(text):
            if _NOT_THIS_STUDY.search(text[: match.start()]):
                continue
            return match.group(0), codes, severity
    return None
