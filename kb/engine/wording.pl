:- module(wording,
          [ condition_text/3,         % +Condition, +Lang, -Text
            interface_words/2,        % +Lang, -Words
            article_text/3,           % +Article, +Lang, -Text
            plain_article/1           % +Article
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module('../law').

/** <module> Conditions and interface words, said in a language

condition_text/3 says a condition of the rule book in words, from the
templates and labels of kb/lang/LANG.pl; interface_words/2 gives the
headings and labels every rendering of an answer uses; article_text/3
writes a cited article in a language's notation.
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

%!  article_text(+Article:string, +Lang, -Text:string) is det.
%
%   Text is Article (as a source writes it) as Lang writes it: its
%   article_notation/3 when there is one, else Article itself (a plain
%   article, or Lang the notation of the sources).

article_text(Article, Lang, Text) :-
    (   article_notation(Article, Lang, Notation)
    ->  Text = Notation
    ;   Text = Article
    ).

%!  plain_article(+Article:string) is semidet.
%
%   Article is only article numbers ("458bis", "46bis/1", "3.1", "87-89",
%   "2, 1°") and paragraph signs ("§ 2"): it reads the same in every
%   language. Empty counts as plain.

plain_article(Article) :-
    split_string(Article, " ,", " ,", Tokens),
    forall(( member(Token, Tokens), Token \== "" ), plain_token(Token)).

plain_token("§") :- !.
plain_token("§§") :- !.
plain_token(Token) :-
    string_codes(Token, Codes),
    phrase(article_number, Codes).

% 458bis, 46bis/1, 433quater/1, 3.1, 87-89, 1°: numbers with a Latin
% adverb (bis, ter ...) or a degree sign, joined by / . or -. Not "1er".
article_number -->
    digits,
    number_suffix,
    (   [C], { memberchk(C, `/.-`) }
    ->  article_number
    ;   []
    ).

digits --> [C], { code_type(C, digit) }, more_digits.

more_digits --> [C], { code_type(C, digit) }, !, more_digits.
more_digits --> [].

number_suffix([0'°|Rest], Rest) :- !.
number_suffix(Codes, Rest) :-
    latin_adverb(Adverb),
    atom_codes(Adverb, Suffix),
    append(Suffix, Rest, Codes),
    !.
number_suffix(Codes, Codes).

latin_adverb(bis).
latin_adverb(ter).
latin_adverb(quater).
latin_adverb(quinquies).
latin_adverb(sexies).
latin_adverb(septies).
latin_adverb(octies).
latin_adverb(novies).
latin_adverb(decies).
