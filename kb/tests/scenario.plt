/*  The public edge: every bad input is an ISO error naming the field.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/scenario.plt
*/
:- module(test_scenario, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

ok([discloser=educator, information=confidence, recipient=police]).

with(Field=Value, Scenario) :-
    ok(Base),
    (   selectchk(Field=_, Base, Rest) -> true ; Rest = Base ),
    Scenario = [Field=Value|Rest].

:- begin_tests(scenario_input).

test(unknown_role, error(domain_error(role, doktor), context(discloser, _))) :-
    with(discloser=doktor, S), may_disclose(S, _, _).

test(unknown_information, error(domain_error(information, gossip), context(information, _))) :-
    with(information=gossip, S), may_disclose(S, _, _).

test(unknown_recipient, error(domain_error(recipient, neighbour), context(recipient, _))) :-
    with(recipient=neighbour, S), may_disclose(S, _, _).

test(unknown_institution, error(domain_error(institution, bank), context(institution, _))) :-
    with(institution=bank, S), may_disclose(S, _, _).

test(misspelt_fact, error(domain_error(fact, grave_danger), context(facts, _))) :-
    with(facts=[grave_danger=true], S), may_disclose(S, _, _).

test(fact_value_not_boolean, error(type_error(boolean, maybe), context(facts, _))) :-
    with(facts=[same_mission=maybe], S), may_disclose(S, _, _).

test(unknown_field, error(existence_error(scenario_field, discloer), _)) :-
    may_disclose([discloer=educator, information=confidence, recipient=police], _, _).

test(missing_required_field, error(existence_error(required_field, recipient), _)) :-
    may_disclose([discloser=educator, information=confidence], _, _).

test(duplicate_field, error(domain_error(unique_field, discloser), _)) :-
    ok(S), may_disclose([discloser=nurse|S], _, _).

test(impossible_date, error(domain_error(date, "2018-02-30"), context(date, _))) :-
    with(date="2018-02-30", S), may_disclose(S, _, _).

test(malformed_date, error(domain_error(date, "1/3/2018"), context(date, _))) :-
    with(date="1/3/2018", S), may_disclose(S, _, _).

test(date_before_the_code, error(domain_error(date, "1800-01-01"), context(date, _))) :-
    with(date="1800-01-01", S), may_disclose(S, _, _).

test(contradictory_facts_name_both, true(Sorted == [only_way_to_protect=true, other_means=true])) :-
    with(facts=[only_way_to_protect=true, other_means=true], S),
    catch(may_disclose(S, _, _),
          error(domain_error(consistent_facts, Facts), context(facts, _)),
          true),
    msort(Facts, Sorted).

test(contradiction_through_an_entailment,
     error(domain_error(consistent_facts, _), _)) :-
    with(facts=[can_protect=true, only_way_to_protect=true], S), may_disclose(S, _, _).

test(one_fact_given_twice_with_two_values,
     error(domain_error(consistent_facts, [same_mission=true, same_mission=false]), _)) :-
    with(facts=[same_mission=true, same_mission=false], S), may_disclose(S, _, _).

test(a_hostile_string_is_only_data, true(Refused-Ran == Payload-false)) :-
    Payload = "x), shell('touch /tmp/secret_kb_pwned'), (",
    with(discloser=Payload, S),
    catch(may_disclose(S, _, _), error(domain_error(role, Refused), _), true),
    ( exists_file('/tmp/secret_kb_pwned') -> Ran = true ; Ran = false ).

test(strings_and_atoms_and_dicts_are_the_same_scenario, true(V1-V2 == forbidden-forbidden)) :-
    may_disclose(_{discloser:"educator", information:"confidence", recipient:"police"}, V1, _),
    may_disclose([discloser=educator, information=confidence, recipient=police], V2, _).

test(date_as_a_term, true(LawDate == "2018-03-01")) :-
    with(date=date(2018,3,1), S), may_disclose(S, _, A),
    LawDate = A.law_date.

test(today_is_the_default, true(LawDate == Today)) :-
    ok(S), may_disclose(S, _, A),
    LawDate = A.law_date,
    scenario:today(D), scenario:date_iso(D, Today).

test(null_institution_means_not_said, true(V == forbidden)) :-
    with(institution=null, S), may_disclose(S, V, _).

test(not_a_scenario, error(type_error(scenario, 42), _)) :-
    may_disclose(42, _, _).

:- end_tests(scenario_input).
