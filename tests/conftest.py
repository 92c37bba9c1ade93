"""Shared test helpers: where the repo and ../shared live."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO_PAPERS = REPO / "demo" / "sci_papers.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout (fixtures, eval)."""
    assert SHARED.is_dir(), f"expected the shared folder at {SHARED}"
    return SHARED


ENGINE_PLUGIN = REPO / "tests" / "engine_plugin"


@pytest.fixture
def fixture_engine(monkeypatch) -> str:
    """Install the test engine package (an `scrh.engines` entry point) for this test; its name."""
    monkeypatch.syspath_prepend(str(ENGINE_PLUGIN))
    return "fixture"
