:- module(kb_api,
          [ may_disclose/3,           % +Scenario, -Verdict, -Answer
            why/1,                    % +Scenario
            ask_json/2,               % +RequestText, -ResponseText
            sources_json/2            % +RequestText, -ResponseText
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module(library(error)).
:- use_module(library(http/json)).
:- use_module('../vocabulary').
:- use_module(scenario).
:- use_module(verdict).
:- use_module(report).
:- use_module(text).
:- use_module(catalogue).
:- use_module(wording).

/** <module> The public edge: one question, asked from Prolog or as JSON

    ?- may_disclose([discloser=educator, information=client_status,
                     recipient=police], Verdict, Answer).
    Verdict = forbidden, Answer = _{verdict:forbidden, basis:[cp_458], ...}.

    ?- why([discloser=doctor, information=medical_data, recipient=colleague,
            facts=[person_consents=true]]).

Answers are worded in the language of the flag `secret_kb_lang` (fr by
default; `set_prolog_flag(secret_kb_lang, en)` for English).

ask_json/2 is the one entry point of the Python wrapper: a JSON request in,
a JSON response out, every error caught and returned as data.
*/

:- create_prolog_flag(secret_kb_lang, fr, [type(atom), keep(true)]).

%!  may_disclose(+Scenario, -Verdict, -Answer:dict) is det.
%
%   Verdict is forbidden, permitted, obligatory or not_covered for the
%   disclosure Scenario describes (a list of Field=Value, or a dict; see
%   the scenario contract). Answer holds the contract's keys: verdict,
%   basis, complete, open, caveats, explanation, law_date, worded in the
%   language of the flag secret_kb_lang.
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
    % The wording lookups are functional; the tables they read are not
    % indexed deeply enough for SWI-Prolog to see it.
    once(answer_report(Scenario, Answer, Lang, Report)).

session_language(Lang) :-
    current_prolog_flag(secret_kb_lang, Lang),
    must_be(oneof([fr, en]), Lang).

%!  why(+Scenario) is det.
%
%   Print the answer for Scenario and the reasoning behind it, in the
%   language of the flag secret_kb_lang.

why(Input) :-
    may_disclose(Input, _, Answer),
    print_report(Answer).

%!  ask_json(+RequestText, -ResponseText) is det.
%
%   RequestText (a string) is a JSON object
%   `{"lang": "fr"|"en", "scenarios": [Scenario, ...]}`. ResponseText is
%   `{"results": [Result, ...]}` in the same order, each Result either
%   `{"ok": true, "answer": Answer}` or `{"ok": false, "error": Error}`,
%   carrying the scenario's "id" when it has one. A request that cannot be
%   read gives `{"error": Error}`. Never throws, never runs user text.

ask_json(RequestText, ResponseText) :-
    catch(json_request(RequestText, Lang, Scenarios), E, true),
    (   var(E)
    ->  maplist(scenario_result(Lang), Scenarios, Results),
        Response = _{results: Results}
    ;   error_report(E, Error),
        Response = _{error: Error}
    ),
    with_output_to(string(ResponseText),
                   json_write_dict(current_output, Response, [width(0)])).

json_request(Text, Lang, Scenarios) :-
    must_be(string, Text),
    catch(read_json_text(Text, Request), _,
          throw(error(syntax_error(json), context(request, "the request is not valid JSON")))),
    must_be_dict(Request),
    request_language(Request, Lang),
    (   get_dict(scenarios, Request, Scenarios), is_list(Scenarios)
    ->  true
    ;   throw(error(existence_error(required_field, scenarios),
                    context(request, "the request needs a list of scenarios")))
    ).

read_json_text(Text, Term) :-
    setup_call_cleanup(open_string(Text, In),
                       json_read_dict(In, Term, [default_tag(json)]),
                       close(In)).

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
        ;   throw(error(domain_error(lang, Raw),
                        context(lang, "unknown language; accepted: fr, en")))
        )
    ;   Lang = fr
    ).

scenario_result(Lang, Input, Result) :-
    catch(answer_in(Input, Lang, Answer), E, true),
    (   var(E)
    ->  Result0 = _{ok: true, answer: Answer}
    ;   error_report(E, Error),
        Result0 = _{ok: false, error: Error}
    ),
    (   is_dict(Input), get_dict(id, Input, Id)
    ->  Result = Result0.put(id, Id)
    ;   Result = Result0
    ).

%!  sources_json(+RequestText, -ResponseText) is det.
%
%   RequestText is `{"what": "provisions"|"seed"|"unverified"|"wording",
%   "lang": ...}`. ResponseText is `{"what": What, "items": Items}` (the
%   lists of catalogue.pl, or the interface words of wording.pl), or
%   `{"error": Error}`. Never throws.

sources_json(RequestText, ResponseText) :-
    catch(sources_request(RequestText, Response), E,
          ( error_report(E, Error), Response = _{error: Error} )),
    with_output_to(string(ResponseText),
                   json_write_dict(current_output, Response, [width(0)])).

sources_request(Text, _{what: What, items: Items}) :-
    must_be(string, Text),
    catch(read_json_text(Text, Request), _,
          throw(error(syntax_error(json), context(request, "the request is not valid JSON")))),
    must_be_dict(Request),
    request_language(Request, Lang),
    (   get_dict(what, Request, Raw), catalogue_part(What), atom_string(What, Raw)
    ->  true
    ;   Given = Request.get(what, null),
        format(string(Msg), "unknown catalogue part ~q; accepted: provisions, seed, unverified, wording", [Given]),
        throw(error(domain_error(catalogue_part, Given), context(what, Msg)))
    ),
    catalogue_items(What, Lang, Items).

catalogue_part(provisions).
catalogue_part(seed).
catalogue_part(unverified).
catalogue_part(wording).

catalogue_items(provisions, Lang, Items) :- provisions_report(Lang, Items).
catalogue_items(seed, Lang, Items) :- seed_report(Lang, Items).
catalogue_items(unverified, Lang, Items) :- unverified_report(Lang, Items).
catalogue_items(wording, Lang, Words) :- interface_words(Lang, Words).
