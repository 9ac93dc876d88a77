"""The one place that knows copydesk's Redis keys: articles, revisions, jobs, results.

The API and the worker both use this module; nothing else touches these keys.
Job state lives here, never in Celery's result backend.

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
    cd:ratelimit:...            (flask-limiter's counters, per client; owned by service/limits.py)
    cd:batch:{bid}              hash  client, created_at, total, callback_url, accepted, rejected
                                      (the last two: JSON of the POST's answer, replayed on retry)
    cd:batch:{bid}:jobs         list  job ids of the batch, in the order of its accepted items
    cd:idem-batch:{client}:{key} str  batch id of a POST /v1/batches Idempotency-Key
    cd:deliveries:{jid}         list  webhook delivery attempts of a job (JSON, oldest first)
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
from dataclasses import dataclass
from typing import Any

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

PREFIX = "cd:"
LOCAL_CLIENT = "local"  # the client of requests without a key when keys are not required
TERMINAL = ("succeeded", "failed")
IDEMPOTENCY_TTL_S = 7 * 24 * 3600
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


def new_id(kind: str) -> str:
    return f"{kind}_{secrets.token_hex(10)}"


def content_hash(article: dict[str, Any]) -> str:
    canonical = json.dumps({k: article.get(k) for k in CONTENT_FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


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
# ARGV: status, finished_at, error json, result json (or ''), job id, revision.
_FINISH = """
local status = redis.call('HGET', KEYS[1], 'status')
if status == false or status == 'succeeded' or status == 'failed' then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'finished_at', ARGV[2], 'error', ARGV[3])
if ARGV[4] ~= '' then redis.call('SET', KEYS[2], ARGV[4]) end
redis.call('ZREM', KEYS[3], ARGV[5])
redis.call('HINCRBY', KEYS[5], ARGV[1], 1)
local revisions = tonumber(redis.call('HGET', KEYS[4], 'revisions') or '0')
if ARGV[1] == 'succeeded' and tonumber(ARGV[6]) == revisions then
  redis.call('HSET', KEYS[4], 'analysed_job', ARGV[5])
