"""Editorial models: stored papers and ingest runs, saved searches, re-run summary candidates."""

from scrh.web.editorial.models.candidates import SummaryCandidate
from scrh.web.editorial.models.papers import IngestRun, PaperRecord, QuarantinedRecord
from scrh.web.editorial.models.searches import SavedSearch
from scrh.web.editorial.models.tasks import CheckedApprovalTask

__all__ = [
    "CheckedApprovalTask",
    "IngestRun",
    "PaperRecord",
    "QuarantinedRecord",
    "SavedSearch",
    "SummaryCandidate",
]
