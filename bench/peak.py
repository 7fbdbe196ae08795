"""Fallback peak-RSS wrapper where GNU time is missing: ``python peak.py RSS_FILE COMMAND…``.

Forks COMMAND, waits for it, writes its ``ru_maxrss`` (KiB) to RSS_FILE and exits with its exit
code. Like GNU time, it keeps the harness's own (large) memory out of the child's figure: the child
is forked from this small process, not vforked from the harness.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    rss_file, argv = sys.argv[1], sys.argv[2:]
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(rss_file, "w", encoding="utf-8") as handle:
        handle.write(f"{usage.ru_maxrss}\n")
    return os.waitstatus_to_exitcode(status) % 256


if __name__ == "__main__":
    sys.exit(main())
