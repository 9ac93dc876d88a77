import os
from pathlib import Path

import pytest

from core.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_documented_in_the_readme():
    assert Settings.markdown_table() in README.read_text(), "regenerate with: python -m core.settings"


def test_settings_are_read_from_the_environment():
    s = Settings.from_env(
        {
            "REDIS_URL": "redis://r:1/2",
            "COPYDESK_MAX_ATTEMPTS": "5",
            "COPYDESK_REQUIRE_API_KEY": "yes",
            "COPYDESK_CALLBACK_ALLOWLIST": "a.org, b.org",
        }
    )
    assert s.effective_redis_url == "redis://r:1/2"
    assert s.max_attempts == 5 and s.require_api_key is True
    assert s.callback_allowlist == ("a.org", "b.org")
    assert Settings.from_env({}).effective_redis_url.startswith("redis://127.0.0.1:")


def test_time_limit_must_stay_under_the_visibility_timeout():
    with pytest.raises(ValueError, match="VISIBILITY_TIMEOUT"):
        Settings.from_env({"COPYDESK_TASK_TIME_LIMIT": "700", "COPYDESK_VISIBILITY_TIMEOUT": "600"})


def test_rate_limit_strategy_is_a_flask_limiter_strategy():
    assert Settings.from_env({}).rate_limit_strategy == "fixed-window"
    assert Settings.from_env({"COPYDESK_RATE_LIMIT_STRATEGY": "moving-window"}).rate_limit_strategy == (
        "moving-window"
    )
    with pytest.raises(ValueError, match="COPYDESK_RATE_LIMIT_STRATEGY"):
        Settings.from_env({"COPYDESK_RATE_LIMIT_STRATEGY": "leaky-bucket"})


def test_serve_and_worker_flags_override_the_environment(monkeypatch):
    from click.testing import CliRunner

    from copydesk.cli import main, settings_with

    monkeypatch.setenv("COPYDESK_PORT", "9001")
    monkeypatch.setenv("COPYDESK_WORKER_CONCURRENCY", "3")
    monkeypatch.delenv("COPYDESK_API_WORKERS", raising=False)
    settings = settings_with(port=None, api_workers=4, worker_concurrency=None)
    assert (settings.port, settings.api_workers, settings.worker_concurrency) == (9001, 4, 3)
    assert settings_with(port=8123).port == 8123
    assert os.environ["COPYDESK_PORT"] == "8123"  # the processes started from the CLI see it too
    for command in ("serve", "worker"):
        usage = CliRunner().invoke(main, [command, "--help"]).output
        assert "--concurrency" in usage and "$COPYDESK_WORKER_CONCURRENCY" in usage
    assert "--port" in CliRunner().invoke(main, ["serve", "--help"]).output
    refused = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert refused.exit_code == 2 and "--port" in refused.output
