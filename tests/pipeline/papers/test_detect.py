"""Format detection from content, and dispatch to the right parser."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from scrh.pipeline.papers import detect
from scrh.pipeline.papers.errors import ParseError

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures"

EXPECTED = {
    "pubmed_efetch_xml": "pubmed",
    "pmc_jats_xml": "jats",
    "crossref_works_json": "crossref",
    "europepmc_search_json": "europepmc",
    "ris": "ris",
    "bibtex": "bibtex",
}
PAPER_FILES = [
    p
    for folder in EXPECTED
    for p in sorted((FIXTURES / folder).iterdir())
    if p.suffix != ".txt" or folder == "ris"
    if "400_body" not in p.name
]


@pytest.mark.parametrize("path", PAPER_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_format_is_detected_from_content_not_the_name(path: Path) -> None:
    assert detect.sniff(path.read_bytes(), "renamed.dat") == EXPECTED[path.parent.name]


@pytest.mark.parametrize("path", PAPER_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gzipped_files_are_detected_too(path: Path) -> None:
    assert detect.sniff(gzip.compress(path.read_bytes())) == EXPECTED[path.parent.name]


def test_paper_import_jsonl_is_detected_and_parsed() -> None:
    lines = [
        {"title": "A", "abstract": "Text one.", "doi": "10.1/a"},
        {"title": "B", "abstract_sections": [{"label": "RESULTS", "text": "Two."}]},
    ]
    raw = "\n".join(json.dumps(x) for x in lines).encode()
    assert detect.sniff(raw) == "jsonl"
    papers = list(detect.parse_bytes(raw, "import.jsonl"))
    assert [p.title for p in papers] == ["A", "B"]
    assert papers[1].abstract_sections[0].category == "RESULTS"


def test_parse_file_reads_pubmed(tmp_path: Path) -> None:
    target = tmp_path / "anything.bin"
    target.write_bytes(gzip.compress((FIXTURES / "pubmed_efetch_xml" / "pubmed.xml").read_bytes()))
    assert len(list(detect.parse_file(target))) == 5


@pytest.mark.parametrize(
    "raw",
    [
        b"Resource not found.",
        b"<eSearchResult><Count>0</Count></eSearchResult>",
        b'{"header": {}, "esearchresult": {}}',
        b"",
    ],
)
def test_unknown_content_is_a_clear_error(raw: bytes) -> None:
    with pytest.raises(ParseError, match="mystery"):
        detect.sniff(raw, "mystery")
