"""Moderation: every draft the pipeline writes is reviewed before it goes live."""

from __future__ import annotations

import logging

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from wagtail.models import Page, WorkflowState

log = logging.getLogger(__name__)
WORKFLOW_NAME = "Summary review"
CHECK_TASK = "Check summary"
APPROVE_TASK = "Approve"
EDITORS = "Editors"
MODERATORS = "Moderators"


def review_in_progress(page: Page) -> WorkflowState | None:
    """The page's workflow state while it waits for an editor, else None."""
    state = page.current_workflow_state
    return state if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS else None


@transaction.atomic
def summary_review_start(
    *, page: Page, user: AbstractBaseUser | None = None
) -> WorkflowState | None:
    """Put the page's latest revision into review; an earlier review still open is cancelled.

    With no workflow assigned (someone removed it) the page simply stays a draft.
    """
    current = page.current_workflow_state
    if current is not None:
        current.cancel(user=user)
    workflow = page.get_workflow()
    if workflow is None:
        log.warning("no workflow applies to %r: it stays a draft", page.title)
        return None
    workflow.start(page, user)
    page.refresh_from_db()
    return page.current_workflow_state


@transaction.atomic
def summary_review_approve(*, page: Page, user: AbstractBaseUser | None) -> int:
    """Approve every task of the page's review as `user`; the workflow then publishes it.

    Returns the number of tasks approved (0 when nothing was in review).
    """
    approved = 0
    while (state := review_in_progress(page)) is not None:
        task_state = state.current_task_state
        if task_state is None:
            state.finish(user=user)
            break
        task_state.approve(user=user)
        approved += 1
        page.refresh_from_db()
    return approved
