:- module(check_rulebase,
          [ check_rulebase/1,         % -Report
            class_members/3           % +When, +Restrict, -Classes
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- autoload(library(aggregate)).
:- autoload(library(solution_sequences)).
:- autoload(library(prolog_codewalk)).
:- autoload(library(yall)).

:- use_module('../law').
:- use_module('../sources').
:- use_module('../seed', [seed_omitted/3]).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording, [plain_article/1]).
:- use_module(scenario).
:- use_module(prove).
:- use_module(verdict).
:- use_module(changes, [requirements/3]).
:- use_module(answer).
:- use_module(ethics).

/** <module> Proving the rule base over the whole scenario space

check_rulebase/1 walks the scenario space the vocabulary declares, pruned
without loss for what each check needs:

  - Values: the space is refined one field at a time over the rules in
    force on the date (class_tuples/2): values of a field that leave every
    rule's condition the same once that field is settled are one class,
    and a rule the fields already make false splits nothing further.
  - Facts: each scenario is taken with every fact unknown; the
    three-valued engine then covers every completion at once, and a rule
    counts as reachable when some consistent set of facts makes it hold
    (its disjunctive normal form, as in changes:what_if/3).
  - Dates: the law changes only at the version boundaries of
    kb/sources.pl. A rule is looked for on the day its own version starts
    (or 2000-01-01 when it has no start); every class scenario is checked
    for a single verdict on one day in each era of the law (the landmark
    dates below).

For each scenario it checks that the law gives exactly one verdict and the
codes exactly one view. It reports the number of scenarios, any with more
or less than one verdict, the rules no scenario reaches, any rule, advice,
tension or unencoded block without a citation, version dates or wording in
each language, and any undefined predicate.

It also lists, for review and outside `clean`, the pairs of discloser and
recipient that nothing beyond the principle speaks to (`unspoken`): no
rule of law other than the principle and its rules of who is bound and
what is covered can hold for them, on any date, in any institution, for
any information and facts, and no unencoded block nor piece of advice
written for that recipient marks them. Their answer
is the principle's alone (silence, or no duty), given as complete: where a
special law governs such a pair, the answer is confidently wrong.
*/

%!  check_rulebase(-Report:dict) is det.
%
%   Report = _{scenarios, classes, dates, conflicts, unreached, uncited,
%   unworded, undefined, unspoken, clean}; `clean` is true when every list
%   but `unspoken` is empty. `unspoken` lists {discloser, recipients}: the
%   recipients to whom nothing beyond the principle speaks for that
%   discloser (unspoken/2), information for review.

check_rulebase(_{scenarios: Count, classes: Classes, dates: Isos,
                 conflicts: Conflicts, unreached: Unreached, uncited: Uncited,
                 unworded: Unworded, undefined: Undefined, unspoken: Unspoken,
                 clean: Clean}) :-
    landmark_dates(Dates),
    maplist(date_iso, Dates, Isos),
    findall(Date-Tuples, ( member(Date, Dates), class_tuples(Date, Tuples) ), Eras),
    class_tuples(any, AllTuples),
    tuple_values(AllTuples, Classes),
    aggregate_all(sum(N), ( member(_-Ts, Eras), length(Ts, N) ), Count),
    findall(Report,
            ( member(Date-Tuples, Eras),
              member(Tuple, Tuples),
              class_scenario(Tuple, Date, [], S),
              conflict(S, Report) ),
            Conflicts),
    findall(Id, ( rule(Id, _, _), \+ reached(AllTuples, Id) ), Unreached),
    findall(Id, uncited(Id), Uncited),
    findall(_{id: Id, lang: Lang}, unworded(Id, Lang), Unworded),
    undefined_predicates(Undefined),
    unspoken(Unspoken),
    (   Conflicts == [], Unreached == [], Uncited == [], Unworded == [], Undefined == []
    ->  Clean = true
    ;   Clean = false
    ).

% One day in each era: before 2001 (458bis), the 2017 reforms, before
% CC 44/2019's publication, the last day of the 1867 Code, and today's law.
% (The last day of the 1867 Code is the day before the Criminal Code of
% 2024 took effect: sources:entry_into_force/2 holds that date.)
landmark_dates([date(1990, 1, 1), date(2005, 1, 1), date(2018, 6, 1), LastDay, Today]) :-
    entry_into_force(code_penal_2024, date(Y, M, D)),
    date_time_stamp(date(Y, M, D, 0, 0, 0, 0, -, -), Stamp),
    Before is Stamp - 86400,
    stamp_date_time(Before, date(LY, LM, LD, _, _, _, _, _, _), 'UTC'),
    LastDay = date(LY, LM, LD),
    today(Today).

% --- The space ------------------------------------------------------------

%   class_tuples(+Date, -Tuples)
%
%   Tuples lists [Discloser, Institution, Information, Recipient], one per
%   class of scenarios that no rule in force on Date (any rule, for Date =
%   any) can tell apart. The space is refined one field at a time, in that
%   order: for each value of the field, every condition is simplified with
%   the field's leaves settled (role_in/1 ... recipient_in/1 become true or
%   false); values that leave the same conditions (and, for a recipient,
%   entail the same facts) are one class, and only the conditions still
%   open are refined on the next field. A rule that the discloser alone
%   makes false no longer splits the recipients, so the classes follow the
%   rules that concern each scenario, not the product of the fields.

