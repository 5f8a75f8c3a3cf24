:- module(research_policy,
          [ research_predicate/3,     % ?Name, ?Arity, ?Module
            research_module/1,        % ?Module
            research_builtin/2,       % ?Name, ?Arity
            audited_predicate/3,      % ?Module, ?Name, ?Arity
            control/4,                % +Goal, -Goals, -Slots, -Rebuilt
            aggregate_template/2,     % ?Template, ?How
            query_module/1,           % -Module
            research_limit/3,         % ?Limit, ?Default, ?Maximum
            limit_value/2             % +Limit, -Value
          ]).

:- use_module(library(lists)).

/** <module> Research queries: what a query may call, and within which bounds

The policy of the research sandbox, as data: the knowledge-base predicates
a query may call (research_predicate/3, derived from the export lists of
the knowledge-base modules, never copied by hand), the pure built-ins
(research_builtin/2), the control constructs whose goal arguments are
checked in turn (control/4), the aggregate templates (aggregate_template/2)
and the limits (research_limit/3).

The other research modules read these tables: check.pl checks a goal
against them, run.pl runs it under the limits, and the facade (research.pl)
re-exports the tables that users of the sandbox may read.
*/

		 /*******************************
		 *        THE VOCABULARY        *
		 *******************************/

%!  research_module(?Module) is nondet.
%
%   The knowledge-base modules every exported predicate of which a research
%   query may call: the rule base, the vocabulary, its words in each
%   language, the citations and the seed. All their exports are pure relations: they read the knowledge
%   base, print nothing, change nothing.

research_module(law).
research_module(vocabulary).
research_module(lang).
research_module(sources).
research_module(seed).

%   The entry points of kb_api a query may call (its other exports print,
%   or take JSON text).
entry_point(may_disclose, 3).
entry_point(what_if,      2).
entry_point(next_question, 2).

%!  research_predicate(?Name, ?Arity, ?Module) is nondet.
%
%   Name/Arity is a public predicate of the knowledge base a research query
%   may call, written unqualified (or qualified with Module): one of the
%   three entry points of kb_api (may_disclose/3, what_if/2,
%   next_question/2), or an export of a research_module/1. Derived from the
%   modules' export lists (module_property/2) when asked, so a renamed or
%   new export is picked up as it is. Every name is unique across the
%   modules (kb/tests/research.plt), so an unqualified name resolves to
%   exactly one module.

research_predicate(Name, Arity, kb_api) :-
    entry_point(Name, Arity),
    module_property(kb_api, exports(Exports)),
    memberchk(Name/Arity, Exports).
research_predicate(Name, Arity, Module) :-
    research_module(Module),
    module_property(Module, exports(Exports)),
    member(Name/Arity, Exports).

%!  audited_predicate(?Module, ?Name, ?Arity) is nondet.
%
%   The entry points library(sandbox)'s safe_goal/1 cannot analyse: they
%   word answers with format/3 and a template. They are audited pure
%   relations, shown to safe_goal/1 as `true` (check.pl).

audited_predicate(kb_api, Name, Arity) :-
    entry_point(Name, Arity).

%!  research_builtin(?Name, ?Arity) is nondet.
%
%   The pure built-ins a research query may call (besides the control
%   constructs of control/4). None does I/O, changes the database or a
%   flag, or calls a goal. Arithmetic (is/2 and the comparisons), length/2
%   and the numeric aggregates run bounded versions (arithmetic.pl);
%   concatenation, term reading and term construction by name (functor/3,
%   atom_concat/3, term_to_atom/2 ...) are left out, since one call could
%   build a term of any size.

research_builtin(true, 0).
research_builtin(fail, 0).
research_builtin(false, 0).
% unification and comparison
research_builtin(=, 2).
research_builtin(\=, 2).
research_builtin(==, 2).
research_builtin(\==, 2).
research_builtin(@<, 2).
research_builtin(@>, 2).
research_builtin(@=<, 2).
research_builtin(@>=, 2).
research_builtin(compare, 3).
% types
research_builtin(var, 1).
research_builtin(nonvar, 1).
research_builtin(atom, 1).
research_builtin(string, 1).
research_builtin(number, 1).
research_builtin(integer, 1).
research_builtin(float, 1).
research_builtin(atomic, 1).
research_builtin(compound, 1).
research_builtin(callable, 1).
research_builtin(is_list, 1).
research_builtin(is_dict, 1).
research_builtin(ground, 1).
% arithmetic (bounded: eval_is/2, eval_compare/3)
research_builtin(is, 2).
research_builtin(<, 2).
research_builtin(>, 2).
research_builtin(=<, 2).
research_builtin(>=, 2).
research_builtin(=:=, 2).
research_builtin(=\=, 2).
research_builtin(between, 3).
research_builtin(succ, 2).
research_builtin(plus, 3).
% lists (length/2 bounded: bounded_length/2)
research_builtin(member, 2).
research_builtin(memberchk, 2).
research_builtin(length, 2).
research_builtin(nth0, 3).
research_builtin(nth1, 3).
research_builtin(last, 2).
research_builtin(append, 3).
research_builtin(reverse, 2).
research_builtin(select, 3).
research_builtin(selectchk, 3).
research_builtin(subtract, 3).
research_builtin(intersection, 3).
research_builtin(union, 3).
research_builtin(delete, 3).
research_builtin(list_to_set, 2).
research_builtin(permutation, 2).
research_builtin(flatten, 2).
research_builtin(max_member, 2).
research_builtin(min_member, 2).
research_builtin(msort, 2).
research_builtin(sort, 2).
research_builtin(sort, 4).
research_builtin(keysort, 2).
research_builtin(pairs_keys_values, 3).
research_builtin(pairs_keys, 2).
research_builtin(pairs_values, 2).
% text
research_builtin(atom_string, 2).
research_builtin(atom_length, 2).
research_builtin(string_length, 2).
research_builtin(sub_atom, 5).
research_builtin(sub_string, 5).
research_builtin(atom_chars, 2).
research_builtin(atom_codes, 2).
research_builtin(string_chars, 2).
research_builtin(string_codes, 2).
research_builtin(string_code, 3).
research_builtin(char_code, 2).
research_builtin(upcase_atom, 2).
research_builtin(downcase_atom, 2).
research_builtin(string_lower, 2).
research_builtin(string_upper, 2).
research_builtin(split_string, 4).
% dicts (get_dict/3 is the dot-free access: D.key is not supported)
research_builtin(get_dict, 3).
research_builtin(put_dict, 4).
research_builtin(del_dict, 4).
research_builtin(dict_pairs, 3).

