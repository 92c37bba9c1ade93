"""The declared design: short synthetic abstracts for every design code and each phrasing read,
with the places a design is declared and the ways a named design is not this study's."""

from __future__ import annotations

import pytest

from scrh.pipeline.summarize.facts import evidence_from, extract_facts

PEOPLE = "Forty adults with chronic spinal cord injury took part."

CASES = [
    # --- the title names the design (CONSORT, STROBE, PRISMA, CARE) ---
    (
        "rct-title",
        "Arm cycling after tetraplegia: a randomized controlled trial",
        "Sixty adults with tetraplegia were enrolled. Arm strength improved more with cycling.",
        (),
        "rct",
    ),
    (
        "rct-waitlist-modifiers",
        "Peer coaching for new wheelchair users: a randomised waitlist control trial",
        "Forty-two people were enrolled. Confidence rose in the coached group.",
        (),
        "rct",
    ),
    (
        "rct-many-modifiers",
        "Spinal stimulation for spasms: a randomized, double-blind, sham-controlled crossover "
        "trial",
        "Twelve people with spasms were studied. Spasms fell with active stimulation.",
        (),
        "rct",
    ),
    (
        "rct-pilot-feasibility",
        "Robotic gait training in subacute injury: a pilot randomized feasibility trial",
        "Eighteen inpatients were recruited. Recruitment and retention were feasible.",
        (),
        "rct",
    ),
    (
        "non-randomized-title",
        "Hand splints after cervical injury: a non-randomized controlled study",
        "Thirty patients were enrolled and compared with a usual care group.",
        (),
        "non_randomized_trial",
    ),
    (
        "quasi-experimental",
        "A quasi-experimental study of bladder education after discharge",
        "Fifty people took part; a comparison group received usual care.",
        (),
        "non_randomized_trial",
    ),
    (
        "single-arm-open-label",
        "Open-label pilot trial of an oral drug for neuropathic pain",
        "Fifteen people received the drug for 8 weeks. Pain scores fell.",
        (),
        "non_randomized_trial",
    ),
    (
        "prospective-cohort-title",
        "Sleep after injury: a prospective cohort study",
        "We followed 210 adults for two years. Poor sleep predicted low mood.",
        (),
        "prospective_cohort",
    ),
    (
        "retrospective-cohort-title",
        "Risk factors for readmission after spinal cord injury: a retrospective cohort study",
        "Records of 812 patients were reviewed. Older age was associated with readmission.",
        (),
        "retrospective_cohort",
    ),
    (
        "case-control-title",
        "Vitamin D and pressure injuries: a case-control study",
        "We compared 60 patients with pressure injuries and 120 without.",
        (),
        "case_control",
    ),
    (
        "cross-sectional-survey-title",
        "Pain and work after spinal cord injury: a cross-sectional survey study",
        "Respondents completed an online questionnaire.",
        (),
        "cross_sectional",
    ),
    (
        "national-survey-title",
        "Bowel care routines: results of a national survey",
        "A total of 402 people answered the survey.",
        (),
        "cross_sectional",
    ),
    (
        "case-series-title",
        "Intrathecal pump failures: a case series",
        "We describe six patients whose catheters failed.",
        (),
        "case_series",
    ),
    (
        "case-report-title",
        "Autonomic dysreflexia during labour: a case report",
        "A 31-year-old woman with T4 paraplegia presented in labour.",
        (),
        "case_report",
    ),
    (
        "case-report-and-review",
        "Spinal epidural abscess after acupuncture: case report and review of the literature",
        "We report a 58-year-old man with sudden paraplegia.",
        (),
        "case_report",
    ),
    (
        "systematic-review-title",
        "Exercise for fatigue after spinal cord injury: a systematic review",
        "We searched four databases and included 14 studies.",
        (),
        "systematic_review",
    ),
    (
        "meta-analysis-title",
        "Stem cells for spinal cord injury: a systematic review and meta-analysis",
        "Twenty-two trials were included.",
        (),
        "systematic_review_meta_analysis",
    ),
    (
        "umbrella-review",
        "Physical activity after spinal cord injury: an umbrella review",
        "We included 11 systematic reviews.",
        (),
        "systematic_review",
    ),
    (
        "systematic-review-pooling",
        "Bladder management and infection: a systematic review",
        "Nine studies were included. The pooled odds ratio was 1.8 (random-effects model).",
        (),
        "systematic_review_meta_analysis",
    ),
    (
        "scoping-review-title",
        "Peer mentoring in spinal cord injury: a scoping review",
        "We followed the PRISMA-ScR guidance and charted 37 sources.",
        (),
        "scoping_review",
    ),
    (
        "narrative-review-subtitle",
        "Autonomic dysfunction after spinal cord injury: A Narrative Review",
        "This review summarises current management. Guidelines for blood pressure are discussed.",
        (),
        "narrative_review",
    ),
    (
        "a-review-subtitle",
        "Hydrogels for spinal cord repair: a review",
        "Hydrogels can bridge a lesion. Recent clinical trials are discussed.",
        (),
        "narrative_review",
    ),
    (
        "review-of-trials-is-a-review",
        "A review of randomized trials of bracing after spinal fracture",
        "Trials differ in outcome measures.",
        (),
        "narrative_review",
    ),
    (
        "guideline-title",
        "Clinical practice guideline for the management of acute spinal cord injury",
        "We developed recommendations on timing of surgery.",
        (),
        "guideline",
    ),
    (
        "consensus-statement",
        "Bowel management in spinal cord injury: an international consensus statement",
        "A panel of 24 experts agreed on 12 recommendations.",
        (),
        "guideline",
    ),
    (
        "protocol-title",
        "Exoskeleton training at home: protocol for a randomized controlled trial",
        "This protocol describes a trial that will enrol 120 people.",
        (),
        "protocol",
    ),
    (
        "qualitative-title",
        "Returning home after rehabilitation: a qualitative study",
        "We interviewed 14 people. Three themes were found.",
        (),
        "qualitative",
    ),
    (
        "mixed-methods-title",
        "Telehealth follow-up: a mixed-methods evaluation",
        "Surveys and interviews were combined.",
        (),
        "mixed_methods",
    ),
    (
        "secondary-analysis",
        "Early mobilisation and walking: secondary analysis of a randomized controlled trial",
        "We used data from 240 participants of a completed trial.",
        (),
        "prospective_cohort",
    ),
    (
        "population-based-cohort-from-a-registry",
        "Mortality after spinal cord injury - a population-based cohort study",
        "We identified 3,412 people in a national registry.",
        (),
        "retrospective_cohort",
    ),
    (
        "registry-follow-up-undeclared",
        "Spinal cord injury and employment in Norway",
        "Using national registry data we followed 1,200 people for 10 years. Employment fell.",
        (),
        "retrospective_cohort",
    ),
    (
        "this-was-a-prospective-observational-study",
        "Depression after spinal cord injury",
        (
            ("OBJECTIVE", "To describe depression."),
            ("METHODS", "This was a prospective observational study of 150 inpatients."),
        ),
        (),
        "prospective_cohort",
    ),
    (
        "inline-labels-in-one-string",
        "Shoulder pain in wheelchair users",
        "Objective: To test exercise. Design: Randomised controlled trial. Setting: Three spinal "
        "units. Participants: 64 wheelchair users (32 per group).",
        (),
        "rct",
    ),
    (
        "phase-one-trial",
        "Cell transplantation in chronic injury: a phase 1 trial",
        "Six participants received cell grafts and were followed for 2 years.",
        (),
        "non_randomized_trial",
    ),
    (
        "rct-abbreviation",
        "Telerehabilitation after spinal cord injury: an RCT",
        "We randomised 60 people to telerehabilitation or usual care.",
        (),
        "rct",
    ),
    (
        "systematic-scoping-review",
        "Thermoregulation after spinal cord injury: a systematic scoping review",
        "We searched five databases.",
        (),
        "scoping_review",
    ),
    (
        "delphi-is-not-declared-a-guideline",
        "A Delphi study on outcome measures for walking",
        "Experts rated 40 measures over three rounds and agreed on 8.",
        (),
        "other",
    ),
    (
        "qualitative-study-nested-in-a-trial",
        "A qualitative study embedded in a randomized controlled trial of exercise",
        "We interviewed 20 trial participants.",
        (),
        "qualitative",
    ),
    (
        "cross-sectional-analysis-of-trial-data",
        "Pain after injury: a cross-sectional analysis of baseline data from a randomized trial",
        "Baseline data of 300 participants were used.",
        (),
        "cross_sectional",
    ),
    (
        "prospective-randomized",
        "Prospective randomized study of early surgery",
        "Eighty patients were enrolled.",
        (),
        "rct",
    ),
    (
        "review-results-trials-found",
        "Beta-blockers for tremor",
        "Four randomised controlled trials were found comparing beta-blockers with placebo. "
        "Tremor fell in all four.",
        (),
        "systematic_review",
    ),
    (
        "review-results-included-trials",
        "Cognitive training for dementia",
        "The 33 included trials were published between 1988 and 2018. Training helped memory.",
        (),
        "systematic_review",
    ),
    (
        "review-results-we-included-rcts",
        "Anticoagulation after brain bleeding",
        "We included two RCTs with a total of 121 participants. Both RCTs tested heparin. One "
        "RCT reported fewer clots.",
        (),
        "systematic_review",
    ),
    (
        "review-results-pooled",
        "Exercise for hip osteoarthritis",
        "Ten trials with 549 participants met the inclusion criteria. Exercise reduced pain "
        "(SMD -0.38, 95% CI -0.55 to -0.20).",
        (),
        "systematic_review_meta_analysis",
    ),
    (
        "case-and-literature-review-typed-as-case-report",
        "Spondylectomy for a giant cell tumour and review of the literature",
        "We describe the surgery and recovery of a 34-year-old woman.",
        ("Case Reports",),
        "case_report",
    ),
    (
        "trial-as-a-modifier-is-not-a-design",
        "Disparities in clinical trial eligibility after spinal cord injury",
        "Eligibility rules excluded many people.",
        (),
        "other",
    ),
    (
        "trials-in-the-plural-title",
        "Barriers to taking part in randomized trials after spinal cord injury",
        "Travel and fatigue were common barriers.",
        (),
        "other",
    ),
    # --- a DESIGN label ---
    (
        "design-label-cross-sectional",
        "Pain and work after spinal cord injury",
        (
            ("OBJECTIVE", "To describe pain at work."),
            ("DESIGN", "Cross-sectional survey."),
            ("RESULTS", "Following clinical guidelines for pain was rare."),
        ),
        (),
        "cross_sectional",
    ),
    (
        "inline-design-label",
        "Walking after incomplete injury",
        "Study design: Prospective observational study. Setting: Two rehabilitation centres. "
        "Walking speed improved over one year.",
        (),
        "prospective_cohort",
    ),
    (
        "named-cohort-project-is-a-data-source",
        "Pain in the Spinal Cord Injury Model Systems Cohort Study (SCIMS)",
        "We analysed answers of 900 people. Pain was associated with poor sleep.",
        (),
        "other",
    ),
    (
        "study-design-label-spinal-cord-style",
        "Bowel function in the community",
        "Study design: Cross-sectional. Objectives: To describe bowel function. Setting: "
        "Community, Netherlands.",
        (),
        "cross_sectional",
    ),
    (
        "psychometric-study-is-not-a-design-code",
        "Reliability of a new balance scale",
        "Study design: Psychometric study. Objectives: To test reliability in 80 people.",
        (),
        "other",
    ),
    # --- methods sentences about this study ---
    (
        "in-this-cohort",
        "Walking recovery after incomplete injury",
        "In this prospective cohort study, 96 adults were assessed monthly. Most walked at one "
        "year.",
        (),
        "prospective_cohort",
    ),
    (
        "we-conducted",
        "Bone loss after spinal cord injury",
        "We conducted a retrospective cohort study of 300 patients. Fractures were common.",
        (),
        "retrospective_cohort",
    ),
    (
        "design-at-sentence-start",
        "Loneliness in people with spinal cord injury",
        "A cross-sectional online survey of 515 adults was carried out. Loneliness was common.",
        (),
        "cross_sectional",
    ),
    (
        "randomly-assigned",
        "Mirror therapy for neuropathic pain",
        "Thirty participants were randomly assigned to mirror therapy or sham therapy. Pain "
        "fell in both groups.",
        (),
        "rct",
    ),
    (
        "we-searched",
        "Nerve transfers for hand function",
        "We searched MEDLINE and Embase and included 18 studies. Most reported better pinch.",
        (),
        "systematic_review",
    ),
    (
        "interviews",
        "Experiences of sexuality after injury",
        "Semi-structured interviews were held with 12 women and analysed with thematic analysis.",
        (),
        "qualitative",
    ),
    (
        "we-report-a-case",
        "Late syrinx after spinal cord injury",
        "We report the case of a 45-year-old man whose arm weakness began 20 years after injury.",
        (),
        "case_report",
    ),
    (
        "this-review",
        "Biomaterials for spinal cord repair",
        "In this review, we summarize recent advances in scaffolds and discuss open questions.",
        (),
        "narrative_review",
    ),
    (
        "repeated-survey-is-a-cohort",
        "Loneliness after discharge",
        "Participants completed an online questionnaire at baseline and 12 months later. "
        "Loneliness fell.",
        (),
        "prospective_cohort",
    ),
    (
        "chart-review",
        "Infections in the first year after injury",
        "Medical records of 412 patients admitted between 2015 and 2020 were reviewed. Infection "
        "was associated with longer stays.",
        (),
        "retrospective_cohort",
    ),
    (
        "retrospective-descriptive-is-case-series",
        "Injuries from trampolines in children",
        "A retrospective descriptive study. We describe 23 children treated at our centre.",
        (),
        "case_series",
    ),
    # --- publication types ---
    (
        "publication-type-rct",
        "Functional stimulation cycling after injury",
        "Forty people cycled three times a week.",
        ("Randomized Controlled Trial",),
        "rct",
    ),
    (
        "publication-type-review",
        "Spasticity: the here and now",
        "Spasticity is common after spinal cord injury. Treatments are described.",
        ("Review",),
        "narrative_review",
    ),
    # --- weaker inference ---
    (
        "animals",
        "Treadmill training after contusion",
        "Adult rats received a contusion. Trained rats stepped better than untrained rats.",
        (),
        "animal_study",
    ),
    (
        "randomized-animals-are-an-animal-study",
        "Exercise after contusion: a randomized study",
        "Thirty mice were randomly assigned to exercise or rest. Exercised mice walked better.",
        (),
        "animal_study",
    ),
    (
        "cells",
        "Astrocyte scarring in a dish",
        "Cultured astrocytes were stretched in vitro. Stretched cells made more scar proteins.",
        (),
        "in_vitro",
    ),
    (
        "one-person",
        "Brain signals for typing after paralysis",
        "A participant with tetraplegia used an implanted array to type. Typing speed rose.",
        (),
        "case_report",
    ),
    (
        "treatment-without-declared-design",
        "Stimulation for bladder control",
        "Twenty people with spinal cord injury received stimulation for 4 weeks. Bladder "
        "capacity rose.",
        (),
        "non_randomized_trial",
    ),
    # --- a design named as background or recommendation is not this study's ---
    (
        "previous-trials-background",
        "Attitudes to walking robots after spinal cord injury",
        "Previous randomized trials have shown benefit of robots. We asked 120 people about "
        "robots in a cross-sectional survey.",
        (),
        "cross_sectional",
    ),
    (
        "rcts-needed",
        "Cannabis use for pain after spinal cord injury",
        "We surveyed 300 adults about cannabis. Randomized controlled trials are needed.",
        (),
        "cross_sectional",
    ),
    (
        "earlier-cohort-studies",
        "Mood one year after injury",
        "Compared with earlier cohort studies, depression was less common in our sample of 80 "
        "adults who completed a questionnaire.",
        (),
        "cross_sectional",
    ),
    (
        "guidelines-mentioned-not-a-guideline",
        "Adherence to bladder guidelines: a cross-sectional study",
        "Clinical practice guidelines recommend intermittent catheterisation.",
        (),
        "cross_sectional",
    ),
    (
        "nothing-declared",
        "Thoughts on the future of spinal cord injury care",
        "Care is changing quickly.",
        (),
        "other",
    ),
]


