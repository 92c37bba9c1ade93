"""A reviewer's rubric scores (one JSON line per paper, as in RUBRIC.md): means and passes."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

SCORES = ("U", "M", "P", "L")
COUNTS = ("F", "G")


class ReviewError(ValueError):
    """A reviewer's line that cannot be read."""


def read_review(path: Path) -> list[dict[str, Any]]:
    """The reviewer's lines; a bad line raises ReviewError naming its line number."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(validate(json.loads(line)))
        except (json.JSONDecodeError, ReviewError) as error:
            raise ReviewError(f"{path}: line {number}: {error}") from error
    return out


def validate(row: Any) -> dict[str, Any]:
    """The row when it has an id, U, M, P, L in 1..5 and F, G whole numbers >= 0."""
    if not isinstance(row, dict) or not row.get("id"):
        raise ReviewError("expected an object with an 'id'")
    for key in SCORES:
        if not isinstance(row.get(key), int) or not 1 <= row[key] <= 5:
            raise ReviewError(f"{key} must be a whole number from 1 to 5, got {row.get(key)!r}")
    for key in COUNTS:
        if not isinstance(row.get(key), int) or row[key] < 0:
            raise ReviewError(f"{key} must be a whole number >= 0, got {row.get(key)!r}")
    return row


def passes(row: Mapping[str, Any]) -> bool:
    """RUBRIC.md's pass: U, M, P >= 4 and F = G = 0."""
    return all(row[k] >= 4 for k in ("U", "M", "P")) and row["F"] == 0 and row["G"] == 0


def review_report(rows: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    """Means of U, M, P, L, F, G, and how many summaries pass."""
    rows = list(rows)
    out: dict[str, float] = {"summaries reviewed": len(rows)}
    for key in (*SCORES, *COUNTS):
        out[f"{key} mean"] = statistics.mean(r[key] for r in rows) if rows else 0.0
    out["pass"] = sum(passes(r) for r in rows)
    out["pass share"] = out["pass"] / len(rows) if rows else 0.0
    return out


def failing(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """`id: notes` for each summary that does not pass."""
    return [f"{r['id']}: {r.get('notes', '')}" for r in rows if not passes(r)]
