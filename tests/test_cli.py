import json

import pytest
from click.testing import CliRunner

from conftest import BRIDGE
from wirecheck import __version__
from wirecheck.cli import main


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_missing_paths_is_a_usage_error(runner):
    result = runner.invoke(main, ["analyze"])
    assert result.exit_code == 2 and "Missing argument" in result.output


def test_unknown_format_is_a_usage_error(runner):
    result = runner.invoke(main, ["analyze", str(BRIDGE), "--format", "pdf"])
    assert result.exit_code == 2 and "'pdf' is not one of" in result.output


@pytest.mark.slow
def test_analyze_writes_the_report_in_the_format_its_file_names_and_lists_rejections(runner, tmp_path):
    out = tmp_path / "report.json"
    result = runner.invoke(main, ["analyze", str(BRIDGE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data["stories"]) == 1 and len(data["stories"][0]["articles"]) == 3
    assert data["rejected"][0]["origin"].endswith("03_dump.jsonl#2")
    assert f"wrote {out}: 1 story, 3 articles, 1 rejected" in result.output
    page = tmp_path / "report.html"
    assert runner.invoke(main, ["analyze", str(BRIDGE), "-o", str(page), "--format", "md"]).exit_code == 0
    assert page.read_text().startswith("# wirecheck report")  # a format asked for beats the extension


def test_unwritable_output_is_a_one_line_error(runner, tmp_path):
    result = runner.invoke(main, ["analyze", str(tmp_path), "-o", str(tmp_path / "missing" / "r.md")])
    assert result.exit_code != 0
    assert result.output.strip().startswith("Error:") and "Traceback" not in result.output
