"""Practical implications from this paper's findings, population and design: what it could
mean for a person with spinal cord injury and how sure we can be (2-4 items).

Every item names what the paper is about (its treatment or topic), who was studied and how,
so two papers rarely share a line; nothing promises a benefit the study did not show, and at
most one item mentions the care team, tied to the paper's own topic."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.model import ResultFact
from scrh.pipeline.summarize.model import Implication, KeyFinding
from scrh.pipeline.summarize.plain import expand_abbreviations
from scrh.pipeline.summarize.writers.designs import (
    declared_not_randomised,
    explained,
    is_crossover,
    is_pilot,
    sure_line,
)
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.findings import key_findings, sentence_kinds
from scrh.pipeline.summarize.writers.grammar import has_clear_verb
from scrh.pipeline.summarize.writers.lines import SMALL_SAMPLE, span_of
from scrh.pipeline.summarize.writers.results import outcome_words, ranked
from scrh.pipeline.summarize.writers.study import NO_SAMPLE, REVIEWS, species, total_words
from scrh.pipeline.summarize.writers.subject import (
    as_written,
    one_arm,
    one_person,
    review_subject,
    topic,
    topic_of,
    treatment,
)

_TRIALS = ("rct", "non_randomized_trial")
_LINKS = ("prospective_cohort", "retrospective_cohort", "case_control", "cross_sectional")
_RISK = re.compile(r"\b(risk|predict\w*|factors?|complications?|incidence|prevalence)\b", re.I)
_CARE = "care team"
_CONDITIONS = frozenset(
    {
        "nerve pain",
        "bladder infections",
        "bladder care",
        "pressure sores",
        "pain",
        "shoulder pain",
        "bone health",
        "mood and mental health",
        "blood pressure control",
    }
)
# topics of everyday care a person could raise with their care team (not lab devices)
_CLINICAL = _CONDITIONS | {
    "bowel care",
    "muscle stiffness (spasticity)",
    "muscle spasms",
    "breathing",
    "sex and fertility",
    "pregnancy and childbirth",
    "surgery",
    "walking aids",
}
_NULL_WORDS = re.compile(
    r"\b(no|not|non-?)\s*(statistically\s+)?significant|\bdid not (significantly )?(differ|"
    r"change|improve|reduce)|\bno (clear |significant )?differences?\b|\bsimilar between\b",
    re.I,
)
_TESTED = re.compile(
    r"\bstatistically significant|\bsignificantly (higher|lower|more|less|greater|smaller|"
    r"better|worse|improv\w*|reduc\w*|increas\w*|decreas\w*|differ\w*|fell|rose)\b|"
    r"\bsignificant (difference|improvement|"
    r"increase|decrease|reduction|change|effect|gain|correlation|association)|\b[pP]\s*[<=≤]",
    re.I,
)


def implications(draft: Draft, written: list[KeyFinding] | None = None) -> list[Implication]:
    """2-4 items, each a short title and one sentence, specific to this paper: what it found
    and in whom, what the authors take from it, and how far that carries for a reader.
    `written`: the summary's key findings, when already written."""
    out: list[Implication] = []
    findings = _main_findings(draft, key_findings(draft) if written is None else written)
    found, found_at = _found(draft, findings)
    taken = _taken(draft, found_at, findings)
    main = _main(draft)
    also = None
    if sum(i is not None for i in (found, taken, main)) < 3:
        also = _also(draft, findings, {found_at} | _sources(taken, draft))
    for item in (found, taken, main, _pilot(draft), _care(draft), also):
        if item is None or any(item.title == o.title or item.text == o.text for o in out):
            continue
        if _CARE in item.text and any(_CARE in o.text for o in out):
            continue  # one care-team line at most
        out.append(item)
    line = sure_line(draft)
    for extra in (
        _last_resort(draft),
        Implication(title="How sure we can be", text=line) if line else None,
        Implication(
            title="Too little to go on",
            text="The abstract gives too few details to judge what this study could mean for you.",
        ),
    ):
        if len(out) >= 2:
            break
        if extra is not None and all(extra.title != o.title and extra.text != o.text for o in out):
            out.append(extra)
    return out[:4]


_MAX_WORDS = 30


def _sources(item: Implication | None, draft: Draft) -> set[int]:
    """The conclusion sentences, once the authors' take is told."""
    if item is None or draft.facts.conclusion is None:
        return set()
    return set(draft.facts.conclusion.sources)


