"""English data files: study designs, population and count words."""
