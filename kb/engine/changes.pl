:- module(changes,
          [ what_if/3,                % +Scenario, +Scope, -Changes
            decision_changes/4,       % +Scenario, +Decision, +Scope, -Changes
            next_question/2,          % +Scenario, -Fact
            requirements/3            % +Condition, +Scenario, -Terms
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module('../vocabulary').
:- use_module(scenario).
:- use_module(prove).
:- use_module(verdict).

/** <module> What would change the verdict

what_if/3 finds the minimal sets of fact changes that change the verdict.
Each rule that could decide it (the principle of secrecy in force, and each
exception to it in force) is put in disjunctive normal form: every term is a set of
facts that makes the rule hold (or, for a rule that holds, fail). The
facts of a term that already have their value are dropped; the given
facts that the term's facts contradict (through vocabulary:fact_implies/2)
are flipped too, and a term that contradicts what the recipient entails
(vocabulary:recipient_implies/2, which no change of facts can undo) is
dropped, so no contradictory set is ever proposed. Each set is then
tried for real with decide/2; only the sets that change the verdict are
kept, and none that contains another giving the same verdict on the same
basis. Sets are ranked by size, then by provision (most specific first).

Scope `unknown` only sets facts that are unknown: that is the answer's
`open`. Scope `any` may also flip given facts and defaults. A claim
(vocabulary:claim_fact/1, such as "a law the knowledge base does not encode
obliges me") is never proposed nor asked: it counts only when the user
states it.
*/

%!  what_if(+Scenario, +Scope, -Changes:list) is det.
%
%   Changes lists change(Facts, Verdict, Basis, Rule): setting Facts (a
%   sorted list of Fact=Value) gives Verdict on Basis, through Rule. Scope
%   is `unknown` (set unknown facts only) or `any` (also flip given facts).

what_if(Scenario, Scope, Changes) :-
    decide(Scenario, Decision),
    decision_changes(Scenario, Decision, Scope, Changes).

%!  decision_changes(+Scenario, +Decision, +Scope, -Changes:list) is det.
%
%   As what_if/3, from the Decision decide/2 already gave for Scenario: an
%   answer computes its verdict once and reuses it for `open`.

decision_changes(Scenario, decision(Verdict, _, _, Tried), Scope, Changes) :-
    scope_scenario(Scope, Scenario, Base),
    findall(change(Facts, NewVerdict, NewBasis, Rule),
            ( member(Rule-Status, Tried),
              target(Rule, Status, Target),
              requirements(Target, Base, Terms),
              member(Term, Terms),
              needed_changes(Term, Scenario, Facts),
              \+ ( member(F=_, Facts), claim_fact(F) ),
              Facts \== [],
              scenario_with_facts(Scenario, Facts, Hypothesis),
              decide(Hypothesis, decision(NewVerdict, NewBasis, _, _)),
              NewVerdict \== Verdict ),
            Found0),
    sort(Found0, Found),
    exclude(has_smaller(Found), Found, Minimal),
    map_list_to_pairs(rank, Minimal, Ranked),
    keysort(Ranked, Sorted),
    pairs_values(Sorted, Changes).

% What to aim at for each rule that took part: the principle's own
% condition (the duty of secrecy) to fail or to hold (either, when it is
% unknown), an exception to hold or, when it holds, to fail.
target(Rule, Status, Target) :-
    principle(secrecy, Rule),
    !,
    rule(Rule, _, Duty),
    duty_target(Status, Duty, Target).
target(Rule, true, not(effective(Rule))) :- !.
target(Rule, _, effective(Rule)).

duty_target(true,    Duty, not(Duty)).
duty_target(unknown, Duty, not(Duty)).
duty_target(unknown, Duty, Duty).
duty_target(false,   Duty, Duty).

% In scope `unknown` the given facts stay as they are; in scope `any`
% every fact is open to change, except what the recipient entails.
scope_scenario(unknown, Scenario, Scenario).
scope_scenario(any, scenario(D, I, K, T, _, _, Date), scenario(D, I, K, T, Fixed, [], Date)) :-
    entailed_facts(T, [], Fixed).

% The facts of Term that do not already have their value, plus the given
% facts they contradict, flipped; none when Term contradicts the recipient.
needed_changes(Term, Scenario, Facts) :-
    exclude(already_holds(Scenario), Term, Changing),
    Scenario = scenario(_, _, _, Recipient, _, _, _),
    entailed_facts(Recipient, Changing, Entailed),
    findall(F=V,
            ( member(F=V, Entailed),
              fact_status(Scenario, F, Current),
              Current \== unknown,
              Current \== V ),
            Forced),
    append(Changing, Forced, Facts0),
    sort(Facts0, Facts).

already_holds(Scenario, F=V) :-
    fact_status(Scenario, F, V).

has_smaller(Found, change(Facts, Verdict, Basis, _)) :-
    member(change(Smaller, Verdict, Basis, _), Found),
    Smaller \== Facts,
    subset(Smaller, Facts).

rank(change(Facts, _, [Provision|_], _), Size-Order) :-
    length(Facts, Size),
    domain_values(provision, Provisions),
    once(nth0(Order, Provisions, Provision)).

%!  next_question(+Scenario, -Fact) is semidet.
%
%   Fact is the unknown fact whose answer matters most: it appears in the
%   most ways the verdict could still change, smaller sets weighing more,
%   and between equals the one the vocabulary lists first. A fact that
%   only takes its default (vocabulary:fact_default/2) counts as unknown:
%   an interview confirms it. Facts the scenario gives as explicitly
%   unknown are not asked again, and the ways that need them no longer
%   count. Fails when nothing left can change the verdict.

next_question(Scenario, Fact) :-
    Scenario = scenario(_, _, _, _, _, Given, _),
    findall(F=unknown, ( fact_default(F, _), \+ claim_fact(F), \+ memberchk(F=_, Given) ),
            Undefaulted),
    scenario_with_facts(Scenario, Undefaulted, Asked),
    what_if(Asked, unknown, Changes),
    findall(F-Weight,
            ( member(change(Facts, _, _, _), Changes),
              \+ ( member(G=_, Facts), memberchk(G=unknown, Given) ),
              length(Facts, N),
              Weight is 1 / N,
              member(F=_, Facts) ),
            Weighted),
    Weighted \== [],
    keysort(Weighted, Sorted),
    group_pairs_by_key(Sorted, Groups),
    findall((Total-NegOrder)-F,
            ( member(F-Weights, Groups),
              sum_list(Weights, Total),
              domain_values(fact, Facts),
              once(nth0(Order, Facts, F)),
              NegOrder is -Order ),
            Scored),
    max_member(_-Fact, Scored).

% --- Disjunctive normal form ---------------------------------------------

%!  requirements(+Condition, +Scenario, -Terms) is det.
%
%   Terms is the disjunctive normal form of Condition given Scenario's
%   known facts: Condition holds iff the facts of some term (a list of
%   Fact=Value) hold. `effective(Rule)` stands for Rule's condition and
%   the failure of its exceptions in force.
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
negation(lacking(F), _, fact(F)) :- !.        % not established, negated: established
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

