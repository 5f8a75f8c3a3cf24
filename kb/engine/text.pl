:- module(text,
          [ report_text/2,            % +Report, -Text
            summary_text/4,           % +Report, +Changes, +Options, -Text
            print_report/1,           % +Report
            wrapped/5                 % +Text, +Width, +First, +Rest, -Lines
          ]).

:- autoload(library(lists)).
:- autoload(library(apply)).
:- autoload(library(option)).
:- autoload(library(pairs)).
:- use_module('../vocabulary').
:- use_module('../lang').
:- use_module(wording).

/** <module> An answer as text for a practitioner: the one text renderer

Two texts of an answer report (report:answer_report/5), both what why/1 and
`secret-kb ask` print (the CLI asks for them in its JSON request: `"format":
"text"` or `"full_text"`, kb_api:ask_json/2). Every word comes from the
report itself (worded in its language) or from the ui(...) templates of
kb/lang/LANG.pl (through wording.pl); this module only adds the layout.

summary_text/4, the one-screen answer (`secret-kb ask`, why/1), at most 20
lines wrapped to a width:

  - the verdict in plain words, then who would tell whom what, and the
    date whose law applied;
  - what to do: the laws the knowledge base does not encode that govern
    the case, the caveats, the notes;
  - what could change the answer, as what_if/2 says it ("permitted if …");
  - the grounds, with their articles; the codes of ethics' view in a line;
  - a hint to the complete answer.

When the items do not all fit, the first of each list is kept, then the
others alternately while they fit; a heading says how many are shown.
secret_kb.summary (Python) lays out Answer.summary() the same way, line
for line (tests/test_render.py checks it).

report_text/2, the complete answer (`secret-kb ask --full`):

  - the verdict, in capitals, with the text of the rule or exception that
    grounds it (the first of the basis), then the date whose law applied;
  - the grounds: each provision of the basis with the citations of the
    rules and exceptions that proved it;
  - the exceptions that did not apply and why: only those that concern
    this discloser, workplace, information and recipient; the others (one
    of whose conditions on them is false) are counted in one line;
  - what could change the answer, the caveats (first the laws the
    knowledge base does not encode that govern the case: `unencoded`),
    the notes;
  - the reasoning as an indented tree marked [x] true, [ ] false,
    [?] unknown (a legend says so); an exception that did not apply shows
    the reasons why instead of all its conditions;
  - the codes of ethics' view, after the legal one.

No internal id is printed: provisions and codes go by their labels.
*/

% The most lines of the one-screen answer, and the width of its lines
% when none is given.
summary_lines_max(20).
default_width(80).

%!  print_report(+Report:dict) is det.
%
%   Print Report (report:answer_report/5) as its complete text
%   (report_text/2) on the current output.

print_report(Report) :-
    report_text(Report, Text),
    format("~w~n", [Text]).

%!  report_text(+Report:dict, -Text:string) is det.
%
%   Text is Report as its complete text, its lines joined by newlines (no
%   final one).

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
    { get_dict(scenario, Report, Scenario) },
    why_not(Root, Scenario, Lang),
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
    legend(Lang),
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
    provision_name(Provision, Lang, Name),
    (   Citations == []
    ->  line("~w", [Name], Line)
    ;   maplist(cite_in(Lang), Citations, Cited),
        joined(Cited, "; ", All),
        line("~w: ~w", [Name, All], Line)
    ).

