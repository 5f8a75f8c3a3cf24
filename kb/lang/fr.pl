/*  Interface words in French: the labels of the vocabulary, the names of
    the instruments, and the templates of the engine's own words.
    Included by kb/lang.pl, which reads the language from this file's name.
*/


% R -- discloser
label(role, doctor, "un médecin").
label(role, nurse, "un infirmier").
label(role, midwife, "une sage-femme").
label(role, pharmacist, "un pharmacien").
label(role, psychologist, "un psychologue").
label(role, social_worker, "un assistant social").
label(role, educator, "un éducateur").
label(role, youth_aid_worker, "un intervenant de l'aide à la jeunesse").
label(role, cpas_staff, "un membre du personnel d'un CPAS").
label(role, cpas_council_member, "un conseiller de CPAS").
label(role, pms_staff, "un membre du personnel d'un centre PMS").
label(role, mediator, "un médiateur").
label(role, hospital_admin_agent, "un agent administratif d'hôpital").
label(role, service_director, "un directeur de service").
label(role, justice_assistant, "un assistant de justice").
label(role, lawyer, "un avocat").
label(role, moral_counsellor, "un conseiller moral").
label(role, police_officer, "un policier").
label(role, private_individual, "un particulier").
label(role, clinical_psychologist, "un psychologue clinicien").
label(role, physiotherapist, "un kinésithérapeute").
label(role, dentist, "un dentiste").
label(role, teacher, "un enseignant ou un membre du personnel d'une école").
label(role, control_doctor, "un médecin contrôleur").
label(role, occupational_doctor, "un médecin du travail").
label(role, advisory_doctor, "un médecin-conseil").
label(role, youth_aid_council_member, "un membre d'un organe consultatif de l'aide à la jeunesse").
label(role, volunteer, "un volontaire").

% I -- institution
label(institution, cpas, "un CPAS").
label(institution, mutuality, "une mutualité").
label(institution, family_allowance_fund, "une caisse d'allocations familiales").
label(institution, unemployment_office, "un organisme de chômage").
label(institution, other_social_security_institution, "une autre institution de sécurité sociale").
label(institution, hospital, "un hôpital").
label(institution, youth_aid_service, "un service d'aide à la jeunesse").
label(institution, refugee_reception_centre, "un centre d'accueil pour réfugiés").
label(institution, pms_centre, "un centre PMS").
label(institution, justice_house, "une maison de justice").
label(institution, association, "une association").
label(institution, private_practice, "un cabinet privé").
label(institution, school, "une école").
label(institution, police_service, "un service de police").
label(institution, general_welfare_centre, "un centre d'action sociale globale (CAW)").
label(institution, child_abuse_centre, "une équipe SOS Enfants (Vertrouwenscentrum Kindermishandeling)").
label(institution, family_justice_centre, "un Family Justice Center (Veilig Huis)").
label(institution, prison, "une prison ou un autre lieu de détention").

% K -- information
label(information, confidence, "ce que la personne a confié").
label(information, medical_data, "des données de santé").
label(information, administrative_data, "des renseignements administratifs").
label(information, state_of_mind, "l'état d'esprit de la personne").
label(information, client_status, "le fait que la personne est suivie par le service").
label(information, public_fact, "la confirmation d'un fait public ou d'une rumeur").
label(information, social_report, "le contenu d'un rapport social ou d'un dossier").
label(information, factual_followup, "des données factuelles de suivi").
label(information, fitness_for_work, "la seule conclusion apte ou inapte au travail et la durée probable, sans diagnostic").
label(information, cause_of_death, "la cause du décès").
label(information, whole_file, "le dossier complet tenu sur la personne").

