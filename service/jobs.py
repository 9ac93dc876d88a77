"""GET /v1/jobs/{job_id}."""

from __future__ import annotations

from flask_smorest import Blueprint, abort

from core.links import job_out
from schemas.job import JobSchema
from service.auth import current_client
from service.state import store

blp = Blueprint("jobs", __name__, url_prefix="/v1/jobs", description="Poll analysis jobs.")


@blp.route("/<string:job_id>")
@blp.response(200, JobSchema)
@blp.alt_response(404, description="Unknown job.")
def get_job(job_id: str):
    """A job: its status, timestamps, attempts and, when it failed, why."""
    job = store().job(job_id, current_client())
    if job is None:
        abort(404, message=f"No job {job_id!r}.")
    deliveries = store().deliveries(job_id) if job.get("callback_url") else None
    return job_out(job, deliveries)
