"""The review workflow's approval step, held to the summary checks."""

from __future__ import annotations

from django.urls import reverse
from wagtail.models import AbstractGroupApprovalTask

from scrh.pipeline.checks.model import CheckReport

FORWARD_ACTIONS = ("approve",)


def revision_may_go_forward(revision) -> bool:
    """True unless the revision is a summary whose checks report errors no Moderator overrode."""
    from scrh.web.research.models import SummaryPage

    if revision is None or not issubclass(revision.content_type.model_class(), SummaryPage):
        return True
    content = revision.content
    report = CheckReport.from_json_dict(content.get("check_report") or {})
    return report.ok or bool((content.get("check_override_reason") or "").strip())


class CheckedApprovalTask(AbstractGroupApprovalTask):
    """Approval by a group, refused for a summary whose checks report errors not overridden.

    Approving from the editor runs the checks on the edited summary first (and a Moderator may
    give a reason to go ahead); approving from anywhere else sends the reviewer to the editor,
    where the errors are shown beside their fields.
    """

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        fresh = type(obj).objects.get(pk=obj.pk)  # a revision may have been saved meanwhile
        if action_name in FORWARD_ACTIONS and not revision_may_go_forward(
            fresh.get_latest_revision()
        ):
            return reverse("wagtailadmin_pages:edit", args=[obj.pk])
        return super().on_action(task_state, user, action_name, **kwargs)

    class Meta:
        verbose_name = "group approval held to the summary checks"
        verbose_name_plural = "group approvals held to the summary checks"
