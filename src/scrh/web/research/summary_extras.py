"""What the summary page shows beside the contract: notices, source links, reading level, terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from scrh.pipeline.summarize.model import PaperRef, Summary
from scrh.web.research.models import SummaryPage

NOTICE_HEADINGS = {
    "retraction": "This paper has been retracted",
    "erratum": "A correction to this paper has been published",
    "correction": "A correction to this paper has been published",
    "concern": "The journal has raised concerns about this paper",
}


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    anchor: str


def notices(page: SummaryPage) -> list[dict[str, str]]:
    """Retraction, correction and concern notices stored with the paper, each with a heading."""
    data = page.paper.data if page.paper_id and page.paper else {}
    found = []
    for notice in data.get("notices") or []:
        kind = str(notice.get("kind", "")).lower()
        found.append(
            {
                "kind": kind if kind in NOTICE_HEADINGS else "concern",
                "heading": NOTICE_HEADINGS.get(kind, "There is a notice about this paper"),
                "text": notice.get("text", ""),
                "doi": notice.get("ref_doi", ""),
                "pmid": notice.get("ref_pmid", ""),
            }
        )
    return sorted(found, key=lambda n: n["kind"] != "retraction")


def source_links(ref: PaperRef) -> list[tuple[str, str]]:
    """(label, URL) for the paper at doi.org, PubMed and PubMed Central, as far as ids are known."""
    links = []
    if ref.doi:
        links.append(("Read the paper (DOI)", f"https://doi.org/{ref.doi}"))
    if ref.pmid:
        links.append(("PubMed", f"https://pubmed.ncbi.nlm.nih.gov/{ref.pmid}/"))
    if ref.pmcid:
        links.append(("PubMed Central", f"https://pmc.ncbi.nlm.nih.gov/articles/{ref.pmcid}/"))
    return links


def reading_level(grade: float | None) -> str:
    """A reader's description of a Flesch–Kincaid grade."""
    if grade is None:
        return "Not measured"
    if grade <= 6:
        words = "very easy to read"
    elif grade <= 8:
        words = "easy to read"
    elif grade <= 12:
        words = "fairly easy to read"
    else:
        words = "harder to read"
    return f"About US school grade {max(grade, 1):.0f}: {words}"


def glossary_terms(summary: Summary) -> list[Term]:
    """The summary's glossary entries, each with an anchor id for the page."""
    entries = [e for e in summary.glossary if e.term and e.definition]
    return [Term(e.term, e.definition, "term-" + slugify(e.term)) for e in entries]


def explain_terms(text: str, terms: list[Term], seen: set[str]) -> SafeString:
    """`text` escaped, with the first use on the page of each term linked to its definition."""
    todo = {t.term.lower(): t for t in terms if t.term.lower() not in seen}
    if not text or not todo:
        return escape(text or "")
    alternatives = "|".join(re.escape(t) for t in sorted(todo, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        key = match.group(1).lower()
        if key in seen:
            continue
        seen.add(key)
        term = todo[key]
        out.append(escape(text[last : match.start()]))
        out.append(
            f'<a class="term" href="#{term.anchor}" aria-describedby="{term.anchor}-def">'
            f"{escape(match.group(1))}</a>"
        )
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308


def explained_fields(summary: Summary, terms: list[Term]) -> dict[str, Any]:
    """The prose fields with glossary terms linked at their first use, in reading order."""
    seen: set[str] = set()
    simple = explain_terms(summary.simple_explanation, terms, seen)
    findings = [explain_terms(f.text, terms, seen) for f in summary.key_findings]
    research = explain_terms(summary.research_summary, terms, seen)
    return {"simple_explanation": simple, "key_findings": findings, "research_summary": research}


def summary_page_context(page: SummaryPage, request: Any) -> dict[str, Any]:
    """Everything the summary template needs beyond the page itself."""
    from scrh.web.research.structured_data import summary_jsonld_scripts

    summary = page.to_summary()
    terms = glossary_terms(summary)
    explained = explained_fields(summary, terms)
    findings = [
        {
            "html": html,
            "sources": [
                {"index": i, "text": summary.sentences[i]}
                for i in finding.sources
                if 0 <= i < len(summary.sentences)
            ],
        }
        for html, finding in zip(explained["key_findings"], summary.key_findings, strict=True)
    ]
    return {
        "summary": summary,
        "notices": notices(page),
        "source_links": source_links(summary.paper),
        "reading_level": reading_level(summary.reading_grade.simple_explanation),
        "terms": terms,
        "explained": explained,
        "findings": findings,
        "jsonld": summary_jsonld_scripts(page, request),
    }
