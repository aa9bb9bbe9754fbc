"""Who said a direct quote, on invented news sentences: the cue before or after it, the sentence around it, and
what a pronoun, a relative "who" or a colon lead-in stands for."""

from __future__ import annotations

import pytest

from graph.extract.speakers import article_genders
from graph.model import ActorKind, Mention, Span
from tests.extract.news_copy import direct_quotes, statements


def _speaker_of(body: str, quote: str) -> str | None:
    """The words of the speaker of the statement of ``body`` that holds the quoted words ``quote``: their direct
    quote, or the reported clause they are set in; None when there is no such statement or it has no speaker."""
    found = sorted(statements(body), key=lambda q: not q.direct)
    said = next((q for q in found if quote in q.text), None)
    return said.speaker.text if said is not None and said.speaker is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # "she" stands for the subject of the main clause, not for a name in a clause below it
        (
            "Ann Lee, the city's lawyer, told reporters that her client, Tom Hill, had left the firm in May.\n\n"
            "“We will appeal the ruling,” she said.",
            "We will appeal the ruling",
            "Ann Lee",
        ),
        # "he" stands for who spoke in the sentence before, not for the subject of the words he said there
        (
            "The mayor, Bob Grant said on Monday, has wasted the budget on “vanity projects.”\n\n“It is a scandal and "
            "the council knows it,” he said.",
            "It is a scandal",
            "Bob Grant",
        ),
        # an honorific says which name "she" cannot stand for
        (
            "Mr. Hill spoke on Monday after Ms. Lee.\n\n“The budget is a disgrace and we will vote it down,” she said.",
            "The budget is a disgrace",
            "Lee",
        ),
        # a capitalised subject of a verb in the present plural is no one person ("States pool …"): no "she"
        (
            "“No other island works like this,” Ms. Varga said.\n\nStates typically pool their funds. But even now, "
            "the island pays for everything itself. Its plan is “really a family affair,” she said.",
            "family affair",
            "Varga",
        ),
        # an honorific given to one bearer of a surname says nothing of another with a first name of their own
        (
            "Mrs. Hill spoke first. Later Governor Tom Hill agreed with her.\n\n“We will not let this plant close,” he "
            "said.",
            "We will not let",
            "Tom Hill",
        ),
        # a given name borne by women and men tells no sex
        (
            "Glenn Harker, the actress, spoke at the gala on Friday. She said the industry was “finally changing.”",
            "finally changing",
            "Glenn Harker",
        ),
        # a common given name or its short form tells the sex ("Pete Hale" is no "she")
        (
            "Dana Reyes joined the bakery in 2012. Pete Hale has run it for years.\n\n“Customers call us the odd "
            "couple,” she says.",
            "odd couple",
            "Dana Reyes",
        ),
        # a surname alone takes the sex the given name of its full name told ("Tom Baker … Baker"): no "she"
        (
            "Wren Pollick has run a dairy farm outside Marlow for thirty years. Tom Baker, the county's planning "
            "chief, defended the new levy at a packed meeting on Monday.\n\nBaker said the money would repair roads "
            "and bridges.\n\n“This levy will ruin every small farm in the valley,” she said.",
            "This levy will ruin",
            "Wren Pollick",
        ),
        # a surname borne by a man and a woman of the article tells no sex
        (
            "Ann Baker has run a dairy farm outside Marlow for thirty years. Tom Baker, her brother, defended the new "
            "levy at a packed meeting on Monday.\n\nBaker said the money would repair roads and bridges.\n\n“This "
            "levy will ruin every small farm in the valley,” she said.",
            "This levy will ruin",
            "Baker",
        ),
        # a generation's suffix is no surname: "Tom Baker Jr." tells that Baker is a "he"
        (
            "Tom Baker Jr. coached the team for a decade. Ann Pollick ran the club. Baker said the season was over."
            "\n\n“It was a good run for all of us,” she said.",
            "It was a good run",
            "Ann Pollick",
        ),
        # nor one borne by a given name that tells none
        (
            "Wren Baker has run a dairy farm outside Marlow for thirty years. Tom Baker, her husband, defended the "
            "new levy at a packed meeting on Monday.\n\nBaker said the money would repair roads and bridges.\n\n"
            "“This levy will ruin every small farm in the valley,” she said.",
            "This levy will ruin",
            "Baker",
        ),
        # a short quote that is a whole utterance is no scare quote
        ("“That would be you?” Mary Jones asked.", "That would be you?", "Mary Jones"),
        # a verb of a manner of speaking in the frame right after the quote says it
        ("The talks failed.\n\n“They were never serious,” Tom Hill growled on Tuesday.", "never serious", "Tom Hill"),
        ("“You will pay for this,” Ann Lee charged, pointing at the board.", "You will pay for this", "Ann Lee"),
        # a short sentence said right after its cue, however long the sentence before it runs
        (
            "The fair crowd grew restless, and when the judge lifted the ribbon and announced that the pie contest was "
            "over, a woman shouted “Cut it now!”",
            "Cut it now!",
            "a woman",
        ),
        # a quote alone in its sentence takes the cue of the sentence before it in the same paragraph
        (
            "Ann Lee agreed. “The plan is a failure and it will cost the city millions of dollars.”",
            "The plan is a failure",
            "Ann Lee",
        ),
        (
            "Ann Lee ended the meeting by saying she would run again. “I will win this seat back for the people of "
            "this town.”",
            "I will win this seat",
            "Ann Lee",
        ),
        # a lead-in with no verb that ends with a colon names the speaker
        (
            "Senator Jane Roe, in a statement:\n\n“We will not back down from this fight at all.”",
            "We will not back down",
            "Jane Roe",
        ),
        # "according to" names the source of a quote that has no reporting verb
        (
            "“The bridge will not reopen before the winter storms arrive,” according to city officials.",
            "The bridge will not reopen",
            "officials",
        ),
        # a single official described by office, not named, is a source too
        (
            "The bridge will stay shut “until the last inspection is done,” according to a senior county official.",
            "until the last inspection",
            "official",
        ),
        # words a speaker says someone else called something are that speaker's, as the story has them
        (
            "Tom Hill said that Ann Lee once described the trade pact as “the best deal we ever made” in a speech.",
            "the best deal",
            "Tom Hill",
        ),
        (
            "The mayor's lawyer said the new ad “plainly and wrongly” suggests that the police back the candidate.",
            "plainly and wrongly",
            "lawyer",
        ),
        # a speaking participle right after a person shown or heard is that person's, not the film's
        (
            "The documentary includes a scene of Ann Lee asking, “Where did the grant money for the orchard go?”",
            "Where did the grant money",
            "Ann Lee",
        ),
        (
            "The video opens with a clip of the governor telling a crowd “we will build that road next year.”",
            "we will build that road",
            "governor",
        ),
        # a participle set off by a comma says what the sentence's subject said, not the noun before the comma
        (
            "The senator's office attacked a lawsuit filed by a former aide alleging that she broke the rules, "
            "calling it “baseless” and “improper” on Monday.",
            "baseless",
            "office",
        ),
        # a subject the parse loses among appositives and participles is still the person named before the cue
        (
            "“We never had a worse week than this one,” Ohio delegate Tom Hill, wearing a straw hat and “Lee for "
            "Mayor” pins, said flatly as the balloons fell.",
            "We never had a worse week",
            "Tom Hill",
        ),
        (
            "Rattled by the protests in Dayton, Senator Ann Lee, the minority leader, said that she spoke with Mr. "
            "Hill on Monday and that he faced a “test of leadership” now.",
            "test of leadership",
            "Ann Lee",
        ),
        # a participle after whom a message goes to says what the sender says
        (
            "The senator emailed supporters saying “the fight goes on until every vote is counted.”",
            "the fight goes on",
            "senator",
        ),
        (
            "In response to critics saying that the firm had been “far too slow to act,” Ann Lee said the plant "
            "would reopen.",
            "far too slow to act",
            "critics",
        ),
        # a narrator in an ad speaks for itself
        (
            "The 30-second ad ends with a narrator saying: “Ann Lee. Wrong for Ohio. Wrong for you.”",
            "Wrong for Ohio",
            "narrator",
        ),
        (
            "On Tuesday in Dayton, while on the road for his daughter, the Democratic candidate for the seat, former "
            "governor Tom Hill said his daughter was ready for the job because “the city is in bad shape.”",
            "the city is in bad shape",
            "Tom Hill",
        ),
        (
            "The row began after Mr. Hill, asked about the deaths of the miners, had said, “I think the company did "
            "plenty wrong as well.”",
            "I think the company",
            "Hill",
        ),
        # the "by" agent of a passive is the speaker, not what was called
        (
            "The plan has been called “a fiscal time bomb” by Senator Jane Roe of Ohio.",
            "a fiscal time bomb",
            "Jane Roe",
        ),
        # the cue after a quote may follow a long subject
        (
            "“I am calling from the campaign. How are you today?” Miller, a retired nurse from Ohio, said into the "
            "phone.",
            "How are you today?",
            "Miller",
        ),
        # a quote that continues the one before it keeps its speaker; the next paragraph lends it no cue
        (
            "“That is life at the bottom,” Tom Hill writes. “It is a disgrace.”\nHis critics argue that this was the "
            "best anyone could do.",
            "It is a disgrace.",
            "Tom Hill",
        ),
        # a participle after an aside set off by dashes goes on with the clause the aside interrupts
        (
            "Small groups of farmers kept up their protest, circling the streets around the arena - where the Oakdale "
            "Hawks played the Riverton Bears - while chanting, “Fair prices now.”",
            "Fair prices now.",
            "farmers",
        ),
        # a "who" right after a list of three names is the last of them
        (
            "The festival booked fiddlers like Ida Penn, Rolf Carden, Mia Stroud and Joss Perrin, who quipped about "
            "the muddy field, “I have packed my boots, just in case.”",
            "I have packed my boots",
            "Joss Perrin",
        ),
        # a "who" after a place names the people the place follows, never the place
        (
            "The plan is likely to calm nervous farmers in Riverton County, who said on Monday, “The tax will ruin "
            "every small grower we know.”",
            "The tax will ruin",
            "farmers",
        ),
        # "they" stands for a plural of bodies ("boards", "counties") as for a plural of people
        (
            "Eleven harbour boards led by Kettleby have appealed the ruling.\n\n“The ministry has ignored its own "
            "rules,” they wrote in a statement.",
            "The ministry has ignored",
            "boards",
        ),
        # a participle joined to a quoted clause goes on with the narration's subject, not the quote's
        (
            "Rolf Carden did little to settle the dispute, brushing off the claim at first -- “That is simply absurd” "
            "-- and, when pressed by reporters, insisting, “I have never owned a boat.”",
            "I have never owned a boat.",
            "Rolf Carden",
        ),
        # a name after a long title that the parse hung on the title as if listed with it
        (
            "Acme Radio Vice President for news and talk Dana Kort called the show “the news show of record.”",
            "the news show of record.",
            "Dana Kort",
        ),
        # also where the parse makes the quoted words the sentence's root and the narration their complement
        (
            "Mr. Ostrander hardly settled the matter, treating the jab first as a compliment -- “That makes me smart” "
            "-- and, when pressed after the hearing, asserting, “Of course, I pay my rent.”",
            "Of course, I pay my rent.",
            "Ostrander",
        ),
        # a cue that ends in a colon gives the words after it, not a quote that ends right before its sentence
        (
            "“We are farmers,” Ms. Alawin said. “We are not thieves.” Mr. Zadeh said: “The storm ruined us.”",
            "We are not thieves.",
            "Alawin",
        ),
        # speech verbs the lexicon long missed, and "as X put it"
        (
            "As one Ohio official put it, “the council has lost its nerve.”",
            "the council has lost its nerve",
            "official",
        ),
        ("Protesters chanted “no war” outside the hall.", "no war", "Protesters"),
        (
            "“Would the tax be on the table for the middle class?” the host pressed. “Maybe for a year or two?”",
            "Would the tax be on the table",
            "host",
        ),
        ("“Keep the tax where it is for the rest of the decade,” the council recommended.", "Keep the tax", "council"),
        ("“Who would want this job in a year like this one?” Tom Hill wondered aloud.", "Who would want", "Tom Hill"),
        # words in title case are no title when someone chants them or calls something by them
        ("Protesters chanted “No More Wars” outside the hall.", "No More Wars", "Protesters"),
        ("Tom Hill referred to the plan as “Project Fear” in his speech.", "Project Fear", "Tom Hill"),
        # a quote that is a paragraph of its own goes on with the speaker of the paragraph it follows
        (
            "“We like the plan,” Tom Hill said on Friday.\n\n“It is the best plan this city has seen in a very long "
            "time.”\n\nThe council meets next week.",
            "It is the best plan",
            "Tom Hill",
        ),
        # a lead-in that ends with a colon gives the word to the subject of its verb
        (
            "Senator Tom Hill spoke for an hour. He then listed his three demands:\n\n“Lower taxes for families, "
            "better schools for children and safer streets for everyone.”",
            "Lower taxes for families",
            "Tom Hill",
        ),
        (
            "Ann Lee released the following statement:\n\n“I am proud of what this team has achieved.”",
            "I am proud",
            "Ann Lee",
        ),
        # "adding" goes on with the speaker of the clause its parse hangs on, not with that clause's subject
        (
            "Tom Hill told reporters that his rival Jim Cole “had no plan at all,” adding, “He never had one and he "
            "never will.”",
            "He never had one",
            "Tom Hill",
        ),
        # a definite description by office is an antecedent of "he", as a name is
        (
            "Senator Tom Hill of Ohio won the vote on Monday. Jim Cole, his rival, lost.\n\nLater the Ohio senator "
            "declined to say more. “We will be back next year with a better bill,” he said.",
            "We will be back",
            "the Ohio senator",
        ),
        (
            "The Acme Corporation backed the plan. But the groups that wrote to the mayor say it goes too far. They "
            "argue that the city should “think again before it is too late.”",
            "think again",
            "the groups",
        ),
        # an indefinite document is a new one, not the last of its kind: its words are kept as written
        (
            "Ann Lee wrote in a tweet that the vote was rigged. Later a Tom Hill tweet said the plan was “a "
            "disaster for the whole city.”",
            "a disaster for the whole city",
            "Tom Hill",
        ),
        # a relative "who" stands for the noun its clause describes
        (
            "It was the mayor who said the plan was “a disaster for the whole city.”",
            "a disaster for the whole city",
            "mayor",
        ),
        # a subject pronoun passes its speaker on: "she" of the last sentence, not a name in a clause below it
        (
            "Ann Lee spoke to voters in Dayton on Monday. She said Tom Hill had no plan for the steel mills.\n\n"
            "“He has never set foot in one of them,” she added.",
            "He has never set foot",
            "Ann Lee",
        ),
        (
            "Dock workers walked out at noon. They said the port owners had broken the deal.\n\n"
            "“We will stay out until the owners talk to us,” they said.",
            "We will stay out",
            "Dock workers",
        ),
        # a party word after "the" names the politician the story is about
        (
            "Senator Bob Marsh spoke to a crowd in Akron. The Republican also urged his supporters to vote early.\n\n"
            "He says: “Every single vote in this county will count.”",
            "Every single vote",
            "Republican",
        ),
        # a speaking "it" stands for the body that is the subject before it ("the city", "the campaign")
        (
            "The city of Dayton sent a letter to the builders on Thursday. It says the firm broke “every promise it "
            "made to the residents of this town.”",
            "every promise it made",
            "city of Dayton",
        ),
        # a party's members named by the party ("Democrats") are the group a later "they" stands for, not a noun in
        # the clause below
        (
            "Democrats noted that the prosecutors had dropped the case in May.\n\n“This hearing is a waste of "
            "everyone's time,” they said.",
            "This hearing is a waste",
            "Democrats",
        ),
        # "they" stands for two names joined by "and"
        (
            "Mr. Hill and Mr. Dorn say other changes are needed.\n\n“The program has grown far beyond what we "
            "planned,” they said.",
            "The program has grown",
            "Mr. Hill and Mr. Dorn",
        ),
        # the plural source of "according to" is what a later "they" stands for
        (
            "As ferry captain, Tom Hill often skipped the safety drills, according to harbour workers. They said he "
            "“never once checked the lifeboats in ten years.”",
            "never once checked the lifeboats",
            "harbour workers",
        ),
        # quoted phrases joined by "and" are no group of speakers
        (
            "Critics said “the forces of political correctness” and “social engineering” were hurting the army. They "
            "said the generals had “lost their nerve entirely in the face of the press.”",
            "lost their nerve entirely",
            "Critics",
        ),
        # a pronoun never stands for the noun its own relative clause describes
        (
            "Ann Lee spoke first. Bob Marsh, whom she called “the finest legal mind of his generation,” won the vote "
            "on Monday.",
            "the finest legal mind",
            "Ann Lee",
        ),
        # a person named by family ("my father", "his wife") is what a later "he" or "she" stands for
        (
            "Tom Hill went to the rally alone. His wife stayed at home with the children.\n\n"
            "“I have heard enough of those speeches for a lifetime,” she said.",
            "I have heard enough",
            "His wife",
        ),
        # a speaking participle set off by commas says the quote for the subject of its own sentence, even when the
        # parse hangs that sentence on a reporting verb inside the quote that follows
        (
            "Tom Weaver did not seem impressed by the plan on Tuesday, telling reporters, “A lot of people said the "
            "mayor should step down.”",
            "A lot of people",
            "Tom Weaver",
        ),
        # a cue that opens its sentence, of any form, is followed by its speaker ("Continued X:", "Added X:")
        (
            "Mayor Paul Ortega spoke for an hour. Continued Ortega: “So I think it is a very real problem for this "
            "town.”",
            "So I think",
            "Ortega",
        ),
        # a pronoun never stands for a name inside a participial clause of its own verb, whose unstated subject it is
        (
            "Ann Lee spoke to the board about the budget on Monday.\n\nAsked about her own plans in the event that "
            "Tom Hill wins the seat, she replied: “I will wait and see what happens.”",
            "I will wait",
            "Ann Lee",
        ),
        # a person named by sex alone ("the woman") is someone a later "she" stands for, as a named person is
        (
            "Tom Hill spoke for an hour at the rally on Friday. Then the woman who had heckled him took the stage.\n\n"
            "“I came here to ask him about the bridge and nothing else,” she said.",
            "I came here",
            "the woman",
        ),
        # a verb of speech in someone's reported words that no one spoke, under a modal or said of a thing, leaves
        # the quoted words to the one who reports them
        (
            "Ann Lee told the board that any new contract would demand “absolute secrecy from every member.”",
            "absolute secrecy",
            "Ann Lee",
        ),
        (
            "Tom Hill said his neighbours would complain that “the noise never stops, night or day.”",
            "the noise never",
            "Tom Hill",
        ),
        # a dateline in capitals that opens the story is the place it was filed from, never the speaker
        (
            "BRANTFORD -- Gov. Ann Lee, visiting the flooded town on Monday, said the state would pay for ''every "
            "single home that the river took from these families.''",
            "every single home",
            "Ann Lee",
        ),
        # a name after the closing mark that the parse hangs on the quote's words is still the speaker
        (
            "''If the ferry had kept sailing, I would still be baking bread on the island,'' Mr. Quenby, now 67 and "
            "settled in Marsh Hollow, Maine, said last spring.",
            "If the ferry",
            "Quenby",
        ),
        # a sentence that opens with a speaking participle ("Adding, “…”") goes on with the speaker before it
        (
            "At the hearing, Tom Hale stated that the budget “was not balanced.” Adding, “Now, as with every budget "
            "in this town, the numbers are never that bad. It is how the council spends them.”",
            "Now, as with every",
            "Tom Hale",
        ),
        # a verb joined by "and" to a passive with a "by" agent has the passive's subject, not the agent
        (
            "Once the ribbon was cut, Ann Lee was greeted at the gate by Fairview Councillor Tom Hill and joked, "
            "“Nobody came for the scissors, I hope,” to cheers from the crowd.",
            "Nobody came for",
            "Ann Lee",
        ),
        # a participle set off by a comma after a relative clause is said by the sentence's subject, not the noun
        # the relative clause describes
        (
            "Mayor Ann Lee was plainly uneasy when asked about not paying a builder who said he was owed money after "
            "he repaired a bridge in one of the city's parks, saying, “Perhaps the roof leaked, and the council was "
            "right to hold back the payment.”",
            "Perhaps the roof",
            "Ann Lee",
        ),
        # verbs of speech that say how it was said (gloated, jeered, chided, marvelled)
        (
            "Tom Hale has envied his neighbour's orchard for a decade.\n\nAnd Mr. Hale jeered: ''I told you those "
            "apples would rot.''",
            "I told you those",
            "Hale",
        ),
        # what a study found is its claim
        (
            "A 2019 audit of the harbour board found “no sign that anyone had checked the accounts in years.”",
            "no sign that anyone",
            "audit",
        ),
        # "she added" goes on with whom "she replied" stood for, not with a name in the question put to her
        (
            "Striker Dana Kell met the press after training on Friday.\n\nAsked whether Otto Brin would keep his "
            "place in the team, she replied: “That is for the manager. I only play.”\n\n“Next question,” she added "
            "with a laugh.",
            "Next question",
            "Dana Kell",
        ),
        # a "she" speaking under a linking word in a "who" clause stands for the person the "who" describes
        (
            "Bob Grant opened the fair on Saturday. Guests included Rosa Vint, a beekeeper who quit the council after "
            "she told members, “The hives are dying and nobody here cares.”",
            "The hives are dying",
            "Rosa Vint",
        ),
        # a pronoun set off as an aside in the "who" clause is not the person it describes
        (
            "Tom Hill introduced Bob Grant, a donor who, he said, “built this party from nothing and asked for "
            "nothing back.”",
            "built this party from nothing",
            "Tom Hill",
        ),
        # a participle in a phrase after the cue, with a person of its own, does not take the quote from the subject
        (
            "“Nobody in this town will lose a penny,” Ann Lee said in an interview with a reporter asking about "
            "pensions.",
            "Nobody in this town",
            "Ann Lee",
        ),
        # a speaking participle joined by "and" to one of a person shown is said by that person, not by the film
        (
            "A new video shows Ann Lee feeding her goats and saying, “I will mend every road in the county.”",
            "I will mend every road",
            "Ann Lee",
        ),
        (
            "A new video shows Ann Lee beside Tom Hill, who is grinning and saying, “I will mend every road.”",
            "I will mend every road",
            "Tom Hill",
        ),
        # whom a story quotes "as saying", or remembers saying, says the quote; not what is recalled, nor one described
        (
            "Ann Lee quoted Tom Hill as saying, “You will never win this county, not in a hundred years.”",
            "You will never win",
            "Tom Hill",
        ),
        (
            "Tom Hill was quoted by the Gazette as saying, “The bridge will reopen in a month or two at most.”",
            "The bridge will reopen",
            "Tom Hill",
        ),
        (
            "Ann Lee remembered Tom Hill saying, “You will never win this county, not in a hundred years.”",
            "You will never win",
            "Tom Hill",
        ),
        (
            "Ann Lee recalled the day, telling reporters, “You will never win this county, not in a hundred years.”",
            "You will never win",
            "Ann Lee",
        ),
        (
            "Ann Lee described Tom Hill as saying too little, too late, and added, “He will never win this county.”",
            "He will never win",
            "Ann Lee",
        ),
        # a participle the parse hangs on a moment ("at one point") is said by the clause's subject, not the moment
        (
            "The bakery chain's founder, Nell Ostrow, clashed with her landlord over the rent, at one point calling "
            "the lease “daylight robbery.”",
            "daylight robbery",
            "Nell Ostrow",
        ),
        (
            "The school board issued a note at the time calling the closure “a sad day for every pupil in Marrow "
            "Creek.”",
            "a sad day for every pupil",
            "The school board",
        ),
        # a cue whose subject may speak keeps its quote, whoever it names speaking before the quote
        (
            "The ministry said, after a video showed Tom Hill telling reporters the deal was off, “The video is fake.”",
            "The video is fake",
            "The ministry",
        ),
        (
            "The report said, citing Tom Hill saying the dam was safe, “The dam needs repairs.”",
            "The dam needs repairs",
            "The report",
        ),
        # a document that concludes speaks for itself, even inside someone's reported words
        (
            "Ann Lee said the study was funded by the council and concluded, “The river is clean.”",
            "The river is clean",
            "the study",
        ),
        # a reporting verb joined by "and" to the clause another reports, in its tense, goes on with its speaker
        (
            "Tom Hill said the bridge was safe and added, “We checked every cable ourselves.”",
            "We checked every cable",
            "Tom Hill",
        ),
        ("Ann Lee says the new school is ready and adds, “The pupils will love it.”", "The pupils", "Ann Lee"),
        ("Ann Lee told Tom Hill the ferry was late and added, “Nobody checked the engine.”", "Nobody", "Ann Lee"),
        # ... but not when the reported clause lends it an auxiliary, or it is in the reported clause's tense
        (
            "Tom Hill said the pilot had landed safely and told passengers, “Stay in your seats.”",
            "Stay in your seats",
            "the pilot",
        ),
        ("Ann Lee said the driver would stop and tell the crowd, “Go home.”", "Go home", "the driver"),
        ("Ann Lee says the captain left early and told the crew, “Lock the doors.”", "Lock the doors", "the captain"),
        ("Ann Lee said her son called on Sunday and asked, “Where are you?”", "Where are you?", "her son"),
        ("Tom Hill said the pilot landed safely and told passengers, “Stay in your seats.”", "Stay in", "the pilot"),
        ("Mara Quint said the guard was drunk and shouted, “Get out of my shop!”", "Get out", "the guard"),
        ("Prosecutors said Carl Venn walked into the bank and said, “Give me the cash.”", "Give me", "Carl Venn"),
        # words someone calls or casts something as are theirs, another's possessive before them or not
        ("Voters weighed what Ann Lee calls the council's “parking grab” on Main Street.", "parking grab", "Ann Lee"),
        (
            "The council rejected what Ann Lee described as the mayor's “reckless plan” for the harbour.",
            "reckless plan",
            "Ann Lee",
        ),
        # words someone "is expected to" say, given out before the speech, are theirs
        (
            "Downing Street said the prime minister is expected to tell MPs that the deal is “the best on offer.”",
            "the best on offer",
            "prime minister",
        ),
        # going on doing something is no going on speaking
        ("Ann Lee said she hopes the library continues to be “a place for everyone in town.”", "a place", "Ann Lee"),
        # a reporting verb after a quote that reports a clause of its own does not say the quote
        (
            "“We will fight this ruling,” Ann Lee told the Courier. “The judges got it wrong.” Councillor Tom Hill "
            "said he would ask for a second vote.",
            "judges got it wrong",
            "Ann Lee",
        ),
        # ... nor one after a term or a name in marks: no words said before it
        (
            "Lawmakers passed the so-called “bathroom bill” on Monday. “It is shameful.” Ann Lee said she would sue "
            "the state.",
            "It is shameful",
            "Ann Lee",
        ),
        # ... but a quote alone before it is its subject's, the paraphrase following the words
        (
            "The mill closed on Monday after 80 years.\n\n“I'm done with this place.” Tom Hill said he was leaving "
            "for good on Friday.",
            "done with this place",
            "Tom Hill",
        ),
        # a verb of going on keeps the reporting verb's subject
        ("Tom Hill said the deal failed and added, “Nobody read it.”", "Nobody read it", "Tom Hill"),
        # a cue the parse joined to a reported clause whose subject is a thing is said by whoever reports the clause
        (
            "Ann Lee said the decision was made by the board and said, “Who else would you trust?”",
            "Who else",
            "Ann Lee",
        ),
        (
            "Bishop Carl Mott made clear that his visit was not political, saying critics should “find a new hobby.”",
            "find a new hobby",
            "Carl Mott",
        ),
        (
            "Carl Mott said the tone of the meeting was friendly and predicted residents “will be pleased.”",
            "will be pleased",
            "Carl Mott",
        ),
        # ... never a person of a trade no list of roles holds
        (
            "Police said the defendant became agitated in the dock and shouted, “I want a new lawyer.”",
            "new lawyer",
            "defendant",
        ),
        (
            "Teammates said the rookie stayed late after practice and told them, “I'm not here to lose.”",
            "here to lose",
            "rookie",
        ),
        # ... a thing of any kind, joined as a participle after a preposition too
        (
            "Ann Lee said the budget had “failed every family” while arguing that taxes must “fall at once.”",
            "fall at once",
            "Ann Lee",
        ),
        (
            "Ann Lee said the drought had “emptied every reservoir” before warning that farms were “running out of "
            "time.”",
            "running out of time",
            "Ann Lee",
        ),
        # an infinitive the parse hung on a thing tells the purpose of whoever acts on it, not what the thing says
        (
            "The coach pointed to an earlier game to say that the players must “play with far more heart.”",
            "far more heart",
            "The coach",
        ),
        (
            "Carl Mott held a news conference on Monday to announce that the mill would “stay open for good.”",
            "stay open",
            "Carl Mott",
        ),
        # a person named in commas before a main verb the parse left with no subject is the subject "he" takes up
        (
            "“We wanted the land,” Michael Crane, the city manager, said of the course.\n\nAt Pine Hill, where it "
            "costs members $9,000 to join, Jay Orr, the club's president, suggested that rival clubs were badly "
            "run.\n\n“We are in the people-pleasing business,” he said.",
            "people-pleasing",
            "Jay Orr",
        ),
        # ... the name right before the verb's commas, not one in a phrase before it
        (
            "At the dinner, hosted by Simon Finch, the club's owner, Tom Hardy, the charity's chairman, announced a "
            "record total of £80,000.\n\n“I never expected this,” he said.",
            "never expected",
            "Tom Hardy",
        ),
        (
            "Paul Grady toured the state on Monday.\n\nAt a diner owned by Frank Ellis, a Navy veteran, Grady, the "
            "Republican nominee, promised to expand care for veterans.\n\n“They earned it,” he said.",
            "They earned it",
            "Grady",
        ),
        # words a verb of judging aloud praises or attacks someone for are the subject's, a possessive before or not
        ("Mayor Tom Hill praised his deputy's “steady and careful hand” on Monday.", "steady and careful", "Tom Hill"),
        (
            "Mayor Tom Hill assailed a county judge for his “reckless rulings” on Monday.",
            "reckless rulings",
            "Tom Hill",
        ),
        (
            "Senator Ann Lee published an essay in the Gazette hammering his “reckless stewardship” of the budget.",
            "reckless stewardship",
            "Ann Lee",
        ),
        # an infinitive on a noun of an effort or a chance taken is done by whoever takes it
        ("Ann Lee took the opportunity to tell reporters, “We are not going anywhere.”", "not going", "Ann Lee"),
        # a plural noun that names no person of the article is no surname
        (
            "Ann Hill spoke at the fair on Monday.\n\nBanks raised their fees again. “Nobody warned us,” she said.",
            "Nobody warned us",
            "Ann Hill",
        ),
        # a participle of saying between the verb the parser hangs a quote on and the quote says it
        (
            "The spot concludes with footage of Bo Dunn saying during the debate last week, “That makes me clever,” "
            "when Ann Lee blasted him for not paying tax.",
            "That makes me clever",
            "Bo Dunn",
        ),
        # a document a relative clause says who wrote, sent or gave speaks for that author
        (
            "The tax is meant to curb “activist” investors, according to a speech Ann Lee gave at a college in July.",
            "activist",
            "Ann Lee",
        ),
        # a statement put out speaks for whoever put it out
        (
            "The governor's office put out a statement saying the state “does not have the capacity to vet every "
            "applicant.”",
            "does not have the capacity",
            "office",
        ),
        # a name in commas that closes a description right before its verb is the description's, and the subject
        # a later "he" takes up
        (
            "Tom Hale won the caucuses in 2008.\n\nOne pastor backing Mr. Mott, Darran Whitfield of Grace Baptist "
            "Church in Marion, said he had made 150 calls.\n\n“Find your polling place and get there,” he tells "
            "parishioners.",
            "Find your polling place",
            "Darran Whitfield",
        ),
        # a participle that only describes a noun says nothing, nor one in an aside with a subject of its own
        ("Host Carl Mott calls a screaming Bo Dunn a “fascist” and a “bully.”", "fascist", "Carl Mott"),
        ("The mayor said, with protesters chanting outside the hall, “We will not be moved.”", "moved", "mayor"),
        # a one-word quote the parse took for the subject of the cue after it is no speaker: the inverted one is
        (
            'The bridge stays shut.\n\n"Rubbish," wrote a Lee supporter who runs a page for fans. "The bridge '
            'is perfectly safe."',
            "The bridge is perfectly safe",
            "a Lee supporter",
        ),
        # a document's noun that qualifies another still names who sent it: the email is the one sent last
        (
            "A fundraising email sent by Ann Lee on Tuesday warned of hard weeks ahead.\n\nTom Hill's campaign then "
            "sent out an email donation request. “We cannot lose the next four primaries,” the email said.",
            "We cannot lose",
            "Tom Hill's campaign",
        ),
        # an inverted subject the parse hung on a misread relative clause after it is still the speaker
        (
            "The bakery reopened on Monday.\n\n“It is over,” said the driver, who like most in the county did not "
            "want to be named.",
            "It is over",
            "the driver",
        ),
        # a lead-in that is only a name before its colon gives the word to the name, never to a verb inside the quote
        (
            "The count is close.\n\nMore on the count from Mark Hale and Jon Cole: “Although the surveys failed to "
            "call the race on Tuesday, the method was sound.”",
            "the surveys failed to call",
            "Jon Cole",
        ),
        # a horizontal bar typed for a dash is a dash, never a verb the quoted words are the subject of
        (
            "Tom Hale keeps attacking the plan as a “giveaway” ― just as he did in 2014.",
            "giveaway",
            "Tom Hale",
        ),
        # a quote set off by dashes right after a person's name is that person's words, not the sentence subject's
        (
            "Several critics agreed, among them the economist Tom Hill — “This plan will not survive a recession” — "
            "and two former governors.",
            "will not survive a recession",
            "Tom Hill",
        ),
        (
            "Several critics agreed, among them the economist Tom Hill -- ''This plan will not survive a "
            "recession'' -- and two former governors.",
            "will not survive a recession",
            "Tom Hill",
        ),
    ],
)
def test_direct_quote_speaker(body: str, quote: str, speaker: str) -> None:
    assert any(quote in q.text for q in statements(body))
    assert speaker in (_speaker_of(body, quote) or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "wrong"),
    [
        # one who carried, released or put out someone else's document is not its author
        (
            "A letter the lawyer delivered to the judge on behalf of his client said, “I am sorry for what I did.”",
            "I am sorry",
            "lawyer",
        ),
        (
            "The Calder Ledger put out the family's statement on Monday. The statement said, “We forgive him.”",
            "We forgive him",
            "Calder Ledger",
        ),
        # a name the parser gives a common noun inside a description is that noun's, not the speaker's
        (
            "A spokesman for the senator's wife, Ellen Granger, said, “She is resting at home.”",
            "resting at home",
            "Ellen Granger",
        ),
        ("Lawyers for the former mayor, Tom Hillard, said, “He will fight the charges.”", "fight", "Hillard"),
        # whoever obtained or saw a document is not its author
        (
            "An email obtained by The Associated Press shows officials knew about the leak in March. “We need to "
            "keep this quiet for now,” the email said.",
            "keep this quiet",
            "Associated Press",
        ),
        # the channel a lead-in names is not who speaks
        (
            "He called it a mistake on the radio in March.\n\nThen, a week later on Fox: “I have never said that "
            "and I never will, as you well know.”",
            "never said that",
            "Fox",
        ),
    ],
)
def test_a_quote_is_not_given_to_one_who_passed_it_on_or_to_a_name_inside_the_description(
    body: str, quote: str, wrong: str
) -> None:
    assert wrong not in (_speaker_of(body, quote) or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a name is not a statement
        ("His campaign paid to broadcast a short film called “Tenemos Familias” on television.", "Tenemos"),
        # ... unless the naming is denied
        ("Tom Hill never called it the mayor's “worst idea.”", "worst idea"),
        # words someone is only expected to say are nobody's quote
        ("The union's leader says she expects the board to announce “a fair deal for nurses” by Friday.", "a fair"),
        ("The coach said she expected that fans will say “enough is enough” at the gate.", "enough is"),
        # the title of a show in quotation marks is no statement
        ("Ann Lee said on “Meet the Press” that she would run again.", "Meet the Press"),
        ("Tom Hill told ABC’s “Good Morning America” that the plan would fail.", "Good Morning"),
        # a lead-in whose subject is an empty "it" names nobody
        (
            "Wait, it gets better:\n\n“The rules of the game were written long ago by people who never played.”",
            "The rules",
        ),
        # "according to" a preference names nobody
        ("Voters pick “R” or “D” according to their instinctive preference.", "R"),
        # a name or a title that a verb of judging aloud praises or attacks is no statement
        ("Critic Helen Marsh ridiculed “Summer Nights”, the new musical at the Lyric, as a waste of time.", "Summer"),
        ("Senator Glen Hoyt blamed the “Obamacare” law for rising premiums.", "Obamacare"),
        # nor is a term that judges nothing, set after someone else's possessive, nor words someone refused to judge
        ("Labour MP Jo Fenn mocked the prime minister's “reset” in the Commons on Tuesday.", "reset"),
        ("Coach Mark Dunn refused to blame his keeper's “careless lapse” for the defeat.", "careless lapse"),
    ],
)
def test_no_direct_quote(body: str, absent: str) -> None:
    assert not any(q.text.startswith(absent) and q.speaker is not None for q in direct_quotes(body))


