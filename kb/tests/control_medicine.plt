/*  Control medicine (contract v2, provision control_medicine): art. 31 of the
    law of 3 July 1978; the occupational doctor (Code on well-being at work,
    unverified); the advisory doctor of a mutuality (the Order). The sources
    have no known dates (open): no boundary rows.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/control_medicine.plt
*/
:- module(test_control_medicine, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').
:- use_module(helpers).

base(control,
     [discloser=control_doctor, information=fitness_for_work, recipient=employer, date="2020-01-01"]).

row([],                                             permitted-[control_medicine]).
row([information=medical_data],                     forbidden-[cp_458]).
row([information=whole_file],                       forbidden-[cp_458]).
row([discloser=occupational_doctor],                permitted-[control_medicine]).
row([discloser=occupational_doctor, information=medical_data], forbidden-[cp_458]).
row([discloser=advisory_doctor, recipient=service_director], permitted-[control_medicine]).
row([discloser=advisory_doctor, recipient=service_director, information=medical_data], forbidden-[cp_458]).
row([discloser=doctor],                             forbidden-[cp_458]).
row([recipient=family],                             forbidden-[cp_458]).

:- begin_tests(control_medicine).

test(decision_table, [forall(row(C, E)), true(O == E)]) :-
    scenario(control, C, S), outcome(S, O).

test(never_the_diagnosis, true(Has == true)) :-
    scenario(control, [information=medical_data], S),
    has_note(S, cm_never_the_diagnosis, Has).

test(the_treating_doctor_is_told_the_kb_does_not_know,
     [forall(member(T, [control_doctor, occupational_doctor, advisory_doctor])), true(Has == true)]) :-
    S = [discloser=doctor, information=medical_data, recipient=T, date="2020-01-01"],
    caveat_ids(S, Ids),
    ( memberchk(op_treating_doctor_to_other_doctors, Ids) -> Has = true ; Has = false ).

:- end_tests(control_medicine).
