"""Editors and Moderators groups with their permissions, and the "Summary review" workflow.

Editors check summaries (first task); Moderators approve them (second task), which publishes.
The workflow is assigned to the root page, so every page the pipeline creates goes through it.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "lock_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    "Editors": [
        ("wagtailadmin", "access_admin"),
        ("editorial", "add_savedsearch"),
        ("editorial", "change_savedsearch"),
        ("editorial", "view_savedsearch"),
        ("editorial", "view_ingestrun"),
        ("editorial", "add_summarycandidate"),
    ],
    "Moderators": [
        ("wagtailadmin", "access_admin"),
        ("editorial", "add_savedsearch"),
        ("editorial", "change_savedsearch"),
        ("editorial", "delete_savedsearch"),
        ("editorial", "view_savedsearch"),
        ("editorial", "view_ingestrun"),
        ("editorial", "add_summarycandidate"),
    ],
}
TASKS = [("Check summary", ["Editors", "Moderators"]), ("Approve", ["Moderators"])]


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("editorial")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    groups = {}
    for name, codenames in PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        if root is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    _workflow_create(apps, groups, root)


def _workflow_create(apps, groups, root):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflow, _ = Workflow.objects.get_or_create(name="Summary review", defaults={"active": True})
    for order, (name, group_names) in enumerate(TASKS):
        task, _ = GroupApprovalTask.objects.get_or_create(
            name=name, defaults={"content_type": task_type, "active": True}
        )
        task.groups.set([groups[g] for g in group_names])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_saved_searches_candidates"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
