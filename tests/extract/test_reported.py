"""Reported speech: what a cue says someone said without quotation marks, and who said it, on invented sentences."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article, ArticleFacts

pytestmark = pytest.mark.model


def _facts(body: str) -> ArticleFacts:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article)


def _reported(body: str) -> dict[str, str | None]:
    """Each reported statement's text and its speaker's text."""
    return {q.text: q.speaker.text if q.speaker else None for q in _facts(body).quotes if not q.direct}


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        # the clause after the cue when the cue also governs a clause before it
        (
            "The budget is tight this year, Mayor Ann Lee said on Monday, and she said the city would borrow more.",
            "the city would borrow more",
            "Ann Lee",
        ),
        # reported words that run into a quoted phrase keep the words before it
        (
            "Governor Tom Hill said his new tax plan had won him many votes and said his rival was “a danger to "
            "the state.”",
            "his new tax plan had won him many votes",
            "Tom Hill",
        ),
        # a "who" after a body or a place after a preposition stands for the people before it
        (
            "The deal is likely to soothe Liberals on Marrow Island, who have argued that the ferry toll hurts small "
            "traders.",
            "that the ferry toll hurts small traders",
            "Liberals",
        ),
        # the cue in the middle of its content, after the clause it reports
        (
            "The council held two long meetings, local officials said, the first in May and the second in June.",
            "The council held two long meetings",
            "officials",
        ),
        # an "as" aside reports the clause it stands beside
        (
            "As Mayor Ann Lee noted on Friday, the bridge has been closed for three years.",
            "the bridge has been closed for three years",
            "Ann Lee",
        ),
        # "according to" after a verb that is a speech verb only sometimes ("posted")
        (
            "Roughly half of the new staff are posted abroad, according to the Foreign Ministry.",
            "Roughly half of the new staff are posted abroad",
            "Foreign Ministry",
        ),
        # what a cue's preposition names is what was urged or objected to
        (
            "The dockers' union warned against a long strike at the port.",
            "a long strike at the port",
            "union",
        ),
        # a short answer, and a number as the speaker
        ("Six of the nine council members said yes on Tuesday.", "yes", "Six of the nine council members"),
        # what "called" says its object is
        (
            "Senator Bob Smith called the new budget a gift to the banks.",
            "the new budget a gift to the banks",
            "Bob Smith",
        ),
        # the "that" clause of a noun of saying, said by its owner
        (
            "Governor Tom Hill repeated his claim that the election had been stolen from him.",
            "the election had been stolen from him",
            "Tom Hill",
        ),
        # told someone to do something
        (
            "Health officials have told residents of the town not to drink the tap water.",
            "not to drink the tap water",
            "officials",
        ),
        # a pronoun that names a group by itself
        ("Some argue that the new tax will hurt small farms.", "the new tax will hurt small farms", "Some"),
        # "it" speaks for the organisation named before it
        (
            "The Ford Motor Company cut 500 jobs in Ohio on Monday.\n\nIt said the plant in Dayton would close in May.",
            "the plant in Dayton would close in May",
            "Ford Motor Company",
        ),
        # the words before a second clause that runs into a quote
        (
            "Mayor Ann Lee said she saw no reason to delay the vote, telling reporters that “the city is ready.”",
            "she saw no reason to delay the vote",
            "Ann Lee",
        ),
        # a cue joined to a relative clause is said by the noun the clause describes
        (
            "Ann Vale, who praised Tom Hale's bridge plan and said she would vote for it, left.",
            "she would vote for it",
            "Ann Vale",
        ),
        # a cue joined to a relative clause on the sentence's subject, with no comma, is the subject's
        (
            "Officials who reviewed the plan and warned that it would fail were ignored.",
            "it would fail",
            "Officials",
        ),
        (
            "Two nurses who worked at the clinic and told police that the doctor was drunk were fired.",
            "the doctor was drunk",
            "Two nurses",
        ),
        # "called upon" is an appeal as "called on" is
        ("Ann Vale also called upon the harbour board to cut the fares.", "to cut the fares", "Ann Vale"),
        # an estimate or an implication made by one who can speak
        ("Fire officials estimated that 300 homes had been lost.", "300 homes had been lost", "officials"),
        ("Ann Vale implied that the judge was biased.", "the judge was biased", "Ann Vale"),
        # what a study or its authors found
        ("The audit found that the harbour board had lost four million dollars.", "harbour board had lost", "audit"),
        # the words before a relative clause set off by a comma that holds a quote
        ("Tom Hale said he had not read the report, which he called “a waste.”", "he had not read the report", "Hale"),
        # a "that" clause after the cue's own phrase ("at a news conference that …")
        (
            "The governor said at a news conference on Monday that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "governor",
        ),
        # a "that" clause after the cue's own phrase that the parse reads as a relative clause
        (
            "Ann Vale wrote in the letter that Tom Hale had earned a fortune.",
            "Tom Hale had earned a fortune",
            "Ann Vale",
        ),
        # the "that" clause of a statement, said by whoever put it out
        (
            "The dockers' union sent out a statement that the strike would end on Friday.",
            "the strike would end on Friday",
            "union",
        ),
        # an appeal runs through its infinitive, and its speaker is the one before the cue
        (
            "On Tuesday, Senator Jane Cole called on the city council to cancel the new parking fees.",
            "to cancel the new parking fees",
            "Jane Cole",
        ),
        # a bare noun announced
        ("The senator announced his resignation on Monday.", "his resignation", "senator"),
        # a cue after the clause it reports, taken by the parser for an adverbial clause
        (
            "The city deficit will double this year, sooner than expected, the budget office reported on Tuesday -- "
            "a shift that alarmed the council.",
            "The city deficit will double this year",
            "budget office",
        ),
        # what "described" says its object is
        (
            "Senator Bob Smith described the new budget as a gift to the banks.",
            "the new budget as a gift to the banks",
            "Bob Smith",
        ),
        # the "that" clause of a threat
        (
            "Senator Bob Smith repeated his threat that he would block the new budget.",
            "he would block the new budget",
            "Bob Smith",
        ),
        # a clause run on after "told" with no comma, inside an adverbial clause
        (
            "The deal comes three days after Mayor Ann Lee told the Daily Courier she was not ready to sign it.",
            "she was not ready to sign it",
            "Ann Lee",
        ),
        # a share of a poll as the speaker
        (
            "About 4 in 10 say they want the next mayor to build more parks.",
            "they want the next mayor to build more parks",
            "4 in 10",
        ),
        # "they" after "according to" a group stands for that group, even where the parse took a noun before it
        # for a verb ("according to cook staffers")
        (
            "The harbour board fined the hotel for the smoke but did not close its kitchen.\n\nAs the head chef of the "
            "hotel, Tom Hale often threw pans at the walls, according to cook staffers. They said he sent back every "
            "third plate.",
            "he sent back every third plate",
            "staffers",
        ),
        # a subject that is the subject of "likely"
        (
            "Younger voters were more likely to say the economy was getting better.",
            "the economy was getting better",
            "Younger voters",
        ),
        # a question or a message put to someone by a speaker named after "by"
        ("Mayor Ann Lee was asked by reporters whether she would run.", "whether she would run", "reporters"),
        ("Tom Hill was told by his aides that the plan had failed.", "the plan had failed", "aides"),
        # a warning or advice to someone to act is what the speaker urged
        ("The county board warned residents to stay indoors on Friday night.", "to stay indoors", "county board"),
        ("The health office advised travellers to avoid the valley.", "to avoid the valley", "health office"),
        # what an object of saying names after its preposition
        ("A small group claimed responsibility for the bombing of the bridge.", "the bombing", "group"),
        ("Ann Lee told the story of how she fled the city as a child.", "how she fled the city", "Ann Lee"),
        ("The unions have pressed for a higher minimum wage.", "a higher minimum wage", "unions"),
        # what a question was about
        ("Reporters asked about the new budget on Monday.", "the new budget", "Reporters"),
        # a cue made of a verb and its particle
        (
            "Ann Marsh pointed out that the bridge had been closed twice this year.",
            "the bridge had been closed twice",
            "Ann Marsh",
        ),
        # cues of a manner of saying whose clause is what was said
        ("Tom Reed boasted that his team had raised more money than any rival.", "his team had raised", "Tom Reed"),
        ("Ann Marsh joked that the new bridge would outlast the council.", "the new bridge would outlast", "Ann Marsh"),
        # what an accusation, a charge or a blame holds the object to
        (
            "Senator Ann Marsh accused her rival of lying about the budget.",
            "her rival of lying about the budget",
            "Ann Marsh",
        ),
        (
            "Federal prosecutors charged two local developers with defrauding investors.",
            "two local developers with defrauding investors",
            "prosecutors",
        ),
        ("Ann Marsh blamed the water crisis on the state agency.", "the water crisis on the state agency", "Ann Marsh"),
        (
            "Mayor Tom Reed criticized the council for delaying the vote on the new bridge.",
            "the council for delaying the vote",
            "Tom Reed",
        ),
        # a call for others to act, which the parser reads as a clause opened by "for"
        (
            "Mayor Nora Vale also called for the three contractors to disclose their fees before May.",
            "the three contractors to disclose their fees",
            "Nora Vale",
        ),
        # what a noun of demanding or promising asks for, said by its owner
        ("Tom Reed renewed his call for an independent inquiry into the fire.", "an independent inquiry", "Tom Reed"),
        ("Ann Marsh's promise to cut taxes for small firms won her the seat.", "to cut taxes for small", "Ann Marsh"),
        # what was noted or acknowledged, as a noun phrase of its own
        (
            "Lena Fosk noted her long career as a ferry pilot on the lake.",
            "her long career as a ferry pilot",
            "Lena Fosk",
        ),
        ("The captain acknowledged their slow start in the league.", "their slow start", "captain"),
        ("Ann Marsh noted her long record on housing.", "her long record on housing", "Ann Marsh"),
        # a sign given by one who can speak, and a charge that names an offence or a wrong done
        ("Mayor Ann Marsh hinted that the toll would rise in May.", "that the toll would rise in May", "Ann Marsh"),
        ("Prosecutors charged the Pelbury clerk with two counts of theft.", "with two counts of theft", "Prosecutors"),
        ("Prosecutors charged the Pelbury clerk with lying to the court.", "with lying to the court", "Prosecutors"),
        # a name the parse hung on the noun of an opening phrase is the subject the verb lacks
        ("In an interview with Ann Lee, Tom Hill said the bridge would reopen.", "the bridge would reopen", "Tom Hill"),
        ("In a letter to Ann Lee, Tom Hill wrote that the bridge would reopen.", "the bridge would reopen", "Tom Hill"),
        ("In an interview with Ann Lee, the mayor said the bridge would reopen.", "the bridge would reopen", "mayor"),
        # whom a paper quotes "as saying" says it, not the paper
        ("The Gazette quoted the mayor as saying the bridge would reopen.", "the bridge would reopen", "mayor"),
        (
            "Tom Hill was quoted by the Gazette as saying the bridge would reopen.",
            "the bridge would reopen",
            "Tom Hill",
        ),
        ("Ann Lee recalled Tom Hill saying the mill would close.", "the mill would close", "Tom Hill"),
        # a text with a verb no text has, and a happening with any verb of saying but those a thing may have
        (
            "Club chairman Jay Orr said the contract was void and warned that the club would sue.",
            "club would sue",
            "Orr",
        ),
        (
            "Prince Harald said his visit was private and confirmed that he had met the king.",
            "he had met the king",
            "Harald",
        ),
        # an infinitive on a noun of an effort or a chance taken is done by whoever takes it
        ("Several firms are taking pains to say they are not backing any candidate.", "not backing", "firms"),
        # a document a relative clause says who wrote, sent or gave speaks for that author
        (
            "The levy will fall on second homes, according to a letter the union sent to its members last week.",
            "The levy will fall on second homes",
            "union",
        ),
        # quoted words in what someone is expected to say are the words of whoever expects it
        (
            "The union's leader says she expects the board to announce “a fair deal for every nurse” by Friday.",
            "expects the board to announce",
            "union's leader",
        ),
        ("The coach said she expected that fans will say “enough is enough” at the gate.", "she expected", "coach"),
        # those a speech is given to say what the participle after them says
        ("Ann Lee gave a speech to students demanding that she resign.", "that she resign", "students"),
    ],
)
def test_reported_speaker(body: str, content: str, speaker: str) -> None:
    found = _reported(body)
    said = next((text for text in found if content in text), None)
    assert said is not None, found
    assert speaker in (found[said] or ""), found


@pytest.mark.parametrize(
    ("body", "content", "wrong"),
    [
        # "the experts" are not the organisation named last
        (
            "The Red Cross sent water to the town on Friday.\n\nThe experts said the wells were unsafe to drink from.",
            "the wells were unsafe",
            "Red Cross",
        ),
        # the one asked is not the one who asks
        (
            "Asked whether the plan would work, the mayor said it was too early to tell.",
            "whether the plan would work",
            "mayor",
        ),
        ("The senator was asked whether she would run again next year.", "whether she would run again", "senator"),
        # an opening participle the tagger may read as a past tense: its subject is still the one asked
        ("Asked whether she would run again, Ann Lee said she had not decided.", "whether she would run", "Lee"),
        ("Asked if he had met the governor, Tom Hill laughed.", "if he had met the governor", "Hill"),
        # a relative clause on the cue's own phrase is not what was said
        ("The mayor said nothing at the meeting that followed the vote.", "followed the vote", "mayor"),
        # the one called on to act is not the one who appeals
        (
            "On Tuesday, Senator Jane Cole called on the city council to cancel the new parking fees.",
            "to cancel the new parking fees",
            "council",
        ),
        # a cue the parse joined to a reported clause whose subject is a happening is not the happening's
        ("Ann Lee said the meeting was short and predicted that rents would fall.", "that rents would fall", "meeting"),
        (
            "Tom Vane said his visit to the plant was private and warned that jobs were at risk.",
            "that jobs were at risk",
            "visit",
        ),
    ],
)
def test_reported_speaker_is_not(body: str, content: str, wrong: str) -> None:
    found = _reported(body)
    assert not any(content in text and wrong in (speaker or "") for text, speaker in found.items()), found


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        # a participle the parse hung on a reported clause whose subject is a thing is the reporter's, after a
        # preposition too
        ("Ann Lee said the budget had “failed every family” while arguing that taxes must fall.", "that taxes", "Lee"),
        (
            "Tom Hill said the storm had “wrecked the harbour” after telling reporters that the town would rebuild.",
            "that the town would rebuild",
            "Tom Hill",
        ),
        # ... but a person of any trade goes on speaking
        (
            "Tom Hill said the witness had lied under oath before telling the court that she was scared.",
            "that she was scared",
            "witness",
        ),
        ("Ann Lee said the pilot landed safely, telling the tower that the engine had failed.", "that the", "pilot"),
    ],
)
def test_a_participle_on_a_reported_clause_is_its_subjects_but_a_things(body: str, content: str, speaker: str) -> None:
    found = _reported(body)
    said = next((text for text in found if text.startswith(content)), None)
    assert said is not None, found
    assert speaker in (found[said] or ""), found


@pytest.mark.parametrize(
    "body",
    [
        "All four senators spoke on Monday, and none has said they would vote for the bill.",
        "Nobody claimed that the vote had been close.",
        "The fire claimed the lives of four people in the valley.",
        # "go on" says nothing by itself
        "The mayor went on as if the vote had never been taken.",
        # a charge to a card, a charge with no crime named
        "The shop charged the customers a fee for every bag.",
        # a maker recalls goods, not words
        "The carmaker recalled two thousand of its new trucks.",
        # a call that nobody is said to own asks nothing of anyone
        "The volunteers answered the call for help after the flood.",
        # signs of things that cannot speak
        "The warning lamps signalled that the pass was open.",
        "The early trials hint that the new vaccine works.",
        "The sharp rise in rents implies that the town has too few homes.",
        "The flood model estimated that the river would rise by a metre.",
        # a promise's "for" names a time or a cause, not what was promised
        "The bakery's pledge for 2031 was modest.",
        "His vow for the coming year was short.",
        # a charge with a tool is no accusation
        "Mounted guards charged the marchers with clubs.",
        # a bare thing noted or acknowledged is seen or greeted, not said
        "The clerk noted the date and went home.",
        "The judge acknowledged the crowd and sat down.",
        # a call on a day is no appeal
        "The mayor called on Monday and left a message.",
        # a thing that calls for something makes no appeal
        "The new budget calls for deep cuts to the ferry service.",
        "The proposal calls for deep cuts to the ferry service.",
        "The measure calls for deep cuts to the ferry service.",
        # a thing or a fact come upon is no finding of a study
        "The police found the stolen van in a ditch near the river.",
        "Ann Lee found that the back door of the shop was open.",
        "The woman found that her car had been towed.",
        "Police found that the door had been forced open.",
        "The team found that the pitch was too wet to play.",
        "The office found that the pitch was too wet to play.",
        # a relative clause after a phrase of a verb that says nothing
        "Tom Hale spoke at the meeting that the mayor called.",
        # a figure put on a thing, or one nobody is said to have worked out
        "The insurer estimated the damage at $5 million.",
        "It is estimated that 500 homes were flooded.",
        "The app calculates that a typical user burns 400 calories a day.",
    ],
)
def test_nobody_saying_is_no_statement(body: str) -> None:
    """A subject that says nobody spoke ("none has said") names no speaker, and what nobody said is no statement."""
    assert _reported(body) == {}


def test_a_question_put_to_someone_is_addressed_to_them() -> None:
    """The one asked is the addressee of the question, and the one named after "by" asked it."""
    facts = _facts("Mayor Ann Lee was asked by reporters whether she would run again.")
    question = next(q for q in facts.quotes if "whether she would run" in q.text)
    assert question.addressee is not None and "Lee" in question.addressee.text


def test_an_aside_after_a_conjunction_reports_only_its_clause() -> None:
    """ "And as X pointed out, …": the statement is the clause, without the conjunction and the aside."""
    found = _reported("The council met twice.\n\nAnd as Ann Marsh pointed out, the bridge has been closed for years.")
    assert found == {"the bridge has been closed for years": "Ann Marsh"}


@pytest.mark.parametrize(
    "body",
    [
        # a "that" clause of the cue's object noun is the noun's content, not what the subject found or said
        "The review found no evidence that the money was misused.",
        "The review found no sign that the money was misused.",
        "The review found little support for the claim that the money was misused.",
        "Researchers found no proof that the drug works.",
        # a cue joined to a restrictive relative clause: the noun the clause describes said nothing
        "The minister visited the school that burned down and promised that it would be rebuilt.",
        "The mayor visited families who had lost homes and pledged that the town would rebuild.",
        # "call upon" in the sense of drawing on
        "Tom Hale called upon the skills he learned in the army.",
    ],
)
def test_a_clause_nobody_states_is_no_statement(body: str) -> None:
    """No false claim: what a finder found no evidence of, and a clause whose speaker is not the noun before it."""
    found = _reported(body)
    assert not any(
        "misused" in text or "drug works" in text or "rebuil" in text or "skills" in text for text in found
    ), found


def test_a_clause_joined_on_with_its_own_speaker_is_their_statement() -> None:
    """ "X said A, and Y said B": B is Y's, not more of X's, wherever the parser hangs Y's "said"; "and that …", or
    "and Y told her …" with no comma, goes on with X's."""
    found = _reported(
        "Nearly half of the growers said the harvest was the worst in years, and most farmers in the valley said they "
        "wanted help.\n\nAnn Vale said police believed the man fled and that he told friends he was leaving.\n\n"
        "Mia Roth said her husband was abroad when the fire started and neighbours told her the house was gone."
    )
    assert found["the harvest was the worst in years"] == "Nearly half of the growers"
    assert found["they wanted help"] == "most farmers in the valley"
    assert found["police believed the man fled and that he told friends he was leaving"] == "Ann Vale"
    # with no comma before "and", the joined clause is as likely more of her account
    whole = "her husband was abroad when the fire started and neighbours told her the house was gone"
    assert found[whole] == "Mia Roth"


