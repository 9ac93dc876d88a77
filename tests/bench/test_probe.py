"""The probe runner (`python -m bench.probe`) reads the files under bench/probes the way they
are written: positives, negatives, comments, and the code from the file's name."""

from __future__ import annotations

from pathlib import Path

from bench.probe import ALL, codes_for, read

PROBES = Path(__file__).resolve().parents[2] / "bench" / "probes"


def test_lines_and_codes(tmp_path: Path) -> None:
    probe = tmp_path / "place_x.txt"
    probe.write_text(
        "# a comment\nA blast in Lyon. ||| The blast in Oslo.\n\nA ||| B ||| neg\nno separator\n"
    )
    assert read(probe) == [("A blast in Lyon.", "The blast in Oslo.", False), ("A", "B", True)]
    assert codes_for(probe) == ("place.event_conflict",)
    assert codes_for(Path("interval_fresh.txt")) == ("date.interval_conflict",)
    assert codes_for(Path("ev8.txt")) == ALL


def test_every_probe_file_has_lines() -> None:
    files = sorted(PROBES.glob("*.txt"))
    assert files and all(read(f) for f in files)
