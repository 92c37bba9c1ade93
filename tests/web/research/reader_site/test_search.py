"""Search: full text over titles, summaries and abstracts; snippets; filters; suggestions."""

from __future__ import annotations

import html as html_lib
import re

from scrh.web.research.search import highlight, query_words, snippet, suggestion


def test_highlight_escapes_and_marks_word_prefixes():
    pattern = re.compile(r"\b(walk)\w*", re.I)
    assert highlight("<b> Walking & walks", pattern) == (
        "&lt;b&gt; <mark>Walking</mark> &amp; <mark>walks</mark>"
    )


def test_snippet_is_centred_on_the_first_match():
    text = " ".join(["filler"] * 100 + ["bladder"] + ["tail"] * 100)
    out = snippet(text, re.compile(r"\b(bladder)\w*", re.I))
    assert out.startswith("… ") and out.endswith(" …") and "<mark>bladder</mark>" in out
    assert len(out) < 300


def test_suggestion_replaces_misspelt_words_only():
    vocabulary = ["bladder", "walking", "stimulation"]
    assert suggestion("walkng stimulaton", vocabulary) == "walking stimulation"
    assert suggestion("walking", vocabulary) == ""
    assert query_words("  A  wheel-chair!") == ["wheel", "chair"]


def page_text(response) -> str:
    """The response's HTML without tags or entities."""
    return html_lib.unescape(re.sub(r"<[^>]+>", "", response.content.decode()))


def test_search_finds_title_and_abstract_words_with_snippets(client, demo):
    animal = next(p for p in demo if p.population == "animals")
    word = animal.sentences[0].split()[3].strip(".,;:()").lower()
    response = client.get("/search/", {"q": word})
    assert animal.title in page_text(response)
    assert "<mark>" in response.content.decode()
    title_word = max(animal.title.split(), key=len).strip(".,:;()")
    assert animal.title in page_text(client.get("/search/", {"q": title_word}))


def test_search_applies_the_listing_filters(client, demo):
    response = client.get("/search/", {"q": "spinal", "population": "animals"})
    shown = [p for p in demo if p.title in page_text(response)]
    assert shown and all(p.population == "animals" for p in shown)
    assert 'name="q" value="spinal"' in response.content.decode()


def test_search_with_no_match_suggests_a_spelling(client, demo):
    html = client.get("/search/", {"q": "spinnal"}).content.decode()
    assert "0 results" in html
    assert 'Did you mean <a href="?q=spinal">spinal</a>?' in html


def test_search_without_a_query_shows_the_form(client, home):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()