def test_honorifics_give_the_pronoun_a_surname_takes() -> None:
    text = "Mr. Tom Hill met Ms Lee and Mrs. Ann Roe. Later Mr. Cole and Mrs. Cole arrived."
    assert article_genders(text, []) == {"Hill": "he", "Tom Hill": "he", "Lee": "she", "Roe": "she", "Ann Roe": "she"}


def test_a_surname_takes_the_gender_its_given_name_tells_unless_two_people_share_it() -> None:
    people = [Mention(Span(0, 8), name, ActorKind.PERSON) for name in ("Tom Hale", "Ann Cole", "Dan Cole", "Ed Moss")]
    text = "Mr. Tom Hale, Ann Cole, Dan Cole and Ed Moss met Mrs. Moss."
    assert article_genders(text, people) == {"Hale": "he", "Tom Hale": "he"}


@pytest.mark.model
def test_a_quote_that_reopens_each_paragraph_is_one_speaker_and_keeps_out_the_narration() -> None:
    body = (
        "Mayor Ann Lee spoke on Monday. “We will fight for every street in this city,” she said. “We will win this "
        "fight.\n\n“And we will never give up on the people who live here.”\n\nThe mayor then left the stage."
    )
    quotes = direct_quotes(body)
    assert all(q.speaker is not None and "Ann Lee" in q.speaker.text for q in quotes), quotes
    assert any(q.text.startswith("And we will never give up") for q in quotes)
    assert not any("left the stage" in q.text for q in quotes)


