"""The pipeline is pure Python: importing all of it must not import Django."""

import subprocess
import sys

IMPORT_ALL = """
import importlib, pkgutil, sys
import scrh.pipeline as root
for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
    importlib.import_module(info.name)
print(sorted(m for m in sys.modules if m == "django" or m.startswith("django.")))
"""


def test_importing_the_whole_pipeline_does_not_import_django():
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
