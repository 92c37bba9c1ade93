"""Language data of the summarizer: one folder per language (`en`), read once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str, language: str = "en") -> Any:
    """The parsed JSON file `name` of `language` (e.g. "designs.json"), read once."""
    folder = resources.files(__package__).joinpath(language)
    return json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
