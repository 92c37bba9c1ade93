"""Contact messages: stored for editors and emailed to them."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from scrh.web.readers import emails
from scrh.web.readers.clients import CONTACT_LIMIT, rate_limit_hit
from scrh.web.readers.models import ContactMessage
from scrh.web.readers.services.errors import RateLimited


def contact_message_send(
    *, name: str, email: str, topic: str, message: str, client_key: str
) -> ContactMessage:
    """Store the message and email it to the editors' address, replies going to the sender."""
    if rate_limit_hit(key=client_key, limit=CONTACT_LIMIT):
        raise RateLimited
    with transaction.atomic():
        record = ContactMessage.objects.create(
            name=name, email=email, topic=topic, message=message, client_hash=client_key
        )
        mail = emails.message_build(
            to=settings.SCRH_EDITORS_EMAIL,
            subject=f"[Contact] {record.get_topic_display()} from {' '.join(name.split())}",
            template="contact",
            context={"record": record},
            html=False,
            reply_to=[email],
        )
    mail.send()
    return record
