/*  Interface words in Dutch (Belgian legal Dutch, as written in Flanders):
    the labels of the vocabulary, the names of the instruments, the
    notation of articles, and the templates of the engine's own words.
    Included by kb/lang.pl, which reads the language from this file's name.

    The instruments keep their official Dutch titles. The decrees and codes
    of the French Community have no Dutch original: their names here are the
    translations the Belgisch Staatsblad publishes where one was found
    (the youth aid decree of 1991, the Code of 2018), else a translation.

    A fact's label is a main clause; the templates that embed one (no,
    lacking, the interview's question) put it after a colon, so that its
    word order stays right (a Dutch subordinate clause would need the verb
    at the end).
*/


% R -- discloser
label(role, doctor, "een arts").
label(role, nurse, "een verpleegkundige").
label(role, midwife, "een vroedvrouw").
label(role, pharmacist, "een apotheker").
label(role, psychologist, "een psycholoog").
label(role, social_worker, "een maatschappelijk assistent").
label(role, educator, "een opvoeder").
label(role, youth_aid_worker, "een jeugdhulpverlener").
label(role, cpas_staff, "een personeelslid van een OCMW").
label(role, cpas_council_member, "een lid van de raad voor maatschappelijk welzijn (OCMW-raad)").
label(role, pms_staff, "een personeelslid van een CLB of PMS-centrum").
label(role, mediator, "een bemiddelaar").
label(role, hospital_admin_agent, "een administratief medewerker van een ziekenhuis").
label(role, service_director, "een directeur van een dienst").
label(role, justice_assistant, "een justitieassistent").
label(role, lawyer, "een advocaat").
label(role, moral_counsellor, "een moreel consulent").
label(role, police_officer, "een politieambtenaar").
label(role, private_individual, "een particulier").
label(role, clinical_psychologist, "een klinisch psycholoog").
label(role, physiotherapist, "een kinesitherapeut").
label(role, dentist, "een tandarts").
label(role, teacher, "een leerkracht of een ander personeelslid van een school").
label(role, control_doctor, "een controlearts").
label(role, occupational_doctor, "een arbeidsgeneesheer").
label(role, advisory_doctor, "een adviserend arts").
label(role, youth_aid_council_member, "een lid van een adviesorgaan van de jeugdhulp").
label(role, volunteer, "een vrijwilliger").

% I -- institution
label(institution, cpas, "een OCMW").
label(institution, mutuality, "een ziekenfonds").
label(institution, family_allowance_fund, "een kinderbijslagfonds").
label(institution, unemployment_office, "een werkloosheidsinstelling").
label(institution, other_social_security_institution, "een andere instelling van sociale zekerheid").
label(institution, hospital, "een ziekenhuis").
label(institution, youth_aid_service, "een jeugdhulpdienst").
label(institution, refugee_reception_centre, "een opvangcentrum voor vluchtelingen").
label(institution, pms_centre, "een CLB of PMS-centrum").
label(institution, justice_house, "een justitiehuis").
label(institution, association, "een vereniging").
label(institution, private_practice, "een privépraktijk").
label(institution, school, "een school").
label(institution, police_service, "een politiedienst").
label(institution, general_welfare_centre, "een centrum algemeen welzijnswerk (CAW)").
label(institution, child_abuse_centre, "een Vertrouwenscentrum Kindermishandeling (SOS Enfants)").
label(institution, family_justice_centre, "een Veilig Huis (Family Justice Center)").
label(institution, prison, "een gevangenis of een andere plaats van vrijheidsbeneming").

% K -- information
label(information, confidence, "wat de persoon heeft toevertrouwd").
label(information, medical_data, "gezondheidsgegevens").
label(information, administrative_data, "administratieve gegevens").
label(information, state_of_mind, "de gemoedstoestand van de persoon").
label(information, client_status, "het feit dat de persoon door de dienst begeleid wordt").
label(information, public_fact, "de bevestiging van een bekend feit of een gerucht").
label(information, social_report, "de inhoud van een sociaal verslag of een dossier").
label(information, factual_followup, "feitelijke opvolgingsgegevens").
label(information, fitness_for_work, "alleen het besluit arbeidsgeschikt of arbeidsongeschikt en de vermoedelijke duur, zonder diagnose").
label(information, cause_of_death, "de doodsoorzaak").
label(information, whole_file, "het volledige dossier over de persoon").

