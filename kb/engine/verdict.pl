:- module(verdict,
          [ answer/2,                 % +Scenario, -Answer
            decide/2                  % +Scenario, -Decision
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(pairs)).
:- use_module('../law').
:- use_module('../vocabulary').
:- use_module(scenario).
:- use_module(prove).

/** <module> From proofs to an answer

decide/2 settles the verdict. The base rules (rules concluding a verdict
that are nobody's exception: art. 458 and its converse, no_secrecy_duty)
say whether secrecy applies; the exceptions to art. 458 in force are then
tried. A duty to speak beats a permission, a permission beats silence.
When whether secrecy applies is itself unknown, the principle holds: the
verdict is `forbidden` ("dans le doute, abstiens-toi", s08).

answer/2 adds what could still change the verdict (`open`), whether the
answer is `complete`, and the advice the law attaches to it.

`open` is computed exactly: each rule whose status is unknown is turned
into disjunctive normal form over the unknown facts, giving every minimal
set of facts that would make it hold; sets that contradict the given facts
are dropped, and each remaining set is tried for real.
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

scenario_date(scenario(_, _, _, _, _, _, Date), Date).

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

rule_provision(Rule, Provision) :-
    rule_meta(Rule, Props),
    memberchk(provision(Provision), Props).

%!  answer(+Scenario, -Answer) is det.
%
%   Answer = answer(Verdict, Basis, Complete, Open, Advice, Step, Date):
%
%     - Open: list of open(Provision, Rule, Verdict, Needs), Needs a list
%       of Fact=Value that would give Verdict;
%     - Complete: true when Open is empty;
%     - Advice: the ids of the advice whose condition holds (caveats and
%       notes), in rule-base order;
%     - Step: the justification tree, notes appended at its root.

answer(Scenario, answer(Verdict, Basis, Complete, Open, Advice, Step, Date)) :-
    decide(Scenario, decision(Verdict, Basis, Step0, Tried)),
    scenario_date(Scenario, Date),
    open_changes(Scenario, Verdict, Tried, Open),
    (   Open == [] -> Complete = true ; Complete = false ),
    findall(Id,
            ( advice(Id, _, Condition),
              advice_in_force(Id, Date),
              eval_condition(Condition, Scenario, answer(Verdict, Basis, Complete), true, _) ),
            Advice),
    findall(step(note(Id), true, []),
            ( member(Id, Advice), advice(Id, note, _) ),
            Notes),
    Step0 = step(Root, Status, Children0),
    append(Children0, Notes, Children),
    Step = step(Root, Status, Children).

% --- What could change the verdict --------------------------------------

open_changes(Scenario, Verdict, Tried, Open) :-
    findall(open(Provision, Rule, NewVerdict, Needs),
            ( member(Rule-unknown, Tried),
              candidate_rule(Rule, Scenario, Provision, Condition),
              minimal_requirements(Condition, Scenario, Needs),
              scenario_with_facts(Scenario, Needs, Hypothesis),
              decide(Hypothesis, decision(NewVerdict, _, _, _)),
              NewVerdict \== Verdict ),
            Open0),
    sort(Open0, Open).

% The rule whose unknown status matters, and what would make it hold. For
% art. 458 itself, unknown means secrecy might not apply at all: the
% change is towards no_secrecy_duty, made true by the duty failing.
candidate_rule(cp_458, _, no_secrecy_duty, Condition) :-
    !,
    rule(no_secrecy_duty, _, Condition).
candidate_rule(Rule, _, Provision, effective(Rule)) :-
    rule_provision(Rule, Provision).

%   minimal_requirements(+Condition, +Scenario, -Needs) is nondet.
%   Needs is a minimal list of Fact=Value, over facts unknown in Scenario,
%   that makes Condition true.
minimal_requirements(Condition, Scenario, Needs) :-
    requirements(Condition, Scenario, Terms0),
    maplist(sort, Terms0, Terms1),
    sort(Terms1, Terms),
    member(Needs, Terms),
    Needs \== [],
    \+ ( member(Smaller, Terms),
         Smaller \== Needs,
         subset(Smaller, Needs) ).

%   requirements(+Condition, +Scenario, -Terms)
%   Disjunctive normal form of Condition given Scenario's known facts:
%   Condition holds iff the facts of some term (a list of Fact=Value) hold.
requirements(effective(Rule), S, Terms) :-
    !,
    rule(Rule, _, Body),
    scenario_date(S, Date),
    findall(not(effective(E)), ( exception(E, Rule), rule_in_force(E, Date) ), NotExceptions),
    requirements(all([Body|NotExceptions]), S, Terms).
requirements(all(Cs), S, Terms) :-
    !,
    foldl(conjoin(S), Cs, [[]], Terms).
requirements(any(Cs), S, Terms) :-
    !,
    foldl(disjoin(S), Cs, [], Terms).
requirements(holds(Conclusion), S, Terms) :-
    !,
    scenario_date(S, Date),
    findall(effective(Id),
            ( rule(Id, C0, _), \+ C0 \= Conclusion, rule_in_force(Id, Date) ),
            Rules),
    requirements(any(Rules), S, Terms).
requirements(not(C), S, Terms) :-
    !,
    negation(C, S, Negated),
    requirements(Negated, S, Terms).
requirements(constant(Status), _, Terms) :-
    !,
    leaf_terms(Status, constant, Terms).
requirements(Leaf, S, Terms) :-
    eval_condition(Leaf, S, none, Status, _),
    leaf_terms(Status, Leaf, Terms).

leaf_terms(true, _, [[]]).
leaf_terms(false, _, []).
leaf_terms(unknown, fact(F), [[F=true]]).
leaf_terms(unknown, no(F), [[F=false]]).

conjoin(S, C, Terms0, Terms) :-
    requirements(C, S, CTerms),
    findall(T,
            ( member(T0, Terms0),
              member(T1, CTerms),
              union(T0, T1, T),
              \+ ( member(F=true, T), memberchk(F=false, T) ) ),
            Terms).

disjoin(S, C, Terms0, Terms) :-
    requirements(C, S, CTerms),
    append(Terms0, CTerms, Terms).

%   negation(+Condition, +Scenario, -Negated): negation pushed inwards.
negation(all(Cs), _, any(Ns)) :- !, maplist(negate_condition, Cs, Ns).
negation(any(Cs), _, all(Ns)) :- !, maplist(negate_condition, Cs, Ns).
negation(not(C), _, C) :- !.
negation(fact(F), _, no(F)) :- !.
negation(no(F), _, fact(F)) :- !.
negation(effective(Rule), S, any([not(Body)|Exceptions])) :-
    !,
    rule(Rule, _, Body),
    scenario_date(S, Date),
    findall(effective(E), ( exception(E, Rule), rule_in_force(E, Date) ), Exceptions).
negation(holds(Conclusion), S, all(Negated)) :-
    !,
    scenario_date(S, Date),
    findall(not(effective(Id)),
            ( rule(Id, C0, _), \+ C0 \= Conclusion, rule_in_force(Id, Date) ),
            Negated).
negation(Leaf, S, constant(Negated)) :-
    eval_condition(not(Leaf), S, none, Negated, _).

negate_condition(C, not(C)).
