"""Send each due subscriber the summaries published since their last digest; safe to rerun."""

from django.core.management.base import BaseCommand

from scrh.web.readers.services.digests import digests_send


class Command(BaseCommand):
    help = "Email weekly and monthly digests that are due (HTML and plain text)."

    def handle(self, *args, **options) -> None:
        sent = digests_send()
        self.stdout.write(f"{sent} digest{'s' if sent != 1 else ''} sent.")
