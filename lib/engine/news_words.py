"""Words of English news that the linking rules read in more than one module: titles and
offices before a name, the verbs of title-case headlines, prepositions of place, and the
head nouns that make a name an institution's, a law's or a generic body's. (A list that one
rule reads stays beside that rule.)"""

from __future__ import annotations

# The nouns an office is named by ("NATO Secretary General", "Turkey's President"): the head
# of a role stated before a name.
OFFICE_NOUNS = {
    "president", "minister", "secretary", "general", "chancellor", "chief", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "director", "head",
    "leader", "chairman", "chairwoman", "senator", "deputy", "premier", "king", "queen",
    "prince", "pope", "adviser", "advisor", "speaker", "governor", "mayor", "admiral",
    "representative", "emir",
}  # fmt: skip


# Titles and honorifics that news puts before a name; stripped from the name, kept as role.
TITLE_WORDS = OFFICE_NOUNS | {
    "vice", "prime", "chair", "sen.", "rep.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
    "dr.", "gen.", "adm.", "colonel", "col.", "lt.", "major", "foreign", "defense", "defence",
    "state", "national", "security", "lawmaker", "former", "acting", "top", "diplomat",
    "counterpart", "officer", "first", "army", "staff", "lieutenant", "sergeant", "captain",
    "press", "sheikh", "crown", "supreme", "allied", "high", "permanent", "member",
}  # fmt: skip


# The heads of a stated role: the offices, and NATO's Supreme Allied Commander Europe by the
# acronym the alliance writes ("SACEUR Curtis Scaparrotti").
ROLE_HEADS = OFFICE_NOUNS | {"saceur"}


# Headlines are written in title case, so the small model takes the verb next to a name for
# part of it: "Shoigu Warns of Response", "Kremlin Says Putin Has No Plans to Meet Biden".
# A span's first or last word from this list is dropped when the rest is still a name.
HEADLINE_VERBS = {
    "say", "says", "said", "warn", "warns", "warned", "urge", "urges", "urged", "tell", "tells",
    "call", "calls", "vow", "vows", "slam", "slams", "claim", "claims", "accuse", "accuses",
    "deny", "denies", "insist", "insists", "hail", "hails", "reject", "rejects", "admit",
    "admits", "blame", "blames", "meet", "meets", "visit", "visits", "threaten", "threatens",
    "praise", "praises", "condemn", "condemns", "criticize", "criticizes", "criticise",
    "criticises", "welcome", "welcomes", "ask", "asks", "agree", "agrees", "confirm",
    "confirms", "announce", "announces", "expect", "expects", "speak", "speaks", "mulls",
    "seek", "seeks", "defend", "defends", "tout", "touts", "blast", "blasts", "mock",
    "mocks", "pledge", "pledges", "push", "pushes", "rip", "rips", "knock", "knocks",
    "begin", "begins", "target", "targets", "targeting", "launch", "launches", "sign",
    "signs", "join", "joins", "expel", "expels", "suspend", "suspends", "quit", "quits",
    "send", "sends", "shoot", "shoots", "downs", "hosts", "holds", "kicks", "opens",
    "arrives", "leaves", "pulls", "scraps", "ditches", "snubs", "skips", "eyes", "weighs",
    "want", "wants", "needs", "fears", "sees", "plans", "backs", "withdraw", "withdraws",
    "intercept", "intercepts", "scramble", "scrambles", "seize", "seizes", "storm", "storms",
    "brought", "shot", "down", "describe", "describes", "dismiss", "dismisses", "respond",
    "responds",
}  # fmt: skip


# Ranks of the police and the forces as British and wire copy abbreviate them without a full
# stop ("Det Sgt Nick Bailey", "Lt Col Ivan Petrov", "Insp Jane Hale"), and offices as press
# releases and posts clip them ("the Alliance's Sec Gen, Jens Stoltenberg", "Dep Sec Gen"):
# titles of the name after them, never a name of their own.
RANK_ABBREVIATIONS = {"det", "sgt", "cpl", "pte", "insp", "supt", "ch", "lt", "col", "capt",
                      "maj", "brig", "cdr", "cmdr", "adm", "gen", "spc", "pfc", "ltc", "dci",
                      "det.", "sgt.", "cpl.", "pte.", "insp.", "supt.", "ch.", "lt.", "col.",
                      "capt.", "maj.", "brig.", "cdr.", "cmdr.", "adm.", "gen.", "spc.",
                      "pfc.", "sec", "sec.", "secgen", "dep", "dep."}  # fmt: skip


# Words of compound ranks that are no title alone ("Air Chief Marshal", "Rear Admiral",
# "Field Marshal", "Brigadier General", "Wing Commander", an envoy's "Ambassador Extraordinary
# and Plenipotentiary"): a span of them names no one and no place.
RANK_WORDS = {"air", "marshal", "rear", "field", "brigadier", "commodore", "wing", "squadron",
              "flight", "vice-admiral", "lieutenant-general", "major-general", "extraordinary",
              "plenipotentiary"}  # fmt: skip


# Personal titles written before a surname ("Rep. Jordan", "Mr. French"): a country name after
# one of them is a person.
PERSONAL_TITLES = {
    "Rep.", "Rep", "Sen.", "Sen", "Gov.", "Gov", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms",
    "Dr.", "Dr", "Lt.", "Gen.", "Adm.", "Col.", "Sgt.", "Capt.", "Maj.", "Rev.", "Prof.",
    "Sir", "Lord", "Lady", "Dame", "Congressman", "Congresswoman", "Senator",
    "Representative", "Governor", "Judge", "Justice",
}  # fmt: skip


