:- module(research_arithmetic,
          [ eval_is/2,                % ?X, +Expr
            eval_compare/3,           % +Op, +A, +B
            bounded_length/2,         % ?List, ?Length
            aggregate_numbers/3,      % +Template, :Goal, -Result
            new_atom/2,               % :Goal, +Arg
            start_atom_count/0
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).
:- use_module(policy, [limit_value/2]).

/** <module> Research queries: bounded arithmetic, length/2 and numeric aggregates

What a research query's is/2, arithmetic comparisons, length/2 and
aggregate_all(sum(E)|max(E)|min(E)|max(E, W)|min(E, W), ...) run as
(check.pl rewrites them). One call of the built-ins is a single inference,
whatever it costs: 7**7**10 or length(L, 10^9) cannot be interrupted by the
inference or time limits. These versions evaluate a small, safe set of
arithmetic functions, keep every integer under integer_bits bits, and
refuse to build a list of more than list_length elements
(policy:research_limit/3).

Atoms live outside the Prolog stacks, so the stack limit does not bound
them: sub_atom/5 in findall/3 over a long atom makes gigabytes of them
within the inference and time limits. new_atom/2 counts the characters of
the atoms a query's built-ins make, and stops the query past atom_text.
*/

%!  eval_is(?X, +Expr) is semidet.
%!  eval_compare(+Op, +A, +B) is semidet.
%
%   is/2 and the arithmetic comparisons over a small, safe set of
%   functions, every intermediate integer at most integer_bits bits: a
%   single big-integer operation (7**7**10) cannot be interrupted by the
%   time limit.

eval_is(X, Expr) :-
    eval(Expr, V),
    X = V.

eval_compare(Op, A, B) :-
    eval(A, VA),
    eval(B, VB),
    compare_numbers(Op, VA, VB).

compare_numbers(<,   A, B) :- A < B.
compare_numbers(>,   A, B) :- A > B.
compare_numbers(=<,  A, B) :- A =< B.
compare_numbers(>=,  A, B) :- A >= B.
compare_numbers(=:=, A, B) :- A =:= B.
compare_numbers(=\=, A, B) :- A =\= B.

eval(X, _) :-
    var(X),
    !,
    instantiation_error(X).
eval(X, X) :-
    number(X),
    !,
    check_number(X).
eval(X, V) :-
    atom(X),
    arith_constant(X),
    !,
    V is X.
eval(E, V) :-
    compound(E),
    compound_name_arity(E, F, A),
    arith_function(F, A),
    !,
    compound_name_arguments(E, F, Args),
    maplist(eval, Args, Values),
    compound_name_arguments(E1, F, Values),
    V is E1,
    check_number(V).
eval(E, _) :-
    callable(E),
    !,
    functor(E, F, A),
    format(string(Msg), "the arithmetic function ~q is not allowed in a research query (allowed: + - * / // mod rem div abs sign min max truncate integer float round ceiling floor sqrt, pi, e, inf, nan, epsilon)", [F/A]),
    format(string(Shown), "~q", [F/A]),
    throw(error(permission_error(evaluate, arithmetic_function, Shown), context(goal, Msg))).
eval(E, _) :-
    type_error(evaluable, E).

arith_constant(pi).
arith_constant(e).
arith_constant(inf).
arith_constant(nan).
arith_constant(epsilon).

arith_function(+, 1).
arith_function(-, 1).
arith_function(+, 2).
arith_function(-, 2).
arith_function(*, 2).
arith_function(/, 2).
arith_function(//, 2).
arith_function(mod, 2).
arith_function(rem, 2).
arith_function(div, 2).
arith_function(abs, 1).
arith_function(sign, 1).
arith_function(min, 2).
arith_function(max, 2).
arith_function(truncate, 1).
arith_function(integer, 1).
arith_function(float, 1).
arith_function(round, 1).
arith_function(ceiling, 1).
arith_function(floor, 1).
arith_function(sqrt, 1).

check_number(X) :-
    (   integer(X)
    ->  check_integer(X)
    ;   rational(X, N, D)              % a rational that is not an integer
    ->  check_integer(N),
        check_integer(D)
    ;   true
    ).

check_integer(I) :-
    limit_value(integer_bits, Max),
    (   I =:= 0
    ->  true
    ;   msb(abs(I)) < Max
    ->  true
    ;   format(string(Msg), "an integer in the query's arithmetic is larger than the limit of ~D bits", [Max]),
        throw(error(resource_error(integer_bits), context(goal, Msg)))
    ).

%!  bounded_length(?List, ?Length) is nondet.
%
%   length/2, refusing to build a list longer than list_length elements
%   (one call of length/2 is a single inference, whatever the length).

bounded_length(List, Length) :-
    limit_value(list_length, Max),
    (   integer(Length), Length > Max
    ->  length_limit(Max)
    ;   length(List, Length),
        (   Length > Max
        ->  length_limit(Max)
        ;   true
        )
    ).

length_limit(Max) :-
    format(string(Msg), "length/2 may not build a list of more than ~D elements in a research query", [Max]),
    throw(error(resource_error(list_length), context(goal, Msg))).

%!  aggregate_numbers(+Template, :Goal, -Result) is semidet.
%
%   aggregate_all/3 for sum(E), max(E), min(E), max(E, W) and min(E, W),
%   evaluating E with the bounded evaluator.

:- meta_predicate aggregate_numbers(?, 0, -).

aggregate_numbers(sum(E), Goal, Sum) :-
    findall(E, Goal, Es),
    foldl(add_value, Es, 0, Sum).
aggregate_numbers(max(E), Goal, Max) :-
    findall(V, ( Goal, eval(E, V) ), [V0|Vs]),
    foldl(larger, Vs, V0, Max).
aggregate_numbers(min(E), Goal, Min) :-
    findall(V, ( Goal, eval(E, V) ), [V0|Vs]),
    foldl(smaller, Vs, V0, Min).
aggregate_numbers(max(E, W), Goal, max(Max, Witness)) :-
    findall(V-W, ( Goal, eval(E, V) ), [P0|Ps]),
    foldl(larger_pair, Ps, P0, Max-Witness).
aggregate_numbers(min(E, W), Goal, min(Min, Witness)) :-
    findall(V-W, ( Goal, eval(E, V) ), [P0|Ps]),
    foldl(smaller_pair, Ps, P0, Min-Witness).

add_value(E, S0, S) :- eval(E, V), eval(S0 + V, S).
larger(V, M0, M) :- ( V > M0 -> M = V ; M = M0 ).
smaller(V, M0, M) :- ( V < M0 -> M = V ; M = M0 ).
larger_pair(V-W, M0-W0, P) :- ( V > M0 -> P = V-W ; P = M0-W0 ).
smaller_pair(V-W, M0-W0, P) :- ( V < M0 -> P = V-W ; P = M0-W0 ).

%!  start_atom_count is det.
%
%   Reset the count of new_atom/2, before a query runs (thread-local).

start_atom_count :-
    nb_setval(research_atom_text, 0).

%!  new_atom(:Goal, +Arg) is nondet.
%
%   Call the built-in Goal, which makes a new atom in its argument Arg when
%   that is unbound, and count the atom's characters: past atom_text in one
%   query, a resource_error(atom_text).

:- meta_predicate new_atom(0, +).

new_atom(Goal, Arg) :-
    strip_module(Goal, _, Plain),
    arg(Arg, Plain, Out),
    (   var(Out)
    ->  call(Goal),
        (   atom(Out)
        ->  atom_length(Out, Length),
            count_atom_text(Length)
        ;   true
        )
    ;   call(Goal)
    ).

count_atom_text(Length) :-
    (   nb_current(research_atom_text, Count0) -> true ; Count0 = 0 ),
    Count is Count0 + Length,
    limit_value(atom_text, Max),
    (   Count > Max
    ->  format(string(Msg), "the query made more than ~D characters of atoms (the limit for atoms, which live outside the Prolog stacks)", [Max]),
        throw(error(resource_error(atom_text), context(goal, Msg)))
    ;   nb_setval(research_atom_text, Count)
    ).
