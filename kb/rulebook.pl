:- module(rulebook,
          [ block_clauses/2,          % +Block, -Clauses
            block_kind/3              % ?Kind, ?Required, ?Optional
          ]).

:- autoload(library(lists)).
:- use_module(vocabulary, [language/1]).

/** <module> The rule book's block format, and its expansion at load time

The law files (law/, one per instrument) and the codes of ethics
(deontology/, one per code) are written as blocks: one term per rule, piece
of advice or tension, that a lawyer reads as a unit under the article it
encodes.

    rule(cp_458_testimony_court,
         [ overrides  = cp_458,
           concludes  = verdict(permitted),
           condition  = all([ recipient_in([investigating_judge, trial_court]),
                              fact(called_to_testify) ]),
           provision  = cp_458_testimony,
           source     = cp_458,
           seed       = [s14],
           text       = [ fr = "Appelé à témoigner en justice ...",
                          en = "Called to testify in court ..." ]
         ]).

The kinds of block, and their keys:

  - source(Id, Keys): one version of a text (in sources.pl). Keys:
    instrument, article, from, to (date(Y,M,D), open, or
    entry_into_force(Instrument) for the date sources.pl declares once;
    `to` exclusive),
    reference, verification (verified, partial or unverified), and
    optionally note (worded).
  - article(Id, Keys): the statute's own words, a heading for the rules
    that follow. Keys: instrument, article, quote (a Lang = Text list; the
    languages the statute speaks, not every declared one), and optionally
    source (the version quoted).
  - rule(Id, Keys): Conclusion holds when Condition does, unless an
    exception holds. Keys: concludes, condition, source, text, and one of
    provision (the law: contract table B) or code (a code of ethics);
    optionally overrides (the rule, or list of rules, it sets aside; or
    rules_concluding(Pattern) for every rule concluding Pattern), seed (the
    seed's statements), principle (`secrecy`: the base rule of secrecy in
    force while its source is; `no_duty`: its converse) and reading
    (interpretation(Source, Texts): the rule encodes a reading rather than
    the text, supported by Source).
  - advice(Id, Keys): what a person must still do (kind = caveat) or should
    know (kind = note) when its condition holds of the answer. Keys: kind,
    condition, provision, source, text; optionally seed.
  - tension(Id, Keys): where the law and a code of ethics pull apart. Keys:
    condition, provision, code_rule, source, law_says, code_says;
    optionally seed.
  - unencoded(Id, Keys): a law the knowledge base does not encode governs
    the case when Condition holds (or may hold): the answer is then not
    complete and names the instrument to look at. Keys: condition (it may
    read the answer, as advice does: verdict_in, basis_has), source (the
    version of the instrument not encoded, cited in the answer), text (what
    the reader must look at, and why the verdict cannot be relied on);
    optionally seed.
  - conclusion(Pattern, Texts): a derived notion (bound_by_secrecy(_) ...),
    in words.

Every text is a list Lang = Text with one entry for each language the
knowledge base declares (vocabulary:language/1); an entry in one of the
country's languages not declared yet is accepted, and not loaded. A block with an unknown or
repeated key, a missing key, a source unknown to sources.pl, or a missing
wording is refused at load time, with an error naming the block.

block_clauses/2 turns a block into the relations the engine reads (law.pl
lists them); the modules that hold blocks call it from term_expansion/2.
*/

%!  block_kind(?Kind, ?Required:list, ?Optional:list) is nondet.
%
%   A block of Kind must have the keys Required and may have Optional.
%   A rule has provision or code besides (the layer it belongs to).

block_kind(source,   [instrument, article, from, to, reference, verification], [note]).
block_kind(article,  [instrument, article, quote], [source]).
block_kind(rule,     [concludes, condition, source, text],
                     [provision, code, overrides, seed, principle, reading]).
block_kind(advice,   [kind, condition, provision, source, text], [seed]).
block_kind(tension,  [condition, provision, code_rule, source, law_says, code_says], [seed]).
block_kind(unencoded, [condition, source, text], [seed]).

