"""The simple explanation: problem, what was done, what was found, what it may mean."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.compose import Context, _short_pieces
from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.readability import fkgl

MIN_WORDS, MAX_WORDS, MAX_GRADE = 120, 220, 8.0

_DONE = {
    "systematic_review_meta_analysis": "The researchers gathered earlier studies on this question "
    "and pooled their results{who}.",
    "systematic_review": "The researchers searched for earlier studies on this question and "
    "summed up their results{who}.",
    "scoping_review": "The researchers mapped what earlier studies have looked at.",
    "narrative_review": "The authors read earlier research and summed up what is known.",
    "rct": "The researchers split {who_plain} into groups by chance and compared them.",
    "non_randomized_trial": "The researchers tried a treatment with {who_plain}.",
    "prospective_cohort": "The researchers followed {who_plain} over time.",
    "retrospective_cohort": "The researchers looked back at the health records of {who_plain}.",
    "case_control": "The researchers compared people who had a condition with people who did not.",
    "cross_sectional": "The researchers studied {who_plain} at one point in time.",
    "case_series": "The researchers describe what happened to {who_plain}.",
    "case_report": "The authors describe the care of one person.",
    "qualitative": "The researchers talked with {who_plain} about their own experiences.",
    "mixed_methods": "The researchers used both numbers and interviews with {who_plain}.",
    "animal_study": "The researchers did their tests in {who_plain}, not in people.",
    "in_vitro": "The researchers did their tests on cells in the lab, not in people.",
    "guideline": "Experts wrote advice based on the research they reviewed.",
    "protocol": "The authors describe the plan for a study that is still to come.",
    "other": "The authors describe their work on this topic.",
}
_CAVEATS = (
    "One study on its own rarely settles a question.",
    "Talk with your care team before you change any part of your care.",
    "The key findings below show which parts of the paper each point comes from.",
)


def simple_explanation(ctx: Context, duration: str) -> str:
    """120-220 plain words at a reading grade of about 8 or below."""
    parts = {
        "problem": _best(ctx, ("background", "objective"), 2),
        "done": [_done(ctx)] + _duration_line(duration),
        "found": _best(ctx, ("results",), 3) or _best(ctx, ("conclusion",), 2),
        "means": _best(ctx, ("conclusion",), 2) + [ctx.evidence.meaning],
    }
    if not parts["problem"]:
        parts["problem"] = ["This paper is about spinal cord injury research."]
    parts["found"] = ["Here is what they found."] + parts["found"] if parts["found"] else []
    parts["means"] = ["What might this mean?"] + [p for p in parts["means"] if p]
    return _fit(parts)


def _done(ctx: Context) -> str:
    who_plain = _who_plain(ctx)
    template = _DONE.get(ctx.evidence.design_code, _DONE["other"])
    who = f", with {ctx.participants.who.lower()} in all" if ctx.participants.who else ""
    return template.format(who=who, who_plain=who_plain)


def _who_plain(ctx: Context) -> str:
    participants = ctx.participants
    if participants.who:
        who = participants.who
        return who[0].lower() + who[1:] if not who[:2].isupper() else who
    if ctx.evidence.design_code == "animal_study":
        match = re.search(
            r"\b(rats|mice|rodents|axolotls|zebrafish|pigs|dogs|monkeys)\b",
            " ".join(s.text for s in ctx.sentences),
            re.I,
        )
        return match.group(1).lower() if match else "animals"
    return "a group of people"


def _duration_line(duration: str) -> list[str]:
    if duration == NOT_SPECIFIED:
        return []
    return [f"The time covered was {duration}."]


def _best(ctx: Context, roles: tuple[str, ...], limit: int) -> list[str]:
    """The easiest-to-read plain pieces of the sentences with these roles, in paper order."""
    pieces: list[tuple[int, float, str]] = []
    for sentence in ctx.by_role(*roles):
        for order, piece in enumerate(_short_pieces(ctx.plain(sentence))):
            pieces.append((sentence.index * 10 + order, fkgl(piece), piece))
    easy = [p for p in pieces if p[1] <= 11]
    easy = sorted(easy, key=lambda p: p[1])[:limit]
    return [p[2] for p in sorted(easy)]


def _fit(parts: dict[str, list[str]]) -> str:
    """Join the parts, then drop the hardest paper pieces and add caveats until it fits."""
    order = ("problem", "done", "found", "means")
    while True:
        text = " ".join(p for key in order for p in parts[key])
        words = len(text.split())
        if words > MAX_WORDS or (fkgl(text) > MAX_GRADE and words > MIN_WORDS):
            if not _drop_hardest(parts):
                break
            continue
        break
    extras = list(_CAVEATS)
    while len(text.split()) < MIN_WORDS and extras:
        parts["means"].append(extras.pop(0))
        text = " ".join(p for key in order for p in parts[key])
    return text


def _drop_hardest(parts: dict[str, list[str]]) -> bool:
    candidates = [
        (fkgl(p), key, i)
        for key in ("problem", "found", "means")
        for i, p in enumerate(parts[key])
        if not p.endswith("?") and len(parts[key]) > 1
    ]
    if not candidates:
        return False
    _, key, i = max(candidates)
    del parts[key][i]
    return True
