"""Protocols, guidelines, lab work on cultured cells, case series counts and long treatment
phrases: each told in the tense and words that fit what the paper is."""

from __future__ import annotations

import re

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.facts import extract_facts
from scrh.pipeline.summarize.model import Summary


def _summary(title: str, abstract: str) -> Summary:
    return RulesEngine().summarize(paper_from_record({"title": title, "abstract": abstract}))


PROTOCOL = (
    "Introduction: Severe spasticity is common after spinal cord injury. Methods and analysis: "
    "This multicentre randomised controlled trial will enrol 120 adults with severe spasticity. "
    "Participants will be randomly allocated to intrathecal or oral baclofen and followed for "
    "12 months. The primary outcome is the Modified Ashworth Scale score at 6 months."
)


def test_a_protocol_is_a_planned_study_told_in_the_future() -> None:
    summary = _summary(
        "Baclofen for spasticity after spinal cord injury: a study protocol", PROTOCOL
    )
    text = summary.simple_explanation
    assert "The planned study looked at" in text
    assert "The review" not in text
    assert "were followed for" not in text
    assert "One group got" not in text  # nobody has got anything yet
    assert "took place" not in text


def test_a_describing_word_alone_shares_the_last_groups_noun() -> None:
    facts = extract_facts(
        paper_from_record({"title": "Baclofen: a randomised trial", "abstract": PROTOCOL})
    )
    assert [g.name for g in facts.groups] == ["intrathecal baclofen", "oral baclofen"]


def test_a_guideline_is_called_a_guideline() -> None:
    summary = _summary(
        "Clinical practice guideline for the management of autonomic dysreflexia",
        "Autonomic dysreflexia is an emergency in people with spinal cord injury at T6 or "
        "above. This guideline was developed by a multidisciplinary panel. It provides 24 "
        "recommendations on recognising symptoms and removing the trigger.",
    )
    assert "The guideline looked at" in summary.simple_explanation


def test_cells_grown_in_the_lab_are_a_lab_study_even_when_they_came_from_rats() -> None:
    summary = _summary(
        "Lithium promotes neurite outgrowth in cultured neurons",
        "We examined whether lithium overcomes myelin inhibition in vitro. Neurons from adult "
        "rats were cultured on myelin with or without lithium. Lithium increased neurite "
        "length by 65% compared with untreated cultures (p<0.001).",
    )
    assert summary.evidence.design_code == "in_vitro"
    assert "done in rats" not in summary.simple_explanation
    live = _summary(
        "Lithium after spinal cord contusion in rats",
        "Adult rats received a T10 contusion and were treated with lithium or saline. Cultured "
        "neurons were used to test the dose. Lithium improved locomotor scores (p<0.01).",
    )
    assert live.evidence.design_code == "animal_study"


def test_a_result_about_some_of_a_series_is_not_its_total() -> None:
    summary = _summary(
        "Walking outcomes in children with spinal cord injury: a case series",
        "Little is known about walking recovery in children. We describe nine children aged 4 "
        "to 15 years with incomplete injuries treated with intensive training. Seven of the "
        "nine children improved their walking. Two children with complete injuries did not "
        "regain walking.",
    )
    assert summary.participant_count == 9


def test_a_long_treatment_phrase_is_told_as_its_length() -> None:
    summary = _summary(
        "Robotic arm training in tetraplegia: a randomized clinical trial",
        "Methods: Patients (n = 30) were randomized into two groups: group A received robotic "
        "arm training for 45 minutes five times a week for 6 weeks, and group B received "
        "occupational therapy. Results: There were no significant differences between groups "
        "(p=0.41).",
    )
    assert summary.study_duration == "6 weeks of treatment"


def test_a_sentence_pointing_back_to_an_unseen_one_is_not_reused() -> None:
    summary = _summary(
        "Lithium and nerve growth",
        "Myelin proteins block nerve growth. We examined whether lithium overcomes this "
        "inhibition in vitro. Neurons were cultured with or without lithium. Lithium increased "
        "neurite length by 65% (p<0.001).",
    )
    assert "this inhibition" not in summary.simple_explanation


