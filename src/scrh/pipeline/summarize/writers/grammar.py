"""A grammar guard for paper sentences we reuse: cheap checks first, then Link Grammar.

Link Grammar (Debian's `python3-link-grammar`, installed by `make grammar`) is optional: when it
cannot be imported, `parses` answers None and no reworded sentence is used; the writers keep the
paper's own wording (statistics removed) or their own templates.
"""

from __future__ import annotations

import atexit
import re
import sys
from functools import cache
from typing import Any

SYSTEM_PACKAGES = "/usr/lib/python3/dist-packages"
_MAX_WORDS = 40

_DOUBLED = re.compile(r"\b(\w+)(?:\s+\1\b)", re.I)
_DOUBLED_PAIR = re.compile(r"\b(\w+\s+\w+)\s+\1\b", re.I)
_FRAGMENT_END = re.compile(
    r"\b(a|an|the|of|in|at|to|for|with|and|or|but|by|from|than|as|on|was|were|is|are|"
    r"be|that|which|who|this|these|its|their|our|between|among|vs|versus)\.$",
    re.I,
)
_STATS_LEFT = re.compile(
    r"[=<>±≤≥%]\s*$|[=<>±≤≥]|\(\s*[Pp]\b|\b[Pp]\s*[<=>]|\bCI\b|\bI2\b|I²|\bSD\b|\bIQR\b|"
    r"\bOR\b|\bHR\b|\bRR\b|\bSMD\b|\bMD\b|\b[nN]\s*=|\d\s*[-–]\s*\[|&[a-z]+;|</?\w+>|"
    r"\b\d+(\.\d+)?\s*(vs\.?|versus)\s*\d"
)
# a leaked section label ("Results: ..."), not a clause that introduces a list ("Three
# themes emerged: ...")
_LABEL = re.compile(
    r"(^|\.\s+)(?!(?:[A-Za-z]+ ){0,4}?(?:were|was|is|are|emerged|included|identified|found|"
    r"showed|had)\b)[A-Z][A-Za-z ]{2,30}:\s"
)
_VERB = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|"
    r"should|must|shows?|showed|found|finds?|led|took|made|got|gave|saw|felt|fell|rose|"
    r"grew|became|began|went|kept|lost|seem\w*|appear\w*|need\w*|help\w*|"
    r"\w+ed|\w{3,}[^s]s)\b",
    re.I,
)
_CLEAR_VERB = re.compile(
    r"\b(is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|"
    r"should|must|shows?|showed|found|finds?|led|took|made|got|gave|saw|felt|fell|rose|"
    r"grew|became|began|went|kept|lost|seem\w*|appear\w*|need\w*|\w+ed)\b",
    re.I,
)
_BAD_START = re.compile(
    r"^(and|or|but|which|that|whereas|while|although|with|of|to|because|if|when|in order)\b", re.I
)


def looks_whole(sentence: str, max_words: int = _MAX_WORDS) -> bool:
    """Cheap checks: one whole sentence with a verb, capital first, full stop last, balanced
    brackets, no statistics fragment, leaked label, doubled word or dangling end."""
    text = sentence.strip()
    words = text.split()
    if not 4 <= len(words) <= max_words:
        return False
    opening = text.lstrip("\"“‘'")  # a sentence may open on a quoted name
    if not opening[:1].isupper() or not text.endswith((".", "?")):
        return False
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    if text.count('"') % 2 or re.search(r"[;:]\s*\.$|,\s*\.$|\.\s*\.$", text):
        return False
    if _STATS_LEFT.search(text) or _LABEL.search(text):
        return False
    if _DOUBLED.search(text) or _DOUBLED_PAIR.search(text):
        return False
    if _FRAGMENT_END.search(text):
        return False
    start = _BAD_START.search(text)
    # "With stimulation on, the fall ... decreased": a phrase before a clause is fine
    if start and not (start.group(1).lower() == "with" and _VERB.search(text.split(",", 1)[-1])):
        return False
    if start and "," not in text:
        return False
    if re.search(r"[.!?]\s+\S", text[:-1]):  # more than one sentence
        return False
    return bool(_VERB.search(text))


def has_clear_verb(sentence: str) -> bool:
    """A verb that cannot be a plural noun ("influences") or a participle ("following"): the
    test for a clause cut out of a longer sentence."""
    return bool(_CLEAR_VERB.search(sentence))


def parses(sentence: str) -> bool | None:
    """True when Link Grammar parses the sentence with no skipped word, False when it cannot,
    None when Link Grammar is not installed."""
    parser = _parser()
    if parser is None:
        return None
    return _parse(parser, sentence)


def _parse(parser: tuple[Any, Any, Any], sentence: str) -> bool:
    lg, dictionary, options = parser
    try:
        return len(lg.Sentence(sentence, dictionary, options).parse()) > 0
    except lg.LG_Error:  # a parser error is "could not parse", never a crash
        return False


@cache
def _parser() -> tuple[Any, Any, Any] | None:
    """Link Grammar's English dictionary and parse options, or None when not installed."""
    added = SYSTEM_PACKAGES not in sys.path
    if added:
        sys.path.append(SYSTEM_PACKAGES)  # only for this import: Debian's package lives here
    try:
        import linkgrammar as lg  # type: ignore[import-not-found]
    except ImportError:  # not installed, or built for another Python
        return None
    finally:
        if added:
            sys.path.remove(SYSTEM_PACKAGES)
    try:
        lg.LG_Error.set_handler(lambda *_: None)
        dictionary = lg.Dictionary("en")
        options = lg.ParseOptions(verbosity=0)
        options.max_null_count = 0
        options.linkage_limit = 1
        options.max_parse_time = 1
    except lg.LG_Error:  # no English dictionary
        return None
    atexit.register(_parser.cache_clear)  # free the dictionary while its module still exists
    return lg, dictionary, options


def available() -> bool:
    """True when Link Grammar can be used."""
    return _parser() is not None
