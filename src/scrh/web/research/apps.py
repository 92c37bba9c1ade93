from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "scrh.web.research"
    label = "research"
    verbose_name = "Research"

    def ready(self) -> None:
        """Index pages as they are published and drop cached pages whenever what readers see
        may have changed (see scrh.web.research.indexing)."""
        from django.db.models.signals import post_delete, post_save
        from django_tasks.signals import task_finished
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from scrh.web.research.indexing import index_task_finished, page_changed

        page_published.connect(page_changed, dispatch_uid="scrh-cache-published")
        page_unpublished.connect(page_changed, dispatch_uid="scrh-cache-unpublished")
        post_page_move.connect(page_changed, dispatch_uid="scrh-cache-moved")
        task_finished.connect(index_task_finished, dispatch_uid="scrh-cache-index-task")
        post_delete.connect(_page_deleted, dispatch_uid="scrh-cache-delete")
        post_save.connect(
            _paper_saved, sender="editorial.PaperRecord", dispatch_uid="scrh-cache-paper"
        )


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    from scrh.web.research.indexing import content_version_move

    if isinstance(instance, Page):
        content_version_move()


def _paper_saved(sender, instance, **kwargs) -> None:
    from scrh.web.research.indexing import content_version_move

    content_version_move()
