:- module(research,
          [ research_query/3,         % +Text, -Result, +Options
            research_json/2,          % +RequestText, -ResponseText
            research_goal/3,          % +Text, -Goal, -Bindings
            research_predicate/3,     % ?Name, ?Arity, ?Module
            research_builtin/2,       % ?Name, ?Arity
            research_limit/3,         % ?Limit, ?Default, ?Maximum
            research_warm_up/0
          ]).

% Every library a research query may reach is loaded here, eagerly: a
% limit that fires while a library is being autoloaded leaves it
% half-loaded for the rest of the process
% (docs/design.md, "What the code relies on in pyswip and SWI-Prolog").
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module(library(error)).
:- use_module(library(debug)).           % assertion/1, reached by library(error)
:- use_module(library(option)).
:- use_module(library(ordsets)).
:- use_module(library(nb_set)).
:- use_module(library(aggregate)).
:- use_module(library(solution_sequences)).
:- use_module(library(dicts)).
:- use_module(library(terms)).
:- use_module(library(sandbox)).
:- use_module(library(time)).
:- use_module(library(http/json)).
:- use_module('../law', []).
:- use_module('../vocabulary', []).
:- use_module('../sources', []).
:- use_module('../seed', []).

/** <module> Research queries: a researcher's own goal, checked, bounded, answered

    ?- research_query("findall(R, (in_domain(role, R),
                          may_disclose([discloser=R, information=medical_data,
                                        recipient=police,
                                        facts=[grave_imminent_danger=true]],
                                       permitted, _)), Rs)", Result, []).

The text is read, never run as written:

  1. It is parsed with term_string/3 (quasi-quotations are returned by the
     reader, not evaluated, and refused).
  2. The whole term is checked structurally: every goal, down through the
     control constructs and the goal arguments of findall/3, forall/2,
     aggregate_all/3, \+/1 ..., must be a public predicate of the knowledge
     base (research_predicate/3; written unqualified, or qualified with its
     own module) or a whitelisted pure built-in (research_builtin/2). A
     variable goal, call/N, catch/3, I/O, assert, flags, format, tabling,
     threads, any other module qualification ... are refused, naming the
     predicate. The checked goal is rewritten: each knowledge-base call is
     qualified with its module, and arithmetic, length/2 and the numeric
     aggregates go through bounded versions (eval_is/2, eval_compare/3,
     bounded_length/2, aggregate_numbers/3).
  3. library(sandbox)'s safe_goal/1 checks the rewritten goal again, in
     this module. The three knowledge-base entry points whose code it cannot
     analyse (may_disclose/3, what_if/2, next_question/2: they word answers
     with format/3 and a template) are audited pure relations; they are
     shown to safe_goal/1 as `true`.
  4. The goal runs under an inference limit, a wall-clock time limit (the
     findall/3 inside it: call_with_time_limit/2 runs its goal once), a cap
     on the number of solutions (limit/2), a Prolog stack limit, and with
     autoloading restricted to explicitly declared imports. Values are
     rendered inside the limits too.

Errors are thrown as error(Formal, context(Field, Message)): permission_error
and domain_error for refused goals, syntax_error, resource_error for a
limit, and the goal's own run-time errors.
*/

:- create_prolog_flag(secret_kb_lang, fr, [type(atom), keep(true)]).

		 /*******************************
		 *        THE VOCABULARY        *
		 *******************************/

%!  research_predicate(?Name, ?Arity, ?Module) is nondet.
%
%   The public predicates of the knowledge base that a research query may
%   call, written unqualified (or qualified with Module). Every name is
%   unique across the modules, so an unqualified name resolves to exactly
%   one module. All are pure: they read the knowledge base, print nothing,
%   change nothing.

