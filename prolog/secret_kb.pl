:- module(secret_kb, []).

/** <module> secret-kb as a library: Belgian professional secrecy law

    ?- use_module(library(secret_kb)).
    ?- may_disclose([discloser=educator, information=client_status,
                     recipient=police], Verdict, Answer).

Loads the knowledge base (kb/, beside this directory in the pack and in a
checkout) and re-exports its public edge, kb/engine/api.pl: may_disclose/3,
why/1, what_if/2, next_question/2, compact_answer/2, law_diff/4,
timeline/2, law_eras/1, rule_sentence/3, vocabulary_values/3, the JSON
entries and research_query/3. Answers are worded in the language of the
flag secret_kb_lang (fr by default, en). Unlike `swipl kb/load.pl`, it
prints no banner.

From a checkout: `swipl -p library=prolog` and then the same use_module/1.
*/

:- reexport('../kb/engine/api').
