"""What an event's reading takes from the clause around it: who did a passive clause's gerund, which place a name
before an event noun gives, what a label says when the parser errs. Invented sentences run through the real
pipeline."""

from __future__ import annotations

import pytest

from graph.model import EventMention, EventType
from tests.extract.test_event_realis import events_of, happened

pytestmark = pytest.mark.model


def event(text: str, lemma: str) -> EventMention:
    return next(e for e in events_of(text) if e.lemma == lemma)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Ruth Abernathy, who belonged to the Harwick bowls club, spoke at the inquest.", "belong"),
        ("Tomas Vane owned three bakeries in Dunmore until 2019.", "own"),
        ("The dispute involved two neighbours and a fence.", "involve"),
    ],
)
def test_a_verb_of_a_relation_is_no_happening_to_show(text: str, lemma: str) -> None:
    assert [e.salient for e in events_of(text) if e.lemma == lemma] == [False]


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        ("Ann Lee was elected to the council in 2019, defeating Tom Hill.", "defeat", "Ann Lee"),
        ("Kell Dunn was arrested on Friday after attacking a guard.", "attack", "Kell Dunn"),
        ("Kell Dunn was fined on Friday for dumping waste in the Varn river.", "dump", "Kell Dunn"),
        # an active clause's subject, as before
        ("Ann Lee won the seat in 2019, defeating Tom Hill.", "defeat", "Ann Lee"),
    ],
)
def test_a_gerund_hung_on_a_passive_clause_was_done_by_its_subject(text: str, lemma: str, agent: str) -> None:
    assert [m.text for m in event(text, lemma).agents] == [agent]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # a charge, not a deed
        ("Karl Voss was acquitted of murdering his neighbour.", "murder"),
        # the clause's own doer, or what came of it
        ("Ivan Petrov was replaced by Olga Sunn on Monday, ending months of speculation.", "end"),
    ],
)
def test_the_subject_of_a_passive_clause_did_not_do_what_it_is_charged_with_or_what_came_of_it(
    text: str, lemma: str
) -> None:
    assert all(
        m.text not in {"Karl Voss", "Ivan Petrov"} for e in events_of(text) if e.lemma == lemma for m in e.agents
    )


def test_a_place_named_before_an_event_noun_is_where_it_happened() -> None:
    shooting = event("In Tulsa, news of the Orlando shooting came hours later.", "shooting")
    assert ([m.text for m in shooting.places], list(shooting.agents)) == (["Orlando"], [])


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        ("U.S. airstrikes hit the town on Monday.", "airstrike", "U.S."),
        # a capital before an act of its government
        ("Activists condemned the Beijing crackdown on Monday.", "crackdown", "Beijing"),
    ],
)
def test_a_state_before_an_act_of_its_own_did_it(text: str, lemma: str, agent: str) -> None:
    assert [m.text for m in event(text, lemma).agents] == [agent]


@pytest.mark.parametrize(
    ("text", "lemma", "label"),
    [
        ("Mayor Tom Hill has already foreshadowed the kind of cuts to come.", "foreshadow",
         "Tom Hill foreshadowed kind of cuts"),
        # the parser takes a superlative for an object
        ("Tom Hill reflected on what he said frightens him the most about what he saw.", "reflect",
         "Tom Hill reflected"),
        ("The voters chose the youngest of the three candidates.", "choose", "voters chose youngest"),
        ("Fire destroyed most of the village on Sunday.", "destroy", "Fire destroyed most of village"),
    ],
)  # fmt: skip
def test_a_label_keeps_what_a_kind_is_of_and_drops_a_misread_object(text: str, lemma: str, label: str) -> None:
    assert event(text, lemma).label == label


def test_a_time_before_a_participle_clause_dates_the_clause_it_hangs_on() -> None:
    text = "Ann Lee was elected to the council, after a decade in local politics, in 2006 — defeating Tom Hill."
    assert [(e.lemma, e.time and e.time.value) for e in events_of(text)] == [("elect", "2006"), ("defeat", "2006")]


