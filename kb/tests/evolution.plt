/*  The law's evolution, the compact answer, the rule book as sentences, from Prolog.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/evolution.plt
*/
:- module(test_evolution, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

cpas_space([discloser([cpas_staff]), recipient([public_prosecutor]),
            information([administrative_data])]).

:- begin_tests(evolution).

test(diff_shows_the_annulled_duty_to_declare) :-
    cpas_space(Options),
    law_diff("2018-06-01", "2020-01-15", Options, D),
    D.changes = [C|_],
    dict_pairs(C.facts, _, Facts),
    assertion(Facts == [serious_indications_terrorism-true]),
    assertion(C.before.verdict-C.before.basis == obligatory-[cic_46bis1_declaration]),
    assertion(C.after.verdict-C.after.basis == forbidden-[cp_458]),
    findall(Id, ( member(E, C.ended), get_dict(id, E, Id) ), Ended),
    findall(Id, ( member(B, C.began), get_dict(id, B, Id) ), Began),
    assertion(Ended == [cic_46bis1_declaration]),
    assertion(memberchk(cc_44_2019, Began)).

test(diff_takes_date_terms_and_the_same_date_changes_nothing, [true(Cs == [])]) :-
    cpas_space(Options),
    law_diff(date(2020, 1, 15), "2020-01-15", Options, D),
    Cs = D.changes.

test(diff_refuses_an_unknown_option, [throws(error(domain_error(law_diff_option, colour([red])), _))]) :-
    law_diff("2018-06-01", "2020-01-15", [colour([red])], _).

test(diff_refuses_a_bad_date, [throws(error(domain_error(date, "2019-13-01"), _))]) :-
    law_diff("2019-13-01", "2020-01-15", [], _).

test(diff_refuses_a_bad_value, [throws(error(domain_error(role, docter), _))]) :-
    law_diff("2018-06-01", "2020-01-15", [discloser([docter])], _).

test(eras_are_sorted_and_start_with_the_code_penal) :-
    law_eras(Eras),
    assertion(Eras = [date(1867, 6, 8)|_]),
    assertion(sort(Eras, Eras)),
    assertion(memberchk(date(2019, 4, 4), Eras)).

test(timeline_covers_every_era_without_gaps) :-
    timeline([discloser=cpas_staff, information=administrative_data, recipient=public_prosecutor,
              facts=[serious_indications_terrorism=true]], Periods),
    Periods = [First|_],
    assertion(get_dict(from, First, "1867-06-08")),
    last(Periods, Last),
    assertion(get_dict(to, Last, null)),
    forall(nextto(P, Q, Periods),
           ( get_dict(to, P, To), get_dict(from, Q, From), assertion(To == From) )),
    assertion(( member(D, Periods), get_dict(from, D, "2017-09-01"),
                get_dict(verdict, D, obligatory) )).

test(compact_answer_agrees_with_may_disclose) :-
    S = [discloser=doctor, information=medical_data, recipient=colleague, date="2018-03-01",
         facts=[person_consents=true]],
    compact_answer(S, C),
    may_disclose(S, V, A),
    assertion(C.verdict == V),
    assertion(C.basis == A.basis),
    assertion(C.versions == A.versions),
    assertion(C.compact == true),
    assertion(\+ get_dict(explanation, C, _)),
    assertion(C.open = ["permitted if in_person_interest, recipient_bound_by_secrecy, same_mission, strictly_necessary [shared_secret]"|_]).

test(every_rule_has_a_sentence_in_every_language) :-
    forall(( law:rule(Id, _, _), vocabulary:language(Lang) ),
           assertion(rule_sentence(Id, Lang, _))).

test(sentence_of_the_duty_to_declare, [true(S == "Under art. 46bis/1 §3 of the Code of Criminal Procedure (duty to declare), disclosure is obligatory, setting aside art. 458 of the Criminal Code (professional secrecy), when all of: the discloser works in a social-security institution; recipient: the public prosecutor; the professional holds information that may be serious indications of a terrorist offence.")]) :-
    rule_sentence(cic_46bis1_declaration, en, S).

test(vocabulary_values_by_domain_or_field) :-
    vocabulary_values([discloser], en, ByField),
    vocabulary_values([role], en, ByDomain),
    assertion(ByField =@= ByDomain),
    ByField = [First|_],
    assertion(First.domain == role).

test(vocabulary_values_suggests_a_domain, [throws(error(domain_error(vocabulary_domain, recipents), context(domain, Msg)))]) :-
    catch(vocabulary_values([recipents], en, _), E, ( E = error(_, context(_, Msg)),
                                                       sub_string(Msg, _, _, _, "did you mean recipient"),
                                                       throw(E) )).

:- end_tests(evolution).
