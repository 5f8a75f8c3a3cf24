/*  Mandated work and follow-up reports (s12, s13).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/mandate.plt

    mandate_report: under a mandate, the worker reports to the mandating
    authority what concerns the mission (not the person's confidences or
    health data); secrecy persists towards everyone else; the person must
    know what is reported and to whom. mandate_followup: for a person under
    judicial conditions, factual follow-up data may go to the justice
    assistant, nothing of the content of the helping relationship.
*/
:- module(test_mandate, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying cases -----------------------------------------------------

% A youth-aid worker mandated by the youth-aid authority sends it the
% social report.
base(report,
     [discloser=youth_aid_worker, information=social_report, recipient=mandating_authority,
      facts=[under_mandate=true], date="2020-01-01"]).
% A psychologist tells the justice assistant that the person under
% probation kept the appointments.
base(followup,
     [discloser=psychologist, information=factual_followup, recipient=justice_assistant,
      facts=[], date="2020-01-01"]).

mission_information(social_report).
mission_information(factual_followup).
mission_information(client_status).
mission_information(administrative_data).

% --- Decision tables: one condition varied at a time ------------------------

report_row([],                                   obligatory-[mandate]).
report_row([information=factual_followup],       obligatory-[mandate]).
% the person's state of mind stays secret (the seed's adversarial warning)
report_row([information=state_of_mind],          forbidden-[cp_458]).
report_row([information=client_status],          obligatory-[mandate]).
report_row([information=administrative_data],    obligatory-[mandate]).
report_row([information=confidence],             forbidden-[cp_458]).
report_row([information=medical_data],           forbidden-[cp_458]).
report_row([under_mandate:false],                forbidden-[cp_458]).
report_row([unknown(under_mandate)],             forbidden-[cp_458]).
% secrecy persists towards everyone but the mandating authority
report_row([recipient=police],                   forbidden-[cp_458]).
report_row([recipient=public_prosecutor],        forbidden-[cp_458]).
report_row([recipient=colleague],                forbidden-[cp_458]).
report_row([recipient=family],                   forbidden-[cp_458]).
report_row([recipient=press],                    forbidden-[cp_458]).
report_row([discloser=social_worker],            obligatory-[mandate]).
report_row([discloser=private_individual],       not_covered-[no_secrecy_duty]).

followup_row([],                                 permitted-[mandate]).
followup_row([information=confidence],           forbidden-[cp_458]).
followup_row([information=state_of_mind],        forbidden-[cp_458]).
followup_row([information=medical_data],         forbidden-[cp_458]).
followup_row([information=social_report],        forbidden-[cp_458]).
followup_row([information=client_status],        forbidden-[cp_458]).
followup_row([information=administrative_data],  forbidden-[cp_458]).
followup_row([recipient=police],                 forbidden-[cp_458]).
followup_row([recipient=family],                 forbidden-[cp_458]).
followup_row([recipient=employer],               forbidden-[cp_458]).
followup_row([under_mandate:true],               permitted-[mandate]).
followup_row([discloser=doctor],                 permitted-[mandate]).
followup_row([discloser=private_individual],     not_covered-[no_secrecy_duty]).

:- begin_tests(mandate_report).

% seed: s13
test(applies, true(Outcome == obligatory-[mandate])) :-
    base(report, Scenario),
    outcome(Scenario, Outcome).

% seed: s13, s08
test(decision_table, [forall(report_row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(report, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s13
test(what_concerns_the_mission,
     [forall(mission_information(K)), true(Outcome == obligatory-[mandate])]) :-
    scenario(report, [information=K], Scenario),
    outcome(Scenario, Outcome).

% seed: s13
test(not_the_confidences_nor_health_data,
     [forall(member(K, [confidence, medical_data])), true(Verdict == forbidden)]) :-
    scenario(report, [information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s13, s08
test(unknown_mandate_is_open, true(Needs == [under_mandate=true])) :-
    scenario(report, [unknown(under_mandate)], Scenario),
    open_of(Scenario, Open),
    once(member(mandate-mandate_report-obligatory-Needs, Open)).

% seed: s13, s19
test(caveats_of_the_report, true(Caveats == [keep_helping, transparency_towards_the_person])) :-
    base(report, Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s13
test(no_transparency_caveat_without_the_mandate, true(Caveats == [])) :-
    scenario(report, [under_mandate:false], Scenario),
    caveat_ids(Scenario, Caveats).

:- end_tests(mandate_report).

:- begin_tests(mandate_followup).

% seed: s12
test(applies, true(Outcome == permitted-[mandate])) :-
    base(followup, Scenario),
    outcome(Scenario, Outcome).

% seed: s12
test(decision_table, [forall(followup_row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(followup, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s12
test(only_factual_data,
     [forall(( vocabulary:in_domain(information, K), K \== factual_followup )),
      true(Verdict == forbidden)]) :-
    scenario(followup, [information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s12
test(the_content_of_the_helping_relationship_is_noted,
     [forall(member(K, [confidence, state_of_mind, medical_data, social_report])),
      true(Has == true)]) :-
    scenario(followup, [information=K], Scenario),
    has_note(Scenario, followup_only_factual, Has).

% seed: s12
test(factual_data_is_not_noted, true(Has == false)) :-
    base(followup, Scenario),
    has_note(Scenario, followup_only_factual, Has).

% seed: s12, s13
test(caveats_of_the_followup, true(Caveats == [transparency_towards_the_person])) :-
    base(followup, Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s12
test(a_permission_never_a_duty,
     [forall(member(Facts, [[], [under_mandate:true]])), true(Verdict == permitted)]) :-
    scenario(followup, Facts, Scenario),
    once(may_disclose(Scenario, Verdict, _)).

:- end_tests(mandate_followup).

:- begin_tests(mandate_transparency).

% seed: s13, s30
test(a_report_without_telling_the_person_is_flagged, true(Has == true)) :-
    may_disclose([discloser=youth_aid_worker, information=social_report,
                  recipient=mandating_authority,
                  facts=[under_mandate=true, person_informed=false], date="2020-01-01"],
                 obligatory, A),
    ( member(N, A.notes), N.id == person_not_informed -> Has = true ; Has = false ).

% seed: s30
test(youth_protection_findings_do_not_serve_penal_purposes,
     [forall(member(T, [police, public_prosecutor, investigating_judge, case_consultation])),
      true(Has == true)]) :-
    may_disclose([discloser=youth_aid_worker, information=social_report, recipient=T,
                  date="2020-01-01"], _, A),
    ( member(N, A.notes), N.id == youth_protection_not_for_penal_purposes -> Has = true ; Has = false ).

% seed: s30
test(not_said_outside_youth_protection, true(Has == false)) :-
    may_disclose([discloser=psychologist, institution=private_practice, information=social_report,
                  recipient=police, date="2020-01-01"], _, A),
    ( member(N, A.notes), N.id == youth_protection_not_for_penal_purposes -> Has = true ; Has = false ).

:- end_tests(mandate_transparency).
