"""Merging event mentions across articles, on hand-built facts: no model needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from graph.merge.story import merge
from graph.model import (
    ActorKind,
    Article,
    ArticleFacts,
    Claim,
    EventMention,
    EventType,
    Granularity,
    Mention,
    Quote,
    Span,
    TimeExpr,
)
from graph.story import EventReport

ORG, PER, PLACE = ActorKind.ORGANIZATION, ActorKind.PERSON, ActorKind.PLACE


def article(
    article_id: str, *events: tuple[str, str, EventType, str | None, ActorKind, dt.date | None]
) -> ArticleFacts:
    """One article per call; each event is (label, lemma, type, agent name, agent kind, date)."""
    text, mentions, found = "", [], []
    for label, lemma, kind, agent, agent_kind, day in events:
        agents: tuple[Mention, ...] = ()
        if agent:
            mention = Mention(Span(len(text), len(text) + len(agent)), agent, agent_kind)
            mentions.append(mention)
            agents = (mention,)
            text += agent + " "
        span = Span(len(text), len(text) + len(label))
        time = None
        if day is not None:
            time = TimeExpr(span, day.isoformat(), day.isoformat(), Granularity.DAY, day, day)
        found.append(EventMention(span, label, span, span, lemma, label, kind, agents=agents, time=time))
        text += label + ". "
    return ArticleFacts(Article(article_id, text), mentions, events=found)


C, P, S = EventType.CONFLICT, EventType.POLITICAL, EventType.SPEECH


def reports(facts: list[ArticleFacts]) -> list[list[str]]:
    story = merge(facts)
    return sorted(sorted(f"{r.article_id}:{r.mention.lemma}" for r in e.reports) for e in story.events)


def test_one_counteroffensive_in_three_wordings() -> None:
    found = reports(
        [
            article("a", ("offensive", "offensive", C, "Ukraine", PLACE, None)),
            article("b", ("pursues a counteroffensive", "counteroffensive", C, "the Ukrainian military", ORG, None)),
            article("c", ("launched counter-offensives", "counteroffensive", C, "the Ukrainian military", ORG, None)),
        ]
    )
    assert found == [["a:offensive", "b:counteroffensive", "c:counteroffensive"]]


def test_two_petitions_by_two_councils_stay_apart() -> None:
    found = reports(
        [
            article("a", ("signed a petition", "petition", P, "Moscow council", ORG, None)),
            article("b", ("signed a petition", "petition", P, "St. Petersburg council", ORG, None)),
        ]
    )
    assert found == [["a:petition"], ["b:petition"]]


def test_no_chain_through_an_agentless_mention() -> None:
    day = dt.date(2022, 9, 10)
    found = reports(
        [
            article("a", ("a letter", "letter", S, "Lomonosovsky deputies", ORG, day)),
            article("b", ("the letter", "letter", S, None, ORG, day)),
            article("c", ("a letter", "letter", S, "Dmitry Palyuga", ActorKind.PERSON, day)),
        ]
    )
    assert len(found) == 2 and ["a:letter", "c:letter"] not in found
    assert not any({"a:letter", "c:letter"} <= set(cluster) for cluster in found)


def test_dates_apart_are_two_events() -> None:
    found = reports(
        [
            article("a", ("an election", "election", P, "Ukraine", PLACE, dt.date(2019, 3, 31))),
            article("b", ("an election", "election", P, "Ukraine", PLACE, dt.date(2019, 4, 21))),
        ]
    )
    assert found == [["a:election"], ["b:election"]]


def test_bare_mention_joins_the_one_event_it_can_name() -> None:
    found = reports(
        [
            article(
                "a",
                ("signed a petition", "petition", P, "municipal deputies", ORG, None),
                ("the petition", "petition", P, None, ORG, None),
            ),
            article("b", ("the war", "war", C, None, ORG, None)),
        ]
    )
    assert found == [["a:petition", "a:petition"]]


def test_another_agent_is_another_event() -> None:
    person = ActorKind.PERSON
    found = reports(
        [
            article(
                "a",
                ("called it a failure", "call", S, "One pro-Russian blogger", person, None),
                ("called it a catastrophe", "call", S, "Another blogger", person, None),
            ),
            article("b", ("calling for change", "call", S, "the district council", ORG, None)),
        ]
    )
    assert found == [["a:call"], ["a:call"], ["b:call"]]


def test_bare_mention_joins_the_largest_event_of_its_word_and_verb_meets_noun() -> None:
    found = reports(
        [
            article("a", ("exploded", "explode", C, "the Harbor Front", ORG, None)),
            article("b", ("the explosion", "explosion", C, "the Harbor Front", ORG, None)),
            article("c", ("an attack", "attack", C, "Hamas", ORG, None)),
            article("d", ("an attack", "attack", C, "Hezbollah", ORG, None)),
            article("e", ("an attack", "attack", C, "Hezbollah militants", ORG, None)),
            article("f", ("the attack", "attack", C, None, ORG, None)),
        ]
    )
    assert found == [["a:explode", "b:explosion"], ["c:attack"], ["d:attack", "e:attack", "f:attack"]]


def endorsement(article_id: str, endorsed: str) -> ArticleFacts:
    """ "Ann Lee endorsed <endorsed>." as one article's facts, with both people as mentions."""
    text = f"Ann Lee endorsed {endorsed}."
    agent = Mention(Span(0, 7), "Ann Lee", ActorKind.PERSON)
    patient = Mention(Span(17, 17 + len(endorsed)), endorsed, ActorKind.PERSON)
    label = Span(0, len(text) - 1)
    mention = EventMention(
        label, text[:-1], label, Span(8, 16), "endorse", text[:-1], P, agents=(agent,), patients=(patient,)
    )
    return ArticleFacts(Article(article_id, text), [agent, patient], events=[mention])