def _main_findings(draft: Draft, found: list[KeyFinding]) -> list[tuple[int, str]]:
    """This paper's main results as (sentence, key finding text), main first: the key findings
    that state a finding (never background, an aim or a call for more research)."""
    facts = draft.facts
    kind = sentence_kinds(draft)
    out: list[tuple[int, str]] = []
    wanted: tuple[str, ...] = ("finding",)
    if draft.code == "narrative_review":  # a review states its points as it opens
        wanted = ("finding", "coverage", "background")
    results = {r.sources[0] for r in facts.results if r.sources and r.direction != "unknown"}
    for finding in found:
        for index in finding.sources[:1]:
            told = kind.get(index) in wanted or (index in results and kind.get(index) != "aim")
            if told and all(index != i for i, _ in out):
                out.append((index, finding.text))
    if not out and draft.code == "other" and len(facts.sentences) <= 2:
        # a short note with no study section: its sentences are its points
        out = [(f.sources[0], f.text) for f in found if f.sources]
    return out


def _plain_sentence(draft: Draft, index: int, shown: str = "") -> str:
    """Sentence `index` in plain words within 30 words, else the key finding's own text when
    that is as short; "" when it leans on a sentence before it ("These data ...")."""
    text = draft.plain(index, max_words=_MAX_WORDS, max_grade=16.0, strict=False) or ""
    if not text and shown and len(shown.split()) <= _MAX_WORDS:
        text = shown
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text, maxsplit=1)[0]
    if first != text:  # a plain form told as two sentences: the item keeps the first
        text = first if len(first.split()) >= 6 else ""
    if ";" in text:  # "X eased pain; a controlled trial is needed." keeps its first clause
        head = text.split(";", 1)[0].strip()
        text = f"{head}." if len(head.split()) >= 4 else ""
    if not text or _BACK_REFERENCE.search(text) or len(text.split()) > _MAX_WORDS:
        return ""
    if _ABOUT_QUALITY.search(text) or (len(text.split()) < 10 and not has_clear_verb(text)):
        return ""  # how good the studies were is a limitation, not what was found
    return text


_ABOUT_QUALITY = re.compile(
    r"\b(risk of bias|methodological|heterogeneity|quality of (the )?evidence|certainty of "
    r"(the )?evidence|rate ratio|odds ratio|hazard ratio)\b",
    re.I,
)


def _found(draft: Draft, findings: list[tuple[int, str]]) -> tuple[Implication | None, int]:
    """The main result in plain words, with who it comes from and how many."""
    if draft.code == "protocol":
        return None, -1
    conclusion = set(draft.facts.conclusion.sources) if draft.facts.conclusion else set()
    # a result before the authors' conclusion; the conclusion only when no result reads plain
    order = sorted(range(len(findings)), key=lambda n: (findings[n][0] in conclusion, n))
    for number in order:
        index, shown = findings[number]
        text = _plain_sentence(draft, index, shown)
        if text:
            title = _found_title(draft)
            whence = _whence(draft)
            if _NO_LINK_FOUND.search(text):  # a link caveat fits a link, not its absence
                whence = whence.replace(", and a link is not proof of a cause", "")
            return Implication(title=title, text=f"{text[:-1]}; {whence}."), index
    return None, -1


def _found_title(draft: Draft) -> str:
    code = draft.code
    if code == "narrative_review":
        subject = review_subject(draft) or topic(draft) or treatment(draft)
        return f"The review's main point on {subject}" if subject else "The review's main point"
    if code in REVIEWS:
        studies = draft.facts.count.studies
        written = total_words(draft, studies) if studies else ""
        return f"What {written} studies found" if written else "What the studies found"
    if draft.animals:
        return f"What was found in {species(draft)}"
    if draft.cells:
        return "What was found in cells"
    if one_person(draft):
        return "What happened for one person"
    people = _people(draft)
    return f"What was found in {people}" if people else "What the study found"


