"""What every writer shares: the facts, the design, and paper sentences made safe to reuse.

A paper sentence is reused only in a form that passes the grammar guard: statistics removed as
whole brackets or clauses, abbreviations written out, whole-phrase swaps that keep its shape.
When no form passes, the writers build the sentence from the facts instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from scrh.pipeline.summarize.facts.model import StudyFacts
from scrh.pipeline.summarize.glossary import undefined_rare_words
from scrh.pipeline.summarize.model import Evidence
from scrh.pipeline.summarize.numbers import reader_numbers
from scrh.pipeline.summarize.outcomes import reader_names
from scrh.pipeline.summarize.plain import (
    expand_abbreviations,
    marked_safe_swaps,
    safe_swaps,
    split_long,
    swap_phrases,
    third_person,
)
from scrh.pipeline.summarize.readability import Counts, counts, grade_of
from scrh.pipeline.summarize.writers.grammar import has_clear_verb, looks_whole, parses

T = TypeVar("T")
# "Main outcome measures: ..."; never a clause of its own ("Three themes were identified: ...")
_LEADING_LABEL = re.compile(
    r"^(?!(?:[A-Za-z/-]+ ){0,4}?(?:were|was|is|are|had|have|has|included|identified|emerged|"
    r"showed|found)\b)[A-Z][A-Za-z/-]*(?: [A-Za-z/-]+){0,3}:\s+"
)
_BRACKETS = re.compile(r"\s*[\(\[][^()\[\]]*[\)\]]")
_STAT_MARK = re.compile(
    r"[=<>±≤≥]|\b[pP]\s*[<=>]|\b(CI|SD|SE|IQR|OR|HR|RR|SMD|MD|I2|AUC|NNT)\b|"
    r"(?i:\bconfidence interval|\bodds ratio|\bhazard ratio|\brisk ratio|\bmean difference|"
    r"\d+(\.\d+)?\s*(vs\.?|versus)\s*\d|\brespectively\b)"
)
_CLAUSE = re.compile(r"(,\s+|;\s+)")
_OPENER = re.compile(
    r"^(however|thus|therefore|so|furthermore|moreover|in addition|finally|yet|also|"
    r"additionally|consequently|surprisingly|importantly|notably|in conclusion|overall|"
    r"specifically|in particular|"
    r"in summary|instead|taken together|collectively|altogether|here|interestingly|"
    r"(?:given|based on|in light of|in view of|according to|considering) "
    r"(?:these|the|our|this|such) (?:findings|results|data|evidence|observations)),?\s+",
    re.I,
)


_REPORTING_FRAME = re.compile(
    r"^(?:(?:the |our |their )?(?:results|findings|analys[ie]s|data)"
    # "Results of (the) further network meta-analysis showed that X"
    r"(?:\s+of\s+(?:the\s+|this\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:analys[ie]s|meta-analys[ie]s|study|studies|trial|survey|review|models?))?"
    r"\s+(?:also\s+)?"
    r"(?:showed|show|revealed|reveal|demonstrated|demonstrate)|"
    r"(?:(?:in this (?:study|work|paper|trial)|here|(?:using|with|by|through)\s[^,]{3,120}),?\s+)?"
    r"(?:we|the authors)\s+(?:also\s+)?"
    r"(?:found|find|observed|observe|showed|show|demonstrate|demonstrated|report|reported|"
    r"reveal|revealed|discovered|discover|establish|established)|"
    r"it was (?:found|observed))"
    r"\s+that\s+(?=\w)|"
    # "We challenge this assumption, showing that X": X, without the idea it points back to
    r"^[^,]{0,60}\b(?:this|these|the) (?:assumption|hypothesis|notion|view|idea|dogma|belief)s?"
    r",\s+(?:showing|demonstrating|finding|revealing) that\s+(?=\w)",
    re.I,
)
_LEAD_LINK = re.compile(
    r"^(?:as a result|in addition|additionally|furthermore|moreover|also|further|"
    r"consequently|importantly|notably|in contrast|however|thus|therefore),\s+",
    re.I,
)


# structured-abstract fields that often hold a phrase rather than a sentence
_PHRASE_FIELD = re.compile(
    r"^\s*(?:participants?|subjects?|patients?|population|sample|setting|settings|"
    r"(?:study )?design|interventions?|(?:main |primary |secondary )?outcome measures?|"
    r"measures?|data sources?|eligibility criteria|study selection|registration|"
    r"trial registration|funding)\s*$",
    re.I,
)
# a verb that only a clause has: an auxiliary or a past-tense verb of what a study did or found
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|can|could|may|might|will|would|should|"
    r"must|showed|found|improved|increased|decreased|reduced|fell|rose|declined|worsened|"
    r"changed|remained|differed|occurred|developed|returned|recovered|doubled|halved|"
    r"dropped|grew|gained|lost|stayed|reported|needed|used|received|completed|underwent|"
    r"took|included|enrolled|participated)\b",
    re.I,
)


_Prepared = tuple[str, list[str] | None, list[str] | None, list[str]]


# a sentence that names a harm or an event like one, before an "Other adverse events …"
_NAMES_HARM = re.compile(
    r"\b(?:adverse|side effects?|harms?|complications?|infections?|explant\w*|removed|died|"
    r"deaths?|serious|hospitali[sz]\w*|withdr[ae]w\w*)\b",
    re.I,
)


@dataclass
class Draft:
    """One paper's facts and evidence, with its reused sentences worked out once."""

    facts: StudyFacts
    evidence: Evidence
    names: tuple[str, ...] = ()
    parse_budget: int = 2  # Link Grammar parses allowed per summary (a few ms each)
    _cache: dict[tuple[int, str, int, float, int], str | None] = field(
        default_factory=dict, repr=False
    )
    _counts: dict[str, Counts] = field(default_factory=dict, repr=False)
    _memo: dict[tuple[object, ...], object] = field(default_factory=dict, repr=False)

    def remember(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()` worked out once per summary, under `key`."""
        if (key,) not in self._memo:
            self._memo[(key,)] = compute()
        return self._memo[(key,)]  # type: ignore[return-value]

    def counts(self, text: str) -> Counts:
        """Reading counts of one line, worked out once per summary."""
        if text not in self._counts:
            self._counts[text] = counts(text)
        return self._counts[text]

    def grade(self, lines: list[str]) -> float:
        """The Flesch-Kincaid grade of the lines joined."""
        return grade_of(self.counts(line) for line in lines if line.strip())

    def acceptable(self, sentence: str) -> bool:
        """A whole sentence that Link Grammar does not reject (checked within the budget)."""
        if not looks_whole(sentence):
            return False
        if self.parse_budget <= 0 or len(sentence.split()) > MAX_PARSE_WORDS:
            return True
        verdict = parses(sentence)
        if verdict is not None:
            self.parse_budget -= 1
        return verdict is not False

    def parses(self, sentence: str) -> bool:
        """A whole sentence that Link Grammar parses, within this summary's parse budget;
        without Link Grammar or past the budget, False (the caller keeps the paper's own
        wording instead)."""
        if (
            not looks_whole(sentence)
            or self.parse_budget <= 0
            or len(sentence.split()) > MAX_PARSE_WORDS
        ):
            return False
        verdict = parses(sentence)
        if verdict is None:
            return False
        self.parse_budget -= 1
        return verdict

    @property
    def code(self) -> str:
        return self.evidence.design_code

    @property
    def animals(self) -> bool:
        return self.facts.population.kind == "animals" or self.code == "animal_study"

    @property
    def cells(self) -> bool:
        return self.facts.population.kind == "cells" or self.code == "in_vitro"

    def plain(
        self,
        index: int,
        max_words: int = 26,
        max_grade: float = 10.0,
        strict: bool = True,
        max_rare: int | None = None,
    ) -> str | None:
        """Sentence `index` in plain words, or None when no plain form reads as a whole
        sentence at or below `max_grade`. A form with swapped words must also parse with Link
        Grammar; the paper's own wording (statistics removed, short forms written out) passes
        on the cheap checks. `strict` also refuses bare short forms ("VGB")."""
        level = "plain" if strict else "plain-loose"
        rare = MAX_RARE_WORDS if max_rare is None else max_rare  # unexplained words allowed
        return self._reuse(index, level, max_words, max_grade, rare)

    def technical(self, index: int, max_words: int = 40, max_grade: float = 16.0) -> str | None:
        """Sentence `index` for the research summary: statistics dropped, abbreviations
        written out, short everyday swaps only."""
        return self._reuse(index, "technical", max_words, max_grade)

    def loose_technical(
        self, index: int, max_words: int = 40, max_grade: float = 22.0
    ) -> str | None:
        return self._reuse(index, "technical-loose", max_words, max_grade)

    def _reuse(
        self, index: int, level: str, max_words: int, max_grade: float, rare: int = 0
    ) -> str | None:
        key = (index, level, max_words, max_grade, rare)
        if key not in self._cache:
            self._cache[key] = self._first_whole(index, level, max_words, max_grade, rare)
        return self._cache[key]

    def _first_whole(
        self, index: int, level: str, max_words: int, max_grade: float, rare: int
    ) -> str | None:
        if not 0 <= index < len(self.facts.sentences):
            return None
        prepared = self._prepared(index, level)
        if prepared is None:
            return None
        base, parts, items, clauses = prepared
        if parts:
            plain = [self._guarded(part, level, max_words, max_grade, rare) for part in parts]
            if all(plain):
                return " ".join(p for p in plain if p)
        whole = self._guarded(base, level, max_words, max_grade, rare)
        if whole:
            return whole
        if items:
            plain = [self._guarded(item, level, max_words, max_grade, rare) for item in items]
            if plain[0] and len([p for p in plain if p]) * 2 >= len(plain):
                # the plain ones, in order: leaving out a hard item does not say it is false
                return " ".join(p for p in plain if p)
        for part in clauses:
            found = self._guarded(part, level, max_words, max_grade, rare)
            if found and has_clear_verb(found):
                return found
        return None

    def _prepared(self, index: int, level: str) -> _Prepared | None:
        """Sentence `index` made ready for reuse, once per level: (whole, its clauses as
        sentences, its list of things done as sentences, shorter whole sentences inside it);
        None when statistics fill it."""
        kind = level if level.startswith("plain") else "technical"
        key = ("prepared", index, kind)
        if key not in self._memo:
            self._memo[key] = self._prepare(index, kind)
        return self._memo[key]  # type: ignore[return-value]

    def _prepare(self, index: int, kind: str) -> _Prepared | None:
        sentence = self.facts.sentences[index]
        first_clause = re.split(r";\s+", sentence.text)[0]
        if _PHRASE_FIELD.match(sentence.label or "") and not _FINITE_VERB.search(first_clause):
            return None  # "Intervention: Six weekly sessions led by peers." is a phrase
        base = without_statistics(sentence.text)
        if base is None:
            return None
        plain = kind.startswith("plain")
        if plain:  # a measure's short form takes its reader name before it is written out
            base = reader_names(base)
        base = tidy(third_person(expand_abbreviations(base, self.facts.abbreviations, plain)))
        base = re.sub(r"(?<=\w) also (?=\w)", " ", base)  # read alone, "also" points nowhere
        base = _LEAD_LINK.sub("", base)  # "As a result, ..." points back to nothing
        base = _REPORTING_FRAME.sub("", base)  # "Results showed that X" says X
        base = re.sub(r",\s+and that\s+", ", and ", base)  # "... that X, and that Y"
        base = with_list_and(base)
        # "Other adverse events included X" after sentences that named none: the harms were
        # X; after one that named a harm ("explanted after a deep wound infection") the
        # sentence keeps its "Other" and is not told alone
        if not any(_NAMES_HARM.search(s.text) for s in self.facts.sentences[:index]):
            base = re.sub(
                r"^Other (?=(?:adverse events?|side effects?|harms?|complications?)\b)", "", base
            )
        base = base[:1].upper() + base[1:]
        base = _ABSOLUTE.sub(_with_absolute, base)
        base = base[:1].upper() + base[1:]
        parts = items = None
        if plain:
            # the simple explanation swaps by part of speech; other fields keep the paper's
            # terms ("catheter", "spasticity"), which the glossary explains
            swaps = safe_swaps if kind == "plain" else marked_safe_swaps
            base = tidy(swaps(reader_names(without_significance(base)), self.names))
            parts = clause_sentences(base) if len(base.split()) > SPLIT_WORDS else None
            if parts:
                parts = [tidy(_REPORTING_FRAME.sub("", part)) for part in parts]
            items = verb_list_sentences(base)
        return base, parts, items, main_clauses(base)

    def _guarded(
        self, base: str, level: str, max_words: int, max_grade: float, rare: int = 0
    ) -> str | None:
        strict = level == "plain"
        if strict and raw_short_forms(base):
            return None  # "CIP/CIM", "VGB": a lay reader cannot follow a bare short form
        if strict and _POINTS_BACK.search(base):
            return None  # "overcomes this inhibition": read alone, it points to nothing
        if strict and self._rare_count(base) > rare:
            return None  # too many rare words that no glossary entry explains
        swapped = self._swapped(base, 4 if level.startswith("plain") else 1)
        if swapped != base and self.grade([swapped]) <= max_grade and self.parses(swapped):
            return swapped  # a swap is kept only when the parser accepts the new sentence
        if self.grade([base]) <= max_grade and looks_whole(base, max_words):
            return base
        return None

    def _rare_count(self, text: str) -> int:
        key = ("rare", text)
        if key not in self._memo:
            self._memo[key] = len(undefined_rare_words(text))
        return self._memo[key]  # type: ignore[return-value]

    def _swapped(self, text: str, max_plain_words: int) -> str:
        key = ("swapped", text, max_plain_words)
        if key not in self._memo:
            self._memo[key] = tidy(swap_phrases(text, self.names, max_plain_words))
        return self._memo[key]  # type: ignore[return-value]


_NOT_REACHED = re.compile(
    r"\b(?:did not|failed to) (?:reach|achieve|attain) (?:statistical )?significance\b", re.I
)
_NO_SIGNIFICANT = re.compile(
    r"\bno longer\s+(?:statistically\s+)?significant(?:ly)?\b|"
    r"\b(no|not|non-?)\s*(statistically\s+)?significant(ly)?\b|"
    r"\bdid not\s+(statistically\s+)?significantly\b",
    re.I,
)
_SIGNIFICANT_WORD = re.compile(
    r"\s*\b(statistically\s+)?significant(ly)?\b(\s+statistically)?", re.I
)


def without_significance(text: str) -> str:
    """The sentence with "significant(ly)" removed where it claims a difference (the writers
    say separately that it was unlikely to be chance) and "no significant" written as "no
    clear": a null result stays a null result, and nothing sounds surer than the paper."""
    text = _NOT_REACHED.sub("was not clear", text)  # "did not reach significance"
    text = _NO_SIGNIFICANT.sub(lambda m: _null_words(m.group(0)), text)
    text = re.sub(r"\b([Aa]) (?=uncertain\b)", r"\1n ", text)  # "a nonsignificant trend"
    text = _NEGATED_SIGNIFICANT.sub(_as_clear, text)
    # "The effect was significant for A but not for B": the word is the claim, so it is told
    text = _PREDICATE_SIGNIFICANT.sub(r"\1 unlikely to be due to chance", text)
    # "a significant increase" -> "an increase": only the article the removed word stood after
    text = _SIGNIFICANT_WORD.sub("\x00", text)
    text = re.sub(r"\b([Aa])\x00(?= [aeiou])", r"\1n", text)
    text = re.sub(r"\b([Aa])n\x00(?= [^aeiou\s])", r"\1", text)
    return " ".join(text.replace("\x00", "").split())


_PREDICATE_SIGNIFICANT = re.compile(
    r"\b(was|were|is|are|remained|became)\s+(?:statistically\s+)?significant\b(?!\s+\w+ly\b)"
    r"(?=\s+(?:for|in|at|only|with|among|after|between)\b|\s*[.,;])",
    re.I,
)
_NEGATED_SIGNIFICANT = re.compile(
    r"\b(?:(?:did|does|do|was|were|is|are|could|would|has|have|had)\s+not|\w+n't|nor|"
    r"not enough to|failed to)\b(?:(?!\b(?:but|while|whereas|although|yet)\b)[^.;:,]){0,50}?\b"
    r"(?:statistically\s+)?(?P<word>significant(?:ly)?)\b",
    re.I,
)


def _as_clear(match: re.Match[str]) -> str:
    """ "did not show significantly better" -> "did not show clearly better": under a negation
    the word keeps the result a null result (dropping it would say there was no difference)."""
    word = match.group("word")
    plain = "clearly" if word.lower().endswith("ly") else "clear"
    start = match.start("word") - match.start()
    phrase = match.group(0)
    return phrase[:start].replace("statistically ", "") + plain


def _null_words(words: str) -> str:
    lowered = words.lower()
    adverb = lowered.endswith("ly")
    if lowered.startswith("no longer"):
        out = "no longer clearly" if adverb else "no longer clear"
    elif lowered.startswith("did not"):
        out = "did not clearly"
    elif lowered.startswith("non"):
        out = "uncertain"
    elif lowered.startswith("not"):
        out = "not clearly" if adverb else "not clear"
    else:
        out = "no clearly" if adverb else "no clear"
    return out[0].upper() + out[1:] if words[0].isupper() else out


MAX_RARE_WORDS = 2
# "this/these/such" before a noun that is not the study or its results points to a sentence
# the reader has not seen
_POINTS_BACK = re.compile(
    r"\b(?:this|these|such|those)\s+(?!(?:study|studies|trial|trials|review|paper|work|"
    r"article|analysis|analyses|report|case|cohort|survey|research|project|results?|findings?|"
    r"data|observations?|patients?|participants?|people|group|sample|population|way|time|"
    r"period|year|years|point|is|are|was|were|may|might|can|could|suggests?|shows?|"
    r"indicates?|highlights?)\b)[a-z]"
    # "They need training …", "both kinds of hope": told alone, they point to nothing
    r"|^they\b|\bboth\s+(?:kinds|types|forms|sorts)\b"
    # "Other adverse events included …" opens on the ones told before it
    r"|^(?:other|another|further|additional)\s+(?:side effects?|adverse events?|harms?|"
    r"complications?|results?|findings?|outcomes?|changes?)\b",
    re.I,
)
MAX_PARSE_WORDS = 16  # Link Grammar time grows fast with length
_TRAILING = re.compile(
    r",\s+(?:with|which|compared|whereas|although|though|while|but|"
    r"suggesting|indicating|showing|leading|resulting|respectively|providing|making|"
    r"allowing|enabling|reflecting)\b.*$",
    re.I,
)
_LEADING_CLAUSE = re.compile(
    r"^(?:although|though|while|whereas)\s+(?P<side>[^,]{8,}),\s+(?P<main>.{8,})$", re.I
)
_NEEDS_BEFORE = re.compile(
    r"^(this|these|that|those|it|they|such|both|the latter|the former)\b", re.I
)


def main_clauses(sentence: str) -> list[str]:
    """Shorter whole sentences inside a long one: the sentence without its trailing phrase
    (", with ...", ", although ..."), then its clauses, leaving out any that point back to a
    clause left behind ("This suggests ...")."""
    out = []
    leading = _LEADING_CLAUSE.match(sentence.rstrip(" ."))
    if leading:
        out.append(tidy(leading.group("main")))  # the "although ..." side leans on the main
    listing = sentence.count(",") >= 2 and re.search(r",\s+(and|or)\s", sentence)
    cut = _TRAILING.sub("", sentence.rstrip(" ."))
    if cut != sentence.rstrip(" .") and not listing:
        out.append(tidy(cut))
    main = re.sub(r",\s+(?:although|though|whereas|while)\s+[^,;]+", "", sentence)
    for number, piece in enumerate(split_long(main, 0)):
        if number and _NEEDS_BEFORE.match(piece):
            continue
        out.append(tidy(piece))
    return [p for p in dict.fromkeys(out) if len(p.split()) >= 5 and p != tidy(sentence)]


_ENDS_DESCRIBING = re.compile(r"\b\w+(?:ed|al|ive|ic|ble|ous)$")
_NAME_COMMA = re.compile(r"\b([A-Z][a-z]+),\s+(?=[A-Z][a-z]+\b)")
SPLIT_WORDS = 18  # a longer sentence reads better as its clauses, one sentence each
_JOINED_CLAUSES = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
_RELATIVE = re.compile(r"\b(who|whom|whose|which|that|those|if|when|whether)\b", re.I)
_OPENING_PHRASE = re.compile(
    r"^(compared|based|following|using|given|including|according|in|at|on|after|before|"
    r"during|among|for|with|without|by|from|of|to|as|when|while|although|despite|unlike|"
    r"like|overall|finally|however|moreover|furthermore|in addition)\b",
    re.I,
)
_DEPENDENT_START = re.compile(
    r"^(who|whom|whose|which|that|where|when|whether|if|because|since|so|thus|then|"
    r"therefore|as|to|by|with|without|in|on|at|from|for|of|after|before|during)\b",
    re.I,
)


def clause_sentences(sentence: str) -> list[str] | None:
    """A sentence of joined clauses as one sentence per clause, in order ("Pain fell, and
    sleep improved." -> "Pain fell.", "Sleep improved."); None unless every part is a clause
    with its own verb (a list, "A, B and C improved", is never split)."""
    # names in a row ("Basso, Beattie and Bresnahan") are not clauses
    text = _NAME_COMMA.sub(lambda m: m.group(1) + "\x01", sentence.strip().rstrip("."))
    pieces = _JOINED_CLAUSES.split(text)
    commas = len(pieces) < 2 or any("," in piece for piece in pieces)
    if commas:
        pieces = re.split(r",\s+(?:and\s+)?", text)  # "A rose, B fell, and C held"
    pieces = [piece.replace("\x01", ", ") for piece in pieces]
    if len(pieces) < 2:
        return None
    if commas and not all(_FINITE_VERB.search(piece) for piece in pieces):
        return None  # "... a source of pain, sleep disruption and stiff joints": a list
    for number, piece in enumerate(pieces):
        if len(piece.split()) < 4 or "," in piece or not has_clear_verb(piece):
            return None  # a comma inside may be a list ("A, B, and C") cut in two
        if (
            number
            and re.match(r"[A-Za-z]+-[a-z]+", piece)
            and _ENDS_DESCRIBING.search(pieces[number - 1])
        ):
            return None  # "a randomized, sham-controlled trial": two describing words
        if number < len(pieces) - 1 and _RELATIVE.search(piece):
            return None  # "those who had X, and ..." may not end where the comma is
        if number and _DEPENDENT_START.match(piece):
            return None  # "..., and whose expression ..." leans on the clause before it
        if number and _PAST_VERB.match(piece):
            return None  # "..., decreased X and increased Y" shares the subject before it
        if _OPENING_PHRASE.match(piece):
            return None  # "Compared with controls," is a phrase, not a clause
    return [tidy(piece) for piece in pieces]


_PAST_VERB = re.compile(r"^(?:[a-z]+ed|rose|fell|grew|led|made|kept|gave|took|won|lost)\b")
_SUBJECT_VERB = re.compile(r"^(?P<subject>.+?)\s+(?P<rest>(?:[a-z]+ed|rose|fell|grew|led)\b.*)$")


def verb_list_sentences(sentence: str) -> list[str] | None:
    """A subject with a list of things it did, one sentence each ("Stimulation reduced A,
    decreased B and enabled C." -> "Stimulation reduced A.", "It decreased B.", "It enabled
    C."); None unless every item after the first starts with a verb in the past tense."""
    text = sentence.strip().rstrip(".")
    first = _SUBJECT_VERB.match(text)
    if not first or "," not in text:
        return None
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:[a-z]+ed|rose|fell|grew|led)\b)", text)
    if len(items) < 3 or not all(_PAST_VERB.match(item) for item in items[1:]):
        return None
    subject = first.group("subject").split()[-1].lower()
    pronoun = "They" if subject.endswith("s") and not subject.endswith("ss") else "It"
    told: list[str] = []
    for item in items[1:]:
        if told and len(item.split()) < 3:  # "enabled voiding" joins the item before it
            told[-1] += f" and {item}"
        else:
            told.append(item)
    return [tidy(items[0]), *(tidy(f"{pronoun} {item}") for item in told)]


_SHORT_FORM = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9+/-]*(?![\w-])")
KNOWN_SHORT_FORMS = frozenset(
    ["SCI", "MRI", "CT", "UK", "US", "USA", "HIV", "DNA", "RNA", "COVID", "COVID-19", "ICU", "GP"]
)


def raw_short_forms(text: str) -> list[str]:
    """Short forms in capitals that a lay reader may not know ("VGB", "CIP/CIM"); one that
    starts a capitalised name ("the ABLE Exoskeleton") is part of the name."""
    return [
        m.group(0)
        for m in _SHORT_FORM.finditer(text)
        if m.group(0) not in KNOWN_SHORT_FORMS
        and not _NAME_GOES_ON.match(text, m.end())
        and re.search(r"[A-Z][A-Z0-9]", m.group(0))  # "StepUp" is a name, "tSCS" a short form
    ]


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]{2,}")


_SPREAD = re.compile(r"\s*±\s*\d+(?:\.\d+)?(?:\s*%)?")


def without_statistics(text: str) -> str | None:
    """The sentence with its label, brackets and statistics clauses removed; None when the
    statistics sit in its main clause."""
    text = reader_numbers(_LEADING_LABEL.sub("", text.strip()))
    text = _SPREAD.sub("", text)  # "4.8 ± 2.9 points" is "4.8 points"
    previous = None
    while previous != text:
        previous = text
        text = _BRACKETS.sub("", text)
    pieces = _CLAUSE.split(text)
    kept = [pieces[0]]
    if _STAT_MARK.search(pieces[0]):
        return None
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=False):
        if _STAT_MARK.search(piece):
            continue
        kept += [separator, piece]
    out = "".join(kept).strip()
    return re.sub(r"\s+([,.;])", r"\1", out)


# a subject list of three or more with no "and" before its verb ("Sex, low protein, bladder
# leaking were risk factors")
_BARE_LIST = re.compile(
    r"^(?P<items>[^,.;:()]{2,40}(?:,\s+[^,.;:()]{2,40}){1,8}),\s+(?P<last>[^,.;:()]{2,40}?)"
    r"\s+(?P<verb>were|was|are|is|remained|emerged as)\b"
)


# "… are predominant, dance backbend as a primary factor": a noun and its role after a
# comma, with no verb, reads as "with dance backbend as a primary factor"
_ABSOLUTE = re.compile(r"(?<=[a-z]),\s+(?P<noun>(?:[a-z][\w-]*\s+){1,3})as\s+(?P<det>a|an|the)\s+")
_NOT_A_NOUN = re.compile(
    r"\b(?:with|and|or|but|which|who|that|such|is|are|was|were|be|been|being|has|have|had|"
    r"not|so|just|known|used|seen|\w+ed|\w+ing|\w+ly)\b"
)


def _with_absolute(match: re.Match[str]) -> str:
    if _NOT_A_NOUN.search(match.group("noun")):
        return match.group(0)
    return f", with {match.group('noun')}as {match.group('det')} "


def with_list_and(sentence: str) -> str:
    """ "A, B, C were …" as "A, B and C were …"."""
    match = _BARE_LIST.match(sentence)
    listed = f"{match.group('items')} {match.group('last')}" if match else ""
    if not match or re.search(r"\b(?:and|or|nor)\b", listed):
        return sentence
    return f"{match.group('items')} and {match.group('last')} {sentence[match.start('verb') :]}"


def tidy(text: str) -> str:
    """One sentence: no leading connective, single spaces, capital first, one full stop."""
    text = " ".join(text.split())
    text = _OPENER.sub("", text).strip(" ,;")
    if not text:
        return ""
    text = text.rstrip(" .") + "."
    return text[0].upper() + text[1:]
