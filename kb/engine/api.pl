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
            research_query/3          % +Text, -Result, +Options
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
    request_query(Request, Query),
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
        ;   format(string(Msg), "unknown query ~q; accepted: answer, whatif, next_question", [Raw]),
            throw(error(domain_error(query, Raw), context(query, Msg)))
        )
    ;   Query = answer
    ).

query_kind(answer).
query_kind(whatif).
query_kind(next_question).

request_format(Request, Query, Format) :-
    (   get_dict(format, Request, Raw)
    ->  (   answer_format(Format), atom_string(Format, Raw),
            ( Format == data ; Query == answer )
        ->  true
        ;   format(string(Msg), "unknown format ~q for ~w; accepted: data, text, full_text, json (all but data for answers only)",
                   [Raw, Query]),
            throw(error(domain_error(format, Raw), context(format, Msg)))
        )
    ;   Format = data
    ).

answer_format(data).
answer_format(text).
answer_format(full_text).
answer_format(json).

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

% The value of a result, as data or rendered, and the key it goes under.
formatted(data, Query, _, _, Value, Query, Value).
formatted(text(Width), answer, Input, Lang, Report, text, Text) :-
    whatif_in(Input, Lang, Changes),
    summary_text(Report, Changes, [width(Width)], Text).
formatted(full_text, answer, _, _, Report, full_text, Text) :-
    report_text(Report, Text).
formatted(json, answer, Input, _, Report0, json, Text) :-
    (   scenario_id(Input, Id), Id \== null
    ->  Report = Report0.put(id, Id)
    ;   Report = Report0
    ),
    json_text(Report, Text).

%!  sources_json(+RequestText, -ResponseText) is det.
%
%   RequestText is `{"what": "provisions"|"seed"|"unverified"|"wording"|
%   "check"|"languages"|"vocabulary", "lang": ...}`. ResponseText is
%   `{"what": What, "items": Items}` (the lists of catalogue.pl, the
%   interface words of wording.pl, the rule-base check, the languages of
%   the answers in their declared order -- then with `"default": Lang`
%   too, the language of a request that names none -- or the vocabulary
%   with its labels in the language: vocabulary_report/2), or
%   `{"error": Error}`. Never throws.

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
        format(string(Msg), "unknown catalogue part ~q; accepted: provisions, seed, unverified, wording, check, languages, vocabulary", [Given]),
        throw(error(domain_error(catalogue_part, Given), context(what, Msg)))
    ),
    catalogue_items(What, Lang, Items),
    (   What == languages
    ->  default_language(Default),
        Response = _{what: What, items: Items, default: Default}
    ;   Response = _{what: What, items: Items}
    ).

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