def _whence(draft: Draft) -> str:
    """Where the result comes from, in plain words: who, how many and what kind of study."""
    code = draft.code
    studies = draft.facts.count.studies
    written = total_words(draft, studies) if studies else ""
    if draft.animals:
        if code in REVIEWS:
            many = f"{written} studies" if written else "studies"
            return f"this comes from {many} in {species(draft)}, not in people"
        return f"this was seen in {species(draft)}, not in people"
    if draft.cells:
        return "this was seen in cells in the lab, not in people"
    if code in REVIEWS:
        total = draft.facts.count.total
        people = f" with {total_words(draft)} people" if total and total != studies else ""
        many = f"{written} studies{people}" if written else "the studies it brings together"
        return f"this is what {many} show together"
    if code == "narrative_review":
        return "this is the authors' reading of earlier research, not a new test"
    if code == "guideline":
        return "this is the experts' advice, based on the research they reviewed"
    if one_person(draft):
        return "this is what happened for one person, so it may not apply to others"
    if draft.facts.population.kind != "humans":
        return "this is what the study reports"  # who was studied is not clear
    people = _people(draft)
    total = draft.facts.count.total or 0
    few = "only " if people and 2 < total < SMALL_SAMPLE else ""
    if code == "qualitative":
        return (
            f"this comes from what {few}{people} said"
            if people
            else "this comes from what people said"
        )
    who = f"{few}{people}" if people else "the people studied"
    if code == "retrospective_cohort":  # the design item says it shows links, not causes
        return f"this comes from the records of {who}"
    if code in _LINKS:
        return f"this comes from {who}, and a link is not proof of a cause"
    bigger = ", so a bigger study is needed to be sure" if few else ""
    if code == "rct":
        return f"this comes from a trial in {who}{bigger}"
    if code in ("non_randomized_trial", "case_series") and is_pilot(draft):
        return f"this comes from an early test in {who}{bigger}"
    if draft.facts.design.variant == "single_arm_trial":
        return f"this comes from a trial in {who} with no comparison group described{bigger}"
    return f"this comes from {who}{bigger}"


_NO_LINK_FOUND = re.compile(
    r"\b(no clear|no|not|none|neither|nor)\b[^.;]{0,60}\b(factors?|links?|associations?|"
    r"differences?|relationships?|predictors?|effects?)\b|\bdid not (differ|predict)",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"^(this|these|that|those|it|they|such|both)\b|\b(these|this|such|the above) (findings|"
    r"results|data|observations)\b|\bthose of\b|^(the )?(data|results) (do|did|were|are)\b",
    re.I,
)


def _taken(draft: Draft, found_at: int, findings: list[tuple[int, str]]) -> Implication | None:
    """What the authors take from it: their conclusion in plain words, told as theirs."""
    conclusion = draft.facts.conclusion
    if conclusion is None or draft.code == "protocol":
        return None
    kind = sentence_kinds(draft)
    for index in conclusion.sources:
        if index == found_at or kind.get(index) != "finding":
            continue
        text = _plain_sentence(draft, index, dict(findings).get(index, ""))
        if not text:
            continue
        if re.match(r"(the authors|the researchers)\b", text, re.I):
            return Implication(title="What the authors take from it", text=text)
        opened = _opened(draft, text)
        if opened:
            return Implication(
                title="What the authors take from it",
                text=f"In the authors' view, {opened}",
            )
    return None


_COMMON_OPENERS = frozenset(
    [
        "the",
        "this",
        "these",
        "that",
        "a",
        "an",
        "in",
        "for",
        "early",
        "both",
        "all",
        "most",
        "some",
        "each",
        "people",
        "patients",
        "participants",
        "adults",
        "children",
        "women",
        "men",
        "treatment",
        "training",
    ]
)


def _opened(draft: Draft, text: str) -> str:
    """The sentence with its first word lower-cased when that is safe (a common word, or one
    the abstract itself writes in lower case), else ""."""
    first = text.split(" ", 1)[0]
    bare = first.strip(",;:")
    if not bare.isalpha() or any(c.isupper() for c in bare[1:]):
        return ""
    lowered = bare.lower()
    written = " ".join(s.text for s in draft.facts.sentences)
    if lowered in _COMMON_OPENERS or re.search(rf"(?<![.!?]\s)\b{lowered}\b", written):
        return lowered + text[len(bare) :]
    return ""


def main_result(draft: Draft) -> ResultFact | None:
    """The first ranked result that names its outcome, else the first."""
    results = ranked(draft.facts.results)
    return next((r for r in results if r.outcome), results[0] if results else None)


def _about(draft: Draft) -> str:
    """ "on robot-assisted gait training" / "on bladder infections" / ""."""
    what = treatment(draft) or topic(draft)
    return f" on {what}" if what else ""


def _people(draft: Draft) -> str:
    """ "38 people", "one person", else ""."""
    total = draft.facts.count.total
    written = as_written(draft, total)
    if not total or not written or draft.facts.population.kind != "humans" or draft.animals:
        return ""
    return "one person" if total == 1 else f"{written} people"


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(text: str, words: int = 6) -> bool:
    return 0 < len(text.split()) <= words


