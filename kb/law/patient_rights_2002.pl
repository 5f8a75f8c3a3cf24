/*  Law of 22 August 2002 on patient rights (loi relative aux droits du
    patient / wet betreffende de rechten van de patiënt), MB 26 September
    2002, in force 6 October 2002; amended by the law of 6 February 2024
    (in force 4 March 2024) -- loaded into the module law (kb/law.pl)

    Secrecy protects the patient: telling the patient his own data is no
    breach of it. The law reads it as the patient's rights -- to
    information (art. 7), to consult and copy his file (art. 9 §§2-3),
    exercised for a minor by his parents unless he can reasonably assess
    his interests (art. 12), through a person of trust (arts. 7 §2, 9 §2),
    and, after his death, by his relatives through a practitioner they
    designate (art. 9 §4). These rules set aside art. 458 for the health-care
    professionals the law covers: doctors (also as control, occupational or
    advisory doctors -- the National Council's reading), nurses, midwives,
    pharmacists, dentists, physiotherapists and clinical psychologists; not
    a psychologist who is not clinical, nor a social worker.
    Verbatim official text not read (sources.pl says where each piece was read).
*/

/* ======================================================================
   Art. 2-3 -- the patient, the professional
   ====================================================================== */

article(patient_rights_2002_art_2,
        [ instrument = patient_rights_law,
          article    = "2, 1°",
          source     = patient_rights_scope,
          quote      = [ fr = "patient: la personne physique à qui des soins de santé sont dispensés, à sa demande ou non" ]
        ]).

advice(pr_only_clinical_psychologists,
       [ kind      = note
       , condition = all([ role_in([psychologist]),
                           recipient_in([person_concerned, parents, trusted_person, next_of_kin]) ])
       , provision = patient_rights
       , source    = patient_rights_scope
       , text      = [ fr = "Seuls les psychologues cliniciens sont des professionnels des soins de santé au sens de la loi relative aux droits du patient: pour un autre psychologue, ces droits (dossier, mineurs, proches après le décès) ne s'appliquent pas comme tels; la Commission des psychologues lui conseille de s'en inspirer.",
                       en = "Only clinical psychologists are health-care professionals within the patient-rights law: for another psychologist those rights (file, minors, relatives after death) do not apply as such; the Psychologists' Commission advises following them where possible.",
                       nl = "Enkel klinisch psychologen zijn gezondheidszorgbeoefenaars in de zin van de wet patiëntenrechten: voor een andere psycholoog gelden die rechten (dossier, minderjarigen, nabestaanden) niet als dusdanig; de Psychologencommissie raadt aan ze waar mogelijk toe te passen." ]
       ]).

advice(pr_control_medicine_reading,
       [ kind      = note
       , condition = all([ role_in([control_doctor, occupational_doctor, advisory_doctor]),
                           basis_has(patient_rights) ])
       , provision = patient_rights
       , source    = ordomedic_control_medicine
       , text      = [ fr = "Que la loi relative aux droits du patient s'applique au médecin contrôleur, au médecin du travail ou au médecin-conseil est la lecture du Conseil national de l'Ordre des médecins (avis du 24 octobre 2009) et de la Commission fédérale « Droits du patient » (2013): le patient est celui à qui des soins sont dispensés « à sa demande ou non ».",
                       en = "That the patient-rights law applies to the control, occupational or advisory doctor is the reading of the National Council of the Order of physicians (opinion of 24 October 2009) and of the Federal Commission on Patient Rights (2013): the patient is whoever receives care 'at his request or not'.",
                       nl = "Dat de wet patiëntenrechten van toepassing is op de controlearts, de arbeidsarts of de adviserend arts, is de lezing van de nationale raad van de Orde der artsen (advies van 24 oktober 2009) en van de Federale Commissie Rechten van de patiënt (2013)." ]
       ]).

