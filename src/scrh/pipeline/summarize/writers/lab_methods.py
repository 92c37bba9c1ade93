"""What an animal or cell study used to find its results, in plain words ("The researchers
used light to switch chosen nerve cells on or off and recordings of nerve signals."): lab
abstracts often tell their methods only inside a result ("Using optogenetics, we show …"),
which the plain form of that result drops."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.data import load
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.study import REVIEWS

MAX_METHODS = 3
NO_OWN_METHODS = REVIEWS + ("narrative_review",)


@cache
def _methods() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(entry["pattern"], re.I), entry["plain"])
        for entry in load("lab_methods.json")["methods"]
    )


def methods_used(text: str) -> list[str]:
    """The plain names of the lab methods `text` names, in the order it names them."""
    found: dict[str, int] = {}
    for pattern, plain in _methods():
        match = pattern.search(text)
        if match and plain not in found:
            found[plain] = match.start()
    # a method told with a clause of its own ("light to switch …") goes last, so "and"
    # never seems to join the next method to that clause
    return sorted(found, key=lambda plain: (bool(_CLAUSE.search(plain)), found[plain]))


_CLAUSE = re.compile(r" (?:to|that) ")


def study_methods(draft: Draft) -> list[str]:
    """The lab methods an animal or cell study used, from the sentences that tell this study
    (not its background); none for a review, whose studies used them, not its authors."""
    if not (draft.animals or draft.cells) or draft.code in NO_OWN_METHODS:
        return []
    own = " ".join(s.text for s in draft.facts.sentences if s.role != "background")
    return methods_used(own)


def lab_methods_line(draft: Draft) -> str:
    """ "The researchers used A, B and C." for an animal or cell study; "" when it names
    none."""
    used = study_methods(draft)[:MAX_METHODS]
    if not used:
        return ""
    listed = used[0] if len(used) == 1 else ", ".join(used[:-1]) + " and " + used[-1]
    return f"The researchers used {listed}."
