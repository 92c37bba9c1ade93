"""HTTP plumbing shared by the fetchers: rate limits, retries with backoff, run records.

Fetchers return a `FetchResult`: the raw response bodies (to hand to a parser) plus what
happened. A request that still fails after its retries is recorded as a `Failure`; it is
never raised, so one bad batch does not end a run.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: attempts per request, exponential backoff, the longest wait."""

    attempts: int = 5
    backoff: float = 1.0
    max_wait: float = 60.0
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class Failure:
    """One request that could not be completed: what was asked and why it failed."""

    target: str
    reason: str
    status: int | None = None


@dataclass(slots=True)
class FetchResult:
    """A fetch run: bodies received, failures recorded, and counters for the run log."""

    source: str
    query: str
    bodies: list[bytes] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    total: int | None = None
    requests: int = 0
    retries: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return not self.failures


class RateLimiter:
    """At most one request every `interval` seconds (per client instance)."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0

    def wait(self) -> None:
        now = time.monotonic()
        if now < self._next:
            time.sleep(self._next - now)
        self._next = max(now, self._next) + self.interval

    def set_rate(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0


class Transient(Exception):
    """A retryable failure (status, timeout, broken or truncated body)."""

    def __init__(self, reason: str, status: int | None = None, wait: float | None = None):
        super().__init__(reason)
        self.status = status
        self.wait = wait


@dataclass
class Requester:
    """Sends requests through one httpx client with a rate limit and retries."""

    client: httpx.Client
    limiter: RateLimiter
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    on_response: Callable[[httpx.Response], None] | None = None

    def send(
        self,
        result: FetchResult,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        check: Callable[[bytes], bool] | None = None,
    ) -> httpx.Response | Failure:
        """The response, or the Failure after the last attempt (also appended to `result`)."""
        reason, status = "no attempt made", None
        for attempt in range(self.policy.attempts):
            if attempt:
                result.retries += 1
            try:
                return self._once(result, method, url, params, data, check)
            except Transient as problem:
                reason, status = str(problem), problem.status
                if attempt + 1 < self.policy.attempts:
                    time.sleep(self._backoff(attempt, problem.wait))
            except httpx.HTTPStatusError as error:
                reason, status = f"HTTP {error.response.status_code}", error.response.status_code
                break
        failure = Failure(target=_describe(url, params, data), reason=reason, status=status)
        result.failures.append(failure)
        return failure

    def _once(
        self,
        result: FetchResult,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        data: Mapping[str, Any] | None,
        check: Callable[[bytes], bool] | None,
    ) -> httpx.Response:
        self.limiter.wait()
        result.requests += 1
        try:
            response = self.client.request(
                method, url, params=params, data=data, timeout=self.policy.timeout
            )
        except httpx.TimeoutException as error:
            raise Transient(f"timed out ({type(error).__name__})") from error
        except httpx.TransportError as error:
            raise Transient(f"connection problem: {error}") from error
        if self.on_response:
            self.on_response(response)
        if response.status_code in RETRY_STATUSES:
            wait = retry_after(response.headers.get("Retry-After"))
            raise Transient(f"HTTP {response.status_code}", response.status_code, wait)
        response.raise_for_status()
        if check is not None and not check(response.content):
            raise Transient("incomplete or malformed body", response.status_code)
        return response

    def _backoff(self, attempt: int, suggested: float | None) -> float:
        wait = suggested if suggested is not None else self.policy.backoff * 2**attempt
        return min(max(wait, 0.0), self.policy.max_wait)


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def _describe(url: str, params: Mapping[str, Any] | None, data: Mapping[str, Any] | None) -> str:
    shown = {k: v for k, v in {**(params or {}), **(data or {})}.items() if k != "api_key"}
    text = str(shown.get("id", ""))
    if len(text) > 80:
        shown["id"] = f"{text[:60]}... ({text.count(',') + 1} ids)"
    return f"{url} {shown}" if shown else url


def ends_with(marker: bytes) -> Callable[[bytes], bool]:
    """A body check: the body (stripped) ends with `marker`."""
    return lambda body: body.rstrip().endswith(marker)


def is_json(body: bytes) -> bool:
    """A body check: the body is complete JSON."""
    import json

    try:
        json.loads(body)
    except ValueError:
        return False
    return True
