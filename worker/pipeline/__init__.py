"""The analysis pipeline: spaCy components that read and write `Doc._` extensions."""