%!  block_clauses(+Block, -Clauses:list) is semidet.
%
%   Clauses are the relations Block stands for. Fails when Block is not a
%   block (the term is then compiled as it is); raises
%   error(rulebook_error(Kind, Id, Problem), _) when it is a block with a
%   problem.

block_clauses(conclusion(Pattern, Texts), Clauses) :-
    !,
    wording(conclusion, Pattern, text, Texts, Worded),
    findall(conclusion_text(Pattern, Lang, Text), member(Lang-Text, Worded), Clauses).
block_clauses(Block, Clauses) :-
    Block =.. [Kind, Id, Keys],
    block_kind(Kind, Required, Optional),
    is_list(Keys),
    !,
    (   atom(Id) -> true ; refuse(Kind, Id, id_not_an_atom) ),
    key_values(Kind, Id, Keys, Required, Optional, Values),
    kind_clauses(Kind, Id, Values, Clauses).

kind_clauses(source, Id, Values, [source(Id, I, A, version(From, To), Ref, V)|Notes]) :-
    memberchk(instrument-I, Values),
    memberchk(article-A, Values),
    memberchk(from-From0, Values),
    memberchk(to-To0, Values),
    version_bound(Id, From0, From),
    version_bound(Id, To0, To),
    memberchk(reference-Ref, Values),
    memberchk(verification-V, Values),
    (   memberchk(V, [verified, partial, unverified]) -> true ; refuse(source, Id, verification(V)) ),
    (   memberchk(note-_, Values)
    ->  worded(source, Id, note, Values, Worded),
        findall(source_note(Id, Lang, Text), member(Lang-Text, Worded), Notes)
    ;   Notes = []
    ).
kind_clauses(article, Id, Values, Clauses) :-
    memberchk(instrument-Instrument, Values),
    memberchk(article-Article, Values),
    memberchk(quote-Quotes, Values),
    (   memberchk(source-Source, Values) -> known_source(article, Id, Source) ; true ),
    must_be_quotes(Id, Quotes),
    findall(article_quote(Id, Lang, Text), member(Lang=Text, Quotes), Quoted),
    Clauses = [article_meta(Id, [instrument(Instrument), article(Article)])|Quoted].
kind_clauses(rule, Id, Values, Clauses) :-
    memberchk(concludes-Conclusion, Values),
    memberchk(condition-Condition, Values),
    layer(Id, Values, Layer),
    source_prop(rule, Id, Values, SourceProp),
    optional(seed, Values, [], Seed),
    reading(Id, Values, ReadingProps, ReadingClauses),
    worded(rule, Id, text, Values, Texts),
    findall(rule_text(Id, Lang, Text), member(Lang-Text, Texts), TextClauses),
    overrides(Id, Values, ExceptionClauses),
    principle(Id, Values, PrincipleClauses),
    Props = [Layer, SourceProp, seed(Seed)|ReadingProps],
    append(ExceptionClauses, PrincipleClauses, Own),
    append(TextClauses, ReadingClauses, Words),
    append(Own, Words, Rest),
    Clauses = [rule(Id, Conclusion, Condition), rule_meta(Id, Props)|Rest].
kind_clauses(advice, Id, Values, Clauses) :-
    memberchk(kind-Kind, Values),
    (   memberchk(Kind, [caveat, note]) -> true ; refuse(advice, Id, kind(Kind)) ),
    memberchk(condition-Condition, Values),
    memberchk(provision-Provision, Values),
    source_prop(advice, Id, Values, SourceProp),
    optional(seed, Values, [], Seed),
    worded(advice, Id, text, Values, Texts),
    findall(advice_text(Id, Lang, Text), member(Lang-Text, Texts), TextClauses),
    Clauses = [ advice(Id, Kind, Condition),
                advice_meta(Id, [provision(Provision), SourceProp, seed(Seed)])
              | TextClauses ].
