/*  The Order of physicians' positions (contract v2, provision person_request;
    necessity towards the partner).
    Run: swipl --on-error=status -q -g run_tests -t halt kb/tests/person_request.plt

    National Council, opinions of 16 December 2000, 25 May 2002, 3 February
    2007: save at the patient's express request, the doctor may not inform
    the partner of an HIV-positive patient; necessity is exceptional. The
    sources have no date bounds (open): no boundary rows.
*/
:- module(test_person_request, []).
:- use_module(library(plunit)).
:- use_module(library(lists)).
:- ensure_loaded(user:'../load').
:- use_module(helpers).

base(partner,
     [discloser=doctor, information=medical_data, recipient=partner,
      facts=[person_requests_disclosure=true, person_consents=true], date="2020-01-01"]).

partner_row([],                                            permitted-[person_request]).
partner_row([person_requests_disclosure:false],            forbidden-[cp_458]).
partner_row([person_requests_disclosure:false, person_consents:true], forbidden-[cp_458]).
partner_row([discloser=nurse],                             forbidden-[cp_458]).
partner_row([recipient=family],                            forbidden-[cp_458]).
partner_row([person_requests_disclosure:false, grave_imminent_danger:true,
             other_means:false, proportionate:true],       permitted-[necessity]).
partner_row([person_requests_disclosure:false, grave_imminent_danger:true,
             other_means:true, proportionate:true],        forbidden-[cp_458]).

:- begin_tests(person_request).

test(partner_table, [forall(partner_row(C, E)), true(O == E)]) :-
    scenario(partner, C, S), outcome(S, O).

test(the_request_is_an_interpretation, true(Reading \== none)) :-
    scenario(partner, [], S), answer_of(S, A),
    (   sub_step(A.explanation, St), St.id == op_partner_at_patients_request,
        get_dict(interpretation, St, Reading)
    ->  true ; Reading = none ).

test(silence_tells_the_orders_doctrine, true(Has == true)) :-
    scenario(partner, [person_requests_disclosure:false], S),
    has_note(S, op_partner_silence, Has).

test(without_a_request_the_question_stays_open, true(Found == true)) :-
    scenario(partner, [unknown(person_requests_disclosure), unknown(person_consents)], S),
    open_of(S, Open),
    ( member(person_request-op_partner_at_patients_request-permitted-_, Open) -> Found = true ; Found = false ).

sub_step(S, S).
sub_step(S, Sub) :- member(C, S.children), sub_step(C, Sub).

:- end_tests(person_request).
