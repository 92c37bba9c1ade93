"""Was this summary helpful?: votes, comments, cookies, CSRF, rate limits, exact counts."""

from __future__ import annotations

import pytest
from django.test import Client

from scrh.web.readers import clients
from scrh.web.readers.clients import keyed_hash
from scrh.web.readers.models import FeedbackTally, FeedbackVote
from scrh.web.readers.selectors import feedback_counts


def vote(client, page, helpful: str, comment: str = "", **headers):
    data = {"helpful": helpful, "comment": comment}
    return client.post(f"/feedback/{page.pk}/", data, **headers)


def test_summary_page_offers_yes_no_without_a_token_so_it_can_be_cached(client, summary):
    html = client.get(summary.url).content.decode()
    assert f'action="/feedback/{summary.pk}/"' in html
    assert 'name="helpful" value="yes"' in html and 'name="helpful" value="no"' in html
    assert "csrfmiddlewaretoken" not in html


def test_voting_works_when_the_summary_page_comes_from_the_page_cache(summary, settings):
    settings.SCRH_PAGE_CACHE_SECONDS = 600
    browser = Client(enforce_csrf_checks=True)  # built after the setting: its middleware caches
    assert browser.get(summary.url)["X-Cache"] == "miss"
    cached = browser.get(summary.url)
    assert cached["X-Cache"] == "hit" and b"data-state-url" in cached.content
    token = browser.get(f"/feedback/{summary.pk}/state/").json()["csrfToken"]
    response = vote(browser, summary, "yes", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 303 and feedback_counts(summary) == (1, 0)
    thanks = browser.get(response["Location"])
    assert "X-Cache" not in thanks and "Thank you for your feedback" in thanks.content.decode()
    assert browser.get(summary.url)["X-Cache"] == "hit"  # the vote did not personalise the page


def test_without_javascript_the_buttons_open_a_form_with_the_answer_chosen(client, summary):
    response = client.get(f"/feedback/{summary.pk}/", {"helpful": "no"})
    html = response.content.decode()
    assert response.status_code == 200 and "csrfmiddlewaretoken" in html
    assert 'value="no" required id="id_helpful_1" checked' in html or (
        'value="no"' in html and "checked" in html
    )
    assert "no-cache" in response["Cache-Control"]


def test_vote_redirects_to_a_thank_you_and_counts_once(client, summary):
    response = vote(client, summary, "yes")
    assert response.status_code == 303
    assert response["Location"] == f"/feedback/{summary.pk}/thanks/"
    cookie = response.cookies["scrh_voter"]
    assert cookie["path"] == "/feedback/" and cookie["httponly"] and cookie["samesite"] == "Lax"
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you for your feedback" in thanks and "was helpful" in thanks
    assert feedback_counts(summary) == (1, 0)


def test_a_browser_can_change_its_vote_but_never_counts_twice(client, summary):
    vote(client, summary, "yes")
    vote(client, summary, "yes")
    assert feedback_counts(summary) == (1, 0)
    vote(client, summary, "no")
    assert feedback_counts(summary) == (0, 1)
    assert FeedbackVote.objects.count() == 1
    Client(HTTP_USER_AGENT="another browser").post(f"/feedback/{summary.pk}/", {"helpful": "yes"})
    assert feedback_counts(summary) == (1, 1)


def test_comment_is_stored_for_editors_and_the_address_only_as_a_keyed_hash(client, summary):
    vote(client, summary, "no", comment="The duration is unclear.")
    stored = FeedbackVote.objects.get()
    assert stored.comment == "The duration is unclear." and stored.helpful is False
    assert stored.client_hash == keyed_hash("127.0.0.1") != "127.0.0.1"
    assert "127.0.0.1" not in str(FeedbackVote.objects.values().get())


def test_oversized_comment_is_refused_clearly_and_changes_nothing(client, summary):
    response = vote(client, summary, "yes", comment="x" * 1001)
    assert response.status_code == 400
    assert "Please keep your comment to 1000 characters or fewer (it has 1001)" in (
        response.content.decode()
    )
    assert not FeedbackVote.objects.exists() and feedback_counts(summary) == (0, 0)


def test_missing_answer_is_refused_clearly(client, summary):
    response = client.post(f"/feedback/{summary.pk}/", {"comment": "hi"})
    assert response.status_code == 400 and "Please choose Yes or No." in response.content.decode()
    assert not FeedbackVote.objects.exists()


def test_post_without_csrf_token_is_refused_and_changes_nothing(summary):
    browser = Client(enforce_csrf_checks=True)
    response = vote(browser, summary, "yes")
    assert response.status_code == 403
    assert "reload the page" in response.content.decode()
    assert not FeedbackVote.objects.exists() and feedback_counts(summary) == (0, 0)


def test_script_gets_a_token_then_votes_inline_with_json(summary):
    browser = Client(enforce_csrf_checks=True)
    state = browser.get(f"/feedback/{summary.pk}/state/").json()
    assert state["helpful"] is None
    headers = {"HTTP_ACCEPT": "application/json", "HTTP_X_CSRFTOKEN": state["csrfToken"]}
    response = vote(browser, summary, "yes", **headers)
    assert response.status_code == 200 and response.json() == {"helpful": True, "comment": False}
    assert browser.get(f"/feedback/{summary.pk}/state/").json()["helpful"] == "yes"
    too_long = vote(browser, summary, "yes", comment="x" * 2000, **headers)
    assert too_long.status_code == 400 and "1000 characters" in str(too_long.json())


def test_rate_limit_per_client_refuses_with_a_clear_message(client, summary, monkeypatch):
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.FEEDBACK_LIMIT", clients.Limit("feedback", 2, 60)
    )
    for n in range(2):
        browser = Client(HTTP_USER_AGENT=f"browser {n}")
        assert browser.post(f"/feedback/{summary.pk}/", {"helpful": "yes"}).status_code == 303
    response = Client(HTTP_USER_AGENT="browser 3").post(
        f"/feedback/{summary.pk}/", {"helpful": "yes"}
    )
    assert response.status_code == 429 and "Please wait" in response.content.decode()
    assert feedback_counts(summary) == (2, 0)