advice(pr_own_data_not_encoded,
       [ kind      = caveat
       , condition = all([ recipient_in([person_concerned]), not(basis_has(patient_rights)) ])
       , provision = patient_rights
       , source    = patient_rights_secrecy_protects
       , text      = [ fr = "La base de connaissances n'encode le droit de la personne à ses propres données que par la loi relative aux droits du patient (professionnels des soins de santé, depuis le 6 octobre 2002). Pour ce professionnel ou à cette date, la règle qui s'applique (doctrine: le secret n'est pas opposable à la personne qu'il protège; un décret ou une loi propre au secteur; le RGPD) n'est pas encodée: ce verdict ne la vérifie pas.",
                       en = "The knowledge base encodes the person's right to his own data only through the patient-rights law (health-care professionals, from 6 October 2002). For this professional or on this date, the rule that applies (doctrine: secrecy cannot be opposed to the person it protects; a decree or law of the sector; the GDPR) is not encoded: this verdict does not check it.",
                       nl = "De kennisbank codeert het recht van de persoon op zijn eigen gegevens enkel via de wet patiëntenrechten (gezondheidszorgbeoefenaars, vanaf 6 oktober 2002). Voor deze beroepsbeoefenaar of op deze datum is de toepasselijke regel (rechtsleer: het beroepsgeheim kan niet worden tegengeworpen aan wie het beschermt; een sectoraal decreet of wet; de AVG) niet gecodeerd: dit oordeel controleert hem niet." ]
       ]).

% Who the law's "professional" is (art. 2, 3°: the practitioners of the
% coordinated law of 10 May 2015 on the health-care professions): the
% rules below read it as the conclusion patient_rights_professional.
rule(pr_health_care_professionals,
     [ concludes = patient_rights_professional
     , condition = role_in([ doctor, nurse, midwife, pharmacist, dentist, physiotherapist,
                             control_doctor, occupational_doctor, advisory_doctor ])
     , provision = patient_rights
     , source    = patient_rights_scope
     , text      = [ fr = "Le professionnel est un praticien des soins de santé au sens de la loi relative aux droits du patient (art. 2, 3°).",
                     en = "The professional is a health-care practitioner within the patient-rights law (art. 2, 3°).",
                     nl = "De beroepsbeoefenaar is een gezondheidszorgbeoefenaar in de zin van de wet patiëntenrechten (art. 2, 3°)." ]
     ]).

rule(pr_clinical_psychologists_from_2016,
     [ concludes = patient_rights_professional
     , condition = role_in([clinical_psychologist])
     , provision = patient_rights
     , source    = clinical_psychology_health_profession
     , text      = [ fr = "Depuis le 1er septembre 2016, le psychologue clinicien est un professionnel des soins de santé, et la loi relative aux droits du patient s'applique à lui.",
                     en = "From 1 September 2016 the clinical psychologist is a health-care professional, and the patient-rights law applies to him.",
                     nl = "Sinds 1 september 2016 is de klinisch psycholoog een gezondheidszorgbeoefenaar, en geldt de wet patiëntenrechten voor hem." ]
     ]).

conclusion(patient_rights_professional,
           [ fr = "Le professionnel est un praticien au sens de la loi relative aux droits du patient.",
             en = "The professional is a practitioner within the patient-rights law.",
             nl = "De beroepsbeoefenaar is een beroepsbeoefenaar in de zin van de wet patiëntenrechten." ]).

/* ======================================================================
   Art. 7 -- the right to information about one's state of health
   ----------------------------------------------------------------------
   The patient is entitled to all the information about him that he may
   need to understand his state of health; at his request it may be given
   to a person of trust; he may ask not to be told; the therapeutic
   exception. (Text not read: source unverified.)
   ====================================================================== */

