from __future__ import annotations

from collections.abc import Iterator

import pytest

from oco_desktop.domain.roster import Role
from oco_desktop.paths import DataPaths
from oco_desktop.services.setup import SetupRequest, initialise
from oco_desktop.store.engine import Store


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(paths) -> Iterator[Store]:
    opened = initialise(
        paths, SetupRequest(Role.MEMBER, "TO", "Nukuʻalofa HQ", "Tongatapu", "Mele Tupou")
    )
    yield opened
    opened.close()
