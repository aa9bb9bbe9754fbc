"""Appositions, titles and definite descriptions that name an actor the article has named, on invented news
sentences."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article, ArticleFacts


def _facts(body: str) -> ArticleFacts:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article)


def _described(body: str) -> list[tuple[str, str]]:
    """Each mention that refers to another, with the text of the mention it refers to."""
    facts = _facts(body)
    return [(m.text, m.refers.slice(facts.article.text)) for m in facts.mentions if m.refers is not None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # an apposition after the name
        ("Tom Hill, a spokesman for the city, said on Monday that the plan had failed.", ("a spokesman", "Tom Hill")),
        # a title before the name
        ("Ann Lee has rehired attorney Tom Hill, the court said on Monday.", ("attorney", "Tom Hill")),
        ("The 36-year-old champion Ivan Petrov won on Saturday.", ("The 36-year-old champion", "Ivan Petrov")),
        # a description with a name in apposition, where the name is the speaker
        ("Her lawyer, Tom Hill, said on Monday that the case would go on.", ("lawyer", "Tom Hill")),
    ],
)
def test_an_apposition_or_a_title_names_the_same_actor(body: str, pair: tuple[str, str]) -> None:
    assert pair in _described(body)


@pytest.mark.model
def test_the_actress_names_again_the_person_the_article_is_about() -> None:
    found = _described("Ann Lee checked into a hotel on Monday. The actress, 26, left after a day.")
    assert ("The actress", "Ann Lee") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("Tom Hanks is recovering at home. “Thank you to the helpers,” the actor wrote.", ("the actor", "Tom Hanks")),
        (
            "Maria Lopez, 54, wants the bridge rebuilt. “It was a disaster waiting to happen,” the 54-year-old said.",
            ("the 54-year-old", "Maria Lopez"),
        ),
        (
            "Ann Cole, 81, has lived in the house for 40 years. “I am not leaving,” the 81-year-old said on Monday.",
            ("the 81-year-old", "Ann Cole"),
        ),
        (
            "Dan Ruiz, 19, was stabbed on Friday. “They came at me,” the 19-year-old told police.",
            ("the 19-year-old", "Dan Ruiz"),
        ),
    ],
)
def test_a_description_that_speaks_names_the_person(body: str, pair: tuple[str, str]) -> None:
    assert pair in _described(body)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "description"),
    [
        # two full names share the surname: either may be meant
        ("Tom Hanks visited his son Chet Hanks on Monday. “I am proud of him,” the actor said.", "the actor"),
        # the one person named has another trade: the recogniser may have missed whom it names
        ("Ella Grant, 16, was rescued by firefighter Tom Bell. “I was terrified,” the teenager said.", "the teenager"),
        # the one named most is the subject of the clause above it: a name c-commanding a description is not it
        (
            "Ray Duncan says Leo Marquez could play for the national team. Duncan told reporters that the "
            "striker had improved his finishing.",
            "the striker",
        ),
    ],
)
def test_a_description_that_may_name_another_names_no_one(body: str, description: str) -> None:
    assert description not in [d for d, _ in _described(body)]


@pytest.mark.model
def test_a_description_in_a_clause_of_time_may_name_the_subject_above() -> None:
    found = _described("Owen Castellan scored twice for Rovers on Saturday before the striker limped off.")
    assert ("the striker", "Owen Castellan") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # an age standing alone names the one person the article gave that age at a name
        (
            "Police arrested Tom Hill, 37, on Friday. The 37-year-old was charged with theft.",
            ("The 37-year-old", "Tom Hill"),
        ),
        ("Ann Lee, 10, was hit by a car on Monday. The 10-year-old died in hospital.", ("The 10-year-old", "Ann Lee")),
        # ages are the whole name's, not the surname's
        (
            "Tom Hill, 52, and his son Ben Hill, 23, were arrested in Dunmore. The 52-year-old was charged.",
            ("The 52-year-old", "Tom Hill"),
        ),
    ],
)
def test_an_age_names_again_the_person_given_that_age(body: str, pair: tuple[str, str]) -> None:
    assert pair in _described(body)


@pytest.mark.model
def test_a_description_stating_an_age_names_the_person_of_that_age() -> None:
    found = _described(
        "Police arrested Tom Hill, 37, and Ann Lee, 24, on Friday. Lee was freed. The 37-year-old was charged."
    )
    assert ("The 37-year-old", "Tom Hill") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # the article gives the person named most another age
        "Police arrested Tom Hill, 52, on Friday. His son was hurt. The 23-year-old was taken to hospital.",
        "Police arrested 37-year-old Tom Hill on Friday. The 24-year-old man was released.",
    ],
)
def test_a_description_of_another_age_is_left_alone(body: str) -> None:
    assert not [d for d in _described(body) if d[0].lower().startswith("the ")]


@pytest.mark.model
def test_a_description_by_a_noun_the_article_gave_a_person_names_that_person() -> None:
    found = _described(
        "Ivan Petrov beat Tom Hill, the challenger, on Saturday. Petrov kept his belt. Petrov smiled. The challenger"
        " left early."
    )
    assert ("The challenger", "Tom Hill") in found


@pytest.mark.model
def test_a_description_by_a_noun_the_article_gave_two_people_is_left_alone() -> None:
    found = _described("Tom Hill, a boxer, met Ivan Petrov, a boxer, on Saturday. Hill won. The boxer left early.")
    assert not [d for d in found if d[0] == "The boxer"]


@pytest.mark.model
def test_a_guessed_description_is_no_apposition_for_the_next() -> None:
    found = _described(
        "Carla Moss said the shooter had run off. Moss wept. Dean Frost was shot in the leg. Frost is in hospital."
        " Frost is stable. The shooter did not speak."
    )
    assert ("The shooter", "Carla Moss") not in found


@pytest.mark.model
def test_an_escaped_inmate_and_its_who_name_the_person_named_before() -> None:
    found = _described(
        "Police arrested Tom Hill on Friday. The suspect, who had fled to Spain, was charged with theft."
    )
    assert ("The suspect", "Tom Hill") in found
    assert ("who", "Tom Hill") in found


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # a description of someone who deals with the person is someone else
        "Ann Lee spoke on Monday. The judge ordered a new trial.",
        # "of" makes the description someone else's
        "Tom Hill was charged on Monday. The mother of the victim wept.",
        # the noun's sex is not the sex the article's pronouns give the person
        "Tom Hill was charged on Monday after he fled. The woman had called the police.",
        # the noun's sex is not the sex the person's given name or honorific tells
        "Police arrested Martin Tarr on Friday. The woman had called them.",
        "Police arrested Mrs Tarr on Friday. The man had called them.",
        "Gerald Pike opened his bakery in Dunmore on Sunday. The woman at the till waved.",
        # the sex of the person the description falls on, by its own name, not by a surname two people share
        "Mrs Nora Vell and Mr Owen Vell were stopped at the border on Friday. The woman was freed.",
        # an age standing alone given at no name: never beside someone unnamed, nor an age written loose before
        "A 19-year-old was arrested after Dean Frost was stabbed in Dunmore. Frost died. The 19-year-old was charged.",
        "Carla Moss said her 4-year-old daughter fell from a swing. Moss was upset. The 4-year-old is in hospital.",
        # a noun written before after "a", of someone the article did not name
        "Police stopped a suspect after Dean Frost was robbed in Dunmore. Frost was unhurt. The suspect had a knife.",
        # nouns that are too often someone else than the person named most
        "Mayor Tom Hill opened the skate park on Monday. Hill cut a ribbon. The youth were bored.",
        "Tom Hill left prison on Monday. The offender was arrested at noon.",
        "Police held a felon after Judge Ann Lee was threatened. Lee was calm. The felon had a gun.",
        # two people named as often: the description is not read as either
        "Tom Hill met Ann Lee on Monday. The actress left early.",
        # an age with two people named as often, and an age that describes a noun after it
        "Police arrested Tom Hill and Ann Lee on Friday. The 37-year-old was charged with theft.",
        "Tom Hill was charged on Friday. The 37-year-old mother of the victim wept.",
    ],
)
def test_a_description_that_may_be_someone_else_is_left_alone(body: str) -> None:
    assert not [d for d in _described(body) if d[0].lower().startswith("the ")]


@pytest.mark.model
def test_an_apposition_holding_a_place_name_and_its_who_name_the_person() -> None:
    found = _described("Tom Hallett, a retired Dunmore county clerk who kept the land records, has died.")
    assert ("a retired Dunmore county clerk", "Tom Hallett") in found
    assert ("who", "Tom Hallett") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # an office with the same place, given as a title before the name
        ("Ohio Gov. Tom Kessler won his home state on Tuesday. The Ohio governor beat back a strong challenge.",
         ("The Ohio governor", "Tom Kessler")),
        # a word of rank the holder's title has too
        ("Vice President Joe Kessler spoke in Ohio on Monday. The vice president praised the plan.",
         ("The vice president", "Joe Kessler")),
        # given in apposition, with the place after "of"
        ("Tom Kessler, the governor of Ohio, spoke on Monday. The Ohio governor left for Columbus on Tuesday.",
         ("The Ohio governor", "Tom Kessler")),
        # a clause set off by commas adds to the description and names no one else
        ("Ohio Gov. Tom Kessler toured the flooded town. The governor, who met families at a shelter, promised aid.",
         ("The governor", "Tom Kessler")),
    ],
)  # fmt: skip
def test_an_office_names_again_the_one_person_the_article_gave_it(body: str, pair: tuple[str, str]) -> None:
    assert pair in _described(body)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words"),
    [
        # two holders of the office: either may be meant
        ("Ohio Gov. Tom Kessler met Texas Gov. Bill Dray on Monday. The governor praised the plan.", "The governor"),
        # another place's office
        ("Ohio Gov. Tom Kessler spoke on Monday. The Texas governor disagreed on Tuesday.", "The Texas governor"),
        # a bare office, or one with a word of rank, may be another's
        ("Acme Foods president Tom Varga spoke on Monday. In Washington, the president signed an order.",
         "the president"),
        ("President Hal Dorsey toured the plant. Reporters followed the vice president.", "the vice president"),
        ("Defense lawyer Ruth Okafor spoke. The lawyer who represented the landlord declined to comment.",
         "The lawyer"),
        # another place's office, as the subject of a verb the description resolver reads
        ("Ohio Gov. Tom Kessler spoke on Monday. The Indiana governor did not attend the dinner.",
         "The Indiana governor"),
        # the other side's candidate
        ("Democratic candidate Ann Lindqvist spoke on Monday. The Republican candidate did not attend.",
         "The Republican candidate"),
        # the next holder
        ("Mayor Tom Bragg spoke on Monday. The new mayor will take office in January.", "The new mayor"),
        # a former holder is not the one in office
        ("Former Ohio Gov. Tom Kessler spoke on Monday. The Ohio governor disagreed on Tuesday.", "The Ohio governor"),
    ],
)  # fmt: skip
def test_an_office_the_article_gave_no_one_person_names_no_one(body: str, words: str) -> None:
    assert not any(text == words for text, _ in _described(body))


@pytest.mark.model
def test_a_british_office_in_capitals_is_its_holder_s_and_no_department() -> None:
    body = (
        "The Home Secretary, Fiona Marsh, said she would resign. The Chancellor, Rishi Patel, praised her. "
        "Later the Home Secretary said she was sorry."
    )
    described = _described(body)
    assert ("The Home Secretary", "Fiona Marsh") in described
    assert ("the Home Secretary", "Fiona Marsh") in described
    assert ("The Chancellor", "Rishi Patel") in described
    assert "Home" not in {m.text for m in _facts(body).mentions}  # the office's word, no department that acts
    assert "EU" in {m.text for m in _facts("EU ministers agreed on Monday to extend sanctions.").mentions}


@pytest.mark.model
def test_an_age_alone_names_the_one_person_named_before_it_and_no_one_beside_someone_unnamed() -> None:
    assert ("The 29-year-old", "Sienna Vale") in _described(
        "Actress Sienna Vale was arrested on Sunday. The 29-year-old was booked and released on bail."
    )
    assert ("The 37-year-old", "Tom Hill") in _described(
        "Police arrested Tom Hill on Friday. The 37-year-old was charged with theft."
    )
    assert not any(
        text == "The 29-year-old"
        for text, _ in _described("Police arrested a man after Tom Hill was stabbed. The 29-year-old was charged.")
    )


@pytest.mark.model
def test_a_description_qualified_by_things_names_the_person_again() -> None:
    # "of such hits" qualifies the star, whom the participant's longer phrase and the pronouns after it stand for
    found = _described(
        'Hollywood actress Esther Wynn has died. The star of such MGM hits as "Neptune\'s Girl" passed away in '
        "Beverly Hills on Thursday at the age of 91. Her publicist confirmed her death."
    )
    assert ("The star of such MGM hits", "Esther Wynn") in found
    found = _described("Tom Reed was shot on Monday. The mother of the victim said he was kind.")
    assert not any(text.startswith("The mother") for text, _ in found)


@pytest.mark.model
def test_a_person_of_a_people_named_again_by_that_people_is_the_person_named_before() -> None:
    found = _described('Tomas Lindqvist was angry after the match. "It was never a penalty," the Swede said.')
    assert ("Swede", "Tomas Lindqvist") in found


@pytest.mark.model
def test_of_and_a_thing_in_the_singular_makes_someone_else() -> None:
    found = _described("Coach Pep Lorca said his side deserved to win. The player of the match said he was delighted.")
    assert not any(text.startswith("The player") for text, _ in found)


@pytest.mark.model
def test_a_people_names_again_only_the_one_person_named_and_never_an_outlet() -> None:
    found = _described(
        "Sweden's Anna Berg won the marathon, beating Spain's Maria Lopez. Lopez led for 30km, but the Swede pulled "
        "clear late on. Polly Hart left the paper. The Guardian said it was sorry to see her go."
    )
    assert not any(text in {"Swede", "the Swede", "Guardian", "The Guardian"} for text, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "pair"),
    [
        # a lede that describes before it names: the name, given an age, opens the next sentence
        ("The actress has won her libel case against a tabloid.\n\nMarianne Coulthard, 47, told the court she was "
         "relieved.", ("The actress", "Marianne Coulthard")),
    ],
)  # fmt: skip
def test_a_lede_s_description_is_the_person_the_next_sentence_names(body: str, pair: tuple[str, str]) -> None:
    assert pair in _described(body)


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # a source named after the lede, with no age nor the lede's role, is someone else
        "A man was killed on Monday when his car hit a tree.\n\nPolice Chief Tom Hill said the road was icy.",
        # a lede that names someone may describe another
        "The actress sued Tom Hill on Monday.\n\nMarianne Coulthard, 47, told the court she was relieved.",
        # a sex the name does not have
        "The actress has won her case.\n\nJohn Coulthard, 47, told the court he was relieved.",
    ],
)
def test_a_lede_s_description_is_left_alone_where_the_next_name_may_be_another(body: str) -> None:
    assert not [d for d in _described(body) if d[0].lower().startswith(("the ", "a "))]
