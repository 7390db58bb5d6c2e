"""claimx_names: people after titles and by name shape, organisations by head noun;
later mentions by surname resolve to the full name (claimx_entities)."""

from __future__ import annotations

import pytest


# names that no gazetteer lists: claimx_names must find them from titles and shapes
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("President Zoran Petrović met the envoy.", "Zoran Petrović"),
        ("Mr Bunjaku denied the charges.", "Bunjaku"),
        ("Kosovo Police officer Afrim Bunjaku was killed.", "Afrim Bunjaku"),
        ("Secretary of Energy Jeffrey Kupfer visited Kyiv on Monday.", "Jeffrey Kupfer"),
        # British and Irish given names the US census lacks
        ("Alastair Pembry bowled two maidens.", "Alastair Pembry"),
        # a family name's ending tells a person whose given name no list holds
        ("Shahmar Gasimov met the envoy in Baku.", "Shahmar Gasimov"),
        # a one-word title after a given name, before no name, is a family name
        ("Ollie Pope scored a century at Lord's on Friday.", "Ollie Pope"),
        ("Harry Judge said the verdict was fair.", "Harry Judge"),
        # a listed club's one-word name after a given name is a surname
        ("Finance Minister Anna Mets presented the budget.", "Anna Mets"),
        # a title for a listed place: the name follows it
        ("They met French Ambassador to Niger Alexandre Garcia on Monday.", "Alexandre Garcia"),
        ("NASA Deputy Administrator Matthew Anderson signed the accords.", "Matthew Anderson"),
        ("The mayor of London, Sadiq Khan, thanked the police.", "Sadiq Khan"),
        ("It followed the visit of Under Secretary for Public Diplomacy Sarah Rogers.", "Sarah Rogers"),
        ("The delegation was led by Assistant to the President Dr. Liz Sherwood-Randall.", "Liz Sherwood-Randall"),
        # two or three names right after a demonym
        ("He was followed closely by Ethiopians Dejene Debela and Asefa Mengstu.", "Dejene Debela"),
        ("The President of Serbia Zoran Petrović met the envoy.", "Zoran Petrović"),
        ("“We will respond,” said Foreign Minister Jovan Ilić.", "Jovan Ilić"),
        ("John Kirby said the talks had failed.", "John Kirby"),
        ("The talks had failed, said John Kirby, a spokesman for the council.", "John Kirby"),
        ("Afrim Bunjaku, a police officer, was killed in the attack.", "Afrim Bunjaku"),
        ("Maria van der Berg said the bloc would act.", "Maria van der Berg"),
        # any reporting verb of the cues lexicon marks the name before it
        ("Study co-author and geochemist Seth Johnson remarked that the bloom was rare.", "Seth Johnson"),
        ("Regional Governor Mujiv Hataman condemned the attack.", "Mujiv Hataman"),
        # an occupation or relation before the name, as for titles
        ("The strike killed photojournalist Ziad al-Sharabi in the port.", "Ziad al-Sharabi"),
        ("The match referee Joel Aguilar awarded a penalty.", "Joel Aguilar"),
        ("Condolences came from his colleague Faisal al-Thubhani.", "Faisal al-Thubhani"),
        # a feast's word or an Arabic place word may be a given name or a surname
        ("Palestinian analyst Bassem Eid said the plan would fail.", "Bassem Eid"),
        ("Ras Baraka said the detention centre was unsafe.", "Ras Baraka"),
        # what a player does names the player, whatever the given name
        ("In the 35th minute, Xherdan Zuberi scored from the spot.", "Xherdan Zuberi"),
        # a known given name opens an unknown name
        ("In the 20th minute, Marcus Berg missed a chance to score.", "Marcus Berg"),
        ("Egypt's Sameh Shoukry met his counterpart Nikos Dendias.", "Nikos Dendias"),
        ("Korea substituted Park Joo-Ho in the 28th minute.", "Park Joo-Ho"),
        # a name that a role word with one more letter ends ('marshal'): only an 's' makes a plural
        ("Team captain Sam Marshall lamented the close loss.", "Sam Marshall"),
        # an unknown name joined by 'and' to a person, and the list a comma continues
        ("On June 17, volunteers Svitlana Klimenko and Yuriy Holovin were killed.", "Svitlana Klimenko"),
        ("The journalists Svitlana Klimenko, Oksana Zhuk and Yuriy Holovin were held.", "Oksana Zhuk"),
        ("The journalists Svitlana Klimenko, Oksana Zhuk and Yuriy Holovin were held.", "Svitlana Klimenko"),
        # a given name that a place or state also bears, before an unlisted surname
        ("Sofia Kenin beat the top seed in Adelaide.", "Sofia Kenin"),
        ("Georgia Stanway scored twice.", "Georgia Stanway"),
        # Ukrainian and Russian given names as English-language news romanises them
        ("Police detained Oleh Kovalenko near the station.", "Oleh Kovalenko"),
        ("The court summoned Svitlana Petrenko on Monday.", "Svitlana Petrenko"),
        # Arabic given names in the spellings of the Levant, the Gulf and the Maghreb
        ("A bomb attached to the car of Majid Shahriari exploded.", "Majid Shahriari"),
        ("The strike killed Tariq Hamdi in the port.", "Tariq Hamdi"),
        # more title words before the name; a hyphen is no word of the name
        ("Chelyabinsk regional Deputy Governor Oleg Klimov said 68 people were missing.", "Oleg Klimov"),
        ("The strike also killed commander Abu Mahdi al-Muhandis.", "Abu Mahdi al-Muhandis"),
        ("Milley called the Head of the Office of the President of Ukraine Andriy Kovalenchuk.", "Andriy Kovalenchuk"),
        # a lower-case role capitalised as the first word; a religious role and honorific
        ("Countryman Lawrence Cherono won the men's division.", "Lawrence Cherono"),
        ("Winger Bukayo Saka scored twice.", "Bukayo Saka"),
        ("Spinner Tom Hartley took three wickets.", "Tom Hartley"),
        # a scientist's profession, capitalised as the first word
        ("Ecologist Ryan Norris of the University of Guelph said the count was high.", "Ryan Norris"),
        # a plural title before a list of names
        ("The subpoena was issued by Representatives Eliot Engel, Adam Schiff and Elijah Cummings.", "Eliot Engel"),
        # business offices of several words
        ("Chief Financial Officer Tomasz Wierzbicki said margins improved.", "Tomasz Wierzbicki"),
        ("The bill was criticised by archbishop Monsenor Jorge Eduardo Scheinig.", "Jorge Eduardo Scheinig"),
        # lower-case syllables of a hyphenated given name
        ("“This is wrong,” Hong Kong director of Amnesty International Man-kei Tam said.", "Man-kei Tam"),
        ("Park Ji-sung, a former captain, said he was proud.", "Park Ji-sung"),
        # ... which count with the word before, and police ranks before a name
        ("Chief Executive Carrie Lam Cheng Yuet-ngor said the bill was dead.", "Carrie Lam Cheng Yuet-ngor"),
        ("Police Senior Superintendent Yolanda Yu Hoi-kwan said the officer fired.", "Yolanda Yu Hoi-kwan"),
        ("Detective Chief Inspector Sarah Jones said two men were arrested.", "Sarah Jones"),
        ("Erik ten Hag said the team was tired.", "Erik ten Hag"),
        # a family name written first, then the given name
        ("Zhao Leji met the delegation in Beijing.", "Zhao Leji"),
        ("The envoy met Choi Sung-hyun on Monday.", "Choi Sung-hyun"),
        # two names before 'of' and a state
        ("Yesterday, Karsten Warholm of Norway won the final.", "Karsten Warholm"),
        ("Third place went to Abderrahman Samba of Qatar.", "Abderrahman Samba"),
        # a listed one-word place or person inside a name after a title
        ("Police director Vladimir Rebic said 71 people were arrested.", "Vladimir Rebic"),
        ("Rubio met Libyan National Army Deputy Commander Saddam Haftar.", "Saddam Haftar"),
        ("Police officer Sudesh Amman was hurt.", "Sudesh Amman"),
        # a given name before a listed person's surname: another member of the family
        ("Trump asked Zelensky to investigate his son, Hunter Biden.", "Hunter Biden"),
        # ... or a listed place that ends a person's name
        ("They met Maria Santos in Lima on Monday.", "Maria Santos"),
        ("Michael Jordan bought a stake in the Charlotte Hornets.", "Michael Jordan"),
        ("Tom Jordan, the company's chief executive, resigned.", "Tom Jordan"),
        ("The officials included Johann Marfetán Medina, a former judge.", "Johann Marfetán Medina"),
        # a name after a verb that takes 'in', after a state's possessive, before a verb
        ("Parliament swore in Ruth Kamau as president.", "Ruth Kamau"),
        ("Kenya's Faith Kipyegon won gold in the 1500 metres.", "Faith Kipyegon"),
        ("Ahmed Karimi visited memorial sites in the city.", "Ahmed Karimi"),
        # ... or a middle name before more of the name
        ("On Tuesday Hassan Ahmadi Karimi and his guard were wounded.", "Hassan Ahmadi Karimi"),
        # an age or a verb of naming before a name no list holds
        ("The ship's 31-year-old Tendai Mukoko was among the crew.", "Tendai Mukoko"),
        ("The dead sailor was identified as Ronel Bagatsing by the navy.", "Ronel Bagatsing"),
        ("Police named the driver as Quarn Velisto on Friday.", "Quarn Velisto"),
        # particles: no word of the count, and a listed word after one is a surname
        ("Professor Ngozi Chukwu van den Berg said the data was clear.", "Ngozi Chukwu van den Berg"),
        ("Angola's Isabel dos Santos was sanctioned.", "Isabel dos Santos"),
        ('"We dominated," de la Fuente said.', "de la Fuente"),
        # a listed surname joined by a hyphen to the name before is part of a double surname
        ("She was greeted by Maria Lopez-Sarkozy, the mayor's wife.", "Maria Lopez-Sarkozy"),
        # a hyphenated name word counts once, and a name never ends on its particle
        ("The courier, Faris Nabil Abu-Hamdan al-Qasimi, was detained.", "Faris Nabil Abu-Hamdan al-Qasimi"),
    ],
)
def test_person(annotate, group, text, person):
    doc = annotate(text)
    assert (person, "person", person) in group(doc, "names")
    assert (person, "person", person) in group(doc, "actors")


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministers welcome the plan for peace.",
        "The Personal Envoy warned that the talks had stalled.",
        # a given name opening the name of a place or a work
        "The fires reached Carmel Valley on Monday.",
        "She hosted the Doris Day Show for five years.",
        "The Kurdish forces withdrew from Ain Issa and Tal Tamr.",
        "The crowd gathered at the Haram al-Sharif compound.",
        # the given names of a listed person are not a second person
        "Robert Gabriel Mugabe said the land would be returned.",
        # a thing named after a person, in lower case after the name
        "The agency's James Webb space telescope will study the planet.",
        # what a ship is named as is no person
        "The vessel was identified as Ocean Glory, a bulk carrier.",
        # an operation, a product's code, a name longer than a person's
        "Operation Spiderweb showed what the drones can do.",
        "The firm unveiled the Galaxy S26 at its event.",
        "The agency will launch the Nancy Grace Roman Space Telescope in 2027.",
        # a possessive opens no name by itself: a policy, a framework, a bay
        "The president rejected South Korea's Sunshine Policy.",
        "Per the agency's Monitored Emergency Use framework, clinics may give the drug.",
        "The study covered sharks in South Africa's False Bay.",
        # an age before a club's name and a role; the Arabic article before a place's name
        "The 29-year-old Real Sociedad midfielder scored twice.",
        "The fighting spread to Al Hudaydah and Al-Hasakah on Monday.",
        # a model's letters after a given name
        "The brigade launched three Iskander-M ballistic missiles at dawn.",
        # an office after a town's name that is also a given name
        "The Austin Mayor said the city would cut water use.",
        # a role's hyphenated compound opens no name
        "Student-led protests that began in spring have weakened the cabinet.",
    ],
)
def test_a_title_or_role_is_no_name(annotate, group, text):
    assert not [name for name in group(annotate(text), "names") if name[1] == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of names is one of people only after a plural noun or a role for them
        ("At Grupa Azoty, Svitlana Klimenko and Marek Nowak said the talks had failed.", "Grupa Azoty"),
        ("Nancy Pelosi and House Democrats met on Monday.", "House Democrats"),
    ],
)
def test_a_name_joined_to_a_person_outside_a_list_of_people_is_no_person(annotate, group, text, name):
    assert (name, "person", name) not in group(annotate(text), "names")


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("The Africa Centres for Disease Control and Prevention said cases rose.", "Prevention"),
        # the end of a hyphenated title; a company's name with a particle
        ("The Director-General said the vaccine was safe.", "General"),
        ("Critics at Gaz de France warned of shortages.", "Gaz de France"),
    ],
)
def test_the_last_word_of_a_longer_name_before_a_reporting_verb_is_no_name(annotate, group, text, piece):
    assert piece not in {text for text, _, _ in group(annotate(text), "names")}


