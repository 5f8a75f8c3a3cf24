/*  Art. 458 CP: who is bound, what is covered, and the verdict of silence.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_458.plt
*/
:- module(test_cp_458, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

verdict(Scenario, Verdict) :-
    may_disclose(Scenario, Verdict, _).

basis(Scenario, Basis) :-
    may_disclose(Scenario, _, Answer),
    Basis = Answer.basis.

% The ground on which each role is bound (s02, s03), with no institution.
role_ground(doctor,               named_profession).
role_ground(pharmacist,           named_profession).
role_ground(midwife,              named_profession).
role_ground(nurse,                necessary_confidant).
role_ground(psychologist,         necessary_confidant).
role_ground(social_worker,        necessary_confidant).
role_ground(mediator,             necessary_confidant).
role_ground(hospital_admin_agent, necessary_confidant).
role_ground(service_director,     necessary_confidant).
role_ground(educator,             necessary_confidant).
role_ground(justice_assistant,    necessary_confidant).
role_ground(lawyer,               necessary_confidant).
role_ground(youth_aid_worker,     [necessary_confidant, specific_law]).
role_ground(cpas_staff,           [necessary_confidant, specific_law]).
role_ground(cpas_council_member,  specific_law).
role_ground(pms_staff,            [necessary_confidant, specific_law]).
role_ground(moral_counsellor,     [necessary_confidant, specific_law]).
role_ground(police_officer,       specific_law).
% Contract v2 (v2-social): a youth-aid council member is bound by the
% youth-aid law (avis 88/07; the 2018 Code); a teacher is not a holder of
% secrets (a duty of discretion: official_discretion); a volunteer on no
% ground the kb knows (the answer says it cannot tell).
role_ground(youth_aid_council_member, specific_law).
role_ground(teacher,              []).
role_ground(volunteer,            []).
% contract version 2: health-care professionals (coordinated law of 10 May
% 2015) and doctors in other functions (v2-health)
role_ground(clinical_psychologist, necessary_confidant).
role_ground(physiotherapist,       necessary_confidant).
role_ground(dentist,               necessary_confidant).
role_ground(control_doctor,        named_profession).
role_ground(occupational_doctor,   named_profession).
role_ground(advisory_doctor,       named_profession).

% Art. 458 is read on its last day (2026-08-31): the 1867 Code's rules.
grounds(Role, Institution, Grounds) :-
    grounds_on(Role, Institution, "2026-08-31", Grounds).

grounds_on(Role, Institution, Date, Grounds) :-
    Scenario0 = [discloser=Role, information=confidence, recipient=press, date=Date],
    (   Institution == none
    ->  Scenario = Scenario0
    ;   Scenario = [institution=Institution|Scenario0]
    ),
    may_disclose(Scenario, _, Answer),
    findall(G,
            ( sub_dict_step(Answer.explanation, Step),
              Step.kind == rule,
              Step.status == "true",
              rule_ground(Step.id, G) ),
            Grounds0),
    sort(Grounds0, Grounds).

sub_dict_step(Step, Step).
sub_dict_step(Step, Sub) :-
    member(Child, Step.children),
    sub_dict_step(Child, Sub).

rule_ground(cp_458_named_profession,    named_profession).
rule_ground(cp2024_352_formerly_named_professions, necessary_confidant).
rule_ground(cp_458_necessary_confidant, necessary_confidant).
rule_ground(cp_458_confidant_by_state,  necessary_confidant).
rule_ground(cp_458_hospital_staff,      necessary_confidant).
rule_ground(cpas_law_staff,             specific_law).
rule_ground(cpas_law_council,           specific_law).
rule_ground(youth_aid_decree_secrecy,   specific_law).
rule_ground(pms_secrecy,                specific_law).
rule_ground(moral_counsellor_secrecy,   specific_law).
rule_ground(police_secrecy,             specific_law).
rule_ground(youth_code_2018_secrecy,    specific_law).
rule_ground(youth_aid_council_1991,     specific_law).
rule_ground(hp_health_professionals,     necessary_confidant).
rule_ground(hp_doctors_in_other_functions, named_profession).
rule_ground(med_bound,                  specific_law).

:- begin_tests(cp_458_who_is_bound).

% seed: s02, s03
test(every_professional_role_is_bound_on_its_ground,
     [forall(role_ground(Role, Ground)), true(Grounds == Expected)]) :-
    ( is_list(Ground) -> Expected = Ground ; Expected = [Ground] ),
    grounds(Role, none, Grounds).

% Art. 352 of the 2024 Code names no profession: from 2026-09-01 the
% professions art. 458 named are bound as necessary confidants.
test(the_named_professions_are_confidants_under_art_352,
     [forall(role_ground(Role, named_profession)), true(Grounds == [necessary_confidant])]) :-
    grounds_on(Role, none, "2026-09-01", Grounds).

test(every_role_of_the_contract_is_decided) :-
    forall(vocabulary:in_domain(role, Role),
           ( role_ground(Role, _) ; Role == private_individual )).

% seed: s02
test(private_individual_is_not_bound, Verdict-Basis == not_covered-[no_secrecy_duty]) :-
    Scenario = [discloser=private_individual, information=confidence, recipient=police],
    verdict(Scenario, Verdict),
    basis(Scenario, Basis).

test(private_individual_is_not_bound_even_in_a_hospital, Verdict == not_covered) :-
    verdict([discloser=private_individual, institution=hospital,
             information=medical_data, recipient=family], Verdict).

% seed: s03
test(working_in_a_cpas_adds_the_specific_law, Grounds == [necessary_confidant, specific_law]) :-
    grounds(social_worker, cpas, Grounds).

test(working_in_a_youth_aid_service_adds_the_decree, Grounds == [necessary_confidant, specific_law]) :-
    grounds(educator, youth_aid_service, Grounds).

test(working_in_a_pms_centre_adds_the_specific_law, Grounds == [necessary_confidant, specific_law]) :-
    grounds(psychologist, pms_centre, Grounds).

test(hospital_staff_are_necessary_confidants, Grounds == [necessary_confidant, specific_law]) :-
    grounds(police_officer, hospital, Grounds).

test(an_unrelated_institution_adds_nothing, Grounds == [necessary_confidant]) :-
    grounds(social_worker, association, Grounds).

% The youth-aid law, by version: art. 57 of the 1991 decree until
% 31 December 2018, the Code of 18 January 2018 from 1 January 2019.
test(youth_aid_ground_by_version,
     [forall(member(Role-Date-Rule,
                    [ youth_aid_worker-"2018-12-31"-youth_aid_decree_secrecy,
                      youth_aid_worker-"2019-01-01"-youth_code_2018_secrecy,
                      youth_aid_council_member-"2018-12-31"-youth_aid_council_1991,
                      youth_aid_council_member-"2019-01-01"-youth_code_2018_secrecy ])),
      true(Rules == [Rule])]) :-
    may_disclose([discloser=Role, information=confidence, recipient=press, date=Date], _, Answer),
    findall(R,
            ( sub_dict_step(Answer.explanation, Step),
              Step.kind == rule, Step.status == "true",
              rule_ground(Step.id, specific_law), R = Step.id ),
            Rules0),
    sort(Rules0, Rules).

test(a_teacher_in_a_school_is_not_bound, Verdict-Basis == not_covered-[no_secrecy_duty]) :-
    Scenario = [discloser=teacher, institution=school, information=confidence, recipient=press],
    verdict(Scenario, Verdict),
    basis(Scenario, Basis).

:- end_tests(cp_458_who_is_bound).

:- begin_tests(cp_458_what_is_covered).

% Which rule covers each kind of information (s09): what is learned in the
% profession, the files, the confirmation of a rumour.
covering_rule(confidence,          cp_458_covers_what_was_learned).
covering_rule(medical_data,        cp_458_covers_what_was_learned).
covering_rule(administrative_data, cp_458_covers_what_was_learned).
covering_rule(state_of_mind,       cp_458_covers_what_was_learned).
covering_rule(client_status,       cp_458_covers_what_was_learned).
covering_rule(factual_followup,    cp_458_covers_what_was_learned).
covering_rule(fitness_for_work,    cp_458_covers_what_was_learned).
covering_rule(cause_of_death,      cp_458_covers_what_was_learned).
covering_rule(social_report,       cp_458_covers_files).
covering_rule(whole_file,          cp_458_covers_files).
covering_rule(public_fact,         cp_458_covers_confirmation).

% seed: s09
test(each_kind_of_information_is_covered_by_its_rule,
     [forall(covering_rule(K, Rule)), true(Covering == [Rule])]) :-
    may_disclose([discloser=social_worker, information=K, recipient=press], forbidden, Answer),
    findall(Id, ( sub_dict_step(Answer.explanation, Step),
                  Step.kind == rule, Step.status == "true",
                  sub_atom(Step.id, 0, _, _, cp_458_covers_),
                  Id = Step.id ), Covering0),
    sort(Covering0, Covering).

test(every_kind_of_information_of_the_contract_has_its_covering_rule,
     [forall(vocabulary:in_domain(information, K)), true(Known == true)]) :-
    ( covering_rule(K, _) -> Known = true ; Known = K ).

% seed: s09, s08
test(a_new_kind_of_information_not_learned_in_the_profession_is_not_covered,
     [forall(member(K, [fitness_for_work, cause_of_death, whole_file])),
      true(Verdict == not_covered)]) :-
    verdict([discloser=doctor, information=K, recipient=employer,
             facts=[learned_in_profession=false]], Verdict).

% seed: s09
test(everything_learned_in_the_profession_is_covered,
     [forall(vocabulary:in_domain(information, K)), true(Verdict == forbidden)]) :-
    verdict([discloser=social_worker, information=K, recipient=press], Verdict).

% seed: s09, s08
test(what_was_not_learned_in_the_profession_is_not_covered,
     [forall(vocabulary:in_domain(information, K)), true(Verdict == not_covered)]) :-
    verdict([discloser=social_worker, information=K, recipient=press,
             facts=[learned_in_profession=false]], Verdict).

% seed: s09
test(confirming_a_rumour_is_covered_as_an_interpretation, true(Reading \== none)) :-
    may_disclose([discloser=doctor, information=public_fact, recipient=press], forbidden, Answer),
    (   sub_dict_step(Answer.explanation, Step),
        Step.id == cp_458_covers_confirmation,
        get_dict(interpretation, Step, Reading)
    ->  true
    ;   Reading = none
    ).

test(the_bare_fact_of_being_followed_is_covered, Verdict == forbidden) :-
    verdict([discloser=educator, information=client_status, recipient=police], Verdict).

:- end_tests(cp_458_what_is_covered).

:- begin_tests(cp_458_verdict).

% seed: s01, s06, s08
% The principle in force: art. 458 until the last day of the 1867 Code,
% art. 352 of the 2024 Code from 1 September 2026.
test(silence_is_the_principle,
     [forall(member(Date-Base, ["2026-08-31"-cp_458, "2026-09-01"-cp2024_352, "2026-12-01"-cp2024_352])),
      true(Verdict-Basis == forbidden-[Base])]) :-
    Scenario = [discloser=psychologist, information=state_of_mind, recipient=employer, date=Date],
    verdict(Scenario, Verdict),
    basis(Scenario, Basis).

% seed: s15, s01
test(consent_alone_never_lifts_secrecy, [Verdict, Noted] == [forbidden, true]) :-
    may_disclose([discloser=social_worker, information=confidence, recipient=family,
                  facts=[person_consents=true]], Verdict, Answer),
    (   member(N, Answer.notes), N.id == consent_not_sufficient -> Noted = true ; Noted = false ).

test(consent_alone_never_lifts_secrecy_for_any_recipient,
     [forall(vocabulary:in_domain(recipient, T)), true(Verdict == forbidden)]) :-
    verdict([discloser=social_worker, information=confidence, recipient=T,
             facts=[person_consents=true]], Verdict).

test(a_rule_outside_its_dates_does_not_apply, Verdict == not_covered) :-
    % The CPAS organic law dates from 8 July 1976: a CPAS council member
    % was not bound by it before.
    verdict([discloser=cpas_council_member, information=confidence, recipient=press,
             date="1970-01-01"], Verdict).

test(the_same_role_is_bound_after_the_law, Verdict == forbidden) :-
    verdict([discloser=cpas_council_member, information=confidence, recipient=press,
             date="1976-07-08"], Verdict).

:- end_tests(cp_458_verdict).
