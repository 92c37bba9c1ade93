"""Feedback: the summary page's Yes/No form lands here, with or without JavaScript.

The summary page may be served from a shared cache, so it carries no CSRF token and no per-reader
state. Without JavaScript its Yes/No buttons submit a GET to `feedback`, a never-cached page that
renders the CSRF-protected POST form (answer preselected, optional comment). With JavaScript, the
script fetches a fresh token from `feedback_state` and posts the same form inline. Either way the
POST goes through Django's CSRF check; the thank-you state is rendered from the voter cookie on
`feedback_thanks`, which is never cached either.
"""

from __future__ import annotations

import secrets

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from scrh.web.readers import selectors
from scrh.web.readers.clients import client_address, client_key
from scrh.web.readers.forms import FeedbackForm
from scrh.web.readers.services import RateLimited
from scrh.web.readers.services.feedback import browser_hash, feedback_comment, feedback_vote
from scrh.web.readers.views.common import crumbs, too_many, wants_json

VOTER_COOKIE = "scrh_voter"
VOTER_COOKIE_AGE = 365 * 24 * 3600
VOTER_COOKIE_PATH = "/feedback/"  # sent only to these never-cached views, never to cached pages
THANKS = "Thank you for your feedback."


def _summary(page_id: int):
    page = selectors.summary_for_feedback(page_id)
    if page is None:
        raise Http404("No such summary")
    return page


def _voter(request: HttpRequest) -> str | None:
    value = request.COOKIES.get(VOTER_COOKIE, "")
    return value if 16 <= len(value) <= 64 else None


@never_cache
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest, page_id: int) -> HttpResponse:
    """GET: the feedback form; POST: record the answer (and comment), then thank the reader."""
    page = _summary(page_id)
    if request.method == "POST":
        return _feedback_post(request, page)
    vote = selectors.feedback_vote_of(page=page, voter=_voter(request))
    initial = {"helpful": request.GET.get("helpful") or _answer(vote), "comment": ""}
    form = FeedbackForm(initial=initial)
    return _form_page(request, page, form, vote)


def _feedback_post(request: HttpRequest, page) -> HttpResponse:
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        return _form_page(request, page, form, None, status=400)
    voter = _voter(request) or secrets.token_urlsafe(24)
    data = form.cleaned_data
    try:
        browser = browser_hash(
            page_id=page.pk,
            address=client_address(request),
            user_agent=request.META.get("HTTP_USER_AGENT", ""),
        )
        vote = feedback_vote(
            page=page,
            voter=voter,
            value=data["helpful"],
            client_key=client_key(request),
            browser=browser,
        )
    except RateLimited:
        return too_many(request)
    if data["comment"]:
        feedback_comment(vote=vote, text=data["comment"])
    if wants_json(request):
        response = JsonResponse({"helpful": vote.helpful, "comment": bool(vote.comment)})
    else:
        response = redirect("readers:feedback_thanks", page_id=page.pk, permanent=False)
        response.status_code = 303
    _set_voter(request, response, voter)
    return response


def _form_page(request, page, form, vote, status: int = 200) -> HttpResponse:
    context = {
        "summary": page,
        "form": form,
        "vote": vote,
        "breadcrumbs": crumbs((page.title, page.url), ("Feedback", request.path)),
    }
    return render(request, "readers/feedback_form.html", context, status=status)


def _answer(vote) -> str | None:
    return None if vote is None else ("yes" if vote.helpful else "no")


def _set_voter(request: HttpRequest, response: HttpResponse, voter: str) -> None:
    response.set_cookie(
        VOTER_COOKIE,
        voter,
        max_age=VOTER_COOKIE_AGE,
        path=VOTER_COOKIE_PATH,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


@never_cache
@require_GET
def feedback_thanks(request: HttpRequest, page_id: int) -> HttpResponse:
    """The thank-you page after a vote without JavaScript, read from the voter cookie."""
    page = _summary(page_id)
    vote = selectors.feedback_vote_of(page=page, voter=_voter(request))
    if vote is None:
        return redirect("readers:feedback", page_id=page.pk)
    form = FeedbackForm(initial={"helpful": _answer(vote), "comment": vote.comment})
    context = {
        "summary": page,
        "vote": vote,
        "form": form,
        "breadcrumbs": crumbs((page.title, page.url), ("Thank you", request.path)),
    }
    return render(request, "readers/feedback_thanks.html", context)


@never_cache
@require_GET
def feedback_state(request: HttpRequest, page_id: int) -> JsonResponse:
    """For the page's script: a CSRF token for this browser and its current answer."""
    page = _summary(page_id)
    vote = selectors.feedback_vote_of(page=page, voter=_voter(request))
    return JsonResponse({"csrfToken": get_token(request), "helpful": _answer(vote)})
