"""The first item: what this paper's main result could mean for a person with spinal cord
injury, their family or care team, chosen by the kind of question the paper answers and built
from its facts (what was tested or studied, the main result, who and how many). The title
states the point; the sentence never promises more than the study showed."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Implication
from scrh.pipeline.summarize.plain import with_article
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.implications.kinds import (
    NULL_WORDS,
    Question,
    no_link_found,
    question,
)
from scrh.pipeline.summarize.writers.implications.words import (
    about,
    device,
    is_null,
    main_result,
    outcome,
    people,
    reviewed,
    short,
    tested,
    upper,
)
from scrh.pipeline.summarize.writers.lab_methods import study_methods
from scrh.pipeline.summarize.writers.study import species, total_words
from scrh.pipeline.summarize.writers.subject import review_subject, topic

_CLINICAL = frozenset(
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
        "sudden blood pressure spikes (autonomic dysreflexia)",
        "low blood pressure on sitting or standing up",
        "the timing of surgery",
        "bowel care",
        "muscle stiffness (spasticity)",
        "muscle spasms",
        "breathing",
        "sex and fertility",
        "pregnancy and childbirth",
        "surgery",
        "walking aids",
    }
)
# topics a person can be at risk of, as the problem's name
_PROBLEMS = {
    "nerve pain": "nerve pain",
    "shoulder pain": "shoulder pain",
    "pain": "pain",
    "bladder infections": "bladder infections",
    "pressure sores": "pressure sores",
    "muscle stiffness (spasticity)": "muscle stiffness",
    "muscle spasms": "muscle spasms",
    "mood and mental health": "mood problems",
    "blood pressure control": "blood pressure problems",
    "sudden blood pressure spikes (autonomic dysreflexia)": "autonomic dysreflexia",
    "low blood pressure on sitting or standing up": "low blood pressure",
    "breathing": "breathing problems",
}
_FEW_FOR_LINKS = 10
_RECOVERY = re.compile(r"\b(predict\w*|prognos\w*|recovery|outcomes?|improvement)\b", re.I)
_TREATS = re.compile(r"\b(treat\w*|therap\w*|management|manag\w+|interventions?)\b", re.I)
# materials and cell work still being built for repair (a hydrogel, a scaffold)
_MATERIALS = re.compile(
    r"\b(hydrogels?|scaffolds?|biomaterials?|tissue engineering|nanomaterials?|"
    r"nanoparticles?)\b",
    re.I,
)
_LAB = re.compile(
    r"\b(animals?|rats?|mice|mouse|rodents?|pre-?clinical|in vitro|in vivo|experimental "
    r"(models?|studies|research)|laborator\w+)\b",
    re.I,
)


def meaning(draft: Draft) -> Implication | None:
    """What the main result could mean for a reader, or None when the paper's kind of
    question or its facts leave nothing specific to say (the plain result comes first then).
    Worked out once per summary: the simple explanation ends on it too."""
    return draft.remember("meaning", lambda: _meaning(draft))


def _meaning(draft: Draft) -> Implication | None:
    kind: Question = question(draft)
    if kind == "commentary":
        return Implication(
            title="A comment on other research, not new evidence",
            text=f"This piece comments on research by others{about(draft)}; it reports no new "
            "results of its own, so on its own it changes nothing about care.",
        )
    if kind == "model":
        return Implication(
            title="An estimate from a model, not a study of people",
            text="This estimate comes from a computer model built on other studies' numbers; it "
            "can help those who plan services, but it does not show what would happen to you.",
        )
    if kind == "lab":
        return _lab(draft)
    if kind == "protocol":
        return Implication(
            title="No results yet, only a plan",
            text=f"This paper sets out the plan for a study{about(draft)}, so it has no "
            "results yet.",
        )
    if kind == "guideline":
        return Implication(
            title="Expert advice, as strong as its research",
            text=f"This advice{about(draft)} is only as strong as the research behind it.",
        )
    if kind == "overview":
        return _overview(draft)
    if kind == "review":
        return _review(draft)
    if kind == "case":
        return _case(draft)
    if kind == "usability":
        return _usability(draft)
    if kind == "views":
        return _views(draft)
    if kind == "risk":
        return _risk(draft)
    if kind == "link":
        return _link(draft)
    if kind == "helped":
        return _helped(draft)
    if kind == "no_difference":
        return _no_difference(draft)
    return None


def other_null(draft: Draft) -> Implication | None:
    """A trial in people whose main result changed: another outcome its own sentence says did
    not change clearly ("no psychosocial outcomes changed significantly"), so no reader takes
    the benefit to reach it."""
    if question(draft) not in ("helped", "tested"):
        return None
    first = main_result(draft)
    main = outcome(draft, first)
    for result in draft.facts.results:
        if result is first or not is_null(result):
            continue
        if not NULL_WORDS.search(draft.facts.text(result.sources[:1])):
            continue
        what = outcome(draft, result)
        if what and what != main:
            return Implication(
                title=f"No clear change in {what}",
                text=f"The difference in {what} could have been chance, so this study does "
                "not show a benefit there.",
            )
    return None


def _lab(draft: Draft) -> Implication | None:
    """Lab or animal work: an early step, not a treatment for people yet."""
    kind = species(draft) if draft.animals else "cells in the lab"
    short_kind = species(draft) if draft.animals else "cells"
    what = tested(draft) or with_article(review_subject(draft))  # "a drug", not "drug"
    if draft.code in ("systematic_review_meta_analysis", "systematic_review", "scoping_review"):
        studies = draft.facts.count.studies
        written = total_words(draft, studies) if studies else ""
        these = f"These {written} studies" if written else "These studies"
        return Implication(
            title=f"Found in {short_kind}, not yet in people",
            text=f"{these} were done in {kind}, so they give no treatment for people yet.",
        )
    if not what:
        subject = topic(draft)
        if not subject:
            return None
        return Implication(
            title=EARLY_STEP,
            text=f"This work in {kind} helps explain {subject}, but it gives people no new "
            "treatment yet.",
        )
    return Implication(
        title=f"Found in {short_kind}, so no treatment for people yet",
        text=f"{upper(what)} {_was(what)} tried only in {kind}, so this is not a treatment "
        "people can get yet.",
    )


EARLY_STEP = "An early step in understanding, not a treatment"


def with_lab_methods(draft: Draft, item: Implication | None) -> Implication | None:
    """The early-step item told with what the work used ("In mice, this work used light to
    switch chosen nerve cells on or off; it helps explain muscle spasms, …"), so it belongs
    to this study; `item` as it is otherwise."""
    used = study_methods(draft)
    if item is None or item.title != EARLY_STEP or not used:
        return item
    listed = " and ".join(used[:2])
    kind = species(draft) if draft.animals else "cells in the lab"
    subject = topic(draft)
    return Implication(
        title=item.title,
        text=f"In {kind}, this work used {listed}; it helps explain {subject}, but it gives "
        "people no new treatment yet.",
    )


def _was(what: str) -> str:
    """ "was" for one thing, "were" for a plural ("mesenchymal stem cells were tried"); an
    action is one thing ("Silencing these neurons was tried")."""
    if re.match(r"[A-Za-z]+ing\b", what) and not re.match(r"(?:during|bring)\b", what, re.I):
        return "was"
    head = re.sub(r"\s+(?:plus|and|with|for|in|of)\b.*$", "", what).split()[-1].lower()
    return "were" if head.endswith("s") and not head.endswith(("ss", "is", "us")) else "was"


def _overview(draft: Draft) -> Implication | None:
    """A narrative review: what is known so far, and where the research stands."""
    subject = review_subject(draft) or tested(draft) or topic(draft)
    if not subject:
        return None
    text = " ".join(s.text for s in draft.facts.sentences)
    if _LAB.search(text) and (review_subject(draft) or tested(draft)):
        return Implication(
            title=f"Research on {subject} is still at an early stage",
            text="Much of this research is from the lab or animals, so it gives no treatment "
            "people can get today.",
        )
    if _MATERIALS.search(subject) and _MATERIALS.search(draft.facts.title):
        return Implication(
            title=f"Research on {subject} is still at an early stage",
            text=f"This review covers {subject} that are still being developed for repair, so "
            "it offers no treatment that people can get yet.",
        )
    if _TREATS.search(text) and subject in _CLINICAL:  # everyday care to talk over
        return Implication(
            title=f"What is known so far on {subject}",
            text=f"This review sums up research on {subject}; it can help you talk with your "
            "care team, but it tests nothing new.",
        )
    return Implication(
        title=f"Background on {subject}, not a test",
        text=f"This review explains what is known about {subject}, which may help you and your "
        "family understand it.",
    )


def _review(draft: Draft) -> Implication:
    """A systematic review: what the studies show together, and how strong that is."""
    studies = draft.facts.count.studies
    many = total_words(draft, studies) if studies else ""
    across = f"across {many} studies" if many else "across the studies"
    what = tested(draft) or review_subject(draft) or reviewed(draft)
    on = f" on {what}" if what else ""
    conclusion = draft.facts.conclusion
    certainty = conclusion.certainty if conclusion else "tentative"
    first = main_result(draft)
    null = first is not None and first.primary and first.direction == "no_difference"
    if certainty == "uncertain":
        return Implication(
            title=f"The evidence{on} is still too weak to be sure",
            text="The authors found the research too weak to give a firm answer, so the "
            "question is still open.",
        )
    if null:
        return Implication(
            title=f"No clear benefit{on} across studies",
            text=f"The main result {across} showed no clear difference, so there is no firm "
            "reason to expect a benefit.",
        )
    if certainty == "firm":
        return Implication(
            title=f"Many studies{on} point the same way",
            text=f"Pooled results {across} give a firmer answer than any one study could.",
        )
    return Implication(
        title=f"A careful answer{on}, not a firm one",
        text=f"The authors word their conclusion from the results {across} with care, so this "
        "review is a pointer rather than a firm answer.",
    )


def _case(draft: Draft) -> Implication:
    """One person's story: what it may help others notice, never what will happen to them."""
    subject = topic(draft)
    if subject in _CLINICAL:
        return Implication(
            title=f"One person's story about {subject}, not a forecast",
            text=f"This report may help people and care teams think ahead about {subject}, but "
            "one case cannot predict yours.",
        )
    return Implication(
        title="One person's story, not a forecast",
        text=f"This report{about(draft)} tells what happened to one person; it cannot show what "
        "would happen to others.",
    )


def _usability(draft: Draft) -> Implication:
    """A device or app tried for ease of use: practical, not proof of a health benefit."""
    what = tested(draft) or device(draft) or "the device or program"
    return Implication(
        title=f"{upper(what)} was tested for ease of use, not for health"
        if short(what)
        else "Tested for ease of use, not for health",
        text=f"This study asked how easy {what} was to use; that helps its makers, but it does "
        "not show a health benefit.",
    )


def _views(draft: Draft) -> Implication:
    """People's experiences or views: what they show, and for whom, without claiming a use
    the paper does not name."""
    who = people(draft)
    # the title's topic may not be what people were asked about ("a website for staying
    # active": they spoke about the website), so the line names no topic
    of = f"these {who}" if who else "the people in this study"
    return Implication(
        title=f"What mattered to {who}" if who else "What mattered to the people asked",
        text=f"What {of} said shows what mattered to them; others may see things differently.",
    )


def _risk(draft: Draft) -> Implication | None:
    """Risk factors or predictors: knowing them may help watch for a problem early, or talk
    about what recovery to expect (the certainty item says a link is not a cause). None when
    the study found no clear link (its plain result says so first)."""
    if no_link_found(draft):
        return None
    subject = outcome(draft, main_result(draft)) or topic(draft)
    problem = _PROBLEMS.get(subject, "")
    who = people(draft)
    country = draft.facts.setting.country
    looked = f"; this study looked at {who}{' in ' + country if country else ''}" if who else ""
    factors, of = _factors(draft)
    problem = problem or of
    studied = f"This study of {who}{' in ' + country if country else ''}" if who else "This study"
    if problem and factors:
        return Implication(
            title=f"Knowing who is at risk of {problem} may help",
            text=f"{studied} linked {problem} with {factors}; knowing this may help you and "
            f"your care team watch for {problem} early.",
        )
    if problem:
        return Implication(
            title=f"Knowing who is at risk of {problem} may help",
            text=f"Knowing who is more at risk of {problem} may help you and your care team "
            f"watch for it early{looked}.",
        )
    asked = f"{draft.facts.title} {draft.facts.text(draft.facts.aim)}"
    if _RECOVERY.search(asked):
        return Implication(
            title="Early signs may help predict recovery",
            text="Knowing what goes with better recovery may help you and your care team talk "
            f"about what to expect{looked}.",
        )
    if not factors:
        return None  # "who is more at risk" of what, the paper does not say in a list
    return Implication(
        title="Knowing the risks may help spot problems early",
        text=f"{studied} linked {factors} with {subject or 'the problem it studied'}; knowing "
        "this may help you and your care team spot problems early.",
    )


# "Sex, low protein and catheter time were risk factors of infection"
_FACTORS_FIRST = re.compile(
    r"^(?P<list>[^;:]{3,160}?)\s+(?:were|was|are|is|emerged as|remained)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}(?:risk factors?|predictors?)\b"
    r"(?:\s+(?:of|for)\s+(?P<outcome>[^,.;()]{3,60}?))?[,.;]?$",
    re.I,
)
# "Risk factors for infection included sex, ..." / "... was associated with A, B and C"
_FACTORS_LAST = re.compile(
    r"\b(?:risk factors?|predictors?)\b(?:\s+(?:of|for)\s+(?P<outcome>[^,.;()]{3,60}?))?"
    r"\s+(?:included|were|was|are)\s+(?P<list>[^;:]{3,160}?)\.?$",
    re.I,
)


def risk_factors(draft: Draft) -> str:
    """The risk factors a result sentence lists, in the paper's terms as key findings keep
    them ("sex, bladder leaking and catheter duration"), or ""."""
    return _factors(draft)[0]


def _factors(draft: Draft) -> tuple[str, str]:
    """(the risk factors a result sentence lists, what they are factors of) or ("", "")."""
    for result in draft.facts.results:
        for index in result.sources[:1]:
            text = draft.plain(index, max_words=40, max_grade=22.0, strict=False)
            match = text and (_FACTORS_FIRST.match(text) or _FACTORS_LAST.search(text))
            if not match:
                continue
            factors = match.group("list").strip(" ,.")
            if 2 <= len(factors.split()) <= 25 and not re.search(r"\d", factors):
                factors = factors if factors[:2].isupper() else factors[:1].lower() + factors[1:]
                return factors, (match.group("outcome") or "").strip()
    return "", ""


def _link(draft: Draft) -> Implication | None:
    """An observational link on a named problem: something to keep an eye on, not a cause;
    None otherwise (the plain result, with its link caveat, is more use)."""
    if risk_factors(draft) and not no_link_found(draft):
        return _risk(draft)  # the factors linked with the problem, named
    problem = _PROBLEMS.get(outcome(draft, main_result(draft)) or topic(draft), "")
    if not problem or no_link_found(draft) or (draft.facts.count.total or 0) < _FEW_FOR_LINKS:
        return None
    return Implication(
        title=f"A link with {problem}, not proof of a cause",
        text=f"Links seen in {people(draft) or 'this study'} may help care teams know what to "
        "watch for, but they do not show a cause.",
    )


def _helped(draft: Draft) -> Implication:
    """A treatment tested in people with a better main result: it may help, said as sure as
    the design allows."""
    what = tested(draft)
    on = outcome(draft, main_result(draft))
    with_ = f" with {on}" if on else ""
    title = (
        f"{upper(what)} may help{with_}"
        if short(what)
        else (f"A possible help{with_}" if on else "A possible benefit")
    )
    thing = what if short(what, 8) else "the treatment tested"
    if draft.code == "rct":
        problem = _PROBLEMS.get(on, "")
        did = (
            f"had less trouble with {problem}"
            if problem
            else f"did better{' on ' + on if on else ''}"
        )
        text = (
            f"People who got {thing} {did} than the other group, and chance is unlikely to "
            "explain it."
        )
    else:
        who = people(draft)
        text = (
            f"In this study{' of ' + who if who else ''}, results"
            f"{' for ' + on if on else ''} were better after {thing}, an early sign but not "
            "proof."
        )
    return Implication(title=title, text=text)


def _no_difference(draft: Draft) -> Implication:
    """A null main result: no sign of a benefit here, without claiming harm or proof of none."""
    what = tested(draft)
    on = outcome(draft, main_result(draft))
    pair = re.split(r"\s+(?:versus|vs\.?|compared with|or)\s+", what, maxsplit=1)
    if len(pair) == 2 and short(what, 8):  # two treatments compared, neither a control
        both = f"{pair[0]} and {re.sub(r'^(?:a|an|the) ', '', pair[1])}"
        return Implication(
            title=f"No clear difference between {both}",
            text=f"This study found no clear difference between {both}"
            f"{' for ' + on if on else ''}, though that does not prove they work the same.",
        )
    first = main_result(draft)
    clearer = [
        r for r in draft.facts.results if r is not first and r.significant is True
    ]  # "burden: no difference; depression: fell more (p = 0.04)"
    if clearer:
        named = outcome(draft, clearer[0])
        return Implication(
            title="A mixed result",
            text=f"The main result{' on ' + on if on else ''} showed no clear difference, "
            f"though {named or 'another result'} changed more with "
            f"{what if short(what, 8) else 'the treatment'}; one study cannot settle it.",
        )
    thing = what if short(what, 8) else "the treatment tested"
    title = (
        f"No clear sign that {what} helps{' with ' + on if on else ''}"
        if short(what)
        else "No clear benefit shown"
    )
    return Implication(
        title=title,
        text=f"This study gives no clear sign that {thing} helps{' with ' + on if on else ''}, "
        "though that does not prove it never could.",
    )
