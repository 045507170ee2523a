"""Day-partitioned Parquet files of the stored schema, written through PyArrow (ADR 0072)."""