def test_one_agent_doing_the_same_to_two_people_is_two_events() -> None:
    """Ann Lee endorsing Tom Hill and Ann Lee endorsing Bo Chan share an agent and a word, not a happening; a third
    article's endorsement of Mr Hill is the first one."""
    found = reports([endorsement("a", "Tom Hill"), endorsement("b", "Bo Chan"), endorsement("c", "Hill")])
    assert found == [["a:endorse", "c:endorse"], ["b:endorse"]]


def test_bare_mentions_whose_words_go_on_are_events_of_their_own_across_articles() -> None:
    """Three articles' "raised questions", "raised $8 million" and "raised the towers" name no participant and share
    a word: three happenings; two articles' bare "the explosion" only name one."""
    facts = [
        article(
            "a", ("raised questions", "raise", P, None, ORG, None), ("the explosion", "explosion", C, None, ORG, None)
        ),
        article(
            "b", ("raised $8 million", "raise", P, None, ORG, None), ("the explosion", "explosion", C, None, ORG, None)
        ),
        article("c", ("raised the towers", "raise", P, None, ORG, None)),
    ]
    for one in facts:
        first = one.events[0]
        one.events[0] = replace(first, trigger=Span(first.span.start, first.span.start + len(first.label.split()[0])))
    assert reports(facts) == [["a:explosion", "b:explosion"], ["a:raise"], ["b:raise"], ["c:raise"]]


def test_one_word_with_nothing_shared_is_one_event_within_an_article_only() -> None:
    """Two articles' "the crowd marched" share a word and nothing else: two happenings, as in a story of many places;
    within one article, the word again ("marched on Monday") is the same happening."""
    monday = dt.date(2022, 9, 5)
    found = reports(
        [
            article(
                "a",
                ("the crowd marched", "march", P, "the crowd", ORG, None),
                ("marched on Monday", "march", P, None, ORG, monday),
            ),
            article("b", ("the crowd marched", "march", P, "the crowd", ORG, None)),
        ]
    )
    assert found == [["a:march", "a:march"], ["b:march"]]


