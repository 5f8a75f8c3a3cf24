:- module(law,
          [ rule/3,                  % ?Id, ?Conclusion, ?Condition
            exception/2,             % ?Exception, ?Overridden
            rule_meta/2,             % ?Id, ?Properties
            rule_text/3,             % ?Id, ?Lang, ?Text
            conclusion_text/3,       % ?Conclusion, ?Lang, ?Text
            interpretation_text/3,   % ?Id, ?Lang, ?Text
            principle/2,             % ?Kind, ?Rule
            article_meta/2,          % ?Article, ?Properties
            article_quote/3,         % ?Article, ?Lang, ?Quote
            advice/3,                % ?Id, ?Kind, ?Condition
            advice_meta/2,           % ?Id, ?Properties
            advice_text/3,           % ?Id, ?Lang, ?Text
            tension_condition/2,     % ?Id, ?Condition
            tension_meta/2,          % ?Id, ?Properties
            tension_says/4           % ?Id, ?Lang, ?LawSays, ?CodeSays
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

Conditions are built from:

  - all(Cs), any(Cs), not(C)
  - fact(F): fact F is true; no(F): fact F is false (three-valued)
  - role_in(Rs), institution_in(Is), information_in(Ks), recipient_in(Ts)
  - holds(Conclusion): some rule in force concludes it
  - lacking(F): fact F is not established (false or unknown)
  - in advice and tensions: verdict_in(Vs), basis_has(P), incomplete
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
    tension_says/4.

% The law files are loaded into this module (ensure_loaded/1 of files that
% are not modules: include/1 after use_module/1 makes SWI-Prolog 9.0.4
% write a precompiled image that crashes when loaded); each block is
% expanded as it is read.
term_expansion(Block, Clauses) :-
    block_clauses(Block, Clauses).

:- ensure_loaded(law/code_penal_1867).
:- ensure_loaded(law/code_instruction_criminelle).
:- ensure_loaded(law/case_law).

:- ensure_loaded(deontology/codes).
:- ensure_loaded(deontology/ufas).
:- ensure_loaded(deontology/youth_aid).
:- ensure_loaded(deontology/psychologists).
:- ensure_loaded(deontology/medical).
