:- module(vocabulary,
          [ field_domain/2,           % ?Field, ?Domain
            in_domain/2,              % ?Domain, ?Value
            domain_values/2,          % +Domain, -Values
            value_meaning/3,          % ?Domain, ?Value, ?Meaning
            fact_default/2,           % ?Fact, ?Value
            claim_fact/1,             % ?Fact
            fact_implies/2,           % ?Premise, ?Consequence
            recipient_implies/2,      % ?Recipient, ?Consequence
            verdict_rank/2,           % ?Verdict, ?Rank
            language/1,               % ?Lang
            default_language/1        % ?Lang
          ]).

/** <module> The vocabulary of the scenario contract

The names every interface speaks (docs/vocabulary.md, generated from this
file): the fields of a scenario, the values each field accepts and what
they mean, the facts, and the logical links between facts that make some
combinations contradictory. Their labels, one file per language, are in
kb/lang/.

Nothing here is law: it is the language in which scenarios are told.
*/

%!  language(?Lang) is nondet.
%
%   The languages in which the knowledge base words its answers, each with
%   its file of words in kb/lang/ (fr, en and nl: Dutch as written in
%   Belgium). Every text of the rule book is worded in each of them.

language(fr).
language(en).
language(nl).

%!  default_language(?Lang) is det.
%
%   The language of an answer when none is asked for (and, in Python and on
%   the command line, none comes from the locale).

default_language(fr).

%!  field_domain(?Field, ?Domain) is nondet.
%
%   Field is a scenario field whose values come from Domain.

field_domain(discloser,   role).
field_domain(institution, institution).
field_domain(information, information).
field_domain(recipient,   recipient).
field_domain(facts,       fact).
field_domain(date,        date).

%!  value(?Domain, ?Value, ?Meaning:string) is nondet.
%
%   Value is an accepted value of Domain (role, institution, information,
%   recipient, fact, provision, code or verdict), in the order of the
%   contract's tables; Meaning says what it means (docs/vocabulary.md).
%   Its labels in each language are in kb/lang/.

% R -- discloser
value(role, doctor, "a doctor").
value(role, nurse, "a nurse").
value(role, midwife, "a midwife").
value(role, pharmacist, "a pharmacist").
value(role, psychologist, "a psychologist").
value(role, social_worker, "a social worker").
value(role, educator, "an educator").
value(role, youth_aid_worker, "a youth-aid worker").
value(role, cpas_staff, "a member of staff of a CPAS/OCMW").
value(role, cpas_council_member, "a member of a CPAS council").
value(role, pms_staff, "a member of staff of a PMS/CLB centre (centre PMS/CLB)").
value(role, mediator, "a mediator").
value(role, hospital_admin_agent, "a hospital administrative agent").
value(role, service_director, "a service director").
value(role, justice_assistant, "a justice assistant (assistant de justice, maison de justice)").
value(role, lawyer, "a lawyer").
value(role, moral_counsellor, "a moral counsellor").
value(role, police_officer, "a police officer").
value(role, private_individual, "no professional duty at all").
value(role, clinical_psychologist, "a clinical psychologist, a health-care professional under the law of 10 May 2015 (and so under the patient-rights law); psychologist stays every psychologist").
value(role, physiotherapist, "a physiotherapist (kinésithérapeute / kinesitherapeut)").
value(role, dentist, "a dentist").
value(role, teacher, "a teacher or other member of a school's staff (not the PMS/CLB centre)").
value(role, control_doctor, "a doctor mandated by an employer to check an employee's incapacity for work (médecin contrôleur / controlearts)").
value(role, occupational_doctor, "the prevention adviser–occupational physician of an employer (médecin du travail / arbeidsgeneesheer)").
value(role, advisory_doctor, "the advisory doctor of a mutuality or the medical adviser of an insurer (médecin-conseil / adviserend arts)").
value(role, youth_aid_council_member, "a member of an advisory youth-aid body (e.g. a district youth-aid council) who hears individual situations").
value(role, volunteer, "a volunteer in a social, care or youth service").

