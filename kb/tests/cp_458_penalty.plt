/*  Art. 458 CP: the penalty by version (s05), and the new Criminal Code.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_458_penalty.plt

    The original penalty (8 days to 6 months and a fine of 100 to 500)
    until 2 August 2017; one to three years and/or 100 to 1,000 EUR from 3
    August 2017 (law of 6 July 2017). The penalty is noted on forbidden
    answers only. From 8 April 2026, every answer warns that the new
    Criminal Code may have renumbered the articles.
*/
:- module(test_cp_458_penalty, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- Cases, one per verdict ---------------------------------------------------

% Forbidden: a social worker thinking of telling the press.
base(forbidden,
     [discloser=social_worker, information=confidence, recipient=press,
      facts=[], date="2020-01-01"]).
% Permitted: an educator heard as a witness by the investigating judge.
base(permitted,
     [discloser=educator, information=confidence, recipient=investigating_judge,
      facts=[called_to_testify=true], date="2020-01-01"]).
% Obligatory: informing the police is the only way to protect.
base(obligatory,
     [discloser=educator, information=confidence, recipient=police,
      facts=[grave_imminent_danger=true, only_way_to_protect=true], date="2020-01-01"]).
% Not covered: a private individual.
base(not_covered,
     [discloser=private_individual, information=confidence, recipient=press,
      facts=[], date="2020-01-01"]).

penalty_notes(Scenario, Notes) :-
    note_ids(Scenario, Ids),
    include([Id]>>memberchk(Id, [penalty_458_1867, penalty_458_2017]), Ids, Notes).

% The penalty on each side of 3 August 2017.
penalty_row("1990-01-01", [penalty_458_1867]).
penalty_row("2017-08-02", [penalty_458_1867]).
penalty_row("2017-08-03", [penalty_458_2017]).
penalty_row("2020-01-01", [penalty_458_2017]).

:- begin_tests(cp_458_penalty).

% seed: s05
test(the_verdicts_of_the_cases,
     [forall(member(V, [forbidden, permitted, obligatory, not_covered])), true(Verdict == V)]) :-
    base(V, Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s05
test(penalty_by_date,
     [forall(penalty_row(Date, Expected)), true(Notes == Expected)]) :-
    scenario(forbidden, [date=Date], Scenario),
    penalty_notes(Scenario, Notes).

% seed: s05
test(penalty_only_on_forbidden_answers,
     [forall(( member(V, [permitted, obligatory, not_covered]),
               member(Date, ["2017-08-02", "2017-08-03"]) )),
      true(Notes == [])]) :-
    scenario(V, [date=Date], Scenario),
    penalty_notes(Scenario, Notes).

% seed: s05
test(penalty_with_an_exception_that_fails, true(Notes == [penalty_458_2017])) :-
    scenario(permitted, [called_to_testify:false], Scenario),
    penalty_notes(Scenario, Notes).

:- end_tests(cp_458_penalty).

:- begin_tests(new_criminal_code).

% What was known of the new Code on each date: published 8 April 2024 and
% announced for 8 April 2026; postponed on 3 April 2026 (law of 30 March
% 2026) to 1 September 2026; in force from then.
new_code_note("2024-04-07", none).
new_code_note("2024-04-08", criminal_code_2024_announced).
new_code_note("2026-04-02", criminal_code_2024_announced).
new_code_note("2026-04-03", criminal_code_2024_postponed).
new_code_note("2026-08-31", criminal_code_2024_postponed).
new_code_note("2026-09-01", criminal_code_2024_in_force).
new_code_note("2026-12-01", criminal_code_2024_in_force).

% seed: s05
test(the_new_code_as_known_on_the_date,
     [forall(( member(V, [forbidden, permitted, obligatory, not_covered]),
               new_code_note(Date, Expected) )),
      true(Notes == Expected)]) :-
    scenario(V, [date=Date], Scenario),
    answer_of(Scenario, Answer),
    findall(Id, ( member(N, Answer.notes), atom_string(Id, N.id),
                  sub_atom(Id, 0, _, _, criminal_code_2024_) ), Ids),
    (   Ids == [] -> Notes = none ; Ids = [Notes] ).

% seed: s05
test(the_verdicts_do_not_change_with_the_new_code,
     [forall(member(V, [forbidden, permitted, obligatory, not_covered])),
      true(Before == After)]) :-
    scenario(V, [date="2026-04-02"], S1),
    scenario(V, [date="2026-04-03"], S2),
    outcome(S1, Before),
    outcome(S2, After).

:- end_tests(new_criminal_code).
