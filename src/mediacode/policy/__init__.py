"""Policy as code: lint rules, documents and the block-list export."""
