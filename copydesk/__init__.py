"""copydesk's top layer: the command line, the local runner, the submit client and test helpers."""

from core import __version__

__all__ = ["__version__"]
