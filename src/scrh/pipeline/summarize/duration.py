"""How long the study ran: study period, intervention length or follow-up.

Read as `facts.duration` documents; this module keeps the older text entry point."""

from __future__ import annotations

from scrh.pipeline.summarize.facts.duration import find_durations
from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.sentences import Sentence


def find_duration(sentences: list[Sentence], design_code: str = "other") -> str:
    """The stated durations (at most two), in the paper's words, or "Not specified"."""
    found = find_durations(sentences, design_code)
    return "; ".join(f.text for f in found[:2]) if found else NOT_SPECIFIED
