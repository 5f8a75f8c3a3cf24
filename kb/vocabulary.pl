:- module(vocabulary,
          [ field_domain/2,           % ?Field, ?Domain
            in_domain/2,              % ?Domain, ?Value
            domain_values/2,          % +Domain, -Values
            value_label/4,            % ?Domain, ?Value, ?Lang, ?Label
            fact_default/2,           % ?Fact, ?Value
            fact_implies/2,           % ?Premise, ?Consequence
            verdict_rank/2,           % ?Verdict, ?Rank
            language/1                % ?Lang
          ]).

/** <module> The vocabulary of the scenario contract

The names every interface speaks (docs/vocabulary.md, generated from here):
the fields of a scenario, the values each field accepts, the facts, their
labels in French and English, and the logical links between facts that make
some combinations contradictory.

Nothing here is law: it is the language in which scenarios are told.
*/

%!  language(?Lang) is nondet.
%
%   The languages in which the knowledge base words its answers.

language(fr).
language(en).

%!  field_domain(?Field, ?Domain) is nondet.
%
%   Field is a scenario field whose values come from Domain.

field_domain(discloser,   role).
field_domain(institution, institution).
field_domain(information, information).
field_domain(recipient,   recipient).
field_domain(facts,       fact).
field_domain(date,        date).

%!  in_domain(?Domain, ?Value) is nondet.
%
%   Value is an accepted value of Domain (role, institution, information,
%   recipient or fact), in the order of the contract's tables.

in_domain(Domain, Value) :-
    value_label(Domain, Value, en, _).

%!  domain_values(+Domain, -Values:list(atom)) is det.
%
%   Values are all accepted values of Domain, in the contract's order.

domain_values(Domain, Values) :-
    findall(V, in_domain(Domain, V), Values).

%!  value_label(?Domain, ?Value, ?Lang, ?Label:string) is nondet.
%
%   Label names Value of Domain in language Lang, as a person reads it.

% R -- discloser
value_label(role, doctor,               fr, "un médecin").
value_label(role, doctor,               en, "a doctor").
value_label(role, nurse,                fr, "un infirmier").
value_label(role, nurse,                en, "a nurse").
value_label(role, midwife,              fr, "une sage-femme").
value_label(role, midwife,              en, "a midwife").
value_label(role, pharmacist,           fr, "un pharmacien").
value_label(role, pharmacist,           en, "a pharmacist").
value_label(role, psychologist,         fr, "un psychologue").
value_label(role, psychologist,         en, "a psychologist").
value_label(role, social_worker,        fr, "un assistant social").
value_label(role, social_worker,        en, "a social worker").
value_label(role, educator,             fr, "un éducateur").
value_label(role, educator,             en, "an educator").
value_label(role, youth_aid_worker,     fr, "un intervenant de l'aide à la jeunesse").
value_label(role, youth_aid_worker,     en, "a youth-aid worker").
value_label(role, cpas_staff,           fr, "un membre du personnel d'un CPAS").
value_label(role, cpas_staff,           en, "a member of staff of a CPAS").
value_label(role, cpas_council_member,  fr, "un conseiller de CPAS").
value_label(role, cpas_council_member,  en, "a member of a CPAS council").
value_label(role, pms_staff,            fr, "un membre du personnel d'un centre PMS").
value_label(role, pms_staff,            en, "a member of staff of a PMS centre").
value_label(role, mediator,             fr, "un médiateur").
value_label(role, mediator,             en, "a mediator").
value_label(role, hospital_admin_agent, fr, "un agent administratif d'hôpital").
value_label(role, hospital_admin_agent, en, "a hospital administrative agent").
value_label(role, service_director,     fr, "un directeur de service").
value_label(role, service_director,     en, "a service director").
value_label(role, justice_assistant,    fr, "un assistant de justice").
value_label(role, justice_assistant,    en, "a justice assistant").
value_label(role, lawyer,               fr, "un avocat").
value_label(role, lawyer,               en, "a lawyer").
value_label(role, moral_counsellor,     fr, "un conseiller moral").
value_label(role, moral_counsellor,     en, "a moral counsellor").
value_label(role, police_officer,       fr, "un policier").
value_label(role, police_officer,       en, "a police officer").
value_label(role, private_individual,   fr, "un particulier").
value_label(role, private_individual,   en, "a private individual").

