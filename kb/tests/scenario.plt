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

% --- Contract version 2: the contradictions it lists ----------------------

%   v2_contradiction(Recipient, Facts, Clash): Facts, told to Recipient, are
%   refused; the error names the two sides of Clash (sorted).
v2_contradiction(person_concerned, [person_deceased=true],
                 [person_deceased=true, recipient=person_concerned]).
v2_contradiction(next_of_kin, [person_deceased=false],
                 [person_deceased=false, recipient=next_of_kin]).
v2_contradiction(person_concerned, [person_consented_before_death=true],
                 [person_consented_before_death=true, recipient=person_concerned]).
v2_contradiction(person_concerned, [deceased_objected=true],
                 [deceased_objected=true, recipient=person_concerned]).
v2_contradiction(family, [victim_vulnerable_classic=true, victim_vulnerable=false],
                 [victim_vulnerable=false, victim_vulnerable_classic=true]).
v2_contradiction(family, [victim_partner_violence=true, victim_vulnerable=false],
                 [victim_partner_violence=true, victim_vulnerable=false]).
v2_contradiction(family, [victim_honour_violence=true, victim_vulnerable=false],
                 [victim_honour_violence=true, victim_vulnerable=false]).
v2_contradiction(colleague, [same_team=true, same_mission=false],
                 [same_mission=false, same_team=true]).
v2_contradiction(partner, [person_requests_disclosure=true, person_consents=false],
                 [person_consents=false, person_requests_disclosure=true]).
v2_contradiction(family, [person_consented_before_death=true, person_deceased=false],
                 [person_consented_before_death=true, person_deceased=false]).
v2_contradiction(family, [deceased_objected=true, person_deceased=false],
                 [deceased_objected=true, person_deceased=false]).
v2_contradiction(parents, [minor_capable_of_discernment=true, person_is_minor=false],
                 [minor_capable_of_discernment=true, person_is_minor=false]).
v2_contradiction(police, [only_way_to_protect=true, grave_imminent_danger=false],
                 [grave_imminent_danger=false, only_way_to_protect=true]).

v2_scenario(Recipient, Facts,
            [discloser=doctor, information=medical_data, recipient=Recipient, facts=Facts]).

:- begin_tests(scenario_v2_contradictions).

test(each_is_refused_naming_both_sides,
     [forall(v2_contradiction(T, Facts, Clash)), true(Named == Clash)]) :-
    v2_scenario(T, Facts, S),
    catch(( may_disclose(S, _, _), Named = accepted ),
          error(domain_error(consistent_facts, Both), context(facts, _)),
          msort(Both, Named)).

test(each_is_refused_whatever_the_order_of_the_facts,
     [forall(v2_contradiction(T, Facts, _)),
      error(domain_error(consistent_facts, _), context(facts, _))]) :-
    reverse(Facts, Reversed),
    v2_scenario(T, Reversed, S),
    may_disclose(S, _, _).

test(a_fact_against_the_recipient_says_both_in_one_message,
     true(Msg == "person_deceased=true contradicts recipient person_concerned")) :-
    v2_scenario(person_concerned, [person_deceased=true], S),
    catch(may_disclose(S, _, _), error(_, context(facts, Msg)), true).

test(the_recipient_comes_second_in_the_error,
     true(Both == [deceased_objected=true, recipient=person_concerned])) :-
    v2_scenario(person_concerned, [deceased_objected=true], S),
    catch(may_disclose(S, _, _), error(domain_error(consistent_facts, Both), _), true).

test(the_error_report_names_the_field_facts, true(Field-Type == facts-domain_error)) :-
    v2_scenario(next_of_kin, [person_deceased=false], S),
    catch(may_disclose(S, _, _), E, true),
    report:error_report(E, R),
    Field = R.field, Type = R.type.

:- end_tests(scenario_v2_contradictions).

:- begin_tests(scenario_v2_entailments).

%   The facts a scenario closes on, as a rule reads them.
closed_status(Recipient, Given, Fact, Status) :-
    v2_scenario(Recipient, Given, Input),
    scenario:scenario_from_input(Input, Scenario),
    scenario:fact_status(Scenario, Fact, Status).

