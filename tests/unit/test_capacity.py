"""The memory threshold from which submissions are refused (service/capacity.py)."""

from __future__ import annotations

import dataclasses

from core.settings import Settings
from service.capacity import Memory


def test_refusal_starts_at_the_percentage_of_maxmemory():
    assert Memory(used=899, maxmemory=1000, percent=90).limit == 900
    assert not Memory(used=899, maxmemory=1000, percent=90).full
    assert Memory(used=900, maxmemory=1000, percent=90).full
    assert Memory(used=10**12, maxmemory=0, percent=90).limit is None  # Redis without a limit
    assert not Memory(used=10**12, maxmemory=0, percent=90).full
    assert not Memory(used=999, maxmemory=1000, percent=0).full  # 0: never refuse


def test_the_setting_is_read_from_the_environment():
    settings = Settings.from_env({"COPYDESK_MEMORY_REFUSE_PERCENT": "75", "COPYDESK_RETENTION_DAYS": "7"})
    assert (settings.memory_refuse_percent, settings.retention_days) == (75, 7)
    assert dataclasses.replace(Settings()).retention_days == 30
