"""The limits authors state in words the stated-limitation facts do not read: evidence "of
limited quality", design or reporting that "need to be improved", trials "needed to exclude"
an alternative explanation, a recovery or benefit kept "only partly", what "may limit
generalisability", efficacy that "cannot be judged", and what a self-report measured. Each
line is built from the paper's own words and says why the limit matters; the rules read how
papers write, never a particular paper."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.draft import Draft

# the paper's own study, never its background ("Previous trials have been small")
_OWN_ROLES = ("results", "conclusion")
_PREVIOUS = re.compile(r"\b(previous|prior|earlier|past)\b", re.I)

_LIMITED_QUALITY = re.compile(
    r"\b(?:of )?(?:limited|low|poor|very low)[- ](?:quality|certainty)\b|\b(?:quality|certainty)"
    r"\b[^.;]{0,40}\b(?:was|were|is|are|remains?) (?:limited|low|poor)\b",
    re.I,
)
_ANIMAL_STUDIES = re.compile(r"\banimal (?:studies|experiments|models?)\b", re.I)
_DESIGN_WORDS = re.compile(
    r"\b(design|reporting|conduct|methodology|methods|implementation|measurement)\b", re.I
)
_TO_IMPROVE = re.compile(
    r"\bneeds? (?:to be )?(?:further )?(?:improved|improvement|standardi[sz]ed|"
    r"standardi[sz]ation|strengthened)|\bneeds? (?:better|improved|more rigorous|"
    r"standardi[sz]ed)\b",
    re.I,
)
# "controlled trials are needed to exclude placebo effects": what the result cannot yet rule out
_NEEDED_TO = re.compile(
    r"\b(?P<who>(?:(?:randomi[sz]ed|controlled|sham-controlled|placebo-controlled|larger|"
    r"blinded|longer|further|future|prospective)[, ]+(?:and )?)+(?:[\w-]+ )?(?:trials|studies))"
    r"\s+(?:are|is|will be|would be) (?:still )?(?:needed|required|necessary) to (?P<verb>"
    r"exclude|rule out|confirm|establish|verify|separate)\s+(?P<what>[^,.;]{3,80})",
    re.I,
)
# "Efficacy cannot be judged from this small study": safety shown, benefit not
_NOT_JUDGED = re.compile(
    r"\b(?:efficacy|effectiveness|benefit) (?:cannot|could not|can not) (?:yet )?be (?:judged|"
    r"determined|established|assessed|evaluated)\b",
    re.I,
)
_PARTLY = re.compile(
    r"\b(?:only )?(?:partly|partially|incompletely)\s+(?P<verb>recover\w*|regain\w*|restor\w*|"
    r"maintain\w*|kept|sustain\w*|reversed?)\b",
    re.I,
)
_SELF_MEASURE = re.compile(
    r"\b(?:questionnaires?|surveys?|self-report\w*|self-rated)\b[^.;]{0,80}?\bto (?:measure|"
    r"assess|evaluate|capture|record|rate) (?P<what>(?:the |their |participants' )?[\w' -]{3,50}?"
    r"(?:outcomes?|symptoms?|satisfaction|scores?|quality of life|mood|wellbeing|well-being|"
    r"function|pain|participation|views?))\b",
    re.I,
)
# "most pharmacological studies are small, short and ...": the studies a review rests on
_SMALL_STUDIES = re.compile(
    r"\b(?P<which>most|many|the|these|existing|available|current)\s+(?P<kind>[\w-]+\s+)?"
    r"(?:studies|trials)\s+(?:are|were|have been|remain)\s+(?P<what>(?:(?:small|short|few|"
    r"underpowered|uncontrolled)(?:,\s*|\s+and\s+|\s*$|(?=[\s,.;])))+)",
    re.I,
)
_LITERATURE = re.compile(r"\b(review of (the )?literature|literature review)\b", re.I)
_SEARCH = re.compile(r"\b(searched|databases?|pubmed|medline|embase|systematic)\b", re.I)


# a sentence whose point is a limit of the study: "The cross-sectional design precludes
# causal inference", "the response rate may limit generalisability", "Limitations include ..."
_STATES_LIMIT = re.compile(
    r"\b(?:precludes?|prevents?|does not (?:allow|permit)) (?:any )?(?:causal|cause)|"
    r"\blimits? (?:the )?generali[sz]ability|\b(?:main|key|major|important) limitations?\b|"
    r"\blimitations (?:include|of (?:this|the present|our) study)|\bis limited by\b",
    re.I,
)
_GENERALISABILITY = re.compile(
    r"(?:^|,\s*(?:and\s+)?|\band\s+)(?P<what>(?:the|a|its|our) [\w -]{3,40}?) (?:may |might |"
    r"could |would )?limits? (?:the )?generali[sz]ability",
    re.I,
)


def states_limit(text: str) -> bool:
    """The sentence tells a limit of the study, never one of its findings."""
    return bool(_STATES_LIMIT.search(text))


def own_limits(draft: Draft, taken: set[int]) -> list[tuple[int, str]]:
    """The limits the paper states in sentences `taken` (those the stated-limitation facts
    gave) leaves out, each with its sentence index, in paper order."""
    out: list[tuple[int, str]] = []
    for sentence in draft.facts.sentences:
        if sentence.index in taken or not _own(sentence):
            continue
        for line in caveats(sentence.text):
            out.append((sentence.index, line))
    return out


def _own(sentence: Sentence) -> bool:
    return sentence.role in _OWN_ROLES and not _PREVIOUS.search(sentence.text)


def caveats(text: str) -> list[str]:
    """The limits one sentence of the paper states, each as a plain line saying why it
    matters."""
    lines = []
    if _LIMITED_QUALITY.search(text):
        studies = "animal studies" if _ANIMAL_STUDIES.search(text) else ""
        what = f"the {studies} it brings together" if studies else "the evidence"
        lines.append(
            f"The authors say {what} {'are' if studies else 'is'} of limited quality, so the "
            "results are less sure."
        )
    few = _SMALL_STUDIES.search(text)
    if few:
        words = re.findall(r"small|short|few|underpowered|uncontrolled", few.group("what"), re.I)
        words = list(dict.fromkeys(w.lower() for w in words))
        said = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
        which = few.group("which").lower()
        which = "the" if which in ("these", "existing", "available", "current") else which
        kind = (few.group("kind") or "").strip().lower()  # "most drug studies", not all
        studies = f"{kind} studies" if kind else "studies"
        lines.append(
            f"The authors say {which} {studies} are {said}, so the evidence is thin."
            if kind
            else f"The authors say {which} of the studies are {said}, so the evidence is thin."
            if which in ("most", "many")
            else f"The authors say the studies are {said}, so the evidence is thin."
        )
    if _TO_IMPROVE.search(text):
        words = list(dict.fromkeys(m.group(1).lower() for m in _DESIGN_WORDS.finditer(text)))
        if words:
            named = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
            lines.append(
                f"The authors say the {named} of such studies need to improve, which makes "
                "their results harder to trust and to carry into care."
            )
    general = _GENERALISABILITY.search(text)
    if general:
        what = general.group("what").strip()
        lines.append(
            f"The authors say {what[:1].lower() + what[1:]} may limit how far the results "
            "apply to others."
        )
    if _NOT_JUDGED.search(text):
        small = " from a study this small" if re.search(r"\bsmall\b", text, re.I) else ""
        lines.append(f"The authors say whether it works cannot be judged{small}.")
    needed = _NEEDED_TO.search(text)
    if needed:
        who = needed.group("who").strip().lower()
        verb = "rule out" if needed.group("verb").lower() == "exclude" else needed.group("verb")
        what = re.sub(r"^(?:this|these|our)\b", "the", needed.group("what").strip(), flags=re.I)
        lines.append(
            f"The authors say {who} are still needed to {verb.lower()} {what}, so the results "
            "are not yet sure."
        )
    partly = _PARTLY.search(text)
    if partly:
        verb = partly.group("verb").lower()
        if verb.startswith(("maintain", "kept", "sustain")):
            lines.append(
                "The improvements were only partly kept at the later check, so some of the "
                "benefit was lost."
            )
        else:
            lines.append(
                "The recovery was only partial, so function did not return to what it was "
                "before the injury."
            )
    return lines


def measured_by_self_report(draft: Draft) -> str:
    """What the study's own questionnaires or surveys measured ("psychosocial outcomes"),
    from a methods sentence that says so, else ""."""
    for sentence in draft.facts.sentences:
        if sentence.role not in ("methods", "objective"):
            continue
        match = _SELF_MEASURE.search(sentence.text)
        if match:
            return re.sub(r"^(the|their|participants') ", "", match.group("what").strip())
    return ""


def unsearched_literature(draft: Draft) -> bool:
    """A case report that adds a review of the literature without saying how it searched."""
    text = draft.facts.title + " " + " ".join(s.text for s in draft.facts.sentences)
    return bool(_LITERATURE.search(text)) and not _SEARCH.search(text)
