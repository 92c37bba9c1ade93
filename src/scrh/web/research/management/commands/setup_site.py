"""Create the page tree (home, research, categories, about, disclaimer); safe to run again."""

from django.core.management.base import BaseCommand

from scrh.web.research.services import site_tree_ensure


class Command(BaseCommand):
    help = "Create whatever of the site's page tree is missing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--hostname", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, *args, hostname: str, port: int, **options) -> None:
        home = site_tree_ensure(hostname=hostname, port=port)
        self.stdout.write(f"Site ready: {home.get_descendants().count() + 1} pages.")