class_tuples(Date, Tuples) :-
    class_members(Date, [], Classes),
    maplist(pairs_keys, Classes, Tuples).

%!  class_members(+When, +Restrict, -Classes:list) is det.
%
%   Classes are the classes of class_tuples/2, each with the values that
%   make it up: [D-Ds, I-Is, K-Ks, T-Ts], the representative of each field
%   (the first of its values, in the vocabulary's order; institution `none`
%   when none is said) and every value of the field that falls in the class.
%   When is a date, `any`, or dates(Dates): the rules in force on some of
%   Dates (the law diff, evolution:law_diff/5, compares two). Restrict is a
%   list of Domain-Values (role, institution, information, recipient): that
%   field takes only those values.

class_members(When, Restrict, Classes) :-
    findall(C, ( rule(Id, _, C), in_force_on(When, Id) ), Conditions),
    numbervars(Conditions, 0, _),       % variables would tell equal conditions apart
    refine([role-role_in, institution-institution_in, information-information_in,
            recipient-recipient_in],
           Restrict, Conditions, [], Classes).

in_force_on(any, _) :- !.
in_force_on(dates(Dates), Id) :- !,
    member(Date, Dates),
    rule_in_force(Id, Date),
    !.
in_force_on(Date, Id) :- rule_in_force(Id, Date).

refine([], _, _, Values, [Tuple]) :-
    !,
    reverse(Values, Tuple).
refine([Domain-Key|Fields], Restrict, Conditions, Values, Tuples) :-
    (   memberchk(Domain-Candidates, Restrict) -> true ; field_values(Domain, Candidates) ),
    findall((Entailed-Residuals)-Value,
            ( member(Value, Candidates),
              entailed_by(Domain, Value, Entailed),
              maplist(settled(Key, Value), Conditions, Residuals) ),
            Pairs),
    keysort(Pairs, Sorted),
    group_pairs_by_key(Sorted, Groups),
    findall(Tuple,
            ( member((_-Residuals)-Members, Groups),
              Members = [Value|_],
              exclude(settled_truth, Residuals, Open),
              refine(Fields, Restrict, Open, [Value-Members|Values], Tuples0),
              member(Tuple, Tuples0) ),
            Tuples).

field_values(institution, [none|Values]) :- !,
    findall(V, in_domain(institution, V), Values).
field_values(Domain, Values) :-
    findall(V, in_domain(Domain, V), Values).

entailed_by(recipient, Recipient, Facts) :- !,
    findall(F, recipient_implies(Recipient, F), Facts0),
    msort(Facts0, Facts).
entailed_by(_, _, []).

