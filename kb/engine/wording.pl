:- module(wording,
          [ template/3,               % ?Key, ?Lang, ?Format
            condition_text/3,         % +Condition, +Lang, -Text
            interface_words/2         % +Lang, -Words
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

template(role_in,         fr, "professionnel : ~w").
template(role_in,         en, "discloser: ~w").
template(institution_in,  fr, "lieu de travail : ~w").
template(institution_in,  en, "workplace: ~w").
template(information_in,  fr, "information : ~w").
template(information_in,  en, "information: ~w").
template(recipient_in,    fr, "destinataire : ~w").
template(recipient_in,    en, "recipient: ~w").
template(no,              fr, "il n'est pas vrai que ~w").
template(no,              en, "it is not the case that ~w").
template(lacking,         fr, "il n'est pas établi que ~w").
template(lacking,         en, "it is not established that ~w").
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
% The words of a printed answer, shared by why/1 and the Python renderings
% (catalogue part "wording"): ui(Key).
template(ui(law_date),   fr, "Droit applicable au ~w.").
template(ui(law_date),   en, "Law as in force on ~w.").
template(ui(basis),      fr, "Fondement").
template(ui(basis),      en, "Grounds").
template(ui(open),       fr, "Ce qui pourrait changer la réponse").
template(ui(open),       en, "What could change the answer").
template(ui(caveats),    fr, "À faire ou à respecter").
template(ui(caveats),    en, "What to do or heed").
template(ui(notes),      fr, "À savoir").
template(ui(notes),      en, "Good to know").
template(ui(why_not),    fr, "Exceptions écartées").
template(ui(why_not),    en, "Exceptions that do not apply").
template(ui(tree),       fr, "Raisonnement").
template(ui(tree),       en, "Reasoning").
template(ui(because),    fr, "parce que").
template(ui(because),    en, "because").
template(ui(verified),   fr, "vérifié").
template(ui(verified),   en, "verified").
template(ui(partial),    fr, "vérification partielle").
template(ui(partial),    en, "partly verified").
template(ui(unverified), fr, "non vérifié").
template(ui(unverified), en, "unverified").
template(ui(rules),      fr, "règles").
template(ui(rules),      en, "rules").
template(ui(advice),     fr, "conseils").
template(ui(advice),     en, "advice").
template(ui(tests),      fr, "tests").
template(ui(tests),      en, "tests").
template(ui(omitted),    fr, "non encodé").
template(ui(omitted),    en, "not encoded").
template(ui(none),       fr, "aucun").
template(ui(none),       en, "none").
template(ui(deontology), fr, "Déontologie — les codes, à côté de la loi").
template(ui(deontology), en, "Deontology — the codes, beside the law").
template(ui(deontic_view), fr, "Vue des codes").
template(ui(deontic_view), en, "The codes' view").
template(ui(codes),      fr, "Codes applicables").
template(ui(codes),      en, "Codes that bind").
template(ui(no_code),    fr, "Aucun code de déontologie encodé ne lie ce professionnel.").
template(ui(no_code),    en, "No encoded code of ethics binds this professional.").
template(ui(tensions),   fr, "Tensions avec la loi").
template(ui(tensions),   en, "Tensions with the law").
template(ui(law_says),   fr, "La loi").
template(ui(law_says),   en, "The law").
template(ui(code_says),  fr, "Le code").
template(ui(code_says),  en, "The code").
template(ui(code_reasoning), fr, "Raisonnement des codes").
template(ui(code_reasoning), en, "The codes' reasoning").
template(ui(question),   fr, "Est-il établi que ~w ?").
template(ui(question),   en, "Is it established that ~w?").
template(ui(answers),    fr, "oui / non / inconnu").
template(ui(answers),    en, "yes / no / unknown").
template(open_line,       fr, "~w si ~w [~w]").
template(open_line,       en, "~w if ~w [~w]").
template(verdict(forbidden),   fr, "interdit").
template(verdict(forbidden),   en, "forbidden").
template(verdict(permitted),   fr, "permis").
template(verdict(permitted),   en, "permitted").
template(verdict(obligatory),  fr, "obligatoire").
template(verdict(obligatory),  en, "obligatory").
template(verdict(not_covered), fr, "hors secret").
template(verdict(not_covered), en, "not covered").

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