def test_lone_mentions_kept_when_they_tell_and_bare_ones_of_one_word_are_one_event() -> None:
    found = reports(
        [
            article(
                "a", ("fire gutted the store", "gut", C, None, ORG, None), ("the quake", "quake", C, None, ORG, None)
            ),
            article(
                "b", ("the quake", "quake", C, None, ORG, None), ("the explosion", "explosion", C, None, ORG, None)
            ),
            article("c", ("exploded", "explode", C, "the Harbor Front", ORG, None)),
            article("d", ("exploded", "explode", C, "the Harbor Front", ORG, None)),
            article("e", ("the shooting", "shoot", C, None, ORG, None)),
            article("f", ("shot a guard", "shoot", C, "Tom Hill", ActorKind.PERSON, None)),
        ]
    )
    # "the explosion" names the explosion two articles tell; "the shooting" is not the one other article's shooting
    assert found == [["a:gut"], ["a:quake", "b:quake"], ["b:explosion", "c:explode", "d:explode"], ["f:shoot"]]


def test_people_sharing_a_first_name_are_not_one_participant() -> None:
    """Two people who share only a first name do two things, even with one verb in one story."""
    person = ActorKind.PERSON
    found = reports(
        [
            article("a", ("resigned", "resign", P, "Constable Alan Hartwell", person, None)),
            article("b", ("resigned", "resign", P, "Alan Brennock", person, None)),
        ]
    )
    assert found == [["a:resign"], ["b:resign"]]


def test_a_country_still_meets_its_nationality() -> None:
    found = reports(
        [
            article("a", ("shelled the port", "shell", C, "Freedonia", PLACE, None)),
            article("b", ("shelled the port", "shell", C, "the Freedonian army", ORG, None)),
        ]
    )
    assert found == [["a:shell", "b:shell"]]


def test_an_event_only_sources_claim_is_a_claim() -> None:
    """Every report attributed to a source: a claim. One article telling it as a fact: an event that article vouches
    for, whose attributed reports still name their sources."""
    said = Claim("say")
    facts = [article("a", ("bribed the judge", "bribe", EventType.OTHER, "Mayor Quill", ActorKind.PERSON, None))]
    facts[0].events[0] = replace(facts[0].events[0], claim=said)
    assert [e.claimed for e in merge(facts).events] == [True]
    facts.append(article("b", ("bribed the judge", "bribe", EventType.OTHER, "Mayor Quill", ActorKind.PERSON, None)))
    events = merge(facts).events
    assert [e.claimed for e in events] == [False]
    assert [r.mention.claim for r in events[0].reports] == [said, None]


def quiet(facts: ArticleFacts) -> ArticleFacts:
    """``facts`` with every event mention incidental (``salient`` False)."""
    return replace(facts, events=[replace(e, salient=False) for e in facts.events])


def wordings(reports: list[EventReport]) -> list[str]:
    return [f"{r.article_id}:{r.mention.lemma}" for r in reports]


def test_incidental_mentions_are_no_reports_of_salient_events() -> None:
    """An incidental mention never becomes a report of an event told in salient words, which it would if it were
    salient: it is one of the event's incidental wordings, or an incidental event of the story."""
    a = article("a", ("attack", "attack", C, "Ukraine", PLACE, None))
    b = article("b", ("attack", "attack", C, "Ukraine", PLACE, None))
    assert reports([a, b]) == [["a:attack", "b:attack"]]
    story = merge([a, quiet(b)])
    assert [(wordings(e.reports), wordings(e.incidental_reports)) for e in story.events] == [
        (["a:attack"], ["b:attack"])
    ]
    assert story.incidental == []


def test_incidental_event_with_other_agents_stays_apart() -> None:
    a = article("a", ("attack", "attack", C, "Ukraine", PLACE, None))
    b = article("b", ("attack", "attack", C, "Japan", PLACE, None))
    story = merge([a, quiet(b)])
    assert [(wordings(e.reports), wordings(e.incidental_reports)) for e in story.events] == [(["a:attack"], [])]
    assert [wordings(e.reports) for e in story.incidental] == [["b:attack"]]


