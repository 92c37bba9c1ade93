"""The paper's own words in the implication items: its main result in plain words with who
it comes from (first when the kind of question leaves no specific meaning to tell, else a
filler), and the authors' own message, told as theirs with their hedge."""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from scrh.pipeline.summarize.model import Implication, KeyFinding
from scrh.pipeline.summarize.plain import expand_abbreviations
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import sentence_kinds
from scrh.pipeline.summarize.writers.grammar import has_clear_verb
from scrh.pipeline.summarize.writers.implications.kinds import (
    LINKS,
    NO_LINK_FOUND,
    NULL_WORDS,
    TRIALS,
)
from scrh.pipeline.summarize.writers.implications.words import few, main_result, people
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE
from scrh.pipeline.summarize.writers.study import REVIEWS, species, total_words
from scrh.pipeline.summarize.writers.subject import one_person, review_subject, topic, treatment

_MAX_WORDS = 30
ADVICE = "The authors' advice"


def main_findings(draft: Draft, found: list[KeyFinding]) -> list[tuple[int, str]]:
    """This paper's main results as (sentence, key finding text), main first: the key findings
    that state a finding (never background, an aim or a call for more research)."""
    facts = draft.facts
    kind = sentence_kinds(draft)
    out: list[tuple[int, str]] = []
    wanted: tuple[str, ...] = ("finding",)
    if draft.code == "narrative_review":  # a review states its points as it opens
        wanted = ("finding", "coverage", "background")
    results = {r.sources[0] for r in facts.results if r.sources and r.direction != "unknown"}
    for finding in found:
        for index in finding.sources[:1]:
            told = kind.get(index) in wanted or (index in results and kind.get(index) != "aim")
            if told and all(index != i for i, _ in out):
                out.append((index, finding.text))
    if not out and draft.code == "other" and len(facts.sentences) <= 2:
        # a short note with no study section: its sentences are its points
        out = [(f.sources[0], f.text) for f in found if f.sources]
    return out


def plain_sentence(draft: Draft, index: int, shown: str = "") -> str:
    """Sentence `index` in plain words within 30 words, else the key finding's own text when
    that is as short; "" when it leans on a sentence before it ("These data ...")."""
    # the reader's words first (as the simple explanation), else the paper's own terms
    text = (
        draft.plain(index, max_words=_MAX_WORDS, max_grade=16.0, max_rare=4)
        or draft.plain(index, max_words=_MAX_WORDS, max_grade=16.0, strict=False)
        or ""
    )
    if not text and shown and len(shown.split()) <= _MAX_WORDS:
        text = shown
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    if first != text:  # a plain form told as two sentences: the item keeps the first
        text = first if len(first.split()) >= 6 else ""
    if ";" in text:  # "X eased pain; a controlled trial is needed." keeps its first clause
        head = text.split(";", 1)[0].strip()
        text = f"{head}." if len(head.split()) >= 4 else ""
    # ", providing a more physiological gait pattern ...": the authors' gloss, not the result
    text = re.sub(
        r",\s+(?:providing|suggesting|indicating|demonstrating|reflecting)\b[^;]*\.$", ".", text
    )
    if not text or _BACK_REFERENCE.search(text) or len(text.split()) > _MAX_WORDS:
        return ""
    if _ABOUT_QUALITY.search(text) or (len(text.split()) < 10 and not has_clear_verb(text)):
        return ""  # how good the studies were is a limitation, not what was found
    return text


_ABOUT_QUALITY = re.compile(
    r"\b(risk of bias|methodological|heterogeneity|quality of (the )?evidence|certainty of "
    r"(the )?evidence|rate ratio|odds ratio|hazard ratio)\b",
    re.I,
)