% A provision (or a code's rule, in the codes' view) as a person reads it:
% its label; its id only if it has none.
provision_name(Provision, Lang, Name) :-
    atom_string(Id, Provision),
    (   value_label(provision, Id, Lang, Label)
    ->  Name = Label
    ;   Name = Provision
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

% Those that concern the case, each with its reasons; the others counted.
why_not(Root, _Scenario, Lang) -->
    { get_dict(children, Root, Children),
      include(failed_exception, Children, Failed),
      partition(concerns_the_case, Failed, Concerned, Others),
      length(Others, Count)
    },
    (   { Failed == [] }
    ->  []
    ;   { ui(why_not, Lang, Heading),
          line("~w:", [Heading], Title)
        },
        ["", Title],
        legend(Lang),
        failed_exceptions(Concerned, Lang),
        (   { Count > 0 }
        ->  { template(ui(not_concerned), Lang, Format),
              format(string(CountLine), Format, [Count]),
              line("  - ~w", [CountLine], Counted)
            },
            [Counted]
        ;   []
        )
    ).

%   An exception that did not apply concerns the case unless one of its
%   failing conditions on the discloser, the workplace, the information or
%   the recipient is false: it was not written for them.
concerns_the_case(Step) :-
    reasons(Step, Reasons),
    \+ ( member(Reason, Reasons),
          get_dict(status, Reason, "false"),
          get_dict(id, Reason, Id),
          atom_string(Key, Id),
          party_condition(Key) ).

party_condition(role_in).
party_condition(institution_in).
party_condition(information_in).
party_condition(recipient_in).

failed_exceptions([], _) --> [].
failed_exceptions([Step|Steps], Lang) -->
    { step_name(Step, Lang, Name),
      (   get_dict(citation, Step, Citation), Citation \== null
      ->  cite(Citation, Lang, Cited),
          line(" [~w]", [Cited], CitedPart)
      ;   CitedPart = ""
      ),
      ui(because, Lang, Because),
      line("  - ~w~w — ~w:", [Name, CitedPart, Because], Head),
      reasons(Step, Reasons)
    },
    [Head],
    reason_lines(Reasons, 3),
    failed_exceptions(Steps, Lang).

% A rule or exception by the label of its provision.
step_name(Step, Lang, Name) :-
    (   get_dict(provision, Step, Provision), Provision \== null
    ->  provision_name(Provision, Lang, Name)
    ;   get_dict(text, Step, Name)
    ).

% What the marks mean, once, before the first list that shows them.
legend(Lang) -->
    { template(ui(legend), Lang, Format),
      status_mark_("true", True),
      status_mark_("false", False),
      status_mark_("unknown", Unknown),
      format(string(Legend), Format, [True, False, Unknown]),
      line("  (~w)", [Legend], Line)
    },
    [Line].

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
          verdict_word(Verdict, Lang, Word),
          ui(deontic_view, Lang, ViewWord),
          line("~w: ~w", [ViewWord, Word], ViewLine),
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
        tensions(Tensions, Codes, Lang),
        ["", ReasoningTitle],
        subtrees(Steps, 1, Lang)
    ).

code_label(Code, Label) :-
    get_dict(label, Code, Label).

tensions([], _, _) -->
    !.
tensions(Tensions, Codes, Lang) -->
    { ui(tensions, Lang, Heading),
      line("~w:", [Heading], Title)
    },
    ["", Title],
    tension_lines(Tensions, Codes, Lang).

tension_lines([], _, _) --> [].
tension_lines([Tension|Tensions], Codes, Lang) -->
    { get_dict(provision, Tension, Provision),
      get_dict(code, Tension, CodeId),
      get_dict(citation, Tension, Citation),
      get_dict(law_says, Tension, LawSays),
      get_dict(code_says, Tension, CodeSays),
      cite(Citation, Lang, Cited),
      provision_name(Provision, Lang, ProvisionName),
      (   member(C, Codes), get_dict(id, C, CodeId), get_dict(label, C, CodeName)
      ->  true
      ;   CodeName = CodeId
      ),
      line("  - ~w ↔ ~w [~w]", [ProvisionName, CodeName, Cited], Head),
      ui(law_says, Lang, Law),
      indented(3, "~w: ~w", [Law, LawSays], LawLine),
      ui(code_says, Lang, Code),
      indented(3, "~w: ~w", [Code, CodeSays], CodeLine)
    },
    [Head, LawLine, CodeLine],
    tension_lines(Tensions, Codes, Lang).

% --- The one-screen answer -------------------------------------------------

