"""Signed, expiring links for subscribers (django.core.signing.TimestampSigner)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing


class TokenError(Exception):
    """A link that cannot be used; `message` says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Purpose:
    """What a link does and how long it lasts (None: until the subscriber is deleted)."""

    salt: str
    max_age: timedelta | None


CONFIRM = Purpose("scrh.readers.confirm", timedelta(days=3))
MANAGE = Purpose("scrh.readers.manage", timedelta(days=90))
UNSUBSCRIBE = Purpose("scrh.readers.unsubscribe", None)

MISSING = "This link is incomplete. Please use the full link from your email."
BROKEN = "This link is not valid. Please use the full link from your most recent email."
EXPIRED = "This link has expired. Please ask for a new one."


def token_make(purpose: Purpose, value: str) -> str:
    """A signed token carrying `value` for `purpose`."""
    return signing.TimestampSigner(salt=purpose.salt).sign(value)


def token_read(purpose: Purpose, token: str | None) -> str:
    """The value inside `token`; raises TokenError when it is missing, forged or too old."""
    if not token:
        raise TokenError(MISSING)
    signer = signing.TimestampSigner(salt=purpose.salt)
    try:
        return signer.unsign(token, max_age=purpose.max_age)
    except signing.SignatureExpired as error:
        raise TokenError(EXPIRED) from error
    except signing.BadSignature as error:
        raise TokenError(BROKEN) from error
