/*  Shared professional secrecy (s10, s15): case law and the codes' conditions.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/shared_secret.plt
*/
:- module(test_shared_secret, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

conditions([recipient_bound_by_secrecy, same_mission, person_consents,
            in_person_interest, strictly_necessary]).

all_true(Facts) :-
    conditions(Cs),
    findall(C=true, member(C, Cs), Facts).

% The applying case: the refugee centre's doctor tells a colleague of the
% same mission, with the resident's agreement.
sharing(Recipient, Facts, [discloser=doctor, institution=refugee_reception_centre,
                           information=medical_data, recipient=Recipient, facts=Facts]).

verdict_of(Recipient, Facts, Verdict) :-
    sharing(Recipient, Facts, Scenario),
    may_disclose(Scenario, Verdict, _).

one_false(Condition, Facts) :-
    all_true(All),
    conditions(Cs),
    member(Condition, Cs),
    selectchk(Condition=true, All, Rest),
    Facts = [Condition=false|Rest].

one_unknown(Condition, Facts) :-
    all_true(All),
    conditions(Cs),
    member(Condition, Cs),
    selectchk(Condition=true, All, Facts).

:- begin_tests(shared_secret).

% seed: s10
test(applies_when_every_condition_holds, true(Verdict-Basis == permitted-[shared_secret])) :-
    all_true(Facts),
    sharing(colleague, Facts, Scenario),
    may_disclose(Scenario, Verdict, Answer),
    Basis = Answer.basis.

test(applies_to_the_recipients_of_the_helping_sector,
     [forall(member(T, [colleague, service_director, case_consultation])), true(V == permitted)]) :-
    all_true(Facts),
    verdict_of(T, Facts, V).

test(never_to_police_family_employer_or_press,
     [forall(member(T, [police, family, employer, press, public_prosecutor])), true(V == forbidden)]) :-
    all_true(Facts),
    verdict_of(T, Facts, V).

test(each_condition_false_defeats_it,
     [forall(one_false(_, Facts)), true(V == forbidden)]) :-
    verdict_of(colleague, Facts, V).

test(each_condition_unknown_leaves_it_open,
     [forall(one_unknown(C, Facts)), true(Needs == [C=true])]) :-
    sharing(colleague, Facts, Scenario),
    may_disclose(Scenario, forbidden, Answer),
    Answer.complete == false,
    [Open] = Answer.open,
    Open.provision == shared_secret,
    dict_pairs(Open.needs, _, Pairs),
    findall(K=V, member(K-V, Pairs), Needs).

% seed: s15, s10
test(consent_is_necessary_but_never_sufficient, true(V == forbidden)) :-
    verdict_of(colleague, [person_consents=true, same_mission=false], V).

test(consent_requires_information, error(domain_error(consistent_facts, _), _)) :-
    verdict_of(colleague, [person_consents=true, person_informed=false], _).

% seed: s10
test(police_are_bound_but_on_another_mission, true(Noted == true)) :-
    may_disclose([discloser=social_worker, information=confidence, recipient=police,
                  facts=[recipient_bound_by_secrecy=true]], forbidden, Answer),
    (   member(N, Answer.notes), N.id == different_missions -> Noted = true ; Noted = false ).

:- end_tests(shared_secret).