def test_a_participle_in_a_sentence_without_a_verb_finds_no_speaker_and_ends() -> None:
    """A fragment rooted on a noun ("The mayor's letter …, calling …") has no clause above the participle: the search
    for one stops at the root instead of climbing forever, and nobody is made the speaker."""
    quotes = direct_quotes("The mayor's letter to residents last week, calling the plan “a disgrace”.")
    assert all(q.speaker is None for q in quotes)  # a short quote of nobody is no statement at all


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "role", "name"),
    [
        # a role keeps its words and stands for the person the article gave that office, with the same place name
        (
            "Ohio Gov. Tom Hill and Florida Gov. Ann Lee met on Monday.\n\n"
            "The Ohio governor declined to say more. “We will not sign this bill,” he said.",
            "We will not sign",
            "The Ohio governor",
            "Tom Hill",
        ),
        (
            "Sen. Bob Gray spoke first.\n\n“It is a disaster for working families,” the senator said.",
            "It is a",
            "the senator",
            "Bob Gray",
        ),
        # "the mayor" in office is not the former mayor
        (
            "Tom Hill, the former mayor, spoke first. Mayor Ann Lee followed him.\n\n"
            "“We will rebuild the bridge by the spring,” the mayor said.",
            "We will rebuild",
            "the mayor",
            "Ann Lee",
        ),
        # a role by whose it is names another person; a place the office was never given with names nobody
        (
            "Tom Hill spoke first. His brother said, “We are proud of him and of his work.”",
            "We are proud",
            "His brother",
            "",
        ),
        (
            "Sen. Bob Gray of Ohio spoke first.\n\n“It is a disaster for working families,” the Vermont senator said.",
            "It is a",
            "the Vermont senator",
            "",
        ),
    ],
)
def test_a_role_stands_for_the_person_the_article_gave_it(body: str, quote: str, role: str, name: str) -> None:
    text = f"Title\n\n{body}\n"
    said = next(q for q in direct_quotes(body) if quote in q.text)
    assert said.speaker is not None and said.speaker.text == role
    refers = said.speaker.refers
    assert (refers.slice(text) if refers is not None else "") == name
    assert said.resolution == ("role" if name else "description") or said.resolution == "pronoun"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # the subject of a passive "said" or "called" is spoken of, not the speaker
        (
            "After the vote, council chairman Tom Hill was said to be “very angry about the way the count was run.”",
            "very angry",
        ),
        ("At the meeting, the new budget was called “a reckless gamble with the town's money” twice.", "a reckless"),
    ],
)
def test_the_subject_of_a_passive_said_or_called_is_no_speaker(body: str, quote: str) -> None:
    found = {q.text: q.speaker for q in direct_quotes(body)}
    said = next((text for text in found if quote in text), None)
    assert said is None or found[said] is None, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "addressee"),
    [
        (
            "In an interview published on Wednesday, Dana Voss was asked, “What is the hardest choice you have made?”",
            "hardest choice",
            "Dana Voss",
        ),
        (
            "On their first day, the new students were told, “Nobody here cares where you went to school or who "
            "your father is.”",
            "Nobody here cares",
            "students",
        ),
        ("“Do you regret anything you did at the bank?” Lord Avery-Stone was asked.", "regret anything", "Avery-Stone"),
        (
            "Every new minister is asked the same question: “What will you have changed by the time you leave?”",
            "changed",
            "minister",
        ),
    ],
)
def test_the_subject_of_a_passive_asked_or_told_is_spoken_to_not_the_speaker(
    body: str, quote: str, addressee: str
) -> None:
    said = next(q for q in direct_quotes(body) if quote in q.text)
    assert said.speaker is None, said.speaker
    assert said.addressee is not None and addressee in said.addressee.text, said.addressee


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the quote answers a question the sentence gives in its own words
        (
            "Lina Park, 45, was asked what she would do after retiring: “Sleep, mostly, and then go fishing.”",
            "Sleep",
            "Lina Park",
        ),
        (
            "Mr. Dobbs was asked about his future on Tuesday and was blunt: “I am staying, whatever the board thinks.”",
            "I am staying",
            "Dobbs",
        ),
    ],
)
def test_a_quote_after_a_question_told_in_the_narration_is_the_answer(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_a_message_put_to_the_subject_of_a_passive_told_holds_the_quote() -> None:
    body = "Ms. Garza was told by her manager that her job was “completely safe, whatever happens to the company.”"
    said = next(q for q in direct_quotes(body) if "completely safe" in q.text)
    assert said.speaker is not None and said.speaker.text == "her manager"
    assert said.addressee is not None and "Garza" in said.addressee.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("Mr. Pike was told that he had been “let go with immediate effect.”", "let go"),
        ("Residents were told to treat the water as “unsafe to drink” until Friday.", "unsafe"),
    ],
)
def test_the_subject_of_a_passive_told_does_not_say_the_message(body: str, quote: str) -> None:
    found = {q.text: q.speaker for q in direct_quotes(body)}
    said = next((text for text in found if quote in text), None)
    assert said is None or found[said] is None, found


