"""Routes of the reader channels (mounted before Wagtail's page tree)."""

from django.urls import path

from scrh.web.readers.views import contact, feedback, newsletter

app_name = "readers"

urlpatterns = [
    path("feedback/<int:page_id>/", feedback.feedback, name="feedback"),
    path("feedback/<int:page_id>/thanks/", feedback.feedback_thanks, name="feedback_thanks"),
    path("feedback/<int:page_id>/state/", feedback.feedback_state, name="feedback_state"),
    path("subscribe/", newsletter.subscribe, name="subscribe"),
    path("subscribe/check-your-email/", newsletter.subscribe_sent, name="subscribe_sent"),
    path("subscribe/confirm/", newsletter.confirm, name="confirm"),
    path("subscribe/manage/", newsletter.manage, name="manage"),
    path("subscribe/manage/export/", newsletter.export, name="export"),
    path("subscribe/manage/delete/", newsletter.delete, name="delete"),
    path("subscribe/unsubscribe/", newsletter.unsubscribe, name="unsubscribe"),
    path("contact/", contact.contact, name="contact"),
    path("contact/thanks/", contact.contact_thanks, name="contact_thanks"),
]
