"""The copydesk HTTP API (Flask + flask-smorest)."""
