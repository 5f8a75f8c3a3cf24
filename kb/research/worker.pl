:- module(research_worker, [research_worker/0]).

:- use_module('../engine/api', [query_json/2]).

/** <module> Research queries in a process of their own: JSON lines in, JSON lines out

    swipl kb/research/worker.pl

The research worker of the Python wrapper (secret_kb/research.py). It
answers research queries, and nothing else, in a process separate from the
one that answers `ask`, under the operating-system limits its parent set
(address space, CPU time) and a wall-clock timeout the parent enforces: a
query that crashes, exhausts or stalls this process costs the parent
nothing, and the parent starts a new worker for the next query.

Protocol: once loaded and warmed up, the worker writes one line,
`{"ready": true}`. Then each line it reads on standard input is a request
for kb_api:query_json/2 (the one entry point: a JSON object, the query text
inside it as data, never run as a goal), and it writes the response on one
line of standard output, flushed. It halts at the end of its input.
*/

:- initialization(research_worker, main).

%!  research_worker is det.
%
%   Serve research queries on standard input and output until end of file
%   (see the module comment).

research_worker :-
    set_prolog_flag(debug_on_error, false),
    set_prolog_flag(report_error, false),
    set_stream(user_input, encoding(utf8)),
    set_stream(user_output, encoding(utf8)),
    set_stream(user_output, buffer(full)),
    query_json("{\"goal\": \"true\"}", _),      % loads kb/research/ and warms up
    answer_line("{\"ready\": true}"),
    repeat,
    read_line_to_string(user_input, Line),
    (   Line == end_of_file
    ->  !
    ;   \+ \+ ( catch(query_json(Line, Response), _, fail)  % it never throws; yet
                ->  answer_line(Response)                    % a line goes back
                ;   answer_line("{\"ok\": false, \"error\": {\"type\": \"engine\", \"field\": null, \"value\": null, \"accepted\": [], \"message\": \"the knowledge base could not answer this query\"}}")
                ),
        garbage_collect,
        fail
    ).

answer_line(Text) :-
    write(user_output, Text),
    nl(user_output),
    flush_output(user_output).
