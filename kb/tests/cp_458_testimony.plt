/*  Art. 458 CP, testimony in justice or before a parliamentary inquiry (s14).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_458_testimony.plt
*/
:- module(test_cp_458_testimony, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

% A case where the exception applies: an educator heard as a witness by
% the investigating judge.
witness(Recipient, Facts, Date,
        [discloser=educator, information=confidence, recipient=Recipient,
         facts=Facts, date=Date]).

outcome(Recipient, Facts, Date, Verdict-Basis) :-
    witness(Recipient, Facts, Date, Scenario),
    may_disclose(Scenario, Verdict, Answer),
    Basis = Answer.basis.

% Decision table: one condition varied at a time around the applying case.
expected(investigating_judge,   [called_to_testify=true],  "2018-03-01", permitted-[cp_458_testimony]).
expected(trial_court,           [called_to_testify=true],  "2018-03-01", permitted-[cp_458_testimony]).
expected(parliamentary_inquiry, [called_to_testify=true],  "2018-03-01", permitted-[cp_458_testimony]).
expected(investigating_judge,   [called_to_testify=false], "2018-03-01", forbidden-[cp_458]).
expected(investigating_judge,   [],                        "2018-03-01", forbidden-[cp_458]).
expected(police,                [called_to_testify=true],  "2018-03-01", forbidden-[cp_458]).
expected(public_prosecutor,     [called_to_testify=true],  "2018-03-01", forbidden-[cp_458]).
expected(press,                 [called_to_testify=true],  "2018-03-01", forbidden-[cp_458]).
% The parliamentary inquiry commission enters art. 458 with the law of
% 30 June 1996 (art. 10), in force on 26 July 1996; the courts were there
% from 1867.
expected(parliamentary_inquiry, [called_to_testify=true],  "1996-07-25", forbidden-[cp_458]).
expected(parliamentary_inquiry, [called_to_testify=true],  "1996-07-26", permitted-[cp_458_testimony]).
% From 1 September 2026, art. 352 of the 2024 Code states both exceptions.
expected(investigating_judge,   [called_to_testify=true],  "2026-08-31", permitted-[cp_458_testimony]).
expected(investigating_judge,   [called_to_testify=true],  "2026-09-01", permitted-[cp2024_352_testimony]).
expected(parliamentary_inquiry, [called_to_testify=true],  "2026-08-31", permitted-[cp_458_testimony]).
expected(parliamentary_inquiry, [called_to_testify=true],  "2026-09-01", permitted-[cp2024_352_testimony]).
expected(police,                [called_to_testify=true],  "2026-09-01", forbidden-[cp2024_352]).
expected(trial_court,           [called_to_testify=true],  "1990-01-01", permitted-[cp_458_testimony]).

:- begin_tests(cp_458_testimony).

% seed: s14
test(decision_table, [forall(expected(T, F, D, Expected)), true(Outcome == Expected)]) :-
    outcome(T, F, D, Outcome).

% seed: s14, s15
test(testimony_is_never_obligatory,
     [forall(vocabulary:in_domain(information, K)), true(Verdict \== obligatory)]) :-
    may_disclose([discloser=doctor, information=K, recipient=trial_court,
                  facts=[called_to_testify=true]], Verdict, _).

% seed: s14, s19
test(testimony_carries_the_caveats, true(Ids == [testimony_no_duty_to_speak, keep_helping])) :-
    witness(investigating_judge, [called_to_testify=true], "2018-03-01", Scenario),
    may_disclose(Scenario, permitted, Answer),
    findall(Id, ( member(C, Answer.caveats), Id = C.id ), Ids).

test(unknown_oath_leaves_the_question_open, true(Open == [cp_458_testimony-permitted-called_to_testify])) :-
    witness(investigating_judge, [discloser_is_suspect=false, grave_imminent_danger=false],
            "2018-03-01", Scenario),
    may_disclose(Scenario, forbidden, Answer),
    Answer.complete == false,
    findall(P-V-F, ( member(O, Answer.open), P = O.provision, V = O.verdict,
                     dict_pairs(O.needs, _, [F-true]) ), Open).

% seed: s14
test(police_asking_get_the_refusal_note,
     [forall(member(Date-Note, ["2026-08-31"-police_must_refuse, "2026-09-01"-police_must_refuse_352])),
      true(Noted == true)]) :-
    may_disclose([discloser=educator, information=client_status, recipient=police, date=Date],
                 forbidden, Answer),
    (   member(N, Answer.notes), N.id == Note -> Noted = true ; Noted = false ).

:- end_tests(cp_458_testimony).
