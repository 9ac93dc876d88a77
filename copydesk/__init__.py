"""copydesk: an automated copy desk for newsrooms."""

__version__ = "0.1.0"
