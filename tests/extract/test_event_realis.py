"""Clauses that tell of no happening stay off the timeline: a question asked, not told, and an infinitive joined to
a planned one are incidental events (data, never shown). Invented sentences run through the real
pipeline; each table holds the cases that must drop and the cases that must stay."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import Article, EventMention

pytestmark = pytest.mark.model


def events_of(text: str) -> list[EventMention]:
    from graph.extract import extract
    from graph.nlp.loader import load_pipeline

    article = Article("a", text, published=dt.date(2023, 4, 3))
    return extract(load_pipeline()(article.analysable_text()), article).events


def happened(text: str, lemma: str) -> bool:
    """Whether the text tells ``lemma``'s event as a happening: a salient event, shown on the timeline."""
    return any(e.lemma == lemma and e.salient for e in events_of(text))


ASKED = [
    ("Did the mayor resign?", "resign", False),
    ("Has the Tarvo council voted?", "vote", False),
    ("Did the army shell the village? Nobody can say.", "shell", False),
    ("Did the mayor resign? He did not.", "resign", False),
    ("Did rebels launch an attack on the Orvik garrison?", "attack", False),
    # the answer says yes; a wh-word takes the happening as given; a statement is told
    ("Did the mayor resign? He did, on Friday.", "resign", True),
    ("Why did the mayor resign on Friday?", "resign", True),
    ("Did the mayor resign? Yes.", "resign", True),
    ("Did Mayor Colm Hartley resign? He was in Lisbon at the time.", "resign", False),
    ("In which year did the rebels attack the town?", "attack", True),
    ("How many people did the gunmen kill in Tarvo on Sunday?", "kill", True),
    # a question on how or why it happened takes the happening as given
    ("Did police shoot Kell Dunn in self-defence?", "shoot", True),
    ("Did the mayor resign over the audit?", "resign", True),
    ("The Tarvo council voted on Tuesday.", "vote", True),
    ("Not only did the army shell the village, it also burned the market.", "shell", True),
]
"""A question asked, not told, against the answers and statements that tell it."""

FROM_GERUNDS = [
    ("Nothing could stop the crowd from storming the palace.", "storm", True),
    ("No one stopped the gunman from leaving.", "leave", True),
    ("Police did nothing to stop the gunman from fleeing.", "flee", True),
    ("Officers were unable to stop the gunman from fleeing.", "flee", True),
    ("Kell Dunn kept the profits from selling the farm.", "sell", True),
]
"""A gerund after "from" that the sentence tells as happened: a prevention that failed, a gain from a sale."""

PREVENTED = [
    ("The court barred Orvik Mills from selling the drug.", "sell", False),
    ("Guards prevented the crowd from storming the palace.", "storm", False),
    ("Most voters want a ban on tourists entering the country.", "enter", False),
    ("Most voters support banning imports.", "ban", False),
    ("The talks failed to dissuade the rebels from attacking the town.", "attack", True),
    ("Police were too late to stop the gunman from escaping.", "escape", True),
    # a happening the prevented or supported course is told against stays one
    ("The minister refrained from commenting on the arrest of Tomas Vell.", "arrest", True),
    ("The government banned the group from holding rallies after the riots in Dunmore.", "riot", True),
    ("She advocated closing the coal plant in Wexbury after the explosion there.", "explosion", True),
]
"""What a sentence tells as kept from happening, or only as a course someone is for, against a prevention that
failed."""

HABITS = [
    ("Rebels often attacked the convoy.", "attack", False),
    ("The Tarvo council usually votes on the budget in May.", "vote", False),
    ("Rebels repeatedly attacked the convoy on Monday.", "attack", True),
    ("Rebels have usually withdrawn from the Orvik garrison.", "withdraw", False),
    ("Rebels have generally withdrawn from the Orvik garrison.", "withdraw", True),
]
"""A verb an adverb tells as a habit, against one told as happening several times."""

PLANNED = [
    ("The rebels plan to cross the Varn river and attack the town.", "attack", False),
    ("The warlord urged his nephews to bribe, rob or kill any rival.", "kill", False),
    # an infinitive that happened shares its reading; finite verbs are told
    ("The prisoner managed to climb the wall and escape.", "escape", True),
    ("Police were quick to arrest Kell Dunn and seize his car.", "seize", True),
    ("Rebels crossed the Varn river and attacked the town.", "attack", True),
]
"""An infinitive joined to a planned one, against one joined to an infinitive that happened."""

