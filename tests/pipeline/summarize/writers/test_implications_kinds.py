"""Practical implications chosen by the kind of question a paper answers: one synthetic
abstract per kind, the item that must come first (what the result could mean for a reader,
with how sure we can be) and the lines that must not appear for that kind."""

from __future__ import annotations

import re

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.readability import fkgl

# kind: (title, abstract)
_PAPERS = {
    "helped": (
        "Water-based exercise for shoulder pain in wheelchair users: a randomized controlled trial",
        "BACKGROUND: Shoulder pain limits daily life for many wheelchair users. METHODS: We "
        "randomly assigned 80 adults with paraplegia to 10 weeks of pool exercise or a "
        "waiting list. RESULTS: Shoulder pain fell significantly more in the pool exercise "
        "group than in the waiting-list group (p = 0.004). CONCLUSIONS: Pool exercise may "
        "ease shoulder pain in wheelchair users.",
    ),
    "null": (
        "A powered knee brace for walking after incomplete spinal cord injury: a randomized "
        "controlled trial",
        "METHODS: Seventy adults with incomplete spinal cord injury were randomly assigned to"
        " walk with a powered knee brace or a standard brace for 12 weeks. RESULTS: Walking "
        "effort, the primary outcome, did not differ significantly between the groups (p = "
        "0.52). CONCLUSIONS: The powered knee brace did not reduce walking effort.",
    ),
    "early": (
        "Home hand training with a glove for tetraplegia: a single-arm study",
        "METHODS: In this single-arm study, 16 adults with tetraplegia used a training glove "
        "at home for 6 weeks with no control group. RESULTS: Grip strength improved from 8 to"
        " 12 kg after training (p = 0.01). CONCLUSIONS: Glove training may help hand use.",
    ),
    "risk": (
        "Risk factors for pressure injuries in wheelchair users with spinal cord injury: a "
        "prospective cohort study",
        "METHODS: We followed 240 wheelchair users with spinal cord injury for two years. "
        "RESULTS: Pressure injuries were more common in smokers and in people who lived alone"
        " (p < 0.05). CONCLUSIONS: Smoking and living alone may be linked to pressure "
        "injuries.",
    ),
    "advice": (
        "Depression and anxiety in the first year after spinal cord injury: a cross-sectional"
        " study",
        "METHODS: We surveyed 150 adults within one year of spinal cord injury. RESULTS: "
        "Depression was more common in people with neck injuries than in people with lower "
        "injuries. CONCLUSIONS: Mental health should be checked early after injury.",
    ),
    "views": (
        "Family carers' experiences of caring for a relative with spinal cord injury: a "
        "qualitative study",
        "METHODS: We interviewed 15 family carers of adults with spinal cord injury. RESULTS:"
        " Carers described tiredness, money worries and too little information from hospital "
        "staff. CONCLUSIONS: Carers need better information and support.",
    ),
    "usability": (
        "Usability of a smartphone app for bladder diaries after spinal cord injury",
        "METHODS: Twenty adults with spinal cord injury used a bladder diary app for 4 weeks "
        "and rated its usability. RESULTS: Most participants found the app easy to use and "
        "completed their diaries. CONCLUSIONS: The app was usable and acceptable.",
    ),
    "animal": (
        "Cooling the spinal cord improves hindlimb movement in rats after injury",
        "METHODS: Adult rats with a thoracic contusion received spinal cooling or no cooling."
        " RESULTS: Cooled rats walked better than uncooled rats at 6 weeks (p < 0.05). "
        "CONCLUSIONS: Spinal cooling may protect the injured cord.",
    ),
    "cells": (
        "Vitamin D protects cultured spinal neurons from inflammation",
        "METHODS: In this in vitro study, cultured spinal neurons were exposed to "
        "inflammatory signals with or without vitamin D. RESULTS: More neurons survived with "
        "vitamin D (p < 0.01). CONCLUSIONS: Vitamin D may protect neurons.",
    ),
    "review_weak": (
        "Acupuncture for nerve pain after spinal cord injury: a systematic review",
        "METHODS: We searched six databases and included 7 trials with 310 participants. "
        "RESULTS: The trials were small and at high risk of bias. CONCLUSIONS: There is "
        "insufficient evidence to determine whether acupuncture reduces nerve pain after "
        "spinal cord injury.",
    ),
    "narrative": (
        "Sexual health after spinal cord injury: a narrative review",
        "This narrative review describes changes in sexual function after spinal cord injury."
        " Erection, lubrication and orgasm can all be affected. Treatments include medicines,"
        " devices and counselling.",
    ),
    "case": (
        "Autonomic dysreflexia during a dental visit in a man with tetraplegia: a case report",
        "CASE PRESENTATION: A 45-year-old man with C5 tetraplegia developed a severe headache"
        " and very high blood pressure during a dental filling. The dentist stopped and his "
        "blood pressure fell after his bladder was emptied. CONCLUSIONS: Dental teams should "
        "know the signs of autonomic dysreflexia.",
    ),
}

