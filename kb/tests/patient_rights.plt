/*  Law of 22 August 2002 on patient rights (contract v2, provision patient_rights).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/patient_rights.plt

    The patient's information and file (arts. 7, 9 §§2-3; personal notes
    until 2024-03-03), the person of trust, minors (art. 12), relatives
    after death (art. 9 §4); for the health-care professionals the law
    covers, not for a psychologist who is not clinical. Boundary dates: the
    law's entry into force (2002-10-06), clinical psychology a health-care
    profession (2016-09-01) and the law of 6 February 2024 (2024-03-04).
*/
:- module(test_patient_rights, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% The patient asks his doctor for his whole file.
base(own_file,
     [discloser=doctor, information=whole_file, recipient=person_concerned,
      facts=[person_requests_disclosure=true, person_is_minor=false], date="2020-01-01"]).
% A doctor tells the patient about his health, unasked.
base(own_information,
     [discloser=doctor, information=medical_data, recipient=person_concerned,
      facts=[person_is_minor=false], date="2020-01-01"]).
% The parents of a minor patient ask the doctor.
base(parents,
     [discloser=doctor, information=medical_data, recipient=parents,
      facts=[person_is_minor=true, minor_capable_of_discernment=false], date="2020-01-01"]).
% The relatives of a deceased patient, through a practitioner they designate.
base(next_of_kin,
     [discloser=doctor, information=whole_file, recipient=next_of_kin,
      facts=[person_deceased=true, via_designated_practitioner=true, deceased_objected=false],
      date="2020-01-01"]).
% The patient's person of trust, at his request.
base(trusted,
     [discloser=nurse, information=medical_data, recipient=trusted_person,
      facts=[person_requests_disclosure=true], date="2020-01-01"]).

health_role(doctor). health_role(nurse). health_role(midwife). health_role(pharmacist).
health_role(dentist). health_role(physiotherapist). health_role(clinical_psychologist).
health_role(control_doctor). health_role(occupational_doctor). health_role(advisory_doctor).

% --- Decision tables ---------------------------------------------------------

own_file_row([],                                     obligatory-[patient_rights]).
own_file_row([date="2002-10-05"],                    forbidden-[cp_458]).
own_file_row([date="2002-10-06"],                    obligatory-[patient_rights]).
own_file_row([date="2024-03-03"],                    obligatory-[patient_rights]).
own_file_row([date="2024-03-04"],                    obligatory-[patient_rights]).
own_file_row([person_requests_disclosure:false],     permitted-[patient_rights]).
own_file_row([recipient=trusted_person],             obligatory-[patient_rights]).
own_file_row([discloser=psychologist],               forbidden-[cp_458]).
own_file_row([discloser=social_worker],              forbidden-[cp_458]).
own_file_row([person_is_minor:true, minor_capable_of_discernment:true], obligatory-[patient_rights]).
own_file_row([person_is_minor:true, minor_capable_of_discernment:false], permitted-[patient_rights]).

parents_row([],                                      permitted-[patient_rights]).
parents_row([minor_capable_of_discernment:true],     forbidden-[cp_458]).
parents_row([person_is_minor:false],                 forbidden-[cp_458]).
parents_row([discloser=psychologist],                forbidden-[cp_458]).
parents_row([discloser=clinical_psychologist],       permitted-[patient_rights]).
parents_row([date="2002-10-05"],                     forbidden-[cp_458]).
parents_row([date="2002-10-06"],                     permitted-[patient_rights]).

next_of_kin_row([],                                  permitted-[patient_rights]).
next_of_kin_row([deceased_objected:true],            forbidden-[cp_458]).
next_of_kin_row([via_designated_practitioner:false], forbidden-[cp_458]).
next_of_kin_row([information=cause_of_death],        permitted-[patient_rights]).
next_of_kin_row([discloser=psychologist],            forbidden-[cp_458]).
next_of_kin_row([date="2002-10-05"],                 forbidden-[cp_458]).
next_of_kin_row([date="2002-10-06"],                 permitted-[patient_rights]).

trusted_row([],                                      permitted-[patient_rights]).
trusted_row([person_requests_disclosure:false],      forbidden-[cp_458]).
trusted_row([information=whole_file],                obligatory-[patient_rights]).

:- begin_tests(patient_rights).

test(own_file_table, [forall(own_file_row(C, E)), true(O == E)]) :-
    scenario(own_file, C, S), outcome(S, O).

test(parents_table, [forall(parents_row(C, E)), true(O == E)]) :-
    scenario(parents, C, S), outcome(S, O).

test(next_of_kin_table, [forall(next_of_kin_row(C, E)), true(O == E)]) :-
    scenario(next_of_kin, C, S), outcome(S, O).

test(trusted_person_table, [forall(trusted_row(C, E)), true(O == E)]) :-
    scenario(trusted, C, S), outcome(S, O).

test(own_information_is_no_breach, [forall(health_role(R)), true(O == permitted-[patient_rights])]) :-
    scenario(own_information, [discloser=R], S), outcome(S, O).

test(every_health_professional_must_give_the_file, [forall(health_role(R)), true(O == obligatory-[patient_rights])]) :-
    scenario(own_file, [discloser=R], S), outcome(S, O).

% Clinical psychologists are health-care professionals from 2016-09-01
% only: the day before, their patient's file rests on art. 458 alone.
test(clinical_psychologists_from_2016_09_01,
     [forall(member(Date-Expected, ["2016-08-31"-(forbidden-[cp_458]),
                                    "2016-09-01"-(obligatory-[patient_rights])])),
      true(O == Expected)]) :-
    scenario(own_file, [discloser=clinical_psychologist, date=Date], S), outcome(S, O).

test(personal_notes_excluded_the_day_before_2024, true(Has-Hasnt == true-false)) :-
    scenario(own_file, [date="2024-03-03"], S), caveat_ids(S, Ids),
    ( memberchk(pr_personal_notes_2002, Ids) -> Has = true ; Has = false ),
    ( memberchk(pr_personal_notes_2024, Ids) -> Hasnt = true ; Hasnt = false ).

test(personal_notes_included_from_2024, true(Has-Hasnt == true-false)) :-
    scenario(own_file, [date="2024-03-04"], S), caveat_ids(S, Ids),
    ( memberchk(pr_personal_notes_2024, Ids) -> Has = true ; Has = false ),
    ( memberchk(pr_personal_notes_2002, Ids) -> Hasnt = true ; Hasnt = false ).

test(the_versions_applied_change_in_2024, true([V1, V2] == [true, true])) :-
    scenario(own_file, [date="2024-03-03"], S1), versions_of(S1, Vs1),
    scenario(own_file, [date="2024-03-04"], S2), versions_of(S2, Vs2),
    ( memberchk(patient_rights_art_9_2002, Vs1) -> V1 = true ; V1 = false ),
    ( memberchk(patient_rights_art_9_2024, Vs2) -> V2 = true ; V2 = false ).

test(an_unknown_discernment_stays_open, true(Needs == [minor_capable_of_discernment=false])) :-
    scenario(parents, [unknown(minor_capable_of_discernment)], S),
    open_of(S, Open),
    once(member(patient_rights-pr_parents_of_minor-permitted-Needs, Open)).

test(the_parents_may_be_refused, true(Has == true)) :-
    scenario(parents, [], S), caveat_ids(S, Ids),
    ( memberchk(pr_parents_may_be_refused, Ids) -> Has = true ; Has = false ).

test(a_capable_minor_decides, true(Has == true)) :-
    scenario(parents, [minor_capable_of_discernment:true], S),
    has_note(S, pr_capable_minor_decides, Has).

test(relatives_only_indirectly, true(Has == true)) :-
    scenario(next_of_kin, [via_designated_practitioner:false], S),
    has_note(S, pr_next_of_kin_only_indirect, Has).

test(the_deceased_objected, true(Has == true)) :-
    scenario(next_of_kin, [deceased_objected:true], S),
    has_note(S, pr_deceased_objected, Has).

test(relatives_get_no_copy, true(Has == true)) :-
    scenario(next_of_kin, [], S), caveat_ids(S, Ids),
    ( memberchk(pr_next_of_kin_limits, Ids) -> Has = true ; Has = false ).

test(a_non_clinical_psychologist_is_told_why, true(Has == true)) :-
    scenario(own_file, [discloser=psychologist], S),
    has_note(S, pr_only_clinical_psychologists, Has).

test(outside_the_law_the_kb_says_it_does_not_know, [forall(member(C, [[discloser=social_worker], [date="2002-10-05"]])), true(Has == true)]) :-
    scenario(own_file, C, S), caveat_ids(S, Ids),
    ( memberchk(pr_own_data_not_encoded, Ids) -> Has = true ; Has = false ).

test(a_lawyer_is_a_third_party, true(O-Has == (forbidden-[cp_458])-true)) :-
    scenario(own_information, [recipient=lawyer], S), outcome(S, O),
    has_note(S, pr_attestation_to_the_patient, Has).

:- end_tests(patient_rights).
