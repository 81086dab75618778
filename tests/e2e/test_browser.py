"""The browser end-to-end tests (web/e2e/*.e2e.ts), run from the Python suite.

They drive the Debian Chromium through playwright-core against a real `assay serve` (temporary
SQLite database, the real sandbox) started by web/e2e/server.ts; see web/README.md.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WEB = REPO / "web"
CHROMIUM = Path(os.environ.get("ASSAY_CHROMIUM", "/usr/bin/chromium"))

pytestmark = [pytest.mark.browser, pytest.mark.sandbox, pytest.mark.slow]


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return (
            f"{CHROMIUM} is missing (apt-get install chromium, or ASSAY_WITH_BROWSER=1 make setup)"
        )
    if shutil.which("npm") is None:
        return "npm is not installed"
    return None


@pytest.mark.timeout(1200)
def test_browser_end_to_end() -> None:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    subprocess.run([str(REPO / "scripts" / "build-web.sh")], check=True, cwd=REPO)
    result = subprocess.run(
        ["npm", "run", "--silent", "e2e"],
        check=False,
        cwd=WEB,
        env={**os.environ, "ASSAY_E2E_SKIP_BUILD": "1", "CI": "1"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-4000:]