% I -- institution
value_label(institution, cpas,                   fr, "un CPAS").
value_label(institution, cpas,                   en, "a CPAS").
value_label(institution, mutuality,              fr, "une mutualité").
value_label(institution, mutuality,              en, "a health insurance fund (mutuality)").
value_label(institution, family_allowance_fund,  fr, "une caisse d'allocations familiales").
value_label(institution, family_allowance_fund,  en, "a family allowance fund").
value_label(institution, unemployment_office,    fr, "un organisme de chômage").
value_label(institution, unemployment_office,    en, "an unemployment body").
value_label(institution, other_social_security_institution, fr, "une autre institution de sécurité sociale").
value_label(institution, other_social_security_institution, en, "another social security institution").
value_label(institution, hospital,               fr, "un hôpital").
value_label(institution, hospital,               en, "a hospital").
value_label(institution, youth_aid_service,      fr, "un service d'aide à la jeunesse").
value_label(institution, youth_aid_service,      en, "a youth-aid service").
value_label(institution, refugee_reception_centre, fr, "un centre d'accueil pour réfugiés").
value_label(institution, refugee_reception_centre, en, "a refugee reception centre").
value_label(institution, pms_centre,             fr, "un centre PMS").
value_label(institution, pms_centre,             en, "a PMS centre").
value_label(institution, justice_house,          fr, "une maison de justice").
value_label(institution, justice_house,          en, "a justice house").
value_label(institution, association,            fr, "une association").
value_label(institution, association,            en, "an association").
value_label(institution, private_practice,       fr, "un cabinet privé").
value_label(institution, private_practice,       en, "a private practice").
value_label(institution, school,                 fr, "une école").
value_label(institution, school,                 en, "a school").
value_label(institution, police_service,         fr, "un service de police").
value_label(institution, police_service,         en, "a police service").

% K -- information
value_label(information, confidence,          fr, "ce que la personne a confié").
value_label(information, confidence,          en, "what the person confided").
value_label(information, medical_data,        fr, "des données de santé").
value_label(information, medical_data,        en, "health data").
value_label(information, administrative_data, fr, "des renseignements administratifs").
value_label(information, administrative_data, en, "administrative information").
value_label(information, state_of_mind,       fr, "l'état d'esprit de la personne").
value_label(information, state_of_mind,       en, "the person's state of mind").
value_label(information, client_status,       fr, "le fait que la personne est suivie par le service").
value_label(information, client_status,       en, "the fact that the person is followed by the service").
value_label(information, public_fact,         fr, "la confirmation d'un fait public ou d'une rumeur").
value_label(information, public_fact,         en, "the confirmation of a public fact or rumour").
value_label(information, social_report,       fr, "le contenu d'un rapport social ou d'un dossier").
value_label(information, social_report,       en, "the content of a social report or case file").
value_label(information, factual_followup,    fr, "des données factuelles de suivi").
value_label(information, factual_followup,    en, "factual follow-up data").

% T -- recipient
value_label(recipient, police,                fr, "la police").
value_label(recipient, police,                en, "the police").
value_label(recipient, public_prosecutor,     fr, "le procureur du Roi").
value_label(recipient, public_prosecutor,     en, "the public prosecutor").
value_label(recipient, investigating_judge,   fr, "le juge d'instruction").
value_label(recipient, investigating_judge,   en, "the investigating judge").
value_label(recipient, trial_court,           fr, "une juridiction de jugement").
value_label(recipient, trial_court,           en, "a trial court").
value_label(recipient, parliamentary_inquiry, fr, "une commission d'enquête parlementaire").
value_label(recipient, parliamentary_inquiry, en, "a parliamentary inquiry commission").
value_label(recipient, mandating_authority,   fr, "l'autorité mandante").
value_label(recipient, mandating_authority,   en, "the mandating authority").
value_label(recipient, justice_assistant,     fr, "l'assistant de justice").
value_label(recipient, justice_assistant,     en, "the justice assistant").
value_label(recipient, colleague,             fr, "un autre professionnel").
value_label(recipient, colleague,             en, "another professional").
value_label(recipient, service_director,      fr, "la direction du service").
value_label(recipient, service_director,      en, "the service's director").
value_label(recipient, case_consultation,     fr, "les participants à une concertation de cas").
value_label(recipient, case_consultation,     en, "the participants of a case consultation").
value_label(recipient, family,                fr, "la famille").
value_label(recipient, family,                en, "the family").
value_label(recipient, employer,              fr, "l'employeur").
value_label(recipient, employer,              en, "the employer").
value_label(recipient, press,                 fr, "la presse").
value_label(recipient, press,                 en, "the press").

