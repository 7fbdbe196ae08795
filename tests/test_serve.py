"""stele serve: answers on localhost and rebuilds after a catalog edit."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import IO


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode("utf-8"))


def _lines(stream: IO[str]) -> queue.Queue[str]:
    """The process's output lines, read in a thread, so a missing line fails the test instead of hanging it."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def test_serve_answers_and_rebuilds_after_a_catalog_edit(site: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "stele", "--project", str(site), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = _lines(process.stdout)
        assert lines.get(timeout=60).startswith("rebuilt: ")
        line = lines.get(timeout=10)
        match = re.match(r"Serving public/ at (http://127\.0\.0\.1:\d+/) \(Ctrl\+C to stop\)", line)
        assert match, line
        page = match.group(1) + "ru/kratom-muscle-soreness-relief/"
        assert "Опубликовано" in _get(page)
        po = site / "locales/ru/LC_MESSAGES/site.po"
        po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Опубликовано"', 'msgstr "Дата"'), "utf-8")
        assert lines.get(timeout=30).startswith("rebuilt: ")
        deadline = time.monotonic() + 10
        while "Дата <time" not in _get(page) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "Дата <time" in _get(page)
    finally:
        process.terminate()
        process.wait(timeout=10)