% T -- recipient
label(recipient, police, "de politie").
label(recipient, public_prosecutor, "de procureur des Konings").
label(recipient, investigating_judge, "de onderzoeksrechter").
label(recipient, trial_court, "een vonnisgerecht").
label(recipient, parliamentary_inquiry, "een parlementaire onderzoekscommissie").
label(recipient, mandating_authority, "de mandaterende overheid").
label(recipient, justice_assistant, "de justitieassistent").
label(recipient, colleague, "een andere beroepsbeoefenaar").
label(recipient, service_director, "de directie van de dienst").
label(recipient, case_consultation, "de deelnemers aan een casusoverleg").
label(recipient, family, "de familie").
label(recipient, employer, "de werkgever").
label(recipient, press, "de pers").
label(recipient, person_concerned, "de betrokkene zelf").
label(recipient, parents, "de ouders of wettelijke vertegenwoordigers").
label(recipient, partner, "de partner of echtgenoot").
label(recipient, next_of_kin, "de nabestaanden van een overleden persoon").
label(recipient, court_expert, "een gerechtsdeskundige").
label(recipient, lawyer, "een advocaat").
label(recipient, insurer, "een verzekeraar of zijn adviserend arts").
label(recipient, advisory_doctor, "de adviserend arts van een ziekenfonds").
label(recipient, occupational_doctor, "de arbeidsgeneesheer van de werkgever").
label(recipient, trusted_person, "de vertrouwenspersoon").
label(recipient, inspection_service, "een inspectiedienst").
label(recipient, health_authority, "een overheid bevoegd voor de volksgezondheid").
label(recipient, school, "de school of de leerkrachten").
label(recipient, child_abuse_centre, "een Vertrouwenscentrum Kindermishandeling (SOS Enfants)").
label(recipient, control_doctor, "de controlearts van de werkgever").
label(recipient, professional_order, "het tucht- of deontologisch orgaan van het beroep").