% the question itself (kb/engine/api.pl)
research_predicate(may_disclose,          3, kb_api).
research_predicate(what_if,               2, kb_api).
research_predicate(next_question,         2, kb_api).
% the rule base (kb/law.pl)
research_predicate(rule,                  3, law).
research_predicate(exception,             2, law).
research_predicate(rule_meta,             2, law).
research_predicate(rule_text,             3, law).
research_predicate(conclusion_text,       3, law).
research_predicate(interpretation_text,   3, law).
research_predicate(advice,                3, law).
research_predicate(advice_meta,           2, law).
research_predicate(advice_text,           3, law).
research_predicate(tension,               2, law).
research_predicate(tension_meta,          2, law).
research_predicate(tension_says,          4, law).
% the vocabulary (kb/vocabulary.pl)
research_predicate(field_domain,          2, vocabulary).
research_predicate(in_domain,             2, vocabulary).
research_predicate(domain_values,         2, vocabulary).
research_predicate(value_label,           4, vocabulary).
research_predicate(fact_default,          2, vocabulary).
research_predicate(fact_implies,          2, vocabulary).
research_predicate(verdict_rank,          2, vocabulary).
research_predicate(language,              1, vocabulary).
% the citations (kb/sources.pl)
research_predicate(source,                6, sources).
research_predicate(source_note,           3, sources).
research_predicate(instrument_label,      3, sources).
research_predicate(instrument_renumbering, 4, sources).
research_predicate(verification,          1, sources).
% the seed (kb/seed.pl)
research_predicate(seed_statement,        2, seed).
research_predicate(seed_omitted,          3, seed).
research_predicate(seed_rules,            2, seed).

%   The entry points safe_goal/1 cannot analyse (see the module comment).
audited_predicate(kb_api, may_disclose, 3).
audited_predicate(kb_api, what_if, 2).
audited_predicate(kb_api, next_question, 2).

%!  research_builtin(?Name, ?Arity) is nondet.
%
%   The pure built-ins a research query may call (besides the control
%   constructs of control/3). None does I/O, changes the database or a
%   flag, or calls a goal. Arithmetic (is/2 and the comparisons), length/2
%   and the numeric aggregates run bounded versions; concatenation, term
%   reading and term construction by name (functor/3, atom_concat/3,
%   term_to_atom/2 ...) are left out, since one call could build a term of
%   any size.

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

%   aggregate_all/3 templates: those whose values are only collected run
%   natively; those that evaluate arithmetic go through the bounded
%   evaluator.
aggregate_template(count,     native).
aggregate_template(bag(_),    native).
aggregate_template(set(_),    native).
aggregate_template(sum(_),    numeric).
aggregate_template(max(_),    numeric).
aggregate_template(min(_),    numeric).
aggregate_template(max(_, _), numeric).
aggregate_template(min(_, _), numeric).

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
research_limit(value_cells, 1_000_000,  1_000_000).   % cells of one binding, before it is written
research_limit(output,      2_000_000,  2_000_000).   % characters of all bindings written

limit_value(Name, Value) :-
    research_limit(Name, Value, _).

		 /*******************************
		 *             ENTRY            *
		 *******************************/

