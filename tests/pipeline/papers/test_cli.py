"""`scrh parse FILE... [--json]`: what files hold, read as ingest reads them, no database."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from scrh.pipeline.papers.cli import main
from tests.conftest import DEMO_PAPERS, REPO


def run(argv):
    out = io.StringIO()
    return main([str(a) for a in argv], stdout=out), out.getvalue()


def test_each_record_is_listed_and_bad_ones_say_where_and_why(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = DEMO_PAPERS.read_text().splitlines()[0]
    long_title = json.dumps({"title": "word " * 80, "abstract": "Text."})
    path.write_text("\n".join([good, '{"abstract": "no title"}', long_title]) + "\n")
    code, out = run([path])
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"{path} (jsonl)"
    assert lines[1].startswith("  1. ") and "DOI 10." in lines[1]
    assert "note: The title was 399 characters; it was shortened to 255." in out
    assert f"rejected: {path}: line 2: 'title' is required" in out
    assert lines[-1] == "2 papers, 1 rejected"


def test_json_output_holds_the_papers_and_the_rejected(tmp_path):
    empty = tmp_path / "empty.ris"
    empty.write_bytes(b"")
    code, out = run([DEMO_PAPERS, empty, "--json"])
    demo, nothing = json.loads(out)
    assert code == 0
    assert demo["format"] == "jsonl" and len(demo["papers"]) == 41 and demo["rejected"] == []
    assert demo["papers"][0]["title"] and "abstract_sections" in demo["papers"][0]
    assert nothing["error"].endswith("the file is empty")


def test_nothing_readable_is_a_non_zero_exit(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just notes\n")
    code, out = run([path])
    assert code == 2 and "unrecognised format" in out


def test_the_command_touches_no_database(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/folder/db.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-c", "from scrh.cli import main; main()", "parse", str(DEMO_PAPERS)],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "41 papers, 0 rejected"
    assert not (tmp_path / "missing").exists()
