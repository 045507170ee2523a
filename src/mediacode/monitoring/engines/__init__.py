"""Engines: adapters that run the monitoring plan's SQL over the stored Parquet partitions (ADR 0075)."""