%!  summary_text(+Report:dict, +Changes:list(dict), +Options:list, -Text:string) is det.
%
%   Text is the one-screen answer of Report: at most 20 lines of at most
%   Width characters (longer only for a word that long, or when the first
%   item of a list alone does not fit). Changes are what could change the
%   verdict, as kb_api:what_if/2 gives them (`text` is read). Options:
%
%     - width(+Width): the width of the lines (default 80; 0: no wrapping);
%     - hint(+Hint): the last line, saying where the rest is: `cli`
%       (`--full`, the default), `prolog` (why/2) or `none`.

summary_text(Report, Changes, Options, Text) :-
    default_width(DefaultWidth),
    option(width(Width), Options, DefaultWidth),
    option(hint(Hint), Options, cli),
    summary_lines_max(Max),
    get_dict(lang, Report, Lang),
    headline(Report, Lang, Width, Head),
    todo_items(Report, Todo),
    strongest_first(Changes, Ordered),
    maplist(item_text, Ordered, ChangeTexts),
    grounds_summary(Report, Lang, Width, Grounds),
    codes_summary(Report, Lang, Width, Codes),
    hint_lines(Hint, Lang, Width, HintLines),
    maplist(bullet_lines(Width), Todo, TodoItems),
    maplist(bullet_lines(Width), ChangeTexts, ChangeItems),
    (   ChangeItems == []
    ->  ui(no_change, Lang, NoChange),
        wrapped(NoChange, Width, "", "  ", NoChangeLines)
    ;   NoChangeLines = []
    ),
    (   Todo == [] -> TodoHeadings = 0 ; TodoHeadings = 1 ),
    (   ChangeItems == [] -> length(NoChangeLines, ChangeHeadings) ; ChangeHeadings = 1 ),
    append([Head, [""], Grounds, Codes, HintLines], FixedLines),
    length(FixedLines, Fixed),
    Room is Max - Fixed - TodoHeadings - ChangeHeadings,
    chosen(TodoItems, ChangeItems, Room, TodoShown, ChangeShown),
    heading_line(caveats, Lang, TodoShown, TodoItems, TodoHeading),
    heading_line(open, Lang, ChangeShown, ChangeItems, ChangeHeading),
    length(TodoKept, TodoShown), append(TodoKept, _, TodoItems),
    length(ChangeKept, ChangeShown), append(ChangeKept, _, ChangeItems),
    (   Todo == [] -> TodoPart = [] ; append([[TodoHeading]|TodoKept], TodoPart) ),
    (   ChangeItems == [] -> ChangePart = NoChangeLines
    ;   append([[ChangeHeading]|ChangeKept], ChangePart)
    ),
    append([Head, [""], TodoPart, ChangePart, Grounds, Codes, HintLines], Lines),
    joined(Lines, "\n", Text).

% The verdict in plain words (its label, the verdict word in capitals),
% then who would tell whom what, and the law's date.
headline(Report, Lang, Width, Lines) :-
    get_dict(verdict, Report, Verdict),
    atom_string(Key, Verdict),
    value_label(verdict, Key, Lang, Label),
    template(verdict(Key), Lang, Word),
    string_upper(Word, Upper),
    (   sub_string(Label, 0, Length, After, Word)
    ->  sub_string(Label, Length, After, 0, Rest),
        string_concat(Upper, Rest, Plain)
    ;   line("~w — ~w", [Upper, Label], Plain)
    ),
    line("~w.", [Plain], VerdictLine),
    get_dict(scenario, Report, Scenario),
    party_label(role, Scenario.discloser, Lang, Discloser0),
    capitalised(Discloser0, Discloser),
    party_label(recipient, Scenario.recipient, Lang, Recipient),
    party_label(information, Scenario.information, Lang, Information),
    (   get_dict(institution, Scenario, Institution0), Institution0 \== null
    ->  party_label(institution, Institution0, Lang, Institution),
        template(ui(situation_at), Lang, Format),
        format(string(Situation), Format, [Discloser, Institution, Recipient, Information])
    ;   template(ui(situation), Lang, Format),
        format(string(Situation), Format, [Discloser, Recipient, Information])
    ),
    template(ui(law_date), Lang, DateFormat),
    format(string(DateText), DateFormat, [Report.law_date]),
    line("~w ~w", [Situation, DateText], SituationLine),
    wrapped(VerdictLine, Width, "", "", First),
    wrapped(SituationLine, Width, "", "", Second),
    append(First, Second, Lines).