rule(pr_patient_informed,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([person_concerned]),
                         any([lacking(person_is_minor), fact(minor_capable_of_discernment)])
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_7
     , reading   = interpretation(patient_rights_secrecy_protects,
                       [ fr = "Lecture retenue: le secret protège le patient; lui dire ce qui le concerne n'est pas le révéler, c'est son droit à l'information (art. 7). Un adulte est présumé quand la minorité n'est pas établie.",
                         en = "Reading adopted: secrecy protects the patient; telling him what concerns him is not revealing it, it is his right to information (art. 7). An adult is presumed when minority is not established.",
                         nl = "Aangenomen lezing: het beroepsgeheim beschermt de patiënt; hem meedelen wat hem aanbelangt is geen bekendmaking maar zijn recht op informatie (art. 7). Meerderjarigheid wordt aangenomen zolang minderjarigheid niet vaststaat." ])
     , text      = [ fr = "Le patient a droit aux informations qui le concernent et lui sont nécessaires pour comprendre son état de santé (art. 7 de la loi relative aux droits du patient): les lui donner ne viole pas le secret, qui le protège.",
                     en = "The patient is entitled to the information about him that he needs to understand his state of health (art. 7 of the patient-rights law): giving it to him does not breach secrecy, which protects him.",
                     nl = "De patiënt heeft recht op alle informatie die hem aanbelangt en nodig is om inzicht te krijgen in zijn gezondheidstoestand (art. 7 wet patiëntenrechten): ze hem geven schendt het beroepsgeheim niet, dat hem beschermt." ]
     ]).

rule(pr_information_on_request,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([person_concerned]),
                         not(information_in([whole_file])),
                         fact(person_requests_disclosure),
                         any([lacking(person_is_minor), fact(minor_capable_of_discernment)])
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_7
     , text      = [ fr = "Le patient qui demande à être informé de son état de santé y a droit (art. 7): le professionnel doit l'informer, dans une langue claire, sauf l'exception thérapeutique.",
                     en = "A patient who asks to be informed of his state of health is entitled to it (art. 7): the professional must inform him, in clear language, save the therapeutic exception.",
                     nl = "De patiënt die vraagt over zijn gezondheidstoestand te worden ingelicht, heeft daar recht op (art. 7): de beroepsbeoefenaar moet hem in duidelijke taal informeren, behoudens de therapeutische exceptie." ]
     ]).

advice(pr_therapeutic_exception,
       [ kind      = caveat
       , condition = all([ basis_has(patient_rights), recipient_in([person_concerned, trusted_person]) ])
       , provision = patient_rights
       , source    = patient_rights_art_7
       , text      = [ fr = "Exception thérapeutique (art. 7, § 4): le professionnel peut exceptionnellement ne pas communiquer une information dont la communication causerait manifestement un préjudice grave à la santé du patient, après avoir consulté un autre professionnel; l'information est alors donnée à la personne de confiance. Le patient peut aussi demander de ne pas être informé (art. 7, § 3).",
                       en = "Therapeutic exception (art. 7 §4): the professional may exceptionally withhold information whose communication would manifestly cause serious harm to the patient's health, after consulting another professional; the information then goes to the person of trust. The patient may also ask not to be told (art. 7 §3).",
                       nl = "Therapeutische exceptie (art. 7, § 4): de beroepsbeoefenaar mag uitzonderlijk informatie achterhouden waarvan de mededeling klaarblijkelijk ernstig nadeel voor de gezondheid van de patiënt zou meebrengen, na raadpleging van een andere beroepsbeoefenaar; de informatie gaat dan naar de vertrouwenspersoon. De patiënt kan ook vragen niet te worden ingelicht (art. 7, § 3)." ]
       ]).

/* ======================================================================
   Art. 9 -- the patient file: consultation and copy
   ----------------------------------------------------------------------
   §1 a carefully kept file; §2 the right to consult it, within fifteen
   days, himself or through a person of trust; §3 the right to a copy.
   Until 3 March 2024 the practitioner's personal notes and the data about
   third parties were excluded (the notes reachable only through a person
   of trust who is a practitioner); the law of 6 February 2024 (from
   4 March 2024) removed the exclusion of personal notes.
   ====================================================================== */

article(patient_rights_2002_art_9,
        [ instrument = patient_rights_law,
          article    = "9",
          source     = patient_rights_art_9_2002,
          quote      = [ fr = "§ 1er. Le patient a droit, de la part de son praticien professionnel, à un dossier de patient soigneusement tenu à jour et conservé en lieu sûr. [...] § 2. Le patient a droit à la consultation du dossier le concernant. [...] les annotations personnelles d'un praticien professionnel et les données concernant des tiers n'entrent pas dans le cadre de ce droit de consultation.",
                         nl = "[...] de persoonlijke notities van de beroepsbeoefenaar en de gegevens die betrekking hebben op derden [zijn] van het inzagerecht uitgesloten [...]" ]
        ]).

