/*  Art. 46bis/1 CIC: social-security institutions and terrorist offences
    (s20-s25), and art. 29 CIC.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cic_46bis1.plt

    §§ 1-2 (from 1 September 2017): on a written and reasoned request of
    the procureur du Roi, in an investigation of terrorist offences, a
    social-security institution must give the necessary administrative
    information. § 3 (1 September 2017 .. 4 April 2019, exclusive): its
    staff had to declare serious indications of a terrorist offence;
    annulled by Constitutional Court 44/2019. Art. 29 CIC does not lift
    professional secrecy.
*/
:- module(test_cic_46bis1, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying cases -----------------------------------------------------

% §§ 1-2: a CPAS staff member is asked for administrative information by a
% written, reasoned request of the procureur in a terrorism investigation.
base(request,
     [discloser=cpas_staff, information=administrative_data, recipient=public_prosecutor,
      facts=[terrorism_investigation=true, reasoned_written_request=true],
      date="2020-01-01"]).
% § 3: a CPAS staff member holds what may be serious indications of a
% terrorist offence.
base(declaration,
     [discloser=cpas_staff, information=confidence, recipient=public_prosecutor,
      facts=[serious_indications_terrorism=true],
      date="2018-06-01"]).
% Art. 29: a CPAS staff member asked by the procureur about a confidence,
% with no exception at hand.
base(art_29,
     [discloser=cpas_staff, information=confidence, recipient=public_prosecutor,
      facts=[], date="2020-01-01"]).

social_security_institution(cpas).
social_security_institution(mutuality).
social_security_institution(family_allowance_fund).
social_security_institution(unemployment_office).
social_security_institution(other_social_security_institution).

% --- §§ 1-2: decision table -------------------------------------------------

request_row([],                                        obligatory-[cic_46bis1_request]).
request_row([terrorism_investigation:false],           forbidden-[cp_458]).
request_row([unknown(terrorism_investigation)],        forbidden-[cp_458]).
request_row([reasoned_written_request:false],          forbidden-[cp_458]).
request_row([unknown(reasoned_written_request)],       forbidden-[cp_458]).
request_row([recipient=police],                        forbidden-[cp_458]).
request_row([recipient=investigating_judge],           forbidden-[cp_458]).
request_row([recipient=press],                         forbidden-[cp_458]).
% the institution, not the role, is what counts
request_row([discloser=social_worker],                 forbidden-[cp_458]).
request_row([discloser=social_worker, institution=cpas], obligatory-[cic_46bis1_request]).
request_row([discloser=social_worker, institution=hospital], forbidden-[cp_458]).
request_row([discloser=social_worker, institution=association], forbidden-[cp_458]).
request_row([discloser=psychologist, institution=private_practice], forbidden-[cp_458]).
% only administrative information
request_row([information=confidence],                  forbidden-[cp_458]).
request_row([information=state_of_mind],               forbidden-[cp_458]).
request_row([information=medical_data],                forbidden-[cp_458]).
request_row([information=social_report],               forbidden-[cp_458]).
% INTERPRETATION (kb): being a beneficiary (aid granted) is administrative
request_row([information=client_status],               obligatory-[cic_46bis1_request]).
% dates: in force from 1 September 2017; upheld by CC 44/2019
request_row([date="2017-08-31"],                       forbidden-[cp_458]).
request_row([date="2017-09-01"],                       obligatory-[cic_46bis1_request]).
request_row([date="2019-04-03"],                       obligatory-[cic_46bis1_request]).
request_row([date="2019-04-04"],                       obligatory-[cic_46bis1_request]).

% --- § 3: decision table ----------------------------------------------------

declaration_row([],                                    obligatory-[cic_46bis1_declaration]).
declaration_row([serious_indications_terrorism:false], forbidden-[cp_458]).
declaration_row([unknown(serious_indications_terrorism)], forbidden-[cp_458]).
declaration_row([recipient=police],                    forbidden-[cp_458]).
declaration_row([discloser=social_worker],             forbidden-[cp_458]).
declaration_row([discloser=social_worker, institution=mutuality], obligatory-[cic_46bis1_declaration]).
declaration_row([discloser=social_worker, institution=association], forbidden-[cp_458]).
declaration_row([information=state_of_mind],           obligatory-[cic_46bis1_declaration]).
% dates: 1 September 2017 .. 4 April 2019 (exclusive): CC 44/2019 of 14 March
% 2019 binds everyone from its publication in the Moniteur belge
declaration_row([date="2017-08-31"],                   forbidden-[cp_458]).
declaration_row([date="2017-09-01"],                   obligatory-[cic_46bis1_declaration]).
% the annulment binds everyone from its publication, MB 4 April 2019
declaration_row([date="2019-04-03"],                   obligatory-[cic_46bis1_declaration]).
declaration_row([date="2019-04-04"],                   forbidden-[cp_458]).
declaration_row([date="2020-01-15"],                   forbidden-[cp_458]).

:- begin_tests(cic_46bis1_request).

% seed: s20, s23
test(decision_table, [forall(request_row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(request, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s20
test(every_social_security_institution,
     [forall(social_security_institution(I)), true(Outcome == obligatory-[cic_46bis1_request])]) :-
    scenario(request, [discloser=social_worker, institution=I], Scenario),
    outcome(Scenario, Outcome).

% seed: s23
test(only_administrative_information,
     [forall(( vocabulary:in_domain(information, K),
               \+ memberchk(K, [administrative_data, client_status]) )),
      true(Verdict == forbidden)]) :-
    scenario(request, [information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s23
test(excluded_information_is_noted,
     [forall(member(K, [confidence, state_of_mind, medical_data, social_report])),
      true(Has == true)]) :-
    scenario(request, [information=K], Scenario),
    has_note(Scenario, request_excludes_this_information, Has).

% seed: s23
test(administrative_information_is_not_noted_as_excluded, true(Has == false)) :-
    base(request, Scenario),
    has_note(Scenario, request_excludes_this_information, Has).

% seed: s21, s22, s23
test(caveats_of_the_request,
     true(Caveats == [refer_to_the_director, keep_the_request_secret,
                      only_administrative_information])) :-
    base(request, Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s21, s22, s23
test(no_request_caveats_without_the_request, true(Found == [])) :-
    scenario(request, [reasoned_written_request:false], Scenario),
    caveat_ids(Scenario, Caveats),
    findall(C, ( member(C, Caveats),
                 memberchk(C, [refer_to_the_director, keep_the_request_secret,
                               only_administrative_information]) ),
            Found).

% seed: s20, s08
test(an_unknown_request_form_is_open, true(Needs == [reasoned_written_request=true])) :-
    scenario(request, [unknown(reasoned_written_request)], Scenario),
    open_of(Scenario, Open),
    once(member(cic_46bis1_request-cic_46bis1_request-obligatory-Needs, Open)).

% seed: s23
test(reading_of_cc_44_2019_from_its_publication,
     [forall(member(Date-Expected, ["2019-04-03"-false, "2019-04-04"-true])),
      true(Has == Expected)]) :-
    scenario(request, [date=Date], Scenario),
    has_note(Scenario, cc_44_2019_reading, Has).

:- end_tests(cic_46bis1_request).

:- begin_tests(cic_46bis1_declaration).

% seed: s24, s25
test(decision_table, [forall(declaration_row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(declaration, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s24
test(annulment_note_from_14_march_2019,
     [forall(member(Date-Expected, ["2018-06-01"-false, "2019-04-03"-false,
                                     "2019-04-04"-true, "2020-01-15"-true])),
      true(Has == Expected)]) :-
    scenario(declaration, [date=Date], Scenario),
    has_note(Scenario, cic_46bis1_declaration_annulled, Has).

% seed: s25
test(before_2017_only_necessity,
     [forall(member(Date-Expected, ["2017-08-31"-true, "2017-09-01"-false])),
      true(Has == Expected)]) :-
    scenario(declaration, [date=Date], Scenario),
    has_note(Scenario, terrorism_before_2017, Has).

% seed: s24
test(not_declaring_weakens_the_worker,
     [forall(member(Date-Expected, ["2018-06-01"-true, "2019-04-04"-false])),
      true(Has == Expected)]) :-
    scenario(declaration, [date=Date], Scenario),
    has_note(Scenario, declaration_weakens_the_worker, Has).

% seed: s24, s19
test(a_declaration_keeps_helping, true(Caveats == [keep_helping])) :-
    base(declaration, Scenario),
    caveat_ids(Scenario, Caveats).

:- end_tests(cic_46bis1_declaration).

:- begin_tests(cic_29).

% seed: s08
test(art_29_does_not_override_secrecy_for_cpas_staff,
     [forall(member(T, [public_prosecutor, police])), true(Outcome-Has == (forbidden-[cp_458])-true)]) :-
    scenario(art_29, [recipient=T], Scenario),
    outcome(Scenario, Outcome),
    has_note(Scenario, cic_29_does_not_override_secrecy, Has).

% seed: s08
test(not_said_to_a_private_practice_psychologist, true(Outcome-Has == (forbidden-[cp_458])-false)) :-
    scenario(art_29, [discloser=psychologist, institution=private_practice], Scenario),
    outcome(Scenario, Outcome),
    has_note(Scenario, cic_29_does_not_override_secrecy, Has).

% seed: s20
test(not_said_when_the_law_obliges, true(Has == false)) :-
    base(request, Scenario),
    has_note(Scenario, cic_29_does_not_override_secrecy, Has).

:- end_tests(cic_29).
