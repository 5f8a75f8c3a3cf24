/*  Volunteers (law of 3 July 2005, not read), and the institutions of
    contract version 2: CAW, Veilig Huis (family justice centre), prison.
    Where the kb cannot tell, the answer says so in a caveat.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/volunteers_and_institutions.plt
*/
:- module(test_volunteers_and_institutions, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

base(volunteer,
     [discloser=volunteer, information=confidence, recipient=press, date="2020-01-01"]).

% Volunteers in an institution whose rules bind everyone working there.
row([],                                   not_covered-[no_secrecy_duty]).
row([institution=hospital],               forbidden-[cp_458]).
row([institution=cpas],                   forbidden-[cp_458]).
row([institution=youth_aid_service],      forbidden-[cp_458]).
row([institution=pms_centre],             forbidden-[cp_458]).
row([institution=association],            not_covered-[no_secrecy_duty]).
row([institution=general_welfare_centre], not_covered-[no_secrecy_duty]).

:- begin_tests(volunteers_and_institutions).

test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(volunteer, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_kb_says_it_cannot_tell,
     [forall(member(I, [none, association, general_welfare_centre])),
      true(memberchk(volunteer_secrecy_unknown, Ids))]) :-
    (   I == none -> Changes = [] ; Changes = [institution=I] ),
    scenario(volunteer, Changes, Scenario),
    caveat_ids(Scenario, Ids).

test(no_doubt_where_a_rule_binds, true(\+ memberchk(volunteer_secrecy_unknown, Ids))) :-
    scenario(volunteer, [institution=hospital], Scenario),
    caveat_ids(Scenario, Ids).

test(caw_others_are_what_the_kb_cannot_know, true(memberchk(caw_staff_not_encoded, Ids))) :-
    scenario(volunteer, [institution=general_welfare_centre], Scenario),
    caveat_ids(Scenario, Ids).

test(a_caw_social_worker_is_bound,
     [forall(member(Date-Basis, ["2026-08-31"-[cp_458], "2026-09-01"-[cp2024_352]])),
      true(Outcome == forbidden-Basis)]) :-
    outcome([discloser=social_worker, institution=general_welfare_centre, information=confidence,
             recipient=press, date=Date], Outcome).

test(a_veilig_huis_shares_in_casusoverleg,
     [forall(member(Date-Has, ["2024-03-28"-false, "2024-03-29"-true])), true(Noted == Has)]) :-
    has_note([discloser=social_worker, institution=family_justice_centre, information=confidence,
              recipient=police, date=Date], family_justice_centre_casusoverleg, Noted).

test(prison_law_is_not_encoded, true(memberchk(prison_law_not_encoded, Ids))) :-
    caveat_ids([discloser=psychologist, institution=prison, information=confidence,
                recipient=police], Ids).

:- end_tests(volunteers_and_institutions).
