"""The summary editor: the checks run on every save, and an errors-free summary goes forward.

Saving (a draft or any other action) runs the checks on what the editor wrote and stores the
report with the revision. Submitting, publishing or approving a summary whose checks report
errors is refused, with each error beside its field, unless a Moderator writes why it may go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import Panel

from scrh.pipeline.checks import CheckReport, run_checks
from scrh.pipeline.checks.model import Finding
from scrh.pipeline.checks.readability import reading_grades
from scrh.pipeline.summarize.model import ReadingGrade, Summary

# Summary JSON list -> the page's inline relation, and its items' names for editors.
RELATIONS = {
    "key_findings": ("findings", "Key finding"),
    "practical_implications": ("implications", "Practical implication"),
    "limitations": ("limitations", "Limitation"),
    "glossary": ("glossary_terms", "Glossary term"),
}
RELATION_DEFAULT_FIELD = {"findings": "text", "implications": "text", "limitations": "text"}
RELATION_FIELDS = {"glossary_terms": {"term", "definition"}}
# Summary JSON path -> the page's field.
FIELDS = {
    "evidence": "evidence_design",
    "evidence.design": "evidence_design",
    "evidence.design_code": "design_code",
    "evidence.level": "evidence_level",
    "evidence.meaning": "evidence_meaning",
    "reading_grade.simple_explanation": "simple_explanation",
    "reading_grade.research_summary": "research_summary",
    "paper.title": "paper_title",
    "paper": "paper_title",
    "categories": "topics",
}
_ITEM = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?$")
FORWARD_ACTIONS = ("action-submit", "action-publish", "action-restart-workflow")


@dataclass(frozen=True)
class FieldRef:
    """Where a check finding belongs in the editor: a page field, or a field of one inline item."""

    name: str
    relation: str = ""
    index: int = -1

    @property
    def html_id(self) -> str:
        """The id of the input in Wagtail's form."""
        if self.relation:
            return f"id_{self.relation}-{self.index}-{self.name}"
        return f"id_{self.name}"


def field_ref(path: str, page_fields: set[str]) -> FieldRef | None:
    """The editor field of a finding's Summary JSON path (`key_findings[1].text`), if it has one."""
    match = _ITEM.match(path)
    if match:
        listed, index, name = match.group(1), int(match.group(2)), match.group(3)
        if listed not in RELATIONS:
            return None
        relation = RELATIONS[listed][0]
        allowed = RELATION_FIELDS.get(relation, {"text", "title", "sources", "origin"})
        name = name if name in allowed else RELATION_DEFAULT_FIELD.get(relation, "term")
        return FieldRef(name=name, relation=relation, index=index)
    name = FIELDS.get(path, path)
    return FieldRef(name=name) if name in page_fields else None


def field_label(path: str) -> str:
    """A finding's place as editors read it: `Key finding 2`, `Simple explanation`."""
    match = _ITEM.match(path)
    if match and match.group(1) in RELATIONS:
        return f"{RELATIONS[match.group(1)][1]} {int(match.group(2)) + 1}"
    return FIELDS.get(path, path).replace("_", " ").replace(".", ": ").capitalize()


def is_moderator(user) -> bool:
    from scrh.web.editorial.workflow import MODERATORS

    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def summary_checks(page, summary: Summary) -> tuple[Summary, CheckReport | None]:
    """The summary with its reading grades measured, and its check report against the paper."""
    summary = summary.model_copy(update={"reading_grade": ReadingGrade(**reading_grades(summary))})
    if page.paper_id is None or page.paper is None:
        return summary, None
    return summary, run_checks(page.paper.to_paper(), summary)


class SummaryPageForm(WagtailAdminPageForm):
    """The summary editor's form: checks on save, errors refused going forward."""

    def __init__(self, *args, for_user=None, **kwargs) -> None:
        super().__init__(*args, for_user=for_user, **kwargs)
        self.may_override = is_moderator(for_user)
        if not self.may_override:
            self.fields.pop("check_override_reason", None)
        self.check_report: CheckReport | None = None
        self._ordered: dict[str, list] = {}

    def is_valid(self) -> bool:
        if not super().is_valid():
            return False
        page = self.instance
        self._items_onto(page)
        try:
            summary, report = summary_checks(page, page.to_summary())
        except ValidationError as error:
            self.add_error(None, f"The summary is not complete: {error}")
            return False
        page.grade_simple_explanation = summary.reading_grade.simple_explanation
        page.grade_research_summary = summary.reading_grade.research_summary
        if report is not None:
            page.check_report = report.to_json_dict()
        reason = (self.cleaned_data.get("check_override_reason") or "").strip()
        page.check_override_reason = reason if self.may_override else ""
        self.check_report = report
        if report is None or report.ok or not self._going_forward() or page.check_override_reason:
            return True
        self._refuse(report)
        return False

    def _going_forward(self) -> bool:
        if any(self.data.get(name) for name in FORWARD_ACTIONS):
            return True
        return bool(self.data.get("action-workflow-action")) and self.data.get(
            "workflow-action-name"
        ) not in ("reject", None, "")

    def _items_onto(self, page) -> None:
        """Put the inline items as edited (order kept, deleted ones left out) on the page."""
        page.topics.set(list(self.cleaned_data.get("topics") or []))
        for relation, _label in RELATIONS.values():
            formset = self.formsets.get(relation)
            if formset is None:
                continue
            forms = list(formset.ordered_forms)
            for n, form in enumerate(forms):
                form.instance.sort_order = n
            setattr(page, relation, [form.instance for form in forms])
            self._ordered[relation] = forms

    def _refuse(self, report: CheckReport) -> None:
        page_fields = set(self.fields)
        for finding in report.errors:
            self._error_beside(finding, page_fields)
        extra = (
            " A Moderator may publish anyway by giving a reason."
            if not self.may_override
            else (
                " To publish anyway, write your reason in “Reason to publish despite check errors”."
            )
        )
        self.add_error(
            None,
            f"The checks found {len(report.errors)} error(s): fix them before this summary goes "
            f"forward (they are shown beside their fields).{extra}",
        )

    def _error_beside(self, finding: Finding, page_fields: set[str]) -> None:
        message = f"{finding.message}" + (f" (“{finding.evidence}”)" if finding.evidence else "")
        ref = field_ref(finding.field, page_fields)
        if ref is None:
            self.add_error(None, f"{field_label(finding.field)}: {message}")
        elif ref.relation:
            forms = self._ordered.get(ref.relation, [])
            if ref.index < len(forms) and ref.name in forms[ref.index].fields:
                forms[ref.index].add_error(ref.name, message)
            else:
                self.add_error(None, f"{field_label(finding.field)}: {message}")
        else:
            self.add_error(ref.name, message)


class CheckReportPanel(Panel):
    """The check report of the revision being edited, each problem linked to its field."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "research/admin/check_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            report = CheckReport.from_json_dict(page.check_report or {})
            fields = set(self.form.fields) if self.form is not None else set()
            rows = []
            for finding in report.findings:
                ref = field_ref(finding.field, fields | {"simple_explanation"})
                rows.append(
                    {
                        "finding": finding,
                        "label": field_label(finding.field),
                        "target": ref.html_id if ref else "",
                    }
                )
            context.update(
                rows=rows,
                report=report,
                checked=bool(page.check_report),
                errors=len(report.errors),
                warnings=len(report.warnings),
                override=page.check_override_reason,
                sentences=list(enumerate(page.sentences or [], start=1)),
            )
            return context
