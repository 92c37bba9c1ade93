"""PubMed XML (efetch `PubmedArticleSet`, baseline and update files), streamed.

`parse(raw)` yields Papers. `parse_events(raw)` yields Papers and `Deletion`s
(from `DeleteCitation` in update files), in file order, so storage can apply both.
Input may be `.gz`; memory stays flat however large the file is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from lxml import etree

from scrh.pipeline.papers.dates import parse_pubmed_date, pubmed_date_text, pubmed_full_date
from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.model import SECTION_CATEGORIES, Notice, Paper, Section
from scrh.pipeline.papers.rawinput import Raw, name_of
from scrh.pipeline.papers.sections import category_for_label, split_labelled
from scrh.pipeline.papers.xmlsafe import iter_elements, text_of

SOURCE = "pubmed"
_TAGS = ("PubmedArticle", "DeleteCitation")
_NOTICE_KINDS = {
    "RetractionIn": "retraction",
    "ErratumIn": "erratum",
    "ExpressionOfConcernIn": "concern",
}
_UPDATE_KINDS = {
    "RetractionOf": "retraction",
    "ErratumFor": "erratum",
    "ExpressionOfConcernFor": "concern",
}
RETRACTED_TYPE = "Retracted Publication"


@dataclass(frozen=True, slots=True)
class Deletion:
    """PubMed records withdrawn by an update file (`DeleteCitation`)."""

    pmids: tuple[str, ...]
    source: str = SOURCE


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield every `PubmedArticle` in `raw` as a Paper (deletions are skipped)."""
    for event in strict(parse_events(raw, name=name)):
        if isinstance(event, Paper):
            yield event


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each `PubmedArticle` as a Paper, or a Rejected naming its line (deletions skipped)."""
    for event in parse_events(raw, name=name):
        if not isinstance(event, Deletion):
            yield event


def parse_events(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Deletion | Rejected]:
    """Yield Papers, Deletions and Rejected records in file order."""
    where = name_of(raw, name)
    for element in iter_elements(raw, _TAGS, name=name):
        if element.tag == "DeleteCitation":
            pmids = tuple(t for t in (text_of(p) for p in element.iterfind("PMID")) if t)
            yield Deletion(pmids=pmids)
            continue
        try:
            paper = paper_from_element(element)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            reason = f"{where}: line {element.sourceline}: unreadable PubmedArticle ({error})"
            yield rejected(ParseError(reason), etree.tostring(element)[:2000])
        else:
            yield paper


def paper_from_element(article: etree._Element) -> Paper:
    """Build a Paper from one `PubmedArticle` element."""
    citation = article.find("MedlineCitation")
    if citation is None:
        citation = etree.Element("MedlineCitation")
    art = citation.find("Article")
    if art is None:
        art = etree.Element("Article")
    pmid = text_of(citation.find("PMID"))
    ids = _article_ids(article)
    pub_types = _texts(art, "PublicationTypeList/PublicationType")
    journal_issue = art.find("Journal/JournalIssue/PubDate")
    year, published = _dates(art, journal_issue)
    issue_of = art.find("Journal/JournalIssue")
    return Paper(
        title=text_of(art.find("ArticleTitle")) or text_of(art.find("VernacularTitle")),
        abstract_sections=_abstract(art),
        journal=text_of(art.find("Journal/Title"))
        or text_of(citation.find("MedlineJournalInfo/MedlineTA")),
        year=year,
        published=published,
        doi=_doi(art) or ids.get("doi", ""),
        pmid=pmid or ids.get("pubmed", ""),
        pmcid=ids.get("pmc", ""),
        authors=_authors(art),
        keywords=_texts(citation, "KeywordList/Keyword"),
        publication_types=pub_types,
        mesh=_texts(citation, "MeshHeadingList/MeshHeading/DescriptorName"),
        source=SOURCE,
        source_url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else "",
        notices=_notices(citation, pub_types),
        volume=text_of(issue_of.find("Volume")) if issue_of is not None else "",
        issue=text_of(issue_of.find("Issue")) if issue_of is not None else "",
        pages=text_of(art.find("Pagination/MedlinePgn")),
        published_text=pubmed_date_text(journal_issue) if journal_issue is not None else "",
        updates=_updates(citation),
    )


def _texts(element: etree._Element, path: str) -> tuple[str, ...]:
    return tuple(t for t in (text_of(e) for e in element.iterfind(path)) if t)


def _abstract(art: etree._Element) -> tuple[Section, ...]:
    sections: list[Section] = []
    for part in art.iterfind("Abstract/AbstractText"):
        text = text_of(part)
        if not text:
            continue
        label = (part.get("Label") or "").strip() or None
        nlm = (part.get("NlmCategory") or "").strip().upper()
        if label is None and nlm not in SECTION_CATEGORIES:
            raw = "".join(part.itertext())  # a wide space may set off a heading ("Results\u2003")
            sections.extend(split_labelled(raw if "\u2003" in raw else text))
            continue
        category = nlm if nlm in SECTION_CATEGORIES else category_for_label(label)
        sections.append(Section(text=text, label=label, category=category))
    return tuple(sections)


def _dates(art: etree._Element, pub_date: etree._Element | None) -> tuple[int | None, date | None]:
    """(year, published): the print PubDate year; a full electronic or print date if given."""
    electronic = art.find("ArticleDate")
    published = pubmed_full_date(electronic) or pubmed_full_date(pub_date)
    year = parse_pubmed_date(pub_date)
    if year is None and published is not None:
        year = published.year
    return year, published


def _doi(art: etree._Element) -> str:
    for location in art.iterfind("ELocationID"):
        if location.get("EIdType") == "doi" and location.get("ValidYN", "Y") != "N":
            return text_of(location)
    return ""


def _article_ids(article: etree._Element) -> dict[str, str]:
    """Ids of this article only: `PubmedData/ArticleIdList`, never the reference list."""
    ids: dict[str, str] = {}
    for item in article.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = item.get("IdType", "")
        if kind and kind not in ids:
            ids[kind] = text_of(item)
    return ids


def _authors(art: etree._Element) -> tuple[str, ...]:
    names = []
    for author in art.iterfind("AuthorList/Author"):
        if author.get("ValidYN", "Y") == "N":
            continue
        collective = text_of(author.find("CollectiveName"))
        first = text_of(author.find("ForeName")) or text_of(author.find("Initials"))
        name = collective or " ".join(p for p in (first, text_of(author.find("LastName"))) if p)
        if name:
            names.append(name)
    return tuple(names)


def _updates(citation: etree._Element) -> tuple[Notice, ...]:
    """The papers this record retracts or corrects (when it is itself a notice)."""
    return tuple(
        Notice(
            kind=_UPDATE_KINDS[item.get("RefType", "")],
            text=text_of(item.find("RefSource")),
            ref_pmid=text_of(item.find("PMID")),
        )
        for item in citation.iterfind("CommentsCorrectionsList/CommentsCorrections")
        if item.get("RefType", "") in _UPDATE_KINDS and text_of(item.find("PMID"))
    )


def _notices(citation: etree._Element, pub_types: tuple[str, ...]) -> tuple[Notice, ...]:
    notices = []
    for item in citation.iterfind("CommentsCorrectionsList/CommentsCorrections"):
        kind = _NOTICE_KINDS.get(item.get("RefType", ""))
        if kind:
            notices.append(
                Notice(
                    kind=kind,
                    text=text_of(item.find("RefSource")),
                    ref_pmid=text_of(item.find("PMID")),
                )
            )
    if RETRACTED_TYPE in pub_types and not any(n.kind == "retraction" for n in notices):
        notices.append(Notice(kind="retraction", text=RETRACTED_TYPE))
    return tuple(notices)
