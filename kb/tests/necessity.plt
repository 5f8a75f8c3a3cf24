/*  État de nécessité, necessity (Cass., 13 May 1987) (s16, s25).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/necessity.plt

    Facing a grave and imminent danger that cannot be averted by other
    means, the professional may inform the authorities (police, procureur,
    investigating judge, mandating authority), within proportionality. A
    justification, never a duty; judged looking forward.
*/
:- module(test_necessity, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying case --------------------------------------------------------

% A social worker learns in a confidence of a grave and imminent danger to
% another, which nothing else can avert; informing the police is
% proportionate.
base(necessity,
     [discloser=social_worker, information=confidence, recipient=police,
      facts=[grave_imminent_danger=true, other_means=false, proportionate=true],
      date="2021-01-01"]).
% Before 1 September 2017, a CPAS staff member holding serious indications
% of a terrorist offence could rely on necessity alone (s25).
base(terrorism,
     [discloser=cpas_staff, information=confidence, recipient=public_prosecutor,
      facts=[serious_indications_terrorism=true, grave_imminent_danger=true,
             other_means=false, proportionate=true],
      date="2017-08-31"]).

condition(grave_imminent_danger, true).
condition(other_means,           false).
condition(proportionate,         true).

negated(true, false).
negated(false, true).

authority(police).
authority(public_prosecutor).
authority(investigating_judge).
authority(mandating_authority).

% --- Decision table: one condition varied at a time --------------------------

row([],                                 permitted-[necessity]).
row([recipient=public_prosecutor],      permitted-[necessity]).
row([recipient=investigating_judge],    permitted-[necessity]).
row([recipient=mandating_authority],    permitted-[necessity]).
row([grave_imminent_danger:false],      forbidden-[cp_458]).
row([unknown(grave_imminent_danger)],   forbidden-[cp_458]).
row([other_means:true],                 forbidden-[cp_458]).
row([unknown(other_means)],             forbidden-[cp_458]).
row([proportionate:false],              forbidden-[cp_458]).
row([unknown(proportionate)],           forbidden-[cp_458]).
row([recipient=press],                  forbidden-[cp_458]).
row([recipient=family],                 forbidden-[cp_458]).
row([recipient=employer],               forbidden-[cp_458]).
row([recipient=colleague],              forbidden-[cp_458]).
row([information=medical_data],         permitted-[necessity]).
row([discloser=private_individual],     not_covered-[no_secrecy_duty]).

:- begin_tests(necessity).

% seed: s16
test(applies, true(Outcome == permitted-[necessity])) :-
    base(necessity, Scenario),
    outcome(Scenario, Outcome).

% seed: s16, s08
test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(necessity, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s16
test(each_condition_false_defeats_it,
     [forall(condition(F, V)), true(Verdict == forbidden)]) :-
    negated(V, NotV),
    scenario(necessity, [F:NotV], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s16, s08
test(each_condition_unknown_leaves_it_open,
     [forall(condition(F, V)), true(Needs == [F=V])]) :-
    scenario(necessity, [unknown(F)], Scenario),
    open_of(Scenario, Open),
    once(member(necessity-necessity-permitted-Needs, Open)).

% seed: s16
test(never_to_press_family_or_employer,
     [forall(member(T, [press, family, employer])), true(Verdict == forbidden)]) :-
    scenario(necessity, [recipient=T], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s16
test(a_justification_never_a_duty,
     [forall(( authority(T), vocabulary:in_domain(information, K) )),
      true(Verdict == permitted)]) :-
    scenario(necessity, [recipient=T, information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s16, s19
test(caveats_of_necessity,
     [forall(authority(T)), true(Caveats == [keep_helping, necessity_looks_forward])]) :-
    scenario(necessity, [recipient=T], Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s16
test(no_necessity_caveat_without_necessity, true(Caveats == [])) :-
    scenario(necessity, [other_means:true], Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s25, s16
test(before_2017_terrorism_rested_on_necessity,
     true(Outcome-Has == (permitted-[necessity])-true)) :-
    base(terrorism, Scenario),
    outcome(Scenario, Outcome),
    has_note(Scenario, terrorism_before_2017, Has).

% seed: s25, s16
test(before_2017_necessity_needs_a_grave_and_imminent_danger,
     true(Outcome == forbidden-[cp_458])) :-
    scenario(terrorism, [grave_imminent_danger:false], Scenario),
    outcome(Scenario, Outcome).

% seed: s25, s24
test(from_1_september_2017_the_declaration_duty_beats_necessity,
     true(Outcome == obligatory-[cic_46bis1_declaration])) :-
    scenario(terrorism, [date="2017-09-01"], Scenario),
    outcome(Scenario, Outcome).

:- end_tests(necessity).
