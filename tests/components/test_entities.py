"""claimx_entities: actor or place, canonical names.

Cases are inline-tagged: `[text](actor:Name)` is an actor named Name at that text,
`[text](place:Name)` a place. Every tagged mention must be found with that role and
name, and must not also be found in the other role.
"""

from __future__ import annotations

import pytest

ROLES = {"actor": "actors", "place": "places"}
OTHER = {"actor": "places", "place": "actors"}



def spans_at(doc, key):
    """The first span at each offset: a state organ's own mention comes before the mention
    of its state at the same offsets."""
    found = {}
    for s in doc.spans[f"claimx_{key}"]:
        found.setdefault((s.start_char, s.end_char), s)
    return found


@pytest.mark.parametrize(
    "tagged",
    [
        # actor vs place
        "Police patrolled the streets in [Kosovo](place:Kosovo) on Monday.",
        "[Kosovo](actor:Kosovo) rejected the proposal.",
        "[Kosovo](actor:Kosovo) declared independence. Riots later broke out in [Kosovo](place:Kosovo).",
        "[Russia](actor:Russia)’s aggression in [Ukraine](place:Ukraine) continues.",
        "The sanctions hit banks in [Russia](place:Russia) and [Belarus](place:Belarus).",
        "Protests spread across [Bosnia and Herzegovina](place:Bosnia and Herzegovina), [Montenegro](place:Montenegro), and [North Macedonia](place:North Macedonia).",
        "The drone landed in the [United States](place:United States) on Monday.",
        "[Serbia](actor:Serbia)'s government recalled its ambassador.",
        # capitals and metonyms as actors stand for their state
        "[Moscow](actor:Russia) denied any involvement.",
        "The [Kremlin](actor:Russia) said the talks had failed.",
        "The [Government of the DRC](actor:Democratic Republic of the Congo) rejected the offer.",
        "[Belgrade](actor:Serbia) and [Pristina](actor:Kosovo) resumed talks.",
        "[Kyiv](actor:Ukraine) accused [Moscow](actor:Russia) of shelling the plant.",
        "[Moscow](actor:Russia)'s envoy met officials in [Belgrade](place:Belgrade).",
        "The embassy in [Moscow](place:Moscow) was closed.",
        "The [London](place:London) club announced the signing on Tuesday.",
        "She won 11 matches on the [Madrid](place:Madrid) clay.",
        "Government forces attacked the [Rapid Support Forces](actor:Rapid Support Forces) on [El Fasher](place:El Fasher) on Tuesday.",
        # canonical names
        "The [EU](actor:European Union) imposed new sanctions on [Russia](actor:Russia).",
        # a title is no part of the name it opens
        "Commodore [Jay Tarriela](actor:Jay Tarriela) said the vessel was rammed.",
        "Ombudswoman [Iris Marin](actor:Iris Marin) called on the army to withdraw.",
        # Japanese names also come family name first, as Tokyo and US readouts write them
        "Prime Minister of [Japan](actor:Japan) [Ishiba Shigeru](actor:Shigeru Ishiba) visited Manila.",
        "[Serbian](actor:Serbia) officials rejected the plan.",
        "[Britain](actor:United Kingdom) should sign security agreements with [Kosovo](actor:Kosovo).",
        "[NATO](actor:NATO) began a military operation in March 1999.",
        # armed groups under their other transliterations
        "The [Tehreek-e-Taliban Pakistan](actor:Tehrik-i-Taliban Pakistan) claimed the attack.",
        # the descriptions wire copy gives UN agencies
        "[Iran](actor:Iran) halted cooperation with the [UN nuclear watchdog](actor:International Atomic Energy Agency).",
        # a state's military named by its common noun stands for the state, its police is the national police
        "The [Chinese military](actor:China) said it had held drills.",
        "The [U.S. military](actor:United States) struck two sites on Friday.",
        "[Serbia's military](actor:Serbia) was put on alert.",
        "[Indonesian police](actor:Indonesian National Police) arrested the attacker on Friday.",
        # places joined before a plural subdivision noun are those subdivisions
        "Of those killed, 4,262 were in [Donetsk](place:Donetsk Oblast) and [Luhansk](place:Luhansk Oblast) Oblasts.",
        "Troops left the [Kursk](place:Kursk Oblast) and [Belgorod](place:Belgorod Oblast) regions.",
        # places with directions and unknown names after a locative
        "Gunmen attacked a monastery in [northern Kosovo](place:Kosovo).",
        "Gunmen stormed a village in [Banjska](place:Banjska), [northern Kosovo](place:Kosovo).",
        "The attack in [Banjska](place:Banjska) killed three.",
        "[Serbian](actor:Serbia) forces withdrew from [Kosovo](place:Kosovo) in June 1999.",
        # ambiguous state names need political context
        "[Russia](actor:Russia), [Serbia](actor:Serbia) and [Chad](actor:Chad) signed the deal.",
        "[Turkey](actor:Turkey) intercepted a drone near its border.",
        # a headline capitalises its verb: no name of a thing
        "[Russia](actor:Russia) Strikes Kyiv Bridge Overnight",
        # only a one-word name that is also a word is ambiguous: not "Türkiye", "DRC"
        "The talks with [Türkiye](actor:Turkey) were useful.",
        ("The leaders met in [Brussels](place:Brussels) on 5 May 2024."),
        ("[Belgrade](actor:Serbia) and [Pristina](actor:Kosovo) resumed talks in [Brussels](place:Brussels)."),
        ("Thousands fled to [Kosovo](place:Kosovo) in 1999."),
        ("The injured were flown to [Nairobi](place:Nairobi) for treatment."),
        ("Drones struck the [Kalma](place:Kalma) displacement camp on Monday."),
        ("Marines trained on the coasts of [Estonia](place:Estonia) and [Latvia](place:Latvia)."),
        ("Flights from [Moscow](place:Moscow) to [Belgrade](place:Belgrade) resumed."),
        # a listed place is no organisation for its head noun
        ("They discussed the violence in the [West Bank](place:West Bank)."),
        # a message is sent to its recipient, not to a place
        ("[Kyiv](actor:Ukraine) sent a letter to [Moscow](actor:Russia) on Monday."),
        # 'at' after a verb of aiming names a target, 'from' after a state's agents their state
        "Hamas fired rockets at [Israel](actor:Israel) on Monday.",
        "Houthi forces launched drones at [Riyadh](actor:Saudi Arabia) and [Abu Dhabi](actor:United Arab Emirates).",
        "The minister lashed out at [Washington](actor:United States) over the tariffs.",
        "Shells were fired at [Kabul](place:Kabul) airport.",
        "The summit at [Vienna](place:Vienna) ended on Friday.",
        "Officials from [Iran](actor:Iran) met in [Vienna](place:Vienna).",
        "Investigators from [Germany](actor:Germany), [Spain](actor:Spain) and the [United States](actor:United States) took part in the raids.",
        "Two agencies from [Brazil](actor:Brazil) opened an inquiry.",
        "Serbia agreed to withdraw its military and police forces from [Kosovo](place:Kosovo).",
        "Refugees from [Syria](place:Syria) crossed the border.",
        "Outside of [Australia](place:Australia), the chain limited sales.",
        "The jet landed at a base southwest of [Kyiv](place:Kyiv) on Friday.",
        # a name before a place's noun, or after one and 'of', is a place, no person or body
        "Rebels captured the town of [Masisi](place:Masisi) overnight.",
        "Gunmen fled to the [Abu Sitta](place:Abu Sitta) neighbourhood.",
        "Troops were deployed to [Falcon](place:Falcon) state.",
        "Residents fled to [Norte de Santander](place:Norte de Santander) province.",
        # ... not a leader's name before "camp" or "base"
        "The [Trump](actor:Donald Trump) camp dismissed the poll.",
        # a state's or a place's name before a site's word names the site
        "The police allowed only a rally in [Victoria Park](place:Victoria Park).",
        "The frigate anchored in [Manila Bay](place:Manila Bay) overnight.",
        # those who rule from a capital are its state
        "The authorities in [Kabul](actor:Afghanistan) banned the protest.",
        "Local authorities in [Kyiv](place:Kyiv) closed the metro.",
        "The bloc gave the junta in [Niamey](actor:Niger) a deadline.",
        # a comment or criticism from a capital comes from its government
        "There was no immediate comment from [Moscow](actor:Russia).",
        "The move drew criticism from [Ankara](actor:Turkey).",
        # a list after 'from' and a giver or a state's agents is of parties too
        "The plan received funding from [Norway](actor:Norway) and [Canada](actor:Canada).",
        "It pledged support from the [United States](actor:United States), [Japan](actor:Japan) and the [Philippines](actor:Philippines).",
        "The force includes contingents from [Ghana](actor:Ghana), [Chad](actor:Chad) and [Togo](actor:Togo).",
        "Migrants from [Tunisia](place:Tunisia) arrived by boat.",
        # a body named by the end of a longer name given before
        "The United Nations Security Council met, and diplomats said the [Security Council](actor:United Nations Security Council) would vote.",
        # a direction that shares its place's name with the listed one after 'and'
        "Fighting spread across [North](place:North Kivu) and [South Kivu](place:South Kivu).",
        # a line between lands locates them; a list of demonyms before their land's noun is of places
        "The power cable between [Greece](place:Greece) and [Bulgaria](place:Bulgaria) was cut by an anchor.",
        "Talks between [Greece](actor:Greece) and [Bulgaria](actor:Bulgaria) resumed.",
        "Gangs operate near the [Malian](place:Mali) and [Nigerien](place:Niger) borders.",
        # a list after a locative goes on past a listed name with words in lower case
        "Parts were sold to traders in the [Republic of Korea](place:South Korea), [Chile](place:Chile) and [Peru](place:Peru).",
        "The army withdrew its units from [Kosovo](place:Kosovo) and [Serbia](place:Serbia).",
        # acronyms in title case, as British and agency style writes them; 'Dominican' is
        # of the Dominican Republic
        "[Nato](actor:NATO) warned [Russia](actor:Russia) over the drills.",
        "[Ecowas](actor:Economic Community of West African States) lifted sanctions on [Niger](actor:Niger).",
        "[Dominican](actor:Dominican Republic) officials arrested two men.",
        "[Bujumbura](actor:Burundi) accused [Kigali](actor:Rwanda) of backing rebels.",
        "The [MILF](actor:Moro Islamic Liberation Front) signed a peace deal with [Manila](actor:Philippines).",
        # an armed group makes a text political: the ambiguous name is the state
        "The YPG accused [Turkey](actor:Turkey) of shelling villages.",
        "The RSF accused [Chad](actor:Chad) of arming the army.",
        # a list of places runs over a listed one to an unknown one
        "Troops were deployed near [Kupiansk](place:Kupiansk) and [Vovchansk](place:Vovchansk).",
        # a state's body named for another state is that state's own body of the name
        "[Libya's House of Representatives](actor:House of Representatives) voted.",
        "The [Nigerian House of Representatives](actor:House of Representatives) passed the bill.",
        "The [House of Representatives](actor:United States House of Representatives) passed the bill.",
        "[America's House of Representatives](actor:United States House of Representatives) voted.",
        # what an attack lands on or a visit goes to is a place
        "[Russian](actor:Russia) missiles hit [Kyiv](place:Kyiv) overnight.",
        "[Xi Jinping](actor:Xi Jinping) will visit [Moscow](place:Moscow) next week.",
        "Thousands have fled [Sudan](place:Sudan) since April.",
        # what comes from a state that supplies it is the state's, no place
        "The rebels used rifles and ammunition from [Iran](actor:Iran) and [Belarus](actor:Belarus).",
        "The army relied on supplies from the [United States](actor:United States).",
        # a first-level subdivision's head ends a place's name no list holds
        "Landslides buried homes in [Qorvath Province](place:Qorvath Province) on Friday.",
        "Shelling hit the [Velmora Oblast](place:Velmora Oblast) of Ukraine overnight.",
        # two states joined by a dash before 'border' name the border, their names in order
        "Smugglers crossed the [Niger–Chad border](place:Chad–Niger border) at night.",
        "Patrols grew along the [Indian-Pakistani border](place:India–Pakistan border).",
        # an Arabic word for a cape, a valley, a monastery or a house opens a place's name
        "Turkish artillery pounded [Ras al-Ayn](place:Ras al-Ayn) overnight.",
        "The strike hit [Beit Hanoun](place:Beit Hanoun) overnight.",
        # ... and so does the Arabic article joined by a hyphen, unless someone bears the name
        "Coalition jets struck [Al-Hamdaniya Sufla](place:Al-Hamdaniya Sufla) overnight.",
        "[Ali al-Mahdi](actor:Ali al-Mahdi) led the party. [Al-Mahdi](actor:Ali al-Mahdi) was jailed in 1990.",
        "[Al Gore](actor:Al Gore) praised the deal.",
        "[Al-Marri](actor:Al-Marri) met the envoy in [Doha](place:Doha).",
        # a name before a place's noun, a feature's word or after 'in' is a place's
        "Shelling hit the [Hasbarra](place:Hasbarra) district overnight.",
        "Trucks were turned back at the [Velinda](place:Velinda) crossing.",
        "The plant lies in [Velmora Kast](place:Velmora Kast), officials said.",
        "The ice shelf off [Queen Anna Land](place:Queen Anna Land) is thinning.",
        "Melting is fastest under the [Pine Island Glacier](place:Pine Island Glacier).",
        # a road a state's goods go along
        "Grain was shipped via [Egypt](place:Egypt) to Europe.",
        "The tanker sank off the coast of [Yemen](place:Yemen).",
        # a state named before its envoy or its tariffs acts, whatever comes before
        "The minister briefed the visiting [U.S.](actor:United States) envoy on Monday.",
        "Exporters fret over [U.S.](actor:United States) tariffs on steel.",
        # a part of a state's land after its "'s" is located by the state
        "Storms battered [Kenya](place:Kenya)'s coast on Monday.",
        "Gunmen attacked a village in [Sudan](place:Sudan)'s western Darfur region.",
        # a region's states after a locative are a place
        "Fighting has spread to [Darfur](place:Darfur) states, the UN said.",
        "[Kenya](actor:Kenya)'s coast guard seized the boat.",
        "[Iran](actor:Iran)'s nuclear programme worries its neighbours.",
        # examples of lands after markets, or after countries a locative opens
        "Cases rose in 12 countries, including [Brazil](place:Brazil) and [Peru](place:Peru).",
        "Sales grew in markets such as [India](place:India) and [Brazil](place:Brazil).",
        "Countries such as [France](actor:France) and [Germany](actor:Germany) signed the pact.",
        # a people's word before a part of its land locates; before its goods it names no party
        "Floodwaters cut off dozens of [Indian](place:India) villages.",
        "[Chinese](actor:China) warships shadowed the convoy.",
        # the ends of a route
        "Flights between [Cairo](place:Cairo) and [Riyadh](place:Riyadh) resumed on Monday.",
        "Talks between [Moscow](actor:Russia) and [Kyiv](actor:Ukraine) stalled.",
        # what storms and quakes hit, rivers run through and travellers head for are places
        "A cyclone battered [Mozambique](place:Mozambique) and [Malawi](place:Malawi) on Friday.",
        "[Pakistan](place:Pakistan) was hit by devastating floods in 2022.",
        "[Kyiv](place:Kyiv) was hit by a barrage of missiles overnight.",
        "[Israel](actor:Israel) struck targets in Lebanon overnight.",
        "The Nile flows through [Sudan](place:Sudan) and [Egypt](place:Egypt).",
        "The team departed for [Japan](place:Japan) on Monday.",
        "The president toured [Vietnam](place:Vietnam) and [Cambodia](place:Cambodia) last year.",
        "Vaccination was delayed across Asia, including [India](place:India).",
        "Shipments fell in every major market except [India](place:India).",
        "[Lima](place:Lima)'s mayor announced new bus lanes.",
        "Residents of [Kabul](place:Kabul) queued for bread.",
        "Oleg Petrov, the mayor of [Minsk](place:Minsk), closed the schools.",
        "Gunmen struck in [Afghanistan](place:Afghanistan)'s [Zarkan province](place:Zarkan Province) on Monday.",
        # a land that records a measure or the weather is where it happens
        "[Japan](place:Japan) has recorded its hottest summer since 1898.",
        "[Kenya](place:Kenya), [Uganda](place:Uganda) and [Tanzania](place:Tanzania) recorded heavy rains this month.",
        "[Japan](actor:Japan) saw the launch as a threat.",
        "[Canada](place:Canada) is home to a quarter of the world's wetlands.",
        "[Chad](place:Chad), [Niger](place:Niger) and [Mali](place:Mali) are among the countries hardest hit by the drought.",
        "[Bolivia](place:Bolivia) holds the world's largest lithium reserves.",
        "Ring-tailed lemurs are native to [Madagascar](place:Madagascar).",
        "Remittances to [Nepal](place:Nepal) fell sharply.",
        "An [India](place:India)-bound tanker was seized.",
        # a state's army or security forces by their common noun stand for the state
        "The [Colombian army](actor:Colombia) freed the hostages.",
        "Clashes between militias and the [Iraqi security forces](actor:Iraq) went on.",
        # ... but a state acting in the same shapes stays a party
        "[Israel](actor:Israel) has closed its border with Egypt.",
        "[Pakistani](actor:Pakistan) interior minister Mohsin Naqvi said the talks failed.",
        "The situation in [Sudan](place:Sudan) demands urgent action.",
        "[Moscow](actor:Russia) was hit by a fresh round of Western sanctions.",
        "Leaders from 30 countries, including [Brazil](actor:Brazil) and [India](actor:India), signed the pact.",
        "[India](actor:India) is among the countries that abstained.",
        "[Saudi Arabia](actor:Saudi Arabia)'s production cuts angered Washington.",
        "[Israel](actor:Israel) pounds Gaza for a third day.",
        "Days after the earthquake, Israel struck [Syria](actor:Syria).",
        # people sent from a state act for it
        "Mediators from [Oman](actor:Oman) arrived on Monday.",
        # the Arabic article before a listed place's name is part of it
        "Fighting spread to [Al Hudaydah](place:Hodeidah) on Monday.",
        "Fighting spread to [Al-Hasakah](place:Al-Hasakah) on Monday.",
        # how far something reaches, and what is left, are places
        "The birds range as far north as [Canada](place:Canada) in summer.",
        "The retailer has no plans to leave [Thailand](place:Thailand).",
        # a border drawn with a state, or a region bordering one, locates
        "The town lies near the border with [Burkina Faso](place:Burkina Faso), officials said.",
        "The region, which borders [Venezuela](place:Venezuela), is a hub for smuggling.",
        # a town names its club in a sentence about sport, not where a locative places it
        "[Liverpool](actor:Liverpool F.C.) beat [Everton](actor:Everton F.C.) 2-1 on Sunday.",
        "[Marseille](actor:Olympique de Marseille) drew 1-1 with [Lyon](actor:Olympique Lyonnais) at home.",
        "The match in [Liverpool](place:Liverpool) ended late.",
        # ... as a club's short name too risky for an alias elsewhere does
        "[Celtic](actor:Celtic F.C.) beat [Rangers](actor:Rangers F.C.) 2-1 on Sunday.",
        # ... but not inside another name
        "[Texas](place:Texas) Rangers beat the Astros 5-2 on Sunday.",
        "[Marseille](place:Marseille) police arrested two men after the match.",
        # a state struck stays a party
        "[Israel](actor:Israel) struck [Iran](actor:Iran) overnight.",
        "Protests in [Barcelona](place:Barcelona) turned violent.",
        # a side's capital after 'pro-' or 'anti-' is no location
        "Lawmakers from the pro-[Beijing](actor:China) camp defended the bill.",
        "[Russia](actor:Russia) pulled its troops out of [Syria](place:Syria).",
        # a state or capital before a place noun, or after a territorial 'of', locates
        "The general was killed at a [Baghdad](place:Baghdad) airport.",
        "He will not allow the annexation of the [West Bank](place:West Bank).",
        "[Turkey](actor:Turkey) must halt drilling within the waters of [Cyprus](place:Cyprus).",
        # a list of places after a locative, with articles in it; a list has a conjunction
        "Arrests were made in [Canada](place:Canada), the [Czech Republic](place:Czech Republic), [Spain](place:Spain) and the [United Kingdom](place:United Kingdom).",
        "By fomenting crises in the Western Balkans, [Moscow](actor:Russia) seeks to divide its rivals.",
        "A car bomb hit a base in Maidan Shahr, [Afghanistan](place:Afghanistan).",
        # a list before a verb is its subject only where the locative opens the clause
        "Three planned attacks in [Turkey](place:Turkey), [Azerbaijan](place:Azerbaijan) and [Thailand](place:Thailand) were thwarted.",
        "“In [Kosovo](place:Kosovo), [Serbia](actor:Serbia) and [Russia](actor:Russia) have worked hand in hand,” the report states.",
        "A second build-up followed in both [Russia](place:Russia) and [Belarus](place:Belarus).",
        # an unknown name after 'into' is a place (but see test_no_place_nor_actor)
        "The convoy crossed into [Kadiivka](place:Kadiivka) on Monday.",
        # a list of unknown names after a locative or a plural place noun, with a conjunction
        "Patients came from the towns of [Beni](place:Beni), [Butembo](place:Butembo), [Mangina](place:Mangina), and [Katwa](place:Katwa).",
        "The districts of [Kalbajar](place:Kalbajar), [Lachin](place:Lachin) and [Zangilan](place:Zangilan) were returned.",
        # an unknown name that an apposition calls a place
        "He planned to make [Shusha](place:Shusha), a city of historical significance, the capital.",
        # a surname that a capital shares is the person once named, where no place stands
        "Police officer Sudesh Amman was hurt. Officers said [Amman](actor:Sudesh Amman) was 20. The king spoke in [Amman](place:Amman).",
        # a hyphen after an abbreviation joins two states as it does after letters
        "The [U.S.](actor:United States)-[Japan](actor:Japan) alliance is strong.",
        "[U.S.](actor:United States)-backed forces captured the town.",
        # a wire dateline names where the story was filed
        "[KYIV](place:Kyiv), [Ukraine](place:Ukraine) (Reuters) - Russian drones struck the port.",
        "[TAIPEI](place:Taipei) - Chinese warships staged drills near [Taiwan](place:Taiwan) on Saturday.",
        "[YAOUNDE](place:Yaoundé), May 4, 2025 (Reuters) - Police arrested 12 protesters.",
        # every capital of a list after a verb of visiting
        "The delegation visited [Kigali](place:Kigali), [Kinshasa](place:Kinshasa) and [Luanda](place:Luanda).",
        # an unknown place after a locative, its Arabic article in lower case
        "Fighters gathered in [al-Qusayr](place:al-Qusayr) on Monday.",
        "GOMA, [Democratic Republic of Congo](place:Democratic Republic of the Congo) (AP) — M23 rebels seized the town.",
        # ... not a headline's list, nor a paragraph that opens with acronyms
        "[NATO](actor:NATO), the [EU](actor:European Union) and the UN - all three condemned the coup.",
        "[US](actor:United States) - [China](actor:China) talks failed.",
        "[NATO](actor:NATO) - [Russia](actor:Russia) talks failed on Monday.",
        # a capital where one works is still a place
        "He studied at Cambridge and worked at [Brussels](place:Brussels).",
        # a workplace or a company's shares are no place; a disease spreads to a place
        "Anna Berg, an analyst at [Kepler Cheuvreux](actor:Kepler Cheuvreux), said the deal was fair.",
        "Cholera spread to [Sudan](place:Sudan) in May.",
        # a named part of a city is its own place
        "Crowds gathered in [North Mitrovica](place:North Mitrovica) on Monday.",
        # what travellers pass through, or are welcomed to, a state's land by its count
        "Fighters were moved through [Niger](place:Niger) and [Mali](place:Mali) last year.",
        "The minister looked forward to welcoming her counterpart to [Washington](place:Washington, D.C.).",
        "Floods hit 6 of [Kenya](place:Kenya)'s 47 counties.",
        # a name before a site's noun, or names before its plural
        "Exports resumed from the [Marsa Tolan](place:Marsa Tolan) terminal.",
        "Fires broke out near the [Qarun](place:Qarun) gas field.",
        "Cases rose in the [Kordo](place:Kordo) and [Tabri](place:Tabri) districts.",
        # a water's name before a subdivision's noun names the subdivision
        "Thousands fled to Port Sudan in [Red Sea](place:Red Sea) state.",
        # a place before '-based' or '-listed' sites a business; '-backed' names a backer
        "The [Oslo](place:Oslo)-based company said profits rose.",
        "A [London](place:London)-listed miner cut jobs, while the [Beijing](actor:China)-backed council rejected the plan.",
        # a later mention by a family name written first, or by a surname without its Arabic
        # article; of two people so named, the last named in full
        "Foreign Minister Wang Yi met the envoy. [Wang](actor:Wang Yi) said ties were stable.",
        "General Abdel Fattah al-Burhan met the envoy. [Burhan](actor:Abdel Fattah al-Burhan) said the war would go on.",
        "Kim Jong Il died in 2011. Kim Jong Un took power. [Kim](actor:Kim Jong Un) later met Moon Jae-in.",
    ],
)
def test_role_and_name(annotate, markup, tagged):
    text, mentions = markup(tagged)
    doc = annotate(text)
    for start, end, surface, tag in mentions:
        role, name = tag.split(":", 1)
        found = spans_at(doc, ROLES[role]).get((start, end))
        assert found is not None, f"{surface!r} is not an {role}: {ROLES[role]} = {[s.text for s in doc.spans['claimx_' + ROLES[role]]]}"
        assert found.id_ == name
        assert (start, end) not in spans_at(doc, OTHER[role]), f"{surface!r} is also in {OTHER[role]}"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("The Trump administration imposed new tariffs.", "Trump administration", "Trump Administration"),
        ("The Biden-Harris Administration delivered vaccines.", "Biden-Harris Administration", "Biden Administration"),
    ],
)
def test_leader_administration(annotate, group, text, surface, name):
    """A leader's name before 'administration' is the government they lead, not the leader."""
    actors = group(annotate(text), "actors")
    assert (surface, "organization", name) in actors
    assert not [a for a in actors if a[1] == "person"]


