"""Check `statistics`: no statistics fragments ("treatment=77%", "n=6", "(95% CI", "p<0.05")
in the reader's text, and no broken ones anywhere."""

from __future__ import annotations

import re

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import prose_fields
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# Broken in any field: a word glued to "=", a cut-off bracket or interval, markup.
_BROKEN = re.compile(
    r"[A-Za-z][\w-]*\s?=\s*[\d.]+%?|\(\s*[Pp]\s*\)?$|\(\s*[Pp]\s*$|\b95\s*%\s*CI\s*[\d.,\s]*(?:to|-)?\s*$|"
    r"\bI\s?2\s*=|&(?:lt|gt|amp|le|ge);|</?[a-z]+>|\(\s*\)|\[\s*\]",
)
# Statistics that a lay reader should never see.
_LAY = re.compile(
    r"\b[Pp]\s*(?:[<>=≤≥]|values?\b)\s*(?:0?\.\d+)?|\b\d+(?:\.\d+)?\s*%\s*CI\b|\bCI\b|"
    r"\b[nN]\s*=\s*\d|\b(?:OR|HR|RR|SD|SMD|SE|IQR|aOR|MD)\s*[=:(]?\s*-?\d+(?:\.\d+)?|±|"
    r"\bconfidence interval\b|\bodds ratio\b|\bhazard ratio\b|\bstandard deviation\b",
)
_TECHNICAL_FIELDS = ("research_summary",)
# "1)" or "a)" numbering a list item is not a lone bracket.
_LIST_MARK = re.compile(r"(?:^|\s)[\da-z]\)")


def check_statistics(paper: Paper, summary: Summary) -> list[Finding]:
    """Errors for statistics fragments: broken ones in any field, any in the lay fields."""
    findings = []
    for field_name, text in prose_fields(summary):
        fragment = statistics_fragment(text, lay=not field_name.startswith(_TECHNICAL_FIELDS))
        if fragment:
            message = "a statistics fragment a reader cannot use"
            findings.append(Finding("error", field_name, message, fragment))
    return findings


def statistics_fragment(text: str, *, lay: bool = True) -> str:
    """The first statistics fragment in `text`, or "" (with `lay`, any statistic counts)."""
    broken = _BROKEN.search(text) or _unbalanced(text)
    if broken:
        return broken if isinstance(broken, str) else broken.group(0)
    if lay:
        found = _LAY.search(text)
        if found:
            return found.group(0)
    return ""


def _unbalanced(text: str) -> str:
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")" and not _LIST_MARK.match(text, max(0, i - 2)):
            depth -= 1
            if depth < 0:
                return ")"
    return "(" if depth > 0 else ""
