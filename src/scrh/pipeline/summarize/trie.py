"""A regular expression for many literal terms, built as a trie so matching stays fast."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(terms: Iterable[str]) -> str:
    """A pattern matching any of `terms` (lower case), preferring the longest at a position;
    the same matches as an alternation of the terms sorted longest first."""
    root: dict[str, dict] = {}
    for term in terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(root)


def _pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body
