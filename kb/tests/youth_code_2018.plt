/*  The French Community youth Code of 18 January 2018 (from 1 January 2019),
    successor of art. 57 of the decree of 4 March 1991: who is bound, the
    members of advisory youth-aid bodies (avis 88/07), inspection services
    asking for individual files (avis 99/08).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/youth_code_2018.plt
*/
:- module(test_youth_code_2018, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% A member of a youth-aid council tells the press about a case she heard.
base(council_member,
     [discloser=youth_aid_council_member, information=confidence, recipient=press,
      facts=[], date="2020-01-01"]).

% A youth-aid service is asked for a young person's case file by an inspection.
base(inspection,
     [discloser=youth_aid_worker, institution=youth_aid_service, information=social_report,
      recipient=inspection_service, date="2020-01-01"]).

row(council_member, [],                                        forbidden-[cp_458]).
% the day before and the day of the Code (1991 decree, then the Code)
row(council_member, [date="2018-12-31"],                       forbidden-[cp_458]).
row(council_member, [date="2019-01-01"],                       forbidden-[cp_458]).
% the 1991 decree: from 4 March 1991
row(council_member, [date="1991-03-03"],                       not_covered-[no_secrecy_duty]).
row(council_member, [date="1991-03-04"],                       forbidden-[cp_458]).
row(council_member, [learned_in_profession:false],             not_covered-[no_secrecy_duty]).
row(council_member, [discloser=private_individual],            not_covered-[no_secrecy_duty]).
row(inspection,     [],                                        forbidden-[cp_458]).
row(inspection,     [discloser=private_individual],            not_covered-[no_secrecy_duty]).
row(inspection,     [discloser=educator],                      forbidden-[cp_458]).
row(inspection,     [date="2018-12-31"],                       forbidden-[cp_458]).

:- begin_tests(youth_code_2018).

% avis 88/07
test(decision_table, [forall(row(Base, Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_code_names_its_article_unverified,
     [forall(member(Date-Has, ["2018-12-31"-false, "2019-01-01"-true])), true(Noted == Has)]) :-
    scenario(council_member, [date=Date], Scenario),
    has_note(Scenario, youth_code_article_unverified, Noted).

% avis 99/08: never the whole file; inspection powers not encoded
test(the_inspection_is_told_what_the_kb_cannot_know,
     [forall(member(Changes, [[], [discloser=youth_aid_council_member, institution=association],
                              [date="2005-01-01"]])),
      true(memberchk(youth_code_inspection_file, Ids))]) :-
    scenario(inspection, Changes, Scenario),
    caveat_ids(Scenario, Ids).

test(no_inspection_caveat_outside_youth_aid, true(\+ memberchk(youth_code_inspection_file, Ids))) :-
    caveat_ids([discloser=social_worker, institution=association, information=social_report,
                recipient=inspection_service], Ids).

:- end_tests(youth_code_2018).
