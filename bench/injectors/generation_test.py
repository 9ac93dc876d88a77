"""Held-out test templates for `generation.py`: wording the detectors were never tuned on.

Used for test-part articles (`bench.split`); the README's figures for the
generation, date and number codes come from these. Real leftovers as reported in
published copy (refusals, cutoffs, preambles, template fields) in other words than
the dev templates. Nothing here is shared with `analysis/`.
"""

from __future__ import annotations

LEFTOVER_LINES = [
    "I'm sorry, I cannot provide a response to this request as it violates my guidelines.",
    "As an artificial intelligence, I can't verify events that happened after my training.",
    "I do not have access to real-time data, so these figures may be out of date.",
    "My training data only goes up to 2021, so I cannot confirm the current situation.",
    "Unfortunately, I cannot fulfill this request.",
    "Of course! Below is a rewritten version of the article:",
    "Here is a possible news report on the topic:",
    "Generate a news story of about 800 words on the flooding.",
    "Headline: Residents count the cost after the flooding",
    "Meta description: Everything you need to know about the latest events.",
    "Feel free to let me know if you need any further changes to this draft.",
    "As a language model developed by OpenAI, I must remain neutral on political questions.",
]
PLACEHOLDERS = [
    "[Reporter Name]",
    "[insert figure]",
    "{{ publication_date }}",
    "<CITY>",
    "[Name of Spokesperson]",
    "XXX",
    "[LOCATION]",
]
LOREM = "Lorem ipsum dolor sit amet, quis nostrud exercitation ullamco laboris."
HEADINGS = ["## Key details", "#### Looking ahead", "# Summary of events"]

AFTER_PUBLICATION = [
    "Protesters gathered outside parliament on {date}.",
    "The suspect was sentenced on {date} to four years in prison.",
    "Her family said she had passed away peacefully on {date}.",
    "Flights resumed on {date} after the airport reopened.",
]
WEEKDAY = [
    "Voting took place on {weekday}, {date}, across the region.",
    "Officials met again on {weekday} {date} to review the plans.",
]
WEEKDAY_DATE_FORMATS = ["{day} {month} {year}", "{month} {day}, {year}", "{day} {month}"]

NUMBER_PAIRS = [
    ("The explosion killed {a} people.", "{b} people died in the explosion, according to the fire brigade."),
    ("{a} people were injured when the train derailed.", "The derailment injured {b} people."),
    ("At least {a} people were killed in the attack.", "The attack killed {b} people."),
    ("The club was fined ${a} million for the breach.", "The ${b} million fine will be paid this year."),
]
AGE_PAIRS = [
    ("The {a}-year-old {name} won the race on Sunday.", "{name}, {b}, had trained for months."),
    ("{name} died aged {a}.", "Tributes were paid to {name}, who died at {b} in hospital."),
]
NAMES = ["Laura Mendes", "Tomasz Nowicki", "Grace Adeyemi", "Henrik Sorensen"]
