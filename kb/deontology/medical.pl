/*  Code de déontologie médicale -- included by kb/law.pl
    (the deontological layer)

    Only where it bears on these situations. The Conseil national de
    l'Ordre des médecins' code of 1975 (secrecy: chap. V, arts. 55-58) was
    replaced by the Code de déontologie médicale published on 3 May 2018
    (45 articles, not amended since: ordomedic.be): art. 25, professional
    secrecy; art. 29, a vulnerable person suspected of being abused.
*/

rule(medical_code_binds,
     [ concludes = bound_by_code(medical)
     , condition = role_in([doctor])
     , code      = medical
     , source    = medical_code
     , seed      = [s04]
     , text      = [ fr = "Le code de déontologie médicale lie le médecin.",
                     en = "The code of medical ethics binds the doctor.",
                     nl = "De Code van medische deontologie bindt de arts." ]
     ]).

rule(medical_code_secrecy,
     [ concludes = code_duty(medical)
     , condition = fact(learned_in_profession)
     , code      = medical
     , source    = medical_code_secrecy
     , seed      = [s04]
     , text      = [ fr = "Code de déontologie médicale (1975), art. 55 à 57: le secret professionnel du médecin est d'ordre public et s'étend à tout ce que le médecin a vu, connu, appris, constaté, découvert ou surpris dans l'exercice de sa profession.",
                     en = "Code of medical ethics (1975), arts. 55-57: the doctor's professional secrecy is of public order and covers all the doctor saw, knew, learned, found or came upon in practice.",
                     nl = "Code van geneeskundige plichtenleer (1975), art. 55 tot 57: het beroepsgeheim van de arts is van openbare orde en strekt zich uit tot alles wat de arts bij de uitoefening van zijn beroep gezien, gehoord, vernomen, vastgesteld, ontdekt of opgevangen heeft." ]
     ]).

rule(medical_code_secrecy_2018,
     [ concludes = code_duty(medical)
     , condition = fact(learned_in_profession)
     , code      = medical
     , source    = medical_code_2018_art_25
     , seed      = [s04]
     , text      = [ fr = "Code de déontologie médicale 2018, art. 25: le médecin est tenu au secret professionnel (texte de l'article non lu, objet attesté par le commentaire officiel).",
                     en = "Code of medical ethics 2018, art. 25: the doctor is bound by professional secrecy (text of the article not read, its subject attested by the official commentary).",
                     nl = "Code van medische deontologie 2018, art. 25: de arts is gebonden door het beroepsgeheim (tekst van het artikel niet gelezen, onderwerp bevestigd door de officiële commentaar)." ]
     ]).

rule(medical_code_care_team,
     [ overrides = [medical_code_secrecy, medical_code_secrecy_2018]
     , concludes = code_permits(medical)
     , condition = all([ recipient_in([colleague, service_director]),
                         fact(recipient_bound_by_secrecy),
                         fact(same_mission),
                         fact(in_person_interest),
                         fact(person_consents)
                       ])
     , code      = medical
     , source    = medical_code
     , seed      = [s10]
     , reading   = interpretation(medical_code,
                       [ fr = "Lecture retenue, à vérifier dans le code: le partage entre soignants de la même prise en charge, avec l'accord du patient.",
                         en = "Reading adopted, to be checked in the code: sharing between carers of the same treatment, with the patient's agreement.",
                         nl = "Aangenomen lezing, na te gaan in de code: het delen tussen zorgverleners van dezelfde behandeling, met het akkoord van de patiënt." ])
     , text      = [ fr = "Code de déontologie médicale: le secret se partage avec les autres soignants de la même prise en charge, dans l'intérêt du patient et avec son accord.",
                     en = "Code of medical ethics: secrecy is shared with the other carers of the same treatment, in the patient's interest and with the patient's agreement.",
                     nl = "Code van medische deontologie: het geheim wordt gedeeld met de andere zorgverleners van dezelfde behandeling, in het belang van de patiënt en met zijn akkoord." ]
     ]).

% Art. 29, al. 3: the doctor who suspects that a vulnerable person is in
% grave and imminent danger, or that others are at serious and real risk,
% may inform the procureur du Roi when unable to protect them alone or
% with others. Unlike art. 458bis it names no list of offences.
rule(medical_code_art_29,
     [ overrides = medical_code_secrecy_2018
     , concludes = code_permits(medical)
     , condition = all([ recipient_in([public_prosecutor]),
                         any([fact(victim_minor), fact(victim_vulnerable)]),
                         any([fact(grave_imminent_danger), fact(danger_other_victims)]),
                         no(can_protect)
                       ])
     , code      = medical
     , source    = medical_code_2018_art_29
     , seed      = [s17]
     , reading   = interpretation(medical_code_2018_art_29,
                       [ fr = "Lecture retenue: un mineur est une personne vulnérable au sens de l'art. 29 (le commentaire cite l'enfant en exemple).",
                         en = "Reading adopted: a minor is a vulnerable person within art. 29 (the commentary gives the child as an example).",
                         nl = "Aangenomen lezing: een minderjarige is een kwetsbare persoon in de zin van art. 29 (de commentaar noemt het kind als voorbeeld)." ])
     , text      = [ fr = "Code de déontologie médicale 2018, art. 29, al. 3: le médecin qui soupçonne qu'une personne vulnérable est menacée par un danger grave et imminent, ou que d'autres risquent d'être victimes, peut avertir le procureur du Roi lorsqu'il ne peut pas lui-même ou avec l'aide d'autrui protéger son intégrité.",
                     en = "Code of medical ethics 2018, art. 29 para. 3: the doctor who suspects that a vulnerable person faces a grave and imminent danger, or that others risk becoming victims, may inform the procureur du Roi when unable to protect their integrity alone or with others' help.",
                     nl = "Code van medische deontologie 2018, art. 29, derde lid: de arts die vermoedt dat een kwetsbaar persoon in een ernstig en dreigend gevaar verkeert, of dat anderen slachtoffer dreigen te worden, kan de procureur des Konings inlichten wanneer hij zelf of met hulp van anderen de integriteit van die personen niet kan beschermen." ]
     ]).
