:- module(lang,
          [ value_label/4,            % ?Domain, ?Value, ?Lang, ?Label
            instrument_label/3,       % ?Instrument, ?Lang, ?Label
            article_notation/3,       % ?Article, ?Lang, ?Notation
            sources_notation/1,       % ?Lang
            template/3                % ?Key, ?Lang, ?Format
          ]).

/** <module> The words of the knowledge base, one file per language

Each file lang/LANG.pl holds, in one language, the labels of the
vocabulary's values, the names of the instruments, the notation of the
articles the sources cite, and the templates of the engine's own words (how
to say a condition, the headings of an answer). The file's name is its
language; the file of every language that vocabulary:language/1 declares
is loaded, and only those. Adding a language is adding its file here,
declaring it there, and giving every block of the rule book its wording
(`secret-kb check` lists what is missing).

In a language file:

    label(role, doctor, "un médecin").
    instrument(code_penal, "Code pénal").
    article("46bis/1, §§ 1er et 2", "46bis/1, §§ 1 en 2").
    template(ui(basis), "Fondement").

The article of a source (kb/sources.pl) is written in the notation of
sources_notation/1, French: "§§ 1er et 2", "al. 2", "5 à 13", "Livre Ier".
An article that is only numbers and paragraph signs ("458bis",
"46bis/1, § 3": wording:plain_article/1) reads the same in every language;
any other needs its notation in each of the other languages, an article/2
of their file (`secret-kb check` lists the missing ones);
wording:article_text/3 reads it in a language.
*/

:- use_module(vocabulary, [language/1]).

:- multifile value_label/4, instrument_label/3, article_notation/3, template/3.

%!  value_label(?Domain, ?Value, ?Lang, ?Label:string) is nondet.
%
%   Label names Value of Domain (vocabulary:in_domain/2) in Lang, as a
%   person reads it.

%!  instrument_label(?Instrument, ?Lang, ?Label:string) is nondet.
%
%   Label is the name of Instrument (sources:source/6) in Lang.

%!  article_notation(?Article:string, ?Lang, ?Notation:string) is nondet.
%
%   Notation writes Article (as a source writes it, in the notation of
%   sources_notation/1) the way Lang writes articles.

%!  sources_notation(?Lang) is det.
%
%   The sources write their articles in the notation of Lang.

sources_notation(fr).

%!  template(?Key, ?Lang, ?Format:string) is nondet.
%
%   Format (format/2) words Key in Lang: a condition (role_in, no, ...),
%   a verdict word (verdict(V)), or an interface word (ui(Key)).

term_expansion(label(Domain, Value, Label), value_label(Domain, Value, Lang, Label)) :-
    file_language(Lang).
term_expansion(instrument(Instrument, Label), instrument_label(Instrument, Lang, Label)) :-
    file_language(Lang).
term_expansion(article(Article, Notation), article_notation(Article, Lang, Notation)) :-
    file_language(Lang).
term_expansion(template(Key, Format), template(Key, Lang, Format)) :-
    file_language(Lang).

file_language(Lang) :-
    prolog_load_context(file, File),
    file_base_name(File, Base),
    file_name_extension(Lang, pl, Base),
    (   language(Lang)
    ->  true
    ;   throw(error(domain_error(language, Lang), context(lang, "a language file for an undeclared language")))
    ).

% The file of each declared language, in the order they are declared.
:- forall(language(Lang), ensure_loaded(lang/Lang)).
