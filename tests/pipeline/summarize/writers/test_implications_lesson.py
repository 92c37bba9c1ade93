"""The authors' own practical lesson as an implication item, told as theirs: what fell short,
their advice, what a new tool has not yet been through, the main cause a case series names,
what a case teaches, and a lab result's lead still to be tested in people. Each rule with one
abstract where it fires and one where it must not."""

from __future__ import annotations

import re

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine


def _items(title: str, abstract: str) -> list[tuple[str, str]]:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return [(i.title, i.text) for i in RulesEngine().summarize(paper).practical_implications]


def _text(items: list[tuple[str, str]]) -> str:
    return " ".join(f"{t} :: {b}" for t, b in items)


_TRIAL = (
    "A knee-powered exoskeleton versus leg braces for walking after spinal cord injury: a "
    "randomized crossover trial"
)
_TRIAL_METHODS = (
    "Twelve adults with spinal cord injury walked with a knee-powered exoskeleton and with "
    "standard leg braces, in random order, for ten sessions each. "
)


def test_what_fell_short_in_the_conclusion_comes_first_told_as_the_authors():
    items = _items(
        _TRIAL,
        _TRIAL_METHODS + "Step length was longer with the exoskeleton. Walking speed and energy "
        "use did not differ significantly between devices. These results suggest that powered "
        "help at the knee alone is not enough to reduce the energy needed to walk.",
    )
    assert (
        "Where it fell short",
        "The authors suggest that powered help at the knee alone is not enough to reduce the "
        "energy needed to walk.",
    ) in items[:2]
    assert 2 <= len(items) <= 4


def test_a_trial_whose_authors_report_a_gain_has_no_fell_short_item():
    items = _items(
        _TRIAL,
        _TRIAL_METHODS + "Walking speed was faster with the exoskeleton than with the braces "
        "(p = 0.01). The knee-powered exoskeleton improved walking speed.",
    )
    assert "Where it fell short" not in _text(items)
    assert "not enough" not in _text(items)


def test_advice_in_the_last_sentence_of_an_unlabelled_abstract_is_the_authors_advice():
    items = _items(
        "Anxiety and depression after spinal cord injury: a cross-sectional study",
        "We surveyed 120 adults with spinal cord injury using two mood questionnaires. Scores "
        "for depression and anxiety were higher than in the general population. No clear "
        "factors predicting mood problems were found. Predicting mood problems is difficult, "
        "but early assessment of mental state is essential.",
    )
    advice = dict(items).get("The authors' advice", "")
    assert advice == (
        "The authors say early assessment of mental state is essential; this rests on a "
        "snapshot of 120 people at one time."
    )


def test_a_call_for_more_research_is_never_told_as_advice():
    items = _items(
        "Arm cycling for shoulder pain in wheelchair users: a pilot study",
        "This pilot study tested home arm cycling in 14 adults with paraplegia for 8 weeks. "
        "Shoulder pain scores fell from 6.1 to 3.2 after cycling (p = 0.002). Larger "
        "controlled trials are needed to confirm this. Some changes to the programme are "
        "recommended for a larger trial.",
    )
    text = _text(items)
    assert "The authors' advice" not in text
    assert not re.search(r"The authors (say|recommend)[^.]*\btrials?\b", text), text


def test_a_tool_whose_testing_is_the_next_step_is_said_to_be_not_tested_yet():
    items = _items(
        "Redesigning an exercise website with people with spinal cord injury",
        "Seven adults with spinal cord injury met twice to give feedback on a website for a "
        "home exercise programme. Their feedback led to a new layout with shorter text and "
        "videos. Preliminary testing of the website is the next step.",
    )
    assert items[0][0] == "Not tested yet"
    assert "not yet known how well it works" in items[0][1]
    assert "the next step" in items[0][1]
    assert "your own view may differ" not in _text(items)


def test_a_tool_already_tested_is_not_said_to_be_untested():
    items = _items(
        "A smartphone app for bladder diaries after spinal cord injury: a usability study",
        "Twenty adults with spinal cord injury used a bladder diary app for two weeks. Most "
        "rated it easy to use, and 18 of 20 kept using it to the end. The app was usable "
        "and acceptable.",
    )
    assert "Not tested yet" not in _text(items)


