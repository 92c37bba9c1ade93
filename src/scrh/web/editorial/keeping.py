"""Keeping summaries current: changed papers go back to review, notices reach editors."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction

from scrh.pipeline.summarize.engines import Engine
from scrh.web.editorial.drafting import DraftBatch, summary_checked, summary_engine
from scrh.web.editorial.models import PaperRecord
from scrh.web.editorial.services import summary_revision_create
from scrh.web.editorial.workflow import EDITORS, MODERATORS
from scrh.web.research.cache import content_changed

log = logging.getLogger(__name__)
NOTICE_WORDS = {"retraction": "retracted", "erratum": "corrected", "concern": "questioned"}


def editor_emails() -> list[str]:
    """Addresses of the Editors and Moderators, plus the SCRH_EDITORS_EMAIL address."""
    users = get_user_model().objects.filter(is_active=True, groups__name__in=[EDITORS, MODERATORS])
    addresses = {u.email for u in users if u.email}
    if settings.SCRH_EDITORS_EMAIL:
        addresses.add(settings.SCRH_EDITORS_EMAIL)
    return sorted(addresses)


def notices_announce(*, record: PaperRecord, notices: list[dict]) -> int:
    """Show new notices at once (drop cached pages) and email the editors; returns emails sent."""
    content_changed()
    pages = list(record.summary_pages.all())
    if not pages or not notices:
        return 0
    kinds = ", ".join(sorted({n.get("kind", "notice") for n in notices}))
    links = "\n".join(
        f"{settings.WAGTAILADMIN_BASE_URL}/admin/editorial/review/{p.pk}/" for p in pages
    )
    texts = "\n".join(f"- {n.get('kind', 'notice')}: {n.get('text', '')}" for n in notices)
    body = (
        f"A {kinds} notice arrived for a paper with a summary on the site:\n\n"
        f"{record.title}\n\n{texts}\n\n"
        f"The banner is already shown on the summary. Review it here:\n{links}\n"
    )
    subject = f"[SCRH] {kinds.capitalize()} notice: {record.title[:120]}"
    recipients = editor_emails()
    if recipients:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    return len(recipients)


def summaries_refresh(*, engine: str | None = None) -> DraftBatch:
    """Re-summarize every paper whose summary needs review, as a new revision in review.

    Live pages stay up until an editor approves. The pages reopened are in the batch; a paper
    that fails is reported there and keeps its flag, the rest go on.
    """
    summarizer = summary_engine(engine)
    batch = DraftBatch()
    for record in PaperRecord.objects.filter(summary_needs_review=True, withdrawn=False):
        try:
            with transaction.atomic():
                batch.pages += _refresh(record, summarizer)
        except Exception as error:  # noqa: BLE001 - one paper's failure is reported, not fatal
            log.warning("could not refresh paper %s: %s", record.pk, error, exc_info=True)
            batch.failed.append((record, f"{type(error).__name__}: {error}"))
    return batch


def _refresh(record: PaperRecord, summarizer: Engine) -> list:
    checked = summary_checked(paper=record.to_paper(), engine=summarizer)
    pages = [
        summary_revision_create(
            page=page,
            summary=checked.summary,
            check_report=checked.report,
            message=record.review_reason,
        )
        for page in record.summary_pages.all()
    ]
    PaperRecord.objects.filter(pk=record.pk).update(summary_needs_review=False)
    return pages
