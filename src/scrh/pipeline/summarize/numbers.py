"""Reading counts written as digits or words ("Forty-four", "1,479", "1.479 persons")."""

from __future__ import annotations

import re

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_BELOW_HUNDRED = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUMBER_WORD = (
    rf"(?:(?:one|two|three|four|five|six|seven|eight|nine)[- ]hundred(?:[- ](?:and[- ])?"
    rf"{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
)
NUMBER = rf"(?:\d{{1,3}}(?:[,.]\d{{3}})+|\d+|{NUMBER_WORD})"


def to_int(token: str) -> int | None:
    """The whole number a token stands for, or None ("a"/"a single" is 1)."""
    token = token.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", token):
        return int(re.sub(r"[,.]", "", token))
    if token.isdigit():
        return int(token)
    if token in ("a", "a single", "an"):
        return 1
    if token in _UNITS:
        return _UNITS[token]
    hundreds = re.fullmatch(r"(\w+)[- ]hundred(?:[- ](?:and[- ])?(.+))?", token)
    if hundreds and hundreds.group(1) in _UNITS:
        rest = to_int(hundreds.group(2)) if hundreds.group(2) else 0
        return None if rest is None else _UNITS[hundreds.group(1)] * 100 + rest
    parts = re.split(r"[- ]", token)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    return None


# what a whole number of things counts: a dot before exactly three digits in front of these
# is a thousands separator ("1.479 persons"), never a decimal ("1.479 mg")
_COUNTED = (
    r"(?:persons?|people|patients?|participants?|individuals?|subjects?|respondents?|records?|"
    r"cases?|children|adults?|men|women|users?|veterans?|residents?|admissions?|questionnaires?|"
    r"responses?|households?|workers?|members?|employees?|injuries|deaths?|studies|visits?|"
    r"survivors?|citizens?|inhabitants?|births?|hospitali[sz]ations?|discharges?|rats|mice)"
)
_DOT_THOUSANDS = re.compile(
    rf"(?<![\d.,])([1-9]\d{{0,2}}(?:\.\d{{3}})+)(?![\d.,]\d)(?=\s+(?:[A-Za-z-]+\s+){{0,2}}"
    rf"{_COUNTED}\b)"
)
# a range whose second part is bracketed onto the first: "76-[104-117] mmHg"
_GLUED_AFTER = re.compile(r"(\d)\s?[-–]\s?[\[(](\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?)[\])]")
_GLUED_BEFORE = re.compile(r"[\[(](\d[\d.,]*)[\])]\s?[-–]\s?(?=\d)")


def reader_numbers(text: str) -> str:
    """Numbers written the way an English reader reads them, before any bracket is removed:
    "1.479 persons" (a thousands separator) becomes "1,479 persons"; a range whose other end
    sits in brackets glued to it ("76-[104-117] mmHg") keeps both ends ("76 to 104-117 mmHg")
    so that removing statistics brackets never leaves half a range ("76- mmHg")."""
    text = _DOT_THOUSANDS.sub(lambda m: m.group(1).replace(".", ","), text)
    text = _GLUED_AFTER.sub(r"\1 to \2", text)
    return _GLUED_BEFORE.sub(r"\1 to ", text)
