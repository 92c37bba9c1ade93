"""Hard terms in the simple explanation are told in plain words right after the sentence
that first uses them; lines are not said twice."""

from __future__ import annotations

import pytest

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.writers.defined import definition_line, first_uses


def _explanation(abstract: str, title: str) -> str:
    paper = paper_from_record({"title": title, "abstract": abstract})
    return RulesEngine().summarize(paper).simple_explanation


@pytest.mark.parametrize(
    ("term", "definition", "shown", "line"),
    [
        ("exoskeleton", "A wearable robotic frame.", "",
         "An exoskeleton is a wearable robotic frame."),
        ("baclofen", "A medicine that relaxes muscles.", "",
         "Baclofen is a medicine that relaxes muscles."),
        ("autonomic dysreflexia", "A sudden rise in blood pressure.", "",
         "Autonomic dysreflexia is a sudden rise in blood pressure."),
        ("axons", "The long thin parts of nerve cells.", "",
         "Axons are the long thin parts of nerve cells."),
        ("kinematics", "The study of how the body moves.", "",
         "Kinematics means the study of how the body moves."),
        ("paraplegics", "People whose legs are paralyzed.", "",
         "Paraplegics are people whose legs are paralyzed."),
        ("voiding", "Passing urine.", "", "Voiding means passing urine."),
        ("tetraplegic", "Describes a person whose arms and legs are paralyzed.", "",
         "Tetraplegic describes a person whose arms and legs are paralyzed."),
        ("modified ashworth scale", "A 0 to 4 rating of stiffness.", "Modified Ashworth Scale",
         "The Modified Ashworth Scale is a 0 to 4 rating of stiffness."),
    ],
)  # fmt: skip
def test_a_definition_is_one_sentence_that_fits_the_kind_of_word(term, definition, shown, line):
    assert definition_line(term, definition, shown) == line


def test_a_term_is_defined_after_the_sentence_that_first_uses_it():
    sentences = [
        "Ten people took part.",
        "Walking with the exoskeleton was faster than with braces.",
        "The exoskeleton was comfortable.",
    ]
    uses = first_uses(sentences)
    assert [at for at, _ in uses] == [1]
    assert uses[0][1].startswith("An exoskeleton is a wearable robotic frame")


def test_common_words_terms_inside_longer_ones_and_defined_terms_get_no_definition():
    assert first_uses(["People with spinal cord injury walked faster."]) == []
    sentences = ["Spinal anaesthesia was given."]
    assert [line.split(" is ")[0] for _, line in first_uses(sentences)] == ["Spinal anaesthesia"]
    told = "Paraplegia means loss of movement and feeling in the legs and lower body."
    assert first_uses(["Two people with paraplegia took part.", ""], told=told) == []
    assert first_uses(["The review looked at muscle stiffness (spasticity)."]) == []
    # a term inside one of our definitions is passed as "" and not defined in turn
    assert first_uses(["", "Two people took part."]) == []


TRIAL = (
    "Blood pressure control is often lost after spinal cord injury. In a randomized trial, 40 "
    "adults with tetraplegia took a new pill or a placebo for 4 weeks. Episodes of autonomic "
    "dysreflexia were fewer with the pill than with the placebo. Sleep did not differ."
)


def test_the_explanation_defines_a_hard_term_next_to_its_first_use():
    text = _explanation(TRIAL, "A pill for blood pressure after spinal cord injury")
    definition = "Autonomic dysreflexia is a sudden, dangerous rise in blood pressure"
    assert text.count(definition) == 1
    sentences = [s.strip() for s in text.split(". ")]
    at = next(i for i, s in enumerate(sentences) if s.startswith(definition))
    assert "autonomic dysreflexia" in sentences[at - 1].lower()


MICE = (
    "Spasms are common after spinal cord injury. We studied spinal circuits in mice after a "
    "complete injury. We find that groups of spinal nerve cells keep firing after a touch and "
    "cause spasms."
)


def test_a_reporting_frame_with_find_is_dropped_and_the_animals_are_named_once():
    text = _explanation(MICE, "Spinal circuits behind spasms in mice")
    assert "groups of spinal nerve cells keep firing" in text.replace("Groups", "groups")
    assert "find that" not in text
    assert "mice, not people" not in text or "done in mice" not in text
    assert "not the same in people" in text


def test_an_aim_sentence_that_gives_the_count_is_not_told_beside_the_who_line():
    abstract = (
        "Nerve fibers do not regrow after spinal cord injury. We studied 24 adult rats with a "
        "thoracic contusion. Treated rats walked better than untreated rats at 6 weeks."
    )
    text = _explanation(abstract, "A drug for spinal cord repair in rats")
    assert text.count("24 adult rats") == 1


def test_words_inside_a_longer_name_are_defined_in_lower_case():
    sentences = ["One group used the Interactive Exoskeleton Walking System at home."]
    assert first_uses(sentences)[0][1].startswith("An exoskeleton is")
    named = ["Stiffness was rated with the Modified Ashworth Scale."]
    assert first_uses(named)[0][1].startswith("The Modified Ashworth Scale is")


def test_what_a_tested_tool_was_developed_for_is_told_even_with_its_long_name():
    abstract = (
        "Self-care matters after spinal cord injury. The Interactive Mobile Health and "
        "Rehabilitation system was developed to support self-management for people with "
        "disabilities. In a randomized trial, 38 adults with spinal cord injury used the system "
        "or usual care for 9 months. Bladder infections were fewer with the system."
    )
    text = _explanation(abstract, "A mobile health system after spinal cord injury")
    assert "was developed to support self-management" in text