% T -- recipient
label(recipient, police, "la police").
label(recipient, public_prosecutor, "le procureur du Roi").
label(recipient, investigating_judge, "le juge d'instruction").
label(recipient, trial_court, "une juridiction de jugement").
label(recipient, parliamentary_inquiry, "une commission d'enquête parlementaire").
label(recipient, mandating_authority, "l'autorité mandante").
label(recipient, justice_assistant, "l'assistant de justice").
label(recipient, colleague, "un autre professionnel").
label(recipient, service_director, "la direction du service").
label(recipient, case_consultation, "les participants à une concertation de cas").
label(recipient, family, "la famille").
label(recipient, employer, "l'employeur").
label(recipient, press, "la presse").
label(recipient, person_concerned, "la personne concernée elle-même").
label(recipient, parents, "les parents ou représentants légaux").
label(recipient, partner, "le partenaire ou le conjoint").
label(recipient, next_of_kin, "les proches d'une personne décédée").
label(recipient, court_expert, "un expert judiciaire").
label(recipient, lawyer, "un avocat").
label(recipient, insurer, "un assureur ou son médecin-conseil").
label(recipient, advisory_doctor, "le médecin-conseil d'une mutualité").
label(recipient, occupational_doctor, "le médecin du travail de l'employeur").
label(recipient, trusted_person, "la personne de confiance").
label(recipient, inspection_service, "un service d'inspection").
label(recipient, health_authority, "une autorité de santé publique").
label(recipient, school, "l'école ou les enseignants").
label(recipient, child_abuse_centre, "une équipe SOS Enfants (Vertrouwenscentrum Kindermishandeling)").
label(recipient, control_doctor, "le médecin contrôleur de l'employeur").
label(recipient, professional_order, "l'organe disciplinaire ou déontologique de la profession").

% F -- facts: the label says what "true" means
label(fact, learned_in_profession, "l'information a été apprise dans l'exercice de la profession").
label(fact, called_to_testify, "le professionnel est entendu comme témoin, sous serment").
label(fact, terrorism_investigation, "la demande s'inscrit dans une information ou instruction pour infractions terroristes").
label(fact, reasoned_written_request, "la réquisition du procureur du Roi est écrite et motivée").
label(fact, serious_indications_terrorism, "le professionnel détient des informations pouvant constituer des indices sérieux d'une infraction terroriste").
label(fact, victim_minor, "la victime est mineure").
label(fact, victim_vulnerable, "la victime est une personne vulnérable").
label(fact, listed_offence, "une infraction visée à l'article 458bis a été commise sur cette personne").
label(fact, victim_examined_or_confided, "le professionnel a examiné la victime ou recueilli ses confidences").
label(fact, grave_imminent_danger, "un péril grave et imminent menace l'intégrité physique ou mentale de quelqu'un").
label(fact, danger_other_victims, "il existe des indices d'un danger sérieux et réel que d'autres personnes en soient victimes").
label(fact, can_protect, "le professionnel peut protéger l'intégrité en cause, seul ou avec l'aide de tiers").
label(fact, other_means, "le danger peut être écarté par un autre moyen que cette révélation").
label(fact, proportionate, "l'intérêt protégé l'emporte sur le secret et seul le nécessaire est révélé").
label(fact, only_way_to_protect, "informer le destinataire est le seul moyen de porter secours à une personne en péril grave").
label(fact, consultation_legal_basis, "la concertation est organisée par ou en vertu d'une loi, d'un décret ou d'une ordonnance").
label(fact, consultation_prosecutor_authorised, "la concertation dispose d'une autorisation motivée du procureur du Roi").
label(fact, purpose_protect_integrity, "la concertation vise à protéger l'intégrité physique et psychique de la personne ou de tiers").
label(fact, purpose_prevent_terrorism, "la concertation vise à prévenir des infractions terroristes").
label(fact, purpose_prevent_organised_crime, "la concertation vise à prévenir des infractions commises dans le cadre d'une organisation criminelle").
label(fact, recipient_bound_by_secrecy, "le destinataire est lui-même tenu au secret professionnel").
label(fact, same_mission, "le destinataire poursuit la même mission, la même finalité").
label(fact, person_consents, "la personne concernée a été informée et marque son accord").
label(fact, in_person_interest, "la communication sert l'intérêt de la personne concernée").
label(fact, strictly_necessary, "seul ce que le but exige strictement est communiqué").
label(fact, under_mandate, "le professionnel travaille sous mandat du destinataire").
label(fact, person_informed, "la personne a été informée au préalable de ce qui est rapporté et à qui").
label(fact, client_is_offender, "la personne qui s'est confiée est l'auteur de l'infraction et l'information peut l'incriminer").
label(fact, discloser_is_suspect, "le professionnel est lui-même soupçonné de l'infraction sur laquelle porte l'enquête").
label(fact, person_requests_disclosure, "la personne concernée demande elle-même, expressément, que ce destinataire soit informé").
label(fact, person_is_minor, "la personne concernée est mineure").
label(fact, minor_capable_of_discernment, "le mineur est apte à apprécier raisonnablement ses intérêts").
label(fact, person_deceased, "la personne concernée est décédée").
label(fact, person_consented_before_death, "la personne décédée avait, de son vivant, accepté cette communication").
label(fact, seized_by_investigating_judge, "le document est saisi lors d'une perquisition ou d'une saisie ordonnée par un juge d'instruction").
label(fact, court_order_to_produce, "une juridiction a ordonné au professionnel de produire le document").
label(fact, via_designated_practitioner, "la demande des proches passe par un praticien qu'ils désignent, qui consulte le dossier pour eux").
label(fact, deceased_objected, "la personne décédée s'était expressément opposée à cette communication").
label(fact, accredited_mediation, "le professionnel l'a appris comme médiateur, dans une médiation régie par le Code judiciaire").
label(fact, law_obliges_disclosure, "une loi, un décret ou une ordonnance que la base ne contient pas oblige à faire cette communication à ce destinataire").
label(fact, victim_vulnerable_classic, "la victime est vulnérable en raison de son âge, d'un état de grossesse, d'une maladie, d'une infirmité ou d'une déficience physique ou mentale").
label(fact, victim_partner_violence, "la victime est vulnérable en raison de violences commises par un partenaire ou ex-partenaire").
label(fact, victim_honour_violence, "la victime est vulnérable en raison de violences commises au nom de la culture, de la coutume, de la religion, de la tradition ou du prétendu honneur").
label(fact, same_team, "le destinataire fait partie de l'équipe ou du service du professionnel et travaille avec la personne concernée").
label(fact, notifiable_disease, "l'information porte sur une maladie à déclaration obligatoire").
label(fact, discloser_is_index_case, "le professionnel est lui-même la personne infectée dont on recherche les contacts").

