"""Check `grammar`: an optional signal from Debian's link-grammar parser (package
python3-link-grammar): a sentence it cannot link without skipping a word is worth a look
("People in the in the weeks after injury improved.", "This paper is about X is preserved.").
Without the parser the check finds nothing; the other checks do not depend on it."""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.text import prose_fields, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

# Debian installs the module for its own Python 3 (the same ABI as a 3.11 virtualenv on it).
DEBIAN_DIR = Path("/usr/lib/python3/dist-packages/linkgrammar")
_FIELDS = ("simple_explanation", "key_findings", "practical_implications", "limitations")
# Longer sentences take the parser long and are the readability check's business.
_MAX_WORDS = 40
# "Cortex means the outer layer of the brain.": a definition names a term the parser lacks.
_DEFINITION = re.compile(r"^\S+(?:\s+\S+)?\s+means\b")


def check_grammar(paper: Paper, summary: Summary) -> list[Finding]:
    """Warnings for sentences the grammar parser cannot link (none without the parser)."""
    parses = sentence_parser()
    if parses is None:
        return []
    findings = []
    for field_name, text in prose_fields(summary):
        if not field_name.startswith(_FIELDS) or field_name.endswith(".title"):
            continue
        for sentence in split_sentences(text):
            if len(sentence.split()) > _MAX_WORDS or _DEFINITION.match(sentence):
                continue
            if not parses(sentence):
                message = "the grammar parser cannot make sense of this sentence"
                findings.append(Finding("warning", field_name, message, sentence))
    return findings


@cache
def sentence_parser() -> Callable[[str], bool] | None:
    """A function telling whether English grammar links a sentence, or None without the
    parser."""
    module = _linkgrammar()
    if module is None:
        return None
    with _quiet():
        held = [module.Dictionary("en")]
    # Free the dictionary while the module still stands (its finalizer needs it).
    atexit.register(held.clear)
    options = module.ParseOptions(verbosity=0, max_null_count=0, max_parse_time=1)

    def parses(sentence: str) -> bool:
        return len(module.Sentence(sentence, held[0], options).parse()) > 0

    return parses


def _linkgrammar() -> ModuleType | None:
    try:
        return importlib.import_module("linkgrammar")
    except ImportError:
        pass
    if not DEBIAN_DIR.is_dir():
        return None
    sys.path.append(str(DEBIAN_DIR))
    try:
        return importlib.import_module("linkgrammar")
    except ImportError:
        sys.path.remove(str(DEBIAN_DIR))
        return None


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence the parser's notes on standard output and error while its dictionary loads."""
    saved = [os.dup(1), os.dup(2)]
    sys.stdout.flush()
    sys.stderr.flush()
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 1)
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            for fd in saved:
                os.close(fd)
