"""The study's aim, the authors' conclusion with how sure they are, and the limits they state."""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrh.pipeline.summarize.facts.model import Certainty, ConclusionFact, StatedLimitation
from scrh.pipeline.summarize.sentences import Sentence

_AIM = re.compile(
    r"\b(we aimed|aims? (of|was|were|is)|aimed (to|at)|objectives? (of|was|were|is)|"
    r"purpose (of|was|is)|goal (of|was|is)|we (sought|set out|wanted) to|"
    r"this (study|review|trial|paper|article|work) (aims|aimed|sought|explores|investigates|"
    r"examines|evaluates|assesses|compares|describes|reviews|reports)|"
    r"here,? we (ask|test|investigate|examine|explore|describe|report|show|present)|"
    r"to (investigate|evaluate|assess|examine|determine|explore|compare|describe|identify|"
    r"test|understand|characteri[sz]e) (whether|if|how|the|what|which|factors|"
    r"changes|differences))\b",
    re.I,
)
_CONCLUDING = re.compile(
    r"\b(in conclusion|we conclude|conclusions?|(these|our|the) (findings|results|data|"
    r"observations) (suggest|indicate|show|support|highlight|demonstrate|provide|imply|"
    r"confirm|reveal)|this (study|pilot study|trial|review|work|case) (shows|showed|has shown|"
    r"suggests|demonstrates|highlights|provides|supports|indicates|adds)|taken together|"
    r"in summary|overall,)",
    re.I,
)
_FUTURE = re.compile(
    r"\b(further|future|more|larger|additional|new) (research|studies|trials|work|investigation)|"
    r"\b(is|are) (needed|required|warranted)\b|research priority|should (now )?be (studied|"
    r"investigated|explored|tested)",
    re.I,
)
_UNCERTAIN = re.compile(
    r"\b(insufficient|inconclusive|unclear|uncertain\w*|very low[- ](quality|certainty)|"
    r"low[- ](quality|certainty)|not enough evidence|no (firm|definitive) conclusions?|"
    r"(impossible|unable|not possible|difficult) to (draw|make|reach) (any )?(firm )?conclusions?|"
    r"cannot (be )?(conclude|determine|draw)|limited evidence|lack of (high-quality )?evidence)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(may|might|could|possibl[ey]|potential(ly)?|suggests?|suggested|suggesting|"
    r"appears?|seems?|likely|preliminary|pilot|feasib\w+|associated|linked|promising|"
    r"warrant\w*|hypothes\w+|indicates?|tentative)\b",
    re.I,
)
_FIRM = re.compile(
    r"\b(demonstrates?|demonstrated|shows?|showed|shown|confirms?|confirmed|proves?|proved|"
    r"establish\w*|effective|clearly|strong evidence|high[- ](quality|certainty))\b",
    re.I,
)
_MODERATE = re.compile(r"\bmoderate[- ](quality|certainty)\b", re.I)
_STATED_LIMIT = re.compile(
    r"\b(limitations?|limited by|(is|was|were|are) limited|small (sample|number|study|cohort)|"
    r"sample size (was|is) (small|limited)|few (participants|patients|studies|trials)|"
    r"should be interpreted with caution|interpreted with caution|caution (is|should)|"
    r"risk of bias|(high|serious) (risk|concerns)|lack of (a )?(control|comparison|blinding)|"
    r"not (randomi[sz]ed|blinded)|no control group|selection bias|short follow-?up|"
    r"heterogeneity|heterogene\w+\s+(?:\w+\s+)?(?:studies|trials|results|findings|data|"
    r"evidence|methods|designs)|low[- ](quality|certainty)|very low[- ](quality|certainty)|"
    r"single[- ]cent(er|re)|self-report\w*)\b",
    re.I,
)
# what the design cannot show, and for whom the results may not hold (STROBE's "discuss
# limitations", as authors write it in an abstract): a limit even in a methods sentence
_CAVEAT = re.compile(
    r"\b(precludes?|preclud(ed|ing)|(cannot|could not) (establish|determine|infer|prove|show) "
    r"caus\w*|causal (inference|relationships?|conclusions?) (cannot|could not)|"
    r"(may|might|could) (limit|restrict|reduce) (the )?(generali[sz]ab\w+|external validity)|"
    r"(limits?|limited|limiting) (the )?(generali[sz]ab\w+|external validity)|"
    r"(low|modest|poor) response rate|recall bias|residual confounding|under-?powered|"
    r"(efficacy|effectiveness) (cannot|could not) be (judged|determined|established|assessed)|"
    r"retrospective nature)\b",
    re.I,
)
_NOT_A_LIMIT = re.compile(r"\b(no|without|minimal|low|few) ([a-z]+ )?limitations?\b", re.I)