def test_unknown_or_unpublished_summary_is_404(client, summary):
    assert client.post("/feedback/999999/", {"helpful": "yes"}).status_code == 404
    summary.unpublish()
    assert client.post(f"/feedback/{summary.pk}/", {"helpful": "yes"}).status_code == 404
    assert not FeedbackTally.objects.exists()


def test_thanks_page_without_a_vote_sends_the_reader_to_the_form(client, summary):
    response = client.get(f"/feedback/{summary.pk}/thanks/")
    assert response.status_code == 302 and response["Location"] == f"/feedback/{summary.pk}/"


@pytest.mark.parametrize("header", ["", "HTTP_X_FORWARDED_FOR"])
def test_client_address_behind_a_proxy_is_the_last_hop(rf, settings, header):
    settings.SCRH_CLIENT_IP_HEADER = header
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert clients.client_address(request) == ("203.0.113.9" if header else "10.0.0.1")


def test_fifty_posts_without_the_cookie_count_as_one_browser(summary, monkeypatch):
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.FEEDBACK_LIMIT", clients.Limit("feedback", 1000, 60)
    )
    for _ in range(50):
        assert Client().post(f"/feedback/{summary.pk}/", {"helpful": "yes"}).status_code == 303
    assert feedback_counts(summary) == (1, 0)
    Client().post(
        f"/feedback/{summary.pk}/", {"helpful": "no"}
    )  # the same browser changes its mind
    assert feedback_counts(summary) == (0, 1)


def test_made_up_voter_cookies_do_not_add_votes(summary, monkeypatch):
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.FEEDBACK_LIMIT", clients.Limit("feedback", 1000, 60)
    )
    for n in range(10):
        browser = Client()
        browser.cookies["scrh_voter"] = f"made-up-voter-cookie-{n:04d}"
        browser.post(f"/feedback/{summary.pk}/", {"helpful": "yes"})
    assert feedback_counts(summary) == (1, 0)


def test_browsers_sharing_an_address_each_count_up_to_a_cap(summary, monkeypatch):
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.FEEDBACK_LIMIT", clients.Limit("feedback", 1000, 60)
    )
    monkeypatch.setattr(
        "scrh.web.readers.services.feedback.NEW_VOTES_PER_ADDRESS",
        clients.Limit("new-votes", 3, 3600),
    )
    codes = [
        Client(HTTP_USER_AGENT=f"agent {n}")
        .post(f"/feedback/{summary.pk}/", {"helpful": "yes"})
        .status_code
        for n in range(6)
    ]
    assert codes == [303, 303, 303, 429, 429, 429]
    assert feedback_counts(summary) == (3, 0)