def _null(result: ResultFact | None) -> bool:
    return result is not None and (
        result.direction == "no_difference" or result.significant is False
    )


def _finding(draft: Draft) -> str:
    """What the main result showed, as a clause built from its facts, or "" when its own
    sentence does not state the test (a null or a significant difference) in so many words."""
    results = ranked(draft.facts.results)
    first = results[0] if results else None
    if first is None:
        return ""
    sentence = draft.facts.text(first.sources[:1])
    roles = {
        draft.facts.sentences[i].role
        for i in first.sources[:1]
        if 0 <= i < len(draft.facts.sentences)
    }
    if roles & {"background", "objective"}:
        return ""  # a sentence about the field, not this study's result
    plain = expand_abbreviations(sentence, draft.facts.abbreviations)
    outcome = outcome_words(first) or topic_of(plain, outcomes_only=True)
    on = f" on {outcome}" if outcome else ""
    null_said = not sentence or bool(_NULL_WORDS.search(sentence))
    tested = not sentence or (bool(_TESTED.search(sentence)) and not _NULL_WORDS.search(sentence))
    if _null(first) and (first.primary or outcome) and null_said:
        return f"the main result{on} showed no clear difference"
    if first.significant is True and tested:
        if first.direction == "better":
            return f"the main result{on} favoured the treatment, by more than chance would explain"
        if first.direction != "no_difference":
            return f"the main result{on} showed a difference unlikely to be due to chance"
    return ""


def _main(draft: Draft) -> Implication | None:
    code = draft.code
    about = _about(draft)
    if draft.animals:
        return _lab(draft, species(draft))
    if draft.cells:
        return _lab(draft, "cells in the lab")
    if code == "protocol":
        return Implication(
            title="Results still to come",
            text=f"This paper sets out the plan for a study{about}, so it cannot yet say whether "
            "anything works.",
        )
    if code == "narrative_review":
        return _overview(draft)
    if code == "guideline":
        return Implication(
            title="Advice from experts",
            text=f"This advice{about} is only as strong as the research behind it.",
        )
    if code == "case_report":
        return _case(draft)
    if code == "other" and one_person(draft):
        return Implication(
            title="One person, early research",
            text=f"This paper{about} speaks of one person, so it cannot show what would happen "
            "for others, and it gives no treatment you can ask for yet.",
        )
    if code in REVIEWS:
        return _review(draft)
    if code == "qualitative":
        return _views(draft)
    if code in _LINKS:
        return _links(draft)
    if code in _TRIALS:
        return _trial(draft)
    if code == "case_series":
        return _series(draft)
    return None


def _last_resort(draft: Draft) -> Implication | None:
    """When the paper gives little else: what kind of knowledge it adds on its topic."""
    subject = topic(draft)
    on = f" on {subject}" if subject else ""
    if draft.animals or draft.cells:
        kind = species(draft) if draft.animals else "cells in the lab"
        return Implication(
            title="Not a treatment for people yet",
            text=f"This work{on} in {kind} helps explain what happens after the injury, but it "
            "gives nothing that people can be offered yet.",
        )
    if draft.code == "narrative_review" and subject:
        return Implication(
            title=f"Background on {subject}",
            text=f"This review gathers earlier research on {subject}; it tests nothing new and "
            "does not say which option suits you.",
        )
    return None


def _lab(draft: Draft, kind: str) -> Implication | None:
    """Lab or animal work: what it tried is not a treatment for people yet. None when the
    paper names no treatment (the found item already says it was not in people)."""
    tested = treatment(draft) or review_subject(draft)
    if re.fullmatch(r"(drug|treatment|therapy|compound|molecule|intervention|device)s?", tested):
        tested = f"the {tested}"
    if draft.code in REVIEWS:
        studies = draft.facts.count.studies
        written = total_words(draft, studies) if studies else ""
        many = f"{written} studies" if written else "studies"
        about = f" of {tested}" if tested else _about(draft)
        return Implication(
            title=f"Found in {kind}, not yet in people",
            text=f"This review{about} brings together {many} in {kind}, so it gives no "
            "treatment for people yet; anything based on it would first have to be tested "
            "for safety and benefit in people.",
        )
    if not tested:
        subject = topic(draft)
        if not subject:
            return None
        return Implication(
            title="Understanding, not a treatment",
            text=f"This work in {kind} helps scientists understand {subject}"
            + ("" if re.search(r"injury|spinal cord", subject) else " after spinal cord injury")
            + "; it does not give people a new treatment now.",
        )
    return Implication(
        title="Not a treatment for people yet",
        text=f"{_upper(tested)} was tried only in {kind} here, so it is not something people "
        "with spinal cord injury can be offered; it would first have to be tested for safety "
        "and benefit in people.",
    )