# people the people gazetteer lists: the actor carries the canonical name
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("President Aleksandar Vučić met the envoy.", "Aleksandar Vučić", "Aleksandar Vučić"),
        ("Mr Thaci denied the charges.", "Thaci", "Hashim Thaçi"),
        # more of a listed person's own name after the listed word
        ("Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted the rate.", "Tuilaepa Sailele Malielegaoi", "Tuilaepa Aiono Sailele Malielegaoi"),
        ("“We will respond,” said Foreign Minister Sergey Lavrov.", "Sergey Lavrov", "Sergey Lavrov"),
        ("Ursula von der Leyen said the bloc would act.", "Ursula von der Leyen", "Ursula von der Leyen"),
        # given names spelled otherwise than the list spells them: the listed person
        ("Prime Minister Abdul Hamid Dbeibah said the talks had failed.", "Abdul Hamid Dbeibah", "Abdul Hamid Dbeibeh"),
        ("Rebel leader Ahmad al-Sharaa entered Damascus.", "Ahmad al-Sharaa", "Ahmed al-Sharaa"),
        # other given names before a listed surname: another person
        ("Mohammed al-Bashir said the government would resign.", "Mohammed al-Bashir", "Mohammed al-Bashir"),
    ],
)
def test_listed_person_gets_the_canonical_name(annotate, group, text, mention, name):
    assert (mention, "person", name) in group(annotate(text), "actors")


