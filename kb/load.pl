/*  secret-kb: Belgian professional secrecy law, executable and explained.

    Start a session with:   swipl kb/load.pl
*/

:- use_module(engine/api).

:- initialization(secret_kb_banner).

:- multifile prolog:message//1.

prolog:message(secret_kb_banner) -->
    [ 'secret-kb: may X disclose Y to Z? Belgian professional secrecy law.', nl,
      'Ask:  ?- may_disclose([discloser=educator, information=client_status, recipient=police], V, A).', nl,
      '      ?- why([discloser=doctor, information=medical_data, recipient=colleague, facts=[person_consents=true]]).', nl,
      'English answers:  ?- set_prolog_flag(secret_kb_lang, en).', nl,
      'Antwoorden in het Nederlands:  ?- set_prolog_flag(secret_kb_lang, nl).' ].

secret_kb_banner :-
    print_message(informational, secret_kb_banner).
