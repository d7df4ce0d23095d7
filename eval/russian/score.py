"""Precision, recall and F1 of the Russian extraction step on real news excerpts.

    .venv/bin/python -m eval.russian.score [--details] [--file eval/russian/heldout.jsonl]

`excerpts.jsonl` holds short quotations (one to three sentences, with "…" where words that
carry nothing the annotation needs were left out) of Russian-language news pages about
NATO–Russia relations, each with its page address, its publication day where
the page gives it, and the gold annotation: the canonical ids of the people, countries,
organisations and places a careful reader finds in it (the same ids as the English side:
`person:vladimir-putin`, `country:RUS`, `org:nato`, `location:london`), and the
knowledge-base events it speaks of (`event:su24-downing-2015`). Entities are scored per
excerpt as sets of ids (an excerpt either names Russia or not), micro-averaged per type.

`heldout.jsonl` is the held-out set: excerpts of other pages, annotated before the step was
run on them and never used to tune it. `heldout2.jsonl` is a second held-out set (21 excerpts
of pages from outlets neither other file quotes), its gold committed before the step was
first run on it. Its excerpts carry `"page": true`: the text is the
page as fetched, site chrome included (menus, bylines, photo credits, "Читайте также"), and
goes through the cleaning step first (lib.engine.russian.clean.clean_page), as real input
does. Entities named only in the chrome are not gold. `heldout3.jsonl` is a third (25 pages
from 25 outlets none of the others quotes, all `"page": true`), its gold committed before
the step was first run on it; an agency's dateline ("БРЮССЕЛЬ (Рейтер) —") is the page's
source, not a mention. `heldout4.jsonl` is a fourth (26 pages from 26 outlets none of the
others quotes, `"page": true`, the text as the search corpus stored it, from the page's
beginning where it had it), its gold committed before the step was first run on it; an outlet
the page names in its body ("Как сообщала «Страна»") is a mention, its credit lines
("Источник: ava.md", "Фото: …") are chrome. `heldout5.jsonl` is a fifth (30 pages, `"page": true`,
urls in none of the other files), its gold committed before the step was first run on it, after
the general fixes of round five (foreign names by sound, the field's bodies' Russian names).
`heldout6.jsonl` is a sixth (30 pages, `"page": true`, urls in none of the other files: the
Warsaw, Brussels and London summits, INF steps, Skripal, NATO's suspension of cooperation in
2014, Aegis Ashore, North Macedonia's protocol, Turkey's S-400 and F-35), its gold committed
before the step was first run on it, after the event and body fixes of round six; a future
outcome that waits on a condition ("сможет стать 30-м членом") is not the event. Corrected once
(round orgs7): h6-02 cites "сообщает morning-news.ru" in its body, an outlet named in the body as
heldout4's rule counts it and keyed with its domain as heldout20's decision does (r20-20 counts
the same outlet so).
`heldout7.jsonl` is a seventh (30 pages, `"page": true`, urls in none of the other files, each
row with a `note` saying what it tests: NATO–Russia Council meetings announced ahead, two
events dated in one sentence, institutions named in Russian, foreign names written by sound,
Baltic air policing, Anakonda, Trident Juncture, the Donald Cook, Open Skies, the S-400,
Helsinki, Montenegro), its gold committed before the step was first run on it; a meeting
announced or under preparation that took place is the event, a possible one nobody has agreed
to ("конкретных договоренностей пока нет") or one expected by no one is not.
`heldout8.jsonl` is an eighth (30 pages, `"page": true`, urls in none of the other files, each
row with a `note`: NATO–Russia Council meetings announced, under preparation or only sought,
NATO's 2014 suspension told without its date, two events dated in one sentence, institutions
named in Russian, foreign names written by sound, Baltic air policing, Zapad-2017, Skripal, the
S-400, the Warsaw and London meetings), its gold committed before the step was first run on it;
meetings counted ("два заседания в этом году") are not told, so they are no events.
Two labelling decisions of round ten (the lead's), applied in `optional_events`, which are
neither missed nor extra: a deployment decided at a summit is not the deployment itself (h6-03,
h8-25), and a NATO–Russia Council meeting announced with no date on an undated page cannot be
told from the knowledge base's other meetings (h8-06); with a date, or on a dated page where it
is the next meeting, it counts.
A labelling decision of round thirteen (the lead's): a seat of power before a verb of saying or
thinking ("в Кремле заявили", "В Кремле считают") stands for its government, as the English
sets' data contract reads "the Kremlin said": the country, not a place (h2-17 had the place;
heldout3, heldout4 and heldout10 already read it so).
A labelling decision of session seventeen (the lead's): a Ukrainian outside the gazetteer is
`person:` the slug of his Ukrainian name in Ukraine's national romanisation (the 2010 table of
passports and maps: Андрій -> Andrii, Юрій -> Yurii, Безязичний -> Beziazychnyi), so one man
has one id whichever alphabet and house style a page uses; a man the gazetteer lists keeps its id
(Andriy Parubiy). heldout18 already read it so; heldout24 had three sailors as Andriy/Yuriy.
A second decision of session seventeen: a renamed place is one place, under the name it is
listed by today (the cities' list the step reads, as Kiev and Kyiv are one city): Торез is
`location:chystyakove`, Красноармейск `location:pokrovsk`, whichever name the page uses.
A convention of round names9 for a Russian outside the gazetteer: `person:` the slug of the
English press's transcription (iuliia's wikipedia schema) as the gazetteer writes Russia's
people, a given name by the gazetteer's form (Sergei, Alexei, Andrei, Yuri, Dmitry, Nikolai, not
Sergey or Yury), "й" between "а", "е", "о", "у" and a consonant "i" (Suraikin, Aitech; "ий"
stays "iy"), "е" at a word's start and after "а" or "я" "ye" (Yevgeny, Nechayev, Grinyayev) but
"ее" "ee" (Yevseev, Yerofeev), a final "-ий"/"-ый" "-y" and "-ой" "-oy" (Lozovoy); r21-02's
Гриняев and Евсеев corrected to it (grinyayev, yevseev).
`heldout9.jsonl` is a ninth (30 pages, `"page": true`, urls in none of the other files, each
row with a `note`: NATO's 2014 suspension told on its day, the Wales, Warsaw, Brussels and London
meetings announced ahead, the Su-24 and the airspace violation before it, Aegis Ashore announced
ahead, the battalions, Skripal's expulsions, Helsinki, Vostok-2018, the Kerch incident, INF steps
(one on a condition), the S-400 and F-35, Open Skies, Crimea's sanctions, the 2022 council meeting
outside the knowledge base), its gold committed before the step was first run on it; a state's
body written bare ("Министерство обороны", "ВВС") is the one its article's state makes it.
`heldout10.jsonl` is a tenth (30 pages, `"page": true`, urls in none of the other files, each
row with a `note`: the Su-24 told in other words and Erdogan's letter, Open Skies announced and
taking effect, Baltic air policing, Crimea's sanctions with the events they name, Grushko and
Shoigu on NATO's build-up, the battalions announced ahead, the F-35 ban before the removal, the
Kerch incident told from Russia's side, Zapad-2017, Skripal, the Warsaw summit ahead and on its
day), its gold committed before the step was first run on it; a state's body written by an
agency periphrasis ("военное ведомство Турции") is that state's ministry.
`heldout11.jsonl` is an eleventh (30 pages, `"page": true`, urls in none of the other files, each
row with a `note`: the US expulsions of 2016 and the election behind them, Montenegro's coup plot
and its accession ahead, the Donald Cook in 2016 and in other years, Anakonda, Trident Juncture,
Vostok-2018 ahead and on its day, the Nord Stream 2 sanctions and a later budget, Skripal, Navalny,
the Kerch incident, Open Skies, NATO–Russia Council meetings, the F-35 removal told two years on,
North Macedonia, NATO's 2014 suspension, Wales, the S-400 deliveries and CAATSA, St Petersburg,
Paris's Normandy summit, Helsinki), its gold committed before the step was first run on it.
`heldout12.jsonl` is a twelfth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: the Su-24 and Putin's reply, Skripal's expulsions, the
Kerch incident from both sides and a year on, Zapad-2017 and its ranges, Montenegro's protocol and
its accession ahead, the INF treaty's end and suspension, Open Skies told from Russia's exit, the
Warsaw summit and the council of 13 July, North Macedonia, Crimea's sanctions, the S-400 deliveries
and agreement, Helsinki, Navalny), its gold committed before the step was first run on it; a
protocol of accession headlined as joining ("к НАТО присоединилась") is not the accession.
`heldout13.jsonl` is a thirteenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: NATO–Russia Council meetings agreed or decided ahead and
one outside the knowledge base, the Su-24 on its day, the Kerch incident under way and recalled,
the battalions decided at Warsaw, Montenegro's protocol, Deveselu's building, Navalny and NATO, the
Nord Stream 2 sanctions, the Donald Cook in the Black Sea, interceptions over the Baltic, Crimea's
sanctions with the events behind them, the INF suspension ahead, Helsinki from the Kremlin's site),
its gold committed before the step was first run on it; an embedded tweet's English text is the
body, its attribution line a credit, and a page's own date-and-place line is its dateline.
`heldout14.jsonl` is a fourteenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: the Su-24 on its day before the aircraft is named,
Erdogan's letter, the St Petersburg meeting and Russia's restrictions on Turkey, the Kerch incident
under way and a 2021 approach outside the knowledge base, Zapad-2017, Navalny and NATO, the Nord
Stream 2 sanctions on their day and recalled, Crimea's sanctions with the events behind them,
Montenegro's coup plot, Vostok-2018 ahead and after, a Baltic interception, Macron's "brain death"),
its gold committed before the step was first run on it; a role alone ("российскому лидеру") names
the one person who held it, and a place named with a participle ("аннексированного Крыма") does
not tell the event.
`heldout15.jsonl` is a fifteenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: NATO's 2014 suspension, the G8 suspension, the Wales
summit ahead and by its declaration, Anakonda, the Donald Cook over the Baltic, Aegis Ashore on its
day, the 2018 strikes on Syria, the INF suspension beside Russia's decree, the London meeting
announced ahead, North Macedonia's protocol and accession, Helsinki, the S-400 deliveries and the
CAATSA sanctions on Turkey, the Hamburg meeting, the 2016 expulsions and election, the battalions in
Lithuania, the Kerch incident recalled), its gold committed before the step was first run on it; a
role alone names the one person who held it ("президент Китая"), and a rotation's end presupposes a
deployment without telling it.
`heldout16.jsonl` is a sixteenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: the Su-24 the day after, the Skripal expulsions, the INF
suspension on its day and announced the day before, an ultimatum on a condition, the Kerch incident
from Russia's side, Montenegro's ratification, resolutions and accession, US destroyers in the Black
Sea outside the knowledge base, the Nord Stream 2 sanctions recalled and later ones, the S-400's
basing ahead, Open Skies taking effect, Navalny and NATO, Baltic interceptions, North Macedonia's
protocol, the London meeting, the Brussels and Warsaw meetings announced ahead, the battalions
arriving, Crimea's sanctions extended), its gold committed before the step was first run on it; a
parliament or a mission named by its state alone ("Парламент Черногории", "миссии США в НАТО") is
no body, and a paragraph of another story glued into a page is prose, read as body.
`heldout17.jsonl` is a seventeenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: Russia's G8 suspension and the annexation beside it,
the Wales summit ahead and on its day, Anakonda on its day, the battalions decided (optional),
Erdogan's letter with Russia's 2015 measures, the St Petersburg meeting announced ahead, told without
its place and recalled, the 2016 expulsions and election, the 2017 Shayrat strike (no KB event)
beside the 2018 strikes, Helsinki with Hamburg recalled, the Kerch incident the night and day
after, the INF suspension ahead and on its day, the treaty's end, a 2014 Su-24 pass over the Donald
Cook in the Black Sea on the Baltic pass's days (no KB event), Open Skies announced, the New START
talks, Paris's Normandy summit, Navalny, and pages with no event), its gold committed before the
step was first run on it; a president inside another person's office ("Спецпосланник Президента
США", "Пресс-секретарь президента РФ") names no one, as in heldout10, 15 and 16.
`heldout18.jsonl` is an eighteenth (30 pages, `"page": true`, urls in none of the other files, one
page an outlet, each row with a `note`: NATO's 2014 suspension told three weeks before its day
(optional), the Su-24 on its day in two first versions and without the aircraft's name, Erdogan's
letter three ways, Helsinki, the Kerch incident under way, Aegis Ashore announced ahead, the CAATSA
sanctions on Turkey, the Nord Stream 2 sanctions by the budget signed, Vostok-2018, Trump's INF
announcement three ways and three INF steps in one page, Open Skies taking effect, Navalny, the 2018
strikes on Syria, Hamburg, and negatives: the 2017 Shayrat strike, BALTOPS 2015, a 2020 budget bill,
two stance pages), its gold committed before the step was first run on it; an editor's gloss signed
by the outlet inside a quotation ("(экс-президент США Барак. — RT)") is a credit, not a mention, and
a region's states named by its adjective ("трех прибалтийских государств") are the region.
`heldout19.jsonl` is a nineteenth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: Skripal's poisoning three ways, Russia's 2015 measures
against Turkey on their day, by the decree's title and a month on with the Su-24 behind them, the
S-400 deliveries with the agreement recalled, the INF treaty's end, Open Skies announced, the New
START talks in Vienna and by their terms, the battalions announced ahead, arriving and recalled,
Paris's Normandy summit four ways, the Kerch incident recalled and a year on, and negatives: HMS
Defender off Crimea in 2021, Russia's NATO mission suspended in 2021 four ways, the Sea of Azov
before Kerch), its gold committed before the step was first run on it; a place's lone adjective
("крымского берега") is no place, as a region's ("балканской страны"), and a treaty's name holds
no body ("Конвенции ООН по морскому праву").
`heldout20.jsonl` is a twentieth (30 pages, `"page": true`, urls in none of the other files, at
most two per outlet, each row with a `note`: the Wales summit announced ahead three ways (one by
"встреча в верхах"), the Su-24 from Washington's view and recalled with the lifting of Russia's
measures, those measures on their day, Anakonda-2016 on its first day, the 2018 strikes on Syria
two ways, Vostok-2018 on its day and the day before, the INF notice of 2 February two ways and
Trump's announcement by his plans, the S-400 deliveries with the deal recalled, Paris's Normandy
summit under way and recalled two years on beside the Minsk agreements, Open Skies taking effect,
the Skripal expulsions on their day and told by Britain's in a relative clause, the battlegroups
arriving in Lithuania twice, the CAATSA sanctions on Turkey on their day and recalled, the New
START talks in Vienna twice, and negatives: the 2017 Shayrat strike, an INF ultimatum on a
condition, Sea Breeze 2021, Defender 2020 announced), its gold committed before the step was
first run on it; a page naming its own outlet in its body ("Как писал «Новый День»") makes a
mention, as Day.Az, Kerch.FM, Kuban 24 and UNN already did, and an outlet written with its
domain takes it into its id (org:inopressa-ru, as org:day-az).
`heldout21.jsonl` is a twenty-first (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: NATO's 2014 suspension on its day, the Warsaw
summit recalled with the battalions decided (optional), NATO–Russia Council meetings only
considered or studied and one recalled with its date, the INF notice of 2 February told as
Trump's statement beside Russia's decree, Anakonda-2016 on its first day, Vostok-2018 four ways
(under way, the day before, ahead from The Times and from China's side, once misspelt), Erdogan's
letter four ways (three with the Su-24 recalled), Russia's G8 suspension recalled by its effects,
Aegis Ashore recalled by its placement, the F-35 removal made official in 2021, the New START
talks, Navalny, the Kerch incident recalled by a new attempt, and negatives: Macron's "brain
death" and Zakharova recalling it, Joint Viking 2017, the G8 only threatened twice, stance pages
of Shoigu and Grushko, NATO's INF statement), its gold committed before the step was first run on
it; a headline kept only as an image's alt text is the page's title, body, and a name holds no
other entity ("Дипломатической академии МИД РФ", "Института стран СНГ", "Американском совете
по внешней политике"), as a treaty's name holds no body.
`heldout22.jsonl` is a twenty-second (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: NATO's 2014 suspension told two weeks ahead
(optional), the Su-24 on its day without the aircraft's name and recalled behind Erdogan's letter,
the Wales summit on its day three ways, Warsaw announced ten months ahead, Brussels 2018 recalled
as "the last summit", the 2018 strikes on Syria, Open Skies announced and taking effect, Nord
Stream 2's sanctions announced ahead by the 2020 budget, Navalny, the Kerch incident a year on,
Anakonda-16 by its Latin name, the CAATSA sanctions on Turkey, Vostok-2018 ahead with Zapad-2017
recalled, Paris's Normandy summit four ways, the St Petersburg meeting three ways (once without its
city), Skripal, Montenegro's coup plot by its verdict with sixteen Serbian, Montenegrin and Russian
names written by sound, and negatives: the 2017 Shayrat strike, Open Skies in 2019, the Nord
Stream 2 sanctions of 2020, the Amesbury poisoning), its gold committed before the step was first
run on it; a court named by its state alone ("Высший суд Черногории") is no body, as a
parliament, and a currency-and-weather bar ("+11° Киев +9° Варшава") is chrome.
`heldout23.jsonl` is a twenty-third (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: MH17 on its day told by the airliner's crash, the
Su-24 on its day, the Kerch incident under way, Skripal two ways, Zapad-2017 announced ahead twice,
Crimea's annexation and referendum, the S-400 deliveries three ways with the agreement recalled
(Trump's F-35 words the day before the removal optional), Russia's Syria intervention four ways
(its first day, the day after, its second day, by the Federation Council's consent), North
Macedonia's accession with its protocol recalled, Minsk II in lower case and its summit announced
ahead (Minsk I as a package optional), the Warsaw summit ahead and on its day (the city in Latin
look-alike letters), the 2016 election and the expulsions with Washington Post and Financial
Times reporters written by sound, the London meeting, Helsinki announced without its city, the
battlegroup recalled a year on, NATO's 2014 suspension four weeks ahead (optional), and
negatives: BALTOPS 2020, Montenegro's invitation, Russia's 2021 Open Skies exit, Iskanders moved
to Kaliningrad), its gold committed before the step was first run on it; a place inside a body's
name ("погрануправлении ФСБ по Крыму") is no place, as heldout21's names, and a body inside its
head's role written out ("глава президентской администрации") is that body, as "глава МИД".
Corrected once (round names9): r23-25's "встречи контактной группы" on a Minsk page counts the
Trilateral Contact Group, as heldout24's correction reads the group in lower case.
`heldout24.jsonl` is a twenty-fourth (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: Open Skies' withdrawal announced (the exit in six
months optional), the New START talks announced for Vienna and a later round in Helsinki, Anakonda
by its bare name, the Hamburg meeting on its day and without its city beside the 2016 election
told without its name, the St Petersburg meeting announced, on the day of arrival with eight
Turkish names by sound and on its day with the Su-24 told only as a November tragedy, the 2018
strikes on Syria with Syrian places by sound, the CAATSA sanctions on Turkey, the Paris Normandy
summit told by the Elysee alone, MH17 by the crash of a Malaysian airliner, Montenegro's coup plot
by a verdict and as an assassination attempt, the Kerch incident behind the sailors' arrests with
ten Ukrainian names, Skripal behind the suspects' interview, the Minsk Protocol as a ceasefire
protocol, the Wales summit ahead and at its close, and negatives: the S-400 sent to Syria in 2015,
Deveselu chosen in 2011, Putin in Ankara in 2018, the 2022 budget without Nord Stream 2
sanctions, Minsk's 2016 agreements), its gold committed before the step was first run on it
(then corrected once: the Trilateral Contact Group in lower case, r24-26 to 28); a body named
inside a law's name holds no state, and a car's make ("на Renault") is a product, no body.
`heldout25.jsonl` is a twenty-fifth (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: the Crimea referendum three ways (by its count, its
name and its date), Russia's Syria intervention on its first day, recalled by its start and a week
on by the first strikes' date, Minsk II four ways (by the republics' signatures, the measures in
lower case, the declaration's title, the night of the talks) with the Minsk Protocol recalled by its
name, BALTOPS 2016 on its day and announced the same morning, the Donbass referendums four ways
(under way, by the result, the evening after, by the regional administration), the EU's sectoral
sanctions by the banks and by the finance sector, CAATSA announced ahead, on its day and recalled
a week on without its name beside the 2016 election, the 2019 Ukrainian election six ways (exit
polls, a partial count, the official result), and negatives: BALTOPS 2015 by "BALTOPS-15", the
G7's Hague meeting proposed a week ahead, the G8 summit cancelled on 24 March told without the
suspension (optional)), its gold committed before the step was first run on it (then corrected
once: r25-22's White House, as h5-20; and in round orgs7 r25-10's US European Command
keyed org:eucom, the gazetteer's and the English sets' id); a seat inside an office's title ("пресс-секретарь Белого
дома") is its government, no body, and readers' comments below an article are chrome.
`heldout26.jsonl` is a twenty-sixth (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: the EU and US sectoral sanctions on their day, by the
US announcement and recalled by their first day, MH17 five ways (by its date and a Boeing shot
down, by the Dutch Safety Board's reports, by the crash of a Malaysian Boeing), Crimea's accession
treaty approved in draft (optional) and signed under a page's wrong date, the annexation by "вошли в
состав России" and "оккупации Крыма", the referendum recalled, the first sanctions on their day,
Euromaidan under way without its name, the February 2014 change of power in a word-spun text with
Greek look-alike letters, the 2018 Russian election five ways (by its count, exit polls and turnout,
with ten leaders congratulating), the Minsk Protocol five ways (on its day as a ceasefire protocol and
recalled), BALTOPS 2016 on its second day, the Warsaw summit recalled, the battalions decided and
planned (optional), and negatives: the sectoral sanctions widened in September 2014 and extended in
2018 and 2021, BALTOPS 2019, Minsk agreements before Minsk II, the recognition decree), its gold
committed before the step was first run on it; a state inside a body's name ("Совет безопасности
Нидерландов") is no country, as heldout21's names, and "по Киеву" of a clock time no place, as h5-16.
`heldout27.jsonl` is a twenty-seventh (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: Skripal three ways (Russia's mirror reply with the
UK's expulsions only presupposed, optional; May's expulsions told the day after; recalled behind the
reply), Trump's INF announcement, the INF suspension announced the day before, the S-400 agreement
recalled and its deliveries announced ahead (optional), CAATSA recalled by its year and the CAATSA
sanctions on Turkey by the law's Russian title, the Kerch incident recalled behind a 2019 tanker
seizure, Russia's G8 suspension recalled as an exclusion, Paris's Normandy summit recalled by its
date, Erdogan's letter twice with the Su-24 recalled, the 2018 strikes on Syria on their night and
only wanted the day before (optional), the 2016 election by the interference in it and by the
winner's victory, Montenegro's coup plot by its trial and its verdict, the London meeting, the
Hamburg meeting on its day and from before, the Wales summit opening, the New START talks twice,
and negatives: Lukashenko's 2020 claims, Iskanders in Kaliningrad, Sea Breeze 2021, Lavrov on
Georgia in 2021), its gold committed before the step was first run on it; a city written for the
state ("если Стамбул закончит поставку") is no place, as a capital, and a past state by its
adjective ("гитлеровской Германии", "советско-американской") is no country.
`heldout28.jsonl` is a twenty-eighth (30 pages, `"page": true`, urls in none of the other files,
at most two per outlet, each row with a `note`: the NATO–Russia Council of 20 April 2016 announced
with its date and told after it by its rank alone ("первого за два года заседания"), NATO's 2014
suspension only presupposed (optional), the Warsaw summit announced ahead, Anakonda-16 without its
hyphen, Aegis Ashore recalled behind Redzikowo, the Su-24 the day after without its name or Turkey
and six years on, the St Petersburg meeting on its day told only by Strelna and its palace and the
day after with Erdogan's letter as his apology (Russia's 2015 measures presupposed, optional), the
2016 expulsions on their day with the election by its campaign, Hamburg by the handshake before it
and the evening after, Zapad-2017 under way, the 2018 strikes on Syria, Helsinki announced ahead
and on its day with Hamburg recalled (mutual expulsions in a word, optional), Skripal behind the
suspects' interview, Vostok-2018 with two seas and two bays each sharing a noun, Trident Juncture
by its Latin name, the Kerch incident recalled before the exchange, Montenegro's coup plot by its
verdict and its appeal, the first S-400 deliveries with the agreement recalled by its year, the
CAATSA sanctions on Turkey, Navalny, Paris's Normandy summit about to begin, Crimea's annexation
behind a sanctions extension, and negatives: the 2017 Shayrat strike, Crimea's June 2014 sanctions,
the 2021 Nord Stream 2 sanctions bill, Russia's 2021 Open Skies exit and "open land" memorandum),
its gold committed before the step was first run on it; a paper's correspondent named inside its
lede sentence ("— специальный корреспондент «Ъ» ИВАН САФРОНОВ") is body, not a byline, and a
studio named by its programme's title ("студия «Авторская программа Александра Рогаткина»") is no
body, with no person inside the title.
Its first run (main edadf08): person .891, country .994, org .927, location .911, event .764 (the
events' recall .636: most pages undated, the meetings told by a palace, a handshake or a rank);
after session twenty's rounds, which never saw it: .891, .987, .919, .911, .778 ("Польское радио"
read as Radio Poland where this gold reads the adjective, one false event fewer); after the lead's
fixes on it (a byline after a post's stamp, "Ким Чен Ин"): .917, .987, .919, .911, .778. Every
error of the first run by mechanism: eval/kinds/russian-heldout28.md.
A labelling decision of round russian-bodies10, by the sets' majority: a state's army or armed
forces named by the state's adjective in lower case ("российской армии", "польской армии",
"российская армия", "медалями литовской армии": r21-01, r25-11, h8-26, h15-28) is that state's
armed forces; r26-04's "украинскую армию" and r27-19's "британским вооруженным силам", the two
read otherwise, are corrected to it. A unit's army ("бригада литовской армии") and one where
unnamed sources sit ("Источники из турецкой армии") stay no body.
heldout10's first run (lib/ of bac5a64, the rules of round nine), the honest estimate of round
nine on unseen text, P / R / F1: person .840 / .955 / .894, country .989 / .979 / .984, org .899 /
.835 / .866, location .821 / .941 / .877, event .955 / .618 / .750 (its kinds: /work/ru10-kinds.md).
The same with round ten's scorer (the run's per-article path, below) on bac5a64: the same figures.
On round ten's rules (b12e8f0), which never saw it, the honest estimate of round ten: the same
figures again, every type (round ten's rules fit heldout9's phrasings; heldout10's errors are
other kinds: other words for an event, bodies and outlets the gazetteer lacks, site furniture,
a state's ministry given to Russia on a foreign story).

heldout11's first run (lib/ of 87c0884, the rules of round ten), the honest estimate of round ten
on unseen text, P / R / F1: person .811 / .882 / .845, country .977 / .977 / .977, org .727 /
.727 / .727, location .612 / .732 / .667 (.653 / .711 / .681 on the gold corrected for two named
palaces), event .909 / .698 / .789 (its kinds: /work/ru11-kinds.md). On round eleven's rules
(c1377b9), made on heldout10 and never on this set, the honest estimate of round eleven: person
.811 / .882 / .845, country .977 / .977 / .977, org .747 / .727 / .737, location .653 / .711 /
.681, event .882 / .698 / .779 (one more false event): what round eleven fixed on heldout10 was
not what heldout11 needs (events told in other words, bodies and places the gazetteer lacks,
other furniture).
heldout12's first run (lib/ of 48179ec, the rules of round eleven), a second honest estimate of
round eleven: person .861 / .912 / .886, country .988 / 1.00 / .994, org .778 / .812 / .794,
location .760 / .644 / .697, event .912 / .775 / .838 (its kinds: /work/ru12-kinds.md). On round
twelve's rules (main after merging russian-round12), made on heldout11 and never on this set, the
honest estimate of round twelve: person .861 / .912 / .886, country .988 / 1.00 / .994, org .812 /
.812 / .812, location .804 / .695 / .745, event .912 / .775 / .838.
heldout13's first run (lib/ of 6a20580, the rules of round twelve), the honest estimate of round
twelve on unseen text: person .929 / .963 / .945, country .931 / .985 / .957 (.944 / .986 / .965
on the gold corrected for a demonym it left out, h13-26), org .835 / .835 / .835, location .754 /
.827 / .789, event .700 / .700 / .700 (its kinds: /work/ru13-kinds.md). On round thirteen's
rules (main after merging russian-round13-bodies, -surface and -events and the lead's seat rule),
made on heldout12 and never on this set, the honest estimate of round thirteen: person .929 /
.963 / .945, country .944 / .986 / .965, org .849 / .859 / .854, location .800 / .846 / .822,
event .700 / .700 / .700: no event error of heldout13 was of heldout12's kinds (heldout13's are
events told by a noun, meetings announced ahead, steps before or after an event).
heldout12 after round thirteen (made on it once seen, so fitted to it, not an estimate on
unseen text): person .971 / .971 / .971, country 1.00 / 1.00 / 1.00, org 1.00 / .986 / .993,
location 1.00 / .983 / .991, event 1.00 / 1.00 / 1.00 (from .886, .994, .812, .745, .838). No
other set moved down on any type; heldout locations rose with the places by their kind noun and
the seat that speaks (heldout .826 -> .891, heldout4 .779 -> .895, heldout6 .909 -> .954, heldout9
.889 -> .950, heldout10 .958 -> .971), heldout10 event .954 -> .970, heldout11 event .878 -> .902.
heldout13 after round fourteen (branch russian-round14, made on it once seen: KB verbs' own nouns
derived from kb_ru.csv's patterns by pymorphy3, "ограничения против" as sanctions, a meeting agreed
ahead as the next one, a paper signed after an event not the event, a unit with its owner's state,
lower-case bodies after a state's adjective, numbered fleets, ships' names, two dateline shapes;
fitted to it, not an estimate on unseen text): person .963 / .963 / .963, country .986 / .986 /
.986, org .875 / .906 / .890, location .868 / .885 / .876, event .810 / .850 / .829. No other set
moved on any type.
heldout14's first run (lib/ of 301d525, the rules of round fourteen), the honest estimate of round
fourteen on unseen text, P / R / F1: person .925 / .949 / .937, country .940 / .987 / .963, org .919
/ .888 / .903, location .821 / .842 / .831, event .939 / .861 / .899 (its kinds: /work/ru14-kinds.md;
no gold label corrected).
heldout15's first run (lib/ of 301d525, the rules of round fourteen), the honest estimate of round
fourteen on unseen text, P / R / F1: person .872 / .872 / .872, country .946 / .989 / .967, org .813
/ .859 / .836 (.827 / .861 / .844 on the gold corrected for 'глава МИД РФ', h15-03), location .769 /
.870 / .816 (.788 / .872 / .828 corrected for a place its note named, h15-07), event .806 / .735 /
.769 (its kinds: /work/ru15-kinds.md).
heldout16's first run (lib/ of c4c9da7, the rules of round sixteen), the honest estimate of round
sixteen on unseen text, P / R / F1: person .781 / .893 / .833, country .962 / .987 / .974, org .875
/ .897 / .886, location .795 / .833 / .814, event .783 / .900 / .837 (its kinds: /work/ru16-kinds.md;
no gold label corrected).
heldout17's first run (lib/ of ee1d582, the rules of round seventeen), the honest estimate of round
seventeen on unseen text, P / R / F1: person .871 / .897 / .884 (.857 / .896 / .876 before r17-04's
gold was corrected for the role alone 'генсек Альянса', Rasmussen), country .990 / 1.00 / .995, org
.897 / .825 / .860, location .894 / .933 / .913, event .893 / .714 / .794 (its kinds:
/work/ru17-kinds.md).
heldout18's first run (lib/ of 3d6a289, main after the pooled, surnames and events rounds, which
never saw it), the honest estimate of those rounds on unseen text, P / R / F1: person .961 / .942 /
.951, country .989 / 1.00 / .994, org .889 / .914 / .901, location .762 / .762 / .762, event .774 /
.828 / .800 (its kinds: /work/ru18-kinds.md; no gold label corrected). People and countries hold
their pooled level; places fall on names outside the gazetteer and a capital read as its state,
events on other words for a step and on INF steps told in the future.
heldout19's first run (lib/ of f39c47a, main after the review of session eleven, which never saw
it), the honest estimate of those rounds on unseen text, P / R / F1: person .889 / .923 / .906,
country .988 / 1.00 / .994, org .833 / .887 / .859, location .783 / .857 / .818 (.783 / .818 / .800
before r19-29's and r19-30's gold was corrected for two lone adjectives), event .952 / .800 / .870
(.833 / .800 / .816 before r19-23, 24 and 26 made the Donbass war optional, as r17-29). People and
countries hold their level; organisations and places fall on names heard outside the gazetteer
(Rowley, Wiltshire, Fiolent, Aachen, Benelux) and site furniture read as body (a teaser, a byline,
a credit); events miss a measure told beside its cause, an agreement recalled by its signing, the
New START talks told by their terms and a summit told without its name.
After session twelve's rounds (made without this set): russian-pooled2 (organisations, places:
seen sets org .956 → .969, heldout18 org .901 → .971) moved org to .846 / .887 / .866 (one false
body fewer) and nothing else; events-pooled2 and events-dates moved nothing; russian-names-by-sound (English names
written back by generating their Russian transcriptions from the census names) moved person to
.926 / .962 / .943 (Rowley, Bailey, Nick written back). That last figure is not a clean unseen
estimate: the round's brief quoted those three names, taken from this set's first-run kinds, as
examples of the kind (the round itself never opened the set; it also fixed Dylan White and
Rosenblum on heldout6, 9 and 10).
heldout20's first run (lib/ of e00743d, main after session twelve's rounds and review, which
never saw it), the honest estimate of those rounds on unseen text, P / R / F1: person .796 / .860
/ .827, country 1.00 / 1.00 / 1.00, org .893 / .847 / .870 (.857 / .842 / .850 before r20-20's
and r20-21's gold counted a page's own outlet named in its body and r20-02's took its outlet's
domain into the id), location .675 / .871 / .761, event .966 / .824 / .889 (its kinds:
/work/ru20-kinds.md). Countries hold; people fall on names heard from Spanish, German,
Lithuanian and Ukrainian (Гонсалес, Хуан Карлос, Хуберг, Дилды, Тимошенко, Блинкена) given
their sound's slug, not the person's, and on furniture (a teaser's Erdogan, a footer's
editor); places on site names read as body ("Калининград.Ru", "Новая газета. Балтия",
"Аргументы Недели Крым"), adjectives and kind nouns read as places ("Вильнюсском аэропорту",
"Черноморском регионе") and a case ending kept ("Торунем"); events
miss a summit recalled by its city's adjective, the Minsk agreements in lower case, the INF
notice told as leaving "со 2 февраля", talks told as "консультации", and read Trump's plans to
leave as the treaty's end.
After session thirteen's rounds (made without this set, their briefs naming none of its
errors): russian-orgs3 (outlets and their editions with Russian forms, other stories' cards,
mastheads, bylines, place nominatives; seen sets pooled org .964 → .971, location .940 → .957)
moved org to .911 / .864 / .887 and location to .725 / .935 / .817; russian-names2 (Latvian,
Turkish and Ukrainian names written back by the state named around them, envoys' titles; seen
sets person .974 → .979) moved person to .811 / .860 / .835 (one false person fewer). Country
1.00 and event .889 unchanged.
heldout21's first run (lib/ of 71d2bf3, main after session thirteen's rounds, which never saw
it), the honest estimate of those rounds on unseen text, P / R / F1: person .842 / .889 / .865,
country .966 / 1.00 / .983, org .789 / .732 / .759, location .773 / .919 / .840, event .905 /
.826 / .864 (country .955 / 1.00 / .977, org .789 / .741 / .764 and location .773 / .895 / .829
before r21-28's gold counted its alt-text headline and r21-02's dropped "черноморском регионе",
which heldout20's kinds already read as no place; its kinds: /work/ru21-kinds.md). Countries
hold; organisations fall on Russian institutions outside the gazetteer (МГУ, the Diplomatic
Academy, the CIS and Far East institutes, ФБК, ОВД) given a transliterated slug or missed, a
parent body inside a name read as a mention, and "ВВС Украина" read as an air force; people on
Russian names outside the gazetteer romanised otherwise than the gold's slugs (Сергей ->
sergey, Павел -> pavlo), a Norwegian and a Turkish name by sound, a byline and a Ukrainian
promotion line; places on names inside institutions' names ("Африки" linked to Raqqa),
chrome and a truncated page end; events miss the Kerch incident, Aegis Ashore and the G8
suspension told without their names, and read a purchase of S-400 as the 2017 agreement and a
G8 exclusion only weighed as the suspension.
After events-pooled3 (made without this set; seen Russian sets' events pooled .936 -> .944,
heldout20 .889 -> .921), its events stayed .905 / .826 / .864, and nothing else moved.
heldout22's first run (lib/ of 3468536, main after events-pooled3 and the review of session
thirteen, which never saw it), the honest estimate of those rounds on unseen text, P / R / F1:
person .802 / .830 / .816, country .957 / .989 / .973, org .857 / .857 / .857, location .854 /
.854 / .854, event .929 / .788 / .852 (no gold label corrected; its kinds: /work/ru22-kinds.md).
Countries hold (their false ones from a weather bar and "Братислава" read as a capital); people
fall on Serbian names romanised by their Russian sound, not their own spelling (Мандич, Душич,
Чаданович; "Йованович" linked to Marie Yovanovitch), Tsegolko given the Ukrainian official
romanisation, not the one his tweet shows, a GRU officer under his other name, a byline and a tag
line read as body, and one Skripal of "дом Скрипалей"; places on English and French names by
sound (Эймсбери, Магглтон-стрит, Нормандии) and a misspelt case ("Хомсы"); organisations on an
outlet by its initials ("ДС") or in Russian ("ТВ Центр"), a share bar and a photo credit, and
bodies named in lower case ("офиса президента Украины", "комитетом Сената по вооруженным силам");
events miss the St Petersburg meeting announced ahead and the Su-24 recalled beside it
("инцидента с российским «Су-24»"), Nord Stream 2's sanctions told by the budget, a summit
recalled as "the last" one and a Normandy meeting told as "Нормандская встреча", and read the 2017
Shayrat strike as the 2018 strikes and Open Skies' six-month notice as its taking effect.
six-month notice as its taking effect.
heldout23's first run (lib/ of 1b868da, main after the review of session fourteen, which never
saw it), the honest estimate of those rounds on unseen text, P / R / F1: person .905 / .934 /
.919, country .990 / .980 / .985, org .895 / .906 / .901, location .773 / .829 / .800, event .923
/ .774 / .842 (person .889 / .933 / .911 and location .727 / .821 / .771 before r23-28's gold
counted Peskov named by his role alone and r23-08's and r23-15's the West, as the earlier sets
and the gazetteer do; its kinds: /work/ru23-kinds.md). Countries hold (misses: a state adjective
before a Latin aircraft name, a compound inside an HTML tag; a state inside a commission's name);
people fall on English and German names by sound ("Райан" -> Rayan, "Кэтрин Хилле" -> Catherine),
a wife by her given name alone, a teaser's McCain, a Ukrainian promotion line read as a name and
a spokesman's role given to one person; organisations on a promotion line, a dateline with full
stops ("Брюссель. 5 марта. ИНТЕРФАКС -") and a backslash credit read as body, bodies in lower
case or by a possessive ("администрации президента", "своих Вооружённых Сил"), a UN inside a
treaty's name and outlets outside the gazetteer (Delfi, Pryamyi, SOHR); places on names by sound
("Хама" -> Hamm, Маарет-Эн-Нууман, Йонавском районе), reporters' names read as places, a place
inside a body's name and "в Кремле" after its verb; events miss MH17 told by the crash, the S-400
deliveries and agreement on undated pages, the 2016 election and expulsions told without their
names, Helsinki without its city, and read BALTOPS 2020 as 2016 and a plane "якобы сбитого
сирийскими повстанцами" as the Su-24.
heldout24's first run (lib/ of 664b2ba, main after the acronym review of session fifteen, which
never saw it; main's later 41dbd60 changes only how a raising article is reported), the honest
estimate on unseen text, P / R / F1: person .707 / .716 / .712, country .975 / .963 / .969, org
.831 / .750 / .788 (.815 / .768 / .791 before r24-26, 27 and 28's gold counted the Trilateral
Contact Group in lower case), location .769 / .741 / .755, event .875 / .519 / .651 (its kinds:
/work/ru24-kinds.md). Countries hold (misses: "антироссийском", a three-state compound adjective
"американо-франко-британская"); people fall on names outside the gazetteer romanised otherwise
than the gold (ten Ukrainian sailors in Russian forms, five Turkish ministers by their Russian
sound, Kuchma as "leonyd", Tagliavini as "talyavini"), a surname alone left unlinked (Ozerov)
and a role alone given today's holder on an undated 2011 page (Iohannis for Basescu);
organisations on bodies outside the gazetteer given transliterated slugs (ОГА, Украэрорух,
"Малазийских авиалиний", "Комитета по международным делам", "Украинские новости"), a dateline's
outlet, a photo credit and a car make read as bodies; places on names by sound romanised from
Russian ("Грабово", "Меззе", "Хама" -> Hamm), capitals read as their states ("Бухарест",
"Амстердам"), a place inside a court's name and chrome; events miss thirteen of twenty-seven, each
told without the words the patterns know: MH17 by the crash, the Minsk Protocol as "протокол о
прекращении огня", the Normandy summit by its palace, the Syria strikes by their coalition's
adjective, Anakonda by its bare name, the New START talks by "переговоры ... по ДСНВ", Hamburg
without its city, the Su-24 as a November tragedy, Open Skies by Pompeo naming its timing,
Montenegro's plot as an assassination attempt; and read the Helsinki round of the New START talks
as the 2018 summit and the defence ministers' battalion decision as the Warsaw summit.
heldout25's first run (lib/ of 36d5502, main after the romanisation decision of session
seventeen, which never saw it), the honest estimate on unseen text, P / R / F1: person .927 / .950
/ .938, country .979 / 1.00 / .989, org .692 / .584 / .634, location .881 / .902 / .892, event .947
/ .581 / .720 (org .692 / .577 / .629 before r25-22's gold dropped the White House; location
.905 / .927 / .916 once the renamed-place decision made Krasnoarmiisk Pokrovsk; its kinds:
eval/kinds/russian-heldout25.md). Countries hold (extras: a chrome headline's Ukraine, "на украинском и русском языках");
people fall on names outside the gazetteer romanised otherwise than the gold (Slipachuk as
"tatyana", Sanders with her middle name) and a chrome headline's Putin; organisations on bodies
outside the gazetteer given transliterated slugs (nine election commissions as "tsik" or in full:
Ukraine's six times, Crimea's, the DPR's twice; VEB, a misspelt Gazprombank, РИСПИ, «Голос
Украины», the Ilko Kucheriv foundation), named bodies unseen (Sberbank and the Official Journal
twice each, the Estonian Defence Forces' staff), bodies by periphrasis or bare ("верхняя палата
российского парламента", "армия Башара Асада", "польской армии", "ВВС"), a ship and a vehicle
type read as bodies; places on names by sound ("Хама" -> Hamm, "Каспийском
море"), a town under its old name linked to its new one (Krasnoarmiisk -> Pokrovsk, right
since the renamed-place decision), a photo
caption and readers' comments; events miss thirteen of thirty-one: the 2019 Ukrainian election six
times (its pattern wants "2019" in the text, which none writes; the page's date does not count),
CAATSA three times (never by its name), the sectoral sanctions twice (the year is wanted beside
the words), Minsk II by the republics' signatures and a referendum told by its
result; and read a vote "за присоединение Крыма" as the annexation.
heldout26's first run (lib/ of ab2b18b, main after the review of session seventeen, which never
saw it), the honest estimate on unseen text, P / R / F1: person .698 / .723 / .710, country .969 /
.979 / .974, org .776 / .738 / .756, location .904 / .904 / .904, event .840 / .677 / .750 (no gold
label corrected; its kinds: /work/ru26-kinds.md). Countries hold (misses: a state adjective before
a Latin aircraft name, a state after a region; extras: Amsterdam read as its state, a state inside
a body's name, a photo caption); people fall on names outside the gazetteer romanised otherwise than
the gold (EU officials, Najib, Joustra, Tagliavini, Maduro, Jeenbekov by their Russian sound; five
Ukrainians from their Russian forms; Baburin, Suraikin, Bizhev), Greek look-alike letters and a
chrome card's surname linked to Anatoly Antonov; organisations on bodies outside the gazetteer given
transliterated slugs (Russia's CEC three times, the EBRD, the Dutch Safety Board), a Boeing read as
a body five times, bodies by a minister's title, and an outlet naming itself in quotes; events miss
ten of thirty-one (the sectoral sanctions three times, MH17 twice by the Boeing's crash, the first
sanctions, Euromaidan without its name, a Minsk Protocol headlined as "договорились прекратить
огонь", Minsk II recalled on a 2021 page, an election page whose year sits in its rubric) and read
BALTOPS 2019 as 2016, Minsk agreements of 2014 as Minsk II and a treaty in draft or a request to
join as the annexation.
heldout27's first run (lib/ of 44cc06a, main as the set was written, which never saw it), the
honest estimate on unseen text, P / R / F1: person .969 / .984 / .977, country .989 /
.989 / .989, org .857 / .857 / .857, location .714 / .862 / .781, event .806 / .862 / .833 (no gold
label corrected; its kinds: /work/ru27-kinds.md). People and countries hold (misses: a Ukrainian
journalist romanised from her Russian form, a state after a region; extras: a related-news headline's
role linked to a 2014 minister, "гитлеровской Германии"); organisations fall on bodies outside the
gazetteer (the British Council twice, CICA and Novye Izvestia given transliterated slugs, two
breakaway regions' ministries by their heads' role), a homonym (Turkey's NTV read as Russia's НТВ),
a bare ministry in a quotation, the G20 as "Двадцатки", and chrome read as bodies (a photo credit, a
source link, a Telegram promotion, related headlines), ships read as bodies; locations on seats and
cities written for their states (the White House twice, Istanbul, Moscow), regions inside bodies'
names, Douma linked to a "duma" slug twice, an oblast read as its city and a misspelt state read as a
place; events miss four of twenty-nine (Paris's Normandy summit recalled by its date, the 2016
election by "в преддверии выборов" and "победы республиканца на выборах", Hamburg told only as
"переговоров в Гамбурге") and read a purchase as the 2017 S-400 agreement twice, an accession
opposed or prevented as Montenegro's accession twice, a threatened F-35 removal and an end "через
шесть месяцев" as events. After session nineteen's rounds (events-undated8, russian-names9,
english-bodies8, english-chrome8), which never saw it, the honest estimate: the same except country
.989 / 1.00 / .995 (the state after a region). After the lead's fixes made on its errors (set seen:
glued chrome, seats that plan, states after regions, vessels listed after their noun, a capital
"рядом с" as the city, accessions opposed, rows for the British Council, CICA and Novye Izvestia):
person .984, country .995, org .920, location .825, event .862 (F1).
After rounds fifteen, sixteen and seventeen (session ten; round fifteen made on heldout13, sixteen
on heldout14 once seen, seventeen on heldout15 once seen), F1 person / country / org / location /
event: heldout14 after round fifteen (honest) .937 / .963 / .908 / .831 / .899, after round sixteen
(seen) 1.00 / 1.00 / 1.00 / 1.00 / .986; heldout15 after rounds fifteen and sixteen (honest) .872 /
.967 / .855 / .845 / .769, after round seventeen (seen) .923 / .967 / .897 / .854 / .841; heldout16
after round seventeen (honest) .833 / .974 / .886 / .814 / .837, unchanged from its first run.
heldout13 (seen) .963 / .993 / .964 / .943 / .900 (h13-02's council meeting made optional: announced
for a window the meeting missed). The rounds lift the set they were made on and barely move an
unseen one: on unseen pages people .83-.94, countries .96-.97, organisations .84-.91, events
.77-.90 across heldout14-16.

The pooled round (branch russian-pooled, issue 18) scored every set in one run
(`python -m eval.russian.pooled`), pooled the errors by mechanism and fixed those recurring
across sets: a capital or seat opening an indefinite-personal clause of stance is its state
(seven sets), a misspelt gazetteer place, body or person is linked to it (six), a region's
states named by its adjective are the region (four), a bare body re-naming a ministry named
abroad is that one, a body with its state's adjective keeps that state, coordinated state
adjectives share a body, English names heard (Дж-, Х-, -кс-, -велл), and gazetteer rows for
NATO's naval groups, maritime command and Moscow office, European Pravda and the accession
states' foreign ministers. Pooled P / R / F1 before -> after: person .962 / .966 / .964 ->
.972 / .977 / .974, country .991 / .995 / .993 -> .992 / .996 / .994, org .966 / .951 / .958
-> .970 / .958 / .964, location .924 / .942 / .933 -> .944 / .951 / .948, event .957 / .934 /
.945 -> .957 / .936 / .946; no set lowered on any type. Seen sets all, so no estimate on
unseen text: heldout17 is that.
Two more rounds ran beside it, neither seeing heldout17: English surnames heard in Russian written
back by the US Census surname list (branch russian-surnames: "Роудс" -> Rhodes, "Уоррен" -> Warren,
with guards for Russian surnames, rare or shared sound keys and letters Russian writes only when
heard; pooled person .974 -> .976, heldout9 person .909 -> .935, no set lower) and the events round
(branch events-pooled: classes shared by every event of a type, accession steps and prospects, the
event of the publication day; heldout5, 6, 13 and 15 events up, none lower). heldout17 after all three
(honest), P / R / F1: person .887 / .926 / .906 (.884 at its first run; .892 after the pooled round
alone), country 1.00 / 1.00 / 1.00 (.995), org .897 / .825 / .860 (.860), location .915 / .956 / .935
(.913), event .893 / .714 / .794 (.794). The first rounds to move an unseen set: people and places,
where a mechanism recurs across pages; events, told in wording and dates each page has its own, not.

heldout7, its first run (lib/ of b903b1b) and after the general fixes of round seven (branch
russian-round7), P / R / F1:

    type      first run             after round seven
    person    .846 / .898 / .871    .939 / .939 / .939
    country   .963 / 1.00 / .981    .987 / 1.00 / .994
    org       .894 / .874 / .884    1.00 / .977 / .988
    location  .543 / .543 / .543    .818 / .783 / .800
    event     .875 / .583 / .700    .971 / .917 / .943

No other set moved down on any type in round seven.

heldout8 was written while round seven's rules were, by another session, and scored on them
only after they were merged: its first run (lib/ of a2f6038, before round seven) and on the
rules of round seven, P / R / F1 (the honest estimate of round seven on unseen text):

    type      first run             on round seven's rules
    person    .831 / .925 / .875    .845 / .925 / .883
    country   .989 / 1.00 / .994    .989 / 1.00 / .994
    org       .819 / .906 / .860    .811 / .906 / .856
    location  .809 / .844 / .826    .830 / .867 / .848
    event     .950 / .613 / .745    .950 / .613 / .745

heldout8 after the general fixes of round eight (branch russian-round8), made on this set once
seen: fitted to it, so not an estimate on unseen text (that is the column above), P / R / F1:

    type      on round seven's rules    after round eight
    person    .845 / .925 / .883        .963 / .981 / .972
    country   .989 / 1.00 / .994        1.00 / 1.00 / 1.00
    org       .811 / .906 / .856        .965 / .965 / .965
    location  .830 / .867 / .848        1.00 / .956 / .977
    event     .950 / .613 / .745        .962 / .806 / .877

No other set moved down on any type in round eight; locations rose on seven of them (a past
state, the East as a bloc and a lone adjective are no places; two adjectives sharing a noun).

After the general fixes of round nine (branch russian-round9: Russia's INF withdrawal is the
suspension; an event after "после"/"накануне"/"в связи с" another; a day without a year a day
off a one-day event; deliveries told by a generic noun; summits, treaties and strikes in the
agencies' other words; "столица + country"; "Name (Latin Name)", "Full Name (ABBR)"), made on
the sets above once seen, so fitted to them and not an estimate on unseen text. The sets that
moved, after round eight → after round nine, P / R / F1:

    set       type      after round eight     after round nine
    heldout   location  .783 / .818 / .800    .771 / .841 / .804
    heldout   event     1.00 / .860 / .925    1.00 / .895 / .944
    heldout3  event     1.00 / .933 / .966    1.00 / .967 / .983
    heldout6  event     .927 / .905 / .916    .929 / .929 / .929
    heldout8  person    .963 / .981 / .972    1.00 / 1.00 / 1.00
    heldout8  org       .965 / .965 / .965    .976 / .976 / .976
    heldout8  location  1.00 / .956 / .977    1.00 / .978 / .989
    heldout8  event     .962 / .806 / .877    1.00 / .903 / .949

Every other set and type is unchanged (F1 after round nine: excerpts .974 / 1.00 / .966 /
1.00 / 1.00 for person / country / org / location / event; heldout2 1.00 / .987 / 1.00 / .923
/ .971; heldout4 1.00 / .994 / .933 / .779 / .960; heldout5 .988 / .988 / .951 / .786 / .970;
heldout7 .939 / .994 / .988 / .854 / .943). heldout's location precision fell by one place
("в столице Польши", which its gold leaves out) as its recall rose by one.

Since round ten every row goes through the run's own per-article path (lib.engine.per_chunk.
prepare: the language, the cleaning, the dateline's place and day, the date; then
lib.engine.per_chunk.analyse_russian, which infers an undated page's date), with the
row's `published` as its metadata date, so the figures are the product's. That change moved
one set: heldout3's h3-02, a Russian page quoting an English tweet, was read as English (person
.951 -> .897, country .983 -> .828, org .922 -> .893, event .983 -> .947), until the language
step stopped calling a mostly Cyrillic sample plainly English, which put them back.

heldout9, its first run (lib/ of bac5a64, round nine's rules, which never saw it: the honest
estimate on unseen text) and after the general fixes of round ten (branch russian-round10: the
two sentences before a bare head noun, reflexive verbs, "атак России", participation made
impossible, a month announced ahead as a target, "хотят организовать", a misspelt surname
beside the person, a related-news block's every headline, NATO's commission with Ukraine, an
abbreviation of a kind of institution as no body), made on this set once seen, so fitted to it and not an estimate on unseen text, P / R / F1:

    type      first run             after round ten
    person    .897 / .897 / .897    .921 / .897 / .909
    country   .987 / 1.00 / .994    1.00 / 1.00 / 1.00
    org       .915 / .903 / .909    .930 / .917 / .923
    location  .814 / .897 / .854    .833 / .897 / .864
    event     .955 / .656 / .778    .966 / .875 / .918

No other set moved down on any type in round ten but by the two labelling decisions: heldout8
event .949 -> .982 (two misses made optional), heldout6 event .929 -> .927 (a found deployment
made optional); heldout6 org rose .929 -> .938 (the NATO–Ukraine Commission, a new gazetteer
row, which also gives the English heldout3 one more organisation).

heldout10 after the general fixes of round eleven (branch russian-round11, the kinds of
/work/ru10-kinds.md: a bare "договор"/"соглашение" taking the one treaty its article named,
however far before; both Russian names of Open Skies; the field's other words for an event
(агрессия, бомбить, sanctions on sectors); a state written in full wherever its short name is
accepted; a date that ends a term dating no event; "Вооруженные силы/погранслужба/военное
ведомство + any state" by one pattern; "министр обороны страны" making the bare ministry that
state's; one body per state sharing a noun; each half of a compound of state adjectives;
outlets in straight quotes; agency datelines with "-"; credit, byline and furniture lines; a
cut-off word alone on the last line), made on this set once seen, so fitted to it and not an
estimate on unseen text (that is its first run, above), P / R / F1:

    type      first run             after round eleven
    person    .840 / .955 / .894    .955 / .955 / .955
    country   .989 / .979 / .984    1.00 / 1.00 / 1.00
    org       .899 / .835 / .866    .964 / .953 / .959
    location  .821 / .941 / .877    .919 / 1.00 / .958
    event     .955 / .618 / .750    1.00 / .912 / .954

No other set moved down on any type in round eleven. The sets that moved, after round ten →
after round eleven: heldout org .987 / .961 / .974 → .987 / .974 / .980 and event 1.00 / .895 /
.944 → 1.00 / .912 / .954; heldout3 country 1.00 / .967 / .983 → 1.00 / .978 / .989; heldout4
org .982 / .889 / .933 → .983 / .905 / .942. Left as they were: "в Кремле" on a speaking verb
(heldout2's gold reads it as the place, heldout10's as Russia), names outside the gazetteer
written by sound, a war or a day told only by the next paragraph, a bare ministry that speaks in
a foreign bureau's report.

heldout11 after the general fixes of round twelve (branch russian-round12, the kinds of
/work/ru11-kinds.md: KB events with only fixed aliases given a pattern with the verb, the
object and the identifying detail, and the field's other words for coups, accession,
expulsions and sanctions; a name with its number glued on lemmatised in its word; an attack as
the Su-24 downing only with Turkey; page furniture by shape (stamps, glued breadcrumbs, runs of
headlines, label blocks, a byline before "Источник:", Latin credits); #tags; "оборонное
ведомство + any state"; a bare body after its heads in the plural; the field's bodies and
places by their Russian names; Latin look-alike letters folded in Russian words; "пространство"
no place), made on this set once seen, so fitted to it and not an estimate on unseen text (that
is its first run, above, here scored on the corrected gold), P / R / F1:

    type      first run             after round twelve
    person    .811 / .882 / .845    .971 / .971 / .971
    country   .977 / .977 / .977    .977 / .989 / .983
    org       .747 / .727 / .737    .958 / .896 / .926
    location  .653 / .711 / .681    .957 / 1.00 / .978
    event     .882 / .698 / .779    .923 / .837 / .878

No other set moved down on any type in round twelve. The sets that moved, after round eleven →
after round twelve: heldout location .771 / .841 / .804 → .792 / .864 / .826; heldout5 location
.825 / .750 / .786 → .875 / .795 / .833 (org .975 / .928 / .951 → .975 / .929 / .951 with h5-13's
gold corrected: "в оборонном ведомстве Турции" is Turkey's ministry, as the other sets read it);
heldout6 org .938 / .938 / .938 → .952 / .938 / .945 and location .879 / .906 / .892 → .882 /
.938 / .909; heldout7 location .884 / .826 / .854 → .930 / .870 / .899; heldout9 org .930 / .917
/ .923 → .957 / .931 / .944 and location .833 / .897 / .864 → .857 / .923 / .889. Tried and
reverted: a Donald Cook patrol needing its time (an undated page of heldout7 lost it), a
purchase of S-400 not being the 2017 agreement (heldout's gold reads "из-за приобретения" as
the agreement, heldout11's not), "погранслужба ФСБ" as the border service (heldout's gold reads
it as the FSB). Left: the date and actor of a report carried from another sentence, a month
adjective counted back from a linked meeting, a demonym inside a quoted name, a truncated
country, outlets named without quotes, people outside the gazetteer written by sound.

Round events-ru9 (no label changed) followed the labels' majority on a purchase of the S-400:
given as the reason of a later measure ("из-за покупки", "за покупку", "причиной стало
приобретение", "обусловлено закупкой", "потому что купила") it is not the 2017 agreement, as
heldout11, 13, 15, 18, 21, 24 and 27 read it; the sets that count a purchase as the deal
(heldout, 5, 6, 7, 8, 20) each tell it elsewhere in the excerpt without a reason ("не откажется
от покупки", "решение о покупке") or beside "сделка", and keep it. A plan of it ("планов по
закупке") is still to come. Seen sets pooled, event 806 / 35 / 67 -> 810 / 21 / 63.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

from lib.engine import eventkb
from lib.engine.gazetteer import GAZETTEER_DIR, load_gazetteer
from lib.engine.ingest.raw import raw_article
from lib.engine.per_chunk import analyse_russian, prepare

EXCERPTS = Path(__file__).resolve().parent / "excerpts.jsonl"
TYPES = ("person", "country", "org", "location")
TARGETS = {"person": 0.90, "country": 0.90, "org": 0.90, "event": 0.85}


def load(path: Path = EXCERPTS) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(excerpt: dict) -> tuple[set[str], set[str]]:
    """The entity ids and event ids the product finds in one excerpt: the row goes through
    the per-article path `python -m lib.preprocess` takes (lib.engine.per_chunk.prepare:
    cleaning, the dateline's place and day, the date; then the Russian extraction, which
    infers the date of an undated page), with the row's `published` as the metadata date."""
    raw = raw_article(
        excerpt["text"],
        path=f"{excerpt['id']}.jsonl",
        fmt="jsonl",
        encoding="utf-8",
        date=excerpt.get("published"),
        url=excerpt.get("url"),
    )
    article = prepare(raw, gaz=_english_gazetteer(), today=date.today())
    if article.language != "ru":
        # The run gives such a page to another language's pipeline: the Russian step finds nothing.
        print(f"{excerpt['id']}: read as {article.language}, not Russian", file=sys.stderr)
        return set(), set()
    _, result = analyse_russian(article, gazetteer_dir=GAZETTEER_DIR, kb=_kb())
    return _ids(result)


