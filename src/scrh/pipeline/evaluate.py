"""Quality report of the rules engine on the development sets.

python -m scrh.pipeline.evaluate --papers PAPERS.jsonl... [--laysum LAYSUM.jsonl]
    [--review SCORES.jsonl] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from scrh.pipeline.checks import run_checks
from scrh.pipeline.checks.model import Finding
from scrh.pipeline.evaluation.accuracy import GoldRow, accuracy, confusion, misses, per_design
from scrh.pipeline.evaluation.defects import per_kind, per_paper, totals
from scrh.pipeline.evaluation.grades import grade_report
from scrh.pipeline.evaluation.markdown import write_markdown
from scrh.pipeline.evaluation.review import ReviewError, failing, read_review, review_report
from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.glossary import rare_rate, undefined_rare_words
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Summary
from scrh.pipeline.summarize.shares import without_told_shares

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Evaluated:
    """One evaluated paper: its id, input record, paper, summary and check findings."""

    id: str
    record: dict
    paper: Paper
    summary: Summary
    findings: list[Finding]


def numbers_in(text: str) -> set[str]:
    """Numbers in `text`, normalized: thousands separators dropped, trailing zeros kept."""
    out = set()
    for token in _NUMBER.findall(text):
        out.add(token)
        out.add(token.replace(",", ""))
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):
            out.add(re.sub(r"[.,]", "", token))
    return out


def summary_text(summary: Summary) -> str:
    """Every reader-facing text field of a summary, joined."""
    parts = [
        summary.simple_explanation,
        summary.research_summary,
        summary.participants,
        summary.study_duration,
        summary.evidence.design,
        summary.evidence.meaning,
    ]
    parts += [f.text for f in summary.key_findings]
    parts += [f"{i.title} {i.text}" for i in summary.practical_implications]
    parts += [lim.text for lim in summary.limitations]
    return "\n".join(parts)


def untraceable_numbers(paper: Paper, summary: Summary) -> list[str]:
    """Numbers in the summary that do not occur in the paper's title or abstract."""
    written = paper.title + " " + paper.abstract
    source = numbers_in(written)
    told = without_told_shares(summary_text(summary), written)  # "about 7 in 10" for "66%"
    return [
        n for n in _NUMBER.findall(told) if n not in source and n.replace(",", "") not in source
    ]


def summarize_all(records: list[dict], engine: RulesEngine) -> list[Evaluated]:
    """Each record's id, paper, summary and check findings (the record's own id, else its DOI)."""
    out = []
    for record in records:
        if "gold" in record:
            paper = paper_from_record(record)
        else:
            paper = paper_from_record(
                {
                    "title": record.get("source_title") or "Review",
                    "abstract": record["abstract"],
                    "doi": record.get("doi"),
                }
            )
        summary = engine.summarize(paper)
        findings = list(run_checks(paper, summary).findings)
        out.append(Evaluated(record.get("id") or paper.doi, record, paper, summary, findings))
    return out


def gold_rows(items: list[Evaluated]) -> list[GoldRow]:
    """The judged facts of each paper that has gold labels."""
    rows = []
    for item in items:
        gold, summary = item.record["gold"], item.summary
        rows.append(
            GoldRow(
                id=item.id,
                design=gold["design"],
                design_found=summary.evidence.design_code,
                level=gold["cebm_level"],
                level_found=summary.evidence.level,
                count=gold["participant_count"],
                count_found=summary.participant_count,
                duration_stated=bool(gold["duration"]),
                duration_found=summary.study_duration != NOT_SPECIFIED,
            )
        )
    return rows


def gold_report(items: list[Evaluated]) -> dict[str, float]:
    """Figures against the hand-assigned labels of the SCI papers."""
    figures: dict[str, float] = dict(accuracy(gold_rows(items)))
    rows: dict[str, list] = {
        "fk_rs": [],
        "numbers": [],
        "rare": [],
        "rare_abs": [],
        "undefined": [],
    }
    for item in items:
        paper, summary = item.paper, item.summary
        rows["fk_rs"].append(summary.reading_grade.research_summary)
        text = summary_text(summary)
        rows["numbers"].append(
            (len(_NUMBER.findall(text)), len(untraceable_numbers(paper, summary)))
        )
        rows["rare"].append(rare_rate(summary.simple_explanation))
        rows["rare_abs"].append(rare_rate(paper.abstract))
        rows["undefined"].append(_unexplained(summary))
    total = sum(n for n, _ in rows["numbers"])
    bad = sum(b for _, b in rows["numbers"])
    figures.update(
        {
            "research summary FKGL mean": statistics.mean(rows["fk_rs"]),
            "research summary FKGL max": max(rows["fk_rs"]),
            "numbers traceable": 1.0 - bad / total if total else 1.0,
            "rare words /100 (simple explanation)": statistics.mean(rows["rare"]),
            "rare words /100 (abstract)": statistics.mean(rows["rare_abs"]),
            "rare words with no definition (per summary)": statistics.mean(rows["undefined"]),
        }
    )
    return figures