def test_a_group_given_after_to_keeps_its_article() -> None:
    summary = _summary(
        "Peer support for caregivers: a randomized pilot trial",
        "In this pilot trial, 40 family caregivers were randomized to eight weekly peer support "
        "sessions or to an information booklet. Depressive symptoms decreased more in the "
        "peer support group (p = 0.04).",
    )
    assert "The other group got an information booklet." in summary.simple_explanation


def test_animals_pooled_by_a_review_are_never_people() -> None:
    summary = _summary(
        "Riluzole in spinal cord injury: a meta-analysis of preclinical studies",
        "We performed a systematic review and meta-analysis of animal studies. Twenty-two "
        "studies involving 612 animals were included. Riluzole improved locomotor scores.",
    )
    assert summary.participants == "Twenty-two studies (612 animals)"
    assert "612 people" not in summary.simple_explanation


def test_what_people_were_asked_about_is_not_who_they_were() -> None:
    summary = _summary(
        "Sexual function in women with spinal cord injury: a qualitative study",
        "We interviewed 14 women with SCI about their sexual lives. The women described "
        "changes in sensation.",
    )
    assert summary.participants == "14 women with spinal cord injury"


def test_a_case_person_is_introduced_without_the_story_that_follows() -> None:
    summary = _summary(
        "Autonomic dysreflexia during bladder testing: a case report",
        "A 34-year-old man with C6 tetraplegia developed severe headache during bladder "
        "testing. The test was stopped and his blood pressure returned to normal. He had no "
        "lasting harm.",
    )
    text = summary.simple_explanation
    assert "The paper is about one 34-year-old man with C6 tetraplegia." in text
    assert "The researchers measured" not in text  # a case is told, not measured


def test_a_link_is_told_as_a_link_and_a_grade_that_describes_people_is_not_an_outcome() -> None:
    survey = _summary(
        "Resilience in caregivers: a cross-sectional study",
        "Methods: We surveyed 215 family caregivers. Results: Higher resilience was associated "
        "with lower depression scores (p<0.001).",
    )
    assert "This link was too strong to be likely due to chance." in survey.simple_explanation
    stimulation = _summary(
        "Skin-surface stimulation and sitting balance",
        "Eight individuals with chronic cervical SCI (AIS A-C) reached with and without "
        "stimulation. With stimulation, participants reached 28% farther (p < 0.01).",
    )
    assert "how complete the spinal cord injury is" not in stimulation.simple_explanation


def test_counts_from_breakdowns_units_and_events_are_not_the_sample() -> None:
    pilot = _summary(
        "Home stimulation for bowel care: a single-arm pilot study",
        "Of 30 people screened, 18 were enrolled (12 men; 9 with tetraplegia) and 15 completed "
        "the protocol. Bowel care time fell from 60 to 45 minutes (p = 0.01).",
    )
    assert pilot.participant_count == 18
    case = _summary(
        "Autonomic dysreflexia during labour: a case report",
        "A 31-year-old woman with T4 paraplegia went into labour at 39 weeks. Her blood "
        "pressure rose to 190/110 mmHg and was controlled with an epidural. She delivered a "
        "3,150 g infant without complications.",
    )
    assert case.participant_count == 1
    series = _summary(
        "Stimulation for low blood pressure: a case series",
        "We report outcomes in eight consecutive individuals with chronic cervical injury who "
        "received stimulation. Blood pressure fell less on tilting (p < 0.01). Adverse events "
        "included lead migration (n = 1) and tingling (n = 2).",
    )
    assert series.participant_count == 8


def test_groups_shared_by_every_arm_and_device_details_are_not_groups() -> None:
    trial = _summary(
        "Stimulation with hand training: a randomized, sham-controlled trial",
        "Methods: Adults with chronic tetraplegia were randomly allocated to 30 sessions of "
        "hand training with either active stimulation (30 Hz, electrodes over C3-C4) or sham "
        "stimulation, in addition to usual care. Results: Forty participants were randomized. "
        "Hand function improved more with active stimulation (p = 0.002).",
    )
    text = trial.simple_explanation
    assert "One group got active stimulation." in text
    assert re.search(r"The other group got (sham|fake) stimulation\.", text)
    assert "got in addition to usual care" not in text


