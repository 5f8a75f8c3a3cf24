/*  School staff's duty of discretion, which is not professional secrecy:
    verdict not_covered, the duty named in a caveat; art. 29 CIC flagged.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/official_discretion.plt
*/
:- module(test_official_discretion, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% A teacher is asked by the police what a pupil told him.
base(teacher,
     [discloser=teacher, institution=school, information=confidence, recipient=police,
      date="2020-01-01"]).

row([],                                   not_covered-[no_secrecy_duty]).
row([institution=pms_centre],             forbidden-[cp_458]).   % working in a PMS centre binds
row([recipient=press],                    not_covered-[no_secrecy_duty]).
row([recipient=parents],                  not_covered-[no_secrecy_duty]).
row([information=medical_data],           not_covered-[no_secrecy_duty]).
row([date="1990-01-01"],                  not_covered-[no_secrecy_duty]).
row([discloser=pms_staff],                forbidden-[cp_458]).

:- begin_tests(official_discretion).

test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(teacher, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_duty_of_discretion_is_named, true(Ids == [teacher_duty_of_discretion, teacher_public_official_cic_29])) :-
    scenario(teacher, [], Scenario),
    caveat_ids(Scenario, Ids0),
    findall(I, ( member(I, Ids0), memberchk(I, [teacher_duty_of_discretion, teacher_public_official_cic_29]) ), Ids).

test(a_teacher_is_a_complete_answer, true(Open == [])) :-
    scenario(teacher, [], Scenario),
    open_of(Scenario, Open).

test(telling_the_school_is_not_shared_secrecy, true(Has == true)) :-
    has_note([discloser=social_worker, information=confidence, recipient=school],
             school_is_not_a_secret_holder, Has).

:- end_tests(official_discretion).
