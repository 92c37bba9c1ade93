"""Data files of the pipeline: lexicon, outcome measures, categories, glossary."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """The parsed JSON data file `name` (e.g. "outcome_measures.json"), read once."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
