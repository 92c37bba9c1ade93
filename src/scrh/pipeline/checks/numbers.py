"""Check `numbers`: every number in a summary occurs in the paper."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.outcomes import MeasureFinder, load_outcome_measures
from scrh.pipeline.checks.text import claim_fields, paper_text, prose_fields, split_sentences
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary
from scrh.pipeline.summarize.numbers import reader_numbers
from scrh.pipeline.summarize.shares import without_told_shares

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})

_NUMBER_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
_WORD_RUN = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*\b", re.IGNORECASE
)
_DIGITS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)")
_PERCENT_AFTER = re.compile(r"\s*(%|percent\b|per cent\b)", re.IGNORECASE)
# Small words that are structure more often than data ("one of the", "two groups").
_LOOSE_WORD_LIMIT = 12
_FIELDS_TO_CHECK = ("study_duration", "participants", "limitations[")


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: its value, the text, decimals shown, and how it was written."""

    value: float
    text: str
    decimals: int = 0
    percent: bool = False
    as_word: bool = False


def words_to_int(phrase: str) -> int | None:
    """The value of an English number phrase: "sixty" 60, "twenty-four" 24, "two hundred" 200."""
    total, current = 0, 0
    for part in re.split(r"[\s-]+", phrase.lower()):
        if part == "and":
            continue
        if part in WORD_VALUES:
            current += WORD_VALUES[part]
        elif part in _SCALES:
            scale = _SCALES[part]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current


def extract_numbers(text: str) -> list[Number]:
    """Every number in `text`, written in digits or words (thousands separators removed)."""
    found = []
    for match in _DIGITS.finditer(text):
        whole, fraction = match.group(1), match.group(2) or ""
        percent = bool(_PERCENT_AFTER.match(text, match.end()))
        found.append(
            Number(
                value=float(whole.replace(",", "") + fraction),
                text=match.group(0),
                decimals=max(len(fraction) - 1, 0),
                percent=percent,
            )
        )
    for match in _WORD_RUN.finditer(text):
        value = words_to_int(match.group(0))
        if value is not None:
            percent = bool(_PERCENT_AFTER.match(text, match.end()))
            found.append(Number(float(value), match.group(0), percent=percent, as_word=True))
    return found


def paper_values(paper: Paper) -> set[float]:
    """The values of every number the paper states, with its year and publication date, the
    ends of the scales it uses ("out of 10" for a VAS score) and totals of groups it counts.
    A count with a thousands dot ("1.479 persons") is read as the summary writes it (1,479)."""
    text = paper_text(paper)
    values = {n.value for n in extract_numbers(text)}
    values.update(n.value for n in extract_numbers(reader_numbers(text)))
    values.update(scale_ends(text))
    values.update(group_totals(text))
    if paper.year:
        values.add(float(paper.year))
    if paper.published:
        values.update(float(x) for x in (paper.published.year, paper.published.day))
    return values


def group_totals(text: str) -> set[float]:
    """Sums of two whole numbers stated in one sentence ("17 persons and 13 caregivers": 30)."""
    totals: set[float] = set()
    for sentence in split_sentences(text):
        counts = [n.value for n in extract_numbers(sentence) if n.value.is_integer()]
        totals.update(a + b for i, a in enumerate(counts) for b in counts[i + 1 :])
    return totals


def scale_ends(text: str) -> set[float]:
    """The ends of the ranges of the named outcome measures `text` mentions."""
    measures = [m for m in load_outcome_measures() if m.value_range]
    finder = MeasureFinder(measures)
    return {end for mention in finder.mentions(text) for end in mention.measure.value_range or ()}


def is_supported(number: Number, values: set[float]) -> bool:
    """True when the paper states `number`, allowing rounding and percent/proportion forms."""
    if any(round(v, number.decimals) == number.value for v in values):
        return True
    if number.decimals == 0 and any(int(v) == number.value for v in values):
        return True  # ages and durations are usually cut, not rounded: "aged 43" for 43.6
    return number.percent and any(round(v * 100, number.decimals) == number.value for v in values)


def count_is_supported(count: int | None, paper: Paper) -> bool:
    """True when the paper states `count` (a single case needs no number; "1.479" may be 1479)."""
    if count is None or count == 1:
        return True
    numbers = extract_numbers(paper_text(paper))
    if count in group_totals(paper_text(paper)):
        return True
    return any(n.value == count or n.text.replace(".", "") == str(count) for n in numbers)


def _fields(summary: Summary) -> Iterable[tuple[str, str]]:
    yield from claim_fields(summary)
    for name, text in prose_fields(summary):
        if name.startswith(_FIELDS_TO_CHECK):
            yield name, text


def check_numbers(paper: Paper, summary: Summary) -> list[Finding]:
    """Flag numbers in the summary that the paper never states."""
    values = paper_values(paper)
    written = paper_text(paper)
    findings = []
    for field_name, text in _fields(summary):
        text = without_told_shares(text, written)  # "about 7 in 10 patients" for "66%"
        for number in extract_numbers(text):
            if (number.as_word and number.value == 1) or is_supported(number, values):
                continue
            loose = number.as_word and number.value <= _LOOSE_WORD_LIMIT
            findings.append(
                Finding(
                    "warning" if loose else "error",
                    field_name,
                    f"the number {number.text!r} does not occur in the paper",
                    number.text,
                )
            )
    if not count_is_supported(summary.participant_count, paper):
        findings.append(
            Finding(
                "error",
                "participant_count",
                f"participant count {summary.participant_count} does not occur in the paper",
                str(summary.participant_count),
            )
        )
    return findings