% F -- facts: the label says what "true" means
label(fact, learned_in_profession, "de informatie werd vernomen bij de uitoefening van het beroep").
label(fact, called_to_testify, "de beroepsbeoefenaar wordt als getuige onder eed gehoord").
label(fact, terrorism_investigation, "het verzoek kadert in een opsporings- of gerechtelijk onderzoek naar terroristische misdrijven").
label(fact, reasoned_written_request, "de vordering van de procureur des Konings is schriftelijk en met redenen omkleed").
label(fact, serious_indications_terrorism, "de beroepsbeoefenaar beschikt over informatie die ernstige aanwijzingen van een terroristisch misdrijf kan vormen").
label(fact, victim_minor, "het slachtoffer is minderjarig").
label(fact, victim_vulnerable, "het slachtoffer is een kwetsbare persoon").
label(fact, listed_offence, "een in artikel 458bis bedoeld misdrijf werd op die persoon gepleegd").
label(fact, victim_examined_or_confided, "de beroepsbeoefenaar heeft het slachtoffer onderzocht of het slachtoffer heeft hem in vertrouwen genomen").
label(fact, grave_imminent_danger, "er is een ernstig en dreigend gevaar voor de fysieke of psychische integriteit van iemand").
label(fact, danger_other_victims, "er zijn aanwijzingen van een ernstig en reëel gevaar dat anderen het slachtoffer worden").
label(fact, can_protect, "de beroepsbeoefenaar kan de bedreigde integriteit zelf of met hulp van anderen beschermen").
label(fact, other_means, "het gevaar kan op een andere manier dan deze onthulling afgewend worden").
label(fact, proportionate, "het beschermde belang weegt zwaarder dan het beroepsgeheim en alleen het noodzakelijke wordt onthuld").
label(fact, only_way_to_protect, "de bestemmeling inlichten is de enige manier om hulp te verlenen aan een persoon in groot gevaar").
label(fact, consultation_legal_basis, "het overleg wordt georganiseerd bij of krachtens een wet, een decreet of een ordonnantie").
label(fact, consultation_prosecutor_authorised, "het overleg heeft een met redenen omklede toestemming van de procureur des Konings").
label(fact, purpose_protect_integrity, "het overleg strekt tot de bescherming van de fysieke en psychische integriteit van de persoon of van derden").
label(fact, purpose_prevent_terrorism, "het overleg strekt tot het voorkomen van terroristische misdrijven").
label(fact, purpose_prevent_organised_crime, "het overleg strekt tot het voorkomen van misdrijven gepleegd in het kader van een criminele organisatie").
label(fact, recipient_bound_by_secrecy, "de bestemmeling is zelf door het beroepsgeheim gebonden").
label(fact, same_mission, "de bestemmeling vervult dezelfde opdracht, met hetzelfde doel").
label(fact, person_consents, "de betrokkene werd ingelicht en stemt ermee in").
label(fact, in_person_interest, "de mededeling dient het belang van de betrokkene").
label(fact, strictly_necessary, "alleen wat het doel strikt vereist wordt meegedeeld").
label(fact, under_mandate, "de beroepsbeoefenaar werkt in opdracht (mandaat) van de bestemmeling").
label(fact, person_informed, "de betrokkene werd vooraf ingelicht over wat gerapporteerd wordt en aan wie").
label(fact, client_is_offender, "de persoon die zich heeft toevertrouwd is de dader van het misdrijf en de informatie kan hem belasten").
label(fact, discloser_is_suspect, "de beroepsbeoefenaar wordt zelf verdacht van het misdrijf waarop het onderzoek betrekking heeft").
label(fact, person_requests_disclosure, "de betrokkene vraagt zelf, uitdrukkelijk, dat deze bestemmeling ingelicht wordt").
label(fact, person_is_minor, "de betrokkene is minderjarig").
label(fact, minor_capable_of_discernment, "de minderjarige kan tot een redelijke beoordeling van zijn belangen in staat worden geacht").
label(fact, person_deceased, "de betrokkene is overleden").
label(fact, person_consented_before_death, "de overledene had bij leven met deze mededeling ingestemd").
label(fact, seized_by_investigating_judge, "het document wordt in beslag genomen bij een huiszoeking of een inbeslagneming bevolen door een onderzoeksrechter").
label(fact, court_order_to_produce, "een rechtscollege heeft de beroepsbeoefenaar bevolen het document over te leggen").
label(fact, via_designated_practitioner, "het verzoek van de nabestaanden verloopt via een beroepsbeoefenaar die zij aanwijzen en die het dossier voor hen inziet").
label(fact, deceased_objected, "de overledene had zich uitdrukkelijk tegen deze mededeling verzet").
label(fact, accredited_mediation, "de beroepsbeoefenaar heeft het vernomen als bemiddelaar, in een bemiddeling volgens het Gerechtelijk Wetboek").
label(fact, law_obliges_disclosure, "een wet, een decreet of een ordonnantie die de kennisbank niet bevat, verplicht tot deze mededeling aan deze bestemmeling").
label(fact, victim_vulnerable_classic, "het slachtoffer is kwetsbaar wegens leeftijd, zwangerschap, ziekte, of een lichamelijk of geestelijk gebrek of onvolwaardigheid").
label(fact, victim_partner_violence, "het slachtoffer is kwetsbaar wegens geweld door een partner of ex-partner").
label(fact, victim_honour_violence, "het slachtoffer is kwetsbaar wegens geweld gepleegd in naam van de cultuur, de gewoonte, de godsdienst, de traditie of de zogenaamde eer").
label(fact, same_team, "de bestemmeling behoort tot het team of de dienst van de beroepsbeoefenaar en werkt met de betrokkene").
label(fact, notifiable_disease, "de informatie betreft een meldingsplichtige ziekte").
label(fact, discloser_is_index_case, "de beroepsbeoefenaar is zelf de besmette persoon van wie de contacten opgespoord worden").

