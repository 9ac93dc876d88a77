"""The WSGI entry point for gunicorn: `gunicorn service.wsgi:app` (JSON logs, see core.logs)."""

from core import logs
from core.settings import Settings
from service.app import create_app

settings = Settings.from_env()
logs.configure(settings.log_level, settings.log_format)
app = create_app(settings)