% I -- institution
value(institution, cpas, "a CPAS").
value(institution, mutuality, "a health insurance fund (mutuality)").
value(institution, family_allowance_fund, "a family allowance fund").
value(institution, unemployment_office, "an unemployment body").
value(institution, other_social_security_institution, "another social security institution").
value(institution, hospital, "a hospital").
value(institution, youth_aid_service, "a youth-aid service").
value(institution, refugee_reception_centre, "a refugee reception centre").
value(institution, pms_centre, "a PMS centre").
value(institution, justice_house, "a justice house").
value(institution, association, "an association").
value(institution, private_practice, "a private practice").
value(institution, school, "a school").
value(institution, police_service, "a police service").
value(institution, general_welfare_centre, "a general welfare centre (CAW / centre d'action sociale globale)").
value(institution, child_abuse_centre, "a centre specialised in child abuse (Vertrouwenscentrum Kindermishandeling / équipe SOS Enfants)").
value(institution, family_justice_centre, "a Family Justice Centre / Veilig Huis").
value(institution, prison, "a prison or other place of detention").

% K -- information
value(information, confidence, "what the person confided in the helping relationship").
value(information, medical_data, "health data (diagnosis, pregnancy, HIV status, treatment)").
value(information, administrative_data, "identity, residence/address, household composition, aid granted").
value(information, state_of_mind, "mental state, attitudes, behaviour in interviews").
value(information, client_status, "the bare fact that the person is known to / followed by the service").
value(information, public_fact, "something already public or rumoured, which the professional would confirm").
value(information, social_report, "the content of a social inquiry / case file").
value(information, factual_followup, "factual data on compliance with judicial conditions (appointments kept, attendance), nothing of the content of the helping relationship").
value(information, fitness_for_work, "only the conclusion fit / unfit for work and the probable duration, without diagnosis").
value(information, cause_of_death, "the cause of a person's death").
value(information, whole_file, "the whole file (dossier) held on the person, as a document").

% T -- recipient
value(recipient, police, "the police").
value(recipient, public_prosecutor, "the public prosecutor (procureur du Roi / parquet)").
value(recipient, investigating_judge, "the investigating judge").
value(recipient, trial_court, "a court or tribunal hearing a case").
value(recipient, parliamentary_inquiry, "a parliamentary inquiry commission").
value(recipient, mandating_authority, "the authority that mandated the discloser's work").
value(recipient, justice_assistant, "a justice assistant (assistant de justice, maison de justice)").
value(recipient, colleague, "another professional: qualify with the recipient_* and same_mission facts").
value(recipient, service_director, "the discloser's own hierarchy (service director)").
value(recipient, case_consultation, "the participants of a concertation de cas").
value(recipient, family, "the family").
value(recipient, employer, "the employer").
value(recipient, press, "the press").
value(recipient, person_concerned, "the person the information is about (the client, the patient)").
value(recipient, parents, "the parents or legal representatives of the (minor) person concerned").
value(recipient, partner, "the partner or spouse of the person concerned (family stays the other relatives)").
value(recipient, next_of_kin, "the relatives of a deceased person concerned (spouse, partner, relatives up to the second degree)").
value(recipient, court_expert, "an expert appointed by a court").
value(recipient, lawyer, "a lawyer (of the person concerned or of another party)").
value(recipient, insurer, "an insurance company or its medical adviser (a beneficiary asking on his own account is family, partner or next_of_kin)").
value(recipient, advisory_doctor, "the advisory doctor of a mutuality (médecin-conseil / adviserend arts)").
value(recipient, occupational_doctor, "the employer's occupational physician").
value(recipient, trusted_person, "the person of trust the person concerned has designated (personne de confiance / vertrouwenspersoon)").
value(recipient, inspection_service, "an inspection service (social inspection, INAMI/RIZIV evaluation, pharmaceutical or pedagogical inspection, social-fraud reporting point)").
value(recipient, health_authority, "a public-health authority (notifiable diseases, contact tracing)").
value(recipient, school, "the school or the teachers of the person concerned").
value(recipient, child_abuse_centre, "a Vertrouwenscentrum Kindermishandeling / équipe SOS Enfants").
value(recipient, control_doctor, "the employer's control doctor").
value(recipient, professional_order, "the disciplinary or ethics body of the discloser's profession (Order of physicians, of pharmacists, Psychologists' Commission …)").

