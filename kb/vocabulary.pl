:- module(vocabulary,
          [ field_domain/2,           % ?Field, ?Domain
            in_domain/2,              % ?Domain, ?Value
            domain_values/2,          % +Domain, -Values
            value_meaning/3,          % ?Domain, ?Value, ?Meaning
            fact_default/2,           % ?Fact, ?Value
            fact_implies/2,           % ?Premise, ?Consequence
            verdict_rank/2,           % ?Verdict, ?Rank
            language/1                % ?Lang
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

% K -- information
value(information, confidence, "what the person confided in the helping relationship").
value(information, medical_data, "health data (diagnosis, pregnancy, HIV status, treatment)").
value(information, administrative_data, "identity, residence/address, household composition, aid granted").
value(information, state_of_mind, "mental state, attitudes, behaviour in interviews").
value(information, client_status, "the bare fact that the person is known to / followed by the service").
value(information, public_fact, "something already public or rumoured, which the professional would confirm").
value(information, social_report, "the content of a social inquiry / case file").
value(information, factual_followup, "factual data on compliance with judicial conditions (appointments kept, attendance), nothing of the content of the helping relationship").

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

% B -- provisions, most specific first: basis lists them in this order
value(provision, cic_46bis1_request, "art. 46bis/1 §§1-2 CIC: the procureur's request to social security institutions").
value(provision, cic_46bis1_declaration, "art. 46bis/1 §3 CIC: staff's duty to declare indications of terrorist offences (annulled by Constitutional Court 44/2019)").
value(provision, cic_29, "art. 29 of the Code of Criminal Procedure (officials' duty to report)").
value(provision, cp_458bis, "art. 458bis CP: offences against minors and vulnerable persons").
value(provision, cp_458ter, "art. 458ter CP: concertation de cas").
value(provision, cp_422bis, "art. 422bis CP: failure to help a person in danger").
value(provision, mandate, "reporting to the mandating authority / justice assistant under a legal mandate").
value(provision, suspect_professional, "a professional suspected personally cannot oppose secrecy to the investigation").
value(provision, cp_458_testimony, "art. 458 CP: testimony in court or before a parliamentary inquiry").
value(provision, shared_secret, "secret professionnel partagé (case law, doctrine and deontology codes)").
value(provision, necessity, "état de nécessité (case law; Cass. 13 May 1987)").
value(provision, cp_458, "art. 458 Code pénal: the duty of secrecy and its offence").
value(provision, no_secrecy_duty, "the discloser or the information falls outside professional secrecy").

% Codes of ethics (the deontological layer)
value(code, ufas, "UFAS code of ethics (social workers)").
value(code, youth_aid, "youth-aid code of ethics").
value(code, psychologists, "psychologists' code of ethics").
value(code, medical, "code of medical ethics").

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
