"""The simple explanation: problem, what was done, what was found, what it may mean."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.compose import Context, short_pieces
from scrh.pipeline.summarize.glossary import definitions, terms_in
from scrh.pipeline.summarize.model import NOT_SPECIFIED
from scrh.pipeline.summarize.plain import apply_lexicon, expand_abbreviations, plain_sentence
from scrh.pipeline.summarize.readability import fkgl

MIN_WORDS, MAX_WORDS, MAX_GRADE = 120, 220, 8.0

_DONE = {
    "systematic_review_meta_analysis": "The researchers gathered earlier studies on this question "
    "and combined their results{who}.",
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
_FIXED = ("Here is what they found.",)
_CAVEATS = (
    "One study on its own rarely settles a question.",
    "Talk with your care team before you change any part of your care.",
    "The key findings below show which parts of the paper each point comes from.",
    "This summary is based on the abstract, which is a short version of the paper.",
    "Ask your doctor or therapist what these results could mean for you.",
    "Research moves step by step, and later studies may change the picture.",
)


def simple_explanation(ctx: Context, duration: str) -> str:
    """120-220 plain words at a reading grade of about 8 or below."""
    parts = {
        "problem": _best(ctx, ("background", "objective"), 2),
        "words": [],
        "done": [_done(ctx)] + _duration_line(duration),
        "found": _best(ctx, ("results",), 10) or _best(ctx, ("conclusion",), 3),
        "means": _best(ctx, ("conclusion",), 4),
    }
    if not parts["problem"]:
        parts["problem"] = [f"This paper is about {_topic(ctx)}."]
    parts["found"] = ["Here is what they found."] + parts["found"] if parts["found"] else []
    parts["means"] = [
        *parts["means"],
        *certainty(ctx),
        ctx.evidence.meaning,
    ]
    _trim(parts)
    _pad(parts, ctx)
    return _join(parts)


def _topic(ctx: Context) -> str:
    title = ctx.title.rstrip(".")
    plain = plain_sentence(title, ctx.abbreviations)
    return plain[0].lower() + plain[1:] if not plain[:2].isupper() else plain


def _done(ctx: Context) -> str:
    who_plain = _who_plain(ctx)
    template = _DONE.get(ctx.evidence.design_code, _DONE["other"])
    who = ""
    if ctx.participants.who:
        plain_who = apply_lexicon(expand_abbreviations(ctx.participants.who, ctx.abbreviations))
        who = f", with {_lower_words(plain_who)} in all"
    return template.format(who=who, who_plain=who_plain)


def _lower_words(text: str) -> str:
    """Lower case, except short forms written in capitals ("RCTs", "SCI")."""
    return " ".join(w if re.search(r"[A-Z].*[A-Z]", w) else w.lower() for w in text.split())


def _who_plain(ctx: Context) -> str:
    participants = ctx.participants
    if participants.who:
        who = expand_abbreviations(participants.who, ctx.abbreviations)
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
    return [f"Time frame: {duration}."]


def _best(ctx: Context, roles: tuple[str, ...], limit: int) -> list[str]:
    """The easiest-to-read plain pieces of the sentences with these roles, in paper order."""
    pieces: list[tuple[int, float, str]] = []
    for sentence in ctx.by_role(*roles):
        for order, piece in enumerate(short_pieces(ctx.plain(sentence))):
            pieces.append((sentence.index * 10 + order, fkgl(piece), piece))
    easy = sorted((p for p in pieces if p[1] <= 16), key=lambda p: p[1])[:limit]
    return [p[2] for p in sorted(easy)]


_GRADE = r"(?:very low|low|moderate|high)"
_CERTAINTY = re.compile(
    rf"\b(?P<levels>{_GRADE}(?:(?:[- ]to[- ]|,? or |,? and ){_GRADE})*)[- ]"
    rf"(?P<noun>quality|certainty)\b(?=[\s-]+evidence)|"
    rf"\bevidence (?:[\w-]+ ){{0,5}}?(?:was|is|were) "
    rf"(?:of |mostly of |rated as )?(?P<levels2>{_GRADE}(?:(?:[- ]to[- ]| or | and ){_GRADE})*)"
    rf"[- ](?P<noun2>quality|certainty)\b",
    re.I,
)


def certainty(ctx: Context) -> list[str]:
    """ "The authors judged the evidence to be of low quality." when the paper grades it."""
    levels: dict[str, None] = {}
    noun = ""
    for sentence in ctx.sentences:
        for match in _CERTAINTY.finditer(sentence.text):
            words = match.group("levels") or match.group("levels2")
            noun = noun or (match.group("noun") or match.group("noun2")).lower()
            for level in re.findall(_GRADE, words, re.I):
                levels[level.lower()] = None
    if not levels:
        return []
    ordered = sorted(levels, key=["very low", "low", "moderate", "high"].index)
    return [f"The authors judged the evidence to be of {' to '.join(_ends(ordered))} {noun}."]


def _ends(levels: list[str]) -> list[str]:
    return [levels[0]] if len(levels) == 1 else [levels[0], levels[-1]]


_ORDER = ("problem", "words", "done", "found", "means")


def _join(parts: dict[str, list[str]]) -> str:
    return " ".join(p for key in _ORDER for p in parts[key])


def _trim(parts: dict[str, list[str]]) -> None:
    """Drop the hardest paper pieces while the text is too long or reads above grade 8."""
    while True:
        text = _join(parts)
        words = len(text.split())
        too_hard = fkgl(text) > MAX_GRADE and words > MIN_WORDS * 0.6
        if not (words > MAX_WORDS or too_hard) or not _drop_hardest(parts):
            return


def _pad(parts: dict[str, list[str]], ctx: Context) -> None:
    """Add plain definitions of the paper's key terms, then general caveats, up to 120 words."""
    extras = [("words", d) for d in term_definitions(ctx)] + [("means", c) for c in _CAVEATS]
    for key, text in extras:
        if len(_join(parts).split()) >= MIN_WORDS:
            return
        parts[key].append(text)


def term_definitions(ctx: Context, limit: int = 4) -> list[str]:
    """ "Paraplegia means ..." for the hardest lexicon terms the abstract uses."""
    known = definitions()
    text = " ".join(s.text for s in ctx.sentences)
    found = [(t, known[t]) for t in terms_in(text, known) if len(known[t].split()) <= 22]
    found.sort(key=lambda item: (-len(item[0]), item[0]))
    out = []
    for term, definition in found[: limit * 3]:
        verb = "" if definition.startswith("Describes") else "means "
        out.append(f"{term[0].upper()}{term[1:]} {verb}{definition[0].lower()}{definition[1:]}")
        if len(out) >= limit:
            break
    return out


def _drop_hardest(parts: dict[str, list[str]]) -> bool:
    candidates = [
        (fkgl(p), key, i)
        for key in ("problem", "found", "means")
        for i, p in enumerate(parts[key])
        if not p.endswith("?") and p not in _FIXED and _removable(parts, key)
    ]
    if not candidates:
        return False
    _, key, i = max(candidates)
    del parts[key][i]
    return True


def _removable(parts: dict[str, list[str]], key: str) -> bool:
    """Keep at least one sentence of the problem and one finding."""
    keep = {"problem": 1, "found": 2, "means": 2}[key]
    return len(parts[key]) > keep