def test_a_shows_title_after_the_cue_is_no_statement() -> None:
    """ "said on NBC's “Meet the Press”": the title says nothing; a "that" clause after it is what was said."""
    found = _reported(
        "“The race is close,” Mia Roth said on NBC’s “Meet the Press.” “And the mayor is wrong about the plan.”\n\n"
        "Ann Vale said on NBC’s “Meet the Press” on Sunday that the polls were wrong."
    )
    assert not any("Meet the Press" in text for text in found), found
    assert found.get("that the polls were wrong") == "Ann Vale", found


def test_page_markup_run_into_a_name_is_no_part_of_the_speaker() -> None:
    """Text copied out of a web page with its markup ('…">Okafor said'): the speaker is Okafor."""
    found = _reported('The ad was judged Half True.">Okafor said that for farm workers, the gap is 12 percent.')
    assert found.get("that for farm workers, the gap is 12 percent") == "Okafor", found


def test_a_report_denied_is_not_the_deniers_claim() -> None:
    """ "denied reports that she would resign": the clause is not given as what she said."""
    assert "that she would resign" not in _reported("Ann Vale denied reports that she would resign.")


def test_a_cue_joined_to_a_relative_clause_set_off_by_commas_is_the_nouns() -> None:
    found = _reported("Ann Vale, who backed the harbour plan and said that it would pass, left early.")
    assert any("it would pass" in text and speaker and "Ann Vale" in speaker for text, speaker in found.items()), found