@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        ("At Thursday night’s council debate, Mayor Ann Lee announced a new budget.", "announce", "2023-03-30TNI"),
        ("Tom Hill resigned during Monday’s board meeting.", "resign", "2023-04-03"),
        # a dated noun that is no occasion dates only itself
        ("Tom Hill resigned before Friday’s board meeting.", "resign", None),
        # the clause's own time first; and what a jibe is aimed at is no occasion
        ("Mayor Ann Lee laughed at last week’s ruling in an interview on Sunday.", "laugh", "2023-04-02"),
        ("Shares of Varn Mills closed at their 2009 low.", "close", None),
        ("Ann Lee recalled the 2001 floods.", "recall", None),
        # nor a clause in another tense, where the parser may have hung the occasion on the wrong verb
        ("Kell Dunn is selling the rifle he carried, during a 2012 standoff in Dunmore.", "sell", None),
    ],
)
def test_what_happens_at_a_dated_occasion_happens_then(text: str, lemma: str, value: str | None) -> None:
    time = event(text, lemma).time
    assert (time and time.value) == value


@pytest.mark.parametrize(
    ("text", "lemma", "happening"),
    [
        # a plural with nothing to tell one from another is a kind of happening
        ("The ad attacks a system in which lobbyists buy elections.", "election", False),
        ("The mayor opposed limits on punitive damages.", "damage", False),
        ("Protests erupted across the capital.", "protest", True),
        ("Residents reported explosions near the port.", "explosion", True),
        ("The army stepped up attacks in the north.", "attack", True),
        ("Sunday's protests drew thousands.", "protest", True),
        ("The police carried out three raids.", "raid", True),
        # a verb in the simple present with no time tells what happens
        ("The ad attacks a system in which lobbyists buy elections.", "buy", False),
        ("Rebels attack the convoy on Monday.", "attack", True),
        ("The rebels are attacking the convoy.", "attack", True),
        ("Police arrest man who stabs tourist in Velmont.", "stab", True),
        # a lede or a caption in the present is news, and so are the clauses under it but a relative one
        ("Rebels seize the northern town of Varn.", "seize", True),
        ("Rebels seize the town of Varn as government troops retreat.", "retreat", True),
        ("The regime responded to protests with mass arrests.", "arrest", True),
        # a post someone holds is no happening
        ("Tom Hill, who served as the mayor's chief of staff, resigned on Friday.", "serve", False),
        ("Ann Lee worked for the Varn Gazette at the time.", "work", False),
        ("The chef served dinner to 200 guests on Friday.", "serve", True),
    ],
)
def test_a_kind_of_happening_is_not_shown_as_one(text: str, lemma: str, happening: bool) -> None:
    assert happened(text, lemma) is happening


def test_a_datelines_place_is_no_subject_of_the_first_sentence() -> None:
    invested = event("WASHINGTON (AP) — Ann Lee has invested in three bakeries.", "invest")
    assert [m.text for m in invested.agents] == ["Ann Lee"]


def test_subjects_joined_by_and_across_an_aside_are_all_doers() -> None:
    resigned = event("Prime Minister Ali Rahm, who took office in May, and his cabinet resigned on Friday.", "resign")
    assert "Ali Rahm" in [m.text for m in resigned.agents]


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("Tomas Vane died at the scene on Friday.", "Tomas Vane"),
        ("Ruth Abernathy, a nurse from Dunmore, died in hospital.", "Ruth Abernathy"),
        ("Mayor Colm Hartley perished in the fire.", "Colm Hartley"),
    ],
)
def test_one_who_died_is_whom_it_happened_to_not_a_doer(text: str, patient: str) -> None:
    lemma = "die" if "died" in text else "perish"
    found = event(text, lemma)
    assert (found.agents, [m.text for m in found.patients]) == ((), [patient])


def test_one_who_killed_stays_the_doer() -> None:
    found = event("Kell Dunn killed Tomas Vane in Dunmore.", "kill")
    assert ([m.text for m in found.agents], [m.text for m in found.patients]) == (["Kell Dunn"], ["Tomas Vane"])


def test_a_hyphened_verb_is_one_event_under_its_whole_word() -> None:
    found = events_of("Ruth Abernathy, who co-founded the Harwick Growers Union, spoke on Monday.")
    assert [e.label.endswith("co-founded Harwick Growers Union") for e in found if "found" in e.lemma] == [True]
    assert not any(e.lemma == "co" or e.label.endswith(" co") for e in found)


