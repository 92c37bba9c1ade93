"""Editorial admin: review view, saved searches with "Run now", reports, the review log action."""

from __future__ import annotations

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from scrh.web.editorial.models import SavedSearch
from scrh.web.editorial.views import reports, review, searches
from scrh.web.research.models import SummaryPage


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path("editorial/review/<int:page_id>/", review.review, name="editorial_review"),
        path("editorial/review/<int:page_id>/rerun/", review.rerun, name="editorial_rerun"),
        path(
            "editorial/review/<int:page_id>/candidates/<int:candidate_id>/",
            review.candidate_decide,
            name="editorial_candidate",
        ),
        path(
            "editorial/searches/<int:search_id>/run/", searches.run_now, name="editorial_search_run"
        ),
        path("editorial/reports/runs/", reports.runs, name="editorial_reports_runs"),
        path(
            "editorial/reports/runs/<int:run_id>/", reports.run_detail, name="editorial_run_detail"
        ),
        path("editorial/reports/quality/", reports.quality, name="editorial_reports_quality"),
        path("editorial/reports/feedback/", reports.feedback, name="editorial_reports_feedback"),
        path(
            "editorial/reports/subscribers/",
            reports.subscribers,
            name="editorial_reports_subscribers",
        ),
        path("editorial/reports/contact/", reports.contact, name="editorial_reports_contact"),
    ]


class ReportItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("editorial.view_ingestrun")


REPORTS = [
    ("Ingest runs", "editorial_reports_runs", "download"),
    ("Summary quality", "editorial_reports_quality", "tick-inverse"),
    ("Reader feedback", "editorial_reports_feedback", "comment"),
    ("Subscribers", "editorial_reports_subscribers", "user"),
    ("Contact messages", "editorial_reports_contact", "mail"),
]


def _report_hook(label: str, url_name: str, icon: str, order: int):
    def item():
        return ReportItem(label, reverse(url_name), icon_name=icon, order=order)

    item.__name__ = f"register_{url_name}"
    return item


for _order, (_label, _name, _icon) in enumerate(REPORTS):
    hooks.register("register_reports_menu_item", _report_hook(_label, _name, _icon, 50 + _order))


class ReviewMenuItem(ActionMenuItem):
    """ "Review against the paper" in a summary page's action menu."""

    name = "action-review"
    label = "Review against the paper"
    icon_name = "doc-full"
    order = 5

    def is_shown(self, context):
        page = context.get("page")
        return context.get("view") == "edit" and isinstance(page.specific, SummaryPage)

    def get_url(self, context):
        return reverse("editorial_review", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def review_menu_item():
    return ReviewMenuItem()


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    if isinstance(page.specific, SummaryPage):
        yield Button(
            "Review against the paper",
            reverse("editorial_review", args=[page.pk]),
            icon_name="doc-full",
            priority=5,
        )


class SavedSearchViewSet(SnippetViewSet):
    model = SavedSearch
    menu_label = "Saved searches"
    icon = "search"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "source", "schedule", "active", "last_run_at"]
    list_filter = ["source", "schedule", "active"]
    search_fields = ["name", "query"]


register_snippet(SavedSearchViewSet)


@hooks.register("register_snippet_listing_buttons")
def run_now_button(snippet, user, next_url=None):
    if isinstance(snippet, SavedSearch) and user.has_perm("editorial.change_savedsearch"):
        yield ListingButton(
            "Run now",
            reverse("editorial_search_run", args=[snippet.pk]),
            icon_name="resubmit",
            priority=5,
        )


@hooks.register("insert_editor_js")
def check_panel_js():
    return format_html('<script src="{}"></script>', static("editorial/check_panel.js"))


@hooks.register("insert_editor_css")
def check_panel_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/editorial.css"))


@hooks.register("register_log_actions")
def review_log_actions(actions):
    actions.register_action("scrh.summary_review", "Sent back to review", "Sent back to review")