def found(
    draft: Draft, findings: list[tuple[int, str]], whence: bool = True
) -> tuple[Implication | None, int]:
    """The main result in plain words, with who it comes from and how many; `whence` False
    leaves out how far it carries (another item on the page says so)."""
    if draft.code == "protocol":
        return None, -1
    conclusion = set(draft.facts.conclusion.sources) if draft.facts.conclusion else set()
    # a result before the authors' conclusion; the conclusion only when no result reads plain
    order = sorted(range(len(findings)), key=lambda n: (findings[n][0] in conclusion, n))
    for number in order:
        index, shown = findings[number]
        text = plain_sentence(draft, index, shown)
        if text and not whence:
            return Implication(title=_found_title(draft), text=text), index
        if text:
            carries = _whence(draft)
            if NO_LINK_FOUND.search(text) and draft.code in LINKS:
                carries = "finding no link is not proof that none exists"
            elif carries.startswith("the abstract does not say whether chance") and (
                NULL_WORDS.search(text)
            ):  # chance cannot explain a difference that was not found
                carries = "no clear difference is not proof that there is none"
            return Implication(title=_found_title(draft), text=f"{text[:-1]}; {carries}."), index
    return None, -1


def _found_title(draft: Draft) -> str:
    """Where the result was seen, as a statement: "Seen in rats, not in people"."""
    code = draft.code
    if code == "narrative_review":
        subject = review_subject(draft) or topic(draft) or treatment(draft)
        return f"A main point of the review on {subject}" if subject else "The review's main point"
    if code in REVIEWS:
        studies = draft.facts.count.studies
        written = total_words(draft, studies) if studies else ""
        return f"What {written} studies show together" if written else "What the studies show"
    if draft.animals:
        return f"Seen in {species(draft)}, not in people"
    if draft.cells:
        return "Seen in cells, not in people"
    if one_person(draft):
        return "Seen in one person only"
    who = people(draft)
    if not who:
        return "What this study reports"
    return f"Seen in only {who}" if few(draft) else f"Seen in {who}"


def _whence(draft: Draft) -> str:
    """How far the result carries, in plain words, from who was studied and how."""
    code = draft.code
    studies = draft.facts.count.studies
    written = total_words(draft, studies) if studies else ""
    if draft.animals:
        if code in REVIEWS:
            many = f"{written} studies" if written else "studies"
            return f"this comes from {many} in {species(draft)}, not in people"
        return f"this was seen in {species(draft)}, not in people"
    if draft.cells:
        return "this was seen in cells in the lab, not in people"
    if code in REVIEWS:
        total = draft.facts.count.total
        crowd = f" with {total_words(draft)} people" if total and total != studies else ""
        if not written:
            return "this is what the studies in the review show"
        return f"this is what {written} studies{crowd} show together"
    if code == "narrative_review":
        return "this is the authors' reading of earlier research, not a new test"
    if code == "guideline":
        return "this is the experts' advice, based on the research they reviewed"
    if one_person(draft):
        return "this is what happened for one person, so it may not apply to others"
    if draft.facts.population.kind != "humans":
        return "one study cannot settle the question"  # who was studied is not clear
    if code == "qualitative":
        return "these are views, and others may see things differently"
    if code in LINKS:
        return "a link like this is not proof of a cause"
    first = main_result(draft)
    if code == "case_series" and 0 < (draft.facts.count.total or 0) < SMALL_SAMPLE:
        return "what happened to so few people may not hold for others"
    if code in TRIALS + ("other",) and first is not None and first.significant is None:
        return "the abstract does not say whether chance could explain it"
    if few(draft):
        return "a study this small needs a bigger one to confirm it"
    if code == "rct":
        return "one trial needs others to find the same before anyone can be sure"
    return "one study like this cannot show for sure what causes the change"


_BACK_REFERENCE = re.compile(
    r"^(this|these|that|those|it|they|such|both)\b|\b(these|this|such|the above) (findings|"
    r"results|data|observations)\b|\bthose of\b|^(the )?(data|results) (do|did|were|are)\b",
    re.I,
)


_ADVICE = re.compile(
    r"\b(should|recommend\w*|must|(is|are) (important|essential|crucial|"
    r"necessary|needed)|need to|call for)\b",
    re.I,
)