def test_a_relative_clause_inside_the_reported_clause_stays_in_it() -> None:
    """A quoted relative clause in the middle of what was said does not cut it to a noun phrase."""
    found = _reported(
        "Ann Vale told reporters that the mayor's new budget, which critics have called “reckless,” was sound."
    )
    assert any(text.endswith("was sound") and speaker == "Ann Vale" for text, speaker in found.items()), found
    assert "that the mayor's new budget" not in found


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        # studies and legal texts appeal, estimate and find
        ("The report calls for a ban on night flights.", "a ban on night flights", "report"),
        ("The bill calls for a ban on night flights.", "a ban on night flights", "bill"),
        ("The treaty calls for a ceasefire by June.", "a ceasefire by June", "treaty"),
        ("A study estimated that 3,000 people died.", "3,000 people died", "study"),
        ("The budget office estimated that the deficit would grow.", "the deficit would grow", "office"),
        # bodies and those who inquire find
        ("The committee found that the minister had misled parliament.", "had misled parliament", "committee"),
        ("Investigators found that the pilot had ignored the warning.", "ignored the warning", "Investigators"),
        ("Scientists found that the lake was warming.", "the lake was warming", "Scientists"),
        ("A panel found that the judge had erred.", "the judge had erred", "panel"),
        ("The jury found that the landlord had lied.", "the landlord had lied", "jury"),
        ("Researchers found that the lake was warming.", "the lake was warming", "Researchers"),
        ("The budget office found that the deficit would grow.", "the deficit would grow", "office"),
        # "call on" an appeal still after a time
        ("She called on the eve of the vote for a recount.", "a recount", "She"),
        # a figure worked out is stated by whoever worked it out
        ("Bank analysts estimate that sales will fall by a tenth next year.", "sales will fall", "analysts"),
        ("The county calculates that 900 homes will lose power.", "900 homes will lose power", "county"),
    ],
)
def test_studies_and_bodies_state(body: str, content: str, speaker: str) -> None:
    found = _reported(body)
    said = next((text for text in found if content in text), None)
    assert said is not None, found
    assert speaker in (found[said] or ""), found


