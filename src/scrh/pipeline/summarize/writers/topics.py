"""Why a topic matters to a person with spinal cord injury, in one plain sentence.

A line is used only when the paper's title or aim names the topic and the paper is about spinal
cord injury; each line is a general fact, never a claim about the study.
"""

from __future__ import annotations

import re

from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.subject import without_names

_SCI = re.compile(r"\b(spinal cord|SCI|paraplegi\w*|tetraplegi\w*|quadriplegi\w*)\b", re.I)

TOPICS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), line)
    for pattern, line in (
        (
            r"\bneuropathic pain|\bnerve pain",
            "Many people with spinal cord injury live with long-lasting nerve pain.",
        ),
        (r"\bpain\b", "Pain is a common and often long-lasting problem after spinal cord injury."),
        (
            r"\b(urinary tract infections?|UTIs?)\b",
            "Bladder infections are one of the most common health problems after spinal cord "
            "injury.",
        ),
        (
            r"\b(bladder|urinary|urolog\w*|(?:intermittent|urinary|indwelling|suprapubic) "
            r"catheter\w*)\b",
            "Many people with spinal cord injury have problems with bladder control.",
        ),
        (r"\b(bowel|constipation)\b", "Many people with spinal cord injury have bowel problems."),
        (
            r"\b(pressure (injur\w+|ulcers?|sores?)|bed ?sores?)\b",
            "Pressure sores are a common and serious skin problem after spinal cord injury.",
        ),
        (
            r"\b(spasticity|spasms?)\b",
            "Muscle stiffness and sudden muscle jerks are common after spinal cord injury.",
        ),
        (
            r"\bdysreflexia\b",
            "In people with an injury high in the back or neck, blood pressure can suddenly "
            "rise to dangerous levels.",
        ),
        (
            r"\b(autonomic|blood pressure|dysreflexia|hypotension)\b",
            "A spinal cord injury can upset the body's control of blood pressure and heart rate.",
        ),
        (
            r"\b(respirat\w+|breathing|ventilat\w+|pneumonia|cough)\b",
            "A spinal cord injury high in the neck can make breathing and coughing harder.",
        ),
        (
            r"\b(sexual|fertility|erectile)\b",
            "Sex and fertility can change after spinal cord injury.",
        ),
        (
            r"\b(depress\w*|anxiety|mental health|psycholog\w+|mood|stress)\b",
            "Living with spinal cord injury can affect mood and mental health.",
        ),
        (
            r"\b(walk\w*|gait|locomot\w+|stepping|stand\w*|exoskeleton\w*)\b",
            "Many people with spinal cord injury lose some or all of their ability to walk.",
        ),
        (
            r"\b(hand|arm|upper (limb|extremit\w+)|grasp\w*|reach\w*)\b",
            "After an injury in the neck, using the hands and arms can be hard.",
        ),
        (
            r"\b(exercise|physical activity|fitness|sport\w*)\b",
            "Staying active can be harder after spinal cord injury, yet it matters for health.",
        ),
        (
            r"\b(bone|osteopor\w+|fractures?)\b",
            "Bones often get weaker after spinal cord injury.",
        ),
        (
            r"\b(regenerat\w+|axon\w*|repair|neuroprotect\w+|stem cells?|scar)\b",
            "Nerve fibres in the spinal cord do not grow back well after an injury.",
        ),
        (
            r"\b(touch|sensation|feeling|sensory)\b",
            "A spinal cord injury can take away feeling below the level of the injury.",
        ),
        (
            r"\b(surgery|surgical|decompression|fixation)\b",
            "Surgery is often part of the early care of a spinal cord injury.",
        ),
        (
            r"\b(rehabilitation|rehab|therapy|therap\w+)\b",
            "Rehabilitation helps people regain skills and independence after spinal cord injury.",
        ),
    )
)


def problem_line(draft: Draft) -> str:
    """Why the topic of the title or aim matters to a person with spinal cord injury, or ""
    when the paper is not about spinal cord injury or names no topic we know."""
    facts = draft.facts
    text = without_names(draft, facts.title + " " + facts.text(facts.aim))
    whole = text + " " + " ".join(s.text for s in facts.sentences[:4])
    if not _SCI.search(whole):
        return ""
    for pattern, line in TOPICS:
        if pattern.search(text):
            return line
    return ""
