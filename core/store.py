"""The one place that knows copydesk's Redis keys: articles, revisions, jobs, results.

The API and the worker both use this module; nothing else touches these keys.
Job state lives here, never in Celery's result backend.

Why one module of over 400 lines: it is the single home of the key layout below, and its
Lua scripts (_SUBMIT, _START, _FINISH) write articles, revisions, jobs, batches and the
pending set together in one atomic step, so these concepts cannot live apart without the
key formats being known in two places. Most of its length is that layout, the scripts and
small one-command methods.

Keys (all under the `cd:` prefix):
    cd:article:{aid}            hash  client, external_id, created_at, revisions, latest_job
    cd:rev:{aid}:{n}            hash  title, body, published_at, url, source, language,
                                      content_hash, job_id, created_at (revision n of an article)
    cd:job:{jid}                hash  see JOB_FIELDS
    cd:result:{jid}             str   the analysis result (JSON)
    cd:idem:{client}:{key}      str   job id of an Idempotency-Key
    cd:ext:{client}:{ext_id}    str   article id of a CMS external_id
    cd:pending                  zset  job ids not yet finished, scored by when they were queued
    cd:ended                    hash  count of jobs ended, by status
    cd:worker:{hostname}        str   heartbeat of a live worker (expires)
    cd:lock:{name}              str   short-lived locks (one recovery sweep at a time)
    cd:apikey:{sha256}          hash  key_id, client, prefix, created_at, revoked_at: an API key,
                                      found by the SHA-256 of the key (the key itself is never stored)
    cd:apikeys                  set   sha256 of every API key ever created (for `keys list`/`revoke`)
    cd:client:{name}            hash  created_at, webhook_secret: a client (tenant) of the API
    cd:ratelimit:...            (the `limits` library's counters, per client; owned by service/limits.py)
    cd:batch:{bid}              hash  client, created_at, total, callback_url, accepted, rejected
                                      (the last two: JSON of the POST's answer, replayed on retry)
    cd:batch:{bid}:jobs         list  job ids of the batch, in the order of its accepted items
    cd:idem-batch:{client}:{key} str  batch id of a POST /v1/batches Idempotency-Key
    cd:deliveries:{jid}         list  webhook delivery attempts of a job (JSON, oldest first)
    cd:erased:{aid}             str   client of an article erased by DELETE (a tombstone: 410, not 404)
    copydesk (QUEUE)            list  Celery's queue, kombu's Redis transport (priority 0): _SUBMIT
                                      pushes a single article's message (core.queue builds it)

Retention: every key that holds an article, revision, job, result, batch or delivery log expires
`retention_days` after it was last written (an article's hash, its external id and its
tombstone with its latest revision; a job and its result when the job ends), so storage stays
bounded; the pending set loses its members when their jobs end (the recovery sweep drops any
whose job expired). Bodies and results are stored as zstd-compressed UTF-8 when that is
shorter (`pack`); reads accept both forms (`unpack`), so values written uncompressed by an
earlier version still read back.
    cd:style:{client}:{sid}     hash  version, digest, description, rule_count, created_at, updated_at:
                                      the current version of a house style (see core/styles.py)
    cd:style:{client}:{sid}:{n} str   version n of the style (JSON: description, rules); a replaced
                                      or deleted version expires after STYLE_RETENTION_S, so jobs
                                      queued with it still run
    cd:style-seq:{client}:{sid} str   the last version number given out (kept after a DELETE, so a
                                      re-created style never reuses a version number)
    cd:styles:{client}          set   the client's style ids
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import redis
import zstandard
from redis.backoff import ExponentialBackoff
from redis.client import NEVER_DECODE
from redis.retry import Retry

from core.styles import DEFAULT_STYLE

PREFIX = "cd:"
LOCAL_CLIENT = "local"  # the client of requests without a key when keys are not required
TERMINAL = ("succeeded", "failed")
IDEMPOTENCY_TTL_S = 7 * 24 * 3600
DEFAULT_RETENTION_DAYS = 30
HEARTBEAT_TTL_S = 30
STYLE_RETENTION_S = 7 * 24 * 3600  # how long a replaced style version stays for jobs queued with it

CONTENT_FIELDS = ("title", "body", "published_at", "url", "source", "language")
JOB_FIELDS = (
    "job_id",
    "client",
    "article_id",
    "revision",
    "batch_id",
    "status",
    "created_at",
    "started_at",
    "finished_at",
    "attempts",
    "error",
    "callback_url",
    "checks",
    "style",
)


# the Celery queue's Redis list (Celery names the list after the queue)
QUEUE = "copydesk"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def age_s(timestamp: str | None) -> float | None:
    """Seconds since a timestamp written by `now()`; None when it is missing or unreadable."""
    try:
        then = dt.datetime.fromisoformat((timestamp or "").replace("Z", "+00:00"))
    except ValueError:
        return None
    return (dt.datetime.now(dt.UTC) - then).total_seconds()


def new_id(kind: str) -> str:
    return f"{kind}_{secrets.token_hex(10)}"


def content_hash(article: dict[str, Any]) -> str:
    """SHA-256 of the content fields' canonical JSON (sorted keys, UTF-8 text unescaped)."""
    fields = {k: article.get(k) for k in CONTENT_FIELDS}
    # the same bytes either way for ASCII-only text, and json's ASCII escaper is ~20 % faster:
    # on a submission this JSON of the body is a tenth of the API's CPU
    ascii_only = all(v is None or (isinstance(v, str) and v.isascii()) for v in fields.values())
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=ascii_only)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # never the start of UTF-8 text: 0xb5 cannot follow "("
ZSTD_LEVEL = 3


