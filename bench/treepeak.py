"""Peak memory of a command with its worker processes: ``python treepeak.py COMMAND…``.

Samples the resident memory (``/proc/PID/status`` VmRSS) of the command and all its descendants every 20 ms
and prints, on stderr after the command ends, the wall time and the peak of their sum (Linux only). GNU time
and ``peak.py`` report the largest single process; a build's workers run beside it, so their sum is the figure
for "peak memory including workers".
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss(root: int) -> int:
    """KiB resident in ``root`` and every process below it."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kib(pid)
        todo += tree.get(pid, [])
    return total


def main() -> int:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[1:])
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(0.02)
    wall = time.perf_counter() - start
    print(f"treepeak: {wall:.2f} s, peak RSS with workers {peak / 1024:.0f} MiB", file=sys.stderr)
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
