"""Findings told as what happened: a tool paper's lines on what its tool gave rather than
the line that only says it was built, and a case report's treatment told together with the
outcome in the next sentence."""

from __future__ import annotations

from scrh.pipeline.summarize.model import KeyFinding
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.finding_kinds import as_built


def tool_findings(draft: Draft, aside: dict[int, str]) -> list[int]:
    """The sentences on what was built, in paper order; the one that only says the authors
    built it ("Here we assemble a workflow to ...") is left out when two others tell what it
    gave or showed."""
    tools = sorted(i for i, why in aside.items() if why == "tool")
    built = [
        i for i in tools if as_built(draft.facts.sentences[i].text) != draft.facts.sentences[i].text
    ]
    gave = [i for i in tools if i not in built]
    return gave if len(gave) >= 2 else tools


CASE_STEP_WORDS = 45  # what was done and what followed, told as one finding


def with_outcomes(out: list[KeyFinding], done: set[int]) -> list[KeyFinding]:
    """A case report's findings with each thing done told together with what followed it in
    the next sentence ("Spinal anaesthesia was given. Blood pressure stayed stable."), so
    that no finding is only a method; when both are too long they stay apart."""
    merged: list[KeyFinding] = []
    skip = False
    for at, found in enumerate(out):
        if skip:
            skip = False
            continue
        after = out[at + 1] if at + 1 < len(out) else None
        step = bool(found.sources) and found.sources[0] in done
        if (
            step
            and after is not None
            and after.sources
            and after.sources[0] not in done
            and after.sources[0] == found.sources[-1] + 1
        ):
            text = f"{found.text.rstrip()} {after.text}"
            if len(text.split()) <= CASE_STEP_WORDS:
                merged.append(KeyFinding(text=text, sources=found.sources + after.sources))
                skip = True
                continue
        merged.append(found)
    return merged
