/*  The codes of ethics by version, and the tensions derived from the law:
    decision tables with the day before and the day of each boundary date.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/deontology_versions.plt
*/
:- module(test_deontology_versions, []).
:- use_module(library(plunit)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files

view(Scenario, Verdict, Basis, Codes, Tensions) :-
    may_disclose(Scenario, _, A),
    D = A.deontology,
    Verdict = D.verdict,
    findall(B, ( member(X, D.basis), atom_string(B, X) ), Basis),
    findall(C, ( member(X, D.codes), atom_string(C, X.id) ), Codes),
    findall(T, ( member(X, D.tensions), atom_string(T, X.id) ), Tensions).

duty_basis(Scenario, Codes-Basis) :- view(Scenario, _, Basis, Codes, _).
tensions_of(Scenario, Tensions) :- view(Scenario, _, _, _, Tensions).

silent(Role, Date, [discloser=Role, information=confidence, recipient=press, date=Date]).

:- begin_tests(deontology_versions).

% UFAS dissolved in 2024; the social workers' code of 2025 succeeds it
% from its first version (12 September 2025: mediationdedettes.be). The
% end of the UFAS code on that day is a reading (sources.pl).
test(ufas_to_social_workers_2025,
     [forall(member(Date-Expected,
                    ["2025-09-11"-([ufas]-[ufas_secrecy]),
                     "2025-09-12"-([social_workers_2025]-[social_workers_2025_secrecy])])),
      true(Got == Expected)]) :-
    silent(social_worker, Date, S),
    duty_basis(S, Got).

% The youth-aid code: art. 4 of the 1991 decree until 2018-12-31, the Code
% of 18 January 2018 from 2019-01-01 (pro.guidesocial.be); the rule that
% binds changes, the code bound does not.
test(youth_code_2019,
     [forall(member(Date-Expected,
                    ["2018-12-31"-([youth_aid]-[youth_aid_code_binds]),
                     "2019-01-01"-([youth_aid]-[youth_aid_code_binds_2019])])),
      true(Codes-Binds == Expected)]) :-
    silent(youth_aid_worker, Date, S),
    duty_basis(S, Codes-_),
    date_term(Date, D),
    findall(R, ( law:rule(R, bound_by_code(youth_aid), _), prove:rule_in_force(R, D) ), Binds).

% The secrecy rule of the youth-aid code is art. 7 (avis 66/05).
test(youth_aid_secrecy_is_art_7, true(Source == youth_aid_code_art_7_secrecy)) :-
    law:rule_meta(youth_aid_code_secrecy, Props),
    memberchk(source(Source), Props).

% Psychologists: no binding code before the RD of 2 April 2014 took effect
% (26 May 2014); arts. 5-13 until the RD of 4 June 2018 took effect
% (24 June 2018, computed: MB 14 June 2018 + 10 days); then the new article.
test(psychologists_code_versions,
     [forall(member(Date-Expected,
                    ["2014-05-25"-([]-[]),
                     "2014-05-26"-([psychologists]-[psychologists_code_secrecy_2014]),
                     "2018-06-23"-([psychologists]-[psychologists_code_secrecy_2014]),
                     "2018-06-24"-([psychologists]-[psychologists_code_secrecy])])),
      true(Got == Expected)]) :-
    silent(psychologist, Date, S),
    duty_basis(S, Got).

% Art. 14 survives the 2018 amendment: sharing on both sides of the date.
test(psychologists_art_14_both_versions,
     [forall(member(Date, ["2018-06-23", "2018-06-24", "2026-12-01"])),
      true(V-B == permitted-[psychologists_code_art_14])]) :-
    view([discloser=psychologist, information=confidence, recipient=colleague, date=Date,
          facts=[recipient_bound_by_secrecy=true, same_mission=true, person_consents=true,
                 in_person_interest=true, strictly_necessary=true]], V, B, _, _).

% The medical code of 1975 until the Code published on 3 May 2018.
test(medical_code_2018,
     [forall(member(Date-Expected,
                    ["2018-05-02"-([medical]-[medical_code_secrecy]),
                     "2018-05-03"-([medical]-[medical_code_secrecy_2018])])),
      true(Got == Expected)]) :-
    silent(doctor, Date, S),
    duty_basis(S, Got).

% Art. 29 CMD 2018: a vulnerable person in grave danger the doctor cannot
% protect: the code allows telling the procureur du Roi; not before 2018.
test(medical_code_art_29,
     [forall(member(Date-Expected, ["2018-05-02"-forbidden, "2018-05-03"-permitted])),
      true(V == Expected)]) :-
    view([discloser=doctor, information=medical_data, recipient=public_prosecutor, date=Date,
          facts=[victim_vulnerable=true, grave_imminent_danger=true, can_protect=false]],
         V, _, _, _).

% The medical code binds every doctor on the Order's roll, whatever his
% function; the psychologists' code every holder of the title.
test(every_doctor_and_every_psychologist_is_bound,
     [forall(member(Role-Code, [control_doctor-medical, occupational_doctor-medical,
                                advisory_doctor-medical, clinical_psychologist-psychologists])),
      true(Codes == [Code])]) :-
    silent(Role, "2025-06-01", S),
    view(S, _, _, Codes, _).

:- end_tests(deontology_versions).

:- begin_tests(derived_tensions).

consultation(Role, Date, [discloser=Role, information=confidence, recipient=case_consultation,
                          date=Date,
                          facts=[consultation_legal_basis=true, purpose_protect_integrity=true,
                                 person_consents=false]]).

% A social worker in a 458ter consultation without the person's consent:
% the law permits, the binding code forbids, and no hand-written tension
% says so: the tension is derived, under the code in force on the day.
test(social_worker_consultation_without_consent,
     [forall(member(Date-Expected,
                    ["2024-06-01"-[derived_ufas_secrecy_cp_458ter],
                     "2025-09-12"-[derived_social_workers_2025_secrecy_cp_458ter]])),
      true(LV-DV-T == permitted-forbidden-Expected)]) :-
    consultation(social_worker, Date, S),
    may_disclose(S, LV, _),
    view(S, DV, _, _, T).

% A derived tension names both sides: the law's provision and rule, the
% code and its rule, each worded, the code's source cited.
test(derived_tension_names_both_sides, true([P, C, R] == [cp_458ter, ufas, ufas_secrecy])) :-
    consultation(social_worker, "2024-06-01", S),
    may_disclose(S, _, A),
    [T] = A.deontology.tensions,
    P = T.provision, C = T.code, R = T.article,
    string(T.law_says), string(T.code_says),
    _ = T.citation.

% Where a hand-written tension covers the same code and provision, it is
% shown once, in its own words.
test(hand_written_tension_shown_once, true(T == [psychologists_consultation_without_consent])) :-
    consultation(psychologist, "2021-01-01", S),
    tensions_of(S, T).

% When the code's own sharing rules are still open on the facts given,
% no tension is derived (the mandate report with the family told).
test(no_tension_while_the_code_is_open, true(T == [])) :-
    tensions_of([discloser=youth_aid_worker, information=social_report,
                 recipient=mandating_authority, date="2020-01-01",
                 facts=[under_mandate=true, person_informed=true]], T).

% Both codes and the law allow the sharing: nothing pulls apart.
test(no_tension_when_law_and_code_agree, true(T == [])) :-
    tensions_of([discloser=social_worker, information=confidence, recipient=colleague,
                 date="2026-12-01",
                 facts=[recipient_bound_by_secrecy=true, same_mission=true,
                        person_consents=true, person_informed=true,
                        in_person_interest=true, strictly_necessary=true]], T).

% The reverse: the law's complete answer forbids (no offence of the list of
% art. 458bis, no necessity), art. 29 CMD 2018 lets the doctor tell the
% procureur du Roi: a derived tension, worded and cited.
test(law_forbids_code_permits, true(V-DV-T == forbidden-permitted-[derived_medical_code_art_29_cp_458])) :-
    S = [discloser=doctor, information=medical_data, recipient=public_prosecutor,
         date="2020-01-01",
         facts=[victim_vulnerable=true, grave_imminent_danger=true, can_protect=false,
                listed_offence=false, only_way_to_protect=false, other_means=true,
                proportionate=false, discloser_is_suspect=false]],
    may_disclose(S, V, A),
    true == A.complete,
    view(S, DV, _, _, T).