party_label(Domain, Value, Lang, Label) :-
    atom_string(Key, Value),
    (   value_label(Domain, Key, Lang, Label0) -> Label = Label0 ; Label = Value ).

capitalised(Text, Capitalised) :-
    (   sub_string(Text, 0, 1, After, First)
    ->  string_upper(First, Upper),
        sub_string(Text, 1, After, 0, Rest),
        string_concat(Upper, Rest, Capitalised)
    ;   Capitalised = Text
    ).

% What to do: the laws not encoded first, then the caveats, then the notes.
todo_items(Report, Texts) :-
    get_dict(unencoded, Report, Unencoded),
    get_dict(caveats, Report, Caveats),
    get_dict(notes, Report, Notes),
    append([Unencoded, Caveats, Notes], Items),
    maplist(item_text, Items, Texts).

% The changes that would give the strongest verdict first (a duty to
% speak, then a permission, then silence, then no secrecy at all), in
% what_if/2's order within each verdict.
strongest_first(Changes, Ordered) :-
    map_list_to_pairs(change_order, Changes, Keyed),
    keysort(Keyed, Sorted),
    pairs_values(Sorted, Ordered).

change_order(Change, Order) :-
    get_dict(verdict, Change, Verdict),
    atom_string(Key, Verdict),
    nth1(Order, [obligatory, permitted, forbidden, not_covered], Key),
    !.
change_order(_, 5).

bullet_lines(Width, Text, Lines) :-
    wrapped(Text, Width, "  - ", "    ", Lines).

%   chosen(+TodoItems, +ChangeItems, +Room, -TodoShown, -ChangeShown): how
%   many items of each list to show in Room lines. The first of each is
%   always shown; then the others in turn (a todo, a change, a todo …),
%   each while it fits; a list stops at its first item that does not.
chosen(Todo, Changes, Room, TodoShown, ChangeShown) :-
    turns(Todo, Changes, 1, Turns),
    take_turns(Turns, Room, open-open, 0-0, TodoShown-ChangeShown).

turns([], [], _, []) :- !.
turns(Todo, Changes, N, Turns) :-
    take_one(Todo, todo, N, Todo1, Turns, Turns1),
    take_one(Changes, change, N, Changes1, Turns1, Turns2),
    N1 is N + 1,
    turns(Todo1, Changes1, N1, Turns2).

take_one([], _, _, [], Turns, Turns).
take_one([Lines|Rest], Kind, N, Rest, [turn(Kind, N, Cost)|Turns], Turns) :-
    length(Lines, Cost).

take_turns([], _, _, Shown, Shown).
take_turns([turn(Kind, N, Cost)|Turns], Room, State0, Shown0, Shown) :-
    kind_state(Kind, State0, Open),
    (   N =:= 1
    ->  Room1 is Room - Cost, count(Kind, Shown0, Shown1), State1 = State0
    ;   Open == open, Cost =< Room
    ->  Room1 is Room - Cost, count(Kind, Shown0, Shown1), State1 = State0
    ;   Room1 = Room, Shown1 = Shown0, close_kind(Kind, State0, State1)
    ),
    take_turns(Turns, Room1, State1, Shown1, Shown).

kind_state(todo, Todo-_, Todo).
kind_state(change, _-Change, Change).

close_kind(todo, _-Change, closed-Change).
close_kind(change, Todo-_, Todo-closed).

count(todo, T-C, T1-C) :- T1 is T + 1.
count(change, T-C, T-C1) :- C1 is C + 1.