@pytest.mark.parametrize(
    ("text", "branch", "state"),
    [
        ("Save the Children Italy said the boats were turned away.", "Save the Children Italy", "Italy"),
        ("The stores had no plans for limits, ABC Australia reported.", "ABC Australia", "Australia"),
        ("Unilever Indonesia raised its prices.", "Unilever Indonesia", "Indonesia"),
        # a civic body's branch
        ("A spokeswoman for Clean Air Coalition Kenya said the law was weak.", "Clean Air Coalition Kenya", "Kenya"),
    ],
)
def test_company_branch_in_a_state(annotate, group, text, branch, state):
    """A listed company or charity, or a civic body, with a state's name right after it is
    its branch there, one organisation, and the state is no party."""
    actors = group(annotate(text), "actors")
    assert (branch, "organization", branch) in actors
    assert not [a for a in actors if a[2] == state]


@pytest.mark.parametrize(
    "text",
    [
        "Siemens Germany Day drew crowds.",  # a name goes on after the state
        "The contract gave Huawei Iran's entire 5G network.",  # the state owns what follows
        "Human Rights Watch Iran director Sara Ahmadi said the law was harsh.",  # a role for the state
    ],
)
def test_company_then_state_apart_is_no_branch(annotate, group, text):
    assert not [a for a in group(annotate(text), "actors") if a[1] == "organization" and " " in a[0] and a[0].split()[-1] in {"Germany", "Iran"}]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a capital opening an event's name is no actor
        ("She beat the record set at the 2003 London Marathon.", "London"),
        # "States" in an index's name says nothing
        ("Somalia topped the Fund for Peace's Failed States Index.", "Failed"),
        # a people named as such, and a state's money, are no state acting
        ("Ethnic Albanians protested in the north on Sunday.", "Albanians"),
        ("Native American voters sued the county.", "American"),
        ("The bank moved billions of U.S. dollars through shell firms.", "U.S."),
        # a people's members are no state acting
        ("The Albanian community in the north boycotted the vote.", "Albanian"),
        ("The Serb majority in the north boycotted the vote.", "Serb"),
        # a region's word before a noun of states names a kind of state
        ("Analysts said the Gulf state had little room to manoeuvre.", "Gulf"),
        ("Gulf states pledged $2 billion to rebuild the port.", "Gulf"),
        # nor names of peoples or faiths before villages, nor a tournament's field
        ("Fighting spread to the Alawite and Druze villages, officials said.", "Alawite"),
        ("The players in the Ryder Cup field arrived on Monday.", "Ryder Cup"),
        # a state as a yardstick
        ("The reserve covers an area about the size of Belgium.", "Belgium"),
        # a people's word that names a language
        ("The leaflets were printed in Spanish and Portuguese, the group said.", "Spanish"),
        ("The statement, issued in Russian, denied the claims.", "Russian"),
        ("Russian-speaking residents fled the town, officials said.", "Russian"),
        ("Most Turkish speakers in the town voted for him.", "Turkish"),
        # a state's army named by its common noun only modifies a noun
        ("Turkish army deployments near the border grew.", "Turkish army"),
        # a state's or a people's goods and measures name no party
        ("Germany's retail sales fell 1.2 percent in May.", "Germany"),
        ("Colombian coffee prices rose on frost fears.", "Colombian"),
        # a demonym that opens an event's name, a thing named after a person
        ("Swiatek is the top seed at the Italian Open next week.", "Italian"),
        # a place joined by a hyphen to an unlisted name opens a company's name
        ("Cleveland-Cliffs raised its offer for U.S. Steel.", "Cleveland"),
        # what an inquiry goes into is no place
        ("The investigation into Burisma had been inactive for a year.", "Burisma"),
        # a name after a comma continues a list only where the list has a conjunction
        ("In Gorna, Banjska was quiet on Monday.", "Banjska"),
        # a publication, an undertaking or a legal instrument is no place
        ("In findings published on Monday in Nature Sustainability, researchers reported a coating.", "Nature Sustainability"),
        ("He had complications from participation in Project MKUltra.", "Project MKUltra"),
        ("Shares in Halvorsen fell 3 percent on Monday.", "Halvorsen"),
        ("KYIV, Ukraine (Reuters) - Russian drones struck the port.", "Reuters"),
        ("KYIV, March 14 (Reuters) - Russian drones struck the port.", "Reuters"),
        ("KYIV, Oct 5, 2025 (Reuters) - Russian drones struck the port.", "Reuters"),
        ("BEIJING/TAIPEI, Oct 14 (Reuters) - China launched drills around Taiwan.", "Reuters"),
        ("GOMA, Democratic Republic of Congo (AP) — M23 rebels seized the town.", "AP"),
        # a body's common noun after a locative is no place
        ("He testified in Court on Monday.", "Court"),
        # ... but a list that a person's name ends is none of places
        ("A couple from Florida, Richard and Lisa Parry, drove to the capital.", "Richard"),
        ("Drones struck Kharkiv and Ukrenergo said power was cut.", "Ukrenergo"),
        # a title-case form that is a word or a surname is no acronym
        ("Pace adopted a resolution.", "Pace"),
        # ... nor is an acronym inside a longer code or a name in capitals
        ("PORT-AU-PRINCE (Reuters) - Gangs burned a police station.", "AU"),
        ("The fighters of the CMA-DPA coalition withdrew.", "DPA"),
        ("Health officials said the RTS,S vaccine was safe.", "RTS"),
        ("The action is being taken pursuant to Executive Order 14024.", "Executive Order"),
        # a state's name or demonym that opens the name of an event
        ("The Japanese Grand Prix was cancelled because of the typhoon.", "Japanese"),
        ("Fans lined the route as the Tour de France reached Paris.", "France"),
        ("The Africa Cup of Nations opens in Rabat in December.", "Africa"),
        # a weapon system, a treaty named after a person, a feast
        ("Israel's Iron Dome intercepted most of the rockets.", "Iron Dome"),
        ("The Abraham Accords normalised ties between Israel and Bahrain.", "Abraham Accords"),
        ("A truce for Eid al-Fitr was agreed on Sunday.", "Eid al-Fitr"),
        # ... not a club's short name inside another name, nor a given name that opens a place's
        ("Texas Rangers beat the Astros 5-2 on Sunday.", "Rangers"),
        ("Golden State scored 120 points on Sunday.", "Golden State"),
        # a law named after people is no person
        ("The suit was filed under the Sherman Antitrust Act and the Clayton Act.", "Sherman Antitrust Act"),
        # a name that a field's or a time's noun follows names a kind of thing
        ("She has the best average in Test history.", "Test"),
    ],
)
def test_no_place_nor_actor(annotate, text, surface):
    doc = annotate(text)
    found = [s.text for key in ("claimx_places", "claimx_actors") for s in doc.spans[key]]
    assert not [f for f in found if surface in f], found


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The EU imposed new sanctions on Russia.", "EU", "organization"),
        ("The Kremlin said the talks had failed.", "Kremlin", "state"),
        ("Moscow denied any involvement.", "Moscow", "state"),
        ("The Kosovo Liberation Army launched an insurgency.", "Kosovo Liberation Army", "group"),
        ("President Aleksandar Vučić met the envoy.", "Aleksandar Vučić", "person"),
        # political parties by their native short names and acronyms
        ("Fidesz won a fourth term.", "Fidesz", "organization"),
        ("Kurti's Vetëvendosje led the vote, ahead of the LDK.", "LDK", "organization"),
        # social media handles of listed people and organisations
        ("I am encouraged by Prime Minister @netanyahu’s positive response.", "@netanyahu", "person"),
        ("Thank you @realDonaldTrump for the plan.", "@realDonaldTrump", "person"),
        ("@NATO said the drills would go ahead.", "@NATO", "organization"),
        # a listed name with the other apostrophe
        ("The strikes targeted al-Qa’ida in the region.", "al-Qa’ida", "group"),
        ("Hay’at Tahrir al-Sham took the city.", "Hay’at Tahrir al-Sham", "group"),
    ],
)
def test_actor_kind(annotate, text, surface, kind):
    doc = annotate(text)
    assert [a.label_ for a in doc.spans["claimx_actors"] if a.text == surface] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Chad Smith played the drums.",
        "Jordan scored twice in the second half.",
        "We ate turkey at the festival.",
        "Georgia fired its head coach after the loss.",
    ],
)
def test_ambiguous_state_name_outside_political_text_is_no_actor(annotate, text):
    doc = annotate(text)
    assert list(doc.spans["claimx_actors"]) == []
    assert list(doc.spans["claimx_places"]) == []