% F -- facts: the label says what "true" means.
value_label(fact, learned_in_profession,  fr, "l'information a été apprise dans l'exercice de la profession").
value_label(fact, learned_in_profession,  en, "the information was learned in the exercise of the profession").
value_label(fact, called_to_testify,      fr, "le professionnel est entendu comme témoin, sous serment").
value_label(fact, called_to_testify,      en, "the professional is heard as a witness, under oath").
value_label(fact, terrorism_investigation, fr, "la demande s'inscrit dans une information ou instruction pour infractions terroristes").
value_label(fact, terrorism_investigation, en, "the request comes within an investigation of terrorist offences").
value_label(fact, reasoned_written_request, fr, "la réquisition du procureur du Roi est écrite et motivée").
value_label(fact, reasoned_written_request, en, "the public prosecutor's request is written and reasoned").
value_label(fact, serious_indications_terrorism, fr, "le professionnel détient des informations pouvant constituer des indices sérieux d'une infraction terroriste").
value_label(fact, serious_indications_terrorism, en, "the professional holds information that may be serious indications of a terrorist offence").
value_label(fact, victim_minor,           fr, "la victime est mineure").
value_label(fact, victim_minor,           en, "the victim is a minor").
value_label(fact, victim_vulnerable,      fr, "la victime est une personne vulnérable").
value_label(fact, victim_vulnerable,      en, "the victim is a vulnerable person").
value_label(fact, listed_offence,         fr, "une infraction visée à l'article 458bis a été commise sur cette personne").
value_label(fact, listed_offence,         en, "an offence listed in article 458bis was committed on that person").
value_label(fact, victim_examined_or_confided, fr, "le professionnel a examiné la victime ou recueilli ses confidences").
value_label(fact, victim_examined_or_confided, en, "the professional examined the victim or received the victim's confidence").
value_label(fact, grave_imminent_danger,  fr, "un péril grave et imminent menace l'intégrité physique ou mentale de quelqu'un").
value_label(fact, grave_imminent_danger,  en, "a grave and imminent danger threatens someone's physical or mental integrity").
value_label(fact, danger_other_victims,   fr, "il existe des indices d'un danger sérieux et réel que d'autres personnes en soient victimes").
value_label(fact, danger_other_victims,   en, "there are indications of a serious and real danger that others become victims").
value_label(fact, can_protect,            fr, "le professionnel peut protéger l'intégrité en cause, seul ou avec l'aide de tiers").
value_label(fact, can_protect,            en, "the professional can protect the integrity at stake, alone or with the help of third parties").
value_label(fact, other_means,            fr, "le danger peut être écarté par un autre moyen que cette révélation").
value_label(fact, other_means,            en, "the danger can be averted by a means other than this disclosure").
value_label(fact, proportionate,          fr, "l'intérêt protégé l'emporte sur le secret et seul le nécessaire est révélé").
value_label(fact, proportionate,          en, "the interest protected outweighs secrecy and only what is needed is disclosed").
value_label(fact, only_way_to_protect,    fr, "informer le destinataire est le seul moyen de porter secours à une personne en péril grave").
value_label(fact, only_way_to_protect,    en, "informing the recipient is the only way to bring help to a person in grave danger").
value_label(fact, consultation_legal_basis, fr, "la concertation est organisée par ou en vertu d'une loi, d'un décret ou d'une ordonnance").
value_label(fact, consultation_legal_basis, en, "the consultation is organised by or under a law, decree or ordinance").
value_label(fact, consultation_prosecutor_authorised, fr, "la concertation dispose d'une autorisation motivée du procureur du Roi").
value_label(fact, consultation_prosecutor_authorised, en, "the consultation has a reasoned authorisation of the public prosecutor").
value_label(fact, purpose_protect_integrity, fr, "la concertation vise à protéger l'intégrité physique et psychique de la personne ou de tiers").
value_label(fact, purpose_protect_integrity, en, "the consultation aims to protect the physical and psychological integrity of the person or of others").
value_label(fact, purpose_prevent_terrorism, fr, "la concertation vise à prévenir des infractions terroristes").
value_label(fact, purpose_prevent_terrorism, en, "the consultation aims to prevent terrorist offences").
value_label(fact, purpose_prevent_organised_crime, fr, "la concertation vise à prévenir des infractions commises dans le cadre d'une organisation criminelle").
value_label(fact, purpose_prevent_organised_crime, en, "the consultation aims to prevent offences of a criminal organisation").
value_label(fact, recipient_bound_by_secrecy, fr, "le destinataire est lui-même tenu au secret professionnel").
value_label(fact, recipient_bound_by_secrecy, en, "the recipient is bound by professional secrecy").
value_label(fact, same_mission,           fr, "le destinataire poursuit la même mission, la même finalité").
value_label(fact, same_mission,           en, "the recipient works within the same mission and purpose").
value_label(fact, person_consents,        fr, "la personne concernée a été informée et marque son accord").
value_label(fact, person_consents,        en, "the person concerned was informed and agrees").
value_label(fact, in_person_interest,     fr, "la communication sert l'intérêt de la personne concernée").
value_label(fact, in_person_interest,     en, "the disclosure serves the interest of the person concerned").
value_label(fact, strictly_necessary,     fr, "seul ce que le but exige strictement est communiqué").
value_label(fact, strictly_necessary,     en, "only what the purpose strictly requires is disclosed").
value_label(fact, under_mandate,          fr, "le professionnel travaille sous mandat du destinataire").
value_label(fact, under_mandate,          en, "the professional works under a mandate given by the recipient").
value_label(fact, person_informed,        fr, "la personne a été informée au préalable de ce qui est rapporté et à qui").
value_label(fact, person_informed,        en, "the person was told beforehand what is reported and to whom").
value_label(fact, client_is_offender,     fr, "la personne qui s'est confiée est l'auteur de l'infraction et l'information peut l'incriminer").
value_label(fact, client_is_offender,     en, "the person who confided is the author of the offence and the information may incriminate them").
value_label(fact, discloser_is_suspect,   fr, "le professionnel est lui-même soupçonné de l'infraction sur laquelle porte l'enquête").
value_label(fact, discloser_is_suspect,   en, "the professional is personally suspected of the offence under investigation").