% B -- provisions
label(provision, cic_46bis1_request, "art. 46bis/1, §§ 1er et 2, du Code d'instruction criminelle (réquisition du procureur du Roi)").
label(provision, cic_46bis1_declaration, "art. 46bis/1, § 3, du Code d'instruction criminelle (obligation de déclaration)").
label(provision, cic_29, "art. 29 du Code d'instruction criminelle (dénonciation par les fonctionnaires)").
label(provision, judicial_compulsion, "saisie ordonnée par un juge d'instruction ou ordre de production d'une juridiction").
label(provision, mediation, "art. 1728 du Code judiciaire (confidentialité de la médiation)").
label(provision, patient_rights, "loi du 22 août 2002 relative aux droits du patient").
label(provision, insurance_law, "loi sur les assurances (certificats médicaux)").
label(provision, control_medicine, "médecine de contrôle (loi du 3 juillet 1978, art. 31; loi du 13 juin 1999)").
label(provision, public_health_notification, "déclaration des maladies à l'autorité de santé publique").
label(provision, youth_code_2018, "Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse (18 janvier 2018)").
label(provision, pupil_guidance, "décrets sur les centres PMS et les CLB (dossier de l'élève)").
label(provision, law_obliges, "art. 458 / 352 du Code pénal (une loi oblige à parler)").
label(provision, cp_458bis, "art. 458bis du Code pénal (infractions sur mineurs et personnes vulnérables)").
label(provision, cp2024_353_1, "art. 353, § 1er, du Code pénal de 2024 (infractions sur mineurs et personnes vulnérables)").
label(provision, cp_458quater, "art. 458quater du Code pénal (l'avocat et son client)").
label(provision, cp2024_353_3, "art. 353, § 3, du Code pénal de 2024 (l'avocat et son client)").
label(provision, cp_458ter, "art. 458ter du Code pénal (concertation de cas)").
label(provision, cp2024_353_2, "art. 353, § 2, du Code pénal de 2024 (concertation de cas)").
label(provision, cp_422bis, "art. 422bis du Code pénal (non-assistance à personne en danger)").
label(provision, cp2024_299, "art. 299 du Code pénal de 2024 (non-assistance à personne en danger)").
label(provision, mandate, "rapport à l'autorité mandante (travail sous mandat)").
label(provision, suspect_professional, "professionnel personnellement soupçonné").
label(provision, cp_458_testimony, "art. 458 du Code pénal (témoignage en justice ou devant une commission d'enquête parlementaire)").
label(provision, cp2024_352_testimony, "art. 352 du Code pénal de 2024 (témoignage en justice ou devant une commission d'enquête parlementaire)").
label(provision, person_request, "demande expresse de la personne concernée (doctrine d'un ordre professionnel)").
label(provision, shared_secret, "secret professionnel partagé").
label(provision, necessity, "état de nécessité (Cass., 13 mai 1987)").
label(provision, cp2024_13, "art. 13 du Livre Ier du Code pénal de 2024 (état de nécessité)").
label(provision, official_discretion, "devoir de discrétion des agents publics (non un secret professionnel)").
label(provision, cp_458, "art. 458 du Code pénal (secret professionnel)").
label(provision, cp2024_352, "art. 352 du Code pénal de 2024 (secret professionnel)").
label(provision, no_secrecy_duty, "hors du secret professionnel").

