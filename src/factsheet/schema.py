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
        # Draft-07: the YAML language server in editors validates with draft-07 (the keywords
        # pydantic emits here are all draft-07 ones; $defs is found through $ref pointers).
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": SCHEMA_ID,
        "title": f"Factsheet incident file, format {FORMAT_VERSION}",
        "description": "Generated from the Factsheet data model; see docs/format.md.",
        **schema,
    }


def schema_text() -> str:
    """The schema as the JSON text shipped in resources/incident.schema.json."""
    return json.dumps(incident_schema(), indent=2, ensure_ascii=False) + "\n"
