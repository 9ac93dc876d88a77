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
