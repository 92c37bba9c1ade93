"""The paper's own practical lesson, told as the authors': what they say fell short ("is not
enough", "was not superior"), what they advise ("should", "recommend", "is essential", "the
preferred choice"), or what a new tool or programme has not yet been through ("testing is the
next step"). Found in the authors' closing sentences, worded plainly, and never a bare call
for more research (that fits every paper)."""

from __future__ import annotations

import re
from typing import Literal

from scrh.pipeline.summarize.glossary import rare_words, undefined_rare_words
from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.outcomes import reader_names
from scrh.pipeline.summarize.plain import expand_abbreviations, marked_safe_swaps, third_person
from scrh.pipeline.summarize.writers.draft import (
    Draft,
    raw_short_forms,
    tidy,
    without_significance,
    without_statistics,
)
from scrh.pipeline.summarize.writers.grammar import has_clear_verb, looks_whole
from scrh.pipeline.summarize.writers.implications.found import ADVICE
from scrh.pipeline.summarize.writers.implications.words import people
from scrh.pipeline.summarize.writers.study import REVIEWS, total_words
from scrh.pipeline.summarize.writers.subject import topic

Kind = Literal["fell_short", "advice", "next"]
MAX_WORDS = 35
FELL_SHORT = "Where it fell short"
NOT_TESTED = "Not tested yet"
LESSON = "The authors' lesson"

_FELL_SHORT = re.compile(
    r"\b(?:is|are|was|were|be)\s+not\s+(?:enough|sufficient|superior|better|more effective)\b|"
    r"\bnot superior\b|\bno better than\b|\binsufficient to\b|"
    r"\bdid not (?:improve|reduce|lower|increase|change|prevent|help)\b",
    re.I,
)
_ADVICE = re.compile(
    r"\b(?:should|must|recommend\w*|(?:is|are|seems?|remains?) (?:the )?"
    r"(?:important|essential|crucial|necessary|needed|fundamental|vital|key)|need to|needs to|"
    r"may be considered|could be considered|(?:the )?preferred (?:choice|option|approach)|"
    r"the (?:importance|need) (?:of|for)|call for|is required)\b",
    re.I,
)
_NEXT = re.compile(
    r"\b(?:next step|(?:will|would|still) (?:need to )?be (?:tested|evaluated|assessed|piloted)|"
    r"(?:preliminary|pilot|further|usability|feasibility) testing of|"
    r"(?:has|have) not (?:yet )?been (?:tested|evaluated))\b",
    re.I,
)
# "Larger trials are needed", "future studies should ...": a call for research fits every
# paper, so it is never the lesson (the next step of a tool being built is, see _NEXT)
_RESEARCH_CALL = re.compile(
    r"\b(?:research|studies|study|trials?|investigations?|evaluations?|follow-up|"
    r"replication|confirmation|validation)\b[^.]{0,60}\b(?:needed|required|warranted|"
    r"necessary|should|must|recommended|suggested)\b|"
    r"\b(?:should|must|need to|needs to)\b[^.]{0,40}\b(?:be )?(?:tested|studied|investigated|"
    r"explored|evaluated|confirmed|examined|validated)\b|"
    r"\b(?:needed|required|warranted|recommended)\b[^.]{0,40}\b(?:trials?|studies|research)\b|"
    r"\b(?:further|future|more|larger|additional)\s+(?:\w+\s+){0,2}(?:research|studies|trials)\b",
    re.I,
)
# what the authors' sentence opens with, and how it is told as theirs
_FRAME = re.compile(
    r"^(?:(?:in conclusion|in summary|overall|thus|therefore|taken together|finally),?\s+)?"
    r"(?:based on [^,]{3,80},\s+)?"
    r"(?:(?:these|our|the(?: present)?|such) (?:results|findings|data|observations)|"
    r"(?:this|the present|our) (?:study|case(?: report)?|report|work|review|paper|trial)|we)"
    r"\s+(?:thus\s+|therefore\s+|also\s+)?(?P<verb>suggest|suggests|indicate|indicates|propose|"
    r"conclude|concludes|show|shows|demonstrate|demonstrates|confirm|confirms|recommend|"
    r"recommends|highlight|highlights|underscore|underscores|emphasi[sz]e|emphasi[sz]es|"
    r"illustrate|illustrates|point to|points to)(?:\s+that)?\s+(?=\w)",
    re.I,
)
_TOLD = {
    "suggest": "The authors suggest that",
    "indicate": "The authors suggest that",
    "propose": "The authors suggest that",
    "recommend": "The authors recommend that",
    "highlight": "The authors point to",
    "underscore": "The authors point to",
    "emphasise": "The authors stress",
    "emphasize": "The authors stress",
    "illustrate": "The authors point to",
    "point to": "The authors point to",
}
_LEAN_BACK = re.compile(
    r"^(?:this|these|that|those|it|they|such|both)\b|\b(?:this|these|such) (?:outcome|effect|"
    r"approach|finding|result|strategy|method|technique|change)s?\b",
    re.I,
)
_NOT_CLOSING = frozenset({"funding", "trial registration", "registration", "keywords"})


