"""Who is asking: a keyed hash of the client address (never the address) and rate limits."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

HASH_SALT = "scrh.readers.client"


@dataclass(frozen=True)
class Limit:
    """At most `count` actions per `seconds` for one client."""

    scope: str
    count: int
    seconds: int


FEEDBACK_LIMIT = Limit("feedback", count=30, seconds=600)
SUBSCRIBE_LIMIT = Limit("subscribe", count=5, seconds=3600)
CONTACT_LIMIT = Limit("contact", count=5, seconds=3600)
ADDRESS_LIMIT = Limit("address", count=3, seconds=3600)


def keyed_hash(value: str, *, purpose: str = HASH_SALT) -> str:
    """HMAC-SHA256 of `value` keyed by SECRET_KEY: stable, but not reversible without the key."""
    return salted_hmac(purpose, value, algorithm="sha256").hexdigest()


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR, or behind a proxy the last hop in the SCRH_CLIENT_IP_HEADER header."""
    header = settings.SCRH_CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def client_key(request: HttpRequest) -> str:
    """The keyed hash that stands for this client in rate limits and stored records."""
    return keyed_hash(client_address(request))


def rate_limit_hit(*, key: str, limit: Limit) -> bool:
    """Count one action for `key`; True when it goes over `limit` (the action must not happen)."""
    cache_key = f"scrh:rl:{limit.scope}:{key}"
    cache.add(cache_key, 0, timeout=limit.seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=limit.seconds)
        count = 1
    return count > limit.count