def _also(draft: Draft, findings: list[tuple[int, str]], used: set[int]) -> Implication | None:
    """A second main result in plain words, with where it comes from."""
    conclusion = set(draft.facts.conclusion.sources) if draft.facts.conclusion else set()
    for index, shown in findings:
        if index in used or index in conclusion:
            continue
        text = _plain_sentence(draft, index, shown)
        if text:
            again = re.sub(r",\s(?:so|which|and a|not a new)\b.*$", "", _whence(draft))
            return Implication(title="Also found", text=f"{text[:-1]}; {again}.")
    return None


def _review(draft: Draft) -> Implication:
    studies = draft.facts.count.studies
    total = draft.facts.count.total
    people = (
        f"{total_words(draft)} people" if total and total != studies and total_words(draft) else ""
    )
    across = (
        f"across {total_words(draft, studies)} studies" + (f" with {people}" if people else "")
        if studies and total_words(draft, studies)
        else "across the studies"
    )
    about = _about(draft)
    certainty = draft.facts.conclusion.certainty if draft.facts.conclusion else "tentative"
    if certainty == "uncertain":
        return Implication(
            title="The question is still open",
            text=f"The authors found the evidence{about} {across} too weak to be sure, so this "
            "review does not settle the question.",
        )
    first = ranked(draft.facts.results)[0] if draft.facts.results else None
    if first is not None and first.primary and _null(first):
        return Implication(
            title="No clear benefit found",
            text=f"The main result{about} {across} showed no clear difference, so the review "
            "gives no firm reason to expect a change.",
        )
    if certainty == "firm":
        return Implication(
            title="An answer from many studies",
            text=f"Pooling the results{about} {across} gives a sturdier answer than any single "
            "study could.",
        )
    if draft.facts.conclusion is None:
        return Implication(
            title="A pointer, not the final word",
            text=f"The results{about} {across} point one way, but they are only as sure as "
            "those studies.",
        )
    return Implication(
        title="A pointer, not the final word",
        text=f"The results{about} {across} point one way, but the authors word their "
        "conclusion carefully.",
    )


def _views(draft: Draft) -> Implication:
    people = _people(draft)
    of = f"these {people}" if people else "the people in this study"
    subject = topic(draft) or treatment(draft)
    # the topic comes from the title: it names what they spoke about only in an interview study
    on = f" on {subject}" if subject and explained(draft) else ""
    return Implication(
        title=f"What {people} told the researchers" if people else "Hearing from people",
        text=f"The views of {of}{on} can help care teams and families see what matters to "
        "people, but they do not test any treatment and may not match your own experience.",
    )


def _links(draft: Draft) -> Implication:
    code = draft.code
    people = _people(draft)
    subject = topic(draft)
    country = draft.facts.setting.country
    where = f" in {country}" if country else ""
    on = f" on {subject}" if subject else ""
    if code == "retrospective_cohort":
        source = f"the records of {people}{where}" if people else f"past records{where}"
        return Implication(
            title="A look back at records",
            text=f"This study{on} used {source}, so it can show links, not causes.",
        )
    if code == "cross_sectional":
        of = f" of {people}{where}" if people else where
        return Implication(
            title="A snapshot at one time",
            text=f"This snapshot{of}{on} was taken at one point in time, so it shows links, "
            "not causes.",
        )
    of = f" of {people}{where}" if people else where
    return Implication(
        title="A link, not proof",
        text=f"This study{of}{on} can show links, not causes.",
    )


