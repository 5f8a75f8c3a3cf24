:- module(catalogue,
          [ provisions_report/2,      % +Lang, -Provisions
            seed_report/2,            % +Lang, -Statements
            unverified_report/2       % +Lang, -Points
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(pairs)).
:- use_module('../law').
:- use_module('../sources').
:- use_module('../seed').
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording, [article_text/3]).
:- use_module(report).

/** <module> What the knowledge base holds: provisions, versions, coverage, doubts

The catalogue behind `secret-kb sources`: every provision with the rules
that encode it and the versions of the texts they cite; every statement of
the seed with the rules that encode it or the reason it is left out; every
point our sources could not verify. All as JSON-ready dicts.
*/

%!  provisions_report(+Lang, -Provisions:list(dict)) is det.
%
%   One dict per provision of the contract (most specific first): its id,
%   its label, the rules and the advice that encode it, and the versions of
%   the sources they cite, oldest first.

provisions_report(Lang, Provisions) :-
    findall(Report,
            ( in_domain(provision, P),
              provision_report(P, Lang, Report) ),
            Provisions).

provision_report(P, Lang, _{provision: P, label: Label, rules: Rules,
                            advice: Advice, versions: Versions}) :-
    value_label(provision, P, Lang, Label),
    findall(R, ( rule_meta(R, Props), memberchk(provision(P), Props) ), Rules),
    findall(A, ( advice_meta(A, Props), memberchk(provision(P), Props) ), Advice),
    findall(S, ( member(R, Rules), rule_meta(R, Props), memberchk(source(S), Props) ), RuleSources),
    findall(S, ( member(A, Advice), advice_meta(A, Props), memberchk(source(S), Props) ), AdviceSources),
    append(RuleSources, AdviceSources, Sources0),
    sort(Sources0, Sources),
    map_list_to_pairs(source_start, Sources, Keyed),
    keysort(Keyed, Sorted),
    pairs_values(Sorted, Ordered),
    maplist(citation_in(Lang), Ordered, Versions).

source_start(Source, Start) :-
    source(Source, _, _, version(From, _), _, _),
    (   From == open -> Start = date(0, 0, 0) ; Start = From ).

citation_in(Lang, Source, Citation) :-
    citation_report(Source, Lang, Citation).

%!  seed_report(+Lang, -Statements:list(dict)) is det.
%
%   One dict per statement of the seed, s01 to s32: id, summary, the rules
%   and advice that encode it, and `omitted` (the reason, or null).

seed_report(Lang, Statements) :-
    findall(_{id: Id, statement: Summary, rules: Rules, omitted: Omitted},
            ( seed_statement(Id, Summary),
              seed_rules(Id, Rules),
              (   seed_omitted(Id, Lang, Reason) -> Omitted = Reason ; Omitted = null ) ),
            Statements).

%!  unverified_report(+Lang, -Points:list(dict)) is det.
%
%   Every point the answers rest on that our sources do not fully verify:
%   source versions marked partial or unverified, interpretive readings
%   encoded in rules or advice, and article numbers the new Criminal Code
%   may have changed.

unverified_report(Lang, Points) :-
    findall(_{kind: source, id: Id, verification: V, citation: Citation},
            ( source(Id, _, _, _, _, V),
              V \== verified,
              citation_report(Id, Lang, Citation) ),
            Sources),
    findall(_{kind: interpretation, id: Id, supported_by: Support, text: Text},
            ( rule_meta(Id, Props),
              memberchk(interpretation(Support), Props),
              interpretation_text(Id, Lang, Text) ),
            Readings),
    findall(_{kind: interpretation, id: Id, supported_by: Support, text: Text},
            ( advice_meta(Id, Props),
              memberchk(interpretation(Support), Props),
              advice_text(Id, Lang, Text) ),
            AdviceReadings),
    findall(_{kind: renumbering, instrument: Label, article: Article,
              new_reference: New, verification: Status},
            ( instrument_renumbering(Instrument, Article0, New0, Status),
              Status \== verified,
              instrument_label(Instrument, Lang, Label),
              article_text(Article0, Lang, Article),
              (   string(New0) -> article_text(New0, Lang, New) ; New = New0 ) ),
            Numbers),
    append([Sources, Readings, AdviceReadings, Numbers], Points).
