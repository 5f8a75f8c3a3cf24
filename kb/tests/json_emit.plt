/*  The fast JSON writer (kb/engine/json_emit.pl): what json_write_dict/3 writes, read back the same.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/json_emit.plt
*/
:- module(test_json_emit, []).
:- use_module(library(plunit)).
:- use_module(library(http/json)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module('../engine/json_emit').

%   Term written by emit_json/2 and by json_write_dict/3, each read back.
both_read_back(Term, Fast, Library) :-
    json_text(Term, FastText),
    with_output_to(string(LibraryText), json_write_dict(current_output, Term, [width(0)])),
    atom_json_dict(FastText, Fast, [default_tag(json)]),
    atom_json_dict(LibraryText, Library, [default_tag(json)]).

same_as_the_library(Term) :-
    both_read_back(Term, Fast, Library),
    Fast == Library.

:- begin_tests(json_emit).

test(strings_that_need_escaping) :-
    forall(member(S, ["", "plain", "quote \" and backslash \\", "tab\tnew\nline\r",
                      "nul \u0000 and \u001f", "josé, 日本語, 😀", "\u2028\u2029", "</script>"]),
           assertion(same_as_the_library(_{s: S}))).

test(atoms_numbers_and_constants) :-
    same_as_the_library(_{a: educator, t: true, f: false, n: null, i: -42, big: 12345678901234567890,
                          x: 1.5, e: 1.0e-10, r: 1r3, empty_list: [], empty_dict: _{}}).

test(nesting_keeps_order_and_shape) :-
    same_as_the_library(_{z: [1, [2, [3, _{k: "v"}]]], a: _{b: _{c: [true, null, "x"]}}}).

test(tags_are_left_out, true(Pairs == [k-1])) :-
    both_read_back(point{k: 1}, Fast, _),
    dict_pairs(Fast, _, Pairs).

test(classic_objects_and_stringified_terms) :-
    same_as_the_library(json([a=1, b-"two", c(three)])),
    same_as_the_library(_{t: #(f(x, "y")), a: #(atom)}).

test(real_answers, [true(N == Built)]) :-
    findall(R-T, ( member(R, [doctor, educator]),
                   vocabulary:in_domain(recipient, T) ), Pairs),
    length(Pairs, Built),
    assertion(Built > 26),                % every recipient of contract versions 1 and 2
    aggregate_all(count, ( member(R-T, Pairs),
                           may_disclose([discloser=R, information=confidence, recipient=T], _, A),
                           same_as_the_library(A) ), N).

test(no_layout, true(Text == "{\"a\":[1,2],\"b\":\"c\"}")) :-
    json_text(_{b: "c", a: [1, 2]}, Text).

test(other_terms_are_type_errors, error(type_error(json_term, f(x)))) :-
    json_text(_{a: f(x)}, _).

test(unbound_is_an_instantiation_error, error(instantiation_error)) :-
    json_text(_{a: _}, _).

:- end_tests(json_emit).
