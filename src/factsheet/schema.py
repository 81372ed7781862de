"""The JSON Schema of format v1, generated from the pydantic models."""

import json
from typing import Any

from factsheet import FORMAT_VERSION
from factsheet.model.incident import Incident

SCHEMA_ID = "https://factsheet.invalid/schema/incident-v1.json"


def incident_schema() -> dict[str, Any]:
    """The schema editors use to validate and complete incident files."""
    schema = Incident.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"Factsheet incident file, format {FORMAT_VERSION}",
        "description": "Generated from the Factsheet data model; see docs/format.md.",
        **schema,
    }


def schema_text() -> str:
    """The schema as the JSON text shipped in resources/incident.schema.json."""
    return json.dumps(incident_schema(), indent=2, ensure_ascii=False) + "\n"
