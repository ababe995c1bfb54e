"""Document-level speaker resolution: names, short forms, acronyms, pronouns, role nouns.

All documents are written for these tests.
"""

from __future__ import annotations

import pytest

import attribquant
from attribquant import model
from attribquant.attribution import find_frames
from attribquant.resolver import resolve
from attribquant.text import normalise, paragraphs, sentences


def run(raw: str) -> tuple[str, tuple[model.Attribution, ...], tuple[model.Source, ...]]:
    text = normalise(raw)
    paras = paragraphs(text)
    sents = sentences(text, paras)
    atts, sources = resolve(text, find_frames(text, sents, paras), sents, paras)
    return text, atts, sources


def speakers(raw: str) -> list[tuple[str, str, bool]]:
    _, atts, _ = run(raw)
    return [(a.speaker.mention, a.speaker.name, a.speaker.resolved) for a in atts]


# (document, [(mention, canonical name, resolved), ...]) in frame order
DOCS = [
    # determiners are stripped from names, kept in mentions
    ("The Finnish Health Ministry said 12 cases were confirmed.",
     [("The Finnish Health Ministry", "Finnish Health Ministry", True)]),
    # surname -> full name introduced in an apposition
    (("A spokesman for the Northern Alliance, Karim al-Hassan, rejected the account.\n"
     "Hassan said the convoy carried 40 tonnes of flour."),
     [("Hassan", "Karim al-Hassan", True)]),
    ("Professor Julia Brandt led the survey.\nBrandt said 30 percent of wells were dry.",
     [("Brandt", "Julia Brandt", True)]),
    # title stripped from a person's name; short form with a title
    (("Health Minister Pedro Alves said 9 hospitals were full.\n"
     "Mr Alves said more beds would come."),
     [("Health Minister Pedro Alves", "Pedro Alves", True), ("Mr Alves", "Pedro Alves", True)]),
    # acronym -> earlier full name, and the reverse
    (("About 2,000 people fled, according to the World Food Programme.\n"
     "Another 500 left on Monday, according to the WFP."),
     [("the World Food Programme", "World Food Programme", True),
      ("the WFP", "World Food Programme", True)]),
    (("The IMF said growth would slow.\n"
     "The International Monetary Fund said inflation was 8 percent."),
     [("The IMF", "International Monetary Fund", True),
      ("The International Monetary Fund", "International Monetary Fund", True)]),
    # pronoun -> named person before it
    (("Ruth Okafor, a nurse at the clinic, treated the wounded.\n"
     "She said 14 children were among them."),
     [("She", "Ruth Okafor", True)]),
    # pronoun continues the attribution chain of the paragraph before, across animacy
    (("Beijing said the floods destroyed 3,000 homes.\n"
     "Rescue teams were sent to the worst-hit areas, he said."),
     [("Beijing", "Beijing", True), ("he", "Beijing", True)]),
    ("Acme Corp said sales rose 5 percent.\nIt said costs also grew.",
     [("Acme Corp", "Acme Corp", True), ("It", "Acme Corp", True)]),
    # role nouns -> matching entity named earlier
    ("The Ministry of Transport closed 12 roads.\nThe ministry said 4 bridges were damaged.",
     [("The ministry", "Ministry of Transport", True)]),
    ("Globex Inc cut its forecast.\nThe company said profit fell by half.",
     [("The company", "Globex Inc", True)]),
    (("Environment agency spokeswoman Lena Fisk visited the site.\n"
     "The spokeswoman said 200 fish died."),
     [("The spokeswoman", "Lena Fisk", True)]),
    # "I" inside a quote is the quote's speaker
    ('"I think we lost 10 days," coach Dan Reyes said.',
     [("I", "Dan Reyes", True), ("coach Dan Reyes", "Dan Reyes", True)]),
    # unresolvable: keep the surface, resolved False
    ("He said 7 people were arrested.", [("He", "He", False)]),
    ("The company said profits doubled.", [("The company", "company", False)]),
    ("Officials said 30 homes burned.", [("Officials", "Officials", False)]),
]


