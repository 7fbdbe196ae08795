"""Whole-process timing: wall time and peak RSS (``os.wait4`` rusage) of one child per run.

Commands of one group run interleaved (A B C, A B C, …) so that drift of a shared, noisy machine
hits every command alike. A command that crashes or times out is not run again in that group.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

CRASH_MARK = "Traceback (most recent call last)"


@dataclass
class Command:
    """One command line of a benchmark row."""

    label: str
    argv: list[str]
    display: str
    cwd: Path
    baseline: bool = False
    ok_codes: tuple[int, ...] = (0,)
    prepare: Callable[[], None] | None = None  # untimed, before every run (e.g. copy the input)
    skip: str | None = None  # why this command is not run (a missing peer, "takes hours", …)
    capture: re.Pattern[str] | None = None  # a line of its output to keep from every run


@dataclass
class Sample:
    """One run: wall seconds, peak RSS of the child in KiB, exit code."""

    wall: float
    peak_kib: int
    returncode: int
    timed_out: bool


@dataclass
class Measurement:
    """All runs of one command, and why it stopped if it did."""

    command: Command
    samples: list[Sample] = field(default_factory=list)
    failure: str | None = None  # "timeout >600 s", "crashed (exit 1): …", or the skip reason
    stderr_tail: str = ""
    captured: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failure is None and bool(self.samples)

    @property
    def median_wall(self) -> float | None:
        return statistics.median(s.wall for s in self.samples) if self.ok else None

    @property
    def median_peak_mib(self) -> float | None:
        return statistics.median(s.peak_kib for s in self.samples) / 1024 if self.ok else None


def run_once(argv: list[str], *, cwd: Path, timeout: float, log_stem: Path) -> Sample:
    """Run ``argv`` once with stdout/stderr to ``log_stem``.out/.err; kill its process group on timeout.

    The peak RSS comes from a small parent that forks the command and reads its rusage: GNU time,
    or ``peak.py`` where GNU time is missing. Not from this process's own ``wait4``: Linux counts the
    RSS a child had before ``exec`` (a fork or vfork of this large process) in its ``ru_maxrss``.
    """
    log_stem.parent.mkdir(parents=True, exist_ok=True)
    rss_file = Path(f"{log_stem}.rss")
    rss_file.unlink(missing_ok=True)
    with open(f"{log_stem}.out", "wb") as out, open(f"{log_stem}.err", "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*PEAK_WRAPPER, str(rss_file), *argv],
            cwd=cwd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        fired = threading.Event()
        timer = threading.Timer(timeout, _kill_group, args=(proc.pid, fired))
        timer.start()
        try:
            _, status, _usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen from waiting again
    return Sample(wall, _peak_kib(rss_file), proc.returncode, fired.is_set())


def _peak_wrapper() -> list[str]:
    gnu_time = shutil.which("time") or "/usr/bin/time"
    probe = (
        subprocess.run([gnu_time, "-f", "%M", "true"], capture_output=True, text=True, check=False)
        if os.path.exists(gnu_time)
        else None
    )
    if probe is not None and probe.returncode == 0 and probe.stderr.strip().isdigit():
        return [gnu_time, "-f", "%M", "-o"]
    return [sys.executable, str(Path(__file__).with_name("peak.py"))]


def _peak_kib(rss_file: Path) -> int:
    """The last line of the wrapper's report (GNU time prefixes a note when the command was killed)."""
    try:
        lines = rss_file.read_text(encoding="utf-8").split()
    except OSError:
        return 0
    return int(lines[-1]) if lines and lines[-1].isdigit() else 0


PEAK_WRAPPER = _peak_wrapper()


def _kill_group(pid: int, fired: threading.Event) -> None:
    fired.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)


def measure_group(
    commands: list[Command], *, repeat: int, timeout: float, logs: Path, rotate: bool = True
) -> list[Measurement]:
    """Run every command ``repeat`` times, interleaved; with ``rotate`` the order shifts by one each round."""
    results = [Measurement(cmd, failure=cmd.skip) for cmd in commands]
    for round_no in range(repeat):
        shift = round_no % len(results) if rotate else 0
        order = results[shift:] + results[:shift]
        for result in order:
            if result.failure is None:
                _run_and_record(result, timeout=timeout, logs=logs)
    return results


def _run_and_record(result: Measurement, *, timeout: float, logs: Path) -> None:
    cmd = result.command
    if cmd.prepare is not None:
        cmd.prepare()
    stem = logs / _slug(cmd.label)
    sample = run_once(cmd.argv, cwd=cmd.cwd, timeout=timeout, log_stem=stem)
    stderr = Path(f"{stem}.err").read_text(encoding="utf-8", errors="replace")
    if sample.timed_out:
        result.failure = f"timeout >{timeout:g} s"
    elif sample.returncode not in cmd.ok_codes or CRASH_MARK in stderr:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else ""
        result.failure = f"crashed (exit {sample.returncode}): {last[:160]}"
        result.stderr_tail = "\n".join(stderr.strip().splitlines()[-12:])
    else:
        result.samples.append(sample)
        if cmd.capture is not None:
            output = Path(f"{stem}.out").read_text(encoding="utf-8", errors="replace") + stderr
            found = cmd.capture.search(output)
            result.captured.append(found.group() if found else "(no summary line)")


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in text).strip("_")[:80]


def paired_ratio(result: Measurement, baseline: Measurement) -> float | None:
    """Median over rounds of (this run's wall / the baseline's wall in the same round)."""
    if not result.ok or not baseline.ok:
        return None
    pairs = [a.wall / b.wall for a, b in zip(result.samples, baseline.samples, strict=False) if b.wall > 0]
    return statistics.median(pairs) if pairs else None
