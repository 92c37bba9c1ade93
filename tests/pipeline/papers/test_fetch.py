"""Fetchers against a real HTTP server on 127.0.0.1 serving fixture bodies and injecting faults."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from scrh.pipeline.papers import crossref, europepmc, pubmed
from scrh.pipeline.papers.fetch_crossref import CrossrefConfig, CrossrefFetcher
from scrh.pipeline.papers.fetch_europepmc import EuropePmcConfig, EuropePmcFetcher
from scrh.pipeline.papers.fetch_eutils import EutilsConfig, EutilsFetcher
from scrh.pipeline.papers.fetch_http import RetryPolicy, retry_after

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures"
EFETCH = (FIXTURES / "pubmed_efetch_xml" / "pubmed.xml").read_bytes()
FAST = RetryPolicy(attempts=3, backoff=0.01, max_wait=0.05, timeout=0.3)


@dataclass
class Seen:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    at: float


@dataclass
class Server:
    """What to answer (route -> handler) and which faults to inject next (path -> queue)."""

    url: str = ""
    routes: dict[str, Callable[[dict[str, str]], tuple[int, bytes, dict[str, str]]]] = field(
        default_factory=dict
    )
    faults: dict[str, list[str]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)


def _handler(state: Server) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            self._answer(parse_qs(urlsplit(self.path).query))

        def do_POST(self) -> None:  # noqa: N802 (http.server API)
            length = int(self.headers.get("Content-Length", 0))
            self._answer(parse_qs(self.rfile.read(length).decode()))

        def _answer(self, query: dict[str, list[str]]) -> None:
            path = urlsplit(self.path).path
            params = {k: v[-1] for k, v in query.items()}
            state.seen.append(
                Seen(self.command, path, params, dict(self.headers), time.monotonic())
            )
            queue = state.faults.get(path) or []
            fault = queue.pop(0) if queue else ""
            route = next((r for p, r in state.routes.items() if path.startswith(p)), None)
            status, body, headers = route(params) if route else (404, b"Resource not found.", {})
            if fault == "timeout":
                time.sleep(FAST.timeout * 2)
            elif fault in ("429", "500", "503"):
                status, body, headers = int(fault), b"busy", {"Retry-After": "0"}
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if fault == "truncate" else body)
            if fault == "truncate":
                self.close_connection = True

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield state
    httpd.shutdown()
    httpd.server_close()


def esearch_route(hits_per_day: int) -> Callable[[dict[str, str]], tuple[int, bytes, dict]]:
    def route(params: dict[str, str]) -> tuple[int, bytes, dict]:
        if "mindate" in params:
            low = date(*map(int, params["mindate"].split("/")))
            high = date(*map(int, params["maxdate"].split("/")))
            count = ((high - low).days + 1) * hits_per_day
        else:
            count = 450
        key = params.get("mindate", "all")
        body = {"esearchresult": {"count": str(count), "webenv": f"MCID_{key}", "querykey": "1"}}
        return 200, json.dumps(body).encode(), {"Content-Type": "application/json"}

    return route


def eutils(server: Server, **config: object) -> EutilsFetcher:
    server.routes["/esearch.fcgi"] = server.routes.get("/esearch.fcgi") or esearch_route(0)
    server.routes["/efetch.fcgi"] = lambda _: (200, EFETCH, {"Content-Type": "text/xml"})
    settings = {
        "base_url": server.url,
        "email": "editor@example.org",
        "policy": FAST,
        "requests_per_second": 1000,
    }
    settings.update(config)
    return EutilsFetcher(EutilsConfig(**settings))  # type: ignore[arg-type]


def test_esearch_history_then_efetch_in_batches_of_200(server: Server) -> None:
    run = eutils(server, api_key="KEY").search("spinal cord injury")
    assert run.ok and run.total == 450
    fetches = [s for s in server.seen if s.path == "/efetch.fcgi"]
    assert [(s.params["retstart"], s.params["retmax"]) for s in fetches] == [
        ("0", "200"),
        ("200", "200"),
        ("400", "50"),
    ]
    first = server.seen[0]
    assert first.params["usehistory"] == "y" and first.params["tool"] == "scrh"
    assert first.params["email"] == "editor@example.org" and first.params["api_key"] == "KEY"
    assert all(s.params["WebEnv"] == "MCID_all" and s.method == "POST" for s in fetches)
    assert len([p for body in run.bodies for p in pubmed.parse(body)]) == 15


def test_long_id_lists_are_posted_in_batches(server: Server) -> None:
    pmids = [str(n) for n in range(1, 451)]
    run = eutils(server).fetch_ids(pmids)
    posts = [s for s in server.seen if s.path == "/efetch.fcgi"]
    assert run.ok and [len(s.params["id"].split(",")) for s in posts] == [200, 200, 50]
    assert all(s.method == "POST" for s in posts)


def test_over_ten_thousand_hits_are_split_by_date(server: Server) -> None:
    server.routes["/esearch.fcgi"] = esearch_route(hits_per_day=500)
    run = eutils(server).search("sci", mindate=date(2024, 1, 1), maxdate=date(2024, 1, 31))
    windows = {s.params["WebEnv"] for s in server.seen if s.path == "/efetch.fcgi"}
    assert run.total == 31 * 500 and len(windows) >= 2
    searched = [s for s in server.seen if s.path == "/esearch.fcgi"]
    counts = [
        (
            (
                date(*map(int, s.params["maxdate"].split("/")))
                - date(*map(int, s.params["mindate"].split("/")))
            ).days
            + 1
        )
        * 500
        for s in searched
    ]
    assert counts[0] > 10_000 and all(c <= 10_000 for c in counts[1:])


def _day(text: str) -> date:
    return date(*map(int, text.split("/")))


def test_rate_without_key_is_three_per_second(server: Server) -> None:
    fetcher = eutils(server, requests_per_second=None)
    fetcher.fetch_ids([str(n) for n in range(1, 602)])  # four requests
    times = [s.at for s in server.seen]
    assert times[-1] - times[0] >= 3 * (1 / 3) - 0.05


@pytest.mark.parametrize("fault", ["429", "500", "timeout", "truncate"])
def test_transient_faults_are_retried(server: Server, fault: str) -> None:
    server.faults["/efetch.fcgi"] = [fault]
    run = eutils(server).fetch_ids(["1", "2"])
    assert run.ok and len(run.bodies) == 1 and run.retries == 1
    assert b"</PubmedArticleSet>" in run.bodies[0]


def test_a_batch_that_keeps_failing_is_recorded_and_the_run_goes_on(server: Server) -> None:
    server.faults["/efetch.fcgi"] = ["500", "500", "500"]
    run = eutils(server).fetch_ids([str(n) for n in range(1, 301)])
    assert not run.ok and len(run.bodies) == 1
    (failure,) = run.failures
    assert failure.status == 500 and "efetch.fcgi" in failure.target
    assert run.requests == 4


def test_retry_after_is_honoured() -> None:
    assert retry_after("2") == 2.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after(None) is None


def test_europepmc_pages_with_cursor_mark(server: Server) -> None:
    core = json.loads((FIXTURES / "europepmc_search_json" / "search_cancer_core.json").read_text())
    last = json.loads((FIXTURES / "europepmc_search_json" / "search_no_results.json").read_text())

    def route(params: dict[str, str]) -> tuple[int, bytes, dict]:
        page = core if params["cursorMark"] == "*" else last
        return 200, json.dumps(page).encode(), {}

    server.routes["/search"] = route
    server.faults["/search"] = ["429"]
    config = EuropePmcConfig(base_url=server.url, requests_per_second=1000, policy=FAST)
    run = EuropePmcFetcher(config).search("spinal cord injury")
    cursors = [s.params["cursorMark"] for s in server.seen]
    assert cursors == ["*", "*", core["nextCursorMark"]]
    assert server.seen[0].params["resultType"] == "core"
    assert run.ok and run.retries == 1
    assert sum(1 for body in run.bodies for _ in europepmc.parse(body)) == 25


def test_crossref_polite_pool_headers_and_unknown_doi(server: Server) -> None:
    folder = FIXTURES / "crossref_works_json"
    body = (folder / "test_works_with_many_ids__2__10.1038_srep16696.json").read_bytes()
    limits = {"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s"}
    server.routes["/works/10.1038/srep16696"] = lambda _: (200, body, limits)
    config = CrossrefConfig(base_url=server.url, mailto="editor@example.org", policy=FAST)
    fetcher = CrossrefFetcher(config)
    run = fetcher.works(["https://doi.org/10.1038/srep16696", "10.1371/notarealdoi"])
    assert server.seen[0].params["mailto"] == "editor@example.org"
    assert "mailto:editor@example.org" in server.seen[0].headers["User-Agent"]
    assert fetcher.limiter.interval == pytest.approx(1 / 50)
    assert [p.doi for b in run.bodies for p in crossref.parse(b)] == ["10.1038/srep16696"]
    (failure,) = run.failures
    assert failure.status == 404 and "notarealdoi" in failure.target
    assert run.requests == 2  # a 404 is not retried