def test_the_main_cause_a_case_series_names_is_told_as_the_authors():
    abstract = (
        "METHODS: We reviewed the records of 40 children with spinal cord injury without "
        "radiographic abnormality. RESULTS: Most injuries happened during sports, and 70% of "
        "these during dance backbend practice. CONCLUSIONS: Thoracic injuries were most common,"
        " with dance backbend as a primary contributing factor."
    )
    items = _items("Spinal cord injury in children: a retrospective case series", abstract)
    text = _text(items)
    assert "The authors name dance backbend as a primary contributing factor" in text
    assert "A link is not proof of a cause" not in text  # a description, not a link study
    other = abstract.replace(", with dance backbend as a primary contributing factor", "")
    assert "as a primary contributing factor" not in _text(
        _items("Spinal cord injury in children: a retrospective case series", other)
    )


def test_what_a_case_teaches_is_the_authors_lesson():
    abstract = (
        "A 34-year-old woman with a T4 injury developed a pounding headache and very high "
        "blood pressure during labour. Symptoms settled after she was sat upright and given "
        "an epidural. She had a healthy baby. This case illustrates the importance of "
        "planning for autonomic dysreflexia in pregnant women with high injuries."
    )
    title = "Autonomic dysreflexia during labour in a woman with spinal cord injury: a case report"
    lesson = dict(_items(title, abstract)).get("The authors' lesson", "")
    assert lesson.startswith("The authors point to the importance of planning for autonomic")
    plain = abstract.replace("This case illustrates the importance of", "The authors discussed")
    assert "The authors' lesson" not in _text(_items(title, plain))


_LAB = (
    "Meningeal lymphatic drainage limits recovery after spinal cord injury in mice",
    "Here we show that lymphatic vessels in the spinal meninges drain macromolecules and immune"
    " cells from the injured cord to the vertebral lymph nodes, and that this drainage is "
    "impaired after a contusion injury in mice. Viral delivery of vascular endothelial growth "
    "factor C expanded the lymphatic network and improved locomotor performance. These "
    "findings suggest that restoring lymphatic function could complement existing "
    "neuroprotective strategies.",
)


def test_lab_work_whose_authors_see_a_treatment_gives_a_lead_not_a_jargon_result():
    items = _items(*_LAB)
    text = _text(items)
    assert "not a treatment" in text.lower() or "no treatment" in text.lower()
    assert "A lead for research, not a treatment" in text
    assert "tested and found safe in people" in text
    assert "macromolecules" not in text  # the jargon result is not restated


def test_lab_work_with_no_treatment_in_view_gives_no_lead():
    title, abstract = _LAB
    abstract = abstract.replace(
        "These findings suggest that restoring lymphatic function could complement existing "
        "neuroprotective strategies.",
        "These findings describe how debris leaves the injured cord.",
    )
    assert "A lead for research" not in _text(_items(title, abstract))


def test_a_review_of_a_material_in_development_says_no_treatment_people_can_get_yet():
    abstract = (
        "Hydrogels are soft materials that can carry cells and drugs. This review discusses "
        "hydrogels as scaffolds and delivery vehicles for spinal cord repair, and the progress "
        "of hydrogel therapy combined with cells and molecules, with new ideas for treatment."
    )
    first = _items("Hydrogels in spinal cord injury repair: a review", abstract)[0]
    assert "no treatment that people can get yet" in first[1]
    pain = _items(
        "Management of neuropathic pain after spinal cord injury: a narrative review",
        "Neuropathic pain is common after spinal cord injury. This review discusses drug and "
        "non-drug treatments for neuropathic pain, including exercise and psychological care.",
    )
    assert "no treatment that people can get yet" not in _text(pain)


def test_a_small_case_series_of_a_device_is_described_not_called_a_link():
    text = _text(
        _items(
            "Decoding speech from the motor cortex in two people with tetraplegia",
            "We recorded from electrode arrays in the motor cortex of two people with "
            "tetraplegia while they spoke. Words could be decoded from single trials. Neural "
            "activity during speech resembled that during arm movements.",
        )
    )
    assert "can show links, not causes" not in text


