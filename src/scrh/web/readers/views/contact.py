"""The contact form and its acknowledgement page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from scrh.web.readers.clients import client_key
from scrh.web.readers.forms import ContactForm
from scrh.web.readers.services import RateLimited
from scrh.web.readers.services.contact import contact_message_send
from scrh.web.readers.views.common import crumbs, too_many


@never_cache
@require_http_methods(["GET", "POST"])
def contact(request: HttpRequest) -> HttpResponse:
    """Name, email, topic, message; the honeypot quietly drops bots."""
    form = ContactForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if form.is_bot:
            return redirect("readers:contact_thanks")
        data = {k: v for k, v in form.cleaned_data.items() if k != "website"}
        try:
            contact_message_send(**data, client_key=client_key(request))
        except RateLimited:
            return too_many(request)
        return redirect("readers:contact_thanks")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "breadcrumbs": crumbs(("Contact", "/contact/"))}
    return render(request, "readers/contact.html", context, status=status)


def contact_thanks(request: HttpRequest) -> HttpResponse:
    """The acknowledgement."""
    context = {"breadcrumbs": crumbs(("Contact", "/contact/"), ("Thank you", ""))}
    return render(request, "readers/contact_thanks.html", context)
