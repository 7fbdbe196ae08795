"""action.yml: the composite GitHub Action's check steps, run as GitHub runs them (bash -eo pipefail, env)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from stele.po import read_po, write_po

from .conftest import REPO

ACTION = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
STEPS = {step.get("id", step.get("name")): step for step in ACTION["runs"]["steps"]}


def _expand(value: str, inputs: dict[str, str]) -> str:
    return re.sub(r"\$\{\{ inputs\.([\w-]+) \}\}", lambda m: inputs[m.group(1)], value)


def _run_step(name: str, cwd: Path, given: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    """Run one step's script; returns its exit status, its output and what it wrote to $GITHUB_OUTPUT."""
    inputs = {key: str(spec.get("default", "")) for key, spec in ACTION["inputs"].items()} | given
    step = STEPS[name]
    outputs = cwd / ".github-output"
    outputs.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env |= {key: _expand(str(value), inputs) for key, value in step.get("env", {}).items()}
    env["GITHUB_OUTPUT"] = str(outputs)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"  # this venv's stele
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=cwd / _expand(step.get("working-directory", "."), inputs), env=env, capture_output=True, text=True,
        check=False,
    )
    written = dict(line.split("=", 1) for line in outputs.read_text(encoding="utf-8").splitlines())
    return done.returncode, done.stdout + done.stderr, written


def test_action_inputs_are_all_used_and_documented() -> None:
    text = (REPO / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"inputs\.([\w-]+)", text))
    assert used == set(ACTION["inputs"])
    assert all(spec["description"] for spec in ACTION["inputs"].values())
    assert ACTION["runs"]["using"] == "composite"
    assert STEPS["Upload SARIF"]["uses"].startswith("github/codeql-action/upload-sarif@")


def test_action_on_a_faithful_project(site: Path) -> None:
    code, output, written = _run_step("report", site, {})
    assert (code, written) == (0, {"report": "stele.sarif", "exit-code": "0"}), output
    sarif = json.loads((site / "stele.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    assert _run_step("stele check (annotations)", site, {})[0] == 0


def test_action_reports_a_changed_dose(site: Path) -> None:
    path = site / "locales/ru/LC_MESSAGES/kratom-muscle-soreness-dosage.po"
    catalog = read_po(path)
    entry = next(e for e in catalog if "1–3" in e.msgstr)
    entry.msgstr = entry.msgstr.replace("1–3", "13", 1)
    write_po(path, catalog)
    inputs = {"select": "numbers", "paths": "locales/ru", "format": "json", "output": "report.json"}
    code, output, written = _run_step("report", site, inputs)
    assert (code, written) == (0, {"report": "report.json", "exit-code": "1"}), output  # the report step goes on
    findings = json.loads((site / "report.json").read_text(encoding="utf-8"))["findings"]
    assert [(f["rule"], f["path"]) for f in findings] == [("numbers", "locales/ru/LC_MESSAGES/" + path.name)]
    code, output, _ = _run_step("stele check (annotations)", site, inputs)
    assert code == 1 and output.startswith(f"::error file=locales/ru/LC_MESSAGES/{path.name},line=")


def test_action_stops_on_a_usage_error(site: Path) -> None:
    code, output, written = _run_step("report", site, {"select": "no-such-rule"})
    assert code == 2 and written["exit-code"] == "2" and "no-such-rule" in output
