"""The editorial admin: review view, re-run and keep/discard, Run now, reports."""

import pytest
from django.urls import reverse

from scrh.web.editorial.models import IngestRun, SavedSearch, SummaryCandidate
from scrh.web.research.models import SummaryPage
from tests.web.editorial.eutils_server import PMID, eutils_server
from tests.web.editorial.test_workflow import draft  # noqa: F401 - fixture


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def test_review_view_numbers_sentences_and_highlights_the_sources(admin_client, draft):  # noqa: F811
    response = admin_client.get(reverse("editorial_review", args=[draft.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="s1"' in html and "is-source" in html
    assert "Check summary" in html and "Reading grade" in html
    sources = {i for f in draft.findings.all() for i in f.sources}
    assert f'id="s{min(sources) + 1}" value="{min(sources) + 1}" class="is-source"' in html


def test_the_edit_view_links_to_the_review(admin_client, draft):  # noqa: F811
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert reverse("editorial_review", args=[draft.pk]) in html


def test_rerun_then_keep_makes_a_new_revision_in_review(admin_client, draft):  # noqa: F811
    url = reverse("editorial_rerun", args=[draft.pk])
    assert admin_client.post(url, {"engine": "rules"}).status_code == 302
    candidate = SummaryCandidate.objects.get(page=draft)
    revisions = draft.revisions.count()
    decide = reverse("editorial_candidate", args=[draft.pk, candidate.pk])
    admin_client.post(decide, {"decision": "keep"})
    assert not SummaryCandidate.objects.exists()
    assert draft.revisions.count() == revisions + 1
    assert SummaryPage.objects.get(pk=draft.pk).workflow_in_progress


def test_rerun_then_discard_leaves_the_page_alone(admin_client, draft):  # noqa: F811
    admin_client.post(reverse("editorial_rerun", args=[draft.pk]), {"engine": "rules"})
    candidate = SummaryCandidate.objects.get()
    revisions = draft.revisions.count()
    admin_client.post(
        reverse("editorial_candidate", args=[draft.pk, candidate.pk]), {"decision": "discard"}
    )
    assert not SummaryCandidate.objects.exists()
    assert draft.revisions.count() == revisions


def test_run_now_ingests_drafts_and_records_the_run(admin_client, site, settings):
    search = SavedSearch.objects.create(name="SCI weekly", query="spinal cord injury")
    with eutils_server(settings):
        response = admin_client.post(reverse("editorial_search_run", args=[search.pk]))
    assert response.status_code == 302
    run = IngestRun.objects.get()
    assert (run.saved_search, run.new, run.drafts, run.status) == (search, 1, 1, "succeeded")
    page = SummaryPage.objects.get(paper__pmid=PMID)
    assert page.workflow_in_progress and not page.live and page.check_report["counts"]
    search.refresh_from_db()
    assert search.last_run_at is not None and not search.is_due(search.last_run_at)


def test_a_failing_search_is_recorded_with_its_reason(admin_client, site, settings):
    search = SavedSearch.objects.create(name="Down", query="x")
    settings.SCRH_EUTILS_URL = "http://127.0.0.1:9/eutils"
    settings.SCRH_FETCH_RETRY = {"attempts": 1, "backoff": 0.0, "max_wait": 0.0, "timeout": 2.0}
    admin_client.post(reverse("editorial_search_run", args=[search.pk]))
    run = IngestRun.objects.get()
    assert run.status == "failed" and run.quarantined.exists()
    html = admin_client.get(reverse("editorial_run_detail", args=[run.pk])).content.decode()
    assert "esearch" in html or "127.0.0.1:9" in html


@pytest.mark.parametrize(
    "name",
    [
        "editorial_reports_runs",
        "editorial_reports_quality",
        "editorial_reports_feedback",
        "editorial_reports_subscribers",
        "editorial_reports_contact",
    ],
)
def test_reports_render(admin_client, draft, name):  # noqa: F811
    assert admin_client.get(reverse(name)).status_code == 200


def test_saved_searches_are_listed_with_run_now(admin_client, db):
    search = SavedSearch.objects.create(name="SCI daily", query="q", schedule="daily")
    html = admin_client.get(reverse("wagtailsnippets_editorial_savedsearch:list")).content.decode()
    assert "SCI daily" in html
    assert reverse("editorial_search_run", args=[search.pk]) in html


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("editorial_reports_runs", "Ingest runs"),
        ("editorial_reports_quality", "Summary quality"),
        ("editorial_reports_feedback", "Reader feedback"),
        ("editorial_reports_contact", "Contact messages"),
    ],
)
def test_report_pages_have_their_own_title(admin_client, name, title):
    html = admin_client.get(reverse(name)).content.decode()
    assert f"<title>{title} - " in html
