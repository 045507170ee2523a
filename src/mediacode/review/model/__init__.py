"""The review model: a small linear model per category over masked features (docs/adr/0054).

``weights.json`` is built by ``make model`` from the project's labelled posts
and shipped as package data; inference is a sparse dot product in pure Python.
"""