% The necessity the codes share names no recipient: it pulls against
% nothing (the press stays forbidden, and the answer is given).
test(codes_necessity_derives_no_tension,
     [forall(member(R, [press, family, employer])), true(V-T == forbidden-[])]) :-
    S = [discloser=social_worker, information=confidence, recipient=R, date="2021-01-01",
         facts=[grave_imminent_danger=true, other_means=false, proportionate=true]],
    may_disclose(S, V, _),
    tensions_of(S, T).

:- end_tests(derived_tensions).

:- begin_tests(shared_secret_settings).

% Youth aid: the beneficiary told beforehand is enough for the ethics
% commission (avis 99/08); the general reading wants consent.
test(youth_aid_setting_informed_not_consenting,
     [forall(member(Role-Expected, [youth_aid_worker-permitted, psychologist-forbidden])),
      true(V == Expected)]) :-
    may_disclose([discloser=Role, information=confidence, recipient=colleague,
                  date="2020-01-01",
                  facts=[recipient_bound_by_secrecy=true, same_mission=true,
                         person_informed=true, person_consents=false,
                         strictly_necessary=true, in_person_interest=true]], V, _).

% The team rule cites the team setting; the basis stays shared_secret.
test(team_setting, true(V-Basis == permitted-[shared_secret])) :-
    may_disclose([discloser=social_worker, information=confidence, recipient=colleague,
                  date="2020-01-01",
                  facts=[same_team=true, same_mission=true, recipient_bound_by_secrecy=true,
                         person_consents=true, in_person_interest=true,
                         strictly_necessary=true]], V, A),
    Basis = A.basis.

% The general rule is marked as the psychologists' reading.
test(general_rule_is_a_reading, true(Source == psychologists_code_art_14)) :-
    law:rule_meta(shared_secret, Props),
    memberchk(interpretation(Source), Props).

:- end_tests(shared_secret_settings).

date_term(String, date(Y, M, D)) :-
    split_string(String, "-", "", [Ys, Ms, Ds]),
    number_string(Y, Ys), number_string(M, Ms), number_string(D, Ds).
