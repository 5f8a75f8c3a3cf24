/*  Notifiable diseases (Flemish decree of 21 November 2003, art. 45, two
    versions) and the professional who is himself the index case (contact
    tracing, cooperation agreement of 25 August 2020).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/public_health_notification.plt
*/
:- module(test_public_health_notification, []).
:- use_module(library(plunit)).
:- use_module(library(yall)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% A doctor diagnoses a notifiable disease.
base(doctor,
     [discloser=doctor, information=medical_data, recipient=health_authority,
      facts=[notifiable_disease=true, discloser_is_index_case=false], date="2020-01-01"]).

% A nurse is herself the index case.
base(index_case,
     [discloser=nurse, information=medical_data, recipient=health_authority,
      facts=[discloser_is_index_case=true], date="2021-01-01"]).

row(doctor, [],                                     obligatory-[public_health_notification]).
row(doctor, [notifiable_disease:false],             forbidden-[cp_458]).
row(doctor, [unknown(notifiable_disease)],          forbidden-[cp_458]).
% (the occupational doctor, named by the rule, is obligatory once a rule
% of who is bound binds him: v2-health's roles)
row(doctor, [information=administrative_data],      obligatory-[public_health_notification]).
row(doctor, [information=confidence],               forbidden-[cp_458]).
row(doctor, [recipient=employer],                   forbidden-[cp_458]).
row(doctor, [recipient=press],                      forbidden-[cp_458]).
row(doctor, [discloser=nurse],                      forbidden-[cp_458]).
row(doctor, [discloser=social_worker],              forbidden-[cp_458]).
% the day before and the day of each version
row(doctor, [date="2003-11-20"],                    forbidden-[cp_458]).
row(doctor, [date="2003-11-21"],                    obligatory-[public_health_notification]).
row(doctor, [date="2024-01-24"],                    obligatory-[public_health_notification]).
row(doctor, [date="2024-01-25"],                    obligatory-[public_health_notification]).
row(index_case, [],                                 not_covered-[no_secrecy_duty]).
row(index_case, [discloser_is_index_case:false],    forbidden-[cp_458]).
row(index_case, [information=client_status],        forbidden-[cp_458]).
row(index_case, [recipient=employer],               forbidden-[cp_458]).
row(index_case, [discloser=doctor, notifiable_disease:true], not_covered-[no_secrecy_duty]).

:- begin_tests(public_health_notification).

test(decision_table, [forall(row(Base, Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_version_of_art_45_applied,
     [forall(member(Date-Source, ["2024-01-24"-flemish_prevention_decree_art_45_2003,
                                  "2024-01-25"-flemish_prevention_decree_art_45_2024])),
      true(memberchk(Source, Versions))]) :-
    scenario(doctor, [date=Date], Scenario),
    versions_of(Scenario, Versions).

test(the_region_is_a_caveat, true(memberchk(notification_regions, Ids))) :-
    scenario(doctor, [], Scenario),
    caveat_ids(Scenario, Ids).

test(the_doctor_notifies_not_the_social_worker,
     [forall(member(Date-Note, ["2020-01-01"-notification_is_the_doctors_duty,
                                "2025-01-01"-notification_is_the_doctors_duty_2024])),
      true(Has == true)]) :-
    scenario(doctor, [discloser=social_worker, date=Date], Scenario),
    has_note(Scenario, Note, Has).

test(what_to_send_since_2024,
     [forall(member(Date-Expected, ["2024-01-24"-false, "2024-01-25"-true])), true(Has == Expected)]) :-
    scenario(doctor, [date=Date], Scenario),
    has_note(Scenario, notification_what_to_send_2024, Has).

test(the_contacts_of_an_index_case_are_what_the_kb_cannot_know,
     true(memberchk(index_case_contacts_unknown, Ids))) :-
    scenario(index_case, [information=client_status], Scenario),
    caveat_ids(Scenario, Ids).

% A disclosure that rests on a decree is told, before 2017-08-03 and from
% 2026-09-01, that art. 458 (then art. 352) names only "the law".
test(a_decree_is_not_named_by_art_458_before_2017_nor_by_art_352,
     [forall(member(Date-Expected, ["2017-08-02"-[decree_before_2017], "2017-08-03"-[],
                                    "2026-08-31"-[], "2026-09-01"-[decree_under_352]])),
      true(Got == Expected)]) :-
    caveat_ids([discloser=doctor, information=medical_data, recipient=health_authority,
                date=Date, facts=[notifiable_disease=true, discloser_is_index_case=false]],
               Caveats),
    include([C]>>memberchk(C, [decree_before_2017, decree_under_352]), Caveats, Got).

:- end_tests(public_health_notification).