@pytest.mark.parametrize(
    "tagged",
    [
        # names of two words or more are found printed in capitals
        "ACRC is overseen by the already designated [MINISTRY OF THE INTERIOR OF CUBA](actor:Ministry of the Interior).",
        "[REVOLUTIONARY ARMED FORCES OF CUBA](actor:Cuban Revolutionary Armed Forces) units were deployed.",
        "FACT SHEET: [UNITED STATES](actor:United States) AND [EUROPEAN UNION](actor:European Union) ACT",
    ],
)
def test_name_in_capitals(annotate, markup, tagged):
    test_role_and_name(annotate, markup, tagged)


@pytest.mark.parametrize(
    "text",
    [
        "The armed forces and the national guard withdrew.",  # lowercase: a common noun phrase
        "The Armed forces of cuba withdrew.",  # neither the gazetteer's spelling nor all in capitals
    ],
)
def test_case_variants_that_are_no_names(annotate, text):
    assert list(annotate(text).spans["claimx_actors"]) == []


def test_nested_state_inside_organisation(annotate, group):
    """'Russian Ministry of Defence' is also a mention of Russia."""
    doc = annotate("The Russian Ministry of Defence denied the report.")
    actors = group(doc, "actors")
    assert ("Russian", "state", "Russia") in actors
    assert any(label == "organization" and "Ministry of Defence" in text for text, label, _ in actors)