rule(pr_file_access_2002,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([person_concerned, trusted_person]),
                         information_in([whole_file]),
                         fact(person_requests_disclosure),
                         any([lacking(person_is_minor), fact(minor_capable_of_discernment)])
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_9_2002
     , text      = [ fr = "Le patient a droit à la consultation et à la copie du dossier le concernant (art. 9, §§ 2 et 3), lui-même ou par l'entremise d'une personne de confiance: il y est donné suite au plus tard dans les quinze jours. Les annotations personnelles du praticien et les données concernant des tiers en sont exclues.",
                     en = "The patient is entitled to consult and copy his file (art. 9 §§2-3), himself or through a person of trust: the request is met within fifteen days at the latest. The practitioner's personal notes and the data about third parties are excluded.",
                     nl = "De patiënt heeft recht op inzage in en afschrift van het hem betreffende dossier (art. 9, §§ 2 en 3), zelf of via een vertrouwenspersoon: het verzoek wordt uiterlijk binnen vijftien dagen ingewilligd. De persoonlijke notities van de beroepsbeoefenaar en de gegevens over derden zijn uitgesloten." ]
     ]).

rule(pr_file_access_2024,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([person_concerned, trusted_person]),
                         information_in([whole_file]),
                         fact(person_requests_disclosure),
                         any([lacking(person_is_minor), fact(minor_capable_of_discernment)])
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_9_2024
     , text      = [ fr = "Le patient a droit à la consultation et à la copie de tout son dossier (art. 9, §§ 2 et 3, depuis la loi du 6 février 2024), annotations personnelles du praticien comprises; seules les données concernant des tiers en restent exclues. Il peut se faire assister par une personne de confiance ou exercer ce droit par son entremise.",
                     en = "The patient is entitled to consult and copy his whole file (art. 9 §§2-3, since the law of 6 February 2024), the practitioner's personal notes included; only the data about third parties stay excluded. He may be assisted by a person of trust or exercise the right through him.",
                     nl = "De patiënt heeft recht op inzage in en afschrift van zijn hele dossier (art. 9, §§ 2 en 3, sinds de wet van 6 februari 2024), de persoonlijke notities van de beroepsbeoefenaar inbegrepen; enkel de gegevens over derden blijven uitgesloten. Hij kan zich laten bijstaan door een vertrouwenspersoon of dit recht via hem uitoefenen." ]
     ]).

advice(pr_personal_notes_2002,
       [ kind      = caveat
       , condition = all([basis_has(patient_rights), information_in([whole_file]),
                          recipient_in([person_concerned, trusted_person])])
       , provision = patient_rights
       , source    = patient_rights_art_9_2002
       , text      = [ fr = "Jusqu'au 3 mars 2024: les annotations personnelles du praticien et les données concernant des tiers n'entrent pas dans le droit de consultation; le patient n'atteint les annotations personnelles que par une personne de confiance elle-même praticien professionnel.",
                       en = "Until 3 March 2024: the practitioner's personal notes and the data about third parties fall outside the right of consultation; the patient reaches the personal notes only through a person of trust who is himself a practitioner.",
                       nl = "Tot 3 maart 2024: de persoonlijke notities van de beroepsbeoefenaar en de gegevens over derden vallen buiten het inzagerecht; de patiënt bereikt de persoonlijke notities enkel via een vertrouwenspersoon die zelf beroepsbeoefenaar is." ]
       ]).

advice(pr_personal_notes_2024,
       [ kind      = caveat
       , condition = all([basis_has(patient_rights), information_in([whole_file]),
                          recipient_in([person_concerned, trusted_person])])
       , provision = patient_rights
       , source    = patient_rights_art_9_2024
       , text      = [ fr = "Depuis le 4 mars 2024 (loi du 6 février 2024, sans disposition transitoire), les annotations personnelles ne sont plus exclues: le patient y a droit aux mêmes conditions que le reste du dossier (Conseil national, avis du 7 juin 2024). Les données concernant des tiers restent exclues.",
                       en = "Since 4 March 2024 (law of 6 February 2024, with no transitional provision), personal notes are no longer excluded: the patient is entitled to them on the same terms as the rest of the file (National Council, opinion of 7 June 2024). Data about third parties stay excluded.",
                       nl = "Sinds 4 maart 2024 (wet van 6 februari 2024, zonder overgangsbepaling) zijn de persoonlijke notities niet langer uitgesloten: de patiënt heeft er recht op onder dezelfde voorwaarden als op de rest van het dossier (nationale raad, advies van 7 juni 2024). Gegevens over derden blijven uitgesloten." ]
       ]).

