"""An E-utilities stand-in on 127.0.0.1: esearch answers one hit, efetch serves a fixture."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import SHARED

EFETCH = SHARED / "fixtures" / "pubmed_efetch_xml" / "pubmed4.xml"
PMID = "27797938"
RETRACTED = b'<PublicationType UI="D016441">Retracted Publication</PublicationType>'


def retracted(body: bytes) -> bytes:
    """The same record, now marked as a retracted publication."""
    return body.replace(b"<PublicationTypeList>", b"<PublicationTypeList>" + RETRACTED, 1)


class EutilsServer:
    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/eutils"

    def handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append(self.path)
                if self.path.endswith("esearch.fcgi"):
                    result = {"count": "1", "webenv": "W1", "querykey": "1", "idlist": [PMID]}
                    self._send(json.dumps({"esearchresult": result}).encode(), "application/json")
                else:
                    self._send(server.body, "text/xml")

            do_GET = do_POST  # noqa: N815

            def _send(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        return Handler


@contextmanager
def eutils_server(settings, body: bytes | None = None) -> Iterator[EutilsServer]:
    """Serve `body` (default: the pubmed4 fixture) and point the settings at it."""
    server = EutilsServer(body if body is not None else EFETCH.read_bytes())
    server.httpd = ThreadingHTTPServer(("127.0.0.1", 0), server.handler())
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    settings.SCRH_EUTILS_URL = server.url
    settings.SCRH_FETCH_RETRY = {"attempts": 1, "backoff": 0.0, "max_wait": 0.0, "timeout": 5.0}
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
