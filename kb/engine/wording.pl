:- module(wording,
          [ template/3,               % ?Key, ?Lang, ?Format
            condition_text/3          % +Condition, +Lang, -Text
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module('../vocabulary').
:- use_module('../law').

/** <module> The engine's own wording, per language

The wording of the law sits beside each rule, in the files of law/. This module holds the
words the engine needs around it: how to say a condition, and the headings
of an answer. Format strings follow format/2.
*/

%!  template(?Key, ?Lang, ?Format:string) is nondet.
%
%   Format words Key in Lang.

template(role_in,         fr, "le professionnel est ~w").
template(role_in,         en, "the discloser is ~w").
template(institution_in,  fr, "il travaille dans ~w").
template(institution_in,  en, "they work in ~w").
template(information_in,  fr, "l'information est ~w").
template(information_in,  en, "the information is ~w").
template(recipient_in,    fr, "le destinataire est ~w").
template(recipient_in,    en, "the recipient is ~w").
template(no,              fr, "il n'est pas vrai que ~w").
template(no,              en, "it is not the case that ~w").
template(not,             fr, "aucune des conditions suivantes").
template(not,             en, "none of the following").
template(all,             fr, "toutes les conditions suivantes").
template(all,             en, "all of the following").
template(any,             fr, "l'une des conditions suivantes").
template(any,             en, "one of the following").
template(verdict_in,      fr, "le verdict est ~w").
template(verdict_in,      en, "the verdict is ~w").
template(basis_has,       fr, "la réponse repose sur ~w").
template(basis_has,       en, "the answer rests on ~w").
template(incomplete,      fr, "des faits inconnus pourraient changer la réponse").
template(incomplete,      en, "unknown facts could change the answer").
template(or,              fr, " ou ").
template(or,              en, " or ").
% Headings of a printed answer (why/1).
template(heading_basis,   fr, "Fondement").
template(heading_basis,   en, "Grounds").
template(heading_open,    fr, "Ce qui pourrait changer la réponse").
template(heading_open,    en, "What could change the answer").
template(heading_caveats, fr, "À faire ou à respecter").
template(heading_caveats, en, "What to do or heed").
template(heading_notes,   fr, "À savoir").
template(heading_notes,   en, "Good to know").
template(heading_tree,    fr, "Raisonnement").
template(heading_tree,    en, "Reasoning").
template(open_line,       fr, "~w si ~w (~w)").
template(open_line,       en, "~w if ~w (~w)").
template(verdict(forbidden),   fr, "interdit").
template(verdict(forbidden),   en, "forbidden").
template(verdict(permitted),   fr, "permis").
template(verdict(permitted),   en, "permitted").
template(verdict(obligatory),  fr, "obligatoire").
template(verdict(obligatory),  en, "obligatory").
template(verdict(not_covered), fr, "hors secret").
template(verdict(not_covered), en, "not covered").
template(law_date,        fr, "Droit applicable au ~w.").
template(law_date,        en, "Law as in force on ~w.").

%!  condition_text(+Condition, +Lang, -Text:string) is det.
%
%   Text says Condition in Lang.

condition_text(fact(F), Lang, Text) :-
    !,
    value_label(fact, F, Lang, Text).
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