def laysum_report(items: list[Evaluated]) -> dict[str, float]:
    """ROUGE of the simple explanation against human plain-language summaries, beside the
    copy-the-abstract floor, plus reading grade and rare-word rates."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    ours: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
    floor: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
    grades, grades_rs, rare, rare_abs = [], [], [], []
    for item in items:
        record, summary = item.record, item.summary
        target = _lines(record["plain_summary"])
        for name, bucket in ((summary.simple_explanation, ours), (record["abstract"], floor)):
            scores = scorer.score(target, _lines(name))
            for key in bucket:
                bucket[key].append(scores[key].fmeasure)
        grades.append(summary.reading_grade.simple_explanation)
        grades_rs.append(summary.reading_grade.research_summary)
        rare.append(rare_rate(summary.simple_explanation))
        rare_abs.append(rare_rate(record["abstract"]))
    out: dict[str, float] = {"pairs": len(items)}
    for key in ours:
        out[f"{key} ours"] = statistics.mean(ours[key])
        out[f"{key} copy-abstract floor"] = statistics.mean(floor[key])
    out["research summary FKGL mean"] = statistics.mean(grades_rs)
    out["research summary FKGL max"] = max(grades_rs)
    out["rare words /100 (simple explanation)"] = statistics.mean(rare)
    out["rare words /100 (abstract)"] = statistics.mean(rare_abs)
    return out


def _unexplained(summary: Summary) -> int:
    """Rare words of the simple explanation that neither the glossary nor the data files
    define (what the jargon check will flag)."""
    glossed = {e.term.lower() for e in summary.glossary}
    return sum(w not in glossed for w in undefined_rare_words(summary.simple_explanation))


def _lines(text: str) -> str:
    from scrh.pipeline.summarize.sentences import split_sentences

    return "\n".join(split_sentences(text))


def _read(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _print(title: str, figures: dict[str, float]) -> None:
    print(title)
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:<42} {shown}")


def main(argv: Iterable[str] | None = None) -> int:
    """Run the quality report and print its figures; 2 when an input cannot be read."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=Path, nargs="+", required=True, help="gold-labelled")
    parser.add_argument("--laysum", type=Path, help="pairs of abstract and lay summary")
    parser.add_argument("--review", type=Path, help="a reviewer's scores, one JSON line a paper")
    parser.add_argument("--out", type=Path, help="write each summary as Markdown here")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        review = read_review(args.review) if args.review else None
    except (OSError, ReviewError) as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 2
    engine = RulesEngine()
    gold = [i for path in args.papers for i in summarize_all(_read(path), engine)]
    lay = summarize_all(_read(args.laysum), engine) if args.laysum else []
    names = ", ".join(p.name for p in args.papers)
    _print(f"SCI papers with gold labels ({names})", gold_report(gold))
    rows = gold_rows(gold)
    _print_table("Per design code (gold)", per_design(rows))
    _print_lines(
        "Confusions (gold design -> summary design: papers)",
        [f"{g} -> {f}: {n}" for (g, f), n in confusion(rows).items()],
    )
    _print_lines("Misses", misses(rows))
    for title, items in (("SCI papers", gold), ("Lay summaries", lay)):
        if items:
            grades = [i.summary.reading_grade.simple_explanation for i in items]
            _print(f"Reading grade of the simple explanation: {title}", grade_report(grades))
    if lay:
        _print(f"Lay summaries ({args.laysum.name})", laysum_report(lay))
    everything = gold + lay
    findings = {i.id: i.findings for i in everything}
    _print("Text defects and wrong facts found by the checks", totals(findings))
    _print_table("Per check", per_kind(findings))
    _print_lines(
        "Per paper",
        [
            f"{paper_id}: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
            for paper_id, counts in per_paper(findings).items()
        ],
    )
    if review is not None:
        _print(f"Reviewer's scores ({args.review.name})", review_report(review))
        known = {i.id for i in everything}
        unknown = [r["id"] for r in review if r["id"] not in known]
        _print_lines("Scored papers not in the evaluated sets", unknown)
        _print_lines("Not passing", failing(review))
    if args.out:
        written = write_markdown(args.out, [(i.id, i.paper, i.summary) for i in everything])
        print(f"Wrote {len(written) - 1} summaries and index.md to {args.out}")
    return 0


def _print_table(title: str, table: Mapping[str, Mapping[str, float]]) -> None:
    print(title)
    for key, figures in table.items():
        shown = "  ".join(
            f"{name} {value:.2f}" if isinstance(value, float) else f"{name} {value}"
            for name, value in figures.items()
        )
        print(f"  {key:<34} {shown}")


def _print_lines(title: str, lines: list[str]) -> None:
    print(f"{title}: {len(lines)}")
    for line in lines:
        print(f"  {line}")


if __name__ == "__main__":
    sys.exit(main())
