"""Bad records in every input format: each is quarantined with where and why, the rest of the
file goes on, and field limits hold where records enter."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from scrh.web.editorial.models import IngestRun, PaperRecord, QuarantinedRecord
from tests.conftest import DEMO_PAPERS

pytestmark = pytest.mark.django_db


def demo_lines(count: int) -> list[str]:
    return DEMO_PAPERS.read_text().splitlines()[:count]


def ingest(path, capsys) -> str:
    call_command("ingest_file", str(path))
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_jsonl_bad_lines_are_quarantined_and_every_good_line_is_stored(tmp_path, capsys):
    good = demo_lines(3)
    no_title = json.dumps({"abstract": "An abstract without a title."})
    bad_year = json.dumps({"title": "A paper", "abstract": "Text.", "year": "twenty twenty"})
    path = tmp_path / "papers.jsonl"
    path.write_text("\n".join([good[0], no_title, good[1], bad_year, good[2]]) + "\n")
    assert ingest(path, capsys) == "3 new, 0 updated, 0 unchanged, 2 failed"
    reasons = sorted(q.reason for q in QuarantinedRecord.objects.all())
    assert "line 2: 'title' is required" in reasons[0]
    assert "line 4: 'year' must be a whole number" in reasons[1]
    assert QuarantinedRecord.objects.filter(excerpt__contains="twenty twenty").exists()
    assert IngestRun.objects.get().status == IngestRun.Status.PARTIAL


def test_a_bad_byte_costs_only_its_line(tmp_path, capsys):
    good = demo_lines(2)
    path = tmp_path / "papers.jsonl"
    path.write_bytes(
        good[0].encode() + b'\n{"title": "caf\xe9", "abstract": "x"}\n' + good[1].encode()
    )
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    assert "line 2: not valid UTF-8 at byte offset" in QuarantinedRecord.objects.get().reason


def test_a_jsonl_record_over_64_kib_is_read_whole(tmp_path, capsys):
    record = json.loads(demo_lines(1)[0])
    record["abstract_sections"] = []
    record["abstract"] = "Rats walked again after the treatment. " * 5_200  # 200,000 characters
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps(record) + "\n" + demo_lines(2)[1] + "\n")
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 0 failed"
    stored = PaperRecord.objects.get(doi=record["doi"].lower())
    assert len(stored.to_paper().abstract) > 190_000


RIS_REFERENCE = "TY  - JOUR\nTI  - {title}\nAB  - Twelve rats were treated.\nPY  - 2020\nER  - \n"


def test_a_ris_title_of_a_megabyte_is_quarantined_and_the_next_reference_stored(tmp_path, capsys):
    text = RIS_REFERENCE.format(title="x" * 1_000_000) + RIS_REFERENCE.format(title="Rats walk")
    path = tmp_path / "refs.ris"
    path.write_text(text)
    assert ingest(path, capsys) == "1 new, 0 updated, 0 unchanged, 1 failed"
    reason = QuarantinedRecord.objects.get().reason
    assert "'title' is 1,000,000 characters" in reason
    assert PaperRecord.objects.get().title == "Rats walk"


def test_a_long_title_is_stored_shortened_with_a_note_for_the_editor(tmp_path, capsys):
    title = " ".join(["regeneration"] * 40)  # 519 characters
    path = tmp_path / "refs.ris"
    path.write_text(RIS_REFERENCE.format(title=title))
    assert ingest(path, capsys) == "1 new, 0 updated, 0 unchanged, 0 failed"
    record = PaperRecord.objects.get()
    assert len(record.title) <= 255 and record.title.endswith("…")
    assert record.to_paper().title == record.title
    assert "title was 519 characters; it was shortened to 255" in record.review_reason


def test_draft_summaries_runs_after_an_over_long_title_was_ingested(tmp_path, capsys):
    text = RIS_REFERENCE.format(title="y" * 1_000_000) + RIS_REFERENCE.format(
        title=" ".join(["Spinal"] * 60)
    )
    path = tmp_path / "refs.ris"
    path.write_text(text)
    ingest(path, capsys)
    call_command("setup_site", "--port", "8000")
    call_command("draft_summaries")
    assert PaperRecord.objects.get().summary_pages.count() == 1


def test_ris_tags_outside_a_reference_are_quarantined_with_their_line(tmp_path, capsys):
    text = (
        RIS_REFERENCE.format(title="First")
        + "TI  - stray\n\n"
        + RIS_REFERENCE.format(title="Second")
    )
    path = tmp_path / "refs.ris"
    path.write_text(text)
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    assert "line 6: RIS tags outside a reference" in QuarantinedRecord.objects.get().reason


BIBTEX = """@article{good1,
  title = {Walking after injury},
  abstract = {Twelve rats were treated.},
  year = {2020},
}

