/*  The professional personally suspected (s07, s01).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/suspect_professional.plt

    Secrecy protects the profession and the people, not the professional:
    one personally suspected cannot oppose it to the investigation (police,
    procureur, investigating judge, trial court) and may reveal what the
    defence strictly needs.
*/
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded('../load').

% --- Helpers ----------------------------------------------------------------

answer_of(Scenario, Answer) :-
    once(may_disclose(Scenario, _, Answer)).

outcome(Scenario, Verdict-Basis) :-
    answer_of(Scenario, Answer),
    get_dict(verdict, Answer, Verdict),
    get_dict(basis, Answer, Basis).

ids(Dicts, Ids) :-
    findall(Id, ( member(D, Dicts), get_dict(id, D, Id) ), Ids).

caveat_ids(Scenario, Ids) :-
    answer_of(Scenario, Answer),
    get_dict(caveats, Answer, Caveats),
    ids(Caveats, Ids).

note_ids(Scenario, Ids) :-
    answer_of(Scenario, Answer),
    get_dict(notes, Answer, Notes),
    ids(Notes, Ids).

has_note(Scenario, Id, Has) :-
    note_ids(Scenario, Ids),
    ( memberchk(Id, Ids) -> Has = true ; Has = false ).

% open_of(+Scenario, -Open): the open entries as Provision-Rule-Verdict-Needs,
% Needs a sorted list of Fact=Value.
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

versions_of(Scenario, Versions) :-
    answer_of(Scenario, Answer),
    get_dict(versions, Answer, Versions).

%   vary(+Base, +Changes, -Scenario): Base with each change applied.
%   Field=Value replaces a scenario field; Fact:Value sets a fact;
%   unknown(Fact) removes it (the fact becomes unknown).
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

% --- The applying case --------------------------------------------------------

% A doctor suspected of a medical error, before the investigating judge.
base(suspect,
     [discloser=doctor, information=medical_data, recipient=investigating_judge,
      facts=[discloser_is_suspect=true], date="2020-01-01"]).

scenario(Base, Changes, Scenario) :-
    base(Base, S0),
    vary(S0, Changes, Scenario).

investigator(police).
investigator(public_prosecutor).
investigator(investigating_judge).
investigator(trial_court).

% --- Decision table: one condition varied at a time --------------------------

row([],                                  permitted-[suspect_professional]).
row([recipient=police],                  permitted-[suspect_professional]).
row([recipient=public_prosecutor],       permitted-[suspect_professional]).
row([recipient=trial_court],             permitted-[suspect_professional]).
row([discloser_is_suspect:false],        forbidden-[cp_458]).
row([unknown(discloser_is_suspect)],     forbidden-[cp_458]).
row([recipient=press],                   forbidden-[cp_458]).
row([recipient=family],                  forbidden-[cp_458]).
row([recipient=employer],                forbidden-[cp_458]).
row([recipient=colleague],               forbidden-[cp_458]).
row([recipient=parliamentary_inquiry],   forbidden-[cp_458]).
row([information=confidence],            permitted-[suspect_professional]).
row([discloser=social_worker],           permitted-[suspect_professional]).
row([discloser=private_individual],      not_covered-[no_secrecy_duty]).

:- begin_tests(suspect_professional).

% seed: s07, s01
test(applies, true(Outcome == permitted-[suspect_professional])) :-
    base(suspect, Scenario),
    outcome(Scenario, Outcome).

% seed: s07, s01, s08
test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(suspect, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s07
test(every_investigating_authority,
     [forall(investigator(T)), true(Outcome == permitted-[suspect_professional])]) :-
    scenario(suspect, [recipient=T], Scenario),
    outcome(Scenario, Outcome).

% seed: s07
test(not_the_press, true(Outcome == forbidden-[cp_458])) :-
    scenario(suspect, [recipient=press], Scenario),
    outcome(Scenario, Outcome).

% seed: s07, s08
test(unknown_suspicion_is_open, true(Needs == [discloser_is_suspect=true])) :-
    scenario(suspect, [unknown(discloser_is_suspect)], Scenario),
    open_of(Scenario, Open),
    once(member(suspect_professional-suspect_professional-permitted-Needs, Open)).

% seed: s07
test(only_what_the_defence_needs,
     [forall(investigator(T)), true(Has == true)]) :-
    scenario(suspect, [recipient=T], Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(suspect_only_what_the_defence_needs, Caveats) -> Has = true ; Has = false ).

% seed: s07
test(no_defence_caveat_without_suspicion, true(Has == false)) :-
    scenario(suspect, [discloser_is_suspect:false], Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(suspect_only_what_the_defence_needs, Caveats) -> Has = true ; Has = false ).

% seed: s07
test(a_permission_never_a_duty,
     [forall(( investigator(T), vocabulary:in_domain(information, K) )),
      true(Verdict == permitted)]) :-
    scenario(suspect, [recipient=T, information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

:- end_tests(suspect_professional).