def test_an_incidental_event_joins_one_salient_event_at_most() -> None:
    """Two attacks with different agents stay two events; an incidental attack by neither joins one of them only."""
    a = article("a", ("attack", "attack", C, "Ukraine", PLACE, None))
    b = article("b", ("attack", "attack", C, "Japan", PLACE, None))
    c = article("c", ("attack on the port", "attack", C, None, PLACE, None))
    story = merge([a, b, quiet(c)])
    assert sorted(len(e.incidental_reports) for e in story.events) == [0, 1]
    assert sorted(wordings(e.reports) for e in story.events) == [["a:attack"], ["b:attack"]]


def test_names_of_one_person_are_one_participant() -> None:
    """A full name and its surname are one actor, so one participant; another given name with the same surname is
    another actor, and an event told of it in another article another event."""
    person = ActorKind.PERSON
    one = reports(
        [
            article("a", ("died", "die", C, "Victor Quill Brandt", person, None)),
            article("b", ("died", "die", C, "Brandt", person, None)),
        ]
    )
    assert one == [["a:die", "b:die"]]
    two = reports(
        [
            article("a", ("resigned", "resign", P, "Nora Brandt", person, None)),
            article("b", ("resigned", "resign", P, "Victor Brandt", person, None)),
        ]
    )
    assert two == [["a:resign"], ["b:resign"]]


def test_a_year_of_history_never_dates_a_mention_that_shares_only_a_word() -> None:
    """ "Asked in the 1930s" is not the date of an undated "the panel asked" beside it; a day is the news."""
    panel = ("the panel asked", "ask", P, "the panel", ORG, None)
    recalled = article("a", ("asked in the 1930s", "ask", P, None, ORG, dt.date(1930, 1, 1)), panel)
    mention = recalled.events[0]
    assert mention.time is not None
    year = replace(mention.time, granularity=Granularity.YEAR, end=dt.date(1939, 12, 31))
    assert reports([replace(recalled, events=[replace(mention, time=year), recalled.events[1]])]) == [
        ["a:ask"],
        ["a:ask"],
    ]
    today = article("a", ("asked on Monday", "ask", P, None, ORG, dt.date(2024, 5, 6)), panel)
    assert reports([today]) == [["a:ask", "a:ask"]]

    window = replace(mention, time=replace(year, estimated=True))  # "seven months ago", article undated
    assert reports([replace(recalled, events=[window, recalled.events[1]])]) == [["a:ask", "a:ask"]]


def said(article_id: str, speaker: str, words: str, day: dt.date, lemma: str = "say") -> ArticleFacts:
    """One article in which ``speaker`` said ``words`` on ``day`` (or wrote them: ``lemma`` "letter"): a quote and the
    speech event that introduces it."""
    text = f"“{words},” {speaker} said on Monday."
    quote_span = Span(0, len(words) + 3)
    who = Mention(Span(len(words) + 4, len(words) + 4 + len(speaker)), speaker, ActorKind.PERSON)
    verb = Span(who.span.end + 1, who.span.end + 5)
    time = TimeExpr(Span(verb.end + 4, verb.end + 10), "Monday", day.isoformat(), Granularity.DAY, day, day)
    quote = Quote(quote_span, text[quote_span.start : quote_span.end], Span(0, len(text)), who, time=time, cue="said")
    event = EventMention(
        Span(who.span.start, verb.end), f"{speaker} said", Span(0, len(text)), verb, lemma, f"{speaker} {lemma}", S,
        agents=(who,), time=time, quotes=(quote_span,),
    )  # fmt: skip
    return ArticleFacts(Article(article_id, text), [who], [quote], events=[event])


def test_speech_events_are_one_only_when_they_carry_one_statement() -> None:
    day = dt.date(2024, 3, 4)
    apart = [
        said("a", "Maria Lindqvist", "The ferry timetable will change in spring", day),
        said("b", "Maria Lindqvist", "Our harbour needs a second crane before the summer season", day),
    ]
    assert reports(apart) == [["a:say"], ["b:say"]]  # one speaker, one day, two things said
    words = "The ferry timetable will change in spring"
    one = [said("a", "Maria Lindqvist", words, day), said("b", "Maria Lindqvist", words, day)]
    assert reports(one) == [["a:say", "b:say"]]


