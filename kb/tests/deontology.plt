/*  The deontological layer: which code binds whom, what each allows, and
    the tensions with the law. The legal verdict never moves.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/deontology.plt
*/
:- module(test_deontology, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

view(Scenario, Verdict, Basis, Codes, Tensions) :-
    may_disclose(Scenario, _, A),
    D = A.deontology,
    Verdict = D.verdict,
    Basis = D.basis,
    findall(C, ( member(X, D.codes), atom_string(C, X.id) ), Codes),
    findall(T, ( member(X, D.tensions), atom_string(T, X.id) ), Tensions).

codes_of(Scenario, Codes) :- view(Scenario, _, _, Codes, _).
deontic(Scenario, Verdict) :- view(Scenario, Verdict, _, _, _).
tensions_of(Scenario, Tensions) :- view(Scenario, _, _, _, Tensions).

% Which code binds whom (s04): role and institution.
binds([discloser=social_worker],                                  [ufas]).
binds([discloser=social_worker, institution=cpas],                [ufas]).
binds([discloser=social_worker, institution=youth_aid_service],   [ufas, youth_aid]).
binds([discloser=youth_aid_worker],                               [youth_aid]).
binds([discloser=educator, institution=youth_aid_service],        [youth_aid]).
binds([discloser=educator],                                       []).
binds([discloser=psychologist],                                   [psychologists]).
binds([discloser=doctor],                                         [medical]).
binds([discloser=private_individual, institution=youth_aid_service], []).
binds([discloser=lawyer],                                         []).

base(Changes, Scenario) :-
    append(Changes, [information=confidence, recipient=colleague, date="2020-01-01"], Scenario).

all_sharing_facts([recipient_bound_by_secrecy=true, same_mission=true, person_consents=true,
                   in_person_interest=true, strictly_necessary=true, person_informed=true]).

:- begin_tests(deontology_who).

% seed: s04
test(which_code_binds_whom, [forall(binds(Changes, Expected)), true(Codes == Expected)]) :-
    base(Changes, S),
    codes_of(S, Codes).

% seed: s04
test(no_code_no_view, true(V == not_covered)) :-
    base([discloser=educator], S),
    deontic(S, V).

:- end_tests(deontology_who).

:- begin_tests(deontology_sharing).

% Psychologists' code, art. 14: five cumulative conditions, one varied at a time.
psych_condition(person_consents).
psych_condition(in_person_interest).
psych_condition(strictly_necessary).
psych_condition(recipient_bound_by_secrecy).
psych_condition(same_mission).

% seed: s10
test(psychologists_art_14_all_conditions, true(V-B == permitted-[psychologists_code_art_14])) :-
    all_sharing_facts(F),
    view([discloser=psychologist, information=confidence, recipient=colleague,
          facts=F, date="2020-01-01"], V, B, _, _).

% seed: s10
test(psychologists_art_14_each_condition_needed, [forall(psych_condition(C)), true(V == forbidden)]) :-
    all_sharing_facts(F0),
    selectchk(C=true, F0, F1),
    deontic([discloser=psychologist, information=confidence, recipient=colleague,
             facts=[C=false|F1], date="2020-01-01"], V).

% Youth-aid code, art. 7: bound recipient, aid objectives, beneficiary told.
% seed: s10
test(youth_aid_art_7, [forall(member(F-Expected, [[]-forbidden,
                                                  [recipient_bound_by_secrecy=true, in_person_interest=true, person_informed=true]-permitted,
                                                  [recipient_bound_by_secrecy=true, in_person_interest=true, person_informed=false]-forbidden,
                                                  [recipient_bound_by_secrecy=false, in_person_interest=true, person_informed=true]-forbidden])),
                       true(V == Expected)]) :-
    deontic([discloser=youth_aid_worker, information=confidence, recipient=colleague,
             facts=F, date="2020-01-01"], V).

% UFAS: shared secrecy with the person's agreement; both codes must allow it.
% seed: s10, s04
test(ufas_and_youth_aid_together, [forall(member(F-Expected, [[recipient_bound_by_secrecy=true, same_mission=true, in_person_interest=true, person_consents=true, person_informed=true]-permitted,
                                                            [recipient_bound_by_secrecy=true, in_person_interest=true, person_informed=true, person_consents=false]-forbidden])),
                                   true(V == Expected)]) :-
    deontic([discloser=social_worker, institution=youth_aid_service, information=confidence,
             recipient=colleague, facts=F, date="2020-01-01"], V).

% seed: s16
test(the_codes_admit_necessity, [forall(member(R, [social_worker, psychologist, doctor, youth_aid_worker])),
                                 true(V-B == permitted-[codes_necessity])]) :-
    view([discloser=R, information=confidence, recipient=police,
          facts=[grave_imminent_danger=true, other_means=false], date="2020-01-01"], V, B, _, _).

% seed: s09
test(what_was_not_learned_in_the_profession, true(V == not_covered)) :-
    deontic([discloser=psychologist, information=confidence, recipient=press,
             facts=[learned_in_profession=false], date="2020-01-01"], V).

:- end_tests(deontology_sharing).

:- begin_tests(deontology_tensions).

% seed: s11, s27, s30, s31
test(consultation_without_consent_youth_aid, true([LV, DV, T] == [permitted, forbidden, [youth_aid_consultation_without_consent]])) :-
    S = [discloser=youth_aid_worker, information=state_of_mind, recipient=case_consultation,
         facts=[consultation_prosecutor_authorised=true, purpose_prevent_organised_crime=true,
                person_consents=false], date="2021-01-01"],
    may_disclose(S, LV, _),
    deontic(S, DV),
    tensions_of(S, T).

% seed: s11, s27
test(consultation_without_consent_psychologist, true(T == [psychologists_consultation_without_consent])) :-
    tensions_of([discloser=psychologist, information=confidence, recipient=case_consultation,
                 facts=[consultation_legal_basis=true, purpose_protect_integrity=true],
                 date="2021-01-01"], T).

% seed: s13, s30
test(mandated_report_without_transparency, [forall(member(Informed-Expected,
                                            [false-[youth_aid_report_without_transparency],
                                             true-[]])),
                                           true(T == Expected)]) :-
    tensions_of([discloser=youth_aid_worker, information=social_report,
                 recipient=mandating_authority,
                 facts=[under_mandate=true, person_informed=Informed], date="2020-01-01"], T).

% seed: s04, s24
test(cpas_declaration_duty_2018, [forall(member(Date-Expected,
                                    ["2018-06-01"-[ufas_declaration_duty], "2020-01-15"-[]])),
                                 true(T == Expected)]) :-
    tensions_of([discloser=social_worker, institution=cpas, information=confidence,
                 recipient=public_prosecutor, facts=[serious_indications_terrorism=true],
                 date=Date], T).

% seed: s04, s20
test(institution_request_and_ufas, true(T == [ufas_institution_request])) :-
    tensions_of([discloser=social_worker, institution=cpas, information=administrative_data,
                 recipient=public_prosecutor,
                 facts=[terrorism_investigation=true, reasoned_written_request=true],
                 date="2020-01-01"], T).

test(the_legal_verdict_never_moves, [forall(( member(R, [social_worker, psychologist, youth_aid_worker, doctor, educator]),
                                              member(T, [police, colleague, case_consultation, public_prosecutor]) )),
                                     true(WithCodes == Law)]) :-
    S = [discloser=R, information=confidence, recipient=T, date="2020-01-01"],
    may_disclose(S, WithCodes, _),
    scenario:scenario_from_input(S, Sc),
    verdict:decide(Sc, decision(Law, _, _, _)).

:- end_tests(deontology_tensions).