_zstd = threading.local()  # one (de)compressor per thread: building one per call cost as much as compressing


def _compressor() -> zstandard.ZstdCompressor:
    if not hasattr(_zstd, "compressor"):
        _zstd.compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL)
    return _zstd.compressor


def _decompressor() -> zstandard.ZstdDecompressor:
    if not hasattr(_zstd, "decompressor"):
        _zstd.decompressor = zstandard.ZstdDecompressor()
    return _zstd.decompressor


def pack(text: str) -> bytes:
    """`text` as stored: a zstd frame of its UTF-8 when that is shorter, else the UTF-8 itself."""
    raw = text.encode("utf-8")
    if len(raw) < 64:
        return raw
    packed = _compressor().compress(raw)
    return packed if len(packed) < len(raw) else raw


def unpack(value: bytes | str | None) -> str | None:
    """The text of a stored value, compressed (`pack`) or not (written by an earlier version)."""
    if value is None or isinstance(value, str):
        return value
    if value.startswith(ZSTD_MAGIC):
        value = _decompressor().decompress(value)
    return value.decode("utf-8")


def article_key(aid: str) -> str:
    return f"{PREFIX}article:{aid}"


def revision_key(aid: str, n: int | str) -> str:
    return f"{PREFIX}rev:{aid}:{n}"


def job_key(jid: str) -> str:
    return f"{PREFIX}job:{jid}"


def result_key(jid: str) -> str:
    return f"{PREFIX}result:{jid}"


def idempotency_key(client: str, key: str) -> str:
    return f"{PREFIX}idem:{client}:{hashlib.sha256(key.encode()).hexdigest()}"


def external_key(client: str, external_id: str) -> str:
    return f"{PREFIX}ext:{client}:{hashlib.sha256(external_id.encode()).hexdigest()}"


def batch_key(bid: str) -> str:
    return f"{PREFIX}batch:{bid}"


def batch_jobs_key(bid: str) -> str:
    return f"{PREFIX}batch:{bid}:jobs"


def batch_idempotency_key(client: str, key: str) -> str:
    return f"{PREFIX}idem-batch:{client}:{hashlib.sha256(key.encode()).hexdigest()}"


def deliveries_key(jid: str) -> str:
    return f"{PREFIX}deliveries:{jid}"


def erased_key(aid: str) -> str:
    return f"{PREFIX}erased:{aid}"


def client_key(name: str) -> str:
    return f"{PREFIX}client:{name}"


def style_key(client: str, sid: str) -> str:
    return f"{PREFIX}style:{client}:{sid}"


def style_version_key(client: str, sid: str, version: int | str) -> str:
    return f"{PREFIX}style:{client}:{sid}:{version}"


def style_seq_key(client: str, sid: str) -> str:
    return f"{PREFIX}style-seq:{client}:{sid}"


def styles_key(client: str) -> str:
    return f"{PREFIX}styles:{client}"


APIKEY_PREFIX = f"{PREFIX}apikey:"
APIKEYS_KEY = f"{PREFIX}apikeys"
PENDING_KEY = f"{PREFIX}pending"
ENDED_KEY = f"{PREFIX}ended"
WORKER_KEY = f"{PREFIX}worker:"

# queued|running -> running, attempts + 1. Returns the new attempt count, or -1 when the
# job already ended (a redelivered message after success) or does not exist.
_START = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == false or status == 'succeeded' or status == 'failed' then return -1 end
redis.call('HSET', KEYS[1], 'status', 'running', 'started_at', ARGV[1])
return redis.call('HINCRBY', KEYS[1], 'attempts', 1)
"""

# non-terminal -> succeeded|failed, exactly once. KEYS: job, result, pending, article, counts.
# ARGV: status, finished_at, error json, result json (or ''), job id, revision, retention (s).
_FINISH = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == false or status == 'succeeded' or status == 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finished_at', ARGV[2], 'error', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[7])
if ARGV[4] ~= '' then redis.call('SET', KEYS[2], ARGV[4], 'EX', ARGV[7]) end
redis.call('ZREM', KEYS[3], ARGV[5])
redis.call('HINCRBY', KEYS[5], ARGV[1], 1)
local revisions = tonumber(redis.call('HGET', KEYS[4], 'revisions') or '0')
if ARGV[1] == 'succeeded' and tonumber(ARGV[6]) == revisions then
  redis.call('HSET', KEYS[4], 'analysed_job', ARGV[5])
end
return 1
"""


# A style name -> {id, version} of its current version, or nil; and whether that is an
# unknown style ('' names the client's default style, which may be absent). One Lua function
# for the single submission (inside _SUBMIT) and for batches (_STYLE_REF).
_STYLE_REF_FN = """
local function style_ref(p, client, name, default)
  local sid = name
  if sid == '' then sid = default end
  local version = redis.call('HGET', p .. 'style:' .. client .. ':' .. sid, 'version')
  if version then return {id = sid, version = tonumber(version)}, false end
  return nil, name ~= ''
end
"""

# ARGV: prefix, client, style name ('' for the default), default style id.
_STYLE_REF = (
    _STYLE_REF_FN
    + """
local ref, unknown = style_ref(ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return cjson.encode({ref = ref, unknown = unknown})
"""
)

