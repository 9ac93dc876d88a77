"""The base layer: settings, the Redis store, the Celery queue's address, links and keys.

Everything above (analysis, worker, service, the CLI) may import it; it imports none of them.
"""

__version__ = "0.1.0"
