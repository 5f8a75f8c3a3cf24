:- module(research,
          [ research_query/3,         % +Text, -Result, +Options
            research_json/2,          % +RequestText, -ResponseText
            research_goal/3,          % +Text, -Goal, -Bindings
            research_predicate/3,     % ?Name, ?Arity, ?Module
            research_builtin/2,       % ?Name, ?Arity
            research_limit/3,         % ?Limit, ?Default, ?Maximum
            research_warm_up/0
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).
:- use_module(library(option)).
:- use_module(library(http/json)).
:- use_module('../engine/json_emit', [json_text/2]).
:- use_module('../engine/report', [error_report/2]).
:- use_module('../vocabulary', [language/1]).
:- use_module(policy, [research_predicate/3, research_builtin/2, research_limit/3]).
:- use_module(run, [research_goal/3, run_text/3]).

/** <module> Research queries: a researcher's own goal, checked, bounded, answered

    ?- research_query("findall(R, (in_domain(role, R),
                          may_disclose([discloser=R, information=medical_data,
                                        recipient=police,
                                        facts=[grave_imminent_danger=true]],
                                       permitted, _)), Rs)", Result, []).

The text is read, never run as written. The sandbox is split by job:

  - policy.pl: what a query may call (research_predicate/3, derived from
    the knowledge-base modules' exports; research_builtin/2) and the limits
    (research_limit/3);
  - check.pl: the structural checker, and library(sandbox) behind it;
  - arithmetic.pl: the bounded is/2, comparisons, length/2, aggregates;
  - run.pl: parse the text, run the checked goal under the limits, render
    the bindings;
  - this facade: research_query/3, the JSON entry research_json/2 (the one
    JSON emitter, json_emit.pl, and the one error reporter, report.pl), and
    the warm-up.

The knowledge base loads these files on first use (kb_api:query_json/2,
kb_api:research_query/3), outside any limit. A Python process never loads
them: its research queries run in a separate swipl process (worker.pl,
secret_kb/research.py).
*/

%!  research_query(+Text, -Result:dict, +Options) is det.
%
%   Result is `_{variables: Names, solutions: Rows, truncated: Bool,
%   limits: Limits}` for the research query Text (run:run_text/3): Names
%   the query's named variables as strings, each Row a dict Name -> Value.
%   Options: solutions(N), inferences(N), time(Seconds), lang(Lang) (one
%   of vocabulary:language/1). The
%   process warms up first (research_warm_up/0), once.
%
%   @error error(Formal, context(Field, Message)): permission_error and
%          domain_error for refused goals, syntax_error, resource_error for
%          a limit, and the goal's own run-time errors.

research_query(Text, Result, Options) :-
    research_warm_up,
    run_text(Text, Result, Options).

%!  research_json(+RequestText, -ResponseText) is det.
%
%   RequestText is a JSON object `{"goal": Text, "max_solutions": N,
%   "max_inferences": N, "time_limit": Seconds, "lang": Lang}` (all but
%   goal optional). ResponseText is `{"ok": true, "variables": [...],
%   "solutions": [{Name: Value}, ...], "truncated": Bool, "limits": {...}}`
%   or `{"ok": false, "error": {type, field, value, accepted, message}}`
%   (report:error_report/2, every culprit clipped). Never throws.

research_json(RequestText, ResponseText) :-
    (   catch(json_query(RequestText, Response0), E,
              ( query_error_report(E, Error),
                Response0 = _{ok: false, error: Error} ))
    ->  Response = Response0
    ;   engine_failure(Response)
    ),
    (   catch(json_text(Response, ResponseText0), _, fail)
    ->  ResponseText = ResponseText0
    ;   engine_failure(Failure),
        json_text(Failure, ResponseText)
    ).

engine_failure(_{ok: false,
                 error: _{type: engine, field: null, value: null, accepted: [],
                          message: "the knowledge base could not answer this query"}}).

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
    ->  (   language(Lang), atom_string(Lang, LangText)
        ->  Options = [lang(Lang)|Options0]
        ;   findall(L, language(L), Languages),
            atomic_list_concat(Languages, ', ', Accepted),
            format(string(Message), "unknown language; accepted: ~w", [Accepted]),
            throw(error(domain_error(lang, LangText), context(lang, Message)))
        )
    ;   Options = Options0
    ).

request_option(max_solutions,  solutions).
request_option(max_inferences, inferences).
request_option(time_limit,     time).

%   A research query's error as data: the goal's own run-time errors (whose
%   context holds no message of ours) are said to come from the query.
query_error_report(E, Report) :-
    error_report(E, Report0),
    (   E = error(_, context(_, Message)), string(Message)
    ->  (   Report0.field == null -> Report = Report0.put(field, goal) ; Report = Report0 )
    ;   string_concat("the query raised an error: ", Report0.message, Message),
        Report = Report0.put(_{field: goal, message: Message})
    ).

		 /*******************************
		 *           WARM-UP            *
		 *******************************/

:- dynamic warmed_up/0.

%!  research_warm_up is det.
%
%   Once per process, before the first query: load what the libraries a
%   query may reach declare as autoloaded (switching autoloading off once,
%   quietly, does it), then, with autoloading on (even in a process that
%   turned it off), run queries that call every built-in of the whitelist
%   and every predicate of the vocabulary (warm_up_query/2): their checks
%   (safe_goal/1 walks the libraries' code) load what is left. No limit can
%   then fire while a library is being loaded, and the runs have
%   autoloading restricted. kb_api calls it when it loads these modules,
%   outside any limit.

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
                 catch(run_text(Text, _, []), E,            % autoload; the errors
                       ignore(query_error_report(E, _)))) ),  % are reported
        ( set_prolog_flag(autoload, Autoload),
          set_prolog_flag(verbose, Verbose) )).

%!  warm_up_query(?Expect, ?Text) is nondet.
%
%   The queries of the warm-up: together they call every predicate of the
%   research vocabulary and every built-in of the whitelist (Expect = ok:
%   the query answers), and the usual error paths of the libraries behind
%   them (Expect = error). The knowledge-base relations are called one
%   query each, from research_predicate/3 itself, so a renamed export is
%   warmed up as it is. kb/tests/research.plt checks both.

warm_up_query(ok, Text) :-
    research_predicate(Name, Arity, Module),
    Module \== kb_api,
    length(Args, Arity),
    Goal =.. [Name|Args],
    format(string(Text), "once(~q)", [Goal]).
% the entry points, and every built-in
warm_up_query(ok, "findall(R-V, (in_domain(role, R), may_disclose([discloser=R, information=medical_data, recipient=police, facts=[grave_imminent_danger=true, other_means=false, proportionate=true]], V, A), get_dict(basis, A, _)), Rs), length(Rs, N), N > 0").
warm_up_query(ok, "what_if([discloser=doctor, information=medical_data, recipient=colleague], C), next_question([discloser=doctor, information=medical_data, recipient=colleague], Q)").
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