def test_no_state_where_an_organisation_works(annotate, group):
    """A body named after where it works does not speak for that state."""
    actors = group(annotate("A Serbian soldier of the UN Interim Force in Lebanon died."), "actors")
    assert "Lebanon" not in [name for _, label, name in actors if label == "state"]
    assert ("Serbian", "state", "Serbia") in actors


def test_a_body_of_another_states_capital_is_not_the_listed_states(annotate, group):
    """A listed state's body named after another state's capital is that state's body."""
    actors = group(annotate("Seoul's Joint Chiefs of Staff said the missile flew 600 km."), "actors")
    assert "United States" not in [name for _, label, name in actors if label == "state"]
    assert ("Seoul", "state", "South Korea") in actors


@pytest.mark.parametrize(
    ("text", "company", "state"),
    [
        ("He contributed to Agence France-Presse for years.", "Agence France-Presse", "France"),
        ("Tesco left its joint venture with China Resources Holdings.", "China Resources Holdings", "China"),
        # nor is a party, an association or a network named after a state, not being its body
        ("The Serbian Progressive Party won the vote.", "Serbian Progressive Party", "Serbia"),
        ("The British Medical Association warned of strikes.", "British Medical Association", "United Kingdom"),
        # nor an exchange named after its city
        ("The Nairobi Coffee Exchange suspended trading.", "Nairobi Coffee Exchange", "Kenya"),
    ],
)
def test_no_state_inside_company(annotate, group, text, company, state):
    """A company, party or association named after a state is no mention of that state."""
    actors = group(annotate(text), "actors")
    assert (company, "organization", company) in actors
    assert state not in [name for _, label, name in actors if label == "state"]


