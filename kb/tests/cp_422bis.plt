/*  Art. 422bis CP: failure to help a person in danger (s18, s19).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/cp_422bis.plt

    When informing the police or the procureur du Roi is the only way to
    bring help to a person in grave danger, silence would be the offence of
    art. 422bis: speaking is a duty, and a duty beats any permission that
    also holds. Good-faith help believed to protect is not the offence.
    Informing an authority never ends the duty to keep helping.
*/
:- module(test_cp_422bis, []).
:- use_module(library(plunit)).
:- use_module(library(apply)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').     % the kb, in user: one copy for all test files
:- use_module(helpers).

% --- The applying case --------------------------------------------------------

% The issue's example: an educator learns in a confidence of a grave and
% imminent danger; informing the procureur is the only way to protect.
base(only_way,
     [discloser=educator, information=confidence, recipient=public_prosecutor,
      facts=[grave_imminent_danger=true, only_way_to_protect=true],
      date="2020-01-01"]).

% --- Decision table: one condition varied at a time --------------------------

row([],                                   obligatory-[cp_422bis]).
row([only_way_to_protect:false],          forbidden-[cp_458]).
row([unknown(only_way_to_protect)],       forbidden-[cp_458]).
% the authority that can bring help: police or procureur
row([recipient=police],                   obligatory-[cp_422bis]).
row([recipient=investigating_judge],      forbidden-[cp_458]).
row([recipient=family],                   forbidden-[cp_458]).
row([recipient=colleague],                forbidden-[cp_458]).
row([recipient=press],                    forbidden-[cp_458]).
% any information, any secret-holder
row([information=medical_data],           obligatory-[cp_422bis]).
row([discloser=cpas_staff],               obligatory-[cp_422bis]).
row([discloser=private_individual],       not_covered-[no_secrecy_duty]).
% the kb records no version boundary for art. 422bis
row([date="1990-01-01"],                  obligatory-[cp_422bis]).
row([date="2026-04-08"],                  obligatory-[cp_422bis]).

% --- Precedence: a duty beats the permissions that also hold -----------------

% Each pair: the permission alone, then the same case where informing is
% also the only way to protect.
precedence([victim_minor:true, listed_offence:true, can_protect:false],
           permitted-[cp_458bis]).
precedence([other_means:false, proportionate:true],
           permitted-[necessity]).
precedence([discloser_is_suspect:true],
           permitted-[suspect_professional]).

% --- keep_helping: every disclosure permitted or obliged to an authority ------

authority_case(police,                [recipient=police]).
authority_case(public_prosecutor,     []).
authority_case(investigating_judge,   [recipient=investigating_judge, called_to_testify:true]).
authority_case(trial_court,           [recipient=trial_court, called_to_testify:true]).
authority_case(parliamentary_inquiry, [recipient=parliamentary_inquiry, called_to_testify:true]).
authority_case(mandating_authority,   [recipient=mandating_authority, information=social_report,
                                       under_mandate:true]).
authority_case(police_by_necessity,   [recipient=police, only_way_to_protect:false,
                                       other_means:false, proportionate:true]).

% Permitted disclosures to recipients that are not authorities.
other_case(colleague,         [recipient=colleague, unknown(only_way_to_protect),
                               recipient_bound_by_secrecy:true, same_mission:true,
                               person_consents:true, in_person_interest:true,
                               strictly_necessary:true]).
other_case(service_director,  [recipient=service_director, unknown(only_way_to_protect),
                               recipient_bound_by_secrecy:true, same_mission:true,
                               person_consents:true, in_person_interest:true,
                               strictly_necessary:true]).
other_case(case_consultation, [recipient=case_consultation, unknown(only_way_to_protect),
                               consultation_legal_basis:true, purpose_protect_integrity:true]).
other_case(justice_assistant, [recipient=justice_assistant, information=factual_followup]).

% --- The good-faith note ------------------------------------------------------

good_faith([grave_imminent_danger:true,  only_way_to_protect:false],    true).
good_faith([grave_imminent_danger:true,  unknown(only_way_to_protect)], false).
good_faith([grave_imminent_danger:true,  only_way_to_protect:true],     false).
good_faith([grave_imminent_danger:false, only_way_to_protect:false],    false).
good_faith([unknown(grave_imminent_danger), only_way_to_protect:false], false).
good_faith([grave_imminent_danger:true,  only_way_to_protect:false, recipient=press], true).

:- begin_tests(cp_422bis).

% seed: s18
test(the_issue_example, true(Outcome == obligatory-[cp_422bis])) :-
    base(only_way, Scenario),
    outcome(Scenario, Outcome).

% seed: s18, s08
test(decision_table, [forall(row(Changes, Expected)), true(Outcome == Expected)]) :-
    scenario(only_way, Changes, Scenario),
    outcome(Scenario, Outcome).

% seed: s18, s08
test(unknown_only_way_is_open, true(Needs == [only_way_to_protect=true])) :-
    scenario(only_way, [unknown(only_way_to_protect)], Scenario),
    open_of(Scenario, Open),
    once(member(cp_422bis-cp_422bis-obligatory-Needs, Open)).

% seed: s18, s17, s16, s07
test(the_permission_holds_alone,
     [forall(precedence(Facts, Expected)), true(Outcome == Expected)]) :-
    scenario(only_way, [only_way_to_protect:false|Facts], Scenario),
    outcome(Scenario, Outcome).

% seed: s18, s17, s16, s07
test(obligatory_beats_a_permission_that_also_holds,
     [forall(precedence(Facts, _)), true(Outcome == obligatory-[cp_422bis])]) :-
    scenario(only_way, Facts, Scenario),
    outcome(Scenario, Outcome).

% seed: s18, s17
test(obligatory_beats_458bis_in_the_issue_example, true(Outcome == obligatory-[cp_422bis])) :-
    Scenario = [discloser=psychologist, information=confidence, recipient=public_prosecutor,
                facts=[victim_minor=true, listed_offence=true, grave_imminent_danger=true,
                       can_protect=false, only_way_to_protect=true],
                date="2020-01-01"],
    outcome(Scenario, Outcome).

% seed: s18
test(only_way_contradicts_other_means_or_protecting,
     [forall(member(Fact, [other_means, can_protect])),
      error(domain_error(consistent_facts, _), _)]) :-
    scenario(only_way, [Fact:true], Scenario),
    may_disclose(Scenario, _, _).

% seed: s18
test(the_contradiction_names_both_facts,
     [forall(member(Fact, [other_means, can_protect])),
      true(Named == Expected)]) :-
    scenario(only_way, [Fact:true], Scenario),
    catch(may_disclose(Scenario, _, _),
          error(domain_error(consistent_facts, Pair), _),
          true),
    msort(Pair, Named),
    msort([Fact=true, only_way_to_protect=true], Expected).

% seed: s19
test(keep_helping_after_informing_an_authority,
     [forall(authority_case(_, Changes)), true(Speaks-Has == true-true)]) :-
    scenario(only_way, Changes, Scenario),
    answer_of(Scenario, Answer),
    get_dict(verdict, Answer, Verdict),
    ( memberchk(Verdict, [permitted, obligatory]) -> Speaks = true ; Speaks = false ),
    caveat_ids(Scenario, Caveats),
    ( memberchk(keep_helping, Caveats) -> Has = true ; Has = false ).

% seed: s19, s10, s26, s12
test(no_keep_helping_towards_other_professionals,
     [forall(other_case(_, Changes)), true(Verdict-Has == permitted-false)]) :-
    scenario(only_way, Changes, Scenario),
    answer_of(Scenario, Answer),
    get_dict(verdict, Answer, Verdict),
    caveat_ids(Scenario, Caveats),
    ( memberchk(keep_helping, Caveats) -> Has = true ; Has = false ).

% seed: s19, s08
test(no_keep_helping_when_silence_is_due, true(Caveats == [])) :-
    scenario(only_way, [only_way_to_protect:false], Scenario),
    caveat_ids(Scenario, Caveats).

% seed: s18
test(good_faith_help_is_not_422bis,
     [forall(good_faith(Changes, Expected)), true(Has == Expected)]) :-
    scenario(only_way, Changes, Scenario),
    has_note(Scenario, good_faith_help_is_not_422bis, Has).

% seed: s18
test(penalty_note_only_when_422bis_obliges,
     [forall(member(Changes-Expected, [[]-true, [only_way_to_protect:false]-false])),
      true(Has == Expected)]) :-
    scenario(only_way, Changes, Scenario),
    has_note(Scenario, penalty_422bis, Has).

:- end_tests(cp_422bis).