# a listed body and the state named before it are two mentions; an unlisted US federal
# body is named as its title spells it
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("The Russian Federal Security Service said the plot was foiled.", "Federal Security Service", "Federal Security Service"),
        ("The U.S. Federal Trade Commission opened an inquiry.", "Federal Trade Commission", "Federal Trade Commission"),
        ("The U.S. Geological Survey said the quake was shallow.", "U.S. Geological Survey", "United States Geological Survey"),
        ("US Airways Group said profits rose.", "US Airways Group", "US Airways Group"),
    ],
)
def test_organisation_gets_its_title(annotate, group, text, mention, name):
    assert (mention, "organization", name) in group(annotate(text), "actors")


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("The former president, Slobodan MILOSEVIC, was arrested in 2001.", "Slobodan MILOSEVIC", "Slobodan Milosevic"),
        ("The leader, Hashim THACI, resigned in 2020.", "Hashim THACI", "Hashim Thaci"),
    ],
)
def test_factbook_capitals_surname_is_title_cased(annotate, group, text, mention, name):
    assert (mention, "person", name) in group(annotate(text), "names")


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        ("President Aleksandar Vučić met the envoy. Vučić said the talks failed.", "Vučić", "Aleksandar Vučić"),
        ("Kosovo Police officer Afrim Bunjaku was killed. Bunjaku was 42.", "Bunjaku", "Afrim Bunjaku"),
        ("President Biden met Prime Minister Petteri Orpo. Orpo said Finland was ready.", "Orpo", "Petteri Orpo"),
        ("President Aleksandar Vučić met the envoy. VUCIC said the talks failed.", "VUCIC", "Aleksandar Vučić"),
        # the person this text names in full, not the listed one of that surname (Khalifa Haftar)
        ("Rubio met Deputy Commander Saddam Haftar. Haftar thanked him.", "Haftar", "Saddam Haftar"),
        # a surname that a capital shares, after the person is named
        ("Police officer Sudesh Amman was hurt. Officers said Amman was 20.", "Amman", "Sudesh Amman"),
        # a surname of two words
        ("Lawyer Nadia El Amrani filed the appeal. El Amrani said the verdict was unjust.", "El Amrani", "Nadia El Amrani"),
    ],
)
def test_surname_resolves_to_full_name(annotate, group, text, surname, full):
    actors = group(annotate(text), "actors")
    assert (full, "person", full) in actors
    assert (surname, "person", full) in actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Serbian Orthodox Church opened a school.", "Serbian Orthodox Church", "organization"),
        ("The state-run Indian Railways launched the service.", "Indian Railways", "organization"),
        ("The Kosovo Liberation Army launched an insurgency.", "Kosovo Liberation Army", "group"),
        ("The New Diplomacy Project published a report on the Balkans.", "New Diplomacy Project", "organization"),
        ("The Ministry of Foreign Affairs of Serbia issued a protest note.", "Ministry of Foreign Affairs of Serbia", "organization"),
        # the fields of a ministry, listed or joined by 'and' after a listed body's name
        ("The Ministry of Economy, Trade and Industry said exports fell.", "Ministry of Economy, Trade and Industry", "organization"),
        ("Officials of the Ministry of Internal Affairs and Communications attended.", "Ministry of Internal Affairs and Communications", "organization"),
        ("The Balkan Joint Expeditionary Force would deter attacks.", "Balkan Joint Expeditionary Force", "organization"),
        # a name between a determiner and a noun for a kind of organisation
        ("Analysts named the Dino chain among the buyers.", "Dino", "organization"),
        ("Salling will merge the stores into its Stokrotka chain.", "Stokrotka", "organization"),
        # a university with its campus
        ("The University of Hawaii at Mānoa sent a ship.", "University of Hawaii at Mānoa", "organization"),
        # a college with its city; a person before 'of' opens no longer name
        ("Dr. Tristan Smith of University College London explained the signals.", "University College London", "organization"),
        # a listed name inside a longer one
        ("According to the House of Commons Library, most prorogations were short.", "House of Commons Library", "organization"),
        # an armed unit's number opens its name
        ("The 47th Mechanized Brigade withdrew from Avdiivka.", "47th Mechanized Brigade", "group"),
        # a mission or office named after where it works
        ("The OSCE Mission in Kosovo expressed concern about the closures.", "OSCE Mission in Kosovo", "organization"),
        # a venue is a place
        ("Sweden faced South Korea at the Nizhny Novgorod Stadium.", "Nizhny Novgorod Stadium", "place"),
        ("Both explosions took place on Karl Marx Avenue.", "Karl Marx Avenue", "place"),
        ("A gunman opened fire at the Delmar Vista Mall on Saturday.", "Delmar Vista Mall", "place"),
        ("The vents lie on the Mohns Ridge, the survey said.", "Mohns Ridge", "place"),
        ("The Cubs lost at Wrigley Field on Sunday.", "Wrigley Field", "place"),
        ("The rocket lifted off from the Orlin Space Center at dawn.", "Orlin Space Center", "place"),
        ("The rocket lifted off from Orlin Space Center at dawn.", "Orlin Space Center", "place"),
        ("The Orlin Space Center said the launch was delayed.", "Orlin Space Center", "organization"),
        ('"The loans look cheap," said Omar Haddad, a fellow at the Halden Policy Center.', "Halden Policy Center", "organization"),
        # ... and so are seas, rivers and islands, which join no other name
        ("The tanker vanished in the Java Sea.", "Java Sea", "place"),
        ("Troops crossed the Dnipro River at Kherson.", "Dnipro River", "place"),
        ("Russia and Pechora Sea ports were shelled.", "Pechora Sea", "place"),
        # after a noun for a kind of organisation; a capital inside a word
        ("One database is owned by the Mexican company Cultura Colectiva.", "Cultura Colectiva", "organization"),
        ("The cybersecurity firm UpGuard found the databases.", "UpGuard", "organization"),
        ("Australian store chains Woolworths and Coles lowered their limits.", "Coles", "organization"),
        ("The chipmaker pressed retailers such as Kwikmart and Value Barn to stock its parts.", "Value Barn", "organization"),
        # an unknown name in a list with listed companies is one too
        ("Buyers such as Sony, Zentrix and Hitachi signed exclusive deals.", "Zentrix", "organization"),
        # a legal form ends a company's name; a common word that opens the sentence is none of it
        ("Volta Weaving Limited cut jobs.", "Volta Weaving Limited", "organization"),
        # a state's name may open a name before a noun for its kind
        ("The UK Coastal Trade Watch agency said a ship was hit.", "UK Coastal Trade Watch", "organization"),
        ("Shares of Brakton Inc. fell 3%.", "Brakton Inc.", "organization"),
        ("Shares of Nvidia, Intel or Quorvo fell.", "Quorvo", "organization"),
        # a head noun after a titled person's name opens no longer name
        ("They met French Ambassador to Niger Alexandre Garcia and Barkhane Force Commander Laurent Michon.", "Barkhane Force", "organization"),
        # a hyphenated name before the head; a listed name ends the tail
        ("The Export-Import Bank of the United States for Telekom Srbija approved a loan.", "Export-Import Bank of the United States", "organization"),
        # a cartel is an armed group
        ("The Tijuana Cartel is a violent criminal group.", "Tijuana Cartel", "group"),
        # a name before 'of' or 'for' that opens the phrase belongs to the head's name
        ("The Great Orchestra of Christmas Charity raised money.", "Great Orchestra of Christmas Charity", "organization"),
        ("The Cinema for Peace Foundation paid for the flight.", "Cinema for Peace Foundation", "organization"),
        # names that open with their head, as in Romance languages
        ("He heads the DRC's Institut National de Recherche Biomédicale in Kinshasa.", "Institut National de Recherche Biomédicale", "organization"),
        ("The Frente Polisario rejected the plan.", "Frente Polisario", "group"),
        # where a professional works
        ("Anna Berg, an analyst at Kepler Cheuvreux, said the deal was fair.", "Kepler Cheuvreux", "organization"),
        # business heads: an unknown company before a reporting verb is no person
        ("Halvorsen Foods said on Thursday it had agreed to buy the dairy.", "Halvorsen Foods", "organization"),
        ("Cerebrion Systems reported higher sales.", "Cerebrion Systems", "organization"),
        ("The Global Ocean Drilling Collaboration funded the survey.", "Global Ocean Drilling Collaboration", "organization"),
        ("The Clean Seas Fund said grants would rise.", "Clean Seas Fund", "organization"),
        ("Russia's Direct Investment Fund said the deal was done.", "Direct Investment Fund", "organization"),
        ("Images analysed by the Humanitarian Research Lab show new earthworks.", "Humanitarian Research Lab", "organization"),
        # two names joined by 'and', the second with the first's head; a reporting verb
        # capitalised as a sentence's first word opens no name
        ("The Center for Biological Diversity and Center for Food Safety sued.", "Center for Food Safety", "organization"),
        ("Remarked Center for Biological Diversity scientist Tierra Curry, “This is welcome.”", "Center for Biological Diversity", "organization"),
        ("The Progressive Party and Socialist Party formed a coalition.", "Socialist Party", "organization"),
        ("Reporters contacted the Command and Control Centre of the Coast Guard.", "Command and Control Centre of the Coast Guard", "organization"),
        # an unlisted word before a reporting verb names a company or body
        ("The deal values the unit at 6 billion euros, Brookfield said.", "Brookfield", "organization"),
        ("Vestas reported a quarterly profit. Shares in Vestas rose.", "Vestas", "organization"),
        # an acronym that acts after 'the'
        ("The ATP fined the player $10,000.", "ATP", "organization"),
        # a legal form ends a name past an inner head; a unit's number after its state
        ("Taiwan Semiconductor Manufacturing Co. reported a record profit.", "Taiwan Semiconductor Manufacturing Co.", "organization"),
        ("Ukraine's 3rd Assault Brigade repelled the attack.", "3rd Assault Brigade", "group"),
        ("The Arms Control and Disarmament Agency was abolished in 1999.", "Arms Control and Disarmament Agency", "organization"),
        ("Troops joined the African Union Support and Stabilization Mission in Somalia.", "African Union Support and Stabilization Mission in Somalia", "organization"),
        ("The Bangladesh Garment Manufacturers and Exporters Association said orders fell.", "Bangladesh Garment Manufacturers and Exporters Association", "organization"),
        ("A Department of Water Resources pipeline burst near Mosul.", "Department of Water Resources", "organization"),
        # an unlisted name before a role and the person who holds it employs them
        ("The win was sealed when Wanderers captain Tom Briggs scored.", "Wanderers", "organization"),
        ("The shares are cheap, said Kepler assistant analyst Anna Berg.", "Kepler", "organization"),
        # an unlisted word and its possessive open the name of its head
        ("The Parkinson's Foundation funded the trial.", "Parkinson's Foundation", "organization"),
        # ... but not a body's own head: the body owns the other
        ("The Department’s Bureau of Consular Affairs issued the visas.", "Bureau of Consular Affairs", "organization"),
        ("The People's Defence Forces shelled the town.", "People's Defence Forces", "organization"),
        # a fleet is a unit; the state named before it owns it
        ("Two ships of Russia's Baltic Fleet sailed west.", "Baltic Fleet", "group"),
        ("The drills were led by the U.S. Sixth Fleet.", "Sixth Fleet", "group"),
        # ... but a people's adjective names it
        ("The Irish Brigade fought at Fredericksburg.", "Irish Brigade", "group"),
    ],
)
def test_organisation_by_head_noun(annotate, group, text, name, kind):
    assert (name, kind, name) in group(annotate(text), "names")


