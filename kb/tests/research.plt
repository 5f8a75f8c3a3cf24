/*  Research queries: the whitelist, the second layer, the limits.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/research.plt
*/
:- module(test_research, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(http/json)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module('../research/research', [research_goal/3, research_predicate/3, research_builtin/2]).
:- use_module('../research/check', [sandbox_check/1]).
:- use_module('../engine/report', [error_report/2]).

%   refused(+Text, -Type, -Value): checking Text throws error(Type(...), _)
%   whose reported value is Value; nothing of Text runs.
refused(Text, Type, Value, Message) :-
    catch(( research_goal(Text, _, _), Outcome = accepted ), E, Outcome = E),
    Outcome = error(Formal, context(_, Message)),
    string(Message),
    functor(Formal, Type, _),
    error_report(Outcome, Report),
    Value = Report.value.

query(Text, Rows) :-
    research_query(Text, Result, []),
    Rows = Result.solutions.

json_query(Request, Response) :-
    with_output_to(string(Text), json_write_dict(current_output, Request)),
    query_json(Text, Out),
    setup_call_cleanup(open_string(Out, In), json_read_dict(In, Response), close(In)).

pwned('/tmp/secret_kb_pwned_plunit').

%   attack(Name, Text, Offender): the goal is refused, naming Offender.
attack(shell,              "shell('touch /tmp/secret_kb_pwned_plunit')",                       "shell/1").
attack(system_shell,       "system:shell('touch /tmp/secret_kb_pwned_plunit')",                "system:shell/1").
attack(call_variable,      "G = shell('touch /tmp/secret_kb_pwned_plunit'), call(G)",          "call/1").
attack(univ_call,          "X =.. [shell, 'touch /tmp/secret_kb_pwned_plunit'], call(X)",      "(=..)/2").
attack(call_n,             "call(shell, 'touch /tmp/secret_kb_pwned_plunit')",                 "call/2").
attack(catch,              "catch(shell('touch /tmp/secret_kb_pwned_plunit'), _, true)",       "catch/3").
attack(findall_shell,      "findall(X, shell('touch /tmp/secret_kb_pwned_plunit'), L)",        "shell/1").
attack(not_shell,          "\\+ shell('touch /tmp/secret_kb_pwned_plunit')",                   "shell/1").
attack(forall_shell,       "forall(true, shell('touch /tmp/secret_kb_pwned_plunit'))",         "shell/1").
attack(aggregate_shell,    "aggregate_all(count, shell('touch /tmp/secret_kb_pwned_plunit'), C)", "shell/1").
attack(setof_shell,        "setof(X, Y^shell('touch /tmp/secret_kb_pwned_plunit'), L)",        "shell/1").
attack(format_at,          "format(\"~@\", [shell('touch /tmp/secret_kb_pwned_plunit')])",     "format/2").
attack(format_atom,        "format(atom(A), \"~@\", [shell('touch /tmp/secret_kb_pwned_plunit')])", "format/3").
attack(assertz,            "assertz(rule(evil, verdict(permitted), all([])))",                 "assertz/1").
attack(retract,            "retract(rule(cp_458, _, _))",                                      "retract/1").
attack(halt,               "halt",                                                             "halt/0").
attack(consult,            "consult('/tmp/secret_kb_evil.pl')",                                "consult/1").
attack(consult_list,       "['/tmp/secret_kb_evil']",                                          "'[|]'/2").
attack(open,               "open('/tmp/secret_kb_pwned_plunit', write, S)",                    "open/3").
attack(see,                "see('/etc/passwd')",                                               "see/1").
attack(write,              "write(hello)",                                                     "write/1").
attack(set_flag,           "set_prolog_flag(autoload, false)",                                 "set_prolog_flag/2").
attack(nb_setval,          "nb_setval(secret, 1)",                                             "nb_setval/2").
attack(thread_create,      "thread_create(shell('touch /tmp/secret_kb_pwned_plunit'), _, [])", "thread_create/3").
attack(tabling,            "table(rule/3)",                                                    "(table)/1").
attack(abolish_tables,     "abolish_all_tables",                                               "abolish_all_tables/0").
attack(qualified_unknown,  "law:secret_backdoor(X)",                                           "law:secret_backdoor/1").
attack(user_foo,           "user:foo",                                                         "user:foo/0").
attack(qualified_builtin,  "lists:member(X, [a])",                                             "lists:member/2").
attack(unlisted_kb,        "kb_api:why([discloser=doctor])",                                   "kb_api:why/1").
attack(term_to_atom,       "term_to_atom(G, 'shell(x)'), G",                                   "term_to_atom/2").
attack(process_create,     "process_create(path(sh), ['-c', 'touch /tmp/secret_kb_pwned_plunit'], [])", "process_create/3").
attack(op,                 "op(700, xfx, ===)",                                                "op/3").
attack(call_time_limit,    "call_with_time_limit(100, true)",                                  "call_with_time_limit/2").
attack(unknown,            "foo(X)",                                                           "foo/1").

:- begin_tests(research_whitelist).

test(researcher_example, true(Roles == [doctor, nurse, midwife, pharmacist, psychologist,
                                        social_worker, educator, youth_aid_worker, cpas_staff,
                                        cpas_council_member, pms_staff, mediator,
                                        hospital_admin_agent, service_director,
                                        justice_assistant, lawyer, moral_counsellor,
                                        police_officer,
                                        % contract version 2, in the vocabulary's order:
                                        % health roles, then the youth-aid council
                                        clinical_psychologist, physiotherapist, dentist,
                                        control_doctor, occupational_doctor,
                                        advisory_doctor, youth_aid_council_member])) :-
    findall(R, ( vocabulary:in_domain(role, R),
                 may_disclose([discloser=R, information=medical_data, recipient=police,
                               facts=[grave_imminent_danger=true, other_means=false,
                                      proportionate=true]], permitted, _) ),
            Expected),
    query("findall(R, (in_domain(role, R), may_disclose([discloser=R, information=medical_data, recipient=police, facts=[grave_imminent_danger=true, other_means=false, proportionate=true]], permitted, _)), Rs)",
          [Row]),
    maplist(atom_string, Roles, Row.'Rs'),
    assertion(Roles == Expected).

test(qualified_and_unqualified_agree) :-
    query("findall(R, vocabulary:in_domain(role, R), L)", [A]),
    query("findall(R, in_domain(role, R), L)", [B]),
    assertion(A == B).

test(unqualified_names_resolve_by_the_table, true(Checked == (law:rule(a, B, C), vocabulary:in_domain(role, R)))) :-
    research_goal("rule(a, B, C), in_domain(role, R)", Checked, ['B'=B, 'C'=C, 'R'=R]).

test(every_name_is_unique) :-
    forall(research_predicate(Name, Arity, M),
           ( findall(M2, research_predicate(Name, Arity, M2), [M]),
             \+ research_builtin(Name, Arity) )).

test(every_research_predicate_exists) :-
    forall(research_predicate(Name, Arity, M),
           ( functor(Head, Name, Arity),
             assertion(predicate_property(M:Head, exported)) )).

test(every_research_predicate_passes_the_second_layer) :-
    forall(research_predicate(Name, Arity, _),
           ( length(Args, Arity),
             Goal =.. [Name|Args],
             format(string(Text), "~q", [Goal]),
             assertion(research_goal(Text, _, _)) )).

test(every_builtin_passes_the_second_layer) :-
    forall(( research_builtin(Name, Arity), Name \== (=..) ),
           ( length(Args, Arity),
             Goal =.. [Name|Args],
             format(string(Text), "~q", [Goal]),
             assertion(research_goal(Text, _, _)) )).

test(every_warm_up_query_answers) :-
    forall(research:warm_up_query(ok, Text),
           ( research_query(Text, Result, []),
             assertion(Result.solutions \== []) )).

test(the_warm_up_calls_every_predicate_and_builtin) :-
    findall(T, research:warm_up_query(ok, T), Texts),
    atomic_list_concat(Texts, ' ', All),
    forall(( research_predicate(Name, _, _)
           ; research_builtin(Name, _),
             \+ memberchk(Name, [true, fail, false, =, \=, ==, \==, @<, @>, @=<, @>=,
                                 is, <, >, =<, >=, =:=, =\=])
           ),
           ( format(atom(Called), "~w(", [Name]),
             assertion(sub_atom(All, _, _, _, Called)) )).

test(control_constructs) :-
    query("member(X, [1, 2, 3]), ( X > 1 -> Y = big ; Y = small ), \\+ X =:= 3", Rows),
    assertion(Rows == [json{'X':1, 'Y':"small"}, json{'X':2, 'Y':"big"}]).

test(aggregates) :-
    query("aggregate_all(count, rule(_, _, _), N), aggregate_all(max(L), (member(W, [a, bb, ccc]), atom_length(W, L)), Max), aggregate_all(max(L2, W2), (member(W2, [a, bb]), atom_length(W2, L2)), MW)", [Row]),
    assertion(integer(Row.'N')),
    assertion(Row.'Max' == 3),
    assertion(Row.'MW' == "max(2,bb)").

test(setof_with_carets) :-
    query("setof(V, R^I^T^F^A^(member(R, [doctor, educator]), I = confidence, T = police, F = [], may_disclose([discloser=R, information=I, recipient=T, facts=F], V, A)), Vs)", [Row]),
    assertion(Row.'Vs' == ["forbidden"]).

test(dicts_by_get_dict) :-
    query("may_disclose([discloser=educator, information=client_status, recipient=police, date=\"2018-03-01\"], V, A), get_dict(basis, A, B)", [Row]),
    assertion(Row.'V' == "forbidden"),
    assertion(Row.'B' == ["cp_458"]),
    assertion(is_dict(Row.'A')).

test(underscore_variables_are_not_shown) :-
    research_query("member(_X, [a]), member(Y, [b])", Result, []),
    assertion(Result.variables == ["Y"]).

test(values_as_json) :-
    query("X = a, Y = \"s\", Z = 3, F = 2.5, L = [a, [1]], C = f(Q, Q, _), U = _", [Row]),
    assertion(Row == json{'X':"a", 'Y':"s", 'Z':3, 'F':2.5, 'L':["a", [1]], 'C':"f(Q,Q,_A)",
                       'Q':null, 'U':null}).

test(no_solution_is_an_empty_list) :-
    query("member(x, [a])", Rows),
    assertion(Rows == []).

test(the_second_layer_refuses_on_its_own, error(permission_error(call, research_predicate, _), _)) :-
    sandbox_check(shell(ls)).

test(the_second_layer_sees_through_control, error(permission_error(call, research_predicate, _), _)) :-
    sandbox_check(findall(x, (true, \+ shell(ls)), _)).

test(the_second_layer_sees_the_goals_of_the_bounded_aggregates, error(permission_error(call, research_predicate, _), _)) :-
    sandbox_check(aggregate_numbers(sum(X), member(X, [1]), _)),
    sandbox_check(aggregate_numbers(sum(X), shell(ls), _)).

:- end_tests(research_whitelist).

:- begin_tests(research_attacks).

test(attack, [forall(attack(Name, Text, Offender)), true(Got-Kind == Offender-permission_error)]) :-
    assertion(atom(Name)),
    refused(Text, Kind, Got, Message),
    assertion(sub_string(Message, _, _, _, Offender)),
    pwned(File),
    assertion(\+ exists_file(File)).

test(variable_goal, true(Type == permission_error)) :-
    refused("G", Type, _, Message),
    assertion(sub_string(Message, _, _, _, "variable as a goal (G)")).

test(variable_goal_in_findall, true(Type == permission_error)) :-
    refused("findall(X, G, L)", Type, _, _).

test(variable_goal_in_negation, true(Type == permission_error)) :-
    refused("\\+ G", Type, _, _).

test(goal_from_a_string, true(Type == permission_error)) :-
    refused("X = \"shell('touch /tmp/secret_kb_pwned_plunit')\", X", Type, _, _).

test(string_as_goal, true(Type == domain_error)) :-
    refused("\"shell(x)\"", Type, _, _).

test(quasi_quotation, true(Type == permission_error)) :-
    refused("X = {|string(Y)||touch /tmp/secret_kb_pwned_plunit|}", Type, _, Message),
    assertion(sub_string(Message, _, _, _, "quasi-quotation")).

test(dict_dot_access, true(Type == permission_error)) :-
    refused("may_disclose([discloser=doctor, information=medical_data, recipient=police], _, A), X = A.verdict", Type, _, Message),
    assertion(sub_string(Message, _, _, _, "get_dict/3")).

test(very_deep_goal, true(Type == domain_error)) :-
    length(Nots, 500),
    maplist(=("\\+ "), Nots),
    atomic_list_concat(Nots, Prefix),
    string_concat(Prefix, "true", Text),
    refused(Text, Type, _, _).

test(very_deep_data, true(Type == domain_error)) :-
    length(Opens, 3000), maplist(=("f("), Opens),
    length(Closes, 3000), maplist(=(")"), Closes),
    atomic_list_concat(Opens, O), atomic_list_concat(Closes, C),
    atomic_list_concat(['X = ', O, a, C], Text),
    refused(Text, Type, _, _).

test(too_long, true(Type == domain_error)) :-
    length(L, 20000), maplist(=(a), L), atomic_list_concat(L, Atom),
    format(string(Text), "X = ~w", [Atom]),
    refused(Text, Type, _, _).

test(syntax_error, true(Type == syntax_error)) :-
    refused("member(X, [a", Type, _, Message),
    assertion(sub_string(Message, _, _, _, "cannot be read")).

test(empty, true(Type == domain_error)) :-
    refused("   ", Type, _, _).

test(bad_aggregate, true(Type == domain_error)) :-
    refused("aggregate_all(shell(x), true, R)", Type, _, _).

test(big_arithmetic_is_refused_at_run_time, error(permission_error(evaluate, arithmetic_function, _), _)) :-
    research_query("X is 7**(7**11)", _, []).

test(big_integers_are_refused_at_run_time, error(resource_error(integer_bits), _)) :-
    research_query("X = 1000000000000000000000000000000, Y is X*X*X*X*X*X*X*X*X*X, Z is Y*Y*Y*Y*Y*Y*Y*Y*Y*Y, W is Z*Z", _, []).

test(the_json_entry_reports_a_refusal_as_data, true(Type-Value == "permission_error"-"shell/1")) :-
    json_query(_{goal: "shell(ls)"}, Response),
    get_dict(ok, Response, OK),
    assertion(OK == false),
    get_dict(error, Response, Error),
    get_dict(type, Error, Type),
    get_dict(value, Error, Value).

test(the_json_entry_refuses_bad_requests, true(Types == ["syntax_error", "existence_error", "domain_error", "domain_error", "domain_error"])) :-
    query_json("not json", R1),
    json_string_response(R1, D1),
    json_query(_{nogoal: 1}, D2),
    json_query(_{goal: "true", max_inferences: 999999999}, D3),
    json_query(_{goal: "true", time_limit: 60}, D4),
    json_query(_{goal: "true", lang: "de"}, D5),
    maplist(error_type, [D1, D2, D3, D4, D5], Types).

error_type(Response, Type) :-
    get_dict(error, Response, Error),
    get_dict(type, Error, Type).

json_string_response(Text, Dict) :-
    setup_call_cleanup(open_string(Text, In), json_read_dict(In, Dict), close(In)).

:- end_tests(research_attacks).

:- begin_tests(research_limits).

test(runaway_between_hits_a_limit, error(resource_error(Limit), _)) :-
    research_query("between(1, inf, _), fail", _, []),
    memberchk(Limit, [inferences, time]).

test(runaway_length_hits_a_limit, error(resource_error(_), _)) :-
    research_query("length(L, N), N > 100000000", _, []).

test(the_time_limit, error(resource_error(time), context(_, Message))) :-
    research_query("length(L, 1000000), between(1, inf, _), msort(L, _), fail", _, [time(0.3)]),
    assertion(sub_string(Message, _, _, _, "time limit")).

test(the_inference_limit, error(resource_error(inferences), context(_, Message))) :-
    research_query("between(1, inf, _), fail", _, [inferences(1000)]),
    assertion(sub_string(Message, _, _, _, "inference limit of 1,000")).

test(a_huge_list_is_refused, error(resource_error(list_length), _)) :-
    research_query("length(L, 500000000)", _, []).

test(memory_hits_the_stack_limit, error(resource_error(memory), _)) :-
    research_query("findall(L, (between(1, 1000, _), length(L, 1000000)), Ls)", _, []).

test(the_solution_cap, true(N-T == 3-true)) :-
    research_query("between(1, 1000, X)", Result, [solutions(3)]),
    length(Result.solutions, N),
    T = Result.truncated.

test(the_cap_is_not_truncated_when_exact, true(T == false)) :-
    research_query("between(1, 3, X)", Result, [solutions(3)]),
    T = Result.truncated.

test(limits_cannot_be_raised, error(domain_error(inferences, _), _)) :-
    research_query("true", _, [inferences(10000000)]).

test(the_engine_is_usable_after_every_limit) :-
    forall(member(Text-Options,
                  [ "between(1, inf, _), fail"-[],
                    "length(L, N), N > 100000000"-[],
                    "between(1, inf, _), fail"-[time(0.1)],
                    "findall(L, (between(1, 1000, _), length(L, 1000000)), Ls)"-[],
                    "aggregate_all(count, (member(X, [a, b]), between(1, inf, _)), C)"-[inferences(500)]
                  ]),
           catch(research_query(Text, _, Options), error(resource_error(_), _), true)),
    may_disclose([discloser=educator, information=client_status, recipient=police,
                  date="2018-03-01"], V, _),
    assertion(V == forbidden),
    assertion(member(b, [a, b])),
    assertion(aggregate_all(count, member(_, [a, b]), 2)),
    query("member(X, [a]), aggregate_all(count, member(_, [a, b]), N)", Rows),
    assertion(Rows == [json{'X':"a", 'N':2}]),
    current_prolog_flag(autoload, Autoload),
    assertion(Autoload == true),
    current_prolog_flag(stack_limit, Stack),
    assertion(Stack > 268435456).

test(the_answers_language, true(Langs == ["en", "fr"])) :-
    Goal = "may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, A), get_dict(lang, A, L)",
    research_query(Goal, R1, [lang(en)]),
    research_query(Goal, R2, [lang(fr)]),
    [Row1] = R1.solutions,
    [Row2] = R2.solutions,
    Langs = [Row1.'L', Row2.'L'],
    current_prolog_flag(secret_kb_lang, Lang),
    assertion(Lang == fr).

:- end_tests(research_limits).

:- begin_tests(research_policy).

test(the_whitelist_is_every_export_of_the_research_modules) :-
    forall(( research_policy:research_module(M),
             module_property(M, exports(Exports)),
             member(Name/Arity, Exports) ),
           assertion(research_predicate(Name, Arity, M))),
    findall(N/A, research_predicate(N, A, kb_api), EntryPoints),
    assertion(msort(EntryPoints, [may_disclose/3, next_question/2, what_if/2])).

test(a_new_export_is_picked_up, [cleanup(abolish(law:research_probe/1))]) :-
    assertion(\+ research_predicate(research_probe, 1, _)),
    law:assertz(research_probe(x)),
    law:export(research_probe/1),
    assertion(research_predicate(research_probe, 1, law)),
    query("research_probe(X)", Rows),
    assertion(Rows == [json{'X':"x"}]).

:- end_tests(research_policy).

:- begin_tests(research_errors).

test(error_culprits_are_clipped_before_they_are_written) :-
    length(Codes, 1_000_000), maplist(=(0'a), Codes), atom_codes(A, Codes),
    length(As, 200), maplist(=(A), As), T =.. [f|As],
    catch(atom_length(T, _), E, true),
    call_with_time_limit(2, error_report(E, Report)),
    string_length(Report.value, VL),
    assertion(VL =< 200),
    string_length(Report.message, ML),
    assertion(ML =< 4000).

test(a_cyclic_or_deep_culprit_is_reported) :-
    X = f(X),
    error_report(error(type_error(integer, X), _), R1),
    assertion(string(R1.value)),
    numlist(1, 20000, L), foldl([_, T0, g(T0)]>>true, L, z, Deep),
    error_report(error(type_error(integer, Deep), _), R2),
    string_length(R2.value, VL),
    assertion(VL =< 200).

:- end_tests(research_errors).

:- begin_tests(research_atoms).

test(atoms_are_counted, error(resource_error(atom_text), _)) :-
    research_query("length(_L, 1000000), _L = [97|_T], append(_T, [97], _L), atom_codes(_A, _L), findall(_S, sub_atom(_A, 0, _, _, _S), _B), length(_B, N)", _, []).

test(a_binding_too_deep_to_write, error(resource_error(output_depth), _)) :-
    research_query("length(_K, 20000), pairs_keys_values(_P, _K, _), append(_P0, [_], _P), _K = [_|_P0], last(_K, D)", _, []).

test(the_atom_makers_answer_as_before, true(Rows == [json{'S':"b", 'U':"X", 'C':"ab"}])) :-
    query("sub_atom(abc, 1, 1, _, S), upcase_atom(x, U), atom_codes(C, [0'a, 0'b])", Rows).

:- end_tests(research_atoms).

:- begin_tests(research_rendering).

test(a_dict_with_integer_keys_is_written, true(Pairs == ['1'-"a", b-2])) :-
    json_query(_{goal: "X = _{1: a, b: 2}"}, Response),
    assertion(Response.ok == true),
    [Row] = Response.solutions,
    dict_pairs(Row.'X', _, Pairs).

test(a_term_holding_a_long_atom_is_not_written, error(resource_error(output), _)) :-
    length(As, 200), maplist(=("_A"), As), atomic_list_concat(As, ', ', Args),
    format(string(Text), "length(_L, 1000000), _L = [97|_T], append(_T, [97], _L), atom_codes(_A, _L), X = f(~w)", [Args]),
    call_with_time_limit(5, research_query(Text, _, [])).

test(a_cyclic_value_is_written_factorized) :-
    query("X = f(X)", [Row]),
    get_dict('X', Row, Text),
    assertion(sub_string(Text, 0, _, _, "@(")).

:- end_tests(research_rendering).
