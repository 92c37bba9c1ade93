"""The simple explanation, built from the facts in a fixed order: the problem; who or what
was studied; what was done; what was found; what it means and how sure we can be.

Our own sentences carry the structure; a paper sentence appears only in a form that passed the
grammar guard. 120-220 words at a reading grade of 8 or below: the hardest reused sentences go
first when the text is too long or too hard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.summarize.glossary import definitions, terms_in
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.plain import expand_abbreviations, swap_phrases, third_person
from scrh.pipeline.summarize.writers.designs import done_line, is_pilot, sure_line
from scrh.pipeline.summarize.writers.draft import Draft, tidy
from scrh.pipeline.summarize.writers.grade import graded_certainty
from scrh.pipeline.summarize.writers.grammar import looks_whole
from scrh.pipeline.summarize.writers.results import CHANCE, plain_result, ranked
from scrh.pipeline.summarize.writers.study import (
    NO_SAMPLE,
    REVIEWS,
    species,
    total_words,
    who_phrase,
)

MIN_WORDS, MAX_WORDS, MAX_GRADE = 120, 220, 8.0
SMALL_SAMPLE = 30
_ORDER = ("problem", "who", "done", "found", "means")


@dataclass
class _Line:
    part: str
    text: str
    keep: bool = False  # needed: dropped only when nothing else brings the grade down
    ours: bool = True  # built by our templates (a paper sentence when False)


def simple_explanation(draft: Draft) -> str:
    """120-220 plain words at a reading grade of 8 or below."""
    lines = [
        *_problem(draft),
        *_who(draft),
        *_done(draft),
        *_found(draft),
        *_means(draft),
    ]
    lines = _unique(lines)
    lines = _trim(lines, draft)
    lines = _pad(lines, draft)
    return _join(lines)


def _unique(lines: list[_Line]) -> list[_Line]:
    """Each sentence once (a result can also be the authors' conclusion)."""
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.text.lower() not in seen:
            seen.add(line.text.lower())
            out.append(line)
    return out


def _problem(draft: Draft) -> list[_Line]:
    from scrh.pipeline.summarize.writers.topics import problem_line

    out = []
    line = "" if draft.animals or draft.cells else problem_line(draft)
    if line:
        out.append(_Line("problem", line, keep=True))
    aim = aim_line(draft)
    if aim:
        out.append(_Line("problem", aim, keep=not line))
    elif not line and draft.facts.title.strip():
        title = " ".join(draft.facts.title.split()).rstrip(".")
        out.append(_Line("problem", f'This paper is called "{title}."', keep=True, ours=False))
    return out


_AIM_VERB = re.compile(
    r"\b(?:aim(?:ed|s)? (?:was |were |is )?to|objective (?:was|is) to|purpose (?:was|is) to|"
    r"sought to|set out to|was to|were to|we wanted to|in order to|designed to|here,? we)\s+"
    r"(?:investigate|evaluate|assess|examine|determine|explore|test|identify|understand|"
    r"compare|describe|establish|characteri[sz]e|report|ask|find out|clarify|analy[sz]e|"
    r"quantify|measure)\s+"
    r"(?P<rest>(?:whether|if|how|what|which|why|the|a|an|factors|changes|differences)\b.*)$",
    re.I,
)


def aim_line(draft: Draft) -> str:
    """ "The researchers wanted to find out whether ..." from the aim sentence, when its
    plain form is a whole sentence."""
    facts = draft.facts
    for index in facts.aim:
        text = facts.sentences[index].text
        match = _AIM_VERB.search(re.sub(r"\s*[\(\[][^()\[\]]*[\)\]]", "", text))
        if match:
            rest = match.group("rest").rstrip(" .")
            rest = swap_phrases(
                third_person(expand_abbreviations(rest, facts.abbreviations)), draft.names
            )
            lead = "find out" if re.match(r"(whether|if|how|what|which|why)\b", rest) else "learn"
            verb = lead if lead == "find out" else "learn about"
            subject = "The authors" if draft.code in REVIEWS + NO_SAMPLE else "The researchers"
            line = tidy(f"{subject} wanted to {verb} {rest}")
            if draft.grade([line]) <= 14 and draft.acceptable(line):
                return line
        plain = draft.plain(index, max_words=28, max_grade=11)
        if plain:
            return plain
    return ""


def who_line(draft: Draft) -> str:
    """Who or what was studied, with the count."""
    facts = draft.facts
    phrase = who_phrase(draft)
    if draft.code in REVIEWS:
        studies = facts.count.studies
        if studies and total_words(draft, studies):
            people = f" with {total_words(draft)} people in all" if total_words(draft) else ""
            found = total_words(draft, studies)
            return f"The authors brought together {found} earlier studies{people}."
        return "The authors brought together earlier studies on this question."
    if draft.code in NO_SAMPLE:
        return ""
    if draft.cells:
        return "This study was done with cells in the lab, not in people."
    if draft.animals:
        if phrase:
            return f"This study used {phrase}."
        return f"This study was done in {species(draft)}."
    if draft.code == "case_report":
        return f"The paper is about {phrase or 'one person'}."
    if phrase:
        return f"The study included {phrase}."
    return ""


def _who(draft: Draft) -> list[_Line]:
    line = who_line(draft)
    return [_Line("who", line, keep=True)] if line else []


def _done(draft: Draft) -> list[_Line]:
    out = []
    done = done_line(draft)
    if done and not who_line(draft):
        done = done.replace(" them", " the animals" if draft.animals else " the people studied")
    if done:
        out.append(_Line("done", done, keep=True))
    out += [_Line("done", line) for line in group_lines(draft)]
    duration = duration_line(draft)
    if duration:
        out.append(_Line("done", duration, keep=True))
    return out


def group_lines(draft: Draft) -> list[str]:
    """What each group got: "One group got ... The other group got ..." (the comparison group
    last), or "Everyone got ..." for a single group."""
    groups = sorted(
        (g for g in draft.facts.groups if g.received.strip()), key=lambda g: g.is_control
    )[:3]
    if not groups:
        return []
    if len(groups) == 1:
        leads = ["Everyone got"]
    elif len(groups) == 2:
        leads = ["One group got", "The other group got"]
    else:
        leads = ["One group got", "Another group got", "A third group got"]
    out = []
    for lead, group in zip(leads, groups, strict=False):
        received = group.received.strip().rstrip(".")
        received = received[:1].lower() + received[1:] if received[1:2].islower() else received
        line = tidy(
            swap_phrases(
                expand_abbreviations(f"{lead} {received}", draft.facts.abbreviations), draft.names
            )
        )
        if draft.acceptable(line):
            out.append(line)
    return out if len(out) == len(groups) else []


_PERIOD = re.compile(r"^(?P<a>.*\b(?:19|20)\d\d)\s+to\s+(?P<b>.*\b(?:19|20)\d\d)$")
_SPAN = re.compile(r"^[\w.]+[- ](?:days?|weeks?|months?|years?)$", re.I)
_SPAN_NOUN = re.compile(r"^[\w.]+-(?:day|week|month|year|session)(?:\s+[a-z-]+){1,4}$", re.I)


def duration_line(draft: Draft) -> str:
    """How long the study, the treatment or the follow-up lasted, in the paper's words."""
    if not draft.facts.duration:
        return ""
    fact = draft.facts.duration[0]
    text = fact.text.split(";")[0].strip().rstrip(".")
    period = _PERIOD.match(text)
    if period:
        return f"The study covered the time from {period.group('a')} to {period.group('b')}."
    if _SPAN.match(text):
        if fact.kind == "follow_up":
            who = "The animals" if draft.animals else "People"
            return f"{who} were followed for {text}."
        if fact.kind == "intervention":
            return f"The treatment lasted {text}."
        return f"The study covered {text}."
    named = re.match(r"^([a-z][\w -]{2,30}) \((\S+ (?:days?|weeks?|months?|years?))\)$", text)
    if named:
        return f"The {named.group(1)} lasted {named.group(2)}."
    if _SPAN_NOUN.match(text):
        article = "an" if re.match(r"(8|11|18|eight|eleven|eighteen)\b", text, re.I) else "a"
        return f"The study covered {article} {text}."
    return f"The paper states a time frame of {text}."


def _found(draft: Draft) -> list[_Line]:
    out: list[_Line] = []
    for max_words, max_grade in ((30, 12.0), (32, 18.0)):
        for result in ranked(draft.facts.results):
            if len(out) >= 6 or (out and max_grade > 12):
                break
            text = plain_result(draft, result, max_words=max_words, max_grade=max_grade)
            if not text or any(line.text == text for line in out):
                continue
            out.append(_Line("found", text, keep=not out, ours=False))
            if (
                result.significant is True
                and _COMPARES.search(text)
                and not _NEGATED.search(text)
                and "chance" not in text
            ):
                out.append(_Line("found", CHANCE))
    if not out:
        from scrh.pipeline.summarize.writers.findings import main_points

        for point in main_points(draft, set(draft.facts.aim), 4):
            text = draft.plain(point.sources[0], max_words=30, max_grade=16)
            if text and all(line.text != text for line in out):
                out.append(_Line("found", text, keep=not out, ours=False))
    if out:
        lead = "Here is what they found." if draft.facts.results else "Here are the main points."
        out.insert(0, _Line("found", lead, keep=True))
    return out


_NEGATED = re.compile(r"\b(not|no|nor|neither|never|without|failed|unclear)\b", re.I)
_COMPARES = re.compile(
    r"\b(difference|differ\w*|higher|lower|more|less|fewer|greater|improv\w*|reduc\w*|"
    r"increas\w*|decreas\w*|compared|better|worse)\b",
    re.I,
)


def _means(draft: Draft) -> list[_Line]:
    facts = draft.facts
    out: list[_Line] = []
    conclusion = facts.conclusion
    if conclusion:
        for index in conclusion.sources[:2]:
            text = draft.plain(index, max_words=28, max_grade=10)
            if text and not any(text == line.text for line in out):
                out.append(_Line("means", text, keep=not out, ours=False))
    for line in graded_certainty(facts):
        out.append(_Line("means", line, keep=True))
    hedge = certainty_line(draft)
    if hedge:
        out.append(_Line("means", hedge, keep=True))
    if draft.animals:
        out.append(_Line("means", f"This was in {species(draft)}, not people.", keep=True))
    out.append(_Line("means", sure_line(draft), keep=True))
    small = small_line(draft)
    if small:
        out.append(_Line("means", small, keep=True))
    return out


def certainty_line(draft: Draft) -> str:
    """How sure the authors sound, never surer than their own words."""
    conclusion = draft.facts.conclusion
    if conclusion is None:
        return ""
    if conclusion.certainty == "uncertain":
        return "The authors say the evidence is not strong enough to be sure."
    if conclusion.certainty == "tentative" and conclusion.hedges:
        return "The authors word their conclusion carefully, so it is a hint rather than proof."
    return ""


def small_line(draft: Draft) -> str:
    """A caveat for a pilot study or a small sample of people."""
    total = draft.facts.count.total
    people = draft.facts.population.kind == "humans" and draft.code not in REVIEWS
    if is_pilot(draft) and draft.code not in REVIEWS + NO_SAMPLE:
        return "This was a small first test, so bigger studies are needed to be sure."
    if people and total is not None and 2 < total < SMALL_SAMPLE and total_words(draft):
        return (
            f"Only {total_words(draft)} people took part, so the results need checking in "
            "more people."
        )
    return ""


def _join(lines: list[_Line]) -> str:
    order = {part: n for n, part in enumerate(_ORDER)}
    ordered = sorted(enumerate(lines), key=lambda p: (order[p[1].part], p[0]))
    return " ".join(line.text for _, line in ordered)


def _trim(lines: list[_Line], draft: Draft) -> list[_Line]:
    """Drop the hardest droppable lines while the text is too long or too hard."""
    lines = list(lines)
    while True:
        text = _join(lines)
        words = len(text.split())
        too_hard = draft.grade([line.text for line in lines]) > MAX_GRADE
        if not (words > MAX_WORDS or too_hard):
            return lines
        droppable = (
            [line for line in lines if not line.keep]
            or [line for line in lines if not line.ours and line.part == "problem"]
            or [line for line in lines if not line.ours]
        )
        if not droppable:
            return lines
        hardest = max(droppable, key=lambda line: (draft.grade([line.text]), len(line.text)))
        lines = _drop(lines, hardest)


def _drop(lines: list[_Line], line: _Line) -> list[_Line]:
    """Remove a line and the chance sentence that explains it."""
    at = lines.index(line)
    out = lines[:at] + lines[at + 1 :]
    if at < len(out) and out[at].text == CHANCE:
        del out[at]
    if not any(other.part == "found" and not other.ours for other in out):
        out = [other for other in out if other.part != "found"]
    return out


def _pad(lines: list[_Line], draft: Draft) -> list[_Line]:
    """Up to 120 words: scale notes, then plain definitions of the terms used, then the
    paper's own background, then general notes that hold for any study."""
    extras = [
        *(_Line("done", line) for line in measured(draft)),
        *(_Line("found", note) for note in scale_notes(draft)),
        *(_Line("means", line) for line in hedge_words(draft)),
        *(_Line("means", d) for d in term_definitions(_join(lines))),
        *(_Line("problem", b) for b in background(draft)),
        *(_Line("means", note) for note in _GENERAL),
    ]
    lines = list(lines)
    for extra in extras:
        text = _join(lines)
        grade = draft.grade([line.text for line in lines])
        if len(text.split()) >= MIN_WORDS and grade <= MAX_GRADE:
            break
        if extra.text in text:
            continue
        trial = [*lines, extra]
        before = draft.grade([line.text for line in lines])
        after = draft.grade([line.text for line in trial])
        if after <= max(MAX_GRADE, before) and len(_join(trial).split()) <= MAX_WORDS:
            lines = trial
    return lines


_GENERAL = (
    "This summary is based on the abstract, which is a short version of the paper.",
    "One study on its own rarely settles a question.",
    "Research moves step by step, and later studies may change the picture.",
    "Talk with your care team before you change any part of your care.",
    "Each key finding below points to the part of the abstract it comes from.",
    "Ask your doctor or therapist what these results could mean for you.",
    "Findings like these are a step toward new ideas for care, not a change in care today.",
    'In research papers, words such as "may" and "suggest" mean the authors are not yet sure.',
)


def measured(draft: Draft) -> list[str]:
    """ "They measured pain, walking speed and quality of life." """
    concepts = list(
        dict.fromkeys(
            re.sub(r"\s*\([^()]*\)", "", o.concept) for o in draft.facts.outcomes if o.concept
        )
    )[:3]
    if not concepts:
        return []
    joiner = ", as well as " if any(" and " in c for c in concepts) else " and "
    listed = concepts[0] if len(concepts) == 1 else ", ".join(concepts[:-1]) + joiner + concepts[-1]
    return [f"The researchers measured {listed}."]


def hedge_words(draft: Draft) -> list[str]:
    """The authors' own careful words, quoted."""
    conclusion = draft.facts.conclusion
    words = [h for h in (conclusion.hedges if conclusion else ()) if " " not in h][:2]
    if not words:
        return []
    quoted = " and ".join(f'"{w}"' for w in words)
    return [f"In their conclusion the authors use careful words such as {quoted}."]


def scale_notes(draft: Draft) -> list[str]:
    """How to read the scores of the instruments the paper names."""
    text = " ".join(s.text for s in draft.facts.sentences)
    out = []
    for measure in find_measures(text)[:2]:
        concept = re.sub(r"\s*\([^()]*\)", "", measure.concept)
        if measure.better in ("lower", "higher") and measure.range is not None:
            out.append(
                f"The {measure.name} measures {concept}, and a {measure.better} score is better."
            )
    return out


def term_definitions(text: str, limit: int = 3) -> list[str]:
    """ "Paraplegia means ..." for lexicon terms used in the text."""
    known = definitions()
    out = []
    for term in terms_in(text, known):
        definition = known[term].rstrip(".")
        if len(definition.split()) > 18 or len(term) < 6:
            continue
        if definition.startswith("Describes"):
            line = f"{term[0].upper()}{term[1:]} describes {definition[10:]}."
        else:
            line = f"{term[0].upper()}{term[1:]} means {definition[0].lower()}{definition[1:]}."
        if looks_whole(line, 30):
            out.append(line)
        if len(out) >= limit:
            break
    return out


def background(draft: Draft) -> list[str]:
    """The paper's first background sentences in plain form."""
    out = []
    for sentence in draft.facts.sentences[:3]:
        if sentence.role == "background":
            text = draft.plain(sentence.index, max_words=24, max_grade=9)
            if text:
                out.append(text)
    return out[:2]
