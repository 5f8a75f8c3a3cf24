/*  Interface words in English: the labels of the vocabulary, the names of
    the instruments, and the templates of the engine's own words.
    Included by kb/lang.pl, which reads the language from this file's name.
*/


% R -- discloser
label(role, doctor, "a doctor").
label(role, nurse, "a nurse").
label(role, midwife, "a midwife").
label(role, pharmacist, "a pharmacist").
label(role, psychologist, "a psychologist").
label(role, social_worker, "a social worker").
label(role, educator, "an educator").
label(role, youth_aid_worker, "a youth-aid worker").
label(role, cpas_staff, "a member of staff of a CPAS").
label(role, cpas_council_member, "a member of a CPAS council").
label(role, pms_staff, "a member of staff of a PMS centre").
label(role, mediator, "a mediator").
label(role, hospital_admin_agent, "a hospital administrative agent").
label(role, service_director, "a service director").
label(role, justice_assistant, "a justice assistant").
label(role, lawyer, "a lawyer").
label(role, moral_counsellor, "a moral counsellor").
label(role, police_officer, "a police officer").
label(role, private_individual, "a private individual").
label(role, clinical_psychologist, "a clinical psychologist").
label(role, physiotherapist, "a physiotherapist").
label(role, dentist, "a dentist").
label(role, teacher, "a teacher or member of a school's staff").
label(role, control_doctor, "a control doctor").
label(role, occupational_doctor, "an occupational doctor").
label(role, advisory_doctor, "an advisory doctor").
label(role, youth_aid_council_member, "a member of an advisory youth-aid body").
label(role, volunteer, "a volunteer").

% I -- institution
label(institution, cpas, "a CPAS").
label(institution, mutuality, "a health insurance fund (mutuality)").
label(institution, family_allowance_fund, "a family allowance fund").
label(institution, unemployment_office, "an unemployment body").
label(institution, other_social_security_institution, "another social security institution").
label(institution, hospital, "a hospital").
label(institution, youth_aid_service, "a youth-aid service").
label(institution, refugee_reception_centre, "a refugee reception centre").
label(institution, pms_centre, "a PMS centre").
label(institution, justice_house, "a justice house").
label(institution, association, "an association").
label(institution, private_practice, "a private practice").
label(institution, school, "a school").
label(institution, police_service, "a police service").
label(institution, general_welfare_centre, "a general welfare centre (CAW)").
label(institution, child_abuse_centre, "a child-abuse centre (SOS Enfants, Vertrouwenscentrum Kindermishandeling)").
label(institution, family_justice_centre, "a Family Justice Centre (Veilig Huis)").
label(institution, prison, "a prison or other place of detention").

% K -- information
label(information, confidence, "what the person confided").
label(information, medical_data, "health data").
label(information, administrative_data, "administrative information").
label(information, state_of_mind, "the person's state of mind").
label(information, client_status, "the fact that the person is followed by the service").
label(information, public_fact, "the confirmation of a public fact or rumour").
label(information, social_report, "the content of a social report or case file").
label(information, factual_followup, "factual follow-up data").
label(information, fitness_for_work, "only fit or unfit for work and the probable duration, without diagnosis").
label(information, cause_of_death, "the cause of death").
label(information, whole_file, "the whole file held on the person").

