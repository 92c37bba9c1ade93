"""What the ingest commands share: a run, a progress line, the closing counts line."""

from __future__ import annotations

from collections.abc import Callable

from django.core.management.base import BaseCommand, CommandError

from scrh.web.editorial.ingest import ingest_run_finish, ingest_run_start
from scrh.web.editorial.models import IngestRun
from scrh.web.editorial.progress import ProgressLine


class IngestCommand(BaseCommand):
    """Runs `self.ingest(run, progress)` inside a recorded run and prints its counts."""

    source = ""

    def run_ingest(self, query: str, work: Callable[[IngestRun, ProgressLine], None]) -> None:
        run = ingest_run_start(source=self.source, query=query)
        progress = ProgressLine(self.stderr._out)
        try:
            work(run, progress)
        except Exception as error:  # noqa: BLE001 - any crash is recorded on the run first
            ingest_run_finish(run=run, error=f"{type(error).__name__}: {error}")
            raise
        finally:
            progress.close()
        ingest_run_finish(run=run)
        for item in run.quarantined.all()[:20]:
            self.stderr.write(f"failed: {item.reason}")
        self.stdout.write(run.counts_line())
        if run.new + run.updated + run.unchanged + run.deleted == 0:
            raise CommandError("nothing could be ingested")