# role nouns whose antecedent is named without the role word, given names, object pronouns
ROLE_AND_PRONOUN_DOCS = [
    # a person of a body with "the" and a name holding "for" ("Center for ... Studies"),
    # even when the surname is also a given name: the person speaks, not one long name
    ("\"Forty plants are shut,\" Ana Marsh of the Tula Center for Energy Studies wrote in "
     "May. But, she noted, 12 may reopen.",
     [("Ana Marsh of the Tula Center for Energy Studies", "Ana Marsh", True),
      ("she", "Ana Marsh", True)]),
    ("Jo Lewis of the Harbor Policy Institute said 40 plants were shut.",
     [("Jo Lewis of the Harbor Policy Institute", "Jo Lewis", True)]),
    # "the X government" names the government; "the government" / "feds" resolve to it
    (("Two ministers of the Velsian government resigned.\n"
      "The government said 120 jobs would be cut."),
     [("The government", "Velsian government", True)]),
    (("Talks stalled for a week. The Velsian government said 3 ferries were cancelled.\n"
      "This government has cut 40 routes, the union said."),
     [("The Velsian government", "Velsian government", True)]),
    (("The Velsian government tightened border checks in June.\n"
      "No new guards were hired, say feds."),
     [("feds", "Velsian government", True)]),
    # a country whose government speaks: "the government of X", "X's government"
    (("The government of Norland raised fuel duty.\nThe government said 8 percent of "
      "drivers would pay more."),
     [("The government", "Norland", True)]),
    (("Hundreds marched against Norland's government.\nThe government said 2,000 people "
      "took part."),
     [("The government", "Norland", True)]),
    # an institution noun after a proper modifier is part of the name
    ("The Velsian army crossed the river at dawn.\nThe army said 12 soldiers were wounded.",
     [("The army", "Velsian army", True)]),
    # "the city": a place named as a city, a town or a municipality, or by its mayor
    (("The mayor of Port Elwyn, Dana Kerr, opened the pier.\nThe city said the pier cost "
      "$4 million."),
     [("The city", "Port Elwyn", True)]),
    ("Residents of the town of Amsby voted on Sunday.\nThe town said turnout was 61 percent.",
     [("The town", "Amsby", True)]),
    (("Schools appealed against the Municipality of Corvo.\nThe city argued that 40 "
      "schools charge fees."),
     [("The city", "Municipality of Corvo", True)]),
    # a given name alone for the one person with that given name
    ("Ravi Nair and his brother Sunil Nair run the mill.\nRavi said 30 workers were laid off.",
     [("Ravi", "Ravi Nair", True)]),
    (("Ravi Nair and his wife Meera Nair deny the charges.\n"
      "Prosecutor Ada Quist said 14 witnesses would testify.\n"
      "Later, Ravi's brother urged him to settle, but he said the farm had lost 20 cows."),
     [("he", "Ravi Nair", True)]),
    # object pronouns after "according to"; a chain continued by "She continued:"
    ("Lena Moor runs the shelter. According to her, 60 dogs arrived in May.",
     [("her", "Lena Moor", True)]),
    ("Tomas Berg inspected the dam. It holds 40 million cubic metres, according to him.",
     [("him", "Tomas Berg", True)]),
    ('Harbour master Mara Olsen said the port was shut.\nShe continued: "We lost 9 boats."',
     [("She", "Mara Olsen", True)]),
    # the head of an apposition is the role, not a possessor or a modifier in it
    ("Vera Sokol, the company's founder, opened the plant.\nShe said it cost $5 million.",
     [("She", "Vera Sokol", True)]),
    ("Vera Sokol, the town mayor, opened the bridge.\nShe said it cost $5 million.",
     [("She", "Vera Sokol", True)]),
    # never a guess: no matching entity keeps the surface form, unresolved
    ("The city said 300 jobs would go.", [("The city", "city", False)]),
    ("The Federal Aviation Agency grounded 40 jets.\nThe government said 3 were inspected.",
     [("The government", "government", False)]),
    ("The mayor of Tula opened the bridge.\nHe said it cost 5 million roubles.",
     [("He", "He", False)]),
    ("Local government said 5 roads closed.",
     [("Local government", "Local government", False)]),
    ("Feds said 40 agents were hired.", [("Feds", "Feds", False)]),
    ("Several families left. According to them, 12 wells ran dry.",
     [("them", "Several families", False)]),
]


@pytest.mark.parametrize(("raw", "expected"), DOCS + ROLE_AND_PRONOUN_DOCS,
                         ids=[r[:40] for r, _ in DOCS + ROLE_AND_PRONOUN_DOCS])
