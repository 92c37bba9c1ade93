"""The Django/Wagtail site: stores papers and summaries, serves readers and editors."""
