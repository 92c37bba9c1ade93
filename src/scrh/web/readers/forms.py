"""Input forms: they validate and clean; the services do the work."""

from __future__ import annotations

from django import forms

from scrh.web.operations.parameters import id_in_range
from scrh.web.readers.models.contact import ContactTopic
from scrh.web.readers.models.feedback import COMMENT_MAX_LENGTH
from scrh.web.readers.models.newsletter import Frequency
from scrh.web.readers.selectors import newsletter_categories


class IdChoiceField(forms.ModelMultipleChoiceField):
    """Choices by id; an id no database column can hold is an invalid choice, not a 500."""

    def _check_values(self, value):
        for pk in value:
            if not id_in_range(pk):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": str(pk)[:30]},
                )
        return super()._check_values(value)


BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


class SingleValuesForm(forms.Form):
    """A field sent twice (`email=a&email=b`) is an error, never one of them picked silently.

    Text loses bidirectional override and isolate controls (a right-to-left override would
    show a name reversed, or disguise it, wherever an editor reads it).
    """

    def clean(self) -> dict:
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = value.translate(BIDI_CONTROLS)
        for name, field in self.fields.items():
            if name in self.errors or isinstance(
                field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField
            ):
                continue
            if hasattr(self.data, "getlist") and len(self.data.getlist(self.add_prefix(name))) > 1:
                self.add_error(name, "This was sent more than once; please fill it in once.")
        return cleaned


class FeedbackForm(SingleValuesForm):
    helpful = forms.TypedChoiceField(
        label="Was this summary helpful?",
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose Yes or No."},
    )
    comment = forms.CharField(
        label="Anything to add? (optional)",
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=f"Up to {COMMENT_MAX_LENGTH} characters. Please do not include personal details.",
        error_messages={
            "max_length": "Please keep your comment to %(limit_value)d characters or fewer "
            "(it has %(show_value)d)."
        },
    )


class PreferencesForm(SingleValuesForm):
    categories = IdChoiceField(
        label="Topics",
        queryset=newsletter_categories(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave every box empty to hear about every topic.",
    )
    frequency = forms.ChoiceField(
        label="How often",
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose weekly or monthly."},
    )


class SubscribeForm(PreferencesForm):
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages={
            "required": "Please enter your email address.",
            "invalid": "Please enter a valid email address, like name@example.com.",
        },
    )
    field_order = ["email", "categories", "frequency"]

    def clean_email(self) -> str:
        if len(self.data.getlist(self.add_prefix("email"))) > 1:
            raise forms.ValidationError("Please enter one email address.")
        return self.cleaned_data["email"]


class ContactForm(SingleValuesForm):
    name = forms.CharField(label="Your name", max_length=100)
    email = forms.EmailField(
        label="Your email address",
        max_length=254,
        error_messages={"invalid": "Please enter a valid email address, like name@example.com."},
    )
    topic = forms.ChoiceField(label="Topic", choices=ContactTopic.choices)
    message = forms.CharField(
        label="Your message",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "max_length": "Please keep your message to %(limit_value)d characters or fewer "
            "(it has %(show_value)d)."
        },
    )
    website = forms.CharField(label="Leave this field empty", required=False)

    @property
    def is_bot(self) -> bool:
        """The hidden honeypot field was filled in: people never see it, bots fill it."""
        return bool(self.cleaned_data.get("website"))