@lru_cache(maxsize=1)
def _english_gazetteer():
    return load_gazetteer(GAZETTEER_DIR)


@lru_cache(maxsize=1)
def _kb() -> tuple[eventkb.KBEvent, ...]:
    return tuple(eventkb.load_kb(eventkb.kb_paths(())))


def _ids(result) -> tuple[set[str], set[str]]:
    entities = {m.entity_id for m in result.mentions if m.type in TYPES}
    events = {e.entity_id for e in result.events if e.entity_id}
    return entities, events


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score(excerpts: list[dict], details: bool = False) -> dict[str, tuple[float, float, float]]:
    counts: dict[str, Counter] = {t: Counter() for t in (*TYPES, "event")}
    for excerpt in excerpts:
        entities, events = predict(excerpt)
        gold = set(excerpt["entities"])
        pairs = [
            (t, {e for e in gold if e.startswith(t)}, {e for e in entities if e.startswith(t)})
            for t in TYPES
        ]
        # an optional event (a decision told, not the event; a meeting announced with no date
        # on an undated page) is neither missed nor extra
        optional = set(excerpt.get("optional_events", ()))
        pairs.append(("event", set(excerpt["events"]), events - optional))
        for kind, g, p in pairs:
            counts[kind].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
            if details and g != p:
                print(f"{excerpt['id']} {kind}: missed {sorted(g - p)} extra {sorted(p - g)}")
    return {k: prf(c["tp"], c["fp"], c["fn"]) for k, c in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="print every miss and extra")
    parser.add_argument(
        "--file", type=Path, default=EXCERPTS, help="JSONL of excerpts (default: excerpts.jsonl)"
    )
    args = parser.parse_args(argv)
    excerpts = load(args.file)
    results = score(excerpts, details=args.details)
    print(f"{len(excerpts)} excerpts")
    print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} target")
    ok = True
    for kind, (p, r, f) in results.items():
        target = TARGETS.get(kind)
        mark = "" if target is None else f"{target:.2f} {'ok' if f >= target else 'BELOW'}"
        ok &= target is None or f >= target
        print(f"{kind:10} {p:6.3f} {r:6.3f} {f:6.3f} {mark}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