@pytest.mark.parametrize(
    ("text", "lemma", "shown"),
    [
        ("It seems that support for the Varn plan has only grown.", "grow", False),
        ("It appears that the army shelled the village on Friday.", "shell", False),
        # a clause told by the writer, or a seeming that is the event itself
        ("Support for the Varn plan has grown since May, the poll found.", "grow", True),
        ("The army shelled the village on Friday.", "shell", True),
    ],
)
def test_what_only_seems_to_have_happened_is_not_shown(text: str, lemma: str, shown: bool) -> None:
    assert happened(text, lemma) is shown


@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        # the start a "since" gives is not when it happened
        ("Since December, Tom Hill has gained support in Dunmore.", "gain", None),
        # a time inside the phrase a clause is timed against is that phrase's
        ("The Varn council halted the works after the floods in the valley on April 26.", "halt", None),
        ("The Varn council halted the works after the floods in the valley on April 26.", "flood", "2023-04-26"),
        (
            "He boasts about them on the trail: the Varn war, the bank bailout and the Dunmore Act after the Sept. 11, "
            "2001, terrorist attacks.",
            "war",
            None,
        ),
        ("The talks before the 2019 election collapsed.", "talk", None),
        # a time in a clause on the noun, or of the noun's own phrase, is its own
        ("Ann Lee's letter, emailed to members on Thursday, asked for calm.", "letter", "2023-03-30"),
        ("Tom Hill, whose death in Dunmore after a fall in 2014 shocked the town, was 80.", "death", "2014"),
        # a year the parser hung on a noun of no happening is still the phrase's own
        ("Critics hammered the senator for his vote in 2005 shielding gunmakers from lawsuits.", "vote", "2005"),
        # the clause's own time
        ("The Varn council halted the works on April 26 after the floods.", "halt", "2023-04-26"),
        ("The vote on Friday after the debate passed.", "vote", "2023-03-31"),
    ],
)
def test_a_time_the_clause_is_timed_against_is_not_its_own(text: str, lemma: str, value: str | None) -> None:
    found = event(text, lemma)
    assert (found.time.value if found.time is not None else None) == value


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        # "who" names a person, never the place the parser hung it on
        (
            '"We need change," said Robert Stone, a retiree from Hilton Head, South Carolina, who voted early.',
            "vote",
            "Robert Stone",
        ),
        # the noun the clause hangs on, as before
        ("Tom Hill met voters in Dunmore who backed the plan.", "back", "voters in Dunmore"),
    ],
)
def test_who_stands_for_a_person_not_a_place(text: str, lemma: str, agent: str) -> None:
    assert [m.text for m in event(text, lemma).agents] == [agent]


def test_a_place_won_is_where_the_contest_was_not_a_participant() -> None:
    found = event("Ann Lee won Dunmore County on Tuesday, and Tom Hill won the seat.", "win")
    assert ([m.text for m in found.patients], [m.text for m in found.places]) == ([], ["Dunmore County"])
    beaten = event("Ann Lee beat Tom Hill in Dunmore County on Tuesday.", "beat")
    assert [m.text for m in beaten.patients] == ["Tom Hill"]


@pytest.mark.parametrize(
    "text",
    ["Samantha Lachman contributed reporting from Charleston.", "Ann Lee contributed to this report."],
)
def test_a_credit_line_is_no_happening(text: str) -> None:
    assert not any(e.lemma == "contribute" for e in events_of(text))


def test_a_gift_contributed_is_a_happening() -> None:
    assert happened("Ann Lee contributed $5,000 to the Varn campaign in May.", "contribute")


def test_back_after_its_verb_stays_in_the_label() -> None:
    text = "The Varn campaign pushed back against the attack on Monday."
    assert "pushed back against" in event(text, "push back").label


@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        # a noun set off after the clause comments on it: its time is its own
        ("Ann Lee won the Varn primary — a wild turnaround from eight years ago, when she lost.", "win", None),
        # a time of the clause itself, as before
        ("Troops left the city on Monday, three days before the vote.", "leave", "2023-04-03"),
    ],
)
def test_a_time_in_a_comment_set_off_after_a_clause_is_not_its_own(text: str, lemma: str, value: str | None) -> None:
    found = event(text, lemma)
    assert (found.time.value if found.time is not None else None) == value


