"""`copydesk serve` stops every process it started when it is sent SIGTERM (as systemd,
supervisors and `kill` do), as it does on Ctrl-C: no orphan is left reparented to init."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest
import requests

from copydesk.testing import free_port

pytestmark = pytest.mark.e2e


def _wait_until_serving(url: str, process: subprocess.Popen, log, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()[-3000:]
        try:
            if requests.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass  # not listening yet
        time.sleep(0.3)
    raise TimeoutError(log.read_text()[-3000:])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_stops_every_process_of_the_tree(tmp_path, sig):
    port = free_port()
    env = {
        **os.environ,
        "COPYDESK_PORT": str(port),
        "COPYDESK_EMBEDDED_REDIS_PORT": str(free_port()),
        "COPYDESK_DATA_DIR": str(tmp_path / "data"),
        "COPYDESK_API_WORKERS": "2",
    }
    env.pop("REDIS_URL", None)  # the embedded redis-server is part of the tree
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        serve = subprocess.Popen(
            [sys.executable, "-m", "copydesk.cli", "serve"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a signal to this test's group does not reach it
        )
    tree: list[psutil.Process] = []
    try:
        _wait_until_serving(f"http://127.0.0.1:{port}", serve, log)
        # serve, redis-server, celery (and its pool process), gunicorn (and its 2 workers)
        deadline = time.monotonic() + 60
        while len(tree) < 7 and time.monotonic() < deadline:
            tree = [psutil.Process(serve.pid), *psutil.Process(serve.pid).children(recursive=True)]
            time.sleep(0.2)
        assert len(tree) >= 7, [p.cmdline()[:4] for p in tree]
        serve.send_signal(sig)
        serve.wait(timeout=120)
        _, alive = psutil.wait_procs(tree, timeout=30)
        assert not alive, [(p.pid, p.cmdline()[:4]) for p in alive]
        assert "stopping" in log.read_text()
    finally:
        for process in tree:  # never leave a process behind, whatever failed above
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        if serve.poll() is None:
            serve.kill()
