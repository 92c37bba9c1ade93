"""What readers send us: feedback on summaries, newsletter subscriptions, contact messages."""

from scrh.web.readers.models.contact import ContactMessage
from scrh.web.readers.models.feedback import FeedbackTally, FeedbackVote
from scrh.web.readers.models.newsletter import Frequency, Subscriber

__all__ = ["ContactMessage", "FeedbackTally", "FeedbackVote", "Frequency", "Subscriber"]
