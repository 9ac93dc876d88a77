"""gunicorn, as copydesk runs it: errors that gunicorn answers itself are problem+json too.

gunicorn refuses some requests before the app sees them: a request line over
`limit_request_line` (414), headers over `limit_request_fields` / `limit_request_field_size`
(431), malformed request lines, headers or chunked framing (400), an unsupported transfer
coding (501). Its default answer is an HTML page; ProblemWorker makes it the same RFC 9457
problem+json as every other error of the API. Use it with
`gunicorn --worker-class service.server.ProblemWorker service.wsgi:app`.

What cannot be answered: a request that runs past gunicorn's `--timeout` has its worker
killed (SIGABRT) and its connection closed without an answer; nothing the API does should
take that long (analysis runs in the Celery workers, and the JSON checks are linear).
"""

from __future__ import annotations

import json
import socket

from gunicorn import util
from gunicorn.workers.sync import SyncWorker

from service.errors import PROBLEM_TYPE

MAX_DETAIL_CHARS = 300  # gunicorn's messages may quote the offending request line or header


def write_problem(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn.util.write_error's signature; writes a problem+json answer and closes."""
    detail = (mesg or reason)[:MAX_DETAIL_CHARS]
    body = json.dumps({"type": PROBLEM_TYPE, "title": reason, "status": status_int, "detail": detail})
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\n"
        "Connection: close\r\n"
        "Content-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body.encode())


class ProblemWorker(SyncWorker):
    """gunicorn's sync worker, writing its own error answers as problem+json."""

    def init_process(self) -> None:
        # gunicorn's Worker.handle_error calls util.write_error; this worker process serves
        # only copydesk, so replacing it here changes nothing else
        util.write_error = write_problem
        super().init_process()
