"""Reported speech: the act and speaker faults left in real reports read by hand (issue 15, helper 3).

The lead read samples of real web reports (SemEval-2022 train texts; kept out of the repo) and
judged the statements shown by default. Held out, two samples gave 28/52 = 54% right with the
speaker right. The faults fall in the classes below. Every passage here was written for this file
(no sentence is taken from a report, a dev set or the seed); each class has varied wording. A
check is one of those of tests/test_speakers_real_classes.py (("say", fragment, speaker),
("never", name), ("not_statement", cue word)) or

- ("no_speaker", word): no statement (act say/write) has a speaker or an actor holding the word;
- ("not_shown", fragment): no statement's content holds the fragment.

Classes:
- nonspeech_verb: a verb whose subject or sense is no speech read as a cue: "the new contract sees
  the council pay", "Samsung introduced the screen", "shops could open for business", "the scheme
  encourages residents to", "the prime accused X allegedly poisoned" (a noun phrase);
- request_comment: an outlet asking for comment ("requested comment from the sheriff", "asked the
  ministry for comment", "was contacted for comment"): a request, nothing reported;
- declare_act: a declaration that makes a state of affairs ("declared a state of emergency",
  "declared bankruptcy", "declared the county a disaster area"): an official act, no statement;
- told_outlet: a quotation closed by "Sgt. X told Coast Radio" (a title abbreviation the tokenizer
  splits off its full stop): the quotation is X's, and the outlet is no content;
- person_of_body: a noun for a person that a body's name only modifies ("The off-duty Banff Mountain
  Rescue volunteer", "A Siemens engineer") is someone of that body, not the body;
- according_norm: "according to" a law, a constitution or the figures: a norm or data, not a
  source of words, and never the speaker of another clause;
- editorial_we: the writer's own "we" / "you" ("we can acknowledge that", "even if we don't agree
  with it", "you could argue that"): no one's reported statement;
- nocue_fragment: a standfirst or a headline fragment with no cue, a speakerless participle
  ("Announced in a short post ...") or an appeal ("is asked to contact"): no statement;
- pron_dash: a pronoun subject of a verb conjoined across a dash parenthesis is the subject before
  the opening dash;
- she_nonperson: "She said" after a capitalised word group that is no person (an event, a
  programme, a hospital) is the woman named before.
- purpose_clause (helper 12, from the held-out sample 6 and helper 3's leftovers): a directive verb
  in the purpose clause of a measure ("introduced the tax break to encourage families to buy",
  "scrapped the fees to persuade shoppers") is the measure's aim, no statement; one of speech or
  a medium ("wrote to residents to encourage them", "took to Twitter to urge") stays one;
- action_object: "continued his walk" (an action, not "He continued: '...'") and a court's
  ruling on a filing ("The high court dismissed a petition", "a judge rejected the bail
  application") are no statements; "dismissed the claims as baseless" stays one;
- it_document: "It went on to state ..." after a person named with a title the NER typed an
  organisation ("Dr Hughes") is not that person's.
- (helper 3, 2026-12-07, from the faults of samples 6 and 7, written before the fixes)
  unrealised_speech: speech refused, not made or only possible ("declined to comment", "a chance to
  speak", "as good a moment as any to talk about", "would let tenants demand", "unable to comment");
  request_that: a request ("asked that visitors take", "requested that the state send", "ask for
  their bags to be stowed"); pronounce_declare: a declaration that makes a person's state ("was
  pronounced dead by paramedics", "declared fit to travel", "pronounced the couple husband and
  wife", "declared Kiptoo the winner"); figurative_say: a thing that "says a lot about" ("What does
  it say about us"); work_narrates: a work or a show that "tells the story of" (a person telling
  one stays a speech event); appoint_deflect: "named X to serve as" / "named X as head coach" (an
  appointment) and "referring questions to his lawyer" (a deflection); they_after_person: a
  speaking "They" right after one person spoke is that person (a singular they). Then, from the
  faults of samples 3-7 in those files: thing_doer: a verb that is speech in one sense only (CAMEO's
  "expose", "inspire") or an unknown verb with a clause, done by a thing ("the storm exposed
  cracks", "casinos will open for business"), and "launched an investigation"; perception_vbp:
  "watched three people risk their lives" (a bare infinitive tagged VBP); demonym_person: "the
  Ghanaian theologian" is a person of Ghana, not Ghana; writer_you: the writer's "your thoughts",
  "our verdict"; page_furniture: "Article continues below" / "Story continues after advertisement"
  before a quotation is no one's statement (sample 1's page furniture); made_not_said: a work
  written ("wrote the song"), a filing at law ("filed a lawsuit"), acting ("voiced the dragon"),
  "answered the door", a symptom ("complained of chest pain"), "tweeted a photo" / "tweeting at", a
  novel that "describes" (written to widen the classes, not read in a sample but sample 2's
  "tweeting at him").
- (helper 3, 2026-12-07, from sample 8, one broad rule instead of phrase rules; written before it)
  no_proposition: a reported statement needs a proposition (a finite clause, a quotation, an
  "according to" frame, a to-infinitive that is one: "claims to have been", "vowed to hire") or a
  speech event; a share price "is quoting at", "promises to be a busy winter" are none
  ("responded with a blockade" is missed: respond is a verb of communication), while speech events
  ("denied it", "spoke about", "accused X of hiding") and directives of speech ("urged savers to
  check") stay; adverb_subject: "X, the app that ..., today predicts that" never has "today" as a
  speaker; they_not_body: "The Kestrel Herald has reported that displaced families ... They claim"
  is not the outlet's (the singular-they rule is for a person, and a name after "the" is none).
- (helper 5, 2026-12-07, the classes that recur over samples 6-9, in shapes the rules before did not
  reach; written before the fixes) cited_source: the source a report cites is no content and no
  part of the speaker ("according to the national broadcaster citing provincial officials", "which
  cited a police report", "quoting union sources"); nested_according: an "according to" fronted in a
  clause a speaker reports ("stating that according to its own sources, X") reports that clause
  alone, and two frames of one clause ("According to A, X, according to B") are two sources of X;
  a trailing frame stays the outer one; unrealised_yet: "has yet to comment", "is yet to respond";
  declare_made: a declaration that makes a state, in a participle small clause ("declared the match
  abandoned", "declared X elected"; "declared that the vote had been rigged" stays a statement);
  figurative_thing: a thing that "says" a reading ("Her face said it all", "the clock said a
  quarter past nine"); deed_response: a response by a deed ("responded with a blockade", "answered
  the ban with a sit-in", "retaliated with artillery fire") and a plea ("pleaded guilty"), while
  "responded with a statement saying" stays one. request_that changed with the standard settled
  then: a request or appeal in words is a statement (act say); only a habitual one in a
  circumstance clause ("whenever cashiers ask for a receipt") is not.
- (helper 5, 2026-12-07, a broad gate for statements instead of a class per sample, from sample 10's
  "things and deeds read as speech"; written before it) thing_speaker: a recording or a picture shows
  and states nothing ("New video shows teens kick ...", "Dashcam video shows the lorry swerve"), and
  "according to" a thing ("the season", "the weight of the patient") is no source; deed_content: a
  deed done to someone with a thing ("threatened the guard with a metal bar", "greeted the players
  with flowers"), a noun that is no speech ("in a show of solidarity"), while "threatened the tenants
  with eviction" stays; gate_guard: statements the gate must keep (a headline's "..., union says",
  nested speech, "according to the workers' council", a pronoun speaker, conjoined verbs, "the fund
  predicted that", a noun for people the tables do not know: "The housemates said that").
- (helper 5, 2026-12-07, from sample 11's deeds; written before the rule) activity_use: a verb of
  communication naming an activity with no clause and no quotation near ("wrote for the town's oldest
  newspaper", "retweeted a video with the station's logo", "Officers had been responding to a call",
  "adding 30 shops" with a glued headline past a paragraph break); event_guard: speech events with no
  clause that stay ("wrote to the prime minister", "responded to the allegations", "wrote a letter",
  "shared a statement", "retweeted their expressions of support", "published research showing that").
- (helper 5, 2026-12-07, from sample 12's one code fault; written before the fix) read_more: a "Read more"
  link line run into the body with no stop ("the books that defined the decade Read more Mehta, who ...,
  died") is page furniture: "Read" is no verb of writing, and no content or speaker crosses the line;
  "read more than 200 letters" stays a verb.
- (helper 3, 2026-12-07, the actor links of samples 13 and 14; written before the fix) actor_organ: a
  body of a country or a court named before is neither the country nor another court ("SEOUL - South
  Korea's central bank said" after a glued headline that opens with the country; "the U.S. Energy
  Information Administration", "the U.S. Food and Drug Administration"; "That court said" after "a
  state appeals court struck down", when a district court is an actor from before; "The federation
  added"), while "China said", "Beijing said", "Tokyo said", "Moscow said", "The U.S. administration
  said" stay the country; actor_people: people named through a person or a country are neither
  ("Ortega's parents said", "Wilk's widow told", "About 61% of U.S. adults said", "Two-thirds of
  British voters now say", "Most Americans say").

- (helper 3, 2026-12-07, the classes of sample 14 that are not statements; written before the fix, my own
  wording) norm_grants: a norm or an instrument at law that grants something ("the Constitution assures every
  one of us liberty of thought", "the treaty promises merchant ships free passage", "the charter promises every
  member state an equal vote") is no statement, while people's and bodies' assurances and guarantees, "the law
  says ..." and a charter's that-clause ("guarantees that no one shall be held in slavery") stay;
  called_selection: "called into camp", "called up for the first Test", "reservists were called up", "called to
  the bar" are a selection or a summons, while "called for calm", "called the decision a disgrace", "called on
  the government to" stay; noun_as_verb: a headline's plural noun for people after a name, tagged a verb
  ("Las Vegas parents 'thrilled' with ...", "Detroit nurses 'furious' over ...") is no cue, while "Ohio nurses
  say" stays; relative_speaker: the speaker of "those who argued X were too much" is "those" (not "who") and
  its content the whole clause the parse broke ("cuts proposed by the governor were too much"), and "Critics
  who argue the law is too vague have asked ..." reports "the law is too vague".
- (helper 3, 2026-12-07, sample 15's and sample 16's code faults; written before the fix, my own wording)
  demonym_noun: a person named by a nationality noun ("Grigor Dimitrov ... The Bulgarian said", "the Briton",
  "the Kenyan", "the 24-year-old Serb") is that person, not the country, while "Bulgaria said", "the Bulgarian
  government said", "Kenyan officials said", "the British foreign secretary" stay tied to the country, and "Mark
  Cuban said" is Mark Cuban (a name ending in a demonym: it was Cuba); based_in:
  a body described by where it sits ("the Swiss-based team", "the Moscow-based carrier", "the Britain-based
  Syrian Observatory for Human Rights", "Kenya-based solar firm SunTrail") is not that country; shared_item:
  passing on someone's piece ("shared the article", "retweeted the story", "retweeted the column") is a deed,
  while "shared a statement saying", "shared in a post that", "shared his thoughts, saying", "shared her story"
  stay statements.
- (helper 3, 2026-12-07, sample 17's code faults; written before the fix, my own wording) acronym_place: a body
  named by an acronym and the place it serves ("RSPCA Manitoba says", "NFU Gauteng", "RACV Alberta"), which the
  NER labels a person or a place, is a body, not the place or a person, while "Queensland says", "US Senator
  Maria Delgado", "FBI Director Alan Reyes" stay; headline_passive: a headline's reduced passive ("Trump attacked
  for spending ...", "Mayor slammed for cutting library hours", "Councillor accused of leaking ...", "Residents
  told to boil tap water") is no statement of its subject, while "Mayor slams council for", "criticised the
  transport board for", "warned of slower growth", "blasted the rescue plan as" stay; committed_speech: a
  commitment to speak ("are committed to ... urging federal regulators to", "dedicated to urging the city to",
  "committed to calling on the Commission to") reports nothing, while "urged regulators to ..., saying they
  were committed" and "said it would keep urging banks" stay.
  caption_credit (a lenient item that recurs in samples 16 and 17: "Getty Donald Trump"): a picture agency's
  credit ending a caption run into the body's first name ("...: Getty Maria Okafor has been criticised",
  "Photo: AFP Claire Dubois said") is no part of the name, while "Gordon Getty said", "The AP reported" and
  "Reuters said" stay.
  Checks added: ("actor_type", name, type): an actor so named has the type; ("no_actor", name): no actor is so
  named.
  Two more checks: ("shown", fragment): some statement's content holds the fragment; ("spoken_by", fragment,
  word): a statement whose content holds the fragment has a speaker span holding the word (a bare relative
  pronoun is no speaker).

The share of checks passed per class is printed; each class has a floor (see FLOORS).
"""

from __future__ import annotations

import functools

import pytest

from newsgraph.components.actors import fold
from newsgraph.record import STATEMENT_ACTS

from .test_speakers_broad import _record, tally
from .test_speakers_real_classes import run_case as _base_case