def test_speech_without_quotes_still_joins_by_its_speaker() -> None:
    day = dt.date(2024, 3, 4)
    found = reports(
        [
            article("a", ("announced a ferry timetable", "announce", S, "Maria Lindqvist", ActorKind.PERSON, day)),
            article("b", ("announced the timetable", "announce", S, "Maria Lindqvist", ActorKind.PERSON, day)),
        ]
    )
    assert found == [["a:announce", "b:announce"]]


def test_a_said_that_carries_a_letter_s_words_is_the_letter() -> None:
    day = dt.date(2024, 3, 4)
    words = "The harbour must stay open to fishing boats all winter"
    found = reports(
        [
            said("a", "Maria Lindqvist", words, day, lemma="letter"),
            said("b", "Maria Lindqvist", words, day),
            said("c", "Maria Lindqvist", "We ask the ministry to answer before May", day, lemma="letter"),
        ]
    )
    assert found == [["a:letter", "b:say", "c:letter"]]  # one letter, quoted in different words


def told(
    article_id: str, named: str, referent: str, kind: EventType, act: str = "gave a speech", actor: ActorKind = PER
) -> ArticleFacts:
    """ "<named> arrived. <referent> <act> in Dunmore." as one article's facts: the event's agent is ``referent``
    (a pronoun, a description), which refers to the actor named before it; its place is Dunmore; its trigger is the
    last word of ``act``."""
    text = f"{named} arrived. {referent} {act} in Dunmore."
    name = Mention(Span(0, len(named)), named, actor)
    start = len(named) + len(" arrived. ")
    agent = Mention(Span(start, start + len(referent)), referent, actor, refers=name.span)
    place = Mention(Span(len(text) - 8, len(text) - 1), "Dunmore", PLACE)
    label = Span(start, len(text) - 1)
    word = act.split()[-1]
    trigger = Span(text.index(word, agent.span.end), text.index(word, agent.span.end) + len(word))
    words = text[label.start : label.end]
    lemma = {"speech": "speech", "mill": "buy"}[word]
    mention = EventMention(label, words, label, trigger, lemma, words, kind, agents=(agent,), places=(place,))
    return ArticleFacts(Article(article_id, text), [name, agent, place], events=[mention])


def on(facts: ArticleFacts, published: dt.date) -> ArticleFacts:
    """The article's facts, published on ``published``."""
    return replace(facts, article=replace(facts.article, published=published))


def past(facts: ArticleFacts) -> ArticleFacts:
    """The article's facts, its events told in a plain past (``EventMention.past``, read from the parse)."""
    return replace(facts, events=[replace(e, past=True) for e in facts.events])


def test_a_meeting_told_in_the_past_is_not_one_dated_after_its_article() -> None:
    """ "Ana Brandt met …" told undated on 3 May had happened by then: a meeting of hers dated 30 August is another.
    Told in no plain past ("meets"), or in an article published after the date, it may be that one."""
    dated = past(article("b", ("met", "meet", P, "Ana Brandt", ActorKind.PERSON, dt.date(2031, 8, 30))))
    may, september = dt.date(2031, 5, 3), dt.date(2031, 9, 1)
    earlier = on(past(article("a", ("met", "meet", P, "Ana Brandt", ActorKind.PERSON, None))), may)
    assert reports([earlier, on(dated, september)]) == [["a:meet"], ["b:meet"]]
    planned = on(article("a", ("meets", "meet", P, "Ana Brandt", ActorKind.PERSON, None)), may)
    assert reports([planned, on(dated, september)]) == [["a:meet", "b:meet"]]
    later = on(past(article("a", ("met", "meet", P, "Ana Brandt", ActorKind.PERSON, None))), september)
    assert reports([later, on(dated, september)]) == [["a:meet", "b:meet"]]