# kind: (the first item's title, words its sentence must hold, words no item may hold)
_EXPECTED = {
    "helped": (
        "Water-based exercise may help with shoulder pain",
        ("chance is unlikely to explain it",),
        ("will help", "proves", "should start"),
    ),
    "null": (
        "No clear sign that a powered knee brace helps with walking and leg movement",
        ("does not prove it never could",),
        ("may help", "ask your care team", "harm", "worse"),
    ),
    "early": (
        "Home hand training with a glove may help with hand and arm use",
        ("16 people", "an early sign but not proof"),
        ("ask your care team", "groups were formed by chance"),
    ),
    "risk": (
        "Knowing who is at risk of pressure sores may help",
        ("watch for it early",),
        ("causes pressure", "ask your care team whether"),
    ),
    "advice": (
        "A link with mood problems, not proof of a cause",
        ("150 people", "do not show a cause"),
        ("should start", "may help with mood"),
    ),
    "views": (
        "What mattered to 15 people",
        ("what mattered to them",),
        ("may help with", "ask your care team"),
    ),
    "usability": (
        "The smartphone app was tested for ease of use, not for health",
        ("does not show a health benefit",),
        ("may help with", "ask your care team"),
    ),
    "animal": (
        "Found in rats, so no treatment for people yet",
        ("tried only in rats",),
        ("care team", "ask", "people took part"),
    ),
    "cells": (
        "Found in cells, so no treatment for people yet",
        ("tried only in cells",),
        ("care team", "ask", "people took part"),
    ),
    "review_weak": (
        "The evidence on acupuncture is still too weak to be sure",
        ("question is still open",),
        ("may help", "ask your care team", "point the same way"),
    ),
    "narrative": (
        "What is known so far on sex and fertility",
        ("tests nothing new",),
        ("people took part", "trial"),
    ),
    "case": (
        "One person's story about sudden blood pressure spikes (autonomic dysreflexia), not a "
        "forecast",
        ("one case cannot predict yours",),
        ("will happen to you", "people took part"),
    ),
}


def _items(kind: str) -> list[tuple[str, str]]:
    title, abstract = _PAPERS[kind]
    paper = paper_from_record({"title": title, "abstract": abstract})
    return [(i.title, i.text) for i in RulesEngine().summarize(paper).practical_implications]


@pytest.mark.parametrize("kind", sorted(_EXPECTED))
def test_the_first_item_says_what_the_result_could_mean_for_this_kind_of_question(kind):
    title, words, never = _EXPECTED[kind]
    items = _items(kind)
    assert 2 <= len(items) <= 4, items
    assert items[0][0] == title, items[0]
    for word in words:
        assert word in items[0][1], items[0]
    text = " ".join(f"{t} {b}" for t, b in items).lower()
    for word in never:
        assert word.lower() not in text, (word, items)


@pytest.mark.parametrize("kind", sorted(_EXPECTED))
def test_each_item_is_one_plain_sentence_and_no_two_kinds_share_a_sentence(kind):
    items = _items(kind)
    for title, text in items:
        assert text.endswith(".") and not re.search(r"[.!?]\s+[A-Z]", text), text
        assert len(title.split()) <= 14 and not title.endswith(".")
    others = {b for k in _EXPECTED if k != kind for _, b in _items(k)}
    assert not {b for _, b in items} & others


def test_the_point_of_every_first_item_reads_at_about_grade_eight():
    grades = [fkgl(_items(kind)[0][1]) for kind in _EXPECTED]
    assert sum(grades) / len(grades) <= 9.0, grades


def test_a_recommendation_in_the_conclusion_is_told_as_the_authors_advice():
    items = dict(_items("advice"))
    assert items["The authors' advice"] == (
        "The authors say mental health should be checked early after injury; this rests on a "
        "snapshot of 150 people at one time."
    )
    case = dict(_items("case"))
    assert "dental teams should know the signs" in case["The authors' advice"]


def test_a_trial_in_people_that_helped_is_the_only_kind_with_something_to_ask():
    asks = [kind for kind in _EXPECTED if any("ask your care team" in b for _, b in _items(kind))]
    assert asks == ["helped"]
    ask = next(b for _, b in _items("helped") if "ask your care team" in b)
    assert "water-based exercise" in ask and "not proof that it helps everyone" in ask


def test_a_link_found_is_never_told_as_a_cause_and_no_link_is_not_told_as_a_link():
    risk = " ".join(b for _, b in _items("risk"))
    assert "links, not causes" in risk
    title, abstract = _PAPERS["risk"]
    abstract = abstract.replace(
        "Pressure injuries were more common in smokers and in people who lived alone (p < 0.05).",
        "No clear factors predicting pressure injuries were found.",
    )
    paper = paper_from_record({"title": title, "abstract": abstract})
    items = RulesEngine().summarize(paper).practical_implications
    text = " ".join(f"{i.title} {i.text}" for i in items)
    assert "at risk of pressure sores may help" not in text
    assert "No clear factors predicting pressure" in text
    assert "finding no link is not proof that none exists" in text


