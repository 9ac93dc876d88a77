"""Hypermedia links of jobs and articles."""

from __future__ import annotations

from typing import Any


def job_out(job: dict[str, Any], deliveries: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The job as clients see it; `deliveries`: its webhook attempts, when it has a callback_url."""
    aid = job["article_id"]
    out = {k: v for k, v in job.items() if k not in ("client", "callback_url", "checks")}
    out["links"] = {
        "self": f"/v1/jobs/{job['job_id']}",
        "article": f"/v1/articles/{aid}",
        "analysis": f"/v1/articles/{aid}/analysis",
        "report": f"/v1/articles/{aid}/report",
    }
    if deliveries is not None:
        out["deliveries"] = deliveries
    return out
