"""Backup and restore: SQLite's online backup for SQLite, a JSON dump for any database.

A SQLite backup is a consistent copy of the database file, taken while the site keeps serving.
A JSON backup (`dumpdata`, primary keys kept, content types included) moves between databases,
e.g. SQLite to PostgreSQL; restoring one empties the database first, loads the dump, rebuilds the
search index and clears the cache.
"""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import tempfile
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction

SQLITE_MAGIC = b"SQLite format 3\x00"
GZIP_MAGIC = b"\x1f\x8b"
# Search index tables, rebuilt on restore by `update_index` (which exist depends on the database).
SEARCH_INDEX_MODELS = ("indexentry", "sqliteftsindexentry")
CONTENT_TYPE_LABEL = "contenttypes.contenttype"


def database_is_sqlite() -> bool:
    return connection.vendor == "sqlite"


def backup_create(*, path: Path, fmt: str = "auto") -> str:
    """Write a backup of the default database to `path`; returns the format used."""
    fmt = ("sqlite" if database_is_sqlite() else "json") if fmt == "auto" else fmt
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "sqlite":
        _sqlite_copy_to(path)
    else:
        _json_dump_to(path)
    return fmt


def backup_restore(*, path: Path) -> str:
    """Replace the database's content with the backup at `path`; returns the format read."""
    with path.open("rb") as handle:
        is_sqlite = handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    if is_sqlite:
        if not database_is_sqlite():
            raise ValueError("a SQLite backup restores only into SQLite (use --format json)")
        _sqlite_copy_from(path)
        fmt = "sqlite"
    else:
        _json_load_from(path)
        fmt = "json"
    _after_restore()
    return fmt


def _after_restore() -> None:
    """Every process's page cache goes stale (the version is in the restored database itself)."""
    from scrh.web.research.cache import content_changed

    ContentType.objects.clear_cache()
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    content_changed()
    cache.clear()


def _sqlite_copy_to(path: Path) -> None:
    if not database_is_sqlite():
        raise ValueError("--format sqlite needs a SQLite database")
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _sqlite_copy_from(path: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def search_index_labels() -> list[str]:
    """`app.model` labels of the search index tables this database has."""
    search = apps.get_app_config("wagtailsearch")
    present = {m._meta.model_name for m in search.get_models(include_auto_created=True)}
    return [f"wagtailsearch.{name}" for name in SEARCH_INDEX_MODELS if name in present]


def _json_dump_to(path: Path) -> None:
    buffer = io.StringIO()
    call_command("dumpdata", exclude=search_index_labels(), stdout=buffer)
    data = buffer.getvalue().encode()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


def _json_load_from(path: Path) -> None:
    data = path.read_bytes()
    if data[:2] == GZIP_MAGIC:
        data = gzip.decompress(data)
    objects = json.loads(data)
    first = [o for o in objects if o["model"] == CONTENT_TYPE_LABEL]
    rest = [o for o in objects if o["model"] != CONTENT_TYPE_LABEL]
    with tempfile.TemporaryDirectory() as folder:
        # Content types first: loading pages looks them up (and would create missing ones).
        fixtures = [Path(folder) / "1-contenttypes.json", Path(folder) / "2-content.json"]
        for fixture, part in zip(fixtures, (first, rest), strict=True):
            fixture.write_text(json.dumps(part))  # loaddata tells the format by the extension
        with transaction.atomic():
            # Empty every table without re-creating content types: the dump has the originals.
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            ContentType.objects.clear_cache()
            for fixture in fixtures:
                call_command("loaddata", str(fixture), verbosity=0)
