"""PMC full text in JATS XML (`<article>` or an efetch `<pmc-articleset>`), streamed.

Abstract sections come from `<sec>`/`<title>`; full-text sections are the top-level body
`<sec>`s, categorised by `sec-type` when present, else by their title.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from lxml import etree

from scrh.pipeline.papers.dates import month_number, safe_date
from scrh.pipeline.papers.errors import ParseError, Rejected, rejected, strict
from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.papers.rawinput import Raw, name_of
from scrh.pipeline.papers.sections import category_for_label
from scrh.pipeline.papers.xmlsafe import iter_elements, local_name, text_of

SOURCE = "pmc"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
ARTICLE_TYPES = {
    "research-article": "Journal Article",
    "review-article": "Review",
    "systematic-review": "Systematic Review",
    "case-report": "Case Reports",
    "correction": "Published Erratum",
    "retraction": "Retraction of Publication",
    "editorial": "Editorial",
    "letter": "Letter",
    "expression-of-concern": "Expression of Concern",
}
_SEC_TYPES = (
    ("intro", "BACKGROUND"),
    ("background", "BACKGROUND"),
    ("method", "METHODS"),
    ("materials", "METHODS"),
    ("subjects", "METHODS"),
    ("cases", "METHODS"),
    ("results", "RESULTS"),
    ("conclusion", "CONCLUSIONS"),
)
_SKIPPED_SEC_TYPES = ("supplementary-material", "display-objects")
_PROSE_TAGS = {"title", "label", "table-wrap", "fig", "supplementary-material", "disp-formula"}


def parse(raw: Raw, *, name: str | None = None) -> Iterator[Paper]:
    """Yield each `<article>` in `raw` as a Paper."""
    return strict(records(raw, name=name))


def records(raw: Raw, *, name: str | None = None) -> Iterator[Paper | Rejected]:
    """Each `<article>` as a Paper, or a Rejected naming its line."""
    where = name_of(raw, name)
    for element in iter_elements(raw, ("article",), name=name):
        try:
            paper = paper_from_element(element)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            reason = f"{where}: line {element.sourceline}: unreadable article ({error})"
            yield rejected(ParseError(reason), etree.tostring(element)[:2000])
        else:
            yield paper


def paper_from_element(article: etree._Element) -> Paper:
    """Build a Paper from one JATS `<article>` element."""
    meta = article.find("front/article-meta")
    if meta is None:
        meta = etree.Element("article-meta")
    ids = {i.get("pub-id-type", ""): text_of(i) for i in meta.iterfind("article-id")}
    pmcid = ids.get("pmc") or ids.get("pmcid", "")
    if pmcid and not pmcid.upper().startswith("PMC"):
        pmcid = f"PMC{pmcid}"
    year, published = _dates(meta)
    kind = article.get("article-type", "")
    return Paper(
        title=text_of(meta.find("title-group/article-title")),
        abstract_sections=_split_if_flat(abstract_sections(_main_abstract(meta))),
        journal=text_of(article.find("front/journal-meta//journal-title")),
        year=year,
        published=published,
        doi=ids.get("doi", ""),
        pmid=ids.get("pmid", ""),
        pmcid=pmcid,
        authors=_authors(meta),
        keywords=tuple(t for t in (text_of(k) for k in meta.iterfind("kwd-group/kwd")) if t),
        publication_types=(ARTICLE_TYPES.get(kind, kind),) if kind else (),
        license=_license(meta),
        source=SOURCE,
        source_url=f"https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/" if pmcid else "",
        full_text=_body_sections(article.find("body")),
        volume=text_of(meta.find("volume")),
        issue=text_of(meta.find("issue")),
        pages=_pages(meta),
    )


def _pages(meta: etree._Element) -> str:
    first, last = text_of(meta.find("fpage")), text_of(meta.find("lpage"))
    if first and last and last != first:
        return f"{first}-{last}"
    return first or text_of(meta.find("elocation-id"))


def _split_if_flat(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """One unlabelled paragraph with "Background: ... Methods: ..." becomes labelled sections."""
    from scrh.pipeline.papers.markup import split_inline_headings

    if len(sections) == 1 and sections[0].label is None:
        return split_inline_headings(sections[0].text)
    return sections


def _main_abstract(meta: etree._Element) -> etree._Element | None:
    """The article's own abstract (not a graphical, teaser or translated one)."""
    for abstract in meta.iterfind("abstract"):
        if abstract.get("abstract-type") in (None, "", "structured", "summary"):
            return abstract
    return None


_HEADINGS = {"title", "h1", "h2", "h3", "h4", "h5", "h6"}
_BLOCKS = {"p", "div", "list", "list-item", "ul", "ol", "li", "br", "disp-quote", "table-wrap"}


