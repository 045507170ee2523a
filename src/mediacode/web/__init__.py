"""The web app: ``create_app(settings)`` builds a FastAPI app over ``services``; nothing at import."""