settled_truth(true).
settled_truth(false).

%   settled(+Key, +Value, +Condition, -Residual)
%   Condition simplified once the leaves Key(List) are settled by Value.
settled(Key, Value, all(Cs), Residual) :- !,
    maplist(settled(Key, Value), Cs, Rs),
    (   memberchk(false, Rs) -> Residual = false
    ;   exclude(==(true), Rs, Open),
        ( Open == [] -> Residual = true ; Residual = all(Open) )
    ).
settled(Key, Value, any(Cs), Residual) :- !,
    maplist(settled(Key, Value), Cs, Rs),
    (   memberchk(true, Rs) -> Residual = true
    ;   exclude(==(false), Rs, Open),
        ( Open == [] -> Residual = false ; Residual = any(Open) )
    ).
settled(Key, Value, not(C), Residual) :- !,
    settled(Key, Value, C, R),
    (   R == true -> Residual = false
    ;   R == false -> Residual = true
    ;   Residual = not(R)
    ).
settled(Key, Value, Leaf, Residual) :-
    compound(Leaf),
    compound_name_arguments(Leaf, Key, [List]),
    !,
    (   memberchk(Value, List) -> Residual = true ; Residual = false ).
settled(_, _, Leaf, Leaf).

%   tuple_values(+Tuples, -Classes)
%   The representative values of each field, in the vocabulary's order.
tuple_values(Tuples, _{discloser: Ds, institution: Is, information: Ks, recipient: Ts}) :-
    field_in_tuples(1, role, Tuples, Ds),
    field_in_tuples(2, institution, Tuples, Is),
    field_in_tuples(3, information, Tuples, Ks),
    field_in_tuples(4, recipient, Tuples, Ts).

field_in_tuples(N, Domain, Tuples, Values) :-
    field_values(Domain, All),
    include([V]>>( member(T, Tuples), nth1(N, T, V) -> true ), All, Values).

% With Facts given: reachability leaves even the defaulted facts unknown
% (a rule reached only by flipping a default is reached).
class_scenario([D, I, K, T], Date, Facts, Scenario) :-
    Input0 = [discloser=D, information=K, recipient=T, facts=Facts, date=Date],
    (   I == none -> Input = Input0 ; Input = [institution=I|Input0] ),
    scenario_from_input(Input, Scenario).

defaults_unknown(Facts) :-
    findall(F=unknown, fact_default(F, _), Facts).

% --- Reachability and single verdicts ----------------------------------------

% Some class scenario, on a day the rule is in force, makes it hold, or
% some consistent set of facts would.
reached(Tuples, Id) :-
    rule_meta(Id, Props),
    memberchk(source(Source), Props),
    source(Source, _, _, version(From, _), _, _),
    (   From == open -> Date = date(2000, 1, 1) ; Date = From ),
    (   Facts = []                      % the defaults as they are, first
    ;   defaults_unknown(Facts)         % then a default flipped
    ),
    member(Tuple, Tuples),
    class_scenario(Tuple, Date, Facts, Scenario),
    reachable(Id, Scenario),
    !.

reachable(Id, Scenario) :-
    prove_rule(Id, Scenario, Status, _),
    (   Status == true
    ->  true
    ;   % unknown, or false for want of a fact that is not established
        % (a rule that reads lacking/1): some consistent set of facts
        % makes it hold
        (   Status == unknown
        ->  true
        ;   rule(Id, _, Condition),
            sub_term(lacking(_), Condition)
        ),
        requirements(effective(Id), Scenario, Terms),
        member(Term, Terms),
        Scenario = scenario(_, _, _, Recipient, _, _, _),
        entailed_facts(Recipient, Term, _),
        !
    ).

