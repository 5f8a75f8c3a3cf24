/*  The benchmark's native side: the same scenarios, answered in SWI-Prolog itself.

    Run by bench/run.py; every input comes from argv and files, never as goal text:

      swipl -q bench/native.pl vocabulary KBDIR
          prints the vocabulary as JSON: {"role": [...], "recipient": [...], ...}
      swipl -q bench/native.pl time KBDIR SCENARIOS.json ROUNDS
          answers every scenario of the file (a JSON list) with may_disclose/3,
          once to warm up, then ROUNDS times, and prints
          {"load": Seconds, "rounds": [Seconds, ...], "cpu": [Seconds, ...],
           "verdicts": [Verdict|"error", ...]}  (rounds: wall clock; cpu: the process's)
      swipl -q bench/native.pl answer KBDIR SCENARIO.json
          the cold start: loads KBDIR/load.pl, answers one scenario and prints
          the answer as JSON (what `secret-kb ask --json` prints)
*/

:- use_module(library(http/json)).
:- use_module(library(apply)).
:- use_module(library(lists)).

:- initialization(main, main).

main :-
    current_prolog_flag(argv, Argv),
    (   run(Argv)
    ->  true
    ;   format(user_error, "usage: swipl bench/native.pl vocabulary|time|answer KBDIR [FILE [ROUNDS]]~n", []),
        halt(2)
    ).

run([vocabulary, KbDir]) :-
    load_kb(KbDir),
    findall(Domain-Values,
            ( member(Domain, [role, institution, information, recipient, fact]),
              vocabulary:domain_values(Domain, Values) ),
            Pairs),
    dict_pairs(Vocabulary, _, Pairs),
    json_write_dict(current_output, Vocabulary, [width(0)]), nl.
run([time, KbDir, File, RoundsText]) :-
    atom_number(RoundsText, Rounds),
    get_time(T0),
    load_kb(KbDir),
    get_time(T1),
    Load is T1 - T0,
    read_json_file(File, Scenarios),
    maplist(verdict_of, Scenarios, Verdicts),          % warm-up, and the verdicts to compare
    numlist(1, Rounds, Ns),
    maplist(timed_round(Scenarios), Ns, Times, CpuTimes),
    json_write_dict(current_output,
                    _{load: Load, rounds: Times, cpu: CpuTimes, verdicts: Verdicts},
                    [width(0)]),
    nl.
run([answer, KbDir, File]) :-
    load_kb(KbDir),
    read_json_file(File, Scenario),
    may_disclose(Scenario, _, Answer),
    json_write_dict(current_output, Answer, [width(0)]),
    nl.

load_kb(KbDir) :-
    atomic_list_concat([KbDir, '/load.pl'], Load),
    consult(Load).

read_json_file(File, Term) :-
    setup_call_cleanup(open(File, read, In, [encoding(utf8)]),
                       json_read_dict(In, Term, [default_tag(json)]),
                       close(In)).

timed_round(Scenarios, _, Seconds, CpuSeconds) :-
    garbage_collect,
    statistics(process_cputime, C0),
    get_time(T0),
    forall(member(S, Scenarios), answered(S)),
    get_time(T1),
    statistics(process_cputime, C1),
    Seconds is T1 - T0,
    CpuSeconds is C1 - C0.

%   An answer, or the error a bad scenario raises: the Python side does the same.
answered(Scenario) :-
    catch(may_disclose(Scenario, _, _), _, true).

verdict_of(Scenario, Verdict) :-
    catch(may_disclose(Scenario, Verdict, _), _, Verdict = error).
