:- module(text,
          [ report_text/2,            % +Report, -Text
            print_report/1            % +Report
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording).

/** <module> An answer as text for a practitioner: the one text renderer

report_text/2 turns an answer report (report:answer_report/5) into the text
that why/1 prints and that `secret-kb ask` prints (it asks for it in its
JSON request: `"format": "text"`, kb_api:ask_json/2). Every word comes
from the report itself (worded in its language) or from the ui(...)
templates of kb/lang/LANG.pl (through wording.pl); this module only adds
the layout:

  - the verdict, in capitals, with the text of the rule or exception that
    grounds it (the first of the basis), then the date whose law applied;
  - the grounds: each basis id with the citations of the rules and
    exceptions that proved it;
  - the exceptions that did not apply and why;
  - what could change the answer, the caveats (first the laws the
    knowledge base does not encode that govern the case: `unencoded`),
    the notes;
  - the reasoning as an indented tree marked [x] true, [ ] false,
    [?] unknown; an exception that did not apply shows the reasons why
    instead of all its conditions;
  - the codes of ethics' view, after the legal one.
*/

%!  print_report(+Report:dict) is det.
%
%   Print Report (report:answer_report/5) as text on the current output.

print_report(Report) :-
    report_text(Report, Text),
    format("~w~n", [Text]).

%!  report_text(+Report:dict, -Text:string) is det.
%
%   Text is Report as text, its lines joined by newlines (no final one).

report_text(Report, Text) :-
    get_dict(lang, Report, Lang),
    phrase(report_lines(Report, Lang), Lines),
    joined(Lines, "\n", Text).

report_lines(Report, Lang) -->
    { get_dict(verdict, Report, Verdict),
      get_dict(basis, Report, Basis),
      get_dict(law_date, Report, Date),
      get_dict(explanation, Report, Root),
      verdict_word(Verdict, Lang, Word),
      deciding_step(Root, Basis, Step),
      get_dict(text, Step, StepText),
      line("~w — ~w", [Word, StepText], First),
      template(ui(law_date), Lang, DateFormat),
      format(string(DateLine), DateFormat, [Date]),
      maplist(ground_line(Root, Lang), Basis, Grounds)
    },
    [First, DateLine],
    section(basis, Lang, Grounds),
    why_not(Root, Lang),
    { get_dict(open, Report, Open),
      maplist(item_text, Open, OpenLines),
      get_dict(unencoded, Report, Unencoded),
      maplist(cited_item(Lang), Unencoded, UnencodedLines),
      get_dict(caveats, Report, Caveats),
      maplist(cited_item(Lang), Caveats, AdviceLines),
      append(UnencodedLines, AdviceLines, CaveatLines),
      get_dict(notes, Report, Notes),
      maplist(cited_item(Lang), Notes, NoteLines),
      ui(tree, Lang, Tree),
      line("~w:", [Tree], TreeHeading),
      ui(deontology, Lang, Deontology),
      line("── ~w ──", [Deontology], DeontologyHeading),
      get_dict(deontology, Report, View)
    },
    section(open, Lang, OpenLines),
    section(caveats, Lang, CaveatLines),
    section(notes, Lang, NoteLines),
    ["", TreeHeading],
    tree(Root, 1, Lang),
    ["", DeontologyHeading],
    deontology_lines(View, Lang).

% A heading and its items, after a blank line; nothing when there are none.
section(_, _, []) -->
    !.
section(Key, Lang, Items) -->
    { ui(Key, Lang, Heading),
      line("~w:", [Heading], Title),
      maplist(bullet, Items, Bullets)
    },
    ["", Title],
    Bullets.

bullet(Item, Line) :-
    line("  - ~w", [Item], Line).

item_text(Item, Text) :-
    get_dict(text, Item, Text).

cited_item(Lang, Item, Line) :-
    get_dict(text, Item, Text),
    get_dict(citation, Item, Citation),
    cite(Citation, Lang, Cited),
    line("~w [~w]", [Text, Cited], Line).

% --- The verdict and its grounds ------------------------------------------

verdict_word(Verdict, Lang, Word) :-
    atom_string(Key, Verdict),
    template(verdict(Key), Lang, Lower),
    string_upper(Lower, Word).

% The proved rule or exception of the first basis id (the root if none
% matches, or if there is no basis).
deciding_step(Root, [First|_], Step) :-
    proved(Root, Step),
    get_dict(provision, Step, First),
    !.
deciding_step(Root, _, Root).

%   Step is a rule or exception of the tree (depth first, in order) that
%   holds and carries a citation.
proved(Root, Step) :-
    walk(Root, Step),
    get_dict(kind, Step, Kind),
    memberchk(Kind, [rule, exception]),
    get_dict(status, Step, "true"),
    get_dict(citation, Step, Citation),
    Citation \== null.

walk(Step, Step).
walk(Step, Below) :-
    get_dict(children, Step, Children),
    member(Child, Children),
    walk(Child, Below).

ground_line(Root, Lang, Provision, Line) :-
    grounds(Root, Provision, Citations),
    (   Citations == []
    ->  line("~w", [Provision], Line)
    ;   maplist(cite_in(Lang), Citations, Cited),
        joined(Cited, "; ", All),
        line("~w: ~w", [Provision, All], Line)
    ).

cite_in(Lang, Citation, Text) :-
    cite(Citation, Lang, Text).

% The citations of the steps that proved Provision, each once, in order.
grounds(Root, Provision, Citations) :-
    findall(Id-Citation,
            ( proved(Root, Step),
              get_dict(provision, Step, Provision),
              get_dict(citation, Step, Citation),
              get_dict(id, Citation, Id) ),
            Pairs),
    first_of_each(Pairs, [], Citations).

first_of_each([], _, []).
first_of_each([Id-Citation|Pairs], Seen, Citations) :-
    (   memberchk(Id, Seen)
    ->  Citations = Rest
    ;   Citations = [Citation|Rest]
    ),
    first_of_each(Pairs, [Id|Seen], Rest).

% --- The exceptions that did not apply ------------------------------------

why_not(Root, Lang) -->
    { get_dict(children, Root, Children),
      include(failed_exception, Children, Failed)
    },
    (   { Failed == [] }
    ->  []
    ;   { ui(why_not, Lang, Heading),
          line("~w:", [Heading], Title)
        },
        ["", Title],
        failed_exceptions(Failed, Lang)
    ).

failed_exceptions([], _) --> [].
failed_exceptions([Step|Steps], Lang) -->
    { get_dict(id, Step, Id),
      (   get_dict(citation, Step, Citation), Citation \== null
      ->  cite(Citation, Lang, Cited),
          line(": ~w", [Cited], CitedPart)
      ;   CitedPart = ""
      ),
      ui(because, Lang, Because),
      line("  - ~w~w — ~w:", [Id, CitedPart, Because], Head),
      reasons(Step, Reasons)
    },
    [Head],
    reason_lines(Reasons, 3),
    failed_exceptions(Steps, Lang).

failed_exception(Step) :-
    get_dict(kind, Step, exception),
    \+ get_dict(status, Step, "true").

reasons(Step, Reasons) :-
    (   get_dict(because, Step, Reasons0) -> Reasons = Reasons0 ; Reasons = [] ).

reason_lines([], _) --> [].
reason_lines([Reason|Reasons], Depth) -->
    { get_dict(status, Reason, Status),
      get_dict(text, Reason, Text),
      status_mark(Status, Mark),
      indented(Depth, "~w ~w", [Mark, Text], Line)
    },
    [Line],
    reason_lines(Reasons, Depth).

% --- The reasoning as a tree ----------------------------------------------

tree(Step, Depth, Lang) -->
    { get_dict(status, Step, Status),
      get_dict(text, Step, Text),
      status_mark(Status, Mark),
      (   get_dict(citation, Step, Citation), Citation \== null
      ->  cite(Citation, Lang, Cited),
          indented(Depth, "~w ~w [~w]", [Mark, Text, Cited], Line)
      ;   indented(Depth, "~w ~w", [Mark, Text], Line)
      ),
      Deeper is Depth + 1
    },
    [Line],
    (   { failed_exception(Step), reasons(Step, Reasons), Reasons \== [] }
    ->  { ui(because, Lang, Because),
          indented(Deeper, "~w:", [Because], BecauseLine),
          Deepest is Depth + 2
        },
        [BecauseLine],
        reason_lines(Reasons, Deepest)
    ;   { get_dict(children, Step, Children) },
        subtrees(Children, Deeper, Lang)
    ).

subtrees([], _, _) --> [].
subtrees([Step|Steps], Depth, Lang) -->
    tree(Step, Depth, Lang),
    subtrees(Steps, Depth, Lang).

status_mark(Status, Mark) :-
    (   status_mark_(Status, Mark0) -> Mark = Mark0 ; Mark = '[?]' ).

status_mark_("true",    '[x]').
status_mark_("false",   '[ ]').
status_mark_("unknown", '[?]').

% --- The codes of ethics' view --------------------------------------------

deontology_lines(View, Lang) -->
    { get_dict(codes, View, Codes) },
    (   { Codes == [] }
    ->  { ui(no_code, Lang, NoCode) },
        [NoCode]
    ;   { get_dict(verdict, View, Verdict),
          get_dict(basis, View, Basis),
          verdict_word(Verdict, Lang, Word),
          (   Basis == []
          ->  BasisPart = ""
          ;   joined(Basis, ", ", Joined),
              line(" (~w)", [Joined], BasisPart)
          ),
          ui(deontic_view, Lang, ViewWord),
          line("~w: ~w~w", [ViewWord, Word, BasisPart], ViewLine),
          maplist(code_label, Codes, Labels),
          joined(Labels, "; ", LabelText),
          ui(codes, Lang, CodesWord),
          line("~w: ~w", [CodesWord, LabelText], CodesLine),
          get_dict(tensions, View, Tensions),
          get_dict(explanation, View, Steps),
          ui(code_reasoning, Lang, Reasoning),
          line("~w:", [Reasoning], ReasoningTitle)
        },
        [ViewLine, CodesLine],
        tensions(Tensions, Lang),
        ["", ReasoningTitle],
        subtrees(Steps, 1, Lang)
    ).

code_label(Code, Label) :-
    get_dict(label, Code, Label).

tensions([], _) -->
    !.
tensions(Tensions, Lang) -->
    { ui(tensions, Lang, Heading),
      line("~w:", [Heading], Title)
    },
    ["", Title],
    tension_lines(Tensions, Lang).

tension_lines([], _) --> [].
tension_lines([Tension|Tensions], Lang) -->
    { get_dict(provision, Tension, Provision),
      get_dict(article, Tension, Article),
      get_dict(citation, Tension, Citation),
      get_dict(law_says, Tension, LawSays),
      get_dict(code_says, Tension, CodeSays),
      cite(Citation, Lang, Cited),
      line("  - ~w ↔ ~w [~w]", [Provision, Article, Cited], Head),
      ui(law_says, Lang, Law),
      indented(3, "~w: ~w", [Law, LawSays], LawLine),
      ui(code_says, Lang, Code),
      indented(3, "~w: ~w", [Code, CodeSays], CodeLine)
    },
    [Head, LawLine, CodeLine],
    tension_lines(Tensions, Lang).

% --- Citations ------------------------------------------------------------

%   Instrument, article, version dates (… for an open end) and any doubt
%   on the source, separated by commas. An article number takes the
%   language's ui(article) form ("art. 458"); anything else ("advies
%   88/07") is written as it is.
cite(Citation, Lang, Text) :-
    get_dict(instrument, Citation, Instrument),
    get_dict(article, Citation, Article),
    get_dict(from, Citation, From),
    get_dict(to, Citation, To),
    get_dict(verification, Citation, Verification),
    (   blank(Article)
    ->  ArticlePart = []
    ;   article_part(Article, Lang, A),
        ArticlePart = [A]
    ),
    (   blank(From), blank(To)
    ->  DatePart = []
    ;   open_end(From, F),
        open_end(To, T),
        line("~w – ~w", [F, T], D),
        DatePart = [D]
    ),
    atom_string(Check, Verification),
    (   memberchk(Check, [partial, unverified])
    ->  ui(Check, Lang, Doubt),
        DoubtPart = [Doubt]
    ;   DoubtPart = []
    ),
    append([[Instrument], ArticlePart, DatePart, DoubtPart], Parts),
    joined(Parts, ", ", Text).

article_part(Article, Lang, Text) :-
    (   sub_string(Article, 0, 1, _, First),
        string_code(1, First, Code),
        code_type(Code, digit)
    ->  ui(article, Lang, Format),
        format(string(Text), Format, [Article])
    ;   Text = Article
    ).

blank(Value) :-
    ( Value == null ; Value == "" ; Value == '' ),
    !.

open_end(Bound, Text) :-
    (   blank(Bound) -> Text = "…" ; Text = Bound ).

% --- Helpers --------------------------------------------------------------

ui(Key, Lang, Text) :-
    template(ui(Key), Lang, Text),
    !.

line(Format, Args, Line) :-
    format(string(Line), Format, Args).

% Two spaces per level of Depth, then Format.
indented(Depth, Format, Args, Line) :-
    format(string(Body), Format, Args),
    Width is Depth * 2,
    length(Spaces, Width),
    maplist(=(0' ), Spaces),
    string_codes(Indent, Spaces),
    string_concat(Indent, Body, Line).

% Items (text) with Separator between them, as one string (no atom: an
% answer's text is some 10 KB).
joined(Items, Separator, Text) :-
    separated(Items, Separator, Parts),
    atomics_to_string(Parts, Text).

separated([], _, []).
separated([Item|Items], Separator, [Item|Parts]) :-
    (   Items == []
    ->  Parts = []
    ;   Parts = [Separator|Rest],
        separated(Items, Separator, Rest)
    ).
