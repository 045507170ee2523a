"""Training of the review model (docs/adr/0054): pure Python, run by ``make model``, never at runtime."""
