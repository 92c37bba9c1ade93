"""An index covering the evidence map's count: a summary's id, design, population and date."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("research", "0002_summary_fields"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="summarypage",
            index=models.Index(
                fields=["page_ptr", "design_code", "population", "paper_published"],
                name="research_summary_evidence",
            ),
        ),
    ]
