"""`make demo` run with a stand-in for `scrh` that records how it was called."""

from __future__ import annotations

import shutil
import subprocess

from tests.conftest import REPO

FAKE_SCRH = """#!/bin/sh
echo "$1 SCRH_BASE_URL=$SCRH_BASE_URL" >> "$(dirname "$0")/calls.log"
"""


def test_demo_on_another_port_links_every_email_to_that_port(tmp_path):
    shutil.copy(REPO / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    fake = bin_dir / "scrh"
    fake.write_text(FAKE_SCRH)
    fake.chmod(0o755)
    (tmp_path / ".venv" / ".installed").touch()
    (tmp_path / "var").mkdir()
    subprocess.run(
        ["make", "demo", "PORT=8080"], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        check=True,
    )  # fmt: skip
    calls = (bin_dir / "calls.log").read_text().splitlines()
    assert {c.split()[0] for c in calls} >= {"migrate", "setup_site", "runserver", "create_editor"}
    assert {c.split(" ", 1)[1] for c in calls} == {"SCRH_BASE_URL=http://127.0.0.1:8080"}
