"""Links between the operations of the OpenAPI document (OpenAPI 3 `links`).

They say which call an answer's ids lead to (the job of a submission, its article, analysis
and report; a batch); clients and the stateful fuzzer (tests/fuzz/) follow them.
"""

from __future__ import annotations

from typing import Any

from apispec import BasePlugin


def _ref(path: str, method: str = "get") -> str:
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def _link(path: str, **parameters: str) -> dict[str, Any]:
    return {"operationRef": _ref(path), "parameters": parameters}


_ARTICLE = {"article_id": "$response.body#/article_id"}
_OF_A_JOB = {
    "GetArticle": _link("/v1/articles/{article_id}", **_ARTICLE),
    "GetAnalysis": _link("/v1/articles/{article_id}/analysis", **_ARTICLE),
    "GetReport": _link("/v1/articles/{article_id}/report", **_ARTICLE),
}
LINKS: dict[tuple[str, str, str], dict[str, Any]] = {
    ("/v1/articles", "post", "202"): {
        "GetJob": _link("/v1/jobs/{job_id}", job_id="$response.body#/job_id"),
        **_OF_A_JOB,
    },
    ("/v1/jobs/{job_id}", "get", "200"): _OF_A_JOB,
    ("/v1/batches", "post", "202"): {
        "GetBatch": _link("/v1/batches/{batch_id}", batch_id="$response.body#/batch_id"),
    },
}


class LinksPlugin(BasePlugin):
    """An apispec plugin adding LINKS to the documented responses."""

    def operation_helper(self, path: str | None = None, operations: dict | None = None, **_: Any) -> None:
        for method, operation in (operations or {}).items():
            for status, response in (operation.get("responses") or {}).items():
                links = LINKS.get((path or "", method, str(status)))
                if links and isinstance(response, dict):
                    response["links"] = links
