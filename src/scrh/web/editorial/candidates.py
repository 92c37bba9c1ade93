"""Re-running an engine on a summary page: the new draft is kept or discarded by an editor."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from scrh.pipeline.checks import CheckReport
from scrh.pipeline.summarize.model import Summary
from scrh.web.editorial.drafting import summary_checked, summary_engine
from scrh.web.editorial.models import SummaryCandidate
from scrh.web.editorial.services import summary_revision_create
from scrh.web.research.models import SummaryPage


def summary_candidate_create(
    *, page: SummaryPage, engine: str, user: AbstractBaseUser | None
) -> SummaryCandidate:
    """Summarize the page's paper again with `engine`, check it, and keep it beside the page."""
    if page.paper is None:
        raise ValueError("this summary has no stored paper to summarize again")
    checked = summary_checked(paper=page.paper.to_paper(), engine=summary_engine(engine))
    return SummaryCandidate.objects.create(
        page=page,
        engine=engine,
        summary=checked.summary.to_json_dict(),
        check_report=checked.report.to_json_dict(),
        created_by=user,
    )


@transaction.atomic
def summary_candidate_keep(
    *, candidate: SummaryCandidate, user: AbstractBaseUser | None
) -> SummaryPage:
    """Make the candidate the page's new revision, in review: its fields fill the editor's form."""
    page = summary_revision_create(
        page=candidate.page,
        summary=Summary.model_validate(candidate.summary),
        check_report=CheckReport.from_json_dict(candidate.check_report),
        user=user,
        message=f"Kept a new {candidate.engine} draft.",
    )
    candidate.delete()
    return page


def summary_candidate_discard(*, candidate: SummaryCandidate) -> None:
    """Throw the candidate away; the page is unchanged."""
    candidate.delete()
