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

grounds(Role, Institution, Grounds) :-
    Scenario0 = [discloser=Role, information=confidence, recipient=press],
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
rule_ground(cp_458_necessary_confidant, necessary_confidant).
rule_ground(cp_458_confidant_by_state,  necessary_confidant).
rule_ground(cp_458_hospital_staff,      necessary_confidant).
rule_ground(cpas_law_staff,             specific_law).
rule_ground(cpas_law_council,           specific_law).
rule_ground(youth_aid_decree_secrecy,   specific_law).
rule_ground(pms_secrecy,                specific_law).
rule_ground(moral_counsellor_secrecy,   specific_law).
rule_ground(police_secrecy,             specific_law).

:- begin_tests(cp_458_who_is_bound).

% seed: s02, s03
test(every_professional_role_is_bound_on_its_ground,
     [forall(role_ground(Role, Ground)), true(Grounds == Expected)]) :-
    ( is_list(Ground) -> Expected = Ground ; Expected = [Ground] ),
    grounds(Role, none, Grounds).

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

:- end_tests(cp_458_who_is_bound).

:- begin_tests(cp_458_what_is_covered).

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
test(silence_is_the_principle, Verdict-Basis == forbidden-[cp_458]) :-
    Scenario = [discloser=psychologist, information=state_of_mind, recipient=employer],
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
