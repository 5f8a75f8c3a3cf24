:- module(ethics,
          [ deontology/3              % +Scenario, +Answer, -Deontology
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module(prove).

/** <module> The deontological view, beside the legal one

The codes of ethics (kb/deontology/) are a second normative order. For
each code that binds the discloser, its duty of secrecy holds unless one of
the sharing rules it admits applies. The view they give together: silence
if any binding code demands it, sharing if every binding code allows it,
nothing to say if no code binds. Tensions name where the law permits or
demands what a code restrains. The legal verdict never depends on any of
this.

Tensions are of two kinds. The hand-written ones (tension blocks of the
rule book) explain a known conflict in their own words. The derived ones
are found here, for every answer: whenever the law permits or obliges
(a rule of provision P holds) and a code that binds the discloser forbids
with every sharing rule of its own settled false on the facts given, or the
law's complete answer forbids and a binding code permits, the answer shows
the tension derived(Id, P, CodeRule, LawRule): the provision, the code rule,
and the law rule. A derived tension that a hand-written one in force
already covers (same code, same provision) is not shown twice: the
hand-written wording stands.
*/

%!  deontology(+Scenario, +Answer, -Deontology) is det.
%
%   Deontology = deontology(Verdict, Basis, Codes, Tensions, Steps):
%   Verdict is forbidden, permitted or not_covered in the eyes of the codes
%   that bind the discloser (Codes); Basis the code rules that ground it;
%   Tensions the tensions in force between the legal Answer
%   (verdict:answer/2) and those codes: the ids of the hand-written ones,
%   then derived(Id, Provision, CodeRule, LawRule) terms; Steps the proof
%   of each code's duty.

deontology(Scenario, answer(LegalVerdict, LegalBasis, Complete, _, _, _, LegalStep, Date),
           deontology(Verdict, Basis, Codes, Tensions, Steps)) :-
    findall(Code, binding_code(Scenario, Date, Code), Codes0),
    sort(Codes0, Codes),
    findall(Code-view(V, B, Step, Certain),
            ( member(Code, Codes),
              code_view(Scenario, Date, Code, V, B, Step, Certain) ),
            Views),
    combined_view(Views, Verdict, Basis),
    findall(Step, member(_-view(_, _, Step, _), Views), Steps),
    findall(Id,
            ( tension_condition(Id, Condition),
              tension_in_force(Id, Date),
              eval_condition(Condition, Scenario,
                             answer(LegalVerdict, LegalBasis, Complete), true, _) ),
            Written),
    derived_tensions(Views, LegalVerdict, LegalBasis, Complete, LegalStep, Written, Derived),
    append(Written, Derived, Tensions).

%   derived_tensions(+Views, +LegalVerdict, +LegalBasis, +Complete, +LegalStep,
%                    +Written, -Derived)
%   Derived lists derived(Id, Provision, CodeRule, LawRule) for each binding
%   code whose certain view pulls against the law's, and each provision of
%   the legal basis, unless a hand-written tension of Written covers them.
derived_tensions(Views, LegalVerdict, LegalBasis, Complete, LegalStep, Written, Derived) :-
    findall(derived(Id, Provision, CodeRule, LawRule),
            ( member(Code-View, Views),
              pulls_against(LegalVerdict, Complete, View, CodeRule),
              member(Provision, LegalBasis),
              law_rule(LegalVerdict, Provision, LegalStep, LawRule),
              \+ covered(Written, Code, Provision),
              atomic_list_concat([derived, CodeRule, Provision], '_', Id) ),
            Derived0),
    list_to_set(Derived0, Derived).

% The law permits or obliges, a binding code certainly forbids (its duty
% holds, none of its own sharing rules applies); or the law's complete answer forbids and
% a binding code permits (a sharing rule of the code itself holds: the
% necessity the codes share, which names no recipient, is the law's own
% exit and pulls against nothing).
pulls_against(LegalVerdict, _, view(forbidden, [Duty], _, true), Duty) :-
    memberchk(LegalVerdict, [permitted, obligatory]).
pulls_against(forbidden, true, view(permitted, Sharing, _, _), CodeRule) :-
    member(CodeRule, Sharing),
    rule_meta(CodeRule, Props),
    memberchk(code(_), Props).      % a rule of the code itself, not codes_necessity

% The rule of the law that grounds Provision in the legal answer: a holding
% exception concluding the verdict, or, for forbidden, the base rule.
law_rule(forbidden, _, step(rule(Base), _, _), Base) :-
    !.
law_rule(Verdict, Provision, step(_, _, Children), Rule) :-
    member(step(exception(Rule), true, _), Children),
    rule(Rule, verdict(Verdict), _),
    rule_meta(Rule, Props),
    memberchk(provision(Provision), Props),
    !.

% A hand-written tension shown already names that code and that provision.
covered(Written, Code, Provision) :-
    member(Id, Written),
    tension_meta(Id, Props),
    memberchk(provision(Provision), Props),
    memberchk(code_rule(CodeRule), Props),
    rule_meta(CodeRule, RuleProps),
    memberchk(code(Code), RuleProps),
    !.

binding_code(Scenario, Date, Code) :-
    rule(Id, bound_by_code(Code), _),
    rule_in_force(Id, Date),
    prove_rule(Id, Scenario, true, _).

% A code's own view: its duty holds (forbidden), or holds but a sharing rule
% it admits applies (permitted), or does not reach this information.
% Certain is true of a forbidden view when every sharing rule of the code
% itself is settled false: what may still be unknown is only the exit the
% codes share with the law (codes_necessity, of provision necessity), which
% the legal answer weighs on its own.
code_view(Scenario, Date, Code, Verdict, Basis, Step, Certain) :-
    rule(Duty, code_duty(Code), Condition),
    rule_in_force(Duty, Date),
    !,
    eval_condition(Condition, Scenario, none, Applies, _),
    prove_rule(Duty, Scenario, Effective, Step),
    Step = step(_, _, Children),
    findall(E, member(step(exception(E), true, _), Children), Sharing),
    duty_view(Applies, Effective, Duty, Sharing, Verdict, Basis),
    (   Verdict == forbidden,
        forall(( member(step(exception(E), Status, _), Children),
                 rule_meta(E, Props),
                 memberchk(code(_), Props) ),
               Status == false)
    ->  Certain = true
    ;   Certain = false
    ).

duty_view(false, _, _, _, not_covered, []) :- !.
duty_view(_, false, _, Sharing, permitted, Sharing) :- !.
duty_view(_, _, Duty, _, forbidden, [Duty]).

% Silence if any code demands it; sharing if the codes that speak allow it.
combined_view(Views, Verdict, Basis) :-
    (   findall(B, member(_-view(forbidden, B, _, _), Views), Bs), Bs \== []
    ->  Verdict = forbidden
    ;   findall(B, member(_-view(permitted, B, _, _), Views), Bs), Bs \== []
    ->  Verdict = permitted
    ;   Verdict = not_covered, Bs = []
    ),
    append(Bs, Basis0),
    list_to_set(Basis0, Basis).

tension_in_force(Id, Date) :-
    tension_meta(Id, Props),
    memberchk(source(Source), Props),
    source_in_force(Source, Date).