@pytest.mark.parametrize(
    ("text", "wrong", "kind"),
    [
        ("Kurdish and Sunni Members of Parliament walked out.", "Members of Parliament", "organization"),  # a role before 'of' stays out
        ("Leaders of the African Union met on Monday.", "Leaders of the African Union", "organization"),
        ("The SARS-CoV-2 virus spread quickly.", "CoV", "organization"),  # too short for a camel-case name
        ("Senator McCarthy and Governor DeSantis spoke.", "McCarthy", "organization"),  # surnames, not companies
        # a list with companies: a person, a place after a locative, a sentence's opening word
        ("Apple, Google and Tim Cook attended the hearing.", "Tim Cook", "organization"),
        ("In Cupertino, Apple, Google and Microsoft met.", "Cupertino", "organization"),
        ("Yesterday, Google, Microsoft and Apple reported profits.", "Yesterday", "organization"),
        ("Siemens, Airbus, Moldex and France backed the plan.", "Moldex", "organization"),
        ("Chief Cabinet Secretary Hiro Tanaka said the launch was a threat.", "Chief Cabinet", "organization"),  # a title
        ("Senator McCarthy and Governor DeSantis spoke.", "DeSantis", "organization"),
        # 'and' before an acronym or a person's name joins two names, not one
        ("Scientists from the University of Bristol and UC Davis took part.", "University of Bristol and UC Davis", "organization"),
        ("The envoy met the Ministry of Defence and John Smith.", "Defence and John Smith", "organization"),
        # a scheme's name after 'a', an owner's possessive or a verb that sets it up
        ("The deal sets up a Just Energy Transition Fund for the region.", "Just Energy Transition Fund", "organization"),
        ("The ministers launched the Maritime Prosperity Initiative.", "Maritime Prosperity Initiative", "organization"),
        ("He praised the Coast Guard's Transparency Initiative.", "Transparency Initiative", "organization"),
        # a title and a name after a body's name are no part of it
        ("He met the Ministry of Transport Permanent Secretary Joseph Kariuki.", "Ministry of Transport Permanent Secretary", "organization"),
        ("The envoy met John Smith and Barkhane Force commanders.", "John Smith and Barkhane Force", "organization"),
        ("The Progressive Party and Socialist Party formed a coalition.", "Progressive Party and", "organization"),
        ("The Bank of England and Federal Reserve Board raised rates.", "England and Federal", "organization"),
        # a legal category is no organisation
        ("The State Department designated the group a Foreign Terrorist Organization.", "Foreign Terrorist Organization", "organization"),
        # names after a demonym that are times or groups' names are no people; nor are storms
        ("Thousands celebrated the Chinese New Year in the city.", "New Year", "person"),
        ("The Thai Raksa Chart party was founded by supporters of the family.", "Raksa Chart", "person"),
        ("The Syrian Democratic Forces entered the town.", "Democratic", "person"),
        ("The island had not recovered from 2017's Hurricane Maria.", "Maria", "person"),
        # a happening named after a place is no venue
        ("Fighting followed in the First Battle of Donetsk Airport.", "Battle of Donetsk Airport", "place"),
        # after an article, names before 'of' and a state are a title
        ("The Grand Mufti of Egypt condemned the attack.", "Grand Mufti", "person"),
        # a person or a role before 'of' opens no longer name
        ("Jennifer Lu of Marriage Equality Coalition spoke.", "Jennifer Lu of Marriage Equality Coalition", "organization"),
        ("Jennifer Daskal of Harvard University wrote that it was wrong.", "Jennifer Daskal of Harvard University", "organization"),
        # an article opens no person's name; a thing's name is no person's after a given name
        ("The Emergency Response Rooms said 40 people died.", "Emergency Response Rooms", "person"),
        ("Astronomers using NASA's James Webb Space Telescope found water.", "James Webb", "person"),
        ("The Minister of Health Office closed.", "Minister of Health Office", "organization"),
        # a compass word opens a region's name; 'states' after a name may be a plural noun
        ("Russia demanded forces be removed from NATO's Eastern European member states.", "Eastern European", "person"),
        ("Eastern European states had joined NATO.", "Eastern European", "person"),
        # a Roman ordinal is no surname in capitals; a programme is no organisation
        ("The tribunal was constituted under Annex VII of the convention.", "Annex VII", "person"),
        ("The two countries lauded the State Partnership Program.", "State Partnership Program", "organization"),
        # a head-first noun without a name after it names nothing
        ("The Banco said nothing.", "Banco", "organization"),
        # a name before a site's noun is no workplace's
        ("A spokesman at Evin prison denied it.", "Evin", "organization"),
        # a head noun that opens an office's name ends no organisation's
        ("Pentagon Press Secretary Pat Ryder said the strikes were lawful.", "Pentagon Press", "organization"),
        # nor does a family name open a dynasty's name, a place's before its people, or
        # one that is also a word; two listed leaders side by side are two people
        ("The Tang Dynasty ruled China.", "Tang Dynasty", "person"),
        ("Chiang Mai officials said the floods receded.", "Chiang Mai", "person"),
        ("Long Covid clinics are overwhelmed, doctors said.", "Long Covid", "person"),
        ("The Trump Putin summit in Helsinki ended without a deal.", "Trump Putin", "person"),
        # a name ends where a listed one goes on, and none opens inside a listed one
        ("The Eastern Theater Command of the People's Liberation Army said the drills ended.", "Command of the People", "organization"),
        ("The Eastern Theater Command of the People's Liberation Army said the drills ended.", "Liberation Army", "group"),
        # a claimant noun or a common word capitalised at a sentence's start is no name
        ("Results showed the flies hovered over the zebras.", "Results", "organization"),
        ("Officials said the road was closed.", "Officials", "organization"),
        # ... nor does a place's name before a landmark's, a treaty's or a title's word
        ("Victoria Falls attracts tourists.", "Victoria Falls", "person"),
        ("Virginia Democrats won control of the chamber.", "Virginia Democrats", "person"),
        ("The Washington Accords represent an opportunity.", "Washington Accords", "person"),
        ("Reporters from the Nevada Independent asked him.", "Nevada Independent", "person"),
        # a model's name before a weapon's noun
        ("The Shahed-type drones and two Iskander-M missiles hit the port.", "Iskander", "person"),
        # a run of three words before 'and' is a name of its own; a rating after 'to', a
        # project after 'for' and a common word opening the sentence before 'of' are none of a body's
        ("The order went to Delvan Bay Shipyard and Marston Ingalls Industries.", "Shipyard and", "organization"),
        ("Moody's downgraded Evergreen Retail Holdings to Caa1 on Monday.", "Caa1", "organization"),
        ("The Private Growth Finance Group for the Lake Orvo Wind Power project lent $50 million.", "Wind Power", "organization"),
        ("Shares of Samsung Heavy Industries rose 4 percent.", "Shares", "organization"),
        ("Biologists from the Leibniz Institute in Warnemuende identified six species.", "Warnemuende", "organization"),
        ("The GDP grew by 2 percent in May.", "GDP", "organization"),
        ("The IED exploded near a convoy in Mali.", "IED", "organization"),
        ("Former Labour MP Frank Field said the bill was flawed.", "Frank Field", "place"),
        ("The Joint Operations Headquarters said two drones were downed.", "Joint Operations Headquarters", "place"),
        ("Warnings from the National Hurricane Center were issued on Monday.", "National Hurricane Center", "place"),
        ("The CEO said profits rose.", "CEO", "organization"),
        # a count that opens the sentence is no part of the name after it
        ("Six China Coast Guard vessels docked in Apia.", "Six", "group"),
        # a party's member or a people's adjective before a role, or a word written in lower case too
        ("The bill passed after Republican senator John Hoeven backed it.", "Republican", "organization"),
        ("The goal came from English striker Harry Kane.", "English", "organization"),
        ("The camps are prisons, said Uyghur activist Dolkun Isa.", "Uyghur", "organization"),
        ("The former captain spoke. Former captain Tom Briggs said the team was tired.", "Former", "organization"),
        # a product named by its kind's noun; a scheme that data or money pass through
        ("Shares fell after its obesity drug CagriSema missed trial targets.", "CagriSema", "organization"),
        ("Traders watched the PriceWatch tool closely.", "PriceWatch", "organization"),
        ("Data are available through the Orion Survey Archive.", "Orion Survey Archive", "organization"),
        ("They agreed to advance the Coastal Domain Awareness Initiative.", "Coastal Domain Awareness Initiative", "organization"),
    ],
)
def test_no_name_of_that_kind(annotate, group, text, wrong, kind):
    assert not [name for name in group(annotate(text), "names") if name[1] == kind and wrong in name[0]]


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden Meets World Leaders At Summit\nThe leaders met on Monday.",
        "The Talks Failed Again\nNobody was surprised by the result.",
        "In March the ministry said the talks had failed.",
        "The police said the road was closed.",
        # ... nor from a paragraph's label in title case
        "Securing Rare Earth Minerals Supply Chains:  The ministry will fund new mines.",
        # ... nor from the title of a work or a site
        "He posted the video on the Al-Nasra forum.",
        # ... nor from a time zone
        "The count began at 9:40 PM EDT (0140 UTC) on the night of the vote.",
    ],
)
def test_no_names_from_capitalised_headlines_or_sentence_starts(annotate, group, text):
    assert group(annotate(text), "names") == []


