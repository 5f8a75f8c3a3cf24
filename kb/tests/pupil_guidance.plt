/*  Pupil guidance: the CLB's multidisciplinary dossier (Flemish decree of
    27 April 2018; BVR of 12 September 2008, art. 1, 1°) -- the parents, the
    capable minor, the school; the French Community PMS rules not found.
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/pupil_guidance.plt
*/
:- module(test_pupil_guidance, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% The parents of a pupil under 12 ask to see his CLB file.
base(parents,
     [discloser=pms_staff, institution=pms_centre, information=social_report, recipient=parents,
      facts=[person_is_minor=true, minor_capable_of_discernment=false], date="2020-01-01"]).

% A pupil of 14 asks to see his own file.
base(pupil,
     [discloser=pms_staff, institution=pms_centre, information=social_report,
      recipient=person_concerned,
      facts=[person_is_minor=true, minor_capable_of_discernment=true], date="2020-01-01"]).

row(parents, [],                                          permitted-[pupil_guidance]).
row(parents, [minor_capable_of_discernment:true],         forbidden-[cp_458]).
row(parents, [minor_capable_of_discernment:true, person_consents:true], permitted-[pupil_guidance]).
row(parents, [unknown(minor_capable_of_discernment)],     forbidden-[cp_458]).
row(parents, [person_is_minor:false],                     forbidden-[cp_458]).
row(parents, [recipient=school],                          forbidden-[cp_458]).
% the file, not what the pupil confided outside it
row(parents, [information=whole_file],                    permitted-[pupil_guidance]).
row(parents, [information=confidence],                    forbidden-[cp_458]).
row(pupil,   [information=medical_data],                  forbidden-[cp_458]).
row(parents, [recipient=family],                          forbidden-[cp_458]).
row(parents, [discloser=psychologist],                    permitted-[pupil_guidance]).
row(parents, [discloser=psychologist, institution=association], forbidden-[cp_458]).
% the day before and the day of the 2008 order
row(parents, [date="2008-09-11"],                         forbidden-[cp_458]).
row(parents, [date="2008-09-12"],                         permitted-[pupil_guidance]).
row(pupil,   [],                                          permitted-[pupil_guidance]).
row(pupil,   [minor_capable_of_discernment:false],        forbidden-[cp_458]).
row(pupil,   [person_is_minor:false, unknown(minor_capable_of_discernment)], permitted-[pupil_guidance]).
row(pupil,   [recipient=press],                           forbidden-[cp_458]).
row(pupil,   [date="2008-09-11"],                         forbidden-[cp_458]).
row(pupil,   [date="2008-09-12"],                         permitted-[pupil_guidance]).

:- begin_tests(pupil_guidance).

test(decision_table, [forall(row(Base, Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(Base, Changes, Scenario),
    outcome(Scenario, Outcome).

test(the_capacity_of_the_minor_is_the_open_question, true(Needs == [minor_capable_of_discernment=false])) :-
    scenario(parents, [unknown(minor_capable_of_discernment)], Scenario),
    open_of(Scenario, Open),
    once(member(pupil_guidance-pupil_file_parents_of_minor_not_capable-permitted-Needs, Open)).

test(access_has_limits_and_a_region, true(Ids == [pupil_file_limits, pms_file_rules_not_found])) :-
    scenario(parents, [], Scenario),
    caveat_ids(Scenario, Ids0),
    include_ids([pupil_file_limits, pms_file_rules_not_found], Ids0, Ids).

test(the_school_is_told_what_the_kb_cannot_know,
     true(( memberchk(clb_and_the_school, Caveats), memberchk(school_is_not_a_secret_holder, Notes) ))) :-
    scenario(parents, [recipient=school], Scenario),
    caveat_ids(Scenario, Caveats),
    note_ids(Scenario, Notes).

:- end_tests(pupil_guidance).

include_ids(Wanted, Ids0, Ids) :-
    findall(I, ( member(I, Ids0), memberchk(I, Wanted) ), Ids).
