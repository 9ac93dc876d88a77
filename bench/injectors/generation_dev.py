"""Dev templates for the generation-leftover, date and number injectors (`generation.py`).

Detectors may be tuned against injections built from these (on dev articles only).
The held-out twin is `generation_test.py`: different wording, never tuned on.
Nothing here is shared with `analysis/`.
"""

from __future__ import annotations

# whole sentences or lines a chatbot leaves in copy
LEFTOVER_LINES = [
    "As an AI language model, I do not have personal opinions on this matter.",
    "I'm sorry, but I cannot complete this prompt as it goes against OpenAI's use policy.",
    "I apologize, but I am unable to browse the internet for the latest figures.",
    "Please note that my knowledge cutoff is September 2021, so later events are not covered.",
    "As of my last update in early 2022, no further details were available.",
    "Sure! Here is a news article about the events described:",
    "Certainly! Here's a 600-word news story based on your notes:",
    "Write a 500-word news article about the incident in a neutral tone.",
    "Title: Officials respond to the latest developments",
    "Word count: 612",
    "I hope this helps! Let me know if you would like me to change the tone.",
    "I am not capable of producing 1500 words. However, I can provide you with a summary.",
]
# placeholders that replace a name, a figure or a date in a sentence
PLACEHOLDERS = ["[Your Name]", "[insert date]", "{{city}}", "<company name>", "[Company]", "XX", "[DATE]"]
LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
HEADINGS = ["### Background", "## What happened", "### Reactions"]

# sentences dated after publication: {date} is filled in; past and realis
AFTER_PUBLICATION = [
    "The bridge collapsed on {date}, officials confirmed.",
    "Police arrested two suspects on {date}.",
    "The former minister died on {date} at his home.",
    "On {date}, the council voted to close the plant.",
]
# sentences with a weekday and a date: {weekday} and {date} are filled in
WEEKDAY = [
    "The hearing was held on {weekday}, {date}.",
    "Talks resumed on {weekday} ({date}) after a short break.",
]
WEEKDAY_DATE_FORMATS = ["{month} {day}, {year}", "{day} {month} {year}", "{month} {day}"]

# two sentences giving one quantity two values: ({a}, {b}) are numbers
NUMBER_PAIRS = [
    ("{a} people were killed in the collapse.", "The collapse killed {b} people, the report found."),
    ("{a} people died after the storm hit the coast.", "Rescuers said {b} people were killed by the storm."),
    ("The fire left {a} people injured.", "In all, {b} people were injured in the fire."),
    ("The company paid a ${a} million fine.", "It was fined ${b} million by the regulator."),
]
AGE_PAIRS = [
    (
        "{name}, {a}, was named chair of the committee.",
        "The {b}-year-old {name} said she would serve one term.",
    ),
    ("{name} died at {a} on Sunday.", "{name}, who died aged {b}, was a noted painter."),
]
NAMES = ["Ann Holloway", "Peter Lindqvist", "Maria Okafor", "James Whitcombe"]