def lesson(draft: Draft) -> Implication | None:
    """The authors' practical lesson as an item told as theirs, or None when their closing
    sentences hold none (or none reads plainly). Worked out once per summary."""
    return draft.remember("lesson", lambda: _lesson(draft))


def _lesson(draft: Draft) -> Implication | None:
    if draft.code == "protocol":
        return None
    closing = _closing(draft)
    if not closing:
        return None
    for kind, pattern in (("next", _NEXT), ("fell_short", _FELL_SHORT), ("advice", _ADVICE)):
        for index in closing:
            sentence = draft.facts.sentences[index].text
            if not pattern.search(sentence):
                continue
            clause = _clause(sentence, pattern)
            if kind != "next" and _RESEARCH_CALL.search(clause):
                continue
            told = _told(draft, clause)
            if told:
                return _item(draft, kind, told)  # type: ignore[arg-type]
    return None


_CAUSE = re.compile(
    r"(?:^|,\s+|\band\s+)(?:with\s+)?(?P<what>(?:[A-Za-z-]+\s){0,3}[A-Za-z-]+)\s+(?:as|is|was|were|being)\s+"
    r"(?P<role>(?:the|a|an)\s+(?:primary|main|leading|major|most common)\s+"
    r"(?:contributing factor|cause|risk factor|trigger))\b",
    re.I,
)


def cause(draft: Draft) -> Implication | None:
    """A study of who gets injured and how, whose authors name the main cause in their
    conclusion ("dance backbend as a primary contributing factor"): that cause, as theirs."""
    who = people(draft)
    for index in _closing(draft):
        match = _CAUSE.search(draft.facts.sentences[index].text)
        if not match:
            continue
        what = expand_abbreviations(match.group("what"), draft.facts.abbreviations, True)
        if raw_short_forms(what) or re.match(r"(?:this|these|that|it|which)\b", what, re.I):
            continue
        among = f" among these {who}" if who else ""
        return Implication(
            title=f"{what[:1].upper()}{what[1:]} stood out as a cause",
            text=f"The authors name {what.lower()} as {match.group('role').lower()}{among}.",
        )
    return None


def _clause(sentence: str, pattern: re.Pattern[str]) -> str:
    """The part of the sentence that holds the lesson: the clause after "; " or ", but " when
    only it does ("X is hard, but early checks are essential"), without a trailing list
    (", including ...") that would make it too long to read."""
    for joint in ("; ", ", but "):
        head, _, tail = sentence.partition(joint)
        if tail and pattern.search(tail) and not pattern.search(head):
            sentence = tail[:1].upper() + tail[1:]
        elif tail and pattern.search(head) and not pattern.search(tail) and joint == "; ":
            sentence = f"{head}."
    if len(sentence.split()) > MAX_WORDS:
        sentence = re.sub(r",\s+(?:including|such as|e\.g\.)\s.*$", ".", sentence)
    return sentence


def _closing(draft: Draft) -> list[int]:
    """The authors' closing sentences: the conclusion, else the sentences in the conclusion
    role, plus the abstract's last two sentences (a lesson often closes an unlabelled
    abstract), never a funding or registration line."""
    facts = draft.facts
    sentences = [
        s
        for s in facts.sentences
        if (s.label or "").strip().lower() not in _NOT_CLOSING and s.role != "methods"
    ]
    chosen: list[int] = list(facts.conclusion.sources) if facts.conclusion else []
    chosen += [s.index for s in sentences if s.role == "conclusion"]
    chosen += [s.index for s in sentences[-2:] if s.role not in ("background", "objective")]
    valid = range(len(facts.sentences))
    return [i for i in dict.fromkeys(chosen) if i in valid]


def _told(draft: Draft, sentence: str) -> str:
    """The sentence as the authors' own words in plain form: "The authors suggest that ...",
    "The authors say ..."; "" when it leans on a sentence before it or reads badly."""
    frame = _FRAME.match(sentence.strip())
    body = sentence.strip()[frame.end() :] if frame else sentence.strip()
    verb = frame.group("verb").lower().replace("points", "point") if frame else ""
    verb = re.sub(r"(?<=[a-z])s$", "", verb)  # "suggests" is "suggest"
    text = _plain(draft, body)
    if not text or _LEAN_BACK.search(text):
        return ""
    lead = _TOLD.get(verb, "The authors conclude that" if verb else "The authors say")
    opened = sentence[: frame.end()] if frame else ""
    if verb == "recommend" and not re.search(r"\bthat\s*$", opened):
        lead = "The authors recommend"  # "We recommend early screening." takes no "that"
    if lead == "The authors point to" and not re.match(r"(?:the|a|an)\b", text, re.I):
        lead = "The authors say"  # "point to" needs a thing ("the need for ..."), not a clause
    told = f"{lead} {_lowered(draft, text)}"
    clause = lead.endswith((" say", " that"))  # a clause must follow; "point to" takes a thing
    if len(told.split()) > MAX_WORDS + 3 or (clause and not has_clear_verb(text)):
        return ""
    return told if looks_whole(told, MAX_WORDS + 3) else ""