advice(pr_trusted_person_needs_request,
       [ kind      = note
       , condition = all([ recipient_in([trusted_person]), verdict_in([forbidden]) ])
       , provision = patient_rights
       , source    = patient_rights_art_7
       , text      = [ fr = "La personne de confiance reçoit ce que le patient demande qu'on lui communique (art. 7, § 2; art. 9, § 2); sans cette demande du patient, elle est un tiers.",
                       en = "The person of trust receives what the patient asks to be communicated to him (art. 7 §2; art. 9 §2); without the patient's request he is a third party.",
                       nl = "De vertrouwenspersoon krijgt wat de patiënt vraagt hem mee te delen (art. 7, § 2; art. 9, § 2); zonder dat verzoek van de patiënt is hij een derde." ]
       ]).

rule(pr_trusted_person_informed,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([trusted_person]),
                         fact(person_requests_disclosure)
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_7
     , text      = [ fr = "À la demande du patient, les informations peuvent être communiquées à la personne de confiance qu'il a désignée (art. 7, § 2).",
                     en = "At the patient's request, the information may be given to the person of trust he has designated (art. 7 §2).",
                     nl = "Op verzoek van de patiënt kan de informatie worden meegedeeld aan de vertrouwenspersoon die hij heeft aangewezen (art. 7, § 2)." ]
     ]).

/* ======================================================================
   Art. 9 §4 -- after the patient's death
   ====================================================================== */

article(patient_rights_2002_art_9_4,
        [ instrument = patient_rights_law,
          article    = "9, § 4",
          source     = patient_rights_art_9_4,
          quote      = [ fr = "§ 4. Après le décès du patient, l'époux, le partenaire cohabitant légal, le partenaire et les parents jusqu'au deuxième degré inclus ont, par l'intermédiaire du praticien professionnel désigné par le demandeur, le droit de consultation visé au § 2, pour autant que leur demande soit suffisamment motivée et spécifiée et que le patient ne s'y soit pas opposé expressément. Le praticien professionnel désigné consulte également les annotations personnelles." ]
        ]).

rule(pr_next_of_kin_indirect,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([next_of_kin]),
                         fact(via_designated_practitioner),
                         no(deceased_objected)
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_9_4
     , reading   = interpretation(patient_rights_art_9_4,
                       [ fr = "Lecture retenue: un droit conditionnel (demande « suffisamment motivée et spécifiée », que le praticien apprécie en pesant la vie privée du défunt et l'intérêt des proches): le verdict est une permission, non une obligation.",
                         en = "Reading adopted: a conditional right (a request 'sufficiently reasoned and specified', which the practitioner weighs against the deceased's privacy): the verdict is a permission, not a duty.",
                         nl = "Aangenomen lezing: een voorwaardelijk recht (een verzoek dat voldoende gemotiveerd en gespecificeerd is, wat de beroepsbeoefenaar afweegt tegen de privacy van de overledene): het oordeel is een toelating, geen plicht." ])
     , text      = [ fr = "Après le décès, l'époux, le partenaire et les parents jusqu'au deuxième degré peuvent consulter le dossier par l'intermédiaire d'un praticien professionnel qu'ils désignent, si leur demande est suffisamment motivée et spécifiée et que le patient ne s'y est pas opposé expressément (art. 9, § 4).",
                     en = "After death, the spouse, the partner and relatives up to the second degree may consult the file through a practitioner they designate, if their request is sufficiently reasoned and specified and the patient did not expressly object (art. 9 §4).",
                     nl = "Na het overlijden kunnen de echtgenoot, de partner en de bloedverwanten tot en met de tweede graad het dossier inzien via een beroepsbeoefenaar die zij aanwijzen, voor zover hun verzoek voldoende gemotiveerd en gespecificeerd is en de patiënt zich er niet uitdrukkelijk tegen heeft verzet (art. 9, § 4)." ]
     ]).