% F -- facts
value(fact, learned_in_profession, "the discloser learned it in the exercise of the profession (default true when not given)").
value(fact, called_to_testify, "the discloser is heard as a witness, under oath, by the recipient").
value(fact, terrorism_investigation, "the request comes within an investigation of terrorist offences").
value(fact, reasoned_written_request, "the procureur du Roi's request is written and reasoned").
value(fact, serious_indications_terrorism, "the discloser holds information that may be serious indications of a terrorist offence").
value(fact, victim_minor, "the person harmed is a minor").
value(fact, victim_vulnerable, "the person harmed is vulnerable (age, pregnancy, partner violence, honour-based violence, illness, disability)").
value(fact, listed_offence, "an offence of the list of art. 458bis CP was committed on that person").
value(fact, victim_examined_or_confided, "the discloser examined the victim or received the victim's confidence (needed by the pre-2012 version of 458bis)").
value(fact, grave_imminent_danger, "a grave and imminent danger threatens someone's physical or mental integrity").
value(fact, danger_other_victims, "there are indications of a serious and real danger that other minors/vulnerable persons become victims").
value(fact, can_protect, "the discloser can protect the integrity at stake alone or with the help of third parties").
value(fact, other_means, "the danger can be averted by some means other than this disclosure").
value(fact, proportionate, "the interest protected outweighs secrecy and only what is needed is disclosed").
value(fact, only_way_to_protect, "informing the recipient is the only way to bring help to a person in grave danger").
value(fact, consultation_legal_basis, "the concertation is organised by or under a law, decree or ordinance").
value(fact, consultation_prosecutor_authorised, "the concertation has a reasoned authorisation of the procureur du Roi").
value(fact, purpose_protect_integrity, "the concertation aims to protect the physical and psychological integrity of the person or of others").
value(fact, purpose_prevent_terrorism, "the concertation aims to prevent terrorist offences").
value(fact, purpose_prevent_organised_crime, "the concertation aims to prevent offences of a criminal organisation").
value(fact, recipient_bound_by_secrecy, "the recipient is bound by professional secrecy").
value(fact, same_mission, "the recipient works within the same mission / finality as the discloser").
value(fact, person_consents, "the person concerned was informed and agrees").
value(fact, in_person_interest, "the disclosure serves the interest of the person concerned").
value(fact, strictly_necessary, "only what the purpose strictly requires is disclosed").
value(fact, under_mandate, "the discloser works under a mandate given by the recipient").
value(fact, person_informed, "the person was told beforehand what is reported and to whom").
value(fact, client_is_offender, "the person who confided is the author of the offence, and the information may incriminate them (added by the knowledge base)").
value(fact, discloser_is_suspect, "the discloser is personally suspected of the offence under investigation").
value(fact, person_requests_disclosure, "the person concerned, on his own initiative, expressly asks that this recipient be told (implies person_consents)").
value(fact, person_is_minor, "the person concerned is a minor").
value(fact, minor_capable_of_discernment, "the minor can reasonably assess his own interests (patient-rights law art. 12 §2; \"jaren van verstand\")").
value(fact, person_deceased, "the person concerned has died").
value(fact, person_consented_before_death, "the deceased person had, while alive, agreed to this disclosure").
value(fact, seized_by_investigating_judge, "the document is taken by a search or seizure ordered by an investigating judge: the professional is compelled, not disclosing (answer obligatory: he must submit, with the safeguards as caveats)").
value(fact, court_order_to_produce, "a court has ordered the discloser to produce the document").
value(fact, via_designated_practitioner, "the relatives' request goes through a practitioner they designate, who consults the file for them (patient-rights law art. 9 §4)").
value(fact, deceased_objected, "the deceased person had expressly objected to this disclosure").
value(fact, accredited_mediation, "the discloser learned it as mediator in a mediation under the Judicial Code (arts. 1723/1–1737)").
value(fact, law_obliges_disclosure, "a law, decree or ordinance that the knowledge base does not encode obliges the discloser to give this to this recipient (the user's claim: the answer says it could not check it)").
value(fact, victim_vulnerable_classic, "the person harmed is vulnerable by age, pregnancy, illness, or physical or mental infirmity or deficiency (the grounds of 458bis since 2012-01-30)").
value(fact, victim_partner_violence, "the person harmed is vulnerable because of violence by a (former) partner").
value(fact, victim_honour_violence, "the person harmed is vulnerable because of violence in the name of culture, custom, religion, tradition or so-called honour").
value(fact, same_team, "the recipient belongs to the discloser's own team or service and works with the person concerned (implies same_mission)").
value(fact, notifiable_disease, "the information concerns a disease the law obliges to notify to the health authority").
value(fact, discloser_is_index_case, "the discloser himself is the infected person whose contacts are traced").

