"""Language data for the fact grammars: reviewed lists, each entry with a real example."""
