from django.apps import AppConfig


class ReadersConfig(AppConfig):
    name = "scrh.web.readers"
    label = "readers"
    verbose_name = "Readers"
