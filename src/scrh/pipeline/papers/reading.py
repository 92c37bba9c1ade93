"""Read papers from a file of any supported format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from scrh.pipeline.papers.detect import parse_file
from scrh.pipeline.papers.model import Paper


def read_papers(path: Path) -> Iterator[Paper]:
    """Papers in `path`, its format detected from its content."""
    yield from parse_file(path)
