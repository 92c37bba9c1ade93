from django.apps import AppConfig


class ResearchConfig(AppConfig):
    name = "scrh.web.research"
    label = "research"
    verbose_name = "Research"