%!  research_query(+Text, -Result:dict, +Options) is det.
%
%   Result is `_{variables: Names, solutions: Rows, truncated: Bool}`:
%   Names the query's named variables (those not starting with `_`), in
%   the order of the text, as strings; each Row a dict Name -> Value, Value
%   rendered as JSON data by json_value/2 (atoms and strings as strings,
%   numbers as numbers, proper lists as lists, dicts as objects, an unbound
%   variable as null, any other term as its quoted text); truncated is true
%   when the goal had more
%   solutions than the cap. Options: solutions(N), inferences(N),
%   time(Seconds), lang(fr|en) (the wording of may_disclose/3's answers).
%
%   @error see the module comment.

research_query(Text, Result, Options) :-
    research_warm_up,
    query_text(Text, Result, Options).

query_text(Text, Result, Options) :-
    query_limits(Options, Limits),
    research_goal(Text, Checked, Bindings),
    option(lang(Lang), Options, default),
    run_query(Checked, Bindings, Limits, Lang, Result).

%!  research_goal(+Text, -Goal, -Bindings) is det.
%
%   Goal is the checked and rewritten goal of Text, to be called in this
%   module; Bindings its variable_names. Nothing of Text runs.

research_goal(Text, Checked, Bindings) :-
    parse_goal(Text, Goal, Bindings),
    check_term(Goal, Bindings),
    check_goal(Goal, Bindings, Checked),
    sandbox_check(Checked).

%!  research_json(+RequestText, -ResponseText) is det.
%
%   RequestText is a JSON object `{"goal": Text, "max_solutions": N,
%   "max_inferences": N, "time_limit": Seconds, "lang": "fr"|"en"}` (all but
%   goal optional). ResponseText is `{"ok": true, "variables": [...],
%   "solutions": [{Name: Value}, ...], "truncated": Bool, "limits": {...}}`
%   or `{"ok": false, "error": {type, field, value, accepted, message}}`.
%   Never throws.

research_json(RequestText, ResponseText) :-
    (   catch(json_query(RequestText, Response0), E,
              ( research_error_report(E, Error),
                Response0 = _{ok: false, error: Error} ))
    ->  Response = Response0
    ;   Response = _{ok: false,
                     error: _{type: engine, field: null, value: null, accepted: [],
                              message: "the knowledge base could not answer this query"}}
    ),
    with_output_to(string(ResponseText),
                   json_write_dict(current_output, Response, [width(0)])).

json_query(Text, Response) :-
    must_be(string, Text),
    catch(( setup_call_cleanup(open_string(Text, In),
                               json_read_dict(In, Request, [default_tag(json)]),
                               close(In)),
            is_dict(Request) ), _, fail),
    !,
    request_options(Request, Goal, Options),
    research_query(Goal, Result, Options),
    Response = Result.put(ok, true).
json_query(_, _) :-
    throw(error(syntax_error(json),
                context(request, "the request is not a valid JSON object"))).

request_options(Request, Goal, Options) :-
    (   get_dict(goal, Request, Goal), string(Goal)
    ->  true
    ;   throw(error(existence_error(required_field, goal),
                    context(goal, "the request needs the goal, as a string")))
    ),
    findall(Option,
            ( request_option(Key, Name),
              get_dict(Key, Request, Value),
              Value \== null,
              Option =.. [Name, Value] ),
            Options0),
    (   get_dict(lang, Request, LangText), LangText \== null
    ->  (   memberchk(LangText-Lang, ["fr"-fr, "en"-en])
        ->  Options = [lang(Lang)|Options0]
        ;   throw(error(domain_error(lang, LangText),
                        context(lang, "unknown language; accepted: fr, en")))
        )
    ;   Options = Options0
    ).

request_option(max_solutions,  solutions).
request_option(max_inferences, inferences).
request_option(time_limit,     time).

query_limits(Options, limits(Solutions, Inferences, Time)) :-
    query_limit(solutions, Options, Solutions),
    query_limit(inferences, Options, Inferences),
    query_limit(time, Options, Time).

query_limit(Name, Options, Value) :-
    research_limit(Name, Default, Max),
    Option =.. [Name, Given],
    (   option(Option, Options)
    ->  (   number(Given), Given > 0, Given =< Max,
            ( Name == time -> true ; integer(Given) )
        ->  Value = Given
        ;   ( Name == time -> Kind = number ; Kind = integer ),
            format(string(Msg), "the ~w limit must be a positive ~w of at most ~w (got ~q)",
                   [Name, Kind, Max, Given]),
            throw(error(domain_error(Name, Given), context(Name, Msg)))
        )
    ;   Value = Default
    ).

		 /*******************************
		 *            PARSING           *
		 *******************************/

parse_goal(Text, Goal, Bindings) :-
    (   string(Text) -> true
    ;   atom(Text) -> true
    ;   throw(error(type_error(text, Text), context(goal, "the goal must be given as text")))
    ),
    string_length(Text, Length),
    limit_value(text, MaxLength),
    (   Length > MaxLength
    ->  format(string(Msg), "the goal is too long: ~D characters, at most ~D", [Length, MaxLength]),
        throw(error(domain_error(goal_length, Length), context(goal, Msg)))
    ;   true
    ),
    catch(term_string(Goal0, Text,
                      [ variable_names(Bindings0),
                        quasi_quotations(QQ),
                        syntax_errors(error)
                      ]),
          error(syntax_error(What), Where),
          syntax_error_report(What, Where)),
    (   Goal0 == end_of_file
    ->  throw(error(domain_error(goal, ""), context(goal, "the goal is empty")))
    ;   QQ \== []
    ->  QQ = [quasi_quotation(Syntax, _, _, _)|_],
        quasi_syntax_name(Syntax, Name),
        format(string(Msg), "quasi-quotations ({|~w||...|}) are not allowed in a research query", [Name]),
        throw(error(permission_error(read, quasi_quotation, Name), context(goal, Msg)))
    ;   Goal = Goal0,
        Bindings = Bindings0
    ).

quasi_syntax_name(Syntax, Name) :-
    (   callable(Syntax) -> functor(Syntax, Name, _) ; Name = '?' ).

syntax_error_report(What, Where) :-
    (   message_lines(error(syntax_error(What), Where), [First|_])
    ->  true
    ;   format(string(First), "~w", [What])
    ),
    (   Where = string(_, Pos), integer(Pos)
    ->  format(string(Detail), "~w (at character ~D)", [First, Pos])
    ;   Detail = First
    ),
    format(string(Msg), "the goal cannot be read: ~w", [Detail]),
    throw(error(syntax_error(What), context(goal, Msg))).

		 /*******************************
		 *       STRUCTURAL CHECK       *
		 *******************************/

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
bounded(G, G).

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

%   sandbox_check(+Checked): library(sandbox) agrees, in this module.

sandbox_check(Checked) :-
    sandbox_view(Checked, View),
    catch(safe_goal(research:View), E, sandbox_refused(E)).

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
		 *       BOUNDED BUILT-INS      *
		 *******************************/

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

		 /*******************************
		 *           RUNNING            *
		 *******************************/

run_query(Goal, Bindings, limits(Cap, Inferences, Time), Lang, Result) :-
    include(public_binding, Bindings, Public),
    maplist(binding_name_var, Public, Names, Vars),
    Template =.. [row|Vars],
    Cap1 is Cap + 1,
    limit_value(output, MaxOutput),
    Output = output(0),
    Collect = findall(Row,
                      ( limit(Cap1, research:Goal),
                        render_row(Names, Template, Output, MaxOutput, Row) ),
                      Rows0),
    setup_call_cleanup(
        enter_run(Lang, Saved),
        catch(call_with_time_limit(Time,
                                   call_with_inference_limit(Collect, Inferences, Outcome)),
              Error,
              run_error(Error, Inferences, Time)),
        leave_run(Saved)),
    (   Outcome == inference_limit_exceeded
    ->  inference_limit(Inferences)
    ;   true
    ),
    length(Rows0, Count),
    (   Count > Cap
    ->  length(Rows, Cap), append(Rows, _, Rows0), Truncated = true
    ;   Rows = Rows0, Truncated = false
    ),
    maplist(atom_string, Names, NameStrings),
    Result = _{variables: NameStrings, solutions: Rows, truncated: Truncated,
               limits: _{solutions: Cap, inferences: Inferences, time: Time}}.

binding_name_var(Name=Var, Name, Var).

public_binding(Name=_) :-
    \+ sub_atom(Name, 0, _, _, '_').

%   While the query runs: the answers' language, a smaller Prolog stack,
%   and no autoloading from the library index (a limit firing during an
%   autoload leaves the library half-loaded; every library a query needs is
%   loaded and warmed up beforehand). All three flags are thread-local.
enter_run(Lang, saved(OldLang, OldStack, OldAutoload)) :-
    current_prolog_flag(secret_kb_lang, OldLang),
    current_prolog_flag(stack_limit, OldStack),
    current_prolog_flag(autoload, OldAutoload),
    (   Lang == default -> true ; set_prolog_flag(secret_kb_lang, Lang) ),
    limit_value(stack, Stack),
    (   OldStack > Stack -> set_prolog_flag(stack_limit, Stack) ; true ),
    (   OldAutoload == true -> set_prolog_flag(autoload, explicit) ; true ).

leave_run(saved(Lang, Stack, Autoload)) :-
    set_prolog_flag(autoload, Autoload),
    set_prolog_flag(stack_limit, Stack),
    set_prolog_flag(secret_kb_lang, Lang).

run_error(time_limit_exceeded, _, Time) :-
    !,
    time_limit(Time).
run_error(time_limit_exceeded(_), _, Time) :-
    !,
    time_limit(Time).
run_error(inference_limit_exceeded, Inferences, _) :-
    !,
    inference_limit(Inferences).
run_error(error(resource_error(Resource), Context), _, _) :-
    \+ ( Context = context(_, Text), string(Text) ),
    !,
    limit_value(stack, Stack),
    Mb is Stack // 1_048_576,
    format(string(Msg1), "the query ran out of memory (~w; the stack limit is ~D MB)", [Resource, Mb]),
    throw(error(resource_error(memory), context(goal, Msg1))).
run_error(Error, _, _) :-
    throw(Error).

time_limit(Time) :-
    format(string(Msg), "the query hit the time limit of ~w s", [Time]),
    throw(error(resource_error(time), context(goal, Msg))).

inference_limit(Inferences) :-
    format(string(Msg), "the query hit the inference limit of ~D inferences", [Inferences]),
    throw(error(resource_error(inferences), context(goal, Msg))).

		 /*******************************
		 *          RENDERING           *
		 *******************************/

%   A variable left unbound is null; inside other values it is written
%   with the query's name for it (X = f(Y) gives "f(Y)"), the others as _A,
%   _B, ...
render_row(Names, Template, Output, MaxOutput, Row) :-
    copy_term(Template, Copy),
    Copy =.. [row|Values],
    maplist(unbound_or_value, Values, Shown),
    maplist(name_variable, Names, Values),
    maplist(render_binding(Output, MaxOutput), Names, Shown, Pairs),
    dict_pairs(Row, json, Pairs).

unbound_or_value(Value, Shown) :-
    (   var(Value) -> Shown = unbound ; Shown = value(Value) ).

name_variable(Name, Value) :-
    (   var(Value) -> Value = '$VAR'(Name) ; true ).

render_binding(_, _, Name, unbound, Name-null) :-
    !.
render_binding(Output, MaxOutput, Name, value(Value), Name-Json) :-
    limit_value(value_cells, MaxCells),
    term_size(Value, Cells),
    (   Cells > MaxCells
    ->  output_limit(Name, MaxOutput)
    ;   true
    ),
    json_value(Value, Json),
    json_size(Json, Size),
    arg(1, Output, Total0),
    Total is Total0 + Size,
    (   Total > MaxOutput
    ->  output_limit(Name, MaxOutput)
    ;   nb_setarg(1, Output, Total)
    ).

output_limit(Name, Max) :-
    format(string(Msg), "the bindings (at ~w) are larger than the output limit of ~D characters", [Name, Max]),
    throw(error(resource_error(output), context(goal, Msg))).

%!  json_value(@Term, -Json) is det.
%
%   Atoms and strings as strings, numbers as numbers (an integer of more
%   than 4,000 digits, infinity and NaN as text: JSON readers refuse them),
%   proper lists as lists, dicts as objects (their tag dropped), an unbound
%   variable as null, every other term as its quoted text (term_string/3,
%   quoted(true)) with its variables named A, B, ... (_ when single).

json_value(V, null) :-
    var(V),
    !.
json_value(S, S) :-
    string(S),
    !.
json_value(N, Json) :-
    number(N),
    !,
    (   integer(N)
    ->  (   abs(N) < 10^4000 -> Json = N ; number_string(N, Json) )
    ;   float(N)
    ->  (   float_class(N, Class), memberchk(Class, [nan, infinite])
        ->  format(string(Json), "~w", [N])
        ;   Json = N
        )
    ;   term_text(N, Json)
    ).
json_value(L, Json) :-
    is_list(L),
    !,
    maplist(json_value, L, Json).
json_value(D, Json) :-
    is_dict(D),
    !,
    dict_pairs(D, _, Pairs),
    maplist(json_pair, Pairs, JsonPairs),
    dict_pairs(Json, json, JsonPairs).
json_value(A, S) :-
    atom(A),
    !,
    atom_string(A, S).
json_value(T, S) :-
    term_text(T, S).

term_text(T, S) :-
    (   acyclic_term(T)
    ->  copy_term(T, Copy, _),
        term_variables(Copy, Free),
        foldl(name_free_variable, Free, 0, _),
        term_string(Copy, S, [quoted(true), numbervars(true)])
    ;   term_string(T, S, [quoted(true)])
    ).

name_free_variable('$VAR'(Name), I, I1) :-
    I1 is I + 1,
    Letter is 0'A + I mod 26,
    N is I // 26,
    (   N =:= 0
    ->  format(atom(Name), "_~c", [Letter])
    ;   format(atom(Name), "_~c~d", [Letter, N])
    ).

json_size(null, 4) :- !.
json_size(S, Size) :- string(S), !, string_length(S, L), Size is L + 2.
json_size(N, Size) :- number(N), !, format(string(S), "~w", [N]), string_length(S, Size).
json_size(L, Size) :- is_list(L), !, foldl(add_size, L, 2, Size).
json_size(D, Size) :-
    is_dict(D),
    !,
    dict_pairs(D, _, Pairs),
    foldl(add_pair_size, Pairs, 2, Size).

add_pair_size(K-V, S0, S) :-
    json_size(V, S1),
    format(string(KS), "~w", [K]),
    string_length(KS, S2),
    S is S0 + S1 + S2 + 4.

json_pair(K-V, K-J) :-
    json_value(V, J).

add_size(J, S0, S) :- json_size(J, S1), S is S0 + S1 + 1.

		 /*******************************
		 *            ERRORS            *
		 *******************************/

%!  research_error_report(+Error, -Report:dict) is det.
%
%   Report = _{type, field, value, accepted, message}, the shape of every
%   error of the knowledge base (see report.pl's error_report/2).

research_error_report(error(Formal, context(Field, Msg0)), Report) :-
    string(Msg0),
    !,
    formal_type(Formal, Type, Value),
    ( atom(Field) -> F = Field ; F = goal ),
    clip(Msg0, 1000, Msg),
    Report = _{type: Type, field: F, value: Value, accepted: [], message: Msg}.
research_error_report(error(Formal, Context), Report) :-
    !,
    formal_type(Formal, Type, Value),
    message_text(error(Formal, Context), Text),
    format(string(Msg0), "the query raised an error: ~w", [Text]),
    clip(Msg0, 1000, Msg),
    Report = _{type: Type, field: goal, value: Value, accepted: [], message: Msg}.
research_error_report(E, _{type: error, field: goal, value: null, accepted: [], message: Msg}) :-
    format(string(Msg0), "the query raised ~q", [E]),
    clip(Msg0, 1000, Msg).

%   clip(+Text, +Max, -Clipped): at most Max characters, "..." marking a cut.
clip(Text, Max, Clipped) :-
    string_length(Text, Length),
    (   Length =< Max
    ->  Clipped = Text
    ;   Keep is Max - 3,
        sub_string(Text, 0, Keep, _, Start),
        string_concat(Start, "...", Clipped)
    ).

formal_type(Formal, Type, Value) :-
    (   compound(Formal) -> functor(Formal, Type, Arity) ; Type = Formal, Arity = 0 ),
    (   Arity > 0
    ->  arg(Arity, Formal, V0),
        shown_value(V0, Value)
    ;   Value = null
    ).

shown_value(V, null) :- var(V), !.
shown_value(V, S) :- number(V), !, json_value(V, S0), ( number(S0), abs(S0) < 10^100 -> S = S0 ; format(string(S1), "~w", [V]), clip(S1, 200, S) ).
shown_value(V, S) :- string(V), !, clip(V, 200, S).
shown_value(V, S) :- atom(V), !, atom_string(V, S0), clip(S0, 200, S).
shown_value(V, S) :- shown_term(V, [], S0), clip(S0, 200, S).

message_text(E, Text) :-
    message_lines(E, Lines),
    atomic_list_concat(Lines, ' ', Atom),
    atom_string(Atom, Text).

message_lines(E, Lines) :-
    catch(( '$messages':translate_message(E, Lines0, []),
            with_output_to(string(Text0), print_message_lines(current_output, '', Lines0)),
            split_string(Text0, "\n", " \n", Parts),
            exclude(==(""), Parts, Lines) ),
          _, ( format(string(Text), "~q", [E]), Lines = [Text] )).

%   shown_term(+Term, +Bindings, -Text): Term as the user wrote it (their
%   variable names), shortened.
shown_term(T, Bindings, Shown) :-
    copy_term(T-Bindings, Copy-CopyBindings),
    maplist(name_binding, CopyBindings),
    numbervars(Copy, 0, _, [singletons(true)]),
    term_string(Copy, Shown, [quoted(true), numbervars(true), max_depth(10)]).

name_binding(Name=Var) :-
    name_variable(Name, Var).

		 /*******************************
		 *           WARM-UP            *
		 *******************************/

:- dynamic warmed_up/0.

%!  warm_up_query(?Expect, ?Text) is nondet.
%
%   The queries of the warm-up: together they call every predicate of the
%   research vocabulary and every built-in of the whitelist (Expect = ok:
%   the query answers), and the usual error paths of the libraries behind
%   them (Expect = error). kb/tests/research.plt checks both.

%!  research_warm_up is det.
%
%   Once per process, before the first query: load what the libraries a
%   query may reach declare as autoloaded (switching autoloading off once,
%   quietly, does it), then, with autoloading on (even in a process that
%   turned it off), run queries that call every built-in of the whitelist
%   and every predicate of the vocabulary: their checks (safe_goal/1 walks
%   the libraries' code) load what is left. No limit can then fire while a
%   library is being loaded, and the runs have autoloading restricted.

research_warm_up :-
    warmed_up,
    !.
research_warm_up :-
    with_mutex(research_warm_up,
               (   warmed_up
               ->  true
               ;   warm_up,
                   assertz(warmed_up)
               )).

warm_up :-
    current_prolog_flag(autoload, Autoload),
    current_prolog_flag(verbose, Verbose),
    setup_call_cleanup(
        set_prolog_flag(verbose, silent),
        ( set_prolog_flag(autoload, true),
          set_prolog_flag(autoload, false),    % switching to false materializes
          set_prolog_flag(autoload, true),     % the declared autoloads; then
          forall(warm_up_query(_, Text),       % the checks (not the runs) may
                 catch(query_text(Text, _, []), _, true)) ),  % autoload
        ( set_prolog_flag(autoload, Autoload),
          set_prolog_flag(verbose, Verbose) )).

warm_up_query(ok, "findall(R-V, (in_domain(role, R), may_disclose([discloser=R, information=medical_data, recipient=police, facts=[grave_imminent_danger=true, other_means=false, proportionate=true]], V, A), get_dict(basis, A, _)), Rs), length(Rs, N), N > 0").
warm_up_query(ok, "what_if([discloser=doctor, information=medical_data, recipient=colleague], C), next_question([discloser=doctor, information=medical_data, recipient=colleague], Q)").
warm_up_query(ok, "rule(Id, C, B), rule_meta(Id, M), once(rule_text(Id, en, T)), \\+ exception(Id, _), once(advice(A, K, Co)), once(advice_meta(A, AM)), once(advice_text(A, en, AT)), once(conclusion_text(_, en, _)), once(interpretation_text(_, en, _))").
warm_up_query(ok, "once(tension_condition(T, C)), once(tension_meta(T, M)), once(tension_says(T, en, L, S))").
warm_up_query(ok, "field_domain(F, D), domain_values(D, Vs), value_label(role, doctor, fr, L), fact_default(Fa, Df), once(fact_implies(P, Q)), verdict_rank(permitted, R), language(La)").
warm_up_query(ok, "source(Id, I, Ar, V, Re, Ve), once(source_note(_, en, _)), instrument_label(I, en, IL), once(instrument_renumbering(_, _, _, _)), verification(Ve), seed_statement(S, Su), seed_rules(S, Rs), once(seed_omitted(_, en, _))").
warm_up_query(ok, "X = a, X \\= b, X == a, X \\== b, a @< b, b @> a, a @=< a, a @>= a, compare(O, 1, 2), var(_), nonvar(x), atom(a), string(\"s\"), number(1), integer(1), float(1.5), atomic(a), compound(f(x)), callable(f), is_list([]), is_dict(_{}), ground(g), true, \\+ fail, \\+ false").
warm_up_query(ok, "Y is 1 + 2 * 3 - 4 / 2 + 7 // 2 + 7 mod 3 + 7 rem 3 + 7 div 2 + abs(-1) + sign(-2) + min(1, 2) + max(1, 2) + truncate(1.5) + integer(1.5) + float(1) + round(1.5) + ceiling(1.2) + floor(1.2) + sqrt(4) + pi + e - epsilon + -(1) + +(1), Y > 0, Y < 100, Y >= 0, Y =< 100, Y =:= Y, Y =\\= 0, between(1, 3, B), succ(B, C), plus(B, C, D)").
warm_up_query(ok, "member(X, [a, b]), memberchk(a, [a]), length(L, 2), length([a], _), nth0(0, [a], _), nth1(1, [a], _), last([a], _), append([a], [b], AB), reverse(AB, _), select(a, AB, _), selectchk(a, AB, _), subtract(AB, [a], _), intersection(AB, [a], _), union(AB, [c], _), delete(AB, a, _), list_to_set(AB, _), permutation(AB, _), flatten([[a]], _), max_member(_, AB), min_member(_, AB), msort(AB, _), sort(AB, _), sort(0, @>=, AB, _), keysort([b-1, a-2], KS), pairs_keys_values(KS, K, V), pairs_keys(KS, _), pairs_values(KS, _)").
warm_up_query(ok, "atom_string(a, S), atom_length(abc, L), string_length(\"abc\", _), sub_atom(abc, B, 1, A, Sub), sub_string(\"abc\", 0, 1, _, _), atom_chars(ab, Cs), atom_codes(ab, _), string_chars(\"ab\", _), string_codes(\"ab\", _), string_code(1, \"ab\", _), char_code(a, _), upcase_atom(a, _), downcase_atom('A', _), string_lower(\"A\", _), string_upper(\"a\", _), split_string(\"a,b\", \",\", \"\", _)").
warm_up_query(ok, "get_dict(a, _{a: 1}, V), put_dict(b, _{a: 1}, 2, D), del_dict(a, D, _, _), dict_pairs(D, _, P)").
warm_up_query(ok, "findall(X, member(X, [1, 2]), L), findall(X, member(X, [1]), L2, []), forall(member(X, [1]), X > 0), aggregate_all(count, member(_, [a]), C), aggregate_all(sum(X), member(X, [1, 2]), S), aggregate_all(max(X), member(X, [1, 2]), Mx), aggregate_all(min(X), member(X, [1, 2]), Mn), aggregate_all(max(X, W), member(X-W, [1-a, 2-b]), MW), aggregate_all(min(X, W), member(X-W, [1-a, 2-b]), NW), aggregate_all(bag(X), member(X, [b, a]), Bg), aggregate_all(set(X), member(X, [b, a]), St), aggregate_all(count, fail, Z), aggregate_all(sum(X), fail, ZS)").
warm_up_query(ok, "bagof(X, member(X, [a, b]), L), setof(X-Y, Z^member(X-Y-Z, [a-b-c]), S), once(member(_, [a])), ignore(fail), limit(1, member(_, [a, b])), offset(1, member(_, [a, b])), distinct(member(_, [a, a])), distinct(X, member(X, [a, a])), (member(Q, [a]) -> true ; fail), (member(Q, [a]) *-> true ; fail)").
warm_up_query(ok, "length(L, N), N > 3").
% the error paths of the libraries, and the ones of the bounded built-ins
warm_up_query(error, "nth0(a, [x], _)").
warm_up_query(error, "length(L, -1)").
warm_up_query(error, "length(L, a)").
warm_up_query(error, "X is foo + 1").
warm_up_query(error, "X is Y + 1").
warm_up_query(error, "sort(x, @<, [], _)").
warm_up_query(error, "limit(a, true)").
warm_up_query(error, "between(1, a, _)").
warm_up_query(error, "atom_length(f(x), _)").
warm_up_query(error, "get_dict(a, x, _)").
warm_up_query(error, "may_disclose([discloser=nobody], V, A)").
warm_up_query(error, "X = \"a\", X").
warm_up_query(error, "shell(true)").
warm_up_query(error, "f(").
