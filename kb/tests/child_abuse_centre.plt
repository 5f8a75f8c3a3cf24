/*  Child-abuse centres: SOS Enfants (French Community decree of 12 May 2004,
    art. 3, § 2: a professional may call on them), Vertrouwenscentra
    Kindermishandeling (Flemish: no authorising text read).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/child_abuse_centre.plt
*/
:- module(test_child_abuse_centre, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% A psychologist worried about a child calls on an SOS Enfants team.
base(consultation,
     [discloser=psychologist, information=confidence, recipient=child_abuse_centre,
      facts=[victim_minor=true], date="2020-01-01"]).

row([],                                   permitted-[cp_458]).
row([victim_minor:false],                 forbidden-[cp_458]).
row([unknown(victim_minor)],              forbidden-[cp_458]).
row([recipient=colleague],                forbidden-[cp_458]).
row([discloser=doctor],                   permitted-[cp_458]).
row([discloser=teacher],                  not_covered-[no_secrecy_duty]).
row([discloser=private_individual],       not_covered-[no_secrecy_duty]).
% the day before and the day of the decree
row([date="2004-05-11"],                  forbidden-[cp_458]).
row([date="2004-05-12"],                  permitted-[cp_458]).

:- begin_tests(child_abuse_centre).

test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(consultation, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_caveats_limit_and_name_flanders,
     true(( memberchk(child_abuse_centre_only_what_is_needed, Ids),
            memberchk(vertrouwenscentrum_flanders, Ids) ))) :-
    scenario(consultation, [], Scenario),
    caveat_ids(Scenario, Ids).

test(flanders_is_named_even_when_forbidden, true(memberchk(vertrouwenscentrum_flanders, Ids))) :-
    scenario(consultation, [victim_minor:false], Scenario),
    caveat_ids(Scenario, Ids).

test(a_centres_other_staff_are_what_the_kb_cannot_know,
     true(memberchk(child_abuse_centre_staff_not_encoded, Ids))) :-
    caveat_ids([discloser=volunteer, institution=child_abuse_centre, information=confidence,
                recipient=press], Ids).

:- end_tests(child_abuse_centre).