kind_clauses(tension, Id, Values, Clauses) :-
    memberchk(condition-Condition, Values),
    memberchk(provision-Provision, Values),
    memberchk(code_rule-CodeRule, Values),
    source_prop(tension, Id, Values, SourceProp),
    optional(seed, Values, [], Seed),
    worded(tension, Id, law_says, Values, LawSays),
    worded(tension, Id, code_says, Values, CodeSays),
    findall(tension_says(Id, Lang, Law, Code),
            ( member(Lang-Law, LawSays), memberchk(Lang-Code, CodeSays) ),
            Says),
    Clauses = [ tension_condition(Id, Condition),
                tension_meta(Id, [provision(Provision), code_rule(CodeRule), SourceProp, seed(Seed)])
              | Says ].

kind_clauses(unencoded, Id, Values, Clauses) :-
    memberchk(condition-Condition, Values),
    source_prop(unencoded, Id, Values, SourceProp),
    optional(seed, Values, [], Seed),
    worded(unencoded, Id, text, Values, Texts),
    findall(unencoded_text(Id, Lang, Text), member(Lang-Text, Texts), TextClauses),
    Clauses = [ unencoded(Id, Condition),
                unencoded_meta(Id, [SourceProp, seed(Seed)])
              | TextClauses ].

% A bound is a date, `open`, or entry_into_force(Instrument): the date
% sources:entry_into_force/2 holds for it (declared above the blocks).
version_bound(_, open, open) :- !.
version_bound(_, date(Y, M, D), date(Y, M, D)) :- !.
version_bound(Id, entry_into_force(Instrument), Date) :-
    !,
    (   sources:entry_into_force(Instrument, Date0) -> Date = Date0
    ;   refuse(source, Id, no_entry_into_force(Instrument))
    ).
version_bound(Id, Bound, _) :-
    refuse(source, Id, bound(Bound)).

% Load-time code: only built-ins and library(lists), so that loading the
% rule book loads no library that declares sandbox hooks (library(apply),
% library(error)): `swipl kb/load.pl` starts without any trace of the
% research sandbox.

% --- Keys --------------------------------------------------------------

key_values(Kind, Id, Keys, Required, Optional, Values) :-
    findall(KV, ( member(Entry, Keys), key_value(Kind, Id, Entry, KV) ), Values),
    pairs_keys_of(Values, Given),
    msort(Given, Sorted),
    (   append(_, [K, K|_], Sorted) -> refuse(Kind, Id, repeated_key(K)) ; true ),
    append(Required, Optional, Known),
    forall(member(K, Given),
           ( memberchk(K, Known) -> true ; refuse(Kind, Id, unknown_key(K, Known)) )),
    forall(member(K, Required),
           ( memberchk(K, Given) -> true ; refuse(Kind, Id, missing_key(K)) )).

key_value(_, _, Key = Value, Key-Value) :-
    atom(Key),
    !.
key_value(Kind, Id, Entry, _) :-
    refuse(Kind, Id, not_a_key_value(Entry)).

pairs_keys_of(Pairs, Keys) :-
    findall(K, member(K-_, Pairs), Keys).

optional(Key, Values, Default, Value) :-
    (   memberchk(Key-Value0, Values) -> Value = Value0 ; Value = Default ).

% A rule belongs to the law (provision) or to a code of ethics (code).
layer(Id, Values, Layer) :-
    (   memberchk(provision-P, Values), \+ memberchk(code-_, Values)
    ->  Layer = provision(P)
    ;   memberchk(code-C, Values), \+ memberchk(provision-_, Values)
    ->  Layer = code(C)
    ;   refuse(rule, Id, needs_provision_or_code)
    ).

source_prop(Kind, Id, Values, source(Source)) :-
    memberchk(source-Source, Values),
    known_source(Kind, Id, Source).

known_source(Kind, Id, Source) :-
    (   atom(Source), sources:source(Source, _, _, _, _, _)
    ->  true
    ;   refuse(Kind, Id, unknown_source(Source))
    ).

reading(Id, Values, Props, Clauses) :-
    (   memberchk(reading-Reading, Values)
    ->  (   Reading = interpretation(Source, Texts)
        ->  known_source(rule, Id, Source),
            wording(rule, Id, reading, Texts, Worded),
            Props = [interpretation(Source)],
            findall(interpretation_text(Id, Lang, Text), member(Lang-Text, Worded), Clauses)
        ;   refuse(rule, Id, reading_not_an_interpretation(Reading))
        )
    ;   Props = [],
        Clauses = []
    ).

