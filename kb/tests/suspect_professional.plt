/*  The professional personally suspected (s07, s01).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/suspect_professional.plt

    Secrecy protects the profession and the people, not the professional:
    one personally suspected cannot oppose it to the investigation (police,
    procureur, investigating judge, trial court) and may reveal what the
    defence strictly needs.
*/
:- module(test_suspect_professional, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying case --------------------------------------------------------

% A doctor suspected of a medical error, before the investigating judge.
base(suspect,
     [discloser=doctor, information=medical_data, recipient=investigating_judge,
      facts=[discloser_is_suspect=true], date="2020-01-01"]).

investigator(police).
investigator(public_prosecutor).
investigator(investigating_judge).
investigator(trial_court).

% --- Decision table: one condition varied at a time --------------------------

row([],                                  permitted-[suspect_professional]).
row([recipient=police],                  permitted-[suspect_professional]).
row([recipient=public_prosecutor],       permitted-[suspect_professional]).
row([recipient=trial_court],             permitted-[suspect_professional]).
row([discloser_is_suspect:false],        forbidden-[cp_458]).
row([unknown(discloser_is_suspect)],     forbidden-[cp_458]).
row([recipient=press],                   forbidden-[cp_458]).
row([recipient=family],                  forbidden-[cp_458]).
row([recipient=employer],                forbidden-[cp_458]).
row([recipient=colleague],               forbidden-[cp_458]).
row([recipient=parliamentary_inquiry],   forbidden-[cp_458]).
row([information=confidence],            permitted-[suspect_professional]).
row([discloser=social_worker],           permitted-[suspect_professional]).
row([discloser=private_individual],      not_covered-[no_secrecy_duty]).

:- begin_tests(suspect_professional).

% seed: s07, s01
test(applies, true(Outcome == permitted-[suspect_professional])) :-
    base(suspect, Scenario),
    outcome(Scenario, Outcome).

% seed: s07, s01, s08
test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(suspect, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s07
test(every_investigating_authority,
     [forall(investigator(T)), true(Outcome == permitted-[suspect_professional])]) :-
    scenario(suspect, [recipient=T], Scenario),
    outcome(Scenario, Outcome).

% seed: s07
test(not_the_press, true(Outcome == forbidden-[cp_458])) :-
    scenario(suspect, [recipient=press], Scenario),
    outcome(Scenario, Outcome).

% seed: s07, s08
test(unknown_suspicion_is_open, true(Needs == [discloser_is_suspect=true])) :-
    scenario(suspect, [unknown(discloser_is_suspect)], Scenario),
    open_of(Scenario, Open),
    once(member(suspect_professional-suspect_professional-permitted-Needs, Open)).

% seed: s07
test(only_what_the_defence_needs,
     [forall(investigator(T)), true(Has == true)]) :-
    scenario(suspect, [recipient=T], Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(suspect_only_what_the_defence_needs, Caveats) -> Has = true ; Has = false ).

% seed: s07
test(no_defence_caveat_without_suspicion, true(Has == false)) :-
    scenario(suspect, [discloser_is_suspect:false], Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(suspect_only_what_the_defence_needs, Caveats) -> Has = true ; Has = false ).

% seed: s07
test(a_permission_never_a_duty,
     [forall(( investigator(T), vocabulary:in_domain(information, K) )),
      true(Verdict == permitted)]) :-
    scenario(suspect, [recipient=T, information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

:- end_tests(suspect_professional).
