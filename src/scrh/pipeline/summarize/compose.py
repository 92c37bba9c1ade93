"""Writing the summary's prose fields from the paper's own sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrh.pipeline.summarize.model import Evidence, KeyFinding
from scrh.pipeline.summarize.participants import Participants
from scrh.pipeline.summarize.plain import plain_sentence, split_long
from scrh.pipeline.summarize.readability import fkgl
from scrh.pipeline.summarize.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Context:
    """What the writers share: the sentences, abbreviations, design and participants."""

    title: str
    sentences: list[Sentence]
    abbreviations: dict[str, str]
    evidence: Evidence
    participants: Participants
    _plain: dict[int, str] = field(default_factory=dict, compare=False, repr=False)

    def by_role(self, *roles: str) -> list[Sentence]:
        return [s for s in self.sentences if s.role in roles]

    def technical(self, sentence: Sentence) -> str:
        """The sentence for the research summary: statistics dropped, abbreviations written
        out, only short lexicon swaps."""
        key = -1 - sentence.index
        if key not in self._plain:
            self._plain[key] = plain_sentence(sentence.text, self.abbreviations, 3)
        return self._plain[key]

    def plain(self, sentence: Sentence) -> str:
        """The sentence in plain words (worked out once per summary)."""
        if sentence.index not in self._plain:
            self._plain[sentence.index] = plain_sentence(sentence.text, self.abbreviations)
        return self._plain[sentence.index]


def short_pieces(text: str, max_words: int = 18) -> list[str]:
    """Plain text as short sentences."""
    return [p for p in split_long(text, max_words) if len(p.split()) >= 4 and _wordy(p)]


def _wordy(piece: str) -> bool:
    """Not a string of numbers: few figures and no "respectively"."""
    figures = len(re.findall(r"\d+(?:\.\d+)?", piece))
    return figures <= 3 and "respectively" not in piece


def key_findings(ctx: Context, limit: int = 5) -> list[KeyFinding]:
    """2-5 findings from results and conclusions, each pointing at its source sentence."""
    pool = ctx.by_role("results") or ctx.by_role("conclusion") or ctx.by_role("background")
    pool = pool + [s for s in ctx.by_role("conclusion") if s not in pool]
    if len(pool) < 2:
        pool = pool + [s for s in ctx.sentences if s not in pool and s.role != "other"]
    ranked = sorted(pool, key=lambda s: (-_finding_score(s), s.index))[:limit]
    out = []
    for sentence in sorted(ranked, key=lambda s: s.index):
        text = ctx.plain(sentence)
        if len(text.split()) >= 4:
            out.append(KeyFinding(text=_capital(text), sources=[sentence.index]))
    return out


def _finding_score(sentence: Sentence) -> float:
    text = sentence.text
    score = {"results": 3.0, "conclusion": 2.0}.get(sentence.role, 0.0)
    if re.search(
        r"\b(significant\w*|improv\w*|reduc\w*|increas\w*|decreas\w*|associated|"
        r"no (difference|change|effect)|better|worse|lower|higher)\b",
        text,
        re.I,
    ):
        score += 1.0
    if len(text.split()) < 8:
        score -= 1.0
    return score


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def fits(text: str, grade: float) -> bool:
    """True when the text reads at or below `grade`."""
    return fkgl(text) <= grade