def test_two_articles_pronouns_read_as_no_one_are_no_shared_speaker() -> None:
    """ "He gave a speech in Dunmore" and "He gave a speech", each pronoun read as no one: "He" is no name, so the two
    share nothing, and two articles' speeches that share nothing are two; with one speaker named in both, one."""
    somewhere = told("a", "Tomas Okoro", "He", S)
    somewhere = replace(somewhere, mentions=somewhere.mentions[2:])  # the pronoun read as no actor
    nowhere = replace(article("b", ("gave a speech", "speech", S, "He", PER, None)), mentions=[])
    assert reports([somewhere, nowhere]) == [["a:speech"], ["b:speech"]]
    named = article("b", ("gave a speech", "speech", S, "Tomas Okoro", PER, None))
    assert reports([told("a", "Tomas Okoro", "He", S), named]) == [["a:speech", "b:speech"]]


def happening(
    article_id: str,
    word: str,
    lemma: str,
    agent: tuple[str, ActorKind] | None = None,
    patient: str | None = None,
    place: str | None = None,
    day: dt.date | None = None,
    kind: EventType = P,
) -> ArticleFacts:
    """ "<agent> <word> <patient> in <place>." as one article's facts, the patient a person, dated ``day``."""
    text, mentions = "", []
    parts: dict[str, Mention] = {}
    for role, words, actor in (("agent", agent and agent[0], agent and agent[1]), ("trigger", word, None),
                               ("patient", patient, PER), ("place", place, PLACE)):  # fmt: skip
        if not words:
            continue
        if role == "place":
            text += "in "
        span = Span(len(text), len(text) + len(words))
        text += words + " "
        if actor is not None:
            parts[role] = Mention(span, words, actor)
            mentions.append(parts[role])
        else:
            trigger = span
    text = text.rstrip() + "."
    label = Span(0, len(text) - 1)
    time = TimeExpr(label, "", day.isoformat(), Granularity.DAY, day, day) if day else None
    mention = EventMention(
        label,
        text[:-1],
        label,
        trigger,
        lemma,
        text[:-1],
        kind,
        agents=tuple(m for r, m in parts.items() if r == "agent"),
        patients=tuple(m for r, m in parts.items() if r == "patient"),
        places=tuple(m for r, m in parts.items() if r == "place"),
        time=time,
    )
    return ArticleFacts(Article(article_id, text), mentions, events=[mention])


def test_conflicting_participants_keep_two_articles_events_apart() -> None:
    """One word, one shared participant, and a participant that differs: two happenings."""
    lee = ("Ana Brandt", PER)
    met = [happening("a", "met", "meet", lee, "Tomas Okoro"), happening("b", "met", "meet", lee, "Lena Varga")]
    assert reports(met) == [["a:meet"], ["b:meet"]]
    attacks = [
        happening("a", "attacks", "attack", place="Dunmore", day=dt.date(2031, 3, 2), kind=C),
        happening("b", "attacks", "attack", place="Carrow", day=dt.date(2031, 3, 2), kind=C),
    ]
    assert reports(attacks) == [["a:attack"], ["b:attack"]]
    council = ("Dunmore Council", ORG)
    voted = [
        happening("a", "voted", "vote", council, place="Dunmore", day=dt.date(2031, 3, 2)),
        happening("b", "voted", "vote", ("Pellam Assembly", ORG), place="Dunmore", day=dt.date(2031, 3, 2)),
    ]
    assert reports(voted) == [["a:vote"], ["b:vote"]]