CASES: list[tuple[str, str, str, list[tuple]]] = [
    # ------------------------------------------------------------------ nonspeech_verb
    ("nonspeech_verb", "Bus contract renewed",
     "The council has renewed its contract with Linea Transit. Announced in a short notice on its website, the new "
     "contract sees the council pay the operator a fixed fee for ten years of services.",
     [("not_statement", "sees"), ("not_shown", "fixed fee")]),
    ("nonspeech_verb", "Port plan",
     "The revised plan sees the port authority dredge the channel to 16 metres by 2027, officials said on Monday.",
     [("not_statement", "sees"), ("say", "dredge the channel", "officials")]),
    ("nonspeech_verb", "Folding phones",
     "Samsung introduced the folding screen in 2019 and has since sold more than ten million of the phones, "
     "though the price remains high.",
     [("not_statement", "introduced")]),
    ("nonspeech_verb", "Congestion charge",
     "The city introduced a congestion charge in March. Traffic in the centre has fallen by a fifth since then, "
     "the transport office said.",
     [("not_statement", "introduced"), ("say", "fallen by a fifth", "transport office")]),
    ("nonspeech_verb", "Betting bill",
     "Lawmakers hope betting shops in the state could open for business by the start of the football season, "
     "generating revenue for schools and roads.",
     [("not_statement", "open")]),
    ("nonspeech_verb", "Green streets",
     "The Greenway scheme encourages residents to plant trees on verges and to share garden tools with "
     "neighbours, and it has run in six districts since 2021.",
     [("not_statement", "encourages")]),
    ("nonspeech_verb", "Poisoning case",
     "Police filed the chargesheet on Tuesday. It was the second of four cases in which the prime accused Leela "
     "Thomas allegedly poisoned relatives over a decade.",
     [("not_statement", "accused")]),
    ("nonspeech_verb", "Camp vandalised",
     "Police launched an inquiry after leaflets were found pinned to the gate of the community hall on Sunday.",
     [("not_statement", "launched")]),
    ("nonspeech_verb", "Tablet launch",
     "The firm unveiled a cheaper tablet in Berlin, and analysts said the price would put pressure on rivals.",
     [("not_statement", "unveiled"), ("say", "pressure on rivals", "analysts")]),
    ("nonspeech_verb", "Street trials",
     "In 2019 the city council set up a grants process to encourage community-led projects that test cheap "
     "changes to streets and squares.",
     [("not_statement", "encourage")]),
    ("nonspeech_verb", "Broadband tax break",
     "The tax break, worth $40 million a year, is meant to encourage investment in rural broadband.",
     [("not_statement", "encourage")]),
    ("nonspeech_verb", "Pothole reports",
     "Mayor Tessa Boyd encouraged residents to report potholes through the new app, saying crews would "
     "respond within two days.",
     [("say", "report potholes", "Tessa Boyd")]),
    # ------------------------------------------------------------------ request_comment
    ("request_comment", "Graffiti at depot",
     "Slogans were painted on the bus depot overnight. Valley News requested comment from the county sheriff "
     "but had not heard back by Friday.",
     [("not_statement", "requested")]),
    ("request_comment", "Ministry silent",
     "The Herald has asked the ministry for comment on the leaked memo. A spokesman said the minister was "
     "travelling.",
     [("not_statement", "asked"), ("say", "minister was travelling", "spokesman")]),
    ("request_comment", "Landlord contacted",
     "Tenants say the heating has been off since October. The landlord was contacted for comment on Monday.",
     [("not_statement", "contacted"), ("say", "heating has been off", "Tenants")]),
    ("request_comment", "Club statement sought",
     "Radio Kesh sought a response from the club, which said on Tuesday that the coach would stay.",
     [("not_statement", "sought"), ("say", "coach would stay", "club")]),
    ("request_comment", "Airline reply",
     "We reached out to the airline for a statement about the cancelled flights. Passengers said they were "
     "given no vouchers.",
     [("not_statement", "reached"), ("say", "given no vouchers", "Passengers")]),
    # ------------------------------------------------------------------ declare_act
    ("declare_act", "Flood emergency",
     "President Lena Varga declared a state of emergency in the flooded provinces on Tuesday, freeing funds "
     "for repairs.",
     [("not_statement", "declared")]),
    ("declare_act", "Dam funding",
     "The governor declared a national emergency to pay for the new dam without approval from the assembly. "
     "Opposition leaders said they would challenge the move in court.",
     [("not_statement", "declared"), ("say", "challenge the move", "Opposition leaders")]),
    ("declare_act", "Airline collapse",
     "The regional carrier declared bankruptcy on Friday after talks with creditors failed, the union said.",
     [("not_statement", "declared"), ("say", "talks with creditors failed", "union")]),
    ("declare_act", "Mourning",
     "The prime minister declared three days of national mourning after the ferry sank off the coast.",
     [("not_statement", "declared")]),
    ("declare_act", "Drought zone",
     "Officials declared the county a drought disaster area, which lets farmers apply for cheap loans.",
     [("not_statement", "declared")]),
    # ------------------------------------------------------------------ told_outlet
    ("told_outlet", "Graffiti timeline",
     "Investigators said the slogans may have been painted in September. \"There is a gap in the timeline that "
     "we are trying to close,\" Sgt. Ana Pires told Coast Radio.",
     [("not_shown", "Coast Radio"), ("say", "gap in the timeline", "Ana Pires")]),
    ("told_outlet", "Bridge repairs",
     "\"The cracks are deeper than we thought,\" Cpl. Ivan Dobrev told the Evening Courier on Monday.",
     [("not_shown", "Evening Courier"), ("say", "cracks are deeper", "Ivan Dobrev")]),
    ("told_outlet", "Harbour patrol",
     "\"We stopped four boats last night,\" Lt. Maria Okoye told Harbour FM.",
     [("not_shown", "Harbour FM"), ("say", "stopped four boats", "Maria Okoye")]),
    ("told_outlet", "Station fire",
     "\"The alarm did not go off,\" Capt. Rafael Soto told reporters outside the station.",
     [("say", "alarm did not go off", "Rafael Soto")]),
    # ------------------------------------------------------------------ person_of_body
    ("person_of_body", "Beacon warning",
     "The off-duty Squamish, B.C., Search and Rescue volunteer is warning hikers to carry a beacon on the upper "
     "trails.",
     [("never", "Search and Rescue")]),  # a place set off by commas among the modifiers (sample 5; helper 3)
    ("person_of_body", "Backcountry warning",
     "Experienced climber Dana Holt watched two hikers cross the ridge on Sunday. The off-duty Banff Mountain "
     "Rescue volunteer is warning hikers to carry ropes above the tree line.",
     [("say", "carry ropes", "volunteer"), ("never", "Banff Mountain Rescue")]),
    ("person_of_body", "Food bank plea",
     "A Red Cross volunteer said on Monday that shelves at the depot were nearly empty.",
     [("say", "shelves at the depot", "volunteer"), ("never", "Red Cross")]),
    ("person_of_body", "Plant safety",
     "A Siemens engineer told the inquiry that the valve had been replaced twice in a year.",
     [("say", "valve had been replaced", "engineer"), ("never", "Siemens")]),
    ("person_of_body", "Hospital staffing",
     "One St Mary's Hospital nurse said staff had worked double shifts all week.",
     [("say", "double shifts", "nurse"), ("never", "St Mary's Hospital")]),
    ("person_of_body", "Depot strike",
     "An Amazon worker at the Leeds depot said managers had cut breaks to ten minutes.",
     [("say", "cut breaks", "worker"), ("never", "Amazon")]),
    # ------------------------------------------------------------------ according_norm
    ("according_norm", "Defectors lose seats",
     "Party spokesman Musa Adeyemi also said the defecting senators had lost their seats according to the "
     "country's constitution. He said the senate president must declare the seats vacant.",
     [("no_speaker", "constitution"), ("say", "lost their seats", "Musa Adeyemi")]),
    ("according_norm", "Fireworks rules",
     "Shops may not sell fireworks to anyone under 18, according to the law passed in 2011. Shop owner Tom "
     "Hale said he had never sold any to children.",
     [("no_speaker", "law"), ("say", "never sold any", "Tom Hale")]),
    ("according_norm", "Rent repairs",
     "Tenants can withhold rent if repairs are not made within 30 days, according to the housing code. The "
     "council said inspections would double next year.",
     [("no_speaker", "housing code"), ("say", "inspections would double", "council")]),
    ("according_norm", "Record shop",
     "The top sellers this month, according to the shop's figures, were jazz reissues and film soundtracks, "
     "Ana Ruiz said, but second-hand records are catching up.",
     [("no_speaker", "figures"), ("say", "jazz reissues", "Ana Ruiz")]),
    ("according_norm", "Clinic waits",
     "Waiting times at the clinic fell to nine days in May, according to the data. Director Paul Ngata said "
     "two new nurses had made the difference.",
     [("no_speaker", "data"), ("say", "two new nurses", "Paul Ngata")]),
    ("according_norm", "Ferry rules",
     "Ferries must carry life jackets for every passenger, according to maritime regulations, and the "
     "inspector said three boats had failed the check.",
     [("no_speaker", "regulations"), ("say", "three boats had failed", "inspector")]),
    # ------------------------------------------------------------------ editorial_we
    ("editorial_we", "Living with disagreement",
     "Neighbours will not always share our views. Even if we don't agree with a neighbour, we can acknowledge "
     "that the view is sincerely held.",
     [("not_statement", "agree"), ("not_statement", "acknowledge")]),
    ("editorial_we", "Old bridge",
     "The old bridge closes next month. As a town, we must admit that it has served us well for a century.",
     [("not_statement", "admit")]),
    ("editorial_we", "Budget view",
     "The new budget is out. You could argue that the cuts came too late, but the deficit has already begun "
     "to shrink.",
     [("not_statement", "argue")]),
    ("editorial_we", "Recycling habits",
     "Most of us sort our rubbish. We often claim that we recycle everything, yet a third of what we put in "
     "the blue bin cannot be recycled.",
     [("not_statement", "claim")]),
    ("editorial_we", "Union reply",
     "The nurses' union rejected the offer on Monday. \"We will not accept a real-terms pay cut,\" its "
     "general secretary, Ruth Mallory, said.",
     [("say", "real-terms pay cut", "Ruth Mallory")]),
    # ------------------------------------------------------------------ nocue_fragment
    ("nocue_fragment", "Vinyl comeback",
     "Record shops enjoy their best December in a decade as younger buyers return. Sales of records rose 12% "
     "in the year to November, the trade body BPI said.",
     [("not_shown", "best December"), ("say", "rose 12%", "BPI")]),
    ("nocue_fragment", "From the editor",
     "A year of change for our newsroom. This has been a hard year for local papers, and we have had to make "
     "choices about what we cover.",
     [("not_shown", "year of change"), ("not_shown", "hard year")]),
    ("nocue_fragment", "Route update",
     "Announced in a short post on its website, the update adds two routes to the network from June.",
     [("not_shown", "two routes")]),
    ("nocue_fragment", "Hit and run",
     "A cyclist was injured on Elm Street on Friday night. Anyone with information is asked to contact police "
     "on the non-emergency number.",
     [("not_statement", "asked")]),
    ("nocue_fragment", "Market view",
     "Analyst warns of slower growth in 2025. Chief economist Mara Lind said exports would fall for a "
     "second year.",
     [("say", "exports would fall", "Mara Lind")]),
    # ------------------------------------------------------------------ pron_dash
    ("pron_dash", "Striker's drought",
     "Striker Leon Farrow has not scored in nine games - it is the longest drought of his career - and says he "
     "is working harder than ever in training.",
     [("say", "working harder", "Leon Farrow")]),
    ("pron_dash", "Veto again",
     "Governor Ana Lucero has vetoed the water bill - it is the third time this year - and says she will keep "
     "doing so until the cap is raised.",
     [("say", "keep doing so", "Ana Lucero")]),
    ("pron_dash", "Chef takes a break",
     "Chef Marco Bellini has closed his restaurant for a month \u2014 it is the first break he has taken since "
     "2015 \u2014 and says he will reopen with a shorter menu.",
     [("say", "shorter menu", "Marco Bellini")]),
    ("pron_dash", "Skipper slips",
     "Skipper Joao Vieira has dropped to fifth in the standings \u2013 it is his worst position in years \u2013 "
     "and insists his boat is the fastest in the fleet.",
     [("say", "fastest in the fleet", "Joao Vieira")]),
    # ------------------------------------------------------------------ she_nonperson
    ("she_nonperson", "Flood shelter",
     "Lena Osei told Valley Week the water reached the second floor. Relief Week organisers handed out "
     "blankets. She said the shelter needed more cots.",
     [("say", "more cots", "Lena Osei"), ("never", "Valley Week"), ("never", "Relief Week")]),
    ("she_nonperson", "Pier closed",
     "Nadia Karim spoke to Metro Morning about the closure. Harbour Days volunteers stacked sandbags on the "
     "quay. She said the pier would stay shut until spring.",
     [("say", "stay shut until spring", "Nadia Karim"), ("never", "Harbour Days")]),
    ("she_nonperson", "Food bank queues",
     "Ruth Adeyemi runs the food bank on Mill Road. Christmas Eve queues stretched around the block. She said "
     "donations were down by a third.",
     [("say", "down by a third", "Ruth Adeyemi"), ("never", "Christmas Eve")]),
    ("she_nonperson", "Clinic merger",
     "Ines Duarte founded the clinic in 2009. Sunrise Valley Hospital took it over last year. She said the "
     "merger had saved it from closing.",
     [("say", "saved it from closing", "Ines Duarte")]),
    # ------------------------------------------------------------------ purpose_clause (helper 12, sample 6)
    ("purpose_clause", "Electric cars",
     "The ministry introduced the tax break in 2018 to encourage families to buy electric cars, and sales have "
     "doubled since, the trade body said.",
     [("not_statement", "encourage"), ("say", "sales have doubled", "trade body")]),
    ("purpose_clause", "Visa scheme",
     "The visa scheme was introduced by the government to encourage people of the diaspora to visit the country.",
     [("not_statement", "encourage")]),
    ("purpose_clause", "Free parking",
     "The council scrapped evening parking fees to persuade shoppers to return to the high street.",
     [("not_statement", "persuade")]),
    ("purpose_clause", "Seed grants",
     "A fund of two million euros was set up in 2020 to help farmers and to urge young people to take over "
     "family holdings.",
     [("not_statement", "urge")]),
    ("purpose_clause", "Minister on Twitter",
     "The health minister took to Twitter on Sunday to urge parents to vaccinate their children, saying cases "
     "had tripled.",
     [("say", "vaccinate their children", "health minister")]),
    ("purpose_clause", "Mayor writes",
     "Mayor Olga Berg wrote to residents to encourage them to report broken street lights.",
     [("say", "report broken street lights", "Olga Berg")]),
    # ------------------------------------------------------------------ action_object (helper 12, sample 6)
    ("action_object", "Seafront walk",
     "The king greeted a line of schoolchildren. He then continued his walk along the seafront, stopping now and "
     "then to shake hands.",
     [("not_statement", "continued")]),
    ("action_object", "Relay leg",
     "Tamsin Vale handed over the baton in third place, and her teammate continued the race with a cut knee.",
     [("not_statement", "continued")]),
    ("action_object", "Continued remarks",
     "\"We are not finished,\" the coach said. He continued: \"The second half of the season is ours.\"",
     [("say", "second half of the season", "coach")]),
    ("action_object", "Court petition",
     "The high court on Tuesday dismissed a petition challenging the appointment of the new water commissioner.",
     [("not_statement", "dismissed")]),
    ("action_object", "Bail plea",
     "A district judge rejected the bail application of the two brothers, and the case was adjourned to May.",
     [("not_statement", "rejected")]),
    ("action_object", "Appeal thrown out",
     "The tribunal dismissed the appeal of the dismissed nurse, who had challenged her firing. Her lawyer said "
     "she would go to the high court.",
     [("not_statement", "dismissed"), ("say", "go to the high court", "lawyer")]),
    ("action_object", "Minister dismisses claims",
     "The minister dismissed the claims of the opposition as baseless and said the budget was sound.",
     [("say", "budget was sound", "minister")]),
    # ------------------------------------------------------------------ it_document (helper 12, sample 6)
    ("it_document", "Archive charter",
     "Dr Hughes said the archive should be opened to all. The charter was signed in 1922. It went on to state "
     "the duties of every member.",
     [("not_by", "duties of every member", "Hughes")]),
    ("it_document", "Audit letter",
     "Prof Ama Mensah said the survey had been rushed. The auditors' letter reached the board in May. It went on "
     "to demand a full review.",
     [("not_by", "a full review", "Mensah")]),
    ("it_document", "Inquiry findings",
     "Dr Farrow told the inquiry the ward was understaffed. The final report came out on Monday. It goes on to "
     "say that the hospital ignored warnings.",
     [("not_by", "ignored warnings", "Farrow")]),
    ("it_document", "Council goes on",
     "The city council said on Monday that rents had risen by a fifth. It added that new flats would be built "
     "on the old rail yard.",
     [("say", "new flats would be built", "city council")]),
    # ------------------------------------------------------------------ unrealised_speech (helper 3, samples 6-7)
    ("unrealised_speech", "Mill closure",
     "The owner of the Ridgeway paper mill declined to comment on the closure. Union organiser Petra Lind said "
     "about 300 jobs would go by the spring.",
     [("not_statement", "comment"), ("say", "300 jobs would go", "Petra Lind")]),
    ("unrealised_speech", "Flood season",
     "With the river already high, now is as good a moment as any to talk about flood insurance for small "
     "farms, the agency's chief economist, Rui Tavares, said.",
     [("not_statement", "talk"), ("no_speaker", "moment")]),
    ("unrealised_speech", "Privacy bill",
     "The bill would let tenants demand that landlords delete their records after a year. Its sponsor, "
     "Senator Maya Ortiz, said the rule would cost landlords little.",
     [("not_statement", "demand"), ("say", "cost landlords little", "Maya Ortiz")]),
    ("unrealised_speech", "Hearing cut short",
     "Residents said they were given no chance to speak before the vote. The mayor was unable to comment "
     "because of a pending lawsuit, her office said.",
     [("not_statement", "speak"), ("not_statement", "comment"),
      ("say", "given no chance to speak", "Residents")]),
    ("unrealised_speech", "Coach silent",
     "Coach Ilse Brandt refused to discuss the injury on Friday and failed to mention the captain at all. "
     "Club doctors said the knee would need a scan.",
     [("not_statement", "discuss"), ("not_statement", "mention"), ("say", "need a scan", "doctors")]),
    # ------------------------------------------------------------------ request_that
    ("request_that", "Parade clean-up",
     "The organisers asked that visitors take their rubbish home after the parade. The city said 40 tonnes of "
     "waste had been collected last year.",
     [("say", "visitors take their rubbish home", "organisers"), ("say", "40 tonnes of waste", "city")]),
    ("request_that", "Inspector sought",
     "The school board requested that the state send an inspector before the roof is repaired. Principal "
     "Ken Adeyemi said classes would move to the library.",
     [("say", "the state send an inspector", "school board"), ("say", "classes would move", "Ken Adeyemi")]),
    ("request_that", "Seat belts",
     "Cabin staff said passengers often ignore the safety video. Some grow rude when attendants ask for their "
     "bags to be stowed, the staff said.",
     [("not_statement", "ask"), ("say", "ignore the safety video", "Cabin staff")]),
    ("request_that", "Judge asked",
     "Lawyers for the driver asked that the trial be moved to another county, arguing that coverage had been "
     "unfair. The judge will rule next week.",
     [("say", "the trial be moved", "Lawyers for the driver")]),
    ("request_that", "Refund counter",
     "Shoppers grow impatient whenever cashiers ask for a receipt, the store manager, Olu Bakare, said. The "
     "chain asked that customers keep receipts for 30 days.",
     [("not_statement", "ask for"), ("say", "customers keep receipts", "chain")]),
    # ------------------------------------------------------------------ pronounce_declare
    ("pronounce_declare", "Crash on motorway",
     "The driver, 61, was pronounced dead by paramedics at the scene. Police said the lorry had crossed the "
     "central barrier.",
     [("not_statement", "pronounced"), ("say", "crossed the central barrier", "Police")]),
    ("pronounce_declare", "Lost hiker",
     "A hiker missing for three days was found on Tuesday and declared fit to travel by a mountain doctor. "
     "Rescuers said he had sheltered in a hut.",
     [("not_statement", "declared"), ("say", "sheltered in a hut", "Rescuers")]),
    ("pronounce_declare", "Wedding",
     "The mayor pronounced the couple husband and wife in front of 200 guests at the town hall on Saturday.",
     [("not_statement", "pronounced")]),
    ("pronounce_declare", "Race result",
     "Officials declared Kiptoo the winner after a photo finish. Her coach, Daniel Rono, said she had trained "
     "at altitude for two months.",
     [("not_statement", "declared"), ("say", "trained at altitude", "Daniel Rono")]),
    ("pronounce_declare", "Glued headline",
     "Mayor declares emergency for flood barrier, council panel launches probe People gather during a rally "
     "against the mayor's declaration of an emergency outside City Hall. Engineers said the barrier would take "
     "two years to build.",
     [("not_statement", "declares"), ("say", "take two years to build", "Engineers")]),
    # ------------------------------------------------------------------ figurative_say
    ("figurative_say", "Column on reading",
     "What does it say about us that we still buy newspapers we never read? Perhaps nothing at all.",
     [("not_statement", "say")]),
    ("figurative_say", "League table",
     "The result says a lot about how far the club has fallen since the owner sold its best players, "
     "supporters' trust chairman Owen Pryce said.",
     [("not_shown", "a lot about how far the club"), ("no_speaker", "result")]),
    ("figurative_say", "Budget signal",
     "This budget says much about the government's priorities, and little about the poor, economist Hana "
     "Kovac told the radio station.",
     [("not_shown", "much about the government's priorities"), ("no_speaker", "budget")]),
    ("figurative_say", "Turnout",
     "What did the low turnout say about the campaign? The party's own pollster, Lena Marsh, said young voters "
     "had stayed home.",
     [("not_shown", "about the campaign"), ("say", "young voters had stayed home", "Lena Marsh")]),
    # ------------------------------------------------------------------ work_narrates
    ("work_narrates", "New series",
     "The new drama, which tells the story of two sisters who run a ferry, will start in May. The broadcaster "
     "said it had ordered a second season.",
     [("not_statement", "tells"), ("say", "ordered a second season", "broadcaster")]),
    ("work_narrates", "Exhibition",
     "An exhibition at the Marlow Gallery recounts the history of the town's glassworks. Curator Nadia "
     "Fenn said the museum had borrowed 300 objects.",
     [("not_statement", "recounts"), ("say", "borrowed 300 objects", "Nadia Fenn")]),
    ("work_narrates", "Documentary",
     "The documentary chronicles the rise of a small-town boxer. Its director said the film took six years.",
     [("not_statement", "chronicles"), ("say", "took six years", "director")]),
    ("work_narrates", "Speech event kept",
     "At the memorial, Ana Weiss told the story of her grandfather's escape in 1944.",
     [("say", "grandfather's escape", "Ana Weiss")]),
    # ------------------------------------------------------------------ appoint_deflect
    ("appoint_deflect", "Parade marshals",
     "To mark the anniversary, the committee chair named two former champions to serve as grand marshals of "
     "the parade. The chair said tickets had sold out.",
     [("not_statement", "named"), ("say", "tickets had sold out", "chair")]),
    ("appoint_deflect", "New coach",
     "The club named Ana Ruiz as its new head coach on Monday. Ruiz said the squad needed more pace.",
     [("not_statement", "named"), ("say", "needed more pace", "Ana Ruiz")]),
    ("appoint_deflect", "Lawyer handles it",
     "The councillor did not return calls on Thursday, referring questions to his lawyer. The council said "
     "an inquiry had been opened.",
     [("not_statement", "referring"), ("say", "inquiry had been opened", "council")]),
    ("appoint_deflect", "Press office",
     "The minister referred all inquiries to the press office. Officials said the report would be published "
     "in June.",
     [("not_statement", "referred"), ("say", "published in June", "Officials")]),
    ("appoint_deflect", "Board picks",
     "The board named Priya Shah as chief executive after a six-month search. Shah said the bank would keep "
     "its branches open.",
     [("not_statement", "named"), ("say", "keep its branches open", "Priya Shah")]),
    # ------------------------------------------------------------------ they_after_person
    ("they_after_person", "Analyst view",
     "Analyst Sam Otieno told the Daily Ledger that the bond would only buy time. They added that yields "
     "would rise after the downgrade.",
     [("say", "yields would rise", "Sam Otieno")]),
    ("they_after_person", "Researcher",
     "Financial researcher Li Wen told the newspaper that other banks would follow. They said the first mover "
     "could take most of the market.",
     [("say", "first mover could take", "Li Wen")]),
    ("they_after_person", "Crew",
     "The ship's engineer, Tomas Berg, said the pumps had failed twice in a week. They added that spare parts "
     "were on order.",
     [("say", "spare parts were on order", "Tomas Berg")]),
    ("they_after_person", "Body first",
     "The union said the strike would go ahead. Its leader, Mara Voss, said talks had failed. They added that "
     "picket lines would form at dawn.",
     [("say", "talks had failed", "Mara Voss")]),
    ("they_after_person", "Two senators",
     "Senator Ann Ruiz and Senator Tom Bell say the program needs changes. The program has grown well beyond "
     "its aim, they say.",
     [("not_by", "grown well beyond its aim", "Ann Ruiz")]),  # "they" is both (PolNeAR dev)
    # ------------------------------------------------------------------ thing_doer (helper 3, samples 3-6)
    ("thing_doer", "Fare petition",
     "Public anger over the fare rise inspired a petition that drew 40,000 names. Transport minister Lea Vogt "
     "said the fares would be reviewed in March.",
     [("not_statement", "inspired"), ("say", "fares would be reviewed", "Lea Vogt")]),
    ("thing_doer", "Sea wall",
     "The storm exposed cracks in the old sea wall along the promenade, and the council said repairs would "
     "cost 2 million euros.",
     [("not_statement", "exposed"), ("say", "repairs would cost", "council")]),
    ("thing_doer", "Casinos",
     "The governor is pleased that casinos in the state will open for business by June, bringing in revenue for "
     "roads and schools.",
     [("not_statement", "open")]),
    ("thing_doer", "Vandalised chapel",
     "Police launched a criminal investigation after a chapel was vandalised on Sunday. Officers said the damage "
     "was discovered by a caretaker.",
     [("not_statement", "launched"), ("say", "damage was discovered", "Officers")]),
    ("thing_doer", "Rules copied",
     "The new tenancy rules were inspired by a law passed in Oregon two years ago, city officials said on "
     "Wednesday.",
     [("not_statement", "inspired"), ("say", "inspired by a law", "city officials")]),
    ("thing_doer", "Campaign speaks",
     "The Ruiz campaign has previously addressed the plight of single mothers in its ads.",
     [("say", "plight of single mothers", "Ruiz campaign")]),  # a body, not a thing (PolNeAR dev)
    # ------------------------------------------------------------------ perception_vbp
    ("perception_vbp", "Lifeguard",
     "Off-duty lifeguard Mia Kern watched two boys swim past the warning flags on Saturday. Kern said the "
     "current was stronger than it looked.",
     [("not_statement", "watched"), ("say", "current was stronger", "Mia Kern")]),
    ("perception_vbp", "Ridge",
     "Backcountry skier Tom Lind watched three people risk their lives on the ridge, unaware of the danger.",
     [("not_statement", "watched")]),
    ("perception_vbp", "Frozen pond",
     "Residents watched the two men risk everything to save the dog, unaware of the thin ice. The fire service "
     "said both men were treated for cold.",
     [("not_statement", "watched"), ("say", "both men were treated", "fire service")]),
    ("perception_vbp", "Hikers",
     "A park ranger watched three hikers cross the closed trail, then radioed for help. The ranger said they "
     "had ignored two signs.",
     [("not_statement", "watched"), ("say", "ignored two signs", "ranger")]),
    # ------------------------------------------------------------------ demonym_person
    ("demonym_person", "Church tax",
     "Apostle Yaw Mensah has urged churches to pay tax. According to the Ghanaian theologian, tithes should be "
     "declared like any other income.",
     [("never", "Ghana")]),
    ("demonym_person", "Novelist",
     "Speaking at a book fair in Lima, the Peruvian novelist said the city had lost its old cafes.",
     [("never", "Peru"), ("say", "lost its old cafes", "novelist")]),
    ("demonym_person", "Historian",
     "A Nigerian historian told the conference that the archive had been neglected for decades.",
     [("never", "Nigeria"), ("say", "archive had been neglected", "historian")]),
    ("demonym_person", "Preacher",
     "The Kenyan preacher, who drew crowds of thousands, said the church would open a school in Kisumu.",
     [("never", "Kenya"), ("say", "open a school in Kisumu", "preacher")]),
    # ------------------------------------------------------------------ writer_you (the writer to the reader)
    ("writer_you", "Stadium poll",
     "The new stadium will seat 40,000 fans. What are your thoughts on the design? Tell us in the comments.",
     [("not_statement", "thoughts")]),
    ("writer_you", "Recipe",
     "Our verdict: the soup needs more salt. The chef, Anna Lutz, said she would change the recipe.",
     [("not_statement", "verdict"), ("say", "change the recipe", "Anna Lutz")]),
    ("writer_you", "Share",
     "Have you been affected by the flooding? Share your story with our newsroom. The council said pumps had "
     "been sent to the estate.",
     [("not_statement", "story"), ("say", "pumps had been sent", "council")]),
    ("writer_you", "My take",
     "My view is that the league has waited too long. The league's chief, Omar Diaz, said a decision would come "
     "in May.",
     [("not_statement", "view"), ("say", "decision would come in May", "Omar Diaz")]),
    # ------------------------------------------------------------------ page_furniture (helper 3, sample 1)
    ("page_furniture", "New defenders",
     'The manager welcomed the two new defenders. Article continues below "They bring onboard the experience we need as a team and I am happy to have them. We will now push for the title."',
     [("no_speaker", "Article")]),
    ("page_furniture", "Draw",
     'The coach spoke to reporters after the draw. Story continues below "We lost our focus in the second half and we paid for it."',
     [("no_speaker", "Story")]),
    ("page_furniture", "Tour ends",
     'The singer thanked her fans at the end of the tour. Article continues after advertisement "You have carried me through a hard year, and I will be back in the spring."',
     [("no_speaker", "Article")]),
    ("page_furniture", "Contract talk",
     'The striker was asked about his contract. Story continues below "I am happy here and I want to win trophies with this club."',
     [("no_speaker", "Story")]),
    # ------------------------------------------------------------------ made_not_said (helper 3; sample 2's "tweeting at")
    ("made_not_said", "Songwriter",
     "The singer wrote the song in 2010 while touring Europe with her band. Her manager said a new album would "
     "follow in the spring.",
     [("not_statement", "wrote"), ("say", "new album would follow", "manager")]),
    ("made_not_said", "Hospital suit",
     "The family filed a lawsuit against the hospital in March. The union filed a complaint saying managers had "
     "ignored safety rules.",
     [("not_shown", "a lawsuit against the hospital"), ("say", "managers had ignored safety rules", "union")]),
    ("made_not_said", "Animated film",
     "The actor voiced the dragon in the animated film. He voiced concern over the studio's plans for a sequel, "
     "according to the trade paper.",
     [("not_shown", "the dragon in the animated film")]),
    ("made_not_said", "Gym collapse",
     "He complained of chest pain before collapsing at the gym, and a neighbour answered the door to paramedics. "
     "Police said no one else was involved.",
     [("not_statement", "complained"), ("not_statement", "answered"), ("say", "no one else was involved", "Police")]),
    ("made_not_said", "Tweets",
     "The rapper tweeted a photo of his new car on Sunday. The senator, tweeting at the network all week, has "
     "tweeted his support for the striking nurses.",
     [("not_shown", "a photo of his new car"), ("not_statement", "tweeting")]),
    ("made_not_said", "Novel",
     "The author's new novel describes a family torn apart by war. The publisher said 40,000 copies had been "
     "printed.",
     [("not_statement", "describes"), ("say", "40,000 copies", "publisher")]),
    # ------------------------------------------------------------------ no_proposition (helper 3, from sample 8:
    # one broad rule instead of phrase rules; written before the rule)
    ("no_proposition", "Detention hearing",
     "At the first appearance, defence lawyer Ruth Okafor asked Judge Lina Marsh to set a bail hearing to decide "
     "whether the driver should stay in custody. The driver pleaded not guilty to dangerous driving.",
     [("not_statement", "pleaded"), ("say", "to set a bail hearing", "Ruth Okafor")]),
    ("no_proposition", "Share prices",
     "Orvane Foods is quoting at Rs 212, up 0.8% on the day. The stock is trading at 14 times earnings, and "
     "analyst Priya Rao said the rally would fade by March.",
     [("not_statement", "quoting"), ("say", "rally would fade", "Priya Rao")]),
    ("no_proposition", "Protest reply",
     "The farmers' union responded with a two-day blockade of the ring road. Residents who demand to be "
     "rehoused camped outside the ministry, and their spokesman Elif Kaya said the camp would stay.",
     [("not_statement", "responded"), ("say", "camp would stay", "Elif Kaya")]),
    ("no_proposition", "Busy season",
     "It promises to be a busy winter for the ferry line. The regional council called on the operator to add "
     "two sailings. The operator's chief, Jonas Berg, vowed to hire forty new crew.",
     [("not_statement", "promises"), ("say", "to hire forty new crew", "Jonas Berg")]),
    ("no_proposition", "Speech events stay",
     "Mayor Ines Duarte denied it on Tuesday. She also spoke about the flood plans at length, and accused the "
     "province of hiding the repair bill. The utility announced losses of 40 million euros.",
     [("say", "it", "Ines Duarte"), ("say", "the flood plans", "Ines Duarte"),
      ("say", "of hiding the repair bill", "Ines Duarte")]),
    ("no_proposition", "Claims stay",
     "A retired teacher, Omar Haddad, claims to have been cheated out of his savings by the fund. Haddad "
     "urged savers to check their statements, saying the fund had hidden its fees.",
     [("say", "cheated out of his savings", "Omar Haddad"), ("say", "to check their statements", "Omar Haddad"),
      ("say", "the fund had hidden its fees", "Omar Haddad")]),
    # ------------------------------------------------------------------ adverb_subject
    ("adverb_subject", "Food price outlook",
     "Brightway, the price-tracking service used by ten million shoppers, today predicts that 2027 will bring "
     "the steepest food prices in a decade.",
     [("no_speaker", "today")]),
    ("adverb_subject", "Fuel price outlook",
     "PumpWatch, the smartphone app helping drivers avoid paying full price for diesel, today predicts that 2027 "
     "will feature the highest prices since 2014.",
     [("no_speaker", "today")]),
    ("adverb_subject", "Rent outlook",
     "Fairfield, the think tank that advises the city on housing, this week warned that 2027 would see rents "
     "climb again.",
     [("no_speaker", "this week"), ("say", "rents climb again", "Fairfield")]),
    ("adverb_subject", "Airline routes",
     "Northwind Air yesterday announced that it would drop three routes in May. Its chief executive, Ola "
     "Brekke, said fuel costs were to blame.",
     [("no_speaker", "yesterday"), ("say", "fuel costs were to blame", "Ola Brekke")]),
    # ------------------------------------------------------------------ they_not_body
    ("they_not_body", "Outlet then they",
     "The Kestrel Herald has reported that displaced families have camped in the station hall since March. "
     "They claim that the rent money from the state is not enough.",
     [("not_by", "rent money from the state", "Kestrel Herald")]),
    ("they_not_body", "Agency then they",
     "The Morava News Agency reported that the miners had been without pay for two months. They say the "
     "company owes them more than a million dinars.",
     [("not_by", "company owes them", "Morava News Agency")]),
    ("they_not_body", "Group then they",
     "The Open Roads Collective said in a statement that truck drivers had blocked the bridge since dawn. "
     "They say the new toll will ruin them.",
     [("not_by", "the new toll will ruin them", "Open Roads Collective")]),
    # ------------------------------------------------------------------ cited_source (helper 5, from samples 6-9:
    # "according to state media citing local authorities" gave "local authorities" as what was said)
    ("cited_source", "Landslide toll",
     "At least 14 people died in the landslide, according to the national broadcaster citing provincial officials.",
     [("not_shown", "provincial officials"), ("say", "14 people died", "national broadcaster"),
      ("no_speaker", "citing")]),
    ("cited_source", "Kitchen fire",
     "According to Radio Delta, which cited a police report, the fire started in the kitchen of the hostel.",
     [("not_shown", "a police report"), ("say", "fire started in the kitchen", "Radio Delta"),
      ("no_speaker", "cited")]),
    ("cited_source", "Dock strike",
     "The strike closed three ports on Monday, according to the business daily Tallinn Markets quoting union "
     "sources.",
     [("not_shown", "union sources"), ("no_speaker", "quoting")]),
    ("cited_source", "Bridge closure",
     "The bridge will stay shut until June, the regional paper said, citing engineers who inspected it. "
     "Transport minister Aino Salo cited rising costs for the delay.",
     [("not_shown", "engineers who inspected it"), ("say", "stay shut until June", "regional paper")]),
    # ------------------------------------------------------------------ nested_according (helper 5, from sample 9:
    # a nested "according to their investigation" was given the whole sentence that reports it)
    ("nested_according", "Singers engaged",
     "According to the entertainment site Kpopwire, the rumour was confirmed by the daily Seoul Ledger, which "
     "published a story on Monday stating that according to its own sources, the two singers were engaged.",
     [("not_by", "rumour was confirmed", "its own sources"), ("say", "two singers were engaged", "its own sources")]),
    ("nested_according", "Minister resigned",
     "According to Radio Sava, the minister resigned on Friday, according to two people close to him.",
     [("not_by", "according to two people", "Radio Sava"), ("not_by", "According to Radio Sava", "two people"),
      ("say", "the minister resigned", "two people close to him"), ("say", "the minister resigned", "Radio Sava")]),
    ("nested_according", "Mine flooded",
     "The union said on Sunday that according to miners on the night shift, the lower shafts had flooded.",
     [("not_by", "The union said", "members"), ("say", "lower shafts had flooded", "union")]),
    ("nested_according", "Court papers",
     "Prosecutors told the court on Tuesday that according to bank records the firm had moved 3 million euros "
     "abroad, and the judge set a hearing for May.",
     [("not_by", "Prosecutors told the court", "bank records"), ("say", "moved 3 million euros", "Prosecutors")]),
    ("nested_according", "Trailing frame stays outer",
     "The disaster agency said that a boy was electrocuted by a fallen cable, according to the Harbour Times.",
     [("say", "a boy was electrocuted", "Harbour Times")]),
    # ------------------------------------------------------------------ unrealised_yet (helper 5, samples 6-9's
    # unrealised speech in a new shape: "has yet to comment")
    ("unrealised_yet", "Affair",
     "The senator has yet to comment publicly on the affair, and her office said she was abroad.",
     [("not_statement", "comment"), ("say", "she was abroad", "office")]),
    ("unrealised_yet", "Club silent",
     "The club is yet to respond to the fans' letter. Supporters' group chair Nils Aalto said 3,000 people had "
     "signed it.",
     [("not_statement", "respond"), ("say", "3,000 people had signed", "Nils Aalto")]),
    ("unrealised_yet", "Police silent",
     "Police have yet to speak about the motive, but neighbours said the man had argued with his landlord.",
     [("not_statement", "speak"), ("say", "argued with his landlord", "neighbours")]),
    ("unrealised_yet", "Tender cancelled",
     "The ministry has yet to explain why the tender was cancelled.",
     [("not_statement", "explain")]),
    # ------------------------------------------------------------------ declare_made (helper 5, samples 6-9's
    # declarations in a new shape: a state made so, as a participle small clause)
    ("declare_made", "Floodlights",
     "The referee declared the match abandoned after the floodlights failed. The home side said it would appeal.",
     [("not_statement", "declared"), ("say", "it would appeal", "home side")]),
    ("declare_made", "Council meeting",
     "The chairwoman declared the meeting closed when protesters entered the hall.",
     [("not_statement", "declared")]),
    ("declare_made", "By-election",
     "The returning officer declared Marta Silva elected with 52% of the vote, and Silva said she would work for "
     "every voter.",
     [("not_statement", "declared"), ("say", "work for every voter", "Marta Silva")]),
    ("declare_made", "Session adjourned",
     "The speaker pronounced the session adjourned at midnight. Opposition members said the vote had been "
     "rushed.",
     [("not_statement", "pronounced"), ("say", "vote had been rushed", "Opposition members")]),
    ("declare_made", "Claim stays",
     "The opposition leader declared that the vote had been rigged and called for a recount.",
     [("say", "the vote had been rigged", "opposition leader")]),
    # ------------------------------------------------------------------ figurative_thing (helper 5, samples 6-9's
    # figurative "say" in new shapes: a thing that "says" nothing of its own)
    ("figurative_thing", "Verdict read",
     "Her face said it all as the verdict was read. Her lawyer, Tom Reyes, said they would appeal.",
     [("not_statement", "said it all"), ("no_speaker", "face"), ("say", "they would appeal", "Tom Reyes")]),
    ("figurative_thing", "Tower clock",
     "The clock on the tower said a quarter past nine when the blast hit the square.",
     [("no_speaker", "clock")]),
    ("figurative_thing", "Heat warning for the coast",
     "The thermometer outside the station said 41 degrees by noon. The weather service said the heat would "
     "last until Friday.",
     [("no_speaker", "thermometer"), ("say", "the heat would last", "weather service")]),
    ("figurative_thing", "Scoreboard",
     "The scoreboard said 2-1 with a minute left. Coach Ada Lenz said her players had run out of legs.",
     [("no_speaker", "scoreboard"), ("say", "run out of legs", "Ada Lenz")]),
    # ------------------------------------------------------------------ deed_response (helper 5, samples 6-9's
    # actions read as speech: a response by a deed, a plea in court)
    ("deed_response", "Harbour blockade",
     "The fishermen responded with a blockade of the harbour. Their leader, Tomas Vik, said it would last a week.",
     [("not_statement", "responded"), ("say", "it would last a week", "Tomas Vik")]),
    ("deed_response", "Library sit-in",
     "The students answered the ban with a sit-in at the library, and the rector said talks would start.",
     [("not_statement", "answered"), ("say", "talks would start", "rector")]),
    ("deed_response", "Border shelling",
     "The army retaliated with artillery fire on the border villages, the defence ministry said.",
     [("not_statement", "retaliated")]),
    ("deed_response", "Fraud plea",
     "The former treasurer pleaded guilty to fraud on Monday. His lawyer said he would repay the money.",
     [("not_statement", "pleaded"), ("say", "he would repay the money", "lawyer")]),
    ("deed_response", "Reply in words",
     "The ministry responded with a statement saying the figures were wrong.",
     [("say", "the figures were wrong", "ministry")]),
    # ------------------------------------------------------------------ thing_speaker (helper 5, the broad gate's
    # speaker half, from sample 10's "video shows" and "according to the subject": a recording, a picture or a
    # thing is no one who states)
    ("thing_speaker", "Traffic stop",
     "Footage released by the city shows two officers drag a man from his car. The mayor said the officers had "
     "been suspended.",
     [("no_speaker", "Footage"), ("not_statement", "shows"), ("say", "officers had been suspended", "mayor")]),
    ("thing_speaker", "Striker collapses",
     "A photo posted by the club captures the moment the striker fell. Club doctor Imre Balog said he was stable "
     "in hospital.",
     [("no_speaker", "photo"), ("say", "he was stable in hospital", "Imre Balog")]),
    ("thing_speaker", "Dosage",
     "\"The dose changes according to the weight of the patient,\" the clinic's head nurse, Rina Holt, said. "
     "Holt said the new pumps had cut errors by half.",
     [("no_speaker", "weight"), ("say", "cut errors by half", "Rina Holt")]),
    ("thing_speaker", "Ferry fares",
     "Fares vary according to the season. The ferry company said it would add two crossings in July.",
     [("no_speaker", "season"), ("say", "add two crossings", "ferry company")]),
    ("thing_speaker", "Bus attack",
     "New video shows teens kick bus driver in Leeds on Friday night. The video, posted on Saturday, shows a "
     "group of boys attack a 54-year-old driver as he left his cab.",
     [("no_speaker", "video"), ("not_statement", "shows")]),
    ("thing_speaker", "Lorry crash",
     "Dashcam video shows the lorry swerve into the oncoming lane. Police said the driver had been arrested.",
     [("no_speaker", "video"), ("say", "driver had been arrested", "Police")]),
    ("thing_speaker", "Flood map",
     "A new map from the agency shows the flood zone reaching the old mill. The agency said 400 homes were at "
     "risk.",
     [("no_speaker", "map"), ("say", "400 homes were at risk", "agency")]),
    # ------------------------------------------------------------------ deed_content (helper 5, the broad gate's
    # content half, from sample 10's "threatened him with a stick" and "a show of support": a deed done with a
    # thing, a noun that is no speech, reported as if said)
    ("deed_content", "Garden rake",
     "A neighbour threatened the boys with a garden rake before police arrived. Officers said no one was hurt.",
     [("not_statement", "threatened"), ("say", "no one was hurt", "Officers")]),
    ("deed_content", "Metal bar",
     "Another suspect threatened the guard with a metal bar, prosecutors said. A third man threatened him with a "
     "bottle.",
     [("not_statement", "threatened"), ("say", "threatened the guard with a metal bar", "prosecutors")]),
    ("deed_content", "Miners' march",
     "Hundreds of teachers joined the miners' march in a show of solidarity. Union leader Pia Dahl said the "
     "strike would go on.",
     [("not_shown", "solidarity"), ("say", "the strike would go on", "Pia Dahl")]),
    ("deed_content", "Flowers at the gate",
     "Fans greeted the players with flowers at the airport gate, and the coach said the team was proud.",
     [("not_statement", "greeted"), ("say", "the team was proud", "coach")]),
    ("deed_content", "Threat in words stays",
     "The landlord threatened the tenants with eviction, and the tenants' union said it would go to court.",
     [("say", "it would go to court", "union")]),
    # ------------------------------------------------------------------ gate_guard (helper 5: real statements the
    # broad gate must keep - headline attributions, nested speech, "according to", pronoun speakers, conjoined
    # verbs, a body or a document that states, a noun for people the tables do not know)
    ("gate_guard", "Port walkout",
     "Dock strike to last a week, union says. Dock workers walked out at the port of Varna on Monday.",
     [("say", "Dock strike to last a week", "union")]),
    ("gate_guard", "Dam inspection",
     "The minister said the governor had assured him that the dam was safe. Engineers said the spillway needed "
     "repair.",
     [("say", "the dam was safe", "governor"), ("say", "spillway needed repair", "Engineers")]),
    ("gate_guard", "Plant closure",
     "The plant will close in May, according to the workers' council. Its chair, Lena Horn, said 300 jobs would "
     "go. She added that talks with the owner had failed.",
     [("say", "plant will close in May", "workers' council"), ("say", "300 jobs would go", "Lena Horn"),
      ("say", "talks with the owner had failed", "Lena Horn")]),
    ("gate_guard", "Budget row",
     "The mayor denied the claims and insisted that the budget was balanced. A chorus of councillors said the "
     "same.",
     [("say", "the budget was balanced", "mayor")]),
    ("gate_guard", "Growth forecast",
     "The fund predicted that the economy would grow 2% next year. The housemates said that the house was cold.",
     [("say", "the economy would grow", "fund"), ("say", "the house was cold", "housemates")]),
    # ------------------------------------------------------------------ activity_use (helper 5, issue 15 point 3,
    # from sample 11's "wrote for a newspaper", "retweeted a video", "responding to a call", "adding 65 field
    # offices": a verb of communication naming an activity, with no clause and no quotation near; written first)
    ("activity_use", "Patrol car overturns",
     "Two vehicles, including a police car, were involved in a crash early on Friday.\n\nIt happened around 2 a.m. "
     "at Mill Road and Canal Street.\n\nOfficers had been responding to a call of a break-in when the patrol car "
     "was struck by a truck, causing it to roll over.\n\nThe two officers were taken to hospital, police said.",
     [("not_statement", "responding"), ("say", "officers were taken to hospital", "police")]),
    ("activity_use", "Bakery chain",
     "The bakery has doubled in size since 2019. \"We bake for the whole city now,\" owner Ms Lund said. It has "
     "widened its reach, adding 30 shops throughout the region\n\nMarket hall plan backed by council The council "
     "voted on Tuesday to back the plan.",
     [("not_statement", "adding")]),
    ("activity_use", "Old paper",
     "Jack London once wrote for the town's oldest newspaper. Now it nears its end. The paper's owner said it "
     "would close in June.",
     [("not_statement", "wrote"), ("say", "it would close in June", "owner")]),
    ("activity_use", "Columnist",
     "Before politics, Dana Rusk wrote for the Valley Courier for ten years. The council said she would start "
     "in March.",
     [("not_statement", "wrote")]),
    ("activity_use", "Sports magazine",
     "Her brother writes for a sports magazine in Lyon. Coach Anne Perrin said the race was the hardest of the "
     "year.",
     [("not_statement", "writes"), ("say", "the race was the hardest", "Anne Perrin")]),
    ("activity_use", "Deleted post",
     "In a deleted post, the senator retweeted a video with the station's logo of the governor speaking at a "
     "rally in May. Her office said the post was a mistake.",
     [("not_statement", "retweeted"), ("say", "the post was a mistake", "office")]),
    ("activity_use", "Store chain",
     "Sales rose 9% in the quarter, the company said on Monday. \"It was our best spring,\" its chief executive "
     "said. The group has expanded its network, adding 12 stores across the north.\n\nThe shares rose 3%.",
     [("not_statement", "adding"), ("say", "Sales rose 9%", "company")]),
    ("activity_use", "Ring road",
     "Paramedics responded to a crash on the ring road when a lorry hit two cars. Police said the lorry driver "
     "was arrested.",
     [("not_statement", "responded"), ("say", "lorry driver was arrested", "Police")]),
    # ------------------------------------------------------------------ event_guard (helper 5: speech events with
    # no clause that users want shown - written to someone, a letter, an answer to words, a clause after "for")
    ("event_guard", "Wrote to PM",
     "Forty lawmakers wrote to the prime minister on Tuesday. The letter was published on Wednesday.",
     [("say", "to the prime minister", "lawmakers")]),
    ("event_guard", "Allegations answered",
     "Police responded to the allegations in a statement on Monday.",
     [("say", "to the allegations", "Police")]),
    ("event_guard", "Bishop's letter",
     "The bishop wrote a letter to the parish about the closure of the school.",
     [("say", "a letter to the parish", "bishop")]),
    ("event_guard", "Wrote for the Herald",
     "The novelist wrote for the Herald that the ruling was a scandal.",
     [("say", "the ruling was a scandal", "novelist")]),
    ("event_guard", "Shared statement",
     "The club shared a statement from the player on Sunday.",
     [("say", "a statement from the player", "club")]),
    ("event_guard", "Posted on Facebook",
     "The mayor posted on Facebook that the bridge would reopen on Monday.",
     [("say", "the bridge would reopen", "mayor")]),
    ("event_guard", "Town hall critics",
     "Fans said the ground was too small. The mayor responded to critics at a town hall.",
     [("say", "to critics", "mayor")]),
    ("event_guard", "Aides retweet support",
     "Late on Monday, the governor's aides retweeted their expressions of support for the senator. The campaign "
     "said the race was close.",
     [("say", "their expressions of support", "aides")]),
    ("event_guard", "Research published",
     "Civic Lab published research during the convention showing that young voters were more responsive to a "
     "message of change. Its director said the findings were clear.",
     [("say", "showing that young voters", "Civic Lab")]),
    ("event_guard", "Returns published",
     "On Friday the Harbour Post published pages of the mayor's tax returns from 2011 that showed his firm lost "
     "$4 million that year. The mayor said the pages were stolen.",
     [("say", "pages of the mayor's tax returns", "Harbour Post")]),
    # ------------------------------------------------------------------ read_more (helper 5, issue 15 point 3, from
    # sample 12's "the books that defined the decade Read more Mehta, who ..., died": a "Read more" link line run
    # into the body with no stop is page furniture, not a verb of writing; written before the fix; two sayers
    # re-worded after a first run, as they failed with real line breaks too: "According to the choir" (act other)
    # and "Its director said" (not found) are other classes)
    ("read_more", "Bridge cracks",
     "The harbour bridge will close for repairs in May. The ten bridges that shaped the city Read more Engineers "
     "found cracks in two of its supports last year, the council said.",
     [("no_speaker", "bridges"), ("say", "Engineers found cracks", "council")]),
    ("read_more", "Choir founder",
     "The choir's founder, Ada Moss, has died aged 81. From carols to cantatas: the best choral albums of the "
     "year Read more Moss, who led the choir for forty years, died at home on Sunday. Her family said she had "
     "been ill for some months.",
     [("no_speaker", "albums"), ("say", "she had been ill", "family")]),
    ("read_more", "Ferry storm",
     "Ferry services were cancelled on Friday. Storm season: what island travellers need to know Read More The "
     "operator said sailings would resume on Monday.",
     [("no_speaker", "travellers"), ("say", "sailings would resume", "operator")]),
    ("read_more", "Museum wing",
     "The city museum will reopen in June. Ten galleries worth the trip this summer READ MORE The museum's "
     "director, Eva Lind, said the new wing would open in the autumn.",
     [("no_speaker", "galleries"), ("say", "the new wing would open", "Eva Lind")]),
    ("read_more", "Chess coach",
     "Chess coach Ida Berg has died aged 66. The players who changed the game Read more Berg, who trained three "
     "world champions, died in hospital on Monday, her club said.",
     [("not_shown", "The players who changed the game"), ("say", "who trained three world champions", "club")]),
    ("read_more", "Opera singer",
     "Opera singer Ruth Lind, who led the national company for twenty years, has died. She was 84. From sea "
     "shanties to symphonies: the records that defined the year Read more Lind, who was married to the painter "
     "Jon Lind, died on Tuesday at her home in Oslo. According to the company, the cause was heart failure.",
     [("no_speaker", "records"), ("say", "the cause was heart failure", "company")]),
    ("read_more", "Letters read",
     "The judge read more than 200 letters from victims before the hearing, her clerk said.",
     [("say", "The judge read more than 200 letters", "clerk")]),
    ("they_not_body", "Person still",
     "Council engineer Dana Whitlock told the Harbour Post that the sea wall needed repair. They added that "
     "the work would take a year.",
     [("say", "the work would take a year", "Dana Whitlock")]),
    # actor_organ: a body of a country, or a court named before, is not the country or another court
    ("actor_organ", "Seoul rate cut",
     "Seoul to Trim Policy Rate by Quarter Point From March SEOUL - South Korea's central bank said Thursday it would cut "
     "its policy rate to 3.25 percent to support exporters. The Bank of Korea added that inflation had slowed for a "
     "fourth straight month.",
     [("say", "cut its policy rate", "central bank", "South Korea"), ("say", "inflation had slowed", "Bank of Korea")]),
    ("actor_organ", "Grain outlook",
     "Wheat exports from the Black Sea region will shrink by a fifth this season, the U.S. Department of Agriculture "
     "said in its monthly outlook on Friday. Corn stocks were larger than traders expected, according to the U.S. "
     "Energy Information Administration, which tracks ethanol demand.",
     [("say", "Wheat exports from the Black Sea", "Department of Agriculture"),
      ("say", "Corn stocks were larger", "U.S. Energy Information Administration"),
      ("not_by", "Wheat exports from the Black Sea", "United States"),
      ("not_by", "Corn stocks were larger", "United States")]),
    ("actor_organ", "Aid package",
     "The U.S. administration said it would send more air defence systems to Kyiv. Moscow said the shipments would "
     "prolong the war, and Russia's foreign ministry summoned the ambassador.",
     [("say", "send more air defence systems", "United States"), ("say", "prolong the war", "Russia")]),
    ("actor_organ", "Drug approval",
     "The pill cut hospital stays by two days in a late-stage trial, the U.S. Food and Drug Administration said on "
     "Tuesday as it cleared the drug for adults. Washington said separately that it would buy 2 million courses.",
     [("say", "cut hospital stays", "U.S. Food and Drug Administration"), ("not_by", "cut hospital stays", "United States"),
      ("say", "buy 2 million courses", "United States")]),
    ("actor_organ", "Voting map",
     "A trial judge in Austin threw out the challenge in 2022. The voters then went to the Fifth Circuit, which revived "
     "it last spring. That court said the state had waived its immunity by removing the case.",
     [("say", "waived its immunity", "Fifth Circuit")]),
    ("actor_organ", "Photo ID law",
     "Judge Mara Quist of the District Court for the Middle District ruled that the rules were similar to a 2016 law "
     "that a state appeals court struck down in 2018. That court said the earlier rules had been drawn to exclude "
     "older voters.",
     [("say", "drawn to exclude older voters", "appeals court"), ("never", "District Court")]),
    ("actor_organ", "Statistics release",
     "NAIROBI (Agency) - Kenya's statistics agency said on Monday that inflation eased to 5.1 percent in May. This "
     "agency said food prices had fallen for a third month.",
     [("say", "inflation eased to 5.1 percent", "statistics agency", "Kenya"),
      ("say", "food prices had fallen", "statistics agency", "Kenya")]),
    ("actor_organ", "Tariff reply",
     "China said on Monday it opposed the new tariffs and would take countermeasures. Beijing said the levies broke "
     "trade rules, and the Chinese commerce ministry said it would file a complaint.",
     [("say", "opposed the new tariffs", "China"), ("say", "broke trade rules", "China"),
      ("say", "file a complaint", "commerce ministry", "China")]),
    ("actor_organ", "Missile launch",
     "Japan's defence ministry said a ballistic missile fell into the sea off Hokkaido. Tokyo said it had protested "
     "through diplomatic channels.",
     [("say", "ballistic missile fell", "defence ministry", "Japan"), ("say", "protested through diplomatic", "Japan")]),
    ("actor_organ", "Transfer window",
     "MADRID — Spain's football federation said it would review the referee's report before Friday. The federation "
     "added that no sanction had been decided.",
     [("say", "review the referee's report", "football federation", "Spain"),
      ("say", "no sanction had been decided", "football federation", "Spain")]),
    # actor_people: people named through a person or a country are neither that person nor the country
    ("actor_people", "Crash sentencing",
     "Marisol Ortega, 24, died at the scene when the truck ran a red light, police said. Ortega's parents said at the "
     "sentencing that the verdict left them feeling hopeless.",
     [("say", "left them feeling hopeless", "parents"), ("never", "Marisol Ortega")]),
    ("actor_people", "Ferry inquest",
     "The ferry's engineer, Tomasz Wilk, was lost overboard in the storm. Wilk's widow told the inquest that he had "
     "warned about the pumps for months.",
     [("say", "warned about the pumps", "widow")]),
    ("actor_people", "Housing poll",
     "A survey published on Wednesday found support for rent caps at a record. About 61% of U.S. adults said rents in "
     "their city had become unaffordable.",
     [("say", "rents in their city had become unaffordable", "adults"), ("not_by", "rents in their city", "United States")]),
    ("actor_people", "Meal survey",
     "Most Americans say grocery bills have risen faster than their wages. Nearly 40% of Canadians said they had "
     "cut back on fresh food, the bank's survey showed.",
     [("say", "grocery bills have risen", "most Americans"), ("never", "United States")]),
    ("actor_people", "Vote mood",
     "Two-thirds of British voters now say the country is heading in the wrong direction. Pollster YouGov asked 2,000 "
     "people over the weekend. Most "
     "Kenyan farmers told the researchers that fertiliser had doubled in price.",
     [("say", "heading in the wrong direction", "voters"), ("say", "fertiliser had doubled", "farmers"),
      ("never", "United Kingdom"), ("never", "Kenya")]),
    # ------------------------------------------------------------------ norm_grants
    ('norm_grants', 'Opinion: the promise we inherited',
     'The Constitution assures every one of us liberty of thought, expression, belief, faith and worship. '
     'That promise is now under strain, and the courts must defend it.',
     [('not_statement', 'assures'), ('not_shown', 'liberty of thought')]),
    ('norm_grants', 'Strait row deepens',
     'ANKARA - The treaty promises merchant ships of every flag free passage through the straits in time of '
     'peace. Turkey closed them to warships in 2022.',
     [('not_statement', 'promises'), ('not_shown', 'free passage')]),
    ('norm_grants', 'Nurses back three-year deal',
     'The contract guarantees nurses a 4% rise in each of the next three years, a weekend premium and two '
     "more days of leave. The union's members voted 71% in favour.",
     [('not_statement', 'guarantees'), ('not_shown', '4% rise')]),
    ('norm_grants', 'Charter at 75',
     'The charter promises every member state, large or small, an equal vote in the assembly, equality before '
     'its courts and a seat on its committees.',
     [('not_statement', 'promises'), ('not_shown', 'equal vote')]),
    ('norm_grants', 'Free speech case',
     'The First Amendment guarantees Americans freedom of speech, freedom of the press and the right to '
     'assemble. Lawyers for the students say the school broke it.',
     [('not_statement', 'guarantees'), ('not_shown', 'freedom of the press'), ('say', 'the school broke it', 'Lawyers for the students')]),
    ('norm_grants', "Tenants' rights",
     "Under the reform, the new law assures tenants six months' notice, a full refund of deposits and the "
     "right to keep a pet. Landlords' groups called it unworkable.",
     [('not_statement', 'assures'), ('not_shown', 'six months')]),
    ('norm_grants', 'Battery makers',
     'Article 14 of the directive grants buyers of electric cars a free battery check every two years and a '
     'replacement within eight years, the commission said on Tuesday.',
     [('not_statement', 'grants')]),
    ('norm_grants', 'Guards: statements by people and documents',
     'Finance Minister Ruth Adeyemi guaranteed that pensions would be paid in full this month. The water '
     'ministry assured residents that the tap water was safe to drink. The law says landlords must return '
     'deposits within 30 days.',
     [('say', 'pensions would be paid', 'Ruth Adeyemi'), ('say', 'the tap water was safe', 'ministry'), ('shown', 'landlords must return deposits')]),
    ('norm_grants', 'Guards: promises in words',
     'The governor promised farmers that the subsidy would be restored by June. The coach assured fans the '
     'team would fight for every point, and the report says attendance fell by a third.',
     [('say', 'the subsidy would be restored', 'governor'), ('shown', 'the team would fight'), ('shown', 'attendance fell by a third')]),
    ('norm_grants', 'Guard: the terms a charter states',
     'The Constitution guarantees that no one shall be held in slavery or servitude. That promise is now '
     'under strain.',
     [('shown', 'no one shall be held in slavery')]),
    # ------------------------------------------------------------------ called_selection
    ('called_selection', 'Jordan Morris, Cristian Roldan called into USMNT January camp',
     'Jordan Morris, Cristian Roldan called into USMNT January camp Jordan Morris and Cristian Roldan were '
     "among the 25 players called into the national team's January camp, which opens in Doha on Monday.",
     [('not_statement', 'called')]),
    ('called_selection', 'Uncapped Ridley called up for first Test',
     'Uncapped Ridley called up for first Test Somerset seamer Tom Ridley, 23, has been called up to the '
     'England squad for the first Test against India after taking 41 wickets this season.',
     [('not_statement', 'called')]),
    ('called_selection', 'Mets call up top prospect Diaz',
     'NEW YORK (AP) - The Mets called up shortstop Ramon Diaz from Triple-A Syracuse on Friday and sent '
     'reliever Tim Shaw down, the team said.',
     [('not_statement', 'called up'), ('shown', 'called up shortstop Ramon Diaz')]),
    ('called_selection', 'Kane called up to England squad after injury scare',
     'Kane called up to England squad after injury scare The Tottenham striker returns for the qualifiers '
     'against Malta and Ukraine, having missed a month with a hamstring strain.',
     [('not_statement', 'called')]),
    ('called_selection', 'Adams called into Wales squad',
     'Wing Josh Adams has been called into the Wales squad as cover for the injured Liam Williams, and he '
     'could start against France on Saturday.',
     [('not_statement', 'called')]),
    ('called_selection', 'Reservists called up',
     'About 300,000 reservists were called up last month, and thousands of men of fighting age have left the '
     'country since, border officials said.',
     [('not_statement', 'called'), ('shown', '300,000 reservists were called up')]),
    ('called_selection', 'Barrister called to the bar',
     'Amara Okafor was called to the bar in 2009 and took silk last year, the chambers said in a statement.',
     [('not_statement', 'called'), ('shown', 'was called to the bar')]),
    ('called_selection', 'Guards: calls in words',
     'The minister called for calm after the clashes and said police would stay in the square overnight. She '
     'called the decision a disgrace. Opposition leader Kofi Asante called on the government to publish the '
     'audit before the vote.',
     [('say', 'police would stay', 'minister'), ('spoken_by', 'a disgrace', 'She'), ('say', 'publish the audit', 'Kofi Asante')]),
    # ------------------------------------------------------------------ noun_as_verb
    ('noun_as_verb', 'Detroit nurses ‘furious’ over bus cuts',
     'Detroit nurses ‘furious’ over bus cuts Families across the district say the changes came with no '
     'warning. The district cut 40 routes in March.',
     [('not_statement', 'nurses'), ('not_shown', 'over bus cuts Families')]),
    ('noun_as_verb', 'Las Vegas parents ‘thrilled’ with New Year’s baby',
     'Las Vegas parents ‘thrilled’ with New Year’s baby Little Marquis’s timing couldn’t have been better. He '
     'was born 37 seconds after midnight.',
     [('not_statement', 'parents'), ('not_shown', 'timing couldn')]),
    ('noun_as_verb', "Ohio coaches 'thrilled' with new turf",
     "Ohio coaches 'thrilled' with new turf The artificial pitch at the school cost $1.2 million and opened "
     'on Monday.',
     [('not_statement', 'coaches')]),
    ('noun_as_verb', "Glasgow mothers 'relieved' as maternity unit stays open",
     "Glasgow mothers 'relieved' as maternity unit stays open The unit had been due to close in March, but "
     'the health board changed course.',
     [('not_statement', 'mothers')]),
    ('noun_as_verb', 'Leeds fans ‘gutted’ after late equaliser',
     'Leeds fans ‘gutted’ after late equaliser Supporters streamed out of Elland Road in silence on Saturday, '
     'and the manager said the side had thrown it away.',
     [('not_statement', 'fans'), ('say', 'the side had thrown it away', 'manager')]),
    ('noun_as_verb', "Lagos doctors 'alarmed' by cholera cluster",
     "Lagos doctors 'alarmed' by cholera cluster Nine children have been admitted to hospital since Friday, "
     'health officials say.',
     [('not_statement', 'doctors'), ('shown', 'Nine children have been admitted')]),
    ('noun_as_verb', 'Guards: verbs of speech in headlines',
     'The force says most of those held were released without charge. Ohio nurses say the ward is at breaking '
     'point, and Leeds fans claim the club ignored their letters.',
     [('shown', 'most of those held were released'), ('spoken_by', 'the ward is at breaking point', 'nurses'), ('spoken_by', 'the club ignored their letters', 'fans')]),
    # ------------------------------------------------------------------ relative_speaker
    ('relative_speaker', 'Senate president in the spotlight',
     'JUNEAU, Alaska - During her first year in the job, Cathy Giessel angered some in her own party. She was '
     'among those who argued cuts proposed by the governor were too much, too fast, and that the formula he '
     'wanted to follow was no longer workable.',
     [('spoken_by', 'too much, too fast', 'those'), ('never', 'who')]),
    ('relative_speaker', 'Panel split',
     'He was one of those who said the plan was rushed and unfair, and he voted against it.',
     [('spoken_by', 'the plan was rushed', 'those'), ('never', 'who')]),
    ('relative_speaker', 'Vague law challenged',
     'Critics who argue the law is too vague have asked the Supreme Court to strike it down.',
     [('say', 'the law is too vague', 'Critics'), ('not_shown', 'asked the Supreme Court')]),
    ('relative_speaker', 'Budget passes',
     'Lawmakers who said the cuts went too far voted against the budget on Thursday, but it passed 31-27.',
     [('say', 'the cuts went too far', 'Lawmakers')]),
    ('relative_speaker', 'Bridge to close',
     'The mayor has sided with those who warned that the bridge would not survive another winter, and it will '
     'close in November.',
     [('spoken_by', 'would not survive another winter', 'those'), ('never', 'who')]),
    ('relative_speaker', 'Campus rules',
     'Students who complained that the new curfew was unfair were told by the dean to put it in writing.',
     [('say', 'the new curfew was unfair', 'Students')]),
    ('relative_speaker', 'Guard: a named antecedent',
     'Ana Ruiz, who said the vote had been rigged, lost her seat. The union, which claims 40,000 members, '
     'said the strike would go ahead.',
     [('say', 'the vote had been rigged', 'Ana Ruiz'), ('say', 'the strike would go ahead', 'union')]),
    # ------------------------------------------------------------------ demonym_noun
    ("demonym_noun", "Dimitrov eyes a gentle start",
     "SYDNEY - Grigor Dimitrov opens his season at the ATP Cup next week after a shoulder scare. The Bulgarian on "
     "Tuesday said he would not push himself too hard in the first matches.",
     [("say", "not push himself too hard", "Grigor Dimitrov"), ("never", "Bulgaria")]),
    ("demonym_noun", "Kipchoge sets sights on Paris",
     "Eliud Kipchoge won the London Marathon for a fourth time on Sunday. The Kenyan said afterwards that his legs "
     "had felt heavy from the 30th kilometre.",
     [("say", "his legs had felt heavy", "Eliud Kipchoge"), ("never", "Kenya")]),
    ("demonym_noun", "Norrie through to quarter-finals",
     "Cameron Norrie beat the eighth seed in straight sets in Acapulco. The Briton told reporters his serve had "
     "finally come good, and he expects a tougher match on Friday.",
     [("say", "his serve had finally come good", "Cameron Norrie"), ("never", "United Kingdom")]),
    ("demonym_noun", "Champion keeps his counsel",
     "MADRID (Agency) - Carlos Alcaraz, who turned 20 last month, has won three titles this year. Asked about the "
     "clay season, the Spaniard said it was too early to talk about Roland Garros.",
     [("say", "too early to talk about Roland Garros", "Carlos Alcaraz"), ("never", "Spain")]),
    ("demonym_noun", "Coach backs striker",
     "Striker Ivan Petrovic has scored in five straight games. The 24-year-old Serb said on Thursday that he was "
     "ready to play every minute of the title run-in.",
     [("say", "ready to play every minute", "Ivan Petrovic"), ("never", "Serbia")]),
    ("demonym_noun", "Tour stage",
     "Tadej Pogacar attacked on the final climb to take the stage by 40 seconds. The Slovenian later admitted that "
     "the heat had nearly broken him.",
     [("say", "the heat had nearly broken him", "Tadej Pogacar"), ("never", "Slovenia")]),
    ("demonym_noun", "Veteran calls time",
     "After 17 years on the circuit, Samantha Stosur is retiring. The Australian wrote on Instagram that she was "
     "proud of every match she had played.",
     [("say", "proud of every match", "Samantha Stosur"), ("never", "Australia")]),
    # guards: the country itself, its government, its officials
    ("demonym_noun", "Guard: the state speaks",
     "Bulgaria said on Monday it would expel two diplomats. The Bulgarian government said the men had been "
     "gathering information on the port of Varna.",
     [("say", "expel two diplomats", "Bulgaria"), ("say", "gathering information", "Bulgaria")]),
    ("demonym_noun", "Guard: officials",
     "NAIROBI - Kenyan officials said on Friday that floods had cut the main highway to Mombasa. Kenya said it "
     "would seek help from the World Bank.",
     [("say", "floods had cut the main highway", "officials", "Kenya"), ("say", "seek help from the World Bank", "Kenya")]),
    ("demonym_noun", "Guard: a surname like a demonym",
     "Mark Cuban said on Sunday that he would not sell the team, whatever the offer. Mavericks fans cheered.",
     [("say", "he would not sell the team", "Mark Cuban"), ("never", "Cuba")]),
    ("demonym_noun", "Guard: a British minister",
     "The British foreign secretary said London would send two envoys to Geneva. Britain said the ceasefire must "
     "hold before any aid is released.",
     [("say", "send two envoys to Geneva", "foreign secretary", "United Kingdom"), ("say", "the ceasefire must hold", "United Kingdom")]),
    # ------------------------------------------------------------------ based_in
    ("based_in", "Kubica lands reserve role",
     "LONDON (Agency) - Robert Kubica will be Alfa Romeo's reserve driver next season, with a Polish oil company "
     "joining as a sponsor, the Swiss-based team said on Wednesday.",
     [("never", "Switzerland"), ("shown", "reserve driver next season")]),
    ("based_in", "Rights report",
     "Security forces fired on protesters in at least four towns, the London-based rights group Amnesty "
     "International said in a report on Thursday.",
     [("say", "fired on protesters", "Amnesty International"), ("not_by", "fired on protesters", "United Kingdom")]),
    ("based_in", "Miner's output",
     "Copper output rose 12% in the quarter, the Chile-based miner said, and it kept its forecast for the year.",
     [("never", "Chile"), ("shown", "Copper output rose")]),
    ("based_in", "Carrier cuts routes",
     "Nordwind Air will drop six routes this winter. The Moscow-based carrier said fuel costs had risen by a "
     "third since June.",
     [("shown", "fuel costs had risen"), ("never", "Russia")]),
    ("based_in", "Monitor counts dead",
     "At least 19 people were killed in air strikes on the town, the Britain-based Syrian Observatory for Human "
     "Rights said.",
     [("say", "19 people were killed", "Syrian Observatory for Human Rights"), ("never", "United Kingdom")]),
    ("based_in", "Startup raises funds",
     "Kenya-based solar firm SunTrail said on Monday it had raised $40 million to expand into Uganda.",
     [("say", "raised $40 million", "SunTrail"), ("never", "Kenya")]),
    ("based_in", "Chipmaker warns",
     "Taiwan-headquartered chipmaker Lumos said demand for its older chips would stay weak until the summer.",
     [("say", "demand for its older chips", "Lumos"), ("never", "Taiwan")]),
    # guards
    ("based_in", "Guard: the state and a national body",
     "Switzerland said on Tuesday it would freeze the accounts. The Swiss government said the assets were worth "
     "about 2 billion francs.",
     [("say", "freeze the accounts", "Switzerland"), ("say", "worth about 2 billion", "Switzerland")]),
    ("based_in", "Guard: Chilean officials",
     "Chilean officials said the fire had burned 8,000 hectares, and Chile's interior ministry said troops would "
     "be sent.",
     [("say", "burned 8,000 hectares", "officials", "Chile"), ("say", "troops would be sent", "interior ministry", "Chile")]),
    # ------------------------------------------------------------------ shared_item
    ("shared_item", "Senator jabs rival",
     "Senator Dana Whitfield shared the article on Wednesday and said: \"I spent every weekend of the year in my "
     "state.\"",
     [("not_statement", "shared")]),
    ("shared_item", "Mayor amplifies report",
     "Mayor Luis Ortega retweeted the story within minutes, and his office said the city would respond on Monday.",
     [("not_statement", "retweeted"), ("say", "the city would respond", "office")]),
    ("shared_item", "Clip goes viral",
     "The striker shared a link to the interview on Facebook, where it drew 40,000 comments by Sunday.",
     [("not_statement", "shared")]),
    ("shared_item", "Footage circulates",
     "Several lawmakers shared the video on social media late on Tuesday, and the ministry later removed it.",
     [("not_statement", "shared")]),
    ("shared_item", "Minister's post",
     "Health Minister Anna Berg reposted the newspaper's report without comment.",
     [("not_statement", "reposted")]),
    ("shared_item", "Singer's photo",
     "The singer shared a photo of her newborn son with her 3 million followers on Saturday.",
     [("not_statement", "shared")]),
    ("shared_item", "Columnist amplified",
     "Within an hour the former governor had retweeted the column to his 2 million followers.",
     [("not_statement", "retweeted")]),
    # guards: a share of words stays
    ("shared_item", "Guard: shared a statement",
     "The club shared a statement on Friday saying the coach had left by mutual consent.",
     [("shown", "the coach had left by mutual consent")]),
    ("shared_item", "Guard: shared that",
     "Noor Haddad shared in a post on Sunday that she had been cleared of the charges.",
     [("say", "she had been cleared of the charges", "Noor Haddad")]),
    ("shared_item", "Guard: shared his thoughts",
     "Coach Ben Ayers shared his thoughts on the loss, saying the defence had let the team down.",
     [("say", "the defence had let the team down", "Ben Ayers")]),
    ("shared_item", "Guard: her own story",
     "At the hearing, survivor Mariam Bello shared her story with the committee, and she said the camp guards had "
     "beaten her.",
     [("say", "the camp guards had beaten her", "Mariam Bello"), ("shown", "her story")]),
    ("shared_item", "Guard: the story of",
     "The pilot shared the story of the emergency landing with reporters on Friday.",
     [("shown", "the story of the emergency landing")]),
    # ------------------------------------------------------------------ acronym_place (sample 17: "RSCPA Queensland says" -> Queensland, a person)
    ("acronym_place", "Pets at work",
     "Key points: A Perth software firm now gives staff three days off for a new dog. The leave is meant to help "
     "people settle in and stay longer. RSPCA Manitoba says adopting a rescue dog takes weeks of patience.",
     [("say", "adopting a rescue dog", "RSPCA Manitoba"), ("actor_type", "RSPCA Manitoba", "organization")]),
    ("acronym_place", "Hot cars",
     "Fines for leaving dogs in hot cars will rise next month. RSPCA Gauteng says owners must take their pets "
     "with them or leave them at home on hot days.",
     [("say", "owners must take their pets", "RSPCA Gauteng"), ("actor_type", "RSPCA Gauteng", "organization")]),
    ("acronym_place", "Farm gates",
     "Thefts of quad bikes have risen for a third year in rural districts, and NFU Gauteng says farmers should "
     "lock their sheds at night.",
     [("say", "farmers should lock their sheds", "NFU Gauteng"), ("never", "Gauteng")]),
    ("acronym_place", "Road deaths",
     "Road deaths over the long weekend were the lowest in a decade. RACV Alberta says the new speed cameras "
     "made the difference on the main highways.",
     [("say", "the new speed cameras made the difference", "RACV Alberta"), ("never", "Alberta")]),
    ("acronym_place", "Pet leave (glued)",
     "Key points: A Brisbane brewery is offering leave for staff who are new pet owners The week-long paid leave "
     "is meant to be an incentive for employees to stay longer RSCPA Queensland says bringing home a puppy is "
     "like bringing home a baby and owners need time to bond.",
     [("say", "bringing home a puppy", "RSCPA Queensland"), ("never", "Queensland")]),
    ("acronym_place", "Road deaths (glued)",
     "Road deaths over the long weekend were the lowest in a decade RACV Alberta says the new speed cameras made "
     "the difference on the main highways. The province recorded nine deaths.",
     [("never", "Alberta")]),
    ("acronym_place", "Reef survey",
     "WWF Australia said on Monday that coral cover on the northern reef had fallen for a third year, citing "
     "aerial surveys flown in March.",
     [("say", "coral cover on the northern reef", "WWF Australia"), ("never", "Australia")]),
    ("acronym_place", "Guards: the place itself",
     "Queensland says it will not sign the new water agreement, and the premier said talks with Canberra had "
     "stalled. Police in Victoria said two men had been charged.",
     [("say", "it will not sign", "Queensland"), ("shown", "two men had been charged")]),
    ("acronym_place", "Guards: a national title before a name",
     "US Senator Maria Delgado said the bill would be amended. UK Prime Minister Tom Ashby told reporters the "
     "talks were over. In Brussels, EU officials said a deal was close.",
     [("say", "the bill would be amended", "Maria Delgado"), ("say", "the talks were over", "Tom Ashby")]),
    ("acronym_place", "Guards: a body's acronym before a role and a name",
     "FBI Director Alan Reyes said the agency had opened an inquiry. NBA star Jordan Hale said the trade had "
     "surprised him.",
     [("say", "the agency had opened an inquiry", "Alan Reyes"), ("say", "the trade had surprised him", "Jordan Hale")]),
    # ------------------------------------------------------------------ headline_passive (sample 17: "Trump attacked for spending ...")
    ("headline_passive", "Weekly round-up",
     "Mayor slammed for cutting library hours The mayor of Eastbrook, Dan Hollis, has cut opening hours at "
     "four branch libraries to save £200,000 a year.",
     [("not_statement", "slammed"), ("not_shown", "cutting library hours")]),
    ("headline_passive", "Sports desk",
     "Coach criticised over late substitution United's head coach Lena Fisch took off her top scorer with ten "
     "minutes left, and the side conceded twice.",
     [("not_statement", "criticised"), ("not_shown", "late substitution")]),
    ("headline_passive", "Airline news",
     "Budget airline blasted for refund delays Passengers who had flights cancelled in March are still waiting "
     "for their money, a consumer group said on Tuesday.",
     [("not_statement", "blasted"), ("say", "are still waiting for their money", "consumer group")]),
    ("headline_passive", "Council",
     "Councillor accused of leaking planning papers A councillor in Redmoor has been suspended pending an "
     "inquiry into the leak of draft planning papers to a developer.",
     [("not_statement", "accused"), ("not_shown", "leaking planning papers")]),
    ("headline_passive", "Water",
     "Residents told to boil tap water after storm Homes in Hillbrook lost clean water on Sunday. Brookvale "
     "Water said its treatment works had flooded overnight.",
     [("not_statement", "told"), ("no_speaker", "Residents"), ("say", "treatment works had flooded", "Brookvale Water")]),
    ("headline_passive", "Politics live",
     "Minister grilled over hospital waiting lists Health Minister Amir Said faced questions from MPs for "
     "almost two hours on Wednesday.",
     [("not_statement", "grilled"), ("not_shown", "hospital waiting lists")]),
    ("headline_passive", "Golf",
     "Senator mocked for spending weekends at his golf resort Senator Ray Cullen has played golf on 40 weekends "
     "this year, records show.",
     [("not_statement", "mocked"), ("not_shown", "spending weekends")]),
    ("headline_passive", "Guards: an active headline and active verbs",
     "Mayor slams council for cutting bus routes The mayor of Eastbrook criticised the transport board for "
     "failing to consult riders, and accused it of hiding the figures.",
     [("shown", "failing to consult riders"), ("shown", "hiding the figures")]),
    ("headline_passive", "Guards: warned of, urged to, praised in the body",
     "The central bank warned of slower growth next year. Union leaders urged members to reject the offer. "
     "The senator blasted the rescue plan as too slow.",
     [("shown", "slower growth"), ("shown", "reject the offer"), ("shown", "the rescue plan")]),
    # ------------------------------------------------------------------ committed_speech (sample 17: "committed to ... urging federal agencies")
    ("committed_speech", "Hemp growers",
     "As sponsors of the bill, the two senators are committed to listening to growers and to urging federal "
     "regulators to apply the law as written.",
     [("not_statement", "urging"), ("not_shown", "federal regulators to apply")]),
    ("committed_speech", "Swimming pool",
     "The residents' group is committed to pressing the council to reopen the Millfield pool before the summer.",
     [("not_statement", "pressing"), ("not_shown", "reopen the Millfield pool")]),
    ("committed_speech", "Veterans",
     "The foundation remains dedicated to persuading employers to hire former soldiers, and it opened a second office in Leeds.",
     [("not_statement", "persuading"), ("not_shown", "hire former soldiers")]),
    ("committed_speech", "Clean air",
     "Our members are devoted to lobbying ministers to tighten limits on diesel fumes near schools.",
     [("not_statement", "lobbying"), ("not_shown", "tighten limits on diesel")]),
    ("committed_speech", "Fisheries",
     "The coalition is committed to calling on the European Commission to cut cod quotas in the North Sea.",
     [("not_statement", "calling"), ("not_shown", "cut cod quotas")]),
    ("committed_speech", "Transit",
     "Riders Alliance, which is dedicated to urging the city to restore night buses, held its first meeting in the "
     "Bronx on Thursday.",
     [("not_statement", "urging"), ("not_shown", "restore night buses")]),
    ("committed_speech", "Guards: urging reported",
     "The senators urged federal regulators to apply the law as written, saying they were committed to the "
     "growers. The group pressed the council to reopen the pool.",
     [("shown", "federal regulators to apply"), ("shown", "reopen the pool")]),
    ("committed_speech", "Guards: said they are committed",
     "The minister said she was committed to reopening the line by May. The charity said it would keep urging "
     "banks to cut fees.",
     [("shown", "reopening the line"), ("shown", "banks to cut fees")]),
    # ------------------------------------------------------------------ caption_credit (samples 16-17: "PA Anti-smoking charity ...", ": Getty Donald Trump")
    ("caption_credit", "Mayor under fire over road plan",
     "Ms Okafor at the opening of the bridge in May: Getty Maria Okafor has been criticised after it emerged she "
     "spent the road budget on a single bridge, despite telling voters she would fix every pothole.",
     [("say", "she would fix every pothole", "Maria Okafor"), ("no_actor", "Getty Maria Okafor")]),
    ("caption_credit", "Minister to stand down",
     "The minister leaves the cabinet office on Tuesday. Photo: AFP Claire Dubois said on Wednesday she would stand "
     "down at the end of the month to care for her mother.",
     [("say", "she would stand down", "Claire Dubois"), ("no_actor", "AFP Claire Dubois")]),
    ("caption_credit", "Striker signs new deal",
     "Lenton celebrates his goal against Leeds. Photograph: Reuters Harry Lenton said on Friday he had signed a new "
     "four-year contract with the club.",
     [("say", "he had signed a new four-year contract", "Harry Lenton"), ("no_actor", "Reuters Harry Lenton")]),
    ("caption_credit", "Senator returns to work",
     "Senator Ortiz at the Capitol in March (Image: EPA) EPA Elena Ortiz told reporters she would keep working "
     "through her treatment.",
     [("say", "she would keep working", "Elena Ortiz"), ("no_actor", "EPA Elena Ortiz")]),
    ("caption_credit", "Union deal",
     "Union leader Sam Reid speaks to members outside the depot: Getty Sam Reid said the deal was the best the "
     "members could have hoped for.",
     [("no_actor", "Getty Sam Reid")]),
    ("caption_credit", "Coach departs",
     "The coach on the touchline in April. Credit: Shutterstock Marco Bellini said he was proud of what the team "
     "had achieved in three seasons.",
     [("say", "he was proud of what the team", "Marco Bellini"), ("no_actor", "Shutterstock Marco Bellini")]),
    ("caption_credit", "Guards: a name that is a credit word",
     "Oil heir Gordon Getty said the museum would receive his collection. The AP reported that the sale had been "
     "delayed, and Reuters said the buyer was a fund based in Dubai.",
     [("say", "the museum would receive", "Gordon Getty"), ("shown", "the buyer was a fund")]),
]

