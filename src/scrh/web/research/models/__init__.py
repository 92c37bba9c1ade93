"""Page models of the reader site."""

from scrh.web.research.models.pages import (
    CategoryIndexPage,
    CategoryPage,
    HomePage,
    ResearchIndexPage,
    StandardPage,
)
from scrh.web.research.models.summary import SummaryPage
from scrh.web.research.models.summary_items import (
    SummaryGlossaryTerm,
    SummaryImplication,
    SummaryKeyFinding,
    SummaryLimitation,
)

__all__ = [
    "CategoryIndexPage",
    "CategoryPage",
    "HomePage",
    "ResearchIndexPage",
    "StandardPage",
    "SummaryGlossaryTerm",
    "SummaryImplication",
    "SummaryKeyFinding",
    "SummaryLimitation",
    "SummaryPage",
]
