"""marshmallow schemas shared by the service and the worker: the v1 contract."""
