"""Reading grades of the simple explanations."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

TARGET = 8.0


def grade_report(grades: Sequence[float], *, target: float = TARGET) -> dict[str, float]:
    """Mean, maximum and the share at or below the target grade."""
    if not grades:
        return {"FKGL mean": 0.0, "FKGL max": 0.0, f"share FKGL <= {target:g}": 0.0}
    return {
        "FKGL mean": statistics.mean(grades),
        "FKGL max": max(grades),
        f"share FKGL <= {target:g}": sum(g <= target for g in grades) / len(grades),
    }
