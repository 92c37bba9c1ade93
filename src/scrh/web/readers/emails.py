"""Email messages: plain text plus HTML, and the unsubscribe links of every newsletter email."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode

from scrh.web.readers import tokens
from scrh.web.readers.models import Subscriber


def absolute_url(path: str) -> str:
    """`path` on the public site (SCRH_BASE_URL)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def path_with_token(route: str, token: str) -> str:
    """The path of `route` with `token` in its query string."""
    return f"{reverse(route)}?{urlencode({'token': token})}"


def link_with_token(route: str, token: str) -> str:
    """Absolute URL of `route` with `token` in its query string."""
    return absolute_url(path_with_token(route, token))


def subscriber_links(subscriber: Subscriber) -> dict[str, str]:
    """The manage-preferences and one-click unsubscribe links of a subscriber."""
    return {
        "manage_url": link_with_token(
            "readers:manage", tokens.token_make(tokens.MANAGE, subscriber.key)
        ),
        "unsubscribe_url": link_with_token(
            "readers:unsubscribe", tokens.token_make(tokens.UNSUBSCRIBE, subscriber.key)
        ),
    }


def message_build(
    *, to: str, subject: str, template: str, context: dict[str, Any], html: bool = True, **kwargs
) -> EmailMultiAlternatives:
    """A message from `readers/email/<template>.txt` (and `.html` when `html`)."""
    context = {"site_url": absolute_url("/"), **context}
    body = render_to_string(f"readers/email/{template}.txt", context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=[to], **kwargs)
    if html:
        message.attach_alternative(
            render_to_string(f"readers/email/{template}.html", context), "text/html"
        )
    return message


def subscriber_message(
    *, subscriber: Subscriber, subject: str, template: str, context: dict[str, Any]
) -> EmailMultiAlternatives:
    """A newsletter email: links in the body, RFC 8058 one-click unsubscribe in the headers."""
    links = subscriber_links(subscriber)
    headers = {
        "List-Unsubscribe": f"<{links['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return message_build(
        to=subscriber.email,
        subject=subject,
        template=template,
        context={"subscriber": subscriber, **links, **context},
        headers=headers,
    )
