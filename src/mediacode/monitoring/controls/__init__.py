"""Controls: the analyses a purpose allows, as SQL over the stored tables (one module per built-in)."""
