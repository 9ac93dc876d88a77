"""The `copydesk` command."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import fields
from itertools import islice
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from core.settings import Settings


@click.group()
@click.version_option(package_name="copydesk")
def main() -> None:
    """copydesk: an automated copy desk for news articles."""


def _batches(iterable, size: int):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print result documents (one JSON per line).")
@click.option("--strict", is_flag=True, help="Exit 1 when any article's verdict is not 'pass'.")
@click.option(
    "--html",
    "html_out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the editor's report page here, self-contained (one article only).",
)
@click.option(
    "--style",
    "style_path",
    type=click.Path(exists=True, path_type=Path),
    help='A house style: a JSON file ({"rules": [...]}, as PUT /v1/styles takes) or a Vale style folder.',
)
def check(
    paths: tuple[Path, ...], as_json: bool, strict: bool, html_out: Path | None, style_path: Path | None
) -> None:
    """Analyse FILES in-process (no server): .txt (first line is the title), .json, .jsonl or folders."""
    import datetime as dt

    from analysis.article import Article
    from analysis.enrich.language import unsupported_reason
    from analysis.nlp import analyse, build_nlp
    from copydesk.inputs import InputError, read_all
    from copydesk.render import print_result, write_page

    console = Console(stderr=False, highlight=False)
    settings = Settings.from_env()
    style = _local_style(style_path) if style_path else None
    nlp = build_nlp(
        settings.spacy_model, extra_checks=settings.extra_checks, check_budget_s=settings.check_budget_s
    )
    worst = "pass"
    pages = 0
    try:
        for chunk in _batches(read_all(list(paths)), 16):
            articles = []
            for item in chunk:
                a = item.article
                published = a.get("published_at")
                when = (
                    dt.datetime.fromisoformat(published.replace("Z", "+00:00")).replace(tzinfo=None)
                    if isinstance(published, str) and published
                    else None
                )
                articles.append(
                    Article(
                        title=a["title"],
                        body=a["body"],
                        published_at=when,
                        language_hint=a.get("language"),
                        article_id=str(a.get("id") or a.get("external_id") or ""),
                        style=style,
                    )
                )
            for item, article, result in zip(chunk, articles, analyse(nlp, articles), strict=True):
                reason = unsupported_reason(result)
                ident = item.article.get("id") or item.article.get("external_id")
                if as_json:
                    doc = {"id": ident, **result} if ident is not None else result
                    if reason:
                        doc = {"id": ident, "error": {"code": "unsupported_language", "message": reason}}
                    sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
                elif reason:
                    console.print(f"[bold]{item.key}[/]  [red]not analysed[/]: {reason}")
                else:
                    print_result(console, item.key, article.title, article.body, result)
                if html_out is not None:
                    pages += 1
                    if pages > 1:
                        raise click.ClickException("--html writes one article's page: give one article")
                    if reason:
                        raise click.ClickException(f"{item.key}: not analysed, no page written: {reason}")
                    write_page(html_out, article.title, article.body, result)
                if not reason and result["verdict"] != "pass":
                    worst = "fail" if result["verdict"] == "fail" or worst == "fail" else "review"
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    if strict and worst != "pass":
        sys.exit(1)


def settings_with(**flags: Any) -> Settings:
    """Settings from the environment, each flag given on the command line taking precedence.

    A flag is written to its environment variable as well, so the processes started from
    here (gunicorn, Celery) see the same value.
    """
    env_of = {f.name: f.metadata["env"] for f in fields(Settings)}
    for name, value in flags.items():
        if value is not None:
            os.environ[env_of[name]] = str(value)
    return Settings.from_env()


def _env_default(name: str) -> str:
    field = next(f for f in fields(Settings) if f.name == name)
    return f"default: ${field.metadata['env']}, else {field.default}"


CONCURRENCY_HELP = "Analysis processes per worker (each loads the model once)"


def _local_style(path: Path):
    """The house style in a JSON file or a Vale folder, for `check --style` (version 0)."""
    from analysis.style import HouseStyle
    from copydesk.vale import import_vale
    from core.styles import normalise_rules, validate_rules

    if path.is_dir():
        imported = import_vale(path)
        for name, reason in imported.skipped:
            click.echo(f"style: skipped {name}: {reason}", err=True)
        rules = imported.rules
    else:
        try:
            rules = json.loads(path.read_text(encoding="utf-8")).get("rules")
        except (ValueError, AttributeError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{path}: not a style's JSON ({exc})") from None
    errors = validate_rules(rules)
    if errors:
        raise click.ClickException(f"{path}: " + "; ".join(f"{p}: {', '.join(m)}" for p, m in errors.items()))
    return HouseStyle(path.stem or "local", 0, normalise_rules(rules), owner=f"file:{path.resolve()}")


@main.command()
@click.option("--host", help=f"Address the API binds to ({_env_default('host')}).")
@click.option("--port", type=click.IntRange(1, 65535), help=f"Port of the API ({_env_default('port')}).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help=f"gunicorn worker processes of the API ({_env_default('api_workers')}).",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    help=f"{CONCURRENCY_HELP} ({_env_default('worker_concurrency')}).",
)
def serve(host: str | None, port: int | None, workers: int | None, concurrency: int | None) -> None:
    """Run the service locally: embedded Redis (unless REDIS_URL is set), a worker and the API."""
    from copydesk.local import serve as run

    settings = settings_with(host=host, port=port, api_workers=workers, worker_concurrency=concurrency)
    sys.exit(run(settings, echo=click.echo))


@main.command()
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    help=f"{CONCURRENCY_HELP} ({_env_default('worker_concurrency')}).",
)
@click.option("--hostname", default="worker@%h", show_default=True, help="Celery node name (unique).")
def worker(concurrency: int | None, hostname: str) -> None:
    """Run one analysis worker against REDIS_URL (scale out by starting more)."""
    from copydesk.local import worker_command

    settings = settings_with(worker_concurrency=concurrency)
    if not settings.redis_url:
        raise click.ClickException("set REDIS_URL to the shared Redis the API uses")
    command = worker_command(settings, hostname)
    os.execv(command[0], command)


@main.group()
def keys() -> None:
    """API keys: create (printed once; only a hash is stored), list, revoke."""


def _keys_store():
    from core.store import Store

    settings = Settings.from_env()
    return Store.from_url(settings.effective_redis_url, retention_days=settings.retention_days)


@keys.command("create")
@click.option("--client", "client", required=True, help="The client (tenant) the key acts for.")
def keys_create(client: str) -> None:
    """Create an API key for CLIENT and print it once."""
    from core.keys import KeyProblem, create_key

    try:
        created = create_key(_keys_store(), client)
    except KeyProblem as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"key id:  {created.key_id}")
    click.echo(f"client:  {created.client}")
    click.echo(f"api key: {created.key}")
    if created.webhook_secret:
        click.echo(f"webhook secret: {created.webhook_secret}")
    click.echo("Store these now: they are not shown again (only a hash of the key is kept).", err=True)


@keys.command("list")
def keys_list() -> None:
    """List keys: id, client, the key's first characters, created, revoked."""
    from core.keys import list_keys

    for row in list_keys(_keys_store()):
        state = f"revoked {row['revoked_at']}" if row["revoked_at"] else "active"
        click.echo(f"{row['key_id']}  {row['client']:<20} {row['prefix']}…  {row['created_at']}  {state}")


