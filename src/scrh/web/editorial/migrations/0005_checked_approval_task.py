"""The Summary review workflow's tasks refuse to approve a summary with check errors not overridden.

Each group approval task of the workflow is replaced by a CheckedApprovalTask of the same name and
groups; the old tasks are made inactive (reviews already on them finish there).
"""

import django.db.models.deletion
from django.db import migrations, models


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    CheckedApprovalTask = apps.get_model("editorial.CheckedApprovalTask")
    checked_type, _ = ContentType.objects.get_or_create(
        app_label="editorial", model="checkedapprovaltask"
    )
    workflow = Workflow.objects.filter(name="Summary review").first()
    if workflow is None:
        return
    for link in workflow.workflow_tasks.order_by("sort_order"):
        old = GroupApprovalTask.objects.filter(pk=link.task_id).first()
        if old is None:
            continue
        new = CheckedApprovalTask.objects.create(
            name=old.name, content_type=checked_type, active=True
        )
        new.groups.set(old.groups.all())
        link.task_id = new.pk
        link.save()
        GroupApprovalTask.objects.filter(pk=old.pk).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("editorial", "0004_review_groups_and_workflow"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="CheckedApprovalTask",
            fields=[
                (
                    "task_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.task",
                    ),
                ),
                (
                    "groups",
                    models.ManyToManyField(
                        help_text="Pages/snippets at this step in a workflow will be moderated or approved by these groups of users",
                        to="auth.group",
                        verbose_name="groups",
                    ),
                ),
            ],
            options={
                "verbose_name": "group approval held to the summary checks",
                "verbose_name_plural": "group approvals held to the summary checks",
            },
            bases=("wagtailcore.task",),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