HEDGED = [
    ("It is not clear that the Tarvo mayor's contract ended.", "end", False),
    ("It remains to be seen whether the dockers' strike will end.", "end", False),
    ("It is likely that the Tarvo council voted on the budget.", "vote", False),
    ("It is unlikely that rebels attacked the Orvik garrison.", "attack", False),
    ("There is no evidence that the rebels attacked the town.", "attack", False),
    ("Police said it was not clear whether Kell Dunn was armed.", "arm", False),
    # a clear fact is told; the hedge covers only its own clause
    ("It is clear that the army attacked the town.", "attack", True),
    ("Police said it was not clear whether the man was armed when officers shot him.", "shoot", True),
    ("There is evidence that the rebels attacked the town.", "attack", True),
    ("It is unclear how rebels crossed the Varn river.", "cross", True),
    ("It is possible that the warehouse burned because of a faulty heater.", "burn", True),
    ("It is unclear whether the gunman acted alone and police arrested his brother on Tuesday.", "arrest", True),
]
"""A clause under a hedge ("it is unclear whether", "it is likely that", "there is no evidence that") is not told."""


MEANS = [
    ("Kell Dunn left the restaurant without paying the bill.", "pay", False),
    ("Ann Lee walked to the hearing instead of driving there.", "drive", False),
    ("The rebels plan to win by attacking the Orvik garrison.", "attack", False),
    # the means of what happened happened
    ("The rebels took the town by attacking the Orvik garrison at night.", "attack", True),
    ("Kell Dunn left the restaurant after paying the bill.", "pay", True),
    ("The gunman did not leave the bank without shooting two guards.", "shoot", True),
]
"""A gerund after "without" or "instead of", or the means of a clause that did not happen, against the means of one
that did."""


PROPOSED = [
    ("The council rejected the idea that the Varn bridge collapsed because of the cuts.", "collapse", False),
    ("There are fears that rebels attacked the Orvik garrison.", "attack", False),
    ("Activity in the port appears to have collapsed in May.", "collapse", False),
    ("Had the Tarvo council voted for the plan, the mayor would have resigned.", "vote", False),
    ("Should the talks collapse, the union will strike.", "collapse", False),
    # a fact is told, and so is a claim borne out, a claim made by a verb, and a reported inversion
    ("The fact that rebels attacked the Orvik garrison angered the mayor.", "attack", True),
    ("The inquest confirmed fears that the boy had drowned in the Varn reservoir.", "drown", True),
    ("The army claimed that its jets destroyed a rebel depot near Hasra on Tuesday.", "destroy", True),
    ("Officials said only then had the army withdrawn from the town.", "withdraw", True),
    ("Rebels attacked the Orvik garrison, which appeared in court records.", "attack", True),
]
"""Someone's idea, fear or claim that something happened, what only seems to have happened, and a condition set by
an inverted auxiliary ("Had the council voted, …"), against a fact the text tells."""

SAYING = [
    ("Governor Ann Lee remarked upon the audit at length.", "remark", False),
    ("Tom Hill insisted on a recount in the Tarvo race.", "insist", False),
    # acts told in words are happenings, and so is a verb of saying with a noun for object
    ("Tom Hill testified before the Senate committee on Monday.", "testify", True),
    ("Monitors observed the election in Tarsk on Sunday.", "observe", True),
    ("The county recounted the ballots on Friday.", "recount", True),
    ("The Varn land case was argued before the appeals court in December.", "argue", True),
    ("Police questioned Kell Dunn on Monday.", "question", True),
]
"""A verb that tells only that something was said, against acts told in words."""

CALLED_OFF = [
    ("The network cancelled the interview with Tom Hill on Tuesday.", "interview", False),
    ("The council vote on the Varn bridge was postponed.", "vote", False),
    ("Senator Ann Lee avoided criticizing the Tarvo police.", "criticize", False),
    ("Tom Hill declined to attend the hearing in Dunmore.", "attend", False),
    # what was done before it was stopped, and what went ahead, happened
    ("The interview with Tom Hill aired on Tuesday.", "interview", True),
]
"""An event called off, put off or avoided, against one that went ahead."""


@pytest.mark.parametrize(
    ("text", "lemma", "told"),
    ASKED + FROM_GERUNDS + PREVENTED + HABITS + PLANNED + HEDGED + MEANS + PROPOSED + SAYING + CALLED_OFF,
)
def test_only_a_clause_told_as_happening_is_on_the_timeline(text: str, lemma: str, told: bool) -> None:
    assert happened(text, lemma) is told


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("It is not clear that the Tarvo mayor's contract ended.", "end"),
    ],
)
def test_a_hedged_clause_stays_as_data(text: str, lemma: str) -> None:
    assert [e.salient for e in events_of(text) if e.lemma == lemma] == [False]