@keys.command("revoke")
@click.argument("key_id_or_prefix")
def keys_revoke(key_id_or_prefix: str) -> None:
    """Revoke a key by its id (key_…) or the start of the key (cdk_…, at least 8 characters)."""
    from core.keys import KeyProblem, revoke_key

    try:
        record = revoke_key(_keys_store(), key_id_or_prefix)
    except KeyProblem as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"revoked {record['key_id']} of client {record['client']}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", required=True, envvar="COPYDESK_URL", help="The service, e.g. http://127.0.0.1:8000.")
@click.option(
    "--api-key",
    envvar="COPYDESK_API_KEY",
    default="",
    show_default=False,
    help="Sent as `Authorization: Bearer KEY` (env COPYDESK_API_KEY); none for a keyless local service.",
)
@click.option("--out", type=click.Path(path_type=Path), help="Write JSON lines here (default: stdout).")
@click.option("--resume", is_flag=True, help="Skip inputs whose key --out already holds; append the rest.")
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1, 10_000))
@click.option(
    "--concurrency", default=4, show_default=True, type=click.IntRange(1, 64), help="Batches in flight."
)
@click.option("--no-progress", is_flag=True, help="No progress bar (the summary table is still printed).")
def submit(
    paths: tuple[Path, ...],
    url: str,
    api_key: str,
    out: Path | None,
    resume: bool,
    batch_size: int,
    concurrency: int,
    no_progress: bool,
) -> None:
    """Submit FILES (.txt, .json, .jsonl or folders) to a copydesk service and collect the results.

    One JSON line per article: key, id/external_id (when the input has them), job_id,
    article_id, status, error, result. Exit status 1 when any article failed or was rejected.
    """
    from copydesk.inputs import InputError, read_all
    from copydesk.submit import SubmitError, run

    if resume and out is None:
        raise click.UsageError("--resume needs --out")
    try:
        items = list(read_all(list(paths)))
    except InputError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        code = run(
            items,
            url=url,
            api_key=api_key or None,
            out=out,
            resume=resume,
            batch_size=batch_size,
            concurrency=concurrency,
            progress=not no_progress,
        )
    except SubmitError as exc:
        raise click.ClickException(str(exc)) from None
    sys.exit(code)


