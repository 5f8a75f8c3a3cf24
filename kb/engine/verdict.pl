:- module(verdict,
          [ decide/2,                 % +Scenario, -Decision
            rule_provision/2          % ?Rule, ?Provision
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module('../law').
:- use_module('../vocabulary').
:- use_module(scenario).
:- use_module(prove).

/** <module> The verdict

decide/2 settles the verdict. Art. 458 says whether secrecy applies (its
converse, no_secrecy_duty, gives `not_covered`); the exceptions to art. 458
in force are then tried. A duty to speak beats a permission, a permission
beats silence. When whether secrecy applies is itself unknown, the
principle holds: the verdict is `forbidden` ("dans le doute, abstiens-toi",
s08).
*/

%!  decide(+Scenario, -Decision) is det.
%
%   Decision = decision(Verdict, Basis, Step, Tried): the verdict, the
%   provisions that ground it (most specific first), the justification
%   tree, and the rules whose status decided it, as Rule-Status pairs.

decide(Scenario, decision(Verdict, Basis, Step, Tried)) :-
    scenario_date(Scenario, Date),
    base_rule(cp_458, Date),
    prove_rule(cp_458, Scenario, _, step(rule(cp_458), _, Children)),
    rule(cp_458, _, DutyCondition),
    eval_condition(DutyCondition, Scenario, none, Duty, _),
    findall(E-St, member(step(exception(E), St, _), Children), ExceptionStatuses),
    Tried = [cp_458-Duty|ExceptionStatuses],
    (   Duty == false
    ->  Verdict = not_covered,
        Basis = [no_secrecy_duty],
        prove_rule(no_secrecy_duty, Scenario, _, Step)
    ;   include(holding, ExceptionStatuses, Holding),
        pairs_keys(Holding, HoldingRules),
        strongest_verdict(HoldingRules, Verdict),
        verdict_basis(Verdict, HoldingRules, Basis),
        Step = step(rule(cp_458), Duty, Children)
    ).


holding(_-true).

base_rule(Id, Date) :-
    rule_in_force(Id, Date),
    !.
base_rule(Id, Date) :-
    throw(error(existence_error(rule_in_force, Id), context(decide/2, Date))).

strongest_verdict(Rules, Verdict) :-
    findall(Rank-V,
            ( member(R, [cp_458|Rules]),
              rule(R, verdict(V), _),
              verdict_rank(V, Rank) ),
            Ranked),
    max_member(_-Verdict, Ranked).

verdict_basis(forbidden, _, [cp_458]) :- !.
verdict_basis(Verdict, Rules, Basis) :-
    findall(P,
            ( in_domain(provision, P),
              member(R, Rules),
              rule(R, verdict(Verdict), _),
              rule_provision(R, P) ),
            Basis0),
    list_to_set(Basis0, Basis).

%!  rule_provision(?Rule, ?Provision) is nondet.
%
%   Rule encodes Provision (contract table B).

rule_provision(Rule, Provision) :-
    rule_meta(Rule, Props),
    memberchk(provision(Provision), Props).
