"""The whole editorial path in a real browser: saved search → task → review → live → feed, digest.

Then a retraction arrives for the live summary: its banner shows at once and the editors get mail.
"""

import importlib
from datetime import timedelta

import feedparser
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from tests.web.editorial.eutils_server import PMID, eutils_server, retracted

pytestmark = pytest.mark.e2e
APPROVE = 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
PASSWORD = "review-pass-1"  # noqa: S105 - a test account


@pytest.fixture
def newsroom(transactional_db, live_server):
    """Page tree, review workflow and groups (a flush may have removed them), a moderator."""
    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    migration = importlib.import_module(
        "scrh.web.editorial.migrations.0004_review_groups_and_workflow"
    )
    migration.forwards(apps, None)
    user = get_user_model().objects.create_user(
        "moderator", email="moderator@example.org", password=PASSWORD, is_staff=True
    )
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    return user


def _approve(page, edit_url: str) -> None:
    """In the page editor, open the action menu and press Approve for the current task."""
    page.goto(edit_url)
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator(APPROVE).click()


def test_saved_search_to_reviewed_summary_in_feed_and_digest_then_retraction(
    page, live_server, newsroom, settings
):
    from scrh.web.editorial.models import IngestRun, SavedSearch
    from scrh.web.editorial.tasks import digests_send_task, due_searches_run_task
    from scrh.web.readers.models import Subscriber
    from scrh.web.research.models import SummaryPage

    search = SavedSearch.objects.create(name="SCI weekly", query="spinal cord injury")
    subscriber = Subscriber.objects.create(
        email="reader@example.org", confirmed_at=timezone.now() - timedelta(days=1)
    )
    with eutils_server(settings) as server:
        due_searches_run_task.enqueue()
        run = IngestRun.objects.get(saved_search=search)
        assert (run.new, run.drafts, run.status) == (1, 1, "succeeded")
        summary = SummaryPage.objects.get(paper__pmid=PMID)
        assert summary.check_report["counts"] and not summary.live
        assert summary.current_workflow_state.current_task_state.task.name == "Check summary"

        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "moderator")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        page.goto(f"{live_server.url}/admin/editorial/review/{summary.pk}/")
        assert page.locator(".scrh-sentences li.is-source").count() >= 1
        assert page.get_by_text("waiting for Check summary").count() == 1
        page.get_by_role("link", name="Open in the editor to approve or request changes").click()
        edit_url = page.url
        assert edit_url.endswith(f"/admin/pages/{summary.pk}/edit/")
        _approve(page, edit_url)
        assert summary.current_workflow_state.current_task_state.task.name == "Approve"
        _approve(page, edit_url)
        summary.refresh_from_db()
        assert summary.live

        page.goto(live_server.url + summary.url)
        assert page.locator("h1").inner_text() == summary.title
        feed = feedparser.parse(page.request.get(f"{live_server.url}/feeds/rss.xml").body())
        assert summary.title in [entry.title for entry in feed.entries]
        mail.outbox.clear()
        digests_send_task.enqueue()
        assert [m.to for m in mail.outbox] == [[subscriber.email]]
        assert summary.title in mail.outbox[0].body

        mail.outbox.clear()
        server.body = retracted(server.body)
        due_searches_run_task.enqueue()  # not due yet: nothing runs
        assert IngestRun.objects.count() == 1
        search.refresh_from_db()
        SavedSearch.objects.filter(pk=search.pk).update(
            last_run_at=search.last_run_at - timedelta(days=8)
        )
        due_searches_run_task.enqueue()
    page.goto(live_server.url + summary.url)
    assert page.locator(".notice-retraction").count() == 1
    notices = [m for m in mail.outbox if "moderator@example.org" in m.to]
    assert len(notices) == 1 and "Retraction" in notices[0].subject