% B -- provisions
label(provision, cic_46bis1_request, "art. 46bis/1, §§ 1 en 2, van het Wetboek van strafvordering (vordering van de procureur des Konings)").
label(provision, cic_46bis1_declaration, "art. 46bis/1, § 3, van het Wetboek van strafvordering (aangifteplicht)").
label(provision, cic_29, "art. 29 van het Wetboek van strafvordering (aangifteplicht van ambtenaren)").
label(provision, judicial_compulsion, "inbeslagneming bevolen door een onderzoeksrechter of bevel tot overlegging van een rechtscollege").
label(provision, mediation, "art. 1728 van het Gerechtelijk Wetboek (vertrouwelijkheid van de bemiddeling)").
label(provision, patient_rights, "wet van 22 augustus 2002 betreffende de rechten van de patiënt").
label(provision, insurance_law, "verzekeringswetgeving (medische getuigschriften)").
label(provision, control_medicine, "controlegeneeskunde (wet van 3 juli 1978, art. 31; wet van 13 juni 1999)").
label(provision, public_health_notification, "melding van ziekten aan de gezondheidsoverheid").
label(provision, youth_code_2018, "Wetboek van preventie, hulpverlening aan de jeugd en jeugdbescherming van de Franse Gemeenschap (18 januari 2018)").
label(provision, pupil_guidance, "de decreten over de CLB's en de PMS-centra (het leerlingendossier)").
label(provision, law_obliges, "art. 458 / 352 van het Strafwetboek (een wet verplicht tot spreken)").
label(provision, cp_458bis, "art. 458bis van het Strafwetboek (misdrijven tegen minderjarigen en kwetsbare personen)").
label(provision, cp2024_353_1, "art. 353, § 1, van het Strafwetboek van 2024 (misdrijven tegen minderjarigen en kwetsbare personen)").
label(provision, cp_458quater, "art. 458quater van het Strafwetboek (de advocaat en zijn cliënt)").
label(provision, cp2024_353_3, "art. 353, § 3, van het Strafwetboek van 2024 (de advocaat en zijn cliënt)").
label(provision, cp_458ter, "art. 458ter van het Strafwetboek (casusoverleg)").
label(provision, cp2024_353_2, "art. 353, § 2, van het Strafwetboek van 2024 (casusoverleg)").
label(provision, cp_422bis, "art. 422bis van het Strafwetboek (schuldig hulpverzuim)").
label(provision, cp2024_299, "art. 299 van het Strafwetboek van 2024 (schuldig hulpverzuim)").
label(provision, mandate, "verslag aan de mandaterende overheid (werk onder mandaat)").
label(provision, suspect_professional, "beroepsbeoefenaar die zelf verdacht wordt").
label(provision, cp_458_testimony, "art. 458 van het Strafwetboek (getuigenis in rechte of voor een parlementaire onderzoekscommissie)").
label(provision, cp2024_352_testimony, "art. 352 van het Strafwetboek van 2024 (getuigenis in rechte of voor een parlementaire onderzoekscommissie)").
label(provision, person_request, "uitdrukkelijk verzoek van de betrokkene (leer van een beroepsorde)").
label(provision, shared_secret, "gedeeld beroepsgeheim").
label(provision, necessity, "noodtoestand (Cass. 13 mei 1987)").
label(provision, cp2024_13, "art. 13 van Boek I van het Strafwetboek van 2024 (noodtoestand)").
label(provision, official_discretion, "discretieplicht van het overheidspersoneel (geen beroepsgeheim)").
label(provision, cp_458, "art. 458 van het Strafwetboek (beroepsgeheim)").
label(provision, cp2024_352, "art. 352 van het Strafwetboek van 2024 (beroepsgeheim)").
label(provision, no_secrecy_duty, "buiten het beroepsgeheim").

% Codes of ethics
label(code, ufas, "deontologische code van de UFAS (maatschappelijk assistenten)").
label(code, youth_aid, "deontologische code van de hulpverlening aan de jeugd").
label(code, psychologists, "deontologische code van de psychologen").
label(code, medical, "code van medische deontologie").
label(code, social_workers_2025, "deontologische code van de Franstalige sociaal werkers (2025)").

% V -- verdicts
label(verdict, forbidden, "verboden: het beroepsgeheim geldt, men moet zwijgen").
label(verdict, permitted, "toegestaan: de beroepsbeoefenaar mag spreken, maar hoeft niet").
label(verdict, obligatory, "verplicht: de beroepsbeoefenaar moet spreken").
label(verdict, not_covered, "niet gedekt: er geldt geen beroepsgeheim").

