:- module(prove,
          [ rule_in_force/2,          % ?RuleId, +Date
            advice_in_force/2,        % ?AdviceId, +Date
            unencoded_in_force/2,     % ?UnencodedId, +Date
            source_in_force/2,        % ?SourceId, +Date
            prove_rule/4,             % +RuleId, +Scenario, -Status, -Step
            rule_parts/5,             % +RuleId, +Scenario, -BodyStatus, -BodySteps, -ExceptionSteps
            eval_condition/5          % +Condition, +Scenario, +Context, -Status, -Step
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module('../sources').
:- use_module(scenario).

/** <module> The meta-interpreter: proving a rule, three-valued, with its tree

A condition is true, false or unknown (Kleene's strong logic): a fact not
given is unknown, `all` is the minimum of its parts, `any` the maximum,
`not` swaps true and false. A rule's effective status is its condition's,
set aside by any exception that holds: effective = body AND NOT exception.

Every evaluation also returns a step, the justification tree as a term:

    step(rule(Id),      Status, Children)   a rule of law/ tried
    step(exception(Id), Status, Children)   an exception to a rule tried
    step(Condition,     Status, Children)   a condition (leaves: [])

Only rules in force on the scenario's date take part.
*/

%!  rule_in_force(?RuleId, +Date) is nondet.
%
%   RuleId's source version is in force on Date: From =< Date < To, an
%   `open` bound being no bound.

rule_in_force(Id, Date) :-
    rule_meta(Id, Props),
    memberchk(source(Source), Props),
    source_in_force(Source, Date).

%!  advice_in_force(?AdviceId, +Date) is nondet.
%
%   The source version AdviceId cites is in force on Date.

advice_in_force(Id, Date) :-
    advice_meta(Id, Props),
    memberchk(source(Source), Props),
    source_in_force(Source, Date).

%!  unencoded_in_force(?UnencodedId, +Date) is nondet.
%
%   The source version the unencoded block UnencodedId cites (the law not
%   encoded) is in force on Date.

unencoded_in_force(Id, Date) :-
    unencoded_meta(Id, Props),
    memberchk(source(Source), Props),
    source_in_force(Source, Date).

%!  source_in_force(?SourceId, +Date) is nondet.
%
%   The version SourceId of a text is in force on Date.

source_in_force(Source, Date) :-
    source(Source, _, _, version(From, To), _, _),
    date_after_start(Date, From),
    date_before_end(Date, To).

date_after_start(_, open) :- !.
date_after_start(Date, From) :- Date @>= From.

date_before_end(_, open) :- !.
date_before_end(Date, To) :- Date @< To.

%!  prove_rule(+RuleId, +Scenario, -Status, -Step) is det.
%
%   Status is the effective status of rule RuleId for Scenario: its
%   condition, set aside by any of its exceptions in force. Step is the
%   tree: the condition's steps, then each exception tried.

prove_rule(Id, Scenario, Status, step(rule(Id), Status, Children)) :-
    rule_parts(Id, Scenario, BodyStatus, BodyChildren, ExceptionSteps),
    findall(St, member(step(_, St, _), ExceptionSteps), ExceptionStatuses),
    maplist(status_not, ExceptionStatuses, NotExceptions),
    status_and([BodyStatus|NotExceptions], Status),
    append(BodyChildren, ExceptionSteps, Children).

%!  rule_parts(+RuleId, +Scenario, -BodyStatus, -BodySteps, -ExceptionSteps) is det.
%
%   The two halves of proving RuleId: the status of its own condition with
%   the steps under it, and the step of each of its exceptions in force
%   (step(exception(E), Status, Children)), in rule-book order.

rule_parts(Id, Scenario, BodyStatus, BodyChildren, ExceptionSteps) :-
    rule(Id, _, Condition),
    eval_condition(Condition, Scenario, none, BodyStatus, BodyStep),
    body_children(BodyStep, BodyChildren),
    exceptions_of(Id, Scenario, _, ExceptionSteps).

% A rule's body `all([...])` shows its parts directly under the rule.
body_children(step(all(_), _, Children), Children) :- !.
body_children(Step, [Step]).

exceptions_of(Id, Scenario, Statuses, Steps) :-
    scenario_date(Scenario, Date),
    findall(Status-step(exception(E), Status, Children),
            ( exception(E, Id),
              rule_in_force(E, Date),
              prove_rule(E, Scenario, Status, step(_, _, Children)) ),
            Pairs),
    pairs_keys_values(Pairs, Statuses, Steps).


%!  eval_condition(+Condition, +Scenario, +Context, -Status, -Step) is det.
%
%   Status is the three-valued truth of Condition in Scenario. Context is
%   `none` for legal conditions, or answer(Verdict, Basis, Complete) when
%   the condition of an advice or of an unencoded block reads the answer.

eval_condition(all(Cs), S, Ctx, Status, step(all(Cs), Status, Steps)) :-
    !,
    eval_all(Cs, S, Ctx, Statuses, Steps),
    status_and(Statuses, Status).
eval_condition(any(Cs), S, Ctx, Status, step(any(Cs), Status, Steps)) :-
    !,
    eval_all(Cs, S, Ctx, Statuses, Steps),
    status_or(Statuses, Status).
eval_condition(not(C), S, Ctx, Status, step(not(C), Status, [Step])) :-
    !,
    eval_condition(C, S, Ctx, Status0, Step),
    status_not(Status0, Status).
eval_condition(holds(Conclusion), S, _, Status, step(holds(Conclusion), Status, Steps)) :-
    !,
    scenario_date(S, Date),
    findall(St-Step,
            ( rule(Id, Conclusion0, _),
              \+ Conclusion0 \= Conclusion,
              rule_in_force(Id, Date),
              prove_rule(Id, S, St, Step) ),
            Pairs),
    pairs_keys_values(Pairs, Statuses, AllSteps),
    status_or(Statuses, Status),
    relevant_steps(Status, AllSteps, Steps).
eval_condition(Leaf, S, Ctx, Status, step(Leaf, Status, [])) :-
    leaf_status(Leaf, S, Ctx, Status).

% When a conclusion holds, the rules that prove it explain it; when it
% does not, every rule tried and failed explains why not.
relevant_steps(true, AllSteps, Steps) :-
    !,
    include(step_holds, AllSteps, Steps).
relevant_steps(_, Steps, Steps).

step_holds(step(_, true, _)).

eval_all([], _, _, [], []).
eval_all([C|Cs], S, Ctx, [St|Sts], [Step|Steps]) :-
    eval_condition(C, S, Ctx, St, Step),
    eval_all(Cs, S, Ctx, Sts, Steps).

leaf_status(fact(F), S, _, Status) :-
    fact_status(S, F, Status).
leaf_status(lacking(F), S, _, Status) :-
    fact_status(S, F, Value),
    (   Value == true -> Status = false ; Status = true ).
leaf_status(no(F), S, _, Status) :-
    fact_status(S, F, Status0),
    status_not(Status0, Status).
leaf_status(role_in(Rs), scenario(D, _, _, _, _, _, _), _, Status) :-
    member_status(D, Rs, Status).
leaf_status(institution_in(Is), scenario(_, I, _, _, _, _, _), _, Status) :-
    member_status(I, Is, Status).
leaf_status(information_in(Ks), scenario(_, _, K, _, _, _, _), _, Status) :-
    member_status(K, Ks, Status).
leaf_status(recipient_in(Ts), scenario(_, _, _, T, _, _, _), _, Status) :-
    member_status(T, Ts, Status).
leaf_status(verdict_in(Vs), _, answer(V, _, _), Status) :-
    member_status(V, Vs, Status).
leaf_status(basis_has(P), _, answer(_, Basis, _), Status) :-
    member_status(P, Basis, Status).
leaf_status(incomplete, _, answer(_, _, Complete), Status) :-
    status_not(Complete, Status).

member_status(X, Xs, Status) :-
    (   memberchk(X, Xs)
    ->  Status = true
    ;   Status = false
    ).

%   status_and(+Statuses, -Status)
%
%   Kleene conjunction: false if any is false, else unknown if any is
%   unknown, else true.

status_and(Statuses, Status) :-
    (   memberchk(false, Statuses) -> Status = false
    ;   memberchk(unknown, Statuses) -> Status = unknown
    ;   Status = true
    ).

%   status_or(+Statuses, -Status)
%
%   Kleene disjunction: true if any is true, else unknown if any is
%   unknown, else false.

status_or(Statuses, Status) :-
    (   memberchk(true, Statuses) -> Status = true
    ;   memberchk(unknown, Statuses) -> Status = unknown
    ;   Status = false
    ).

status_not(true, false).
status_not(false, true).
status_not(unknown, unknown).
