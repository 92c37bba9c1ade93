from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "scrh.web.research"
    label = "research"
    verbose_name = "Research"

    def ready(self) -> None:
        """Drop cached pages whenever what readers see may have changed."""
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from scrh.web.research.cache import content_changed

        page_published.connect(content_changed, dispatch_uid="scrh-cache-published")
        page_unpublished.connect(content_changed, dispatch_uid="scrh-cache-unpublished")
        post_page_move.connect(content_changed, dispatch_uid="scrh-cache-moved")
        post_delete.connect(_page_deleted, dispatch_uid="scrh-cache-delete")
        post_save.connect(
            _paper_saved, sender="editorial.PaperRecord", dispatch_uid="scrh-cache-paper"
        )


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    from scrh.web.research.cache import content_changed

    if isinstance(instance, Page):
        content_changed()


def _paper_saved(sender, instance, **kwargs) -> None:
    from scrh.web.research.cache import content_changed

    content_changed()
