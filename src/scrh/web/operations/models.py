"""What every process of the site must agree on, kept in the database they share."""

from __future__ import annotations

from django.db import models


class ContentVersion(models.Model):
    """One row: moves on whenever what readers see changes (publishing, a restore, ...).

    The page cache keys its entries on it. It lives in the database, not the cache, so a change
    made by any process (a command, the worker, another app server) reaches every process,
    whatever cache each one uses, and a restored database never brings back an old version.
    """

    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"content version {self.value}"
