:- module(law,
          [ rule/3,                  % ?Id, ?Conclusion, ?Condition
            exception/2,             % ?Exception, ?Overridden
            rule_meta/2,             % ?Id, ?Properties
            rule_text/3,             % ?Id, ?Lang, ?Text
            conclusion_text/3,       % ?Conclusion, ?Lang, ?Text
            interpretation_text/3,   % ?Id, ?Lang, ?Text
            principle/2,             % ?Kind, ?Rule
            provision_successor/3,   % ?Provision, ?Successor, ?Instrument
            article_meta/2,          % ?Article, ?Properties
            article_quote/3,         % ?Article, ?Lang, ?Quote
            advice/3,                % ?Id, ?Kind, ?Condition
            advice_meta/2,           % ?Id, ?Properties
            advice_text/3,           % ?Id, ?Lang, ?Text
            tension_condition/2,     % ?Id, ?Condition
            tension_meta/2,          % ?Id, ?Properties
            tension_says/4,          % ?Id, ?Lang, ?LawSays, ?CodeSays
            unencoded/2,             % ?Id, ?Condition
            unencoded_meta/2,        % ?Id, ?Properties
            unencoded_text/3         % ?Id, ?Lang, ?Text
          ]).

/** <module> The normative rule base: the law, and the codes of ethics beside it

Two layers, one file per instrument. The law (law/, one file per legal
instrument, articles in the statute's order) decides the verdict. The codes
of ethics (deontology/, one file per code) give the deontological view,
which stands beside the legal one and never changes it.

The files are written as blocks, one per rule, piece of advice or tension
(rulebook.pl describes the format); each block is expanded at load time
into the relations this module exports, which the engine reads:

  - rule(Id, Conclusion, Condition): Conclusion holds when Condition does.
    Conclusions are derived notions (bound_by_secrecy(Ground),
    covered_by_secrecy, secrecy_duty ...) or verdict(V).
  - exception(E, R): rule E, when it holds, sets aside rule R (PROLEG: the
    exception is its own relation, never a negation inside R's body).
  - rule_meta(Id, Props): provision(P) (contract table B) or code(C),
    source(S) (sources.pl: article, version, reference), seed(Statements),
    and interpretation(S) when the rule encodes a reading rather than the
    text, with S the source that supports the reading.
  - rule_text/3, interpretation_text/3, conclusion_text/3: the wording.
  - principle(Kind, Rule): Rule is the base rule of secrecy (Kind =
    secrecy) or its converse (no_duty); the one in force on a date is the
    principle the verdict starts from.
  - article_meta/2, article_quote/3: the statute's own words, quoted.
  - advice(Id, Kind, Condition): what a person must still do (caveat) or
    should know (note) when Condition holds of the answer.
  - tension_condition(Id, Condition): the law and a code pull apart;
    tension_meta names the provision and the code rule, tension_says what
    each says.
  - unencoded(Id, Condition): when Condition holds (or may hold) of the
    answer, the case falls under a law the knowledge base does not encode;
    unencoded_meta names its source (the instrument to look at),
    unencoded_text says so. The answer is then not complete.

Conditions are built from:

  - all(Cs), any(Cs), not(C)
  - fact(F): fact F is true; no(F): fact F is false (three-valued)
  - role_in(Rs), institution_in(Is), information_in(Ks), recipient_in(Ts)
  - holds(Conclusion): some rule in force concludes it
  - lacking(F): fact F is not established (false or unknown)
  - in advice and tensions: verdict_in(Vs), basis_has(P), incomplete; in
    unencoded blocks: verdict_in(Vs), basis_has(P)
*/

:- use_module(rulebook, [block_clauses/2]).
:- use_module(sources, []).

:- multifile
    rule/3,
    exception/2,
    rule_meta/2,
    rule_text/3,
    conclusion_text/3,
    interpretation_text/3,
    principle/2,
    article_meta/2,
    article_quote/3,
    advice/3,
    advice_meta/2,
    advice_text/3,
    tension_condition/2,
    tension_meta/2,
    tension_says/4,
    unencoded/2,
    unencoded_meta/2,
    unencoded_text/3.

% The law files are loaded into this module (ensure_loaded/1 of files that
% are not modules: include/1 after use_module/1 makes SWI-Prolog 9.0.4
% write a precompiled image that crashes when loaded); each block is
% expanded as it is read.
term_expansion(Block, Clauses) :-
    block_clauses(Block, Clauses).

:- ensure_loaded(law/code_penal_1867).
:- ensure_loaded(law/code_penal_2024).
:- ensure_loaded(law/code_instruction_criminelle).
:- ensure_loaded(law/case_law).
:- ensure_loaded(law/gdpr).
:- ensure_loaded(law/privacy_law_1992).
:- ensure_loaded(law/social_penal_code).
:- ensure_loaded(law/labour_inspection_law_1972).

% Contract version 2, the social sector (issue 11)
:- ensure_loaded(law/youth_aid_decree_1991).
:- ensure_loaded(law/youth_code_2018).
:- ensure_loaded(law/clb_decree_2018).
:- ensure_loaded(law/pms_decree_2006).
:- ensure_loaded(law/official_discretion).
:- ensure_loaded(law/flemish_prevention_decree).
:- ensure_loaded(law/contact_tracing_agreement_2020).
:- ensure_loaded(law/child_abuse_decree_2004).
:- ensure_loaded(law/integrale_jeugdhulp_decree).
:- ensure_loaded(law/volunteers_law_2005).
:- ensure_loaded(law/general_welfare_centres).
:- ensure_loaded(law/veilige_huizen_decree).
:- ensure_loaded(law/prison_law).
% Health laws and roles (contract version 2)
:- ensure_loaded(law/health_professions_2015).
:- ensure_loaded(law/patient_rights_2002).
:- ensure_loaded(law/order_of_physicians_opinions).
:- ensure_loaded(law/land_insurance_1992).
:- ensure_loaded(law/insurance_2014).
:- ensure_loaded(law/employment_contracts_1978).
:- ensure_loaded(law/welfare_at_work_code).
:- ensure_loaded(law/judicial_code).
:- ensure_loaded(law/cic_search_seizure).

:- ensure_loaded(deontology/codes).
:- ensure_loaded(deontology/ufas).
:- ensure_loaded(deontology/social_workers_2025).
:- ensure_loaded(deontology/youth_aid).
:- ensure_loaded(deontology/psychologists).
:- ensure_loaded(deontology/medical).
