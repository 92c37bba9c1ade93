"""Editorial admin views: the review view, saved searches run now, and the reports."""
