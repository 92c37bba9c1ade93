"""Page models of the reader site."""

from scrh.web.research.models.pages import (
    CategoryIndexPage,
    CategoryPage,
    HomePage,
    ResearchIndexPage,
    StandardPage,
)
from scrh.web.research.models.summary import SummaryPage

__all__ = [
    "CategoryIndexPage",
    "CategoryPage",
    "HomePage",
    "ResearchIndexPage",
    "StandardPage",
    "SummaryPage",
]