@pytest.mark.parametrize(
    ("term", "definition", "start"),
    [
        ("multivariable", "An analysis of several factors at once.", "Multivariable means"),
        ("optogenetics", "A lab method that turns cells on with light.", "Optogenetics is a"),
        ("risk of bias", "How likely it is that flaws led to wrong results.", "Risk of bias means"),
        ("microelectrode array", "A small grid of very thin sensors.", "A microelectrode array is"),
    ],
)  # fmt: skip
def test_adjectives_fields_and_singulars_ending_in_s_keep_their_grammar(term, definition, start):
    assert definition_line(term, definition).startswith(start)


SURVEY = (
    "OBJECTIVE: To identify factors linked with paid work after spinal cord injury. DESIGN: "
    "Cross-sectional survey. PARTICIPANTS: Community-dwelling adults (N=611) with spinal cord "
    "injury. RESULTS: Greater pain interference was associated with lower odds of employment. "
    "CONCLUSIONS: Pain management may help people return to work. The cross-sectional design "
    "precludes causal inference, and the modest response rate may limit generalisability."
)


def test_a_count_given_in_brackets_is_told_with_the_people_and_a_jargon_caveat_is_not():
    text = _explanation(SURVEY, "Pain and paid work after spinal cord injury")
    assert "611 community-dwelling adults" in text
    assert "precludes" not in text and "generalisability" not in text
    assert "Pain management may help people return to work." in text


def test_how_to_read_injury_grades_follows_the_first_grade_told_and_only_then():
    def explanation(grades: str) -> str:
        abstract = (
            f"We reviewed records of 120 adults with spinal cord injury. {grades} Walking was "
            "regained by 51%."
        )
        return _explanation(abstract, "Recovery after spinal cord injury: a retrospective cohort")

    note = "The injury grade runs from A, with no movement or feeling below the injury, to E"
    told = explanation(
        "Most injuries were grade A or B on the American Spinal Injury Association Impairment "
        "Scale."
    )
    assert told.count(note) == 1 and told.index("grade A or B") < told.index(note)
    # a grade named only where the text does not tell it needs no key
    assert note not in explanation("At discharge, 40% had ASIA grade A or B injuries.")


def test_a_common_word_with_a_research_meaning_is_defined():
    sentences = ["The other group got sham stimulation.", "Walking improved."]
    assert first_uses(sentences) == [
        (0, "Sham means a pretend version of a treatment or procedure, used for comparison.")
    ]


def test_a_review_of_animal_studies_says_so_once():
    abstract = (
        "We searched five databases and included 40 studies of stem cells in rats with spinal "
        "cord injury. Stem cells improved walking scores compared with controls. The quality "
        "of the studies was low."
    )
    title = "Stem cells for spinal cord injury in rats: a systematic review"
    text = _explanation(abstract, title)
    assert "were done in rats" in text and "rats, not people" not in text


def test_a_scale_note_says_what_a_higher_score_means_not_which_is_better():
    abstract = (
        "In a randomized trial, 40 adults with spinal cord injury took a drug or a placebo. "
        "Modified Ashworth Scale scores fell more with the drug."
    )
    text = _explanation(abstract, "A drug for stiffness after spinal cord injury")
    assert "a higher score means more muscle stiffness" in text
    assert "score is better" not in text


def test_a_definition_never_comes_between_a_result_and_its_chance_line():
    abstract = (
        "In a randomized trial, 40 adults with spinal cord injury had brain stimulation or sham "
        "stimulation. Compared with sham, brain stimulation reduced pain significantly "
        "(p = 0.01)."
    )
    text = _explanation(abstract, "Brain stimulation for pain after spinal cord injury")
    result = text.index("reduced pain")
    chance = text.index("too big to be likely due to chance")
    assert "Sham means" not in text[result:chance]


def test_a_medical_word_of_middling_frequency_is_defined_but_not_one_readers_use_daily():
    # "cortex" and "lesion" are common enough in general English to pass as plain, but a
    # reader without science training does not know them; "catheter" and "wheelchair" are
    # words people with SCI use every day
    lines = first_uses(["The lesion reached the cortex.", "A catheter and a wheelchair were used."])
    told = [line for _, line in lines]
    assert told == [
        "A lesion is an area of the body that is damaged.",
        f"Cortex means {told[1].split(' means ', 1)[1]}",
    ]
    assert all(at == 0 for at, _ in lines)


def test_when_there_are_more_hard_terms_than_room_the_rarest_are_told_in_text_order():
    sentences = [
        "The gait of the people was measured.",  # "gait": the least rare
        "Spasticity and hypoproteinemia were recorded.",
        "Remyelination and dyssynergia were seen.",
    ]
    everyone = first_uses(sentences, limit=10)
    assert len(everyone) >= 4 and everyone[0][1].startswith("Gait means")
    rarest = first_uses(sentences, limit=len(everyone) - 1)
    assert not any(line.startswith("Gait") for _, line in rarest)
    assert [at for at, _ in rarest] == sorted(at for at, _ in rarest)


def test_a_line_that_opens_on_a_term_and_says_what_it_does_is_not_followed_by_a_definition():
    sentences = ["The authors brought together 12 studies.", "A meta-analysis combines numbers."]
    assert first_uses(sentences) == []
    # the same term used inside a longer line still gets its definition
    used = ["The results of the meta-analysis favoured training over usual care."]
    assert [line.split(" is ")[0] for _, line in first_uses(used)] == ["Meta-analysis"]
