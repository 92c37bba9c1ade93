"""Our own sentences about the study, built from its facts: the aim, who was studied, what
each group got, how long it lasted, how sure the authors are and how small it was."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import DurationFact
from scrh.pipeline.summarize.glossary import definitions, is_hard, terms_in
from scrh.pipeline.summarize.plain import (
    expand_abbreviations,
    indefinite_article,
    safe_swaps,
    swap_phrases,
    third_person,
    with_article,
)
from scrh.pipeline.summarize.writers.designs import is_pilot
from scrh.pipeline.summarize.writers.draft import Draft, tidy
from scrh.pipeline.summarize.writers.study import (
    NO_SAMPLE,
    REVIEWS,
    case_person,
    completers_only,
    species,
    total_words,
    who_phrase,
)

SMALL_SAMPLE = 50  # fewer people than this is a small study; a larger one may still be


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
        if index in facts.count.sources:
            continue  # "The authors studied 24 rats ...": the line on who was studied tells it
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
        text = facts.title + " " + " ".join(s.text for s in facts.sentences)
        hurt = " with a spinal cord injury" if _INJURED_ANIMALS.search(text) else ""
        return f"This study was done in {species(draft)}{hurt}."
    if draft.code == "case_report":
        person = case_person(draft)
        told = safe_swaps(person[0], draft.names) if person else phrase or "one person"
        return f"The paper is about {told}."
    if phrase and completers_only(draft):
        return f"{phrase[:1].upper()}{phrase[1:]} completed the study."
    if phrase:
        return f"The study included {phrase}."
    return ""


_TREATED_WITH = re.compile(
    r"\b(?:trained|treated|training|treatment|therapy|rehabilitation|intervention|"
    r"stimulation)\s+(?:with|using)\s+(?P<what>(?:an?|the)\s+[^,.;:]{3,70}?|[a-z][^,.;:]{3,70}?)"
    r"(?=[,.;:]|\s+(?:aimed|for|in|to|at|over|during|and then|was|were|which|that)\b|$)",
    re.I,
)
_POINTS_BACK = re.compile(r"^(?:this|these|that|those|it|them)\b", re.I)


# the animals themselves had the injury: "a mouse model of chronic SCI", "spinalized rats"
_INJURED_ANIMALS = re.compile(
    r"\b(?:(?:mouse|murine|rat|rodent|animal)\s+models?\s+of\s+(?:\w+\s+){0,2}(?:SCI|spinal "
    r"cord injur\w*)|spinali[sz]ed|(?:injured|transected|contused)\s+(?:adult\s+)?(?:mice|rats|"
    r"animals)|(?:mice|rats|animals)\s+(?:with|after|following)\s+(?:a\s+)?(?:\w+\s+){0,2}"
    r"(?:SCI|spinal cord injur\w*|transection|contusion))",
    re.I,
)


def treatment_line(draft: Draft) -> str:
    """ "The treatment was training with a robotic exoskeleton." from a methods or aim
    sentence of a trial that names no groups."""
    if draft.code not in ("rct", "non_randomized_trial") or any(
        g.received.strip() for g in draft.facts.groups
    ):
        return ""
    for sentence in draft.facts.sentences:
        if sentence.role not in ("methods", "objective", "other") and sentence.index > 3:
            continue
        text = re.sub(r"\s*\([^()]*\)", "", sentence.text)
        match = _TREATED_WITH.search(text)
        if not match or _POINTS_BACK.match(match.group("what")):
            continue
        what = match.group("what").strip()
        if len(what.split()) > 10:
            continue
        what = _explained(expand_abbreviations(what, draft.facts.abbreviations))
        line = tidy(f"The treatment used {what}.")
        if draft.acceptable(line):
            return line
    return ""


def _explained(phrase: str) -> str:
    """The phrase with its first hard term explained in brackets: "a robotic exoskeleton (a
    wearable robotic frame that helps a person stand or walk)"."""
    known = definitions()
    for term in terms_in(phrase, known):
        meaning = known[term].rstrip(".")
        if is_hard(term) and len(meaning.split()) <= 12 and not meaning.startswith("Describes"):
            at = phrase.lower().index(term.lower()) + len(term)
            return f"{phrase[:at]} ({meaning[:1].lower()}{meaning[1:]}){phrase[at:]}"
    return phrase


def group_lines(draft: Draft) -> list[str]:
    """What each group got: "One group got ... The other group got ..." (the comparison group
    last), or "Everyone got ..." for a single group."""
    groups = sorted(
        (g for g in draft.facts.groups if g.received.strip()), key=lambda g: g.is_control
    )[:3]
    if not groups or draft.code == "protocol":  # a planned study's groups have got nothing yet
        return []
    if draft.code in NO_SAMPLE or draft.code in REVIEWS:
        return []  # an overview or a review has no groups of its own
    if len(groups) == 1 and len(draft.facts.groups) > 1:
        return []  # only one group's treatment is known: "Everyone got it" would be false
    if len(groups) == 1:
        leads = ["Everyone"]
    elif len(groups) == 2:
        leads = ["One group", "The other group"]
    else:
        leads = ["One group", "Another group", "A third group"]
    out = []
    for lead, group in zip(leads, groups, strict=False):
        received = group.received.strip().rstrip(".")
        first = received.split()[0] if received.split() else ""
        if first[1:].islower():  # "Training alone" -> "training alone"; "ChABC" is a name
            received = received[:1].lower() + received[1:]
        received = with_article(received)  # "an information booklet"
        if _COMPOUND_START.match(received):
            received = f"{indefinite_article(received)} {received}"
        verb = "" if _VERB_FIRST.match(received) else " got"  # "used the app", "received care"
        line = tidy(
            swap_phrases(
                expand_abbreviations(f"{lead}{verb} {received}", draft.facts.abbreviations),
                draft.names,
            )
        )
        if draft.acceptable(line) and not re.search(r"\bgot (got|received|used|had)\b", line):
            out.append(line)
    return out if len(out) == len(groups) else []


