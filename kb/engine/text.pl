:- module(text,
          [ print_report/1            % +Report
          ]).

:- use_module(library(lists)).
:- use_module(library(apply)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording).

/** <module> An answer printed for a person at the Prolog prompt

The verdict first, then its grounds, what could change it, what to do, what
to know, and the reasoning as an indented tree. Used by why/1; the Python
CLI renders the same report its own way.
*/

%!  print_report(+Report:dict) is det.
%
%   Print Report (report:answer_report/4) on the current output.

print_report(Report) :-
    Lang = Report.lang,
    value_label(verdict, Report.verdict, Lang, Verdict),
    format("~w~n", [Verdict]),
    template(ui(law_date), Lang, DateFormat),
    format(DateFormat, [Report.law_date]), nl,
    section(basis, Lang,
            provision_label(Lang), Report.basis),
    section(open, Lang, item_text, Report.open),
    section(caveats, Lang, item_text, Report.caveats),
    section(notes, Lang, item_text, Report.notes),
    template(ui(tree), Lang, Tree),
    format("~n~w:~n", [Tree]),
    print_step(Report.explanation, 1).

section(_, _, _, []) :- !.
section(Heading, Lang, ToLine, Items) :-
    template(ui(Heading), Lang, Title),
    format("~n~w:~n", [Title]),
    forall(member(Item, Items),
           ( call(ToLine, Item, Line),
             format("  - ~w~n", [Line]) )).

provision_label(Lang, Provision, Label) :-
    value_label(provision, Provision, Lang, Label).

item_text(Item, Text) :-
    get_dict(text, Item, Text).

print_step(Step, Depth) :-
    status_mark(Step.status, Mark),
    Indent is Depth * 2,
    format("~t~*|~w ~w", [Indent, Mark, Step.text]),
    (   get_dict(citation, Step, Citation)
    ->  print_citation(Citation)
    ;   true
    ),
    nl,
    Deeper is Depth + 1,
    forall(member(Child, Step.children), print_step(Child, Deeper)).

print_citation(Citation) :-
    (   Citation.article == ""
    ->  format(" [~w]", [Citation.instrument])
    ;   format(" [~w, art. ~w]", [Citation.instrument, Citation.article])
    ).

status_mark("true",    '[x]').
status_mark("false",   '[ ]').
status_mark("unknown", '[?]').
