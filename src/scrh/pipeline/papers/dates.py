"""Dates as the sources write them: PubMed Year/Month/Day, Season, MedlineDate; partial ISO."""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_YEAR = re.compile(r"\b(1[6-9]\d\d|2\d\d\d)\b")


def month_number(value: str) -> int | None:
    """1-12 from "Oct", "October" or "10"; None otherwise."""
    value = value.strip().lower().rstrip(".")
    if value.isdigit():
        number = int(value)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(value)


def first_year(text: str) -> int | None:
    """The first plausible four-digit year in free text ("1978 Jul-Sep" -> 1978)."""
    found = _YEAR.search(text or "")
    return int(found.group(1)) if found else None


def safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    """A date when all three parts are given and valid."""
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _child(element: etree._Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def parse_pubmed_date(element: etree._Element | None) -> int | None:
    """The year of a PubDate/ArticleDate element (Year, or the year in MedlineDate)."""
    if element is None:
        return None
    year = _child(element, "Year")
    if year.isdigit():
        return int(year)
    return first_year(_child(element, "MedlineDate"))


def pubmed_full_date(element: etree._Element | None) -> date | None:
    """A complete date from Year/Month/Day children, else None."""
    if element is None:
        return None
    year = _child(element, "Year")
    day = _child(element, "Day")
    return safe_date(
        int(year) if year.isdigit() else None,
        month_number(_child(element, "Month")),
        int(day) if day.isdigit() else None,
    )


def pubmed_date_text(element: etree._Element | None) -> str:
    """The date as printed: "2014 Oct", "2000 Spring", "1978 Jul-Sep"."""
    if element is None:
        return ""
    medline = _child(element, "MedlineDate")
    if medline:
        return medline
    parts = (_child(element, t) for t in ("Year", "Season", "Month", "Day"))
    return " ".join(p for p in parts if p)


def date_from_parts(parts: list[int] | tuple[int, ...]) -> tuple[int | None, date | None]:
    """(year, full date) from a Crossref-style [Y, M, D] list of any length."""
    year = parts[0] if parts else None
    if len(parts) >= 3:
        return year, safe_date(parts[0], parts[1], parts[2])
    return year, None
