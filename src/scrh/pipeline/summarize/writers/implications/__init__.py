"""Practical implications (2-4 items, a title that states the point and one plain sentence):
what this paper's result could mean for a person with spinal cord injury, their family or care
team, and how sure we can be.

The first item is chosen by the kind of question the paper answers (kinds.py) and worded from
its facts (meaning.py); then the authors' own message, told as theirs (found.py); then how far
the result carries for this design and count (sure.py); one care-team line only for a
treatment tested in people that helped. The paper's main result in plain words comes first
only when nothing specific can be said about what it means."""

from __future__ import annotations

from scrh.pipeline.summarize.model import Implication, KeyFinding
from scrh.pipeline.summarize.writers.designs import sure_line
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import key_findings
from scrh.pipeline.summarize.writers.implications.found import (
    ADVICE,
    also,
    found,
    last_resort,
    main_findings,
    taken,
)
from scrh.pipeline.summarize.writers.implications.kinds import question
from scrh.pipeline.summarize.writers.implications.meaning import meaning, other_null
from scrh.pipeline.summarize.writers.implications.sure import care, sure
from scrh.pipeline.summarize.writers.implications.words import CARE

__all__ = ["implications"]


def implications(draft: Draft, written: list[KeyFinding] | None = None) -> list[Implication]:
    """2-4 items specific to this paper. `written`: the summary's key findings, when already
    written."""
    findings = main_findings(draft, key_findings(draft) if written is None else written)
    first = meaning(draft)
    result, result_at = found(draft, findings)
    authors = taken(draft, result_at if first is None else -1, findings)
    chosen = [first] if first is not None else [result]
    conclusion = draft.facts.conclusion
    open_question = conclusion is not None and conclusion.certainty == "uncertain"
    if (
        first is not None
        and result is not None
        and question(draft) == "review"
        and not open_question
    ):
        chosen.insert(0, result)  # what the studies show together, then how firm that is
    if first is not None and result is not None and question(draft) == "lab":
        chosen.append(result)  # what was seen in the animals or cells, told as not in people
    advice = authors is not None and authors.title == ADVICE
    # the authors' advice before the caveats; their reading of the result after them
    chosen += [authors if advice else None, other_null(draft), sure(draft), care(draft)]
    chosen += [None if advice else authors]
    out: list[Implication] = []
    for item in chosen:
        _add(out, item)
    told = set(draft.facts.conclusion.sources) if authors and draft.facts.conclusion else set()
    fillers = (
        None if result_at in told else result,
        also(draft, findings, {result_at}),
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
    if len(out) < 3 and first is not None and result_at not in told:
        # a thin page also gets the main result itself; the items above say how far it carries
        _add(out, found(draft, findings, whence=False)[0])
    return out[:4]


def _add(out: list[Implication], item: Implication | None) -> None:
    """Adds `item` unless it repeats one already there or is a second care-team line."""
    if item is None or any(item.title == o.title or item.text == o.text for o in out):
        return
    if CARE in item.text and any(CARE in o.text for o in out):
        return
    out.append(item)


def _sure_item(draft: Draft) -> Implication | None:
    line = sure_line(draft)
    return Implication(title="How sure we can be", text=line) if line else None