% T -- recipient
label(recipient, police, "the police").
label(recipient, public_prosecutor, "the public prosecutor").
label(recipient, investigating_judge, "the investigating judge").
label(recipient, trial_court, "a trial court").
label(recipient, parliamentary_inquiry, "a parliamentary inquiry commission").
label(recipient, mandating_authority, "the mandating authority").
label(recipient, justice_assistant, "the justice assistant").
label(recipient, colleague, "another professional").
label(recipient, service_director, "the service's director").
label(recipient, case_consultation, "the participants of a case consultation").
label(recipient, family, "the family").
label(recipient, employer, "the employer").
label(recipient, press, "the press").
label(recipient, person_concerned, "the person concerned").
label(recipient, parents, "the parents or legal representatives").
label(recipient, partner, "the partner or spouse").
label(recipient, next_of_kin, "the relatives of a deceased person").
label(recipient, court_expert, "a court-appointed expert").
label(recipient, lawyer, "a lawyer").
label(recipient, insurer, "an insurer or its medical adviser").
label(recipient, advisory_doctor, "the advisory doctor of a mutuality").
label(recipient, occupational_doctor, "the employer's occupational doctor").
label(recipient, trusted_person, "the person of trust").
label(recipient, inspection_service, "an inspection service").
label(recipient, health_authority, "a public-health authority").
label(recipient, school, "the school or the teachers").
label(recipient, child_abuse_centre, "a child-abuse centre (SOS Enfants, Vertrouwenscentrum Kindermishandeling)").
label(recipient, control_doctor, "the employer's control doctor").
label(recipient, professional_order, "the profession's disciplinary or ethics body").

% F -- facts: the label says what "true" means
label(fact, learned_in_profession, "the information was learned in the exercise of the profession").
label(fact, called_to_testify, "the professional is heard as a witness, under oath").
label(fact, terrorism_investigation, "the request comes within an investigation of terrorist offences").
label(fact, reasoned_written_request, "the public prosecutor's request is written and reasoned").
label(fact, serious_indications_terrorism, "the professional holds information that may be serious indications of a terrorist offence").
label(fact, victim_minor, "the victim is a minor").
label(fact, victim_vulnerable, "the victim is a vulnerable person").
label(fact, listed_offence, "an offence listed in article 458bis was committed on that person").
label(fact, victim_examined_or_confided, "the professional examined the victim or received the victim's confidence").
label(fact, grave_imminent_danger, "a grave and imminent danger threatens someone's physical or mental integrity").
label(fact, danger_other_victims, "there are indications of a serious and real danger that others become victims").
label(fact, can_protect, "the professional can protect the integrity at stake, alone or with the help of third parties").
label(fact, other_means, "the danger can be averted by a means other than this disclosure").
label(fact, proportionate, "the interest protected outweighs secrecy and only what is needed is disclosed").
label(fact, only_way_to_protect, "informing the recipient is the only way to bring help to a person in grave danger").
label(fact, consultation_legal_basis, "the consultation is organised by or under a law, decree or ordinance").
label(fact, consultation_prosecutor_authorised, "the consultation has a reasoned authorisation of the public prosecutor").
label(fact, purpose_protect_integrity, "the consultation aims to protect the physical and psychological integrity of the person or of others").
label(fact, purpose_prevent_terrorism, "the consultation aims to prevent terrorist offences").
label(fact, purpose_prevent_organised_crime, "the consultation aims to prevent offences of a criminal organisation").
label(fact, recipient_bound_by_secrecy, "the recipient is bound by professional secrecy").
label(fact, same_mission, "the recipient works within the same mission and purpose").
label(fact, person_consents, "the person concerned was informed and agrees").
label(fact, in_person_interest, "the disclosure serves the interest of the person concerned").
label(fact, strictly_necessary, "only what the purpose strictly requires is disclosed").
label(fact, under_mandate, "the professional works under a mandate given by the recipient").
label(fact, person_informed, "the person was told beforehand what is reported and to whom").
label(fact, client_is_offender, "the person who confided is the author of the offence and the information may incriminate them").
label(fact, discloser_is_suspect, "the professional is personally suspected of the offence under investigation").
label(fact, person_requests_disclosure, "the person concerned, on their own initiative, expressly asks that this recipient be told").
label(fact, person_is_minor, "the person concerned is a minor").
label(fact, minor_capable_of_discernment, "the minor can reasonably assess their own interests").
label(fact, person_deceased, "the person concerned has died").
label(fact, person_consented_before_death, "the deceased had, while alive, agreed to this disclosure").
label(fact, seized_by_investigating_judge, "the document is taken by a search or seizure ordered by an investigating judge").
label(fact, court_order_to_produce, "a court has ordered the professional to produce the document").
label(fact, via_designated_practitioner, "the relatives' request goes through a practitioner they designate, who consults the file for them").
label(fact, deceased_objected, "the deceased had expressly objected to this disclosure").
label(fact, accredited_mediation, "the professional learned it as mediator in a mediation under the Judicial Code").
label(fact, law_obliges_disclosure, "a law, decree or ordinance the knowledge base does not encode obliges this disclosure to this recipient").
label(fact, victim_vulnerable_classic, "the victim is vulnerable because of age, pregnancy, illness, or a physical or mental infirmity or deficiency").
label(fact, victim_partner_violence, "the victim is vulnerable because of violence by a (former) partner").
label(fact, victim_honour_violence, "the victim is vulnerable because of violence in the name of culture, custom, religion, tradition or so-called honour").
label(fact, same_team, "the recipient belongs to the professional's own team or service and works with the person concerned").
label(fact, notifiable_disease, "the information concerns a notifiable disease").
label(fact, discloser_is_index_case, "the professional is the infected person whose contacts are traced").