def test_resolution(raw: str, expected: list[tuple[str, str, bool]]) -> None:
    got = speakers(raw)
    for item in expected:
        assert item in got



#: (what the case shows, text, one (mention, name, resolved) the speakers must hold)
SPEAKER_CASES: list[tuple[str, str, tuple[str, str, bool]]] = [
    # "Zorya" is in no given-name list: the surname shared with a person named in full
    # makes "Zorya Brandt" a person (a relative), whom "she" may then refer to
    ("a namesake of a person is a person",
     "Tomas Brandt opened the mill. His wife, Ada, said 40 jobs were safe.\n\n"
     "Zorya Brandt, 34, runs the shop. She said sales rose 12 percent.",
     ("She", "Zorya Brandt", True)),
    ("a given name gives way only when no one else fits",
     "Mayor Ana Lima met Toby Ferris on Monday. Ferris left early. "
     "She said 12 farms had reopened.",
     ("She", "Ana Lima", True)),
    # "Ed Lima" in the apposition after "Tom Roe" is background: "he" is the subject
    ("a name apposed to the subject weighs half",
     "Ed Lima spoke on Monday. Tom Roe, an aide to Ed Lima, toured the plant."
     "\n\nThe plant will hire 40 people, he said.",
     ("he", "Tom Roe", True)),
]