def test_a_verb_and_its_particle_are_another_event_than_the_verb_alone() -> None:
    # "blasted out releases" is no "blasted the mayor": two events the merge keeps apart by their lemma
    text = "Harry Lamb blasted the mayor on Monday. The mayor's office blasted out a barrage of releases on Monday."
    assert {e.lemma for e in events_of(text)} >= {"blast", "blast out"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz also pointed out that the council had cut the budget twice.",
        "Ruiz shot back that the council had cut the budget twice.",
    ],
)
def test_a_verb_of_saying_made_with_a_particle_is_no_happening_when_it_tells_what_was_said(text: str) -> None:
    assert not any(e.salient and e.lemma.split()[0] in {"point", "shoot"} for e in events_of(text))


def test_officers_who_shot_back_still_shot() -> None:
    assert happened("Gunmen fired on the patrol, and the officers shot back.", "shoot back")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Peter Quill endorsed Ruiz on Tuesday.", "endorse"),
        ("Mike Dunn suspended his campaign on Monday night.", "suspend"),
        ("Ruiz clinched the nomination in June.", "clinch"),
        ("Tom Ruiz won Georgia on Tuesday.", "win"),
        ("Tom Ruiz won the Senate seat in 2010.", "win"),
        ("Lena Varga picked up 66 delegates on Tuesday.", "pick up"),
        ("Tom Ruiz won the election on Tuesday.", "win"),
        ("Lena Varga won 44 of 50 delegates on Tuesday.", "win"),
        ("Six Ruiz supporters ran for delegate slots on Saturday.", "run"),
        ("Tom Ruiz won a congressional district in Kellford on Tuesday.", "win"),
        ("Mike Dunn dropped out of the race in November.", "drop out"),
        ("Tom Ruiz entered the race in May.", "enter"),
        ("Ann Lee ran for office in 2010.", "run"),
        ("Richard Dale, who ran for president in 1968, spoke on Monday.", "run"),
        ("Tom Ruiz ran for the Senate in 2008.", "run"),
    ],
)
def test_an_endorsement_and_an_act_in_a_contest_for_office_are_politics(text: str, lemma: str) -> None:
    assert event(text, lemma).type is EventType.POLITICAL


def test_a_campaign_a_noun_tells_the_sort_of_is_no_politics() -> None:
    assert event("The brewer ended its ad campaign on Monday.", "end").type is EventType.OTHER
    assert event("The Hawks won the game on Tuesday.", "win").type is EventType.OTHER


def test_running_and_entering_elsewhere_are_no_politics() -> None:
    assert event("Gina Holt ran for the exit on Friday.", "run").type is EventType.OTHER
    assert event("The Holt family ran from the house on Friday.", "run").type is EventType.OTHER
    assert event("The troops entered the town on Friday.", "enter").type is EventType.MOVEMENT


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Tom Ruiz praised Lena Varga on Friday.", "praise"),
        ("Ruiz thanked the volunteers in Kellford on Tuesday.", "thank"),
        ("Ann Lee accused Tom Hill of lying on Monday.", "accuse"),
        ("Tom Ruiz spoke to voters in Kellford on Monday.", "speak"),
        ("Gina Holt addressed the crowd in Kellford on Tuesday.", "address"),
        ("Harry Dunn blasted Lena Varga on Thursday.", "blast"),
        ("The mayor's office released a statement on Friday.", "release"),
    ],
)
def test_acts_done_in_words_are_speech(text: str, lemma: str) -> None:
    assert event(text, lemma).type is EventType.SPEECH


def test_addressing_a_matter_and_slamming_into_a_wall_are_no_speech() -> None:
    assert event("Gina Holt addressed the problem on Monday.", "address").type is EventType.OTHER
    assert event("The van slammed into a wall on Monday.", "slam").type is EventType.OTHER
    assert event("Police blasted the protesters with water cannon on Monday.", "blast").type is not EventType.SPEECH


def test_a_sum_of_money_given_or_raised_is_trade_and_an_act_on_an_inquiry_is_law() -> None:
    assert event("Rob Mercer donated $2 million to the group last year.", "donate").type is EventType.ECONOMIC
    assert event("The Varga campaign raised $4 million in May.", "raise").type is EventType.ECONOMIC
    assert event("The county ordered an investigation on Friday.", "order").type is EventType.LEGAL
    assert event("Ann Lee opposed the war in 2003.", "oppose").type is EventType.OTHER