% B -- provisions
label(provision, cic_46bis1_request, "art. 46bis/1 §§1-2 of the Code of Criminal Procedure (the public prosecutor's request)").
label(provision, cic_46bis1_declaration, "art. 46bis/1 §3 of the Code of Criminal Procedure (duty to declare)").
label(provision, cic_29, "art. 29 of the Code of Criminal Procedure (officials' duty to report)").
label(provision, judicial_compulsion, "a seizure ordered by an investigating judge, or a court's order to produce").
label(provision, mediation, "art. 1728 of the Judicial Code (confidentiality of mediation)").
label(provision, patient_rights, "law of 22 August 2002 on patient rights").
label(provision, insurance_law, "insurance law (medical certificates)").
label(provision, control_medicine, "control medicine (law of 3 July 1978, art. 31; law of 13 June 1999)").
label(provision, public_health_notification, "notification of diseases to the health authority").
label(provision, youth_code_2018, "French Community Code of 18 January 2018 on prevention, youth aid and youth protection").
label(provision, pupil_guidance, "the decrees on PMS centres and CLB (the pupil file)").
label(provision, law_obliges, "art. 458 / 352 of the Criminal Code (a law obliges to speak)").
label(provision, cp_458bis, "art. 458bis of the Criminal Code (offences against minors and vulnerable persons)").
label(provision, cp2024_353_1, "art. 353 §1 of the 2024 Criminal Code (offences against minors and vulnerable persons)").
label(provision, cp_458quater, "art. 458quater of the Criminal Code (the lawyer and the client)").
label(provision, cp2024_353_3, "art. 353 §3 of the 2024 Criminal Code (the lawyer and the client)").
label(provision, cp_458ter, "art. 458ter of the Criminal Code (case consultation)").
label(provision, cp2024_353_2, "art. 353 §2 of the 2024 Criminal Code (case consultation)").
label(provision, cp_422bis, "art. 422bis of the Criminal Code (failure to help a person in danger)").
label(provision, cp2024_299, "art. 299 of the 2024 Criminal Code (failure to help a person in danger)").
label(provision, mandate, "report to the mandating authority (mandated work)").
label(provision, suspect_professional, "professional personally suspected").
label(provision, cp_458_testimony, "art. 458 of the Criminal Code (testimony in justice or before a parliamentary inquiry)").
label(provision, cp2024_352_testimony, "art. 352 of the 2024 Criminal Code (testimony in court or before a parliamentary inquiry)").
label(provision, person_request, "the express request of the person concerned (a professional body's doctrine)").
label(provision, shared_secret, "shared professional secrecy").
label(provision, necessity, "necessity (Court of Cassation, 13 May 1987)").
label(provision, cp2024_13, "art. 13 of Book I of the 2024 Criminal Code (necessity)").
label(provision, official_discretion, "public-service staff's duty of discretion (not professional secrecy)").
label(provision, cp_458, "art. 458 of the Criminal Code (professional secrecy)").
label(provision, cp2024_352, "art. 352 of the 2024 Criminal Code (professional secrecy)").
label(provision, no_secrecy_duty, "outside professional secrecy").