def _inline_text(element: etree._Element) -> str:
    """Text of an inline element, keeping the spacing at its edges."""
    text = text_of(element)
    raw = "".join(element.itertext())
    lead = " " if raw[:1].isspace() else ""
    trail = " " if raw[-1:].isspace() else ""
    return f"{lead}{text}{trail}"


def abstract_sections(abstract: etree._Element | None) -> tuple[Section, ...]:
    """Sections of an abstract: `<sec>`s with titles, or runs of text after a heading.

    Headings are `<title>` (JATS) or `<h1>`-`<h6>` (HTML, as in Europe PMC).
    """
    if abstract is None:
        return ()
    sections: list[Section] = []
    label: str | None = None
    texts: list[str] = [abstract.text or ""]
    for child in abstract:
        tag = local_name(child)
        if tag in _HEADINGS or tag == "sec":
            _flush(sections, label, texts)
            label, texts = None, []
        if tag in _HEADINGS:
            heading = text_of(child)
            label = heading if heading.lower() != "abstract" else None
        elif tag == "sec":
            _flush(sections, text_of(child.find("title")) or None, _prose(child))
        elif tag != "label" and isinstance(child.tag, str):
            gap = " " if tag in _BLOCKS else ""
            texts.append(f"{gap}{_inline_text(child)}{gap}")
        texts.append(child.tail or "")
    _flush(sections, label, texts)
    return tuple(sections)


def _flush(sections: list[Section], label: str | None, texts: list[str]) -> None:
    text = " ".join("".join(texts).split())
    if text:
        sections.append(Section(text=text, label=label, category=category_for_label(label)))


def _prose(sec: etree._Element) -> list[str]:
    """Texts of a section's paragraphs (nested sections included), without figures or tables."""
    texts = []
    for child in sec:
        tag = local_name(child)
        if tag == "sec":
            texts.extend(_prose(child))
        elif tag not in _PROSE_TAGS and isinstance(child.tag, str):
            texts.append(f" {text_of(child)} ")
    return texts


def _body_sections(body: etree._Element | None) -> tuple[Section, ...]:
    if body is None:
        return ()
    sections = []
    for sec in body.iterfind("sec"):
        sec_type = (sec.get("sec-type") or "").lower()
        if sec_type in _SKIPPED_SEC_TYPES:
            continue
        label = text_of(sec.find("title")) or None
        text = " ".join(t for t in _prose(sec) if t)
        if text:
            category = _category_for_sec_type(sec_type) or category_for_label(label)
            sections.append(Section(text=text, label=label, category=category))
    return tuple(sections)


def _category_for_sec_type(sec_type: str) -> str | None:
    """The category for the first part of a sec-type like "materials|methods"."""
    for key, category in _SEC_TYPES:
        if sec_type.startswith(key):
            return category
    return None


def _dates(meta: etree._Element) -> tuple[int | None, date | None]:
    dates: dict[str, etree._Element] = {}
    for item in meta.iterfind("pub-date"):
        kind = item.get("pub-type") or item.get("date-type") or "pub"
        if item.findtext("year") and kind not in dates:
            dates[kind] = item
    full = [_full(dates[k]) for k in ("epub", "ppub", "pub", "collection") if k in dates]
    published = next((d for d in full if d is not None), None)
    for kind in ("ppub", "collection", "epub", "pub", "pmc-release"):
        if kind in dates:
            return int(dates[kind].findtext("year", "0").strip() or 0) or None, published
    return None, published


def _full(item: etree._Element) -> date | None:
    year, month, day = (item.findtext(t, "").strip() for t in ("year", "month", "day"))
    return safe_date(
        int(year) if year.isdigit() else None,
        month_number(month) if month else None,
        int(day) if day.isdigit() else None,
    )


def _authors(meta: etree._Element) -> tuple[str, ...]:
    names = []
    for contrib in meta.iterfind("contrib-group/contrib"):
        if contrib.get("contrib-type", "author") != "author":
            continue
        given = text_of(contrib.find("name/given-names"))
        surname = text_of(contrib.find("name/surname"))
        name = " ".join(p for p in (given, surname) if p) or text_of(contrib.find("collab"))
        if name:
            names.append(name)
    return tuple(names)


def _license(meta: etree._Element) -> str:
    """The licence URL if given (attribute or `ali:license_ref`), else its wording."""
    license_el = meta.find("permissions/license")
    if license_el is None:
        return ""
    href = license_el.get(XLINK_HREF)
    if href:
        return href.strip()
    for child in license_el.iter():
        if local_name(child) == "license_ref" and text_of(child):
            return text_of(child)
    return text_of(license_el)
