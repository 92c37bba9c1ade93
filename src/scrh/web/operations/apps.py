from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "scrh.web.operations"
    label = "operations"
    verbose_name = "Operations"
