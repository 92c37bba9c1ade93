"""The study's own design, as the paper declares it.

Reporting guidelines ask authors to name the design: CONSORT (randomised trial in the title),
STROBE (cohort, case-control or cross-sectional in the title or abstract), PRISMA (systematic
review, meta-analysis), PRISMA-ScR (scoping review), SPIRIT (protocol), COREQ (interviews, focus
groups, thematic analysis), CARE ("case report"). So the places are read in this order, and the
first that names a design decides (within one place, the design table's row order):

1. the title, subtitle first ("...: A Narrative Review", "...: a cross-sectional survey study");
2. a DESIGN / Study design / Setting label, as a section or inline ("Design: Cohort study.");
3. sentences where this study is the subject ("In this prospective cohort study", "We conducted
   a ...", "A retrospective review of 200 patients"); a design named with background words
   ("previous randomized trials", "RCTs are needed") or in the plural is not this study's. What
   the study did ("were randomly assigned", "we searched MEDLINE", "semi-structured interviews")
   counts after the design's own name, and a review reporting what it included ("We included 12
   trials", "Four randomised trials were found") is a review whatever designs it names;
4. publication types and MeSH ("... as Topic" terms are about other studies);
5. inference from the subjects: animals -> animal study, only cells -> in vitro, one person ->
   case report, fewer than five people -> case series, people given a treatment with no design
   named -> non-randomised trial. Otherwise "other" ("Not specified" beats a guess).

Nowhere is a design declared by a phrase that names another study: the object of a review or
analysis ("a review of randomized trials", "secondary analysis of a trial" is its own row), a
study the work sits inside ("embedded in a randomized trial", "data from"), a named project
("the ... Cohort Study (SCIMS)"), or a design word used as a modifier ("trial eligibility",
"survey participants"). A title naming a literature review beside a case ("... and review of
the literature") is a case report when the paper's sentences or types say so.

Then fixed rules: animals (cells) turn any primary-study design into an animal (in vitro)
study; a systematic review that pools results is a meta-analysis; a non-randomised trial
without a comparison group is the single-arm variant (CEBM level 4); a retrospective study not
named a cohort that neither compares groups nor looks for associations, or that calls itself
descriptive, is a case series; a "cohort study" is retrospective when the study's sentences say
so or it draws on records, a registry or a database; a survey not named cross-sectional that is
repeated over time (baseline and follow-up, waves) is a prospective cohort; a secondary or
post-hoc analysis of a trial is an analysis of data gathered for another question, reported as
a prospective cohort (the table's "secondary_analysis" row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.facts.designs import DesignRow, design_row, design_rows
from scrh.pipeline.summarize.facts.model import DeclaredIn, DesignFact
from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.facts.population import Subjects
from scrh.pipeline.summarize.sentences import Sentence

_SUBTITLE = re.compile(r"\s*(?::|\?|\.\s|\s[-–—]\s)\s*")
_OBJECT = re.compile(
    r"(\b(review|overview|synthesis|meta-?analys[ie]s|analys[ie]s|appraisal|quality|reporting|"
    r"evaluation|comparison|summary|use|lessons|registration|protocol)\s+(of|from|in|on|across|"
    r"for)|\b(embedded|nested|alongside|within|part of|participants (of|in)|data from|derived "
    r"from|ancillary to))\s+(?:[\w,-]+\s+){0,3}$",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(previous(ly)?|prior|earlier|past|existing|few|several|many|most|other|further|future|"
    r"larger|more|no|lack|limited|needed|warranted|required|should|could|would|recommend\w*|"
    r"(have|has) (been )?(shown|reported|demonstrated|found|suggested|used|established)|"
    r"literature|according to|unlike|than|such as|gold standard|rarely|often|typically)\b",
    re.I,
)
_CITED = re.compile(
    r"\b(previous(ly)?|prior|earlier|past|future|needed|warranted|should|would|could|"
    r"(have|has) (been )?(shown|reported|demonstrated|found|suggested)|literature|recommend\w*)\b",
    re.I,
)
_SELF_BEFORE = re.compile(
    r"(\b(this|the present|the current|our|present|current)\s+(?:[\w,/-]+\s+){0,5}|"
    r"\bwe\s+(?:\w+\s+)?(conducted|performed|carried out|undertook|designed|report|present|"
    r"describe|used|initiated|completed|ran|did|conduct|perform|undertake|implemented|employed|"
    r"adopted|provide|offer|give)\s+(?:(?:a|an|the|this)\s+)?(?:[\w,/-]+\s+){0,5}|"
    r"\bwe\b[^.;]{0,80}\b(in|as part of|using|through|via|with) (a|an|this|our)\s+"
    r"(?:[\w,/-]+\s+){0,3})$",
    re.I,
)
_EXPLICIT = re.compile(r"\b(this|our|we|the present|the current)\b", re.I)
_START = re.compile(
    r"^(?:(?:in|for|from|using|through|by|with)\s+)?(?:(?:a|an|this|the)\s+)?(?:[\w,/-]+\s+){0,4}$",
    re.I,
)
_SELF_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(was|were|is) (conducted|performed|carried out|undertaken|designed|used|"
    r"done|employed|implemented|adopted|applied)\b|^[\s,]*(design\b|approach\b|of \d|"
    r"(of|in|among|involving|including|with) (\d+|[\w-]+) (\w+ )?(patients|participants|people|"
    r"adults|individuals|children|persons|subjects|cases|women|men|veterans))",
    re.I,
)
_PLURAL = re.compile(r"(trials|studies|reviews|analyses|reports|rcts|surveys|cohorts)$", re.I)
_CROSSOVER = re.compile(r"\bcross-?over\b", re.I)
_CONTROL = re.compile(
    r"\b(control (group|condition|arm|participants|subjects)|controls\b|compared (with|to) "
    r"(a|an|the|usual|standard|conventional|sham|placebo|no)\b|versus|vs\.?|sham|placebo|"
    r"usual care|standard care|wait-?list|waiting list|two groups|three groups|"
    r"comparison group|either\b[^.;]{3,120}\bor\b|\balone\b)",
    re.I,
)
_ONE_ARM = re.compile(r"\b(single[- ](arm|group)|one[- ](arm|group)|uncontrolled)\b", re.I)
_RETRO = re.compile(
    r"\bretrospective(ly)?\b|\b(registry|registries|database|medical records|health records|"
    r"charts|claims data|administrative data)\b",
    re.I,
)
_LONGITUDINAL = re.compile(
    r"\b(longitudinal|follow-?up (survey|questionnaire|assessment|interview)s?|followed (up )?"
    r"(for|over|at|until)|at baseline and|repeated (measures|assessments|surveys)|(two|three|"
    r"four|\d+) (time points|waves))\b",
    re.I,
)
_ANALYTIC = re.compile(
    r"\b(associat\w+|risk factors?|predict\w*|compared (with|to)|comparison|odds|hazard|"
    r"regression|versus|vs\.?|correlat\w*)\b",
    re.I,
)
_BODY_NAME = re.compile(r"\b(?:[A-Z][a-z]+\s+)+(?:Association|Society)\b")
_INTERVENTION = re.compile(
    r"\b(training|trained|intervention|stimulation|therapy|treated|treatment|program(me)?|"
    r"received|underwent|implanted|were subjected|exoskeleton|sessions?)\b",
    re.I,
)
_SELF_WORK = re.compile(
    r"\b(we|this study|the present study)\b[^.]{0,200}\b(training|intervention|stimulation|"
    r"therapy|treatment|program(me)?|exoskeleton|device)\b",
    re.I,
)
_PRIMARY = frozenset(
    {
        "rct",
        "non_randomized_trial",
        "prospective_cohort",
        "retrospective_cohort",
        "case_control",
        "cross_sectional",
        "case_series",
        "case_report",
        "mixed_methods",
        "other",
    }
)
_REVIEWS = frozenset({"systematic_review", "systematic_review_meta_analysis", "scoping_review"})


@dataclass(frozen=True, slots=True)
class Declared:
    """A design named by the paper: its table row, the words, where, and the sentences."""

    row: DesignRow
    cue: str
    declared_in: DeclaredIn
    sources: tuple[int, ...] = ()


def declared_design(paper: Paper, sentences: list[Sentence]) -> Declared | None:
    """The design the paper names for its own study, from the first place that names one."""
    title = _in_title(paper.title)
    if title is not None and title.row.key == "narrative_review" and _AND_REVIEW.search(title.cue):
        # "... : case report and review of the literature" where the case is not named a case
        named = (_in_labels(paper, sentences), _in_methods(sentences), _in_types(paper))
        case = next((n for n in named if n is not None and n.row.key == "case_report"), None)
        if case is not None:
            return case
    return title or _in_labels(paper, sentences) or _in_methods(sentences) or _in_types(paper)


def find_design(
    paper: Paper,
    sentences: list[Sentence],
    subjects: Subjects,
    human_count: int | None = None,
    found: Declared | None = None,
) -> DesignFact:
    """The design fact: declared first, then inferred, then the fixed rules above."""
    found = found if found is not None else declared_design(paper, sentences)
    study = " ".join(s.text for s in sentences if is_own(s))
    controlled = bool(_CONTROL.search(paper.title + " " + study))
    if found is None:
        found = _inferred(subjects, human_count, controlled, study)
    key = _refine(found, subjects, sentences, paper.title + " " + study, controlled)
    final = design_row(key)
    code = final.code
    controlled = controlled and key != "single_arm_trial"
    return DesignFact(
        code=code,  # type: ignore[arg-type]
        declared_in=found.declared_in,
        cue=found.cue,
        randomised=True if code == "rct" else False if code == "non_randomized_trial" else None,
        controlled=controlled if code in ("rct", "non_randomized_trial", "animal_study") else None,
        sources=found.sources,
        variant=final.key if final.key != code else "",
    )


def _refine(
    found: Declared, subjects: Subjects, sentences: list[Sentence], study: str, controlled: bool
) -> str:
    """The fixed rules of the module docstring, applied to the design found."""
    row = found.row
    key = row.key
    cue = found.cue.lower()
    if subjects.kind == "animals" and row.code in _PRIMARY and key != "commentary":
        return "animal_study"
    if subjects.kind == "cells" and row.code in _PRIMARY and key != "commentary":
        return "in_vitro"
    if key == "systematic_review" and _pools(sentences):
        return "systematic_review_meta_analysis"
    if key == "prospective_cohort" and "prospective" not in cue and "longitudinal" not in cue:
        key = "retrospective_cohort" if _RETRO.search(study) else key
    if key == "retrospective_cohort" and "retrospective" in cue and "cohort" not in cue:
        named = _BODY_NAME.sub("", study)  # "American Spinal Injury Association" links nothing
        key = "case_series" if "descriptive" in cue or not _ANALYTIC.search(named) else key
    if key == "cross_sectional" and "cross" not in cue and _LONGITUDINAL.search(study):
        key = "prospective_cohort"  # a survey repeated over time follows its people
    if key == "non_randomized_trial" and (not controlled or _ONE_ARM.search(cue)):
        key = "single_arm_trial"  # "single-arm": a "sham-controlled" trial named next is not it
    if key == "rct" and _CROSSOVER.search(f"{cue} {study}"):
        key = "crossover_rct"  # everyone gets each treatment, in an order set by chance
    return key


def _pick(text: str, *, title: bool) -> tuple[DesignRow, str] | None:
    """The highest-priority design named in `text` (a title part or a label's text); a design
    named as the object of a review or analysis ("a review of randomized trials") is not it."""
    lowered = text.lower()
    for row in design_rows():
        if row.cues is None or not row.may_match(lowered):
            continue
        for match in row.cues.finditer(text):
            if title and _OBJECT.search(text[: match.start()]):
                continue
            if _plural(text, match) or _MODIFIER.match(text, match.end()):
                continue
            if _named_project(text, match):
                continue
            return row, match.group(0)
    return None


def _in_title(title: str) -> Declared | None:
    parts = [p for p in _SUBTITLE.split(title) if p]
    for part in reversed(parts):
        picked = _pick(part.strip(" ."), title=True)
        if picked:
            return Declared(picked[0], picked[1], "title")
    return None


_AND_REVIEW = re.compile(r"review of (the )?(current |recent )?literature|literature review", re.I)
_LABEL = re.compile(r"\b(study design|design|setting)\b", re.I)
_INLINE_LABEL = re.compile(
    r"(?:^|\b)(?:study design|design(?:,? setting,? and participants| and setting)?|setting)"
    r"\s*[:.]\s*(?P<rest>[^:]{3,200}?)(?=$|\s[A-Z][A-Za-z ]{2,30}:)",
    re.I,
)


def _in_labels(paper: Paper, sentences: list[Sentence]) -> Declared | None:
    for section in paper.abstract_sections:
        if section.label and _LABEL.search(section.label):
            picked = _pick(section.text, title=True)
            if picked:
                sources = tuple(s.index for s in sentences if s.text and s.text in section.text)
                return Declared(picked[0], picked[1], "label", sources)
    for sentence in sentences:
        for match in _INLINE_LABEL.finditer(sentence.text):
            if match.start() and not re.match(r"DESIGN|SETTING|Study design", match.group(0)):
                continue
            picked = _pick(match.group("rest"), title=True)
            if picked:
                return Declared(picked[0], picked[1], "label", (sentence.index,))
    return None


_MODIFIER = re.compile(
    r"\s+(eligibility|participation|participants?|enrol?lment|recruitment|registration|data|"
    r"network|sites?|staff|reporting|literature|evidence)\b",
    re.I,
)
_HEAD = re.compile(
    r"\b(review|study|trial|rct|analysis|series|report|survey|protocol|design|of|on|for)$", re.I
)
_PLURAL_NEXT = re.compile(r"[\w-]*(?:[\s,]+[\w-]+){0,2}?\s+(trials|studies|rcts|reviews)\b", re.I)


def _plural(text: str, match: re.Match[str]) -> bool:
    """ "randomized controlled trials", "randomised, placebo-controlled trials": designs in the
    plural are other studies (the ones a review includes, or background)."""
    if _PLURAL.search(match.group(0)):
        return True
    return not _HEAD.search(match.group(0)) and bool(_PLURAL_NEXT.match(text, match.end()))


_PROPER_BEFORE = re.compile(
    r"(?<![:.] )\b(?!(?:A|An|The|In|Of|For|From|And|With)\b)[A-Z][\w-]*\s+$"
)
_ACRONYM_AFTER = re.compile(r"\s*\((?!RCTs?\)|SR\)|MA\))[A-Z][\w-]*[A-Z][\w-]*\)")


def _named_project(text: str, match: re.Match[str]) -> bool:
    """ "the Swiss Spinal Cord Injury Cohort Study (SwiSCI)": a named project whose data the
    paper uses, not the design of the paper's own analysis."""
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(
        _ACRONYM_AFTER.match(text, match.end())
        and len(before.strip()) < len(text[: match.start()].strip()) + 1
        and before.strip()
        and _PROPER_BEFORE.search(before)
    )


def _self_declared(text: str, match: re.Match[str]) -> bool:
    """True when the design phrase at `match` names this study, not one it cites."""
    before = text[max(0, match.start() - 90) : match.start()]
    after = text[match.end() : match.end() + 80]
    clause = re.split(r"[;]|\b(?:but|whereas|while|although)\b", before)[-1]
    if _SELF_BEFORE.search(clause) or _SELF_AFTER.search(after):
        explicit = _EXPLICIT.search(clause)
        return bool(explicit) or not (_BACKGROUND.search(clause) or _BACKGROUND.search(after))
    if _START.match(text[: match.start()]) and not _PLURAL.search(match.group(0)):
        return not (_BACKGROUND.search(clause) or _BACKGROUND.search(after[:40]))
    return False


def _in_methods(sentences: list[Sentence]) -> Declared | None:
    named: list[tuple[int, Declared]] = []
    described: list[tuple[int, Declared]] = []
    rows = design_rows()
    for sentence in sentences:
        if sentence.role == "other":
            continue
        text = sentence.text
        lowered = text.lower()
        own = is_own(sentence)
        for priority, row in enumerate(rows):
            if not row.may_match(lowered):
                continue
            if row.cues is not None and not row.title_only:
                for match in row.cues.finditer(text):
                    if _plural(text, match) or _named_project(text, match):
                        continue
                    if _MODIFIER.match(text, match.end()):
                        continue
                    if _self_declared(text, match):
                        named.append(
                            (priority, Declared(row, match.group(0), "methods", (sentence.index,)))
                        )
                        break
            if row.events is not None and own:
                event = row.events.search(text)
                if event and not _CITED.search(text[max(0, event.start() - 40) : event.end() + 30]):
                    described.append(
                        (priority, Declared(row, event.group(0), "methods", (sentence.index,)))
                    )
    reviews = [item for item in described if item[1].row.code in _REVIEWS]
    if reviews:  # a review reporting what it included: the designs it names are the studies'
        named = [item for item in named if item[1].row.code not in _PRIMARY]
        described = reviews
    for found in (named, described):
        if found:
            return min(found, key=lambda item: (item[0], item[1].sources))[1]
    return None


def _in_types(paper: Paper) -> Declared | None:
    types = list(paper.publication_types) + list(paper.mesh)
    for row in design_rows():
        if row.types is None:
            continue
        for value in types:
            if row.types.search(value) and "as topic" not in value.lower():
                return Declared(row, value, "publication_type")
    return None


_POOLED = re.compile(
    r"\b(meta-?analy\w+|pooled (mean|odds|risk|analysis|estimate|effect|data|results|sensitivity|"
    r"prevalence)|random[- ]effects?|fixed[- ]effects? model|standardi[sz]ed mean difference|"
    r"(SMD|WMD|MD|RR|OR)\s*[=:]?\s*-?\d|heterogeneity \(?I)",
    re.I,
)


def _pools(sentences: list[Sentence]) -> bool:
    return any(_POOLED.search(s.text) for s in sentences if is_own(s))


def _inferred(
    subjects: Subjects, human_count: int | None, controlled: bool, study: str
) -> Declared:
    if subjects.kind == "animals":
        return Declared(design_row("animal_study"), "", "inferred", subjects.sources)
    if subjects.kind == "cells":
        return Declared(design_row("in_vitro"), "", "inferred", subjects.sources)
    if subjects.kind == "humans" and human_count == 1:
        return Declared(design_row("case_report"), "", "inferred")
    if subjects.kind == "humans" and human_count is not None and human_count < 5:
        return Declared(design_row("case_series"), "", "inferred")
    treated = human_count is not None and _INTERVENTION.search(study)
    if subjects.kind == "humans" and (treated or _SELF_WORK.search(study)):
        return Declared(design_row("non_randomized_trial"), "", "inferred")
    return Declared(design_row("other"), "", "none")
