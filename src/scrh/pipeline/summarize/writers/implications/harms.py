"""What the study reports about side effects and harms of what was tried, told as an item of
its own: readers weigh a treatment's risks as much as its benefits."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.kinds import question
from scrh.pipeline.summarize.writers.implications.words import few, people

TITLE = "Side effects seen in this study"

_HARM = (
    r"(?:adverse (?:events?|effects?|reactions?)|side[- ]effects?|harms?|complications?|"
    r"serious (?:events?|problems?))"
)
# a sentence that reports harms, or their absence, as events of this study: "No serious
# adverse events occurred", "Side effects included …", never "the choice may depend on
# side effects"
_HARMS = re.compile(
    rf"\b(?:no|without|few|rare|minor|mild|only)\b[^.;]{{0,40}}\b{_HARM}\b"
    rf"|\b{_HARM}[^.;]{{0,50}}?\b(?:occurred|reported|recorded|observed|seen|included|developed|"
    r"noted|was the only|were (?:mild|rare|minor|transient|few|similar|uncommon))\b",
    re.I,
)
_OWN_ROLES = ("results", "conclusion")


def harms(draft: Draft) -> Implication | None:
    """The first result sentence on harms of a treatment tested in people, in plain words,
    with how small the study was when it was small (rare harms may not show); None when the
    paper reports none or tested no treatment in people."""
    if draft.animals or draft.cells or draft.facts.population.kind != "humans":
        return None
    if question(draft) not in ("helped", "no_difference", "tested"):
        return None
    for sentence in draft.facts.sentences:
        if sentence.role not in _OWN_ROLES or not _HARMS.search(sentence.text):
            continue
        text = draft.plain(sentence.index, max_words=30, max_grade=12.0)
        if not text or not _HARMS.search(text):
            continue  # the plain form lost the harms it was chosen for
        # one sentence: "… group. No serious …" reads "… group; no serious …"
        told = re.sub(
            r"\.\s+(No|The|There|These|Other|All)\b", lambda m: "; " + m.group(1).lower(), text
        ).rstrip(".")
        if few(draft):
            told += f"; with only {people(draft)}, rarer problems may not have shown up"
        return Implication(title=TITLE, text=f"{told}.")
    return None
