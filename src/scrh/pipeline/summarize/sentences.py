"""A biomedical-aware sentence splitter and sentence roles."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.papers.sections import category_for_label, leading_label, split_labelled

ROLES = ("background", "objective", "methods", "results", "conclusion", "other")

# fmt: off
_NO_BREAK_AFTER = frozenset({
    "e.g", "i.e", "vs", "v", "et", "al", "etc", "fig", "figs", "approx", "ca", "cf", "dr",
    "mr", "mrs", "ms", "prof", "no", "nos", "vol", "eq", "ref", "refs", "resp", "st", "mt", "jr",
    "sr", "inc", "ltd", "co", "corp", "min", "max", "mg", "kg", "ml", "hr", "hrs", "wk", "wks",
    "mo", "yr", "yrs", "sec", "incl", "dept", "univ", "u.s", "u.k", "e.u", "a.m", "p.m", "sp",
    "spp", "var", "ed", "eds", "pt", "pts",
})
# fmt: on
# A sentence end: a full stop, question or exclamation mark (and closing quotes or brackets),
# then a space and a capital or digit, or, with no space ("improved.The"), a capitalised word.
_CANDIDATE = re.compile(
    r"([.!?])([\"'”’)\]]*)(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z0-9%)\]][.!?])(?=[A-Z][a-z]+\b)"
    r"|(?<=[a-z0-9%)\]][.!?][)\]])(?=[A-Z][a-z]+\b))"
)
_INLINE_LABEL = re.compile(
    r"(?<=[.!?])\s*(?=(?:BACKGROUND|INTRODUCTION|OBJECTIVES?|AIMS?|PURPOSE|METHODS?|"
    r"DESIGN|SETTING|PARTICIPANTS|RESULTS|FINDINGS|CONCLUSIONS?|INTERPRETATION)\s*:)"
)


def split_sentences(text: str) -> list[str]:
    """Split `text` into sentences, keeping decimals, "p < .05", "vs.", "et al." and
    "(n = 12)" inside their sentence."""
    text = " ".join(text.split())
    if not text:
        return []
    parts: list[str] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end(2)
        if match.group(1) == "." and _is_abbreviation(text[start : match.start(1)]):
            continue
        if match.group(1) == "." and re.match(r"[A-Z]\.\s", text[match.end() :]):
            continue  # "J. R. Smith": initials in a row
        genus = match.group(1) == "." and re.search(r"\b[A-Z]$", text[: match.start(1)])
        if genus and _SPECIES.match(text[match.end() :]):
            continue  # "E. coli", "S. aureus": a genus cut short, not a sentence end
        if _inside_brackets(text[start:end]):
            continue
        parts.append(text[start:end].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for piece in parts for p in _INLINE_LABEL.split(piece) if p.strip()]


_SPECIES = re.compile(
    r"(?:coli|aureus|pneumoniae|faecalis|faecium|aeruginosa|epidermidis|mirabilis|difficile|"
    r"baumannii|cloacae|albicans|jejuni|subtilis|pyogenes|agalactiae|influenzae|elegans|"
    r"melanogaster|rerio|gondii|tuberculosis)\b",
    re.I,
)


def _is_abbreviation(before: str) -> bool:
    """True when the text before a full stop ends in an abbreviation or an initial."""
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in _NO_BREAK_AFTER or token.endswith(" al"):
        return True
    if before.endswith("et al"):
        return True
    if len(token) != 1 or not word.group(1).isupper():
        return False
    # an initial follows a name or another initial ("John A.", "J. R."); a letter after a
    # lower-case word or a short form is a grade or group ("grade A or B.", "AIS C.")
    previous = re.search(r"(\S+)\s+\S+$", before)
    return previous is None or bool(re.fullmatch(r"[A-Z][a-z]+|[A-Z]\.", previous.group(1)))


def _inside_brackets(piece: str) -> bool:
    """True when a round or square bracket opened in `piece` is still open."""
    return piece.count("(") > piece.count(")") or piece.count("[") > piece.count("]")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One abstract sentence, its index and its role.

    `section` is the category of the abstract section it stands in; `label` is that section's
    heading as printed ("Study design", "OBJECTIVE"), None when the section has none. The text
    never starts with a heading."""

    index: int
    text: str
    role: str
    section: str = "UNASSIGNED"
    label: str | None = None


