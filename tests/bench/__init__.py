"""Tests of the quality harness (bench/): injectors, banks, the split."""
