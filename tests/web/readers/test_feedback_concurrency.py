"""Votes sent at the same moment from many browsers are all counted, exactly."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from scrh.web.readers.clients import Limit
from scrh.web.readers.models import FeedbackVote
from scrh.web.readers.selectors import feedback_counts
from tests.web.conftest import demo_papers, publish_papers
from tests.web.readers.conftest import review_workflow_ensure

BROWSERS = 24


@pytest.fixture
def live_summary(transactional_db, live_server):
    from django.contrib.auth import get_user_model

    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    review_workflow_ensure()
    editor = get_user_model().objects.create_user("c-editor", is_staff=True, is_superuser=True)
    return publish_papers(demo_papers(1), editor)[0]


def _browser_votes(base: str, page_id: int, n: int) -> list[int]:
    """One browser: fetch a token, vote yes (odd browsers) or no, then flip the even ones to yes."""
    with httpx.Client(base_url=base, headers={"User-Agent": f"browser {n}"}) as browser:
        token = browser.get(f"/feedback/{page_id}/state/").json()["csrfToken"]
        headers = {"X-CSRFToken": token, "Accept": "application/json", "Referer": base}
        codes = [
            browser.post(
                f"/feedback/{page_id}/", data={"helpful": "yes" if n % 2 else "no"}, headers=headers
            ).status_code
        ]
        if n % 2 == 0:
            codes.append(
                browser.post(
                    f"/feedback/{page_id}/", data={"helpful": "yes"}, headers=headers
                ).status_code
            )
        return codes


def test_parallel_votes_are_counted_exactly(live_server, live_summary, monkeypatch):
    monkeypatch.setattr(  # every browser here shares 127.0.0.1
        "scrh.web.readers.services.feedback.FEEDBACK_LIMIT", Limit("feedback", 1000, 60)
    )
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.NEW_VOTES_PER_ADDRESS", Limit("new-votes", 1000, 60)
    )
    with ThreadPoolExecutor(max_workers=BROWSERS) as pool:
        results = list(
            pool.map(lambda n: _browser_votes(live_server.url, live_summary.pk, n), range(BROWSERS))
        )
    assert all(code == 200 for codes in results for code in codes), results
    assert FeedbackVote.objects.filter(page=live_summary).count() == BROWSERS
    assert feedback_counts(live_summary) == (BROWSERS, 0)
