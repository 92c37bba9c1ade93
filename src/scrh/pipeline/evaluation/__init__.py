"""The parts of the quality report (`make eval`): accuracy against gold labels, reading grades,
text defects found by the checks, a reviewer's rubric scores, and Markdown for reviewers."""
