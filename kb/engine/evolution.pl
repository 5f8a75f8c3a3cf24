:- module(evolution,
          [ law_eras/1,               % -Dates
            law_diff/5,               % +From, +To, +Restrict, +Lang, -Report
            timeline/3,               % +Scenario, +Lang, -Periods
            changed_sources/3         % +Date1, +Date2, -Sources
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module('../sources').
:- use_module(scenario).
:- use_module(prove).
:- use_module(verdict).
:- use_module(changes, [decision_changes/4, requirements/3]).
:- use_module(answer).
:- use_module(report, [citation_report/3, versions_applied/3, open_compact_text/2]).
:- use_module('../vocabulary', [field_domain/2]).
:- use_module(check, [class_members/3]).

/** <module> The law's evolution as data: what changed between two dates, and why

law_diff/5 compares the law on two dates over the scenario space that
`secret-kb check` walks (check:class_members/3: one scenario for each class
that no rule in force on either date tells apart). A class scenario is told with every fact
unknown; its answer on each date gives the sets of facts that would change
its verdict (`open`). Each of those sets, and no fact at all, is a
situation; a situation whose verdict or basis differs between the two dates
is a change. Each change comes with the source versions that explain it:
those its answers rest on (the rules that hold, the advice given, the rules
of its open alternatives) that are in force on one date and not the other
(`ended`: in force on the first date only; `began`: on the second only).

Only the class scenarios that a change of the law can concern are answered:
those for which some rule whose source version is in force on one date and
not on the other may hold (may_hold/3: its condition is not false under
every completion of the unknown facts). The others have the same verdict
and basis on both dates.

timeline/3 follows one scenario across every era of the law: the dates on
which some source version starts or ends (law_eras/1).
*/

%!  law_eras(-Dates:list) is det.
%
%   Dates, sorted, are the first day of each era of the law: 1867-06-08
%   (the Code pénal, the first date a scenario may have) and every date,
%   after it, on which some source version of kb/sources.pl starts or ends.

law_eras(Dates) :-
    First = date(1867, 6, 8),
    findall(Date,
            ( source(_, _, _, version(From, To), _, _),
              member(Date, [From, To]),
              Date \== open,
              Date @> First ),
            Dates0),
    sort([First|Dates0], Dates).

%!  changed_sources(+Date1, +Date2, -Sources:list) is det.
%
%   Sources are the source versions in force on one of the two dates and
%   not on the other, sorted.

changed_sources(Date1, Date2, Sources) :-
    findall(Source,
            ( source(Source, _, _, _, _, _),
              in_force_on(Source, Date1, In1),
              in_force_on(Source, Date2, In2),
              In1 \== In2 ),
            Sources0),
    sort(Sources0, Sources).

in_force_on(Source, Date, InForce) :-
    (   source_in_force(Source, Date) -> InForce = true ; InForce = false ).

%!  law_diff(+From, +To, +Restrict, +Lang, -Report:dict) is det.
%
%   Report = _{from, to, walked, concerned, changes}: the dates (ISO),
%   the number of class scenarios walked, the number a change of the law
%   could concern (and so answered on both dates), and the changes, in the
%   order walked. From and To are date(Y,M,D). Restrict is a list of
%   Field-Values (Field discloser, institution, information or recipient,
%   Values checked values of the vocabulary): the field takes those values
%   only. Each change is a dict:
%
%     - discloser, institution (null when none is said), information,
%       recipient: the class scenario, told by its representatives;
%     - members: for each of these fields, the values of its class;
%     - facts: the situation, {Fact: Value} (empty: every fact unknown);
%     - before, after: {verdict, basis} on From and on To;
%     - ended, began: the citations (report:citation_report/3, in Lang)
%       of the source versions that explain the change.

law_diff(From, To, Restrict, Lang,
         _{from: FromIso, to: ToIso, walked: Walked, concerned: Concerned,
           changes: Reports}) :-
    date_iso(From, FromIso),
    date_iso(To, ToIso),
    changed_sources(From, To, Changed),
    findall(Rule, ( rule_meta(Rule, Props), memberchk(provision(_), Props),
                    memberchk(source(S), Props), memberchk(S, Changed) ), ChangedRules),
    findall(Domain-Values,
            ( member(Field-Values, Restrict), field_domain(Field, Domain) ),
            DomainRestrict),
    class_members(dates([From, To]), DomainRestrict, Classes),
    Counter = counts(0, 0),
    findall(Report,
            ( member(Class, Classes),
              class_situation(Class, From, To, ChangedRules, Counter, S1, S2),
              class_changes(ChangedRules, S1, S2, Class, Lang, Report) ),
            Reports),
    Counter = counts(Walked, Concerned).

% A class scenario on both dates, when a changed rule may concern it.
class_situation([D-_, I-_, K-_, T-_], From, To, ChangedRules, Counter, S1, S2) :-
    Input0 = [discloser=D, information=K, recipient=T, date=From],
    (   I == none -> Input = Input0 ; Input = [institution=I|Input0] ),
    scenario_from_input(Input, S1),
    on_date(S1, To, S2),
    count(Counter, 1),
    concerned(ChangedRules, S1, S2),
    count(Counter, 2).

count(Counter, Arg) :-
    arg(Arg, Counter, N0),
    N is N0 + 1,
    nb_setarg(Arg, Counter, N).

on_date(scenario(D, I, K, T, F, G, _), Date, scenario(D, I, K, T, F, G, Date)).

concerned(ChangedRules, S1, S2) :-
    member(Rule, ChangedRules),
    member(S, [S1, S2]),
    scenario_date(S, Date),
    rule_in_force(Rule, Date),
    rule(Rule, _, Condition),
    may_hold(Condition, S, Status),
    Status \== false,
    !.

%   may_hold(+Condition, +Scenario, -Status)
%   Condition's status when every fact not known may go either way
%   (lacking/1 too): false only when no completion of the facts makes
%   it true. holds/1 is true or unknown when some rule in force for the
%   conclusion may hold, its exceptions left out (they can only make it
%   fail).
may_hold(all(Cs), S, Status) :- !,
    maplist(may_hold_in(S), Cs, Statuses),
    status_of_all(Statuses, Status).
may_hold(any(Cs), S, Status) :- !,
    maplist(may_hold_in(S), Cs, Statuses),
    status_of_any(Statuses, Status).
may_hold(not(C), S, Status) :- !,
    may_hold(C, S, Status0),
    negated(Status0, Status).
may_hold(holds(Conclusion), S, Status) :- !,
    scenario_date(S, Date),
    findall(St,
            ( rule(Id, Conclusion0, Body),
              \+ Conclusion0 \= Conclusion,
              rule_in_force(Id, Date),
              may_hold(Body, S, St0),
              weakened(St0, St) ),
            Statuses),
    status_of_any(Statuses, Status).
may_hold(lacking(F), S, Status) :- !,
    fact_status(S, F, Value),
    (   Value == true -> Status = false
    ;   Value == false -> Status = true
    ;   Status = unknown
    ).
may_hold(Leaf, S, Status) :-
    eval_condition(Leaf, S, none, Status, _).

may_hold_in(S, C, Status) :-
    may_hold(C, S, Status).

% A rule that holds may still be set aside by an exception left out.
weakened(false, false) :- !.
weakened(_, unknown).

status_of_all(Ss, S) :- ( memberchk(false, Ss) -> S = false ; memberchk(unknown, Ss) -> S = unknown ; S = true ).
status_of_any(Ss, S) :- ( memberchk(true, Ss) -> S = true ; memberchk(unknown, Ss) -> S = unknown ; S = false ).
negated(true, false).
negated(false, true).
negated(unknown, unknown).

% The changes of one class scenario: every situation whose verdict or
% basis differs between the two dates.
class_changes(ChangedRules, S1, S2, Class, Lang, Report) :-
    situations(ChangedRules, S1, S2, Situations),
    member(Facts, Situations),
    situation_outcome(S1, Facts, Before),
    situation_outcome(S2, Facts, After),
    Before \== After,
    change_report(S1, S2, Class, Facts, Before, After, Lang, Report).

%   situations(+ChangedRules, +S1, +S2, -Situations)
%   The sets of facts worth comparing: none at all (every fact unknown),
%   and for each changed rule that may hold, on the date it is in force,
%   the sets of facts that make it hold (the disjunctive normal form of
%   changes:requirements/3, at most 64 of them), with those of the rule it
%   sets aside when that is not the principle (an exception to an
%   exception shows only where the exception holds). For a principle of
%   secrecy that changes, the sets of facts that change the verdict on
%   either date (its `open`: decision_changes/4).
situations(ChangedRules, S1, S2, Situations) :-
    findall(Facts,
            ( member(Rule, ChangedRules),
              member(S, [S1, S2]),
              scenario_date(S, Date),
              rule_in_force(Rule, Date),
              rule(Rule, _, Condition),
              may_hold(Condition, S, Status),
              Status \== false,
              rule_situation(Rule, S, Date, Facts) ),
            Sets),
    sort([[]|Sets], Situations).

rule_situation(Rule, S, _, Facts) :-
    principle(_, Rule),
    !,
    decide(S, Decision),
    decision_changes(S, Decision, unknown, Changes),
    member(change(Facts, _, _, _), Changes).
rule_situation(Rule, S, Date, Facts) :-
    (   Target = effective(Rule)
    ;   exception(Rule, Overridden),
        \+ principle(_, Overridden),
        rule_in_force(Overridden, Date),
        rule(Overridden, _, Body),
        Target = all([effective(Rule), Body])
    ),
    requirements(Target, S, Terms),
    limit(64, member(Term, Terms)),
    needed_facts(Term, S, Facts).

% The facts of Term that do not have their value yet, closed under the
% links between facts; none when Term contradicts the recipient.
needed_facts(Term, S, Facts) :-
    exclude(already(S), Term, Changing),
    S = scenario(_, _, _, Recipient, _, _, _),
    entailed_facts(Recipient, Changing, _),
    sort(Changing, Facts).

already(S, F=V) :-
    fact_status(S, F, V).

situation_outcome(S, Facts, V-B) :-
    situation(S, Facts, H),
    decide(H, decision(V, B, _, _)).

change_report(S1, S2, [D-DM, I-IM, K-KM, T-TM], Facts, V1-B1, V2-B2, Lang,
              _{discloser: D, institution: Institution, information: K, recipient: T,
                members: _{discloser: DM, institution: IM, information: KM, recipient: TM},
                facts: FactsDict,
                before: _{verdict: V1, basis: B1}, after: _{verdict: V2, basis: B2},
                ended: Ended, began: Began}) :-
    (   I == none -> Institution = null ; Institution = I ),
    findall(F-V, member(F=V, Facts), Pairs),
    dict_pairs(FactsDict, _, Pairs),
    situation(S1, Facts, H1),
    situation(S2, Facts, H2),
    explanation(H1, H2, Lang, Ended, Began).

situation(S, [], S) :- !.
situation(S, Facts, H) :-
    scenario_with_facts(S, Facts, H).

%   explanation(+Scenario1, +Scenario2, +Lang, -Ended, -Began)
%   The citations of the source versions the answers on the two dates
%   rest on (answer_sources/3) that are in force on one date only.
explanation(S1, S2, Lang, Ended, Began) :-
    scenario_date(S1, Date1),
    scenario_date(S2, Date2),
    answer(S1, A1),
    answer(S2, A2),
    (   same_root(A1, A2) -> Depth = verdict ; Depth = tree ),
    answer_sources(A1, Depth, Cited1),
    answer_sources(A2, Depth, Cited2),
    exclude(in_force_at(Date2), Cited1, Ended0),
    exclude(in_force_at(Date1), Cited2, Began0),
    maplist(cited(Lang), Ended0, Ended),
    maplist(cited(Lang), Began0, Began).

in_force_at(Date, Source) :-
    source_in_force(Source, Date).

cited(Lang, Source, Citation) :-
    citation_report(Source, Lang, Citation).

% The same principle, with the same status (whether secrecy applies), on
% both dates: then the rules of who is bound and what is covered do not
% explain the change, only the exceptions do.
same_root(answer(_, _, _, _, _, _, step(Root, Status, _), _),
          answer(_, _, _, _, _, _, step(Root, Status, _), _)).

%   answer_sources(+Answer, +Depth, -Sources)
%   The source versions an answer rests on: at Depth `verdict`, those of
%   the principle (unless it fails) and of the exceptions to it that hold;
%   at Depth `tree`, those of every rule that holds in the tree
%   (report:versions_applied/3); at both, those of the advice given and of
%   the rules of its open alternatives.
answer_sources(answer(_, _, _, Open, _, Advice, Step, _), Depth, Sources) :-
    (   Depth == tree
    ->  versions_applied(Step, Advice, Applied)
    ;   versions_applied(step(none, true, []), Advice, Advised),
        Step = step(rule(Root), Status, Children),
        findall(Rule, ( Status \== false, Rule = Root
                      ; member(step(exception(Rule), true, _), Children) ), Rules),
        findall(Source, ( member(Rule, Rules), rule_source(Rule, Source) ), RuleSources),
        append(RuleSources, Advised, Applied)
    ),
    findall(Source,
            ( member(open(_, Rule, _, _), Open),
              rule_source(Rule, Source) ),
            OpenSources),
    append(Applied, OpenSources, All),
    sort(All, Sources).

rule_source(Rule, Source) :-
    rule_meta(Rule, Props),
    memberchk(source(Source), Props).

%!  timeline(+Scenario, +Lang, -Periods:list(dict)) is det.
%
%   Periods follow the checked Scenario (scenario:scenario_from_input/2;
%   its own date is not used) across every era of the law (law_eras/1),
%   oldest first; consecutive eras with the same verdict, basis and open
%   alternatives make one period. Each period is _{from, to, verdict,
%   basis, complete, open, versions, ended, began}: `to` is the first day
%   of the next period (null for the last), open the alternatives as
%   "verdict if facts [provision]" (report:open_compact_text/2), versions
%   the source versions applied on `from`; ended and began (citations, in
%   Lang) the source versions that explain the change from the period
%   before (empty for the first).

timeline(Scenario, Lang, Periods) :-
    law_eras(Eras),
    maplist(era_outcome(Scenario), Eras, Outcomes),
    merge_eras(Outcomes, Merged),
    periods(Merged, none, Lang, Periods).

era_outcome(Scenario, Date, era(Date, Key, Complete, Versions, S)) :-
    on_date(Scenario, Date, S),
    answer(S, answer(Verdict, Basis, Complete, Open, _, Advice, Step, _)),
    maplist(open_compact_text, Open, OpenTexts),
    versions_applied(Step, Advice, Versions),
    Key = key(Verdict, Basis, OpenTexts).

% Consecutive eras with the same key become one: first(Era), last(Era).
merge_eras([], []).
merge_eras([Era|Eras], [span(Era, Last)|Spans]) :-
    Era = era(_, Key, _, _, _),
    same_key(Eras, Key, Era, Last, Rest),
    merge_eras(Rest, Spans).

same_key([Era|Eras], Key, _, Last, Rest) :-
    Era = era(_, Key0, _, _, _),
    Key0 == Key,
    !,
    same_key(Eras, Key, Era, Last, Rest).
same_key(Rest, _, Last, Last, Rest).

periods([], _, _, []).
periods([span(First, Last)|Spans], Previous, Lang, [Period|Periods]) :-
    First = era(From, key(Verdict, Basis, Open), Complete, Versions, S),
    date_iso(From, FromIso),
    (   Spans = [span(era(Next, _, _, _, _), _)|_]
    ->  date_iso(Next, To)
    ;   To = null
    ),
    (   Previous = era(_, _, _, _, PS)
    ->  explanation(PS, S, Lang, Ended, Began)
    ;   Ended = [], Began = []
    ),
    Period = _{from: FromIso, to: To, verdict: Verdict, basis: Basis, complete: Complete,
               open: Open, versions: Versions, ended: Ended, began: Began},
    periods(Spans, Last, Lang, Periods).
