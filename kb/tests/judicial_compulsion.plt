/*  Judicial compulsion (contract v2, provision judicial_compulsion): the
    seizure ordered by the investigating judge (CIC arts. 87-89, unverified;
    the Order's usages), a court's order to produce, a court expert. No
    dated source: no boundary rows.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/judicial_compulsion.plt
*/
:- module(test_judicial_compulsion, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').
:- use_module(helpers).

base(seizure,
     [discloser=doctor, information=whole_file, recipient=investigating_judge,
      facts=[seized_by_investigating_judge=true], date="2020-01-01"]).

row([],                                          obligatory-[judicial_compulsion]).
row([recipient=police],                          obligatory-[judicial_compulsion]).
row([discloser=social_worker, information=social_report], obligatory-[judicial_compulsion]).
row([seized_by_investigating_judge:false],       forbidden-[cp_458]).
row([recipient=public_prosecutor],               forbidden-[cp_458]).
row([information=confidence],                    forbidden-[cp_458]).
row([discloser=private_individual],              not_covered-[no_secrecy_duty]).

:- begin_tests(judicial_compulsion).

test(decision_table, [forall(row(C, E)), true(O == E)]) :-
    scenario(seizure, C, S), outcome(S, O).

test(the_orders_safeguards_for_doctors, true(Ids0 == [jc_seizure_safeguards_doctors, jc_seizure_is_not_disclosure])) :-
    scenario(seizure, [], S), caveat_ids(S, Ids),
    include([X]>>memberchk(X, [jc_seizure_safeguards_doctors, jc_seizure_is_not_disclosure]), Ids, Ids0).

test(no_order_safeguard_for_a_social_worker, true(Has == false)) :-
    scenario(seizure, [discloser=social_worker, information=social_report], S), caveat_ids(S, Ids),
    ( memberchk(jc_seizure_safeguards_doctors, Ids) -> Has = true ; Has = false ).

test(an_order_to_produce_is_not_a_seizure, true(O-Has == (forbidden-[cp_458])-true)) :-
    S = [discloser=doctor, information=whole_file, recipient=trial_court,
         facts=[court_order_to_produce=true], date="2020-01-01"],
    outcome(S, O), caveat_ids(S, Ids),
    ( memberchk(jc_order_to_produce, Ids) -> Has = true ; Has = false ).

test(a_court_expert_is_not_the_judge, true(O-Has == (forbidden-[cp_458])-true)) :-
    S = [discloser=doctor, information=whole_file, recipient=court_expert, date="2020-01-01"],
    outcome(S, O), caveat_ids(S, Ids),
    ( memberchk(jc_court_expert, Ids) -> Has = true ; Has = false ).

:- end_tests(judicial_compulsion).