def test_a_listed_exchange_is_its_company_not_its_state(annotate, group):
    actors = group(annotate("The firm is listed on the Tokyo Stock Exchange, the filing said."), "actors")
    assert ("Tokyo Stock Exchange", "organization", "Japan Exchange Group") in actors
    assert "Japan" not in [name for _, label, name in actors if label == "state"]


@pytest.mark.parametrize(
    ("text", "demonym", "actor"),
    [
        ("One database is owned by the Mexican company Cultura Colectiva.", "Mexican", False),
        ("Online British supermarket Ocado limited purchases.", "British", False),
        ("Swedish captain Andreas Granqvist scored from the spot.", "Swedish", False),
        ("Mexican forces arrested the cartel leader.", "Mexican", True),
        # a compass or region word makes it a region's
        ("Cuba is one of the Latin American countries where it is legal.", "American", False),
        ("The British government rejected the plan.", "British", True),
        # a singular demonym after an article stands for one person, as sports reports write
        ("The Belarusian world number two will face the American in the final.", "American", False),
        ("The Brazilian scored twice.", "Brazilian", False),
        ("“I played badly,” the Spaniard told reporters.", "Spaniard", False),
        ("The Serb saved two match points.", "Serb", False),
        ("The Serb leadership rejected the plan.", "Serb", True),
        ("The French said the deal was off.", "French", True),
        ("The EastMed pipeline is a Israeli-Cypriot-Greek effort.", "Israeli", True),
        ("The Italian, French and German leaders met in Rome.", "Italian", True),
        # in a text about sport a club is named by its people's word, unless the state plays
        ("Efes beat Real Madrid 80-75 in the league. The Turkish champions came back from 15 points down.", "Turkish", False),
        ("Tavares scored 16 points for the Spanish side in the league match.", "Spanish", False),
        ("Serbia beat Costa Rica 1-0 in the league. The Serbian side topped the group.", "Serbian", True),
        ("The Russian side said the talks in Geneva were useful.", "Russian", True),
        # a war's or a vote's words are none of sport
        ("Troops beat back an assault, and the rebels were defeated. The Turkish hosts said the talks would go on.", "Turkish", True),
        # a demonym after 'in' that goes on with a noun names no language
        ("Civilians in Russian-held areas were evacuated, officials said.", "Russian", True),
        ("Ukrainian Speaker Ruslan Stefanchuk said the vote was valid.", "Ukrainian", True),
        ("The leaflets were printed in Ukrainian and Russian, the group said.", "Russian", False),
    ],
)
def test_demonym_of_a_business_or_region_is_no_actor(annotate, group, text, demonym, actor):
    """A demonym that places a company or a performer, or a region's, names no state acting."""
    assert (demonym in [surface for surface, _, _ in group(annotate(text), "actors")]) is actor


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Kosovo and Serbia signed the Brussels Agreement in 2013.", "Brussels"),
        ("The terms of the Bishkek Protocol produced a frozen conflict.", "Bishkek"),
        ("Russia violated the Minsk agreements, Kyiv said.", "Minsk"),
        # over a numeral or title-case words
        ("The fighting broke the Minsk II agreement, monitors said.", "Minsk"),
        ("Senegal ratified the Rome Statute in 1999.", "Rome"),
        ("Both states signed the Helsinki Final Act.", "Helsinki"),
        ("The Paris Climate Agreement sets a goal for emissions.", "Paris"),
        # a body's own charter or convention
        ("The strikes violate the UN Charter, the minister said.", "UN"),
        ("Rights groups cited the United Nations Convention against Torture.", "United Nations"),
    ],
)
def test_capital_naming_a_treaty_is_no_actor(annotate, group, text, capital):
    """'the Brussels Agreement' names a treaty, not the EU or Belgium."""
    assert capital not in [surface for surface, _, _ in group(annotate(text), "actors")]


