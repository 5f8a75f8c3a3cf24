:- module(scenario,
          [ scenario_from_input/2,    % +Input, -Scenario
            scenario_with_facts/3,    % +Scenario, +Assignment, -Extended
            entailed_facts/2,         % +Facts, -Entailed
            entailed_facts/3,         % +Recipient, +Facts, -Entailed
            fact_status/3,            % +Scenario, +Fact, -Status
            scenario_date/2,          % +Scenario, -Date
            scenario_to_pairs/2,      % +Scenario, -Pairs
            date_iso/2,               % ?Date, ?Iso
            input_date/2,             % +Raw, -Date
            field_value/3,            % +Field, +Raw, -Value
            nearest/3,                % +Raw, +Values, -Nearest
            today/1                   % -Date
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- autoload(library(error)).
:- use_module('../vocabulary').

/** <module> Scenarios: checked once, at the edge

A scenario arrives as a list of Field=Value pairs or as a dict (decoded
JSON gives strings, Prolog callers give atoms). scenario_from_input/2
checks every field against the vocabulary and returns the internal form:

    scenario(Discloser, Institution, Information, Recipient, Facts, Given, Date)

where Institution is `none` when not said, Given lists the facts as given
(Fact=Value, Value true, false or unknown when given as null/unknown),
Facts is the closure under vocabulary:fact_implies/2 of the known ones,
of what the recipient entails (vocabulary:recipient_implies/2: recipient
next_of_kin makes person_deceased=true known) and of the declared
defaults of facts not mentioned at all, and Date is date(Y,M,D).

Every problem raises an ISO error that names the field: existence_error for
a missing or unknown field, domain_error for a value outside the
vocabulary (the accepted values are in the error's context), type_error
for a value of the wrong type, domain_error(consistent_facts, [A, B]) for
contradictory facts, A and B the two that clash: given facts (Fact=Value),
or a given fact and the recipient (recipient=Recipient, always second)
when the fact contradicts what the recipient entails. No text is ever turned into a goal, and values are
matched against the vocabulary without creating atoms.
*/

scenario_field(id).
scenario_field(Field) :- field_domain(Field, _).

%!  scenario_from_input(+Input, -Scenario) is det.
%
%   Scenario is the checked internal form of Input, a list of Field=Value
%   or a dict. Raises an ISO error naming the field on any bad input.

scenario_from_input(Input, Scenario) :-
    input_pairs(Input, Pairs),
    check_fields(Pairs),
    required_value(Pairs, discloser, Discloser),
    optional_value(Pairs, institution, none, Institution),
    required_value(Pairs, information, Information),
    required_value(Pairs, recipient, Recipient),
    given_facts(Pairs, Given),
    close_facts(Recipient, Given, Facts),
    given_date(Pairs, Date),
    Scenario = scenario(Discloser, Institution, Information, Recipient,
                        Facts, Given, Date).

input_pairs(Input, _) :-
    var(Input),
    !,
    instantiation_error(Input).
input_pairs(Dict, Pairs) :-
    is_dict(Dict),
    !,
    dict_pairs(Dict, _, Pairs).
input_pairs(List, Pairs) :-
    is_list(List),
    !,
    maplist(input_pair, List, Pairs).
input_pairs(Input, _) :-
    type_error(scenario, Input).

input_pair(Pair, _) :-
    var(Pair),
    !,
    instantiation_error(Pair).
input_pair(Key=Value, Key-Value) :-
    atom(Key),
    !.
input_pair(Pair, _) :-
    type_error(field_value_pair, Pair).

check_fields(Pairs) :-
    forall(member(Key-_, Pairs), known_field(Key)),
    pairs_keys(Pairs, Keys),
    msort(Keys, Sorted),
    (   append(_, [Key, Key|_], Sorted)
    ->  domain_error(unique_field, Key)
    ;   true
    ).

known_field(Key) :-
    scenario_field(Key),
    !.
known_field(Key) :-
    findall(F, scenario_field(F), Fields),
    atomic_list_concat(Fields, ', ', Accepted),
    suggestion(Key, Fields, Suggestion),
    format(string(Msg), "unknown field ~q; ~waccepted fields: ~w", [Key, Suggestion, Accepted]),
    throw(error(existence_error(scenario_field, Key), context(_, Msg))).

required_value(Pairs, Field, Value) :-
    (   memberchk(Field-Raw, Pairs),
        Raw \== null
    ->  vocabulary_value(Field, Raw, Value)
    ;   format(string(Msg), "the field ~w is required", [Field]),
        throw(error(existence_error(required_field, Field), context(_, Msg)))
    ).

optional_value(Pairs, Field, Default, Value) :-
    (   memberchk(Field-Raw, Pairs),
        Raw \== null
    ->  vocabulary_value(Field, Raw, Value)
    ;   Value = Default
    ).

%!  field_value(+Field, +Raw, -Value:atom) is det.
%
%   Value is the value of the vocabulary that Raw (an atom or a string)
%   names for Field (discloser, institution, information, recipient, or
%   facts for a fact's name). Raises the error a scenario would: a
%   domain_error naming the field, with the accepted values and the
%   nearest one in its message.

field_value(Field, Raw, Value) :-
    vocabulary_value(Field, Raw, Value).

%   vocabulary_value(+Field, +Raw, -Atom)
%   Raw (atom or string) names an accepted value of Field's domain.
vocabulary_value(Field, Raw, Value) :-
    field_domain(Field, Domain),
    domain_member(Domain, Raw, Value),
    !.
vocabulary_value(Field, Raw, _) :-
    field_domain(Field, Domain),
    vocabulary_error(Domain, Field, Raw).

domain_member(Domain, Raw, Value) :-
    text(Raw),
    in_domain(Domain, Value),
    atom_string(Value, String),
    string_text_equal(String, Raw).

text(X) :- atom(X), !.
text(X) :- string(X).

string_text_equal(String, Raw) :-
    (   string(Raw)
    ->  String == Raw
    ;   atom_string(Raw, String)
    ).

vocabulary_error(Domain, Field, Raw) :-
    domain_values(Domain, Values),
    atomic_list_concat(Values, ', ', Accepted),
    suggestion(Raw, Values, Suggestion),
    format(string(Msg), "unknown ~w ~q; ~waccepted values: ~w", [Field, Raw, Suggestion, Accepted]),
    throw(error(domain_error(Domain, Raw), context(Field, Msg))).

%   suggestion(+Raw, +Values, -Text)
%   Text is "did you mean V? " for the value V nearest to Raw (nearest/3),
%   or "" when none is near.
suggestion(Raw, Values, Text) :-
    (   nearest(Raw, Values, Nearest)
    ->  format(string(Text), "did you mean ~w? ", [Nearest])
    ;   Text = ""
    ).

%!  nearest(+Raw, +Values:list(atom), -Nearest:atom) is semidet.
%
%   Nearest is the value of Values closest to the text Raw, compared
%   without case: the one at the smallest edit distance (Levenshtein),
%   when that distance is at most a third of Raw's length (and at least
%   1, at most 3), or else the first value that Raw of 3 characters or
%   more begins. Fails when none is that near, or Raw is not short text
%   (at most 100 characters): a misspelt name, not a random one, gets a
%   suggestion. No atom is created from Raw.

nearest(Raw, Values, Nearest) :-
    text(Raw),
    string_length(Raw, Length),
    Length =< 100,
    string_lower(Raw, Lower),
    string_codes(Lower, Codes),
    Budget is max(1, min(3, Length // 3)),
    findall(Distance-Value,
            ( member(Value, Values),
              atom_codes(Value, ValueCodes),
              edit_distance(Codes, ValueCodes, Distance),
              Distance =< Budget ),
            Near),
    (   Near \== []
    ->  keysort(Near, [_-Nearest|_])
    ;   Length >= 3,
        member(Nearest, Values),
        atom_codes(Nearest, ValueCodes),
        append(Codes, _, ValueCodes)
    ->  true
    ),
    !.

% Levenshtein's distance between two code lists, one row at a time.
edit_distance(As, Bs, Distance) :-
    length(Bs, N),
    numlist(0, N, Row0),
    foldl(distance_row(Bs), As, Row0-1, Row-_),
    last(Row, Distance).

distance_row(Bs, A, Previous-I, Row-I1) :-
    I1 is I + 1,
    Previous = [Diagonal|Above],
    distance_cells(Bs, A, Diagonal, Above, I, Row0),
    Row = [I|Row0].

distance_cells([], _, _, [], _, []).
distance_cells([B|Bs], A, Diagonal, [Up|Ups], Left, [Cell|Cells]) :-
    (   A == B -> Cost = 0 ; Cost = 1 ),
    Cell is min(min(Up + 1, Left + 1), Diagonal + Cost),
    distance_cells(Bs, A, Up, Ups, Cell, Cells).

% --- Facts ---------------------------------------------------------------

given_facts(Pairs, Given) :-
    (   memberchk(facts-Raw, Pairs),
        Raw \== null
    ->  fact_pairs(Raw, RawPairs),
        foldl(add_given_fact, RawPairs, [], Reversed),
        reverse(Reversed, Given)
    ;   Given = []
    ).

fact_pairs(Dict, Pairs) :-
    is_dict(Dict),
    !,
    dict_pairs(Dict, _, Pairs).
fact_pairs(List, Pairs) :-
    is_list(List),
    !,
    maplist(fact_pair, List, Pairs).
fact_pairs(Raw, _) :-
    throw(error(type_error(fact_map, Raw),
                context(facts, "facts must be a map of fact name to true or false"))).

fact_pair(Name=Value, Name-Value) :- !.
fact_pair(Other, _) :-
    throw(error(type_error(fact_value_pair, Other),
                context(facts, "each fact must be written Name=true or Name=false"))).

add_given_fact(Name-Raw, Given0, Given) :-
    fact_name(Name, Fact),
    fact_value(Fact, Raw, Value),
    (   memberchk(Fact=Other, Given0)
    ->  (   Other == Value
        ->  Given = Given0
        ;   contradiction((Fact=Other)-(Fact=Other), (Fact=Value)-(Fact=Value))
        )
    ;   Given = [Fact=Value|Given0]
    ).

fact_name(Raw, Fact) :-
    domain_member(fact, Raw, Fact),
    !.
fact_name(Raw, _) :-
    vocabulary_error(fact, facts, Raw).

% true/false; null and unknown (atom, or the string "unknown" that TOML
% needs, having no null) mean "explicitly unknown".
fact_value(_, true, true) :- !.
fact_value(_, false, false) :- !.
fact_value(_, null, unknown) :- !.
fact_value(_, unknown, unknown) :- !.
fact_value(_, "unknown", unknown) :- !.
fact_value(Fact, Raw, _) :-
    format(string(Msg), "the fact ~w must be true or false, not ~q", [Fact, Raw]),
    throw(error(type_error(boolean, Raw), context(facts, Msg))).

%   close_facts(+Recipient, +Given, -Facts)
%   Facts: what the recipient entails, the known given facts, the declared
%   defaults of facts not mentioned, and everything they entail under
%   fact_implies/2 (both directions). A fact given as explicitly unknown
%   still takes the value the recipient entails. Raises a contradiction
%   naming the two that clash (two facts, or a fact and the recipient).
close_facts(Recipient, Given, Facts) :-
    exclude(unknown_fact, Given, Known),
    findall(F=V, ( fact_default(F, V), \+ memberchk(F=_, Given) ), Defaults),
    append(Known, Defaults, Start),
    recipient_seeds(Recipient, RecipientSeeds),
    findall(Lit-Lit, member(Lit, Start), FactSeeds),
    append(RecipientSeeds, FactSeeds, Seeds),
    saturate(Seeds, Closed),
    pairs_keys(Closed, Facts0),
    sort(Facts0, Facts).

%   recipient_seeds(+Recipient, -Seeds)
%   The literals Recipient entails, each with its origin recipient=Recipient.
%   They come first: a given fact that clashes with one is the culprit.
recipient_seeds(Recipient, Seeds) :-
    findall(Lit-(recipient=Recipient), recipient_implies(Recipient, Lit), Seeds).

%   saturate(+Agenda-with-origins, -Closed)
%   Each entry is Literal-Origin, Origin the given literal it comes from.
saturate(Seeds, Closed) :-
    saturate(Seeds, [], Closed).

saturate([], Closed, Closed).
saturate([Lit-Origin|Agenda], Known, Closed) :-
    Lit = (F=V),
    (   memberchk((F=W)-OtherOrigin, Known)
    ->  (   W == V
        ->  saturate(Agenda, Known, Closed)
        ;   contradiction((F=W)-OtherOrigin, Lit-Origin)
        )
    ;   findall(C-Origin, entails(Lit, C), New),
        append(Agenda, New, Agenda1),
        saturate(Agenda1, [Lit-Origin|Known], Closed)
    ).

unknown_fact(_=unknown).

assigned_in(Assignment, Fact=_) :-
    memberchk(Fact=_, Assignment).

entails(Lit, C) :- fact_implies(Lit, C).
entails(F=V, P=NotPV) :-
    negate(V, NotV),
    fact_implies(P=PV, F=NotV),
    negate(PV, NotPV).

negate(true, false).
negate(false, true).

%   contradiction(+Clash1, +Clash2)
%   Each Clash is Literal-Origin: the literal that clashes and the given
%   fact (or recipient=R) it comes from. The error names the two origins,
%   the recipient second; when a fact clashes with the recipient through
%   an entailment, the message says which literal it entails.
contradiction(A, B) :-
    (   B = _-(recipient=_) -> true ; A = _-(recipient=_) ),
    !,
    (   A = _-(recipient=R) -> Fact = B ; Fact = A, B = _-(recipient=R) ),
    Fact = Lit-Origin,
    (   Lit == Origin
    ->  format(string(Msg), "~w contradicts recipient ~w", [Origin, R])
    ;   format(string(Msg), "~w (which implies ~w) contradicts recipient ~w", [Origin, Lit, R])
    ),
    throw(error(domain_error(consistent_facts, [Origin, recipient=R]), context(facts, Msg))).
contradiction(Clash1, Clash2) :-
    contradiction_pair(Clash1, Clash2).

contradiction_pair(_-A, _-B) :-
    format(string(Msg), "contradictory facts: ~w and ~w cannot both hold", [A, B]),
    throw(error(domain_error(consistent_facts, [A, B]), context(facts, Msg))).

%!  entailed_facts(+Facts, -Entailed) is semidet.
%
%   Entailed is Facts (a list of Fact=Value) closed under
%   vocabulary:fact_implies/2, without defaults. Fails if Facts
%   contradict each other.

entailed_facts(Facts, Entailed) :-
    entailed_from([], Facts, Entailed).

%!  entailed_facts(+Recipient, +Facts, -Entailed) is semidet.
%
%   As entailed_facts/2, for a scenario told to Recipient: Entailed also
%   holds what Recipient entails (vocabulary:recipient_implies/2), and the
%   call fails if Facts contradict it. What-if and open use it, so that
%   they never propose a set of facts the recipient rules out.

entailed_facts(Recipient, Facts, Entailed) :-
    recipient_seeds(Recipient, RecipientSeeds),
    entailed_from(RecipientSeeds, Facts, Entailed).

entailed_from(RecipientSeeds, Facts, Entailed) :-
    findall(Lit-Lit, member(Lit, Facts), FactSeeds),
    append(RecipientSeeds, FactSeeds, Seeds),
    catch(saturate(Seeds, Closed), error(domain_error(consistent_facts, _), _), fail),
    pairs_keys(Closed, Entailed0),
    sort(Entailed0, Entailed).

%!  scenario_with_facts(+Scenario, +Assignment, -Extended) is semidet.
%
%   Extended is Scenario with the facts of Assignment (list of Fact=Value)
%   added to the given facts. Fails, without error, when the result is
%   contradictory: such hypotheses are never proposed.

scenario_with_facts(scenario(D, I, K, T, _, Given0, Date), Assignment,
                    scenario(D, I, K, T, Facts, Given, Date)) :-
    exclude(assigned_in(Assignment), Given0, Kept),
    append(Kept, Assignment, Given),
    catch(close_facts(T, Given, Facts),
          error(domain_error(consistent_facts, _), _),
          fail).

%!  fact_status(+Scenario, +Fact, -Status) is det.
%
%   Status is true, false or unknown: the value of Fact in Scenario after
%   defaults and entailment.

fact_status(scenario(_, _, _, _, Facts, _, _), Fact, Status) :-
    (   memberchk(Fact=Value, Facts)
    ->  Status = Value
    ;   Status = unknown
    ).

% --- Dates ---------------------------------------------------------------

%!  scenario_date(+Scenario, -Date) is det.
%
%   Date is the date whose law applies to Scenario, date(Y,M,D).

scenario_date(scenario(_, _, _, _, _, _, Date), Date).

given_date(Pairs, Date) :-
    (   memberchk(date-Raw, Pairs),
        Raw \== null
    ->  input_date(Raw, Date)
    ;   today(Date)
    ).

%!  input_date(+Raw, -Date) is det.
%
%   Date is date(Y,M,D) for Raw, a date(Y,M,D) term or "YYYY-MM-DD" text,
%   a real calendar date on or after 1867-06-08. Raises
%   domain_error(date, Raw) otherwise, as a scenario's date would.

input_date(date(Y, M, D), Date) :-
    !,
    checked_date(date(Y, M, D), date(Y, M, D), Date).
input_date(Raw, Date) :-
    text(Raw),
    date_iso(Parsed, Raw),
    !,
    checked_date(Parsed, Raw, Date).
input_date(Raw, _) :-
    date_error(Raw).

checked_date(date(Y, M, D), _Raw, date(Y, M, D)) :-
    integer(Y), integer(M), integer(D),
    Y >= 1867, Y =< 9999,
    date_time_stamp(date(Y, M, D, 0, 0, 0, 0, -, -), Stamp),
    stamp_date_time(Stamp, date(Y, M, D, _, _, _, _, _, _), 'UTC'),
    date(Y, M, D) @>= date(1867, 6, 8),
    !.
checked_date(_, Raw, _) :-
    date_error(Raw).

date_error(Raw) :-
    format(string(Msg),
           "bad date ~q: give a real calendar date as YYYY-MM-DD, on or after 1867-06-08 (the Code pénal)",
           [Raw]),
    throw(error(domain_error(date, Raw), context(date, Msg))).

%!  date_iso(?Date, ?Iso) is semidet.
%
%   Iso (a string or atom "YYYY-MM-DD") writes Date = date(Y,M,D).

date_iso(date(Y, M, D), Iso) :-
    nonvar(Iso),
    !,
    atom_codes(Iso, Codes),
    Codes = [Y1,Y2,Y3,Y4,0'-,M1,M2,0'-,D1,D2],
    maplist(digit, [Y1,Y2,Y3,Y4,M1,M2,D1,D2]),
    number_codes(Y, [Y1,Y2,Y3,Y4]),
    number_codes(M, [M1,M2]),
    number_codes(D, [D1,D2]).
date_iso(date(Y, M, D), Iso) :-
    format(string(Iso), "~|~`0t~d~4+-~|~`0t~d~2+-~|~`0t~d~2+", [Y, M, D]).

digit(C) :- between(0'0, 0'9, C).

unknown_as_null(unknown, null) :- !.
unknown_as_null(Value, Value).

%!  today(-Date) is det.
%
%   Date is today's date, date(Y,M,D), in local time.

today(date(Y, M, D)) :-
    get_time(Now),
    stamp_date_time(Now, date(Y, M, D, _, _, _, _, _, _), local).

%!  scenario_to_pairs(+Scenario, -Pairs) is det.
%
%   Pairs is the scenario as Field-Value pairs, as it would be given back
%   to a caller: given facts only, the date in ISO form.

scenario_to_pairs(scenario(D, I, K, T, _, Given, Date), Pairs) :-
    date_iso(Date, Iso),
    findall(F-Shown, ( member(F=V, Given), unknown_as_null(V, Shown) ), FactPairs),
    Pairs0 = [discloser-D, information-K, recipient-T, facts-FactPairs, date-Iso],
    (   I == none
    ->  Pairs = Pairs0
    ;   Pairs = [institution-I|Pairs0]
    ).
