"""The research summary: one paragraph, a little more technical than the simple explanation
(aim, design and sample, main results, conclusion), at a reading grade of 12 or below."""

from __future__ import annotations

from dataclasses import dataclass

from scrh.pipeline.summarize.writers.designs import done_line, sure_line
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import main_points
from scrh.pipeline.summarize.writers.lines import aim_line, duration_line
from scrh.pipeline.summarize.writers.results import plain_result, ranked
from scrh.pipeline.summarize.writers.study import (
    NO_SAMPLE,
    REVIEWS,
    completers_only,
    species,
    total_words,
    who_phrase,
)

MAX_GRADE = 12.0


@dataclass
class _Piece:
    text: str
    plain: str | None  # an easier form to fall back on
    keep: bool = False


def research_summary(draft: Draft, max_grade: float = MAX_GRADE) -> str:
    """One paragraph at or below `max_grade` (Flesch-Kincaid)."""
    pieces = [*_aim(draft), *_method(draft), *_results(draft), *_conclusion(draft)]
    pieces = [p for p in pieces if p.text]
    while draft.grade([p.text for p in pieces]) > max_grade:
        hardest = max(
            (p for p in pieces if p.plain and p.plain != p.text),
            key=lambda p: draft.grade([p.text]),
            default=None,
        )
        if hardest is not None and hardest.plain:
            hardest.text = hardest.plain
            continue
        droppable = [p for p in pieces if not p.keep] or pieces[1:]
        if not droppable or len(pieces) <= 2:
            break
        pieces.remove(max(droppable, key=lambda p: draft.grade([p.text])))
    text = _join(pieces)
    if draft.grade([p.text for p in pieces]) > max_grade:
        text = _plainest(draft, max_grade)
    return text


def _plainest(draft: Draft, max_grade: float) -> str:
    """The design sentence and the plain results, as many as keep the grade."""
    results = [
        t for r in ranked(draft.facts.results)[:4] if (t := plain_result(draft, r, 30, 12.0))
    ]
    points = [f.text for f in main_points(draft, set(draft.facts.aim), 3)] if not results else []
    lines = [design_sentence(draft), done_line(draft), *results, *points, sure_line(draft)]
    lines = [line for line in lines if line]
    while len(lines) > 1 and draft.grade(lines) > max_grade:
        lines.remove(max(lines, key=lambda line: draft.grade([line])))
    if draft.grade(lines) > max_grade:
        lines = [line for line in lines if draft.grade([line]) <= max_grade] or lines[:1]
    return " ".join(lines)


def _join(pieces: list[_Piece]) -> str:
    return " ".join(p.text for p in pieces)


def _aim(draft: Draft) -> list[_Piece]:
    for index in draft.facts.aim[:1]:
        text = draft.technical(index, max_words=40)
        plain = aim_line(draft)
        if text or plain:
            return [_Piece(text or plain, plain or None)]
    return []


def design_sentence(draft: Draft) -> str:
    """ "This randomized controlled trial included 38 participants with spinal cord injury." """
    facts = draft.facts
    design = draft.evidence.design
    name = design[0].lower() + design[1:] if design and draft.code != "other" else "study"
    phrase = who_phrase(draft)
    if draft.code in REVIEWS and total_words(draft, facts.count.studies):
        people = f" with {total_words(draft)} participants" if total_words(draft) else ""
        return f"This {name} included {total_words(draft, facts.count.studies)} studies{people}."
    if draft.code in NO_SAMPLE:
        return f"This is a {name}." if draft.code != "other" else ""
    if draft.animals:
        return f"This {name} was done in {phrase or species(draft)}."
    if draft.cells:
        return f"This {name} was done with cells."
    if phrase and completers_only(draft):
        return f"In this {name}, {phrase} completed the study."
    if phrase:
        return f"This {name} included {phrase}."
    return f"This was a {name}." if draft.code != "other" else ""


def _method(draft: Draft) -> list[_Piece]:
    out = [_Piece(design_sentence(draft), None, keep=True)]
    if not out[0].text:
        out = []
    duration = duration_line(draft)
    if duration:
        out.append(_Piece(duration, None))
    return out


def _results(draft: Draft) -> list[_Piece]:
    out: list[_Piece] = []
    for result in ranked(draft.facts.results):
        if len(out) >= 3:
            break
        index = result.sources[0] if result.sources else -1
        plain = plain_result(draft, result, max_words=35, strict=False)
        text = draft.technical(index) or draft.loose_technical(index) or plain
        if text and all(text != p.text for p in out):
            out.append(_Piece(text, plain, keep=not out))
    if not out:
        for finding in main_points(draft, set(draft.facts.aim), 3):
            index = finding.sources[0]
            out.append(_Piece(draft.technical(index) or finding.text, finding.text))
    return out


def _conclusion(draft: Draft) -> list[_Piece]:
    conclusion = draft.facts.conclusion
    if not conclusion:
        return []
    for index in conclusion.sources:
        text = draft.technical(index)
        if text:
            return [_Piece(text, draft.plain(index, max_words=35, max_grade=12))]
    return []
