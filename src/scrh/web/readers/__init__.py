"""Reader channels: summary feedback, the newsletter, the contact form."""
