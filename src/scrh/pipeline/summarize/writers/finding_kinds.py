"""What an abstract sentence does, as key findings need it: a finding, or background, an aim, a
method, a call for more research or a forecast ("This work will spur progress"), a list of what
a review covers, or a line with no content of its own. Key findings keep only findings (and, for
reviews without stated points, what they cover); the rules read how papers write, never a
particular paper."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from scrh.pipeline.summarize.facts.findings import is_forecast
from scrh.pipeline.summarize.sentences import Sentence, tells_past

Kind = Literal["finding", "background", "aim", "method", "future", "coverage", "vague"]

# the study's own finding, whatever else the sentence says
_FOUND = re.compile(
    r"\b(we|the authors|this (study|trial|review|analysis|work|report|case)|our (study|results|"
    r"findings|data|analysis)|results?|findings?|data|analys[ie]s)\s+(also\s+)?(found|find|show\w*|"
    r"demonstrat\w*|reveal\w*|observed|identified|indicat\w*|suggest\w*|confirm\w*|report\w*)\b|"
    r"\b(to|that) (demonstrate|show|reveal) that\b|\bwe (report|found|observed|show)\b|"
    r"\bshowing that\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b((further|future|more|larger|additional|well[- ]designed|high[- ]quality|longer)\s+"
    r"([\w-]+\s+){0,3}(research|studies|trials|work|investigations?|evidence)\b[^.]*\b(needed|"
    r"required|warranted|necessary|should)|is the next step|next steps?|remains? to be "
    r"(determined|established|seen|studied)|warrants? further|should be (further )?(studied|"
    r"investigated|explored|tested|confirmed|validated) in)\b",
    re.I,
)
_AIM = re.compile(
    r"\b(we aimed|aims? (of|was|were|is|to)|aimed (to|at)|objectives? (of|was|were|is)|"
    r"purpose (of|was|is)|goal (of|was|is)|we (sought|set out|wanted|hypothesi[sz]ed) to|"
    r"sought to|we hypothesi[sz]ed|(was|were) designed to (determine|assess|evaluate|"
    r"investigate|examine|explore|compare|test|identify)|(this|the present) (study|trial|review|"
    r"paper|article|work) "
    r"(aims|aimed|sought|seeks)|little is known|(is|are|was|were|remains?|remained) (unknown|"
    r"unclear|poorly understood|not (well )?(known|understood))|^(it|this \w+) (also )?(seeks|aims|"
    r"attempts|intends) to|^to (investigate|evaluate|"
    r"assess|examine|determine|explore|compare|describe|identify))\b",
    re.I,
)
_COVERAGE = re.compile(
    r"\b((this|the present|our) (review|article|paper|manuscript|work|chapter|overview) (will )?"
    r"(also )?(outlines?|reviews?|discuss\w*|describes?|summari[sz]\w*|address\w*|provides?|"
    r"presents?|covers?|focuses|expounds?|attempts?|seeks?|emphasi[sz]\w*|explores?|highlights?)|"
    r"will (be )?(discussed|addressed|reviewed|described|presented|covered|address|discuss|"
    r"review|describe)|(we|the authors) (also )?(briefly )?(provide|present|discuss|review|"
    r"describe|summari[sz]e|outline|highlight) (a |an |the )?(comprehensive |detailed |brief )?"
    r"(\w+ )?(review|overview|description|summary|discussion|update|account)?|in this "
    r"(review|work|article|paper),? (we|the authors)|^(additionally, |furthermore, |"
    r"moreover, )?it (also )?(emphasi[sz]es|discusses|reviews|describes|outlines|highlights|"
    r"summari[sz]es|covers|addresses)|(divided|organi[sz]ed|structured|grouped) into (the "
    r"following |\w+ )?(sections|parts|chapters|themes|topics)|the following (sections|topics|"
    r"themes|areas|chapters))\b",
    re.I,
)
_METHOD = re.compile(
    r"\b((were|was) (recruited|enrolled|randomi[sz]ed|assigned|included|divided|allocated|"
    r"collected|interviewed|screened|searched|extracted|retrieved|reviewed|surveyed|invited|"
    r"administered|obtained|followed up|grouped)|(was|were) (assessed|measured|evaluated|recorded|"
    r"used|performed|conducted|calculated|analy[sz]ed|quantified|determined|examined|tested|"
    r"validated|applied|estimated)( and (tested|validated|evaluated|assessed))? (using|by|with|"
    r"via|through|in|at|on)|data (were|was) "
    r"(collected|gathered|obtained|extracted|analy[sz]ed)|(we|the authors) (further |also |then |"
    r"first |next )?(used?|performed|conducted|measured|assessed|recruited|analy[sz]ed|adapted|"
    r"applied|developed|designed|collected|interviewed|surveyed|searched|enrolled|compared|"
    r"examined|investigated|recorded|implanted|trained|tested|evaluated)|inclusion criteria|"
    r"eligib\w+|databases? (were|was)|were searched|(this|the present) (study|trial) (compared|"
    r"evaluated|assessed|examined|investigated|analy[sz]ed|used|recruited|enrolled|included|"
    r"tested)|(completed|underwent|participated in|took part in) (a|an) |included in this "
    r"(review|overview)|(was|were) (individually |then |first |further )?(optimi[sz]ed|"
    r"titrated|programmed|tuned) (during|over|for|in|using|with|to)|"
    r"(we|the authors) report (the )?(outcomes?|results|data|experience|follow-up) (in|of|from|"
    r"for) (\w+ ){0,3}(consecutive |adult |individuals|patients|people|participants|persons|"
    r"cases)|"
    r"a (retrospective|prospective|cross-sectional)"
    r" (review|analysis|study) (of|was))\b",
    re.I,
)
# "We report outcomes in eight consecutive individuals who ...": who was studied, told with
# the verb of a finding
_REPORTS_ON = re.compile(
    r"\b(we|the authors) report (the )?(outcomes?|results|data|experience|follow-up) (in|of|"
    r"from|for)\b",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b((is|are) (a|an|one of the)\s+([\w-]+\s+){0,4}(complications?|conditions?|diseases?|"
    r"disorders?|causes?|problems?|comorbidit(y|ies)|consequences?|injur(y|ies)|challenges?|"
    r"priorit(y|ies)|burdens?|events?)|(has|have) (garnered|attracted|received|gained|drawn)\b|"
    r"(increasing|growing|considerable|much) (attention|interest)|(is|are|remains?) "
    r"(multifaceted|complex|poorly understood|challenging|debilitating|devastating|disabling|"
    r"universal|common)|remains? (a|an) ([\w-]+\s+){0,3}(challenge|problem|priority|burden)|"
    r"poses? (a |an )?([\w-]+\s+){0,3}(burden|challenge|threat|risk)|affect(s|ing) (thousands|"
    r"millions|many|an estimated)|(is|are) (responsible for|characteri[sz]ed by|associated with "
    r"(high|significant|considerable|increased))|previous(ly)? (studies|work|research|reports|"
    r"trials)|\bwe previously\b|(has|have) been (shown|reported|described|suggested|proposed|"
    r"associated|linked|implicated)|it is (commonly|widely|generally) (assumed|accepted|believed|"
    r"known)|the lack of (effective|adequate)|despite (extensive|decades|advances|many|recent)|"
    r"(worldwide|globally|each year|every year|annually)|(its|the) (high )?(incidence|prevalence)"
    r" (is|are) (high|rising|increasing))\b",
    re.I,
)
# a line that points back and says nothing alone: "Each of these features has implications."
_POINTER = re.compile(
    r"^(this|these|those|such|each of these|all of these|it|they)\b(?![^.]*\b(that|suggests?|"
    r"shows?|showed|indicates?|demonstrates?|reveals?)\b)",
    re.I,
)
_CURRENT = re.compile(
    r"\b(we|our|in this (study|trial|cohort|case)|the authors|(this|the present|the current) "
    r"(study|trial|work|investigation|analysis|case|survey|pilot))\b",
    re.I,
)
_RESULT_TENSE = re.compile(
    r"\b(was|were|had|did|showed|found|improved|increased|decreased|reduced|resulted|achieved|"
    r"regained|experienced|developed|received|remained|occurred|reported|observed|became)\b",
    re.I,
)
_LABELLED_FINDINGS = frozenset({"RESULTS", "CONCLUSIONS", "CONCLUSION"})


def stated_finding(text: str) -> bool:
    """The authors tell the sentence as their finding: "we found", "our results show"."""
    return bool(_FOUND.search(text))


def kind_of(sentence: Sentence, own_started: bool = True) -> Kind:
    """What `sentence` does. `own_started` is False while the abstract has not yet spoken of
    its own study (no "we", "this study", aim or method so far): such an opening statement in
    the present tense is background even without a background cue."""
    text = sentence.text.strip()
    if _FUTURE.search(text):
        return "future"
    found = bool(_FOUND.search(text))
    if sentence.role == "objective" or (_AIM.search(text) and not found):
        return "aim"
    if _COVERAGE.search(text) and not found:
        return "coverage"
    if sentence.role == "methods" and not found:
        return "method"
    if _METHOD.search(text) and (not found or _REPORTS_ON.search(text)):
        return "method"
    if is_forecast(_main_clause(text)) and not found:
        return "future"
    labelled = sentence.section in _LABELLED_FINDINGS and sentence.label is not None
    if not found and not labelled:
        if sentence.role == "background" or _BACKGROUND.search(_main_clause(text)):
            return "background"
        told = _RESULT_TENSE.search(text) or tells_past(text)
        if not own_started and not _CURRENT.search(text) and not told:
            return "background"
    if _POINTER.search(text) and len(text.split()) <= 12:
        return "vague"
    return "finding"


_SIDE_CLAUSE = re.compile(
    r"^(while|although|though|whereas|despite|even though)\b[^,]{6,},\s*", re.I
)


def _main_clause(text: str) -> str:
    """The sentence without a leading side clause ("While X remains challenging, ...")."""
    return _SIDE_CLAUSE.sub("", text)


def kinds(sentences: Sequence[Sentence], review: bool = False) -> dict[int, Kind]:
    """The kind of every sentence, reading the abstract in order so that the opening
    statements before the study speaks of itself count as background. A narrative review
    states its points before saying what it covers, so there only the cues count."""
    out: dict[int, Kind] = {}
    own_started = review
    for sentence in sentences:
        kind = kind_of(sentence, own_started)
        out[sentence.index] = kind
        if kind in ("aim", "method", "coverage") or _CURRENT.search(sentence.text):
            own_started = True
        if sentence.role in ("methods", "results", "conclusion") and sentence.label is not None:
            own_started = True
    return out


# A claim of promise, potential or novelty, or of what the work could lead to: how authors
# close an abstract ("X holds promise", "may represent a novel approach", "may serve as a
# target", "could be scaled up"), never one of its results.
_PROMISE = re.compile(
    r"\b((holds?|showed?|shows?|offers?) (great |considerable |much |some )?promise|promising|"
    r"(has|have|had|with|holds?) (a |the |great |considerable |significant |strong )?"
    r"potential\b|the potential of\b|potential (to|for|scalability|value|benefits?|roles?|"
    r"uses?|utility|applications?|therapeutic|clinical|targets?|treatments?)\b|"
    r"(new|novel|potential|therapeutic|attractive|promising) (\w+ )?(targets?|avenues?|"
    r"strateg(y|ies)|approach(es)?|options?|candidates?|directions?) (for|to|in)\b|"
    r"(a|an) (novel|new|innovative|unprecedented|attractive) (\w+ )?(approach|strategy|"
    r"avenue|tool|option|way|paradigm)|opens? (up )?(new |novel )?(avenues|possibilities|"
    r"doors?|the door|the way|perspectives)|pav(e|es|ing) the way|scal(able|ability)|"
    r"(be|been) scaled|(we|the authors) (hypothesi[sz]e|speculate|postulate|propose) that|"
    r"(may|might|could) (also |potentially |therefore |thus |ultimately |eventually |one "
    r"day )?(serve|represent|pave|open|lead to|translate|inform|guide|be (used|applied|"
    r"scaled|translated|implemented|adopted|exploited|harnessed|targeted|useful|valuable|"
    r"beneficial|helpful|considered|(a|an|the) ([\w-]+ ){0,3}(target|tool|approach|strategy|"
    r"option|candidate|avenue|alternative|means|way|basis|treatment|therapy|intervention|"
    r"biomarker|adjunct|solution))))\b",
    re.I,
)
# "may help", "could improve": an outcome the authors expect, not one they measured; only
# outside a results section, where "could" also tells what people were able to do
_MAY_HELP = re.compile(
    r"\b(may|might|could) (also |potentially |therefore |thus |ultimately |further )?(help|"
    r"improve|enhance|enable|benefit|facilitate|contribute|offer|provide|aid|support|reduce|"
    r"prevent|promote|restore|mitigate|allow|accelerate|optimi[sz]e)\b",
    re.I,
)
# a closing phrase of a result that tells its promise: ", opening up new targets for ...",
# ", demonstrating the potential of ...", ", which may serve as ..."
_PROMISE_TAIL = re.compile(
    r"(?:,\s+(?:(?:thus|thereby|and thereby|and)\s+)?(?:opening|offering|providing|"
    r"demonstrating|highlighting|suggesting|indicating|showing|underscoring|supporting|"
    r"paving|which)|,?\s+and\s+(?:thereby\s+)?(?:suggests?|proposes?|identif(?:y|ies)|"
    r"points? to|offers?|opens?|provides?|may|might|could))\b(?P<tail>[^.;]*)[.;]?\s*$",
    re.I,
)
# a result told with a past verb of evidence: "Results showed that X could improve Y"
_EVIDENCE = re.compile(
    r"\b(showed|found|revealed|demonstrated|confirmed|observed|identified)\b(?! (the )?"
    r"(potential|promise|ability|feasibility))",
    re.I,
)


def is_speculation(sentence: Sentence) -> bool:
    """The sentence claims promise, potential or novelty, or what the work may lead to
    (after any result it carries in a closing phrase is set apart, see `without_promise`)."""
    text = without_promise(sentence.text)
    if _EVIDENCE.search(text):
        return False
    if _PROMISE.search(text):
        return True
    return sentence.role != "results" and bool(_MAY_HELP.search(text))


def without_promise(text: str) -> str:
    """`text` without a closing phrase that tells its promise ("Words could be decoded,
    demonstrating the potential of implants to restore speech." -> "Words could be
    decoded."); the text as it is when no such phrase closes it or nothing whole is left."""
    match = _PROMISE_TAIL.search(text)
    if not match:
        return text
    tail = match.group("tail")
    if not (_PROMISE.search(tail) or _MAY_HELP.search(tail)):
        return text
    head = text[: match.start()].rstrip(" ,;")
    return head + "." if len(head.split()) >= 5 else text


# What was built: a method, tool or resource ("Here we provide a web resource", "We optimized
# viral labelling and imaging", "We demonstrate the ability of this approach to ..."), a
# finding only for papers whose contribution it is
_TOOL_NOUN = (
    r"(method|tool|resource|platform|pipeline|framework|approach|model|system|atlas|database|"
    r"software|algorithm|protocol|technique|workflow|app|device|website|web[- ]?(site|"
    r"resource|portal|tool)|dataset|data ?set|map|toolbox|toolkit|assay|paradigm|interface|"
    r"registry|library|index|scale|questionnaire|instrument|procedure|strategy)s?"
)
_TOOL = re.compile(
    r"^(here,?\s+|in this (study|work|paper|report),?\s+)?(we|the authors|this (study|work|"
    r"paper|report))\s+(also\s+)?(develop|developed|present|presented|introduce|introduced|"
    r"provide|provided|describe|described|establish|established|create|created|build|built|"
    r"optimi[sz]e|optimi[sz]ed|design|designed|devise|devised|generate|generated|assemble|"
    r"assembled|adapt|adapted|validate|validated|release|released)\s+((a|an|the|our|new|"
    r"novel|open|freely|publicly)\s+)*([\w-]+\s+){0,5}" + _TOOL_NOUN + r"\b|"
    r"\b(demonstrat\w*|show\w*|illustrat\w*|highlight\w*) (the )?(ability|capacity|utility|"
    r"usefulness|power|versatility|value) of (this|the|our) ([\w-]+ ){0,2}"
    + _TOOL_NOUN
    + r"\b|\boptimi[sz]ed ([\w-]+,? ){0,2}(labell?ing|imaging|registration|staining|"
    r"recording|sequencing|tracing|protocols?|pipelines?|methods?)\b|\b(is|are) (now )?"
    r"(freely |publicly |openly )?(available|accessible) (at|online|from|to)\b",
    re.I,
)
_BUILT = re.compile(
    r"^(here,?\s+|in this (study|work|paper|report),?\s+)?(we|the authors|this (study|work|"
    r"paper|report))\s+(also\s+)?(?P<verb>[a-z]+)\s+",
    re.I,
)


def is_tool(text: str) -> bool:
    """The sentence tells a method, tool or resource the authors made or what it can do,
    not a result it gave."""
    return bool(_TOOL.search(text))


def as_built(text: str) -> str:
    """A tool sentence told as what was built: "Here, the authors provide a web resource for
    X." -> "The authors developed a web resource for X."; other sentences as they are."""
    match = _BUILT.match(text)
    if not match or not _TOOL.match(text):
        return text
    return "The authors developed " + text[match.end() :]


# words every sentence of a paper on the topic shares, which tell nothing of its result
_COMMON = frozenset(
    re.findall(
        r"[a-z]+",
        "this that these those with than from were have been which their there more after into "
        "also both such between during study studies results result findings finding data "
        "suggest suggests suggested indicate indicates show shows showed shown conclusion "
        "conclude authors significant significantly spinal cord injury injuries patients people "
        "individuals participants persons group groups compared when while well other some",
    )
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z-]{3,}", text.lower())
    return {w[:6] for w in words if w not in _COMMON}


RESTATED = 0.6  # share of a conclusion's content words already told by the listed results


def told_share(text: str, told: Sequence[str]) -> float:
    """The share of `text`'s content words that `told` (the results already listed) has."""
    own = _stems(text)
    if not own:
        return 0.0
    seen: set[str] = set().union(*(_stems(t) for t in told)) if told else set()
    return len(own & seen) / len(own)


def restates(text: str, told: Sequence[str]) -> bool:
    """`text` (a conclusion) says again what `told` (the results already listed) says: at
    least 60% of its content words are theirs. A sentence of fewer than five content words
    is too short to judge."""
    return len(_stems(text)) >= 5 and told_share(text, told) >= RESTATED


# advice to readers or services: an implication of the results, never one of them
_ADVICE = re.compile(
    r"\b((we|the authors) (strongly )?(recommend|advise|urge|advocate)|(is|are) (strongly )?"
    r"recommended|(should|must|ought to)(?! have\b))\b",
    re.I,
)


def gives_advice(text: str) -> bool:
    """The sentence advises ("We recommend that prevention focus on young men", "Support
    should be multidimensional") rather than tells a result."""
    return bool(_ADVICE.search(text))


# how large or grave the problem is: context for any paper on it, never what a review found
_BURDEN = re.compile(
    r"\b(affect(s|ing)? (thousands|millions|many|an estimated|about|approximately|over|more "
    r"than)|(each|every|per) year|annually|worldwide|globally|global (health )?(priority|"
    r"burden|problem|challenge)|public health|incidence|prevalence|devastating|debilitating|"
    r"disabling (condition|disease|injury)|no (curative|cure|effective)|leading cause|"
    r"(social|economic|financial) burden|costly)\b",
    re.I,
)


def tells_burden(text: str) -> bool:
    """The sentence tells how common, costly or grave the condition is ("SCI continues to
    be a global health priority affecting thousands every year")."""
    return bool(_BURDEN.search(text))
