"""The findings checks: one module per check, each a spaCy factory `copydesk_check_<module>`.

`analysis.nlp.check_factories` discovers them; modules starting with `_`
hold helpers shared by several checks.
"""
