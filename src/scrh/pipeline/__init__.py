"""The pure pipeline: papers in, summaries and check reports out. Never imports Django."""
