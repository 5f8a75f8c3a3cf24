/*  Laws the knowledge base does not encode: the answer says so (unencoded blocks).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/unencoded.plt
*/
:- module(test_unencoded, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

unencoded_ids(Scenario, Ids) :-
    may_disclose(Scenario, _, Answer),
    findall(Id, ( member(U, Answer.unencoded), Id = U.get(id) ), Ids).

%   row(Changes, Expected): a social worker tells the person concerned what
%   the service holds on him; which law not encoded the answer names.
base([discloser=social_worker, information=whole_file, recipient=person_concerned]).

row([date="2001-08-31"], []).                               % before the 1998 version of the 1992 law
row([date="2001-09-01"], [privacy_law_right_of_access]).
row([date="2018-05-24"], [privacy_law_right_of_access]).
row([date="2018-05-25"], [gdpr_right_of_access]).           % the GDPR applies
row([date="2026-12-01"], [gdpr_right_of_access]).
row([recipient=family, date="2026-12-01"], []).
row([recipient=inspection_service, date="2011-06-30"], [labour_inspection_powers]).
row([recipient=inspection_service, date="2011-07-01"], [social_inspection_powers]).

with(Changes, Scenario) :-
    base(Base),
    foldl([F=V, S0, [F=V|S1]]>>( selectchk(F=_, S0, S1) -> true ; S1 = S0 ), Changes, Base, Scenario).

:- begin_tests(unencoded).

test(decision_table, [forall(row(Changes, Expected)), true(Ids == Expected)]) :-
    with(Changes, S),
    unencoded_ids(S, Ids).

test(an_unencoded_law_makes_the_answer_incomplete, true(C-Open == false-[])) :-
    with([date="2026-12-01"], S),
    may_disclose(S, forbidden, A),
    C = A.complete, Open = A.open.

test(without_an_unencoded_law_the_same_answer_is_complete, true(C == true)) :-
    with([recipient=press, date="2026-12-01"], S),
    may_disclose(S, forbidden, A),
    C = A.complete.

test(the_entry_cites_the_instrument_to_look_at, true(Article-Verification == "15"-partial)) :-
    with([date="2026-12-01"], S),
    may_disclose(S, _, A),
    A.unencoded = [U],
    Article = U.citation.article,
    Verification = U.citation.verification.

% Every discloser told the person concerned hears of the GDPR, but for the
% health-care professionals whose answer rests on the patient-rights law,
% the specific regime the block gives way to.
test(every_discloser_told_the_person_concerned_hears_of_the_gdpr,
     [forall(vocabulary:in_domain(role, D)), true(Ids == Expected)]) :-
    Input = [discloser=D, information=confidence, recipient=person_concerned,
             date="2026-12-01"],
    may_disclose(Input, _, A),
    (   memberchk(patient_rights, A.basis)
    ->  Expected = []
    ;   Expected = [gdpr_right_of_access]
    ),
    unencoded_ids(Input, Ids).

test(the_health_professionals_rest_on_the_patient_rights_law,
     [forall(member(D, [doctor, nurse, midwife, pharmacist, dentist, physiotherapist,
                        clinical_psychologist, control_doctor, occupational_doctor,
                        advisory_doctor])),
      true(Ids == [])]) :-
    unencoded_ids([discloser=D, information=confidence, recipient=person_concerned,
                   date="2026-12-01"], Ids).

test(the_text_shows_it_first_under_what_to_do, true(Before == true)) :-
    with([date="2026-12-01"], S0),
    may_disclose(S0, _, A),
    text:report_text(A, Text),
    A.unencoded = [U],
    once(sub_string(Text, Pos, _, _, U.text)),
    atom_string(Lang, A.lang),
    lang:template(ui(caveats), Lang, Heading),
    once(sub_string(Text, HPos, _, _, Heading)),
    ( HPos < Pos -> Before = true ; Before = false ).

test(a_block_without_its_source_is_refused,
     error(rulebook_error(unencoded, x, missing_key(source)), _)) :-
    rulebook:block_clauses(unencoded(x, [condition = recipient_in([press]), text = [fr = "a", en = "b"]]), _).

test(a_block_without_a_wording_is_refused,
     error(rulebook_error(unencoded, x, missing_wording(text, en)), _)) :-
    rulebook:block_clauses(unencoded(x, [condition = recipient_in([press]), source = gdpr_15,
                                         text = [fr = "a"]]), _).

test(every_block_is_worded_in_dutch_too, [forall(member(F, ['../law/gdpr.pl', '../law/privacy_law_1992.pl',
                                                         '../law/social_penal_code.pl',
                                                         '../law/labour_inspection_law_1972.pl'])),
                                       true(Missing == [])]) :-
    module_property(test_unencoded, file(Here)),
    file_directory_name(Here, Dir),
    absolute_file_name(F, Path, [relative_to(Dir)]),
    read_file_to_terms(Path, Terms, []),
    findall(Id, ( member(unencoded(Id, Keys), Terms),
                  memberchk(text = Texts, Keys),
                  \+ memberchk(nl = _, Texts) ), Missing).

:- end_tests(unencoded).
