"""The research summary: clearest pieces per role, held at reading grade 12."""

from scrh.pipeline.papers.jsonl import paper_from_record
from scrh.pipeline.summarize.engines.rules import RulesEngine
from scrh.pipeline.summarize.plain import apply_lexicon, split_long
from scrh.pipeline.summarize.readability import counts, fkgl, grade_of

# A real structured abstract (Cochrane review of tramadol for neuropathic pain, main results).
TRAMADOL = (
    "We identified six randomised, double-blind studies involving 438 participants with suitably "
    "characterised neuropathic pain. In each, tramadol was started at a dose of about 100 mg daily "
    "and increased over one to two weeks to a maximum of 400 mg daily or the maximum tolerated "
    "dose, and then maintained for the remainder of the study. Participants had experienced "
    "moderate or severe neuropathic pain for at least three months due to cancer, cancer "
    "treatment, postherpetic neuralgia, peripheral diabetic neuropathy, spinal cord injury, or "
    "polyneuropathy. Using a random-effects analysis, 70/132 (53%) had at least 50% pain relief "
    "with tramadol, and 40/133 (30%) with placebo; the risk ratio (RR) was 2.2 (95% confidence "
    "interval (CI) 1.02 to 4.6). Participants experienced more adverse events with tramadol than "
    "placebo. The evidence of benefit from tramadol was of low or very low quality, meaning that "
    "it does not provide a reliable indication of the likely effect, and the likelihood is very "
    "high that the effect will be substantially different from the estimate in this systematic "
    "review."
)


def test_grade_from_counts_matches_textstat_on_joined_pieces():
    pieces = [
        "Participants experienced more adverse events with tramadol than placebo.",
        "The mean age was 50 to 67 years with approximately equal numbers of men and women.",
    ]
    assert grade_of(counts(p) for p in pieces) == fkgl(" ".join(pieces))


def test_research_summary_reads_at_grade_12_and_keeps_the_findings():
    summary = RulesEngine().summarize(
        paper_from_record(
            {"title": "Tramadol for neuropathic pain in adults", "abstract": TRAMADOL}
        )
    )
    assert summary.reading_grade.research_summary <= 12
    assert len(summary.research_summary.split()) >= 20
    assert "tramadol" in summary.research_summary.lower()


def test_phrases_that_follow_their_noun_move_behind_it_or_stay_as_the_term_or_a_plainer_word():
    assert apply_lexicon("A tetraplegic patient felt touch.") == (
        "A patient with paralyzed arms and legs felt touch."
    )
    assert apply_lexicon("He was tetraplegic.") == "He was tetraplegic."
    assert apply_lexicon("We identified six randomised, double-blind studies.") == (
        "We found six randomized, double-blind studies."
    )
    assert apply_lexicon("Patients were randomized to two groups.") == (
        "Patients were assigned by chance to two groups."
    )


def test_noun_paraphrases_fit_the_sentence_and_articles_agree():
    assert apply_lexicon("The prevalence of UTI was high.") == "The rate of UTI was high."
    assert apply_lexicon("an optimal range") == "a best range"
    assert apply_lexicon("Data were utilized.") == "Data were used."


def test_long_paraphrases_are_skipped_when_a_limit_is_given():
    text = "Patients used clean intermittent catheterization."
    assert apply_lexicon(text, 3) == text


def test_participle_clauses_become_their_own_sentence():
    text = (
        "Lower limb motor scores improved in the stimulation group over twelve weeks of training, "
        "suggesting that spared pathways can be recruited after chronic injury."
    )
    pieces = split_long(text)
    assert pieces[1].startswith("This suggests that spared pathways")


def test_simple_explanation_states_the_graded_certainty_and_the_included_studies():
    summary = RulesEngine().summarize(
        paper_from_record(
            {"title": "Tramadol for neuropathic pain in adults", "abstract": TRAMADOL}
        )
    )
    text = summary.simple_explanation
    assert "The authors judged the evidence to be of very low to low quality." in text
    assert "six earlier studies with 438 people" in text
    assert summary.reading_grade.simple_explanation <= 8.5
