:- module(answer,
          [ answer/2                  % +Scenario, -Answer
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- use_module('../sources').
:- use_module('../law').
:- use_module(prove).
:- use_module(verdict).
:- use_module(changes).

/** <module> An answer: the verdict, what could change it, what to heed

answer/2 adds to the verdict of decide/2 what could still change it
(`open`: the changes of unknown facts that what_if/3 finds), the laws the
knowledge base does not encode that govern the case (`unencoded`), whether
the answer is `complete`, and the advice in force whose condition holds.
*/

%!  answer(+Scenario, -Answer) is det.
%
%   Answer = answer(Verdict, Basis, Complete, Open, Unencoded, Advice, Step, Date):
%
%     - Open: list of open(Provision, Rule, Verdict, Needs): setting the
%       unknown facts Needs (Fact=Value) would give Verdict, on Provision,
%       through Rule;
%     - Unencoded: the ids of the unencoded blocks in force (law:unencoded/2)
%       whose condition holds or may hold (true or unknown) of the answer,
%       read with `complete` as Open alone gives it: the case falls
%       under a law the knowledge base does not encode, in rule-book order;
%     - Complete: true when Open and Unencoded are both empty;
%     - Advice: the ids of the advice in force whose condition holds
%       (caveats and notes): first the advice of the principle's own
%       article (the provisions of the rules that cite it: the duty,
%       testimony, the penalty), then the others, each group in
%       rule-book (statute) order;
%     - Step: the justification tree, notes appended at its root.

answer(Scenario, answer(Verdict, Basis, Complete, Open, Unencoded, Advice, Step, Date)) :-
    decide(Scenario, Decision),
    Decision = decision(Verdict, Basis, Step0, _),
    Scenario = scenario(_, _, _, _, _, _, Date),
    decision_changes(Scenario, Decision, unknown, Changes),
    maplist(open_change, Changes, Open),
    (   Open == [] -> Decided = true ; Decided = false ),
    findall(Id,
            ( unencoded(Id, Condition),
              unencoded_in_force(Id, Date),
              eval_condition(Condition, Scenario, answer(Verdict, Basis, Decided), Status, _),
              Status \== false ),
            Unencoded),
    (   Decided == true, Unencoded == [] -> Complete = true ; Complete = false ),
    findall(Id,
            ( advice(Id, _, Condition),
              advice_in_force(Id, Date),
              eval_condition(Condition, Scenario, answer(Verdict, Basis, Complete), true, _) ),
            Holding),
    principle_first(Holding, Date, Advice),
    findall(step(note(Id), true, []),
            ( member(Id, Advice), advice(Id, note, _) ),
            Notes),
    Step0 = step(Root, Status, Children0),
    append(Children0, Notes, Children),
    Step = step(Root, Status, Children).

% The advice of the principle's article first; partition/4 keeps the
% rule-book order within each group.
principle_first(Advice, Date, Ordered) :-
    principle_in_force(Date, Base, _),
    rule_article(Base, Article),
    partition(advice_of_article(Article, Date), Advice, OfPrinciple, Others),
    append(OfPrinciple, Others, Ordered).

advice_of_article(Article, Date, Id) :-
    advice_meta(Id, Props),
    memberchk(provision(P0), Props),
    (   P0 == principle
    ->  true
    ;   provision_on(P0, Date, P),
        once(( rule_provision(R, P), rule_article(R, Article) ))
    ).

rule_article(Rule, Instrument-Article) :-
    rule_meta(Rule, Props),
    memberchk(source(Source), Props),
    source(Source, Instrument, Article, _, _, _).

open_change(change(Needs, Verdict, [Provision|_], Rule), open(Provision, Rule, Verdict, Needs)).
