"""The writers: every summary field built from one paper's `StudyFacts` by our own templates,
with a paper sentence reused only where its plain form passes the grammar guard."""
