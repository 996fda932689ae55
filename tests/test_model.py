"""The report model against the shared wirecheck.report/1 contract."""

import json

import jsonschema
import pytest

from conftest import CONTRACT
from wirecheck import load_report
from wirecheck.model import Report

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def contract():
    if not CONTRACT.exists():
        pytest.fail(f"the contract is expected at {CONTRACT} (shared/ beside the repository)")
    return json.loads(CONTRACT.read_text())


def test_example_report_validates_against_the_contract(example_report, contract):
    jsonschema.validate(json.loads(example_report.to_json()), contract)


def test_report_with_rejections_validates(bridge_report, contract):
    data = json.loads(bridge_report.to_json())
    jsonschema.validate(data, contract)
    assert data["rejected"] and all(r["reason"] for r in data["rejected"])


def test_generated_schema_covers_every_contract_field(contract):
    """Every property the contract defines exists in the model's own JSON Schema."""
    generated = Report.model_json_schema(by_alias=True)
    ours = {name: set(d.get("properties", {})) for name, d in generated["$defs"].items()}
    ours["Report"] = set(generated["properties"])
    names = {"article": "Article", "entity": "Entity", "quote": "Quote", "source": "Source", "fact": "Fact",
             "conflict": "Conflict", "event": "Event", "summarySentence": "SummarySentence", "story": "Story",
             "mention": "Mention"}
    assert set(contract["properties"]) <= ours["Report"]
    for contract_name, model_name in names.items():
        assert set(contract["$defs"][contract_name]["properties"]) <= ours[model_name], model_name


def test_json_round_trip(example_report, tmp_path):
    path = tmp_path / "report.json"
    path.write_text(example_report.to_json())
    assert load_report(path) == example_report