% The law gives one verdict and the codes one view, or else a report.
conflict(Scenario, Report) :-
    findall(V-B-Step, decide(Scenario, decision(V, B, Step, _)), Decisions),
    Scenario = scenario(_, _, _, _, _, _, Date),
    findall(View,
            ( member(V-B-Step, Decisions),
              deontology(Scenario, answer(V, B, true, [], [], [], Step, Date),
                         deontology(View, _, _, _, _)) ),
            Views),
    \+ ( Decisions = [_], Views = [_] ),
    pairs_keys(Decisions, Verdicts0),
    pairs_keys(Verdicts0, Verdicts),
    conflict_report(Scenario, Verdicts, Views, Report).

conflict_report(scenario(D, I, K, T, _, _, Date), Verdicts, Views,
                _{discloser: D, institution: I, information: K, recipient: T,
                  date: Iso, verdicts: Verdicts, views: Views}) :-
    date_iso(Date, Iso).

% --- What nothing beyond the principle speaks to ------------------------------

%!  unspoken(-Unspoken:list(dict)) is det.
%
%   Unspoken lists _{discloser: D, recipients: Ts}, in the vocabulary's
%   order, Ts the recipients T (each a value of the vocabulary) such that
%   no speaking rule and no unencoded block can hold for a scenario of D
%   told to T (spoken/3). Disclosers to whom every recipient is spoken are
%   left out.

unspoken(Unspoken) :-
    findall(_{discloser: D, recipients: Ts},
            ( in_domain(role, D),
              findall(T, ( in_domain(recipient, T), \+ spoken(D, T) ), Ts),
              Ts \== [] ),
            Unspoken).

% Something beyond the principle speaks to D and T: an unencoded block, a
% piece of advice that names the recipient, or a speaking rule, that can
% hold for them: the condition with only the
% discloser and the recipient known, everything else unknown (Kleene's
% logic never calls false what some completion makes true). The list is
% for review, not part of `clean`: a pair this test calls spoken may still
% be unreachable. (Confirming each pair through the disjunctive normal
% form of the rule's exceptions exhausts the stacks on today's rule book.)
spoken(D, T) :-
    unencoded(_, Condition),
    pair_status(Condition, D, T, Status),
    Status \== false,
    !.
spoken(D, T) :-                         % advice written for this recipient
    advice(_, _, Condition),
    sub_term(recipient_in(Ts), Condition),
    memberchk(T, Ts),
    pair_status(Condition, D, T, Status),
    Status \== false,
    !.
spoken(D, T) :-
    speaking_rule(Id),
    rule(Id, _, Condition),
    pair_status(Condition, D, T, Status),
    Status \== false,
    !.

% A rule of law that gives a verdict and is not the principle (nor a rule
% of who is bound or what is covered, which conclude no verdict), nor a
% rule that rests on the user's claim of a law the kb does not hold
% (vocabulary:claim_fact/1): such a rule may hold for every pair, so it
% says nothing of what the kb knows of this one.
speaking_rule(Id) :-
    rule(Id, verdict(_), Condition),
    rule_meta(Id, Props),
    memberchk(provision(P), Props),
    P \== principle,
    \+ principle(_, Id),
    \+ ( sub_term(fact(F), Condition), claim_fact(F) ).

%   pair_status(+Condition, +Discloser, +Recipient, -Status)
%   Condition's three-valued status when only Discloser and Recipient are
%   known: every other leaf is unknown.
pair_status(all(Cs), D, T, Status) :- !,
    pair_statuses(Cs, D, T, Ss),
    status_all(Ss, Status).
pair_status(any(Cs), D, T, Status) :- !,
    pair_statuses(Cs, D, T, Ss),
    status_any(Ss, Status).
pair_status(not(C), D, T, Status) :- !,
    pair_status(C, D, T, S0),
    status_negated(S0, Status).
pair_status(role_in(Rs), D, _, Status) :- !,
    ( memberchk(D, Rs) -> Status = true ; Status = false ).
pair_status(recipient_in(Ts), _, T, Status) :- !,
    ( memberchk(T, Ts) -> Status = true ; Status = false ).
pair_status(_, _, _, unknown).

pair_statuses([], _, _, []).
pair_statuses([C|Cs], D, T, [S|Ss]) :-
    pair_status(C, D, T, S),
    pair_statuses(Cs, D, T, Ss).

