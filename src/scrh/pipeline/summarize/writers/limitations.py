"""Limitations: the paper's own first, then those that follow from its design, each true for
this study (the right unit for animals, no "no comparison group" for a controlled trial, "small"
only below a stated count)."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.model import Limitation
from scrh.pipeline.summarize.numbers import NUMBER
from scrh.pipeline.summarize.writers.designs import declared_not_randomised, is_pilot
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.lines import FOLLOW_UP_POINT, SMALL_SAMPLE, span_of
from scrh.pipeline.summarize.writers.own_limits import (
    measured_by_self_report,
    own_limits,
    unsearched_literature,
)
from scrh.pipeline.summarize.writers.study import (
    NO_SAMPLE,
    REVIEWS,
    completers_only,
    species,
    total_words,
)
from scrh.pipeline.summarize.writers.subject import (
    about_sci,
    one_arm,
    one_person,
    self_report_word,
)

FEW_STUDIES = 5
_LIMIT_WORDS = re.compile(
    r"\b(limit\w*|small|caution|bias\w*|lack\w*|few|short|heterogene\w+|low[- ](quality|"
    r"certainty)|may not|could not|cannot|unable|not (randomi[sz]ed|blinded)|no control)\b",
    re.I,
)
_COUNTED = re.compile(
    rf"\b(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}(?:patients|participants|people|adults|individuals|"
    r"persons|subjects|men|women|children|respondents|veterans|rats|mice|animals|dogs|pigs|"
    r"monkeys|cases)\b",
    re.I,
)
_QUALITY = re.compile(
    r"\b(quality(?! of life)|risk of bias|GRADE|certainty of (the )?evidence|level of evidence|"
    # "most studies are small, short and ...": the authors judge their studies
    r"(studies|trials|evidence)\s+(are|were|is|was|remain)\s+(\w+\s+){0,2}(small|short|few|"
    r"limited|weak|poor|scarce|sparse|heterogeneous|inconsistent|low)|"
    r"(small|short|few|limited|underpowered|low-quality)\s+(\w+\s+)?(studies|trials))\b",
    re.I,
)
_FORWARD = ("rct", "prospective_cohort", "non_randomized_trial", "protocol")
_TRIALS = ("rct", "non_randomized_trial")
_FOLLOWED = ("rct", "non_randomized_trial", "prospective_cohort", "case_series")
_STATED_KINDS = (
    (
        re.compile(
            r"\bsmall (sample|number|study|cohort|group)|sample size|few (participants|patients)",
            re.I,
        ),
        "{small}",
    ),
    (
        re.compile(r"\b(very )?low[- ](quality|certainty)\b", re.I),
        "The authors rated the evidence as low in quality or certainty.",
    ),
    (
        re.compile(r"\brisk of bias|\bbias\b", re.I),
        "The authors point to a risk of bias, which makes the results less sure.",
    ),
    (
        # the studies or their results differed, not "a heterogeneous clinical picture"
        re.compile(
            r"\bheterogeneity\b|\bheterogene\w+\s+(?:\w+\s+)?(?:studies|trials|results|"
            r"findings|data|evidence|methods|designs|populations|samples|outcomes)\b|"
            r"\b(?:studies|trials|results|findings)\s+(?:were|was)\s+heterogene\w+",
            re.I,
        ),
        "The studies differed a lot from each other, which makes them harder to combine.",
    ),
    (
        re.compile(r"\bcaution\b", re.I),
        "The authors say the results should be read with caution.",
    ),
    (
        re.compile(r"\bself-report\w*", re.I),
        "Some results rest on what people reported about themselves, which can be inexact.",
    ),
)


_OWN_PAPER_LINES = 4  # the paper's own limits, stated lines first
_REVIEW_GENERIC = "A review is only as strong as the studies it includes."
_SMALL_LEAD = "The authors say the number of"
_REPEATED = "One trial needs to be repeated by others before its results are sure."


def limitations(draft: Draft) -> list[Limitation]:
    """2-5 limitations: the paper's own first (those the facts read, then the caveats told in
    other words, `own_limits`), then the design's. A generic line gives way to the paper's
    own: "only as strong as the studies" when the authors judge the studies' quality, and
    "one trial needs to be repeated" when two other limits are told."""
    out: list[Limitation] = []
    counted = bool(_size(draft))  # "Only six people took part" says "small" with the number
    told = [(i, t) for i, t in stated_lines(draft) if not (counted and t.startswith(_SMALL_LEAD))]
    for _, text in told:
        if len(out) < 3 and all(text != o.text for o in out):
            out.append(Limitation(text=text, origin="paper"))
    for _, text in own_limits(draft, {index for index, _ in told}):
        if len(out) < _OWN_PAPER_LINES and all(text != o.text for o in out):
            out.append(Limitation(text=text, origin="paper"))
    judged = any(_QUALITY.search(o.text) for o in out)
    for text in from_design(draft, len(out)):
        if len(out) >= 5:
            break
        if (text == _REVIEW_GENERIC and judged) or (text == _REPEATED and len(out) >= 2):
            continue
        if all(text != o.text for o in out):
            out.append(Limitation(text=text, origin="design"))
    return out


def _unit(draft: Draft) -> str:
    if draft.code in REVIEWS:
        return "studies"
    return species(draft) if draft.animals else "people"


def stated_lines(draft: Draft) -> list[tuple[int, str]]:
    """The limits the paper states, each with the index of its sentence: its own sentence in
    plain form when that passes the guard, else a plain line for the kind of limit it
    names."""
    out = []
    for limit in draft.facts.stated_limitations:
        for index in limit.sources:
            if not _LIMIT_WORDS.search(draft.facts.sentences[index].text):
                continue  # "This single-centre survey ..." describes the study; the design
                # lines below say what follows from it
            text = draft.plain(index, max_words=32, max_grade=12, strict=False)
            if not text:
                text = _kind_line(draft, draft.facts.sentences[index].text)
            if text:
                out.append((index, text))
    return out


def _kind_line(draft: Draft, sentence: str) -> str:
    for pattern, line in _STATED_KINDS:
        if pattern.search(sentence):
            small = (
                "The authors say only a few studies could be included."
                if draft.code in REVIEWS
                else f"{_SMALL_LEAD} {_unit(draft)} studied was small."
            )
            return line.format(small=small)
    return ""


def from_design(draft: Draft, stated_count: int = 0) -> list[str]:
    """Limits that follow from the design and the facts, each true for this study, most
    important first."""
    code = draft.code
    found: list[str] = []
    found += _population(draft)
    found += _size(draft)
    found += _design(draft)
    found += _setting(draft)
    found += _time(draft)
    found += _missing(draft)
    if code == "rct":
        found.append(_REPEATED)
    if (
        len(found) < 2
        and code in REVIEWS + ("narrative_review",)
        and not _QUALITY.search(" ".join(s.text for s in draft.facts.sentences))
    ):
        found.append(
            "The abstract does not say how strong the studies behind it are, so strong and "
            "weak evidence may sit side by side."
        )
    need = 2 - stated_count
    if len(found) < need and code == "case_report":
        found.append(
            "It tells what happened without any comparison, so it cannot show what caused it."
        )
    repeated = any("repeated by others" in line for line in found)
    if len(found) < need and code not in NO_SAMPLE + REVIEWS and not repeated:
        found.append("One study needs to be repeated by others before its results are sure.")
    if len(found) < need:
        found.append("The abstract leaves out details of how the work was done.")
    return list(dict.fromkeys(found))


def how_sure(draft: Draft, *, design: bool = True) -> list[str]:
    """The limits that tell a reader how far the result can be trusted: the design's first
    (unless `design` is False: the text tells the design's limit already), how long people
    were followed, a count the abstract leaves out."""
    first = _design(draft)[:1] if design else []
    return list(dict.fromkeys([*first, *_time(draft), *_missing(draft)]))


def _humans(draft: Draft) -> bool:
    return draft.facts.population.kind == "humans" and not draft.animals and not draft.cells


def _population(draft: Draft) -> list[str]:
    if draft.animals:
        done = "The studies it brings together were" if draft.code in REVIEWS else "It was"
        return [
            f"{done} done in {species(draft)}, not people; what is found in animals often "
            "turns out differently in people."
        ]
    if draft.cells:
        return ["It was done with cells in the lab, not in people or animals."]
    return []


def _size(draft: Draft) -> list[str]:
    code = draft.code
    facts = draft.facts
    total = facts.count.total
    written = total_words(draft)
    if code in REVIEWS:
        studies = facts.count.studies
        if studies and studies < FEW_STUDIES and total_words(draft, studies):
            return [
                f"Only {total_words(draft, studies)} studies were found, so the evidence is thin."
            ]
        return []
    if code in NO_SAMPLE or code in ("case_report", "case_series") or not _humans(draft):
        return []
    if total and 2 < total < SMALL_SAMPLE and written:
        others = _NOT_PATIENTS.search(draft.facts.population.description)
        everyone = (
            "everyone with spinal cord injury" if about_sci(draft) and not others else "everyone"
        )  # caregivers or staff studied: the results are theirs, not those of people with SCI
        verb = "completed the study" if completers_only(draft) else "took part"
        return [f"Only {written} people {verb}, so the results may not hold for {everyone}."]
    return []


def _design(draft: Draft) -> list[str]:
    code = draft.code
    facts = draft.facts
    out: list[str] = []
    if is_pilot(draft) and code not in REVIEWS + NO_SAMPLE and not draft.animals:
        out.append(
            "It was a pilot study, meant to test whether the approach can be done, not to prove "
            "that it works."
        )
    retrospective = code == "retrospective_cohort" or (
        facts.setting.retrospective is True and code not in _FORWARD
    )
    if retrospective and _humans(draft):
        out.append(
            "It looked back at existing records, which were not collected for this study and "
            "can be incomplete."
        )
    if code == "cross_sectional":
        out.append("It looked at one point in time, so it cannot show cause and effect.")
    elif code in ("retrospective_cohort", "prospective_cohort", "case_control"):
        out.append("It can show links, but it cannot prove cause and effect.")
    elif code == "case_series":
        who = total_words(draft)
        few = f"only {who} people" if who and (facts.count.total or 0) > 1 else "a few people"
        if one_arm(draft):  # treated, with nothing to compare the changes with
            out.append(
                f"It describes {few} and had no comparison group, so it cannot show what "
                "caused the changes."
            )
        else:
            out.append(f"It describes {few}, so it can point to patterns but not prove causes.")
    elif code == "case_report":
        out.append("It describes one person, so the results may not apply to others.")
    elif code == "qualitative":
        who = f"{total_words(draft)} people" if total_words(draft) else "a small group"
        out.append(
            f"It reports the views of {who}, which may not match everyone's; it does not test "
            "whether anything works."
        )
    elif code == "mixed_methods":
        out.append("It describes what people did and said; it cannot prove what works.")
    elif code == "non_randomized_trial":
        if one_arm(draft):
            out.append(
                "There was no comparison group, so natural recovery or other things could "
                "explain the changes."
            )
        elif declared_not_randomised(draft):
            out.append(
                "People were not put into groups by chance, so the groups may have differed "
                "from the start."
            )
        elif draft.facts.design.variant == "single_arm_trial":
            out.append(
                "No comparison group is described, so natural recovery or other things could "
                "explain the changes."
            )
    elif code in REVIEWS:
        out.append(_REVIEW_GENERIC)
    elif code == "narrative_review":
        out.append(
            "As a narrative review, it did not use a set way to find and judge studies, so some "
            "research may be missing."
        )
    elif code == "protocol":
        out.append("It is a plan for a study and reports no results yet.")
    elif code == "guideline":
        out.append("Advice is only as strong as the research behind it.")
    elif draft.facts.design.variant == "modelling_study":
        out.append(
            "Its results depend on the numbers and guesses put into the model, so real care "
            "may turn out differently."
        )
    elif draft.facts.design.variant == "commentary":
        out.append(
            "It is an opinion about research by others, not new evidence, so it cannot show "
            "on its own whether anything works."
        )
        if one_person(draft):
            out.append(
                "The research it discusses was in one person, so it may not apply to others."
            )
    elif code == "other" and not draft.animals and not draft.cells:
        if one_person(draft):
            out.append("It is about one person, so the results may not apply to others.")
        out.append("The abstract does not say clearly how the study was done.")
    if code == "case_report" and unsearched_literature(draft):
        out.append(
            "Its look at earlier published cases does not say how they were found, so some "
            "may be missing."
        )
    way = self_report_word(draft)
    if (
        way
        and _humans(draft)
        and code not in ("qualitative", *REVIEWS, *NO_SAMPLE)
        and not _only_device_ratings(draft)
    ):
        some = "The results rest" if code == "cross_sectional" else "Some results rest"
        what = measured_by_self_report(draft)  # what the reports measured, named
        if what:
            some = f"The {what} {'rest' if what.endswith('s') else 'rests'}"
        out.append(
            f"{some} on what people said in {way}, which can be inexact or leave things out."
        )
    return out


_DEVICE_RATING = re.compile(
    r"\b(?:(?:user |users' |participant )?(?:satisfaction|usability|acceptability)|user experience)"
    r"\s+(?:questionnaires?|surveys?|scales?|ratings?)\b",
    re.I,
)


def _only_device_ratings(draft: Draft) -> bool:
    """The only questionnaires rated the device or program ("user satisfaction
    questionnaires") and no result rests on them: the measured results are not self-report."""
    facts = draft.facts
    text = " ".join(s.text for s in facts.sentences)
    if not _DEVICE_RATING.search(text):
        return False
    rated = re.compile(r"\b(satisf\w+|usability|acceptab\w+|user experience)\b", re.I)
    others = re.sub(_DEVICE_RATING, "", text)
    if re.search(r"\b(questionnaires?|surveys?|self-report\w*)\b", others, re.I):
        return False
    return not any(rated.search(facts.text(result.sources)) for result in facts.results)


# "six months after training ended": a later check the duration facts did not read
_LATER_CHECK = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|nine|twelve)[- ](?:weeks?|months?|years?)\s+"
    r"(?:after|following|post)\s+(?:the\s+)?(?:end|training|treatment|intervention|stopping|"
    r"discharge|completion|programme|program|cessation)",
    re.I,
)
_NOT_PATIENTS = re.compile(
    r"^(?:\S+\s+){0,3}(?:family\s+)?(?:caregivers?|carers?|partners?|parents?|spouses?|"
    r"clinicians?|therapists?|nurses?|physicians?|doctors?|staff|professionals?)\b",
    re.I,
)


