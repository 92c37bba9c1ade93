"""The quality report's arithmetic on tiny hand-made inputs."""

import json

import pytest

from scrh.pipeline.checks.model import Finding
from scrh.pipeline.evaluate import main
from scrh.pipeline.evaluation.accuracy import GoldRow, accuracy, confusion, misses, per_design
from scrh.pipeline.evaluation.defects import per_kind, per_paper, totals
from scrh.pipeline.evaluation.grades import grade_report
from scrh.pipeline.evaluation.markdown import file_name, write_markdown
from scrh.pipeline.evaluation.review import ReviewError, passes, read_review, review_report
from scrh.pipeline.papers.model import Paper, Section
from scrh.pipeline.summarize.engines.rules import RulesEngine


def _row(id_, design, found, *, level=(2, 2), count=(10, 10), duration=(False, False)):
    return GoldRow(id_, design, found, *level, *count, *duration)


ROWS = [
    _row("a", "rct", "rct", duration=(True, True)),
    _row("b", "rct", "prospective_cohort", level=(2, 3), duration=(True, False)),
    _row("c", "case_report", "case_report", count=(1, 2)),
    _row("d", "rct", "prospective_cohort", level=(2, 3), duration=(False, True)),
]


def test_overall_accuracy():
    assert accuracy(ROWS) == {
        "papers": 4,
        "design accuracy": 0.5,
        "CEBM level accuracy": 0.5,
        "participant count exact": 0.75,
        "duration found when present": 0.5,
        "duration invented when absent": 0.5,
    }


def test_accuracy_per_design_code_and_the_confusions():
    table = per_design(ROWS)
    assert table["rct"] == {
        "papers": 3,
        "design": 1 / 3,
        "level": 1 / 3,
        "count": 1.0,
        "duration": 1 / 3,
    }
    assert table["case_report"] == {
        "papers": 1,
        "design": 1.0,
        "level": 1.0,
        "count": 0.0,
        "duration": 1.0,
    }
    assert confusion(ROWS) == {("rct", "prospective_cohort"): 2}
    assert misses(ROWS) == [
        "b  design: rct -> prospective_cohort",
        "b  level: 2 -> 3",
        "b  duration: stated -> not found",
        "c  count: 1 -> 2",
        "d  design: rct -> prospective_cohort",
        "d  level: 2 -> 3",
        "d  duration: not stated -> invented",
    ]


def test_reading_grades():
    assert grade_report([6.0, 8.0, 10.0, 12.0]) == {
        "FKGL mean": 9.0,
        "FKGL max": 12.0,
        "share FKGL <= 8": 0.5,
    }


def test_defects_per_kind_and_per_paper():
    findings = {
        "p1": [
            Finding("error", "simple_explanation", "m", "Objective:", "labels"),
            Finding("error", "key_findings[0].text", "m", "Score score", "repeats"),
            Finding("warning", "simple_explanation", "m", "clearly", "certainty"),
        ],
        "p2": [Finding("error", "simple_explanation", "m", "Results:", "labels")],
        "p3": [Finding("error", "simple_explanation", "m", "", "fields")],
    }
    kinds = per_kind(findings)
    assert kinds["labels"] == {"errors": 2, "warnings": 0, "papers": 2}
    assert kinds["certainty"] == {"errors": 0, "warnings": 1, "papers": 1}
    assert kinds["fragments"] == {"errors": 0, "warnings": 0, "papers": 0}
    assert per_paper(findings) == {
        "p1": {"labels error": 1, "repeats error": 1, "certainty warning": 1},
        "p2": {"labels error": 1},
    }
    assert totals(findings) == {
        "papers": 3,
        "defect errors": 3,
        "papers without a defect error": 1,
        "defect errors per paper": 1.0,
    }


def _score(id_, u=4, m=4, p=4, l_=3, f=0, g=0):
    return {"id": id_, "U": u, "M": m, "P": p, "L": l_, "F": f, "G": g, "notes": ""}


def test_rubric_means_and_passes():
    rows = [_score("a"), _score("b", u=3), _score("c", f=1, g=2), _score("d", u=5, m=5, p=5)]
    assert [passes(r) for r in rows] == [True, False, False, True]
    report = review_report(rows)
    assert report["summaries reviewed"] == 4
    assert report["U mean"] == 4.0
    assert report["F mean"] == 0.25
    assert report["G mean"] == 0.5
    assert report["pass"] == 2
    assert report["pass share"] == 0.5


def test_a_bad_review_line_names_its_line(tmp_path):
    path = tmp_path / "scores.jsonl"
    path.write_text(json.dumps(_score("a")) + "\n" + json.dumps(_score("b", u=7)) + "\n")
    with pytest.raises(ReviewError, match=r"line 2: U must be a whole number from 1 to 5"):
        read_review(path)


def test_markdown_has_the_abstract_and_every_field_and_an_index(tmp_path):
    paper = Paper(
        title="Walking after injury",
        abstract_sections=(
            Section("We enrolled 20 adults.", "Methods", "METHODS"),
            Section("Walking speed rose in 14 of 20.", "Results", "RESULTS"),
        ),
        doi="10.1/x",
    )
    summary = RulesEngine().summarize(paper)
    written = write_markdown(tmp_path / "out", [("doi:10.1/x", paper, summary)])
    assert [p.name for p in written] == ["doi-10.1-x.md", "index.md"]
    text = written[0].read_text()
    assert text.startswith("# Walking after injury\n")
    assert "**Methods:** We enrolled 20 adults." in text
    for heading in (
        "### Simple explanation",
        "### Key findings",
        "### Research summary",
        "### Practical implications",
        "### Limitations",
        "### Glossary",
    ):
        assert heading in text
    assert summary.simple_explanation in text
    assert f"- Design: {summary.evidence.design}" in text
    assert "[Walking after injury](doi-10.1-x.md)" in written[1].read_text()
    assert file_name("cochrane-CD001048.pub5") == "cochrane-CD001048.pub5.md"


def test_the_report_reads_a_review_and_writes_markdown(tmp_path, capsys):
    record = {
        "id": "doi:10.1/x",
        "title": "Walking after injury: a randomized controlled trial",
        "abstract": "Methods: We randomized 20 adults. Results: Walking speed rose in 14 of 20.",
        "gold": {"design": "rct", "cebm_level": 2, "participant_count": 20, "duration": None},
    }
    papers = tmp_path / "papers.jsonl"
    papers.write_text(json.dumps(record) + "\n")
    scores = tmp_path / "scores.jsonl"
    scores.write_text(json.dumps(_score("doi:10.1/x")) + "\n" + json.dumps(_score("z", f=1)))
    code = main(["--papers", str(papers), "--review", str(scores), "--out", str(tmp_path / "md")])
    out = capsys.readouterr().out
    assert code == 0
    assert "papers                                     1" in out
    assert "pass                                       1" in out
    assert "Scored papers not in the evaluated sets: 1\n  z" in out
    assert (tmp_path / "md" / "doi-10.1-x.md").exists()


def test_an_unreadable_review_stops_with_code_2(tmp_path, capsys):
    scores = tmp_path / "scores.jsonl"
    scores.write_text("{not json\n")
    assert main(["--papers", str(scores), "--review", str(scores)]) == 2
    assert "line 1" in capsys.readouterr().err
