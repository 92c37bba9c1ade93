"""The engine registry: one dict maps engine names to factories.

Built-in engines register themselves here exactly as any extra engine would; other code adds
its own with `register_engine`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary


class Engine(Protocol):
    """Anything that turns a Paper into a Summary."""

    name: str

    def summarize(self, paper: Paper) -> Summary: ...


EngineFactory = Callable[..., Engine]


def builtin_engines() -> dict[str, EngineFactory]:
    """The engines that ship with scrh, by name."""
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    engines: dict[str, EngineFactory] = {"rules": RulesEngine}
    try:
        from scrh.pipeline.summarize.engines.llm import LLMEngine
    except ImportError:  # the optional engine's module or its client is not installed
        return engines
    engines["llm"] = LLMEngine
    return engines


_REGISTERED: dict[str, EngineFactory] = {}


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make `factory` available as the engine `name` (replacing any engine of that name)."""
    _REGISTERED[name] = factory


def unregister_engine(name: str) -> None:
    """Forget an engine added with `register_engine` (built-in engines stay)."""
    _REGISTERED.pop(name, None)


def available_engines() -> dict[str, EngineFactory]:
    """The built-in engines and those registered, by name."""
    return {**builtin_engines(), **_REGISTERED}


def get_engine(
    name: str, *, registry: dict[str, EngineFactory] | None = None, **options: Any
) -> Engine:
    """Build the engine called `name`; an unknown name raises KeyError listing the choices."""
    engines = registry if registry is not None else available_engines()
    if name not in engines:
        raise KeyError(f"unknown engine {name!r}; choose from {', '.join(sorted(engines))}")
    return engines[name](**options)