def _setting(draft: Draft) -> list[str]:
    code = draft.code
    setting = draft.facts.setting
    if code in REVIEWS + NO_SAMPLE or not _humans(draft) or code == "case_report":
        return []
    where = f" in {setting.country}" if setting.country else ""
    if setting.centres == "single":
        return [f"It was done at a single centre{where}, so results may differ elsewhere."]
    if setting.country and setting.centres is None:
        return [
            f"All the people studied were in {setting.country}, so results may differ where "
            "care is organised differently."
        ]
    return []


def _time(draft: Draft) -> list[str]:
    code = draft.code
    durations = draft.facts.duration
    if code not in _FOLLOWED and not draft.animals:
        return []
    who = "the animals" if draft.animals else "people"
    follow = next((d for d in durations if d.kind == "follow_up" and span_of(d.text)), None)
    treated = next((d for d in durations if d.kind == "intervention" and span_of(d.text)), None)
    if follow is not None and FOLLOW_UP_POINT.match(follow.text):
        return [  # "a 3-month follow-up": the last check, not how long people were followed
            f"The last check was at a {follow.text.strip().rstrip('.')}, so what happens "
            "after that is not known."
        ]
    if follow is not None:
        return [
            f"{who[:1].upper() + who[1:]} were followed for {span_of(follow.text)}, so what "
            "happens after that is not known."
        ]
    text = " ".join(sentence.text for sentence in draft.facts.sentences)
    if treated is not None and code in _TRIALS and not _LATER_CHECK.search(text):
        return [
            f"The treatment lasted {span_of(treated.text)} and the abstract gives no later "
            "check, so it is not known whether the effects last."
        ]
    if not durations and code in _TRIALS + ("prospective_cohort",) and not _any_length(draft):
        return [
            f"The abstract does not say how long {who} were followed, so it is not known "
            "whether the effects last."
        ]
    return []


def _all_text(draft: Draft) -> str:
    return " ".join(s.text for s in draft.facts.sentences)


def _any_length(draft: Draft) -> bool:
    """Any length of time in the abstract: then "does not say how long" could be false."""
    return bool(span_of(_all_text(draft)))


def count_missing(draft: Draft) -> bool:
    """The abstract gives no count of the people or animals studied, in figures or words."""
    return bool(_missing(draft))


def _missing(draft: Draft) -> list[str]:
    code = draft.code
    if draft.facts.count.total is not None or code in REVIEWS + NO_SAMPLE:
        return []
    if _COUNTED.search(_all_text(draft)):
        return []  # a number of people or animals is stated, though not read as the total
    if draft.cells or one_person(draft):
        return []  # "a tetraplegic patient" is a count: one person
    unit = species(draft) if draft.animals else "people"
    if draft.animals:
        return [f"The abstract does not say how many {unit} were studied."]
    return [f"The abstract does not say how many {unit} took part."]
