"""Reader views outside the page tree: search, glossary, citations, robots.txt."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from scrh.web.research.breadcrumbs import Crumb
from scrh.web.research.citation import bibtex, ris
from scrh.web.research.filters import SummaryFilters
from scrh.web.research.glossary import by_letter, glossary_entries
from scrh.web.research.listing import paginate
from scrh.web.research.search import hits, search_vocabulary, suggestion, summary_search
from scrh.web.research.selectors import filter_choices, latest_summaries

CITATION_FORMATS = {
    "ris": (ris, "application/x-research-info-systems"),
    "bib": (bibtex, "application/x-bibtex"),
}


def _trail(title: str) -> list[Crumb]:
    return [Crumb("Home", "/"), Crumb(title, "")]


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """`/search/?q=`: ranked results with snippets, the listing filters, a spelling suggestion."""
    query = request.GET.get("q", "").strip()[:200]
    filters = SummaryFilters.from_query(request.GET)
    results = paginate(request, summary_search(query, filters)) if query else None
    context = {
        "breadcrumbs": _trail("Search"),
        "search_query": query,
        "filters": filters,
        "choices": filter_choices(),
        "summaries": results,
        "hits": hits(list(results.object_list), query) if results else [],
        "page_params": filters.querystring(q=query).lstrip("?"),
    }
    if query and not results.paginator.count:
        context["suggestion"] = _suggestion(query, filters)
    return render(request, "research/search.html", context)


def _suggestion(query: str, filters: SummaryFilters) -> str:
    """A corrected query that finds something, or ''."""
    better = suggestion(query, search_vocabulary())
    return better if better and summary_search(better, filters) else ""


@require_safe
def glossary(request: HttpRequest) -> HttpResponse:
    """`/glossary/`: every explained term, A to Z."""
    entries = glossary_entries()
    context = {
        "breadcrumbs": _trail("Glossary"),
        "groups": by_letter(entries),
        "total": len(entries),
    }
    return render(request, "research/glossary.html", context)


@require_safe
def citation(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The summarized paper's citation as RIS or BibTeX, as a download."""
    if fmt not in CITATION_FORMATS:
        raise Http404("Unknown citation format.")
    page = latest_summaries().select_related("paper").filter(slug=slug).first()
    if page is None:
        raise Http404("No published summary with that slug.")
    render_citation, content_type = CITATION_FORMATS[fmt]
    response = HttpResponse(render_citation(page), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug[:60]}.{fmt}"'
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawl everything readers see; not the editor; point at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /search/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
