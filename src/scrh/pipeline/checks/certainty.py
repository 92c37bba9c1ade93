"""Check `certainty`: the summary is no surer than the paper ("may", "suggest", "associated" or
a non-significant result must not become "clearly", "proves", "cures" or "will")."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding, Severity
from scrh.pipeline.checks.text import claim_fields, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# Words that claim proof or a cure: wrong unless the paper itself uses them.
_PROOF = re.compile(
    r"\b(?:prove[sdn]?|proof|cures?|cured|guarantee[sd]?|definitely|certainly|undoubtedly|"
    r"without\s+(?:a\s+)?doubt|beyond\s+doubt)\b",
    re.IGNORECASE,
)
_CLEARLY = re.compile(
    r"(?<!\bsay )(?<!\bsays )(?<!\bstate )(?<!\bshow )"
    r"\b(?:clearly|clear(?:\s+\w+)?\s+(?:evidence|proof|benefit))\b",
    re.IGNORECASE,
)
_WILL_CLAIM = re.compile(
    r"\bwill\s+(?:\w+\s+)?(?:help|improve|restore|cure|work|reduce|prevent|heal|walk|recover|"
    r"benefit|make|lead|give|let|allow|stop|fix|treat)\b",
    re.IGNORECASE,
)
# A cause claimed: "caused", "leads to", "causes more pain" (not "the causes of").
_CAUSE = re.compile(r"(?<!-)\b(?:caused|leads?\s+to|led\s+to|causes\s+(?!of\b)[a-z]+)\b", re.I)
_HEDGED = re.compile(
    r"\b(?:may|might|could|suggest\w*|associated|association|appear\w*|possibl\w*|potential\w*|"
    r"preliminary|pilot|feasibility|trend|not\s+(?:statistically\s+)?significant\w*|"
    r"no\s+significant|did\s+not\s+(?:differ|reach|change|improve))\b",
    re.IGNORECASE,
)
_ASSOCIATION = re.compile(r"\b(?:associated|association|correlat\w+|linked|predict\w*)\b", re.I)
_HEDGE_IN_SENTENCE = re.compile(
    r"\b(?:may|might|could|not|no|whether|if|possibl\w*|unclear|unknown|needed)\b", re.I
)


def check_certainty(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag wording surer than the paper: proof or cure words the paper never uses (error when
    the paper hedges), "clearly" and promises with "will", and a link reported as a cause."""
    source = f"{paper.title} {paper.abstract}"
    hedged = bool(_HEDGED.search(source))
    findings = []
    for field_name, text in claim_fields(summary):
        for sentence in split_sentences(text):
            found = _overstatement(sentence, source, hedged=hedged)
            if found:
                severity, message, words = found
                findings.append(Finding(severity, field_name, message, f"{words}: {sentence}"))
    return findings


def _overstatement(sentence: str, source: str, *, hedged: bool) -> tuple[Severity, str, str] | None:
    proof = _PROOF.search(sentence)
    in_paper = proof and re.search(rf"\b{re.escape(proof.group(0))}\b", source, re.I)
    if proof and not in_paper and not _negated(sentence, proof.start()):
        severity: Severity = "error" if hedged else "warning"
        return severity, "claims proof or a cure that the paper does not", proof.group(0)
    clearly = _CLEARLY.search(sentence)
    clear_in_paper = re.search(r"\bclear(?:ly)?\b", source, re.I)
    if clearly and not clear_in_paper and not _negated(sentence, clearly.start()):
        return "warning", "sounds surer than the paper", clearly.group(0)
    will = _WILL_CLAIM.search(sentence)
    will_in_paper = will and re.search(re.escape(will.group(0)), source, re.I)
    if will and not will_in_paper and not _HEDGE_IN_SENTENCE.search(sentence):
        return "warning", "promises a result the paper cannot promise", will.group(0)
    cause = _CAUSE.search(sentence)
    linked = _ASSOCIATION.search(source) and not _CAUSE.search(source)
    if cause and linked and not _HEDGE_IN_SENTENCE.search(sentence):
        return "warning", "reports a link as a cause", cause.group(0)
    return None


def _negated(sentence: str, at: int) -> bool:
    """True when a negation ("not", "cannot", "rather than") comes before `at` in its clause."""
    return bool(_NEGATION.search(sentence[:at]))


_NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|cannot|can[’']t|nor|without|rather\s+than|instead\s+of)\b[^.]*$",
    re.I,
)
