"""Plain-language rewriting: abbreviations, statistics, lexicon, long sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from scrh.pipeline.data import load
from scrh.pipeline.summarize.numbers import NUMBER_WORD
from scrh.pipeline.summarize.trie import trie_pattern

_SHORT_FORM = re.compile(r"\s*\((?P<short>[A-Za-z][A-Za-z0-9/&'-]{0,9}s?)\)")
_STATS = re.compile(
    r"\s*[\(\[](?=[^()\[\]]*(?:\bp\s*[<=>≤≥]|\bCI\b|\bSD\b|\bSE\b|\bIQR\b|\bOR\b|\bHR\b|\bRR\b|"
    r"\bI2\b|I²|\bMD\b|\bSMD\b|\bn\s*=|\bN\s*=|±|\br\s*=|95%|χ|\bt\s*=|\bF\s*=|\bβ|range))"
    r"[^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*[\)\]]",
    re.I,
)
_BARE_STATS = re.compile(r",?\s*\b[pP]\s*[<=>≤]\s*0?\.\d+")
_CLAUSE_SPLIT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|although)\s+(?=(?:the|this|these|those|it|they|we|"
    r"there|he|she|patients|participants|people|[A-Z0-9])\b)"
)
_WHICH = re.compile(r",\s+which\s+(?=\w+\s)")
_PARTICIPLES = {
    "suggesting": "suggests",
    "indicating": "indicates",
    "showing": "shows",
    "demonstrating": "shows",
    "revealing": "reveals",
    "highlighting": "highlights",
    "confirming": "confirms",
    "implying": "implies",
    "supporting": "supports",
}
_PARTICIPLE = re.compile(rf",\s+({'|'.join(_PARTICIPLES)})\s+(?=\w+\s)", re.I)
_OPENER = re.compile(
    r"^(however|thus|therefore|so|furthermore|moreover|in addition|finally|yet|also|"
    r"additionally|consequently|surprisingly|importantly|notably|in conclusion|overall),?\s+",
    re.I,
)


def find_abbreviations(text: str) -> dict[str, str]:
    """Short forms the text defines, as {"SCI": "spinal cord injury"} (long form first)."""
    found: dict[str, str] = {}
    for match in _SHORT_FORM.finditer(text):
        short = match.group("short")
        if not re.search(r"[A-Z]", short) or short in found:
            continue
        long_form = _long_form(text[: match.start()], short)
        if long_form:
            found[short] = long_form
    return {short: _inner(long_form, short, found) for short, long_form in found.items()}


def _inner(long_form: str, own: str, found: dict[str, str]) -> str:
    """A long form with other short forms inside it written out ("SCI without ...")."""
    for short, other in found.items():
        if short != own and short not in other:
            long_form = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", other, long_form)
    return long_form


def _long_form(before: str, short: str) -> str:
    """The words before "(SF)" whose initials spell the short form (Schwartz-Hearst style)."""
    matches = list(re.finditer(r"[\w'’-]+", before))[-(len(short) + 5) :]
    words = [m.group(0) for m in matches]
    letters = [c.lower() for c in short if c.isalpha()]
    if not letters or not words:
        return ""
    for start in range(len(words) - 1, max(-1, len(words) - len(short) - 5), -1):
        candidate = words[start:]
        if (
            candidate[0][0].lower() == letters[0]
            and _covers(" ".join(candidate), letters)
            and _initials_agree(candidate, short)
        ):
            start = _named_start(before, matches, start, letters[0])
            return " ".join(_whole_title(words, start))
    return ""


def _named_start(before: str, matches: list[re.Match[str]], start: int, first: str) -> int:
    """A lower-case long form grows back to the capitalised name it is part of, when that name
    starts with the short form's first letter and stands mid-sentence: "American spinal injury
    association impairment scale (AIS)", not "association impairment scale"."""
    for back in range(start - 1, max(-1, start - 4), -1):
        word = matches[back].group(0)
        between = before[matches[back].end() : matches[back + 1].start()]
        if re.search(r"[.!?:;]", between):
            return start  # a sentence (or the title) ends between them
        if word.lower() in _NOT_TITLE or not word.isalpha() or word.isupper():
            return start
        if word[0].isupper():
            ahead = before[: matches[back].start()].rstrip()
            mid_sentence = bool(ahead) and ahead[-1] not in ".!?:;"
            return back if word[0].lower() == first and mid_sentence else start
    return start


