"""Reading papers from their source formats into `Paper` records."""