advice(pr_next_of_kin_limits,
       [ kind      = caveat
       , condition = all([ basis_has(patient_rights), recipient_in([next_of_kin]) ])
       , provision = patient_rights
       , source    = patient_rights_art_9_4
       , text      = [ fr = "Une consultation indirecte: le praticien désigné consulte le dossier et informe les proches de ce qui répond au motif de leur demande; pas de copie pour les proches. La demande doit être suffisamment motivée et spécifiée.",
                       en = "An indirect consultation: the designated practitioner consults the file and tells the relatives what answers the reason for their request; no copy for the relatives. The request must be sufficiently reasoned and specified.",
                       nl = "Een onrechtstreekse inzage: de aangewezen beroepsbeoefenaar kijkt het dossier in en licht de nabestaanden in over wat verband houdt met de reden van hun verzoek; geen afschrift voor de nabestaanden. Het verzoek moet voldoende gemotiveerd en gespecificeerd zijn." ]
       ]).

advice(pr_next_of_kin_only_indirect,
       [ kind      = note
       , condition = all([ recipient_in([next_of_kin]), no(via_designated_practitioner), verdict_in([forbidden]) ])
       , provision = patient_rights
       , source    = patient_rights_art_9_4
       , text      = [ fr = "Les proches n'ont pas d'accès direct au dossier du défunt: seulement par l'intermédiaire d'un praticien professionnel qu'ils désignent (art. 9, § 4).",
                       en = "Relatives have no direct access to the deceased's file: only through a practitioner they designate (art. 9 §4).",
                       nl = "De nabestaanden hebben geen rechtstreekse toegang tot het dossier van de overledene: enkel via een beroepsbeoefenaar die zij aanwijzen (art. 9, § 4)." ]
       ]).

advice(pr_deceased_objected,
       [ kind      = note
       , condition = all([ recipient_in([next_of_kin]), fact(deceased_objected) ])
       , provision = patient_rights
       , source    = patient_rights_art_9_4
       , text      = [ fr = "Le patient s'est expressément opposé, de son vivant, à cette consultation: les proches n'y ont pas droit (art. 9, § 4); le secret subsiste après le décès.",
                       en = "The patient expressly objected, while alive, to this consultation: the relatives have no right to it (art. 9 §4); secrecy survives death.",
                       nl = "De patiënt heeft zich tijdens zijn leven uitdrukkelijk tegen deze inzage verzet: de nabestaanden hebben er geen recht op (art. 9, § 4); het beroepsgeheim blijft na het overlijden bestaan." ]
       ]).

advice(pr_deceased_minor_2024,
       [ kind      = note
       , condition = all([ recipient_in([next_of_kin, parents]), fact(person_deceased), fact(person_is_minor) ])
       , provision = patient_rights
       , source    = patient_rights_art_9_2024
       , text      = [ fr = "Depuis la loi du 6 février 2024 (art. 9, § 4/1), les parents d'un patient mineur décédé ont, selon des sources secondaires, un accès direct à son dossier; le texte n'est pas lu ici et n'est pas encodé.",
                       en = "Since the law of 6 February 2024 (art. 9 §4/1), the parents of a deceased minor patient have, according to secondary sources, direct access to the file; the text is not read here and is not encoded.",
                       nl = "Sinds de wet van 6 februari 2024 (art. 9, § 4/1) hebben de ouders van een overleden minderjarige patiënt volgens secundaire bronnen rechtstreekse toegang tot diens dossier; de tekst is hier niet gelezen en niet gecodeerd." ]
       ]).