% Instruments
instrument(code_penal, "Strafwetboek").
instrument(cpas_organic_law, "organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk welzijn").
instrument(youth_aid_decree, "decreet van de Franse Gemeenschap van 4 maart 1991 inzake hulpverlening aan de jeugd").
instrument(case_law, "rechtspraak en rechtsleer").
instrument(psychologists_code, "deontologische code van de psychologen").
instrument(code_instruction_criminelle, "Wetboek van strafvordering").
instrument(constitutional_court, "Grondwettelijk Hof").
instrument(csil_r_law, "wet van 30 juli 2018 tot oprichting van lokale integrale veiligheidscellen inzake radicalisme, extremisme en terrorisme (LIVC-R)").
instrument(veilige_huizen_decree, "decreet van 29 maart 2024 tot oprichting en regeling van de Veilige Huizen").
instrument(code_penal_2024, "Strafwetboek (2024)").
instrument(ufas_code, "deontologische code van de Union francophone des assistants sociaux (UFAS)").
instrument(youth_aid_code, "deontologische code van de hulpverlening aan de jeugd (Franse Gemeenschap)").
instrument(medical_code, "code van medische deontologie").
instrument(social_workers_code, "deontologische code van de Franstalige sociaal werkers (eerste versie van 12 september 2025)").
instrument(french_community_youth_code, "Wetboek van preventie, hulpverlening aan de jeugd en jeugdbescherming (decreet van de Franse Gemeenschap van 18 januari 2018)").
instrument(seed, "STICS-rapport over het beroepsgeheim (2018)").
instrument(gdpr, "algemene verordening gegevensbescherming (Verordening (EU) 2016/679)").
instrument(privacy_law_1992, "wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer ten opzichte van de verwerking van persoonsgegevens").
instrument(social_penal_code, "Sociaal Strafwetboek (wet van 6 juni 2010)").
instrument(labour_inspection_law_1972, "wet van 16 november 1972 betreffende de arbeidsinspectie").
instrument(youth_code_2018, "Wetboek van preventie, hulpverlening aan de jeugd en jeugdbescherming (decreet van de Franse Gemeenschap van 18 januari 2018)").
instrument(youth_aid_ethics_commission, "Deontologische Commissie voor de hulpverlening aan de jeugd van de Franse Gemeenschap (adviezen)").
instrument(clb_decree, "decreet van 27 april 2018 betreffende de leerlingenbegeleiding in het basisonderwijs, het secundair onderwijs en de centra voor leerlingenbegeleiding, en zijn uitvoeringsbesluiten").
instrument(pms_decree, "decreet van de Franse Gemeenschap van 14 juli 2006 over de PMS-centra").
instrument(flemish_prevention_decree, "decreet van 21 november 2003 betreffende het preventieve gezondheidsbeleid").
instrument(regional_health_law, "regelgeving van de gewesten en gemeenschappen over meldingsplichtige ziekten").
instrument(contact_tracing_agreement, "samenwerkingsakkoord van 25 augustus 2020 over de contactopsporing").
instrument(child_abuse_decree_2004, "decreet van de Franse Gemeenschap van 12 mei 2004 over de hulpverlening aan kinderen die het slachtoffer zijn van mishandeling").
instrument(integrale_jeugdhulp_decree, "decreet van 12 juli 2013 betreffende de integrale jeugdhulp").
instrument(volunteers_law, "wet van 3 juli 2005 betreffende de rechten van vrijwilligers").
instrument(prison_law, "basiswet van 12 januari 2005 betreffende het gevangeniswezen en de rechtspositie van de gedetineerden").
% Health laws (v2-health)
instrument(health_professions_law, "gecoördineerde wet van 10 mei 2015 betreffende de uitoefening van de gezondheidszorgberoepen").
instrument(patient_rights_law, "wet van 22 augustus 2002 betreffende de rechten van de patiënt").
instrument(order_of_physicians, "Nationale Raad van de Orde der artsen").
instrument(land_insurance_law, "wet van 25 juni 1992 op de landverzekeringsovereenkomst").
instrument(insurance_law_2014, "wet van 4 april 2014 betreffende de verzekeringen").
instrument(employment_contracts_law, "wet van 3 juli 1978 betreffende de arbeidsovereenkomsten").
instrument(control_medicine_law, "wet van 13 juni 1999 betreffende de controlegeneeskunde").
instrument(welfare_at_work_code, "Codex over het welzijn op het werk").
instrument(judicial_code, "Gerechtelijk Wetboek").

