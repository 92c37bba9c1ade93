"""The words of the site's fixed pages, in one place for editors and translators."""

TAGLINE = "Spinal cord injury research, explained in plain words."
TAGLINE_INTRO = (
    "Short, clear summaries of new spinal cord injury (SCI) research, written for people "
    "living with SCI, the people who care for them, and anyone who wants to understand it."
)

_ABOUT = (
    "<p>Spinal Cord Research Help turns new research on spinal cord injury into summaries "
    "anyone can read. Each summary tells you what the researchers wanted to find out, who took "
    "part, what they found, how strong the evidence is, and what it may mean for daily life.</p>"
    "<p>Every summary is checked against the paper it describes: each key finding links to the "
    "sentences of the paper it comes from, every number is traced back to the paper, and an "
    "editor reviews the summary before it is published.</p>"
    "<p>When a paper does not say something, for example how long the study lasted, the summary "
    "says <em>Not specified</em> rather than guess.</p>"
)
_DISCLAIMER = (
    "<p>The summaries on this site explain research. They are not medical advice, and they do "
    "not replace the advice of your doctor, nurse, therapist or care team.</p>"
    "<p>One study rarely settles a question. Before you change any treatment, medicine, "
    "exercise or equipment, talk it over with your care team.</p>"
    "<p>We work hard to make each summary accurate and check it against the original paper, but "
    "mistakes can happen. The original paper is always linked; it is the authoritative source.</p>"
)

STANDARD_PAGES = (
    {"slug": "about", "title": "About", "intro": "Who we are and how we write.", "body": _ABOUT},
    {
        "slug": "disclaimer",
        "title": "Disclaimer",
        "intro": "Please read this first.",
        "body": _DISCLAIMER,
    },
)
