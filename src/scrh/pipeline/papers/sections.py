"""Abstract headings: which of the five section categories a heading belongs to, and the
headings written inside a plain abstract ("OBJECTIVE: ... Study design: ...") found and
turned into labelled sections."""

from __future__ import annotations

import re

from scrh.pipeline.papers.model import Section

_CATEGORY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "METHODS",
        re.compile(
            r"\b(outcome measures?|outcomes? and measures?|outcomes? assessed|"
            r"place and duration)\b",
            re.I,
        ),
    ),
    ("OBJECTIVE", re.compile(r"\b(objectives?|aims?|purposes?|goals?|hypothes[ie]s)\b", re.I)),
    (
        "CONCLUSIONS",
        re.compile(r"\b(conclusions?|interpretation|implications|significance|summary)\b", re.I),
    ),
    ("RESULTS", re.compile(r"\b(results?|findings|main results|outcomes?)\b", re.I)),
    (
        "METHODS",
        re.compile(
            r"\b(methods?|methodology|design|setting|participants?|patients|subjects|"
            r"materials?|interventions?|measurements?|search|selection|data collection|"
            r"procedures?|study design|data sources|data extraction|data analysis|"
            r"data synthesis|eligibility criteria)\b",
            re.I,
        ),
    ),
    (
        "BACKGROUND",
        re.compile(
            r"\b(background|introduction|context|rationale|importance|issue addressed)\b", re.I
        ),
    ),
)


def category_for_label(label: str | None) -> str:
    """The section category a heading like "PATIENTS AND METHODS" belongs to."""
    if not label:
        return "UNASSIGNED"
    for category, pattern in _CATEGORY_PATTERNS:
        if pattern.search(label):
            return category
    return "UNASSIGNED"


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Every word a heading may be made of; a phrase before a colon is a heading only when all its
# words are here, so "Two outcomes were measured: ..." stays a sentence.
# fmt: off
_HEADING_WORDS = _word_set("""
background introduction context rationale importance objective objectives aim aims purpose
purposes goal goals hypothesis hypotheses question questions research issue addressed
method methods methodology methodologies design designs study studies setting settings location
participants participant patients patient subjects subject population populations sample samples
material materials intervention interventions exposure exposures comparison comparator control
controls measurement measurements measure measures main primary secondary outcome outcomes data
source sources extraction synthesis analysis analyses statistical selection eligibility inclusion
criteria search searches strategy collection procedure procedures approach experimental technique
techniques results result findings finding observations conclusion conclusions interpretation
implications implication significance summary relevance clinical practice practical trial trials
registration registry number funding keywords key words level evidence case cases presentation
report description discussion limitation limitations review recent place duration authors overview
ethics ethical approval conflict conflicts interest interests abbreviations type article plain
language known already adds new what is this of and the for to in or with a its
""")
_CONNECTORS = _word_set("of and the for to in or with a its is this what")
# Headings that carry no category but are headings all the same (and are never prose).
_OTHER_HEADS = _word_set("""
registration registry funding keywords evidence presentation description report discussion
limitation limitations abbreviations interest interests approval ethics known adds
""")
# fmt: on
_MAX_WORDS = 6

_LABEL = re.compile(
    r"(?P<label>[A-Za-z][A-Za-z'’]*(?:(?:\s+|\s*[/&,-]\s*)[A-Za-z][A-Za-z'’]*){0,5})\s*:(?!//)\s*"
)
_BOUNDARY = re.compile(r"[.!?)\]][\"'”’)\]]*\s*$")


def is_heading(label: str) -> bool:
    """True when `label` reads as an abstract heading ("Study design", "TRIAL REGISTRATION")."""
    tokens = [t.lower().rstrip("'’") for t in re.split(r"\s*[/&,-]\s*|\s+", label.strip()) if t]
    if not tokens or len(tokens) > _MAX_WORDS or tokens[0] in _CONNECTORS:
        return False
    if any(t.removesuffix("'s") not in _HEADING_WORDS for t in tokens):
        return False
    return category_for_label(label) != "UNASSIGNED" or any(t in _OTHER_HEADS for t in tokens)