% Codes of ethics
label(code, ufas, "UFAS code of ethics (social workers)").
label(code, youth_aid, "youth-aid code of ethics").
label(code, psychologists, "psychologists' code of ethics").
label(code, medical, "code of medical ethics").
label(code, social_workers_2025, "French-speaking social workers' code of ethics (2025)").

% V -- verdicts
label(verdict, forbidden, "forbidden: secrecy applies, keep silent").
label(verdict, permitted, "permitted: the professional may speak, and need not").
label(verdict, obligatory, "obligatory: the professional must speak").
label(verdict, not_covered, "not covered: no professional secrecy applies").

% Instruments
instrument(code_penal, "Criminal Code").
instrument(cpas_organic_law, "Organic Law on CPAS of 8 July 1976").
instrument(youth_aid_decree, "French Community decree of 4 March 1991 on youth aid").
instrument(case_law, "case law and doctrine").
instrument(psychologists_code, "psychologists' code of ethics").
instrument(code_instruction_criminelle, "Code of Criminal Procedure").
instrument(constitutional_court, "Constitutional Court").
instrument(csil_r_law, "Law of 30 July 2018 creating local integrated security cells (CSIL-R)").
instrument(veilige_huizen_decree, "Flemish decree of 29 March 2024 on the 'Veilige Huizen'").
instrument(code_penal_2024, "Criminal Code (2024)").
instrument(ufas_code, "code of ethics of the French-speaking Union of Social Workers (UFAS)").
instrument(youth_aid_code, "French Community youth-aid code of ethics").
instrument(medical_code, "code of medical ethics").
instrument(social_workers_code, "French-speaking social workers' code of ethics (first version of 12 September 2025)").
instrument(french_community_youth_code, "French Community Code of 18 January 2018 on prevention, youth aid and youth protection").
instrument(seed, "STICS report on professional secrecy (2018)").
instrument(gdpr, "General Data Protection Regulation (Regulation (EU) 2016/679)").
instrument(privacy_law_1992, "Law of 8 December 1992 on the protection of privacy with regard to the processing of personal data").
instrument(social_penal_code, "Social Penal Code (law of 6 June 2010)").
instrument(labour_inspection_law_1972, "Law of 16 November 1972 on labour inspection").
instrument(youth_code_2018, "Code on prevention, youth aid and youth protection (French Community decree of 18 January 2018)").
instrument(youth_aid_ethics_commission, "Youth-aid Ethics Commission (opinions)").
instrument(clb_decree, "Flemish decree of 27 April 2018 on pupil guidance (CLB) and its orders").
instrument(pms_decree, "French Community decree of 14 July 2006 on PMS centres").
instrument(flemish_prevention_decree, "Flemish decree of 21 November 2003 on preventive health policy").
instrument(regional_health_law, "regional and community law on notifiable diseases").
instrument(contact_tracing_agreement, "cooperation agreement of 25 August 2020 on contact tracing").
instrument(child_abuse_decree_2004, "French Community decree of 12 May 2004 on help for child victims of abuse").
instrument(integrale_jeugdhulp_decree, "Flemish decree of 12 July 2013 on integrated youth care").
instrument(volunteers_law, "law of 3 July 2005 on the rights of volunteers").
instrument(prison_law, "principles law of 12 January 2005 (prison administration, legal status of detainees)").
% Health laws (v2-health)
instrument(health_professions_law, "coordinated law of 10 May 2015 on the exercise of the health-care professions").
instrument(patient_rights_law, "law of 22 August 2002 on patient rights").
instrument(order_of_physicians, "National Council of the Order of physicians").
instrument(land_insurance_law, "law of 25 June 1992 on the land-insurance contract").
instrument(insurance_law_2014, "law of 4 April 2014 on insurance").
instrument(employment_contracts_law, "law of 3 July 1978 on employment contracts").
instrument(control_medicine_law, "law of 13 June 1999 on control medicine").
instrument(welfare_at_work_code, "Code on well-being at work").
instrument(judicial_code, "Judicial Code").

