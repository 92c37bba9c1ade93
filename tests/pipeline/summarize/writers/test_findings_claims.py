"""Key findings on short synthetic abstracts, one rule at a time, each with a case where it
fires and one where it must not: claims of promise set aside (one may close the list as what
the authors suggest), a review's scope never a finding while it states points, what was
built a finding only when nothing else is reported, a conclusion that restates a listed
result dropped, and the primary and the null result kept."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.sentences import Sentence
from scrh.pipeline.summarize.writers.finding_kinds import (
    as_built,
    gives_advice,
    is_speculation,
    is_tool,
    restates,
    without_promise,
)
from scrh.pipeline.summarize.writers.findings import as_suggestion, drops_contrast


def _findings(abstract: str, title: str = "A study of spinal cord injury") -> list[str]:
    paper = paper_from_record({"id": "t", "title": title, "abstract": abstract})
    return [f.text for f in RulesEngine().summarize(paper).key_findings]


def _told(abstract: str, title: str) -> set[int]:
    """The abstract sentences the key findings rest on (whatever plain words they use)."""
    paper = paper_from_record({"id": "t", "title": title, "abstract": abstract})
    return {i for f in RulesEngine().summarize(paper).key_findings for i in f.sources}


# (1) speculation, potential and novelty


@pytest.mark.parametrize(
    "text",
    [
        "Stimulation may represent a novel approach to transform spinal networks.",
        "This protein may serve as a target for future drugs.",
        "Robotic training holds promise for restoring walking.",
        "The programme could be scaled up to reach rural clinics.",
        "The app has potential scalability for larger populations.",
        "We hypothesize that the recovery results from cortical plasticity.",
        "These findings open new avenues for bladder care.",
        "Exoskeleton training is a promising technique to restore walking.",
        "These findings suggest that the app may help prevent infections.",
    ],
)
def test_claims_of_promise_are_speculation(text):
    assert is_speculation(Sentence(7, text, "conclusion"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Spoken words could be decoded from single trials.", "results"),
        ("Three of five people could improve their transfers.", "results"),
        ("Results showed that all cell types could improve locomotor function.", "conclusion"),
        ("Pain fell more in the training group than in the control group.", "results"),
        ("These results suggest that knee assistance alone does not reduce energy use.", "results"),
        ("Training improves walking more than usual care, mainly early after injury.", "results"),
    ],
)
def test_results_and_firm_conclusions_are_not_speculation(text, role):
    assert not is_speculation(Sentence(7, text, role))


def test_may_help_in_a_results_section_is_what_people_could_do_not_a_claim():
    text = "Training may help people stand for longer."
    assert is_speculation(Sentence(7, text, "conclusion"))
    assert not is_speculation(Sentence(7, text, "results"))


def test_a_closing_phrase_of_promise_is_cut_from_a_result():
    text = (
        "Spoken words could be decoded from single trials, demonstrating the potential of "
        "implants to restore speech."
    )
    assert without_promise(text) == "Spoken words could be decoded from single trials."
    told = (
        "The team shows that low pressure predicts poor recovery and suggest new targets for care."
    )
    assert without_promise(told) == "The team shows that low pressure predicts poor recovery."


def test_a_closing_phrase_without_promise_stays():
    text = "Pain fell in the training group, suggesting that training eases pain."
    assert without_promise(text) == text


TRIAL = (
    "METHODS: Forty adults were randomly assigned to stimulation or sham. "
    "RESULTS: Bladder capacity increased significantly with stimulation (p = 0.01). "
    "Leak episodes did not differ significantly between groups. "
    "CONCLUSIONS: Stimulation may represent a novel approach to transform bladder care. "
    "The method holds promise for people at home."
)


def test_a_claim_of_promise_closes_the_list_once_as_the_authors_suggestion():
    found = _findings(TRIAL, "Stimulation for bladder control: a randomized controlled trial")
    claims = [f for f in found if "novel approach" in f or "holds promise" in f]
    assert claims == [found[-1]]
    assert found[-1].startswith("The authors suggest that stimulation may represent")
    assert any("Bladder capacity increased" in f for f in found[:-1])


def test_no_suggestion_when_the_list_of_results_is_full():
    abstract = (
        "METHODS: Sixty adults were randomly assigned to training or usual care. "
        "RESULTS: Walking speed rose significantly with training (p = 0.01). "
        "Balance improved significantly with training (p = 0.02). "
        "Pain fell significantly with training (p = 0.03). "
        "Falls did not differ significantly between groups. "
        "CONCLUSIONS: Training holds promise for community care."
    )
    found = _findings(abstract, "Training after injury: a randomized controlled trial")
    assert len(found) >= 4
    assert not any("promise" in f or "suggest" in f for f in found)


def test_a_firm_conclusion_is_not_told_as_a_suggestion():
    abstract = (
        "METHODS: Forty adults were randomly assigned to stimulation or sham. "
        "RESULTS: Bladder capacity increased significantly with stimulation (p = 0.01). "
        "Leak episodes did not differ significantly between groups. "
        "CONCLUSIONS: Stimulation enlarges the bladder but does not stop leaks at home."
    )
    found = _findings(abstract, "Stimulation for bladder control: a randomized controlled trial")
    assert not any(f.startswith("The authors suggest") for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Given these findings, the app has potential scalability.",
            "The authors suggest that the app has potential scalability.",
        ),
        (
            "Our results suggest that this protein may serve as a target.",
            "The authors suggest that this protein may serve as a target.",
        ),
        (
            "The authors hypothesize that recovery comes from plasticity.",
            "The authors hypothesize that recovery comes from plasticity.",
        ),
        (
            "The authors expect that recovery comes from plasticity.",
            "The authors expect that recovery comes from plasticity.",
        ),
        (
            "The authors show that this protein may serve as a target.",
            "The authors suggest that this protein may serve as a target.",
        ),
        (
            "Transcranial Magnetic Stimulation may hold promise.",
            "The authors suggest that Transcranial Magnetic Stimulation may hold promise.",
        ),
    ],
)
def test_a_claim_is_told_as_the_authors_suggestion(text, expected):
    assert as_suggestion(text) == expected


# (2) a review's scope, aim and coverage


REVIEW = (
    "Neuropathic pain affects most people after spinal cord injury. "
    "This review summarizes current drug and non-drug treatments. "
    "We discuss antidepressants, anticonvulsants, stimulation and exercise. "
    "Regular exercise gives the most consistent relief of shoulder pain. "
    "Many patients stop drug treatment because of side effects. "
    "Combined drug and exercise programmes are increasingly used in clinics."
)


def test_a_review_that_states_what_is_known_lists_that_not_its_scope():
    found = _findings(REVIEW, "Treatment of neuropathic pain after spinal cord injury: a review")
    joined = " ".join(found)
    assert "gives the most consistent relief" in joined
    assert "stop drug treatment because of side effects" in joined
    assert "summarizes" not in joined and "discuss" not in joined
    assert not any(f.startswith("The review") for f in found)


def test_a_review_that_states_only_its_scope_still_says_what_it_covers():
    abstract = (
        "This review summarizes current drug and non-drug treatments for neuropathic pain. "
        "We discuss antidepressants, anticonvulsants, stimulation and exercise."
    )
    told = _told(abstract, "Treatment of neuropathic pain after spinal cord injury: a review")
    assert told == {0, 1}


def test_a_review_states_what_is_known_before_how_grave_the_condition_is():
    abstract = (
        "Spinal cord injury affects thousands of people every year. "
        "Despite decades of work, spinal cord injury remains a major challenge worldwide. "
        "Inflammation after injury has been shown to spread damage beyond the lesion. "
        "In this review we discuss drugs that calm inflammation."
    )
    told = _told(abstract, "Inflammation after spinal cord injury: a narrative review")
    assert 2 in told  # what is known
    assert not told & {0, 1}  # how common and grave


def test_a_review_with_nothing_but_its_burden_still_gives_it():
    abstract = (
        "Spinal cord injury affects thousands of people every year. "
        "Despite decades of work, spinal cord injury remains a major challenge worldwide."
    )
    found = _findings(abstract, "Spinal cord injury: a narrative review")
    assert any("worldwide" in f for f in found)


# (3) methods, tools and resources


@pytest.mark.parametrize(
    "text",
    [
        "Here we provide a web resource for browsing the spinal connectome.",
        "We developed a new open-source pipeline for gait analysis.",
        "We optimized viral labeling and 3D imaging of brain neurons.",
        "We demonstrate the ability of this approach to map spinal projections.",
        "The dataset is freely available online.",
    ],
)
def test_what_was_built_is_a_tool(text):
    assert is_tool(text)


@pytest.mark.parametrize(
    "text",
    [
        "We found that walking speed rose after training.",
        "The model predicted recovery in 80% of patients.",
        "Pain fell in the group that used the app.",
    ],
)
def test_results_are_not_tools(text):
    assert not is_tool(text)


def test_a_tool_is_not_a_finding_of_a_paper_with_results():
    abstract = (
        "Here we provide a web resource for browsing brain neurons that project to the spine. "
        "RESULTS: After injury, 40% of these neurons were lost in the brainstem. "
        "Neurons in the cortex were spared more often than those in the brainstem. "
        "Sparing in the brainstem correlated with better walking."
    )
    told = _told(abstract, "Brain neurons that survive spinal cord injury in mice")
    assert 1 in told  # "40% of these neurons were lost"
    assert 0 not in told  # the web resource


def test_a_paper_that_only_built_a_tool_says_what_was_built():
    abstract = (
        "Mapping the brain neurons that project to the spinal cord is slow. "
        "Here we provide a web resource for browsing these neurons in mice. "
        "We also developed an open pipeline that registers images to a brain atlas."
    )
    found = _findings(abstract, "A web resource for the supraspinal connectome")
    assert found[0].startswith("The authors developed a web resource")
    assert any("pipeline" in f for f in found)


def test_as_built_words_a_tool_sentence_and_leaves_others_alone():
    assert (
        as_built("Here, the authors provide a web resource for spinal maps.")
        == "The authors developed a web resource for spinal maps."
    )
    assert as_built("Pain fell in the group.") == "Pain fell in the group."


# (4) a conclusion that restates a listed result


def test_a_conclusion_that_restates_a_result_is_judged_a_restatement():
    told = [
        "Walking speed and walking distance improved more with robotic training than with "
        "usual training in the acute stage."
    ]
    again = "Robotic training improves walking speed and distance more than usual training."
    new = "Training should start within the first weeks because later gains were small."
    assert restates(again, told)
    assert not restates(new, told)
    assert not restates("Training works well.", told)  # too short to judge


def test_a_conclusion_saying_a_listed_result_again_is_dropped():
    abstract = (
        "METHODS: We reviewed the records of 200 adults with neck injuries. "
        "RESULTS: In total, 41% regained a better injury grade and 51% walked again. "
        "A milder initial injury grade predicted better grade recovery and walking again. "
        "Longer intensive care stays predicted worse grade recovery. "
        "CONCLUSIONS: A milder initial injury grade predicted grade recovery and walking again."
    )
    found = _findings(abstract, "Recovery after neck injuries: a retrospective cohort study")
    assert sum("milder initial injury grade" in f for f in found) == 1


def test_a_conclusion_that_adds_a_point_is_kept():
    abstract = (
        "METHODS: We reviewed the records of 200 adults with neck injuries. "
        "RESULTS: In total, 41% regained a better injury grade and 51% walked again. "
        "Longer intensive care stays predicted worse grade recovery. "
        "CONCLUSIONS: Early transfer to a specialised rehabilitation unit deserves priority "
        "in regional trauma planning."
    )
    told = _told(abstract, "Recovery after neck injuries: a retrospective cohort study")
    assert 3 in told  # the conclusion on early transfer


# (5) primary result first, null result kept, 2-5 findings


def test_the_primary_and_the_null_result_lead_the_list():
    found = _findings(TRIAL, "Stimulation for bladder control: a randomized controlled trial")
    assert 2 <= len(found) <= 5
    assert found[0].startswith("Bladder capacity increased")
    assert any("did not differ" in f for f in found)


# a long sentence is never cut before the clause that carries its point


def test_a_cut_before_a_contrast_with_a_result_drops_the_point():
    source = (
        "Removing the interneurons left walking more or less unchanged, but abolished "
        "functional recovery, indicating that they are needed for plasticity."
    )
    assert drops_contrast(source, "Removing the interneurons left walking more or less unchanged.")
    assert not drops_contrast(
        source,
        "Removing the interneurons left walking more or less unchanged, but abolished "
        "functional recovery.",
    )
    plain = "Walking improved, but only in the first month."
    assert not drops_contrast(plain + " Pain fell.", "Pain fell.")  # nothing follows the cut


def test_a_finding_keeps_the_contrast_that_carries_its_result():
    abstract = (
        "We removed a class of spinal interneurons in adult mice by blocking their synaptic "
        "transmission with a genetic tool. Removing these spinal interneurons from the spinal "
        "microcircuits by eliminating their synaptic transmission left normal locomotion more "
        "or less unchanged in the mice, but abolished functional recovery after a complete "
        "spinal transection, indicating that they are a necessary substrate for plasticity."
    )
    found = _findings(abstract, "Spinal interneurons are necessary for recovery in mice")
    assert any("abolished functional recovery" in f for f in found)


# advice is an implication, not a finding of a paper with results


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("We recommend that prevention should focus on young men.", True),
        ("Support should be multidimensional.", True),
        ("Screening for depression is recommended at discharge.", True),
        ("Men were more likely than women to have a complete injury.", False),
        ("Pain should have fallen but did not change.", False),
    ],
)
def test_advice_is_told_apart(text, advice):
    assert gives_advice(text) is advice


def test_advice_is_not_a_finding_of_a_paper_with_results():
    abstract = (
        "METHODS: We reviewed the records of 900 adults with spinal cord injuries. "
        "RESULTS: Falls caused 40% of the injuries. Most injured people were workers. "
        "CONCLUSIONS: We recommend that prevention should focus on workers at height."
    )
    found = _findings(abstract, "Causes of spinal cord injury: a retrospective cohort study")
    assert any("Falls caused 40%" in f for f in found)
    assert not any("recommend" in f or "should focus" in f for f in found)


def test_a_guideline_keeps_its_advice_as_its_points():
    abstract = (
        "Bladder care after spinal cord injury varies between clinics. "
        "Clean intermittent catheterisation is recommended as the first choice. "
        "Indwelling catheters should be used only when other methods fail. "
        "Urine tests should be considered only when symptoms occur."
    )
    found = _findings(abstract, "Bladder management after spinal cord injury: a clinical guideline")
    assert any("should be used only when other methods fail" in f for f in found)


def test_a_conclusion_telling_something_new_comes_before_one_that_repeats():
    abstract = (
        "METHODS: We reviewed the records of 900 adults with spinal cord injuries. "
        "RESULTS: Falls from height caused 45% of injuries in workers and farmers. "
        "Workers and farmers made up 60% of injured people. "
        "CONCLUSIONS: Falls from height caused most of the injuries in workers and farmers. "
        "Men, spinal fractures and thoracic injuries predicted a complete injury."
    )
    found = _findings(abstract, "Causes of spinal cord injury: a retrospective cohort study")
    assert any("predicted a complete injury" in f for f in found)
    assert not any("caused most of the injuries" in f for f in found)


def test_a_claim_about_the_study_itself_is_not_suggested():
    abstract = (
        "METHODS: Forty adults were randomly assigned to training or usual care. "
        "RESULTS: Walking speed rose significantly with training (p = 0.01). "
        "Falls did not differ significantly between groups. "
        "CONCLUSIONS: Study results might help to improve participation."
    )
    found = _findings(abstract, "Training after injury: a randomized controlled trial")
    assert not any("might help" in f for f in found)