def _plain(draft: Draft, text: str) -> str:
    """`text` with statistics dropped, short forms written out and safe everyday swaps, as
    the other plain fields make it; "" when statistics fill it or a bare short form stays."""
    base = without_statistics(text)
    if base is None:
        return ""
    base = reader_names(re.sub(r"(?<=\w) also (?=\w)", " ", base))
    base = third_person(expand_abbreviations(base, draft.facts.abbreviations, True))
    own = tidy(reader_names(without_significance(base)))
    base = tidy(marked_safe_swaps(own, draft.names))
    if base != own and not draft.acceptable(base):
        base = own  # a swap is kept only when the parser accepts the new sentence
    if not base or raw_short_forms(base) or len(base.split()) > MAX_WORDS:
        return ""
    return base


def _lowered(draft: Draft, text: str) -> str:
    """The sentence with its first word lower-cased unless it is a name ("ABLE", "Lokomat")."""
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]) or not first.replace("-", "").isalpha():
        return text
    written = " ".join(s.text for s in draft.facts.sentences)
    if re.search(rf"(?<![.!?:]\s)(?<!^)\b{re.escape(first)}\b", written) and not re.search(
        rf"\b{re.escape(first.lower())}\b", written
    ):
        return text  # only ever written with a capital inside a sentence: a name
    return first.lower() + text[len(first) :]


def _item(draft: Draft, kind: Kind, told: str) -> Implication:
    if kind == "next":
        return Implication(
            title=NOT_TESTED,
            text=f"{told[:-1]}, so it is not yet known how well it works for people.",
        )
    if kind == "fell_short":
        return Implication(title=FELL_SHORT, text=told)
    told = _with_basis(draft, told)
    if told.startswith(("The authors point to", "The authors stress")):
        return Implication(title=LESSON, text=told)  # what a case or study teaches
    return Implication(title=ADVICE, text=told)


def _with_basis(draft: Draft, told: str) -> str:
    """The authors' advice with what it rests on ("…; this rests on one person's case."), so
    a reader can weigh it; `told` as it is when the design gives no plain basis."""
    basis = basis_of(draft)
    if not basis or len(told.split()) > MAX_WORDS - 2:
        return told
    return f"{told.rstrip('.')}; this rests on {basis}."


def basis_of(draft: Draft) -> str:
    """What this study's results rest on, in a few plain words ("the records of 538 people",
    "one person's case"), or "" when the design or count gives none."""
    code = draft.code
    who = people(draft)
    if draft.animals or draft.cells:
        return ""
    if code == "case_report":
        written = " ".join(sentence.text for sentence in draft.facts.sentences)
        if re.search(r"\bliterature\b|\breview of\b", written, re.I):
            return "one person's case and earlier reports"  # "case and literature review"
        return "one person's case"
    if code == "narrative_review":
        return "the authors' reading of earlier research"
    studies = draft.facts.count.studies
    if code in REVIEWS:
        return f"a review of {total_words(draft, studies)} studies" if studies else ""
    if not who or who == "one person":
        return ""
    return {
        "case_series": f"the cases of {who}",
        "qualitative": f"what {who} said",
        "cross_sectional": f"a snapshot of {who} at one time",
        "retrospective_cohort": f"the records of {who}",
        "prospective_cohort": f"following {who} over time",
        "rct": f"one trial of {who}",
        "non_randomized_trial": f"one study of {who}",
    }.get(code, "")


_LEAD = re.compile(
    r"\b(?:therapeutic (?:targets?|strateg\w+|approach\w*|potential|options?|interventions?)|"
    r"(?:new )?targets? for (?:the )?(?:treatment|therapy|therapies|intervention)|"
    r"clinical (?:translation|application|implementation)|(?:route|way) to restore|"
    r"treatment strateg\w+|promising (?:strateg\w+|approach\w*|therap\w+|candidate|target)|"
    r"candidate for|potential (?:therap\w+|treatments?)|neuroprotective strateg\w+|"
    r"(?:could|may) complement)\b",
    re.I,
)


def lead(draft: Draft) -> Implication | None:
    """Lab or animal work whose authors see a lead for treatment: said as a lead still to be
    tested in people, not as a treatment; None when their closing sentences speak of none."""
    if not (draft.animals or draft.cells):
        return None
    closing = " ".join(draft.facts.sentences[i].text for i in _closing(draft))
    if not _LEAD.search(closing):
        return None
    subject = topic(draft)
    of = f" for {subject}" if subject else ""
    return Implication(
        title="A lead for research, not a treatment",
        text=f"The authors see this as a lead for future treatments{of}, which would first "
        "have to be tested and found safe in people.",
    )


def reads_plainly(text: str, rare: int = 2) -> bool:
    """A sentence a lay reader can follow: at most one rare word no glossary entry explains,
    and at most `rare` rare words in all."""
    return len(undefined_rare_words(text)) <= 1 and len(rare_words(text)) <= rare
