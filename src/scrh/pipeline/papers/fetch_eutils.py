"""NCBI E-utilities: esearch with history, then efetch of PubMed XML in batches.

    fetcher = EutilsFetcher(EutilsConfig(email="editor@example.org", api_key="..."))
    run = fetcher.search("spinal cord injury[tiab]", mindate=date(2025, 1, 1))
    papers = [p for body in run.bodies for p in pubmed.parse(body)]

Searches over 10,000 hits are split into date windows (esearch cannot page past 10,000).
3 requests/s without an API key, 10 with one; `tool` and `email` are always sent.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx

from scrh.pipeline.papers.fetch_http import (
    Failure,
    FetchResult,
    RateLimiter,
    Requester,
    RetryPolicy,
    ends_with,
    is_json,
)

EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
SEARCH_LIMIT = 10_000
EARLIEST = date(1781, 1, 1)
_COMPLETE_XML = ends_with(b"</PubmedArticleSet>")


@dataclass(frozen=True, slots=True)
class EutilsConfig:
    """Where and how to call E-utilities."""

    base_url: str = EUTILS_URL
    api_key: str = ""
    tool: str = "scrh"
    email: str = ""
    batch_size: int = 200
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    requests_per_second: float | None = None  # default: 10 with an API key, else 3


@dataclass(frozen=True, slots=True)
class SearchWindow:
    """One esearch result kept on the history server."""

    count: int
    webenv: str
    query_key: str
    mindate: date | None = None
    maxdate: date | None = None


class EutilsFetcher:
    """Searches PubMed and fetches records as raw efetch XML bodies."""

    def __init__(self, config: EutilsConfig, client: httpx.Client | None = None) -> None:
        self.config = config
        rate = config.requests_per_second or (10.0 if config.api_key else 3.0)
        self._requester = Requester(client or httpx.Client(), RateLimiter(rate), config.policy)

    def _params(self, **extra: object) -> dict[str, object]:
        params: dict[str, object] = {"db": "pubmed", "tool": self.config.tool}
        if self.config.email:
            params["email"] = self.config.email
        if self.config.api_key:
            params["api_key"] = self.config.api_key
        params.update({k: v for k, v in extra.items() if v is not None})
        return params

    def search(
        self,
        term: str,
        *,
        mindate: date | None = None,
        maxdate: date | None = None,
        max_records: int | None = None,
    ) -> FetchResult:
        """Every record matching `term` (publication dates within the range), as efetch XML."""
        result = FetchResult(source="pubmed", query=term)
        started = time.monotonic()
        windows = list(self._windows(result, term, mindate, maxdate))
        result.total = sum(w.count for w in windows)
        remaining = max_records if max_records is not None else result.total
        for window in windows:
            take = min(window.count, remaining)
            self._fetch_window(result, window, take)
            remaining -= take
            if remaining <= 0:
                break
        result.seconds = time.monotonic() - started
        return result

    def fetch_ids(self, pmids: Sequence[str]) -> FetchResult:
        """Records by PMID, in batches, sent as POST so long id lists fit."""
        result = FetchResult(source="pubmed", query=f"{len(pmids)} PMIDs", total=len(pmids))
        started = time.monotonic()
        size = self.config.batch_size
        for start in range(0, len(pmids), size):
            batch = ",".join(pmids[start : start + size])
            self._efetch(result, self._params(id=batch, retmode="xml"))
        result.seconds = time.monotonic() - started
        return result

    def _esearch(
        self, result: FetchResult, term: str, mindate: date | None, maxdate: date | None
    ) -> SearchWindow | None:
        dates = {}
        if mindate or maxdate:
            dates = {
                "datetype": "pdat",
                "mindate": (mindate or EARLIEST).strftime("%Y/%m/%d"),
                "maxdate": (maxdate or date.today()).strftime("%Y/%m/%d"),
            }
        params = self._params(term=term, usehistory="y", retmode="json", retmax=0, **dates)
        url = f"{self.config.base_url}/esearch.fcgi"
        response = self._requester.send(result, "POST", url, data=params, check=is_json)
        if isinstance(response, Failure):
            return None
        found = json.loads(response.content).get("esearchresult", {})
        if "ERROR" in found:
            result.failures.append(Failure(target=url, reason=f"esearch: {found['ERROR']}"))
            return None
        return SearchWindow(
            int(found.get("count", 0)),
            found.get("webenv", ""),
            found.get("querykey", ""),
            mindate,
            maxdate,
        )

    def _windows(
        self, result: FetchResult, term: str, mindate: date | None, maxdate: date | None
    ) -> Iterator[SearchWindow]:
        """Search windows of at most 10,000 hits, halving the date range as needed."""
        window = self._esearch(result, term, mindate, maxdate)
        if window is None:
            return
        if window.count <= SEARCH_LIMIT:
            yield window
            return
        low, high = mindate or EARLIEST, maxdate or date.today()
        if low >= high:
            reason = f"{window.count} hits on {low} alone; only the first {SEARCH_LIMIT} fetched"
            result.failures.append(Failure(target=term, reason=reason))
            yield SearchWindow(SEARCH_LIMIT, window.webenv, window.query_key, low, high)
            return
        middle = low + (high - low) // 2
        yield from self._windows(result, term, low, middle)
        yield from self._windows(result, term, middle + timedelta(days=1), high)

    def _fetch_window(self, result: FetchResult, window: SearchWindow, take: int) -> None:
        size = self.config.batch_size
        for start in range(0, take, size):
            params = self._params(
                WebEnv=window.webenv,
                query_key=window.query_key,
                retstart=start,
                retmax=min(size, take - start),
                retmode="xml",
            )
            self._efetch(result, params)

    def _efetch(self, result: FetchResult, params: dict[str, object]) -> None:
        url = f"{self.config.base_url}/efetch.fcgi"
        response = self._requester.send(result, "POST", url, data=params, check=_COMPLETE_XML)
        if not isinstance(response, Failure):
            result.bodies.append(response.content)
