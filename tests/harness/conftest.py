"""The drivers run bare in these tests, their records on an fd 3 the test sets up: the variable
the judge sets tells a driver it runs in Assay (without it, a driver writes as exported)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def result_channel_on_fd_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSAY_RESULT_FD", "3")
