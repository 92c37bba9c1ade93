"""Shares of a group told as a reader counts them: "70% of the patients" is "7 in 10
patients", "accounted for 77%" is "made up about 8 in 10". Only a share of people or cases is
told this way, never a change ("increased by 7%") or a range ("from 7% to 14%")."""

from __future__ import annotations

import re

_GROUP = (
    r"(?:patients|people|participants|respondents|cases|individuals|children|women|men|"
    r"caregivers|carers|adults|persons|subjects|injuries|users|veterans)"
)
_PERCENT = r"(?P<pct>\d{1,2}(?:\.\d+)?)\s?%"
_SHARE_OF = re.compile(rf"(?<![\d.–-]){_PERCENT} of (?:the |all )?(?P<group>{_GROUP})\b")
_SHARE_VERB = re.compile(
    rf"\b(?:accounted for|formed|constituted|made up)\s+{_PERCENT}(?!\s*(?:of|to|and|or|[-–]))"
)
TOLD = re.compile(r"\b(?:(?:about|almost) )?(?P<n>\d{1,2}) in (?P<of>10|100)\b")


def in_tens(pct: float) -> str:
    """A percentage as a reader counts it: 70 "7 in 10", 66 "about 7 in 10", 50 "half",
    4 "4 in 100", 97 "almost all"."""
    if pct < 10:
        whole = round(pct)
        return f"{'' if whole == pct else 'about '}{whole} in 100"
    if pct >= 95:
        return "almost all" if pct < 100 else "all"
    if 45 <= pct <= 55:
        return "half" if pct == 50 else "about half"
    tens = round(pct / 10)
    return f"{'' if tens * 10 == pct else 'about '}{tens} in 10"


def as_shares(text: str) -> str:
    """`text` with each share of a group told in tens."""
    text = _SHARE_OF.sub(lambda m: _of_group(in_tens(float(m["pct"])), m["group"]), text)
    return _SHARE_VERB.sub(lambda m: f"made up {in_tens(float(m['pct']))}", text)


def _of_group(share: str, group: str) -> str:
    """ "7 in 10 patients", but "about half of the patients"."""
    return f"{share} {group}" if " in " in share else f"{share} of the {group}"


_PAPER_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def without_told_shares(text: str, paper: str) -> str:
    """`text` without the shares told in tens ("about 7 in 10") that stand for a percentage
    `paper` gives ("66%"), so a number check does not take them for new numbers."""
    percents = {float(p) for p in _PAPER_PERCENT.findall(paper)}
    return TOLD.sub(lambda m: "" if share_matches(m.group(0), percents) else m.group(0), text)


def share_matches(told: str, percents: set[float]) -> bool:
    """A share told in tens ("about 7 in 10") stands for one of the paper's `percents`."""
    match = TOLD.fullmatch(told)
    if not match:
        return False
    of, n = int(match["of"]), int(match["n"])
    return any(in_tens(p).endswith(f"{n} in {of}") for p in percents)
