"""Test-only checks that misbehave on purpose, loaded with COPYDESK_EXTRA_CHECKS=tests.faults.poison_checks.

Markers in an article's text:
    POISON-RAISE      the check raises (a bug, or an article that trips one)
    POISON-KILL       the check kills its own worker process outright (SIGKILL: a segfault, the OOM killer)
    POISON-SLEEP      the check sleeps far past any time limit
    SLOW-<seconds>    the check takes that long (to hold a task while a test kills or stops things)
"""

from __future__ import annotations

import os
import re
import signal
import time

from spacy.language import Language
from spacy.tokens import Doc

FACTORIES = ["copydesk_check_test_poison"]
SLOW = re.compile(r"SLOW-(\d+(?:\.\d+)?)")


@Language.component("copydesk_check_test_poison")
def poison(doc: Doc) -> Doc:
    text = doc.text
    if "POISON-RAISE" in text:
        raise RuntimeError("poison article: this check always raises on it")
    if "POISON-KILL" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    if "POISON-SLEEP" in text:
        for _ in range(3600):
            time.sleep(1)
    slow = SLOW.search(text)
    if slow:
        time.sleep(float(slow.group(1)))
    return doc