def test_a_trend_that_was_not_significant_is_never_told_as_a_benefit():
    title, abstract = _PAPERS["helped"]
    abstract = abstract.replace(
        "Shoulder pain fell significantly more in the pool exercise group than in the "
        "waiting-list group (p = 0.004).",
        "Shoulder pain fell slightly more in the pool exercise group, but the difference was "
        "not statistically significant (p = 0.21).",
    )
    paper = paper_from_record({"title": title, "abstract": abstract})
    items = RulesEngine().summarize(paper).practical_implications
    text = " ".join(f"{i.title} {i.text}" for i in items)
    assert "may help with shoulder pain" not in text and "ask your care team" not in text


@pytest.mark.parametrize(
    ("secondary", "told"),
    [
        ("There was no significant reduction in depression (p = 0.40).", True),
        ("There was a significant reduction in depression (p = 0.02).", False),
    ],
)
def test_a_trial_that_helped_says_which_other_outcome_showed_no_clear_change(secondary, told):
    title, abstract = _PAPERS["helped"]
    abstract = abstract.replace(" CONCLUSIONS:", f" {secondary} CONCLUSIONS:")
    paper = paper_from_record({"title": title, "abstract": abstract})
    items = {i.title: i.text for i in RulesEngine().summarize(paper).practical_implications}
    assert ("No clear change in mood and mental health" in items) is told, items
    assert items and next(iter(items)) == "Water-based exercise may help with shoulder pain"


def test_a_report_without_a_conclusion_section_tells_its_stated_lesson_as_the_authors():
    abstract = (
        "A 38-year-old woman with T4 paraplegia had a pressure sore that would not heal. "
        "A hidden bone infection was found on a scan and treated with surgery. "
        "This report highlights the value of checking for bone infection when a sore does "
        "not heal."
    )
    paper = paper_from_record(
        {"title": "A pressure sore that would not heal: a case report", "abstract": abstract}
    )
    items = {i.title: i.text for i in RulesEngine().summarize(paper).practical_implications}
    assert items.get("The authors' lesson", "").startswith("The authors point to the value of")
    assert not any(text.startswith("This report highlights") for text in items.values())


def test_a_result_told_again_is_not_an_implication():
    abstract = (
        "METHODS: We reviewed the records of 310 people with traumatic spinal cord injury "
        "to find what predicted walking at one year. RESULTS: Walking was regained by 41% of "
        "people with an incomplete injury and by 4% of people with a complete injury."
    )
    title = "Predictors of walking one year after spinal cord injury: a retrospective cohort"
    paper = paper_from_record({"title": title, "abstract": abstract})
    summary = RulesEngine().summarize(paper)
    items = [(i.title, i.text) for i in summary.practical_implications]
    assert items[0][0] == "Early signs may help predict recovery" and len(items) >= 2
    assert any(f.text.startswith("Walking was regained") for f in summary.key_findings)
    assert not any(text.startswith("Walking was regained") for _, text in items)


def test_no_difference_between_two_treatments_is_not_told_as_one_that_failed():
    abstract = (
        "In a randomized crossover trial, 34 adults with spinal cord injury and nerve pain took "
        "gabapentin and pregabalin for 8 weeks each. Pain scores did not differ significantly "
        "between the two drugs."
    )
    title = "Gabapentin versus pregabalin for nerve pain after spinal cord injury"
    paper = paper_from_record({"title": title, "abstract": abstract})
    first = RulesEngine().summarize(paper).practical_implications[0]
    assert first.title.startswith("No clear difference between gabapentin and pregabalin")
    assert "helps" not in first.title


def test_a_null_main_result_beside_a_clear_one_is_told_as_mixed():
    abstract = (
        "In this pilot trial, 40 family caregivers were randomized to telehealth peer support "
        "sessions or to an information booklet. Burden decreased in both groups, with no "
        "significant between-group difference. Depressive symptoms decreased more in the peer "
        "support group (p = 0.04)."
    )
    title = "Telehealth peer support for caregivers: a randomized pilot trial"
    paper = paper_from_record({"title": title, "abstract": abstract})
    first = RulesEngine().summarize(paper).practical_implications[0]
    assert first.title == "A mixed result"
    assert "no clear difference" in first.text and "changed more" in first.text
    assert "no clear sign that" not in first.text.lower()


def test_an_open_question_review_still_says_what_its_studies_found_then_how_unsure_it_is():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    abstract = (
        "METHODS: We searched five databases and included 12 trials with 400 participants. "
        "RESULTS: Compared with sham, magnetic brain stimulation reduced pain in the short "
        "term. CONCLUSIONS: The evidence is of low certainty, so it remains unclear whether "
        "brain stimulation helps nerve pain after spinal cord injury."
    )
    title = "Brain stimulation for nerve pain after spinal cord injury: a systematic review"
    items = (
        RulesEngine()
        .summarize(paper_from_record({"title": title, "abstract": abstract}))
        .practical_implications
    )
    assert "reduced pain in the short term" in items[0].text
    assert any("too weak" in i.title or "low in certainty" in i.text for i in items[1:])