def leading_label(text: str) -> tuple[str | None, str]:
    """(heading, rest) when `text` starts with a heading and a colon, else (None, text)."""
    match = _LABEL.match(text.lstrip())
    if match and is_heading(match.group("label")):
        return _clean(match.group("label")), text.lstrip()[match.end() :]
    return None, text


# "Results\u2003Postoperative …": some publishers set a heading off with a wide space, no colon
_WIDE_SPACES = "\u2002\u2003\u2009"
_SPACED_LABEL = re.compile(
    r"(?P<words>(?:[A-Za-z][A-Za-z'’]* ){0,5}[A-Za-z][A-Za-z'’]*)[\u2002\u2003\u2009]+"
)


def _as_labelled(match: re.Match[str]) -> str:
    """The heading before a wide space written with a colon; the words before it kept."""
    words = match.group("words").split()
    for start in range(len(words)):
        label = " ".join(words[start:])
        if is_heading(label):
            return " ".join([*words[:start], f"{label}: "])
    return match.group(0)


def split_labelled(text: str) -> tuple[Section, ...]:
    """Sections of a plain abstract: each heading written inside it ("OBJECTIVE:",
    "Study design:", "Trial registration:", any case) at its start or after a sentence end
    (with or without a space) begins a labelled section; text before the first heading is
    an unlabelled section. Without a heading, one unlabelled section."""
    if any(space in text for space in _WIDE_SPACES):
        text = _SPACED_LABEL.sub(_as_labelled, text)
    text = " ".join(text.split())
    if not text:
        return ()
    cuts = _heading_spans(text)
    if not cuts:
        return (Section(text=text),)
    sections = []
    if cuts[0][0] > 0:
        sections.append(Section(text=text[: cuts[0][0]].strip()))
    for (_start, body_start, label), following in zip(cuts, [*cuts[1:], None], strict=True):
        body = text[body_start : following[0] if following else len(text)].strip()
        if body:
            sections.append(Section(text=body, label=label, category=category_for_label(label)))
    return tuple(sections)


def _heading_spans(text: str) -> list[tuple[int, int, str]]:
    """(heading start, body start, heading) for each heading in `text`, in order."""
    out: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text):
        colon = text.find(":", position)
        if colon < 0:
            break
        found = _heading_before(text, colon)
        if found is not None and (not out or found[0] >= out[-1][1]):
            out.append(found)
        position = colon + 1
    return out


def _heading_before(text: str, colon: int) -> tuple[int, int, str] | None:
    """The heading ending at the colon at `colon`, if the words before it are one and stand
    at the start of the text or of a sentence (an all-capitals heading needs only a space)."""
    window_start = max(0, colon - 80)
    window = text[window_start:colon]
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’]*", window))
    for first in range(max(0, len(words) - _MAX_WORDS), len(words)):
        start = window_start + words[first].start()
        candidate = text[start:colon].strip()
        if not re.fullmatch(
            r"[A-Za-z][A-Za-z'’]*(?:(?:\s+|\s*[/&,-]\s*)[A-Za-z][A-Za-z'’]*)*", candidate
        ):
            continue
        if not is_heading(candidate) or not _at_boundary(text, start, candidate):
            continue
        match = _LABEL.match(text, start)
        if match is None:
            continue
        return start, match.end(), _clean(candidate)
    return None


def _at_boundary(text: str, start: int, label: str) -> bool:
    if start == 0 or not text[:start].strip():
        return True
    before = text[max(0, start - 4) : start]
    if _BOUNDARY.search(before):
        return True
    letters = re.sub(r"[^A-Za-z]", "", label)
    return letters.isupper() and len(letters) >= 4 and text[start - 1].isspace()


def _clean(label: str) -> str:
    return " ".join(label.split())
