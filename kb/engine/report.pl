:- module(report,
          [ answer_report/5,          % +Scenario, +Answer, +Deontology, +Lang, -Report
            compact_report/3,         % +Scenario, +Answer, -Report
            versions_applied/3,       % +Step, +Advice, -Versions
            open_compact_text/2,      % +Open, -Text
            error_report/2,           % +Error, -Report
            error_message/2,          % +Error, -Message
            bounded_term/2,           % +Term, -Bounded
            citation_report/3,        % +SourceId, +Lang, -Citation
            change_report/3           % +Lang, +Change, -Report
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module('../sources').
:- use_module('../law').
:- use_module(scenario).
:- use_module(wording).
:- use_module(verdict, [principle_in_force/3, rule_provision/2, provision_on/3 as provision_on_date]).

/** <module> Answers as data: the contract's shape, worded in one language

answer_report/4 turns an answer term (verdict:answer/2) into a dict with
the keys of the scenario contract, ready for JSON: every id comes with its
wording in the chosen language and every rule with its citation.
error_report/2 turns an input error into the dict every interface shows;
it never writes more than a bounded copy of a culprit (bounded_term/2), so
a huge or deep term in an error costs no more to report than a small one.
*/

%!  answer_report(+Scenario, +Answer, +Deontology, +Lang, -Report:dict) is det.
%
%   Report has the contract's keys (verdict, basis, complete, open,
%   caveats, explanation, law_date) plus unencoded (the laws the knowledge
%   base does not encode that govern the case: {id, text, citation}, the
%   citation naming the instrument to look at), notes, versions (the source
%   versions the answer applied), deontology (the codes' view, beside the
%   legal one: ethics:deontology/3), the scenario as understood, lang,
%   and schema_version (schema_version/1).

answer_report(Scenario,
              answer(Verdict, Basis, Complete, Open, Unencoded, Advice, Step, Date),
              Deontology,
              Lang,
              _{schema_version: Version,
                verdict: Verdict, basis: Basis, complete: Complete,
                open: OpenReports, unencoded: UnencodedReports,
                caveats: Caveats, notes: Notes,
                explanation: Tree, law_date: Iso, versions: Versions,
                deontology: DeontologyReport,
                scenario: ScenarioDict, lang: Lang}) :-
    schema_version(Version),
    deontology_report(Deontology, Lang, Date, DeontologyReport),
    date_iso(Date, Iso),
    versions_applied(Step, Advice, Versions),
    maplist(open_report(Lang), Open, OpenReports),
    maplist(unencoded_report(Lang), Unencoded, UnencodedReports),
    advice_reports(caveat, Advice, Lang, Date, Caveats),
    advice_reports(note, Advice, Lang, Date, Notes),
    step_report(Step, Lang, Date, Tree),
    scenario_dict(Scenario, ScenarioDict).

%   The version of the answer's JSON shape, described by
%   secret_kb/schema/answer.schema.json (and SCHEMA_VERSION in
%   secret_kb/model.py). Bump the minor part when a key is added, the major
%   part when one changes or goes.

schema_version("1.1").

%!  compact_report(+Scenario, +Answer, -Report:dict) is det.
%
%   Report is the compact answer: what a table or a batch needs, and no
%   words and no tree. Keys: schema_version, compact (true), verdict,
%   basis, complete, open (each alternative as "verdict if facts
%   [provision]", open_compact_text/2), unencoded, caveats and notes (ids),
%   versions (the source versions applied, as in answer_report/5),
%   law_date and scenario (as understood). Built from the same answer
%   term as answer_report/5: one computation, two reports.

compact_report(Scenario,
               answer(Verdict, Basis, Complete, Open, Unencoded, Advice, Step, Date),
               _{schema_version: Version, compact: true,
                 verdict: Verdict, basis: Basis, complete: Complete,
                 open: OpenTexts, unencoded: Unencoded,
                 caveats: Caveats, notes: Notes,
                 law_date: Iso, versions: Versions, scenario: ScenarioDict}) :-
    schema_version(Version),
    date_iso(Date, Iso),
    versions_applied(Step, Advice, Versions),
    maplist(open_compact_text, Open, OpenTexts),
    include(advice_of_kind(caveat), Advice, Caveats),
    include(advice_of_kind(note), Advice, Notes),
    scenario_dict(Scenario, ScenarioDict).

advice_of_kind(Kind, Id) :-
    advice(Id, Kind, _).

%!  open_compact_text(+Open, -Text:string) is det.
%
%   Text says an open alternative open(Provision, Rule, Verdict, Needs)
%   with ids only, the same in every language: "permitted if
%   in_person_interest, not person_consents [shared_secret]" (a fact
%   needed false is written `not Fact`).

open_compact_text(open(Provision, _Rule, Verdict, Needs), Text) :-
    maplist(need_id, Needs, Facts),
    atomic_list_concat(Facts, ', ', Joined),
    format(string(Text), "~w if ~w [~w]", [Verdict, Joined, Provision]).

need_id(F=true, F).
need_id(F=false, Text) :-
    format(atom(Text), "not ~w", [F]).

% A law not encoded that governs the case: what to look at, and its citation.
unencoded_report(Lang, Id, _{id: Id, text: Text, citation: Citation}) :-
    unencoded_text(Id, Lang, Text),
    unencoded_meta(Id, Props),
    memberchk(source(Source), Props),
    citation_report(Source, Lang, Citation).

open_report(Lang, open(Provision, Rule, Verdict, Needs),
            _{provision: Provision, rule: Rule, verdict: Verdict,
              needs: NeedsDict, text: Text}) :-
    facts_dict(Needs, NeedsDict),
    change_text(Lang, Verdict, Provision, Needs, Text).

%!  change_report(+Lang, +Change, -Report:dict) is det.
%
%   Report is a change(Facts, Verdict, Basis, Rule) of changes:what_if/3
%   as data: `{changes: {Fact: Value}, verdict, basis, rule, text}`.

change_report(Lang, change(Facts, Verdict, Basis, Rule),
              _{changes: FactsDict, verdict: Verdict, basis: Basis, rule: Rule, text: Text}) :-
    facts_dict(Facts, FactsDict),
    Basis = [Provision|_],
    change_text(Lang, Verdict, Provision, Facts, Text).

facts_dict(Facts, Dict) :-
    pairs_from_equations(Facts, Pairs),
    dict_pairs(Dict, _, Pairs).

% "permitted if <facts> (<provision>)", in Lang.
change_text(Lang, Verdict, Provision, Facts, Text) :-
    maplist(need_text(Lang), Facts, Labels),
    atomic_list_concat(Labels, "; ", Conditions),
    value_label(provision, Provision, Lang, ProvisionLabel),
    template(verdict(Verdict), Lang, VerdictWord),
    template(open_line, Lang, Format),
    format(string(Text), Format, [VerdictWord, Conditions, ProvisionLabel]).

need_text(Lang, F=true, Text) :-
    condition_text(fact(F), Lang, Text).
need_text(Lang, F=false, Text) :-
    condition_text(no(F), Lang, Text).

pairs_from_equations(Equations, Pairs) :-
    findall(K-V, member(K=V, Equations), Pairs).

advice_reports(Kind, Advice, Lang, Date, Reports) :-
    findall(_{id: Id, text: Text, provision: Provision, citation: Citation},
            ( member(Id, Advice),
              advice(Id, Kind, _),
              advice_text(Id, Lang, Text),
              advice_meta(Id, Props),
              props_provision_on(Props, Date, Provision),
              memberchk(source(Source), Props),
              citation_report(Source, Lang, Citation) ),
            Reports).

scenario_dict(Scenario, Dict) :-
    scenario_to_pairs(Scenario, Pairs0),
    select(facts-FactPairs, Pairs0, facts-Facts, Pairs),
    dict_pairs(Facts, _, FactPairs),
    dict_pairs(Dict, _, Pairs).

% The codes' view: verdict, the code rules that ground it, the codes that
% bind, the tensions with the law, and each code's proof.
deontology_report(deontology(Verdict, Basis, Codes, Tensions, Steps), Lang, Date,
                  _{verdict: Verdict, basis: Basis, codes: CodeReports,
                    tensions: TensionReports, explanation: Trees}) :-
    maplist(code_report(Lang), Codes, CodeReports),
    maplist(tension_report(Lang, Date), Tensions, TensionReports),
    maplist(child_report(Lang, Date), Steps, Trees).

code_report(Lang, Code, _{id: Code, label: Label}) :-
    value_label(code, Code, Lang, Label).

% A derived tension (ethics.pl): the law rule's words against the code
% rule's, cited to the code rule's source. A tension's provision is given
% as it is cited on the answer's date (verdict:provision_on/3).
tension_report(Lang, Date, derived(Id, Provision0, CodeRule, LawRule),
               _{id: Id, provision: Provision, code: Code, article: CodeRule,
                 law_says: LawSays, code_says: CodeSays, citation: Citation}) :-
    !,
    provision_on_date(Provision0, Date, Provision),
    rule_meta(CodeRule, Props),
    memberchk(code(Code), Props),
    memberchk(source(Source), Props),
    rule_text(LawRule, Lang, LawSays),
    rule_text(CodeRule, Lang, CodeSays),
    citation_report(Source, Lang, Citation).
tension_report(Lang, Date, Id, _{id: Id, provision: Provision, code: Code, article: Rule,
                                 law_says: LawSays, code_says: CodeSays, citation: Citation}) :-
    tension_meta(Id, Props),
    memberchk(provision(Provision0), Props),
    provision_on_date(Provision0, Date, Provision),
    memberchk(code_rule(Rule), Props),
    memberchk(source(Source), Props),
    rule_meta(Rule, RuleProps),
    memberchk(code(Code), RuleProps),
    tension_says(Id, Lang, LawSays, CodeSays),
    citation_report(Source, Lang, Citation).

%!  versions_applied(+Step, +Advice, -Versions:list) is det.
%
%   Versions are the source versions an answer rests on (sorted): those of
%   the rules that hold in its tree Step, and of the advice it gives.

versions_applied(Step, Advice, Versions) :-
    findall(Source, ( step_rule_holds(Step, Id), rule_source(Id, Source) ), Rules),
    findall(Source, ( member(Id, Advice), advice_meta(Id, Props),
                      memberchk(source(Source), Props) ), Advised),
    append(Rules, Advised, All),
    sort(All, Versions).

step_rule_holds(step(Node, true, _), Id) :-
    ( Node = rule(Id) ; Node = exception(Id) ).
step_rule_holds(step(_, _, Children), Id) :-
    member(Child, Children),
    step_rule_holds(Child, Id).

rule_source(Id, Source) :-
    rule_meta(Id, Props),
    memberchk(source(Source), Props).

% --- The justification tree ----------------------------------------------

step_report(step(Node, Status, Children), Lang, Date, Report) :-
    node_report(Node, Status, Children, Lang, Date, Report0),
    % "true"/"false"/"unknown" as strings: JSON would make two of them booleans.
    atom_string(Status, StatusWord),
    maplist(child_report(Lang, Date), Children, ChildReports),
    Report = Report0.put(_{status: StatusWord, children: ChildReports}).

child_report(Lang, Date, Step, Report) :-
    step_report(Step, Lang, Date, Report).

node_report(rule(Id), Status, _, Lang, Date, Report) :-
    !,
    rule_report(Id, rule, Status, Lang, Date, Report).
node_report(exception(Id), Status, Children, Lang, Date, Report) :-
    !,
    rule_report(Id, exception, Status, Lang, Date, Report0),
    (   rule(Id, verdict(Effect), _)
    ->  Report1 = Report0.put(effect, Effect)
    ;   Report1 = Report0
    ),
    (   Status == true
    ->  Report = Report1
    ;   failing_conditions(Children, Lang, Because),
        Report = Report1.put(because, Because)
    ).
node_report(note(Id), Status, _, Lang, Date,
            _{kind: note, id: Id, status: Status, text: Text,
              provision: Provision, citation: Citation}) :-
    !,
    advice_text(Id, Lang, Text),
    advice_meta(Id, Props),
    props_provision_on(Props, Date, Provision),
    memberchk(source(Source), Props),
    citation_report(Source, Lang, Citation).
node_report(Condition, Status, _, Lang, _,
            _{kind: condition, id: Id, status: Status, text: Text}) :-
    condition_id(Condition, Id),
    condition_text(Condition, Lang, Text).

condition_id(fact(F), F) :- !.
condition_id(no(F), F) :- !.
condition_id(exception(Id), Id) :- !.
condition_id(Condition, Id) :- functor(Condition, Id, _).

rule_report(Id, Kind, Status, Lang, Date, Report) :-
    rule_text(Id, Lang, Text),
    rule_meta(Id, Props),
    rule_layer(Props, Date, Provision),
    memberchk(source(Source), Props),
    citation_report(Source, Lang, Citation),
    (   memberchk(seed(Seed), Props) -> true ; Seed = [] ),
    rule(Id, Conclusion, _),
    conclusion_string(Conclusion, ConclusionText),
    Report0 = _{kind: Kind, id: Id, status: Status, text: Text, conclusion: ConclusionText,
                provision: Provision, citation: Citation, seed: Seed},
    (   interpretation_text(Id, Lang, Reading)
    ->  Report = Report0.put(interpretation, Reading)
    ;   Report = Report0
    ).

% What a rule encodes: a provision of the law, or a code of ethics. A rule
% or an advice of `provision = principle` (who is bound, what is covered,
% consent is not enough) belongs to the principle in force on the date.
rule_layer(Props, Date, Provision) :-
    memberchk(provision(_), Props),
    !,
    props_provision_on(Props, Date, Provision).
rule_layer(Props, _, Code) :-
    memberchk(code(Code), Props).

% The provision of a rule's or an advice's metadata on Date
% (verdict:provision_on/3).
props_provision_on(Props, Date, Provision) :-
    memberchk(provision(Provision0), Props),
    provision_on_date(Provision0, Date, Provision).

% A conclusion as text, its variables written `_`: the same text in any
% process, whatever variable numbers the engine happened to use.
conclusion_string(Conclusion, Text) :-
    copy_term(Conclusion, Copy),
    numbervars(Copy, 0, _, [singletons(true)]),
    format(string(Text), "~W", [Copy, [quoted(true), numbervars(true)]]).

% What kept an exception from applying, in the order tried: the conditions
% that are false when there are any (they made it fail), else the unknown
% ones (they leave it open).
failing_conditions(Children, Lang, Because) :-
    phrase(failing(Children), Failing),
    (   include(false_condition, Failing, False), False \== []
    ->  Decisive = False
    ;   Decisive = Failing
    ),
    maplist(reason_report(Lang), Decisive, Because).

false_condition(_-false).

reason_report(Lang, Condition-Status, _{id: Id, status: StatusWord, text: Text}) :-
    condition_id(Condition, Id),
    atom_string(Status, StatusWord),
    reason_text(Condition, Lang, Text).

reason_text(exception(Id), Lang, Text) :-
    !,
    rule_text(Id, Lang, Text).
reason_text(Condition, Lang, Text) :-
    condition_text(Condition, Lang, Text).

% A nested exception (an exception to the exception) works the other way:
% it keeps the exception from applying when it holds or may hold.
failing([]) --> [].
failing([step(exception(Id), Status, _)|Steps]) -->
    !,
    (   { Status == false }
    ->  []
    ;   [exception(Id)-Status]
    ),
    failing(Steps).
failing([step(Node, Status, Kids)|Steps]) -->
    (   { Status == true }
    ->  []
    ;   { Kids == [] ; Node = holds(_) }
    ->  [Node-Status]
    ;   failing(Kids)
    ),
    failing(Steps).

%!  citation_report(+SourceId, +Lang, -Citation:dict) is det.
%
%   Citation describes source version SourceId: instrument, article (in
%   the notation of Lang: lang:article_text/3), the interval in force
%   (from/to, null when open), the official reference, its verification,
%   and a note when there is one.

citation_report(Id, Lang, Citation) :-
    source(Id, Instrument, Article0, version(From, To), Reference, Verification),
    instrument_label(Instrument, Lang, InstrumentLabel),
    article_text(Article0, Lang, Article),
    bound_iso(From, FromIso),
    bound_iso(To, ToIso),
    Citation0 = _{id: Id, instrument: InstrumentLabel, article: Article,
                  from: FromIso, to: ToIso, reference: Reference,
                  verification: Verification},
    (   source_note(Id, Lang, Note)
    ->  Citation = Citation0.put(note, Note)
    ;   Citation = Citation0
    ).

bound_iso(open, null) :- !.
bound_iso(Date, Iso) :- date_iso(Date, Iso).

%!  error_report(+Error, -Report:dict) is det.
%
%   Report = _{type, field, value, accepted, message}: what is wrong with
%   an input, for people and programs. `accepted` lists the valid values
%   when the error is about the vocabulary. `value` is the culprit (the
%   last argument of the formal term), `message` the error's own message
%   (context(Field, Message)) or else its translation (error_message/2):
%   both bounded, whatever the size of the culprit.

error_report(error(Formal, Context), Report) :-
    !,
    formal_report(Formal, Report0),
    context_message(Context, Formal, Message),
    context_field(Context, Report0.field, Field),
    Report = Report0.put(_{message: Message, field: Field}).
error_report(Other, _{type: error, field: null, value: null, accepted: [],
                      message: Message}) :-
    shown_copy(Other, Shown),
    format(string(Message0), "~q", [Shown]),
    clip(Message0, 4000, Message).

formal_report(domain_error(Domain, Value), _{type: domain_error, field: Field, value: Shown, accepted: Accepted}) :-
    !,
    domain_field(Domain, Field),
    shown(Value, Shown),
    (   atom(Domain), accepted_values(Domain, Accepted), Accepted \== [] -> true ; Accepted = [] ).
formal_report(existence_error(required_field, Field),
              _{type: existence_error, field: Field, value: null, accepted: []}) :- !.
formal_report(existence_error(scenario_field, Name),
              _{type: existence_error, field: Shown, value: Shown, accepted: Fields}) :-
    !,
    shown(Name, Shown),
    findall(F, ( F = id ; field_domain(F, _) ), Fields).
formal_report(type_error(Type, Value), _{type: type_error, field: null, value: Shown, accepted: [Accepted]}) :-
    !,
    shown(Value, Shown),
    shown(Type, Accepted).
formal_report(Formal, _{type: Type, field: null, value: Value, accepted: []}) :-
    compound(Formal),
    !,
    compound_name_arity(Formal, Type, Arity),
    arg(Arity, Formal, Culprit),
    shown(Culprit, Value).
formal_report(Formal, _{type: Type, field: null, value: null, accepted: []}) :-
    (   atom(Formal) -> Type = Formal ; Type = error ).

accepted_values(lang, Languages) :-
    !,
    findall(Lang, language(Lang), Languages).
accepted_values(Domain, Values) :-
    domain_values(Domain, Values).

domain_field(Domain, Field) :- \+ atom(Domain), !, shown(Domain, Field).
domain_field(role, discloser) :- !.
domain_field(fact, facts) :- !.
domain_field(consistent_facts, facts) :- !.
domain_field(Domain, Field) :- field_domain(Field, Domain), !.
domain_field(Domain, Domain).

%   shown(+Value, -Shown): JSON data for a culprit: null for a variable, a
%   short atom, string or number as itself, anything else as the text of a
%   bounded copy.
shown(Value, null) :- var(Value), !.
shown(Value, Shown) :-
    (   atom(Value) -> atom_length(Value, Length)
    ;   string(Value) -> string_length(Value, Length)
    ),
    !,
    (   Length =< 200 -> Shown = Value ; clip(Value, 200, Shown) ).
shown(Value, Shown) :-
    integer(Value),
    !,
    bounded_atomic(Value, Bounded),
    (   integer(Bounded) -> Shown = Bounded ; atom_string(Bounded, Shown) ).
shown(Value, Value) :- float(Value), float_class(Value, Class), memberchk(Class, [normal, subnormal, zero]), !.
shown(Value, Text) :-
    shown_copy(Value, Bounded),
    format(string(Text0), "~q", [Bounded]),
    clip(Text0, 200, Text).

context_message(context(_, Message), _, Shown) :-
    string(Message),
    !,
    clip(Message, 4000, Shown).
context_message(Context, Formal, Message) :-
    error_message(error(Formal, Context), Message).

context_field(context(Field, _), _, Field) :-
    atom(Field),
    !.
context_field(_, Field, Field).

%!  error_message(+Error, -Message:string) is det.
%
%   Message is SWI-Prolog's own message for Error (translate_message//1),
%   on one line, at most 4,000 characters: the message of a bounded copy
%   of Error (bounded_term/2), so it is cheap whatever Error holds.

error_message(Error, Message) :-
    shown_error(Error, Bounded),
    catch(( '$messages':translate_message(Bounded, Lines, []),
            with_output_to(string(Text0), print_message_lines(current_output, '', Lines)),
            split_string(Text0, "\n", " \n", Parts0),
            exclude(==(""), Parts0, Parts),
            atomic_list_concat(Parts, ' ', Atom),
            atom_string(Atom, Text) ),
          _, format(string(Text), "~q", [Bounded])),
    clip(Text, 4000, Message).

%!  bounded_term(+Term, -Bounded) is det.
%
%   Bounded is a copy of Term that is cheap to write: at most 10 levels
%   deep and 100 compound cells in all (the rest written `...`), atoms and
%   strings of at most 200 characters, integers of at most 100 digits
%   (longer ones as text saying how long). It walks no more of Term than
%   it copies: a huge, deep or cyclic Term costs no more than a small one.

bounded_term(Term, Bounded) :-
    Budget = budget(100),
    bounded_term(Term, 0, Budget, Bounded).

%   shown_copy(+Term, -Shown): a bounded copy of Term to be written, its
%   variables named A, B, ... (_ when single): the same text in any
%   process, whatever variable numbers the engine happened to use.
shown_copy(Term, Shown) :-
    bounded_term(Term, Bounded),
    copy_term(Bounded, Shown, _),
    numbervars(Shown, 0, _, [singletons(true)]).

%   An error's context keeps an unbound message unbound: the message
%   translation says nothing of it then.
shown_error(Error, Shown) :-
    bounded_term(Error, Bounded),
    copy_term(Bounded, Copy, _),
    (   Copy = error(Formal, context(Culprit, Message)), var(Message)
    ->  numbervars(Formal-Culprit, 0, _, [singletons(true)]),
        Shown = error(Formal, context(Culprit, _))
    ;   numbervars(Copy, 0, _, [singletons(true)]),
        Shown = Copy
    ).

bounded_term(T, _, _, T) :-
    var(T),
    !.
bounded_term(T, _, _, B) :-
    atomic(T),
    !,
    bounded_atomic(T, B).
bounded_term(_, Depth, Budget, '...') :-
    (   Depth >= 10
    ;   arg(1, Budget, Left), Left =< 0
    ),
    !.
bounded_term(T, Depth, Budget, B) :-
    is_dict(T),
    !,
    arg(1, Budget, Left),
    Left1 is Left - 1,
    nb_setarg(1, Budget, Left1),
    findall(K-V, limit(10, get_dict(K, T, V)), Pairs),
    D1 is Depth + 1,
    foldl(bounded_pair(D1, Budget), Pairs, Bounded, []),
    (   catch(dict_pairs(B, _, Bounded), _, fail) -> true ; B = dict(Bounded) ).
bounded_term(T, Depth, Budget, B) :-
    arg(1, Budget, Left),
    Left1 is Left - 1,
    nb_setarg(1, Budget, Left1),
    compound_name_arity(T, Name0, Arity),
    bounded_atomic(Name0, Name),
    D1 is Depth + 1,
    (   Name0 == '[|]', Arity =:= 2
    ->  arg(1, T, H), arg(2, T, Tail),
        bounded_term(H, D1, Budget, BH),
        bounded_term(Tail, Depth, Budget, BT),      % a list's tail is no deeper
        B = [BH|BT]
    ;   Shown is min(Arity, 10),
        findall(I, between(1, Shown, I), Is),
        foldl(bounded_arg(T, D1, Budget), Is, Args0, []),
        (   Arity > Shown -> append(Args0, ['...'], Args) ; Args = Args0 ),
        compound_name_arguments(B, Name, Args)
    ).

bounded_pair(Depth, Budget, K-V, [BK-BV|Ps], Ps) :-
    bounded_atomic(K, BK),
    bounded_term(V, Depth, Budget, BV).

bounded_arg(T, Depth, Budget, I, [B|Bs], Bs) :-
    arg(I, T, A),
    bounded_term(A, Depth, Budget, B).

bounded_atomic(A, B) :-
    atom(A),
    !,
    atom_length(A, L),
    (   L =< 200 -> B = A ; sub_atom(A, 0, 197, _, P), atom_concat(P, '...', B) ).
bounded_atomic(S, B) :-
    string(S),
    !,
    clip(S, 200, B).
bounded_atomic(I, B) :-
    integer(I),
    !,
    (   abs(I) < 10^100
    ->  B = I
    ;   Bits is msb(abs(I)) + 1,
        format(atom(B), "<an integer of ~D bits>", [Bits])
    ).
bounded_atomic(R, B) :-
    rational(R), \+ integer(R),
    !,
    rational(R, N, D),
    (   abs(N) < 10^100, D < 10^100 -> B = R ; B = '<a large rational>' ).
bounded_atomic(X, X).

%   clip(+Text, +Max, -Clipped:string): at most Max characters, "..." marking a cut.
clip(Text, Max, Clipped) :-
    string_length(Text, Length),
    (   Length =< Max
    ->  atom_string(Text, Clipped)
    ;   Keep is Max - 3,
        sub_string(Text, 0, Keep, _, Start),
        string_concat(Start, "...", Clipped)
    ).
