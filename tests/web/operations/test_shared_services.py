"""Many app processes on real services: the page cache shared in Redis (a publish anywhere drops
the cached page everywhere) and background tasks on an RQ worker, each a separate process."""

from __future__ import annotations

import re
import subprocess

import httpx
import pytest
from django.db import connection

from scrh.web.editorial.models import IngestRun, PaperRecord, SavedSearch
from scrh.web.settings.services import cache_from_url
from tests.servers import BIN, REPO, app_env, app_server, database_url, fetch
from tests.web.conftest import demo_papers, publish_papers
from tests.web.editorial.eutils_server import PMID, eutils_server

pytestmark = pytest.mark.django_db(transaction=True)
HOST = {"Host": "localhost"}  # one host name, so both servers compute the same cache keys


def test_two_app_processes_share_the_page_cache_and_a_publish_drops_it_in_both(
    redis_db, site, editor, settings
):
    cache_url, _queue_url = redis_db
    page = publish_papers(demo_papers(1), editor)[0]
    path = page.get_url()
    env = app_env(DATABASE_URL=database_url(connection.settings_dict), SCRH_CACHE_URL=cache_url)
    with app_server(env) as one, app_server(env) as other:
        status, headers, body = fetch(one + path, headers=HOST)
        assert (status, headers["X-Cache"]) == (200, "miss")
        assert page.title in body
        # the other process answers from the entry the first one stored
        status, headers, _ = fetch(other + path, headers=HOST)
        assert (status, headers["X-Cache"]) == (200, "hit")

        # publish a change from a third process (this one) sharing the same Redis
        settings.CACHES = {"default": cache_from_url(cache_url)}
        page.title = "A changed title for the shared cache"
        page.save_revision(user=editor).publish(user=editor)

        # the other process renders the new version (its old entry is no longer read) ...
        status, headers, body = fetch(other + path, headers=HOST)
        assert (status, headers["X-Cache"]) == (200, "miss")
        assert "A changed title for the shared cache" in body
        # ... and the first one serves what the other just stored
        status, headers, body = fetch(one + path, headers=HOST)
        assert (status, headers["X-Cache"]) == (200, "hit")
        assert "A changed title for the shared cache" in body


def test_without_a_shared_cache_each_process_keeps_its_own(site, editor):
    page = publish_papers(demo_papers(1), editor)[0]
    env = app_env(DATABASE_URL=database_url(connection.settings_dict))
    with app_server(env) as one, app_server(env) as other:
        assert fetch(one + page.get_url(), headers=HOST)[1]["X-Cache"] == "miss"
        assert fetch(other + page.get_url(), headers=HOST)[1]["X-Cache"] == "miss"


def test_a_task_enqueued_by_the_web_runs_on_an_rq_worker(redis_db, site, editor, settings):
    _cache_url, queue_url = redis_db
    search = SavedSearch.objects.create(name="SCI weekly", query="spinal cord injury")
    # a password hash the web process (default hashers) can check
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    editor.set_password("pw")
    editor.save()
    with eutils_server(settings) as eutils:
        env = app_env(
            DATABASE_URL=database_url(connection.settings_dict),
            SCRH_TASKS_BACKEND="rq",
            SCRH_RQ_URL=queue_url,
            SCRH_EUTILS_URL=eutils.url,
            SCRH_FETCH_ATTEMPTS="1",
        )
        with (
            app_server(env) as web,
            httpx.Client(base_url=web, headers=HOST, timeout=60) as browser,
        ):
            _log_in(browser, "editor", "pw")
            run_url = f"/admin/editorial/searches/{search.pk}/run/"
            form = browser.get(run_url)
            answer = browser.post(run_url, data={"csrfmiddlewaretoken": _csrf(form.text)})
            assert answer.status_code == 302
            # queued in Redis, not run: the web process has no worker
            assert not IngestRun.objects.filter(saved_search=search).exists()
            assert not eutils.requests
            worker = subprocess.run(
                [str(BIN / "scrh"), "rqworker", "--burst", "--job-class", "django_tasks_rq.Job",
                 "default"],
                env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
            )  # fmt: skip
    assert worker.returncode == 0, worker.stderr
    run = IngestRun.objects.get(saved_search=search)
    assert (run.status, run.new, run.drafts) == (IngestRun.Status.SUCCEEDED, 1, 1), run.error
    assert any("efetch" in request for request in eutils.requests)
    assert PaperRecord.objects.filter(pmid=PMID).exists()


def _csrf(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def _log_in(browser: httpx.Client, username: str, password: str) -> None:
    form = browser.get("/admin/login/")
    answer = browser.post(
        "/admin/login/",
        data={"username": username, "password": password, "csrfmiddlewaretoken": _csrf(form.text)},
    )
    assert answer.status_code == 302, answer.text[:500]
