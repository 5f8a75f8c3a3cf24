:- module(json_emit,
          [ json_text/2,               % +Term, -Text
            json_output/2,             % :Writer, -Text
            emit_json/2                % +Stream, +Term
          ]).

:- autoload(library(http/json)).   % json:json_write_string/2 (foreign)
:- autoload(library(memfile)).
:- autoload(library(error)).

/** <module> JSON out, fast: what json_write_dict/3 writes, in a third of the time

The answers Python reads are large (an explanation tree with its citations,
about 30 KB of JSON each), and json_write_dict/3 spent nearly as long
writing them as the knowledge base spent reasoning: its options record, its
layout (line positions, widths) and its hook are consulted for every term,
and with_output_to/2's string stream costs more than twice as much per
write as a UTF-8 memory file. emit_json/2 writes the same values with no
layout, on a memory file: each string through the library's own foreign
json:json_write_string/2, so the escaping is the library's. bench/run.py
measures the difference; kb/tests/json_emit.plt checks that both read back
the same.

The terms are those of json_write_dict/3 with its default options: dicts
(keys in standard order, tags left out, integer keys as strings), lists, strings and atoms (the
atoms true, false and null are JSON's constants), numbers (a rational as a
float), classic json(Pairs) objects and #(Term) (Term as a string).
Anything else is a type_error(json_term, Term), as in the library.
*/

%!  json_text(+Term, -Text:string) is det.
%
%   Text is Term as JSON, without layout.

json_text(Term, Text) :-
    json_output(emit_to(Term), Text).

emit_to(Term, Out) :-
    emit(Term, Out).

%!  json_output(:Writer, -Text:string) is semidet.
%
%   Text is what call(Writer, Out) writes on Out, a UTF-8 memory stream
%   (Writer typically calls emit_json/2). Fails if Writer fails.

:- meta_predicate json_output(1, -).

json_output(Writer, Text) :-
    setup_call_cleanup(new_memory_file(File),
                       json_output(File, Writer, Text),
                       free_memory_file(File)).

json_output(File, Writer, Text) :-
    setup_call_cleanup(open_memory_file(File, write, Out, [encoding(utf8)]),
                       call(Writer, Out),
                       close(Out)),
    memory_file_to_string(File, Text, utf8).

%!  emit_json(+Out, +Term) is det.
%
%   Write Term as JSON on the stream Out, without layout.

emit_json(Out, Term) :-
    emit(Term, Out).

emit(String, Out) :-                  % the most frequent value first
    string(String),
    !,
    json:json_write_string(Out, String).
emit(Var, _) :-
    var(Var),
    !,
    instantiation_error(Var).
emit(Dict, Out) :-
    is_dict(Dict),
    !,
    dict_pairs(Dict, _, Pairs),
    put_char(Out, '{'),
    emit_pairs(Pairs, Out),
    put_char(Out, '}').
emit(List, Out) :-
    is_list(List),
    !,
    put_char(Out, '['),
    emit_items(List, Out),
    put_char(Out, ']').
emit(Number, Out) :-
    number(Number),
    !,
    (   rational(Number), \+ integer(Number)
    ->  Float is float(Number),
        write(Out, Float)
    ;   write(Out, Number)
    ).
emit(Constant, Out) :-
    json_constant(Constant),
    !,
    write(Out, Constant).
emit(Atom, Out) :-
    atom(Atom),
    !,
    json:json_write_string(Out, Atom).
emit(json(Pairs), Out) :-
    is_list(Pairs),
    !,
    maplist(json_pair, Pairs, KeyValues),
    put_char(Out, '{'),
    emit_pairs(KeyValues, Out),
    put_char(Out, '}').
emit(#(Term), Out) :-
    !,
    (   ( atom(Term) ; string(Term) )
    ->  json:json_write_string(Out, Term)
    ;   term_string(Term, String),
        json:json_write_string(Out, String)
    ).
emit(Term, _) :-
    type_error(json_term, Term).

json_constant(true).
json_constant(false).
json_constant(null).

emit_pairs([], _).
emit_pairs([Key-Value|Pairs], Out) :-
    emit_key(Key, Out),
    put_char(Out, ':'),
    emit(Value, Out),
    (   Pairs == []
    ->  true
    ;   put_char(Out, ','),
        emit_pairs(Pairs, Out)
    ).

emit_key(Key, Out) :-                 % a dict's keys: atoms or small integers
    (   integer(Key)
    ->  number_string(Key, Text),
        json:json_write_string(Out, Text)
    ;   json:json_write_string(Out, Key)
    ).

emit_items([], _).
emit_items([Item|Items], Out) :-
    emit(Item, Out),
    (   Items == []
    ->  true
    ;   put_char(Out, ','),
        emit_items(Items, Out)
    ).

json_pair(Name=Value, Name-Value) :- !.
json_pair(Name-Value, Name-Value) :- !.
json_pair(Pair, Name-Value) :-
    compound(Pair),
    compound_name_arguments(Pair, Name, [Value]),
    !.
json_pair(Pair, _) :-
    type_error(json_pair, Pair).