end
return 1
"""


@dataclass
class Submission:
    job: dict[str, Any]
    created: bool  # False when an existing job was returned (idempotent resubmission)


class Store:
    def __init__(self, client: redis.Redis) -> None:
        self.r = client
        self._start = client.register_script(_START)
        self._finish = client.register_script(_FINISH)

    @classmethod
    def from_url(cls, url: str, *, patient: bool = False) -> Store:
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
            )
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
    ) -> Submission:
        """Store an article revision and its job (status queued); idempotent by key or content."""
        jid = new_id("job")
        if idempotency_key_:
            ikey = idempotency_key(client, idempotency_key_)
            if not self.r.set(ikey, jid, nx=True, ex=IDEMPOTENCY_TTL_S):
                existing = self.job(self.r.get(ikey) or "", client)
                if existing is not None:
                    return Submission(existing, created=False)
                self.r.set(ikey, jid, ex=IDEMPOTENCY_TTL_S)
        digest = content_hash(article)
        aid = None
        external_id = article.get("external_id")
        if external_id:
            ekey = external_key(client, external_id)
            candidate = new_id("art")
            aid = candidate if self.r.set(ekey, candidate, nx=True) else self.r.get(ekey)
            latest = self.latest_revision(aid)
            if latest is not None and latest.get("content_hash") == digest:
                existing = self.job(latest["job_id"], client)
                if existing is not None:
                    if idempotency_key_:
                        self.r.set(
                            idempotency_key(client, idempotency_key_),
                            existing["job_id"],
                            ex=IDEMPOTENCY_TTL_S,
                        )
                    return Submission(existing, created=False)
        aid = aid or new_id("art")
        created_at = now()
        revision = int(self.r.hincrby(article_key(aid), "revisions", 1))
        job = {
            "job_id": jid,
            "client": client,
            "article_id": aid,
            "revision": revision,
            "batch_id": batch_id or "",
            "status": "queued",
            "created_at": created_at,
            "started_at": "",
            "finished_at": "",
            "attempts": 0,
            "error": "",
            "callback_url": callback_url or "",
            "checks": json.dumps(checks) if checks else "",
            "style": json.dumps(article["style"]) if article.get("style") else "",
        }
        rev = {k: article.get(k) or "" for k in CONTENT_FIELDS}
        rev.update(content_hash=digest, job_id=jid, created_at=created_at)
        pipe = self.r.pipeline(transaction=True)
        pipe.hsetnx(article_key(aid), "client", client)
        pipe.hsetnx(article_key(aid), "created_at", created_at)
        pipe.hset(article_key(aid), mapping={"external_id": external_id or "", "latest_job": jid})
        pipe.hset(revision_key(aid, revision), mapping=rev)
        pipe.hset(job_key(jid), mapping=job)
        pipe.zadd(PENDING_KEY, {jid: dt.datetime.now(dt.UTC).timestamp()})
        pipe.execute()
        return Submission(self._job_out(job), created=True)

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
        meta = self.r.hgetall(article_key(aid))
        if not meta or "client" not in meta or (client is not None and meta["client"] != client):
            return None
        count = int(meta.get("revisions") or 0)
        pipe = self.r.pipeline(transaction=False)
        # earlier revisions without their text: a much-revised article must not load every body
        listed = ("job_id", "content_hash", "created_at")
        for n in range(1, count):
            pipe.hmget(revision_key(aid, n), listed)
        pipe.hgetall(revision_key(aid, count))
        rows = pipe.execute() if count else []
        revisions = [dict(zip(listed, row, strict=True)) for row in rows[:-1] if row[0] is not None]
        if rows and rows[-1]:
            revisions.append(rows[-1])
        return {**meta, "article_id": aid, "revisions": revisions}

    def latest_revision(self, aid: str) -> dict[str, Any] | None:
        count = self.r.hget(article_key(aid), "revisions")
        if not count:
            return None
        rev = self.r.hgetall(revision_key(aid, count))
        return rev or None

    def revision(self, aid: str, n: int) -> dict[str, Any] | None:
        return self.r.hgetall(revision_key(aid, n)) or None

    def result(self, jid: str) -> dict[str, Any] | None:
        raw = self.r.get(result_key(jid))
        return json.loads(raw) if raw else None

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
                json.dumps(result, ensure_ascii=False) if result is not None else "",
                jid,
                job.get("revision") or 1,
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

    def claim_batch_key(self, client: str, key: str, bid: str) -> str | None:
        """Tie a batch Idempotency-Key to `bid`; the batch id it already names, or None if new."""
        ikey = batch_idempotency_key(client, key)
        if self.r.set(ikey, bid, nx=True, ex=IDEMPOTENCY_TTL_S):
            return None
        return self.r.get(ikey) or None

    def release_batch_key(self, client: str, key: str, bid: str) -> None:
        ikey = batch_idempotency_key(client, key)
        if self.r.get(ikey) == bid:
            self.r.delete(ikey)

    def submit_many(
        self,
        client: str,
        articles: list[dict[str, Any]],
        *,
        batch_id: str,
        callback_url: str | None = None,
        indexes: list[int] | None = None,
        rejected: list[dict[str, Any]] | None = None,
    ) -> list[Submission]:
        """`submit` for many validated articles in a constant number of round trips (six).

        The same idempotency as `submit` per item (external_id + content hash), also between
        items of the one batch: a repeated unchanged item returns the job of the first. All
        jobs, revisions and the batch record are written in one MULTI transaction, so a
        batch is stored whole or not at all, with the answer to its POST (`accepted`: index
        in the request (`indexes`, default 0..n-1), job id, article id, status, replayed;
        `rejected` as given), which an idempotent retry of the POST gets again.
        """
        digests = [content_hash(a) for a in articles]
        ext_ids = [a.get("external_id") or None for a in articles]
        distinct = list(dict.fromkeys(e for e in ext_ids if e))

        # 1: the article id of every external id (created when new)
        pipe = self.r.pipeline(transaction=False)
        for e in distinct:
            pipe.set(external_key(client, e), new_id("art"), nx=True)
            pipe.get(external_key(client, e))
        replies = pipe.execute()
        aid_of = {e: replies[2 * i + 1] for i, e in enumerate(distinct)}
        fresh = {aid_of[e] for i, e in enumerate(distinct) if replies[2 * i]}
        # 2: how many revisions each of them has
        pipe = self.r.pipeline(transaction=False)
        for e in distinct:
            pipe.hget(article_key(aid_of[e]), "revisions")
        count_of = {e: int(n or 0) for e, n in zip(distinct, pipe.execute(), strict=True)}
        # 3: their latest revisions
        known = [e for e in distinct if count_of[e]]
        pipe = self.r.pipeline(transaction=False)
        for e in known:
            pipe.hmget(revision_key(aid_of[e], count_of[e]), "content_hash", "job_id")
        latest = {e: tuple(v) for e, v in zip(known, pipe.execute(), strict=True)}
        # 4: the jobs of the latest revisions whose content comes again in this batch
        resent = set(digests)
        wanted = [e for e in known if latest[e][1] and latest[e][0] in resent]
        pipe = self.r.pipeline(transaction=False)
        for e in wanted:
            pipe.hgetall(job_key(latest[e][1]))
        last_job: dict[str, dict[str, Any] | None] = {}
        for e, raw in zip(wanted, pipe.execute(), strict=True):
            last_job[e] = self._job_out(raw) if raw and raw.get("client") == client else None
        last_hash = {e: latest[e][0] for e in wanted if last_job.get(e)}

        # plan, in item order
        created_at = now()
        plan: list[tuple[int, str, dict[str, Any]] | None] = []  # (index, aid, job) of new jobs
        results: list[Submission | None] = []
        new_revisions: dict[str, int] = {}
        for i, article in enumerate(articles):
            e = ext_ids[i]
            if e and last_hash.get(e) == digests[i] and last_job.get(e) is not None:
                results.append(Submission(last_job[e], created=False))
                plan.append(None)
                continue
            if e:
                aid = aid_of[e]
            else:
                aid = new_id("art")
                fresh.add(aid)
            new_revisions[aid] = new_revisions.get(aid, 0) + 1
            job = {
                "job_id": new_id("job"),
                "client": client,
                "article_id": aid,
                "revision": 0,  # numbered below
                "batch_id": batch_id,
                "status": "queued",
                "created_at": created_at,
                "started_at": "",
                "finished_at": "",
                "attempts": 0,
                "error": "",
                "callback_url": article.get("callback_url") or callback_url or "",
                "checks": json.dumps(article["checks"]) if article.get("checks") else "",
                "style": json.dumps(article["style"]) if article.get("style") else "",
            }
            if e:
                last_hash[e], last_job[e] = digests[i], self._job_out(job)
            results.append(None)
            plan.append((i, aid, job))
        # 5: reserve the revision numbers
        pipe = self.r.pipeline(transaction=False)
        for aid, n in new_revisions.items():
            pipe.hincrby(article_key(aid), "revisions", n)
        next_number = {
            aid: top - new_revisions[aid] + 1 for aid, top in zip(new_revisions, pipe.execute(), strict=True)
        }
        # 6: write everything at once (three commands per article: 1,000 articles are 3,000)
        score = dt.datetime.now(dt.UTC).timestamp()
        pipe = self.r.pipeline(transaction=True)
        job_ids = []
        pending: dict[str, float] = {}
        for step in plan:
            if step is None:
                continue
            i, aid, job = step
            job["revision"] = next_number[aid]
            next_number[aid] += 1
            article = articles[i]
            rev = {k: article.get(k) or "" for k in CONTENT_FIELDS}
            rev.update(content_hash=digests[i], job_id=job["job_id"], created_at=created_at)
            meta = {"external_id": article.get("external_id") or "", "latest_job": job["job_id"]}
            if aid in fresh:  # new article: nobody else writes it (a known one has these set)
                meta.update(client=client, created_at=created_at)
            pipe.hset(article_key(aid), mapping=meta)
            pipe.hset(revision_key(aid, job["revision"]), mapping=rev)
            pipe.hset(job_key(job["job_id"]), mapping=job)
            pending[job["job_id"]] = score
            results[i] = Submission(self._job_out(job), created=True)
        if pending:
            pipe.zadd(PENDING_KEY, pending)
        for sub in results:
            job_ids.append(sub.job["job_id"])  # type: ignore[union-attr]
        accepted = [
            {
                "index": index,
                "job_id": sub.job["job_id"],  # type: ignore[union-attr]
                "article_id": sub.job["article_id"],  # type: ignore[union-attr]
                "status": sub.job["status"],  # type: ignore[union-attr]
                "replayed": not sub.created,  # type: ignore[union-attr]
            }
            for index, sub in zip(indexes or range(len(results)), results, strict=True)
        ]
        batch_meta = {
            "client": client,
            "created_at": created_at,
            "total": len(job_ids),
            "callback_url": callback_url or "",
            "accepted": json.dumps(accepted),
            "rejected": json.dumps(rejected or []),
        }
        pipe.hset(batch_key(batch_id), mapping=batch_meta)
        if job_ids:
            pipe.rpush(batch_jobs_key(batch_id), *job_ids)
        pipe.execute()
        return results  # type: ignore[return-value]

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
                pipe.get(result_key(jid))
        replies = pipe.execute()
        step = 2 if with_results else 1
        jobs = []
        for n, jid in enumerate(ids):
            raw = replies[n * step]
            job = self._job_out(raw) if raw else {"job_id": jid, "status": "failed", "article_id": ""}
            if with_results:
                result = replies[n * step + 1]
                job["result"] = json.loads(result) if result else None
            jobs.append(job)
        return jobs

    def add_delivery(self, jid: str, attempt: dict[str, Any], keep: int = 50) -> None:
        pipe = self.r.pipeline(transaction=False)
        pipe.rpush(deliveries_key(jid), json.dumps(attempt))
        pipe.ltrim(deliveries_key(jid), -keep, -1)
        pipe.execute()

    def deliveries(self, jid: str) -> list[dict[str, Any]]:
        return [json.loads(d) for d in self.r.lrange(deliveries_key(jid), 0, -1)]

    # --- workers ------------------------------------------------------------------------

    def heartbeat(self, hostname: str) -> None:
        self.r.set(WORKER_KEY + hostname, now(), ex=HEARTBEAT_TTL_S)

    def live_workers(self) -> list[str]:
        return sorted(k[len(WORKER_KEY) :] for k in self.r.scan_iter(WORKER_KEY + "*", count=100))

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
