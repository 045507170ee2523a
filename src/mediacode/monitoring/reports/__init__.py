"""Reports: figures per department and period, suppressed, optionally noised, with flags by pseudonym."""