def test_a_text_that_states_keeps_what_a_verb_joined_to_its_clause_says() -> None:
    found = _reported(
        "Attorney Dana Whitcomb said the lawsuit was filed on Friday and alleges that the utility ignored warnings."
    )
    assert "lawsuit" in (found.get("that the utility ignored warnings") or ""), found


def test_the_one_a_verb_of_causing_moves_to_speak_says_the_reported_words() -> None:
    found = _reported("The leak of the memos prompted the party chair to announce that she would step down in May.")
    said = next((text for text in found if "step down" in text), None)
    assert said is not None and found[said] == "the party chair", found


@pytest.mark.parametrize(
    "body",
    [
        "As a part of his plea, Dorin Vasile Marcu, 44, said that he robbed nearly 100 families from his home.",
        "As a part of her plea, Mara Quill Osei, 52, said that she had robbed the plant's payroll office.",
    ],
)
def test_a_name_the_parser_hung_on_an_opening_phrase_is_the_subject_of_the_cue(body: str) -> None:
    found = _reported(body)
    said = next((text for text in found if "robbed" in text), None)
    assert said is not None and found[said] in {"Dorin Vasile Marcu", "Mara Quill Osei"}, found


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Opposition leader Ruth Calder said the new system was “chaotic” and had lost the trust of farmers.",
            "the new system was “chaotic” and had lost the trust of farmers",
        ),
        ("Mr Penfold said the vote showed that members were “tired of being ignored”.",
         "the vote showed that members were “tired of being ignored”"),
        ("The coach said his players had been “magnificent”.", "his players had been “magnificent”"),
        # single marks, the closing one kept
        ("Mr Reed said the government had ‘given up’ on the north and was ‘only interested in the south’.",
         "the government had ‘given up’ on the north and was ‘only interested in the south’"),
    ],
)  # fmt: skip
def test_quoted_words_set_in_a_reported_clause_are_one_statement_with_it(body: str, content: str) -> None:
    """Words quoted inside the clause a speaker is said to have said are theirs, and the clause is what they said:
    one reported statement that holds the quoted words, not a direct quote of the words alone."""
    quotes = _facts(body).quotes
    assert [(q.text, q.direct) for q in quotes] == [(content, False)]


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Ruth Calder said: “The system is chaotic.”", "The system is chaotic."),
        ("Ruth Calder said that “nothing has changed”.", "nothing has changed"),
        ("The minister described the plan as “reckless”.", "reckless"),
        ("Ruth Calder said the plan was “a disaster. It will cost jobs.”", "a disaster. It will cost jobs."),
        # a quoted clause of the report's own with no subject of its own outside the marks
        ("A party spokesman said by-elections were “always difficult” and that the party would listen.",
         "always difficult"),
    ],
)  # fmt: skip
def test_a_quote_that_is_all_that_was_said_stays_direct(body: str, quote: str) -> None:
    """The quote is the whole of what the cue says, or runs past the clause, or has no clause of its own around it:
    a direct quote."""
    assert [q.text for q in _facts(body).quotes if q.direct] == [quote]


