"""All facts of short whole abstracts: each fact from the right sentence, none from the wrong."""

from __future__ import annotations

from scrh.pipeline.summarize.facts import evidence_from, extract_facts

TRIAL = (
    "Peer-led self-management after spinal cord injury: a randomized waitlist-controlled trial",
    (
        (
            "BACKGROUND",
            "Secondary complications are common after spinal cord injury. Previous randomized "
            "trials of self-management have shown mixed results.",
        ),
        (
            "METHODS",
            "We recruited 184 community-dwelling adults with SCI from three rehabilitation "
            "centres in Canada. Participants were randomly assigned to the peer-led program "
            "(n = 97) or a waitlist control group (n = 87). The program ran for 12 weeks and "
            "outcomes were measured at baseline, 12 weeks and 6 months.",
        ),
        (
            "RESULTS",
            "At 6 months, 64 participants in the program group and 57 in the waitlist group "
            "completed the questionnaires. Self-efficacy improved more in the program group.",
        ),
        ("CONCLUSIONS", "Peer-led self-management may reduce complications."),
    ),
)


def test_a_trial_abstract(paper):
    facts = extract_facts(paper(*TRIAL))
    assert (facts.design.code, facts.design.declared_in, facts.design.randomised) == (
        "rct",
        "title",
        True,
    )
    assert (facts.count.total, facts.count.enrolled, facts.count.sources) == (184, 184, (2,))
    assert facts.population.description == (
        "184 community-dwelling adults with SCI from three rehabilitation centres"
    )
    assert [(g.name, g.size, g.is_control) for g in facts.groups] == [
        ("peer-led program", 97, False),
        ("waitlist control group", 87, True),
    ]
    assert [(d.kind, d.text) for d in facts.duration] == [
        ("follow_up", "at baseline, 12 weeks and 6 months"),
        ("intervention", "program ran for 12 weeks"),
    ]
    assert (facts.setting.centres, facts.setting.country) == ("multi", "Canada")
    assert evidence_from(facts).level == 2


def test_an_animal_abstract_counts_the_animals_of_an_n_equals(paper):
    facts = extract_facts(
        paper(
            "Olfactory ensheathing cells improve stepping after transection",
            "Adult female Sprague-Dawley rats (n = 30) received a complete thoracic "
            "transection. Rats were randomly assigned to cell grafts (n = 15) or vehicle "
            "injections (n = 15). Stepping was scored weekly for 8 weeks.",
        )
    )
    assert (facts.design.code, facts.population.kind, facts.population.species) == (
        "animal_study",
        "animals",
        "rats",
    )
    assert (facts.count.total, facts.count.unit) == (30, "rats")
    assert [(g.name, g.size, g.is_control) for g in facts.groups] == [
        ("cell grafts", 15, False),
        ("vehicle injections", 15, True),
    ]
    assert [(d.kind, d.text) for d in facts.duration] == [
        ("follow_up", "weekly for 8 weeks"),
    ]


def test_a_case_report_abstract(paper):
    facts = extract_facts(
        paper(
            "Spontaneous recovery of bladder function years after injury: a case report",
            "A 42-year-old man with a complete injury sustained 12 years earlier reported new "
            "bladder sensation. We discuss possible mechanisms.",
        )
    )
    assert (facts.design.code, facts.count.total, facts.population.kind) == (
        "case_report",
        1,
        "humans",
    )
    assert facts.population.description == "One 42-year-old man"
    assert facts.duration == ()


def test_aim_and_stated_limitations_cite_their_sentences(paper):
    facts = extract_facts(
        paper(
            "Walking after injury",
            "Walking is often lost after injury. We aimed to test a home program. Forty adults "
            "took part. Walking speed rose. The small sample and lack of a control group limit "
            "these findings.",
        )
    )
    assert facts.aim == (1,)
    assert [lim.sources for lim in facts.stated_limitations] == [(4,)]


def test_a_labelled_objective_is_the_aim(paper):
    facts = extract_facts(
        paper(
            "Walking after injury",
            (("OBJECTIVE", "To test a home program."), ("RESULTS", "Walking speed rose.")),
        )
    )
    assert facts.aim == (0,)
    assert facts.stated_limitations == ()