_VERB_FIRST = re.compile(
    r"^(received|used|got|underwent|had|took|did|wore|kept|continued|performed|completed|"
    r"practi[sc]ed|trained|followed|attended|walked|exercised|[a-z]+ed)\b",
    re.I,
)
_PERIOD = re.compile(r"^(?P<a>.*\b(?:19|20)\d\d)\s+to\s+(?P<b>.*\b(?:19|20)\d\d)$")
_SPAN = re.compile(r"^[\w.]+[- ](?:days?|weeks?|months?|years?)$", re.I)
_SPAN_NOUN = re.compile(r"^[\w.]+-(?:day|week|month|year|session)(?:\s+[a-z-]+){1,4}$", re.I)


_LENGTH = re.compile(
    r"\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[- ](day|week|month|year)s?\b",
    re.I,
)
_COMPOUND_START = re.compile(r"^(\d+|[a-z]+)-(day|week|month|year|session|hour|minute)\b", re.I)


def span_of(text: str) -> str:
    """The length in a duration phrase as "12 weeks" ("about 3.7 years" for a median or
    mean), or "" when it names none."""
    length = _LENGTH.search(text)
    if not length:
        return ""
    number, unit = length.group(1), length.group(2).lower()
    plural = "" if number.lower() in ("1", "one") else "s"
    about = "about " if re.search(r"\b(median|mean|average)\b", text, re.I) else ""
    return f"{about}{number} {unit}{plural}"


def duration_line(draft: Draft) -> str:
    """How long the study, the treatment or the follow-up lasted, in the paper's words."""
    if draft.code == "protocol":  # planned, not yet lasted
        return ""
    facts = draft.facts.duration
    treated = next((f for f in facts if f.kind == "intervention"), None)
    point = next(
        (f for f in facts if f.kind == "follow_up" and FOLLOW_UP_POINT.match(f.text)), None
    )
    if point is not None:
        # "a 3-month follow-up" is a check at that time: after the treatment, when one is
        # named, rather than how long people were followed
        told = _duration_line(draft, treated) if treated is not None else ""
        checked = f"{_followed(draft)} checked again at a {point.text.strip().rstrip('.')}."
        return f"{told} {checked}".strip()
    for fact in facts:
        line = _duration_line(draft, fact)
        if line:
            return line
    return ""


FOLLOW_UP_POINT = re.compile(r"^\s*\d+[- ](?:day|week|month|year)s?[- ]follow-?up\.?$", re.I)


def _duration_line(draft: Draft, fact: DurationFact) -> str:
    text = fact.text.split(";")[0].strip().rstrip(".")
    period = _PERIOD.match(text)
    if period:
        return f"The study covered the time from {period.group('a')} to {period.group('b')}."
    span = span_of(text)
    if span and fact.kind in ("intervention", "follow_up"):
        if fact.kind == "intervention":
            return f"The treatment lasted {span}."
        return f"{_followed(draft)} followed for {span}."
    if _SPAN.match(text):
        if fact.kind == "follow_up":
            return f"{_followed(draft)} followed for {text}."
        if fact.kind == "intervention":
            return f"The treatment lasted {text}."
        return f"The study covered {text}."
    named = re.match(r"^([a-z][\w -]{2,30}) \((\S+ (?:days?|weeks?|months?|years?))\)$", text)
    if named:
        return f"The {named.group(1)} lasted {named.group(2)}."
    sessions = re.match(r"^(\d+|[a-z]+)(?:-session| sessions of) ([a-z][\w -]{2,40})$", text, re.I)
    if sessions:
        return f"The {sessions.group(2)} had {sessions.group(1)} sessions."
    if _SPAN_NOUN.match(text):
        article = indefinite_article(text)
        return f"The study covered {article} {text}."
    return ""  # a length we cannot put in plain words is left to the duration field


def _followed(draft: Draft) -> str:
    """Who was followed up: "The animals were", "The person was", "People were"."""
    if draft.animals:
        return "The animals were"
    if draft.code == "case_report":
        return "The person was"
    return "People were"


def certainty_line(draft: Draft) -> str:
    """How sure the authors sound, never surer than their own words."""
    conclusion = draft.facts.conclusion
    if conclusion is None:
        return ""
    if conclusion.certainty == "uncertain":
        return "The authors say the evidence is not strong enough to be sure."
    return ""


def small_line(draft: Draft) -> str:
    """A caveat for a pilot study or a small sample of people."""
    total = draft.facts.count.total
    people = draft.facts.population.kind == "humans" and draft.code not in REVIEWS
    if is_pilot(draft) and draft.code not in REVIEWS + NO_SAMPLE:
        return "This was a small first test, so bigger studies are needed to be sure."
    if people and total is not None and 2 < total < SMALL_SAMPLE and total_words(draft):
        return (
            f"Only {total_words(draft)} people "
            f"{'completed it' if completers_only(draft) else 'took part'}, "
            "so the results need checking in "
            "more people."
        )
    return ""