def test_another_speakers_words_inside_a_reported_clause_stay_their_own_quote() -> None:
    """A second cue inside the clause quotes someone else: both quotes stay direct, each with its own speaker."""
    quotes = _facts(
        "Ms Hale said the library was “the heart of the town”, a view the council leader said was “sentimental "
        "nonsense”."
    ).quotes
    said = {(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.direct}
    assert said == {("the heart of the town", "Ms Hale"), ("sentimental nonsense", "the council leader")}


def test_an_office_in_capitals_set_off_by_a_name_is_that_name() -> None:
    quotes = _facts(
        "Business Secretary Ann Lomax said a task force would be set up.\n\nThe local Labour MP, Bob Keane, said "
        "he had been given no notice of the closure."
    ).quotes
    assert [q.speaker.text for q in quotes if q.speaker and "notice" in q.text] == ["Bob Keane"]


@pytest.mark.parametrize(
    "body",
    [
        "Former England captain Mike Garside, writing in the Daily Courier, said the team lacked spirit.",
        "Former England captain Mike Garside, writing in the Daily Courier, said: “The team lacked spirit.”",
    ],
)
def test_a_subject_the_parse_hung_on_a_participle_set_off_by_commas_speaks(body: str) -> None:
    """The parser makes the name the subject of "writing" and leaves "said" with none: the name still says it, not
    the paper inside the participle's phrase."""
    assert [q.speaker.text if q.speaker else None for q in _facts(body).quotes] == ["Mike Garside"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_closing_mark_the_parser_gives_to_the_next_paragraph_still_closes_the_statement(gap: str) -> None:
    # a paragraph ending in a quoted phrase before a paragraph that opens with a quotation mark: the parser may start
    # the next sentence at the closing mark
    body = (
        '"We will keep the ferry," the mayor said. But, Tom Hill added, the ferry would not run "at a loss."'
        f'{gap}"We have to be careful," he said.'
    )
    reported = _reported(body)
    assert [(text, speaker) for text, speaker in reported.items() if "would not run" in text] == [
        ('But, Tom Hill added, the ferry would not run "at a loss."', "Tom Hill")
    ]


def test_a_clause_before_a_participle_of_saying_that_gives_a_quote_is_still_reported() -> None:
    # the parse may hang the quote on the reported clause rather than on the participle that gives it
    body = (
        'Tom Hill said the town\'s plight reminds him of the 1962 novel titled "The Long Winter," explaining, '
        '"because what could have been was lost, and we all mourn it."'
    )
    assert _reported(body) == {
        'the town\'s plight reminds him of the 1962 novel titled "The Long Winter,"': "Tom Hill",
    }
