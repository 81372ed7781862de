"""Shared fixtures: paths to the sample, the corpora and a scratch copy of files."""

import os
from pathlib import Path

import pytest

# Headless by default; a developer may still run the tests on a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture
def sample_path() -> Path:
    """The bundled Al Qaryatayn sample (read-only: tests copy it before changing it)."""
    return SAMPLE