@article{broken,
  title = {Unbalanced {braces,
  abstract = {Text.},
  year = {2021},
}

@article{good2,
  title = {Standing after injury},
  abstract = {Ten people were treated.},
  year = {2022},
}
"""


def test_a_bibtex_entry_with_unbalanced_braces_does_not_swallow_the_next(tmp_path, capsys):
    path = tmp_path / "refs.bib"
    path.write_text(BIBTEX)
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    titles = sorted(PaperRecord.objects.values_list("title", flat=True))
    assert titles == ["Standing after injury", "Walking after injury"]
    assert "line 7: not a readable BibTeX entry" in QuarantinedRecord.objects.get().reason


def test_bibtex_string_macros_apply_to_every_entry(tmp_path, capsys):
    path = tmp_path / "refs.bib"
    path.write_text(
        '@string{jn = "Journal of Neurotrauma"}\n'
        "@article{a, title={One}, abstract={Text.}, journal=jn, year=2020}\n"
        "@article{b, title={Two}, abstract={Text.}, journal=jn, year=2021}\n"
    )
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 0 failed"
    assert set(PaperRecord.objects.values_list("journal", flat=True)) == {"Journal of Neurotrauma"}


def test_a_crossref_work_of_the_wrong_shape_is_quarantined_alone(tmp_path, capsys):
    works = [
        {"DOI": f"10.1/{n}", "title": [f"Work {n}"], "abstract": "<p>Text.</p>"} for n in range(3)
    ]
    works[1]["author"] = 5
    path = tmp_path / "works.json"
    path.write_text(json.dumps({"status": "ok", "message": {"items": works}}))
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    assert "work 2 (10.1/1)" in QuarantinedRecord.objects.get().reason


def test_a_europepmc_result_of_the_wrong_shape_is_quarantined_alone(tmp_path, capsys):
    results = [{"id": str(n), "pmid": str(n), "title": f"Result {n}"} for n in range(1, 4)]
    results[0]["authorList"] = {"author": [5]}
    path = tmp_path / "search.json"
    path.write_text(json.dumps({"hitCount": 3, "resultList": {"result": results}}))
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    assert "result 1 (1)" in QuarantinedRecord.objects.get().reason


def test_a_pubmed_article_without_a_title_is_quarantined_with_its_ids(tmp_path, capsys):
    article = (
        "<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article>{title}"
        "<Abstract><AbstractText>Text.</AbstractText></Abstract></Article>"
        "</MedlineCitation></PubmedArticle>"
    )
    path = tmp_path / "efetch.xml"
    path.write_text(
        "<PubmedArticleSet>"
        + article.format(pmid="1", title="<ArticleTitle>One</ArticleTitle>")
        + article.format(pmid="2", title="")
        + article.format(pmid="3", title="<ArticleTitle>Three</ArticleTitle>")
        + "</PubmedArticleSet>"
    )
    assert ingest(path, capsys) == "2 new, 0 updated, 0 unchanged, 1 failed"
    assert QuarantinedRecord.objects.get().reason == "PMID 2: no title"


def test_an_over_long_identifier_is_refused_not_cut(tmp_path, capsys):
    path = tmp_path / "papers.jsonl"
    record = {"title": "T", "abstract": "A.", "pmid": "9" * 40}
    path.write_text(json.dumps(record) + "\n" + demo_lines(1)[0] + "\n")
    assert ingest(path, capsys) == "1 new, 0 updated, 0 unchanged, 1 failed"
    assert "'pmid' is 40 characters (at most 20)" in QuarantinedRecord.objects.get().reason


def test_an_empty_file_is_called_empty(tmp_path):
    path = tmp_path / "empty.ris"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="nothing could be ingested"):
        call_command("ingest_file", str(path))
    assert QuarantinedRecord.objects.get().reason.endswith("the file is empty")