_SECTION_ROLE = {
    "BACKGROUND": "background",
    "OBJECTIVE": "objective",
    "METHODS": "methods",
    "RESULTS": "results",
    "CONCLUSIONS": "conclusion",
}
_OTHER_LABEL = re.compile(r"fund|registr|keyword|trial number|disclos|conflict|abbrevia", re.I)
_LABEL_ROLE = (
    ("objective", re.compile(r"^(objectives?|aims?|purpose|goals?)$", re.I)),
    ("methods", re.compile(r"^(methods?|design|setting|participants|patients)", re.I)),
    # a case report's case (CARE): what happened to the person is its result
    (
        "results",
        re.compile(
            r"^(results?|findings|case (presentation|report|description|summary|details)|"
            r"presentation of (the )?case)$",
            re.I,
        ),
    ),
    ("conclusion", re.compile(r"^(conclusions?|interpretation|discussion)$", re.I)),
    ("background", re.compile(r"^(background|introduction|context)$", re.I)),
)
_CUES = (
    (
        "conclusion",
        re.compile(
            r"\b(in conclusion|we conclude|conclusions?|these (findings|results|data) "
            r"(suggest|indicate|show|support|highlight|demonstrate)|our (findings|results|data) "
            r"(suggest|indicate|show|support|highlight)|this (study|pilot study|review|work) "
            r"(shows|has shown|suggests|demonstrates|highlights|provides)|taken together|"
            r"in summary|overall,|thus,|therefore,|future (studies|research|work)|"
            r"we (hypothesi[sz]e|propose|suggest)|may (help|be useful|offer|provide))\b",
            re.I,
        ),
    ),
    (
        "objective",
        re.compile(
            r"\b(we aimed|the aims? (of|was)|aimed to|objective|purpose of|"
            r"this (study|review|paper|manuscript|article) (aims|explores|investigates|"
            r"examines|evaluates|assesses|"
            r"describes|will review|reviews)|we (sought|set out) to|here,? we (ask|test|"
            r"investigate|examine|explore))\b",
            re.I,
        ),
    ),
    (
        "methods",
        re.compile(
            r"\b(were (included|enrolled|recruited|randomi[sz]ed|randomly|assigned|allocated|"
            r"interviewed|analy[sz]ed|reviewed|extracted|collected|measured|assessed|"
            r"subjected|implanted|trained|divided)|we (recruited|enrolled|used|performed|"
            r"conducted|searched|analy[sz]ed|built|measured|assessed|interviewed|included)|"
            r"retrospective|prospective|cross-sectional|outcome measures|data were|"
            r"(review|analysis|we|study) included|"
            r"was performed|were performed|was conducted|participated in|searched)\b",
            re.I,
        ),
    ),
    (
        "results",
        re.compile(
            r"(\bp\s*[<=>≤]|\d+(\.\d+)?\s*%|\b(significant(ly)?|was associated|were associated|"
            r"we (show|find|found|report|observed)|showing that|"
            r"showed|revealed|improved|increased|decreased|reduced|found|observed|"
            r"demonstrated|resulted|experienced|regained|achieved|compared with|incidence|"
            r"odds ratio|hazard ratio|mean difference)\b)",
            re.I,
        ),
    ),
)


def paper_sentences(paper: Paper) -> list[Sentence]:
    """The abstract of `paper` as indexed sentences, each with a role."""
    raw: list[tuple[str, str, str | None]] = []
    for section in _sections(paper):
        for text in split_sentences(section.text):
            heading, text = _without_heading(text)
            if not text:
                continue
            category = category_for_label(heading) if heading else "UNASSIGNED"
            if category == "UNASSIGNED":
                category = section.category
            raw.append((text, category, heading or section.label))
    out: list[Sentence] = []
    for index, (text, category, label) in enumerate(raw):
        role = _role(text, category, label, index / max(len(raw), 1))
        out.append(Sentence(index=index, text=text, role=role, section=category, label=label))
    return _smooth_roles(_opening_background(out))


def _sections(paper: Paper) -> list[Section]:
    """The abstract's sections; a heading written inside one ("... improved. CONCLUSION: ...")
    starts a section of its own, the text before it stays in the section it was in."""
    out: list[Section] = []
    for section in paper.abstract_sections:
        for part in split_labelled(section.text):
            if part.label is None:
                out.append(Section(part.text, section.label, section.category))
            else:
                out.append(Section(_capitalised(part.text), part.label, part.category))
    return out


