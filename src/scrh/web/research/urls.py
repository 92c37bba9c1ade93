"""Reader routes outside the page tree: search, glossary, feeds, API, citations, robots, sitemap."""

from django.urls import path
from wagtail.contrib.sitemaps import views as sitemap_views

from scrh.web.research import api, evidence_api, icons, views
from scrh.web.research.feeds import (
    CategoryAtomFeed,
    CategoryFeed,
    LatestSummariesAtomFeed,
    LatestSummariesFeed,
)
from scrh.web.research.sitemaps import SITEMAPS

urlpatterns = [
    path("search/", views.search, name="search"),
    path("glossary/", views.glossary, name="glossary"),
    path("feeds/rss.xml", LatestSummariesFeed(), name="feed-rss"),
    path("feeds/atom.xml", LatestSummariesAtomFeed(), name="feed-atom"),
    path("feeds/<slug:slug>/rss.xml", CategoryFeed(), name="feed-category-rss"),
    path("feeds/<slug:slug>/atom.xml", CategoryAtomFeed(), name="feed-category-atom"),
    path("api/summaries/", api.summary_list, name="api-summaries"),
    path("api/summaries/<slug:slug>/", api.summary_detail, name="api-summary"),
    path("api/openapi.json", api.openapi, name="api-openapi"),
    path("api/evidence/", evidence_api.evidence, name="api-evidence"),
    path(
        "api/categories/<slug:slug>/evidence/",
        evidence_api.category_evidence,
        name="api-category-evidence",
    ),
    path("research/<slug:slug>/cite.<str:fmt>", views.citation, name="citation"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", icons.favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]