% Articles: the notation of the sources (French), as English writes it
article("36, al. 2", "36, para. 2").
article("46bis/1, §§ 1er et 2", "46bis/1, §§ 1 and 2").
article("7, al. 1er", "7, para. 1").
article("12, al. 4", "12, para. 4").
article("5 à 13", "5 to 13").
article("55 à 57", "55 to 57").
article("36 (Livre Ier)", "36 (Book I)").
article("353, § 1er", "353, § 1").
article("13 (Livre Ier)", "13 (Book I)").
article("avis 88/07", "opinion 88/07").
article("avis 99/08", "opinion 99/08").
article("1, 1° (BVR 12 september 2008)", "1, 1° (order of the Flemish Government of 12 September 2008)").
article("31, § 3, al. 2", "31, § 3, para. 2").

% The engine's words: conditions, headings, templates (format/2)
template(role_in, "discloser: ~w").
template(institution_in, "workplace: ~w").
template(information_in, "information: ~w").
template(recipient_in, "recipient: ~w").
template(no, "it is not the case that ~w").
template(lacking, "it is not established that ~w").
template(not, "none of the following").
template(all, "all of the following").
template(any, "one of the following").
template(verdict_in, "the verdict is ~w").
template(basis_has, "the answer rests on ~w").
template(incomplete, "unknown facts could change the answer").
template(or, " or ").
template(ui(law_date), "Law as in force on ~w.").
template(ui(basis), "Grounds").
template(ui(open), "What could change the answer").
template(ui(caveats), "What to do or heed").
template(ui(notes), "Good to know").
template(ui(why_not), "Exceptions that do not apply").
template(ui(tree), "Reasoning").
template(ui(because), "because").
template(ui(verified), "verified").
template(ui(partial), "partly verified").
template(ui(unverified), "unverified").
template(ui(rules), "rules").
template(ui(advice), "advice").
template(ui(tests), "tests").
template(ui(omitted), "not encoded").
template(ui(none), "none").
template(ui(deontology), "Deontology — the codes, beside the law").
template(ui(deontic_view), "The codes' view").
template(ui(codes), "Codes that bind").
template(ui(no_code), "No encoded code of ethics binds this professional.").
template(ui(tensions), "Tensions with the law").
template(ui(law_says), "The law").
template(ui(code_says), "The code").
template(ui(code_reasoning), "The codes' reasoning").
template(ui(question), "Is it established that ~w?").
template(ui(answers), "yes / no / unknown").
% The one-screen answer and the complete one (kb/engine/text.pl)
template(ui(language_name), "English").
template(ui(situation), "~w → ~w: ~w.").
template(ui(situation_at), "~w (~w) → ~w: ~w.").
template(ui(no_change), "What could change the answer: nothing the knowledge base knows of.").
template(ui(some_of), "~w (~d of ~d)").
template(ui(codes_line), "Codes of ethics (~w): ~w.").
% One hint for the command line and the Prolog session: why/1 and
% secret-kb ask print the same text.
template(ui(hint), "More: --full or why(S, [full(true)]) (every exception tried, the reasoning); whatif or what_if/2 (every change).").
template(ui(legend), "~w true · ~w false · ~w unknown").
template(ui(not_concerned), "Other exceptions, which do not concern this discloser, workplace, information or recipient: ~d.").
% The page of secret-kb serve (secret_kb/web/pages.py)
template(ui(page_title), "May I tell? — secret-kb").
template(ui(page_heading), "May I tell?").
template(ui(page_intro), "Belgian professional secrecy law, for the psycho-medico-social professions. Say who would tell what to whom; then answer only the questions that can still change the answer.").
template(ui(page_discloser), "Who would tell?").
template(ui(page_information), "What would be told?").
template(ui(page_recipient), "To whom?").
template(ui(page_institution), "Where does the professional work? (if it matters)").
template(ui(page_not_said), "— not said —").
template(ui(page_choose), "— choose —").
template(ui(page_date), "On which date? (empty: today)").
template(ui(page_ask), "Ask").
template(ui(page_languages), "Language").
template(ui(page_question), "Question ~d").
template(ui(page_interview_note), "Only the questions whose answer can still change the verdict are asked, one at a time.").
template(ui(page_yes), "Yes").
template(ui(page_no), "No").
template(ui(page_dont_know), "I don't know").
template(ui(page_true), "true").
template(ui(page_false), "false").
template(ui(page_unknown), "unknown").
template(ui(page_answer_now), "Answer now, with what is known").
template(ui(page_given), "Your answers").
template(ui(page_change), "Answer the questions again").
template(ui(page_again), "Ask about another disclosure").
template(ui(page_print), "Print").
template(ui(page_open_all), "Open all").
template(ui(page_close_all), "Close all").
template(ui(page_why), "Why: the law's reasoning").
template(ui(page_legend), "Legend").
template(ui(page_reference), "Official reference").
template(ui(page_reading), "Reading").
template(ui(page_disclaimer), "A research and training tool: not legal advice.").
template(ui(page_error), "This cannot be answered as asked").
template(ui(page_accepted), "Accepted values").
template(ui(page_back), "Back to the start").
template(ui(page_skip), "Skip to the content").
template(ui(article), "art. ~w").
template(ui(check_scenarios), "~w scenarios, on ~w").
template(ui(check_unspoken), "unspoken (for review): ~w pairs of discloser and recipient").
template(ui(clean), "clean").
template(ui(not_clean), "NOT clean").
template(open_line, "~w if ~w [~w]").
template(verdict(forbidden), "forbidden").
template(verdict(permitted), "permitted").
template(verdict(obligatory), "obligatory").
template(verdict(not_covered), "not covered").

