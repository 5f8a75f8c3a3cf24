/*  Art. 458ter CP: case consultation, concertation de cas (s26-s29, s11).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_458ter.plt

    In force from 3 August 2017 (law of 6 July 2017). A secret-holder may
    share secrets within a consultation organised by or under a law, decree
    or ordinance, or authorised by the procureur du Roi in a reasoned
    decision, for one of three purposes: protect the integrity of the
    person or of others, prevent terrorist offences, prevent offences of a
    criminal organisation. A possibility, never an obligation.
*/
:- module(test_cp_458ter, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying case --------------------------------------------------------

% The issue's example: a youth-aid worker shares the person's state of mind
% in a consultation the procureur authorised, to prevent offences of a
% criminal organisation.
base(consultation,
     [discloser=youth_aid_worker, information=state_of_mind, recipient=case_consultation,
      facts=[consultation_prosecutor_authorised=true, purpose_prevent_organised_crime=true],
      date="2021-01-01"]).

% --- Decision table: one condition varied at a time --------------------------

row([],                                                     permitted-[cp_458ter]).
% the frame: a legal basis OR the procureur's reasoned authorisation
row([consultation_prosecutor_authorised:false],             forbidden-[cp_458]).
row([unknown(consultation_prosecutor_authorised)],          forbidden-[cp_458]).
row([consultation_prosecutor_authorised:false, consultation_legal_basis:true], permitted-[cp_458ter]).
row([unknown(consultation_prosecutor_authorised), consultation_legal_basis:true], permitted-[cp_458ter]).
row([consultation_legal_basis:false],                       permitted-[cp_458ter]).
% the purpose: one of three
row([purpose_prevent_organised_crime:false],                forbidden-[cp_458]).
row([unknown(purpose_prevent_organised_crime)],             forbidden-[cp_458]).
row([purpose_prevent_organised_crime:false, purpose_prevent_terrorism:true], permitted-[cp_458ter]).
row([purpose_prevent_organised_crime:false, purpose_protect_integrity:true], permitted-[cp_458ter]).
% no consent, no same mission needed (s11, s27)
row([person_consents:false],                                permitted-[cp_458ter]).
row([same_mission:false],                                   permitted-[cp_458ter]).
row([recipient_bound_by_secrecy:false],                     permitted-[cp_458ter]).
% the recipient: the participants of the consultation only
row([recipient=colleague],                                  forbidden-[cp_458]).
row([recipient=service_director],                           forbidden-[cp_458]).
row([recipient=police],                                     forbidden-[cp_458]).
row([recipient=public_prosecutor],                          forbidden-[cp_458]).
row([recipient=press],                                      forbidden-[cp_458]).
% any information, from anyone bound by secrecy
row([information=medical_data],                             permitted-[cp_458ter]).
row([discloser=cpas_staff],                                 permitted-[cp_458ter]).
row([discloser=private_individual],                         not_covered-[no_secrecy_duty]).
% dates: in force from 3 August 2017
row([date="2017-06-01"],                                    forbidden-[cp_458]).
row([date="2017-08-02"],                                    forbidden-[cp_458]).
row([date="2017-08-03"],                                    permitted-[cp_458ter]).

purpose(purpose_protect_integrity).
purpose(purpose_prevent_terrorism).
purpose(purpose_prevent_organised_crime).

frame(consultation_legal_basis).
frame(consultation_prosecutor_authorised).

:- begin_tests(cp_458ter).

% seed: s26, s28
test(the_issue_example, true(Outcome == permitted-[cp_458ter])) :-
    base(consultation, Scenario),
    outcome(Scenario, Outcome).

% seed: s26, s28, s11, s08
test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(consultation, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s26, s28
test(every_frame_and_purpose_permits,
     [forall(( frame(Frame), purpose(Purpose) )), true(Outcome == permitted-[cp_458ter])]) :-
    Scenario = [discloser=social_worker, information=confidence, recipient=case_consultation,
                facts=[Frame=true, Purpose=true], date="2021-01-01"],
    outcome(Scenario, Outcome).

% seed: s26
test(no_frame_no_458ter, true(Outcome == forbidden-[cp_458])) :-
    scenario(consultation, [consultation_prosecutor_authorised:false,
                            consultation_legal_basis:false], Scenario),
    outcome(Scenario, Outcome).

% seed: s26
test(no_purpose_no_458ter, true(Outcome == forbidden-[cp_458])) :-
    scenario(consultation, [purpose_prevent_organised_crime:false,
                            purpose_prevent_terrorism:false,
                            purpose_protect_integrity:false], Scenario),
    outcome(Scenario, Outcome).

% seed: s26, s08
test(an_unknown_frame_is_open, true(Needs == [consultation_legal_basis=true])) :-
    scenario(consultation, [consultation_prosecutor_authorised:false], Scenario),
    open_of(Scenario, Open),
    once(member(cp_458ter-cp_458ter-permitted-Needs, Open)).

% seed: s26
test(the_day_before_and_the_day_of_entry_into_force,
     [forall(member(Date/Expected, ["2017-08-02"/(forbidden-[cp_458]),
                                     "2017-08-03"/(permitted-[cp_458ter])])),
      true(Outcome == Expected)]) :-
    scenario(consultation, [date=Date], Scenario),
    outcome(Scenario, Outcome).

% seed: s28
test(a_possibility_never_an_obligation,
     [forall(vocabulary:in_domain(information, K)), true(Verdict == permitted)]) :-
    scenario(consultation, [information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s27, s28
test(caveat_participants_keep_the_secret, true(Caveats == [consultation_keeps_the_secret])) :-
    base(consultation, Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s11, s27
test(note_no_consent_needed, true(Has == true)) :-
    base(consultation, Scenario),
    has_note(Scenario, consultation_needs_no_consent, Has).

% seed: s27, s11
test(no_458ter_advice_without_458ter,
     true(Found == [])) :-
    scenario(consultation, [consultation_prosecutor_authorised:false], Scenario),
    caveat_ids(Scenario, Caveats),
    note_ids(Scenario, Notes),
    append(Caveats, Notes, Ids),
    findall(Id, ( member(Id, Ids),
                  memberchk(Id, [consultation_keeps_the_secret, consultation_needs_no_consent]) ),
            Found).

% seed: s19
test(no_keep_helping_within_a_consultation, true(Has == false)) :-
    base(consultation, Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(keep_helping, Caveats) -> Has = true ; Has = false ).

% The legal bases of consultations, with their dates (s29): the examples
% the seed cites (from 2017-08-03), the CSIL-R law (from 2018-09-24), the
% Flemish Veilige Huizen decree (from 2024-03-29).
note_date(csil_before_the_2018_law, "2017-08-02", false).
note_date(csil_before_the_2018_law, "2017-08-03", true).
note_date(csil_r_law_basis,         "2018-09-23", false).
note_date(csil_r_law_basis,         "2018-09-24", true).
note_date(veilige_huizen_basis,     "2024-03-28", false).
note_date(veilige_huizen_basis,     "2024-03-29", true).

% seed: s29
test(legal_basis_notes_by_date,
     [forall(note_date(Note, Date, Expected)), true(Has == Expected)]) :-
    scenario(consultation, [date=Date], Scenario),
    has_note(Scenario, Note, Has).

% seed: s29
test(legal_basis_notes_also_when_the_frame_is_missing, true(Has == true)) :-
    scenario(consultation, [consultation_prosecutor_authorised:false,
                            date="2024-03-29"], Scenario),
    has_note(Scenario, veilige_huizen_basis, Has).

:- end_tests(cp_458ter).