% B -- provisions, most specific first: basis lists them in this order
value(provision, cic_46bis1_request, "art. 46bis/1 §§1-2 CIC: the procureur's request to social security institutions").
value(provision, cic_46bis1_declaration, "art. 46bis/1 §3 CIC: staff's duty to declare indications of terrorist offences (annulled by Constitutional Court 44/2019)").
value(provision, cic_29, "art. 29 of the Code of Criminal Procedure (officials' duty to report)").
value(provision, judicial_compulsion, "a seizure ordered by an investigating judge, or a court's order to produce: what the professional must submit to, and its safeguards").
value(provision, mediation, "art. 1728 Judicial Code: the confidentiality of mediation, which also bars testimony").
value(provision, patient_rights, "law of 22 August 2002 on patient rights: the patient's access to his file (art. 9), representation of minors and of patients unable to act (arts. 12–15), relatives' access after death (art. 9 §4)").
value(provision, insurance_law, "insurance law (law of 25 June 1992, art. 95; law of 4 April 2014, art. 61): what a treating doctor may give for an insurance contract").
value(provision, control_medicine, "law of 3 July 1978 on employment contracts, art. 31, and law of 13 June 1999 on control medicine: what passes between treating doctor, control doctor and employer").
value(provision, public_health_notification, "the legal duties or permissions to notify diseases to the health authority (regional decrees, the contact-tracing cooperation agreements)").
value(provision, youth_code_2018, "French Community Code of 18 January 2018 on prevention, youth aid and youth protection (from 2019-01-01), successor of the 1991 decree").
value(provision, pupil_guidance, "the decrees on PMS centres (French Community) and CLB (Flemish Community): secrecy of the pupil file and who may see it").
value(provision, law_obliges, "art. 458 / 352: \"where the law obliges them\", for a law the knowledge base does not encode (law_obliges_disclosure)").
value(provision, cp_458bis, "art. 458bis CP: offences against minors and vulnerable persons").
value(provision, cp2024_353_1, "Criminal Code of 2024, art. 353 §1: the right to inform the procureur du Roi (successor of cp_458bis)").
value(provision, cp_458quater, "art. 458quater CP (2017-08-03 – 2026-08-31): arts. 458bis and 458ter do not apply to a lawyer for what may expose his client to prosecution").
value(provision, cp2024_353_3, "Criminal Code of 2024, art. 353 §3: the lawyer exclusion (successor of cp_458quater)").
value(provision, cp_458ter, "art. 458ter CP: concertation de cas").
value(provision, cp2024_353_2, "Criminal Code of 2024, art. 353 §2: case consultation (successor of cp_458ter)").
value(provision, cp_422bis, "art. 422bis CP: failure to help a person in danger").
value(provision, cp2024_299, "Criminal Code of 2024, art. 299: failure to help a person in danger (successor of cp_422bis)").
value(provision, mandate, "reporting to the mandating authority / justice assistant under a legal mandate").
value(provision, suspect_professional, "a professional suspected personally cannot oppose secrecy to the investigation").
value(provision, cp_458_testimony, "art. 458 CP: testimony in court or before a parliamentary inquiry").
value(provision, cp2024_352_testimony, "art. 352 of the 2024 Code: testimony in court or before a parliamentary inquiry (successor of cp_458_testimony)").
value(provision, person_request, "a disclosure the person concerned expressly asks for, where a professional body's doctrine admits it (not a statutory exception; an interpretation)").
value(provision, shared_secret, "secret professionnel partagé (case law, doctrine and deontology codes)").
value(provision, necessity, "état de nécessité (case law; Cass. 13 May 1987)").
value(provision, cp2024_13, "Criminal Code of 2024, Book I, art. 13: necessity, now in the statute (successor of necessity)").
value(provision, official_discretion, "the duty of discretion of public-service staff (school staff, civil servants), which is not professional secrecy: verdict not_covered, the duty named in a caveat").
value(provision, cp_458, "art. 458 Code pénal: the duty of secrecy and its offence").
value(provision, cp2024_352, "Criminal Code of 2024 (Book II), art. 352: the duty of professional secrecy and its offence, from the day that Code took effect (successor of cp_458)").
value(provision, no_secrecy_duty, "the discloser or the information falls outside professional secrecy").