CLASSES = ("nonspeech_verb", "request_comment", "declare_act", "told_outlet", "person_of_body", "according_norm", "editorial_we", "nocue_fragment", "pron_dash", "she_nonperson",
           "purpose_clause", "action_object", "it_document", "unrealised_speech", "request_that", "pronounce_declare",
           "figurative_say", "work_narrates", "appoint_deflect", "they_after_person", "thing_doer", "perception_vbp",
           "demonym_person", "writer_you", "page_furniture", "made_not_said",
           "no_proposition", "adverb_subject", "they_not_body",
           "cited_source", "nested_according", "unrealised_yet", "declare_made", "figurative_thing", "deed_response",
           "thing_speaker", "deed_content", "gate_guard", "activity_use", "event_guard", "read_more",
           "actor_organ", "actor_people",
           "norm_grants", "called_selection", "noun_as_verb", "relative_speaker",
           "demonym_noun", "based_in", "shared_item",
           "acronym_place", "headline_passive", "committed_speech", "caption_credit")
# before the fixes (this file's passages, the code of 90d651f): nonspeech_verb 9/13, according_norm 7/12,
# editorial_we 1/6, nocue_fragment 7/7, pron_dash 3/4, she_nonperson 8/8 (35/50); after (attributions_acts:
# "according to" a norm or "the data", perception of an event, "introduce"/"unveil" a thing, the
# writer's "we"): 13/13, 12/12, 6/6, 7/7, 3/4, 8/8 (49/50). The miss left: "Chef Marco Bellini"
# typed an organisation by the actors stage. request_comment (written after the first fixes, from a
# fault read in sample 3): 7/9 before, 9/9 after (a request verb whose object, or the object of
# its "for", is a statement sought). declare_act and told_outlet (written after reading sample 5, from
# two faults it showed): 3/7 -> 7/7 (a declaration whose object names a state it makes so) and 4/7 ->
# 6/7 (a title's split full stop ends no cue window; the speaker is the name after it; the miss left:
# "Ana Pires" named "Pires" by the actors stage); person_of_body (the same) 5/10 -> 10/10 (speakers:
# workers and volunteers join the nouns a body's name only modifies); three nonspeech_verb passages
# added then (from sample 3's "a process to encourage community-led projects"): 1/3 -> 3/3 (a
# fostering verb with a thing as object and no clause). purpose_clause, action_object, it_document
# (helper 12, written after reading the held-out sample 6, before the fixes): 5/7 -> 7/7, 4/8 -> 8/8,
# 3/4 -> 4/4 (attributions_acts: a purpose clause of a measure, "continue" needs content, a court's
# ruling is decide, "fee" is no person; speakers: a titled name is never "it"). A floor sits under
# each share. The seven classes from unrealised_speech on (helper 3, from samples 6 and 7): before
# (code ea1b34c) 10/12, 4/7, 5/7, 4/7, 5/7, 7/10, 1/4 (36/54); after 54/54. thing_doer,
# perception_vbp, demonym_person, writer_you (written after, from samples 3-7): 8/9, 5/7, 4/7, 6/7
# on the code of ea1b34c, 9/9, 7/7, 7/7, 7/7 after. A headline "X declares emergency for ..., panel
# launches probe" run into the body's first line (sample 5): fails on 6cddbe5, passes after.
# page_furniture: 1/4 on 68e9113, 4/4 after. made_not_said: 5/12 on 075b374, 12/12 after. Two
# passages guard today's rules where they overreached on PolNeAR dev ("Ruiz and Bell say ... they
# say", "The Ruiz campaign has addressed"): both fail on e00f76b.
# no_proposition, adverb_subject, they_not_body (helper 3, from sample 8): 11/14, 5/6, 2/4 on 8bf4ca7; 13/14,
# 6/6, 4/4 after (the miss: "responded with a two-day blockade", respond being a verb of communication).
# helper 5 (from samples 6-9; code 71b713f before, checks written first): request_that (re-written for the
# settled standard) 5/9 -> 9/9, cited_source 5/10 -> 10/10, nested_according 6/11 -> 11/11, unrealised_yet
# 3/7 -> 7/7, declare_made 5/8 -> 8/8, figurative_thing 5/8 -> 8/8, deed_response 5/8 -> 8/8; no_proposition
# 13/14 -> 14/14 ("responded with a two-day blockade").
# helper 5, the broad gate (code b9490a5 before, checks written first): thing_speaker 12/15 -> 15/15,
# deed_content 7/9 -> 9/9, gate_guard 9/9 -> 9/9 (guards: pass before and after).
# helper 5, a verb of communication naming an activity (code 285c0fd before, checks written first from sample
# 11's shapes): activity_use 8/14 -> 14/14, event_guard 10/10 -> 10/10 (three guards added after PolNeAR dev and
# train showed the first version hiding "retweeted their expressions of support", "published research showing
# that" and "published portions of tax returns that showed").
# helper 5, a "Read more" link line run into the body (sample 12's one code fault; code d9eb67d before, checks
# written first): read_more 9/13 -> 11/13. The two misses left are the actors stage's, which still reads across
# the link line ("Read more Engineers found ..., the council said": the council linked to "Engineers"; "Opera
# singer ... Read more ... According to the company": the company linked to "Opera"); with real line breaks
# both pass. Floor 0.8.
# helper 3, the actor links of samples 13 and 14 (code 36a2a81 before, checks written first): actor_organ
# 15/23 -> 23/23, actor_people 2/11 -> 11/11 (speakers.py: a dateline's dash ends a glued headline in the speaker
# span; a country noun heading a body's proper name is the body; "that court" takes up the last phrase so
# headed; kin of a person and a share of a country's people are not the person or the country).
# helper 3, the classes of sample 14 that are not statements (code 58d8dce before, checks written first):
# norm_grants 15/21 -> 21/21, called_selection 10/13 -> 13/13, noun_as_verb 9/13 -> 13/13, relative_speaker
# 4/12 -> 11/12 (attributions_acts.py: a norm granting a thing, a call-up, a plural noun for people read as a
# verb; attributions.py: "those who ..." speaks as "those", and a relative clause's broken complement is
# read whole). The miss left: "Lawmakers who said the cuts went too far voted ..." (the parse hangs "too far"
# on "voted"). Floor 0.85 for relative_speaker.
# helper 3, sample 15's and sample 16's code faults (code 59755ba before, checks written first): demonym_noun
# 6/22 -> 21/22, based_in 14/18 -> 18/18, shared_item 10/14 -> 13/14 (speakers.py: a singular demonym used as a
# noun is the person in play, and an "X-based" modifier's place is not the body; attributions_acts.py: "shared /
# retweeted the article" passes a piece on). The misses left: "Samantha Stosur" typed a place by the NER (so "The
# Australian" finds no person and is a new person of Australia), and "shared the story of the emergency landing"
# hidden before and after (not this rule). "Mark Cuban said" (a name ending in a demonym: Cuba before) was found on
# PolNeAR train while checking the rule, and its passage added after.
# helper 3, sample 17's code faults (code 9833885 before, checks written first): acronym_place 14/19 -> 18/19,
# headline_passive 11/20 -> 20/20, committed_speech 12/16 -> 16/16 (actors.py: a body named by an acronym and the
# place it serves, "RSPCA Manitoba", that the NER labels a person is a body; speakers.py: "RACV Alberta" with
# Alberta a place is the body; attributions_acts.py: a headline's reduced passive, "Trump attacked for ...",
# "Residents told to boil water", and a commitment to speak, "committed to urging", are no statements). The miss
# left: "... in a decade RACV Alberta says" run on with no stop (the parse hangs the acronym elsewhere, so the
# speaker span is "Alberta" alone). caption_credit (a recurring lenient item of samples 16 and 17; code 12dfca0
# before, checks written first): 8/13 -> 13/13 (actors.py and speakers.py: a picture agency's credit that ends a
# caption run into the name opening the body, "...: Getty Maria Okafor has been", "Photo: AFP Claire Dubois
# said", is no part of the name).
FLOORS = {"nonspeech_verb": 0.9, "request_comment": 0.9, "declare_act": 0.85, "told_outlet": 0.8, "person_of_body": 0.9, "according_norm": 0.9, "editorial_we": 0.9, "nocue_fragment": 0.9,
          "pron_dash": 0.7, "she_nonperson": 0.9, "purpose_clause": 0.85, "action_object": 0.85, "it_document": 0.75,
          "unrealised_speech": 0.9, "request_that": 0.9, "pronounce_declare": 0.9, "figurative_say": 0.9,
          "work_narrates": 0.9, "appoint_deflect": 0.9, "they_after_person": 0.9,
          "thing_doer": 0.9, "perception_vbp": 0.9, "demonym_person": 0.9, "writer_you": 0.9,
          "page_furniture": 0.9, "made_not_said": 0.9,
          "no_proposition": 0.9, "adverb_subject": 0.9, "they_not_body": 0.9,
          "cited_source": 0.9, "nested_according": 0.9, "unrealised_yet": 0.9, "declare_made": 0.9,
          "figurative_thing": 0.9, "deed_response": 0.9,
          "thing_speaker": 0.9, "deed_content": 0.9, "gate_guard": 0.9, "activity_use": 0.9, "event_guard": 0.9,
          "read_more": 0.8, "actor_organ": 0.9, "actor_people": 0.9,
          "norm_grants": 0.9, "called_selection": 0.9, "noun_as_verb": 0.9, "relative_speaker": 0.85,
          "demonym_noun": 0.9, "based_in": 0.9, "shared_item": 0.9,
          "acronym_place": 0.9, "headline_passive": 0.9, "committed_speech": 0.9, "caption_credit": 0.9}