_NOT_TITLE = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "our", "the"}
    | {"this", "these", "those", "to", "we", "with"}
)


def _whole_title(words: list[str], start: int) -> list[str]:
    """A capitalised long form grows back to the whole capitalised name it ends: "American
    Spinal Injury Association Impairment Scale (AIS)", not "Association Impairment Scale"."""
    if not all(w[:1].isupper() for w in words[start:]):
        return words[start:]
    first = start
    while (
        first > 0
        and start - first < 4
        and words[first - 1][:1].isupper()
        and words[first - 1].lower() not in _NOT_TITLE
        and not words[first - 1].isupper()
        and not words[first - 1].lower().endswith(("ing", "ed", "ly"))
    ):
        first -= 1
    return words[first:]


def _initials_agree(words: list[str], short: str) -> bool:
    """Most capitals of the short form start a word of the long form, in order ("STAI" is not
    "study depression and anxiety"); a one-word long form ("EMG", electromyography) spells its
    short form inside the word."""
    if len(words) < 2:
        return True
    capitals = [c.lower() for n, c in enumerate(short) if c.isupper() or n == 0]
    initials = [
        letter.lower()
        for word in words
        for part in re.split(r"[-–]", word)
        if part
        for letter in (part if part.isupper() else part[0])  # "SCI" inside gives its letters
    ]
    matched, position = 0, 0
    for letter in capitals:
        if letter in initials[position:]:
            position = initials.index(letter, position) + 1
            matched += 1
    return matched >= 0.6 * len(capitals)


def _covers(phrase: str, letters: list[str]) -> bool:
    """Every letter of the short form appears, in order, in the phrase."""
    position = 0
    lowered = phrase.lower()
    for letter in letters:
        position = lowered.find(letter, position)
        if position < 0:
            return False
        position += 1
    return len(phrase.split()) <= len(letters) + 2


def expand_abbreviations(
    text: str, abbreviations: dict[str, str], short_names: bool = False
) -> str:
    """Drop "(SF)" definitions and write each defined short form out in full (one pass, so a
    long form is never expanded again). With `short_names`, a short form whose long form is a
    long name with a phrase after its head ("Transcutaneous Electrical Spinal Stimulation for
    Lower Urinary Tract Augmentation") is told by its head ("the spinal stimulation")."""
    if not abbreviations:
        return text
    abbreviations = _with_number_forms(abbreviations)
    shorts = sorted(abbreviations, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in shorts)
    text = re.sub(rf"\s*\((?:{alternatives})\)", "", text)
    full = {s: (f if is_proper_name(f) else f.lower()) for s, f in abbreviations.items()}

    def written_out(match: re.Match[str]) -> str:
        long_form = full[match.group(0)]
        if _repeats_next(long_form, text, match.end()):
            return match.group(0)
        last = long_form.split()[-1]
        if (
            re.match(rf"\s+{re.escape(last)}\b", text[match.end() :], re.I)
            and " " in long_form
            and not is_proper_name(long_form)
        ):
            long_form = long_form.rsplit(" ", 1)[0]  # "ITB pump" -> "intrathecal baclofen pump"
        head = short_name(long_form) if short_names else None
        if head is None:
            return long_form
        before = text[: match.start()]
        return head if _DETERMINER_BEFORE.search(before) else f"the {head}"

    text = re.sub(rf"(?<![\w-])(?:{alternatives})(?![\w-])", written_out, text)
    return _NAME_THEN_ITS_WORDS.sub(_without_repeat, text)


# "the Interactive Mobile Health and Rehabilitation mobile health system": a name, then
# words of that name again (two short forms defined side by side, each written out)
_NAME_THEN_ITS_WORDS = re.compile(
    r"\b(?P<name>[A-Z][\w-]*(?:\s+(?:and|of|for|the|[A-Z][\w-]*)){2,8})"
    r"(?P<after>(?:\s+[a-z][\w-]*)+)"
)


