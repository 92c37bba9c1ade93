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
    r"summari[sz]es|covers|addresses))\b",
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
    r"(review|overview)|"
    r"a (retrospective|prospective|cross-sectional)"
    r" (review|analysis|study) (of|was))\b",
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
    if _METHOD.search(text) and not found:
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
