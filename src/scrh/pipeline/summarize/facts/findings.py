"""The results a paper reports: outcome, direction, numbers in usable form, significance."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from scrh.pipeline.summarize.facts.model import Direction, OutcomeFact, ResultFact
from scrh.pipeline.summarize.sentences import Sentence

_NULL = re.compile(
    r"\b(no (statistically )?(significant|clear|meaningful|important|notable)?\s*"
    r"(difference|differences|change|changes|effect|effects|improvement|benefit|association|"
    r"correlation|relationship)|not (statistically )?significant\w*|non-?significant\w*|"
    r"did not (significantly )?(differ|change|improve|reduce|increase|affect|alter|show)|"
    r"(was|were) not (significantly )?(different|changed|associated|improved|restored|"
    r"affected|related|correlated)|(were|was) (similar|comparable)|failed to)\b",
    re.I,
)
# "significant(ly)" claims a test only where it qualifies a change, a difference or a link
# ("significantly reduced", "a significant increase", "differed significantly"); "significant
# morbidity", "significant clinical implications" and "clinically significant" state none
_CHANGE_WORDS = (
    r"(?:higher|lower|greater|less|more|fewer|better|worse|larger|smaller|longer|shorter|"
    r"faster|slower|stronger|weaker|improv\w*|reduc\w*|increas\w*|decreas\w*|declin\w*|"
    r"elevat\w*|enhanc\w*|attenuat\w*|rais\w*|lower\w*|drop\w*|fell|rose|gain\w*|loss\w*|"
    r"differ\w*|change\w*|alter\w*|affect\w*|effects?|associat\w*|correlat\w*|"
    r"relat\w*|predict\w*|link\w*|interactions?|shift\w*|benefit\w*|advantages?|"
    r"contribut\w*|recover\w*|restor\w*|modulat\w*|upregulat\w*|downregulat\w*|"
    r"expressed|trends?|main effects?|odds|risks?|predictors?|factors?|variations?)"
)
_SIGNIFICANT = re.compile(
    r"(?<!clinically )(?<!not )(?<!non-)(?<!non)\bsignificant(ly)?\s+(?:[\w-]+\s+){0,2}?"
    rf"{_CHANGE_WORDS}\b|\b{_CHANGE_WORDS}\s+(?:[\w-]+\s+){{0,3}}?(?<!clinically )"
    r"(?<!not )significantly\b|\bstatistically significant\w*|\bsignifican(?:t|tly|ce) "
    r"(?:at|level)\b|\breached significance\b",
    re.I,
)
_CI = re.compile(
    r"\b(?P<kind>a?OR|RR|HR|IRR|odds ratio|risk ratio|hazard ratio|rate ratio|MD|SMD|"
    r"mean difference|difference|B|β|beta)\b[^;()\[\]]{0,40}?"
    r"(?:95\s?%\s?)?(?:CI|confidence interval)[\s:,=]*(?P<low>-?\d+(?:\.\d+)?)\s*"
    r"(?:-|–|to|,)\s*(?P<high>-?\d+(?:\.\d+)?)",
    re.I,
)
_RATIOS = frozenset({"or", "aor", "rr", "hr", "irr", "odds ratio", "risk ratio", "hazard ratio"})
_P_SMALL = re.compile(r"\bp\s*(<|≤|=)\s*0?\.0[0-4]\d*|\bp\s*<\s*0?\.05\b", re.I)
_P_LARGE = re.compile(r"\bp\s*(=|>|≥)\s*0?\.(0[5-9]|[1-9])", re.I)
_UP = re.compile(
    r"\b(improv\w*|increas\w*|higher|greater|more|gain\w*|better|enhanc\w*|restor\w*|"
    r"rose|raised|elevated|faster|longer|stronger)\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(reduc\w*|decreas\w*|lower|fewer|less|declin\w*|drop\w*|fell|shorter|worse\w*|"
    r"smaller|weaker|impair\w*|loss)\b",
    re.I,
)
_GOOD = re.compile(r"\b(improv\w*|better|benefit\w*|restor\w*|enhanc\w*|recover\w*)\b", re.I)
_BAD = re.compile(r"\b(worse\w*|impair\w*|deteriorat\w*|harm\w*|disrupt\w*)\b", re.I)
_ASSOCIATION = re.compile(r"\b(associated|linked|correlat\w+|predict\w*|risk factors?)\b", re.I)
_RESULT_CUE = re.compile(
    # a qualitative theme told by its name: '"Living on alert" reflected the vigilance ...'
    r"^[\"“‘'][^\"”’]{3,80}[\"”’']\s+(?:described|captured|reflected|concerned|covered|related|"
    r"included|encompassed|highlighted|showed)\b|"
    # what happened to people: stopping a drug, harms, events that did or did not occur
    r"\b(?:discontinued|stopped|withdrew|occurred|were recorded|was recorded)\b|"
    r"\b(?:adverse events?|side effects?|complications?|harms?)\s+(?:included|were|was)\b|"
    r"\b(significant\w*|improv\w*|reduc\w*|increas\w*|decreas\w*|associated|correlat\w+|"
    r"predict\w*|no (significant |clear )?(difference|change|effect|benefit)|better|worse|"
    r"sensitivity|specificity|accuracy|agreement|themes? (?:emerged|were identified|were found)|"
    r"lower|higher|fewer|greater|p\s*[<=≤]\s*0?\.\d+|"
    # a comparison: "exercised more minutes each week than the booklet group"
    r"(?:more|less|farther|faster|slower|longer|shorter|stronger|weaker)(?=[^.;]{0,60}\bthan\b)|"
    r"found|showed|revealed|resulted|restored|achieved|regained|"
    r"reported|identified|experienced|odds|risk|prevalence|incidence|rate|\w*regulat\w*|"
    r"validat\w*|reveals?|shows?|finds?|demonstrat\w*|observed|noted|detected|led to|caused|"
    r"enabled|evoked|recruited|activat\w*|express\w*|upgraded|reclassified|paralleled|"
    r"\d+(?:\.\d+)?\s?% of (?:these|the|all) (?:patients|participants|people|subjects)|"
    r"discover\w*|differ(?:ed|s)?|accounted for|constitut\w+|showing that|"
    r"we (?:show|find|found|report|demonstrate|observed)|(?:was|were) present|developed|"
    r"did not occur|(?:in )?(?:all|any|none of the) "
    r"(?:patients|participants|cases)|\d+(?:\.\d+)?\s?% (?:of )?(?:patients|participants|cases|"
    r"samples))\b",
    re.I,
)
_NOT_RESULT = re.compile(
    r"\b(previously|we hypothesi[sz]ed|hypothesis|is unknown|remains? unclear|little is known|"
    r"we aimed|aim(ed)? (of|to)|objective|the purpose|seeks? to|sought to|"
    r"here,? we (use|describe|stimulated)|"
    r"were (recruited|enrolled|randomi[sz]ed|assigned|included|divided|allocated)|"
    r"we (searched|recruited|enrolled)|databases?|were searched|inclusion criteria|"
    r"exclu\w+|eligib\w+|were (typically|mostly|mainly) (people|patients|participants)|"
    r"confirmed (these|our|the|this) (findings?|results?)|(is|are) (anticipated|expected) to|"
    r"(this|the present|our) (paper|review|article|manuscript|chapter) (also )?(attempts|aims|"
    r"seeks|describes|discusses|outlines|summari[sz]es|presents|provides|focuses|covers|"
    r"reviews|addresses|highlights|explores|is (divided|structured|organi[sz]ed))|"
    r"the following (sections|topics|areas|themes)|"
    r"(has|have) (garnered|attracted|received|gained|drawn)|(increasing|growing|considerable) "
    r"(attention|interest)|(is|are) (characteri[sz]ed by|universal among)|"
    r"(has|have) been (associated|linked|implicated|shown|reported|suggested|proposed)|"
    r"(would|stand to) (significantly |greatly |substantially )?(benefit|help|improve|reduce)|"
    r"(we|the authors) (further |also |then |next )?(used|performed|conducted|measured|assessed|"
    r"recruited|analy[sz]ed|tested|examined|investigated|compared))\b",
    re.I,
)
# a forecast of what the work will do, not what it found: "This work will spur progress",
# "could lead to new therapies", "opens new avenues", "is anticipated to result in"
FORECAST = re.compile(
    r"\b(will|shall)\b(?! be (discussed|addressed|reviewed|described|covered|presented))|"
    r"\bcould (\w+ )?(lead to|pave|open|spur|transform|revolutioni[sz]e)\b|"
    r"\bopen(s|ing)? (up )?(new |novel |exciting |promising )*(avenues|doors|possibilities|"
    r"perspectives|opportunities|directions|horizons|ways)\b|\bpaves? the way\b|"
    r"\b(is|are) (anticipated|expected|poised|set) to\b|\b(stands? to|would) (\w+ )?(benefit|"
    r"gain|improve|help|enable|allow|transform)\b",
    re.I,
)
_SUBORDINATE = re.compile(r"\b(that|if|when|whether|whenever|unless|until|who|which)\b", re.I)


def is_forecast(text: str) -> bool:
    """The sentence forecasts what the work will do ("This work will spur progress", "could
    lead to new therapies", "is anticipated to result in"); a "will" inside a clause that
    tells a risk ("makes it more likely that injuries will occur") is no forecast."""
    for match in FORECAST.finditer(text):
        if match.group(0).lower() not in ("will", "shall"):
            return True
        if not _SUBORDINATE.search(text[: match.start()]):
            return True
    return False


_STATED = re.compile(
    r"\b(we|results?|findings?|data|study|analys[ie]s) (also )?(found|find|show\w*|"
    r"demonstrat\w*|reveal\w*|indicat\w*|suggest\w*)\b",
    re.I,
)
# a short line pointing back with no content of its own
_POINTER = re.compile(r"^(this|these|those|such|each of these|all of these|it|they)\b", re.I)
_CHANGE = re.compile(
    r"\d|\b(no|not|improv\w*|reduc\w*|increas\w*|decreas\w*|higher|lower|"
    r"more|less|fewer|better|worse|differ\w*)\b",
    re.I,
)
# "lower limb", "upper extremity", "lower back" name a body part, not a change
_PLACE = re.compile(
    r"\b(lower|upper)[- ](limbs?|extremit(y|ies)|body|back|leg|arm|urinary|motor neurons?)\b",
    re.I,
)
_NAMES_OUTCOME = re.compile(
    r"^(?:the )?(?:main |primary |secondary )(?:outcomes?|end ?points?|measures?)"
    r"(?: measures?)? (?:was|were|is|are|included)\b",
    re.I,
)
_PRIMARY = re.compile(r"\bprimary (outcome|end ?point|endpoint|measure)\b", re.I)
_OF = re.compile(r"(?<![\d.])(\d[\d,]*)\s+(?:of|out of)\s+(?:the\s+)?(\d[\d,]*)\b")
_PERCENT = re.compile(r"(?<![\d.=<>±])(\d{1,3}(?:\.\d)?)\s?%(?!\s*(?:CI|confidence))")
_FROM_TO = re.compile(
    r"\bfrom\s+(\d+(?:\.\d+)?)\s*(%|[a-zA-Z/]{0,6})\s+to\s+(\d+(?:\.\d+)?)\s*(%|[a-zA-Z/]{0,6})"
)
_STATS_BRACKET = re.compile(r"[\(\[][^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*[\)\]]")


def find_results(
    sentences: Sequence[Sentence], outcomes: Sequence[OutcomeFact] = ()
) -> tuple[ResultFact, ...]:
    """The paper's results in paper order, one per result sentence: what they are about,
    which way they go, their numbers as a reader can use them and whether they were
    significant. The primary result (a "primary outcome" sentence, else the first result
    with a direction) is marked."""
    pool = [s for s in sentences if s.role in ("results",)]
    if not pool:
        pool = [s for s in sentences if s.role in ("conclusion",)]
    out = []
    for sentence in pool:
        text = sentence.text
        if sentence.index == 0 and sentence.section != "RESULTS":
            continue  # an unlabelled opening sentence is background
        if _NOT_RESULT.search(text) or not _RESULT_CUE.search(_PLACE.sub(" ", text)):
            continue
        if is_forecast(text) and not _STATED.search(text):
            continue  # "This work will spur progress": a forecast, not a result
        if _POINTER.search(text) and len(text.split()) <= 12 and not _CHANGE.search(text):
            continue  # "Each of these features has significant implications."
        if _NAMES_OUTCOME.search(text) and not usable_numbers(text):
            continue  # "The primary outcome was ...": a method, not a result
        out.append(_result(sentence, outcomes))
    return _mark_primary(out)


def _result(sentence: Sentence, outcomes: Sequence[OutcomeFact]) -> ResultFact:
    text = sentence.text
    outcome = next(
        (o for o in outcomes if o.name.lower() in text.lower() or _mentions(text, o.concept)),
        None,
    )
    return ResultFact(
        outcome=(outcome.concept or outcome.name) if outcome else "",
        direction=direction_of(text, outcome.better if outcome else None),
        significant=significance_of(text),
        numbers=usable_numbers(text),
        primary=bool(_PRIMARY.search(text)) or bool(outcome and outcome.primary),
        sources=(sentence.index,),
    )


def _mentions(text: str, concept: str) -> bool:
    return bool(concept) and bool(re.search(rf"\b{re.escape(concept)}\b", text, re.I))


_NEGATED_SIGNIFICANCE = re.compile(
    r"\b(not|no|nor|neither|without|failed to)\b(\s+[\w-]+){0,3}\s+(statistically\s+)?"
    r"significant(ly)?\b",
    re.I,
)


def significance_of(text: str) -> bool | None:
    """False for a stated null result, True only when the sentence states a test that was
    passed ("significantly" on a change, "statistically significant", a small p-value, a
    confidence interval that excludes no effect), None when it states no test: "significant
    morbidity" or "clinically significant" is not a test."""
    if _NULL.search(text) or (_P_LARGE.search(text) and not _P_SMALL.search(text)):
        return False
    if _NEGATED_SIGNIFICANCE.search(text):
        return False
    if _SIGNIFICANT.search(text) or _P_SMALL.search(text) or _ci_excludes_no_effect(text):
        return True
    if _CI.search(text):
        return False  # every interval stated spans no effect ("difference 1.8, 95% CI -1.9 to 5.5")
    return None


def _ci_excludes_no_effect(text: str) -> bool:
    """A ratio's confidence interval wholly above or below 1, a difference's wholly above or
    below 0: "OR 2.1, 95% CI 1.3-3.4"."""
    for match in _CI.finditer(text):
        low, high = float(match.group("low")), float(match.group("high"))
        line = 1.0 if match.group("kind").lower() in _RATIOS else 0.0
        if low > line or high < line:
            return True
    return False


_NO_CHANGE = re.compile(
    r"\b(did not|does not|do not|never|failed to) (occur|happen|recover|improve|regain|change)\b|"
    r"\b(recovery|improvement|change) (did not|never) (occur|happen)\b",
    re.I,
)


def direction_of(text: str, better: str | None = None) -> Direction:
    """Which way a result goes; "better"/"worse" when the words or the scale say so; no
    difference when the change it names did not happen ("recovery did not occur")."""
    text = _PLACE.sub(" ", text)
    if _NO_CHANGE.search(text):
        return "no_difference"
    if _NULL.search(text) and not (_UP.search(_NULL.sub("", text)) or _DOWN.search(text)):
        return "no_difference"
    good, bad = bool(_GOOD.search(text)), bool(_BAD.search(text))
    if good and not bad:
        return "better"
    if bad and not good:
        return "worse"
    plain = _STATS_BRACKET.sub("", text)
    up, down = bool(_UP.search(plain)), bool(_DOWN.search(plain))
    if up and down:
        return "mixed"
    if up:
        return "better" if better == "higher" else "worse" if better == "lower" else "higher"
    if down:
        return "better" if better == "lower" else "worse" if better == "higher" else "lower"
    if _NULL.search(text):
        return "no_difference"
    return "unknown"


def usable_numbers(text: str) -> tuple[str, ...]:
    """Numbers a reader can use ("41 of 100", "30%", "from 6 to 3"), taken only from the
    running text, never from a statistics bracket."""
    plain = _STATS_BRACKET.sub("", text)
    found: list[str] = []
    for match in _OF.finditer(plain):
        part, whole = match.group(1), match.group(2)
        if _int(part) <= _int(whole):
            found.append(f"{part} of {whole}")
    for match in _FROM_TO.finditer(plain):
        unit = match.group(2) if match.group(2) == match.group(4) else ""
        found.append(f"from {match.group(1)}{unit} to {match.group(3)}{unit}")
    for match in _PERCENT.finditer(plain):
        before = plain[max(0, match.start() - 12) : match.start()]
        if not re.search(r"(from|to)\s+$", before):
            found.append(f"{match.group(1)}%")
    return tuple(dict.fromkeys(found))[:3]


# a figure given in a statistics bracket as a whole phrase: "38% reduction of circumduction",
# "25% increase in step length", "0.47 events per person"; never a p-value or an interval
_FIGURE = re.compile(
    r"^(?P<number>\d+(?:\.\d+)?)\s?(?P<unit>%|-fold|\s?times)?\s+(?P<rest>[A-Za-z][\w' -]*)$"
)
_CHANGE_NOUN = re.compile(
    r"^(reduction|increase|decrease|improvement|drop|rise|gain|loss|decline|fall|lowering|"
    r"shortening|lengthening|fewer|more|less|higher|lower|greater|smaller|longer|shorter|"
    r"faster|slower)\s+(of|in)\s+\S",
    re.I,
)
_RATE = re.compile(r"^[a-z][\w-]*( [a-z][\w-]*)? per [a-z][\w-]*( [a-z][\w-]*)?$", re.I)
_FIGURE_STATS = re.compile(
    r"[=<>±≤≥]|\b(p|CI|SD|SE|IQR|OR|HR|RR|SMD|MD|NNT|vs|versus|respectively|confidence|"
    r"interval|range|mean|median|ratio)\b",
    re.I,
)
_LAST_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*\.?\s*$")


@dataclass(frozen=True, slots=True)
class Figures:
    """Whole-phrase figures that a sentence gives only inside its closing bracket: `changes`
    ("38% reduction of circumduction") or one `rate` ("0.47 events per person"), with the
    running text before the bracket (`before`)."""

    before: str
    changes: tuple[str, ...] = ()
    rate: str = ""


def bracket_figures(text: str) -> Figures | None:
    """The figures in the bracket that closes `text`, when each item reads as a whole phrase
    (a number, then a change and what changed, or a rate); statistics items (p-values,
    intervals, ratios) are left out, and a bracket holding only statistics gives None."""
    match = _LAST_BRACKET.search(text)
    if not match:
        return None
    items = [i.strip() for i in re.split(r"[;,]", match.group("inner")) if i.strip()]
    changes: list[str] = []
    rate = ""
    for item in items:
        figure = _FIGURE.match(item)
        if not figure or _FIGURE_STATS.search(item) or re.search(r"\d", figure.group("rest")):
            continue
        rest = figure.group("rest").strip()
        if figure.group("unit") and _CHANGE_NOUN.match(rest):
            changes.append(f"{figure.group('number')}{figure.group('unit').strip()} {rest}")
        elif not figure.group("unit") and _RATE.match(rest) and not rate:
            rate = f"{figure.group('number')} {rest}"
    if not changes and not rate:
        return None
    return Figures(before=text[: match.start()].strip(), changes=tuple(changes), rate=rate)


def _int(token: str) -> int:
    return int(token.replace(",", ""))


def _mark_primary(results: list[ResultFact]) -> tuple[ResultFact, ...]:
    if not results or any(r.primary for r in results):
        return tuple(results)
    first = next(
        (
            i
            for i, r in enumerate(results)
            if r.significant is True or r.direction in ("better", "worse", "higher", "lower")
        ),
        next((i for i, r in enumerate(results) if r.significant is not None), 0),
    )
    marked = list(results)
    r = marked[first]
    marked[first] = ResultFact(r.outcome, r.direction, r.significant, r.numbers, True, r.sources)
    return tuple(marked)


def is_association(text: str) -> bool:
    """The result is a link ("associated with", "predicted"), not a tested effect."""
    return bool(_ASSOCIATION.search(text))
