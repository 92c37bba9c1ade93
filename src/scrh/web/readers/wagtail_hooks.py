"""What readers sent, listed for editors in Wagtail's admin (Snippets)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from scrh.web.readers.models import ContactMessage, FeedbackTally, FeedbackVote, Subscriber


class FeedbackVoteViewSet(SnippetViewSet):
    model = FeedbackVote
    menu_label = "Feedback comments"
    icon = "comment"
    list_display = ["page", "helpful", "comment", "updated_at"]
    list_filter = ["helpful"]
    search_fields = ["comment"]
    inspect_view_enabled = True


class FeedbackTallyViewSet(SnippetViewSet):
    model = FeedbackTally
    menu_label = "Feedback counts"
    icon = "list-ul"
    list_display = ["page", "helpful_count", "not_helpful_count"]


class ContactMessageViewSet(SnippetViewSet):
    model = ContactMessage
    menu_label = "Contact messages"
    icon = "mail"
    list_display = ["name", "email", "topic", "created_at"]
    list_filter = ["topic"]
    search_fields = ["name", "email", "message"]
    inspect_view_enabled = True


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    menu_label = "Subscribers"
    icon = "user"
    list_display = ["email", "frequency", "confirmed_at", "unsubscribed_at", "last_digest_at"]
    list_filter = ["frequency"]
    search_fields = ["email"]


class ReadersGroup(SnippetViewSetGroup):
    menu_label = "Readers"
    menu_icon = "group"
    menu_order = 300
    items = (FeedbackVoteViewSet, FeedbackTallyViewSet, ContactMessageViewSet, SubscriberViewSet)


register_snippet(ReadersGroup)
