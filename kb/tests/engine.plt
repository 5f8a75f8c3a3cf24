/*  The engine: three-valued facts, open questions, dates, the JSON edge.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/engine.plt
*/
:- module(test_engine, []).
:- use_module(library(plunit)).
:- use_module(library(http/json)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

json_answer(RequestDict, ResponseDict) :-
    once(json_round_trip(RequestDict, ResponseDict)).

json_round_trip(RequestDict, ResponseDict) :-
    with_output_to(string(Request), json_write_dict(current_output, RequestDict)),
    ask_json(Request, Response),
    once(read_json_string(Response, ResponseDict)).

read_json_string(Text, Dict) :-
    setup_call_cleanup(open_string(Text, In), json_read_dict(In, Dict), close(In)).

:- begin_tests(three_valued).

test(unknown_learning_defaults_to_the_profession, true(V == forbidden)) :-
    may_disclose([discloser=nurse, information=confidence, recipient=press], V, _).

% seed: s08
test(an_exception_resting_on_unknown_facts_does_not_apply, true([V, C] == [forbidden, false])) :-
    may_disclose([discloser=doctor, information=medical_data, recipient=colleague],
                 V, A),
    C = A.complete.

test(open_lists_one_minimal_set_per_way, true(Needs == [[in_person_interest-true, person_consents-true,
                                                         recipient_bound_by_secrecy-true, same_mission-true,
                                                         strictly_necessary-true]])) :-
    may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, A),
    findall(Ps, ( member(O, A.open), dict_pairs(O.needs, _, Ps) ), Needs).

test(given_facts_are_never_asked_again, true(Keys == [in_person_interest, recipient_bound_by_secrecy,
                                                      same_mission, strictly_necessary])) :-
    may_disclose([discloser=doctor, information=medical_data, recipient=colleague,
                  facts=[person_consents=true]], _, A),
    [O] = A.open,
    dict_keys(O.needs, Keys).

test(doubt_about_the_duty_itself_keeps_silence, true(V-Open == forbidden-[no_secrecy_duty-not_covered])) :-
    may_disclose([discloser=nurse, information=confidence, recipient=press,
                  facts=[learned_in_profession=null]], V, A),
    findall(P-W, ( member(O, A.open), P = O.provision, W = O.verdict ), Open).

% seed: s08
test(in_doubt_abstain_is_said_when_incomplete, true(Noted == true)) :-
    may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, A),
    (   member(N, A.notes), N.id == in_doubt_abstain -> Noted = true ; Noted = false ).

test(failed_exceptions_say_why, true(Because == [recipient_in])) :-
    may_disclose([discloser=educator, information=confidence, recipient=police,
                  facts=[called_to_testify=true], date="2026-08-31"], forbidden, A),
    once(( member(Step, A.explanation.children), Step.id == cp_458_testimony_court )),
    findall(Id, ( member(B, Step.because), atom_string(Id, B.id) ), Because).

test(every_rule_step_cites_its_source) :-
    may_disclose([discloser=doctor, information=medical_data, recipient=colleague], _, A),
    forall(( step_below(A.explanation, S), memberchk(S.kind, [rule, exception, note]) ),
           ( get_dict(citation, S, C), C.reference \== "" )).

:- end_tests(three_valued).

step_below(S, S).
step_below(S, Sub) :- member(C, S.children), step_below(C, Sub).

:- begin_tests(json_edge).

test(batch_in_order_with_ids, true(Shape == [true-1, false-2, true-null])) :-
    json_answer(_{lang: "en",
                  scenarios: [ _{id: 1, discloser: "educator", information: "confidence", recipient: "police"},
                               _{id: 2, discloser: "doktor", information: "confidence", recipient: "police"},
                               _{discloser: "nurse", information: "confidence", recipient: "press"} ]},
                R),
    findall(Ok-Id, ( member(X, R.results), Ok = X.ok, ( get_dict(id, X, Id) -> true ; Id = null ) ), Shape).

test(error_report_names_field_and_accepted_values, true(Field-HasSocialWorker == "discloser"-true)) :-
    json_answer(_{scenarios: [_{discloser: "doktor", information: "confidence", recipient: "police"}]}, R),
    [X] = R.results,
    Field = X.error.field,
    ( memberchk("social_worker", X.error.accepted) -> HasSocialWorker = true ; HasSocialWorker = false ).

test(malformed_json_is_an_error_not_an_exception, true(Type == "syntax_error")) :-
    ask_json("{not json", Out),
    once(read_json_string(Out, R)),
    Type = R.error.type.

test(unknown_language, true(Field == "lang")) :-
    json_answer(_{lang: "de", scenarios: []}, R),
    Field = R.error.field.

test(wording_follows_the_language, true(Fr \== En)) :-
    S = _{discloser: "educator", information: "confidence", recipient: "police"},
    json_answer(_{lang: "fr", scenarios: [S]}, RFr),
    json_answer(_{lang: "en", scenarios: [S]}, REn),
    [AFr] = RFr.results, [AEn] = REn.results,
    Fr = AFr.answer.explanation.text, En = AEn.answer.explanation.text.

test(unicode_round_trips, true(Value == "josé\"'\\")) :-
    json_answer(_{scenarios: [_{discloser: "josé\"'\\", information: "confidence", recipient: "police"}]}, R),
    [X] = R.results,
    Value = X.error.value.

:- end_tests(json_edge).