% Codes of ethics
label(code, ufas, "code de déontologie de l'UFAS (assistants sociaux)").
label(code, youth_aid, "code de déontologie de l'aide à la jeunesse").
label(code, psychologists, "code de déontologie des psychologues").
label(code, medical, "code de déontologie médicale").
label(code, social_workers_2025, "code de déontologie des travailleurs sociaux (2025)").

% V -- verdicts
label(verdict, forbidden, "interdit: le secret s'impose, il faut se taire").
label(verdict, permitted, "permis: le professionnel peut parler, sans y être obligé").
label(verdict, obligatory, "obligatoire: le professionnel doit parler").
label(verdict, not_covered, "hors secret: aucun secret professionnel ne s'applique").

% Instruments
instrument(code_penal, "Code pénal").
instrument(cpas_organic_law, "loi organique des CPAS du 8 juillet 1976").
instrument(youth_aid_decree, "décret de la Communauté française du 4 mars 1991 relatif à l'aide à la jeunesse").
instrument(case_law, "jurisprudence et doctrine").
instrument(psychologists_code, "code de déontologie des psychologues").
instrument(code_instruction_criminelle, "Code d'instruction criminelle").
instrument(constitutional_court, "Cour constitutionnelle").
instrument(csil_r_law, "loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales (CSIL-R)").
instrument(veilige_huizen_decree, "décret flamand du 29 mars 2024 sur les « Veilige Huizen »").
instrument(code_penal_2024, "Code pénal (2024)").
instrument(ufas_code, "code de déontologie de l'Union francophone des assistants sociaux").
instrument(youth_aid_code, "code de déontologie de l'aide à la jeunesse (Communauté française)").
instrument(medical_code, "code de déontologie médicale").
instrument(social_workers_code, "code de déontologie des travailleurs sociaux (première version du 12 septembre 2025)").
instrument(french_community_youth_code, "Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse (décret du 18 janvier 2018)").
instrument(seed, "rapport STICS sur le secret professionnel (2018)").
instrument(gdpr, "règlement général sur la protection des données (règlement (UE) 2016/679)").
instrument(privacy_law_1992, "loi du 8 décembre 1992 relative à la protection de la vie privée à l'égard des traitements de données à caractère personnel").
instrument(social_penal_code, "Code pénal social (loi du 6 juin 2010)").
instrument(labour_inspection_law_1972, "loi du 16 novembre 1972 concernant l'inspection du travail").
instrument(youth_code_2018, "Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse (décret de la Communauté française du 18 janvier 2018)").
instrument(youth_aid_ethics_commission, "Commission de déontologie de l'aide à la jeunesse (avis)").
instrument(clb_decree, "décret flamand du 27 avril 2018 sur l'accompagnement des élèves (CLB) et ses arrêtés").
instrument(pms_decree, "décret de la Communauté française du 14 juillet 2006 relatif aux centres PMS").
instrument(flemish_prevention_decree, "décret flamand du 21 novembre 2003 relatif à la politique de santé préventive").
instrument(regional_health_law, "législation régionale et communautaire sur les maladies à déclaration obligatoire").
instrument(contact_tracing_agreement, "accord de coopération du 25 août 2020 sur le suivi des contacts").
instrument(child_abuse_decree_2004, "décret de la Communauté française du 12 mai 2004 relatif à l'aide aux enfants victimes de maltraitance").
instrument(integrale_jeugdhulp_decree, "décret flamand du 12 juillet 2013 relatif à l'aide intégrale à la jeunesse").
instrument(volunteers_law, "loi du 3 juillet 2005 relative aux droits des volontaires").
instrument(prison_law, "loi de principes du 12 janvier 2005 (administration pénitentiaire, statut juridique des détenus)").
% Health laws (v2-health)
instrument(health_professions_law, "loi coordonnée du 10 mai 2015 relative à l'exercice des professions des soins de santé").
instrument(patient_rights_law, "loi du 22 août 2002 relative aux droits du patient").
instrument(order_of_physicians, "Conseil national de l'Ordre des médecins").
instrument(land_insurance_law, "loi du 25 juin 1992 sur le contrat d'assurance terrestre").
instrument(insurance_law_2014, "loi du 4 avril 2014 relative aux assurances").
instrument(employment_contracts_law, "loi du 3 juillet 1978 relative aux contrats de travail").
instrument(control_medicine_law, "loi du 13 juin 1999 relative à la médecine de contrôle").
instrument(welfare_at_work_code, "Code du bien-être au travail").
instrument(judicial_code, "Code judiciaire").

