"""Hand-built summary pages of known designs, populations and years, for the evidence map."""

from __future__ import annotations

from datetime import date

from scrh.web.research.models import CategoryPage, ResearchIndexPage, SummaryPage
from scrh.web.research.services import site_tree_ensure


class SummaryMaker:
    def __init__(self, index):
        self.index, self.n = index, 0

    def __call__(self, category, design, population, year, *, live=True):
        self.n += 1
        page = SummaryPage(
            title=f"Study {self.n} ({design or 'unknown'})",
            slug=f"study-{self.n}",
            simple_explanation=f"Study number {self.n}.",
            design_code=design,
            population=population,
            paper_published=date(year, 6, 1) if year else None,
            primary_category=category,
            topics=[category],
            live=live,
        )
        self.index.add_child(instance=page)
        return page


HUMANS = [
    ("systematic_review", 2023),
    ("systematic_review", 2019),
    ("rct", 2021),
    ("rct", 2021),
    ("rct", 2017),
    ("retrospective_cohort", 2020),
    ("retrospective_cohort", 2020),
    ("case_report", 2018),
    ("", 2022),
]


def build_topic() -> list[CategoryPage]:
    """The page tree, then in the first category (by path) 16 live summaries: the nine in
    people of HUMANS, four animal studies, a cell study, a narrative review about no one in
    particular and a cohort study not saying who; two trials in people in the second category;
    one unpublished trial. The two categories."""
    site_tree_ensure()
    categories = list(CategoryPage.objects.order_by("path")[:2])
    make = SummaryMaker(ResearchIndexPage.objects.get())
    for design, year in HUMANS:
        make(categories[0], design, "humans", year)
    for _ in range(4):
        make(categories[0], "animal_study", "animals", 2022)
    make(categories[0], "in_vitro", "cells", 2021)
    make(categories[0], "narrative_review", "none", None)
    make(categories[0], "prospective_cohort", "", 2015)
    make(categories[1], "rct", "humans", 2021)
    make(categories[1], "rct", "humans", 2024)
    make(categories[0], "rct", "humans", 2021, live=False)
    return categories
