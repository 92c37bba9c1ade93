"""Markup inside JSON fields (Crossref `jats:` abstracts, Europe PMC HTML) turned into text."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from scrh.pipeline.papers.model import Section
from scrh.pipeline.papers.sections import split_labelled

_PREFIX = re.compile(r"<(/?)[A-Za-z][\w-]*:")
_XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, recover=False
)


def fragment(markup: str) -> etree._Element:
    """`markup` parsed inside a wrapper element; prefixes like `jats:` are dropped.

    XML first (no entities, no network); HTML rules if it is not well-formed XML.
    """
    cleaned = _PREFIX.sub(r"<\1", markup)
    if "<!ENTITY" in cleaned or "<!DOCTYPE" in cleaned:
        cleaned = cleaned.replace("<!", "&lt;!")
    try:
        return etree.fromstring(f"<abstract>{cleaned}</abstract>", _XML_PARSER)
    except etree.XMLSyntaxError:
        return lxml.html.fragment_fromstring(cleaned or "<p></p>", create_parent="abstract")


def plain_text(markup: str | None) -> str:
    """The text of a short marked-up string (a title), tags dropped, whitespace collapsed."""
    if not markup:
        return ""
    if "<" not in markup and "&" not in markup:
        return " ".join(markup.split())
    return " ".join("".join(fragment(markup).itertext()).split())


def sections_from_markup(markup: str | None) -> tuple[Section, ...]:
    """Abstract sections from JATS or HTML markup (headings become labels)."""
    from scrh.pipeline.papers.jats import abstract_sections

    if not markup or not markup.strip():
        return ()
    sections = abstract_sections(fragment(markup))
    if len(sections) == 1 and sections[0].label is None:
        return split_inline_headings(sections[0].text)
    return sections


def split_inline_headings(text: str) -> tuple[Section, ...]:
    """Split "BACKGROUND: ... METHODS: ..." into labelled sections (see `split_labelled`)."""
    return split_labelled(text)
