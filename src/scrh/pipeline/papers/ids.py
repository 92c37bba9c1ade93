"""Identifier clean-up shared by the parsers (storage normalizes further for matching)."""

from __future__ import annotations

import re

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.I)
_DOI = re.compile(r"\b(10\.\d{4,9}/\S+)")


def clean_doi(value: str | None) -> str:
    """A bare DOI from "10.x/y", "doi:10.x/y" or "https://doi.org/10.x/y"; "" if none."""
    text = (value or "").strip()
    if not text:
        return ""
    text = _DOI_PREFIX.sub("", text)
    found = _DOI.search(text)
    return found.group(1).rstrip(".,;") if found else ""


def doi_in_url(url: str | None) -> str:
    """The DOI inside a doi.org link, else ""."""
    text = (url or "").strip()
    return clean_doi(text) if "doi.org/" in text.lower() else ""


def clean_pmid(value: str | None) -> str:
    """Digits of a PubMed id, else ""."""
    text = (value or "").strip()
    return text if text.isdigit() else ""
