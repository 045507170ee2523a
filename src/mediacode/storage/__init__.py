"""Adapters that keep monitoring state on disk: layout, lock, ingest ledger, and Parquet (ADR 0072).

Only this package imports PyArrow; the monitoring core hands it plain row tuples.
"""
