"""Shared test settings: a hypothesis profile for CI and the path to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("fuzz", max_examples=20000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTRIBQUANT_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; tests that need it skip cleanly on a user's clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (only CI has it)")
    return SHARED


@pytest.fixture(autouse=True)
def _fresh_name_readings() -> None:
    """Name readings kept from earlier tests would hide a lexicon or rule a test changes."""
    from attribquant import names

    names._READINGS.clear()
