:- module(research_run,
          [ research_goal/3,          % +Text, -Goal, -Bindings
            run_text/3,               % +Text, -Result, +Options
            json_value/2              % @Term, -Json
          ]).

% Every library a research query may reach is loaded here, with this
% module: the queries run in it (policy:query_module/1), so its imports
% are the built-ins they see. A limit that fires while a library is being
% autoloaded leaves it half-loaded for the rest of the process
% (docs/design.md, on SWI-Prolog's autoloading): the warm-up
% (research.pl) loads what these libraries autoload in turn, before the
% first query and outside any limit.
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
:- use_module(library(time)).
:- use_module('../engine/report', [error_message/2]).
:- use_module('../vocabulary', [default_language/1]).
:- use_module(policy, [research_limit/3, limit_value/2]).
:- use_module(check, [check_query/3]).
:- use_module(arithmetic).

/** <module> Research queries: read the text, run the checked goal under limits, render the bindings

run_text/3 is a research query from text to result:

  1. The text is read with term_string/3 (at most 10,000 characters;
     quasi-quotations are returned by the reader, not evaluated, and
     refused).
  2. check.pl checks and rewrites the term (research_goal/3); nothing of
     it has run yet.
  3. The checked goal runs in this module under an inference limit, a
     wall-clock time limit (the findall/3 inside it:
     call_with_time_limit/2 runs its goal once), a cap on the number of
     solutions (limit/2), a Prolog stack limit, and with autoloading
     restricted to explicitly declared imports (policy:research_limit/3).
  4. Each solution's bindings are rendered as JSON data (json_value/2)
     inside the limits too, within a budget of cells and characters.

Errors are thrown as error(Formal, context(Field, Message)): permission_error
and domain_error for refused goals, syntax_error, resource_error for a
limit, and the goal's own run-time errors as they are.
*/

:- default_language(Lang),
   create_prolog_flag(secret_kb_lang, Lang, [type(atom), keep(true)]).

%!  run_text(+Text, -Result:dict, +Options) is det.
%
%   Result is `_{variables: Names, solutions: Rows, truncated: Bool,
%   limits: Limits}` for the research query Text: Names the query's named
%   variables (those not starting with `_`), in the order of the text, as
%   strings; each Row a dict Name -> Value, Value rendered by json_value/2;
%   truncated is true when the goal had more solutions than the cap;
%   Limits the limits it ran under. Options: solutions(N), inferences(N),
%   time(Seconds), lang(Lang) (the wording of may_disclose/3's answers).
%   The caller has warmed up (research:research_warm_up/0).
%
%   @error see the module comment.

run_text(Text, Result, Options) :-
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
    check_query(Goal, Bindings, Checked).

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
    error_message(error(syntax_error(What), _), First),
    (   Where = string(_, Pos), integer(Pos)
    ->  format(string(Detail), "~w (at character ~D)", [First, Pos])
    ;   Detail = First
    ),
    format(string(Msg), "the goal cannot be read: ~w", [Detail]),
    throw(error(syntax_error(What), context(goal, Msg))).

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
                      ( limit(Cap1, research_run:Goal),
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
    start_atom_count,
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
    (   acyclic_term(Value),
        limit_value(value_depth, MaxDepth),
        deeper_than(Value, MaxDepth)
    ->  depth_limit(Name, MaxDepth)
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

%   deeper_than(+Term, +Depth): Term (acyclic) nests compounds more than
%   Depth levels deep; a list is one level, however long. Walked in
%   Prolog, within the limits: no term deeper than the limit is ever
%   written (the writer recurses in C).
deeper_than(T, D) :-
    compound(T),
    (   D =< 0
    ->  true
    ;   D1 is D - 1,
        (   T = [_|_]
        ->  list_deeper(T, D1)
        ;   compound_name_arity(T, _, Arity),
            between(1, Arity, I),
            arg(I, T, A),
            deeper_than(A, D1)
        ->  true
        )
    ).

list_deeper([H|T], D) :-
    !,
    (   deeper_than(H, D) -> true ; list_deeper(T, D) ).
list_deeper(T, D) :-
    deeper_than(T, D).

depth_limit(Name, Max) :-
    format(string(Msg), "the binding of ~w is nested more than ~D levels deep: too deep to be written", [Name, Max]),
    throw(error(resource_error(output_depth), context(goal, Msg))).

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
    limit_value(output, Max),
    (   text_fits(T, Max)
    ->  true
    ;   format(string(Msg), "a value is larger than the output limit of ~D characters", [Max]),
        throw(error(resource_error(output), context(goal, Msg)))
    ),
    (   acyclic_term(T)
    ->  copy_term(T, Copy, _),
        term_variables(Copy, Free),
        foldl(name_free_variable, Free, 0, _),
        term_string(Copy, S, [quoted(true), numbervars(true)])
    ;   findall(S0, cyclic_text(T, S0), [S])
    ).

%   A cyclic term as @(Skeleton, [Var=Value, ...]), the form the writer's
%   cycles(true) uses, with the variables named as above (the writer's own
%   numbers differ from one call to the next). '$factorize_term'/3 binds
%   T's cells: findall/3 undoes it and keeps the text.
cyclic_text(T, S) :-
    '$factorize_term'(T, Skeleton, Subst),
    term_variables(Skeleton-Subst, Free),
    foldl(name_free_variable, Free, 0, _),
    term_string(@(Skeleton, Subst), S, [quoted(true), numbervars(true)]).

%   text_fits(+Term, +Max): Term is written in about Max characters or
%   fewer (each atom, string and number counted by its length): checked
%   before writing it, since term_size/2 counts cells, not the text of
%   the atoms they hold (f(A, A, ...) with a long atom A).
text_fits(T, Max) :-
    Size = size(0),
    (   acyclic_term(T)
    ->  \+ text_over(T, Max, Size)
    ;   \+ \+ ( '$factorize_term'(T, Skeleton, Subst),    % it binds T's cells: undone
                \+ text_over(Skeleton-Subst, Max, Size) )
    ).

text_over(T, Max, Size) :-
    text_cost(T, Cost),
    arg(1, Size, S0),
    S is S0 + Cost,
    nb_setarg(1, Size, S),
    (   S > Max
    ->  true
    ;   compound(T), T = [H|Tail]
    ->  (   text_over(H, Max, Size) -> true ; text_over(Tail, Max, Size) )
    ;   compound(T)
    ->  compound_name_arity(T, _, Arity),
        between(1, Arity, I),
        arg(I, T, A),
        text_over(A, Max, Size)
    ).

text_cost(T, 2) :- var(T), !.
text_cost(T, C) :- atom(T), !, atom_length(T, L), C is L + 2.
text_cost(T, C) :- string(T), !, string_length(T, L), C is L + 2.
text_cost(T, C) :- integer(T), !, ( T =:= 0 -> C = 1 ; C is msb(abs(T)) // 3 + 2 ).
text_cost(T, C) :- compound(T), !, compound_name_arity(T, Name, Arity), atom_length(Name, L), C is L + Arity + 1.
text_cost(_, 24).

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

