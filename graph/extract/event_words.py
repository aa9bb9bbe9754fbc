"""The words of events: trigger lemmas by type, synonyms, light and stop verbs, the words of relations in time.

Small tables on purpose (precision over recall, and no WordNet): :mod:`graph.extract.events` reads them, and
:mod:`graph.merge.events` reads :func:`synonymous`.
"""

from __future__ import annotations

from graph.extract.actors import GROUP_HEADS, PERSON_NOUNS
from graph.extract.attribution import INDIRECT_VERBS, REPORTING_VERBS
from graph.model import EventType, RelationType


def _typed(kind: EventType, words: str) -> dict[str, EventType]:
    return dict.fromkeys(words.split(), kind)


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_C, _P, _S, _L = EventType.CONFLICT, EventType.POLITICAL, EventType.SPEECH, EventType.LEGAL
_E, _M, _O = EventType.ECONOMIC, EventType.MOVEMENT, EventType.OTHER
VERB_TYPES: dict[str, EventType] = {
    **_typed(_C, "attack invade bomb shell strike fight kill shoot capture retake reclaim seize recapture occupy "
             "raid storm besiege destroy wound liberate surrender defeat annex mobilize mobilise ambush clash "
             "bombard murder stab"),
    **_typed(_P, "elect vote resign appoint nominate sign veto impeach ratify sanction protest campaign petition "
             "legislate dismiss fire oust endorse"),
    **_typed(_S, "announce declare call urge demand appeal warn pledge promise vow condemn criticise criticize "
             "denounce"),
    **_typed(_L, "arrest charge try sentence convict acquit sue indict prosecute detain jail investigate fine ban "
             "rule rob"),
    **_typed(_E, "buy sell acquire merge invest trade lay hire pay export import default"),
    **_typed(_M, "flee leave withdraw retreat advance arrive depart travel visit evacuate return enter escape march "
             "move"),
    **_typed(_O, "die crash explode collapse burn injure erupt launch"),
}  # fmt: skip
NOUN_TYPES: dict[str, EventType] = {
    **_typed(_C, "attack invasion offensive counteroffensive war assault strike bombing shelling battle raid siege "
             "airstrike occupation annexation mobilisation mobilization surrender retreat withdrawal ceasefire "
             "clash push defeat shooting stabbing killing murder massacre"),
    **_typed(_P, "election vote referendum resignation petition protest impeachment coup sanction sanctions summit "
             "reform rally boycott veto meeting negotiation vigil riot"),
    **_typed(_S, "letter message announcement speech address statement appeal declaration call request interview "
             "ultimatum warning"),
    **_typed(_L, "arrest trial verdict sentence lawsuit indictment investigation prosecution conviction hearing "
             "robbery burglary theft heist"),
    **_typed(_E, "acquisition merger takeover deal bankruptcy layoffs layoff"),
    **_typed(_M, "evacuation exodus departure visit escape"),
    **_typed(_O, "earthquake quake explosion crash fire flood death arson blaze accident collision outage injury "
             "damage"),
}  # fmt: skip
"""Trigger lemmas by type (WordNet-free, and small on purpose: precision over recall)."""
COUNTED_NOUNS = _words("vote ballot")
"""Nouns of a happening that also name what is counted: counted ("18 first-place votes", "every last vote", "52
percent of the vote", "got three votes"), they tell no happening."""
SHARE_WORDS = _words("percent per cent share majority plurality half third quarter most")
"""Words of a share that "of" a counted noun follows: "52 percent of the vote"."""
TALLY_VERBS = _words("get win receive earn garner need lose collect")
"""Verbs whose object, counted, is a tally: "got 18 votes", "won the votes of …"."""
CONTEST_OBJECTS = _words(
    "campaign candidacy nomination primary caucus caucuses presidency seat delegate race contest ballot reelection "
    "district"
)
"""Objects that make a verb no table types an act of politics: "suspended his campaign", "clinched the nomination",
"won the primary", "won the Senate seat", "won the district", "picked up 66 delegates", "dropped out of the race"
(not "an ad campaign", "a bombing campaign": a noun before it says what campaign it is, unless that noun is one of
these: "delegate slots"); so do the nouns of politics (:data:`NOUN_TYPES`: "won the election")."""
CANDIDACY_WORDS = CONTEST_OBJECTS | _words("office president governor mayor senate senator congress parliament council")
"""What someone runs or stands for, after "for": "ran for office", "ran for president", "ran for the Senate", "ran for
delegate slots" (what one leaves, after "of" or "from", is a contest itself: "withdrew from the race")."""
SPEECH_ACTS = _words(
    "speak talk praise thank accuse apologise apologize congratulate mock decry tout blame rail boo heckle "
    "tweet email voice express interview testify lecture insult ridicule question debate"
)
"""Acts done in words, typed speech when their clause tells an event ("Cruz praised Pence", "thanked his
supporters", "questioned his depth", "expressed concern"). Unlike the speech verbs of :data:`VERB_TYPES` they are
never read as saying: what they take is the people and the matters addressed, not a statement, so they only type an
event found by the rules every verb passes."""
UTTERING_VERBS = _words("release read pen draft broadcast air")
"""Verbs that with a text or a speech for object are acts done in words ("released a statement", "read a statement",
"aired an interview"); other verbs on one are not ("deleted the message", "received a letter")."""
AUDIENCE_VERBS = _words("address brief")
"""Verbs that with people or a gathering of them for object (:data:`AUDIENCE_NOUNS`) are acts of speaking to them
("addressed the crowd", "briefed reporters", "addressed the convention"; not "addressed the problem")."""
AUDIENCE_NOUNS = _words(
    "crowd group audience nation country gathering assembly congregation rally meeting conference summit debate "
    "convention event forum fundraiser hall luncheon"
)
"""Nouns of people gathered that one addresses: a crowd, a nation, a rally, a town hall."""
INCIDENTAL_NOUNS = _words(
    "game match round bout race final semifinal quarterfinal playoff tournament touchdown goal "
    "victory win loss injury decision negotiation negotiations talks treatment surgery rehab stay trip arrival "
    "return move transfer change repair failure outage downtime problem incident violence rampage rioting march "
    "demonstration aftershock tremor blast eruption storm slaying beating kidnapping abduction hijacking rape "
    "suicide funeral wedding divorce dismissal firing appointment nomination ballot poll campaign purchase sale "
    "release launch offer bid contract agreement treaty conference talk fighting conflict rescue search manhunt "
    "probe inquiry detention charge testimony acquittal sentencing parole violation crime scandal diagnosis "
    "illness execution plea cut fight hit shot dead guilty conspiracy payoff rumor review gunfire knockout punch "
    "coverup destruction pursuit interception rebound "
    # crime and the courts
    "confession arraignment assassination altercation shootout standoff gunfight carjacking breakin bribery fraud "
    "embezzlement extortion smuggling trafficking vandalism looting homicide manslaughter overdose jailbreak "
    "breakout capture recapture extradition deportation pardon settlement ruling injunction crackdown seizure "
    "lockdown suspension expulsion eviction imprisonment incarceration inquest autopsy inspection audit "
    # disasters and accidents
    "collapse landslide mudslide avalanche tsunami hurricane typhoon cyclone tornado drought epidemic outbreak "
    "pandemic spill leak derailment sinking shipwreck blackout stampede meltdown temblor jolt malfunction glitch "
    "breach hack cyberattack intrusion disruption stoppage shutdown closure "
    # politics, business and sport
    "inauguration reelection recount runoff uprising revolt rebellion unrest walkout lockout filibuster repeal "
    "overhaul reshuffle ouster intervention bailout buyout recall debut premiere comeback upset overtime knockdown "
    "shutout rout retirement "
    # lives, ceremonies and responses
    "birth marriage relapse hospitalization transplant checkin celebration ceremony parade memorial "
    "retaliation reprisal incursion counterattack blockade airlift cleanup restoration reconstruction reversal "
    "termination admission adoption reaction"
)
"""Nouns (and adjectives of a result: "found dead", "found guilty") naming a happening that the typed tables leave
out: an incidental event (``EventMention.salient`` False), detected as data ("the game", "his rehab"), never shown."""
BELIEF_VERBS = _words("think believe suspect imagine suppose presume reckon speculate fear doubt muse ponder")
"""Verbs of belief: a state of mind, no happening ("the senator mused about a run"); their complement is what
their subject believes (:mod:`graph.extract.event_claims`)."""
STATE_VERBS = _words("benefit outweigh outnumber lack enjoy trump deserve")
"""Verbs of a state or an evaluation, told in the past as if they happened: "farmers benefited from the rule", "the
club enjoyed a large lead", "speed trumped every other goal"."""
NEVER_EVENTS = (
    BELIEF_VERBS
    | STATE_VERBS
    | _words(
        "be have seem appear become remain want need know mean like hate hope expect feel wonder consider realize "
        "realise include"
    )
)
"""Verbs that name no happening at all, even an incidental one: copulas, possession, states of mind."""
RELATION_VERBS = _words(
    "love wish involve concern resemble belong own possess matter accord live reside owe resent dislike admire "
    "respect trust distrust"
)
"""Verbs of a standing relation, a debt, a feeling towards someone or a wish ("a woman who belonged to the club",
"owned three bakeries", "an operation involving two officers", "wished to remain anonymous", "the six years his
family had lived in Las Vegas", "owed $556,000", "resented Rubio's rise"): no happening to show, kept as incidental
data, as a benchmark such as ECB+ marks them as events."""
VIEWING_VERBS = _words("view see regard deem perceive")
"""Verbs that with "as" tell how something is judged, no happening: "the filibuster was viewed as a victory", "saw
him as a threat" ("was seen leaving the building" is seen)."""
HABITUAL_ADVERBS = _words(
    "typically usually often always regularly frequently routinely traditionally normally customarily habitually "
    "sometimes seldom rarely"
)
"""Adverbs that make a verb tell a habit, no happening: "voters who have typically backed her", "the council usually
meets in May" (not "repeatedly", "twice": several happenings, each told; nor "generally", which as often hedges one:
"the violence has generally subsided")."""
STANDING_VERBS = _words("lead top head trail dominate")
"""Verbs that with a ranking as object or place tell a standing, no happening: "led the polls", "topped a list",
"trailed in the race", "dominated the headlines" ("led the march", "dominated the final round" are happenings)."""
REPEATED_ADVERBS = _words("repeatedly increasingly consistently constantly continually persistently long")
"""Adverbs that with no time in their clause tell a run of doings, a habit, no one happening: "has repeatedly
attacked Varga", "has increasingly decried the system", "has long opposed the tax" (not "repeatedly attacked the
convoy on Monday")."""
MANAGING_VERBS = _words("manage oversee run head chair direct lead")
"""Verbs that in a relative clause on a person tell a post they hold or held, no happening: "Stuart Dunn, who managed
Ann Lee's 1996 campaign", "an aide who oversaw the ground game" (not "the man who led the attack", an event)."""
ROLE_VERBS = {"serve": frozenset({"as"}), "work": frozenset({"as", "for"}), "act": frozenset({"as"})}
"""Verbs that with these prepositions tell a post someone holds, no happening: "served as chief strategist", "worked
for Breitbart", "acted as his lawyer" (not "served dinner", "troops served in Iraq", "worked on the plan")."""
STANDINGS = _words(
    "polls race field pack list ranking standing chart ticket league table market headline headlines news coverage"
)
"""Rankings: matched on the word and the lemma, so "polls" is one and "the poll" ("topped the poll in Harwick ward")
is not; nor are "the survey" and "the count", which one leads as a happening. An "in" object is read only where the
verb has no object, and never "field" or "market" (:data:`PLACE_STANDINGS`): "trailed the suspect in the market" and
"led the troops in the field" happen."""
PLACE_STANDINGS = _words("field market")
"""Rankings that are places too, so that "in" one is no standing ("led the troops in the field")."""
COPULAR_VERBS = _words("sound look smell taste stay")
"""Verbs that with an adjective, a noun complement or "like" say how something seems or stays: "sounded confident",
"the count stayed flat", "looked like a winner"; no happening ("sirens sounded" is one). Not "prove": "his injuries
proved fatal" tells of a death."""
HEDGING_PARTICIPLES = _words("allege suspect report purport suppose rumour rumor claim estimate")
"""Participles that say how sure the writer is of a noun, not what happened to it: "the alleged fraud", "an
estimated 200 people"."""
DATELINE_VERBS = _words("publish update post modify edit")
"""Verbs of a page's dateline when they have no subject ("Published: 2 May", "Updated on Friday")."""
FIGURATIVE_OBJECTS = _words(
    "chord deal balance tone note pose bargain compromise bill measure plan proposal amendment law laws legislation "
    "ban bans rule idea hopes chances nerve"
)
"""Objects that make a verb of violence a figure of speech: "struck a chord", "killed the bill", "destroyed the
plan", "struck down the law"; never a name ("shot Detective Ray Law")."""
SEIZING_PREPOSITIONS = frozenset({"on", "upon"})
"""What a verb of violence falls "on" is its target: words or a plan make it a figure ("seized on her remark"), a
place or people violence ("fired on the convoy")."""
SEIZING_VERBS = _words("seize pounce jump")
"""Verbs whose falling "on" words with no object of their own is an idiom of taking up an opening ("seized on her
remark", "pounced upon the plan"); "attacked a nurse on admission" keeps its object and stays violence."""
FIGHT_WORDS = _words("battle fight fighting war struggle")
"""Verbs and nouns of fighting that may name a contest of words or a campaign ("a legal battle", "fought the
bill", "a war of words"); one list for the verb and the noun. A shooting, a killing, an attack or a clash never
does."""
CONTEST_QUALIFIERS = _words(
    "legal court courtroom election reelection campaign budget custody trade price culture bidding ideological "
    "partisan political rhetorical verbal public nomination leadership turf delegate primary convention floor "
    "procedural"
)
"""Modifiers that make a noun of :data:`FIGHT_WORDS` a contest of words: "a legal battle", "a re-election fight", "a
trade war", "a political fight", "a delegate battle"; only those nouns, so "a political killing" and "a courtroom
shooting" stay violence.
"Turf" does so only in a clause that tells of no death or wound ("a turf war that claimed 30 lives" is a war)."""
CONTEST_PREPOSITIONS = frozenset({"over", "about"})
"""Prepositions of what a contest of words is about: "a battle over the budget", "fought over the budget"."""
POLICY_ISSUES = _words(
    "budget law bill policy right tariff tax reform legislation immigration abortion zoning funding spending "
    "healthcare pension wage regulation plan proposal deal merger contract nomination decision"
)
"""Lemmas of laws, policies and decisions: a fight over one with no one fought is a contest of words ("the fight
over the budget", "the mayor fought over the budget"), unlike a fight over a place, a thing or a trade ("fought
over a seat", "fought over the drug trade", "clashes over the weekend")."""
HARM_WORDS = _words("dead die death kill injure wound casualty lives toll")
"""Lemmas (or, for "lives", the word) that tell of deaths or wounds: a clause with one tells of real fighting, whatever
it was over. "Life" alone is none ("has taken on a life of its own")."""
CRITICISM_WORDS = _words("attack assault slam blast bash lambaste lambast savage")
"""Verbs of attacking that also name criticism ("attacked his remarks", "lambasted the plan"; spaCy's lemma of
"lambasted" is "lambast"). A noun is read only if it is typed violence already, and never "blast" or "bash" ("a bomb
blast"). "Hit" and "target" are none: "rising costs hit the budget", "the scheme targeted crime" are no words."""
CRITICISM_ONLY = _words("slam blast bash lambaste lambast")
"""Verbs of :data:`CRITICISM_WORDS` that with a person or a body for object name criticism ("blasted Rubio",
"slammed the mayor", "lambasted Washington"); not "attack" or "savage", which with a person for object tell violence
("attacked a referee")."""
WORD_TARGETS = _words(
    "speech remark comment statement contribution donation stance view judgment judgement character "
    "credibility integrity handling claim idea agenda motive performance response approach strategy honesty "
    "competence experience qualification rhetoric tone word tweet article report question answer inequality "
    "injustice discrimination"
)
"""Lemmas of texts, words and stances that one attacks or fights only with words: "attacked her remarks", "a war of
words"; with :data:`POLICY_ISSUES` and :data:`FIGURATIVE_OBJECTS` they are
:data:`VERBAL_TARGETS`. No people, places, positions, armed groups or the press ("attacked the press outside the
courthouse" is violence), nor what one may attack with arms or fight with raids: an oil platform, an advertisement,
a book, a record, a vote, an election, crime, poverty, hunger, corruption."""
VERBAL_TARGETS = WORD_TARGETS | POLICY_ISSUES
"""What an attack or a fight is on when it is words: the object of the verb ("attacked her remarks", "fought the
bill") or the "on", "against" (or, of a noun, "of") object of the noun ("her attacks on his decision")."""
DOUBT_ADJECTIVES = _words("unclear uncertain unlikely likely possible probable doubtful unknown unconfirmed")
"""Adjectives of an expletive "it" that leave its clause untold: "it is unclear whether …", "it is likely that …"."""
CERTAINTY_ADJECTIVES = _words("clear certain known evident")
"""Adjectives of an expletive "it" that leave its clause untold only when denied: "it is not clear that …" (but "it is
clear that the army attacked the town" tells the attack)."""
EVIDENCE_NOUNS = _words("evidence proof sign indication confirmation")
"""Nouns whose denial leaves the clause on them untold: "there is no evidence that …", "no sign that …"."""
VIOLENCE_VERBS = frozenset(lemma for lemma, kind in VERB_TYPES.items() if kind is _C) | _words(
    "smash fire beat burn loot"
)
"""Verbs of violence (the conflict verbs, and "smash", "fire", "beat", "burn", "loot"): a second one in the clause
keeps an attack violence ("attacked the reform, smashing windows")."""
ARMED_PEOPLE = _words(
    "gunman gunmen militant rioter insurgent fighter rebel attacker assailant pirate vandal hacker mob crowd troop "
    "troops soldier police"
)
"""Nouns of armed or violent people: named in the clause, they keep an attack violence ("Taliban fighters attacked
the vote", "attacks on the election by militants")."""
PASSED_ISSUES = _words(
    "scandal controversy dispute defeat loss failure crisis quarrel feud affair setback mistake episode"
)
"""Abstract nouns that a motion past is a figure of speech for ("moved past the scandal"); with
:data:`POLICY_ISSUES` ("went beyond the budget"). No gathering or place ("moved past the rally")."""
PASSING_PREPOSITIONS = frozenset({"past", "beyond"})
"""Prepositions of a motion that, with an issue, is a figure of speech: "moved past the scandal"."""
ATTACK_QUALIFIERS = _words("verbal rhetorical personal")
"""Modifiers that make an attack words: "a personal attack", "verbal attacks" (not "a political attack", which may
be a stabbing)."""
FLOOR_VERBS = _words("seize take hold")
"""Verbs that with "the floor" are a debate's idiom ("seized the floor"), not a capture ("struck the third floor" is a
hit)."""
QUALIFIED_NOUNS = {"operation": frozenset({"military", "special", "ground", "combat", "rescue"})}
"""Nouns that are events only with a qualifier: a "military operation" is, an "operation" alone may be a company."""
SYNONYMS = (
    frozenset({"offensive", "counteroffensive", "push", "assault", "attack"}),
    frozenset({"invasion", "invade", "operation", "war"}),
    frozenset({"resignation", "resign"}),
    frozenset({"retake", "reclaim", "recapture", "capture", "seize", "liberate"}),
    frozenset({"flee", "retreat", "withdraw", "withdrawal"}),
    frozenset({"call", "appeal", "urge", "demand", "request"}),
    frozenset({"vote", "election", "elect", "referendum"}),
    frozenset({"arrest", "detain"}),
)
"""Trigger lemmas that may name the same event in different articles."""
LIGHT_VERBS = _words(
    "launch sign send pursue stage hold mount conduct carry begin start make issue write post publish "
    "deliver file submit wage continue lead organise organize join take give step suffer"
)
"""Verbs that lend their subject and clause to the event noun they govern ("signed a petition")."""
CONTAINER_NOUNS = frozenset({"series", "wave", "string", "number", "round", "spate", "flurry", "set"})
"""Nouns whose "of" complement is the event: "a series of counter-offensives"."""
STOP_VERBS = (
    BELIEF_VERBS
    | STATE_VERBS
    | _words(
        "be have do get make take give go come seem appear become remain want need know mean "
        "like hope expect plan try let see look feel use include continue start begin stop keep hate say "
        "tell add note cite quote report write describe suggest indicate show turn find put set happen occur "
        "anticipate realize realise attempt seek spend wonder consider decide suffer ask"
    )
)
"""Verbs never taken as events of their own: copulas, light and aspectual verbs, states, reporting verbs."""
HYPOTHETICAL_HEADS = _words(
    "want plan threaten hope expect try seek aim intend urge ask demand call push press need wish refuse "
    "propose consider vow promise pledge"
)
"""A trigger in the complement of these is wanted or threatened, not done ("urged Putin to resign")."""
ATTITUDE_HEADS = _words("support favor favour oppose back endorse advocate recommend")
"""A trigger in the complement of these is a course someone is for or against, not a thing done ("support banning
imports", "opposed raising taxes")."""
PREVENTING_HEADS = _words(
    "ban bar block prevent stop prohibit forbid discourage deter restrain refrain exclude disqualify dissuade preclude "
    "abstain"
)
"""A trigger after "from" under these did not happen: "barred the firm from selling the drug", "refrained from
commenting" (not "returned from fighting"; nor "keep", whose "kept the profits from selling the farm" is a gain).
"""
AVOIDING_HEADS = _words("avoid decline neglect omit")
"""Verbs whose complement was not done: "avoided criticizing the police", "declined to attend the hearing"."""
CANCELLING_VERBS = _words("cancel scrap postpone shelve scrub abandon")
"""Verbs whose object event did not happen, or not yet: "cancelled the interview", "the vote was postponed" (and
"called off")."""
FAILING_HEADS = _words("fail unable powerless late")
"""Heads that deny the verb of their complement: "failed to stop", "was unable to stop", "were too late to stop"."""
RESTRICTING_NOUNS = _words("ban restriction limit curb moratorium embargo prohibition")
"""Nouns of a rule against something: in "a ban on tourists entering", the entering is what the rule forbids."""
IMPLICATIVE_HEADS = _words("manage begin start continue proceed happen dare resume")
"""A trigger in the infinitive complement of these happened when they did ("managed to escape", "began to fire")."""
INVERTED_CONDITIONS = frozenset({"had", "were", "should"})
"""Auxiliaries that open a condition before its subject: "Had Sanders won …", "Should talks fail …"."""
PROPOSITION_NOUNS = _words(
    "idea notion suggestion claim theory possibility prospect belief allegation rumor rumour speculation fear hope "
    "assertion argument view impression perception concern worry"
)
"""Nouns whose "that" clause is someone's proposition, not what the writer tells ("the idea that …"); not "fact"."""
STATE_LEAVING_VERBS = _words("leave keep make render")
"""Verbs that with an adjective after their object tell the state they left it in, no happening of their own: "left
the convention open", "kept the race close", "left thousands homeless" ("left the convention" is one)."""
FEELING_VERBS = _words(
    "worry exasperate frustrate anger upset concern disappoint surprise shock stun delight please thrill annoy "
    "irritate alarm trouble bother confuse embarrass outrage infuriate excite impress satisfy dismay disturb horrify "
    "sadden amuse puzzle baffle"
)
"""Verbs of feeling, whose passive tells how someone felt, a state, no happening: "Trump was exasperated by the
question", "Ruiz was surprised by the result" ("the comments angered voters" is told as an act)."""
POSITION_VERBS = _words("support back oppose favor favour advocate champion embrace")
"""Verbs of a position held, which with no time of their own tell a stance, no happening ("Sanders supported the
bill", "6 in 10 men backed Ruiz", "Hill has opposed the tax"); dated, they tell a vote or a declaration ("On Tuesday
the council backed the plan")."""
STANCE_VERBS = _words("dismiss reject deny dispute question challenge accept embrace entertain float raise")
"""Verbs that with an idea for object (:data:`PROPOSITION_NOUNS`) tell a stance taken in words, no happening:
"dismissed the notion that …", "rejected the idea", "raised the possibility" ("dismissed the coach" is one)."""
CONFIRMING_VERBS = _words("confirm prove verify corroborate vindicate validate substantiate")
"""Verbs whose object claim or fear they bear out: "confirmed fears that the girl had drowned"."""
SEEMING_VERBS = _words("seem appear")
"""Verbs whose infinitive only seems to have happened: "appears to have hit a new high"."""
MERE_SAYING = _words(
    "remark argue insist assert contend maintain observe comment explain elaborate reiterate stress emphasise "
    "emphasize quip joke muse mutter interject retort reply scoff sneer marvel gloat boast brag lament concede "
    "acknowledge exclaim bellow holler yell shout whisper scold chide taunt fume recount remind assure caution admonish"
)
"""Verbs of saying that tell no more than that something was said ("Trump remarked upon the story", "Carson concluded
by admonishing journalists"): what was said is a statement, the saying is no happening to show. Not "testify",
"plead", "confess", "apologise", "reveal", "announce", "respond": acts told in words."""
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall", "'ll", "’ll"})
CONDITIONS = frozenset({"if", "unless", "whether"})
NEAR_NEGATIONS = frozenset({"never", "barely", "hardly", "scarcely"})
"""Adverbs that deny the verb as "not" does: "has barely budged", "hardly moved"."""
NOTHING = frozenset({"nothing", "little", "none"})
"""Objects or measures that deny what the verb did ("achieved nothing", "settled little")."""
PLACE_PREPOSITIONS = frozenset({"in", "near", "around", "at", "across", "outside", "inside", "throughout"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PATIENT_PREPOSITIONS = frozenset({"against", "to", "on", "of", "upon"})
OBJECT_PREPOSITIONS = frozenset({"of", "against"})
"""Prepositions of an event noun's own object: with one ("the police's arrest of two teenagers") its possessor is no
patient. "By" and "to" leave the possessor the patient: "Ann Quell's dismissal by the board" (the board dismissed her),
"Tom Hill's extradition to Dorvan" (where he was sent)."""
UNDERGONE_NOUNS = _words(
    "arrest detention trial conviction indictment impeachment sentencing execution killing murder assassination death "
    "kidnapping abduction firing dismissal ouster extradition deportation capture rescue acquittal release "
    "imprisonment incarceration"
)
"""Event nouns whose possessor is the one it was done to: "Quell's arrest" (Quell was arrested), unlike "Russia's
invasion"."""
CONTEST_VERBS = _words("win lose carry sweep")
"""Verbs whose place for object is where the contest was won or lost, not one it was done to: "won California",
"carried Ohio"."""
TALLIED_CONTESTS = _words("contest state primary caucus caucuses race election district county")
"""Contests that a count of them won or lost makes a record of several, no one happening: "lost 10 of the first 11
contests", "won six primaries", "has won most of the states" (not "won 44 delegates" or "won 412 seats", one
contest's outcome)."""
UNDERGONE_VERBS = _words("die perish")
"""Verbs whose subject is the one it happened to, not a doer: "Tom Hill died" tells of Tom Hill as "killed Tom Hill"
does."""
QUANTITY_WORDS = _words(
    "hundred thousand million dozen score majority minority half most some many several number handful percent "
    "portion bulk rest all both"
)
"""Words that count or divide a group: with "of" they name part of the group, which is who acted ("Hundreds of
farmers gathered", "a majority of the council voted", "half of the board"): never an event or an actor of their
own."""
DISASTERS_AND_GATHERINGS = _words(
    "fire flood floods earthquake quake storm hurricane riot riots protest protests rally march vigil talks summit "
    "debate convention marathon crash derailment"
)
"""Event nouns no state does: a place's name before them, even a short one in capitals, says where they happened
("the Geneva talks", "the UK floods", "the L.A. riots")."""
PLACED_NOUNS = DISASTERS_AND_GATHERINGS | _words(
    "shooting shootings massacre stabbing killing killings bombing bombings attack attacks blast explosion siege"
)
"""Event nouns a place's name before them says where they happened ("the Orlando shooting"), unless it is a state
written short, which did it ("a U.S. attack"); before other nouns a capital stands for its government, which did it
("the Beijing crackdown", "Washington sanctions")."""
OCCASIONS = _words(
    "debate convention marathon concert olympics dinner gala session festival tournament final race show reception "
    "banquet"
)
"""Gatherings one may be at that the event tables leave out: "at Thursday's debate", "at the 2012 Olympics"."""
RESULT_VERBS = _words(
    "end clear prompt spark trigger anger raise leave make pave bring cause force allow set mark fuel open close"
)
"""Verbs of a participle that tells what came of a clause ("was ousted in a vote, clearing the way"), whose doer is
that happening, not its subject."""
SHARING_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon", "on", "for", "when"})
"""Prepositions of a gerund whose doer is the subject of the passive clause it hangs on ("was arrested after attacking
a guard", "was fined for dumping waste"); not "of" ("was acquitted of murdering"), which names a charge."""
KIND_WORDS = _words("kind sort type")
"""Words that pick a kind of what their "of" names, which is what they stand for: "foreshadowed the kind of rhetoric
to come", "a new type of drone attacked the base"."""
AGENT_PREPOSITIONS = frozenset({"by", "from"})
NAMED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
BODIES = _words("military army navy government council ministry parliament police court")
ACTOR_NOUNS = (
    GROUP_HEADS
    | PERSON_NOUNS
    | BODIES
    | frozenset(["forces", "force", "troops", "people", "counterparts", "colleagues"])
)
"""Common nouns that name an actor well enough to become a participant ("the Ukrainian military")."""
GROUP_PEOPLE_NOUNS = _words(
    "prosecutor judge juror officer investigator detective guard suspect victim gunman attacker assailant militant "
    "rebel insurgent fighter hostage prisoner inmate student teacher doctor nurse driver pilot passenger worker "
    "employee voter candidate senator representative lawmaker regulator negotiator inspector hacker"
)
"""Nouns of people whose plural names a group acting together ("prosecutors charged …", "rebels attacked …"); one of
them alone ("the driver") is left to the actors found in the article, which know whom it stands for."""
QUALIFIERS = _words(
    "military special open surprise ground air nuclear general presidential parliamentary local national counter "
    "terrorist terror"
)
"""Adjectives kept in a label ("open letter", "special military operation"); other adjectives are left out."""
TIME_NOUNS = _words(
    "time times moment year years day days week weeks month months night morning evening afternoon hour era period "
    "season decade weekend"
)
"""Nouns naming a time: a relative clause on one ("the year she ran") says when, and has no object in it."""
CREDITED_WORK = _words("reporting research")
"""What a credit line says someone contributed to a report: "Ann Lee contributed reporting"."""
REPORT_NOUNS = _words("report story article")
"""Nouns a credit line names its report by: "contributed to this report"."""
SOURCING_OBJECTS = _words("anonymity comment")
"""Objects of a verb that make it a formula of sourcing, not an event: "an official who requested anonymity", "a
spokeswoman declined to comment"."""
RELATION_MARKERS = {"after": RelationType.AFTER, "before": RelationType.BEFORE, "while": RelationType.DURING,
                    "as": RelationType.DURING, "during": RelationType.DURING, "amid": RelationType.DURING,
                    "following": RelationType.AFTER}  # fmt: skip
SPEECH_VERBS = REPORTING_VERBS | INDIRECT_VERBS | frozenset({"urge", "demand", "appeal", "call"})


def synonymous(a: str, b: str) -> bool:
    """Whether two trigger lemmas may name one event."""
    return a == b or any(a in group and b in group for group in SYNONYMS)