_RELATIVE = {"who", "which", "that", "whom"}


def run_case(cls: str, title: str, body: str, checks: list[tuple]) -> list[tuple[bool, str]]:
    """(passed, what) for each check of one passage."""
    rec = _record(title, body)
    actors = {a.id: a for a in rec.actors}
    shown = [a for a in rec.attributions if getattr(a, "where", None) != "title" and a.act in STATEMENT_ACTS]
    base = [c for c in checks if c[0] not in ("no_speaker", "not_shown", "not_by", "shown", "spoken_by", "actor_type", "no_actor")]
    res = iter(_base_case(cls, title, body, base))
    out = []
    for chk in checks:
        if chk[0] == "no_speaker":
            w = fold(chk[1])
            bad = [a for a in shown if (a.speaker is not None and w in fold(a.speaker.text))
                   or (a.actor in actors and w in fold(actors[a.actor].name))]
            out.append((not bad, f"no speaker {chk[1]!r}" + (f": shown {bad[0].content[0].text[:40]!r}" if bad else "")))
        elif chk[0] == "not_by":
            w = fold(chk[2])
            bad = [a for a in shown if any(fold(chk[1]) in fold(c.text) for c in a.content)
                   and ((a.speaker is not None and w in fold(a.speaker.text))
                        or (a.actor in actors and w in fold(actors[a.actor].name)))]
            out.append((not bad, f"{chk[1]!r} not by {chk[2]!r}" + (f": by {actors[bad[0].actor].name!r}" if bad else "")))
        elif chk[0] == "no_actor":
            got = [a.name for a in rec.actors if fold(a.name) == fold(chk[1])]
            out.append((not got, f"no actor {chk[1]!r}"))
        elif chk[0] == "actor_type":
            got = [a.type for a in rec.actors if fold(a.name) == fold(chk[1])]
            out.append((chk[2] in got, f"actor {chk[1]!r} typed {chk[2]!r}: got {got}"))
        elif chk[0] == "shown":
            ok = any(any(fold(chk[1]) in fold(c.text) for c in a.content) for a in shown)
            out.append((ok, f"shown {chk[1]!r}"))
        elif chk[0] == "spoken_by":
            got = [a.speaker.text if a.speaker is not None else None for a in shown
                   if any(fold(chk[1]) in fold(c.text) for c in a.content)]
            ok = any(g is not None and fold(chk[2]) in fold(g) and fold(g).strip() not in _RELATIVE for g in got)
            out.append((ok, f"{chk[1]!r} spoken by {chk[2]!r}: got {got}"))
        elif chk[0] == "not_shown":
            bad = [a for a in shown if any(fold(chk[1]) in fold(c.text) for c in a.content)]
            out.append((not bad, f"not shown {chk[1]!r}" + (
                f": shown (cue {bad[0].cue.text if bad[0].cue else None!r})" if bad else "")))
        else:
            out.append(next(res))
    return out


@functools.lru_cache(maxsize=1)
def measure() -> dict[str, tuple[int, int, list[str]]]:
    return tally(CASES, run_case)


def test_cases_are_varied():
    for cls in CLASSES:
        assert len([c for c in CASES if c[0] == cls]) >= 4, cls
    assert len({c[1] for c in CASES}) == len(CASES)
    for _cls, _title, body, checks in CASES:
        for chk in checks:
            if chk[0] in ("say", "not_statement", "not_shown", "not_by", "shown", "spoken_by"):
                assert fold(chk[1]) in fold(body), (body, chk)


@pytest.mark.parametrize("cls", CLASSES)
def test_share_per_class(cls):
    n, ok, fails = measure()[cls]
    print(f"\n{cls}: {ok}/{n} = {ok / n:.0%}")
    for f in fails:
        print("   ", f)
    assert ok / n >= FLOORS[cls], fails


if __name__ == "__main__":  # python -m tests.test_speech_real_classes: the shares and the failures
    for cls, (n, ok, fails) in measure().items():
        print(f"{cls}: {ok}/{n} = {ok / n:.0%}")
        for f in fails:
            print("   ", f)
