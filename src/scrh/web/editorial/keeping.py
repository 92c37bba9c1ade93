"""Keeping summaries current: changed papers go back to review, notices reach editors."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction

from scrh.pipeline.checks import run_checks
from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.models import PaperRecord
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


def summaries_refresh(*, engine: str | None = None) -> int:
    """Re-summarize every paper whose summary needs review, as a new revision in review.

    Live pages stay up until an editor approves; returns how many pages went back to review.
    """
    from scrh.web.editorial.services import summary_revision_create

    summarizer = get_engine(engine or settings.SCRH_SUMMARY_ENGINE)
    reopened = 0
    for record in PaperRecord.objects.filter(summary_needs_review=True, withdrawn=False):
        paper = record.to_paper()
        summary = summarizer.summarize(paper)
        report = run_checks(paper, summary).to_json_dict()
        with transaction.atomic():
            for page in record.summary_pages.all():
                summary_revision_create(
                    page=page, summary=summary, check_report=report, message=record.review_reason
                )
                reopened += 1
            PaperRecord.objects.filter(pk=record.pk).update(summary_needs_review=False)
    return reopened
