"""Errors raised while reading papers, and the record a reader skips without stopping."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
EXCERPT_CHARS = 2_000


class ParseError(ValueError):
    """A source file or record could not be read; the message says where and why."""


@dataclass(frozen=True, slots=True)
class Rejected:
    """One record that could not be read; the reader goes on with the next one.

    `message` says where (file and line, entry or byte offset) and why; `excerpt` is the
    start of the offending input, kept for whoever looks at it later.
    """

    message: str
    excerpt: str = ""

    def __str__(self) -> str:
        return self.message


def rejected(error: Exception, excerpt: object = "") -> Rejected:
    """A Rejected record from an error, with the start of its input."""
    text = excerpt.decode("utf-8", "replace") if isinstance(excerpt, bytes) else str(excerpt)
    return Rejected(message=str(error), excerpt=text[:EXCERPT_CHARS])


def strict(items: Iterable[T | Rejected]) -> Iterator[T]:
    """The items, raising ParseError at the first rejected record (for callers that need all)."""
    for item in items:
        if isinstance(item, Rejected):
            raise ParseError(item.message)
        yield item
