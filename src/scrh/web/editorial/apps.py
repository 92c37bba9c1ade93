from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "scrh.web.editorial"
    label = "editorial"
    verbose_name = "Editorial"
