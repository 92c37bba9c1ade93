"""The engine registry: engines are registered through the `scrh.engines` entry-point group.

The built-in engines (`rules`, `llm`) are registered in scrh's own pyproject.toml exactly as another
package adds one:

    [project.entry-points."scrh.engines"]
    myengine = "my_package.engine:MyEngine"

The entry point names a factory: a callable taking keyword options and returning an Engine.
Code in the same process (a test, a notebook) may also add one with `register_engine`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Protocol

from scrh.pipeline.papers.model import Paper
from scrh.pipeline.summarize.model import Summary

ENTRY_POINT_GROUP = "scrh.engines"


class Engine(Protocol):
    """Anything that turns a Paper into a Summary."""

    name: str

    def summarize(self, paper: Paper) -> Summary: ...


EngineFactory = Callable[..., Engine]


class EngineUnavailable(KeyError):
    """The engine is registered but cannot be loaded (its optional dependencies are missing)."""


def engine_names() -> list[str]:
    """The names of every registered engine, sorted."""
    return sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def registered_engines() -> dict[str, EngineFactory]:
    """Every registered engine whose code can be loaded, by name."""
    engines: dict[str, EngineFactory] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            engines[ep.name] = _load(ep)
        except EngineUnavailable:
            continue
    return engines


def builtin_engines() -> dict[str, EngineFactory]:
    """The engines that can be used here, by name (kept for callers of the old name)."""
    return available_engines()


_REGISTERED: dict[str, EngineFactory] = {}


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make `factory` the engine `name` in this process (it wins over an entry point)."""
    _REGISTERED[name] = factory


def unregister_engine(name: str) -> None:
    """Forget an engine added with `register_engine` (entry points stay)."""
    _REGISTERED.pop(name, None)


def available_engines() -> dict[str, EngineFactory]:
    """The engines of the entry points and those registered in this process, by name."""
    return {**registered_engines(), **_REGISTERED}


def get_engine(
    name: str, *, registry: dict[str, EngineFactory] | None = None, **options: Any
) -> Engine:
    """Build the engine called `name` with `options`; an unknown name raises KeyError."""
    if registry is not None:
        if name not in registry:
            raise KeyError(f"unknown engine {name!r}; choose from {', '.join(sorted(registry))}")
        return registry[name](**options)
    if name in _REGISTERED:
        return _REGISTERED[name](**options)
    found = [ep for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name == name]
    if not found:
        choices = sorted({*engine_names(), *_REGISTERED})
        raise KeyError(f"unknown engine {name!r}; choose from {', '.join(choices)}")
    return _load(found[0])(**options)


def _load(ep: EntryPoint) -> EngineFactory:
    try:
        factory = ep.load()
    except ImportError as error:  # an optional engine whose client is not installed
        raise EngineUnavailable(f"engine {ep.name!r} cannot be loaded: {error}") from error
    if not callable(factory):
        raise EngineUnavailable(f"engine {ep.name!r} does not name a callable ({ep.value})")
    return factory
