"""Fresh wording written to develop the consistency checks: probe files (`*.txt`, sentence
pairs, run with `python -m bench.probe FILE...`) and template banks (`*_bank.py`, run on the dev articles with
`python -m bench.quality --part dev --bank bench.probes.NAME_bank`). Never the held-out bank."""