def test_acronym_defined_in_parentheses_resolves(annotate, group):
    text = "The Balkan Joint Expeditionary Force (BJEF) would deter attacks. The BJEF would include Kosovo."
    actors = group(annotate(text), "actors")
    name = "Balkan Joint Expeditionary Force"
    assert actors.count(("BJEF", "organization", name)) == 2


def test_an_acronym_of_a_body_named_in_full_is_that_body(annotate, group):
    text = "Fighters loyal to the Government of National Unity held the port. The GNU launched an offensive in May."
    assert ("GNU", "organization", "Government of National Unity") in group(annotate(text), "actors")


def test_an_acronym_that_acts_in_the_past_after_its_body_in_full(annotate, group):
    text = "The Libyan National Army shelled the port. In May the LNA achieved its aim."
    assert ("LNA", "group", "Libyan National Army") in group(annotate(text), "actors")


def test_an_acting_acronym_defined_in_parentheses_keeps_its_name(annotate, group):
    # letters in another order than the name's (as in a name's other language), so that only the brackets tie them
    text = "The Front for National Salvation (FSN) met on Monday. The FSN approved the plan."
    assert ("FSN", "group", "Front for National Salvation") in group(annotate(text), "actors")


@pytest.mark.parametrize(
    ("text", "surface", "title"),
    [
        ("Japan's Defense Ministry said the missile fell into the sea.", "Defense Ministry", "Ministry of Defense"),
        ("Poland's Foreign Ministry summoned the ambassador.", "Foreign Ministry", "Ministry of Foreign Affairs"),
    ],
)
def test_ministry_is_named_by_its_title(annotate, group, text, surface, title):
    assert (surface, "organization", title) in group(annotate(text), "names")


def test_a_one_word_claimant_is_named_at_its_other_mentions(annotate, group):
    found = [s for s in annotate("Vestas reported a quarterly profit. Shares in Vestas rose.").spans["claimx_names"] if s.text == "Vestas"]
    assert [(s.start, s.label_) for s in found] == [(0, "organization"), (8, "organization")]
