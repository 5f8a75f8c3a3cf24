:- module(wording,
          [ condition_text/3,         % +Condition, +Lang, -Text
            interface_words/2         % +Lang, -Words
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module('../law').

/** <module> Conditions and interface words, said in a language

condition_text/3 says a condition of the rule book in words, from the
templates and labels of kb/lang/LANG.pl; interface_words/2 gives the
headings and labels every rendering of an answer uses.
*/

%!  condition_text(+Condition, +Lang, -Text:string) is det.
%
%   Text says Condition in Lang.

condition_text(fact(F), Lang, Text) :-
    !,
    value_label(fact, F, Lang, Text).
condition_text(lacking(F), Lang, Text) :-
    !,
    value_label(fact, F, Lang, Label),
    filled(lacking, Lang, [Label], Text).
condition_text(no(F), Lang, Text) :-
    !,
    value_label(fact, F, Lang, Label),
    filled(no, Lang, [Label], Text).
condition_text(holds(Conclusion), Lang, Text) :-
    !,
    conclusion_text(Conclusion, Lang, Text).
condition_text(Condition, Lang, Text) :-
    Condition =.. [Key, Values],
    value_domain(Key, Domain),
    !,
    maplist(value_label_in(Domain, Lang), Values, Labels),
    template(or, Lang, Or),
    atomic_list_concat(Labels, Or, Joined),
    filled(Key, Lang, [Joined], Text).
condition_text(basis_has(P), Lang, Text) :-
    !,
    value_label(provision, P, Lang, Label),
    filled(basis_has, Lang, [Label], Text).
condition_text(Condition, Lang, Text) :-
    functor(Condition, Key, _),
    template(Key, Lang, Format),
    format(string(Text), Format, []).

value_label_in(Domain, Lang, Value, Label) :-
    value_label(Domain, Value, Lang, Label).

value_domain(role_in,        role).
value_domain(institution_in, institution).
value_domain(information_in, information).
value_domain(recipient_in,   recipient).
value_domain(verdict_in,     verdict).

filled(Key, Lang, Args, Text) :-
    template(Key, Lang, Format),
    format(string(Text), Format, Args).

%!  interface_words(+Lang, -Words:dict) is det.
%
%   Words maps each ui(Key) template to its text in Lang, and each verdict
%   to its word: the headings and labels every rendering of an answer uses.

interface_words(Lang, Words) :-
    findall(Key-Text, template(ui(Key), Lang, Text), Pairs),
    findall(Verdict-Text, template(verdict(Verdict), Lang, Text), Verdicts),
    append(Pairs, Verdicts, All),
    dict_pairs(Words, _, All).
