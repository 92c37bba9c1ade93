"""How to read a level of the spine ("T6"): the first level a text names, told in plain words
where it first appears, since injuries are named by the level they are at."""

from __future__ import annotations

import re

# the parts of the spine, top to bottom: letter, (levels, in words, where the part is)
_PARTS = {
    "C": (8, "eight", "in the neck"),
    "T": (12, "twelve", "in the chest"),
    "L": (5, "five", "in the lower back"),
    "S": (5, "five", "at its base"),
}
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
)  # fmt: skip

# a level only where the text speaks of the spine: "T6 spinal cord injury", "a C5 lesion",
# "below C4", "C4-C7 levels", never "(T3)" or "at T1" for a time point or "S1" for a figure
_LEVEL = r"\b([CTLS])(1[0-2]|[1-9])\b"
_SPINE_AFTER = (
    r"(?:[-\u2013/](?:[CTLS])?\d{1,2}\s+)?(?:\w+\s+){0,2}?(?:spinal|injur\w*|lesions?|levels?|"
    r"SCI|paraplegi\w*|tetraplegi\w*|segments?|vertebra\w*|contusions?|transections?|"
    r"complete|incomplete|motor)\b"
)
_LEVEL_IN_CONTEXT = re.compile(
    rf"(?:\b(?:below|above|levels? of)\s+(?:the\s+)?{_LEVEL})"
    rf"|(?:{_LEVEL}\s*{_SPINE_AFTER})"
)


def first_level(text: str) -> str:
    """The first spinal level `text` names where it speaks of the spine ("T6"), or ""."""
    match = _LEVEL_IN_CONTEXT.search(text)
    if not match:
        return ""
    letter, number = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    count, _, _ = _PARTS[letter]
    return f"{letter}{number}" if int(number) <= count else ""


def level_note(level: str) -> str:
    """ "T6 is a level of the spine: the sixth of its twelve levels in the chest." for "T6"
    (the count in words: the paper gives no such number)."""
    letter, number = level[0], int(level[1:])
    _, count, where = _PARTS[letter]
    nth = _ORDINALS[number - 1]
    return f"{level} is a level of the spine: the {nth} of its {count} levels {where}."
