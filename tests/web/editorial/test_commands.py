"""Management commands: summarize without a database, ingest, draft and publish."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import PageLogEntry

from scrh.pipeline.summarize.engines import get_engine
from scrh.pipeline.summarize.model import Summary
from scrh.web.editorial.models import PaperRecord
from scrh.web.research.models import SummaryPage
from tests.conftest import DEMO_PAPERS, SHARED


def test_summarize_prints_valid_summary_json_without_a_database(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/none.sqlite3",
    }
    pubmed = SHARED / "fixtures" / "pubmed_efetch_xml" / "pubmed4.xml"
    result = subprocess.run(
        [sys.executable, "-m", "scrh.cli", "summarize", str(pubmed), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    summaries = [Summary.model_validate_json(line) for line in result.stdout.splitlines()]
    assert len(summaries) == 1
    assert summaries[0].paper.pmid == "27797938"
    assert not (tmp_path / "missing").exists()


def test_summarize_reports_an_unreadable_file_clearly(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    with pytest.raises(CommandError, match="bad.jsonl"):
        call_command("summarize", str(bad))


@pytest.mark.django_db
def test_ingest_twice_changes_nothing_the_second_time(capsys):
    call_command("ingest_file", str(DEMO_PAPERS))
    assert capsys.readouterr().out.strip() == "41 new, 0 updated, 0 unchanged, 0 failed"
    call_command("ingest_file", str(DEMO_PAPERS))
    assert capsys.readouterr().out.strip() == "0 new, 0 updated, 41 unchanged, 0 failed"
    assert PaperRecord.objects.count() == 41


@pytest.mark.django_db
def test_ingest_of_nothing_readable_fails(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"abstract": "no title"}\n')
    with pytest.raises(CommandError, match="nothing could be ingested"):
        call_command("ingest_file", str(bad))
    assert PaperRecord.objects.count() == 0


def test_drafts_then_publish_as_the_named_editor(site, editor, tmp_path, capsys):
    few = tmp_path / "few.jsonl"
    few.write_text("".join(_lines_the_checks_pass(3)))
    call_command("ingest_file", str(few))
    call_command("draft_summaries")
    assert SummaryPage.objects.filter(live=False).count() == 3
    call_command("draft_summaries")
    assert SummaryPage.objects.count() == 3
    call_command("publish_drafts", user="editor")
    assert SummaryPage.objects.live().count() == 3
    out = capsys.readouterr().out
    assert "3 summaries approved through the 'Summary review' workflow" in out
    assert "and published as editor." in out
    published_by = {
        e.user
        for e in PageLogEntry.objects.filter(
            action="wagtail.publish", page__in=SummaryPage.objects.all()
        )
    }
    assert published_by == {editor}
    assert {page.engine for page in SummaryPage.objects.all()} == {"rules"}


def _lines_the_checks_pass(wanted: int) -> list[str]:
    """The first demo papers (JSON lines) whose rules-engine drafts have no check error."""
    from scrh.pipeline.checks import run_checks
    from scrh.pipeline.papers.jsonl import paper_from_record

    engine, out = get_engine("rules"), []
    for line in DEMO_PAPERS.read_text().splitlines(keepends=True):
        paper = paper_from_record(json.loads(line))
        if run_checks(paper, engine.summarize(paper)).ok:
            out.append(line)
        if len(out) == wanted:
            return out
    raise AssertionError(f"fewer than {wanted} demo papers pass the checks")


def test_publish_as_an_unknown_user_fails(site):
    with pytest.raises(CommandError, match="no user called 'nobody'"):
        call_command("publish_drafts", user="nobody")


def test_a_draft_with_check_errors_is_not_published(site, editor, capsys):
    from scrh.web.editorial.ingest import paper_upsert
    from scrh.web.editorial.services import summary_draft_create
    from tests.web.conftest import demo_papers

    paper = demo_papers(1)[0]
    summary = get_engine("rules").summarize(paper)
    wrong = summary.model_copy(update={"simple_explanation": ""})
    record, _ = paper_upsert(paper=paper)
    page = summary_draft_create(paper=record, summary=wrong)
    assert page.check_report["counts"]["error"] >= 1
    call_command("publish_drafts", user="editor")
    page.refresh_from_db()
    assert not page.live
    assert "kept as draft" in capsys.readouterr().err


SEED_VAS = (
    "Patients in the SO group demonstrated significantly higher VAS pain scores after "
    "treatment compared to the RT group, indicating better pain management with the combined "
    "approach."
)


def test_check_command_flags_the_wrong_vas_direction_and_passes_the_rewrite(tmp_path):
    from tests.conftest import REPO

    paper = {
        "title": "Separation surgery then radiotherapy for spinal metastasis",
        "abstract": (
            "We compared 30 patients who had separation surgery then radiotherapy (SO group) "
            "with 30 who had radiotherapy alone (RT group). After treatment, VAS pain scores "
            "were significantly lower in the SO group than in the RT group (P < 0.05)."
        ),
    }
    paper_file = tmp_path / "paper.jsonl"
    paper_file.write_text(json.dumps(paper) + "\n")
    from scrh.pipeline.papers import jsonl

    (parsed,) = jsonl.parse(paper_file.read_text())
    good = get_engine("rules").summarize(parsed)
    results = {}
    for name, finding in [
        ("wrong", SEED_VAS),
        ("right", "Pain scores went down more in the SO group."),
    ]:
        summary = good.model_copy(
            update={"key_findings": [good.key_findings[0].model_copy(update={"text": finding})]}
        )
        path = tmp_path / f"{name}.json"
        path.write_text(summary.model_dump_json())
        results[name] = subprocess.run(
            [sys.executable, "-m", "scrh.cli", "check", str(path), "--paper", str(paper_file)],
            capture_output=True,
            text=True,
            cwd=REPO,
        )
    assert results["wrong"].returncode == 1, results["wrong"].stdout
    assert "VAS" in results["wrong"].stdout
    assert results["right"].returncode == 0, results["right"].stdout


def test_check_without_paper_is_djangos_system_check():
    result = subprocess.run(
        [sys.executable, "-m", "scrh.cli", "check"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "System check identified no issues" in result.stdout


def test_two_papers_with_the_same_title_get_distinct_slugs(site):
    from scrh.web.editorial.ingest import paper_upsert
    from scrh.web.editorial.services import summary_draft_create
    from tests.web.conftest import demo_papers

    first, second = demo_papers(2)
    twin = second.with_changes(title=first.title)
    engine = get_engine("rules")
    slugs = [
        summary_draft_create(paper=paper_upsert(paper=p)[0], summary=engine.summarize(p)).slug
        for p in (first, twin)
    ]
    assert slugs[1] == f"{slugs[0]}-2"
