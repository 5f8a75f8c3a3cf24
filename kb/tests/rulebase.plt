/*  The rule base itself: every rule and every piece of advice is cited,
    dated, and worded in each language.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/rulebase.plt
*/
:- module(test_rulebase, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

rule_id(Id) :- law:rule(Id, _, _).
advice_id(Id) :- law:advice(Id, _, _).

cited(MetaProps) :-
    memberchk(source(Source), MetaProps),
    sources:source(Source, Instrument, Article, version(From, To), Reference, Verification),
    string(Article), string(Reference), Reference \== "",
    ( From == open ; From = date(_, _, _) ),
    ( To == open ; To = date(_, _, _) ),
    sources:verification(Verification),
    forall(vocabulary:language(L), lang:instrument_label(Instrument, L, _)).

of_a_known_provision(MetaProps) :-
    memberchk(provision(P), MetaProps),
    (   P == principle      % the principle in force on the date (rulebook.pl)
    ->  true
    ;   vocabulary:in_domain(provision, P)
    ).

% A rule of the law encodes a provision; a rule of a code of ethics, a code.
of_a_known_layer(MetaProps) :-
    of_a_known_provision(MetaProps),
    !.
of_a_known_layer(MetaProps) :-
    memberchk(code(C), MetaProps),
    vocabulary:in_domain(code, C).

seeds_known(MetaProps) :-
    memberchk(seed(Seeds), MetaProps),
    forall(member(S, Seeds), seed:seed_statement(S, _)).

:- begin_tests(rulebase).

test(every_rule_is_cited_dated_and_of_a_provision_or_code, [forall(rule_id(Id)), true(Ok == true)]) :-
    law:rule_meta(Id, Props),
    ( cited(Props), of_a_known_layer(Props), seeds_known(Props) -> Ok = true ; Ok = Id ).

test(every_rule_is_worded_in_each_language, [forall((rule_id(Id), vocabulary:language(L))), true(Ok == true)]) :-
    ( law:rule_text(Id, L, Text), string(Text) -> Ok = true ; Ok = Id-L ).

test(every_interpretation_names_its_support_and_says_it, [forall(rule_id(Id))]) :-
    law:rule_meta(Id, Props),
    (   memberchk(interpretation(Support), Props)
    ->  sources:source(Support, _, _, _, _, _),
        forall(vocabulary:language(L), law:interpretation_text(Id, L, _))
    ;   \+ law:interpretation_text(Id, _, _)
    ).

test(every_advice_is_cited_dated_and_worded, [forall((advice_id(Id), vocabulary:language(L))), true(Ok == true)]) :-
    law:advice_meta(Id, Props),
    ( cited(Props), of_a_known_provision(Props), seeds_known(Props), law:advice_text(Id, L, _)
    -> Ok = true ; Ok = Id-L ).

test(every_derived_conclusion_is_worded, [forall((law:rule(_, C, _), C \= verdict(_), C \= set_aside(_), vocabulary:language(L))), true(Ok == true)]) :-
    ( law:conclusion_text(C, L, _) -> Ok = true ; Ok = C-L ).

test(every_fact_and_value_has_a_label_in_each_language,
     [forall((member(D, [role, institution, information, recipient, fact, provision, verdict, code]),
              vocabulary:in_domain(D, V), vocabulary:language(L))),
      true(Ok == true)]) :-
    ( lang:value_label(D, V, L, _) -> Ok = true ; Ok = D-V-L ).

test(every_exception_overrides_a_known_rule, [forall(law:exception(E, R)), true(Ok == true)]) :-
    ( rule_id(E), rule_id(R) -> Ok = true ; Ok = E-R ).

test(every_tension_names_a_provision_a_code_article_and_says_both_sides,
     [forall((law:tension_condition(Id, _), vocabulary:language(L))), true(Ok == true)]) :-
    law:tension_meta(Id, Props),
    (   cited(Props), of_a_known_provision(Props), seeds_known(Props),
        memberchk(code_rule(R), Props), law:rule_meta(R, RProps), memberchk(code(_), RProps),
        law:tension_says(Id, L, LawSays, CodeSays), string(LawSays), string(CodeSays)
    ->  Ok = true
    ;   Ok = Id-L
    ).

test(every_code_binds_someone_and_has_a_duty, [forall(vocabulary:in_domain(code, C)), true(Ok == true)]) :-
    ( law:rule(_, bound_by_code(C), _), law:rule(_, code_duty(C), _) -> Ok = true ; Ok = C ).

% A provision is encoded by a rule, or -- for a provision the contract gives
% no verdict of its own, such as official_discretion (not_covered, the duty
% named in a caveat) -- by the advice that names it.
test(every_contract_provision_is_encoded, [forall(vocabulary:in_domain(provision, P)), true(Blocks \== [])]) :-
    findall(Id, ( law:rule_meta(Id, Props), memberchk(provision(P), Props) ), Rules),
    findall(Id, ( law:advice_meta(Id, Props), memberchk(provision(P), Props) ), Advice),
    append(Rules, Advice, Blocks).

:- end_tests(rulebase).
