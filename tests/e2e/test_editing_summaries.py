"""An editor fixes a wrong key finding in its field, a moderator approves, readers see the fix."""

import importlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Workflow

pytestmark = pytest.mark.e2e
PASSWORD = "review-pass-1"  # noqa: S105 - a test account
WRONG = "higher VAS pain scores, indicating better pain relief"
APPROVE = 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
FINDING = "#id_findings-0-text"
BESIDE = f".w-field:has({FINDING}) .scrh-check-beside--error"


@pytest.fixture
def newsroom(transactional_db, live_server):
    """Page tree, review workflow and groups, an editor, a moderator, and a draft in review."""
    from scrh.pipeline.summarize.engines import get_engine
    from scrh.web.editorial.ingest import paper_upsert
    from scrh.web.editorial.services import summary_draft_create
    from scrh.web.research.services import site_tree_ensure
    from tests.web.conftest import demo_papers

    site_tree_ensure()
    if not Workflow.objects.filter(name="Summary review").exists():  # a flush removed it
        for name in ("0004_review_groups_and_workflow", "0005_checked_approval_task"):
            importlib.import_module(f"scrh.web.editorial.migrations.{name}").forwards(apps, None)
    users = get_user_model().objects
    editor = users.create_user("editor", password=PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = users.create_user("moderator", password=PASSWORD, is_staff=True)
    moderator.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    paper = demo_papers()[37]
    record, _ = paper_upsert(paper=paper)
    return summary_draft_create(paper=record, summary=get_engine("rules").summarize(paper))


def _log_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def _approve(page) -> None:
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.locator(APPROVE).click()


def _axe_clean(page, *selectors: str) -> None:
    results = Axe().run(page, context={"include": [[s] for s in selectors]})
    assert not results.violations_count, results.generate_report()


def test_editor_fixes_a_finding_beside_its_check_and_the_fix_goes_live(
    browser, live_server, newsroom
):
    from scrh.web.research.models import SummaryPage

    edit_url = f"{live_server.url}/admin/pages/{newsroom.pk}/edit/"
    editor = browser.new_context().new_page()
    _log_in(editor, live_server.url, "editor")
    editor.goto(edit_url)
    assert editor.locator("[data-scrh-check-panel]").count() == 1
    original = editor.locator(FINDING).input_value()
    fixed = "In this study, " + original[0].lower() + original[1:]  # grounded, so it passes
    editor.fill(FINDING, WRONG)
    with editor.expect_navigation():
        editor.get_by_role("button", name="Save draft").click()
    beside = editor.locator(BESIDE)
    assert beside.count() >= 1 and "lower is better" in beside.first.inner_text()
    assert editor.locator(FINDING).input_value() == WRONG
    link = editor.locator('[data-scrh-check-panel] a[href="#id_findings-0-text"]')
    assert link.count() >= 1
    _axe_clean(editor, "[data-scrh-check-panel]", ".scrh-check-beside")

    _approve(editor)  # refused: the error is still there
    assert type(newsroom.current_workflow_state.current_task_state.task.specific).__name__ == (
        "CheckedApprovalTask"
    )
    assert editor.locator(".w-field:has(#id_findings-0-text) .error-message").count() >= 1
    assert "The checks found" in editor.content()
    newsroom.refresh_from_db()
    assert newsroom.current_workflow_state.current_task_state.task.name == "Check summary"

    editor.fill(FINDING, fixed)
    _approve(editor)
    newsroom.refresh_from_db()
    assert newsroom.current_workflow_state.current_task_state.task.name == "Approve"

    editor.goto(f"{live_server.url}/admin/editorial/review/{newsroom.pk}/")
    assert editor.locator(".scrh-review__pair").count() >= 1
    _axe_clean(editor, ".scrh-review__pair")

    moderator = browser.new_context().new_page()
    _log_in(moderator, live_server.url, "moderator")
    moderator.goto(edit_url)
    _approve(moderator)
    live = SummaryPage.objects.get(pk=newsroom.pk)
    assert live.live and live.findings.first().text == fixed

    moderator.goto(live_server.url + live.url)
    assert moderator.locator("ol.findings li").first.inner_text().startswith(fixed)
    api = moderator.request.get(f"{live_server.url}/api/summaries/{live.slug}/").json()
    assert api["summary"]["key_findings"][0]["text"] == fixed