@pytest.mark.parametrize(("why", "raw", "expected"), SPEAKER_CASES,
                         ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_case(why: str, raw: str, expected: tuple[str, str, bool]) -> None:
    assert expected in speakers(raw), why


#: Texts and the last speaker (mention, name, resolved) the resolver gives.
LAST_SPEAKER_CASES: list[tuple[str, str, tuple[str, str, bool]]] = [
    ("an aside inside a split quote does not break the chain",
     "Gov. Ivo Brandt wants a new bridge. Brandt says it will cost $40 million."
     "\n\nBrandt's pollster, Tom Reyes, says his man has the money to build it. "
     "\"I don't think the old view\" -- that Brandt is seen as too cautious -- "
     "\"will last,\" he says.",
     ("he", "Tom Reyes", True)),
    ("a person named by a possessive in the quote is not its speaker",
     "Gov. Ivo Brandt toured the site on Monday. Brandt said 40 bridges were "
     "unsafe, and Brandt vowed to fix them.\n\nPollster Tom Reyes is skeptical "
     "Brandt can win. But the governor could change the subject.\n\n\"Brandt's best "
     "hope is 12 new plants,\" he said.",
     ("he", "Tom Reyes", True)),
    ("a role noun does not reach into an earlier live blog entry",
     "The Latest on the vote.\n\n___.\n\n4:10 p.m.\n\nSen. Tom Hale says 40 "
     "counties reported late.\n\n___.\n\n3:55 p.m.\n\nDemocratic candidate Ivan "
     "Cole skipped a debate on Monday. The Ohio senator told supporters 12 counties "
     "would back him.",
     ("The Ohio senator", "Ivan Cole", True)),
    ("but opening a sentence keeps the previous subject for he",
     "Gov. Ivan Petrov said 12 towns were flooded. Petrov said 3 more were at "
     "risk. Mayor Tom Hale met Petrov. But he said 40 homes were lost.",
     ("he", "Tom Hale", True)),
]


@pytest.mark.parametrize(("why", "raw", "expected"), LAST_SPEAKER_CASES,
                         ids=[c[0] for c in LAST_SPEAKER_CASES])
def test_last_speaker_case(why: str, raw: str, expected: tuple[str, str, bool]) -> None:
    assert speakers(raw)[-1] == expected, why



def test_the_text_overrules_a_given_name_for_the_previous_subject() -> None:
    # "Toby" is mostly a man's name, but no woman is named around: "She" opening the next
    # sentence is the previous subject, and stays so along the chain
    got = speakers("Gov. Ivan Petrov told the Tula Herald that 40 farms had closed.\n\n"
                   "Toby Ferris sees it differently. She said 12 farms had reopened.\n\n"
                   "\"We are growing again,\" she said.")
    assert [n for m, n, _ in got if m.lower() == "she"] == ["Toby Ferris", "Toby Ferris"]






@pytest.mark.parametrize("raw", [
    "HARBORTON (AP) -- A letter from local drivers reached the council on Monday. "
    "\"We want 40 new buses,\" it said.",
    "HARBORTON, Ohio -- Many drivers walked out on Monday.\n\n"
    "\"We want 40 new buses,\" they said.",
])
def test_a_dateline_is_no_antecedent(raw: str) -> None:
    (mention, name, resolved), = speakers(raw)
    assert (name, resolved) == (mention, False)


def test_given_name_shared_by_two_people_stays_apart() -> None:
    got = speakers("Ravi Nair runs the mill with his partner, Ravi Sen.\n"
                   "Ravi said 30 workers were laid off.")
    assert [(m, n) for m, n, _ in got] == [("Ravi", "Ravi")]


def test_title_with_given_name_is_a_surname() -> None:
    got = speakers("Ravi Nair runs the mill.\nMr Ravi said 30 workers were laid off.")
    assert got and got[0][1] != "Ravi Nair"


def test_mention_offsets_slice_the_text() -> None:
    text, atts, sources = run(
        "The Port Authority said 40 ships waited.\nThe authority said delays would last.")
    for a in atts:
        assert text[a.speaker.start:a.speaker.end] == a.speaker.mention
        assert text[a.cue_start:a.cue_end] == a.cue_text
    for s in sources:
        for m in s.mentions:
            assert text[m.start:m.end] == m.text


def test_sources_group_mentions() -> None:
    _, _, sources = run(
        "Dr Hana Mori said 5 wards closed.\nMori said 2 would reopen.\nShe said staff were tired.")
    by_name = {s.name: s for s in sources}
    assert "Hana Mori" in by_name
    texts = [m.text for m in by_name["Hana Mori"].mentions]
    assert "Mori" in texts and "She" in texts


def test_via_is_resolved() -> None:
    _, atts, _ = run(
        "The army said 8 drones were shot down, the Xinhua news agency, quoting military "
        "officials, reported.")
    outer = [a for a in atts if a.via is not None]
    assert outer and outer[0].speaker.name == "Xinhua"
    assert outer[0].via is not None and outer[0].via.mention == "military officials"


def test_attributions_in_text_order_and_empty_input() -> None:
    assert run("") [1:] == ((), ())
    _, atts, _ = run("A said 1 thing. Officials said 2 more.\nPolice said 3 were held.")
    assert [a.cue_start for a in atts] == sorted(a.cue_start for a in atts)


@pytest.mark.parametrize("raw", ["he said " * 10000, "He said it. " * 3000, '"' * 5000,
                                 "x" * 200_000, "Officials said. " * 5000])
def test_adversarial(raw: str) -> None:
    text, atts, _sources = run(raw)
    assert all(0 <= a.speaker.start <= a.speaker.end <= len(text) for a in atts)


def test_a_given_name_alone_far_from_the_person_is_not_linked() -> None:
    near = "Jordan Henderson scored twice on Sunday. Jordan said 3 players were hurt."
    far = ("Jordan Henderson scored twice on Sunday. "
           + "The match was long and the crowd was loud. " * 60
           + "Jordan said it would send 300 troops to the border.")
    q_near = attribquant.extract(near).quantities[0]
    q_far = attribquant.extract(far).quantities[0]
    assert q_near.speaker is not None and q_near.speaker.name == "Jordan Henderson"
    assert q_far.speaker is not None and q_far.speaker.name == "Jordan"


def test_a_given_name_the_text_already_uses_alone_is_linked_at_any_distance() -> None:
    text = ("Marisol Ortega founded the bakery in 1990. As a girl, Marisol baked bread daily. "
            + "The ovens ran day and night and the shop grew busy. " * 40
            + "Marisol said sales rose 20 percent.")
    q = attribquant.extract(text).quantities[0]
    assert q.speaker is not None and q.speaker.name == "Marisol Ortega"


@pytest.mark.parametrize(("raw", "name"), [
    ("The levy was a blow to the Ohio Republican, who had backed the bill. He said 40 members "
     "would vote no.", "He"),
    ("Sen. Dana Voss met donors on Monday. The levy was a blow to the Ohio Republican, who had "
     "backed the bill. He said 40 members would vote no.", "Dana Voss"),
])
def test_a_party_epithet_is_no_antecedent_of_its_own(raw: str, name: str) -> None:
    assert [s[1] for s in speakers(raw) if s[0] == "He"] == [name]


def test_a_hyphenated_office_before_a_name_is_a_title() -> None:
    got = speakers('The memo was sent by Gazette Editor-in-Chief Rosa Lindqvist on Friday. '
                   '"We will hire 40 reporters," said Lindqvist.')
    assert got == [("Lindqvist", "Rosa Lindqvist", True)]


def test_a_plural_title_abbreviation_does_not_end_the_sentence() -> None:
    got = speakers("Ana Ruiz met voters in Dover. She skipped her rivals, Govs. Tom Hale and "
                   "Jo Birch, who say she lacks experience. She said 40 towns backed her.")
    assert got[-1][:2] == ("She", "Ana Ruiz")


def test_a_coordinated_verb_after_a_dash_shares_the_pronoun_after_it() -> None:
    got = speakers('The ruling stung him - he called it a "sham" and said 40 jobs were lost.')
    assert got == [("he", "he", False)]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Peru's government said 40 people died. The government added that 12 were missing.",
     "Peru", "Peru"),
    ("The city of Tula said 40 homes flooded. The city added that 12 roads were shut.",
     "Tula", "Tula"),
    ("The mayor of Tula said 40 homes flooded.", "mayor of Tula", None),
])
def test_an_institution_of_a_place_speaks_for_it(text: str, first: str, second: str | None) -> None:
    qs = attribquant.extract(text).quantities
    assert qs[0].speaker is not None and qs[0].speaker.name == first
    if second is not None:
        assert qs[1].speaker is not None and qs[1].speaker.name == second


