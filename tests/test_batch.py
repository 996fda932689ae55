"""`wirecheck batch` end to end on Spark local[2], sharing one session, and reading its output back."""

import json

import pytest
from click.testing import CliRunner

from conftest import BRIDGE, EXAMPLE
from wirecheck.batch import spark_session
from wirecheck.cli import main

pytest.importorskip("pyspark")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch-inputs")
    (folder / "broken.html").write_bytes(b"\x00\x01\x02 not a page")
    (folder / "binary.jsonl").write_bytes(b"\x00\x01\n\x02\n")
    return [str(BRIDGE), str(folder)]


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_batch_writes_the_stories_analyze_finds_and_every_rejected_record(spark, inputs, tmp_path, output_format):
    import wirecheck
    from wirecheck.batch import run_batch
    from wirecheck.batch_output import rejected, story_report, story_rows

    expected = wirecheck.analyze(inputs)
    summary = run_batch(inputs, tmp_path / "out", output_format=output_format, spark=spark)
    rows = story_rows(tmp_path / "out")
    assert summary.stories == len(rows) == len(expected.stories)
    assert {row.id for row in rows} == {story.id for story in expected.stories}
    assert {(r.origin, r.reason) for r in rejected(tmp_path / "out")} == {(r.origin, r.reason) for r in expected.rejected}
    assert summary.rejected == len(expected.rejected) > 0
    assert summary.articles == sum(len(s.articles) for s in expected.stories)
    story = story_report(tmp_path / "out", rows[0].id).stories[0]
    original = next(s for s in expected.stories if s.id == rows[0].id)
    assert [a.id for a in story.articles] == [a.id for a in original.articles]
    assert {q.text for q in story.quotes} == {q.text for q in original.quotes}
    assert story.summary == original.summary


def test_batch_cli_output_is_listed_and_rendered_by_stories_and_report(spark, tmp_path):
    runner = CliRunner()
    done = runner.invoke(main, ["batch", str(EXAMPLE), "-o", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    listing = runner.invoke(main, ["stories", "--from", str(tmp_path / "out")])
    assert listing.exit_code == 0
    story_id = listing.output.split("\t", 1)[0]
    assert story_id.startswith("s") and "articles" in listing.output
    report = runner.invoke(main, ["report", story_id, "--from", str(tmp_path / "out"), "-f", "json"])
    assert report.exit_code == 0
    assert json.loads(report.output)["stories"][0]["id"] == story_id
    again = runner.invoke(main, ["batch", str(EXAMPLE), "-o", str(tmp_path / "out")])
    assert again.exit_code != 0 and "exists already" in again.output


def test_stories_needs_exactly_one_source(tmp_path):
    result = CliRunner().invoke(main, ["stories"])
    assert result.exit_code != 0 and "either --db" in result.output
    missing = CliRunner().invoke(main, ["stories", "--from", str(tmp_path)])
    assert missing.exit_code != 0 and "not a wirecheck batch output" in missing.output


def test_a_spark_that_cannot_start_is_a_one_line_error(tmp_path):
    import os
    import subprocess
    import sys

    environment = {**os.environ, "JAVA_HOME": str(tmp_path / "no-java")}
    done = subprocess.run([sys.executable, "-c", "from wirecheck.cli import main; main()", "batch", str(EXAMPLE),
                           "-o", str(tmp_path / "out")], env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Error: could not start Spark" in done.stderr and "Java" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "out").exists()
