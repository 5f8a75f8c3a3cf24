/*  Mediation (contract v2, provision mediation): art. 1728 Judicial Code
    (law of 21 February 2005, in force 2005-09-30; revised by the law of 18
    June 2018, 2018-07-12). The mediator's confidentiality bars his testimony:
    the testimony exception is set aside.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/mediation.plt
*/
:- module(test_mediation, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').
:- use_module(helpers).

base(witness,
     [discloser=mediator, information=confidence, recipient=trial_court,
      facts=[called_to_testify=true, accredited_mediation=true], date="2020-01-01"]).

row([],                                    forbidden-[mediation, cp_458]).
row([accredited_mediation:false],          permitted-[cp_458_testimony]).
row([date="2005-09-29"],                   permitted-[cp_458_testimony]).
row([date="2005-09-30"],                   forbidden-[mediation, cp_458]).
row([date="2018-07-11"],                   forbidden-[mediation, cp_458]).
row([date="2018-07-12"],                   forbidden-[mediation, cp_458]).
row([called_to_testify:false],             forbidden-[cp_458]).
% criminal proceedings: the text does not reach them (unsettled)
row([recipient=investigating_judge],       permitted-[cp_458_testimony]).
row([discloser=lawyer],                    permitted-[cp_458_testimony]).

:- begin_tests(mediation).

test(decision_table, [forall(row(C, E)), true(O == E)]) :-
    scenario(witness, C, S), outcome(S, O).

test(the_version_changes_in_2018, true([A, B] == [true, true])) :-
    scenario(witness, [date="2018-07-11"], S1), versions_of(S1, V1),
    scenario(witness, [date="2018-07-12"], S2), versions_of(S2, V2),
    ( memberchk(judicial_code_1728_2005, V1) -> A = true ; A = false ),
    ( memberchk(judicial_code_1728_2018, V2) -> B = true ; B = false ).

% In doubt whether it was a mediation of the Judicial Code, silence holds
% and the testimony stays open.
test(an_unknown_mediation_stays_open, true(O-Found == (forbidden-[cp_458])-true)) :-
    scenario(witness, [unknown(accredited_mediation)], S),
    outcome(S, O), open_of(S, Open),
    ( member(cp_458_testimony-cp_458_testimony_court-permitted-[accredited_mediation=false], Open)
    -> Found = true ; Found = false ).

test(the_documents_are_confidential, true(Has == true)) :-
    scenario(witness, [], S), caveat_ids(S, Ids),
    ( memberchk(med_confidential_documents, Ids) -> Has = true ; Has = false ).

test(criminal_proceedings_are_open, true(Has == true)) :-
    scenario(witness, [recipient=investigating_judge], S),
    has_note(S, med_criminal_proceedings_open, Has).

:- end_tests(mediation).
