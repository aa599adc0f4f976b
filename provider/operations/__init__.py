"""Running the provider: request ids, logs, metrics, load shedding, security headers, health.

Each concern is a module of its own; `install.py` wraps an app in them in one place.
"""