@pytest.mark.parametrize(("raw", "mention", "name", "resolved", "kind"), [
    # "poll" is written in lower case and stands capitalised only inside a longer name
    ("Poll finds Rivera ahead in Ohio.\n\nA new Harbor Research Poll of 900 voters found "
     "Rivera ahead by 4 points. The poll said 12 percent were undecided.",
     "Poll", "Poll", False, "document"),
    ("Report: Lima to quit.\n\nAna Lima will leave the cabinet, a report in the Tula Herald "
     "said. The Marlow Report found 40 aides would go.", "Report", "Report", False, "document"),
    # a short form of a person named before stays a name, though "grant" is a common word
    ("Ulysses Grant spoke first. Grant said a federal grant of $40 million was cut.",
     "Grant", "Ulysses Grant", True, "person"),
])
def test_a_common_word_opening_a_sentence_is_no_name(raw: str, mention: str, name: str,
                                                      resolved: bool, kind: str) -> None:
    sp = next(a.speaker for a in attribquant.extract(raw).attributions
              if a.speaker.mention == mention)
    assert (sp.name, sp.resolved, sp.kind) == (name, resolved, kind)


@pytest.mark.parametrize(("raw", "name"), [
    # a preposition's object is no antecedent: the union is
    ("The Tula Union called a strike over pay for workers. They said 40 plants would close.",
     "Tula Union"),
    # a group "at" a named body is that body's
    ("Ana Lima spoke on Monday. Many analysts at Vale Bank backed the plan, and they said 40 "
     "branches would shut.", "Vale Bank"),
    # a group with a name among its modifiers is that body's ("Union officials")
    ("The Tula Union met on Monday. Tula Union officials were angry. They said 40 plants "
     "would close.", "Tula Union"),
])
def test_they_after_a_named_group_or_an_object_is_resolved(raw: str, name: str) -> None:
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.mention.lower(), sp.name, sp.resolved) == ("they", name, True)


def test_a_lone_word_is_no_given_name_of_a_thing_named_after_it() -> None:
    # "Okafor" is no given name and "the Okafor Train" no person: Okafor is someone else
    raw = "Fans crowded onto the Okafor Train in May. Okafor said 40 towns would vote for him."
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.mention, sp.name) == ("Okafor", "Okafor")
    raw = "Tomas Vidal and his wife Ines Vidal spoke first. Ines said 40 towns would vote."
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.mention, sp.name) == ("Ines", "Ines Vidal")


@pytest.mark.parametrize(("raw", "name", "resolved"), [
    # a place named only as a location does not speak as "it"
    ("Jo Roe spent the weekend at a rally in Ohio. A banner hung over the stage. It said 40 "
     "towns would vote for her.", "It", False),
    # a place that acts in the story does
    ("Kenya said on Monday that tariffs would rise. It added that 40 mines would close.",
     "Kenya", True),
])
def test_it_is_a_place_only_when_the_place_acts(raw: str, name: str, resolved: bool) -> None:
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.name, sp.resolved) == (name, resolved)


