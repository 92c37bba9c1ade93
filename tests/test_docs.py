"""Documentation that cannot drift: every command and environment variable is in the README."""

import re

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text()
COMMANDS = sorted(
    p.stem
    for p in (REPO / "src" / "scrh" / "web").glob("*/management/commands/*.py")
    if not p.stem.startswith("_")
)
ENV_VARS = sorted(
    set(
        re.findall(
            r"""environ(?:\.get)?\(\s*["']([A-Z_]+)["']""",
            "\n".join(p.read_text() for p in (REPO / "src").rglob("*.py")),
        )
    )
    | set(
        re.findall(
            r"""_required\(["']([A-Z_]+)["']\)""",
            "\n".join(p.read_text() for p in (REPO / "src").rglob("*.py")),
        )
    )
)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_management_command_is_in_the_readme(command):
    assert f"scrh {command}" in README


@pytest.mark.parametrize("variable", ENV_VARS)
def test_every_environment_variable_is_in_the_readme(variable):
    assert f"`{variable}`" in README


def test_the_readme_gives_the_same_test_command_ci_runs():
    assert "make test" in README
    assert "make test" in (REPO / ".ci" / "run").read_text()
