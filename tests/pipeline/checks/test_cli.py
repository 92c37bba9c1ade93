"""`scrh check SUMMARY.json --paper FILE [--json]`."""

import io
import json

from scrh.pipeline.checks.cli import main

SEED_VAS_SENTENCE = (
    "Patients in the SO group demonstrated significantly higher VAS pain scores after treatment "
    "compared to the RT group, indicating better pain management with the combined approach."
)
REWRITE = (
    "Patients in the SO group had lower VAS pain scores after treatment than the RT group, "
    "meaning less pain with the combined approach."
)


def write_inputs(tmp_path, paper, summary):
    paper_file = tmp_path / "paper.jsonl"
    paper_file.write_text(json.dumps(paper.to_dict()) + "\n", encoding="utf-8")
    summary_file = tmp_path / "summary.json"
    summary_file.write_text(json.dumps(summary.to_json_dict()), encoding="utf-8")
    return str(summary_file), str(paper_file)


def run(argv):
    out = io.StringIO()
    return main(argv, stdout=out), out.getvalue()


def with_first_finding(paper, summary, make_summary, text):
    first = {"text": text, "sources": summary.key_findings[0].sources}
    findings = [first, *(f.model_dump() for f in summary.key_findings[1:])]
    return make_summary(paper, key_findings=findings)


def test_seed_vas_sentence_fails_with_exit_code_one(tmp_path, paper, summary, make_summary):
    wrong = with_first_finding(paper, summary, make_summary, SEED_VAS_SENTENCE)
    summary_file, paper_file = write_inputs(tmp_path, paper, wrong)
    code, out = run([summary_file, "--paper", paper_file])
    assert code == 1
    assert "FAILED" in out and "lower is better" in out


def test_correct_rewrite_passes(tmp_path, paper, summary, make_summary):
    right = with_first_finding(paper, summary, make_summary, REWRITE)
    summary_file, paper_file = write_inputs(tmp_path, paper, right)
    code, out = run([summary_file, "--paper", paper_file])
    assert code == 0, out
    assert out.startswith(paper.title) and "OK" in out


def test_json_output_is_the_report(tmp_path, paper, summary, make_summary):
    wrong = with_first_finding(paper, summary, make_summary, SEED_VAS_SENTENCE)
    summary_file, paper_file = write_inputs(tmp_path, paper, wrong)
    code, out = run([summary_file, "--paper", paper_file, "--json"])
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert {f["check"] for f in data["findings"] if f["severity"] == "error"} == {"direction"}


def test_unreadable_summary_exits_two(tmp_path, paper, summary):
    summary_file, paper_file = write_inputs(tmp_path, paper, summary)
    (tmp_path / "summary.json").write_text('{"title": "not a summary"}', encoding="utf-8")
    assert run([summary_file, "--paper", paper_file])[0] == 2


def hand_written(paper, summary) -> dict:
    """The summary as a person would write it: null ids, no sentences, grades or engine; its
    findings cite the paper's sentences as `scrh summarize --json` numbers them."""
    from scrh.pipeline.summarize.sentences import paper_sentences

    numbered = [s.text for s in paper_sentences(paper)]
    data = summary.to_json_dict()
    cited = [[data["sentences"][i] for i in f["sources"]] for f in data["key_findings"]]
    for finding, texts in zip(data["key_findings"], cited, strict=True):
        finding["sources"] = [
            next(n for n, s in enumerate(numbered) if text[:40] in s) for text in texts
        ]
    data["paper"].update({"doi": None, "pmid": None, "pmcid": None})
    data["sentences"] = []
    for key in ("reading_grade", "engine", "glossary"):
        data.pop(key)
    return data


def test_a_hand_written_summary_with_null_ids_and_no_sentences_passes(tmp_path, paper, summary):
    summary_file, paper_file = write_inputs(tmp_path, paper, summary)
    (tmp_path / "summary.json").write_text(json.dumps(hand_written(paper, summary)))
    code, out = run([summary_file, "--paper", paper_file, "--json"])
    assert code == 0, out
    assert json.loads(out)["ok"] is True


def test_a_summary_that_is_not_one_is_named_clearly_without_a_traceback(
    tmp_path, paper, summary, capsys
):
    summary_file, paper_file = write_inputs(tmp_path, paper, summary)
    data = hand_written(paper, summary)
    data["evidence"]["level"] = 9
    del data["key_findings"]
    (tmp_path / "summary.json").write_text(json.dumps(data))
    code, _out = run([summary_file, "--paper", paper_file])
    err = capsys.readouterr().err
    assert code == 2
    assert "summary 1: not a valid summary (" in err
    assert "evidence.level: Input should be less than or equal to 5" in err
    assert "key_findings: Field required" in err
    assert "pydantic" not in err and "https://" not in err