advice(pr_relatives_after_death,
       [ kind      = note
       , condition = all([ recipient_in([family, partner]), fact(person_deceased) ])
       , provision = patient_rights
       , source    = patient_rights_art_9_4
       , text      = [ fr = "Après le décès, l'accès des proches au dossier est celui de l'art. 9, § 4 (destinataire « proches du défunt », next_of_kin): par un praticien qu'ils désignent, si le défunt ne s'y est pas opposé.",
                       en = "After death, the relatives' access to the file is that of art. 9 §4 (recipient next_of_kin): through a practitioner they designate, unless the deceased objected.",
                       nl = "Na het overlijden is de toegang van de naasten tot het dossier die van art. 9, § 4 (ontvanger next_of_kin): via een beroepsbeoefenaar die zij aanwijzen, tenzij de overledene zich ertegen verzette." ]
       ]).

/* ======================================================================
   Art. 12 -- the minor patient
   ----------------------------------------------------------------------
   §1: the rights of a minor are exercised by the parents exercising
   authority over him or by his guardian. §2: the minor is associated with
   the exercise of his rights according to his age and maturity; he may
   exercise them alone if he can be deemed able to assess his interests
   reasonably.
   ====================================================================== */

article(patient_rights_2002_art_12,
        [ instrument = patient_rights_law,
          article    = "12, § 2",
          source     = patient_rights_art_12,
          quote      = [ nl = "De patiënt wordt betrokken bij de uitoefening van zijn rechten rekening houdend met zijn leeftijd en maturiteit. De rechten kunnen door de minderjarige patiënt zelfstandig worden uitgeoefend indien hij in staat geacht wordt tot een redelijke beoordeling van zijn belangen." ]
        ]).

rule(pr_parents_of_minor,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([parents]),
                         fact(person_is_minor),
                         no(minor_capable_of_discernment)
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_12
     , reading   = interpretation(patient_rights_art_15,
                       [ fr = "Lecture retenue: les parents exercent les droits du mineur (information, consultation et copie du dossier), mais le praticien peut rejeter tout ou partie de leur demande pour protéger la vie privée du mineur (art. 15, § 1er): une permission, non une obligation.",
                         en = "Reading adopted: the parents exercise the minor's rights (information, consulting and copying the file), but the practitioner may refuse all or part of their request to protect the minor's privacy (art. 15 §1): a permission, not a duty.",
                         nl = "Aangenomen lezing: de ouders oefenen de rechten van de minderjarige uit (informatie, inzage en afschrift), maar de beroepsbeoefenaar mag hun verzoek geheel of gedeeltelijk weigeren ter bescherming van de persoonlijke levenssfeer van de minderjarige (art. 15, § 1): een toelating, geen plicht." ])
     , text      = [ fr = "Pour un patient mineur qui n'est pas apte à apprécier raisonnablement ses intérêts, ses droits sont exercés par les parents qui exercent l'autorité sur lui ou par son tuteur (art. 12, § 1er): le professionnel peut les informer.",
                     en = "For a minor patient who cannot reasonably assess his own interests, his rights are exercised by the parents who have authority over him or by his guardian (art. 12 §1): the professional may inform them.",
                     nl = "Voor een minderjarige patiënt die niet in staat is tot een redelijke beoordeling van zijn belangen, worden de rechten uitgeoefend door de ouders die het gezag over hem uitoefenen of door zijn voogd (art. 12, § 1): de beroepsbeoefenaar mag hen inlichten." ]
     ]).

rule(pr_minor_associated,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ holds(patient_rights_professional),
                         recipient_in([person_concerned]),
                         fact(person_is_minor),
                         no(minor_capable_of_discernment)
                       ])
     , provision = patient_rights
     , source    = patient_rights_art_12
     , text      = [ fr = "Le patient mineur est associé à l'exercice de ses droits en tenant compte de son âge et de sa maturité (art. 12, § 2): le professionnel peut l'informer, à sa mesure.",
                     en = "The minor patient is associated with the exercise of his rights according to his age and maturity (art. 12 §2): the professional may inform him, as suits him.",
                     nl = "De minderjarige patiënt wordt betrokken bij de uitoefening van zijn rechten rekening houdend met zijn leeftijd en maturiteit (art. 12, § 2): de beroepsbeoefenaar mag hem op zijn maat informeren." ]
     ]).

