"""The soak of ``bench/soak.py`` (issue 7, part 5), shortened to about 20 s: no error, memory measured.

The full run (600 s, ``make bench``) judges the memory; this one only checks
that the harness works end to end - mixed traffic of every role and ingests at
once, every answer counted, the server's RSS sampled - with no timing or
memory threshold, which a shared CI machine cannot promise in 20 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("soak")
    out = folder / "soak.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--seconds", "20", "--rate", "20",
         "--ingest-every", "6", "--sample-every", "1", "--org-dir", str(folder / "org"), "--json", str(out)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert out.is_file(), done.stdout + done.stderr
    answer: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    answer["stdout"] = done.stdout
    answer["exit"] = done.returncode
    return answer


def test_no_error_in_mixed_traffic_and_ingest(result: dict[str, object]) -> None:
    assert result["errors"] == 0, result["error_examples"]
    kinds = result["by_kind"]
    assert isinstance(kinds, dict)
    assert {"review", "page", "ask", "approvals", "decide"} <= set(kinds)
    assert isinstance(result["ingests"], int) and result["ingests"] >= 1
    assert "errors     0" in str(result["stdout"])


@pytest.mark.parametrize("key", ["rss_start_mb", "rss_end_mb", "rss_max_mb"])
def test_the_server_memory_is_measured(result: dict[str, object], key: str) -> None:
    value = result[key]
    assert isinstance(value, float) and 20 < value < 4096, "a Python web server's RSS in MB"
    assert result["rss_max_mb"] >= value  # type: ignore[operator]


def test_memory_is_sampled_through_the_run_and_judged(result: dict[str, object]) -> None:
    samples = result["rss_samples"]
    assert isinstance(samples, list) and len(samples) >= 5
    times = [at for at, _ in samples]
    assert times == sorted(times) and times[-1] >= 15
    assert result["verdict"] in ("memory flat", "MEMORY GROWS")
    assert result["exit"] == (0 if result["verdict"] == "memory flat" else 1)
    assert "verdict: " in str(result["stdout"])


@pytest.mark.parametrize(
    ("samples", "verdict"),
    [
        ([(0.0, 50.0), (5.0, 100.0), (9.0, 109.0), (12.0, 110.0)], "memory flat"),
        ([(0.0, 50.0), (5.0, 100.0), (9.0, 150.0), (12.0, 104.0)], "memory flat"),
        ([(0.0, 50.0), (5.0, 100.0), (9.0, 105.0), (12.0, 110.5)], "MEMORY GROWS"),
        ([(0.0, 200.0), (5.0, 100.0), (12.0, 130.0)], "MEMORY GROWS"),
        ([(1.0, 80.0)], "memory flat"),
    ],
)
def test_the_verdict_is_at_most_ten_percent_growth_after_the_warm_up(
    samples: list[tuple[float, float]], verdict: str
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import soak

    start, end, most, _, judged = soak.judge(samples, warm_up=5.0)
    assert judged == verdict
    assert start <= most and end <= most
