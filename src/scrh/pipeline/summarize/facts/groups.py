"""The study's arms: each group's name, size and what it received, in the paper's words.

Read from "(randomly) assigned/allocated/randomized to X or Y", "X group (n = N)", "N in the X
group" and "N received X". A group is a control when its words say so (control, sham, placebo,
usual or standard care, waitlist, no treatment)."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import GroupFact
from scrh.pipeline.summarize.numbers import NUMBER, to_int
from scrh.pipeline.summarize.sentences import Sentence

_CONTROL = re.compile(
    r"\b(control|sham|placebo|usual care|standard care|conventional|wait-?list|waiting list|"
    r"no (treatment|intervention)|attention control)\b",
    re.I,
)
_ASSIGNED = re.compile(
    r"\b(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed|divided)\s+(?:\(?\d:\d\)?\s+)?"
    r"(?:in)?to\s+(?:receive\s+|either\s+|one of (?:two|three|four) groups?:?\s+)?"
    r"(?P<groups>[^.;]{3,200}?)(?=\.|;|$|,? (?:for|over|during|with the|and (?:were|was)|who)\b)",
    re.I,
)
_WORD = r"(?:(?!(?:to|the|a|an|and|or|in|into|of|either|were|was)\b)[\w-]+\s+)"
_NAMED = re.compile(
    rf"\b(?:(?:the|an?)\s+)?(?P<name>{_WORD}{{0,3}}?(?:group|arm))\s*\(\s*[nN]\s*=\s*"
    rf"(?P<num>\d[\d,]*)",
    re.I,
)
_IN_GROUP = re.compile(
    rf"\b(?P<num>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+)?(?:in|to|into)\s+the\s+"
    rf"(?P<name>{_WORD}{{0,3}}?(?:group|arm))\b",
    re.I,
)
_SPLIT = re.compile(
    r",?\s+\b(?:or|versus|vs\.?)\s+|,\s+(?:and\s+)?|\s+and\s+(?=(?:a|an|the)\s)", re.I
)


def find_groups(sentences: list[Sentence]) -> tuple[GroupFact, ...]:
    """The arms the study compared, once each, in the order the paper names them."""
    groups: dict[str, GroupFact] = {}
    for sentence in sentences:
        if sentence.role in ("background", "other", "conclusion"):
            continue
        text = sentence.text
        for match in _NAMED.finditer(text):
            _add(groups, match.group("name"), to_int(match.group("num")), sentence.index)
        for match in _IN_GROUP.finditer(text):
            _add(groups, match.group("name"), to_int(match.group("num")), sentence.index)
        assigned = _ASSIGNED.search(text)
        if assigned and not groups:
            for part in _SPLIT.split(assigned.group("groups")):
                words = part.strip(" ()").removeprefix("either ")
                if 2 < len(words) <= 80 and not re.search(r"\d+\s*%", words):
                    _add(groups, words, None, sentence.index, received=words)
    return tuple(groups.values())


def _add(
    groups: dict[str, GroupFact],
    name: str,
    size: int | None,
    sentence: int,
    received: str = "",
) -> None:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I)
    key = name.lower()
    if key in groups:
        old = groups[key]
        if old.size is None and size is not None:
            groups[key] = GroupFact(
                old.name, size, old.received, old.is_control, (*old.sources, sentence)
            )
        return
    groups[key] = GroupFact(
        name=name,
        size=size,
        received=received,
        is_control=bool(_CONTROL.search(name)),
        sources=(sentence,),
    )