% Codes of ethics (the deontological layer)
value(code, ufas, "UFAS code of ethics (social workers)").
value(code, youth_aid, "youth-aid code of ethics").
value(code, psychologists, "psychologists' code of ethics").
value(code, medical, "code of medical ethics").
value(code, social_workers_2025, "French-speaking social workers' code of ethics (first version of 12 September 2025), successor of the UFAS code").

% V -- verdicts
value(verdict, forbidden, "must keep silent").
value(verdict, permitted, "may speak, need not").
value(verdict, obligatory, "must speak").
value(verdict, not_covered, "no duty of professional secrecy applies").

%!  in_domain(?Domain, ?Value) is nondet.
%
%   Value is an accepted value of Domain, in the contract's order.

in_domain(Domain, Value) :-
    value(Domain, Value, _).

%!  value_meaning(?Domain, ?Value, ?Meaning:string) is nondet.
%
%   Meaning says what Value of Domain means, as the contract defines it.

value_meaning(Domain, Value, Meaning) :-
    value(Domain, Value, Meaning).

%!  domain_values(+Domain, -Values:list(atom)) is det.
%
%   Values are all accepted values of Domain, in the contract's order.

domain_values(Domain, Values) :-
    findall(V, in_domain(Domain, V), Values).

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
% INTERPRETATION: a law the knowledge base does not encode obliges the
% discloser only when the user says so; left unsaid, none is assumed (else
% every answer would stay open on it). See claim_fact/1.
fact_default(law_obliges_disclosure, false).

%!  claim_fact(?Fact) is nondet.
%
%   Fact is a claim the user may make and the knowledge base cannot check
%   (the answer says so): it counts when it is given, and what-if, the
%   answer's `open` and the interview never propose or ask it.

claim_fact(law_obliges_disclosure).

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
% Contract version 2
fact_implies(only_way_to_protect=true, grave_imminent_danger=true). % art. 422bis needs a grave peril (contract v2)
fact_implies(victim_vulnerable_classic=true, victim_vulnerable=true). % a ground of vulnerability ...
fact_implies(victim_partner_violence=true,   victim_vulnerable=true). % ... makes the person harmed vulnerable
fact_implies(victim_honour_violence=true,    victim_vulnerable=true). % (victim_vulnerable: on any ground)
fact_implies(same_team=true,           same_mission=true).  % contract: "implies same_mission"
fact_implies(person_requests_disclosure=true, person_consents=true). % contract: "implies person_consents"
fact_implies(person_consented_before_death=true, person_deceased=true). % "the deceased person had ..."
fact_implies(deceased_objected=true,   person_deceased=true). % idem
fact_implies(minor_capable_of_discernment=true, person_is_minor=true). % "the minor can ..."

%!  recipient_implies(?Recipient, ?Consequence) is nondet.
%
%   The recipient Recipient of a scenario entails Consequence (Fact=Value):
%   the contract's definition of the recipient says it. A scenario with
%   this recipient has Consequence among its facts (closed under
%   fact_implies/2 like a given fact, so rules read it), and a scenario
%   whose facts give the fact the other value is contradictory: refused,
%   with an error naming the fact and the recipient.
%
%   INTERPRETATION: like fact_implies/2, these links spell out the
%   contract's definitions; they are not legal rules.

recipient_implies(next_of_kin,      person_deceased=true).  % "the relatives of a deceased person concerned"
recipient_implies(person_concerned, person_deceased=false). % one tells a living person (contract v2)
