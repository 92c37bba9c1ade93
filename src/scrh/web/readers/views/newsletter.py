"""Newsletter: subscribe, confirm, manage preferences, export or delete data, unsubscribe."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from scrh.web.readers import selectors, tokens
from scrh.web.readers.clients import client_key
from scrh.web.readers.emails import path_with_token
from scrh.web.readers.forms import PreferencesForm, SubscribeForm
from scrh.web.readers.services import RateLimited
from scrh.web.readers.services import newsletter as service
from scrh.web.readers.views.common import crumbs, too_many

SUBSCRIBE_CRUMBS = ("Subscribe", "/subscribe/")


def _page(request, template: str, status: int = 200, **context) -> HttpResponse:
    return render(request, f"readers/{template}.html", context, status=status)


def _link_problem(request: HttpRequest, error: tokens.TokenError) -> HttpResponse:
    return _page(
        request,
        "problem",
        status=400,
        title="This link cannot be used",
        message=error.message,
        show_subscribe=True,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """The subscribe form; every valid request gets the same answer, known address or not."""
    form = SubscribeForm(request.POST if request.method == "POST" else None)
    if request.method == "GET" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        trail = crumbs(SUBSCRIBE_CRUMBS)
        return _page(request, "subscribe", status=status, form=form, breadcrumbs=trail)
    data = form.cleaned_data
    try:
        service.subscriber_subscribe(
            email=data["email"],
            categories=data["categories"],
            frequency=data["frequency"],
            client_key=client_key(request),
        )
    except RateLimited:
        return too_many(request)
    return redirect(reverse("readers:subscribe_sent"), permanent=False)


def subscribe_sent(request: HttpRequest) -> HttpResponse:
    """'Check your email': identical for new, pending and existing subscribers."""
    return _page(
        request, "subscribe_sent", breadcrumbs=crumbs(SUBSCRIBE_CRUMBS, ("Check your email", ""))
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest) -> HttpResponse:
    """GET shows a button (so mail scanners that follow links confirm nothing); POST confirms."""
    token = request.POST.get("token") if request.method == "POST" else request.GET.get("token")
    if request.method == "GET":
        try:
            tokens.token_read(tokens.CONFIRM, token)
        except tokens.TokenError as error:
            return _link_problem(request, error)
        trail = crumbs(SUBSCRIBE_CRUMBS, ("Confirm", ""))
        return _page(request, "confirm", token=token, breadcrumbs=trail)
    try:
        subscriber = service.subscriber_confirm(token=token)
    except tokens.TokenError as error:
        return _link_problem(request, error)
    messages.success(request, "Your subscription is confirmed. Welcome!")
    return _to_manage(subscriber)


def _to_manage(subscriber) -> HttpResponse:
    token = tokens.token_make(tokens.MANAGE, subscriber.key)
    return redirect(path_with_token("readers:manage", token))


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest) -> HttpResponse:
    """Preferences from a signed link: categories and frequency, plus export and delete."""
    token = request.POST.get("token") if request.method == "POST" else request.GET.get("token")
    try:
        subscriber = service.subscriber_from_token(purpose=tokens.MANAGE, token=token)
    except tokens.TokenError as error:
        return _link_problem(request, error)
    initial = {"categories": subscriber.categories.all(), "frequency": subscriber.frequency}
    form = PreferencesForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        service.subscriber_update(subscriber=subscriber, **form.cleaned_data)
        messages.success(request, "Your preferences are saved.")
        return _to_manage(subscriber)
    status = 400 if request.method == "POST" else 200
    unsubscribe_token = tokens.token_make(tokens.UNSUBSCRIBE, subscriber.key)
    context = {
        "form": form,
        "subscriber": subscriber,
        "token": token,
        "unsubscribe_url": path_with_token("readers:unsubscribe", unsubscribe_token),
    }
    trail = crumbs(SUBSCRIBE_CRUMBS, ("Your preferences", ""))
    return _page(request, "manage", status=status, breadcrumbs=trail, **context)


@never_cache
@require_POST
def export(request: HttpRequest) -> HttpResponse:
    """Everything we hold about the subscriber, as a JSON download."""
    try:
        subscriber = service.subscriber_from_token(
            purpose=tokens.MANAGE, token=request.POST.get("token")
        )
    except tokens.TokenError as error:
        return _link_problem(request, error)
    body = json.dumps(selectors.subscriber_data(subscriber), indent=2)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="my-subscription-data.json"'
    return response


@never_cache
@require_POST
def delete(request: HttpRequest) -> HttpResponse:
    """Erase the subscriber and what they sent us."""
    try:
        subscriber = service.subscriber_from_token(
            purpose=tokens.MANAGE, token=request.POST.get("token")
        )
    except tokens.TokenError as error:
        return _link_problem(request, error)
    service.subscriber_delete(subscriber=subscriber)
    return _page(request, "deleted", breadcrumbs=crumbs(SUBSCRIBE_CRUMBS, ("Deleted", "")))


@csrf_exempt  # authority comes from the signed token in the URL, not from cookies (RFC 8058)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest) -> HttpResponse:
    """GET asks; POST unsubscribes: the button on the page, or a mail client's one-click POST."""
    token = request.GET.get("token") or request.POST.get("token")
    try:
        subscriber = service.subscriber_from_token(purpose=tokens.UNSUBSCRIBE, token=token)
    except tokens.TokenError as error:
        return _link_problem(request, error)
    trail = crumbs(SUBSCRIBE_CRUMBS, ("Unsubscribe", ""))
    context = {"subscriber": subscriber, "token": token, "breadcrumbs": trail}
    if request.method == "GET":
        return _page(request, "unsubscribe", **context)
    service.subscriber_unsubscribe(subscriber=subscriber)
    return _page(request, "unsubscribed", **context)