def find_aim(sentences: Sequence[Sentence]) -> tuple[int, ...]:
    """The sentence stating what the study set out to do: an objective sentence, else the
    first sentence with an aim cue."""
    usable = [s for s in sentences if s.role != "other"]
    for sentence in usable:
        if sentence.role == "objective" and len(sentence.text.split()) >= 3:
            return (sentence.index,)
    for sentence in usable:
        if _AIM.search(sentence.text) and sentence.role in ("background", "objective", "methods"):
            return (sentence.index,)
    return ()


def find_conclusion(sentences: Sequence[Sentence]) -> ConclusionFact | None:
    """The authors' conclusion (sentences in a conclusions section, else concluding cues),
    with how sure they sound, from their own hedges."""
    chosen = [s for s in sentences if s.role == "conclusion" and not _FUTURE.search(s.text)]
    if not chosen:
        chosen = [
            s
            for s in sentences
            if s.role != "other" and _CONCLUDING.search(s.text) and not _FUTURE.search(s.text)
        ]
    chosen = chosen[:3]
    if not chosen:
        return None
    text = " ".join(s.text for s in chosen)
    hedges = tuple(dict.fromkeys(m.group(0).lower() for m in _HEDGE.finditer(text)))
    return ConclusionFact(
        certainty=certainty_of(text), hedges=hedges, sources=tuple(s.index for s in chosen)
    )


def certainty_of(text: str) -> Certainty:
    """How sure a conclusion sounds: "uncertain" when it says the evidence is weak,
    "tentative" with any hedge, "moderate" for moderate-certainty evidence, else "firm"."""
    if _UNCERTAIN.search(text):
        return "uncertain"
    if _MODERATE.search(text):
        return "moderate"
    if _HEDGE.search(text):
        return "tentative"
    if _FIRM.search(text):
        return "firm"
    return "tentative"


def only_caveat(text: str) -> bool:
    """The sentence leads with a limit of the study ("The cross-sectional design precludes
    causal inference, …") rather than telling a result with a caveat after it ("X appears
    safe, but efficacy cannot be judged …")."""
    match = _CAVEAT.search(text) or _STATED_LIMIT.search(text)
    return match is not None and match.start() < len(text) / 2 and not _NOT_A_LIMIT.search(text)


def find_stated_limitations(sentences: Sequence[Sentence]) -> tuple[StatedLimitation, ...]:
    """Sentences in which the paper states a limit of its own study."""
    out = []
    for sentence in sentences:
        caveat = _CAVEAT.search(sentence.text) and sentence.role not in ("background", "objective")
        if sentence.role in ("other", "background", "objective", "methods") and not caveat:
            continue  # "Risk of bias was assessed." is how, not a limit
        text = re.sub(r"\s*[\(\[][^()\[\]]*[\)\]]", "", sentence.text)  # graded results
        if (caveat or _STATED_LIMIT.search(text)) and not _NOT_A_LIMIT.search(text):
            out.append(StatedLimitation(sources=(sentence.index,)))
    return tuple(out[:3])
