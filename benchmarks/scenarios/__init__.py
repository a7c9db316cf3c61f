"""One module per scenario group; each has GROUP, SCENARIOS (row names) and run(config)."""
