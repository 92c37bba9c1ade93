"""Europe PMC REST search (`resultType=core`), paged with `cursorMark`.

Each page's JSON body goes to `FetchResult.bodies`; `europepmc.parse` reads them.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

import httpx

from scrh.pipeline.papers.fetch_http import (
    Failure,
    FetchResult,
    RateLimiter,
    Requester,
    RetryPolicy,
    is_json,
)

EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"


@dataclass(frozen=True, slots=True)
class EuropePmcConfig:
    """Where and how to call Europe PMC."""

    base_url: str = EUROPEPMC_URL
    page_size: int = 1000
    email: str = ""
    requests_per_second: float = 10.0
    policy: RetryPolicy = field(default_factory=RetryPolicy)


class EuropePmcFetcher:
    """Runs a search and collects every page of core results."""

    def __init__(self, config: EuropePmcConfig, client: httpx.Client | None = None) -> None:
        self.config = config
        limiter = RateLimiter(config.requests_per_second)
        self._requester = Requester(client or httpx.Client(), limiter, config.policy)

    def search(self, query: str, *, max_records: int | None = None) -> FetchResult:
        """All pages for `query` (or until `max_records` results have been received)."""
        result = FetchResult(source="europepmc", query=query)
        started = time.monotonic()
        cursor, received = "*", 0
        while max_records is None or received < max_records:
            page = self._page(result, query, cursor)
            if page is None:
                break
            items = (page.get("resultList") or {}).get("result") or []
            result.total = int(page.get("hitCount") or 0)
            received += len(items)
            following = page.get("nextCursorMark")
            if not items or not following or following == cursor:
                break
            cursor = following
        result.seconds = time.monotonic() - started
        return result

    def _page(self, result: FetchResult, query: str, cursor: str) -> dict | None:
        params = {
            "query": query,
            "resultType": "core",
            "format": "json",
            "pageSize": self.config.page_size,
            "cursorMark": cursor,
        }
        if self.config.email:
            params["email"] = self.config.email
        url = f"{self.config.base_url}/search"
        response = self._requester.send(result, "GET", url, params=params, check=is_json)
        if isinstance(response, Failure):
            return None
        result.bodies.append(response.content)
        page = json.loads(response.content)
        return page if isinstance(page, dict) else None
