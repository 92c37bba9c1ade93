"""Writes that build the site's page tree."""

from __future__ import annotations

from django.db import transaction
from wagtail.models import Page, Site

from scrh.pipeline.taxonomy import CATEGORIES
from scrh.web.research.models import (
    CategoryIndexPage,
    CategoryPage,
    HomePage,
    ResearchIndexPage,
    StandardPage,
)
from scrh.web.research.site_text import STANDARD_PAGES, TAGLINE, TAGLINE_INTRO


@transaction.atomic
def site_tree_ensure(*, hostname: str = "127.0.0.1", port: int = 80) -> HomePage:
    """Create whatever of the page tree is missing; running it again changes nothing."""
    home = HomePage.objects.first() or _home_create()
    _site_point_at(home, hostname=hostname, port=port)
    _child_ensure(home, ResearchIndexPage, slug="research", title="Latest Research")
    categories = _child_ensure(home, CategoryIndexPage, slug="categories", title="Categories")
    for category in CATEGORIES:
        _child_ensure(
            categories,
            CategoryPage,
            slug=category.slug,
            title=category.name,
            description=category.description,
        )
    for spec in STANDARD_PAGES:
        _child_ensure(home, StandardPage, **spec)
    return home


def _root_ensure() -> Page:
    """The tree's root node (and the default locale), created if the database has none."""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale

    if not Locale.objects.exists():
        Locale.objects.create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
    return Page.get_first_root_node() or Page.add_root(title="Root", slug="root")


def _home_create() -> HomePage:
    root = _root_ensure()
    for default in root.get_children().exact_type(Page):
        default.delete()
    home = HomePage(title="Home", slug="home", tagline=TAGLINE, intro=TAGLINE_INTRO)
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def _site_point_at(home: HomePage, *, hostname: str, port: int) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Spinal Cord Research Help",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Spinal Cord Research Help"
        site.save()


def _child_ensure(parent: Page, model: type[Page], *, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