def test_a_dropout_is_labelled_with_its_particle_and_what_was_left() -> None:
    assert event("Mike Dunn dropped out of the race in November.", "drop out").label == "Mike Dunn dropped out of race"


def test_the_owner_of_a_thing_done_to_is_a_participant_but_not_the_owner_of_a_person() -> None:
    questioned = event("Chris Dale questioned Tom Ruiz's depth at the debate on Saturday.", "question")
    assert [p.text for p in questioned.patients] == ["Tom Ruiz"]
    praised = event("Ann Lee praised Tom Ruiz's father on Monday.", "praise")
    assert "Tom Ruiz" not in [p.text for p in praised.patients]


def test_an_election_a_clause_happened_in_dates_it() -> None:
    found = event("In the 2010 Senate election in Kellford, Pate supported Tom Crist against Ruiz.", "support")
    assert found.time is not None and found.time.value == "2010"


def test_a_when_clause_happened_at_the_time_of_the_clause_it_hangs_on() -> None:
    text = "The debate began on Thursday night, when Varga and Ruiz were pressed about the attacks on their records."
    pressed, attacks = event(text, "press"), event(text, "attack")
    assert pressed.time is not None and pressed.time.value.startswith("2023-03-30")
    assert attacks.time is None  # what they were pressed about is no happening of that night


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Then Ruiz began dismissing the notion that experience mattered.", "dismiss"),
        ("Lee rejected the idea on Monday.", "reject"),
        ("Ruiz raised the possibility of a recount on Monday.", "raise"),
        ("The family had lived in Dunmore for six years.", "live"),
    ],
)
def test_a_stance_on_an_idea_and_a_residence_are_no_happenings(text: str, lemma: str) -> None:
    assert not happened(text, lemma)


def test_dismissing_someone_still_happens() -> None:
    assert happened("The board dismissed the coach on Monday.", "dismiss")


@pytest.mark.parametrize(
    "text",
    [
        "Varga got 18 first-place votes this week.",
        "Both are stumping for every last vote before the primary on Tuesday.",
        "Varga won 52 percent of the vote on Tuesday.",
    ],
)
def test_votes_counted_are_no_happening(text: str) -> None:
    assert not happened(text, "vote")


def test_a_vote_held_still_happens() -> None:
    assert happened("The council vote on Friday was close.", "vote")


def test_a_fight_for_delegates_is_a_contest_not_violence() -> None:
    text = "Ruiz hired a seasoned operative as the campaign braced for a tumultuous delegate battle in July."
    assert event(text, "battle").type is not EventType.CONFLICT and not happened(text, "battle")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Sign up by entering your email and clicking the button.", "sign"),
        ("Sign up by entering your email and clicking the button.", "enter"),
        ("More black state lawmakers have endorsed her than Ruiz.", "endorse"),
        ("More mayors have resigned this year than in 2012.", "resign"),
    ],
)
def test_an_instruction_to_the_reader_and_a_comparison_of_counts_are_no_happenings(text: str, lemma: str) -> None:
    assert not any(e.salient and e.lemma.split()[0] == lemma for e in events_of(text))


def test_more_than_a_number_still_counts_those_it_happened_to() -> None:
    assert happened("More than 100 people died in the flood on Monday.", "die")


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz's collapse left the convention open to conservative activists.",
        "The storm left thousands homeless on Monday.",
    ],
)
def test_a_state_a_verb_left_something_in_is_no_leaving(text: str) -> None:
    assert not happened(text, "leave")


def test_leaving_a_convention_still_happens() -> None:
    assert happened("Ruiz left the convention on Monday.", "leave")


def test_leaving_a_show_named_before_its_noun_still_happens() -> None:
    assert happened("Tom Vale left the Broadway musical on Sunday.", "leave")


def test_a_particle_after_a_pronoun_object_stays_beside_it_in_the_label() -> None:
    signed = event("The agency signed them up for five speeches in 2014.", "sign up")
    assert signed.label == "agency signed them up for five speeches"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lena Varga won the Minnesota Democratic caucus on Tuesday.", "Minnesota"),
        ("Lena Varga has won the Democratic presidential primary in Oklahoma.", "Oklahoma"),
        ("Sen. Lena Varga, who has won the race in her home state of Vermont, spoke.", "Vermont"),
        ("Lena Varga won the South Carolina primary in February.", "South Carolina"),
    ],
)
def test_the_place_named_before_or_in_a_contest_won_is_where_it_was_won(text: str, place: str) -> None:
    assert [p.text for p in event(text, "win").places] == [place]