@pytest.mark.model
def test_the_one_named_after_by_asks_a_passive_question() -> None:
    body = "Dana Voss was asked by reporters outside the court, “Will you run again next year?”"
    said = next(q for q in direct_quotes(body) if "run again" in q.text)
    assert said.speaker is not None and said.speaker.text == "reporters"
    assert said.addressee is not None and said.addressee.text == "Dana Voss"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Tom Hill spoke after the vote.\n\nThe senator, he said, watched the race only to see “how fast those "
            "young runners could go.”",
            "young runners",
            "Tom Hill",
        ),
        (
            "Ann Lee spoke to the board on Monday.\n\nThe treasurer, she said, “has not read a single report this "
            "year.”",
            "single report",
            "Ann Lee",
        ),
    ],
)
def test_a_pronoun_in_an_aside_of_saying_is_not_the_subject_it_interrupts(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # an aside after its clause's verb may be the subject's own
        (
            "Mr. Hill had never voted before, he said, but “this year felt different, like the town was at stake.”",
            "felt different",
            "Hill",
        ),
        # a name right after a cue that opens its sentence after "And" is the inverted subject
        (
            "And added Bryce Holt: “If they want a fight, they will get one, and they will lose it.”",
            "want a fight",
            "Bryce Holt",
        ),
    ],
)
def test_the_subject_of_a_later_aside_or_an_inverted_cue_speaks(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_the_object_of_an_opening_participle_is_no_lost_subject() -> None:
    body = (
        "After meeting Dana Cruz in Lisbon, the president, tired but smiling, also said: “Portugal is a loyal friend.”"
    )
    assert "Cruz" not in (_speaker_of(body, "loyal friend") or "")


@pytest.mark.model
def test_she_stands_for_the_subject_the_parse_lost_not_for_whom_she_accused() -> None:
    body = (
        "Speaking in Toledo, Lee, without naming him, also accused Kessler of lying about the budget.\n\n"
        "“You can't just show up at election time and expect votes,” she said."
    )
    assert _speaker_of(body, "show up") == "Lee"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Dana Voss won the primary by a wide margin, a result that led her to declare that the nomination was "
            "“within reach.”",
            "within reach",
            "Dana Voss",
        ),
        (
            "The defeat forced the senator to admit that the bill was “dead on arrival.”",
            "dead on arrival",
            "the senator",
        ),
        # a verb of asking is no cause: the words are the asker's
        ("The mayor urged residents to call the plan “a reckless waste of money.”", "reckless waste", "The mayor"),
    ],
)
def test_the_one_a_verb_of_causing_moves_to_speak_is_the_speaker(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_a_participle_set_off_after_a_verb_of_causing_goes_on_with_the_cause() -> None:
    body = "The lawyer persuaded his client to plead guilty, telling him, “This is the best deal you will get.”"
    assert _speaker_of(body, "best deal") == "The lawyer"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Of Carson, Levine, who has given money to Rubio, said, “He is a fine man but he cannot win.”",
            "fine",
            "Levine",
        ),
        (
            "About Lowry, Pearce, who ran against him in 2018, said only: “He is entitled to his views.”",
            "views",
            "Pearce",
        ),
        (
            "Of Sanders, Weiss, a donor from Vermont, said, “I admire him, but I cannot give him another cent.”",
            "cent",
            "Weiss",
        ),
        (
            "Of Mayor Daley, Hoffman, who worked for him for six years, said, “He never forgot a face.”",
            "face",
            "Hoffman",
        ),
    ],
)
def test_the_name_after_an_opening_preposition_is_spoken_of_not_the_speaker(
    body: str, quote: str, speaker: str
) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_a_speech_verb_below_a_passive_said_keeps_its_subject() -> None:
    body = "Tom Hill is reported to have called the new budget “a reckless gamble with the town's money.”"
    found = {q.text: q.speaker.text if q.speaker else None for q in direct_quotes(body)}
    assert any("reckless gamble" in text and "Tom Hill" in (speaker or "") for text, speaker in found.items()), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The dam plan drew fire from Ecoguard, who called it “a slow-motion flood.”", "Ecoguard"),
        ("Farmers in Oak County, who called the drought “the worst in memory,” asked for help.", "Farmers"),
        ("The plan drew fire in Tarville, who called it “a slow-motion flood.”", None),
    ],
    ids=["a thing before a body: the body", "people before a place: the people", "a place alone: nobody"],
)
def test_a_who_after_a_place_or_body_is_the_speaker_before_it_only_when_it_can_speak(
    body: str, speaker: str | None
) -> None:
    found = [q.speaker.text if q.speaker else None for q in direct_quotes(body)]
    if speaker is None:  # a short quote of nobody is no statement at all
        assert found in ([], [None])
    else:
        assert len(found) == 1 and (found[0] or "").startswith(speaker)


