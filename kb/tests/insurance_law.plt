/*  Insurance law (contract v2, provision insurance_law): art. 95 of the law
    of 25 June 1992 (from 1992-09-21), art. 61 of the law of 4 April 2014
    (from 2014-11-01, unverified).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/insurance_law.plt
*/
:- module(test_insurance_law, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').
:- use_module(helpers).

% After the insured's death, the insurer's medical adviser asks the
% treating doctor for the cause of death.
base(cause_of_death,
     [discloser=doctor, information=cause_of_death, recipient=insurer,
      facts=[person_deceased=true, person_consented_before_death=true], date="2020-01-01"]).

row([],                                          permitted-[insurance_law]).
row([person_consented_before_death:false],       forbidden-[cp_458]).
row([information=medical_data],                  forbidden-[cp_458]).
row([information=whole_file],                    forbidden-[cp_458]).
row([discloser=nurse],                           forbidden-[cp_458]).
row([date="1992-09-20"],                         forbidden-[cp_458]).
row([date="1992-09-21"],                         permitted-[insurance_law]).
row([date="2014-10-31"],                         permitted-[insurance_law]).
row([date="2014-11-01"],                         permitted-[insurance_law]).

:- begin_tests(insurance_law).

test(decision_table, [forall(row(C, E)), true(O == E)]) :-
    scenario(cause_of_death, C, S), outcome(S, O).

test(the_version_changes_in_2014, true([A, B] == [true, true])) :-
    scenario(cause_of_death, [date="2014-10-31"], S1), versions_of(S1, V1),
    scenario(cause_of_death, [date="2014-11-01"], S2), versions_of(S2, V2),
    ( memberchk(insurance_1992_art_95, V1) -> A = true ; A = false ),
    ( memberchk(insurance_2014_art_61, V2) -> B = true ; B = false ).

test(certificates_go_to_the_insured, [forall(member(D-N, ["2000-01-01"-ins_certificates_to_the_insured_1992,
                                                           "2020-01-01"-ins_certificates_to_the_insured_2014])),
                                      true(Has == true)]) :-
    S = [discloser=doctor, information=medical_data, recipient=insurer, date=D],
    has_note(S, N, Has).

:- end_tests(insurance_law).