def _trial(draft: Draft) -> Implication:
    code = draft.code
    tested = treatment(draft)
    subject = topic(draft)
    people = _people(draft)
    span = next((span_of(d.text) for d in draft.facts.duration if span_of(d.text)), "")
    over = f" over {span}" if span else ""
    found = _finding(draft)
    of = f" of {tested}" if tested else (f" on {subject}" if subject else "")
    if code == "rct":
        title = f"A fair test of {tested}" if _short(tested) else "A fair test by chance"
        assigned = (
            "tried each option in an order set by chance"
            if is_crossover(draft)
            else "into groups by chance"
        )
        if is_crossover(draft):
            text = f"In this trial{of}, {people or 'everyone'} {assigned}{over}"
        else:
            text = f"This trial{of} put {people or 'people'} {assigned}{over}"
        text = text + (f"; {found}" if found else ", which makes the comparison fair") + "."
        return Implication(title=title, text=text)
    if one_arm(draft):
        caveat = "with no comparison group, other things could explain the changes"
    elif declared_not_randomised(draft):
        caveat = "the groups were not formed by chance, so they may have differed from the start"
    else:
        caveat = "a trial with groups formed by chance is needed to be sure"
    title = f"An early test of {tested}" if _short(tested) else "An early test"
    in_people = f" in {people}" if people else ""
    text = f"This study tried {tested or 'a treatment'}{in_people}{over}" + (
        f"; {found}" if found else ""
    )
    return Implication(title=title, text=f"{text}, but {caveat}.")


def _series(draft: Draft) -> Implication:
    people = _people(draft) or "a few people"
    about = _about(draft)
    alone = " and no comparison group" if one_arm(draft) else ""
    return Implication(
        title=f"What happened to {people}",
        text=f"This report{about} describes {people}; with so few people{alone}, it is an early "
        "sign to follow up, not proof that it would work for others.",
    )


def _pilot(draft: Draft) -> Implication | None:
    """A pilot says what it was for, with its count and what it tried."""
    if not is_pilot(draft) or draft.animals or draft.cells or draft.code in REVIEWS + NO_SAMPLE:
        return None
    people = _people(draft)
    tested = treatment(draft)
    size = f" with {people}" if people else ""
    what = f" whether {tested} can be done" if tested else " whether the approach can be done"
    return Implication(
        title="A first, small step",
        text=f"This was a pilot study{size}, meant to see{what}; bigger studies are needed "
        "before anyone can say it works.",
    )


_LAB = re.compile(
    r"\b(animals?|rats?|mice|mouse|rodents?|pre-?clinical|in vitro|in vivo|experimental "
    r"(models?|studies|research)|laborator\w+)\b",
    re.I,
)


def _overview(draft: Draft) -> Implication | None:
    """A narrative review: background on its subject, and where the research on it stands
    when the abstract says it is still in the lab or in animals."""
    subject = review_subject(draft) or treatment(draft)
    text = " ".join(s.text for s in draft.facts.sentences)
    if subject and _LAB.search(text):
        return Implication(
            title=f"{_upper(subject)}: still being studied",
            text=f"The review brings in research from the lab or in animals, so it does not show "
            f"that {subject} can be offered to people with spinal cord injury today.",
        )
    if subject:
        return Implication(
            title=f"Research on {subject}, not a test",
            text=f"This review sums up earlier research on {subject} and is no new test of it, "
            "so it cannot say whether it would help you.",
        )
    return None


def _case(draft: Draft) -> Implication:
    """A case report: one person's story, and what it could mean for someone in the same
    situation."""
    subject = topic(draft)
    about = _about(draft)
    if subject in _CLINICAL:
        return Implication(
            title=f"One person's story about {subject}",
            text=f"If you face questions about {subject}, you could bring this report to your "
            "care team, but one person's case cannot show what would happen for you.",
        )
    return Implication(
        title="One person's story",
        text=f"This report{about} tells what happened to one person, so it cannot show what "
        "would happen for others.",
    )


def _care(draft: Draft) -> Implication | None:
    """One line for the care team, only when it can name something specific to ask about."""
    if draft.animals or draft.cells or draft.facts.population.kind != "humans":
        return None
    code = draft.code
    tested = treatment(draft)
    subject = topic(draft)
    results = ranked(draft.facts.results)
    first = results[0] if results else None
    total = draft.facts.count.total or 0
    if (
        code == "rct"
        and total >= SMALL_SAMPLE
        and not is_pilot(draft)
        and tested
        and first is not None
        and first.significant is True
        and first.direction == "better"
    ):
        return Implication(
            title=f"Asking about {tested}" if _short(tested) else "Something to ask about",
            text=f"You could ask your care team whether {tested} is offered where you live and "
            "would suit you; this one trial does not show it helps everyone.",
        )
    if code in _LINKS and subject and _RISK.search(draft.facts.title) and subject in _CONDITIONS:
        return Implication(
            title=f"Your own risk of {subject}",
            text=f"Your care team can tell you which of these risk factors for {subject} apply "
            "to you.",
        )
    return None