% Articles: the sources write them in French notation; these few otherwise
article("1, 1° (BVR 12 september 2008)", "1, 1° (arrêté du Gouvernement flamand du 12 septembre 2008)").

% The engine's words: conditions, headings, templates (format/2)
template(role_in, "professionnel : ~w").
template(institution_in, "lieu de travail : ~w").
template(information_in, "information : ~w").
template(recipient_in, "destinataire : ~w").
template(no, "il n'est pas vrai que ~w").
template(lacking, "il n'est pas établi que ~w").
template(not, "aucune des conditions suivantes").
template(all, "toutes les conditions suivantes").
template(any, "l'une des conditions suivantes").
template(verdict_in, "le verdict est ~w").
template(basis_has, "la réponse repose sur ~w").
template(incomplete, "des faits inconnus pourraient changer la réponse").
template(or, " ou ").
template(ui(law_date), "Droit applicable au ~w.").
template(ui(basis), "Fondement").
template(ui(open), "Ce qui pourrait changer la réponse").
template(ui(caveats), "À faire ou à respecter").
template(ui(notes), "À savoir").
template(ui(why_not), "Exceptions écartées").
template(ui(tree), "Raisonnement").
template(ui(because), "parce que").
template(ui(verified), "vérifié").
template(ui(partial), "vérification partielle").
template(ui(unverified), "non vérifié").
template(ui(rules), "règles").
template(ui(advice), "conseils").
template(ui(tests), "tests").
template(ui(omitted), "non encodé").
template(ui(none), "aucun").
template(ui(deontology), "Déontologie — les codes, à côté de la loi").
template(ui(deontic_view), "Vue des codes").
template(ui(codes), "Codes applicables").
template(ui(no_code), "Aucun code de déontologie encodé ne lie ce professionnel.").
template(ui(tensions), "Tensions avec la loi").
template(ui(law_says), "La loi").
template(ui(code_says), "Le code").
template(ui(code_reasoning), "Raisonnement des codes").
template(ui(question), "Est-il établi que ~w ?").
template(ui(answers), "oui / non / inconnu").
% The one-screen answer and the complete one (kb/engine/text.pl)
template(ui(language_name), "Français").
template(ui(situation), "~w → ~w: ~w.").
template(ui(situation_at), "~w (~w) → ~w: ~w.").
template(ui(no_change), "Ce qui pourrait changer la réponse: rien de ce que connaît la base.").
template(ui(some_of), "~w (~d sur ~d)").
template(ui(codes_line), "Codes de déontologie (~w): ~w.").
% One hint for the command line and the Prolog session: why/1 and
% secret-kb ask print the same text.
template(ui(hint), "Plus: --full ou why(S, [full(true)]) (chaque exception examinée, le raisonnement); whatif ou what_if/2 (tous les changements).").
template(ui(legend), "~w vrai · ~w faux · ~w inconnu").
template(ui(not_concerned), "Autres exceptions, qui ne concernent pas ce professionnel, ce lieu de travail, cette information ou ce destinataire: ~d.").
% The page of secret-kb serve (secret_kb/web/pages.py)
template(ui(page_title), "Puis-je le dire ? — secret-kb").
template(ui(page_heading), "Puis-je le dire ?").
template(ui(page_intro), "Le secret professionnel en droit belge, pour les professions psycho-médico-sociales. Dites qui dirait quoi à qui ; puis répondez aux seules questions qui peuvent encore changer la réponse.").
template(ui(page_discloser), "Qui le dirait ?").
template(ui(page_information), "Que dirait-on ?").
template(ui(page_recipient), "À qui ?").
template(ui(page_institution), "Où travaille le professionnel ? (si cela compte)").
template(ui(page_not_said), "— non précisé —").
template(ui(page_choose), "— choisir —").
template(ui(page_date), "À quelle date ? (vide : aujourd'hui)").
template(ui(page_ask), "Demander").
template(ui(page_languages), "Langue").
template(ui(page_question), "Question ~d").
template(ui(page_interview_note), "Seules les questions dont la réponse peut encore changer le verdict sont posées, une à la fois.").
template(ui(page_yes), "Oui").
template(ui(page_no), "Non").
template(ui(page_dont_know), "Je ne sais pas").
template(ui(page_true), "vrai").
template(ui(page_false), "faux").
template(ui(page_unknown), "inconnu").
template(ui(page_answer_now), "Répondre maintenant, avec ce qui est connu").
template(ui(page_given), "Vos réponses").
template(ui(page_change), "Répondre à nouveau aux questions").
template(ui(page_again), "Demander pour une autre communication").
template(ui(page_print), "Imprimer").
template(ui(page_open_all), "Tout ouvrir").
template(ui(page_close_all), "Tout fermer").
template(ui(page_why), "Pourquoi : le raisonnement du droit").
template(ui(page_legend), "Légende").
template(ui(page_reference), "Référence officielle").
template(ui(page_reading), "Lecture").
template(ui(page_disclaimer), "Un outil de recherche et de formation : pas un avis juridique.").
template(ui(page_error), "Impossible de répondre à cette demande").
template(ui(page_accepted), "Valeurs acceptées").
template(ui(page_back), "Retour au début").
template(ui(page_skip), "Aller au contenu").
template(ui(article), "art. ~w").
template(ui(check_scenarios), "~w scénarios, aux dates ~w").
template(ui(check_unspoken), "non dits (à revoir) : ~w paires de professionnel et de destinataire").
template(ui(clean), "sans anomalie").
template(ui(not_clean), "ANOMALIES").
template(open_line, "~w si ~w [~w]").
template(verdict(forbidden), "interdit").
template(verdict(permitted), "permis").
template(verdict(obligatory), "obligatoire").
template(verdict(not_covered), "hors secret").