status_all(Ss, S) :- ( memberchk(false, Ss) -> S = false ; memberchk(unknown, Ss) -> S = unknown ; S = true ).
status_any(Ss, S) :- ( memberchk(true, Ss) -> S = true ; memberchk(unknown, Ss) -> S = unknown ; S = false ).
status_negated(true, false).
status_negated(false, true).
status_negated(unknown, unknown).

% --- The rule base itself ---------------------------------------------------

uncited(Id) :-
    (   rule(Id, _, _), \+ ( rule_meta(Id, P), cited(P) )
    ;   advice(Id, _, _), \+ ( advice_meta(Id, P), cited(P) )
    ;   tension_condition(Id, _), \+ ( tension_meta(Id, P), cited(P) )
    ;   unencoded(Id, _), \+ ( unencoded_meta(Id, P), cited(P) )
    ).

cited(Props) :-
    memberchk(source(Source), Props),
    source(Source, _, _, version(_, _), Reference, _),
    Reference \== "".

%   unworded(-Id, -Lang): Id lacks its wording in Lang, a declared
%   language: a block of the rule book (its text, reading, law_says or
%   note), the reason a seed statement is left out, or a word of kb/lang/
%   (a value's label, an instrument's name, a template, the notation of an
%   article that is not plain: lang:plain_article/1). Ids that are not
%   atoms are reported as text (label(D, V), article("5 à 13") ...).
unworded(Id, Lang) :-
    language(Lang),
    unworded_item(Item, Lang),
    (   atom(Item) -> Id = Item ; term_string(Item, Id) ).

unworded_item(Id, Lang) :-
    (   rule(Id, _, _), \+ rule_text(Id, Lang, _)
    ;   advice(Id, _, _), \+ advice_text(Id, Lang, _)
    ;   tension_condition(Id, _), \+ tension_says(Id, Lang, _, _)
    ;   unencoded(Id, _), \+ unencoded_text(Id, Lang, _)
    ;   interpretation_text(Id, _, _), \+ interpretation_text(Id, Lang, _)
    ;   source_note(Id, _, _), \+ source_note(Id, Lang, _)
    ;   seed_omitted(Id, _, _), \+ seed_omitted(Id, Lang, _)
    ).
unworded_item(conclusion(C), Lang) :-
    rule(_, C, _),
    C \= verdict(_),
    \+ conclusion_text(C, Lang, _).
unworded_item(label(Domain, Value), Lang) :-
    in_domain(Domain, Value),
    \+ value_label(Domain, Value, Lang, _).
unworded_item(instrument(Instrument), Lang) :-
    distinct(Instrument, source(_, Instrument, _, _, _, _)),
    \+ instrument_label(Instrument, Lang, _).
unworded_item(template(Key), Lang) :-
    distinct(Key, template(Key, _, _)),
    \+ template(Key, Lang, _).
unworded_item(article(Article), Lang) :-
    \+ sources_notation(Lang),
    distinct(Article, cited_article(Article)),
    \+ plain_article(Article),
    \+ article_notation(Article, Lang, _).

% An article as the sources write it: of a source version, or of an
% article renumbered by the Criminal Code of 2024 (before and after).
cited_article(Article) :-
    source(_, _, Article, _, _, _).
cited_article(Article) :-
    instrument_renumbering(_, Old, New, _),
    (   Article = Old ; string(New), Article = New ).

% Undefined predicates of the loaded program, as check:list_undefined/1
% reports them, collected instead of printed.
undefined_predicates(Undefined) :-
    findall(PI,
            ( catch(prolog_walk_code([undefined(trace),
                                      on_trace(check_rulebase:found_undefined)]),
                    _, fail),
              fail
            ;   retract(undefined(PI))
            ),
            Undefined0),
    sort(Undefined0, Undefined).

:- dynamic undefined/1.

found_undefined(Callee, _Caller, _Location) :-
    Callee = M:Head,
    functor(Head, Name, Arity),
    assertz(undefined(M:Name/Arity)).