def _without_repeat(match: re.Match[str]) -> str:
    """The name without the words after it that only repeat its own, keeping at least one
    word after them ("… Rehabilitation system")."""
    name_words = {w.lower() for w in match.group("name").split()} - {"and", "of", "for", "the"}
    after = match.group("after").split()
    repeated = 0
    while repeated < len(after) - 1 and after[repeated] in name_words:
        repeated += 1
    if not repeated:
        return match.group(0)
    return " ".join([match.group("name"), *after[repeated:]])


SHORT_NAME_WORDS = 5  # a long form of this many words or more is told by its head
_HEAD_ENDS = re.compile(r"\s+(?:for|of|in|on|to|with|after|during|by|from|against)\s+", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|its|their|our)\s+$", re.I)


_MEASURE_HEAD = re.compile(
    r"\b(assessment|scale|index|measure|test|questionnaire|inventory|score|classification|"
    r"standards?|survey|checklist|instrument)$",
    re.I,
)


def short_name(long_form: str) -> str | None:
    """The head of a long name, "spinal stimulation" for "Transcutaneous Electrical Spinal
    Stimulation for Lower Urinary Tract Augmentation": the last two words before its first
    phrase; None for a name short enough to write out, or one without such a phrase."""
    if len(long_form.split()) < SHORT_NAME_WORDS:
        return None
    parts = _HEAD_ENDS.split(long_form, maxsplit=1)
    words = parts[0].split()
    if len(parts) < 2 or len(words) < 2:
        return None
    head = " ".join(words[-2:])
    if _MEASURE_HEAD.search(head):
        return None  # "Graded Redefined Assessment of ...": a measure keeps its name
    return head.lower()


def _repeats_next(long_form: str, text: str, end: int) -> bool:
    """The words after the short form already say part of its long form ("iMHere mobile
    health system" for "Interactive Mobile Health and Rehabilitation"): writing it out would
    say it twice."""
    following = re.findall(r"[A-Za-z]{3,}", text[end : end + 40])[:2]
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", long_form)}
    return len(following) == 2 and all(w.lower() in words for w in following)


