"""What a paper is about, as short plain phrases for the implications and limitations: the
topic ("bladder infections", "walking") and the treatment or approach it tests ("robot-assisted
gait training"), read from the title, the aim and the groups. Each is "" when the paper does not
name it in a form we can reuse whole."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.facts.own import is_own
from scrh.pipeline.summarize.plain import expand_abbreviations, is_proper_name, with_article
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.study import count_text, total_words

# (pattern in the title or aim, plain noun phrase); the more specific first
TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), phrase)
    for pattern, phrase in (
        (r"\bneuropathic pain|\bnerve pain", "nerve pain"),
        (r"\bshoulder pain\b", "shoulder pain"),
        (r"\b(pain)\b", "pain"),
        (r"\b(urinary tract infections?|UTIs?)\b", "bladder infections"),
        (r"\b(lower urinary tract|bladder|urinary|urolog\w*|catheteri[sz]ation)\b", "bladder care"),
        (r"\b(bowel|constipation)\b", "bowel care"),
        (r"\b(pressure (injur\w+|ulcers?|sores?)|bed ?sores?)\b", "pressure sores"),
        (r"\bspasticity\b", "muscle stiffness (spasticity)"),
        (r"\bspasms?\b", "muscle spasms"),
        (r"\bdysreflexia\b", "sudden blood pressure spikes (autonomic dysreflexia)"),
        (r"\borthostatic hypotension\b", "low blood pressure on sitting or standing up"),
        (r"\b(autonomic|blood pressure|dysreflexia|hypotension)\b", "blood pressure control"),
        (r"\b(respirat\w+|breathing|ventilat\w+|pneumonia)\b", "breathing"),
        (r"\b(sexual|fertility|erectile)\b", "sex and fertility"),
        (r"\b(pregnan\w+|cesarean|caesarean|childbirth)\b", "pregnancy and childbirth"),
        (r"\bpsychosocial\b", "mental health and social life"),
        (r"\b(anxiety|depress\w*|mental health|mood)\b", "mood and mental health"),
        (r"\b(employment|work(ing)? life|return to work)\b", "getting back to work"),
        (r"\b(brain[- ](machine|computer) interfaces?|BCIs?|BMIs?)\b", "brain-controlled devices"),
        (
            r"\b(microstimulation|touch|somatosensory|sensations?|proprioce\w+)\b",
            "the sense of touch",
        ),
        (r"\b(exoskeleton\w*|orthos[ie]s)\b", "walking aids"),
        (r"\b(walk\w*|gait|locomot\w+|stepping|hindlimb)\b", "walking and leg movement"),
        (
            r"\b(hand|arm|upper (limb|extremit\w+)|grasp\w*|finger\w*|reach\w*)\b",
            "hand and arm use",
        ),
        (r"\b(exercise|physical activity|fitness|sport\w*)\b", "staying active"),
        (r"\b(balance|falls?)\b", "balance"),
        (r"\b(muscle\w*)\b", "muscle health"),
        (r"\b(bone|osteopor\w+|fractures?)\b", "bone health"),
        (
            r"\b(regenerat\w+|axon\w*|repair|neuroprotect\w+|stem cells?|scar|hydrogels?|"
            r"interneurons?|neurons?|propriospinal)\b",
            "nerve repair in the spinal cord",
        ),
        (r"\b(epidemiolog\w+|incidence|prevalence)\b", "how often spinal cord injury happens"),
        (r"\bacute (traumatic )?(spinal cord injur\w+|SCI)\b", "early care after the injury"),
        (r"\bpathophysiolog\w+", "what happens in the spinal cord after injury"),
        (r"\btranslational\b", "turning lab research into treatments"),
        (
            r"\b(timing|early|delayed|ultra-early)\b[^.:]{0,40}\b(surgery|surgical|"
            r"decompression)|\b(surgery|surgical|decompression)\b[^.:]{0,30}\btiming\b",
            "the timing of surgery",
        ),
        (r"\b(surgery|surgical|decompression|fixation)\b", "surgery"),
        (r"\b(rehabilitation|rehab)\b", "rehabilitation"),
        (
            r"\b(neurological recovery|recovery|(?:neurological|functional|motor) outcomes?)\b",
            "recovery after spinal cord injury",
        ),
    )
)

OUTCOME_TOPICS = frozenset(
    {
        "nerve pain",
        "shoulder pain",
        "pain",
        "bladder infections",
        "bladder care",
        "bowel care",
        "pressure sores",
        "muscle stiffness (spasticity)",
        "muscle spasms",
        "blood pressure control",
        "sudden blood pressure spikes (autonomic dysreflexia)",
        "low blood pressure on sitting or standing up",
        "breathing",
        "mood and mental health",
        "mental health and social life",
        "balance",
        "walking and leg movement",
        "hand and arm use",
        "muscle health",
        "bone health",
    }
)
_DESIGN_TAIL = re.compile(
    r"\s*[:.(-]\s*(a |an |the )?(randomi[sz]ed|systematic|narrative|scoping|pilot|case|"
    r"cross-sectional|retrospective|prospective|qualitative|cohort|review|meta-analysis|"
    r"feasibility|study|trial|protocol|an? )[^:]*$",
    re.I,
)
_LEADS = (
    re.compile(r"^(?:the\s+)?effects?\s+of\s+(?P<x>.+?)\s+(?:on|in|for|among|after)\s", re.I),
    re.compile(
        r"^(?P<x>.+?)\s+(?:improves?|improved|restores?|induces?|reduces?|enhances?|promotes?|"
        r"increases?|decreases?|prevents?|protects?|attenuates?|facilitates?|elicits?|"
        r"alleviates?|accelerates?)\s",
        re.I,
    ),
)
_TRIAL_LEADS = (
    re.compile(
        r"^(?P<x>[\w -]{3,60}?\b(?:training|therapy|stimulation|program|programme|exercises?|"
        r"intervention|surgery|treatment))$",
        re.I,
    ),
    re.compile(r"^(?P<x>[^:]+?)\s+for\s", re.I),
    re.compile(r"\b(?:following|using)\s+(?P<x>[^:]+)$", re.I),
)
_TRIALS = ("rct", "non_randomized_trial", "case_series")
_GENERIC = re.compile(
    r"^(the\s+)?(intervention|experimental|treatment|study|active|training|exercise)?\s*"
    r"(group|arm)?$",
    re.I,
)
_AFTER_SCI = re.compile(
    r"\s+(?:after|following|in|for|among)\s+(?:(?:acute|chronic|traumatic|complete|incomplete|"
    r"cervical|thoracic)\s+)*(?:spinal cord injur\w+|SCI|paralysis|paraplegia|tetraplegia)\b.*$",
    re.I,
)
_CLEAN = re.compile(r"^[A-Za-z][\w/ -]*(, [\w/ -]+)?$")


def topic(draft: Draft) -> str:
    """The topic of the title, else of the aim, as a plain noun phrase, or ""."""
    facts = draft.facts
    for text in (facts.title, facts.text(facts.aim[:1])):  # the main aim, not a secondary one
        # "Effect of X on Health and Psychosocial Outcomes": a list of outcomes is no topic
        text = _OUTCOME_LIST.sub(" ", without_names(draft, text))
        found = topic_of(text)
        if found:
            return found
    return ""


_OUTCOME_LIST = re.compile(
    r"\b(?:[\w-]+\s+){0,3}(?:and|or)\s+(?:[\w-]+\s+){0,2}(?:outcomes|measures|endpoints)\b",
    re.I,
)


def without_names(draft: Draft, text: str) -> str:
    """`text` without the names the paper defines a short form for ("Interactive Mobile Health
    and Rehabilitation"): a named tool's words are not the topic."""
    for name in draft.facts.abbreviations.values():
        if " " in name and is_proper_name(name):
            text = re.sub(re.escape(name), " ", text, flags=re.I)
    return text


def topic_of(text: str, outcomes_only: bool = False) -> str:
    """The first topic `text` names, as a plain noun phrase, or "". `outcomes_only` keeps to
    topics a result can be measured on (pain, bladder infections), not devices or fields."""
    for pattern, phrase in TOPICS:
        if outcomes_only and phrase not in OUTCOME_TOPICS:
            continue
        if text and pattern.search(text):
            return phrase
    return ""


def treatment(draft: Draft) -> str:
    """The treatment or approach the paper tests, in the title's words ("robot-assisted gait
    training"), else the first active group's; "" when neither is a short clean phrase."""
    facts = draft.facts
    title = _DESIGN_TAIL.sub("", facts.title.strip())
    trial = draft.code in _TRIALS and not re.match(r"compar", title, re.I)
    leads = _LEADS + (_TRIAL_LEADS if trial else ())
    for lead in leads:
        match = lead.search(title)
        if match:
            phrase = _phrase(draft, match.group("x"))
            if phrase:
                return with_article(phrase)
    if not any(group.is_control for group in facts.groups):
        return ""  # which arm got the treatment is known only beside a named control
    for group in facts.groups:
        if group.is_control:
            continue
        name = re.sub(r"\s+(group|arm)$", "", group.name.strip(), flags=re.I)
        if _GENERIC.match(name):
            continue
        phrase = _phrase(draft, name)
        if phrase:
            return with_article(phrase)
    return ""


_JUDGED = re.compile(
    r"^(?:the\s+)?(?:feasibility|acceptability|usability|safety|efficacy|effectiveness|"
    r"effects?|impact|evaluation|outcomes?|development|design)"
    r"(?:\s+(?:and|,)\s+(?:feasibility|acceptability|usability|safety|efficacy|effectiveness|"
    r"effects?|impact))*\s+of\s+",
    re.I,
)


def _phrase(draft: Draft, text: str) -> str:
    text = re.sub(r"\s*[\(\[][^()\[\]]*[\)\]]", "", text).strip(" ,;:")
    text = _AFTER_SCI.sub("", text)
    text = expand_abbreviations(text, draft.facts.abbreviations).replace(" + ", " and ")
    # "Feasibility of a ...", "a 12-week home-based ...": what was tested, not how or how long
    text = _JUDGED.sub("", text)
    text = re.sub(r"^(?:a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"^(?:\d+|[a-z]+)-(?:day|week|month|year|session)\s+", "", text, flags=re.I)
    text = re.sub(r"\b(of|to|in) (spinal cord)\b", r"\1 the \2", text, flags=re.I)
    text = re.sub(r"^the\s+", "the ", text, flags=re.I)
    words = text.split()
    if not 1 <= len(words) <= 8 or not _CLEAN.match(text):
        return ""
    if words[-1].lower() in ("of", "and", "with", "to", "the", "a", "in", "for", "on"):
        return ""
    return " ".join(_lower(word) for word in words)


def _lower(word: str) -> str:
    """Title case undone, short forms kept ("Lokomat" stays, "FES" stays, "Training" goes)."""
    parts = word.split("-")
    out = []
    for part in parts:
        if part[:1].isupper() and part[1:].islower():
            out.append(part.lower())
        else:
            out.append(part)
    return "-".join(out)


_SELF_REPORT = re.compile(
    r"\b(self-report\w*|self-rated|questionnaires?|surveys?|surveyed|telephone interviews?)\b",
    re.I,
)


def self_report_word(draft: Draft) -> str:
    """ "questionnaires" or "a survey" when the study's own methods gathered its data that
    way, else ""."""
    for sentence in draft.facts.sentences:
        if sentence.role == "conclusion" or not is_own(sentence):
            continue
        match = _SELF_REPORT.search(sentence.text)
        if match:
            word = match.group(1).lower()
            if word.startswith("survey"):
                return "a survey"
            if word.startswith("questionnaire"):
                return "questionnaires"
            if word.startswith("telephone"):
                return "telephone interviews"
            return "their own reports"
    return ""


_SCI = re.compile(r"\b(spinal cord injur\w+|SCI|paraplegi\w*|tetraplegi\w*)\b", re.I)


def about_sci(draft: Draft) -> bool:
    facts = draft.facts
    return bool(_SCI.search(facts.title + " " + " ".join(s.text for s in facts.sentences[:6])))


def as_written(draft: Draft, number: int | None) -> str:
    """A count as the paper writes it ("nine", "1,479"), or "" when the paper writes it some
    other way ("1.479") or not at all: a reader then never sees a figure the paper lacks."""
    written = total_words(draft, number)
    if not written or number is None or written != count_text(number):
        return written
    text = draft.facts.title + " " + " ".join(s.text for s in draft.facts.sentences)
    if re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", text):
        return written
    return ""


_ONE_ARM = re.compile(
    r"\b(single[- ]arm|one[- ]arm|single[- ]group|uncontrolled|no (control|comparison) "
    r"(group|arm)|without (a |any )?(control|comparison) (group|arm))\b",
    re.I,
)


def one_arm(draft: Draft) -> bool:
    """The paper says the study had no comparison group: its design words ("single-arm"), or
    a design it declares (not one we inferred) that has none. An abstract that never states
    its design never gets "no comparison group"."""
    design = draft.facts.design
    if _ONE_ARM.search(design.cue):
        return True
    declared = design.declared_in not in ("inferred", "none")
    return declared and (design.controlled is False or design.variant == "single_arm_trial")


_ONE_PERSON = re.compile(
    r"\b(?:a|an|one|single)\s+(?:[\w-]+\s+){0,3}?(?:patient|person|participant|individual|"
    r"subject|man|woman|boy|girl|child|adult|volunteer)(?![\w-])",
    re.I,
)


def one_person(draft: Draft) -> bool:
    """The study is about one person: the count is one, it is a case report, or the abstract
    speaks of "a tetraplegic patient" and never of more."""
    facts = draft.facts
    if facts.count.total == 1 or draft.code == "case_report":
        return True
    if facts.count.total is not None or facts.population.kind == "animals" or draft.animals:
        return False
    return any(
        _ONE_PERSON.search(s.text) and facts.population.kind in ("humans", "none", None)
        for s in facts.sentences
        if s.role != "background" or len(facts.sentences) == 1
    )


_REVIEW_LEAD = re.compile(
    r"^(?P<x>(?:[\w-]+ ){0,4}?(?:hydrogels?|scaffolds?|stem cells?|biomaterials?|"
    r"exosomes?|nanoparticles?|cell therapy|cell therapies|gene therapy|drugs?|"
    r"transplant\w*|implants?|stimulation|\w+therapy))\s+(?:in|for|as)\s",
    re.I,
)


def review_subject(draft: Draft) -> str:
    """The treatment a review's title leads with ("Hydrogels in Spinal Cord Injury Repair"
    gives "hydrogels"), or "" when the title does not lead with one."""
    match = _REVIEW_LEAD.match(_DESIGN_TAIL.sub("", draft.facts.title.strip()))
    return _phrase(draft, match.group("x")) if match else ""
