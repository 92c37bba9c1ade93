"""Outcome measures named in the paper and which direction of change is better."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from scrh.pipeline.data import load
from scrh.pipeline.summarize.plain import article_before


@dataclass(frozen=True, slots=True)
class Measure:
    """One instrument from the outcome-measures data file."""

    name: str
    concept: str
    better: str
    range: tuple[float, float] | None
    note: str = ""  # how to read a scale without a numeric range ("grade A ... to E ...")


@cache
def _index() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Measure]]:
    """Two patterns (short capital aliases match case-sensitively, longer names ignore case)
    and the measure for each lower-case name."""
    by_name: dict[str, Measure] = {}
    exact: list[str] = []
    loose: list[str] = []
    for item in load("outcome_measures.json"):
        rng = tuple(item["range"]) if item["range"] else None
        measure = Measure(item["name"], item["concept"], item["better"], rng, item.get("note", ""))
        for name in (item["name"], *item["aliases"]):
            by_name.setdefault(name.lower(), measure)
            (exact if len(name) <= 6 or name.isupper() else loose).append(name)
    return _alternation(exact, 0), _alternation(loose, re.I), by_name


def _alternation(names: list[str], flags: int) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


def find_measures(text: str) -> list[Measure]:
    """Instruments the text mentions, in order of first mention.

    Where two names match at the same place ("ASIA Motor Score" and "ASIA"), the longer one
    wins and the names inside it are not counted as mentions of their own."""
    exact, loose, by_name = _index()
    hits = [
        (m.start(), m.end(), by_name[m.group(0).lower()])
        for pattern in (exact, loose)
        for m in pattern.finditer(text)
    ]
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    out: list[Measure] = []
    covered = -1
    for start, end, measure in hits:
        if start < covered:
            continue
        covered = end
        if measure not in out:
            out.append(measure)
    return out


def direction_note(measure: Measure) -> str:
    """A plain sentence on how to read the instrument's scores."""
    if measure.better == "lower":
        return f"On the {measure.name}, a lower score means a better result for {measure.concept}."
    return f"On the {measure.name}, a higher score means a better result for {measure.concept}."


@cache
def _reader_index() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns for the names of measures that have a reader's name ("AIS": "injury grade"),
    each with the noun that may follow it ("AIS grade", "VAS scores")."""
    by_name: dict[str, str] = {}
    exact: list[str] = []
    loose: list[str] = []
    for item in load("outcome_measures.json"):
        if not item.get("reader_name"):
            continue
        for name in (item["name"], *item["aliases"]):
            by_name.setdefault(name.lower(), item["reader_name"])
            (exact if len(name) <= 6 or name.isupper() else loose).append(name)
    tail = r"(?P<tail>\s+(?:score|scale|grade|index|measure|inventory)(?P<plural>s)?\b)?"
    return _followed(exact, 0, tail), _followed(loose, re.I, tail), by_name


def _followed(names: list[str], flags: int, tail: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?![\w-]){tail}", flags)


# the words after a measure's name already say what a reader name would
_SAYS_AGAIN = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:scores?|subscores?|subscales?|grades?)\b", re.I
)


def _echo(before: str, plain: str) -> bool:
    """The reader name repeats a word just before it ("two-grade" + "injury grade")."""
    last = re.findall(r"[a-z]+", before.lower())[-2:]
    return any(word in plain.lower().split() for word in last)


def reader_names(text: str) -> str:
    """Measure names in the words a reader knows, for plain text: "AIS improvement" becomes
    "injury grade improvement", "VAS scores fell" becomes "pain scores fell"."""
    exact, loose, by_name = _reader_index()

    def named(match: re.Match[str]) -> str:
        plain = by_name[match.group("name").lower()]
        return plain + ("s" if match.group("plural") else "")

    for pattern in (loose, exact):
        out: list[str] = []
        position = 0
        for match in pattern.finditer(text):
            plain = named(match)
            if _SAYS_AGAIN.search(
                text[match.end() : match.end() + 30],
            ) or _echo(text[max(0, match.start() - 12) : match.start()], plain):
                continue  # "SCIM self-care scores", "two-grade AIS improvement": name kept
            out.append(article_before(text[position : match.start()], plain) + plain)
            position = match.end()
        text = "".join(out) + text[position:]
    return text
