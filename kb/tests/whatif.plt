/*  What would change the verdict: minimal, consistent, agreeing with open.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/whatif.plt
*/
:- module(test_whatif, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

sample([discloser=doctor, information=medical_data, recipient=colleague,
        facts=[person_consents=true], date="2020-01-01"]).
sample([discloser=educator, information=confidence, recipient=investigating_judge,
        facts=[called_to_testify=true], date="2020-01-01"]).
sample([discloser=social_worker, institution=cpas, information=confidence,
        recipient=public_prosecutor, facts=[serious_indications_terrorism=true],
        date="2020-01-15"]).
sample([discloser=educator, information=confidence, recipient=police,
        facts=[other_means=true], date="2020-01-01"]).
sample([discloser=psychologist, information=confidence, recipient=public_prosecutor,
        facts=[victim_vulnerable=true, listed_offence=true, grave_imminent_danger=true,
               can_protect=false], date="2020-01-01"]).

changes_of(Change, Pairs) :-
    dict_pairs(Change.changes, _, Pairs).

with_changes(Scenario0, Pairs, Scenario) :-
    selectchk(facts=Facts0, Scenario0, Rest),
    findall(F=V, ( member(F=V, Facts0), \+ memberchk(F-_, Pairs) ), Kept),
    findall(F=V, member(F-V, Pairs), New),
    append(Kept, New, Facts),
    Scenario = [facts=Facts|Rest].

% Given, or taking its declared default.
has_a_value(F, Given) :- memberchk(F=_, Given), !.
has_a_value(F, _) :- vocabulary:fact_default(F, _).

:- begin_tests(whatif).

test(every_change_gives_the_verdict_it_claims, [forall((sample(S), what_if(S, Cs), member(C, Cs))), true(V == Claimed)]) :-
    changes_of(C, Pairs),
    with_changes(S, Pairs, S2),
    may_disclose(S2, V, _),
    Claimed = C.verdict.

test(every_change_changes_the_verdict, [forall((sample(S), what_if(S, Cs), member(C, Cs))), true(V \== Claimed)]) :-
    may_disclose(S, V, _),
    Claimed = C.verdict.

test(no_set_contains_another_with_the_same_verdict_and_basis, [forall(sample(S)), true(Bad == [])]) :-
    what_if(S, Cs),
    findall(C1-C2,
            ( member(C1, Cs), member(C2, Cs), C1 \== C2,
              C1.verdict == C2.verdict, C1.basis == C2.basis,
              changes_of(C1, P1), changes_of(C2, P2), subset(P1, P2) ),
            Bad).

test(ranked_by_size, [forall(sample(S)), true(msort(Sizes, Sizes))]) :-
    what_if(S, Cs),
    findall(N, ( member(C, Cs), changes_of(C, P), length(P, N) ), Sizes).

% seed: s14
test(a_given_fact_can_be_flipped, true(Found == true)) :-
    S = [discloser=educator, information=confidence, recipient=investigating_judge,
         facts=[called_to_testify=true], date="2020-01-01"],
    what_if(S, Cs),
    ( member(C, Cs), changes_of(C, [called_to_testify-false]), C.verdict == forbidden
    -> Found = true ; Found = false ).

% seed: s18
test(a_contradicting_given_fact_is_flipped_with_it, true(Pairs == [only_way_to_protect-true, other_means-false])) :-
    S = [discloser=educator, information=confidence, recipient=police,
         facts=[other_means=true], date="2020-01-01"],
    what_if(S, Cs),
    once(( member(C, Cs), C.verdict == obligatory )),
    changes_of(C, Pairs).

test(open_is_whatif_restricted_to_unknown_facts, [forall(sample(S)), true(Open == Unknown)]) :-
    may_disclose(S, _, A),
    findall(Ps-V, ( member(O, A.open), dict_pairs(O.needs, _, Ps), V = O.verdict ), Open0),
    sort(Open0, Open),
    memberchk(facts=Given, S),
    what_if(S, Cs),
    findall(Ps-V, ( member(C, Cs), changes_of(C, Ps), V = C.verdict,
                    \+ ( member(F-_, Ps), has_a_value(F, Given) ) ), Unknown0),
    sort(Unknown0, Unknown).

% A default is an assumption the interview confirms first; once it is
% given, the next question is a fact of an open change.
test(the_first_question_confirms_a_default, [forall(sample(S)), true(Fact == learned_in_profession)]) :-
    next_question(S, Q),
    Fact = Q.question.

test(next_question_is_a_fact_of_an_open_change, [forall(sample(S0)), true(In == true)]) :-
    selectchk(facts=Facts, S0, Rest),
    S = [facts=[learned_in_profession=true|Facts]|Rest],
    (   next_question(S, Q)
    ->  may_disclose(S, _, A),
        ( member(O, A.open), get_dict(Q.question, O.needs, _) -> In = true ; In = false )
    ;   may_disclose(S, _, A), ( A.complete == true -> In = true ; In = false )
    ).

test(a_fact_answered_unknown_is_not_asked_again, true(Q2 == none)) :-
    % Each of shared secrecy's conditions is needed: once one is unknown
    % for good, nothing left can change the verdict.
    S = [discloser=doctor, information=medical_data, recipient=colleague,
         facts=[learned_in_profession=true, person_consents=true], date="2020-01-01"],
    next_question(S, Q),
    Q1 = Q.question,
    (   next_question([discloser=doctor, information=medical_data, recipient=colleague,
                       facts=[learned_in_profession=true, person_consents=true, Q1=unknown],
                       date="2020-01-01"], Q2d)
    ->  Q2 = Q2d.question
    ;   Q2 = none
    ).

test(no_question_once_the_answer_is_complete, fail) :-
    next_question([discloser=nurse, information=confidence, recipient=press,
                   facts=[learned_in_profession=true], date="2020-01-01"], _).

:- end_tests(whatif).