% "What to do:" or, when some are left out, "What to do (2 of 5):".
heading_line(Key, Lang, Shown, Items, Line) :-
    ui(Key, Lang, Heading),
    length(Items, All),
    (   Shown < All
    ->  template(ui(some_of), Lang, Format),
        format(string(Counted), Format, [Heading, Shown, All]),
        line("~w:", [Counted], Line)
    ;   line("~w:", [Heading], Line)
    ).

% "Grounds: <provision> [<citation of the step that proved it>]; …".
grounds_summary(Report, Lang, Width, Lines) :-
    get_dict(basis, Report, Basis),
    get_dict(explanation, Report, Root),
    maplist(ground_summary(Root, Lang), Basis, Parts),
    joined(Parts, "; ", All),
    ui(basis, Lang, Heading),
    line("~w: ~w", [Heading, All], Line),
    wrapped(Line, Width, "", "  ", Lines).

ground_summary(Root, Lang, Provision, Text) :-
    provision_name(Provision, Lang, Name),
    (   proved(Root, Step), get_dict(provision, Step, Provision)
    ->  get_dict(citation, Step, Citation),
        short_cite(Citation, Lang, Cited),
        line("~w [~w]", [Name, Cited], Text)
    ;   Text = Name
    ).

% Instrument and article, and any doubt on the source: no dates.
short_cite(Citation, Lang, Text) :-
    cite(Citation.put(_{from: null, to: null}), Lang, Text).

% The codes' view in a line: the codes that bind, their verdict, and how
% many tensions with the law there are.
codes_summary(Report, Lang, Width, Lines) :-
    get_dict(deontology, Report, View),
    get_dict(codes, View, Codes),
    (   Codes == []
    ->  ui(no_code, Lang, Line)
    ;   maplist(code_label, Codes, Labels),
        joined(Labels, "; ", Names),
        get_dict(verdict, View, Verdict),
        atom_string(Key, Verdict),
        template(verdict(Key), Lang, Word),
        template(ui(codes_line), Lang, Format),
        format(string(Line0), Format, [Names, Word]),
        get_dict(tensions, View, Tensions),
        length(Tensions, Count),
        (   Count =:= 0
        ->  Line = Line0
        ;   ui(tensions, Lang, TensionWord),
            line("~w ~w: ~d.", [Line0, TensionWord, Count], Line)
        )
    ),
    wrapped(Line, Width, "", "  ", Lines).

hint_lines(none, _, _, []) :- !.
hint_lines(Hint, Lang, Width, Lines) :-
    hint_key(Hint, Key),
    ui(Key, Lang, Text),
    wrapped(Text, Width, "", "  ", Lines).

hint_key(cli, hint).      % one hint, where the rest is in both ways in
hint_key(prolog, hint).

%!  wrapped(+Text, +Width, +First, +Rest, -Lines:list(string)) is det.
%
%   Lines are the words of Text (split at spaces, tabs and line breaks)
%   filled greedily into lines of at most Width characters, the first
%   starting with First and the others with Rest; a word longer than a
%   line gets a line of its own. Width 0 (or less) puts all on one line.

wrapped(Text, Width, First, Rest, Lines) :-
    split_string(Text, " \t\n\r", "", Parts),
    exclude(==(""), Parts, Words),
    (   Words == []
    ->  Lines = [First]
    ;   Words = [Word|More],
        string_concat(First, Word, Line0),
        fill(More, Width, Rest, Line0, Lines)
    ).

fill([], _, _, Line, [Line]).
fill([Word|Words], Width, Rest, Line, Lines) :-
    string_length(Line, Used),
    string_length(Word, Length),
    (   ( Width =< 0 ; Used + 1 + Length =< Width )
    ->  atomics_to_string([Line, " ", Word], Line1),
        fill(Words, Width, Rest, Line1, Lines)
    ;   Lines = [Line|Lines1],
        string_concat(Rest, Word, Next),
        fill(Words, Width, Rest, Next, Lines1)
    ).

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
