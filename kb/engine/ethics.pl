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
*/

%!  deontology(+Scenario, +Answer, -Deontology) is det.
%
%   Deontology = deontology(Verdict, Basis, Codes, Tensions, Steps):
%   Verdict is forbidden, permitted or not_covered in the eyes of the codes
%   that bind the discloser (Codes); Basis the code rules that ground it;
%   Tensions the ids of the tensions in force between the legal Answer
%   (verdict:answer/2) and those codes; Steps the proof of each code's
%   duty.

deontology(Scenario, answer(LegalVerdict, LegalBasis, Complete, _, _, _, Date),
           deontology(Verdict, Basis, Codes, Tensions, Steps)) :-
    findall(Code, binding_code(Scenario, Date, Code), Codes0),
    sort(Codes0, Codes),
    findall(Code-view(V, B, Step),
            ( member(Code, Codes),
              code_view(Scenario, Date, Code, V, B, Step) ),
            Views),
    combined_view(Views, Verdict, Basis),
    findall(Step, member(_-view(_, _, Step), Views), Steps),
    findall(Id,
            ( tension_condition(Id, Condition),
              tension_in_force(Id, Date),
              eval_condition(Condition, Scenario,
                             answer(LegalVerdict, LegalBasis, Complete), true, _) ),
            Tensions).

binding_code(Scenario, Date, Code) :-
    rule(Id, bound_by_code(Code), _),
    rule_in_force(Id, Date),
    prove_rule(Id, Scenario, true, _).

% A code's own view: its duty holds (forbidden), or holds but a sharing rule
% it admits applies (permitted), or does not reach this information.
code_view(Scenario, Date, Code, Verdict, Basis, Step) :-
    rule(Duty, code_duty(Code), Condition),
    rule_in_force(Duty, Date),
    !,
    eval_condition(Condition, Scenario, none, Applies, _),
    prove_rule(Duty, Scenario, Effective, Step),
    Step = step(_, _, Children),
    findall(E, member(step(exception(E), true, _), Children), Sharing),
    duty_view(Applies, Effective, Duty, Sharing, Verdict, Basis).

duty_view(false, _, _, _, not_covered, []) :- !.
duty_view(_, false, _, Sharing, permitted, Sharing) :- !.
duty_view(_, _, Duty, _, forbidden, [Duty]).

% Silence if any code demands it; sharing if the codes that speak allow it.
combined_view(Views, Verdict, Basis) :-
    (   findall(B, member(_-view(forbidden, B, _), Views), Bs), Bs \== []
    ->  Verdict = forbidden
    ;   findall(B, member(_-view(permitted, B, _), Views), Bs), Bs \== []
    ->  Verdict = permitted
    ;   Verdict = not_covered, Bs = []
    ),
    append(Bs, Basis0),
    list_to_set(Basis0, Basis).

tension_in_force(Id, Date) :-
    tension_meta(Id, Props),
    memberchk(source(Source), Props),
    source_in_force(Source, Date).
