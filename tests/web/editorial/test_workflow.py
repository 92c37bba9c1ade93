"""Every pipeline draft is reviewed; changed papers go back to review; notices reach editors."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import WorkflowState

from scrh.pipeline.papers.model import Notice, Section
from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.ingest import paper_upsert
from scrh.web.editorial.keeping import summaries_refresh
from scrh.web.editorial.services import summary_draft_create, summary_publish
from scrh.web.research.cache import content_version
from tests.web.conftest import demo_papers


@pytest.fixture
def draft(site):
    paper = demo_papers(1)[0]
    record, _ = paper_upsert(paper=paper)
    return summary_draft_create(paper=record, summary=get_engine("rules").summarize(paper))


def test_groups_have_admin_access_and_only_moderators_publish(db):
    editors, moderators = Group.objects.get(name="Editors"), Group.objects.get(name="Moderators")
    for group in (editors, moderators):
        assert group.permissions.filter(codename="access_admin").exists()
        assert group.permissions.filter(codename="change_savedsearch").exists()
    assert moderators.page_permissions.filter(permission__codename="publish_page").exists()
    assert not editors.page_permissions.filter(permission__codename="publish_page").exists()


def test_a_pipeline_draft_waits_in_review_until_approved(draft, editor):
    state = draft.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Summary review"
    assert state.current_task_state.task.name == "Check summary"
    assert not draft.live
    page = summary_publish(page=draft, user=editor)
    assert page.live
    assert page.workflow_states.get().status == WorkflowState.STATUS_APPROVED


def test_a_changed_abstract_sends_the_live_summary_back_to_review(draft, editor):
    page = summary_publish(page=draft, user=editor)
    live_explanation = page.simple_explanation
    paper = demo_papers(1)[0]
    added = Section(label=None, text="A further sentence was added later.")
    changed = paper.with_changes(abstract_sections=(*paper.abstract_sections, added))
    record, status = paper_upsert(paper=changed)
    assert status == "updated" and record.summary_needs_review
    assert len(summaries_refresh().pages) == 1
    page.refresh_from_db()
    assert page.live and page.simple_explanation == live_explanation
    assert page.has_unpublished_changes
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    draft_sentences = page.get_latest_revision_as_object().sentences
    assert "A further sentence was added later." in draft_sentences[-1]
    record.refresh_from_db()
    assert not record.summary_needs_review


def test_a_retraction_purges_cached_pages_and_emails_the_editors(draft, editor):
    editor.email = "editor@example.org"
    editor.save()
    editor.groups.add(Group.objects.get(name="Editors"))
    summary_publish(page=draft, user=editor)
    before = content_version()
    paper = demo_papers(1)[0]
    paper_upsert(paper=paper.with_changes(notices=(Notice(kind="retraction", text="Retracted."),)))
    assert content_version() != before
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "editor@example.org" in message.to
    assert "Retraction" in message.subject
    assert f"/admin/editorial/review/{draft.pk}/" in message.body