def _singular(plural: str) -> str:
    """ "spinal cord injuries" -> "spinal cord injury"; "pressure ulcers" -> "pressure ulcer"."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("sses", "xes", "ches", "shes")):
        return plural[:-2]
    return plural[:-1]


def _with_number_forms(abbreviations: dict[str, str]) -> dict[str, str]:
    """A plural short form ("UTIs") also as written in capitals ("UTIS") and as the singular
    ("UTI"), unless the paper defines those itself."""
    out = dict(abbreviations)
    for short, long_form in abbreviations.items():
        if len(short) > 2 and short.endswith("s") and short[:-1].isupper():
            out.setdefault(short[:-1] + "S", long_form)
            if long_form.endswith("s"):
                out.setdefault(short[:-1], _singular(long_form))
        elif short.isupper() and len(short) > 1 and not long_form.endswith("s"):
            out.setdefault(short + "s", _plural(long_form))  # "MSCs" for a defined "MSC"
    return out


def _plural(singular: str) -> str:
    """ "mesenchymal stem cell" -> "mesenchymal stem cells"; "injury" -> "injuries"."""
    if re.search(r"[^aeiou]y$", singular):
        return singular[:-1] + "ies"
    if singular.endswith(("s", "x", "ch", "sh")):
        return singular + "es"
    return singular + "s"


_PROPER_WORDS = re.compile(
    r"\b(American|International|Association|Society|Scale|Index|Measure|Test|Inventory|"
    r"Questionnaire|Classification|Standards|Center|Centre|University|Hospital|Foundation)\b"
)


def is_proper_name(phrase: str) -> bool:
    """Names of scales, bodies and places keep their capitals; other long forms do not."""
    words = phrase.split()
    inner_caps = any(re.search(r"[A-Z]", w[1:]) for w in words)
    major = [w for w in words if len(w) > 3]
    titled = len(major) >= 3 and all(w[0].isupper() for w in major)
    return inner_caps or titled or bool(_PROPER_WORDS.search(phrase))


def drop_statistics(text: str) -> str:
    """Remove statistics parentheticals (CI, p-values, SD, n = ...) and bare p-values."""
    previous = None
    while previous != text:
        previous = text
        text = _STATS.sub("", text)
    text = _BARE_STATS.sub("", text)
    return re.sub(r"\s+([,.;])", r"\1", text)


@dataclass(frozen=True, slots=True)
class _Entry:
    plain: str
    after: bool  # a phrase such as "with paralyzed legs" that must follow its noun
    instead: str = ""  # a plainer single word where the phrase cannot follow its noun
    pos: str = ""  # the term's part of speech, which its plain words share: noun, adj, verb, adv
    safe: bool = False  # fits wherever the term stands


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, _Entry]]:
    """One pattern for every lexicon term and everyday swap for a formal word ("utilize":
    "use"), longest first, and the plain words by term."""
    entries = {
        e["term"].lower(): _Entry(e["plain"], bool(e.get("after")), e.get("instead", ""))
        for e in load("plain_words.json") + load("lexicon.json")
        if e.get("plain")
    }
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(entries)})(?![\w-])", re.I), entries


_HEAD_NOUN = re.compile(
    r"\s+(patients?|people|persons?|individuals?|participants?|subjects?|adults?|children|men|"
    r"women|rats?|mice|animals?|users?|athletes?|veterans?)\b"
)
_NEXT_WORD = re.compile(r"(,)?\s+([A-Za-z][\w-]*)")
_COPULA = re.compile(r"\b(is|are|was|were|be|been|being|become|became)\s+$", re.I)
_LINKING = frozenset(
    [
        "and",
        "or",
        "to",
        "in",
        "at",
        "with",
        "for",
        "of",
        "than",
        "by",
        "from",
        "after",
        "before",
        "during",
        "on",
        "into",
        "as",
        "was",
        "were",
        "is",
        "are",
        "who",
        "which",
        "that",
    ]
)
_DETERMINER = re.compile(
    rf"\b(a|an|the|this|these|those|all|each|both|two|three|four|five|six|\d+|{NUMBER_WORD})\s+$",
    re.I,
)


def apply_lexicon(text: str, max_plain_words: int | None = None) -> str:
    """Replace jargon with the plain words of the lexicon, in one pass.

    A phrase that must follow its noun ("with paralyzed legs") moves behind a following
    person or animal noun, and is left as the original term before any other word. With
    `max_plain_words`, longer paraphrases are skipped (the glossary explains those terms).
    """
    pattern, entries = _lexicon()
    out: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() < position:
            continue
        term = match.group(0)
        entry = entries[term.lower()]
        end = match.end()
        if max_plain_words is not None and len(entry.plain.split()) > max_plain_words:
            replacement = term
        elif entry.after:
            replacement, end = _after_noun(text, match, entry.plain)
            if replacement == term and entry.instead:
                replacement = _match_case(term, entry.instead)
        else:
            replacement = _match_case(term, entry.plain)
        if replacement.lower().startswith("the ") and _DETERMINED.search(
            text[position : match.start()]
        ):
            replacement = replacement[4:]  # "The baseline" is "The start …", not "The the …"
        out.append(article_before(text[position : match.start()], replacement) + replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)


def _after_noun(text: str, match: re.Match[str], plain: str) -> tuple[str, int]:
    """A postpositive paraphrase placed after its noun, or the term kept where it cannot go."""
    term = match.group(0)
    head = _HEAD_NOUN.match(text, match.end())
    if head:
        return f"{head.group(1)} {plain}", head.end()
    if plain.startswith("with ") and _COPULA.search(text[: match.start()]):
        return term, match.end()
    following = _NEXT_WORD.match(text, match.end())
    if following and following.group(2).lower() not in _LINKING:
        comma = following.group(1) is not None
        if not comma or _DETERMINER.search(text[: match.start()]):
            return term, match.end()
    return _match_case(term, plain), match.end()


_SPOKEN_VOWEL = re.compile(r"(8|11(?!\d)|18(?!\d)|eight|eleven)", re.I)  # "an 80%", "an 11"


def indefinite_article(word: str) -> str:
    """ "a" or "an" as the word is spoken: "an increase", "a unit", "an 8% drop"."""
    if _SPOKEN_VOWEL.match(word):
        return "an"
    vowel = word[:1].lower() in "aeiou" and not word.lower().startswith(
        ("one", "use", "uni", "usu")
    )
    return "an" if vowel else "a"


_COUNT_NOUN = re.compile(
    r"\b(app|application|device|program|programme|exoskeleton|robot|system|brace|orthosis|"
    r"tool|website|platform|drug|implant|pump|catheter|wheelchair|glove|stimulator|"
    r"intervention|course|session|game|video|booklet|checklist|protocol|model|pill|tablet|"
    r"capsule|injection|vaccine|patch|splint|cushion|mattress|sensor|headset|electrode|"
    r"garment|belt|bicycle|bike|treadmill|walker|cane|harness|stent|graft|scaffold|tube|"
    r"monitor|watch|phone|smartphone|controller|interface|prosthesis|seat|suit|sleeve|vest|"
    r"handbook|manual|leaflet|kit|toolkit|workshop|clinic|service|diary|reminder)$",
    re.I,
)


def with_article(phrase: str) -> str:
    """One thing takes an article ("a phone app"); training, therapy or a plural does not."""
    if not _COUNT_NOUN.search(phrase) or re.match(r"(the|a|an)\s", phrase, re.I):
        return phrase
    if re.match(
        r"(?:received|underwent|used|got|had|took|did|performed|completed|continued|kept|"
        r"wore|practi[sc]ed|trained|attended|followed)\b",
        phrase,
        re.I,
    ):
        return phrase  # "received standard care ...": what a group did, not a thing
    if re.search(r"\b(with|of|for|using|and|by|via)\b", phrase, re.I):
        return phrase  # "training with a glove": the thing at the end is not what was tested
    return f"{indefinite_article(phrase.split()[0])} {phrase}"


def article_before(before: str, word: str) -> str:
    """`before` with a final "a"/"an" agreeing with the word that now follows it."""
    article = re.search(r"\b([Aa]n?) $", before)
    if not article or word == article.group(0):
        return before
    wanted = indefinite_article(word)
    if article.group(1).lower() == wanted:
        return before
    return before[: article.start()] + article.group(1)[0] + wanted[1:] + " "


def _match_case(original: str, plain: str) -> str:
    return (
        plain[0].upper() + plain[1:]
        if original[:1].isupper() and original[1:2].islower()
        else plain
    )


def split_long(sentence: str, max_words: int = 18) -> list[str]:
    """Split a long sentence at clause boundaries into shorter sentences."""
    if len(sentence.split()) <= max_words:
        return [_tidy(sentence)]
    sentence = _WHICH.sub(". This ", sentence)
    sentence = _PARTICIPLE.sub(lambda m: f". This {_PARTICIPLES[m.group(1).lower()]} ", sentence)
    pieces = [
        p.strip(" ,;")
        for p in re.split(r"(?<=\.)\s+(?=This )|" + _CLAUSE_SPLIT.pattern, sentence)
        if p and p.strip(" ,;")
    ]
    return [_tidy(piece) for piece in pieces]


def _tidy(piece: str) -> str:
    """Drop a leading connective ("However,") and end with one full stop."""
    piece = _OPENER.sub("", piece.strip()).rstrip(" .") + "."
    return piece[0].upper() + piece[1:]


def plain_sentence(
    text: str, abbreviations: dict[str, str], max_plain_words: int | None = None
) -> str:
    """One paper sentence rewritten in plainer words (lexicon paraphrases of at most
    `max_plain_words` words when given)."""
    text = drop_statistics(text)
    text = expand_abbreviations(text, abbreviations)
    text = apply_lexicon(text, max_plain_words)
    return third_person(" ".join(text.split()))


_FIRST_PERSON = {
    "We": "The authors",
    "we": "the authors",
    "Our": "Their",
    "our": "their",
    "us": "them",
    "ourselves": "themselves",
}
_FIRST_PERSON_WORD = re.compile(r"\b(We|we|Our|our|us|ourselves)\b")


def third_person(text: str) -> str:
    """The authors' "we" and "our" as "the authors" and "their", so a summary never speaks
    as if it wrote the paper."""
    # "advances in our understanding of SCI": the field's understanding, not the authors'
    text = re.sub(r"\b[Oo]ur (understanding|knowledge)\b", r"the \1", text)
    return _FIRST_PERSON_WORD.sub(lambda m: _FIRST_PERSON[m.group(1)], text)


# Words whose swap would change how sure a sentence sounds ("significantly" is not "clearly").
_CERTAINTY_WORDS = frozenset(
    [
        "significantly",
        "significant",
        "clearly",
        "clear",
        "indicate",
        "indicates",
        "indicated",
        "indicating",
        "suggest",
        "suggests",
        "suggested",
        "suggesting",
        "may",
        "might",
        "likely",
        "potential",
        "potentially",
        "prove",
        "proves",
        "proved",
        "confirm",
        "confirms",
        "confirmed",
        "evidence",
        "demonstrate",
        "demonstrates",
        "demonstrated",
        "statistically",
        "associated",
        "association",
    ]
)
_NAME = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'-]*(?:\s+(?:of|and|for|the|in|to)?\s*[A-Z][\w'-]*)+"
)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|'[^']*'")


def protected_spans(text: str, names: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where no word may be swapped: capitalised names and titles ("Spinal Cord Independence
    Measure"), quoted text, and the given names (instruments) wherever they occur."""
    spans = [m.span() for m in _NAME.finditer(text)] + [m.span() for m in _QUOTED.finditer(text)]
    lowered = text.lower()
    for name in names:
        start = lowered.find(name.lower()) if name else -1
        while start >= 0:
            spans.append((start, start + len(name)))
            start = lowered.find(name.lower(), start + 1)
    return spans