def test_a_participle_in_a_sentence_without_a_verb_gives_a_long_quote_no_speaker() -> None:
    """The fragment rooted on a noun with a quote long enough to stand alone: kept, and still nobody's."""
    quotes = direct_quotes(
        "The mayor's letter to Brenlow residents last week, calling the plan “a disgrace to every family that "
        "has paid its taxes here”."
    )
    assert quotes, "a quote of eight words or more stands with no speaker"
    assert all(q.speaker is None for q in quotes), quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "wrong"),
    [
        # a "who" clause's person is no "he" of the other gender
        (
            "Bob Grant spoke on Friday. Ann Lee, a juror who stood up as he shouted, “The ferry tax is a scandal,” "
            "was not there.",
            "The ferry tax is a scandal",
            "Ann Lee",
        ),
        # nor when another person is named in the clause before the pronoun
        (
            "Bob Grant introduced Ann Lee on Friday. She was joined by Tom Hill, a lawyer who sued Ed Cole after he "
            "said “The ferry tax is a scandal.”",
            "The ferry tax is a scandal",
            "Tom Hill",
        ),
    ],
)
def test_a_pronoun_in_a_who_clause_keeps_off_a_person_it_cannot_stand_for(body: str, quote: str, wrong: str) -> None:
    found = {q.text: q.speaker.text if q.speaker else "" for q in direct_quotes(body)}
    said = next(text for text in found if quote in text)
    assert wrong not in found[said], found


def _spoken_by(body: str, quote: str) -> str | None:
    """Who says the first direct quote of ``body`` that holds ``quote`` ("" for nobody; None when there is none)."""
    found = {q.text: q.speaker.text if q.speaker else "" for q in direct_quotes(body)}
    return next((speaker for text, speaker in found.items() if quote in text), None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a person named beside a description is who speaks
        ("His spokesman, Tom Hill, said the mayor “will not resign.”", "will not resign", "Tom Hill"),
        (
            "Only one trustee, retired nurse Helen Carter, voted against the levy, warning that “it would close "
            "shops.”",
            "it would close shops",
            "Helen Carter",
        ),
        ("Her lawyer, Tom Hill, said, “Ann Lee has done nothing wrong.”", "Ann Lee has done", "Tom Hill"),
        # a name before its description is the speaker already
        ("Ann Lee, the mayor, said the bridge “will open in May.”", "will open in May", "Ann Lee"),
    ],
)
def test_a_person_named_beside_a_description_speaks(body: str, quote: str, speaker: str) -> None:
    assert _spoken_by(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "wrong"),
    [
        # one of a list of names says nothing alone
        ("His aides, Tom Hill and Ann Lee, said the mayor was “exhausted.”", "exhausted", "Tom Hill"),
        ("Both candidates, Tom Hill and Ann Lee, called the debate “useful.”", "useful", "Tom Hill"),
        # a body beside a spokesman's description is not the spokesman
        ("A spokesman for the firm, Acme Corp, said the plant was “safe.”", "safe", "Acme Corp"),
    ],
)
def test_a_list_or_a_body_beside_a_description_does_not_speak_for_it(body: str, quote: str, wrong: str) -> None:
    assert _spoken_by(body, quote) != wrong


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # "it" with a verb of saying and its particle speaks as "it said" does, for the body before it
        (
            "Acme Corp. said on Monday that profits fell by a third. It also pointed out that “the penalties for late "
            "filing are so light” that rivals ignore them.",
            "the penalties",
            "Acme Corp.",
        ),
        # a company's name the recogniser missed is still a body a later "it" stands for, not a person
        (
            "Acme Corp said on Monday that profits fell by a third. “The penalties for late filing are so light,” it "
            "added.",
            "The penalties",
            "Acme Corp",
        ),
        # words in the first person plural are a body's, never a writing's: "it" is the body the audit spoke of
        (
            "The audit says the water agency lost track of $3 million. “We have fixed our accounting since then,” it "
            "said.",
            "We have fixed",
            "the water agency",
        ),
        # a report that speaks goes on speaking as "it"
        (
            "“The rules are weak and the fines are small,” the report says.\n\nIt also points out that “the fines "
            "for late filing are rarely paid.”",
            "rarely paid",
            "the report",
        ),
        # a report that is the subject of any verb in the sentence before is what "it says" stands for
        (
            "The inspection report was published on Tuesday. It says the hospital “failed its patients at every turn.”",
            "failed its patients",
            "The inspection report",
        ),
        # a letter's "it" speaks for the letter's author
        (
            "A letter from the staff association to the board reflected both worries. “This tradition must "
            "change,” it said.",
            "This tradition must change",
            "the staff association",
        ),
        # a body named in the sentence of a report that does not speak there is what "it" stands for
        (
            "The audit was ordered by Marlow District Council after complaints from residents. It said it would "
            "publish the results in full.",
            "publish the results",
            "Marlow District Council",
        ),
        (
            "The report comes as Vantor Motors faces pressure over its brakes. It said on Monday that it remained "
            "confident in its cars.",
            "remained confident",
            "Vantor Motors",
        ),
        # a body named only as a word before a noun leaves the report the antecedent
        (
            "The report also lists data breaches in which Acme Bank employees took files home. It said managers had "
            "hidden the losses for years.",
            "managers had hidden",
            "The report",
        ),
        # a letter whose author the article names speaks for that author in the first person plural
        (
            "A letter from the staff association to the board reflected both worries. “We must end this tradition,” "
            "it said.",
            "We must end this tradition",
            "the staff association",
        ),
        # an outlet that reported is what its "it" stands for
        (
            "The Washington Post said on Monday that the mayor had resigned. The Post reported that two aides had "
            "left with her. It added, “city hall was in turmoil all week.”",
            "city hall was in turmoil",
            "Post",
        ),
        # an email named as a subject is what "it reads" stands for, and speaks for whoever sent it
        (
            "The senator sent an email to his donors on Friday. The email describes the race as tight.\n\nAt the "
            "bottom it reads, “Every dollar you give goes to ads in Ohio.”",
            "Every dollar you give",
            "The senator",
        ),
        # an outlet's "it" speaking in the first person plural is the body it reported on
        (
            "The Financial Times reported that Unilever would split into two companies. It said in a statement, "
            "“We are always reviewing our portfolio.”",
            "always reviewing",
            "Unilever",
        ),
        # a study two sentences back is no longer what "it" stands for: the body named before it is
        (
            "Acme Corp. suspended 500 accounts in May. A study released last year estimated that 4,000 accounts "
            "were fake. Many of the suspended users open new accounts within days. “The checks are thorough and "
            "fair,” it said.",
            "The checks are thorough",
            "Acme Corp.",
        ),
    ],
)
def test_a_speaking_it_stands_for_a_body(body: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the "I" of a column is the writer its closing line names
        (
            "I grew up in Harwick in the 1980s. When the mill closed, I asked my father what would happen.\n\n"
            "Years later I told a reporter, “This town never recovered.”\n\n"
            "Dana Whitlow is a novelist and teaches writing at Tarn College.",
            "This town never recovered",
            "Dana Whitlow",
        ),
        # a news story's last line about a person signs nothing: its "I" is quoted, never the narration's
        (
            "The council delayed its vote on Monday. “I am disappointed,” said Mayor Tom Bragg.\n\n"
            "Bragg is expected to call a special session next week.",
            "I am disappointed",
            "Tom Bragg",
        ),
        # the writer's family may share the surname the closing line gives
        (
            "My parents, Tom and Ruth Whitlow, ran a mill. I told a reporter, “This town never recovered.”\n\n"
            "Dana Whitlow is a novelist and teaches writing at Tarn College.",
            "This town never recovered",
            "Dana Whitlow",
        ),
        # a feature's last line about someone it told of before signs nothing
        (
            "Glen Ross lost his barn to the flood. I asked him, “Will you stay?”\n\n"
            "Glen Ross is one of 30 farmers hit by the flood.",
            "Will you stay?",
            "I",
        ),
        # a last line that says how someone is, not what they do, signs nothing
        (
            "I met her at the food bank. I told her, “You deserve better.”\n\n"
            "Ana Ruiz is nineteen, and she still has no job.",
            "You deserve better",
            "I",
        ),
        # a tribute's last line, in the past, signs nothing
        ("My father never gave advice. I told him once, “I have none either.”\n\nTom Hill was 84.", "I have none", "I"),
        # two writers: the "I" is one of them, which the line does not say
        (
            "I grew up in Harwick. Years later I told a reporter, “This town never recovered.”\n\n"
            "Ann Lee and Tom Hill are historians at Tarn College.",
            "This town never recovered",
            "I",
        ),
        # a column with no closing line keeps its "I" as written
        (
            "I grew up in Harwick in the 1980s.\n\nYears later I told a reporter, “This town never recovered.”",
            "This town never recovered",
            "I",
        ),
    ],
)
def test_the_i_of_a_column_is_the_writer_its_closing_line_names(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Mayor Tom Bragg spoke on Monday. “We will cut taxes,” the deputy mayor said.",
        "Vice President Joe Kessler spoke on Monday. “We will win,” the president said.",
    ],
)
def test_a_speaking_office_of_another_rank_is_not_the_holder_named_before(body: str) -> None:
    (quote,) = direct_quotes(body)
    assert quote.speaker is not None and quote.speaker.refers is None, quote.speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "holder"),
    [
        ("Lt. Gov. Nora Pike spoke on Monday. “We are ready,” the lieutenant governor said.", "Nora Pike"),
        ("Vice President Dana Kort visited the plant. “They work hard,” the vice president said.", "Dana Kort"),
    ],
)
def test_a_speaking_office_of_rank_is_the_holder_given_that_rank(body: str, holder: str) -> None:
    (quote,) = direct_quotes(body)
    assert quote.speaker is not None and quote.speaker.refers is not None, quote.speaker
    assert quote.speaker.refers.slice(f"Title\n\n{body}\n") == holder