@pytest.mark.parametrize(
    ("title", "abstract", "types", "code"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_design_code(paper, title, abstract, types, code):
    assert extract_facts(paper(title, abstract, types)).design.code == code


def test_topic_mesh_terms_do_not_declare_a_design():
    from scrh.pipeline.papers.model import Paper, Section

    about_trials = Paper(
        title="Outcome reporting in spinal cord injury research",
        abstract_sections=(Section(text="Reporting quality varies."),),
        mesh=("Randomized Controlled Trials as Topic",),
    )
    assert extract_facts(about_trials).design.code == "other"


def test_every_design_code_has_a_case():
    from scrh.pipeline.summarize.model import DESIGN_CODES

    assert set(DESIGN_CODES) == {case[-1] for case in CASES}


@pytest.mark.parametrize(
    ("title", "declared_in"),
    [
        ("Sleep after injury: a prospective cohort study", "title"),
        ("Sleep after injury", "methods"),
    ],
)
def test_where_the_design_was_declared(paper, title, declared_in):
    facts = extract_facts(paper(title, "In this prospective cohort study, 96 adults slept."))
    assert facts.design.declared_in == declared_in
    assert facts.design.code == "prospective_cohort"


def test_methods_declaration_cites_its_sentence(paper):
    facts = extract_facts(
        paper("Bone loss", "Bones thin after injury. We conducted a retrospective cohort study.")
    )
    assert facts.design.sources == (1,)
    assert facts.design.cue.lower() == "retrospective cohort study"


@pytest.mark.parametrize(
    ("abstract", "variant", "controlled"),
    [
        ("Fifteen people received the drug. Pain fell.", "single_arm_trial", False),
        ("Fifteen people received the drug and 15 received placebo.", "", True),
    ],
)
def test_non_randomised_trials_with_and_without_a_comparison(paper, abstract, variant, controlled):
    facts = extract_facts(paper("An open-label pilot trial of a drug for pain", abstract))
    assert facts.design.code == "non_randomized_trial"
    assert facts.design.variant == variant
    assert facts.design.controlled is controlled
    assert facts.design.randomised is False


def test_a_single_arm_pilot_that_names_a_future_controlled_trial_is_uncontrolled(paper):
    facts = extract_facts(
        paper(
            "Home stimulation for bowel care after spinal cord injury: a single-arm pilot study",
            "We conducted a single-arm pilot study in which 16 adults used a stimulation device "
            "for 8 weeks. Bowel care time fell from 58 to 41 minutes. These results support a "
            "randomized, sham-controlled trial.",
        )
    )
    assert facts.design.variant == "single_arm_trial" and facts.design.controlled is False
    assert evidence_from(facts).level == 4


def test_sections_a_review_is_divided_into_are_not_groups(paper):
    facts = extract_facts(
        paper(
            "Living with spinal cord injury: a narrative review",
            "This review is divided into the following sections: relationships and family; "
            "money and work; housing.",
        )
    )
    assert facts.groups == ()
    trial = extract_facts(
        paper(
            "Training after spinal cord injury",
            "Forty adults were divided into two groups: robot training and usual care.",
        )
    )
    assert len(trial.groups) == 2


def test_a_case_report_with_a_literature_review_is_a_case_report_when_a_label_says_so():
    from scrh.pipeline.papers.model import Paper, Section

    paper = Paper(
        title="L4 spondylectomy for a giant cell tumor and review of the literature",
        abstract_sections=(
            Section(text="Case report and review of the literature.", label="Study Design",
                    category="METHODS"),
            Section(text="A 58-year-old woman had back pain.", label="Methods",
                    category="METHODS"),
        ),
    )  # fmt: skip
    assert extract_facts(paper).design.code == "case_report"