% Articles: the notation of the sources (French), as Dutch writes it
article("36, al. 2", "36, tweede lid").
article("46bis/1, §§ 1er et 2", "46bis/1, §§ 1 en 2").
article("7, al. 1er", "7, eerste lid").
article("12, al. 4", "12, vierde lid").
article("5 à 13", "5 tot 13").
article("55 à 57", "55 tot 57").
article("36 (Livre Ier)", "36 (Boek I)").
article("353, § 1er", "353, § 1").
article("13 (Livre Ier)", "13 (Boek I)").
article("avis 88/07", "advies 88/07").
article("avis 99/08", "advies 99/08").
article("1, 1° (BVR 12 september 2008)", "1, 1° (BVR 12 september 2008)").
article("31, § 3, al. 2", "31, § 3, tweede lid").

% The engine's words: conditions, headings, templates (format/2)
template(role_in, "beroepsbeoefenaar: ~w").
template(institution_in, "werkplek: ~w").
template(information_in, "informatie: ~w").
template(recipient_in, "bestemmeling: ~w").
template(no, "niet het geval: ~w").
template(lacking, "niet vastgesteld: ~w").
template(not, "geen van de volgende voorwaarden").
template(all, "alle volgende voorwaarden").
template(any, "een van de volgende voorwaarden").
template(verdict_in, "het oordeel is ~w").
template(basis_has, "het antwoord steunt op ~w").
template(incomplete, "onbekende feiten kunnen het antwoord veranderen").
template(or, " of ").
template(ui(law_date), "Recht zoals van kracht op ~w.").
template(ui(basis), "Grondslag").
template(ui(open), "Wat het antwoord kan veranderen").
template(ui(caveats), "Te doen of in acht te nemen").
template(ui(notes), "Goed om te weten").
template(ui(why_not), "Uitzonderingen die niet gelden").
template(ui(tree), "Redenering").
template(ui(because), "omdat").
template(ui(verified), "geverifieerd").
template(ui(partial), "deels geverifieerd").
template(ui(unverified), "niet geverifieerd").
template(ui(rules), "regels").
template(ui(advice), "adviezen").
template(ui(tests), "tests").
template(ui(omitted), "niet gecodeerd").
template(ui(none), "geen").
template(ui(deontology), "Deontologie — de codes, naast de wet").
template(ui(deontic_view), "Standpunt van de codes").
template(ui(codes), "Toepasselijke codes").
template(ui(no_code), "Geen gecodeerde deontologische code bindt deze beroepsbeoefenaar.").
template(ui(tensions), "Spanningen met de wet").
template(ui(law_says), "De wet").
template(ui(code_says), "De code").
template(ui(code_reasoning), "Redenering van de codes").
template(ui(question), "Staat dit vast: ~w?").
template(ui(answers), "ja / nee / onbekend").
% The one-screen answer and the complete one (kb/engine/text.pl)
template(ui(language_name), "Nederlands").
template(ui(situation), "~w → ~w: ~w.").
template(ui(situation_at), "~w (~w) → ~w: ~w.").
template(ui(no_change), "Wat het antwoord nog kan veranderen: niets wat de kennisbank kent.").
template(ui(some_of), "~w (~d van ~d)").
template(ui(codes_line), "Deontologische codes (~w): ~w.").
% One hint for the command line and the Prolog session: why/1 and
% secret-kb ask print the same text.
template(ui(hint), "Meer: --full of why(S, [full(true)]) (elke onderzochte uitzondering, de redenering); whatif of what_if/2 (alle wijzigingen).").
template(ui(legend), "~w waar · ~w onwaar · ~w onbekend").
template(ui(not_concerned), "Andere uitzonderingen, die deze beroepsbeoefenaar, deze werkplek, deze informatie of deze bestemmeling niet betreffen: ~d.").
% The page of secret-kb serve (secret_kb/web/pages.py)
template(ui(page_title), "Mag ik het zeggen? — secret-kb").
template(ui(page_heading), "Mag ik het zeggen?").
template(ui(page_intro), "Het beroepsgeheim in het Belgische recht, voor de psycho-medisch-sociale beroepen. Zeg wie wat aan wie zou meedelen; beantwoord daarna enkel de vragen die het antwoord nog kunnen veranderen.").
template(ui(page_discloser), "Wie zou het meedelen?").
template(ui(page_information), "Wat zou er meegedeeld worden?").
template(ui(page_recipient), "Aan wie?").
template(ui(page_institution), "Waar werkt de beroepsbeoefenaar? (als het ertoe doet)").
template(ui(page_not_said), "— niet opgegeven —").
template(ui(page_choose), "— kies —").
template(ui(page_date), "Op welke datum? (leeg: vandaag)").
template(ui(page_ask), "Vragen").
template(ui(page_languages), "Taal").
template(ui(page_question), "Vraag ~d").
template(ui(page_interview_note), "Enkel de vragen waarvan het antwoord het oordeel nog kan veranderen, worden gesteld, één voor één.").
template(ui(page_yes), "Ja").
template(ui(page_no), "Nee").
template(ui(page_dont_know), "Ik weet het niet").
template(ui(page_true), "waar").
template(ui(page_false), "onwaar").
template(ui(page_unknown), "onbekend").
template(ui(page_answer_now), "Nu antwoorden, met wat bekend is").
template(ui(page_given), "Uw antwoorden").
template(ui(page_change), "De vragen opnieuw beantwoorden").
template(ui(page_again), "Een vraag over een andere mededeling").
template(ui(page_print), "Afdrukken").
template(ui(page_open_all), "Alles openen").
template(ui(page_close_all), "Alles sluiten").
template(ui(page_why), "Waarom: de redenering van het recht").
template(ui(page_legend), "Legende").
template(ui(page_reference), "Officiële referentie").
template(ui(page_reading), "Lezing").
template(ui(page_disclaimer), "Een hulpmiddel voor onderzoek en opleiding: geen juridisch advies.").
template(ui(page_error), "Op deze vraag kan zo geen antwoord worden gegeven").
template(ui(page_accepted), "Aanvaarde waarden").
template(ui(page_back), "Terug naar het begin").
template(ui(page_skip), "Naar de inhoud").
% The rule book as sentences (kb/engine/sentences.pl): a Dutch clause
% after "als" would need its verb last, so the conditions follow a colon.
template(sentence(under), "Op grond van ~w: ~w").
template(sentence(article), "~w, art. ~w").
template(sentence(verdict(forbidden)), "de bekendmaking is verboden").
template(sentence(verdict(permitted)), "de bekendmaking is toegestaan").
template(sentence(verdict(obligatory)), "de bekendmaking is verplicht").
template(sentence(verdict(not_covered)), "er geldt geen beroepsgeheim").
template(sentence(notion), "daaruit volgt: ~w").
template(sentence(setting_aside), ", in afwijking van ~w").
template(sentence(and), " en ").
template(sentence(when), ", als het volgende vaststaat: ~w").
template(sentence(when_all), ", als al het volgende vaststaat: ~w").
template(sentence(when_any), ", als een van deze voorwaarden vervuld is: ~w").
template(sentence(all), "al deze voorwaarden (~w)").
template(sentence(any), "een van deze voorwaarden (~w)").
template(sentence(not), "niet (~w)").
% secret-kb diff, timeline, rules (kb/engine/evolution.pl, secret_kb/render.py)
template(ui(diff_heading), "Wat er in het recht veranderde tussen ~w en ~w").
template(ui(diff_walked), "~w klassescenario's doorlopen, ~w betroffen door een wijziging van het recht, ~w wijzigingen.").
template(ui(diff_none), "Geen enkel oordeel of grondslag verandert tussen deze data.").
template(ui(diff_cases), "~w gevallen").
template(ui(when_facts), "als").
template(ui(all_facts_unknown), "alle feiten onbekend").
template(ui(ended), "Einde").
template(ui(began), "Begin").
template(ui(timeline_heading), "Het scenario doorheen de tijdperken van het recht").
template(ui(rules_heading), "Het regelboek in zinnen").
template(ui(source), "Bron").
template(ui(reading), "Lezing").
template(ui(set_aside_by), "Opzijgezet door").
template(ui(default), "standaard").
template(ui(claim), "een bewering die de kennisbank niet kan nagaan").
template(ui(article), "art. ~w").
template(ui(check_scenarios), "~w scenario's, op ~w").
template(ui(check_unspoken), "onbesproken (na te kijken): ~w paren van beroepsbeoefenaar en bestemmeling").
template(ui(clean), "in orde").
template(ui(not_clean), "NIET in orde").
template(open_line, "~w als het volgende vaststaat — ~w [~w]").
template(verdict(forbidden), "verboden").
template(verdict(permitted), "toegestaan").
template(verdict(obligatory), "verplicht").
template(verdict(not_covered), "niet gedekt").
