"""Crossref works by DOI, in the polite pool (`mailto`), paced by the rate-limit headers."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

import httpx

from scrh.pipeline.papers.fetch_http import (
    Failure,
    FetchResult,
    RateLimiter,
    Requester,
    RetryPolicy,
    is_json,
)
from scrh.pipeline.papers.ids import clean_doi

CROSSREF_URL = "https://api.crossref.org"
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$")


@dataclass(frozen=True, slots=True)
class CrossrefConfig:
    """Where and how to call Crossref; `mailto` puts requests in the polite pool."""

    base_url: str = CROSSREF_URL
    mailto: str = ""
    requests_per_second: float = 5.0
    policy: RetryPolicy = field(default_factory=RetryPolicy)


class CrossrefFetcher:
    """Fetches `/works/{doi}` bodies; an unknown DOI is a recorded failure, not a crash."""

    def __init__(self, config: CrossrefConfig, client: httpx.Client | None = None) -> None:
        self.config = config
        agent = "scrh/0.1" + (f" (mailto:{config.mailto})" if config.mailto else "")
        self.client = client or httpx.Client(headers={"User-Agent": agent})
        self.limiter = RateLimiter(config.requests_per_second)
        self._requester = Requester(
            self.client, self.limiter, config.policy, on_response=self._read_limits
        )

    def works(self, dois: Sequence[str]) -> FetchResult:
        """One body per DOI found; failures name the DOI."""
        result = FetchResult(source="crossref", query=" ".join(dois), total=len(dois))
        started = time.monotonic()
        params = {"mailto": self.config.mailto} if self.config.mailto else None
        for raw in dois:
            doi = clean_doi(raw)
            if not doi:
                result.failures.append(Failure(target=raw, reason="not a DOI"))
                continue
            url = f"{self.config.base_url}/works/{quote(doi, safe='/')}"
            response = self._requester.send(result, "GET", url, params=params, check=is_json)
            if not isinstance(response, Failure):
                result.bodies.append(response.content)
        result.seconds = time.monotonic() - started
        return result

    def _read_limits(self, response: httpx.Response) -> None:
        """Follow `X-Rate-Limit-Limit` requests per `X-Rate-Limit-Interval`."""
        limit = response.headers.get("x-rate-limit-limit", "")
        interval = _seconds(response.headers.get("x-rate-limit-interval", ""))
        if limit.isdigit() and int(limit) > 0 and interval:
            self.limiter.set_rate(min(int(limit) / interval, self.config.requests_per_second * 10))


def _seconds(text: str) -> float | None:
    match = _INTERVAL.match(text or "")
    if not match:
        return None
    value = float(match.group(1))
    return value * {"ms": 0.001, "s": 1.0, "m": 60.0}[match.group(2) or "s"] or None