# The idempotency rules, once, for one article (`submit`) and for a batch (`submit_many`),
# in one atomic step: the claim of an Idempotency-Key or an external_id and the write of the
# job it names cannot interleave with another request's (two parallel POSTs with one key
# create one job; one external_id sent twice with one content makes one revision).
# ARGV[1] is the JSON of a plan (see Store._run_submit), ARGV[1 + i] the stored (packed, so
# binary) body of item i; everything written expires after plan.retention seconds. The reply is the JSON of
# [[job_id, created 0|1, article_id, revision], ...] per item, or {"batch": id} when the
# batch's Idempotency-Key already names a stored batch. Key formats are those of the
# *_key functions above (the script builds the keys of articles it creates).
# Rules, per item in order:
#  - an Idempotency-Key (single submissions) that names an existing job of the client
#    returns that job;
#  - an external_id names one article per client (created on first use); when its latest
#    revision has the same content hash and its job is the client's, that job is returned
#    (also between items of one batch: the first of two unchanged items wins);
#  - otherwise a new revision and a queued job are written, and the job becomes pending.
# Before any of that, in the same step (one round trip per request): backpressure (plan.queue_limit
# >= 0: more messages than that in the Celery queue replies {"full": depth}, nothing written) and,
# for items with a `style_name`, the house style's current version ({"unknown_style": name}).
# Reply rows carry the job's style JSON as a fifth member. With a message after the bodies (a
# single submission: ARGV[3]), a created job's Celery message is pushed onto the queue's list in the same step
# (kombu's Redis transport keeps a priority-0 message in the list named after the queue): an
# accepted job always has its message, and a replayed one gets none.
_SUBMIT = (
    _STYLE_REF_FN
    + """
local plan = cjson.decode(ARGV[1])
local p, client = plan.prefix, plan.client
local function own_job(jid)
  if jid and redis.call('HGET', p .. 'job:' .. jid, 'client') == client then return jid end
  return nil
end
local function hset(key, fields)
  local flat = {}
  for k, v in pairs(fields) do flat[#flat + 1] = k; flat[#flat + 1] = v end
  redis.call('HSET', key, unpack(flat))
end
if plan.queue_limit >= 0 then
  local depth = redis.call('LLEN', plan.queue)
  if depth > plan.queue_limit then return cjson.encode({full = depth}) end
end
for _, item in ipairs(plan.items) do
  if item.style_name then
    local ref, unknown = style_ref(p, client, item.style_name, plan.default_style)
    if unknown then return cjson.encode({unknown_style = item.style_name}) end
    item.job.style = ref and cjson.encode(ref) or ''
  end
end
local batch = plan.batch
if batch and batch.key ~= '' then
  local bid = redis.call('GET', batch.key)
  if bid and redis.call('EXISTS', p .. 'batch:' .. bid) == 1 then
    return cjson.encode({batch = bid})
  end
end
if plan.idem ~= '' then
  local jid = own_job(redis.call('GET', plan.idem))
  if jid then return cjson.encode({{jid, 0, '', 0, ''}}) end
end
local out, accepted, ids = {}, {}, {}
for i, item in ipairs(plan.items) do
  local aid, jid = item.aid, nil
  if item.ext ~= '' then
    aid = redis.call('GET', item.ext)
    if not aid then
      aid = item.aid
      redis.call('SET', item.ext, aid)
    end
    local count = redis.call('HGET', p .. 'article:' .. aid, 'revisions')
    if count then
      local latest = redis.call('HMGET', p .. 'rev:' .. aid .. ':' .. count, 'content_hash', 'job_id')
      if latest[1] == item.digest then jid = own_job(latest[2]) end
    end
  end
  local status = 'queued'
  if jid then
    out[i] = {jid, 0, aid, 0, ''}
    status = redis.call('HGET', p .. 'job:' .. jid, 'status')
  else
    jid = item.job.job_id
    local akey = p .. 'article:' .. aid
    local revision = redis.call('HINCRBY', akey, 'revisions', 1)
    redis.call('HSETNX', akey, 'client', client)
    redis.call('HSETNX', akey, 'created_at', plan.created_at)
    redis.call('HSET', akey, 'external_id', item.external_id, 'latest_job', jid)
    item.rev.content_hash, item.rev.job_id, item.rev.created_at = item.digest, jid, plan.created_at
    local rkey = p .. 'rev:' .. aid .. ':' .. revision
    hset(rkey, item.rev)
    redis.call('HSET', rkey, 'body', ARGV[1 + i])
    item.job.article_id, item.job.revision = aid, revision
    hset(p .. 'job:' .. jid, item.job)
    redis.call('ZADD', p .. 'pending', plan.score, jid)
    for _, key in ipairs({akey, rkey, p .. 'job:' .. jid}) do redis.call('EXPIRE', key, plan.retention) end
    if item.ext ~= '' then redis.call('EXPIRE', item.ext, plan.retention) end
    out[i] = {jid, 1, aid, revision, item.job.style}
  end
  ids[i] = jid
  accepted[i] = {index = item.index, job_id = jid, article_id = aid, status = status,
    replayed = out[i][2] == 0}
end
if plan.idem ~= '' and out[1] then
  redis.call('SET', plan.idem, out[1][1], 'EX', plan.ttl)
end
local message = ARGV[2 + #plan.items]
if message and out[1] and out[1][2] == 1 then
  redis.call('LPUSH', plan.queue, message)
end
if batch then
  local bkey = p .. 'batch:' .. batch.id
  redis.call('HSET', bkey, 'client', client, 'created_at', plan.created_at, 'total', #ids,
    'callback_url', batch.callback_url, 'accepted', cjson.encode(accepted), 'rejected', batch.rejected)
  for start = 1, #ids, 1000 do
    redis.call('RPUSH', bkey .. ':jobs', unpack(ids, start, math.min(start + 999, #ids)))
  end
  redis.call('EXPIRE', bkey, plan.retention)
  if #ids > 0 then redis.call('EXPIRE', bkey .. ':jobs', plan.retention) end
  if batch.key ~= '' then redis.call('SET', batch.key, batch.id, 'EX', plan.ttl) end
end
return cjson.encode(out)
"""
)


