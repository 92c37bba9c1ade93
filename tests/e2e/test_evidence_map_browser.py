"""The evidence map in Chromium: axe, clicking a square filters the list (with and without
JavaScript), 320 px wide screens, forced colours (high contrast) and print."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

PEOPLE_TRIALS = 'a.emap-cell[aria-label="Randomised trials in people: 3 studies"]'


@pytest.fixture
def topic(transactional_db, live_server):
    """Hand-built summaries (see tests.web.research.evidence_fixtures); the two categories."""
    from tests.web.research.evidence_fixtures import build_topic

    return build_topic()


def map_pages(topic) -> dict[str, str]:
    return {
        "category": topic[0].url,
        "category, one square chosen": topic[0].url + "?group=randomised&population=humans",
        "listing": "/research/",
        "listing, filtered": f"/research/?category={topic[1].slug}&year=2024",
    }


def test_axe_finds_no_violations_on_pages_with_maps(page, live_server, topic):
    axe = Axe()
    failures = {}
    for name, path in map_pages(topic).items():
        page.goto(live_server.url + path)
        assert page.locator(".emap svg").count() >= 1, name
        results = axe.run(page)
        if results.violations_count:
            failures[name] = results.generate_report()
    assert not failures, "\n\n".join(f"== {k}\n{v}" for k, v in failures.items())


def test_clicking_a_square_filters_the_list(browser, page, live_server, topic):
    page.goto(live_server.url + topic[0].url)
    page.locator(PEOPLE_TRIALS).click()
    page.wait_for_url("**group=randomised**")
    assert "population=humans" in page.url
    assert page.locator(".card").count() == 3
    assert all("(rct)" in t for t in page.locator(".card-title").all_inner_texts())
    assert page.locator(f"{PEOPLE_TRIALS}[aria-current='true']").count() == 1

    page.goto(live_server.url + "/research/")
    page.locator('a.emap-cell[aria-label="Lab and animal studies in animals: 4 studies"]').click()
    page.wait_for_url("**group=lab**")
    assert page.locator("#f-group").input_value() == "lab"
    assert page.locator("#f-population").input_value() == "animals"
    assert page.locator(".card").count() == 4
    assert (
        page.locator(".emap-sentence").inner_text()
        == "No studies in people yet; 4 studies in animals."
    )

    # by keyboard, and with JavaScript off
    page.goto(live_server.url + topic[0].url)
    page.locator(PEOPLE_TRIALS).focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**group=randomised**")
    context = browser.new_context(java_script_enabled=False)
    no_script = context.new_page()
    no_script.goto(live_server.url + topic[0].url)
    no_script.locator(PEOPLE_TRIALS).click()
    no_script.wait_for_url("**group=randomised**")
    assert no_script.locator(".card").count() == 3
    context.close()


def test_small_screens_forced_colours_and_print(browser, live_server, topic):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for name, path in map_pages(topic).items():
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{name} scrolls sideways at 320px ({width}px)"
    page.goto(live_server.url + topic[0].url)
    smallest_text = page.evaluate(
        "Math.min(...[...document.querySelectorAll('.emap svg text')]"
        ".map(t => t.getBoundingClientRect().height).filter(h => h > 0))"
    )
    assert smallest_text >= 11, f"map text {smallest_text}px high at 320px"
    for box in page.locator("a.emap-cell").evaluate_all(
        "els => els.map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])"
    ):
        assert box[0] >= 24 and box[1] >= 24, f"small square {box}"
    assert page.locator(".emap-data").bounding_box()["width"] <= 1  # for screen readers only

    colours = """() => {
        const s = el => getComputedStyle(document.querySelector(el));
        return {page: getComputedStyle(document.body).backgroundColor,
                square: s('a.emap-cell rect').stroke, number: s('a.emap-cell text').fill,
                label: s('.emap svg text.emap-text').fill, bar: s('.emap-bar').fill};
    }"""
    normal = page.evaluate(colours)
    page.emulate_media(forced_colors="active", color_scheme="dark")
    forced = page.evaluate(colours)
    assert forced != normal
    for part in ("square", "number", "label", "bar"):
        assert forced[part] != forced["page"], f"{part} vanishes in forced colours: {forced}"

    page.emulate_media(media="print", forced_colors="none")
    table = page.locator(".emap-data table").first
    assert table.is_visible() and table.bounding_box()["width"] > 100
    assert "Randomised trials" in table.inner_text()
    context.close()
