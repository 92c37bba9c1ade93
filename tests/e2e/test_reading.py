"""A reader opens the home page, a category and a summary in a real browser."""

import pytest

from tests.web.conftest import demo_papers, publish_papers
from tests.web.research.test_pages import CONTRACT_HEADINGS

pytestmark = pytest.mark.e2e


@pytest.fixture
def live_site(transactional_db, live_server):
    from django.contrib.auth import get_user_model

    from scrh.web.research.services import site_tree_ensure

    site_tree_ensure()
    editor = get_user_model().objects.create_user("e2e-editor", is_staff=True, is_superuser=True)
    return publish_papers(demo_papers(3), editor)


def test_reader_goes_from_home_to_a_category_to_a_summary(page, live_server, live_site):
    summary = live_site[0]
    category = summary.primary_category
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).inner_text() == "Spinal Cord Research Help"
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Categories").click()
    page.get_by_role("link", name=category.title, exact=True).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == category.title
    page.get_by_role("link", name=summary.title).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == summary.title
    for heading in CONTRACT_HEADINGS:
        if heading in {"Study Duration", "Participants", "Evidence Level"}:
            assert page.locator("dt", has_text=heading).is_visible(), heading
        else:
            assert page.get_by_role("heading", name=heading).is_visible(), heading
    page.get_by_role("link", name=f"Back to {category.title}").click()
    assert page.url.endswith(category.url)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, live_server, live_site):
    page.goto(live_server.url + live_site[0].url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