def test_participants_that_agree_still_join_two_articles_events() -> None:
    """The same agent with one side undated, a description its actor merge reads as the named agent, and a town
    in one article and the country that holds it in the other, named there too: one happening each."""
    lee = ("Ana Brandt", PER)
    undated = [
        happening("a", "met", "meet", lee, "Tomas Okoro", day=dt.date(2031, 3, 2)),
        happening("b", "met", "meet", lee, "Tomas Okoro"),
    ]
    assert reports(undated) == [["a:meet", "b:meet"]]
    mayor = told("a", "Mayor Ana Brandt", "the mayor", S)
    named = told("b", "Tomas Okoro", "Mayor Ana Brandt", S)
    named = replace(named, mentions=named.mentions[1:])
    assert reports([mayor, named]) == [["a:speech", "b:speech"]]
    day = dt.date(2031, 3, 2)
    town = happening("a", "explosion", "explosion", place="Dunmore", day=day, kind=C)
    country = happening("b", "explosion", "explosion", place="Norland", day=day, kind=C)
    country = replace(country, article=replace(country.article, text=country.article.text + " Dunmore."))
    extra = Mention(Span(len(country.article.text) - 8, len(country.article.text) - 1), "Dunmore", PLACE)
    assert reports([town, replace(country, mentions=[*country.mentions, extra])]) == [["a:explosion", "b:explosion"]]


def test_a_name_written_in_capitals_is_a_name_though_a_pronoun_is_spelt_so() -> None:
    """ "WHO officials" and "WHO experts", each read as no actor, share the name WHO, as two "Tomas Okoro" would: one
    speech, though one article tells a place and the other none. "WHO" is no pronoun "who"."""
    somewhere = told("a", "Tomas Okoro", "WHO officials", S, actor=ORG)
    somewhere = replace(somewhere, mentions=somewhere.mentions[2:])  # read as no actor
    nowhere = replace(article("b", ("gave a speech", "speech", S, "WHO experts", ORG, None)), mentions=[])
    assert reports([somewhere, nowhere]) == [["a:speech", "b:speech"]]


def undergone(article_id: str, label: str, lemma: str, kind: EventType, person: str) -> ArticleFacts:
    """An article telling that ``person`` underwent what ``label`` says ("killed Tomas Vane", "Tomas Vane died")."""
    text = f"{label} {person}."
    mention = Mention(Span(len(label) + 1, len(label) + 1 + len(person)), person, PER)
    span = Span(0, len(label))
    event = EventMention(span, label, span, span, lemma, label, kind, patients=(mention,))
    return ArticleFacts(Article(article_id, text), [mention], events=[event])


def test_a_death_is_one_event_with_the_killing_of_the_one_who_died() -> None:
    """ "Tomas Vane was killed" and "Tomas Vane died" are one happening, though a death is typed other."""
    found = reports(
        [
            undergone("a", "gunmen killed", "kill", C, "Tomas Vane"),
            undergone("b", "died", "die", EventType.OTHER, "Tomas Vane"),
            undergone("c", "the death of", "death", EventType.OTHER, "Tomas Vane"),
        ]
    )
    assert found == [["a:kill", "b:die", "c:death"]]
    assert merge([undergone("a", "killed", "kill", C, "Tomas Vane")]).events[0].type is C


def test_a_death_of_someone_else_or_another_type_stays_apart() -> None:
    found = reports(
        [
            undergone("a", "gunmen killed", "kill", C, "Tomas Vane"),
            undergone("b", "died", "die", EventType.OTHER, "Ruth Abernathy"),
            undergone("c", "the club fired", "fire", P, "Tomas Vane"),
            undergone("d", "the fire injured", "fire", EventType.OTHER, "Tomas Vane"),
        ]
    )
    assert found == [["a:kill"], ["b:die"], ["c:fire"], ["d:fire"]]


def test_a_death_of_no_one_named_joins_no_killing() -> None:
    """ "Sarah Brady died last year" beside "a first-grader killed" in one article: two happenings."""
    text = "Sarah Brady died. A first-grader killed."
    brady = Mention(Span(0, 11), "Sarah Brady", PER)
    died, killed = Span(12, 16), Span(20, 39)
    events = [
        EventMention(
            died, "Sarah Brady died", died, died, "die", "Sarah Brady died", EventType.OTHER, patients=(brady,)
        ),
        EventMention(killed, "first-grader killed", killed, killed, "kill", "first-grader killed", C),
    ]
    assert reports([ArticleFacts(Article("a", text), [brady], events=events)]) == [["a:die"], ["a:kill"]]