advice(pr_parents_may_be_refused,
       [ kind      = caveat
       , condition = all([ basis_has(patient_rights), recipient_in([parents]) ])
       , provision = patient_rights
       , source    = patient_rights_art_15
       , text      = [ fr = "Quand ce sont les parents (ou un autre représentant) qui exercent les droits, le praticien peut rejeter tout ou partie de leur demande de consultation ou de copie pour protéger la vie privée du patient (art. 15, § 1er); le droit est alors exercé par un praticien qu'ils désignent. Le mineur reste associé selon son âge et sa maturité.",
                       en = "When the parents (or another representative) exercise the rights, the practitioner may refuse all or part of their request to consult or copy, to protect the patient's privacy (art. 15 §1); the right is then exercised through a practitioner they designate. The minor stays associated according to his age and maturity.",
                       nl = "Wanneer de ouders (of een andere vertegenwoordiger) de rechten uitoefenen, mag de beroepsbeoefenaar hun verzoek tot inzage of afschrift geheel of gedeeltelijk weigeren ter bescherming van de persoonlijke levenssfeer van de patiënt (art. 15, § 1); het recht wordt dan uitgeoefend via een beroepsbeoefenaar die zij aanwijzen." ]
       ]).

advice(pr_capable_minor_decides,
       [ kind      = note
       , condition = all([ recipient_in([parents]), fact(person_is_minor), fact(minor_capable_of_discernment) ])
       , provision = patient_rights
       , source    = patient_rights_art_12
       , text      = [ fr = "Le mineur apte à apprécier raisonnablement ses intérêts exerce ses droits de manière autonome (art. 12, § 2): ses parents n'exercent pas ses droits à sa place, et le secret vaut envers eux. Il peut les désigner comme personnes de confiance.",
                       en = "A minor able to assess his interests reasonably exercises his rights on his own (art. 12 §2): his parents do not exercise them for him, and secrecy holds towards them. He may designate them as persons of trust.",
                       nl = "De minderjarige die in staat is tot een redelijke beoordeling van zijn belangen, oefent zijn rechten zelfstandig uit (art. 12, § 2): zijn ouders oefenen ze niet in zijn plaats uit en het beroepsgeheim geldt tegenover hen. Hij kan hen als vertrouwenspersoon aanwijzen." ]
       ]).

advice(pr_discernment_case_by_case,
       [ kind      = note
       , condition = all([ fact(person_is_minor), recipient_in([parents, person_concerned]) ])
       , provision = patient_rights
       , source    = patient_rights_art_12
       , text      = [ fr = "La loi ne fixe aucun âge: l'aptitude du mineur à apprécier raisonnablement ses intérêts s'apprécie au cas par cas, par le professionnel.",
                       en = "The law sets no age: whether the minor can reasonably assess his interests is judged case by case, by the professional.",
                       nl = "De wet legt geen leeftijd vast: of de minderjarige in staat is tot een redelijke beoordeling van zijn belangen, beoordeelt de beroepsbeoefenaar geval per geval." ]
       ]).

/* ======================================================================
   Requests that are not the patient's: his lawyer
   ====================================================================== */

advice(pr_attestation_to_the_patient,
       [ kind      = note
       , condition = all([ recipient_in([lawyer]), verdict_in([forbidden]) ])
       , provision = patient_rights
       , source    = patient_rights_scope
       , text      = [ fr = "Un avocat, même celui de la personne concernée, est un tiers: l'attestation ou le certificat est remis à la personne elle-même, qui décide de ce qu'elle en fait (pour un professionnel des soins de santé: droit à l'information et à la copie du dossier, art. 7 et 9 de la loi relative aux droits du patient).",
                       en = "A lawyer, even the person's own, is a third party: the attestation or certificate is handed to the person himself, who decides what to do with it (from a health-care professional: the right to information and to a copy of the file, arts. 7 and 9 of the patient-rights law).",
                       nl = "Een advocaat, ook die van de betrokkene, is een derde: het attest of de verklaring wordt aan de betrokkene zelf gegeven, die beslist wat hij ermee doet (bij een gezondheidszorgbeoefenaar: recht op informatie en op afschrift van het dossier, art. 7 en 9 wet patiëntenrechten)." ]
       ]).
