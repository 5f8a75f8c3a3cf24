:- module(lang,
          [ value_label/4,            % ?Domain, ?Value, ?Lang, ?Label
            instrument_label/3,       % ?Instrument, ?Lang, ?Label
            template/3                % ?Key, ?Lang, ?Format
          ]).

/** <module> The words of the knowledge base, one file per language

Each file lang/LANG.pl holds, in one language, the labels of the
vocabulary's values, the names of the instruments, and the templates of the
engine's own words (how to say a condition, the headings of an answer).
The file's name is its language; it must be one that vocabulary:language/1
declares. Adding a language is adding its file here, declaring it there,
and giving every block of the rule book its wording (`secret-kb check`
lists what is missing).

In a language file:

    label(role, doctor, "un médecin").
    instrument(code_penal, "Code pénal").
    template(ui(basis), "Fondement").
*/

:- use_module(vocabulary, [language/1]).

:- multifile value_label/4, instrument_label/3, template/3.

%!  value_label(?Domain, ?Value, ?Lang, ?Label:string) is nondet.
%
%   Label names Value of Domain (vocabulary:in_domain/2) in Lang, as a
%   person reads it.

%!  instrument_label(?Instrument, ?Lang, ?Label:string) is nondet.
%
%   Label is the name of Instrument (sources:source/6) in Lang.

%!  template(?Key, ?Lang, ?Format:string) is nondet.
%
%   Format (format/2) words Key in Lang: a condition (role_in, no, ...),
%   a verdict word (verdict(V)), or an interface word (ui(Key)).

term_expansion(label(Domain, Value, Label), value_label(Domain, Value, Lang, Label)) :-
    file_language(Lang).
term_expansion(instrument(Instrument, Label), instrument_label(Instrument, Lang, Label)) :-
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

:- ensure_loaded(lang/fr).
:- ensure_loaded(lang/en).
