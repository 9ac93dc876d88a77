"""Hypermedia links of jobs and articles."""

from __future__ import annotations

from typing import Any


def job_out(job: dict[str, Any]) -> dict[str, Any]:
    aid = job["article_id"]
    out = {k: v for k, v in job.items() if k not in ("client", "callback_url", "checks")}
    out["links"] = {
        "self": f"/v1/jobs/{job['job_id']}",
        "article": f"/v1/articles/{aid}",
        "analysis": f"/v1/articles/{aid}/analysis",
        "report": f"/v1/articles/{aid}/report",
    }
    return out