def test_a_capital_that_signs_a_treaty_still_acts(annotate, group):
    """A treaty's head later in the clause names no treaty after the capital."""
    assert "Moscow" in [surface for surface, _, _ in group(annotate("Moscow and Kyiv signed a grain agreement in Istanbul."), "actors")]


@pytest.mark.parametrize(
    ("text", "platform", "actor"),
    [
        ("Student protester Joshua Wong wrote on Twitter that the bill was dead.", "Twitter", False),
        ("Johnson told the public via Twitter that he would act.", "Twitter", False),
        ("Sanctions on Telegram were lifted.", "Telegram", True),
        ("The city council's Twitter account announced the curfew.", "Twitter", False),
        ("Analysts say Facebook accounts for most of the revenue.", "Facebook", True),
        ("Twitter suspended the account on Monday.", "Twitter", True),
    ],
)
def test_platform_as_medium_is_no_actor(annotate, group, text, platform, actor):
    """A platform that carries a message is no party to it; one acted upon is."""
    assert (platform in [surface for surface, _, _ in group(annotate(text), "actors")]) is actor


@pytest.mark.parametrize(
    ("text", "surface", "party"),
    [
        ("Puerto Rico's governor resigned on Friday.", "Puerto Rico", True),
        ("Hong Kong authorities withdrew the bill.", "Hong Kong", True),
        ("The government of Goa announced three days of mourning.", "Goa", True),
        ("Puerto Rico declared a state of emergency.", "Puerto Rico", True),
        ("Floods hit Texas on Monday.", "Texas", False),
        ("In Texas officials said the storm killed five.", "Texas", False),
    ],
)
def test_subdivision_governed_is_also_a_party(annotate, group, text, surface, party):
    """A subdivision or territory named as a polity acting is an actor as well as the place."""
    doc = annotate(text)
    assert surface in [s for s, _, _ in group(doc, "places")]
    assert (surface in [s for s, _, _ in group(doc, "actors")]) is party


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protests spread across Kyrgyzstan. Kyrgyzstan is poor. The government resigned on Monday.", "Kyrgyzstan"),
        ("Protests spread across Kyrgyzstan. The government resigned on Monday.", None),  # named once: no text about it
        ("Protests spread in Kenya. Kenya is tense. In Uganda, the government resigned.", "Uganda"),  # the sentence's own state first
    ],
)
def test_unqualified_government_is_the_state_the_text_is_about(annotate, group, text, name):
    governments = [n for s, _, n in group(annotate(text), "actors") if s.lower() == "the government"]
    assert governments == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a bare legislature is the one of the state the text is about
        ("Ghana passed a budget. Ghana is calm. Parliament approved the bill on Monday.", "Parliament", "Parliament of Ghana"),
        ("Kenya held talks. In Kenya, the bill now goes to parliament.", "parliament", "Parliament of Kenya"),
        ("Peru is in crisis. Peru voted. The Senate voted 60-40 on Tuesday.", "Senate", "Senate"),  # Peru has no senate
        ("The Senate voted 52-48 on Tuesday.", "Senate", "Senate"),  # no state in view
        ("She works in Parliament.", "Parliament", "Parliament"),  # a body, no place
        # a possessive or a demonym names the state's own
        ("Colombia's Senate approved the reform.", "Colombia's Senate", "Senate of Colombia"),
        ("The Kenyan parliament approved the budget.", "Kenyan parliament", "Parliament of Kenya"),
        ("Peru's Congress removed the president.", "Peru's Congress", "Congress of the Republic of Peru"),
    ],
)
def test_legislature_of_the_state_in_view(annotate, group, text, surface, name):
    assert (surface, "organization", name) in group(annotate(text), "actors")