% The rule book as sentences (kb/engine/sentences.pl, `secret-kb rules`)
template(sentence(under), "Under ~w, ~w").
template(sentence(article), "~w, art. ~w").
template(sentence(verdict(forbidden)), "disclosure is forbidden").
template(sentence(verdict(permitted)), "disclosure is permitted").
template(sentence(verdict(obligatory)), "disclosure is obligatory").
template(sentence(verdict(not_covered)), "no duty of professional secrecy applies").
template(sentence(notion), "it follows that ~w").
template(sentence(setting_aside), ", setting aside ~w").
template(sentence(and), " and ").
template(sentence(when), ", when ~w").
template(sentence(when_all), ", when all of: ~w").
template(sentence(when_any), ", when one of: ~w").
template(sentence(all), "all of (~w)").
template(sentence(any), "one of (~w)").
template(sentence(not), "not (~w)").

% The law's evolution and the listings of research (secret_kb/render.py)
template(ui(diff_heading), "What changed in the law between ~w and ~w").
template(ui(diff_walked), "~w class scenarios walked, ~w concerned by a change of the law, ~w changes.").
template(ui(diff_none), "No verdict or basis changes between these dates.").
template(ui(diff_cases), "~w cases").
template(ui(when_facts), "when").
template(ui(all_facts_unknown), "every fact unknown").
template(ui(ended), "Ended").
template(ui(began), "Began").
template(ui(timeline_heading), "The scenario across the eras of the law").
template(ui(rules_heading), "The rule book as sentences").
template(ui(source), "Source").
template(ui(reading), "Reading").
template(ui(set_aside_by), "Set aside by").
template(ui(default), "default").
template(ui(claim), "a claim the knowledge base cannot check").
