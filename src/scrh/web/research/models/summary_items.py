"""The repeatable parts of a summary: key findings, implications, limitations, glossary terms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.compare import FieldComparison, register_comparison_class
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class SentenceNumbersFormField(forms.CharField):
    """Abstract sentence numbers as editors see them ("2, 5"), stored as 0-based indices."""

    def prepare_value(self, value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(str(i + 1) for i in value)
        return "" if value is None else str(value)

    def to_python(self, value: Any) -> list[int]:
        if isinstance(value, list):
            return value
        text = (value or "").replace(";", ",").replace(" ", ",")
        numbers: list[int] = []
        for part in filter(None, (p.strip() for p in text.split(","))):
            if not part.isdigit() or int(part) < 1:
                raise ValidationError(
                    f"“{part}” is not a sentence number. Write the numbers of the abstract "
                    "sentences, separated by commas, for example: 2, 5.",
                    code="invalid",
                )
            if int(part) - 1 not in numbers:
                numbers.append(int(part) - 1)
        return numbers

    def has_changed(self, initial: Any, data: Any) -> bool:
        try:
            return self.to_python(data) != (initial or [])
        except ValidationError:
            return True


class SentenceNumbersField(models.JSONField):
    """A list of abstract sentence indices, edited as 1-based numbers."""

    def formfield(self, **kwargs):
        return SentenceNumbersFormField(
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            required=not self.blank,
        )


class SentenceNumbersComparison(FieldComparison):
    """Revision compare shows sentence numbers as editors write them ("2, 5"), not indices."""

    def __init__(self, field, obj_a, obj_b) -> None:
        super().__init__(field, obj_a, obj_b)
        self.val_a = ", ".join(str(i + 1) for i in self.val_a or [])
        self.val_b = ", ".join(str(i + 1) for i in self.val_b or [])


register_comparison_class(SentenceNumbersField, comparison_class=SentenceNumbersComparison)


class SummaryKeyFinding(Orderable):
    """One numbered key finding and the abstract sentences it rests on."""

    page = ParentalKey("research.SummaryPage", on_delete=models.CASCADE, related_name="findings")
    text = models.TextField(
        "finding",
        help_text="One main result in plain words, about 35 words at most. Say which way it went "
        "(better, worse, no difference) exactly as the paper does.",
    )
    sources = SentenceNumbersField(
        "abstract sentences it rests on",
        default=list,
        blank=True,
        help_text="The numbers of the abstract sentences that say this, separated by commas "
        "(for example: 7, 9). The numbered abstract is in the check panel and in "
        "“Review against the paper”.",
    )

    panels = [FieldPanel("text"), FieldPanel("sources")]

    class Meta(Orderable.Meta):
        verbose_name = "key finding"


class SummaryImplication(Orderable):
    """A practical implication: short title and one sentence."""

    page = ParentalKey(
        "research.SummaryPage", on_delete=models.CASCADE, related_name="implications"
    )
    title = models.CharField(
        max_length=200, help_text="A short heading, a few words, e.g. “Ask about bladder care”."
    )
    text = models.TextField(
        help_text="One sentence: what this could mean for a person with spinal cord injury, "
        "and how sure we can be."
    )

    panels = [FieldPanel("title"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "practical implication"


class SummaryLimitation(Orderable):
    """A limitation of the study, stated by the paper or following from its design."""

    class Origin(models.TextChoices):
        PAPER = "paper", "Stated by the paper"
        DESIGN = "design", "Follows from the study design"

    page = ParentalKey("research.SummaryPage", on_delete=models.CASCADE, related_name="limitations")
    text = models.TextField(
        help_text="One limitation in plain words, true for this study (say “rats”, not “people”, "
        "for an animal study)."
    )
    origin = models.CharField(
        max_length=10,
        choices=Origin.choices,
        default=Origin.PAPER,
        help_text="Where it comes from. List the paper's own limitations first.",
    )

    panels = [FieldPanel("text"), FieldPanel("origin")]

    class Meta(Orderable.Meta):
        verbose_name = "limitation"


class SummaryGlossaryTerm(Orderable):
    """A term used in the summary and its plain definition."""

    page = ParentalKey(
        "research.SummaryPage", on_delete=models.CASCADE, related_name="glossary_terms"
    )
    term = models.CharField(
        max_length=200, help_text="The word or phrase as it appears in the summary."
    )
    definition = models.TextField(
        help_text="What it means, in one short sentence a reader without medical training follows."
    )

    panels = [FieldPanel("term"), FieldPanel("definition")]

    class Meta(Orderable.Meta):
        verbose_name = "glossary term"
