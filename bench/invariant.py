"""The "no translation is ever lost" invariant at scale: the CI test with many more random edit sequences."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = "tests/test_no_translation_lost.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--examples", type=int, default=500, help="edit sequences to try (CI tries 15)")
    parser.add_argument("--fixed", action="store_true", help="CI's fixed seed instead of new examples each run")
    args = parser.parse_args()
    env = {**os.environ, "STELE_HYPOTHESIS_EXAMPLES": str(args.examples)}
    if not args.fixed:
        env["STELE_HYPOTHESIS_RANDOM"] = "1"
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics", TEST]
    seed = "fixed" if args.fixed else "new"
    print(f"invariant: {args.examples} random edit sequences on the real articles ({seed} seed)")
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    print(f"invariant: {'held' if done.returncode == 0 else 'BROKEN'} in {time.perf_counter() - start:.0f} s")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
