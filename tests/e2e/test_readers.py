"""Reader channels in a real browser, by keyboard only, each page checked with axe."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from tests.web.conftest import demo_papers, publish_papers
from tests.web.readers.conftest import review_workflow_ensure

pytestmark = pytest.mark.e2e
AXE = Axe()


@pytest.fixture
def live_summary(transactional_db, live_server):
    from django.contrib.auth import get_user_model
    from django.core.cache import cache

    from scrh.web.research.services import site_tree_ensure

    cache.clear()
    site_tree_ensure()
    review_workflow_ensure()
    editor = get_user_model().objects.create_user("e2e-readers", is_staff=True, is_superuser=True)
    mail.outbox = []
    return publish_papers(demo_papers(1), editor)[0]


def assert_accessible(page) -> None:
    results = AXE.run(page)
    assert results.violations_count == 0, results.generate_report()


def tab_to(page, locator, limit: int = 250) -> None:
    """Press Tab until `locator` has the focus (never clicking; works with JavaScript off)."""
    focused = locator.and_(page.locator(":focus"))
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused.count():
            return
    raise AssertionError(f"Tab never reached {locator}")


def link_path(message, path: str) -> str:
    return re.search(rf"https?://[^/\s]+({re.escape(path)}\S*)", message.body).group(1)


def test_feedback_inline_with_javascript(page, live_server, live_summary):
    from scrh.web.readers.models import FeedbackVote

    page.goto(live_server.url + live_summary.url)
    box = page.locator("#feedback")
    tab_to(page, box.get_by_role("button", name="Yes"))
    page.keyboard.press("Enter")
    status = box.get_by_role("status")
    status.filter(has_text="Thank you for your feedback").wait_for()
    assert status.and_(page.locator(":focus")).count() == 1
    tab_to(page, box.get_by_label("Anything to add? (optional)"))
    page.keyboard.type("Clear, thank you.")
    tab_to(page, box.get_by_role("button", name="Send comment"))
    page.keyboard.press("Enter")
    status.filter(has_text="Thank you for your comment").wait_for()
    assert_accessible(page)
    vote = FeedbackVote.objects.get()
    assert vote.helpful is True and vote.comment == "Clear, thank you."


def test_feedback_without_javascript(browser, page, live_server, live_summary):
    from scrh.web.readers.models import FeedbackVote

    context = browser.new_context(java_script_enabled=False)
    nojs = context.new_page()
    nojs.goto(live_server.url + live_summary.url)
    tab_to(nojs, nojs.locator("#feedback").get_by_role("button", name="No"))
    nojs.keyboard.press("Enter")
    nojs.wait_for_url(re.compile(r"/feedback/\d+/\?helpful=no"))
    form_url = nojs.url
    assert nojs.get_by_role("radio", name="No").is_checked()
    tab_to(nojs, nojs.get_by_label("Anything to add? (optional)"))
    nojs.keyboard.type("Too long for me.")
    tab_to(nojs, nojs.get_by_role("button", name="Send feedback"))
    nojs.keyboard.press("Enter")
    nojs.get_by_role("heading", name="Thank you for your feedback").wait_for()
    cookies = context.cookies()
    context.close()
    vote = FeedbackVote.objects.get()
    assert vote.helpful is False and vote.comment == "Too long for me."
    page.context.add_cookies(cookies)  # axe needs script: check the same pages with it on
    for url in (form_url, live_server.url + f"/feedback/{live_summary.pk}/thanks/"):
        page.goto(url)
        assert_accessible(page)


def test_subscribe_confirm_manage_digest_unsubscribe(page, live_server, live_summary):
    from scrh.web.readers.models import Subscriber
    from scrh.web.readers.services.digests import digests_send

    category = live_summary.primary_category.title
    page.goto(live_server.url + "/subscribe/")
    assert_accessible(page)
    tab_to(page, page.get_by_label("Your email address"))
    page.keyboard.type("e2e@example.org")
    tab_to(page, page.get_by_role("checkbox", name=category, exact=True))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Subscribe"))
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Check your email").wait_for()
    assert_accessible(page)

    page.goto(live_server.url + link_path(mail.outbox[-1], "/subscribe/confirm/"))
    tab_to(page, page.get_by_role("button", name="Confirm my subscription"))
    page.keyboard.press("Enter")
    page.get_by_text("Your subscription is confirmed").wait_for()
    assert_accessible(page)
    tab_to(page, page.get_by_role("radio", name="Weekly"))
    page.keyboard.press("ArrowDown")
    assert page.get_by_role("radio", name="Monthly").is_checked()
    tab_to(page, page.get_by_role("button", name="Save my preferences"))
    page.keyboard.press("Enter")
    page.get_by_text("Your preferences are saved").wait_for()
    assert Subscriber.objects.get().frequency == "monthly"

    assert digests_send() == 1
    digest = mail.outbox[-1]
    assert live_summary.title in digest.body
    page.goto(live_server.url + link_path(digest, "/subscribe/unsubscribe/"))
    assert_accessible(page)
    tab_to(page, page.get_by_role("button", name="Unsubscribe"))
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="You are unsubscribed").wait_for()
    assert not Subscriber.objects.get().is_active


def test_contact_form_by_keyboard_skips_the_honeypot(page, live_server, live_summary):
    from scrh.web.readers.models import ContactMessage

    page.goto(live_server.url + "/contact/")
    assert_accessible(page)
    tab_to(page, page.get_by_label("Your name"))
    page.keyboard.type("Robin")
    page.keyboard.press("Tab")
    page.keyboard.type("robin@example.org")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")  # next topic
    page.keyboard.press("Tab")
    page.keyboard.type("Could you cover bladder research?")
    page.keyboard.press("Tab")  # the honeypot is never a tab stop
    assert page.get_by_role("button", name="Send message").and_(page.locator(":focus")).count()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Thank you, your message is sent").wait_for()
    assert_accessible(page)
    stored = ContactMessage.objects.get()
    assert (stored.name, stored.topic) == ("Robin", "correction")
    assert mail.outbox[-1].reply_to == ["robin@example.org"]
