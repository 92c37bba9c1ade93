"""Hard terms told in plain words: "An exoskeleton is a wearable robotic frame that helps a
person stand or walk." in the sentence after the one that first uses the term, so a reader
never has to look it up in the glossary to follow the text."""

from __future__ import annotations

import re
from functools import cache

from scrh.pipeline.data import load
from scrh.pipeline.summarize.glossary import definitions, needs_telling, rarity, terms_in
from scrh.pipeline.summarize.plain import indefinite_article
from scrh.pipeline.summarize.writers.grammar import looks_whole

MAX_DEFINITION_WORDS = 18
# common words that mean something else in a study ("sham" is not a fraud here)
RESEARCH_SENSE = frozenset({"sham"})
# words ending in -s that are one thing ("diabetes", "kinematics"), told with "means"
_NOT_PLURAL = re.compile(r"(?:ss|us|is|as|ous|betes|(?<!plegi)cs)$")


def definition_line(term: str, definition: str, shown: str = "") -> str:
    """One sentence that says what `term` means, as `shown` in the text ("Ashworth Scale"):
    "A … is a …" when the definition names a thing, "… are …" for a plural, else "… means …"."""
    named = bool(shown) and any(c.isupper() for c in shown[1:])  # a name keeps its capitals
    word = shown if named else term.lower()
    definition = definition.rstrip(".")
    rest = definition[:1].lower() + definition[1:]
    if definition.startswith("Describes "):
        line = f"{word} describes {definition[10:]}"
    elif _plural(word) and not re.match(r"(?:having|describes)\b", rest):
        line = f"{word} are {rest}"
    elif re.match(r"an? ", rest) and (_SUBSTANCE.match(rest) or _CONDITION.search(word)):
        line = f"{word} is {rest}"  # "Baclofen is a medicine …", "Spasticity is a …"
    elif re.match(r"an? ", rest) and (_noun(term) or named):
        article = "the" if named else indefinite_article(word)
        line = f"{article} {word} is {rest}"
    else:
        line = f"{word} means {rest}"
    return f"{line[:1].upper()}{line[1:]}."


# "Baclofen is a medicine …": a substance takes no article of its own
_SUBSTANCE = re.compile(
    r"an? (?:[\w-]+ ){0,3}(?:medicines?|drugs?|enzymes?|steroids?|proteins?|chemicals?|"
    r"substances?|hormones?|molecules?|compounds?|gels?|materials?|mixtures?)\b"
)

# "Autonomic dysreflexia is a sudden …": a condition, a process or a field takes none either
_CONDITION = re.compile(
    r"(?:ia|ism|itis|osis|sis|ics|[^aeiou]y|tion|(?<!le|ci)sion|ing|ment|ance|ence)$", re.I
)


@cache
def _nouns() -> frozenset[str]:
    """Terms that name a thing: the lexicon's nouns and the glossary's entries."""
    lexicon = {e["term"].lower() for e in load("lexicon.json") if e.get("pos") == "noun"}
    return frozenset(lexicon | {e["term"].lower() for e in load("glossary.json")})


def _noun(term: str) -> bool:
    return term.lower() in _nouns()


def _plural(word: str) -> bool:
    last = word.split()[-1].lower()
    return last.endswith("s") and not _NOT_PLURAL.search(last)


def first_uses(sentences: list[str], *, told: str = "", limit: int = 4) -> list[tuple[int, str]]:
    """(index of the sentence that first uses a hard term, the line that defines it), in text
    order: the `limit` rarest terms, each meaning once ("muscle spasms" and "spasms" share
    theirs); none for a term the text defines already (`told` holds what is said). Pass our own
    definitions as "", so a term inside one ("also called quadriplegia") is not defined in
    turn."""
    known = definitions()
    told = told.lower()
    found: list[tuple[float, int, str]] = []  # (rarity, sentence index, line)
    meanings: set[str] = set()
    terms: set[str] = set()
    for at, sentence in enumerate(sentences):
        here = terms_in(sentence, known)
        for term in here:
            if any(term != other and term in other for other in here):
                continue  # "anaesthesia" inside "spinal anaesthesia": the longer one says it
            if f"({term})" in sentence.lower():
                continue  # "muscle stiffness (spasticity)": glossed where it stands
            if _tells_itself(sentence, term):
                terms.add(term)  # "A meta-analysis combines the numbers …" says what it is
                continue
            definition = known[term].rstrip(".")
            if len(definition.split()) > MAX_DEFINITION_WORDS:
                continue
            if term not in RESEARCH_SENSE and not _worth_telling(term):
                continue
            meaning = definition[:1].lower() + definition[1:]
            if meaning.lower() in told or meaning in meanings:
                continue
            if any(term in other for other in terms):  # "catheterization" in "clean …"
                continue
            line = definition_line(term, definition, _shown(sentence, term))
            if looks_whole(line, 30):
                meanings.add(meaning)
                terms.add(term)
                found.append((rarity(term), at, line))
    chosen = sorted(found, key=lambda use: use[0])[:limit]
    return [(at, line) for _, at, line in sorted(chosen, key=lambda use: use[1])]


def _tells_itself(sentence: str, term: str) -> bool:
    """`sentence` is a short line that opens on `term` and says what it is or does ("A
    meta-analysis combines the numbers from several studies.")."""
    opening = re.match(rf"(?:(?:an?|the)\s+)?{re.escape(term)}\s+(\w+)", sentence.lower())
    if opening is None:
        return False
    return len(sentence.split()) <= 15 and opening.group(1) in _TELLING


# verbs of a line that tells what its subject is or does
_TELLING = frozenset(
    [
        "is",
        "are",
        "means",
        "combines",
        "uses",
        "measures",
        "tests",
        "compares",
        "brings",
        "describes",
        "gives",
        "shows",
        "sums",
        "pools",
        "checks",
        "records",
        "asks",
        "turns",
        "works",
        "looks",
        "helps",
    ]
)


def _worth_telling(term: str) -> bool:
    """A word a reader may not know, not a short abbreviation ("rcts", "rtms")."""
    return len(term) >= 4 and bool(re.search(r"[aeiouy]", term)) and needs_telling(term)


def _shown(sentence: str, term: str) -> str:
    """`term` as `sentence` writes it when it is a name of its own ("Modified Ashworth Scale");
    else "" (lower case, or words inside a longer name: "Interactive Mobile Health and
    Rehabilitation")."""
    words = r"[\s-]+".join(re.escape(w) for w in term.split())
    matches = list(re.finditer(rf"\b{words}\b", sentence, re.I))
    if not matches or any(m.group(0).islower() for m in matches):
        return ""
    match = matches[0]
    before = re.search(r"(\S+)\s+$", sentence[: match.start()])
    after = re.match(r"\s+(\S+)", sentence[match.end() :])
    inside = (before and before.start() > 0 and before.group(1)[:1].isupper()) or (
        after and after.group(1)[:1].isupper()
    )
    return "" if inside else match.group(0)
