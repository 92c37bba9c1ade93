"""The evidence map on the demo summaries: the counts on /research/ and a category page are those
of the published pages, counted here one by one."""

from __future__ import annotations

import re
from collections import Counter

from scrh.web.research.design_groups import GROUPS, group_of
from scrh.web.research.filters import POPULATIONS


def expected(pages) -> Counter:
    """(group label, population label) -> summaries, from each page's own columns."""
    counts: Counter = Counter()
    for page in pages:
        who = page.population if page.population in POPULATIONS else "none"
        counts[GROUPS[group_of(page.design_code)].label, POPULATIONS[who]] += 1
    return counts


def shown(html: str) -> Counter:
    """The counts in the map's first data table."""
    table = html.split('class="emap-data"')[1].split("</table>")[0]
    heads = re.findall(r'<th scope="col">([^<]+)</th>', table)[1:-1]
    counts: Counter = Counter()
    for group, cells in re.findall(r'<th scope="row">([^<]+)</th>((?:<td>\d+</td>)+)', table):
        for who, number in zip(heads, re.findall(r"<td>(\d+)</td>", cells)[:-1], strict=True):
            if int(number):
                counts[group, who] = int(number)
    return counts


def test_demo_research_listing_and_category_maps_count_the_published_pages(client, demo):
    html = client.get("/research/").content.decode()
    assert shown(html) == expected(demo)
    people = sum(1 for p in demo if p.population == "humans")
    sentence = re.search(r'<p class="emap-sentence">([^<]+)</p>', html).group(1)
    studies = f"{people} stud{'y' if people == 1 else 'ies'} in people"
    assert sentence.startswith(studies if people else "No studies in people")

    category = demo[1].primary_category
    in_category = [p for p in demo if category in p.topics.all()]
    page = client.get(category.url).content.decode()
    assert shown(page) == expected(in_category)
    assert client.get(f"/api/categories/{category.slug}/evidence/").json()["total"] == len(
        in_category
    )
