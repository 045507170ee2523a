"""One streaming parser per log format: ``parse(lines, ...) -> Iterator[record | Reject | Notice]``."""