def test_a_day_the_parser_took_for_the_subject_is_no_speaker() -> None:
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graph.extract.speakers import Attribution, speaker_for
    from graph.model import Article

    words, deps = "Saturday at the convention Ann Lee said the plan failed .", "nsubj prep det pobj compound npadvmod"
    pos, ents = "PROPN ADP DET NOUN PROPN PROPN VERB DET NOUN VERB PUNCT", "B-DATE O O O B-PERSON I-PERSON O O O O O"
    doc = Doc(English().vocab, words=words.split(" "), heads=[6, 0, 3, 1, 5, 6, 6, 8, 9, 6, 6],
              deps=f"{deps} ROOT det nsubj ccomp punct".split(" "), pos=pos.split(" "),
              ents=ents.split(" "))  # fmt: skip
    article = Article("a", doc.text)
    assert speaker_for(doc[0], Attribution.read(doc, article, [], []), article) == (None, None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a participle opening the next sentence goes with that sentence's clause, not with the quote before it
        (
            "“We will win this state,” Mary Blake said. “Nobody else can do it.” Asked about the polls, Tom Hill "
            "said: “We will see.”",
            "Nobody else can do it",
            "Mary Blake",
        ),
        (
            "“We will win this state,” she said. “Nobody else can do it.” Asked what that would mean for the party, "
            "she said: “We will see.”",
            "Nobody else can do it",
            "she",
        ),
        # ... and when that clause says something of its own, the quote before still goes on with its speaker
        (
            "“We could hear them tapping,” rescuer Lars Nyberg said. “That gave us hope.” Asked how the men were "
            "doing, the hospital said they were stable.",
            "That gave us hope",
            "Lars Nyberg",
        ),
        # a participle of speaking before a clause of another kind: its subject answers with the quote before
        (
            "“I do not recall.” Asked repeatedly about the meeting, the witness gave the same answer.",
            "I do not recall",
            "the witness",
        ),
        # a frame the parser reads as a noun phrase ("Murphy, …, tweeted" as a reduced relative) still names its
        # speaker
        (
            "“We cannot argue with it!” Mike Murphy, the head of the group, tweeted on Friday.",
            "cannot argue",
            "Mike Murphy",
        ),
        # words a passive frame says were spoken by someone are not the subject's
        (
            "The crowd listened in silence. “Four score and seven years ago our fathers brought forth a new nation.” "
            "Words spoken by a president in a small town.",
            "Four score",
            None,
        ),
        # web copy that glues the opening mark to the cue ("said,“Look")
        (
            "The mayor spoke on Monday.\n\nPaul Ryan said,“Look, these images have no place in a campaign. Candidates "
            "should know that.”",
            "these images",
            "Paul Ryan",
        ),
        # a closing mark glued to the next word ("won,”she")
        ("The vote was close.\n\n“We won the seat by a hundred votes,”she said on Friday.", "We won", "she"),
    ],
)
def test_the_frame_after_a_quote_is_read_as_a_clause(body: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Drummer Kip shared the news on social media last week, writing “Feels great to support someone I trust.”",
            "Drummer Kip",
        ),
        # never a subject that cannot speak
        ("The news shocked fans on social media last week, writing “Feels great to support someone I trust.”", None),
    ],
)
def test_a_participle_the_parser_took_for_the_quotes_subject_is_the_clause_befores(
    body: str, speaker: str | None
) -> None:
    assert _speaker_of(body, "Feels great") == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a name opening the next quote is no narration between the two, whatever marks open it ('' or “)
        (
            "Mr. Hill spoke. ''Dorn does not get along with Lee,'' he said on ABC's ''This Week.'' ''Lee can not "
            "stand our mayor and it is causing us difficulty.''",
            "Lee can not stand",
            "Hill",
        ),
        (
            "''We lost,'' said Ann Lee. She has run the clinic for years. ''Hill is wrong about the vote.''",
            "Hill is wrong",
            "Ann Lee",
        ),
        # a sentence of narration between them with another name as its subject still hands the paragraph on
        ("''We lost,'' said Ann Lee. Tom Hill disagreed. ''Hill is wrong about the vote.''", "Hill is wrong", None),
    ],
)
def test_a_quote_goes_on_with_the_speaker_before_it(body: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(body, quote) == speaker


def _holder(body: str) -> str | None:
    """The name the speaker of the last direct quote of ``body`` stands for; None when it stands for none."""
    quote = direct_quotes(body)[-1]
    assert quote.speaker is not None
    return quote.speaker.refers.slice(f"Title\n\n{body}\n") if quote.speaker.refers is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "holder"),
    [
        # a description by party after the person is the subject of the sentence before
        (
            "Senate Majority Leader Walt Brenner said on Tuesday the chamber would vote next week. “We will get this "
            "done,” the Ohio Republican told reporters.",
            "Walt Brenner",
        ),
        ("Gov. Dana Kort signed the bill on Monday. “This is a great day,” the Democrat said.", "Dana Kort"),
        # the one person the article gives that party, named before
        (
            "Democrat Ann Lee and Republican Tom Hill met on Monday. Hill spoke first. “It went well,” the Democrat "
            "said.",
            "Ann Lee",
        ),
        (
            "Sen. Tom Hill, R-Ohio, spoke first. Sen. Nora Pike, D-Iowa, followed him. “This bill is a disgrace,” the "
            "Iowa Democrat said.",
            "Nora Pike",
        ),
        # a party is a person's, not their surname's: the senator's husband is no Democrat
        (
            "Sen. Ann Lee, D-Vt., was injured in a fall. Her husband, Tom Lee, said she was recovering. “I am fine,” "
            "the Vermont Democrat said.",
            "Ann Lee",
        ),
        # the one person given the party, though another is the object of their verb; "Conservative" is a party
        (
            "Democrat Joe Kane picked Sen. Alice Moore as his running mate. “She is the best choice,” the Democrat "
            "said.",
            "Joe Kane",
        ),
        (
            "Conservative MP James Hollis criticised the budget. The Chancellor, Rachel Reeve, defended her plans. "
            "“This budget is a disaster,” the Tory said.",
            "James Hollis",
        ),
        # the subject of the main clause before, past a name in the clause it reports and a dateline
        (
            "DUNMORE — House Speaker Walt Brenner says whatever President Dana Kort does, the plan will fail.\n\n“It "
            "is dead,” the Ohio Republican says in a statement.",
            "Walt Brenner",
        ),
        # an office placed by its state, given to no one: the subject of the sentence before, with no role
        (
            "Tom Hollis won the Iowa caucuses on Monday. “Tonight is a victory for the grassroots,” the Texas senator "
            "told supporters.",
            "Tom Hollis",
        ),
        ("Sen. Ann Pike won the vote on Monday. “Tonight is a victory,” the Texas senator said.", "Ann Pike"),
        # a party of two words is read whole, written in full or short: a Liberal Democrat is no Democrat
        (
            "Liberal Democrat leader Ann Hale attacked the plan. Tory co-chairman Paul Fenn defended it. “This is a "
            "shambles,” the Lib Dem leader said.",
            "Ann Hale",
        ),
        (
            "Lib Dem MP Sarah Teal and Labour MP Jim Ord clashed on Monday. “The bill is flawed,” the Liberal Democrat "
            "MP said.",
            "Sarah Teal",
        ),
        (
            "Democrat Ann Lee and Liberal Democrat Tom Hill met on Monday. Hill spoke first. “It went well,” the "
            "Democrat said.",
            "Ann Lee",
        ),
        # letters after a name give the office
        ("Sarah Dyke MP opened the debate on Monday. “This is a scandal,” the MP said.", "Sarah Dyke MP"),
        # "New" of a state's name is no word of time
        (
            "Kathy Hoyle proposed a housing plan on Tuesday. Hoyle said suburbs must build. “We cannot keep saying "
            "no,” the New York governor said.",
            "Hoyle",
        ),
    ],
)
def test_a_description_by_party_or_place_is_the_politician_named_before(body: str, holder: str) -> None:
    assert _holder(body) == holder


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # words after the office may tell another holder
        "Labour MP Jim Ord spoke first. “We need change,” the MP for Bath said.",
        # a shadow minister holds no office of the minister's
        "Shadow chancellor Mark Tilsley attacked the budget. “We will not be lectured,” the chancellor said.",
        # the subject of the sentence before shares its clause with another person: either may be meant
        "Tom Hill met Ann Lee on Monday. “It went well,” the Democrat said.",
        "Sen. Tom Hill and Sen. Ann Lee unveiled the plan. “It is bipartisan,” the Democrat said.",
        # the subject of the sentence before has a role that is no political office
        "Sen. Tom Hill held a town hall. Voter Dan Ruiz asked about farms. “We will help,” the Iowa Democrat said.",
        # a donor of the party is no politician of it
        "Ann Lee, a longtime Republican donor, attended. Voter Dan Ruiz spoke. “Thank you,” the Republican said.",
        # a role set before the name in apposition is a role too
        "Gov. Mike Brandt vetoed the bill. His spokesman, Kyle Moss, called it reckless. “We cannot afford it,” the "
        "Republican said.",
        # another person shared a clause with the subject before, and may be meant
        "President Emil Durand met Sen. Alice Beck on Monday. Durand praised the alliance. “Our partnership is "
        "strong,” the Democrat said.",
        # an officeholder is not the challenger he faced
        "Republican Rep. Tom Hill narrowly beat Dan Ruiz, a radio host, in the runoff. Ruiz had attacked Hill for "
        "months. “We gave them a scare,” the Republican challenger said.",
        # a strategist of the party is no politician of it
        "Democratic strategist Jim Carr said the party was in trouble. Voter Dan Ruiz agreed. “We are fine,” the "
        "Democrat said.",
        # the article gives the person named before another party
        "Sen. Tom Hill, I-Vt., spoke on Monday. “We need change,” the Democrat said.",
        # a word of rank makes it someone else
        "Tom Hill spoke in Ohio on Monday. “We will win,” the Republican vice presidential nominee said.",
        # two people of the party named before
        "Republican Tom Hill met Republican Dan Ruiz on Monday. “It went well,” the Republican said.",
        # the person named before is placed elsewhere, or holds another office
        "Sen. Tom Hollis (R-Fla.) spoke first. “We need change,” the Texas senator said.",
        "Sen. Tom Hollis of Ohio spoke first. “We need change,” the Texas senator said.",
        "Gov. Tom Hollis spoke first. “We need change,” the Texas senator said.",
        # a surname named next, and not before, may be the one the description introduces
        "Jamie Dorn said on Wednesday that the economy faced risks. Dorn spoke at a conference. “Wall Street always "
        "wants a bailout,” the Massachusetts senator said. Warren called for tougher rules.",
        # a holder of the office named before: not the person of no role after them
        "Sen. Rand Pauling blocked the vote. Donald Tramp weighed in online. “I do not take orders,” the Kentucky "
        "senator told reporters.",
    ],
)
def test_a_description_by_party_or_place_stays_as_written_where_the_article_leaves_it_open(body: str) -> None:
    assert _holder(body) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "gesturer"),
    [
        # a crowd that reacts, a description, one who winced while another spoke, one who turned to another, or one
        # who reacted to another's quoted words gives no words of their own
        ("“I am not running for mayor,” Councillor Ann Lee said.\nReporters laughed.\n“Next question.”", "Reporters"),
        ("The judge read the verdict aloud.\nThe defendant's mother sighed.\n“Guilty on all counts.”",
         "The defendant's mother"),
        ("Councillor Ann Lee winced as the treasurer read out the figures.\n“We are broke.”", "Ann Lee"),
        ("“The plan is a disgrace,” said Councillor Ann Lee. Councillor Tom Hill winced.\n“We are broke.”", "Tom Hill"),
        ("Minister Tom Hill nodded to his spokesman, who read a statement.\n“We are broke.”", "Tom Hill"),
    ],
)  # fmt: skip
def test_a_gesture_by_a_crowd_or_during_another_s_words_names_no_speaker(body: str, gesturer: str) -> None:
    quote = [q for q in direct_quotes(body) if q.text.startswith(("Next", "Guilty", "We are"))]
    assert all(q.speaker is None or q.speaker.text != gesturer for q in quote)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the sentence before says its subject judged aloud, and the quote alone after it gives the words
        (
            "Mayor Ellen Park praised the clean-up of the river after the flood.\n"
            "“Volunteers worked through the night and never asked for anything.”",
            "Volunteers worked through",
            "Ellen Park",
        ),
        (
            "Senator Ray Dunn, a Republican, touted his record on rural broadband at the fair.\n"
            "“Every farm in this state deserves a fast connection.”",
            "Every farm",
            "Ray Dunn",
        ),
        # or that it issued a statement, which the quote gives
        (
            "Harlow Mills issued a statement on Friday about the closure of its Leeds plant.\n"
            "“We regret that this step is necessary and will support every worker.”",
            "We regret",
            "Harlow Mills",
        ),
        # or that it made a gesture before speaking
        (
            "Councillor Maya Orr smiled.\n“Ask me again after the budget vote next month.”",
            "Ask me again",
            "Maya Orr",
        ),
        # "elaborate" reports what its subject said, as "explain" does
        (
            "Planner Rita Vold elaborated in a memo that the bridge would close for a year.\n"
            "“There is no cheaper way to make it safe for lorries.”",
            "There is no cheaper way",
            "Rita Vold",
        ),
        # a reporting verb set off by commas inside the sentence before is the cue, as a main verb would be
        (
            "Rather, Dunn said, the delays will help his rivals in the spring.\n"
            "“Nobody is ready for this fight, and that is the truth.”",
            "Nobody is ready",
            "Dunn",
        ),
        (
            "If anything, the coach wrote to members, the defeat proves that the club needs a bigger squad next "
            "season.\n“We cannot keep asking eleven tired players to carry a whole league campaign.”",
            "We cannot keep",
            "the coach",
        ),
    ],
)
def test_a_quote_alone_after_a_sentence_that_says_its_subject_spoke(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # the sentence before tells a deed that needs no words: the quote alone after it is no one's yet
        (
            "Police identified the victim as Tom Reed, a 34-year-old teacher from Derby.\n"
            "“He was the kindest man I ever knew, and the children loved him.”",
            "He was the kindest",
        ),
        (
            "Gunmen attacked a checkpoint near the border on Sunday night.\n"
            "“We heard shots and then screaming from every direction.”",
            "We heard shots",
        ),
        # nor does one who did not judge aloud say the words
        (
            "The mayor did not praise the plan when she spoke on Monday.\n"
            "“It is a plan that will cost far more than anyone admits.”",
            "It is a plan",
        ),
        # a reporting verb in a clause of time is no cue set inside the words
        (
            "When the mayor announced her resignation, the crowd cheered loudly.\n"
            "“We will miss her more than anyone can say.”",
            "We will miss",
        ),
        (
            "Having announced her resignation, the mayor left the hall by a side door.\n"
            "“We will miss her more than anyone can say.”",
            "We will miss",
        ),
        # one judged aloud may answer, and words judged may be what the quote gives
        (
            "Councillor Ida Brenner praised the nurse who caught the error on the ward.\n"
            "“I was just doing my job, as anyone would have done.”",
            "I was just doing",
        ),
        (
            "Senator Paul Okafor mocked his rival's slogan at a rally in Dayton.\n“A fair deal for every family.”",
            "A fair deal",
        ),
        # a question before the quote says no one spoke
        (
            "Did the senator condemn the attack on the clinic?\n“Nobody in this town will forget that night.”",
            "Nobody in this town",
        ),
        # the sentence right before the quote is another's deed
        (
            "Firefighters praised the quick thinking of a neighbour. Residents gathered at the church.\n"
            "“We have lost everything we owned in that house, all of it.”",
            "We have lost",
        ),
    ],
)
def test_a_quote_alone_after_a_deed_done_without_words_has_no_speaker(body: str, quote: str) -> None:
    assert _speaker_of(body, quote) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # "she's said" is "she has said", whatever the parse makes of the "'s"
        (
            "Since Maria Ortiz entered the mayoral race in March, she's said one thing at each town hall: "
            '"Fix the buses first and the rest will follow."',
            "Fix the buses first",
            "Maria Ortiz",
        ),
        (
            "Tom Hill has run the depot for a decade. He's said for years that the roof leaks.",
            "the roof leaks",
            "Tom Hill",
        ),
    ],
)
def test_a_contracted_has_said_is_no_passive(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_a_contracted_is_said_to_is_a_passive() -> None:
    assert _speaker_of('Tom Hill runs the depot. He\'s said to be "furious" about the roof.', "furious") is None


@pytest.mark.model
def test_a_question_with_its_speaker_inverted_after_it_is_theirs_whatever_verb_the_parse_hangs_it_on() -> None:
    body = (
        "Whether the board knew — as many staff believe, though the chair strongly denies — “how could it not have "
        "known?” asked Paula Gray, a former trustee."
    )
    assert _speaker_of(body, "how could it not") == "Paula Gray"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # of two speakers joined in the sentence before, the last one says the quote alone after it
        (
            "Tom Hill said the plan would fail, and Ann Lee agreed.\n“It was never going to work in a city this size.”",
            "It was never going",
            "Ann Lee",
        ),
        # and one who cuts in after a quote does not let its speaker go on
        (
            "“We will open again in May,” Rosa Pike said, and her brother broke in. “Maybe June, if the roof holds out "
            "that long.”",
            "Maybe June",
            "her brother",
        ),
    ],
)
def test_the_last_speaker_joined_before_a_quote_alone_says_it(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a joined verb that does something else with its words does not take the quote from the first speaker
        (
            "Tom Hill said the count was wrong, and Ann Lee agreed to a recount.\n“The machines jammed twice.”",
            "The machines jammed",
            "Tom Hill",
        ),
        (
            "“It is a scandal,” Nell Ford said, and the crowd chanted her name. “I was never consulted about it.”",
            "I was never consulted",
            "Nell Ford",
        ),
    ],
)
def test_a_speaker_named_after_another_does_not_take_what_the_first_said(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a verb of saying the parse left with no subject takes the one it gave the clause set before it
        (
            "A third delegate, who like others spoke on the condition of anonymity to describe the closed session, "
            "said the mood was that “nobody trusts the chair any more and everyone knows it.”",
            "nobody trusts the chair",
            "A third delegate",
        ),
        (
            "Mayor Rosa Pike backs “free bus passes,” rejects “new parking fees” and described the last fare rise: "
            "“I watched people give up their jobs because they could not get there.”",
            "I watched people",
            "Rosa Pike",
        ),
        # what that speaker said after the verb stays a statement
        (
            "One delegate, who like others spoke on condition of anonymity, said the chair would resign.",
            "the chair would resign",
            "One delegate",
        ),
        # or the name it took for the object of "as"
        (
            "As Ann Marlow, professor of history at Leeds and author of “The Quiet Charter,” put it, “Council members "
            "should recall that a bargain struck now may serve them far better than a ruling later.”",
            "Council members should recall",
            "Ann Marlow",
        ),
    ],
)
def test_a_speaker_the_parse_hung_elsewhere_still_speaks(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_the_clause_that_holds_the_speaker_is_not_what_was_said() -> None:
    body = (
        "A third delegate, who like others spoke on the condition of anonymity to describe the closed session, said "
        "the mood was that “nobody trusts the chair any more and everyone knows it.”"
    )
    assert not any(q.text.startswith("A third delegate") for q in statements(body))


@pytest.mark.model
def test_a_capacity_after_as_is_no_speaker() -> None:
    assert _speaker_of("As Chair of the panel, said it would meet again in June.", "it would meet") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a person a description's participle of naming names is its subject, as salient as a name in its place
        (
            "The mayor of Dunmore, Tom Hill, said the plant would stay open.\n\nOutside the plant, a welder named "
            "Ray Tolley has nothing but praise for his job. “The pay is fair,” he said.",
            "The pay is fair",
            "Ray Tolley",
        ),
        # a lead-in that ends on its subject's verb before a colon gives the word to that subject, a description too
        ("The rally was loud. The senator boomed: “We will win in November.”", "We will win", "The senator"),
        # "raged", which the lemmatizer alone reads as a form of "rag"
        ("One fan wrote: “Shocking.” Another fan raged: “He is a disgrace to the club.”", "disgrace", "Another fan"),
        ("“He is a disgrace to the town,” the mayor raged.", "disgrace", "the mayor"),
        # a description the parse hung on the noun that ends an opening clause is the subject of the verb after it
        (
            "Though the school has no agreement with Brandt's company, a district official who requested anonymity "
            "said on Friday, “Of course we still talk to them.”",
            "Of course we still talk",
            "a district official",
        ),
    ],
)
def test_a_speaker_the_parse_hid_is_found(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("The storm came at night. Then it happened: “The roof is falling!”", "The roof"),
        # a verb of receiving, hearing or waiting before the colon gives no one the word
        ("The district sent notices home. Parents received: “Your child has been absent for ten days.”", "absent"),
        ("The hall went quiet. The audience heard: “Please welcome the governor of the state.”", "Please welcome"),
    ],
)
def test_a_lead_in_with_no_one_speaking_gives_no_speaker(body: str, quote: str) -> None:
    assert _speaker_of(body, quote) is None


