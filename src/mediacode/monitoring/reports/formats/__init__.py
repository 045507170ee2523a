"""Report formats: text, json, csv and html (one module each)."""
