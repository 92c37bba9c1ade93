"""Fetchers configured from settings, and the parser that reads each one's bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings

from scrh.pipeline.papers import crossref, europepmc, pubmed
from scrh.pipeline.papers.fetch_crossref import CrossrefConfig, CrossrefFetcher
from scrh.pipeline.papers.fetch_europepmc import EuropePmcConfig, EuropePmcFetcher
from scrh.pipeline.papers.fetch_eutils import EutilsConfig, EutilsFetcher
from scrh.pipeline.papers.fetch_http import FetchResult, RetryPolicy


def _policy_from_settings() -> RetryPolicy:
    return RetryPolicy(**settings.SCRH_FETCH_RETRY)


@dataclass(frozen=True)
class FetchOptions:
    """How a run fetches: retry policy (from the SCRH_FETCH_RETRY setting) and a record cap."""

    policy: RetryPolicy = field(default_factory=_policy_from_settings)
    max_records: int | None = None


def fetch_pubmed(query: str, *, since: date | None, options: FetchOptions) -> FetchResult:
    """esearch + efetch for `query`, publication dates from `since` on."""
    config = EutilsConfig(
        base_url=settings.SCRH_EUTILS_URL,
        api_key=settings.SCRH_NCBI_API_KEY,
        email=settings.SCRH_CONTACT_EMAIL,
        policy=options.policy,
    )
    maxdate = date.today() if since else None
    return EutilsFetcher(config).search(
        query, mindate=since, maxdate=maxdate, max_records=options.max_records
    )


def fetch_europepmc(query: str, *, options: FetchOptions) -> FetchResult:
    """Every page of Europe PMC core results for `query`."""
    config = EuropePmcConfig(
        base_url=settings.SCRH_EUROPEPMC_URL,
        email=settings.SCRH_CONTACT_EMAIL,
        policy=options.policy,
    )
    return EuropePmcFetcher(config).search(query, max_records=options.max_records)


def fetch_crossref(dois: list[str], *, options: FetchOptions) -> FetchResult:
    """Crossref works for each DOI, in the polite pool when a contact email is set."""
    config = CrossrefConfig(
        base_url=settings.SCRH_CROSSREF_URL,
        mailto=settings.SCRH_CONTACT_EMAIL,
        policy=options.policy,
    )
    return CrossrefFetcher(config).works(dois)


def parse_pubmed(body: bytes):
    return pubmed.parse_events(body, name="efetch response")


def parse_europepmc(body: bytes):
    return europepmc.records(body, name="Europe PMC response")


def parse_crossref(body: bytes):
    return crossref.records(body, name="Crossref response")
