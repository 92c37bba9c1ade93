"""The research summary: one paragraph, a little more technical than the simple explanation.

Per role (objective, methods, main results, conclusion) it takes the clearest pieces of the
paper's sentences after abbreviation expansion, dropping statistics, short lexicon swaps and
clause splitting, then drops the hardest pieces until the paragraph reads at grade 12 or below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.summarize.compose import Context, short_pieces
from scrh.pipeline.summarize.readability import Counts, counts, fkgl, grade_of
from scrh.pipeline.summarize.sentences import ROLES, Sentence

MAX_GRADE = 12.0
_PLAN = (("objective", 1), ("methods", 2), ("results", 3), ("conclusion", 2))
_FINDING = re.compile(
    r"\b(significant\w*|improv\w*|reduc\w*|increas\w*|decreas\w*|associated|effective|"
    r"no (clear |significant )?(difference|change|effect|benefit)|better|worse|lower|higher|"
    r"evidence|found|showed|suggest\w*)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Piece:
    order: int
    text: str
    counts: Counts
    grade: float


def research_summary(ctx: Context, max_grade: float = MAX_GRADE) -> str:
    """One paragraph of the paper's aim, methods, main results and conclusion at or below
    `max_grade` (Flesch-Kincaid)."""
    pool = {role: _pieces(ctx, ctx.by_role(role)) for role, _ in _PLAN}
    chosen = [p for role, count in _PLAN for p in _clearest(pool[role], count, role)]
    if len(chosen) < 3:
        chosen = sorted(_pieces(ctx, ctx.by_role(*ROLES[:-1])), key=lambda p: p.grade)[:6]
    chosen = _fit(sorted(chosen, key=lambda p: p.order), max_grade - 0.5)
    if grade_of(p.counts for p in chosen) > max_grade:
        chosen = _easiest(_pieces(ctx, ctx.by_role(*ROLES[:-1])), max_grade - 0.5)
    text = " ".join(p.text for p in chosen)
    while fkgl(text) > max_grade and len(chosen) > 1:
        chosen.remove(max(chosen, key=lambda p: p.grade))
        text = " ".join(p.text for p in chosen)
    if fkgl(text) > max_grade:
        plainer = _easiest(_plain_pieces(ctx, ctx.by_role(*ROLES[:-1])), max_grade - 0.5)
        if plainer and grade_of(p.counts for p in plainer) < fkgl(text):
            text = " ".join(p.text for p in plainer)
    return text


def _plain_pieces(ctx: Context, sentences: list[Sentence]) -> list[_Piece]:
    """Short pieces of the plain wording of every sentence, for papers whose technical
    wording reads above the target everywhere."""
    return [
        _piece(sentence, n, text)
        for sentence in sentences
        for n, text in enumerate(short_pieces(ctx.plain(sentence), 12))
    ]


def _pieces(ctx: Context, sentences: list[Sentence]) -> list[_Piece]:
    """Pieces of the technical wording, or of the plain wording where that is too hard."""
    out = []
    for sentence in sentences:
        technical = [
            _piece(sentence, n, t) for n, t in enumerate(short_pieces(ctx.technical(sentence), 20))
        ]
        if any(p.grade > MAX_GRADE for p in technical):
            plain = [
                _piece(sentence, n, t) for n, t in enumerate(short_pieces(ctx.plain(sentence), 16))
            ]
            if grade_of(p.counts for p in plain) < grade_of(p.counts for p in technical):
                technical = plain
        out += technical
    return out


def _piece(sentence: Sentence, n: int, text: str) -> _Piece:
    return _Piece(sentence.index * 10 + n, text, counts(text), fkgl(text))


def _clearest(pieces: list[_Piece], count: int, role: str) -> list[_Piece]:
    """The `count` easiest pieces, results and conclusions preferring stated findings."""

    def cost(piece: _Piece) -> float:
        bonus = 3.0 if role in ("results", "conclusion") and _FINDING.search(piece.text) else 0.0
        return piece.grade - bonus

    return sorted(pieces, key=lambda p: (cost(p), p.order))[:count]


def _fit(chosen: list[_Piece], target: float) -> list[_Piece]:
    """Drop the hardest pieces (keeping two) until the paragraph reads at `target`."""
    chosen = list(chosen)
    while len(chosen) > 2 and grade_of(p.counts for p in chosen) > target:
        chosen.remove(max(chosen, key=lambda p: p.grade))
    return chosen


def _easiest(every: list[_Piece], target: float, most: int = 5) -> list[_Piece]:
    """The paper's easiest pieces, in paper order, as many as keep the paragraph at `target`
    (at least two)."""
    ranked = sorted(every, key=lambda p: (p.grade, p.order))
    chosen = ranked[:2]
    for piece in ranked[2:]:
        if len(chosen) >= most or grade_of(p.counts for p in [*chosen, piece]) > target:
            break
        chosen.append(piece)
    return sorted(chosen, key=lambda p: p.order)
