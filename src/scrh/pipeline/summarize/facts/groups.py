"""The study's arms: each group's name, size and what it received, in the paper's words.

Read from an allocation ("randomly assigned to X or Y", "randomized into either the X group who
... or the Y group who ...", "received either X or Y", "divided into two groups: X and Y"), from
"X group (n = N)" and from "N in the X group". A group is a control when its words say so
(control, sham, placebo, usual or standard care, waitlist, no treatment). Fewer than two groups
from one allocation are not groups."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import GroupFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.numbers import NUMBER, to_int
from scrh.pipeline.summarize.sentences import Sentence

_CONTROL = re.compile(
    r"\b(control|sham|placebo|usual care|standard care|conventional|wait-?list|waiting list|"
    r"no (treatment|intervention)|attention control|alone|vehicle|saline|untreated)\b",
    re.I,
)
_NOT_ARMS = frozenset({"BACKGROUND", "RESULTS", "CONCLUSIONS"})
_WAVE = re.compile(
    r"\b((at|after|by) (the )?(\d+|[a-z]+)[- ](weeks?|months?|years?)|completed|remained|"
    r"retained|lost to follow|dropped out|withdrew)\b",
    re.I,
)
_GROUPS_OF = r"(?:two|three|four|five|six|\d) (?:groups|arms)(?:\s*\([^()]*\))?:?\s+"
_ALLOCATION = re.compile(
    # the verb must go on to its groups ("randomized to", "divided into two groups:"):
    # "In this randomized controlled trial, 60 adults ..." names no groups
    r"\b(?:(?:assigned|allocated|randomi[sz]ed|divided|split|stratified)\s+(?:\(?\d:\d\)?\s+)?"
    rf"(?:(?:in)?to\s+(?:receive\s+)?(?:either\s+|one of {_GROUPS_OF}|{_GROUPS_OF})?|"
    rf"either\s+|(?:in\s+)?{_GROUPS_OF})|(?:received|underwent|were given|performed)\s+"
    r"either\s+)(?!(?:the\s+)?(?:following\s+)?(?:\w+\s+)?(?:sections?|parts?|chapters?|"
    r"topics?|themes?|categories|domains?|areas?|phases?|stages?)\b)(?P<groups>[^.;]{5,300})",
    re.I,
)
_SPLIT_OR = re.compile(r",?\s+\b(?:or|versus|vs\.?)\s+|,\s+", re.I)
_SPLIT_AND = re.compile(r"\s+and\s+", re.I)
_WORD = r"(?:(?!(?:to|the|a|an|and|or|in|into|of|either|were|was)\b)[\w-]+\s+)"
# "arm" names a group only when no other noun follows it ("arm ergometry" exercises the arms)
_GROUP = (
    r"(?:group|arm(?!\s+(?!(?:and|or|who|which|that|was|were|received|receiving|had|did|with|of|"
    r"at|in|to|versus|vs|n)\b)[a-z]))"
)
_NAMED = re.compile(
    rf"\b(?:(?:the|an?)\s+)?(?P<name>{_WORD}{{0,3}}?{_GROUP})\s*\(\s*[nN]\s*=\s*"
    rf"(?P<num>\d[\d,]*)",
    re.I,
)
_IN_GROUP = re.compile(
    rf"\b(?P<num>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+)?(?:in|to|into)\s+the\s+"
    rf"(?P<name>{_WORD}{{0,3}}?{_GROUP})\b",
    re.I,
)
_GROUP_NAME = re.compile(rf"^(?:(?:the|an?)\s+)?(?P<name>{_WORD}{{0,4}}?{_GROUP})\b", re.I)
_WHO = re.compile(r"\b(?:who|that|which)\s+(?:were\s+)?(?P<got>.+)$", re.I)
_SIZE = re.compile(r"\(\s*[nN]\s*=\s*(?P<num>\d[\d,]*)\s*\)")
_CUT = re.compile(
    r",?\s+\b(?:for|over|during|at|with the aim|in order|before|after|and (?:were|was|then|"
    r"completed|underwent|followed|assessed|evaluated|measured|monitored|observed))\b.*$",
    re.I,
)


def find_groups(sentences: list[Sentence]) -> tuple[GroupFact, ...]:
    """The arms the study compared, once each, in the order the paper names them."""
    groups: dict[str, GroupFact] = {}
    for sentence in sentences:
        if sentence.role in ("conclusion", "other") or sentence.section in _NOT_ARMS:
            continue  # sizes in the results are often who was left at a follow-up
        if not is_own(sentence) or _WAVE.search(sentence.text):
            continue
        text = sentence.text
        allocation = _ALLOCATION.search(text)
        if allocation:
            for name, size, received in _allocated(allocation.group("groups")):
                _add(groups, name, size, sentence.index, received)
        for match in _NAMED.finditer(text):
            _add(groups, match.group("name"), to_int(match.group("num")), sentence.index)
        for match in _IN_GROUP.finditer(text):
            _add(groups, match.group("name"), to_int(match.group("num")), sentence.index)
    return tuple(groups.values())


_FOR_ALL = re.compile(
    r",?\s+\b(?:in addition to|as well as|alongside|on top of|together with)\b[^.;]*$", re.I
)


def _allocated(text: str) -> list[tuple[str, int | None, str]]:
    """(name, size, what it received) for each group of an allocation phrase."""
    text = re.sub(r"\s*\((?![nN]\s*=)[^()]*\)", "", text)  # "(electrodes over C3-C4, ...)"
    text = _FOR_ALL.sub("", text)  # ", in addition to usual care" applies to every group
    if re.search(r"\beither\b", text):  # "30 sessions of training with either A or B"
        text = re.split(r"\beither\b", text)[-1]
    parts = [p for p in _SPLIT_OR.split(text) if p.strip()]
    if len(parts) < 2:
        parts = [p for p in _SPLIT_AND.split(_CUT.sub("", text)) if p.strip()]
    if len(parts) < 2:
        return []
    out = []
    for part in parts[:4]:
        size_match = _SIZE.search(part)
        size = to_int(size_match.group("num")) if size_match else None
        part = _CUT.sub("", _SIZE.sub("", part)).strip(" ,:")
        named = _GROUP_NAME.match(part)
        if named:
            who = _WHO.search(part[named.end() :])
            out.append((named.group("name"), size, who.group("got").strip() if who else ""))
            continue
        part = re.sub(r"^(?:SCI|spinal cord injury)\s*(?:\+|plus)\s*", "", part, flags=re.I)
        part = re.sub(r"^(?:to\s+)?(?:receive\s+)?(?:the|a|an)\s+", "", part, flags=re.I)
        part = re.sub(r"^to\s+", "", part, flags=re.I)  # "... or to an information booklet"
        if not 2 < len(part) <= 90 or re.search(r"\d+(\.\d+)?\s*%", part):
            return []
        out.append((part, size, part))
    return _shared_head(out)


_DESCRIBING = re.compile(r"^[a-z-]+(?:al|ic|ous|ive|ar|ary|ed)$", re.I)


def _shared_head(groups: list[tuple[str, int | None, str]]) -> list[tuple[str, int | None, str]]:
    """ "intrathecal or oral baclofen": a group named by a describing word alone shares the
    last group's noun ("intrathecal baclofen")."""
    if len(groups) < 2:
        return groups
    head = groups[-1][0].split()[-1]
    if len(groups[-1][0].split()) < 2 or _DESCRIBING.match(head):
        return groups
    out = []
    for name, size, received in groups:
        if _DESCRIBING.match(name):
            name = f"{name} {head}"
            received = f"{received} {head}" if received else received
        out.append((name, size, received))
    return out


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
        if (old.size is None and size is not None) or (not old.received and received):
            groups[key] = GroupFact(
                old.name,
                old.size if old.size is not None else size,
                old.received or received,
                old.is_control,
                tuple(sorted({*old.sources, sentence})),
            )
        return
    groups[key] = GroupFact(
        name=name,
        size=size,
        received=received,
        is_control=bool(_CONTROL.search(name)),
        sources=(sentence,),
    )
