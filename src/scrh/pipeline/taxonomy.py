"""The category vocabulary of DESIGN.md: names readers know, slugs and one-line descriptions."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    """One category of the site."""

    name: str
    description: str

    @property
    def slug(self) -> str:
        """URL slug: lower case, '&' dropped, words joined by hyphens."""
        words = re.findall(r"[a-z0-9]+", self.name.lower().replace("'", ""))
        return "-".join(words)


UMBRELLA = "Spinal Cord Injury"

CATEGORIES: tuple[Category, ...] = (
    Category(UMBRELLA, "Research about spinal cord injury that does not fit one narrower topic."),
    Category("Rehabilitation", "Therapy and training to regain function and independence."),
    Category("Neurorehabilitation", "Rehabilitation that works on the nervous system itself."),
    Category("Neurology", "How the brain, spinal cord and nerves work and are affected."),
    Category(
        "Regenerative Medicine", "Repairing the injured spinal cord with cells, genes or drugs."
    ),
    Category("Surgery", "Operations on the spine and spinal cord, and how they turn out."),
    Category("Trauma", "Injuries from accidents, falls and violence, and the first hours after."),
    Category("Critical Care", "Care in intensive care units soon after injury."),
    Category("Oncology", "Cancer that affects the spine or spinal cord."),
    Category("Pain Management", "Understanding and easing pain after spinal cord injury."),
    Category("Urology", "Bladder and kidney health."),
    Category("Gastroenterology", "Bowel and digestive health."),
    Category("Sexual & Reproductive Health", "Sexual function, fertility and pregnancy."),
    Category("Women's Health", "Health questions that matter to women living with SCI."),
    Category("Cardiovascular Science", "Heart, blood pressure and circulation."),
    Category("Pulmonology", "Breathing and lung health."),
    Category("Sleep Medicine", "Sleep and sleep problems."),
    Category("Dermatology", "Skin health, including pressure injuries."),
    Category("Orthopedics", "Bones, joints and the spine's structure."),
    Category("Musculoskeletal Medicine", "Muscles, bones and joints after injury."),
    Category("Mental Health", "Mood, stress, coping and emotional well-being."),
    Category("Participation", "Work, study, community life and getting around."),
    Category(
        "Assistive Technology", "Devices that help with moving, communicating and daily life."
    ),
    Category("Telehealth & Digital Health", "Care and support delivered online or by apps."),
    Category("Medical Imaging", "MRI, CT and other ways of looking inside the body."),
    Category("Pharmacology", "Medicines and how they work."),
    Category("Nutrition & Dietetics", "Food, weight and diet."),
    Category("Endocrinology", "Hormones, metabolism and diabetes."),
    Category("Immunology", "The immune system and inflammation."),
    Category("Physiology", "How the body's systems work and change after injury."),
    Category("Pediatrics", "Children and young people with spinal cord injury."),
    Category("Public Health", "How often injuries happen, who is affected and prevention."),
    Category("Occupational Health", "Work, returning to work and workplace safety."),
    Category("Healthcare", "How care is organised, delivered and paid for."),
    Category("Research Methodology & Design", "How SCI research is done and measured."),
    Category("Veterinary Medicine", "Spinal cord injury in animals treated by vets."),
)

CATEGORY_NAMES: tuple[str, ...] = tuple(c.name for c in CATEGORIES)


def category_named(name: str) -> Category | None:
    """The category with this name (case-insensitive), or None."""
    wanted = name.strip().lower()
    return next((c for c in CATEGORIES if c.name.lower() == wanted), None)
