:- module(research_check,
          [ check_query/3,            % +Goal, +Bindings, -Checked
            sandbox_check/1,          % +Checked
            shown_term/3              % +Term, +Bindings, -Text
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(sandbox)).
:- use_module(policy).

/** <module> Research queries: the structural checker, and library(sandbox) behind it

A query's term, as read (run.pl), is checked in two layers before anything
of it runs:

  1. check_query/3 walks the whole term: it is not nested too deeply and
     holds no dict dot-access; every goal, down through the control
     constructs (policy:control/4) and the goal arguments of findall/3,
     forall/2, aggregate_all/3, bagof/3, setof/3, \+/1 ..., is a
     research predicate (written unqualified, or qualified with its own
     module) or a research built-in (policy.pl). A variable goal, call/N,
     catch/3, I/O, assert, flags, format, tabling, threads, any other
     module qualification ... are refused, naming the predicate. The
     checked goal is rewritten: each knowledge-base call is qualified with
     its module, and arithmetic, length/2 and the numeric aggregates go
     through their bounded versions, and the built-ins that make atoms
     count what they make (arithmetic.pl).
  2. sandbox_check/1: library(sandbox)'s safe_goal/1 checks the rewritten
     goal again, in the module queries run in (policy:query_module/1). The
     audited entry points (policy:audited_predicate/3) are shown to it as
     `true`, the bounded built-ins as what they stand for.

Refusals are error(permission_error(...), context(goal, Message)) or
error(domain_error(...), context(goal, Message)), Message naming the
offending predicate.
*/

%!  check_query(+Goal, +Bindings, -Checked) is det.
%
%   Checked is Goal, checked by both layers and rewritten, to be called in
%   policy:query_module/1. Bindings are Goal's variable_names, for the
%   messages.
%
%   @error permission_error(_, _, Culprit) or domain_error(_, Culprit) for
%          a refused goal

check_query(Goal, Bindings, Checked) :-
    check_term(Goal, Bindings),
    check_goal(Goal, Bindings, Checked),
    sandbox_check(Checked).

%   check_term(+Term, +Bindings): the term is not too deep, and holds no dict
%   dot-access (which would be evaluated as a goal's body expansion).

check_term(Term, Bindings) :-
    limit_value(depth, Max),
    check_term(Term, 0, Max, Bindings).

check_term(T, _, _, _) :-
    ( var(T) ; atomic(T) ),
    !.
check_term(_, Depth, Max, _) :-
    Depth >= Max,
    !,
    format(string(Msg), "the goal is nested too deeply (more than ~D levels)", [Max]),
    throw(error(domain_error(goal_depth, Max), context(goal, Msg))).
check_term([H|T], Depth, Max, Bindings) :-
    !,
    D1 is Depth + 1,
    check_term(H, D1, Max, Bindings),
    check_term(T, Depth, Max, Bindings).
check_term(T, Depth, Max, Bindings) :-
    is_dict(T),
    !,
    dict_pairs(T, _, Pairs),
    pairs_values(Pairs, Values),
    D1 is Depth + 1,
    forall(member(V, Values), check_term(V, D1, Max, Bindings)).
check_term(T, _, _, Bindings) :-
    compound_name_arity(T, '.', 2),
    !,
    shown_term(T, Bindings, Shown),
    format(string(Msg), "dict access with a dot (~s) is not supported in a research query: use get_dict/3", [Shown]),
    throw(error(permission_error(evaluate, dict_function, Shown), context(goal, Msg))).
check_term(T, Depth, Max, Bindings) :-
    D1 is Depth + 1,
    compound_name_arity(T, _, Arity),
    forall(between(1, Arity, I),
           ( arg(I, T, A), check_term(A, D1, Max, Bindings) )).

%   check_goal(+Goal, +Bindings, -Checked)

check_goal(G, Bindings, _) :-
    var(G),
    !,
    (   member(Name=V, Bindings), V == G
    ->  format(string(Msg), "a variable as a goal (~w) is not allowed in a research query: every goal must be written out", [Name])
    ;   Msg = "a variable as a goal is not allowed in a research query: every goal must be written out"
    ),
    throw(error(permission_error(call, variable_goal, G), context(goal, Msg))).
check_goal(M:G, Bindings, Checked) :-
    !,
    (   atom(M), callable(G), \+ G = _:_,
        functor(G, Name, Arity),
        research_predicate(Name, Arity, M)
    ->  Checked = M:G
    ;   qualified_indicator(M:G, Bindings, PI),
        refuse(PI)
    ).
check_goal(G, Bindings, Checked) :-
    control(G, Goals, Vars, Rebuilt),
    !,
    maplist(check_inner(Bindings), Goals, Vars),
    Checked = Rebuilt.
check_goal(G, Bindings, Checked) :-
    aggregate_goal(G, Template, Goal, Result),
    !,
    check_aggregate(Template, Goal, Result, Bindings, Checked).
check_goal(G, Bindings, Checked) :-
    collect_goal(G, Kind, Template, Goal, List),
    !,
    strip_carets(Goal, Inner, Rebuild, Inner1),
    check_inner(Bindings, Inner, Inner1),
    Checked =.. [Kind, Template, Rebuild, List].
check_goal(G, _, Checked) :-
    callable(G),
    functor(G, Name, Arity),
    research_predicate(Name, Arity, M),
    !,
    Checked = M:G.
check_goal(G, _, Checked) :-
    callable(G),
    functor(G, Name, Arity),
    research_builtin(Name, Arity),
    !,
    bounded(G, Checked).
check_goal(G, Bindings, _) :-
    \+ callable(G),
    !,
    shown_term(G, Bindings, Shown),
    (   string(G)
    ->  format(string(Msg), "a string (~s) is not a goal: a research query never turns text into a goal", [Shown])
    ;   format(string(Msg), "~s is not a goal", [Shown])
    ),
    throw(error(domain_error(goal, Shown), context(goal, Msg))).
check_goal(G, _, _) :-
    functor(G, Name, Arity),
    refuse(Name/Arity).

check_inner(Bindings, Goal, Checked) :-
    check_goal(Goal, Bindings, Checked).

aggregate_goal(aggregate_all(T, G, R), T, G, R).

check_aggregate(Template, Goal, Result, Bindings, Checked) :-
    (   nonvar(Template), aggregate_template(Template, How)
    ->  check_inner(Bindings, Goal, Goal1),
        (   How == native
        ->  Checked = aggregate_all(Template, Goal1, Result)
        ;   Checked = aggregate_numbers(Template, Goal1, Result)
        )
    ;   shown_term(Template, Bindings, Shown),
        format(string(Msg), "aggregate_all/3 accepts count, sum(E), max(E), min(E), max(E, W), min(E, W), bag(T) or set(T), not ~s", [Shown]),
        throw(error(domain_error(aggregate_template, Shown), context(goal, Msg)))
    ).

collect_goal(bagof(T, G, L), bagof, T, G, L).
collect_goal(setof(T, G, L), setof, T, G, L).

%   strip_carets(+Goal, -Inner, -Rebuilt, ?Inner1): V^G in bagof/setof.
strip_carets(G, G, G1, G1) :-
    var(G),
    !.
strip_carets(V^G, Inner, V^Rebuilt, Inner1) :-
    !,
    strip_carets(G, Inner, Rebuilt, Inner1).
strip_carets(G, G, G1, G1).

%   bounded(+Builtin, -Goal): the bounded version of a built-in, if any.
bounded(X is E, eval_is(X, E)) :- !.
bounded(G, eval_compare(Op, A, B)) :-
    compound(G),
    compound_name_arguments(G, Op, [A, B]),
    arithmetic_comparison(Op),
    !.
bounded(length(L, N), bounded_length(L, N)) :- !.
bounded(G, new_atom(G, Arg)) :-
    compound(G),
    functor(G, Name, Arity),
    atom_output(Name, Arity, Arg),
    !.
bounded(G, G).

%   atom_output(?Name, ?Arity, ?Arg): the built-in makes a new atom in its
%   argument Arg (when that is unbound): atoms live outside the Prolog
%   stacks, so their size is counted (arithmetic:new_atom/2).
atom_output(sub_atom,      5, 5).
atom_output(atom_string,   2, 1).
atom_output(atom_chars,    2, 1).
atom_output(atom_codes,    2, 1).
atom_output(upcase_atom,   2, 2).
atom_output(downcase_atom, 2, 2).

arithmetic_comparison(<).
arithmetic_comparison(>).
arithmetic_comparison(=<).
arithmetic_comparison(>=).
arithmetic_comparison(=:=).
arithmetic_comparison(=\=).

qualified_indicator(M:G, Bindings, PI) :-
    (   var(M) -> shown_term(M, Bindings, MS), atom_string(MA, MS) ; MA = M ),
    (   callable(G), \+ G = _:_
    ->  functor(G, Name, Arity), PI = MA:Name/Arity
    ;   var(G)
    ->  shown_term(G, Bindings, GS), atom_string(GA, GS), PI = MA:GA
    ;   G = _:_
    ->  qualified_indicator(G, Bindings, Inner), PI = MA:Inner
    ;   PI = MA:G
    ).

refuse(PI) :-
    (   PI = '[|]'/2
    ->  Msg = "a list as a goal ('[|]'/2: consult) is not allowed in a research query"
    ;   format(string(Msg), "~q is not allowed in a research query: only the public predicates of the knowledge base and a few pure built-ins are (see the research vocabulary in the README)", [PI])
    ),
    format(string(Shown), "~q", [PI]),
    throw(error(permission_error(call, research_predicate, Shown), context(goal, Msg))).

		 /*******************************
		 *         SECOND LAYER         *
		 *******************************/

%!  sandbox_check(+Checked) is det.
%
%   library(sandbox) agrees that Checked (a goal check_query/3 rewrote) is
%   safe, in the module queries run in.
%
%   @error permission_error(call, research_predicate, Culprit) when not

sandbox_check(Checked) :-
    sandbox_view(Checked, View),
    query_module(Module),
    catch(safe_goal(Module:View), E, sandbox_refused(E)).

sandbox_refused(error(permission_error(call, sandboxed, Goal), _)) :-
    !,
    unqualified_indicator(Goal, PI),
    format(string(Shown), "~q", [PI]),
    format(string(Msg), "~q is not allowed in a research query (library(sandbox) refuses it)", [PI]),
    throw(error(permission_error(call, research_predicate, Shown), context(goal, Msg))).
sandbox_refused(error(Formal, _)) :-
    !,
    format(string(Msg), "library(sandbox) cannot prove the goal safe (~q)", [Formal]),
    throw(error(permission_error(call, research_predicate, unsafe), context(goal, Msg))).
sandbox_refused(E) :-
    throw(E).

unqualified_indicator(M:G, M:PI) :- !, unqualified_indicator(G, PI).
unqualified_indicator(G, Name/Arity) :- callable(G), !, functor(G, Name, Arity).
unqualified_indicator(G, G).

%   sandbox_view(+Checked, -View): what safe_goal/1 is shown. The audited
%   entry points and this module's bounded built-ins become what they stand
%   for (true, is/2, length/2, findall/3): their own code is pure and
%   reviewed, the goals they call are shown as themselves.

sandbox_view(G, G) :-
    var(G),
    !.
sandbox_view(M:G, true) :-
    callable(G),
    functor(G, Name, Arity),
    audited_predicate(M, Name, Arity),
    !.
sandbox_view(eval_is(X, E), X is E) :- !.
sandbox_view(eval_compare(Op, A, B), G) :- !, G =.. [Op, A, B].
sandbox_view(bounded_length(L, N), length(L, N)) :- !.
sandbox_view(new_atom(G, _), G) :- !.
sandbox_view(aggregate_numbers(T, G, R), findall(T, V, R)) :- !, sandbox_view(G, V).
sandbox_view(G, V) :-
    control(G, Goals, Vars, V),
    !,
    maplist(sandbox_view, Goals, Vars).
sandbox_view(aggregate_all(T, G, R), aggregate_all(T, V, R)) :- !, sandbox_view(G, V).
sandbox_view(G, V) :-
    collect_goal(G, Kind, T, Goal, L),
    !,
    strip_carets(Goal, Inner, Rebuild, InnerV),
    sandbox_view(Inner, InnerV),
    V =.. [Kind, T, Rebuild, L].
sandbox_view(G, G).

		 /*******************************
		 *           MESSAGES           *
		 *******************************/

%!  shown_term(+Term, +Bindings, -Text:string) is det.
%
%   Text is Term as the user wrote it (their variable names, from
%   Bindings), at most 10 levels deep.

shown_term(T, Bindings, Shown) :-
    copy_term(T-Bindings, Copy-CopyBindings),
    maplist(name_binding, CopyBindings),
    numbervars(Copy, 0, _, [singletons(true)]),
    term_string(Copy, Shown, [quoted(true), numbervars(true), max_depth(10)]).

name_binding(Name=Var) :-
    (   var(Var) -> Var = '$VAR'(Name) ; true ).
