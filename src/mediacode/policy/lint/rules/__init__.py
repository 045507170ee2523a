"""The lint rules P01–P22, one module each; ``registry.ALL_RULES`` lists them in order."""
