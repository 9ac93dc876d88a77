"""spelling_variant reads wordfreq's small English list: at its threshold it must say what
the default (large) list says, for every word the large list has near the threshold."""

from __future__ import annotations

from wordfreq import get_frequency_dict, zipf_frequency

from analysis.checks.spelling_variant import COMMON_ZIPF
from analysis.lexicon import WORDLIST


def test_small_list_agrees_with_large_at_the_threshold() -> None:
    assert WORDLIST == "small"
    near = [w for w in get_frequency_dict("en", "large") if abs(zipf_frequency(w, "en") - COMMON_ZIPF) < 0.5]
    assert len(near) > 5_000
    for word in near:
        large = zipf_frequency(word, "en") >= COMMON_ZIPF
        assert (zipf_frequency(word, "en", wordlist=WORDLIST) >= COMMON_ZIPF) == large, word
    # and a word the small list lacks is rare in the large one too
    assert zipf_frequency("copyeditorial", "en", wordlist=WORDLIST) == 0.0
