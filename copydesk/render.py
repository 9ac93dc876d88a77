"""Human-readable output of a result: for the terminal (findings grouped by code, in context)
and as the editor's report page in one self-contained HTML file (`copydesk check --html`)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text

from service.report import render_article

CONTEXT = 40
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT = {"pass": "bold green", "review": "bold yellow", "fail": "bold red"}


def in_context(fields: dict[str, str], span: dict[str, Any]) -> Text:
    text = fields[span["field"]]
    start, end = span["start"], span["end"]
    before = text[max(0, start - CONTEXT) : start].replace("\n", "⏎")
    after = text[end : end + CONTEXT].replace("\n", "⏎")
    line = Text(f"{span['field']}:{start}  …{before}", style="dim")
    line.append(text[start:end].replace("\n", "⏎") or "∅", style="reverse")
    line.append(f"{after}…", style="dim")
    return line


def print_result(console: Console, name: str, title: str, body: str, result: dict[str, Any]) -> None:
    fields = {"title": title, "body": body}
    verdict = result["verdict"]
    console.print(
        Text.assemble(
            (f"{name}", "bold"),
            "  verdict ",
            (verdict, VERDICT[verdict]),
            f"  integrity {result['scores']['integrity']}",
            f"  {result['stats'].get('words', 0)} words",
        )
    )
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for finding in result["findings"]:
        groups[finding["code"]].append(finding)
    for code, findings in groups.items():
        console.print(Text(f"  {code} ({len(findings)})", style="bold"))
        for f in findings:
            console.print(Text.assemble("    ", (f["severity"], STYLE[f["severity"]]), f"  {f['message']}"))
            for span in f["spans"]:
                console.print(Text("      ").append(in_context(fields, span)))
            if f.get("suggestion"):
                console.print(Text(f"      suggestion: {f['suggestion']}", style="green"))
    if not result["findings"]:
        console.print("  no findings")


def write_page(path: Path, title: str, body: str, result: dict[str, Any]) -> None:
    """The API's report page with its CSS and JS inline, usable without a server."""
    Path(path).write_text(render_article(title, body, result, static_url=None), encoding="utf-8")
