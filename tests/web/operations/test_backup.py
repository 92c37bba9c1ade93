"""`scrh backup` / `scrh restore`: a round trip gives back exactly the content backed up."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from wagtail.models import Page

from scrh.web.editorial.models import PaperRecord
from scrh.web.operations.backup import search_index_labels
from scrh.web.research.models import SummaryPage
from tests.web.conftest import demo_papers, publish_papers

pytestmark = pytest.mark.django_db(transaction=True)


def content() -> str:
    """Every row the backup carries, serialized in a stable order.

    Django's serializer keeps times to the millisecond; "12.000Z" and "12Z" are the same time.
    """
    out = io.StringIO()
    call_command("dumpdata", exclude=search_index_labels(), stdout=out)
    return out.getvalue().replace('.000Z"', 'Z"')


@pytest.fixture
def site_with_summaries(site, editor):
    return publish_papers(demo_papers(3), editor)


def _spoil() -> None:
    """Lose content after the backup: a page deleted, a paper changed."""
    SummaryPage.objects.first().delete()
    PaperRecord.objects.update(title="changed after the backup")


@pytest.mark.parametrize("name", ["backup.json", "backup.json.gz"])
def test_json_backup_round_trip_restores_identical_content(site_with_summaries, tmp_path, name):
    before = content()
    call_command("backup", str(tmp_path / name), "--format", "json", stdout=io.StringIO())
    _spoil()
    assert content() != before
    call_command("restore", str(tmp_path / name), stdout=io.StringIO())
    assert content() == before
    assert Page.objects.live().type(SummaryPage).count() == 3


def test_sqlite_backup_round_trip_restores_identical_content(site_with_summaries, tmp_path):
    if connection.vendor != "sqlite":
        with pytest.raises(CommandError, match="SQLite"):
            call_command("backup", str(tmp_path / "site.sqlite3"), "--format", "sqlite")
        return
    before = content()
    out = io.StringIO()
    call_command("backup", str(tmp_path / "site.sqlite3"), stdout=out)
    assert "(sqlite)" in out.getvalue()
    assert (tmp_path / "site.sqlite3").read_bytes().startswith(b"SQLite format 3")
    _spoil()
    call_command("restore", str(tmp_path / "site.sqlite3"), stdout=io.StringIO())
    assert content() == before


def test_restored_summaries_are_found_by_search_again(site_with_summaries, client, tmp_path):
    title = site_with_summaries[0].title
    call_command("backup", str(tmp_path / "b.json"), "--format", "json", stdout=io.StringIO())
    call_command("restore", str(tmp_path / "b.json"), stdout=io.StringIO())
    found = SummaryPage.objects.live().search(title.split()[0])
    assert any(page.title == title for page in found)


def test_restore_of_a_missing_file_fails_plainly(db, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no backup"):
        call_command("restore", str(tmp_path / "nothing.json"))


def test_a_restore_moves_the_content_version_on(site_with_summaries, tmp_path):
    from scrh.web.research.cache import content_version

    path = tmp_path / "backup.json"
    call_command("backup", str(path), stdout=io.StringIO())
    before = content_version()
    call_command("restore", str(path), stdout=io.StringIO())
    assert content_version() != before