def taken(draft: Draft, found_at: int, findings: list[tuple[int, str]]) -> Implication | None:
    """What the authors take from it: their conclusion in plain words, told as theirs."""
    if draft.code == "protocol":
        return None
    conclusion = draft.facts.conclusion
    sources = (
        conclusion.sources
        if conclusion is not None
        else tuple(s.index for s in draft.facts.sentences if s.role == "conclusion")
    )
    if not sources:  # no conclusion section: the lesson a report states ("This report
        # highlights the risk of ...") is the authors' own message
        return _lesson(draft)
    kind = sentence_kinds(draft)
    # advice the authors give (checking mood early, say) before their reading of the result
    order = sorted(
        sources,
        key=lambda i: not _ADVICE.search(draft.facts.text((i,))),
    )
    for index in order:
        advice = bool(_ADVICE.search(draft.facts.text((index,))))
        if index == found_at or kind.get(index) not in ("finding", "background", "vague"):
            continue
        if kind.get(index) != "finding" and not advice:
            continue
        text = plain_sentence(draft, index, dict(findings).get(index, ""))
        if not text:
            continue
        title = ADVICE if advice else "How the authors read it"
        if re.match(r"(the authors|the researchers)\b", text, re.I):
            return Implication(title=title, text=text)
        opened = _opened(draft, text)
        if opened:
            return Implication(title=title, text=f"In the authors' view, {opened}")
    return None


_LESSON = re.compile(
    r"^(?:this|the present|our) (?:case(?: report)?|report|study|paper|article|review) "
    r"(?:highlights|underscores|emphasi[sz]es|illustrates|points to)\s+(?P<rest>\S.*)$",
    re.I,
)


def _lesson(draft: Draft) -> Implication | None:
    """ "This report highlights the risk of X." told as "The authors point to the risk of X."."""
    for sentence in draft.facts.sentences:
        if not _LESSON.match(sentence.text):
            continue
        text = draft.plain(sentence.index, max_words=_MAX_WORDS, max_grade=16.0, strict=False)
        text = text or expand_abbreviations(sentence.text, draft.facts.abbreviations)
        match = _LESSON.match(text)
        if not match or ";" in match.group("rest"):
            continue
        rest = re.sub(r",\s+\w+ing\b[^,]*\.$", ".", match.group("rest"))  # ", providing ..."
        if len(rest.split()) <= _MAX_WORDS:
            return Implication(title="The authors' lesson", text=f"The authors point to {rest}")
    return None


_EVERYDAY = 4.0  # wordfreq Zipf: about once in 100,000 words or more often
_COMMON_OPENERS = frozenset(
    [
        "the",
        "this",
        "these",
        "that",
        "a",
        "an",
        "in",
        "for",
        "early",
        "both",
        "all",
        "most",
        "some",
        "each",
        "people",
        "patients",
        "participants",
        "adults",
        "children",
        "women",
        "men",
        "treatment",
        "training",
    ]
)


def _opened(draft: Draft, text: str) -> str:
    """The sentence with its first word lower-cased when that is safe (a common word, or one
    the abstract itself writes in lower case), else ""."""
    first = text.split(" ", 1)[0]
    bare = first.strip(",;:")
    if not bare.isalpha() or any(c.isupper() for c in bare[1:]):
        return ""
    lowered = bare.lower()
    written = " ".join(s.text for s in draft.facts.sentences)
    if lowered in _COMMON_OPENERS or re.search(rf"(?<![.!?]\s)\b{lowered}\b", written):
        return lowered + text[len(bare) :]
    # an everyday word never written with a capital inside a sentence ("Mental health ...")
    named = re.search(rf"(?<![.!?:]\s)(?<!^)\b{bare}\b", written)
    if zipf_frequency(lowered, "en") >= _EVERYDAY and not named:
        return lowered + text[len(bare) :]
    return ""


def last_resort(draft: Draft) -> Implication | None:
    """When the paper gives little else: lab work adds understanding, not a treatment."""
    if not (draft.animals or draft.cells):
        return None
    subject = topic(draft)
    on = f" on {subject}" if subject else ""
    kind = species(draft) if draft.animals else "cells in the lab"
    return Implication(
        title="Not a treatment for people yet",
        text=f"This work{on} in {kind} helps explain what happens after the injury, but it "
        "gives nothing that people can be offered yet.",
    )
