"""Fresh wording written to develop the consistency checks: probe files (`*.txt`, sentence
pairs run by hand) and template banks (`*_bank.py`, run on the dev articles with
`python -m bench.quality --part dev --bank bench.probes.NAME_bank`). Never the held-out bank."""
