"""The summary editor: fields instead of JSON, checks on save, errors refused going forward."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from scrh.pipeline.summarize.engines import get_engine
from scrh.web.editorial.ingest import paper_upsert
from scrh.web.editorial.services import summary_draft_create
from scrh.web.research.models import SummaryPage
from tests.web.conftest import demo_papers
from tests.web.editor_form import editor_fields, post_data

WRONG = "higher VAS pain scores, indicating better pain relief"
APPROVE = {"action-workflow-action": "true", "workflow-action-name": "approve"}


@pytest.fixture
def draft(site):
    """A clean rules-engine draft (no check errors), in review."""
    paper = demo_papers()[37]
    record, _ = paper_upsert(paper=paper)
    page = summary_draft_create(paper=record, summary=get_engine("rules").summarize(paper))
    assert page.checks.ok
    return page


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_user("ed", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def moderator_client(client, db):
    user = get_user_model().objects.create_user("mod", password="pw", is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    client.force_login(user)
    return client


def _edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def _fields(client, page) -> dict:
    response = client.get(_edit_url(page))
    assert response.status_code == 200
    return editor_fields(response.content.decode())


def _latest(page) -> SummaryPage:
    return SummaryPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_the_editor_has_labelled_fields_with_help_and_the_check_panel(editor_client, draft):
    html = editor_client.get(_edit_url(draft)).content.decode()
    fields = editor_fields(html)
    assert "summary" not in fields
    assert fields["findings-0-text"] == [draft.findings.first().text]
    first_sources = ", ".join(str(i + 1) for i in draft.findings.first().sources)
    assert fields["findings-0-sources"] == [first_sources]
    assert {"simple_explanation", "study_duration", "participants", "design_code"} <= set(fields)
    assert "Checks against the paper" in html
    assert "found no problems" in html or "<strong>0 errors</strong>" in html
    assert "120–220 words anyone can read" in html
    assert "Abstract sentences it rests on" in html
    assert "check_override_reason" not in fields


def test_saving_a_draft_reruns_the_checks_and_links_each_error_to_its_field(editor_client, draft):
    data = post_data(_fields(editor_client, draft), findings__0__text=WRONG)
    response = editor_client.post(_edit_url(draft), data)
    assert response.status_code == 302
    latest = _latest(draft)
    assert latest.findings.first().text == WRONG
    errors = [f for f in latest.checks.errors if f.field == "key_findings[0].text"]
    assert errors and "lower is better" in errors[0].message
    html = editor_client.get(_edit_url(draft)).content.decode()
    assert 'data-check-target="id_findings-0-text"' in html
    assert 'href="#id_findings-0-text"' in html


def test_going_forward_with_errors_is_refused_with_the_error_beside_the_field(editor_client, draft):
    data = post_data(_fields(editor_client, draft), findings__0__text=WRONG, **APPROVE)
    response = editor_client.post(_edit_url(draft), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The checks found" in html and "lower is better" in html
    form = response.context["form"]
    assert any("lower is better" in e for e in form.formsets["findings"].forms[0].errors["text"])
    page = SummaryPage.objects.get(pk=draft.pk)
    assert page.current_workflow_state.current_task_state.task.name == "Check summary"


def test_a_fixed_summary_goes_forward(editor_client, draft):
    fields = _fields(editor_client, draft)
    editor_client.post(_edit_url(draft), post_data(fields, findings__0__text=WRONG))
    fixed = post_data(_fields(editor_client, draft), findings__0__text=fields["findings-0-text"][0])
    response = editor_client.post(_edit_url(draft), {**fixed, **APPROVE})
    assert response.status_code == 302
    page = SummaryPage.objects.get(pk=draft.pk)
    assert page.current_workflow_state.current_task_state.task.name == "Approve"
    assert _latest(draft).checks.ok


def test_a_moderator_overrides_with_a_reason_kept_and_shown_in_the_quality_report(
    moderator_client, draft
):
    fields = _fields(moderator_client, draft)
    assert "check_override_reason" in fields
    reason = "The paper's scale is reversed: higher is better here."
    data = post_data(fields, findings__0__text=WRONG, check_override_reason=reason, **APPROVE)
    assert moderator_client.post(_edit_url(draft), data).status_code == 302
    revision = SummaryPage.objects.get(pk=draft.pk).get_latest_revision()
    assert revision.content["check_override_reason"] == reason
    report = moderator_client.get(reverse("editorial_reports_quality")).content.decode()
    assert reason.replace("'", "&#x27;") in report


def test_an_editor_saving_again_clears_an_earlier_override(editor_client, draft):
    SummaryPage.objects.filter(pk=draft.pk).update(check_override_reason="old reason")
    draft.refresh_from_db()
    draft.save_revision()
    editor_client.post(_edit_url(draft), post_data(_fields(editor_client, draft)))
    assert _latest(draft).check_override_reason == ""


def test_revision_compare_shows_the_edited_finding(editor_client, draft):
    first = draft.get_latest_revision()
    data = post_data(_fields(editor_client, draft), findings__0__text=WRONG)
    editor_client.post(_edit_url(draft), {**data, "findings-0-sources": "1, 2"})
    latest = SummaryPage.objects.get(pk=draft.pk).get_latest_revision()
    url = reverse("wagtailadmin_pages:revisions_compare", args=[draft.pk, first.pk, latest.pk])
    html = editor_client.get(url).content.decode()
    assert "Key findings" in html and "indicating better pain relief" in html
    assert "Abstract sentences it rests on" in html and "1, 2" in html


def test_a_bad_sentence_number_is_a_clear_error(editor_client, draft):
    data = post_data(_fields(editor_client, draft), findings__0__sources="two")
    response = editor_client.post(_edit_url(draft), data)
    assert response.status_code == 200
    assert "is not a sentence number" in response.content.decode()


def test_make_a_new_draft_fills_the_fields(editor_client, draft):
    editor_client.post(reverse("editorial_rerun", args=[draft.pk]), {"engine": "rules"})
    candidate = draft.candidates.get()
    editor_client.post(
        reverse("editorial_candidate", args=[draft.pk, candidate.pk]), {"decision": "keep"}
    )
    fields = _fields(editor_client, draft)
    texts = [f["text"] for f in candidate.summary["key_findings"]]
    assert [fields[f"findings-{i}-text"][0] for i in range(len(texts))] == texts
    assert fields["simple_explanation"] == [candidate.summary["simple_explanation"]]


def test_approving_outside_the_editor_is_refused_while_errors_stand(editor_client, draft):
    original = draft.findings.first().text
    editor_client.post(
        _edit_url(draft), post_data(_fields(editor_client, draft), findings__0__text=WRONG)
    )
    page = SummaryPage.objects.get(pk=draft.pk)
    task_state = page.current_workflow_state.current_task_state
    assert type(task_state.task.specific).__name__ == "CheckedApprovalTask"
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = editor_client.post(url)
    assert response.status_code == 302 and response["Location"] == _edit_url(page)
    page.refresh_from_db()
    assert page.current_workflow_state.current_task_state.task.name == "Check summary"
    fixed = post_data(_fields(editor_client, draft), findings__0__text=original)
    editor_client.post(_edit_url(draft), fixed)
    task_state = SummaryPage.objects.get(pk=draft.pk).current_workflow_state.current_task_state
    editor_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    )
    page = SummaryPage.objects.get(pk=draft.pk)
    assert page.current_workflow_state.current_task_state.task.name == "Approve"
