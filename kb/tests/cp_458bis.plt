/*  Art. 458bis CP: offences against minors and vulnerable persons (s17).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_458bis.plt

    Two versions: 2001 (27 March 2001 .. 30 January 2012, exclusive):
    minors only, the discloser examined the victim or received its
    confidence, grave and imminent danger, cannot protect; 2012 (from 30
    January 2012): minors or vulnerable persons, any source, either branch
    (danger to the victim, or danger that others become victims), cannot
    protect in both branches. Recipient: the procureur du Roi only.
    Constitutional Court 127/2013 (from 26 September 2013) sets it aside
    for a lawyer whose client is the offender.
*/
:- module(test_cp_458bis, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying cases -----------------------------------------------------

% The 2012 version, first branch (the issue's example): a psychologist
% learns in a confidence of a listed offence on a vulnerable adult in grave
% and imminent danger, and cannot protect her.
base(danger_2012,
     [discloser=psychologist, information=confidence, recipient=public_prosecutor,
      facts=[victim_vulnerable=true, listed_offence=true,
             grave_imminent_danger=true, can_protect=false],
      date="2020-01-01"]).
% The 2012 version, second branch: a minor, and a serious and real danger
% that other minors become victims.
base(others_2012,
     [discloser=psychologist, information=confidence, recipient=public_prosecutor,
      facts=[victim_minor=true, listed_offence=true,
             danger_other_victims=true, can_protect=false],
      date="2020-01-01"]).
% The 2001 version: a minor the discloser examined, in grave and imminent
% danger, whom the discloser cannot protect.
base(v2001,
     [discloser=psychologist, information=confidence, recipient=public_prosecutor,
      facts=[victim_minor=true, listed_offence=true, victim_examined_or_confided=true,
             grave_imminent_danger=true, can_protect=false],
      date="2005-06-01"]).
% A lawyer whose client may be the offender (2012 version, a minor).
base(lawyer,
     [discloser=lawyer, information=confidence, recipient=public_prosecutor,
      facts=[victim_minor=true, listed_offence=true,
             grave_imminent_danger=true, can_protect=false],
      date="2020-01-01"]).

% --- Decision table: one condition varied at a time --------------------------

% The 2012 version, first branch.
row(danger_2012, [],                                        permitted-[cp_458bis]).
row(danger_2012, [victim_vulnerable:false],                 forbidden-[cp_458]).
row(danger_2012, [unknown(victim_vulnerable)],              forbidden-[cp_458]).
row(danger_2012, [unknown(victim_vulnerable), victim_minor:true], permitted-[cp_458bis]).
row(danger_2012, [listed_offence:false],                    forbidden-[cp_458]).
row(danger_2012, [unknown(listed_offence)],                 forbidden-[cp_458]).
row(danger_2012, [grave_imminent_danger:false],             forbidden-[cp_458]).
row(danger_2012, [unknown(grave_imminent_danger)],          forbidden-[cp_458]).
row(danger_2012, [can_protect:true],                        forbidden-[cp_458]).
row(danger_2012, [unknown(can_protect)],                    forbidden-[cp_458]).
% any source: whether the discloser examined the victim no longer matters
row(danger_2012, [victim_examined_or_confided:false],       permitted-[cp_458bis]).
% any kind of information learned in the profession
row(danger_2012, [information=administrative_data],         permitted-[cp_458bis]).
row(danger_2012, [information=medical_data],                permitted-[cp_458bis]).
% the procureur du Roi only
row(danger_2012, [recipient=police],                        forbidden-[cp_458]).
row(danger_2012, [recipient=investigating_judge],           forbidden-[cp_458]).
row(danger_2012, [recipient=mandating_authority],           forbidden-[cp_458]).
row(danger_2012, [recipient=family],                        forbidden-[cp_458]).
row(danger_2012, [recipient=press],                         forbidden-[cp_458]).
% the exception presupposes the duty of secrecy
row(danger_2012, [discloser=private_individual],            not_covered-[no_secrecy_duty]).
% a police officer may tell the prosecutor anyway (art. 29 CIC)
row(danger_2012, [discloser=police_officer],                permitted-[cic_29, cp_458bis]).
% The 2012 version, second branch.
row(others_2012, [],                                        permitted-[cp_458bis]).
row(others_2012, [danger_other_victims:false],              forbidden-[cp_458]).
row(others_2012, [unknown(danger_other_victims)],           forbidden-[cp_458]).
row(others_2012, [can_protect:true],                        forbidden-[cp_458]).
row(others_2012, [unknown(can_protect)],                    forbidden-[cp_458]).
row(others_2012, [listed_offence:false],                    forbidden-[cp_458]).
row(others_2012, [victim_minor:false],                      forbidden-[cp_458]).
row(others_2012, [victim_minor:false, victim_vulnerable:true], permitted-[cp_458bis]).
row(others_2012, [recipient=police],                        forbidden-[cp_458]).
% The 2001 version.
row(v2001, [],                                              permitted-[cp_458bis]).
row(v2001, [victim_examined_or_confided:false],             forbidden-[cp_458]).
row(v2001, [unknown(victim_examined_or_confided)],          forbidden-[cp_458]).
row(v2001, [victim_minor:false],                            forbidden-[cp_458]).
row(v2001, [victim_minor:false, victim_vulnerable:true],    forbidden-[cp_458]).
row(v2001, [listed_offence:false],                          forbidden-[cp_458]).
row(v2001, [grave_imminent_danger:false],                   forbidden-[cp_458]).
row(v2001, [grave_imminent_danger:false, danger_other_victims:true], forbidden-[cp_458]).
row(v2001, [can_protect:true],                              forbidden-[cp_458]).
row(v2001, [unknown(can_protect)],                          forbidden-[cp_458]).
row(v2001, [recipient=police],                              forbidden-[cp_458]).
row(v2001, [recipient=investigating_judge],                 forbidden-[cp_458]).

% --- Version boundaries: the day before and the day itself ------------------

% Entry into force of the 2001 version (27 March 2001).
date_row(v2001,       [], "2001-03-26", forbidden-[cp_458]).
date_row(v2001,       [], "2001-03-27", permitted-[cp_458bis]).
% The 2001 case stays covered across the replacement (30 January 2012).
date_row(v2001,       [], "2012-01-29", permitted-[cp_458bis]).
date_row(v2001,       [], "2012-01-30", permitted-[cp_458bis]).
% What the 2012 version added: vulnerable adults ...
date_row(danger_2012, [], "2012-01-29", forbidden-[cp_458]).
date_row(danger_2012, [], "2012-01-30", permitted-[cp_458bis]).
% ... any source of knowledge ...
date_row(v2001, [unknown(victim_examined_or_confided)], "2012-01-29", forbidden-[cp_458]).
date_row(v2001, [unknown(victim_examined_or_confided)], "2012-01-30", permitted-[cp_458bis]).
% ... and the second branch.
date_row(others_2012, [], "2012-01-29", forbidden-[cp_458]).
date_row(others_2012, [], "2012-01-30", permitted-[cp_458bis]).
% Constitutional Court 127/2013 (26 September 2013): the lawyer whose
% client is the offender.
date_row(lawyer, [client_is_offender:true],  "2012-06-01", permitted-[cp_458bis]).
date_row(lawyer, [client_is_offender:true],  "2013-09-25", permitted-[cp_458bis]).
date_row(lawyer, [client_is_offender:true],  "2013-09-26", forbidden-[cp_458]).
date_row(lawyer, [client_is_offender:true],  "2020-01-01", forbidden-[cp_458]).
date_row(lawyer, [client_is_offender:false], "2013-09-26", permitted-[cp_458bis]).
date_row(lawyer, [client_is_offender:false], "2020-01-01", permitted-[cp_458bis]).
% The judgment concerns lawyers only.
date_row(danger_2012, [client_is_offender:true], "2013-09-26", permitted-[cp_458bis]).

:- begin_tests(cp_458bis).

% seed: s17
test(the_issue_example, true(Outcome == permitted-[cp_458bis])) :-
    base(danger_2012, Scenario),
    outcome(Scenario, Outcome).

% seed: s17, s08
test(decision_table, [forall(row(Base, Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s17
test(version_boundaries,
     [forall(date_row(Base, Changes, Date, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, [date=Date|Changes], Scenario),
    outcome(Scenario, Outcome).

% seed: s17
test(before_2001_there_is_no_458bis, true(Provisions == [])) :-
    scenario(v2001, [date="1999-01-01"], Scenario),
    open_of(Scenario, Open),
    findall(P, ( member(P-_-_-_, Open), P == cp_458bis ), Provisions).

% seed: s17
test(the_version_applied_on_each_side_of_2012,
     [forall(member(Date-Used-Unused, ["2012-01-29"-cp_458bis_2001-cp_458bis_2012,
                                        "2012-01-30"-cp_458bis_2012-cp_458bis_2001])),
      true(In-Out == true-false)]) :-
    scenario(v2001, [date=Date], Scenario),
    versions_of(Scenario, Versions),
    ( memberchk(Used, Versions) -> In = true ; In = false ),
    ( memberchk(Unused, Versions) -> Out = true ; Out = false ).

% seed: s17, s08
test(unknown_inability_to_protect_is_open_in_both_branches,
     [forall(member(Base, [danger_2012, others_2012])),
      true(Needs == [can_protect=false])]) :-
    scenario(Base, [unknown(can_protect)], Scenario),
    open_of(Scenario, Open),
    once(member(cp_458bis-cp_458bis_2012-permitted-Needs, Open)).

% seed: s17, s08
test(unknown_source_is_open_before_2012, true(Needs == [victim_examined_or_confided=true])) :-
    scenario(v2001, [unknown(victim_examined_or_confided)], Scenario),
    open_of(Scenario, Open),
    once(member(cp_458bis-cp_458bis_2001-permitted-Needs, Open)).

% seed: s17, s08
test(a_lawyer_must_first_know_the_client_is_not_the_offender,
     true(Needs == [client_is_offender=false])) :-
    base(lawyer, Scenario),
    open_of(Scenario, Open),
    once(member(cp_458bis-cp_458bis_2012-permitted-Needs, Open)).

% seed: s17 (the roles bound by no secrecy the kb knows -- a private
% individual, a teacher, a volunteer: see cp_458.plt -- are not covered)
test(permitted_never_obligatory,
     [forall(( vocabulary:in_domain(role, Role),
               \+ memberchk(Role, [private_individual, teacher, volunteer]) )),
      true(Verdict == permitted)]) :-
    scenario(danger_2012, [discloser=Role, client_is_offender:false], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s17
test(permitted_never_obligatory_for_any_information,
     [forall(vocabulary:in_domain(information, K)), true(Verdict == permitted)]) :-
    scenario(others_2012, [information=K], Scenario),
    once(may_disclose(Scenario, Verdict, _)).

% seed: s17, s19
test(caveats_of_a_disclosure_under_458bis,
     true(Caveats == [keep_helping, only_the_prosecutor_458bis])) :-
    base(danger_2012, Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s17
test(no_458bis_caveat_when_458bis_does_not_ground_the_verdict,
     true(Has == false)) :-
    scenario(danger_2012, [can_protect:true], Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(only_the_prosecutor_458bis, Caveats) -> Has = true ; Has = false ).

% The 2000 text too allowed informing the procureur only, as a faculty:
% its own caveat, citing the 2001 version.
% seed: s17
test(caveat_of_the_2001_version, true(Has == true)) :-
    base(v2001, Scenario),
    caveat_ids(Scenario, Caveats),
    ( memberchk(only_the_prosecutor_458bis_2001, Caveats) -> Has = true ; Has = false ).

% seed: s17
% The law of 23 February 2012 (MB 26 March 2012) binds, with no clause of
% its own known, from the tenth day after its publication: 5 April 2012.
test(partner_violence_note_from_5_april_2012,
     [forall(member(Date-Expected, ["2012-04-04"-false, "2012-04-05"-true, "2020-01-01"-true])),
      true(Has == Expected)]) :-
    scenario(danger_2012, [date=Date], Scenario),
    has_note(Scenario, vulnerability_partner_violence, Has).

% seed: s17
test(vulnerability_grounds_note_from_30_january_2012,
     [forall(member(Date-Expected, ["2012-01-29"-false, "2012-01-30"-true, "2012-03-25"-true])),
      true(Has == Expected)]) :-
    scenario(danger_2012, [date=Date], Scenario),
    has_note(Scenario, vulnerability_grounds_2012, Has).

% seed: s17
test(no_vulnerability_notes_for_a_minor,
     true(Notes == [listed_offences_458bis])) :-
    base(others_2012, Scenario),
    note_ids(Scenario, Notes).

% seed: s17
test(notes_of_the_issue_example,
     true(Notes == [vulnerability_grounds_2012, vulnerability_partner_violence,
                    listed_offences_458bis])) :-
    base(danger_2012, Scenario),
    note_ids(Scenario, Notes).

% CC 163/2013 (lawyers and the partner-violence ground): its outcome is not
% read, so a lawyer who would speak on that ground is told to read it, from
% the judgment's publication (2014-03-12), and no one else is.
test(cc_163_2013_is_named_to_a_lawyer_on_the_partner_violence_ground,
     [forall(member(Role-Date-Named, [lawyer-"2014-03-12"-true, lawyer-"2014-03-11"-false,
                                       social_worker-"2014-03-12"-false])),
      true(Has == Named)]) :-
    Input = [discloser=Role, information=confidence, recipient=public_prosecutor, date=Date,
             facts=[victim_partner_violence=true, listed_offence=true, grave_imminent_danger=true,
                    can_protect=false, client_is_offender=false]],
    caveat_ids(Input, Caveats),
    ( memberchk(cc_163_2013_lawyers_partner_violence, Caveats) -> Has = true ; Has = false ).

:- end_tests(cp_458bis).