@cache
def _safe_lexicon() -> tuple[re.Pattern[str], dict[str, _Entry]]:
    """The swaps that need no grammar parser: those marked `safe` (a noun phrase for one of
    the same number and use: "intervention group": "treatment group") and those whose plain
    words share the term's part of speech, made only where that role keeps the sentence whole
    (see `_fits`)."""
    return safe_lexicon_of(load("plain_words.json") + load("lexicon.json"))


def safe_lexicon_of(rows: list[dict]) -> tuple[re.Pattern[str], dict[str, _Entry]]:
    """The parser-free swaps among lexicon rows ({"term", "plain", "pos" or "safe"})."""
    entries = {
        e["term"].lower(): _Entry(e["plain"], False, pos=e.get("pos", ""), safe=bool(e.get("safe")))
        for e in rows
        if e.get("plain") and not e.get("after") and (e.get("safe") or e.get("pos") in _ROLES)
    }
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(entries)})(?![\w-])", re.I), entries


@cache
def _marked_safe_lexicon() -> tuple[re.Pattern[str], dict[str, _Entry]]:
    return safe_lexicon_of([e for e in load("plain_words.json") if e.get("safe")])


def marked_safe_swaps(text: str, names: tuple[str, ...] = ()) -> str:
    """Only the swaps marked `safe` ("intervention group": "treatment group"): for fields that
    keep the paper's own terms ("catheter", "spasticity") and explain them in the glossary."""
    return swap_phrases(text, names, lexicon=_marked_safe_lexicon(), by_role=True)