test(next_of_kin_means_the_person_has_died, true(St == true)) :-
    closed_status(next_of_kin, [], person_deceased, St).

test(person_concerned_means_the_person_is_alive, true(St == false)) :-
    closed_status(person_concerned, [], person_deceased, St).

test(next_of_kin_even_when_death_is_said_unknown, true(St == true)) :-
    closed_status(next_of_kin, [person_deceased=unknown], person_deceased, St).

test(a_living_person_concerned_had_neither_agreed_nor_objected_before_death,
     true(St1-St2 == false-false)) :-
    closed_status(person_concerned, [], person_consented_before_death, St1),
    closed_status(person_concerned, [], deceased_objected, St2).

test(other_recipients_leave_death_unknown,
     [forall(( vocabulary:in_domain(recipient, T),
               \+ vocabulary:recipient_implies(T, person_deceased=_) )),
      true(St == unknown)]) :-
    closed_status(T, [], person_deceased, St).

test(a_ground_makes_the_victim_vulnerable,
     [forall(member(G, [victim_vulnerable_classic, victim_partner_violence, victim_honour_violence])),
      true(St == true)]) :-
    closed_status(family, [G=true], victim_vulnerable, St).

test(a_victim_not_vulnerable_has_no_ground,
     [forall(member(G, [victim_vulnerable_classic, victim_partner_violence, victim_honour_violence])),
      true(St == false)]) :-
    closed_status(family, [victim_vulnerable=false], G, St).

test(the_same_team_is_the_same_mission, true(St == true)) :-
    closed_status(colleague, [same_team=true], same_mission, St).

test(a_request_is_an_informed_consent, true(St1-St2 == true-true)) :-
    closed_status(partner, [person_requests_disclosure=true], person_consents, St1),
    closed_status(partner, [person_requests_disclosure=true], person_informed, St2).

test(a_minor_capable_of_discernment_is_a_minor, true(St == true)) :-
    closed_status(parents, [minor_capable_of_discernment=true], person_is_minor, St).

test(the_only_way_to_protect_means_a_grave_danger, true(St == true)) :-
    closed_status(police, [only_way_to_protect=true], grave_imminent_danger, St).

test(entailed_facts_with_a_recipient, true(E == [person_deceased=true])) :-
    scenario:entailed_facts(next_of_kin, [], E).

test(entailed_facts_fail_against_the_recipient, fail) :-
    scenario:entailed_facts(person_concerned, [deceased_objected=true], _).

test(entailed_facts_without_a_recipient_say_nothing_of_it, true(E == [deceased_objected=true, person_deceased=true])) :-
    scenario:entailed_facts([deceased_objected=true], E).

test(a_hypothesis_against_the_recipient_is_never_formed, fail) :-
    v2_scenario(next_of_kin, [], Input),
    scenario:scenario_from_input(Input, S),
    scenario:scenario_with_facts(S, [person_deceased=false], _).

test(a_change_against_the_recipient_is_never_needed, fail) :-
    v2_scenario(person_concerned, [], Input),
    scenario:scenario_from_input(Input, S),
    changes:needed_changes([person_consented_before_death=true], S, _).

% Every change what-if proposes (any fact may flip) can be asked: none
% contradicts what the recipient entails.
test(every_change_for_a_recipient_with_entailments_is_consistent,
     [forall(( member(T, [next_of_kin, person_concerned]),
               member(D, [doctor, psychologist, social_worker]),
               Input = [discloser=D, information=medical_data, recipient=T,
                        facts=[person_is_minor=true], date="2020-01-01"],
               what_if(Input, Changes),
               member(C, Changes) )),
      true(Ok == true)]) :-
    dict_pairs(C.changes, _, Pairs),
    findall(F=V, member(F-V, Pairs), New),
    ( catch(may_disclose([discloser=D, information=medical_data, recipient=T,
                          facts=New, date="2020-01-01"], _, _), _, fail)
    -> Ok = true ; Ok = C.changes ).

:- end_tests(scenario_v2_entailments).