% B -- provisions, most specific first: basis/2 lists them in this order.
value_label(provision, cic_46bis1_request,     fr, "art. 46bis/1, §§ 1er et 2, du Code d'instruction criminelle (réquisition du procureur du Roi)").
value_label(provision, cic_46bis1_request,     en, "art. 46bis/1 §§1-2 of the Code of Criminal Procedure (the public prosecutor's request)").
value_label(provision, cic_46bis1_declaration, fr, "art. 46bis/1, § 3, du Code d'instruction criminelle (obligation de déclaration)").
value_label(provision, cic_46bis1_declaration, en, "art. 46bis/1 §3 of the Code of Criminal Procedure (duty to declare)").
value_label(provision, cic_29,                 fr, "art. 29 du Code d'instruction criminelle (dénonciation par les fonctionnaires)").
value_label(provision, cic_29,                 en, "art. 29 of the Code of Criminal Procedure (officials' duty to report)").
value_label(provision, cp_458bis,              fr, "art. 458bis du Code pénal (infractions sur mineurs et personnes vulnérables)").
value_label(provision, cp_458bis,              en, "art. 458bis of the Criminal Code (offences against minors and vulnerable persons)").
value_label(provision, cp_458ter,              fr, "art. 458ter du Code pénal (concertation de cas)").
value_label(provision, cp_458ter,              en, "art. 458ter of the Criminal Code (case consultation)").
value_label(provision, cp_422bis,              fr, "art. 422bis du Code pénal (non-assistance à personne en danger)").
value_label(provision, cp_422bis,              en, "art. 422bis of the Criminal Code (failure to help a person in danger)").
value_label(provision, mandate,                fr, "rapport à l'autorité mandante (travail sous mandat)").
value_label(provision, mandate,                en, "report to the mandating authority (mandated work)").
value_label(provision, suspect_professional,   fr, "professionnel personnellement soupçonné").
value_label(provision, suspect_professional,   en, "professional personally suspected").
value_label(provision, cp_458_testimony,       fr, "art. 458 du Code pénal (témoignage en justice ou devant une commission d'enquête parlementaire)").
value_label(provision, cp_458_testimony,       en, "art. 458 of the Criminal Code (testimony in justice or before a parliamentary inquiry)").
value_label(provision, shared_secret,          fr, "secret professionnel partagé").
value_label(provision, shared_secret,          en, "shared professional secrecy").
value_label(provision, necessity,              fr, "état de nécessité (Cass., 13 mai 1987)").
value_label(provision, necessity,              en, "necessity (Court of Cassation, 13 May 1987)").
value_label(provision, cp_458,                 fr, "art. 458 du Code pénal (secret professionnel)").
value_label(provision, cp_458,                 en, "art. 458 of the Criminal Code (professional secrecy)").
value_label(provision, no_secrecy_duty,        fr, "hors du secret professionnel").
value_label(provision, no_secrecy_duty,        en, "outside professional secrecy").