def safe_swaps(
    text: str,
    names: tuple[str, ...] = (),
    lexicon: tuple[re.Pattern[str], dict[str, _Entry]] | None = None,
) -> str:
    """Only the swaps that cannot break a sentence, made without asking a grammar parser."""
    return swap_phrases(text, names, lexicon=lexicon or _safe_lexicon(), by_role=True)


_ROLES = frozenset({"noun", "adj", "verb", "adv"})
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the this that these those its their his her our your my of in with and or for to "
        "by on at from after before during without than as between among no any some each all "
        "both more less fewer such other into about under over is are was were be been had has "
        "have but nor not",
    )
)
_GLUE = re.compile(r"\b(of|in|on|at|to|for|with|from|by|that|which|who|below|above|after)\b", re.I)


def _fits(text: str, match: re.Match[str], entry: _Entry) -> bool:
    """Whether a swap by part of speech keeps the sentence whole here. One plain word (or a
    compound noun) stands wherever the term stands; a phrase built with a preposition or a
    clause ("transfer of cells or tissue") only where the term is a whole noun phrase of its
    own, neither after a modifier ("stem cell transplantation") nor before a noun or 'of'."""
    if entry.safe or entry.pos in ("verb", "adv"):
        return True
    words = entry.plain.split()
    glued = bool(_GLUE.search(entry.plain))
    if len(words) == 1:
        return True
    if entry.pos == "adj":
        return not glued  # "mental and social outcomes"; never "below the belly button catheter"
    if not glued:
        return True  # modifiers before it were checked by `_swappable`
    after = text[match.end() :]
    ends = bool(_ENDS_PHRASE.match(after) or re.match(r"\s+[a-z]+ed\b", after))  # "... improved"
    return ends and not re.match(r"\s+of\b", after)


