:- module(verdict,
          [ decide/2,                 % +Scenario, -Decision
            principle_in_force/3,     % +Date, -Base, -Converse
            rule_provision/2,         % ?Rule, ?Provision
            provision_on/3            % +Provision0, +Date, -Provision
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module('../sources', [entry_into_force/2]).
:- use_module('../vocabulary').
:- use_module(scenario).
:- use_module(prove).

/** <module> The verdict

decide/2 settles the verdict. The rule book declares the principle
(law:principle/2): the base rule of secrecy in force on the scenario's date
says whether secrecy applies, and its converse gives `not_covered` when it
does not. The exceptions to the base rule in force are then tried. A duty
to speak beats a permission, a permission beats silence. When whether
secrecy applies is itself unknown, the principle holds: the verdict is
`forbidden` ("dans le doute, abstiens-toi", s08).

No provision is named here: which article is the principle, and from when,
is data of the rule book.
*/

%!  decide(+Scenario, -Decision) is det.
%
%   Decision = decision(Verdict, Basis, Step, Tried): the verdict, the
%   provisions that ground it (most specific first), the justification
%   tree, and the rules whose status decided it, as Rule-Status pairs (the
%   base rule's own condition first, then each exception to it).

decide(Scenario, decision(Verdict, Basis, Step, Tried)) :-
    scenario_date(Scenario, Date),
    principle_in_force(Date, Base, Converse),
    rule_parts(Base, Scenario, Duty, BodyChildren, ExceptionSteps),
    findall(E-St, member(step(exception(E), St, _), ExceptionSteps), ExceptionStatuses),
    Tried = [Base-Duty|ExceptionStatuses],
    (   Duty == false
    ->  Verdict = not_covered,
        rule_provision(Converse, ConverseProvision),
        Basis = [ConverseProvision],
        prove_rule(Converse, Scenario, _, Step)
    ;   include(holding, ExceptionStatuses, Holding),
        pairs_keys(Holding, HoldingRules),
        strongest_verdict([Base|HoldingRules], Verdict),
        verdict_basis(Verdict, Date, Base, HoldingRules, Basis),
        append(BodyChildren, ExceptionSteps, Children),
        Step = step(rule(Base), Duty, Children)
    ).

holding(_-true).

%!  principle_in_force(+Date, -Base, -Converse) is det.
%
%   Base is the rule the rule book declares as the principle of secrecy
%   (law:principle(secrecy, Base)) in force on Date, Converse its converse
%   (principle(no_duty, Converse)). Raises an existence error when the rule
%   book declares none for Date.

principle_in_force(Date, Base, Converse) :-
    principle_rule(secrecy, Date, Base),
    principle_rule(no_duty, Date, Converse).

principle_rule(Kind, Date, Rule) :-
    principle(Kind, Rule),
    rule_in_force(Rule, Date),
    !.
principle_rule(Kind, Date, _) :-
    throw(error(existence_error(principle, Kind), context(decide/2, Date))).

strongest_verdict(Rules, Verdict) :-
    findall(Rank-V,
            ( member(R, Rules),
              rule(R, verdict(V), _),
              verdict_rank(V, Rank) ),
            Ranked),
    max_member(_-Verdict, Ranked).

% Silence rests on the principle, and on every exception that holds and
% itself concludes silence (an exception to an exception, which sets aside
% a permission), most specific first.
verdict_basis(forbidden, Date, Base, Rules, Basis) :-
    !,
    findall(P,
            ( in_domain(provision, P),
              member(R, Rules),
              rule(R, verdict(forbidden), _),
              rule_provision_on(R, Date, P) ),
            Own),
    rule_provision(Base, Provision),
    append(Own, [Provision], Basis0),
    list_to_set(Basis0, Basis).
verdict_basis(Verdict, Date, _, Rules, Basis) :-
    findall(P,
            ( in_domain(provision, P),
              member(R, Rules),
              rule(R, verdict(Verdict), _),
              rule_provision_on(R, Date, P) ),
            Basis0),
    list_to_set(Basis0, Basis).

rule_provision_on(Rule, Date, Provision) :-
    rule_provision(Rule, Provision0),
    provision_on(Provision0, Date, Provision).

%!  provision_on(+Provision0, +Date, -Provision) is det.
%
%   Provision is what a rule or advice of provision Provision0 is cited
%   under on Date: `principle` stands for the provision of the principle in
%   force then; a provision replaced by then (law:provision_successor/3,
%   from its instrument's entry into force) for its successor; any other
%   for itself.

provision_on(principle, Date, Provision) :-
    !,
    principle_in_force(Date, Base, _),
    rule_provision(Base, Provision).
provision_on(Provision0, Date, Provision) :-
    provision_successor(Provision0, Successor, Instrument),
    entry_into_force(Instrument, From),
    Date @>= From,
    !,
    provision_on(Successor, Date, Provision).
provision_on(Provision, _, Provision).

%!  rule_provision(?Rule, ?Provision) is nondet.
%
%   Rule encodes Provision (contract table B).

rule_provision(Rule, Provision) :-
    rule_meta(Rule, Props),
    memberchk(provision(Provision), Props).