overrides(Id, Values, Clauses) :-
    (   memberchk(overrides-Overridden, Values)
    ->  overridden_clauses(Id, Overridden, Clauses)
    ;   Clauses = []
    ).

overridden_clauses(Id, rules_concluding(Pattern), [(exception(Id, R) :- rule(R, Pattern, _))]) :- !.
overridden_clauses(Id, Rules, Clauses) :-
    is_list(Rules),
    !,
    findall(exception(Id, Rule), member(Rule, Rules), Clauses).
overridden_clauses(Id, Rule, [exception(Id, Rule)]) :-
    atom(Rule),
    !.
overridden_clauses(Id, Other, _) :-
    refuse(rule, Id, overrides(Other)).

principle(Id, Values, Clauses) :-
    (   memberchk(principle-Kind, Values)
    ->  (   memberchk(Kind, [secrecy, no_duty])
        ->  Clauses = [principle(Kind, Id)]
        ;   refuse(rule, Id, principle(Kind))
        )
    ;   Clauses = []
    ).

% --- Wording -------------------------------------------------------------

worded(Kind, Id, Key, Values, Worded) :-
    memberchk(Key-Texts, Values),
    wording(Kind, Id, Key, Texts, Worded).

%   wording(+Kind, +Id, +Key, +Texts, -Worded)
%   Texts (Lang = Text) words Id in every declared language, once each.
wording(Kind, Id, Key, Texts, Worded) :-
    must_be_texts(Kind, Id, Key, Texts),
    findall(Lang-Text, ( member(Lang=Text, Texts), language(Lang) ), Worded),
    forall(language(Lang),
           (   memberchk(Lang-_, Worded)
           ->  true
           ;   refuse(Kind, Id, missing_wording(Key, Lang))
           )).

must_be_texts(Kind, Id, Key, Texts) :-
    (   is_list(Texts),
        forall(member(T, Texts), ( T = (Lang = Text), atom(Lang), string(Text) ))
    ->  true
    ;   refuse(Kind, Id, not_a_wording(Key))
    ),
    findall(Lang, member(Lang = _, Texts), Langs),
    msort(Langs, Sorted),
    (   append(_, [L, L|_], Sorted) -> refuse(Kind, Id, repeated_wording(Key, L)) ; true ),
    forall(member(L, Langs),
           ( wording_language(L) -> true ; refuse(Kind, Id, unknown_language(Key, L)) )).

% The languages a wording may be given in: every declared language, and
% those of the country not declared yet (a block may carry its Dutch
% wording before the knowledge base speaks Dutch).
wording_language(Lang) :- language(Lang), !.
wording_language(Lang) :- memberchk(Lang, [fr, nl, de]).

% The statute's words, in the languages it speaks (fr, nl, de).
must_be_quotes(Id, Quotes) :-
    (   is_list(Quotes),
        forall(member(Q, Quotes), ( Q = (Lang = Text), memberchk(Lang, [fr, nl, de]), string(Text) ))
    ->  true
    ;   refuse(article, Id, not_a_quotation)
    ).

refuse(Kind, Id, Problem) :-
    throw(error(rulebook_error(Kind, Id, Problem), _)).

:- multifile prolog:error_message//1.

prolog:error_message(rulebook_error(Kind, Id, Problem)) -->
    [ 'rule book: the ~w block ~q is refused: '-[Kind, Id] ],
    problem(Problem).

problem(unknown_key(K, Known)) --> [ 'unknown key ~q (keys: ~w)'-[K, Known] ].
problem(missing_key(K))        --> [ 'the key ~q is missing'-[K] ].
problem(repeated_key(K))       --> [ 'the key ~q is given twice'-[K] ].
problem(unknown_source(S))     --> [ '~q is not a source of sources.pl'-[S] ].
problem(missing_wording(K, L)) --> [ '~w has no wording in ~w'-[K, L] ].
problem(Problem)               --> [ '~q'-[Problem] ].
