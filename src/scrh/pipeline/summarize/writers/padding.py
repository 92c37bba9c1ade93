"""Lines that bring a short simple explanation up to length: what was measured, how to read
the scales, the authors' careful words, plain definitions, the paper's own background, and
notes true of any study."""

from __future__ import annotations

import re

from scrh.pipeline.summarize.glossary import definitions, terms_in
from scrh.pipeline.summarize.outcomes import find_measures
from scrh.pipeline.summarize.writers.draft import Draft
from scrh.pipeline.summarize.writers.grammar import looks_whole
from scrh.pipeline.summarize.writers.study import REVIEWS

GENERAL = (
    "This summary is based on the abstract, which is a short version of the paper.",
    "One study on its own rarely settles a question.",
    "Research moves step by step, and later studies may change the picture.",
    "Talk with your care team before you change any part of your care.",
    "Each key finding below points to the part of the abstract it comes from.",
    "Ask your doctor or therapist what these results could mean for you.",
    "Findings like these are a step toward new ideas for care, not a change in care today.",
    'In research papers, words such as "may" and "suggest" mean the authors are not yet sure.',
)


def measured(draft: Draft) -> list[str]:
    """ "They measured pain, walking speed and quality of life." """
    concepts = list(
        dict.fromkeys(
            re.sub(r"\s*\([^()]*\)", "", o.concept) for o in draft.facts.outcomes if o.concept
        )
    )[:3]
    if not concepts:
        return []
    joiner = ", as well as " if any(" and " in c for c in concepts) else " and "
    listed = concepts[0] if len(concepts) == 1 else ", ".join(concepts[:-1]) + joiner + concepts[-1]
    subject = "The studies in the review" if draft.code in REVIEWS else "The researchers"
    return [f"{subject} measured {listed}."]


def hedge_words(draft: Draft) -> list[str]:
    """The authors' own careful words, quoted."""
    conclusion = draft.facts.conclusion
    words = [h for h in (conclusion.hedges if conclusion else ()) if " " not in h][:2]
    if not words:
        return []
    quoted = " and ".join(f'"{w}"' for w in words)
    return [f"In their conclusion the authors use careful words such as {quoted}."]


def scale_notes(draft: Draft) -> list[str]:
    """How to read the scores of the instruments the paper names."""
    text = " ".join(s.text for s in draft.facts.sentences)
    out = []
    for measure in find_measures(text)[:2]:
        concept = re.sub(r"\s*\([^()]*\)", "", measure.concept)
        if measure.better in ("lower", "higher") and measure.range is not None:
            out.append(
                f"The {measure.name} measures {concept}, and a {measure.better} score is better."
            )
    return out


def term_definitions(text: str, limit: int = 3) -> list[str]:
    """ "Paraplegia means ..." for lexicon terms used in the text."""
    known = definitions()
    out = []
    for term in terms_in(text, known):
        definition = known[term].rstrip(".")
        if len(definition.split()) > 18 or len(term) < 6:
            continue
        if definition.startswith("Describes"):
            line = f"{term[0].upper()}{term[1:]} describes {definition[10:]}."
        else:
            line = f"{term[0].upper()}{term[1:]} means {definition[0].lower()}{definition[1:]}."
        if looks_whole(line, 30):
            out.append(line)
        if len(out) >= limit:
            break
    return out


def background(draft: Draft) -> list[str]:
    """The paper's first background sentences in plain form."""
    out = []
    for sentence in draft.facts.sentences[:3]:
        if sentence.role == "background":
            text = draft.plain(sentence.index, max_words=24, max_grade=9)
            if text:
                out.append(text)
    return out[:2]