def _without_heading(text: str) -> tuple[str | None, str]:
    """(heading, text): a heading at the start of the sentence taken off, else (None, text)."""
    heading, rest = leading_label(text)
    if heading is None:
        return None, text
    return heading, _capitalised(rest.strip())


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text


def _role(text: str, category: str, label: str | None, position: float) -> str:
    """The role from the section label, an inline label, or cue words and position."""
    if label and _OTHER_LABEL.search(label):
        return "other"
    if category in _SECTION_ROLE:
        return _SECTION_ROLE[category]
    if label:
        for role, pattern in _LABEL_ROLE:
            if pattern.match(label.strip()):
                return role
    for role, pattern in _CUES:
        if pattern.search(text):
            if role == "conclusion" and position < 0.5:
                continue
            return role
    return "background" if position < 0.34 else "results"


# the abstract speaks of its own study: "we", "our", "this study", "here", "in this trial"
_OWN_STUDY = re.compile(
    r"\b(we|our)\b|\b(this|the present|the current) (study|trial|work|review|paper|article|"
    r"report|investigation|analysis|case|survey|project|manuscript|pilot)\b|^here\b|"
    r"\bin this (study|trial|cohort|case|work|series)\b",
    re.I,
)
# a verb in the past tense telling what happened; "with increased", "and reduced", "have been
# associated", "commonly assumed", "patients treated with" are adjectives, participles or the
# perfect tense, as background statements use them
_NOT_PAST_BEFORE = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "have", "has", "been", "being", "be", "is", "are", "with", "of", "by", "and", "or", "an",
        "a", "the", "to", "in", "at", "for", "from", "on", "more", "most", "less", "well", "not",
        "its", "their", "his", "her",
    )
)  # fmt: skip
_PAST = re.compile(
    r"\b(was|were|had|did)\b|" + _NOT_PAST_BEFORE + r"(?<!ly )\b(?:(improved|increased|"
    r"decreased|reduced|differed|declined|rose|fell)\b|(showed|found|revealed|observed|"
    r"resulted|achieved|regained|experienced|developed|received|occurred|became|demonstrated|"
    r"led|caused|enabled|walked|reported|identified)\b(?!\s+by\b)|(?<![A-Za-z])[a-z]{2,}[^e\W]ed"
    r"\b(?!\s+(?:by|with|to|from|in|on|for|as|at)\b))",
)
_NOT_A_VERB = frozenset({"hundred", "kindred", "sacred", "naked", "wicked", "rugged", "beloved"})


def tells_past(text: str) -> bool:
    """The sentence tells, in the past tense, something that happened ("all ten people walked
    faster", "pain was lower"); general statements in the present or perfect tense do not."""
    return any(m.group(0).lower() not in _NOT_A_VERB for m in _PAST.finditer(text))


_REVIEW_TALK = re.compile(
    r"\b(reviews?|overview|article|paper|manuscript|chapter|discuss\w*|summari[sz]\w*|"
    r"outline\w*)\b",
    re.I,
)


def _opening_background(sentences: list[Sentence]) -> list[Sentence]:
    """In an abstract without headings, the general statements before it first speaks of its
    own study ("Spasms are debilitating contractions that have been associated with ...",
    "X is universal among patients and significantly impacts ...") are background even when
    a results word appears in them: they are in the present or perfect tense and tell
    nothing that happened in this study. Only when the abstract later speaks of itself."""
    first_own = next(
        (s for s in sentences if _OWN_STUDY.search(s.text) or s.role in ("objective", "methods")),
        None,
    )
    if first_own is None or _REVIEW_TALK.search(first_own.text):
        return sentences  # a review states its points before it says what it covers
    out = []
    for s in sentences:
        if (
            s.index < first_own.index
            and s.role == "results"
            and s.section == "UNASSIGNED"
            and s.label is None
            and not tells_past(s.text)
        ):
            s = replace(s, role="background")
        out.append(s)
    return out


def _smooth_roles(sentences: list[Sentence]) -> list[Sentence]:
    """Background cannot follow methods or results in an unlabelled abstract."""
    seen_work = False
    out = []
    for s in sentences:
        role = s.role
        if role in ("methods", "results"):
            seen_work = True
        elif role == "background" and seen_work and s.section == "UNASSIGNED":
            role = "results"
        out.append(replace(s, role=role))
    return out