% Codes of ethics (the deontological layer)
value_label(code, ufas,          fr, "code de déontologie de l'UFAS (assistants sociaux)").
value_label(code, ufas,          en, "UFAS code of ethics (social workers)").
value_label(code, youth_aid,     fr, "code de déontologie de l'aide à la jeunesse").
value_label(code, youth_aid,     en, "youth-aid code of ethics").
value_label(code, psychologists, fr, "code de déontologie des psychologues").
value_label(code, psychologists, en, "psychologists' code of ethics").
value_label(code, medical,       fr, "code de déontologie médicale").
value_label(code, medical,       en, "code of medical ethics").

% V -- verdicts
value_label(verdict, forbidden,   fr, "interdit: le secret s'impose, il faut se taire").
value_label(verdict, forbidden,   en, "forbidden: secrecy applies, keep silent").
value_label(verdict, permitted,   fr, "permis: le professionnel peut parler, sans y être obligé").
value_label(verdict, permitted,   en, "permitted: the professional may speak, and need not").
value_label(verdict, obligatory,  fr, "obligatoire: le professionnel doit parler").
value_label(verdict, obligatory,  en, "obligatory: the professional must speak").
value_label(verdict, not_covered, fr, "hors secret: aucun secret professionnel ne s'applique").
value_label(verdict, not_covered, en, "not covered: no professional secrecy applies").

%!  verdict_rank(?Verdict, ?Rank) is nondet.
%
%   A duty to speak beats a permission, a permission beats silence.

verdict_rank(forbidden,  1).
verdict_rank(permitted,  2).
verdict_rank(obligatory, 3).

%!  fact_default(?Fact, ?Value) is nondet.
%
%   Fact takes Value when the scenario does not give it. Only the contract's
%   declared defaults appear here; every other fact not given is unknown.

fact_default(learned_in_profession, true).

%!  fact_implies(?Premise, ?Consequence) is nondet.
%
%   Premise (Fact=Value) logically entails Consequence (Fact=Value). The
%   contrapositive holds too. A scenario whose facts, closed under these
%   links, give one fact both values is contradictory.
%
%   INTERPRETATION: these links spell out what the contract's definitions of
%   the facts already say; they are not legal rules.

fact_implies(only_way_to_protect=true, other_means=false).  % contract, table F
fact_implies(only_way_to_protect=true, can_protect=false).  % protecting alone or with third parties is another way
fact_implies(can_protect=true,         other_means=true).   % idem
fact_implies(person_consents=true,     person_informed=true). % consent is informed consent (contract: "was informed and agrees")
