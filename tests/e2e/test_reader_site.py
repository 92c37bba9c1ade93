"""Every page type in Chromium: axe-core scan, keyboard-only paths, small screens, no JavaScript."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

SMALL_TARGET_SELECTOR = (
    "button:visible, select:visible, input:visible, .nav-list a, .pagination a, .tag, "
    "details summary, .letters a, .breadcrumb a"
)


@pytest.fixture
def reader_site(transactional_db, live_server):
    """A tree with eleven published summaries (live_server flushes the database after each test,
    so the checks that share this set-up share a test)."""
    from django.contrib.auth import get_user_model

    from scrh.web.research.services import site_tree_ensure
    from tests.web.research.conftest import publish_demo

    site_tree_ensure()
    editor = get_user_model().objects.create_user("e2e-site", is_staff=True, is_superuser=True)
    return publish_demo(11, editor)


def page_paths(pages) -> dict[str, str]:
    with_sources = next(p for p in pages if any(f.sources for f in p.findings.all()))
    return {
        "home": "/",
        "listing": "/research/?population=humans",
        "categories": "/categories/",
        "category": with_sources.primary_category.url,
        "summary": with_sources.url,
        "search with results": "/search/?q=spinal",
        "search without results": "/search/?q=zzzqqq",
        "glossary": "/glossary/",
        "about": "/about/",
        "not found": "/no-such-page/",
    }


def test_axe_finds_no_violations_on_any_page_type(page, live_server, reader_site):
    axe = Axe()
    failures = {}
    for name, path in page_paths(reader_site).items():
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1, name
        results = axe.run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
    assert not failures, "\n\n".join(f"== {k}\n{v}" for k, v in failures.items())


def tab_to(page, js_test: str, limit: int = 150) -> None:
    """Press Tab until `js_test` (an expression on `el`) holds for the focused element."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!({js_test}); }})()"
        ):
            return
    raise AssertionError(f"keyboard focus never reached: {js_test}")


def test_keyboard_small_screens_no_javascript_and_read_aloud(
    browser, page, live_server, reader_site
):
    keyboard_only_filter_paginate_search_and_expand_sources(page, live_server, reader_site)
    small_screens_targets_and_read_aloud(browser, live_server, reader_site)
    everything_works_without_javascript(browser, live_server, reader_site)
    read_aloud_is_hidden_where_speech_is_unsupported(browser, live_server, reader_site)


def keyboard_only_filter_paginate_search_and_expand_sources(page, live_server, reader_site):
    page.goto(live_server.url + "/research/")
    tab_to(page, "el.textContent.trim() === 'Next page'")
    page.keyboard.press("Enter")
    page.wait_for_url("**page=2")
    tab_to(page, "el.id === 'f-population'")
    page.keyboard.press("A")  # "Animals"
    tab_to(page, "el.textContent.trim() === 'Apply filters'")
    page.keyboard.press("Enter")
    page.wait_for_url("**population=animals**")
    assert page.locator("#f-population").input_value() == "animals"

    tab_to(page, "el.id === 'site-search-q'")
    page.keyboard.type("spinnal")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=spinnal")
    tab_to(page, "el.textContent.trim() === 'spinal'")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=spinal")
    assert page.locator(".card").count() > 0 and page.locator("mark").count() > 0

    page.goto(live_server.url + page_paths(reader_site)["summary"])
    tab_to(page, "el.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert page.locator("details[open] blockquote").first.is_visible()


def small_screens_targets_and_read_aloud(browser, live_server, reader_site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for name, path in page_paths(reader_site).items():
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{name} scrolls sideways at 320px ({width}px)"
        for box in page.locator(SMALL_TARGET_SELECTOR).evaluate_all(
            "els => els.filter(e => e.offsetParent).map(e => [e.outerHTML.slice(0, 80), "
            "e.getBoundingClientRect().width, e.getBoundingClientRect().height])"
        ):
            assert box[1] >= 24 and box[2] >= 24, f"{name}: small target {box}"
    page.goto(live_server.url + page_paths(reader_site)["summary"])
    assert page.get_by_role("button", name="Read aloud").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header nav").is_visible()
    context.close()


def everything_works_without_javascript(browser, live_server, reader_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + page_paths(reader_site)["summary"])
    assert not page.get_by_role("button", name="Read aloud").is_visible()
    page.locator("details summary").first.click()
    assert page.locator("details[open] blockquote").first.is_visible()
    page.goto(live_server.url + "/research/")
    page.locator("#f-population").select_option("humans")
    page.get_by_role("button", name="Apply filters").click()
    assert "population=humans" in page.url
    page.locator("#site-search-q").fill("walking")
    page.locator(".site-search button").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Search"
    context.close()


def read_aloud_is_hidden_where_speech_is_unsupported(browser, live_server, reader_site):
    context = browser.new_context()
    context.add_init_script("delete window.speechSynthesis;")
    page = context.new_page()
    page.goto(live_server.url + page_paths(reader_site)["summary"])
    assert not page.get_by_role("button", name="Read aloud").is_visible()
    context.close()
