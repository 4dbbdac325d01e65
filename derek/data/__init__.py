"""Language data: reviewed lists, each entry with a real example."""