class QueueFull(Exception):
    """Backpressure: the Celery queue holds more messages than the submission's limit."""

    def __init__(self, depth: int) -> None:
        super().__init__(f"{depth} messages waiting")
        self.depth = depth


class UnknownStyle(Exception):
    """A submission named a house style the client does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass
class Submission:
    job: dict[str, Any]
    created: bool  # False when an existing job was returned (idempotent resubmission)


@dataclass
class BatchSubmission:
    batch_id: str
    created: bool  # False when the Idempotency-Key named a stored batch (nothing was written)
    submissions: list[Submission]


class Store:
    def __init__(self, client: redis.Redis, *, retention_days: float = DEFAULT_RETENTION_DAYS) -> None:
        self.r = client
        self.retention_s = max(1, int(retention_days * 86400))
        self._start = client.register_script(_START)
        self._finish = client.register_script(_FINISH)
        self._submit = client.register_script(_SUBMIT)
        self._style_ref = client.register_script(_STYLE_REF)

    @classmethod
    def from_url(
        cls, url: str, *, patient: bool = False, retention_days: float = DEFAULT_RETENTION_DAYS
    ) -> Store:
        """A store on `url`. A `patient` store (the worker's) rides out a Redis restart:
        it retries a failed command with backoff for about half a minute, so a job's end is
        recorded when Redis comes back instead of the task failing. The API is not patient:
        a client gets a quick 503 and retries itself."""
        retry = Retry(ExponentialBackoff(cap=3.0, base=0.1), 14 if patient else 1)
        return cls(
            redis.Redis.from_url(
                url,
                decode_responses=True,
                health_check_interval=30,
                socket_timeout=10,
                socket_connect_timeout=5,
                retry=retry,
                retry_on_error=[redis.ConnectionError, redis.TimeoutError, redis.BusyLoadingError],
            ),
            retention_days=retention_days,
        )

    def ping(self) -> bool:
        return bool(self.r.ping())

    # --- submission -----------------------------------------------------------------

    def submit(
        self,
        client: str,
        article: dict[str, Any],
        *,
        idempotency_key_: str | None = None,
        batch_id: str | None = None,
        callback_url: str | None = None,
        checks: list[str] | None = None,
        style_name: str | None = None,
        queue_limit: int | None = None,
        message: Callable[[list[str]], str] | None = None,
    ) -> Submission:
        """Store an article revision and its job (status queued); idempotent by key or content.

        With `message` (`core.queue.Queue.analyse_message`), a created job's Celery message,
        `message([job_id])`, is pushed onto the queue in the same atomic step.

        In the same atomic step (one round trip): with `style_name` ('' for the client's default
        style, used if it exists), the job runs with that style's current version, and an
        unknown name raises UnknownStyle (the article's own `style` ref is used otherwise); with
        `queue_limit`, more messages than that in the Celery queue raise QueueFull. Nothing is
        written when either is raised.
        """
        item = self._plan_item(client, article, 0, batch_id, callback_url, checks)
        if style_name is not None:
            item["style_name"] = style_name
        idem = idempotency_key(client, idempotency_key_) if idempotency_key_ else ""
        replies = self._run_submit(
            client,
            [item],
            idem=idem,
            queue_limit=queue_limit,
            message=message([item["job"]["job_id"]]) if message else None,
        )
        assert isinstance(replies, list)
        return replies[0]

    def _plan_item(
        self,
        client: str,
        article: dict[str, Any],
        index: int,
        batch_id: str | None,
        callback_url: str | None,
        checks: list[str] | None,
    ) -> dict[str, Any]:
        """One article of a _SUBMIT plan: its keys, content hash, revision and job to write."""
        external_id = article.get("external_id") or ""
        return {
            "index": index,
            "ext": external_key(client, external_id) if external_id else "",
            "external_id": external_id,
            "aid": new_id("art"),  # used when the article is new
            "digest": content_hash(article),
            "rev": {k: article.get(k) or "" for k in CONTENT_FIELDS if k != "body"},
            "body": pack(article.get("body") or ""),  # sent beside the plan: it is binary
            "job": {
                "job_id": new_id("job"),
                "client": client,
                "batch_id": batch_id or "",
                "status": "queued",
                "created_at": "",  # set below
                "started_at": "",
                "finished_at": "",
                "attempts": "0",
                "error": "",
                "callback_url": callback_url or "",
                "checks": json.dumps(checks) if checks else "",
                "style": json.dumps(article["style"]) if article.get("style") else "",
            },
        }

    def _run_submit(
        self,
        client: str,
        items: list[dict[str, Any]],
        *,
        idem: str = "",
        batch: dict[str, str] | None = None,
        queue_limit: int | None = None,
        message: str | None = None,
    ) -> list[Submission] | str:
        """Run _SUBMIT: the submissions in item order, or the id of the batch already stored
        under the batch's Idempotency-Key; raises QueueFull or UnknownStyle (nothing stored).
        `message` is pushed onto the queue when the first item's job is created."""
        created_at = now()
        for item in items:
            item["job"]["created_at"] = created_at
        plan = {
            "prefix": PREFIX,
            "client": client,
            "created_at": created_at,
            "score": repr(dt.datetime.now(dt.UTC).timestamp()),
            "ttl": IDEMPOTENCY_TTL_S,
            "retention": self.retention_s,
            "idem": idem,
            "queue": QUEUE,
            "queue_limit": -1 if queue_limit is None else queue_limit,
            "default_style": DEFAULT_STYLE,
            "items": [{k: v for k, v in item.items() if k != "body"} for item in items],
        }
        if batch is not None:
            plan["batch"] = batch
        args = [json.dumps(plan, ensure_ascii=False), *(item["body"] for item in items)]
        if message is not None:
            args.append(message)
        reply = json.loads(self._submit(args=args))
        if isinstance(reply, dict):
            if "batch" in reply:
                return str(reply["batch"])
            if "full" in reply:
                raise QueueFull(int(reply["full"]))
            if "unknown_style" in reply:
                raise UnknownStyle(str(reply["unknown_style"]))
            reply = []  # cjson writes an empty list as {}
        replayed = [row[0] for row in reply if not row[1]]
        pipe = self.r.pipeline(transaction=False)
        for jid in replayed:
            pipe.hgetall(job_key(jid))
        existing = dict(zip(replayed, pipe.execute(), strict=True)) if replayed else {}
        out = []
        for item, (jid, created, aid, revision, style) in zip(items, reply, strict=True):
            if created:
                job = {**item["job"], "article_id": aid, "revision": revision, "style": style}
                out.append(Submission(self._job_out(job), created=True))
            else:
                out.append(Submission(self._job_out(existing[jid]), created=False))
        return out

    # --- reads ------------------------------------------------------------------------

    @staticmethod
    def _job_out(raw: dict[str, Any]) -> dict[str, Any]:
        job = dict(raw)
        job["attempts"] = int(job.get("attempts") or 0)
        job["revision"] = int(job.get("revision") or 1)
        for name in ("batch_id", "started_at", "finished_at", "callback_url"):
            job[name] = job.get(name) or None
        job["error"] = json.loads(job["error"]) if job.get("error") else None
        job["checks"] = json.loads(job["checks"]) if job.get("checks") else None
        job["style"] = json.loads(job["style"]) if job.get("style") else None
        return job

    def job(self, jid: str, client: str | None = None) -> dict[str, Any] | None:
        """A job, or None if unknown or (when `client` is given) another client's."""
        raw = self.r.hgetall(job_key(jid)) if jid else {}
        if not raw or (client is not None and raw.get("client") != client):
            return None
        return self._job_out(raw)

    def article(self, aid: str, client: str | None = None) -> dict[str, Any] | None:
        """The article's record and its surviving revisions (each with its `revision` number;
        older ones may have expired), the latest with its text; None if unknown or another
        client's."""
        meta = self.r.hgetall(article_key(aid))
        if not meta or "client" not in meta or (client is not None and meta["client"] != client):
            return None
        count = int(meta.get("revisions") or 0)
        pipe = self.r.pipeline(transaction=False)
        # earlier revisions without their text: a much-revised article must not load every body
        listed = ("job_id", "content_hash", "created_at")
        for n in range(1, count):
            pipe.hmget(revision_key(aid, n), listed)
        pipe.execute_command("HGETALL", revision_key(aid, count), **{NEVER_DECODE: True})
        rows = pipe.execute() if count else []
        revisions = [
            {**dict(zip(listed, row, strict=True)), "revision": n}
            for n, row in enumerate(rows[:-1], start=1)
            if row[0] is not None
        ]
        if rows and rows[-1]:
            revisions.append({**self._revision_out(rows[-1]), "revision": count})
        return {**meta, "article_id": aid, "revisions": revisions}

    @staticmethod
    def _revision_out(raw: dict[bytes, bytes]) -> dict[str, Any]:
        """A revision hash read undecoded: every field as text, the body unpacked."""
        return {k.decode(): unpack(v) for k, v in raw.items()}

    def _revision(self, key: str) -> dict[str, Any] | None:
        raw = self.r.execute_command("HGETALL", key, **{NEVER_DECODE: True})
        return self._revision_out(raw) if raw else None

    def latest_revision(self, aid: str) -> dict[str, Any] | None:
        count = self.r.hget(article_key(aid), "revisions")
        if not count:
            return None
        return self._revision(revision_key(aid, count))

    def revision(self, aid: str, n: int) -> dict[str, Any] | None:
        return self._revision(revision_key(aid, n))

    def result(self, jid: str) -> dict[str, Any] | None:
        raw = self.r.execute_command("GET", result_key(jid), **{NEVER_DECODE: True})
        return json.loads(unpack(raw)) if raw else None  # type: ignore[arg-type]

    def analysed_job(self, aid: str) -> str | None:
        return self.r.hget(article_key(aid), "analysed_job")

    # --- worker transitions -----------------------------------------------------------

    def start(self, jid: str) -> int:
        """Mark a job running and count the attempt; -1 when it already ended."""
        return int(self._start(keys=[job_key(jid)], args=[now()]))

    def finish(
        self, jid: str, *, result: dict[str, Any] | None = None, error: dict[str, str] | None = None
    ) -> bool:
        """Record the end of a job exactly once; False if it had already ended."""
        job = self.r.hgetall(job_key(jid))
        if not job:
            return False
        status = "succeeded" if error is None else "failed"
        done = self._finish(
            keys=[job_key(jid), result_key(jid), PENDING_KEY, article_key(job["article_id"]), ENDED_KEY],
            args=[
                status,
                now(),
                json.dumps(error) if error else "",
                pack(json.dumps(result, ensure_ascii=False)) if result is not None else "",
                jid,
                job.get("revision") or 1,
                self.retention_s,
            ],
        )
        return bool(done)

    def pending(self, older_than_s: float) -> list[str]:
        """Jobs not yet ended that were queued more than `older_than_s` seconds ago."""
        cutoff = dt.datetime.now(dt.UTC).timestamp() - older_than_s
        return list(self.r.zrangebyscore(PENDING_KEY, "-inf", cutoff))

    def touch_pending(self, jid: str) -> None:
        """Restart a pending job's clock (after it was sent again)."""
        self.r.zadd(PENDING_KEY, {jid: dt.datetime.now(dt.UTC).timestamp()}, xx=True)

    def forget_pending(self, jid: str) -> None:
        self.r.zrem(PENDING_KEY, jid)

    def lock(self, name: str, ttl_s: int) -> bool:
        """A best-effort lock that expires by itself: True if this caller got it."""
        return bool(self.r.set(f"{PREFIX}lock:{name}", "1", nx=True, ex=ttl_s))

    def queue_depth(self) -> int:
        """Messages waiting in the Celery queue (a Redis list named QUEUE)."""
        return int(self.r.llen(QUEUE))

    def pending_count(self) -> int:
        return int(self.r.zcard(PENDING_KEY))

    def ended_counts(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.r.hgetall(ENDED_KEY).items()}

    # --- API keys and clients -------------------------------------------------------------

    def save_api_key(self, digest: str, record: dict[str, str]) -> None:
        """Store an API key's record under the SHA-256 of the key, and its client if new."""
        pipe = self.r.pipeline(transaction=True)
        pipe.hset(APIKEY_PREFIX + digest, mapping=record)
        pipe.sadd(APIKEYS_KEY, digest)
        pipe.execute()

    def api_key(self, digest: str) -> dict[str, str] | None:
        """The record of the key whose SHA-256 is `digest`, or None."""
        return self.r.hgetall(APIKEY_PREFIX + digest) or None

    def api_keys(self) -> list[tuple[str, dict[str, str]]]:
        """Every key's (sha256, record), oldest first."""
        digests = sorted(self.r.smembers(APIKEYS_KEY))
        pipe = self.r.pipeline(transaction=False)
        for digest in digests:
            pipe.hgetall(APIKEY_PREFIX + digest)
        rows = [(d, rec) for d, rec in zip(digests, pipe.execute(), strict=True) if rec]
        return sorted(rows, key=lambda row: (row[1].get("created_at", ""), row[1].get("key_id", "")))

    def revoke_api_key(self, digest: str, when: str) -> bool:
        """Mark a key revoked; False if unknown or already revoked."""
        if self.api_key(digest) is None:
            return False
        return bool(self.r.hsetnx(APIKEY_PREFIX + digest, "revoked_at", when))

    def ensure_client(self, name: str, webhook_secret: str) -> tuple[dict[str, str], bool]:
        """Create the client record unless it exists; returns (record, created)."""
        key = client_key(name)
        created = bool(self.r.hsetnx(key, "webhook_secret", webhook_secret))
        if created:
            self.r.hset(key, "created_at", now())
        return self.r.hgetall(key), created

    def client(self, name: str) -> dict[str, str] | None:
        return self.r.hgetall(client_key(name)) or None

    def webhook_secret(self, client: str) -> str | None:
        """The secret that signs webhooks to `client` (created with its first API key)."""
        return self.r.hget(client_key(client), "webhook_secret")

    # --- batches (service/batches.py) and webhook deliveries (worker/webhooks.py) -----------

    def batch_for_key(self, client: str, key: str) -> str | None:
        """The batch a batch Idempotency-Key names, if that batch is stored (a cheap early replay;
        `submit_many` decides atomically)."""
        bid = self.r.get(batch_idempotency_key(client, key))
        return bid if bid and self.r.exists(batch_key(bid)) else None

    def submit_many(
        self,
        client: str,
        articles: list[dict[str, Any]],
        *,
        batch_id: str,
        callback_url: str | None = None,
        indexes: list[int] | None = None,
        rejected: list[dict[str, Any]] | None = None,
        idempotency_key_: str | None = None,
        queue_limit: int | None = None,
    ) -> BatchSubmission:
        """`submit` for many validated articles, and the batch record, in one atomic step.

        The same idempotency as `submit` per item (external_id + content hash), also between
        items of the one batch: a repeated unchanged item returns the job of the first. The
        batch is stored whole with the answer to its POST (`accepted`: index in the request
        (`indexes`, default 0..n-1), job id, article id, status, replayed; `rejected` as given),
        which an idempotent retry of the POST gets again. With `idempotency_key_`, a key that
        already names a stored batch returns that batch (`created` False) and stores nothing.
        `queue_limit` as in `submit` (QueueFull).
        """
        positions = indexes or list(range(len(articles)))
        items = [
            self._plan_item(
                client,
                article,
                index,
                batch_id,
                article.get("callback_url") or callback_url,
                article.get("checks"),
            )
            for index, article in zip(positions, articles, strict=True)
        ]
        batch = {
            "id": batch_id,
            "key": batch_idempotency_key(client, idempotency_key_) if idempotency_key_ else "",
            "callback_url": callback_url or "",
            "rejected": json.dumps(rejected or []),
        }
        reply = self._run_submit(client, items, batch=batch, queue_limit=queue_limit)
        if isinstance(reply, str):
            return BatchSubmission(reply, created=False, submissions=[])
        return BatchSubmission(batch_id, created=True, submissions=reply)

    def batch(self, bid: str, client: str | None = None) -> dict[str, Any] | None:
        """A batch's record (accepted/rejected decoded), or None if unknown or another client's."""
        raw = self.r.hgetall(batch_key(bid))
        if not raw or (client is not None and raw.get("client") != client):
            return None
        out: dict[str, Any] = {**raw, "batch_id": bid, "total": int(raw.get("total") or 0)}
        for name in ("accepted", "rejected"):
            out[name] = json.loads(raw[name]) if raw.get(name) else []
        out["callback_url"] = raw.get("callback_url") or None
        return out

    def batch_counts(self, bid: str) -> dict[str, int]:
        """How many of the batch's jobs are in each status (two round trips)."""
        ids = self.r.lrange(batch_jobs_key(bid), 0, -1)
        pipe = self.r.pipeline(transaction=False)
        for jid in ids:
            pipe.hget(job_key(jid), "status")
        counts = dict.fromkeys(("queued", "running", "succeeded", "failed"), 0)
        for status in pipe.execute():
            counts[status or "failed"] = counts.get(status or "failed", 0) + 1
        return counts

    def batch_jobs(
        self, bid: str, offset: int, limit: int, *, with_results: bool = False
    ) -> list[dict[str, Any]]:
        """Jobs `offset` to `offset + limit - 1` of a batch, in item order (with `result` if asked)."""
        ids = self.r.lrange(batch_jobs_key(bid), offset, offset + limit - 1)
        pipe = self.r.pipeline(transaction=False)
        for jid in ids:
            pipe.hgetall(job_key(jid))
            if with_results:
                pipe.execute_command("GET", result_key(jid), **{NEVER_DECODE: True})
        replies = pipe.execute()
        step = 2 if with_results else 1
        jobs = []
        for n, jid in enumerate(ids):
            raw = replies[n * step]
            job = self._job_out(raw) if raw else {"job_id": jid, "status": "failed", "article_id": ""}
            if with_results:
                result = replies[n * step + 1]
                job["result"] = json.loads(unpack(result)) if result else None  # type: ignore[arg-type]
            jobs.append(job)
        return jobs

    def add_delivery(self, jid: str, attempt: dict[str, Any], keep: int = 50) -> None:
        pipe = self.r.pipeline(transaction=False)
        pipe.rpush(deliveries_key(jid), json.dumps(attempt))
        pipe.ltrim(deliveries_key(jid), -keep, -1)
        pipe.expire(deliveries_key(jid), self.retention_s)
        pipe.execute()

    def deliveries(self, jid: str) -> list[dict[str, Any]]:
        return [json.loads(d) for d in self.r.lrange(deliveries_key(jid), 0, -1)]

    # --- workers ------------------------------------------------------------------------

    def heartbeat(self, hostname: str) -> None:
        self.r.set(WORKER_KEY + hostname, now(), ex=HEARTBEAT_TTL_S)

    def live_workers(self) -> list[str]:
        return sorted(k[len(WORKER_KEY) :] for k in self.r.scan_iter(WORKER_KEY + "*", count=100))

    # --- erasure, lookups by external id, memory (DELETE /v1/articles, GET ?external_id=, 503) ---

    def article_id_for(self, client: str, external_id: str) -> str | None:
        """The id of `client`'s article with this CMS `external_id`, if it is still stored."""
        aid = self.r.get(external_key(client, external_id))
        if not aid or self.r.hget(article_key(aid), "client") != client:
            return None
        return aid

    def erased(self, aid: str, client: str) -> str | None:
        """When `client` erased article `aid` (within the retention period), or None."""
        value = self.r.get(erased_key(aid))
        if not value:
            return None
        who, _, when = value.partition(" ")
        return when if who == client else None

    def erase(self, aid: str, client: str) -> bool:
        """Erase `client`'s article: its record, every revision, the results and webhook logs of
        its jobs and its external id. Jobs that have not ended end `failed` (`article_erased`);
        job records (ids, status, times: no text) stay until they expire. Leaves a tombstone so
        a read answers 410. False when there is no such article of this client (already erased
        by it included: the caller tells those apart with `erased`)."""
        meta = self.r.hgetall(article_key(aid))
        if not meta or meta.get("client") != client:
            return False
        count = int(meta.get("revisions") or 0)
        pipe = self.r.pipeline(transaction=False)
        for n in range(1, count + 1):
            pipe.hget(revision_key(aid, n), "job_id")
        jids = {j for j in pipe.execute() if j}
        if meta.get("latest_job"):
            jids.add(meta["latest_job"])
        error = {"code": "article_erased", "message": "the article was erased before its analysis ended"}
        pipe = self.r.pipeline(transaction=True)
        for jid in jids:  # end what has not ended (a running analysis then finds it ended)
            job = self.job(jid)
            if job is not None and job["status"] not in TERMINAL:
                self.finish(jid, error=error)
            elif job is not None and job["error"] and job["error"].get("code") != "article_erased":
                # an error message may quote the text (an exception's message): keep only its code
                kept = {"code": job["error"].get("code"), "message": "(erased with the article)"}
                pipe.hset(job_key(jid), "error", json.dumps(kept))
        pipe.delete(article_key(aid), *(revision_key(aid, n) for n in range(1, count + 1)))
        for jid in jids:
            pipe.delete(result_key(jid), deliveries_key(jid))
        if meta.get("external_id"):
            ekey = external_key(client, meta["external_id"])
            if self.r.get(ekey) == aid:
                pipe.delete(ekey)
        pipe.set(erased_key(aid), f"{client} {now()}", ex=self.retention_s)
        pipe.execute()
        return True

    def memory(self) -> tuple[int, int]:
        """(bytes Redis uses, its maxmemory; 0 when it has none)."""
        info = self.r.info("memory")
        return int(info.get("used_memory", 0)), int(info.get("maxmemory", 0))

    def worker_heartbeats(self) -> dict[str, str]:
        """{worker hostname: time of its last heartbeat} of the live workers."""
        keys = sorted(self.r.scan_iter(WORKER_KEY + "*", count=100))
        values = self.r.mget(keys) if keys else []
        return {k[len(WORKER_KEY) :]: v for k, v in zip(keys, values, strict=True) if v}

    # --- house styles (service/styles.py writes them, the worker reads a job's version) ------

    def put_style(
        self, client: str, sid: str, description: str, rules: list[dict[str, Any]]
    ) -> tuple[dict[str, Any], bool]:
        """Store a new version of a style unless it is unchanged; returns (head, created).

        The version goes up on every change (an identical PUT keeps it); the version it
        replaces expires after STYLE_RETENTION_S, so a job queued with it still finds it.
        """
        body = json.dumps({"description": description, "rules": rules}, ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        head_key = style_key(client, sid)
        with self.r.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(head_key)
                    head = pipe.hgetall(head_key)
                    if head and head.get("digest") == digest:
                        pipe.reset()
                        return self._style_head(sid, head), False
                    version = int(pipe.incr(style_seq_key(client, sid)))
                    stamp = now()
                    new = {
                        "version": version,
                        "digest": digest,
                        "description": description,
                        "rule_count": len(rules),
                        "created_at": head.get("created_at") or stamp,
                        "updated_at": stamp,
                    }
                    pipe.multi()
                    pipe.set(style_version_key(client, sid, version), body)
                    if head:
                        pipe.expire(style_version_key(client, sid, head["version"]), STYLE_RETENTION_S)
                    pipe.hset(head_key, mapping=new)
                    pipe.sadd(styles_key(client), sid)
                    pipe.execute()
                    return self._style_head(sid, new), not head
                except redis.WatchError:
                    continue

    @staticmethod
    def _style_head(sid: str, raw: dict[str, Any]) -> dict[str, Any]:
        return {
            "style_id": sid,
            "version": int(raw["version"]),
            "description": raw.get("description") or "",
            "rule_count": int(raw.get("rule_count") or 0),
            "created_at": raw.get("created_at"),
            "updated_at": raw.get("updated_at"),
        }

    def style_ref(self, client: str, name: str | None) -> tuple[dict[str, Any] | None, bool]:
        """({id, version} of the style `name` a submission runs with, or None; unknown): no name
        is the client's default style if it exists; a named style that does not exist is unknown."""
        reply = json.loads(self._style_ref(args=[PREFIX, client, name or "", DEFAULT_STYLE]))
        return reply.get("ref"), bool(reply["unknown"])

    def style_head(self, client: str, sid: str) -> dict[str, Any] | None:
        """The current version's record (no rules), or None if the client has no such style."""
        raw = self.r.hgetall(style_key(client, sid))
        return self._style_head(sid, raw) if raw else None

    def style(self, client: str, sid: str) -> dict[str, Any] | None:
        """The current version with its rules, or None."""
        for _ in range(3):  # a version replaced and expired between the two reads: read again
            head = self.style_head(client, sid)
            if head is None:
                return None
            stored = self.style_version(client, sid, head["version"])
            if stored is not None:
                return {**head, "rules": stored["rules"]}
        return None

    def style_version(self, client: str, sid: str, version: int) -> dict[str, Any] | None:
        """Version `version` of a style ({description, rules}), while it is kept; else None."""
        raw = self.r.get(style_version_key(client, sid, version))
        return json.loads(raw) if raw else None

    def styles(self, client: str) -> list[dict[str, Any]]:
        """The client's styles (records without rules), by id."""
        ids = sorted(self.r.smembers(styles_key(client)))
        pipe = self.r.pipeline(transaction=False)
        for sid in ids:
            pipe.hgetall(style_key(client, sid))
        return [self._style_head(sid, raw) for sid, raw in zip(ids, pipe.execute(), strict=True) if raw]

    def style_count(self, client: str) -> int:
        return int(self.r.scard(styles_key(client)))

    def delete_style(self, client: str, sid: str) -> bool:
        """Delete a style; its last version expires after STYLE_RETENTION_S (queued jobs use it)."""
        head_key = style_key(client, sid)
        with self.r.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(head_key)
                    version = pipe.hget(head_key, "version")
                    if version is None:
                        pipe.reset()
                        return False
                    pipe.multi()
                    pipe.delete(head_key)
                    pipe.srem(styles_key(client), sid)
                    pipe.expire(style_version_key(client, sid, version), STYLE_RETENTION_S)
                    pipe.execute()
                    return True
                except redis.WatchError:
                    continue
