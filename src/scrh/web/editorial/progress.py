"""A one-line progress display for long ingest runs (only on a terminal)."""

from __future__ import annotations

from typing import TextIO

from scrh.web.editorial.models import IngestRun


class ProgressLine:
    """Rewrites one line with the run's counts every `every` records, when `stream` is a TTY."""

    def __init__(self, stream: TextIO, every: int = 50) -> None:
        self.stream = stream
        self.every = every
        self.enabled = stream.isatty()
        self.seen = 0

    def __call__(self, run: IngestRun) -> None:
        self.seen += 1
        if self.enabled and self.seen % self.every == 0:
            self.stream.write(f"\r{self.seen} records: {run.counts_line()}")
            self.stream.flush()

    def close(self) -> None:
        """End the progress line so the summary starts on a fresh line."""
        if self.enabled and self.seen >= self.every:
            self.stream.write("\n")