@pytest.mark.parametrize("surface", ["United Nations Support Mission in Libya", "UN Support Mission in Libya", "U.N. Support Mission in Libya"])
def test_a_united_nations_body_in_every_style(annotate, group, surface):
    actors = group(annotate(f"The {surface} urged calm on Sunday."), "actors")
    assert (surface, "organization", "United Nations Support Mission in Libya") in actors


def test_a_scheme_named_after_a_capital_leaves_no_state(annotate, group):
    actors = group(annotate("Aid was channelled through the Kyiv Recovery Fund last year."), "actors")
    assert "Ukraine" not in [name for _, label, name in actors if label == "state"]


def test_an_embassy_is_a_body_of_its_state_seated_in_a_place(annotate, group):
    doc = annotate("The Dutch Embassy in Rabat said it was monitoring the case.")
    assert ("Dutch Embassy in Rabat", "organization", "Dutch Embassy in Rabat") in group(doc, "actors")
    assert ("Dutch", "state", "Netherlands") in group(doc, "actors")
    assert ("Rabat", "place", "Rabat") in group(doc, "places")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Turkey's Defence Ministry said it had hit 12 targets.", "Defence Ministry", "Ministry of National Defense"),
        ("Serbia's Interior Ministry said the officer was missing.", "Interior Ministry", "Ministry of Internal Affairs"),
    ],
)
def test_a_body_after_its_states_possessive_is_that_states(annotate, group, text, surface, name):
    """Named as its demonym's form is: 'the Turkish Defence Ministry'."""
    assert (surface, "organization", name) in group(annotate(text), "actors")


