"""Quality report of the rules engine on the development sets.

python -m scrh.pipeline.evaluate --papers PAPERS.jsonl --laysum LAYSUM.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from collections.abc import Iterable
from pathlib import Path

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.glossary import rare_rate, undefined_rare_words
from scrh.pipeline.summarize.model import NOT_SPECIFIED, Summary

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


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
    source = numbers_in(paper.title + " " + paper.abstract)
    return [
        n
        for n in _NUMBER.findall(summary_text(summary))
        if n not in source and n.replace(",", "") not in source
    ]


def gold_report(records: list[dict], engine: RulesEngine) -> dict[str, float]:
    """Figures against the hand-assigned labels of the SCI papers."""
    rows: dict[str, list] = {
        "design": [],
        "level": [],
        "count": [],
        "found": [],
        "invented": [],
        "fk": [],
        "fk_rs": [],
        "numbers": [],
        "rare": [],
        "rare_abs": [],
        "undefined": [],
    }
    for record in records:
        paper = paper_from_record(record)
        summary = engine.summarize(paper)
        gold = record["gold"]
        rows["design"].append(summary.evidence.design_code == gold["design"])
        rows["level"].append(summary.evidence.level == gold["cebm_level"])
        rows["count"].append(summary.participant_count == gold["participant_count"])
        stated = summary.study_duration != NOT_SPECIFIED
        (rows["found"] if gold["duration"] else rows["invented"]).append(stated)
        rows["fk"].append(summary.reading_grade.simple_explanation)
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
    return {
        "papers": len(records),
        "design accuracy": _share(rows["design"]),
        "CEBM level accuracy": _share(rows["level"]),
        "participant count exact": _share(rows["count"]),
        "duration found when present": _share(rows["found"]),
        "duration invented when absent": _share(rows["invented"]),
        "simple explanation FKGL mean": statistics.mean(rows["fk"]),
        "simple explanation FKGL max": max(rows["fk"]),
        "research summary FKGL mean": statistics.mean(rows["fk_rs"]),
        "research summary FKGL max": max(rows["fk_rs"]),
        "numbers traceable": 1.0 - bad / total if total else 1.0,
        "rare words /100 (simple explanation)": statistics.mean(rows["rare"]),
        "rare words /100 (abstract)": statistics.mean(rows["rare_abs"]),
        "rare words with no definition (per summary)": statistics.mean(rows["undefined"]),
    }


def laysum_report(records: list[dict], engine: RulesEngine) -> dict[str, float]:
    """ROUGE of the simple explanation against human plain-language summaries, beside the
    copy-the-abstract floor, plus reading grade and rare-word rates."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    ours: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
    floor: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeLsum": []}
    grades, grades_rs, rare, rare_abs = [], [], [], []
    for record in records:
        paper = paper_from_record(
            {"title": record.get("source_title") or "Review", "abstract": record["abstract"]}
        )
        summary = engine.summarize(paper)
        target = _lines(record["plain_summary"])
        for name, bucket in ((summary.simple_explanation, ours), (record["abstract"], floor)):
            scores = scorer.score(target, _lines(name))
            for key in bucket:
                bucket[key].append(scores[key].fmeasure)
        grades.append(summary.reading_grade.simple_explanation)
        grades_rs.append(summary.reading_grade.research_summary)
        rare.append(rare_rate(summary.simple_explanation))
        rare_abs.append(rare_rate(record["abstract"]))
    out: dict[str, float] = {"pairs": len(records)}
    for key in ours:
        out[f"{key} ours"] = statistics.mean(ours[key])
        out[f"{key} copy-abstract floor"] = statistics.mean(floor[key])
    out["simple explanation FKGL mean"] = statistics.mean(grades)
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


def _share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0


def _read(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _print(title: str, figures: dict[str, float]) -> None:
    print(title)
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key:<42} {shown}")


def main(argv: Iterable[str] | None = None) -> None:
    """Run the quality report and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=Path, required=True)
    parser.add_argument("--laysum", type=Path)
    args = parser.parse_args(list(argv) if argv is not None else None)
    engine = RulesEngine()
    _print(
        f"SCI papers with gold labels ({args.papers.name})", gold_report(_read(args.papers), engine)
    )
    if args.laysum:
        _print(f"Lay summaries ({args.laysum.name})", laysum_report(_read(args.laysum), engine))


if __name__ == "__main__":
    main()