def test_no_longer_significant_stays_a_null_result() -> None:
    summary = _summary(
        "Brain stimulation for nerve pain: a systematic review and meta-analysis",
        "Methods: We searched five databases. Results: Ten trials with 300 participants were "
        "included. Stimulation reduced pain in the short term (p = 0.01). In trials with longer "
        "follow-up, the effect was no longer significant.",
    )
    text = " ".join([summary.simple_explanation, *(f.text for f in summary.key_findings)])
    assert "the effect was no longer." not in text
    assert "the effect was no longer clear" in text
    assert summary.study_duration == "Not specified"  # a review's lengths are its studies'


def test_a_describing_list_is_not_cut_into_clauses() -> None:
    summary = _summary(
        "Spasticity after spinal cord injury: a narrative review",
        "Spasticity ranges from a useful aid to standing to a disabling source of pain, sleep "
        "disruption and contracture. Most drug studies are small and short.",
    )
    assert "Sleep disruption and" not in summary.simple_explanation
    assert not any(f.text.startswith("Sleep disruption") for f in summary.key_findings)


def test_the_explanation_says_what_a_lab_or_views_study_means_for_readers() -> None:
    lab = _summary(
        "Silencing spinal neurons improves stepping in rats",
        "Adult rats received a thoracic contusion. Silencing a set of spinal neurons improved "
        "stepping compared with controls (p < 0.01).",
    )
    assert "not a treatment people can get yet" in lab.simple_explanation
    trial = _summary(
        "An app for bladder care: a randomized controlled trial",
        "Methods: Forty adults were randomized to an app or usual care. Results: The app group "
        "had fewer bladder infections (p = 0.02).",
    )
    told = trial.practical_implications[0].text
    assert told not in trial.simple_explanation  # a treatment's item only tells the result again


def test_a_group_that_did_something_takes_no_article() -> None:
    from scrh.pipeline.summarize.plain import with_article

    assert with_article("received standard care without any intervention") == (
        "received standard care without any intervention"
    )
    assert with_article("powered knee brace") == "a powered knee brace"


def test_one_known_treatment_in_a_two_group_trial_is_not_everyones() -> None:
    summary = _summary(
        "Arm exercise for shoulder pain: a randomised controlled trial",
        "Methods: Forty-eight wheelchair users were randomly assigned to a home-based arm "
        "ergometry programme or a waitlist control group. Results: Pain did not differ "
        "significantly between groups (p = 0.3).",
    )
    assert "Everyone got" not in summary.simple_explanation


def test_our_lines_do_not_say_the_same_thing_twice() -> None:
    summary = _summary(
        "Clinical practice guideline for autonomic dysreflexia",
        "This guideline was developed by a panel of experts. People with spinal cord injury "
        "and their carers should be taught to recognise the condition.",
    )
    assert summary.simple_explanation.count("only as strong as the research behind it") == 1


def test_people_and_their_caregivers_are_counted_together() -> None:
    summary = _summary(
        "Living with autonomic dysreflexia: a qualitative study",
        "We conducted interviews with 14 adults with SCI (10 men; injured 2-31 years ago) and 7 "
        "family caregivers. Four themes were generated.",
    )
    assert summary.participant_count == 21


def test_plural_treatments_and_second_claims_read_whole() -> None:
    lab = _summary(
        "Stem cells and training after contusion in rats",
        "Adult rats were randomly allocated to stem cells or vehicle. Stem cells improved "
        "walking scores compared with vehicle (p < 0.01).",
    )
    assert " was tried only in rats" not in lab.practical_implications[0].text
    shown = _summary(
        "Lymphatic drainage after spinal cord injury in mice",
        "We show that lymph vessels drain debris from the injured cord, and that this drainage "
        "is impaired after injury in mice.",
    )
    assert "and that this drainage" not in shown.simple_explanation


def test_a_chance_line_follows_only_a_single_result_sentence() -> None:
    summary = _summary(
        "Stem cells in animal models: a meta-analysis",
        "Methods: We searched five databases. Results: Twenty studies were included. All cell "
        "types significantly improved walking in rats, and fat-derived cells had the greatest "
        "benefit.",
    )
    text = summary.simple_explanation
    assert "greatest benefit. This" not in text


