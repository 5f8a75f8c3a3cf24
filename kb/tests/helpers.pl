:- module(test_helpers,
          [ answer_of/2,        % +Scenario, -Answer
            outcome/2,          % +Scenario, -Verdict-Basis
            caveat_ids/2,       % +Scenario, -Ids
            note_ids/2,         % +Scenario, -Ids
            has_note/3,         % +Scenario, +Id, -Has
            open_of/2,          % +Scenario, -Open
            versions_of/2,      % +Scenario, -Versions
            vary/3,             % +Base, +Changes, -Scenario
            scenario/3          % :Base, +Changes, -Scenario
          ]).

:- use_module(library(apply)).
:- use_module(library(lists)).
:- use_module('../engine/api', [may_disclose/3]).

/** <module> What the plunit files of kb/tests share

The decision tables of the .plt files in kb/tests state a base case,
vary one condition at a time and compare the verdict, the basis, the
notes, the caveats or the open questions of the answer with what the law
says.  This module holds the helpers they share.  Each .plt file is a
module of its own (test_File) that imports them, so that every .plt file
runs alone and can also be loaded with all the others in one process
(tests/test_plunit.py does both, and checks that the one process runs as
many tests as the files alone).

Every helper asks the kb through its public edge only,
kb_api:may_disclose/3, and reads the answer dict it returns; none of them
looks at the relations of the law files, which may change shape.

A test file uses it with

    :- use_module(helpers).

and states its cases as base/2 facts (Name, Scenario), which scenario/3
finds in the calling file.
*/

:- meta_predicate
    scenario(:, +, -).

%!  answer_of(+Scenario, -Answer) is det.
%
%   Answer is the first answer dict of may_disclose/3 for Scenario.
%   Errors of may_disclose/3 (a bad scenario) are not caught.

answer_of(Scenario, Answer) :-
    once(may_disclose(Scenario, _, Answer)).

%!  outcome(+Scenario, -Outcome:pair) is det.
%
%   Outcome is the pair Verdict-Basis of the answer to Scenario, such as
%   `forbidden-[cp_458]`.

outcome(Scenario, Verdict-Basis) :-
    answer_of(Scenario, Answer),
    get_dict(verdict, Answer, Verdict),
    get_dict(basis, Answer, Basis).

%!  caveat_ids(+Scenario, -Ids:list(atom)) is det.
%
%   Ids are the ids of the caveats of the answer to Scenario, in the
%   answer's order.

caveat_ids(Scenario, Ids) :-
    advice_ids(Scenario, caveats, Ids).

%!  note_ids(+Scenario, -Ids:list(atom)) is det.
%
%   Ids are the ids of the notes of the answer to Scenario, in the
%   answer's order.

note_ids(Scenario, Ids) :-
    advice_ids(Scenario, notes, Ids).

% The ids of the answer's caveats or notes (Key), in the answer's order.
advice_ids(Scenario, Key, Ids) :-
    answer_of(Scenario, Answer),
    get_dict(Key, Answer, Items),
    ids(Items, Ids).

%!  has_note(+Scenario, +Id, -Has:boolean) is det.
%
%   Has is `true` if the answer to Scenario carries the note Id, `false`
%   otherwise.

has_note(Scenario, Id, Has) :-
    note_ids(Scenario, Ids),
    ( memberchk(Id, Ids) -> Has = true ; Has = false ).

%!  open_of(+Scenario, -Open:list) is det.
%
%   Open lists the open entries of the answer to Scenario as
%   Provision-Rule-Verdict-Needs, Needs a sorted list of Fact=Value
%   (the facts that would make the rule conclude Verdict).

open_of(Scenario, Open) :-
    answer_of(Scenario, Answer),
    get_dict(open, Answer, Entries),
    findall(P-R-V-Needs,
            ( member(O, Entries),
              get_dict(provision, O, P), get_dict(rule, O, R),
              get_dict(verdict, O, V), get_dict(needs, O, NeedsDict),
              dict_pairs(NeedsDict, _, Pairs),
              findall(K=X, member(K-X, Pairs), Needs) ),
            Open).

%!  versions_of(+Scenario, -Versions:list) is det.
%
%   Versions is the `versions` field of the answer to Scenario: the ids
%   of the source versions the answer applied.

versions_of(Scenario, Versions) :-
    answer_of(Scenario, Answer),
    get_dict(versions, Answer, Versions).

%!  vary(+Base:list, +Changes:list, -Scenario:list) is semidet.
%
%   Scenario is Base with the changes of Changes applied in order.
%   A change is one of:
%
%     - `Field=Value` replaces the scenario field Field (or adds it);
%     - `Fact:Value` sets the fact Fact (replacing any value it had);
%     - `unknown(Fact)` removes the fact, which becomes unknown.
%
%   Fails if a fact change meets a Base without a `facts` field.

vary(Base, Changes, Scenario) :-
    foldl(vary1, Changes, Base, Scenario).

vary1(unknown(F), S0, S) :-
    !,
    selectchk(facts=Fs0, S0, facts=Fs, S),
    exclude(fact_named(F), Fs0, Fs).
vary1(F:V, S0, S) :-
    !,
    selectchk(facts=Fs0, S0, facts=Fs, S),
    exclude(fact_named(F), Fs0, Fs1),
    append(Fs1, [F=V], Fs).
vary1(Field=Value, S0, S) :-
    (   selectchk(Field=_, S0, Field=Value, S)
    ->  true
    ;   append(S0, [Field=Value], S)
    ).

fact_named(F, F=_).

%!  scenario(:Base, +Changes:list, -Scenario:list) is semidet.
%
%   Scenario is the case named Base, a base/2 fact of the calling test
%   file (`base(Name, Scenario)`), with vary/3 applied to it.  Fails if
%   the file states no case of that name.

scenario(Module:Base, Changes, Scenario) :-
    Module:base(Base, S0),
    vary(S0, Changes, Scenario).

ids(Dicts, Ids) :-
    findall(Id, ( member(D, Dicts), get_dict(id, D, Id) ), Ids).
