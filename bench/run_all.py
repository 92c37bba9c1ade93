"""`make bench`: every benchmark, even after one misses its goal, then one table of
figure / goal / met. Exit status 1 when any goal is missed or a benchmark fails.

Each bench_*.py prints its own report and, for each goal, a line
`RESULT<TAB>name<TAB>figure<TAB>goal<TAB>yes|no`; one that prints none is judged by its exit
status.

    python bench/run_all.py [bench_site.py ...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: Path) -> tuple[list[tuple[str, str, str, str]], int, float]:
    """Run one benchmark, echoing its output; its RESULT rows, exit status and seconds."""
    print(f"== {script.name}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=HERE.parent
    )
    rows = []
    for line in process.stdout:  # type: ignore[union-attr]
        print(line, end="", flush=True)
        if line.startswith("RESULT\t"):
            _tag, name, figure, goal, met = line.rstrip("\n").split("\t")
            rows.append((name, figure, goal, met))
    return rows, process.wait(), time.perf_counter() - started


def main() -> int:
    names = sys.argv[1:]
    scripts = [HERE / n for n in names] if names else sorted(HERE.glob("bench_*.py"))
    table, failed = [], []
    for script in scripts:
        rows, status, seconds = run(script)
        table += rows
        if status != 0 and not rows:
            failed.append(script.name)
        if not rows:  # a benchmark without RESULT lines: its own verdict is its exit status
            verdict = "its printed goals" if status in (0, 1) else "runs"
            table.append((script.name, f"exit {status}", verdict, "yes" if status == 0 else "no"))
        print(f"   ({seconds:.0f} s)\n", flush=True)
    load = os.getloadavg()[0]
    width = max(len(name) for name, *_ in table) if table else 10
    print(f"\n{'figure':<{width}}  {'measured':<34} {'goal':<18} met")
    for name, figure, goal, met in table:
        print(f"{name:<{width}}  {figure:<34} {goal:<18} {met}")
    missed = [name for name, _f, _g, met in table if met != "yes"]
    print(f"\n{len(table) - len(missed)} of {len(table)} goals met "
          f"({os.cpu_count()} cores, load average {load:.1f} at the end)")  # fmt: skip
    return 1 if missed or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