@main.group()
def styles() -> None:
    """House styles: import a Vale style into a copydesk service."""


@styles.command("import")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--id", "style_id", required=True, help="The style id to store it under (a-z, 0-9, - and _).")
@click.option("--url", envvar="COPYDESK_URL", default="", help="The service, e.g. http://127.0.0.1:8000.")
@click.option("--api-key", envvar="COPYDESK_API_KEY", default="", help="Sent as `Authorization: Bearer KEY`.")
@click.option("--description", default="", help="Stored with the style (default: where it came from).")
@click.option("--dry-run", is_flag=True, help="Print the style's JSON instead of uploading it.")
def styles_import(path: Path, style_id: str, url: str, api_key: str, description: str, dry_run: bool) -> None:
    """Read the Vale style in folder PATH (YAML rules) and store it as house style --id.

    existence, substitution, consistency and occurrence rules carry over; every rule that
    cannot (script, spelling, sequence, ...) or token that needs a regular expression is listed
    with the reason. Storing again replaces the style with a new version.
    """
    import requests

    from copydesk.vale import import_vale
    from core.styles import STYLE_ID

    if not STYLE_ID.match(style_id):
        raise click.BadParameter("1-64 characters a-z, 0-9, '-' or '_'", param_hint="--id")
    imported = import_vale(path)
    for name, reason in imported.skipped:
        click.echo(f"skipped {name}: {reason}", err=True)
    for name, note in imported.notes:
        click.echo(f"note {name}: {note}", err=True)
    click.echo(
        f"{len(imported.rules)} rule(s) carried over from {path}, {len(imported.skipped)} skipped", err=True
    )
    style = {
        "description": description or f"Imported from the Vale style {path.name}",
        "rules": imported.rules,
    }
    if dry_run:
        click.echo(json.dumps(style, indent=2, ensure_ascii=False))
        return
    if not url:
        raise click.UsageError("give --url (or COPYDESK_URL), or --dry-run")
    if not imported.rules:
        raise click.ClickException("no rule could be carried over; nothing stored")
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        response = requests.put(
            f"{url.rstrip('/')}/v1/styles/{style_id}", json=style, headers=headers, timeout=60
        )
    except requests.RequestException as exc:
        raise click.ClickException(f"could not reach {url}: {exc}") from None
    if response.status_code not in (200, 201):
        try:
            problem = response.json()
        except ValueError:
            problem = {"detail": response.text[:500]}
        details = "; ".join(f"{k}: {v}" for k, v in (problem.get("errors") or {}).items())
        raise click.ClickException(f"{response.status_code} {problem.get('detail', '')} {details}".strip())
    stored = response.json()
    verb = "created" if response.status_code == 201 else "stored"
    click.echo(
        f"{verb} style {stored['style_id']} version {stored['version']} ({stored['rule_count']} rules)"
    )


if __name__ == "__main__":
    main()
