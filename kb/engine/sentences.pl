:- module(sentences,
          [ rule_sentence/3,          % +Rule, +Lang, -Sentence
            rules_report/3            % +Layers, +Lang, -Rules
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- use_module('../law').
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording).
:- use_module(report, [citation_report/3]).

/** <module> The rule book as sentences a lawyer can check

rule_sentence/3 says one rule of the rule book as one sentence: the
provision (or code of ethics) it encodes, what it concludes, the rules it
sets aside, and its condition, every part worded from the templates
`sentence(...)` of kb/lang/LANG.pl and the labels of the vocabulary:

    Under art. 458ter of the Criminal Code (case consultation), disclosure
    is permitted, setting aside art. 458 of the Criminal Code (professional
    secrecy), when all of: ...

rules_report/3 lists every rule so, with its citation and its reading.
*/

%!  rule_sentence(+Rule, +Lang, -Sentence:string) is semidet.
%
%   Sentence says Rule (an id of law:rule/3) in Lang: "Under <provision>,
%   <conclusion>[, setting aside <provisions>][, when <condition>]." A rule
%   of `provision = principle` is said under its source's instrument and
%   article. Fails when Rule is not a rule.

rule_sentence(Rule, Lang, Sentence) :-
    rule(Rule, Conclusion, Condition),
    rule_meta(Rule, Props),
    !,
    % the label and template lookups are functional, not indexed as such
    once(( layer_words(Props, Lang, Under),
           conclusion_words(Conclusion, Lang, Concludes),
           setting_aside_words(Rule, Lang, Aside),
           condition_words(Condition, Lang, When) )),
    atomic_list_concat([Concludes, Aside, When], Body),
    once(filled(under, Lang, [Under, Body], Sentence0)),
    string_concat(Sentence0, ".", Sentence).

% Who speaks: the provision's label, the code's, or (for the principle's
% own rules) the instrument and article of the source.
layer_words(Props, Lang, Words) :-
    memberchk(provision(P), Props),
    P \== principle,
    !,
    value_label(provision, P, Lang, Words).
layer_words(Props, Lang, Words) :-
    memberchk(code(C), Props),
    !,
    value_label(code, C, Lang, Words).
layer_words(Props, Lang, Words) :-
    memberchk(source(Source), Props),
    citation_report(Source, Lang, Citation),
    (   Citation.article == ""
    ->  Words = Citation.instrument
    ;   filled(article, Lang, [Citation.instrument, Citation.article], Words)
    ).

conclusion_words(verdict(Verdict), Lang, Words) :-
    !,
    template(sentence(verdict(Verdict)), Lang, Words).
conclusion_words(Conclusion, Lang, Words) :-
    conclusion_text(Conclusion, Lang, Text),
    !,
    inner(Text, Inner),
    filled(notion, Lang, [Inner], Words).
conclusion_words(Conclusion, _, Words) :-
    format(string(Words), "~q", [Conclusion]).

% The provisions of the rules this one sets aside, each named once.
setting_aside_words(Rule, Lang, Words) :-
    findall(Label,
            ( exception(Rule, Overridden),
              rule_meta(Overridden, Props),
              layer_words(Props, Lang, Label) ),
            Labels0),
    list_to_set(Labels0, Labels),
    (   Labels == []
    ->  Words = ""
    ;   template(sentence(and), Lang, And),
        atomic_list_concat(Labels, And, Joined),
        filled(setting_aside, Lang, [Joined], Words)
    ).

condition_words(all(Cs), Lang, Words) :-
    !,
    parts_words(Cs, Lang, Parts),
    filled(when_all, Lang, [Parts], Words).
condition_words(any(Cs), Lang, Words) :-
    !,
    parts_words(Cs, Lang, Parts),
    filled(when_any, Lang, [Parts], Words).
condition_words(Condition, Lang, Words) :-
    part_words(Condition, Lang, Part),
    filled(when, Lang, [Part], Words).

parts_words(Cs, Lang, Words) :-
    maplist(part_in(Lang), Cs, Parts),
    atomic_list_concat(Parts, "; ", Words).

part_in(Lang, C, Words) :-
    part_words(C, Lang, Words).

part_words(all(Cs), Lang, Words) :-
    !,
    parts_words(Cs, Lang, Parts),
    filled(all, Lang, [Parts], Words).
part_words(any(Cs), Lang, Words) :-
    !,
    parts_words(Cs, Lang, Parts),
    filled(any, Lang, [Parts], Words).
part_words(not(C), Lang, Words) :-
    !,
    part_words(C, Lang, Part),
    filled(not, Lang, [Part], Words).
part_words(Condition, Lang, Words) :-
    condition_text(Condition, Lang, Text),
    inner(Text, Words).

% A sentence used inside another: its first letter small (unless the
% word is an acronym), its final full stop dropped.
inner(Text, Inner) :-
    string_codes(Text, Codes0),
    (   append(Start, [0'.], Codes0) -> Codes1 = Start ; Codes1 = Codes0 ),
    (   Codes1 = [C1, C2|Rest], code_type(C1, upper(L1)), \+ code_type(C2, upper)
    ->  Codes = [L1, C2|Rest]
    ;   Codes = Codes1
    ),
    string_codes(Inner, Codes).

filled(Key, Lang, Args, Text) :-
    template(sentence(Key), Lang, Format),
    format(string(Text), Format, Args).

%!  rules_report(+Layers:list, +Lang, -Rules:list(dict)) is det.
%
%   Rules lists every rule of the rule book, in rule-book (statute) order,
%   whose provision or code is in Layers (every rule when Layers is []; a
%   rule of `provision = principle` is in the layer `principle`). Each is
%   _{id, layer, sentence, text, reading, citation, overrides, exceptions}:
%   the sentence (rule_sentence/3), the rule's own text, its reading (the
%   interpretation it encodes, with the source that supports it, or null),
%   the citation of its source, the rules it sets aside and the rules that
%   set it aside.

rules_report(Layers, Lang, Rules) :-
    findall(Report,
            ( rule(Id, _, _),
              rule_meta(Id, Props),
              rule_layer_id(Props, Layer),
              ( Layers == [] -> true ; memberchk(Layer, Layers) ),
              rule_entry(Id, Props, Layer, Lang, Report) ),
            Rules).

rule_layer_id(Props, Layer) :-
    (   memberchk(provision(Layer), Props) -> true ; memberchk(code(Layer), Props) ).

rule_entry(Id, Props, Layer, Lang,
           _{id: Id, layer: Layer, sentence: Sentence, text: Text, reading: Reading,
             citation: Citation, overrides: Overrides, exceptions: Exceptions}) :-
    rule_sentence(Id, Lang, Sentence),
    rule_text(Id, Lang, Text),
    memberchk(source(Source), Props),
    citation_report(Source, Lang, Citation),
    (   interpretation_text(Id, Lang, ReadingText),
        memberchk(interpretation(Support), Props)
    ->  citation_report(Support, Lang, SupportCitation),
        Reading = _{text: ReadingText, citation: SupportCitation}
    ;   Reading = null
    ),
    findall(R, exception(Id, R), Overrides0),
    list_to_set(Overrides0, Overrides),
    findall(E, exception(E, Id), Exceptions0),
    list_to_set(Exceptions0, Exceptions).
