"""Hardened, streaming XML reading shared by the PubMed and JATS parsers.

Policy: a DOCTYPE naming an external DTD is allowed but never loaded; any entity
declaration (billion laughs, XXE, parameter entities that pull a DTD) is rejected
with a ParseError before lxml sees it. No network access, no entity resolution.
UTF-8 input is validated as it streams so a bad byte is reported with its offset.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import IO

from lxml import etree

from scrh.pipeline.papers.errors import ParseError
from scrh.pipeline.papers.rawinput import Raw, name_of, open_binary

_ENTITY_DECL = b"<!ENTITY"
_ENCODING_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_CHUNK = 1 << 16


class GuardedStream:
    """A read()-able wrapper that counts bytes, rejects entity declarations, checks UTF-8."""

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self._stream = stream
        self.name = name
        self.offset = 0
        self._tail = b""
        self._decoder: codecs.BufferedIncrementalDecoder | None = None
        self._first = True

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(size if size and size > 0 else _CHUNK)
        if self._first:
            self._first = False
            self._decoder = _utf8_decoder_for(chunk)
        self._check(chunk)
        self.offset += len(chunk)
        return chunk

    def _check(self, chunk: bytes) -> None:
        window = self._tail + chunk
        if _ENTITY_DECL in window:
            at = self.offset - len(self._tail) + window.index(_ENTITY_DECL)
            raise ParseError(
                f"{self.name}: entity declarations are not accepted (byte offset {at}); "
                "the file may be an entity-expansion or external-entity attack"
            )
        self._tail = window[-(len(_ENTITY_DECL) - 1) :]
        if self._decoder is None:
            return
        pending = len(self._decoder.getstate()[0])
        try:
            self._decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at = self.offset - pending + error.start
            raise ParseError(f"{self.name}: not valid UTF-8 at byte offset {at}") from error


def _utf8_decoder_for(head: bytes) -> codecs.BufferedIncrementalDecoder | None:
    """A UTF-8 validator unless the document declares another encoding or has a UTF-16 BOM."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    declared = _ENCODING_DECL.match(head.lstrip(b"\xef\xbb\xbf"))
    if declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
        return None
    return codecs.getincrementaldecoder("utf-8")()  # type: ignore[return-value]


def iter_elements(
    raw: Raw, tags: tuple[str, ...], *, name: str | None = None
) -> Iterator[etree._Element]:
    """Stream the elements named `tags` (any namespace-free tag names), clearing each after use.

    The caller must finish with an element before asking for the next one.
    """
    where = name_of(raw, name)
    with open_binary(raw, name) as stream:
        guard = GuardedStream(stream, where)
        events = etree.iterparse(
            guard,
            events=("end",),
            tag=tags,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            recover=False,
        )
        try:
            for _, element in events:
                yield element
                element.clear(keep_tail=False)
                parent = element.getparent()
                if parent is not None:
                    while element.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as error:
            raise ParseError(_syntax_message(where, error, guard.offset)) from error
        except (OSError, EOFError) as error:
            raise ParseError(f"{where}: cannot read ({error})") from error


def _syntax_message(where: str, error: etree.XMLSyntaxError, offset: int) -> str:
    line, column = error.position if error.position else (0, 0)
    return (
        f"{where}: not well-formed XML at line {line}, column {column} "
        f"(within the first {offset} bytes): {error.msg}"
    )


MATHML = "{http://www.w3.org/1998/Math/MathML}math"


def text_of(element: etree._Element | None) -> str:
    """All text inside `element`, tags dropped, whitespace collapsed; MathML kept compact."""
    if element is None:
        return ""
    if not len(element):
        text = element.text
        return " ".join(text.split()) if text else ""
    if next(element.iter(MATHML, "math"), None) is not None:
        parts: list[str] = []
        _collect(element, parts)
        return " ".join("".join(parts).split())
    return " ".join("".join(element.itertext()).split())


def _collect(element: etree._Element, parts: list[str]) -> None:
    """Text of `element` where each math formula becomes its symbols without spaces."""
    if local_name(element) == "math":
        parts.append("".join(t.strip() for t in element.itertext()))
        return
    parts.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            _collect(child, parts)
        parts.append(child.tail or "")


def local_name(element: etree._Element) -> str:
    """The tag without its namespace."""
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""
