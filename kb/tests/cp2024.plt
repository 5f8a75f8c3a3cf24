/*  The Criminal Code of 2024 (from 1 September 2026), and the boundary
    dates the fact-check of the law's currency established.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp2024.plt

    Each provision of the 2024 Code takes over from its 1867 predecessor on
    the day the Code took effect: the day before, the old article answers;
    that day, the new one. The corrections: the parliamentary-inquiry words
    (tested in cp_458_testimony.plt), the partner-violence ground of 458bis
    (5 April 2012), art. 458quater (3 August 2017), the versions of "where
    the law obliges them" (before and after 3 August 2017, and art. 352).
*/
:- module(test_cp2024, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The cases ---------------------------------------------------------------

% Art. 353 § 1 (ancien 458bis): a psychologist knows of a listed offence on
% a minor in grave danger, and cannot protect them.
base(procureur,
     [discloser=psychologist, information=confidence, recipient=public_prosecutor,
      facts=[victim_minor=true, listed_offence=true, grave_imminent_danger=true,
             can_protect=false],
      date="2026-09-01"]).
% Art. 353 § 2 (ancien 458ter): a social worker in a consultation organised
% under a law, to protect someone's integrity.
base(consultation,
     [discloser=social_worker, information=confidence, recipient=case_consultation,
      facts=[consultation_legal_basis=true, purpose_protect_integrity=true],
      date="2026-09-01"]).
% Art. 299 (ancien 422bis): informing the procureur is the only way to help.
base(only_way,
     [discloser=educator, information=confidence, recipient=public_prosecutor,
      facts=[grave_imminent_danger=true, only_way_to_protect=true],
      date="2026-09-01"]).
% Book I art. 13 (necessity): a grave and imminent danger, no other way.
base(necessity,
     [discloser=doctor, information=medical_data, recipient=police,
      facts=[grave_imminent_danger=true, other_means=false, proportionate=true],
      date="2026-09-01"]).
% Art. 458 / 352, "where the law obliges them": the user says a law obliges.
base(law_obliges,
     [discloser=social_worker, information=administrative_data, recipient=employer,
      facts=[law_obliges_disclosure=true],
      date="2026-09-01"]).
% Art. 458bis, 2011 version: a victim vulnerable by partner violence alone.
base(partner,
     [discloser=psychologist, information=confidence, recipient=public_prosecutor,
      facts=[victim_vulnerable=true, victim_partner_violence=true,
             victim_vulnerable_classic=false, victim_minor=false,
             victim_honour_violence=false, listed_offence=true,
             grave_imminent_danger=true, can_protect=false],
      date="2012-04-05"]).
% Art. 458quater / 353 § 3: a lawyer in a consultation, about a client who
% is the offender.
base(lawyer,
     [discloser=lawyer, information=confidence, recipient=case_consultation,
      facts=[consultation_legal_basis=true, purpose_protect_integrity=true,
             client_is_offender=true],
      date="2017-08-03"]).

% --- Decision tables: the day before and the day of each version --------------

row(procureur,    [date="2026-08-31"],                 permitted-[cp_458bis]).
row(procureur,    [],                                  permitted-[cp2024_353_1]).
row(procureur,    [can_protect:true],                  forbidden-[cp2024_352]).
row(procureur,    [recipient=police],                  forbidden-[cp2024_352]).
row(procureur,    [unknown(listed_offence)],           forbidden-[cp2024_352]).
row(procureur,    [victim_minor:false, victim_vulnerable:true, victim_partner_violence:true],
                                                       permitted-[cp2024_353_1]).
row(consultation, [date="2026-08-31"],                 permitted-[cp_458ter]).
row(consultation, [],                                  permitted-[cp2024_353_2]).
row(consultation, [consultation_legal_basis:false],    forbidden-[cp2024_352]).
row(consultation, [consultation_legal_basis:false, consultation_prosecutor_authorised:true],
                                                       permitted-[cp2024_353_2]).
row(consultation, [purpose_protect_integrity:false],   forbidden-[cp2024_352]).
row(only_way,     [date="2026-08-31"],                 obligatory-[cp_422bis]).
row(only_way,     [],                                  obligatory-[cp2024_299]).
row(only_way,     [only_way_to_protect:false],         forbidden-[cp2024_352]).
row(necessity,    [date="2026-08-31"],                 permitted-[necessity]).
row(necessity,    [],                                  permitted-[cp2024_13]).
row(necessity,    [other_means:true],                  forbidden-[cp2024_352]).
row(law_obliges,  [date="2017-08-02"],                 obligatory-[law_obliges]).
row(law_obliges,  [date="2017-08-03"],                 obligatory-[law_obliges]).
row(law_obliges,  [],                                  obligatory-[law_obliges]).
row(law_obliges,  [law_obliges_disclosure:false],      forbidden-[cp2024_352]).
row(partner,      [date="2012-04-04"],                 forbidden-[cp_458]).
row(partner,      [],                                  permitted-[cp_458bis]).
row(partner,      [date="2012-04-04", victim_vulnerable_classic:true],
                                                       permitted-[cp_458bis]).
row(lawyer,       [date="2017-08-02"],                 forbidden-[cp_458]).
row(lawyer,       [],                                  forbidden-[cp_458]).
row(lawyer,       [client_is_offender:false],          permitted-[cp_458ter]).
row(lawyer,       [date="2026-09-01"],                 forbidden-[cp2024_352]).
row(lawyer,       [date="2026-09-01", client_is_offender:false],
                                                       permitted-[cp2024_353_2]).

:- begin_tests(cp2024_tables).

% seed: s14, s16, s17, s18, s26
test(decision_table, [forall(row(Base, Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, Changes, Scenario),
    outcome(Scenario, Outcome).

:- end_tests(cp2024_tables).

:- begin_tests(cp2024_caveats).

% The caveat of each version of "where the law obliges them".
% seed: s15
test(law_obliges_caveat_by_version,
     [forall(member(Date-Caveat, [ "2017-08-02"-law_obliges_unchecked_1867,
                                  "2017-08-03"-law_obliges_unchecked_2017,
                                  "2026-08-31"-law_obliges_unchecked_2017,
                                  "2026-09-01"-law_obliges_unchecked_352 ])),
      true(Has == true)]) :-
    scenario(law_obliges, [date=Date], Scenario),
    caveat_ids(Scenario, Ids),
    ( memberchk(Caveat, Ids) -> Has = true ; Has = false ).

% A claim is never proposed: without it, nothing is open on it.
% seed: s15
test(law_obliges_is_never_proposed, true(Needs == [])) :-
    scenario(law_obliges, [unknown(law_obliges_disclosure)], Scenario),
    open_of(Scenario, Open),
    findall(N, ( member(_-_-_-N, Open), memberchk(law_obliges_disclosure=_, N) ), Needs).

% 458quater sets 458ter aside for the lawyer from 3 August 2017.
% seed: s17
test(quater_in_the_tree_from_3_august_2017,
     [forall(member(Date-Expected, ["2017-08-03"-true, "2026-08-31"-true])),
      true(Status == Expected)]) :-
    scenario(lawyer, [date=Date], Scenario),
    answer_of(Scenario, Answer),
    (   step_of(Answer.explanation, cp_458quater, Step)
    ->  atom_string(Status, Step.status)
    ;   Status = absent
    ).

% 353 § 3 does the same from 1 September 2026.
% seed: s17
test(paragraph_3_in_the_tree_from_1_september_2026, true(Status == true)) :-
    scenario(lawyer, [date="2026-09-01"], Scenario),
    answer_of(Scenario, Answer),
    step_of(Answer.explanation, cp2024_353_3, Step),
    atom_string(Status, Step.status).

% The penalty note of each Code, on each side of 1 September 2026.
% seed: s05
test(penalty_by_code,
     [forall(member(Date-Note, ["2026-08-31"-penalty_458_2017, "2026-09-01"-penalty_352])),
      true(Has == true)]) :-
    scenario(procureur, [date=Date, recipient=press], Scenario),
    has_note(Scenario, Note, Has).

% Art. 46bis/1: the fine until the 2024 Code, art. 655 from then.
% seed: s20
test(refusal_of_46bis1_by_code,
     [forall(member(Date-Note, ["2026-08-31"-refusal_fined_46bis1, "2026-09-01"-refusal_punished_655])),
      true(Has-Basis == true-[cic_46bis1_request])]) :-
    Scenario = [discloser=cpas_staff, information=administrative_data, recipient=public_prosecutor,
                facts=[terrorism_investigation=true, reasoned_written_request=true], date=Date],
    has_note(Scenario, Note, Has),
    outcome(Scenario, _-Basis).

:- end_tests(cp2024_caveats).

step_of(Step, Id, Step) :-
    get_dict(id, Step, Id0),
    atom_string(Id, Id0),
    !.
step_of(Step, Id, Found) :-
    member(Child, Step.children),
    step_of(Child, Id, Found),
    !.

% --- Rules that outlive the 1867 Code ---------------------------------------
% A reading of necessity by the Order of physicians (op_partner_necessity)
% and a French Community decree that allows speaking (child abuse centres)
% keep their own sources; from 2026-09-01 they are cited under the
% successor of the provision they were written under (provision_successor/3).

:- begin_tests(cp2024_successors).

successor_case(partner,
     [discloser=doctor, information=medical_data, recipient=partner,
      facts=[grave_imminent_danger=true, other_means=false, proportionate=true]]).
successor_case(sos_enfants,
     [discloser=social_worker, information=confidence, recipient=child_abuse_centre,
      facts=[victim_minor=true]]).

successor_row(partner,     "2026-08-31", permitted-[necessity]).
successor_row(partner,     "2026-09-01", permitted-[cp2024_13]).
successor_row(sos_enfants, "2026-08-31", permitted-[cp_458]).
successor_row(sos_enfants, "2026-09-01", permitted-[cp2024_352]).

test(cited_under_the_successor_from_2026_09_01,
     [forall(successor_row(Case, Date, Expected)), true(Got == Expected)]) :-
    successor_case(Case, Input),
    may_disclose([date=Date|Input], Verdict, Answer),
    Got = Verdict-Answer.basis.

test(every_successor_is_a_provision_of_the_vocabulary,
     [forall(law:provision_successor(Old, New, Instrument)), true(Ok == true)]) :-
    (   vocabulary:in_domain(provision, Old), vocabulary:in_domain(provision, New),
        sources:entry_into_force(Instrument, _)
    ->  Ok = true
    ;   Ok = false
    ).

:- end_tests(cp2024_successors).