_ADJECTIVE_ENDING = re.compile(r"(?:al|ic|ous|ive|ary|ful|less|ile|ar|ed|ing|ent|ant|ble)$")


def _after_modifier(text: str, match: re.Match[str], entry: _Entry) -> bool:
    """A phrase of several plain words cannot follow a noun used as a modifier: "bladder
    spasms" is never "bladder sudden muscle jerks", "general anesthesia" never "general
    medicine that blocks pain" (a plain word that is itself a describing word may: "spinal
    nerve cells")."""
    if len(entry.plain.split()) == 1:
        return False
    before = re.findall(r"[\w-]+|[^\w\s]", text[: match.start()])[-1:]
    if not before or not before[0][0].isalnum() or before[0].lower() in _FUNCTION_WORDS:
        return False
    if _GLUE.search(entry.plain) or entry.pos != "noun":
        return True
    return not _ADJECTIVE_ENDING.search(before[0].lower())


def swap_phrases(
    text: str,
    names: tuple[str, ...] = (),
    max_plain_words: int = 4,
    lexicon: tuple[re.Pattern[str], dict[str, _Entry]] | None = None,
    by_role: bool = False,
) -> str:
    """Whole-phrase swaps from the lexicon that keep the sentence's shape: a formal word or a
    term for its everyday words, never inside a name, title, quote or instrument name, never a
    word that carries certainty, never a phrase that must move behind its noun, and never one
    that would repeat the word beside it ("wearable wearable robots")."""
    pattern, entries = lexicon or _lexicon()
    spans = protected_spans(text, names)
    out: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        term = match.group(0)
        entry = entries[term.lower()]
        if not _swappable(text, match, entry, spans, max_plain_words):
            continue
        if by_role and not _fits(text, match, entry):
            continue
        if _echoes("".join(out) + text[position : match.start()], entry.plain):
            continue  # "walking pattern movement patterns": the swap before said it already
        replacement = _match_case(term, entry.plain)
        out.append(article_before(text[position : match.start()], replacement) + replacement)
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def _stems(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", text)}


def _echoes(before: str, plain: str) -> bool:
    """The plain words repeat a word among the last two written before them."""
    last = " ".join(re.findall(r"[\w-]+", before)[-2:])
    said, new = _stems(last), _stems(plain)
    # "robotic wearable robot": a word that starts the same (five letters or more) echoes too
    return bool(said & new) or any(
        len(a) >= 5 and len(b) >= 5 and (a.startswith(b) or b.startswith(a))
        for a in said
        for b in new
    )


_CLAUSE_PLAIN = re.compile(r"\b(that|which|who|where|when)\b", re.I)
_ENDS_PHRASE = re.compile(
    r"^\s*(?:$|[.,;:)!?]|(?:of|in|for|with|was|were|is|are|and|or|to|at|on|by|after|before|"
    r"during|from|has|have|had|can|could|may|might|will|would|than|as)\b)",
    re.I,
)


def _swappable(
    text: str,
    match: re.Match[str],
    entry: _Entry,
    spans: list[tuple[int, int]],
    max_plain_words: int,
) -> bool:
    term = match.group(0)
    plain_words = entry.plain.lower().split()
    if entry.after or len(plain_words) > max_plain_words or not plain_words:
        return False
    if set(term.lower().split()) & _CERTAINTY_WORDS:
        return False
    if any(a < match.end() and match.start() < b for a, b in spans):
        return False
    if match.start() > 0 and term[:1].isupper() and term[1:2].islower():
        return False  # a capitalised word inside a sentence is part of a name
    before = re.findall(r"[\w-]+", text[: match.start()])[-1:]
    after = re.findall(r"[\w-]+", text[match.end() :])[:1]
    if _CLAUSE_PLAIN.search(entry.plain) and not _ENDS_PHRASE.match(text[match.end() :]):
        return False  # "anesthesia strategies" cannot become "medicine that blocks pain strategies"
    if _after_modifier(text, match, entry):
        return False
    if before and before[0].lower() == plain_words[0]:
        return False
    return not (after and after[0].lower() == plain_words[-1])
