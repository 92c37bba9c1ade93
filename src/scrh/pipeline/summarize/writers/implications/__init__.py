"""Practical implications (2-4 items, a title that states the point and one plain sentence):
what this paper's result could mean for a person with spinal cord injury, their family or care
team, and how sure we can be.

The first item is chosen by the kind of question the paper answers (kinds.py) and worded from
its facts (meaning.py); then the authors' own message, told as theirs (found.py); then how far
the result carries for this design and count (sure.py); one care-team line only for a
treatment tested in people that helped. The paper's main result in plain words comes first
only when nothing specific can be said about what it means."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication, KeyFinding
from scrh.pipeline.summarize.writers.designs import sure_line
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import key_findings
from scrh.pipeline.summarize.writers.implications.found import (
    found,
    last_resort,
    main_findings,
    taken,
)
from scrh.pipeline.summarize.writers.implications.harms import harms
from scrh.pipeline.summarize.writers.implications.kinds import question
from scrh.pipeline.summarize.writers.implications.lesson import (
    ADVICE,
    cause,
    lead,
    lesson,
    reads_plainly,
)
from scrh.pipeline.summarize.writers.implications.meaning import (
    meaning,
    other_null,
    with_lab_methods,
)
from scrh.pipeline.summarize.writers.implications.sure import care, sure
from scrh.pipeline.summarize.writers.implications.who import who_it_fits
from scrh.pipeline.summarize.writers.implications.words import CARE

__all__ = ["implications"]


def implications(draft: Draft, written: list[KeyFinding] | None = None) -> list[Implication]:
    """2-4 items specific to this paper. `written`: the summary's key findings, when already
    written."""
    findings = main_findings(draft, key_findings(draft) if written is None else written)
    first = with_lab_methods(draft, meaning(draft))
    kind = question(draft)
    result, result_at = found(draft, findings)
    taught = lesson(draft) or cause(draft)
    if taught is not None and kind == "views":
        first = None  # what services can learn is the authors' own lesson, not a stock line
    authors = taught or taken(draft, result_at if first is None else -1, findings)
    # with no specific meaning, the authors' lesson before the bare result (a filler then)
    chosen = [first or taught or result]
    conclusion = draft.facts.conclusion
    open_question = conclusion is not None and conclusion.certainty == "uncertain"
    directed = any(
        result_at in r.sources and r.direction not in ("unknown", "no_difference")
        for r in draft.facts.results
    )
    # what the studies show together, then how firm that is; for an open question only an
    # effect the studies found (the next item says how unsure it is), never a flaw
    if first is not None and result is not None and kind == "review":
        chosen[:0] = [result] if directed or not open_question else []
    if first is not None and result is not None and kind == "lab":
        # what was seen in the animals or cells, told as not in people, when it reads plainly;
        # else what the authors see in it, as a lead still to be tested in people
        plain = reads_plainly(result.text, rare=1)
        chosen.append(lead(draft) or (result if plain else None))
    advice = authors is not None and (authors is taught or authors.title == ADVICE)
    # the authors' advice before the caveats; their reading of the result after them
    chosen += [
        authors if advice else None,
        other_null(draft),
        sure(draft),
        harms(draft),
        who_it_fits(draft),
        care(draft),
        None if advice else authors,
    ]
    out: list[Implication] = []
    for item in chosen:
        _add(out, item)
    told = set(draft.facts.conclusion.sources) if authors and draft.facts.conclusion else set()
    fillers = (
        None if result_at in told else result,
        last_resort(draft),
        _sure_item(draft),
        Implication(
            title="Too little to go on",
            text="The abstract gives too few details to judge what this study could mean for you.",
        ),
    )
    for item in fillers:
        if len(out) >= 2:
            break
        _add(out, item)
    # a result told again is not an implication: the key findings tell it; two specific
    # items are better than a third that repeats one
    return out[:4]


def _add(out: list[Implication], item: Implication | None) -> None:
    """Adds `item` unless it repeats one already there or is a second care-team line."""
    if item is None or any(item.title == o.title or _same(item.text, o.text) for o in out):
        return
    if CARE in item.text and any(CARE in o.text for o in out):
        return
    out.append(item)


def _sure_item(draft: Draft) -> Implication | None:
    line = sure_line(draft)
    return Implication(title="How sure we can be", text=line) if line else None


def _same(one: str, other: str) -> bool:
    """The same sentence, or one told inside the other ("The authors say X." and "X.")."""
    a, b = (re.sub(r"\W+", " ", t).lower().strip() for t in (one, other))
    if a == b or (min(len(a), len(b)) > 40 and (a in b or b in a)):
        return True
    # "Sex and catheter time were risk factors of X." after "This study linked X with sex
    # and catheter time; …": the item adds nothing
    words = {w for w in a.split() if len(w) > 3}
    return len(words) >= 5 and len(words & set(b.split())) >= 0.8 * len(words)