def test_every_lesson_is_one_plain_sentence_told_as_the_authors():
    abstracts = [
        (
            _TRIAL,
            _TRIAL_METHODS + "Energy use did not differ significantly between devices. "
            "We conclude that the exoskeleton was not superior to braces for energy use.",
        ),
        _LAB,
        (
            "Return to work after spinal cord injury: a 10-year cohort study",
            "We followed 900 people with spinal cord injury for 10 years. Employment rose from "
            "38% to 53%. Return to work continues for many years after injury; vocational "
            "support should be offered beyond the first year.",
        ),
    ]
    for title, abstract in abstracts:
        for head, text in _items(title, abstract):
            assert text.endswith(".") and not re.search(r"[.!?;]\s+[A-Z]", text), text
            assert len(text.split()) <= 38, text
            assert not re.search(r"The authors \w+(?: that)? (These|This|They|It)\b", text)
            assert not head.endswith(".")
    work = dict(_items(*abstracts[2]))
    assert work["The authors' advice"] == (
        "The authors say vocational support should be offered beyond the first year; this "
        "rests on following 900 people over time."
    )


def test_the_authors_lesson_comes_before_a_result_told_in_the_papers_terms():
    items = _items(
        _TRIAL,
        _TRIAL_METHODS + "Walking with the exoskeleton improved gait kinematics compared to the "
        "braces, with a 25% increase of step length. However, participants did not walk "
        "significantly faster, nor use significantly less energy. These results suggest that "
        "powered help at the knee alone is not enough to reduce the energy needed to walk.",
    )
    assert items[0][0] == "Where it fell short"
    assert [t for t, _ in items].count("Where it fell short") == 1
    assert any("twelve people" in t for t, _ in items)  # how far it carries is still said


def test_a_hypothesis_the_authors_suggest_is_never_told_as_advice():
    items = _items(
        "Spinal interneurons needed for recovery after transection in mice",
        "We removed one class of spinal interneurons in mice before a complete transection. "
        "Walking was unchanged before injury, but recovery after training was lost. We suggest "
        "that these interneurons compare sensory input with the walking rhythm to drive "
        "recovery.",
    )
    assert "The authors' advice" not in _text(items)


def test_a_recommendation_keeps_that_only_when_the_authors_wrote_it():
    title = "Who is injured and how: spinal cord injury in one province, a retrospective study"
    abstract = (
        "We reviewed the records of 3,000 people with spinal cord injury. Most were young men "
        "injured in falls. We recommend that prevention should focus on young men."
    )
    advice = dict(_items(title, abstract))["The authors' advice"]
    assert advice.startswith("The authors recommend that prevention should focus on young men;")
    bare = abstract.replace("We recommend that prevention should", "We recommend fall prevention")
    bare = bare.replace("focus on young men.", "for young men.")
    advice = dict(_items(title, bare)).get("The authors' advice", "")
    assert advice.startswith("The authors recommend fall prevention for young men;"), advice


def test_a_null_result_never_carries_a_caveat_about_chance_explaining_it():
    items = _items(
        "Robotic arm training versus occupational therapy in tetraplegia: a randomized trial",
        "Thirty patients with tetraplegia were randomized to robotic arm training or "
        "occupational therapy for 6 weeks. Both groups improved. There were no significant "
        "differences between groups in arm function (p=0.41).",
    )
    text = _text(items)
    assert "whether chance could explain it" not in text
    assert "no clear difference" in text.lower()


def test_the_authors_advice_says_what_it_rests_on():
    title = "Spinal anaesthesia for caesarean section in a woman with paraplegia: a case report"
    case = (
        "We report a woman with a T6 spinal cord injury who had a caesarean section under "
        "spinal anaesthesia. Blood pressure stayed stable. Based on this case, we recommend "
        "that anaesthetists should plan for blood pressure surges in such women."
    )
    advice = dict(_items(title, case))["The authors' advice"]
    assert advice.endswith("; this rests on one person's case.")
    reviewed = case.replace("Based on this case,", "Based on this case and a literature review,")
    advice = dict(_items(title, reviewed))["The authors' advice"]
    assert advice.endswith("; this rests on one person's case and earlier reports.")
    # a basis is never claimed for work in animals
    rats = (
        "Spinal cord injury was made in 40 rats. Treated rats walked better than controls. "
        "We recommend that future trials should test the drug early after injury."
    )
    items = _text(_items("A drug improves walking in rats with spinal cord injury", rats))
    assert "rests on" not in items
