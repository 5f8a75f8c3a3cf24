/*  The texts for a person (kb/engine/text.pl): the one-screen answer and the complete one.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/text.plt
*/
:- module(test_text, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

:- begin_tests(text).

seed1([discloser=educator, institution=youth_aid_service, information=client_status,
       recipient=police, date="2018-03-01",
       facts=[grave_imminent_danger=false, only_way_to_protect=false, discloser_is_suspect=false]]).

summary_lines(Lang, Width, Lines) :-
    seed1(S),
    in_language(Lang, ( user:may_disclose(S, _, A), user:what_if(S, Changes) )),
    text:summary_text(A, Changes, [width(Width)], Text),
    split_string(Text, "\n", "", Lines).

% The session's language flag, set for Goal and restored after it, so that
% the test files run after this one answer in the language they expect.
in_language(Lang, Goal) :-
    current_prolog_flag(secret_kb_lang, Old),
    setup_call_cleanup(set_prolog_flag(secret_kb_lang, Lang), once(Goal),
                       set_prolog_flag(secret_kb_lang, Old)).

test(wrapped_fills_lines_greedily, Lines == ["  - one two", "    three", "    four"]) :-
    text:wrapped("one two  three\nfour", 12, "  - ", "    ", Lines).

test(wrapped_keeps_a_long_word_whole, Lines == ["abcdefghij", "k"]) :-
    text:wrapped("abcdefghij k", 4, "", "", Lines).

test(wrapped_width_zero_is_one_line, Lines == ["a b c"]) :-
    text:wrapped("a  b c", 0, "", "", Lines).

% seed: s14
test(one_screen_answer_says_refuse_the_police, [nondet, true(Refuse == true)]) :-
    summary_lines(en, 80, Lines),
    length(Lines, N),
    assertion(N =< 20),
    Lines = [First|_],
    assertion(First == "FORBIDDEN: secrecy applies, keep silent."),
    forall(member(L, Lines), ( string_length(L, Len), assertion(Len =< 80) )),
    (   member(L, Lines), sub_string(L, _, _, _, "must refuse") -> Refuse = true ; Refuse = false ).

test(the_strongest_change_comes_first, [true(sub_string(Line, 0, _, _, "  - obligatoire si"))]) :-
    summary_lines(fr, 80, Lines),
    nth1(I, Lines, Heading),
    sub_string(Heading, 0, _, _, "Ce qui pourrait changer la réponse"),
    !,
    J is I + 1,
    nth1(J, Lines, Line).

test(the_complete_answer_counts_the_exceptions_not_concerned,
     [nondet, true(sub_string(Text, _, _, _, "do not concern this discloser, workplace, information or recipient: "))]) :-
    seed1(S),
    in_language(en, user:may_disclose(S, _, A)),
    text:report_text(A, Text),
    assertion(\+ sub_string(Text, _, _, _, "cp_422bis")),
    assertion(sub_string(Text, _, _, _, "([x] true · [ ] false · [?] unknown)")).

:- end_tests(text).