@pytest.mark.model
def test_a_name_given_to_an_animal_is_no_speaker() -> None:
    body = (
        "Officer Dan Ruiz arrived at the farm on Sunday. A horse named Big Tom had kicked a child. “The boy is fine,” "
        "he said."
    )
    assert _speaker_of(body, "The boy is fine") == "Dan Ruiz"


@pytest.mark.model
def test_a_participle_joined_to_an_object_predicate_says_nothing() -> None:
    assert not statements("The fire left the family homeless and pleading for help from the city.")


@pytest.mark.model
def test_a_cue_joined_to_the_words_of_the_quote_before_goes_on_with_its_speaker() -> None:
    # the parse hangs the first cue and the second on the first quote's verb, whose subject ("we") is no speaker
    body = (
        "Ann Lee spoke first.\n\n“We know that the deal ― pay, leave ― we know those gains will last,” she said at a "
        "news conference, and then predicted: “It will be signed by June.”"
    )
    assert _speaker_of(body, "It will be signed") == "Ann Lee"


@pytest.mark.model
def test_a_body_described_by_a_noun_that_fits_people_too_stays_a_body() -> None:
    body = "Rellford, a takeover candidate, rose 9 percent on Monday. It said it had received no approach."
    assert _speaker_of(body, "received no approach") == "Rellford"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the quote is the content of a noun of saying: its owner's words, whoever speaks of them
        (
            "The mayor dismissed Tom Hill's claim that the council had “lied to the whole town.”",
            "lied to the whole town",
            "Tom Hill",
        ),
        ("Tom Hill echoed Ann Lee's warning of “a lost decade for the region.”", "a lost decade", "Ann Lee"),
        # a reporting verb inside the content gives the words to its own subject
        ("Ann Lee's claim that the mayor had replied “no comment” was false.", "no comment", "the mayor"),
    ],
)
def test_a_quote_a_noun_of_saying_holds_is_its_owners(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # words that name something the noun speaks of, a thing's "message", a denial, a claim a verb reports
        "Tom Hill's remark about Ann Lee's “very fine people” comment drew anger.",
        "The film's message of “hope for the future” moved audiences.",
        "Ann Lee's denial that she had “misled the public about the budget” was not believed.",
        "The mayor said Tom Hill's claim that the council “lied” was wrong.",
    ],
)
def test_a_noun_of_saying_gives_no_quote_it_does_not_own(body: str) -> None:
    assert not any(q.direct and q.cue in {"remark", "message", "denial", "claim"} for q in statements(body))


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a participle after "after", "for" or a comma says what the passive's subject said, not its "by" agent
        ("Ann Lee was praised by her rivals after saying that the vote was “a disgrace.”", "a disgrace", "Ann Lee"),
        (
            "The singer Mara Quill was booed and shouted down by hecklers after telling them that they were “acting "
            "like children.”",
            "acting like children",
            "Mara Quill",
        ),
        ("Tom Hill was criticised by the council for calling the budget “a fraud.”", "a fraud", "Tom Hill"),
        ("After saying the deal was “dead,” Tom Hill was criticised by his own party.", "dead", "Tom Hill"),
        # a thing cannot say it: the agent does
        ("The bridge was opened by the mayor after calling it “a fine day for the town.”", "a fine day", "the mayor"),
        # set off by a comma, the participle may be the agent's
        ("The mayor was attacked by councillors, saying that he had “lost control.”", "lost", "councillors"),
        # said to or of the one the passive names
        ("Ann Lee was introduced by the host after describing her as “a legend.”", "a legend", "the host"),
        # an object of the other sex is someone else
        ("Tom Hill was praised by his fans after describing her as “a legend.”", "a legend", "Tom Hill"),
        # a comma before the preposition changes nothing
        ("Ann Lee was praised by her rivals, after saying that the vote was “a disgrace.”", "a disgrace", "Ann Lee"),
    ],
)
def test_a_passive_subject_says_the_participle_set_beside_its_verb(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        ("The actor Tom Bell said that the film was “a joy to make.”", "a joy to make", "Tom Bell"),
        ("“We will win this seat,” the billionaire Ray Dunmore said.", "We will win", "Ray Dunmore"),
        ("Her husband Peter Brandt said the vote was “a disgrace.”", "a disgrace", "Peter Brandt"),
        # a list of names is no one speaker of the whole
        ("His friends Tom Bell and Ann Lee said the vote was “a disgrace.”", "a disgrace", "His friends"),
        # the name is the subject of a clause on the description, not the description's name
        ("The woman Tom Bell married in 2004 said he was “a kind man.”", "a kind man", "The woman"),
    ],
)
def test_a_name_right_after_its_description_speaks(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # one named after "by" whose "who" clause says something speaks in that sentence: "she" goes on with her
        (
            "Lee's position was backed on Friday by Sen. Maria Ortiz of Nevada, the ranking Democrat on the budget "
            "committee, who said none of the payments in question came from Lee.\n\n“It has never made sense to me "
            "that the mayor can be blamed for this,” she said in a statement.",
            "It has never made sense",
            "Maria Ortiz",
        ),
        # the subject of the sentence goes on speaking before one its object's "who" clause has speak
        (
            "Ann Lee attacked Mary Hill, who said the plan was sound.\n\n“It is a disaster,” she said.",
            "It is a disaster",
            "Ann Lee",
        ),
        # a "who" clause that says nothing was said makes no speaker
        (
            "Lee met Sen. Maria Ortiz, who would not say whether the payments were legal.\n\n“It is a scandal,” she "
            "said.",
            "It is a scandal",
            "Lee",
        ),
        # a "who" clause on a list of names speaks for them all, not for one who goes on alone
        (
            "Tom Hill avoided attacking his rivals, Gov. Ray Moss and Gov. Dan Price, who say the senator lacks "
            "experience.\n\n“The race is wide open,” he said on Monday.",
            "The race is wide open",
            "Tom Hill",
        ),
    ],
)
def test_a_who_clause_of_saying_makes_its_noun_the_one_who_speaks(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
def test_an_honorific_without_its_full_stop_tells_the_sex() -> None:
    body = (
        "Regional officer Sean Garrity said workers had found out from the news.\n\n“They deserved better,” Mr "
        "Garrity said.\n\nA company spokeswoman disputed that, saying all staff had been briefed. She said the company "
        "had followed every process."
    )
    said = {q.text: q.speaker.text if q.speaker else None for q in statements(body)}
    assert said["the company had followed every process"] != "Mr Garrity"


@pytest.mark.model
@pytest.mark.parametrize(
    "introduced",
    [
        "her husband Harlan Boll said",  # a title before the name
        "her husband, Harlan Boll, said",  # the name in apposition to the noun
        "said Harlan Boll, her husband of 40 years",  # the noun in apposition to the name
    ],
)
def test_a_noun_of_one_sex_beside_a_name_tells_its_sex(introduced: str) -> None:
    body = (
        f"The film star Esther Vale has died at 91, {introduced}.\n\n"
        "“I never wanted to be anything but a swimmer,” she told an interviewer in 1999."
    )
    assert _speaker_of(body, "I never wanted to be") == "Esther Vale"


@pytest.mark.model
def test_a_word_of_an_office_ending_in_man_tells_no_sex() -> None:
    body = "Acme spokesman Jo Reyes confirmed the sale on Monday.\n\n“We are pleased with the price,” she said."
    assert _speaker_of(body, "We are pleased") == "Jo Reyes"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # an abbreviated title before a name neither ends the sentence nor is a name of its own
        (
            "“We are already at war,” said Pentagon spokesman Navy Capt. Jim Dell, who was asked about the plan.",
            "already at war",
            "Jim Dell",
        ),
        ("“The review will take weeks,” Det. Insp. Ann Rowe told reporters on Monday.", "take weeks", "Ann Rowe"),
        # a label after a lead-in that ends with a colon of its own
        (
            "The exchange went as follows: Special Asst. to the Mayor Tom Hale: “We will not back down.”",
            "not back down",
            "Tom Hale",
        ),
    ],
)
def test_a_speaker_behind_an_abbreviated_title(body: str, quote: str, speaker: str) -> None:
    assert speaker in (_speaker_of(body, quote) or "")


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Ohio Department of Health spokesperson Mark Delaney said the water was safe to drink.",
        "State health department epidemiologist Ann Cole said the water was safe to drink.",
    ],
)
def test_a_body_and_an_office_before_a_full_name_are_no_part_of_it(body: str) -> None:
    # the recogniser misses the name behind a long description: the speaker is the person, not the description
    assert _speaker_of(body, "safe to drink") in {"Mark Delaney", "Ann Cole"}


@pytest.mark.model
def test_he_who_speaks_in_an_adverbial_clause_is_the_man_named_before_it_in_its_sentence() -> None:
    # the subject of the sentence before (David Byler) is not who "he" is: Rubio is named in the clause above it
    body = (
        "As David Byler pointed out in December, the rules can change. If we are hearing Ruiz's strategy correctly "
        'when he says he intends to "pick up delegates" everywhere he can, his plan is to compete long enough.'
    )
    assert _speaker_of(body, "he intends to") == "Ruiz"