@pytest.mark.parametrize("text", ["Libya's House of Representatives voted.", "The Libyan House of Representatives voted."])
def test_a_state_named_in_its_legislature_is_a_party(annotate, group, text):
    assert "Libya" in [name for _, kind, name in group(annotate(text), "actors") if kind == "state"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana voted. Ghana's budget was opposed by several Members of Parliament.",
        "Ghana voted. Ghana is calm. A new parliament will sit next year.",
        "Ghana voted. Ghana is calm. The parliament building was closed.",
    ],
)
def test_no_legislature_of_people_or_of_no_state(annotate, group, text):
    assert not [s for s, _, _ in group(annotate(text), "actors") if "arliament" in s]


@pytest.mark.parametrize(
    ("text", "surface", "service"),
    [
        ("Chinese military drills near Taiwan alarmed Japan.", "Chinese", "Chinese military"),
        ("An Indonesian police officer was stabbed.", "Indonesian", "Indonesian police"),
    ],
)
def test_service_noun_that_modifies_a_noun_leaves_the_demonym(annotate, group, text, surface, service):
    """'Chinese military drills' are China's, but no mention of the military as a party."""
    surfaces = [s for s, _, _ in group(annotate(text), "actors")]
    assert surface in surfaces
    assert service not in surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested three men in Belgrade on Tuesday.", "police"),
        ("The police have now declared it a terrorist incident.", "police"),
        ("The Metropolitan Police sealed off the street. The attacker was shot dead by police.", "Metropolitan Police"),
        ("Indonesian police said on Friday that police quickly detained the attacker.", "Indonesian National Police"),
    ],
)
def test_police_acting_on_their_own(annotate, group, text, name):
    """Plain 'police' who act or speak are a party, named as the force named before."""
    assert ("police", "organization", name) in [(s.lower(), label, n) for s, label, n in group(annotate(text), "actors")]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and police were warned to leave the area.",
        "Police spokesman Mariusz Ciarka said the mayor had died.",
        "He was taken to a police station.",
        "Armed police with dogs searched the block.",
        "Police have been deployed to the area.",
    ],
)
def test_police_that_act_not_are_no_actor(annotate, group, text):
    assert not any(s.lower() == "police" for s, _, _ in group(annotate(text), "actors"))


def test_no_state_inside_armed_group(annotate, group):
    """An armed group named after a state does not speak for it."""
    actors = group(annotate("The Islamic State of Iraq and the Levant claimed responsibility."), "actors")
    assert [name for _, label, name in actors if label == "state"] == []
    assert any(label == "group" for _, label, _ in actors)


@pytest.mark.parametrize(
    ("text", "surface", "organ", "state"),
    [
        ("The Pentagon said the drills would go ahead.", "Pentagon", "United States Department of Defense", "United States"),
        ("The IRGC seized a tanker on Friday.", "IRGC", "Islamic Revolutionary Guard Corps", "Iran"),
        ("The Royal Navy escorted the ship.", "Royal Navy", "Royal Navy", "United Kingdom"),
        ("The Joint Chiefs of Staff said the strike was a success.", "Joint Chiefs of Staff", "Joint Chiefs of Staff", "United States"),
    ],
)
def test_state_organ_is_also_its_state(annotate, group, text, surface, organ, state):
    """A body through which one state acts abroad or with force stands for that state too."""
    actors = group(annotate(text), "actors")
    assert (surface, "organization", organ) in actors
    assert (surface, "state", state) in actors


def test_body_seated_in_another_states_capital_is_not_the_listed_states(annotate, group):
    """'the Joint Chiefs of Staff in Seoul' are South Korea's, no mention of the United States."""
    actors = group(annotate("Pyongyang launched a missile, the Joint Chiefs of Staff in Seoul said."), "actors")
    assert not any(name == "United States" for _, _, name in actors)


@pytest.mark.parametrize("text", ["NASA said the launch would go ahead.", "The FDA approved the vaccine.", "Congress passed the bill."])
def test_agency_or_parliament_is_not_its_state(annotate, group, text):
    assert not any(label == "state" for _, label, _ in group(annotate(text), "actors"))


@pytest.mark.parametrize(
    "tagged",
    [
        # a town before its region: both are places, the town named without its region
        "A station in [Evans](place:Evans), [Colorado](place:Colorado) sold gas for $1.99.",
        "WBMA-TV ([Birmingham](place:Birmingham), [AL](place:Alabama)): prices in [Birmingham](place:Birmingham) drop.",
        "WMBD-TV ([Peoria](place:Peoria), [IL](place:Illinois)): [Peoria](place:Peoria) gas prices fall.",
        "He moved to [Paris](place:Paris), [Texas](place:Texas) in 1990.",
        # elsewhere the region may be any state or region of the town's country
        "Bombs struck a cathedral in [Jolo](place:Jolo), [Sulu](place:Sulu) on Sunday.",
        # an AP dateline city keeps its bare title
        "Prices fell in [Baltimore](place:Baltimore), [MD](place:Maryland) last week.",
    ],
)
def test_town_before_its_region(annotate, markup, tagged):
    test_role_and_name(annotate, markup, tagged)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Iowa, Nevada, Missouri and Texas went to the polls.",  # a list of states, not the town of Nevada, Missouri
        "The deal, IN our view, was fair.",  # a postal code counts only after a town of its state
        "Evans said the deal was done.",  # a town's name alone is no place
    ],
)
def test_no_town_without_its_region(annotate, text):
    doc = annotate(text)
    assert [s.id_ for s in doc.spans["claimx_places"] if "," in s.id_ or s.text == "IN"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Masisi overnight.",
        "Gunmen fled to the Abu Sitta neighbourhood.",
        "Residents fled to Norte de Santander province.",
    ],
)
def test_a_place_before_or_after_its_noun_is_no_actor(annotate, group, text):
    assert group(annotate(text), "actors") == []


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a name the United States' body shares with other states' is the state's in view
        ("Kenya is tense. Kenya voted. Ruto convened the National Security Council on Monday.", "National Security Council", "National Security Council"),
        ("Libya split in 2014. Libya has two governments. The House of Representatives moved to Tobruk.", "House of Representatives", "House of Representatives"),
        # ... not where the text names the United States or one of its own bodies
        ("Kenya voted. Kenya is calm. The United States said the National Security Council met.", "National Security Council", "United States National Security Council"),
        ("Kenya voted. Kenya is calm. The State Department said the National Security Council met.", "National Security Council", "United States National Security Council"),
    ],
)
def test_body_with_a_shared_name_belongs_to_the_state_in_view(annotate, group, text, surface, name):
    actors = group(annotate(text), "actors")
    assert (surface, "organization", name) in actors
    assert (name == "United States National Security Council") is ("United States" in [n for _, kind, n in actors if kind == "state"])


def test_a_body_names_the_longer_state_inside_it(annotate):
    doc = annotate("The Transitional Government of South Sudan met on Monday.")
    states = {s.id_ for s in doc.spans["claimx_actors"] if s.label_ == "state"}
    assert states == {"South Sudan"}
