:- module(kb_api,
          [ may_disclose/3,           % +Scenario, -Verdict, -Answer
            why/1,                    % +Scenario
            why/2,                    % +Scenario, +Options
            what_if/2,                % +Scenario, -Changes
            next_question/2,          % +Scenario, -Question
            ask_json/2,               % +RequestText, -ResponseText
            sources_json/2,           % +RequestText, -ResponseText
            engine_statistics_json/2, % +RequestText, -ResponseText
            query_json/2,             % +RequestText, -ResponseText
            research_query/3,         % +Text, -Result, +Options
            compact_answer/2,         % +Scenario, -Answer
            law_diff/4,               % +From, +To, +Options, -Diff
            timeline/2,               % +Scenario, -Periods
            law_eras/1,               % -Dates
            rule_sentence/3,          % +Rule, +Lang, -Sentence
            vocabulary_values/3       % +Domains, +Lang, -Values
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(error)).
:- autoload(library(http/json)).
:- use_module(json_emit).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module('../sources', [source/6, instrument_url/2]).
:- use_module(scenario).
:- use_module(answer).
:- use_module(ethics).
:- use_module(changes, [what_if/3, next_question/2 as most_decisive_fact]).
:- use_module(report).
:- use_module(text).
:- use_module(catalogue).
:- use_module(check, [check_rulebase/1]).
:- use_module(evolution, [law_eras/1, law_diff/5, timeline/3]).
:- use_module(sentences, [rule_sentence/3, rules_report/3]).
:- use_module(wording).

/** <module> The public edge: one question, asked from Prolog or as JSON

    ?- may_disclose([discloser=educator, information=client_status,
                     recipient=police], Verdict, Answer).
    Verdict = forbidden, Answer = _{verdict:forbidden, basis:[...], ...}.

    ?- why([discloser=doctor, information=medical_data, recipient=colleague,
            facts=[person_consents=true]]).

Answers are worded in the language of the flag `secret_kb_lang`: one of
vocabulary:language/1, vocabulary:default_language/1 (fr) unless set;
`set_prolog_flag(secret_kb_lang, nl)` for Dutch, `en` for English.

ask_json/2 is the one entry point of the Python wrapper: a JSON request in,
a JSON response out, every error caught and returned as data.
*/

:- default_language(Lang),
   create_prolog_flag(secret_kb_lang, Lang, [type(atom), keep(true)]).

%!  may_disclose(+Scenario, -Verdict, -Answer:dict) is det.
%
%   Verdict is forbidden, permitted, obligatory or not_covered for the
%   disclosure Scenario describes (a list of Field=Value, or a dict; see
%   the scenario contract). Answer holds the contract's keys: verdict,
%   basis, complete, open, caveats, explanation, law_date, and the codes of
%   ethics' view beside it (deontology), worded in the language of the flag
%   secret_kb_lang.
%
%   @error existence_error(required_field, F) when F is missing
%   @error existence_error(scenario_field, F) for an unknown field
%   @error domain_error(Domain, V) for a value outside the vocabulary,
%          a bad date, or contradictory facts (consistent_facts)

may_disclose(Input, Verdict, Answer) :-
    session_language(Lang),
    answer_in(Input, Lang, Answer),
    Verdict = Answer.verdict.

answer_in(Input, Lang, Report) :-
    scenario_from_input(Input, Scenario),
    answer(Scenario, Answer),
    deontology(Scenario, Answer, Deontology),
    % The wording lookups are functional; the tables they read are not
    % indexed deeply enough for SWI-Prolog to see it.
    once(answer_report(Scenario, Answer, Deontology, Lang, Report)).

session_language(Lang) :-
    current_prolog_flag(secret_kb_lang, Lang),
    findall(L, language(L), Languages),
    must_be(oneof(Languages), Lang).

%!  compact_answer(+Scenario, -Answer:dict) is det.
%
%   Answer is the compact answer for Scenario (report:compact_report/3):
%   verdict, basis, complete, open (as "verdict if facts [provision]"),
%   unencoded, caveats and notes (ids), versions, law_date and the scenario
%   as understood; no tree and no words. The same answer as may_disclose/3,
%   reported in a tenth of the size.
%
%   @error as may_disclose/3

compact_answer(Input, Report) :-
    scenario_from_input(Input, Scenario),
    answer(Scenario, Answer),
    once(compact_report(Scenario, Answer, Report)).

%!  law_diff(+From, +To, +Options:list, -Diff:dict) is det.
%
%   Diff is what changed in the law between the dates From and To
%   ("YYYY-MM-DD" or date(Y,M,D)) over the scenario space of `secret-kb
%   check` (evolution:law_diff/5): `_{from, to, walked, concerned,
%   changes}`, each change a class scenario and a set of facts whose
%   verdict or basis differs, with `before`, `after`, and the source
%   versions that explain it (`ended`, `began`: citations worded in the
%   language of the flag secret_kb_lang). Options restrict the space:
%   discloser(Values), institution(Values), information(Values),
%   recipient(Values), each a list of values of the vocabulary.
%
%       ?- law_diff("2018-06-01", "2020-01-15", [discloser([cpas_staff]),
%                   recipient([public_prosecutor])], D).
%
%   @error domain_error(date, From) for a bad date, and the errors of a
%          scenario for a bad value

law_diff(From0, To0, Options, Diff) :-
    session_language(Lang),
    must_be(list, Options),
    input_date(From0, From),
    input_date(To0, To),
    findall(Field-Values,
            ( member(Option, Options),
              diff_restriction(Option, Field, Values) ),
            Restrict),
    law_diff(From, To, Restrict, Lang, Diff).

diff_restriction(Option, Field, Values) :-
    (   compound(Option),
        Option =.. [Field, Raws],
        memberchk(Field, [discloser, institution, information, recipient])
    ->  must_be(list, Raws),
        maplist(field_value(Field), Raws, Values)
    ;   domain_error(law_diff_option, Option)
    ).

%!  timeline(+Scenario, -Periods:list(dict)) is det.
%
%   Periods follow Scenario (its date left aside) across every era of the
%   law (law_eras/1): consecutive eras with the same verdict, basis and
%   open alternatives make one period `_{from, to, verdict, basis,
%   complete, open, versions, ended, began}` (evolution:timeline/3), the
%   citations worded in the language of the flag secret_kb_lang.
%
%   @error as may_disclose/3

timeline(Input, Periods) :-
    session_language(Lang),
    timeline_in(Input, Lang, Periods).

timeline_in(Input, Lang, Periods) :-
    scenario_from_input(Input, Scenario),
    once(timeline(Scenario, Lang, Periods)).

%!  vocabulary_values(+Domains:list, +Lang, -Values:list(dict)) is det.
%
%   Values lists every value of the vocabulary's Domains (every domain
%   when Domains is []), in the contract's order: `_{domain, value,
%   meaning, label}` (the label in Lang), and for a fact its `default`
%   (true, false, or null when it has none) and whether it is a claim the
%   knowledge base cannot check. A Domain may also be given by the field
%   that takes it (discloser for role, facts for fact).
%
%   @error domain_error(vocabulary_domain, D) for an unknown domain, the
%          nearest one suggested

vocabulary_values(Domains0, Lang, Values) :-
    maplist(vocabulary_domain, Domains0, Domains),
    findall(Item,
            ( vocabulary_domain_listed(Domain),
              ( Domains == [] -> true ; memberchk(Domain, Domains) ),
              value_meaning(Domain, Value, Meaning),
              vocabulary_item(Domain, Value, Meaning, Lang, Item) ),
            Values).

vocabulary_domain_listed(Domain) :-
    distinct(Domain, value_meaning(Domain, _, _)).

vocabulary_domain(Raw, Domain) :-
    (   vocabulary_domain_listed(Domain), atom_string(Domain, Raw)
    ->  true
    ;   field_domain(Field, Domain), atom_string(Field, Raw), Domain \== date
    ->  true
    ;   findall(D, vocabulary_domain_listed(D), Domains),
        findall(F, ( field_domain(F, D), D \== date ), Fields),
        append(Domains, Fields, Names),
        atomic_list_concat(Domains, ', ', Accepted),
        (   nearest(Raw, Names, Near)
        ->  format(string(Hint), "did you mean ~w? ", [Near])
        ;   Hint = ""
        ),
        format(string(Msg), "unknown vocabulary domain ~q; ~waccepted: ~w", [Raw, Hint, Accepted]),
        throw(error(domain_error(vocabulary_domain, Raw), context(domain, Msg)))
    ).

vocabulary_item(Domain, Value, Meaning, Lang, Item) :-
    (   value_label(Domain, Value, Lang, Label) -> true ; Label = null ),
    Item0 = _{domain: Domain, value: Value, meaning: Meaning, label: Label},
    (   Domain == fact
    ->  (   fact_default(Value, Default) -> true ; Default = null ),
        (   claim_fact(Value) -> Claim = true ; Claim = false ),
        Item = Item0.put(_{default: Default, claim: Claim})
    ;   Item = Item0
    ).

%!  what_if(+Scenario, -Changes:list(dict)) is det.
%
%   Changes are the minimal sets of fact changes (setting unknown facts or
%   flipping given ones) that would change the verdict, smallest first:
%   dicts `{changes: {Fact: Value}, verdict, basis, rule, text}` worded in
%   the language of the flag secret_kb_lang. Never a contradictory set.

what_if(Input, Reports) :-
    session_language(Lang),
    whatif_in(Input, Lang, Reports).

whatif_in(Input, Lang, Reports) :-
    scenario_from_input(Input, Scenario),
    what_if(Scenario, any, Changes),
    once(maplist(change_report(Lang), Changes, Reports)).

%!  next_question(+Scenario, -Question:dict) is semidet.
%
%   Question is `{question: Fact, text: Text}`: the unknown fact whose
%   answer matters most for the verdict, asked in the language of the flag
%   secret_kb_lang. Fails when nothing left can change the verdict.

next_question(Input, Question) :-
    session_language(Lang),
    question_in(Input, Lang, Question).

question_in(Input, Lang, _{question: Fact, text: Text}) :-
    scenario_from_input(Input, Scenario),
    most_decisive_fact(Scenario, Fact),
    once(value_label(fact, Fact, Lang, Label)),
    once(template(ui(question), Lang, Format)),
    format(string(Text), Format, [Label]).

%!  why(+Scenario) is det.
%
%   Print the one-screen answer for Scenario (text:summary_text/4): the
%   verdict, what to do, what could change it, the grounds, in the
%   language of the flag secret_kb_lang, wrapped to the terminal's width.
%   why/2 with full(true) prints the complete answer.

why(Input) :-
    why(Input, []).

%!  why(+Scenario, +Options) is det.
%
%   As why/1. Options: full(true) prints the complete answer instead
%   (every exception tried, the reasoning: text:report_text/2);
%   width(W) wraps the one-screen answer to W characters (default: the
%   terminal's width, else 80); hint(H) ends it with the hint of why/2
%   (`prolog`, the default), of `secret-kb ask` (`cli`) or none (`none`).

why(Input, Options) :-
    must_be(list, Options),
    may_disclose(Input, _, Answer),
    (   memberchk(full(true), Options)
    ->  print_report(Answer)
    ;   session_language(Lang),
        whatif_in(Input, Lang, Changes),
        (   memberchk(width(Width), Options)
        ->  must_be(nonneg, Width)
        ;   terminal_width(Width)
        ),
        (   memberchk(hint(Hint), Options)
        ->  must_be(oneof([prolog, cli, none]), Hint)
        ;   Hint = prolog
        ),
        summary_text(Answer, Changes, [width(Width), hint(Hint)], Text),
        format("~w~n", [Text])
    ).

terminal_width(Width) :-
    (   catch(tty_size(_, Columns), _, fail)
    ->  Width = Columns
    ;   Width = 80
    ).

%!  ask_json(+RequestText, -ResponseText) is det.
%
%   RequestText (a string) is a JSON object
%   `{"lang": Lang, "query": Query, "scenarios": [Scenario, ...]}` (Lang
%   one of vocabulary:language/1, "fr", "nl" or "en"; the default language
%   when absent),
%   Query being "answer" (the default), "whatif" or "next_question".
%   ResponseText is `{"results": [Result, ...]}` in the same order, each
%   Result either `{"ok": true, Query: Value}` or `{"ok": false, "error":
%   Error}`, carrying the scenario's "id" when it has one; the value of
%   "next_question" is null when nothing left can change the verdict. A
%   request that cannot be read gives `{"error": Error}`. Never throws,
%   never runs user text.
%
%   An answer can also be asked for rendered, with `"format"` in the
%   request: "data" (the default: the answer as a JSON object, as above),
%   "text" (Result is `{"ok": true, "text": Text}`, Text the one-screen
%   answer why/1 prints, text:summary_text/4, its lines at most `"width"`
%   characters, a non-negative integer of the request, 80 by default, 0
%   for no wrapping), "full_text" (`{"ok": true, "full_text": Text}`, the
%   complete answer: text:report_text/2) or "json" (Result is `{"ok":
%   true, "json": Text}`, Text the answer as JSON text, its "id" included,
%   for the caller to write as is).

ask_json(RequestText, ResponseText) :-
    catch(json_request(RequestText, Lang, Query, Scenarios), E, true),
    (   var(E)
    ->  json_output(emit_results(Query, Lang, Scenarios), ResponseText)
    ;   error_report(E, Error),
        json_text(_{error: Error}, ResponseText)
    ).

% A query and its format travel together, as Query/Format, from here on.

%   `{"results": [Result, ...]}`, each Result written as soon as it is found
%   and its terms freed right after (\+ \+): a batch holds one answer at a
%   time, not all of them (docs/performance.md).

emit_results(Query, Lang, Scenarios, Out) :-
    write(Out, '{"results":['),
    emit_each_result(Scenarios, Query, Lang, Out),
    write(Out, ']}').

emit_each_result([], _, _, _).
emit_each_result([Input|Inputs], Query, Lang, Out) :-
    \+ \+ ( scenario_result(Query, Lang, Input, Result),
            emit_json(Out, Result) ),
    (   Inputs == []
    ->  true
    ;   put_char(Out, ','),
        emit_each_result(Inputs, Query, Lang, Out)
    ).

json_request(Text, Lang, Query/Format, Scenarios) :-
    must_be(string, Text),
    catch(read_json_text(Text, Request), E, not_json(E)),
    must_be_dict(Request),
    request_language(Request, Lang),
    request_query(Request, Query0),
    request_compact(Request, Query0, Query),
    request_format(Request, Query, Format0),
    request_width(Request, Format0, Format),
    (   get_dict(scenarios, Request, Scenarios), is_list(Scenarios)
    ->  true
    ;   throw(error(existence_error(required_field, scenarios),
                    context(request, "the request needs a list of scenarios")))
    ).

%   The request as dicts (tag json), strings as strings. Read with
%   json_read/3 and turned into dicts here: json_read_dict/3 takes a key ""
%   for the dict's tag (library(http/json) of SWI-Prolog 9.0), so that
%   {"facts": {"": true}} lost its fact without a word. A key given twice
%   in one object is a domain_error(unique_key, Key).
read_json_text(Text, Term) :-
    setup_call_cleanup(open_string(Text, In),
                       json_read(In, Json, [value_string_as(string), null(null),
                                            true(true), false(false)]),
                       close(In)),
    json_dicts(Json, Term).

json_dicts(json(Pairs), Dict) :-
    !,
    maplist(json_dict_pair, Pairs, DictPairs),
    catch(dict_create(Dict, json, DictPairs), error(duplicate_key(Key), _),
          throw(error(domain_error(unique_key, Key),
                      context(request, "a key is given twice in one object")))).
json_dicts(List, Dicts) :-
    is_list(List),
    !,
    maplist(json_dicts, List, Dicts).
json_dicts(Value, Value).

json_dict_pair(Key=Value0, Key-Value) :-
    json_dicts(Value0, Value).

not_json(error(domain_error(unique_key, Key), Context)) :-
    !,
    throw(error(domain_error(unique_key, Key), Context)).
not_json(_) :-
    throw(error(syntax_error(json), context(request, "the request is not valid JSON"))).

must_be_dict(Request) :-
    (   is_dict(Request)
    ->  true
    ;   throw(error(type_error(json_object, request),
                    context(request, "the request must be a JSON object")))
    ).

request_language(Request, Lang) :-
    (   get_dict(lang, Request, Raw)
    ->  (   language(Lang), atom_string(Lang, Raw)
        ->  true
        ;   findall(L, language(L), Languages),
            atomic_list_concat(Languages, ', ', Accepted),
            format(string(Msg), "unknown language ~q; accepted: ~w", [Raw, Accepted]),
            throw(error(domain_error(lang, Raw), context(lang, Msg)))
        )
    ;   default_language(Lang)
    ).

request_query(Request, Query) :-
    (   get_dict(query, Request, Raw)
    ->  (   query_kind(Query), atom_string(Query, Raw)
        ->  true
        ;   format(string(Msg), "unknown query ~q; accepted: answer, whatif, next_question, timeline", [Raw]),
            throw(error(domain_error(query, Raw), context(query, Msg)))
        )
    ;   Query = answer
    ).

query_kind(answer).
query_kind(whatif).
query_kind(next_question).
query_kind(timeline).

% `"compact": true` asks for the compact answer (report:compact_report/3)
% instead of the whole one: the query `compact` from here on.
request_compact(Request, Query0, Query) :-
    (   get_dict(compact, Request, Compact), Compact \== false
    ->  (   Compact == true, Query0 == answer
        ->  Query = compact
        ;   format(string(Msg), "\"compact\" must be true or false, and is for answers only (query ~w)",
                   [Query0]),
            throw(error(domain_error(compact, Compact), context(compact, Msg)))
        )
    ;   Query = Query0
    ).

request_format(Request, Query, Format) :-
    (   get_dict(format, Request, Raw)
    ->  (   answer_format(Format), atom_string(Format, Raw),
            format_for(Format, Query)
        ->  true
        ;   format(string(Msg), "unknown format ~q for ~w; accepted: data, text, full_text, json (all but data for answers only, json for compact answers too)",
                   [Raw, Query]),
            throw(error(domain_error(format, Raw), context(format, Msg)))
        )
    ;   Format = data
    ).

answer_format(data).
answer_format(text).
answer_format(full_text).
answer_format(json).

format_for(data, _).
format_for(text, answer).
format_for(full_text, answer).
format_for(json, answer).
format_for(json, compact).

% The one-screen text carries its width: text(Width).
request_width(Request, Format, Result) :-
    (   get_dict(width, Request, Width)
    ->  (   integer(Width), Width >= 0
        ->  true
        ;   throw(error(type_error(nonneg, Width),
                        context(width, "the width must be a non-negative integer")))
        )
    ;   Width = 80
    ),
    (   Format == text -> Result = text(Width) ; Result = Format ).

query_value(answer, Input, Lang, Answer) :-
    answer_in(Input, Lang, Answer).
query_value(compact, Input, _, Report) :-
    compact_answer(Input, Report).
query_value(timeline, Input, Lang, Timeline) :-
    timeline_in(Input, Lang, Timeline).
query_value(whatif, Input, Lang, Changes) :-
    whatif_in(Input, Lang, Changes).
query_value(next_question, Input, Lang, Question) :-
    (   question_in(Input, Lang, Question0) -> Question = Question0 ; Question = null ).

scenario_result(Query/Format, Lang, Input, Result) :-
    catch(( query_value(Query, Input, Lang, Value0),
            formatted(Format, Query, Input, Lang, Value0, Key, Value) ), E, true),
    (   var(E)
    ->  Result0 = _{ok: true}.put(Key, Value)
    ;   error_report(E, Error),
        Result0 = _{ok: false, error: Error}
    ),
    (   scenario_id(Input, Id)
    ->  Result = Result0.put(id, Id)
    ;   Result = Result0
    ).

scenario_id(Input, Id) :-
    is_dict(Input),
    get_dict(id, Input, Id).

% The value of a result, as data or rendered, and the key it goes under
% (a compact answer goes under "answer", as the whole one does).
formatted(data, Query, _, _, Value, Key, Value) :-
    (   Query == compact -> Key = answer ; Key = Query ).
formatted(text(Width), answer, Input, Lang, Report, text, Text) :-
    whatif_in(Input, Lang, Changes),
    summary_text(Report, Changes, [width(Width)], Text).
formatted(full_text, answer, _, _, Report, full_text, Text) :-
    report_text(Report, Text).
formatted(json, _, Input, _, Report0, json, Text) :-
    (   scenario_id(Input, Id), Id \== null
    ->  Report = Report0.put(id, Id)
    ;   Report = Report0
    ),
    json_text(Report, Text).

%!  sources_json(+RequestText, -ResponseText) is det.
%
%   RequestText is `{"what": "provisions"|"seed"|"unverified"|"wording"|
%   "check"|"languages"|"vocabulary"|"values"|"rules"|"diff", "lang":
%   ...}`. ResponseText is `{"what": What, "items": Items}` (the lists of
%   catalogue.pl, the interface words of wording.pl, the rule-base check,
%   the languages of the answers in their declared order (with `"default": Lang`, the
%   language of a request that names none), the vocabulary with its labels in the
%   language for the page: vocabulary_report/2), or `{"error": Error}`.
%   Never throws. Three parts take parameters: "values" (the values of the
%   vocabulary, vocabulary_values/3: `"domains": [...]`), "rules" (the rule
%   book as sentences, sentences:rules_report/3: `"layers": [...]`) and
%   "diff" (evolution:law_diff/5: `"from"`, `"to"`, and lists of values
%   under "discloser", "institution", "information", "recipient").

sources_json(RequestText, ResponseText) :-
    catch(sources_request(RequestText, Response), E,
          ( error_report(E, Error), Response = _{error: Error} )),
    json_text(Response, ResponseText).

sources_request(Text, Response) :-
    must_be(string, Text),
    catch(read_json_text(Text, Request), _,
          throw(error(syntax_error(json), context(request, "the request is not valid JSON")))),
    must_be_dict(Request),
    request_language(Request, Lang),
    (   get_dict(what, Request, Raw), catalogue_part(What), atom_string(What, Raw)
    ->  true
    ;   Given = Request.get(what, null),
        format(string(Msg), "unknown catalogue part ~q; accepted: provisions, seed, unverified, wording, check, languages, vocabulary, values, rules, diff", [Given]),
        throw(error(domain_error(catalogue_part, Given), context(what, Msg)))
    ),
    catalogue_items(What, Request, Lang, Items),
    (   What == languages
    ->  default_language(Default),
        Response = _{what: What, items: Items, default: Default}
    ;   Response = _{what: What, items: Items}
    ).

% The parts that take parameters: the rule book as sentences (`layers`:
% provisions or codes), the values of the vocabulary (`domains`), the law diff (`from`,
% `to`, and lists of values for the fields it restricts).
catalogue_items(rules, Request, Lang, Items) :-
    !,
    request_list(Request, layers, Raws),
    maplist(rule_layer, Raws, Layers),
    rules_report(Layers, Lang, Items).
catalogue_items(values, Request, Lang, Items) :-
    !,
    request_list(Request, domains, Domains),
    vocabulary_values(Domains, Lang, Items).
catalogue_items(diff, Request, Lang, Diff) :-
    !,
    (   get_dict(from, Request, From0), get_dict(to, Request, To0)
    ->  input_date(From0, From),
        input_date(To0, To)
    ;   throw(error(existence_error(required_field, from),
                    context(from, "a diff needs the dates \"from\" and \"to\"")))
    ),
    findall(Field-Values,
            ( member(Field, [discloser, institution, information, recipient]),
              request_list(Request, Field, Raws),
              Raws \== [],
              maplist(field_value(Field), Raws, Values) ),
            Restrict),
    law_diff(From, To, Restrict, Lang, Diff).
catalogue_items(What, _, Lang, Items) :-
    catalogue_items(What, Lang, Items).

request_list(Request, Key, List) :-
    (   get_dict(Key, Request, List0), List0 \== null
    ->  (   is_list(List0)
        ->  List = List0
        ;   format(string(Msg), "~w must be a list", [Key]),
            throw(error(type_error(list, List0), context(Key, Msg)))
        )
    ;   List = []
    ).

% A layer of the rule book: a provision, a code of ethics, or `principle`.
rule_layer(Raw, Layer) :-
    findall(L, ( L = principle ; in_domain(provision, L) ; in_domain(code, L) ), Layers),
    (   member(Layer, Layers), atom_string(Layer, Raw)
    ->  true
    ;   atomic_list_concat(Layers, ', ', Accepted),
        (   nearest(Raw, Layers, Near)
        ->  format(string(Hint), "did you mean ~w? ", [Near])
        ;   Hint = ""
        ),
        format(string(Msg), "unknown provision ~q; ~waccepted: ~w", [Raw, Hint, Accepted]),
        throw(error(domain_error(provision, Raw), context(provision, Msg)))
    ).

catalogue_part(diff).
catalogue_part(rules).
catalogue_part(values).
catalogue_part(provisions).
catalogue_part(seed).
catalogue_part(unverified).
catalogue_part(wording).
catalogue_part(check).
catalogue_part(languages).
catalogue_part(vocabulary).

catalogue_items(provisions, Lang, Items) :- provisions_report(Lang, Items).
catalogue_items(seed, Lang, Items) :- seed_report(Lang, Items).
catalogue_items(unverified, Lang, Items) :- unverified_report(Lang, Items).
catalogue_items(wording, Lang, Words) :- interface_words(Lang, Words).
catalogue_items(check, _, Report) :- check_rulebase(Report).
catalogue_items(languages, _, Languages) :- findall(L, language(L), Languages).
catalogue_items(vocabulary, Lang, Vocabulary) :- vocabulary_report(Lang, Vocabulary).

%   vocabulary_report(+Lang, -Vocabulary): `{languages: [{id, name}],
%   domains: {Domain: [{id, label, meaning}]}}`: each language with its name
%   in itself (its template ui(language_name)), and every value of the
%   domains a person chooses or reads, in the contract's order, with its
%   label in Lang and its meaning (docs/vocabulary.md); and `links`: for
%   each source version whose instrument's official text has a known
%   address (sources:instrument_url/2), that address, by source id.
vocabulary_report(Lang, _{languages: Languages, domains: Domains, links: Links}) :-
    findall(Id-Url, ( source(Id, Instrument, _, _, _, _), instrument_url(Instrument, Url) ),
            LinkPairs),
    dict_pairs(Links, _, LinkPairs),
    findall(_{id: L, name: Name},
            ( language(L), once(template(ui(language_name), L, Name)) ),
            Languages),
    findall(Domain-Values,
            ( member(Domain, [role, institution, information, recipient, fact,
                              provision, code, verdict]),
              findall(_{id: Value, label: Label, meaning: Meaning},
                      ( in_domain(Domain, Value),
                        once(value_label(Domain, Value, Lang, Label)),
                        once(value_meaning(Domain, Value, Meaning)) ),
                      Values) ),
            Pairs),
    dict_pairs(Domains, _, Pairs).

%!  engine_statistics_json(+RequestText, -ResponseText) is det.
%
%   Read-only figures about the engine itself, for the load tests and the
%   benchmark (bench/run.py). RequestText is `{}`, or `{"collect": true}` to
%   collect garbage (stacks and atoms) first, so that "atoms" counts only the
%   atoms still in use. ResponseText is `{"atoms": N, "agc": N, "threads":
%   N, "threads_created": N, "functors": N, "predicates": N, "clauses": N,
%   "errors": N}` (statistics/2's keys; agc counts the atom garbage
%   collections so far), or `{"error": Error}`. Never throws, never runs
%   user text.

engine_statistics_json(RequestText, ResponseText) :-
    catch(statistics_request(RequestText, Response), E,
          ( error_report(E, Error), Response = _{error: Error} )),
    json_text(Response, ResponseText).

statistics_request(Text, Response) :-
    must_be(string, Text),
    catch(read_json_text(Text, Request), _,
          throw(error(syntax_error(json), context(request, "the request is not valid JSON")))),
    must_be_dict(Request),
    (   get_dict(collect, Request, true)
    ->  garbage_collect,
        garbage_collect_atoms
    ;   true
    ),
    findall(Key-Value,
            ( member(Key, [atoms, agc, threads, threads_created, functors, predicates,
                           clauses, errors]),
              statistics(Key, Value) ),
            Pairs),
    dict_pairs(Response, _, Pairs).

%!  query_json(+RequestText, -ResponseText) is det.
%
%   A researcher's own goal over the public predicates of the knowledge
%   base: RequestText is `{"goal": Text, "max_solutions": N,
%   "max_inferences": N, "time_limit": Seconds, "lang": Lang}`,
%   ResponseText `{"ok": true, "variables": [...], "solutions": [...],
%   "truncated": Bool, "limits": {...}}` or `{"ok": false, "error": Error}`.
%   The goal is parsed, checked against the research vocabulary and run
%   under limits (kb/research/); it is never run as written. The research
%   modules are loaded, and warmed up, on the first call (research_loaded/1).
%   Never throws.

query_json(RequestText, ResponseText) :-
    catch(research_loaded(Module), E, true),
    (   var(E)
    ->  call(Module:research_json(RequestText), ResponseText)
    ;   error_report(E, Error),
        json_text(_{ok: false, error: Error}, ResponseText)
    ).

%!  research_query(+Text, -Result:dict, +Options) is det.
%
%   A research query from a Prolog session (kb/research/research.pl,
%   research:research_query/3): in this process, under the limits of the
%   research sandbox, but not in a separate process. The research modules
%   are loaded, and warmed up, on the first call.

research_query(Text, Result, Options) :-
    research_loaded(Module),
    call(Module:research_query(Text), Result, Options).

%!  research_loaded(-Module) is det.
%
%   Module is the research facade, loaded (from kb/research/, beside this
%   file's directory, in the source tree and in an installed package
%   alike) and warmed up on first use: outside any limit, so that nothing
%   is ever autoloaded under one. `swipl kb/load.pl` loads neither it nor
%   library(sandbox).

:- dynamic research_ready/1.

research_loaded(Module) :-
    research_ready(Module),
    !.
research_loaded(Module) :-
    with_mutex(secret_kb_research,
               (   research_ready(Module0)
               ->  true
               ;   load_research(Module0),
                   assertz(research_ready(Module0))
               )),
    Module = Module0.

load_research(Module) :-
    module_property(kb_api, file(Api)),
    file_directory_name(Api, Engine),
    file_directory_name(Engine, Kb),
    atomic_list_concat([Kb, '/research/research.pl'], File),
    load_files(File, [if(not_loaded), imports([]), must_be_module(true)]),
    module_property(Module, file(File)),
    !,
    call(Module:research_warm_up).
