"""Findings and the report that combines them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) about one field of a summary.

    `field` names the summary field (`key_findings[0].text`); `evidence` quotes what triggered it;
    `check` is the name of the check that produced it.
    """

    severity: Severity
    field: str
    message: str
    evidence: str = ""
    check: str = ""

    def to_dict(self) -> dict[str, str]:
        """The finding as JSON-ready data."""
        return {
            "check": self.check,
            "severity": self.severity,
            "field": self.field,
            "message": self.message,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """Rebuild a finding from `to_dict` output."""
        severity = data.get("severity", "info")
        if severity not in SEVERITIES:
            raise ValueError(f"unknown severity {severity!r}")
        return cls(
            severity=severity,
            field=str(data.get("field", "")),
            message=str(data.get("message", "")),
            evidence=str(data.get("evidence", "")),
            check=str(data.get("check", "")),
        )

    def describe(self) -> str:
        """One line for people: `error  key_findings[0].text  message  «evidence»`."""
        quote = f" «{self.evidence}»" if self.evidence else ""
        return f"{self.severity:<7} {self.field}: {self.message}{quote}"


@dataclass(frozen=True, slots=True)
class CheckReport:
    """All findings about one summary, plus the reading grade of each prose field."""

    findings: tuple[Finding, ...] = ()
    reading_grades: Mapping[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """Findings that must be fixed before publication."""
        return self._with("error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings an editor should look at."""
        return self._with("warning")

    @property
    def ok(self) -> bool:
        """True when there are no errors."""
        return not self.errors

    def _with(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == severity)

    def to_json_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "ok": self.ok,
            "counts": {s: len(self._with(s)) for s in SEVERITIES},
            "reading_grades": dict(self.reading_grades),
            "findings": [f.to_dict() for f in self.findings],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as a JSON string."""
        return json.dumps(self.to_json_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> CheckReport:
        """Rebuild a report from `to_json_dict` output."""
        grades = {str(k): float(v) for k, v in (data.get("reading_grades") or {}).items()}
        findings = tuple(Finding.from_dict(f) for f in data.get("findings") or ())
        return cls(findings=findings, reading_grades=grades)

    @classmethod
    def from_json(cls, text: str) -> CheckReport:
        """Rebuild a report from `to_json` output."""
        return cls.from_json_dict(json.loads(text))

    def format_text(self) -> str:
        """A plain-text rendering for terminals."""
        grades = ", ".join(f"{k} {v:.1f}" for k, v in self.reading_grades.items())
        counts = ", ".join(f"{len(self._with(s))} {s}s" for s in SEVERITIES)
        lines = [f"{'OK' if self.ok else 'FAILED'}: {counts}"]
        if grades:
            lines.append(f"reading grades: {grades}")
        lines.extend(f.describe() for f in self.findings)
        return "\n".join(lines)


def tag(check: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings with their `check` name filled in."""
    return [
        f if f.check else Finding(f.severity, f.field, f.message, f.evidence, check)
        for f in findings
    ]