def test_a_views_study_names_no_topic_its_title_may_have_got_wrong() -> None:
    summary = _summary(
        "Translating a physical activity intervention to the web: a participatory study",
        "Methods: Ten people with SCI were invited to give feedback on a website. Results: "
        "Seven people attended two meetings, and their feedback led to a redesigned site.",
    )
    items = " ".join(item.text for item in summary.practical_implications)
    assert "about staying active" not in items


def test_topics_name_the_question_not_only_the_body_system() -> None:
    dysreflexia = _summary(
        "Living with autonomic dysreflexia: a qualitative study",
        "We interviewed 14 adults with spinal cord injury. Four themes emerged.",
    )
    assert "sudden blood pressure spikes (autonomic dysreflexia)" in (
        dysreflexia.simple_explanation
    )
    timing = _summary(
        "Early versus delayed decompression after cervical spinal cord injury: a cohort study",
        "Methods: We reviewed the records of 300 patients. Results: Early surgery was "
        "associated with better recovery (p = 0.01).",
    )
    assert "The study looked at the timing of surgery." in timing.simple_explanation


def test_patients_of_a_paper_on_children_are_called_children() -> None:
    young = _summary(
        "Spinal cord injury without radiographic abnormality in children: a case series",
        "Methods: A retrospective analysis of clinical data was conducted. Results: A total of "
        "47 patients were included. Most injuries happened during dance practice.",
    )
    assert "47 children" in young.simple_explanation
    mixed = _summary(
        "Spinal cord injury in children and adults: a case series",
        "Methods: A retrospective analysis of clinical data was conducted. Results: A total of "
        "47 patients were included. Most injuries happened in falls.",
    )
    assert "47 children" not in mixed.simple_explanation


def test_outcomes_cite_the_sentences_that_name_them() -> None:
    facts = extract_facts(
        paper_from_record(
            {
                "title": "Stimulation and sitting balance",
                "abstract": "Eight adults with cervical SCI (AIS A-C) took part. Walking was "
                "measured with the 10-Meter Walk Test (10MWT). The 10MWT speed rose.",
            }
        )
    )
    by_name = {o.name: o.sources for o in facts.outcomes}
    assert by_name["10-Meter Walk Test"] == (1, 2)
    assert by_name["American Spinal Injury Association Impairment Scale"] == (0,)


def test_a_commentary_is_told_as_opinion_on_research_by_others():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    record = {
        "title": "Touch restored: an insight",
        "abstract": "Artificially activating neurons in the cortex can make a tetraplegic "
        "patient feel sensations of skin pressure.",
        "publication_types": ["Insight"],
    }
    summary = RulesEngine().summarize(paper_from_record(record))
    assert summary.evidence.design == "Commentary"
    assert "The commentary looked at" in summary.simple_explanation
    assert "expert opinion, not new evidence" in summary.simple_explanation
    assert "does not say clearly what kind of study" not in summary.simple_explanation
    first = summary.practical_implications[0]
    assert first.title == "A comment on other research, not new evidence"
    assert any("opinion about research by others" in item.text for item in summary.limitations)


def test_a_markov_model_is_a_modelling_study_not_a_cohort():
    from scrh.pipeline.papers.jsonl import paper_from_record
    from scrh.pipeline.summarize.engines.rules import RulesEngine

    record = {
        "title": "Cost-effectiveness of early specialist rehabilitation after spinal cord injury",
        "abstract": "Methods: We built a Markov model comparing early specialist care with "
        "general hospital care, using data from a national registry (n = 2,412). Results: "
        "Early specialist care gained 0.6 quality-adjusted life years at an extra cost.",
    }
    summary = RulesEngine().summarize(paper_from_record(record))
    assert summary.evidence.design == "Modelling study"
    assert summary.participants == "Not specified"
    assert "computer model" in summary.simple_explanation
    assert "health records" not in summary.simple_explanation
    assert summary.practical_implications[0].title.startswith("An estimate from a model")