%!  control(+Goal, -Goals:list, -Slots:list, -Rebuilt) is semidet.
%
%   Goal is a control construct whose goal arguments are Goals; Rebuilt is
%   Goal with those arguments replaced by the fresh variables Slots, in the
%   same order, its other arguments (templates, lists, numbers) unchanged.

control((A, B),              [A, B], [X, Y], (X, Y)).
control((A ; B),             [A, B], [X, Y], (X ; Y)).
control((A -> B),            [A, B], [X, Y], (X -> Y)).
control((A *-> B),           [A, B], [X, Y], (X *-> Y)).
control(\+ A,                [A],    [X],    \+ X).
control(once(A),             [A],    [X],    once(X)).
control(ignore(A),           [A],    [X],    ignore(X)).
control(forall(A, B),        [A, B], [X, Y], forall(X, Y)).
control(findall(T, A, L),    [A],    [X],    findall(T, X, L)).
control(findall(T, A, L, E), [A],    [X],    findall(T, X, L, E)).
control(limit(N, A),         [A],    [X],    limit(N, X)).
control(offset(N, A),        [A],    [X],    offset(N, X)).
control(distinct(A),         [A],    [X],    distinct(X)).
control(distinct(T, A),      [A],    [X],    distinct(T, X)).

%!  aggregate_template(?Template, ?How) is nondet.
%
%   The aggregate_all/3 templates a query may use. How is `native` for
%   those whose values are only collected (they run as written), `numeric`
%   for those that evaluate arithmetic (they go through the bounded
%   evaluator, arithmetic:aggregate_numbers/3).

aggregate_template(count,     native).
aggregate_template(bag(_),    native).
aggregate_template(set(_),    native).
aggregate_template(sum(_),    numeric).
aggregate_template(max(_),    numeric).
aggregate_template(min(_),    numeric).
aggregate_template(max(_, _), numeric).
aggregate_template(min(_, _), numeric).

%!  query_module(-Module) is det.
%
%   The module a checked query runs in, and in which library(sandbox)
%   checks it (run.pl): it imports exactly the libraries of the built-ins
%   above and the bounded versions of arithmetic.pl.

query_module(research_run).

		 /*******************************
		 *            LIMITS            *
		 *******************************/

%!  research_limit(?Limit, ?Default, ?Maximum) is nondet.
%
%   The bounds of every research query. A caller may lower the first three
%   (and raise the number of solutions up to Maximum); the others are fixed.

research_limit(solutions,   100,        10_000).      % limit/2 on the goal's solutions
research_limit(inferences,  2_000_000,  2_000_000).   % call_with_inference_limit/3
research_limit(time,        5.0,        5.0).         % seconds, call_with_time_limit/2
research_limit(text,        10_000,     10_000).      % characters of the goal's text
research_limit(depth,       100,        100).         % nesting of the goal's term
research_limit(stack,       268_435_456, 268_435_456).% bytes: the stack_limit flag while it runs
research_limit(list_length, 1_000_000,  1_000_000).   % length/2 of a list built by length/2
research_limit(integer_bits, 10_000,    10_000).      % bits of an integer in arithmetic
research_limit(atom_text,   10_000_000, 10_000_000).  % characters of the atoms built-ins make
research_limit(value_cells, 1_000_000,  1_000_000).   % cells of one binding, before it is written
research_limit(value_depth, 100,        100).         % nesting of one binding, before it is written
research_limit(output,      2_000_000,  2_000_000).   % characters of all bindings written

%!  limit_value(+Limit, -Value) is det.
%
%   Value is the default of research_limit/3's Limit.

limit_value(Name, Value) :-
    research_limit(Name, Value, _),
    !.