% Le livre des règles en phrases (kb/engine/sentences.pl, `secret-kb rules`)
template(sentence(under), "En application de « ~w », ~w").
template(sentence(article), "~w, art. ~w").
template(sentence(verdict(forbidden)), "la révélation est interdite").
template(sentence(verdict(permitted)), "la révélation est permise").
template(sentence(verdict(obligatory)), "la révélation est obligatoire").
template(sentence(verdict(not_covered)), "aucun secret professionnel ne s'applique").
template(sentence(notion), "il s'ensuit que ~w").
template(sentence(setting_aside), ", par dérogation à « ~w »").
template(sentence(and), " » et « ").
template(sentence(when), ", lorsque ~w").
template(sentence(when_all), ", lorsque toutes ces conditions sont réunies : ~w").
template(sentence(when_any), ", lorsque l'une de ces conditions est remplie : ~w").
template(sentence(all), "toutes ces conditions (~w)").
template(sentence(any), "l'une de ces conditions (~w)").
template(sentence(not), "non (~w)").

% L'évolution du droit et les listes de la recherche (secret_kb/render.py)
template(ui(diff_heading), "Ce qui a changé dans le droit entre le ~w et le ~w").
template(ui(diff_walked), "~w scénarios de classe parcourus, ~w concernés par un changement du droit, ~w changements.").
template(ui(diff_none), "Aucun verdict ni fondement ne change entre ces dates.").
template(ui(diff_cases), "~w cas").
template(ui(when_facts), "lorsque").
template(ui(all_facts_unknown), "tous les faits inconnus").
template(ui(ended), "Fin").
template(ui(began), "Début").
template(ui(timeline_heading), "Le scénario à travers les époques du droit").
template(ui(rules_heading), "Le livre des règles en phrases").
template(ui(source), "Source").
template(ui(reading), "Lecture").
template(ui(set_aside_by), "Écartée par").
template(ui(default), "par défaut").
template(ui(claim), "une affirmation que la base ne peut vérifier").