@pytest.mark.parametrize(("raw", "name"), [
    ("Drought cut the maize harvest by 30 percent, Zambia's farm bureau said.\n\nThe bureau "
     "said 200 farms had closed. Prices had doubled since May, it added.",
     "Zambia's farm bureau"),
    ("Storms left 9,000 homes without power, Idaho's energy commission said. It said crews "
     "would work overnight.", "Idaho's energy commission"),
])
def test_it_continues_an_unnamed_body_not_the_place_owning_it(raw: str, name: str) -> None:
    """"Zambia's farm bureau said ... it added": the place in possessive position is not
    the speaker; "it" continues the body, unnamed (kind organisation)."""
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.name, sp.resolved, sp.kind) == (name, False, "organisation")


@pytest.mark.parametrize(("raw", "name"), [
    ("Tula Power raised prices in May.\n\nNurses said 300 beds had closed. They said staff "
     "were quitting.", "Nurses"),
    ("The Orlen Trust bought the mill.\n\nGrowers said 90 groves had dried out. They said the "
     "harvest would fall by half.", "Growers"),
])
def test_they_continues_a_common_plural_opening_the_chain(raw: str, name: str) -> None:
    """"Nurses said ... They said": a common plural opening its sentence (a generic name)
    is continued by "they" along the chain, not a body named before it."""
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.name, sp.kind) == (name, "group")


def test_they_continues_a_group_resolved_to_its_body() -> None:
    """"Traders at Vale Bank said ... They said": "they" opening the next sentence is the
    chain's source, resolved as that frame was (the body), not left as a bare "They"."""
    raw = ("Tula Motors recalled 80,000 cars.\n\nTraders at Orlen Capital said the cost was "
           "small. They said profit would fall 3 percent.")
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.mention, sp.name, sp.resolved) == ("They", "Orlen Capital", True)


def test_a_source_familiar_with_a_document_is_no_document() -> None:
    raw = "A source familiar with the Vale Bank investigation said 40 files were taken."
    sp = attribquant.extract(raw).attributions[-1].speaker
    assert (sp.resolved, sp.kind) == (False, "unknown")


@pytest.mark.parametrize(("raw", "name"), [
    ("The Harbor Board met on Tuesday.\n\nDock workers said 200 jobs were cut. They said the "
     "strike would go on.", "Dock workers"),
    ("Flooding closed the Tula Canal, the Water Agency said.\n\nRice farmers said 3 harvests "
     "were lost. They said 400 farms had no water.", "Rice farmers"),
    ("The Harlow Group unveiled the plan in May. Many economists doubt that Vale Bank can cut "
     "rates. They say 300 firms could close.", "Many economists"),
    # a person plural by its ending, not in the group lexicon, after a body named earlier
    ("The Orlen Trust bought the mill in May.\n\nOlive growers in the valley said 90 groves "
     "had dried out. They said the harvest would fall by half.", "Olive growers in the valley"),
    ("Vale Bank cut rates on Tuesday. Bond dealers in Lisbon said 20 funds sold. They said "
     "yields would rise.", "Bond dealers in Lisbon"),
])
def test_they_continues_an_unnamed_group_that_spoke(raw: str, name: str) -> None:
    """"Dock workers said ... They said": "they" continues an unnamed group speaker (no
    postmodifier needed), not a body named before it."""
    mention, got, resolved = speakers(raw)[-1]
    assert (mention, got, resolved) == ("They", name, False)


@pytest.mark.parametrize(("raw", "name"), [
    ("Ana Ortiz met Tom Lind on Monday. Ortiz said 30 wells had failed. He said repairs would "
     "take 2 years.", "Tom Lind"),
    ("Mayor Ivan Petrov toured the dam with Mary Kowal. Kowal said 4 gates were shut. He said "
     "the town had 9 pumps.", "Ivan Petrov"),
    ("Interior Minister Jo Halvorsen said 14 police were hurt. He added that 3 cars burned.",
     "Jo Halvorsen"),
])
def test_a_chain_does_not_continue_to_a_person_of_the_other_sex(raw: str, name: str) -> None:
    """A sex only a given name tells is overruled by the chain only when no other person is
    named around ("Jo Halvorsen said ... He added"); else "he" never continues to a woman."""
    assert speakers(raw)[-1][1:] == (name, True)
