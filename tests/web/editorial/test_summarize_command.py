"""`scrh summarize`: one paper's failure is reported and never stops the others."""

import io
import json
import os
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from scrh.pipeline.summarize.engines import register_engine, unregister_engine
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.model import Summary


class FailsOnSecondPaper:
    """A real engine (the rules engine) that raises for one chosen paper."""

    name = "fails-on-second"

    def __init__(self) -> None:
        self.rules = RulesEngine()

    def summarize(self, paper):
        if "second" in paper.title.lower():
            raise ValueError("this paper cannot be summarized")
        return self.rules.summarize(paper)


@pytest.fixture
def failing_engine():
    register_engine(FailsOnSecondPaper.name, FailsOnSecondPaper)
    yield FailsOnSecondPaper.name
    unregister_engine(FailsOnSecondPaper.name)


def _paper(title: str) -> str:
    abstract = (
        "OBJECTIVE: To test walking. METHODS: We enrolled 20 adults with spinal cord injury. "
        "RESULTS: Walking speed improved in 14 of 20. CONCLUSION: Training may help walking."
    )
    return json.dumps({"title": title, "abstract": abstract})


def test_a_failing_paper_is_reported_with_its_reason_and_the_rest_are_summarized(
    tmp_path, failing_engine
):
    papers = tmp_path / "three.jsonl"
    papers.write_text(
        "\n".join(_paper(t) for t in ("First trial", "Second trial", "Third trial")) + "\n"
    )
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match=r"1 failed, 2 summarized"):
        call_command(
            "summarize", str(papers), engine=failing_engine, json=True, stdout=out, stderr=err
        )
    summaries = [Summary.model_validate_json(line) for line in out.getvalue().splitlines()]
    assert [s.paper.title for s in summaries] == ["First trial", "Third trial"]
    assert "'Second trial'" in err.getvalue()
    assert "ValueError: this paper cannot be summarized" in err.getvalue()


def test_an_unreadable_file_does_not_stop_the_next_files_and_the_exit_code_is_one(tmp_path):
    first, bad, last = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    first.write_text(_paper("First trial") + "\n")
    bad.write_text(_paper("Kept before the broken line") + "\n{not json\n" + _paper("Lost") + "\n")
    last.write_text(_paper("Last trial") + "\n")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scrh.web.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path}/missing/none.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-m", "scrh.cli", "summarize", str(first), str(bad), str(last), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    titles = [Summary.model_validate_json(line).paper.title for line in result.stdout.splitlines()]
    assert titles == ["First trial", "Kept before the broken line", "Last trial"]
    assert f"{bad}: line 2: not valid JSON" in result.stderr
    assert "1 failed, 3 summarized" in result.stderr


def test_the_outcome_measure_that_crashed_a_batch_is_summarized(tmp_path):
    paper = tmp_path / "asia.jsonl"
    paper.write_text(
        json.dumps(
            {
                "title": "Motor recovery after cervical injury",
                "abstract": "The ASIA Motor Score rose from 20 to 35 points in 12 patients.",
            }
        )
        + "\n"
    )
    out = io.StringIO()
    call_command("summarize", str(paper), json=True, stdout=out)
    (line,) = out.getvalue().splitlines()
    assert Summary.model_validate_json(line).paper.title == "Motor recovery after cervical injury"
