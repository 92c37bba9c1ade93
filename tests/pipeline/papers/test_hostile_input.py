"""Hostile and broken input: entity bombs, external entities, DTD fetches, bad bytes, huge files."""

from __future__ import annotations

import http.server
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scrh.pipeline.papers import detect, jats, pubmed
from scrh.pipeline.papers.errors import ParseError

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures"
ARTICLE = (FIXTURES / "pubmed_efetch_xml" / "pubmed5.xml").read_bytes()


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server API)
        self.hits.append(self.path)
        body = b'<!ENTITY leak "LEAKED">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[tuple[str, list[str]]]:
    """A local server that records any request the parser would make."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
<ArticleTitle>&lol9;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""


@pytest.mark.parametrize("parser", [pubmed.parse, jats.parse])
def test_billion_laughs_is_rejected(parser: object) -> None:
    with pytest.raises(ParseError, match="entity declarations are not accepted"):
        list(parser(BILLION_LAUGHS, name="bomb.xml"))  # type: ignore[operator]


def test_external_entity_is_rejected_without_network(canary: tuple[str, list[str]]) -> None:
    url, hits = canary
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY xxe SYSTEM "{url}/secret">]>
<article><front><article-meta><title-group><article-title>&xxe;</article-title>
</title-group></article-meta></front></article>""".encode()
    with pytest.raises(ParseError, match="xxe.xml: entity declarations"):
        list(jats.parse(xxe, name="xxe.xml"))
    file_xxe = xxe.replace(f"{url}/secret".encode(), b"file:///etc/passwd")
    with pytest.raises(ParseError):
        list(detect.parse_bytes(file_xxe, "xxe2.xml"))
    assert hits == []


def test_dtd_fetch_through_parameter_entity_is_rejected(canary: tuple[str, list[str]]) -> None:
    url, hits = canary
    raw = f"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY % remote SYSTEM "{url}/evil.dtd"> %remote;]>
<PubmedArticleSet/>""".encode()
    with pytest.raises(ParseError, match="entity declarations"):
        list(pubmed.parse(raw, name="fetch.xml"))
    assert hits == []


def test_external_dtd_in_doctype_is_never_loaded(canary: tuple[str, list[str]]) -> None:
    url, hits = canary
    start = ARTICLE.index(b"<!DOCTYPE")
    end = ARTICLE.index(b">", start) + 1
    doctype = f'<!DOCTYPE PubmedArticleSet SYSTEM "{url}/pubmed.dtd">'.encode()
    raw = ARTICLE[:start] + doctype + ARTICLE[end:]
    assert [p.pmid for p in pubmed.parse(raw)] == ["28775130"]
    undefined = raw.replace(b"<ArticleTitle>", b"<ArticleTitle>&leak;", 1)
    (paper,) = pubmed.parse(undefined, name="undefined.xml")
    assert paper.title.startswith("&leak;Occupational")  # left unresolved, nothing fetched
    assert hits == []


def test_bad_utf8_in_xml_names_file_and_byte_offset(tmp_path: Path) -> None:
    offset = ARTICLE.index(b"Occupational pesticide")
    broken = ARTICLE[:offset] + b"\xff" + ARTICLE[offset + 1 :]
    target = tmp_path / "broken.xml"
    target.write_bytes(broken)
    with pytest.raises(ParseError, match=rf"broken.xml: not valid UTF-8 at byte offset {offset}\b"):
        list(detect.parse_file(target))


def test_bad_utf8_far_into_a_streamed_file_is_exact() -> None:
    head = b"<PubmedArticleSet>" + b"<!-- padding -->" * 20_000
    raw = head + b"\xc3\x28" + b"</PubmedArticleSet>"
    with pytest.raises(ParseError, match=rf"big.xml: not valid UTF-8 at byte offset {len(head)}\b"):
        list(pubmed.parse(raw, name="big.xml"))


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("refs.ris", b"TY  - JOUR\nTI  - Caf\xe9\nER  - \n"),
        ("refs.bib", b"@article{a, title={Caf\xe9}}"),
        ("works.json", b'{"status":"ok","message":{"DOI":"10.1/x","title":["Caf\xe9"]}}'),
    ],
)
def test_bad_utf8_in_text_formats_names_file_and_offset(name: str, raw: bytes) -> None:
    offset = raw.index(b"\xe9")
    with pytest.raises(ParseError, match=rf"{name}: not valid UTF-8 at byte offset {offset}"):
        list(detect.parse_bytes(raw, name))


def test_truncated_gzip_and_truncated_xml_are_parse_errors() -> None:
    import gzip

    packed = gzip.compress(ARTICLE)
    with pytest.raises(ParseError):
        list(pubmed.parse(packed[: len(packed) // 2], name="cut.xml.gz"))
    with pytest.raises(ParseError, match="cut.xml: not well-formed XML"):
        list(pubmed.parse(ARTICLE[: len(ARTICLE) // 2], name="cut.xml"))


STREAM_CHECK = textwrap.dedent(
    """
    import itertools, sys
    from scrh.pipeline.papers import pubmed
    article = open(sys.argv[1], "rb").read()
    start = article.index(b"<PubmedArticle>")
    end = article.rindex(b"</PubmedArticle>") + len(b"</PubmedArticle>")
    record = article[start:end]
    count = int(sys.argv[2])

    class Stream:
        def __init__(self):
            self.parts = itertools.chain(
                [b"<PubmedArticleSet>"],
                (record.replace(b"28775130", str(n).encode()) for n in range(count)),
                [b"</PubmedArticleSet>"],
            )
            self.buffer = b""
        def read(self, size=-1):
            while len(self.buffer) < 65536:
                try:
                    self.buffer += next(self.parts)
                except StopIteration:
                    break
            out, self.buffer = self.buffer[:65536], self.buffer[65536:]
            return out

    seen = sum(1 for _ in pubmed.parse(Stream()))
    # VmHWM is this program's own peak; ru_maxrss would also count the parent before exec
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) // 1024
    print(seen, len(record) * count // 2**20, peak)
    """
)


def test_a_large_file_streams_in_flat_memory() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            STREAM_CHECK,
            str(FIXTURES / "pubmed_efetch_xml" / "pubmed5.xml"),
            "20000",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    seen, megabytes, peak_mb = map(int, result.stdout.split())
    assert seen == 20_000
    assert megabytes > 100  # the document is far larger than the memory used to read it
    assert peak_mb < 200  # the bar; the benchmark shows ~30 MB for 591 MB of XML