def test_what_a_verb_was_done_to_that_is_no_one_is_kept_for_the_merge() -> None:
    assert event("Tom Ruiz offered his condolences to the family.", "offer").things == ("condolence",)
    assert event("In 2009, Tom Ruiz offered the towns $2 million.", "offer").things == ("money",)
    assert event("Tom Ruiz praised the mayor on Friday.", "praise").things == ()


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ruiz lost 10 of the first 11 contests in 1992.",
        "Lena Varga won six primaries in March.",
        "Ruiz has won most of the states.",
    ],
)
def test_a_count_of_contests_won_or_lost_is_a_record_not_a_happening(text: str) -> None:
    assert not [e for e in events_of(text) if e.lemma in {"win", "lose"}]


def test_one_contest_s_count_is_its_outcome() -> None:
    assert happened("Lena Varga won 44 delegates on Tuesday.", "win")
    assert happened("The Ruiz party won 412 seats in 1997.", "win")


def test_a_position_held_is_no_happening_unless_its_clause_dates_it() -> None:
    assert not happened("Tom Ruiz supported the bipartisan bill.", "support")
    assert not happened("About 6 in 10 white men backed Lena Varga.", "back")
    assert happened("On Tuesday, the Kellford council backed the plan.", "back")


def test_the_delegates_a_contest_won_are_no_one_it_was_done_to() -> None:
    assert event("Lena Varga won 44 of 50 delegates on Tuesday.", "win").patients == ()
    assert [p.text for p in event("Tom Ruiz beat Lena Varga on Tuesday.", "beat").patients] == ["Lena Varga"]


def test_a_feeling_told_in_the_passive_is_a_state_not_a_happening() -> None:
    assert not happened("Tom Ruiz was exasperated by the question on Monday.", "exasperate")
    assert not happened("Lena Varga was surprised by the result on Tuesday.", "surprise")
    assert happened("The remarks angered the Kellford council on Monday.", "anger")
    assert happened("The mayor was arrested on Monday.", "arrest")


def test_running_something_in_a_clause_on_a_person_is_a_post_held() -> None:
    assert not happened("Stuart Dunn, who managed Ann Lee's 1996 campaign, spoke on Monday.", "manage")
    assert not happened("An aide who oversaw the ground game left on Friday.", "oversee")
    assert happened("Richard Dale, who ran for president in 1968, spoke on Monday.", "run")
    assert happened("Stuart Dunn managed the evacuation of the school on Monday.", "manage")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Tom Ruiz has increasingly decried the system.", "decry"),
        ("Tom Ruiz has repeatedly attacked Lena Varga.", "attack"),
        ("Tom Ruiz has long opposed the tax.", "oppose"),
    ],
)
def test_an_adverb_of_repetition_or_growth_makes_a_habit(text: str, lemma: str) -> None:
    assert not happened(text, lemma)


def test_a_judgement_a_debt_and_a_feeling_towards_someone_are_no_happenings() -> None:
    assert not happened("The filibuster was viewed as a victory on Monday.", "view")
    assert not happened("The Ruiz campaign owed $556,000 in May.", "owe")
    assert not happened("Aides resented Lena Varga's rise in 2015.", "resent")
    assert happened("Tom Ruiz was seen leaving the building on Monday.", "leave")


def test_whose_stands_for_the_one_its_clause_qualifies() -> None:
    text = "Ruiz met Erica Dane, the daughter of Eric Dane, whose death in New York in 2014 inspired the movement."
    assert [p.text for p in event(text, "death").patients] == ["Eric Dane"]


def test_only_uttering_a_text_is_speech_and_clapping_is_not() -> None:
    assert event("Tom Ruiz deleted the message on Monday.", "delete").type is EventType.OTHER
    assert event("The crowd applauded Lena Varga on Monday.", "applaud").type is EventType.OTHER


def test_a_repeated_act_at_one_occasion_is_one_happening_there() -> None:
    assert happened("Lena Varga repeatedly invoked Tom Ruiz in the debate.", "invoke")