# Words that introduce a place rather than an actor: "in Warsaw", "at the Kremlin".
LOCATIVE_WORDS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "via",
    "into",
    "throughout",
    "within",
}


# Nouns that make a phrase the name of an institution rather than words of a title:
# "House Intelligence Committee Chairman", "FBI Director" (an acronym) vs "National
# Security Adviser", "Secretary of State".
INSTITUTION_NOUNS = {
    "department", "ministry", "committee", "council", "agency", "bureau", "service",
    "services", "court", "party", "commission", "administration", "office", "force",
    "forces", "army", "navy", "command", "assembly", "parliament", "congress", "senate",
    "house", "organization", "organisation", "union", "bank", "fund", "institute",
    "foundation", "corporation", "company", "group", "network", "news", "times", "post",
    "university", "center", "centre", "alliance", "staff", "chiefs", "guard", "fleet",
    "flotilla",
}  # fmt: skip


# Last words of the names of laws, treaties, programmes, plans and speeches, which the model
# labels as organisations ("Affordable Care Act", "INF Treaty", "State of the Union Address").
NON_ORG_HEADS = {
    "act", "acts", "bill", "amendment", "treaty", "agreement", "accord", "accords",
    "doctrine", "plan", "program", "programme", "address", "protocol", "summit",
    "resolution", "law", "sanctions", "deal", "probe", "investigation", "report",
    "dossier", "memo", "hearing", "hearings", "election", "elections", "primary",
    "caucus", "caucuses", "debate", "convention", "rally", "scandal", "crisis", "war",
    "system", "incident", "day", "cup", "approach", "strategy", "capability",
}  # fmt: skip

# Of those, the heads that also end the name of a body named after its field ("the Project on
# International Order and Strategy"): a thing only when the name does not open so.
FIELD_HEADS = {"strategy", "approach", "capability"}


# Lower-case nouns after a name that make it the name of a thing, not of a body: "the Aegis
# Ashore site", "the F-35 Joint Strike Fighter program", "the National Army Day parade", "an
# RSS feed".
THING_NOUNS = {"site", "sites", "program", "programme", "programs", "programmes", "system",
               "systems", "project", "parade", "feed", "feeds"}  # fmt: skip


# Nouns of government that house styles capitalise ("a Cabinet meeting", "the
# Administration"), and kinds of outlet ("Turkish state News Agency, Anadolu"): not names of
# one body when written alone.
GENERIC_BODIES = {"cabinet", "administration", "government", "regime", "opposition", "pac",
                  "super pac", "news agency", "state news agency", "news service"}  # fmt: skip


# Prefixes of warships' names ("USS Donald Cook", "HMS Defender", "RFS Moskva"): the name
# after one is a ship's, often a person's name, and a ship is none of the entity types. Some
# outlets write them with full stops ("the U.S.S. Donald Cook").
SHIP_PREFIXES = {"USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "RFS", "INS", "TCG", "ORP",
                 "HNLMS", "HDMS", "HNoMS", "HSwMS", "ESPS", "FGS", "KRI",
                 "U.S.S.", "U.S.N.S.", "H.M.S."}  # fmt: skip

# Nouns of vessels: a name in apposition after one is the vessel's ("the tugboat Yana Kapu",
# "the gunboats Berdyansk and Nikopol"), often a person's or a city's name.
VESSEL_NOUNS = {"tugboat", "tugboats", "tug", "gunboat", "gunboats", "boat", "boats", "frigate",
                "frigates", "destroyer", "destroyers", "corvette", "corvettes", "cruiser",
                "cruisers", "submarine", "submarines", "warship", "warships", "vessel", "vessels",
                "ship", "ships", "tanker", "tankers", "icebreaker", "minesweeper",
                "minesweepers"}  # fmt: skip


# Heads of the names of a state's own bodies: a demonym before one names the state ("the
# Lithuanian National Defence Ministry", "the Iranian Air Force"); before others it is part
# of a name ("the American Enterprise Institute", "Ukrainian International Airlines").
STATE_BODY_HEADS = {"ministry", "department", "army", "navy", "force", "forces", "command",
                    "parliament", "embassy", "guard", "government", "fleet", "police",
                    "military"}  # fmt: skip


# Fields of policy a writer capitalises after an adjective of a nation or a region ("the
# gravest threat to European Security", "American Defense equipment"): no body's name, which
# has a head noun ("European Defence Agency").
FIELD_NOUNS = {"security", "defense", "defence", "stability", "integration", "cooperation",
               "policy", "prosperity"}  # fmt: skip
REGION_ADJECTIVES = {"european", "asian", "african", "american", "western", "eastern",
                     "transatlantic", "global", "international", "regional"}  # fmt: skip


# Time zones as datelines and page stamps write them after the clock time.
TIME_ZONES = {"IST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT",
              "CST", "CDT", "PST", "PDT", "MST", "MDT", "JST", "KST", "AEST", "AEDT", "GST",
              "PKT", "WIB", "SGT", "HKT", "TRT", "AST", "ET", "PT"}  # fmt: skip
